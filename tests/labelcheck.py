"""Check a region file of the bundled data against its reports, as a person transcribes it.

    python -m tests.labelcheck data/regions/changzhou.toml [...]

It validates each file with the dataset models (against the bundled catalogue), and checks
that every ``wording`` is a verbatim substring of its report and holds the record's figures
(validate's not-in-wording warning).
A source ``<region>-<year>`` is the shared report its passage names (tests/passages.py).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from govtargets.dataset.models import DatasetFile
from govtargets.dataset.reading import prepare

from .passages import SHARED_REPORTS, text_file

TOP = Path(__file__).parents[1]
CATALOGUE = TOP / "data" / "targets.toml"


def report_text(source_id: str) -> str | None:
    """The text of the report a source id names, or None if it names none."""
    if re.fullmatch(r"([a-z]+)-(\d{4})", source_id) is None:
        return None
    path = SHARED_REPORTS / text_file(source_id, {})
    return path.read_text(encoding="utf-8") if path.is_file() else None


def problems(path: Path) -> Iterator[str]:
    """Every problem found in one region file."""
    raw = tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    try:
        model = DatasetFile.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            yield f"invalid: {'.'.join(map(str, error['loc']))}: {error['msg']}"
        return
    catalogue = DatasetFile.model_validate(
        tomli.loads(CATALOGUE.read_text(encoding="utf-8"), parse_float=Decimal)
    )
    keys = {i.key for i in catalogue.indicators} | {i.key for i in model.indicators}
    sources = {s.id for s in model.sources}
    for report in model.reports:
        text = report_text(report.source)
        where = f"report {report.region} {report.year}"
        if text is None:
            yield f"{where}: source {report.source!r} names no report file"
            continue
        seen: set[str] = set()
        for target in report.targets:
            here = f"{where}, target {target.key} ({target.wording})"
            if target.key in seen:
                yield f"{here}: a second target with this key: give both an id"
            seen.add(target.key)
            yield from _record(here, target.model_dump(), text, keys)
    for outcome in model.outcomes:
        here = f"outcome {outcome.region} {outcome.year} {outcome.indicator} ({outcome.wording})"
        if outcome.source not in sources:
            yield f"{here}: source {outcome.source!r} is not in this file"
            continue
        text = report_text(outcome.source)
        if text is None:
            yield f"{here}: source names no report file"
            continue
        yield from _record(here, outcome.model_dump(), text, keys)
    # Each figure in its wording: validate's own check (not-in-wording), which it gives as a warning.
    for problem in prepare(str(path)).problems:
        if problem.code == "not-in-wording":
            yield f"line {problem.line}: {problem.message}"


def _record(here: str, record: dict[str, Any], text: str, keys: set[str]) -> Iterator[str]:
    wording = record["wording"]
    if wording not in text:
        yield f"{here}: wording is not a verbatim substring of the report"
    for name in ("indicator", "against"):
        if record.get(name) and record[name] not in keys:
            yield f"{here}: {name} {record[name]!r} is in neither the catalogue nor this file"


def main(paths: list[str]) -> int:
    """Check each file; print the problems; status 1 if any."""
    count = 0
    for name in paths:
        for problem in problems(Path(name)):
            print(f"{name}: {problem}")
            count += 1
    print(f"{count} problem(s) in {len(paths)} file(s)")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
