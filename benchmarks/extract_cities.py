"""How well ``govtargets extract`` reads city reports that nobody here had read while writing it:
precision and recall of targets, and of GDP's and budget revenue's results, against an answer
key made by hand from the texts before the tool ran on them (benchmarks/cities/).

    python benchmarks/extract_cities.py LAWTEXT_GOV [--verbose]

LAWTEXT_GOV is a clone of github.com/lawtext/gov (its git directory will do: each text is read
at the commit the key's sources name). The 12 reports are the first four of each era (2003–2011,
2012–2021, 2022–2026) by SHA-256 of their paths in its city folders, one per city, leaving out
Jiangsu's cities and the four municipalities (benchmarks/cities/README.md). Each is drafted as a
user with only that report would draft it: no report of the year before in the data, so the
results drafted are GDP's, budget revenue's and those given a growth rate beside them; only
GDP's and budget revenue's are scored, the two the key holds. Matching is benchmarks/extract.py's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli

sys.path.insert(0, str(Path(__file__).parent))
from extract import HEADER, Run, Score, outcome_key, report_line, score, summary, target_key

from govtargets.errors import ReportError
from govtargets.extract.draft import as_json, extract
from govtargets.extract.names import Catalogue
from govtargets.index.cache import open_index


def _figures_key(o: dict[str, Any]) -> tuple[Any, ...]:
    """A result's figures alone: the keys were transcribed before a result held its bound."""
    return outcome_key(o, bounds=False)


KEY = Path(__file__).parent / "cities"
"""The answer key: one TOML file a report, in the dataset format."""
ERAS = ((2003, 2021), (2022, 2026))
"""The eras issue 26 sets goals for (targets 0.90 and 0.95)."""
SCORED = ("gdp", "budget_revenue")
"""The results the key holds."""


def text_of(lawtext: Path, url: str) -> str:
    """A report's text from the lawtext/gov clone, at the commit and path its source's address names."""
    commit, path = url.split("/blob/", 1)[1].split("/", 1)
    return text_at(lawtext, commit, path)


def text_at(lawtext: Path, commit: str, path: str) -> str:
    """A file's text in the lawtext/gov clone at ``commit``."""
    return subprocess.run(
        ["git", "-C", str(lawtext), "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lawtext", type=Path, help="a clone of github.com/lawtext/gov (or its git directory)")
    parser.add_argument(
        "--key", type=Path, default=KEY, help="the answer key's folder (default: %(default)s)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    index = open_index(use_cache=False)
    indicators, regions = Catalogue(index.indicators()), index.regions()
    run = Run(Score(), Score(), [], [])
    eras = {era: Run(Score(), Score(), [], []) for era in ERAS}
    gdp: list[tuple[int, bool]] = []
    print(HEADER)
    files = sorted(args.key.glob("*.toml"))
    for key_file in files:
        key: dict[str, Any] = tomli.loads(key_file.read_text(encoding="utf-8"), parse_float=Decimal)
        (report,) = key["reports"]
        url = next(s["url"] for s in key["sources"] if s["id"] == report["source"])
        text = text_of(args.lawtext, url)
        try:
            draft = as_json(extract(text, indicators=indicators, regions=regions))
        except ReportError:  # no passage found: every record of the report is missed
            draft = {"targets": [], "outcomes": []}
        gold_targets = report.get("targets", [])
        gold_outcomes = [o for o in key.get("outcomes", []) if o["indicator"] in SCORED]
        drafted_outcomes = [o for o in draft["outcomes"] if o["indicator"] in SCORED]  # type: ignore[index]
        t, t_miss = score(draft["targets"], gold_targets, target_key, text=text)  # type: ignore[arg-type]
        o, o_miss = score(drafted_outcomes, gold_outcomes, _figures_key, text=text)
        for each in (run, eras[next(e for e in ERAS if report["year"] <= e[1])]):
            each.targets += t
            each.outcomes += o
        stated = gdp_growth(gold_targets)
        if stated is not None:
            gdp.append((report["year"], gdp_growth(draft["targets"]) == stated))  # type: ignore[arg-type]
        print(report_line(key_file.stem, t, o))
        if args.verbose:
            print("\n".join([*t_miss, *o_miss]))
    print("\n".join(summary(f"all ({len(files)})", run)))
    for (first, last), each in eras.items():
        print(summary(f"{first}-{last}", each)[0])
    early = [right for year, right in gdp if year <= 2012]
    print(
        f"GDP growth target as the key gives it: {sum(r for _, r in gdp)} of {len(gdp)} reports "
        f"that state one ({sum(early)} of {len(early)} of 2003-2012)"
    )
    return 0


def gdp_growth(targets: Sequence[dict[str, Any]]) -> tuple[Decimal, Decimal | None] | None:
    """The year's GDP growth target (its figure, and the top of a range), as a dataset of GDP
    targets would hold it: the first growth target of GDP."""
    for target in targets:
        if target.get("indicator") == "gdp" and target.get("kind") == "growth":
            high = target.get("value_high")
            return Decimal(str(target["value"])), None if high is None else Decimal(str(high))
    return None


if __name__ == "__main__":
    sys.exit(main())
