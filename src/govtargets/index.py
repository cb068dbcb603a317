"""The compiled index: a validated dataset stored in SQLite, which every query reads.

Rows hold each record as the JSON pydantic dumped after validating it (figures as exact
decimal strings), plus the columns that queries look up or filter on. Reading an index
needs only the standard library, so a query never imports pydantic, tomli or rich.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import orjson

from govtargets.vocab import normalize_name

if TYPE_CHECKING:
    from govtargets.models import DatasetFile

YearChoice = int | Literal["latest"] | None
"""A year, each region's latest year, or (None) every year."""

Row = dict[str, Any]
"""A record as validated (its JSON form: figures are decimal strings), with its table's columns."""

SCHEMA_VERSION = 2
"""Bump when the tables change, so that an old cached index is rebuilt."""

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE divisions (code TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE indicators (key TEXT UNIQUE NOT NULL, record TEXT NOT NULL);
CREATE TABLE regions (id TEXT UNIQUE NOT NULL, search TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE names (name TEXT PRIMARY KEY, region TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE reports (
    region TEXT, year INTEGER, source TEXT NOT NULL, areas TEXT NOT NULL, PRIMARY KEY (region, year)
) WITHOUT ROWID;
CREATE TABLE targets (
    region TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL, indicator TEXT NOT NULL,
    kind TEXT NOT NULL, source TEXT NOT NULL, search TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE projects (
    region TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL,
    planned INTEGER, total INTEGER, search TEXT NOT NULL, record TEXT NOT NULL
);
"""

# Made after the rows are in: one sort at the end is faster than keeping them sorted all along.
_INDEXES = """
CREATE UNIQUE INDEX targets_by_report ON targets (region, year, seq);
CREATE INDEX targets_by_indicator ON targets (indicator, year);
CREATE UNIQUE INDEX projects_by_report ON projects (region, year, seq);
CREATE INDEX projects_by_planned ON projects (planned);
CREATE INDEX projects_by_total ON projects (total);
"""

Rows = dict[str, list[tuple[object, ...]]]
"""The rows one data file adds to each table."""

SEARCHED = {
    "regions": ("id", "code", "name_zh", "name_en", "aliases"),
    "targets": ("wording", "label_en"),
    "projects": ("name_zh", "name_en", "zone_zh", "zone_en", "description_zh", "description_en", "wording"),
}
"""The fields ``govtargets search`` looks in, for each kind of record."""


def field_texts(record: Any, name: str) -> list[str]:
    """The texts a record's field holds: none, one, or a list's (a model or a record's dict)."""
    value = record.get(name) if isinstance(record, dict) else getattr(record, name)
    return value if isinstance(value, list) else [value] if value else []


def searchable(record: Any, fields: Iterable[str]) -> str:
    """The text of a record's searched fields, one per line, folded as search folds a query."""
    return "\n".join(normalize_name(text) for name in fields for text in field_texts(record, name))


def rows_of(file: DatasetFile, names: Mapping[str, str]) -> Rows:
    """The rows of one validated file; ``names`` maps its regions' normalised names to their ids."""
    from govtargets.vocab import UNITS

    def search(record: Any, table: str) -> str:
        return searchable(record, SEARCHED[table])

    def yuan(amount: Any) -> int | None:
        if amount is None or UNITS[amount.unit].currency != "CNY":
            return None
        return int(amount.value * UNITS[amount.unit].factor)

    rows: Rows = {
        "sources": [(s.id, _dump(s)) for s in file.sources],
        "divisions": [(d.code, _dump(d)) for d in file.divisions],
        "indicators": [(i.key, _dump(i)) for i in file.indicators],
        "regions": [(r.id, search(r, "regions"), _dump(r)) for r in file.regions],
        "names": list(names.items()),
        "reports": [],
        "targets": [],
        "projects": [],
    }
    for r in file.reports:
        areas = orjson.dumps([a.model_dump() for a in r.areas]).decode()
        rows["reports"].append((r.region, r.year, r.source, areas))
        rows["targets"] += [
            (
                r.region,
                r.year,
                n,
                t.indicator,
                t.kind.value,
                t.source or r.source,
                search(t, "targets"),
                _dump(t),
            )
            for n, t in enumerate(r.targets)
        ]
        rows["projects"] += [
            (
                r.region,
                r.year,
                n,
                p.source or r.source,
                yuan(p.planned_investment),
                yuan(p.total_investment),
                search(p, "projects"),
                _dump(p),
            )
            for n, p in enumerate(r.projects)
        ]
    return rows


class IndexWriter:
    """Fills an empty SQLite database with a dataset, one file's rows at a time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Writing a scratch database: a crash leaves a file nobody reads, so skip the journal.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_TABLES)

    def add(self, rows: Rows) -> None:
        """Write one file's rows (names already taken are kept by their first region)."""
        for table, values in rows.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                verb = "INSERT OR IGNORE" if table == "names" else "INSERT"
                self.conn.executemany(f"{verb} INTO {table} VALUES ({marks})", values)

    def finish(self, meta: Mapping[str, str]) -> None:
        """Make the lookup indexes, record ``meta`` and commit."""
        self.conn.executescript(_INDEXES)
        self.conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        self.conn.commit()


def _dump(record: Any) -> str:
    return str(record.model_dump_json(exclude_none=True))


class Index:
    """Read access to a compiled index; every method returns plain rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._sources: dict[str, Row] = {}

    def meta(self) -> dict[str, str]:
        """The build's facts: schema version, tool version, what the data files were."""
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def region_id(self, name: str) -> str | None:
        """The id of the region a normalised name belongs to."""
        row = self.conn.execute("SELECT region FROM names WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def names(self) -> dict[str, str]:
        """Every normalised name, to its region's id."""
        return dict(self.conn.execute("SELECT name, region FROM names").fetchall())

    def region(self, region_id: str) -> Row:
        """One region's record."""
        return self._one("SELECT record FROM regions WHERE id = ?", region_id)

    def regions(self) -> list[Row]:
        """Every region, in the order the dataset lists them."""
        return _records(self.conn.execute("SELECT record FROM regions ORDER BY rowid"))

    def division(self, code: str) -> Row | None:
        """The division with ``code``, if the dataset names one."""
        row = self.conn.execute("SELECT record FROM divisions WHERE code = ?", (code,)).fetchone()
        return None if row is None else _loads(row[0])

    def source(self, source_id: str) -> Row:
        """One source's record (read once per index)."""
        if source_id not in self._sources:
            self._sources[source_id] = self._one("SELECT record FROM sources WHERE id = ?", source_id)
        return self._sources[source_id]

    def indicators(self) -> list[Row]:
        """The catalogue of indicators, in the dataset's order."""
        return _records(self.conn.execute("SELECT record FROM indicators ORDER BY rowid"))

    def indicator(self, key: str) -> Row:
        """One indicator's record."""
        return self._one("SELECT record FROM indicators WHERE key = ?", key)

    def years(self, region_id: str) -> list[int]:
        """The years a region has a report for, oldest first."""
        rows = self.conn.execute("SELECT year FROM reports WHERE region = ? ORDER BY year", (region_id,))
        return [int(year) for (year,) in rows]

    def report(self, region_id: str, year: int) -> Row | None:
        """A report's own fields (region, year, source, areas), without its targets and projects."""
        row = self.conn.execute(
            "SELECT source, areas FROM reports WHERE region = ? AND year = ?", (region_id, year)
        ).fetchone()
        if row is None:
            return None
        return {"region": region_id, "year": year, "source": row[0], "areas": _loads(row[1])}

    def targets(self, region_id: str, year: int) -> list[Row]:
        """A report's targets in order, each with its region, year and (effective) source."""
        return self._rows(
            "SELECT region, year, source, record FROM targets WHERE region = ? AND year = ? ORDER BY seq",
            (region_id, year),
        )

    def targets_where(
        self,
        *,
        region_ids: Sequence[str] = (),
        indicators: Sequence[str] = (),
        kinds: Sequence[str] = (),
        year: YearChoice = None,
        text: str | None = None,
        text_indicators: Sequence[str] = (),
    ) -> list[Row]:
        """Targets of any of the regions, indicators and kinds (each: any if none given), in
        the dataset's order; with ``text`` (folded), only those holding it in a searched field
        or keyed to one of ``text_indicators``."""
        where = _Where()
        where.any_of("region", region_ids)
        where.any_of("indicator", indicators)
        where.any_of("kind", kinds)
        where.year("targets", year)
        if text is not None:
            clause = "instr(search, ?) > 0"
            if text_indicators:
                clause = f"({clause} OR {_in('indicator', text_indicators)})"
            where.add(clause, text, *text_indicators)
        sql = f"SELECT region, year, source, record, rowid FROM targets{where.sql()}"
        return self._rows(sql, where.args, sort=True)

    def projects(
        self,
        *,
        region_id: str | None = None,
        year: YearChoice = None,
        min_planned: int | None = None,
        min_total: int | None = None,
        text: str | None = None,
    ) -> list[Row]:
        """Projects in the dataset's order, filtered by region, year, amounts in yuan and folded text."""
        where = _Where()
        where.any_of("region", [region_id] if region_id is not None else [])
        where.year("projects", year)
        if min_planned is not None:
            where.add("planned >= ?", min_planned)
        if min_total is not None:
            where.add("total >= ?", min_total)
        if text is not None:
            where.add("instr(search, ?) > 0", text)
        # Sorted here into the dataset's order: asked to sort, SQLite would scan every project
        # in order rather than use the index on the amount and sort the few that pass.
        return self._rows(
            f"SELECT region, year, source, record, rowid FROM projects{where.sql()}", where.args, sort=True
        )

    def regions_with(self, text: str) -> list[Row]:
        """Regions with the folded ``text`` in a searched field, in the dataset's order."""
        return _records(
            self.conn.execute("SELECT record FROM regions WHERE instr(search, ?) > 0 ORDER BY rowid", (text,))
        )

    def counts(self) -> dict[str, tuple[int, int]]:
        """Each region's number of targets and of projects, over all its years."""
        counts = {}
        for region_id, targets, projects in self.conn.execute(
            "SELECT region, (SELECT COUNT(*) FROM targets t WHERE t.region = r.region),"
            " (SELECT COUNT(*) FROM projects p WHERE p.region = r.region) FROM reports r GROUP BY region"
        ):
            counts[region_id] = (int(targets), int(projects))
        return counts

    def indicator_regions(self) -> dict[str, int]:
        """How many regions have a target on each indicator."""
        rows = self.conn.execute("SELECT indicator, COUNT(DISTINCT region) FROM targets GROUP BY indicator")
        return {key: int(n) for key, n in rows}

    def _one(self, sql: str, key: str) -> Row:
        row = self.conn.execute(sql, (key,)).fetchone()
        if row is None:
            raise LookupError(f"the index has no record {key!r}")
        return _loads(row[0])

    def _rows(self, sql: str, args: Iterable[object], *, sort: bool = False) -> list[Row]:
        found = self.conn.execute(sql, tuple(args)).fetchall()
        if sort:  # by the last column, then dropped
            found = [hit[:-1] for hit in sorted(found, key=lambda hit: hit[-1])]
        rows = []
        for region_id, year, source, record in found:
            row = _loads(record)
            row.update(region=region_id, year=year, source=source)
            rows.append(row)
        self._read_sources({row["source"] for row in rows})
        return rows

    def _read_sources(self, ids: Iterable[str]) -> None:
        # The rows' sources in a few queries rather than one each.
        wanted = [i for i in ids if i not in self._sources]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for source_id, record in self.conn.execute(
                f"SELECT id, record FROM sources WHERE id IN ({marks})", chunk
            ):
                self._sources[source_id] = _loads(record)


class _Where:
    """The WHERE clause of a query, built up one condition at a time."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.args: list[object] = []

    def add(self, clause: str, *args: object) -> None:
        self.clauses.append(clause)
        self.args += args

    def any_of(self, column: str, values: Sequence[str]) -> None:
        if values:
            self.add(_in(column, values), *values)

    def year(self, table: str, year: YearChoice) -> None:
        if year == "latest":
            self.add(f"year = (SELECT MAX(year) FROM reports r WHERE r.region = {table}.region)")
        elif year is not None:
            self.add("year = ?", year)

    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


def _in(column: str, values: Sequence[object]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})"


def _records(cursor: sqlite3.Cursor) -> list[Row]:
    return [_loads(record) for (record,) in cursor]


def _loads(text: str) -> Row:
    row: Row = orjson.loads(text)  # several times faster than the json module
    return row


def figure(text: str) -> Decimal:
    """A figure from a record: pydantic writes Decimals as exact strings."""
    return Decimal(text)
