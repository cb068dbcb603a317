"""The fixed vocabularies of a dataset: kinds of target, qualifiers, goals, units and levels.

These are code, not data: each entry carries behaviour (how a qualifier bounds a figure, how a
unit converts to yuan), and docs/format.md lists them all. A dataset may name a qualifier or a
goal by its key (``strive_for``) or in Chinese (``力争``); both read the same.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from decimal import Decimal

FORMAT = 2
"""The dataset format this version reads natively; format 1 is upgraded as it is read."""
FIRST_YEAR, LAST_YEAR = 1949, 2100
"""The years a report may be of; a span open at one end runs to one of them."""
KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
"""What a key (a region's id, an indicator's key) may be written with."""


class Kind(StrEnum):
    """What sort of target a figure sets."""

    GROWTH = "growth"
    """增长X%: a rate of growth, in percent."""
    DECLINE = "decline"
    """下降/降低X%: a fall of at least X percent."""
    LEVEL = "level"
    """A level to reach or keep: an amount, a count, a measure, a rate or share in %, an index."""
    CHANGE_PP = "change_pp"
    """提升0.5个百分点: a change of a rate or share, in percentage points."""
    RELATIVE = "relative"
    """与经济增长同步, 高于全省平均: against another indicator or another place."""
    QUALITATIVE = "qualitative"
    """稳中提质, 持续下降, 完成省下达任务: no figure."""


class Level(StrEnum):
    """Administrative level of a division."""

    COUNTRY = "country"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    DISTRICT = "district"
    COUNTY_CITY = "county_city"
    COUNTY = "county"


LEVEL_NAMES: dict[Level, tuple[str, str]] = {
    Level.COUNTRY: ("国家", "country"),
    Level.PROVINCE: ("省级", "province-level"),
    Level.PREFECTURE: ("地级市", "prefecture-level city"),
    Level.DISTRICT: ("市辖区", "district"),
    Level.COUNTY_CITY: ("县级市", "county-level city"),
    Level.COUNTY: ("县", "county"),
}

_LEVEL_KINDS: dict[Level, tuple[tuple[str, str], ...]] = {
    Level.PREFECTURE: (("自治州", "autonomous prefecture"), ("地区", "prefecture"), ("盟", "league")),
    Level.COUNTY: (("自治县", "autonomous county"), ("自治旗", "autonomous banner"), ("旗", "banner")),
}
"""Divisions of a level that are no city or county by name, which their name's end says."""


def level_names(level: Level, name_zh: str) -> tuple[str, str]:
    """What a division of ``level`` named ``name_zh`` is, in Chinese and English: 楚雄彝族自治州 is an
    autonomous prefecture, of prefecture level, never a 地级市 (prefecture-level city)."""
    return next(
        ((zh, en) for zh, en in _LEVEL_KINDS.get(level, ()) if name_zh.endswith(zh)), LEVEL_NAMES[level]
    )


Bound = Literal["floor", "above", "cap", "below", "about", "none", "same_or_more", "more", "less"]
"""How a qualifier bounds a figure: at least it (floor), more than it (above), at most it (cap),
less than it (below), about it, not at all (none: 力争, 保持); for a relative target, at least the
figure it is compared with (same_or_more: 同步), more than it (more: 高于) or less (less: 低于)."""

RELATIONS: tuple[Bound, ...] = ("same_or_more", "more", "less")
"""The bounds of the qualifiers a relative target carries one of."""

FigureBound = Literal["at_least", "more_than", "at_most", "less_than"]
"""Which way a result given as a bound goes from its figure: 增长12%以上 is at least 12,
突破6万亿元 more than 6, 控制在3%以内 at most 3, 低于3% less than 3."""

Stated = Literal["met", "missed"]
"""What a report says in words of a target (完成年度任务: met)."""

PARTS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "disposable_income": (
        ("urban", ("urban_disposable_income",)),
        ("rural", ("rural_disposable_income", "rural_net_income")),
    ),
}
"""An indicator whose parts the reviews often give in its stead (城乡居民人均可支配收入分别增长…), and
whose target the parts' results judge where the whole's is not given: each part's name and its
indicators, the first recorded taken (the rural income before 2014 is 农民人均纯收入)."""

FIGURE_BOUNDS: dict[FigureBound, tuple[str, str]] = {
    "at_least": ("at least", "{}以上"),
    "more_than": ("more than", "超过{}"),
    "at_most": ("at most", "不超过{}"),
    "less_than": ("less than", "不到{}"),
}
"""A bounded figure in words: in English before it, in Chinese around it."""

TURNED: dict[FigureBound, FigureBound] = {
    "at_least": "at_most",
    "more_than": "less_than",
    "at_most": "at_least",
    "less_than": "more_than",
}
"""A bound on a figure, as a bound on its negative (a growth of -3 at most: a fall of 3 at least)."""


class Word(NamedTuple):
    """A qualifier or a goal: its key, its Chinese (the first is how it is shown), its English."""

    key: str
    zh: tuple[str, ...]
    en: str
    bound: Bound = "none"
    position: Literal["before", "after"] = "before"
    """Where the Chinese sits around a number."""
    verb: bool = False
    """Whether it is a verb before the figure (确保, 达到), not a word of its size (约, 不低于)."""


def _words(*words: Word) -> dict[str, Word]:
    return {word.key: word for word in words}


QUALIFIERS: dict[str, Word] = _words(
    Word("about", ("左右",), "about", "about", "after"),
    Word("approximately", ("约",), "approximately", "about"),
    Word("or_more", ("以上", "及以上"), "or more", "floor", "after"),
    Word("or_less", ("以下", "及以下"), "or less", "cap", "after"),
    Word("within", ("以内",), "at most", "cap", "after"),
    Word("strive_for", ("力争",), "strive for"),
    Word("ensure", ("确保",), "ensure", "floor", verb=True),
    Word("not_below", ("不低于",), "not below", "floor"),
    Word("no_fewer_than", ("不少于",), "no fewer than", "floor"),
    Word("not_above", ("不高于", "不超过"), "not above", "cap"),
    Word("over", ("超",), "over", "above"),
    Word("more_than", ("超过",), "more than", "above"),
    Word("break_through", ("突破", "迈上"), "break through", "above", verb=True),
    Word("keep_within", ("控制在",), "keep within", "cap", verb=True),
    Word("reach", ("达到", "达", "提高到", "提升到"), "reach", "floor", verb=True),
    Word("keep", ("保持", "保持在"), "keep"),
    Word("higher_than", ("高于", "超出"), "higher than", "more"),
    Word("faster_than", ("快于",), "faster than", "more"),
    Word("greater_than", ("大于",), "greater than", "more"),
    Word("lower_than", ("低于",), "lower than", "less"),
    Word("in_step", ("同步", "保持同步"), "in step with", "same_or_more"),
    Word("basically_in_step", ("基本同步", "保持基本同步"), "basically in step with", "same_or_more"),
)
"""Words around a figure that change what it promises; a target may carry several (力争…以上)."""

GOALS: dict[str, Word] = _words(
    Word("steady_improve", ("稳中提质", "保稳提质", "稳量提质", "量稳质升", "提质增效", "质效提升"),
         "stable, better quality"),
    Word("stable", ("保持稳定", "保持基本稳定", "基本稳定", "总体稳定", "稳定", "保持安全稳定和谐",
                    "保持安定和谐"), "keep stable"),
    Word("steady_growth", ("稳步增长", "稳定增长", "保持稳定增长"), "grow steadily"),
    Word("positive_growth", ("正增长", "保持正增长", "实现正增长"), "positive growth", "above"),
    Word("keep_falling", ("持续下降", "下降", "双下降", "继续双下降", "稳步降低", "持续降低", "降低",
                          "继续下降", "继续减少"), "keep falling", "below"),
    Word("keep_improving", ("持续好转", "持续改善", "改善", "持续提升", "稳步提升", "进一步提高",
                            "进一步提升", "持续提高", "进一步改善", "继续改善"), "keep improving"),
    Word("meet_quota", ("完成上级下达任务", "完成省下达任务", "完成省定目标", "完成省定指标",
                        "完成省下达目标", "完成省定任务", "完成省下达目标任务", "完成国家、省下达的目标任务",
                        "完成国家下达任务", "完成上级下达的指标任务", "完成国家下达目标",
                        "完成省级下达控制指标", "完成自治区下达任务", "完成自治区下达目标任务"),
         "meet the assigned targets"),
    Word("within_limit", ("控制在上级下达范围内", "控制在省定范围内", "保持在省定范围内", "不高于省控线",
                          "控制在国家核定范围内", "控制在国家规定目标以内", "控制在国家下达目标之内",
                          "控制在省下达指标以内"),
         "within the assigned limit"),
    Word("top_rank", ("保持全省前列", "全省前列", "进入全省第一方阵", "站稳全省第一方阵"),
         "among the province's leaders"),
    Word("breakthrough", ("实现新突破",), "a new breakthrough"),
    Word("eliminate", ("杜绝",), "eliminate"),
    Word("strict_control", ("严控",), "strictly control"),
)  # fmt: skip
"""What a qualitative target asks. ``bound`` says how an outcome's growth judges it where it can:
正增长 is met by growth above zero, 持续下降 by a fall; the others are not judged."""


def _lookup(table: dict[str, Word]) -> dict[str, str]:
    found: dict[str, str] = {}
    for word in table.values():
        found[word.key] = word.key
        for zh in word.zh:
            found.setdefault(zh, word.key)
    return found


_QUALIFIER_KEYS = _lookup(QUALIFIERS)
_GOAL_KEYS = _lookup(GOALS)


def qualifier_key(text: str) -> str | None:
    """The key of a qualifier written by its key or in Chinese, else None."""
    return _QUALIFIER_KEYS.get(text.strip())


def goal_key(text: str) -> str | None:
    """The key of a goal written by its key or in Chinese, else None."""
    return _GOAL_KEYS.get(text.strip())


def goal_near(text: str) -> tuple[str, str] | None:
    """The goal whose Chinese is nearest to words no goal fits, as a hint (保持平稳增长: steady_growth,
    保持稳定增长), or None where none is near."""
    import difflib

    forms = {zh: word.key for word in GOALS.values() for zh in word.zh}
    close = difflib.get_close_matches(text.strip(), list(forms), n=1, cutoff=0.6)
    return (forms[close[0]], close[0]) if close else None


_SCOPES = (("国家", "national"), ("省", "provincial"), ("自治区", "provincial"), ("市", "city's"))
"""Who sets a quota or a limit, as the words name it (完成国家下达任务: the national one); an
autonomous region (自治区, Ningxia's 完成自治区下达任务) is a province's level."""


_NESTED = str.maketrans("“”", "‘’")


def goal_words(goal: str) -> tuple[str | None, str, str]:
    """A goal's key (None for the report's own words that no goal fits), its Chinese as the
    record gives it (the canonical words for a key), and its English, which names the quota's
    scope where the words do (完成国家下达任务: meet national targets)."""
    key = goal_key(goal)
    if key is None:  # quoted; its own quotes nest as single ones (“实现‘十一五’目标”)
        return None, goal, f"“{goal.translate(_NESTED)}”"
    word = GOALS[key]
    zh = word.zh[0] if goal == key else goal
    # The key names no one, whatever its canonical words: a limit the report set by the
    # nation's words (控制在国家调控范围内, drafted as within_limit) is not a province's.
    scopes = [en for name, en in _SCOPES if name in zh] if goal != key else []
    if key in ("meet_quota", "within_limit") and scopes:
        # "meet provincial targets", without "the": the shorter text keeps tables at 80 columns.
        said = "the assigned" if key == "meet_quota" else "assigned"
        return key, zh, word.en.replace(said, " and ".join(scopes))
    return key, zh, word.en


def known_words(table: dict[str, Word]) -> str:
    """Every entry of a vocabulary in both forms, for an error message: ``力争 (strive_for), …``."""
    return ", ".join(f"{word.zh[0]} ({word.key})" for word in table.values())


# --- Units ------------------------------------------------------------------------------------

Dimension = Literal["percent", "points", "money", "count", "measure", "number"]
"""What a unit measures: percent (rates, shares), points (个百分点), money (convertible to yuan
or dollars), count (whole things), measure (any other physical quantity), number (an index)."""


class Unit(NamedTuple):
    """A unit a figure can be given in: a base unit, perhaps with a scale (万, 亿)."""

    symbol: str
    dimension: Dimension
    factor: int = 1
    """How many of the base unit one of this is: 10^8 for 亿元, 10^4 for 万人."""
    base: str = ""
    """The base unit's symbol: 元 for 亿元."""
    en: str = ""
    """The base unit in English: ``yuan``, ``km``; for counts, the generic thing counted."""
    currency: Literal["CNY", "USD"] | None = None


class _Base(NamedTuple):
    dimension: Dimension
    en: str
    currency: Literal["CNY", "USD"] | None = None
    quantity: str = ""
    """What a measure measures (mass, area...): a figure in 万亩 is none of an indicator in 万吨."""


_BASES: dict[str, _Base] = {
    "元": _Base("money", "yuan", "CNY"),
    "美元": _Base("money", "US dollars", "USD"),
    **{
        symbol: _Base("count", en)
        for symbol, en in (
            ("个", "units"), ("家", "firms"), ("所", "schools"), ("套", "sets"), ("件", "items"),
            ("项", "items"), ("座", "structures"), ("处", "sites"), ("户", "households"),
            ("辆", "vehicles"), ("张", "beds"), ("起", "incidents"), ("人", "people"),
            ("名", "people"), ("人次", "person-times"), ("例", "cases"), ("次", "times"),
            ("台", "machines"), ("艘", "ships"), ("架", "aircraft"), ("条", "lines"), ("批", "batches"),
            ("间", "rooms"), ("床", "beds"), ("只", "items"), ("头", "head"), ("株", "plants"),
            ("棵", "trees"), ("部", "items"), ("种", "kinds"), ("篇", "articles"), ("班", "classes"),
            ("标箱", "TEU"), ("标准箱", "TEU"),
        )
    },
    **{
        symbol: _Base("measure", en, quantity=quantity)
        for quantity, units in (
            ("length", (("公里", "km"), ("千米", "km"), ("米", "m"))),
            ("area", (("平方米", "square metres"), ("平方公里", "square km"), ("亩", "mu"),
                      ("公顷", "hectares"))),
            ("mass", (("吨", "tonnes"), ("斤", "jin"), ("公斤", "kg"), ("千克", "kg"))),
            ("power", (("千瓦", "kW"), ("兆瓦", "MW"), ("吉瓦", "GW"))),
            ("energy", (("千瓦时", "kWh"), ("度", "kWh"), ("吨标准煤", "tonnes of standard coal"),
                        ("吨标煤", "tonnes of standard coal"))),
            ("volume", (("立方米", "cubic metres"),)),
            ("time", (("岁", "years"), ("年", "years"), ("天", "days"), ("小时", "hours"))),
            ("concentration", (("微克/立方米", "µg/m³"),)),
        )
        for symbol, en in units
    },
}  # fmt: skip

_SCALES = {"": 1, "十": 10, "百": 100, "千": 10**3, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
           "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}  # fmt: skip

_SPECIAL: dict[str, Unit] = {
    "%": Unit("%", "percent", en="percent"),
    "‰": Unit("‰", "percent", en="per mille"),
    "个百分点": Unit("个百分点", "points", en="percentage points"),
}


@functools.cache  # made when first needed: a query answered from the index never needs it
def _unit_pattern() -> re.Pattern[str]:
    # The longest scale first, so that 万亿元 reads as 万亿 + 元 and not 万 + 亿元.
    return re.compile(
        f"({'|'.join(sorted((s for s in _SCALES if s), key=len, reverse=True))})?"
        f"({'|'.join(sorted(map(re.escape, _BASES), key=len, reverse=True))})"
    )


@functools.lru_cache(maxsize=512)  # a dataset uses a few dozen units, each thousands of times
def units_fit(unit: str | None, of: str | None) -> bool:
    """Whether a figure in ``unit`` can be one of an indicator measured in ``of``: of the same
    dimension and, for a measure, the same quantity (not 万亩 for 万吨), or either unknown or not
    given (validation's rule, which extract's drafts follow)."""
    a, b = unit_of(unit or ""), unit_of(of or "")
    return a is None or b is None or quantity(a) == quantity(b)


def quantity(unit: Unit) -> tuple[str, str]:
    """What a unit measures: its dimension and, for a measure, its quantity (mass for 万吨)."""
    base = _BASES.get(unit.base)
    return unit.dimension, base.quantity if base is not None else ""


_NOT_SUMMED = frozenset({"time", "concentration"})
"""Measures that a region's parts do not add up to its own (an age, days, a concentration)."""


def is_total(unit: Unit) -> bool:
    """Whether a figure in ``unit`` is a total that a region's parts add up to (jobs in 万人,
    revenue in 亿元, grain in 万吨), which a part's figure is no step up or down from: any count,
    any measure but a time or a concentration, and money in 万 and up (an amount in 元 itself is
    mostly one a person's, as 居民人均可支配收入50000元, which does compare)."""
    dimension, measured = quantity(unit)
    if dimension == "money":
        return unit.factor > 1
    return dimension == "count" or (dimension == "measure" and measured not in _NOT_SUMMED)


@functools.cache  # a dataset names a few units hundreds of thousands of times
def unit_of(symbol: str) -> Unit | None:
    """The unit a symbol names (``亿元``, ``万人``, ``%``), or None if it names none."""
    if symbol in _SPECIAL:
        return _SPECIAL[symbol]
    match = _unit_pattern().fullmatch(symbol)
    if match is None:
        return None
    scale, base = match.group(1) or "", match.group(2)
    info = _BASES[base]
    return Unit(symbol, info.dimension, _SCALES[scale], base, info.en, info.currency)


_SCALES_EN = {1: "", 10: "10", 100: "100", 10**3: "1,000", 10**4: "10,000", 10**5: "100,000",
              10**6: "1 million", 10**7: "10 million", 10**8: "100 million", 10**9: "1 billion",
              10**10: "10 billion", 10**11: "100 billion", 10**12: "1 trillion"}  # fmt: skip


def unit_en(unit: Unit, noun: str | None = None) -> str:
    """The unit in English as the unit of a number given in it, its scale and all: 亿元 is
    ``100 million yuan``, 万人 ``10,000 people`` (a count in ``noun``, what it counts, where given)."""
    base = (noun if unit.dimension == "count" else None) or unit.en
    if unit.base in _GLOSSES:  # said once, in the unit's own column, not in every figure
        base += f" ({_GLOSSES[unit.base]})"
    scale = _SCALES_EN[unit.factor]
    return f"{scale} {base}" if scale else base


_GLOSSES = {"斤": "0.5 kg"}
"""What a unit an English reader may not know is (1 jin is 0.5 kg), for the unit's column."""


def known_units(near: str = "") -> str:
    """The base units and scales, for an error message; first, the units that look like ``near``
    (亿圆: did you mean 亿元?)."""
    import difflib

    scales = ", ".join(s for s in _SCALES if s)
    every = list(dict.fromkeys([*_SPECIAL, *(scale + base for scale in _SCALES for base in _BASES)]))
    whole, _, per = near.partition("/")
    if per and unit_of(whole) is not None:  # 万元/人: the indicator (全员劳动生产率, 人均…) says per what
        guess = f"a figure per {per} is written in its unit alone, {whole} (the indicator says per what); "
    else:
        if near in _SCALES and near:  # a scale alone (亿 for 亿元): the units it most often scales
            close = [near + base for base in ("元", "美元", "人")]
        else:
            close = difflib.get_close_matches(near, every, n=3, cutoff=0.6) if near else []
        guess = f"did you mean {' or '.join(close)}? " if close else ""
    return (
        f"{guess}known units: {', '.join([*_SPECIAL, *_BASES])}; each base unit may follow a scale: {scales}"
    )


PERCENT = "%"
POINTS = "个百分点"


class KindSpec(NamedTuple):
    """What a kind of target is, for every part of the tool that asks: what it sets, its figure's
    units, what an outcome gives to judge it by, and how it is shown. Each part asks these
    properties, never a kind by name, so that a new kind is an entry in ``KINDS``."""

    sets: Literal["figure", "relation", "goal"]
    """A figure (a value in a unit); a relation to another figure (与经济增长同步); a goal in words
    (稳中提质). Only the first has a value and a unit, only the last a goal, only the second
    ``against``."""
    units: frozenset[Dimension | None]
    """The unit dimensions its figure may use (None: no unit)."""
    implied_unit: str | None
    """The unit its figure is in when a dataset leaves it out."""
    reads: Literal["growth", "change_pp", "level"]
    """Which figure of an outcome it is judged by (a decline by the growth rate, turned round)."""
    rate: bool
    """Whether its figure is a rate, so that a difference from it is in percentage points."""
    signed: bool
    """Whether its outcome is shown with its sign (+5.2%)."""
    title: tuple[str, str]
    """A list of such targets, in English and in Chinese."""
    falls: bool = False
    """Its figure is a fall, written positive (下降4.5%: 4.5): judged by growth turned round, at
    least its figure unless a word says otherwise, shown as a fall (下降, a fall of, fell)."""
    verb_zh: str = ""
    """The Chinese verb before its figure (下降4.5%, 提高0.5个百分点); where there is none, and
    in English but for a fall, a figure that may go either way shows its sign (+8%)."""
    figure_signed: bool = False
    """Whether its figure (as ``signed`` is of its outcome) shows its sign where no verb says which
    way (+8%, +0.5 percentage points)."""
    unit_hint: str = ""
    """What a unit of another dimension than its figures' most likely means, and which kind holds
    it: the end of the error that refuses the unit (亿元 on a growth target)."""

    @property
    def numeric(self) -> bool:
        """Whether it sets a figure (a value); else it names a goal or another figure to compare with."""
        return self.sets == "figure"

    @property
    def growth_rate(self) -> bool:
        """Whether its figure is a rate of growth (+8%), which may go either way."""
        return self.numeric and self.reads == "growth" and not self.falls


_PERCENT: frozenset[Dimension | None] = frozenset({"percent"})
_NO_UNIT: frozenset[Dimension | None] = frozenset({None})
KINDS: dict[Kind, KindSpec] = {
    Kind.GROWTH: KindSpec(
        sets="figure", units=_PERCENT, implied_unit=PERCENT, reads="growth", rate=True, signed=True,
        title=("Growth rates", "增速目标"), figure_signed=True,
        unit_hint="a growth rate is in % (or no unit); an increase by an amount (比上年净增50亿元) is no"
        " rate: it is a level of an indicator of the increase (docs/format.md, Kinds of target)",
    ),
    Kind.DECLINE: KindSpec(
        sets="figure", units=_PERCENT, implied_unit=PERCENT, reads="growth", rate=True, signed=False,
        title=("Declines", "降幅目标"), falls=True, verb_zh="下降",
        unit_hint="a decline is a fall in % (or no unit); a rate's fall in points (下降0.5个百分点) is"
        ' kind = "change_pp" with a negative value',
    ),
    Kind.LEVEL: KindSpec(
        sets="figure", units=frozenset({"percent", "money", "count", "measure", "number", None}),
        implied_unit=None, reads="level", rate=False, signed=False, title=("Levels", "总量与水平目标"),
        unit_hint='a level is in its own unit (%, 亿元, 万人 …); a change in 个百分点 is kind = "change_pp"',
    ),
    Kind.CHANGE_PP: KindSpec(
        sets="figure", units=frozenset({"points"}), implied_unit=POINTS, reads="change_pp", rate=True,
        signed=False, title=("Changes in percentage points", "百分点变化目标"), verb_zh="提高",
        figure_signed=True,
        unit_hint='a change_pp is in 个百分点 (or no unit); a rise in % is kind = "growth"',
    ),
    # Judged by its own measure (growth, unless it says level or decline).
    Kind.RELATIVE: KindSpec(
        sets="relation", units=_NO_UNIT, implied_unit=None, reads="growth", rate=True, signed=True,
        title=("Relative", "相对目标"),
    ),
    Kind.QUALITATIVE: KindSpec(
        sets="goal", units=_NO_UNIT, implied_unit=None, reads="growth", rate=False, signed=True,
        title=("Qualitative", "定性目标"),
    ),
}  # fmt: skip
"""Every kind of target: adding one is an entry here, and a test of it (tests/test_vocab.py)."""

MAX_YUAN = 10**18
"""No amount of money reaches this (world output is near 10^15 yuan a year): a larger one is a typo."""


def finer_than_held(value: Decimal, unit: Unit, *, cents: bool = False) -> bool:
    """Whether money ``value`` in ``unit`` is finer than a dataset holds it: whole yuan (or
    dollars), as targets and amounts are (their rows carry whole yuan), or hundredths of them where
    ``cents``, as a result's level may be (城镇居民人均可支配收入7511.4元)."""
    held = value * unit.factor * (100 if cents else 1)
    return held != held.to_integral_value()


def normalize_name(name: str) -> str:
    """Fold a typed name so that ``JINTAN``, ``jintan`` and full-width letters all match, and a
    typographic apostrophe the straight one (``Huai’an``, as an editor types it, is ``Huai'an``)."""
    return _folded(unicodedata.normalize("NFKC", name))


def search_fold(text: str) -> str:
    """A text folded as search folds it: as a name is, and with a hyphen read as a space, so that
    ``work safety`` finds ``work-safety accidents``."""
    return _folded(unicodedata.normalize("NFKC", text).replace("-", " "))


def _folded(text: str) -> str:
    """An NFKC text in one case and spacing, with the typographic apostrophe as the straight one."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def searchable(texts: Iterable[str]) -> str:
    """Texts folded as search folds a query, one per line (the index's search columns)."""
    return "\n".join(search_fold(t) for t in texts if t)
