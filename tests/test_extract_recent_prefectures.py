"""Ways of writing found in prefecture-level cities' reports of 2017–2026 (the twenty-third round)."""

from __future__ import annotations

from decimal import Decimal as D

from govtargets.extract.draft import as_json, extract
from govtargets.index.store import Index
from tests.test_extract import _drafted, _results


def test_level_with_the_year_before_is_a_growth_of_nought(bundled: Index) -> None:
    """与上年持平 and 同比持平 after a name, a level or in a list are a growth of 0, as docs/transcribing.md
    has it."""
    review = (
        "预计，地区生产总值增长1%；固定资产投资与上年持平、社会消费品零售总额增长7.3%左右；"
        "城镇常住居民人均可支配收入同比持平，农村常住居民人均可支配收入增长8%；外贸进出口总额21亿美元，与去年持平。"
    )
    wanted = {"fixed_asset_investment", "retail_sales", "urban_disposable_income", "rural_disposable_income"}
    wanted |= {"gdp", "foreign_trade"}
    assert {k: v[:2] for k, v in _results(bundled, review, wanted).items()} == {
        "gdp": (D(1), None),
        "fixed_asset_investment": (D(0), None),
        "retail_sales": (D("7.3"), None),
        "urban_disposable_income": (D(0), None),
        "rural_disposable_income": (D(8), None),
        "foreign_trade": (D(0), D(21)),
    }


def test_roughly_level_or_as_fast_is_no_growth_of_nought(bundled: Index) -> None:
    """出口基本与上年持平 (roughly level) and 固定资产投资770亿元，增幅与上年持平 (a growth as fast as the year
    before's) give no growth."""
    review = "地区生产总值增长6%，出口基本与上年持平，固定资产投资770亿元，增幅与上年持平。"
    assert {
        k: v[:2] for k, v in _results(bundled, review, {"exports", "fixed_asset_investment"}).items()
    } == {
        "gdp": (D(6), None),
        "fixed_asset_investment": (None, D(770)),
    }


def test_revenue_level_with_the_year_before_is_the_total_its_part_is_of(bundled: Index) -> None:
    """财政收入436.3亿元，与上年持平，其中：一般公共预算收入221.45亿元: the bare 财政收入 is drafted, as the total
    fiscal revenue, and so is the year's 财政收入 target."""
    review = (
        "初步核算，实现地区生产总值3128.3亿元、增长2.4%；财政收入436.3亿元，与上年持平，"
        "其中：一般公共预算收入221.45亿元、增长14.3%。"
    )
    draft = _drafted(bundled, "主要预期目标是：地区生产总值增长6%，财政收入增长3%。", review)
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D(6)),
        ("total_fiscal_revenue", D(3)),
    ]
    assert [(o["indicator"], o["growth"], o["level"]) for o in draft["outcomes"]] == [
        ("gdp", D("2.4"), D("3128.3")),
        ("total_fiscal_revenue", D(0), D("436.3")),
        ("budget_revenue", D("14.3"), D("221.45")),
    ]


def test_a_two_years_mean_growth_is_not_the_years(bundled: Index) -> None:
    """固定资产投资两年平均增长5.5% (beside a year of the epidemic) is no growth of the year reviewed."""
    review = (
        "全州完成生产总值676.15亿元、同比增长7.8%；一般公共预算收入增长12.4%；固定资产投资两年平均增长5.5%。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue", "fixed_asset_investment"}) == {
        "gdp": (D("7.8"), D("676.15"), "亿元", None, False),
        "budget_revenue": (D("12.4"), None, None, None, False),
    }


def test_the_region_of_a_congress_named_over_two_lines(bundled: Index) -> None:
    """2022年4月9日在宁波市 and 第十六届人民代表大会第一次会议上 on lines of their own name the region."""
    text = (
        "---\ntitle: 2022年政府工作报告\n---\n\n政府工作报告\n\n2022年4月9日在宁波市\n\n"
        "第十六届人民代表大会第一次会议上\n\n各位代表：\n\n主要预期目标是：地区生产总值增长7%以上。\n"
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert (draft["year"], draft["region_zh"]) == (2022, "宁波市")


def test_a_bonded_zones_trade_is_not_the_regions(bundled: Index) -> None:
    """综保区进出口总额实现65亿元、同比增长58.5%: the bonded zone's trade (综合保税区), a part's, as a 高新区's
    output is, not the region's result."""
    review = (
        "地区生产总值增长5.9%。开行中欧班列50列，综保区进出口总额实现65亿元、同比增长58.5%；"
        "高新区规模以上工业增加值增长12%。"
    )
    assert _results(bundled, review, {"gdp", "foreign_trade", "industrial_value_added"}) == {
        "gdp": (D("5.9"), None, None, None, False),
    }
