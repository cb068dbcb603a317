"""How often ``govtargets extract`` gives a city report's GDP growth target for its year as a
hand-made key of them gives it: the measure issue 26 asks of a research dataset of city GDP
targets, 2003-2012, made here by hand (benchmarks/cities/gdp-2003-2012.tsv) as none could be
reached from this machine.

    python benchmarks/extract_gdp.py LAWTEXT_GOV [--verbose]

LAWTEXT_GOV is a clone of github.com/lawtext/gov at commit fc1a2f6 (its git directory will do).
The key's reports are 60 drawn at random (seed 20261206) from its city texts named 2003-2012,
leaving out Jiangsu's cities, the four municipalities and the 36 of benchmarks/cities/. A draft
agrees when it gives the same year and the same figure (and top of a range); the qualifiers
(左右, 以上) are counted apart.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract_cities import gdp_growth, text_at

from govtargets.errors import ReportError
from govtargets.extract.draft import as_json, extract
from govtargets.extract.names import Catalogue
from govtargets.index.cache import open_index

KEY = Path(__file__).parent / "cities" / "gdp-2003-2012.tsv"
COMMIT = "fc1a2f67a589763dc905aaa90f2b1ba356bbccde"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lawtext", type=Path, help="a clone of github.com/lawtext/gov (or its git directory)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    index = open_index(use_cache=False)
    indicators, regions = Catalogue(index.indicators()), index.regions()
    with KEY.open(encoding="utf-8", newline="") as file:
        key = list(csv.DictReader(file, delimiter="\t"))
    stated = agree = same_qualifiers = 0
    for row in key:
        if not row["value"]:
            continue
        stated += 1
        text = text_at(args.lawtext, COMMIT, row["path"])
        try:
            draft = as_json(extract(text, indicators=indicators, regions=regions))
        except ReportError:
            draft = {"year": None, "targets": []}  # type: ignore[typeddict-item]
        want = (Decimal(row["value"]), Decimal(row["value_high"]) if row["value_high"] else None)
        got = gdp_growth(draft["targets"])  # type: ignore[arg-type]
        right = got == want and draft["year"] == int(row["year"])
        agree += right
        if right:
            drafted = next(t for t in draft["targets"] if t["indicator"] == "gdp" and t["kind"] == "growth")
            written = sorted(q for q in row["qualifiers"].split(",") if q)
            same_qualifiers += sorted(drafted["qualifiers"]) == written
        elif args.verbose:
            print(f"{row['path']}: key {row['year']} {want} ({row['wording']}); draft {draft['year']} {got}")
    print(
        f"GDP growth target of the year as the key gives it: {agree} of {stated} reports that state "
        f"one ({len(key) - stated} state none); with the same qualifiers: {same_qualifiers}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
