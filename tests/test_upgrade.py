"""Tests of format 1 datasets: read as format 2, and rewritten by govtargets upgrade."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import tomli

from govtargets.dataset.upgrade import is_format_1, upgrade

from .conftest import DATA, Run, govtargets_process


def test_format_1_records_in_their_new_shape() -> None:
    """amount and count become level; qualifiers become lists or goals; actuals become outcomes."""
    raw = tomli.loads((DATA / "format1.toml").read_text(encoding="utf-8"))
    assert is_format_1(raw)
    new = upgrade(raw)
    kinds = {t["kind"] for r in new["reports"] for t in r["targets"]}
    assert kinds <= {"growth", "level", "relative", "qualitative"}
    assert not any("qualifier" in t or "actual" in t for r in new["reports"] for t in r["targets"])
    assert new["outcomes"]


def test_upgrade_command_prints_and_rewrites(tmp_path: Path, run: Run) -> None:
    """upgrade prints format 2; --write rewrites the file and keeps the original beside it."""
    path = tmp_path / "old.toml"
    shutil.copy(DATA / "format1.toml", path)
    printed = run("upgrade", str(path))
    assert printed.exit_code == 0
    assert "format = 2" in printed.stdout
    rewritten = run("upgrade", str(path), "--write")
    assert (rewritten.exit_code, rewritten.stdout) == (0, "")
    assert (tmp_path / "old.toml.format1").read_text(encoding="utf-8") == (DATA / "format1.toml").read_text(
        encoding="utf-8"
    )
    again = run("upgrade", str(path))
    assert again.exit_code == 1
    assert "already format 2" in again.stderr
    assert run("validate", "--no-bundled", str(path), data=None).exit_code == 0


def test_upgrade_reads_with_limits(tmp_path: Path) -> None:
    """`upgrade /dev/zero` read until memory ran out, and `upgrade` of a FIFO with no writer hung:
    now a device is refused, and such a FIFO reads as an empty file does."""
    done = govtargets_process("upgrade", "/dev/zero")
    assert (done.returncode, done.stdout) == (1, b"")
    assert (
        done.stderr.splitlines()[0]
        == b"/dev/zero: cannot read it: a device, not a file (is it a device such as /dev/zero?)"
    )
    fifo, empty = tmp_path / "f.toml", tmp_path / "e.toml"
    os.mkfifo(fifo)
    empty.write_bytes(b"")
    assert govtargets_process("upgrade", str(fifo)).stdout == govtargets_process("upgrade", str(empty)).stdout


def test_an_actual_that_format_1_cannot_read_is_reported_not_dropped() -> None:
    """A target's actual that is not a table stays on the target, and an actual table's other
    fields go to its outcome as they are, so that validation reports a misspelt or stray one."""
    raw = {
        "reports": [
            {
                "region": "r",
                "year": 2022,
                "targets": [
                    {"indicator": "gdp", "kind": "growth", "value": 6, "actual": 5},
                    {
                        "indicator": "tax",
                        "kind": "growth",
                        "value": 6,
                        "actual": {"growth": 5, "wurding": "x"},
                    },
                ],
            }
        ]
    }
    new = upgrade(raw)
    assert [t.get("actual") for t in new["reports"][0]["targets"]] == [5, None]
    assert new["outcomes"] == [{"region": "r", "year": 2022, "indicator": "tax", "growth": 5, "wurding": "x"}]
