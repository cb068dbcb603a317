"""Tests of the query functions on the test dataset and the bundled one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from govtargets.cache import open_index
from govtargets.errors import MissingYearError, UnknownIndicatorError, UnknownRegionError
from govtargets.index import Index
from govtargets.queries import (
    FLAT_COLUMNS,
    compare_regions,
    find_region,
    list_indicators,
    list_projects,
    list_regions,
    list_targets,
    rank_indicator,
    search_text,
    show_region,
)
from govtargets.results import TargetRow
from govtargets.vocab import Kind

from .conftest import MINI


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


def _one_target(tmp_path: Path, figure: str, actual: str) -> Index:
    """The mini dataset with north's 2023 GDP figure replaced by ``figure``, achieving ``actual``."""
    text = MINI.read_text("utf-8")
    start = text.index('value = 7\nunit = "%"')
    end = text.index("actual = {", start)
    path = tmp_path / "one.toml"
    changed = (
        text[:start] + figure + 'wording = "w"\n' + text[end:].replace("value = 7.5,", f"value = {actual},")
    )
    path.write_text(changed, "utf-8")
    return open_index(path, use_cache=False)


@pytest.mark.parametrize(
    ("figure", "actual", "status", "difference"),
    [
        ('value = 7\nunit = "%"\n', "7.5", "met", "0.5"),
        ('value = 7\nunit = "%"\n', "7", "met", "0"),
        ('value = 7\nunit = "%"\n', "6.9", "missed", "-0.1"),
        ('value = 7\nunit = "%"\nqualifier = "about"\n', "7", "met", "0"),
        ('value = 7\nunit = "%"\nqualifier = "within"\n', "6", "met", "-1"),
        ('value = 7\nunit = "%"\nqualifier = "within"\n', "7.2", "missed", "0.2"),
        ('value = 7\nunit = "%"\nqualifier = "over"\n', "7", "missed", "0"),
        ('value = 7\nunit = "%"\nqualifier = "over"\n', "7.1", "met", "0.1"),
    ],
)
def test_outcome_by_qualifier(tmp_path: Path, figure: str, actual: str, status: str, difference: str) -> None:
    """Met means at least the figure, at most it for 以内, more than it for 超; difference exact, in pp."""
    index = _one_target(tmp_path, figure, actual)
    outcome = show_region(index, region="north")["headline"][0]["outcome"]
    assert outcome == {
        "status": status,
        "difference": Decimal(difference),
        "unit": "个百分点",
        "unit_en": "percentage points",
    }


def test_outcome_bundled_jintan_gdp(bundled: Index) -> None:
    """Jintan's GDP: 8% targeted, 8.2% achieved, met by 0.2 points; no other target has an outcome."""
    headline = show_region(bundled, region="jintan")["headline"]
    gdp = headline[0]
    assert (gdp["value"], gdp["actual"]["value"], gdp["outcome"]) == (  # type: ignore[index]
        Decimal(8),
        Decimal("8.2"),
        {"status": "met", "difference": Decimal("0.2"), "unit": "个百分点", "unit_en": "percentage points"},
    )
    assert [t["outcome"] for t in headline[1:]] == [None] * (len(headline) - 1)


def test_list_targets_filters_and_years(mini: Index) -> None:
    """targets lists flat rows; filters narrow them; the default is each region's latest year."""
    latest = list_targets(mini)["targets"]
    assert [(t["region"], t["year"], t["id"]) for t in latest][:2] == [
        ("north", 2023, "gdp"),
        ("north", 2023, "budget_revenue"),
    ]
    assert len(latest) == 6
    assert len(list_targets(mini, year="all")["targets"]) == 7
    gdp = list_targets(mini, indicators=["地区生产总值"], regions=["北"], year=2022)
    assert gdp["filters"] == {"regions": ["north"], "indicators": ["gdp"], "kinds": [], "year": 2022}
    assert [(t["value"], t["actual"], t["outcome"]) for t in gdp["targets"]] == [(Decimal(6), None, None)]
    counts = list_targets(mini, kinds=[Kind.COUNT])["targets"]
    assert [(t["id"], t["part_of"], t["threshold"]) for t in counts] == [
        ("big", None, "超1亿元或1000万美元"),
        ("bigger", "big", "超10亿元"),
    ]


def test_flat_row_has_the_long_format_columns(mini: Index) -> None:
    """A flat row's keys are FLAT_COLUMNS, in order, and those are the TargetRow type's keys."""
    row = list_targets(mini)["targets"][0]
    assert tuple(row) == FLAT_COLUMNS == tuple(TargetRow.__annotations__)
    assert (row["region_zh"], row["code"], row["actual"], row["outcome"], row["difference"]) == (
        "北区", "990001", Decimal("7.5"), "met", Decimal("0.5")
    )  # fmt: skip


def test_unknown_indicator_suggests(mini: Index) -> None:
    """An indicator not in the catalogue is an error naming close ones."""
    with pytest.raises(
        UnknownIndicatorError, match=r"unknown indicator 'gpd'; did you mean gdp \(地区生产总值\)"
    ):
        list_targets(mini, indicators=["gpd"])


def test_rank_orders_and_shares_places(tmp_path: Path) -> None:
    """rank orders each group highest first, and equal figures share a place."""
    path = tmp_path / "tie.toml"
    path.write_text(MINI.read_text("utf-8").replace("value = 5.5\n", "value = 7\n"), "utf-8")
    ranking = rank_indicator(open_index(path, use_cache=False), indicator="gdp")
    assert [[(e["rank"], e["region"]["id"]) for e in g["entries"]] for g in ranking["groups"]] == [
        [(1, "north"), (1, "south")]
    ]


def test_rank_groups_kinds_and_puts_qualitative_last(mini: Index) -> None:
    """Counts with different thresholds rank apart; qualitative targets are listed, unranked."""
    projects = rank_indicator(mini, indicator="projects")
    assert [(g["kind"], [e["target"]["id"] for e in g["entries"]]) for g in projects["groups"]] == [
        ("count", ["big"]), ("count", ["bigger"])
    ]  # fmt: skip
    safety = rank_indicator(mini, indicator="Accidents")
    assert (safety["groups"], [e["rank"] for e in safety["qualitative"]]) == ([], [None])
    gdp = rank_indicator(mini, indicator="gdp", year=2022)
    assert [[e["target"]["value"] for e in g["entries"]] for g in gdp["groups"]] == [[Decimal(6)]]


def test_search_finds_and_says_where(mini: Index) -> None:
    """search finds text in any case and width, and names the record and field of each hit."""
    hits = search_text(mini, text="ＧＤＰ")["hits"]
    assert [(h["record"], h["region"]["id"], h["year"], h["id"], h["field"], h["text"]) for h in hits] == [
        ("target", "north", 2023, "gdp", "label_en", "GDP to grow 7%"),
        ("target", "north", 2023, "gdp", "indicator", "Gross regional product (GDP)"),
        ("target", "south", 2023, "gdp", "indicator", "Gross regional product (GDP)"),
    ]
    assert [(h["record"], h["field"]) for h in search_text(mini, text="北")["hits"]] == [
        ("region", "name_zh"), ("region", "aliases")
    ]  # fmt: skip
    assert [(h["id"], h["field"]) for h in search_text(mini, text="工厂")["hits"]] == [
        ("plant", "name_zh"), ("plant", "wording")
    ]  # fmt: skip


def test_search_years(mini: Index) -> None:
    """search looks in each region's latest year by default, in every year with year="all"."""
    assert [h["year"] for h in search_text(mini, text="增长6%")["hits"]] == []
    assert [h["year"] for h in search_text(mini, text="增长6%", year="all")["hits"]] == [2022]


def test_compare_a_year(mini: Index) -> None:
    """compare with a year shows each region's report of that year; one without it is empty."""
    comparison = compare_regions(mini, regions=["north", "south"], year=2022)
    assert [c["year"] for c in comparison["regions"]] == [2022, None]
    assert [
        (r["indicator"]["key"], len(r["targets"]["north"]), r["targets"]["south"]) for r in comparison["rows"]
    ] == [("gdp", 1, [])]


def test_projects_of_a_year(mini: Index) -> None:
    """projects lists each region's latest year by default; a year with none lists none."""
    assert [p["id"] for p in list_projects(mini)["projects"]] == ["plant", "lab", "centre"]
    assert list_projects(mini, year=2022)["projects"] == []
    assert list_projects(mini, year="all")["filters"]["year"] == "all"
