"""The pydantic models that queries return; their JSON form is the tool's JSON output."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer

from govtargets.vocab import Kind, Level, Qualifier


def _number(value: Decimal) -> int | float:
    # Figures have at most 15 significant digits (models.Figure), which a float carries
    # exactly, so 0.86 prints as 0.86, and whole numbers print without a ".0".
    return int(value) if value == value.to_integral_value() else float(value)


Number = Annotated[Decimal, PlainSerializer(_number, return_type=int | float, when_used="json")]


class View(BaseModel):
    """Base of every result model."""

    model_config = ConfigDict(frozen=True)


class SourceView(View):
    """Where a figure came from."""

    id: str
    title: str
    publisher: str
    url: str | None
    posted: dt.datetime | dt.date | None
    post: int | None
    section: str | None
    note: str | None


class QuantityView(View):
    """A number with its unit; money also in whole yuan (or US dollars)."""

    value: Number
    unit: str
    unit_en: str
    yuan: int | None
    usd: int | None


class QualifierView(View):
    """The wording around a figure, in Chinese and English."""

    key: Qualifier
    zh: str
    en: str


class IndicatorRef(View):
    """The canonical indicator a target is keyed to."""

    key: str
    name_zh: str
    name_en: str


class ThresholdView(View):
    """The size bar a counted thing must pass, in any of several units."""

    qualifier: QualifierView
    amounts: list[QuantityView]


class ActualView(View):
    """What was achieved, in the target's unit, with the absolute level where known."""

    value: Number
    unit: str | None
    level: QuantityView | None
    wording: str
    source: SourceView


class TargetView(View):
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
    source: SourceView


class NoteView(View):
    """A fact about a project from another source."""

    text: str
    source: SourceView


class ProjectView(View):
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


class DivisionView(View):
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


class RegionList(View):
    """Result of ``govtargets list``."""

    regions: list[RegionSummary]


class AreaView(View):
    """One area of work of a report, with its targets."""

    no: int
    name_zh: str
    name_en: str
    targets: list[TargetView]


class ProjectTotals(View):
    """Sums over a project list, and how many projects each sum covers."""

    count: int
    planned_investment: QuantityView
    planned_known: int
    total_investment: QuantityView
    total_known: int


class RegionReport(View):
    """Result of ``govtargets show``: one region's targets and projects for a year."""

    region: RegionView
    year: int | None
    years: list[int]
    headline: list[TargetView]
    areas: list[AreaView]
    projects: list[ProjectView]
    project_totals: ProjectTotals


class ComparedRegion(View):
    """A column of a comparison: the region and the year shown for it."""

    region: RegionView
    year: int | None


class CompareRow(View):
    """One indicator (and kind, and threshold) across regions; a region's list may be empty."""

    indicator: IndicatorRef
    kind: Kind
    threshold: ThresholdView | None
    targets: dict[str, list[TargetView]]


class Comparison(View):
    """Result of ``govtargets compare``."""

    regions: list[ComparedRegion]
    rows: list[CompareRow]


class ProjectFilters(View):
    """The filters a project list was made with; amounts in 亿元."""

    region: str | None
    min_invest: Number | None
    min_total: Number | None


class ProjectList(View):
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


class IndicatorList(View):
    """Result of ``govtargets indicators``."""

    indicators: list[IndicatorView]
