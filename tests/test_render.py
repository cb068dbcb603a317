"""Tests of rendering results as tables, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from rich.cells import cell_len

from govtargets.cache import open_index
from govtargets.index import Index
from govtargets.queries import compare_regions, list_indicators, list_projects, list_regions, show_region
from govtargets.render import render, visible
from tests.conftest import MINI


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


def test_table_of_comparison(mini: Index) -> None:
    """A comparison table aligns Chinese columns and shows an em dash where a region has no target."""
    text = render(
        compare_regions(mini, regions=["north", "south"]), shape="Comparison", fmt="table", width=120
    )
    assert "\x1b" not in text
    lines = text.splitlines()
    revenue = next(line for line in lines if line.strip().startswith("一般公共预算收入"))
    assert revenue.split()[-2:] == ["力争12.5亿元", "—"]
    header = next(line for line in lines if "Indicator" in line)
    gdp = next(line for line in lines if line.strip().startswith("地区生产总值"))
    # The region columns start at the same screen column in the header and in a row of Chinese text.
    assert _column_of(header, "北区") == _column_of(gdp, "+7%")
    assert _column_of(header, "南县") == _column_of(gdp, "+5.5%左右")


def _column_of(line: str, text: str) -> int:
    return cell_len(line[: line.index(text)])


def test_table_without_width_cuts_nothing(bundled: Index) -> None:
    """With no width (not a terminal) every cell is whole: no ellipsis, no fold."""
    text = render(show_region(bundled, region="jintan"), shape="RegionReport", fmt="table")
    assert "…" not in text
    assert "新(改、扩)建段玉裁实验幼儿园、华城实验小学等9所学校" in text
    assert "Build, rebuild or extend 9 schools, including Duan Yucai Experimental Kindergarten" in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_table_of_show_bundled(bundled: Index) -> None:
    """show's table has the region, each group, the GDP outcome, the project total and the sources."""
    text = render(show_region(bundled, region="jintan"), shape="RegionReport", fmt="table")
    assert text.startswith(
        "金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou, 江苏省 Jiangsu Province\n"
    )
    for expected in (
        "Main targets 主要预期目标",
        "+8.2% (1302.92亿元)",
        "└ 其中 工业投资",
        "1. 聚焦产业强区,锻造高质量发展引擎",
        "3. 聚焦生态宜居,擦亮高质量发展底色 (Ecology and liveability",
        "超3亿元或3000万美元",
        "不少于15个",
        "10个以上",
        "40亿元 (2 of 4 known)",
        "11.16亿元",
        "[1] 山水网 (bbs.3sjt.com)",
        "https://bbs.3sjt.com/thread-6048891-1-1.html",
    ):
        assert expected in text, expected


def test_table_in_a_narrow_terminal_wraps_without_cutting(bundled: Index) -> None:
    """At 80 columns cells wrap onto more lines, never ending in an ellipsis."""
    text = render(
        compare_regions(bundled, regions=["jintan", "liyang"]), shape="Comparison", fmt="table", width=80
    )
    assert "…" not in text
    assert max(cell_len(line) for line in text.splitlines()) <= 80


def test_table_colour_only_when_asked(mini: Index) -> None:
    """A terminal gets styles; anything else gets none."""
    result = list_regions(mini)
    assert "\x1b[" in render(result, shape="RegionList", fmt="table", color=True, width=100)
    assert "\x1b[" not in render(result, shape="RegionList", fmt="table", color=False, width=100)


def test_text_from_data_is_never_interpreted(tmp_path: Path) -> None:
    """Markup and escape characters in the data are shown as text."""
    path = tmp_path / "hostile.toml"
    hostile_name = 'name_en = "[bold red]North[/] \\u001b[31mred\\u202e"'
    path.write_text(MINI.read_text("utf-8").replace('name_en = "North District"', hostile_name), "utf-8")
    hostile = open_index(path, use_cache=False)
    text = render(list_regions(hostile), shape="RegionList", fmt="table", color=True, width=200)
    assert "[bold red]North[/]" in text
    assert "\\x1b[31mred\\u202e" in text
    assert "\x1b[31mred" not in text


def test_visible() -> None:
    """Control and bidi characters become escapes; line breaks and Chinese stay."""
    assert visible("a\x1b[0m\tb\n金\u200f") == "a\\x1b[0m\\tb\n金\\u200f"
