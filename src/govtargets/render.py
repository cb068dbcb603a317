"""Turn a query result into text: a rich table (tables.py), JSON or CSV.

``--lang`` changes tables only: JSON and CSV keep the same keys and columns in any locale,
with Chinese and English side by side, so that a script's output does not depend on the
reader's language.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from govtargets.wording import Lang, number, threshold_text

if TYPE_CHECKING:
    from govtargets.results import (
        Comparison,
        IndicatorList,
        ProjectList,
        ProjectView,
        Ranking,
        RegionList,
        RegionReport,
        SearchResult,
        TargetTable,
        TargetView,
        Validation,
    )

BOM = "\ufeff"
"""Excel reads a CSV file as UTF-8 (not the system's code page) only when it begins with this."""


def render(
    result: Any,
    *,
    shape: str,
    fmt: str,
    color: bool = False,
    width: int | None = None,
    lang: Lang = "en",
    bom: bool = False,
) -> str:
    """``result`` (a dict of the results type named ``shape``) as text in ``fmt``.

    A table is ``width`` columns wide (None: as wide as it needs), its labels in ``lang``;
    a CSV sheet begins with a byte-order mark if ``bom``.
    """
    if fmt == "json":
        import orjson  # the standard library's encoder is pure Python when it indents: 10x slower

        return orjson.dumps(result, default=_json_number, option=orjson.OPT_INDENT_2).decode() + "\n"
    if fmt == "csv":
        return (BOM if bom else "") + _csv(_SHEETS[shape](result), excel=bom)
    return _tables(result, shape=shape, color=color, width=width, lang=lang)


def _tables(result: Any, *, shape: str, color: bool, width: int | None, lang: Lang) -> str:
    from rich.console import Console
    from rich.table import Table

    from govtargets.tables import TABLES

    console = Console(
        file=io.StringIO(),
        # With no width the table takes the width it needs, so no cell is cut or wrapped.
        width=width or 100_000,
        force_terminal=color,
        color_system="auto" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        force_jupyter=False,
        force_interactive=False,
        legacy_windows=False,
    )
    for block in TABLES[shape](result, lang):
        if width is None and isinstance(block, Table):
            for column in block.columns:  # nothing needs wrapping: skip the work of trying
                column.no_wrap = True
        console.print(block)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    if color:
        return str(text)
    # rich pads every line to the table's width; a pipe or a file is better without it.
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n") + "\n"


def _csv(sheet: Sheet, *, excel: bool) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(sheet.header)
    writer.writerows([_csv_value(v, excel=excel) for v in row] for row in sheet.rows)
    return out.getvalue()


def _json_number(value: object) -> object:
    if isinstance(value, Decimal):
        # Figures have at most 15 significant digits (models.Figure), which a float carries
        # exactly, so 0.86 prints as 0.86, and whole numbers print without a ".0".
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_SHEETS: dict[str, Callable[[Any], Sheet]] = {}


def _sheet_of(shape: str) -> Callable[[Callable[[Any], Sheet]], Callable[[Any], Sheet]]:
    def register(fn: Callable[[Any], Sheet]) -> Callable[[Any], Sheet]:
        _SHEETS[shape] = fn
        return fn

    return register


# --- CSV: one flat sheet per result -----------------------------------------------------------


class Sheet:
    """A flat table: a header and rows of plain values."""

    def __init__(self, header: list[str], rows: list[list[object]] | None = None) -> None:
        self.header = header
        self.rows = rows if rows is not None else []


def _csv_value(value: object, *, excel: bool) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return number(value)
    if excel and isinstance(value, str) and value[:1] in _FORMULA:
        # A spreadsheet runs a cell that begins like a formula; a quote makes it text.
        return "'" + value
    return value


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@_sheet_of("RegionList")
def _(result: RegionList) -> Sheet:
    sheet = Sheet(
        [
            "id",
            "code",
            "name_zh",
            "name_en",
            "level",
            "parent_code",
            "parent_zh",
            "parent_en",
            "years",
            "targets",
            "projects",
        ]
    )
    for r in result["regions"]:
        parent = r["parents"][0] if r["parents"] else None
        sheet.rows.append(
            [
                r["id"],
                r["code"],
                r["name_zh"],
                r["name_en"],
                r["level"],
                parent and parent["code"],
                parent and parent["name_zh"],
                parent and parent["name_en"],
                " ".join(map(str, r["years"])),
                r["targets"],
                r["projects"],
            ]
        )
    return sheet


_TARGET_COLUMNS = [
    "section", "region", "year", "id", "indicator", "indicator_zh", "indicator_en", "kind",
    "qualifier", "value", "unit", "yuan", "threshold", "part_of", "actual", "outcome", "difference",
    "difference_unit", "wording", "label_en", "source_url", "source_posted",
]  # fmt: skip


def _target_row(section: str, t: TargetView) -> list[object]:
    indicator, qualifier, actual, outcome = t["indicator"], t["qualifier"], t["actual"], t["outcome"]
    return [
        section, t["region"], t["year"], t["id"],
        indicator["key"], indicator["name_zh"], indicator["name_en"],
        t["kind"], qualifier and qualifier["key"], t["value"], t["unit"], t["yuan"],
        threshold_text(t["threshold"]), t["part_of"], actual and actual["value"],
        outcome and outcome["status"], outcome and outcome["difference"], outcome and outcome["unit"],
        t["wording"], t["label_en"], t["source"]["url"], t["source"]["posted"],
    ]  # fmt: skip


_PROJECT_COLUMNS = [
    "region", "year", "id", "name_zh", "name_en", "zone_zh", "total_investment", "total_unit",
    "total_yuan", "planned_investment", "planned_unit", "planned_yuan", "production_start",
    "wording", "source_url",
]  # fmt: skip


def _project_row(p: ProjectView) -> list[object]:
    total, planned = p["total_investment"], p["planned_investment"]
    return [
        p["region"], p["year"], p["id"], p["name_zh"], p["name_en"], p["zone_zh"],
        total and total["value"], total and total["unit"], total and total["yuan"],
        planned and planned["value"], planned and planned["unit"], planned and planned["yuan"],
        p["production_start"], p["wording"], p["source"]["url"],
    ]  # fmt: skip


@_sheet_of("RegionReport")
def _(result: RegionReport) -> Sheet:
    # Targets and projects in one sheet: the target columns, then the project columns,
    # each row filling the half that is its own.
    sheet = Sheet(["record", *_TARGET_COLUMNS, *(f"project_{c}" for c in _PROJECT_COLUMNS)])
    blank_targets = [None] * len(_TARGET_COLUMNS)
    blank_projects = [None] * len(_PROJECT_COLUMNS)
    for t in result["headline"]:
        sheet.rows.append(["target", *_target_row("main", t), *blank_projects])
    for area in result["areas"]:
        for t in area["targets"]:
            sheet.rows.append(["target", *_target_row(f"area {area['no']}", t), *blank_projects])
    for p in result["projects"]:
        sheet.rows.append(["project", *blank_targets, *_project_row(p)])
    return sheet


_COMPARED = ("value", "unit", "qualifier", "actual", "outcome", "difference", "wording")


@_sheet_of("Comparison")
def _(result: Comparison) -> Sheet:
    ids = [c["region"]["id"] for c in result["regions"]]
    sheet = Sheet(
        [
            "indicator",
            "indicator_zh",
            "indicator_en",
            "kind",
            "threshold",
            *(f"{rid}_{part}" for rid in ids for part in _COMPARED),
        ]
    )
    for row in result["rows"]:
        cells: list[object] = []
        for rid in ids:
            targets = row["targets"][rid]
            cells += [
                "; ".join(number(t["value"]) for t in targets if t["value"] is not None),
                "; ".join(dict.fromkeys(t["unit"] for t in targets if t["unit"])),
                "; ".join(t["qualifier"]["key"] for t in targets if t["qualifier"]),
                "; ".join(number(t["actual"]["value"]) for t in targets if t["actual"]),
                "; ".join(t["outcome"]["status"] for t in targets if t["outcome"]),
                "; ".join(number(t["outcome"]["difference"]) for t in targets if t["outcome"]),
                "; ".join(t["wording"] for t in targets),
            ]
        sheet.rows.append(
            [
                row["indicator"]["key"],
                row["indicator"]["name_zh"],
                row["indicator"]["name_en"],
                row["kind"],
                threshold_text(row["threshold"]),
                *cells,
            ]
        )
    return sheet


@_sheet_of("ProjectList")
def _(result: ProjectList) -> Sheet:
    return Sheet(list(_PROJECT_COLUMNS), [_project_row(p) for p in result["projects"]])


@_sheet_of("Validation")
def _(result: Validation) -> Sheet:
    columns = ["severity", "file", "line", "record", "field", "message"]
    return Sheet(columns, [[p[c] for c in columns] for p in result["problems"]])  # type: ignore[literal-required]


@_sheet_of("IndicatorList")
def _(result: IndicatorList) -> Sheet:
    sheet = Sheet(["key", "name_zh", "name_en", "unit", "unit_en", "regions", "note"])
    for i in result["indicators"]:
        sheet.rows.append(
            [i["key"], i["name_zh"], i["name_en"], i["unit"], i["unit_en"], i["regions"], i["note"]]
        )
    return sheet


@_sheet_of("TargetTable")
def _(result: TargetTable) -> Sheet:
    from govtargets.queries import FLAT_COLUMNS

    return Sheet(list(FLAT_COLUMNS), [list(t.values()) for t in result["targets"]])


@_sheet_of("Ranking")
def _(result: Ranking) -> Sheet:
    from govtargets.queries import FLAT_COLUMNS, flat_target

    entries = [e for g in result["groups"] for e in g["entries"]] + result["qualitative"]
    rows = [[e["rank"], *flat_target(e["target"], e["region"]).values()] for e in entries]
    return Sheet(["rank", *FLAT_COLUMNS], rows)


@_sheet_of("SearchResult")
def _(result: SearchResult) -> Sheet:
    sheet = Sheet(["record", "region", "region_zh", "region_en", "year", "id", "field", "text"])
    for h in result["hits"]:
        r = h["region"]
        sheet.rows.append(
            [h["record"], r["id"], r["name_zh"], r["name_en"], h["year"], h["id"], h["field"], h["text"]]
        )
    return sheet
