"""Share work between processes: an ordered map over a pool of forked workers.

A forked worker starts with everything its parent has loaded (pydantic and the models, the
dataset's context), so a task need carry only its own input. Where processes cannot be forked,
or there is one CPU (or one worker is asked for), the work is done here, in order, as the plain
``map`` would.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from govtargets.errors import SettingError

T = TypeVar("T")
R = TypeVar("R")


def cpus() -> int:
    """How many processors this process may run on: those it may be scheduled on, fewer where
    a container's CPU quota allows fewer (a quota of 1.5 CPUs counts as 2)."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        n = os.cpu_count() or 1
    quota = cpu_quota()
    return n if quota is None else max(1, min(n, math.ceil(quota)))


CGROUP_V2 = "/sys/fs/cgroup/cpu.max"
"""cgroup v2: ``QUOTA PERIOD`` in microseconds, or ``max PERIOD`` for no quota."""
CGROUP_V1 = ("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu/cpu.cfs_period_us")
"""cgroup v1: the quota (-1 for none) and the period, in files of their own."""


def cpu_quota() -> float | None:
    """How many CPUs' time this process's cgroup (a container's, as it sees it) allows, if it
    has a quota: scheduled on every CPU of a large host, a container may be allowed one."""
    try:
        with open(CGROUP_V2) as f:
            quota, period = f.read().split()[:2]
    except (OSError, ValueError):
        try:
            with open(CGROUP_V1[0]) as q, open(CGROUP_V1[1]) as p:
                quota, period = q.read().strip(), p.read().strip()
        except OSError:
            return None
    try:
        allowed, every = int(quota), int(period)
    except ValueError:  # "max": no quota
        return None
    return allowed / every if allowed > 0 and every > 0 else None


ENV_WORKERS = "GOVTARGETS_WORKERS"


def pool_size() -> int:
    """How many workers to start: ``GOVTARGETS_WORKERS`` if set, else twice as many as CPUs
    (none with one CPU), at most 16.

    On a machine that other programs keep busy, the scheduler shares the CPUs among the
    processes that want them: with a worker a CPU, a cold build of 65 MB beside two spinning
    programs on 2 CPUs took 1.5x-1.6x as long as parsing and validating the data alone, with
    two a CPU 1.2x-1.4x. On a quiet machine the extra workers cost no measurable time. Each
    holds a task's records and rows (tens of MB), and all wait on the index's one writer, hence
    the bound.
    """
    asked = asked_workers()
    if asked is not None:
        return asked
    n = cpus()
    return 1 if n < 2 else min(2 * n, _MOST)


def asked_workers() -> int | None:
    """How many workers ``GOVTARGETS_WORKERS`` asks for, if it is set; a value that is not a
    count of workers is a ``SettingError``."""
    given = os.environ.get(ENV_WORKERS, "").strip()
    if not given:
        return None
    if not (given.isascii() and given.isdigit()) or not 1 <= int(given) <= _MOST_ASKED:
        raise SettingError(f"{ENV_WORKERS} must be a whole number from 1 to {_MOST_ASKED}, not {given!r}")
    return int(given)


_MOST = 16
_MOST_ASKED = 256
"""Forked workers all start at once: a typo of a few more digits must not fork a thousand."""


def can_fork() -> bool:
    """Whether workers can be forked (so that they share what this process has loaded)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, parallel: bool) -> Iterator[R]:
    """``fn`` of each item, in the items' order: in forked workers if ``parallel`` and possible.

    At most two tasks per worker are in flight, so that neither the items nor the results pile
    up in memory when one side is faster than the other.
    """
    workers = pool_size() if parallel else 1
    if workers < 2 or not can_fork():
        yield from map(fn, items)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
