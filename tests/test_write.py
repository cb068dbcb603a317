"""Tests of the output formats: JSON numbers exact, JSON Lines the document's rows, colour and
width rules."""

from __future__ import annotations

import csv
import io
import json
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner, Result

import govtargets
from govtargets.cli.main import cli
from govtargets.dataset import toml_writer
from govtargets.index.lazy import Rows
from govtargets.output import terminal, write
from govtargets.query import questions
from govtargets.query.filters import TargetFilter

from .conftest import MINI, Run

ROW_COMMANDS = [
    (["targets", "--year", "all"], "targets"),
    (["projects", "--year", "all"], "projects"),
    (["search", "增长", "--year", "all"], "hits"),
    (["rank", "gdp"], None),
    (["list"], "regions"),
    (["indicators"], "indicators"),
    (["summary"], "years"),
]


@pytest.mark.parametrize(("args", "key"), ROW_COMMANDS, ids=[a[0] for a, _ in ROW_COMMANDS])
def test_json_lines_are_the_json_documents_rows(run: Run, args: list[str], key: str | None) -> None:
    """Each line of --format jsonl parses, and equals the row of the JSON document."""
    document = json.loads(run(*args, "--json").stdout)
    lines = run(*args, "--format", "jsonl").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    if key is None:  # rank: its groups' entries, then the unranked
        expected = [e for g in document["groups"] for e in g["entries"]] + document["unranked"]
    else:
        expected = document[key]
    assert rows == expected
    assert rows


@pytest.mark.parametrize("data", [MINI, None], ids=["mini", "bundled"])
def test_target_lines_are_the_stored_rows_byte_for_byte(run: Run, data: Path | None) -> None:
    """targets --format jsonl, which writes the index's rows unparsed, prints what writing
    the parsed rows would."""
    rows = json.loads(run("targets", "--year", "all", "--json", data=data).stdout)["targets"]
    written = b"".join(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE) for row in rows)
    assert run("targets", "--year", "all", "--format", "jsonl", data=data).stdout_bytes == written
    assert len(rows) > 10


STREAMED = [
    ["targets", "--year", "all"],
    ["targets", "--year", "1990"],
    ["projects", "--year", "all"],
    ["projects", "--min-invest", "100000"],
]


@pytest.mark.parametrize("data", [MINI, None], ids=["mini", "bundled"])
@pytest.mark.parametrize("args", STREAMED, ids=[" ".join(a) for a in STREAMED])
def test_json_written_row_by_row_is_the_whole_document(
    data: Path | None, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """targets and projects --json, which writes the stored rows a few at a time, prints
    byte for byte the document written at once (indented the same, totals after the rows)."""
    monkeypatch.setattr("govtargets.output.write._BATCH", 2)  # pieces join where they should
    year: Any = "all" if "all" in args else int(args[-1])
    with govtargets.open([data] if data else [], bundled=data is None) as dataset:
        result: Any
        if args[0] == "targets":
            result = questions.list_targets(dataset.index, filters=TargetFilter(year=year))
        elif "--min-invest" in args:
            result = questions.list_projects(dataset.index, min_invest=Decimal(100000))  # none
        else:
            result = questions.list_projects(dataset.index, year=year)
        streamed = b"".join(write._document(result))
        whole = write.json_bytes(
            {k: list(v) if isinstance(v, Rows) else v for k, v in result.items()}, indent=True
        )
    assert streamed == whole + b"\n"
    assert any(isinstance(v, Rows) for v in result.values())


def _plain(value: Any) -> Any:
    """``value`` with every list of stored rows in it read into a list."""
    if isinstance(value, Rows):
        return list(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.mark.parametrize("data", [MINI, None], ids=["mini", "bundled"])
def test_a_ranking_written_row_by_row_is_the_whole_document(
    data: Path | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rank --json, whose groups' entries are stored rows written a few at a time, prints
    byte for byte the document written at once, each entry indented as deep as its group's:
    for every indicator, ceilings and unranked targets among them."""
    monkeypatch.setattr("govtargets.output.write._BATCH", 2)
    seen = {"groups": 0, "unranked": 0}
    with govtargets.open([data] if data else [], bundled=data is None) as dataset:
        for indicator in questions.list_indicators(dataset.index)["indicators"]:
            result: Any = questions.rank_indicator(dataset.index, indicator=indicator["key"])
            streamed = b"".join(write._document(result))
            assert streamed == write.json_bytes(_plain(result), indent=True) + b"\n"
            seen["groups"] += len(result["groups"])
            seen["unranked"] += len(result["unranked"])
    assert seen["groups"] > 1
    assert seen["unranked"] > 0


def test_no_text_passes_for_a_mark_where_the_rows_go() -> None:
    """Text that looks like the marks the rows replace (NULs and all) is written as text, and
    each list of rows where it belongs, at any depth."""
    rows = Rows([b'{"t":"\\u0000rows 0\\u0000","n":1}', b'{"t":"x","n":2}'])
    result = {
        "note": "\x00rows 0\x00",
        "also": "\x000\x00 \x001\x00",
        "groups": [{"unit": "\x001\x00", "entries": rows}, {"unit": "亿元", "entries": Rows([])}],
        "unranked": rows,
    }
    written = b"".join(write._document(result))
    assert written == write.json_bytes(_plain(result), indent=True) + b"\n"
    assert json.loads(written)["groups"][0]["entries"][0]["t"] == "\x00rows 0\x00"


def test_jsonl_is_refused_where_there_are_no_rows(run: Run) -> None:
    """show has no list of rows: jsonl is a usage error."""
    result = run("show", "north", "--format", "jsonl")
    assert result.exit_code == 2


def test_figures_print_as_typed(run: Run) -> None:
    """0.86 stays 0.86 in JSON; whole numbers have no .0."""
    projects = json.loads(run("projects", "--json").stdout)["projects"]
    school = next(p for p in projects if p["id"] == "school")
    assert school["planned_investment"] == 0.86
    assert '"planned_investment": 0.86' in run("projects", "--json").stdout
    assert '"value": 8,' in run("show", "north", "--json").stdout


def test_json_and_csv_do_not_change_with_the_language(run: Run) -> None:
    """--lang zh changes tables only."""
    for fmt in ("json", "csv"):
        assert (
            run("show", "north", "--format", fmt, "--lang", "zh").stdout
            == run("show", "north", "--format", fmt).stdout
        )


def test_lang_reads_any_case_and_the_locale(run: Run) -> None:
    """GOVTARGETS_LANG=ZH is zh; LANG=zh_CN.UTF-8 gives Chinese headers."""
    assert "指标" in run("show", "north", env={"GOVTARGETS_LANG": "ZH"}).stdout
    assert "指标" in run("show", "north", env={"LANG": "zh_CN.UTF-8"}).stdout


def test_colour_only_on_a_terminal_or_when_forced(run: Run) -> None:
    """No colour in a pipe; FORCE_COLOR and CLICOLOR_FORCE force it; NO_COLOR wins."""
    assert "\x1b[" not in run("show", "north").stdout
    assert "\x1b[" in run("show", "north", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in run("show", "north", env={"CLICOLOR_FORCE": "1"}).stdout
    assert "\x1b[" not in run("show", "north", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout


def test_stored_rows_deeper_than_streamed_are_written_whole() -> None:
    """Stored rows nested deeper than the streamed lists are written as the list they read as."""
    rows = Rows([b'{"n":0.86}'])
    written = b"".join(write._document({"a": [{"b": {"c": rows}}]}))
    assert json.loads(written) == {"a": [{"b": {"c": [{"n": 0.86}]}}]}


@pytest.fixture(scope="module")
def bundled_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every bundled target as JSON Lines (targets --year all --format jsonl)."""

    path = tmp_path_factory.mktemp("jsonl") / "targets.jsonl"
    path.write_text(
        CliRunner().invoke(cli, ["targets", "--year", "all", "--format", "jsonl"]).stdout, encoding="utf-8"
    )
    return path


def test_json_lines_number_columns_hold_numbers_or_null(bundled_jsonl: Path) -> None:
    """In the bundled targets' JSON Lines every row has every column in order, and a number column holds only numbers and nulls."""
    from govtargets.dataset.shapes import TargetRow
    from govtargets.output.sheets import columns

    typed = columns(TargetRow)
    numbers = [name for name, kind in typed.items() if kind in ("REAL", "INTEGER")]
    assert numbers == [
        "year",
        "value",
        "value_high",
        "yuan",
        "margin",
        "margin_high",
        "area",
        "by",
        "actual",
        "reference_actual",
        "difference",
    ]
    rows = [json.loads(line) for line in bundled_jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 1000  # the whole panel, not a sample
    assert {tuple(row) for row in rows} == {tuple(typed)}
    for name in numbers:
        kinds = {type(row[name]).__name__ for row in rows}
        assert kinds <= {"int", "float", "NoneType"}, name
        # The bundled data leaves the plans' targets out (transcribing.md): by is null in every row.
        assert bool(kinds - {"NoneType"}) == (name != "by"), f"{name} is a number somewhere"


def test_polars_reads_the_json_lines_typed(bundled_jsonl: Path) -> None:
    """pl.read_ndjson(..., infer_schema_length=None), as docs/commands.md says, types figures Float64, years Int64, codes String."""
    pl = pytest.importorskip("polars")
    frame = pl.read_ndjson(bundled_jsonl, infer_schema_length=None)
    assert frame.height == len(bundled_jsonl.read_text(encoding="utf-8").splitlines())
    assert {name: str(frame.schema[name]) for name in ("code", "year", "value", "value_high", "yuan", "area", "actual")} == {
        "code": "String", "year": "Int64", "value": "Float64", "value_high": "Float64", "yuan": "Int64",
        "area": "Int64", "actual": "Float64",
    }  # fmt: skip


# --- 11: escapes in every output format -----------------------------------------------------------

HOSTILE = "地区生产总值\x1b]0;pwned\x07增长\x9b31m7%\u202e"
"""A wording with an OSC title-setting sequence, BEL, a C1 CSI and a right-to-left override."""


def _hostile(tmp_path: Path) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert 'wording = "地区生产总值增长7%"' in text
    path = tmp_path / "hostile.toml"
    path.write_text(
        text.replace('wording = "地区生产总值增长7%"', "wording = " + toml_writer.value(HOSTILE), 1),
        encoding="utf-8",
    )
    return path


def _north_2022(run: Run, data: Path, fmt: str) -> Result:
    return run("targets", "--region", "north", "--year", "2022", "--format", fmt, data=data)


def test_csv_to_a_pipe_or_file_is_exact(run: Run, tmp_path: Path) -> None:
    """CSV not written to a terminal keeps the data's text byte for byte, escapes and all."""
    rows = list(csv.DictReader(io.StringIO(_north_2022(run, _hostile(tmp_path), "csv").stdout)))
    assert [row["wording"] for row in rows] == [HOSTILE]


def test_csv_to_a_terminal_shows_escapes_as_a_table_does(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--format csv` wrote ESC, BEL and OSC sequences raw to the terminal: now, as in a table,
    each control character is written as its escape."""
    monkeypatch.setattr(terminal, "is_terminal", lambda: True)
    result = _north_2022(run, _hostile(tmp_path), "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["wording"] for row in rows] == ["地区生产总值\\x1b]0;pwned\\x07增长\\x9b31m7%\\u202e"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_escapes_every_control_and_bidi_character(run: Run, tmp_path: Path, fmt: str) -> None:
    """JSON and JSON Lines kept C1 `\\x9b` and U+202E raw: now every control and bidi character
    is a `\\uXXXX` escape, and the JSON still parses to the exact text."""
    out = _north_2022(run, _hostile(tmp_path), fmt).stdout
    assert [c for c in out if (unicodedata.category(c) == "Cc" and c != "\n") or c == "\u202e"] == []
    assert '"wording": "地区生产总值\\u001b]0;pwned\\u0007增长\\u009b31m7%\\u202e"' in out.replace(
        '":"', '": "'
    )
    rows = json.loads(out)["targets"] if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [row["wording"] for row in rows] == [HOSTILE]


def test_escape_json_writes_each_character_as_its_escape() -> None:
    """DEL, C1, LRM/RLM, the line and paragraph separators and every bidi control become `\\uXXXX`;
    Chinese punctuation that shares their first bytes (“ ” — …) stays as it is."""
    controls = "\x7f\x80\x9f\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069"
    text = json.dumps("“a—b…”" + controls, ensure_ascii=False).encode()
    escaped = write.escape_json(text)
    assert escaped.decode("ascii", "replace").count("\\u") == len(controls)
    assert escaped.startswith('"“a—b…”\\u007f\\u0080\\u009f\\u200e'.encode())
    assert json.loads(escaped) == "“a—b…”" + controls


def test_escape_json_finds_a_control_after_much_punctuation() -> None:
    """A bidi control after thousands of “ — (which begin with the same byte) is still escaped;
    text with only those is returned as it is, the same object."""
    plain = json.dumps("“a—b”" * 5000 + "\u00b0", ensure_ascii=False).encode()
    assert write.escape_json(plain) is plain
    hostile = plain[:-1] + "\u202e".encode() + b'"'
    assert write.escape_json(hostile).endswith(b'\\u202e"')
    assert json.loads(write.escape_json(hostile)) == json.loads(hostile)


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_extract_escapes_control_and_bidi_characters(run: Run, tmp_path: Path, fmt: str) -> None:
    """extract's TOML and JSON kept C1 `\\x9b` and U+202E raw: now they are escapes, and the draft
    reads back as the exact wording."""
    report = tmp_path / "report.md"
    report.write_text(
        "二〇二三年政府工作报告\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5%\x9b\u202e左右。\n",
        encoding="utf-8",
    )
    result = run("extract", str(report), "--region", "north", "--year", "2023", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert [c for c in result.stdout if c in "\x9b\u202e"] == []
    draft = tomllib.loads(result.stdout) if fmt == "toml" else json.loads(result.stdout)
    targets = draft["reports"][0]["targets"] if fmt == "toml" else draft["targets"]
    assert [t["wording"] for t in targets] == ["地区生产总值增长5%\x9b\u202e左右"]


@pytest.mark.parametrize(
    "command",
    [
        ["init", "wujin", "--year", "2023", "--output", "wujin.toml"],
        ["extract", "{report}", "--region", "north", "--year", "2023", "--output", "draft.toml"],
        ["export", "data.sqlite"],
    ],
)
def test_writing_from_a_deleted_folder_is_a_clear_error(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """`init` or `extract --output` run from a folder that was removed was an internal error:
    now one line saying so, status 1."""
    report = tmp_path / "report.md"
    report.write_text("二〇二三年政府工作报告\n\n主要预期目标是：地区生产总值增长5%。\n", encoding="utf-8")
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    args = [a.replace("{report}", str(report)) for a in command]
    result = run(*args)
    assert (result.exit_code, result.stdout) == (1, "")
    assert (
        result.stderr == f"govtargets: error: cannot write {args[-1]}: the current folder no longer exists\n"
    )


def test_a_pager_the_shell_cannot_run_leaves_the_table_shown(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PAGER set to a command the machine lacks (or no less at all): the shell says so and the table
    is written as it is, as git does; it was shown nowhere."""
    monkeypatch.setattr(terminal, "is_terminal", lambda: True)
    env = {"PAGER": "govtargets-no-such-pager", "LINES": "3", "COLUMNS": "80", "NO_COLOR": "1"}
    result = run("targets", "--year", "all", env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == run("targets", "--year", "all", "--no-pager", env=env).stdout
    assert result.stdout.startswith("Targets (all years): ")


class _Stream(io.TextIOWrapper):
    """Standard output in a locale's encoding, a terminal or not."""

    def __init__(self, encoding: str, *, tty: bool) -> None:
        super().__init__(io.BytesIO(), encoding=encoding)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("encoding", "tty", "sent"), [
    ("gb18030", True, "gb18030"),
    ("GBK", True, "gbk"),
    ("gb18030", False, "utf-8"),
    ("utf-8", True, "utf-8"),
    ("ascii", True, "utf-8"),
])  # fmt: skip
def test_a_terminal_gets_its_own_encoding_a_pipe_utf8(
    monkeypatch: pytest.MonkeyPatch, encoding: str, tty: bool, sent: str
) -> None:
    """Text and UTF-8 bytes reach a GB18030 or GBK terminal in its encoding; a pipe, UTF-8 always."""
    stream = _Stream(encoding, tty=tty)
    monkeypatch.setattr("sys.stdout", stream)
    write.write(["金坛 +5%\n", '{"region_zh": "金坛区"}\n'.encode()])
    assert stream.buffer.getvalue() == '金坛 +5%\n{"region_zh": "金坛区"}\n'.encode(sent)  # type: ignore[attr-defined]


def test_a_gb18030_terminal_shows_the_installed_commands_table(tmp_path: Path) -> None:
    """The installed command, on a terminal whose encoding is GB18030, prints the table in GB18030."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONIOENCODING": "gb18030", "XDG_CACHE_HOME": str(tmp_path), "COLUMNS": "80"}
    args = ["show", "testville", "--year", "2023", "--lang", "zh", "--no-pager"]
    with subprocess.Popen(
        [sys.executable, "-m", "govtargets", *args, "--no-bundled", "--data", str(MINI)],
        stdout=follower, stderr=subprocess.PIPE, env=env,
    ) as process:  # fmt: skip
        os.close(follower)
        shown = b""
        while chunk := _read(leader):
            shown += chunk
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else b""
    os.close(leader)
    assert "测试市".encode("gb18030") in shown
    assert "测试市".encode() not in shown


def _read(fd: int) -> bytes:
    import os

    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal closed when the process ended (EIO on Linux)
        return b""


def test_the_pager_gets_each_piece_as_it_is_drawn(tmp_path: Path) -> None:
    """A long table streams into the pager: its first rows are there before the rest is drawn
    (the whole table was drawn first, seconds of a long one, before the pager showed a line)."""
    import time

    paged = tmp_path / "paged.txt"
    seen: list[str] = []

    def pieces() -> Any:
        yield "first\n"
        deadline = time.monotonic() + 10
        while not paged.exists() or paged.read_text(encoding="utf-8") != "first\n":
            assert time.monotonic() < deadline, "the pager has nothing while the table is drawn"
            time.sleep(0.01)
        seen.append(paged.read_text(encoding="utf-8"))
        yield "second\n"

    write.page(pieces(), pager=f"cat > {paged}")
    assert seen == ["first\n"]
    assert paged.read_text(encoding="utf-8") == "first\nsecond\n"


def test_a_pager_quit_early_ends_the_drawing_quietly(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """The reader quits the pager on its first screen: the rest is not drawn, and nothing is said."""
    drawn: list[int] = []

    def pieces() -> Any:
        for n in range(100_000):
            drawn.append(n)
            yield f"row {n} {'x' * 70}\n"

    write.page(pieces(), pager="head -n 1 > /dev/null")
    assert len(drawn) < 100_000
    assert capfd.readouterr() == ("", "")


def test_ctrl_c_while_a_table_is_drawn_into_the_pager_leaves_the_pager_what_it_has(tmp_path: Path) -> None:
    """Ctrl-C (which less takes as well) ends the drawing, not the pager: it keeps what it was given."""
    paged = tmp_path / "paged.txt"

    def pieces() -> Any:
        yield "first\n"
        raise KeyboardInterrupt

    write.page(pieces(), pager=f"cat > {paged}")
    assert paged.read_text(encoding="utf-8") == "first\n"
