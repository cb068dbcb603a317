"""Tests of the docs: every console example of README.md and docs/*.md prints what it shows,
the README's Python runs, each command has its section, and the TOML examples are what they say.

After a change to any output, ``python -m tests.docs_update`` rewrites the examples; read the diff.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import re
from pathlib import Path

import pytest
import tomli

from govtargets.cli.main import cli
from govtargets.query.validation import validate_datasets

from . import docs_update

TOP = Path(__file__).parents[1]
EXAMPLES = [
    pytest.param(command, shown, id=f"{path.name}: {command}")
    for path in docs_update.DOCS
    for command, shown in docs_update.EXAMPLE.findall(path.read_text(encoding="utf-8"))
]
README = (TOP / "README.md").read_text(encoding="utf-8")
FORMAT = (TOP / "docs" / "format.md").read_text(encoding="utf-8")
TOML_BLOCKS = re.findall(r"```toml\n(.*?)```", FORMAT, flags=re.DOTALL)


@pytest.fixture(autouse=True)
def _docs_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(TOP)
    for name in docs_update.UNSET:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.mark.parametrize(("command", "shown"), EXAMPLES)
def test_example_prints_what_it_shows(command: str, shown: str) -> None:
    """The example's command prints exactly what the docs show (its first lines where they end in …)."""
    printed = docs_update.output(command)
    if shown.endswith("…\n"):
        head = shown.removesuffix("…\n")
        assert printed.startswith(head), command
        assert len(printed) > len(head), f"{command}: prints no more than shown; drop the …"
    else:
        assert printed == shown, command


def test_there_are_examples_in_every_doc_that_has_commands() -> None:
    """README and docs/commands.md each hold console examples, so the test above tests something."""
    files = {param.id.split(":")[0] for param in EXAMPLES}  # type: ignore[union-attr]
    assert {"README.md", "commands.md", "extract.md"} <= files


def test_the_readme_python_example_runs() -> None:
    """The README's Python block runs against the bundled data and prints its two lines."""
    (code,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    first, chain = out.getvalue().splitlines()
    assert re.fullmatch(r"\d+ GDP targets of the 13 cities; \d+ met", first)
    assert chain == "中华人民共和国 +5%左右 → 江苏省 +5%左右 → 常州市 +5.5% → 金坛区 +8%"


def test_the_python_docs_run() -> None:
    """Every ``>>>`` example of docs/python.md gives what it shows (doctest)."""
    failed, tried = doctest.testfile(str(TOP / "docs" / "python.md"), module_relative=False, verbose=False)
    assert tried > 10
    assert failed == 0


def test_the_readme_starts_with_the_two_commands() -> None:
    """The first two shell blocks install and run the main job, then the tests as .ci/run does."""
    first, second = re.findall(r"```sh\n(.*?)\n```", README, flags=re.DOTALL)[:2]
    assert first.endswith("govtargets show jintan")
    assert second.endswith("python -m pytest")
    assert "pip install '.[test]'" in second
    assert "-m pytest" in (TOP / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_has_a_section() -> None:
    """docs/commands.md has a section, with an example, for each command the CLI has."""
    text = (TOP / "docs" / "commands.md").read_text(encoding="utf-8")
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert f"## `govtargets {name}" in text, name
        assert f"$ govtargets {name}" in text, name


def test_the_readme_is_short() -> None:
    """The README stays a two-minute read: at most 250 lines."""
    assert len(README.splitlines()) <= 250


def test_every_link_to_a_doc_finds_it() -> None:
    """Each relative link in README.md and docs/*.md names a file that exists."""
    for path in docs_update.DOCS:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8")):
            assert (path.parent / target).exists(), f"{path.name}: {target}"


@pytest.mark.parametrize("block", TOML_BLOCKS, ids=[f"toml {n}" for n in range(len(TOML_BLOCKS))])
def test_format_examples_are_toml(block: str) -> None:
    """Every TOML example in docs/format.md parses."""
    tomli.loads(block)


def test_a_complete_format_example_validates(tmp_path: Path) -> None:
    """The examples of docs/format.md that are whole datasets (format = 2) validate beside the bundled data."""
    whole = [block for block in TOML_BLOCKS if block.startswith("format = 2")]
    assert whole
    for n, block in enumerate(whole):
        path = tmp_path / f"example{n}.toml"
        path.write_text(block, encoding="utf-8")
        report = validate_datasets([str(path)])
        assert report["errors"] == 0, report["problems"]
