"""Compile a dataset: read every file (load.py), check them together, and serve the rows.

The checks that need more than one record: ids claimed twice (the same definition given twice
is fine, two different ones are an error naming both places), names that two regions or two
indicators share, and references to records that no file defines.
"""

from __future__ import annotations

import collections
import functools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from govtargets.dataset.places import Loc, Locator, describe_field, describe_record
from govtargets.dataset.reading import Piece, Prepared, prepare_all, prepare_piece
from govtargets.dataset.vocab import Kind, normalize_name, searchable, unit_of
from govtargets.errors import Problem
from govtargets.index.rows import (
    Context,
    dump,
    project_row,
    rank_measure,
    rank_value,
    region_view,
    source_view,
    target_row,
)
from govtargets.index.store import IndexWriter, SharedWriter
from govtargets.index.workers import asked_workers, ordered_map


@dataclass
class Compiled:
    """What compiling found: every problem, and whether the files could be cached."""

    problems: list[Problem] = field(default_factory=list)
    regular: bool = True

    @property
    def errors(self) -> list[Problem]:
        """The problems that are errors, not warnings."""
        return errors(self.problems)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that are errors, not warnings."""
    return [p for p in problems if p.severity == "error"]


def compile_dataset(
    files: Sequence[str],
    conn: sqlite3.Connection,
    *,
    bundled: int = 0,
    meta: Mapping[str, str] | None = None,
    stamps: Sequence[str] = (),
    previous: str | None = None,
) -> Compiled:
    """Read, validate and check ``files`` together, and fill ``conn`` with their index.

    The first ``bundled`` files are the bundled data: a user's report (or outcome) of a region
    and year that the bundled data has too replaces the bundled one, with a warning. Returns
    every problem found, errors and warnings, in reading order; the index is complete (and
    holds ``meta``) only when there is no error. With each file's ``stamps`` (what it is now),
    the files that the ``previous`` index of the same dataset staged as they are now are taken
    from it as they are, not read again.
    """
    asked_workers()  # a wrong setting is an error at any build, not only one large enough for workers
    writer = IndexWriter(conn)
    reused = writer.reusable(previous, stamps) if previous and stamps else {}
    compiled = Compiled()
    invalid: set[tuple[str, str]] = set()
    warned: dict[int, list[Problem]] = {}
    waiting = sorted(reused)

    def take_reused(before: int) -> None:
        """Stage, in their place in the file order, the reused files numbered below ``before``."""
        while waiting and waiting[0] < before:
            no = waiting.pop(0)
            previous_no, warnings = reused[no]
            writer.reuse(no, files[no], previous_no)
            warned[no] = [Problem(*p)._replace(file=files[no]) for p in orjson.loads(warnings or "[]")]
            compiled.problems.extend(warned[no])

    # Where the index is a file, workers stage what they read into it themselves.
    global _staging
    _staging = _database_file(conn)
    redone: dict[int, Prepared] = {}
    try:
        each = _prepare_staged if _staging else prepare_piece
        for no, prepared in prepare_all(files, skip=reused, each=each):
            take_reused(no)
            if prepared.redo:
                # Staged once every worker is done: until then, the file's later pieces may be
                # staged still, to be dropped with its earlier ones.
                redone[no] = prepared
                compiled.problems = [p for p in compiled.problems if p.file != prepared.path]
                warned[no] = []
            compiled.problems.extend(prepared.problems)
            warned.setdefault(no, []).extend(p for p in prepared.problems if p.severity == "warning")
            compiled.regular &= prepared.regular
            invalid |= prepared.invalid
            if not prepared.redo:
                writer.stage(no, prepared.path, prepared.rows)
        take_reused(len(files))
    finally:
        _staging = None
        _close_shared()
    writer.detach()
    for no, prepared in redone.items():
        writer.drop(no)
        writer.stage(no, prepared.path, prepared.rows)
    for no, stamp in enumerate(stamps):
        writer.mark(no, stamp, orjson.dumps([list(p) for p in warned.get(no, [])]).decode())
    checker = _Checker(conn, files, bundled)
    compiled.problems.extend(checker.twice())
    ctx = checker.context()
    compiled.problems.extend(checker.references(ctx, invalid))
    if not compiled.errors and not ctx.regions:
        where = os.path.dirname(files[0]) if len(files) > 1 else files[0]
        compiled.problems.append(Problem(file=where, message="no regions defined"))
    # Targets and projects are checked as they are served (or, where there are errors already,
    # only checked): read once, by the workers, rather than once to check and once to serve.
    found = _serve(conn, writer, ctx, _References(ctx, invalid), serve=not compiled.errors)
    compiled.problems.extend(checker.problem(*place) for place in found)
    if not compiled.errors:
        writer.finish(meta or {})
    # In reading order, file by file, whichever check found them.
    order = {path: n for n, path in enumerate(files)}
    compiled.problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0))
    return compiled


_REPLACEABLE = ("reports", "outcomes")
"""What a user's file may give again to replace the bundled data's."""

# What each staging table holds, how its records are named in messages, and whether the same
# definition may be given twice (a user's file may repeat a bundled indicator or source).
_CLAIMS: dict[str, tuple[str, str, bool]] = {
    "sources": ("id", "source id {key!r}", True),
    "divisions": ("code", "division {key}", True),
    "indicators": ("key", "indicator {key!r}", True),
    "regions": ("id", "region id {key!r}", True),
    "reports": ("region, year", "the report of {key}", False),
    "outcomes": ("region, year, indicator", "the outcome of {key}", False),
}


class _Checker:
    """Checks of the staged records of every file together."""

    def __init__(self, conn: sqlite3.Connection, files: Sequence[str], bundled: int = 0) -> None:
        self.conn = conn
        self.files = list(files)
        self.bundled = bundled
        self._texts: dict[int, tuple[Locator, dict[str, Any]] | None] = {}
        self._outcomes: dict[tuple[str, int, str], tuple[int, str]] = {}
        """Where each staged outcome is: its file's number and its place (read at the first problem)."""

    def problem(self, file_no: int, loc: str | Loc, message: str, where: str | None = None) -> Problem:
        """A problem at a staged record, with its line (the file is read again, rarely)."""
        record: Loc = tuple(orjson.loads(loc)) if isinstance(loc, str) else loc
        found = self._located(file_no)
        path = self.files[file_no]
        if found is None:
            return Problem(file=path, message=message, field=where)
        locator, raw = found
        line = locator.find(record, (where,) if where else ())
        return Problem(
            file=path,
            message=message,
            line=line,
            record=describe_record(raw, record),
            field=describe_field((where,) if where else ()),
        )

    def place(self, file_no: int, loc: str) -> str:
        """``file:line`` of a staged record, for a message that names two places."""
        found = self._located(file_no)
        line = found[0].find(tuple(orjson.loads(loc))) if found else None
        return self.files[file_no] + (f":{line}" if line else "")

    def _located(self, file_no: int) -> tuple[Locator, dict[str, Any]] | None:
        if file_no not in self._texts:
            import tomli

            try:
                with open(self.files[file_no], "rb") as handle:
                    text = handle.read().decode("utf-8-sig")
                raw = tomli.loads(text)
            except (OSError, ValueError):  # a pipe, or changed since: no line to give
                self._texts[file_no] = None
            else:
                self._texts[file_no] = (Locator(text), raw)
        return self._texts[file_no]

    def twice(self) -> Iterator[Problem]:
        """A problem for each id claimed twice with different definitions; repeats of the same
        definition are dropped, so that the rest of the build sees each record once."""
        for table, (keys, what, same_is_fine) in _CLAIMS.items():
            sql = (
                f"SELECT {keys}, file, loc, raw, rowid FROM s_{table} WHERE ({keys}) IN "
                f"(SELECT {keys} FROM s_{table} GROUP BY {keys} HAVING COUNT(*) > 1) ORDER BY rowid"
            )
            width = keys.count(",") + 1
            first: dict[tuple[Any, ...], tuple[int, str, str]] = {}
            drop: list[int] = []
            for row in self.conn.execute(sql).fetchall():
                key, (file_no, loc, raw, rowid) = tuple(row[:width]), row[width:]
                if key not in first:
                    first[key] = (file_no, loc, raw)
                    continue
                shown = what.format(key=key[0] if width == 1 else " ".join(map(str, key)))
                if table in _REPLACEABLE and first[key][0] < self.bundled <= file_no:
                    # The user's own transcription of a report the bundled data has: it replaces that.
                    bundled_place = self.place(*first[key][:2])
                    self._drop_bundled(table, key, first[key][0])
                    first[key] = (file_no, loc, raw)
                    if "replaces-bundled" not in orjson.loads(raw).get("checked", []):
                        message = f"{shown} replaces the bundled one ({bundled_place})"
                        yield self.problem(file_no, loc, message)._replace(
                            severity="warning", code="replaces-bundled"
                        )
                    continue
                drop.append(rowid)
                if same_is_fine and raw == first[key][2]:
                    continue
                again = "given twice, differently" if same_is_fine else "given twice"
                yield self.problem(
                    file_no, loc, f"{shown} is {again}: first at {self.place(*first[key][:2])}"
                )
            self.conn.executemany(f"DELETE FROM s_{table} WHERE rowid = ?", ((r,) for r in drop))

    def _drop_bundled(self, table: str, key: tuple[Any, ...], file_no: int) -> None:
        """Drop a bundled report (with its targets and projects) or outcome that a user's replaces."""
        if table == "reports":
            for staged in ("reports", "targets", "projects"):
                self.conn.execute(
                    f"DELETE FROM s_{staged} WHERE region = ? AND year = ? AND file = ?", (*key, file_no)
                )
        else:
            self.conn.execute(
                "DELETE FROM s_outcomes WHERE region = ? AND year = ? AND indicator = ? AND file = ?",
                (*key, file_no),
            )

    def context(self) -> Context:
        """The dataset's regions, divisions, indicators, sources and outcomes, by key."""
        ctx = Context()
        load = orjson.loads
        ctx.sources = {key: load(raw) for key, raw in self.conn.execute("SELECT id, raw FROM s_sources")}
        ctx.indicators = {
            key: load(raw) for key, raw in self.conn.execute("SELECT key, raw FROM s_indicators")
        }
        ctx.divisions = {
            key: load(raw) for key, raw in self.conn.execute("SELECT code, raw FROM s_divisions")
        }
        for key, raw in self.conn.execute("SELECT id, raw FROM s_regions ORDER BY rowid"):
            region = ctx.regions[key] = load(raw)
            ctx.divisions[region["code"]] = region  # a region is the division of its code
        for region, year, indicator, raw in self.conn.execute(
            "SELECT region, year, indicator, raw FROM s_outcomes ORDER BY rowid"
        ):
            ctx.outcomes[(region, year, indicator)] = load(raw)
        return ctx

    def references(self, ctx: Context, invalid: set[tuple[str, str]]) -> Iterator[Problem]:
        """Names two regions or indicators share, and references to records no file defines
        (of the records in ``ctx``, this checker's ``context``)."""
        yield from self._names("regions", "id", _region_names, "region")
        yield from self._names("indicators", "key", _indicator_names, "indicator")
        codes: dict[str, str] = {}
        for file_no, loc, raw in self.conn.execute("SELECT file, loc, raw FROM s_regions ORDER BY rowid"):
            region = orjson.loads(raw)
            if region["code"] in codes and codes[region["code"]] != region["id"]:
                yield self.problem(
                    file_no, loc, f"code {region['code']} is also region {codes[region['code']]!r}", "code"
                )
            codes.setdefault(region["code"], region["id"])
        checks = _References(ctx, invalid)
        for table in ("regions", "divisions", "reports"):  # targets and projects: _serve
            check: Callable[[dict[str, Any]], list[Reference]] = getattr(checks, table)
            for file_no, loc, raw in self.conn.execute(
                f"SELECT file, loc, raw FROM s_{table} ORDER BY rowid"
            ):
                for where, message in check(orjson.loads(raw)):
                    yield self.problem(file_no, loc, message, where)
        # Read once, for the context: tens of thousands in a large dataset.
        for key, outcome in ctx.outcomes.items():
            for where, message in checks.outcomes(outcome):
                yield self.problem(*self._outcome_place(key), message, where)

    def _outcome_place(self, key: tuple[str, int, str]) -> tuple[int, str]:
        """The file number and place of the staged outcome of ``key`` (region, year, indicator)."""
        if not self._outcomes:
            sql = "SELECT region, year, indicator, file, loc FROM s_outcomes"
            self._outcomes = {(r, y, i): (file_no, loc) for r, y, i, file_no, loc in self.conn.execute(sql)}
        return self._outcomes[key]

    def _names(
        self, table: str, key: str, names: Callable[[dict[str, Any]], Iterable[str]], what: str
    ) -> Iterator[Problem]:
        owners: dict[str, tuple[str, int, str]] = {}
        for file_no, loc, raw in self.conn.execute(f"SELECT file, loc, raw FROM s_{table} ORDER BY rowid"):
            record = orjson.loads(raw)
            for name in dict.fromkeys(normalize_name(n) for n in names(record)):
                owner = owners.setdefault(name, (record[key], file_no, loc))
                if owner[0] != record[key]:
                    message = (
                        f"the name {name!r} already names {what} {owner[0]!r} ({self.place(*owner[1:])})"
                    )
                    yield self.problem(file_no, loc, message)


def _region_names(region: dict[str, Any]) -> list[str]:
    return [region["id"], region["code"], region["name_zh"], region["name_en"], *region.get("aliases", [])]


def _indicator_names(indicator: dict[str, Any]) -> list[str]:
    return [indicator["key"], indicator["name_zh"], indicator["name_en"], *indicator.get("aliases", [])]


Reference = tuple[str, str]
"""A reference to nothing: the field that makes it, and the message."""


class _References:
    """For each kind of record, the references it makes to records no file defines.

    Each check is a list, each part a reference or None: checked for every target and project
    of a dataset, a generator a part cost as much as the rest of the check."""

    def __init__(self, ctx: Context, invalid: set[tuple[str, str]]) -> None:
        self.ctx = ctx
        self.invalid = invalid
        """Records reported as invalid already: a reference to one is not a second problem."""

    def _source(self, key: str | None, where: str) -> Reference | None:
        if key is not None and key not in self.ctx.sources and ("sources", key) not in self.invalid:
            return where, f"no source with id {key!r}"
        return None

    def _indicator(self, key: str | None, where: str) -> Reference | None:
        if key is not None and key not in self.ctx.indicators and ("indicators", key) not in self.invalid:
            return where, f"no indicator with key {key!r}"
        return None

    def _region(self, key: str | None, where: str) -> Reference | None:
        if key is not None and key not in self.ctx.regions and ("regions", key) not in self.invalid:
            return where, f"no region with id {key!r}"
        return None

    def _unit(self, indicator: str, unit: str | None, where: str) -> Reference | None:
        # An indicator unknown here is reported on its own; one with no unit takes any.
        of = self.ctx.indicators.get(indicator, {}).get("unit")
        if of is None or unit is None:
            return None
        a, b = unit_of(of), unit_of(unit)
        if a is not None and b is not None and a.dimension != b.dimension:
            return where, f"unit {unit!r} does not fit indicator {indicator!r}, which is measured in {of}"
        return None

    def regions(self, region: dict[str, Any]) -> list[Reference]:
        return self.divisions(region)

    def divisions(self, division: dict[str, Any]) -> list[Reference]:
        parent = division.get("parent")
        orphan = parent is not None and parent not in self.ctx.divisions
        return _present(
            ("parent", f"no division or region with code {parent}") if orphan else None,
            self._source(division.get("source"), "source"),
        )

    def reports(self, report: dict[str, Any]) -> list[Reference]:
        return _present(self._region(report["region"], "region"), self._source(report["source"], "source"))

    def targets(self, target: dict[str, Any]) -> list[Reference]:
        kind, indicator = target["kind"], target["indicator"]
        against_region = target.get("against_region")
        itself = (
            kind == Kind.RELATIVE and target.get("against", indicator) == indicator and not against_region
        )
        return _present(
            self._indicator(indicator, "indicator"),
            self._indicator(target.get("against"), "against"),
            None if against_region == "parent" else self._region(against_region, "against_region"),
            self._source(target.get("source"), "source"),
            self._unit(indicator, target.get("unit"), "unit") if kind == Kind.LEVEL else None,
            ("against", "a relative target compared with itself: give against or against_region")
            if itself
            else None,
        )

    def projects(self, project: dict[str, Any]) -> list[Reference]:
        return _present(
            self._source(project.get("source"), "source"),
            self._source(project.get("total_investment_source"), "total_investment_source"),
            *(self._source(note["source"], "notes") for note in project.get("notes", [])),
        )

    def outcomes(self, outcome: dict[str, Any]) -> list[Reference]:
        return _present(
            self._region(outcome["region"], "region"),
            self._indicator(outcome["indicator"], "indicator"),
            self._source(outcome["source"], "source"),
            self._unit(outcome["indicator"], outcome.get("level_unit"), "level_unit"),
        )


def _present(*references: Reference | None) -> list[Reference]:
    """The references to nothing among these (None: a reference that is good, or not made)."""
    return [r for r in references if r is not None]


Found = tuple[int, str, str, str]
"""A problem found while serving: file number, record, message, field."""


def _serve(
    conn: sqlite3.Connection, writer: IndexWriter, ctx: Context, checks: _References, *, serve: bool
) -> list[Found]:
    """Write the served tables from the staged records, whose references (but those of targets
    and projects) are known to be good; targets and projects are checked as they are served,
    and the problems found returned. Unless ``serve``, they are only checked: nothing is written."""
    if not serve:
        return _served(conn, writer, _Serving(ctx, checks, {}, {}, {}, serve=False))
    reports: dict[tuple[str, int], str] = {}
    served = []
    for region, year, raw in conn.execute("SELECT region, year, raw FROM s_reports ORDER BY rowid"):
        report = orjson.loads(raw)
        reports[(region, year)] = report["source"]
        served.append((region, year, report["source"], orjson.dumps(report.get("areas", [])).decode()))
    latest: dict[str, int] = {}
    for region, year in reports:
        latest[region] = max(year, latest.get(region, year))
    serving = _Serving(ctx, checks, reports, {key: r["level"] for key, r in ctx.regions.items()}, latest)
    # Written before the workers fork, not while they serve: this process would touch the
    # context that it shares with them, and so copy it (a forked worker shares its parent's
    # memory only until either writes to it, and reading an object writes its reference count).
    _serve_others(conn, writer, ctx, served)
    return _served(conn, writer, serving)


def _serve_others(
    conn: sqlite3.Connection, writer: IndexWriter, ctx: Context, reports: list[tuple[Any, ...]]
) -> None:
    """Write the served tables but targets and projects."""
    fold = normalize_name
    writer.serve("sources", ((key, dump(source_view(s))) for key, s in ctx.sources.items()))
    indicators = [orjson.loads(raw) for (raw,) in conn.execute("SELECT raw FROM s_indicators ORDER BY rowid")]
    writer.serve("indicators", ((i["key"], dump(_indicator_view(i))) for i in indicators))
    writer.serve("indicator_names", ((fold(n), i["key"]) for i in indicators for n in _indicator_names(i)))
    writer.serve(
        "regions",
        (
            (key, r["code"], r["level"], searchable(_region_names(r)), dump(region_view(r, ctx)))
            for key, r in ctx.regions.items()
        ),
    )
    writer.serve("names", ((fold(n), key) for key, r in ctx.regions.items() for n in _region_names(r)))
    writer.serve("reports", reports)
    writer.serve_outcomes()


@dataclass
class _Serving:
    """What serving a block of rows needs: the dataset's context, the checks of references,
    reports, region levels and each region's latest year; whether to serve or only check."""

    ctx: Context
    checks: _References
    reports: dict[tuple[str, int], str]
    levels: dict[str, str]
    latest: dict[str, int]
    serve: bool = True


_serving: _Serving | None = None

_PARALLEL_ROWS = 20_000
"""From this many targets (or projects), workers share the serving (forked, they share the context)."""
_BLOCK = 1_000
"""Rows served by one task."""

_STAGED = "rowid, file, loc, region, year, seq, raw"
"""What serving reads of a staged target or project."""
Served = tuple[list[tuple[Any, ...]], list[Found]]
"""A block's served rows, and the problems found in it."""


def _served(conn: sqlite3.Connection, writer: IndexWriter, serving: _Serving) -> list[Found]:
    """Serve (or only check) the staged targets and projects, in workers where there are many;
    the problems found, the targets' first."""
    global _serving  # what a forked worker serves from: it inherits this, unpickled
    tables = ("targets", "projects")
    many = [t for t in tables if conn.execute(f"SELECT COUNT(*) FROM s_{t}").fetchone()[0] >= _PARALLEL_ROWS]
    path = _database_file(conn) if many and serving.serve else None
    _serving = serving
    try:
        found = _served_by_workers(conn, many, path) if path is not None else {}
        for table in tables:
            if table not in found:
                found[table] = _served_here(conn, writer, table, parallel=table in many)
        return [p for table in tables for p in found[table]]
    finally:
        _serving = None


def _served_here(conn: sqlite3.Connection, writer: IndexWriter, table: str, *, parallel: bool) -> list[Found]:
    """Serve (or only check) a table's staged rows, written by this process (rows made in
    workers if ``parallel``); the problems found."""
    assert _serving is not None
    found: list[Found] = []
    cursor = conn.execute(f"SELECT {_STAGED} FROM s_{table} ORDER BY rowid")
    blocks = iter(functools.partial(cursor.fetchmany, _BLOCK), [])

    def rows() -> Iterator[tuple[Any, ...]]:
        for block, problems in ordered_map(_SERVERS[table], blocks, parallel=parallel):
            found.extend(problems)
            yield from block

    if _serving.serve:
        writer.serve(table, rows(), keyed=True)
    else:
        collections.deque(rows(), maxlen=0)
    return found


def _served_by_workers(conn: sqlite3.Connection, tables: Sequence[str], path: str) -> dict[str, list[Found]]:
    """Serve tables in workers (one pool for all) that read the staged rows from the index's
    file and write the served rows into it themselves, a block at a time, each in a
    transaction of its own: neither the staged nor the served rows pass through this process,
    nor are they copied again at the end. The problems found, by table."""
    # Read whole first: a cursor left open here would keep the workers from writing.
    tasks = [task for table in tables for task in _ranges(conn, table, path)]
    conn.commit()
    found: dict[str, list[Found]] = {table: [] for table in tables}
    try:
        for (table, *_), problems in zip(tasks, ordered_map(_serve_block, tasks, parallel=True), strict=True):
            found[table].extend(problems)
    finally:
        _close_shared()
    return found


def _database_file(conn: sqlite3.Connection) -> str | None:
    """The file of ``conn``'s database, if it has one that others can open."""
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main" and path and os.path.isfile(path):
            return str(path)
    return None


def _ranges(conn: sqlite3.Connection, table: str, path: str) -> Iterator[tuple[str, str, int, int]]:
    """The tasks that serve a table's staged rows: a block of rowids each."""
    cursor = conn.execute(f"SELECT rowid FROM s_{table} ORDER BY rowid")
    while block := cursor.fetchmany(_BLOCK):
        yield table, path, block[0][0], block[-1][0]


_staging: str | None = None
"""The index file that reading workers stage what they read into (they inherit this, forked)."""


def _prepare_staged(piece: Piece) -> Prepared:
    """In a worker: read a piece of the dataset, and stage its records into the index."""
    assert _staging is not None
    prepared = prepare_piece(piece)
    _shared_writer(_staging).stage(prepared.rows)
    prepared.rows = {}
    return prepared


_shared: dict[int, SharedWriter] = {}
"""In each worker (by process id), its connection to the index being built."""


def _serve_block(task: tuple[str, str, int, int]) -> list[Found]:
    """In a worker: serve a block of staged rows, read from the index being built, into it;
    the problems found."""
    table, path, first, last = task
    shared = _shared_writer(path)
    rows, found = _SERVERS[table](shared.staged(table, _STAGED, first, last))
    shared.serve(table, rows)
    return found


def _shared_writer(path: str) -> SharedWriter:
    """This worker's connection to the index being built at ``path``."""
    shared = _shared.get(os.getpid())
    if shared is None:
        shared = _shared[os.getpid()] = SharedWriter(path)
    return shared


def _close_shared() -> None:
    """Close the connections of tasks that ran in this process, not in workers."""
    for mine in _shared.values():
        mine.close()
    _shared.clear()


def _served_rows(table: str, block: list[tuple[Any, ...]]) -> Served:
    """Staged targets or projects as served rows, each once its references are checked."""
    assert _serving is not None
    check = _serving.checks.targets if table == "targets" else _serving.checks.projects
    columns = _target_columns if table == "targets" else _project_columns
    latest, serve = _serving.latest, _serving.serve
    served = []
    found: list[Found] = []
    for key, file_no, loc, region, year, seq, raw in block:
        record = orjson.loads(raw)
        references = check(record)
        if references or not serve:
            found += [(file_no, loc, message, where) for where, message in references]
            continue
        served.append((key, region, year, int(year == latest[region]), seq, *columns(record, region, year)))
    return served, found


def _target_columns(target: dict[str, Any], region: str, year: int) -> tuple[Any, ...]:
    """A served target's columns after its place: indicator, kind, level, rank value, measure,
    threshold, search text, row."""
    assert _serving is not None
    source = _serving.reports[(region, year)]
    row = target_row(target, region=region, year=year, report_source=source, ctx=_serving.ctx)
    ranked = rank_value(row)
    return (
        row["indicator"],
        row["kind"],
        _serving.levels[region],
        None if ranked is None else float(ranked),
        rank_measure(row["unit"]),
        row["threshold"] or "",
        searchable([row["wording"], row["label_en"] or ""]),
        dump(row),
    )


_PROJECT_TEXT = ("name_zh", "name_en", "zone_zh", "zone_en", "description_zh", "description_en", "wording")


def _project_columns(project: dict[str, Any], region: str, year: int) -> tuple[Any, ...]:
    """A served project's columns after its place: planned and total yuan, search text, row."""
    assert _serving is not None
    source = _serving.reports[(region, year)]
    row = project_row(project, region=region, year=year, report_source=source, ctx=_serving.ctx)
    search = searchable([str(row[f]) for f in _PROJECT_TEXT if row[f]])  # type: ignore[literal-required]
    return row["planned_yuan"], row["total_yuan"], search, dump(row)


_SERVERS: dict[str, Callable[[list[tuple[Any, ...]]], Served]] = {
    table: functools.partial(_served_rows, table) for table in ("targets", "projects")
}


def _indicator_view(indicator: dict[str, Any]) -> dict[str, Any]:
    unit = indicator.get("unit")
    known = unit_of(unit) if unit else None
    return {
        "key": indicator["key"],
        "name_zh": indicator["name_zh"],
        "name_en": indicator["name_en"],
        "unit": unit,
        "unit_en": known.en if known else None,
        "aliases": indicator.get("aliases", []),
        "lower_is_better": bool(indicator.get("lower_is_better")),
        "note": indicator.get("note"),
        "noun_en": indicator.get("noun_en"),
    }
