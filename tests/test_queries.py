"""Tests of the query functions on the test dataset and the bundled one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets.errors import MissingYearError, UnknownRegionError
from govtargets.index import Index
from govtargets.queries import (
    compare_regions,
    find_region,
    list_indicators,
    list_projects,
    list_regions,
    show_region,
)


@pytest.mark.parametrize(
    "name",
    ["jintan", "Jintan", "JINTAN", "金坛", "金坛区", "320413", "３２０４１３", "Jintan District", " jintan "],
)
def test_find_region_by_any_name(bundled: Index, name: str) -> None:
    """Id, code (full-width too), Chinese and English names and aliases all find Jintan, in any case."""
    assert find_region(bundled, name=name)["id"] == "jintan"


def test_unknown_region_suggests_close_names(bundled: Index) -> None:
    """A near miss names the region it probably meant."""
    with pytest.raises(UnknownRegionError) as caught:
        find_region(bundled, name="jintn")
    assert caught.value.suggestions == ["jintan (金坛区)"]
    assert "did you mean jintan (金坛区)?" in str(caught.value)


def test_unknown_chinese_region_suggests(bundled: Index) -> None:
    """A mistyped Chinese name still finds its neighbour."""
    with pytest.raises(UnknownRegionError) as caught:
        find_region(bundled, name="溧水")
    assert caught.value.suggestions == ["liyang (溧阳市)"]


def test_unknown_region_without_neighbours(bundled: Index) -> None:
    """A name like nothing in the dataset gets no suggestion."""
    with pytest.raises(UnknownRegionError) as caught:
        find_region(bundled, name="zzzzzz")
    assert caught.value.suggestions == []


def test_list_regions(mini: Index) -> None:
    """Each region lists its years and counts of targets and projects."""
    regions = list_regions(mini)["regions"]
    assert [(r["id"], r["years"], r["targets"], r["projects"]) for r in regions] == [
        ("north", [2022, 2023], 6, 3),
        ("south", [2023], 1, 0),
    ]
    assert regions[0]["parents"][0]["name_en"] == "Testville"
    assert regions[0]["source"] is None


def test_show_takes_the_latest_year_and_groups_by_area(mini: Index) -> None:
    """show gives the latest year, headline targets apart from each area's."""
    report = show_region(mini, region="北")
    assert (report["year"], report["years"]) == (2023, [2022, 2023])
    assert [t["id"] for t in report["headline"]] == ["gdp", "budget_revenue", "safety"]
    assert [(a["no"], [t["id"] for t in a["targets"]]) for a in report["areas"]] == [
        (1, ["big", "bigger"]),
        (2, []),
    ]
    assert [p["id"] for p in report["projects"]] == ["plant", "lab", "centre"]


def test_show_an_earlier_year(mini: Index) -> None:
    """A year can be asked for; a year with no report is an error that lists the years there are."""
    assert [t["value"] for t in show_region(mini, region="north", year=2022)["headline"]] == [Decimal(6)]
    message = r"north has no report for 1999 \(years in the dataset: 2022, 2023\)"
    with pytest.raises(MissingYearError, match=message):
        show_region(mini, region="north", year=1999)


def test_target_view_gives_money_in_yuan(mini: Index) -> None:
    """An amount target carries its unit and its value in whole yuan."""
    revenue = show_region(mini, region="north")["headline"][1]
    assert (revenue["value"], revenue["unit"], revenue["yuan"], revenue["usd"]) == (
        Decimal("12.5"),
        "亿元",
        1_250_000_000,
        None,
    )
    assert revenue["qualifier"] is not None
    assert (revenue["qualifier"]["zh"], revenue["qualifier"]["en"]) == ("力争", "strive for")


def test_threshold_in_yuan_and_dollars(mini: Index) -> None:
    """A threshold in yuan or dollars gives each amount in its own currency."""
    big = show_region(mini, region="north")["areas"][0]["targets"][0]
    assert big["threshold"] is not None
    assert [(a["yuan"], a["usd"]) for a in big["threshold"]["amounts"]] == [
        (100_000_000, None),
        (None, 10_000_000),
    ]


def test_compare_aligns_on_indicator(mini: Index) -> None:
    """compare puts each indicator on one row; a region without it gets an empty list."""
    result = compare_regions(mini, regions=["north", "south"])
    assert [(c["region"]["id"], c["year"]) for c in result["regions"]] == [("north", 2023), ("south", 2023)]
    rows = {
        (r["indicator"]["key"], r["kind"], len(r["targets"]["north"]), len(r["targets"]["south"]))
        for r in result["rows"]
    }
    assert ("gdp", "growth", 1, 1) in rows
    assert ("budget_revenue", "amount", 1, 0) in rows
    assert [r["indicator"]["key"] for r in result["rows"]] == [
        "gdp",
        "budget_revenue",
        "projects",
        "projects",
        "safety",
    ]


def test_compare_same_region_twice_is_one_column(mini: Index) -> None:
    """Two names of one region make one column."""
    result = compare_regions(mini, regions=["north", "北区", "south"])
    assert [c["region"]["id"] for c in result["regions"]] == ["north", "south"]


def test_compare_bundled_lines_up_fixed_asset_investment(bundled: Index) -> None:
    """Jintan's 固定资产投资 and Liyang's 全社会固定资产投资 share a row."""
    result = compare_regions(bundled, regions=["jintan", "liyang"])
    row = next(r for r in result["rows"] if r["indicator"]["key"] == "fixed_asset_investment")
    assert [t["wording"] for t in row["targets"]["jintan"]] == ["固定资产投资增长6%"]
    assert [t["wording"] for t in row["targets"]["liyang"]] == ["全社会固定资产投资增长6%"]


def test_projects_min_invest(bundled: Index) -> None:
    """--min-invest 1 gives 海目星 and 凯卓威 only, with exact sums."""
    result = list_projects(bundled, min_invest=Decimal(1))
    assert [p["name_zh"] for p in result["projects"]] == ["海目星激光科技园项目", "凯卓威减速机项目"]
    assert result["totals"]["planned_investment"]["value"] == Decimal(10)
    assert (result["totals"]["total_investment"]["value"], result["totals"]["total_known"]) == (
        Decimal(40),
        2,
    )


def test_projects_sum_is_exact(mini: Index) -> None:
    """0.3 + 0.86 sums to 1.16 exactly, not a float's 1.1600000000000001."""
    result = list_projects(mini, region="north", min_invest=Decimal("0.1"))
    small = [p for p in result["projects"] if p["total_investment"] is None]
    assert [p["id"] for p in small] == ["lab", "centre"]
    only_small = list_projects(mini, region="north", min_invest=Decimal("0.3"))
    assert str(only_small["totals"]["planned_investment"]["value"]) == "3.66"
    assert only_small["totals"]["planned_investment"]["yuan"] == 366_000_000


def test_projects_min_total_skips_unknown_totals(mini: Index) -> None:
    """--min-total keeps only projects whose total is known and large enough."""
    assert [p["id"] for p in list_projects(mini, min_total=Decimal(10))["projects"]] == ["plant"]
    assert list_projects(mini, min_total=Decimal("10.01"))["projects"] == []


def test_projects_empty_result_has_zero_totals(mini: Index) -> None:
    """A filter that matches nothing gives an empty list and zero totals."""
    result = list_projects(mini, region="south")
    assert (
        result["projects"],
        result["totals"]["count"],
        result["totals"]["planned_investment"]["yuan"],
    ) == ([], 0, 0)


def test_list_indicators_counts_regions(mini: Index) -> None:
    """Each indicator says how many regions have a target on it."""
    found = {i["key"]: (i["unit"], i["regions"]) for i in list_indicators(mini)["indicators"]}
    assert found == {
        "gdp": ("亿元", 2),
        "budget_revenue": ("亿元", 1),
        "projects": ("个", 1),
        "safety": (None, 1),
        "unused": (None, 0),
    }
