"""Tests of the cache of compiled indexes: reused when current, and never a different answer."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govtargets import cache
from govtargets.cache import answer, cache_dir
from govtargets.index import Index
from govtargets.queries import show_region
from govtargets.render import render

from .conftest import MINI


def _show(data: Path, *, use_cache: bool = True) -> str:
    result = answer(lambda index: show_region(index, region="north"), data=data, use_cache=use_cache)
    return render(result, shape="RegionReport", fmt="json")


def _settle(path: Path) -> None:
    # Data written a moment ago is not cached (see cache._settled); these tests want it cached.
    past = time.time() - 10
    os.utime(path, (past, past))
    time.sleep(0.03)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the test dataset, old enough to be cached."""
    path = tmp_path / "data" / "mini.toml"
    path.parent.mkdir()
    shutil.copy(MINI, path)
    _settle(path)
    return path


@pytest.fixture
def expected(data: Path) -> str:
    """The answer compiled afresh, without the cache."""
    return _show(data, use_cache=False)


def _cache_files() -> list[Path]:
    return sorted(Path(cache_dir()).glob("index-*.sqlite"))


def test_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The cache lives in $XDG_CACHE_HOME/govtargets, else ~/.cache/govtargets; a relative XDG is ignored."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == str(tmp_path / "xdg" / "govtargets")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert cache_dir() == str(tmp_path / "home" / ".cache" / "govtargets")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == str(tmp_path / "home" / ".cache" / "govtargets")


def test_first_query_writes_the_cache_and_the_second_reads_it(data: Path, expected: str) -> None:
    """One index file is written, and the next query is answered from it with the same output."""
    assert _cache_files() == [] or all(f.stat().st_size > 0 for f in _cache_files())
    before = set(_cache_files())
    assert _show(data) == expected
    written = set(_cache_files()) - before
    assert len(written) == 1
    (index_file,) = written
    stamp = index_file.stat().st_mtime_ns
    assert _show(data) == expected
    assert index_file.stat().st_mtime_ns == stamp  # read, not rebuilt


def test_no_cache_writes_nothing(data: Path, expected: str) -> None:
    """--no-cache compiles in memory and leaves the cache folder alone."""
    before = _cache_files()
    assert _show(data, use_cache=False) == expected
    assert _cache_files() == before


def test_a_changed_file_is_compiled_again(data: Path) -> None:
    """Changing a figure, even keeping the file's size, gives the new figure."""
    _show(data)
    text = data.read_text("utf-8")
    assert "value = 7\n" in text
    data.write_text(text.replace("value = 7\n", "value = 9\n", 1), "utf-8")
    _settle(data)
    assert '"value": 9,' in _show(data)


def test_a_new_file_in_the_folder_is_seen(data: Path) -> None:
    """Adding a file to a dataset folder makes a different dataset."""
    folder = data.parent
    answer(lambda index: None, data=folder)
    extra = folder / "extra.toml"
    extra.write_text('[[indicators]]\nkey = "extra"\nname_zh = "额外"\nname_en = "Extra"\n', "utf-8")
    _settle(extra)
    keys = answer(lambda index: [row["key"] for row in index.indicators()], data=folder)
    assert "extra" in keys


def test_a_new_version_of_govtargets_compiles_again(
    data: Path, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index built by another version is not used."""
    _show(data)
    (index_file,) = [f for f in _cache_files() if f.name == Path(cache._cache_path([str(data)])).name]
    built = index_file.stat().st_mtime_ns
    monkeypatch.setattr(cache, "__version__", "999.0")
    time.sleep(0.01)
    assert _show(data) == expected
    assert index_file.stat().st_mtime_ns != built


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "foreign", "stale stamp", "bad record", "no table"],
)
def test_a_damaged_cache_gives_the_same_answer(data: Path, expected: str, damage: str) -> None:
    """Whatever is wrong with the cached index, the answer is compiled afresh, and the cache mended."""
    _show(data)
    index_file = Path(cache._cache_path([str(data)]))
    if damage == "garbage":
        index_file.write_bytes(os.urandom(5000))
    elif damage == "truncated":
        with open(index_file, "r+b") as f:
            f.truncate(index_file.stat().st_size // 2)
    elif damage == "empty":
        index_file.write_bytes(b"")
    elif damage == "foreign":
        index_file.unlink()
        with sqlite3.connect(index_file) as other:
            other.execute("CREATE TABLE meta (key TEXT, value TEXT)")
            other.execute("INSERT INTO meta VALUES ('stamp', 'somebody else')")
        other.close()
    else:
        with sqlite3.connect(index_file) as conn:
            if damage == "stale stamp":
                conn.execute("UPDATE meta SET value = 'old' WHERE key = 'stamp'")
            elif damage == "bad record":  # the stamp still matches: the failure comes mid-query
                conn.execute("UPDATE targets SET record = '{not json'")
            else:
                conn.execute("DROP TABLE targets")
        conn.close()
    assert _show(data) == expected
    assert _show(data) == expected
    with sqlite3.connect(index_file) as conn:
        assert conn.execute("SELECT COUNT(*) FROM targets").fetchone()[0] == 7
    conn.close()


def test_an_unwritable_cache_still_answers(
    data: Path, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A cache folder that cannot be made (its parent is a file) means no cache, not an error."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert _show(data) == expected
    assert blocker.read_text("utf-8") == ""


def test_data_changed_a_moment_ago_is_not_cached(
    data: Path, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed within the clock's resolution may change again unseen: it is not cached yet."""
    monkeypatch.setattr(cache, "_SETTLE_NS", 10**12)  # everything counts as just changed
    before = _cache_files()
    assert _show(data) == expected
    assert _cache_files() == before
    monkeypatch.setattr(cache, "_SETTLE_NS", 0)
    assert _show(data) == expected
    assert len(_cache_files()) == len(before) + 1


def test_open_index_answers_from_the_cache(data: Path) -> None:
    """open_index gives a working index whether or not it was cached."""
    first = cache.open_index(data)
    second = cache.open_index(data)
    assert isinstance(second, Index)
    assert [r["id"] for r in first.regions()] == [r["id"] for r in second.regions()] == ["north", "south"]


def test_processes_building_at_once_agree(tmp_path: Path) -> None:
    """Four processes compiling the same new dataset at once all give the same, right answer."""
    data = tmp_path / "data.toml"
    shutil.copy(MINI, data)
    _settle(data)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "GOVTARGETS_DATA": str(data)}
    argv = [sys.executable, "-m", "govtargets", "show", "north", "--json"]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, env=env) for _ in range(4)]
    outputs = [proc.communicate()[0] for proc in procs]
    fresh = subprocess.run([*argv, "--no-cache"], capture_output=True, env=env, check=True).stdout
    assert [proc.returncode for proc in procs] == [0, 0, 0, 0]
    assert outputs == [fresh] * 4
    assert [p.name for p in (tmp_path / "cache" / "govtargets").iterdir() if p.suffix == ".tmp"] == []


def test_a_cached_query_imports_no_parser_validator_or_rich(data: Path) -> None:
    """Answering from the cache loads neither tomli, pydantic nor rich: that is what makes it fast."""
    _show(data)
    code = (
        "import sys, io, contextlib\n"
        "from govtargets.cli import cli\n"
        "with contextlib.suppress(SystemExit):\n"
        f"    cli.main(['show', 'north', '--json', '--data', {str(data)!r}], prog_name='govtargets')\n"
        "print(sorted(m for m in ('tomli', 'pydantic', 'rich', 'govtargets.load') if m in sys.modules),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=os.environ, check=True)
    assert result.stderr.decode().strip() == "[]"
