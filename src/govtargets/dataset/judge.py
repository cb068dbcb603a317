"""Whether a target was met: its figure against the outcome of its indicator and year.

Pure functions of the two records; docs/format.md states every rule. Where the figures known
cannot tell (a goal with no figure, an outcome without the figure the target needs, a relative
target whose other figure is not in the dataset, an estimate or a bound on the line), the target
is "not judged", never guessed. A target "about" its figure (左右) missed by no more than that "about"
spans is missed, and a near miss.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from govtargets.dataset.vocab import (
    FIGURE_BOUNDS,
    GOALS,
    KINDS,
    POINTS,
    QUALIFIERS,
    RELATIONS,
    TURNED,
    Bound,
    FigureBound,
    Kind,
    Stated,
    goal_key,
    quantity,
    unit_en,
    unit_of,
)
from govtargets.dataset.wording import POINTS_EN, number

Status = Literal["met", "missed", "not_judged"]

LEVEL_ONLY = (
    "level only, not judged: the result gives only a level (a change is never worked out from two levels)"
)
"""The note of a growth, fall or change target whose result is only a level: ``actual`` is that
level, in its own unit (``actual_unit``)."""


def level_only(row: Mapping[str, Any]) -> bool:
    """Whether a target row's actual is only its result's level, in the level's own unit (a growth
    target whose year's result states no growth): shown, never judged nor drawn on the target's scale."""
    return bool(row.get("outcome_note") == LEVEL_ONLY)  # by the note: a level's unit may be a growth's (%)


class Figures(NamedTuple):
    """An outcome's figures for one indicator and year."""

    growth: Decimal | None = None
    level: Decimal | None = None
    level_unit: str | None = None
    change_pp: Decimal | None = None
    estimate: bool = False
    """The report gives them as approximate (预计, 左右): each only to within its ``tolerance``,
    so that one less than that off the line cannot tell which side of it the outcome is."""
    growth_bound: FigureBound | None = None
    """The report gives the growth as a bound (增长12%以上): which way; it is then known to be
    on that side of its figure, and no nearer (an estimate's spread does not widen it)."""
    level_bound: FigureBound | None = None
    change_pp_bound: FigureBound | None = None
    stated: Stated | None = None
    """What the report says in words of the year's target (完成年度目标: met): it judges where
    the figures cannot tell, and only there."""


STATED_NOTE = "as the report says in words"
"""The start of the note of a target judged by its result's words, the figures being unable to."""


def stated_only(row: Mapping[str, Any]) -> bool:
    """Whether a target row's outcome is the report's own word (``stated``), no figure judging it."""
    return str(row.get("outcome_note") or "").startswith(STATED_NOTE)


class Judged(NamedTuple):
    """The actual figure, in the target's terms, and the verdict."""

    status: Status
    actual: Decimal | None = None
    actual_unit: str | None = None
    reference_actual: Decimal | None = None
    difference: Decimal | None = None
    difference_unit: str | None = None
    difference_unit_en: str | None = None
    note: str | None = None
    near_miss: bool = False
    """Missed, of a target "about" its figure (左右), by no more than the target's ``tolerance``."""
    bound: FigureBound | None = None
    """``actual`` is a bound, in the target's terms (a fall of at least 3: at_least): ``difference``
    is then from the bound's figure, the least it can be."""
    reference_bound: FigureBound | None = None
    """``reference_actual`` is a bound."""


class Span(NamedTuple):
    """The values a result allows, in the target's terms: from ``low`` to ``high`` (None: no end),
    each end allowed or not. An exact figure is one value; an estimate spans its ``tolerance``
    either side (its ends not allowed); a bound runs from its figure one way."""

    low: Decimal | None
    high: Decimal | None
    low_in: bool = True
    high_in: bool = True

    def turned(self) -> Span:
        """The span of the negatives of these values."""
        return Span(_neg(self.high), _neg(self.low), self.high_in, self.low_in)

    def less(self, other: Span) -> Span:
        """The span of a value of this less a value of ``other``."""
        low = None if self.low is None or other.high is None else self.low - other.high
        high = None if self.high is None or other.low is None else self.high - other.low
        return Span(low, high, self.low_in and other.high_in, self.high_in and other.low_in)


def _neg(value: Decimal | None) -> Decimal | None:
    return None if value is None else -value


def span(figure: Decimal, *, spread: Decimal | None = None, bound: FigureBound | None = None) -> Span:
    """The values a result at ``figure`` allows: bounded, estimated to within ``spread``, or exact."""
    if bound is not None:
        return (
            Span(figure, None, bound == "at_least")
            if bound in ("at_least", "more_than")
            else (Span(None, figure, True, bound == "at_most"))
        )
    if spread is not None:
        return Span(figure - spread, figure + spread, False, False)
    return Span(figure, figure)


def side(values: Span, line: Decimal, *, ceiling: bool, strict: bool) -> bool | None:
    """Whether every value allowed meets a figure ``line`` (True), none does (False), or some do
    and some not (None: the result cannot tell which side of the line it is)."""
    if ceiling:
        return side(values.turned(), -line, ceiling=False, strict=strict)
    low, high = values.low, values.high
    if low is not None and (low > line or (low == line and not (strict and values.low_in))):
        return True
    if high is not None and (high < line or (high == line and (strict or not values.high_in))):
        return False
    return None


class Target(NamedTuple):
    """What judging a target needs of it."""

    kind: Kind
    value: Decimal | None = None
    value_high: Decimal | None = None
    unit: str | None = None
    qualifiers: tuple[str, ...] = ()
    goal: str | None = None
    measure: str = "growth"
    margin: Decimal | None = None
    lower_is_better: bool = False


def judge(target: Target, outcome: Figures, reference: Figures | None = None) -> Judged:
    """Judge ``target`` against its outcome (and, for a relative target, the other figure's): by
    the figures, else by what the report says in words (``stated``)."""
    verdict = _by_figures(target, outcome, reference)
    stated = outcome.stated
    if stated is None:
        return verdict
    if verdict.status == "not_judged":
        # The figures are not shown as the judgement's: they could not make it.
        figures = (outcome.growth, outcome.level, outcome.change_pp) != (None, None, None)
        why = f" (the figures cannot tell: {verdict.note})" if figures and verdict.note else ""
        return Judged(stated, note=STATED_NOTE + why)
    if verdict.status != stated:  # the figures decide; the claim is worth a reader's eye
        said = f"the report says it was {stated}"
        return verdict._replace(note=f"{verdict.note}; {said}" if verdict.note else said)
    return verdict


def _by_figures(target: Target, outcome: Figures, reference: Figures | None) -> Judged:
    spec = KINDS[target.kind]
    if spec.sets == "goal":
        return _goal(target, outcome)
    if spec.sets == "relation":
        return _relative(target, outcome, reference)
    actual, unit, why = _actual(target, outcome)
    if actual is None and spec.reads != "level" and outcome.level is not None:
        # Only stated results judge: the level is shown, never a growth worked out from two levels.
        return Judged(
            "not_judged", outcome.level, outcome.level_unit, note=LEVEL_ONLY, bound=outcome.level_bound
        )
    if actual is None:
        return Judged("not_judged", note=why)
    assert target.value is not None
    ceiling, strict = _direction(target)
    bar = (target.value_high or target.value) if ceiling else target.value
    difference = actual - bar
    bound = _bound(target, outcome)
    values = span(actual, spread=_spread(target, outcome), bound=bound)
    if strict and difference == 0 and values.low == values.high:
        return _at_a_line_to_pass(actual, unit, bar)
    met = side(values, bar, ceiling=ceiling, strict=strict)
    if met is None:
        return _on_the_line(values, actual, unit, bar, bound=bound)
    zh, en = _difference_unit(spec.rate, target.unit)
    # A bound that decides lies wholly on one side, without end away from the line: never near.
    near = not met and bound is None and _about(target) and abs(difference) <= tolerance(bar)
    status: Status = "met" if met else "missed"
    return Judged(
        status, actual, unit, None, difference, zh, en, note=why or None, near_miss=near, bound=bound
    )


def tolerance(figure: Decimal) -> Decimal:
    """What an approximate figure spans either side: half a unit in the last digit it is written
    to (6 → 0.5, 6.5 → 0.05, 103 → 0.5)."""
    exponent = figure.as_tuple().exponent
    assert isinstance(exponent, int)  # a figure is finite
    return Decimal(5).scaleb(exponent - 1)


def _bound(target: Target, outcome: Figures) -> FigureBound | None:
    """The bound of the outcome's figure a target reads, in the target's terms (turned for a fall)."""
    spec = KINDS[target.kind]
    bound: FigureBound | None = getattr(outcome, f"{spec.reads}_bound")
    return TURNED[bound] if bound is not None and spec.falls and spec.reads == "growth" else bound


def _spread(target: Target, outcome: Figures) -> Decimal | None:
    """How far either side of the figure an estimated outcome may be, in the target's terms
    (None: an outcome not estimated)."""
    reads = KINDS[target.kind].reads
    figure: Decimal | None = getattr(outcome, reads)  # the outcome's growth, change_pp or level
    if not outcome.estimate or figure is None:
        return None
    spread = tolerance(figure)
    return convert(spread, outcome.level_unit, target.unit) if reads == "level" else spread


def _about(target: Target) -> bool:
    """Whether a target is "about" its figure (左右, 约)."""
    return any(QUALIFIERS[key].bound == "about" for key in target.qualifiers)


def _on_the_line(
    values: Span,
    actual: Decimal,
    unit: str | None,
    line: Decimal,
    *,
    bound: FigureBound | None = None,
    other: tuple[Decimal, FigureBound | None] | None = None,
) -> Judged:
    """A result that cannot tell: the line is within the values it allows (``values``, of the
    difference from the line for a relative target, whose ``other`` figure it is against)."""
    bounds = (bound, other[1] if other else None)
    if bounds == (None, None):
        assert values.low is not None  # an estimate: both ends
        assert values.high is not None
        spread = (values.high - values.low) / 2
        shown = [number(figure.normalize()) for figure in (actual, spread, line)]
        note = f"an estimate on the line: {shown[0]} give or take {shown[1]}, the line {shown[2]}"
    else:
        against = "" if other is None else f" against {_bounded_text(other[0], other[1])}"
        note = (
            f"a result given as a bound, on the line: {_bounded_text(actual, bound)}{against},"
            f" the line {number(line.normalize())}"
        )
    # The other figure is known though it cannot decide: a row with its bound has the figure too.
    reference = other[0] if other else None
    return Judged("not_judged", actual, unit, reference, note=note, bound=bound, reference_bound=bounds[1])


def _at_a_line_to_pass(
    actual: Decimal, unit: str | None, line: Decimal, *, other: bool = False, lower: bool = False
) -> Judged:
    """An exact result at the very figure a target asks to pass (突破, 超过; 高于 the ``other``
    figure): a rate is rounded to its last digit, so the figures cannot tell which side it fell."""
    shown = number(line.normalize())
    if other:
        note = (
            f"the result is the other figure itself ({shown}), which the target asks to"
            f" {'stay below' if lower else 'pass'}: the figures, each rounded to its last digit,"
            f" cannot tell which is {'lower' if lower else 'higher'}"
        )
        return Judged("not_judged", actual, unit, line, note=note)
    note = (
        f"the result is the line itself ({shown}), which the target asks to pass: the figures cannot"
        " tell which side it fell (a result given as a bound, 突破6万亿元, is marked level_bound)"
    )
    return Judged("not_judged", actual, unit, note=note)


def _bounded_text(figure: Decimal, bound: FigureBound | None) -> str:
    """A figure with its bound in English words (``at least 12``), for a note."""
    shown = number(figure.normalize())
    return f"{FIGURE_BOUNDS[bound][0]} {shown}" if bound else shown


def _actual(target: Target, outcome: Figures) -> tuple[Decimal | None, str | None, str]:
    """The outcome's figure in the target's terms, with its unit, and why there is none (or, where
    there is one, how it was read, else "")."""
    reads = KINDS[target.kind].reads
    if reads == "growth":
        growth = outcome.growth
        if growth is not None and KINDS[target.kind].falls:
            growth = -growth  # a fall of 4%: growth of -4%
        return growth, "%", "" if growth is not None else "the outcome gives no growth rate"
    if reads == "change_pp":
        change = outcome.change_pp
        return (
            change,
            POINTS,
            "" if change is not None else "the outcome gives no change in percentage points",
        )
    if outcome.level is None:
        return None, None, "the outcome gives no level"
    converted = convert(outcome.level, outcome.level_unit, target.unit)
    if converted is None:
        index = _as_index(target, outcome.level, outcome.level_unit)
        return (
            index
            if index is not None
            else (
                None,
                None,
                f"the outcome's level is in {outcome.level_unit or 'no unit'},"
                f" the target's in {target.unit or 'no unit'}",
            )
        )
    return converted, target.unit, ""


_INDEX_BASE = Decimal(100)


def _as_index(target: Target, level: Decimal, unit: str | None) -> tuple[Decimal, str | None, str] | None:
    """A rise in % against an index target (居民消费价格指数控制在103左右, the year before = 100), or
    an index against a rise: the outcome in the target's terms, and a note that says so."""
    assert target.value is not None
    if target.unit is None and target.value >= _INDEX_BASE and unit == "%":
        index = _INDEX_BASE + level
        return (
            index,
            None,
            f"a rise of {number(level)}% read as an index of {number(index)} (the year before = 100)",
        )
    if target.unit == "%" and unit is None and level >= _INDEX_BASE:
        rise = level - _INDEX_BASE
        return (
            rise,
            "%",
            f"an index of {number(level)} (the year before = 100) read as a rise of {number(rise)}%",
        )
    return None


_BASE_SIZES: dict[str, Decimal] = {
    "吨": Decimal(1000), "公斤": Decimal(1), "千克": Decimal(1), "斤": Decimal("0.5"),
    "公里": Decimal(1000), "千米": Decimal(1000), "米": Decimal(1),
    "平方公里": Decimal(10**6), "公顷": Decimal(10**4), "平方米": Decimal(1),
    "千瓦": Decimal(1), "兆瓦": Decimal(1000), "吉瓦": Decimal(10**6), "千瓦时": Decimal(1), "度": Decimal(1),
}  # fmt: skip
"""Measures' base units in their quantity's own unit (kg, m, m², kW, kWh), so that 亿斤 and 万吨
convert; a base not here (亩, 吨标准煤) converts only to itself."""

_PER_MILLE = {"%": Decimal(10), "‰": Decimal(1)}


def in_base(value: Decimal, unit: str | None) -> tuple[str, Decimal]:
    """``value`` in ``unit`` as an amount of what it measures, so that figures in different units
    can be ordered: money of one currency in its base (亿元 and 万亿元: yuan; US dollars apart),
    a measure that converts in its quantity's own unit (亿斤 and 万吨: kg), anything else in its
    unit's base (万人: people); a figure with no unit, or one unknown, as it is."""
    known = unit_of(unit or "")
    if known is None:
        return "", value
    amount = value * known.factor
    if known.dimension == "money":
        return f"money {known.currency}", amount
    size = _BASE_SIZES.get(known.base)
    if known.dimension == "measure" and size is not None:
        return " ".join(quantity(known)), amount * size
    return known.base or known.symbol, amount


def convert(value: Decimal, unit: str | None, to: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``to`` (亿元 to 万亿元, 亿斤 to 万吨, % to ‰), or None
    if they do not convert."""
    if unit == to:
        return value
    if unit in _PER_MILLE and to in _PER_MILLE:
        return value * _PER_MILLE[unit] / _PER_MILLE[to]
    # 万人 and 万个 count different things, 万吨 and 万亩 measure different ones, 元 and 美元 are two
    # moneys: what in_base says each measures tells
    measured, amount = in_base(value, unit)
    other, one = in_base(Decimal(1), to)
    if not measured or measured != other:
        return None
    return amount / one


def is_ceiling(kind: Kind, qualifiers: list[str], lower_is_better: bool) -> bool:
    """Whether a target's figure is an upper bound (at most it), by its qualifiers and indicator."""
    return _direction(Target(kind=kind, qualifiers=tuple(qualifiers), lower_is_better=lower_is_better))[0]


_IMPLIED = ("ensure", "reach")
"""Words that make a figure a floor only where no other word bounds it: 确保突破 must pass its
figure as 突破 does, 确保控制在…以内 is a ceiling (确保 changes nothing of what is met)."""


def _direction(target: Target) -> tuple[bool, bool]:
    """(ceiling, strict): whether the figure is an upper bound, and whether it must be passed."""
    for key in sorted(target.qualifiers, key=lambda k: k in _IMPLIED):  # stable: the others first
        bound = QUALIFIERS[key].bound
        if bound in ("cap", "below"):
            return True, bound == "below"
        if bound in ("floor", "above"):
            return False, bound == "above"
    # No word says which way: a fall is at least its figure; a level or rate to keep down
    # (unemployment, price rises) is at most its figure; anything else at least.
    return not KINDS[target.kind].falls and target.lower_is_better, False


def _difference_unit(rate: bool, unit: str | None) -> tuple[str | None, str | None]:
    """The unit of a difference from a figure: points for a rate, else the figure's own."""
    if rate or unit == "%":
        return POINTS, POINTS_EN
    known = unit_of(unit or "")
    return unit, (unit_en(known) if known else None)


def _relative(target: Target, outcome: Figures, reference: Figures | None) -> Judged:
    measure = target.measure
    if measure == "level":
        if reference is None or reference.level is None:
            return Judged("not_judged", note="the other figure's level is not in the dataset")
        actual = outcome.level
        other = None if actual is None else convert(reference.level, reference.level_unit, outcome.level_unit)
        unit = outcome.level_unit
    else:
        sign = -1 if measure == "decline" else 1
        actual = None if outcome.growth is None else sign * outcome.growth
        found = None if reference is None else reference.growth
        other = None if found is None else sign * found
        unit = "%"
    bound = _relative_bound(target, outcome)
    if actual is None:
        return Judged(
            "not_judged", note=f"the outcome gives no {'level' if measure == 'level' else 'growth rate'}"
        )
    if other is None:
        return Judged(
            "not_judged",
            actual,
            unit,
            note="the other figure's outcome for this year is not in the dataset",
            bound=bound,
        )
    assert reference is not None
    other_bound = _relative_bound(target, reference)
    relation = QUALIFIERS[next(k for k in target.qualifiers if QUALIFIERS[k].bound in RELATIONS)].bound
    margin = target.margin or 0
    strict = relation != "same_or_more" and target.margin is None
    no_worse = _no_worse(target, relation)
    spreads = [_relative_spread(target, figures, unit) for figures in (outcome, reference)]
    ours = span(actual, spread=spreads[0], bound=bound)
    # 低于全省: met by as much as the result is below the other figure (less the margin).
    lower = relation == "less"
    line = other - margin if lower else other + margin
    theirs = span(line, spread=spreads[1], bound=other_bound)
    values = theirs.less(ours) if lower else ours.less(theirs)
    difference = line - actual if lower else actual - line
    if strict and difference == 0 and values.low == values.high:
        return _at_a_line_to_pass(actual, unit, other, other=True, lower=lower)
    met = side(values, Decimal(0), ceiling=no_worse, strict=strict)
    if met is None:
        return _on_the_line(values, actual, unit, line, bound=bound, other=(other, other_bound))
    zh, en = _difference_unit(measure != "level", unit)
    # 高2个百分点左右: "about" is the margin's, and spans what it does for any other figure.
    near = (
        not met
        and (bound, other_bound) == (None, None)
        and _about(target)
        and target.margin is not None
        and abs(difference) <= tolerance(target.margin)
    )
    status: Status = "met" if met else "missed"
    return Judged(
        status,
        actual,
        unit,
        other,
        difference,
        zh,
        en,
        near_miss=near,
        bound=bound,
        reference_bound=other_bound,
    )


def _relative_bound(target: Target, figures: Figures) -> FigureBound | None:
    """The bound of the figure a relative target compares, turned for a fall."""
    if target.measure == "level":
        return figures.level_bound
    bound = figures.growth_bound
    return TURNED[bound] if bound is not None and target.measure == "decline" else bound


def _no_worse(target: Target, relation: Bound) -> bool:
    """Whether a relative target asks to be no worse than the other figure on an indicator to keep
    down: 城镇调查失业率与全省保持一致 is met at or below the province's rate, not above it. 高于
    and the like still ask for more, and 低于 for less, as their words say; a fall (``decline``)
    is already turned round."""
    return target.lower_is_better and target.measure != "decline" and relation == "same_or_more"


def _relative_spread(target: Target, figures: Figures, unit: str | None) -> Decimal | None:
    """What one of a relative target's figures spans either side, in ``unit`` (None: not an estimate)."""
    level = target.measure == "level"
    figure = figures.level if level else figures.growth
    if not figures.estimate or figure is None:
        return None
    spread = tolerance(figure)
    return (convert(spread, figures.level_unit, unit) or spread) if level else spread


def _goal(target: Target, outcome: Figures) -> Judged:
    # A goal that is not judged still has the year's result beside it: its growth, which a goal reads.
    shown = Judged(
        "not_judged",
        outcome.growth,
        None if outcome.growth is None else "%",
        bound=None if outcome.growth is None else outcome.growth_bound,
    )
    key = goal_key(target.goal or "")
    if key is None:
        return shown._replace(note="a goal in the report's own words is not judged automatically")
    bound = GOALS[key].bound
    if bound not in ("above", "below"):
        return shown._replace(note="a goal without a figure is not judged")
    if outcome.growth is None:
        return Judged("not_judged", note="the outcome gives no growth rate")
    growth = outcome.growth
    values = span(growth, spread=_spread(target, outcome), bound=outcome.growth_bound)
    met = side(values, Decimal(0), ceiling=bound == "below", strict=True)
    if met is None:
        return _on_the_line(values, growth, "%", Decimal(0), bound=outcome.growth_bound)
    status: Status = "met" if met else "missed"
    return Judged(status, growth, "%", None, growth, POINTS, POINTS_EN, bound=outcome.growth_bound)
