"""The ordered map over forked workers (workers.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from govtargets.errors import SettingError
from govtargets.index import workers


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


def _cgroup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *, v2: str | None, v1: tuple[str, str] | None
) -> None:
    """Point the cgroup files at files of a test's own (None: no such file)."""
    paths = [tmp_path / "cpu.max", tmp_path / "cfs_quota_us", tmp_path / "cfs_period_us"]
    for path, text in zip(paths, [v2, *(v1 or (None, None))], strict=True):
        if text is not None:
            path.write_text(text + "\n", encoding="ascii")
    monkeypatch.setattr(workers, "CGROUP_V2", str(paths[0]))
    monkeypatch.setattr(workers, "CGROUP_V1", (str(paths[1]), str(paths[2])))


@pytest.mark.parametrize(
    ("v2", "v1", "quota"),
    [
        ("150000 100000", None, 1.5),
        ("max 100000", None, None),
        (None, ("50000", "100000"), 0.5),
        (None, ("-1", "100000"), None),
        (None, None, None),
        ("garbled", ("200000", "100000"), 2.0),
    ],
)
def test_a_containers_cpu_quota_is_read_from_cgroup_v2_or_v1(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    v2: str | None,
    v1: tuple[str, str] | None,
    quota: float | None,
) -> None:
    """cpu.max (v2), else the cfs quota and period (v1); no quota where either says none."""
    _cgroup(monkeypatch, tmp_path, v2=v2, v1=v1)
    assert workers.cpu_quota() == quota


def test_a_quota_bounds_the_cpus_counted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A quota of 1.5 CPUs counts as 2, of half a CPU as 1: a container allowed one CPU of a
    large host gets no workers, not sixteen."""
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda _: set(range(64)), raising=False)
    monkeypatch.delenv(workers.ENV_WORKERS, raising=False)
    _cgroup(monkeypatch, tmp_path, v2="150000 100000", v1=None)
    assert (workers.cpus(), workers.pool_size()) == (2, 4)
    _cgroup(monkeypatch, tmp_path, v2="50000 100000", v1=None)
    assert (workers.cpus(), workers.pool_size()) == (1, 1)
    _cgroup(monkeypatch, tmp_path, v2="max 100000", v1=None)
    assert (workers.cpus(), workers.pool_size()) == (64, 16)
