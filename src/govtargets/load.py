"""Read a dataset's files, validate and check them, and compile them into an index.

This is the only module that parses TOML and validates with pydantic; a query answered from a
cached index never imports it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from govtargets.errors import DataError, Problem
from govtargets.index import IndexWriter
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
    """Read, validate and check ``files`` one at a time, writing each into ``writer``.

    Only one file's text and records are in memory at once; references between files are
    checked at the end against the ids every file claimed. Raises DataError listing every problem.
    """
    problems: list[Problem] = []
    checker = _Checker()
    for name in files:
        loaded = _read(Path(name), problems)
        if loaded is None:
            continue
        found = checker.claim(loaded)
        problems.extend(found)
        if not problems:
            writer.add(loaded.model, checker.names_of(loaded.model))
    problems.extend(checker.dangling())
    if not problems and not checker.regions:
        where = os.path.dirname(files[0]) if len(files) > 1 else files[0]
        problems.append(Problem(file=where, message="no regions defined"))
    if problems:
        # In reading order, file by file, whichever check found them.
        order = {str(path): n for n, path in enumerate(files)}
        problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0))
        raise DataError(problems)


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
    """What the files read so far claim (ids, names, codes), to find duplicates and dangling references."""

    def __init__(self) -> None:
        self.sources: set[str] = set()
        self.divisions: set[str] = set()
        self.indicators: set[str] = set()
        self.regions: set[str] = set()
        self.codes: set[str] = set()
        self.names: dict[str, str] = {}
        self.reports: set[tuple[str, int]] = set()
        self.wanted: list[tuple[Path, set[tuple[str, str]]]] = []

    def claim(self, file: _File) -> list[Problem]:
        """Take in one file's ids, returning what is claimed twice or broken inside one report."""
        m = file.model
        found: list[Problem] = []
        for table, attr, taken, message in (
            ("sources", "id", self.sources, "source id {!r} is used twice"),
            ("divisions", "code", self.divisions, "division {} is defined twice"),
            ("indicators", "key", self.indicators, "indicator {!r} is defined twice"),
            ("regions", "id", self.regions, "region id {!r} is used twice"),
        ):
            for i, record in enumerate(getattr(m, table)):
                key = getattr(record, attr)
                if key in taken:
                    found.append(file.problem(message.format(key), (table, i), (attr,)))
                taken.add(key)
        self.codes.update(d.code for d in m.divisions)
        for i, region in enumerate(m.regions):
            self.codes.add(region.code)
            for field_name, name in _names(region):
                owner = self.names.setdefault(normalize_name(name), region.id)
                if owner != region.id:
                    found.append(
                        file.problem(
                            f"name {name!r} already names region {owner!r}", ("regions", i), (field_name,)
                        )
                    )
        for i, report in enumerate(m.reports):
            if (report.region, report.year) in self.reports:
                found.append(
                    file.problem(
                        f"a second report for {report.region} {report.year}", ("reports", i), ("year",)
                    )
                )
            self.reports.add((report.region, report.year))
            found.extend(_check_report(file, report, ("reports", i)))
        self.wanted.append((file.path, {(kind, key) for kind, key, _, _ in _references(m)}))
        return found

    def names_of(self, model: DatasetFile) -> dict[str, str]:
        """The normalised names of a file's regions, to their ids."""
        return {normalize_name(name): r.id for r in model.regions for _, name in _names(r)}

    def dangling(self) -> list[Problem]:
        """A problem for each reference, in any file, to an id no file defines."""
        known = {
            "source": self.sources,
            "indicator": self.indicators,
            "region": self.regions,
            "code": self.codes,
        }
        found: list[Problem] = []
        for path, wanted in self.wanted:
            if all(key in known[kind] for kind, key in wanted):
                continue
            # Rare, so read the file again to say where each missing reference is.
            file = _read(path, found)
            if file is None:
                continue
            for kind, key, record, field_name in _references(file.model):
                if key not in known[kind]:
                    found.append(file.problem(_MISSING[kind].format(key=key), record, (field_name,)))
        return found


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
