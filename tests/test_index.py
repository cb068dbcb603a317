"""Tests of the compiled index's lookups: filters, years and the folded search text."""

from __future__ import annotations

from govtargets.index import Index, searchable
from govtargets.vocab import normalize_name


def _keys(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(r["region"], r["year"], r.get("id") or r["indicator"]) for r in rows]


def test_targets_where_each_filter(mini: Index) -> None:
    """Region, indicator, kind and year each narrow the targets; none given means all."""
    assert len(mini.targets_where()) == 7
    assert _keys(mini.targets_where(indicators=["gdp"])) == [
        ("north", 2022, "gdp"), ("north", 2023, "gdp"), ("south", 2023, "gdp")
    ]  # fmt: skip
    assert _keys(mini.targets_where(indicators=["gdp"], year="latest")) == [
        ("north", 2023, "gdp"), ("south", 2023, "gdp")
    ]  # fmt: skip
    assert _keys(mini.targets_where(region_ids=["north"], year=2022)) == [("north", 2022, "gdp")]
    assert _keys(mini.targets_where(kinds=["count"])) == [("north", 2023, "big"), ("north", 2023, "bigger")]


def test_search_text_is_folded(mini: Index) -> None:
    """The search column is case- and width-folded, so ＧＤＰ and gdp find "GDP to grow 7%"."""
    for typed in ("GDP", "ＧＤＰ", "gdp"):
        assert _keys(mini.targets_where(text=normalize_name(typed))) == [("north", 2023, "gdp")]
    found = mini.targets_where(text=normalize_name("增长"), text_indicators=["budget_revenue"])
    assert _keys(found) == [
        ("north", 2022, "gdp"), ("north", 2023, "gdp"),
        ("north", 2023, "budget_revenue"), ("south", 2023, "gdp"),
    ]  # fmt: skip


def test_projects_by_year_and_text(mini: Index) -> None:
    """Projects filter by year (latest of each region) and by folded text."""
    assert [p["id"] for p in mini.projects(year="latest")] == ["plant", "lab", "centre"]
    assert mini.projects(year=2022) == []
    assert [p["id"] for p in mini.projects(text=normalize_name("PLANT"))] == ["plant"]


def test_regions_with(mini: Index) -> None:
    """Regions are found by any name or alias."""
    assert [r["id"] for r in mini.regions_with("north")] == ["north"]
    assert [r["id"] for r in mini.regions_with("990002")] == ["south"]
    assert mini.regions_with("nowhere") == []


def test_searchable_joins_lists_and_skips_blanks() -> None:
    """Every searched field, list items too, on a line of its own; missing fields are skipped."""
    record = {"id": "x", "code": "1", "name_zh": "北区", "name_en": "North  District", "aliases": ["北", "N"]}
    assert searchable(record, ["id", "name_en", "aliases", "missing"]) == "x\nnorth district\n北\nn"
