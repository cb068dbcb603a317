"""Bad input, tried and survived: broken files, hostile datasets and bad arguments.

Every case ends with a message on stderr, a documented exit status (1 for data and lookup
errors, 2 for usage errors), no traceback, and the user's files as they were. docs/bad-input.md
lists these cases; a test keeps the list and this file in step.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govtargets.cli.main import cli

from .conftest import MINI

MINI_TEXT = MINI.read_text(encoding="utf-8")
DOC = (Path(__file__).parents[1] / "docs" / "bad-input.md").read_text(encoding="utf-8")


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _mini(old: str, new: str) -> bytes:
    """The test dataset with one edit."""
    assert old in MINI_TEXT
    return MINI_TEXT.replace(old, new).encode()


# (case, file content, text expected on stderr); each gives exit status 1.
BROKEN_FILES: list[tuple[str, bytes, str]] = [
    ("empty file", b"", "no regions defined"),
    ("random bytes", bytes(range(256)) * 4, "not UTF-8 text"),
    ("not UTF-8 (GBK)", "format = 2\n# 金坛\n".encode("gbk"), "not UTF-8 text (byte 0xbd)"),
    ("UTF-16", "format = 2\n".encode("utf-16"), "not UTF-8 text"),
    ("TOML syntax error", b"format = 2\n[[regions]\nid = 1\n", "invalid TOML"),
    ("a string where a number goes", _mini("value = 12.5", 'value = "12.5"'), "a number is needed here, not the string '12.5'"),
    ("a string where a year goes", _mini("year = 2022", 'year = "2022"'), "a whole number is needed here, not the string '2022'"),
    ("a string where a date goes", _mini("posted = 2023-01-06", 'posted = "2023-01-06"'), "a TOML date is needed here, not the string '2023-01-06' (write it without quotes)"),
    ("missing field", _mini('wording = "安全事故持续下降"\n', ""), "missing"),
    ("unknown field", _mini("value = 12.5", "valeu = 12.5"), "unknown field"),
    ("duplicate key", _mini("value = 12.5", "value = 12.5\nvalue = 13"), "overwrite"),
    ("nan", _mini("value = 12.5", "value = nan"), "finite number"),
    ("inf", _mini("value = 12.5", "value = inf"), "finite number"),
    ("negative amount", _mini('value = 65\nunit = "亿元"', 'value = -65\nunit = "亿元"'), "cannot be negative"),
    ("amount beyond any economy", _mini('value = 65\nunit = "亿元"', 'value = 1e12\nunit = "亿元"'), "more than any"),
    ("40-digit figure", _mini("value = 12.5", "value = 1." + "1" * 40), "15 digits in all"),
    ("1e15, one digit of 16 places", _mini("value = 12.5", "value = 1e15"), "(1e15 has 16)"),
    ("negative zero", _mini("value = 12.5", "value = -0.0"), "a negative zero: write 0"),
    ("unknown format", b"format = 3\n", "format 3 is not known"),
    ("a string where a list goes", b'format = 2\nregions = "north"\n', "a list of [[regions]] tables is needed"),
    ("a date that is not one", _mini("posted = 2023-01-06", "posted = 2023-13-06"), "invalid TOML"),
    ("planned more than total", _mini("value = 2.5, unit", "value = 25, unit"), "more than the total"),
    ("unknown qualifier", _mini('qualifiers = ["以上"]', 'qualifiers = ["大约"]'), "known: 左右 (about)"),
    ("unknown unit", _mini('unit = "个"\narea = 1\nthreshold', 'unit = "只只"\narea = 1\nthreshold'), "unknown unit '只只'"),
    ("nesting 5,000 deep", b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply"),
    ("a post number past 2^63", _mini("section = ", "post = 99999999999999999999999\nsection = "), "less than 9223372036854775808"),
    ("an area number past 2^64", _mini("no = 1\n", "no = 18446744073709551616\n"), "less than 2147483648"),
    ("an alias of only spaces", _mini('aliases = ["北"]', 'aliases = ["   "]'), "must hold some text"),
    ("a reference to nothing", _mini('indicator = "energy"\nkind', 'indicator = "energi"\nkind'), "no indicator with key 'energi'"),
    ("an indicator by its Chinese name", _mini('indicator = "energy"\nkind', 'indicator = "能源"\nkind'), "an indicator is named by its catalogue key, not by a name ('能源'): 'govtargets indicators --format jsonl | grep 能源' finds it"),
    ("a name two regions share", _mini('aliases = ["北"]', 'aliases = ["南县"]'), "already names region"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "message"), BROKEN_FILES, ids=[c for c, _, _ in BROKEN_FILES])
def test_broken_file(tmp_path: Path, case: str, content: bytes, message: str) -> None:
    """A broken dataset gives status 1, its problems on stderr, no traceback, nothing on stdout."""
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    before = hashlib.sha256(content).hexdigest()
    result = _run("list", "--no-bundled", "--data", str(path))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_validate_json_reports_every_file_even_a_broken_one(tmp_path: Path) -> None:
    """validate A B --json with A valid and B nested too deeply: one JSON report of both."""
    good = tmp_path / "a.toml"
    good.write_bytes(MINI.read_bytes())
    bad = tmp_path / "b.toml"
    bad.write_bytes(b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n")
    result = _run("validate", "--no-bundled", str(good), str(bad), "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["files"] == 2
    assert {p["file"] for p in report["problems"]} == {str(bad)}


def test_every_bad_target_is_reported_with_its_line(tmp_path: Path) -> None:
    """A report with 2,000 broken targets: every one reported, each with its line."""
    target = '[[reports.targets]]\nindicator = "gdp"\nkind = "growth"\nvalue = "x"\nwording = "w"\n'
    path = tmp_path / "many.toml"
    path.write_text(
        MINI_TEXT + '\n[[reports]]\nregion = "south"\nyear = 2020\nsource = "report-s"\n' + target * 2000,
        encoding="utf-8",
    )
    report = json.loads(_run("validate", "--no-bundled", str(path), "--json").stdout)
    assert report["errors"] == 2000
    assert all(p["line"] for p in report["problems"])


HOSTILE = ["\x1b[31mred\x1b[0m", "[bold]markup[/bold]", "\u202eevil\u202c", "a\x00b\x07c", "行" * 5000]


@pytest.mark.parametrize(
    "text",
    HOSTILE,
    ids=["ANSI escapes", "rich markup", "right-to-left marks", "control characters", "very long"],
)
def test_hostile_text_is_only_shown(tmp_path: Path, text: str) -> None:
    """Text from a dataset is shown, escaped, never run: no escape reaches the terminal. (In a
    source's title: a name refuses characters that do not show.)"""
    path = tmp_path / "d.toml"
    title = 'title = "北区政府工作报告"'
    assert title in MINI_TEXT
    path.write_text(MINI_TEXT.replace(title, f"title = {json.dumps(text)}"), encoding="utf-8")
    result = _run("show", "north", "--no-bundled", "--data", str(path), "--width", "100")
    assert result.exit_code == 0
    assert "\n[1] Test publisher; " in result.stdout  # the source is shown
    assert "\x1b" not in result.stdout
    assert "\u202e" not in result.stdout
    assert "\x00" not in result.stdout


def test_every_case_is_in_the_docs() -> None:
    """docs/bad-input.md lists each case of this file."""
    listed = set(re.findall(r"^\| ([^|]+?) \|", DOC, flags=re.MULTILINE))
    for case, _, _ in BROKEN_FILES:
        assert case in listed, case
