"""Draw the second reading's sample of the national and provincial panel (issue 27): a random 5%
of the landed reports, reproducibly.

    python benchmarks/second_reading.py [--seed 20261205] [--share 0.05]

The landed reports are the sources with a ``[[reports]]`` record in ``data/regions/*.toml`` whose
region is of level ``country`` or ``province``. Sorted by source id, they are sampled with
``random.Random(seed).sample(ids, k=ceil(share * n))``. Prints the number landed, the size of the
sample, and the sampled source ids in the order drawn, each with the shared file its text is in.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

import tomli

TOP = Path(__file__).resolve().parents[1]
REGIONS = TOP / "data" / "regions"
PASSAGES = TOP / "data" / "passages"
LEVELS = {"country", "province"}


def landed() -> list[str]:
    """The source ids of every national and provincial report with a ``[[reports]]`` record."""
    ids: set[str] = set()
    for path in sorted(REGIONS.glob("*.toml")):
        data = tomli.loads(path.read_text(encoding="utf-8"))
        levels = {region["id"]: region.get("level") for region in data.get("regions", [])}
        for report in data.get("reports", []):
            if levels.get(report["region"]) in LEVELS:
                ids.add(report["source"])
    return sorted(ids)


def sample(ids: list[str], *, seed: int, share: float) -> list[str]:
    """The sampled source ids, in the order drawn."""
    return random.Random(seed).sample(ids, k=math.ceil(share * len(ids)))


def text_file(source: str) -> str:
    """The shared file the source's passage names (``file:``), or ``?`` without a passage."""
    path = PASSAGES / f"{source}.md"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines()[1:6]:
            if line.startswith("file:"):
                return line.partition(":")[2].strip()
    return "?"


def main(argv: list[str]) -> int:
    """Print the sample."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--share", type=float, default=0.05)
    args = parser.parse_args(argv)
    ids = landed()
    drawn = sample(ids, seed=args.seed, share=args.share)
    print(f"landed: {len(ids)} reports; seed {args.seed}; sample of {len(drawn)}")
    for sid in drawn:
        print(f"{sid}\t{text_file(sid)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
