"""Turn a query result into text: a rich table, JSON or CSV.

rich is imported only when a table is drawn: it is the slowest import of the tool,
and JSON and CSV never need it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from govtargets.errors import problem_line
from govtargets.vocab import QUALIFIERS, Kind, Qualifier

if TYPE_CHECKING:
    from rich.console import Console

    from govtargets.results import (
        ActualView,
        Comparison,
        IndicatorList,
        ProjectList,
        ProjectTotals,
        ProjectView,
        QuantityView,
        RegionList,
        RegionReport,
        RegionView,
        SourceView,
        TargetView,
        ThresholdView,
        Validation,
    )

EM_DASH = "—"

# C0 and C1 control characters (but the line break) and the Unicode bidirectional controls:
# in a table they would move the cursor, recolour the terminal or reorder text.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with control and bidi characters written as escapes (``\\x1b``)."""
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render(result: Any, *, shape: str, fmt: str, color: bool = False, width: int | None = None) -> str:
    """``result`` (a dict of the results type named ``shape``) as text in ``fmt``.

    A table is ``width`` columns wide (None: as wide as it needs).
    """
    if fmt == "json":
        import orjson  # the standard library's encoder is pure Python when it indents: 10x slower

        return orjson.dumps(result, default=_json_number, option=orjson.OPT_INDENT_2).decode() + "\n"
    if fmt == "csv":
        import csv

        sheet = _SHEETS[shape](result)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(sheet.header)
        writer.writerows([_csv_value(v) for v in row] for row in sheet.rows)
        return out.getvalue()
    from rich.table import Table

    console = _console(color=color, width=width)
    for block in _TABLES[shape](result):
        if width is None and isinstance(block, Table):
            for column in block.columns:  # nothing needs wrapping: skip the work of trying
                column.no_wrap = True
        console.print(block)
    file = console.file
    assert isinstance(file, io.StringIO)
    if color:
        return file.getvalue()
    # rich pads every line to the table's width; a pipe or a file is better without it.
    return "\n".join(line.rstrip() for line in file.getvalue().splitlines()).rstrip("\n") + "\n"


def _json_number(value: object) -> object:
    if isinstance(value, Decimal):
        # Figures have at most 15 significant digits (models.Figure), which a float carries
        # exactly, so 0.86 prints as 0.86, and whole numbers print without a ".0".
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_SHEETS: dict[str, Callable[[Any], Sheet]] = {}
_TABLES: dict[str, Callable[[Any], list[object]]] = {}


def _sheet_of(shape: str) -> Callable[[Callable[[Any], Sheet]], Callable[[Any], Sheet]]:
    def register(fn: Callable[[Any], Sheet]) -> Callable[[Any], Sheet]:
        _SHEETS[shape] = fn
        return fn

    return register


def _table_of(shape: str) -> Callable[[Callable[[Any], list[object]]], Callable[[Any], list[object]]]:
    def register(fn: Callable[[Any], list[object]]) -> Callable[[Any], list[object]]:
        _TABLES[shape] = fn
        return fn

    return register


# --- Shared wording of figures ------------------------------------------------------------------


def number(value: Decimal) -> str:
    """A figure as typed in the dataset, in exponent form only when it is absurdly large."""
    return format(value, "f") if value.adjusted() < 21 else str(value)


def quantity_text(quantity: QuantityView | None) -> str:
    """``65亿元``, or an em dash when unknown."""
    return EM_DASH if quantity is None else f"{number(quantity['value'])}{quantity['unit']}"


def threshold_text(threshold: ThresholdView | None) -> str:
    """``超3亿元或3000万美元``."""
    if threshold is None:
        return ""
    amounts = "或".join(quantity_text(a) for a in threshold["amounts"])
    return _qualified(threshold["qualifier"]["key"], amounts)


def target_text(target: TargetView) -> str:
    """The figure of a target as Chinese writes it: ``+8%``, ``力争65亿元``, ``10个以上``, ``稳中提质``."""
    if target["value"] is None:
        return target["qualifier"]["zh"] if target["qualifier"] else EM_DASH
    figure = _signed(target["value"], target["unit"], target["kind"])
    return _qualified(target["qualifier"]["key"], figure) if target["qualifier"] else figure


def _signed(value: Decimal, unit: str | None, kind: Kind) -> str:
    sign = "+" if kind is Kind.GROWTH and value >= 0 else ""
    return f"{sign}{number(value)}{unit or ''}"


def _qualified(key: Qualifier, figure: str) -> str:
    info = QUALIFIERS[key]
    if info.position == "before":
        return f"{info.zh}{figure}"
    if info.position == "after":
        return f"{figure}{info.zh}"
    return f"{figure} {info.zh}"


def actual_text(actual: ActualView | None, kind: Kind) -> str:
    """``+8.2% (1302.92亿元)``, or empty when no outcome is known."""
    if actual is None:
        return ""
    text = _signed(actual["value"], actual["unit"], kind)
    return f"{text} ({quantity_text(actual['level'])})" if actual["level"] else text


def english_text(target: TargetView) -> str:
    """The target's English label, else its indicator and qualifier in English."""
    if target["label_en"]:
        return target["label_en"]
    qualifier = f": {target['qualifier']['en']}" if target["qualifier"] else ""
    return f"{target['indicator']['name_en']}{qualifier}"


def source_text(source: SourceView) -> str:
    """One line naming a source: publisher, title, post, date and address."""
    parts = [source["publisher"], source["title"]]
    if source["section"]:
        parts.append(f"section {source['section']}")
    if source["post"] is not None:
        parts.append(f"post {source['post']}")
    if source["posted"] is not None:
        parts.append(source["posted"].replace("T", " "))
    if source["url"]:
        parts.append(source["url"])
    return "; ".join(parts)


def region_title(region: RegionView) -> str:
    """``金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou, 江苏省 Jiangsu Province``."""
    parts = [
        f"{region['name_zh']} {region['name_en']} ({region['code']})",
        f"{region['level_zh']} {region['level_en']}",
    ]
    parts += [f"{p['name_zh']} {p['name_en']}" for p in region["parents"]]
    return ", ".join(parts)


# --- CSV: one flat sheet per result -----------------------------------------------------------


class Sheet:
    """A flat table: a header and rows of plain values."""

    def __init__(self, header: list[str], rows: list[list[object]] | None = None) -> None:
        self.header = header
        self.rows = rows if rows is not None else []


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return number(value)
    return value


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
    "qualifier", "value", "unit", "yuan", "threshold", "part_of", "actual", "wording",
    "label_en", "source_url", "source_posted",
]  # fmt: skip


def _target_row(section: str, t: TargetView) -> list[object]:
    indicator, qualifier, actual = t["indicator"], t["qualifier"], t["actual"]
    return [
        section, t["region"], t["year"], t["id"],
        indicator["key"], indicator["name_zh"], indicator["name_en"],
        t["kind"], qualifier and qualifier["key"], t["value"], t["unit"], t["yuan"],
        threshold_text(t["threshold"]), t["part_of"], actual and actual["value"], t["wording"], t["label_en"],
        t["source"]["url"], t["source"]["posted"],
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
            *(f"{rid}_{part}" for rid in ids for part in ("value", "unit", "qualifier", "wording")),
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


# --- Tables ---------------------------------------------------------------------------------------


def _console(*, color: bool, width: int | None) -> Console:
    from rich.console import Console

    return Console(
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


class _Sources:
    """Numbers the sources a table cites, in order of first citation."""

    def __init__(self) -> None:
        self.order: dict[str, tuple[int, SourceView]] = {}

    def ref(self, source: SourceView) -> str:
        number, _ = self.order.setdefault(source["id"], (len(self.order) + 1, source))
        return str(number)


def _table(
    title: str, columns: Iterable[str], rows: Iterable[Iterable[str]], *, total: list[str] | None = None
) -> object:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(visible(title), style="bold"), title_justify="left", box=box.SIMPLE_HEAD)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(Text(visible(cell)) for cell in row))
    if total is not None:
        table.add_section()
        table.add_row(*(Text(visible(cell), style="bold") for cell in total))
    return table


def _text(line: str, style: str = "") -> object:
    from rich.text import Text

    return Text(visible(line), style=style)


def _source_lines(sources: _Sources) -> list[object]:
    if not sources.order:
        return []
    return [_text("Sources", "bold")] + [_text(f"[{i}] {source_text(s)}") for i, s in sources.order.values()]


@_table_of("RegionList")
def _(result: RegionList) -> list[object]:
    rows = [
        [r["id"], r["code"], r["name_zh"], r["name_en"], f"{r['level_zh']} {r['level_en']}",
         ", ".join(f"{p['name_zh']} {p['name_en']}" for p in r["parents"][:1]) or EM_DASH,
         " ".join(map(str, r["years"])) or EM_DASH, str(r["targets"]), str(r["projects"])]
        for r in result["regions"]
    ]  # fmt: skip
    columns = ["ID", "Code", "Name", "English", "Level", "Parent", "Years", "Targets", "Projects"]
    return [_table(f"Regions ({len(rows)})", columns, rows)]


_TARGET_HEADER = ["Indicator", "Target", "Actual", "Wording", "English", "Src"]


def _target_rows(targets: list[TargetView], sources: _Sources) -> list[list[str]]:
    rows = []
    for t in targets:
        name = t["indicator"]["name_zh"]
        if t["threshold"]:
            name += f" ({threshold_text(t['threshold'])})"
        if t["part_of"]:
            name = f"└ 其中 {name}"
        rows.append(
            [name, target_text(t), actual_text(t["actual"], t["kind"]) or EM_DASH, t["wording"],
             english_text(t), sources.ref(t["source"])]
        )  # fmt: skip
    return rows


def _project_blocks(
    projects: list[ProjectView], totals: ProjectTotals, sources: _Sources, title: str
) -> object:
    rows = [
        [p["name_zh"] + (f"\n{p['name_en']}" if p["name_en"] else ""), p["zone_zh"] or EM_DASH,
         str(p["year"]),
         quantity_text(p["total_investment"]), quantity_text(p["planned_investment"]),
         str(p["production_start"]) if p["production_start"] else EM_DASH,
         _refs(sources, p["source"], p["total_investment_source"], *(n["source"] for n in p["notes"]))]
        for p in projects
    ]  # fmt: skip
    columns = ["Project", "Zone", "Year", "Total investment", "Planned (year)", "Production", "Src"]
    total = [
        f"Total: {totals['count']} project{'s' if totals['count'] != 1 else ''}", "", "",
        _known(totals["total_investment"], totals["total_known"], totals["count"]),
        _known(totals["planned_investment"], totals["planned_known"], totals["count"]), "", "",
    ]  # fmt: skip
    return _table(title, columns, rows, total=total if projects else None)


def _refs(sources: _Sources, *cited: SourceView | None) -> str:
    return ", ".join(dict.fromkeys(sources.ref(s) for s in cited if s is not None))


def _known(amount: QuantityView, known: int, count: int) -> str:
    if known == 0:
        return EM_DASH
    total = quantity_text(amount)
    return total if known == count else f"{total} ({known} of {count} known)"


@_table_of("RegionReport")
def _(result: RegionReport) -> list[object]:
    sources = _Sources()
    years = ", ".join(map(str, result["years"])) or "none"
    blocks: list[object] = [
        _text(region_title(result["region"]), "bold"),
        _text(f"Targets for {result['year'] or EM_DASH} (years in the dataset: {years})"),
    ]
    if result["headline"]:
        blocks.append(
            _table("Main targets 主要预期目标", _TARGET_HEADER, _target_rows(result["headline"], sources))
        )
    for area in result["areas"]:
        title = f"{area['no']}. {area['name_zh']} ({area['name_en']})"
        if area["targets"]:
            blocks.append(_table(title, _TARGET_HEADER, _target_rows(area["targets"], sources)))
        else:
            blocks.append(_text(f"{title}: no figures", "bold"))
    if result["projects"]:
        blocks.append(
            _project_blocks(result["projects"], result["project_totals"], sources, "Projects 重大项目")
        )
    return [*blocks, *_source_lines(sources)]


@_table_of("Comparison")
def _(result: Comparison) -> list[object]:
    columns = ["Indicator", "English", *(
        f"{c['region']['name_zh']} {c['region']['name_en']} {c['year'] or ''}".strip()
        for c in result["regions"]
    )]  # fmt: skip
    rows = []
    for row in result["rows"]:
        name = row["indicator"]["name_zh"] + (
            f" ({threshold_text(row['threshold'])})" if row["threshold"] else ""
        )
        cells = [
            " / ".join(target_text(t) for t in row["targets"][c["region"]["id"]]) or EM_DASH
            for c in result["regions"]
        ]
        rows.append([name, f"{row['indicator']['name_en']}, {row['kind']}", *cells])
    return [_table("Targets compared", columns, rows)]


@_table_of("ProjectList")
def _(result: ProjectList) -> list[object]:
    f = result["filters"]
    conditions = [
        *([f"region {f['region']}"] if f["region"] else []),
        *([f"planned ≥ {number(f['min_invest'])}亿元"] if f["min_invest"] is not None else []),
        *([f"total ≥ {number(f['min_total'])}亿元"] if f["min_total"] is not None else []),
    ]
    title = "Projects" + (f" ({', '.join(conditions)})" if conditions else "")
    sources = _Sources()
    if not result["projects"]:
        return [_text(f"{title}: none match")]
    return [_project_blocks(result["projects"], result["totals"], sources, title), *_source_lines(sources)]


@_table_of("Validation")
def _(result: Validation) -> list[object]:
    lines: list[object] = [_text(problem_line(**p)) for p in result["problems"]]
    errors, warnings, files = result["errors"], result["warnings"], result["files"]
    summary = f"{_count(errors, 'error')} and {_count(warnings, 'warning')} in {_count(files, 'file')}"
    if result["ok"]:
        summary += ": valid" + (" (warnings allowed without --strict)" if warnings else "")
    return [*lines, _text(summary, "bold")]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@_table_of("IndicatorList")
def _(result: IndicatorList) -> list[object]:
    rows = [
        [
            i["key"],
            i["name_zh"],
            i["name_en"],
            f"{i['unit']} {i['unit_en']}" if i["unit"] else EM_DASH,
            str(i["regions"]),
        ]
        for i in result["indicators"]
    ]
    return [_table(f"Indicators ({len(rows)})", ["Key", "Chinese", "English", "Unit", "Regions"], rows)]
