"""Share work between processes: an ordered map over a pool of forked workers.

A forked worker starts with everything its parent has loaded (pydantic and the models, the
dataset's context), so a task need carry only its own input. Where processes cannot be forked,
or there is one CPU, the work is done here, in order, as the plain ``map`` would.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cpus() -> int:
    """How many processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def pool_size() -> int:
    """How many workers to start: twice as many as CPUs, at most 8 more than them.

    On a machine that other programs keep busy, the scheduler shares the CPUs among the
    processes that want them: with a worker a CPU, a cold build of 65 MB beside two spinning
    programs on 2 CPUs took 1.5x-1.6x as long as parsing and validating the data alone, with
    two a CPU 1.2x-1.3x. On a quiet machine the extra workers cost no measurable time; each
    holds one task's records and rows, hence the bound.
    """
    n = cpus()
    return n + min(n, _MOST_EXTRA)


_MOST_EXTRA = 8


def can_fork() -> bool:
    """Whether workers can be forked (so that they share what this process has loaded)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, parallel: bool) -> Iterator[R]:
    """``fn`` of each item, in the items' order: in forked workers if ``parallel`` and possible.

    At most two tasks per worker are in flight, so that neither the items nor the results pile
    up in memory when one side is faster than the other.
    """
    if not parallel or cpus() < 2 or not can_fork():
        yield from map(fn, items)
        return
    workers = pool_size()
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
