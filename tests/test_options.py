"""Tests of the command line's options and their parameter types (cli/options.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from govtargets.cli import options
from govtargets.output import terminal

from .conftest import Run

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
    assert result.stderr == (
        f"govtargets: error: Invalid value for '{option}': {message} (see 'govtargets projects --help')\n"
    )


@pytest.mark.parametrize(
    ("amount", "title"),
    [
        ("0e-99999999", "Projects (latest year of each region, planned ≥ 0亿元)"),
        ("1e-8", "Projects (latest year of each region, planned ≥ 0.00000001亿元)"),
        ("1.000000000000000000000000000000", "Projects (latest year of each region, planned ≥ 1亿元)"),
        (
            "1e9",
            "Projects (latest year of each region, planned ≥ 1000000000亿元): none match (--min-invest reads"
            " the year's planned investment; --min-total reads the total)",
        ),
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
    assert result.stderr == (
        "govtargets: error: Invalid value for '--limit' / '-n': '²' is not a valid integer range"
        " (see 'govtargets targets --help')\n"
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
    assert terminal.whole_number(text) == number


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


def test_a_choice_in_any_case_is_the_choice(run: Run) -> None:
    """--level Province --kind GROWTH --format CSV ask what --level province --kind growth --format csv ask."""
    typed = run("targets", "--level", "Province", "--kind", "GROWTH", "--format", "CSV", "--year", "all")
    assert typed.exit_code == 0, typed.stderr
    assert (
        typed.stdout
        == run(
            "targets", "--level", "province", "--kind", "growth", "--format", "csv", "--year", "all"
        ).stdout
    )
    assert run("targets", "--level", "Town").exit_code == 2


def test_the_amount_options_help_lines_up(run: Run) -> None:
    """projects --help: --min-invest's text starts in the column of the others' (亿元 as the
    value's name is four cells wide but counted two, which pushed it out of line)."""
    from rich.cells import cell_len

    lines = run("projects", "--help").stdout.splitlines()
    named = ("--min-invest", "--min-total", "-r, --region")
    starts = [cell_len(line[: line.index(" Only")]) for line in lines if line.lstrip().startswith(named)]
    assert starts == [33, 33, 33]
    assert "  --min-invest AMOUNT " in "\n".join(lines)


@pytest.mark.parametrize(
    "typed", ["2022–2023", "2022 - 2023", "2022年-2023年", "2022年至2023年", "2022~2023"]
)
def test_a_range_as_printed_or_written_in_chinese_is_a_range(run: Run, typed: str) -> None:
    """--year 2022–2023 (the range as titles print it) and 2022年至2023年 ask for 2022-2023; they
    were usage errors."""
    assert options.Year(spans=True).convert(typed, None, None) == (2022, 2023)
    assert (
        run("targets", "--year", typed, "--json").stdout
        == run("targets", "--year", "2022-2023", "--json").stdout
    )
    assert options.Year().convert("2023年", None, None) == 2023


@pytest.mark.parametrize("width", [80, 60])
def test_help_prose_fits_the_terminal_counting_chinese_as_two_columns(width: int) -> None:
    """Every command's --help wraps its prose to the terminal's columns as it shows them, a Chinese
    character two (the main help's 金坛, 金坛区 ran to 81 of 80; summary's 增长12%以上 to 82); only an
    example command, never split, may run past."""
    import unicodedata

    import click

    from govtargets.cli.main import cli
    from govtargets.cli.options import WideContext

    def columns(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    def _unsplittable(line: str) -> bool:  # an example, or an option's name alone on its line
        term = line.strip()
        return term.startswith("govtargets ") or (term.startswith("-") and "  " not in term)

    wraps = width - 2  # as options.CONTEXT has click wrap help, in the terminal's width less 2
    root = WideContext(cli, info_name="govtargets", terminal_width=wraps)
    commands: list[tuple[click.Command, click.Context]] = [(cli, root)]
    for name, command in cli.commands.items():
        context = WideContext(command, info_name=name, parent=root, terminal_width=wraps)
        commands.append((command, context))
        for sub_name, sub in getattr(command, "commands", {}).items():
            commands.append((sub, WideContext(sub, info_name=sub_name, parent=context, terminal_width=wraps)))
    over = [
        (context.command_path, line)
        for command, context in commands
        for line in command.get_help(context).splitlines()
        if columns(line) > width and not _unsplittable(line)
    ]
    assert over == []
    assert "\x01" not in cli.get_help(root)
