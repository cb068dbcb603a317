"""Writing the index from several processes at once (index.SharedWriter)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

from govtargets.index.store import IndexWriter, SharedWriter, staged_key

ROW = (7, "north", 2024, "gdp", "", b'{"wording": "x"}')
"""A served outcome, after its rowid."""


def _index(tmp_path: Path) -> str:
    path = str(tmp_path / "index.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        IndexWriter(conn)
    return path


def test_a_worker_writes_once_another_transaction_ends(tmp_path: Path) -> None:
    """A worker's block waits while another connection holds the write lock, and is written
    as soon as that one commits: not refused, not lost."""
    path = _index(tmp_path)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    release.start()
    shared = SharedWriter(path)
    started = time.monotonic()
    shared.serve("outcomes", [ROW])
    assert time.monotonic() - started >= 0.15
    release.join()
    assert other.execute("SELECT rowid, * FROM outcomes").fetchall() == [(*ROW[:-1], ROW[-1].decode())]
    shared.close()
    other.close()


def test_staged_and_served_rows_are_committed_at_once(tmp_path: Path) -> None:
    """What a worker stages or serves is committed before the call returns, so that another
    process sees it and can write next."""
    path = _index(tmp_path)
    shared = SharedWriter(path)
    shared.stage({"sources": [(staged_key(1, 0, 0), "s1", 1, "[]", '{"id": "s1"}')]})
    shared.serve("outcomes", [ROW])
    with contextlib.closing(sqlite3.connect(path, timeout=0)) as other:
        other.execute("BEGIN IMMEDIATE")  # no transaction of the worker's is left open
        assert other.execute("SELECT id, file, raw FROM s_sources").fetchall() == [("s1", 1, '{"id": "s1"}')]
        assert other.execute("SELECT COUNT(*) FROM outcomes").fetchone() == (1,)
    shared.close()
