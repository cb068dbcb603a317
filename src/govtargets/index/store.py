"""The compiled index: a validated dataset stored in SQLite, which every query reads.

Two sets of tables. The staging tables (``s_*``) hold each file's valid records as validated,
with where they are in their file; build.py checks them together and from them writes the
served tables, which hold every row in its output shape (dataset/shapes.py) as JSON, beside the
columns queries look up, filter and sort on. Reading an index needs only the standard library
and orjson, so a query never imports pydantic, tomli or rich.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import orjson

from govtargets.dataset.shapes import ProjectRow, SourceView, TargetRow
from govtargets.dataset.vocab import FIRST_YEAR, LAST_YEAR
from govtargets.index.lazy import Rows

YearChoice = int | tuple[int | None, int | None] | Literal["latest"] | None
"""A year, the years from the first to the last of a pair (None: open at that end), each
region's latest year, or (None) every year."""

Row = dict[str, Any]
"""A served row: a record in its output shape."""

BLANK_TARGET: dict[str, None] = dict.fromkeys(TargetRow.__annotations__)
BLANK_PROJECT: dict[str, None] = dict.fromkeys(ProjectRow.__annotations__)
"""A target's and a project's row with every column null, in the columns' order: their rows
are stored without their null columns (``rows.Parts.split``), a third of a target's text, and
read back into a copy of this (``lazy.Rows``)."""

BLANK_SOURCE: dict[str, None] = dict.fromkeys(SourceView.__annotations__)
"""A source with every field null: a source is served as it is staged, without its null fields,
and read back into a copy of this (a source's record has the fields of its view, in order)."""

# fmt: off
SHARED: dict[str, tuple[tuple[str, ...], ...]] = {
    "targets": (
        ("region_zh", "region_en", "code", "region_level"),
        ("indicator_zh", "indicator_en", "indicator_short_en"),
        ("source", "source_url", "actual_source", "actual_source_url"),
        # What the target's figure is and how it is judged: a few hundred combinations at most.
        ("kind", "unit", "unit_en", "qualifiers", "qualifiers_zh", "goal", "goal_zh", "measure",
         "threshold", "actual_unit", "actual_estimate", "actual_bound", "reference_bound",
         "reference_estimate", "outcome", "near_miss", "difference_unit", "difference_unit_en"),
    ),
    "projects": (
        ("region_zh", "region_en"),
        ("source", "source_url", "total_source", "total_unit", "planned_unit"),
    ),
}
# fmt: on
"""The columns of a target's and a project's row that many rows share (its region's names, its
indicator's, its sources' addresses), in groups: each group's values are stored once, as a
piece of JSON in ``parts``, and a row keeps its number (``part1``, ``part2``, ...). The rest
of a row, its own values, are a JSON array (``own``) whose keys are a part too (``own_keys``,
the number of a JSON array of their names): a row's key names were two fifths of its text.
The views ``target_rows`` and ``project_rows`` put each row together as one JSON array, [its
own keys, its own values, {its columns, its parts' pairs}] (``lazy.Rows`` reads it)."""

AS_COLUMNS = {
    "targets": {
        "region": "region",
        "year": "year",
        "indicator": "indicator",
        "id": "indicator",
        "wording": "wording",
    },
    "projects": {
        "region": "region",
        "year": "year",
        "total_yuan": "total_yuan",
        "planned_yuan": "planned_yuan",
        "total_bound": "total_bound",
        "planned_bound": "planned_bound",
    },
}
"""The keys of a target's and a project's row that the views take from its columns (key:
column). A key kept as a column under another name is a default: a target's id is its
indicator's key, unless the row's own values give another (most records give no id)."""


def _pair(key: str, column: str) -> list[str]:
    """A column as a JSON pair, in SQL pieces: a number as it is (or null), a key (which needs no
    escapes) in quotes, a text quoted as JSON."""
    if column in ("region", "indicator"):
        return [f'\'"{key}":"\'', f"t.{column}", "'\"'"]
    if column in ("wording", "total_bound", "planned_bound"):  # json_quote(NULL) is null
        return [f"'\"{key}\":'", f"json_quote(t.{column})"]
    return [f"'\"{key}\":'", f"ifnull(t.{column}, 'null')"]


def _concatenated(pieces: Sequence[str]) -> str:
    """SQL pieces joined by ``||``, each run of quoted texts made one: SQLite copies the whole
    text joined so far at each ``||``, and a step a run, not a piece, took the view's rows of
    9,000 targets from 38 ms to 34 ms."""
    merged: list[str] = []
    for piece in pieces:
        if merged and piece.startswith("'") and merged[-1].startswith("'"):
            merged[-1] = merged[-1][:-1] + piece[1:]
        else:
            merged.append(piece)
    return " || ".join(merged)


SCHEMA_VERSION = 62
"""Bump when the tables change, so that an old cached index is rebuilt."""

STAGED = {
    "sources": "id TEXT",
    "divisions": "code TEXT",
    "indicators": "key TEXT",
    "regions": "id TEXT",
    "reports": "region TEXT, year INTEGER",
    "outcomes": "region TEXT, year INTEGER, indicator TEXT, search TEXT",
}
"""The staging tables, by the list of records they hold: their key columns (then file, loc, raw).
Beside its keys, an outcome's search text, made as it was read (an outcome is served as it is
staged: the served ``outcomes`` are a view of ``s_outcomes``, not a second copy, that puts its
keys back into its JSON, staged without them; so is a source, by the view ``sources``). The reports'
targets and projects are staged with their file (``files.targets`` and ``files.projects``: a
line of JSON for each staged report, [[their place in the report's list, record], ...], the
file's lines compressed together by zlib: an eighth of their size, where each report's
compressed alone was a quarter). Apart, so that serving each reads only its own: in one line
of both, serving projects decompressed and parsed the targets again.

A staged record's rowid says where it is in the dataset: its file's number and its place in
the file (``staged_key``), so that records staged apart (read now, or taken from the previous
index) come together in the dataset's order."""

COUNTS = {
    "targets": ("INTEGER NOT NULL", "COUNT(*)"),
    "with_outcome": ("INTEGER NOT NULL", "COUNT(outcome)"),
    "not_judged": ("INTEGER", "SUM(outcome = 'not_judged')"),
    "met": ("INTEGER", "SUM(outcome = 'met')"),
    "missed": ("INTEGER", "SUM(outcome = 'missed')"),
    "near_missed": ("INTEGER", "SUM(near_miss)"),
    "as_stated": ("INTEGER", "SUM(stated)"),
    # The differences of the judged growth and decline targets, as the JSON numbers they are
    # (exact), separated by spaces; null: none.
    "differences": ("TEXT", "group_concat(CASE WHEN kind IN ('growth', 'decline') THEN difference END, ' ')"),
}
"""What ``Index.target_counts`` counts of targets, each as a column of ``report_counts`` (its
type) and as it is counted in SQL over targets (a report's counts are summed over reports)."""

_STAGED_TABLES = "\n".join(
    f"CREATE TABLE s_{name} ({keys}, file INTEGER NOT NULL, loc TEXT NOT NULL, raw TEXT NOT NULL);"
    for name, keys in STAGED.items()
)
_FILE_BITS = 32
"""A staged key: the file's number, above the record's place in it."""


def staged_key(file_no: int, place: int) -> int:
    """The rowid of a staged record: where it is in the dataset (see ``STAGED``)."""
    return (file_no << _FILE_BITS) | place


_TABLES = (
    _STAGED_TABLES
    + """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (
    no INTEGER PRIMARY KEY, path TEXT NOT NULL, stamp TEXT, warnings TEXT, targets BLOB, projects BLOB
);
CREATE TABLE indicators (key TEXT UNIQUE NOT NULL, record TEXT NOT NULL);
CREATE TABLE indicator_names (name TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE regions (
    id TEXT UNIQUE NOT NULL, code TEXT NOT NULL, level TEXT NOT NULL,
    search TEXT NOT NULL, record TEXT NOT NULL
);
CREATE TABLE names (name TEXT PRIMARY KEY, region TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE reports (
    region TEXT, year INTEGER, source TEXT NOT NULL, areas TEXT NOT NULL, PRIMARY KEY (region, year)
) WITHOUT ROWID;
CREATE TABLE targets (
    region TEXT NOT NULL, year INTEGER NOT NULL, latest INTEGER NOT NULL, seq INTEGER NOT NULL,
    indicator TEXT NOT NULL, kind TEXT NOT NULL, level TEXT NOT NULL,
    rank_value REAL, measure TEXT NOT NULL, threshold TEXT NOT NULL, wording TEXT NOT NULL, search TEXT,
    outcome TEXT, near_miss INTEGER NOT NULL, stated INTEGER NOT NULL, difference TEXT, {targets_parts}
    own_keys INTEGER NOT NULL, own TEXT NOT NULL
);
CREATE TABLE projects (
    region TEXT NOT NULL, year INTEGER NOT NULL, latest INTEGER NOT NULL, seq INTEGER NOT NULL,
    planned_yuan INTEGER, total_yuan INTEGER, planned_bound TEXT, total_bound TEXT, search TEXT NOT NULL,
    {projects_parts}
    own_keys INTEGER NOT NULL, own TEXT NOT NULL
);
CREATE TABLE parts (id INTEGER PRIMARY KEY, part TEXT NOT NULL);
CREATE TABLE report_counts (
    region TEXT NOT NULL, year INTEGER NOT NULL, level TEXT NOT NULL, latest INTEGER NOT NULL,
    {counts}, PRIMARY KEY (region, year)
) WITHOUT ROWID;
CREATE VIEW outcomes AS SELECT rowid, region, year, indicator, search,
    '{{"region":"' || region || '","year":' || year || ',"indicator":"' || indicator || '",' || substr(raw, 2)
    AS record FROM s_outcomes;
CREATE VIEW sources AS SELECT id, raw AS record FROM s_sources;
""".format(
        **{
            f"{table}_parts": "".join(f"part{n} INTEGER NOT NULL, " for n in range(1, len(groups) + 1))
            for table, groups in SHARED.items()
        },
        counts=", ".join(f"{name} {kind}" for name, (kind, _) in COUNTS.items()),
    )
    + "".join(
        # A row's JSON: its own keys and values, then an object of its keys kept as columns and
        # its shared parts (each ,"key":value pairs, or nothing).
        f"CREATE VIEW {table[:-1]}_rows AS SELECT t.rowid AS rowid, t.*, "
        + _concatenated(
            [
                "'['",
                "k.part",
                "','",
                "t.own",
                "',{'",
                *itertools.chain.from_iterable(
                    ([] if n == 0 else ["','"]) + _pair(key, column)
                    for n, (key, column) in enumerate(AS_COLUMNS[table].items())
                ),
                *(f"p{n}.part" for n in range(1, len(groups) + 1)),
                "'}]'",
            ]
        )
        + f" AS row FROM {table} AS t JOIN parts AS k ON k.id = t.own_keys"
        + "".join(f" JOIN parts AS p{n} ON p{n}.id = t.part{n}" for n in range(1, len(groups) + 1))
        + ";\n"
        for table, groups in SHARED.items()
    )
)

# Made after the rows are in: one sort at the end is faster than keeping them sorted all along.
# Each is a scan of its table: targets have one by indicator, whose year (of all years or of
# the latest) is read off the index's entries, not the rows; and one by report that holds what
# a summary counts, from which each report's counts are made without reading the rows (a summary
# of every indicator sums them).
_INDEXES = """
CREATE INDEX targets_by_report ON targets (region, year, kind, outcome, near_miss, stated, difference);
INSERT INTO report_counts SELECT region, year, level, latest, {counts} FROM targets GROUP BY region, year;
CREATE INDEX targets_by_indicator ON targets (indicator, latest, year);
CREATE INDEX projects_by_report ON projects (region, year);
CREATE INDEX projects_by_planned ON projects (planned_yuan);
CREATE INDEX latest_projects_by_planned ON projects (latest, planned_yuan);
CREATE INDEX projects_by_total ON projects (total_yuan);
CREATE INDEX outcomes_by_key ON s_outcomes (region, year, indicator);
CREATE INDEX sources_by_id ON s_sources (id);
""".format(counts=", ".join(sql for _, sql in COUNTS.values()))

SERVED = (
    "indicators",
    "indicator_names",
    "regions",
    "names",
    "reports",
    "targets",
    "projects",
    "parts",
)


_JSON_LAST = frozenset({"indicators", "regions", "targets", "projects", "parts"})
"""The served tables whose last column is a record's JSON, given as UTF-8 bytes."""


class IndexWriter:
    """Fills an empty SQLite database with a dataset: staged file by file, then served."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Writing a scratch database: a crash leaves a file nobody reads, so skip the journal.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_TABLES)

    def stage(self, file_no: int, path: str, rows: Staged, members: Mapping[str, bytes]) -> None:
        """Write one file's valid records into the staging tables, and its reports' targets and
        projects (``members``, by table, see ``STAGED``) beside the file."""
        self.conn.execute(
            "INSERT INTO files (no, path, targets, projects) VALUES (?, ?, ?, ?)",
            (file_no, path, members["targets"], members["projects"]),
        )
        for table, values in rows.items():
            if values:
                # raw: JSON in UTF-8 (bytes), kept as text, which SQLite's JSON functions read as JSON
                marks = ", ".join("?" * (len(values[0]) - 1)) + ", CAST(? AS TEXT)"
                self.conn.executemany(
                    f"INSERT INTO s_{table} (rowid, {_STAGED_COLUMNS[table]}) VALUES ({marks})", values
                )

    def mark(self, file_no: int, stamp: str, warnings: str) -> None:
        """Record what a staged file was (its stamp) and its warnings, so that a later build of
        the same files can take its staged records as they are (``reuse``)."""
        self.conn.execute("UPDATE files SET stamp = ?, warnings = ? WHERE no = ?", (stamp, warnings, file_no))

    def reusable(self, previous: str, stamps: Sequence[str]) -> dict[int, tuple[int, str]]:
        """Attach the ``previous`` index of the same dataset; of the files with these stamps,
        those it staged as they are now: {file number: (its number there, its warnings)}."""
        try:
            self.conn.execute("ATTACH DATABASE ? AS previous", (previous,))
            rows = self.conn.execute("SELECT no, stamp, warnings FROM previous.files").fetchall()
        except sqlite3.Error:
            return {}
        then = {stamp: (no, warnings) for no, stamp, warnings in rows if stamp}
        return {no: then[stamp] for no, stamp in enumerate(stamps) if stamp in then}

    def reuse(self, reused: Mapping[int, int], files: Sequence[str]) -> None:
        """Stage files' records as the previous index staged them ({file number: its number
        there}), then let the previous index go: one statement a table, whatever the count."""
        if reused:
            self.conn.execute("CREATE TEMP TABLE reused (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
            self.conn.executemany("INSERT INTO reused VALUES (?, ?)", ((o, n) for n, o in reused.items()))
            self.conn.execute(
                "INSERT INTO files (no, path, targets, projects) SELECT reused.new, '', f.targets, f.projects"
                " FROM previous.files AS f JOIN reused ON f.no = reused.old"
            )
            self.conn.executemany("UPDATE files SET path = ? WHERE no = ?", ((files[n], n) for n in reused))
            low = (1 << _FILE_BITS) - 1  # the record's place in its file, as it was
            for table, columns in _STAGED_COLUMNS.items():
                keys = ", ".join(f"s.{key}" for key in columns.split(", ")[:-3])  # but file, loc, raw
                self.conn.execute(
                    f"INSERT INTO s_{table} (rowid, {columns})"
                    f" SELECT (reused.new << {_FILE_BITS}) | (s.rowid & {low}), {keys},"
                    f" reused.new, s.loc, s.raw"
                    f" FROM previous.s_{table} AS s JOIN reused ON s.file = reused.old"
                )
            self.conn.execute("DROP TABLE temp.reused")
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("DETACH DATABASE previous")

    def take_served(self, path: str) -> dict[str, int]:
        """Copy the served targets, projects and parts of the index at ``path``, of a dataset this
        one starts with and leaves as it is (``build._untouched``); how many rows of each it took."""
        self.conn.execute("ATTACH DATABASE ? AS served", (path,))
        taken = {}
        for table in ("targets", "projects", "parts"):
            columns = _columns(self.conn, table)
            cursor = self.conn.execute(
                f"INSERT INTO {table} (rowid, {columns}) SELECT rowid, {columns} FROM served.{table}"
            )
            taken[table] = cursor.rowcount
        self.conn.commit()  # an attached database is detached only outside a transaction
        self.conn.execute("DETACH DATABASE served")
        return taken

    def serve(self, table: str, values: Iterable[tuple[Any, ...]], *, keyed: bool = False) -> None:
        """Write rows into a served table (``keyed``: each after its rowid)."""
        if table not in SERVED:
            raise ValueError(f"no served table {table!r}")
        values = iter(values)
        first = next(values, None)
        if first is not None:
            sql = _insert(self.conn, table, len(first), keyed=keyed)
            self.conn.executemany(sql, itertools.chain([first], values))

    def finish(self, meta: Mapping[str, str]) -> None:
        """Make the lookup indexes, record ``meta`` and commit."""
        self.conn.executescript(_INDEXES)
        # A sample of each index's spread, so that the planner picks the index that narrows a
        # query most (the latest year's projects above a bar, not every year's).
        self.conn.executescript("PRAGMA analysis_limit = 1000; ANALYZE;")
        self.conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        self.conn.commit()


Staged = Mapping[str, list[tuple[Any, ...]]]
"""A file's valid records, table by table, as build.py stages them: rowid (``staged_key``),
key columns, file number, place (JSON), JSON."""

_STAGED_COLUMNS = {
    name: ", ".join([*(k.split()[0] for k in keys.split(", ")), "file", "loc", "raw"])
    for name, keys in STAGED.items()
}


def _insert(conn: sqlite3.Connection, table: str, width: int, *, keyed: bool) -> str:
    """The statement that writes rows of ``width`` values into a served table (``keyed``: a
    rowid first, then every column)."""
    marks = ", ".join("?" * width)
    if table in _JSON_LAST:  # stored as text, that SQLite's JSON functions read it
        marks = marks.removesuffix("?") + "CAST(? AS TEXT)"
    verb = "INSERT OR IGNORE" if table in ("names", "indicator_names") else "INSERT"
    columns = f"(rowid, {_columns(conn, table)})" if keyed else ""
    return f"{verb} INTO {table} {columns} VALUES ({marks})"


def _columns(conn: sqlite3.Connection, table: str) -> str:
    return ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))


def read_only(path: str, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection to the database at ``path`` (``immutable``: one that no one
    changes, read without locking)."""
    quoted = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return sqlite3.connect(f"file:{quoted}?mode=ro{'&immutable=1' if immutable else ''}", uri=True)


class Index:
    """Read access to a compiled index; every method returns served rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    def region_id(self, name: str) -> str | None:
        """The id of the region a normalised name belongs to."""
        return self._value("SELECT region FROM names WHERE name = ?", name)

    def names(self) -> dict[str, str]:
        """Every normalised region name, to its region's id."""
        return dict(self.conn.execute("SELECT name, region FROM names").fetchall())

    def region(self, region_id: str) -> Row:
        """One region's view (RegionView)."""
        return self._one("SELECT record FROM regions WHERE id = ?", region_id)

    def regions(self, *, levels: Sequence[str] = ()) -> list[Row]:
        """Every region (of the levels given), in the order the dataset lists them."""
        where = _Where()
        where.any_of("level", levels)
        return self._records(f"SELECT record FROM regions{where.sql()} ORDER BY rowid", where.args)

    def region_names(self) -> dict[str, tuple[str, str]]:
        """Each region's Chinese and English name, in the order the dataset lists them."""
        sql = "SELECT id, json_extract(record, '$.name_zh'), json_extract(record, '$.name_en') FROM regions"
        return {key: (zh, en) for key, zh, en in self.conn.execute(sql + " ORDER BY rowid")}

    def knows_code(self, code: str) -> bool:
        """Whether a region or a division of the dataset has a division code."""
        sql = "SELECT 1 FROM regions WHERE code = ? UNION ALL SELECT 1 FROM s_divisions WHERE code = ?"
        return self.conn.execute(sql, (code, code)).fetchone() is not None

    def regions_with(self, text: str) -> list[Row]:
        """Regions with the folded ``text`` in a searched field, in the dataset's order."""
        return self._records("SELECT record FROM regions WHERE instr(search, ?) > 0 ORDER BY rowid", [text])

    def sources(self, ids: Iterable[str]) -> dict[str, Row]:
        """The sources with these ids (SourceView), read in a few queries."""
        wanted = sorted(set(ids))
        found: dict[str, Row] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = f"SELECT id, record FROM sources WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update(
                (key, {**BLANK_SOURCE, **orjson.loads(record)})
                for key, record in self.conn.execute(sql, chunk)
            )
        return found

    def all_sources(self) -> list[Row]:
        """Every source (SourceView), by id."""
        rows = self.conn.execute("SELECT record FROM sources ORDER BY id")
        return [{**BLANK_SOURCE, **orjson.loads(record)} for (record,) in rows]

    def totals(self) -> dict[str, int | None]:
        """How many regions, reports, targets, outcomes, projects and sources are served, and the
        first and last year of the reports."""
        found: dict[str, int | None] = {}
        for table in ("regions", "reports", "targets", "outcomes", "projects", "sources"):
            found[table] = int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        found["first_year"], found["last_year"] = self.conn.execute(
            "SELECT MIN(year), MAX(year) FROM reports"
        ).fetchone()
        return found

    def indicator_key(self, name: str) -> str | None:
        """The key of the indicator a normalised name (key, Chinese or English name, alias) belongs to."""
        return self._value("SELECT key FROM indicator_names WHERE name = ?", name)

    def indicator_names(self) -> dict[str, str]:
        """Every normalised indicator name, to its key."""
        return dict(self.conn.execute("SELECT name, key FROM indicator_names").fetchall())

    def indicators(self) -> list[Row]:
        """The catalogue of indicators, in the dataset's order."""
        return self._records("SELECT record FROM indicators ORDER BY rowid")

    def indicator(self, key: str) -> Row:
        """One indicator's record."""
        return self._one("SELECT record FROM indicators WHERE key = ?", key)

    def years(self, region_id: str | None = None) -> list[int]:
        """The years a region (or, with none, any region) has a report for, oldest first."""
        if region_id is None:
            rows = self.conn.execute("SELECT DISTINCT year FROM reports ORDER BY year")
        else:
            rows = self.conn.execute("SELECT year FROM reports WHERE region = ? ORDER BY year", (region_id,))
        return [int(year) for (year,) in rows]

    def result_indicators(self, region_id: str, year: int) -> list[str]:
        """The indicators the dataset holds a result (outcome) of for a region's year, in order."""
        sql = "SELECT indicator FROM s_outcomes WHERE region = ? AND year = ? ORDER BY rowid"
        return [str(key) for (key,) in self.conn.execute(sql, (region_id, year))]

    def report(self, region_id: str, year: int) -> Row | None:
        """A report's own fields (region, year, source, areas), without its targets and projects."""
        row = self.conn.execute(
            "SELECT source, areas FROM reports WHERE region = ? AND year = ?", (region_id, year)
        ).fetchone()
        if row is None:
            return None
        return {"region": region_id, "year": year, "source": row[0], "areas": orjson.loads(row[1])}

    def targets(
        self,
        *,
        regions: Sequence[str] = (),
        indicators: Sequence[str] = (),
        kinds: Sequence[str] = (),
        levels: Sequence[str] = (),
        year: YearChoice = None,
        text: str | None = None,
        text_indicators: Sequence[str] = (),
    ) -> Rows[Row]:
        """Targets of any of the regions, indicators, kinds and region levels given (each: any
        if none given), in the dataset's order; with ``text`` (folded), only those holding it in
        a searched field or keyed to one of ``text_indicators``. Beside each row (``columns``):
        what it is ranked by and with: its figure in its base unit, its kind, what the figure
        measures and its threshold (see ``rows.rank_value`` and ``rows.rank_measure``)."""
        where = _Where()
        where.any_of("region", regions)
        where.any_of("indicator", indicators)
        where.any_of("kind", kinds)
        where.any_of("level", levels)
        where.year("targets", year)
        if text is not None:
            clause = "instr(ifnull(search, wording), ?) > 0"  # null: the wording is its own folded text
            if text_indicators:
                clause = f"({clause} OR {_in('indicator', text_indicators)})"
            where.add(clause, text, *text_indicators)
        columns = f"rowid, rank_value, kind, measure, threshold, {_JSON('row')}"
        sql = f"SELECT {columns} FROM target_rows{where.sql()}"
        return self._in_order(sql, where.args, blank=BLANK_TARGET)

    def target_counts(
        self,
        *,
        by: Sequence[str],
        regions: Sequence[str] = (),
        indicators: Sequence[str] = (),
        kinds: Sequence[str] = (),
        levels: Sequence[str] = (),
        year: YearChoice = None,
    ) -> list[tuple[Any, ...]]:
        """The targets selected as ``targets()`` selects them, counted in SQL for each value of
        the columns ``by`` (``region``, ``year``, or both): those columns' values, then how many
        targets, with an outcome, not judged, met, missed, near misses and judged by the report's
        words alone, and the differences of the judged
        growth and decline targets as the JSON numbers they are, separated by spaces (or None).
        Nothing of a row is parsed in Python: a summary of 200,000 targets stays small. Of every
        indicator, each report's counts are summed, counted when the index was built."""
        if not by or any(column not in ("region", "year") for column in by):
            raise ValueError(f"cannot count targets by {by!r}")
        where = _Where()
        where.any_of("region", regions)
        where.any_of("indicator", indicators)
        where.any_of("kind", kinds)
        where.any_of("level", levels)
        where.year("targets", year)
        keys = ", ".join(by)
        # The outcome columns beside each row (its difference as the JSON number it is, exact):
        # nothing of a row's JSON is read, which took 40 times as long.
        table, counts, grouped = "targets", ", ".join(sql for _, sql in COUNTS.values()), f" GROUP BY {keys}"
        if not indicators and not kinds:  # every target: each report's counts, summed (a tenth of the time)
            table, counts = "report_counts", ", ".join(map(_summed, COUNTS))
            if list(by) == ["region", "year"]:  # a row a report: as they are, summed by nothing
                counts, grouped = ", ".join(COUNTS), ""
        sql = f"SELECT {keys}, {counts} FROM {table}{where.sql()}{grouped}"
        return self.conn.execute(sql, tuple(where.args)).fetchall()

    def projects(
        self,
        *,
        region: str | None = None,
        year: YearChoice = None,
        min_planned: int | None = None,
        min_total: int | None = None,
        text: str | None = None,
    ) -> Rows[Row]:
        """Projects in the dataset's order, filtered by region, year, amounts in yuan and folded text;
        beside each (``columns``): its planned and total investment in yuan, and their bounds."""
        where = _Where()
        where.any_of("region", [region] if region is not None else [])
        # Looking for a text, every row is read: in the table's order (a scan), not the order of
        # an index of the latest year's amounts, which reads each page many times (19 ms -> 9 ms).
        where.year("projects", year, indexed=text is None or region is not None)
        if min_planned is not None:
            where.add("planned_yuan >= ?", min_planned)
        if min_total is not None:
            where.add("total_yuan >= ?", min_total)
        if text is not None:
            where.add("instr(search, ?) > 0", text)
        sql = f"SELECT rowid, planned_yuan, total_yuan, planned_bound, total_bound, {_JSON('row')}"
        sql += f" FROM project_rows{where.sql()}"
        return self._in_order(sql, where.args, blank=BLANK_PROJECT)

    def region_outcomes(self, region_id: str, *, indicator: str | None = None) -> list[Row]:
        """One region's outcome records (of one indicator), by year, in the dataset's order."""
        sql = f"SELECT {_JSON('record')} FROM outcomes WHERE region = ?"
        args: list[object] = [region_id]
        if indicator is not None:
            sql += " AND indicator = ?"
            args.append(indicator)
        return self._records(sql + " ORDER BY year, rowid", args)

    def outcomes(
        self, *, year: YearChoice = None, text: str | None = None, text_indicators: Sequence[str] = ()
    ) -> list[Row]:
        """Outcome records (with region and year), filtered by year; with ``text`` (folded), only
        those holding it in their wording or keyed to one of ``text_indicators``."""
        where = _Where()
        where.year("outcomes", year)
        if text is not None:
            clause = "instr(search, ?) > 0"
            if text_indicators:
                clause = f"({clause} OR {_in('indicator', text_indicators)})"
            where.add(clause, text, *text_indicators)
        return self._records(
            f"SELECT {_JSON('record')} FROM outcomes{where.sql()} ORDER BY rowid", where.args
        )

    def counts(self) -> dict[str, tuple[int, int, int]]:
        """Each region's number of targets, projects and outcomes, over all its years."""
        counts: dict[str, list[int]] = {}
        for column, table in enumerate(("targets", "projects", "outcomes")):
            for region_id, n in self.conn.execute(f"SELECT region, COUNT(*) FROM {table} GROUP BY region"):
                counts.setdefault(region_id, [0, 0, 0])[column] = int(n)
        return {k: (v[0], v[1], v[2]) for k, v in counts.items()}

    def indicator_regions(self) -> dict[str, int]:
        """How many regions have a target on each indicator."""
        rows = self.conn.execute("SELECT indicator, COUNT(DISTINCT region) FROM targets GROUP BY indicator")
        return {key: int(n) for key, n in rows}

    def _value(self, sql: str, key: str) -> str | None:
        row = self.conn.execute(sql, (key,)).fetchone()
        return None if row is None else str(row[0])

    def _records(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        return [orjson.loads(record) for (record,) in self.conn.execute(sql, args)]

    def _one(self, sql: str, key: str) -> Row:
        row = self.conn.execute(sql, (key,)).fetchone()
        if row is None:
            raise LookupError(f"the index has no record {key!r}")
        found: Row = orjson.loads(row[0])
        return found

    def _in_order(self, sql: str, args: Iterable[object], *, blank: Mapping[str, None]) -> Rows[Row]:
        """The rows ``sql`` selects (rowid first, the row's JSON last), in the dataset's order.

        Sorted here, not by SQLite: asked to sort, it would either scan the whole table in order
        rather than use an index, or sort the selected rows (with their JSON) in a temporary
        B-tree, twice the time of the query itself for thousands of rows.
        """
        found = self.conn.execute(sql, tuple(args)).fetchall()
        found.sort()
        return Rows([row[-1] for row in found], [row[1:-1] for row in found], blank=blank)


def _summed(count: str) -> str:
    """A report's count (``COUNTS``) over reports: numbers summed, differences listed."""
    return f"group_concat({count}, ' ')" if count == "differences" else f"SUM({count})"


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

    def year(self, table: str, year: YearChoice, *, indexed: bool = True) -> None:
        if year == "latest" and table in ("targets", "projects"):
            # worked out when the index was built; +latest: not by an index that holds it
            self.add("latest = 1" if indexed else "+latest = 1")
        elif year == "latest":
            self.add(f"year = (SELECT MAX(year) FROM reports r WHERE r.region = {table}.region)")
        elif isinstance(year, tuple):
            first, last = year
            self.add(
                "year BETWEEN ? AND ?",
                FIRST_YEAR if first is None else first,
                LAST_YEAR if last is None else last,
            )
        elif year is not None:
            self.add("year = ?", year)

    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


def _JSON(column: str) -> str:
    """A JSON column, selected as bytes: orjson reads them as they are, where Python would first
    decode them into a string (a tenth of the time of a broad query)."""
    return f"CAST({column} AS BLOB)"


def _in(column: str, values: Sequence[object]) -> str:
    return f"{column} IN ({', '.join('?' * len(values))})"
