"""``govtargets export``: the tables of an export (shapes.Export) as files other tools open with
the right types and no options: SQLite (with datasette's metadata beside it), CSV, Parquet or
Excel. Every table's columns and types are derived from its row's TypedDict, never restated.
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import itertools
import json
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from govtargets.dataset import shapes
from govtargets.errors import OutputError
from govtargets.output.sheets import Column, columns, flat
from govtargets.output.write import absolute_path, csv_text, scratch_beside
from govtargets.version import __version__

ExportFormat = Literal["sqlite", "csv", "parquet", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("sqlite", "csv", "parquet", "xlsx")
IN_A_FOLDER: tuple[ExportFormat, ...] = ("csv", "parquet")
"""The formats written to a folder, a file per table (the others are one file)."""
SUFFIXES: dict[str, ExportFormat] = {
    ".db": "sqlite",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".xlsx": "xlsx",
}
"""A file's suffix, to the format it implies; CSV and Parquet go to a folder, a file per table."""

TABLES: dict[str, tuple[type, str | None]] = {
    "sources": (shapes.SourceView, "id"),
    "indicators": (shapes.IndicatorRow, "key"),
    "regions": (shapes.RegionRow, "id"),
    "targets": (shapes.TargetRow, None),
    "outcomes": (shapes.OutcomeRow, None),
    "projects": (shapes.ProjectRow, None),
}
"""Each table's row type and primary key, in the order they are written (referred to first)."""

REFERENCES: dict[str, str] = {
    "region": "regions",
    "against_region": "regions",
    "parent": "regions",
    "indicator": "indicators",
    "source": "sources",
    "actual_source": "sources",
    "total_source": "sources",
}
"""A column of these names holds the primary key of that table (a foreign key in SQLite)."""

INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "regions": (("code",), ("parent",)),
    "targets": (("region", "year"), ("indicator", "year"), ("year",)),
    "outcomes": (("region", "year", "indicator"), ("indicator", "year")),
    "projects": (("region", "year"),),
}

TITLES: dict[str, str] = {
    "sources": "Sources: the reports and pages every figure was read from",
    "indicators": "Indicators: the catalogue that lines targets up across regions and years",
    "regions": "Regions: the governments whose reports set targets",
    "targets": "Targets: one row per target of a government work report, judged against its outcome",
    "outcomes": "Outcomes: what a region achieved on an indicator in a year, as a later report states it",
    "projects": "Projects: major investment projects listed in work reports",
}


def descriptions(row_type: type) -> dict[str, str]:
    """The docstrings of a row type's or a model's fields (and of the types of ours it extends),
    by field: the one place a field is described, read by the export's metadata and the JSON
    Schemas. A TypedDict's bases are read off its source (before 3.12 it does not keep them)."""
    found: dict[str, str] = {}
    try:
        tree = ast.parse(inspect.getsource(row_type))
    except (OSError, TypeError):
        return found
    if not tree.body or not isinstance(tree.body[0], ast.ClassDef):
        return found
    module = sys.modules.get(row_type.__module__)
    for base in tree.body[0].bases:
        extended = getattr(module, base.id, None) if isinstance(base, ast.Name) else None
        if isinstance(extended, type) and extended.__module__.startswith("govtargets."):
            found.update(descriptions(extended))
    for field, after in itertools.pairwise(tree.body[0].body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[field.target.id] = " ".join(after.value.value.split())
    return found


def _table_rows(export: shapes.Export, table: str) -> Sequence[Mapping[str, Any]]:
    rows: Sequence[Mapping[str, Any]] = export[table]  # type: ignore[literal-required]
    return rows


def _plain(value: Any) -> Any:
    """A value as SQLite, Parquet and Excel take it: a Decimal as the float it spells."""
    return float(value) if isinstance(value, Decimal) else value


def write_export(export: shapes.Export, *, path: str, fmt: ExportFormat, force: bool = False) -> list[str]:
    """Write ``export`` to ``path`` in ``fmt``, whole or not at all; return the paths written."""
    database = os.path.splitext(os.path.basename(absolute_path(path)))[0]
    writers: dict[str, Callable[[shapes.Export, str], list[str]]] = {
        "sqlite": lambda export, scratch: _write_sqlite(export, scratch, database),
        "csv": _write_csv,
        "parquet": _write_parquet,
        "xlsx": _write_xlsx,
    }
    writer = writers[fmt]
    if fmt in _NEEDS:
        _need(*_NEEDS[fmt])
    final = [path, metadata_path(path)] if fmt == "sqlite" else [path]
    for one in final:
        if os.path.lexists(one) and not force:
            raise OutputError(f"{one} exists: give --force to replace it")
        _check_replaceable(one, fmt)
    scratch = scratch_beside(path)
    try:
        with contextlib.suppress(FileNotFoundError):
            _remove(scratch)
        if fmt not in IN_A_FOLDER:
            # A file made first: a missing folder is an error that says so, before SQLite says
            # only "unable to open" and openpyxl leaves its sheets' scratch files open.
            open(scratch, "wb").close()
        written = writer(export, scratch)
        for made, one in zip(written, final, strict=True):
            with contextlib.suppress(FileNotFoundError):
                _remove(one)
            os.replace(made, one)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:  # a full disk, as SQLite says it
        raise OutputError(f"cannot write {path}: {exc}") from None
    finally:
        for made in (scratch, scratch + ".metadata.json"):
            with contextlib.suppress(OSError):
                _remove(made)
    return final


def _check_replaceable(path: str, fmt: ExportFormat) -> None:
    """An error unless ``path`` is missing, a file, or a folder that holds only an export's tables:
    --force replaces an export, never a folder of other files (export ~ --to csv --force)."""
    if not os.path.isdir(path) or os.path.islink(path):
        return
    if fmt not in IN_A_FOLDER:
        what = {"sqlite": "SQLite database", "xlsx": "workbook"}.get(fmt, fmt)
        raise OutputError(f"{path} is a folder: give the path of a file to write the {what} to")
    tables = {f"{table}.{suffix}" for table in TABLES for suffix in IN_A_FOLDER}
    others = sorted(name for name in os.listdir(path) if name not in tables)
    if others:
        listed = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise OutputError(
            f"{path} holds files an export does not write ({listed}): --force replaces only an "
            "export's folder; give a new folder"
        )


def metadata_path(path: str) -> str:
    """Where datasette's metadata for the database at ``path`` goes: beside it."""
    root, _ = os.path.splitext(path)
    return root + ".metadata.json"


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


_NEEDS = {"xlsx": ("openpyxl", "excel", "Excel"), "parquet": ("pyarrow", "parquet", "Parquet")}
"""The formats written by an optional library: its module, the extra that installs it, the format's name."""


def _need(module: str, extra: str, name: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise OutputError(f"writing {name} needs {module}: pip install 'govtargets[{extra}]'")


def _write_sqlite(export: shapes.Export, scratch: str, database: str) -> list[str]:
    conn = sqlite3.connect(scratch)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        for table, (row_type, key) in TABLES.items():
            typed = columns(row_type)
            conn.execute(_create(table, typed, key))
            names = list(typed)
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            conn.executemany(
                sql, ([_plain(row[name]) for name in names] for row in _table_rows(export, table))
            )
            for n, indexed in enumerate(INDEXES.get(table, ())):
                conn.execute(f"CREATE INDEX {table}_{n} ON {table} ({', '.join(indexed)})")
        conn.commit()
    finally:
        conn.close()
    meta = scratch + ".metadata.json"
    with open(meta, "w", encoding="utf-8") as handle:
        json.dump(datasette_metadata(export, database=database), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return [scratch, meta]


def _create(table: str, typed: Mapping[str, Column], key: str | None) -> str:
    parts = []
    for name, kind in typed.items():
        part = f"{name} {kind}"
        if name == key:
            part += " PRIMARY KEY"
        elif name in REFERENCES:
            target = REFERENCES[name]
            part += f" REFERENCES {target}({TABLES[target][1]}) DEFERRABLE INITIALLY DEFERRED"
        parts.append(part)
    return f"CREATE TABLE {table} (\n    " + ",\n    ".join(parts) + "\n)"


def datasette_metadata(export: shapes.Export, *, database: str) -> dict[str, Any]:
    """datasette's metadata for the database it names ``database`` (the file's name without its
    suffix): titles, descriptions of every column, the licence and the sources."""
    tables: dict[str, Any] = {}
    for table, (row_type, _) in TABLES.items():
        tables[table] = {
            "title": TITLES[table].split(":")[0],
            "description": TITLES[table],
            "columns": descriptions(row_type),
        }
    tables["sources"]["label_column"] = "title"
    tables["indicators"]["label_column"] = "name_en"
    tables["regions"]["label_column"] = "name_en"
    # The data's date as `govtargets cite` gives it (its newest source's), for a reader who cites it.
    dates = [d[:10] for s in export["sources"] for d in (s["delivered"], s["posted"]) if isinstance(d, str)]
    as_of = f" (data as of {max(dates)})" if dates else ""
    return {
        "title": "govtargets: targets of Chinese government work reports (政府工作报告)",
        "description": (
            f"Exported by govtargets {__version__}{as_of}: {len(export['targets'])} targets, "
            f"{len(export['outcomes'])} outcomes, {len(export['projects'])} projects. Every figure "
            "carries its unit, its verbatim Chinese wording and its source (the sources table)."
        ),
        "license": "MIT",
        "license_url": "https://github.com/govtargets/govtargets/blob/main/LICENSE",
        "source": "Government work reports (政府工作报告), each cited in the sources table",
        "source_url": "https://github.com/govtargets/govtargets",
        "databases": {database: {"tables": tables}},
    }


def _write_csv(export: shapes.Export, scratch: str) -> list[str]:
    os.mkdir(scratch)
    for table, (row_type, _) in TABLES.items():
        with open(os.path.join(scratch, f"{table}.csv"), "w", encoding="utf-8", newline="") as handle:
            handle.writelines(csv_text(*flat(_table_rows(export, table), row_type)))
    return [scratch]


def _write_parquet(export: shapes.Export, scratch: str) -> list[str]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64(), "BOOLEAN": pa.bool_()}
    os.mkdir(scratch)
    for table, (row_type, _) in TABLES.items():
        typed = columns(row_type)
        # Each column's description (the datasette metadata's) travels with the file, in its schema.
        described = descriptions(row_type)
        fields = [
            pa.field(
                name, arrow[kind], metadata={"description": described[name]} if name in described else None
            )
            for name, kind in typed.items()
        ]
        schema = pa.schema(fields, metadata={"description": TITLES[table]})
        data = {name: [_plain(row[name]) for row in _table_rows(export, table)] for name in typed}
        pq.write_table(pa.table(data, schema=schema), os.path.join(scratch, f"{table}.parquet"))
    return [scratch]


def _write_xlsx(export: shapes.Export, scratch: str) -> list[str]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for table, (row_type, _) in TABLES.items():
        sheet = book.create_sheet(table)
        names = list(columns(row_type))
        sheet.append(names)
        for row in _table_rows(export, table):
            cells = []
            for name in names:
                cell = WriteOnlyCell(sheet, value=_plain(row[name]))
                if isinstance(row[name], str):
                    cell.data_type = "s"  # text that begins with = is text, never a formula
                cells.append(cell)
            sheet.append(cells)
    book.save(scratch)
    return [scratch]


def summary_line(export: shapes.Export, written: Iterable[str]) -> str:
    """The line ``export`` prints on stderr: what went where (``wrote 619 targets, … to x.db``)."""
    tables = ("targets", "outcomes", "projects", "regions", "indicators", "sources")
    counts = [f"{len(_table_rows(export, table))} {table}" for table in tables]
    return f"wrote {', '.join(counts)} to {' and '.join(written)}"
