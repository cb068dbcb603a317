"""Where a dataset's compiled index comes from: the cache when it is current, else a fresh build.

This is the one module that knows about the cache. A dataset is parsed and validated once;
the index built from it is kept in ``$XDG_CACHE_HOME/govtargets`` (else ``~/.cache/govtargets``)
and reused while every data file, and the tool's version, stay as they were. Whatever is wrong
with a cached index (missing, stale, truncated, not ours, unreadable, or failing mid-query),
the answer is the same: the dataset is compiled again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from govtargets import __version__
from govtargets.errors import DataError, Problem
from govtargets.index import SCHEMA_VERSION, Index

T = TypeVar("T")

# A file changed this recently may change again within the same tick of the file system's
# clock, leaving its size and times as they were: such data is not cached (see _settled).
_SETTLE_NS = 20_000_000
_SETTLE_COARSE_NS = 2_000_000_000  # file systems that keep whole seconds only


def bundled_data() -> Path:
    """The dataset that ships with govtargets."""
    packaged = Path(__file__).parent / "data" / "targets.toml"
    if packaged.is_file():
        return packaged
    # A source checkout or an editable install: the dataset sits at the project's top.
    return Path(__file__).resolve().parents[2] / "data" / "targets.toml"


def data_files(path: Path) -> list[Path]:
    """The TOML files of a dataset: the file itself, or every ``*.toml`` under a folder."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.toml") if p.is_file())
        if not files:
            raise DataError([Problem(file=str(path), message="folder holds no .toml files")])
        return files
    return [path]


def cache_dir() -> Path:
    """The folder that holds compiled indexes."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec: ignore a relative path
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govtargets"


def answer(ask: Callable[[Index], T], *, data: Path | None, use_cache: bool = True) -> T:
    """``ask`` the index of the dataset at ``data`` (the bundled one by default).

    A cached index that fails while answering is not trusted: the dataset is compiled again
    and asked again, so a damaged cache can cost time but never change an answer.
    """
    files = data_files(data or bundled_data())
    use_cache = use_cache and _cache_path(files).is_absolute()  # no home folder: no cache
    if use_cache:
        cached = _cached(files)
        if cached is not None:
            try:
                return ask(cached)
            except DataError:
                raise
            except Exception:  # a damaged cache can fail in any way: compile afresh below
                _discard(_cache_path(files))
            finally:
                cached.conn.close()
    index = _build(files, use_cache=use_cache)
    try:
        return ask(index)
    finally:
        index.conn.close()


def open_index(data: Path | None = None, *, use_cache: bool = True) -> Index:
    """The index of the dataset at ``data``: cached if current, else compiled now."""
    files = data_files(data or bundled_data())
    use_cache = use_cache and _cache_path(files).is_absolute()
    return (_cached(files) if use_cache else None) or _build(files, use_cache=use_cache)


def _cache_path(files: list[Path]) -> Path:
    # One cache file per dataset location, so that a rebuild replaces the stale index.
    where = "\n".join(str(f.resolve()) for f in files)
    return cache_dir() / f"index-{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}.sqlite"


def _stamp(files: list[Path]) -> str:
    """What the index was built from; any change to a data file (or to govtargets) changes it."""
    lines = [f"govtargets {__version__}", f"index schema {SCHEMA_VERSION}"]
    for f in files:
        st = f.stat()
        lines.append(f"{f.resolve()} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}")
    return "\n".join(lines)


def _cached(files: list[Path]) -> Index | None:
    """The cached index, if there is one, it is whole, and it was built from these very files."""
    where = _cache_path(files)
    try:
        stamp = _stamp(files)
        conn = sqlite3.connect(f"{where.as_uri()}?mode=ro&immutable=1", uri=True)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        # A truncated file still opens: its header says how long it should be.
        if meta.get("stamp") == stamp and pages * page_size == os.path.getsize(where):
            return Index(conn)
    except (OSError, sqlite3.Error):
        pass
    conn.close()
    return None


def _build(files: list[Path], *, use_cache: bool) -> Index:
    """Compile the dataset; keep the index in the cache when allowed and possible."""
    stamp = _stamp(files)
    where = _cache_path(files)
    if use_cache and _settled(files):
        scratch = where.with_name(f"{where.name}.{os.getpid()}.tmp")
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(scratch)
        except (OSError, sqlite3.Error):
            pass  # no cache to write to: compile in memory
        else:
            try:
                _compile(files, conn, stamp)
                conn.close()
                # Atomic: a reader sees the old index or the new one, and of two processes
                # building at once the second simply replaces the first's equal index.
                os.replace(scratch, where)
            except DataError:
                conn.close()
                _discard(scratch)
                raise
            except (OSError, sqlite3.Error):
                conn.close()
                _discard(scratch)  # a full or read-only disk: compile in memory instead
            else:
                cached = _cached(files)
                if cached is not None:
                    return cached
    conn = sqlite3.connect(":memory:")
    _compile(files, conn, stamp)
    return Index(conn)


def _compile(files: list[Path], conn: sqlite3.Connection, stamp: str) -> None:
    from govtargets.index import IndexWriter
    from govtargets.load import compile_dataset

    writer = IndexWriter(conn)
    compile_dataset(files, writer)
    writer.finish({"stamp": stamp})


def _settled(files: list[Path]) -> bool:
    """Whether no data file changed so recently that it could change again unseen."""
    now = time.time_ns()
    for f in files:
        changed = f.stat().st_ctime_ns
        coarse = changed % 1_000_000_000 == 0
        if now - changed < (_SETTLE_COARSE_NS if coarse else _SETTLE_NS):
            return False
    return True


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
