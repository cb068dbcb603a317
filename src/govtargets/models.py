"""The pydantic models of a dataset file, exactly as a person writes it in TOML."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from govtargets.vocab import KIND_DIMENSIONS, MAX_YUAN, UNITS, Kind, Level, Qualifier

# 15 significant digits is what a double carries exactly, so every figure prints in
# JSON as a number with the same digits it was typed with.
Figure = Annotated[Decimal, Field(allow_inf_nan=False, max_digits=15)]
Text = Annotated[str, StringConstraints(min_length=1)]
CODE_PATTERN = r"^[0-9]{6}$"
KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Code = Annotated[str, StringConstraints(pattern=CODE_PATTERN)]
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN)]
Year = Annotated[int, Field(ge=1949, le=2100)]


class Record(BaseModel):
    """Base of every record: unknown fields are errors, so a typo is never dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_unit(unit: str, allowed: frozenset[str], what: str, value: Decimal | None = None) -> None:
    known = UNITS.get(unit)
    if known is None:
        raise ValueError(f"unknown unit {unit!r} for {what}; known units: {', '.join(UNITS)}")
    if known.dimension not in allowed:
        raise ValueError(f"unit {unit!r} does not fit {what}")
    # Money is also given in whole yuan (or dollars), so it cannot be finer than that.
    if known.dimension == "money" and value is not None:
        whole = value * known.factor
        if whole != whole.to_integral_value():
            raise ValueError(f"{value} {unit} is not a whole number of {known.en.split()[-1]}")
        if abs(whole) >= MAX_YUAN:
            raise ValueError(f"{value:f} {unit} is more than any economy (10^18 yuan or more)")


class Source(Record):
    """Where figures came from: a post, a report, a news item."""

    id: Key
    title: Text
    publisher: Text
    url: str | None = None
    posted: dt.datetime | dt.date | None = None
    post: int | None = None
    section: str | None = None
    note: str | None = None


class Division(Record):
    """An administrative division, such as the province or prefecture a region names as parent."""

    code: Code
    name_zh: Text
    name_en: Text
    level: Level
    parent: Code | None = None
    source: Key | None = None


class Indicator(Record):
    """A canonical indicator: what lines up across regions in ``compare``."""

    key: Key
    name_zh: Text
    name_en: Text
    unit: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _known_unit(self) -> Indicator:
        if self.unit is not None:
            _check_unit(self.unit, frozenset({"money", "count", "measure"}), "an indicator")
        return self


class Region(Division):
    """A division that sets targets (a district, county or city), with the names users type."""

    id: Key
    aliases: list[Text] = []


class Quantity(Record):
    """A number with its unit."""

    value: Figure
    unit: str

    @model_validator(mode="after")
    def _known_unit(self) -> Quantity:
        _check_unit(self.unit, frozenset({"money", "count", "measure"}), "a quantity", self.value)
        if self.value < 0:
            raise ValueError("a quantity cannot be negative")
        return self


class Threshold(Record):
    """A size bar a counted thing must pass, in one or more units (超3亿元或3000万美元)."""

    qualifier: Qualifier = Qualifier.OVER
    amounts: Annotated[list[Quantity], Field(min_length=1)]


class Actual(Record):
    """What was achieved against a target, in the target's own unit."""

    value: Figure
    level: Quantity | None = None
    wording: Text
    source: Key


class Target(Record):
    """One target in a work report."""

    id: Key | None = None
    indicator: Key
    kind: Kind
    value: Figure | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    threshold: Threshold | None = None
    part_of: Key | None = None
    area: int | None = None
    wording: Text
    label_en: Text | None = None
    actual: Actual | None = None
    source: Key | None = None

    @property
    def key(self) -> str:
        """The id other targets use to point at this one: ``id``, else the indicator."""
        return self.id or self.indicator

    @property
    def _a_kind(self) -> str:
        return f"{'an' if self.kind is Kind.AMOUNT else 'a'} {self.kind.value}"

    @model_validator(mode="after")
    def _figure_fits_kind(self) -> Target:
        if self.kind is Kind.QUALITATIVE:
            if self.value is not None or self.unit is not None:
                raise ValueError("a qualitative target has no value or unit")
            if self.qualifier is None:
                raise ValueError("a qualitative target needs a qualifier")
            return self
        if self.value is None or self.unit is None:
            raise ValueError(f"{self._a_kind} target needs a value and a unit")
        _check_unit(self.unit, KIND_DIMENSIONS[self.kind], f"{self._a_kind} target", self.value)
        if self.kind is not Kind.GROWTH and self.value < 0:
            raise ValueError(f"{self._a_kind} target cannot be negative")
        if self.kind is Kind.COUNT and self.value != self.value.to_integral_value():
            raise ValueError("a count target must be a whole number")
        return self


class Note(Record):
    """A fact about a project found in a source other than the report."""

    text: Text
    source: Key


class Project(Record):
    """A major investment project named in a report."""

    id: Key
    name_zh: Text
    name_en: Text | None = None
    zone_zh: str | None = None
    zone_en: str | None = None
    description_zh: str | None = None
    description_en: str | None = None
    total_investment: Quantity | None = None
    total_investment_source: Key | None = None
    planned_investment: Quantity | None = None
    production_start: Year | None = None
    wording: Text
    notes: list[Note] = []
    source: Key | None = None

    @model_validator(mode="after")
    def _money(self) -> Project:
        for name in ("total_investment", "planned_investment"):
            amount: Quantity | None = getattr(self, name)
            if amount is not None and UNITS[amount.unit].currency != "CNY":
                raise ValueError(f"{name} must be in a yuan unit (元, 万元 or 亿元)")
        return self


class Area(Record):
    """One of a report's areas of work (the 七个方面工作)."""

    no: Annotated[int, Field(ge=1)]
    name_zh: Text
    name_en: Text


class Report(Record):
    """One region's work report for one year: its targets and projects."""

    region: Key
    year: Year
    source: Key
    areas: list[Area] = []
    targets: list[Target] = []
    projects: list[Project] = []


class DatasetFile(Record):
    """One TOML file of a dataset; a dataset is one file or a folder of them."""

    format: Literal[1] = 1
    sources: list[Source] = []
    divisions: list[Division] = []
    indicators: list[Indicator] = []
    regions: list[Region] = []
    reports: list[Report] = []
