"""Time govtargets as whole processes, as a new user installs it, and check the speed goals.

    python benchmarks/run.py [--runs 10] [--cold-runs 5] [--regions 3000] [--scale 3] [--current]

By default it makes a fresh virtualenv and installs this project into it with the newest
releases of its dependencies (what ``pip install .`` gives a new user today), and says their
versions; ``--current`` uses the govtargets installed beside this Python instead. It generates
a dataset (benchmarks/generate.py) of ``--regions`` regions and one ``--scale`` times larger,
and times each case against a yardstick run right before it, in turn (case, yardstick, case,
...), so that both see the same machine: ``python -c pass`` for every case, the sqlite3
command-line shell answering the same question over the same index for broad queries, and
parse + validate of the same files (in one process) for a cold start. The figure is the
median; the ratio is of the medians. Cold starts are measured on the machine as it is and with
two processes spinning beside them (a busy machine), and peak memory over all the processes
of a run (in a run of their own: sampling them takes CPU). Results go to benchmarks/RESULTS.md.
Nothing here is a unit test: shared machines are noisy, so only ratios measured in one run are
compared.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import ALWAYS, INDICATORS, Shape, generate

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"

# In one process, the work a cold start cannot avoid: parse and validate every file.
PARSE_AND_VALIDATE = """
import sys
from decimal import Decimal
import tomli
from govtargets.dataset.models import DatasetFile
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        DatasetFile.model_validate(tomli.loads(f.read().decode("utf-8-sig"), parse_float=Decimal))
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

SPIN = "while True: pass"


@dataclass
class Runs:
    """Wall times (seconds) and peak memory (bytes) of one command's runs."""

    seconds: list[float] = field(default_factory=list)
    rss: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """CPU time (user and system) of each run, its workers' included."""

    @property
    def median(self) -> float:
        """Median wall time."""
        return statistics.median(self.seconds)

    def timed(self, argv: Sequence[str], env: dict[str, str]) -> None:
        """One run of ``argv``, its wall and CPU time added (the CPU of every process it and its
        workers ran, which the kernel counts to this one's children once each has been waited for)."""
        before = _children_cpu()
        seconds, _, _ = run_once(argv, env)
        self.cpu.append(_children_cpu() - before)
        self.seconds.append(seconds)


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Row:
    """One line of the results table."""

    case: str
    median: str
    ratio: str
    goal: str
    met: bool | None
    memory: str = ""


def tree_rss(pid: int) -> int:
    """Memory that a process and all its descendants hold now, in bytes (Linux /proc): the sum
    of their proportional set sizes, so that pages they share (a forked worker shares its
    parent's) count once, not once a process as a sum of resident sizes would count them."""
    total, todo = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            try:
                with open(f"/proc/{p}/smaps_rollup") as f:
                    total += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) * 1024
            except (OSError, StopIteration):
                with open(f"/proc/{p}/statm") as f:
                    total += int(f.read().split()[1]) * page
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run_once(argv: Sequence[str], env: dict[str, str], *, tree: bool = False) -> tuple[float, int, bytes]:
    """Run a process to its end; its wall time, peak memory and standard output.

    Peak memory is the process's max RSS; with ``tree``, the larger of that and the most its
    whole process tree (workers included) held at once, sampled every 5 ms.
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
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    if tree:
        sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return elapsed, peak[0], out


def peak_rss(argv: Sequence[str], env: dict[str, str]) -> int:
    """The max RSS, in bytes, of one run of ``argv`` started by the launcher."""
    result = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *argv], capture_output=True, env=env, check=True
    )
    return int(result.stderr.decode().split()[-1])


def paired(
    case: Sequence[str],
    yardstick: Sequence[str],
    env: dict[str, str],
    runs: int,
    *,
    before: Callable[[], None] | None = None,
    tree: bool = False,
) -> tuple[Runs, Runs]:
    """Run the case and its yardstick in turn ``runs`` times (after one warm-up of each, unless
    ``before`` prepares each run of the case, as for a cold start). Peak memory is measured in
    runs of its own: sampling a process tree takes CPU (~1.6 ms a sample of a cold build's
    processes, 2 s of a 10 s build), which would count against the timed case."""
    a, b = Runs(), Runs()
    if before is None:
        run_once(case, env)
        run_once(yardstick, env)
    for _ in range(runs):
        if before is not None:
            before()
        a.timed(case, env)
        b.timed(yardstick, env)
    if tree:
        if before is not None:
            before()
        a.rss = [run_once(case, env, tree=True)[1]]
    else:
        for _ in range(3):
            if before is not None:
                before()
            a.rss.append(peak_rss(case, env))
    return a, b


@contextlib.contextmanager
def busy(n: int) -> Iterator[None]:
    """``n`` processes spinning on the CPUs while the block runs: a busy machine."""
    spinners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(n)]
    try:
        yield
    finally:
        for p in spinners:
            p.kill()
            p.wait()


def fresh_venv(work: Path) -> tuple[Path, Path]:
    """A new virtualenv with this project and the newest releases of its dependencies."""
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], check=True)
    return python, venv / "bin" / "govtargets"


def versions(python: Path) -> str:
    """The versions of Python, govtargets and its dependencies in the environment measured."""
    code = (
        "import importlib.metadata as m, platform; print(f'Python {platform.python_version()}', "
        "*(f'{d} {m.version(d)}' for d in ('govtargets', 'click', 'rich', 'pydantic', 'tomli', 'orjson')),"
        " sep=', ')"
    )
    return subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def bundled_files(python: Path) -> list[Path]:
    """The bundled data's files, as the measured govtargets finds them."""
    code = "from govtargets.dataset.files import dataset_files; print(*dataset_files(), sep='\\n')"
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout
    return [Path(line) for line in out.splitlines()]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


class Bench:
    """The cases, and the table they fill."""

    def __init__(self, args: argparse.Namespace, python: Path, tool: Path, env: dict[str, str]) -> None:
        self.args = args
        self.python = python
        self.tool = str(tool)
        self.env = env
        self.passing = [str(python), "-c", "pass"]
        self.sqlite = shutil.which("sqlite3")

    def narrow(self, label: str, argv: Sequence[str], limit: float) -> Row:
        print(f"  {label} ...", file=sys.stderr)
        a, b = paired([self.tool, *argv], self.passing, self.env, self.args.runs)
        ratio = a.median / b.median
        return Row(
            label,
            ms(a.median),
            f"{ratio:.2f}x",
            f"≤ {limit:g}x `python -c pass`",
            ratio <= limit,
            mb(max(a.rss)),
        )

    def floor(self, label: str, modules: str) -> Row:
        """What importing the command line's libraries alone costs, against ``python -c pass``:
        the least any command that uses them can take (no goal)."""
        print(f"  {label} ...", file=sys.stderr)
        a, b = paired([str(self.python), "-c", f"import {modules}"], self.passing, self.env, self.args.runs)
        return Row(label, ms(a.median), f"{a.median / b.median:.2f}x", "(a floor)", None, mb(max(a.rss)))

    def broad(self, label: str, argv: Sequence[str], index: str, sql: str, csv: bool = False) -> Row:
        """A broad query, against ``python -c pass`` (the goal: within 10x of it) and, beside it
        for scale, the sqlite3 shell's answer over the same index."""
        print(f"  {label} ...", file=sys.stderr)
        case = [self.tool, *argv]
        a, p = paired(case, self.passing, self.env, self.args.runs)
        if self.sqlite is None:
            return Row(
                label,
                ms(a.median),
                f"{a.median / p.median:.1f}x `python -c pass`",
                "(no sqlite3)",
                None,
                mb(max(a.rss)),
            )
        shell = [self.sqlite, *(["-csv", "-header"] if csv else []), f"file:{index}?immutable=1", sql]
        a2, s = paired(case, shell, self.env, self.args.runs)
        a.seconds += a2.seconds
        limit = 10 * p.median
        printed = len(run_once(case, self.env)[2])
        return Row(
            label,
            ms(a.median),
            f"{a.median / s.median:.1f}x sqlite3 ({ms(s.median)}); "
            f"{a.median / p.median:.1f}x `python -c pass`",
            "≤ 10x `python -c pass`",
            a.median <= limit,
            f"{mb(max(a.rss))} ({mb(printed)} printed)",
        )

    def waited(self, label: str, argv: Sequence[str], before: Callable[[], None] | None = None) -> Row:
        """A command that builds before it answers, each run after ``before`` (by default: the
        cache emptied, as after installing; the wheel ships the bundled data's index)."""
        print(f"  {label} ...", file=sys.stderr)
        cache = Path(self.env["XDG_CACHE_HOME"]) / "govtargets"
        a, b = paired(
            [self.tool, *argv],
            self.passing,
            self.env,
            self.args.cold_runs,
            before=before or (lambda: shutil.rmtree(cache, ignore_errors=True)),
        )
        return Row(
            label,
            ms(a.median),
            f"{a.median / b.median:.1f}x `python -c pass`",
            "< 1 s",
            a.median < 1,
            mb(max(a.rss)),
        )

    def index_size(self, label: str, argv: Sequence[str], data: Sequence[Path]) -> Row:
        """The cached index of a dataset against the size of its files."""
        run_once([self.tool, *argv], self.env)
        index = Path(index_of(self.env)).stat().st_size
        size = sum(f.stat().st_size for f in data)
        return Row(
            label, mb(index), f"{index / size:.1f}x its data ({mb(size)})", "≤ 2x its data", index <= 2 * size
        )

    def cold(
        self, label: str, argv: Sequence[str], files: list[Path], change: Callable[[], None], spin: int
    ) -> Row:
        """A first query after the data changed, against parse + validate of the same files."""
        print(f"  {label} ...", file=sys.stderr)
        reference = [str(self.python), "-c", PARSE_AND_VALIDATE, *map(str, files)]
        with busy(spin):
            a, b = paired(
                [self.tool, *argv], reference, self.env, self.args.cold_runs, before=change, tree=True
            )
            # What parsing and validating alone hold at their peak: tomli holds a whole file's
            # document at once, so this is the floor of any build that reads its files with it.
            floor = peak_rss(reference, self.env)
        ratio = a.median / b.median
        cpu = statistics.median(a.cpu) / statistics.median(b.cpu)
        return Row(
            label,
            ms(a.median),
            f"{ratio:.2f}x parse + validate ({ms(b.median)}); CPU {cpu:.2f}x "
            f"({ms(statistics.median(a.cpu))} against {ms(statistics.median(b.cpu))})",
            "≤ 2x parse + validate in wall and CPU time, peak ≤ 400 MB",
            ratio <= 2 and cpu <= 2 and max(a.rss) <= 400 * 2**20,
            f"{mb(max(a.rss))} (parse + validate: {mb(floor)})",
        )


def beside_the_bundled_data(bench: Bench, work: Path) -> list[Row]:
    """A user's own file (one report, as ``govtargets init`` writes it) beside the bundled data:
    the first command on it, a command after each edit of it, and ``validate`` of it."""
    mine = work / "mine.toml"
    mine.write_bytes(run_once([bench.tool, "init", "wujin"], bench.env)[2])
    counter = iter(range(10**9))

    def edit() -> None:  # a comment: the answer stays the same
        with mine.open("a", encoding="utf-8") as out:
            out.write(f"# edit {next(counter)}\n")
        time.sleep(0.05)  # settled, so that the index is cached

    show = ["show", "wujin", "--json", "--data", str(mine)]
    return [
        bench.waited(
            "your file beside the bundled data, first run: `show wujin --json --data mine.toml`", show
        ),
        bench.waited("the same, after each edit of your file", show, edit),
        bench.waited("`validate mine.toml`, after each edit of it", ["validate", str(mine)], edit),
    ]


def index_of(env: dict[str, str]) -> str:
    folder = Path(env["XDG_CACHE_HOME"]) / "govtargets"
    return str(max(folder.glob("index-*.sqlite"), key=lambda p: p.stat().st_mtime))


def dataset(bench: Bench, work: Path, regions: int) -> tuple[str, list[Row]]:
    """Every case on a generated dataset of ``regions`` regions."""
    env = bench.env
    data = work / f"data-{regions}"
    shape = Shape(regions=regions)
    print(f"generating {regions} regions in {data} ...", file=sys.stderr)
    files, _ = generate(data, shape)
    size = sum(f.stat().st_size for f in files)
    single = work / f"single-{regions}" / "all.toml"
    single.parent.mkdir()
    with single.open("wb") as out:
        out.write(files[0].read_bytes())
        for f in files[1:]:
            out.write(f.read_bytes().removeprefix(b"format = 2\n"))
    os.sync()
    gen = ["--no-bundled", "--data", str(data)]
    picks = [f"r{regions // 3:04d}", f"r{regions // 2:04d}", f"r{regions - 1:04d}"]
    rows: list[Row] = []

    counter = iter(range(10**9))
    changed = files[len(files) // 2]
    original = changed.read_bytes()

    def edit_one() -> None:  # a comment: the answer stays the same
        changed.write_bytes(original + f"\n# benchmark run {next(counter)}\n".encode())
        time.sleep(0.05)  # settled, so that the index is cached

    def clear() -> None:
        shutil.rmtree(Path(env["XDG_CACHE_HOME"]) / "govtargets", ignore_errors=True)

    for spin, machine in ((0, "as it is"), (2, "busy: 2 processes spinning")):
        rows.append(
            bench.cold(
                f"cold, whole folder ({len(files)} files), machine {machine}",
                ["show", picks[0], "--json", *gen],
                files,
                clear,
                spin,
            )
        )
    rows.append(
        bench.cold(
            f"cold, one {size / 1e6:.0f} MB file, machine as it is",
            ["show", picks[0], "--json", "--no-bundled", "--data", str(single)],
            [single],
            clear,
            0,
        )
    )
    run_once([bench.tool, "list", *gen, "--json"], env)  # the index that the next build takes from
    rows.append(
        bench.cold(
            "after one file of the folder changed (that file read again)",
            ["show", picks[0], "--json", *gen],
            files,
            edit_one,
            0,
        )
    )
    changed.write_bytes(original)
    run_once([bench.tool, "list", *gen, "--json"], env)
    index = index_of(env)
    rows.append(bench.index_size("index on disk", ["list", *gen, "--json"], files))
    rows.append(bench.narrow(f"warm `show {picks[0]} --json`", ["show", picks[0], "--json", *gen], 6))
    rows.append(
        bench.narrow(f"warm `compare {' '.join(picks)} --json`", ["compare", *picks, "--json", *gen], 6)
    )

    code = "from govtargets.output.sheets import TARGET_COLUMNS as c; print(' '.join(c))"
    target_columns = run_once([str(bench.python), "-c", code], env)[2].decode().split()
    gdp, piles = INDICATORS[0][0], INDICATORS[2][1]
    assert ALWAYS >= 3  # every report has a GDP and a charging-pile target
    latest = "latest = 1"  # the index marks each region's latest year's rows
    columns = ", ".join(f"json_extract(row, '$.{c}') AS {c}" for c in target_columns)
    every_gdp = f"FROM target_rows t WHERE indicator = '{gdp}' ORDER BY rowid"
    n = regions * 3
    rows.append(
        bench.broad(
            f"`targets --indicator {gdp} --year all --format csv` ({n} rows)",
            ["targets", "--indicator", gdp, "--year", "all", "--format", "csv", *gen],
            index,
            f"SELECT {columns} {every_gdp}",
            csv=True,
        )
    )
    rows.append(
        bench.broad(
            f"`targets --indicator {gdp} --year all --json` ({n} rows)",
            ["targets", "--indicator", gdp, "--year", "all", "--json", *gen],
            index,
            f"SELECT json_group_array(json(row)) FROM (SELECT row {every_gdp})",
        )
    )
    rows.append(
        bench.broad(
            f"`targets --indicator {gdp} --year all --format jsonl` ({n} rows)",
            ["targets", "--indicator", gdp, "--year", "all", "--format", "jsonl", *gen],
            index,
            f"SELECT row {every_gdp}",
        )
    )
    _, _, out = run_once([bench.tool, "projects", "--min-invest", "1", "--format", "jsonl", *gen], env)
    found = out.count(b"\n")
    rows.append(
        bench.broad(
            f"`projects --min-invest 1 --json` ({found} rows)",
            ["projects", "--min-invest", "1", "--json", *gen],
            index,
            as_array(f"FROM project_rows t WHERE planned_yuan >= 100000000 AND {latest} ORDER BY rowid"),
        )
    )
    rows.append(
        bench.broad(
            f"`rank {gdp} --json` ({regions} regions)",
            ["rank", gdp, "--json", *gen],
            index,
            as_array(f"FROM target_rows t WHERE indicator = '{gdp}' AND {latest} ORDER BY rank_value DESC"),
        )
    )
    rows.append(
        bench.broad(
            f"`search {piles[-3:]} --json` ({regions} hits)",
            ["search", piles[-3:], "--json", *gen],
            index,
            as_array(
                f"FROM target_rows t WHERE instr(search, '{piles[-3:]}') > 0 AND {latest} ORDER BY rowid"
            ),
        )
    )
    outcome = "json_extract(row, '$.outcome')"
    rows.append(
        bench.broad(
            f"`summary --format csv` ({n} rows, of every target)",
            ["summary", "--format", "csv", *gen],
            index,
            f"SELECT region, year, COUNT(*), COUNT({outcome}), SUM({outcome} = 'met'), "
            f"SUM({outcome} = 'missed') FROM target_rows GROUP BY region, year",
            csv=True,
        )
    )
    title = (
        f"Generated data: {regions} regions × 3 years, {shape.targets} targets and {shape.projects} "
        f"projects a report, {len(files)} files, {size / 1e6:.0f} MB"
    )
    return title, rows


def as_array(rest: str) -> str:
    """The sqlite3 shell's query for the rows ``FROM ...`` as one JSON array, as ``--json`` prints them."""
    return f"SELECT json_group_array(json(row)) FROM (SELECT row {rest})"


def processor() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown processor"


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| case | median | ratio | goal | met | peak memory |",
        "| --- | ---: | --- | --- | --- | ---: |",
    ]
    for r in rows:
        met = "—" if r.met is None else "yes" if r.met else "**no**"
        lines.append(f"| {r.case} | {r.median} | {r.ratio} | {r.goal} | {met} | {r.memory} |")
    return lines


def main() -> None:
    """Install, generate, run every case, print and write the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--regions", type=int, default=Shape.regions)
    parser.add_argument("--scale", type=int, default=3, help="also a dataset this many times larger (1: not)")
    parser.add_argument("--current", action="store_true", help="measure the govtargets beside this Python")
    args = parser.parse_args()

    scratch = tempfile.TemporaryDirectory(prefix="govtargets-bench-")
    work = Path(scratch.name)
    if args.current:
        python, tool = Path(sys.executable), Path(sys.executable).parent / "govtargets"
    else:
        print("installing into a fresh virtualenv ...", file=sys.stderr)
        python, tool = fresh_venv(work)
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(work / "cache"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    for name in ("GOVTARGETS_DATA", "GOVTARGETS_NO_CACHE", "GOVTARGETS_NO_BUNDLED", "COLUMNS"):
        env.pop(name, None)
    load_before = os.getloadavg()
    bench = Bench(args, python, tool, env)

    print("bundled data ...", file=sys.stderr)
    bundled = [
        bench.narrow("`govtargets show jintan --json`", ["show", "jintan", "--json"], 5),
        bench.narrow(
            "`govtargets projects --min-invest 1 --json`", ["projects", "--min-invest", "1", "--json"], 5
        ),
        bench.narrow("`govtargets show jintan` (a table)", ["show", "jintan", "--width", "80"], 9),
        bench.narrow("`govtargets --help`", ["--help"], 5),
        bench.floor("the libraries of a JSON query alone: `python -c 'import click'`", "click"),
        bench.floor(
            "the libraries of a table alone: `python -c 'import click, rich.table'`", "click, rich.table"
        ),
        bench.waited(
            "first run after installing: `govtargets show jintan --json`", ["show", "jintan", "--json"]
        ),
        bench.index_size("index of the bundled data, on disk", ["list", "--json"], bundled_files(python)),
        *beside_the_bundled_data(bench, work),
    ]
    sections = [("Bundled data", bundled)]
    report(*sections[-1])
    for regions in [args.regions] + ([args.regions * args.scale] if args.scale > 1 else []):
        sections.append(dataset(bench, work, regions))
        report(*sections[-1])
    load_after = os.getloadavg()
    place = "the current environment" if args.current else "a fresh virtualenv"
    loads = [", ".join(f"{x:.2f}" for x in load) for load in (load_before, load_after)]
    lines = [
        "# Benchmark results",
        "",
        "Written by `python benchmarks/run.py` (see its docstring for the method).",
        "",
        f"Measured {dt.date.today()} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs "
        f"({processor()}), in {place}: {versions(python)}. Load average (1, 5, 15 min) before: "
        f"{loads[0]}; after: {loads[1]} (the benchmark's own runs included). "
        f"Medians of {args.runs} runs ({args.cold_runs} for cold starts). Peak memory: the largest max "
        "RSS of three runs; for cold starts, the most all the run's processes held at once (their "
        "proportional set sizes summed: pages a forked worker shares with its parent count once), "
        "sampled in a run of its own, untimed: the sampling's CPU would slow the run it samples.",
        "",
    ]
    for title, rows in sections:
        lines += [f"## {title}", "", *table(rows), ""]
    text = "\n".join(lines)
    print(text)
    RESULTS.write_text(text, "utf-8")
    scratch.cleanup()


def report(title: str, rows: list[Row]) -> None:
    """A finished section on stderr at once, so that a run that fails later loses nothing."""
    print("\n".join(["", f"## {title}", "", *table(rows), ""]), file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
