"""Query results as rich tables, with headers and labels in English or Chinese.

Imported only when a table is drawn: rich is the slowest import of the tool.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rich import box
from rich.table import Table
from rich.text import Text

from govtargets.errors import problem_line
from govtargets.queries import rank_value
from govtargets.vocab import Kind
from govtargets.wording import (
    EM_DASH,
    Lang,
    actual_text,
    english_text,
    figure_text,
    outcome_text,
    outcome_words,
    quantity_text,
    region_title,
    source_text,
    target_figure,
    target_text,
    threshold_text,
)

if TYPE_CHECKING:
    from govtargets.results import (
        Comparison,
        IndicatorList,
        OutcomeView,
        ProjectList,
        ProjectTotals,
        ProjectView,
        QuantityView,
        RankEntry,
        Ranking,
        RegionList,
        RegionRef,
        RegionReport,
        SearchResult,
        SourceView,
        TargetRow,
        TargetTable,
        TargetView,
        Validation,
        YearShown,
    )

Blocks = list[Any]
"""What a table function gives: rich renderables, printed one after another."""

TABLES: dict[str, Callable[[Any, Lang], Blocks]] = {}
"""The table function of each result type, by the type's name."""

# C0 and C1 control characters (but the line break) and the Unicode bidirectional controls:
# in a table they would move the cursor, recolour the terminal or reorder text.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with control and bidi characters written as escapes (``\\x1b``)."""
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _table_of(shape: str) -> Callable[[Callable[[Any, Lang], Blocks]], Callable[[Any, Lang], Blocks]]:
    def register(fn: Callable[[Any, Lang], Blocks]) -> Callable[[Any, Lang], Blocks]:
        TABLES[shape] = fn
        return fn

    return register


class _Words:
    """Picks the English or the Chinese of a label."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def __call__(self, en: str, zh: str) -> str:
        return zh if self.lang == "zh" else en


class _Sources:
    """Numbers the sources a table cites, in order of first citation."""

    def __init__(self) -> None:
        self.order: dict[str, tuple[int, SourceView]] = {}

    def ref(self, source: SourceView) -> str:
        number, _ = self.order.setdefault(source["id"], (len(self.order) + 1, source))
        return str(number)

    def lines(self, w: _Words) -> Blocks:
        if not self.order:
            return []
        cited = [_text(f"[{i}] {source_text(s)}") for i, s in self.order.values()]
        return [_text(w("Sources", "来源"), "bold"), *cited]


def _table(
    title: str,
    columns: Iterable[str],
    rows: Iterable[Iterable[object]],
    *,
    total: list[str] | None = None,
) -> Table:
    table = Table(title=Text(visible(title), style="bold"), title_justify="left", box=box.SIMPLE_HEAD)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(cell if isinstance(cell, Text) else Text(visible(str(cell))) for cell in row))
    if total is not None:
        table.add_section()
        table.add_row(*(Text(visible(cell), style="bold") for cell in total))
    return table


def _text(line: str, style: str = "") -> Text:
    return Text(visible(line), style=style)


def _region_name(region: RegionRef, lang: Lang) -> str:
    return region["name_zh"] if lang == "zh" else f"{region['name_zh']} {region['name_en']}"


def _year_words(year: YearShown, w: _Words) -> str:
    if year == "latest":
        return w("latest year of each region", "各地区最新年份")
    if year == "all":
        return w("all years", "全部年份")
    return w(str(year), f"{year}年")


def _outcome(outcome: OutcomeView | None, lang: Lang) -> Text:
    if outcome is None:
        return Text(EM_DASH)
    return _outcome_parts(outcome["status"], outcome["difference"], outcome["unit"], lang)


def _outcome_parts(status: str | None, difference: Decimal | None, unit: str | None, lang: Lang) -> Text:
    if status is None or difference is None or unit is None:
        return Text(EM_DASH)
    words = outcome_words(status=status, difference=difference, unit=unit, lang=lang)
    return Text(words, style="green" if status == "met" else "red")


def _indicator_name(t: TargetView, lang: Lang) -> str:
    name = t["indicator"]["name_zh" if lang == "zh" else "name_en"]
    if t["threshold"]:
        name += f" ({threshold_text(t['threshold'], lang)})"
    return f"└ {'其中' if lang == 'zh' else 'of which'} {name}" if t["part_of"] else name


@_table_of("RegionList")
def _(result: RegionList, lang: Lang) -> Blocks:
    w = _Words(lang)
    rows = []
    for r in result["regions"]:
        parent = r["parents"][0] if r["parents"] else None
        rows.append(
            [r["id"], r["code"], r["name_zh"], *([] if lang == "zh" else [r["name_en"]]),
             w(f"{r['level_zh']} {r['level_en']}", r["level_zh"]),
             (w(f"{parent['name_zh']} {parent['name_en']}", parent["name_zh"]) if parent else EM_DASH),
             " ".join(map(str, r["years"])) or EM_DASH, str(r["targets"]), str(r["projects"])]
        )  # fmt: skip
    columns = (
        ["ID", "代码", "名称", "级别", "上级", "年份", "目标", "项目"]
        if lang == "zh"
        else ["ID", "Code", "Name", "English", "Level", "Parent", "Years", "Targets", "Projects"]
    )
    return [_table(w(f"Regions ({len(rows)})", f"地区({len(rows)})"), columns, rows)]


def _target_rows(
    targets: list[TargetView], sources: _Sources, lang: Lang
) -> tuple[list[str], list[list[Any]]]:
    """The header and rows of a group of targets; Actual and Outcome only if one is known."""
    w = _Words(lang)
    known = any(t["actual"] for t in targets)
    header = [w("Indicator", "指标"), w("Target", "目标"),
              *([w("Actual", "实际"), w("Outcome", "完成情况")] if known else []),
              w("Wording", "原文"), *([] if lang == "zh" else ["English"]), w("Src", "来源")]  # fmt: skip
    rows = []
    for t in targets:
        outcome = [actual_text(t["actual"], t["kind"], lang) or EM_DASH, _outcome(t["outcome"], lang)]
        rows.append(
            [_indicator_name(t, lang), target_text(t, lang), *(outcome if known else []), t["wording"],
             *([] if lang == "zh" else [english_text(t)]), sources.ref(t["source"])]
        )  # fmt: skip
    return header, rows


def _project_table(
    projects: list[ProjectView], totals: ProjectTotals, sources: _Sources, title: str, lang: Lang
) -> Table:
    w = _Words(lang)
    rows = [
        [p["name_zh"] + (f"\n{p['name_en']}" if p["name_en"] and lang == "en" else ""),
         (p["zone_zh"] if lang == "zh" else p["zone_en"] or p["zone_zh"]) or EM_DASH,
         str(p["year"]),
         quantity_text(p["total_investment"], lang), quantity_text(p["planned_investment"], lang),
         str(p["production_start"]) if p["production_start"] else EM_DASH,
         _refs(sources, p["source"], p["total_investment_source"], *(n["source"] for n in p["notes"]))]
        for p in projects
    ]  # fmt: skip
    columns = [w("Project", "项目"), w("Zone", "区域"), w("Year", "年份"), w("Total investment", "总投资"),
               w("Planned (year)", "年度计划投资"), w("Production", "投产"), w("Src", "来源")]  # fmt: skip
    n = totals["count"]
    total = [
        w(f"Total: {n} project{'s' if n != 1 else ''}", f"合计:{n}个项目"), "", "",
        _known(totals["total_investment"], totals["total_known"], n, lang),
        _known(totals["planned_investment"], totals["planned_known"], n, lang), "", "",
    ]  # fmt: skip
    return _table(title, columns, rows, total=total if projects else None)


def _refs(sources: _Sources, *cited: SourceView | None) -> str:
    return ", ".join(dict.fromkeys(sources.ref(s) for s in cited if s is not None))


def _known(amount: QuantityView, known: int, count: int, lang: Lang) -> str:
    if known == 0:
        return EM_DASH
    total = quantity_text(amount, lang)
    if known == count:
        return total
    return f"{total}({count}个中{known}个已知)" if lang == "zh" else f"{total} ({known} of {count} known)"


@_table_of("RegionReport")
def _(result: RegionReport, lang: Lang) -> Blocks:
    w = _Words(lang)
    sources = _Sources()
    year, years = result["year"] or EM_DASH, ", ".join(map(str, result["years"])) or w("none", "无")
    blocks: Blocks = [
        _text(region_title(result["region"], lang), "bold"),
        _text(
            w(f"Targets for {year} (years in the dataset: {years})", f"{year}年目标(数据中的年份:{years})")
        ),
    ]
    if result["headline"]:
        header, rows = _target_rows(result["headline"], sources, lang)
        blocks.append(_table(w("Main targets 主要预期目标", "主要预期目标"), header, rows))
    for area in result["areas"]:
        title = f"{area['no']}. {area['name_zh']}" + ("" if lang == "zh" else f" ({area['name_en']})")
        if area["targets"]:
            blocks.append(_table(title, *_target_rows(area["targets"], sources, lang)))
        else:
            blocks.append(_text(f"{title}{w(': no figures', ':无量化目标')}", "bold"))
    if result["projects"]:
        title = w("Projects 重大项目", "重大项目")
        blocks.append(_project_table(result["projects"], result["project_totals"], sources, title, lang))
    return [*blocks, *sources.lines(w)]


def _cell(targets: list[TargetView], lang: Lang) -> str:
    """The targets of one region on one row of a comparison, with their outcomes."""
    cells = []
    for t in targets:
        text = target_text(t, lang)
        if t["actual"]:
            actual = figure_text(t["actual"]["value"], t["unit"], lang, signed=t["kind"] is Kind.GROWTH)
            outcome = outcome_text(t["outcome"], lang)
            text += f" (实际 {actual},{outcome})" if lang == "zh" else f" (actual {actual}, {outcome})"
        cells.append(text)
    return " / ".join(cells) or EM_DASH


@_table_of("Comparison")
def _(result: Comparison, lang: Lang) -> Blocks:
    w = _Words(lang)
    columns = [w("Indicator", "指标")] + [
        f"{_region_name(c['region'], lang)} {c['year'] or w('(no report)', '(无报告)')}"
        for c in result["regions"]
    ]
    rows = []
    for row in result["rows"]:
        name = row["indicator"]["name_zh" if lang == "zh" else "name_en"]
        if row["threshold"]:
            name += f" ({threshold_text(row['threshold'], lang)})"
        rows.append([name, *(_cell(row["targets"][c["region"]["id"]], lang) for c in result["regions"])])
    return [_table(w("Targets compared", "目标对比"), columns, rows)]


@_table_of("ProjectList")
def _(result: ProjectList, lang: Lang) -> Blocks:
    w = _Words(lang)
    f = result["filters"]
    conditions = [
        _year_words(f["year"], w),
        *([w(f"region {f['region']}", f"地区 {f['region']}")] if f["region"] else []),
        *(
            [w("planned ≥ ", "年度计划投资 ≥ ") + f"{f['min_invest']:f}亿元"]
            if f["min_invest"] is not None
            else []
        ),
        *([w("total ≥ ", "总投资 ≥ ") + f"{f['min_total']:f}亿元"] if f["min_total"] is not None else []),
    ]
    title = w("Projects", "重大项目") + f" ({', '.join(conditions)})"
    sources = _Sources()
    if not result["projects"]:
        return [_text(title + w(": none match", ":无符合条件的项目"))]
    return [_project_table(result["projects"], result["totals"], sources, title, lang), *sources.lines(w)]


@_table_of("TargetTable")
def _(result: TargetTable, lang: Lang) -> Blocks:
    w = _Words(lang)
    f = result["filters"]
    conditions = [_year_words(f["year"], w), *f["regions"], *f["indicators"], *f["kinds"]]
    title = w("Targets", "目标") + f" ({', '.join(conditions)}): {len(result['targets'])}"
    columns = [w("Region", "地区"), w("Year", "年份"), w("Indicator", "指标"), w("Target", "目标"),
               w("Actual", "实际"), w("Outcome", "完成情况"), w("Wording", "原文")]  # fmt: skip
    return [_table(title, columns, [_flat_row(t, lang) for t in result["targets"]])]


def _flat_row(t: TargetRow, lang: Lang) -> list[object]:
    region = t["region_zh"] if lang == "zh" else f"{t['region_zh']} {t['region_en']}"
    indicator = t["indicator_zh" if lang == "zh" else "indicator_en"]
    if t["threshold"]:
        indicator += f" ({t['threshold']})"
    growth = t["kind"] == "growth"
    actual = EM_DASH if t["actual"] is None else figure_text(t["actual"], t["unit"], lang, signed=growth)
    figure = target_figure(
        kind=t["kind"], value=t["value"], unit=t["unit"], qualifier=t["qualifier"], lang=lang
    )
    outcome = _outcome_parts(t["outcome"], t["difference"], t["difference_unit"], lang)
    return [region, str(t["year"]), indicator, figure, actual, outcome, t["wording"]]


BAR_WIDTH = 24
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: Decimal, largest: Decimal, width: int = BAR_WIDTH) -> str:
    """A bar of ``width`` cells at most, as long beside ``largest`` as ``value`` is, in eighths."""
    if largest <= 0:
        return ""
    eighths = int(abs(value) / largest * width * 8 + Decimal("0.5"))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


@_table_of("Ranking")
def _(result: Ranking, lang: Lang) -> Blocks:
    w = _Words(lang)
    ind = result["indicator"]
    name = f"{ind['name_zh']}" if lang == "zh" else f"{ind['name_en']} {ind['name_zh']}"
    blocks: Blocks = [_text(f"{w('Rank', '排名')}: {name}, {_year_words(result['year'], w)}", "bold")]
    columns = [w("#", "名次"), w("Region", "地区"), w("Year", "年份"), w("Target", "目标"), "",
               w("Actual", "实际"), w("Outcome", "完成情况")]  # fmt: skip
    for group in result["groups"]:
        entries = group["entries"]
        sizes = [rank_value(e["target"]) for e in entries]
        largest = max(abs(s) for s in sizes)
        rows = [
            [str(e["rank"]), _region_name(e["region"], lang), str(e["target"]["year"]),
             target_text(e["target"], lang), Text(bar(s, largest), style="red" if s < 0 else "cyan"),
             actual_text(e["target"]["actual"], e["target"]["kind"], lang) or EM_DASH,
             _outcome(e["target"]["outcome"], lang)]
            for e, s in zip(entries, sizes, strict=True)
        ]  # fmt: skip
        kind = w(*_KINDS[group["kind"]])
        title = kind + (f" ({threshold_text(group['threshold'], lang)})" if group["threshold"] else "")
        blocks.append(_table(title, columns, rows))
    if result["qualitative"]:
        rows = [_qualitative_row(e, lang) for e in result["qualitative"]]
        header = [w("Region", "地区"), w("Year", "年份"), w("Target", "目标"), w("Wording", "原文")]
        blocks.append(_table(w(*_KINDS[Kind.QUALITATIVE]), header, rows))
    if len(blocks) == 1:
        blocks.append(_text(w("No region has a target on this indicator.", "没有地区设定该指标的目标。")))
    return blocks


_KINDS = {
    Kind.GROWTH: ("Growth rates", "增速目标"),
    Kind.AMOUNT: ("Amounts", "总量目标"),
    Kind.COUNT: ("Counts", "数量目标"),
    Kind.QUALITATIVE: ("Qualitative", "定性目标"),
}


def _qualitative_row(entry: RankEntry, lang: Lang) -> list[object]:
    t = entry["target"]
    return [_region_name(entry["region"], lang), str(t["year"]), target_text(t, lang), t["wording"]]


_RECORDS = {"region": ("region", "地区"), "target": ("target", "目标"), "project": ("project", "项目")}


@_table_of("SearchResult")
def _(result: SearchResult, lang: Lang) -> Blocks:
    w = _Words(lang)
    hits = result["hits"]
    title = w(f"“{result['text']}”: {len(hits)} found", f"“{result['text']}”:找到{len(hits)}处")
    title += f" ({_year_words(result['year'], w)})"
    if not hits:
        return [_text(title)]
    rows = [
        [_region_name(h["region"], lang), str(h["year"] or EM_DASH), f"{w(*_RECORDS[h['record']])} {h['id']}",
         h["field"], _marked(h["text"], result["text"])]
        for h in hits
    ]  # fmt: skip
    columns = [
        w("Region", "地区"),
        w("Year", "年份"),
        w("Record", "记录"),
        w("Field", "字段"),
        w("Text", "内容"),
    ]
    return [_table(title, columns, rows)]


def _marked(text: str, query: str) -> Text:
    """``text`` with each place that holds ``query`` (in any case) in bold."""
    marked = Text(visible(text))
    if query.strip():
        marked.highlight_regex(re.compile(re.escape(query.strip()), re.IGNORECASE), "bold reverse")
    return marked


@_table_of("Validation")
def _(result: Validation, lang: Lang) -> Blocks:
    lines: Blocks = [_text(problem_line(**p)) for p in result["problems"]]
    errors, warnings, files = result["errors"], result["warnings"], result["files"]
    summary = f"{_count(errors, 'error')} and {_count(warnings, 'warning')} in {_count(files, 'file')}"
    if result["ok"]:
        summary += ": valid" + (" (warnings allowed without --strict)" if warnings else "")
    return [*lines, _text(summary, "bold")]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@_table_of("IndicatorList")
def _(result: IndicatorList, lang: Lang) -> Blocks:
    w = _Words(lang)
    rows = [
        [i["key"], i["name_zh"], *([] if lang == "zh" else [i["name_en"]]),
         (w(f"{i['unit']} {i['unit_en']}", i["unit"]) if i["unit"] else EM_DASH), str(i["regions"])]
        for i in result["indicators"]
    ]  # fmt: skip
    columns = (
        ["Key", "Chinese", "English", "Unit", "Regions"] if lang == "en" else ["键", "名称", "单位", "地区数"]
    )
    return [_table(w(f"Indicators ({len(rows)})", f"指标({len(rows)})"), columns, rows)]
