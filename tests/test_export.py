"""Tests of ``govtargets export``: its files opened by the tools that read them (sqlite3, csv,
pyarrow, openpyxl), with the types, keys and references they should have."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from govtargets.cli import options
from govtargets.dataset.shapes import OutcomeRow, TargetRow
from govtargets.output import export
from govtargets.version import __version__

from .conftest import MINI, Run


def test_the_formats_are_the_writers() -> None:
    """The command line's list of formats (kept there so that --help imports nothing) is the writer's."""
    assert options.EXPORT_FORMATS == export.FORMATS


def test_sqlite_has_typed_columns_keys_and_indexes(run: Run, tmp_path: Path) -> None:
    """Figures are REAL, years INTEGER, codes TEXT; every reference finds its row; lookups are indexed."""
    path = tmp_path / "data.db"
    result = run("export", str(path), data=None)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("wrote ")
    conn = sqlite3.connect(path)
    declared = {name: kind for _, name, kind, *_ in conn.execute("PRAGMA table_info(targets)")}
    assert list(declared) == list(TargetRow.__annotations__)
    assert (declared["value_high"], declared["yuan"], declared["area"]) == ("REAL", "INTEGER", "INTEGER")
    assert (declared["reference_actual"], declared["year"], declared["code"]) == ("REAL", "INTEGER", "TEXT")
    stored = conn.execute(
        "SELECT DISTINCT typeof(value_high), typeof(area), typeof(code), typeof(year) FROM targets"
        " WHERE value_high IS NOT NULL OR area IS NOT NULL"
    ).fetchall()
    assert set(stored) <= {("real", "null", "text", "integer"), ("null", "integer", "text", "integer")}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    referenced = {row[2] for row in conn.execute("PRAGMA foreign_key_list(targets)")}
    assert referenced == {"regions", "indicators", "sources"}
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(targets)")}
    assert len(indexes) == 3
    counts = {
        table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("targets", "outcomes", "regions", "indicators", "sources", "projects")
    }
    assert all(counts.values()), counts
    areas = [
        area for (area,) in conn.execute("SELECT area FROM targets WHERE area IS NOT NULL ORDER BY area")
    ]
    assert areas == sorted(areas)
    assert all(type(area) is int for area in areas)


def test_sqlite_comes_with_datasette_metadata(run: Run, tmp_path: Path) -> None:
    """Beside data.db, data.metadata.json gives titles, column descriptions, the licence and sources."""
    run("export", str(tmp_path / "data.db"), data=None)
    meta = json.loads((tmp_path / "data.metadata.json").read_text(encoding="utf-8"))
    assert meta["license"] == "MIT"
    assert "sources table" in meta["source"]
    tables = meta["databases"]["data"]["tables"]
    assert set(tables) == set(export.TABLES)
    assert tables["targets"]["columns"]["yuan"] == (
        "A money figure in whole yuan (null for US dollars and for other units)."
    )
    assert tables["regions"]["label_column"] == "name_en"


def test_a_query_exports_only_its_rows(run: Run, tmp_path: Path) -> None:
    """--indicator, --region and --year pick the targets and outcomes; projects go only without an indicator."""
    path = tmp_path / "gdp.db"
    result = run("export", str(path), "--indicator", "gdp", "--region", "north", "--year", "2023")
    assert result.exit_code == 0, result.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT DISTINCT region, year, indicator FROM targets").fetchall() == [
        ("north", 2023, "gdp")
    ]
    assert set(conn.execute("SELECT DISTINCT region, year, indicator FROM outcomes")) <= {
        ("north", 2023, "gdp")
    }
    assert conn.execute("SELECT COUNT(*) FROM projects").fetchone() == (0,)


def test_a_query_exports_the_reference_tables_whole(run: Run, tmp_path: Path) -> None:
    """--indicator gdp still writes every region, indicator and source (as the docs now say; they
    said only those the targets refer to)."""
    path = tmp_path / "gdp.db"
    assert run("export", str(path), "--indicator", "gdp", "--region", "north").exit_code == 0
    whole = tmp_path / "all.db"
    assert run("export", str(whole)).exit_code == 0
    for table in ("regions", "indicators", "sources"):
        count = f"SELECT COUNT(*) FROM {table}"
        assert (
            sqlite3.connect(path).execute(count).fetchone()
            == sqlite3.connect(whole).execute(count).fetchone()
        )
    assert sqlite3.connect(path).execute("SELECT COUNT(DISTINCT indicator) FROM targets").fetchone() == (1,)


def test_a_division_parent_is_a_code_and_the_metadata_says_where_its_names_are(
    run: Run, tmp_path: Path
) -> None:
    """A county below a [[divisions]] record (镇安县 below 商洛市): its row has parent empty and
    parent_code the division's, and the datasette metadata says so (it said nothing of it)."""
    text = MINI.read_text(encoding="utf-8").replace(
        '[[regions]]\nid = "south"',
        '[[divisions]]\ncode = "990200"\nname_zh = "商洛市"\nname_en = "Shangluo"\nlevel = "prefecture"\n'
        'parent = "990000"\n\n[[regions]]\nid = "south"',
    )
    data = tmp_path / "county.toml"
    data.write_text(
        text.replace('level = "county"\nparent = "990100"', 'level = "county"\nparent = "990200"')
    )
    path = tmp_path / "d.db"
    assert run("export", str(path), data=data).exit_code == 0
    row = (
        sqlite3.connect(path).execute("SELECT parent, parent_code FROM regions WHERE id = 'south'").fetchone()
    )
    assert row == (None, "990200")
    tables = json.loads((tmp_path / "d.metadata.json").read_text(encoding="utf-8"))["databases"]["d"][
        "tables"
    ]
    assert tables["regions"]["columns"]["parent_code"].startswith(
        "The nearest parent's code. A parent known only by its names (a ``[[divisions]]`` record"
    )


def test_csv_is_a_folder_of_tables(run: Run, tmp_path: Path) -> None:
    """--to csv writes one file a table, headed by the row type's columns; numbers written plainly."""
    result = run("export", str(tmp_path / "out"), "--to", "csv")
    assert result.exit_code == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == sorted(f"{table}.csv" for table in export.TABLES)
    with (tmp_path / "out" / "outcomes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(OutcomeRow.__annotations__)
    assert all(".0" not in row[1] and row[1].isdigit() for row in rows[1:])  # years as whole numbers
    assert {row[rows[0].index("estimate")] for row in rows[1:]} <= {"true", "false"}


def test_parquet_has_the_types_whatever_the_subset(run: Run, tmp_path: Path) -> None:
    """An all-null figure column is still a float64 column, not a null-typed one."""
    pq = pytest.importorskip("pyarrow.parquet")
    result = run("export", str(tmp_path / "p"), "--to", "parquet", "--indicator", "gdp")
    assert result.exit_code == 0, result.stderr
    schema = pq.read_schema(tmp_path / "p" / "targets.parquet")
    assert str(schema.field("value_high").type) == "double"
    assert str(schema.field("yuan").type) == "int64"
    assert str(schema.field("code").type) == "string"
    assert str(schema.field("actual_estimate").type) == "bool"
    assert schema.names == list(TargetRow.__annotations__)


def test_the_documented_pandas_read_of_parquet_keeps_whole_numbers_and_flags(
    run: Run, tmp_path: Path
) -> None:
    """docs/commands.md's read_parquet with dtype_backend gives yuan and by as Int64 and the flags as
    booleans, where pandas' default reads them, with nulls, as float64 and object."""
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    assert run("export", str(tmp_path / "p"), "--to", "parquet").exit_code == 0
    frame = pandas.read_parquet(tmp_path / "p" / "targets.parquet", dtype_backend="numpy_nullable")
    picked = ("yuan", "by", "near_miss", "value")
    assert {c: str(frame[c].dtype) for c in picked} == {
        "yuan": "Int64", "by": "Int64", "near_miss": "boolean", "value": "Float64",
    }  # fmt: skip


def test_excel_has_a_sheet_a_table_and_no_formulas(run: Run, tmp_path: Path) -> None:
    """One sheet per table; numbers as numbers; text that begins with = stays text."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "data.xlsx"
    result = run("export", str(path))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(export.TABLES)
    header, row = book["targets"].iter_rows(max_row=2, values_only=True)
    first = dict(zip(header, row, strict=True))
    assert isinstance(first["year"], int)
    assert isinstance(first["code"], str)


def test_excel_text_that_looks_like_a_formula_is_text(tmp_path: Path) -> None:
    """A cell whose text begins with = is written as a string, never run as a formula."""
    openpyxl = pytest.importorskip("openpyxl")
    tables: export.shapes.Export = {
        "regions": [], "indicators": [], "targets": [], "outcomes": [], "projects": [],
        "sources": [{"id": "s", "title": "=1+1", "publisher": "p", "url": None, "delivered": None,
                     "posted": None, "post": None, "section": None, "note": None, "unverified": None,
                     "standing": None}],
    }  # fmt: skip
    export.write_export(tables, path=str(tmp_path / "f.xlsx"), fmt="xlsx")
    cell = openpyxl.load_workbook(tmp_path / "f.xlsx")["sources"]["B2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_an_existing_file_is_kept_without_force(run: Run, tmp_path: Path) -> None:
    """Export refuses to replace a file unless --force; with it, it replaces it whole."""
    path = tmp_path / "data.db"
    path.write_text("mine", encoding="utf-8")
    result = run("export", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"govtargets: error: {path} exists: give --force to replace it\n"
    assert path.read_text(encoding="utf-8") == "mine"
    assert run("export", str(path), "--force").exit_code == 0
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM targets").fetchone()[0] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.db", "data.metadata.json"]


@pytest.mark.parametrize("name", ["data.db", "data.xlsx"])
def test_a_file_in_a_missing_folder_is_an_error_that_says_so(run: Run, tmp_path: Path, name: str) -> None:
    """export into a folder that does not exist: one line, exit 1 (SQLite's "unable to open
    database file" was an internal error; Excel's left open files that broke later tests)."""
    path = tmp_path / "missing" / name
    result = run("export", str(path))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"govtargets: error: cannot write {path}: No such file or directory\n"
    assert not (tmp_path / "missing").exists()


def test_a_path_without_a_known_suffix_needs_to(run: Run, tmp_path: Path) -> None:
    """A folder name says no format: a usage error (status 2) that names --to."""
    result = run("export", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "say which format with --to (sqlite, csv, parquet, xlsx)" in result.stderr


@pytest.mark.parametrize(
    ("name", "fmt", "what"), [("t.csv", "csv", "CSV"), ("t.Parquet", "parquet", "Parquet")]
)
def test_a_file_named_csv_or_parquet_is_told_the_folder_to_give(
    run: Run, tmp_path: Path, name: str, fmt: str, what: str
) -> None:
    """export t.csv (one file) says CSV goes to a folder and gives the command that writes it; nothing is written."""
    result = run("export", str(tmp_path / name))
    assert result.exit_code == 2
    stem = tmp_path / "t"
    assert result.stderr == (
        f"govtargets: error: {what} is written to a folder, one file a table (targets.{fmt}, ...): give a "
        f"folder and --to {fmt} (govtargets export {stem} --to {fmt}) (see 'govtargets export --help')\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_sources_standing_is_a_column_of_the_sources_table(run: Run, tmp_path: Path) -> None:
    """export's SQLite sources table has standing as TEXT: 'official', 'secondary', or NULL where unmarked."""
    data = tmp_path / "marked.toml"
    data.write_text(
        MINI.read_text(encoding="utf-8").replace(
            "posted = 2023-01-06\n", 'posted = 2023-01-06\nstanding = "secondary"\n'
        ),
        encoding="utf-8",
    )
    result = run("export", str(tmp_path / "d.db"), data=data)
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(tmp_path / "d.db") as db:
        assert db.execute("SELECT id, standing FROM sources ORDER BY id").fetchall() == [
            ("report-n", None),
            ("report-s", "secondary"),
            ("report-t", None),
            ("review-n", None),
        ]
        declared = {row[1]: row[2] for row in db.execute("PRAGMA table_info(sources)")}
    assert declared["standing"] == "TEXT"


def test_the_documented_pandas_read_of_the_workbook_keeps_codes_text(run: Run, tmp_path: Path) -> None:
    """pandas reads the workbook's codes as text with the dtype docs/commands.md gives (without it, numbers)."""
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    path = tmp_path / "gdp.xlsx"
    assert run("export", str(path), "--indicator", "gdp", "--region", "jiangsu", data=None).exit_code == 0
    sheets = pandas.read_excel(path, sheet_name=None, dtype={"code": "string", "parent_code": "string"})
    regions = sheets["regions"].set_index("id")
    assert (regions.loc["jiangsu", "code"], regions.loc["jiangsu", "parent_code"]) == ("320000", "100000")
    assert str(sheets["targets"]["code"].dtype) == "string"
    guessed = pandas.read_excel(path, sheet_name="regions").set_index("id")
    assert guessed.loc["jiangsu", "parent_code"] == 100000.0  # why the docs give the dtype
    assert "dtype={'code': 'string', 'parent_code': 'string'}" in (
        Path(__file__).parents[1] / "docs/commands.md"
    ).read_text(encoding="utf-8")


def test_the_datasette_metadata_describes_the_figure_columns(run: Run, tmp_path: Path) -> None:
    """A target's figure, unit, code and sources, and an outcome's level, have a description (they had none)."""
    path = tmp_path / "data.db"
    assert run("export", str(path)).exit_code == 0
    tables = json.loads((tmp_path / "data.metadata.json").read_text(encoding="utf-8"))["databases"]["data"][
        "tables"
    ]
    described = tables["targets"]["columns"]
    assert {"code", "year", "kind", "value", "value_high", "unit", "margin", "wording", "source"} <= set(
        described
    )
    assert {"actual", "actual_source", "difference", "difference_unit"} <= set(described)
    assert (
        described["value"]
        == "The figure (the low end of a range), in ``unit``; null for a qualitative target."
    )
    assert set(tables["outcomes"]["columns"]) == {
        "growth",
        "level",
        "change_pp",
        "estimate",
        "growth_bound",
        "level_bound",
        "change_pp_bound",
        "stated",
        "stated_wording",
    }


def test_the_datasette_metadata_says_actual_is_read_with_its_bound(run: Run, tmp_path: Path) -> None:
    """``actual`` says that where ``actual_bound`` is set it is only the bound's figure, and the
    estimate and the other figure of a relative target are described (a reader of ``actual`` alone
    took 增长12%以上 for 12), and a level in a unit of its own where only the level is known."""
    path = tmp_path / "data.db"
    assert run("export", str(path)).exit_code == 0
    described = json.loads((tmp_path / "data.metadata.json").read_text(encoding="utf-8"))["databases"][
        "data"
    ]["tables"]["targets"]["columns"]
    assert described["actual"] == (
        "What was achieved, in the target's terms (a decline as the fall, a level in the target's unit);"
        " where ``actual_bound`` is set, only the bound the report gives (增长12%以上: 12), not the figure."
        " Of a growth, fall or change target whose result gives only a level (突破2万亿元), that level, in"
        ' its own ``actual_unit``, not judged (``outcome_note``: "level only, not judged…").'
    )
    assert described["difference"].endswith(
        "from the bound's figure: the nearest to 0 the difference can be."
    )
    assert {"actual_estimate", "reference_actual", "actual_bound", "reference_bound"} <= set(described)


def test_force_never_removes_a_folder_of_other_files(run: Run, tmp_path: Path) -> None:
    """export DIR --to csv --force refuses a folder holding a file of the user's, and keeps it; an export's folder is replaced."""
    folder = tmp_path / "research"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("export", str(folder), "--to", "csv", "--force")
    assert result.exit_code == 1
    assert result.stderr == (
        f"govtargets: error: {folder} holds files an export does not write (notes.txt): --force "
        "replaces only an export's folder; give a new folder\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    exported = tmp_path / "out"
    assert run("export", str(exported), "--to", "csv").exit_code == 0
    assert run("export", str(exported), "--to", "csv", "--force").exit_code == 0
    assert sorted(p.name for p in exported.iterdir()) == sorted(f"{t}.csv" for t in export.TABLES)
    result = run("export", str(exported), "--to", "sqlite", "--force")
    assert (
        result.stderr
        == f"govtargets: error: {exported} is a folder: give the path of a file to write the SQLite database to\n"
    )
    assert sorted(p.name for p in exported.iterdir()) == sorted(f"{t}.csv" for t in export.TABLES)


def test_the_datasette_metadata_dates_the_data_and_names_the_outcomes(run: Run, tmp_path: Path) -> None:
    """The description gives the data's date as cite does, and outcome, measure, threshold, part_of,
    area, goal and margin_high are described (outcome said only when it is null, not its values)."""
    assert run("export", str(tmp_path / "d.db")).exit_code == 0
    meta = json.loads((tmp_path / "d.metadata.json").read_text(encoding="utf-8"))
    assert meta["description"].startswith(
        f"Exported by govtargets {__version__} (data as of 2023-01-06): 15 targets,"
    )
    assert "data as of 2023-01-06" in run("cite").stdout
    described = meta["databases"]["d"]["tables"]["targets"]["columns"]
    assert described["outcome"] == (
        "met, missed, or not_judged (an outcome is known but the figures cannot tell: ``outcome_note``"
        " says why); null where no outcome is known for the target's indicator and year. Where the"
        " figures cannot tell and the report says in words (``outcome_stated``), what it says."
    )
    assert {"measure", "threshold", "part_of", "area", "goal", "margin_high"} <= set(described)


def test_parquet_carries_the_descriptions_of_its_columns(run: Run, tmp_path: Path) -> None:
    """Each Parquet file's schema gives its table's description and each described column's, as the
    datasette metadata does (a Parquet reader had no description of any column)."""
    pq = pytest.importorskip("pyarrow.parquet")
    assert run("export", str(tmp_path / "p"), "--to", "parquet").exit_code == 0
    assert run("export", str(tmp_path / "d.db")).exit_code == 0
    tables = json.loads((tmp_path / "d.metadata.json").read_text(encoding="utf-8"))["databases"]["d"][
        "tables"
    ]
    for table, meta in tables.items():
        schema = pq.read_schema(tmp_path / "p" / f"{table}.parquet")
        assert schema.metadata[b"description"].decode() == meta["description"]
        described = {f.name: f.metadata[b"description"].decode() for f in schema if f.metadata}
        assert described == meta["columns"], table
    assert pq.read_schema(tmp_path / "p" / "targets.parquet").field("region").metadata is None
