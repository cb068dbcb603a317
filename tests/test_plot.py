"""Tests of ``govtargets plot``: figures rendered to SVG, their marks found by id, sources in the caption."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from govtargets.index.store import Index

from .conftest import MINI, Run

pytest.importorskip("matplotlib")


def _ids(path: Path) -> set[str]:
    return set(re.findall(r'id="((?:target|band|result|link)-[^"]+)"', path.read_text(encoding="utf-8")))


def test_history_marks_each_target_and_result(run: Run, tmp_path: Path) -> None:
    """A mark per year's target, a dot per known result, and the sources' ids in the caption."""
    path = tmp_path / "h.svg"
    result = run("plot", "history", "north", "gdp", "--output", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"wrote {path}\n"
    assert _ids(path) == {"target-2022", "target-2023", "result-2023"}
    text = path.read_text(encoding="utf-8")
    assert "Sources: " in text
    assert "North District: Gross regional product (GDP)" in text


def test_history_draws_no_dot_for_a_result_that_is_only_a_level(run: Run, tmp_path: Path) -> None:
    """Beijing's revenue targets of 2004-2007 (+13%, +13%, +12%, +13%): 2005's and 2007's results
    give only a level (919.2亿元), which is no growth to draw on an axis of %: their targets alone."""
    path = tmp_path / "b.svg"
    made = run(
        "plot", "history", "beijing", "budget_revenue", "--year", "2004-2007", "-o", str(path), data=None
    )
    assert made.exit_code == 0, made.stderr
    years = ("2004", "2005", "2006", "2007")
    assert _ids(path) == {f"target-{y}" for y in years} | {"result-2004", "result-2006"}


def test_rank_marks_each_region(run: Run, tmp_path: Path) -> None:
    """A bar per ranked region, a dot where its result is known."""
    path = tmp_path / "r.svg"
    assert run("plot", "rank", "gdp", "--year", "2023", "--output", str(path)).exit_code == 0
    ids = _ids(path)
    assert {i for i in ids if i.startswith("target-")} == {"target-north", "target-south", "target-testville"}
    assert ids >= {"result-north"}


def test_rank_draws_its_first_limit_bars_and_says_so(run: Run, tmp_path: Path) -> None:
    """--limit 2 draws the first two of three ranked targets and says how many it left out; --limit 0 draws all."""
    cut, whole = tmp_path / "cut.svg", tmp_path / "whole.svg"
    result = run("plot", "rank", "gdp", "--year", "2023", "--limit", "2", "--output", str(cut))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {cut}\n(the first 2 of 3 targets: --limit 0 draws every one)\n"
    assert len({i for i in _ids(cut) if i.startswith("target-")}) == 2
    result = run("plot", "rank", "gdp", "--year", "2023", "--limit", "0", "--output", str(whole))
    assert result.stderr == f"wrote {whole}\n"
    assert len({i for i in _ids(whole) if i.startswith("target-")}) == 3


def test_chain_marks_each_level(run: Run, tmp_path: Path) -> None:
    """A mark per level of the chain, from the top down to the region."""
    path = tmp_path / "c.svg"
    assert run("plot", "chain", "north", "gdp", "--year", "2023", "--output", str(path)).exit_code == 0
    assert {i for i in _ids(path) if i.startswith("link-")} >= {"link-north"}


def test_a_chain_figure_names_the_level_it_passes_over(mini: Index) -> None:
    """north 2023: Demo Province, with no report of 2023, is passed over, and the caption says so
    before the sources, as the table's last line does (in English names: the font may have no
    Chinese)."""
    from govtargets.output import plot
    from govtargets.query import questions

    figure = plot.chain_figure(questions.chain_of(mini, region="north", indicator="gdp"))
    (caption,) = [t.get_text() for t in figure.texts if "Sources:" in t.get_text()]
    assert caption.startswith("No report of 2023 in the data, passed over: Demo Province. Sources: ")
    zh = plot.chain_figure(questions.chain_of(mini, region="north", indicator="gdp"), "zh")
    assert any(t.get_text().startswith("数据中没有2023年报告、未列入：示范省。来源：") for t in zh.texts)


def test_a_chain_figure_names_the_level_whose_report_sets_no_target_on_it(bundled: Index) -> None:
    """chain jiangsu gdp 2020: China's report set no GDP target, which the caption says before the
    sources, as the table's last line does."""
    from govtargets.output import plot
    from govtargets.query import questions

    figure = plot.chain_figure(questions.chain_of(bundled, region="jiangsu", indicator="gdp", year=2020))
    (caption,) = [t.get_text() for t in figure.texts if "Sources:" in t.get_text()]
    assert caption.startswith("Reports of 2020 with no target on gdp: China. Sources: ")


def test_the_same_data_draws_the_same_file(run: Run, tmp_path: Path) -> None:
    """No date in the SVG: two drawings are byte for byte the same; an existing file needs --force."""
    first, second = tmp_path / "a.svg", tmp_path / "b.svg"
    run("plot", "history", "north", "gdp", "--output", str(first))
    run("plot", "history", "north", "gdp", "--output", str(second))
    assert first.read_bytes() == second.read_bytes()
    again = run("plot", "history", "north", "gdp", "--output", str(first))
    assert again.exit_code == 1
    assert again.stderr == f"govtargets: error: {first} exists: give --force to replace it\n"


def test_a_figure_needs_a_known_suffix(run: Run, tmp_path: Path) -> None:
    """--output fig.txt: an error naming the formats."""
    result = run("plot", "history", "north", "gdp", "--output", str(tmp_path / "fig.txt"))
    assert result.exit_code == 1
    assert "give a file ending in .svg, .png or .pdf" in result.stderr


def test_chinese_labels_are_text_in_the_svg_without_a_chinese_font(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang zh with no Chinese font on the machine: title, names and caption are SVG text in Chinese, in the usual Chinese fonts' names."""
    from govtargets.output import plot

    monkeypatch.setattr(plot, "chinese_font", lambda: None)
    path = tmp_path / "zh.svg"
    result = run("plot", "chain", "north", "gdp", "--year", "2023", "--lang", "zh", "--output", str(path))
    assert result.exit_code == 0, result.stderr
    texts = re.findall(r"<text [^>]*>([^<]+)", path.read_text(encoding="utf-8"))
    assert "地区生产总值：逐级目标，2023年" in texts
    assert "北区" in texts
    assert any("来源：" in t for t in texts)  # after the chain's note of the level it passes over
    assert "font-family: 'Noto Sans CJK SC'" in path.read_text(encoding="utf-8")


def test_a_chinese_png_without_a_chinese_font_is_refused(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang zh to a .png with no Chinese font: exit 1, one line saying what to install or do instead."""
    from govtargets.output import plot

    monkeypatch.setattr(plot, "chinese_font", lambda: None)
    path = tmp_path / "zh.png"
    # The options before the command reach plot's own commands too.
    result = run(
        "--lang",
        "zh",
        "--no-bundled",
        "--data",
        str(MINI),
        "plot",
        "history",
        "north",
        "gdp",
        "--output",
        str(path),
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"govtargets: error: no font with Chinese characters was found on this machine to draw {path} in: "
        "install one (Noto Sans CJK: apt install fonts-noto-cjk, or dnf install google-noto-sans-cjk-fonts), "
        "draw an .svg (its text is left for the viewer's fonts), or use --lang en\n"
    )
    assert not path.exists()


def test_a_chinese_font_found_draws_the_chinese_text(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--lang zh with a font found: the figure is drawn in it (glyphs as paths), the Chinese text kept beside them."""
    from govtargets.output import plot

    monkeypatch.setattr(plot, "chinese_font", lambda: "DejaVu Sans")
    path = tmp_path / "zh.svg"
    result = run("plot", "history", "north", "gdp", "--lang", "zh", "--output", str(path))
    assert result.exit_code == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    assert "<text " not in text
    assert "北区：地区生产总值，目标（条）与实际（点）" in text
    assert "增速（%）" in text


def test_no_chinese_font_is_a_box_font() -> None:
    """The font found for Chinese is never Last Resort, whose every character is a box."""
    from govtargets.output import plot

    plot.chinese_font.cache_clear()
    assert not (plot.chinese_font() or "").startswith("Last Resort")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history", "jintan", "cpi"], "jintan has no target with a figure on cpi"),
        (
            ["chain", "jintan", "cpi", "--year", "2023"],
            "jintan has no target with a figure on cpi in 2023",
        ),
        (["rank", "gdp", "--year", "1990"], "no region has a target with a figure on gdp in the years asked"),
    ],
)
def test_nothing_to_draw_is_an_error_not_empty_axes(
    run: Run, tmp_path: Path, args: list[str], message: str
) -> None:
    """A figure with no target to draw is refused (exit 1, one line), and no file is written."""
    path = tmp_path / "f.svg"
    result = run("plot", *args, "--output", str(path), data=None)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"govtargets: error: nothing to draw: {message}\n"
    assert not path.exists()


def _drawn(figure: Any) -> Any:
    """The figure drawn (to place its text), and its renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def test_a_ranking_of_the_provinces_has_room_for_each_bar_and_the_caption() -> None:
    """30 bars with 60 sources: each bar is 0.18 in or more, and the caption lies below the axes, not over them."""
    import govtargets
    from govtargets.output import plot

    with govtargets.open() as data:
        figure = plot.rank_figure(data.rank("gdp", year=2010, level="province"))
    renderer = _drawn(figure)
    axes = figure.axes[0]
    bars = len(axes.get_yticks())
    assert bars == 30
    assert axes.get_window_extent().height / figure.dpi / bars >= 0.18
    caption = figure._supxlabel.get_window_extent(renderer)  # type: ignore[union-attr]
    assert caption.y1 <= axes.get_tightbbox(renderer).y0
    assert caption.y0 >= 0


def test_a_history_of_many_years_writes_its_years_apart() -> None:
    """China's 23 GDP targets, 2003-2026: no year's label runs into the next."""
    import govtargets
    from govtargets.output import plot

    with govtargets.open() as data:
        figure = plot.history_figure(data.history("china", "gdp"))
    renderer = _drawn(figure)
    labels = [label.get_window_extent(renderer) for label in figure.axes[0].get_xticklabels()]
    assert len(labels) == 23
    assert all(a.x1 <= b.x0 for a, b in itertools.pairwise(labels))


def test_a_history_draws_one_unit_on_its_axis(run: Run, tmp_path: Path) -> None:
    """Chongqing's trade targets are growth rates but 2010's (120 亿美元): that one is left off the axis of %."""
    path = tmp_path / "h.svg"
    assert (
        run("plot", "history", "chongqing", "foreign_trade", "--output", str(path), data=None).exit_code == 0
    )
    years = [2004, 2012, 2013, 2015, 2016, 2018, 2021, 2022, 2023, 2026]
    results = [2004, 2012, 2013, 2018, 2021, 2022]
    assert _ids(path) == {f"target-{y}" for y in years} | {f"result-{y}" for y in results}


def test_a_result_given_as_a_bound_is_a_triangle_that_points_its_way() -> None:
    """Anhui's GDP of 2008 (预计增长12%以上) is drawn ▲ at 12, 2007's exact result a dot; the caption says why."""
    import govtargets
    from govtargets.output import plot

    with govtargets.open() as data:
        figure = plot.history_figure(data.history("anhui", "gdp"))
    marks = {line.get_gid(): line.get_marker() for line in figure.axes[0].get_lines()}
    assert (marks["result-2007"], marks["result-2008"]) == ("o", "^")
    assert figure.get_supxlabel().startswith("A triangle: a result the report gives as a bound")


def test_a_caption_names_no_triangle_where_a_bound_is_not_drawn() -> None:
    """Guangdong's only GDP result given as a bound (2024, 14万亿元以上 beside +5%) is a level, not
    drawn: the caption begins with its sources, not with what a triangle is."""
    import govtargets
    from govtargets.output import plot

    with govtargets.open() as data:
        history = data.history("guangdong", "gdp", year=(2003, 2025))
        figure = plot.history_figure(history)
    assert [t["year"] for y in history["years"] for t in y["targets"] if t["actual_bound"]] == [2024]
    assert "result-2024" not in {line.get_gid() for line in figure.axes[0].get_lines()}
    assert figure.get_supxlabel().startswith("Sources: ")


def test_the_chinese_caption_says_what_a_triangle_is_as_the_english_does() -> None:
    """The Chinese caption reads as the English (a result given as a bound, pointing the way it runs);
    it read 实绩以上（尖端所指）或以下, a result above (where the tip points) or below."""
    import govtargets
    from govtargets.output import plot

    with govtargets.open() as data:
        figure = plot.history_figure(data.history("anhui", "gdp"), lang="zh")
    assert figure.get_supxlabel().startswith(
        "三角形：报告以界限给出的实绩（以上、超过、以内等），尖端指向实绩所在的一侧。来源："
    )
