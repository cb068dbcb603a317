"""The shapes of query results: plain dicts, typed for mypy, dumped as the tool's JSON output.

They are TypedDicts rather than models so that answering a query imports nothing heavy:
``govtargets schema --output`` turns them into a JSON Schema with pydantic when asked.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import WithJsonSchema
from typing_extensions import TypedDict  # pydantic makes schemas only of this one before 3.12

from govtargets.vocab import Kind, Level, Qualifier

Number = Annotated[Decimal, WithJsonSchema({"type": "number"})]
"""An exact figure; JSON writes it as a number (at most 15 significant digits, so a float carries it)."""


class SourceView(TypedDict):
    """Where a figure came from."""

    id: str
    title: str
    publisher: str
    url: str | None
    posted: str | None
    """ISO 8601 date or date and time, as the source gives it."""
    post: int | None
    section: str | None
    note: str | None


class QuantityView(TypedDict):
    """A number with its unit; money also in whole yuan (or US dollars)."""

    value: Number
    unit: str
    unit_en: str
    yuan: int | None
    usd: int | None


class QualifierView(TypedDict):
    """The wording around a figure, in Chinese and English."""

    key: Qualifier
    zh: str
    en: str


class IndicatorRef(TypedDict):
    """The canonical indicator a target is keyed to."""

    key: str
    name_zh: str
    name_en: str


class ThresholdView(TypedDict):
    """The size bar a counted thing must pass, in any of several units."""

    qualifier: QualifierView
    amounts: list[QuantityView]


class ActualView(TypedDict):
    """What was achieved, in the target's unit, with the absolute level where known."""

    value: Number
    unit: str | None
    level: QuantityView | None
    wording: str
    source: SourceView


class OutcomeView(TypedDict):
    """How the actual compares with the target: met or missed, and by how much."""

    status: Literal["met", "missed"]
    difference: Number
    """Actual less target: in percentage points for a growth rate, else in the target's unit."""
    unit: str
    unit_en: str


class TargetView(TypedDict):
    """One target, with everything needed to read it on its own."""

    id: str
    region: str
    year: int
    indicator: IndicatorRef
    kind: Kind
    value: Number | None
    unit: str | None
    unit_en: str | None
    yuan: int | None
    usd: int | None
    qualifier: QualifierView | None
    threshold: ThresholdView | None
    part_of: str | None
    area: int | None
    wording: str
    label_en: str | None
    actual: ActualView | None
    outcome: OutcomeView | None
    source: SourceView


class NoteView(TypedDict):
    """A fact about a project from another source."""

    text: str
    source: SourceView


class ProjectView(TypedDict):
    """A major investment project."""

    id: str
    region: str
    year: int
    name_zh: str
    name_en: str | None
    zone_zh: str | None
    zone_en: str | None
    description_zh: str | None
    description_en: str | None
    total_investment: QuantityView | None
    total_investment_source: SourceView | None
    planned_investment: QuantityView | None
    production_start: int | None
    wording: str
    notes: list[NoteView]
    source: SourceView


class DivisionView(TypedDict):
    """An administrative division."""

    code: str
    name_zh: str
    name_en: str
    level: Level
    level_zh: str
    level_en: str


class RegionView(DivisionView):
    """A region that sets targets, with its chain of parents (nearest first)."""

    id: str
    parents: list[DivisionView]
    aliases: list[str]
    source: SourceView | None


class RegionSummary(RegionView):
    """A region with the years it covers and how much is known."""

    years: list[int]
    targets: int
    projects: int


class RegionList(TypedDict):
    """Result of ``govtargets list``."""

    regions: list[RegionSummary]


class AreaView(TypedDict):
    """One area of work of a report, with its targets."""

    no: int
    name_zh: str
    name_en: str
    targets: list[TargetView]


class ProjectTotals(TypedDict):
    """Sums over a project list, and how many projects each sum covers."""

    count: int
    planned_investment: QuantityView
    planned_known: int
    total_investment: QuantityView
    total_known: int


class RegionReport(TypedDict):
    """Result of ``govtargets show``: one region's targets and projects for a year."""

    region: RegionView
    year: int | None
    years: list[int]
    headline: list[TargetView]
    areas: list[AreaView]
    projects: list[ProjectView]
    project_totals: ProjectTotals


class ComparedRegion(TypedDict):
    """A column of a comparison: the region and the year shown for it."""

    region: RegionView
    year: int | None


class CompareRow(TypedDict):
    """One indicator (and kind, and threshold) across regions; a region's list may be empty."""

    indicator: IndicatorRef
    kind: Kind
    threshold: ThresholdView | None
    targets: dict[str, list[TargetView]]


class Comparison(TypedDict):
    """Result of ``govtargets compare``."""

    regions: list[ComparedRegion]
    rows: list[CompareRow]


YearShown = int | Literal["latest", "all"]
"""The year a list shows: one year, each region's latest year, or all years."""


class ProjectFilters(TypedDict):
    """The filters a project list was made with; amounts in 亿元."""

    region: str | None
    year: YearShown
    min_invest: Number | None
    min_total: Number | None


class ProjectList(TypedDict):
    """Result of ``govtargets projects``."""

    filters: ProjectFilters
    projects: list[ProjectView]
    totals: ProjectTotals


class IndicatorView(IndicatorRef):
    """A canonical indicator, with its unit and how many regions have a target on it."""

    unit: str | None
    unit_en: str | None
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
    problems: list[ProblemView]
    errors: int
    warnings: int
    strict: bool
    ok: bool


class RegionRef(TypedDict):
    """A region, named."""

    id: str
    code: str
    name_zh: str
    name_en: str


class TargetRow(TypedDict):
    """One target as a flat row of the long format: one value per column."""

    region: str
    region_zh: str
    region_en: str
    code: str
    year: int
    id: str
    indicator: str
    indicator_zh: str
    indicator_en: str
    kind: Kind
    value: Number | None
    unit: str | None
    unit_en: str | None
    yuan: int | None
    qualifier: Qualifier | None
    qualifier_zh: str | None
    qualifier_en: str | None
    threshold: str | None
    part_of: str | None
    area: int | None
    actual: Number | None
    outcome: Literal["met", "missed"] | None
    difference: Number | None
    difference_unit: str | None
    difference_unit_en: str | None
    wording: str
    label_en: str | None
    source: str
    source_url: str | None


class TargetFilters(TypedDict):
    """The filters a target list was made with (an empty list: no filter)."""

    regions: list[str]
    indicators: list[str]
    kinds: list[Kind]
    year: YearShown


class TargetTable(TypedDict):
    """Result of ``govtargets targets``."""

    filters: TargetFilters
    targets: list[TargetRow]


class RankEntry(TypedDict):
    """A region's place on an indicator (equal figures share a place)."""

    rank: int | None
    region: RegionRef
    target: TargetView


class RankGroup(TypedDict):
    """Targets that can be ordered together: one kind, one dimension of unit, one threshold."""

    kind: Kind
    unit: str | None
    threshold: ThresholdView | None
    entries: list[RankEntry]


class Ranking(TypedDict):
    """Result of ``govtargets rank``: numeric groups, highest first, then qualitative targets."""

    indicator: IndicatorRef
    year: YearShown
    groups: list[RankGroup]
    qualitative: list[RankEntry]


SearchRecord = Literal["region", "target", "project"]
"""The kinds of record ``govtargets search`` looks in."""


class SearchHit(TypedDict):
    """Where a text was found: the record, and the field that holds it."""

    record: SearchRecord
    region: RegionRef
    year: int | None
    id: str
    field: str
    text: str


class SearchResult(TypedDict):
    """Result of ``govtargets search``."""

    text: str
    year: YearShown
    hits: list[SearchHit]
