"""Read a dataset's files, validate and check them, and compile them into an index.

This is the only module that parses TOML and validates with pydantic; a query answered from a
cached index never imports it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import tomli
from pydantic import ValidationError

from govtargets.errors import DataError, Problem
from govtargets.index import IndexWriter, Rows, rows_of
from govtargets.locate import Loc, Locator, describe_field, describe_record, split_loc
from govtargets.models import CODE_PATTERN, KEY_PATTERN, DatasetFile, Region, Report
from govtargets.vocab import normalize_name


@dataclass
class _File:
    path: Path
    text: str
    raw: dict[str, Any]
    model: DatasetFile

    def problem(self, message: str, record: Loc = (), field: Loc = ()) -> Problem:
        return _problem(self.path, self.locator, self.raw, message, record, field)

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


def compile_dataset(files: Sequence[str], writer: IndexWriter) -> None:
    """Read, validate and check ``files``, writing each into ``writer`` in turn.

    Files are prepared on their own (in parallel when they are many and large), so memory holds
    one file's records per process at most; ids claimed twice and references between files are
    checked here as the files come in. Raises DataError listing every problem.
    """
    problems: list[Problem] = []
    checker = _Checker()
    for prepared in _prepare_all(files):
        problems.extend(prepared.problems)
        problems.extend(checker.claim(prepared))
        if not problems:
            writer.add(prepared.rows)
    problems.extend(checker.dangling())
    if not problems and not checker.taken["region"]:
        where = os.path.dirname(files[0]) if len(files) > 1 else files[0]
        problems.append(Problem(file=where, message="no regions defined"))
    if problems:
        # In reading order, file by file, whichever check found them.
        order = {path: n for n, path in enumerate(files)}
        problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0))
        raise DataError(problems)


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
        rows={} if problems else rows_of(m, names),
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
        known: dict[str, Container[str]] = {
            "source": self.taken["source"],
            "indicator": self.taken["indicator"],
            "region": self.taken["region"],
            "code": self.codes,
        }
        found: list[Problem] = []
        for path, wanted in self.wanted:
            if all(key in known[kind] for kind, key in wanted):
                continue
            # Rare, so read the file again to say where each missing reference is.
            file = _read(Path(path), found)
            if file is None:
                continue
            for kind, key, record, field_name in _references(file.model):
                if key not in known[kind]:
                    found.append(file.problem(_MISSING[kind].format(key=key), record, (field_name,)))
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
            yield Claim(what, key, key, (table, i), attr)
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
}


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
            if target.source is not None:
                yield "source", target.source, at, "source"
            if target.actual is not None:
                yield "source", target.actual.source, at, "actual"
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
    for j, target in enumerate(report.targets):
        if target.part_of is not None and target.part_of not in keys:
            at = (*here, "targets", j)
            yield file.problem(f"no target {target.part_of!r} in this report", at, ("part_of",))
    project_ids: set[str] = set()
    for j, project in enumerate(report.projects):
        if project.id in project_ids:
            yield file.problem(f"project id {project.id!r} is used twice", (*here, "projects", j), ("id",))
        project_ids.add(project.id)
