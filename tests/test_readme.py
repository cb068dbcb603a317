"""Keep README.md true: its console examples print what they show, its dataset example loads."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from govtargets.cache import open_index
from govtargets.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
CONSOLE = re.findall(r"```console\n\$ govtargets (.*?)\n(.*?)```", README, flags=re.DOTALL)
TOML = re.findall(r"```toml\n(.*?)```", README, flags=re.DOTALL)


@pytest.mark.parametrize(("command", "expected"), CONSOLE, ids=[c for c, _ in CONSOLE])
def test_console_example(command: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each console example in the README prints exactly what the README shows."""
    monkeypatch.delenv("GOVTARGETS_DATA", raising=False)
    result = CliRunner().invoke(cli, shlex.split(command), catch_exceptions=False)
    assert result.exit_code == 0
    if expected.endswith("\n…\n"):  # the README shows the beginning of a long output
        assert result.stdout.startswith(expected.removesuffix("…\n"))
    else:
        assert result.stdout.replace("\r\n", "\n") == expected.replace("\r\n", "\n")


def test_readme_has_an_example_of_every_command() -> None:
    """The README shows each command with its output."""
    shown = {command.split()[0] for command, _ in CONSOLE}
    assert shown == set(cli.commands)  # type: ignore[attr-defined]


def test_minimal_dataset_in_readme_loads(tmp_path: Path) -> None:
    """The README's example dataset is valid."""
    example = next(block for block in TOML if "[[reports.projects]]" in block and "人均" not in block)
    path = tmp_path / "mine.toml"
    path.write_text(example, encoding="utf-8")
    index = open_index(path, use_cache=False)
    assert [r["id"] for r in index.regions()] == ["wujin"]
    assert index.targets("wujin", 2023)[0]["wording"] == "地区生产总值增长7.5%左右"


@pytest.mark.parametrize(
    ("name", "marker", "command", "stream"),
    [
        ("bad.toml", 'level="town"', "list --data bad.toml", "stderr"),
        ("mistakes.toml", "人均地区生产总值", "validate mistakes.toml", "stdout"),
    ],
)
def test_broken_dataset_examples_in_readme(
    tmp_path: Path, name: str, marker: str, command: str, stream: str
) -> None:
    """The README's broken datasets give exactly the messages it shows, and status 1."""
    bad = next(block for block in TOML if marker in block)
    shown = re.search(rf"\$ govtargets {re.escape(command)}\n(.*?)```", README, flags=re.DOTALL)
    assert shown is not None
    (tmp_path / name).write_text(bad, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(cli, shlex.split(command))
    assert result.exit_code == 1
    assert getattr(result, stream) == shown.group(1)
