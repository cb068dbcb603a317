"""Read a dataset's files, validate and check them, and compile them into an index.

This is the only module that parses TOML and validates with pydantic; a query answered from a
cached index never imports it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import tomli
from pydantic import ValidationError

from govtargets.errors import DataError, Problem
from govtargets.index import IndexWriter, Rows, rows_of
from govtargets.locate import Loc, Locator, describe_field, describe_record, split_loc
from govtargets.models import CODE_PATTERN, KEY_PATTERN, DatasetFile, Quantity, Region, Report, Target
from govtargets.vocab import UNITS, Kind, normalize_name

if TYPE_CHECKING:
    from govtargets.results import Validation


@dataclass
class _File:
    path: Path
    text: str
    raw: dict[str, Any]
    model: DatasetFile

    def problem(self, message: str, record: Loc = (), field: Loc = (), *, warning: bool = False) -> Problem:
        found = _problem(self.path, self.locator, self.raw, message, record, field)
        return found._replace(severity="warning") if warning else found

    @functools.cached_property
    def locator(self) -> Locator:
        return Locator(self.text)


def _problem(
    path: Path, locator: Locator, raw: dict[str, Any], message: str, record: Loc, field: Loc
) -> Problem:
    """A problem pointing at ``record`` and ``field`` of a file, with the line they are on."""
    return Problem(
        file=str(path),
        message=message,
        line=locator.find(record, field),
        record=describe_record(raw, record),
        field=describe_field(field),
    )


def compile_dataset(files: Sequence[str], writer: IndexWriter) -> list[Problem]:
    """Read, validate and check ``files``, writing each into ``writer`` in turn.

    Files are prepared on their own (in parallel when they are many and large), so memory holds
    one file's records per process at most; ids claimed twice and references between files are
    checked here as the files come in. Returns every problem found, errors and warnings, in
    reading order; the index is complete only when there is no error.
    """
    problems: list[Problem] = []
    checker = _Checker()
    for prepared in _prepare_all(files):
        problems.extend(prepared.problems)
        problems.extend(checker.claim(prepared))
        if not errors(problems):
            writer.add(prepared.rows)
    problems.extend(checker.dangling())
    if not errors(problems) and not checker.taken["region"]:
        where = os.path.dirname(files[0]) if len(files) > 1 else files[0]
        problems.append(Problem(file=where, message="no regions defined"))
    # In reading order, file by file, whichever check found them.
    order = {path: n for n, path in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0))
    return problems


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that are errors, not warnings."""
    return [p for p in problems if p.severity == "error"]


def validate_datasets(paths: Sequence[str], *, strict: bool = False) -> Validation:
    """Check each dataset (a file or a folder) in full, and report every problem found."""
    import sqlite3

    from govtargets.cache import data_files

    problems: list[Problem] = []
    count = 0
    for path in paths:
        try:
            files = data_files(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        count += len(files)
        with contextlib.closing(sqlite3.connect(":memory:")) as conn:
            problems.extend(compile_dataset(files, IndexWriter(conn)))
    failed = errors(problems)
    return {
        "datasets": list(paths),
        "files": count,
        "problems": [
            {
                "severity": "warning" if p.severity == "warning" else "error",
                "file": p.file,
                "line": p.line,
                "record": p.record,
                "field": p.field,
                "message": p.message,
            }
            for p in problems
        ],
        "errors": len(failed),
        "warnings": len(problems) - len(failed),
        "strict": strict,
        "ok": not (problems if strict else failed),
    }


class Claim(NamedTuple):
    """An id a file defines: a source, division, indicator, region, region name or report."""

    what: str
    key: str
    shown: str
    record: Loc
    field: str
    owner: str = ""


@dataclass
class Prepared:
    """One data file read, validated and checked on its own: its rows, and what it claims and needs."""

    path: str
    problems: list[Problem]
    rows: Rows = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    wanted: set[tuple[str, str]] = field(default_factory=set)


def prepare(path: str) -> Prepared:
    """Read, validate and check one file, and turn it into index rows (if it has no problem)."""
    problems: list[Problem] = []
    file = _read(Path(path), problems)
    if file is None:
        return Prepared(path, problems)
    m = file.model
    for i, report in enumerate(m.reports):
        problems.extend(_check_report(file, report, ("reports", i)))
    claims = list(_claims(m))
    names = {c.key: c.owner for c in claims if c.what == "name"}
    return Prepared(
        path,
        problems,
        rows={} if errors(problems) else rows_of(m, names),
        claims=claims,
        wanted={(kind, key) for kind, key, _, _ in _references(m)},
    )


# Below this much data, starting worker processes costs more than it saves.
_PARALLEL_BYTES = 2_000_000


def _prepare_all(files: Sequence[str]) -> Iterator[Prepared]:
    """Each file prepared, in order: in worker processes when there is enough data to share."""
    workers = min(len(files), os.cpu_count() or 1)
    if workers < 2 or sum(os.path.getsize(f) for f in files) < _PARALLEL_BYTES:
        yield from map(prepare, files)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: a worker starts with pydantic and the models already loaded.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from pool.map(prepare, files)


def _read(path: Path, problems: list[Problem]) -> _File | None:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(file=name, message=f"cannot read file: {exc.strerror or exc}"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(file=name, line=line, message=f"not UTF-8 text (byte {data[exc.start]:#04x})")
        )
        return None
    try:
        raw = tomli.loads(text, parse_float=Decimal)
    except tomli.TOMLDecodeError as exc:
        problems.append(
            Problem(file=name, line=exc.lineno, message=f"invalid TOML: {exc.msg} (column {exc.colno})")
        )
        return None
    try:
        model = DatasetFile.model_validate(raw)
    except ValidationError as exc:
        problems.extend(_schema_problems(path, text, raw, exc))
        return None
    return _File(path, text, raw, model)


def _schema_problems(path: Path, text: str, raw: dict[str, Any], exc: ValidationError) -> list[Problem]:
    found: list[Problem] = []
    locator = Locator(text)
    seen: set[tuple[Loc, str | int | None]] = set()
    for error in exc.errors(include_url=False):
        record, rest = split_loc(error["loc"])
        # A union (such as a date or a datetime) reports one error per member: keep the first.
        key = (record, rest[0] if rest else None)
        if key in seen:
            continue
        seen.add(key)
        pattern = str(error.get("ctx", {}).get("pattern"))
        message = (
            _PATTERNS.get(pattern)
            or _MESSAGES.get(error["type"])
            or str(error["msg"]).removeprefix("Value error, ")
        )
        found.append(_problem(path, locator, raw, message, record, _field_of(rest)))
    return found


def _field_of(rest: Loc) -> Loc:
    # Drop pydantic's union tags ("datetime", "function-after[...]") that are not field names.
    return tuple(p for p in rest if isinstance(p, int) or ("[" not in p and p not in _UNION_TAGS))


# Pydantic's wording where a dataset's author needs other words.
_MESSAGES = {
    "extra_forbidden": "unknown field (is it misspelt?)",
    "missing": "missing: this field is required",
}

_PATTERNS = {
    CODE_PATTERN: "a division code is six digits, such as 320413",
    KEY_PATTERN: "use lower-case letters, digits, '_' and '-', starting with a letter or digit",
}

_UNION_TAGS = frozenset({"datetime", "date", "decimal", "int", "str", "float"})


class _Checker:
    """What the files read so far claim, to find ids claimed twice and references to nothing."""

    def __init__(self) -> None:
        self.taken: dict[str, dict[str, str]] = {what: {} for what in _TWICE}
        self.codes: set[str] = set()
        self.wanted: list[tuple[str, set[tuple[str, str]]]] = []

    def claim(self, prepared: Prepared) -> list[Problem]:
        """Take in one file's claims, returning a problem for each id another record holds."""
        twice: list[tuple[str, Loc, str]] = []
        for claim in prepared.claims:
            if claim.what == "code":
                self.codes.add(claim.key)
                continue
            taken = self.taken[claim.what]
            if claim.key not in taken:
                taken[claim.key] = claim.owner
            elif claim.what != "name" or taken[claim.key] != claim.owner:  # a region may repeat its own name
                message = _TWICE[claim.what].format(key=claim.shown, owner=taken[claim.key])
                twice.append((message, claim.record, claim.field))
        self.wanted.append((prepared.path, prepared.wanted))
        return _located(prepared.path, twice) if twice else []

    def dangling(self) -> list[Problem]:
        """A problem for each reference, in any file, to an id no file defines."""
        units = self.taken["indicator"]
        known: dict[str, Callable[[str], bool]] = {
            "source": self.taken["source"].__contains__,
            "indicator": units.__contains__,
            "region": self.taken["region"].__contains__,
            "code": self.codes.__contains__,
            "unit": lambda key: _unit_fits(units, *key.split("\t")),
        }
        found: list[Problem] = []
        for path, wanted in self.wanted:
            if all(known[kind](key) for kind, key in wanted):
                continue
            # Rare, so read the file again to say where each missing reference is.
            file = _read(Path(path), found)
            if file is None:
                continue
            for kind, key, record, field_name in _references(file.model):
                if not known[kind](key):
                    indicator, _, unit = key.partition("\t")
                    message = _MISSING[kind].format(
                        key=key, indicator=indicator, unit=unit, of=units.get(indicator)
                    )
                    found.append(file.problem(message, record, (field_name,)))
        return found


_TWICE = {
    "source": "source id {key!r} is used twice",
    "division": "division {key} is defined twice",
    "indicator": "indicator {key!r} is defined twice",
    "region": "region id {key!r} is used twice",
    "name": "name {key!r} already names region {owner!r}",
    "report": "a second report for {key}",
}


def _claims(m: DatasetFile) -> Iterator[Claim]:
    """Every id a file defines, with where it is."""
    for what, table, attr in (
        ("source", "sources", "id"),
        ("division", "divisions", "code"),
        ("indicator", "indicators", "key"),
        ("region", "regions", "id"),
    ):
        for i, record in enumerate(getattr(m, table)):
            key = getattr(record, attr)
            # An indicator's claim carries its unit, against which targets' units are checked.
            yield Claim(what, key, key, (table, i), attr, getattr(record, "unit", None) or "")
    for i, division in enumerate(m.divisions):
        yield Claim("code", division.code, division.code, ("divisions", i), "code")
    for i, region in enumerate(m.regions):
        yield Claim("code", region.code, region.code, ("regions", i), "code")
        for field_name, name in _names(region):
            yield Claim("name", normalize_name(name), name, ("regions", i), field_name, region.id)
    for i, report in enumerate(m.reports):
        key = f"{report.region} {report.year}"
        yield Claim("report", key, key, ("reports", i), "year")


def _located(path: str, items: list[tuple[str, Loc, str]]) -> list[Problem]:
    """Problems at records of a file read earlier: read it again to find their lines."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
        raw = tomli.loads(text, parse_float=Decimal)
    except (OSError, ValueError):  # changed since: the problems stand, without their lines
        return [Problem(file=path, message=message) for message, _, _ in items]
    locator = Locator(text)
    return [_problem(Path(path), locator, raw, message, record, (name,)) for message, record, name in items]


_MISSING = {
    "source": "no source with id {key!r}",
    "indicator": "no indicator with key {key!r}",
    "region": "no region with id {key!r}",
    "code": "no division with code {key}",
    "unit": "unit {unit!r} does not fit indicator {indicator!r}, which is measured in {of}",
}


def _unit_fits(units: dict[str, str], indicator: str, unit: str) -> bool:
    # An indicator unknown here is reported on its own; one with no unit takes any.
    of = units.get(indicator)
    return not of or UNITS[of].dimension == UNITS[unit].dimension


def _names(region: Region) -> list[tuple[str, str]]:
    return [
        ("id", region.id),
        ("code", region.code),
        ("name_zh", region.name_zh),
        ("name_en", region.name_en),
        *(("aliases", alias) for alias in region.aliases),
    ]


def _references(m: DatasetFile) -> Iterator[tuple[str, str, Loc, str]]:
    """Every id a file refers to: (what it names, the id, the record, the field)."""
    for name, divisions in (("divisions", m.divisions), ("regions", m.regions)):
        for i, division in enumerate(divisions):
            if division.parent is not None:
                yield "code", division.parent, (name, i), "parent"
            if division.source is not None:
                yield "source", division.source, (name, i), "source"
    for i, report in enumerate(m.reports):
        here: Loc = ("reports", i)
        yield "region", report.region, here, "region"
        yield "source", report.source, here, "source"
        for j, target in enumerate(report.targets):
            at: Loc = (*here, "targets", j)
            yield "indicator", target.indicator, at, "indicator"
            if target.kind in (Kind.AMOUNT, Kind.COUNT) and target.unit:
                yield "unit", f"{target.indicator}\t{target.unit}", at, "unit"
            if target.source is not None:
                yield "source", target.source, at, "source"
            if target.actual is not None:
                yield "source", target.actual.source, at, "actual"
                if target.actual.level is not None:
                    yield "unit", f"{target.indicator}\t{target.actual.level.unit}", at, "actual"
        for j, project in enumerate(report.projects):
            at = (*here, "projects", j)
            for field_name, key in (
                ("source", project.source),
                ("total_investment_source", project.total_investment_source),
            ):
                if key is not None:
                    yield "source", key, at, field_name
            for note in project.notes:
                yield "source", note.source, at, "notes"


def _check_report(file: _File, report: Report, here: Loc) -> Iterator[Problem]:
    """Problems inside one report: target keys, areas, "of which" links, project ids."""
    areas = {area.no for area in report.areas}
    keys: set[str] = set()
    for j, target in enumerate(report.targets):
        at: Loc = (*here, "targets", j)
        if target.key in keys:
            yield file.problem(
                f"two targets are known as {target.key!r}; give each its own 'id'", at, ("id",)
            )
        keys.add(target.key)
        if target.area is not None and target.area not in areas:
            yield file.problem(f"the report has no area {target.area}", at, ("area",))
    by_key = {target.key: target for target in report.targets}
    for j, target in enumerate(report.targets):
        at = (*here, "targets", j)
        if target.part_of is not None and target.part_of not in keys:
            yield file.problem(f"no target {target.part_of!r} in this report", at, ("part_of",))
        whole = by_key.get(target.part_of or "")
        if whole is not None and _exceeds(target, whole):
            yield file.problem(
                f"this part ({target.value}{target.unit}) is more than its whole {whole.key!r}"
                f" ({whole.value}{whole.unit})",
                at,
                ("value",),
            )
        actual = target.actual.value if target.actual else None
        for figure, name in ((target.value, "value"), (actual, "actual")):
            if (
                target.kind is Kind.GROWTH
                and figure is not None
                and not GROWTH_RANGE[0] <= figure <= GROWTH_RANGE[1]
            ):
                low, high = GROWTH_RANGE
                yield file.problem(
                    f"growth of {figure}% is outside {low}% to {high}%: is it right?",
                    at,
                    (name,),
                    warning=True,
                )
    project_ids: set[str] = set()
    for j, project in enumerate(report.projects):
        at = (*here, "projects", j)
        if project.id in project_ids:
            yield file.problem(f"project id {project.id!r} is used twice", at, ("id",))
        project_ids.add(project.id)
        planned, total = project.planned_investment, project.total_investment
        if planned is not None and total is not None and _yuan(planned) > _yuan(total):
            yield file.problem(
                f"planned investment {planned.value}{planned.unit} is more than the total"
                f" {total.value}{total.unit}",
                at,
                ("planned_investment",),
            )
        if project.production_start is not None and not 0 <= project.production_start - report.year <= 20:
            yield file.problem(
                f"production from {project.production_start} is not within 20 years after the"
                f" report's year {report.year}: is it right?",
                at,
                ("production_start",),
                warning=True,
            )
    if not EARLIEST_YEAR <= report.year <= dt.date.today().year + 1:
        yield file.problem(
            f"year {report.year} is before {EARLIEST_YEAR} or after next year: is it right?",
            here,
            ("year",),
            warning=True,
        )


GROWTH_RANGE = (Decimal(-30), Decimal(50))
"""Growth rates (%) outside this range are possible but more often typos: a warning."""
EARLIEST_YEAR = 1978
"""Reports from before the reform era, or dated after next year, are likely typos: a warning."""


def _yuan(amount: Quantity) -> Decimal:
    return amount.value * UNITS[amount.unit].factor


def _exceeds(part: Target, whole: Target) -> bool:
    """Whether an "of which" figure is larger than its whole, where the two can be compared."""
    if part.value is None or whole.value is None or part.unit is None or whole.unit is None:
        return False
    if part.kind is not whole.kind or part.kind not in (Kind.AMOUNT, Kind.COUNT):
        return False
    a, b = UNITS[part.unit], UNITS[whole.unit]
    if (a.dimension, a.currency) != (b.dimension, b.currency) or (a.dimension != "money" and a != b):
        return False
    return part.value * a.factor > whole.value * b.factor
