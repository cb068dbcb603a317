"""The pydantic models of a dataset file (format 2), exactly as a person writes it in TOML.

docs/format.md describes every field with an example. Numbers, years and dates must be TOML
numbers and dates: a string where one belongs (``value = "16"``) is an error, never converted.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
    model_validator,
)

from govtargets.dataset.vocab import (
    FIRST_YEAR,
    GOALS,
    KEY_PATTERN,
    KINDS,
    LAST_YEAR,
    MAX_YUAN,
    QUALIFIERS,
    RELATIONS,
    FigureBound,
    Kind,
    Level,
    Stated,
    finer_than_held,
    goal_key,
    known_units,
    known_words,
    qualifier_key,
    unit_of,
)


def _number(value: Any) -> Any:
    # TOML gives integers as int and (read with parse_float=Decimal) fractions as Decimal;
    # a float comes from Python callers. Anything else, a string above all, is refused.
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValueError(f"a number is needed here, not {_what(value)}")
    if value == 0 and Decimal(str(value)).is_signed():
        raise ValueError("a negative zero: write 0 (a fall of nothing has no sign)")
    return Decimal(str(value)) if isinstance(value, float) else value


def _what(value: Any) -> str:
    if isinstance(value, str):
        return f"the string {value!r} (write a number without quotes)"
    if isinstance(value, bool):
        return "true or false"
    return f"a {type(value).__name__}"


# 15 significant digits is what a double carries exactly, so every figure prints in
# JSON as a number with the same digits it was typed with.
Figure = Annotated[Decimal, BeforeValidator(_number), Field(allow_inf_nan=False, max_digits=15)]
Text = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]


def _visible(name: str) -> str:
    # A zero-width space or a bidi mark makes a second 武进区 that looks like the first in
    # every table, yet is another name: a name holds only characters that show.
    hidden = next((c for c in name if unicodedata.category(c) in ("Cc", "Cf")), None)
    if hidden is not None:
        raise ValueError(f"a name holds an invisible character (U+{ord(hidden):04X}): remove it")
    return name


Name = Annotated[Text, AfterValidator(_visible)]
"""A name a user types or reads in a table: a Text whose every character shows."""
CODE_PATTERN = r"^[0-9]{6}$"
Code = Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN)]
Year = Annotated[int, Strict(), Field(ge=FIRST_YEAR, le=LAST_YEAR)]
Whole = Annotated[int, Strict(), Field(ge=0, lt=2**63)]
Date = Annotated[dt.datetime, Strict()] | Annotated[dt.date, Strict()]

Checked = list[
    Literal[
        "unusual-growth",
        "unusual-year",
        "unusual-production-year",
        "mixed-scripts",
        "replaces-bundled",
        "own-goal",
        "no-unit",
        "rate-growth",
        "outcome-year",
        "not-in-wording",
        "bound-in-wording",
    ]
]


class Record(BaseModel):
    """Base of every record: unknown fields are errors, so a typo is never dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def check_unit(
    unit: str, allowed: frozenset[Any], what: str, value: Decimal | None = None, *, cents: bool = False
) -> None:
    """Raise if ``unit`` is unknown, does not fit ``what``, or ``value`` is not possible in it:
    money in whole yuan (or dollars), or in cents (fen) where ``cents``."""
    known = unit_of(unit)
    if known is None:
        raise ValueError(f"unknown unit {unit!r} for {what}; {known_units(unit)}")
    if known.dimension not in allowed:
        raise ValueError(f"unit {unit!r} does not fit {what}")
    if value is None:
        return
    if known.dimension in ("money", "count") and value < 0:
        raise ValueError(f"{what} in {unit} cannot be negative")
    if known.dimension == "money":
        if finer_than_held(value, known, cents=cents):
            of = f"hundredths of {known.en}" if cents else known.en
            raise ValueError(f"{value} {unit} is not a whole number of {of}")
        if abs(value * known.factor) >= MAX_YUAN:
            raise ValueError(f"{value:f} {unit} is more than any economy (10^18 yuan or more)")


class Source(Record):
    """Where figures came from: a report, a post, a news item."""

    id: Key
    title: Text
    publisher: Text
    url: str | None = None
    delivered: Date | None = None
    """The day the report was delivered (read to the congress), which the text's heading gives."""
    posted: Date | None = None
    """The day it was published (online, or in print)."""
    post: Whole | None = None
    section: str | None = None
    note: str | None = None
    unverified: str | None = None
    """What is not known of this source (no outlet, title or date): it is not a full citation."""
    standing: Literal["official", "secondary"] | None = None
    """``official``: published by a government or a state body (a work report, a statistical
    communiqué, a national standard); ``secondary``: relayed or reported by others (a forum
    repost, a news item, a company's filing). Unmarked (None) says neither."""


class Division(Record):
    """An administrative division, such as the province or prefecture a region names as parent."""

    code: Code
    name_zh: Name
    name_en: Name
    level: Level
    parent: Code | None = None
    source: Key | None = None


class Indicator(Record):
    """A canonical indicator: what lines targets up across regions and years."""

    key: Key
    name_zh: Name
    name_en: Name
    short_en: Name | None = None
    """A short English name for narrow tables and charts (the name if it is short)."""
    unit: str | None = None
    """The unit its level is usually given in (亿元, 万人, %)."""
    aliases: list[Name] = Field(default_factory=list)
    """Other names reports give it (经济增长, GDP), so that lookups and ``extract`` find it."""
    noun_en: Text | None = None
    """What a count of it counts, in English (``parking spaces``), for figures in English."""
    nouns_en: dict[str, Text] = Field(default_factory=dict)
    """What a count of it in another counter counts, by counter, where not ``noun_en``: new urban
    jobs are 13万人 (people) and 10万个 (``{ "个" = "jobs" }``)."""
    lower_is_better: bool = False
    """True for rates to keep down (unemployment, price rises, energy per unit of GDP): a level
    target on it is a ceiling unless a qualifier says otherwise."""
    note: str | None = None

    @model_validator(mode="after")
    def _known_unit(self) -> Indicator:
        if self.unit is not None:
            check_unit(self.unit, frozenset({"percent", "money", "count", "measure"}), "an indicator")
        for counter in self.nouns_en:
            check_unit(counter, frozenset({"count"}), "a counter of nouns_en")
            if (known := unit_of(counter)) is not None and known.base != counter:
                raise ValueError(f"nouns_en names a counter unscaled: {known.base}, not {counter}")
        return self


class Region(Division):
    """A division that sets targets (a province, city, district or county), with the names users type."""

    id: Key
    aliases: list[Name] = Field(default_factory=list)
    checked: Checked = Field(default_factory=list)


class Quantity(Record):
    """An amount of money with its unit."""

    value: Figure
    unit: str

    @model_validator(mode="after")
    def _known_unit(self) -> Quantity:
        check_unit(self.unit, frozenset({"money"}), "an amount", self.value)
        if self.value < 0:
            raise ValueError("an amount cannot be negative")
        return self


def _qualifier(text: str) -> str:
    key = qualifier_key(text)
    if key is None:
        raise ValueError(f"unknown qualifier {text!r}; known: {known_words(QUALIFIERS)}")
    return key


_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _goal(text: str) -> str:
    # A goal no canonical one fits is kept in the report's own words (稳居前列, 保持相对稳定):
    # it is shown as written and not judged. A Latin word is taken for a misspelt key.
    text = text.strip()
    if goal_key(text) is None and not _CHINESE.search(text):
        raise ValueError(
            f"unknown goal {text!r}; known: {known_words(GOALS)}, or the report's own Chinese words"
        )
    return text


def _way(value: Any) -> Any:
    # 以上 is at_least of a growth, at_most of a fall's negative one: the word alone cannot say.
    if isinstance(value, str) and _CHINESE.search(value):
        raise ValueError(
            f"write which way the figure is bounded (at_least, more_than, at_most, less_than), not the"
            f" report's word {value!r}: 增长12%以上 is at_least, 下降3%以上 (growth -3) at_most"
        )
    return value


Way = Annotated[FigureBound, BeforeValidator(_way)]
QualifierKey = Annotated[str, BeforeValidator(lambda v: _qualifier(v) if isinstance(v, str) else v)]
GoalKey = Annotated[str, BeforeValidator(lambda v: _goal(v) if isinstance(v, str) else v)]


class Threshold(Record):
    """A size bar a counted thing must pass, in one or more units (超3亿元或3000万美元)."""

    qualifier: QualifierKey = "over"
    amounts: Annotated[list[Quantity], Field(min_length=1)]


class Target(Record):
    """One target of a work report."""

    id: Key | None = None
    """Needed where two targets of a report share an indicator (gdp_growth, gdp_level)."""
    indicator: Key
    """The catalogue key of what it sets (gdp, budget_revenue)."""
    kind: Kind
    """growth, decline, level, change_pp, relative or qualitative."""
    value: Figure | None = None
    """The figure (增长5.5%: 5.5); a decline's as a positive figure, a fall in points negative."""
    value_high: Figure | None = None
    """The top of a range (增长5%—5.5%: value 5, value_high 5.5)."""
    unit: str | None = None
    """The figure's unit (%, 亿元, 万人, 个百分点); none for an index (103) or a ratio."""
    qualifiers: list[QualifierKey] = Field(default_factory=list)
    """The words around the figure, in the text's order, in Chinese or by key (力争, 以上, 左右)."""
    goal: GoalKey | None = None
    """What a qualitative target asks, as the report words it (稳中提质, 持续改善, 稳居前列), or a
    goal's key."""
    against: Key | None = None
    """A relative target's other indicator (与经济增长同步: gdp); by default its own."""
    against_region: Key | None = None
    """A relative target's other place (高于全省平均: the province's id, or ``parent``)."""
    margin: Figure | None = None
    """By how many percentage points a relative target must beat the other figure."""
    margin_high: Figure | None = None
    """The top of a margin given as a range (高于全国平均水平1到2个百分点: margin 1, margin_high 2)."""
    measure: Literal["growth", "decline", "level"] = "growth"
    """What a relative target compares: growth rates (the default), falls, or levels."""
    threshold: Threshold | None = None
    """A size bar (投资超3亿元的项目: { qualifier = "超", amounts = [{ value = 3, unit = "亿元" }] })."""
    part_of: Key | None = None
    """The id (or indicator) of the target it is part of (其中…)."""
    area: Annotated[int, Strict(), Field(ge=1)] | None = None
    """The number of the report's area of work it belongs to; none for a main target."""
    by: Year | None = None
    """The last year of a target set for more than its report's year: a plan's
    (“十一五”时期…年均增长10%: 2010; 2018年…翻番: 2018); none for a target of the report's year."""
    average: Annotated[bool, Strict()] = False
    """年均: the figure is each year's on average, to ``by``, not the whole span's."""
    wording: Text
    """The whole clause it is in, verbatim from the report."""
    label_en: Text | None = None
    """An English sentence for it."""
    note: Text | None = None
    """What the transcriber notes of the target that no field holds (同口径增长16.3%: on a
    comparable basis), carried in its row (JSON, CSV, the API)."""
    checked: Checked = Field(default_factory=list)
    """Warnings a person has checked, which validate no longer gives (unusual-growth …)."""
    source: Key | None = None
    """The source's id, where it is not the report's."""

    @property
    def key(self) -> str:
        """The id other targets use to point at this one: ``id``, else the indicator."""
        return self.id or self.indicator

    @field_validator("qualifiers")
    @classmethod
    def _once_each(cls, qualifiers: list[str]) -> list[str]:
        if len(set(qualifiers)) != len(qualifiers):
            raise ValueError("a qualifier is given twice")
        return qualifiers

    @model_validator(mode="after")
    def _fits_kind(self) -> Target:
        kind = self.kind
        a_kind = f"a {kind.value.replace('_', ' ')} target"
        spec = KINDS[kind]
        numeric = spec.numeric
        if numeric and self.value is None:
            raise ValueError(f"{a_kind} needs a value")
        if not numeric and (self.value is not None or self.value_high is not None or self.unit is not None):
            raise ValueError(f"{a_kind} has no value or unit")
        if (spec.sets == "goal") != (self.goal is not None):
            raise ValueError(
                "a qualitative target needs a goal"
                if self.goal is None
                else "only a qualitative target has a goal"
            )
        relative = (self.against, self.against_region, self.margin, self.margin_high)
        if spec.sets == "relation":
            bounds = [q for q in self.qualifiers if QUALIFIERS[q].bound in RELATIONS]
            if len(bounds) != 1:
                given = ", ".join(QUALIFIERS[q].zh[0] for q in bounds)
                raise ValueError(
                    f"a relative target needs {'only ' if bounds else ''}one of the qualifiers"
                    " 同步, 基本同步, 高于, 快于, 大于, 低于"
                    + (f"; it has {len(bounds)}: {given}" if bounds else "")
                )
        elif any(v is not None for v in relative) or self.measure != "growth":
            raise ValueError("only a relative target has against, against_region, margin or measure")
        elif relations := [QUALIFIERS[q].zh[0] for q in self.qualifiers if QUALIFIERS[q].bound in RELATIONS]:
            # 低于5% on a level was shown "lower than 5%" and judged as a floor.
            raise ValueError(
                f"{', '.join(relations)} compares with another figure: only a relative target has it"
                " (a figure's own bound is 以上, 以下, 以内, 不高于 …)"
            )
        if self.average and self.by is None:
            raise ValueError("average (年均) is of a target to a later year: it needs by (by = 2010)")
        if self.margin_high is not None and (self.margin is None or self.margin_high <= self.margin):
            raise ValueError("margin_high must be more than margin, which it needs")
        if self.value is not None:
            unit = self.unit or spec.implied_unit
            if unit is None:
                if None not in spec.units:
                    raise ValueError(f"{a_kind} needs a unit")
            else:
                _fits_its_kind(unit, kind, a_kind)
                check_unit(unit, spec.units, a_kind, self.value)
                if self.value_high is not None:
                    check_unit(unit, spec.units, a_kind, self.value_high)
            if spec.falls and self.value < 0:
                raise ValueError("a decline is written as a positive figure (下降4.5%: 4.5)")
            if self.value_high is not None and self.value_high <= self.value:
                raise ValueError("value_high must be more than value")
        return self


def _fits_its_kind(unit: str, kind: Kind, a_kind: str) -> None:
    """Raise, saying which kind would hold it, if a known ``unit`` is of another dimension than
    ``kind``'s figures are (亿元 on a growth target)."""
    known, hint = unit_of(unit), KINDS[kind].unit_hint
    if known is not None and known.dimension not in KINDS[kind].units and hint:
        raise ValueError(f"unit {unit!r} does not fit {a_kind}: {hint}")


class Outcome(Record):
    """What a region achieved on an indicator in a year, as a later report states it."""

    region: Key
    """The region's id."""
    year: Year
    """The year the figures are for (the 2024 report's results are of 2023)."""
    indicator: Key
    """The catalogue key."""
    growth: Figure | None = None
    """Growth in percent (a fall negative)."""
    level: Figure | None = None
    """The level reached (地区生产总值9500亿元: 9500)."""
    level_unit: str | None = None
    """The unit of ``level``; none for an index."""
    change_pp: Figure | None = None
    """The change of a rate or share, in percentage points."""
    estimate: bool = False
    """True where the report gives the figure as an estimate (预计, 左右)."""
    growth_bound: Way | None = None
    """Where the report gives the growth as a bound, which way (增长12%以上: at_least)."""
    level_bound: Way | None = None
    """Where the report gives the level as a bound (突破6万亿元: more_than)."""
    change_pp_bound: Way | None = None
    """Where the report gives the change as a bound (提高1个百分点以上: at_least)."""
    stated: Stated | None = None
    """What the report says in words of the year's target, where it says it (节能减排完成年度任务:
    met; 未完成: missed): it judges the target where the figures cannot tell."""
    stated_wording: Text | None = None
    """The verbatim span that says ``stated``, where ``wording`` (the figures' span) does not hold
    it: the claim in another sentence (…固定资产投资…等经济指标未能完成预期目标)."""
    wording: Text
    """The shortest verbatim span of the report that holds the indicator's name and its figures."""
    source: Key
    """The id of the source that states it: the later report."""
    note: str | None = None
    """What no field holds, in the transcriber's words."""
    checked: Checked = Field(default_factory=list)
    """Warnings a person has checked, which validate no longer gives."""

    @model_validator(mode="after")
    def _has_a_figure(self) -> Outcome:
        if self.growth is None and self.level is None and self.change_pp is None and self.stated is None:
            raise ValueError("an outcome needs growth, level, change_pp or stated")
        if self.stated_wording is not None and self.stated is None:
            raise ValueError("stated_wording is given without stated: it is the span that says it")
        _bounds_of_figures_given(self, ("growth", "level", "change_pp"))
        if self.level_unit is not None:
            if self.level is None:
                raise ValueError("level_unit is given without a level")
            check_unit(
                self.level_unit,
                frozenset({"percent", "money", "count", "measure"}),
                "a level",
                self.level,
                cents=True,
            )
        return self


class Note(Record):
    """A fact about a project found in a source other than the report."""

    text: Text
    source: Key


class ProductionStart(Record):
    """The year a project starts (or is expected to start) production."""

    year: Year
    expected: bool = False
    """True where the source says 预计 (expected), not that it happened."""


class Project(Record):
    """A major investment project named in a report."""

    id: Key
    """Unique within its report."""
    name_zh: Text
    """The project's name as the report gives it."""
    name_en: Text | None = None
    """Its name in English."""
    zone_zh: str | None = None
    """Where it is (a park, a zone), in Chinese."""
    zone_en: str | None = None
    """Where it is, in English."""
    description_zh: str | None = None
    """What no other field holds: a group's members, a capacity, a start of building."""
    description_en: str | None = None
    """The description in English."""
    part_of: Key | None = None
    """The id of the project of the same report that it is one of: a group's member or a part of
    it (晋阳高速拓宽改造 of the 70项省市重点工程), which the totals do not add again."""
    total_investment: Quantity | None = None
    """Its total investment: { value = 20, unit = "亿元" } (or in 美元, kept as written)."""
    total_investment_bound: Way | None = None
    """Where the report gives the total as a bound, which way (总投资3500亿元以上: at_least)."""
    total_investment_source: Key | None = None
    """The source of the total, where it is not the report."""
    planned_investment: Quantity | None = None
    """The investment planned for the report's year."""
    planned_investment_bound: Way | None = None
    """Where the report gives the year's plan as a bound (年投资117亿元以上: at_least)."""
    production_start: ProductionStart | None = None
    """The year production starts: { year = 2024, expected = true } where the report says 预计."""
    wording: Text
    """The report's words on it, verbatim."""
    notes: list[Note] = Field(default_factory=list)
    """Facts from other sources, each with its source."""
    checked: Checked = Field(default_factory=list)
    """Warnings a person has checked, which validate no longer gives."""
    source: Key | None = None
    """The source's id, where it is not the report's."""

    @model_validator(mode="after")
    def _bound_of_a_figure(self) -> Project:
        _bounds_of_figures_given(self, ("total_investment", "planned_investment"))
        return self


def _bounds_of_figures_given(record: BaseModel, figures: tuple[str, ...]) -> None:
    """Refuse a ``<figure>_bound`` of a figure the record does not give: a bound is of a figure."""
    for figure in figures:
        if getattr(record, f"{figure}_bound") is not None and getattr(record, figure) is None:
            raise ValueError(f"{figure}_bound is given without a {figure}: a bound is of a figure given")


class Area(Record):
    """One of a report's areas of work (the 七个方面工作)."""

    no: Annotated[int, Strict(), Field(ge=1, lt=2**31)]
    name_zh: Text
    name_en: Text


class Report(Record):
    """One region's work report for one year: its targets and projects."""

    region: Key
    year: Year
    source: Key
    areas: list[Area] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    checked: Checked = Field(default_factory=list)

    @model_validator(mode="after")
    def _plans_end_later(self) -> Report:
        for target in self.targets:
            if target.by is not None and target.by <= self.year:
                raise ValueError(
                    f"target {target.key}: by = {target.by} is not after the report's year, {self.year}:"
                    " leave by out of a target of the report's year"
                )
        return self


class DatasetFile(Record):
    """One TOML file of a dataset; a dataset is several files read together."""

    format: Literal[2]
    sources: list[Source] = Field(default_factory=list)
    divisions: list[Division] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    regions: list[Region] = Field(default_factory=list)
    reports: list[Report] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
