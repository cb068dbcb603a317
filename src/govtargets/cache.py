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
from typing import TypeVar

from govtargets import __version__
from govtargets.errors import DataError, Problem
from govtargets.index import SCHEMA_VERSION, Index

T = TypeVar("T")
PathLike = str | os.PathLike[str]
# Paths are plain strings here: pathlib costs a query more to import than it saves.

# A file changed this recently may change again within the same tick of the file system's
# clock, leaving its size and times as they were: such data is not cached (see _settled).
_SETTLE_NS = 20_000_000
_SETTLE_COARSE_NS = 2_000_000_000  # file systems that keep whole seconds only


def bundled_data() -> str:
    """The dataset that ships with govtargets."""
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "data", "targets.toml")
    if os.path.isfile(packaged):
        return packaged
    # A source checkout or an editable install: the dataset sits at the project's top.
    return os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(here))), "data", "targets.toml")


def data_files(path: PathLike) -> list[str]:
    """The TOML files of a dataset: the file itself, or every ``*.toml`` under a folder."""
    path = os.fspath(path)
    if not os.path.isdir(path):
        return [path]
    files = [
        os.path.join(folder, name)
        for folder, _, names in os.walk(path)
        for name in names
        if name.endswith(".toml") and os.path.isfile(os.path.join(folder, name))
    ]
    if not files:
        raise DataError([Problem(file=path, message="folder holds no .toml files")])
    return sorted(files, key=lambda f: f.split(os.sep))


def cache_dir() -> str:
    """The folder that holds compiled indexes."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec: ignore a relative path
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "govtargets")


def answer(ask: Callable[[Index], T], *, data: PathLike | None, use_cache: bool = True) -> T:
    """``ask`` the index of the dataset at ``data`` (the bundled one by default).

    A cached index that fails while answering is not trusted: the dataset is compiled again
    and asked again, so a damaged cache can cost time but never change an answer.
    """
    files = data_files(data or bundled_data())
    use_cache = use_cache and os.path.isabs(_cache_path(files))  # no home folder: no cache
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


def open_index(data: PathLike | None = None, *, use_cache: bool = True) -> Index:
    """The index of the dataset at ``data``: cached if current, else compiled now."""
    files = data_files(data or bundled_data())
    use_cache = use_cache and os.path.isabs(_cache_path(files))
    return (_cached(files) if use_cache else None) or _build(files, use_cache=use_cache)


def _cache_path(files: list[str]) -> str:
    # One cache file per dataset location, so that a rebuild replaces the stale index.
    where = "\n".join(os.path.realpath(f) for f in files).encode("utf-8", "surrogateescape")
    return os.path.join(cache_dir(), f"index-{zlib.crc32(where):08x}.sqlite")


def _stamp(files: list[str]) -> str:
    """What the index was built from; any change to a data file (or to govtargets) changes it."""
    lines = [f"govtargets {__version__}", f"index schema {SCHEMA_VERSION}"]
    for f in files:
        st = os.stat(f)
        where = os.path.realpath(f)
        lines.append(f"{where} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}")
    return "\n".join(lines)


def _uri(path: str) -> str:
    # SQLite's read-only, immutable mode: the file is replaced, never changed, so no locking.
    quoted = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?mode=ro&immutable=1"


def _cached(files: list[str]) -> Index | None:
    """The cached index, if there is one, it is whole, and it was built from these very files."""
    where = _cache_path(files)
    try:
        stamp = _stamp(files)
        conn = sqlite3.connect(_uri(where), uri=True)
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


def _build(files: list[str], *, use_cache: bool) -> Index:
    """Compile the dataset; keep the index in the cache when allowed and possible."""
    stamp = _stamp(files)
    where = _cache_path(files)
    if use_cache and _settled(files):
        scratch = f"{where}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(where), exist_ok=True)
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


def _compile(files: list[str], conn: sqlite3.Connection, stamp: str) -> None:
    from govtargets.index import IndexWriter
    from govtargets.load import compile_dataset, errors

    writer = IndexWriter(conn)
    problems = errors(compile_dataset(files, writer))  # warnings are for `govtargets validate`
    if problems:
        raise DataError(problems)
    writer.finish({"stamp": stamp})


def _settled(files: list[str]) -> bool:
    """Whether no data file changed so recently that it could change again unseen."""
    now = time.time_ns()
    for f in files:
        changed = os.stat(f).st_ctime_ns
        coarse = changed % 1_000_000_000 == 0
        if now - changed < (_SETTLE_COARSE_NS if coarse else _SETTLE_NS):
            return False
    return True


def _discard(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
