"""Tests of validate: what it counts and warns of in the user's files (the cases of issue 25)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ECHENG, ECHENG_2023, Run, dataset_text

ONE_REGION = dataset_text(("regions", {**ECHENG, "parent": "420000"}))


def test_validate_counts_the_users_files_and_says_the_bundled_data_was_read_beside_them(
    tmp_path: Path, run: Run
) -> None:
    """validate one.toml is "in 1 file, read beside the bundled data (N files)", not "in 47 files"."""
    path = tmp_path / "one.toml"
    path.write_text(ONE_REGION, encoding="utf-8")
    result = run("validate", str(path), data=None)
    assert result.exit_code == 0, result.stdout
    report = json.loads(run("validate", str(path), "--json", data=None).stdout)
    bundled = report["bundled_files"]
    assert (report["files"], bundled > 1) == (1, True)
    assert (
        result.stdout
        == f"0 errors and 0 warnings in 1 file, read beside the bundled data ({bundled} files): valid\n"
    )
    path.write_text(dataset_text(("regions", ECHENG)), encoding="utf-8")
    alone = run("validate", "--no-bundled", str(path), data=None)
    assert alone.stdout.splitlines()[-1] == "0 errors and 0 warnings in 1 file: valid"
    assert run("validate", data=None).stdout == (
        f"0 errors and 0 warnings in the bundled data ({bundled} files): valid\n"
    )


def test_an_empty_file_holds_no_records(tmp_path: Path, run: Run) -> None:
    """An empty file (or one of only comments, or only its format line) is a warning that it holds
    no records, never "a format 1 dataset"."""
    for text in ("", "# to be written\n", "format = 2\n"):
        path = tmp_path / "empty.toml"
        path.write_text(text, encoding="utf-8")
        result = run("validate", str(path), data=None)
        assert result.exit_code == 0
        assert result.stdout.splitlines()[0] == f"{path}: warning: the file holds no records"
        assert "format 1" not in result.stdout


def test_an_indicator_no_file_defines_says_how_to_define_one(tmp_path: Path, run: Run) -> None:
    """A key neither the catalogue nor the file has (人口出生率, birth_rate, in 合肥市 2006) is an
    error whose "did you mean" fits a misspelt key only; the summary says how to define a new one
    (h85 was offered 'poverty_rate'). Read without the bundled data, the summary is as it was."""
    report = {"region": "echeng", "year": 2023, "source": "echeng-2023"}
    target = {
        "indicator": "birth_rate",
        "kind": "level",
        "value": 12,
        "unit": "‰",
        "wording": "人口出生率控制在12‰",
    }
    path = tmp_path / "one.toml"
    text = dataset_text(
        ("sources", ECHENG_2023), ("regions", ECHENG), ("reports", report), ("reports.targets", target)
    )
    path.write_text(text, encoding="utf-8")
    result = run("validate", str(path), data=None)
    assert result.exit_code == 1
    bundled = json.loads(run("validate", str(path), "--json", data=None).stdout)["bundled_files"]
    assert result.stdout.splitlines()[-1] == (
        f"1 error and 0 warnings in 1 file, read beside the bundled data ({bundled} files); an indicator the"
        " catalogue lacks is defined in your file, as an [[indicators]] table with key, name_zh and name_en"
        " (docs/format.md, Indicators)"
    )
