"""Tests of extract: each phrasing it reads (a small verbatim example each), the review, the
report's year and region, its encodings and formats, and bad input."""

from __future__ import annotations

import json
import re
import sys
import time
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govtargets.cli.main import cli
from govtargets.dataset.shapes import Extraction
from govtargets.errors import ReportError
from govtargets.extract.decoding import decode
from govtargets.extract.draft import as_json, as_toml, extract, warnings
from govtargets.extract.names import Catalogue
from govtargets.extract.passage import read_report
from govtargets.index.store import Index

from .conftest import REPORTS, Run


def _report(passage: str, review: str = "") -> str:
    return f"""---
title: 测试市政府工作报告（2024年1月8日 张三）
---

——2024年1月8日在测试市第一届人民代表大会第二次会议上

测试市人民政府市长 张三

一、2023年工作回顾

{review}

二、2024年工作安排

今年经济社会发展的主要预期目标是：{passage}在实际工作中，我们将努力争取更好结果。
"""


def _drafted(bundled: Index, passage: str, review: str = "") -> Extraction:
    """The JSON draft of a made-up report with this target passage and review."""
    return as_json(
        extract(_report(passage, review), indicators=bundled.indicators(), regions=bundled.regions())
    )


def _targets(bundled: Index, passage: str) -> list[dict[str, Any]]:
    text = _report(passage)
    found = _drafted(bundled, passage)["targets"]
    for t in found:
        assert t["wording"] in text
    return [{k: v for k, v in t.items() if v is not None and v != []} for t in found]


PHRASINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("地区生产总值增长5.5%左右。", [{"indicator": "gdp", "kind": "growth", "value": D("5.5"), "unit": "%", "qualifiers": ["左右"]}]),
    ("经济增长5%左右。", [{"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%", "qualifiers": ["左右"]}]),
    ("社会消费品零售总额增长5%—6%。", [{"indicator": "retail_sales", "kind": "growth", "value": D(5), "value_high": D(6), "unit": "%"}]),
    ("一般公共预算收入力争增长6%以上。", [{"indicator": "budget_revenue", "kind": "growth", "value": D(6), "unit": "%", "qualifiers": ["力争", "以上"]}]),
    ("单位地区生产总值能耗下降4.5%左右。", [{"indicator": "energy_intensity", "kind": "decline", "value": D("4.5"), "unit": "%", "qualifiers": ["左右"]}]),
    ("城镇新增就业120万人。", [{"indicator": "new_urban_jobs", "kind": "level", "value": D(120), "unit": "万人"}]),
    ("城镇调查失业率控制在5%以内。", [{"indicator": "surveyed_unemployment", "kind": "level", "value": D(5), "unit": "%", "qualifiers": ["控制在", "以内"]}]),
    ("居民消费价格涨幅3%左右。", [{"indicator": "cpi", "kind": "level", "value": D(3), "unit": "%", "qualifiers": ["左右"]}]),
    ("每万人发明专利拥有量提高到29.5件。", [{"indicator": "invention_patents", "kind": "level", "value": D("29.5"), "unit": "件", "qualifiers": ["提高到"]}]),
    ("规上工业总产值迈上5万亿元台阶。", [{"indicator": "industrial_output", "kind": "level", "value": D(5), "unit": "万亿元", "qualifiers": ["迈上"]}]),
    ("数字经济核心产业增加值占GDP比重提升0.5个百分点。", [{"indicator": "digital_economy_share", "kind": "change_pp", "value": D("0.5"), "unit": "个百分点"}]),
    ("居民人均可支配收入与经济增长基本同步。", [{"indicator": "disposable_income", "kind": "relative", "qualifiers": ["基本同步"], "against": "gdp", "measure": "growth"}]),
    ("全体居民人均可支配收入增速快于地区生产总值增速。", [{"indicator": "disposable_income", "kind": "relative", "qualifiers": ["快于"], "against": "gdp", "measure": "growth"}]),
    ("实际利用外资、进出口总额增长高于省均。", [
        {"indicator": "foreign_capital", "kind": "relative", "qualifiers": ["高于"], "against_region": "parent", "measure": "growth"},
        {"indicator": "foreign_trade", "kind": "relative", "qualifiers": ["高于"], "against_region": "parent", "measure": "growth"},
    ]),
    ("外贸进出口、实际使用外资稳中提质。", [
        {"indicator": "foreign_trade", "kind": "qualitative", "goal": "steady_improve"},
        {"indicator": "foreign_capital", "kind": "qualitative", "goal": "steady_improve"},
    ]),
    ("一般公共预算收入正增长。", [{"indicator": "budget_revenue", "kind": "qualitative", "goal": "positive_growth"}]),
    ("规上固定资产投资、工业投资分别增长7%以上和10%以上。", [
        {"indicator": "fixed_asset_investment_above_scale", "kind": "growth", "value": D(7), "unit": "%", "qualifiers": ["以上"]},
        {"indicator": "industrial_investment", "kind": "growth", "value": D(10), "unit": "%", "qualifiers": ["以上"]},
    ]),
    ("城镇和农村常住居民人均可支配收入分别增长6.8%、7.5%。", [
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D("6.8"), "unit": "%"},
        {"indicator": "rural_disposable_income", "kind": "growth", "value": D("7.5"), "unit": "%"},
    ]),
    ("单位地区生产总值能耗、二氧化碳排放量分别降低3%、4.4%左右。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D(3), "unit": "%", "qualifiers": ["左右"]},
        {"indicator": "carbon_intensity", "kind": "decline", "value": D("4.4"), "unit": "%", "qualifiers": ["左右"]},
    ]),
    ("一般公共预算收入增长10%、力争完成65亿元。", [
        {"indicator": "budget_revenue", "kind": "growth", "value": D(10), "unit": "%"},
        {"indicator": "budget_revenue", "kind": "level", "value": D(65), "unit": "亿元", "qualifiers": ["力争"]},
    ]),
    ("主要污染物减排、单位GDP能耗下降，大气、水环境质量完成省下达任务。", [
        {"indicator": i, "kind": "qualitative", "goal": "meet_quota"} for i in ("pollutant_reduction", "energy_intensity", "air_quality", "water_quality")
    ]),
    ("节能减排、大气与水环境质量、耕地保护和粮食安全完成国家、省下达的目标任务。", [
        {"indicator": i, "kind": "qualitative", "goal": "meet_quota"}
        for i in ("energy_saving_emission_reduction", "air_quality", "water_quality", "farmland", "food_security")
    ]),
    ("全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标。", [
        {"indicator": i, "kind": "qualitative", "goal": "meet_quota"} for i in ("energy_saving_emission_reduction", "environment")
    ]),
    ("完成化学需氧量、氨氮、二氧化硫、氮氧化物年度减排任务。", [
        {"indicator": i, "kind": "qualitative", "goal": "meet_quota"}
        for i in ("cod_emissions", "ammonia_nitrogen_emissions", "so2_emissions", "nox_emissions")
    ]),
    ("单位生产总值能耗和污染物排放完成国家下达的控制指标。", [
        {"indicator": i, "kind": "qualitative", "goal": "meet_quota"} for i in ("energy_intensity", "pollutant_reduction")
    ]),
    ("居民消费价格指数不高于省控线。", [{"indicator": "cpi", "kind": "qualitative", "goal": "within_limit"}]),
    ("杜绝重特大生产安全事故。", [{"indicator": "major_accidents", "kind": "qualitative", "goal": "eliminate"}]),
    ("地区生产总值按增长5%安排，", [{"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"}]),
    ("城镇、农村常住居民人均可支配收入分别增长7%、8%。", [
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D(7), "unit": "%"},
        {"indicator": "rural_disposable_income", "kind": "growth", "value": D(8), "unit": "%"},
    ]),
    ("研究与试验发展经费投入强度2.7%左右。", [{"indicator": "rd_intensity", "kind": "level", "value": D("2.7"), "unit": "%", "qualifiers": ["左右"]}]),
    ("全社会研发经费支出相当于全市生产总值的比例达到2.5%左右。", [{"indicator": "rd_intensity", "kind": "level", "value": D("2.5"), "unit": "%", "qualifiers": ["达到", "左右"]}]),
    ("新增城镇就业90万人。", [{"indicator": "new_urban_jobs", "kind": "level", "value": D(90), "unit": "万人"}]),
    ("登记失业率控制在4.5%以内。", [{"indicator": "registered_unemployment", "kind": "level", "value": D("4.5"), "unit": "%", "qualifiers": ["控制在", "以内"]}]),
    ("农牧民人均纯收入增长8%。", [{"indicator": "rural_net_income", "kind": "growth", "value": D(8), "unit": "%"}]),
    # 兰州市 2026 of lawtext/gov: construction's value added
    ("建筑业增加值增长3%左右。", [{"indicator": "construction_value_added", "kind": "growth", "value": D(3), "unit": "%", "qualifiers": ["左右"]}]),
    # 规上 is 规模以上 (宁波市 2021, 中山市 2022 of lawtext/gov): not the share of all manufacturing
    ("高技术制造业增加值占规上工业增加值比重达到14%。", [{"indicator": "high_tech_manufacturing_share", "kind": "level", "value": D(14), "unit": "%", "qualifiers": ["达到"]}]),
    ("先进制造业增加值占规上工业比重提高到48.4%。", [{"indicator": "advanced_manufacturing_share", "kind": "level", "value": D("48.4"), "unit": "%", "qualifiers": ["提高到"]}]),
    # City reports' series (自贡市 2021, 宁波市 2005, 贵港市 2025 of lawtext/gov)
    ("建筑业总产值增长12%以上。", [{"indicator": "construction_output", "kind": "growth", "value": D(12), "unit": "%", "qualifiers": ["以上"]}]),
    ("力争港口货物吞吐量达到2.4亿吨。", [{"indicator": "port_throughput", "kind": "level", "value": D("2.4"), "unit": "亿吨", "qualifiers": ["力争", "达到"]}]),
    ("农林牧渔业总产值增长5.1％。", [{"indicator": "agricultural_output", "kind": "growth", "value": D("5.1"), "unit": "%"}]),
    ("实际利用外商直接投资增长10%。", [{"indicator": "foreign_capital", "kind": "growth", "value": D(10), "unit": "%"}]),
    ("地区生产总值增长6.5%－7%。", [{"indicator": "gdp", "kind": "growth", "value": D("6.5"), "value_high": D(7), "unit": "%"}]),
    ("全员劳动生产率9.8万元/人左右。", [{"indicator": "labour_productivity", "kind": "level", "value": D("9.8"), "unit": "万元", "qualifiers": ["左右"]}]),
    ("二氧化硫、氮氧化物、化学需氧量、氨氮排放量分别削减2%、3%、2%和2%。", [
        {"indicator": i, "kind": "decline", "value": D(v), "unit": "%"}
        for i, v in (("so2_emissions", 2), ("nox_emissions", 3), ("cod_emissions", 2), ("ammonia_nitrogen_emissions", 2))
    ]),
    ("万元地区生产总值能耗、水耗分别下降2%和5%。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D(2), "unit": "%"},
        {"indicator": "water_intensity", "kind": "decline", "value": D(5), "unit": "%"},
    ]),
    ("地方财政收入与经济同步增长。", [{"indicator": "budget_revenue", "kind": "relative", "qualifiers": ["同步"], "against": "gdp", "measure": "growth"}]),
    ("城乡居民人均收入分别增长10%。", [
        {"indicator": i, "kind": "growth", "value": D(10), "unit": "%"} for i in ("urban_disposable_income", "rural_disposable_income")
    ]),
    ("消费品零售总额增长16%。", [{"indicator": "retail_sales", "kind": "growth", "value": D(16), "unit": "%"}]),
    ("居民消费价格指数为101%左右。", [{"indicator": "cpi", "kind": "level", "value": D(101), "qualifiers": ["左右"]}]),
    # 济南市 2025 of lawtext/gov: 合理增长 with no verb before it is the goal, as 保持合理增长 is
    ("固定资产投资合理增长。", [{"indicator": "fixed_asset_investment", "kind": "qualitative", "goal": "steady_growth"}]),
    # 那曲市 2022 of lawtext/gov: 增幅 of prices is their rate of change, a level as 涨幅 is
    ("居民消费价格指数增幅控制在3%以内。", [{"indicator": "cpi", "kind": "level", "value": D(3), "unit": "%", "qualifiers": ["控制在", "以内"]}]),
    ("在优化结构、提高效益、降低消耗、保护环境的基础上，生产总值增长11％。", [{"indicator": "gdp", "kind": "growth", "value": D(11), "unit": "%"}]),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "expected"), PHRASINGS, ids=[p for p, _ in PHRASINGS])
def test_a_phrasing_reads_into_targets(bundled: Index, passage: str, expected: list[dict[str, Any]]) -> None:
    """One clause, its targets: indicator, kind, figures, unit and qualifiers as written."""
    found = _targets(bundled, passage)
    assert [{k: v for k, v in t.items() if k not in ("wording", "indicator_zh")} for t in found] == expected


def test_the_national_average_is_a_provinces_parent(bundled: Index) -> None:
    """外贸进出口增长高于全国平均水平: against the parent in a province's report; in a city's, the country."""

    def compared(region: str) -> tuple[Any, ...]:
        text = _report("外贸进出口增长高于全国平均水平。")
        draft = as_json(
            extract(text, indicators=bundled.indicators(), regions=bundled.regions(), region=region)
        )
        (target,) = draft["targets"]
        return target["indicator"], target["against_region"], target["unsure"]

    assert compared("anhui") == ("foreign_trade", "parent", [])
    assert compared("jintan") == ("foreign_trade", "china", [])


def test_words_around_the_list_are_not_targets(bundled: Index) -> None:
    """在实际工作中努力争取更好结果 and the like are left out."""
    assert (
        len(_targets(bundled, "地区生产总值增长6%，在实际工作中努力争取更好结果；一般公共预算收入增长2%。"))
        == 2
    )


def test_words_that_open_a_list_outweigh_a_clause_of_purpose(bundled: Index) -> None:
    """以提高人均预期寿命为目标，… (guizhou-2026) is a purpose, however many figures follow it: the
    passage is the one 主要预期目标是：opens."""
    review = (
        "整体提升医疗卫生水平。以提高人均预期寿命为目标，深入实施整体提升卫生健康水平攻坚行动，"
        "人均预期寿命提升至76.8岁左右，建成200个县域医疗次中心，5个国家区域医疗中心开诊运营，"
        "理工类本专科专业占比超过47%，营养餐质量明显提升，持续改善就医条件，稳步提高服务能力。"
    )
    draft = _drafted(bundled, "地区生产总值增长5%左右。", review)
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [("gdp", D(5))]


def test_the_reasons_after_the_list_are_not_targets(bundled: Index) -> None:
    """提出地区生产总值增长8%左右，主要是考虑了… (beijing-2012) explains the list: the passage ends before it."""
    passage = "地区生产总值增长8%左右，居民消费价格涨幅控制在4%左右。提出地区生产总值增长8%左右，主要是考虑了国内外复杂经济形势的影响。"
    assert [(t["indicator"], t["value"]) for t in _targets(bundled, passage)] == [
        ("gdp", D(8)),
        ("cpi", D(4)),
    ]


def test_the_list_ends_at_words_that_look_back_on_its_targets(bundled: Index) -> None:
    """滨州市 2018 of lawtext/gov: 以上预期目标，突出了… ends the list (as 以上目标 does); 要稳定经济…基础 after it is no target."""
    passage = (
        "人口自然增长率控制在14‰以内。全面完成国家和省下达的节能减排约束性指标。以上预期目标，突出了稳中求进工作总基调，"
        "突出了高质量发展的根本要求。稳中求进既是对经济工作的要求，也是治国理政的重要原则。要稳定经济和社会发展基础，"
        "在稳的基础上，努力实现有质量、有效益、有一定速度的增长。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == [
        "population_growth",
        "energy_saving_emission_reduction",
    ]
    assert draft["unread"] == []


def test_words_before_a_clause_that_name_nothing_are_not_indicators(bundled: Index) -> None:
    """夯实基础、做实措施，地区生产总值增长8.5%左右 (chongqing-2018): GDP's target, the clause before unread."""
    draft = _drafted(bundled, "夯实基础、做实措施，地区生产总值增长8.5%左右。")
    assert [(t["indicator"], t["value"], t["wording"]) for t in draft["targets"]] == [
        ("gdp", D("8.5"), "地区生产总值增长8.5%左右")
    ]
    assert draft["unread"] == ["夯实基础、做实措施"]


def test_half_width_commas_split_clauses_but_not_numbers(bundled: Index) -> None:
    """A post's ASCII commas part clauses as ，does; the comma of 1,302.92 stays in its number."""
    found = _targets(bundled, "固定资产投资增长6%,其中工业投资完成200亿元;工业应税销售收入实现3,300亿元。")
    assert [(t["indicator"], t["kind"], t["value"]) for t in found] == [
        ("fixed_asset_investment", "growth", D(6)),
        ("industrial_investment", "level", D(200)),
        ("industrial_taxable_sales", "level", D(3300)),
    ]


def test_a_list_set_out_in_paragraphs_without_full_stops(bundled: Index) -> None:
    """A passage whose paragraph ends without 。 goes on into the next paragraphs that read as targets."""
    text = _report(
        "地区生产总值增长8%\n\n规上工业总产值增长20%\n\n实际使用外资稳中提质。\n\n为实现上述目标，我们将重点抓好七个方面工作。"
    )
    found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
    assert [t["indicator"] for t in found] == ["gdp", "industrial_output", "foreign_capital"]


def test_a_forum_post_gives_the_main_targets_of_the_bundled_data(bundled: Index) -> None:
    """The first dataset's forum thread, given --region and --year: the 13 main targets transcribed by hand, in order."""
    text = (REPORTS.parent / "jintan-2023-forum-thread.txt").read_text(encoding="utf-8")
    draft = as_json(
        extract(text, indicators=bundled.indicators(), regions=bundled.regions(), region="jintan", year=2023)
    )
    main = [t for t in bundled.targets(regions=["jintan"]) if t["area"] is None]
    assert [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"]] == [
        (t["indicator"], t["kind"], t["value"]) for t in main
    ]
    assert draft["outcomes"] == []


def test_clauses_read_as_no_target_are_listed(bundled: Index) -> None:
    """A clause of the passage that gives no target is listed (JSON unread, a TOML comment), not dropped unseen."""
    text = _report("地区生产总值增长5%左右，科技创新能力显著增强\x07。")
    draft = extract(text, indicators=bundled.indicators(), regions=bundled.regions())
    assert as_json(draft)["unread"] == ["科技创新能力显著增强\x07"]
    assert "#   科技创新能力显著增强\\x07\n" in as_toml(draft, source_name="r.md")


def test_targets_in_the_review_are_not_results(bundled: Index) -> None:
    """目标增长8%, 力争完成65亿元 and figures of the report's own year are targets, not last year's results."""
    review = "2024年地区生产总值目标增长8%；一般公共预算收入增长10%、力争完成65亿元。"
    draft = _drafted(bundled, "地区生产总值增长8%。", review)
    assert draft["outcomes"] == []


def test_a_city_the_data_lacks_is_not_taken_for_its_province(bundled: Index) -> None:
    """A report whose heading names a city the data does not have is drafted as a new region
    with that name, though its opening names its province (在四川省委坚强领导下) more."""
    draft = _drafted(bundled, "地区生产总值增长8%。", "在四川省委、四川省政府坚强领导下，四川天府新区获批。")
    assert (draft["region"], draft["region_zh"]) == (None, "测试市")


def test_only_the_first_100000_characters_of_a_review_are_read(bundled: Index) -> None:
    """A review is read as far as three times the longest report, so that megabytes of text
    before the targets are not read for each indicator: a result beyond that is not drafted."""
    filler = "各项事业稳步推进" * 12500 + "。"  # 100,001 characters
    late = _drafted(bundled, "地区生产总值增长5%。", filler + "全年地区生产总值增长4%。")
    early = _drafted(bundled, "地区生产总值增长5%。", "全年地区生产总值增长4%。" + filler)
    assert [o["growth"] for o in late["outcomes"]] == []
    assert [o["growth"] for o in early["outcomes"]] == [D(4)]


def test_the_review_gives_the_years_results(bundled: Index) -> None:
    """GDP and budget revenue with growth and level, others with a growth rate, estimates marked: a
    leading 预计 reaches to the sentence's end, across ；."""
    review = "预计全年实现地区生产总值9500亿元左右，增长4%左右；一般公共预算收入631.8亿元，同口径增长1.6%；社会消费品零售总额增长3%；城镇新增就业12万人。"
    draft = _drafted(bundled, "地区生产总值增长5%。", review)
    outcomes = {o["indicator"]: o for o in draft["outcomes"]}
    assert set(outcomes) == {"gdp", "budget_revenue", "retail_sales"}
    gdp = outcomes["gdp"]
    assert (gdp["year"], gdp["growth"], gdp["level"], gdp["level_unit"], gdp["estimate"]) == (
        2023,
        D(4),
        D(9500),
        "亿元",
        True,
    )
    budget = outcomes["budget_revenue"]
    assert (budget["growth"], budget["level"], budget["estimate"]) == (D("1.6"), D("631.8"), True)


def test_a_sentence_without_a_leading_estimate_is_not_one(bundled: Index) -> None:
    """Figures of a sentence that opens without 预计 are the year's results, not estimates."""
    review = "全年地区生产总值9500亿元，增长4%；一般公共预算收入631.8亿元，增长1.6%。"
    draft = _drafted(bundled, "地区生产总值增长5%。", review)
    assert [(o["indicator"], o["estimate"]) for o in draft["outcomes"]] == [
        ("gdp", False),
        ("budget_revenue", False),
    ]


def test_the_results_of_the_indicators_targeted_last_year_in_their_own_sentences(bundled: Index) -> None:
    """The review is read for each indicator targeted last year, in the sentence that gives it,
    levels in its own unit included (城镇登记失业率3.2%, 城镇新增就业12万人); without last year's
    report, only GDP and the indicators given a growth rate beside it."""
    review = "全年地区生产总值增长4%。城镇新增就业12万人，城镇登记失业率3.2%。"
    assert _results(bundled, review, {"gdp", "new_urban_jobs", "registered_unemployment"}) == {
        "gdp": (D(4), None, None, None, False),
        "new_urban_jobs": (None, D(12), "万人", None, False),
        "registered_unemployment": (None, D("3.2"), "%", None, False),
    }
    assert _results(bundled, review, None) == {"gdp": (D(4), None, None, None, False)}


def test_a_bare_fiscal_revenue_beside_a_local_one_is_the_total(bundled: Index) -> None:
    """财政收入…其中地方收入: the bare one is total fiscal revenue, the local one the budget's
    (the rule of docs/transcribing.md)."""
    review = "全年财政收入656.4亿元，增长26.1%，其中地方收入333.8亿元，增长21.7%。"
    draft = _drafted(bundled, "地区生产总值增长5%。", review)
    got = {o["indicator"]: (o["level"], o["growth"]) for o in draft["outcomes"]}
    assert got == {"total_fiscal_revenue": (D("656.4"), D("26.1")), "budget_revenue": (D("333.8"), D("21.7"))}


def test_levels_listed_respectively_go_to_each_income(bundled: Index) -> None:
    """分别为24839元和9916元: the second level, after 和, is the second income's, as the growths are."""
    review = "城镇、农村常住居民人均可支配收入分别为24839元和9916元，增长9%和12%。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_disposable_income"}) == {
        "urban_disposable_income": (D(9), D(24839), "元", None, False),
        "rural_disposable_income": (D(12), D(9916), "元", None, False),
    }


def test_a_respectively_clause_gives_its_figures_to_the_clauses_before(bundled: Index) -> None:
    """…24725元，…10747元，分别实际增长7%和6.5%: one growth to each income the clauses before named."""
    review = "城镇居民人均可支配收入达到24725元，农民人均纯收入10747元，分别实际增长7%和6.5%。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_net_income"}) == {
        "urban_disposable_income": (D(7), D(24725), "元", None, False),
        "rural_net_income": (D("6.5"), D(10747), "元", None, False),
    }


def test_incomes_named_together_then_respectively_are_results(bundled: Index) -> None:
    """城镇居民人均可支配收入、农民人均纯收入分别增长13%和15%以上: the sentence that gives each income its growth."""
    review = "城镇居民人均可支配收入、农民人均纯收入分别增长13%和15%以上。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_net_income"}) == {
        "urban_disposable_income": (D(13), None, None, None, False),
        "rural_net_income": (D(15), None, None, None, False),
    }


def _results(bundled: Index, review: str, targeted_last_year: set[str] | None) -> dict[str, tuple[Any, ...]]:
    """Each result (growth, level, unit, change, estimate) drafted from a review of a Jintan report
    of 2024, the data's report of 2023 having targeted ``targeted_last_year`` (None: no such report)."""
    asked = []

    def targeted(region: str, year: int) -> set[str] | None:
        asked.append((region, year))
        return targeted_last_year

    draft = extract(
        _report("地区生产总值增长5%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=targeted,
    )
    assert asked == [("jintan", 2023)]
    return {
        o["indicator"] or "": (o["growth"], o["level"], o["level_unit"], o["change_pp"], o["estimate"])
        for o in as_json(draft)["outcomes"]
    }


def test_results_are_drafted_for_the_indicators_targeted_last_year(bundled: Index) -> None:
    """With last year's report in the data, the results drafted are those of its targets (and
    GDP's and budget revenue's), levels of rates included; without it, those with a growth rate."""
    review = "全年地区生产总值增长5.8%，社会消费品零售总额增长4.1%，年末城镇登记失业率2.56%。"
    assert _results(bundled, review, {"gdp", "registered_unemployment"}) == {
        "gdp": (D("5.8"), None, None, None, False),
        "registered_unemployment": (None, D("2.56"), "%", None, False),
    }
    assert _results(bundled, review, None) == {
        "gdp": (D("5.8"), None, None, None, False),
        "retail_sales": (D("4.1"), None, None, None, False),
    }


def test_a_count_of_five_years_is_passed_over_for_the_years(bundled: Index) -> None:
    """江苏 2016: 五年城镇新增就业681.6万人 is the five years' count; the year's is in a later sentence."""
    review = "积极扩大就业，五年城镇新增就业681.6万人。全省地区生产总值增长8.5%，城镇新增就业139.8万人。"
    assert _results(bundled, review, {"gdp", "new_urban_jobs"}) == {
        "gdp": (D("8.5"), None, None, None, False),
        "new_urban_jobs": (None, D("139.8"), "万人", None, False),
    }


def test_a_share_of_gdp_after_a_clause_is_the_share_of_what_it_named(bundled: Index) -> None:
    """江苏 2015: 全社会研发投入1630亿元，占地区生产总值的比重达2.5% gives the R&D intensity."""
    review = "全省地区生产总值增长8%，全社会研发投入1630亿元，占地区生产总值的比重达2.5%。"
    assert _results(bundled, review, {"gdp", "rd_intensity"}) == {
        "gdp": (D(8), None, None, None, False),
        "rd_intensity": (None, D("2.5"), "%", None, False),
    }


def test_a_bare_output_after_the_grain_is_the_grains(bundled: Index) -> None:
    """吉林 2022: 粮食生产获得大丰收，总产量807.84亿斤 gives the grain output, worded from 粮食."""
    review = "全省地区生产总值增长8%。粮食生产获得大丰收，总产量807.84亿斤。"
    assert _results(bundled, review, {"gdp", "grain_output"}) == {
        "gdp": (D(8), None, None, None, False),
        "grain_output": (None, D("807.84"), "亿斤", None, False),
    }
    review = "全省地区生产总值增长8%。粮食再获丰收，总产达613.6亿斤。"
    assert _results(bundled, review, {"gdp", "grain_output"})["grain_output"] == (
        None,
        D("613.6"),
        "亿斤",
        None,
        False,
    )
    # 安徽 2012: the prices' rise, named in the clause before
    review = "全省地区生产总值增长8%，居民消费价格涨幅连续6个月回落，全年涨幅为5.6%。"
    assert _results(bundled, review, {"gdp", "cpi"})["cpi"] == (None, D("5.6"), "%", None, False)


@pytest.mark.parametrize(
    ("review", "level"),
    [
        ("去年新增城镇就业70.8万人，城镇登记失业率控制在4.3%以内。", D("70.8")),
        ("**新增城镇就业51.9万人，城镇登记失业率3.4%。", D("51.9")),
    ],
)
def test_words_before_a_name_spelt_another_way_are_passed_over(bundled: Index, review: str, level: D) -> None:
    """湖南 2011 and 云南 2019: 去年 or a bold mark before 新增城镇就业 (the catalogue's 城镇新增就业
    turned round) is not part of its name."""
    assert _results(bundled, review, {"new_urban_jobs"}) == {
        "new_urban_jobs": (None, level, "万人", None, False)
    }


def test_a_bound_in_the_review_of_five_years_is_not_the_last_years_result(bundled: Index) -> None:
    """安徽 2008: 人口自然增长率稳定在7‰以内, in the review of the five years before the last year's,
    bounds the five years; the last year's gives the rate no figure, so none is drafted."""
    review = "过去五年，经济较快增长。人口自然增长率稳定在7‰以内。\n\n2023年，地区生产总值增长8%。"
    assert _results(bundled, review, {"gdp", "population_growth"}) == {"gdp": (D(8), None, None, None, False)}


def test_a_bound_in_a_review_of_five_years_alone_is_the_five_years(bundled: Index) -> None:
    """贵州 2011 and 天津 2006: a review of the five years that reviews no last year apart
    (“十一五”时期…) bounds the five years (城镇登记失业率控制在4%以内); one said of 去年 in its clause
    group is the year's (湖南 2011)."""
    review = (
        "“十一五”时期，全省经济较快发展。城镇新增就业95万人，城镇登记失业率控制在4%以内。"
        "全省生产总值增长12.8%。\n"
    )
    assert _results(bundled, review, {"gdp", "registered_unemployment"}) == {
        "gdp": (D("12.8"), None, None, None, False)
    }
    review = (
        "“十一五”时期，全省经济较快发展。实施积极的就业政策成效明显，去年新增城镇就业70.8万人，"
        "城镇登记失业率控制在4.3%以内；农村劳动力转移就业达到1320.8万人。全省生产总值增长12.8%。\n"
    )
    assert _results(bundled, review, {"gdp", "registered_unemployment"}) == {
        "gdp": (D("12.8"), None, None, None, False),
        "registered_unemployment": (None, D("4.3"), "%", None, False),
    }


def test_changes_since_a_year_long_past_are_not_the_years(bundled: Index) -> None:
    """山西 2011 and 黑龙江 2011: a change compared with a year before the last but one (与2005年相比，
    up to the ；) or with the end of the plan before (比“十五”期末) is of several years; the levels
    beside it are the year's."""
    review = (
        "全省生产总值增长13%。与2005年相比，万元地区生产总值综合能耗下降22%，化学需氧量、二氧化硫排放量"
        "分别削减16.3%、13.5%，全部超额完成了国家下达的“十一五”节能减排目标任务；森林覆盖率由14%提高到18%。\n"
    )
    assert _results(bundled, review, {"gdp", "energy_intensity", "cod_emissions", "forest_coverage"}) == {
        "gdp": (D(13), None, None, None, False),
        "forest_coverage": (None, D(18), "%", None, False),
    }
    review = (
        "全省生产总值增长13%。城镇居民人均可支配收入达到13856元，农村居民人均纯收入达到6210.7元，"
        "分别比“十五”期末增长67.5%和92.8%。\n"
    )
    assert _results(bundled, review, {"gdp", "urban_disposable_income"}) == {
        "gdp": (D(13), None, None, None, False),
        "urban_disposable_income": (None, D(13856), "元", None, False),
    }


def test_a_rate_held_about_a_figure_in_the_review_of_five_years_is_the_five_years(bundled: Index) -> None:
    """上海 2018 and 天津 2008: 城镇登记失业率稳定在4.1%左右 and 环保投入…保持在3%左右, in the review of
    the five years, hold for all of them, not the last year's result."""
    review = (
        "过去五年，全市生产总值年均增长7.1%。城镇登记失业率稳定在4.1%左右。"
        "环保投入相当于全市生产总值的比例保持在3%左右。全市生产总值增长6.9%。\n"
    )
    wanted = {"gdp", "registered_unemployment", "environmental_investment_share"}
    assert _results(bundled, review, wanted) == {"gdp": (D("6.9"), None, None, None, False)}


def test_an_income_target_is_judged_by_the_urban_and_rural_results(bundled: Index) -> None:
    """城乡居民收入 targeted last year: the urban and rural incomes the review names (城镇居民、农村居民…分别)."""
    review = "城镇居民、农村居民人均可支配收入分别增长5.2%、7.6%。"
    assert _results(bundled, review, {"disposable_income"}) == {
        "urban_disposable_income": (D("5.2"), None, None, None, False),
        "rural_disposable_income": (D("7.6"), None, None, None, False),
    }


def test_an_income_target_with_its_own_growth_is_judged_by_it(bundled: Index) -> None:
    """居民人均可支配收入实际增长7%，其中农村居民…实际增长8.1% (guangxi-2018): where the review gives
    the whole income a growth, that is its result, not the rural one beside it; the urban and rural
    ones stand for it only where it has none (城镇和农村常住居民人均可支配收入比上年分别增长8.9%和10%,
    shanghai-2017, 比上年 not part of the name; 脱贫地区人均可支配收入, guangxi-2025, a part's)."""
    review = "居民人均可支配收入实际增长7%，其中农村居民人均可支配收入实际增长8.1%。"
    assert _results(bundled, review, {"disposable_income"}) == {
        "disposable_income": (D(7), None, None, None, False),
    }
    review = "脱贫地区人均可支配收入增长7.6%。城镇和农村常住居民人均可支配收入比上年分别增长8.9%和10%。"
    assert _results(bundled, review, {"disposable_income"}) == {
        "urban_disposable_income": (D("8.9"), None, None, None, False),
        "rural_disposable_income": (D(10), None, None, None, False),
    }


def test_the_plan_for_the_next_five_years_gives_no_results(bundled: Index) -> None:
    """A term's first report (anhui-2008): what its review of the last year lacks is looked for in
    the five years' review, not in the plan after it (今后五年…财政总收入超过2000亿元)."""
    review = (
        "过去的五年，是经济持续较快发展的五年。\n\n过去的一年，全省生产总值增长13.9%。\n\n"
        "今后五年的发展目标是：\n\n——综合实力明显增强。财政总收入超过2000亿元，年均增长15%。"
    )
    assert _results(bundled, review, {"gdp", "total_fiscal_revenue"}) == {
        "gdp": (D("13.9"), None, None, None, False),
    }


def test_the_plan_of_the_next_five_years_under_its_heading_gives_no_results(bundled: Index) -> None:
    """长沙市 2006 of lawtext/gov: under 二、“十一五”时期经济社会发展的主要目标和展望, after a review of the
    plan before (一、关于“十五”计划的执行情况), 单位地区生产总值能耗降低15%左右 is the plan's goal, no result."""
    review = (
        "**一、关于“十五”计划的执行情况**\n\n2005年全市实现地区生产总值1517亿元，同比增长15%。\n\n"
        "**二、“十一五”时期经济社会发展的主要目标和展望**\n\n“十一五”时期要努力实现以下目标：地区生产总值年均增长13%。"
        "非公有制经济占地区生产总值比重达65%左右，单位地区生产总值能耗降低15%左右。"
    )
    text = _report("地区生产总值增长14%；单位地区生产总值能耗降低4%。", review)
    text = text.replace("2024", "2006").replace("2023", "2005")
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(o["indicator"], o["growth"], o["level"]) for o in draft["outcomes"]] == [
        ("gdp", D(15), D(1517)),
    ]


def test_a_paragraph_of_the_next_five_years_goals_gives_no_results(bundled: Index) -> None:
    """东莞 2012 (lawtext/gov): a paragraph that opens on the goals of the five years ahead, under no
    numbered heading (未来五年，全市发展的主要目标是：…单位生产总值能耗降低19.5%), gives no results."""
    review = (
        "过去五年工作回顾\n\n全市生产总值从2006年的2628亿元增加到2011年的4735亿元。\n\n"
        "未来五年，全市发展的主要目标是：生产总值年均增长8%以上，单位生产总值能耗降低19.5%。\n\n"
    )
    text = _report("地区生产总值增长8%；单位生产总值能耗下降4.25%。", review)
    text = text.replace("2024", "2012").replace("2023", "2011")
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(o["indicator"], o["growth"], o["level"]) for o in draft["outcomes"]] == [
        ("gdp", None, D(4735)),
    ]


def test_a_trade_among_the_services_is_not_all_of_them(bundled: Index) -> None:
    """成都 2025 (lawtext/gov): 信息传输、软件和信息技术服务业增加值增长8.2% is a trade's growth, not the
    services' value added, in the review and as a name."""
    review = "地区生产总值增长5.7%。信息传输、软件和信息技术服务业增加值增长8.2%。"
    assert _results(bundled, review, {"gdp", "services_value_added"}) == {
        "gdp": (D("5.7"), None, None, None, False)
    }
    assert Catalogue(bundled.indicators()).match("现代服务业增加值") is None


def test_a_long_plan_section_is_passed_over_in_time(bundled: Index) -> None:
    """yunnan-2006 of the panel took 6.5 s when its plan section (二、“十一五”…) was blanked into one
    run of line ends, which each line-start pattern scanned again: blanked line for line, a plan of
    20,000 characters is passed over at once, and the year's results are still read."""
    plan = "——城镇化水平进一步提高，城乡居民收入稳定增长，社会保障体系更加完善。\n" * 600
    review = (
        "**一、关于“十五”计划的执行情况**\n\n2005年全市实现地区生产总值1517亿元，同比增长15%。\n\n"
        f"**二、“十一五”时期经济社会发展的主要目标和展望**\n\n{plan}\n**三、2006年的工作**\n\n"
    )
    text = _report("地区生产总值增长14%。", review).replace("2024", "2006").replace("2023", "2005")
    started = time.perf_counter()
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert time.perf_counter() - started < 5
    assert [(o["indicator"], o["growth"], o["level"]) for o in draft["outcomes"]] == [("gdp", D(15), D(1517))]


def test_a_parts_result_is_not_the_regions(bundled: Index) -> None:
    """兵团生产总值预计完成380亿元 (xinjiang-2007: the Corps'), 服务业实际利用外资增长14.9% (fujian-2010),
    贫困地区农民人均可支配收入增长12.2% (gansu-2017): a part's results, not the region's."""
    review = (
        "兵团生产总值预计完成380亿元，增长12%。服务业实际利用外资增长14.9%。"
        "贫困地区农民人均可支配收入增长12.2%。全区生产总值初步预计3000亿元，增长11.2%。"
    )
    assert _results(bundled, review, {"gdp", "foreign_capital", "disposable_income"}) == {
        "gdp": (D("11.2"), D(3000), "亿元", None, True),
    }


def test_the_budget_revenue_is_the_part_a_wider_one_holds(bundled: Index) -> None:
    """一般预算收入51.2亿元，增长17.2%，其中地方一般预算收入26.9亿元，增长11.9% (qinghai-2005): the
    part after 其中 is the budget's revenue; a bare 财政收入 before it (其中一般预算收入620.83亿元,
    guangxi-2010) is the total; 大口径财政收入 (gansu-2010) is the total too."""
    review = "完成一般预算收入51.2亿元，增长17.2%，其中地方一般预算收入26.9亿元，增长11.9%。"
    assert _results(bundled, review, {"budget_revenue"}) == {
        "budget_revenue": (D("11.9"), D("26.9"), "亿元", None, False),
    }
    review = "财政收入966.89亿元，增长14.7%，其中一般预算收入620.83亿元，增长19.8%。"
    assert _results(bundled, review, {"total_fiscal_revenue"}) == {
        "total_fiscal_revenue": (D("14.7"), D("966.89"), "亿元", None, False),
        "budget_revenue": (D("19.8"), D("620.83"), "亿元", None, False),
    }
    review = "大口径财政收入完成604亿元，增长36.6%；地方财政收入完成286.7亿元，增长20.9%。"
    assert _results(bundled, review, {"budget_revenue"}) == {
        "budget_revenue": (D("20.9"), D("286.7"), "亿元", None, False),
    }


def test_a_level_raised_from_an_earlier_years_is_the_last_years(bundled: Index) -> None:
    """地区生产总值从2010年的4.60万亿元增加到2015年的7.28万亿元 (guangdong-2016; here in a report of
    2024, its years moved on): the level of the year reviewed, not the earlier one; one of another
    year is none; 全年经济增长11% (chongqing-2016) gives GDP its growth, the name ending in its verb."""
    review = "地区生产总值从2018年的4.60万亿元增加到2023年的7.28万亿元。"
    assert _results(bundled, review, {"gdp"}) == {"gdp": (None, D("7.28"), "万亿元", None, False)}
    review = "地区生产总值从2013年的2.2万亿元增加到2018年的4.60万亿元。"
    assert _results(bundled, review, {"gdp"}) == {}
    assert _results(bundled, "全年经济增长11%。", {"gdp"}) == {"gdp": (D(11), None, None, None, False)}


def test_figures_of_several_years_are_not_the_years_results(bundled: Index) -> None:
    """城镇新增就业每年110万人以上 (shandong-2018), 城镇登记失业率始终控制在4.5%以内 (heilongjiang-2016),
    单位生产总值能耗五年下降24.4% (hebei-2018): figures of several years, not of the year reviewed;
    城镇登记失业率控制在4%以内 after 城镇新增就业50万人 (anhui-2009) is the year's."""
    review = "城镇新增就业每年110万人以上，城镇登记失业率始终控制在4.5%以内，单位生产总值能耗五年下降24.4%。"
    targeted = {"new_urban_jobs", "registered_unemployment", "energy_intensity"}
    assert _results(bundled, review, targeted) == {}
    # A bound in a sentence of five years' figures (jiangsu-2011) is theirs; in the year's, the year's.
    review = "就业规模不断扩大，五年新增城镇就业587万人，城镇登记失业率控制在3.5%以内。"
    assert _results(bundled, review, targeted) == {}
    review = "城镇新增就业50万人，城镇登记失业率控制在4%以内。"
    assert _results(bundled, review, targeted) == {
        "new_urban_jobs": (None, D(50), "万人", None, False),
        "registered_unemployment": (None, D(4), "%", None, False),
    }


def test_emissions_cut_and_grain_harvested(bundled: Index) -> None:
    """化学需氧量和二氧化硫排放量分别削减3%和5.1% (jiangsu-2010): 削减 is a fall; 粮食总产达614.9亿斤
    (hunan-2022): 粮食总产 is the grain output."""
    review = "化学需氧量和二氧化硫排放量分别削减3%和5.1%。粮食总产达614.9亿斤。"
    assert _results(bundled, review, {"cod_emissions", "so2_emissions", "grain_output"}) == {
        "cod_emissions": (D(-3), None, None, None, False),
        "so2_emissions": (D("-5.1"), None, None, None, False),
        "grain_output": (None, D("614.9"), "亿斤", None, False),
    }


def test_a_rate_that_turned_and_a_share_of_an_amount(bundled: Index) -> None:
    """固定资产投资由上年下降40.3%收窄为下降3.9% (gansu-2019): the rate it became is the result;
    进出口额占全省进出口总额的65.2% (heilongjiang-2006, of the non-public economy): a share, no result."""
    review = "固定资产投资由上年下降40.3%收窄为下降3.9%。进出口额占全省进出口总额的65.2%。"
    assert _results(bundled, review, {"fixed_asset_investment", "foreign_trade"}) == {
        "fixed_asset_investment": (D("-3.9"), None, None, None, False),
    }


def test_a_level_said_to_be_about_and_figures_that_are_none(bundled: Index) -> None:
    """实现进出口总额约3200亿元，增长6%以上 (changzhou-2023): 约 gives a level; 人均财政收入超过1000元
    (jiangxi-2007) is per head, not the budget's revenue; 生产总值将突破6万亿元 (shandong-2011) is
    what will be, not a result."""
    review = "实现进出口总额约3200亿元，增长6%以上。人均财政收入超过1000元。全省生产总值将突破6万亿元。"
    assert _results(bundled, review, {"foreign_trade"}) == {
        "foreign_trade": (D(6), D(3200), "亿元", None, False),
    }


def test_foreign_capital_received_and_a_growth_after_dollars(bundled: Index) -> None:
    """实际到账外资140.5亿美元，增长13.8% (shandong-2014) and 实际利用外商投资46.9亿美元 (hubei-2010) are
    foreign capital; 出口533亿美元，下降6.4% (fujian-2010): the growth after a level in dollars."""
    review = "实际到账外资140.5亿美元，增长13.8%。出口533亿美元，下降6.4%。"
    assert _results(bundled, review, {"foreign_capital", "exports"}) == {
        "foreign_capital": (D("13.8"), D("140.5"), "亿美元", None, False),
        "exports": (D("-6.4"), D(533), "亿美元", None, False),
    }
    review = "实际利用外商投资46.9亿美元，增长13.9%。"
    assert _results(bundled, review, {"foreign_capital"}) == {
        "foreign_capital": (D("13.9"), D("46.9"), "亿美元", None, False),
    }


def test_a_level_given_as_a_bound_then_exactly(bundled: Index) -> None:
    """全年生产总值1万亿元以上，达到11330.68亿元，增长13.4% (hubei-2009): the exact level, not the bound."""
    review = "全年生产总值1万亿元以上，达到11330.68亿元，增长13.4%。"
    assert _results(bundled, review, {"gdp"}) == {"gdp": (D("13.4"), D("11330.68"), "亿元", None, False)}


def test_town_and_country_incomes_given_two_levels_or_named_for_a_part(bundled: Index) -> None:
    """城乡居民人均可支配收入34993元和13747元，分别增长6.4％和6.7％ (liaoning-2018): the urban and the
    rural income, each its level and growth; 湘西地区农村居民人均可支配收入增幅… (hunan-2021) is a
    part's, so the rural income is the one of 城乡居民人均可支配收入分别增长4.7%、7.7%."""
    targeted = {"urban_disposable_income", "rural_disposable_income"}
    review = "城乡居民人均可支配收入34993元和13747元，分别增长6.4％和6.7％。"
    assert _results(bundled, review, targeted) == {
        "urban_disposable_income": (D("6.4"), D(34993), "元", None, False),
        "rural_disposable_income": (D("6.7"), D(13747), "元", None, False),
    }
    review = (
        "城乡居民人均可支配收入分别增长4.7%、7.7%。"
        "湘西地区农村居民人均可支配收入增幅高于全省平均水平1.8个百分点。"
    )
    assert _results(bundled, review, targeted) == {
        "urban_disposable_income": (D("4.7"), None, None, None, False),
        "rural_disposable_income": (D("7.7"), None, None, None, False),
    }


def test_a_result_is_drafted_to_the_fen_and_no_finer(bundled: Index) -> None:
    """农民人均纯收入2770.5元，增长11.1％ (guangxi-2007): a result's level is held to the fen
    (docs/format.md), so it is drafted; a figure finer than a fen is not a level the draft can hold."""
    review = "城镇居民人均可支配收入9899.125元，增长11％；农民人均纯收入2770.5元，增长11.1％。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_net_income"}) == {
        "urban_disposable_income": (D(11), None, None, None, False),
        "rural_net_income": (D("11.1"), D("2770.5"), "元", None, False),
    }


def test_a_total_fiscal_revenue_not_targeted_last_year_is_not_drafted(bundled: Index) -> None:
    """财政总收入2056亿元，增长21.3%，其中，地方级财政收入1151亿元，增长23.5% (fujian-2011), the year
    before having targeted the budget's revenue: only that one's result (docs/transcribing.md: the
    results of the indicators targeted the year before)."""
    review = "财政总收入2056亿元，增长21.3%，其中，地方级财政收入1151亿元，增长23.5%。"
    assert _results(bundled, review, {"budget_revenue"}) == {
        "budget_revenue": (D("23.5"), D(1151), "亿元", None, False),
    }


def test_a_bare_fiscal_revenue_is_the_one_targeted_last_year(bundled: Index) -> None:
    """财政收入增长14% (anhui-2008's words) is the total fiscal revenue, target and result, where the
    report of the year before targeted that and not the budget's; else the budget's, as before."""

    def keys(targeted_last_year: set[str]) -> tuple[list[str | None], list[str | None]]:
        draft = extract(
            _report("全省生产总值增长12%，财政收入增长14%。", "全省生产总值增长13.9%，财政收入增长26.7%。"),
            indicators=bundled.indicators(),
            regions=bundled.regions(),
            region="anhui",
            targeted=lambda region, year: targeted_last_year,
        )
        return [t.indicator for t in draft.targets], [o.indicator for o in draft.outcomes]

    total = (["gdp", "total_fiscal_revenue"], ["gdp", "total_fiscal_revenue"])
    assert keys({"gdp", "total_fiscal_revenue"}) == total
    assert keys({"gdp", "budget_revenue"}) == (["gdp", "budget_revenue"], ["gdp", "budget_revenue"])


def test_the_rural_part_of_both_incomes_before_2014_is_net_income_in_the_review_too(bundled: Index) -> None:
    """长沙市 2006 of lawtext/gov: 城乡居民人均可支配收入分别达12300元和4600元 gives the rural net income, as
    the target 城乡居民人均可支配收入分别增长9%和8% does; 农村居民人均可支配收入 named keeps the disposable."""

    def rural(review: str) -> list[tuple[str | None, Any]]:
        text = _report("城乡居民人均可支配收入分别增长9%和8%。", review)
        text = text.replace("2024", "2006").replace("2023", "2005")
        draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
        return [(o["indicator"], o["level"]) for o in draft["outcomes"] if "rural" in (o["indicator"] or "")]

    assert rural("2005年城乡居民人均可支配收入分别达12300元和4600元。") == [("rural_net_income", D(4600))]
    assert rural("2005年城镇和农村居民人均可支配收入分别达12300元和4600元。") == [
        ("rural_disposable_income", D(4600))
    ]


def test_a_rate_of_growth_is_a_level_in_its_own_unit(bundled: Index) -> None:
    """人口自然增长率6.2％ is a level of ‰ (the indicator's unit), 0.65％ a true percentage, and
    下降到6.1‰ a level, not a fall."""
    assert _results(bundled, "人口自然增长率6.2％。", {"population_growth"}) == {
        "population_growth": (None, D("6.2"), "‰", None, False)
    }
    assert _results(bundled, "人口自然增长率下降到6.1‰。", {"population_growth"}) == {
        "population_growth": (None, D("6.1"), "‰", None, False)
    }
    # under 1, a true percentage (安徽 2004: 人口自然增长率控制在0.65％以内, that is 6.5‰)
    assert _results(bundled, "人口自然增长率控制在0.65％以内。", {"population_growth"}) == {
        "population_growth": (None, D("0.65"), "%", None, False)
    }


def test_a_rate_reached_in_percent_is_a_level_in_its_own_unit(bundled: Index) -> None:
    """昭通市 2014 of lawtext/gov: 人口自然增长率下降至7.4% is a level reached in ‰ (the text's % for ‰),
    as a bare 7.4％ is; under 1, still a true percentage."""
    assert _results(bundled, "人口计生工作持续加强，人口自然增长率下降至7.4%。", {"population_growth"}) == {
        "population_growth": (None, D("7.4"), "‰", None, False)
    }
    assert _results(bundled, "人口自然增长率下降至0.74%。", {"population_growth"}) == {
        "population_growth": (None, D("0.74"), "%", None, False)
    }


def test_levels_held_or_averaged_and_incomes_worded_another_way(bundled: Index) -> None:
    """城镇调查失业率平均为5.2% (china-2024), 保持在4.4%左右 (beijing-2020); 城乡居民人均收入分别
    实际增长7%和7.1% (beijing-2016), in GDP's sentence: the urban and rural disposable incomes."""
    assert _results(bundled, "城镇调查失业率平均为5.2%。", {"surveyed_unemployment"}) == {
        "surveyed_unemployment": (None, D("5.2"), "%", None, False)
    }
    assert _results(bundled, "城镇调查失业率保持在4.4%左右。", {"surveyed_unemployment"}) == {
        "surveyed_unemployment": (None, D("4.4"), "%", None, True)
    }
    review = "全年地区生产总值增长6.9%，城乡居民人均收入分别实际增长7%和7.1%。"
    assert _results(bundled, review, {"gdp", "disposable_income"}) == {
        "gdp": (D("6.9"), None, None, None, False),
        "urban_disposable_income": (D(7), None, None, None, False),
        "rural_disposable_income": (D("7.1"), None, None, None, False),
    }


def test_growth_said_with_bare_zeng_and_averages_over_years_are_not_results(bundled: Index) -> None:
    """增26.7% is a growth; a second figure after 年均分别增长 is an average over years too."""
    review = "城镇居民人均可支配收入11467元，增26.7%；农民人均纯收入3180元，年均分别增长12.3%和10.7%。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_net_income"}) == {
        "urban_disposable_income": (D("26.7"), D(11467), "元", None, False),
        "rural_net_income": (None, D(3180), "元", None, False),
    }


def test_a_result_named_another_way_or_given_its_level_in_a_later_clause(bundled: Index) -> None:
    """A targeted indicator the review words another way is found by its clause's subject (the
    level a five-year review ends on is the year's); a later clause's 总量 gives the level."""
    review = (
        "全省地区生产总值增长5.8%，经济总量跨上5万亿元台阶。"
        "科技投入占地区生产总值的5.2%。研究与试验发展经费支出占生产总值比重由1.22%提高到1.82%。"
    )
    assert _results(bundled, review, {"gdp", "rd_intensity"}) == {
        "gdp": (D("5.8"), D(5), "万亿元", None, False),
        "rd_intensity": (None, D("1.82"), "%", None, False),
    }


def test_a_five_year_review_gives_way_to_the_last_years(bundled: Index) -> None:
    """In a term's first report the results are those of the last year's review, not the five
    years' before it, nor the next five years' plan after it; a part's GDP (海洋生产总值) is not the region's."""
    review = (
        "一、过去五年工作回顾\n\n五年来，城镇居民人均可支配收入增长75%，森林覆盖率提高到40%。\n\n"
        "刚刚过去的2023年，全省地区生产总值增长5.2%，海洋生产总值增长6%；城镇居民人均可支配收入"
        "达到47532元，增长5%；森林覆盖率达到37%。\n\n“十五五”时期主要目标：森林覆盖率提高到45%。\n"
    )
    assert _results(bundled, review, {"gdp", "urban_disposable_income", "forest_coverage"}) == {
        "gdp": (D("5.2"), None, None, None, False),
        "urban_disposable_income": (D(5), D(47532), "元", None, False),
        "forest_coverage": (None, D(37), "%", None, False),
    }


def test_the_last_years_review_may_open_within_a_paragraph(bundled: Index) -> None:
    """河北 2006: 特别需要指出的是，刚刚过去的2005年 opens the last year's review mid-paragraph,
    after the five years' (2003年以来城镇新增就业116万人 is not the year's count)."""
    review = (
        "过去的五年，全省经济较快发展。就业持续扩大，2003年以来城镇新增就业116万人。"
        "特别需要指出的是，刚刚过去的2023年，各条战线都取得了新成绩、新进展。全省生产总值增长13.4%，"
        "城镇新增就业46万人。\n"
    )
    assert _results(bundled, review, {"gdp", "new_urban_jobs"}) == {
        "gdp": (D("13.4"), None, None, None, False),
        "new_urban_jobs": (None, D(46), "万人", None, False),
    }


def test_the_five_years_review_gives_levels_not_counts_or_changes(bundled: Index) -> None:
    """湖北 2018 and 河南 2023: what the last year's review lacks is looked for in the five years'
    before it, where a count (城镇新增就业432万人) or a change (提高6.5个百分点; 能耗下降23.7%) is
    the five years'; a level reached (常住人口城镇化率57.1%) is the last year's."""
    review = (
        "一、过去五年工作回顾\n\n五年来，经济社会发展取得历史性成就。城镇新增就业432万人。"
        "常住人口城镇化率57.1%、提高6.5个百分点。万元生产总值能耗下降23.7%。\n\n"
        "刚刚过去的2023年，全省地区生产总值增长7.8%。\n"
    )
    wanted = {"gdp", "new_urban_jobs", "urbanization_rate", "energy_intensity"}
    assert _results(bundled, review, wanted) == {
        "gdp": (D("7.8"), None, None, None, False),
        "urbanization_rate": (None, D("57.1"), "%", None, False),
    }


def test_foreign_capital_contracted_or_after_another_clause_is_not_the_capital_used(bundled: Index) -> None:
    """福建 2007 and 2010: 合同外资74.1亿美元 is the capital contracted, not the capital used; in
    利用外资质量提升，服务业实际利用外资增长14.9% the figure is of a name after it, not its level:
    the capital used is the one said 按可比口径实际利用外商直接投资."""
    review = (
        "初步统计，全省生产总值7501.63亿元，增长13.4%；按可比口径实际利用外商直接投资71.85亿美元，增长15.3％。"
        "利用外资质量不断提高，全省新批总投资千万美元以上项目438个、合同外资74.1亿美元，分别增长49％和47.5％。\n"
    )
    assert _results(bundled, review, {"gdp", "foreign_capital"})["foreign_capital"] == (
        D("15.3"),
        D("71.85"),
        "亿美元",
        None,
        False,
    )
    review = (
        "初步统计，全省生产总值11950亿元，增长12%；按可比口径实际利用外商直接投资101亿美元；"
        "社会消费品零售总额增长16.5%。利用外资质量提升，服务业实际利用外资增长14.9%，比重提高3个百分点。\n"
    )
    assert _results(bundled, review, {"gdp", "foreign_capital"})["foreign_capital"] == (
        None,
        D(101),
        "亿美元",
        None,
        False,
    )


@pytest.mark.parametrize(
    ("review", "level"),
    [
        ("居民消费价格总水平上涨2%，控制在3%左右的调控目标内。", D(2)),
        ("居民消费价格上涨2.1%，控制在3%左右的目标内；", D("2.1")),
    ],
)
def test_a_rates_rise_is_its_result_not_the_bound_after_it(bundled: Index, review: str, level: D) -> None:
    """江西 2017 and 2019: the prices' rise (上涨2%) is the result; 控制在3%左右 after it is the target."""
    assert _results(bundled, "全省生产总值增长9%，" + review, {"gdp", "cpi"})["cpi"] == (
        None,
        level,
        "%",
        None,
        False,
    )


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            "全省PM2.5平均浓度38.8微克/立方米、下降15.3%。",
            (D("-15.3"), D("38.8"), "微克/立方米", None, False),
        ),
        (
            "实施工业企业全面达标排放等7个专项行动，全省PM2.5平均浓度降至36.8微克/立方米。",
            (None, D("36.8"), "微克/立方米", None, False),
        ),
    ],
)
def test_a_concentration_is_a_level(bundled: Index, review: str, expected: tuple[Any, ...]) -> None:
    """河北 2022 and 2023: PM2.5平均浓度38.8微克/立方米 gives the concentration's level."""
    assert _results(bundled, "全省生产总值增长6%。" + review, {"gdp", "pm25"})["pm25"] == expected


def test_the_comparable_growth_is_the_result(bundled: Index) -> None:
    """大连 2020 (lawtext/gov) and 山东 2020: of two growth rates of a revenue, the comparable one
    given after the other (可比增长, 可比口径) is its result."""
    review = "地区生产总值增长6.5%，一般公共预算收入下降1.6％，扣除减税降费等因素影响，可比增长11.5％。"
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D("11.5"),
        None,
        None,
        None,
        False,
    )
    review = (
        "全年地区生产总值增长5.5%；一般公共预算收入增长0.6%（剔除减税降费等因素，可比口径实际增长13%以上）。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D(13),
        None,
        None,
        None,
        False,
    )


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            "预计，全年地区生产总值增长4%；一般公共预算收入实现95.3亿元，增长6.6%（如剔除减税降费因素影响，增长18.6%）；"
            "固定资产投资与去年持平。",
            (D("18.6"), D("95.3"), "亿元", None, True),
        ),
        (
            "预计全市地区生产总值比上年增长5.5%左右；一般公共预算收入完成571.1亿元，增长0.2%，"
            "扣除减税降费等因素同口径增长13.8%；预计城乡居民人均可支配收入分别增长6.5%左右和8.5%左右。",
            (D("13.8"), D("571.1"), "亿元", None, True),
        ),
        (
            "地区生产总值增长4%，一般公共预算收入实现95.3亿元，增长6.6%，剔除减税降费因素影响，增长18.6%。",
            (D("18.6"), D("95.3"), "亿元", None, False),
        ),
    ],
)
def test_the_growth_measured_without_an_adjustment_is_the_result(
    bundled: Index, review: str, expected: tuple[Any, ...]
) -> None:
    """辽阳 2020 and 潍坊 2020 (lawtext/gov): of a revenue's two growth rates, the one measured without
    the tax cuts (剔除/扣除…因素, in brackets or not, said 同口径 or not) is its result, as the data
    records it (山东 2020: 剔除减税降费等因素，可比口径实际增长13%以上; 宁夏 2021)."""
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == expected


def test_a_growth_without_a_sector_is_not_the_result(bundled: Index) -> None:
    """淮北 2020 (lawtext/gov): an output's growth without a sector's cuts (剔除煤炭去产能等因素，实际增长6%左右)
    is no comparable basis of it: the headline growth stays the result."""
    review = (
        "全市生产总值突破1000亿元，预计增长3%，剔除煤炭去产能等因素，实际增长6%左右；"
        "规模以上工业增加值下降5.5%，剔除煤炭去产能等因素，实际增长4%左右。"
    )
    found = _results(bundled, review, {"gdp", "industrial_value_added"})
    assert (found["gdp"][0], found["industrial_value_added"][0]) == (D(3), D("-5.5"))


def test_a_revenue_adjusted_right_after_its_name_grows_on_the_comparable_basis(bundled: Index) -> None:
    """呼和浩特 2018 (lawtext/gov): a revenue whose adjustment stands between its name and its growth
    (一般公共预算收入剔除虚增空转、综合考虑营改增等因素，按可比口径增长4.1%) is given that growth."""
    review = (
        "预计全年地区生产总值同比增长6%左右，居民消费价格涨幅1.4%。"
        "一般公共预算收入剔除虚增空转、综合考虑营改增等因素，按可比口径增长4.1%，税收收入占比提高到83.4%。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D("4.1"),
        None,
        None,
        None,
        False,
    )


def test_the_changes_after_a_summed_change_are_of_the_years_too(bundled: Index) -> None:
    """哈尔滨 2012 (lawtext/gov): after 万元GDP能耗累计下降21.5% (over five years), the pollutants'
    reductions in the next clause (分别减少17.8%和11.7%) are the years' too, not 2011's."""
    review = (
        "地区生产总值增长12.3%。科技进步对经济增长贡献率由44.6%提高到54.4%。"
        "万元GDP能耗累计下降21.5%，水、气主要污染物排放分别减少17.8%和11.7%。"
    )
    assert _results(bundled, review, {"gdp", "energy_intensity", "pollutant_reduction"}) == {
        "gdp": (D("12.3"), None, None, None, False)
    }


def test_a_name_with_a_figure_in_it_is_listed_with_the_next(bundled: Index) -> None:
    """菏泽 2018 (lawtext/gov): PM2.5's 2.5 is no figure of a list's first part, so
    PM2.5、PM10年平均浓度分别下降13.58%、7.91% gives PM2.5 the first rate, not the second."""
    review = "地区生产总值增长8%，PM2.5、PM10年平均浓度分别下降13.58%、7.91%，重污染天数同比减少22天。"
    assert _results(bundled, review, {"gdp", "pm25"})["pm25"] == (D("-13.58"), None, None, None, False)


def test_one_of_a_list_given_the_growth_of_all_is_given_its_own(bundled: Index) -> None:
    """贵州 2016 and 贵阳 2007 (lawtext/gov): a name listed with others before their growth rates
    (一般公共预算收入、支出增长10%和10.9%) is given its own, before a level in another sentence; 陕西
    2009: a level said as over (4800亿元以上) does not part a name from its growth."""
    review = "一般公共预算收入达到1503.4亿元。地区生产总值增长10.7%，一般公共预算收入、支出增长10%和10.9%。"
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D(10),
        None,
        None,
        None,
        False,
    )
    review = (
        "全年生产总值达到602.88亿元，比上年增长14.7%。地方财政收入从33.08亿元增加到77.15亿元。"
        "财政总收入、地方财政收入、固定资产投资、全社会消费品零售总额、城市居民人均可支配收入、农民人均纯收入"
        "分别比上年增长18.4%、23.7%、20.1%、15%、13%、10.5%。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D("23.7"),
        None,
        None,
        None,
        False,
    )
    review = "全社会固定资产投资完成4800亿元以上，增长32％。陕北生产总值增长20％，固定资产投资和财政收入分别增长40.8％和22.2％。"
    assert _results(bundled, review, {"fixed_asset_investment"})["fixed_asset_investment"][0] == D(32)


def test_spaces_set_within_a_phrase_are_read_through(bundled: Index) -> None:
    """天津 2005 and 2013: a text that sets spaces within its phrases (增 长11.2%; 社 会消费品零售总额)
    is read as if they were not there; the wording keeps them."""
    review = "全市生产总值增长14.7%。城市居民人均可支配收入11467元，增 长11.2%；社 会消费品零售总额3921亿元。"
    wanted = {"gdp", "urban_disposable_income", "retail_sales"}
    assert _results(bundled, review, wanted) == {
        "gdp": (D("14.7"), None, None, None, False),
        "urban_disposable_income": (D("11.2"), D(11467), "元", None, False),
        "retail_sales": (None, D(3921), "亿元", None, False),
    }
    draft = extract(
        _report("地区生产总值增长5%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: wanted,
    )
    wording = [o["wording"] for o in as_json(draft)["outcomes"] if o["indicator"] == "retail_sales"]
    assert wording == ["社 会消费品零售总额3921亿元"]


# Figures read as the unit or the garble they are: (review, the indicator, its result).
FIGURES_AS_WRITTEN: list[tuple[str, str, tuple[Any, ...]]] = [
    # 新疆 2018: an amount in 人民币 is of yuan, not of people (亿人)
    (
        "地区生产总值10920亿元，增长7.6%；进出口总额1398.4亿人民币，增长19.9%。",
        "foreign_trade",
        (D("19.9"), D("1398.4"), "亿元", None, False),
    ),
    # 山西 2005: 增长37v7% is garbled (37.7%), not a growth of 7%; the level beside it stands
    (
        "全省生产总值增长12.9%。其中一般预算收入完成255.2亿元，增长37v7%。",
        "budget_revenue",
        (None, D("255.2"), "亿元", None, False),
    ),
]


@pytest.mark.parametrize(("review", "indicator", "expected"), FIGURES_AS_WRITTEN)
def test_figures_are_read_as_written(
    bundled: Index, review: str, indicator: str, expected: tuple[Any, ...]
) -> None:
    """亿人民币 is yuan; a figure a letter runs into is garbled."""
    assert _results(bundled, review, {"gdp", indicator})[indicator] == expected


def test_estimates_said_once_for_all_as_the_same_below(bundled: Index) -> None:
    """预计（以下同） marks every later figure an estimate, as 预计，下同 does."""
    review = "预计（以下同），全省地区生产总值增长5%。城镇新增就业12万人。"
    assert _results(bundled, review, {"gdp", "new_urban_jobs"}) == {
        "gdp": (D(5), None, None, None, True),
        "new_urban_jobs": (None, D(12), "万人", None, True),
    }


def test_estimates_said_once_for_all_after_the_first_estimate(bundled: Index) -> None:
    """A 预计 whose figure says （下同） (shanxi/2008: 全省生产总值预计达到5600亿元（下同），比上年增长14%；
    …) marks every later figure of its sentence an estimate, across ；, where the data reads it so
    (shanxi/2010's later sentences are not: no further than the sentence a 预计 opens)."""
    review = (
        "2023年，全区生产总值预计达到5600亿元（下同），比上年增长14%；一般预算收入达到597.6亿元，增长29.8%。"
        "城镇新增就业12万人。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue", "new_urban_jobs"}) == {
        "gdp": (D(14), D(5600), "亿元", None, True),
        "budget_revenue": (D("29.8"), D("597.6"), "亿元", None, True),
        "new_urban_jobs": (None, D(12), "万人", None, False),
    }


def test_figures_listed_after_the_things_named_go_to_each_in_turn(bundled: Index) -> None:
    """增长A和B after two things named in turn gives A to the first and B to the second, a thing
    the catalogue lacks (支出) keeping its place."""
    review = (
        "地方财政一般预算收入1126亿元、支出2903亿元，分别增长11.6%和27.2%。"
        "城镇居民人均可支配收入21575元，农村居民人均纯收入6907元，实际增长12%和10.7%。"
    )
    assert _results(bundled, review, {"budget_revenue", "urban_disposable_income", "rural_net_income"}) == {
        "budget_revenue": (D("11.6"), D(1126), "亿元", None, False),
        "urban_disposable_income": (D(12), D(21575), "元", None, False),
        "rural_net_income": (D("10.7"), D(6907), "元", None, False),
    }


def test_a_name_given_no_result_keeps_its_place_in_turn(bundled: Index) -> None:
    """来源于广东的财政总收入和地方一般预算收入…增长9.3%和18.8%: the first name is no result of the
    region's, yet the first growth is its, the second the budget revenue's (广东 2009)."""
    review = "来源于广东的财政总收入和地方一般预算收入分别达8470亿元和3310亿元，增长9.3%和18.8%。"
    assert _results(bundled, review, {"budget_revenue"}) == {
        "budget_revenue": (D("18.8"), D(3310), "亿元", None, False),
    }


def test_a_count_in_the_indicators_own_unit_is_its_level(bundled: Index) -> None:
    """农牧区劳动力转移就业119万人次 and 每万人口发明专利拥有量达到29件: a count in what the
    indicator counts (人次, 件) is its level (青海 2017, 上海 2016)."""
    review = "农牧区劳动力转移就业119万人次。每万人口发明专利拥有量达到29件。"
    assert _results(bundled, review, {"rural_labour_transfer_person_times", "invention_patents"}) == {
        "rural_labour_transfer_person_times": (None, D(119), "万人次", None, False),
        "invention_patents": (None, D(29), "件", None, False),
    }


@pytest.mark.parametrize(
    ("review", "lifted"),
    [
        ("全年减少贫困人口101.9万人，贫困发生率下降到9.6%。", D("101.9")),  # 甘肃 2017
        ("全年实现68.7万农村贫困人口脱贫。", D("68.7")),  # 河南 2020
        ("剩余8.7万贫困人口全部脱贫。", D("8.7")),  # 安徽 2021
        ("累计退出4800个贫困村，275万贫困人口脱贫。", None),  # 山西 2018: five years'
        ("634万建档立卡贫困人口全部脱贫。", None),  # 广西 2021: all the years'
        ("今年力争50万贫困人口脱贫。", None),
    ],
)
def test_the_poor_lifted_counted_before_or_after_the_noun(
    bundled: Index, review: str, lifted: D | None
) -> None:
    """The year's poor lifted out of poverty, in 万人, whether the count stands after the noun or
    before it; not a count of several years, of all the poor, or a plan."""
    expected = {} if lifted is None else {"poverty_reduction": (None, lifted, "万人", None, False)}
    assert _results(bundled, review, {"poverty_reduction"}) == expected


def test_a_name_worded_another_way_in_its_own_sentence(bundled: Index) -> None:
    """第三产业增长11.5%, alone in its sentence, is the services' value added (贵州 2017)."""
    found = _results(bundled, "地区生产总值增长10.5%。第三产业增长11.5%。", {"services_value_added"})
    assert found == {
        "gdp": (D("10.5"), None, None, None, False),
        "services_value_added": (D("11.5"), None, None, None, False),
    }


def _outcomes_of_2012(bundled: Index, review: str, targeted: set[str]) -> list[Any]:
    """The results drafted from a review of 2012 in a Jintan report of 2013, whose report of 2012
    targeted ``targeted``."""
    text = _report("地区生产总值增长12.5%。", review).replace("2024", "2013").replace("2023", "2012")
    draft = extract(
        text,
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: targeted,
    )
    return list(as_json(draft)["outcomes"])


def test_town_and_country_incomes_before_2014_give_the_net_income_targeted(bundled: Index) -> None:
    """城乡居民收入分别增长13.4%和13.9% in a report of 2013 whose year before targeted the net
    income: the rural one is that net income (重庆 2013)."""
    outcomes = _outcomes_of_2012(
        bundled, "城乡居民收入分别增长13.4%和13.9%。", {"urban_disposable_income", "rural_net_income"}
    )
    assert [(o["indicator"], o["year"], o["growth"]) for o in outcomes] == [
        ("urban_disposable_income", 2012, D("13.4")),
        ("rural_net_income", 2012, D("13.9")),
    ]


def test_words_after_a_list_make_its_results_estimates(bundled: Index) -> None:
    """分别增长8%和9%左右: the 左右 ends the list, so both are estimates (甘肃 2017); …的节能减排目标
    预计可以完成: the 预计 after the list governs each of it (福建 2008)."""
    review = (
        "全省城乡居民人均可支配收入分别增长8%和9%左右。"
        "单位生产总值能耗降低3.5%、二氧化硫排放量下降1.6%的节能减排目标预计可以完成。"
    )
    targeted = {"urban_disposable_income", "rural_disposable_income", "energy_intensity", "so2_emissions"}
    assert _results(bundled, review, targeted) == {
        "urban_disposable_income": (D(8), None, None, None, True),
        "rural_disposable_income": (D(9), None, None, None, True),
        "energy_intensity": (D("-3.5"), None, None, None, True),
        "so2_emissions": (D("-1.6"), None, None, None, True),
    }


def test_a_growth_written_negative_is_a_fall(bundled: Index) -> None:
    """一般公共预算收入1299亿元，增长-2.4%: a growth of -2.4%, as 下降2.4% (新疆 2017)."""
    review = "预计完成一般公共预算收入1299亿元，增长-2.4%。"
    assert _results(bundled, review, {"budget_revenue"}) == {
        "budget_revenue": (D("-2.4"), D(1299), "亿元", None, True),
    }


def test_a_parts_figure_or_a_share_of_it_is_not_the_result(bundled: Index) -> None:
    """服务进出口 is services' trade, 进出口额占全省… a share of it: the result is the later one."""
    review = "服务进出口增长5%。开发区进出口额占全省进出口总额的65.2%。进出口总额1.2万亿元，增长8%。"
    assert _results(bundled, review, {"foreign_trade"}) == {
        "foreign_trade": (D(8), D("1.2"), "万亿元", None, False),
    }


def test_points_of_a_comparison_are_not_a_change(bundled: Index) -> None:
    """增速比上年提高2.7个百分点 compares growth rates: GDP's result is its level and growth alone."""
    review = "实现生产总值8246.1亿元，增长6.3%，增速比上年提高2.7个百分点。"
    assert _results(bundled, review, {"gdp"}) == {"gdp": (D("6.3"), D("8246.1"), "亿元", None, False)}


def test_growth_given_as_real_or_as_one_for_both(bundled: Index) -> None:
    """…15505元，实际增长10.1%; …7320元，…1840元，均增长10% (均: each income before); 初步预计 leads an estimate."""
    assert _results(
        bundled, "城镇居民人均可支配收入15505元，实际增长10.1%。", {"urban_disposable_income"}
    ) == {"urban_disposable_income": (D("10.1"), D(15505), "元", None, False)}
    review = "城镇居民人均可支配收入7320元，农民人均纯收入1840元，均增长10%。"
    assert _results(bundled, review, {"urban_disposable_income", "rural_net_income"}) == {
        "urban_disposable_income": (D(10), D(7320), "元", None, False),
        "rural_net_income": (D(10), D(1840), "元", None, False),
    }
    assert _results(bundled, "初步预计，全年地区生产总值1.4万亿元，增长10.3%。", {"gdp"}) == {
        "gdp": (D("10.3"), D("1.4"), "万亿元", None, True)
    }


def test_a_cumulative_total_is_not_the_years_result(bundled: Index) -> None:
    """固定资产投资累计完成3.34万亿元 is a total of several years, not last year's level."""
    review = "全年地区生产总值增长8%。固定资产投资累计完成3.34万亿元。"
    draft = _drafted(bundled, "地区生产总值增长7%，固定资产投资增长10%。", review)
    assert [(o["indicator"], o["growth"], o["level"]) for o in draft["outcomes"]] == [("gdp", D(8), None)]


def test_full_width_figures_are_read_and_quoted_as_written(bundled: Index) -> None:
    """增长９．５％以上 (older reports' full-width digits) is 9.5% or more, its wording as the report writes it."""
    draft = _drafted(bundled, "国内生产总值增长９．５％以上，城镇登记失业率控制在4.5％以内。")
    assert [
        (t["indicator"], t["value"], t["unit"], t["qualifiers"], t["wording"]) for t in draft["targets"]
    ] == [
        ("gdp", D("9.5"), "%", ["以上"], "国内生产总值增长９．５％以上"),
        ("registered_unemployment", D("4.5"), "%", ["控制在", "以内"], "城镇登记失业率控制在4.5％以内"),
    ]


def test_year_and_region_from_the_text(bundled: Index) -> None:
    """The year from the title or the day it was delivered; the region matched to a known one."""
    draft = as_json(
        extract(
            (REPORTS / "changzhou" / "2023.md").read_text(encoding="utf-8"),
            indicators=bundled.indicators(),
            regions=bundled.regions(),
        )
    )
    assert (draft["year"], draft["region"], draft["region_zh"]) == (2023, "changzhou", "常州市")
    draft = as_json(
        extract(_report("地区生产总值增长5%。"), indicators=bundled.indicators(), regions=bundled.regions())
    )
    assert (draft["year"], draft["region"], draft["region_zh"]) == (2024, None, "测试市")


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("**一、2023年工作回顾**", 2024),  # henan-2024: the year after the one reviewed
        ("**二、2004年全省经济社会发展的总体要求**", 2004),  # jiangxi-2004: the year planned
        ("**（2011年1月12日）**", 2011),  # hebei-2011: the day, in brackets on a line of its own
        ("——2021年12月29日在益阳市第七届人民代表大会第一次会议上", 2022),  # lawtext/gov 益阳市/2022
        ("一、2003年工作的回顾", 2004),  # beijing-2004: 工作的回顾
        ("（2006年2月16日 季允石）", 2006),  # hebei-2006: the day and who delivered it
        ("一、“十五”时期的回顾", 2006),  # beijing-2006: a five-year plan's review, the next plan's first year
        ("**一、“十二五”工作回顾**", 2016),
        ("**一、去年及“九五”工作回顾**", 2001),  # lawtext/gov 河南省/2001
    ],
)
def test_the_year_a_report_sets(bundled: Index, head: str, year: int) -> None:
    """A report without a year in its title or passage: the year from its headings or the day it
    was delivered (the next year's, if delivered at the year's end)."""
    text = f"---\ntitle: 政府工作报告\n---\n\n各位代表：\n\n{head}\n\n今年的主要预期目标是：地区生产总值增长5%。\n"
    assert extract(text, indicators=bundled.indicators(), regions=bundled.regions()).year == year


def test_a_day_in_the_title_dates_the_report(bundled: Index) -> None:
    """长春政府工作报告 （2011年12月26日 崔杰） (lawtext/gov 长春市/2012): delivered at the year's end,
    the title's day gives the next year's targets (明年…主要预期目标), not the title's year."""
    text = "---\ntitle: 长春政府工作报告 （2011年12月26日 崔杰）\n---\n\n明年全市经济社会发展的主要预期目标是：地区生产总值增长14%左右。\n"
    assert extract(text, indicators=bundled.indicators(), regions=bundled.regions()).year == 2012


def test_a_day_years_from_the_titles_year_is_a_slip(bundled: Index) -> None:
    """江苏省2003年政府工作报告 dated （2010年2月20日 梁保华） (jiangsu-2003's text): the title's year,
    where the day's is more than one year from it (a report is titled for the year it sets or reviews)."""
    text = "---\ntitle: 江苏省2003年政府工作报告\n---\n\n（2010年2月20日 梁保华）\n\n今年的主要预期目标是：地区生产总值增长5%。\n"
    assert extract(text, indicators=bundled.indicators(), regions=bundled.regions()).year == 2003


@pytest.mark.parametrize(
    ("title", "opening", "region"),
    [
        ("政府工作报告", "——2003年3月5日在第十届全国人民代表大会第一次会议上", "china"),  # china-2003
        ("云南省2003年政府工作报告", "（2003年1月10日 徐荣凯）", "yunnan"),  # yunnan-2003
        (
            "2005年宁夏回族自治区政府工作报告",
            "——2005年1月25日在自治区第九届人民代表大会第三次会议上",
            "ningxia",
        ),
        ("政府工作报告", "过去的一年，在中共江西省委的正确领导下，全省人民……", "jiangxi"),  # jiangxi-2005
        ("政府工作报告", "刚刚过去的2021年，河南经济……河南人民……", "henan"),  # henan-2022: named most
    ],
)
def test_the_region_of_a_report(bundled: Index, title: str, opening: str, region: str) -> None:
    """The region from the congress, the title (a year inside it), 中共…省委, else the one named most."""
    text = f"---\ntitle: {title}\n---\n\n{opening}\n\n今年的主要预期目标是：地区生产总值增长5%。\n"
    assert extract(text, indicators=bundled.indicators(), regions=bundled.regions()).region == region


def test_a_city_named_as_a_province_is_not_the_province(bundled: Index) -> None:
    """吉林市 2016 of lawtext/gov (吉林市政府工作报告): 吉林市 is a city the data lacks, not 吉林省."""
    text = "---\ntitle: 吉林市政府工作报告\n---\n\n（2016年1月13日 张焕秋）\n\n今年的主要预期目标是：地区生产总值增长5%。\n"
    draft = extract(text, indicators=bundled.indicators(), regions=bundled.regions())
    assert (draft.region, draft.region_zh) == (None, "吉林市")


def test_a_bare_revenue_of_a_city_the_data_lacks_is_read_as_its_province_reads_it(bundled: Index) -> None:
    """马鞍山市 2016 and 南宁市 2016 of lawtext/gov: a city the data lacks writes 财政收入 as the province its
    opening names most does; where that province's report of the year before targeted the total and
    not the budget's (安徽, 广西), 财政收入210亿元 is the total fiscal revenue."""
    asked = []

    def targeted(region: str, year: int) -> set[str] | None:
        asked.append((region, year))
        return {"gdp", "total_fiscal_revenue"} if region == "anhui" else None

    review = (
        "在安徽省委、省政府的坚强领导下，全市实现地区生产总值1360亿元，增长9.4%；财政收入210亿元，增长3.6%。"
    )
    draft = extract(
        _report("地区生产总值增长8%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        targeted=targeted,
    )
    assert asked == [("anhui", 2023)]
    assert [(o.indicator, o.indicator_zh, o.growth) for o in draft.outcomes] == [
        ("gdp", "地区生产总值", D("9.4")),
        ("total_fiscal_revenue", "财政收入", D("3.6")),
    ]


def test_the_province_a_city_names_most_is_counted_among_provinces(bundled: Index) -> None:
    """滁州市 2014 and 淮北市 2014 of lawtext/gov: the province whose usage a city the data lacks follows is
    the one its opening names most of the provinces (南京都市圈, twice, names a city of the data, no
    province), a part of Anhui named 皖北 or 皖江 counting as 安徽 (named once, as 上海 is)."""
    asked = []

    def targeted(region: str, year: int) -> set[str] | None:
        asked.append((region, year))
        return {"gdp", "total_fiscal_revenue"} if region == "anhui" else None

    review = (
        "我们融入南京都市圈，用好皖北扶持政策，承接上海产业转移，支持安徽科技学院建设，南京都市圈同城化加快。"
        "全市实现地区生产总值1360亿元，增长9.4%；财政收入210亿元，增长3.6%。"
    )
    draft = extract(
        _report("地区生产总值增长8%，财政收入增长3.2%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        targeted=targeted,
    )
    assert asked == [("anhui", 2023)]
    assert [(t.indicator, t.value) for t in draft.targets] == [
        ("gdp", D(8)),
        ("total_fiscal_revenue", D("3.2")),
    ]
    assert [(o.indicator, o.growth) for o in draft.outcomes] == [
        ("gdp", D("9.4")),
        ("total_fiscal_revenue", D("3.6")),
    ]


def test_a_bare_revenue_of_a_city_that_targets_the_total_alone_is_the_total(bundled: Index) -> None:
    """永州市 2014 of lawtext/gov: a city the data lacks whose own targets name 财政总收入 and not the
    budget's revenue calls the total 财政收入 in its review (财政收入超过百亿，达到100.4亿元), whichever
    province its opening names (江西, once; 湖南's report is not asked)."""
    asked = []

    def targeted(region: str, year: int) -> set[str] | None:
        asked.append((region, year))
        return {"gdp", "budget_revenue"}

    review = "在江西的帮助下，全年地方生产总值完成1163.4亿元、增长10%，财政收入超过百亿，达到100.4亿元、增长15.8%。"
    draft = extract(
        _report("地方生产总值增长10.5%左右，财政总收入增长15%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        targeted=targeted,
    )
    assert asked == []
    assert [(o.indicator, o.indicator_zh, o.level, o.growth) for o in draft.outcomes] == [
        ("gdp", "地方生产总值", D("1163.4"), D(10)),
        ("total_fiscal_revenue", "财政收入", D("100.4"), D("15.8")),
    ]


def test_a_dash_that_opens_a_clause_is_no_part_of_the_name(bundled: Index) -> None:
    """柳州市 2014 of lawtext/gov: ——财政收入285.06亿元 names 财政收入 (whose bare name the rule of the
    province's usage asks), not ——财政收入."""
    review = "——预计全市地区生产总值突破2000亿元，达2016.9亿元，增长10.0%。——财政收入285.06亿元，增长9.5%。"
    got = [
        (o["indicator_zh"], o["growth"])
        for o in _drafted(bundled, "地区生产总值增长8%。", review)["outcomes"]
    ]
    assert got == [("地区生产总值", D("10.0")), ("财政收入", D("9.5"))]


def test_a_city_whose_name_opens_with_ben_is_named(bundled: Index) -> None:
    """本溪市 2021 of lawtext/gov (本溪市政府工作报告): 本溪市 is a city's name, not 本市 (this city), and no
    province named in its opening (辽宁) is taken for it."""
    text = "---\ntitle: 本溪市政府工作报告（2021年1月13日 田树槐）\n---\n\n——2021年1月13日在本溪市第十六届人民代表大会第四次会议上\n\n辽宁全面振兴。今年的主要预期目标是：地区生产总值增长5%。\n"
    draft = extract(text, indicators=bundled.indicators(), regions=bundled.regions())
    assert (draft.region, draft.region_zh) == (None, "本溪市")


def test_encodings_and_html() -> None:
    """UTF-8, GB18030 and an HTML page are read; their text is the same."""
    text = _report("地区生产总值增长5%。")
    assert decode(text.encode("gb18030"), name="r") == text
    page = f"<!DOCTYPE html><html><head><title>测试</title><script>x=1</script></head><body><p>{text.replace(chr(10), '</p><p>')}</p></body></html>"
    assert "地区生产总值增长5%" in decode(page.encode(), name="r")
    assert "x=1" not in decode(page.encode(), name="r")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary\x00" * 100, "a binary file"),
        ("这是一份没有目标的文件。".encode(), "no main-target passage found (looked for: 主要预期目标"),
        (bytes(range(128, 256)) * 50, "neither UTF-8 nor GB18030"),
    ],
)
def test_bad_input_is_exit_1_with_a_message(tmp_path: Path, content: bytes, message: str) -> None:
    """An empty, binary or target-less file: status 1 and a line saying why."""
    path = tmp_path / "r.md"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stdout == ""


def test_standard_input_and_json(tmp_path: Path) -> None:
    """- reads standard input; --format json gives the documented keys."""

    result = CliRunner().invoke(
        cli, ["extract", "-", "--format", "json"], input=_report("地区生产总值增长5%。").encode("gb18030")
    )
    assert result.exit_code == 0, result.stderr
    draft = json.loads(result.stdout)
    assert set(draft) == {
        "year",
        "region",
        "region_zh",
        "targets",
        "outcomes",
        "projects",
        "previous_projects",
        "unread",
    }
    assert {
        "wording",
        "indicator",
        "indicator_zh",
        "kind",
        "value",
        "value_high",
        "unit",
        "qualifiers",
    } <= set(draft["targets"][0])


def _validated_draft(tmp_path: Path, passage: str) -> str:
    """The draft ``extract`` writes of a report with ``passage``, after checking that it validates."""
    path = tmp_path / "r.md"
    path.write_text(_report(passage), encoding="utf-8")
    runner = CliRunner()
    draft = tmp_path / "d.toml"
    assert runner.invoke(cli, ["extract", str(path), "--output", str(draft)]).exit_code == 0
    result = runner.invoke(cli, ["validate", str(draft)])
    assert result.exit_code == 0, result.output
    return draft.read_text(encoding="utf-8")


def test_a_draft_of_an_unknown_region_validates_alone_and_beside_the_data(tmp_path: Path) -> None:
    """A region the data does not know is drafted with placeholders that validate."""
    text = _validated_draft(tmp_path, "地区生产总值增长5%，新奇指标增长3%。")
    assert "new_indicator_1" in text
    assert "# '新奇指标' matches no indicator" in text


def test_a_new_region_given_by_its_id_is_declared_and_the_draft_validates(tmp_path: Path) -> None:
    """extract --region with an id the data does not know (qingdao) declares that region, so that
    the draft validates as it stands; it drafted reports of a region no record declared."""
    path = tmp_path / "r.md"
    path.write_text(_report("地区生产总值增长5%。"), encoding="utf-8")
    runner = CliRunner()
    draft = tmp_path / "d.toml"
    result = runner.invoke(cli, ["extract", str(path), "--region", "qingdao", "--output", str(draft)])
    assert result.exit_code == 0
    assert result.stderr == (
        "govtargets: warning: qingdao (测试市) is not a region the data knows: complete the [[regions]]"
        " record the draft declares for it (its code is a placeholder)\n"
    )
    text = draft.read_text(encoding="utf-8")
    assert '[[regions]]\nid = "qingdao"\ncode = "00' in text
    assert '[[reports]]\nregion = "qingdao"\nyear = 2024\n' in text
    assert runner.invoke(cli, ["validate", str(draft)]).exit_code == 0


SAMPLE_FLOOR = {"targets": (0.976, 0.984), "outcomes": (0.973, 0.934)}
"""Measured 2026-12-08 on every sixth report of the development set (108 of 649, in
benchmarks/extract.py's order): the whole set's floor is the benchmark's (extract.py --floor), as its
649 reports take half a minute, more than the suite's whole budget. Raise it when the score rises.
Lowered in session 50 with the key, not the tool (targets 0.978 / 0.987 -> 0.976 / 0.984, 1155 right
-> 1151 of 1179 drafted and 1169 in the key): shanxi's 分别增长10%和10%以上 gives 以上 to the rural figure
alone, neimenggu-2003's 财政收入 is the total, and anhui-2012's 节能减排完成年度任务要求 is the key
meet_quota, which extract drafts in the report's words; results 674 of 692 and 695, the results in
words (stated, no figure) not scored. Results moved again in session 50 (h118) as the key gained the
results in words (stated), which extract now drafts: 686 of 705 and 730 (0.974 / 0.969 -> 0.973 / 0.939);
then 4 more in the key (h119's claims apart from the figures): 686 of 705 and 734 (0.973 / 0.934)."""


def test_a_sample_of_the_development_set_scores_at_or_above_its_floor(bundled: Index) -> None:
    """Drafting every sixth development report scores at least the floor measured on them: a change
    that breaks a report of the sample fails here, and the benchmark's --floor checks all 649."""
    import importlib.util

    top = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("extract_benchmark", top / "benchmarks" / "extract.py")
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    if not bench.REPORTS.is_dir():
        pytest.skip("../shared/source/reports is not beside this checkout")
    files = bench.development()[::6]
    assert len(files) == 108
    run = bench.evaluate(files, verbose=True, index=bundled)  # the session's index, built once
    problems = bench.under_floor(run, SAMPLE_FLOOR)
    assert not problems, "\n".join([*problems, *(line for line in run.lines if line.startswith("  "))])


def test_pathological_texts_complete(bundled: Index) -> None:
    """No part of extract grows faster than its input: names without a figure clause after
    clause (which once doubled a list each clause, as hunan/2006 has them, and ran for minutes:
    80 clauses would be 2**80 names), a marker repeated, and a name repeated without a stop."""
    indicators, regions = bundled.indicators(), bundled.regions()
    names = _report("地区生产总值，" * 80 + "一般公共预算收入增长5%。")
    draft = extract(names, indicators=indicators, regions=regions)
    assert {t.indicator for t in draft.targets} == {"gdp", "budget_revenue"}
    assert len(draft.targets) == 2
    repeated = "主要预期目标：地区生产总值增长5%，" * 3000
    assert extract(repeated, indicators=indicators, regions=regions).targets
    run_on = "地区生产总值一般公共预算收入" * 3000 + "主要预期目标：地区生产总值增长5%。"
    assert extract(run_on, indicators=indicators, regions=regions).targets
    listed = "主要预期目标：" + "地区生产总值增长5%，" * 300  # ids once took the cube of the count
    toml = as_toml(extract(listed, indicators=indicators, regions=regions), source_name="listed.md")
    ids = re.findall(r'^id = "(gdp_.*)"$', toml, re.M)
    assert ids[:3] == ["gdp_growth", "gdp_growth_2", "gdp_growth_3"]
    assert len(set(ids)) == len(ids) == 300


def test_an_increases_name_repeated_without_a_stop_completes(bundled: Index) -> None:
    """An increase targeted (全社会固定资产投资新增80亿元) is looked for beside its indicator's name at most
    20 more times, each within 200 characters: 11,000 names without a stop in the review took 5 s."""
    review = "全社会固定资产投资增长16%。" + "全社会固定资产投资" * 11000 + "。"
    started = time.perf_counter()
    draft = extract(
        _report("地区生产总值增长5%，全社会固定资产投资新增80亿元。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
    )
    assert time.perf_counter() - started < 2
    assert [t.indicator for t in draft.targets] == ["gdp", "fixed_asset_investment_increase"]


# Issue 26's clauses, each verbatim from the report it was seen in: (passage, expected targets
# as (indicator, kind, value, unit, qualifiers, goal)).
ISSUE_26: list[tuple[str, list[tuple[Any, ...]]]] = [
    # §3: 分别 pairs, and 城乡 given two figures in turn is urban and rural
    ("城乡居民人均可支配收入分别增长7%左右和7.5%左右。", [
        ("urban_disposable_income", "growth", D(7), "%", ["左右"], None),
        ("rural_disposable_income", "growth", D("7.5"), "%", ["左右"], None),
    ]),
    ("城镇和农村居民人均可支配收入分别增长10%、13%以上。", [
        ("urban_disposable_income", "growth", D(10), "%", ["以上"], None),
        ("rural_disposable_income", "growth", D(13), "%", ["以上"], None),
    ]),
    # §5: a list of names against a list of figures, paired, not multiplied out
    ("对一般公共预算收入、固定资产投资、社会消费品零售总额指标，分别按6%、9%、7.5%掌握。", [
        ("budget_revenue", "growth", D(6), "%", [], None),
        ("fixed_asset_investment", "growth", D(9), "%", [], None),
        ("retail_sales", "growth", D("7.5"), "%", [], None),
    ]),
    # §6: ‰, 减排 as a fall, a unit of weight with 以上, 达 inside 下达, 单位生产总值能耗 not GDP
    ("人口自然增长率控制在3.6‰。", [("population_growth", "level", D("3.6"), "‰", ["控制在"], None)]),
    ("化学需氧量减排3%以上。", [("cod_emissions", "decline", D(3), "%", ["以上"], None)]),
    ("粮食产量稳定在90亿斤以上。", [("grain_output", "level", D(90), "亿斤", ["以上"], None)]),
    ("单位生产总值能耗下降4%。", [("energy_intensity", "decline", D(4), "%", [], None)]),
    ("万元地区生产总值能耗下降4%。", [("energy_intensity", "decline", D(4), "%", [], None)]),
    # §8: qualitative clauses, with a canonical goal or the report's own words
    ("能耗、碳排放强度和污染减排指标控制在国家核定范围内。", [
        ("energy_intensity", "qualitative", None, None, [], "within_limit"),
        ("carbon_intensity", "qualitative", None, None, [], "within_limit"),
        ("pollutant_reduction", "qualitative", None, None, [], "within_limit"),
    ]),
    ("各项约束性指标控制在省下达指标以内。", [("binding_indicators", "qualitative", None, None, [], "within_limit")]),
    ("完成城镇就业市定目标任务。", [(None, "qualitative", None, None, [], "meet_quota")]),
    ("工业经济稳居前列。", [(None, "qualitative", None, None, [], "稳居前列")]),
    ("人口规模保持相对稳定。", [(None, "qualitative", None, None, [], "保持相对稳定")]),
]  # fmt: skip


# The panel's second round: clauses quoted from its reports, each read as its hand-made record.
PANEL: list[tuple[str, list[tuple[Any, ...]]]] = [
    # names worded another way (排放 for 排放量, 新增就业, 三产, 外商投资, 每万人口, 细颗粒物, 比率)
    ("化学需氧量排放下降2%。", [("cod_emissions", "decline", D(2), "%", [], None)]),
    # a name of more than four characters that names nothing alone takes its neighbour's tail (贵州 2022)
    ("农业、规模以上工业、服务业增加值分别增长6%、10%以上、7.5%左右。", [
        ("agriculture_value_added", "growth", D(6), "%", [], None),
        ("industrial_value_added", "growth", D(10), "%", ["以上"], None),
        ("services_value_added", "growth", D("7.5"), "%", ["左右"], None),
    ]),
    ("新增就业40万人。", [("new_urban_jobs", "level", D(40), "万人", [], None)]),
    ("城镇居民可支配收入增长8.0%。", [("urban_disposable_income", "growth", D("8.0"), "%", [], None)]),
    ("三产增加值增长5.5%左右。", [("services_value_added", "growth", D("5.5"), "%", ["左右"], None)]),
    ("外商投资增长10%。", [("foreign_capital", "growth", D(10), "%", [], None)]),
    ("出口总值增长5%左右。", [("exports", "growth", D(5), "%", ["左右"], None)]),
    ("细颗粒物（PM2.5）浓度下降4%。", [("pm25", "decline", D(4), "%", [], None)]),
    ("每万人口发明专利拥有量增长40%。", [("invention_patents", "growth", D(40), "%", [], None)]),
    ("全省空气质量优良天数比率达到80%。", [("good_air_days", "level", D(80), "%", ["达到"], None)]),
    ("一般公共预算总收入增长7%。", [("total_fiscal_revenue", "growth", D(7), "%", [], None)]),
    ("农牧区劳动力转移就业106万人次以上。", [
        ("rural_labour_transfer_person_times", "level", D(106), "万人次", ["以上"], None),
    ]),
    ("物价涨幅控制在3%以内。", [("cpi", "level", D(3), "%", ["控制在", "以内"], None)]),
    ("城乡居民人均收入实际增长7%。", [("disposable_income", "growth", D(7), "%", [], None)]),
    ("按可比口径实际利用外商直接投资不低于80亿美元。", [
        ("foreign_capital", "level", D(80), "亿美元", ["不低于"], None),
    ]),
    ("市区空气质量二级以上天数达到67%。", [("good_air_days", "level", D(67), "%", ["达到"], None)]),
    ("单位生产总值综合能耗下降5.6%。", [("energy_intensity", "decline", D("5.6"), "%", [], None)]),
    # 城乡 given two figures without 分别, or one with 都, is the urban and the rural; 农村牧区 is rural
    ("城乡居民收入都增长10%以上。", [
        ("urban_disposable_income", "growth", D(10), "%", ["以上"], None),
        ("rural_disposable_income", "growth", D(10), "%", ["以上"], None),
    ]),
    ("城镇和农村牧区常住居民人均可支配收入分别增长9%和10%以上。", [
        ("urban_disposable_income", "growth", D(9), "%", ["以上"], None),
        ("rural_disposable_income", "growth", D(10), "%", ["以上"], None),
    ]),
    ("节能减排约束性指标完成国家下达的年度计划。", [
        ("energy_saving_emission_reduction", "qualitative", None, None, [], "meet_quota"),
    ]),
    # a goal of a later year in the list is not the year's
    ("地区生产总值增长8%，到2030年地区生产总值比2020年翻一番。", [("gdp", "growth", D(8), "%", [], None)]),
    # a short name completed by the first of its list when the last does not complete it
    ("万元地区生产总值能耗、水耗和二氧化碳排放分别下降3.5%、3%左右和4%。", [
        ("energy_intensity", "decline", D("3.5"), "%", [], None),
        ("water_intensity", "decline", D(3), "%", ["左右"], None),
        ("carbon_intensity", "decline", D(4), "%", [], None),
    ]),
    # quotas: the verb first (with its qualifier, 节能减排 whole), and 控制在国家下达目标内
    ("全面完成国家下达的年度节能减排约束性指标。", [
        ("energy_saving_emission_reduction", "qualitative", None, None, [], "meet_quota"),
    ]),
    ("确保完成国家下达的节能减排任务。", [
        ("energy_saving_emission_reduction", "qualitative", None, None, ["确保"], "meet_quota"),
    ]),
    ("主要污染物排放总量控制在国家下达指标内。", [
        ("pollutant_reduction", "qualitative", None, None, [], "meet_quota"),
    ]),
    ("节能减排、环境保护等约束性指标完成国家下达任务。", [
        ("energy_saving_emission_reduction", "qualitative", None, None, [], "meet_quota"),
        ("environment", "qualitative", None, None, [], "meet_quota"),
    ]),
    # qualifiers said once for a 分别 list: the one before the first figure, the one after the last
    ("城镇登记失业率、城镇调查失业率分别控制在4.5%以内、6.5%左右。", [
        ("registered_unemployment", "level", D("4.5"), "%", ["控制在", "以内"], None),
        ("surveyed_unemployment", "level", D("6.5"), "%", ["控制在", "左右"], None),
    ]),
    ("化学需氧量和二氧化硫排放量分别控制在27.9万吨和141.12万吨以内。", [
        ("cod_emissions", "level", D("27.9"), "万吨", ["控制在", "以内"], None),
        ("so2_emissions", "level", D("141.12"), "万吨", ["控制在", "以内"], None),
    ]),
    # a goal in the report's own words, or the canonical one the words say
    ("国际收支基本平衡。", [("balance_of_payments", "qualitative", None, None, [], "基本平衡")]),
    ("地区生产总值增长8%，实际利用外商直接投资与上年持平。", [
        ("gdp", "growth", D(8), "%", [], None),
        ("foreign_capital", "qualitative", None, None, [], "与上年持平"),
    ]),
    ("地区生产总值增长8%，居民消费价格指数与国家价格调控目标保持衔接。", [
        ("gdp", "growth", D(8), "%", [], None),
        ("cpi", "qualitative", None, None, [], "与国家价格调控目标保持衔接"),
    ]),
    ("地区生产总值增长8%，居民消费价格总水平涨幅略低于上年。", [
        ("gdp", "growth", D(8), "%", [], None),
        ("cpi", "qualitative", None, None, [], "略低于上年"),
    ]),
    ("进出口总额有所增长。", [("foreign_trade", "qualitative", None, None, [], "positive_growth")]),
    ("实际利用外资稳步增加。", [("foreign_capital", "qualitative", None, None, [], "steady_growth")]),
    ("万元生产总值综合能耗进一步下降。", [("energy_intensity", "qualitative", None, None, [], "keep_falling")]),
    ("居民消费价格指数控制在国家调控范围内。", [("cpi", "qualitative", None, None, [], "within_limit")]),
    ("国际收支状况改善。", [("balance_of_payments", "qualitative", None, None, [], "keep_improving")]),
    # ‰ as texts garble it (％。以内, ％0以内), and a bare % on a rate in ‰
    ("人口自然增长率控制在10％。以内，城镇登记失业率4%。", [
        ("population_growth", "level", D(10), "‰", ["控制在", "以内"], None),
        ("registered_unemployment", "level", D(4), "%", [], None),
    ]),
    ("人口自然增长率控制在6％0以内。", [("population_growth", "level", D(6), "‰", ["控制在", "以内"], None)]),
    ("人口自然增长率控制在7％。", [("population_growth", "level", D(7), "‰", ["控制在"], None)]),
    # under 1, a true percentage (安徽 2004: 人口自然增长率控制在0.65％以内, that is 6.5‰)
    ("人口自然增长率控制在0.65％以内。", [("population_growth", "level", D("0.65"), "%", ["控制在", "以内"], None)]),
    # words no canonical goal says: the report's own (促稳 is not 稳中提质; 全国前列 is not 全省前列)
    ("进出口促稳提质。", [("foreign_trade", "qualitative", None, None, [], "促稳提质")]),
    ("全省环境空气质量保持全国前列。", [("air_quality", "qualitative", None, None, [], "保持全国前列")]),
    ("氮氧化物排放力争实现零增长。", [("nox_emissions", "qualitative", None, None, ["力争"], "实现零增长")]),
]  # fmt: skip


def test_the_binding_targets_in_the_next_paragraph_go_on_with_the_list(bundled: Index) -> None:
    """约束性指标是：… in the paragraph after the list is read too, without its opening words; a
    list of names ending in 指标 takes the predicate of the clause after it."""
    passage = (
        "地区生产总值增长5%，农村贫困人口脱贫22万人。\n\n约束性指标是：万元地区生产总值综合能耗下降3.5%，"
        "环境质量改善指标和主要污染物总量减排指标，完成国家下达年度目标任务。"
    )
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in found] == [
        ("gdp", "growth", D(5), None),
        ("poverty_reduction", "level", D(22), None),
        ("energy_intensity", "decline", D("3.5"), None),
        ("environment", "qualitative", None, "meet_quota"),
        ("pollutant_reduction", "qualitative", None, "meet_quota"),
    ]
    assert found[2]["wording"] == "万元地区生产总值综合能耗下降3.5%"


def test_the_passage_introduced_with_bold_words_or_by_a_sentence_of_gdp(bundled: Index) -> None:
    """主要预期目标是**：opens a list; without such words, 地区生产总值增长6%左右 (左右 after the
    figure) is the sentence of targets; 以上是指导性指标，…以下约束性指标：goes on with the list."""
    for passage in (
        "**主要预期目标是**：地区生产总值增长6%左右，城镇新增就业45万人。\n",
        "**综合考虑各方面因素**，地区生产总值增长6%左右，在实际工作中尽可能争取更好结果；城镇新增就业45万人。\n",
    ):
        text = f"——2024年1月8日在测试省第一届人民代表大会上\n\n{passage}"
        found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
        assert [(t.indicator, t.value) for t in found] == [("gdp", D(6)), ("new_urban_jobs", D(45))], passage
    text = (
        "——2024年1月8日在测试省第一届人民代表大会上\n\n主要预期目标是：地区生产总值增长6%左右。\n\n"
        "以上是指导性指标，重点要提高发展质量，确保完成以下约束性指标：服务业增幅高于地区生产总值增幅。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.kind.value, t.against) for t in found] == [
        ("gdp", "growth", None),
        ("services_value_added", "relative", "gdp"),
    ]


def test_a_rural_income_before_2014_is_the_net_income(bundled: Index) -> None:
    """农村居民人均收入 in a report of 2013 or before is 纯收入 (rural_net_income); 可支配 is not."""
    text = (
        "——2013年1月8日在测试省第一届人民代表大会上\n\n主要预期目标是：农村居民人均收入增长10%，"
        "农村居民人均可支配收入增长9%。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [t.indicator for t in found] == ["rural_net_income", "rural_disposable_income"]


def test_in_step_with_the_economy_however_worded(bundled: Index) -> None:
    """同步 with 和 between the sides, or with no other side, is a comparison with GDP."""
    for passage, indicator, relation in [
        ("居民收入增长和经济增长基本同步。", "disposable_income", "基本同步"),
        ("居民收入和经济增长基本同步。", "disposable_income", "基本同步"),
        ("财政收入同步增长。", "budget_revenue", "同步"),
        ("一般公共预算收入、居民人均可支配收入保持与经济增长基本同步。", "budget_revenue", "基本同步"),
    ]:
        found = _drafted(bundled, passage)["targets"][0]
        got = (found["indicator"], found["kind"], found["against"], found["qualifiers"])
        assert got == (indicator, "relative", "gdp", [relation]), passage


@pytest.mark.parametrize(("passage", "expected"), ISSUE_26 + PANEL, ids=[p for p, _ in ISSUE_26 + PANEL])
def test_issue_26_and_panel_clauses(bundled: Index, passage: str, expected: list[tuple[Any, ...]]) -> None:
    """A clause quoted from a report (issue 26's, the panel's) drafts the targets its record holds."""
    found = _drafted(bundled, passage)["targets"]
    got = [
        (t["indicator"], t["kind"], t["value"], t["unit"] if t["kind"] != "qualitative" else None,
         t["qualifiers"], t["goal"])
        for t in found
    ]  # fmt: skip
    assert got == expected


def test_the_passage_in_every_eras_wording(bundled: Index) -> None:
    """Issue 26 §1-§2: other introducing words, a sentence without a list, the year from the
    delivered date (not the title), --year steering the search, five-year goals passed over."""
    indicators, regions = bundled.indicators(), bundled.regions()

    def draft(text: str, year: int | None = None) -> Any:
        return extract(text, indicators=indicators, regions=regions, year=year)

    for intro in (
        "宏观调控主要预期目标建议为：",
        "主要目标预期是：",
        "主要预期和调控目标是：",
        "主要预期目标是，",
    ):
        text = f"——2010年1月8日在测试省第一届人民代表大会上\n\n今年{intro}地区生产总值增长9%以上。\n"
        assert [(t.indicator, t.value) for t in draft(text).targets] == [("gdp", D(9))], intro
    sentence = "——2003年3月5日在第十届全国人民代表大会第一次会议上\n\n今年经济增长预期目标为6%-6.5%。\n"
    found = draft(sentence).targets
    assert [(t.indicator, t.kind, t.value, t.value_high) for t in found] == [
        ("gdp", "growth", D(6), D("6.5"))
    ]
    # 2010年四川省人民政府工作报告, delivered on 18 January 2011, sets the 2011 targets.
    sichuan = (
        "# 2010年四川省人民政府工作报告\n\n——2011年1月18日在四川省第十一届人民代表大会第四次会议上\n\n"
        "今后五年的主要目标是：全省生产总值年均增长10%以上。\n\n"
        "2011年主要预期目标是：全省生产总值增长12%；地方财政一般预算收入增长13%。\n"
    )
    report = draft(sichuan)
    assert report.year == 2011
    assert [(t.indicator, t.value) for t in report.targets] == [("gdp", D(12)), ("budget_revenue", D(13))]
    both = "2011年主要预期目标是：生产总值增长12%。\n\n2012年主要预期目标是：生产总值增长10%。\n"
    assert [t.value for t in draft(both, 2011).targets] == [D(12)]
    assert [t.value for t in draft(both, 2012).targets] == [D(10)]


def test_a_list_set_out_a_paragraph_a_target(bundled: Index) -> None:
    """A list whose targets are paragraphs apart (as Markdown sets a list out: 南昌市 2011,
    lawtext/gov) is read to its end, and the paragraph of work after it is not."""
    text = (
        "——2011年1月8日在测试市第一届人民代表大会上\n\n今年全市经济社会发展的主要预期目标是：\n\n"
        "地区生产总值增长13%；\n\n财政总收入增长18%；\n\n全社会固定资产投资增长26%。\n\n"
        "推动工业增长，力争规模以上工业增加值增长20%，" + "全力以赴抓项目、抓招商、抓服务，" * 8 + "\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value) for t in found] == [
        ("gdp", D(13)),
        ("total_fiscal_revenue", D(18)),
        ("fixed_asset_investment", D(26)),
    ]


def test_a_long_list_set_out_a_paragraph_a_target_is_read_to_its_end(bundled: Index) -> None:
    """南昌市 2006 (lawtext/gov) sets out its targets a paragraph each, after a paragraph of no list
    words: a list of twelve paragraphs is read to its last (it stopped after nine, losing the rest)."""
    lines = [
        "地区生产总值1170亿元，增长13%", "财政总收入增长18%", "全社会固定资产投资增长26%", "社会消费品零售总额增长15%",
        "实际利用外资增长20%", "出口总额增长15%", "规模以上工业增加值增长20%", "城市居民人均可支配收入增长10%",
        "农民人均纯收入增长9%", "城镇登记失业率控制在4%以内", "人口自然增长率控制在7‰以内", "居民消费价格涨幅控制在3%左右",
    ]  # fmt: skip
    text = (
        "——2006年1月8日在测试市第一届人民代表大会上\n\n**四、2006年工作重点**\n\n2006年，是“十一五”规划"
        "时期的开局之年，我们要突出“六个工作重点”，为“十一五”规划时期开好局、起好步。\n\n"
        + ";\n\n".join(lines)  # a half-width ; as the text has it
        + "。\n\n推动工业增长，"
        + "全力以赴抓项目、抓招商、抓服务，" * 8
        + "\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert len(found) == 13  # the GDP's level and growth
    assert (found[-1].indicator, found[-1].value) == ("cpi", D(3))


def test_a_sentence_ends_at_an_exclamation(bundled: Index) -> None:
    """The words before the passage are read from the sentence's start, which may be a ！: the
    plan named in the sentence before (“十四五”开局之年…！) does not make the year's list a
    five-year one (济宁市 2021, lawtext/gov)."""
    text = (
        "——2021年1月25日在测试市第十七届人民代表大会上\n\n“十四五”开局之年，确保实现开门红！"
        "全市经济社会发展主要预期目标为：GDP增长6%以上，一般公共预算收入增长5%左右。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value) for t in found] == [("gdp", D(6)), ("budget_revenue", D(5))]


def test_a_year_placed_in_a_plan_keeps_its_goals(bundled: Index) -> None:
    """A sentence that opens by placing the year in the five-year plan (今年是…，是实施“十四五”规划…
    一年) still introduces the year's goals (本溪市 2022, lawtext/gov: once no passage found)."""
    text = (
        "——2022年1月7日在本溪市第十七届人民代表大会第一次会议上\n\n"
        "今年是新一届政府的开局之年，是实施“十四五”规划承上启下的关键一年，我们将认真贯彻落实市委经济工作会议精神，"
        "坚持稳字当头、稳中求进，继续保持经济在合理区间运行，全市主要预期目标为：地区生产总值增长6.5%，"
        "规上工业增加值增长8%，一般公共预算收入增长7.5%。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value) for t in found] == [
        ("gdp", D("6.5")),
        ("industrial_value_added", D(8)),
        ("budget_revenue", D("7.5")),
    ]


def test_a_figure_whose_unit_is_not_its_indicators_is_left_for_a_person(tmp_path: Path) -> None:
    """A level whose unit cannot be its indicator's (a made-up 森林覆盖率提高到45亩: no text of the
    development set has one left) is written as a comment saying so, so that the draft validates;
    固原市 2021 of lawtext/gov's 8个国控断面… once read as a count of good-air days is no one's (the 8 is
    before a name, of the sections)."""
    (tmp_path / "made-up").mkdir()
    text = _validated_draft(tmp_path / "made-up", "主要预期目标：地区生产总值增长5%，森林覆盖率提高到45亩。")
    assert "# A figure whose unit is not its indicator's: give the indicator it is of." in text
    assert "# a figure in 亩 is no level of 'forest_coverage', measured in %" in text
    text = _validated_draft(
        tmp_path,
        "主要预期目标：环境空气质量优良天数稳定保持在90%以上，8个国控断面水质优良比例保持在80%以上。",
    )
    assert "#   8个国控断面水质优良比例保持在80%以上" in text


def test_a_new_indicator_in_two_kinds_of_unit_has_none(tmp_path: Path) -> None:
    """A name the catalogue lacks, drafted with figures in units of two dimensions (万亩 and 亿元,
    凉山彝族自治州 2022, lawtext/gov), gets a new indicator without a unit, so that the draft validates."""
    text = _validated_draft(tmp_path, "主要预期目标：获得增减挂钩和占补平衡节余指标3万亩、实现收益8亿元。")
    assert 'unit = "万亩"' in text
    assert 'unit = "亿元"' in text


def test_a_slogan_before_a_colon_opens_a_list(bundled: Index) -> None:
    """A slogan's words before a colon (力争实现“三突破三新增”：, 株洲市 2023, lawtext/gov) open a list:
    the name after it is read (not the clause before's), and a qualifier said twice is given once."""
    text = (
        "——2023年1月8日在测试市第一届人民代表大会上\n\n2023年发展的主要预期目标是：粮食产量30亿斤以上；"
        "完成国家和省下达的节能减排任务。同时，力争实现“三突破三新增”：地区生产总值突破4000亿元，"
        "人均地区生产总值突破10万元。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value, t.unit, t.qualifiers) for t in found] == [
        ("grain_output", D(30), "亿斤", ["以上"]),
        ("energy_saving_emission_reduction", None, None, []),
        ("gdp", D(4000), "亿元", ["突破"]),
        ("per_capita_gdp", D(10), "万元", ["突破"]),
    ]


# Clauses of city reports of lawtext/gov (not in either key), each verbatim, whose name the
# catalogue once did not find: (clause, its first target's indicator and kind).
CITY_NAMES = [
    ("地方财政公共预算收入增长14%以上", "budget_revenue", "growth"),  # 郑州市 2014
    ("一般公共预算地方收入增长6.5%以上", "budget_revenue", "growth"),  # 岳阳市 2024
    ("城镇居民登记失业率控制在3%以内", "registered_unemployment", "level"),  # 深圳市 2013
    ("每万元地区生产总值能耗下降2.5%", "energy_intensity", "decline"),  # 海口市 2008
    ("商品进出口总值保持正增长", "foreign_trade", "qualitative"),  # 广州市 2024
    ("空气质量优良率达80％以上", "good_air_days", "level"),  # 贵阳市 2014
    ("万元 GDP能耗下降 1.8%", "energy_intensity", "decline"),  # 四平市 2015: spaces in the text
    (
        "单位GDP 能耗、主要污染物排放总量控制在省下达指标以内",
        "energy_intensity",
        "qualitative",
    ),  # 马鞍山市 2016
    ("完成固定资产投资总额（不含农户）276.83亿元", "fixed_asset_investment", "level"),  # 迪庆州 2023: a note
    ("对外贸易进出口总值41.9亿美元", "foreign_trade", "level"),  # 黑河市 2014: 对外's 对 is the name's
    ("社消零总额增长13%左右", "retail_sales", "growth"),  # 合肥市 2022
    ("本市生产总值比上年增长13%", "gdp", "growth"),  # 深圳市 2004: 本市 before the name
    ("农村人均纯收入增长6%", "rural_net_income", "growth"),  # 东莞市 2004
    ("规上工业可比价增加值增长8.0%左右", "industrial_value_added", "growth"),  # 七台河市 2022
    ("城市市区居民（非农业）人均可支配收入增长8%", "urban_disposable_income", "growth"),  # 济南市 2004
    ("规模以上工业产值增长19%", "industrial_output", "growth"),  # 泉州市 2011
    ("服务业增加值所占比重提高1个百分点以上", "services_share", "change_pp"),  # 济南市 2008
    ("实现11.92万贫困人口稳定脱贫", "poverty_reduction", "level"),  # 南阳市 2016
]


@pytest.mark.parametrize(("clause", "indicator", "kind"), CITY_NAMES)
def test_a_citys_name_for_a_known_series_is_found(
    bundled: Index, clause: str, indicator: str, kind: str
) -> None:
    """A city report's name for a series the catalogue holds (or the name with a space beside a
    Chinese character) is that series, with the kind its verb says."""
    text = f"——2015年1月8日在测试市第一届人民代表大会上\n\n主要预期目标是：{clause}。\n"
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert (found[0].indicator, found[0].kind) == (indicator, kind)


def test_the_three_industries_listed_by_numeral(bundled: Index) -> None:
    """一、二、三产业 (哈尔滨市 2002), 一、二、三产 (铜仁市 2024) and 一、二、三次产业 (张家界市 2014, lawtext/gov)
    are the primary, secondary and tertiary industries, each given its figure in turn."""
    for clause in (
        "其中一、二、三产业增加值分别增长4.6％、13.4％和12％",
        "其中一、二、三产分别增长5%、8%、5.8%",
        "其中一、二、三次产业增加值分别增长3.2 %、10.5%和 4.7 %",  # 张家界市 2014
        "一、二、三次产业增加值分别增长3.5%、11.6%、10.6%",  # not numbering: 一、 before 二、
    ):
        text = (
            f"——2002年1月8日在测试市第一届人民代表大会上\n\n主要预期目标是：地区生产总值增长11%，{clause}。\n"
        )
        found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
        assert [t.indicator for t in found] == [
            "gdp",
            "primary_industry_value_added",
            "secondary_industry_value_added",
            "services_value_added",
        ], clause


def test_list_opening_words_with_zhuyao_before_the_verb(bundled: Index) -> None:
    """预期性指标主要是： (南京市 2019, lawtext/gov) opens the list: its words are not the first name's."""
    text = (
        "——2019年1月8日在测试市第一届人民代表大会上\n\n今年经济社会发展的预期性指标主要是：地区生产总值增长7.5%—8%；"
        "一般公共预算收入增长8%。约束性指标主要是：节能减排和大气、水环境质量确保完成国家和省下达的目标任务。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.wording) for t in found[:2]] == [
        ("gdp", "地区生产总值增长7.5%—8%"),
        ("budget_revenue", "一般公共预算收入增长8%"),
    ]


def test_words_of_manner_before_a_quota(bundled: Index) -> None:
    """Words of manner before a quota's verb (按照国家要求坚决, guangxi 2025; 不折不扣, shanxi 2025;
    按照国省要求, 成都市 2026 of lawtext/gov) are not a name: the quota is of what it names."""
    text = (
        "——2025年1月8日在测试省第一届人民代表大会上\n\n主要预期目标是：地区生产总值增长5%，按照国家要求坚决完成节能减排降碳任务，"
        "不折不扣完成国家下达的约束性指标任务，按照国省要求完成节能减排降碳任务。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.goal) for t in found[1:]] == [
        ("energy_saving_emission_reduction", "meet_quota"),
        ("binding_indicators", "meet_quota"),
        ("energy_saving_emission_reduction", "meet_quota"),
    ]


def test_list_opening_words_without_a_colon(bundled: Index) -> None:
    """主要预期目标是 without a colon, before the first name (南阳市 2014, 辽源市 2016 of lawtext/gov), is not
    the first name's."""
    for sentence, first in (
        (
            "今年全市经济社会发展的主要预期目标是生产总值增长10％以上，规模以上工业增加值增长14％以上。",
            "生产总值增长10％以上",
        ),
        ("主要预期目标是地区生产总值增长7%，地方级财政收入增长6%左右。", "地区生产总值增长7%"),
    ):
        text = f"——2014年1月8日在测试市第一届人民代表大会上\n\n{sentence}\n"
        found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
        assert (found[0].indicator, found[0].wording) == ("gdp", first)


def test_words_of_effort_and_a_verb_before_the_first_name(bundled: Index) -> None:
    """力争实现 (beijing 2009) and 建议奋力实现 (宁波市 2020, lawtext/gov) before a clause's first name
    qualify it; they are not a name."""
    for clause, qualifiers in (
        ("力争实现地区生产总值增长9%", ["力争"]),
        ("建议奋力实现地区生产总值增长6.5%左右", ["左右"]),
    ):
        text = f"——2020年1月8日在测试市第一届人民代表大会上\n\n主要预期目标是：{clause}，一般公共预算收入增长5%。\n"
        found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
        assert [(t.indicator, t.wording) for t in found] == [
            ("gdp", clause),
            ("budget_revenue", "一般公共预算收入增长5%"),
        ]
        assert [q for q in found[0].qualifiers if q in ("力争", "左右")] == qualifiers


def test_a_report_without_a_passage_names_the_closest_sentences(bundled: Index) -> None:
    """A report that sets no figures for its year (成都市 2020 of lawtext/gov) still gives its
    review's results, with a warning that names the sentences that came closest to a passage."""
    text = "一、回顾\n\n去年完成了各项目标任务，地区生产总值增长7%。\n\n二、今年工作\n\n我们要努力工作，城镇调查失业率6%左右。\n"
    draft = extract(text, indicators=bundled.indicators(), regions=bundled.regions())
    assert (draft.targets, [(o.indicator, o.growth) for o in draft.outcomes]) == ([], [("gdp", D(7))])
    assert warnings(draft)[0].startswith("no main-target passage found (looked for: 主要预期目标")
    assert (
        ": the draft holds the review's results alone; the sentences that came closest: "
        in warnings(draft)[0]
    )
    assert warnings(draft)[0].endswith("line 3: 去年完成了各项目标任务，地区生产总值增长7%")
    with pytest.raises(ReportError, match=r"^no main-target passage found"):  # and no result either
        extract(
            text.replace("增长7%", "增长较快"), indicators=bundled.indicators(), regions=bundled.regions()
        )


def test_the_error_of_a_text_without_a_passage_is_one_line(tmp_path: Path) -> None:
    """The sentences nearest to a passage follow the error on its one line, each after its line
    number (it read ``…target)\\nthe sentences that came closest:\\n  line 3: …``, the newlines
    shown escaped)."""
    report = tmp_path / "report.md"
    report.write_text("标题\n\n各项事故控制指标连年下降2554项。\n\n完成了目标任务10项。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(report)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.endswith(
        "; the sentences that came closest: line 3: 各项事故控制指标连年下降2554项; line 5: 完成了目标任务10项\n"
    )
    assert result.stderr.count("\n") == 1


def test_a_region_the_data_does_not_know_gives_the_results_of_what_it_targets(bundled: Index) -> None:
    """林芝市 2023 of lawtext/gov, a city the data does not know: the results of the indicators its
    report targets are drafted from any sentence of the review, not only GDP's."""
    text = (
        "2023年某某市人民政府工作报告\n\n一、2022年工作回顾\n\n过去一年，实现地区生产总值208.29亿元，可比增长1%。"
        "城乡居民人均可支配收入分别完成43433元、23345元，分别增长5%、7.2%。\n\n二、2023年工作\n\n"
        "今年主要预期目标是：地区生产总值增长6%，城乡居民人均可支配收入分别增长6%、8%。\n"
    )
    draft = extract(text, indicators=bundled.indicators(), regions=bundled.regions())
    assert [(o.indicator, o.growth, o.level) for o in draft.outcomes] == [
        ("gdp", D(1), D("208.29")),
        ("urban_disposable_income", D(5), D(43433)),
        ("rural_disposable_income", D("7.2"), D(23345)),
    ]


def test_a_report_titled_for_the_year_it_reviews_sets_the_next_years_targets() -> None:
    """sichuan/2005.md of the panel, titled 2005年四川省人民政府工作报告 with no day: its targets stand
    under **三、2006年工作**, so it is the 2006 report (and 2005's results are last year's)."""
    text = (
        "---\ntitle: 2005年四川省人民政府工作报告\n---\n\n**一、“十五”工作回顾**\n\n2005年全省生产总值比上年增长12.6%。\n\n"
        "**三、2006年工作**\n\n今年经济社会发展的主要预期目标是：全省生产总值增长9%。\n"
    )
    assert read_report(text).year == 2006
    assert read_report(text.replace("三、2006年工作", "三、今年的工作")).year == 2005


def test_without_a_passage_the_review_runs_to_the_heading_of_the_years_work() -> None:
    """A report without a passage is reviewed up to the heading of the year's work (成都市 2020:
    三、2020年工作安排; china 2020: 二、今年发展主要目标…), not the review's own heading, so that the
    year's figures after it (城镇调查失业率6%左右) are not read as results."""
    text = "一、2019年和今年以来工作回顾\n\n地区生产总值增长7%。\n\n三、2020年工作安排\n\n城镇调查失业率6%左右。\n"
    report = read_report(text, 2020)
    assert (report.passage, report.review, report.missing is not None) == (
        "",
        text[: text.index("三、")],
        True,
    )


# Issue 26 §7: results in the review, each clause verbatim as seen: (review, the GDP or budget
# revenue result as (indicator, growth, level, estimate)).
ISSUE_26_RESULTS: list[tuple[str, tuple[Any, ...]]] = [
    ("全市地区生产总值完成1200亿元，比上年增长9.5%。", ("gdp", D("9.5"), D(1200), False)),
    ("前三季度，全省地区生产总值增长5.6%，预计全年增长5.5%。", ("gdp", D("5.5"), None, True)),
    ("地方一般预算收入227亿元，居全省第4位，增长9%。", ("budget_revenue", D(9), D(227), False)),
    ("地区生产总值突破1900亿元，增长8%。", ("gdp", D(8), D(1900), False)),
    ("“一市三县”地区生产总值增长10%。全市地区生产总值增长8%。", ("gdp", D(8), None, False)),
    ("全市实现地区生产总1500亿元，增长7%。", ("gdp", D(7), D(1500), False)),
    # the growth after words the panel's reviews put before it (a report of 2024: 比2023年 is 比上年)
    ("全市地区生产总值达到11865.9亿元，比2023年增长10.1%。", ("gdp", D("10.1"), D("11865.9"), False)),
    ("地方级财政收入304.6亿元，可比增长16.8％。", ("budget_revenue", D("16.8"), D("304.6"), False)),
    ("全年地区生产总值达到8288亿元，比上年（下同）增长11.1%。", ("gdp", D("11.1"), D(8288), False)),
    # a growth on a comparable basis (河北 2023: 一般公共预算收入可比增长6.6%)
    ("一般公共预算收入可比增长6.6%。", ("budget_revenue", D("6.6"), None, False)),
    ("地方财政收入按可比口径增长7.2%。", ("budget_revenue", D("7.2"), None, False)),
    # bold marks end a clause: the heading before is not the subject, its 预计 governs the figures
    (
        "**一、经济发展步伐加快，综合实力不断增强** 预计2023年全区地区生产总值1850亿元，比上年增长10.8%。",
        ("gdp", D("10.8"), D(1850), True),
    ),
    ("**全省实现生产总值7085亿元、增长7.6%，固定资产投资9530亿元。", ("gdp", D("7.6"), D(7085), False)),
    # growth since a year before the previous one is a change over several years, not the year's
    ("2023年，国内生产总值达到24.66万亿元，比2018年增长65.5%。", ("gdp", None, D("24.66"), False)),
    # the whole year's growth in the clause after words about the name (重庆 2020, 吉林 2019)
    ("地区生产总值增速保持在合理区间，全年增长6.3%、达到2.36万亿元。", ("gdp", D("6.3"), D("2.36"), False)),
    ("地区生产总值增速逐季提高，全年增长4.5%。", ("gdp", D("4.5"), None, False)),
    # a quarter's growth is passed over for the year's, in a later sentence (上海 2010)
    (
        "2009年开局，上海经济延续上年第四季度下行态势，第一季度市生产总值增长3.1%，比上年同期回落8.4个百分点。"
        "经过全市共同努力，本市经济总体向好。市生产总值比上年增长8.2%。",
        ("gdp", D("8.2"), None, False),
    ),
    # the growth said as the name's 增速为 (甘肃 2018)
    ("生产总值增速为3.6%。", ("gdp", D("3.6"), None, False)),
]


@pytest.mark.parametrize(("review", "expected"), ISSUE_26_RESULTS, ids=[r for r, _ in ISSUE_26_RESULTS])
def test_issue_26_results(bundled: Index, review: str, expected: tuple[Any, ...]) -> None:
    outcomes = _drafted(bundled, "地区生产总值增长5%。", review)["outcomes"]
    assert [(o["indicator"], o["growth"], o["level"], o["estimate"]) for o in outcomes] == [expected]


def test_a_draft_names_new_indicators_apart_and_leaves_unknowns_to_fill(tmp_path: Path) -> None:
    """Issue 26 §9: new indicators' placeholder names do not clash; a comparison with itself is
    left as a comment; a year not found is left to fill (said on stderr and in the draft), not 2000."""
    passage = "地区生产总值增长5%，新奇指标增长3%，古怪指标增长2%，城乡居民收入增长高于城乡居民收入。"
    path = tmp_path / "r.md"
    path.write_text(_report(passage), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0
    assert "(English name of 新奇指标)" in result.stdout
    assert "# against = " in result.stdout  # the comparison with itself, commented out
    draft = tmp_path / "d.toml"
    draft.write_text(result.stdout, encoding="utf-8")
    assert runner.invoke(cli, ["validate", str(draft)]).exit_code == 0
    bare = tmp_path / "bare.md"
    bare.write_text("主要预期目标：地区生产总值增长5%。\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(bare)])
    assert result.exit_code == 0
    assert "year was not found" in result.stderr
    assert 'year = "YEAR"' in result.stdout
    assert "2000" not in result.stdout


def test_big5_text_given_to_extract_is_named(run: Run, tmp_path: Path) -> None:
    """Big5 text was read as GB18030 and found nothing: now extract says it seems Big5 and what it
    reads; the same words in GB18030 are read as text (in which, traditional, no passage is found)."""
    words = "二○二三年政府工作報告\n\n今年經濟社會發展的主要預期目標是：地區生產總值增長5%左右，城鎮新增就業1萬人。\n"
    report = tmp_path / "report.txt"
    report.write_bytes(words.encode("big5"))
    result = run("extract", str(report), "--region", "north", "--year", "2023")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "govtargets: error: report.txt: Big5 text (traditional Chinese), it seems: extract reads UTF-8"
        " and GB18030 (GBK); save it as simplified Chinese in UTF-8\n"
    )
    report.write_bytes(words.encode("gb18030"))
    result = run("extract", str(report), "--region", "north", "--year", "2023")
    assert result.stderr.startswith(
        "govtargets: error: no main-target passage found (looked for: 主要预期目标"
    )


@pytest.mark.parametrize(
    ("start", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a .docx or .odt document?)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc or .wps?)"),
    ],
)
def test_a_document_given_to_extract_is_named(run: Run, tmp_path: Path, start: bytes, kind: str) -> None:
    """A PDF, Word or WPS file (as reports are often published) is named as such, with what to do; a
    PDF with no NUL byte early on was refused as neither UTF-8 nor GB18030, or read as GB18030."""
    report = tmp_path / "report.bin"
    report.write_bytes(start + b"stream\n" * 50)
    result = run("extract", str(report))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"govtargets: error: report.bin: {kind}, not text: save or convert it as plain text (UTF-8) first\n"
    )


def _one(review: str, key: str, *result: Any) -> tuple[str, set[str], dict[str, tuple[Any, ...]]]:
    """A row of ``ROUND_SIX_RESULTS`` whose review gives one targeted indicator a result."""
    return review, {key}, {key: result}


# Round six (h21): review sentences that failed, each quoted from the report it was seen in (a year
# of the text turned to the year before the test's report of 2024).
ROUND_SIX_RESULTS: list[tuple[str, set[str], dict[str, tuple[Any, ...]]]] = [
    # 广西 2007: 全区 after the year that opens the sentence
    _one(
        "2023年全区实现生产总值4801.98亿元，增长13.5％。", "gdp", D("13.5"), D("4801.98"), "亿元", None, False
    ),
    # 河南 2014: a listed name's own verb (完成进出口总额) is not the list's predicate
    (
        "全年实际利用外商直接投资、实际利用省外资金、完成进出口总额分别增长11.1%、23.3%和15.9%。",
        {"foreign_capital", "foreign_trade"},
        {
            "foreign_capital": (D("11.1"), None, None, None, False),
            "foreign_trade": (D("15.9"), None, None, None, False),
        },
    ),
    # 苏州 2026: 逆势 before the growth names nothing
    _one(
        "完成进出口总额2.8万亿元，逆势增长7.4%。", "foreign_trade", D("7.4"), D("2.8"), "万亿元", None, False
    ),
    # 江苏 2015, 江西 2005, 山东 2004, 西藏 2005: clauses between a level and its growth that name
    # nothing (总量折合…, 按可比价比上年, 同口径相比, 经初步核算, 比上年决算数)
    _one(
        "实现地区生产总值6.51万亿元，总量折合超过1万亿美元，比上年增长8.7%。",
        "gdp",
        D("8.7"),
        D("6.51"),
        "万亿元",
        None,
        False,
    ),
    _one(
        "预计全省生产总值3500亿元，按可比价比上年增长13.2%。", "gdp", D("13.2"), D(3500), "亿元", None, True
    ),
    _one(
        "地方财政收入712.8亿元，同口径相比增长21.3%。",
        "budget_revenue",
        D("21.3"),
        D("712.8"),
        "亿元",
        None,
        False,
    ),
    _one(
        "西藏生产总值突破200亿元大关，经初步核算，达到211.54亿元，增长12.2%。",
        "gdp",
        D("12.2"),
        D("211.54"),
        "亿元",
        None,
        False,
    ),
    _one(
        "地方财政一般预算收入首次突破10亿元，比上年决算数增长22.9%。",
        "budget_revenue",
        D("22.9"),
        D(10),
        "亿元",
        None,
        False,
    ),
    # 云南 2010: 负增长, a fall
    _one(
        "外贸进出口总额80.2亿美元，负增长16.5%。",
        "foreign_trade",
        D("-16.5"),
        D("80.2"),
        "亿美元",
        None,
        False,
    ),
    # 宁夏 2021 and 2022: a residents' income's urban and rural parts, named 城镇 and 农村 after it
    (
        "全体居民人均可支配收入25735元、增长5.4%，其中城镇35720元、增长4.1%，农村13889元、增长8%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("4.1"), D(35720), "元", None, False),
            "rural_disposable_income": (D(8), D(13889), "元", None, False),
        },
    ),
    (
        "全体居民人均可支配收入27905元、增长8.5%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("7.2"), D(38291), "元", None, False),
            "rural_disposable_income": (D("10.4"), D(15337), "元", None, False),
        },
    ),
    # 西藏 2022: two growth rates of 城乡…收入 without 分别
    (
        "城乡居民人均可支配收入增长13%和14%，位居西部地区前列。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D(13), None, None, None, False),
            "rural_disposable_income": (D(14), None, None, None, False),
        },
    ),
    # 广东 2023, 陕西 2017: a rate's level said with 在 or 控制到
    _one("居民消费价格涨幅在3%以内。", "cpi", None, D(3), "%", None, False),
    _one("城镇登记失业率控制到3.3%。", "registered_unemployment", None, D("3.3"), "%", None, False),
    # 四川 2022: a step passed (迈上5万亿台阶, not in yuan) is not the level
    _one(
        "全省地区生产总值迈上5万亿台阶，达5.38万亿元、增长8.2%。",
        "gdp",
        D("8.2"),
        D("5.38"),
        "万亿元",
        None,
        False,
    ),
    # 浙江 2005, 陕西 2009: an income's real growth, after 扣除价格…因素, is its result
    _one(
        "城镇居民人均可支配收入14546元，增长10.4%，扣除价格上涨因素实际增长7.4%。",
        "urban_disposable_income",
        D("7.4"),
        D(14546),
        "元",
        None,
        False,
    ),
    (
        "预计城镇居民人均可支配收入12463元、农村居民人均可支配收入3100元以上，均增长17％左右，"
        "扣除价格因素分别增长11％和10％以上。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D(11), D(12463), "元", None, True),
            "rural_disposable_income": (D(10), D(3100), "元", None, True),
        },
    ),
    # 河北 2016: 城乡…均增长, each of the two where they were targeted, else the whole
    (
        "城乡居民人均可支配收入均增长8.5%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("8.5"), None, None, None, False),
            "rural_disposable_income": (D("8.5"), None, None, None, False),
        },
    ),
    _one("城乡居民人均可支配收入均增长8.5%。", "disposable_income", D("8.5"), None, None, None, False),
    # 山西 2019: an amount in yuan said without its 元 (1.68万亿)
    _one("2023年全省地区生产总值达到1.68万亿，增长6.7%。", "gdp", D("6.7"), D("1.68"), "万亿元", None, False),
    # 广东 2018: a clause of words alone (居全国第一) between a name and its share
    _one(
        "预计全省研发经费支出从1236亿元增加到超过2300亿元，居全国第一，占地区生产总值比重从2.17%提高到2.65%。",
        "rd_intensity",
        None,
        D("2.65"),
        "%",
        None,
        True,
    ),
    # 海南 2007: jobs counted as posts (万个)
    _one("全年城镇新增就业岗位8.5万个。", "new_urban_jobs", None, D("8.5"), "万个", None, False),
]


def test_a_growth_sentence_that_gives_nothing_gives_way_to_a_level(bundled: Index) -> None:
    """湖北 2009: the sentence chosen for exports' growth (高新技术产品出口…增长46.7%, in the five years'
    review) gives exports nothing; the last year's sentence that gives it a level is read instead."""
    review = (
        "过去五年，我们砥砺奋进。\n"
        "高新技术产业实现增加值1104.94亿元，增长24.2%，高新技术产品出口22亿美元，增长46.7%。\n"
        "2023年，全省出口总额过100亿美元，达到115.92亿美元。"
    )
    assert _results(bundled, review, {"exports"}) == {"exports": (None, D("115.92"), "亿美元", None, False)}


# Round seven (h22): city reports' wordings, each a clause quoted from a city's report.
CITY_PHRASINGS: list[tuple[str, list[dict[str, Any]]]] = [
    ("城镇居民年人均可支配收入增长12%，农民年人均纯收入增长12.5%。", [
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D(12), "unit": "%"},
        {"indicator": "rural_net_income", "kind": "growth", "value": D("12.5"), "unit": "%"},
    ]),
    ("城市居民年人均可支配收入增长9%以上。", [
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D(9), "unit": "%", "qualifiers": ["以上"]},
    ]),
    ("万元生产总值能源消耗比上年下降2.8%。", [{"indicator": "energy_intensity", "kind": "decline", "value": D("2.8"), "unit": "%"}]),
    ("市区居民人均可支配收入和农村居民人均纯收入均增长7%。", [
        {"indicator": i, "kind": "growth", "value": D(7), "unit": "%"} for i in ("urban_disposable_income", "rural_net_income")
    ]),
    ("全面完成“十一五”节能减排目标。", [{"indicator": "energy_saving_emission_reduction", "kind": "qualitative", "goal": "meet_quota"}]),
    ("地方一般公共预算收入增长与经济发展趋势基本一致，城乡居民人均可支配收入增速达到或高于全省平均水平。", [
        {"indicator": "budget_revenue", "kind": "qualitative", "goal": "与经济发展趋势基本一致"},
        {"indicator": "disposable_income", "kind": "relative", "qualifiers": ["同步"], "against_region": "parent",
         "measure": "growth", "unsure": ["达到或高于: at least the other side, drafted as 同步 (in step)"]},
    ]),
    ("地区生产总值增长与全国同步。", [
        {"indicator": "gdp", "kind": "relative", "qualifiers": ["同步"], "against_region": "china", "measure": "growth"},
    ]),
    ("在更加注重发展质量和效益的基础上，确保生产总值增长15%。", [
        {"indicator": "gdp", "kind": "growth", "value": D(15), "unit": "%", "qualifiers": ["确保"]},
    ]),
    ("确保粮食播种面积和产量稳定。", [
        {"indicator": i, "kind": "qualitative", "qualifiers": ["确保"], "goal": "stable"} for i in ("grain_area", "grain_output")
    ]),
    ("地区生产总值增长6%左右、奋力站上3000亿元大台阶。", [
        {"indicator": "gdp", "kind": "growth", "value": D(6), "unit": "%", "qualifiers": ["左右"]},
        {"indicator": "gdp", "kind": "level", "value": D(3000), "unit": "亿元"},
    ]),
    ("全社会试验研究与试验发展（R&D）投入占GDP比重达1.8%。", [
        {"indicator": "rd_intensity", "kind": "level", "value": D("1.8"), "unit": "%", "qualifiers": ["达"]},
    ]),
    ("人口自然增长率控制在6&permil;以内。", [
        {"indicator": "population_growth", "kind": "level", "value": D(6), "unit": "‰", "qualifiers": ["控制在", "以内"]},
    ]),
    ("人口自然增长率控制在7.9％。以内。", [
        {"indicator": "population_growth", "kind": "level", "value": D("7.9"), "unit": "‰", "qualifiers": ["控制在", "以内"]},
    ]),
]  # fmt: skip


# Round eight (h24): the targets' precision, each a clause quoted from the report named beside it.
ROUND_EIGHT: list[tuple[str, list[dict[str, Any]]]] = [
    # as many figures as names, in turn without 分别 (青海 2023; 海南 2021)
    ("城镇登记失业率、城镇调查失业率控制在3.5%以内和5.5%左右。", [
        {"indicator": "registered_unemployment", "kind": "level", "value": D("3.5"), "unit": "%", "qualifiers": ["控制在", "以内"]},
        {"indicator": "surveyed_unemployment", "kind": "level", "value": D("5.5"), "unit": "%", "qualifiers": ["控制在", "左右"]},
    ]),
    ("城镇和农村常住居民人均可支配收入增长10%左右和11%左右。", [
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D(10), "unit": "%", "qualifiers": ["左右"]},
        {"indicator": "rural_disposable_income", "kind": "growth", "value": D(11), "unit": "%", "qualifiers": ["左右"]},
    ]),
    # a count before the name of what it counts, not the name before's (安徽 2019; 甘肃 2018, 2020; 海南 2017)
    ("9个贫困县摘帽、64个贫困村出列、40万贫困人口脱贫。", [
        {"indicator": "poor_counties", "kind": "level", "value": D(9), "unit": "个"},
        {"indicator": "poor_villages", "kind": "level", "value": D(64), "unit": "个"},
        {"indicator": "poverty_reduction", "kind": "level", "value": D(40), "unit": "万人"},
    ]),
    ("城镇新增就业5万人，确保65万以上贫困人口脱贫，10个片区县、3个插花县申请摘帽。", [
        {"indicator": "new_urban_jobs", "kind": "level", "value": D(5), "unit": "万人"},
        {"indicator": "poverty_reduction", "kind": "level", "value": D(65), "unit": "万人", "qualifiers": ["确保", "以上"]},
    ]),
    ("实现剩余17.5万贫困人口脱贫。", [{"indicator": "poverty_reduction", "kind": "level", "value": D("17.5"), "unit": "万人"}]),
    ("18.3万农村贫困人口脱贫。", [{"indicator": "poverty_reduction", "kind": "level", "value": D("18.3"), "unit": "万人"}]),
    # names worded another way: a bare 水耗, 均 before 下降 (北京 2010, 2012; 重庆 2015; 山东 2009)
    ("万元地区生产总值能耗、水耗均下降4%。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D(4), "unit": "%"},
        {"indicator": "water_intensity", "kind": "decline", "value": D(4), "unit": "%"},
    ]),
    ("水耗下降3%。", [{"indicator": "water_intensity", "kind": "decline", "value": D(3), "unit": "%"}]),
    ("二氧化硫和化学需氧量排放均下降4%。", [
        {"indicator": i, "kind": "decline", "value": D(4), "unit": "%"} for i in ("so2_emissions", "cod_emissions")
    ]),
    # 地方预算内财政收入, 地方预算收入 (重庆 2003; 甘肃 2010), 吸收外商直接投资 (湖北 2007)
    ("地方预算内财政收入增长12%。", [{"indicator": "budget_revenue", "kind": "growth", "value": D(12), "unit": "%"}]),
    ("地方预算收入增长12%。", [{"indicator": "budget_revenue", "kind": "growth", "value": D(12), "unit": "%"}]),
    ("吸收外商直接投资增长10％。", [{"indicator": "foreign_capital", "kind": "growth", "value": D(10), "unit": "%"}]),
    # 引进省外（实际）到位资金 (贵州 2012-2014), 减排降碳 (广西 2023)
    ("引进省外实际到位资金增长30%。", [{"indicator": "domestic_capital_inflow", "kind": "growth", "value": D(30), "unit": "%"}]),
    ("减排降碳控制在国家下达目标内。", [
        {"indicator": "energy_saving_emission_reduction", "kind": "qualitative", "goal": "meet_quota"},
    ]),
    # a space a text left inside a name (天津 2004, 2006, 2012), 实际直接利用外资到位额 (天津 2004)
    ("社会消费品零 售总额增长10%，城 镇登记失业率控制在3.8%以内，实际直接利用外资到位额增长30%。", [
        {"indicator": "retail_sales", "kind": "growth", "value": D(10), "unit": "%"},
        {"indicator": "registered_unemployment", "kind": "level", "value": D("3.8"), "unit": "%", "qualifiers": ["控制在", "以内"]},
        {"indicator": "foreign_capital", "kind": "growth", "value": D(30), "unit": "%"},
    ]),
    # a fall a name's own verb says (黑龙江 2008-2012; 上海 2007: 综合能耗下降, 排放总量削减 are names too)
    ("万元GDP综合能耗下降4.8%。", [{"indicator": "energy_intensity", "kind": "decline", "value": D("4.8"), "unit": "%"}]),
    ("主要污染物排放总量削减2%。", [{"indicator": "pollutant_reduction", "kind": "decline", "value": D(2), "unit": "%"}]),
    # a share of the whole after a name is the share's name (辽宁 2018, 2021; 大连 2020)
    ("地区生产总值增长5%，进出口总额占全国的份额不减，外贸进出口总额占全省份额不减。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
        {"indicator": "foreign_trade_national_share", "kind": "qualitative", "goal": "不减"},
        {"indicator": "foreign_trade_provincial_share", "kind": "qualitative", "goal": "不减"},
    ]),
    ("地区生产总值增长5%，进出口总额占全国份额稳中有升。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
        {"indicator": "foreign_trade_national_share", "kind": "qualitative", "goal": "稳中有升"},
    ]),
    # 规模以上工业企业增加值 (重庆 2009); a name's digits in quotation marks are no figure (重庆 2009)
    ("规模以上工业企业增加值增长18%。", [{"indicator": "industrial_value_added", "kind": "growth", "value": D(18), "unit": "%"}]),
    ("“6+1”产业体系实现销售收入8000亿元。", [
        {"kind": "level", "value": D(8000), "unit": "亿元", "unsure": ["'“6+1”产业体系' matches no indicator of the catalogue"]},
    ]),
    # a goal with no name of the catalogue is no one's, not the last name's (重庆 2009; 湖南 2010; 内蒙古 2006)
    ("利用内资增长25%，力争重点领域和关键环节改革实现新突破，完成上述目标。", [
        {"indicator": "domestic_funds_utilized", "kind": "growth", "value": D(25), "unit": "%"},
    ]),
    # a quota's 指标 after the names it sets (内蒙古 2007)
    ("地区生产总值增长5%，完成国家下达的主要污染物减排指标。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
        {"indicator": "pollutant_reduction", "kind": "qualitative", "goal": "meet_quota"},
    ]),
    # the poor reduced: a name with its verb first, 减少 after it, 万 alone (贵州 2014; 甘肃 2008; 广西, 云南 2019)
    ("减少贫困人口150万人，农村绝对贫困人口减少16万人，农村贫困人口减少105万。", [
        {"indicator": "poverty_reduction", "kind": "level", "value": D(v), "unit": "万人"} for v in (150, 16, 105)
    ]),
    # 1.6个和1.4个百分点: 个 of the 百分点 the last figure says (河南 2016, 2020)
    ("常住人口城镇化率和户籍人口城镇化率分别提高1.6个和1.4个百分点。", [
        {"indicator": "urbanization_rate", "kind": "change_pp", "value": D("1.6"), "unit": "个百分点"},
        {"indicator": "registered_urbanization_rate", "kind": "change_pp", "value": D("1.4"), "unit": "个百分点"},
    ]),
    # names worded another way: 国民经济 (上海 2006, 2008), 万元产值能耗, 全区生产总值单位能耗 (新疆 2007, 2009),
    # 空气质量优良率 (青海 2016), 地级以上城市 (西藏 2019), 地方财政支出 (云南 2009)
    ("地方财政收入与国民经济保持同步增长。", [
        {"indicator": "budget_revenue", "kind": "relative", "qualifiers": ["同步"], "against": "gdp", "measure": "growth"},
    ]),
    ("万元产值能耗降低5%，全区生产总值单位能耗降低4%。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D(v), "unit": "%"} for v in (5, 4)
    ]),
    ("主要城市空气质量优良率保持在75%以上，地级以上城市空气质量优良天数比率保持95%以上。", [
        {"indicator": "good_air_days", "kind": "level", "value": D(v), "unit": "%", "qualifiers": [q, "以上"]}
        for v, q in ((75, "保持在"), (95, "保持"))
    ]),
    ("地方财政支出增长10%。", [{"indicator": "budget_expenditure", "kind": "growth", "value": D(10), "unit": "%"}]),
    # 65万农村贫困人口实现脱贫 (河南 2019); 正常年景下 names nothing (吉林 2022, 2023; 辽宁 2021)
    ("65万农村贫困人口实现脱贫。", [{"indicator": "poverty_reduction", "kind": "level", "value": D(65), "unit": "万人"}]),
    ("正常年景下粮食产量稳定在800亿斤以上。", [
        {"indicator": "grain_output", "kind": "level", "value": D(800), "unit": "亿斤", "qualifiers": ["以上"]},
    ]),
    # 要力争 before a name (湖南 2013); 平稳增长 (河南 2024; 上海 2015: a bare 经济 is the economy's growth)
    ("要力争地区生产总值增长10%以上。", [
        {"indicator": "gdp", "kind": "growth", "value": D(10), "unit": "%", "qualifiers": ["力争", "以上"]},
    ]),
    ("进出口平稳增长，经济平稳增长。", [
        {"indicator": i, "kind": "qualitative", "goal": "steady_growth"} for i in ("foreign_trade", "gdp")
    ]),
    # 千分之2.7 (吉林 2007)
    ("人口自然增长率控制在千分之2.7以内。", [
        {"indicator": "population_growth", "kind": "level", "value": D("2.7"), "unit": "‰", "qualifiers": ["控制在", "以内"]},
    ]),
    # 其中城镇和农村 after an income are its urban and rural parts (宁夏 2022; 山东 2020)
    ("全体居民人均可支配收入增长7%，其中城镇和农村分别增长7%和8%。", [
        {"indicator": "disposable_income", "kind": "growth", "value": D(7), "unit": "%"},
        {"indicator": "urban_disposable_income", "kind": "growth", "value": D(7), "unit": "%"},
        {"indicator": "rural_disposable_income", "kind": "growth", "value": D(8), "unit": "%"},
    ]),
    # words that open a list, and clauses of the work to be done, name nothing (山东 2008; 上海 2007; 湖南 2006)
    ("主要约束性指标是，万元生产总值能耗下降4.5%。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D("4.5"), "unit": "%"},
    ]),
    ("着眼实现经济平稳较快发展这个宏观调控的核心目标，确保全省生产总值增长9%左右。", [
        {"indicator": "gdp", "kind": "growth", "value": D(9), "unit": "%", "qualifiers": ["确保", "左右"]},
    ]),
    ("突出约束性指标，大力推进节能降耗、环境保护和节约集约用地，万元生产总值综合能耗下降4%。", [
        {"indicator": "energy_intensity", "kind": "decline", "value": D(4), "unit": "%"},
    ]),
    # 节能降碳 (宁夏 2021), 四项主要污染物指标 (宁夏 2019)
    ("地区生产总值增长5%，四项主要污染物指标完成国家下达任务，节能降碳和主要污染物排放完成国家下达任务。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
        {"indicator": "pollutant_reduction", "kind": "qualitative", "goal": "meet_quota"},
        {"indicator": "energy_saving_emission_reduction", "kind": "qualitative", "goal": "meet_quota"},
        {"indicator": "pollutant_reduction", "kind": "qualitative", "goal": "meet_quota"},
    ]),
    # a year or a month is no figure: the report's own words (安徽 2008; 山东 2021), a date before a figure (四川 2009)
    ("居民消费价格涨幅略低于2007年实际水平，城镇新增就业45万人。", [
        {"indicator": "cpi", "kind": "qualitative", "goal": "略低于2007年实际水平"},
        {"indicator": "new_urban_jobs", "kind": "level", "value": D(45), "unit": "万人"},
    ]),
    ("粮食产量和播种面积不低于2020年水平。", [
        {"indicator": i, "kind": "qualitative", "goal": "不低于2020年水平"} for i in ("grain_output", "grain_area")
    ]),
    ("灾后恢复重建9月底前完成投资和项目85%以上。", [
        {"kind": "level", "value": D(85), "unit": "%", "qualifiers": ["以上"], "unsure": ["'灾后恢复重建' matches no indicator of the catalogue"]},
    ]),
    # a clause of the reasons after the list (天津 2015: 也为…腾出空间)
    ("地区生产总值增长5%，也为结构调整、改革创新、提质增效腾出空间。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
    ]),
    # a sentence opened by 确保 before its first name: each clause of it is ensured (河北 2011; 浙江 2004); not 力争
    ("确保全省生产总值增长9%左右，全部财政收入可比增长11.5%、地方一般预算收入可比增长11%。力争外贸进出口总额增长15%以上，城镇登记失业率控制在4.6%以内。", [
        {"indicator": "gdp", "kind": "growth", "value": D(9), "unit": "%", "qualifiers": ["确保", "左右"]},
        {"indicator": "total_fiscal_revenue", "kind": "growth", "value": D("11.5"), "unit": "%", "qualifiers": ["确保"]},
        {"indicator": "budget_revenue", "kind": "growth", "value": D(11), "unit": "%", "qualifiers": ["确保"]},
        {"indicator": "foreign_trade", "kind": "growth", "value": D(15), "unit": "%", "qualifiers": ["力争", "以上"]},
        {"indicator": "registered_unemployment", "kind": "level", "value": D("4.6"), "unit": "%", "qualifiers": ["控制在", "以内"]},
    ]),
    # 确保 after a sentence's first targets is its clause's alone (衡阳市 2023 of lawtext/gov)
    ("生态环境质量持续改善，完成省下达的能耗“双控”目标、主要污染物减排指标任务，确保粮食播种面积和产量稳定，全体居民人均可支配收入与经济增长同步。", [
        {"indicator": "environment", "kind": "qualitative", "goal": "keep_improving"},
        {"indicator": "energy_consumption", "kind": "qualitative", "goal": "meet_quota"},
        {"indicator": "pollutant_reduction", "kind": "qualitative", "goal": "meet_quota"},
        {"indicator": "grain_area", "kind": "qualitative", "qualifiers": ["确保"], "goal": "stable"},
        {"indicator": "grain_output", "kind": "qualitative", "qualifiers": ["确保"], "goal": "stable"},
        {"indicator": "disposable_income", "kind": "relative", "qualifiers": ["同步"], "against": "gdp", "measure": "growth"},
    ]),
    # a size in a name is no figure (江西 2007, 2008, 2014-2016): 5000万元以上工业项目, 500万元以上项目固定资产投资
    ("500万元以上项目固定资产投资增长18%，引进省外单项投资5000万元以上工业项目资金增长15%。", [
        {"indicator": "fixed_asset_investment_urban", "kind": "growth", "value": D(18), "unit": "%"},
        {"indicator": "large_industrial_project_funds_from_other_provinces", "kind": "growth", "value": D(15), "unit": "%"},
    ]),
    # 城镇人口比重, the urbanization rate, taking the tail of its list, each name one of the
    # catalogue's (贵州 2014: 工业经济比重, 民营经济比重, 县域经济比重 are aliases)
    ("工业经济、城镇人口、民营经济、县域经济比重分别提高到38.4%、40.1%、46%和68%左右。", [
        {"indicator": i, "kind": "level", "value": D(v), "unit": "%", "qualifiers": ["提高到", "左右"]}
        for i, v in (("industry_share", "38.4"), ("urbanization_rate", "40.1"), ("non_public_economy_share", 46),
                     ("county_economy_share", 68))
    ]),
    # 实现 inside a name before its figure (新疆 2005, 2006); 粮食产能 (山东 2023)
    ("城镇实现就业再就业30万人，粮食产能稳定在1100亿斤以上。", [
        {"indicator": "urban_jobs_and_reemployment", "kind": "level", "value": D(30), "unit": "万人"},
        {"indicator": "grain_capacity", "kind": "level", "value": D(1100), "unit": "亿斤", "qualifiers": ["以上"]},
    ]),
    # a quota's verb after words of how (广西 2025: 按照国家要求坚决; 福建 2024: 按序时进度)
    ("地区生产总值增长5%，按照国家要求坚决完成节能减排降碳任务，按序时进度完成国家下达的单位地区生产总值能耗下降目标。", [
        {"indicator": "gdp", "kind": "growth", "value": D(5), "unit": "%"},
        {"indicator": "energy_saving_emission_reduction", "kind": "qualitative", "goal": "meet_quota"},
        {"indicator": "energy_intensity", "kind": "qualitative", "goal": "meet_quota"},
    ]),
    # 制造业占…比重 without 增加值 (贵州 2019, 2023)
    ("制造业占地区生产总值比重提高到25%左右。", [
        {"indicator": "manufacturing_share", "kind": "level", "value": D(25), "unit": "%", "qualifiers": ["提高到", "左右"]},
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("passage", "expected"), CITY_PHRASINGS + ROUND_EIGHT, ids=[p for p, _ in CITY_PHRASINGS + ROUND_EIGHT]
)
def test_a_city_reports_phrasing_reads_into_targets(
    bundled: Index, passage: str, expected: list[dict[str, Any]]
) -> None:
    """A clause quoted from a city report (round seven) or a panel report (round eight, ROUND_EIGHT
    below) reads into its targets: names worded another way, garbled ‰, its hand-made record."""
    found = _targets(bundled, passage)
    assert [{k: v for k, v in t.items() if k not in ("wording", "indicator_zh")} for t in found] == expected


def test_a_figure_garbled_with_a_patterns_left_over_is_not_read(bundled: Index) -> None:
    """A clause whose figure a text garbled as $1.$2 gives no target nor result, and is listed unread."""
    review = "地区生产总值２５$1.$2１亿元，同比增长１$1.$2％；地方一般预算收入１$1.$2０亿元，增长２$1.$2％。"
    draft = _drafted(bundled, "地区生产总值增长12%，地方财政一般预算收入增长１$1.$2％。", review)
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [("gdp", D(12))]
    assert draft["unread"] == ["地方财政一般预算收入增长1$1.$2%"]  # as read, in half width
    assert draft["outcomes"] == []


def test_drafts_of_two_unknown_cities_validate_together(tmp_path: Path) -> None:
    """Two cities the data does not know get placeholder ids and codes of their own, said to be placeholders."""
    runner = CliRunner()
    drafts = []
    for city in ("南昌市", "乐山市"):
        path = tmp_path / f"{city}.md"
        path.write_text(_report("地区生产总值增长5%。").replace("测试市", city), encoding="utf-8")
        drafts.append(tmp_path / f"{city}.toml")
        result = runner.invoke(cli, ["extract", str(path), "--output", str(drafts[-1])])
        assert result.exit_code == 0
        assert "(its id and code are placeholders)" in result.stderr
    texts = [d.read_text(encoding="utf-8") for d in drafts]
    assert ['id = "new-region-203bdc"' in texts[0], 'id = "new-region-3bbacf"' in texts[1]] == [True, True]
    assert ['code = "002717"' in texts[0], 'code = "006183"' in texts[1]] == [True, True]
    assert "its id and code are placeholders" in texts[0]
    assert runner.invoke(cli, ["validate", *map(str, drafts)]).exit_code == 0


def test_a_results_wording_keeps_the_estimate_that_opens_its_clause(bundled: Index) -> None:
    """The 预计 that opens a result's clause is part of its wording, as docs/transcribing.md has it."""
    review = (
        "全市经济保持两位数增长，预计地区生产总值1409亿元，增长15.5%；地方一般公共预算收入120亿元，增长10%。"
    )
    draft = _drafted(bundled, "地区生产总值增长5%。", review)
    assert [(o["wording"], o["estimate"]) for o in draft["outcomes"]] == [
        ("预计地区生产总值1409亿元，增长15.5%", True),
        ("地方一般公共预算收入120亿元，增长10%", True),
    ]


def test_results_given_figures_in_turn_each_have_the_lists_words(bundled: Index) -> None:
    """Names given their figures in turn (分别) each have the whole list's words, up to the last
    figure, as docs/transcribing.md has it (the first ended at its own figure: 青岛 2008)."""
    review = "地区生产总值增长16%，城镇居民人均可支配收入和农民人均纯收入分别增长16.5%、14%。"
    draft = _drafted(bundled, "地区生产总值增长5%。", review)
    assert [(o["indicator"], o["growth"], o["wording"]) for o in draft["outcomes"]][1:] == [
        ("urban_disposable_income", 16.5, "城镇居民人均可支配收入和农民人均纯收入分别增长16.5%、14%"),
        ("rural_net_income", 14, "城镇居民人均可支配收入和农民人均纯收入分别增长16.5%、14%"),
    ]


def test_a_figure_of_several_years_is_not_the_years_target(bundled: Index) -> None:
    """较2015年, 年均 and “十四五”以来累计 give no target of the year (北京 2020, 黑龙江 2016, 陕西 2024, 上海 2010)."""
    for clause in (
        "单位地区生产总值能耗较2015年下降17%",
        "地区生产总值年均增长6%以上",
        "力争“十四五”以来累计降低10%左右",
    ):
        draft = _drafted(bundled, f"城镇新增就业10万人，{clause}。")
        assert [t["indicator"] for t in draft["targets"]] == ["new_urban_jobs"], clause
        assert draft["unread"] == [clause], clause
    draft = _drafted(bundled, "万元生产总值综合能耗进一步下降、完成“十一五”期间下降20%左右的目标。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"]] == [("energy_intensity", "keep_falling")]


def test_an_amount_said_to_be_over_a_round_figure_is_its_level(bundled: Index) -> None:
    """5000多亿元 in the review is a level of 5000亿元, as the data records it (贵州 2014)."""
    review = "引进省外到位资金5000多亿元，增长30%。"
    expected = {"domestic_capital_inflow": (D(30), D(5000), "亿元", None, False)}
    assert _results(bundled, review, {"domestic_capital_inflow"}) == expected


def test_a_doubled_full_stop_ends_no_list(bundled: Index) -> None:
    """重庆 2010: 人口自然增长率不超过4%。。 then the list goes on; the doubled stop does not end it."""
    passage = "人口自然增长率不超过4%。。城镇居民人均可支配收入、农村居民人均纯收入分别增长11%和12%。"
    found = _drafted(bundled, passage)["targets"]
    assert [t["indicator"] for t in found] == [
        "population_growth",
        "urban_disposable_income",
        "rural_net_income",
    ]


def test_paragraphs_headed_by_the_kind_of_their_targets_go_on_with_the_list(bundled: Index) -> None:
    """贵州 2019: a list set out in paragraphs headed 经济增长目标:, 民生保障目标: goes on past a long one."""
    long_paragraph = (
        "高质量发展目标:全员劳动生产率提高到每人7.3万元左右，"
        + "常住人口城镇化率提高到49%，" * 8
        + "森林覆盖率达到58.5%。"
    )
    text = (
        "——2019年1月8日在测试省第一届人民代表大会上\n\n今年经济社会发展的主要预期目标是:\n\n"
        "经济增长目标:地区生产总值增长9%左右。\n\n"
        f"{long_paragraph}\n\n"
        "民生保障目标:城镇新增就业75万人。\n\n"
        "当前，世界经济不确定不稳定因素增多，国内经济下行压力持续增大，要实现今年的各项目标任务，面临不少问题和挑战，"
        "我们要做好打硬仗的准备。也要看到，我国发展仍处于并将长期处于重要战略机遇期，中央为应对外部环境变化作出系列"
        "重大决策部署，实施加力提效的财政政策和松紧适度的货币政策。\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert {t.indicator for t in found} == {
        "gdp",
        "labour_productivity",
        "urbanization_rate",
        "forest_coverage",
        "new_urban_jobs",
    }


_LIANGSHAN_2022_READ = [("gdp", D("9.5")), ("registered_unemployment", D(4)), ("cpi", D("3.5"))]
"""The targets 凉山彝族自治州 2022 of lawtext/gov gives on both sides of a newspaper's page turned."""

PASSAGES: list[tuple[str, list[tuple[str, D | None]]]] = [
    # sichuan/2005.md: an appendix's plan of ten years (主要目标：从2001年起到2010年…) is not the year's
    # list; the sentence that sets the year's GDP growth is
    (
        "今年是实施“十一五”规划的第一年。初步安排今年全省生产总值增长9%以上，单位生产总值能源消耗降低4%左右。\n\n"
        "**12.民族地区教育发展十年行动计划：**主要内容：民族地区教育基本状况。主要目标：从2001年起到2010年，"
        "我省民族地区要基本普及九年义务教育和基本扫除青壮年文盲。主要措施：加大对民族地区教育的投入，在10年内投入30亿元。\n",
        [("gdp", D(9)), ("energy_intensity", D(4))],
    ),
    # 乌海市 2014 (lawtext/gov): introducing words in bold up to the verb (**…目标**为：) open the
    # passage, which a later 约束性控制指标， in the list once did, losing the list's head
    (
        "——2014年1月8日在测试市第一届人民代表大会上\n\n**2014年，我们的主要预期目标**为：地区生产总值增长10.5%，"
        "公共财政预算收入增长9%，节能减排完成自治区约束性控制指标，居民消费价格指数控制在3.5%左右。\n",
        [
            ("gdp", D("10.5")),
            ("budget_revenue", D(9)),
            ("energy_saving_emission_reduction", None),
            ("cpi", D("3.5")),
        ],
    ),
    # 重庆 2004: **建议…主要调控预期目标为：** then the targets a ——line each, not the first line alone
    (
        "——2004年1月8日在测试市第一届人民代表大会上\n\n**建议2004年国民经济和社会发展主要调控预期目标为：**\n\n"
        "——保持经济快速增长。国内生产总值增长9.5%;全社会固定资产投资增长18%。\n\n"
        "——创造更多就业岗位。城镇登记失业率控制在4.5%以内。\n\n"
        "——努力增加居民收入。城市居民人均可支配收入增长8%;农村居民人均纯收入增长4.5%。\n\n"
        "政府工作总体要求是：坚持以邓小平理论和“三个代表”重要思想为指导。\n",
        [
            ("gdp", D("9.5")),
            ("fixed_asset_investment", D(18)),
            ("registered_unemployment", D("4.5")),
            ("urban_disposable_income", D(8)),
            ("rural_net_income", D("4.5")),
        ],
    ),
    # 山西 2012, 2009: 这些指标是指导性的 (目标是导向性的)… then 约束性指标是：… goes on with the list
    *[
        (
            "——2012年1月8日在测试省第一届人民代表大会上\n\n2012年我省经济社会发展的主要预期指标是：地区生产总值增长12%左右，"
            f"城镇登记失业率控制在4.2%以内。{guidance}\n\n"
            "约束性指标是：万元生产总值综合能耗下降3.5%，氮氧化物排放量实现零增长。这些约束性指标是硬任务、硬指标，必须完成。\n\n"
            "实现上述目标，要在全面做好各项工作的同时，重点抓好以下工作：\n",
            [
                ("gdp", D(12)),
                ("registered_unemployment", D("4.2")),
                ("energy_intensity", D("3.5")),
                ("nox_emissions", None),
            ],
        )
        for guidance in (
            "这些指标是指导性的，可以根据形势变化适当调整。",
            "这些目标是导向性的，也是可以根据形势发展变化进行调整的。",
        )
    ],
    # 重庆 2009: a GDP sentence without a list's words (要力保增长12%), its paragraph ending 努力做到：, and
    # the targets in the ——paragraphs after it
    (
        "——2009年1月8日在测试市第一届人民代表大会上\n\n"
        "保持经济平稳较快发展是今年工作的首要任务。综合考虑各种因素，全市生产总值要力保增长12%，"
        "地方财政一般预算收入增长13%。围绕保增长这个目标，统筹做好各项经济工作，努力做到：\n\n"
        "——以扩大内需为根本途径，促进投资消费拉动上新水平。全社会固定资产投资增长18%，社会消费品零售总额增长15%。\n\n"
        "——以统筹城乡改革为主要着力点。城镇化率达到52%。\n\n"
        "改善民生是促进经济增长的出发点和落脚点。\n",
        [
            ("gdp", D(12)),
            ("budget_revenue", D(13)),
            ("fixed_asset_investment", D(18)),
            ("retail_sales", D(15)),
            ("urbanization_rate", D(52)),
        ],
    ),
    # 国务院 2004: 今年的预期目标是， (an area's, opening no list) gives way to the GDP sentence, 中央提出 naming nothing
    (
        "——2004年3月5日在第十届全国人民代表大会第二次会议上\n\n"
        "今年经济工作的基本着眼点，是实现经济平稳较快发展。中央提出今年经济增长预期目标为7%左右，既考虑了保持宏观调控目标的连续性。\n\n"
        "千方百计增加就业是政府的重要职责。今年的预期目标是，新增城镇就业900万人，下岗失业人员再就业500万人。\n",
        [("gdp", D(7))],
    ),
    # 黑龙江 2016: a plan named in the sentence before a bare 主要目标： (规划纲要（草案）》，提交大会审议。主要目标：)
    (
        "——2016年1月8日在测试省第一届人民代表大会上\n\n"
        "我们编制了《测试省国民经济和社会发展第十三个五年规划纲要（草案）》，提交大会审议。主要目标：\n\n"
        "——经济综合实力实现新跨越。地区生产总值年均增长6%以上，城乡居民收入增长与经济增长基本同步。\n\n"
        "今年经济增长预期目标为6%-6.5%，居民消费价格指数涨幅控制在3%以内。\n",
        [("gdp", D(6)), ("cpi", D(3))],
    ),
    # 甘肃 2008: 省十届人大五次会议确定的主要预期目标，除…外，其他均完成 reviews last year's; the list is later
    (
        "——2008年1月8日在测试省第一届人民代表大会上\n\n"
        "刚刚过去的2007年，省十届人大五次会议确定的主要预期目标，除居民消费价格总水平涨幅超出控制目标外，"
        "其他均完成或超额完成，创历史最好水平。预计生产总值比上年增长11.8％。地方财政收入增长35％，"
        "大口径财政收入增长32.7％，财政支出增长27.7%。全社会固定资产投资完成1240亿元，增长20％以上。"
        "社会消费品零售总额增长15％以上。城镇新增就业22万人，城镇登记失业率3.4％。\n\n"
        "围绕全省经济社会发展的总体要求，建议经济社会发展的主要预期目标是：生产总值增长11％；地方财政收入增长16%。\n",
        [("gdp", D(11)), ("budget_revenue", D(16))],
    ),
    # 莆田市 2014 of lawtext/gov: 顺利完成市六届人大二次会议确定的主要目标任务，… reviews last year's
    (
        "——2014年1月8日在测试市第一届人民代表大会上\n\n"
        "过去的一年，我们顺利完成市六届人大二次会议确定的主要目标任务，向建市30周年献礼。初步统计，"
        "全市生产总值1342.86亿元，增长12.5%；财政总收入153.16亿元，增长18.7%。\n\n"
        "经济社会发展的主要预期目标是：全市生产总值增长12.5%，预期1550亿元；财政总收入增长17.5%。\n",
        [("gdp", D("12.5")), ("gdp", D(1550)), ("total_fiscal_revenue", D("17.5"))],
    ),
    # 武汉市 2008 of lawtext/gov: …主要预期目标和约束指标的建议是：; 生产总 (值 left out) is GDP; the bare
    # 财政收入 is the total, as the review gives it (财政收入634.06亿元，…其中地方一般预算收入221.68亿元)
    (
        "——2008年1月8日在测试市第一届人民代表大会上\n\n"
        "一、2007年工作回顾\n\n"
        "全市生产总值3141.5亿元，增长15.6%；财政收入634.06亿元，增长26.2%，其中地方一般预算收入221.68亿元，增长24.1%。\n\n"
        "对今年经济社会发展主要预期目标和约束指标的建议是：生产总增长13%，财政收入增长15.5%。\n",
        [("gdp", D(13)), ("total_fiscal_revenue", D("15.5"))],
    ),
    # 四川 2005: 今后5年，…主要预期目标是： is the five years' list, passed over as 今后五年 is
    (
        "——2006年1月8日在测试省第一届人民代表大会上\n\n"
        "今后5年，我省经济社会发展的主要预期目标是：全省生产总值年均增长9%左右，到2010年达到1.2万亿元以上。\n\n"
        "初步安排今年全省生产总值增长9%以上，单位生产总值能源消耗降低4%左右。\n",
        [("gdp", D(9)), ("energy_intensity", D(4))],
    ),
    # 松原市 2016 of lawtext/gov: a list's paragraph ending 完成上述目标，要重点做好以下工作： goes on into no
    # paragraph of work after it
    (
        "——2016年1月8日在测试市第一届人民代表大会上\n\n"
        "综合考虑各方面因素，2016 年全市经济社会发展的主要预期目标是：地区生产总值实现 1800 亿元，增长 6.5% 以上；"
        "地方级财政收入增长 3% 。完成上述目标，要重点做好以下工作：\n\n"
        "（一）强化油气产业支撑 。大力推进油气勘探。支持吉林油田公司加快常规油、致密油和深层致密气勘探，"
        "新增探明原油地质储量 1000 万吨。全力稳定油气生产。\n",
        [("gdp", D(1800)), ("gdp", D("6.5")), ("budget_revenue", D(3))],
    ),
    # 乌鲁木齐市 2021 of lawtext/gov: a sentence of circumstances after the list (面对…) is none of it
    (
        "——2021年1月8日在测试市第一届人民代表大会上\n\n"
        "2021年全市经济社会发展主要预期目标是：地区生产总值增长9%，万元地区生产总值能耗下降3%左右。"
        "面对错综复杂的国际国内形势、艰巨繁重的改革发展稳定任务、特别是新冠肺炎疫情严重冲击，我们要切实抓好“十二个着力”。\n",
        [("gdp", D(9)), ("energy_intensity", D(3))],
    ),
    # 淮安市 2021 of lawtext/gov: 全面提升主要创新指标， in the five-year goals opens no list, and the year's
    # targets, in a sentence without a list's words, are read from the clause of GDP's on
    (
        "——2021年1月15日在测试市第一届人民代表大会上\n\n"
        "——加快建设要素涌动、活力迸发的创新淮安。不断增强自主创新能力，全面提升主要创新指标，"
        "促进产业链与创新链有效对接、深度融合，形成创新驱动、融合发展的现代产业体系，建成国家创新型城市。\n\n"
        "我们将巩固拓展疫情防控和经济社会发展成果，坚持稳中求进工作总基调，以推动高质量发展为主题，"
        "扎实做好“六稳”工作，全面落实“六保”任务，促进经济社会平稳健康发展，努力实现地区生产总值增长7%左右，"
        "一般公共预算收入增长4%左右，城镇登记失业率控制在4%以内。着重抓好八项工作：\n",
        [("gdp", D(7)), ("budget_revenue", D(4)), ("registered_unemployment", D(4))],
    ),
    # 南昌市 2013 of lawtext/gov: a list a line each ends at 为完成上述目标任务，…
    (
        "——2013年1月8日在测试市第一届人民代表大会上\n\n今年经济社会发展的主要预期目标是：\n\n"
        "地区生产总值增长12%以上；\n\n居民消费价格总水平涨幅控制在4%以内。\n\n"
        "为完成上述目标任务，我们将重点抓好以下五项工作。\n\n"
        "（一）突出产业发展，推动经济实力再上新台阶。坚持“二三并举”、“双轮驱动”，不断做大总量、优化结构。\n",
        [("gdp", D(12)), ("cpi", D(4))],
    ),
    # 佛山市 2011 of lawtext/gov: 今年 before a bare marker, after a sentence placing the year in a plan
    # (今年是实施“十二五”规划的开局之年。), makes the list the year's, not the plan's
    (
        "——2011年1月8日在测试市第一届人民代表大会上\n\n"
        "今年是实施“十二五”规划的开局之年。**今年主要经济指标预期是：**地区生产总值增长12%；人均生产总值增长11%；"
        "居民消费价格总水平涨幅控制在4%左右。\n\n为实现上述奋斗目标，我们必须做好以下工作。\n",
        [("gdp", D(12)), ("per_capita_gdp", D(11)), ("cpi", D(4))],
    ),
    # 大庆市 2021 of lawtext/gov: the sentence introducing the year's work after the list (全年重点要做好…：)
    (
        "——2021年1月8日在测试市第一届人民代表大会上\n\n"
        "主要预期目标是：地区生产总值增长5%，一般公共预算收入增长1%，单位地区生产总值能耗降低2%。全年重点要做好10个方面工作：\n\n"
        "（一）坚定不移推进产业振兴。\n",
        [("gdp", D(5)), ("budget_revenue", D(1)), ("energy_intensity", D(2))],
    ),
    # 凉山彝族自治州 2022 of lawtext/gov: a newspaper's page turned in the list (（紧转03版）…（紧接02版）) cuts no
    # paragraph, and its work after 重点做好以下八个方面的工作： is none of it
    (
        "——2022年1月8日在测试州第一届人民代表大会上\n\n"
        "今年全州经济社会发展的主要预期目标是：地区生产总值增长9.5%，城镇登记失业率控制在4%以内，（紧转03版）\n\n"
        "（紧接02版）居民消费价格涨幅控制在3.5%以内，完成省下达节能减排和环保目标任务。重点做好以下八个方面的工作：\n\n"
        "一、推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接取得新成效。持续巩固拓展脱贫攻坚成果。保障公益性岗位2万个以上。\n",
        [
            *_LIANGSHAN_2022_READ,
            ("energy_saving_emission_reduction", None),
            ("environment", None),
        ],  # 环保: 环境保护
    ),
    # 张掖市 2017 of lawtext/gov: a list under a heading of five years (未来五年的目标任务) is the plan's, though
    # its words (经济社会发展的主要目标是：) are a year's; the year's list is the one after 2017年是…
    (
        "——2016年11月10日在测试市第一届人民代表大会上\n\n未来五年的目标任务\n\n今后五年，我们要坚持稳中求进。\n\n"
        "经济社会发展的主要目标是：生产总值年均增长8%以上，突破600亿元。固定资产投资年均增长15%，突破700亿元。"
        "城乡居民人均可支配收入年均增长8%和9%，达到31200元和18200元。贫困发生率控制在1%以内。\n\n"
        "2017年，是新一届政府履职的开局之年，做好各项工作至关重要。主要预期目标是：生产总值增长8%。固定资产投资增长13%。\n",
        [("gdp", D(8)), ("fixed_asset_investment", D(13))],
    ),
    # 甘肃 2008: a year's list in a section of five years (今后五年的发展思路和主要任务) whose words before it
    # speak of the year (2008年是…的第一年) is the year's
    (
        "——2008年1月19日在测试省第一届人民代表大会上\n\n今后五年的发展思路和主要任务\n\n"
        "各位代表，2008年是全面贯彻落实党的十七大精神的第一年。建议经济社会发展的主要预期目标是：生产总值增长11％；"
        "地方财政收入增长16%。\n",
        [("gdp", D(11)), ("budget_revenue", D(16))],
    ),
    # 鞍山市 2016 of lawtext/gov: the year's targets in a sentence that follows a plan (按照…“十三五”规划的目标
    # 要求，努力实现地区生产总值增长5.5%左右) are the year's, not the plan's
    (
        "——2016年1月6日在测试市第一届人民代表大会上\n\n2016年是“十三五”规划开局之年。我们要深入贯彻中央和省经济工作"
        "会议精神，按照市委十一届十次全会部署和“十三五”规划的目标要求，努力实现地区生产总值增长5.5%左右，"
        "固定资产投资增长6%左右。重点做好以下九个方面工作：\n",
        [("gdp", D("5.5")), ("fixed_asset_investment", D(6))],
    ),
    # 大连市 2008 and 湘潭市 2016 of lawtext/gov: a list that opens with a figure of several years (实现地区生产总值
    # 年均增长14%以上) is a plan's, though its words (主要发展目标是：) weigh more than the year's
    (
        "——2008年1月5日在测试市第一届人民代表大会上\n\n**今后五年目标任务和2008年主要工作**\n\n"
        "主要发展目标是：实现地区生产总值年均增长14%以上，力争2012年比2007年翻一番；全社会固定资产投资年均增长16%；"
        "地方财政一般预算收入年均增长16%。\n\n2008年，是新一届政府的开局之年。经济社会发展预期目标是：地区生产总值增长15%；"
        "万元GDP综合能耗降低4%。\n",
        [("gdp", D(15)), ("energy_intensity", D(4))],
    ),
    # 福州市 2006 of lawtext/gov: a sentence that sets GDP's growth after 初步确定 is the year's targets
    (
        "各位代表，2006年是实施“十一五”规划的开局之年，各项经济社会发展预期目标安排必须积极稳妥。初步确定2006年全市生产总值"
        "增长11%，在提高经济增长质量的基础上，力争发展得更快更好些；财政总收入增长14%。\n",
        [("gdp", D(11)), ("total_fiscal_revenue", D(14))],
    ),
    # 无锡市 2011 of lawtext/gov: an encyclopedia's reference mark inside the introducing words (主要预期目 [1] 标是：)
    # is no word of the report; a fall against the year before (较2010年降低3.8%) is the year's
    (
        "——2011年1月8日在测试市第一届人民代表大会上\n\n今年经济社会发展主要预期目 [1] 标是：地区生产总值增长11.5%；"
        "万元地区生产总值能耗较2010年降低3.8%，主要污染物排放量较2010年削减4%；单位地区生产总值能耗较2005年下降20%。\n",
        [("gdp", D("11.5")), ("energy_intensity", D("3.8")), ("pollutant_reduction", D(4))],
    ),
    # 泉州市 2011 of lawtext/gov: a sentence that tells the departments what to do (各级政府各部门要…按照市委
    # “项目带动、转变提升、…”工作思路) ends the list
    (
        "主要预期目标为：地区生产总值增长12.5%；完成省下达的节能减排任务。各级政府各部门要认真贯彻落实讲话精神，"
        "按照市委“项目带动、转变提升、和谐进步、跨越发展”工作思路，开拓进取，确保开好局、起好步。\n",
        [("gdp", D("12.5")), ("energy_saving_emission_reduction", None)],
    ),
    # 伊春市 2014 of lawtext/gov: a sentence that sets GDP's growth with other names before 分别 (初步安排
    # 2014年全市地区生产总值、…分别增长10%) is the year's targets, with no words that introduce a list
    (
        "——2014年1月8日在测试市第一届人民代表大会上\n\n根据市委全会对今年形势的分析判断，综合考虑总量基数、潜在增长率和"
        "不确定性因素，初步安排 2014年全市地区生产总值、规模以上工业增加值、公共财政预算收入分别增长10%，"
        "固定资产投资增长26%。为实现上述目标，突出抓好四项工作：\n",
        [
            ("gdp", D(10)),
            ("industrial_value_added", D(10)),
            ("budget_revenue", D(10)),
            ("fixed_asset_investment", D(26)),
        ],
    ),
    # 国务院 2000 of lawtext/gov: 国内生产总值增长率达到预期目标，经济结构有所调整 reviews last year's; no list opens
    (
        "——2000年3月5日在第九届全国人民代表大会第三次会议上\n\n"
        "国民经济发展质量提高。国内生产总值增长率达到预期目标，经济结构有所调整，经济效益明显改善。"
        "国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。\n",
        [],
    ),
    # 内蒙古自治区 1998 of lawtext/gov: the sentence of GDP's target gives its level first (全年计划安排国内生产总值
    # 1230亿元，增长10%左右；), with no list
    (
        "——1998年1月8日在测试区第一届人民代表大会上\n\n今年全区工作总的要求是:加大经济结构调整力度。"
        "全年计划安排国内生产总值1230亿元，增长10%左右；财政总收入123亿元，增长15%;人口出生率控制在18.5‰以内。\n",
        [
            ("gdp", D(1230)),
            ("gdp", D(10)),
            ("total_fiscal_revenue", D(123)),
            ("total_fiscal_revenue", D(15)),
            (None, D("18.5")),
        ],
    ),
    # 河北省 2001 of lawtext/gov: a plan named before the sentence of GDP's target, whose 今年 makes it the year's
    (
        "——2001年1月8日在测试省第一届人民代表大会上\n\n"
        "根据“十五”计划纲要（草案）提出的指导思想和目标任务，今年，国内生产总值增长8.5％。这个指标是指导性的。\n",
        [("gdp", D("8.5"))],
    ),
    # 海南省 1997 of lawtext/gov: 宏观调控基本达到了预期目标，(a marker that opens at 调控) reviews last year's
    (
        "——1997年1月8日在测试省第一届人民代表大会上\n\n1996年我省地方财政收入完成30.4亿元，比上年增长6.6%。\n\n"
        "全国以治理通货膨胀为首要任务的宏观调控基本达到了预期目标，国民经济开始进入适度快速和相对平稳发展的轨道。\n",
        [],
    ),
    # 陕西省 2002 of lawtext/gov: the sentence of GDP's target says 是 (经济增长的预期目标是9％), at the end of a
    # paragraph of the year's work, with no list
    (
        "——2002年1月8日在测试省第一届人民代表大会上\n\n统一思想、坚定信心，推动国民经济稳定增长和社会全面进步。"
        "今年全省经济增长的预期目标是9％，地方财政收入增长10％，人口自然增长率不超过6.5‰，城镇登记失业率控制在4％。\n",
        [
            ("gdp", D(9)),
            ("budget_revenue", D(10)),
            ("population_growth", D("6.5")),
            ("registered_unemployment", D(4)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSAGES)
def test_which_passage_is_read_and_how_far_it_goes(
    bundled: Index, text: str, expected: list[tuple[str, D | None]]
) -> None:
    """Last year's targets said to be met, and a five-year list (今后5年; a plan named the sentence
    before), are not the year's list; a list's ——paragraphs after 努力做到： or a bold heading are, its
    work's after 做好以下工作： not; bold introducing words open it."""
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value) for t in found] == expected


def test_an_amount_of_money_added_is_a_level_of_the_indicator_of_the_increase(bundled: Index) -> None:
    """新疆 2005, 吉林 2007, 贵州 2005: 增加150元以上, 新增1000亿元, 净增100元 are levels of the
    indicator the catalogue names after the one increased with 增加额; the growth said after them is
    the income's own; 地方财政收入增加20亿元, whose increase the catalogue names no indicator of,
    gives no target."""
    passage = (
        "农牧民人均纯收入增加150元以上，全社会固定资产投资新增1000亿元，农民人均纯收入净增100元，"
        "实际增长5%以上，地方财政收入增加20亿元。"
    )
    draft = _drafted(bundled, passage)
    assert [
        (t["indicator"], t["kind"], t["value"], t["unit"], t["qualifiers"]) for t in draft["targets"]
    ] == [
        ("rural_net_income_increase", "level", D(150), "元", ["以上"]),
        ("fixed_asset_investment_increase", "level", D(1000), "亿元", []),
        ("rural_net_income_increase", "level", D(100), "元", []),
        ("rural_net_income", "growth", D(5), "%", ["以上"]),
    ]
    assert draft["unread"] == ["地方财政收入增加20亿元"]


def test_a_growth_in_money_is_an_amount_added(bundled: Index) -> None:
    """崇左市 2023 of lawtext/gov: 地区生产总值比增100亿元、固定资产投资比增100亿元 are amounts added to the year
    before (比增, 比上年增加), neither a level of 100亿元 nor a growth of 100%: the investment's a level of
    its increase, GDP's none (the catalogue has no increase of GDP); 财政收入达100亿元 is a level."""
    passage = "全面实现地区生产总值比增100亿元、固定资产投资比增100亿元、财政收入达100亿元。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in found] == [
        ("fixed_asset_investment_increase", "level", D(100), "亿元"),
        ("budget_revenue", "level", D(100), "亿元"),
    ]


def test_a_result_stated_as_an_amount_added_is_the_increase_targeted(bundled: Index) -> None:
    """农牧民人均纯收入2269元，增加163元，增长7.7% (新疆 2005), where the year before targeted the
    increase: a level of 163元 of rural_net_income_increase, and not the net income's own figures,
    which were not targeted; 比2000年增加831元 (湖北 2006) is five years' increase, no result."""
    for review, expected in (
        (
            "农牧民人均纯收入2269元，增加163元，增长7.7%。",
            [("rural_net_income_increase", 2012, D(163), "元", "农牧民人均纯收入2269元，增加163元")],
        ),
        ("农民人均纯收入达到3099元，比2000年增加831元，年均增长6.4%。", []),
    ):
        outcomes = _outcomes_of_2012(bundled, review, {"rural_net_income_increase"})
        got = [
            (o["indicator"], o["year"], o["level"], o["level_unit"], o["wording"])
            for o in outcomes
            if o["indicator"] != "gdp"
        ]
        assert got == expected


def test_an_amount_added_beside_its_indicator_in_a_later_sentence_is_its_increase(bundled: Index) -> None:
    """全社会固定资产投资增长16%。…全社会固定资产投资完成580亿元，比上年新增80亿元: the increase targeted the
    year before (固定资产投资新增1000亿元, as 贵州 2005 set it) is read beside its indicator's name in a later
    sentence of the year's review, not only in the sentence that gave the growth; 新增 adds as 增加 does."""
    for review, wording in (
        ("全社会固定资产投资580亿元，新增80亿元，增长16%。", "全社会固定资产投资580亿元，新增80亿元"),
        (
            "全社会固定资产投资增长16%。重点项目进展顺利。全社会固定资产投资完成580亿元，比上年新增80亿元。",
            "全社会固定资产投资完成580亿元，比上年新增80亿元",
        ),
    ):
        outcomes = _outcomes_of_2012(bundled, review, {"fixed_asset_investment_increase"})
        got = [
            (o["indicator"], o["level"], o["level_unit"], o["wording"])
            for o in outcomes
            if o["indicator"] == "fixed_asset_investment_increase"
        ]
        assert got == [("fixed_asset_investment_increase", D(80), "亿元", wording)]


def test_an_amount_added_given_as_a_bound_keeps_its_bound(bundled: Index) -> None:
    """农民人均纯收入达到2300元，增加180元以上: the increase is at least 180元 (level_bound at_least, 以上
    in its wording), and 增加超过180元 more than it; the draft gave 180元 as exact, its 以上 cut off."""
    for review, bound, wording in (
        ("农民人均纯收入达到2300元，增加180元以上。", "at_least", "农民人均纯收入达到2300元，增加180元以上"),
        ("农民人均纯收入达到2300元，增加超过180元。", "more_than", "农民人均纯收入达到2300元，增加超过180元"),
    ):
        outcomes = _outcomes_of_2012(bundled, review, {"rural_net_income_increase"})
        got = [
            (o["indicator"], o["level"], o.get("level_bound"), o["wording"])
            for o in outcomes
            if o["indicator"] == "rural_net_income_increase"
        ]
        assert got == [("rural_net_income_increase", D(180), bound, wording)]


def test_a_margins_qualifier_and_a_ratio_to_one(bundled: Index) -> None:
    """安徽 2020, 2021: 高于全国…0.5个百分点以上 / 0.7个百分点左右 keep 以上 and 左右; 重庆 2012: 2.15∶1左右
    is one figure, 2.15, not two."""
    draft = _drafted(
        bundled,
        "农村常住居民人均可支配收入增长高于全国平均水平0.5个百分点以上，"
        "农村常住居民人均可支配收入增速高于全国0.7个百分点左右，“圈翼”人均GDP差距缩小到2.15∶1左右。",
    )
    got = [(t["indicator"], t["kind"], t["value"], t["margin"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("rural_disposable_income", "relative", None, D("0.5"), ["高于", "以上"]),
        ("rural_disposable_income", "relative", None, D("0.7"), ["高于", "左右"]),
        ("wings_gdp_gap", "level", D("2.15"), None, ["左右"]),
    ]


def test_a_margin_given_as_a_range_keeps_both_ends(bundled: Index) -> None:
    """河南 2011: 高于全国平均水平1到2个百分点 is a margin of 1 to 2 points against the country (it was
    read as a margin of 2 against 全国平均水平1到)."""
    draft = _drafted(bundled, "生产总值增速高于全国平均水平1到2个百分点，地方财政一般预算收入增长11%。")
    gdp = draft["targets"][0]
    assert (gdp["kind"], gdp["against_region"], gdp["margin"], gdp["margin_high"]) == (
        "relative",
        "china",
        1,
        2,
    )


def test_a_province_above_the_national_growth_compares_with_its_parent(bundled: Index) -> None:
    """西藏 2019: 地方财政收入高于全国平均增幅 is a comparison with the country, a province's parent."""
    text = "——2019年1月8日在西藏自治区第一届人民代表大会上\n\n主要预期目标是：地区生产总值增长10%，地方财政收入高于全国平均增幅。\n"
    found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
    assert [(t["indicator"], t["kind"], t["against_region"]) for t in found][1] == (
        "budget_revenue",
        "relative",
        "parent",
    )


def test_a_garbled_permille_before_about_ends_no_passage(bundled: Index) -> None:
    """江苏 2011-2014: 人口自然增长率4％。左右。 keeps its 左右; the sentence of reasons after (这些指标的安排，…) is no target."""
    passage = "地区生产总值增长10%，人口自然增长率4％。左右。这些指标的安排，既考虑了稳定经济增长的要求，也为推进转型升级预留了空间。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["unit"], t["qualifiers"]) for t in found] == [
        ("gdp", "%", []),
        ("population_growth", "‰", ["左右"]),
    ]


def test_a_clause_of_the_amount_alone_is_the_name_befores_level(bundled: Index) -> None:
    """温州市 2022 and 甘孜藏族自治州 2023 of lawtext/gov: 总量迈上…, 总量突破… are the last name's level."""
    draft = _drafted(
        bundled, "地区生产总值增长7%左右，总量迈上8000亿元新台阶；一般公共预算收入增长8%，总量突破700亿元；"
    )
    got = [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"]]
    assert got == [
        ("gdp", "growth", D(7)),
        ("gdp", "level", D(8000)),
        ("budget_revenue", "growth", D(8)),
        ("budget_revenue", "level", D(700)),
    ]


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("全面完成省里下达的生态环境指标", "environment"),  # 松原市 2020 of lawtext/gov
        ("全面完成省下达的节能减排指标", "energy_saving_emission_reduction"),  # 海口市 2011
        ("全面完成国家下达的年度节能减排约束性目标", "energy_saving_emission_reduction"),  # shandong 2015
        ("完成省政府下达的年度节能减排目标任务", "energy_saving_emission_reduction"),  # 济南市 2012
        ("必保完成节能减排计划", "energy_saving_emission_reduction"),  # 辽源市 2016
    ],
)
def test_a_quota_given_by_the_province_in_any_words_and_manner(
    bundled: Index, clause: str, indicator: str
) -> None:
    """省里 and 省上 give a quota as 省 does, and 全面 before 完成…指标 is its manner, not a name (年度…约束性 around it too)."""
    draft = _drafted(bundled, "地区生产总值增长5%，" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [(indicator, "meet_quota")]


def test_expected_alone_is_the_name_befores_level_and_a_list_ends_at_its_items(bundled: Index) -> None:
    """莆田市 2014 of lawtext/gov: 预期1550亿元 is the name before's level; 菏泽市 2018: 等各项指标 names nothing."""
    draft = _drafted(bundled, "全市生产总值增长12.5%，预期1550亿元；PM2.5、PM10等各项指标持续改善。")
    got = [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"]]
    assert got[:2] == [("gdp", "growth", D("12.5")), ("gdp", "level", D(1550))]
    assert [t["indicator_zh"] for t in draft["targets"][2:]] == ["PM2.5", "PM10"]


def test_where_a_rank_is_held_names_nothing(bundled: Index) -> None:
    """呼和浩特市 2024 of lawtext/gov: 在省会城市保持前列 names where the rank is held, not an indicator."""
    draft = _drafted(bundled, "地区生产总值增长6%，主要经济指标增速在全区保持前位、在省会城市保持前列。")
    assert [t["indicator"] for t in draft["targets"]] == ["gdp", "main_economic_indicators"]


def test_what_is_striven_for_in_practice_is_passed_over(bundled: Index) -> None:
    """湛江市 2018 of lawtext/gov: 实际工作按8%左右争取 after GDP's target is passed over, as 实际工作中… is."""
    draft = _drafted(bundled, "生产总值增长7.5%左右，实际工作按8%左右争取；规上工业增加值增长9%左右。")
    got = [(t["indicator"], t["value"]) for t in draft["targets"]]
    assert got == [("gdp", D("7.5")), ("industrial_value_added", D(9))]


@pytest.mark.parametrize(
    ("clause", "indicators"),
    [
        # 酒泉市 2025 of lawtext/gov
        (
            "城镇登记失业率、单位生产总值能耗、主要污染物排放、居民消费价格涨幅控制在省定目标以内",
            ["registered_unemployment", "energy_intensity", "pollutant_reduction", "cpi"],
        ),
        ("减排降碳控制在自治区下达目标内", ["energy_saving_emission_reduction"]),  # 来宾市 2023
        # 西宁市 2022: 节能降碳减排 is 节能减排
        (
            "调查失业率、节能降碳减排控制在省定目标内",
            ["surveyed_unemployment", "energy_saving_emission_reduction"],
        ),
        # 毕节市 2023: 控制在国家和省下达的计划范围内
        (
            "居民消费价格指数、城镇调查失业率、节能减排指标控制在国家和省下达的计划范围内",
            ["cpi", "surveyed_unemployment", "energy_saving_emission_reduction"],
        ),
        # 白银市 2023: 省上下达目标之内
        (
            "单位生产总值能耗、主要污染物排放等指标控制在省上下达目标之内",
            ["energy_intensity", "pollutant_reduction"],
        ),
        # 哈密市 2022: 自治区下达目标范围以内; 揭阳市 2022: 省下达年度指标以内
        ("单位生产总值能耗控制在自治区下达目标范围以内", ["energy_intensity"]),
        (
            "单位生产总值能耗、主要污染物排放总量控制在省下达年度指标以内",
            ["energy_intensity", "pollutant_reduction"],
        ),
        # 平凉市 2023: 省政府下达
        (
            "单位生产总值能耗、主要污染物排放控制在省政府下达目标之内",
            ["energy_intensity", "pollutant_reduction"],
        ),
    ],
)
def test_a_limit_the_province_or_region_set_is_within_limit(
    bundled: Index, clause: str, indicators: list[str]
) -> None:
    """控制在省定目标以内 and 控制在自治区下达目标内 keep a figure within the limit set above it."""
    draft = _drafted(bundled, "地区生产总值增长6.5%左右，" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [
        (i, "within_limit") for i in indicators
    ]


@pytest.mark.parametrize(
    ("clause", "indicators"),
    [
        # 青岛市 2023 of lawtext/gov: 年度 before a name is the year's, no part of it
        (
            "全面完成国家、省下达的年度节能减排降碳约束性指标和环境质量改善目标",
            ["energy_saving_emission_reduction", "environment"],
        ),
        # 山南市 2022: 污染减排 is 污染物减排
        (
            "能耗、碳排放强度和污染减排指标控制在核定范围内",
            ["energy_intensity", "carbon_intensity", "pollutant_reduction"],
        ),
        # 怀化市 2023: 城、乡 are the town's and the country's
        (
            "城、乡居民人均可支配收入分别增长7.5%、9%以上",
            ["urban_disposable_income", "rural_disposable_income"],
        ),
        # 怀化市 2023: 非税占比 is not the share of tax (税占比)
        ("其中非税占比控制在30%以下", [None]),
        # 山南市 2025: 城镇居民调查失业率 is 城镇调查失业率
        ("城镇居民调查失业率控制在5%以内", ["surveyed_unemployment"]),
        # 汕尾市 2023: 居民消费指数 is the consumer price index
        ("居民消费指数涨幅3%左右", ["cpi"]),
        # 金华市 2025: 等主要指标 ends the list
        ("固定资产投资、外贸出口等主要指标增速继续走在全省前列", ["fixed_asset_investment", "exports"]),
        # 宁波市 2022: 自营 trade is the trade of the share
        ("外贸自营进出口总额占全国比重保持稳定", ["foreign_trade_national_share"]),
    ],
)
def test_names_written_short_or_with_words_around_them(
    bundled: Index, clause: str, indicators: list[str | None]
) -> None:
    """Names a city writes its own way, matched (or not) to the catalogue."""
    draft = _drafted(bundled, "地区生产总值增长7.5%以上，" + clause + "。")
    assert [t["indicator"] for t in draft["targets"][1:]] == indicators


def test_a_fall_or_rise_to_a_figure_is_its_level(bundled: Index) -> None:
    """怀化市 2023 of lawtext/gov: 下降至15.2% is the level the rate falls to; 增加到300亿元 is a level, no amount added."""
    draft = _drafted(bundled, "社会物流总费用占GDP比率下降至15.2%，全社会研发经费支出增加到300亿元。")
    got = [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in draft["targets"]]
    assert got == [(None, "level", D("15.2"), "%"), ("rd_spending", "level", D(300), "亿元")]


def test_water_held_to_a_grade_is_one_target_of_its_places(bundled: Index) -> None:
    """西宁市 2022 of lawtext/gov and 青海 2022: 水质稳定保持Ⅲ类 is water quality, its goal the report's words."""
    draft = _drafted(
        bundled,
        "长江、黄河、澜沧江出省境断面水质稳定保持Ⅱ类及以上，湟水河出境断面水质稳定保持Ⅲ类，"
        "空气质量优良天数比例稳定在90%以上。",
    )
    got = [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("water_quality", "qualitative", "稳定保持Ⅱ类及以上"),
        ("water_quality", "qualitative", "稳定保持Ⅲ类"),
        ("good_air_days", "level", None),
    ]


@pytest.mark.parametrize(
    ("clause", "indicators"),
    [
        (
            "能耗和碳排放强度指标完成省计划",
            ["energy_intensity", "carbon_intensity"],
        ),  # 辽源市 2022 of lawtext/gov
        (
            "高质量完成生态环保和节能减排等任务",
            ["environment", "energy_saving_emission_reduction"],
        ),  # 海口市 2022
        # 四平市 2022: 达到省定标准; 乌海市 2023: 减排指标 is the pollutants'
        ("单位GDP能耗、二氧化碳排放强度达到省定标准", ["energy_intensity", "carbon_intensity"]),
        ("能耗强度和减排指标完成自治区下达目标任务", ["energy_intensity", "pollutant_reduction"]),
        # 海西蒙古族藏族自治州 2022: 达到省定目标
        (
            "全州空气质量优良天数比例和地表水水质优良率达到省定目标",
            ["good_air_days", "surface_water_quality"],
        ),
        # 恩施土家族苗族自治州 2022: 安全生产 (work safety) is no 环境质量, which stands beside it
        (
            "安全生产、节能减排、环境质量全面完成省定目标",
            ["work_safety", "energy_saving_emission_reduction", "environment"],
        ),
    ],
)
def test_a_quota_met_in_other_words(bundled: Index, clause: str, indicators: list[str]) -> None:
    """完成省计划 is the province's quota; 高质量 before 完成 is its manner, not a name."""
    draft = _drafted(bundled, "地区生产总值增长8.5%左右，" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [
        (i, "meet_quota") for i in indicators
    ]


def test_a_plan_carried_out_as_set_is_the_quota_of_its_clause_alone(bundled: Index) -> None:
    """大连市 2022 of lawtext/gov: …下降按省下达计划执行 is its clause's quota, the next clause's 确保 not its."""
    draft = _drafted(
        bundled,
        "单位地区生产总值能耗降低、单位地区生产总值二氧化碳排放降低、主要污染物排放量下降按省下达计划执行，"
        "粮食综合生产能力确保完成省下达任务。",
    )
    got = [(t["indicator"], t["goal"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("energy_intensity", "meet_quota", []),
        ("carbon_intensity", "meet_quota", []),
        ("pollutant_reduction", "meet_quota", []),
        ("grain_capacity", "meet_quota", ["确保"]),
    ]


def test_a_rate_of_fall_bounded_below_is_a_decline(bundled: Index) -> None:
    """沈阳市 2022 of lawtext/gov: 万元地区生产总值能耗下降率不低于3.2% is a fall of at least 3.2%."""
    draft = _drafted(bundled, "地区生产总值增长8%左右，万元地区生产总值能耗下降率不低于3.2%。")
    got = [(t["indicator"], t["kind"], t["value"], t["qualifiers"]) for t in draft["targets"][1:]]
    assert got == [("energy_intensity", "decline", D("3.2"), ["不低于"])]


def test_what_the_province_requires_done_and_work_to_strive_for(bundled: Index) -> None:
    """吕梁市 2023 of lawtext/gov: 约束性指标完成省定要求 is a quota; 聊城市 2023: 努力推动经济运行整体好转 is work, no target."""
    draft = _drafted(bundled, "地区生产总值增长6.5%左右，约束性指标完成省定要求，努力推动经济运行整体好转。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [
        ("binding_indicators", "meet_quota")
    ]


def test_done_as_required_is_a_quota_and_a_word_on_the_growth_target_is_none(bundled: Index) -> None:
    """晋中市 2023 of lawtext/gov: 约束性指标不折不扣按照国家和省要求全面完成 is a quota; 鄂尔多斯市 2022:
    经济增长目标确定为7%，充分考虑了… after the list explains GDP's target, no target of its own."""
    draft = _drafted(
        bundled,
        "地区生产总值增长7%左右，城镇登记失业率控制在5%以内。约束性指标不折不扣按照国家和省要求全面完成。"
        "经济增长目标确定为7%，充分考虑了优势和潜能。",
    )
    got = [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("gdp", "growth", None),
        ("registered_unemployment", "level", None),
        ("binding_indicators", "qualitative", "meet_quota"),
    ]


def test_a_list_of_goals_most_of_several_years_is_not_the_years(bundled: Index) -> None:
    """中卫市 2022 of lawtext/gov: 主要预期目标是：地区生产总值年均增长7%左右，… are the five years'
    goals; the year's are the sentence that gives GDP growth its target (力争地区生产总值增长7%左右)."""
    text = (
        "——2021年12月29日在中卫市第五届人民代表大会第一次会议上\n\n二、今后五年的奋斗目标和重点任务\n\n"
        "主要预期目标是：地区生产总值年均增长7%左右，突破700亿元，人均超过6万元；地方一般公共预算收入年均增长7%左右；"
        "服务业增加值年均增长10%以上，规上工业增加值年均增长8%以上；城镇调查失业率控制在5.5%以内。\n\n"
        "三、2022年重点工作\n\n明年是党的二十大召开之年。力争地区生产总值增长7%左右，地方一般公共预算收入增长5%，"
        "固定资产投资增长15%。重点抓好七个方面工作。\n"
    )
    found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
    got = [(t["indicator"], t["value"]) for t in found]
    assert got == [("gdp", D(7)), ("budget_revenue", D(5)), ("fixed_asset_investment", D(15))]


def test_sentences_that_explain_the_targets_give_none(bundled: Index) -> None:
    """西安市 2022 of lawtext/gov: 确定7%左右的经济增长目标和各项支撑指标，既…; 包头市 2022: 特别要说明的是，…"""
    for after in (
        "确定7%左右的经济增长目标和各项支撑指标，既贯彻了中央和省上的总体要求、又切合我市发展实际，"
        "既反映了高质量发展的要求、又体现了支撑全省发展的省会担当。",
        "特别要说明的是，当前经济发展面临需求收缩、供给冲击、预期转弱三重压力，但年度预期目标相对较高。",
    ):
        draft = _drafted(bundled, "地区生产总值增长7%左右，主要污染物排放总量削减完成省上下达任务。" + after)
        assert [t["indicator"] for t in draft["targets"]] == ["gdp", "pollutant_reduction"]


def test_the_figures_of_the_parts_are_not_the_regions(bundled: Index) -> None:
    """伊犁哈萨克自治州 2023 of lawtext/gov: figures listed in brackets are the prefectures'; 贵阳市 2025:
    a sentence of 贵安新区直管区's targets is the district's; 一产、二产 are the first and second industries."""
    draft = _drafted(
        bundled,
        "全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%、阿勒泰地区增长7%），"
        "其中一产、二产、三产分别增长4%左右、8%以上、5.5%左右。城镇新增就业15万人。"
        "贵安新区直管区生产总值增长15%以上，其中规模以上工业增加值增长30%以上；固定资产投资增长15%左右。",
    )
    got = [(t["indicator"], t["value"]) for t in draft["targets"]]
    assert got == [
        ("gdp", D("7.6")),
        ("primary_industry_value_added", D(4)),
        ("secondary_industry_value_added", D(8)),
        ("services_value_added", D("5.5")),
        ("new_urban_jobs", D(15)),
    ]


def test_the_three_industries_and_a_working_target_of_the_name_before(bundled: Index) -> None:
    """成都市 2023 of lawtext/gov: 三次产业增加值分别增长2%、5%和7%以上 are the three industries in turn;
    南宁市 2022: 工作目标力争增长8%左右 is GDP's working target, after GDP's."""
    draft = _drafted(
        bundled,
        "地区生产总值增长6%以上，其中三次产业增加值分别增长2%、5%和7%以上；地区生产总值增长7%以上，工作目标力争增长8%左右。",
    )
    got = [(t["indicator"], t["value"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("gdp", D(6), ["以上"]),
        ("primary_industry_value_added", D(2), ["以上"]),
        ("secondary_industry_value_added", D(5), ["以上"]),
        ("services_value_added", D(7), ["以上"]),
        ("gdp", D(7), ["以上"]),
        ("gdp", D(8), ["力争", "左右"]),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 德阳市 2023 of lawtext/gov: 与…基本保持一致 is the report's own goal, and 经济增长态势 no name
        (
            "一般公共预算收入、城乡居民人均可支配收入与经济增长态势基本保持一致",
            [
                ("budget_revenue", "与经济增长态势基本保持一致"),
                ("disposable_income", "与经济增长态势基本保持一致"),
            ],
        ),
        # 德阳市 2023: 全面 is the manner of 完成, no part of 节能降碳
        (
            "生态环境保护和节能降碳全面完成国省下达任务",
            [("environment", "meet_quota"), ("energy_saving_emission_reduction", "meet_quota")],
        ),
        # 遵义市 2022: 在省控范围内 is within the province's limit; 地耗 is no GDP
        (
            "单位生产总值能耗、水耗、地耗在省控范围内",
            [
                ("energy_intensity", "within_limit"),
                ("water_intensity", "within_limit"),
                (None, "within_limit"),
            ],
        ),
    ],
)
def test_goals_worded_after_a_list_of_names(
    bundled: Index, clause: str, expected: list[tuple[Any, str]]
) -> None:
    """Each name of the list gets the goal its words set."""
    draft = _drafted(bundled, "地区生产总值增长9%，" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == expected


@pytest.mark.parametrize(
    "passage",
    [
        "一般公共预算收入增长3%;500万元以上固定资产投资增长5%左右。",  # 遵义市 2022 of lawtext/gov
        "一般公共预算收入增长3%，500万元以上固定资产投资增长5%以上。",  # 六盘水市 2016
    ],
)
def test_a_size_before_investment_is_no_figure(bundled: Index, passage: str) -> None:
    """500万元以上固定资产投资 is a name (urban investment's series: 500万元以上 projects since 2011, 50万元
    before), its 500万元以上 no level of the name before."""
    got = [(t["indicator"], t["kind"], t["value"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [("budget_revenue", "growth", D(3)), ("fixed_asset_investment_urban", "growth", D(5))]


def test_kept_basically_stable_is_the_goal_not_the_name(bundled: Index) -> None:
    """湖州市 2024 of lawtext/gov: 出口占全省份额基本稳定: 基本稳定 is the goal, 出口占全省份额 the name."""
    draft = _drafted(bundled, "地区生产总值增长6%左右，出口占全省份额基本稳定。")
    assert [(t["indicator_zh"], t["goal"]) for t in draft["targets"][1:]] == [("出口占全省份额", "stable")]


def test_targets_met_last_year_are_no_passage(bundled: Index) -> None:
    """三亚市 2022 of lawtext/gov: 均超额完成年初预期目标，多数经济指标… reviews last year; the year's list is
    the one that 主要预期目标是： opens."""
    text = (
        "——2022年1月11日在三亚市第八届人民代表大会第一次会议上\n\n一、2021年工作回顾\n\n"
        "全市地区生产总值、地方一般公共预算收入均超额完成年初预期目标，多数经济指标增速高于全省平均水平。"
        "2021年全市地区生产总值835.4亿元，同比增长12.1%，两年平均增长7.5%；社会消费品零售总额545.2亿元，"
        "同比增长43.1%；地方一般公共预算收入117.1亿元，同比增长6.1%。\n\n二、2022年工作安排\n\n"
        "2022年我市发展的主要预期目标是：地区生产总值增长10%左右，地方一般公共预算收入增长10%左右。\n"
    )
    found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [("gdp", D(10)), ("budget_revenue", D(10))]


def test_the_list_of_high_quality_development_goals_is_not_the_main_targets(bundled: Index) -> None:
    """安顺市 2022 of lawtext/gov (in a paragraph of its own) and 毕节市 2022 (in the same paragraph), as
    guizhou 2021 and 2022 of the data: 高质量发展的主要目标是：… is not the year's main list."""
    main = (
        "主要预期目标是：地区生产总值增长10%左右；一般公共预算收入增长5%左右；城镇调查失业率控制在5.5%以内。"
    )
    quality = (
        "高质量发展的主要目标是：制造业增加值占地区生产总值比重达18%左右；旅游及相关产业增加值增长15%以上；"
        "常住人口城镇化率达58%；农产品加工转化率达60%；15岁及以上人口平均受教育年限达8.95年；森林覆盖率稳定在60%以上。"
    )
    for between in ("\n\n", ""):
        text = "——2022年1月11日在安顺市第四届人民代表大会上\n\n" + main + between + quality + "\n"
        found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
        assert [t["indicator"] for t in found] == ["gdp", "budget_revenue", "surveyed_unemployment"]


def test_an_age_before_a_name_and_a_trade_with_its_related_ones(bundled: Index) -> None:
    """安顺市 2022 of lawtext/gov: 15岁及以上人口… is a name (no level of 15 years of the name before); 旅游及相关
    产业增加值 is one name."""
    draft = _drafted(
        bundled,
        "森林覆盖率稳定在60%以上；15岁及以上人口平均受教育年限达8.95年；旅游及相关产业增加值增长15%以上。",
    )
    got = [(t["indicator_zh"], t["kind"], t["value"]) for t in draft["targets"]]
    assert got == [
        ("森林覆盖率", "level", D(60)),
        ("15岁及以上人口平均受教育年限", "level", D("8.95")),
        ("旅游及相关产业增加值", "growth", D(15)),
    ]


def test_names_then_their_figures_in_turn_without_respectively(bundled: Index) -> None:
    """铜仁市 2023 of lawtext/gov: 制造业增加值、数字经济、绿色经济占地区生产总值比重15%、37%、48%左右 pairs the
    names and figures in turn (without 分别), each figure once, 数字经济 the whole digital economy's share
    (digital_economy_overall_share, not its core industries'); 成都市 2022: 空气质量优良天数率 is the share of days;
    南充市 2023: 努力实现质的有效提升和量的合理增长 is no target."""
    draft = _drafted(
        bundled,
        "制造业增加值、数字经济、绿色经济占地区生产总值比重15%、37%、48%左右，空气质量优良天数率不低于81%，"
        "努力实现质的有效提升和量的合理增长。",
    )
    got = [(t["indicator"], t["value"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("manufacturing_share", D(15), ["左右"]),
        ("digital_economy_overall_share", D(37), ["左右"]),
        ("green_economy_share", D(48), ["左右"]),
        ("good_air_days", D(81), ["不低于"]),
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 白城市 2023 of lawtext/gov: 增加值 takes the head of the name before (规上工业)
        (
            "规上工业总产值增长15%左右、增加值增长15%左右。",
            [("industrial_output", None), ("industrial_value_added", None)],
        ),
        # 黄山市 2022 and 吴忠市 2023: 减排 after the quota's list is its last name's
        (
            "地区生产总值增长8.5%，完成生态环保、节能减排年度任务。",
            [
                ("gdp", None),
                ("environment", "meet_quota"),
                ("energy_saving_emission_reduction", "meet_quota"),
            ],
        ),
        (
            "地区生产总值增长6.5%，完成自治区下达的环境质量改善和能耗“双控”、主要污染物减排任务。",
            [
                ("gdp", None),
                ("environment", "meet_quota"),
                ("energy_consumption", "meet_quota"),  # 能耗“双控”, a name of the catalogue
                ("pollutant_reduction", "meet_quota"),
            ],
        ),
        # 凉山彝族自治州 2023: 环保 is the environment; 佳木斯市 2022: 达到省控目标 a quota
        (
            "地区生产总值增长9.5%，完成省下达节能减排和环保目标任务，单位生产总值能耗下降率达到省控目标。",
            [
                ("gdp", None),
                ("energy_saving_emission_reduction", "meet_quota"),
                ("environment", "meet_quota"),
                ("energy_intensity", "meet_quota"),
            ],
        ),
    ],
)
def test_names_completed_from_their_neighbours(
    bundled: Index, passage: str, expected: list[tuple[Any, Any]]
) -> None:
    """A name written short takes what it lacks from the list it stands in."""
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["goal"]) for t in draft["targets"]] == expected


def test_the_five_years_goals_in_their_section_and_last_years_purpose_are_no_passage(bundled: Index) -> None:
    """张掖市 2022 of lawtext/gov: 经济社会发展主要目标是：…2026年实现… under 二、今后五年奋斗目标和重点任务 are
    the five years'; 黔南布依族苗族自治州 2023: ——这一年，…我们锚定…发展目标，… reviews last year; 常德市
    2025: 主要预期目标任务是： opens the year's list."""
    text = (
        "——2023年1月8日在测试州第一届人民代表大会上\n\n一、2022年工作回顾\n\n"
        "——这一年，面对前所未有的经济下行压力，我们锚定高质量发展目标，保持发展定力，完成地区生产总值1820亿元，"
        "增长2%左右。全员劳动生产率9.35万元/人，固定资产投资增长3%左右。\n\n"
        "二、今后五年奋斗目标和重点任务\n\n经济社会发展主要目标是：综合实力全省排名前移，"
        "2027年实现“两个突破”，即地区生产总值突破800亿元。\n\n三、2023年工作安排\n\n"
        "经济社会发展的主要预期目标任务是：地区生产总值增长7%左右，固定资产投资增长5%左右。\n"
    )
    found = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [("gdp", D(7)), ("fixed_asset_investment", D(5))]


def test_the_country_part_faster_than_the_town_and_the_provinces_average_written_short(
    bundled: Index,
) -> None:
    """金华市 2023 of lawtext/gov: 居民人均可支配收入快于经济增长，农村快于城镇 (the rural income against the
    urban); 德阳市 2025: 高于省平1个百分点 is the province's average."""
    draft = _drafted(
        bundled,
        "居民人均可支配收入快于经济增长，农村快于城镇；地区生产总值增速高于省平1个百分点、增长6.5%以上。",
    )
    got = [
        (t["indicator"], t["kind"], t["against"], t["against_region"], t["margin"]) for t in draft["targets"]
    ]
    assert got == [
        ("disposable_income", "relative", "gdp", None, None),
        ("rural_disposable_income", "relative", "urban_disposable_income", None, None),
        ("gdp", "relative", None, "parent", D(1)),
        ("gdp", "growth", None, None, None),
    ]


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("社消总额增长6%", "retail_sales"),  # 景德镇市 2023 of lawtext/gov
        ("居民消费品价格涨幅2%左右", "cpi"),  # 宜宾市 2025
        ("规上工业产值增长8%", "industrial_output"),  # 长春市 2023
        ("降碳减排完成省下达任务", "energy_saving_emission_reduction"),  # 武汉市 2026
        ("收入倍差持续缩小", "urban_rural_income_ratio"),  # 杭州市 2022, after 城乡居民人均可支配收入
        ("实际吸收外商直接投资增长5%", "foreign_capital"),  # 珠海市 2022
        ("减排完成省定指标", "pollutant_reduction"),  # 长沙市 2023
    ],
)
def test_short_names_a_city_writes(bundled: Index, clause: str, indicator: str) -> None:
    """Names written short or a little otherwise are the catalogue's."""
    draft = _drafted(bundled, "地区生产总值增长6%以上，" + clause + "。")
    assert [t["indicator"] for t in draft["targets"][1:]] == [indicator]


def test_in_keeping_with_the_economy_is_the_reports_own_goal(bundled: Index) -> None:
    """芜湖市 2025 of lawtext/gov: 居民人均可支配收入与经济增长相匹配: one target, its goal the report's words."""
    draft = _drafted(bundled, "地区生产总值增长6%以上；居民人均可支配收入与经济增长相匹配。")
    got = [(t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [("disposable_income", "与经济增长相匹配")]


def test_at_least_the_others_growth_is_in_step(bundled: Index) -> None:
    """延边朝鲜族自治州 2023 of lawtext/gov: 人均可支配收入增速不低于经济发展增速 is at least GDP's growth, drafted
    as 同步 as 达到或高于 is; 不低于去年实际完成数 (shandong 2020) compares with no indicator."""
    draft = _drafted(
        bundled,
        "地区生产总值增长6%左右，城镇和农村常住居民人均可支配收入增速不低于经济发展增速，工作中努力实现不低于去年实际完成数。",
    )
    got = [(t["indicator"], t["kind"], t["qualifiers"], t["against"]) for t in draft["targets"][1:]]
    assert got == [
        ("urban_disposable_income", "relative", ["同步"], "gdp"),
        ("rural_disposable_income", "relative", ["同步"], "gdp"),
    ]


def test_hundred_millions_alone_are_the_names_unit(bundled: Index) -> None:
    """怀化市 2023 of lawtext/gov: 经济总量迈上2000亿新台阶; 黔南布依族苗族自治州 2023: 力争突破2000亿大关: 亿元."""
    draft = _drafted(
        bundled, "GDP增长7.5%以上，经济总量迈上2000亿新台阶；地区生产总值增长7%左右，力争突破2000亿大关。"
    )
    got = [
        (t["kind"], t["value"], t["unit"], t["qualifiers"]) for t in draft["targets"] if t["kind"] == "level"
    ]
    assert got == [("level", D(2000), "亿元", ["迈上"]), ("level", D(2000), "亿元", ["力争", "突破"])]


def test_a_budget_of_last_year_a_goal_in_the_reports_words_and_a_quota_of_the_plan(bundled: Index) -> None:
    """巴彦淖尔市 2023 of lawtext/gov: 较2022年预算数增长4%左右 is the year's growth over last year's budget;
    深圳市 2024: 外贸进出口稳规模、稳份额、稳增长 is its own goal, not the next clause's 同步; 赤峰市 2025:
    确保完成自治区下达的“十四五”能耗强度下降目标 is a quota on energy intensity."""
    draft = _drafted(
        bundled,
        "地区生产总值增长6%左右；一般公共财政预算收入较2022年预算数增长4%左右；外贸进出口稳规模、稳份额、稳增长，"
        "居民收入与经济同步增长；确保完成自治区下达的“十四五”能耗强度下降目标。",
    )
    got = [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("gdp", "growth", D(6), None),
        ("budget_revenue", "growth", D(4), None),
        ("foreign_trade", "qualitative", None, "稳规模、稳份额、稳增长"),
        ("disposable_income", "relative", None, None),
        ("energy_intensity", "qualitative", None, "meet_quota"),
    ]


def test_a_closing_clause_to_meet_the_years_targets_is_none(bundled: Index) -> None:
    """宿州市 2022 of lawtext/gov: 努力完成全年主要目标任务 closes the list; it names no indicator."""
    draft = _drafted(bundled, "地区生产总值增长8%以上；固定资产投资增长12%左右；努力完成全年主要目标任务。")
    assert [t["indicator"] for t in draft["targets"]] == ["gdp", "fixed_asset_investment"]


def test_a_large_growth_is_the_goal_in_the_reports_words(bundled: Index) -> None:
    """珠海市 2023 of lawtext/gov: 工业投资大幅增长: its goal is 大幅增长, 大幅 no part of the name."""
    draft = _drafted(bundled, "地区生产总值增长6%，工业投资大幅增长。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [
        ("industrial_investment", "大幅增长")
    ]


def test_a_year_before_the_first_name_is_no_figure(bundled: Index) -> None:
    """湖南 2008: 2008年力争生产总值增长10%以上 is GDP's target, 力争 its qualifier, 2008年 no figure."""
    found = _drafted(bundled, "2008年力争生产总值增长10%以上；财政总收入增长12%以上。")["targets"]
    assert [(t["indicator"], t["value"], t["qualifiers"]) for t in found] == [
        ("gdp", D(10), ["力争", "以上"]),
        ("total_fiscal_revenue", D(12), ["以上"]),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "PM2.5浓度控制在35微克/立方米以内",
        "细颗粒物浓度控制在35微克每立方米以内",
        "细颗粒物浓度控制在35 微克／立方米以内",
    ],
)
def test_a_concentration_keeps_its_unit_and_qualifier(bundled: Index, clause: str) -> None:
    """东莞市 2019 of lawtext/gov: PM2.5浓度控制在35微克/立方米以内 is a level in 微克/立方米, within it."""
    (found,) = _drafted(bundled, clause + "。")["targets"]
    assert (found["indicator"], found["value"], found["unit"], found["qualifiers"]) == (
        "pm25",
        D(35),
        "微克/立方米",
        ["控制在", "以内"],
    )


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 南阳市 2016 of lawtext/gov: 稳定 before 脱贫 names nothing; the count is the poverty reduction's
        (
            "社会消费品零售总额增长12%，实现11.92万贫困人口稳定脱贫。",
            [("retail_sales", D(12)), ("poverty_reduction", D("11.92"))],
        ),
        # 贵州 2019, 海南 2016: a count of what no name of the catalogue says is no one's level, not the
        # name before's (it was a level of poverty reduction, and of energy saving)
        ("减少农村贫困人口110万人，17个县达到脱贫摘帽标准。", [("poverty_reduction", D(110))]),
        (
            "全面完成国家下达的节能减排降碳控制目标，实现18万农村贫困人口脱贫与巩固提升。",
            [("energy_saving_emission_reduction", None)],
        ),
    ],
)
def test_a_count_before_what_it_counts(
    bundled: Index, passage: str, expected: list[tuple[str, D | None]]
) -> None:
    """A figure before the words it counts belongs to them, or to nothing: never to the name before."""
    assert [(t["indicator"], t["value"]) for t in _drafted(bundled, passage)["targets"]] == expected


def test_binding_targets_named_after_their_kind_are_its(bundled: Index) -> None:
    """东营市 2014 of lawtext/gov: 各项节能减排约束性目标 are energy saving's, as 节能减排约束性指标 are."""
    (found,) = _drafted(bundled, "全面完成省政府下达的各项节能减排约束性目标。")["targets"]
    assert (found["indicator"], found["kind"], found["goal"]) == (
        "energy_saving_emission_reduction",
        "qualitative",
        "meet_quota",
    )


def test_above_a_target_set_elsewhere_is_the_reports_own_goal(bundled: Index) -> None:
    """福州市 2019 of lawtext/gov: 进出口总额和实际利用外资增速高于省里目标 compares with the province's
    targets, not another figure: each a goal in the report's words (it was each compared with itself)."""
    found = _drafted(bundled, "进出口总额和实际利用外资增速高于省里目标。")["targets"]
    assert [(t["indicator"], t["kind"], t["goal"], t["against"]) for t in found] == [
        ("foreign_trade", "qualitative", "高于省里目标", None),
        ("foreign_capital", "qualitative", "高于省里目标", None),
    ]


def test_a_rate_of_decline_is_part_of_a_name(bundled: Index) -> None:
    """唐山市 2012 of lawtext/gov: 万元生产总值能耗降低率 is a name (降低率 no verb), so the clause's names
    take its own goal and do not run on to the next clause's figure (they were each 4.5% there)."""
    found = _drafted(
        bundled,
        "万元生产总值能耗降低率、主要污染物排放量降低率均完成省达目标要求；城镇登记失业率控制在4.5%以内。",
    )["targets"]
    assert [(t["indicator"], t["kind"], t["value"]) for t in found] == [
        ("energy_intensity", "qualitative", None),
        ("pollutant_reduction", "qualitative", None),
        ("registered_unemployment", "level", D("4.5")),
    ]


def test_a_growth_said_slightly_or_on_a_like_basis(bundled: Index) -> None:
    """拉萨市 2003 and 深圳市 2003 of lawtext/gov: 同口径增长 11.5% after a level is that name's growth (同口径
    names nothing), and 略有增长 is positive growth, as 有所增长 is."""
    found = _drafted(bundled, "地方财政收入达到 2.25 亿元，同口径增长 11.5%；实际利用外资略有增长。")[
        "targets"
    ]
    assert [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in found] == [
        ("budget_revenue", "level", D("2.25"), None),
        ("budget_revenue", "growth", D("11.5"), None),
        ("foreign_capital", "qualitative", None, "positive_growth"),
    ]


def test_a_bracket_of_targets_is_read_as_its_clauses(bundled: Index) -> None:
    """贵阳市 2012 of lawtext/gov: 生产总值增长17%（一产增长6%，二产增长20.6%，三产增长15%） is GDP's growth and
    each sector's (they were three more growths of GDP); 一产 and 二产 are the sectors' names."""
    found = _drafted(
        bundled, "生产总值增长17%（一产增长6%，二产增长20.6%，三产增长15%），财政总收入增长18%。"
    )["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [
        ("gdp", D(17)),
        ("primary_industry_value_added", D(6)),
        ("secondary_industry_value_added", D("20.6")),
        ("services_value_added", D(15)),
        ("total_fiscal_revenue", D(18)),
    ]


@pytest.mark.parametrize(
    ("head", "region_zh"),
    [
        # 哈尔滨市 2006 of lawtext/gov: the congress named after the day, without 在
        (
            "---\ntitle: 2006年政府工作报告\n---\n\n——2006年2月24日哈尔滨市十二届人大四次会议通过\n\n",
            "哈尔滨市",
        ),
        # 长春市 2012 of lawtext/gov: a title that names the place without 市
        ("---\ntitle: 长春政府工作报告 （2011年12月26日 崔杰）\n---\n\n各位代表：\n\n", "长春"),
        # 宁夏 2005: 在自治区第九届… names no place
        ("---\ntitle: 2006年政府工作报告\n---\n\n——2005年1月20日在自治区第九届人民代表大会上\n\n", None),
    ],
)
def test_the_region_named_in_other_words(bundled: Index, head: str, region_zh: str | None) -> None:
    """Where the opening lines or the title name the region, the draft says which, as the text writes it."""
    text = head + "主要预期目标是：地区生产总值增长10%。\n"
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert draft["region_zh"] == region_zh


# Round h29: city reviews of 2003-2021, each sentence quoted from the report named (a year of
# the text turned to the year before the test's report of 2024).
CITY_RESULTS: list[tuple[str, set[str], dict[str, tuple[Any, ...]]]] = [
    # 咸宁市 2016 of lawtext/gov: a count after ； (实现14万人脱贫) is no level of the income before it
    _one(
        "初步预计，城镇居民人均可支配收入增长9%；农村居民人均可支配收入增长10%；启动62个贫困村整村推进工作，实现14万人脱贫。",
        "rural_disposable_income",
        D(10),
        None,
        None,
        None,
        True,
    ),
    # 西安市 2015 of lawtext/gov: 突破…大关 before the level and growth; a comparison of growth rates
    # (高出生产总值增速6.9个百分点) is not GDP's growth
    _one(
        "全市生产总值突破5000亿元大关，达到5474.8亿元，增长9.9%，分别高出全国和全省2.5和0.2个百分点，"
        "增速位居15个副省级城市第二。战略性新兴产业增加值增长16.8%，高出生产总值增速6.9个百分点。",
        "gdp",
        D("9.9"),
        D("5474.8"),
        "亿元",
        None,
        False,
    ),
    # hunan 2006: a sentence that opens with a part of the region (湘西地区) gives the part's GDP
    _one(
        "2023年生产总值达到6500亿元（预计数，下同），五年年均增长10.2%。湘西地区开发战略初见成效，经济增长提速，"
        "自主发展能力得到增强，去年完成生产总值690亿元，增长10.8%，连续两年实现两位数增长。",
        "gdp",
        None,
        D(6500),
        "亿元",
        None,
        True,
    ),
    # 周口市 2014 of lawtext/gov: 产业集聚区 is a part of the region
    (
        "工业用电量增长13.4%，高于全省10.5个百分点；产业集聚区固定资产投资增长26.8%，高于全省1.8个百分点；"
        "实际利用外商直接投资增长21.7%，高于全省10.7个百分点。",
        {"fixed_asset_investment", "foreign_capital"},
        {"foreign_capital": (D("21.7"), None, None, None, False)},
    ),
    # 淮安市 2021 of lawtext/gov: the year's review first, then the five years' (…五年来，…), whose
    # change (提升6.3个百分点) is the five years' and whose level reached is the year's
    _one(
        "一、2023年工作和“十三五”时期发展回顾\n\n刚刚过去的2023年是极不平凡的一年。\n\n"
        "2023年我们以不畏艰难的勇毅，在大战大考中交出一份沉甸甸的答卷，为收官“十三五”划上圆满句号。五年来，全市广大干部群众在省委、省政府和市委的坚强领导下，团结一心、顽强奋斗。\n\n"
        "三是城乡面貌显著变化，融合发展有力有序推进。实施纳湖入城、淮洪一体战略，圆满完成区县行政区划调整和乡镇布局优化，"
        "城镇化率提升6.3个百分点、达到64.5%。",
        "urbanization_rate",
        None,
        D("64.5"),
        "%",
        None,
        False,
    ),
    # 兰州市 2017 of lawtext/gov (年均增长10.73％，预计今年达到2220亿元以上), shanghai 2008, beijing 2003:
    # the level after the years' average growth
    _one(
        "全市生产总值年均增长12.6%，2023年预计达到1.2万亿元，比2018年翻了一番多，地方财政收入五年累计完成7155.9亿元，年均增长23.9%。",
        "gdp",
        None,
        D("1.2"),
        "万亿元",
        None,
        True,
    ),
    _one(
        "五年来，国内生产总值年均增长10.5%，2023年，实现3130亿元，同比增长10.2%，人均国内生产总值达到3355美元。",
        "gdp",
        D("10.2"),
        D(3130),
        "亿元",
        None,
        False,
    ),
    # hunan 2008: 年增长14.4% is the year's growth
    _one(
        "全省经济总量快速增长，生产总值年均增长12%，2023年达到9145亿元，年增长14.4%。",
        "gdp",
        D("14.4"),
        D(9145),
        "亿元",
        None,
        False,
    ),
    # 深圳市 2018 of lawtext/gov: the jurisdiction's revenue before the local one (辖区公共财政收入…；
    # 地方一般公共预算收入…) is wider; the local one is the budget's
    (
        "初步核算，2023年本市生产总值2.24万亿元、同比增长8.8%；辖区公共财政收入8624亿元、增长9.2%；"
        "地方一般公共预算收入3332.1亿元、同口径增长10.1%；规模以上企业利润平均增长22.7%；居民人均可支配收入增长8.7%。",
        {"budget_revenue"},
        {
            "gdp": (D("8.8"), D("2.24"), "万亿元", None, False),
            "budget_revenue": (D("10.1"), D("3332.1"), "亿元", None, False),
        },
    ),
    # 南平市 2018 of lawtext/gov: two names, then their amounts in turn (30182元、14530元)
    (
        "城镇居民、农村居民人均可支配收入30182元、14530元，分别增长8.5%、9%；旅游接待总人数4130万人次、增长20%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("8.5"), D(30182), "元", None, False),
            "rural_disposable_income": (D(9), D(14530), "元", None, False),
        },
    ),
    # 宁波市 2008 of lawtext/gov: points below the country's and province's are a comparison, not a change
    _one(
        "对低收入群体实施价格补贴，居民消费价格指数为103.9%，分别低于全国、全省0.8个和0.3个百分点。",
        "cpi",
        None,
        D("103.9"),
        None,
        None,
        False,
    ),
    # 甘孜藏族自治州 2021 of lawtext/gov: the parts' growth given under the whole's name, before a
    # sentence that names a part with its level alone
    (
        "城乡居民人均可支配收入分别增长4.8%、9%。"
        "城镇居民人均可支配收入达到36521元，是“十二五”末的1.46倍，年均增长7.9%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("4.8"), None, None, None, False),
            "rural_disposable_income": (D(9), None, None, None, False),
        },
    ),
    # 保山市 2021 of lawtext/gov: 降2.5% is a fall, as 增6.4% is a growth
    (
        "实现生产总值同比增长4.8%;规模以上固定资产投资增6.4%;一般公共预算收入降2.5%，支出总额与上年持平；社会消费品零售总额增1.8%。",
        {"budget_revenue", "retail_sales"},
        {
            "gdp": (D("4.8"), None, None, None, False),
            "budget_revenue": (D("-2.5"), None, None, None, False),
            "retail_sales": (D("1.8"), None, None, None, False),
        },
    ),
    # 泉州市 2006 of lawtext/gov: 初步统计 before the year and the name is no part of the name
    _one(
        "初步统计2023年全市生产总值1804亿元（按经普结果调整的数据待以后公布），比2018年增长80.8％；人均生产总值2930美元。",
        "gdp",
        None,
        D(1804),
        "亿元",
        None,
        False,
    ),
    # 石家庄市 2017 of lawtext/gov (分别由1800.2亿元、562.7亿元增加到2190.3亿元、808.2亿元), shanghai 2013:
    # every value listed after 由/从 is one risen from, and the levels after 提高到 are the two's in turn
    (
        "城市和农村居民家庭人均可支配收入分别从2018年的23623元、10222元提高到2023年的40188元、17401元。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (None, D(40188), "元", None, False),
            "rural_disposable_income": (None, D(17401), "元", None, False),
        },
    ),
    # 东莞市 2008 and 佛山市 2005 of lawtext/gov: the capital contracted holds its place in the list
    _one(
        "全市新签及增资外商投资项目1663宗，合同利用外资31亿美元，实际利用外资21亿美元，分别增长25%和16.1%。",
        "foreign_capital",
        D("16.1"),
        D(21),
        "亿美元",
        None,
        False,
    ),
    # 上饶市 2016 of lawtext/gov: places counted before a name (5个县（市、区）的财政收入) give theirs
    (
        "全年生产总值1650.8亿元，增长9.5%；完成财政总收入290.1亿元，增长10.5%。"
        "全市有8个县（市、区）的GDP超过100亿元；5个县（市、区）的财政收入超过20亿元，其中德兴超过30亿元，广丰突破40亿元。",
        {"budget_revenue"},
        {"gdp": (D("9.5"), D("1650.8"), "亿元", None, False)},
    ),
    # 宜宾市 2022 of lawtext/gov: a figure that says which places are counted (超10亿元的县) is theirs
    (
        "预计全市地区生产总值增长8%。翠屏区全国百强区地位持续巩固，预计一般公共预算收入超10亿元的县（区）由2个增加到8个。",
        {"budget_revenue"},
        {"gdp": (D(8), None, None, None, True)},
    ),
    # 内江市 2022 of lawtext/gov: 可实现 (can be achieved) leads a clause of the year's estimate
    (
        "预计（下同）可实现地区生产总值近1600亿元、增长8.3%，地方一般公共预算收入增长9.3%。",
        {"budget_revenue"},
        {
            "gdp": (D("8.3"), D(1600), "亿元", None, True),
            "budget_revenue": (D("9.3"), None, None, None, True),
        },
    ),
    # 昭通市 2023 of lawtext/gov: figures listed after names listed go to them in turn, 分别 or not
    (
        "地区生产总值完成1541亿元、增长3.7%，城镇和农村常住居民人均可支配收入增长2.7%、7%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "gdp": (D("3.7"), D(1541), "亿元", None, False),
            "urban_disposable_income": (D("2.7"), None, None, None, False),
            "rural_disposable_income": (D(7), None, None, None, False),
        },
    ),
    # 海北藏族自治州 2021 and 阿坝藏族羌族自治州 2014 of lawtext/gov: 全州 leads a clause as 全市 does
    (
        "全州完成地区生产总值95.09亿元，同比增长0.5%；规上工业增加值同比增长9.6%。",
        {"industrial_value_added"},
        {
            "gdp": (D("0.5"), D("95.09"), "亿元", None, False),
            "industrial_value_added": (D("9.6"), None, None, None, False),
        },
    ),
    # 太原市 2015 of lawtext/gov: a figure listed after one reached (分别提高到59.8%、58.5%) is reached
    # too, no growth; a share is no level of the value added
    (
        "新兴接替产业增加值、服务业增加值、非煤产业增加值占比分别提高到59.8%、58.5%、85.1%。",
        {"services_value_added"},
        {},
    ),
    # 青岛市 2016 of lawtext/gov: 各位代表，去年，… opens the last year's review after the five years'
    (
        "一、“十二五”时期工作回顾\n\n五年来，全市生产总值跨越四个千亿元台阶，从5666亿元增加到9300亿元，年均增长9.7%。\n\n"
        "各位代表，去年，全市稳增长、促改革、调结构、惠民生、防风险也取得较好成效，继续保持了经济稳中有进、民生持续改善的良好态势。"
        "全市生产总值增长8.1%，一般公共预算收入增长12.4%，城乡居民人均可支配收入分别增长8.1%、8.4%。\n\n"
        "各位代表，2023年主要目标任务的完成标志着“十二五”规划圆满收官。",
        {"budget_revenue"},
        {
            "gdp": (D("8.1"), None, None, None, False),
            "budget_revenue": (D("12.4"), None, None, None, False),
        },
    ),
    # 广州市 2009 of lawtext/gov: 源于广州地区的… is the region's revenue, not a part's
    (
        "源于广州地区的财政总收入达2477亿元，增长17.1%；其中地方财政一般预算收入622亿元，增长18.7%。",
        {"budget_revenue"},
        {"budget_revenue": (D("18.7"), D(622), "亿元", None, False)},
    ),
    # 淮南市 2021 of lawtext/gov: the half-year's figures before the whole year's (…，预计下半年增长8%以上，
    # 全年增长4%左右): 下半年 names no indicator, and the whole year's is the result
    _one(
        "受疫情影响，上半年地区生产总值下降0.8%，预计下半年增长8%以上，全年增长4%左右。",
        "gdp",
        D(4),
        None,
        None,
        None,
        True,
    ),
    # 宿州市 2014 of lawtext/gov: 首超千亿元 before the growth, as 突破1000亿元 is
    (
        "初步核算，全市生产总值首超千亿元，增长11%左右；财政收入首超百亿元，增长20.8%，增速居全省第二；"
        "城镇居民人均可支配收入21705元，增长10%。",
        {"budget_revenue"},
        {
            "gdp": (D(11), None, None, None, True),
            "budget_revenue": (D("20.8"), None, None, None, False),
        },
    ),
    # 无锡市 2020 of lawtext/gov: a doubling in the clause after the growth (提前实现比2010年翻一番目标)
    # does not make the growth the years'
    _one("预计全市地区生产总值增长7%，提前实现比2010年翻一番目标。", "gdp", D(7), None, None, None, True),
    # 南京市 2019 of lawtext/gov: 可比价增长8% names nothing before its growth
    (
        "预计全年完成地区生产总值1.27万亿元左右，可比价增长8%；一般公共预算收入1470亿元，同口径增长11.1%，两项指标增速均快于全省、高于全国。",
        {"gdp"},
        {
            "gdp": (D(8), D("1.27"), "万亿元", None, True),
            "budget_revenue": (D("11.1"), D(1470), "亿元", None, True),
        },
    ),
    # 青岛市 2003 of lawtext/gov: 增加到去年的1518.2亿元 is last year's level
    _one(
        "国内生产总值由2018年的797.7亿元增加到去年的1518.2亿元，年均增长14%。",
        "gdp",
        None,
        D("1518.2"),
        "亿元",
        None,
        False,
    ),
    # 景德镇市 2016 of lawtext/gov: each growth after one since the end of the plan before (比“十一五”末
    # 增长62.7%；…增长58.2%；…增长109.9%) is of the five years; the levels are the year's
    (
        "预计2023年生产总值800亿元，比“十一五”末增长62.7%；人均生产总值8000美元，增长58.2%；"
        "三次产业比例调整到7.1：57.5：35.4；财政总收入111.6亿元，增长109.9%；固定资产投资691亿元，增长101%。",
        {"fixed_asset_investment"},
        {
            "gdp": (None, D(800), "亿元", None, True),
            "fixed_asset_investment": (None, D(691), "亿元", None, True),
        },
    ),
    # 黄石市 2022 of lawtext/gov: a level without its 元 in a part after the name's (、达到1910亿) is of
    # yuan, as GDP is counted
    (
        "预计全年地区生产总值增长14%、达到1910亿，固定资产投资、社会消费品零售总额、地方公共财政预算收入分别增长"
        "24%、26.2%和42.3%，位居全省第一方阵。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D(14), D(1910), "亿元", None, True),
            "budget_revenue": (D("42.3"), None, None, None, True),
        },
    ),
    # 迪庆藏族自治州 2023 of lawtext/gov: 自然口径 before a growth, and a bracketed aside after 同口径
    # (the comparable growth, the one recorded)
    _one(
        "完成地方一般公共预算收入16.27亿元，自然口径增长1%，同口径（扣除增值税留抵退税因素）增长15.87%；"
        "完成地方一般公共预算支出159.16亿元，增长9.21%。",
        "budget_revenue",
        D("15.87"),
        D("16.27"),
        "亿元",
        None,
        False,
    ),
    # 铜仁市 2022 of lawtext/gov: a growth over ten years (撤地设市十年…增长271%) is not the year's
    _one(
        "撤地设市十年地区生产总值增长271%，谱写了贵州“黄金十年”的铜仁精彩篇章。九层之台，起于垒土。过去一年，"
        "面对百年变局和世纪疫情，主要目标任务顺利完成，预计地区生产总值增长8.5%，实现“十四五”良好开局。",
        "gdp",
        D("8.5"),
        None,
        None,
        None,
        True,
    ),
    # 哈密市 2022 of lawtext/gov: 预计 after the year that opens its clause (2021年预计实现…)
    _one(
        "扎实做好“六稳”工作、全面落实“六保”任务，2023年预计实现地区生产总值740亿元、较2018年增长41.3%，"
        "全市经济综合实力跃上新台阶。",
        "gdp",
        None,
        D(740),
        "亿元",
        None,
        True,
    ),
    # 自贡市 2023 of lawtext/gov: a bracketed aside between the name and its growth (（同口径）)
    _one(
        "1—11月，全社会固定资产投资增长8.1%、高于全省平均水平0.7个百分点，预计全年突破1000亿元；"
        "地方一般公共预算收入（同口径）增长10%（未写明时间节点的数据，均为全年预计数）。",
        "budget_revenue",
        D(10),
        None,
        None,
        None,
        True,
    ),
    # 青岛市 2023 of lawtext/gov: GDP after 前三季度， (the part of the year in the clause before), its
    # year given no figure, and read in the sentence chosen for budget revenue
    (
        "前三季度，全市生产总值实现11024亿元，同比增长4.1%，预计全年仍将保持稳定增长、处于合理区间；"
        "一般公共预算收入全年增长5.5%左右；全体居民人均可支配收入增长5%。",
        {"gdp", "budget_revenue"},
        {"budget_revenue": (D("5.5"), None, None, None, True)},
    ),
    # 平凉市 2022 of lawtext/gov: 较去年 before the growth, as 比去年 and 较上年
    _one(
        "预计到2023年底，全市地区生产总值完成546亿元，较去年增长8%，比“十三五”平均增速高3个百分点；"
        "固定资产投资307亿元，较去年增长10%。",
        "gdp",
        D(8),
        D(546),
        "亿元",
        None,
        True,
    ),
    # 衡阳市 2023 of lawtext/gov: （预计数，下同） makes the results after it estimates
    (
        "地区生产总值突破4000亿元大关，增长5.5%（预计数，下同）；规模工业增加值增长8.5%左右；"
        "固定资产投资增长11%；地方一般公共预算收入增长6.27%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D("5.5"), D(4000), "亿元", None, True),
            "budget_revenue": (D("6.27"), None, None, None, True),
        },
    ),
    # 池州市 2022 of lawtext/gov: a result compared with its target (高于年初计划目标) is no target
    _one(
        "这一年，我们大力实施产业强市战略，加快培育八大新兴产业，地区生产总值预计增长11%左右、高于年初计划目标"
        "2.5个百分点，实现了“十四五”良好开局，高质量发展的内生动力更加强劲。",
        "gdp",
        D(11),
        None,
        None,
        None,
        True,
    ),
    # 哈尔滨市 2023 of lawtext/gov: an amount fallen short (减收290亿元) is no level
    (
        "在我市经济遇到较大困难、一般公共预算收入和土地出让金减收290亿元的情况下，我们尽力保民生，"
        "财政用于民生支出80%以上。",
        {"budget_revenue"},
        {},
    ),
    # 淮北市 2022 of lawtext/gov: a step passed (再跨百亿台阶、) between GDP's name and its figures
    (
        "预计，全市生产总值再跨百亿台阶、突破1200亿元、增长3.2%左右，一般公共预算收入88.7亿元、增长10.8%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D("3.2"), D(1200), "亿元", None, True),
            "budget_revenue": (D("10.8"), D("88.7"), "亿元", None, True),
        },
    ),
    # 安阳市 2023 of lawtext/gov: a list a part of the year opens (1—11月，…) is not the year's; the
    # year's level, in a sentence before, is
    (
        "初步预计，2023年全市生产总值2500亿元左右；一般公共预算收入超过220亿元，年均增长11.4%左右。"
        "1—11月，全市规模以上工业增加值增长2.1%，固定资产投资增长12.6%，一般公共预算收入增长11.8%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (None, D(2500), "亿元", None, True),
            "budget_revenue": (None, D(220), "亿元", None, True),
        },
    ),
    # 漯河市 2023 of lawtext/gov: a part of the year in digits (前11个月，…) opens a list that is not
    # the year's, as 前十一个月 does
    (
        "预计全年生产总值增长4.5%。前11个月，规上工业增加值、固定资产投资、社会消费品零售总额、"
        "一般公共预算收入增长7.1%、13.3%、2.4%、15.2%，分别居全省第四位、第四位、第二位、第三位。",
        {"gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "budget_revenue"},
        {"gdp": (D("4.5"), None, None, None, True)},
    ),
    # 福州市 2008 of lawtext/gov: 比增 (Fujian's 比上年增长) is growth
    (
        "初步统计，2023年全市生产总值达1974.59亿元，比增15.1%。财政总收入（不含基金）达247.56亿元，比增24.5%；"
        "其中，地方级财政收入达146.56亿元，比增26.8%。",
        {"gdp", "budget_revenue", "total_fiscal_revenue"},
        {
            "gdp": (D("15.1"), D("1974.59"), "亿元", None, False),
            "total_fiscal_revenue": (D("24.5"), D("247.56"), "亿元", None, False),
            "budget_revenue": (D("26.8"), D("146.56"), "亿元", None, False),
        },
    ),
    # 深圳市 2003 of lawtext/gov: 同口径比增长, growth on the same basis
    _one(
        "地方财政收入304亿元，同口径比增长20.5%。", "budget_revenue", D("20.5"), D(304), "亿元", None, False
    ),
    # 南昌市 2005 of lawtext/gov: an amount added (净增129亿元) is no level, and GDP's growth after it is still its own
    _one(
        "地区生产总值770亿元，净增129亿元，增长16.5%；财政总收入102亿元，首次超过100亿元，增长23.3%。",
        "gdp",
        D("16.5"),
        D(770),
        "亿元",
        None,
        False,
    ),
    # 佛山市 2003 of lawtext/gov: the five years' average rate after GDP's name is no level; the year's
    # level comes after it
    _one(
        "五年来，国内生产总值以年均11.2%的速度增长，2023年达1168.66亿元（绝对值按当年价，增长率按可比价计，下同）；"
        "人均国内生产总值达34636元人民币，折4183美元。",
        "gdp",
        None,
        D("1168.66"),
        "亿元",
        None,
        False,
    ),
    # hunan 2013: the years' average rate between GDP's name and its level is passed over
    _one(
        "地区生产总值跨过两万亿台阶，年均增长13.3%，达到2.2万亿元。",
        "gdp",
        None,
        D("2.2"),
        "万亿元",
        None,
        False,
    ),
    # 长沙市 2012 of lawtext/gov: a step crossed (跨越5000亿元) is a bound, the level reached after it the level
    _one(
        "地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上；辖内财政收入迈过千亿大关，达1330亿元。",
        "gdp",
        D(14),
        D(5600),
        "亿元",
        None,
        True,
    ),
    # 厦门市 2003 of lawtext/gov: the basis in brackets (（按可比口径）) before the growth
    _one(
        "财政总收入126亿元，增长14.4%，其中地方级财政收入64亿元，（按可比口径）增长15.5%。",
        "budget_revenue",
        D("15.5"),
        D(64),
        "亿元",
        None,
        False,
    ),
    # 广州市 2012 of lawtext/gov: 预计源于广州地区的… is the region's, as 源于广州地区的… is
    _one(
        "预计源于广州地区的财政一般预算收入3965亿元，同比增长18.4%，其中，全市地方财政一般预算收入960亿元，同比增长18.1%。",
        "budget_revenue",
        D("18.1"),
        D(960),
        "亿元",
        None,
        True,
    ),
    # 沈阳市 2005 of lawtext/gov: another basis's level in brackets before the growth; a sentence that opens
    # with counties counted (四县（市）) gives theirs, not the region's
    (
        "全市地区生产总值实现1900.7亿元，同比增长15.5%；财政收入完成138.2亿元（按原口径为181.5亿元），增长33.5%，"
        "连续四年保持30%以上的增速。四县（市）去年完成生产总值251亿元，同比增长16.6%；实现财政收入4.6亿元，增长32.3%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D("15.5"), D("1900.7"), "亿元", None, False),
            "budget_revenue": (D("33.5"), D("138.2"), "亿元", None, False),
        },
    ),
    # 西安市 2017 of lawtext/gov: steps listed bare after the first (跨越4000亿、5000亿、6000亿元大关) are bounds too,
    # the level reached after them the level
    _one(
        "生产总值连续跨越4000亿、5000亿、6000亿元大关，2023年达到6257.2亿元，增长8.5%，同比提高0.3个百分点。",
        "gdp",
        D("8.5"),
        D("6257.2"),
        "亿元",
        None,
        False,
    ),
    # 襄阳市 2022 of lawtext/gov
    _one(
        "经济总量先后跨越4000亿元、5000亿元两个大台阶，2023年达到5309.43亿元。",
        "gdp",
        None,
        D("5309.43"),
        "亿元",
        None,
        False,
    ),
    # 海口市 2011 of lawtext/gov: 农业生产总值 is agriculture's, not GDP; GDP's level in the clause after
    # 五年翻了一番 is the last year's
    _one(
        "国民经济快速增长，全市生产总值年均增长12.4%，五年翻了一番；2023年达到590.55亿元，比上年增长17.5%。"
        "农业生产总值年均增长7.6%，2023年达到60.95亿元，比上年增长5.4%。",
        "gdp",
        D("17.5"),
        D("590.55"),
        "亿元",
        None,
        False,
    ),
    # 大连市 2015 of lawtext/gov: a name the catalogue lacks (利税) holds its place in a list given
    # figures in turn, so the profit's growth is the second
    _one(
        "规模以上工业企业利税、利润分别增长10%和15%；城镇登记失业率控制在2.65%。",
        "industrial_profit",
        D(15),
        None,
        None,
        None,
        False,
    ),
    # 绵阳市 2021 of lawtext/gov: a part's figure with the words of its bounds (县域范围) is not the region's
    ("实施县域经济高质量发展六大行动，县域范围地区生产总值达到2459.27亿元，占全市比重81.7%。", {"gdp"}, {}),
    # 遵义市 2020 of lawtext/gov: the size in a name (500万元以上) is no level of it
    _one(
        "规模工业增加值增长12.5%;500万元以上固定资产投资增长1.8%;社会消费品零售总额增长3.4%。",
        "fixed_asset_investment_urban",
        D("1.8"),
        None,
        None,
        None,
        False,
    ),
    # 烟台市 2012 of lawtext/gov: steps passed (迈上3000亿元、4000亿元台阶) are bounds, the level reached
    # after them the result
    _one(
        "四年来，全市生产总值连续迈上3000亿元、4000亿元台阶，2023年达到4906.8亿元，年均增长13.3%。",
        "gdp",
        None,
        D("4906.8"),
        "亿元",
        None,
        False,
    ),
    # 武汉市 2013 of lawtext/gov: two steps passed, the higher one the bound of the level
    _one("预计经济总量跨越7000亿元、8000亿元两个台阶。", "gdp", None, D(8000), "亿元", None, True),
    # 厦门市 2003, 湛江市 2019 and 泉州市 2004 of lawtext/gov: a clause opened by its basis in brackets
    # （按可比口径）, one that says how much of the budget was met (完成年度预算的103.8%) and 比增 (比上年增长)
    # go on with the name before
    (
        "预计全年实现国内生产总值648亿元，增长15.5％；财政总收入126亿元，增长14.4％，其中地方级财政收入64亿元，"
        "（按可比口径）增长15.5％。",
        {"budget_revenue"},
        {
            "gdp": (D("15.5"), D(648), "亿元", None, True),
            "budget_revenue": (D("15.5"), D(64), "亿元", None, True),
        },
    ),
    _one(
        "一般公共预算收入122亿元，完成年度预算的103.8%，按可比口径同比增长15.4%，其中税收收入90.3亿元，增长19.6%。",
        "budget_revenue",
        D("15.4"),
        D(122),
        "亿元",
        None,
        False,
    ),
    _one(
        "全年实现地区生产总值1380.11亿元，比增14%，经济总量继续保持全省第一。",
        "gdp",
        D(14),
        D("1380.11"),
        "亿元",
        None,
        False,
    ),
    # 韶关市 2016 of lawtext/gov: a year and a rate set apart from their 年 and % (a PDF's spaces), after a
    # step passed
    _one(
        "“十二五”期间，我市地区生产总值突破 1000亿元大关，2023 年预计达 1163亿元，年均增长 10% 。",
        "gdp",
        None,
        D(1163),
        "亿元",
        None,
        True,
    ),
    # 长春市 2014 of lawtext/gov: a sentence about the counties (县域成为…) gives their figures
    (
        "县域成为产城融合的主阵地，县城和重点乡镇建设不断加快，完成工业投资680亿元，财政收入突破100亿元。",
        {"gdp"},
        {},
    ),
    # 银川市 2016 of lawtext/gov: 城镇和农民 are the town's residents and the farmers (城镇居民, not 城镇民)
    (
        "城镇和农民人均可支配收入分别达到28260元和11148元，增长8.2%和8.5%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("8.2"), D(28260), "元", None, False),
            "rural_disposable_income": (D("8.5"), D(11148), "元", None, False),
        },
    ),
    # 厦门市 2006 of lawtext/gov: a space between a figure's thousands (1 029亿元) is no gap between figures
    _one(
        "全年生产总值达到1 029亿元，增长16%；工业总产值2 096亿元，增长20.9%。",
        "gdp",
        D(16),
        D(1029),
        "亿元",
        None,
        False,
    ),
    # 楚雄彝族自治州 2021 of lawtext/gov: an amount gained (净增120.3亿元) is not the level reached
    ("地区生产总值等主要经济指标增速高于滇中、高于全省，经济总量净增120.3亿元。", {"gdp"}, {}),
    # 酒泉市 2021 of lawtext/gov: a sentence that opens with an economic development zone (经开区) gives
    # the zone's figures
    (
        "强力推进酒泉经开区改革，制定改革创新高质量发展“1+7”系列政策，发展活力显著增强，规上工业增加值、固定资产投资、"
        "一般公共预算收入、招商引资到位资金分别增长51%、27.5%、29.6%和35%。",
        {"budget_revenue"},
        {},
    ),
    # 潮州市 2021 of lawtext/gov: growth since a year before the last (较2015年分别增长…) is of several years
    (
        "2023年全市实现生产总值1097亿元、规模以上工业增加值269.7亿元、一般公共预算收入48.6亿元、税费收入144.8亿元，"
        "较2018年分别增长26.8%、12%、0.6%和25.9%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (None, D(1097), "亿元", None, False),
            "budget_revenue": (None, D("48.6"), "亿元", None, False),
        },
    ),
    # 武汉市 2014 of lawtext/gov: a sentence that opens with counted new urban districts (6个新城区) gives
    # their figures
    (
        "6个新城区经济实力快速提升，地区生产总值增速高于全市平均水平2.2个百分点；地方公共财政预算收入增长21.5%。",
        {"budget_revenue"},
        {},
    ),
    # 盐城市 2012 of lawtext/gov: a part of the year after 预计 (预计上半年，…) opens a list of the half-year's
    (
        "预计上半年，全市地区生产总值同比增长13%，公共财政预算收入增长20%，规模以上工业增加值增长18%。",
        {"budget_revenue"},
        {},
    ),
    # 大连市 2017 of lawtext/gov: a new district's 经济总量 in its paragraph, before the sentence that
    # names the city's 地区生产总值
    _one(
        "二是抓金普新区开放型经济新体制综合试点试验。新区开发开放步伐明显加快。新引进亿元以上重大项目50多个、"
        "总投资700亿元，注册跨境电商802家，经济总量达到2296亿元、增长7%。新区成为引领全市开放发展的强力引擎。"
        "主要指标平稳增长。预计实现地区生产总值8150亿元、增长6.5%。",
        "gdp",
        D("6.5"),
        D(8150),
        "亿元",
        None,
        True,
    ),
    # 鞍山市 2016 of lawtext/gov: 按照可比口径 (not only 按可比口径) before the growth
    (
        "预计，全年实现地区生产总值2326亿元，按照可比口径增长3.5%；公共财政预算收入128.8亿元，按照可比口径下降4.4%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D("3.5"), D(2326), "亿元", None, True),
            "budget_revenue": (D("-4.4"), D("128.8"), "亿元", None, True),
        },
    ),
    # 唐山市 2012 of lawtext/gov: the level risen from (由上年的439亿元) is not the year's, the one it
    # rose to (跃升到555.5亿元) is
    (
        "全部财政收入由上年的439亿元跃升到555.5亿元，其中一般预算收入255.6亿元，分别增长26.6%和30.5%。",
        {"total_fiscal_revenue", "budget_revenue"},
        {
            "total_fiscal_revenue": (D("26.6"), D("555.5"), "亿元", None, False),
            "budget_revenue": (D("30.5"), D("255.6"), "亿元", None, False),
        },
    ),
    # 唐山市 2012 of lawtext/gov: a share of the income (非农收入占农民人均纯收入比重达到73%) is no level of
    # it, and does not keep the sentence that gives its result from being read
    _one(
        "农村劳动力向非农产业转移15万人，非农收入占农民人均纯收入比重达到73%。"
        "城镇居民人均可支配收入和农民人均纯收入达到21785元和9460元，分别增长11.4%和13.8%。",
        "rural_net_income",
        D("13.8"),
        D(9460),
        "元",
        None,
        False,
    ),
    # 海口市 2016 of lawtext/gov: growth since the plan's end (与“十一五”末相比，…分别增长72%、83%) is
    # of five years; the year's is in the sentence of the levels (分别为28520元和11693元，分别增长…)
    (
        "城镇和农村常住居民人均可支配收入分别为28520元和11693元，分别增长7.5%和10%；居民消费价格指数涨幅1.2%。"
        "与“十一五”末相比，地区生产总值增长59.7%、地方一般公共预算收入增长121%，"
        "城镇和农村常住居民人均可支配收入分别增长72%、83%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("7.5"), D(28520), "元", None, False),
            "rural_disposable_income": (D(10), D(11693), "元", None, False),
        },
    ),
    # 黑河市 2014 of lawtext/gov: the city's own level of government (其中，市直公共财政收入) is a part,
    # not the local revenue the whole is made of
    _one(
        "公共财政收入23.1亿元，增长11.8%，其中，市直公共财政收入6.9亿元，增长22%。",
        "budget_revenue",
        D("11.8"),
        D("23.1"),
        "亿元",
        None,
        False,
    ),
    # 朔州市 2016 of lawtext/gov (given in December 2015): a sentence that opens with a year before the
    # one reviewed (2014年，…) gives that year's figures, in each of its clauses
    (
        "2022年，全市地区生产总值达到1003.4亿元，是2016年的1.83倍，年均增长10.6%；"
        "公共财政收入达到86.6亿元，是2016年的2.3倍。",
        {"gdp", "budget_revenue"},
        {},
    ),
    # 南昌市 2014 of lawtext/gov: the basis a growth is counted on (按省口径计算) before it
    (
        "全年完成财政总收入558亿元，按省口径计算增长16.8%；地方公共财政预算收入291.9亿元，增长21.6%。",
        {"total_fiscal_revenue"},
        {
            "total_fiscal_revenue": (D("16.8"), D(558), "亿元", None, False),
            "budget_revenue": (D("21.6"), D("291.9"), "亿元", None, False),
        },
    ),
    # 厦门市 2005 and 2012 of lawtext/gov: an index given without a unit (居民消费价格指数为103.1)
    *(
        _one(review, "cpi", None, D(level), None, None, False)
        for review, level in (
            ("城镇登记失业率4.1%，居民消费价格指数为103.1，人口出生率9.1%。", "103.1"),
            ("城镇登记失业率3.45%，居民消费价格指数105，人口自然增长率9.38‰。", "105"),
        )
    ),
    # 泉州市 2007 of lawtext/gov: an amount listed bare after a sum (累计出口143亿美元，实际利用外资62亿美元)
    # is summed too; the year's is in the sentence after
    _one(
        "加快开放型经济发展，外经贸工作跃上新台阶，累计出口143亿美元，实际利用外资（报表口径）62亿美元，"
        "多家世界500强企业入驻泉州。实际利用外资12亿美元。",
        "foreign_capital",
        None,
        D(12),
        "亿美元",
        None,
        False,
    ),
    # 赣州市 2014 of lawtext/gov: a space after a figure's point (184. 37 亿元); 海口市 2015: a full-width
    # comma between its thousands (26，530元)
    _one(
        "地方公共财政预算收入184. 37 亿元，增长30.5%。",
        "budget_revenue",
        D("30.5"),
        D("184.37"),
        "亿元",
        None,
        False,
    ),
    _one(
        "城镇常住居民人均可支配收入26，530元，增长9.6%；居民消费价格涨幅2.2%。",
        "urban_disposable_income",
        D("9.6"),
        D(26530),
        "元",
        None,
        False,
    ),
    # 开封市 2014 of lawtext/gov: an amount listed after the five years' (五年利用外商直接投资12.4亿美元，
    # 引进省外资金1301亿元) is of the five years too
    (
        "五年利用外商直接投资12.4亿美元，引进省外资金1301亿元，进出口完成16.5亿美元，分别是上一个五年的6.3倍、3.1倍。",
        {"domestic_capital_inflow", "foreign_capital"},
        {},
    ),
    # 那曲市 2021 of lawtext/gov: the growth after a rise from a year before the last (由2015年的94.9亿元增加到
    # 170亿元，增长79.1%) is of those years; the level reached is the year's
    (
        "预计2023年，全市地区生产总值由2018年的94.9亿元增加到170亿元，增长79.1%；"
        "一般公共预算收入由2018年的5.16亿元增加到7.53亿元，增长45.9%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (None, D(170), "亿元", None, True),
            "budget_revenue": (None, D("7.53"), "亿元", None, True),
        },
    ),
    # 绍兴市 2021 of lawtext/gov: the parts' growth given under the whole's name in the last year's review
    # (城乡居民人均可支配收入分别增长4.3%和7.1%), where no sentence names the urban one as the catalogue
    # does and the review of five years before it gives the parts' levels
    (
        "五年来，城镇和农村常住居民人均可支配收入分别达66694元和38696元，城乡居民基础养老金标准由145元/月提升至215元/月。"
        "\n\n2023年是极不平凡的一年，实现GDP增长3.3%，一般公共预算收入增长2.9%，城乡居民人均可支配收入分别增长4.3%和7.1%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "gdp": (D("3.3"), None, None, None, False),
            "budget_revenue": (D("2.9"), None, None, None, False),
            "urban_disposable_income": (D("4.3"), None, None, None, False),
            "rural_disposable_income": (D("7.1"), None, None, None, False),
        },
    ),
    # 鹤壁市 2021 of lawtext/gov: the year's review and the five years' (一、2020年工作回顾及“十三五”主要成就)
    # end at the heading of the plan ahead (二、2035年远景目标及“十四五”时期…), whose goals are no results
    (
        "过去一年，全年地区生产总值增长2%，一般公共预算收入增长2.3%。“十三五”时期，全市经济总量跨上新台阶。\n\n"
        "二、2035年远景目标及“十四五”时期奋斗目标\n\n"
        "居民人均可支配收入增长与经济增长基本同步，社会事业全面发展，城镇调查失业率控制在5.5%以内，"
        "社会消费品零售总额年均增长7.5%左右。",
        {"surveyed_unemployment"},
        {
            "gdp": (D(2), None, None, None, False),
            "budget_revenue": (D("2.3"), None, None, None, False),
        },
    ),
    # 邢台市 2021 (August) of lawtext/gov: a part of the year said with 月份 (1-7月份，…) is not the year
    (
        "1-7月份，一般公共预算收入完成139.7亿元，同比增长19%，较2019年同期增长31.7%，两年平均增速14.7%。",
        {"budget_revenue"},
        {},
    ),
    # 呼和浩特市 2018 of lawtext/gov: one rate for the two parts of one name (城乡…分别增长8%左右) is each's
    (
        "城乡常住居民人均可支配收入分别增长8%左右，高于经济增速。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D(8), None, None, None, True),
            "rural_disposable_income": (D(8), None, None, None, True),
        },
    ),
    # 云浮市 2021 of lawtext/gov: the poor households' income (贫困户人均可支配收入) is a part's
    ("全市有劳动力贫困户人均可支配收入达到15850元，比帮扶前净增342%。", {"disposable_income"}, {}),
    # 郑州市 2012 of lawtext/gov: the trade of the city's firms and those below (市属及以下, 及 no list's) is a
    # part's, and so are the exports of it after 其中
    (
        "市属及以下进出口总额完成153.6亿美元，增长239.5%，其中出口94.1亿美元，增长182.9%。",
        {"foreign_trade", "exports"},
        {},
    ),
    # 泉州市 2021 of lawtext/gov: the rate a part of the year turned to for the whole (由一季度下降10.3%到全年
    # 增长2.9%) is the year's growth
    _one(
        "四季度组织年终冲刺，全市生产总值由一季度下降10.3%到全年增长2.9%。",
        "gdp",
        D("2.9"),
        None,
        None,
        None,
        False,
    ),
    # 银川市 2017 of lawtext/gov: the level expected at the year's end (预计年底达到1580亿元) after the steps passed
    _one(
        "经济总量连续跨越1200亿元至1500亿元四个台阶，预计年底达到1580亿元，是2012年的1.4倍。",
        "gdp",
        None,
        D(1580),
        "亿元",
        None,
        True,
    ),
    # 兰州市 2009 of lawtext/gov: 去年 opening a clause after one opened by an earlier year (2007年实现…后，去年
    # 全市实现生产总值…) gives the year reviewed again
    _one(
        "在经历了“十五”以来主要经济指标低于和部分达到全省平均水平，2022年实现高于全省平均水平后，"
        "去年全市实现生产总值846.28亿元，比上年增长11.51%，增幅分别高于全国、全省2.51和1.41个百分点。",
        "gdp",
        D("11.51"),
        D("846.28"),
        "亿元",
        None,
        False,
    ),
    # 红河哈尼族彝族自治州 2016 of lawtext/gov: a rate of the years' average growth (年均增长15%。) is no level
    # that could choose its sentence over the year's
    (
        "城镇和农村常住居民人均可支配收入分别为26265元、8653元，分别增长10%、12%；城镇居民登记失业率为3.58%。"
        "五年来，城镇常住居民人均可支配收入年均增长15%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D(10), D(26265), "元", None, False),
            "rural_disposable_income": (D(12), D(8653), "元", None, False),
        },
    ),
    # 雅安市 2014 of lawtext/gov: a quarter that opens a sentence (第一季度，…，地区生产总值增长10.7%) gives the
    # quarter's figures; a share of the budget between a revenue and its fall (完成调整预算的104.27%) names nothing
    (
        "第一季度，经济发展呈现良好态势，地区生产总值增长10.7%。"
        "全年实现地区生产总值417.97亿元，增长3.9%；地方公共财政收入22.94亿元，完成调整预算的104.27%，下降24.09%。",
        {"gdp", "budget_revenue"},
        {
            "gdp": (D("3.9"), D("417.97"), "亿元", None, False),
            "budget_revenue": (D("-24.09"), D("22.94"), "亿元", None, False),
        },
    ),
    # 黄石市 2019 of lawtext/gov: 预计 between the names listed and their rates (…人均可支配收入预计分别增长7%和
    # 9.5%左右) is no word of the last name
    (
        "城镇居民、农村居民人均可支配收入预计分别增长7%和9.5%左右。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D(7), None, None, None, True),
            "rural_disposable_income": (D("9.5"), None, None, None, True),
        },
    ),
    # 泸州市 2025 of lawtext/gov: a part of the year that opens the sentence reaches across its ；
    (
        "前三季度，全市实现地区生产总值2044.8亿元、居全省第6位，增长3.7%;城乡居民人均可支配收入分别增长4.5%、6.3%。"
        "1—11月，固定资产投资总量居全省第8位；地方一般公共预算收入206.2亿元、居全省第3位，"
        "其中税收收入117.9亿元、居全省第4位；社会消费品零售总额1231.5亿元，居全省第5位。",
        {"budget_revenue", "disposable_income", "retail_sales"},
        {},
    ),
    # 六安市 2014 of lawtext/gov: the figures after a later year in the clause (到2017年, turned to 2027)
    # are planned, though the name stands before it
    (
        "——推进幸福六安建设。城乡居民收入稳步增长，到2027年分别达到3.12万元、1.15万元，年均分别增长10%、12%，"
        "群众生活水平明显提高。",
        {"disposable_income"},
        {},
    ),
    # 临沂市 2021 of lawtext/gov: the growth after a level risen from a year before the last (从2015年的…,
    # turned to 2018) is of the years since; the level reached is the year's
    _one(
        "人均GDP从2018年的3.5万元增加到2023年的4.4万元，增长26.8%；城镇居民人均可支配收入39466元。",
        "per_capita_gdp",
        None,
        D("4.4"),
        "万元",
        None,
        False,
    ),
    # 江西 2011: a rate raised to the year's level (提高到2010年的44.8%, turned to 2023) is its level, so
    # that a since-clause keeps it
    _one(
        "城镇化率由2018年的37.1%提高到2023年的44.8%。",
        "urbanization_rate",
        None,
        D("44.8"),
        "%",
        None,
        False,
    ),
    # 枣庄市 2021 and 开封市 2014 of lawtext/gov: a clause that opens with the years (“十三五”期间, 五年)
    # makes the amounts of the clauses after it, up to the ；, what the years add up to
    (
        "全方位扩大对外开放，352家企业与“一带一路”沿线国家建立贸易往来关系；“十三五”期间进出口总额为102.1亿美元、"
        "年均增长25.3%，实际利用外资7.7亿美元、年均增长26.3%，推动开放型经济实现后发快进。",
        {"foreign_capital", "foreign_trade"},
        {},
    ),
    (
        "深入开展大招商活动，在开封投资的世界及国内500强企业达到43家，五年利用外商直接投资12.4亿美元，"
        "引进省外资金1301亿元，进出口完成16.5亿美元，分别是上一个五年的6.3倍、3.1倍和2.4倍。",
        {"foreign_capital", "foreign_trade", "domestic_capital_inflow"},
        {},
    ),
    # 黑龙江 2008: the last year named (2007年, turned to 2023) or 比上年 ends the years' clauses
    _one(
        "五年来，地区生产总值年均增长11.5%，2023年达到7077.2亿元，比上年增长12.1%。",
        "gdp",
        D("12.1"),
        D("7077.2"),
        "亿元",
        None,
        False,
    ),
    # 大连市 2016 of lawtext/gov: a point after a figure, before a character, ends a sentence (and the
    # reach of its 预计)
    (
        "预计地区生产总值增长4.2%.一般公共预算收入579.9亿元，下降25.7%.固定资产投资4600亿元，下降32.1%."
        "全社会消费品零售总额3050亿元，增长8.5%.",
        {"gdp", "budget_revenue", "fixed_asset_investment"},
        {
            "gdp": (D("4.2"), None, None, None, True),
            "budget_revenue": (D("-25.7"), D("579.9"), "亿元", None, False),
            "fixed_asset_investment": (D("-32.1"), D(4600), "亿元", None, False),
        },
    ),
    # 齐齐哈尔市 2022 of lawtext/gov: an amount before 以上 and the projects it sizes is theirs
    (
        "全力推动省百大项目和市百大产业链项目建设，推进固定资产投资5000万元以上产业项目947个，完成投资832.6亿元。",
        {"fixed_asset_investment"},
        {},
    ),
    # 酒泉市 2023 of lawtext/gov: the town's part of 城乡…分别 holds the first place though the catalogue
    # lacks it
    (
        "全年城镇新增就业1.2万人，城乡低保标准分别提高8%和10%，发放各类困难群众救助补助资金4.1亿元。",
        {"new_urban_jobs", "rural_dibao_standard"},
        {
            "new_urban_jobs": (None, D("1.2"), "万人", None, False),
            "rural_dibao_standard": (D(10), None, None, None, False),
        },
    ),
    # 永州市 2014 of lawtext/gov: a clause is not split inside its brackets (（预计数，下同）)
    (
        "全年地方生产总值完成1163.4亿元（预计数，下同）、增长10%，固定资产投资突破千亿，达到1071.9亿元、增长33.5%。",
        {"gdp", "fixed_asset_investment"},
        {
            "gdp": (D(10), D("1163.4"), "亿元", None, True),
            "fixed_asset_investment": (D("33.5"), D("1071.9"), "亿元", None, True),
        },
    ),
    # 乌海市 2020 of lawtext/gov: 农区常住居民 is the rural one of 城镇和农区
    (
        "城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%，均居全区第7位。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("6.4"), None, None, None, False),
            "rural_disposable_income": (D("10.2"), None, None, None, False),
        },
    ),
    # 毕节市 2022 of lawtext/gov: two amounts listed after two names are theirs in turn, 分别 or not
    # (turned to the years of 2024)
    (
        "我们彻底撕下了绝对贫困标签，城镇和农村居民人均可支配收入从25041元、7668元增加到37016元、12373元，"
        "年均增长8.3%、10.1%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (None, D(37016), "元", None, False),
            "rural_disposable_income": (None, D(12373), "元", None, False),
        },
    ),
    # 松原市 2021 of lawtext/gov: an amount that says which parks are counted (超10亿元的工业集中区) is theirs
    (
        "预计（下同） 地区生产总值保持正增长，全社会固定资产投资同比 （下同） 增长3%左右。"
        "地区生产总值超10亿元的工业集中区、园区达到6个，国际国内500强企业落户数量突破30户。",
        {"gdp"},
        {},
    ),
    # 兰州市 2017 of lawtext/gov: indicators' doubling is of years, and so is the change after it; 宁夏
    # 2010: a doubling of what the catalogue lacks (汽车销售实现翻番) is no such sign
    (
        "固定资产投资、社会消费品零售总额、第三产业增加值、一般公共预算收入、农村居民人均可支配收入实现翻一番，"
        "城镇居民人均可支配收入提高85%。",
        {"urban_disposable_income"},
        {},
    ),
    _one(
        "特色旅游持续升温，会展经济异军突起，汽车销售实现翻番，家电下乡兑付率增幅全国第一，"
        "农村市场消费增速超过城市，全社会消费品零售总额339.3亿元，增长19%。",
        "retail_sales",
        D(19),
        D("339.3"),
        "亿元",
        None,
        False,
    ),
    # 毕节市 2021 of lawtext/gov: the values risen from the end of the plan before (从“十二五”末…) are passed
    # over, as 从 before a figure is
    (
        "城镇和农村居民人均可支配收入从“十二五”末23121元、6945元增加到34274元、11238元，年均增长8.2%、10.1%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (None, D(34274), "元", None, False),
            "rural_disposable_income": (None, D(11238), "元", None, False),
        },
    ),
    # 杭州市 2019 of lawtext/gov: 预计 after the names is none of them
    (
        "城镇和农村居民人均可支配收入预计分别达到6.1万元、3.3万元，增长8.5%和9%左右。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("8.5"), D("6.1"), "万元", None, True),
            "rural_disposable_income": (D(9), D("3.3"), "万元", None, True),
        },
    ),
    # 那曲市 2023 of lawtext/gov: green industry's investment (绿色工业投资) is a part's
    ("绿色工业投资增长132%；农牧业总产值增速11.5%；消费市场企稳回升。", {"industrial_investment"}, {}),
    # 德州市 2016 of lawtext/gov: a bank (进出口银行) is not the trade; 年均 after the names is none of them
    ("国开行、农发行、进出口银行、中国银行等金融机构授信1000亿元支持德州融入京津冀。", {"foreign_trade"}, {}),
    (
        "城乡居民收入差距持续缩小，城镇和农村居民人均可支配收入年均分别增长9%和10%，达到32000元和18000元。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (None, D(32000), "元", None, False),
            "rural_disposable_income": (None, D(18000), "元", None, False),
        },
    ),
    # 南昌市 2022 of lawtext/gov: the income of those lifted out of poverty (脱贫人口) is a part's
    (
        "脱贫攻坚成果巩固拓展，兜底保障、动态监测等机制全面落实，脱贫人口人均可支配收入17292元，增长22.3%。",
        {"disposable_income"},
        {},
    ),
    # 阜阳市 2016 of lawtext/gov: 较快 after the names is none of them
    (
        "城镇、农村常住居民人均可支配收入较快增长，分别达到23450元和9100元。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (None, D(23450), "元", None, False),
            "rural_disposable_income": (None, D(9100), "元", None, False),
        },
    ),
    # 广州市 2021 of lawtext/gov: a clause that opens with a year before the last (2019年, turned to 2022)
    # gives that year's figures, up to the ；; 海南 2006: not where it names the last year too (2000年与2005年
    # 预计数比较, turned to 2012 and 2023)
    ("2022年社会消费品零售总额9552亿元，商品进出口总值突破1万亿元。", {"retail_sales", "foreign_trade"}, {}),
    _one(
        "2012年与2023年预计数比较，全省生产总值由526.2亿元增加到903亿元左右。",
        "gdp",
        None,
        D(903),
        "亿元",
        None,
        True,
    ),
    # 铜陵市 2021 of lawtext/gov: a quarter's fall (一季度下降7.2%) gives way to 预计全年 after it
    _one(
        "全市生产总值一季度下降7.2%，二季度迅速恢复到正增长，预计全年增长3.5%左右。",
        "gdp",
        D("3.5"),
        None,
        None,
        None,
        True,
    ),
    # 杭州市 2016 of lawtext/gov: the year's growth of a name a clause words another way (城镇、农村…)
    # comes before a level the five years' review gives by the catalogue's name
    (
        "坚持民生为本，十件实事全面完成。城镇、农村居民人均可支配收入分别增长8.3%和9.2%，家庭人均收入低于4600元的"
        "贫困现象全面消除。\n五年来，我们坚持以民为先、惠民安民。城镇居民人均可支配收入从30335元提高到48316元，"
        "年均增长9.8%；农村居民人均可支配收入从14778元提高到25719元，年均增长11.7%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "urban_disposable_income": (D("8.3"), None, None, None, False),
            "rural_disposable_income": (D("9.2"), None, None, None, False),
        },
    ),
    # 黔东南州 2014 of lawtext/gov: a count in person-times (接待游客3058.56万人次) holds the first place of
    # a 分别 list, as a count of people does
    _one(
        "全年共接待游客3058.56万人次，旅游总收入254.48亿元，分别增长28%和28.2%。",
        "tourism_revenue",
        D("28.2"),
        D("254.48"),
        "亿元",
        None,
        False,
    ),
    # 宜宾市 2021 of lawtext/gov: a part of the year after GDP's Latin name (GDP一季度) is no part of the name
    _one(
        "全市GDP一季度增长0.3%，上半年增长2.4%，前三季度增长3.3%，全年增长4.6%，增速均居全省第1位。",
        "gdp",
        D("4.6"),
        None,
        None,
        None,
        False,
    ),
    # 宿迁市 2021 of lawtext/gov: 回顾“十三五” opens the review of the five years after the year's, not the
    # plan of the next: the levels it gives for the last year are read
    (
        "一、“十三五”时期经济社会发展取得显著成绩\n2023年是极不平凡的一年，面对百年未有的大疫情和复杂多变的发展形势，"
        "我们统筹推进疫情防控和经济社会发展。\n回顾“十三五”，我们围绕“强富美高”新宿迁建设，坚持四化同步绿色跨越。\n"
        "五年来，我们加速做大总量、提高质量。\n经济总量实现突破。地区生产总值跨过3000亿元大关、预计达3260亿元，五年增长"
        "超千亿，人均地区生产总值连上两个万元台阶、达6.6万元；一般公共预算收入达221.2亿元。",
        {"gdp"},
        {
            "gdp": (None, D(3260), "亿元", None, True),
            "budget_revenue": (None, D("221.2"), "亿元", None, False),
        },
    ),
    # 惠州市 2021 of lawtext/gov: clauses that open with a part of the year and name nothing (上半年收窄至-4.3%)
    # go on with GDP, up to the whole year's figures
    (
        "地区生产总值一季度下降8.7%（同比，下同），上半年收窄至-4.3%，前三季度扭负为正、增长0.3%，全年完成4222亿元，增长1.5%；"
        "地方一般公共预算收入完成412.2亿元，增长2.8%。",
        {"gdp"},
        {
            "gdp": (D("1.5"), D(4222), "亿元", None, False),
            "budget_revenue": (D("2.8"), D("412.2"), "亿元", None, False),
        },
    ),
    # 广州市 2016 of lawtext/gov: 去年 in a clause after 5年来 brings the year reviewed back (its level)
    _one(
        "——经济实力跃上新台阶。5年来，经济保持快速增长，去年地区生产总值1.81万亿元，比上年增长8.4%，较2010年净增7352亿元。",
        "gdp",
        D("8.4"),
        D("1.81"),
        "万亿元",
        None,
        False,
    ),
    # 朝阳市 2014 of lawtext/gov: 预计 after the dashes that open a paragraph heads its sentence
    _one("——预计地区生产总值增长9.5%，总量突破千亿元大关。", "gdp", D("9.5"), None, None, None, True),
    # 秦皇岛市 2021 of lawtext/gov: a part of the year and its words after the name (二季度由负转正、) are
    # no part of it
    _one(
        "地区生产总值二季度由负转正、全年增长4.2%，增速均居全省前三。",
        "gdp",
        D("4.2"),
        None,
        None,
        None,
        False,
    ),
    # 焦作市 2021 of lawtext/gov: a rank (居全省第7位) gives a name no figure, so a clause that words it another
    # way (城镇、农村…分别达34432元、20556元) gives it its level
    (
        "居民人均可支配收入总量居全省第3位，城镇居民人均可支配收入总量居全省第7位，一般公共预算收入增长1.3%。"
        "坚持共建共享，城镇、农村居民人均可支配收入分别达34432元、20556元，年均分别增长6.4%、8.4%。",
        {"urban_disposable_income", "rural_disposable_income"},
        {
            "budget_revenue": (D("1.3"), None, None, None, False),
            "urban_disposable_income": (None, D(34432), "元", None, False),
            "rural_disposable_income": (None, D(20556), "元", None, False),
        },
    ),
    # 威海市 2016, 大连市 2013, 玉林市 2016 of lawtext/gov: a rate kept under a bound (保持在1.53%以下) in the
    # five years' review is the years' bound, as one kept within it is
    (
        "五年来，我们坚持民生优先。\n——常住人口城镇化率由58.2%提高到62.3%；城镇登记失业率保持在1.53%以下；民生支出占"
        "财政支出比重由79.5%提高到83.1%。\n各位代表！刚刚过去的一年，全市生产总值增长8.5%。",
        {"registered_unemployment"},
        {"gdp": (D("8.5"), None, None, None, False)},
    ),
    # 贵阳市 2016 of lawtext/gov: a paragraph of the year's review that names the plan ended (确保了“十二五”胜利收官,
    # turned to 十三五 for a report of 2024) does not open the plan of the five years ahead
    (
        "“十三五”时期是我市奋力后发赶超、综合实力大提升的五年。全社会固定资产投资从1019.1亿元提升到4015亿元。\n"
        "刚刚过去的2023年，我们积极适应经济发展新常态，完成年初确定的主要目标任务。\n一年来，我们苦干实干、奋力冲刺，"
        "确保了“十三五”胜利收官。预计全年实现生产总值2890.71亿元、增长12.5%，在全国省会城市中经济增速继续位居第一。",
        {"gdp"},
        {"gdp": (D("12.5"), D("2890.71"), "亿元", None, True)},
    ),
    # 贵阳市 2016 of lawtext/gov: a size in a name (500万元口径固定资产投资), as 500万元以上 is, names what the
    # clause gives figures of, not the export named before
    (
        "从三大需求看，投资、消费、出口持续发力，完成500万元口径固定资产投资2757亿元、增长18%。",
        {"exports"},
        {},
    ),
]


@pytest.mark.parametrize(
    ("review", "targeted", "expected"),
    ROUND_SIX_RESULTS + CITY_RESULTS,
    ids=[r for r, _, _ in ROUND_SIX_RESULTS + CITY_RESULTS],
)
def test_city_results(
    bundled: Index, review: str, targeted: set[str], expected: dict[str, tuple[Any, ...]]
) -> None:
    """Each quoted city review sentence gives the results docs/transcribing.md asks of it, and no other."""
    assert _results(bundled, review, targeted) == expected


def test_a_decline_rate_and_a_quota_the_province_controls(bundled: Index) -> None:
    """合肥市 2011 of lawtext/gov: 单位GDP能耗下降率 is the name (its 下降率 no verb), 达到省控目标 a quota met."""
    draft = _drafted(bundled, "人口自然增长率控制在7‰以内，单位GDP能耗下降率及主要污染物减排量达到省控目标。")
    got = [(t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [("energy_intensity", "meet_quota"), ("pollutant_reduction", "meet_quota")]


def test_a_name_that_ends_in_the_economy_keeps_its_verb_out(bundled: Index) -> None:
    """贵阳市 2005 of lawtext/gov: 非公有制经济增长16% is no growth of GDP's (经济增长 holding the verb), but a name unknown."""
    draft = _drafted(bundled, "实际利用外资增长10%；非公有制经济增长16%；城镇居民人均可支配收入增长8%。")
    got = [(t["indicator"], t["indicator_zh"], t["value"]) for t in draft["targets"]]
    assert got[1] == (None, "非公有制经济", D(16))


def test_the_list_ends_at_words_of_purpose_after_it(bundled: Index) -> None:
    """长沙市 2005 of lawtext/gov: 为了完成上述各项预期目标，… ends the list as 为完成 does: no target of 为了."""
    draft = _drafted(
        bundled, "人口自然增长率控制在5‰以内。为了完成上述各项预期目标，必须重点做好八个方面的工作："
    )
    assert [t["indicator"] for t in draft["targets"]] == ["population_growth"]


def test_in_step_achieved_with_no_other_side_is_with_the_economy(bundled: Index) -> None:
    """长春市 2012 of lawtext/gov: 全口径财政收入实现同步增长 is in step with GDP, as 同步增长 alone is."""
    draft = _drafted(bundled, "地区生产总值增长14%左右，全口径财政收入实现同步增长。")
    got = [(t["indicator"], t["kind"], t["qualifiers"], t["against"]) for t in draft["targets"][1:]]
    assert got == [("total_fiscal_revenue", "relative", ["同步"], "gdp")]


def test_foreign_direct_investment_used_by_its_amount(bundled: Index) -> None:
    """哈尔滨市 2009 of lawtext/gov: 实际直接利用外资额 is 实际利用外资, as 实际直接利用外资到位额 is."""
    draft = _drafted(bundled, "市属进出口总额增长15%左右；实际直接利用外资额增长10%左右。")
    assert [t["indicator"] for t in draft["targets"]] == ["foreign_trade", "foreign_capital"]


@pytest.mark.parametrize(
    ("clause", "indicator", "value", "unit"),
    [
        ("贫困发生率下降到8.91%", "poverty_rate", D("8.91"), "%"),  # 黔东南苗族侗族自治州 2018 of lawtext/gov
        ("贫困发生率降到1.3%", "poverty_rate", D("1.3"), "%"),  # gansu 2016
        (
            "亿元生产总值安全事故死亡人数下降到0.79人",
            "work_safety_deaths_per_gdp",
            D("0.79"),
            "人",
        ),  # gansu 2008
    ],
)
def test_a_fall_to_a_figure_is_the_level_it_comes_to(
    bundled: Index, clause: str, indicator: str, value: D, unit: str
) -> None:
    """下降到, 降到 before a figure: the level the indicator comes to, not a fall by it."""
    draft = _drafted(bundled, "地区生产总值增长11%左右，" + clause + "。")
    got = [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in draft["targets"][1:]]
    assert got == [(indicator, "level", value, unit)]


def test_kept_within_the_plan_the_province_sets(bundled: Index) -> None:
    """黔东南苗族侗族自治州 2018 of lawtext/gov: 控制在省下达计划范围内 is within_limit, as 控制在省下达指标以内 is."""
    draft = _drafted(bundled, "森林覆盖率保持在68%左右，节能减排降碳指标控制在省下达计划范围内。")
    got = [(t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [("energy_saving_emission_reduction", "within_limit")]


def test_expected_targets_opened_without_main_beat_the_five_years_before(bundled: Index) -> None:
    """大连市 2008 of lawtext/gov: 经济社会发展预期目标是： (the year's) opens its list as plainly as 主要发展目标是：
    (the five years', 年均 throughout), and its figures are more the year's."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "主要发展目标是：实现地区生产总值年均增长14%以上；万元GDP综合能耗年均降低4%，主要污染物排放总量降低10%；"
        "全社会固定资产投资年均增长16%；社会消费品零售总额年均增长15%。\n\n2008年，是新一届政府的开局之年。"
        "经济社会发展预期目标是：地区生产总值增长15%；万元GDP综合能耗降低4%，主要污染物排放总量降低3%；固定资产投资增长20%。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["value"]) for t in draft["targets"]]
    assert got[:2] == [("gdp", D(15)), ("energy_intensity", D(4))]


def test_a_multiple_of_an_earlier_years_figure_is_no_target(bundled: Index) -> None:
    """海口市 2006 of lawtext/gov: 资金分别是2005年的3.8倍、1.7倍 compares two years, as 较2005年 does."""
    passage = "城镇登记失业率控制在4%以内。2006年政府的投资将向“三农”、民生和环保领域倾斜，安排在这三个领域的资金分别是2005年的3.8倍、1.7倍、3.1倍。"
    assert [t["indicator"] for t in _drafted(bundled, passage)["targets"]] == ["registered_unemployment"]


@pytest.mark.parametrize(
    "clause",
    [
        "单位GDP能耗控制在省上下达的目标内",  # 南平市 2021 of lawtext/gov
        "单位GDP能耗控制在省下达指标以内",  # the form already read
        "单位GDP能耗控制在省定目标以内",  # 酒泉市 2016 (主要污染物排放控制在省定目标以内)
        "单位GDP能耗控制在自治区下达目标范围内",  # 桂林市 2020 (节能减排降碳控制在自治区下达目标范围内)
    ],
)
def test_kept_within_what_the_province_above_sets(bundled: Index, clause: str) -> None:
    """省上下达的目标内, 省定目标以内 are within_limit as 省下达指标以内 is (省上, 省里: the province)."""
    draft = _drafted(bundled, "全市生产总值增长7.5%左右；" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [
        ("energy_intensity", "within_limit")
    ]


@pytest.mark.parametrize(
    "passage",
    [
        "单位生产总值能耗、主要污染物总量和大气、水环境质量完成省下达的目标任务。",  # 茂名市 2018 of lawtext/gov
        "能耗、碳排放强度和污染减排指标控制在国家核定范围内。",  # 山南市 2020; xizang 2019, 2022
    ],
)
def test_pollutants_named_by_their_total_or_without_their_things(bundled: Index, passage: str) -> None:
    """主要污染物总量 and 污染减排指标 are pollutant_reduction, as 主要污染物排放总量 is."""
    draft = _drafted(bundled, passage)
    assert "pollutant_reduction" in [t["indicator"] for t in draft["targets"]]
    assert None not in [t["indicator"] for t in draft["targets"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "市委市政府把全市生产总值增长目标确定为6.5%左右。",  # 青岛市 2020 of lawtext/gov
        "全市经济增长预期目标确定为6.5%左右。",
    ],
)
def test_a_target_set_for_a_name_in_words_of_deciding(bundled: Index, sentence: str) -> None:
    """…把Y增长目标确定为6.5%: the target is Y's growth (把, 确定 are the words of setting it)."""
    got = [
        (t["indicator"], t["kind"], t["value"], t["qualifiers"])
        for t in _drafted(bundled, sentence)["targets"]
    ]
    assert got == [("gdp", "growth", D("6.5"), ["左右"])]


def test_the_word_after_a_quotas_list_is_its_last_names(bundled: Index) -> None:
    """黄山市 2020 of lawtext/gov (完成生态环保、节能减排年度任务): 减排 completes the last name, 节能减排, however the first reads."""
    draft = _drafted(bundled, "完成环境保护、节能减排年度任务。")
    got = [(t["indicator"], t["goal"]) for t in draft["targets"]]
    assert got == [("environment", "meet_quota"), ("energy_saving_emission_reduction", "meet_quota")]


def test_words_said_of_a_name_do_not_carry_it_to_a_later_goal(bundled: Index) -> None:
    """山南市 2020 of lawtext/gov: 全市生态环境总体良好 is said of the environment, which 社会局势和谐稳定's 稳定 does not
    take on; 和谐 is one word, no list's 和."""
    draft = _drafted(bundled, "城镇登记失业率控制在3%以内，全市生态环境总体良好、社会局势和谐稳定。")
    assert [(t["indicator"], t["indicator_zh"]) for t in draft["targets"][1:]] == [(None, "社会局势和谐")]


def test_growth_on_the_same_basis_alone_is_the_name_befores(bundled: Index) -> None:
    """拉萨市 2003 of lawtext/gov: 地方财政收入达到 2.25 亿元，同口径增长 11.5%: the growth is the revenue's, 同口径 no name."""
    draft = _drafted(bundled, "地方财政收入达到 2.25 亿元，同口径增长 11.5%;")
    got = [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"]]
    assert got == [("budget_revenue", "level", D("2.25")), ("budget_revenue", "growth", D("11.5"))]


def test_a_cut_counted_from_an_earlier_year_is_no_target(bundled: Index) -> None:
    """无锡市 2010 of lawtext/gov: 主要污染物排放总量在2005年基础上累计削减32% is of five years, not the year's."""
    draft = _drafted(
        bundled,
        "万元地区生产总值能耗降低4%；主要污染物排放总量在2005年基础上累计削减32%；环境质量综合指数达到90。",
    )
    assert [t["indicator"] for t in draft["targets"]] == ["energy_intensity", "environment"]


def test_pollutant_targets_counted_by_their_number(bundled: Index) -> None:
    """太原市 2012 of lawtext/gov: 六项污染减排指标 is pollutant_reduction, as 四项主要污染物 is."""
    draft = _drafted(
        bundled, "约束性指标是：六项污染减排指标、单位地区生产总值二氧化碳排放量均完成省下达任务。"
    )
    assert [t["indicator"] for t in draft["targets"]] == ["pollutant_reduction", "carbon_intensity"]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 贵阳市 2012 of lawtext/gov: the industries' growths in brackets after GDP's
        (
            "生产总值增长17%（一产增长6%，二产增长20.6%，三产增长15%）；财政总收入增长18%。",
            [
                ("gdp", D(17)),
                ("primary_industry_value_added", D(6)),
                ("secondary_industry_value_added", D("20.6")),
                ("services_value_added", D(15)),
                ("total_fiscal_revenue", D(18)),
            ],
        ),
        # 贵阳市 2011: 其中 in brackets
        (
            "第二产业增长20%（其中规模以上工业增加值增长20%），第三产业增长15%。",
            [
                ("secondary_industry_value_added", D(20)),
                ("industrial_value_added", D(20)),
                ("services_value_added", D(15)),
            ],
        ),
    ],
)
def test_a_breakdown_in_brackets_after_a_figure(
    bundled: Index, passage: str, expected: list[tuple[str, D]]
) -> None:
    """The parts in brackets after a figure are targets of their own."""
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == expected


def test_a_share_of_the_five_years_task_is_no_target_of_the_year(bundled: Index) -> None:
    """哈尔滨市 2011 of lawtext/gov: 削减率达到“十二五”总任务的15% counts against the five years' whole task."""
    draft = _drafted(bundled, "社会消费品零售总额增长15%；主要污染物排放量削减率达到“十二五”总任务的15%。")
    assert [t["indicator"] for t in draft["targets"]] == ["retail_sales"]


def test_a_price_rise_kept_within_points_or_a_range_of_control(bundled: Index) -> None:
    """南昌市 2009 of lawtext/gov: 涨幅控制在4个百分点左右 is a level of 4%, not a change; 兰州市 2012: 保持在国家和省上
    控制范围内 is within_limit."""
    passage = "居民消费价格总水平涨幅控制在4个百分点左右；居民消费价格涨幅保持在国家和省上控制范围内。"
    got = [(t["kind"], t["value"], t["unit"], t["goal"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [("level", D(4), "%", None), ("qualitative", None, None, "within_limit")]


def test_a_plan_named_by_its_outline_alone_is_five_years(bundled: Index) -> None:
    """大连市 2021 of lawtext/gov: 《纲要》提出经济社会发展的主要指标：… are the plan's, as 规划纲要's are; the year's list follows."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "《纲要》提出经济社会发展的主要指标：一是围绕经济发展提出3项指标，地区生产总值年均增长6％以上，全员劳动生产率平均"
        "增长6％，常住人口城镇化率2025年超过80％。二是围绕创新驱动提出3项指标，每万人口高价值发明专利拥有量2025年达到"
        "12.5件，数字经济核心产业增加值占地区生产总值比重12％左右。\n\n全市经济社会发展的主要预期目标是：全市地区生产总值"
        "增长6.5％左右，一般公共预算收入增长1％。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D("6.5")),
        ("budget_revenue", D(1)),
    ]


@pytest.mark.parametrize(
    "goals",
    [
        # 苏州市 2012 of lawtext/gov
        "建议新一届政府任期内经济社会发展的预期目标是：\n\n主要经济指标全国领先。地区生产总值年均增长12%左右，人均达到"
        "2.4万美元左右。地方一般预算收入与地区生产总值基本同步增长。\n\n",
        # 盐城市 2012 of lawtext/gov: a section headed by the new government's goals, of 今后几年
        "**新一届政府工作的总体要求和奋斗目标**\n\n今后几年，是盐城全面建设更高水平小康社会的重要时期。\n\n**主要目标任务是：**"
        "\n\n——县县全面达小康。到2016年，全市二、三产业增加值占地区生产总值的比重达到91%，城市化率提高到65%左右。\n\n",
    ],
)
def test_goals_of_the_governments_term_are_not_the_years(bundled: Index, goals: str) -> None:
    """The goals of a government's term (新一届政府任期内; a section of 新一届政府…奋斗目标, 今后几年) are not the year's."""
    text = _report("").replace("今年经济社会发展的主要预期目标是：", goals)
    with pytest.raises(ReportError):
        extract(text, indicators=bundled.indicators(), regions=bundled.regions())


@pytest.mark.parametrize(
    ("clause", "goal"),
    [
        ("洱海水质总体稳定保持Ⅲ类", "总体稳定保持Ⅲ类"),  # 大理白族自治州 2014 of lawtext/gov
        ("长江、黄河、澜沧江出省境断面水质稳定保持Ⅱ类及以上", "稳定保持Ⅱ类及以上"),  # qinghai 2019
        ("6月底前汾河流域国考断面水体全面消除劣Ⅴ类", "全面消除劣Ⅴ类"),  # shanxi 2020
    ],
)
def test_water_set_a_grade_is_one_target_of_its_words(bundled: Index, clause: str, goal: str) -> None:
    """A grade of water (Ⅱ类, 劣Ⅴ类) is one qualitative water_quality target, its goal the words after 水质/水体."""
    draft = _drafted(bundled, "单位生产总值能耗下降1.5%，" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == [("water_quality", goal)]


@pytest.mark.parametrize(
    ("clause", "qualifiers"),
    [
        ("省下达的节能减排目标任务应确保完成", ["确保"]),  # 福州市 2011 of lawtext/gov
        ("“十二五”节能减排任务全面完成", []),  # 宿迁市 2015
    ],
)
def test_a_quota_said_done_after_its_names(bundled: Index, clause: str, qualifiers: list[str]) -> None:
    """…目标任务应确保完成, …任务全面完成: the names before the task meet their quota."""
    draft = _drafted(bundled, "城镇登记失业率控制在4.5%以内，" + clause + "。")
    got = [(t["indicator"], t["goal"], t["qualifiers"]) for t in draft["targets"][1:]]
    assert got == [("energy_saving_emission_reduction", "meet_quota", qualifiers)]


def test_a_plan_the_province_sets_is_a_quota(bundled: Index) -> None:
    """辽源市 2015 of lawtext/gov: 节能减排确保完成省计划 meets the province's quota (not “十五”计划, a five-year plan)."""
    draft = _drafted(bundled, "城镇化率提高1个百分点；节能减排确保完成省计划；全面完成“十五”计划。")
    got = [(t["indicator"], t["goal"], t["qualifiers"]) for t in draft["targets"][1:]]
    assert got == [("energy_saving_emission_reduction", "meet_quota", ["确保"])]


def test_grows_said_by_zeng_alone(bundled: Index) -> None:
    """保山市 2021 of lawtext/gov: 生产总值同比增9%左右, 存贷款余额分别增5%和15%左右: 增 alone is 增长 (净增 is not:
    固定资产投资净增50亿元 is a level of the investment's increase)."""
    passage = "生产总值同比增9%左右，金融机构存贷款余额分别增5%和15%左右，固定资产投资净增50亿元。"
    got = [
        (t["indicator_zh"], t["indicator"], t["kind"], t["value"])
        for t in _drafted(bundled, passage)["targets"]
    ]
    assert got == [
        ("生产总值", "gdp", "growth", D(9)),
        ("金融机构存款余额", None, "growth", D(5)),
        ("金融机构贷款余额", None, "growth", D(15)),
        ("固定资产投资净增", "fixed_asset_investment_increase", "level", D(50)),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 桂林市 2020 of lawtext/gov
        (
            "现行标准下剩余农村贫困人口全部脱贫、贫困村全部出列",
            [("poverty_reduction", "全部脱贫"), ("poor_villages", "全部出列")],
        ),
        # yunnan 2020, china 2020
        (
            "现行标准下农村贫困人口全部脱贫、贫困县全部摘帽",
            [("poverty_reduction", "全部脱贫"), ("poor_counties", "全部摘帽")],
        ),
    ],
)
def test_the_poor_all_lifted_out_of_poverty(
    bundled: Index, clause: str, expected: list[tuple[str, str]]
) -> None:
    """全部脱贫, 全部摘帽, 全部出列: a goal of the report's own words for each, the poor population's name being
    贫困人口脱贫's (现行标准下, 剩余 are words of which poor)."""
    draft = _drafted(bundled, "城镇化率提高1.1个百分点；" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == expected


def test_names_held_by_their_old_size_thresholds(bundled: Index) -> None:
    """六盘水市 2016 of lawtext/gov: 2000万元以上工业增加值 is 规模以上工业增加值, 500万元以上固定资产投资 the projects'
    investment; their thresholds are no figures, nor is 500万元 a level of the name before."""
    passage = (
        "公共财政预算支出增长15%左右；2000万元以上工业增加值增长10%以上；500万元以上固定资产投资增长20%以上。"
    )
    got = [(t["indicator"], t["kind"], t["value"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("budget_expenditure", "growth", D(15)),
        ("industrial_value_added", "growth", D(10)),
        ("fixed_asset_investment_urban", "growth", D(20)),
    ]


def test_a_further_cut_keeps_falling(bundled: Index) -> None:
    """成都市 2015 of lawtext/gov: 主要污染物排放量进一步减少 is keep_falling, as 进一步降低 is."""
    draft = _drafted(
        bundled, "城镇登记失业率控制在4%以内，万元地区生产总值能耗进一步降低，主要污染物排放量进一步减少。"
    )
    assert [t["goal"] for t in draft["targets"][1:]] == ["keep_falling", "keep_falling"]


def test_a_standard_the_province_sets_is_a_quota(bundled: Index) -> None:
    """四平市 2020 of lawtext/gov: 能源消费总量和单位GDP能耗达到省定标准 meets the province's quota."""
    draft = _drafted(bundled, "社会消费品零售总额增长5%，能源消费总量和单位GDP能耗达到省定标准。")
    got = [(t["indicator_zh"], t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [
        ("能源消费总量", "energy_consumption", "meet_quota"),
        ("单位GDP能耗", "energy_intensity", "meet_quota"),
    ]


def test_a_bare_revenue_with_its_local_part_after_it_is_the_total(bundled: Index) -> None:
    """合肥市 2012 of lawtext/gov: 财政收入增长13%，其中地方财政收入增长11%: the bare 财政收入 is the whole the local
    one is part of, the total fiscal revenue (docs/transcribing.md, names across the years)."""
    found = _drafted(bundled, "生产总值增长10%，财政收入增长13%，其中地方财政收入增长11%。")["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [
        ("gdp", D(10)),
        ("total_fiscal_revenue", D(13)),
        ("budget_revenue", D(11)),
    ]


def test_a_qualifier_opening_the_next_sentence_is_no_garbled_permille(bundled: Index) -> None:
    """西安市 2015 of lawtext/gov: 下降3.7%。以上安排，既是…: the 以上 opens the sentence after the list (no
    ‰ garbled as %。), whose words are no targets."""
    passage = (
        "万元GDP能耗下降3.2%，万元GDP二氧化碳排放下降3.7%。以上安排，既是顺利实现全面建成小康社会目标的需要，"
        "也是在全省发挥支撑和引领作用的要求；同时也是稳定市场预期、提振社会信心，全面完成“十二五”规划的基本保证。"
    )
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["value"], t["qualifiers"], t["wording"]) for t in found] == [
        ("energy_intensity", D("3.2"), [], "万元GDP能耗下降3.2%"),
        ("carbon_intensity", D("3.7"), [], "万元GDP二氧化碳排放下降3.7%"),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "主要污染物削减2.1%",  # 哈尔滨市 2005 of lawtext/gov
        "主要污染物减排2%",  # 大连市 2011 of lawtext/gov
    ],
)
def test_pollutants_cut_by_a_share(bundled: Index, clause: str) -> None:
    """The main pollutants cut (削减, 减排) by a percentage: the fall of pollutant_reduction."""
    found = _drafted(bundled, "地区生产总值增长15%；" + clause + "。")["targets"][1:]
    assert [(t["indicator"], t["kind"]) for t in found] == [("pollutant_reduction", "decline")]


def test_comparisons_with_the_year_before_are_goals_of_their_own(bundled: Index) -> None:
    """枣庄市 2021 of lawtext/gov: 粮食产量和播种面积不低于去年水平; 苏州市 2020: 工业增加值率高于上年: no
    indicator's figure to compare with, the report's own words (as 低于上年水平 is)."""
    found = _drafted(bundled, "粮食产量和播种面积不低于去年水平，工业增加值率高于上年。")["targets"]
    assert [(t["indicator"], t["kind"], t["goal"]) for t in found] == [
        ("grain_output", "qualitative", "不低于去年水平"),
        ("grain_area", "qualitative", "不低于去年水平"),
        ("industrial_value_added_rate", "qualitative", "高于上年"),
    ]


def test_a_comparison_with_gdp_and_the_province(bundled: Index) -> None:
    """商丘市 2014 of lawtext/gov: 增速高于生产总值和全省平均增速2个百分点以上: one comparison with each side."""
    found = _drafted(bundled, "公共财政预算收入增速高于生产总值和全省平均增速2个百分点以上。")["targets"]
    got = [(t["indicator"], t["against"], t["against_region"], t["margin"], t["qualifiers"]) for t in found]
    assert got == [
        ("budget_revenue", "gdp", None, D(2), ["高于", "以上"]),
        ("budget_revenue", None, "parent", D(2), ["高于", "以上"]),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 漯河市 2014 of lawtext/gov
        ("省定节能减排目标全面完成", [("energy_saving_emission_reduction", "meet_quota")]),
        # 呼伦贝尔市 2014 of lawtext/gov; 梧州市 2016
        ("主要约束性指标达到自治区要求", [("binding_indicators", "meet_quota")]),
        ("节能降碳减排等约束性指标达到自治区的要求", [("energy_saving_emission_reduction", "meet_quota")]),
        # 扬州市 2016 of lawtext/gov
        ("居民消费价格指数不高于省定目标", [("cpi", "within_limit")]),
        # 长沙市 2013 of lawtext/gov: 下达 without 的
        ("完成省政府下达主要污染物排放总量减排指标", [("pollutant_reduction", "meet_quota")]),
        # 唐山市 2012 of lawtext/gov: 省达, 省下达 short of its 下
        (
            "万元生产总值能耗降低率、主要污染物排放量降低率均完成省达目标要求",
            [("energy_intensity", "meet_quota"), ("pollutant_reduction", "meet_quota")],
        ),
        # 长沙市 2012 of lawtext/gov; 福州市 2014: 等…指标, 等…任务 after the last name
        (
            "化学需氧量、二氧化硫、氨氮、氮氧化物等减排指标完成省下达任务",
            [
                (k, "meet_quota")
                for k in ("cod_emissions", "so2_emissions", "ammonia_nitrogen_emissions", "nox_emissions")
            ],
        ),
        (
            "完成单位生产总值能耗、二氧化硫、氮氧化物等年度节能减排任务",
            [(k, "meet_quota") for k in ("energy_intensity", "so2_emissions", "nox_emissions")],
        ),
    ],
)
def test_quotas_said_other_ways(bundled: Index, clause: str, expected: list[tuple[str, str]]) -> None:
    """A quota met (meet_quota) or a limit kept (within_limit), as city reports word them."""
    found = _drafted(bundled, "地区生产总值增长8%，" + clause + "。")["targets"][1:]
    assert [(t["indicator"], t["goal"]) for t in found] == expected


def test_each_part_of_a_safety_clause_its_own_verb(bundled: Index) -> None:
    """镇江市 2021 of lawtext/gov: 杜绝重特大生产安全事故、严控较大生产安全事故: eliminate, then strict_control."""
    found = _drafted(bundled, "杜绝重特大生产安全事故、严控较大生产安全事故，杜绝重特大、较大生产安全事故。")[
        "targets"
    ]
    assert [(t["indicator"], t["goal"]) for t in found] == [
        ("major_accidents", "eliminate"),
        ("serious_accidents", "strict_control"),
        ("major_accidents", "eliminate"),
        ("serious_accidents", "eliminate"),
    ]


def test_a_figure_before_a_name_is_not_the_last_names(bundled: Index) -> None:
    """锦州市 2014 of lawtext/gov: 全年 95%以上天数空气质量达到国家二级标准 counts days of the air, not the
    consumer prices of the clause before: no target of cpi (力争9% after GDP's still is GDP's)."""
    passage = "居民消费价格总水平涨幅控制在全省平均水平以下，全年 95%以上天数空气质量达到国家二级标准；地区生产总值增长8.5%，力争9%。"
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("cpi", None),
        ("gdp", D("8.5")),
        ("gdp", D(9)),
    ]
    assert "全年 95%以上天数空气质量达到国家二级标准" in draft["unread"]


def test_funds_with_a_size_a_little_growth_and_a_rise_to(bundled: Index) -> None:
    """赣州市 2020 of lawtext/gov: 实际利用省外2000万元以上资金 is the funds from outside the province (the size
    no figure), 出口总额小幅增长 a goal of its own words; 舟山市 2021: 研发经费投入强度增至1.8% its level."""
    passage = "实际利用省外2000万元以上资金增长8%左右，出口总额小幅增长，研发经费投入强度增至1.8%。"
    got = [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("domestic_capital_inflow", "growth", D(8), None),
        ("exports", "qualitative", None, "小幅增长"),
        ("rd_intensity", "level", D("1.8"), None),
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # guangxi 2023: 力争 before a name the catalogue has another way (城镇新增就业)
        ("地区生产总值增长5%；力争新增城镇就业30万人。", [("gdp", "growth"), ("new_urban_jobs", "level")]),
        # jilin 2014: 4项 counts the names before it, no figure
        (
            "化学需氧量、氨氮、氮氧化物、二氧化硫排放量4项主要污染物减排达到国家控制目标。",
            [
                (k, "qualitative")
                for k in ("cod_emissions", "ammonia_nitrogen_emissions", "nox_emissions", "so2_emissions")
            ],
        ),
        # 大连市 2021 of lawtext/gov
        (
            "单位地区生产总值能源消耗、单位地区生产总值二氧化碳排放、空气质量优良天数比率、"
            "地表水达到或好于Ⅲ类水体比例4项指标完成省下达任务要求。",
            [
                (k, "qualitative")
                for k in ("energy_intensity", "carbon_intensity", "good_air_days", "surface_water_quality")
            ],
        ),
        # ningxia 2019: 四项主要污染物 opening the clause is the name
        ("四项主要污染物指标完成国家下达任务。", [("pollutant_reduction", "qualitative")]),
    ],
)
def test_counts_and_verbs_before_names(bundled: Index, passage: str, expected: list[tuple[str, str]]) -> None:
    """A name after 力争 that opens with its verb is the clause's; 4项 after a list counts its names."""
    assert [(t["indicator"], t["kind"]) for t in _drafted(bundled, passage)["targets"]] == expected


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("研发与试验发展经费支出与地区生产总值之比3.6%左右", "rd_intensity"),  # 杭州市 2021 of lawtext/gov
        ("空气优良天数占比80%以上", "good_air_days"),  # 鄂州市 2020
        ("农牧村居民家庭人均纯收入5027元", "rural_net_income"),  # 甘南藏族自治州 2014
        ("外贸自营进出口增长15%", "foreign_trade"),  # 宁波市 2003
        ("外贸自营出口增长3%左右", "exports"),  # 大连市 2015
        ("出口额增长9%", "exports"),  # 舟山市 2021
        ("实际外商直接投资增长15%", "foreign_capital"),  # 襄阳市 2016
        ("对外贸易总额增长2.5%左右", "foreign_trade"),  # 青岛市 2016
        ("全社会消费品零售额增长13%", "retail_sales"),  # 大连市 2007
    ],
)
def test_names_city_reports_word_another_way(bundled: Index, clause: str, indicator: str) -> None:
    """Names of city reports for indicators the catalogue holds under others (研发与试验发展 for 研究与试验发展,
    与地区生产总值之比 for 占…比重, 占比 for 比例, 农牧村 for 农村, 自营 trade, 出口额, 实际外商直接投资)."""
    found = _drafted(bundled, "地区生产总值增长8%，" + clause + "。")["targets"][1:]
    assert [t["indicator"] for t in found] == [indicator]


def test_a_margin_in_words_and_a_quota_of_the_province_above(bundled: Index) -> None:
    """宝鸡市 2014 of lawtext/gov: 高于全省两个百分点 (a margin of 2 in words); 平凉市 2016: 完成省上控制指标 meets
    the quota; 大理白族自治州 2014: 有 5个月以上达到Ⅱ类 names no indicator (有), and 5个月 is a span."""
    passage = (
        "生产总值增速高于全省两个百分点、达到13%左右；单位生产总值能耗和主要污染物排放完成省上控制指标；"
        "洱海水质总体稳定保持Ⅲ类，有 5个月以上达到Ⅱ类。"
    )
    draft = _drafted(bundled, passage)
    got = [
        (t["indicator"], t["kind"], t["value"], t["margin"], t["against_region"], t["goal"])
        for t in draft["targets"]
    ]
    assert got == [
        ("gdp", "relative", None, D(2), "parent", None),
        ("gdp", "growth", D(13), None, None, None),
        ("energy_intensity", "qualitative", None, None, None, "meet_quota"),
        ("pollutant_reduction", "qualitative", None, None, None, "meet_quota"),
        ("water_quality", "qualitative", None, None, None, "总体稳定保持Ⅲ类"),
    ]
    assert "有 5个月以上达到Ⅱ类" in draft["unread"]


def test_the_city_governments_own_part_and_all_tasks_are_no_targets(bundled: Index) -> None:
    """大连市 2015 of lawtext/gov: 其中市本级一般公共预算收入与GDP同步增长 is the city government's own part, not
    the region's; 呼和浩特市 2017: 全面完成自治区下达的各项工作任务, 乐山市 2021: 全面完成省下达的各项目标任务 name no
    indicator (but 完成自治区下达的各项约束性指标, 固原市 2020, is the binding indicators')."""
    passage = (
        "一般公共预算收入实现正增长，其中市本级一般公共预算收入与GDP同步增长，城乡居民可支配收入分别增长9%和10%，"
        "全面完成自治区下达的各项工作任务；全面完成省下达的各项目标任务；完成自治区下达的各项约束性指标。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == [
        "budget_revenue",
        "urban_disposable_income",
        "rural_disposable_income",
        "binding_indicators",
    ]
    assert "其中市本级一般公共预算收入与GDP同步增长" in draft["unread"]


def test_deaths_per_gdp_kept_strictly_within_the_provinces_limit(bundled: Index) -> None:
    """太原市 2009 of lawtext/gov: 亿元地区生产总值安全生产事故死亡人数等安全生产指标严格控制在省核定的控制目标之内
    (安全生产事故 for 生产安全事故; 严格 before 控制在; 之内 for 以内)."""
    found = _drafted(
        bundled,
        "城镇登记失业率控制在4.2%以内；亿元地区生产总值安全生产事故死亡人数等安全生产指标严格控制在省核定的控制目标之内。",
    )["targets"][1:]
    assert [(t["indicator"], t["goal"]) for t in found] == [("work_safety_deaths_per_gdp", "within_limit")]


def test_goals_of_a_later_year_are_not_the_years(bundled: Index) -> None:
    """盐城市 2012 of lawtext/gov (a term's first report, in June, with no list for the year): 到2016年，全市人均
    地区生产总值接近…，…城市化率提高到65%左右 are the goals of 2016, to the sentence's end, not 2012's (到2024年底,
    in the report of 2024, is its own year)."""
    passage = (
        "地区生产总值增长8%，到2024年底，城镇新增就业10万人，"
        "到2026年，全市人均地区生产总值接近东部沿海省份平均水平，城市化率提高到65%左右。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == ["gdp", "new_urban_jobs"]
    assert "城市化率提高到65%左右" in draft["unread"]


def test_the_main_indicators_compared_are_not_the_last_ones(bundled: Index) -> None:
    """盘锦市 2016 of lawtext/gov: 确保主要指标增速高于全省平均水平 compares the main indicators, not the rural
    income named before it (力争与经济增长同步 after names is still theirs); 白城市 2025's 其他主要指标 are
    the main economic indicators too."""
    passage = "农村常住居民人均可支配收入增长9%。确保主要指标增速高于全省平均水平。"
    draft = _drafted(bundled, passage)
    got = [(t["indicator"], t["kind"], t["against_region"]) for t in draft["targets"]]
    assert got == [
        ("rural_disposable_income", "growth", None),
        ("main_economic_indicators", "relative", "parent"),
    ]


def test_figures_respectively_of_the_clauses_before(bundled: Index) -> None:
    """拉萨市 2003 of lawtext/gov: 农牧民人均纯收入达到 2180 元，城镇居民年人均可支配收入达到 8800 元，分别增长10.39%和
    8.92%: the growths are each name's in turn, not both the last's."""
    passage = "农牧民人均纯收入达到 2180 元，城镇居民年人均可支配收入达到 8800 元，分别增长10.39%和8.92%;城镇登记失业率控制在 4%以下。"
    got = [(t["indicator"], t["kind"], t["value"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("rural_net_income", "level", D(2180)),
        ("urban_disposable_income", "level", D(8800)),
        ("rural_net_income", "growth", D("10.39")),
        ("urban_disposable_income", "growth", D("8.92")),
        ("registered_unemployment", "level", D(4)),
    ]


def test_a_comparison_with_the_autonomous_region_and_a_measure_without_one_off_items(bundled: Index) -> None:
    """呼和浩特市 2020 of lawtext/gov: 固定资产投资增速不低于自治区平均水平 compares with the parent region; 湛江市
    2018: 一般公共预算收入剔除一次性因素，可比增长10% is one growth target (剔除… is no goal of its own)."""
    passage = "固定资产投资增速不低于自治区平均水平；一般公共预算收入剔除一次性因素，可比增长10%；居民人均可支配收入增长7.5%左右。"
    got = [
        (t["indicator"], t["kind"], t["value"], t["against_region"])
        for t in _drafted(bundled, passage)["targets"]
    ]
    assert got == [
        ("fixed_asset_investment", "relative", None, "parent"),
        ("budget_revenue", "growth", D(10), None),
        ("disposable_income", "growth", D("7.5"), None),
    ]


def test_a_quota_met_as_the_autonomous_region_hands_it_down(bundled: Index) -> None:
    """南宁市 2014 of lawtext/gov: …氮氧化物排放量按自治区下达的目标完成；城镇化率59.2%: five quotas met, and
    the urbanization rate's figure its own, not theirs."""
    passage = "万元生产总值能耗、化学需氧量排放量、二氧化硫排放量、氨氮排放量、氮氧化物排放量按自治区下达的目标完成；城镇化率59.2%。"
    got = [(t["indicator"], t["goal"], t["value"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        *[
            (k, "meet_quota", None)
            for k in (
                "energy_intensity",
                "cod_emissions",
                "so2_emissions",
                "ammonia_nitrogen_emissions",
                "nox_emissions",
            )
        ],
        ("urbanization_rate", None, D("59.2")),
    ]


def test_town_and_country_figures_in_turn_without_respectively(bundled: Index) -> None:
    """绵阳市 2022 of lawtext/gov: 城乡居民人均可支配收入增长8%、9%: the two figures, set by 、 as by 和, are the
    urban income's and the rural one's."""
    passage = "城乡居民人均可支配收入增长8%、9%，常住人口城镇化率同比提高1.5个百分点。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [
        ("urban_disposable_income", D(8)),
        ("rural_disposable_income", D(9)),
        ("urbanization_rate", D("1.5")),
    ]


def test_sentences_of_the_list_after_a_goal_in_step_with_the_province(bundled: Index) -> None:
    """永州市 2025 of lawtext/gov: the list goes on after 城镇调查失业率与全省保持一致。, a target (一致, in step
    with the province), to the sentence after it."""
    passage = (
        "进出口总额增长6%。居民收入增速高于经济增速，农村居民收入增速高于城镇居民收入增速。"
        "城镇调查失业率与全省保持一致。节能减排和碳排放强度下降完成省定任务。"
    )
    got = [(t["indicator"], t["goal"] or t["kind"]) for t in _drafted(bundled, passage)["targets"][3:]]
    assert got == [
        ("surveyed_unemployment", "relative"),
        ("energy_saving_emission_reduction", "meet_quota"),
        ("carbon_intensity", "meet_quota"),
    ]


def test_carbon_emissions_per_unit_of_output(bundled: Index) -> None:
    """兰州市 2026 of lawtext/gov: 单位生产总值碳排放 is 单位地区生产总值二氧化碳排放 (碳排放 is its short name
    wherever it stands, not only first)."""
    draft = _drafted(
        bundled, "地区生产总值增长5.5%左右；单位生产总值碳排放和主要污染物排放完成省上下达目标。"
    )
    got = [(t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [("carbon_intensity", "meet_quota"), ("pollutant_reduction", "meet_quota")]


@pytest.mark.parametrize(
    ("clause", "indicator"),
    [
        ("环境空气质量稳居全国168个重点城市前列", "air_quality"),  # 惠州市 2023 of lawtext/gov
        ("空气质量位居全国74个重点城市前列", "air_quality"),  # 福州市 2016 of lawtext/gov (a task's words)
    ],
)
def test_how_many_a_rank_is_among_is_no_figure(bundled: Index, clause: str, indicator: str) -> None:
    """惠州市 2023 of lawtext/gov: 稳居全国168个重点城市前列 ranks among 168 cities; 168 is no level of it (nor 74
    of 福州市's 位居全国74个重点城市前列, 位居 saying where it stands as 稳居 does)."""
    found = _drafted(bundled, "地区生产总值增长7%以上；" + clause + "。")["targets"][1:]
    assert [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in found] == [
        (indicator, "qualitative", None, "top_rank")
    ]


def test_yiji_joins_two_names_as_one_word(bundled: Index) -> None:
    """石嘴山市 2025 of lawtext/gov: …先行区各项指标以及节能减排、安全生产等约束性指标: 以及 is one word between two
    names, whose 以 is no part of the name before."""
    passage = "社会消费品零售总额增长4%；完成自治区下达的黄河流域生态保护和高质量发展先行区各项指标以及节能减排、安全生产等约束性指标。"
    names = [t["indicator_zh"] for t in _drafted(bundled, passage)["targets"][1:]]
    assert names == ["黄河流域生态保护", "高质量发展先行区各项指标", "节能减排", "安全生产"]


def test_price_control_is_consumer_prices(bundled: Index) -> None:
    """达州市 2022 of lawtext/gov: 完成省上下达的物价调控、节能降碳目标任务: 物价调控 is the control of 物价 (调控 a
    word after the name, as 指标 is), cpi."""
    found = _drafted(bundled, "城镇调查失业率控制在5.5%以内，完成省上下达的物价调控、节能降碳目标任务。")[
        "targets"
    ]
    got = [(t["indicator"], t["goal"]) for t in found[1:]]
    assert got == [("cpi", "meet_quota"), ("energy_saving_emission_reduction", "meet_quota")]


def test_invention_patents_without_yongyou(bundled: Index) -> None:
    """惠州市 2024 of lawtext/gov: 万人发明专利量23.8件 is 万人发明专利拥有量 (拥有 left out)."""
    found = _drafted(bundled, "全社会研发经费投入占地区生产总值比重3.5%；万人发明专利量23.8件。")["targets"]
    assert [(t["indicator"], t["value"], t["unit"]) for t in found] == [
        ("rd_intensity", D("3.5"), "%"),
        ("invention_patents", D("23.8"), "件"),
    ]


def test_basically_kept_in_step(bundled: Index) -> None:
    """昌吉回族自治州 2023 of lawtext/gov: 城乡居民人均可支配收入与GDP增长基本保持同步: 基本 before 保持 is the
    relation's, 基本同步, and GDP增长 the other side (the target was dropped, its other side unknown)."""
    passage = "外贸进出口总额同比增长20%左右，城乡居民人均可支配收入与GDP增长基本保持同步。"
    found = _drafted(bundled, passage)["targets"][1:]
    got = [(t["indicator"], t["kind"], t["against"], t["qualifiers"]) for t in found]
    assert got == [("disposable_income", "relative", "gdp", ["基本同步"])]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # 长沙市 2012 of lawtext/gov
        (
            "化学需氧量、二氧化硫、氨氮、氮氧化物等减排指标完成省下达任务",
            [
                ("cod_emissions", "meet_quota"),
                ("so2_emissions", "meet_quota"),
                ("ammonia_nitrogen_emissions", "meet_quota"),
                ("nox_emissions", "meet_quota"),
            ],
        ),
        # 邯郸市 2021 of lawtext/gov
        (
            "化学需氧量、氮氧化物等主要污染物排放量完成省定目标",
            [("cod_emissions", "meet_quota"), ("nox_emissions", "meet_quota")],
        ),
        # 黔西南布依族苗族自治州 2023 of lawtext/gov: 4项 counts the things, it is no figure
        ("氮氧化物等4项主要污染物下降比例控制在省下达的目标以内", [("nox_emissions", "within_limit")]),
    ],
)
def test_things_listed_before_etc_and_their_kind(
    bundled: Index, clause: str, expected: list[tuple[str, str]]
) -> None:
    """X、Y等减排指标, X等4项主要污染物: the things listed are the targets; the words of their kind after 等 name nothing more."""
    draft = _drafted(bundled, "单位地区生产总值综合能耗下降3.5%；" + clause + "。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"][1:]] == expected


def test_targets_introduced_as_a_proposal_with_a_name_missing_its_last_word(bundled: Index) -> None:
    """武汉市 2008 of lawtext/gov: 主要预期目标和约束指标的建议是：opens the list, and 生产总 (without 值) is GDP."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "对今年经济社会发展主要预期目标和约束指标的建议是：生产总增长13%，财政收入增长15.5%，万元生产总值能耗下降4.5%。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D(13)),
        ("budget_revenue", D("15.5")),
        ("energy_intensity", D("4.5")),
    ]


def test_years_that_end_a_target_are_its_level(bundled: Index) -> None:
    """安顺市 2023 of lawtext/gov: 劳动年龄人口平均受教育年限达10.1年 is a level of 10.1 年 (years, not a date:
    a figure and 年 end the predicate), not the words 达10.1年; 15年免费教育 stays a span."""
    passage = "劳动年龄人口平均受教育年限达10.1年；人均预期寿命达76.2岁；深化民族地区15年免费教育。"
    found = _drafted(bundled, passage)["targets"]
    got = [(t["indicator_zh"], t["kind"], t["value"], t["unit"]) for t in found]
    assert got == [
        ("劳动年龄人口平均受教育年限", "level", D("10.1"), "年"),
        ("人均预期寿命", "level", D("76.2"), "岁"),
    ]


def test_funds_from_outside_the_province_by_project_size(bundled: Index) -> None:
    """赣州市 2022 of lawtext/gov (and other Jiangxi cities, 新余市 2022, 鹰潭市 2022): 实际利用省外2000万元以上项目
    资金 is the funds from outside the province, counted by projects of a size."""
    passage = "实际利用外资增长7%左右，实际利用省外2000万元以上项目资金增长8.5%左右。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [
        ("foreign_capital", D(7)),
        ("domestic_capital_inflow", D("8.5")),
    ]


def test_own_words_after_a_name_and_its_rate_of_fall(bundled: Index) -> None:
    """新乡市 2022 of lawtext/gov: 单位GDP能耗降低率与“十四五”控制目标统筹衔接 is energy intensity's own goal, as
    许昌市 2023's 单位生产总值能耗与“十四五”控制目标统筹衔接 is (降低率 a word of the name, not of the goal)."""
    passage = "CPI涨幅3%左右，单位GDP能耗降低率与“十四五”控制目标统筹衔接，货物进出口总额增长12%以上。"
    found = _drafted(bundled, passage)["targets"]
    got = [(t["indicator"], t["goal"]) for t in found]
    assert got == [("cpi", None), ("energy_intensity", "与“十四五”控制目标统筹衔接"), ("foreign_trade", None)]


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            "全省地区生产总值增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5%，"
            "总量达到14274.1亿元。",
            {"gdp": (D("6.5"), D("14274.1"), "亿元", None, False)},
        ),
        (
            "2023年，全省地区生产总值一季度、上半年、前三季度分别增长2.5%、2.7%、2.8%，全年增长3.1%；"
            "固定资产投资一季度、上半年、前三季度分别增长8.3%、12.8%、13.5%，全年增长14.8%。",
            {
                "gdp": (D("3.1"), None, None, None, False),
                "fixed_asset_investment": (D("14.8"), None, None, None, False),
            },
        ),
    ],
)
def test_the_whole_year_of_parts_of_the_year_given_in_turn(
    bundled: Index, review: str, expected: dict[str, tuple[Any, ...]]
) -> None:
    """吉林 2016 and 山西 2016 (its 2015年 as this report's year reviewed): of growth rates given in turn to
    parts of the year (一季度、上半年、前三季度和全年分别增长…), the result is the whole year's, whether in
    the list or in the clause after it."""
    assert _results(bundled, review, None) == expected


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        ("全市生产总值在上年增长 15.7%的基础上又增长14.5%。", {"gdp": (D("14.5"), None, None, None, False)}),
        (
            "全社会固定资产投资在2009年完成5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元、增长28%。",
            {"fixed_asset_investment": (D(28), D(7300), "亿元", None, False)},
        ),
        (
            "全省生产总值增长10%，二氧化硫、化学需氧量等主要污染物减排完成全年目标任务，11个重点城市空气质量进一步改善，"
            "在前3年每年完成400多万亩营造林的基础上，去年又完成453万亩，森林覆盖率明显提高。",
            {
                "gdp": (D(10), None, None, None, False),
                # …主要污染物减排完成全年目标任务: a result in words (stated met), no figure
                "so2_emissions": (None, None, None, None, False),
                "cod_emissions": (None, None, None, None, False),
            },
        ),
    ],
)
def test_the_base_a_result_stands_on_is_not_the_result(
    bundled: Index, review: str, expected: dict[str, tuple[Any, ...]]
) -> None:
    """天津 2006 and 山西 2012: the figures of 在…的基础上 are an earlier year's, the result the one after
    (又增长14.5%; 去年又完成7300亿元); 453万亩 of forest is no level of an emission, measured in 万吨 (山西
    2012's words, after a GDP clause so that the sentence is read)."""
    targeted = {"gdp", "fixed_asset_investment", "so2_emissions", "cod_emissions"}
    assert _results(bundled, review, targeted) == expected


def test_a_growth_rate_reached_and_a_slight_fall(bundled: Index) -> None:
    """甘肃 2013 and 海南 2026: 增幅均达到15% is a growth rate (not a level reached, as 提高到45% is); CPI微降0.1%
    is the prices' fall, a level of -0.1%."""
    review = "全年地区生产总值增长5%，城乡居民收入增幅均达到15%，CPI微降0.1%。"
    assert _results(bundled, review, None) == {
        "gdp": (D(5), None, None, None, False),
        "disposable_income": (D(15), None, None, None, False),
        "urban_disposable_income": (D(15), None, None, None, False),
        "rural_disposable_income": (D(15), None, None, None, False),
        "cpi": (None, D("-0.1"), "%", None, False),
    }


def test_a_full_stop_typed_for_a_decimal_point(bundled: Index) -> None:
    """湖南 2003: 财政总收入增长9。5％ is a growth of 9.5%, quoted as the text types it, not 9 and a clause 5％."""
    passage = "国内生产总值增长9％；财政总收入增长9。5％；城镇新增就业和再就业人员50万人。"
    got = [(t["indicator"], t["value"], t["wording"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("gdp", D(9), "国内生产总值增长9％"),
        ("total_fiscal_revenue", D("9.5"), "财政总收入增长9。5％"),
        ("urban_jobs_and_reemployment", D(50), "城镇新增就业和再就业人员50万人"),
    ]


def test_a_growth_rate_reached_is_the_sentence_of_the_result(bundled: Index) -> None:
    """甘肃 2013: 城乡居民收入增幅均达到15% gives the incomes' growth in the last year's review, so the
    five years' 城镇居民人均可支配收入由10012元增加到17237元 before it is not taken for the year's result."""
    review = (
        "五年来，城镇居民人均可支配收入由10012元增加到17237元。"
        "刚刚过去的2023年，地区生产总值增长8%，城乡居民收入增幅均达到15%。"
    )
    got = _results(bundled, review, {"gdp", "urban_disposable_income"})
    assert got["gdp"] == (D(8), None, None, None, False)
    assert got["urban_disposable_income"] == (D(15), None, None, None, False)  # (each of the two's: 增幅均)


def test_a_step_passed_then_the_level_reached(bundled: Index) -> None:
    """山西 2022: 全年GDP增长9.1%，总量跨过2万亿元大关，达到2.259万亿元 gives the level reached (跨过 a bound, as
    跨越 and 突破 are, which the exact level after it replaces)."""
    review = "全年GDP增长9.1%，总量跨过2万亿元大关，达到2.259万亿元。"
    assert _results(bundled, review, None) == {"gdp": (D("9.1"), D("2.259"), "万亿元", None, False)}
    assert _results(bundled, "全省地区生产总值跨过2万亿元大关。", None) == {
        "gdp": (None, D(2), "万亿元", None, False)
    }


def test_a_verb_inside_a_value_addeds_name(bundled: Index) -> None:
    """甘肃 2011: 规模以上工业完成增加值1350亿元，增长16% is industry's value added, its verb inside its name, as a
    target's 规模以上工业实现增加值增长10% is."""
    review = "预计全省规模以上工业完成增加值1350亿元，增长16%。"
    assert _results(bundled, review, {"gdp", "industrial_value_added"}) == {
        "industrial_value_added": (D(16), D(1350), "亿元", None, True)
    }
    found = _drafted(bundled, "规模以上工业实现增加值增长10%，服务业增加值增长8%。")["targets"]
    assert [(t["indicator"], t["value"]) for t in found] == [
        ("industrial_value_added", D(10)),
        ("services_value_added", D(8)),
    ]


def test_a_years_average_rate(bundled: Index) -> None:
    """广东 2021: 调查失业率全年平均为5.45% is the surveyed rate's level (全年平均为 its predicate, not part of its name)."""
    review = "全年地区生产总值增长2.3%，调查失业率全年平均为5.45%。"
    assert _results(bundled, review, {"gdp", "surveyed_unemployment"}) == {
        "gdp": (D("2.3"), None, None, None, False),
        "surveyed_unemployment": (None, D("5.45"), "%", None, False),
    }


def test_a_bare_output_after_the_grain_named_before_it(bundled: Index) -> None:
    """福建 2024: 全年粮食播种面积1261.7万亩、产量511万吨 gives the grain's output too (产量 of the 粮食 named
    before it in the list), worded from 粮食."""
    review = "全年地区生产总值增长5.5%，全年粮食播种面积1261.7万亩、产量511万吨，3个省级粮库提前建成。"
    assert _results(bundled, review, {"gdp", "grain_area", "grain_output"}) == {
        "gdp": (D("5.5"), None, None, None, False),
        "grain_area": (None, D("1261.7"), "万亩", None, False),
        "grain_output": (None, D(511), "万吨", None, False),
    }


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (  # china 2021
            "全年地区生产总值增长2.3%，年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽。",
            {
                "poverty_reduction": (None, D(551), "万人", None, False),
                "poor_counties": (None, D(52), "个", None, False),
            },
        ),
        (  # guizhou 2017
            "全年地区生产总值增长10.5%，6个贫困县、60个贫困乡镇摘帽，1500个贫困村退出。",
            {
                "poor_counties": (None, D(6), "个", None, False),
                "poor_townships": (None, D(60), "个", None, False),
                "poor_villages": (None, D(1500), "个", None, False),
            },
        ),
    ],
)
def test_poor_places_counted_before_their_noun(
    bundled: Index, review: str, expected: dict[str, tuple[Any, ...]]
) -> None:
    """china 2021 and 贵州 2017: poor counties, townships and villages that left the list are counted before
    their noun (52个贫困县全部摘帽; 6个贫困县、60个贫困乡镇摘帽; 1500个贫困村退出), as the poor lifted are."""
    wanted = {"gdp", "poverty_reduction", "poor_counties", "poor_townships", "poor_villages"}
    got = _results(bundled, review, wanted)
    assert {k: v for k, v in got.items() if k != "gdp"} == expected


def test_a_fall_turned_into_the_years_growth(bundled: Index) -> None:
    """广西 2023: 外贸进出口总额由1月份下降31.1%转为全年增长11.3% gives the year's 11.3%, not January's fall."""
    review = "全年地区生产总值增长2.9%，外贸进出口总额由1月份下降31.1%转为全年增长11.3%。"
    assert _results(bundled, review, {"gdp", "foreign_trade"})["foreign_trade"] == (
        D("11.3"),
        None,
        None,
        None,
        False,
    )


def test_the_whole_region_of_an_autonomous_region_is_the_parent(bundled: Index) -> None:
    """南宁市 2020 of lawtext/gov: 地区生产总值增速高于全区增速0.5个百分点 compares with the autonomous region
    the city is in (全区), as 全省 does with a province."""
    gdp = _drafted(bundled, "地区生产总值增速高于全区增速0.5个百分点，固定资产投资增长10.0%。")["targets"][0]
    assert (gdp["indicator"], gdp["kind"], gdp["against_region"], gdp["margin"]) == (
        "gdp",
        "relative",
        "parent",
        D("0.5"),
    )


def test_figures_in_turn_of_clauses_that_name_two(bundled: Index) -> None:
    """西宁市 2014 of lawtext/gov: 分别增长12.5%、25%和15% are GDP's, the investment's and the income's in turn,
    though the first clause names two (地区生产总值和固定资产投资跨千亿，农民人均纯收入跨万元，…); the income had all three."""
    passage = "地区生产总值和固定资产投资跨千亿，农民人均纯收入跨万元，分别增长12.5%、25%和15%；地方公共财政预算收入增长15%。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["value"]) for t in found if t["kind"] == "growth"] == [
        ("gdp", D("12.5")),
        ("fixed_asset_investment", D(25)),
        ("rural_net_income", D(15)),
        ("budget_revenue", D(15)),
    ]


def test_amounts_of_reduction_and_particles_to_a_quota(bundled: Index) -> None:
    """承德市 2015 of lawtext/gov: in 化学需氧量、…、氮氧化物削减量以及细颗粒物（PM2.5）年均值达到省政府下达的控制目标 削减量 (the
    amount cut) is a word of the name, the 2.5 of PM2.5 no figure, and 达到省政府下达的控制目标 the quota (the
    emissions were each drafted as a decline of 2.5%)."""
    passage = "单位GDP能耗下降3%，化学需氧量、二氧化硫、氨氮、氮氧化物削减量以及细颗粒物（PM2.5）年均值达到省政府下达的控制目标。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in found][:5] == [
        ("energy_intensity", "decline", D(3), None),
        ("cod_emissions", "qualitative", None, "meet_quota"),
        ("so2_emissions", "qualitative", None, "meet_quota"),
        ("ammonia_nitrogen_emissions", "qualitative", None, "meet_quota"),
        ("nox_emissions", "qualitative", None, "meet_quota"),
    ]
    assert all(t["value"] is None for t in found[1:])


def test_dashed_paragraphs_of_a_list_each_headed_by_its_kind(bundled: Index) -> None:
    """常州市 2019 of lawtext/gov: a list set out in paragraphs each opened by a dash and the kind of its
    targets (——经济支撑型指标夯实厚度。…; ——质量结构型指标力求高度。…) is read to its last such paragraph,
    however long each is; the paragraph of work after it is not."""
    text = (
        "——2019年1月8日在测试市第一届人民代表大会上\n\n今年经济社会发展的主要预期目标是：\n\n"
        "——经济支撑型指标夯实厚度。地区生产总值增长7%左右；一般公共预算收入增长6.5%左右；固定资产投资增长7%左右，"
        "制造业占比提高0.5个百分点左右；社会消费品零售总额增长8.5%左右；进出口总额增长3%左右。\n\n"
        "——质量结构型指标力求高度。全社会研发经费占地区生产总值比重达2.83%左右；科技进步贡献率达64%；"
        "高新技术产业产值占比达48%；新增高新技术企业300家；万人发明专利拥有量超35件。\n\n"
        "——民生幸福型指标凸显温度。城镇新增就业与上年保持稳定、力争有所增长，城镇登记失业率控制在3%以内。\n\n"
        "种好幸福树、建好明星城，是推动常州改革开放再出发、实现高质量发展的工作抓手和奋斗指向，"
        "重点抓好以下六个方面的工作：\n"
    )
    found = extract(text, indicators=bundled.indicators(), regions=bundled.regions()).targets
    assert [(t.indicator, t.value or t.goal) for t in found] == [
        ("gdp", D(7)),
        ("budget_revenue", D("6.5")),
        ("fixed_asset_investment", D(7)),
        ("manufacturing_share", D("0.5")),
        ("retail_sales", D("8.5")),
        ("foreign_trade", D(3)),
        ("rd_intensity", D("2.83")),
        ("tech_progress_contribution", D(64)),
        (None, D(48)),
        (None, D(300)),
        ("invention_patents", D(35)),
        ("new_urban_jobs", "stable"),
        ("new_urban_jobs", "positive_growth"),
        ("registered_unemployment", D(3)),
    ]
    assert found[-2].qualifiers == ["力争"]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 常德市 2020 of lawtext/gov: a share of GDP without 比重 after it is the share, not the spending
        (
            "全社会研发经费支出占地区生产总值2.5%，万元GDP能耗降低2.5%。",
            [("rd_intensity", "level", D("2.5")), ("energy_intensity", "decline", D("2.5"))],
        ),
        # 孝感市 2020 of lawtext/gov: a slogan and a word before the colon open the list, and a note
        # that points to an annex is no words of the quota
        (
            "坚持“两保持一优先”定位：地区生产总值增长7.5%左右，地方一般公共预算收入增长6%，"
            "全面完成省下达的节能减排任务（见附件二）。",
            [
                ("gdp", "growth", D("7.5")),
                ("budget_revenue", "growth", D(6)),
                ("energy_saving_emission_reduction", "qualitative", None),
            ],
        ),
        # 太原市 2017 of lawtext/gov: 圆满 is a word of manner before the quota's verb, as 全面 is
        (
            "地区生产总值增长8%左右，圆满完成省下达的约束性指标任务。",
            [("gdp", "growth", D(8)), ("binding_indicators", "qualitative", None)],
        ),
        # 江门市 2016 of lawtext/gov: 预期目标为 without 主要 opens the list, and so does a note of the
        # other targets in an annex end a clause
        (
            "今年全市经济发展的预期目标为生产总值增长9%，一般公共预算收入增长9%（其他指标见附件）。",
            [("gdp", "growth", D(9)), ("budget_revenue", "growth", D(9))],
        ),
        # 泉州市 2021 of lawtext/gov: 出口商品总额 is the exports, as 出口商品总值 is
        (
            "实际利用外资增长7%，出口商品总额增长7%。",
            [("foreign_capital", "growth", D(7)), ("exports", "growth", D(7))],
        ),
        # 本溪市 2014 of lawtext/gov: …各项主要指标的计划安排是： opens the list
        (
            "新一年各项主要指标的计划安排是：全市生产总值增长10%；公共财政预算收入力争增长10%。",
            [("gdp", "growth", D(10)), ("budget_revenue", "growth", D(10))],
        ),
        # 太原市 2005 of lawtext/gov: names whose own words follow them (实现功能区达标) wait for no
        # later figure: the days of the next clause are not the air's
        (
            "人口自然增长率控制在4.5‰以内；大气、水体实现功能区达标，空气质量二级以上天数突破240天。",
            [("population_growth", "level", D("4.5")), (None, "level", D(240))],
        ),
        # 南京市 2014 of lawtext/gov: 三是约束性指标， opens the third part of the list, no target of
        # its own (its binding indicators were given the next clause's growth)
        (
            "地区生产总值增长10.5%左右。三是约束性指标，城市居民人均可支配收入增长11%以上。",
            [("gdp", "growth", D("10.5")), ("urban_disposable_income", "growth", D(11))],
        ),
        # 广安市 2021 of lawtext/gov: 稳定达标 (meet the standard, steadily) is the report's own goal, not
        # 稳定 (stable) with a qualifier 达
        ("城区空气质量稳定达标。", [("air_quality", "qualitative", None)]),
        # 深圳市 2014 of lawtext/gov: 这里需要说明， opens the words after the list (its 10%左右的增速 is
        # GDP's figure again, no target of the consumer prices before it)
        (
            "本市生产总值增长10%左右；居民消费价格涨幅控制在3.5%左右。这里需要说明，10%左右的增速，"
            "是建立在质量提升前提下的速度，也充分考虑了各种潜在风险和挑战。",
            [("gdp", "growth", D(10)), ("cpi", "level", D("3.5"))],
        ),
        # 南京市 2013 of lawtext/gov: 控制在省定标准 is within the province's limit
        ("居民消费价格指数控制在省定标准。", [("cpi", "qualitative", None)]),
        # 唐山市 2016 of lawtext/gov: 需要指出的是， ends the list (the revenue's growth above GDP's said
        # again is no target of its own); 常住人口 takes the tail of 户籍人口城镇化率 it parallels, and 1.9
        # the 个百分点 of 2.2
        (
            "常住人口和户籍人口城镇化率分别提高1.9和2.2个百分点。需要指出的是，一般公共预算收入高于生产总值增幅，"
            "这是指标体系设定的一个重大转变。",
            [
                ("urbanization_rate", "change_pp", D("1.9")),
                ("registered_urbanization_rate", "change_pp", D("2.2")),
            ],
        ),
        # 鞍山市 2020 of lawtext/gov: 高质量 before 完成 names nothing, and all the year's targets are no
        # indicator's quota
        (
            "城乡居民收入增长与经济增长保持同步，高质量完成全面建成小康社会各项预期目标。",
            [("disposable_income", "relative", None)],
        ),
        # 四平市 2021 of lawtext/gov: 市区地方级财政收入 is the revenue of the city's districts, a part of the
        # region's
        (
            "规上工业增加值增长10%，市区地方级财政收入增长5%。",
            [("industrial_value_added", "growth", D(10))],
        ),
    ],
)
def test_city_phrasings_of_round_twelve(
    bundled: Index, passage: str, expected: list[tuple[str | None, str, D | None]]
) -> None:
    """Ways cities word their targets that the grammar read wrongly or not at all (each case names its report)."""
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["kind"], t["value"]) for t in found] == expected
    assert all(t["goal"] != "stable" and "达" not in t["qualifiers"] for t in found)


def test_the_rural_part_of_both_incomes_before_2014_is_net_income(bundled: Index) -> None:
    """湖南 2003 (and 长沙市 2004, 2012 of lawtext/gov): before 2014 the rural part of 城乡居民人均可支配收入分别增长6％和5％
    is the net income, the rural statistic then; a report that names 农村居民人均可支配收入 keeps it."""

    def rural(passage: str) -> list[str | None]:
        text = _report(passage).replace("2024", "2005").replace("2023", "2004")
        draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
        return [t["indicator"] for t in draft["targets"] if "rural" in (t["indicator"] or "")]

    assert rural("国内生产总值增长9％；城乡居民人均可支配收入分别增长6％和5％。") == ["rural_net_income"]
    assert rural("城镇和农村居民人均可支配收入分别增长6％和5％。") == ["rural_disposable_income"]


def test_the_years_rates_in_the_section_of_its_work_without_a_gdp_target(bundled: Index) -> None:
    """china 2020 and 佛山市, 广州市 2020 of lawtext/gov (no GDP target that year): the first sentence of the
    year's work with three bounded rates (two after 今年) is the list, from its first clause with a figure;
    counts of a task (争列省重点项目40个以上, 承德市 2021) are no such rates."""
    head = (
        "一、2019年工作回顾\n\n去年地区生产总值增长6.1%。\n\n二、今年发展主要目标和下一阶段工作总体部署\n\n"
    )
    plan = (
        "综合研判形势，我们对预期目标作了适当调整。今年要优先稳就业保民生，坚决打赢脱贫攻坚战；城镇新增就业900万人以上，"
        "城镇调查失业率6%左右，城镇登记失业率5.5%左右；居民消费价格涨幅3.5%左右；进出口促稳提质。\n"
    )
    draft = extract(head + plan, indicators=bundled.indicators(), regions=bundled.regions())
    assert [(t.indicator, t.value) for t in draft.targets] == [
        ("new_urban_jobs", D(900)),
        ("surveyed_unemployment", D(6)),
        ("registered_unemployment", D("5.5")),
        ("cpi", D("3.5")),
        ("foreign_trade", None),
    ]
    tasks = "（二）着力增投资上项目。争列省重点项目40个以上，实施市重点项目160个以上，重点推进超10亿元项目50个以上。\n"
    draft = extract(head + tasks, indicators=bundled.indicators(), regions=bundled.regions())
    assert draft.targets == []
    assert draft.missing is not None


def test_effort_alone_names_nothing(bundled: Index) -> None:
    """china 2020: 努力完成“十三五”规划目标任务 (the plan's, no indicator) is no target of an indicator named 努力;
    努力完成省下达的节能减排任务 still names its quota's indicator after the verb."""
    passage = "城镇调查失业率6%左右；努力完成“十三五”规划目标任务；努力完成省下达的节能减排任务。"
    found = _drafted(bundled, passage)["targets"]
    assert [(t["indicator"], t["goal"]) for t in found] == [
        ("surveyed_unemployment", None),
        ("energy_saving_emission_reduction", "meet_quota"),
    ]


@pytest.mark.parametrize(
    "clause",
    [
        # 兰州市 2024 of lawtext/gov: names before 等指标, their quota after the comma
        "单位生产总值能耗和主要污染物总量减排等指标，完成国家和省上下达的控制目标",
        # the same names with no 等指标: 和主要污染物总量减排 is a second name, no goal of the first's
        "单位生产总值能耗和主要污染物总量减排，完成国家和省上下达的控制目标",
    ],
)
def test_names_before_a_comma_and_their_quota_after_it(bundled: Index, clause: str) -> None:
    """兰州市 2024 of lawtext/gov: the quota after the comma is the names' before it (控制目标 names nothing)."""
    found = _drafted(bundled, "固定资产投资增长5%左右；" + clause + "。")["targets"]
    assert [(t["indicator"], t["goal"], t["wording"]) for t in found[1:]] == [
        ("energy_intensity", "meet_quota", clause),
        ("pollutant_reduction", "meet_quota", clause),
    ]


def test_market_entities_of_every_kind(bundled: Index) -> None:
    """洛阳市 2023 of lawtext/gov: 新增各类市场主体10万户 is 新增市场主体 (各类, of every kind, names no other)."""
    found = _drafted(bundled, "进出口总值增长3%，新增各类市场主体10万户、规模以上工业企业260家。")["targets"]
    assert [(t["indicator"], t["value"], t["unit"]) for t in found[:2]] == [
        ("foreign_trade", D(3), "%"),
        ("new_market_entities", D(10), "万户"),
    ]


def test_growth_above_a_places_average(bundled: Index) -> None:
    """葫芦岛市 2025 of lawtext/gov: 外贸进出口总额增速超过全省平均水平 is a relative target, above the province
    (超过 drafted as the format's 高于), as 高于全省平均水平 is; 超过 before a figure still bounds it."""
    passage = "外贸进出口总额增速超过全省平均水平；一般公共预算收入超过100亿元。"
    found = _drafted(bundled, passage)["targets"]
    got = [(t["indicator"], t["kind"], t["qualifiers"], t["against_region"]) for t in found]
    assert got == [
        ("foreign_trade", "relative", ["高于"], "parent"),
        ("budget_revenue", "level", ["超过"], None),
    ]


def test_a_clause_naming_nothing_shares_the_wording_of_the_clause_whose_name_it_takes(bundled: Index) -> None:
    """南昌市 2006 of lawtext/gov: 地区生产总值1170亿元，增长14.5%; gives GDP a level and a growth, and
    each has the whole as its wording, as the panel's 57 such (地区生产总值9000亿元，增长12.5%, guizhou
    2014) and docs/transcribing.md have it: the growth's was 增长14.5%, which names nothing. A clause
    that names its own indicator keeps its own wording."""
    passage = "地区生产总值1170亿元，增长14.5%;\n\n财政总收入146.3亿元，增长16%，一般公共预算收入增长7%。"
    found = _drafted(bundled, passage)["targets"]
    got = [(t["indicator"], t["kind"], t["value"], t["wording"]) for t in found]
    assert got == [
        ("gdp", "level", D(1170), "地区生产总值1170亿元，增长14.5%"),
        ("gdp", "growth", D("14.5"), "地区生产总值1170亿元，增长14.5%"),
        ("total_fiscal_revenue", "level", D("146.3"), "财政总收入146.3亿元，增长16%"),
        ("total_fiscal_revenue", "growth", D(16), "财政总收入146.3亿元，增长16%"),
        ("budget_revenue", "growth", D(7), "一般公共预算收入增长7%"),
    ]


def test_a_higher_figure_to_strive_for_after_the_target(bundled: Index) -> None:
    """河池市 2023 of lawtext/gov: 地区生产总值增长6.5%左右，努力争取7.5% sets GDP a second figure, 7.5 to strive
    for (努力争取 opens a figure here, not the words 在实际工作中努力争取更好结果 that close a list); the
    two share the two clauses as wording, as the panel's 全社会固定资产投资增长30%，力争40% (jiangxi 2009)."""
    passage = "地区生产总值增长6.5%左右，努力争取7.5%；一般公共预算收入增长7%。"
    found = _drafted(bundled, passage)["targets"]
    got = [(t["indicator"], t["value"], t["qualifiers"], t["wording"]) for t in found]
    assert got == [
        ("gdp", D("6.5"), ["左右"], "地区生产总值增长6.5%左右，努力争取7.5%"),
        ("gdp", D("7.5"), ["力争"], "地区生产总值增长6.5%左右，努力争取7.5%"),
        ("budget_revenue", D(7), [], "一般公共预算收入增长7%"),
    ]


def test_targets_under_the_heading_of_the_years_work_without_words_that_open_them(bundled: Index) -> None:
    """鹤岗市 2022 of lawtext/gov: under 三、2022年工作任务, GDP比上年增长5.5%，… is the year's list of targets,
    with no words that open it (比上年 is the year's comparison there, not a review's); 控制在省目标以内
    is within the province's limit."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "要坚持稳中求进总基调，努力实现高质量转型发展。GDP比上年增长5.5%，规上工业增加值增长8%，"
        "城乡居民收入增长分别6%、8%，城镇登记失业率控制在省目标以内。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["value"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("gdp", D("5.5"), None),
        ("industrial_value_added", D(8), None),
        ("urban_disposable_income", D(6), None),
        ("rural_disposable_income", D(8), None),
        ("registered_unemployment", None, "within_limit"),
    ]


def test_this_years_list_that_opens_with_a_comparison_to_a_plans_yearly_average(bundled: Index) -> None:
    """龙岩市 2022 of lawtext/gov: 今年发展预期目标是：主要经济指标增速高于“十四五”年均增长目标、… opens the year's
    list (今年 says so), though its first clause names a plan's 年均 growth."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "今年发展预期目标是：主要经济指标增速高于“十四五”年均增长目标、高于全省平均水平。"
        "全市生产总值增长7%～7.5%；固定资产投资增长7%以上；出口增长8%。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"]]
    assert got[-3:] == [
        ("gdp", "growth", D(7)),
        ("fixed_asset_investment", "growth", D(7)),
        ("exports", "growth", D(8)),
    ]
    assert ("main_economic_indicators", "relative", None) in got


def test_tasks_with_their_figures_to_the_end_of_their_sentence(bundled: Index) -> None:
    """呼和浩特市 2025 of lawtext/gov: after the list, 实施重点项目1200个以上、年度计划投资1700亿元以上，引进亿元以上
    项目400个以上、到位资金增长10%以上 are tasks of the work to do (实施, with figures), to the sentence's end."""
    passage = (
        "进出口总额增长12％左右，全体居民人均可支配收入增长与经济增长基本同步。"
        "实施重点项目1200个以上、年度计划投资1700亿元以上，引进亿元以上项目400个以上、到位资金增长10%以上。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == ["foreign_trade", "disposable_income"]
    assert "引进亿元以上项目400个以上、到位资金增长10%以上" in draft["unread"]


def test_last_years_growth_marked_expected_after_its_figure_is_no_target(bundled: Index) -> None:
    """眉山市 2023 of lawtext/gov: with no list of the year's targets, 地区生产总值增长3.3%左右（预计，下同） in the
    review is last year's (预计 after the figure), not the year's target."""
    review = (
        "全市主要经济指标增速均超过全省平均水平，地区生产总值增长3.3%左右（预计，下同），总量突破1600亿元。"
    )
    text = _report("", review).replace("今年经济社会发展的主要预期目标是：", "今年要推动经济运行整体好转。")
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert draft["targets"] == []
    assert [(o["indicator"], o["growth"]) for o in draft["outcomes"]][:1] == [("gdp", D("3.3"))]


def test_a_sentence_opened_by_this_year_is_the_years_plan_and_a_part_of_the_year_no_result(
    bundled: Index,
) -> None:
    """包头市 2025 of lawtext/gov: 今年是“十四五”规划收官之年，…推动经济总量达到5000亿元左右 (under the plan's
    heading, before the passage) is the year's plan, and 前三季度地区生产总值增长8.03% the first three
    quarters' growth: neither is last year's GDP."""
    review = (
        "这一年，我们坚持目标引领，经济运行保持稳中快进。前三季度地区生产总值增长8.03%，增速居于全区首位、"
        "领跑全国百强城市；预计年内规上工业增加值增长14%以上，连续52个月保持两位数增长。\n\n"
        "今年是“十四五”规划收官之年，做好政府工作要在稳中求进基础上继续保持稳中快进，"
        "推动经济总量达到5000亿元左右，努力在全国百强城市中争先进位。"
    )
    assert _results(bundled, review, {"gdp", "industrial_value_added"}) == {
        "industrial_value_added": (D(14), None, None, None, True)
    }


def test_a_part_of_the_year_that_opens_a_clause_of_incomes_gives_no_result(bundled: Index) -> None:
    """黔东南州 2023 of lawtext/gov: 前三季度城镇和农村常住居民人均可支配收入分别增长5.9％、7.9％ are the first
    three quarters' growths, not last year's, where the clause's own words open with the part."""
    review = (
        "全力做好“三保”，民生支出占公共财政支出比重达到74.6％，前三季度城镇和农村常住居民人均可支配收入"
        "分别增长5.9％、7.9％，分别列全省第4位、第1位。城镇新增就业6.03万人。"
    )
    got = _results(bundled, review, {"urban_disposable_income", "rural_disposable_income", "new_urban_jobs"})
    assert got == {"new_urban_jobs": (None, D("6.03"), "万人", None, False)}


def test_the_whole_year_between_a_name_and_its_growth(bundled: Index) -> None:
    """南昌市 2025 of lawtext/gov: in 预计GDP全年增长5.0%左右, 全年 stands between the name and its verb: last
    year's GDP growth, an estimate."""
    review = "主要经济指标呈现一季更比一季好的回升态势，预计GDP全年增长5.0%左右；规上工业增加值增长10.5%。"
    assert _results(bundled, review, {"gdp"})["gdp"] == (D("5.0"), None, None, None, True)


def test_a_count_in_a_paragraph_of_a_review_of_five_years_alone_is_theirs(bundled: Index) -> None:
    """焦作市 2023 of lawtext/gov reviews only the five years (五年来，…): 城镇新增就业33.16万人 there counts
    the five years' jobs, while 全市地区生产总值达2280亿元 is the level reached in the last."""
    review = (
        "五年来，我们始终坚持稳中求进，发展质量逐步提升。初步预计，全市地区生产总值达2280亿元，"
        "主要经济指标增速高于全省平均水平。\n\n"
        "五年来，我们持续增进民生福祉，人民生活更加幸福。扩大就业创业。全力做好高校毕业生、农村劳动力等"
        "重点群体就业工作，城镇新增就业33.16万人，新增农村劳动力转移就业8.53万人。"
    )
    assert _results(bundled, review, {"gdp", "new_urban_jobs"}) == {
        "gdp": (None, D(2280), "亿元", None, True)
    }


@pytest.mark.parametrize(
    "words",
    [
        "规下工业增加值增长12.3%",  # 汕尾市 2023 of lawtext/gov
        "规模以下工业增加值增长12.3%",
        "中直工业增加值增长12.3%",
        "地方规上工业增加值增长12.3%",  # 大庆市 2021 of lawtext/gov
        "地方规模以上工业增加值增长12.3%",  # 哈密市 2020 of lawtext/gov
    ],
)
def test_the_industry_below_the_size_counted_or_the_central_states_is_a_part(
    bundled: Index, words: str
) -> None:
    """汕尾市 2023 of lawtext/gov: 规下工业增加值增长12.3% is the value added of the industry below the size
    counted (规上), and 中直 industry the central state's (地方 that of the rest): parts, not the industrial value added."""
    review = f"地区生产总值1322.02亿元，同比增长1.5%；{words}，农林牧渔业总产值增长7.4%。"
    assert "industrial_value_added" not in _results(bundled, review, {"gdp", "industrial_value_added"})


@pytest.mark.parametrize(
    "words", ["国内旅游总收入增长12.5%", "入境旅游收入增长12.5%", "乡村旅游收入增长12.5%"]
)
def test_a_part_of_the_tourism_revenue_is_not_the_whole(bundled: Index, words: str) -> None:
    """国内旅游收入年均增长33.4% (a province of lawtext/gov), 入境旅游收入, 乡村旅游收入: the domestic,
    inbound or rural tourists' part, not the tourism revenue (旅游总收入478亿元，…增长13.3%: 池州市 2016)."""
    review = f"地区生产总值1322.02亿元，同比增长1.5%；{words}，旅游总收入478亿元，增长13.3%。"
    assert _results(bundled, review, {"gdp", "tourism_revenue"})["tourism_revenue"] == (
        D("13.3"),
        D(478),
        "亿元",
        None,
        False,
    )


def test_the_local_industry_beside_the_central_states_is_no_target_of_the_whole(bundled: Index) -> None:
    """大庆市 2022 of lawtext/gov: 中直工业增加值增长3%以上，地方规上工业增加值增长20%以上 are the targets of two
    parts (the central state's enterprises and the rest), neither the industrial value added's."""
    got = _drafted(
        bundled, "地区生产总值增长6%左右，中直工业增加值增长3%以上，地方规上工业增加值增长20%以上。"
    )
    assert [(t["indicator"], t["indicator_zh"], t["value"]) for t in got["targets"]] == [
        ("gdp", "地区生产总值", D(6)),
        (None, "中直工业增加值", D(3)),
        (None, "地方规上工业增加值", D(20)),
    ]


def test_what_a_programme_brought_is_not_the_regions_investment(bundled: Index) -> None:
    """南京市 2025 of lawtext/gov: 盘活低效闲置存量资产项目338个，预计带动新增固定资产投资290亿元 is what the
    programme brought, not last year's fixed-asset investment."""
    review = (
        "盘活低效闲置存量资产项目338个，预计带动新增固定资产投资290亿元，华夏南京交通高速公路REITs上市发行。"
    )
    assert "fixed_asset_investment" not in _results(bundled, review, {"gdp", "fixed_asset_investment"})


def test_an_aside_giving_the_figures_unadjusted_is_not_the_result(bundled: Index) -> None:
    """河池市 2015 of lawtext/gov: 财政收入54.67亿元，增长8.84%（不扣除不可预见的政策性退税1.98亿元，完成56.65亿元，
    增长12.8%）: the result is the 8.84% before the aside, not the unadjusted 12.8%."""
    review = (
        "初步统计，全市地区生产总值601亿元，增长8.1%；一般公共预算收入54.67亿元，增长8.84%（不扣除不可预见的"
        "政策性退税1.98亿元，完成56.65亿元，增长12.8%）；全社会固定资产投资401.6亿元，增长15%。"
    )
    assert _results(bundled, review, {"gdp", "budget_revenue"})["budget_revenue"] == (
        D("8.84"),
        D("54.67"),
        "亿元",
        None,
        False,
    )


def test_the_income_of_poor_villages_is_a_parts(bundled: Index) -> None:
    """成都市 2017 of lawtext/gov: 相对贫困村农民人均可支配收入达1.2万元，增长20%以上 is the poor villages' income;
    the rural result is the second of 城乡居民人均可支配收入分别增长8.1%、9.9%."""
    review = (
        "预计全年实现地区生产总值1.2万亿元，增长7.5%；城乡居民人均可支配收入分别增长8.1%、9.9%，"
        "居民消费价格上涨2%。\n\n高标准推进城乡扶贫开发，实施“百村万户”精准扶贫，相对贫困村农民人均可支配收入"
        "达1.2万元，增长20%以上。"
    )
    got = _results(bundled, review, {"gdp", "urban_disposable_income", "rural_disposable_income"})
    assert (got["urban_disposable_income"][0], got["rural_disposable_income"][0]) == (D("8.1"), D("9.9"))


def test_a_steady_fall_is_to_keep_falling_not_to_hold_stable(bundled: Index) -> None:
    """六安市 2016 of lawtext/gov: 出生人口性别比保持平稳下降趋势 aims at a ratio that keeps falling, not a stable one."""
    targets = _targets(
        bundled, "人口自然增长率控制在9‰以内，出生人口性别比保持平稳下降趋势，完成节能减排目标任务。"
    )
    assert next((t["indicator_zh"], t["goal"]) for t in targets if "goal" in t) == (
        "出生人口性别比",
        "keep_falling",
    )


def test_the_period_a_goal_is_judged_over_is_not_part_of_its_name(bundled: Index) -> None:
    """qinghai 2022 of the panel: in 能耗强度在“十四五”规划期内统筹完成国家规定目标 the words 在“十四五”规划期内统筹 say when
    the goal is judged; the name is 能耗强度, the energy intensity."""
    targets = _targets(bundled, "城镇调查失业率5.5%左右，能耗强度在“十四五”规划期内统筹完成国家规定目标。")
    assert [(t.get("indicator"), t["kind"], t.get("goal")) for t in targets][-1] == (
        "energy_intensity",
        "qualitative",
        "meet_quota",
    )


def test_the_kind_that_words_before_de_describe_is_the_one_name(bundled: Index) -> None:
    """shanxi 2026 of the panel: 反映资源节约和环境质量的各项约束性指标不折不扣完成国家下达任务 is one target, the binding
    indicators as a whole (约束性指标), not two unnamed ones for 资源节约 and 环境质量."""
    targets = _targets(
        bundled, "城镇调查失业率5.5%左右，反映资源节约和环境质量的各项约束性指标不折不扣完成国家下达任务。"
    )
    assert [(t.get("indicator"), t.get("goal")) for t in targets][1:] == [
        ("binding_indicators", "meet_quota")
    ]


def test_a_sentence_of_quotas_after_the_list_ender_goes_on_with_the_list(bundled: Index) -> None:
    """beijing 2022 of the panel: after …努力在实际工作中争取更好结果。 the sentence 生态环境质量、能源、水资源等指标按国家要求
    落实 sets three more targets, each to meet the state's requirement."""
    passage = (
        "地区生产总值增长5%以上，居民收入稳定增长，努力在实际工作中争取更好结果。"
        "生态环境质量、能源、水资源等指标按国家要求落实。"
    )
    assert [(t.get("indicator"), t.get("goal")) for t in _targets(bundled, passage)][-3:] == [
        ("environment", "meet_quota"),
        ("energy_consumption", "meet_quota"),
        ("water_resources", "meet_quota"),
    ]


def test_this_year_in_a_review_given_in_december_is_the_year_reviewed(bundled: Index) -> None:
    """银川市 2013 of lawtext/gov (given in December 2012): 今年地区生产总值突破千亿元大关，达到1140.83亿元 reviews the
    year; only 今年是…之年 frames the year ahead."""
    review = "**——综合实力显著提升。**主要经济指标连续五年保持两位数增长。今年地区生产总值突破千亿元大关，达到1140.83亿元。"
    assert _results(bundled, review, {"gdp"})["gdp"] == (None, D("1140.83"), "亿元", None, False)


def test_an_aside_on_another_basis_sets_no_second_target(bundled: Index) -> None:
    """太原市 2003 of lawtext/gov: 财政总收入84亿元，增长16%（不含省直分局收入55.1亿元，增长18%）: the growth targeted is
    16%; the aside gives the revenue without the provincial branches', no second target."""
    passage = (
        "财政总收入84亿元，增长16%（不含省直分局收入55.1亿元，增长18%）；一般预算收入29.8亿元，增长15%。"
    )
    got = [(t["indicator"], t["kind"], t["value"]) for t in _targets(bundled, passage)]
    assert got[:2] == [("total_fiscal_revenue", "level", D(84)), ("total_fiscal_revenue", "growth", D(16))]
    assert len(got) == 4


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 广安市 2025 of lawtext/gov: 与经济发展态势基本协调 is the revenue's own goal, not a clause without a
        # predicate that waits for the next one's 基本同步
        (
            "地区生产总值增长6.5%以上，地方一般公共预算收入增长与经济发展态势基本协调，居民收入增长与经济增长基本同步。",
            [
                ("gdp", "growth", None),
                ("budget_revenue", "qualitative", "与经济发展态势基本协调"),
                ("disposable_income", "relative", None),
            ],
        ),
        # 郑州市 2022 of lawtext/gov: 与…控制目标统筹衔接 is the energy intensity's own goal (控制 is not its
        # predicate), and 单位生产总值能耗强度 the energy intensity
        (
            "生产总值增长7.5%，单位生产总值能耗强度与“十四五”控制目标统筹衔接。",
            [("gdp", "growth", None), ("energy_intensity", "qualitative", "与“十四五”控制目标统筹衔接")],
        ),
        # 深圳市 2026 of lawtext/gov: 止跌回稳 is the investment's own goal before its figure to strive for,
        # two targets (as 保持稳定增长、力争达到3% is); 企稳回升 stays its own words
        (
            "全市地区生产总值增长5%，固定资产投资止跌回稳、力争增长5%，工业投资企稳回升。",
            [
                ("gdp", "growth", None),
                ("fixed_asset_investment", "qualitative", "止跌回稳"),
                ("fixed_asset_investment", "growth", None),
                ("industrial_investment", "qualitative", "企稳回升"),
            ],
        ),
        # 固原市 2025 of lawtext/gov: 同比持平 is the revenue's own goal, and 支出 after it the budget's
        # expenditure (the head of the name before)
        (
            "地区生产总值增长5.6%，地方一般公共预算收入同比持平、支出增长1%以上。",
            [
                ("gdp", "growth", None),
                ("budget_revenue", "qualitative", "同比持平"),
                ("budget_expenditure", "growth", None),
            ],
        ),
        # 成都市 2024 of lawtext/gov: 进一步缩小 is to keep falling, a 、-part's own goal after the
        # income's 稳步增长 (its words: 城乡收入差距进一步缩小)
        (
            "地区生产总值增长6%，居民收入稳步增长、城乡收入比进一步缩小。",
            [
                ("gdp", "growth", None),
                ("disposable_income", "qualitative", "steady_growth"),
                ("urban_rural_income_ratio", "qualitative", "keep_falling"),
            ],
        ),
        # 南昌市 2025 of lawtext/gov: 力争各项主要指标增速位居全省中上游位次 is the main indicators' rank, its
        # own words (各项 before the name is the name's, 力争 the clause's)
        (
            "地区生产总值增长5%，力争各项主要指标增速位居全省中上游位次。",
            [("gdp", "growth", None), ("main_economic_indicators", "qualitative", "增速位居全省中上游位次")],
        ),
        # tianjin 2026 (the panel): 节能减排减污降碳指标 is energy saving and emission reduction, with 指标
        # after it as without
        (
            "地区生产总值增长5%，节能减排减污降碳指标完成国家下达目标。",
            [("gdp", "growth", None), ("energy_saving_emission_reduction", "qualitative", "meet_quota")],
        ),
    ],
)
def test_city_target_phrasings_of_round_thirteen(
    bundled: Index, passage: str, expected: list[tuple[str | None, str, str | None]]
) -> None:
    """Ways cities word their targets that the grammar read wrongly or not at all (each case names its report)."""
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]] == expected
    assert draft["unread"] == []


def test_a_target_said_again_after_the_list_is_one_target(bundled: Index) -> None:
    """鄂州市 2023 of lawtext/gov: 经济增长7%，这是一个积极进取、奋发有为的目标 after the list says GDP's target
    again: one target per indicator and figure (its words are left for a person to see)."""
    passage = (
        "地区生产总值增长7%，在实际工作中，尽可能争取更好的结果；城镇新增就业1.5万人以上；单位生产总值能耗完成省下达目标任务。"
        "经济增长7%，这是一个积极进取、奋发有为的目标。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == ["gdp", "new_urban_jobs", "energy_intensity"]
    assert "经济增长7%" in draft["unread"]


@pytest.mark.parametrize(
    ("clause", "regions"),
    [
        ("主要经济指标高于或优于全省平均水平", ["parent"]),  # 鹤壁市 2022 of lawtext/gov: 或优于 is 高于's
        (
            "主要经济指标增速高于国省平均水平",
            ["china", "parent"],
        ),  # 眉山市 2025: 国省, the country's and the province's
        ("主要经济指标增速高于全国全省平均水平", ["china", "parent"]),
    ],
)
def test_above_the_averages_of_the_province_and_the_country(
    bundled: Index, clause: str, regions: list[str]
) -> None:
    """A comparison with the province's average, or the country's and the province's (国省), is one relative
    target against each, above it."""
    found = _drafted(bundled, f"地区生产总值增长6%，{clause}。")["targets"][1:]
    assert [(t["indicator"], t["kind"], t["qualifiers"], t["against_region"]) for t in found] == [
        ("main_economic_indicators", "relative", ["高于"], r) for r in regions
    ]


@pytest.mark.parametrize(
    ("clause", "value", "unit"),
    [
        ("高质量站稳千亿台阶", D(1000), "亿元"),  # 丹东市 2025 of lawtext/gov, after GDP's growth
        ("力争突破千亿元", D(1000), "亿元"),  # ningxia 2008
        ("迈上万亿元台阶", D(1), "万亿元"),
    ],
)
def test_a_round_step_without_digits_is_a_level(bundled: Index, clause: str, value: D, unit: str) -> None:
    """千亿, 万亿 without digits before 台阶 or at a predicate's end are a step of GDP's level (站稳千亿台阶:
    1000亿元), as 站稳1000亿元台阶 is."""
    found = _drafted(bundled, f"地区生产总值增长5.5%以上，{clause}；规模以上工业增加值增长6%左右。")[
        "targets"
    ]
    assert [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in found] == [
        ("gdp", "growth", D("5.5"), "%"),
        ("gdp", "level", value, unit),
        ("industrial_value_added", "growth", D(6), "%"),
    ]


@pytest.mark.parametrize(
    "clause",
    ["劳动报酬增长和劳动生产率提高同步", "劳动报酬提高和劳动生产率提高同步"],
)
def test_pay_in_step_with_productivity_is_a_comparison_of_its_own_clause(bundled: Index, clause: str) -> None:
    """china 2013 of the panel: 城乡居民人均收入实际增长与经济增长同步，劳动报酬增长和劳动生产率提高同步；国际收支状况进一步
    改善 (guangxi 2016: 劳动报酬提高和劳动生产率提高同步): pay against productivity, its clause's own
    comparison, not a name waiting for the next clause's goal."""
    draft = _drafted(bundled, f"{clause}；国际收支状况进一步改善。")
    got = [(t["indicator"], t["kind"], t["against"], t["qualifiers"], t["wording"]) for t in draft["targets"]]
    assert got == [
        ("labour_remuneration", "relative", "labour_productivity", ["同步"], clause),
        ("balance_of_payments", "qualitative", None, [], "国际收支状况进一步改善"),
    ]


def test_an_aim_to_better_what_no_indicator_measures_heads_its_area(bundled: Index) -> None:
    """shanghai 2017 of the panel: 经济发展质量和效益进一步提高，全市生产总值增长6.5%左右，… 人民生活水平进一步提高，
    城镇登记失业率控制在4.4%以内，…: the aims that head each area are no targets (经济发展质量 is not GDP);
    研究与试验发展经费支出占生产总值比例持续提高 (zhejiang 2014) is one, to keep improving."""
    draft = _drafted(
        bundled,
        "经济发展质量和效益进一步提高，全市生产总值增长6.5%左右，一般公共预算收入增长7%。"
        "人民生活水平进一步提高，城镇登记失业率控制在4.4%以内。生态环境持续改善，"
        "研究与试验发展经费支出占生产总值比例持续提高。",
    )
    got = [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("gdp", "growth", None),
        ("budget_revenue", "growth", None),
        ("registered_unemployment", "level", None),
        ("environment", "qualitative", "keep_improving"),
        ("rd_intensity", "qualitative", "keep_improving"),
    ]
    assert {"经济发展质量和效益进一步提高", "人民生活水平进一步提高"} <= set(draft["unread"])


@pytest.mark.parametrize(
    "clause",
    [
        "能耗强度目标在“十四五”规划期内统筹考核",
        "能耗强度目标在“十四五”规划期内统筹考虑",
        "能耗强度目标在“十四五”规划期内统筹",
        "能耗强度目标在“十四五”内统筹",
    ],
)
def test_how_a_target_is_judged_is_no_target(bundled: Index, clause: str) -> None:
    """china 2022 of the panel: …单位国内生产总值能耗和主要污染物排放量继续下降，能耗强度目标在“十四五”规划期内统筹考核，
    并留有适当弹性 (liaoning 2022: 能耗强度目标在“十四五”规划期内统筹考虑; 黄冈市 2022 and 2023 of lawtext/gov:
    生态环境质量持续改善，能耗强度目标在“十四五”规划期内统筹 / 在“十四五”内统筹): how the plan judges it, no target."""
    draft = _drafted(
        bundled, f"单位国内生产总值能耗和主要污染物排放量继续下降，{clause}，粮食产量保持在1.3万亿斤以上。"
    )
    got = [(t["indicator"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("energy_intensity", "keep_falling"),
        ("pollutant_reduction", "keep_falling"),
        ("grain_output", None),
    ]
    assert clause in draft["unread"]


@pytest.mark.parametrize(
    "after",
    [
        "这里要着重说明，国内生产总值增长目标略微调低，主要是要与“十二五”规划目标逐步衔接。",
        "这里，着重对经济增长和物价总水平两个指标作些说明。",
        "今年提出地方财政一般预算收入增长16%，主要考虑当前国际金融危机，财政减收因素多，而进行了适当调整。",
    ],
)
def test_the_words_that_explain_the_list_end_it(bundled: Index, after: str) -> None:
    """china 2012 (这里要着重说明，国内生产总值增长目标略微调低，…), china 2013 (这里，着重对经济增长和物价总水平两个指标作些
    说明) and xinjiang 2009 (今年提出地方财政一般预算收入增长16%，主要考虑…) of the panel: after the list, why it
    was set so, no target."""
    draft = _drafted(bundled, f"国内生产总值增长7.5%左右；地方财政一般预算收入增长16%。{after}")
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D("7.5")),
        ("budget_revenue", D(16)),
    ]


def test_the_figure_the_work_is_organised_by_is_no_second_target(bundled: Index) -> None:
    """tianjin 2004 of the panel: 国内生产总值增长11.5%，按13%组织；财政收入增长15%，按18%组织: the target is the first
    figure; the one the work is organised by is no second target."""
    draft = _drafted(bundled, "国内生产总值增长11.5%，按13%组织；财政收入增长15%，按18%组织。")
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D("11.5")),
        ("budget_revenue", D(15)),
    ]


def test_a_space_where_a_line_broke_inside_a_word(bundled: Index) -> None:
    """tianjin 2006 and 2005 of the panel: 全市经济和社会发展的主要预期目 标是：生产总值增长12%，…; 城市居民人均可支配收入和
    农民人均纯收入分别增长10%以 上: a line's break left a space in the marker and in the qualifier."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "全市经济和社会发展的主要预期目 标是：生产总值增长12%，城市居民人均可支配收入和农民人均纯收入分别增长10%以 上。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["value"], t["qualifiers"], t["wording"]) for t in draft["targets"]]
    assert got == [
        ("gdp", D(12), [], "生产总值增长12%"),
        (
            "urban_disposable_income",
            D(10),
            ["以上"],
            "城市居民人均可支配收入和农民人均纯收入分别增长10%以 上",
        ),
        ("rural_net_income", D(10), ["以上"], "城市居民人均可支配收入和农民人均纯收入分别增长10%以 上"),
    ]


def test_a_full_stop_slipped_before_a_semicolon_does_not_end_the_expected_sentence(bundled: Index) -> None:
    """guangxi 2009 of the panel: 初步预计，2008年全区生产总值7150亿元，…；人口自然增长率8.7％。；城镇新增就业38.29万人，
    城镇登记失业率3.75％。: the 。 before ； is a slip, the sentence that 初步预计 opens goes on."""
    review = (
        "初步预计，2023年全区生产总值7150亿元，比上年增长12.5％左右；财政收入843.56亿元，增长19.8％；"
        "人口自然增长率8.7‰。；城镇新增就业38.29万人，城镇登记失业率3.75％。"
    )
    draft = _drafted(bundled, "地区生产总值增长5%，城镇新增就业40万人，城镇登记失业率控制在4%以内。", review)
    got = {o["indicator"]: o["estimate"] for o in draft["outcomes"]}
    assert got["new_urban_jobs"] is got["registered_unemployment"] is True


def test_a_count_with_a_noun_after_it_is_that_nouns(bundled: Index) -> None:
    """guangxi 2021 of the panel: 对8个极度、深度贫困县和48个国家挂牌督战贫困村进行督战，…8个贫困县如期脱贫摘帽: 48个
    counts the villages after it, not the counties before it; the counties' result is the 8 that left the list."""
    review = (
        "脱贫攻坚取得全面胜利，对8个极度、深度贫困县和48个国家挂牌督战贫困村进行督战，"
        "全区剩余的24.5万建档立卡贫困人口、660个贫困村、8个贫困县如期脱贫摘帽。"
    )
    draft = _drafted(
        bundled, "地区生产总值增长6%，现行标准下剩余的农村贫困人口全部脱贫、贫困县全部摘帽。", review
    )
    got = [(o["indicator"], o["level"]) for o in draft["outcomes"] if o["indicator"] == "poor_counties"]
    assert got == [("poor_counties", D(8))]


def test_a_letter_typed_for_a_figures_first_digit_leaves_it_unread(bundled: Index) -> None:
    """ningxia 2010 of the panel: 全区生产总值增长l0%;全社会固定资产投资增长25%;地方一般预算收入增长l1%: l for 1, no figure
    to read (not a growth of 0 and 1), left for a person."""
    draft = _drafted(bundled, "全区生产总值增长l0%；全社会固定资产投资增长25%；地方一般预算收入增长l1%。")
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [("fixed_asset_investment", D(25))]
    assert {"全区生产总值增长l0%", "地方一般预算收入增长l1%"} <= set(draft["unread"])


def test_goals_beyond_the_list_once_it_is_met_end_it(bundled: Index) -> None:
    """qinghai 2016 of the panel: …节能减排目标控制在国家规定目标以内。在完成上述目标基础上，结构性改革取得实质性进展，…地方财政
    收入保持协调增长，…金融风险有效释放。: what is sought beyond the list, once it is met, is not in it."""
    draft = _drafted(
        bundled,
        "生产总值增长7.5%左右，新增城镇就业6万人。在完成上述目标基础上，结构性改革取得实质性进展，"
        "地方财政收入保持协调增长，金融风险有效释放。",
    )
    assert [t["indicator"] for t in draft["targets"]] == ["gdp", "new_urban_jobs"]


def test_the_practical_things_promised_after_the_list_are_no_target(bundled: Index) -> None:
    """beijing 2007 of the panel: …地方财政收入增长13%，城乡居民收入实际增长7%。为群众办好58件重要实事。: the things the
    government promises to do for the people are work, not a target."""
    draft = _drafted(bundled, "地方财政收入增长13%，城乡居民收入实际增长7%。为群众办好58件重要实事。")
    assert [t["indicator"] for t in draft["targets"]] == ["budget_revenue", "disposable_income"]


def test_a_comparison_with_two_named_things_is_one_target_against_each(bundled: Index) -> None:
    """hainan 2020 of the panel: 服务贸易进出口总额增长快于地区生产总值和货物进出口总额: faster than GDP and faster than
    trade in goods, one target against each (not against a name the catalogue does not know)."""
    draft = _drafted(bundled, "服务贸易进出口总额增长快于地区生产总值和货物进出口总额。")
    got = [(t["indicator"], t["kind"], t["against"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("services_trade", "relative", "gdp", ["快于"]),
        ("services_trade", "relative", "foreign_trade", ["快于"]),
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 威海市 2021: 不低于 a growth named 速度 is a comparison, and the clause after it has its own names
        (
            "城镇和农村居民人均可支配收入增速不低于经济增长速度，城镇登记失业率、居民消费价格涨幅控制在3%以内。",
            [
                ("urban_disposable_income", "relative", None, None),
                ("rural_disposable_income", "relative", None, None),
                ("registered_unemployment", "level", D(3), None),
                ("cpi", "level", D(3), None),
            ],
        ),
        # 绵阳市 2020: 增幅与地区生产总值增幅保持一致, the report's own goal
        (
            "地方一般公共预算收入同口径增幅与地区生产总值增幅保持一致，城乡居民人均可支配收入分别增长8%、9%。",
            [
                ("budget_revenue", "qualitative", None, "与地区生产总值增幅保持一致"),
                ("urban_disposable_income", "growth", D(8), None),
                ("rural_disposable_income", "growth", D(9), None),
            ],
        ),
    ],
)
def test_a_comparison_ends_its_clause_before_the_next_names(
    bundled: Index, passage: str, expected: list[tuple[str, str, D | None, str | None]]
) -> None:
    """威海市 2021 and 绵阳市 2020 of lawtext/gov: a comparison with the economy's growth (不低于经济增长速度;
    增幅与…增幅保持一致) is its clause's predicate, so the names after the comma are not given its figure."""
    draft = _drafted(bundled, passage)
    got = [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in draft["targets"]]
    assert got == expected


@pytest.mark.parametrize(
    ("passage", "indicator"),
    [
        ("主要污染物排放指标控制在规定范围以内。", "pollutant_reduction"),  # 西安市 2016
        ("居民消费价格指数控制在省规定的范围以内。", "cpi"),  # 毕节市 2014
        ("各项约束性指标控制在省上下达的计划之内。", "binding_indicators"),  # 庆阳市 2018
    ],
)
def test_within_a_range_or_plan_set_by_the_province(bundled: Index, passage: str, indicator: str) -> None:
    """西安市 2016, 毕节市 2014, 庆阳市 2018 of lawtext/gov: 控制在(省)规定(的)范围以内 and 控制在省上下达的计划之内
    are within the assigned limit."""
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["goal"]) for t in draft["targets"]] == [(indicator, "within_limit")]


def test_words_of_purpose_and_of_the_plans_level_after_the_list_are_no_targets(bundled: Index) -> None:
    """乌海市 2018 and 邢台市 2019 of lawtext/gov: …分别按6%、9%、7.5%掌握，以支撑高质量发展要求 (purpose) and
    指标计划略高于全省平均水平，既充分体现了… (of the figures just set) give no target."""
    passage = (
        "地区生产总值增长6.5%左右。对一般公共预算收入、固定资产投资、社会消费品零售总额指标，"
        "分别按6%、9%、7.5%掌握，以支撑高质量发展要求。指标计划略高于全省平均水平，既充分体现了贯彻中央和省决策部署的信心和决心。"
    )
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == [
        "gdp",
        "budget_revenue",
        "fixed_asset_investment",
        "retail_sales",
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 黔东南州 2014: a size before 规模工业 is part of the name, no figure
        ("2000万元以上规模工业增加值增长20%以上。", [("industrial_value_added", "growth", D(20), None)]),
        # 青岛市 2019: 稳增提质 is the clause's predicate, not part of 外贸's name
        ("外贸稳增提质。", [("foreign_trade", "qualitative", None, "steady_improve")]),
        # 杭州市 2008: 年 before 排放量 does not change the indicator
        (
            "化学需氧量和二氧化硫年排放量分别减少3.7%。",
            [("cod_emissions", "decline", D("3.7"), None), ("so2_emissions", "decline", D("3.7"), None)],
        ),
    ],
)
def test_names_with_a_size_or_a_year_in_them_and_a_predicate_of_stable_growth(
    bundled: Index, passage: str, expected: list[tuple[str, str, D | None, str | None]]
) -> None:
    """黔东南州 2014, 青岛市 2019 and 杭州市 2008 of lawtext/gov: 2000万元以上规模工业增加值, 外贸稳增提质 and
    二氧化硫年排放量 name the catalogue's indicators."""
    draft = _drafted(bundled, "地区生产总值增长5%。" + passage)
    got = [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in draft["targets"]][1:]
    assert got == expected


def test_a_sentence_that_places_the_year_in_a_plan_does_not_make_the_list_after_it_the_plans(
    bundled: Index,
) -> None:
    """怀化市 2016 of lawtext/gov: 2016年是…也是实施“十三五”规划的第一年，…。主要目标任务是：… opens the year's
    list; the plan the sentence before names is the one the year is placed in."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "2024年是全面建成小康社会决胜阶段的开局之年，也是实施“十三五”规划的第一年，全力以赴开好局、起好步。"
        "主要目标任务是：地区生产总值增长9% 以上，规模工业增加值增长8.5% 以上。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["value"], t["wording"]) for t in draft["targets"]]
    assert got == [
        ("gdp", D(9), "地区生产总值增长9% 以上"),
        ("industrial_value_added", D("8.5"), "规模工业增加值增长8.5% 以上"),
    ]


def test_the_years_figures_with_a_price_index_and_no_words_that_open_them(bundled: Index) -> None:
    """巴中市 2021 of lawtext/gov: under the year's heading, 今年，…城镇调查失业率控制在5.5%以内，居民消费价格指数
    控制在103以内，… holds two bounds (the index's one), enough for a sentence that opens with 今年; the
    sentence after it (坚持…，按照“稳农业、强工业…”的工作思路) is work, no target."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "今年，全市经济社会发展要坚持高质量发展导向，经济增速保持在合理区间，城乡居民人均可支配收入分别增长7%、9%，"
        "城镇调查失业率控制在5.5%以内，居民消费价格指数控制在103以内，环境保护和节能减排完成省下达目标任务。"
        "坚持精准对接用好中央、省重大政策，按照“稳农业、强工业、促消费、扩内需”的工作思路，重点抓好以下工作：",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("urban_disposable_income", D(7)),
        ("rural_disposable_income", D(9)),
        ("surveyed_unemployment", D("5.5")),
        ("cpi", D(103)),
        ("environment", None),
        ("energy_saving_emission_reduction", None),
    ]


def test_a_list_of_names_over_several_commas_that_share_a_quota(bundled: Index) -> None:
    """太原市 2016 of lawtext/gov: 万元地区生产总值能耗、二氧化碳排放量、用水量 names three indicators (、用水量 is no
    goal of its own), and the eight clauses of names up to 均完成省下达任务 share its quota."""
    passage = (
        "万元地区生产总值能耗、二氧化碳排放量、用水量，主要污染物减排，市区空气质量优良天数比例，劣Ⅴ类水体比例，"
        "新增建设用地降幅，农村贫困人口脱贫人数，城市棚户区住房改造数量，均完成省下达任务。"
    )
    draft = _drafted(bundled, passage)
    assert {t["wording"] for t in draft["targets"]} == {passage.rstrip("。")}
    assert [(t["indicator"], t["goal"]) for t in draft["targets"]][:4] == [
        ("energy_intensity", "meet_quota"),
        ("carbon_intensity", "meet_quota"),
        ("water_intensity", "meet_quota"),
        ("pollutant_reduction", "meet_quota"),
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 菏泽市 2018: a share with no name of its own is the share of the name before
        (
            "服务业增加值增长10.2%，占地区生产总值的比重提高1个百分点。",
            [
                ("services_value_added", "growth", D("10.2"), None, []),
                ("services_share", "change_pp", D(1), None, []),
            ],
        ),
        # 西安市 2020: 保持 before a known name qualifies what its clause says
        ("保持物价总体平稳。", [("cpi", "qualitative", None, "stable", ["保持"])]),
        # 泉州市 2009: a note in brackets after the name is not the goal's
        ("实际利用外资（验资口径）持平。", [("foreign_capital", "qualitative", None, "持平", [])]),
    ],
)
def test_a_share_of_the_name_before_a_leading_keep_and_a_note_before_a_goal(
    bundled: Index, passage: str, expected: list[tuple[str, str, D | None, str | None, list[str]]]
) -> None:
    """菏泽市 2018, 西安市 2020 and 泉州市 2009 of lawtext/gov: 占地区生产总值的比重 after 服务业增加值增长…, 保持物价总体
    平稳 and 实际利用外资（验资口径）持平 each give their indicator."""
    draft = _drafted(bundled, "地区生产总值增长5%，" + passage)
    got = [(t["indicator"], t["kind"], t["value"], t["goal"], t["qualifiers"]) for t in draft["targets"]][1:]
    assert got == expected


def test_a_list_set_out_in_parts_with_words_of_no_target_between_them(bundled: Index) -> None:
    """台州市 2014 of lawtext/gov: 一是实现更有质量的增长。…生产总值增长8%…。二是实现更有动力的增长。以推进城市化为引擎，
    以有效投资为支撑，…。固定资产投资增长15%以上…: a sentence of no target words before a later part (二是) does
    not end the list."""
    passage = (
        "一是实现更有质量的增长。生产总值增长8%，服务业占生产总值比重提高1个百分点。二是实现更有动力的增长。"
        "以推进城市化为引擎，以有效投资为支撑，以扩大需求为基础，增强发展内生动力。固定资产投资增长15%以上，"
        "外贸进出口增长5%。三是实现更有持续的增长。树立“绿水青山就是金山银山”理念，促进人与自然相和谐。"
        "单位生产总值能耗下降1.5%。"
    )
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [
        ("gdp", D(8)),
        ("services_share", D(1)),
        ("fixed_asset_investment", D(15)),
        ("foreign_trade", D(5)),
        ("energy_intensity", D("1.5")),
    ]


def test_a_name_with_its_fall_before_a_shared_quota(bundled: Index) -> None:
    """孝感市 2014 of lawtext/gov: 单位生产总值综合能耗下降、二氧化碳和主要污染物排放量减少达到省定目标: the name of
    energy intensity with 综合 in it, and its fall, before a quota the list shares."""
    draft = _drafted(bundled, "单位生产总值综合能耗下降、二氧化碳和主要污染物排放量减少达到省定目标。")
    assert [(t["indicator"], t["goal"]) for t in draft["targets"]] == [
        ("energy_intensity", "meet_quota"),
        ("carbon_intensity", "meet_quota"),
        ("pollutant_reduction", "meet_quota"),
    ]


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        # 杭州市 2010 (and 2008): 研究开发, without 与, is R&D
        ("全社会研究开发投入占生产总值的比重2.6%以上。", ("rd_intensity", "level", D("2.6"), None)),
        # 乌海市 2014: the autonomous region's binding quota
        (
            "节能减排完成自治区约束性控制指标。",
            ("energy_saving_emission_reduction", "qualitative", None, "meet_quota"),
        ),
    ],
)
def test_research_and_development_unjoined_and_a_quota_of_the_autonomous_region(
    bundled: Index, passage: str, expected: tuple[str, str, D | None, str | None]
) -> None:
    """杭州市 2010 and 乌海市 2014 of lawtext/gov: 全社会研究开发投入占生产总值的比重 is R&D intensity; 完成自治区
    约束性控制指标 meets the quota the autonomous region set."""
    draft = _drafted(bundled, passage)
    assert [(t["indicator"], t["kind"], t["value"], t["goal"]) for t in draft["targets"]] == [expected]


@pytest.mark.parametrize(
    "passage",
    [
        "一般公共预算收入和地方财政收入均增长6%。",  # 郴州市 2016
        "公共财政收入和地方财政收入均增长11% 以上。",  # 怀化市 2016
    ],
)
def test_the_revenue_named_beside_the_local_one_is_the_total(bundled: Index, passage: str) -> None:
    """郴州市 2016 and 怀化市 2016 of lawtext/gov: 一般公共预算收入和地方财政收入均增长6%: the revenue named beside
    the local one in its clause is the whole, the total fiscal revenue; the local one is the budget's."""
    draft = _drafted(bundled, passage)
    assert [t["indicator"] for t in draft["targets"]] == ["total_fiscal_revenue", "budget_revenue"]


def test_a_name_the_catalogue_lacks_after_a_leading_qualifier_is_not_the_last_ones(bundled: Index) -> None:
    """海北州 2014 of lawtext/gov: …人口自然增长率控制在7.08‰以内，力争高新技术企业工业增加值占GDP的比重提高到4%: the
    share after 力争 is an indicator of its own (for a person to name), not the population's growth."""
    draft = _drafted(
        bundled, "人口自然增长率控制在7.08‰以内，力争高新技术企业工业增加值占GDP的比重提高到4%。"
    )
    got = [(t["indicator"], t["indicator_zh"], t["value"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [
        ("population_growth", "人口自然增长率", D("7.08"), ["控制在", "以内"]),
        (None, "高新技术企业工业增加值占GDP的比重", D(4), ["力争", "提高到"]),
    ]


def test_all_of_it_before_a_name_changes_no_indicator(bundled: Index) -> None:
    """乌鲁木齐市 2015 of lawtext/gov: 全口径进出口贸易总额增长10% is foreign trade (全口径: all of it)."""
    draft = _drafted(bundled, "全口径进出口贸易总额增长10%。")
    assert [(t["indicator"], t["value"]) for t in draft["targets"]] == [("foreign_trade", D(10))]


def test_a_list_that_opens_with_all_efforts_for_a_figure(bundled: Index) -> None:
    """南昌市 2020 of lawtext/gov: 主要预期目标是：全力争取地区生产总值增长8%左右，… opens with GDP's target (全力争取
    with a figure after it is no sentence of effort in general, as 努力争取更好结果 is)."""
    draft = _drafted(bundled, "全力争取地区生产总值增长8%左右，财政总收入增长4.5%左右。")
    got = [(t["indicator"], t["value"], t["qualifiers"]) for t in draft["targets"]]
    assert got == [("gdp", D(8), ["力争", "左右"]), ("total_fiscal_revenue", D("4.5"), ["左右"])]


def test_revenue_by_a_comparable_measure_is_the_revenue(bundled: Index) -> None:
    """蚌埠市 2020 of lawtext/gov: 财政收入按可比口径同步增长: 按可比口径 after the name says how it is measured, not
    which series it is (a bare 财政收入, the budget's unless the region's reports say the total)."""
    draft = _drafted(bundled, "全市生产总值增长7.5%以上，财政收入按可比口径同步增长。")
    got = [(t["indicator"], t["kind"], t["against"]) for t in draft["targets"]]
    assert got == [("gdp", "growth", None), ("budget_revenue", "relative", "gdp")]


def test_the_gdp_sentences_first_clause_starts_after_a_colon(bundled: Index) -> None:
    """怀化市 2016 of lawtext/gov (where its marker was passed over): a year's targets given after a colon that
    no marker opens (总的要求是：地区生产总值增长9%左右，…) start after the colon, not with the words before it."""
    text = _report("").replace(
        "今年经济社会发展的主要预期目标是：",
        "做好今年工作，总的要求是：地区生产总值增长9%左右，固定资产投资增长10%。",
    )
    draft = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    got = [(t["indicator"], t["wording"]) for t in draft["targets"]]
    assert got == [("gdp", "地区生产总值增长9%左右"), ("fixed_asset_investment", "固定资产投资增长10%")]


def test_a_share_that_ends_a_list_is_each_names(bundled: Index) -> None:
    """上海 2005: 全社会研究与发展经费支出、环保投入相当于全市生产总值的比例分别达到2.4%、3%以上: the share the
    list's last name ends with is the first's too (R&D intensity, not the spending's growth)."""
    draft = _drafted(
        bundled, "全社会研究与发展经费支出、环保投入相当于全市生产总值的比例分别达到2.4%、3%以上。"
    )
    got = [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in draft["targets"]]
    assert got == [
        ("rd_intensity", "level", D("2.4"), "%"),
        ("environmental_investment_share", "level", D(3), "%"),
    ]


def test_per_head_alone_is_the_name_befores(bundled: Index) -> None:
    """宁夏 2005: 地区生产总值增长10%，突破500亿元，人均达到1000美元: 人均 alone is per head of the name before
    (per capita GDP), and its 均 is no 'each' of a list."""
    draft = _drafted(bundled, "地区生产总值增长10%，突破500亿元，人均达到1000美元。")
    got = [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in draft["targets"]]
    assert got == [
        ("gdp", "growth", D(10), "%"),
        ("gdp", "level", D(500), "亿元"),
        ("per_capita_gdp", "level", D(1000), "美元"),
    ]


def test_other_before_a_name_changes_no_indicator(bundled: Index) -> None:
    """宁夏 2023: …单位GDP能耗、二氧化碳排放和其他污染物排放指标等全面完成国家下达的目标任务: 其他 (the other ones)
    before a name leaves it the catalogue's (the major pollutants' reduction)."""
    draft = _drafted(bundled, "单位GDP能耗、二氧化碳排放和其他污染物排放指标等全面完成国家下达的目标任务。")
    got = [(t["indicator"], t["goal"]) for t in draft["targets"]]
    assert got == [
        ("energy_intensity", "meet_quota"),
        ("carbon_intensity", "meet_quota"),
        ("pollutant_reduction", "meet_quota"),
    ]


@pytest.mark.parametrize(
    ("passage", "indicator"),
    [
        ("单位生产总值二氧化碳排放降低目标与国家“十五五”考核目标统筹衔接。", "carbon_intensity"),  # 河南 2026
        ("能耗强度下降目标与国家“十五五”考核目标统筹衔接。", "energy_intensity"),
    ],
)
def test_a_names_target_before_its_own_words_is_the_names(
    bundled: Index, passage: str, indicator: str
) -> None:
    """河南 2026: 单位生产总值二氧化碳排放降低目标与国家“十五五”考核目标统筹衔接: 降低目标 is the name's (its target), the
    goal the words from 与."""
    draft = _drafted(bundled, passage)
    got = [(t["indicator"], t["kind"], t["goal"]) for t in draft["targets"]]
    assert got == [(indicator, "qualitative", "与国家“十五五”考核目标统筹衔接")]


def test_a_names_verb_before_and_goes_on_with_the_list(bundled: Index) -> None:
    """安徽 2025: 粮食产量和粮食播种面积、单位地区生产总值能耗降低及生态环境质量指标完成国家下达目标任务: 降低 before 及 is
    the name's (能耗降低), the list going on to 生态环境质量指标; all four meet their quota."""
    draft = _drafted(
        bundled,
        "地区生产总值增长5%，粮食产量和粮食播种面积、单位地区生产总值能耗降低及生态环境质量指标完成国家下达目标任务。",
    )
    got = [(t["indicator"], t["goal"]) for t in draft["targets"][1:]]
    assert got == [
        ("grain_output", "meet_quota"),
        ("grain_area", "meet_quota"),
        ("energy_intensity", "meet_quota"),
        ("environment", "meet_quota"),
    ]


def test_no_fewer_ends_a_segment_and_a_normal_year_is_no_name(bundled: Index) -> None:
    """辽宁 2021: 粮食播种面积只增不减、正常年景下产量468亿斤以上: 只增不减 is the area's own goal (the figure after
    the 、 is not the area's), and 正常年景下 (in a normal year) before 产量 leaves the grain's output."""
    draft = _drafted(bundled, "地区生产总值增长5%，粮食播种面积只增不减、正常年景下产量468亿斤以上。")
    got = [(t["indicator"], t["kind"], t["goal"], t["value"], t["unit"]) for t in draft["targets"][1:]]
    assert got == [
        ("grain_area", "qualitative", "只增不减", None, None),
        ("grain_output", "level", None, D(468), "亿斤"),
    ]


def test_research_and_experimental_development_is_r_and_d(bundled: Index) -> None:
    """广东 2012: 研究与实验发展经费支出占生产总值比例1.95%: 研究与实验发展 (the older term) is R&D as 研究与试验发展 is."""
    draft = _drafted(bundled, "地区生产总值增长8.5%，研究与实验发展经费支出占生产总值比例1.95%。")
    got = [(t["indicator"], t["kind"], t["value"]) for t in draft["targets"][1:]]
    assert got == [("rd_intensity", "level", D("1.95"))]


def test_must_alone_names_nothing(bundled: Index) -> None:
    """甘肃 2020: 实现剩余17.5万贫困人口脱贫，8个贫困县摘帽退出，务必确保如期全面完成脱贫攻坚任务: 务必 (must) is a word of
    manner, no indicator's name; the quota after it, whose name is in its words, is no one's target."""
    draft = _drafted(bundled, "地区生产总值增长6%，务必确保如期全面完成脱贫攻坚任务。")
    assert [t["indicator"] for t in draft["targets"]] == ["gdp"]


@pytest.mark.parametrize(
    "review",
    [
        "全省地区生产总值增长5%，实现对俄进出口总额232.8亿美元，增长4.1%。",  # 黑龙江 2015
        "全省地区生产总值增长5%，对日韩进出口增长2.5%。",  # 辽宁 2024
    ],
)
def test_a_partners_trade_is_no_result_of_the_regions(bundled: Index, review: str) -> None:
    """黑龙江 2015, 辽宁 2024: 对俄进出口总额, 对日韩进出口 are the trade with a partner, a part of the region's."""
    assert "foreign_trade" not in _results(bundled, review, {"gdp", "foreign_trade"})


@pytest.mark.parametrize(
    "review",
    [
        "全省地区生产总值增长5%，年均城镇新增就业6.2万人、转移农村劳动力113.2万人次。",  # 青海 2021
        "全省地区生产总值增长5%，平均每年城镇新增就业1000多万人、农村劳动力转移就业800万人。",  # 中国 2008
    ],
)
def test_a_name_of_yearly_averages_takes_no_figure_of_the_next_name(bundled: Index, review: str) -> None:
    """青海 2021, 国务院 2008: 年均城镇新增就业6.2万人、转移农村劳动力113.2万人次: the jobs' figure is the years'
    average, and the next name's figure is not theirs."""
    assert "new_urban_jobs" not in _results(bundled, review, {"gdp", "new_urban_jobs"})


def test_a_level_after_a_yearly_average_is_still_the_names(bundled: Index) -> None:
    """北京 2018: 地区生产总值年均增长7.1%、2017年达到2.8万亿元: the level after the average is GDP's."""
    review = "地区生产总值年均增长7.1%、2017年达到2.8万亿元，一般公共预算收入年均增长10.4%、达到5430.8亿元。"
    got = _results(bundled, review, {"gdp", "budget_revenue"})
    assert got["gdp"] == (None, D("2.8"), "万亿元", None, False)
    assert got["budget_revenue"] == (None, D("5430.8"), "亿元", None, False)


def test_a_contribution_to_a_names_growth_is_not_its_growth(bundled: Index) -> None:
    """河南 2022: 战略性新兴产业对规模以上工业增加值增长贡献率超过40% is a share of industry's growth, not it
    (but 科技进步对经济增长的贡献率, 甘肃 2017, is an indicator of its own)."""
    review = "全省地区生产总值增长5%，战略性新兴产业对规模以上工业增加值增长贡献率超过40%，科技进步对经济增长的贡献率提高到51.3%。"
    got = _results(bundled, review, {"gdp", "industrial_value_added", "tech_progress_contribution"})
    assert "industrial_value_added" not in got
    assert got["tech_progress_contribution"] == (None, D("51.3"), "%", None, False)


def test_a_paragraph_that_says_it_is_of_the_five_years_is_theirs(bundled: Index) -> None:
    """海南 2021: 这是民生领域补短板亮点纷呈、百姓获得感不断增强的五年。…城镇新增就业61.6万人、增长29.2%: the
    paragraph opens a review of the five years, whose count and change are theirs."""
    review = (
        "2023年是极不平凡的一年。全省地区生产总值增长3.5%。\n\n"
        "各位代表！“十四五”时期极不平凡。\n\n"
        "这是民生领域补短板亮点纷呈、百姓获得感不断增强的五年。城镇新增就业61.6万人、增长29.2%。"
    )
    assert "new_urban_jobs" not in _results(bundled, review, {"gdp", "new_urban_jobs"})


def test_the_recurring_revenue_is_no_budget_revenue(bundled: Index) -> None:
    """内蒙古 2007: 财政总收入712.9亿元，增长32.9%，其中经常性财政收入增长21.5%: the recurring revenue is a part."""
    review = (
        "全区生产总值完成4790亿元，增长18%；财政总收入712.9亿元，增长32.9%，其中经常性财政收入增长21.5%。"
    )
    assert "budget_revenue" not in _results(bundled, review, {"gdp", "budget_revenue"})


def test_an_estimate_after_results_stated_reaches_to_its_semicolon(bundled: Index) -> None:
    """江西 2018: 全省实现生产总值20818.5亿元，增长8.9%；…预计实现利润2476.5亿元、增长18%；固定资产投资21770.4亿元，
    增长12.3%: after results stated, the 预计 opens no list (docs/transcribing.md), so the figures after its
    ； are no estimates; 陕西 2010 likewise (；预计城镇居民人均可支配收入14600元…；居民消费价格总水平上涨0.5％)."""
    review = (
        "全省实现生产总值20818.5亿元，增长8.9%；财政总收入3447.4亿元，增长9.7%；规模以上工业增加值增长9.1%，"
        "预计实现利润2476.5亿元、增长18%；固定资产投资21770.4亿元，增长12.3%。"
    )
    got = _results(bundled, review, {"gdp", "fixed_asset_investment"})
    assert got["fixed_asset_investment"] == (D("12.3"), D("21770.4"), "亿元", None, False)
    opened = "全省经济持续向好，预计地区生产总值增长6%；固定资产投资增长8%。"
    assert _results(bundled, opened, {"gdp", "fixed_asset_investment"})["fixed_asset_investment"][-1] is True


def test_one_rate_said_respectively_of_several_names_is_each(bundled: Index) -> None:
    """天津 2009, 2010: 化学需氧量、二氧化硫排放量分别下降1%: the one rate given 分别 is each name's."""
    review = "全市生产总值增长16.5%，万元生产总值能耗下降4.9%，化学需氧量、二氧化硫排放量分别下降1%。"
    got = _results(bundled, review, {"gdp", "cod_emissions", "so2_emissions"})
    assert got["cod_emissions"] == got["so2_emissions"] == (D(-1), None, None, None, False)


def test_the_rise_of_both_incomes_said_all_reached(bundled: Index) -> None:
    """甘肃 2013: 城乡居民收入增幅均达到15%: each of the two incomes grew 15% (增幅均, as 均增长)."""
    review = "全省生产总值增长12.6%，城乡居民收入增幅均达到15%。"
    got = _results(bundled, review, {"gdp", "urban_disposable_income", "rural_disposable_income"})
    assert (
        got["urban_disposable_income"] == got["rural_disposable_income"] == (D(15), None, None, None, False)
    )


def test_revenue_that_still_grew(bundled: Index) -> None:
    """重庆 2010: 在大幅减税让利情况下，地方财政一般预算收入仍增长18.1%: 仍 (still) before the growth."""
    review = "全市生产总值比上年增长14.9%。在大幅减税让利情况下，地方财政一般预算收入仍增长18.1%。"
    got = _results(bundled, review, {"gdp", "budget_revenue"})
    assert got["budget_revenue"] == (D("18.1"), None, None, None, False)


def test_a_sentence_that_opens_with_the_corps_is_the_corps(bundled: Index) -> None:
    """新疆 2007: 兵团生产总值预计完成380亿元，增长12%；…；外贸进出口总额完成35亿美元，增长12.7%: the sentence is
    the Corps' (兵团), a part of the region; the region's trade is in another."""
    review = (
        "全区生产总值预计完成3019亿元，增长11%。"
        "兵团生产总值预计完成380亿元，增长12%；外贸进出口总额完成35亿美元，增长12.7%。"
        "外贸进出口总额预计完成93.7亿美元，增长18%。"
    )
    got = _results(bundled, review, {"gdp", "foreign_trade"})
    assert got["foreign_trade"] == (D(18), D("93.7"), "亿美元", None, True)


@pytest.mark.parametrize(
    ("passage", "value", "unit"),
    [
        ("全社会固定资产投资增长12. 9%，社会消费品零售总额增长9.5%。", D("12.9"), "%"),  # 甘肃省 2001
        ("地方财政收入达到58. 38亿元，增长7.59%。", D("58.38"), "亿元"),  # 甘肃省 1999
    ],
)
def test_a_space_after_the_decimal_point_splits_no_figure(
    bundled: Index, passage: str, value: D, unit: str
) -> None:
    """甘肃省 2001 and 1999 of lawtext/gov: 全社会固定资产投资增长12. 9%; 地方财政收入达到58. 38亿元: a space typed after the
    decimal point (广东 2005 too, 协议投资11. 88亿美元) is one figure, not 12% and 9%."""
    first = _drafted(bundled, passage)["targets"][0]
    assert (first["value"], first["unit"]) == (value, unit)
    assert passage.split("，")[0] in first["wording"]


def test_a_count_of_things_is_no_level_of_the_name_before(bundled: Index) -> None:
    """深圳市 2020 of lawtext/gov: 地方一般公共预算收入增长4.5%左右；完成40项民生实事: 40项 counts the
    projects named after it, not the revenue before (measured in 亿元): no target of that, and the
    clause is left for a person to read; a figure that fits the name before stays its (达到30亿美元)."""
    got = _drafted(
        bundled,
        "地方一般公共预算收入增长4.5%左右；完成40项民生实事，新增就业15万人；进出口总额增长8%，达到30亿美元。",
    )
    assert [(t["indicator"], t["kind"], t["value"], t["unit"]) for t in got["targets"]] == [
        ("budget_revenue", "growth", D("4.5"), "%"),
        ("new_urban_jobs", "level", D(15), "万人"),
        ("foreign_trade", "growth", D(8), "%"),
        ("foreign_trade", "level", D(30), "亿美元"),
    ]
    assert got["unread"] == ["完成40项民生实事"]


@pytest.mark.parametrize(
    ("passage", "value"),
    [
        ("今年全省国内生产总值增长的预期目标为8.5%。", D("8.5")),  # 湖南省 2002
        ("今年经济增长速度的调控目标定为8%，物价上涨幅度控制在10%左右。", D(8)),  # 国务院 1996, 1997
        ("今年全省经济增长的预期目标是9%，地方财政收入增长10%。", D(9)),  # 陕西省 2002
    ],
)
def test_a_name_given_its_own_target_in_words(bundled: Index, passage: str, value: D) -> None:
    """湖南省 2002 of lawtext/gov: 今年全省国内生产总值增长的预期目标为8.5%; 国务院 1996: 经济增长速度的调控目标定为8%:
    the words of a target after a name (的预期目标为, 的调控目标定为) are no list's opening but the name's own."""
    first = _drafted(bundled, passage)["targets"][0]
    assert (first["indicator"], first["kind"], first["value"]) == ("gdp", "growth", value)
    assert first["wording"] == passage.split("，")[0].rstrip("。")


def test_an_amount_added_is_not_the_amount(bundled: Index) -> None:
    """山东省 1997 of lawtext/gov: 去年全省新增地方财政收入61亿元: what the revenue grew by, not the revenue; 新增 in a
    count's own name (新增农村劳动力转移就业) stays its name."""
    review = "全年实现国内生产总值5960亿元，比上年增长12.2%。强化了税收征管，去年全省新增地方财政收入61亿元。"
    assert "budget_revenue" not in _results(bundled, review, {"gdp", "budget_revenue"})
    catalogue = Catalogue(bundled.indicators())
    assert catalogue.match("新增地方财政收入") is None
    assert catalogue.match("新增农村劳动力转移就业") == "rural_labour_transfer"


@pytest.mark.parametrize("plan", ["八五", "九五"])
def test_the_value_risen_from_at_a_plans_end_is_no_result(bundled: Index, plan: str) -> None:
    """内蒙古自治区 2001 of lawtext/gov: 国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元: the value at the plan's
    end (期末的) is what it rose from; the result is the one it rose to."""
    review = f"全市生产总值由“{plan}”期末的833亿元增加到1400亿元，比上年增长10%。"
    assert _results(bundled, review, {"gdp"})["gdp"] == (D(10), D(1400), "亿元", None, False)


def test_the_year_a_long_plan_looks_to_is_not_the_reports() -> None:
    """甘肃省 1996 of lawtext/gov, titled 关于甘肃省“九五”计划和2010年远景规划纲要的报告 and given on 1996年2月3日: its
    year is 1996, not the 2010 its long plan looks to (a title's 2035年远景目标 likewise)."""
    text = (
        "---\ntitle: 关于测试省“九五”计划和2010年远景规划纲要的报告\n---\n\n"
        "——1996年2月3日在测试省第八届人民代表大会第四次会议上\n\n"
        "1995年全省国内生产总值552亿元，比上年增长9.86%。\n\n"
        "今年全省经济和社会发展的奋斗目标是：国内生产总值653亿元，增长9%。\n"
    )
    assert read_report(text).year == 1996


def test_names_without_a_figure_are_not_carried_past_their_sentence_or_semicolon(bundled: Index) -> None:
    """广东省 2000 of lawtext/gov: 出口总额增长2％；商品零售价格和居民消费价格总水平略有上升；城镇登记失业率控制在3％左右: the
    names of the clause before the ； are not those of the unemployment rate's 3% (no CPI of 3%)."""
    passage = "出口总额增长2％；商品零售价格和居民消费价格总水平略有上升；城镇登记失业率控制在3％左右；人口自然增长率控制在10‰以内。"
    got = [(t["indicator"], t["value"], t["wording"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("exports", D(2), "出口总额增长2％"),
        ("registered_unemployment", D(3), "城镇登记失业率控制在3％左右"),
        ("population_growth", D(10), "人口自然增长率控制在10‰以内"),
    ]


def test_handling_relations_rightly_is_work_not_a_target(bundled: Index) -> None:
    """山东省 1997 of lawtext/gov: …城镇登记失业率控制在4%。在工作指导上，要正确处理改革、发展、稳定的关系: work to do, whose
    稳定 is no target's goal."""
    passage = "城镇登记失业率控制在4%。在工作指导上，要正确处理改革、发展、稳定的关系，物质文明建设与精神文明建设的关系。"
    got = [(t["indicator"], t["value"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [("registered_unemployment", D(4))]


def test_retail_prices_are_not_consumer_prices(bundled: Index) -> None:
    """山东省 1996 of lawtext/gov: 零售物价总水平涨幅控制在10%左右: the retail price index, not the CPI (物价总水平)."""
    catalogue = Catalogue(bundled.indicators())
    assert catalogue.match("零售物价总水平涨幅") is None
    assert catalogue.match("物价总水平") == "cpi"


def test_a_plans_yearly_average_is_no_target_of_the_year(bundled: Index) -> None:
    """海南省 1996 of lawtext/gov: “九五”期间我省国内生产总值年平均增长应达到15%左右: the plan's yearly average (年平均, as
    年均), not the year's target."""
    passage = "地区生产总值增长12%。“九五”期间我省国内生产总值年平均增长应达到15%左右。"
    assert [(t["indicator"], t["value"]) for t in _drafted(bundled, passage)["targets"]] == [("gdp", D(12))]


def test_more_effort_and_a_sound_plan_are_work(bundled: Index) -> None:
    """河北省 1998 of lawtext/gov: 加大经济结构调整力度，合理安排固定资产投资，…，保持财政收入较快增长: work to do, no target
    of economic structure nor of investment (its name not carried to the revenue's clause)."""
    passage = "地区生产总值增长10%，加大经济结构调整力度，合理安排固定资产投资，提高对外对内开放水平，保持财政收入较快增长和金融秩序稳定。"
    got = [t["indicator"] for t in _drafted(bundled, passage)["targets"]]
    assert got == ["gdp", "budget_revenue"]


def test_a_clause_that_says_among_which_names_nothing(bundled: Index) -> None:
    """湖南省 2002 of lawtext/gov: 在各项经济指标中，突出抓好两个收入的增长，即财政收入增长速度高于GDP增长速度，达到9.5%: 在…中
    says among which the targets after it are; 各项经济指标 is no indicator of them."""
    passage = "在各项经济指标中，突出抓好两个收入的增长，即财政收入增长速度高于GDP增长速度，达到9.5%，城镇居民人均可支配收入增长6%以上。"
    got = [(t["indicator"], t["kind"]) for t in _drafted(bundled, passage)["targets"]]
    assert got == [
        ("budget_revenue", "relative"),
        ("budget_revenue", "growth"),
        ("urban_disposable_income", "growth"),
    ]


def test_growth_said_by_an_on_the_same_basis_is_read(bundled: Index) -> None:
    """内蒙古自治区 2002 of lawtext/gov: 其中，地方财政收入117.4亿元，按同口径增长10.8％: 按同口径 as 同口径, the growth read."""
    review = "全区实现国内生产总值1545.5亿元，比上年增长9.6％。其中，地方财政收入117.4亿元，按同口径增长10.8％；地方财政支出335.3亿元，增长28.4％。"
    got = _results(bundled, review, {"gdp", "budget_revenue"})
    assert got["budget_revenue"][:3] == (D("10.8"), D("117.4"), "亿元")


def test_what_happens_in_a_names_course_or_it_has_is_no_goal_of_it(bundled: Index) -> None:
    """国务院 1995 of lawtext/gov: 实现这样的目标，必须继续加强和改善宏观调控，及时解决经济发展中出现的新问题: what arises in
    the economy's course (中出现的新问题) is no qualitative target of GDP."""
    passage = (
        "地区生产总值增长8%，实现这样的目标，必须继续加强和改善宏观调控，及时解决经济发展中出现的新问题。"
    )
    assert [t["indicator"] for t in _drafted(bundled, passage)["targets"]] == ["gdp"]
    # 现在国际国内时机有利，我国经济增长具有潜力: what the economy has, no goal of it either
    passage = "地区生产总值增长8%。现在国际国内时机有利，我国经济增长具有潜力，实现较快的经济增长是有可能的。"
    assert [t["indicator"] for t in _drafted(bundled, passage)["targets"]] == ["gdp"]


def test_a_share_in_the_countrys_goal_is_no_target(bundled: Index) -> None:
    """山东省 1998 of lawtext/gov: …力争发展得更好更快一些，为全国实现8%的发展目标作出更多的贡献: the country's goal the
    province serves (为全国实现), no target of its own."""
    passage = "地区生产总值增长9%。执行中要力争发展得更好更快一些，为全国实现8%的发展目标作出更多的贡献。"
    assert [(t["indicator"], t["value"]) for t in _drafted(bundled, passage)["targets"]] == [("gdp", D(9))]


@pytest.mark.parametrize(
    ("passage", "last"),
    [
        (  # 锦州市 2025 of lawtext/gov
            "地区生产总值增长6%，单位地区生产总值能耗下降3%以上。各项主要经济指标增速超过全国、全省平均水平。",
            "各项主要经济指标增速超过全国、全省平均水平",
        ),
        (  # 绥化市 2025 of lawtext/gov
            "外贸进出口增速高于全省。城乡居民收入增长与经济增长同步。城镇调查失业率低于全省平均水平。",
            "城镇调查失业率低于全省平均水平",
        ),
    ],
)
def test_a_sentence_of_a_comparison_goes_on_with_the_list(bundled: Index, passage: str, last: str) -> None:
    """锦州市 2025, 绥化市 2025 of lawtext/gov: a sentence after the list that compares (超过全国、全省平均水平;
    低于全省平均水平) is one of its targets, as one that says 高于 is."""
    assert _drafted(bundled, passage)["targets"][-1]["wording"] == last


def test_a_growth_above_the_country_and_the_province_is_above_each(bundled: Index) -> None:
    """锦州市 2025 of lawtext/gov: 各项主要经济指标增速超过全国、全省平均水平 compares with the country and the
    province (the 、 lists places, not names); and the words of 乐山市 2021's five-year goals,
    城乡居民人均可支配收入增速高于全国、全省平均水平, would be the one income against each, not the urban
    income against the country and the rural against the province."""
    got = _targets(
        bundled,
        "各项主要经济指标增速超过全国、全省平均水平，城乡居民人均可支配收入增速高于全国、全省平均水平。",
    )
    assert [(t["indicator"], t["kind"], t.get("against_region")) for t in got] == [
        ("main_economic_indicators", "relative", "china"),
        ("main_economic_indicators", "relative", "parent"),
        ("disposable_income", "relative", "china"),
        ("disposable_income", "relative", "parent"),
    ]


@pytest.mark.parametrize(
    "passage",
    [
        "金融机构存贷款余额分别增长8%左右、11%左右。",  # 遵义市 2023 of lawtext/gov
        "金融机构存贷款余额分别增长13%和15%。",  # 保山市 2023 of lawtext/gov
    ],
)
def test_deposits_and_loans_given_figures_in_turn_are_two(bundled: Index, passage: str) -> None:
    """遵义市 2023, 保山市 2023 of lawtext/gov: 金融机构存贷款余额分别增长… is the deposits' figure and the
    loans', in turn, as 城乡居民人均可支配收入分别增长… is the urban income's and the rural one's."""
    got = _drafted(bundled, passage)["targets"]
    assert [t["indicator_zh"] for t in got] == ["金融机构存款余额", "金融机构贷款余额"]


def test_a_fall_said_bi_jiang_is_a_fall(bundled: Index) -> None:
    """福州 2010 of lawtext/gov: 出口总额达115.82亿美元，比降14.8%: 比降 (a fall on the year), as 比增 is a rise."""
    review = (
        "全市生产总值达2520.69亿元，比增12.6%；出口总额达115.82亿美元，比降14.8%；"
        "社会消费品零售总额达1332亿元，比增17.7%。"
    )
    got = _results(bundled, review, {"gdp", "exports", "retail_sales"})
    assert got["exports"] == (D("-14.8"), D("115.82"), "亿美元", None, False)
    assert got["retail_sales"] == (D("17.7"), D(1332), "亿元", None, False)


def test_the_tax_refunded_on_exports_is_no_exports(bundled: Index) -> None:
    """厦门 2010 of lawtext/gov: 全年完成出口退税180亿元，增长18%: the refund of tax on exports, not the exports."""
    review = (
        "全年地区生产总值1619亿元，增长8%。全年完成出口退税180亿元，增长18%；市财政直接扶持出口资金1.85亿元。"
    )
    assert "exports" not in _results(bundled, review, {"gdp", "exports"})


def test_a_quantity_per_unit_listed_after_another_is_of_the_same_unit(bundled: Index) -> None:
    """西宁 2017 of lawtext/gov: 万元工业增加值能耗和用水量分别下降10%和32.8%: the water per unit of
    industrial value added, not per unit of GDP."""
    review = "全市地区生产总值增长9.8%。万元工业增加值能耗和用水量分别下降10%和32.8%。"
    got = _results(bundled, review, {"gdp", "water_intensity", "industrial_water_intensity"})
    assert "water_intensity" not in got
    assert got["industrial_water_intensity"] == (D("-32.8"), None, None, None, False)


@pytest.mark.parametrize(
    ("review", "key", "expected"),
    [
        # 哈尔滨 2010 of lawtext/gov
        (
            "城镇人均可支配收入达到15887元，增长8.9%。",
            "urban_disposable_income",
            (D("8.9"), D(15887), "元", None, False),
        ),
        # 保定 2021 of lawtext/gov
        (
            "城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元。",
            "rural_disposable_income",
            (None, D("1.7"), "万元", None, False),
        ),
    ],
)
def test_the_urban_and_rural_incomes_by_their_shorter_names(
    bundled: Index, review: str, key: str, expected: tuple[Any, ...]
) -> None:
    """哈尔滨 2010, 保定 2021 of lawtext/gov: 城镇人均可支配收入 and 乡村居民人均可支配收入 are the urban and
    rural incomes, not the residents' income."""
    got = _results(bundled, "全市地区生产总值增长9%。" + review, {"gdp", key})
    assert got[key] == expected
    assert "disposable_income" not in got


def test_the_investment_of_high_tech_industries_is_no_investment_in_industry(bundled: Index) -> None:
    """大连 2021 of lawtext/gov: 全市高技术产业投资增长104.6％: a part of 产业投资, not the whole."""
    review = "全市地区生产总值增长0.9％。新兴产业加快发展，全市高技术产业投资增长104.6％。"
    assert "industry_investment" not in _results(bundled, review, {"gdp", "industry_investment"})


def test_the_growth_after_one_since_an_earlier_year_is_of_the_years(bundled: Index) -> None:
    """东莞 2007 of lawtext/gov: 2006年全市生产总值达到2624亿元，比2003年增长72.1%…；工业总产值5512亿元，增长88.8%;
    the growth rates after the one since 2003, up to the sentence's end, are of three years, not 2006's."""
    review = (
        # (the years of a report of 2024, which the test drafts)
        "2023年全市生产总值达到2624亿元，比2020年增长72.1%，年均增长19.8%；工业总产值5512亿元，增长88.8%；"
        "财政总收入406.5亿元，增长96.9%，其中市财政一般预算收入128.9亿元，增长91.2%。"
    )
    got = _results(bundled, review, {"gdp", "budget_revenue", "industrial_output"})
    assert got["budget_revenue"] == (None, D("128.9"), "亿元", None, False)
    assert got["industrial_output"] == (None, D(5512), "亿元", None, False)


def test_the_city_owned_investment_is_a_part(bundled: Index) -> None:
    """拉萨 2003 of lawtext/gov: 各类固定资产投资总规模达到58亿元，其中，市属固定资产投资规模达到14.65亿元，增长20%:
    the growth is of the city-owned part's (市属), not the whole's."""
    review = (
        "全市国内生产总值达到55亿元，同口径增长16.6%。各类固定资产投资总规模达到58亿元，其中，"
        "市属固定资产投资规模达到14.65亿元，增长20%，投资对我市经济增长的贡献率达到60%以上。"
    )
    got = _results(bundled, review, {"gdp", "fixed_asset_investment"})
    assert got["fixed_asset_investment"] == (None, D(58), "亿元", None, False)


def test_a_growth_on_the_provinces_basis(bundled: Index) -> None:
    """南昌 2021 of lawtext/gov: 财政总收入1008.8亿元，省口径增长1%: the growth on the province's basis (省口径)."""
    review = "全年地区生产总值增长3.6%；财政总收入1008.8亿元，省口径增长1%；地方一般公共预算收入483.9亿元，增长1.4%。"
    got = _results(bundled, review, {"gdp", "total_fiscal_revenue"})
    assert got["total_fiscal_revenue"] == (D(1), D("1008.8"), "亿元", None, False)


def test_a_unit_written_once_after_figures_listed_is_each_ones(bundled: Index) -> None:
    """衡阳 2016 of lawtext/gov: 全市地区生产总值、财政总收入分别达到2600、261.86亿元（预计数，下同）…同比分别增长8.8%、
    11.1%; 城乡居民人均可支配收入分别为26514、14500元: 2600 is in 亿元 and 26514 in 元, as the figure after them."""
    review = (
        "全市地区生产总值、财政总收入分别达到2600、261.86亿元（预计数，下同），同比分别增长8.8%、11.1%；"
        "城乡居民人均可支配收入分别为26514、14500元。"
    )
    got = _results(
        bundled, review, {"gdp", "total_fiscal_revenue", "urban_disposable_income", "rural_disposable_income"}
    )
    assert got["gdp"] == (D("8.8"), D(2600), "亿元", None, True)
    assert got["total_fiscal_revenue"] == (D("11.1"), D("261.86"), "亿元", None, True)
    assert got["urban_disposable_income"] == (None, D(26514), "元", None, True)


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        # 福州 2006 of lawtext/gov: 完成额 (the amount completed) is part of the name, not its verb
        ("全社会固定资产投资完成额达600亿元，比增13.9%。", (D("13.9"), D(600), "亿元", None, False)),
        # 贵阳 2017 of lawtext/gov: the size noted after the name is no level
        (
            "固定资产投资（500万元口径）达到3380.73亿元，年均增长21.5%。",
            (None, D("3380.73"), "亿元", None, False),
        ),
    ],
)
def test_words_after_the_investments_name_that_give_no_figure(
    bundled: Index, review: str, expected: tuple[Any, ...]
) -> None:
    """福州 2006, 贵阳 2017 of lawtext/gov: 投资完成额达600亿元 and 投资（500万元口径）达到3380.73亿元 give the level."""
    got = _results(bundled, "全市地区生产总值增长9%。" + review, {"gdp", "fixed_asset_investment"})
    assert got["fixed_asset_investment"] == expected


def test_the_parts_of_the_year_each_with_its_growth_before_the_whole_years(bundled: Index) -> None:
    """楚雄彝族自治州 2021 of lawtext/gov: 地区生产总值一季度增长0.3%、上半年增长3.1%、前三季度增长5.2%、全年增长6%:
    the whole year's 6%, not the first quarter's."""
    review = "据统计核算，地区生产总值一季度增长0.3%、上半年增长3.1%、前三季度增长5.2%、全年增长6%。财政一般公共预算收入增长3%。"
    assert _results(bundled, review, {"gdp"})["gdp"] == (D(6), None, None, None, False)


def test_a_share_of_the_country_kept_is_the_share_kept_stable(bundled: Index) -> None:
    """宁波市 2023-2025 of lawtext/gov: 外贸自营进出口总额保持全国占比份额 keeps the trade's share of the
    country's (stable, 保持), not the trade itself with a goal in the report's words."""
    got = _targets(bundled, "地区生产总值增长5.5%，外贸自营进出口总额保持全国占比份额。")[1:]
    assert [(t["indicator"], t["kind"], t["goal"], t["qualifiers"]) for t in got] == [
        ("foreign_trade_national_share", "qualitative", "stable", ["保持"])
    ]


def test_the_draft_dates_its_source_by_the_day_delivered(run: Run, tmp_path: Path) -> None:
    """——2023年1月7日在…上 is the source's delivered day, as the bundled data and format.md name it (it was drafted as posted)."""
    import tomli

    report = tmp_path / "report.md"
    report.write_text(
        "# 北区政府工作报告\n\n——2023年1月7日在北区第一届人民代表大会第三次会议上\n\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n",
        encoding="utf-8",
    )
    result = run("extract", str(report), "--region", "north")
    assert result.exit_code == 0, result.stderr
    (source,) = tomli.loads(result.stdout)["sources"]
    assert (str(source["delivered"]), "posted" in source) == ("2023-01-07", False)


def test_results_given_as_bounds_are_drafted_with_their_bounds(bundled: Index) -> None:
    """突破6万亿元，增长12%以上: each figure's bound is drafted beside it, in JSON and TOML; 增长6%左右 is none."""
    review = "全省地区生产总值突破6万亿元，增长12%以上。一般公共预算收入增长6%左右。"
    report = _report("地区生产总值增长5%。", review)
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "json"], input=report)
    assert result.exit_code == 0, result.stderr
    keys = ("growth", "level", "level_unit", "estimate", "growth_bound", "level_bound", "change_pp_bound")
    assert [{k: o[k] for k in keys} for o in json.loads(result.stdout)["outcomes"]] == [
        {
            "growth": 12,
            "level": 6,
            "level_unit": "万亿元",
            "estimate": False,
            "growth_bound": "at_least",
            "level_bound": "more_than",
            "change_pp_bound": None,
        },
        {
            "growth": 6,
            "level": None,
            "level_unit": None,
            "estimate": True,
            "growth_bound": None,
            "level_bound": None,
            "change_pp_bound": None,
        },
    ]
    toml = CliRunner().invoke(cli, ["extract", "-"], input=report).stdout
    assert 'level_unit = "万亿元"\ngrowth_bound = "at_least"\nlevel_bound = "more_than"\nwording' in toml
    # A rate kept within a figure is its level at most it; a fall of 5% or more, a growth at most -5.
    review = "居民消费价格涨幅控制在3%以内。单位生产总值能耗下降5%以上。城镇登记失业率近4%。"
    draft = extract(
        _report("地区生产总值增长5%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: {"cpi", "energy_intensity", "registered_unemployment"},
    )
    got = {
        o["indicator"]: (o["growth"], o["level"], o["growth_bound"], o["level_bound"])
        for o in as_json(draft)["outcomes"]
    }
    assert got == {
        "cpi": (None, D(3), None, "at_most"),
        "energy_intensity": (D(-5), None, "at_most", None),
        "registered_unemployment": (None, D(4), None, None),
    }


def test_a_bound_at_either_end_of_a_list_bounds_each_figure_and_a_step_passed_is_one(bundled: Index) -> None:
    """分别增长13%和15%以上, 分别控制在3%和5%以内, 分别突破2.6万元和1万元: the bound bounds each figure of the
    list (the data's rule for 分别 lists); 下降3.5%左右和3%以上 bounds the second alone; 迈上4万亿元新台阶 and
    跨上…台阶 are passed, as 突破 is."""
    review = (
        "城镇居民人均可支配收入、农民人均纯收入分别增长13%和15%以上。"
        "居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内。"
        "万元地区生产总值能耗、水耗分别下降3.5%左右和3%以上。"
        "全省生产总值增长8.1%，经济总量迈上4万亿元新台阶。"
        "城乡居民人均收入分别突破2.6万元和1万元。"
    )
    indicators = (
        "urban_disposable_income",
        "rural_net_income",
        "cpi",
        "surveyed_unemployment",
        "energy_intensity",
        "water_intensity",
        "gdp",
    )
    draft = extract(
        _report("地区生产总值增长5%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: set(indicators),
    )
    got = {
        o["indicator"]: (o["growth"], o["level"], o["growth_bound"], o["level_bound"])
        for o in as_json(draft)["outcomes"]
    }
    assert got == {
        "urban_disposable_income": (D(13), None, "at_least", None),
        "rural_net_income": (D(15), None, "at_least", None),
        "cpi": (None, D(3), None, "at_most"),
        "surveyed_unemployment": (None, D(5), None, "at_most"),
        "energy_intensity": (D("-3.5"), None, None, None),
        "water_intensity": (D(-3), None, "at_most", None),
        "gdp": (D("8.1"), D(4), None, "more_than"),
    }


def test_a_sentence_chosen_by_a_name_that_gives_it_nothing_gives_way_to_the_clauses_subjects(
    bundled: Index,
) -> None:
    """沈阳市 2005 of lawtext/gov: 实际调入外资总额居全省第一位，增长71.7％ names 外资 but gives it nothing,
    so the result is the one the GDP sentence gives by another name (利用外商直接投资实现24.2亿美元，增长71.7％);
    佛山市 2014: 物价上涨补贴2421万元 is no price level, 居民消费价格指数102.5 is."""
    review = (
        "全市地区生产总值实现1900.7亿元，同比增长15.5％；利用外商直接投资实现24.2亿美元，增长71.7％；"
        "居民消费价格指数102.5。\n\n全市实际调入外资总额居全省第一位，增长71.7％，名列前茅。"
        "发放低收入群众物价上涨补贴2421万元，惠及群众近6.5万人次。"
    )
    got = _results(bundled, review, {"gdp", "foreign_capital", "cpi"})
    assert got["foreign_capital"] == (D("71.7"), D("24.2"), "亿美元", None, False)
    assert got["cpi"] == (None, D("102.5"), None, None, False)


def test_cross_border_e_commerce_trade_is_a_part_of_foreign_trade(bundled: Index) -> None:
    """广东 2024: 跨境电商进出口总额突破8000亿元 is the cross-border e-commerce's trade, no result of the
    foreign trade the report of the year before targeted (进出口顶住压力、逆势实现正增长 gives it no figure)."""
    review = (
        "地区生产总值增长5%，进出口顶住压力、逆势实现正增长。跨境电商进出口总额突破8000亿元、占全国超1/3。"
    )
    assert "foreign_trade" not in _results(bundled, review, {"gdp", "foreign_trade"})


def test_the_years_review_ends_where_a_paragraph_turns_to_the_five_years(bundled: Index) -> None:
    """鹤壁市 2014 of lawtext/gov: under 一、过去五年工作回顾, 2013's results come first, then a paragraph
    turns to the five years after one sentence (2013年各项目标的实现，…顺利完成。五年来，…), and the
    sections after it count the five years' jobs (新增城镇就业22.4万人), not 2013's."""
    text = (
        "——2014年1月8日在测试市第十届人民代表大会第四次会议上\n\n一、过去五年工作回顾\n\n"
        "2013年，我市认真贯彻落实各项决策部署。全年地区生产总值同比增长12.5%，公共财政预算收入增长21.4%。\n\n"
        "2013年各项目标的实现，标志着市九届人大确定的任务顺利完成。五年来，全市上下团结奋进，"
        "各项工作取得明显成效。五年来，我们主要抓了以下工作：\n\n"
        "（一）抓改革、惠民生。新增城镇就业22.4万人，下岗失业人员再就业8.7万人。\n\n"
        "二、2014年工作安排\n\n今年经济社会发展主要目标是：生产总值增长10%以上，城镇新增就业3万人以上。\n"
    )
    got = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(o["indicator"], o["growth"], o["level"]) for o in got["outcomes"]] == [
        ("gdp", D("12.5"), None),
        ("budget_revenue", D("21.4"), None),
    ]


def test_the_regions_own_di_qu_before_a_name_is_no_parts(bundled: Index) -> None:
    """太原市 2005, 2008 and 2012, 西宁市 2012 of lawtext/gov: 地区外贸出口总额26.3亿美元 opening its name is the
    region's own (地区, as in 地区生产总值), not a part's as 湘西地区…收入 is."""
    review = "对外贸易不断扩大，地区外贸出口总额26.3亿美元，增长73.3%。湘西地区农村居民人均可支配收入3000元，增长10%。"
    got = _results(bundled, review, {"gdp", "exports", "rural_disposable_income"})
    assert got == {"exports": (D("73.3"), D("26.3"), "亿美元", None, False)}


@pytest.mark.parametrize("words", ["厦台进出口贸易额增长33.9%", "对台进出口总额81亿美元，增长12%"])
def test_the_trade_with_taiwan_is_a_part_of_foreign_trade(bundled: Index, words: str) -> None:
    """厦门市 2022 of lawtext/gov: 厦台进出口贸易额增长33.9% is the trade with Taiwan (对台进出口总额, 福州 and
    厦门), a part, no result of the foreign trade the report of the year before targeted."""
    review = f"地区生产总值增长5%，外贸形势严峻。{words}，率先实现台胞按内资企业注册公司。"
    assert "foreign_trade" not in _results(bundled, review, {"gdp", "foreign_trade"})


def test_the_revenue_organised_is_the_total_fiscal_revenue(bundled: Index) -> None:
    """桂林市 2020 of lawtext/gov: 组织财政收入按可比口径增长7% targets the revenue collected in all, the
    whole of which the budget's is part (桂林市 2022: 组织财政收入按可比口径增长13.3%，其中一般公共预算收入增长5.4%)."""
    got = _drafted(bundled, "地区生产总值增长6.5%，组织财政收入按可比口径增长7%。")
    assert [(t["indicator"], t["value"]) for t in got["targets"]] == [
        ("gdp", D("6.5")),
        ("total_fiscal_revenue", D(7)),
    ]


def _term_results(bundled: Index, review: str) -> list[tuple[Any, ...]]:
    """The results drafted from a made-up city report of 2023 with this review."""
    text = (
        f"——2023年1月8日在测试市第八届人民代表大会第一次会议上\n\n{review}\n\n二、2023年工作安排\n\n"
        "今年经济社会发展主要预期目标是：生产总值增长7%，城镇新增就业3万人，城镇登记失业率控制在4%以内。\n"
    )
    got = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    return [(o["indicator"], o["growth"], o["level"], o["level_bound"]) for o in got["outcomes"]]


def test_a_governments_term_is_reviewed_as_five_years_are(bundled: Index) -> None:
    """漯河市 2023 of lawtext/gov: under 一、本届政府及2022年工作回顾, 市七届人大一次会议以来… counts the term's
    jobs (新增城镇就业22.5万人), not 2022's; 包头市 2022: the term's review first, then 2022's, whose
    一年来，我们锚定“十四五”开好局 heads no plan; 六安市 2022: 四年来，… opening a paragraph."""
    term_first = (
        "一、本届政府及2022年工作回顾\n\n市七届人大一次会议以来，我们砥砺奋进。新增城镇就业22.5万人。\n\n"
        "各位代表！刚刚过去的2022年，是本届政府的收官之年。生产总值增长4.5%。\n\n"
        "各位代表，一年来，我们锚定“十四五”开好局、起好步的目标。全年城镇登记失业率控制在3.5%以内。"
    )
    assert _term_results(bundled, term_first) == [
        ("gdp", D("4.5"), None, None),
        ("registered_unemployment", None, D("3.5"), "at_most"),
    ]
    four_years = (
        "一、砥砺前行\n\n四年来，全市上下团结奋斗。城镇新增就业21.42万人。\n\n"
        "2022年是极不平凡的一年。生产总值增长4.5%。"
    )
    assert _term_results(bundled, four_years) == [("gdp", D("4.5"), None, None)]


def test_a_year_reviewed_before_the_governments_term_is_read_first(bundled: Index) -> None:
    """大连市 2022 of lawtext/gov: 一、2021年主要工作, then 二、本届政府工作回顾 (2021年是本届政府的收官之年。
    过去四年，…): 2022's results are the first section's; 长春市 2017: a paragraph opening the term's
    review after the year's (根据中央部署，本届政府提前一年换届。市十四届人大一次会议以来，…) ends the year's,
    whose bound stays the year's."""
    year_first = (
        "一、2022年主要工作\n\n2022年，全市生产总值增长4.5%，城镇新增就业2.2万人。\n\n"
        "二、本届政府工作回顾\n\n2022年是本届政府的收官之年。过去四年，城镇新增就业9.7万人。"
    )
    assert _term_results(bundled, year_first) == [
        ("gdp", D("4.5"), None, None),
        ("new_urban_jobs", None, D("2.2"), None),
    ]
    term_after = (
        "一、2022年工作回顾\n\n2022年，全市生产总值增长4.5%，城镇登记失业率保持在4%以下。\n\n"
        "根据中央部署，本届政府提前一年换届。市十四届人大一次会议以来，城镇新增就业9.7万人。"
    )
    assert _term_results(bundled, term_after) == [
        ("gdp", D("4.5"), None, None),
        ("registered_unemployment", None, D(4), "at_most"),
    ]


@pytest.mark.parametrize(
    "words",
    ["原定的治淮任务，有望在本届政府任期内完成。", "金融撬动不断强化。四年来，我们强力推动金融撬动战略。"],
)
def test_a_term_named_within_the_years_review_makes_it_no_terms(bundled: Index, words: str) -> None:
    """anhui-2004: 有望在本届政府任期内完成; xizang-2017: 四年来 within a paragraph of the year's review: the
    year's bound (城镇登记失业率控制在4.5％以内) stays the year's."""
    review = f"一、2022年工作回顾\n\n2022年，全市生产总值增长4.5%，城镇登记失业率控制在4.5%以内。{words}"
    assert _term_results(bundled, review) == [
        ("gdp", D("4.5"), None, None),
        ("registered_unemployment", None, D("4.5"), "at_most"),
    ]


@pytest.mark.parametrize(
    ("review", "level"),
    [
        ("城镇、农村居民人均可支配收入分别达到74400元和47455元，城乡居民收入倍差进一步缩小至1.57。", "1.57"),
        ("城乡收入比降至1.53：1，居全省前列。", "1.53"),
        ("城乡居民人均可支配收入分别达到8.3万元和4.6万元，收入差距缩小至1.79∶1。", "1.79"),
    ],
)
def test_a_ratio_reached_is_a_level_without_a_unit(bundled: Index, review: str, level: str) -> None:
    """湖州市 2024 of lawtext/gov (城乡居民收入倍差进一步缩小至1.57), 中山市 2016 (收入比降至1.53：1), suzhou-2024 (收入
    差距缩小至1.79∶1, 城乡 named before): the urban-rural income ratio targeted is a level with no unit, the
    1 of ∶1 no figure; they were missed."""
    got = _results(bundled, review, {"urban_rural_income_ratio"})
    assert got["urban_rural_income_ratio"] == (None, D(level), None, None, False)


def test_a_ratio_narrowed_to_within_a_bound_in_the_five_years_review_is_theirs(bundled: Index) -> None:
    """zhejiang-2023: 城乡居民收入倍差从2.04缩小到1.94以内, in the review of the five years after the last
    year's, bounds the five years, as 控制在…以内 there does: no result of the last year."""
    text = (
        "——2023年1月16日在测试市第八届人民代表大会第一次会议上\n\n一、2022年和过去五年工作回顾\n\n"
        "2022年，全市生产总值增长4.5%。\n\n各位代表！本届政府任期已满。五年来，我们砥砺奋进。\n\n"
        "——共同富裕扎实开局。城乡居民收入倍差从2.04缩小到1.94以内。\n\n二、2023年工作安排\n\n"
        "今年经济社会发展主要预期目标是：生产总值增长5%，城乡居民收入倍差持续缩小。\n"
    )
    got = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    assert [(o["indicator"], o["growth"], o["level"]) for o in got["outcomes"]] == [("gdp", D("4.5"), None)]


def test_a_bare_percentage_after_a_decline_is_the_same_decline(bundled: Index) -> None:
    """大连 2006: 综合能耗和水耗降低4％，力争5％ targets a fall of 5% too, not a level of 5%."""
    found = _targets(
        bundled, "万元地区生产总值综合能耗降低4％，力争5％；城镇登记失业率控制在4％以内，力争3.5％。"
    )
    assert [(t["indicator"], t["kind"], t["value"], t.get("qualifiers", [])) for t in found] == [
        ("energy_intensity", "decline", D(4), []),
        ("energy_intensity", "decline", D(5), ["力争"]),
        ("registered_unemployment", "level", D(4), ["控制在", "以内"]),
        ("registered_unemployment", "level", D("3.5"), ["力争"]),
    ]


@pytest.mark.parametrize(
    ("passage", "qualifier", "region", "measure"),
    [
        ("城镇调查失业率与全省保持一致。", "同步", "parent", "level"),
        ("城镇调查失业率与全省一致。", "同步", "parent", "level"),
        ("居民消费价格涨幅与全国基本保持一致。", "基本同步", "china", "level"),
        ("城乡居民收入增速与全省保持一致。", "同步", "parent", "growth"),
    ],
)
def test_a_rate_kept_with_the_provinces_is_in_step_with_it(
    bundled: Index, passage: str, qualifier: str, region: str, measure: str
) -> None:
    """永州市 2025 of lawtext/gov (城镇调查失业率与全省保持一致, as docs/transcribing.md records it): 一致 with a
    place is a relative target in step with it, of the rate's level unless its growth is named; it was
    the report's own words, a goal nothing judges."""
    (found,) = _targets(bundled, passage)
    assert (found["kind"], found["qualifiers"], found["against_region"], found["measure"]) == (
        "relative",
        [qualifier],
        region,
        measure,
    )


def test_a_reduction_rate_is_part_of_a_name(bundled: Index) -> None:
    """临沂市 2014 of lawtext/gov: 主要污染物排放总量削减率 is the pollutants' reduction (削减率 as 降低率), which
    was dropped from 人口自然增长率、万元GDP能耗和主要污染物排放总量削减率等约束性指标，确保完成省政府下达的任务."""
    found = _targets(
        bundled,
        "人口自然增长率、万元GDP能耗和主要污染物排放总量削减率等约束性指标，确保完成省政府下达的任务。",
    )
    assert [(t["indicator"], t["goal"]) for t in found] == [
        ("population_growth", "meet_quota"),
        ("energy_intensity", "meet_quota"),
        ("pollutant_reduction", "meet_quota"),
    ]


@pytest.mark.parametrize(
    ("words", "growth", "level"),
    [
        ("2022年，全市地区生产总值首次跨越1500亿元大关，增长9%。", D(9), D(1500)),
        ("2022年，预计经济总量跨越7000亿元、8000亿元两个台阶。", None, D(8000)),
        ("2022年，全市生产总值突破7000亿元、8000亿元两个台阶。", None, D(8000)),
    ],
)
def test_a_step_crossed_bounds_the_level(bundled: Index, words: str, growth: D | None, level: D) -> None:
    """武汉市 2013 of lawtext/gov: 跨越 a step passes it as 跨上 and 突破 do (more_than), and the higher of two
    steps listed is passed as the lower is; 预计经济总量跨越7000亿元、8000亿元两个台阶 had no bound."""
    assert _term_results(bundled, f"一、2022年工作回顾\n\n{words}") == [("gdp", growth, level, "more_than")]


def test_the_years_amount_said_in_all_is_the_years(bundled: Index) -> None:
    """长沙市 2004 of lawtext/gov: 全年共完成全社会固定资产投资４８０.６亿元，增长３４.４％ is the year's result (全年共,
    in all over the year), which was missed; 五年共完成 is still no year's."""
    got = _results(
        bundled,
        "全年共完成全社会固定资产投资４８０.６亿元，增长３４.４％，其中基本建设投资２０１亿元。",
        {"fixed_asset_investment"},
    )
    assert got["fixed_asset_investment"] == (D("34.4"), D("480.6"), "亿元", None, False)
    five = _results(bundled, "五年共完成全社会固定资产投资2000亿元。", {"fixed_asset_investment"})
    assert "fixed_asset_investment" not in five


def test_a_target_kept_with_the_provinces_is_no_comparison(bundled: Index) -> None:
    """绍兴市 2014 of lawtext/gov: 居民消费价格涨幅调控目标与省保持一致 makes the target the province's, set
    elsewhere, not a result in step with its result: the report's own words, as before."""
    (found,) = _targets(bundled, "居民消费价格涨幅调控目标与省保持一致。")
    assert (found["indicator"], found["kind"], found["goal"]) == ("cpi", "qualitative", "与省保持一致")
