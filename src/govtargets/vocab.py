"""The fixed vocabularies of a dataset: kinds of figure, qualifiers, units and levels.

These are code, not data: each entry carries behaviour (how a unit converts to yuan,
where a qualifier sits in Chinese wording), and the README lists them all.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Literal, NamedTuple


class Kind(StrEnum):
    """What sort of figure a target is."""

    GROWTH = "growth"
    AMOUNT = "amount"
    COUNT = "count"
    QUALITATIVE = "qualitative"


class Level(StrEnum):
    """Administrative level of a division."""

    PROVINCE = "province"
    PREFECTURE = "prefecture"
    DISTRICT = "district"
    COUNTY_CITY = "county_city"
    COUNTY = "county"


LEVEL_NAMES: dict[Level, tuple[str, str]] = {
    Level.PROVINCE: ("省", "province"),
    Level.PREFECTURE: ("地级市", "prefecture-level city"),
    Level.DISTRICT: ("市辖区", "district"),
    Level.COUNTY_CITY: ("县级市", "county-level city"),
    Level.COUNTY: ("县", "county"),
}


class Qualifier(StrEnum):
    """The wording around a figure that changes what it promises."""

    STRIVE_FOR = "strive_for"
    AT_LEAST = "at_least"
    OR_MORE = "or_more"
    OVER = "over"
    ABOUT = "about"
    WITHIN = "within"
    KEEP_FALLING = "keep_falling"
    IN_STEP_WITH_GROWTH = "in_step_with_growth"
    MEET_QUOTA = "meet_quota"
    STEADY_IMPROVE = "steady_improve"


class QualifierInfo(NamedTuple):
    """Chinese and English wording of a qualifier, and where it sits around a number."""

    zh: str
    en: str
    position: Literal["before", "after", "alone"]
    """Where the Chinese sits around a number; English puts its words before, but for "or more"."""


QUALIFIERS: dict[Qualifier, QualifierInfo] = {
    Qualifier.STRIVE_FOR: QualifierInfo("力争", "strive for", "before"),
    Qualifier.AT_LEAST: QualifierInfo("不少于", "no fewer than", "before"),
    Qualifier.OR_MORE: QualifierInfo("以上", "or more", "after"),
    Qualifier.OVER: QualifierInfo("超", "over", "before"),
    Qualifier.ABOUT: QualifierInfo("左右", "about", "after"),
    Qualifier.WITHIN: QualifierInfo("以内", "at most", "after"),
    Qualifier.KEEP_FALLING: QualifierInfo("持续下降", "keep falling", "alone"),
    Qualifier.IN_STEP_WITH_GROWTH: QualifierInfo(
        "与经济增长保持同步", "in step with economic growth", "alone"
    ),
    Qualifier.MEET_QUOTA: QualifierInfo("完成上级下达任务", "meet the quota set from above", "alone"),
    Qualifier.STEADY_IMPROVE: QualifierInfo("稳中提质", "stable, with better quality", "alone"),
}


class Unit(NamedTuple):
    """A unit a figure can be given in."""

    symbol: str
    en: str
    # percent: growth rates; money: convertible to yuan or dollars; count: whole
    # numbers of things; measure: any other physical quantity.
    dimension: Literal["percent", "money", "count", "measure"]
    currency: Literal["CNY", "USD"] | None = None
    factor: int = 1
    """How many of the base unit one of this is: 10^8 for 亿元 (of yuan), 10^4 for 万亩 (of mu)."""
    base_en: str | None = None
    """The English name of the base unit, for units that are a multiple of it."""


def _units(*units: Unit) -> dict[str, Unit]:
    return {unit.symbol: unit for unit in units}


UNITS: dict[str, Unit] = _units(
    Unit("%", "percent", "percent"),
    Unit("元", "yuan", "money", "CNY", 1),
    Unit("万元", "10,000 yuan", "money", "CNY", 10**4),
    Unit("亿元", "100 million yuan", "money", "CNY", 10**8),
    Unit("美元", "US dollars", "money", "USD", 1),
    Unit("万美元", "10,000 US dollars", "money", "USD", 10**4),
    Unit("亿美元", "100 million US dollars", "money", "USD", 10**8),
    Unit("个", "items", "count"),
    Unit("套", "sets", "count"),
    Unit("所", "schools", "count"),
    Unit("家", "firms", "count"),
    Unit("项", "items", "count"),
    Unit("座", "structures", "count"),
    Unit("处", "sites", "count"),
    Unit("户", "households", "count"),
    Unit("辆", "vehicles", "count"),
    Unit("张", "beds", "count"),
    Unit("起", "incidents", "count"),
    Unit("人", "people", "count"),
    Unit("万人", "10,000 people", "measure", None, 10**4, "people"),
    Unit("公里", "km", "measure"),
    Unit("平方米", "square metres", "measure"),
    Unit("万平方米", "10,000 square metres", "measure", None, 10**4, "square metres"),
    Unit("亩", "mu", "measure"),
    Unit("万亩", "10,000 mu", "measure", None, 10**4, "mu"),
    Unit("吨", "tonnes", "measure"),
    Unit("万吨", "10,000 tonnes", "measure", None, 10**4, "tonnes"),
)

# Which unit dimensions each kind of target may use.
KIND_DIMENSIONS: dict[Kind, frozenset[str]] = {
    Kind.GROWTH: frozenset({"percent"}),
    Kind.AMOUNT: frozenset({"money", "measure"}),
    Kind.COUNT: frozenset({"count"}),
    Kind.QUALITATIVE: frozenset(),
}


def normalize_name(name: str) -> str:
    """Fold a typed name so that ``JINTAN``, ``jintan`` and full-width digits all match."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


MAX_YUAN = 10**18
"""No amount of money reaches this (world output is near 10^15 yuan a year): a larger one is a typo."""
