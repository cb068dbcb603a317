"""Tests of where a dataset is: the bundled data, the user's paths, and the files they hold."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from govtargets.cli.main import cli
from govtargets.dataset import files
from govtargets.dataset.files import (
    bundled_count,
    bundled_data,
    data_files,
    dataset_files,
    env_paths,
    read_bytes,
)
from govtargets.errors import DataError

from .conftest import MINI, Run, govtargets_process


def test_the_bundled_data_is_a_folder_of_files() -> None:
    """data/targets.toml and the region files beside it are read together, in a fixed order."""
    files = dataset_files()
    assert files[0].endswith("targets.toml") or "regions" in files[0]
    assert any(f.endswith(os.path.join("regions", "jiangsu.toml")) for f in files)
    assert bundled_count(files) == len(files) == len(data_files(bundled_data()))


def test_user_paths_follow_the_bundled_data_or_stand_alone(tmp_path: Path) -> None:
    """--data adds files after the bundled ones; --no-bundled leaves those out; a file is read once."""
    both = dataset_files([MINI, MINI])
    assert both[-1] == str(MINI)
    assert bundled_count(both) == len(both) - 1
    assert dataset_files([MINI], bundled=False) == [str(MINI)]
    with pytest.raises(DataError) as caught:
        dataset_files([], bundled=False)
    assert "no data to read" in caught.value.problems[0].message


def test_env_paths_split_on_the_path_separator() -> None:
    """GOVTARGETS_DATA=a:b names two paths; blank parts are ignored."""
    assert env_paths(f"a{os.pathsep}{os.pathsep}b") == ["a", "b"]
    assert env_paths(None) == []


def test_folders_follow_links_and_skip_hidden_files(tmp_path: Path) -> None:
    """A symlinked subfolder is read (once, even if it loops); .hidden.toml is not."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.toml").write_text("format = 2\n", encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / ".hidden.toml").write_text("x", encoding="utf-8")
    (top / "link").symlink_to(real, target_is_directory=True)
    (real / "loop").symlink_to(top, target_is_directory=True)
    files = data_files(top)
    assert [Path(f).name for f in files] == ["a.toml"]


def test_an_empty_folder_and_a_missing_path_are_errors(tmp_path: Path) -> None:
    """Nothing to read is said plainly."""
    for path, message in ((tmp_path, "folder holds no .toml files"), (tmp_path / "nowhere", "cannot read")):
        with pytest.raises(DataError) as caught:
            data_files(path)
        assert message in caught.value.problems[0].message


def test_read_bytes_limits_what_it_reads(tmp_path: Path) -> None:
    """A file larger than the limit is refused; a device that never ends too."""
    path = tmp_path / "big"
    path.write_bytes(b"x" * 100)
    assert read_bytes(str(path), limit=100) == (b"x" * 100, True)
    with pytest.raises(OSError, match="larger than"):
        read_bytes(str(path), limit=10)
    with pytest.raises(OSError, match="a device, not a file"):
        read_bytes("/dev/zero", limit=1 << 20)


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


def test_a_fifo_with_a_writer_is_read_once(tmp_path: Path) -> None:
    """`mkfifo f.toml; cat data.toml > f.toml & govtargets list --data f.toml` never returned:
    now the pipe is read once, like `/dev/fd/N`."""
    fifo = tmp_path / "f.toml"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"cat '{MINI}' > '{fifo}'"])
    try:
        done = govtargets_process("list", "--no-bundled", "--data", str(fifo), "--format", "csv")
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
