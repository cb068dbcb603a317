"""How long ``extract`` takes on every text, and whether it finds a passage: a timing and crash
sweep that prints only times and statuses (never a text's words, so that it may run over the
held-out reports too), the slowest texts first.

    python benchmarks/extract_sweep.py [--limit SECONDS] [--set development|held-out|all] [FILE ...]

Each text is drafted in a worker process; one that takes more than ``--limit`` seconds (20 by
default) is stopped and listed as such, and the worker started afresh. The peak memory of a
worker (its maximum resident set) is reported with each text, since ``extract`` holds nothing
between texts that grows.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TOP = Path(__file__).resolve().parents[1]
if "govtargets" not in sys.modules:
    sys.path.insert(0, str(TOP / "src"))

REPORTS = TOP.parent / "shared" / "source" / "reports"
HOLDOUT = TOP / "benchmarks" / "holdout.txt"


def _worker(jobs: Any, results: Any) -> None:
    from govtargets.errors import ReportError
    from govtargets.extract.draft import extract
    from govtargets.index.cache import open_index

    index = open_index(use_cache=False)
    indicators, regions = index.indicators(), index.regions()
    while True:
        path = jobs.get()
        if path is None:
            return
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        started = time.perf_counter()
        try:
            draft = extract(text, indicators=indicators, regions=regions)
            status = f"ok {len(draft.targets)} targets {len(draft.outcomes)} results"
            found = True
        except ReportError as exc:
            status = "no passage" if "no main-target passage" in str(exc) else f"error {type(exc).__name__}"
            found = False
        except Exception as exc:  # a crash: its type only (its message may quote the text)
            status = f"CRASH {type(exc).__name__}"
            found = False
        seconds = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results.put((path, seconds, status, found, rss))


def sweep(files: Sequence[Path], limit: float) -> list[tuple[str, float, str, bool, float]]:
    """Each file's time, status, whether a passage was found, and the worker's peak memory (MiB)."""
    context = mp.get_context("spawn")
    done: list[tuple[str, float, str, bool, float]] = []
    pending = [str(f) for f in files]
    while pending:
        jobs, results = context.Queue(), context.Queue()
        worker = context.Process(target=_worker, args=(jobs, results), daemon=True)
        worker.start()
        for path in pending:
            jobs.put(path)
        jobs.put(None)
        while pending:
            try:
                result = results.get(timeout=limit + (30 if not done else 0))
            except Exception:
                stuck = pending.pop(0)
                done.append((stuck, limit, f"STOPPED after {limit:.0f} s", False, float("nan")))
                worker.kill()
                worker.join()
                break
            pending.remove(result[0])
            done.append(result)
        else:
            worker.join()
    return done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=float, default=20.0, help="seconds after which a text is stopped")
    parser.add_argument("--set", choices=("development", "held-out", "all"), default="all")
    parser.add_argument("--slowest", type=int, default=10, help="how many of the slowest to list")
    parser.add_argument("--json", type=Path, help="write every text's figures to this file")
    args = parser.parse_args(argv)
    held = {line.strip() for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line.strip()}
    files = args.files or sorted(REPORTS.glob("*/*.md"))
    if not args.files and args.set != "all":
        keep = args.set == "held-out"
        files = [f for f in files if (f"{f.parent.name}/{f.name}" in held) == keep]
    started = time.perf_counter()
    results = sweep(files, args.limit)
    wall = time.perf_counter() - started
    results.sort(key=lambda r: -r[1])
    print(f"{len(results)} texts in {wall:.1f} s; the slowest:")
    for path, seconds, status, _, rss in results[: args.slowest]:
        size = Path(path).stat().st_size / 1024
        name = f"{Path(path).parent.name}/{Path(path).name}"
        if name in held and "CRASH" not in status and "STOPPED" not in status:
            status = "(held out)"  # its time, and a crash, but not what was found in it
        print(f"  {name:<24} {size:>7.0f} KB {seconds * 1000:>8.1f} ms  peak {rss:>5.0f} MiB  {status}")
    times = sorted(r[1] for r in results)
    peak = max((r[4] for r in results if r[4] == r[4]), default=0.0)  # nan: a stopped worker
    print(f"median {times[len(times) // 2] * 1000:.1f} ms; peak memory {peak:.0f} MiB")

    def _key(path: str) -> str:
        return f"{Path(path).parent.name}/{Path(path).name}"

    # The panel: the national and provincial folders (those with reports before 2022), not the cities.
    panel = {f.parent.name for f in REPORTS.glob("*/*.md") if int(f.stem) < 2022}
    crashes = [r for r in results if "CRASH" in r[2] or "STOPPED" in r[2]]
    print(f"crashed or stopped: {len(crashes)} of {len(results)}")
    development = [r for r in results if _key(r[0]) not in held and Path(r[0]).parent.name in panel]
    found = sum(r[3] for r in development)
    print(f"panel development texts (not held out): passage found in {found} of {len(development)}")
    if args.json:  # the development texts' statuses; the held-out ones' times only
        rows = [
            {"file": _key(p), "seconds": round(s, 4), "status": st if _key(p) not in held else None}
            for p, s, st, _, _ in results
        ]
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
