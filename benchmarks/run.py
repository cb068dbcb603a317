"""Time govtargets as whole processes against ``python -c pass``, and check the speed goals.

    python benchmarks/run.py [--runs 10] [--cold-runs 10] [--regions 3000] [--no-readme]

Uses the ``govtargets`` installed beside this Python (``pip install .`` first). Every case
is run once to warm up, then ``--runs`` times, each run right after a ``python -c pass``,
so that both see the same machine; the figure is the median, and the ratio is to the median
of ``python -c pass`` over the same runs. Peak memory is the largest max RSS of three more
runs of a case, each started by a small launcher (see ``peak_rss``).
The results are printed, written to benchmarks/RESULTS.md and put in README.md between the
``benchmark`` markers. Nothing here is a unit test: shared machines are noisy, so only
ratios measured in one run are compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import Shape, generate

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
README = ROOT / "README.md"
MARKERS = ("<!-- benchmark:start -->", "<!-- benchmark:end -->")

# In-process, the work the tool cannot avoid on a cold start: parse and validate every file.
PARSE_AND_VALIDATE = """
import sys, time
from decimal import Decimal
import tomli
from govtargets.models import DatasetFile
total = 0.0
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        text = f.read().decode("utf-8-sig")
    start = time.perf_counter()
    DatasetFile.model_validate(tomli.loads(text, parse_float=Decimal))
    total += time.perf_counter() - start
print(total)
"""


# Linux counts the memory a child held before exec (a copy of its parent's) in its max RSS, so
# every child of this process, which holds the generated data's figures, would report at least
# this process's size. A launcher small enough not to matter starts the runs that measure memory.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(usage.ru_maxrss * 1024, file=sys.stderr)  # KiB on Linux
sys.exit(os.waitstatus_to_exitcode(status))
"""


def peak_rss(argv: Sequence[str], env: dict[str, str]) -> int:
    """The max RSS, in bytes, of one run of ``argv`` started by the launcher."""
    result = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *argv], capture_output=True, env=env, check=True
    )
    return int(result.stderr.decode().split()[-1])


@dataclass
class Runs:
    """Wall times (seconds) and max RSS (bytes) of one case's runs."""

    seconds: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        """Median wall time."""
        return statistics.median(self.seconds)


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants now, in bytes (Linux /proc)."""
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run_once(argv: Sequence[str], env: dict[str, str], *, tree: bool = False) -> tuple[float, int, bytes]:
    """Run a process to its end; return its wall time, peak memory and standard output.

    Peak memory is the process's max RSS; with ``tree``, the larger of that and the most its
    whole process tree (worker processes included) held at once, sampled every 5 ms.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.005):
            peak[0] = max(peak[0], tree_rss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if tree:
        sampler.start()
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    if tree:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return elapsed, max(usage.ru_maxrss * 1024, peak[0]), out  # ru_maxrss is in KiB on Linux


def measure(argv: Sequence[str], env: dict[str, str], runs: int, base: Runs, before: object = None) -> Runs:
    """Warm up once, then alternate ``python -c pass`` and the case ``runs`` times.

    With ``before`` (a function run just before each run of the case), there is no warm-up,
    and memory is taken over the whole process tree.
    """
    result = Runs()
    if before is None:
        run_once(argv, env)
    for _ in range(runs):
        seconds, rss, _ = run_once([sys.executable, "-c", "pass"], env)
        base.seconds.append(seconds)
        base.rss.append(rss)
        if callable(before):
            before()
        seconds, rss, _ = run_once(argv, env, tree=callable(before))
        result.seconds.append(seconds)
        result.rss.append(rss)
    if before is None:
        result.rss = [peak_rss(argv, env) for _ in range(3)]
    return result


def main() -> None:
    """Generate the data, run every case, print and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=10)
    parser.add_argument("--regions", type=int, default=Shape.regions)
    parser.add_argument("--no-readme", action="store_true", help="Do not update README.md.")
    args = parser.parse_args()

    tool = Path(sys.executable).parent / "govtargets"
    if not tool.exists():
        raise SystemExit(f"no {tool}: install govtargets into this Python first (pip install .)")
    scratch = tempfile.TemporaryDirectory(prefix="govtargets-bench-")
    work = Path(scratch.name)
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("GOVTARGETS_DATA", None)
    env.pop("GOVTARGETS_NO_CACHE", None)

    print(f"generating {args.regions} regions in {work / 'data'} ...", file=sys.stderr)
    data = work / "data"
    shape = Shape(regions=args.regions)
    files, planned = generate(data, shape)
    size = sum(f.stat().st_size for f in files)
    os.sync()  # let the written data reach the disk before anything is timed
    time.sleep(2)
    # The bar that about 1% of projects reach.
    bar = sorted(planned, key=float)[int(len(planned) * 0.99)]
    n = args.regions
    regions = [f"r{n // 3:04d}", f"r{n // 2:04d}", f"r{n - 1:04d}"]
    gen = ["--data", str(data)]

    base = Runs()
    rows: list[tuple[str, str, Runs, float | None]] = []

    def case(label: str, goal: str, limit: float | None, argv: list[str]) -> None:
        print(f"  {label} ...", file=sys.stderr)
        rows.append((label, goal, measure([str(tool), *argv], env, args.runs, base), limit))

    case("`govtargets show jintan --json`, bundled data", "≤ 5x", 5, ["show", "jintan", "--json"])
    case(
        "`govtargets projects --min-invest 1 --json`, bundled data",
        "≤ 5x",
        5,
        ["projects", "--min-invest", "1", "--json"],
    )
    case("`govtargets show jintan` (table), bundled data", "≤ 9x", 9, ["show", "jintan"])
    case("`govtargets --help`", "≤ 5x", 5, ["--help"])

    print("  first build of the generated data's index ...", file=sys.stderr)
    run_once([str(tool), "list", *gen, "--json"], env)
    case(f"warm `show {regions[0]} --json`, generated data", "≤ 6x", 6, ["show", regions[0], "--json", *gen])
    case(
        f"warm `compare {' '.join(regions)} --json`, generated data",
        "≤ 6x",
        6,
        ["compare", *regions, "--json", *gen],
    )
    # Every year (the default is each region's latest), so that the bar picks 1% of all projects.
    one_percent = ["projects", "--year", "all", "--min-invest", bar, "--json"]
    _, _, out = run_once([str(tool), *one_percent, *gen], env)
    matched = out.count(b'"name_zh"')
    case(
        f"warm `{' '.join(one_percent[:-1])} --json` ({matched} of {len(planned)} projects), generated data",
        "≤ 8x",
        8,
        [*one_percent, *gen],
    )

    # Cold: change a data file (a comment, so the answer is the same), then ask at once.
    changed = files[-1]
    original = changed.read_bytes()
    counter = iter(range(10**9))

    def change() -> None:
        changed.write_bytes(original + f"\n# benchmark run {next(counter)}\n".encode())

    print("  cold runs ...", file=sys.stderr)
    cold = measure([str(tool), "show", regions[0], "--json", *gen], env, args.cold_runs, base, before=change)
    changed.write_bytes(original)
    parse = Runs()
    for _ in range(args.cold_runs):
        _, _, out = run_once([sys.executable, "-c", PARSE_AND_VALIDATE, *map(str, files)], env)
        parse.seconds.append(float(out))

    floor = peak_rss([sys.executable, "-S", "-c", "pass"], env)
    warm_gen = [r for label, _, r, _ in rows if label.startswith("warm")]
    warm_rss = max(max(r.rss) for r in warm_gen)
    pass_ms = base.median * 1000
    lines = [
        f"Measured {dt.date.today()} on {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.machine()}; `python -c pass` took "
        f"{pass_ms:.1f} ms (median of {len(base.seconds)}). Generated data: {args.regions} regions × "
        f"3 years × {shape.targets} targets and {shape.projects} projects a year, {len(files)} files, "
        f"{size / 1e6:.1f} MB. Peak memory is max RSS; a process started as the benchmark starts "
        f"one reports at least {floor / 2**20:.1f} MB (`python -S -c pass`).",
        "",
        "| case | median | ratio | goal | met | peak memory |",
        "| --- | ---: | ---: | --- | --- | ---: |",
    ]
    for label, goal, runs, limit in rows:
        ratio = runs.median / base.median
        met = "yes" if limit is None or ratio <= limit else "**no**"
        memory = f"{max(runs.rss) / 2**20:.1f} MB"
        lines.append(f"| {label} | {runs.median * 1000:.1f} ms | {ratio:.2f}x | {goal} | {met} | {memory} |")
    cold_ratio = cold.median / parse.median
    lines.append(
        f"| cold: first `show` after a data file changed, generated data | {cold.median:.2f} s | "
        f"{cold_ratio:.2f}x of parse + validate ({parse.median:.2f} s in-process) | ≤ 1.3x | "
        f"{'yes' if cold_ratio <= 1.3 else '**no**'} | {max(cold.rss) / 2**20:.1f} MB |"
    )
    lines.append(
        f"| peak memory, warm queries, generated data | {warm_rss / 2**20:.1f} MB | | ≤ 40 MB | "
        f"{'yes' if warm_rss <= 40 * 2**20 else '**no**'} | |"
    )
    cold_rss = max(cold.rss)
    lines.append(
        f"| peak memory, cold, generated data (all processes) | {cold_rss / 2**20:.1f} MB | | ≤ 400 MB | "
        f"{'yes' if cold_rss <= 400 * 2**20 else '**no**'} | |"
    )
    table = "\n".join(lines) + "\n"
    print(table)
    RESULTS.write_text("# Benchmark results\n\nWritten by `python benchmarks/run.py`.\n\n" + table, "utf-8")
    if not args.no_readme:
        text = README.read_text("utf-8")
        pattern = re.compile(re.escape(MARKERS[0]) + ".*?" + re.escape(MARKERS[1]), re.DOTALL)
        if pattern.search(text):
            README.write_text(pattern.sub(f"{MARKERS[0]}\n{table}{MARKERS[1]}", text), "utf-8")
    scratch.cleanup()


if __name__ == "__main__":
    main()
