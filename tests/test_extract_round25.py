"""Ways of writing found in city reports of 2003–2026 that no round had read (the twenty-fifth round),
and the carried items it settled: 低于 a place's average, a figure run into the next name."""

from __future__ import annotations

from decimal import Decimal as D

from govtargets.index.store import Index
from tests.test_extract import _drafted


def _outcomes(bundled: Index, passage: str, review: str) -> list[tuple[object, ...]]:
    """Each result (indicator, growth, level, unit, estimate) of a made-up city report the data does not
    know, with this passage and review."""
    return [
        (o["indicator"], o["growth"], o["level"], o["level_unit"], o["estimate"])
        for o in _drafted(bundled, passage, review)["outcomes"]
    ]


def _targets(bundled: Index, passage: str) -> list[tuple[object, ...]]:
    """Each target (indicator, kind, value, unit, qualifiers, against_region, measure) of a made-up report."""
    return [
        (t["indicator"], t["kind"], t["value"], t["unit"], t["qualifiers"], t["against_region"], t["measure"])
        for t in _drafted(bundled, passage)["targets"]
    ]


def test_a_count_after_its_verb_and_a_space(bundled: Index) -> None:
    """减少贫困人口 17.36万人, a space before the figure (a PDF's), is the poor lifted as 减少贫困人口17.36万人
    is, not a fall of the income named before it; the review's 减少农村贫困人口 15.17万人 is its result
    (黔西南州 2014)."""
    passage = (
        "农村居民人均可支配收入增长 16%以上，城镇居民人均可支配收入增长 13%以上；减少贫困人口 17.36万人；"
    )
    review = "预计全州地区生产总值完成 558.91亿元，同比增长 15.5%。完成扶贫生态移民搬迁 3264户，减少农村贫困人口 15.17万人。"
    assert _targets(bundled, passage)[-1] == (
        "poverty_reduction",
        "level",
        D("17.36"),
        "万人",
        [],
        None,
        None,
    )
    assert _outcomes(bundled, passage, review)[-1] == ("poverty_reduction", None, D("15.17"), "万人", False)


def test_a_list_after_an_estimate_and_a_colon_is_estimates(bundled: Index) -> None:
    """主要经济指标增幅预计：全年地区生产总值增长2.5%；… (阜新 2023), and 预计： with a line a result (通化
    2014): each result of the list the colon opens is an estimate, and the wording starts after it."""
    passage = "地区生产总值增长6%以上；一般公共预算收入增长6.5%左右。"
    review = "主要经济指标增幅预计：全年地区生产总值增长2.5%；固定资产投资增长10%；一般公共预算收入增长2.1%。"
    assert _outcomes(bundled, passage, review) == [
        ("gdp", D("2.5"), None, None, True),
        ("fixed_asset_investment", D(10), None, None, True),
        ("budget_revenue", D("2.1"), None, None, True),
    ]
    assert _drafted(bundled, passage, review)["outcomes"][0]["wording"] == "地区生产总值增长2.5%"
    lines = "实现了经济社会平稳较快发展。预计：\n\n地区生产总值实现1003亿元，增长10%；\n\n地方级财政收入实现72.1亿元，增长12%；\n\n一年来，主要做了以下工作。"
    assert _outcomes(bundled, passage, lines) == [
        ("gdp", D(10), D(1003), "亿元", True),
        ("budget_revenue", D(12), D("72.1"), "亿元", True),
    ]


def test_an_estimate_colon_reaches_only_to_its_lists_end(bundled: Index) -> None:
    """A 预计： governs its list up to the 。 that ends it: a result in the next sentence is no estimate."""
    passage = "地区生产总值增长6%以上；一般公共预算收入增长6.5%左右。"
    review = "各项指标预计：全年地区生产总值增长2.5%。全年一般公共预算收入增长2.1%。"
    assert _outcomes(bundled, passage, review) == [
        ("gdp", D("2.5"), None, None, True),
        ("budget_revenue", D("2.1"), None, None, False),
    ]


def test_below_a_places_average_is_relative(bundled: Index) -> None:
    """居民消费价格涨幅低于全省平均水平 is a relative target, 低于 (lower_than) against the province, of the
    level (docs/transcribing.md); 城镇调查失业率低于全国平均水平 against the country; 略低于 the same, unsure
    (亳州 2021, 株洲 2021, 福州 2008); 不低于, 低于上年 and 低于省调控目标 are read as before."""
    passage = (
        "居民消费价格涨幅低于全省平均水平，城镇调查失业率低于全国平均水平，居民消费价格总水平涨幅略低于全省平均水平，"
        "进出口总额增速不低于全省平均水平，居民消费价格指数涨幅低于省调控目标，粮食产量略低于上年。"
    )
    assert _targets(bundled, passage) == [
        ("cpi", "relative", None, None, ["低于"], "parent", "level"),
        ("surveyed_unemployment", "relative", None, None, ["低于"], "china", "level"),
        ("cpi", "relative", None, None, ["低于"], "parent", "level"),
        ("foreign_trade", "relative", None, None, ["同步"], "parent", "growth"),
        ("cpi", "qualitative", None, None, [], None, None),
        ("grain_output", "qualitative", None, None, [], None, None),
    ]
    slightly = _drafted(bundled, passage)["targets"][2]
    assert slightly["unsure"] == ["略低于: slightly below the other side, drafted as 低于 (lower than)"]


def test_below_by_a_margin_and_of_a_named_growth(bundled: Index) -> None:
    """低于全国平均水平1个百分点 keeps its margin; a growth named (增速) makes the measure growth, but a
    rate's name (人口自然增长率) does not."""
    passage = "居民消费价格涨幅低于全国平均水平1个百分点，人口自然增长率低于全省平均水平，进出口增速低于全省平均水平。"
    drafted = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["margin"], t["measure"]) for t in drafted] == [
        ("cpi", D(1), "level"),
        ("population_growth", None, "level"),
        ("foreign_trade", None, "growth"),
    ]


def test_a_figure_run_into_the_next_name_ends_its_clause(bundled: Index) -> None:
    """全市生产总值增长8.7％地方公共财政预算收入增长19.3％全社会固定资产投资增长22.1％ (南阳 2014, its commas
    lost): each name its own growth; not 下降5%以上、… nor 由上年下降40.3%收窄为下降3.9% (words about the
    figure)."""
    passage = "生产总值增长10％以上，地方公共财政预算收入增长13％，全社会固定资产投资增长22％以上，单位GDP能耗下降3%。"
    review = (
        "初步预计，全市生产总值增长8.7％地方公共财政预算收入增长19.3％全社会固定资产投资增长22.1％。"
        "单位GDP能耗下降5%以上、二氧化碳排放下降5.8%。"
    )
    assert _outcomes(bundled, passage, review)[:4] == [
        ("gdp", D("8.7"), None, None, True),
        ("budget_revenue", D("19.3"), None, None, True),
        ("fixed_asset_investment", D("22.1"), None, None, True),
        ("energy_intensity", D(-5), None, None, False),
    ]
    assert _drafted(bundled, passage, review)["outcomes"][3]["growth_bound"] == "at_most"
    turned = "全市生产总值增长8%，固定资产投资由上年下降40.3%收窄为下降3.9%。"
    assert _outcomes(bundled, "生产总值增长10％，固定资产投资增长5%。", turned)[-1] == (
        "fixed_asset_investment",
        D("-3.9"),
        None,
        None,
        False,
    )
