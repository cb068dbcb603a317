"""Tests of how figures read in Chinese and English."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from govtargets.dataset.vocab import Kind
from govtargets.dataset.wording import (
    Lang,
    bounded_change,
    figure_text,
    gainsaid_words,
    number,
    outcome_words,
    qualified,
    source_line,
    target_figures,
    threshold_words,
)


@pytest.mark.parametrize(
    ("kind", "fields", "zh", "en"),
    [
        (Kind.GROWTH, {"value": D(8)}, "+8%", "+8%"),
        (Kind.GROWTH, {"value": D("5.5"), "qualifiers": ["about"]}, "+5.5%左右", "about +5.5%"),
        (Kind.GROWTH, {"value": D(5), "value_high": D("5.5")}, "+5%—5.5%", "+5% to 5.5%"),
        (
            Kind.LEVEL,
            {"value": D(65), "unit": "亿元", "qualifiers": ["strive_for"]},
            "力争65亿元",
            "strive for 6.5 billion yuan",
        ),
        (
            Kind.LEVEL,
            {"value": D(10), "unit": "个", "qualifiers": ["or_more"], "noun": "projects"},
            "10个以上",
            "10 projects or more",
        ),
        (
            Kind.LEVEL,
            {"value": D(1200), "unit": "个", "noun": "parking spaces"},
            "1200个",
            "1,200 parking spaces",
        ),
        (
            Kind.LEVEL,
            {"value": D(120), "unit": "万人", "qualifiers": ["or_more"]},
            "120万人以上",
            "1.2 million people or more",
        ),
        (
            Kind.LEVEL,
            {"value": D(240), "unit": "亿斤", "qualifiers": ["keep"]},
            "保持240亿斤",
            "keep 24 billion jin",
        ),
        (Kind.DECLINE, {"value": D("4.5"), "qualifiers": ["about"]}, "下降4.5%左右", "a fall of about 4.5%"),
        (
            Kind.DECLINE,
            {"value": D(2), "qualifiers": ["strive_for", "or_more"]},
            "力争下降2%以上",
            "strive for a fall of 2% or more",
        ),
        (Kind.DECLINE, {"value": D(3), "qualifiers": ["ensure"]}, "确保下降3%", "ensure a fall of 3%"),
        (Kind.CHANGE_PP, {"value": D("0.5")}, "提高0.5个百分点", "+0.5 pp"),
        (Kind.CHANGE_PP, {"value": D("0.5"), "value_high": D(1)}, "提高0.5—1个百分点", "+0.5 pp to 1 pp"),
        (
            Kind.RELATIVE,
            {"qualifiers": ["basically_in_step"], "against": ("地区生产总值", "GDP")},
            "与地区生产总值基本同步",
            "basically in step with GDP",
        ),
        (
            Kind.QUALITATIVE,
            {"goal": "positive_growth", "qualifiers": ["strive_for"]},
            "力争正增长",
            "strive for positive growth",
        ),
    ],
)
def test_target_figures_in_both_languages(kind: Kind, fields: dict[str, object], zh: str, en: str) -> None:
    """Chinese as a report writes it, English spelt out."""
    base: dict[str, object] = {
        "value": None,
        "unit": "%" if kind in (Kind.GROWTH, Kind.DECLINE) else None,
        "qualifiers": [],
    }
    args = {**base, **fields}
    assert target_figures(kind=kind, **args) == (zh, en)  # type: ignore[arg-type]


def test_numbers_keep_their_digits() -> None:
    """0.86 stays 0.86; floats read back from JSON print as typed; no exponents."""
    assert number(D("0.86")) == "0.86"
    assert number(0.86) == "0.86"
    assert number(1302.92) == "1302.92"
    assert number(D("1E+5")) == "100000"
    assert number(D("1E-7")) == "0.0000001"
    assert number(D("1.30")) == "1.30"
    assert number(D("-0.5E-3")) == "-0.0005"
    assert number(12) == "12"
    assert figure_text(D("0.00001"), None, "en") == "0.00001"


def test_a_float_is_written_as_its_exact_decimal_would_be() -> None:
    """A float's repr, taken as it is where it has no exponent, is what its Decimal prints; those
    with one (1e-05, 1e+16) or not finite print as they did."""
    floats = [0.86, 8.0, -0.0, 1302.92, 1e15, 0.0001, 1e-05, 1e16, 1e21, 2.5e-07, 123456789.123456]
    assert [number(f) for f in floats] == [number(D(repr(f))) for f in floats]
    assert [number(f) for f in (1e-05, 1e16, 1e22)] == ["0.00001", "10000000000000000", "1E+22"]
    assert [number(f) for f in (float("inf"), float("nan"))] == ["Infinity", "NaN"]


def test_outcome_words() -> None:
    """met by 0.2 pp / 完成 +0.2个百分点; not judged says so."""
    assert outcome_words(status="met", difference=D("0.2"), unit="个百分点", lang="en") == "met by 0.2 pp"
    assert (
        outcome_words(status="missed", difference=D("-0.4"), unit="个百分点", lang="zh")
        == "未完成 -0.4个百分点"
    )
    assert outcome_words(status="not_judged", difference=None, unit=None, lang="en") == "not judged"


def test_a_near_miss_in_chinese_reads_as_near_the_target() -> None:
    """Outcomes in Chinese say 完成 and 未完成, as the reports do (主要预期目标未完成9项, 超额完成), not 达标,
    the word for meeting a standard (排放达标); a near miss is 接近完成, not a bare 接近. English unchanged."""
    near = {"status": "missed", "difference": D("-0.1"), "unit": "个百分点", "near": True}
    assert outcome_words(**near, lang="zh") == "未完成 -0.1个百分点，接近完成"
    assert outcome_words(**near, lang="en") == "missed by 0.1 pp, a near miss"


def test_a_difference_from_an_estimate_is_marked_on_its_figure() -> None:
    """Met or missed by a distance from an estimate (a relative target's 预计 other figure): the
    mark follows the figure, before a near miss; not judged, or judged in words, has none."""
    est = {"unit": "个百分点", "estimate": True}
    assert outcome_words(status="missed", difference=D("-0.3"), lang="en", **est) == "missed by 0.3 pp (est.)"
    assert (
        outcome_words(status="missed", difference=D("-0.3"), lang="zh", **est)
        == "未完成 -0.3个百分点（预计）"
    )
    assert outcome_words(status="missed", difference=D("-0.1"), lang="en", near=True, **est) == (
        "missed by 0.1 pp (est.), a near miss"
    )
    assert outcome_words(status="met", difference=D(0), lang="en", **est) == "met exactly (est.)"
    assert outcome_words(status="not_judged", difference=None, lang="en", **est) == "not judged"
    assert outcome_words(status="met", difference=D(1), lang="en", stated=True, **est) == "met, as stated"


def test_a_bounded_fall_reads_as_the_report_writes_it() -> None:
    """下降3.5%以上 (recorded as growth -3.5, at most) reads fell at least 3.5% / 下降3.5%以上, not
    at most -3.5% / 不超过-3.5%; 降幅超过3% fell more than 3%; a rise keeps its sign and bound."""
    assert bounded_change(D("-3.5"), "%", "at_most", "en") == "fell at least 3.5%"
    assert bounded_change(D("-3.5"), "%", "at_most", "zh") == "下降3.5%以上"
    assert bounded_change(D(-3), "%", "less_than", "en") == "fell more than 3%"
    assert bounded_change(D(-3), "%", "less_than", "zh") == "下降超过3%"
    assert bounded_change(D("-0.5"), "个百分点", "at_least", "en") == "fell at most 0.5 pp"
    assert bounded_change(D(12), "%", "at_least", "en") == "at least +12%"
    assert bounded_change(D(12), "%", "at_least", "zh") == "+12%以上"
    assert bounded_change(D(-2), "%", None, "en") == "-2%"


def test_outcome_words_from_a_bound() -> None:
    """From a result given as a bound: met by at least 2 pp; at the line itself (突破6万亿元 against
    确保突破6万亿元), met alone, not "met by at least 0 yuan" (完成 至少+0万亿元)."""
    assert outcome_words(status="met", difference=D(2), unit="个百分点", lang="en", least=True) == (
        "met by at least 2 pp"
    )
    assert outcome_words(status="met", difference=D(0), unit="万亿元", lang="en", least=True) == "met"
    assert outcome_words(status="met", difference=D(0), unit="万亿元", lang="zh", least=True) == "完成"


def test_outcome_words_from_a_bound_below_the_line() -> None:
    """A difference from a bound that is negative is at least that far below (安徽 2019's 财政收入增长6.5%
    against 全省生产总值增长7.5%以上): 未完成 至少低1个百分点, as the English says missed by at least 1 pp,
    not 至少-1个百分点 (-1 or more); a ceiling met from 低于3% against 3.5% alike."""
    assert outcome_words(status="missed", difference=D(-1), unit="个百分点", lang="zh", least=True) == (
        "未完成 至少低1个百分点"
    )
    assert outcome_words(status="missed", difference=D(-1), unit="个百分点", lang="en", least=True) == (
        "missed by at least 1 pp"
    )
    assert outcome_words(status="met", difference=D("-0.5"), unit="个百分点", lang="zh", least=True) == (
        "完成 至少低0.5个百分点"
    )
    assert outcome_words(status="met", difference=D(2), unit="个百分点", lang="zh", least=True) == (
        "完成 至少+2个百分点"
    )


@pytest.mark.parametrize(
    ("qualifiers", "goal", "zh", "en"),
    [
        (["keep"], "stable", "保持稳定", "keep stable"),  # not 保持保持稳定, keep keep stable
        (["keep"], "保持稳定", "保持稳定", "keep stable"),
        (["keep_within"], "meet_quota", "完成上级下达任务", "meet the assigned targets"),  # not 控制在完成…
        (["keep_within"], "控制在省定范围内", "控制在省定范围内", "within the provincial limit"),
        (["keep_within"], "控制在国家核定范围内", "控制在国家核定范围内", "within the national limit"),
        (["keep_within"], "within_limit", "控制在上级下达范围内", "within the assigned limit"),
        (["ensure"], "stable", "确保稳定", "make sure to keep stable"),  # 确保…稳定, one verb
        (["ensure", "keep"], "stable", "确保保持稳定", "make sure to keep stable"),
        (["strive_for"], "keep_falling", "力争持续下降", "strive to keep falling"),
        (["ensure"], "完成国家下达任务", "确保完成国家下达任务", "make sure to meet national targets"),
        (["keep"], "top_rank", "保持全省前列", "keep among the province's leaders"),
        (["keep"], "全面稳定", "保持全面稳定", "keep “全面稳定”"),
    ],
)
def test_a_goal_never_repeats_a_verb_nor_takes_a_qualifier_that_does_not_fit(
    qualifiers: list[str], goal: str, zh: str, en: str
) -> None:
    """Qualitative targets with qualifiers (issue 25): no verb twice, no bound of a figure on a goal;
    a goal written by its key names no one's limit (within_limit was "the provincial limit")."""
    assert target_figures(kind=Kind.QUALITATIVE, value=None, unit=None, qualifiers=qualifiers, goal=goal) == (
        zh,
        en,
    )


def test_english_says_a_bound_once() -> None:
    """控制在4.5%以内 was "keep within at most 4.5%": a bound the English of a word before already
    states is not said again, where Chinese keeps both words."""
    assert qualified(["keep_within", "within"], "4.5%", "en") == "keep within 4.5%"
    assert qualified(["keep_within", "within"], "4.5%", "zh") == "控制在4.5%以内"
    assert qualified(["not_below", "or_more"], "8%", "en") == "not below 8%"
    assert qualified(["ensure", "or_more"], "8%", "en") == "ensure 8% or more"
    assert qualified(["within"], "4.5%", "en") == "at most 4.5%"


@pytest.mark.parametrize(
    ("kind", "fields", "zh", "en"),
    [
        (
            Kind.GROWTH,
            {"value": D(3), "qualifiers": ["strive_for", "reach"]},
            "力争达到+3%",
            "strive to reach +3%",
        ),
        (
            Kind.LEVEL,
            {"value": D(6), "unit": "万亿元", "qualifiers": ["ensure", "break_through"]},
            "确保突破6万亿元",
            "make sure to break through 6 trillion yuan",
        ),
        (
            Kind.RELATIVE,
            {"qualifiers": ["strive_for", "in_step"], "against": ("经济增长", "GDP")},
            "力争与经济增长同步",
            "strive to be in step with GDP",
        ),
        (
            Kind.RELATIVE,
            {
                "qualifiers": ["keep", "higher_than", "about"],
                "against_region": ("全国", "China"),
                "margin": D(2),
            },
            "保持高于全国2个百分点左右",
            "stay higher than China by about 2 pp",
        ),
    ],
)
def test_english_puts_a_verb_after_strive_and_ensure(
    kind: Kind, fields: dict[str, object], zh: str, en: str
) -> None:
    """力争达到 (nanjing 2024) read "strive for reach +3%", 保持高于全国…左右 (fujian 2016) "keep about
    higher than China by 2 pp": before a verb, 力争 is "strive to" and 确保 "make sure to"."""
    base: dict[str, object] = {"value": None, "unit": "%" if kind is Kind.GROWTH else None, "qualifiers": []}
    assert target_figures(kind=kind, **{**base, **fields}) == (zh, en)  # type: ignore[arg-type]


def test_a_margins_range_reads_as_a_values_range() -> None:
    """高于全国平均水平1到2个百分点 (henan 2011): both ends of the margin, as a value's range reads
    (it read "higher than China by 1 pp")."""
    assert target_figures(
        kind=Kind.RELATIVE, value=None, unit=None, qualifiers=["higher_than"],
        against_region=("全国", "China"), margin=D(1), margin_high=D(2),
    ) == ("高于全国1—2个百分点", "higher than China by 1 to 2 pp")  # fmt: skip


def test_lower_than_the_parent_reads_as_the_report_writes_it() -> None:
    """居民消费价格涨幅低于全省平均水平 (亳州 2021): 低于安徽省, "lower than Anhui"; with a margin, by it."""
    assert target_figures(
        kind=Kind.RELATIVE,
        value=None,
        unit=None,
        qualifiers=["lower_than"],
        against_region=("安徽省", "Anhui"),
    ) == ("低于安徽省", "lower than Anhui")
    assert target_figures(
        kind=Kind.RELATIVE, value=None, unit=None, qualifiers=["lower_than"],
        against_region=("全省", "the province"), margin=D("0.5"),
    ) == ("低于全省0.5个百分点", "lower than the province by 0.5 pp")  # fmt: skip


def test_a_units_gloss_is_in_its_column_not_in_each_figure() -> None:
    """1 jin is 0.5 kg: the unit's column says so (100 million jin (0.5 kg)); a figure reads
    "keep 1.3 trillion jin or more", not "…jin (0.5 kg) or more" (h55)."""
    from govtargets.dataset.vocab import unit_en, unit_of

    jin = unit_of("万亿斤")
    assert jin is not None
    assert unit_en(jin) == "1 trillion jin (0.5 kg)"
    assert target_figures(
        kind=Kind.LEVEL, value=D("1.3"), unit="万亿斤", qualifiers=["keep", "or_more"]
    ) == ("保持1.3万亿斤以上", "keep 1.3 trillion jin or more")  # fmt: skip


def test_an_indicator_compared_with_reads_in_lower_case() -> None:
    """高于城镇居民人均可支配收入 (anhui 2025) read "higher than Urban disposable income": inside a
    sentence a label loses its capital; an acronym (GDP) keeps it."""
    assert target_figures(
        kind=Kind.RELATIVE, value=None, unit=None, qualifiers=["higher_than"],
        against=("城镇居民人均可支配收入", "Urban disposable income"),
    ) == ("高于城镇居民人均可支配收入", "higher than urban disposable income")  # fmt: skip
    assert target_figures(
        kind=Kind.RELATIVE, value=None, unit=None, qualifiers=["in_step"], against=("地区生产总值", "GDP")
    ) == ("与地区生产总值同步", "in step with GDP")


def test_a_source_line_says_its_own_words_in_chinese() -> None:
    """With lang zh a source reads 报告日期, 第3楼, 二手来源, 未核实, not delivered, post, secondary."""
    source: dict[str, object] = {
        "publisher": "某区人民政府",
        "title": "政府工作报告",
        "section": "2023年工作回顾",
        "post": 3,
        "delivered": "2024-01-10",
        "url": "https://example.org/r",
        "standing": "secondary",
        "unverified": "no date",
    }
    assert source_line(source, "zh") == (
        "某区人民政府；政府工作报告；章节 2023年工作回顾；第3楼；报告日期 2024-01-10；https://example.org/r；"
        "二手来源；未核实：no date"
    )
    assert source_line(source) == (
        "某区人民政府; 政府工作报告; section 2023年工作回顾; post 3; delivered 2024-01-10; https://example.org/r;"
        " a secondary source; unverified: no date"
    )


def test_a_source_line_labels_the_day_it_was_posted_beside_the_day_delivered() -> None:
    """A news item of a report reads delivered 2015-04-27; posted 2015-04-29, not two bare dates."""
    source: dict[str, object] = {
        "publisher": "商洛日报",
        "title": "镇安县政府工作报告",
        "delivered": "2015-04-27",
        "posted": "2015-04-29T09:30:00",
    }
    assert (
        source_line(source)
        == "商洛日报; 镇安县政府工作报告; delivered 2015-04-27; posted 2015-04-29 09:30:00"
    )
    assert (
        source_line(source, "zh")
        == "商洛日报；镇安县政府工作报告；报告日期 2015-04-27；发布 2015-04-29 09:30:00"
    )


def test_a_result_equal_to_its_target_is_met_exactly() -> None:
    """A difference of 0 reads met exactly / 恰好完成, not met by 0 pp / 完成 +0个百分点."""
    assert outcome_words(status="met", difference=D(0), unit="个百分点", lang="en") == "met exactly"
    assert outcome_words(status="met", difference=D(0), unit="万个", lang="zh") == "恰好完成"


@pytest.mark.parametrize(
    ("bar", "en"),
    [
        ("超3亿元或3000万美元", "over 300 million yuan or 30 million US dollars"),
        ("1亿元以上", "100 million yuan or more"),
        ("超过5000万元", "more than 50 million yuan"),
        ("1亿元及以上", "100 million yuan or more"),
        ("3亿元以下", "300 million yuan or less"),
        ("超3亿卢布", "超3亿卢布"),
        ("大型项目", "大型项目"),
    ],
)
def test_a_size_bar_reads_in_english_by_its_words(bar: str, en: str) -> None:
    """超/超过/以上/以下/或 and the units read as English; a bar with a word the rule cannot read stays Chinese."""
    assert threshold_words(bar, "en") == en
    assert threshold_words(bar, "zh") == bar


def test_a_verdict_in_words_and_a_claim_the_figures_gainsay_are_said() -> None:
    """Judged by the report's words alone: "met, as stated"; figures that say missed where the
    report says met keep their verdict and add the claim, in either language."""
    assert outcome_words(status="met", difference=None, unit=None, lang="en", stated=True) == "met, as stated"
    assert (
        outcome_words(status="missed", difference=None, unit=None, lang="zh", stated=True) == "报告称未完成"
    )

    def gainsaid(lang: Lang, claimed: str = "met") -> str:
        verdict = outcome_words(status="missed", difference=D("-0.8"), unit="个百分点", lang=lang)
        return verdict + gainsaid_words(status="missed", claimed=claimed, lang=lang)

    assert gainsaid("en") == "missed by 0.8 pp, stated met"
    assert gainsaid("zh") == "未完成 -0.8个百分点，报告称完成"
    assert gainsaid("en", "missed") == "missed by 0.8 pp"
