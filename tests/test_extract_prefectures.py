"""Ways of writing found in prefecture-level cities' reports of 2003–2016 (the twenty-second round)."""

from __future__ import annotations

from decimal import Decimal as D

from govtargets.extract.names import Catalogue
from govtargets.extract.review import _named_in_clauses, _sentence
from govtargets.index.store import Index
from tests.test_extract import _drafted, _results


def test_a_forecast_is_an_estimate(bundled: Index) -> None:
    """经预测，全市生产总值453亿元，增长14%；…: a forecast heading the review's sentence, as 预计 does."""
    review = "经预测，全市生产总值453亿元，增长14%；公共财政预算收入增长20.5%。"
    assert _results(bundled, review, None) == {
        "gdp": (D(14), D(453), "亿元", None, True),
        "budget_revenue": (D("20.5"), None, None, None, True),
    }


def test_a_target_striven_for_is_not_ensured(bundled: Index) -> None:
    """确保地区生产总值增长13%、力争14%，一般公共预算收入增长10%、力争12%: 确保 is each base figure's, not the 力争 ones'."""
    passage = "主要预期目标是：确保地区生产总值增长13%、力争14%，一般公共预算收入增长10%、力争12%。"
    assert [(t["indicator"], t["value"], t["qualifiers"]) for t in _drafted(bundled, passage)["targets"]] == [
        ("gdp", D(13), ["确保"]),
        ("gdp", D(14), ["力争"]),
        ("budget_revenue", D(10), ["确保"]),
        ("budget_revenue", D(12), ["力争"]),
    ]


def test_budget_revenue_is_the_one_named_so_beside_a_wider_name(bundled: Index) -> None:
    """财政总收入…、地方财政收入104.6亿元、公共财政预算收入64.4亿元，分别增长…: the budget's is the one its name
    says, in a list."""
    review = (
        "地区生产总值1230.4亿元，增长8.5%；财政总收入144.9亿元、地方财政收入104.6亿元、"
        "公共财政预算收入64.4亿元，分别增长18.1%、19.7%和17.1%。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D("17.1"),
        D("64.4"),
        "亿元",
        None,
        False,
    )


def test_value_added_after_the_output_is_the_industrys(bundled: Index) -> None:
    """规上工业总产值2259.6亿元、增长9.8%，增加值698.8亿元、增长9.9%: the bare 增加值 is the industry's."""
    review = "完成生产总值2380亿元，增长8.5%。规上工业总产值2259.6亿元、增长9.8%，增加值698.8亿元、增长9.9%。"
    assert _results(bundled, review, {"gdp", "industrial_value_added"})["industrial_value_added"] == (
        D("9.9"),
        D("698.8"),
        "亿元",
        None,
        False,
    )


def test_the_whole_years_growth_after_months_since(bundled: Index) -> None:
    """规模工业增加值增速扭转下行态势，7月份以来稳定回升，全年增长11%: the whole year's growth, clauses after."""
    review = "规模工业增加值增速扭转下行态势，7月份以来稳定回升，全年增长11%；新增产值过100亿企业1家。"
    assert _results(bundled, review, {"industrial_value_added"})["industrial_value_added"] == (
        D(11),
        None,
        None,
        None,
        False,
    )


def test_levels_listed_after_their_head_and_verb(bundled: Index) -> None:
    """第一、二、三产业分别实现增加值163亿元、603亿元、349亿元，增长2.5%、10.9%、13%: each its level and growth."""
    review = (
        "全市完成地区生产总值1115亿元，增长10.5%，其中第一、二、三产业分别实现增加值163亿元、603亿元、"
        "349亿元，增长2.5%、10.9%、13%。"
    )
    keys = {"primary_industry_value_added", "secondary_industry_value_added", "services_value_added"}
    results = _results(bundled, review, {"gdp", *keys})
    assert {key: results[key][:2] for key in keys} == {
        "primary_industry_value_added": (D("2.5"), D(163)),
        "secondary_industry_value_added": (D("10.9"), D(603)),
        "services_value_added": (D(13), D(349)),
    }


def test_a_level_reached_at_the_plans_end_is_the_last_years(bundled: Index) -> None:
    """生产总值由1032亿元增加到“十二五”末的1902.7亿元 (a report of 2016): 2015's level; in a report of 2017, not
    the year's; 由“十一五”末的1025亿元增加到…: the level reached, the plan's end being a point in time."""
    review = "生产总值由1032亿元增加到“十二五”末的1902.7亿元，年均增长11.1%。"
    assert _sentence_levels(bundled, review, 2016) == [("gdp", D("1902.7"))]
    assert _sentence_levels(bundled, review, 2017) == []
    review = "生产总值由“十一五”末的1025亿元增加到1670亿元，年均增长10.4%。"
    assert _sentence_levels(bundled, review, 2016) == [("gdp", D(1670))]


def _sentence_levels(bundled: Index, sentence: str, year: int) -> list[tuple[str | None, D | None]]:
    """The indicators and levels the review reads in one sentence of a report of ``year``."""
    catalogue = Catalogue(bundled.indicators())
    return [(o.indicator, o.level) for o in _sentence(sentence, 0, catalogue, year)]


def test_all_tasks_handed_down_are_no_indicators_quota(bundled: Index) -> None:
    """全面完成自治区下达的各项经济社会发展任务: all that is handed down, no target of an indicator."""
    passage = "主要预期目标是：地区生产总值增长11%，全面完成自治区下达的各项经济社会发展任务。"
    assert [(t["indicator"], t["kind"]) for t in _drafted(bundled, passage)["targets"]] == [("gdp", "growth")]


def test_budget_revenue_is_not_a_sum_named_so_after_it(bundled: Index) -> None:
    """地方财政收入432.8亿元…；加上中央财政收入，财政一般预算收入966.2亿元: the sum is no budget revenue."""
    review = "地方财政收入432.8亿元，增长10.9%；加上中央财政收入，财政一般预算收入966.2亿元，增长19.2%。"
    assert _results(bundled, review, {"budget_revenue"})["budget_revenue"] == (
        D("10.9"),
        D("432.8"),
        "亿元",
        None,
        False,
    )


def test_a_comparison_in_points_gives_no_level(bundled: Index) -> None:
    """GDP、社会消费品零售总额年均增幅分别低1.9和2.3个百分点: a comparison, so the level is the next sentence's,
    and no clause of it names the indicator's figure."""
    comparison = "GDP、社会消费品零售总额年均增幅分别低1.9和2.3个百分点。"
    assert _named_in_clauses(comparison, Catalogue(bundled.indicators()), 2016, {"retail_sales"}) == ({}, {})
    review = "GDP、社会消费品零售总额增幅分别低1.9和2.3个百分点。社会消费品零售总额578.6亿元。"
    assert _results(bundled, review, {"retail_sales"}) == {
        "retail_sales": (None, D("578.6"), "亿元", None, False)
    }
