"""The ordered map over forked workers (workers.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govtargets import workers


def _double(n: int) -> int:
    return 2 * n


def _counted(n: int, taken: list[int]) -> Iterator[int]:
    for item in range(n):
        taken.append(item)
        yield item


def test_results_come_in_the_items_order() -> None:
    """In workers or not, the results are the plain map's, in its order."""
    for parallel in (False, True):
        assert list(workers.ordered_map(_double, range(20), parallel=parallel)) == [2 * n for n in range(20)]


def test_at_most_two_tasks_a_worker_are_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """By the first result, only two items a worker have been taken from the items: the rest
    wait until results are taken, so that neither side piles up in memory."""
    monkeypatch.setattr(workers, "cpus", lambda: 2)
    taken: list[int] = []
    results = workers.ordered_map(_double, _counted(20, taken), parallel=True)
    assert next(results) == 0
    assert len(taken) == 8  # four workers for two CPUs
    assert list(results) == [2 * n for n in range(1, 20)]


def test_more_workers_than_cpus_with_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice as many workers as CPUs, but never more than 8 beyond the CPUs."""
    for n, size in ((2, 4), (4, 8), (8, 16), (32, 40)):
        monkeypatch.setattr(workers, "cpus", lambda n=n: n)
        assert workers.pool_size() == size
