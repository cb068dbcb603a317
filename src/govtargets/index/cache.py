"""Where a dataset's compiled index comes from: the cache when it is current, else a fresh build.

A dataset is parsed and validated once; the index built from it is kept in
``$XDG_CACHE_HOME/govtargets`` (else ``~/.cache/govtargets``) and reused while every data file,
and the tool's version, stay as they were. What the cache trusts: a folder that the user owns
and that no one else can write (as ssh checks its own files); any other folder is not used,
and the data is compiled afresh. An index that is missing, stale, truncated, not ours or
unreadable is rebuilt; a lookup or usage error never touches it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
import zlib
from collections.abc import Callable, Sequence
from typing import TypeVar

import orjson

from govtargets.dataset.files import (
    PathLike,
    bundled_count,
    bundled_data,
    dataset_files,
    file_size,
    is_regular,
)
from govtargets.errors import DataError, Problem
from govtargets.index.store import SCHEMA_VERSION, Index, read_only
from govtargets.version import __version__

T = TypeVar("T")

# A file changed this recently may change again within the same tick of the file system's
# clock, leaving its size and times as they were: such data is not cached (see _settled).
_SETTLE_NS = 20_000_000
_SETTLE_COARSE_NS = 2_000_000_000  # file systems that keep whole seconds only
KEEP = 8
"""How many indexes the cache keeps (the most recently used); older ones are removed."""
_STALE_SCRATCH_S = 3600


def cache_dir() -> str | None:
    """The folder that holds compiled indexes, or None where there is no home to keep one in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec: ignore a relative path
        home = os.environ.get("HOME") or ""
        if not os.path.isabs(home) or home == "/":
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "govtargets")


def answer(
    ask: Callable[[Index], T],
    *,
    paths: Sequence[PathLike] = (),
    bundled: bool = True,
    use_cache: bool = True,
) -> T:
    """``ask`` the index of the dataset: the bundled data (unless left out) and ``paths``.

    A cached index that turns out damaged while answering is not trusted: the dataset is compiled
    again and asked again. An error of the question itself (an unknown region) is simply raised.
    """
    files = dataset_files(paths, bundled=bundled)
    where = _cache_path(paths, bundled) if use_cache and all(map(is_regular, files)) else None
    if where is not None:
        cached = _cached(files, where)
        if cached is not None:
            try:
                return ask(cached)
            except _DAMAGE:
                _discard(where)  # compile afresh below
            finally:
                cached.close()
    index = _build(files, where)
    try:
        return ask(index)
    finally:
        index.close()


_DAMAGE = (sqlite3.DatabaseError, orjson.JSONDecodeError)
"""What reading a damaged index raises: never a bad argument's error (a string that SQLite
cannot encode is a ValueError too), which would throw a good index away."""


def open_index(paths: Sequence[PathLike] = (), *, bundled: bool = True, use_cache: bool = True) -> Index:
    """The index of the dataset: cached if current, else compiled now. The caller closes it."""
    files = dataset_files(paths, bundled=bundled)
    where = _cache_path(paths, bundled) if use_cache and all(map(is_regular, files)) else None
    return (_cached(files, where) if where else None) or _build(files, where)


def _cache_path(paths: Sequence[PathLike], bundled: bool) -> str | None:
    # One index per dataset location (not per file list), so that a rebuild replaces it. The
    # bundled data's location is one too: two installations (two virtualenvs, two versions) that
    # shared an index rebuilt it each time the user switched from one to the other.
    folder = cache_dir()
    if folder is None:
        return None
    roots = [os.path.realpath(os.fspath(p)) for p in ([bundled_data()] if bundled else []) + list(paths)]
    where = "\n".join(roots).encode("utf-8", "surrogateescape")
    return os.path.join(folder, f"index-{zlib.crc32(where):08x}.sqlite")


def _stamp(files: list[str]) -> str:
    """What the index was built from; any change to a data file (or to govtargets) changes it."""
    folders: dict[str, str] = {}
    return "\n".join(
        [
            f"govtargets {__version__}",
            f"index schema {SCHEMA_VERSION}",
            *(_file_stamp(f, folders) for f in files),
        ]
    )


def _file_stamp(path: str, folders: dict[str, str] | None = None) -> str:
    """What a data file is now: where, how long, when changed (and which file on which disk).
    ``folders`` keeps each folder's resolved path: resolving every file's path anew took a system
    call per folder of each path, a tenth of a warm query's time."""
    st = os.stat(path)
    folder, name = os.path.split(path)
    if folders is None:
        folders = {}
    if folder not in folders:
        folders[folder] = os.path.realpath(folder)
    where = os.path.join(folders[folder], name)
    return f"{where} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}"


def _trusted(path: str) -> bool:
    """Whether a cache file or folder is the user's own and no one else can write it."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    own = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return own and not (info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)) and not stat.S_ISLNK(info.st_mode)


def _cached(files: list[str], where: str) -> Index | None:
    """The cached index, if there is one, we trust it, it is whole, and it was built from these very files."""
    if not (_trusted(os.path.dirname(where)) and _trusted(where)):
        return None
    try:
        stamp = _stamp(files)
        # Immutable: a cached index is replaced, never changed, so it is read without locking.
        conn = read_only(where, immutable=True)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        # A truncated file still opens: its header says how long it should be.
        if meta.get("stamp") == stamp and pages * page_size == os.path.getsize(where):
            with contextlib.suppress(OSError):
                os.utime(where)  # most recently used, so that the clean-up keeps it
            return Index(conn)
    except (OSError, sqlite3.Error):
        pass
    conn.close()
    return None


def _build(files: list[str], where: str | None) -> Index:
    """Compile the dataset; keep the index in the cache when allowed and possible."""
    stamp = _stamp(files) if where else ""
    if where is not None and _settled(files) and _own_folder(os.path.dirname(where)):
        scratch = ""
        try:
            scratch = _scratch_file(where)
            conn = sqlite3.connect(scratch)
        except (OSError, sqlite3.Error):
            if scratch:
                _discard(scratch)  # no cache to write to: compile in memory
        else:
            alone = _bundled_alone(files)
            previous = where if _trusted(where) else alone
            try:
                if not _seeded(files, conn, stamp):
                    _compile(files, conn, stamp, keep=True, previous=previous, served=alone)
                conn.close()
                os.chmod(scratch, 0o600)
                # Atomic: a reader sees the old index or the new one, and of two processes
                # building at once the second simply replaces the first's equal index.
                os.replace(scratch, where)
            except (OSError, sqlite3.Error):
                conn.close()
                _discard(scratch)  # a full or read-only disk: compile in memory instead
            except BaseException:  # errors in the data, Ctrl-C: leave no scratch file
                conn.close()
                _discard(scratch)
                raise
            else:
                _tidy(os.path.dirname(where), keep=where)
                cached = _cached(files, where)
                if cached is not None:
                    return cached
    conn = _scratch_database(files)
    _compile(files, conn, stamp)
    return Index(conn)


def _scratch_file(where: str) -> str:
    """A new, empty scratch file beside ``where``, this writer's alone: two threads of one process
    building the same dataset at once must never write into one file. Its name starts with the
    index's name and the process id, so that the clean-up knows whether its writer still runs."""
    import tempfile

    folder, name = os.path.split(where)
    handle, path = tempfile.mkstemp(dir=folder, prefix=f"{name}.{os.getpid()}.", suffix=".tmp")
    os.close(handle)
    return path


_IN_MEMORY_BYTES = 8_000_000
"""Data up to this size is compiled in memory when it cannot be cached; more, in a temporary file."""


def _scratch_database(files: list[str]) -> sqlite3.Connection:
    """A database for an index that is not kept: in memory for small data; for large data, in a
    temporary file (removed at once, so nothing is left behind), so that memory stays bounded."""
    if sum(map(file_size, files)) <= _IN_MEMORY_BYTES:
        return sqlite3.connect(":memory:")
    import tempfile

    handle, path = tempfile.mkstemp(prefix="govtargets-", suffix=".sqlite")
    os.close(handle)
    conn = sqlite3.connect(path)
    with contextlib.suppress(OSError):
        os.unlink(path)  # the open database lives on; where it cannot be removed, it is left to the OS
    return conn


SHIPPED = "index.sqlite"
"""The bundled data's index, compiled when the wheel is built (hatch_build.py) and shipped beside
the data: the first command after installing copies it into the cache rather than compiling the
data (see benchmarks/RESULTS.md, "first run")."""


def content_key(files: Sequence[str]) -> str:
    """What the bundled files hold, byte for byte, and which govtargets would read them."""
    import hashlib  # only on the first run and when a wheel is built: 3 ms of every warm query

    digest = hashlib.sha256(f"govtargets {__version__} index schema {SCHEMA_VERSION}".encode())
    top = os.path.realpath(bundled_data())
    for path in files:
        with open(path, "rb") as handle:
            data = handle.read()
        name = os.path.relpath(os.path.realpath(path), top).replace(os.sep, "/")
        digest.update(f"\n{name} {len(data)}\n".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()


def compile_shipped(out: str) -> None:
    """Compile the bundled data into ``out``, marked with what it was compiled from (for the wheel)."""
    files = dataset_files()
    conn = sqlite3.connect(out)
    try:
        _compile(files, conn, "", extra={"content": content_key(files)})
    finally:
        conn.close()


def _bundled_alone(files: list[str]) -> str | None:
    """For a dataset that adds a user's files to the bundled data: the bundled data's own index
    (cached, or copied now from the shipped one), from which a first build takes the bundled
    files as staged, so that it reads only the user's files, and any build the bundled rows as
    served, where the user's files leave them as they are. Without it, the first command on one
    small file of a user's read the bundled data's 797 reports again and served all 8,628 of
    their targets anew, as did each command after an edit of the file. farm-bench, an installed
    wheel against the one before, paired runs at load 7: the first command 0.37x the wall time
    (0.33x the CPU), a command after an edit 0.61x (0.57x)."""
    n = bundled_count(files)
    alone = _cache_path((), True)
    if not 0 < n < len(files) or alone is None:
        return None
    index = _cached(files[:n], alone)
    if index is None and _shipped(files[:n]) is not None:
        index = _build(files[:n], alone)  # a copy of the shipped index: milliseconds
    if index is None:
        return None
    index.close()
    return alone if _trusted(alone) else None


def check(files: list[str], *, use_cache: bool = True) -> list[Problem]:
    """Every problem of ``files``, compiled in memory (the index is not kept), in reading order.
    Where the bundled data's own index holds them and found no problem in them, the bundled
    files are taken from it, as staged and as served (``_bundled_alone``): only a user's files
    are read and served. ``govtargets validate mine.toml`` read the bundled data whole each time:
    now 0.32x the wall time, 0.30x the CPU (farm-bench, an installed wheel against the one before,
    8 paired runs at load 7)."""
    from govtargets.index.build import compile_dataset

    alone = None
    n = bundled_count(files)
    folder = cache_dir() if use_cache else None
    if 0 < n < len(files) and folder and _own_folder(folder) and _settled(files[:n]):
        alone = _bundled_alone(files)
    if alone is not None and _meta(alone).get("warnings") != "0":
        alone = None
    stamps = [_staged_stamp(f) for f in files] if alone else ()
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        return compile_dataset(files, conn, bundled=n, stamps=stamps, previous=alone, served=alone)


def _meta(path: str) -> dict[str, str]:
    """An index's ``meta`` table (empty where it cannot be read)."""
    try:
        conn = read_only(path, immutable=True)
    except (OSError, sqlite3.Error):
        return {}
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def _shipped(files: list[str]) -> str | None:
    """The shipped index, if the dataset is the bundled data as it was compiled from."""
    shipped = os.path.join(bundled_data(), SHIPPED)
    if bundled_count(files) != len(files) or not os.path.isfile(shipped):
        return None
    return shipped if _meta(shipped).get("content") == content_key(files) else None


def _seeded(files: list[str], conn: sqlite3.Connection, stamp: str) -> bool:
    """Fill ``conn`` from the shipped index when the dataset is the bundled data as shipped."""
    shipped = _shipped(files)
    if shipped is None:
        return False
    try:
        source = read_only(shipped, immutable=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        source.backup(conn)
    except (OSError, sqlite3.Error):
        return False
    finally:
        source.close()
    conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
    conn.execute("DELETE FROM meta WHERE key = 'content'")
    conn.executemany(
        "UPDATE files SET path = ?, stamp = ? WHERE no = ?",
        ((f, _staged_stamp(f), no) for no, f in enumerate(files)),
    )
    conn.commit()
    return True


def _staged_stamp(path: str) -> str:
    # A file's records are staged the same way as long as govtargets and the index are the same.
    return f"{__version__} {SCHEMA_VERSION} {_file_stamp(path)}"


def _compile(
    files: list[str],
    conn: sqlite3.Connection,
    stamp: str,
    *,
    keep: bool = False,
    previous: str | None = None,
    served: str | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    """Compile into ``conn``; an index to ``keep`` records each file's stamp, so that the next
    build can take the files that did not change from it (as this one does from ``previous``)."""
    from govtargets.index.build import compile_dataset, errors

    stamps = [_staged_stamp(f) for f in files] if keep else ()
    problems = compile_dataset(
        files,
        conn,
        bundled=bundled_count(files),
        meta={"stamp": stamp, "version": __version__, **(extra or {})},
        stamps=stamps,
        previous=previous,
        served=served,
    )
    if failed := errors(problems):  # warnings are for `govtargets validate`
        raise DataError(failed, bundled=bundled_count(files) > 0)


def _own_folder(folder: str) -> bool:
    """Make the cache folder if need be (only the user may enter it); whether we may write there."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return False
    return _trusted(folder)


def _tidy(folder: str, *, keep: str) -> None:
    """Remove scratch files that no running build owns, and all but the KEEP newest indexes."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    now = time.time()
    indexes = []
    for name in names:
        path = os.path.join(folder, name)
        if not name.startswith("index-"):
            continue
        try:
            age = now - os.stat(path).st_mtime
        except OSError:
            continue
        if name.endswith(".tmp"):
            # index-<crc>.sqlite.<pid>.<random>.tmp (or, from older versions, no random part)
            parts = name.split(".")
            pid = parts[2] if len(parts) >= 4 else ""
            if age > _STALE_SCRATCH_S or (pid.isascii() and pid.isdigit() and not _alive(int(pid))):
                _discard(path)
        elif name.endswith(".sqlite") and path != keep:
            indexes.append((age, path))
    for _, path in sorted(indexes)[KEEP - 1 :]:
        _discard(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or no permission to ask: assume alive
        return True
    return True


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
