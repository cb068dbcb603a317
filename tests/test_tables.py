"""Tests of the rich tables, in English and in Chinese."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from rich.cells import cell_len

from govtargets.cache import open_index
from govtargets.index import Index
from govtargets.queries import compare_regions, list_regions, rank_indicator, search_text, show_region
from govtargets.render import render
from govtargets.tables import bar, visible
from tests.conftest import MINI


def test_table_of_comparison(mini: Index) -> None:
    """A comparison table aligns Chinese columns and shows an em dash where a region has no target."""
    comparison = compare_regions(mini, regions=["north", "south"])
    text = render(comparison, shape="Comparison", fmt="table", width=120, lang="zh")
    assert "\x1b" not in text
    lines = text.splitlines()
    revenue = next(line for line in lines if line.strip().startswith("一般公共预算收入"))
    assert revenue.split()[-2:] == ["力争12.5亿元", "—"]
    header = next(line for line in lines if "指标" in line)
    gdp = next(line for line in lines if line.strip().startswith("地区生产总值"))
    # The region columns start at the same screen column in the header and in a row of Chinese text.
    assert _column_of(header, "北区") == _column_of(gdp, "+7% (实际")
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


def test_table_of_show_bundled_in_chinese(bundled: Index) -> None:
    """show's Chinese table has the region, each group, the GDP outcome, the project total and the sources."""
    text = render(show_region(bundled, region="jintan"), shape="RegionReport", fmt="table", lang="zh")
    assert text.startswith("金坛区(320413)，市辖区，常州市，江苏省\n2023年目标(数据中的年份:2023)\n")
    for expected in (
        "主要预期目标",
        "指标",
        "完成情况",
        "+8.2% (1302.92亿元)   达标 +0.2个百分点",
        "└ 其中 工业投资",
        "1. 聚焦产业强区,锻造高质量发展引擎\n",
        "3. 聚焦生态宜居,擦亮高质量发展底色:无量化目标",
        "超3亿元或3000万美元",
        "不少于15个",
        "10个以上",
        "40亿元(4个中2个已知)",
        "11.16亿元",
        "合计:4个项目",
        "来源\n[1] 山水网 (bbs.3sjt.com)",
        "https://bbs.3sjt.com/thread-6048891-1-1.html",
    ):
        assert expected in text, expected
    assert "Jintan" not in text.split("来源")[0]  # no English but in the sources' own words


def test_table_of_show_bundled_in_english(bundled: Index) -> None:
    """show's English table gives every figure, qualifier, unit and outcome in English, beside the Chinese."""
    text = render(show_region(bundled, region="jintan"), shape="RegionReport", fmt="table", lang="en")
    assert text.startswith(
        "金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou, 江苏省 Jiangsu Province\n"
    )
    for expected in (
        "Main targets 主要预期目标",
        "Indicator",
        "Outcome",
        "+8.2% (130.292 billion yuan)   met by 0.2 pp",
        "strive for 6.5 billion yuan",
        "└ of which Industrial investment",
        "3. 聚焦生态宜居,擦亮高质量发展底色 (Ecology and liveability",
        "(over 300 million yuan or 30 million US dollars)",
        "no fewer than 15 items",
        "10 items or more",
        "80 km",
        "4 billion yuan (2 of 4 known)",
        "1.116 billion yuan",
        "地区生产总值增长8%",
        "[1] 山水网 (bbs.3sjt.com)",
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


def test_bar_lengths() -> None:
    """A bar is as long beside the largest as its value is, in eighths of a cell."""
    assert bar(Decimal(8), Decimal(8)) == "█" * 24
    assert bar(Decimal(6), Decimal(8)) == "█" * 18
    assert bar(Decimal(1), Decimal(100)) == "▎"  # 0.24 cells: two eighths
    assert bar(Decimal(-4), Decimal(8)) == "█" * 12
    assert bar(Decimal(0), Decimal(0)) == ""


def test_rank_table_in_chinese_lines_up(mini: Index) -> None:
    """rank's Chinese table: Chinese headers, and the figures start in one column under 目标."""
    text = render(rank_indicator(mini, indicator="gdp"), shape="Ranking", fmt="table", lang="zh")
    lines = text.splitlines()
    assert lines[:2] == ["排名: 地区生产总值, 各地区最新年份", "增速目标"]
    header = next(line for line in lines if "名次" in line)
    north, south = (next(line for line in lines if name in line) for name in ("北区", "南县"))
    assert _column_of(header, "目标") == _column_of(north, "+7%") == _column_of(south, "+5.5%左右")
    assert "达标 +0.5个百分点" in north


def test_rank_lists_qualitative_after(mini: Index) -> None:
    """An indicator with only qualitative targets is listed in a table of its own."""
    text = render(rank_indicator(mini, indicator="safety"), shape="Ranking", fmt="table")
    assert "Qualitative" in text
    assert "keep falling" in text
    assert "安全事故持续下降" in text


def test_search_table_marks_the_hit_in_colour_only(mini: Index) -> None:
    """The found text is highlighted on a terminal and left plain in a pipe."""
    result = search_text(mini, text="gdp")
    plain = render(result, shape="SearchResult", fmt="table")
    assert "“gdp”: 3 found (latest year of each region)" in plain
    assert "\x1b[" not in plain
    coloured = render(result, shape="SearchResult", fmt="table", color=True, width=200)
    assert "\x1b[1;7mGDP\x1b[0m" in coloured


def test_search_table_with_no_hits(mini: Index) -> None:
    """A search that finds nothing says so, in either language."""
    assert render(search_text(mini, text="xyz"), shape="SearchResult", fmt="table") == (
        "“xyz”: 0 found (latest year of each region)\n"
    )
    assert render(search_text(mini, text="xyz"), shape="SearchResult", fmt="table", lang="zh") == (
        "“xyz”:找到0处 (各地区最新年份)\n"
    )
