"""Format 1 datasets, read as format 2: the same records in the new shape.

The loader upgrades a format 1 file in memory (with a warning); ``govtargets upgrade FILE``
prints the upgraded file, and ``--write`` replaces it (keeping the original beside it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from govtargets.dataset import toml_writer
from govtargets.dataset.vocab import FORMAT

_QUALIFIERS = {"at_least": "no_fewer_than"}
"""Format 1 qualifiers whose key changed; the others keep theirs."""
_GOALS = {"keep_falling", "steady_improve", "meet_quota"}
"""Format 1 qualifiers that are format 2 goals of qualitative targets."""
_IN_STEP = "in_step_with_growth"


def is_format_1(raw: dict[str, Any]) -> bool:
    """Whether a file's data is format 1 (which said ``format = 1``, or nothing)."""
    return bool(raw.get("format", 1) == 1)


def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """A format 1 file's data in format 2. Parts it does not recognise are passed on unchanged,
    so that validation reports them as it would have."""
    new = {**raw, "format": FORMAT}
    outcomes: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    reports = []
    for report in raw.get("reports", []):
        if not isinstance(report, dict):
            reports.append(report)
            continue
        targets = []
        for target in report.get("targets", []):
            targets.append(_target(target, report, outcomes) if isinstance(target, dict) else target)
        projects = [_project(p) if isinstance(p, dict) else p for p in report.get("projects", [])]
        reports.append(
            {
                **report,
                **({"targets": targets} if targets else {}),
                **({"projects": projects} if projects else {}),
            }
        )
    if "reports" in raw:
        new["reports"] = reports
    if outcomes:
        new["outcomes"] = [*raw.get("outcomes", []), *outcomes.values()]
    return new


def _target(
    target: dict[str, Any], report: dict[str, Any], outcomes: dict[tuple[Any, Any, Any], dict[str, Any]]
) -> dict[str, Any]:
    new = dict(target)
    kind = new.get("kind")
    if kind in ("amount", "count"):
        new["kind"] = "level"
    qualifier = new.pop("qualifier", None)
    if qualifier in _GOALS:
        new["goal"] = qualifier
    elif qualifier == _IN_STEP:
        new.update(kind="relative", against="gdp", qualifiers=["in_step"])
    elif qualifier is not None:
        new["qualifiers"] = [_QUALIFIERS.get(qualifier, qualifier)]
    if isinstance(new.get("actual"), dict):
        _outcome(new.pop("actual"), new, report, outcomes)
    return new


def _outcome(
    actual: dict[str, Any],
    target: dict[str, Any],
    report: dict[str, Any],
    outcomes: dict[tuple[Any, Any, Any], dict[str, Any]],
) -> None:
    """Move a target's ``actual`` into the outcome of its region, year and indicator: its
    ``value`` is the outcome's growth or level (by the target's kind), ``level`` a table of its
    own; every other field goes as it is, for validation to check (a misspelt one is reported,
    never dropped)."""
    where = (report.get("region"), report.get("year"), target.get("indicator"))
    rest = {k: v for k, v in actual.items() if k not in ("value", "level")}
    outcome = outcomes.setdefault(
        where, {"region": where[0], "year": where[1], "indicator": where[2], **rest}
    )
    figure = actual.get("value")
    if figure is not None and target.get("kind") == "growth":
        outcome.setdefault("growth", figure)
    elif figure is not None:
        outcome.setdefault("level", figure)
        if target.get("unit"):
            outcome.setdefault("level_unit", target["unit"])
    level = actual.get("level")
    if isinstance(level, dict):
        outcome.setdefault("level", level.get("value"))
        outcome.setdefault("level_unit", level.get("unit"))


def _project(project: dict[str, Any]) -> dict[str, Any]:
    start = project.get("production_start")
    return {**project, "production_start": {"year": start}} if isinstance(start, int) else project


# The order of the format's tables and of the fields a person reads first.
_TABLES = ("sources", "divisions", "indicators", "regions", "reports", "outcomes")
_NESTED = ("areas", "targets", "projects")


def to_toml(data: dict[str, Any], *, header: str = "") -> str:
    """A format 2 file's data as TOML text."""
    parts = [header] if header else []
    parts.append(f"format = {FORMAT}\n")
    for name in _TABLES:
        for record in data.get(name, []):
            flat = {k: v for k, v in record.items() if k not in _NESTED} if name == "reports" else record
            parts.append(toml_writer.table(name, flat))
            if name == "reports":
                parts.extend(_nested(record))
    return "\n".join(parts)


def _nested(report: dict[str, Any]) -> Iterator[str]:
    for name in _NESTED:
        for item in report.get(name, []):
            yield toml_writer.table(f"reports.{name}", item)


def upgrade_file(path: str) -> str:
    """A format 1 file upgraded to format 2: its text."""
    from decimal import Decimal

    import tomli

    from govtargets.dataset.files import read_bytes
    from govtargets.errors import DataError, Problem

    try:
        data, _ = read_bytes(path, limit=1 << 30)  # the reader of every data file: no device, no endless pipe
        raw = tomli.loads(data.decode("utf-8-sig"), parse_float=Decimal)
    except OSError as exc:
        raise DataError([Problem(file=path, message=f"cannot read it: {exc.strerror or exc}")]) from None
    except ValueError as exc:
        raise DataError([Problem(file=path, message=f"cannot read it as TOML: {exc}")]) from None
    if not is_format_1(raw):
        raise DataError(
            [Problem(file=path, message=f"already format {raw.get('format')}: nothing to upgrade")]
        )
    return to_toml(
        upgrade(raw), header="# Upgraded from format 1 by govtargets upgrade; see docs/format.md.\n"
    )
