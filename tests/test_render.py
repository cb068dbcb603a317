"""Tests of rendering results as tables, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

from govtargets.index import Index
from govtargets.queries import (
    compare_regions,
    list_indicators,
    list_projects,
    list_regions,
    rank_indicator,
    search_text,
    show_region,
)
from govtargets.render import render


def test_json_of_a_target_is_exact(mini: Index) -> None:
    """A target's JSON carries value, unit, yuan, qualifier, wording and source, exactly."""
    data = json.loads(render(show_region(mini, region="north"), shape="RegionReport", fmt="json"))
    assert data["headline"][1] == {
        "id": "budget_revenue",
        "region": "north",
        "year": 2023,
        "indicator": {
            "key": "budget_revenue",
            "name_zh": "一般公共预算收入",
            "name_en": "General public budget revenue",
        },
        "kind": "amount",
        "value": 12.5,
        "unit": "亿元",
        "unit_en": "100 million yuan",
        "yuan": 1250000000,
        "usd": None,
        "qualifier": {"key": "strive_for", "zh": "力争", "en": "strive for"},
        "threshold": None,
        "part_of": None,
        "area": None,
        "wording": "力争完成12.5亿元",
        "label_en": None,
        "actual": None,
        "outcome": None,
        "source": {
            "id": "report-n",
            "title": "北区政府工作报告",
            "publisher": "Test publisher",
            "url": "https://example.org/north",
            "posted": "2023-01-05T09:30:00",
            "post": None,
            "section": None,
            "note": None,
        },
    }


def test_json_is_utf8_unescaped_and_decimals_exact(bundled: Index) -> None:
    """JSON keeps Chinese as is and 0.86 as 0.86; it loads back to the same decimals."""
    text = render(list_projects(bundled), shape="ProjectList", fmt="json")
    assert "华罗庚创新中心" in text
    assert "\\u" not in text
    data = json.loads(text, parse_float=Decimal)
    assert [p["planned_investment"]["value"] for p in data["projects"]] == [
        4,
        Decimal("0.3"),
        6,
        Decimal("0.86"),
    ]
    assert data["totals"]["planned_investment"] == {
        "value": Decimal("11.16"),
        "unit": "亿元",
        "unit_en": "100 million yuan",
        "yuan": 1116000000,
        "usd": None,
    }


def test_json_top_level_keys(mini: Index) -> None:
    """Each result's JSON has the documented top-level keys."""
    assert list(json.loads(render(list_regions(mini), shape="RegionList", fmt="json"))) == ["regions"]
    assert list(json.loads(render(show_region(mini, region="north"), shape="RegionReport", fmt="json"))) == [
        "region", "year", "years", "headline", "areas", "projects", "project_totals",
    ]  # fmt: skip
    comparison = compare_regions(mini, regions=["north", "south"])
    assert list(json.loads(render(comparison, shape="Comparison", fmt="json"))) == ["regions", "rows"]
    assert list(json.loads(render(list_projects(mini), shape="ProjectList", fmt="json"))) == [
        "filters",
        "projects",
        "totals",
    ]
    assert list(json.loads(render(list_indicators(mini), shape="IndicatorList", fmt="json"))) == [
        "indicators"
    ]


def test_csv_of_projects(mini: Index) -> None:
    """Projects as CSV: one row each, exact decimals, yuan as integers, blanks for unknowns."""
    rows = list(csv.DictReader(io.StringIO(render(list_projects(mini), shape="ProjectList", fmt="csv"))))
    assert [(r["id"], r["total_investment"], r["planned_investment"], r["planned_yuan"]) for r in rows] == [
        ("plant", "10", "2.5", "250000000"),
        ("lab", "", "0.3", "30000000"),
        ("centre", "", "0.86", "86000000"),
    ]


def test_csv_of_comparison_has_a_column_set_per_region(mini: Index) -> None:
    """Compare as CSV gives value, unit, qualifier and wording columns for each region."""
    rows = list(
        csv.DictReader(
            io.StringIO(
                render(compare_regions(mini, regions=["north", "south"]), shape="Comparison", fmt="csv")
            )
        )
    )
    gdp = rows[0]
    assert (gdp["indicator"], gdp["north_value"], gdp["south_value"], gdp["south_qualifier"]) == (
        "gdp", "7", "5.5", "about")  # fmt: skip
    assert (rows[1]["indicator"], rows[1]["south_value"], rows[1]["south_wording"]) == (
        "budget_revenue",
        "",
        "",
    )


def test_csv_of_show_has_targets_then_projects(mini: Index) -> None:
    """show as CSV is one sheet: a row per target, then a row per project."""
    rows = list(
        csv.DictReader(
            io.StringIO(render(show_region(mini, region="north"), shape="RegionReport", fmt="csv"))
        )
    )
    assert [(r["record"], r["section"], r["id"] or r["project_id"]) for r in rows] == [
        ("target", "main", "gdp"), ("target", "main", "budget_revenue"), ("target", "main", "safety"),
        ("target", "area 1", "big"), ("target", "area 1", "bigger"),
        ("project", "", "plant"), ("project", "", "lab"), ("project", "", "centre"),
    ]  # fmt: skip
    assert rows[0]["actual"] == "7.5"


def test_csv_of_rank_and_search(mini: Index) -> None:
    """rank's CSV is the long format after a rank column; search's has a row per hit."""
    text = render(rank_indicator(mini, indicator="gdp"), shape="Ranking", fmt="csv")
    ranking = list(csv.DictReader(io.StringIO(text)))
    assert [(r["rank"], r["region"], r["value"], r["outcome"]) for r in ranking] == [
        ("1", "north", "7", "met"), ("2", "south", "5.5", "")
    ]  # fmt: skip
    text = render(search_text(mini, text="工厂"), shape="SearchResult", fmt="csv")
    hits = list(csv.DictReader(io.StringIO(text)))
    assert [(h["record"], h["region"], h["year"], h["id"], h["field"]) for h in hits] == [
        ("project", "north", "2023", "plant", "name_zh"), ("project", "north", "2023", "plant", "wording")
    ]  # fmt: skip


def test_csv_with_bom_starts_with_it(mini: Index) -> None:
    """bom=True puts the byte-order mark first, and nothing else changes for plain text."""
    plain = render(list_regions(mini), shape="RegionList", fmt="csv")
    assert render(list_regions(mini), shape="RegionList", fmt="csv", bom=True) == "\ufeff" + plain
