"""Bad input, tried and survived: broken files, hostile datasets and bad arguments.

Every case ends with a message on stderr, a documented exit status (1 for data and lookup
errors, 2 for usage errors), no traceback, and the user's files as they were. README.md
lists these cases; a test keeps the list and this file in step.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govtargets.cli import cli

from .conftest import MINI

MINI_TEXT = MINI.read_text(encoding="utf-8")


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")}


def _mini(old: str, new: str) -> bytes:
    """The test dataset with one edit."""
    return MINI_TEXT.replace(old, new).encode()


# (case, file content, text expected on stderr); each gives exit status 1.
BROKEN_FILES: list[tuple[str, bytes, str]] = [
    ("empty file", b"", "no regions defined"),
    ("random bytes", bytes(range(256)) * 4, "not UTF-8 text"),
    ("not UTF-8 (GBK)", "format = 1\n# 金坛\n".encode("gbk"), "not UTF-8 text (byte 0xbd)"),
    ("TOML syntax error", b"format = 1\n[[regions]\nid = 1\n", "invalid TOML"),
    ("type error", _mini("value = 12.5", 'value = "lots"'), "valid decimal"),
    ("missing field", _mini('wording = "安全事故持续下降"\n', ""), "missing"),
    ("unknown field", _mini("value = 12.5", "valeu = 12.5"), "unknown field"),
    ("duplicate key", _mini("value = 12.5", "value = 12.5\nvalue = 13"), "overwrite"),
    ("nan", _mini("value = 12.5", "value = nan"), "finite number"),
    ("inf", _mini("value = 12.5", "value = inf"), "finite number"),
    ("negative amount", _mini("value = 12.5", "value = -12.5"), "cannot be negative"),
    ("amount beyond any economy", _mini("value = 12.5", "value = 1e12"), "more than any"),
    ("40-digit figure", _mini("value = 12.5", "value = 1." + "1" * 40), "15 digits"),
    ("format 2", b"format = 2\n", "Input should be 1"),
    ("a string where a list goes", b'format = 1\nregions = "north"\n', "valid list"),
    ("a date that is not one", _mini("posted = 2023-01-06", "posted = 2023-13-06"), "TOML"),
    ("planned more than total", _mini("value = 2.5, unit", "value = 25, unit"), "more than the total"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "content", "message"), BROKEN_FILES, ids=[c[0] for c in BROKEN_FILES])
def test_broken_file(tmp_path: Path, case: str, content: bytes, message: str) -> None:
    """A broken data file gives status 1 and a message naming the file, never a traceback."""
    path = tmp_path / "data.toml"
    path.write_bytes(content)
    before = _fingerprint(tmp_path)
    for args in (["list", "--data", str(path)], ["validate", str(path)]):
        result = _run(*args)
        assert result.exit_code == 1, case
        text = result.stderr + result.stdout
        assert message in text, text
        assert str(path) in text
        assert "Traceback" not in text
    assert _fingerprint(tmp_path) == before


def test_folder_without_toml(tmp_path: Path) -> None:
    """A folder with no TOML file is a data error."""
    result = _run("list", "--data", str(tmp_path))
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1,
        f"{tmp_path}: folder holds no .toml files",
    )


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    """A --data path that does not exist is a usage error."""
    result = _run("list", "--data", str(tmp_path / "nowhere.toml"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be read is a data error (faked: the tests may run as root)."""
    path = tmp_path / "data.toml"
    path.write_text(MINI_TEXT, "utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _run("list", "--data", str(path), "--no-cache")
    assert result.exit_code == 1
    assert f"{path}: cannot read file: Permission denied" in result.stderr


HOSTILE = {
    "rich markup": "[bold red]North[/] [link=https://example.org]x[/link]",
    "ANSI escapes": "\x1b[31mred\x1b[0m\x1b]0;title\x07",
    "control characters": "a\x00b\x08c\rd\x7fe\x9bf",
    "right-to-left marks": "\u202eNorth\u202c \u2067x\u2069 \u200f",
    "very long": "长" * 100_000,
}


@pytest.mark.parametrize("name", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_only_shown(tmp_path: Path, name: str) -> None:
    """Markup, escapes, control and bidi characters in a dataset are shown as text, never acted on.

    A table writes control and bidi characters as escapes and prints markup as typed; JSON and
    CSV carry the text exactly (JSON escapes control characters itself).
    """
    path = tmp_path / "hostile.toml"
    path.write_text(MINI_TEXT.replace('"North District"', json.dumps(name)), "utf-8")
    table = _run("show", "north", "--data", str(path)).stdout
    assert not any(c in table for c in "\x00\x07\x08\x1b\x7f\x9b\u202e\u2067\u200f")
    if "[bold red]" in name:
        assert "[bold red]North[/]" in table
    data = json.loads(_run("show", "north", "--data", str(path), "--json").stdout)
    assert data["region"]["name_en"] == name
    rows = _run("list", "--data", str(path), "--format", "csv").stdout
    assert next(csv.DictReader(io.StringIO(rows, newline="")))["name_en"] == name


def test_hostile_table_escapes_are_visible(tmp_path: Path) -> None:
    """In a table an escape sequence is written out as \\x1b, so it can be seen and does nothing."""
    path = tmp_path / "hostile.toml"
    path.write_text(MINI_TEXT.replace('"North District"', json.dumps(HOSTILE["ANSI escapes"])), "utf-8")
    out = _run("list", "--data", str(path)).stdout
    assert "\\x1b[31mred\\x1b[0m\\x1b]0;title\\x07" in out


def _many_targets(count: int) -> str:
    lines = [MINI_TEXT]
    for n in range(count):
        lines.append(
            f'[[reports.targets]]\nid = "t{n}"\nindicator = "projects"\nkind = "count"\nvalue = {n}\n'
            f'unit = "个"\nwording = "第{n}项"\n'
        )
    return "\n".join(lines)


def test_a_region_with_100000_targets(tmp_path: Path) -> None:
    """100,000 targets in one report load, validate and print as JSON and CSV, in seconds."""
    path = tmp_path / "big.toml"
    path.write_text(_many_targets(100_000), "utf-8")
    result = _run("show", "south", "--data", str(path), "--json", "--no-cache")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["headline"]) == 100_001
    assert data["headline"][-1]["wording"] == "第99999项"
    csv_out = _run("show", "south", "--data", str(path), "--format", "csv", "--no-cache").stdout
    assert len(csv_out.splitlines()) == 100_002
    assert _run("validate", str(path)).exit_code == 0


def test_a_table_of_2000_targets(tmp_path: Path) -> None:
    """A table of thousands of targets is drawn whole (a terminal's pager is the user's business)."""
    path = tmp_path / "big.toml"
    path.write_text(_many_targets(2_000), "utf-8")
    out = _run("show", "south", "--data", str(path)).stdout
    assert "第1999项" in out


# (case, arguments, exit status, text expected on stderr)
BAD_ARGUMENTS: list[tuple[str, list[str], int, str]] = [
    ("unknown region", ["show", "nowhere"], 1, "unknown region 'nowhere'"),
    ("empty region", ["show", ""], 1, "unknown region ''"),
    ("blank region", ["show", "   "], 1, "unknown region '   '"),
    ("negative amount", ["projects", "--min-invest", "-1"], 2, "is negative"),
    ("not a number", ["projects", "--min-invest", "abc"], 2, "is not a number"),
    ("1e400", ["projects", "--min-invest", "1e400"], 2, "more than any amount"),
    ("nan", ["projects", "--min-invest", "nan"], 2, "not a finite number"),
    ("unknown format", ["list", "--format", "xml"], 2, "'xml' is not one of"),
    ("conflicting formats", ["list", "--json", "--format", "csv"], 2, "ask for different formats"),
    ("unknown command", ["shw", "jintan"], 2, "No such command 'shw'"),
    ("unknown option", ["list", "--colour"], 2, "No such option"),
    ("compare one region", ["compare", "jintan"], 2, "at least two regions"),
    ("missing region", ["show"], 2, "Missing argument 'REGION'"),
    ("validate a path that does not exist", ["validate", "/no/such/path"], 2, "does not exist"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "args", "status", "message"), BAD_ARGUMENTS, ids=[c[0] for c in BAD_ARGUMENTS]
)
def test_bad_arguments(case: str, args: list[str], status: int, message: str) -> None:
    """A bad argument gives its documented status and says what is wrong, on stderr only."""
    result = _run(*args)
    assert result.exit_code == status, case
    assert message in result.stderr
    assert result.stdout == ""


def test_readme_lists_every_case() -> None:
    """README.md names each case tried here, and gives their count."""
    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    cases = [c[0] for c in BROKEN_FILES] + [c[0] for c in BAD_ARGUMENTS] + list(HOSTILE)
    for case in cases:
        assert case in readme, case
    # Broken files and three path cases; hostile names, 100,000 targets and a big table; the
    # arguments; four output cases in test_main.py.
    total = len(BROKEN_FILES) + 3 + len(HOSTILE) + 2 + len(BAD_ARGUMENTS) + 4
    assert f"{total} cases in all" in readme
