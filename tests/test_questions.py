"""Tests of the questions, asked of the small test dataset (and of the bundled data)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from govtargets.errors import MissingYearError, UnknownIndicatorError, UnknownRegionError, UsageError
from govtargets.index.cache import open_index
from govtargets.index.store import Index
from govtargets.query import questions
from govtargets.query.filters import TargetFilter


@pytest.mark.parametrize(
    "name", ["jintan", "Jintan", "JINTAN", "金坛", "金坛区", "320413", "Jintan District", "Ｊｉｎｔａｎ"]
)
def test_a_region_by_any_of_its_names(bundled: Index, name: str) -> None:
    """The names users type find the region."""
    assert questions.find_region(bundled, name=name)["id"] == "jintan"


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("常州市金坛区", "jintan"),
        ("江苏省常州市金坛区", "jintan"),
        ("江苏常州金坛", "jintan"),
        ("Jintan, Changzhou", "jintan"),
        ("Jintan District, Changzhou City, Jiangsu", "jintan"),
        ("江苏省南京市", "nanjing"),
        ("中国江苏省", "jiangsu"),
    ],
)
def test_a_region_named_with_its_parents_as_an_address_is(bundled: Index, name: str, region: str) -> None:
    """常州市金坛区 and Jintan, Changzhou find Jintan: parents before the name, or after a comma."""
    assert questions.find_region(bundled, name=name)["id"] == region


@pytest.mark.parametrize("name", ["南京市金坛区", "Jintan, Nanjing", "常州市常州市", "江" * 300])
def test_a_region_named_with_parents_it_does_not_have_is_unknown(bundled: Index, name: str) -> None:
    """南京市金坛区 is no region (Jintan is Changzhou's): unknown, with close names, never a wrong one."""
    with pytest.raises(UnknownRegionError):
        questions.find_region(bundled, name=name)


def test_an_unknown_region_suggests_close_ones(bundled: Index) -> None:
    """jintna: did you mean jintan (金坛区)?"""
    with pytest.raises(UnknownRegionError) as caught:
        questions.find_region(bundled, name="jintna")
    assert "jintan (金坛区)" in str(caught.value)
    with pytest.raises(UnknownRegionError):
        questions.find_region(bundled, name="   ")


@pytest.mark.parametrize("name", ["gdp", "GDP", "地区生产总值", "经济增长", "Gross regional product (GDP)"])
def test_an_indicator_by_key_name_or_alias(bundled: Index, name: str) -> None:
    """rank GDP, rank 经济增长 and rank gdp ask the same."""
    assert questions.find_indicator(bundled, name=name) == "gdp"
    with pytest.raises(UnknownIndicatorError):
        questions.find_indicator(bundled, name="gpd per cat")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("retail sales", "retail_sales"),
        ("energy-intensity", "energy_intensity"),
        ("Gross regional product", "gdp"),
        ("GDP growth", "gdp"),
        ("gdp growth rate", "gdp"),
        ("GDP增长", "gdp"),
        ("固定资产投资增速", "fixed_asset_investment"),
        ("经济增速", "gdp"),  # 经济增长 with growth said another way
        ("经济增长率", "gdp"),
        ("population growth", "population_growth"),
        ("Urban income increase", "urban_disposable_income_increase"),
        ("rural disposable income growth", "rural_disposable_income"),
    ],
)
def test_an_indicator_by_its_key_with_spaces_its_short_name_or_its_growth(
    bundled: Index, name: str, key: str
) -> None:
    """retail sales, Gross regional product and GDP growth find the indicators users mean."""
    assert questions.find_indicator(bundled, name=name) == key


def test_growth_alone_is_no_indicator(bundled: Index) -> None:
    """Only a name before the growth word finds an indicator: 'growth' and 'income growth' do not."""
    for name in ("growth", "增长", "income growth"):
        with pytest.raises(UnknownIndicatorError):
            questions.find_indicator(bundled, name=name)


def test_list_with_levels(mini: Index) -> None:
    """Every region, or those of a level (county takes in county-level cities)."""
    listed = questions.list_regions(mini)["regions"]
    assert [r["id"] for r in listed] == ["demo", "testville", "north", "south"]
    north = next(r for r in listed if r["id"] == "north")
    assert (north["years"], north["targets"], north["outcomes"], north["projects"]) == (
        [2022, 2023],
        11,
        6,
        2,
    )
    assert [p["id"] for p in north["parents"]] == ["testville", "demo"]
    assert [r["id"] for r in questions.list_regions(mini, level="county")["regions"]] == ["south"]


def test_show_a_year_with_its_outcomes_and_sources(mini: Index) -> None:
    """The latest year by default; each target's outcome; the sources cited, in order."""
    report = questions.show_region(mini, region="北")
    assert report["year"] == 2023
    gdp = report["targets"][0]
    assert (gdp["figure_zh"], gdp["actual"], gdp["outcome"], gdp["difference"]) == ("+8%", 8.2, "met", 0.2)
    assert [s["id"] for s in report["sources"]] == ["report-n", "review-n"]
    assert report["project_totals"]["planned_investment"] == 3.36
    assert [t["id"] for t in questions.show_region(mini, region="north", year=2022)["targets"]] == ["gdp"]
    with pytest.raises(
        MissingYearError, match=r"north has no report for 2021 \(years in the dataset: 2022, 2023\)"
    ):
        questions.show_region(mini, region="north", year=2021)


def test_show_of_a_year_with_results_and_no_report_gives_its_results(bundled: Index) -> None:
    """China 2002, reviewed by the 2003 report and with no report of its own: its results, as
    outcomes with no target of their own, cited; no targets, projects or areas."""
    report = questions.show_region(bundled, region="china", year=2002)
    assert (report["year"], report["years"][0], report["targets"], report["projects"]) == (2002, 2003, [], [])
    assert [(o["indicator"], o["level"], o["level_unit"]) for o in report["other_outcomes"]] == [
        ("gdp", 10.2, "万亿元"),
        ("budget_revenue", 18914, "亿元"),
    ]
    assert [s["id"] for s in report["sources"]] == ["gbt-2260", "china-2003"]


def test_a_sort_by_a_figure_compares_like_with_like(mini: Index, bundled: Index) -> None:
    """--sort -value ranks figures within each kind of target and unit, the largest group first
    (65亿元 is not above +12.5%, nor an unemployment rate of 5% among growths); --sort -actual
    puts Suzhou's level-only 6135.7亿元 of investment after the growths, not first."""
    rows = questions.trim(questions.list_targets(mini, filters=TargetFilter(year="all")), sort=["-value"])
    assert [(t["kind"], t["value"], t["unit"]) for t in rows["targets"] if t["value"] is not None] == [
        ("growth", 12.5, "%"),
        ("growth", 9, "%"),
        ("growth", 8, "%"),
        ("growth", 7, "%"),
        ("growth", 5.5, "%"),
        ("level", 12, "个"),
        ("level", 2, "个"),
        ("level", 65, "亿元"),
        ("level", 5, "%"),
        ("decline", 3, "%"),
        ("change_pp", 0.5, "个百分点"),
    ]
    filters = TargetFilter(indicators=("fixed_asset_investment",), year=2024)
    invested = questions.trim(questions.list_targets(bundled, filters=filters), sort=["-actual"])
    actual = [
        (t["region"], t["actual"], t["actual_unit"]) for t in invested["targets"] if t["actual"] is not None
    ]
    assert (actual[:2], actual[-2:]) == (
        [("xizang", 19.6, "%"), ("neimenggu", 13, "%")],
        [("nantong", 0.9, "%"), ("suzhou", 6135.7, "亿元")],
    )


def test_a_missing_year_names_at_most_six_indicators_with_results() -> None:
    """A year with results of many indicators names the first six and an ellipsis, not all."""
    keys = ["a", "b", "c", "d", "e", "f", "g"]
    assert str(MissingYearError("x", 2002, [2003], results=keys)) == (
        "x has no report for 2002 (years in the dataset: 2003); its results of 2002 are in "
        "'govtargets show x --year 2002' (a, b, c, d, e, f, …)"
    )


def test_compare_of_regions_in_several_years_has_a_column_each(mini: Index) -> None:
    """year=[2022, 2023]: a column per region and year, keyed id@year (north beside itself); a
    region with no report of a year has a column with no year; a region in one year keeps its id."""
    comparison = questions.compare_regions(mini, regions=["north", "south"], year=[2022, 2023])
    assert [(c["key"], c["year"]) for c in comparison["regions"]] == [
        ("north@2022", 2022),
        ("north@2023", 2023),
        ("south@2022", None),
        ("south@2023", 2023),
    ]
    gdp = next(r for r in comparison["rows"] if r["indicator"] == "gdp")
    assert {k: [t["figure_zh"] for t in v] for k, v in gdp["targets"].items()} == {
        "north@2022": ["+7%"],
        "north@2023": ["+8%"],
        "south@2022": [],
        "south@2023": ["+9%以上"],
    }
    one = questions.compare_regions(mini, regions=["north", "south"], year=2023)
    assert [c["key"] for c in one["regions"]] == ["north", "south"]
    with pytest.raises(UsageError, match="or one region's years, each with --year"):
        questions.compare_regions(mini, regions=["north", "北"], year=2023)


def test_compare_rows_by_indicator_kind_and_threshold(mini: Index) -> None:
    """One row per indicator and kind; a region without a target there gets an empty list."""
    comparison = questions.compare_regions(mini, regions=["north", "south"])
    rows = {(r["indicator"], r["kind"], r["threshold"]): r for r in comparison["rows"]}
    assert [t["figure_zh"] for t in rows[("gdp", "growth", None)]["targets"]["south"]] == ["+9%以上"]
    assert rows[("income", "relative", None)]["targets"]["south"] == []
    # The projects target is of an area of work: compared only on request.
    assert ("projects", "level", "超3亿元或3000万美元") not in rows
    assert comparison["areas_left_out"] == 2
    with_areas = questions.compare_regions(mini, regions=["north", "south"], areas=True)
    assert ("projects", "level", "超3亿元或3000万美元") in {
        (r["indicator"], r["kind"], r["threshold"]) for r in with_areas["rows"]
    }


def test_targets_filtered_and_in_one_flat_shape(mini: Index) -> None:
    """Filters by region, indicator, kind, level and year; the rows are TargetRows."""
    rows = questions.list_targets(mini, filters=TargetFilter(indicators=("GDP",), year="all"))["targets"]
    assert [(r["region"], r["year"]) for r in rows] == [
        ("testville", 2023),
        ("north", 2022),
        ("north", 2023),
        ("south", 2023),
    ]
    assert (
        questions.list_targets(mini, filters=TargetFilter(level="prefecture"))["targets"][0]["region"]
        == "testville"
    )
    assert {
        r["kind"] for r in questions.list_targets(mini, filters=TargetFilter(kinds=("decline",)))["targets"]
    } == {"decline"}


def test_the_country_is_a_level_to_filter_on(bundled: Index) -> None:
    """--level country selects the State Council's targets alone: the national series 层层加码 starts from."""
    chosen = TargetFilter(indicators=("gdp",), level="country", year=(2023, 2024))
    rows = questions.list_targets(bundled, filters=chosen)["targets"]
    assert [(r["region"], r["year"], r["figure_zh"]) for r in rows] == [
        ("china", 2023, "+5%左右"),
        ("china", 2024, "+5%左右"),
    ]


def test_rank_highest_first_and_ceilings_lowest_first(mini: Index) -> None:
    """Growth targets rank highest first; ties share a place; goals are listed unranked."""
    ranking = questions.rank_indicator(mini, indicator="gdp")
    (growth,) = ranking["groups"]
    assert [(e["region"], e["rank"]) for e in growth["entries"]] == [
        ("south", 1),
        ("north", 2),
        ("testville", 3),
    ]
    assert ranking["unranked"] == []


def test_search_finds_names_wording_and_indicators(mini: Index) -> None:
    """A region's alias, a target's wording, an indicator's name, a project, an outcome."""
    hits = questions.search_text(mini, text="GDP", year="all")["hits"]
    assert {(h["record"], h["field"]) for h in hits} >= {("target", "indicator")}
    assert {h["record"] for h in questions.search_text(mini, text="北区", year="all")["hits"]} == {
        "region",
        "project",
    }
    assert {
        h["record"] for h in questions.search_text(mini, text="地区生产总值增长", year="all")["hits"]
    } == {
        "target",
        "outcome",
    }


def test_chain_from_the_top_down(mini: Index) -> None:
    """north's GDP target beside its prefecture's, with what the district adds."""
    chain = questions.chain_of(mini, region="north", indicator="gdp")
    (row,) = chain["rows"]
    assert [(link["region"]["id"], link["adds"]) for link in row["links"]] == [
        ("testville", None),
        ("north", Decimal("2.5")),
    ]
    assert [r["indicator"] for r in questions.chain_of(mini, region="north")["rows"]] == ["gdp", "safety"]


def test_a_chain_names_the_levels_it_passes_over(mini: Index) -> None:
    """north 2023: Demo Province, with no report of 2023, is passed over (its +2.5 is over
    Testville, which has one); a county below a division (镇安县 below 商洛市) names it too."""
    assert questions.chain_of(mini, region="north", indicator="gdp")["passed_over"] == [
        {
            "id": "demo",
            "code": "990000",
            "name_zh": "示范省",
            "name_en": "Demo Province",
            "level": "province",
            "level_zh": "省级",
            "level_en": "province-level",
            "year": 2023,
        }
    ]


def test_summary_and_history(mini: Index) -> None:
    """Met and missed per region and year; one indicator over the years."""
    years = {
        (y["region"], y["year"]): y
        for y in questions.summarize(mini, filters=TargetFilter(year="all"))["years"]
    }
    north = years[("north", 2023)]
    assert (north["targets"], north["with_outcome"], north["met"], north["missed"]) == (10, 7, 5, 2)
    assert (north["judged"], north["not_judged"], north["no_result"]) == (7 - north["not_judged"], 0, 3)
    history = questions.history_of(mini, region="north", indicator="gdp")
    assert [(y["year"], [t["figure_zh"] for t in y["targets"]]) for y in history["years"]] == [
        (2022, ["+7%"]),
        (2023, ["+8%"]),
    ]


def test_summary_of_an_indicator_by_region_and_by_year(mini: Index) -> None:
    """--indicator keeps its targets; --by region adds a region's years up, --by year the regions."""
    gdp = TargetFilter(indicators=("gdp",), year="all")
    every = questions.summarize(mini, filters=gdp)["years"]
    by_region = questions.summarize(mini, filters=gdp, by="region")
    by_year = questions.summarize(mini, filters=gdp, by="year")
    assert by_region["indicators"] == ["gdp"]
    assert [(y["region"], y["year"]) for y in by_region["years"]] == list(
        dict.fromkeys((y["region"], None) for y in every)
    )
    assert {y["year"] for y in by_year["years"]} == {y["year"] for y in every}
    assert all(y["region"] is None and y["region_zh"] is None for y in by_year["years"])
    for grouped in (by_region, by_year):
        for key in ("targets", "judged", "met", "missed", "not_judged", "no_result"):
            assert sum(y[key] for y in grouped["years"]) == sum(y[key] for y in every), key
    for y in every:
        assert y["targets"] == y["judged"] + y["not_judged"] + y["no_result"]


def test_summary_of_some_kinds_counts_the_targets_that_list_gives(mini: Index) -> None:
    """A summary of kinds counts the targets list_targets gives of those kinds, and its mean gap is
    of their growth and decline targets only: north's 2023 growth targets, +8% met by 0.2 points and
    +12.5% missed by 1.5."""
    growth = TargetFilter(regions=("north",), kinds=("growth",), year=2023)
    counted = questions.summarize(mini, filters=growth)
    assert counted["kinds"] == ["growth"]
    assert [(y["targets"], y["met"], y["missed"], y["mean_difference_pp"]) for y in counted["years"]] == [
        (len(questions.list_targets(mini, filters=growth)["targets"]), 1, 1, -0.65)
    ]


def test_projects_by_amount(mini: Index) -> None:
    """--min-invest 1 keeps projects planned at 1亿元 or more, exactly."""
    listed = questions.list_projects(mini, min_invest=Decimal(1))
    assert [p["id"] for p in listed["projects"]] == ["bridge", "park"]
    assert listed["totals"]["planned_investment"] == 3.5


def test_project_totals_are_null_where_no_amount_is_known(mini: Index) -> None:
    """A sum over no known amount is null, not 0 (which a script would add as nothing planned):
    testville has no projects; north's two sum what is known (the school has no total)."""
    assert questions.show_region(mini, region="testville")["project_totals"] == {
        "count": 0,
        "parts": 0,
        "planned_investment": None,
        "planned_known": 0,
        "planned_bound": None,
        "total_investment": None,
        "total_known": 0,
        "total_bound": None,
    }
    north = questions.list_projects(mini, region="north", year="all")["totals"]
    assert north == {
        "count": 2,
        "parts": 0,
        "planned_investment": 3.36,
        "planned_known": 2,
        "planned_bound": None,
        "total_investment": 20,
        "total_known": 1,
        "total_bound": None,
    }


def test_project_totals_in_whole_yi_are_whole_numbers(bundled: Index) -> None:
    """Jintan's 20亿元 and 20亿元 total 40 (JSON 40, table 40亿元), not 40.0."""
    totals = questions.list_projects(bundled, region="jintan", year="all")["totals"]
    assert (totals["total_investment"], totals["total_known"]) == (40, 2)
    assert type(totals["total_investment"]) is int
    assert (totals["planned_investment"], type(totals["planned_investment"])) == (11.16, float)


def test_bundled_chain_of_jintan(bundled: Index) -> None:
    """China 5%左右 → 江苏 5%左右 (+0) → 常州 5.5% (+0.5) → 金坛 8% (+2.5)."""
    (row,) = questions.chain_of(bundled, region="jintan", indicator="gdp", year=2023)["rows"]
    assert [
        (link["region"]["id"], link["targets"][0]["figure_zh"], link["adds"]) for link in row["links"]
    ] == [
        ("china", "+5%左右", None),
        ("jiangsu", "+5%左右", Decimal("0")),
        ("changzhou", "+5.5%", Decimal("0.5")),
        ("jintan", "+8%", Decimal("2.5")),
    ]


def test_a_chain_adds_only_to_rates_never_to_an_amount_that_is_a_part_of_the_one_above(
    bundled: Index,
) -> None:
    """安徽 城镇新增就业45万人 below China's 900万人以上 was shown as adding -855万人: an amount is a
    part of the amount above, so no adds; a rate (登记失业率) still has them."""
    (jobs,) = questions.chain_of(bundled, region="anhui", indicator="new_urban_jobs", year=2009)["rows"]
    assert [(link["region"]["id"], link["adds"], link["adds_unit"]) for link in jobs["links"]] == [
        ("china", None, None),
        ("anhui", None, None),
    ]
    (rate,) = questions.chain_of(bundled, region="jintan", indicator="gdp", year=2023)["rows"]
    assert rate["links"][-1]["adds"] == Decimal("2.5")


_BOZHOU_2021 = """format = 2
[[sources]]
id = "bozhou-2021"
title = "亳州市政府工作报告（2021年2月23日 杜延安）"
publisher = "亳州市人民政府"
[[regions]]
id = "bozhou"
code = "341600"
name_zh = "亳州市"
name_en = "Bozhou"
level = "prefecture"
parent = "340000"
[[reports]]
region = "bozhou"
year = 2021
source = "bozhou-2021"
[[reports.targets]]
indicator = "gdp"
kind = "relative"
against_region = "parent"
margin = 0.5
qualifiers = ["高于"]
wording = "全市地区生产总值高于全省增速0.5个百分点"
[[reports.targets]]
indicator = "retail_sales"
kind = "relative"
against_region = "parent"
qualifiers = ["同步"]
wording = "社会消费品零售总额与全省同步增长"
[[reports.targets]]
indicator = "fixed_asset_investment"
kind = "relative"
against_region = "parent"
qualifiers = ["高于"]
wording = "固定资产投资增速高于全省"
[[reports.targets]]
indicator = "rural_disposable_income"
kind = "relative"
against_region = "parent"
margin = 0.5
qualifiers = ["高于", "左右"]
wording = "农村常住居民人均可支配收入高于全省增速0.5个百分点左右"
"""


def test_a_chain_reads_a_target_set_against_the_level_above_as_adding_its_margin(tmp_path: Path) -> None:
    """亳州 2021's 高于全省增速0.5个百分点 adds 0.5 over 安徽's +8% (it added nothing, as if the two
    did not compare), over 安徽's own 高于全国0.7个百分点左右 too; 与全省同步 adds 0; 高于全省 with no margin
    says no figure."""
    path = tmp_path / "bozhou.toml"
    path.write_text(_BOZHOU_2021, encoding="utf-8")
    index = open_index([path], use_cache=False)
    try:
        rows = questions.chain_of(index, region="bozhou", year=2021)["rows"]
    finally:
        index.close()
    assert [
        (row["indicator"], [(link["region"]["id"], link["adds"], link["adds_unit"]) for link in row["links"]])
        for row in rows
    ] == [
        ("gdp", [("china", None, None), ("anhui", 2, "个百分点"), ("bozhou", 0.5, "个百分点")]),
        ("fixed_asset_investment", [("anhui", None, None), ("bozhou", None, None)]),
        ("retail_sales", [("anhui", None, None), ("bozhou", 0, "个百分点")]),
        ("rural_disposable_income", [("anhui", None, None), ("bozhou", 0.5, "个百分点")]),
    ]


_HAIDIAN_2005 = """format = 2
[[sources]]
id = "haidian-2005"
title = "海淀区2005年政府工作报告"
publisher = "北京市海淀区人民政府"
[[regions]]
id = "haidian"
code = "110108"
name_zh = "海淀区"
name_en = "Haidian District"
level = "district"
parent = "110000"
[[reports]]
region = "haidian"
year = 2005
source = "haidian-2005"
[[reports.targets]]
indicator = "cpi"
kind = "level"
value = 2.5
unit = "%"
qualifiers = ["控制在", "以内"]
wording = "居民消费价格涨幅控制在2.5%以内"
"""


def test_a_chain_reads_an_index_as_its_rise(tmp_path: Path) -> None:
    """A district's 控制在2.5%以内 below 北京 2005's 居民消费价格指数控制在103%以内 adds -0.5 (it read
    -100.5, the index taken for a rate); 北京's 103 below China's 4% adds -1 (it added nothing)."""
    path = tmp_path / "haidian.toml"
    path.write_text(_HAIDIAN_2005, encoding="utf-8")
    index = open_index([path], use_cache=False)
    try:
        (row,) = questions.chain_of(index, region="haidian", indicator="cpi", year=2005)["rows"]
    finally:
        index.close()
    assert [(link["region"]["id"], link["adds"], link["adds_unit"]) for link in row["links"]] == [
        ("china", None, None),
        ("beijing", -1, "个百分点"),
        ("haidian", -0.5, "个百分点"),
    ]


def test_a_chain_compares_the_first_target_that_has_a_match_above(bundled: Index) -> None:
    """China 2007 on prices: 基本稳定, then 3%以内; 安徽 控制在3%以内 was shown adding nothing, as
    China's first target is a goal: it is compared with China's 3%以内, and adds 0."""
    (row,) = questions.chain_of(bundled, region="anhui", indicator="cpi", year=2007)["rows"]
    assert [(link["region"]["id"], link["adds"], link["adds_unit"]) for link in row["links"]] == [
        ("china", None, None),
        ("anhui", Decimal(0), "个百分点"),
    ]


def test_a_chain_over_all_years_has_a_row_of_each_year(bundled: Index) -> None:
    """chain jiangsu gdp over all years: what Jiangsu adds over China's target, year by year (China
    set none in 2020); one year's chain is the same, its row marked with its year."""
    chain = questions.chain_of(bundled, region="jiangsu", indicator="gdp", year="all")
    assert (chain["year"], chain["passed_over"]) == ("all", [])
    assert [(row["year"], row["links"][-1]["adds"]) for row in chain["rows"]] == [
        (2003, 3), (2004, 3), (2005, 3), (2006, 3), (2007, 3), (2008, 3), (2009, 2), (2010, 2),
        (2011, 2), (2012, Decimal("2.5")), (2013, Decimal("2.5")), (2014, Decimal("1.5")), (2015, 1),
        (2016, 1), (2017, Decimal("0.5")), (2018, Decimal("0.5")), (2019, Decimal("0.5")),
        (2020, None), (2021, 0), (2022, 0), (2023, 0), (2024, 0), (2025, 0), (2026, Decimal("0.5")),
    ]  # fmt: skip
    assert [len(row["links"]) for row in chain["rows"]].count(1) == 1  # 2020: Jiangsu alone
    assert [(p["id"], p["year"]) for p in chain["no_target"]] == [("china", 2020)]
    (one,) = questions.chain_of(bundled, region="jiangsu", indicator="gdp", year=2023)["rows"]
    assert one == chain["rows"][20]


def test_a_chain_over_a_range_goes_from_a_prefecture_up_to_the_country(bundled: Index) -> None:
    """chain suqian gdp 2022-2025: China → Jiangsu → Suqian in each year Suqian has a report."""
    chain = questions.chain_of(bundled, region="suqian", indicator="gdp", year=(2022, 2025))
    assert chain["year"] == (2022, 2025)
    assert [
        (r["year"], [(link["region"]["id"], link["adds"]) for link in r["links"]]) for r in chain["rows"]
    ] == [
        (year, [("china", None), ("jiangsu", 0), ("suqian", Decimal("1.5"))]) for year in (2022, 2023, 2025)
    ]


def test_a_chain_over_years_skips_the_years_without_a_target(bundled: Index) -> None:
    """Changzhou reports of 2022, 2023 and 2025, new jobs targeted only in 2022: that year alone;
    Jintan never sets a CPI target: no rows, as for one year."""
    jobs = questions.chain_of(bundled, region="changzhou", indicator="new_urban_jobs", year="all")
    assert [row["year"] for row in jobs["rows"]] == [2022]
    cpi = questions.chain_of(bundled, region="jintan", indicator="cpi", year="all")
    assert (cpi["year"], cpi["rows"], cpi["passed_over"]) == ("all", [], [])


def test_a_chain_over_years_says_the_year_of_each_level_it_passes_over(mini: Index) -> None:
    """north 2022 and 2023: Demo Province has no report of either, Testville none of 2022."""
    chain = questions.chain_of(mini, region="north", indicator="gdp", year="all")
    assert [(row["year"], len(row["links"])) for row in chain["rows"]] == [(2022, 1), (2023, 2)]
    assert [(p["id"], p["year"]) for p in chain["passed_over"]] == [
        ("demo", 2022),
        ("testville", 2022),
        ("demo", 2023),
    ]


# --- 10: large answers ---------------------------------------------------------------------------


def test_summary_is_counted_in_sql_without_reading_rows(mini: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm `summary` of 65 MB took 1.1 GB, parsing every target row: now SQLite counts them
    (no row is read in Python) and the answer is the one the rows give, the mean exact."""

    def no_rows(*args: object, **kwargs: object) -> None:
        raise AssertionError("summary read the target rows")

    monkeypatch.setattr(Index, "targets", no_rows)
    years = questions.summarize(mini, filters=TargetFilter(year="all"))["years"]
    assert [
        (y["region"], y["year"], y["targets"], y["met"], y["missed"], y["mean_difference_pp"]) for y in years
    ] == [
        ("testville", 2023, 2, 0, 1, -0.4),
        ("north", 2022, 1, 0, 0, None),
        ("north", 2023, 10, 5, 2, -0.27),
        ("south", 2023, 2, 0, 0, None),
    ]
    by_year = questions.summarize(mini, filters=TargetFilter(year="all"), by="year")["years"]
    assert [(y["region"], y["year"], y["targets"], y["judged"], y["no_result"]) for y in by_year] == [
        (None, 2022, 1, 0, 1),
        (None, 2023, 14, 8, 6),
    ]


def _asked(index: Index, by: list[str], **asked: Any) -> str:
    said: list[str] = []
    index.conn.set_trace_callback(said.append)
    try:
        index.target_counts(by=by, **asked)
    finally:
        index.conn.set_trace_callback(None)
    return said[-1]


def test_summary_of_every_target_reads_the_counts_of_each_report(mini: Index) -> None:
    """A summary of every indicator sums each report's counts, made when the index was built (a
    row a report, in their order): the targets are not counted again, which took ten times as
    long; by report, the counts are read as they are (grouping them took twice as long)."""
    by_report = _asked(mini, ["region", "year"])
    assert [step[-1] for step in mini.conn.execute("EXPLAIN QUERY PLAN " + by_report)] == [
        "SCAN report_counts"
    ]
    assert "GROUP BY" not in by_report
    assert _asked(mini, ["year"]).endswith("FROM report_counts GROUP BY year")


_PARTS = [f"SEARCH {t} USING INTEGER PRIMARY KEY (rowid=?)" for t in ("k", "p1", "p2")]


def test_a_search_of_projects_scans_them(mini: Index) -> None:
    """Looking for a text in the latest year's projects read them in the order of an index of
    their amounts, each page many times (twice the time of a scan): it scans the table now, and
    finds what it found, named as it was."""

    said: list[str] = []
    mini.conn.set_trace_callback(said.append)
    try:
        mini.projects(year="latest", text="大桥")
    finally:
        mini.conn.set_trace_callback(None)
    assert "+latest = 1 AND instr(search, '大桥') > 0" in said[-1]  # no index can take +latest
    assert [step[-1] for step in mini.conn.execute("EXPLAIN QUERY PLAN " + said[-1])] == ["SCAN t", *_PARTS]
    hits = questions.search_text(mini, text="大桥")["hits"]
    assert {(h["record"], h["region"], h["region_zh"]) for h in hits} == {("project", "north", "北区")}


@pytest.mark.parametrize("by", [["region", "year"], ["region"], ["year"]])
@pytest.mark.parametrize("asked", [{}, {"year": "latest"}, {"year": (2010, 2015)}, {"levels": ["province"]}])
def test_the_counts_of_each_report_are_those_of_its_targets(
    bundled: Index, by: list[str], asked: dict[str, Any]
) -> None:
    """Each report's counts, summed, are the counts of its targets (of every indicator, which
    counts them one by one), whatever the grouping, years and levels: the differences as a set."""
    every = [i["key"] for i in bundled.indicators()]

    def counted(**indicators: Any) -> list[tuple[Any, ...]]:
        rows = bundled.target_counts(by=by, **asked, **indicators)
        return sorted((*row[:-1], sorted((row[-1] or "").split())) for row in rows)

    assert counted() == counted(indicators=every)
    assert len(counted()) > 1


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Jiangsu Province", "jiangsu"),
        ("sichuan  province", "sichuan"),
        ("Suzhou City", "suzhou"),
        ("Beijing Municipality", "beijing"),
        ("Guangxi Zhuang Autonomous Region", "guangxi"),
        ("Xinjiang Uygur Autonomous Region", "xinjiang"),
        ("Tibet Autonomous Region", "xizang"),
        ("Jiangsu Sheng", "jiangsu"),
        ("Jintan District", "jintan"),
        ("Xinjiang Uyghur", "xinjiang"),
        ("Xinjiang Uyghur Autonomous Region", "xinjiang"),
        ("Xinjiang Uygur Zizhiqu", "xinjiang"),
        ("Guangxi Zhuang", "guangxi"),
        ("Guangxi Zhuangzu Zizhiqu", "guangxi"),
        ("Ningxia Hui", "ningxia"),
        ("Ningxia Huizu Zizhiqu", "ningxia"),
        ("Nei Mongol Zizhiqu", "neimenggu"),
        ("Xizang Zizhiqu", "xizang"),
    ],
)
def test_a_region_by_its_english_name_and_level(bundled: Index, name: str, region: str) -> None:
    """An English or pinyin level after the name (Jiangsu Province) finds the region."""
    assert questions.find_region(bundled, name=name)["id"] == region


def test_a_level_word_alone_is_no_region(bundled: Index) -> None:
    """Only a name before the level word finds a region: 'Province' and 'Nowhere City' do not."""
    for name in ("Province", "Nowhere City"):
        with pytest.raises(UnknownRegionError):
            questions.find_region(bundled, name=name)


def test_search_reads_a_hyphen_as_a_space(bundled: Index) -> None:
    """search 'work safety' (the help's example) finds the work-safety accidents targets too, and
    'work-safety' finds what 'work safety' finds."""
    spaced = questions.search_text(bundled, text="work safety", year="all")["hits"]
    assert {h["id"] for h in spaced} >= {
        "work_safety_accidents",
        "work_safety_deaths",
        "work_safety_situation",
    }
    assert questions.search_text(bundled, text="Work-Safety", year="all")["hits"] == spaced


def test_search_finds_an_indicator_by_the_names_tables_show(bundled: Index) -> None:
    """search 'Rural disposable income' (the name in a table's Indicator column, which is also the
    key in words) finds that indicator's targets and results, as its full name does."""
    hits = questions.search_text(bundled, text="Rural disposable income", year=2023)["hits"]
    jiangxi = [h for h in hits if h["region"] == "jiangxi"]
    assert [(h["record"], h["year"], h["id"], h["field"], h["text"]) for h in jiangxi] == [
        ("target", 2023, "rural_disposable_income", "indicator", "Rural disposable income"),
        ("outcome", 2023, "rural_disposable_income", "indicator", "Rural disposable income"),
    ]
    full = questions.search_text(bundled, text="Per capita disposable income of rural", year=2023)["hits"]
    assert [(h["region"], h["id"]) for h in full] == [(h["region"], h["id"]) for h in hits]
    words = questions.search_text(bundled, text="rural disposable", year=2023)["hits"]
    assert [(h["region"], h["id"]) for h in words] == [(h["region"], h["id"]) for h in hits]


def test_the_mean_gap_rounds_a_half_to_even_as_documented(bundled: Index) -> None:
    """A mean gap exactly halfway (Anhui 2009: 29.8 / 8 = 3.725; Chongqing 2013: 0.775) rounds to the even digit."""
    chosen = TargetFilter(regions=("anhui", "chongqing"), year=(2009, 2013))
    rows = {
        (y["region"], y["year"]): y["mean_difference_pp"]
        for y in questions.summarize(bundled, filters=chosen)["years"]
    }
    assert (rows["anhui", 2009], rows["chongqing", 2013]) == (3.72, 0.78)


def test_bundled_chain_compares_no_totals(bundled: Index) -> None:
    """Jiangsu's 120万 new jobs are no step down of 1080万 from China's 1200万: a total adds nothing,
    while the GDP rates still do."""
    rows = questions.chain_of(bundled, region="suzhou", year=2024)["rows"]
    links = {row["indicator"]: row["links"] for row in rows}
    assert [
        (link["targets"][0]["figure_zh"], link["adds"], link["adds_unit"]) for link in links["new_urban_jobs"]
    ] == [
        ("1200万人以上", None, None),
        ("120万人以上", None, None),
        ("35万人", None, None),
    ]
    assert [link["adds"] for link in links["gdp"]] == [None, Decimal("0"), Decimal("0")]


def test_a_region_by_its_name_with_a_typographic_apostrophe(bundled: Index) -> None:
    """Huai’an (U+2019, as an editor types it) finds 淮安市, as Huai'an does."""
    assert questions.find_region(bundled, name="Huai’an")["id"] == "huaian"


def test_search_finds_a_record_once_however_many_of_its_fields_match(bundled: Index) -> None:
    """'jintan' is Jintan's id, English name and alias, and 充电桩 a target's wording and indicator
    name: one hit each, in the first field that holds the text."""
    jintan = questions.search_text(bundled, text="jintan", year="all")["hits"]
    assert [(h["record"], h["id"], h["field"]) for h in jintan] == [("region", "jintan", "id")]
    piles = questions.search_text(bundled, text="充电桩", year="all")["hits"]
    assert [(h["record"], h["id"], h["field"], h["text"]) for h in piles] == [
        ("target", "ev_charging_piles", "wording", "配建新能源充电桩260套")
    ]


@pytest.mark.parametrize("typed", ["Jīntán", "jin tan", "Jin Tan", "JĪN TÁN"])
def test_a_region_in_pinyin_with_tone_marks_or_spaced_syllables_is_found(bundled: Index, typed: str) -> None:
    """Pinyin as typed with its tone marks (Jīntán) or a space between syllables (jin tan) names the
    region whose id it spells: it was an unknown region."""
    assert questions.find_region(bundled, name=typed)["id"] == "jintan"


def test_show_gives_no_previous_results_where_each_year_before_has_a_report(bundled: Index) -> None:
    """江苏 has a report of every year 2003–2026: show of 2004 on finds none of the year before
    without a report, and its first, 2003, its two results of 2002."""
    years = bundled.years("jiangsu")
    found = {
        y: len(questions.show_region(bundled, region="jiangsu", year=y)["previous_outcomes"]) for y in years
    }
    assert (years, {y: n for y, n in found.items() if n}) == (list(range(2003, 2027)), {2003: 2})


def test_the_previous_results_of_the_bundled_data_are_those_of_first_reports_and_gaps(bundled: Index) -> None:
    """The 85 results of 2002 (from the 2003 reports) are shown by show of 2003, and no year's
    results are shown where a report of that year is in the dataset."""
    shown = [
        (region["id"], year, outcome["year"])
        for region in bundled.regions()
        for year in bundled.years(region["id"])
        for outcome in questions.show_region(bundled, region=region["id"], year=year)["previous_outcomes"]
    ]
    assert len([s for s in shown if s[2] == 2002]) == 85
    assert [s for s in shown if s[2] != s[1] - 1 or s[2] in bundled.years(s[0])] == []
