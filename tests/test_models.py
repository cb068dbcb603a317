"""Tests of the dataset models: what a record may and may not say."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from govtargets.dataset.models import (
    DatasetFile,
    Indicator,
    Outcome,
    Project,
    Quantity,
    Report,
    Source,
    Target,
)
from govtargets.dataset.vocab import goal_key

BASE: dict[str, Any] = {"indicator": "gdp", "wording": "w"}


def _errors(model: type[Any], **fields: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(fields)
    return [str(e["msg"]).removeprefix("Value error, ") for e in caught.value.errors()]


def _target(**fields: Any) -> Target:
    return Target.model_validate({**BASE, **fields})


def test_every_kind_holds_its_case() -> None:
    """Growth, decline, level (money, count, rate, index), change_pp, relative and qualitative."""
    assert _target(kind="growth", value=5, qualifiers=["左右"]).qualifiers == ["about"]
    assert _target(kind="decline", value=Decimal("4.5")).value == Decimal("4.5")
    assert _target(kind="level", value=120, unit="万人").unit == "万人"
    assert _target(kind="level", value=5, unit="%", qualifiers=["控制在", "以内"]).qualifiers == [
        "keep_within",
        "within",
    ]
    assert _target(kind="level", value=103).unit is None  # an index has no unit
    assert _target(kind="change_pp", value=Decimal("0.5")).value == Decimal("0.5")
    assert _target(kind="relative", against="gdp", qualifiers=["基本同步"]).against == "gdp"
    assert _target(kind="relative", against_region="parent", qualifiers=["高于"], margin=1).margin == 1
    assert _target(
        kind="relative", against_region="parent", measure="level", qualifiers=["低于"]
    ).qualifiers == ["lower_than"]
    assert goal_key(_target(kind="qualitative", goal="稳中提质").goal or "") == "steady_improve"
    assert goal_key(_target(kind="qualitative", goal="稳居前列").goal or "") is None  # the report's own words


def test_a_range_and_several_qualifiers() -> None:
    """增长5%—5.5% holds both figures; 力争…以上 holds both words, in order."""
    target = _target(kind="growth", value=5, value_high=Decimal("5.5"), qualifiers=["力争", "以上"])
    assert (target.value, target.value_high, target.qualifiers) == (
        5,
        Decimal("5.5"),
        ["strive_for", "or_more"],
    )
    assert "value_high must be more than value" in _errors(
        Target, **BASE, kind="growth", value=5, value_high=4
    )


def test_a_relative_targets_margin_may_be_a_range() -> None:
    """高于全国平均水平1到2个百分点 (henan 2011) holds both ends; margin_high needs a margin below it,
    and only a relative target has one."""
    relative = {**BASE, "kind": "relative", "against_region": "parent", "qualifiers": ["高于"]}
    target = Target.model_validate({**relative, "margin": 1, "margin_high": 2})
    assert (target.margin, target.margin_high) == (1, 2)
    for fields in ({"margin_high": 2}, {"margin": 2, "margin_high": 1}, {"margin": 1, "margin_high": 1}):
        assert "margin_high must be more than margin, which it needs" in _errors(Target, **relative, **fields)
    assert "only a relative target has against, against_region, margin or measure" in _errors(
        Target, **BASE, kind="growth", value=5, margin_high=2
    )


def test_a_plans_target_ends_after_its_report_and_only_it_is_averaged() -> None:
    """年均增长10%以上 of the 十一五 plan in the 2006 report holds by = 2010 and average; by must be
    after the report's year, and average (年均) needs by."""
    plan = _target(kind="growth", value=10, qualifiers=["以上"], by=2010, average=True)
    assert (plan.by, plan.average) == (2010, True)
    assert "average (年均) is of a target to a later year: it needs by (by = 2010)" in _errors(
        Target, **BASE, kind="growth", value=10, average=True
    )
    fields = {"region": "kunming", "year": 2006, "source": "kunming-2006"}
    assert Report.model_validate({**fields, "targets": [{**BASE, "kind": "growth", "value": 10, "by": 2010}]})
    assert _errors(Report, **fields, targets=[{**BASE, "kind": "growth", "value": 10, "by": 2006}]) == [
        "target gdp: by = 2006 is not after the report's year, 2006: leave by out of a target of the"
        " report's year"
    ]


def test_a_string_where_a_number_belongs_is_an_error() -> None:
    """value = "16" is refused, not read as 16."""
    assert _errors(Target, **BASE, kind="growth", value="16") == [
        "a number is needed here, not the string '16' (write a number without quotes)"
    ]


def test_a_string_where_a_year_or_date_belongs_is_an_error() -> None:
    """year = "2023" and posted = "2022-12-19" are refused; a TOML date is kept as a date."""
    assert _errors(Outcome, region="r", year="2023", indicator="gdp", growth=1, wording="w", source="s")[
        0
    ].startswith("Input should be a valid integer")
    source = {"id": "s", "title": "t", "publisher": "p"}
    assert _errors(Source, **source, posted="2022-12-19")
    assert Source.model_validate({**source, "posted": dt.date(2022, 12, 19)}).posted == dt.date(2022, 12, 19)


def test_unknown_qualifier_and_goal_list_the_known_ones_in_both_forms() -> None:
    """A misspelt qualifier, or goal key, says which exist, as 力争 (strive_for)."""
    message = _errors(Target, **BASE, kind="growth", value=5, qualifiers=["大约"])[0]
    assert "unknown qualifier '大约'" in message
    assert "力争 (strive_for)" in message
    assert "稳中提质 (steady_improve)" in _errors(Target, **BASE, kind="qualitative", goal="stabel")[0]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"kind": "growth", "value": 50, "unit": "亿元"},
            "unit '亿元' does not fit a growth target: a growth rate is in % (or no unit); an increase"
            " by an amount (比上年净增50亿元) is no rate: it is a level of an indicator of the increase"
            " (docs/format.md, Kinds of target)",
        ),
        (
            {"kind": "decline", "value": 5, "unit": "个百分点"},
            "unit '个百分点' does not fit a decline target: a decline is a fall in % (or no unit); a"
            ' rate\'s fall in points (下降0.5个百分点) is kind = "change_pp" with a negative value',
        ),
        (
            {"kind": "change_pp", "value": 1, "unit": "%"},
            "unit '%' does not fit a change pp target: a change_pp is in 个百分点 (or no unit); a rise"
            ' in % is kind = "growth"',
        ),
        (
            {"kind": "level", "value": 1, "unit": "个百分点"},
            "unit '个百分点' does not fit a level target: a level is in its own unit (%, 亿元, 万人 …);"
            ' a change in 个百分点 is kind = "change_pp"',
        ),
    ],
)
def test_a_unit_of_another_kind_says_which_kind_holds_it(fields: dict[str, Any], message: str) -> None:
    """净增50亿元 written as growth, 下降5个百分点 as a decline: the error says which kind holds it."""
    assert message in _errors(Target, **BASE, **fields)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "growth"}, "a growth target needs a value"),
        ({"kind": "qualitative", "goal": "稳定", "value": 1}, "a qualitative target has no value or unit"),
        ({"kind": "qualitative"}, "a qualitative target needs a goal"),
        ({"kind": "growth", "value": 5, "goal": "稳定"}, "only a qualitative target has a goal"),
        ({"kind": "relative", "against": "gdp"}, "a relative target needs one of the qualifiers"),
        ({"kind": "growth", "value": 5, "against": "gdp"}, "only a relative target has against"),
        ({"kind": "growth", "value": 5, "unit": "亿元"}, "unit '亿元' does not fit a growth target"),
        ({"kind": "decline", "value": -3}, "a decline is written as a positive figure"),
        ({"kind": "level", "value": -3, "unit": "亿元"}, "cannot be negative"),
        ({"kind": "growth", "value": 5, "qualifiers": ["以上", "以上"]}, "a qualifier is given twice"),
        (
            {"kind": "level", "value": 5, "unit": "%", "qualifiers": ["低于"]},
            "低于 compares with another figure",
        ),
        ({"kind": "growth", "value": 5, "qualifiers": ["高于"]}, "高于 compares with another figure"),
    ],
)
def test_a_target_that_does_not_fit_its_kind(fields: dict[str, Any], message: str) -> None:
    """Each kind's rules, with the message that says what is wrong."""
    assert any(message in m for m in _errors(Target, **BASE, **fields))


def test_a_relative_target_with_two_relations_says_it_has_two() -> None:
    """高于 and 同步 on one relative target: the message says only one may be given and which two
    it has; it said the target needed one, as if it had none."""
    fields = {"kind": "relative", "against": "gdp", "qualifiers": ["高于", "同步"]}
    assert _errors(Target, **BASE, **fields) == [
        "a relative target needs only one of the qualifiers 同步, 基本同步, 高于, 快于, 大于, 低于; it has 2: 高于, 同步"
    ]


def test_nan_infinity_and_long_figures_are_refused() -> None:
    """TOML allows nan and inf, and 40 digits; a figure does not."""
    for bad in (Decimal("nan"), Decimal("inf")):
        assert _errors(Quantity, value=bad, unit="亿元") == ["Input should be a finite number"]
    assert _errors(Quantity, value=Decimal("1." + "1" * 40), unit="亿元")


def test_money_finer_than_a_yuan_or_beyond_any_economy_is_refused() -> None:
    """0.000000001亿元 is not a whole yuan; 10^12亿元 is more than any economy."""
    assert "not a whole number of yuan" in _errors(Quantity, value=Decimal("0.000000001"), unit="亿元")[0]
    assert "more than any economy" in _errors(Quantity, value=10**12, unit="亿元")[0]


def test_a_result_may_be_given_to_the_fen_and_no_finer() -> None:
    """城镇居民人均可支配收入7511.4元 is a result the format holds; 7511.415元 is finer than a fen."""
    base = {
        "region": "r",
        "year": 2004,
        "indicator": "urban_disposable_income",
        "wording": "w",
        "source": "s",
    }
    assert Outcome.model_validate({**base, "level": Decimal("7511.4"), "level_unit": "元"}).level == Decimal(
        "7511.4"
    )
    assert _errors(Outcome, **base, level=Decimal("7511.415"), level_unit="元") == [
        "7511.415 元 is not a whole number of hundredths of yuan"
    ]


def test_outcome_needs_a_figure_and_a_known_unit() -> None:
    """An outcome says what was achieved: growth, level (with a unit that exists) or change."""
    base = {"region": "r", "year": 2023, "indicator": "gdp", "wording": "w", "source": "s"}
    assert "needs growth, level, change_pp or stated" in _errors(Outcome, **base)[0]
    assert "unknown unit" in _errors(Outcome, **base, level=1, level_unit="bananas")[0]
    assert Outcome.model_validate({**base, "growth": Decimal("8.2"), "estimate": True}).estimate


def test_a_bound_belongs_to_a_figure_the_outcome_gives() -> None:
    """突破6万亿元、增长6%: a bounded level beside an exact growth; a bound on a figure not given, or
    an unknown way, is an error that says so."""
    base = {"region": "r", "year": 2023, "indicator": "gdp", "wording": "w", "source": "s"}
    both = Outcome.model_validate(
        {**base, "growth": 6, "level": 6, "level_unit": "万亿元", "level_bound": "more_than"}
    )
    assert (both.growth_bound, both.level_bound, both.change_pp_bound) == (None, "more_than", None)
    assert _errors(Outcome, **base, growth=6, level_bound="at_least") == [
        "level_bound is given without a level: a bound is of a figure given"
    ]
    assert _errors(Outcome, **base, growth=6, change_pp_bound="at_most") == [
        "change_pp_bound is given without a change_pp: a bound is of a figure given"
    ]
    assert _errors(Outcome, **base, growth=12, growth_bound="above") == [
        "Input should be 'at_least', 'more_than', 'at_most' or 'less_than'"
    ]
    assert _errors(Outcome, **base, growth=12, growth_bound="以上") == [
        "write which way the figure is bounded (at_least, more_than, at_most, less_than), not the"
        " report's word '以上': 增长12%以上 is at_least, 下降3%以上 (growth -3) at_most"
    ]


def test_a_project_investment_bound_needs_its_investment() -> None:
    """总投资3500亿元以上: total_investment_bound = "at_least" beside its total; a bound with no
    investment given, or the report's word for the way, is an error that says so."""
    base = {"id": "p", "name_zh": "x", "wording": "w"}
    held = Project.model_validate(
        {**base, "total_investment": {"value": 3500, "unit": "亿元"}, "total_investment_bound": "at_least"}
    )
    assert (held.total_investment_bound, held.planned_investment_bound) == ("at_least", None)
    assert _errors(Project, **base, planned_investment_bound="at_least") == [
        "planned_investment_bound is given without a planned_investment: a bound is of a figure given"
    ]
    total = {"value": 3500, "unit": "亿元"}
    assert _errors(Project, **base, total_investment=total, total_investment_bound="以上")[0].startswith(
        "write which way the figure is bounded (at_least, more_than, at_most, less_than)"
    )


def test_project_production_start_says_if_it_is_expected() -> None:
    """production_start = { year = 2024, expected = true } keeps the 预计."""
    project = Project.model_validate(
        {"id": "p", "name_zh": "x", "wording": "w", "production_start": {"year": 2024, "expected": True}}
    )
    assert project.production_start is not None
    assert project.production_start.expected


def test_a_project_s_investment_is_money_in_yuan_or_dollars() -> None:
    """总投资10亿美元 is a project's total as written; an amount that is no money is refused."""
    dollars = Project.model_validate(
        {"id": "p", "name_zh": "x", "wording": "w", "total_investment": {"value": 10, "unit": "亿美元"}}
    )
    assert dollars.total_investment is not None
    assert (dollars.total_investment.value, dollars.total_investment.unit) == (10, "亿美元")
    assert (
        "does not fit an amount"
        in _errors(
            Project, id="p", name_zh="x", wording="w", planned_investment={"value": 1, "unit": "万吨"}
        )[0]
    )


def test_unknown_field_and_format() -> None:
    """A misspelt field is not dropped; a file says which format it is."""
    assert "Extra inputs are not permitted" in _errors(DatasetFile, format=2, regoins=[])
    assert _errors(DatasetFile, format=3)[0].startswith("Input should be 2")


def test_checked_names_known_warnings_only() -> None:
    """checked = ["unusual-growth"] is kept; a made-up warning code is an error."""
    assert _target(kind="growth", value=60, checked=["unusual-growth"]).checked == ["unusual-growth"]
    assert _errors(Target, **BASE, kind="growth", value=60, checked=["whatever"])


def test_nouns_en_names_unscaled_counters() -> None:
    """nouns_en's key is a counter (个), never a scaled one (万个) nor another unit (亿元)."""
    fields = {"key": "jobs", "name_zh": "城镇新增就业", "name_en": "New urban jobs", "unit": "万人"}
    assert Indicator.model_validate({**fields, "nouns_en": {"个": "jobs"}}).nouns_en == {"个": "jobs"}
    assert _errors(Indicator, **fields, nouns_en={"万个": "jobs"}) == [
        "nouns_en names a counter unscaled: 个, not 万个"
    ]
    assert _errors(Indicator, **fields, nouns_en={"亿元": "jobs"}) == [
        "unit '亿元' does not fit a counter of nouns_en"
    ]
