"""The shapes of query results: plain dicts, typed for mypy, printed as the tool's JSON output.

They are TypedDicts rather than models so that answering a query imports nothing heavy:
``govtargets schema --output`` turns them into a JSON Schema with pydantic when asked.

A target has one shape, ``TargetRow``: one flat row of plain values, the same in every JSON
view (``show``, ``targets``, ``compare``, ``rank``) and every CSV sheet. A project has one too,
``ProjectRow``.
"""

from collections.abc import Sequence
from typing import Literal, TypedDict  # before 3.12, schemas.py gives pydantic its own copies

from govtargets.dataset.vocab import FigureBound, Kind, Level, Stated

Number = int | float
"""A figure: an int where it is whole (8), else a float with the digits it was typed with (at
most 15 significant digits, which a float carries exactly: 0.86 stays 0.86), as JSON writes it.
Typed so, ``r["actual"] - r["value"]`` type-checks in a user's script once both are not None.
(While the index is built, a target row's figures are still exact Decimals: index/rows.py.)"""

OutcomeStatus = Literal["met", "missed", "not_judged"]
"""How a target fared: met, missed, or not judged (its kind, or the figures known, cannot tell)."""


class SourceView(TypedDict):
    """Where figures came from."""

    id: str
    title: str
    publisher: str
    url: str | None
    delivered: str | None
    """ISO 8601 date on which the report was delivered."""
    posted: str | None
    """ISO 8601 date or date and time of publication, as the source gives it."""
    post: int | None
    section: str | None
    note: str | None
    unverified: str | None
    """What is not known of this source (no outlet, title or date): not a full citation."""
    standing: Literal["official", "secondary"] | None
    """official: published by a government or state body (a work report, a national standard);
    secondary: relayed or reported by others (a forum repost, a news item); null: not marked."""


class RegionRef(TypedDict):
    """A region, named."""

    id: str
    code: str
    name_zh: str
    name_en: str
    level: Level


class DivisionView(TypedDict):
    """An administrative division: a region of the dataset (with its id) or only a parent's name."""

    id: str | None
    code: str
    name_zh: str
    name_en: str
    level: Level
    level_zh: str
    level_en: str


class RegionView(DivisionView):
    """A region that sets targets, with its chain of parents (nearest first)."""

    parents: list[DivisionView]
    aliases: list[str]
    source: str | None


class RegionSummary(RegionView):
    """A region with the years it covers and how much is known."""

    years: list[int]
    targets: int
    projects: int
    outcomes: int


class RegionList(TypedDict):
    """Result of ``govtargets list``."""

    regions: list[RegionSummary]


class TargetRow(TypedDict):
    """One target as a flat row: one value per column, the same in JSON and CSV."""

    region: str
    region_zh: str
    region_en: str
    code: str
    """The region's GB/T 2260 code (text: ``320413``)."""
    region_level: Level
    year: int
    """The year the target is for (its report's year)."""
    id: str
    indicator: str
    indicator_zh: str
    indicator_en: str
    indicator_short_en: str
    """A short English name, for charts and narrow tables."""
    kind: Kind
    """growth, decline, level, change_pp, relative or qualitative."""
    value: Number | None
    """The figure (the low end of a range), in ``unit``; null for a qualitative target."""
    value_high: Number | None
    """The high end of a range (``5%—5.5%``), else null."""
    unit: str | None
    """The unit of ``value`` as the report writes it (``%``, ``亿元``, ``万人``)."""
    unit_en: str | None
    yuan: int | None
    """A money figure in whole yuan (null for US dollars and for other units)."""
    qualifiers: str | None
    """The qualifiers' keys, separated by spaces (``strive_for or_more``)."""
    qualifiers_zh: str | None
    goal: str | None
    """A qualitative target's goal, its key (``steady_improve``, ``meet_quota``); null for a goal in
    the report's own words, which ``goal_zh`` gives."""
    goal_zh: str | None
    against: str | None
    """A relative target's other indicator."""
    against_region: str | None
    """A relative target's other region (its id)."""
    margin: Number | None
    """By how many percentage points a relative target must beat the other (高于城镇1.2个百分点: 1.2)."""
    margin_high: Number | None
    """The top of a margin given as a range (高于全国1到2个百分点: 2); the target is judged by ``margin``."""
    measure: Literal["growth", "decline", "level"] | None
    """What a relative target compares: growth, decline (降幅大于…) or level."""
    threshold: str | None
    """A size bar on what is counted, as the report writes it (``超10亿元或1亿美元`` of projects)."""
    part_of: str | None
    """The id of the target this one is part of (其中…: industrial investment of fixed-asset investment)."""
    area: int | None
    """The number of the report's area of work the target is in; null for a main target."""
    by: int | None
    """The last year of a target set for more than its report's year (a plan's: “十一五”…, 2010);
    null for a target of the report's year."""
    average: bool | None
    """年均: true where the figure is each year's on average, to ``by``; null where ``by`` is."""
    figure_zh: str
    """The target as the report writes it (``力争65亿元``, ``5%左右``, ``与地区生产总值基本同步``)."""
    figure_en: str
    wording: str
    """The report's own words, verbatim."""
    label_en: str | None
    note: str | None
    """What the record's transcriber noted of the target (同口径: on a comparable basis)."""
    source: str
    """The report the target is from (a sources id)."""
    source_url: str | None
    actual: Number | None
    """What was achieved, in the target's terms (a decline as the fall, a level in the target's unit);
    where ``actual_bound`` is set, only the bound the report gives (增长12%以上: 12), not the figure.
    Of a growth, fall or change target whose result gives only a level (突破2万亿元), that level, in
    its own ``actual_unit``, not judged (``outcome_note``: "level only, not judged…")."""
    actual_unit: str | None
    actual_estimate: bool | None
    """True where the report gives the result as an estimate (预计, or 左右)."""
    actual_bound: FigureBound | None
    """Where the report gives the result as a bound, which way from ``actual`` (增长12%以上:
    at_least; a decline's turned, as its fall): what is known is that side of it, not the figure."""
    actual_wording: str | None
    actual_source: str | None
    """The report that gives the outcome (a sources id), usually the next year's."""
    actual_source_url: str | None
    reference: str | None
    """What a relative target is judged against (``gdp``, ``jiangsu gdp``)."""
    reference_actual: Number | None
    """The other figure a relative target is judged against (its growth, fall or level)."""
    reference_bound: FigureBound | None
    """Where the other figure is given as a bound, which way from ``reference_actual``."""
    reference_estimate: bool | None
    """True where the report gives the other figure as an estimate (预计, or 左右); null where
    ``reference_actual`` is."""
    outcome: OutcomeStatus | None
    """met, missed, or not_judged (an outcome is known but the figures cannot tell: ``outcome_note``
    says why); null where no outcome is known for the target's indicator and year. Where the
    figures cannot tell and the report says in words (``outcome_stated``), what it says."""
    near_miss: bool | None
    """Missed, of a target "about" its figure (左右), by no more than that spans (null: no outcome)."""
    difference: Number | None
    """Actual less target (less the other figure and margin, for a relative target); where the
    result is a bound, from the bound's figure: the nearest to 0 the difference can be."""
    difference_unit: str | None
    """The unit of ``difference`` (``个百分点`` for a growth target)."""
    difference_unit_en: str | None
    outcome_note: str | None
    """Why a target with an outcome was not judged, or how it was: "as the report says in
    words" (``outcome_stated``), or a claim in words that the figures gainsay."""
    outcome_stated: Stated | None
    """What the result's report says in words of the year's target (完成年度任务: met), where it
    says it; null where it does not."""
    outcome_stated_wording: str | None
    """The span that says ``outcome_stated``, where ``actual_wording`` does not hold it."""


class ProjectRow(TypedDict):
    """A major investment project as a flat row; amounts in their unit and in whole yuan."""

    region: str
    region_zh: str
    region_en: str
    year: int
    id: str
    name_zh: str
    name_en: str | None
    zone_zh: str | None
    zone_en: str | None
    description_zh: str | None
    description_en: str | None
    total_investment: Number | None
    total_unit: str | None
    total_bound: FigureBound | None
    """Where the report gives the total as a bound, which way from its figure (总投资3500亿元以上:
    at_least); empty where it is a figure."""
    total_yuan: int | None
    """The total in whole yuan: empty for one given in US dollars (never converted)."""
    total_source: str | None
    planned_investment: Number | None
    planned_unit: str | None
    planned_bound: FigureBound | None
    """Where the report gives the year's plan as a bound, which way (年投资117亿元以上: at_least)."""
    planned_yuan: int | None
    """The year's plan in whole yuan: empty for one given in US dollars (never converted)."""
    production_start: int | None
    production_expected: bool | None
    """True where the source says production is expected to start that year (预计)."""
    wording: str
    notes: str | None
    """Facts from other sources, each ending with its source in brackets, separated by " | "."""
    note_sources: str | None
    """The sources of the notes, in their order, separated by spaces (a source id has none)."""
    source: str
    source_url: str | None
    part_of: str | None
    """The id of the project of its report that it is one of (a group's member), which the totals
    do not add again where that project is listed too."""


class AreaView(TypedDict):
    """One area of work of a report; its targets have its number in ``area``."""

    no: int
    name_zh: str
    name_en: str


class ProjectTotals(TypedDict):
    """Sums over a project list in 亿元, and how many projects each sum covers."""

    count: int
    parts: int
    """How many of the ``count`` are part of another project listed (part_of): their figures are
    in that one's, and are not added again."""
    planned_investment: Number | None
    """The sum of the ``planned_known`` projects' planned investments; null where none is known."""
    planned_known: int
    planned_bound: FigureBound | None
    """Where the sum adds a figure given as a bound, which way the sum is bounded: at_least where
    each such figure is a floor (more_than where one is passed), at_most where each is a ceiling;
    empty where every figure is exact, or where floors and ceilings are added together (a sum
    that bounds nothing, never met in a report)."""
    total_investment: Number | None
    """The sum of the ``total_known`` projects' total investments; null where none is known."""
    total_known: int
    total_bound: FigureBound | None
    """As ``planned_bound``, of the totals' sum."""


class OutcomeFigures(TypedDict):
    """An outcome's figures, as a report gives them: one shape for the data's and extract's."""

    growth: Number | None
    """Percent; a fall negative."""
    level: Number | None
    """The level reached, in ``level_unit``."""
    level_unit: str | None
    change_pp: Number | None
    """A change in percentage points."""
    estimate: bool
    """True where the report says 预计, or gives the figure as 左右."""
    growth_bound: FigureBound | None
    """Where the report gives the growth as a bound, which way (增长12%以上: at_least; a fall's turned)."""
    level_bound: FigureBound | None
    """Where the report gives the level as a bound (突破6万亿元: more_than)."""
    change_pp_bound: FigureBound | None
    """Where the report gives the change as a bound (提高1个百分点以上: at_least)."""
    stated: Stated | None
    """What the report says in words of the year's target (完成年度任务: met), where it says it."""


class _OutcomeOf(TypedDict):
    region: str
    year: int
    indicator: str


class OutcomeRow(_OutcomeOf, OutcomeFigures):
    """What a region achieved on an indicator in a year, as one flat row."""

    stated_wording: str | None
    """The span that says ``stated``, where ``wording`` does not hold it (another sentence)."""
    wording: str
    source: str
    note: str | None


class OtherOutcome(OutcomeRow):
    """An outcome with no target of its own in its region's report of its year (or with no such
    report in the dataset), with its indicator's names."""

    indicator_zh: str
    indicator_en: str


class RegionReport(TypedDict):
    """Result of ``govtargets show``: one region's targets and projects for a year."""

    region: RegionView
    year: int | None
    years: list[int]
    areas: list[AreaView]
    targets: list[TargetRow]
    other_outcomes: list[OtherOutcome]
    """The year's outcomes with no target of their own (another measure: 新增市场主体突破10万户)."""
    previous_outcomes: list[OtherOutcome]
    """The outcomes of the year before, where the dataset has no report of it (the region's first
    report, or a gap), which no other ``show`` gives; else empty."""
    projects: list[ProjectRow]
    project_totals: ProjectTotals
    sources: list[SourceView]


class ComparedRegion(TypedDict):
    """A column of a comparison: the region and the year shown for it."""

    region: RegionRef
    year: int | None
    key: str
    """The column's key in each row's ``targets``: the region's id, or ``id@year`` where several
    years are compared (``suzhou@2024``; ``@None`` of none asked)."""


class CompareRow(TypedDict):
    """One indicator (and kind, and threshold) across regions; a region's list may be empty.
    ``targets`` is keyed by each column's ``key``."""

    indicator: str
    indicator_zh: str
    indicator_en: str
    kind: Kind
    threshold: str | None
    targets: dict[str, list[TargetRow]]


class Comparison(TypedDict):
    """Result of ``govtargets compare``."""

    regions: list[ComparedRegion]
    areas: bool
    """Whether the targets of areas of work are compared too (else only the main targets)."""
    areas_left_out: int
    """How many targets of areas of work are left out (0 with ``areas``)."""
    rows: list[CompareRow]


YearShown = int | tuple[int | None, int | None] | Literal["latest", "all"]
"""The years a list shows: one year, the years from the first to the last of a pair (a list of
two in JSON; null at an open end: ``[2025, null]`` of --since 2025, ``[null, 2020]`` of --until
2020), each region's latest year, or all years."""

LevelFilter = Literal["country", "province", "prefecture", "district", "county"]
"""A level to list: county takes in county-level cities."""


class ProjectFilters(TypedDict):
    """The filters a project list was made with; amounts in 亿元."""

    region: str | None
    year: YearShown
    min_invest: Number | None
    min_total: Number | None


class ProjectList(TypedDict):
    """Result of ``govtargets projects``."""

    filters: ProjectFilters
    projects: Sequence[ProjectRow]
    totals: ProjectTotals
    region_years: list[int]
    """Of a region asked for, the years of its projects in the data, whatever else is asked (to
    say where to look when none match: hebei's of 2002, its latest report being of 2026)."""


class IndicatorView(TypedDict):
    """A canonical indicator, with its unit and how many regions have a target on it."""

    key: str
    name_zh: str
    name_en: str
    short_en: str | None
    """The shorter English name tables show (``name_en`` if null)."""
    unit: str | None
    unit_en: str | None
    aliases: list[str]
    noun_en: str | None
    lower_is_better: bool
    note: str | None
    regions: int


class IndicatorList(TypedDict):
    """Result of ``govtargets indicators``."""

    indicators: list[IndicatorView]


class ProblemView(TypedDict):
    """One problem found in a dataset; line, record and field where they can be known."""

    severity: Literal["error", "warning"]
    file: str
    line: int | None
    record: str | None
    field: str | None
    message: str


class Validation(TypedDict):
    """Result of ``govtargets validate``."""

    datasets: list[str]
    files: int
    """The files of the datasets named (the user's), read beside the bundled data's."""
    bundled_files: int
    """The bundled data's files read with them (0 with --no-bundled)."""
    problems: list[ProblemView]
    errors: int
    warnings: int
    strict: bool
    ok: bool


class TargetFilters(TypedDict):
    """The filters a target list was made with (an empty list: no filter)."""

    regions: list[str]
    indicators: list[str]
    kinds: list[Kind]
    level: LevelFilter | None
    year: YearShown
    sort: list[str]
    """The columns the rows are sorted by, in order; ``-`` before one: highest first."""
    limit: int | None


class TargetTable(TypedDict):
    """Result of ``govtargets targets``."""

    filters: TargetFilters
    targets: Sequence[TargetRow]


class RankEntry(TargetRow):
    """A target with its region's place (equal figures share a place; none for qualitative)."""

    rank: int | None
    group: str | None
    """The name of its group, in which its rank is counted (the title of its table: ``Growth
    rates``, ``Levels (percent)``); none for a target with no figure, which is not ranked."""
    group_zh: str | None
    """Its group's name in Chinese (``增速目标``)."""


class RankGroup(TypedDict):
    """Targets that can be ordered together: one kind, one dimension of unit, one threshold."""

    kind: Kind
    unit: str | None
    """Its first entry's unit; each entry has its own (1.3万亿斤 and 1370万吨 rank together)."""
    threshold: str | None
    name: str
    """What its entries have in common, as its table's title: ``Growth rates``, ``Levels (percent)``."""
    name_zh: str
    """Its name in Chinese: ``增速目标``."""
    entries: Sequence[RankEntry]


class Ranking(TypedDict):
    """Result of ``govtargets rank``: numeric groups (highest first, lowest for ceilings), then
    the targets that cannot be ordered."""

    indicator: str
    indicator_zh: str
    indicator_en: str
    year: YearShown
    level: LevelFilter | None
    groups: list[RankGroup]
    unranked: Sequence[RankEntry]


SearchRecord = Literal["region", "target", "project", "outcome"]
"""The kinds of record ``govtargets search`` looks in."""


class SearchHit(TypedDict):
    """Where a text was found: the record, and the field that holds it."""

    record: SearchRecord
    region: str
    region_zh: str
    region_en: str
    year: int | None
    id: str
    field: str
    text: str


class SearchResult(TypedDict):
    """Result of ``govtargets search``."""

    text: str
    year: YearShown
    hits: list[SearchHit]


class ChainLink(TypedDict):
    """One level of a chain: a region's targets on the indicator, and how much they add."""

    region: RegionRef
    targets: list[TargetRow]
    adds: Number | None
    """The figure of the first of its targets that compares with one of the level above's, less
    that one (percentage points for rates); null where none compares, and for a total that a
    region's parts add up to (new jobs in 万人, revenue in 亿元: a part of the total above)."""
    adds_unit: str | None
    adds_by: str | None
    """The ``id`` of the target whose figure ``adds`` is worked out from; null where none compares."""


class ChainRow(TypedDict):
    """One indicator traced from the top level down to the region, in a year."""

    year: int
    indicator: str
    indicator_zh: str
    indicator_en: str
    links: list[ChainLink]


class PassedOver(DivisionView):
    """A level above a region that a chain passes over in a year, for want of that year's report."""

    year: int


class Chain(TypedDict):
    """Result of ``govtargets chain``: targets beside the same year's targets of the levels above."""

    region: RegionRef
    year: YearShown | None
    """The year shown (null: the region has no report), or the years asked for (``all``, or a
    range as a list of two): then the rows are of each year that has any, in order."""
    indicator: str | None
    """The indicator asked for (its key), or None: every indicator two levels share."""
    rows: list[ChainRow]
    passed_over: list[PassedOver]
    """The levels above the region with no report of the year in the data, year by year, top first:
    a division (a parent named only by its names, 商洛市 above 镇安县) or a region without that
    year's report.
    The chain steps over them: what a level adds is over the nearest level above it that has one."""
    no_target: list[PassedOver]
    """The levels above the region whose report of the year sets no target on the indicator asked
    for (China's of 2020 on GDP), year by year, top first; empty without an indicator."""
    no_parent: bool
    """Whether the region's record names no parent (and it is no country): it chains alone."""
    parent_suggested: str | None
    """Of a region with no parent, the code of the division of the data its code lies in (230000
    for 230500), which ``parent`` would set it below."""


SummaryBy = Literal["region-year", "region", "year"]
"""How ``summary`` groups targets: by region and year, by region (its years together), or by
year (the regions together)."""


class YearSummary(TypedDict):
    """How a group of targets fared: a region's in a year; by region, over its years (``year``
    null); by year, over the regions (``region`` null)."""

    region: str | None
    region_zh: str | None
    region_en: str | None
    year: int | None
    targets: int
    with_outcome: int
    judged: int
    """Targets with an outcome that was judged (any verdict but not judged): the denominator."""
    met: int
    missed: int
    near_missed: int
    """Of the missed, the near misses: targets "about" their figure missed by no more than it spans."""
    as_stated: int
    """Of the met and missed, those judged by the report's words alone (完成年度任务), no figure able to."""
    not_judged: int
    no_result: int
    """Targets with no outcome known."""
    mean_difference_pp: Number | None
    """The mean of actual less target over the judged growth and decline targets, in percentage
    points; a result given as a bound (whose difference is only the least it can be) left out."""


class Summary(TypedDict):
    """Result of ``govtargets summary``: targets met and missed, per region and year, region or year."""

    regions: list[str]
    """The regions counted, by id (none: every region the level takes)."""
    regions_zh: list[str]
    """Their Chinese names, in the same order."""
    level: LevelFilter | None
    indicators: list[str]
    indicators_zh: list[str]
    """The indicators' Chinese names, in the same order."""
    kinds: list[str]
    """The kinds of target counted (none: every kind)."""
    year: YearShown
    """The years counted (a group by region takes them together)."""
    by: SummaryBy
    years: list[YearSummary]


class HistoryRow(TypedDict):
    """One year of an indicator: the targets set, and how each fared."""

    year: int
    report: bool
    """Whether the dataset holds the region's report of the year (no: a year of its outcome alone)."""
    targets: list[TargetRow]
    other_outcomes: list[OtherOutcome]
    """The indicator's outcome in a year with no target on it (there is at most one)."""


class History(TypedDict):
    """Result of ``govtargets history``: one region's targets and outcomes on an indicator over the years."""

    region: RegionRef
    indicator: str
    indicator_zh: str
    indicator_en: str
    years: list[HistoryRow]


class ExtractedTarget(TypedDict):
    """A target ``extract`` read from a report's main-target passage."""

    wording: str
    """A verbatim substring of the report's text."""
    indicator: str | None
    """The catalogue key, where the name matches one."""
    indicator_zh: str
    """The indicator as the text names it."""
    kind: Kind
    value: Number | None
    value_high: Number | None
    unit: str | None
    """As written: %, 亿元, 万人, 个百分点."""
    qualifiers: list[str]
    """As written: ["力争", "以上"]."""
    goal: str | None
    against: str | None
    against_region: str | None
    margin: Number | None
    margin_high: Number | None
    measure: Literal["growth", "decline", "level"] | None
    unsure: list[str]
    """Why a person should check it."""


class _ReadFrom(TypedDict):
    wording: str
    indicator: str | None
    indicator_zh: str
    year: int | None
    """The year the figure is for."""


class ExtractedOutcome(_ReadFrom, OutcomeFigures):
    """A result ``extract`` read from a report's review of the year before."""


class ExtractedProject(TypedDict):
    """A project ``extract`` read from a report's year of work: one named with an investment figure."""

    wording: str
    """A verbatim substring of the report's text."""
    name_zh: str
    description_zh: str | None
    """Words the report gives of what it is, between its name and its figures."""
    total_investment: Number | None
    total_unit: str | None
    """As written: 亿元, 万元, 亿美元."""
    total_bound: FigureBound | None
    """Where the total is given as a bound, which way (总投资超200亿元: more_than)."""
    planned_investment: Number | None
    """The investment of the report's year (年度计划投资, 2023年计划投资)."""
    planned_unit: str | None
    planned_bound: FigureBound | None
    production_start: int | None
    """The year production starts, where the report says (预计2024年投产)."""
    production_expected: bool | None
    """True where the report says 预计; null with no ``production_start``."""
    unsure: list[str]
    """Why a person should check it."""


class Extraction(TypedDict):
    """Result of ``govtargets extract --format json``."""

    year: int | None
    region: str | None
    """The id of the region, where the data knows it."""
    region_zh: str | None
    """The region as the text names it."""
    targets: list[ExtractedTarget]
    outcomes: list[ExtractedOutcome]
    projects: list[ExtractedProject]
    """The projects the year's work names with an investment figure."""
    previous_projects: list[ExtractedProject]
    """The projects the review of the year before names with their totals: last year's work, not the
    report's year's projects (the TOML draft gives them as comments)."""
    unread: list[str]
    """Clauses of the target passage that gave no target, for a person to check."""


class DataFacts(TypedDict):
    """What a dataset holds, for ``--version`` and ``cite``: counts, years, and its newest source's date."""

    regions: int
    reports: int
    first_year: int | None
    last_year: int | None
    targets: int
    outcomes: int
    projects: int
    sources: int
    as_of: str | None
    """The newest date a source was delivered or posted (ISO 8601): the data is as of then."""


class RegionRow(TypedDict):
    """A region as one flat row, for exported tables."""

    id: str
    code: str
    name_zh: str
    name_en: str
    level: Level
    level_zh: str
    level_en: str
    parent: str | None
    """The nearest parent's id, where the dataset has that parent."""
    parent_code: str | None
    """The nearest parent's code. A parent known only by its names (a ``[[divisions]]`` record, as
    商洛市 above a county of one's own) is no row of ``regions``: ``parent`` is then null, and
    ``govtargets list --json`` gives its names."""
    aliases: str | None
    """The region's other names, separated by ``; ``."""
    source: str | None


class IndicatorRow(TypedDict):
    """An indicator of the catalogue as one flat row, for exported tables."""

    key: str
    name_zh: str
    name_en: str
    short_en: str | None
    unit: str | None
    unit_en: str | None
    noun_en: str | None
    lower_is_better: bool
    aliases: str | None
    """The indicator's other names, separated by ``; ``."""
    note: str | None


class Export(TypedDict):
    """What ``govtargets export`` writes: the selected targets, outcomes and projects, and the
    regions, indicators and sources they refer to, each a table of flat rows."""

    regions: list[RegionRow]
    indicators: list[IndicatorRow]
    sources: list[SourceView]
    targets: Sequence[TargetRow]
    outcomes: list[OutcomeRow]
    projects: Sequence[ProjectRow]
