"""Read a dataset (one TOML file or a folder of them), validate it and index it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli
from pydantic import ValidationError

from govtargets.errors import DataError, Problem
from govtargets.locate import Loc, describe_field, describe_record, find_line, split_loc
from govtargets.models import (
    CODE_PATTERN,
    KEY_PATTERN,
    DatasetFile,
    Division,
    Indicator,
    Region,
    Report,
    Source,
)


def bundled_data() -> Path:
    """The dataset that ships with govtargets."""
    packaged = Path(__file__).parent / "data" / "targets.toml"
    if packaged.is_file():
        return packaged
    # A source checkout or an editable install: the dataset sits at the project's top.
    return Path(__file__).resolve().parents[2] / "data" / "targets.toml"


def normalize_name(name: str) -> str:
    """Fold a typed name so that ``JINTAN``, ``jintan`` and full-width digits all match."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass
class Dataset:
    """A validated dataset, indexed for queries."""

    sources: dict[str, Source] = field(default_factory=dict)
    divisions: dict[str, Division] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    reports: dict[str, dict[int, Report]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    """Every normalised name a user may type for a region, to the region's id."""


@dataclass
class _File:
    path: Path
    text: str
    raw: dict[str, Any]
    model: DatasetFile

    def problem(self, message: str, record: Loc = (), field: Loc = ()) -> Problem:
        return _problem(self.path, self.text, self.raw, message, record, field)


def _problem(path: Path, text: str, raw: dict[str, Any], message: str, record: Loc, field: Loc) -> Problem:
    """A problem pointing at ``record`` and ``field`` of a file, with the line they are on."""
    return Problem(
        file=str(path),
        message=message,
        line=find_line(text, record, field),
        record=describe_record(raw, record),
        field=describe_field(field),
    )


def data_files(path: Path) -> list[Path]:
    """The TOML files of a dataset: the file itself, or every ``*.toml`` under a folder."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.toml") if p.is_file())
        if not files:
            raise DataError([Problem(file=str(path), message="folder holds no .toml files")])
        return files
    return [path]


def load_dataset(path: Path | None = None) -> Dataset:
    """Load, validate and index the dataset at ``path`` (the bundled one by default)."""
    problems: list[Problem] = []
    files: list[_File] = []
    for file_path in data_files(path or bundled_data()):
        loaded = _read(file_path, problems)
        if loaded is not None:
            files.append(loaded)
    if problems:
        raise DataError(problems)
    dataset = Dataset()
    problems.extend(_index(dataset, files))
    if not problems:
        problems.extend(_check_references(dataset, files))
    if not problems and not dataset.regions:
        problems.append(Problem(file=str(path or bundled_data()), message="no regions defined"))
    if problems:
        raise DataError(problems)
    return dataset


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
        found.append(_problem(path, text, raw, message, record, _field_of(rest)))
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


def _index(dataset: Dataset, files: list[_File]) -> Iterator[Problem]:
    """Merge the files into ``dataset``, yielding a problem for each id claimed twice."""
    for file in files:
        m = file.model
        for i, source in enumerate(m.sources):
            if source.id in dataset.sources:
                yield file.problem(f"source id {source.id!r} is used twice", ("sources", i), ("id",))
            dataset.sources[source.id] = source
        for i, division in enumerate(m.divisions):
            if division.code in dataset.divisions:
                yield file.problem(f"division {division.code} is defined twice", ("divisions", i), ("code",))
            dataset.divisions[division.code] = division
        for i, indicator in enumerate(m.indicators):
            if indicator.key in dataset.indicators:
                yield file.problem(
                    f"indicator {indicator.key!r} is defined twice", ("indicators", i), ("key",)
                )
            dataset.indicators[indicator.key] = indicator
        for i, region in enumerate(m.regions):
            if region.id in dataset.regions:
                yield file.problem(f"region id {region.id!r} is used twice", ("regions", i), ("id",))
            dataset.regions[region.id] = region
            named = [
                ("id", region.id),
                ("code", region.code),
                ("name_zh", region.name_zh),
                ("name_en", region.name_en),
                *(("aliases", alias) for alias in region.aliases),
            ]
            for field_name, name in named:
                owner = dataset.names.setdefault(normalize_name(name), region.id)
                if owner != region.id:
                    yield file.problem(
                        f"name {name!r} already names region {owner!r}", ("regions", i), (field_name,)
                    )
        for i, report in enumerate(m.reports):
            years = dataset.reports.setdefault(report.region, {})
            if report.year in years:
                yield file.problem(
                    f"a second report for {report.region} {report.year}", ("reports", i), ("year",)
                )
            years[report.year] = report


def _check_references(dataset: Dataset, files: list[_File]) -> Iterator[Problem]:
    """Yield a problem for each reference to a source, region, parent or record that is not there."""
    codes = set(dataset.divisions) | {r.code for r in dataset.regions.values()}
    for file in files:
        m = file.model
        for name, divisions in (("divisions", m.divisions), ("regions", m.regions)):
            for i, division in enumerate(divisions):
                if division.parent is not None and division.parent not in codes:
                    yield file.problem(f"no division with code {division.parent}", (name, i), ("parent",))
                yield from _source(dataset, file, division.source, (name, i), "source")
        for i, report in enumerate(m.reports):
            here: Loc = ("reports", i)
            if report.region not in dataset.regions:
                yield file.problem(f"no region with id {report.region!r}", here, ("region",))
            yield from _source(dataset, file, report.source, here, "source")
            yield from _check_report(dataset, file, report, here)


def _source(dataset: Dataset, file: _File, key: str | None, record: Loc, field: str) -> Iterator[Problem]:
    if key is not None and key not in dataset.sources:
        yield file.problem(f"no source with id {key!r}", record, (field,))


def _check_report(dataset: Dataset, file: _File, report: Report, here: Loc) -> Iterator[Problem]:
    areas = {area.no for area in report.areas}
    keys: set[str] = set()
    for j, target in enumerate(report.targets):
        at: Loc = (*here, "targets", j)
        if target.indicator not in dataset.indicators:
            yield file.problem(f"no indicator with key {target.indicator!r}", at, ("indicator",))
        if target.key in keys:
            yield file.problem(
                f"two targets are known as {target.key!r}; give each its own 'id'", at, ("id",)
            )
        keys.add(target.key)
        if target.area is not None and target.area not in areas:
            yield file.problem(f"the report has no area {target.area}", at, ("area",))
        yield from _source(dataset, file, target.source, at, "source")
        if target.actual is not None:
            yield from _source(dataset, file, target.actual.source, at, "actual")
    for j, target in enumerate(report.targets):
        if target.part_of is not None and target.part_of not in keys:
            at = (*here, "targets", j)
            yield file.problem(f"no target {target.part_of!r} in this report", at, ("part_of",))
    project_ids: set[str] = set()
    for j, project in enumerate(report.projects):
        at = (*here, "projects", j)
        if project.id in project_ids:
            yield file.problem(f"project id {project.id!r} is used twice", at, ("id",))
        project_ids.add(project.id)
        yield from _source(dataset, file, project.source, at, "source")
        yield from _source(dataset, file, project.total_investment_source, at, "total_investment_source")
        for note in project.notes:
            yield from _source(dataset, file, note.source, at, "notes")
