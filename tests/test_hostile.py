"""Hostile and unlucky input, round three (issue 28): each test is built from the issue's reproduction."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govtargets.cli import options
from govtargets.cli.main import cli
from govtargets.dataset import files, toml_writer
from govtargets.index import cache
from govtargets.index.store import Index
from govtargets.output import write
from govtargets.query import questions
from govtargets.query.filters import TargetFilter

from .conftest import MINI, Run

# --- 8: absurd exponents -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("1e-99999999", "'1e-99999999' is less than one yuan (10^-8 亿元)"),
        ("1e-999999999999999999", "'1e-999999999999999999' is less than one yuan (10^-8 亿元)"),
        ("0.000000009", "'0.000000009' is less than one yuan (10^-8 亿元)"),
        ("1.0000000000000001", "'1.0000000000000001' has more than 15 significant digits"),
        ("1e99999999", "'1e99999999' is more than any amount can be (10^10 亿元)"),
    ],
)
@pytest.mark.parametrize("option", ["--min-invest", "--min-total"])
def test_an_absurd_amount_is_a_usage_error(run: Run, option: str, amount: str, message: str) -> None:
    """`--min-invest 1e-99999999` (6.3 GB, then killed) and `1e-999999999999999999` (MemoryError)
    are refused at once with status 2, as are amounts below a yuan or past 15 digits."""
    result = run("projects", option, amount)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == f"Error: Invalid value for '{option}': {message}"


@pytest.mark.parametrize(
    ("amount", "title"),
    [
        ("0e-99999999", "Projects (latest year of each region, planned ≥ 0亿元)"),
        ("1e-8", "Projects (latest year of each region, planned ≥ 0.00000001亿元)"),
        ("1.000000000000000000000000000000", "Projects (latest year of each region, planned ≥ 1亿元)"),
        ("1e9", "Projects (latest year of each region, planned ≥ 1000000000亿元): none match"),
    ],
)
def test_an_amount_is_printed_in_few_characters(run: Run, amount: str, title: str) -> None:
    """An amount given on the command line is printed as a short exact number, however it was typed."""
    result = run("projects", "--min-invest", amount, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == title


# --- 12: digits that are not ASCII ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["COLUMNS", "LINES"])
def test_a_superscript_digit_in_the_environment_is_ignored(name: str) -> None:
    """`COLUMNS=² govtargets --version` printed a traceback at import (`'²'.isdigit()` is true, `int`
    refuses it): now the setting is ignored, as any nonsense is."""
    env = {**os.environ, name: "²", "GOVTARGETS_NO_CACHE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "govtargets", "--version"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"govtargets ")


@pytest.mark.parametrize("year", ["²", "2023-²", "٢٠٢٣", "²⁰²³"])
@pytest.mark.parametrize(
    "command", [["targets", "--year"], ["show", "north", "--year"], ["targets", "--since"]]
)
def test_a_year_in_other_digits_is_a_usage_error(run: Run, command: list[str], year: str) -> None:
    """`--year ²` was "internal error: ValueError", status 1: now a usage error, status 2."""
    result = run(*command, year)
    assert (result.exit_code, result.stdout) == (2, "")
    assert f"{year!r} is not a year from 1949 to 2100" in result.stderr.splitlines()[-1]


def test_limit_in_other_digits_is_a_usage_error(run: Run) -> None:
    """`--limit ²` is a usage error too (click's own integer type)."""
    result = run("targets", "--limit", "²")
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        result.stderr.splitlines()[-1]
        == "Error: Invalid value for '--limit' / '-n': '²' is not a valid integer range."
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("80", 80),
        (" 80 ", 80),
        ("²", None),
        ("٨٠", None),
        ("8²", None),
        ("-5", None),
        ("", None),
        ("9" * 19, None),
    ],
)
def test_whole_number_takes_ascii_digits_only(text: str, number: int | None) -> None:
    """Every whole number read from an option or the environment is ASCII digits or nothing."""
    assert options.whole_number(text) == number


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
    monkeypatch.setattr(options, "_is_terminal", lambda: True)
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


# --- 13: the smaller ones -----------------------------------------------------------------------


def test_empty_entries_of_govtargets_data_are_skipped() -> None:
    """`GOVTARGETS_DATA=":/path"` was a usage error about `Path ''`: empty entries are skipped."""
    result = CliRunner().invoke(
        cli,
        ["list", "--no-bundled", "--format", "csv"],
        env={"GOVTARGETS_DATA": f":{MINI}:"},
        catch_exceptions=False,
    )
    assert (result.exit_code, result.stderr) == (0, "")
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == [
        "id",
        "demo",
        "testville",
        "north",
        "south",
    ]


def test_a_file_system_root_is_not_walked(run: Run) -> None:
    """`--data /` walked the whole disk (85 s, 3.2 GB): a root is refused at once, status 1."""
    result = run("list", data=Path("/"))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[0] == (
        "/: a file system's root: give a folder of data (GOVTARGETS_MANY_FILES=1 reads it all the same)"
    )


def test_a_folder_of_too_many_files_is_refused_unless_asked(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder with more TOML files than the limit (10,000; 1 here) is refused; GOVTARGETS_MANY_FILES=1 reads it."""
    monkeypatch.setattr(files, "MAX_FILES", 1)
    text = MINI.read_text(encoding="utf-8")
    split = text.index("[[regions]]")
    (tmp_path / "a.toml").write_text(text[:split], encoding="utf-8")
    (tmp_path / "b.toml").write_text("format = 2\n" + text[split:], encoding="utf-8")
    result = run("list", "--format", "csv", data=tmp_path)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines()[0] == (
        f"{tmp_path}: folder holds more than 1 .toml files (GOVTARGETS_MANY_FILES=1 reads it all the same)"
    )
    result = run("list", "--format", "csv", data=tmp_path, env={"GOVTARGETS_MANY_FILES": "1"})
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_file_named_toml_in_capitals_is_named_not_skipped_silently(run: Run, tmp_path: Path) -> None:
    """`Wujin.TOML` in a data folder was skipped and `validate` said "valid": now it is a warning,
    and the error of a folder holding only such files names it."""
    (tmp_path / "Wujin.TOML").write_bytes(MINI.read_bytes())
    result = run("validate", "--no-bundled", str(tmp_path), data=None)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{tmp_path}: folder holds no .toml files (Wujin.TOML is not read: name it .toml)",
        "1 error and 0 warnings in 0 files",
    ]
    (tmp_path / "a.toml").write_bytes(MINI.read_bytes())
    result = run("validate", "--no-bundled", str(tmp_path), data=None)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'Wujin.TOML'}: warning: not read: only files named .toml are data",
        "0 errors and 1 warning in 1 file: valid (warnings allowed without --strict)",
    ]


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


_SOUTH_TWO = """
[[regions]]
id = "south2"
code = "990103"
name_zh = "南\\u200b县"
name_en = "South County Two"
level = "county"
parent = "990100"
"""


def test_an_invisible_character_in_a_name_is_refused(run: Run, tmp_path: Path) -> None:
    """A zero-width space let a second 南县 validate that looks the same in tables: a name with a
    character that does not show (format or control) is refused, with its line."""
    text = MINI.read_text(encoding="utf-8")
    at = text.index("# --- Testville 2023")
    path = tmp_path / "d.toml"
    path.write_text(text[:at] + _SOUTH_TWO + "\n" + text[at:], encoding="utf-8")
    line = text[:at].count("\n") + 5  # the line of name_zh
    result = run("validate", "--no-bundled", str(path), data=None)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{path}:{line}: region south2: field 'name_zh': a name holds an invisible character (U+200B): remove it",
        "1 error and 0 warnings in 1 file",
    ]


def test_a_loop_of_parents_is_refused(run: Run, tmp_path: Path) -> None:
    """A parent cycle A ↔ B validated: now each division of the loop is an error, with the loop."""
    text = MINI.read_text(encoding="utf-8")
    province = 'name_en = "Demo Province"\nlevel = "province"\n'
    assert province in text
    path = tmp_path / "d.toml"
    path.write_text(text.replace(province, province + 'parent = "990100"\n'), encoding="utf-8")
    result = run("validate", "--no-bundled", str(path), data=None)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{path}:90: region demo: field 'parent': parents form a loop: 990000 → 990100 → 990000",
        f"{path}:98: region testville: field 'parent': parents form a loop: 990100 → 990000 → 990100",
        "2 errors and 0 warnings in 1 file",
    ]


def test_big5_text_given_to_extract_is_named(run: Run, tmp_path: Path) -> None:
    """Big5 text was read as GB18030 and found nothing: now extract says it seems Big5 and what it
    reads; the same words in GB18030 are read as text (in which, traditional, no passage is found)."""
    words = "二○二三年政府工作報告\n\n今年經濟社會發展的主要預期目標是：地區生產總值增長5%左右，城鎮新增就業1萬人。\n"
    report = tmp_path / "report.txt"
    report.write_bytes(words.encode("big5"))
    result = run("extract", str(report), "--region", "north", "--year", "2023")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "govtargets: error: report.txt: Big5 text (traditional Chinese), it seems: extract reads UTF-8"
        " and GB18030 (GBK); save it as simplified Chinese in UTF-8\n"
    )
    report.write_bytes(words.encode("gb18030"))
    result = run("extract", str(report), "--region", "north", "--year", "2023")
    assert result.stderr.startswith(
        "govtargets: error: no main-target passage found (looked for: 主要预期目标"
    )


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


def test_a_table_too_long_to_read_is_refused_with_what_to_ask(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`targets --year all` as a table of 198,000 rows took 114 s and 2.2 GB: a table of more than
    10,000 rows (3 here) is a usage error saying what to ask instead; --limit and CSV still answer."""
    monkeypatch.setattr(options, "MAX_TABLE_ROWS", 3)
    result = run("targets", "--year", "all")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "govtargets: error: 15 rows are too many for a table (at most 3): narrow the question"
        " (--limit, --year, --region), or ask for --format csv, jsonl or json\n"
    )
    assert run("targets", "--year", "all", "--limit", "3").exit_code == 0
    assert len(run("targets", "--year", "all", "--format", "csv").stdout.splitlines()) == 16


# --- 2, 3 and 9, done before this round: their reproductions ------------------------------------


def test_an_undecodable_argument_is_a_usage_error_and_the_index_stays() -> None:
    """`show "$(printf 'r00\\xff')"` threw the cached index away and ended in "internal error":
    now a usage error, status 2, and the index is the same file as before."""
    data = ["--no-bundled", "--data", str(MINI)]
    assert (
        subprocess.run(
            [sys.executable, "-m", "govtargets", "list", *data], capture_output=True, timeout=60
        ).returncode
        == 0
    )
    where = cache._cache_path([MINI], False)
    assert where is not None
    before = os.stat(where)
    argv = [sys.executable.encode(), b"-m", b"govtargets", b"show", b"r00\xff", *map(str.encode, data)]
    done = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    assert (done.returncode, done.stdout) == (2, b"")
    assert (
        done.stderr.splitlines()[-1] == b"Error: the argument b'r00\\xff' is neither UTF-8 nor GB18030 text"
    )
    after = os.stat(where)
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )


def _govtargets(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "GOVTARGETS_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "govtargets", *args],
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_a_fifo_with_a_writer_is_read_once(tmp_path: Path) -> None:
    """`mkfifo f.toml; cat data.toml > f.toml & govtargets list --data f.toml` never returned:
    now the pipe is read once, like `/dev/fd/N`."""
    fifo = tmp_path / "f.toml"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"cat '{MINI}' > '{fifo}'"])
    try:
        done = _govtargets("list", "--no-bundled", "--data", str(fifo), "--format", "csv")
    finally:
        writer.kill()
        writer.wait()
    assert (done.returncode, done.stderr) == (0, b"")
    assert [line.split(b",")[0] for line in done.stdout.splitlines()] == [
        b"id",
        b"demo",
        b"testville",
        b"north",
        b"south",
    ]


def test_upgrade_reads_with_limits(tmp_path: Path) -> None:
    """`upgrade /dev/zero` read until memory ran out, and `upgrade` of a FIFO with no writer hung:
    now a device is refused, and such a FIFO reads as an empty file does."""
    done = _govtargets("upgrade", "/dev/zero")
    assert (done.returncode, done.stdout) == (1, b"")
    assert (
        done.stderr.splitlines()[0]
        == b"/dev/zero: cannot read it: a device, not a file (is it a device such as /dev/zero?)"
    )
    fifo, empty = tmp_path / "f.toml", tmp_path / "e.toml"
    os.mkfifo(fifo)
    empty.write_bytes(b"")
    assert _govtargets("upgrade", str(fifo)).stdout == _govtargets("upgrade", str(empty)).stdout


def test_summary_of_every_target_reads_an_index_alone(mini: Index) -> None:
    """A summary of every target is counted from the index by report, which holds what it counts:
    the rows' table (their JSON) is not read, which took 40 times as long."""
    asked: list[str] = []
    mini.conn.set_trace_callback(asked.append)
    try:
        mini.target_counts(by=["region", "year"])
    finally:
        mini.conn.set_trace_callback(None)
    plan = mini.conn.execute("EXPLAIN QUERY PLAN " + asked[-1]).fetchall()
    assert [step[-1] for step in plan] == ["SCAN targets USING COVERING INDEX targets_by_report"]
