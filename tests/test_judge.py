"""Tests of the rules that judge a target against its outcome (docs/format.md lists them), and of
judgements as a target's row gives them (the cases of issue 25: a parent that cannot be found, an
estimate on the line, a near miss)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from govtargets.dataset.judge import (
    LEVEL_ONLY,
    Figures,
    Judged,
    Span,
    Target,
    convert,
    is_ceiling,
    judge,
    judge_apart,
    side,
    span,
    tolerance,
)
from govtargets.dataset.vocab import Kind

from .conftest import ECHENG, ECHENG_2023, GDP, Record, Run, dataset_text

GROWTH = Figures(growth=D("8.2"))


@pytest.mark.parametrize(
    ("target", "outcome", "status", "difference"),
    [
        (Target(Kind.GROWTH, D(8)), GROWTH, "met", D("0.2")),
        (Target(Kind.GROWTH, D(9), qualifiers=("or_more",)), GROWTH, "missed", D("-0.8")),
        (
            Target(Kind.GROWTH, D("8.3"), qualifiers=("over",)),
            GROWTH,
            "missed",
            D("-0.1"),
        ),  # 超: more than it
        (
            Target(Kind.GROWTH, D("8.2"), qualifiers=("about",)),
            GROWTH,
            "met",
            D(0),
        ),  # 左右: met from the figure up
        (Target(Kind.GROWTH, D(8), D(9)), GROWTH, "met", D("0.2")),  # a range: met from its bottom
        (
            Target(Kind.DECLINE, D("4.5")),
            Figures(growth=D("-4.6")),
            "met",
            D("0.1"),
        ),  # a fall of at least 4.5
        (Target(Kind.DECLINE, D("4.5")), Figures(growth=D(-3)), "missed", D("-1.5")),
        (
            Target(Kind.LEVEL, D(5), unit="%", lower_is_better=True),
            Figures(level=D("4.8"), level_unit="%"),
            "met",
            D("-0.2"),
        ),
        (
            Target(Kind.LEVEL, D(5), unit="%", qualifiers=("keep_within", "within")),
            Figures(level=D("5.1"), level_unit="%"),
            "missed",
            D("0.1"),
        ),
        (
            Target(Kind.LEVEL, D(5), unit="%", qualifiers=("or_more",), lower_is_better=True),
            Figures(level=D(6), level_unit="%"),
            "met",
            D(1),
        ),
        (
            Target(Kind.LEVEL, D(65), unit="亿元", qualifiers=("strive_for",)),
            Figures(level=D("0.7"), level_unit="万亿元"),
            "met",
            D(6935),
        ),
        (Target(Kind.CHANGE_PP, D("0.5")), Figures(change_pp=D("0.3")), "missed", D("-0.2")),
        (Target(Kind.QUALITATIVE, goal="positive_growth"), Figures(growth=D("1.6")), "met", D("1.6")),
        (Target(Kind.QUALITATIVE, goal="keep_falling"), Figures(growth=D(2)), "missed", D(2)),
    ],
)
def test_numeric_targets_and_judged_goals(
    target: Target, outcome: Figures, status: str, difference: D
) -> None:
    """Each kind and bound, with the difference (actual less target) it reports."""
    verdict = judge(target, outcome)
    assert (verdict.status, verdict.difference) == (status, difference)


def test_differences_of_rates_are_in_percentage_points() -> None:
    """A growth rate or a level in % misses by percentage points; an amount by its own unit."""
    assert judge(Target(Kind.GROWTH, D(8)), GROWTH).difference_unit == "个百分点"
    assert (
        judge(Target(Kind.LEVEL, D(5), unit="%"), Figures(level=D(6), level_unit="%")).difference_unit
        == "个百分点"
    )
    assert (
        judge(Target(Kind.LEVEL, D(65), unit="亿元"), Figures(level=D(70), level_unit="亿元")).difference_unit
        == "亿元"
    )


def test_differences_of_per_mille_rates_are_per_mille() -> None:
    """人口自然增长率控制在7‰ against 6.12‰ is met by 0.88‰, not by 0.88 percentage points."""
    judged = judge(Target(Kind.LEVEL, D(7), unit="‰"), Figures(level=D("6.12"), level_unit="‰"))
    assert (judged.difference, judged.difference_unit, judged.difference_unit_en) == (
        D("-0.88"),
        "‰",
        "per mille",
    )


@pytest.mark.parametrize(
    ("qualifiers", "margin", "own", "other", "status"),
    [
        (("in_step",), None, D("7.9"), D("8.2"), "missed"),  # 同步: at least the other's growth
        (("basically_in_step",), None, D("8.2"), D("8.2"), "met"),
        (("higher_than",), None, D("8.2"), D("8.2"), "not_judged"),  # 高于 at the figure: rounded, either
        (("higher_than",), None, D("8.1"), D("8.2"), "missed"),  # 高于: more than it
        (("faster_than",), None, D(9), D("8.2"), "met"),
        (("higher_than",), D("1.2"), D(9), D(8), "missed"),  # 高于城镇1.2个百分点: by 1.2 at least
        (("higher_than",), D("1.2"), D("9.2"), D(8), "met"),
    ],
)
def test_relative_targets_against_the_other_figure(
    qualifiers: tuple[str, ...], margin: D | None, own: D, other: D, status: str
) -> None:
    """与经济增长同步, 高于, 快于, with and without a margin."""
    target = Target(Kind.RELATIVE, qualifiers=qualifiers, margin=margin)
    verdict = judge(target, Figures(growth=own), Figures(growth=other))
    assert verdict.status == status
    assert verdict.reference_actual == other


def test_a_relative_target_to_pass_the_other_figure_at_it_is_not_judged() -> None:
    """高于全国 at the country's very rate (both 8.2%, each rounded to its last digit) cannot tell
    which is higher, as a result at a figure to pass cannot: not judged, with a note (it read
    missed by 0)."""
    verdict = judge(
        Target(Kind.RELATIVE, qualifiers=("higher_than",)), Figures(growth=D("8.2")), Figures(growth=D("8.2"))
    )
    assert (verdict.status, verdict.actual, verdict.reference_actual, verdict.difference) == (
        "not_judged",
        D("8.2"),
        D("8.2"),
        None,
    )
    assert verdict.note == (
        "the result is the other figure itself (8.2), which the target asks to pass: the figures,"
        " each rounded to its last digit, cannot tell which is higher"
    )


def test_a_relative_decline_compares_falls() -> None:
    """降幅大于全省平均: a fall of 12% beats the province's 10%."""
    target = Target(Kind.RELATIVE, qualifiers=("greater_than",), measure="decline")
    assert judge(target, Figures(growth=D(-12)), Figures(growth=D(-10))).status == "met"


@pytest.mark.parametrize(
    ("qualifiers", "own", "status", "difference"),
    [
        (("in_step",), D("5.4"), "missed", D("0.3")),  # above the province's 5.1%: worse
        (("in_step",), D("5.1"), "met", D(0)),
        (("basically_in_step",), D("4.9"), "met", D("-0.2")),  # below it: better
        (("higher_than",), D("5.4"), "met", D("0.3")),  # 高于 asks for more, as it says
    ],
)
def test_in_step_on_an_indicator_to_keep_down_is_no_worse(
    qualifiers: tuple[str, ...], own: D, status: str, difference: D
) -> None:
    """城镇调查失业率与全省保持一致 is met at or below the province's rate, never above it."""
    target = Target(Kind.RELATIVE, qualifiers=qualifiers, measure="level", lower_is_better=True)
    verdict = judge(target, Figures(level=own, level_unit="%"), Figures(level=D("5.1"), level_unit="%"))
    assert (verdict.status, verdict.difference, verdict.reference_actual) == (status, difference, D("5.1"))


@pytest.mark.parametrize(
    ("margin", "own", "status", "difference"),
    [
        (None, D("1.2"), "met", D("0.3")),  # 低于全省平均 (1.5%): 1.2% is lower by 0.3
        (None, D("1.8"), "missed", D("-0.3")),
        (D("0.5"), D("1.2"), "missed", D("-0.2")),  # 低于全省0.5个百分点: 1% or less
        (D("0.5"), D("0.9"), "met", D("0.1")),
    ],
)
def test_lower_than_the_other_figure_is_met_below_it(
    margin: D | None, own: D, status: str, difference: D
) -> None:
    """居民消费价格涨幅低于全省平均水平 is met below the province's rise, by at least the margin."""
    target = Target(
        Kind.RELATIVE, qualifiers=("lower_than",), measure="level", margin=margin, lower_is_better=True
    )
    verdict = judge(target, Figures(level=own, level_unit="%"), Figures(level=D("1.5"), level_unit="%"))
    assert (verdict.status, verdict.difference, verdict.reference_actual) == (status, difference, D("1.5"))


def test_lower_than_the_other_figure_at_it_is_not_judged() -> None:
    """低于全省 at the province's very rate cannot tell which is lower: not judged, with a note."""
    target = Target(Kind.RELATIVE, qualifiers=("lower_than",), measure="level", lower_is_better=True)
    verdict = judge(target, Figures(level=D("1.5"), level_unit="%"), Figures(level=D("1.5"), level_unit="%"))
    assert (verdict.status, verdict.note) == (
        "not_judged",
        "the result is the other figure itself (1.5), which the target asks to stay below: the figures,"
        " each rounded to its last digit, cannot tell which is lower",
    )


def test_lower_than_an_estimate_near_it_cannot_tell() -> None:
    """低于全省 against the province's 预计1.5%左右 (1.45 to 1.55) cannot tell from 1.52%."""
    target = Target(Kind.RELATIVE, qualifiers=("lower_than",), measure="level", lower_is_better=True)
    verdict = judge(
        target,
        Figures(level=D("1.52"), level_unit="%"),
        Figures(level=D("1.5"), level_unit="%", estimate=True),
    )
    assert (verdict.status, verdict.note) == (
        "not_judged",
        "an estimate on the line: 1.52 give or take 0.05, the line 1.5",
    )


@pytest.mark.parametrize(
    ("target", "outcome", "reference", "note"),
    [
        (
            Target(Kind.QUALITATIVE, goal="steady_improve"),
            GROWTH,
            None,
            "a goal without a figure is not judged",
        ),
        (
            Target(Kind.GROWTH, D(8)),
            Figures(change_pp=D(1)),
            None,
            "the outcome gives no growth rate",
        ),
        (
            Target(Kind.LEVEL, D(8), unit="%"),
            Figures(level=D(10), level_unit="亿元"),
            None,
            "the outcome's level is in 亿元",
        ),
        (
            Target(Kind.RELATIVE, qualifiers=("in_step",)),
            GROWTH,
            None,
            "the other figure's outcome for this year is not in the dataset",
        ),
    ],
)
def test_what_cannot_be_told_is_not_judged(
    target: Target, outcome: Figures, reference: Figures | None, note: str
) -> None:
    """Never a guess: a target the figures cannot judge says why."""
    verdict = judge(target, outcome, reference)
    assert verdict.status == "not_judged"
    assert verdict.note is not None
    assert verdict.note.startswith(note)


@pytest.mark.parametrize("kind", [Kind.GROWTH, Kind.DECLINE, Kind.CHANGE_PP])
def test_a_result_of_only_a_level_is_shown_not_judged(kind: Kind) -> None:
    """A growth (fall, change) target whose result gives only a level (突破2万亿元) has that level as
    its actual, in its own unit and bound, not judged: no growth is worked out from two levels."""
    verdict = judge(Target(kind, D(9)), Figures(level=D(2), level_unit="万亿元", level_bound="more_than"))
    assert verdict == Judged(
        "not_judged",
        D(2),
        "万亿元",
        note="level only, not judged: the result gives only a level (a change is never worked out from two levels)",
        bound="more_than",
    )


def test_units_convert_within_their_kind_only() -> None:
    """亿元 and 万亿元 convert; 亿元 and 万人 do not."""
    assert convert(D("1.14"), "万亿元", "亿元") == D("11400")
    assert convert(D(1), "亿元", "万人") is None


def test_a_measure_converts_between_its_units_and_a_rate_between_percent_and_per_mille() -> None:
    """Guangxi 2021: 粮食产量277.3亿斤 is 1386.5万吨, against 稳定在1370万吨 met; 万吨 and 亿公斤,
    % and ‰ convert too (each was "not judged"); 万人 and 万个, 万吨 and 万亩 still do not."""
    assert convert(D("277.3"), "亿斤", "万吨") == D("1386.5")
    assert convert(D("1092.8"), "万吨", "亿公斤") == D("109.28")
    assert convert(D("0.65"), "%", "‰") == D("6.5")
    assert convert(D(5), "万人", "万个") is None
    assert convert(D(5), "万吨", "万亩") is None
    assert convert(D(5), "万亩", "公顷") is None  # 亩 is no exact decimal of a square metre
    target = Target(Kind.LEVEL, D(1370), unit="万吨", qualifiers=("keep",))
    verdict = judge(target, Figures(level=D("277.3"), level_unit="亿斤"))
    assert (verdict.status, verdict.actual, verdict.actual_unit, verdict.difference) == (
        "met",
        D("1386.5"),
        "万吨",
        D("16.5"),
    )


def test_a_price_index_and_a_price_rise_judge_each_other() -> None:
    """Sichuan 2016: 居民消费价格指数控制在103左右 against 居民消费价格上涨1.9% is an index of 101.9 (the
    year before = 100), met; a rise target against an index outcome reads the index as a rise
    (both were "not judged"); the note says how it was read."""
    index = Target(Kind.LEVEL, D(103), qualifiers=("keep_within", "about"), lower_is_better=True)
    verdict = judge(index, Figures(level=D("1.9"), level_unit="%"))
    assert (verdict.status, verdict.actual, verdict.actual_unit, verdict.difference, verdict.note) == (
        "met",
        D("101.9"),
        None,
        D("-1.1"),
        "a rise of 1.9% read as an index of 101.9 (the year before = 100)",
    )
    rise = Target(Kind.LEVEL, D(3), unit="%", qualifiers=("about",), lower_is_better=True)
    verdict = judge(rise, Figures(level=D("103.5"), level_unit=None))
    assert (verdict.status, verdict.actual, verdict.actual_unit, verdict.note) == (
        "missed",
        D("3.5"),
        "%",
        "an index of 103.5 (the year before = 100) read as a rise of 3.5%",
    )
    assert judge(rise, Figures(level=D("95"), level_unit=None)).status == "not_judged"  # no index


def test_which_targets_are_ceilings() -> None:
    """以内 caps; an unemployment rate is kept down; 以上 on it is a floor again."""
    assert is_ceiling(Kind.LEVEL, ["within"], False)
    assert is_ceiling(Kind.LEVEL, [], True)
    assert not is_ceiling(Kind.LEVEL, ["or_more"], True)
    assert not is_ceiling(Kind.DECLINE, [], True)


@pytest.mark.parametrize(
    ("qualifiers", "level", "status"),
    [
        (("ensure", "break_through"), D("5.99"), "missed"),  # 确保突破6万亿元: 5.99 does not pass it
        (("ensure", "break_through"), D("6.01"), "met"),
        (("ensure", "more_than"), D("5.9"), "missed"),
        (("reach", "more_than"), D("5.9"), "missed"),
        (("ensure", "or_more"), D(6), "met"),
    ],
)
def test_ensure_and_reach_leave_a_stricter_word_its_bound(
    qualifiers: tuple[str, ...], level: D, status: str
) -> None:
    """确保 and 达到 change nothing of what 突破 or 超过 after them asks: the figure must be passed."""
    target = Target(Kind.LEVEL, D(6), unit="万亿元", qualifiers=qualifiers)
    assert judge(target, Figures(level=level, level_unit="万亿元")).status == status


@pytest.mark.parametrize("qualifiers", [("ensure", "break_through"), ("more_than",), ("over",)])
def test_a_result_at_a_line_to_pass_is_not_judged(qualifiers: tuple[str, ...]) -> None:
    """突破6万亿元 against 确保突破6万亿元 (sichuan 2023, the result recorded at its bound): not judged, where it read missed by 0."""
    target = Target(Kind.LEVEL, D(6), unit="万亿元", qualifiers=qualifiers)
    verdict = judge(target, Figures(level=D(6), level_unit="万亿元"))
    assert (verdict.status, verdict.actual, verdict.difference, verdict.near_miss) == (
        "not_judged",
        D(6),
        None,
        False,
    )
    assert verdict.note == (
        "the result is the line itself (6), which the target asks to pass: the figures cannot tell"
        " which side it fell (a result given as a bound, 突破6万亿元, is marked level_bound)"
    )
    # Given as the bound it is (突破6万亿元: more than 6), it is met, by at least 0.
    bounded = judge(target, Figures(level=D(6), level_unit="万亿元", level_bound="more_than"))
    assert (bounded.status, bounded.difference, bounded.bound, bounded.note) == (
        "met",
        D(0),
        "more_than",
        None,
    )


def test_ensure_keeping_within_is_a_ceiling() -> None:
    """确保控制在5%以内: a ceiling, as 控制在…以内 alone is, though 确保 says at least on its own."""
    assert is_ceiling(Kind.LEVEL, ["ensure", "keep_within", "within"], False)
    target = Target(Kind.LEVEL, D(5), unit="%", qualifiers=("ensure", "keep_within", "within"))
    verdict = judge(target, Figures(level=D("4.2"), level_unit="%"))
    assert (verdict.status, verdict.difference) == ("met", D("-0.8"))


@pytest.mark.parametrize(
    ("figure", "spans"),
    [(D(6), D("0.5")), (D("6.5"), D("0.05")), (D(103), D("0.5")), (D("9.0"), D("0.05"))],
)
def test_an_approximate_figure_spans_half_a_unit_of_its_last_digit(figure: D, spans: D) -> None:
    """6%左右 spans 5.5 to 6.5; 6.5%左右, 6.45 to 6.55; 9.0 as written, 8.95 to 9.05."""
    assert tolerance(figure) == spans


def test_an_estimate_on_the_line_is_not_judged() -> None:
    """Yangzhou 2024: 6%以上 against 预计…增长6%左右 cannot tell (it was "met by 0 pp")."""
    target = Target(Kind.GROWTH, D(6), qualifiers=("or_more",))
    verdict = judge(target, Figures(growth=D(6), estimate=True))
    assert verdict == Judged(
        "not_judged", D(6), "%", note="an estimate on the line: 6 give or take 0.5, the line 6"
    )
    # The same figure as a final one meets it; an estimate half a unit or more off the line decides.
    assert judge(target, Figures(growth=D(6))).status == "met"
    assert judge(target, Figures(growth=D("6.3"), estimate=True)).difference == D("0.3")
    assert judge(target, Figures(growth=D("5.5"), estimate=True)).status == "missed"
    assert judge(target, Figures(growth=D("6.5"), estimate=True)).status == "met"
    assert judge(target, Figures(growth=D(5), estimate=True)).status == "missed"


@pytest.mark.parametrize(
    ("target", "outcome", "status", "difference"),
    [
        # 13% against 增长12%以上: anything from 12 up, on both sides of 13.
        (Target(Kind.GROWTH, D(13)), Figures(growth=D(12), growth_bound="at_least"), "not_judged", None),
        # 6%左右 against 预计增长6%以上: the bound is the report's own line, not widened by 预计.
        (
            Target(Kind.GROWTH, D(6), qualifiers=("about",)),
            Figures(growth=D(6), estimate=True, growth_bound="at_least"),
            "met",
            D(0),
        ),
        # A ceiling: 控制在3%以内 against 3.5%以内 cannot tell; against 2%以下 it is met.
        (
            Target(Kind.LEVEL, D(3), unit="%", qualifiers=("keep_within", "within")),
            Figures(level=D("3.5"), level_unit="%", level_bound="at_most"),
            "not_judged",
            None,
        ),
        (
            Target(Kind.LEVEL, D(3), unit="%", qualifiers=("keep_within", "within")),
            Figures(level=D(2), level_unit="%", level_bound="at_most"),
            "met",
            D(-1),
        ),
        # A ceiling against a result at least above it: missed, by at least 1.
        (
            Target(Kind.LEVEL, D(3), unit="%", qualifiers=("within",)),
            Figures(level=D(4), level_unit="%", level_bound="at_least"),
            "missed",
            D(1),
        ),
        # 突破 against 超过 the very figure, and against at least it.
        (
            Target(Kind.LEVEL, D(6), unit="万亿元", qualifiers=("break_through",)),
            Figures(level=D(6), level_unit="万亿元", level_bound="at_least"),
            "not_judged",
            None,
        ),
        # A floor against less than its figure: missed; against at most its figure: the figure itself may meet it.
        (Target(Kind.GROWTH, D(6)), Figures(growth=D(6), growth_bound="less_than"), "missed", D(0)),
        (Target(Kind.GROWTH, D(6)), Figures(growth=D(6), growth_bound="at_most"), "not_judged", None),
        # A range is met from its bottom: 5%—5.5% against 5%以上.
        (Target(Kind.GROWTH, D(5), D("5.5")), Figures(growth=D(5), growth_bound="at_least"), "met", D(0)),
        # A decline (下降3%以上 is growth of -3 at most) against a fall of 2 to keep: met by at least 1.
        (Target(Kind.DECLINE, D(2)), Figures(growth=D(-3), growth_bound="at_most"), "met", D(1)),
        # A bound on another figure than the one read changes nothing.
        (
            Target(Kind.GROWTH, D(6)),
            Figures(growth=D(7), level=D(6), level_unit="万亿元", level_bound="more_than"),
            "met",
            D(1),
        ),
    ],
)
def test_a_result_given_as_a_bound(
    target: Target, outcome: Figures, status: str, difference: D | None
) -> None:
    """A bound decides where every value it allows is on one side of the line, else not judged."""
    verdict = judge(target, outcome)
    assert (verdict.status, verdict.difference, verdict.near_miss) == (status, difference, False)


def test_a_bound_on_the_line_says_so_and_is_never_a_near_miss() -> None:
    """The note names the bound and the line; a bound missing a target "about" its figure is no near miss."""
    verdict = judge(Target(Kind.GROWTH, D(13)), Figures(growth=D(12), growth_bound="at_least"))
    assert verdict == Judged(
        "not_judged",
        D(12),
        "%",
        note="a result given as a bound, on the line: at least 12, the line 13",
        bound="at_least",
    )
    about = Target(Kind.GROWTH, D(6), qualifiers=("about",))
    assert judge(about, Figures(growth=D("5.8"))).near_miss is True
    missed = judge(about, Figures(growth=D("5.8"), growth_bound="less_than"))
    assert (missed.status, missed.near_miss, missed.bound) == ("missed", False, "less_than")


def test_bounds_of_goals_and_relative_targets() -> None:
    """正增长 against 增长0%以上 cannot tell, against 超过0 it is met; 同步 with a bound either side."""
    positive = Target(Kind.QUALITATIVE, goal="positive_growth")
    assert judge(positive, Figures(growth=D(0), growth_bound="at_least")).status == "not_judged"
    assert judge(positive, Figures(growth=D(0), growth_bound="more_than")).status == "met"
    in_step = Target(Kind.RELATIVE, qualifiers=("in_step",), measure="growth")
    met = judge(in_step, Figures(growth=D(7), growth_bound="at_least"), Figures(growth=D(6)))
    assert (met.status, met.difference, met.bound, met.reference_bound) == ("met", D(1), "at_least", None)
    unsure = judge(in_step, Figures(growth=D(7)), Figures(growth=D(6), growth_bound="at_least"))
    assert unsure.note == "a result given as a bound, on the line: 7 against at least 6, the line 6"
    missed = judge(in_step, Figures(growth=D(5)), Figures(growth=D(6), growth_bound="at_least"))
    assert (missed.status, missed.reference_bound) == ("missed", "at_least")


def test_a_relative_target_on_the_line_keeps_the_other_figure() -> None:
    """同步 against a GDP given as 增长6%以上 cannot tell from 7%, and still gives the other figure,
    6, beside its bound (reference_bound was at_least with reference_actual null), as an estimate on
    the line does."""
    in_step = Target(Kind.RELATIVE, qualifiers=("in_step",), measure="growth")
    unsure = judge(in_step, Figures(growth=D(7)), Figures(growth=D(6), growth_bound="at_least"))
    assert (unsure.status, unsure.reference_actual, unsure.reference_bound) == (
        "not_judged",
        D(6),
        "at_least",
    )
    guessed = judge(in_step, Figures(growth=D(6), estimate=True), Figures(growth=D(6)))
    assert (guessed.status, guessed.reference_actual, guessed.reference_bound) == ("not_judged", D(6), None)


def test_side_is_the_one_rule_of_estimates_and_bounds() -> None:
    """An estimate's ends are not among its values; a bound's own figure is, unless it is 超过."""
    assert span(D(6), spread=D("0.5")) == Span(D("5.5"), D("6.5"), False, False)
    assert side(span(D(6), spread=D("0.5")), D("5.5"), ceiling=False, strict=True) is True
    assert side(span(D(6), bound="more_than"), D(6), ceiling=False, strict=True) is True
    assert side(span(D(6), bound="at_least"), D(6), ceiling=False, strict=True) is None
    assert side(span(D(6), bound="at_most"), D(6), ceiling=True, strict=False) is True
    assert side(span(D(6), bound="at_most"), D(6), ceiling=True, strict=True) is None


def test_estimates_on_the_line_of_levels_goals_and_relative_targets() -> None:
    """An estimated level in 万亿元 spans its own digit; 正增长 against 预计0; 同步 of two estimates."""
    level = Target(Kind.LEVEL, D(9500), unit="亿元")
    assert judge(level, Figures(level=D("0.95"), level_unit="万亿元", estimate=True)).note == (
        "an estimate on the line: 9500 give or take 50, the line 9500"
    )
    assert judge(
        Target(Kind.QUALITATIVE, goal="positive_growth"), Figures(growth=D(0), estimate=True)
    ).status == ("not_judged")
    # Yangzhou 2024: income 预计5.5%左右 against GDP 预计6%左右: 5.55 could reach 5.5.
    in_step = Target(Kind.RELATIVE, qualifiers=("in_step",))
    verdict = judge(in_step, Figures(growth=D("5.5"), estimate=True), Figures(growth=D(6), estimate=True))
    assert verdict.note == "an estimate on the line: 5.5 give or take 0.55, the line 6"
    assert judge(in_step, Figures(growth=D("5.5")), Figures(growth=D(6))).status == "missed"


def test_a_target_about_its_figure_missed_within_it_is_a_near_miss() -> None:
    """Suzhou 2023: 5%左右 against 4.6% is missed by 0.4 pp, a near miss; 4.4% is not near."""
    about = Target(Kind.GROWTH, D(5), qualifiers=("about",))
    verdict = judge(about, Figures(growth=D("4.6")))
    assert (verdict.status, verdict.difference, verdict.near_miss) == ("missed", D("-0.4"), True)
    assert judge(about, Figures(growth=D("4.5"))).near_miss is True
    assert judge(about, Figures(growth=D("4.4"))).near_miss is False
    assert judge(Target(Kind.GROWTH, D(5)), Figures(growth=D("4.6"))).near_miss is False
    ceiling = Target(Kind.LEVEL, D(3), unit="%", qualifiers=("keep_within", "about"))
    assert judge(ceiling, Figures(level=D("3.2"), level_unit="%")).near_miss is True


def test_a_relative_target_about_its_margin_missed_within_it_is_a_near_miss() -> None:
    """Fujian 2016: 比全国高2个百分点左右 with 8.4% against 6.7% is missed by 0.3 pp, a near miss."""
    about = Target(Kind.RELATIVE, qualifiers=("keep", "higher_than", "about"), margin=D(2))
    verdict = judge(about, Figures(growth=D("8.4")), Figures(growth=D("6.7")))
    assert (verdict.status, verdict.difference, verdict.near_miss) == ("missed", D("-0.3"), True)
    assert judge(about, Figures(growth=D("8.2")), Figures(growth=D("6.7"))).near_miss is True
    assert judge(about, Figures(growth=D("8.1")), Figures(growth=D("6.7"))).near_miss is False
    exact = Target(Kind.RELATIVE, qualifiers=("higher_than",), margin=D(2))
    assert judge(exact, Figures(growth=D("8.4")), Figures(growth=D("6.7"))).near_miss is False
    in_step = Target(Kind.RELATIVE, qualifiers=("basically_in_step",))
    assert judge(in_step, Figures(growth=D("6.5")), Figures(growth=D("6.6"))).near_miss is False


# 鄂城区 2023: its parent 鄂州市 declared as a division, as docs/format.md says divisions are for.
EZHOU = {"code": "420700", "name_zh": "鄂州市", "name_en": "Ezhou", "level": "prefecture"}


def _echeng(*parent: Record, parent_code: str | None = "420700") -> str:
    """鄂城区's 2023 report, whose GDP is to grow faster than its parent's, after ``parent``."""
    return dataset_text(
        ("sources", ECHENG_2023),
        ("indicators", GDP),
        *parent,
        ("regions", {**ECHENG, "parent": parent_code}),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        ("reports.targets", {
            "indicator": "gdp", "kind": "relative", "qualifiers": ["高于"], "against_region": "parent",
            "wording": "实现GDP增速高于全市平均水平",
        }),
        ("outcomes", {
            "region": "echeng", "year": 2023, "indicator": "gdp", "growth": 6.5, "wording": "地区生产总值增长6.5%",
            "source": "echeng-2024",
        }),
        ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),  # its results
    )  # fmt: skip


def _target(run: Run, path: Path) -> dict[str, object]:
    result = run("show", "echeng", "--json", data=path)
    assert result.exit_code == 0, result.stderr
    (target,) = json.loads(result.stdout)["targets"]
    return {
        k: target[k]
        for k in (
            "figure_en",
            "against_region",
            "reference",
            "actual",
            "outcome",
            "difference",
            "outcome_note",
        )
    }


def test_a_parent_declared_only_as_a_division_is_not_compared_with_the_region_itself(
    tmp_path: Path, run: Run
) -> None:
    """高于全市平均 with the city a division: not judged, with the reason (never "missed by 0 pp")."""
    path = tmp_path / "echeng.toml"
    path.write_text(_echeng(("divisions", EZHOU)), encoding="utf-8")
    assert _target(run, path) == {
        "figure_en": "higher than the parent region",
        "against_region": None,
        "reference": None,
        "actual": 6.5,
        "outcome": "not_judged",
        "difference": None,
        "outcome_note": "its parent 鄂州市 (420700) is only a division, with no outcomes to compare with",
    }
    result = run("validate", "--no-bundled", str(path), data=None)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        f"{path}:37: warning: report echeng 2023, target gdp: field 'against_region': its parent 鄂州市"
        " (420700) is only a division, with no outcomes to compare with: the target is not judged"
        " (declare the parent as a [[regions]] record, with its outcomes)"
    )


def test_a_region_with_no_parent_is_not_compared_with_itself(tmp_path: Path, run: Run) -> None:
    """The same target in a region with no parent: not judged, and validate warns."""
    path = tmp_path / "echeng.toml"
    path.write_text(_echeng(("divisions", EZHOU), parent_code=None), encoding="utf-8")
    assert _target(run, path)["outcome_note"] == "鄂城区 has no parent to compare with"
    result = run("validate", "--no-bundled", str(path), data=None)
    assert "鄂城区 has no parent to compare with: the target is not judged (give the region a parent" in (
        result.stdout
    )


def test_a_parent_declared_as_a_region_is_judged(tmp_path: Path, run: Run) -> None:
    """鄂州市 as a [[regions]] record with its outcome: Echeng's 6.5% beats the city's 6%."""
    city = _echeng(
        ("regions", {"id": "ezhou", **EZHOU}),
        ("outcomes", {
            "region": "ezhou", "year": 2023, "indicator": "gdp", "growth": 6, "wording": "增长6%", "source": "echeng-2023",
        }),
    )  # fmt: skip
    path = tmp_path / "echeng.toml"
    path.write_text(city, encoding="utf-8")
    assert _target(run, path) == {
        "figure_en": "higher than Ezhou",
        "against_region": "ezhou",
        "reference": "ezhou gdp",
        "actual": 6.5,
        "outcome": "met",
        "difference": 0.5,
        "outcome_note": None,
    }
    assert run("validate", "--no-bundled", str(path), data=None).stdout.startswith("0 errors and 0 warnings")


# Yangzhou 2024 (6%以上 against 预计…增长6%左右) and Suzhou 2023 (5%左右 against 4.6%), as one region.
BUDGET = {
    "indicator": "budget_revenue",
    "kind": "growth",
    "value": 5,
    "qualifiers": ["左右"],
    "wording": "一般公共预算收入增长5%左右",
}
BUDGET_OUTCOME = {
    "region": "town",
    "year": 2024,
    "indicator": "budget_revenue",
    "growth": 4.6,
    "wording": "一般公共预算收入增长4.6%",
}


def _town(
    *, budget: Record = ("reports.targets", BUDGET), outcome: Mapping[str, Any] = BUDGET_OUTCOME
) -> str:
    """A town's 2024 report: GDP 6%以上 against an estimate of 6%左右, and a ``budget`` target
    against its ``outcome``."""
    return dataset_text(
        ("sources", {"id": "town-2024", "title": "某市政府工作报告", "publisher": "某市人民政府"}),
        ("indicators", {**GDP, "short_en": "GDP"}),
        ("indicators", {
            "key": "budget_revenue", "name_zh": "一般公共预算收入", "name_en": "General public budget revenue", "unit": "亿元",
        }),
        ("regions", {"id": "town", "code": "990101", "name_zh": "某市", "name_en": "Town", "level": "prefecture"}),
        ("reports", {"region": "town", "year": 2024, "source": "town-2024"}),
        ("reports.targets", {
            "indicator": "gdp", "kind": "growth", "value": 6, "qualifiers": ["以上"], "wording": "地区生产总值增长6%以上",
        }),
        budget,
        ("outcomes", {
            "region": "town", "year": 2024, "indicator": "gdp", "growth": 6, "estimate": True,
            "wording": "预计地区生产总值同比增长6%左右", "source": "town-2024",
        }),
        ("outcomes", {**outcome, "source": "town-2024"}),
    )  # fmt: skip


def test_an_estimate_on_the_line_and_a_near_miss_as_rows_tables_and_summary_give_them(
    tmp_path: Path, run: Run
) -> None:
    """预计6%左右 against 6%以上 is not judged, with why; 4.6% against 5%左右 is missed by 0.4 pp, a
    near miss, in JSON, in the table and counted apart in summary."""
    path = tmp_path / "town.toml"
    path.write_text(_town(), encoding="utf-8")
    rows = json.loads(run("show", "town", "--json", data=path).stdout)["targets"]
    assert [{k: t[k] for k in ("outcome", "near_miss", "difference", "outcome_note")} for t in rows] == [
        {
            "outcome": "not_judged",
            "near_miss": False,
            "difference": None,
            "outcome_note": "an estimate on the line: 6 give or take 0.5, the line 6",
        },
        {"outcome": "missed", "near_miss": True, "difference": -0.4, "outcome_note": None},
    ]
    table = run("show", "town", data=path, env={"COLUMNS": "160"}).stdout
    assert "not judged" in table
    assert "missed by 0.4 pp, a near miss" in table
    zh = run("show", "town", "--lang", "zh", data=path, env={"COLUMNS": "160"}).stdout
    assert "未完成 -0.4个百分点，接近完成" in zh
    (year,) = json.loads(run("summary", "--json", data=path).stdout)["years"]
    assert {k: year[k] for k in ("judged", "met", "missed", "near_missed", "not_judged")} == {
        "judged": 1,
        "met": 0,
        "missed": 1,
        "near_missed": 1,
        "not_judged": 1,
    }


def test_a_bounded_result_as_rows_tables_and_csv_give_it(tmp_path: Path, run: Run) -> None:
    """增长6%以上 against 5%左右: met by at least 1 pp, its row saying at_least, its tables "at least
    +6%" and "+6%以上", never a bare +6%."""
    path = tmp_path / "town.toml"
    bounded = {
        **BUDGET_OUTCOME,
        "growth": 6,
        "growth_bound": "at_least",
        "wording": "一般公共预算收入增长6%以上",
    }
    path.write_text(_town(outcome=bounded), encoding="utf-8")
    (_, row) = json.loads(run("show", "town", "--json", data=path).stdout)["targets"]
    keys = ("actual", "actual_bound", "reference_bound", "outcome", "near_miss", "difference", "outcome_note")
    assert {k: row[k] for k in keys} == {
        "actual": 6,
        "actual_bound": "at_least",
        "reference_bound": None,
        "outcome": "met",
        "near_miss": False,
        "difference": 1,
        "outcome_note": None,
    }
    table = run("show", "town", data=path, env={"COLUMNS": "120"}).stdout
    assert " General public budget revenue   about +5%     at least +6%   met by at least 1 pp   " in table
    zh = run("show", "town", "--lang", "zh", data=path, env={"COLUMNS": "120"}).stdout
    assert " 一般公共预算收入   +5%左右   +6%以上       完成 至少+1个百分点   " in zh
    sheet = list(csv.DictReader(io.StringIO(run("show", "town", "--format", "csv", data=path).stdout)))
    assert [(r["actual"], r["actual_bound"]) for r in sheet] == [("6", ""), ("6", "at_least")]
    # Met, but no gap to average: its 1 pp is only the least it can be.
    (year,) = json.loads(run("summary", "--json", data=path).stdout)["years"]
    assert {k: year[k] for k in ("judged", "met", "not_judged", "mean_difference_pp")} == {
        "judged": 1,
        "met": 1,
        "not_judged": 1,
        "mean_difference_pp": None,
    }


def test_every_unit_field_is_the_unit_of_its_number(tmp_path: Path, run: Run) -> None:
    """A budget of 65亿元 missed by 2亿元: unit_en and difference_unit_en say "100 million yuan"
    (not "yuan", off by 10⁸), in JSON and in CSV; the catalogue's unit too."""
    budget = {
        **BUDGET,
        "kind": "level",
        "value": 65,
        "unit": "亿元",
        "qualifiers": None,
        "wording": "一般公共预算收入65亿元",
    }
    outcome = {
        **BUDGET_OUTCOME,
        "growth": None,
        "level": 63,
        "level_unit": "亿元",
        "wording": "一般公共预算收入63亿元",
    }
    text = _town(budget=("reports.targets", budget), outcome=outcome)
    path = tmp_path / "town.toml"
    path.write_text(text, encoding="utf-8")
    (row,) = json.loads(run("targets", "--indicator", "budget_revenue", "--json", data=path).stdout)[
        "targets"
    ]
    assert {
        k: row[k] for k in ("value", "unit", "unit_en", "difference", "difference_unit", "difference_unit_en")
    } == {
        "value": 65,
        "unit": "亿元",
        "unit_en": "100 million yuan",
        "difference": -2,
        "difference_unit": "亿元",
        "difference_unit_en": "100 million yuan",
    }
    csv = run("targets", "--indicator", "budget_revenue", "--format", "csv", data=path).stdout.splitlines()
    header, line = csv[0].split(","), csv[1].split(",")
    assert [line[header.index(k)] for k in ("unit_en", "difference_unit_en")] == ["100 million yuan"] * 2
    indicators = json.loads(run("indicators", "--json", data=path).stdout)["indicators"]
    assert [i["unit_en"] for i in indicators] == ["100 million yuan", "100 million yuan"]


def test_a_goal_not_judged_keeps_the_years_growth_as_its_actual() -> None:
    """完成国家下达的目标 (no figure) and a goal in the report's own words are not judged, but keep
    the result's growth and its bound as their actual (it was null, and tables showed —); with no
    growth, none."""
    assigned = Target(Kind.QUALITATIVE, goal="meet_quota")
    fell = judge(assigned, Figures(growth=D("-3.5"), growth_bound="at_most", estimate=True))
    assert (fell.status, fell.actual, fell.actual_unit, fell.bound, fell.difference) == (
        "not_judged",
        D("-3.5"),
        "%",
        "at_most",
        None,
    )
    assert fell.note == "a goal without a figure is not judged"
    own = judge(Target(Kind.QUALITATIVE, goal="略低于上年"), Figures(growth=D("6.3")))
    assert (own.status, own.actual, own.actual_unit) == ("not_judged", D("6.3"), "%")
    level = judge(assigned, Figures(level=D(820), level_unit="亿斤"))
    assert (level.status, level.actual, level.actual_unit, level.bound) == ("not_judged", None, None, None)


def test_a_goal_not_judged_shows_its_actual_in_the_table_and_json_alike(run: Run) -> None:
    """Anhui 2011's 单位生产总值能耗完成国家下达目标 against 预计下降3.5%左右: Actual -3.5% (est.) in
    the table, actual -3.5 in JSON (both were empty), the judgement left blank in both."""
    args = ("targets", "--region", "anhui", "--year", "2011", "--indicator", "energy_intensity")
    (row,) = json.loads(run(*args, "--json", data=None).stdout)["targets"]
    assert (row["actual"], row["actual_unit"], row["actual_estimate"], row["outcome"], row["difference"]) == (
        -3.5,
        "%",
        True,
        "not_judged",
        None,
    )
    table = run(*args, "--width", "200", data=None).stdout
    assert " meet national targets   -3.5% (est.)   not judged " in table


def test_a_level_only_result_reads_the_same_in_table_csv_and_json(run: Run) -> None:
    """安徽 2021's retail sales target (+9%以上) against 社会消费品零售总额突破2万亿元: show gives the
    level and "level only, not judged", compare the same words, CSV and JSON the level, its unit and
    bound, not_judged and the note that says why; compare's CSV the level with its unit."""
    show = run("show", "anhui", "--year", "2021", "--width", "100", data=None).stdout.splitlines()
    retail = show.index(next(line for line in show if line.startswith(" Total retail sales")))
    assert show[retail : retail + 2] == [
        " Total retail sales of consumer    +9% or more         more than 2 trillion yuan   level only, not",
        " goods                                                                             judged",
    ]
    zh = run("show", "anhui", "--year", "2021", "--width", "100", "--lang", "zh", data=None).stdout
    assert (
        " 社会消费品零售总额       +9%以上                   超过2万亿元     仅有总量，未评判    1,2"
        in zh.splitlines()
    )
    compare = run("compare", "anhui", "beijing", "--year", "2021", "--width", "200", data=None).stdout
    retail = next(line for line in compare.splitlines() if line.startswith(" Total retail sales"))
    assert (
        " ".join(retail.split())
        == "Total retail sales of consumer goods +9% or more (level only, not judged) —"
    )
    note = (
        "level only, not judged: the result gives only a level (a change is never worked out from two levels)"
    )
    asked = ("targets", "--region", "anhui", "--year", "2021", "--indicator", "retail_sales")
    row = next(csv.DictReader(io.StringIO(run(*asked, "--format", "csv", data=None).stdout)))
    columns = ("actual", "actual_unit", "actual_bound", "outcome", "difference", "outcome_note")
    assert tuple(row[c] for c in columns) == ("2", "万亿元", "more_than", "not_judged", "", note)
    target = json.loads(run(*asked, "--json", data=None).stdout)["targets"][0]
    assert tuple(target[c] for c in columns) == (2, "万亿元", "more_than", "not_judged", None, note)
    # compare's CSV, side by side, gives the actual's unit too: 2 alone read as +2% beside a +9% target
    sheet = run("compare", "anhui", "beijing", "--year", "2021", "--format", "csv", data=None).stdout
    side = next(r for r in csv.DictReader(io.StringIO(sheet)) if r["indicator"] == "retail_sales")
    assert [side[f"anhui_{c}"] for c in ("unit", "actual", "actual_unit", "outcome")] == [
        "%",
        "2",
        "万亿元",
        "not_judged",
    ]


def test_a_rise_lower_than_the_parents_is_judged_against_its_result(tmp_path: Path, run: Run) -> None:
    """居民消费价格涨幅低于全省平均水平 (亳州 2021), as a file writes it with 低于: 1.2% against the
    parent's 1.5% is met by 0.3 pp (the format had no word for it)."""
    cpi = {
        "key": "cpi",
        "name_zh": "居民消费价格涨幅",
        "name_en": "Rise in consumer prices (CPI)",
        "unit": "%",
        "lower_is_better": True,
    }
    rise = {"year": 2023, "indicator": "cpi", "level_unit": "%", "source": "echeng-2024"}
    path = tmp_path / "echeng.toml"
    path.write_text(dataset_text(
        ("sources", ECHENG_2023),
        ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
        ("indicators", cpi),
        ("regions", {**EZHOU, "id": "ezhou"}),
        ("regions", {**ECHENG, "parent": "420700"}),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        ("reports.targets", {
            "indicator": "cpi", "kind": "relative", "qualifiers": ["低于"], "against_region": "parent",
            "measure": "level", "wording": "居民消费价格涨幅低于全市平均水平",
        }),
        ("outcomes", {**rise, "region": "echeng", "level": 1.2, "wording": "居民消费价格上涨1.2%"}),
        ("outcomes", {**rise, "region": "ezhou", "level": 1.5, "wording": "全市居民消费价格上涨1.5%"}),
    ), encoding="utf-8")  # fmt: skip
    assert _target(run, path) == {
        "figure_en": "lower than Ezhou",
        "against_region": "ezhou",
        "reference": "ezhou cpi",
        "actual": 1.2,
        "outcome": "met",
        "difference": 0.3,
        "outcome_note": None,
    }


ENERGY = Target(Kind.DECLINE, D(3), "%")


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        # 节能减排完成年度任务: no figure, the report's word judges.
        (Figures(stated="met"), Judged("met", note="as the report says in words")),
        (Figures(stated="missed"), Judged("missed", note="as the report says in words")),
        # 预计下降3%左右 against 下降3%, and the report says the year's task was done.
        (
            Figures(growth=D(-3), estimate=True, stated="met"),
            Judged(
                "met",
                note="as the report says in words (the figures cannot tell: an estimate on the line:"
                " 3 give or take 0.5, the line 3)",
            ),
        ),
        # The figures judge, and a claim they gainsay is a note beside their verdict.
        (
            Figures(growth=D("-2.5"), stated="met"),
            Judged(
                "missed",
                D("2.5"),
                "%",
                None,
                D("-0.5"),
                "个百分点",
                "percentage points",
                note="the report says it was met",
            ),
        ),
        (Figures(growth=D("-3.2"), stated="met"), judge(ENERGY, Figures(growth=D("-3.2")))),
    ],
)
def test_what_the_report_says_in_words_judges_only_where_the_figures_cannot(
    outcome: Figures, expected: Judged
) -> None:
    """A stated result (stated = "met") judges a target the figures cannot; beside figures that can, it is a note."""
    assert judge(ENERGY, outcome) == expected


def test_a_stated_result_judges_a_goal_and_shows_in_the_table(tmp_path: Path, run: Run) -> None:
    """完成省下达任务 judged by 完成年度节能减排任务: the row, the JSON and the table say so."""
    path = tmp_path / "echeng.toml"
    energy = {"key": "energy_intensity", "name_zh": "单位地区生产总值能耗", "name_en": "Energy intensity"}
    text = dataset_text(
        ("sources", ECHENG_2023),
        ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
        ("indicators", energy),
        ("regions", ECHENG),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        (
            "reports.targets",
            {
                "indicator": "energy_intensity",
                "kind": "qualitative",
                "goal": "meet_quota",
                "wording": "单位地区生产总值能耗完成省下达任务",
            },
        ),
        (
            "outcomes",
            {
                "region": "echeng",
                "year": 2023,
                "indicator": "energy_intensity",
                "stated": "met",
                "wording": "完成年度节能减排任务",
                "source": "echeng-2024",
            },
        ),
    )
    path.write_text(text, encoding="utf-8")
    result = run("show", "echeng", "--json", data=path)
    (target,) = json.loads(result.stdout)["targets"]
    assert {
        k: target[k] for k in ("actual", "outcome", "outcome_stated", "outcome_note", "actual_wording")
    } == {
        "actual": None,
        "outcome": "met",
        "outcome_stated": "met",
        "outcome_note": "as the report says in words",
        "actual_wording": "完成年度节能减排任务",
    }
    table = run("show", "echeng", "--width", "100", data=path).stdout
    assert "met, as stated" in table
    assert "报告称完成" in run("show", "echeng", "--width", "100", "--lang", "zh", data=path).stdout
    (counted,) = json.loads(run("summary", "echeng", "--json", data=path).stdout)["years"]
    assert (counted["met"], counted["as_stated"]) == (1, 1)
    assert run("validate", "--no-bundled", str(path), data=None).stdout.startswith("0 errors and 0 warnings")


IN_STEP = Target(Kind.RELATIVE, qualifiers=("basically_in_step",))
"""城乡居民收入增长与经济增长基本同步, against GDP's 6%."""


@pytest.mark.parametrize(
    ("urban", "rural", "status", "actual", "difference", "why"),
    [
        (D("6.8"), D("7.9"), "met", D("6.8"), D("0.8"), ": the urban shown, nearest the line"),
        (D("6.5"), D("6.2"), "met", D("6.2"), D("0.2"), ": the rural shown, nearest the line"),
        (D("5.1"), D("5.6"), "missed", D("5.6"), D("-0.4"), ": the rural shown, nearest the line"),
        (D("5.1"), D("8"), "not_judged", None, None, ": one part meets it and the other does not"),
    ],
)
def test_a_relative_target_on_the_whole_income_is_judged_by_its_parts(
    urban: D, rural: D, status: str, actual: D | None, difference: D | None, why: str
) -> None:
    """Met when the urban and the rural income both meet it, missed when both miss it, not judged
    when they split; the row shows the part nearest the line."""
    parts = [("urban", Figures(growth=urban)), ("rural", Figures(growth=rural))]
    verdict = judge_apart(IN_STEP, parts, Figures(growth=D(6)))
    assert (verdict.status, verdict.actual, verdict.difference, verdict.reference_actual) == (
        status,
        actual,
        difference,
        D(6),
    )
    shown = f"urban {urban}%, rural {rural}%"
    assert verdict.note == f"judged by the parts apart, no result of the whole being given ({shown}){why}"


def test_a_part_that_cannot_tell_leaves_the_whole_not_judged() -> None:
    """An urban estimate on the line (预计6%左右 against 6%) and a rural income that meets it: not
    judged, the note saying which part could not tell."""
    verdict = judge_apart(
        IN_STEP,
        [("urban", Figures(growth=D(6), estimate=True)), ("rural", Figures(growth=D(8)))],
        Figures(growth=D(6)),
    )
    assert (verdict.status, verdict.actual, verdict.reference_actual) == ("not_judged", None, D(6))
    assert verdict.note == (
        "judged by the parts apart, no result of the whole being given (urban 6%, rural 8%):"
        " urban: an estimate on the line: 6 give or take 0.5, the line 6"
    )


def test_a_row_on_the_whole_income_takes_the_parts_results(tmp_path: Path, run: Run) -> None:
    """鄂城区's 居民收入增长与经济增长基本同步 with a review giving only the urban and rural growths
    (城乡居民人均可支配收入分别增长5.8%、7.9%, GDP 4.3%): met, the urban income shown, its words once."""
    income = {"unit": "元"}
    both = {
        "region": "echeng",
        "year": 2023,
        "source": "echeng-2024",
        "wording": "城乡居民人均可支配收入分别增长5.8%、7.9%",
    }
    path = tmp_path / "echeng.toml"
    path.write_text(dataset_text(
        ("sources", ECHENG_2023),
        ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
        ("indicators", GDP),
        ("indicators", {**income, "key": "disposable_income", "name_zh": "居民人均可支配收入", "name_en": "Income"}),
        ("indicators", {**income, "key": "urban_disposable_income", "name_zh": "城镇居民人均可支配收入", "name_en": "Urban"}),
        ("indicators", {**income, "key": "rural_disposable_income", "name_zh": "农村居民人均可支配收入", "name_en": "Rural"}),
        ("regions", ECHENG),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        ("reports.targets", {
            "indicator": "disposable_income", "kind": "relative", "against": "gdp", "qualifiers": ["基本同步"],
            "wording": "居民收入增长与经济增长基本同步",
        }),
        ("outcomes", {**both, "indicator": "gdp", "growth": 4.3, "wording": "地区生产总值增长4.3%"}),
        ("outcomes", {**both, "indicator": "urban_disposable_income", "growth": 5.8}),
        ("outcomes", {**both, "indicator": "rural_disposable_income", "growth": 7.9}),
    ), encoding="utf-8")  # fmt: skip
    result = run("show", "echeng", "--json", data=path)
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)["targets"]
    assert {k: row[k] for k in ("actual", "reference_actual", "outcome", "difference", "actual_wording")} == {
        "actual": 5.8,
        "reference_actual": 4.3,
        "outcome": "met",
        "difference": 1.5,
        "actual_wording": "城乡居民人均可支配收入分别增长5.8%、7.9%",
    }
    assert row["outcome_note"] == (
        "judged by the parts apart, no result of the whole being given (urban 5.8%, rural 7.9%):"
        " the urban shown, nearest the line"
    )


def test_a_claim_in_another_sentence_keeps_its_own_span(tmp_path: Path, run: Run) -> None:
    """stated_wording: the figures' span and the claim's apart; the row gives both, and the claim
    judges a level-only result (a growth target, 固定资产投资…未能完成预期目标) as missed."""
    path = tmp_path / "echeng.toml"
    fai = {"key": "fixed_asset_investment", "name_zh": "固定资产投资", "name_en": "Fixed-asset investment"}
    text = dataset_text(
        ("sources", ECHENG_2023),
        ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
        ("indicators", fai),
        ("regions", ECHENG),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        ("reports.targets", {
            "indicator": "fixed_asset_investment", "kind": "growth", "value": 10, "wording": "固定资产投资增长10%",
        }),
        ("outcomes", {
            "region": "echeng", "year": 2023, "indicator": "fixed_asset_investment", "level": 320,
            "level_unit": "亿元", "stated": "missed", "stated_wording": "固定资产投资等指标未能完成预期目标",
            "wording": "完成固定资产投资320亿元", "source": "echeng-2024",
        }),
    )  # fmt: skip
    path.write_text(text, encoding="utf-8")
    (target,) = json.loads(run("show", "echeng", "--json", data=path).stdout)["targets"]
    assert {
        k: target[k] for k in ("outcome", "outcome_stated_wording", "actual_wording", "outcome_note")
    } == {
        "outcome": "missed",
        "outcome_stated_wording": "固定资产投资等指标未能完成预期目标",
        "actual_wording": "完成固定资产投资320亿元",
        "outcome_note": "as the report says in words (the figures cannot tell: " + LEVEL_ONLY + ")",
    }
    path.write_text(text.replace('stated = "missed"\n', ""), encoding="utf-8")
    result = run("validate", "--no-bundled", str(path), data=None)
    assert "stated_wording is given without stated" in result.stdout + result.stderr
