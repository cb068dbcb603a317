"""Tests of tables at a terminal's width: nothing split that must not be, nothing over the edge."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from govtargets.cli.main import cli
from govtargets.dataset.vocab import QUALIFIERS, RELATIONS
from govtargets.dataset.wording import Lang
from govtargets.index.store import Index
from govtargets.output import formats
from govtargets.output.draw import (
    _console,
    _layout,
    _natural,
    _printed,
    _rich,
    _texts,
    _wrap,
    draw,
    drawing,
    fit,
    tokens,
    wrap,
)
from govtargets.output.draw import _table as _drawn_table
from govtargets.output.formats import Answer
from govtargets.output.grid import Cell, Column, Table, text_of
from govtargets.query import questions
from govtargets.query.filters import TargetFilter

from .conftest import MINI, Run

COMMANDS = [
    "list",
    "show jintan",
    "show suzhou --year 2024",
    "compare nanjing suzhou wuxi changzhou",
    "targets --indicator gdp",
    "rank gdp --year 2023",
    "search 充电桩 --year all",
    "projects --year all",
    "indicators",
    "chain jintan --year 2023",
    "summary --level prefecture",
    "history suzhou gdp",
    "show jintan --lang zh",
]


def _table(command: str, width: int | None) -> str:
    size = ["--width", str(width)] if width else ["--wide"]
    result = CliRunner().invoke(cli, [*command.split(), *size], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _answers(index: Index) -> list[Answer[Any]]:
    """The answers of the commands above, asked of the bundled data."""
    return [
        formats.REGION_LIST.of(questions.list_regions(index)),
        formats.REGION_REPORT.of(questions.show_region(index, region="jintan")),
        formats.REGION_REPORT.of(questions.show_region(index, region="suzhou", year=2024)),
        formats.COMPARISON.of(
            questions.compare_regions(index, regions=["nanjing", "suzhou", "wuxi", "changzhou"])
        ),
        formats.TARGET_TABLE.of(questions.list_targets(index, filters=TargetFilter(indicators=("gdp",)))),
        formats.RANKING.of(questions.rank_indicator(index, indicator="gdp", year=2023)),
        formats.SEARCH.of(questions.search_text(index, text="充电桩", year="all")),
        formats.PROJECT_LIST.of(questions.list_projects(index, year="all")),
        formats.INDICATOR_LIST.of(questions.list_indicators(index)),
        formats.CHAIN.of(questions.chain_of(index, region="jintan", year=2023)),
        formats.SUMMARY.of(questions.summarize(index, filters=TargetFilter(level="prefecture", year="all"))),
        formats.HISTORY.of(questions.history_of(index, region="suzhou", indicator="gdp")),
    ]


@pytest.mark.parametrize("width", [80, 100, 120])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_table_fits_the_width(command: str, width: int) -> None:
    """No line is wider than the terminal, and nothing is cut short with an ellipsis."""
    text = _table(command, width)
    assert max(cell_len(line) for line in text.splitlines()) <= width
    assert text.count("…") <= _table(command, None).count("…")


@pytest.mark.parametrize("width", [80, 100, 120])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_figure_key_or_bar_is_split(bundled: Index, width: int, lang: Lang) -> None:
    """In every table of every command, each figure, key and bar of a cell stays on one line."""
    for answer in _answers(bundled):
        for block in answer.output.table(answer.result, lang):
            if not isinstance(block, Table) or (layout := fit(block, width)) is None:
                continue
            for row in block.rows:
                for i, width_of in zip(*layout, strict=True):
                    cell = text_of(row[i])
                    lines = wrap(cell, width_of) if block.columns[i].wrap else [cell]
                    for token in tokens(cell):
                        if re.search(r"\d|_|█", token) and cell_len(token) <= width_of:
                            assert any(token in line for line in lines), (token, lines)


@pytest.mark.parametrize("width", [60, 80])
def test_chain_keeps_about_with_its_figure(width: int) -> None:
    """chain jintan: no line of the Chain column ends in a qualifier whose figure went on (the
    foreign capital row read "Changzhou about" / "+10%" at 80 columns)."""
    text = _table("chain jintan --year 2023", width)
    assert "about +10%" in text
    assert [line for line in text.splitlines() if re.search(r"\b(about|at least|or)$", line)] == []


def test_show_jintan_at_80_columns_reads_in_two_lines_a_target() -> None:
    """Every target row of show jintan takes at most two lines; the whole is under 100 lines."""
    text = _table("show jintan", 80)
    assert len(text.splitlines()) < 100
    rows = re.findall(
        r"^ (?:\S.*)$(?:\n^ {2,}\S.*$)*", text.split("Main targets")[1].split("\n1. ")[0], flags=re.MULTILINE
    )
    assert rows
    assert max(len(r.splitlines()) for r in rows[1:]) <= 2
    assert "left out at 80 columns" in text.replace("\n", " ")


def test_wide_shows_every_column_and_a_pipe_gets_all() -> None:
    """--wide keeps every column; a pipe (no width) gets every column unwrapped."""
    wide = CliRunner().invoke(cli, ["show", "jintan", "--wide"]).stdout
    assert "Wording" in wide
    assert "left out" not in wide
    assert "English" in CliRunner().invoke(cli, ["show", "jintan"]).stdout


def test_the_bars_left_out_are_named_in_the_tables_language() -> None:
    """rank at 80 columns names the bars it leaves out in Chinese with --lang zh, not as "bars"."""
    args = ["rank", "gdp", "--year", "2010", "--level", "province", "--limit", "3", "--width", "80"]
    zh = CliRunner().invoke(cli, [*args, "--lang", "zh"]).stdout
    assert zh.splitlines()[-1] == "（宽度80列，未显示：条形图；--wide 显示全部列）"
    en = CliRunner().invoke(cli, args).stdout
    assert en.splitlines()[-1] == "(bars left out at 80 columns: --wide shows every column)"


@pytest.mark.parametrize("width", [1, 10, 30])
def test_a_narrow_terminal_still_shows_the_data(width: int) -> None:
    """Too narrow for columns: one record per block (at least 20 columns wide), every value shown."""
    text = _table("list", width)
    assert "jintan" in text
    assert "320413" in text
    assert "Years: 2023" in text or "2023" in text


def test_tokens_keep_figures_keys_and_units_whole() -> None:
    """260套 and 10%左右 are one token each; 6.5 billion yuan stays together; CJK breaks anywhere."""
    assert "260套" in tokens("配建新能源充电桩260套")
    assert "10%左右" in tokens("增长10%左右")
    assert "6.5 billion yuan" in tokens("strive for 6.5 billion yuan")
    assert wrap("key fixed_asset_investment here", 22) == ["key", "fixed_asset_investment", "here"]


def test_a_key_wider_than_its_line_breaks_only_after_an_underscore() -> None:
    """A key moves to the next line whole where it fits one; wider than the line, it breaks after
    an underscore, never inside a word (indicators and search's Record at 80 columns)."""
    key = "large_industrial_project_funds_from_other_provinces"
    assert wrap(f"target {key}", 30) == ["target large_industrial_", "project_funds_from_other_", "provinces"]
    assert wrap("target gdp_growth", 12) == ["target", "gdp_growth"]
    assert tokens("fixed_asset_investment") == ["fixed_", "asset_", "investment"]


def test_words_with_digits_are_words_and_a_range_is_one_figure() -> None:
    """CO2, PM2.5 and 5G are words, not figures that hold the words after them ("CO2 emissions per
    unit" was one token, never broken); a range (6—6.5%, 7％－7.5％, +6% to 6.5%) stays whole."""
    assert tokens("CO2 emissions per unit") == ["CO2", " ", "emissions", " ", "per", " ", "unit"]
    assert wrap("PM2.5 concentration", 14) == ["PM2.5", "concentration"]
    assert tokens("5G base stations") == ["5G", " ", "base", " ", "stations"]
    assert tokens("3e8 yuan") == ["3e8", " ", "yuan"]
    assert wrap("6.5 billion yuan", 12) == ["6.5 billion", "yuan"]
    assert wrap("地区生产总值增长6—6.5%，突破10万亿元大关", 18) == [
        "地区生产总值增长",
        "6—6.5%，突破",
        "10万亿元大关",
    ]
    assert tokens("增长7％－7.5％") == ["增", "长", "7％－7.5％"]
    assert wrap("target +6% to 6.5% (met)", 14) == ["target", "+6% to 6.5%", "(met)"]
    assert wrap("from 3 to 8.1%", 10) == ["from", "3 to 8.1%"]


def test_a_qualifier_stays_on_its_figures_line_where_they_fit_one() -> None:
    """about +10%, +13% or more, at least 0.5 pp, 约5%, 不超过3% move to the next line whole
    rather than leave the qualifier at the end of a line; too wide for a line, they may part."""
    assert wrap("Changzhou about +10% → Jintan", 16) == ["Changzhou", "about +10% →", "Jintan"]
    assert wrap("keep 3.5% or more (met by 0.3 pp)", 15) == ["keep", "3.5% or more", "(met by 0.3 pp)"]
    assert wrap("met by at least 0.5 pp", 16) == ["met by", "at least 0.5 pp"]
    assert wrap("目标约5%", 4) == ["目标", "约5%"]
    assert wrap("控制在不超过3%", 10) == ["控制在", "不超过3%"]
    assert wrap("完成 至少低3.5个百分点", 18) == ["完成", "至少低3.5个百分点"]
    assert wrap("about +5%", 8) == ["about", "+5%"]
    assert wrap("strive for 6.5 billion yuan", 16) == ["strive for", "6.5 billion yuan"]


def test_every_size_word_of_the_vocabulary_is_held_with_its_figure() -> None:
    """Each qualifier that says a figure's size (not a verb such as ensure or 确保), in English and
    in Chinese before it, stays on its figure's line: the words are vocab's, not a copy."""
    sizes = [q for q in QUALIFIERS.values() if not q.verb and q.bound not in ("none", *RELATIONS)]
    words = [q.en for q in sizes if not q.en.startswith("or ")]
    words += [zh for q in sizes if q.position == "before" for zh in q.zh]
    assert words
    for word in words:
        held = f"{word} 5%" if word.isascii() else f"{word}5%"
        assert wrap(f"目标 {held}", cell_len(held)) == ["目标", held], word
    assert wrap("ensure 5%", 6) == ["ensure", "5%"]


def test_a_short_word_in_brackets_is_not_cut() -> None:
    """A verdict in brackets (（未评判）) moves to the next line whole, not cut as （未评 / 判）."""
    assert tokens("+5.5%左右（未评判）") == ["+5.5%左右", "（未评判）"]
    assert tokens("完成上级下达任务（未评判）")[-1] == "（未评判）"
    assert wrap("增长10%左右", 7) == ["增长", "10%左右"]


def test_fit_leaves_out_the_least_important_first() -> None:
    """Priority 0 columns stay; the highest number goes first; too narrow for them is None."""
    table = Table(
        "t",
        [Column("Key"), Column("Note", 2, wrap=True), Column("Src", 5)],
        [["abc", "a long note " * 3, "1"]],
    )
    assert fit(table, 200) == ([0, 1, 2], [3, 36, 3])
    shown, _ = fit(table, 30) or ([], [])
    assert shown == [0, 1]
    assert fit(Table("t", [Column("Key")], [["x" * 50]]), 20) is None


def test_rows_on_one_line_that_leave_too_few_columns_wrap_instead_of_becoming_records() -> None:
    """Projects in Chinese at 80 columns: one line a row kept 3 of 8 columns, so the table was
    shown a record at a time; wrapping the project names keeps a table of every column."""
    names = ["十大产业项目", "十大基础设施项目", "在建高速公路及水运项目"]
    columns = [
        Column("项目", wrap=True, max_lines=3),
        Column("地区", 3, wrap=True),
        Column("年份", 3),
        Column("区域", 4, wrap=True),
        Column("总投资", 1, wrap=True),
        Column("年度计划投资", wrap=True),
        Column("投产", 3),
        Column("来源", 3),
    ]
    rows = [[name, "永州市", "2024", "—", "245亿元", "90亿元", "—", "1"] for name in names]
    total = ["合计：3个项目", "", "", "", "1328亿元（9个中3个已知）", "370.6亿元（9个中8个已知）", "", ""]
    text = draw([Table("重大项目", columns, rows, total)], width=80, color=False, lang="zh")
    assert text.splitlines()[1].split() == [
        "项目",
        "地区",
        "年份",
        "区域",
        "总投资",
        "年度计划投资",
        "投产",
        "来源",
    ]
    assert max(cell_len(line) for line in text.splitlines()) <= 80


def test_a_column_left_out_of_one_table_and_shown_in_another_says_of_how_many() -> None:
    """history's Wording, left out of its targets but shown with its other results: the note said
    "Wording left out" under a table showing it; now "Wording (in 1 of 2 tables)". A column left
    out of every table that has it is named alone."""
    columns = [Column("Key"), Column("Name", wrap=True), Column("Wording", 2, wrap=True), Column("Src", 5)]
    wide = Table("a", columns, [["k", "name " * 12, "wording " * 12, "1"]])
    narrow = Table("b", [Column("Key"), Column("Wording", 2, wrap=True)], [["k", "short"]])
    assert draw([wide, narrow], width=40, color=False).endswith(
        " k     short\n(Wording (in 1 of 2 tables), Src left\nout at 40 columns: --wide shows every\ncolumn)\n"
    )
    assert draw([wide, narrow], width=40, color=False, lang="zh").endswith(
        "（宽度40列，未显示：Wording（2个表中的\n1个）、Src；--wide 显示全部列）\n"
    )


def test_escapes_in_cells_cannot_reach_the_terminal() -> None:
    """A cell holding ESC and bidi controls is drawn with them escaped."""
    table = Table("t\x1b]0;title\x07", [Column("A")], [["\x1b[2Jx\u202e"]])
    text = draw([table], width=40, color=False)
    assert "\x1b" not in text
    assert "\\x1b[2Jx\\u202e" in text


def test_a_date_is_never_split_across_lines() -> None:
    """A source delivered 2023-12-28 and posted 2024-04-11 09:30: at any width its dates (and its
    figures) stay whole, never "2023" / "-12-28" as at 120 columns before."""
    from govtargets.dataset.wording import source_line
    from govtargets.output.draw import tokens, wrap

    line = source_line(
        {
            "publisher": "鄂州市鄂城区人民政府",
            "title": "关于鄂城区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告（书面）",
            "delivered": "2023-12-28",
            "posted": "2024-04-11T09:30:00",
            "url": "http://www.echeng.gov.cn/xxgk/fdzdgknr/ghxx/jhzx/202404/t20240411_123456.shtml",
        }
    )
    assert "2023-12-28;" in tokens(line)
    assert "2024-04-11 09:30:00;" in tokens(line)
    for width in range(24, 121):
        lines = wrap(line, width)
        assert any("2023-12-28" in piece for piece in lines), width
        assert any("2024-04-11 09:30:00" in piece for piece in lines), width
    assert tokens("增长-0.4个百分点，1,234.5亿元") == ["增", "长", "-0.4个百分点，", "1,234.5亿元"]


def test_wide_keeps_every_column_of_a_very_long_wording(run: Run, tmp_path: Path) -> None:
    """Past ~75,000 characters of wording, `--wide` dropped the Target and Src columns without a
    word: now the table is as wide as it needs, every column there."""
    text = MINI.read_text(encoding="utf-8")
    wording = 'wording = "地区生产总值增长8%"'
    path = tmp_path / "long.toml"
    path.write_text(text.replace(wording, wording[:-1] + "很长" * 40_000 + '"', 1), encoding="utf-8")
    result = run("show", "north", "--wide", data=path)
    assert result.exit_code == 0, result.stderr
    header, _, gdp = result.stdout.splitlines()[2:5]
    assert header.split() == ["Indicator", "Target", "Actual", "Outcome", "Wording", "Src"]
    assert gdp.split()[:8] == ["Gross", "regional", "product", "(GDP)", "+8%", "+8.2%", "met", "by"]
    assert gdp.endswith("很长   1,2")


def test_a_record_block_puts_a_full_width_colon_after_a_chinese_header() -> None:
    """Too narrow for columns, a record's lines read 键：gdp under Chinese headers, Key: gdp under English."""
    columns = [Column("键"), Column("名称", wrap=True, max_lines=1), Column("Key")]
    table = Table("指标（1）", columns, [["gdp", "地区生产总值增速", "x"]])
    assert draw([table], width=18, color=False).splitlines() == [
        "指标（1）",
        "",
        "键：gdp",
        "名称：地区生产总值",
        "  增速",
        "Key: x",
    ]


def test_a_chinese_title_breaks_between_figures_never_inside_one() -> None:
    """A Chinese title with no spaces (years joined with 、) breaks after a 、 as a cell does, not
    inside a year (2013、2\\n014), within the table's width; an English title is left to rich as before."""
    table = Table(
        "2010年目标（数据中的年份：2003、2004、2005、2006）",
        [Column("指标"), Column("目标")],
        [["地区生产总值", "+8%"]],
    )
    assert draw([table], width=40, color=False, lang="zh").splitlines() == [
        "2010年目标（数据中的",
        "年份：2003、2004、",
        "2005、2006）",
        " 指标           目标",
        "─" * 21,
        " 地区生产总值   +8%",
    ]


def _whole(table: Table, width: int | None, color: bool, lang: Lang) -> tuple[str, str] | None:
    """A table drawn a batch of rows at a time, and drawn by rich whole (as it was before
    h103), at ``width``; None if it is shown as records there."""
    texts = _texts(table)
    layout = (list(range(len(table.columns))), _natural(table, texts)) if width is None else fit(table, width)
    if layout is None:
        return None
    console = _console(color)
    batched = "".join(_drawn_table(table, texts, *layout, color, lang, console))
    whole = _printed(console, _rich(table, *layout, color, lang, rows=table.rows, total=table.total))
    return batched, whole


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("width", [None, 80, 40])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_table_is_drawn_as_rich_draws_it_whole(
    bundled: Index, width: int | None, color: bool, lang: Lang
) -> None:
    """Every command's tables (styled outcomes, search's marks, projects' total, wrapped prose),
    in colour or not, come out of the batches exactly as rich drew each table in one piece."""
    drawn = 0
    for answer in _answers(bundled):
        for block in answer.output.table(answer.result, lang):
            if isinstance(block, Table) and (both := _whole(block, width, color, lang)) is not None:
                assert both[0] == both[1]
                drawn += 1
    assert drawn >= {None: 20, 80: 14, 40: 7}[width]


def test_a_cell_wider_than_its_column_and_a_lone_total_are_drawn_as_rich_draws_them() -> None:
    """A cell wider than the column it is given is cropped by rich, as before, and a total under
    no rows has no blank line above it; right-justified cells are stripped and padded on the left."""
    columns = [Column("Region"), Column("Count", justify="right")]
    table = Table("T", columns, [["金坛区 Jintan District", "12 "]], total=["Total", "12"])
    console = _console(False)
    batched = "".join(_drawn_table(table, _texts(table), [0, 1], [10, 5], False, "en", console))
    assert batched == _printed(
        console, _rich(table, [0, 1], [10, 5], False, rows=table.rows, total=table.total)
    )
    assert batched.splitlines()[3:] == [
        " 金坛区 Ji…      12 ",
        "                    ",
        " Total           12 ",
    ]
    alone = Table("T", columns, [], total=["Total", "0"])
    assert "".join(_drawn_table(alone, _texts(alone), [0, 1], [10, 5], False, "en", console)) == _printed(
        console, _rich(alone, [0, 1], [10, 5], False, total=alone.total)
    )


def test_a_long_table_comes_out_a_batch_of_rows_at_a_time() -> None:
    """A table of 450 rows is drawn in pieces, its title and header first, then 200 rows a piece:
    the first lines are out (| head) before the last are drawn, and together they are draw's text."""
    table = Table(
        "Long",
        [Column("N", justify="right"), Column("Text", wrap=True)],
        [[str(n), "x y"] for n in range(450)],
    )
    pieces = list(drawing([table], width=None, color=False))
    assert [piece.count("\n") for piece in pieces] == [3, 200, 200, 50]
    assert pieces[0] == "Long\n   N   Text\n" + "─" * 12 + "\n"
    assert "".join(pieces) == draw([table], width=None, color=False)


def test_a_spaced_column_breaks_only_at_its_spaces() -> None:
    """Column.spaced: a Chinese goal or 力争65亿元 between two spaces stays whole where it fits a line
    (it broke between its characters: 完成上级下达任\n务); a text wider than the line is still cut."""
    chain = "常州市 +10%左右 → 溧阳市 完成上级下达任务"
    assert wrap(chain, 24) == ["常州市 +10%左右 → 溧阳市", "完成上级下达任务"]
    assert wrap(chain, 24, spaced=True) == wrap(chain, 24)
    assert wrap(chain, 30) == ["常州市 +10%左右 → 溧阳市 完成", "上级下达任务"]
    assert wrap(chain, 30, spaced=True) == ["常州市 +10%左右 → 溧阳市", "完成上级下达任务"]
    assert wrap("金坛区 +10% / 力争65亿元 (+4.5)", 20, spaced=True) == ["金坛区 +10% /", "力争65亿元 (+4.5)"]
    assert wrap("与地区生产总值基本同步", 8, spaced=True) == ["与地区生产总值基", "本同步"]


def test_a_text_that_fits_its_line_is_wrapped_as_its_tokens_would_wrap_it(bundled: Index) -> None:
    """wrap's quick way with a text that fits (most cells, every line of a record) gives what
    wrapping token by token gives, for every cell of every command's tables and for texts whose
    spaces wrapping changes (leading, doubled, a tab or a no-break space, a line break)."""
    texts = {" lead", "a  b", "a\tb", "a\u00a0b", "a\nb", "a \u3000b", "end ", "", "约5%", "about +5%"}
    for answer in _answers(bundled):
        for block in answer.output.table(answer.result, "zh"):
            if isinstance(block, Table):
                texts.update(text_of(cell) for row in block.rows for cell in row)
    for width in (8, 20, 40, 80):
        for text in texts:
            for spaced in (False, True):
                assert wrap(text, width, spaced=spaced) == _wrap(text, width, spaced=spaced), (text, width)


def test_a_long_listing_at_80_columns_is_a_table_its_few_long_cells_wrapped_onto_more_lines() -> None:
    """targets --year 2024 at 80 columns (399 rows) was shown as records, held too wide by a few
    long cells; the bulk of the rows now decides its columns, and those cells take more lines."""
    lines = _table("targets --year 2024", 80).splitlines()
    assert lines[1] == " Region            Indicator          Target                  Outcome"
    assert not any(line.startswith("Region: ") for line in lines)
    row = lines.index(" 青海省 Qinghai    Rural labour       1.06 million            met by 33,800")
    assert lines[row + 1 : row + 4] == [
        "                   transferred to     person-times or more    person-times",
        "                   non-farm work",
        "                   (person-times)",
    ]
    assert "(Year, Actual, Wording, Src left out at 80 columns: --wide shows every column)" in lines


def test_a_figure_wider_than_its_line_breaks_at_its_spaces_never_inside_a_word() -> None:
    """1.06 million person-times or more: the number keeps its word, the unit its hyphen."""
    assert wrap("1.06 million person-times or more", 22) == ["1.06 million", "person-times or more"]
    assert wrap("1.06 million person-times or more", 14) == ["1.06 million", "person-times", "or more"]


def test_only_a_long_table_is_decided_by_its_bulk() -> None:
    """One long target among 100 short ones leaves a table at 30 columns; among 20, records, as before."""
    columns = [Column("Key"), Column("Target", wrap=True), Column("Note", 1, wrap=True)]
    rows: list[list[Cell]] = [[f"k{n}", "about +5%", "a short note"] for n in range(100)]
    rows.append(["k", "1.06 million person-times or more", "note"])
    long = Table("t", columns, rows)
    assert _layout(long, 30, _texts(long)) == ([0, 1, 2], [3, 13, 6])
    short = Table("t", columns, rows[-20:])
    assert _layout(short, 30, _texts(short)) is None


def test_indicators_and_search_at_80_columns_are_tables_not_records() -> None:
    """indicators and search --year all at 80 columns were record blocks, held too wide by their
    keys (large_industrial_project_funds_from_other_provinces, 51 characters): a key now breaks
    after an underscore, and search keeps the year and the record that tell its hits apart."""
    lines = _table("indicators", 80).splitlines()
    assert lines[1] == " Key                       Chinese               English"
    row = lines.index(" fixed_asset_investment_   固定资产投资增加额    Increase in investment in")
    assert lines[row + 1] == " increase                                        fixed assets"
    assert lines[-1] == "(Unit, Regions left out at 80 columns: --wide shows every column)"
    assert not any(line.startswith("Key: ") for line in lines)
    lines = _table("search 增长 --year all", 80).splitlines()
    assert lines[1] == " Region             Year   Record              Field       Text"
    assert lines[5:7] == [
        " 安徽省 Anhui       2003   target total_       wording     财政收入增长9%左右",
        "                           fiscal_revenue",
    ]
    assert not any(line.startswith("Region: ") for line in lines)
