"""Tests of the vocabularies: units, qualifiers and goals in both their forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govtargets
from govtargets.cli import options
from govtargets.dataset.models import Year
from govtargets.dataset.vocab import (
    GOALS,
    KINDS,
    QUALIFIERS,
    Kind,
    goal_key,
    goal_words,
    is_total,
    known_units,
    normalize_name,
    qualifier_key,
    search_fold,
    unit_of,
    units_fit,
)
from govtargets.query import questions


@pytest.mark.parametrize(
    ("symbol", "dimension", "factor", "base"),
    [
        ("%", "percent", 1, ""),
        ("亿元", "money", 10**8, "元"),
        ("万亿元", "money", 10**12, "元"),
        ("亿美元", "money", 10**8, "美元"),
        ("万人", "count", 10**4, "人"),
        ("件", "count", 1, "件"),
        ("万标箱", "count", 10**4, "标箱"),
        ("公里", "measure", 1, "公里"),
        ("个百分点", "points", 1, ""),
        ("吉瓦", "measure", 1, "吉瓦"),  # 22吉瓦拉棒切片: a new user's project had no unit
        ("百万千瓦", "measure", 10**6, "千瓦"),
        ("年", "measure", 1, "年"),  # 劳动年龄人口平均受教育年限10年 (guizhou-2022)
    ],
)
def test_units_read_their_scale(symbol: str, dimension: str, factor: int, base: str) -> None:
    """A unit is a base unit with a scale: 万亿元 is 10^12 yuan, not 10^4 亿元."""
    unit = unit_of(symbol)
    assert unit is not None
    assert (unit.dimension, unit.factor, unit.base) == (dimension, factor, base)


@pytest.mark.parametrize(
    ("unit", "of", "fits"),
    [
        ("亿斤", "万吨", True),
        ("万亩", "万吨", False),
        ("公顷", "亩", True),
        ("千瓦时", "千瓦", False),
        ("亿元", "万美元", True),
        ("万人", "亿元", False),
        ("‰", "%", True),
        ("bananas", "万吨", True),
    ],
)
def test_a_figure_fits_an_indicator_of_its_dimension_and_quantity(unit: str, of: str, fits: bool) -> None:
    """A figure in 万亩 is no level of an indicator in 万吨 (both measures, of area and of mass); 亿斤
    is; an unknown unit is told apart elsewhere."""
    assert units_fit(unit, of) is fits


@pytest.mark.parametrize(
    ("symbol", "total"),
    [
        ("万人", True),
        ("亿元", True),
        ("万亿斤", True),
        ("万吨", True),
        ("元", False),
        ("岁", False),
        ("年", False),
        ("天", False),
        ("微克/立方米", False),
        ("%", False),
        ("个百分点", False),
    ],
)
def test_a_total_is_a_count_an_amount_or_a_quantity_that_parts_add_up_to(symbol: str, total: bool) -> None:
    """Jobs, revenue and grain add up over a region's parts; rates, ages, years of schooling, days, concentrations and
    an amount in 元 itself (a person's income) do not."""
    unit = unit_of(symbol)
    assert unit is not None
    assert is_total(unit) is total


def test_unknown_unit_is_none_and_the_list_names_scales() -> None:
    """A made-up unit is not a unit; the error list says how units are made."""
    assert unit_of("bananas") is None
    assert unit_of("亿") is None
    assert "万亿" in known_units()


def test_an_unknown_unit_near_a_known_one_is_suggested() -> None:
    """A unit one slip from a known one (亿美圆, 千米 with a space) is named first, once; one near
    nothing gets the list alone."""
    assert known_units("亿美圆").startswith("did you mean 亿美元? known units: %, ‰")
    assert known_units("千米 ").startswith("did you mean 千米 or ")
    assert known_units("bananas").startswith("known units: %, ‰")


def test_a_scale_alone_suggests_the_units_it_scales() -> None:
    """亿 alone (for 亿元) suggests 亿元 first; it suggested 亿项, 亿间 and 亿部."""
    assert known_units("亿").startswith("did you mean 亿元 or 亿美元 or 亿人? known units: %, ‰")


def test_qualifiers_and_goals_read_in_both_forms() -> None:
    """力争 and strive_for, 稳中提质 and its variant 保稳提质, all read the same."""
    assert qualifier_key("力争") == qualifier_key("strive_for") == "strive_for"
    assert qualifier_key("基本同步") == "basically_in_step"
    assert goal_key("保稳提质") == goal_key("steady_improve") == "steady_improve"
    assert goal_key("完成省下达任务") == "meet_quota"
    assert qualifier_key("差不多") is None
    assert qualifier_key("超出") == qualifier_key("高于") == "higher_than"


@pytest.mark.parametrize(
    ("words", "key"),
    [("继续下降", "keep_falling"), ("继续减少", "keep_falling"), ("进一步改善", "keep_improving"),
     ("继续改善", "keep_improving"), ("持续提高", "keep_improving"), ("量稳质升", "steady_improve")],
)  # fmt: skip
def test_goals_the_panel_writes_in_its_own_words_read_as_their_goal(words: str, key: str) -> None:
    """china 2017: 主要污染物排放量继续下降 (goal 继续下降); china 2013: 国际收支状况进一步改善; china 2009:
    国际收支状况继续改善; henan 2019: 人均预期寿命持续提高; china 2021: 进出口量稳质升 (shandong's data reads
    its 进出口量稳质升 as 稳中提质; 新余市 2022 and 赣州市 2022 of lawtext/gov: 出口总额量稳质升): the panel's
    words, the goal extract drafts."""
    assert goal_key(words) == key


def test_a_quotas_english_names_who_set_it() -> None:
    """完成国家下达任务 is the national targets, 控制在国家核定范围内 the national limit; words that
    name none say "assigned", and so does a goal written by its key, whatever its canonical words
    (within_limit said "the provincial limit" of Guizhou's 国家调控目标范围内 and of every one
    extract drafts from a national limit's words)."""
    assert goal_words("完成国家下达任务") == ("meet_quota", "完成国家下达任务", "meet national targets")
    assert goal_words("完成国家、省下达的目标任务")[2] == "meet national and provincial targets"
    assert goal_words("控制在国家核定范围内") == (
        "within_limit",
        "控制在国家核定范围内",
        "within the national limit",
    )
    assert goal_words("within_limit") == ("within_limit", "控制在上级下达范围内", "within the assigned limit")
    assert goal_words("meet_quota")[2] == "meet the assigned targets"


def test_quotas_of_gansu_and_jiayuguan_are_meet_quota_naming_who_set_them() -> None:
    """甘肃 2024 and 2025: 主要污染物排放完成国家下达目标; 嘉峪关 2023 (lawtext/gov): 单位生产总值能耗和
    主要污染物排放完成省级下达控制指标. Written as the report words them, each was an open goal, never
    judged, though the bundled data wrote the first as 完成国家下达任务: now each is meet_quota, and
    its English names who set it."""
    assert goal_words("完成国家下达目标") == ("meet_quota", "完成国家下达目标", "meet national targets")
    assert goal_words("完成省级下达控制指标") == (
        "meet_quota",
        "完成省级下达控制指标",
        "meet provincial targets",
    )


def test_an_autonomous_regions_quota_is_meet_quota_naming_the_province_level() -> None:
    """中卫 2016 (lawtext/gov): 节能减排完成自治区下达任务 was an open goal, never judged: it is
    meet_quota, set by the autonomous region, a province's level."""
    assert goal_words("完成自治区下达任务") == (
        "meet_quota",
        "完成自治区下达任务",
        "meet provincial targets",
    )


def test_an_open_goals_own_quotes_nest_as_single_ones() -> None:
    """商丘 2023's 与“十四五”控制目标统筹衔接 reads “与‘十四五’控制目标统筹衔接” in English, not with
    double quotes inside double quotes; its Chinese keeps the report's."""
    assert goal_words("与“十四五”控制目标统筹衔接") == (
        None,
        "与“十四五”控制目标统筹衔接",
        "“与‘十四五’控制目标统筹衔接”",
    )


def test_every_chinese_form_names_one_entry() -> None:
    """No Chinese form is claimed by two qualifiers, or by two goals."""
    for table in (QUALIFIERS, GOALS):
        forms = [zh for word in table.values() for zh in word.zh]
        assert len(forms) == len(set(forms))


def test_cli_constants_stay_in_step() -> None:
    """The command line's copies (kept to spare --help an import) match the real vocabularies."""
    assert tuple(questions.LEVELS) == options.LEVELS
    bounds = next(m for m in Year.__metadata__ if hasattr(m, "metadata")).metadata  # type: ignore[attr-defined]
    assert (bounds[0].ge, bounds[1].le) == (options.FIRST_YEAR, options.LAST_YEAR)


def test_names_fold_case_width_and_spaces() -> None:
    """JINTAN, Ｊｉｎｔａｎ and ' jintan ' are the same name."""
    assert (
        normalize_name("JINTAN") == normalize_name("Ｊｉｎｔａｎ") == normalize_name("  jintan ") == "jintan"
    )


def test_a_typographic_apostrophe_is_the_straight_one() -> None:
    """Huai’an, as an editor or a phone types it, is Huai'an, the name the data gives 淮安市."""
    assert normalize_name("Huai’an") == normalize_name("HUAI'AN") == "huai'an"


def test_a_units_english_carries_its_scale() -> None:
    """亿元 is 100 million yuan, 万人 10,000 people, 万亿元 1 trillion yuan; a count reads as its noun."""
    from govtargets.dataset.vocab import unit_en, unit_of

    def en(symbol: str, noun: str | None = None) -> str:
        known = unit_of(symbol)
        assert known is not None
        return unit_en(known, noun)

    assert [en("亿元"), en("万人"), en("万亿元"), en("元"), en("%"), en("万标箱")] == [
        "100 million yuan",
        "10,000 people",
        "1 trillion yuan",
        "yuan",
        "percent",
        "10,000 TEU",
    ]
    assert en("个", "parking spaces") == "parking spaces"
    assert en("万个", "projects") == "10,000 projects"


def test_every_kind_is_described_once_and_its_implied_unit_is_one_it_allows() -> None:
    """Each kind has its entry in KINDS, the four with a figure are those with units, and the unit
    a dataset may leave out is one of those units."""
    assert set(KINDS) == set(Kind)
    assert {k for k, spec in KINDS.items() if spec.numeric} == {
        Kind.GROWTH,
        Kind.DECLINE,
        Kind.LEVEL,
        Kind.CHANGE_PP,
    }
    for spec in KINDS.values():
        if spec.implied_unit is not None:
            known = unit_of(spec.implied_unit)
            assert known is not None
            assert known.dimension in spec.units


def test_only_the_table_of_kinds_and_extract_name_a_kind() -> None:
    """Judging, wording, checking, building and showing a target ask KINDS what its kind does,
    never which kind it is, so that a new kind is an entry in KINDS (extract names the kinds it
    reads from a report's words)."""
    package = Path(govtargets.__file__).parent
    naming = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"\bKind\.[A-Z]", path.read_text(encoding="utf-8"))
    )
    assert naming == ["dataset/vocab.py", "extract/grammar.py"]


def test_no_kind_is_compared_with_its_name_outside_the_table_and_extract() -> None:
    """Nor is a kind compared with a kind's value as a string (t["kind"] == "growth"), but where
    upgrade reads format 1, whose kinds it translates, and where extract reads a report."""
    names = "|".join(kind.value for kind in Kind)
    compared = re.compile(
        rf"kind[\"']?\]?\)?\s*(?:==|!=|in|not in)\s*[(\[]?[\"'](?:{names})[\"']"
        rf"|[\"'](?:{names})[\"']\s*(?:==|!=)\s*\S*kind"
    )
    package = Path(govtargets.__file__).parent
    naming = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if compared.search(path.read_text(encoding="utf-8")) and path.parent.name != "extract"
    )
    assert naming == ["dataset/upgrade.py"]


def test_search_folds_case_width_and_hyphens() -> None:
    """Search folds case, width and spacing as names do, and reads a hyphen as a space."""
    assert search_fold("Number of Work-Safety  Accidents") == "number of work safety accidents"
    assert search_fold("ＧＤＰ－growth") == "gdp growth"
    assert search_fold("-") == ""


def test_a_unit_per_person_says_to_write_its_unit_alone() -> None:
    """万元/人 (全员劳动生产率9.8万元/人) is told to be written 万元, the indicator saying per whom,
    not "did you mean 万元 or 万人?"; a unit of its own with a slash (微克/立方米) is still guessed."""
    assert known_units("万元/人").split("known units")[0] == (
        "a figure per 人 is written in its unit alone, 万元 (the indicator says per what); "
    )
    assert known_units("元/吨").split("known units")[0] == (
        "a figure per 吨 is written in its unit alone, 元 (the indicator says per what); "
    )
    assert known_units("微克/立方").startswith("did you mean 微克/立方米")
    assert known_units("香蕉/人").startswith("known units: ")
