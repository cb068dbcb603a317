"""Ways of writing found in city reports of 2003–2026 that no round had read (the twenty-fourth round)."""

from __future__ import annotations

from decimal import Decimal as D

from govtargets.index.store import Index
from tests.test_extract import _drafted, _results


def _outcomes(bundled: Index, passage: str, review: str) -> list[tuple[object, ...]]:
    """Each result (indicator, growth, level, unit, estimate, level bound) of a made-up city report the
    data does not know, with this passage and review."""
    return [
        (o["indicator"], o["growth"], o["level"], o["level_unit"], o["estimate"], o["level_bound"])
        for o in _drafted(bundled, passage, review)["outcomes"]
    ]


def test_a_first_forecast_makes_estimates(bundled: Index) -> None:
    """初步预测 heading a review's sentence makes its results estimates, as 预计 and 经预测 do (南昌 2007)."""
    review = "初步预测，2023年全市实现地区生产总值1185亿元，增长13%；地方一般预算收入65.3亿元，增长19%。"
    assert _outcomes(bundled, "地区生产总值增长12%。", review) == [
        ("gdp", D(13), D(1185), "亿元", True, None),
        ("budget_revenue", D(19), D("65.3"), "亿元", True, None),
    ]


def test_a_per_mille_entity_in_the_review(bundled: Index) -> None:
    """人口自然增长率为6&permil; (an HTML entity left in a Markdown text) is a result of 6‰, as the target's
    控制在6.5&permil;以内 is read (昆明 2009)."""
    review = "全市生产总值增长12%。计划生育工作成效明显，人口自然增长率为6&permil;。"
    passage = "地区生产总值增长10%以上；人口自然增长率控制在6.5&permil;以内。"
    assert _outcomes(bundled, passage, review) == [
        ("gdp", D(12), None, None, False, None),
        ("population_growth", None, D(6), "‰", False, None),
    ]


def test_a_result_below_a_figure_is_less_than_it(bundled: Index) -> None:
    """年末城镇登记失业率低于3.8% is a level less than 3.8 (docs/format.md: 低于, 不到, 不足 are ``less_than``,
    宁波 2005); 增速低于全国0.4个百分点 stays a comparison, and 低于3%左右 after the CPI's rise the target it
    stayed under (gansu 2022), no result."""
    review = (
        "生产总值增长15.5%，增速低于全国0.4个百分点；居民消费价格上涨0.9%，低于3%左右的预期目标。"
        "新增就业岗位12.1万个，年末城镇登记失业率低于3.8%。"
    )
    assert _results(bundled, review, {"gdp", "cpi", "registered_unemployment"}) == {
        "gdp": (D("15.5"), None, None, None, False),
        "cpi": (None, D("0.9"), "%", None, False),
        "registered_unemployment": (None, D("3.8"), "%", None, False),
    }
    passage = "地区生产总值增长12%，城镇登记失业率控制在4.5%以内。"
    unemployment = ("registered_unemployment", None, D("3.8"), "%", False, "less_than")
    assert _outcomes(bundled, passage, review)[-1] == unemployment


def test_a_bracketed_list_after_a_figure_is_a_clause_of_its_own(bundled: Index) -> None:
    """全州地区生产总值完成1506.37亿元、同比增长9.3%（一、二、三产增加值分别增长…）: the bracket's 分别 is the
    industries', and GDP keeps its figures (黔西南州 2022, whose GDP was missed)."""
    review = (
        "刚刚过去的2021年，经济运行稳中有进。全州地区生产总值完成1506.37亿元、同比增长9.3%"
        "（一、二、三产增加值分别增长7.6％、10.3％、9.2％），增速排全省第2位。"
    )
    assert _outcomes(bundled, "地区生产总值增长8%左右，服务业增加值增长10%左右。", review) == [
        ("gdp", D("9.3"), D("1506.37"), "亿元", False, None),
        ("primary_industry_value_added", D("7.6"), None, None, False, None),
        ("secondary_industry_value_added", D("10.3"), None, None, False, None),
        ("services_value_added", D("9.2"), None, None, False, None),
    ]


def test_a_low_income_groups_income_is_a_parts(bundled: Index) -> None:
    """低收入村居民人均可支配收入同比增长9% is the low-income villages' (as 低收入农户's was), so the residents'
    城乡居民可支配收入达到38220元和15760元 are the results (大连 2017)."""
    review = (
        "预计实现地区生产总值8150亿元、增长6.5%。城乡居民可支配收入达到38220元和15760元，分别增长6.5%和7.5%。"
        "低收入村居民人均可支配收入同比增长9%，高于全市农村居民人均收入增幅1.5个百分点。"
    )
    assert _outcomes(bundled, "地区生产总值增长7%，城乡居民人均可支配收入增长7%左右。", review) == [
        ("gdp", D("6.5"), D(8150), "亿元", True, None),
        ("urban_disposable_income", D("6.5"), D(38220), "元", False, None),
        ("rural_disposable_income", D("7.5"), D(15760), "元", False, None),
    ]


def test_names_listed_then_their_growths_in_the_next_clause(bundled: Index) -> None:
    """地区生产总值和一般公共预算收入增长实现转正，分别增长1.3%和1.3%: each name's growth in turn, which a level of
    the five years' paragraph before does not hide (潮州 2021)."""
    review = (
        "过去五年，经济总量跃上千亿元台阶，2020年全市实现生产总值1097亿元、一般公共预算收入48.6亿元，"
        "较2015年分别增长26.8%和0.6%。\n\n刚刚过去的2020年，经济社会各项事业加快高质量发展，"
        "地区生产总值和一般公共预算收入增长实现转正，分别增长1.3%和1.3%。"
    )
    assert _outcomes(bundled, "地区生产总值增长7%，地方一般公共预算收入增长8%。", review) == [
        ("gdp", D("1.3"), None, None, False, None),
        ("budget_revenue", D("1.3"), None, None, False, None),
    ]


def test_the_party_committee_beside_the_government_is_no_name(bundled: Index) -> None:
    """完成省委、省政府下达的节能减排约束性指标 is one quota, the energy saving's, handed down by two authorities
    (常德 2014 drafted a second target, 省政府下达的节能减排)."""
    draft = _drafted(bundled, "地区生产总值增长10.5%以上，完成省委、省政府下达的节能减排约束性指标。")
    assert [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]] == [
        ("gdp", "growth", None),
        ("energy_saving_emission_reduction", "qualitative", "meet_quota"),
    ]
