"""Tests of the rules that judge a target against its outcome (docs/format.md lists them)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from govtargets.dataset.judge import Figures, Judged, Target, convert, is_ceiling, judge, tolerance
from govtargets.dataset.vocab import Kind

GROWTH = Figures(growth=D("8.2"))


@pytest.mark.parametrize(
    ("target", "outcome", "status", "difference"),
    [
        (Target(Kind.GROWTH, D(8)), GROWTH, "met", D("0.2")),
        (Target(Kind.GROWTH, D(9), qualifiers=("or_more",)), GROWTH, "missed", D("-0.8")),
        (Target(Kind.GROWTH, D("8.2"), qualifiers=("over",)), GROWTH, "missed", D(0)),  # 超: more than it
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
        (("higher_than",), None, D("8.2"), D("8.2"), "missed"),  # 高于: more than it
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


def test_a_relative_decline_compares_falls() -> None:
    """降幅大于全省平均: a fall of 12% beats the province's 10%."""
    target = Target(Kind.RELATIVE, qualifiers=("greater_than",), measure="decline")
    assert judge(target, Figures(growth=D(-12)), Figures(growth=D(-10))).status == "met"


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
            Figures(level=D(10), level_unit="亿元"),
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


def test_units_convert_within_their_kind_only() -> None:
    """亿元 and 万亿元 convert; 亿元 and 万人 do not."""
    assert convert(D("1.14"), "万亿元", "亿元") == D("11400")
    assert convert(D(1), "亿元", "万人") is None


def test_which_targets_are_ceilings() -> None:
    """以内 caps; an unemployment rate is kept down; 以上 on it is a floor again."""
    assert is_ceiling(Kind.LEVEL, ["within"], False)
    assert is_ceiling(Kind.LEVEL, [], True)
    assert not is_ceiling(Kind.LEVEL, ["or_more"], True)
    assert not is_ceiling(Kind.DECLINE, [], True)


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
