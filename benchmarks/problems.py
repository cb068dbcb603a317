"""Time how long `govtargets validate` takes to report N broken targets, for growing N: the cost
must grow about as N does, not as N² (issue 16, item 7).

    python benchmarks/problems.py [--sizes 5000 10000 20000 40000] [--runs 3]

Uses the ``govtargets`` beside this Python. Prints the median wall time of each size, the time
per problem, and the time of a clean file of the same size, to compare with; and writes the
table to benchmarks/PROBLEMS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govtargets.dataset.toml_writer import table

HEAD = "\n".join(
    [
        "format = 2\n",
        table("sources", {"id": "s", "title": "t", "publisher": "p"}),
        table("indicators", {"key": "g", "name_zh": "指标", "name_en": "Indicator"}),
        table(
            "regions",
            {"id": "r", "code": "990101", "name_zh": "某区", "name_en": "Some District", "level": "district"},
        ),
        table("reports", {"region": "r", "year": 2024, "source": "s"}),
    ]
)

TARGET = (
    '[[reports.targets]]\nid = "t{n}"\nindicator = "g"\nkind = "growth"\nvalue = {value}\nwording = "w"\n\n'
)


def write(path: Path, n: int, *, broken: bool) -> None:
    """A report with ``n`` targets, each with a string where its number goes if ``broken``."""
    value = '"5"' if broken else "5"
    path.write_text(HEAD + "".join(TARGET.format(n=i, value=value) for i in range(n)), encoding="utf-8")


def timed(argv: list[str], runs: int) -> float:
    """The median wall time of ``runs`` runs (exit status 1 expected for a broken file)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Write each size, time it broken and clean, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000, 40000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tool = str(Path(sys.executable).parent / "govtargets")
    lines = [
        "# Reporting many problems",
        "",
        "Written by `python benchmarks/problems.py`: `govtargets validate` on a report with N broken",
        f"targets (medians of {args.runs} runs), beside a clean file of the same size.",
        "",
        f"Load average before: {', '.join(f'{x:.2f}' for x in os.getloadavg())}.",
        "",
        "| problems | broken file | per problem | clean file of the same size |",
        "| ---: | ---: | ---: | ---: |",
    ]
    with tempfile.TemporaryDirectory() as scratch:
        for n in args.sizes:
            broken, clean = Path(scratch, f"broken-{n}.toml"), Path(scratch, f"clean-{n}.toml")
            write(broken, n, broken=True)
            write(clean, n, broken=False)
            bad = timed([tool, "validate", "--no-bundled", str(broken)], args.runs)
            good = timed([tool, "validate", "--no-bundled", str(clean)], args.runs)
            lines.append(f"| {n:,} | {bad:.2f} s | {bad / n * 1e6:.0f} µs | {good:.2f} s |")
            print(lines[-1], file=sys.stderr)
    lines += ["", f"Load average after: {', '.join(f'{x:.2f}' for x in os.getloadavg())}.", ""]
    text = "\n".join(lines)
    print(text)
    (Path(__file__).parent / "PROBLEMS.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
