"""Tests of ``govtargets plot``: figures rendered to SVG, their marks found by id, sources in the caption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import Run

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


def test_rank_marks_each_region(run: Run, tmp_path: Path) -> None:
    """A bar per ranked region, a dot where its result is known."""
    path = tmp_path / "r.svg"
    assert run("plot", "rank", "gdp", "--year", "2023", "--output", str(path)).exit_code == 0
    ids = _ids(path)
    assert {i for i in ids if i.startswith("target-")} == {"target-north", "target-south", "target-testville"}
    assert ids >= {"result-north"}


def test_chain_marks_each_level(run: Run, tmp_path: Path) -> None:
    """A mark per level of the chain, from the top down to the region."""
    path = tmp_path / "c.svg"
    assert run("plot", "chain", "north", "gdp", "--year", "2023", "--output", str(path)).exit_code == 0
    assert {i for i in _ids(path) if i.startswith("link-")} >= {"link-north"}


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
