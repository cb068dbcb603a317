"""Tests of CSV sheets: one flat target row everywhere, derived from results.TargetRow."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from govtargets.dataset.shapes import TargetRow
from govtargets.index.store import Index
from govtargets.output import formats
from govtargets.output.sheets import TARGET_COLUMNS, region_report_sheet
from govtargets.output.write import csv_text
from govtargets.query import questions
from govtargets.query.filters import TargetFilter

from .conftest import Run


def test_target_columns_are_the_target_row() -> None:
    """The sheet's columns are TargetRow's keys, in order: written once."""
    assert tuple(TargetRow.__annotations__) == TARGET_COLUMNS


def test_show_targets_and_rank_share_the_target_columns(mini: Index) -> None:
    """show (after its record column), targets and rank (before rank and group) have the same target columns."""
    shown = region_report_sheet(questions.show_region(mini, region="north"))
    listed = formats.TARGET_TABLE.sheet(questions.list_targets(mini, filters=TargetFilter()))
    ranked = formats.RANKING.sheet(questions.rank_indicator(mini, indicator="gdp"))
    assert list(shown.header[1 : 1 + len(TARGET_COLUMNS)]) == list(listed.header) == list(ranked.header[:-3])
    assert list(ranked.header[-3:]) == ["rank", "group", "group_zh"]


def test_only_figures_and_flags_are_loose_columns() -> None:
    """A target sheet looks at its figures and flags only (CSV writes them its own way): the rest
    are typed as text, whole numbers or nulls."""
    loose = formats.TARGET_TABLE.sheet({"filters": {}, "targets": []}).loose  # type: ignore[typeddict-item]
    assert loose is not None
    assert [TARGET_COLUMNS[i] for i in loose] == [
        "value", "value_high", "margin", "margin_high", "average", "actual", "actual_estimate",
        "reference_actual", "reference_estimate", "near_miss", "difference",
    ]  # fmt: skip


def test_a_sheet_with_loose_columns_is_the_sheet_without(bundled: Index) -> None:
    """Looking at the loose columns only writes the same CSV as looking at every cell (floats,
    true and false, nulls), for every target of the bundled data."""
    sheet = formats.TARGET_TABLE.sheet(questions.list_targets(bundled, filters=TargetFilter(year="all")))
    rows = [list(row) for row in sheet.rows]
    looked = "".join(csv_text(sheet.header, [list(row) for row in rows], sheet.loose))
    assert looked == "".join(csv_text(sheet.header, rows))
    assert {"true", "false"} <= {r["near_miss"] for r in _rows(looked)}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_is_plain_for_scripts_and_marked_for_excel(run: Run) -> None:
    """LF line ends and no BOM by default; --bom: BOM, CRLF, and formulas kept as text."""
    plain = run("targets", "--format", "csv").stdout_bytes.decode()
    assert "\r" not in plain
    assert not plain.startswith("\ufeff")
    rows = _rows(plain)
    assert rows[0]["code"] == "990100"
    assert rows[0]["value"] == "5.5"
    excel = run("targets", "--format", "csv", "--bom").stdout_bytes  # .stdout would fold CRLF
    assert excel.startswith("\ufeff".encode())
    assert excel.count(b"\r\n") == len(rows) + 1


def test_formula_guard_only_for_excel() -> None:
    """A cell that begins with = gets a quote only in Excel's CSV."""
    assert list(csv_text(["a"], [["=1+1"]]))[-1].endswith("=1+1\n")
    assert "'=1+1" in "".join(csv_text(["a"], [["=1+1"]], excel=True))


def test_csv_and_json_rows_are_the_same(run: Run) -> None:
    """Every CSV row of targets has the JSON row's values, as text."""
    import json

    document = json.loads(run("targets", "--json", "--year", "all").stdout)["targets"]
    sheet = _rows(run("targets", "--format", "csv", "--year", "all").stdout)
    assert len(document) == len(sheet)
    for row, line in zip(document, sheet, strict=True):
        for key, value in row.items():
            shown = (
                ""
                if value is None
                else ("true" if value is True else "false" if value is False else str(value))
            )
            assert line[key] == shown, key


@pytest.mark.parametrize(
    "args",
    [
        ["targets", "--year", "all"],
        ["rank", "gdp"],
        ["projects"],
        ["summary"],
        ["search", "增长"],
        ["indicators"],
    ],
)
def test_csv_has_the_columns_of_json_lines_in_their_order(run: Run, args: list[str]) -> None:
    """A command's CSV header is its JSON Lines' keys in order (rank's CSV put rank first, its JSON
    Lines last, so that a reader joining the two by position got mismatched columns)."""
    import json

    header = run(*args, "--format", "csv").stdout.splitlines()[0].split(",")
    first = json.loads(run(*args, "--format", "jsonl").stdout.splitlines()[0])
    assert header == list(first)


def test_indicators_csv_has_every_field_of_an_indicator(run: Run) -> None:
    """indicators' CSV has short_en and noun_en (it left them out), its aliases in one cell."""
    rows = _rows(run("indicators", "--format", "csv", data=None).stdout)
    gdp = next(row for row in rows if row["key"] == "gdp")
    assert (gdp["short_en"], gdp["noun_en"], gdp["lower_is_better"]) == ("GDP", "", "false")
    assert gdp["aliases"].split("; ")[:2] == ["经济增长", "GDP"]


def test_history_csv_has_the_results_of_years_without_a_target(bundled: Index) -> None:
    """history china gdp: 2020 set no GDP target; its +2.3% is a row of the CSV as of the JSON and
    the table (the CSV had the target rows only), with the record column show's CSV has."""
    history = questions.history_of(bundled, region="china", indicator="gdp", year=(2019, 2021))
    rows = _rows("".join(csv_text(*formats.HISTORY.sheet(history))))
    assert [(r["record"], r["year"] or r["other_year"]) for r in rows] == [
        ("target", "2019"),
        ("other_outcome", "2020"),
        ("target", "2021"),
    ]
    assert (rows[1]["other_growth"], rows[1]["other_wording"], rows[1]["value"]) == (
        "2.3",
        "全年国内生产总值增长2.3%",
        "",
    )
    shown = region_report_sheet(questions.show_region(bundled, region="china"))
    assert list(formats.HISTORY.sheet(history).header) == [
        c for c in shown.header if not c.startswith("project_")
    ]


def test_the_documented_pandas_read_of_the_csv_types_every_column(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/commands.md's read_csv gives codes as text, whole numbers whole and flags as booleans
    (without the flags' dtype, pandas read near_miss, true/false with empty cells, as text; a
    plan's year, by, and average, empty in most rows, as floats)."""
    pytest.importorskip("pandas")
    (tmp_path / "targets.csv").write_text(
        run("targets", "--year", "all", "--format", "csv").stdout, encoding="utf-8"
    )
    docs = (Path(__file__).parents[1] / "docs" / "commands.md").read_text(encoding="utf-8")
    block = next(b for b in docs.split("```python\n")[1:] if "pandas.read_csv(" in b).split("```")[0]
    monkeypatch.chdir(tmp_path)
    found: dict[str, Any] = {}
    exec(block, found)
    picked = ("code", "year", "yuan", "by", "average", "near_miss", "actual_estimate")
    dtypes = {c: str(found["frame"][c].dtype) for c in picked}
    assert dtypes == {
        "code": "string",
        "year": "Int64",
        "yuan": "Int64",
        "by": "Int64",
        "average": "boolean",
        "near_miss": "boolean",
        "actual_estimate": "boolean",
    }


def test_a_chain_sheet_gives_what_a_level_adds_on_the_target_that_adds_it(bundled: Index) -> None:
    """Guizhou 2014 set GDP at 9000亿元 and +12.5%: the growth rate adds 5 points over China's +7.5%,
    and its row alone says so (not the 亿元 level's), as the link's adds_by names it; filtered on
    adds, a chain's frame is one row a level."""
    chain = questions.chain_of(bundled, region="guizhou", indicator="gdp", year=2014)
    assert [link["adds_by"] for link in chain["rows"][0]["links"]] == [None, "gdp_growth"]
    sheet = formats.CHAIN.sheet(chain)
    picked = [sheet.header.index(c) for c in ("step", "adds", "adds_unit", "region", "kind", "value")]
    assert [[row[i] for i in picked] for row in sheet.rows] == [
        [1, None, None, "china", "growth", 7.5],
        [2, None, None, "guizhou", "level", 9000],
        [2, 5, "个百分点", "guizhou", "growth", 12.5],
    ]


def test_show_csv_gives_the_results_of_the_year_before_in_the_other_columns(bundled: Index) -> None:
    """show jiangsu 2003's CSV: its 2002 results are previous_outcome rows in the other_ columns,
    and its header is that of every show (no columns of their own)."""
    first = region_report_sheet(questions.show_region(bundled, region="jiangsu", year=2003))
    later = region_report_sheet(questions.show_region(bundled, region="jiangsu", year=2004))
    assert first.header == later.header
    rows = [dict(zip(first.header, row, strict=True)) for row in first.rows]
    assert [(r["record"], r["other_year"], r["other_wording"]) for r in rows if r["record"] != "target"] == [
        ("previous_outcome", 2002, "国内生产总值比上年增长11.6%"),
        ("previous_outcome", 2002, "地方财政收入由273.2亿元增加到834.6亿元"),
    ]
