"""Compile a dataset: read every file (reading.py), check them together, and serve the rows.

The checks that need more than one record: ids claimed twice (the same definition given twice
is fine, two different ones are an error naming both places), names that two regions or two
indicators share, and references to records that no file defines.
"""

from __future__ import annotations

import collections
import functools
import gc
import os
import signal
import sqlite3
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson
from pydantic import BaseModel

from govtargets.dataset.files import file_size
from govtargets.dataset.judge import stated_only
from govtargets.dataset.models import Outcome, Report
from govtargets.dataset.places import Loc
from govtargets.dataset.reading import KEYS, FileText, Prepared, once_checked, prepare
from govtargets.dataset.vocab import KINDS, normalize_name, searchable, unit_en, unit_of, units_fit
from govtargets.dataset.wording import json_number, number
from govtargets.errors import Problem
from govtargets.index.rows import (
    Context,
    Parts,
    Raw,
    dump,
    project_row,
    rank_measure,
    rank_value,
    region_view,
    target_row,
)
from govtargets.index.store import IndexWriter, staged_key


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
    served: str | None = None,
) -> list[Problem]:
    """Read, validate and check ``files`` together, and fill ``conn`` with their index.

    The first ``bundled`` files are the bundled data: a user's report (or outcome) of a region
    and year that the bundled data has too replaces the bundled one, with a warning. Returns
    every problem found, errors and warnings, in reading order; the index is complete (and
    holds ``meta``) only when there is no error. With each file's ``stamps`` (what it is now),
    the files that the ``previous`` index of the same dataset staged as they are now are taken
    from it as they are, not read again. With the bundled data's own index (``served``, of the
    bundled files as they are now), the bundled targets and projects are taken from it as served,
    where the other files leave them as they are (``_untouched``): a user's file is served alone.
    """
    writer = IndexWriter(conn)
    reused = writer.reusable(previous, stamps) if previous and stamps else {}
    writer.reuse({no: previous_no for no, (previous_no, _) in reused.items()}, files)
    problems: list[Problem] = []
    invalid: set[tuple[str, str]] = set()
    warned: dict[int, list[Problem]] = {}
    read_problems: dict[int, list[Problem]] = {}
    for no in reused:
        read_problems[no] = [
            Problem(*p)._replace(file=files[no]) for p in orjson.loads(reused[no][1] or "[]")
        ]
        warned[no] = read_problems[no]
    for no, read in _reads(files, [no for no in range(len(files)) if no not in reused], bundled):
        writer.stage(no, files[no], read.rows, read.members)
        read_problems[no] = read.problems
        warned[no] = [p for p in read.problems if p.severity == "warning"]
        invalid |= read.invalid
    problems.extend(p for no in range(len(files)) for p in read_problems[no])
    for no, stamp in enumerate(stamps):
        writer.mark(no, stamp, orjson.dumps([list(p) for p in warned.get(no, [])]).decode())
    checker = _Checker(conn, files, bundled)
    problems.extend(checker.twice())
    ctx = checker.context()
    problems.extend(checker.references(ctx, invalid))
    if not errors(problems) and not ctx.regions:
        where = os.path.dirname(files[0]) if len(files) > 1 else files[0]
        problems.append(Problem(file=where, message="no regions defined"))
    # Targets and projects are checked as they are served (or, where there are errors already,
    # only checked): read once, rather than once to check and once to serve.
    taken = None
    if served is not None and not errors(problems) and _untouched(conn, bundled):
        taken = writer.take_served(served)
    found = _serve(conn, writer, ctx, _References(ctx, invalid), serve=not errors(problems), taken=taken)
    problems.extend(
        checker.problem(*place[:4])._replace(severity="warning") if place[4] else checker.problem(*place[:4])
        for place in found
    )
    if not errors(problems):  # and so every problem a warning: how many, for cache.check
        writer.finish({**(meta or {}), "warnings": str(len(problems))})
    # In reading order, file by file, whichever check found them.
    order = {path: n for n, path in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0))
    return problems


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
        # The files read last two (a problem and the place it names): a parsed file is some ten
        # times its size, and warnings in every file of a large dataset kept them all (860 MB
        # for the benchmark's 31 files, against 244 MB). Problems come file by file.
        self._located: Callable[[int], FileText | None] = functools.lru_cache(maxsize=2)(self._read)
        self._outcomes: dict[tuple[str, int, str], tuple[int, str]] = {}
        """Where each staged outcome is: its file's number and its place (read at the first problem)."""

    def problem(self, file_no: int, loc: str | Loc, message: str, where: str | None = None) -> Problem:
        """A problem at a staged record, with its line (the file is read again, rarely)."""
        found = self._located(file_no)
        if found is None:
            return Problem(file=self.files[file_no], message=message, field=where)
        record: Loc = tuple(orjson.loads(loc)) if isinstance(loc, str) else loc
        return found.problem(message, record, (where,) if where else ())

    def place(self, file_no: int, loc: str) -> str:
        """``file:line`` of a staged record, for a message that names two places."""
        found = self._located(file_no)
        line = found.line(tuple(orjson.loads(loc))) if found else None
        return self.files[file_no] + (f":{line}" if line else "")

    def _read(self, file_no: int) -> FileText | None:
        """A file parsed again to locate its problems; None if it cannot be read as it was."""
        import tomli

        path = self.files[file_no]
        try:
            with open(path, "rb") as handle:
                text = handle.read().decode("utf-8-sig")
            return FileText(path, text, tomli.loads(text))
        except (OSError, ValueError):  # a pipe, or changed since: no line to give
            return None

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
                    if warn(orjson.loads(raw), "replaces-bundled"):
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
        match = " AND ".join(f"{column} = ?" for column in _CLAIMS[table][0].split(", "))
        self.conn.execute(f"DELETE FROM s_{table} WHERE {match} AND file = ?", (*key, file_no))

    def context(self) -> Context:
        """The dataset's regions, divisions, indicators, sources and outcomes, by key, in its order."""
        ctx = Context()
        load = orjson.loads
        keyed = {"sources": ctx.sources, "indicators": ctx.indicators, "divisions": ctx.divisions}
        for table, records in keyed.items():
            sql = f"SELECT {KEYS[table]}, raw FROM s_{table} ORDER BY rowid"
            records.update((key, load(raw)) for key, raw in self.conn.execute(sql))
        for key, raw in self.conn.execute("SELECT id, raw FROM s_regions ORDER BY rowid"):
            region = ctx.regions[key] = load(raw)
            ctx.divisions[region["code"]] = region  # a region is the division of its code
        for region, year, indicator, raw in self.conn.execute(
            "SELECT region, year, indicator, record FROM outcomes ORDER BY rowid"
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
            owner = codes.setdefault(region["code"], region["id"])
            if owner != region["id"]:
                yield self.problem(file_no, loc, f"code {region['code']} is also region {owner!r}", "code")
        for file_no, loc, raw in self.conn.execute("SELECT file, loc, raw FROM s_divisions ORDER BY rowid"):
            division = orjson.loads(raw)
            same = codes.get(division["code"])
            if same is not None:  # harmless, but its names and parent would be silently unused
                message = f"the code of region {same!r}: the region is used, not this division"
                message += " (leave it out)"
                yield self.problem(file_no, loc, message, "code")._replace(severity="warning")
        checks = _References(ctx, invalid)
        for table in ("regions", "divisions", "reports"):  # targets and projects: _serve
            check: Callable[[dict[str, Any]], list[Reference]] = getattr(checks, table)
            for file_no, loc, raw in self.conn.execute(
                f"SELECT file, loc, raw FROM s_{table} ORDER BY rowid"
            ):
                for where, message in check(orjson.loads(raw)):
                    yield self.problem(file_no, loc, message, where)
        reviewed: dict[tuple[str, str], int] = {}  # a report's source and region: the report's year
        for region_id, year, raw in self.conn.execute("SELECT region, year, raw FROM s_reports"):
            reviewed[(orjson.loads(raw)["source"], region_id)] = year
        # Read once, for the context: tens of thousands in a large dataset.
        for key, outcome in ctx.outcomes.items():
            for where, message in checks.outcomes(outcome):
                yield self.problem(*self._outcome_place(key), message, where)
            report_year = reviewed.get((outcome["source"], outcome["region"]))
            if report_year is not None and outcome["year"] >= report_year and warn(outcome, "outcome-year"):
                message = (
                    f"a result of {outcome['year']} from {outcome['region']}'s report of {report_year}, which"
                    f" reviews {report_year - 1}: is it the year of the figures (year = {report_year - 1})?"
                    + once_checked("outcome-year")
                )
                yield self.problem(*self._outcome_place(key), message, "year")._replace(
                    severity="warning", code="outcome-year"
                )
            unitless = _unit_missing(ctx, outcome, outcome.get("level"), outcome.get("level_unit"))
            if unitless is not None:
                place = self._outcome_place(key)
                yield self.problem(*place, unitless, "level_unit")._replace(
                    severity="warning", code="no-unit"
                )
            rise = _growth_of_rate(ctx, outcome)
            if rise is not None:
                place = self._outcome_place(key)
                yield self.problem(*place, rise, "growth")._replace(severity="warning", code="rate-growth")

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
    short = [indicator["short_en"]] if indicator.get("short_en") else []  # the name tables show
    names = [indicator["key"], indicator["name_zh"], indicator["name_en"], *short]
    return [*names, *indicator.get("aliases", [])]


Reference = tuple[str, str]
"""A reference to nothing: the field that makes it, and the message."""


def _close_keys(key: str, defined: Mapping[str, Any]) -> list[str]:
    """Up to three defined keys a key may have meant: those near it in spelling (gpd: gdp), then
    those it is a word of (trade: foreign_trade, services_trade)."""
    import difflib  # only for a key no file defines

    close = difflib.get_close_matches(key, defined, n=3)
    words = [k for k in defined if key in k.split("_") and k not in close]
    return (close + sorted(words, key=lambda k: (len(k), k)))[:3]


class _References:
    """For each kind of record, the references it makes to records no file defines.

    Each check is a list, each part a reference or None: checked for every target and project
    of a dataset, a generator a part cost as much as the rest of the check."""

    def __init__(self, ctx: Context, invalid: set[tuple[str, str]]) -> None:
        self.ctx = ctx
        self.invalid = invalid
        """Records reported as invalid already: a reference to one is not a second problem."""

    def _undefined(self, table: str, key: str | None, where: str) -> Reference | None:
        """A reference to a source, an indicator or a region (``table``) that is not defined."""
        defined: dict[str, Raw] = getattr(self.ctx, table)
        if key is not None and key not in defined and (table, key) not in self.invalid:
            close = _close_keys(key, defined) if table == "indicators" else []
            guess = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            return where, f"no {table.removesuffix('s')} with {KEYS[table]} {key!r}{guess}"
        return None

    def _unit(self, indicator: str, unit: str | None, where: str) -> Reference | None:
        # An indicator unknown here is reported on its own; one with no unit takes any.
        of = self.ctx.indicators.get(indicator, {}).get("unit")
        if units_fit(unit, of):
            return None
        return where, f"unit {unit!r} does not fit indicator {indicator!r}, which is measured in {of}"

    def regions(self, region: dict[str, Any]) -> list[Reference]:
        return self.divisions(region)

    def divisions(self, division: dict[str, Any]) -> list[Reference]:
        parent = division.get("parent")
        orphan = parent is not None and parent not in self.ctx.divisions
        return _present(
            ("parent", f"no division or region with code {parent}") if orphan else None,
            self._loop(division),
            self._undefined("sources", division.get("source"), "source"),
        )

    def _loop(self, division: dict[str, Any]) -> Reference | None:
        """A division that is its own parent's parent (A ↔ B), or further up: a chain must end."""
        chain = [division["code"]]
        code = division.get("parent")
        while code is not None and code not in chain and (up := self.ctx.divisions.get(code)) is not None:
            chain.append(code)
            code = up.get("parent")
        if code != division["code"]:
            return None
        return "parent", "parents form a loop: " + " → ".join([*chain, code])

    def reports(self, report: dict[str, Any]) -> list[Reference]:
        return _present(
            self._undefined("regions", report["region"], "region"),
            self._undefined("sources", report["source"], "source"),
        )

    def targets(self, target: dict[str, Any]) -> list[Reference]:
        spec, indicator = KINDS[target["kind"]], target["indicator"]
        against_region = target.get("against_region")
        itself = (
            spec.sets == "relation" and target.get("against", indicator) == indicator and not against_region
        )
        return _present(
            self._undefined("indicators", indicator, "indicator"),
            self._undefined("indicators", target.get("against"), "against"),
            None
            if against_region == "parent"
            else self._undefined("regions", against_region, "against_region"),
            self._undefined("sources", target.get("source"), "source"),
            self._unit(indicator, target.get("unit"), "unit") if spec.reads == "level" else None,
            ("against", "a relative target compared with itself: give against or against_region")
            if itself
            else None,
        )

    def projects(self, project: dict[str, Any]) -> list[Reference]:
        return _present(
            self._undefined("sources", project.get("source"), "source"),
            self._undefined("sources", project.get("total_investment_source"), "total_investment_source"),
            *(self._undefined("sources", note["source"], "notes") for note in project.get("notes", [])),
        )

    def outcomes(self, outcome: dict[str, Any]) -> list[Reference]:
        return _present(
            self._undefined("regions", outcome["region"], "region"),
            self._undefined("indicators", outcome["indicator"], "indicator"),
            self._undefined("sources", outcome["source"], "source"),
            self._unit(outcome["indicator"], outcome.get("level_unit"), "level_unit"),
        )


def _present(*references: Reference | None) -> list[Reference]:
    """The references to nothing among these (None: a reference that is good, or not made)."""
    return [r for r in references if r is not None]


Found = tuple[int, Loc, str, str, bool]
"""A problem found while serving: file number, record, message, field, and whether it is a warning."""


def _untouched(conn: sqlite3.Connection, bundled: int) -> bool:
    """Whether the files after the ``bundled`` first ones leave every bundled target and project
    as the bundled files alone serve it: none gives a report or an outcome of a bundled region (a
    judgement, a latest year), nor a region or division of a bundled id or code (a parent that a
    bundled target compares with). Nothing else they could give changes a bundled row: a record
    given again must be the same, and a bundled row names no other file's record."""
    ids = "SELECT id FROM s_regions WHERE file < :n"
    codes = (
        f"SELECT code FROM s_divisions WHERE file < :n UNION SELECT {_CODE} FROM s_regions WHERE file < :n"
    )
    sql = f"""SELECT EXISTS (SELECT 1 FROM s_reports WHERE file >= :n AND region IN ({ids}))
        OR EXISTS (SELECT 1 FROM s_outcomes WHERE file >= :n AND region IN ({ids}))
        OR EXISTS (SELECT 1 FROM s_regions WHERE file >= :n AND (id IN ({ids}) OR {_CODE} IN ({codes})))
        OR EXISTS (SELECT 1 FROM s_divisions WHERE file >= :n AND code IN ({codes}))"""
    (touched,) = conn.execute(sql, {"n": bundled}).fetchone()
    return bundled > 0 and not touched


_CODE = "json_extract(raw, '$.code')"


def _serve(
    conn: sqlite3.Connection,
    writer: IndexWriter,
    ctx: Context,
    checks: _References,
    *,
    serve: bool,
    taken: Mapping[str, int] | None = None,
) -> list[Found]:
    """Write the served tables from the staged records, whose references (but those of targets
    and projects) are known to be good; targets and projects are checked as they are served,
    and the problems found returned. Unless ``serve``, they are only checked: nothing is written.
    With the rows ``taken`` already (``IndexWriter.take_served``: the bundled files'), only the
    other files' targets and projects are served, after them."""
    if not serve:
        return _served(conn, writer, _Serving(ctx, checks, {}, {}, serve=False))
    reports: dict[tuple[str, int], str] = {}
    served = []
    for region, year, raw in conn.execute("SELECT region, year, raw FROM s_reports ORDER BY rowid"):
        report = orjson.loads(raw)
        reports[(region, year)] = report["source"]
        served.append((region, year, report["source"], orjson.dumps(report.get("areas", [])).decode()))
    latest: dict[str, int] = {}
    for region, year in reports:
        latest[region] = max(year, latest.get(region, year))
    _serve_others(writer, ctx, served)
    parts = Parts(taken["parts"] if taken else 0)
    return _served(conn, writer, _Serving(ctx, checks, reports, latest, parts=parts), taken)


def _serve_others(writer: IndexWriter, ctx: Context, reports: list[tuple[Any, ...]]) -> None:
    """Write the served tables but targets and projects."""
    fold = normalize_name
    indicators = ctx.indicators.values()
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


@dataclass
class _Serving:
    """What serving rows needs: the dataset's context, the checks of references, reports and each
    region's latest year; whether to serve or only check; the shared parts of the rows served."""

    ctx: Context
    checks: _References
    reports: dict[tuple[str, int], str]
    latest: dict[str, int]
    serve: bool = True
    parts: Parts = field(default_factory=Parts)


def _served(
    conn: sqlite3.Connection, writer: IndexWriter, serving: _Serving, taken: Mapping[str, int] | None = None
) -> list[Found]:
    """Serve (or only check) the staged targets and projects, but the reports' whose rows are
    ``taken`` already (the first files'); the problems found, the targets' first."""
    found: list[Found] = []
    for table in ("targets", "projects"):
        members = staged_members(conn, table, after=taken[table] if taken else 0)
        rows = _served_rows(serving, table, members, found)
        if serving.serve:
            writer.serve(table, rows, keyed=True)
        else:
            collections.deque(rows, maxlen=0)
    if serving.serve:
        writer.serve("parts", enumerate(serving.parts.texts, serving.parts.start))
    return found


def staged_members(
    conn: sqlite3.Connection, table: str, *, after: int = 0
) -> Iterator[tuple[int, int, Loc, str, int, Raw]]:
    """The staged reports' ``table`` (targets or projects), in the dataset's order: each one's
    number in that order, file number, place in its file, region, year and record; ``after``
    the first that many (served already: the whole of the first files' reports)."""
    n = 0
    lines: Iterator[tuple[int, bytes]] = iter(())
    at_file = -1
    sql = "SELECT rowid, file, loc, region, year FROM s_reports ORDER BY rowid"
    for rowid, file_no, loc, region, year in conn.execute(sql):
        if file_no != at_file:  # the file's members, a line a staged report: a dropped one's skipped
            (members,) = conn.execute(f"SELECT {table} FROM files WHERE no = ?", (file_no,)).fetchone()
            lines, at_file = enumerate(_lines(members)), file_no
        place = rowid - staged_key(file_no, 0)
        line = next(text for number, text in lines if number == place)
        report = orjson.loads(loc)
        for seq, record in orjson.loads(line):
            n += 1
            if n > after:
                yield n, file_no, (*report, table, seq), region, year, record


def _lines(members: bytes) -> Iterator[bytes]:
    """The lines of a file's compressed members, decompressed a piece at a time."""
    stream = zlib.decompressobj()
    rest = b""
    for start in range(0, len(members), 1 << 16):
        *whole, rest = (rest + stream.decompress(members[start : start + (1 << 16)])).split(b"\n")
        yield from whole
    yield rest + stream.flush()


def _served_rows(
    serving: _Serving, table: str, staged: Iterable[tuple[Any, ...]], found: list[Found]
) -> Iterator[tuple[Any, ...]]:
    """Staged targets or projects as served rows, each once its references are checked; the
    problems of the others go to ``found``."""
    check = serving.checks.targets if table == "targets" else serving.checks.projects
    columns = _target_columns if table == "targets" else _project_columns
    for key, file_no, loc, region, year, record in staged:
        references = check(record)
        if record.get("against_region") == "parent":
            found += _parent_unfound(serving.ctx, region, file_no, loc)
        if table == "targets" and KINDS[record["kind"]].reads == "level":
            unitless = _unit_missing(serving.ctx, record, record.get("value"), record.get("unit"))
            if unitless is not None:
                found.append((file_no, loc, unitless, "unit", True))
        if references or not serving.serve:
            found += [(file_no, loc, message, where, False) for where, message in references]
            continue
        latest = int(year == serving.latest[region])
        yield (key, region, year, latest, loc[-1], *columns(serving, record, region, year))


def _parent_unfound(ctx: Context, region: str, file_no: int, loc: Loc) -> list[Found]:
    """A warning for a target compared with its region's parent where the dataset has no parent
    region to compare with (a parent it does not have at all is an error of the region's)."""
    where = ctx.regions.get(region)
    if where is None:
        return []
    _, why = ctx.parent_region(where)
    if why is None or (where.get("parent") and where["parent"] not in ctx.divisions):
        return []
    fix = "declare the parent" if where.get("parent") else "give the region a parent, declared"
    message = f"{why}: the target is not judged ({fix} as a [[regions]] record, with its outcomes)"
    return [(file_no, loc, message, "against_region", True)]


def warn(record: dict[str, Any], code: str) -> bool:
    """Whether a warning of ``code`` is to be given on ``record``: not marked as checked."""
    return code not in record.get("checked", ())


def _unit_missing(ctx: Context, record: dict[str, Any], level: Any, unit: str | None) -> str | None:
    """A warning for a level given with no unit (read as an index or a ratio) on an indicator
    measured in one: 居民消费价格涨幅控制在3%左右 written without unit = "%" read as an index of 3,
    and judged so. An index on an indicator in percent (103) is one as written; one written in %
    (103.5%, as the text has it) would be judged as a rise of 103.5%, and is warned of too."""
    of = ctx.indicators.get(record["indicator"], {}).get("unit")
    if level is None or not of or not warn(record, "no-unit"):
        return None
    if unit == "%" == of and float(level) > 100:  # 居民消费价格指数控制在103.5%左右, its % copied
        return (
            f"a level of {number(level)}% of {record['indicator']}, more than the whole: an index (the"
            " year before = 100) is written with no unit, and read as one; is it an index?"
            + once_checked("no-unit")
        )
    if unit is not None:
        return None
    if of == "%" and float(level) >= 100:  # 居民消费价格指数控制在103左右: the index itself
        return None
    return (
        f"a level with no unit is read as an index or a ratio, but {record['indicator']} is measured in"
        f" {of}: is its unit missing?{once_checked('no-unit')}"
    )


def _growth_of_rate(ctx: Context, record: dict[str, Any]) -> str | None:
    """A warning for a result given as a growth alone of an indicator that is a rate (in % or ‰):
    居民消费价格上涨2.3% is the rate itself, its level; as a growth it judges no target of a level
    (cpi's 控制在3%以内: "the outcome gives no level")."""
    of = ctx.indicators.get(record["indicator"], {}).get("unit")
    growth = record.get("growth")
    if of not in ("%", "‰") or growth is None or record.get("level") is not None:
        return None
    if not warn(record, "rate-growth"):
        return None
    return (
        f"a growth of {number(growth)}% of {record['indicator']}, a rate in {of}: a rate's result is its"
        f' level (居民消费价格上涨2.3%: level = 2.3, level_unit = "{of}"), which judges its targets; a'
        f" growth (the rate's own rise) judges none{once_checked('rate-growth')}"
    )


def _target_columns(serving: _Serving, target: dict[str, Any], region: str, year: int) -> tuple[Any, ...]:
    """A served target's columns after its place: indicator, kind, level, rank value, measure,
    threshold, wording, search text (None where it is the wording), outcome, near miss, judged
    by the report's words alone, difference (as JSON writes it; None from a result given as a
    bound, the least it can be, which summary's mean gap leaves out), row."""
    source = serving.reports[(region, year)]
    row = target_row(target, region=region, year=year, report_source=source, ctx=serving.ctx)
    ranked = rank_value(row)
    search = searchable([row["wording"], row["label_en"] or ""])
    return (
        row["indicator"],
        row["kind"],
        row["region_level"],
        None if ranked is None else float(ranked),
        rank_measure(row["unit"]),
        row["threshold"] or "",
        row["wording"],
        None if search == row["wording"] else search,
        row["outcome"],
        int(bool(row["near_miss"])),
        int(stated_only(row)),
        None
        if row["difference"] is None or row["actual_bound"] or row["reference_bound"]
        else orjson.dumps(row["difference"], default=json_number).decode(),
        *serving.parts.split("targets", row),
    )


_PROJECT_TEXT = ("name_zh", "name_en", "zone_zh", "zone_en", "description_zh", "description_en", "wording")


def _project_columns(serving: _Serving, project: dict[str, Any], region: str, year: int) -> tuple[Any, ...]:
    """A served project's columns after its place: planned and total yuan, their bounds, search
    text, row."""
    source = serving.reports[(region, year)]
    row = project_row(project, region=region, year=year, report_source=source, ctx=serving.ctx)
    search = searchable([str(row[f]) for f in _PROJECT_TEXT if row[f]])  # type: ignore[literal-required]
    amounts = (row["planned_yuan"], row["total_yuan"], row["planned_bound"], row["total_bound"])
    return *amounts, search, *serving.parts.split("projects", row)


def _indicator_view(indicator: dict[str, Any]) -> dict[str, Any]:
    unit = indicator.get("unit")
    known = unit_of(unit) if unit else None
    return {
        "key": indicator["key"],
        "name_zh": indicator["name_zh"],
        "name_en": indicator["name_en"],
        "short_en": indicator.get("short_en"),
        "unit": unit,
        "unit_en": unit_en(known) if known else None,
        "aliases": indicator.get("aliases", []),
        "lower_is_better": bool(indicator.get("lower_is_better")),
        "note": indicator.get("note"),
        "noun_en": indicator.get("noun_en"),
    }


_PARALLEL_BYTES = 8_000_000
"""Files to read of more than this, together, are read by worker processes, a whole file each."""


def _reads(files: Sequence[str], numbers: Sequence[int], bundled: int) -> Iterator[tuple[int, Read]]:
    """The files of these ``numbers`` read (``read_file``), in order: by a worker process a CPU,
    each given a file's path and number, where there are several files large enough together;
    else here, one after another."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    workers = min(cpus, len(numbers))
    sizes = [file_size(files[n]) for n in numbers]
    # Forked (a process of threads, or of a system that forks unsafely, is not forked): a worker
    # started afresh imports the program that called this again (a script of the API without
    # a main guard would compile again in each). Regular files only: a worker's stdin is closed.
    if (
        workers < 2
        or sum(sizes) <= _PARALLEL_BYTES
        or not all(sizes)
        or sys.platform != "linux"
        or threading.active_count() > 1
    ):
        yield from ((n, read_file(files[n], n, n < bundled)) for n in numbers)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_uninterrupted)
    try:
        paths, flags = [files[n] for n in numbers], [n < bundled for n in numbers]
        yield from zip(numbers, pool.map(read_file, paths, numbers, flags), strict=True)
    finally:
        pool.shutdown(cancel_futures=True)  # on an error or Ctrl-C, the files not begun are left


def _uninterrupted() -> None:
    """A worker leaves Ctrl-C to the command, which stops it (each printed its own traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Read(NamedTuple):
    """One file read and made ready to stage (``read_file``)."""

    rows: dict[str, list[tuple[Any, ...]]]
    """Its valid records as staged, table by table (``staging_rows``)."""
    members: dict[str, bytes]
    """Its reports' targets and projects, as staged with the file (``staging_rows``)."""
    problems: list[Problem]
    invalid: set[tuple[str, str]]
    """The ids of its invalid records (``Prepared.invalid``)."""


def read_file(path: str, file_no: int, bundled: bool) -> Read:
    """Read, validate and check one file (the ``file_no``-th of the dataset; ``bundled``: of the
    bundled data), and make its records the rows the index stages."""
    # A file's parsed tables and records are many objects in no reference cycle: the cyclic
    # collector, run again and again as they pile up, would only walk them. It runs again once
    # the records are staging rows and the models let go (paused over the parsing alone, it
    # walked the models while they were staged: 1.8 s of a cold build of the benchmark's 31
    # files, against 0.15 s).
    paused = gc.isenabled()
    gc.disable()
    try:
        prepared = prepare(path)
        problems = prepared.problems
        if bundled:  # each of its goals in the report's own words was read by a person
            problems = [p for p in problems if p.code != "own-goal"]
        rows, members = staging_rows(prepared, file_no)
        invalid = prepared.invalid
        del prepared
        return Read(rows, members, problems, invalid)
    finally:
        if paused:
            gc.enable()


def staging_rows(
    prepared: Prepared, file_no: int
) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, bytes]]:
    """A file's valid records as the index stages them, table by table: rowid (``staged_key``),
    key columns, file number, place in the file (JSON), JSON; and its reports' targets and
    projects, staged with the file (``store.STAGED``), by table."""
    compressors = {table: zlib.compressobj() for table in ("targets", "projects")}
    compressed: dict[str, list[bytes]] = {table: [] for table in compressors}
    members: dict[Loc, dict[str, list[Any]]] = {}
    for table in ("targets", "projects"):
        for loc, record in prepared.records.get(table, []):
            lists = members.setdefault(loc[:2], {"targets": [], "projects": []})
            lists[table].append((loc[3], orjson.Fragment(_json(record))))
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for table, records in prepared.records.items():
        if table in ("targets", "projects"):
            continue
        found = rows.setdefault(table, [])
        for n, (loc, record) in enumerate(records):
            keys: tuple[Any, ...]
            if isinstance(record, Report):
                lists = members.get(loc, {"targets": [], "projects": []})
                for name, compressor in compressors.items():
                    compressed[name].append(compressor.compress(orjson.dumps(lists[name]) + b"\n"))
                keys = (record.region, record.year)
            elif isinstance(record, Outcome):
                keys = (record.region, record.year, record.indicator, searchable([record.wording]))
            else:
                keys = (getattr(record, KEYS[table]),)
            found.append((staged_key(file_no, n), *keys, file_no, orjson.dumps(loc).decode(), _json(record)))
    return rows, {name: b"".join(compressed[name]) + c.flush() for name, c in compressors.items()}


def _json(record: BaseModel) -> bytes:
    """A validated record as JSON: a report without its targets and projects (staged apart), an
    outcome without its keys (staged as columns, put back by the view ``outcomes``)."""
    exclude = _STAGED_APART.get(type(record))
    return record.__pydantic_serializer__.to_json(record, exclude_none=True, exclude=exclude)


_STAGED_APART: dict[type[BaseModel], set[str]] = {
    Report: {"targets", "projects"},
    Outcome: {"region", "year", "indicator"},
}
