"""The ordered map over forked workers (workers.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from govtargets import workers
from govtargets.errors import SettingError


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
    monkeypatch.delenv(workers.ENV_WORKERS, raising=False)
    monkeypatch.setattr(workers, "cpus", lambda: 2)
    taken: list[int] = []
    results = workers.ordered_map(_double, _counted(20, taken), parallel=True)
    assert next(results) == 0
    assert len(taken) == 8  # four workers for two CPUs
    assert list(results) == [2 * n for n in range(1, 20)]


def test_twice_as_many_workers_as_cpus_at_most_16(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice as many workers as CPUs, none with one CPU, and never more than 16."""
    monkeypatch.delenv(workers.ENV_WORKERS, raising=False)
    for n, size in ((1, 1), (2, 4), (4, 8), (8, 16), (64, 16)):
        monkeypatch.setattr(workers, "cpus", lambda n=n: n)
        assert workers.pool_size() == size


def test_the_setting_says_how_many_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """GOVTARGETS_WORKERS overrides the CPUs' count; 1 does the work in this process."""
    monkeypatch.setattr(workers, "cpus", lambda: 2)
    monkeypatch.setenv(workers.ENV_WORKERS, " 3 ")
    assert workers.pool_size() == 3
    monkeypatch.setenv(workers.ENV_WORKERS, "1")
    assert set(workers.ordered_map(_pid, range(4), parallel=True)) == {os.getpid()}


@pytest.mark.parametrize("given", ["0", "-1", "two", "1.5", "\u0663", "257", "9" * 30])
def test_a_setting_that_is_not_a_count_of_workers_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """Zero, negative, a word, a fraction, a non-ASCII digit or more than 256: refused with exit
    status 2."""
    monkeypatch.setenv(workers.ENV_WORKERS, given)
    with pytest.raises(
        SettingError, match="GOVTARGETS_WORKERS must be a whole number from 1 to 256"
    ) as caught:
        list(workers.ordered_map(_double, range(2), parallel=True))
    assert caught.value.exit_code == 2
    assert list(workers.ordered_map(_double, range(2), parallel=False)) == [0, 2]


def _pid(_: int) -> int:
    return os.getpid()
