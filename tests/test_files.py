"""Tests of where a dataset is: the bundled data, the user's paths, and the files they hold."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from govtargets.dataset.files import (
    bundled_count,
    bundled_data,
    data_files,
    dataset_files,
    env_paths,
    read_bytes,
)
from govtargets.errors import DataError

from .conftest import MINI


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
