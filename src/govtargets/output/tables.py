"""Query results as tables (grid.py), with headers and labels in English or Chinese.

One named builder per result type; formats.py pairs each with its result and CSV sheet.
Columns carry priorities: at a narrow width the Chinese wording, the English label, source
numbers and the actual figure (the outcome says how it compares) are left out first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from govtargets.dataset.judge import in_base, level_only, stated_only
from govtargets.dataset.shapes import (
    Chain,
    ComparedRegion,
    Comparison,
    History,
    IndicatorList,
    Number,
    OtherOutcome,
    PassedOver,
    ProjectList,
    ProjectRow,
    ProjectTotals,
    Ranking,
    RegionList,
    RegionReport,
    RegionView,
    SearchResult,
    SourceView,
    Summary,
    TargetRow,
    TargetTable,
    Validation,
    YearShown,
)
from govtargets.dataset.vocab import KINDS, POINTS, FigureBound, Kind
from govtargets.dataset.wording import (
    EM_DASH,
    Lang,
    bounded,
    bounded_change,
    decimal,
    figure_text,
    gainsaid_words,
    number,
    outcome_words,
    source_line,
    threshold_words,
)
from govtargets.errors import NEW_INDICATOR, WITHOUT_BUNDLED, Problem, names_no_indicator, refers_to_nothing
from govtargets.output.grid import Block, Cell, Column, Line, Marked, Styled, Table
from govtargets.query.questions import margin_over

Blocks = list[Block]


class _Words:
    """Picks the English or the Chinese of a label."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def __call__(self, en: str, zh: str) -> str:
        return zh if self.lang == "zh" else en


class _Sources:
    """Numbers the sources a table cites, in order of first citation."""

    def __init__(self, known: Iterable[SourceView] = ()) -> None:
        self.known = {s["id"]: s for s in known}
        self.order: dict[str, int] = {}
        self.urls: dict[str, str] = {}

    def ref(self, *ids: str | None, urls: Sequence[str | None] = ()) -> str:
        """The numbers of the sources ``ids``; ``urls``: the addresses of the first of them, which
        a table whose answer holds no source records lists beside their ids."""
        for key, url in zip(ids, urls, strict=False):
            if key and url:
                self.urls.setdefault(key, url)
        numbers = [self.order.setdefault(i, len(self.order) + 1) for i in ids if i]
        return ",".join(str(n) for n in dict.fromkeys(numbers))

    def lines(self, w: _Words) -> Blocks:
        if not self.order:
            return []
        cited: Blocks = [Line(w("Sources", "来源"), "bold")]
        for key, n in self.order.items():
            source = self.known.get(key)
            said = source_line(dict(source), w.lang) if source else _with_url(key, self.urls.get(key))
            cited.append(Line(f"[{n}] {said}"))
        return cited


def _with_url(key: str, url: str | None) -> str:
    """A source known by its id alone, with its address where a row gives it."""
    return f"{key}, {url}" if url else key  # not "key url": a word after a key with digits is held to it


def _year_words(year: YearShown, w: _Words) -> str:
    if year == "latest":
        return w("latest year of each region", "各地区最新年份")
    if year == "all":
        return w("all years", "全部年份")
    if isinstance(year, tuple):
        first, last = year
        if last is None:
            return w(f"since {first}", f"{first}年以来") if first is not None else w("all years", "全部年份")
        if first is None:
            return w(f"to {last}", f"截至{last}年")
        return w(f"{first}–{last}", f"{first}—{last}年")
    return w(str(year), f"{year}年")


_LEVEL_ASKED = {
    "country": "国家级",
    "province": "省级",
    "prefecture": "地级",
    "district": "市辖区",
    "county": "县级",
}
"""A --level in Chinese as a title repeats it (county takes in county-level cities: 县级)."""


def _asked(items: Sequence[str], w: _Words) -> str:
    """What was asked, as a title adds it: `` (all years, gdp)`` / ``（全部年份，地区生产总值）``."""
    return w(f" ({', '.join(items)})", f"（{'，'.join(items)}）") if items else ""


def _asked_names(
    w: _Words,
    *,
    rows: Iterable[Mapping[str, Any]],
    regions: Iterable[str] = (),
    indicators: Iterable[str] = (),
    kinds: Iterable[str] = (),
    level: str | None = None,
) -> list[str]:
    """The regions, indicators, kinds and level asked, as typed ids in English and by their Chinese
    names in Chinese: those of the rows shown, else the id (no row names it)."""
    if w.lang == "en":
        return [*regions, *indicators, *kinds, *([level] if level else [])]
    rows = list(rows)
    region_zh = {r["region"]: r["region_zh"] for r in rows if r.get("region_zh")}
    indicator_zh = {r["indicator"]: r["indicator_zh"] for r in rows if r.get("indicator_zh")}
    return [
        *(region_zh.get(r, r) for r in regions),
        *(indicator_zh.get(i, i) for i in indicators),
        *({kind.value: spec.title[1] for kind, spec in KINDS.items()}.get(k, k) for k in kinds),
        *([_LEVEL_ASKED.get(level, level)] if level else []),
    ]


def _year_priority(rows: Iterable[Mapping[str, Any]]) -> int:
    """The Year column's: never left out where it tells rows apart (they span years)."""
    return 0 if len({row["year"] for row in rows}) > 1 else 3


def _region(row: Mapping[str, Any], lang: Lang) -> str:
    """Whose a row is: ``金坛区``, ``金坛区 Jintan``."""
    return row["region_zh"] if lang == "zh" else f"{row['region_zh']} {row['region_en']}"


def _indicator(t: TargetRow, lang: Lang) -> str:
    name = t["indicator_zh" if lang == "zh" else "indicator_short_en"]
    return f"└ {'其中' if lang == 'zh' else 'of which'} {name}" if t["part_of"] else name


def _figure(t: TargetRow, lang: Lang, *, threshold: bool = True) -> str:
    """The target's figure, with its size bar (``threshold``: unless a title names it)."""
    figure = t["figure_zh"] if lang == "zh" else t["figure_en"]
    if not threshold or not t["threshold"]:
        return figure
    return (
        f"{figure}（{t['threshold']}）"
        if lang == "zh"
        else f"{figure} ({threshold_words(t['threshold'], lang)})"
    )


def _actual(t: TargetRow, lang: Lang) -> str:
    if t["actual"] is None:
        return EM_DASH
    spec = KINDS[t["kind"]]
    relative = spec.sets == "relation"
    if relative:  # its actual is what its measure compares: a growth, a fall or a level
        spec = KINDS[Kind(t["measure"] or "growth")]
    # A growth's year given only as a level: that level, unsigned.
    signed, falls = (False, False) if level_only(t) and not relative else (spec.signed, spec.falls)
    if signed and not falls:  # a bounded fall as the report has it: 下降3.5%以上, not 不超过-3.5%
        shown = bounded_change(t["actual"], t["actual_unit"], t["actual_bound"], lang)
    else:
        shown = bounded(
            figure_text(t["actual"], t["actual_unit"], lang, signed=signed), t["actual_bound"], lang
        )
    if falls:
        shown = f"下降{shown}" if lang == "zh" else f"fell {shown}"
    return shown + (("（预计）" if lang == "zh" else " (est.)") if t["actual_estimate"] else "")


def _outcome(t: TargetRow, lang: Lang) -> Cell:
    if t["outcome"] is None:
        return EM_DASH
    return Styled(_outcome_words(t, lang), _COLOURS.get(t["outcome"], "dim"))


_COLOURS = {"met": "green", "missed": "red"}
"""An outcome's colour, where it has one."""


def _outcome_words(t: TargetRow, lang: Lang) -> str:
    """How a judged target fared: "met by 0.2 pp", "完成 +0.2个百分点"; a relative target's, met or
    missed by its distance from another figure given as an estimate (预计), is an estimate too, and
    says so as an estimated result does: "missed by 0.3 pp (est.)", "未完成 -0.3个百分点（预计）"."""
    return outcome_words(
        status=t["outcome"] or "",
        difference=t["difference"],
        unit=t["difference_unit"],
        lang=lang,
        near=bool(t["near_miss"]),
        least=t["actual_bound"] is not None or t["reference_bound"] is not None,
        level_only=level_only(t),
        stated=stated_only(t),
        estimate=bool(t["reference_estimate"]),
    ) + gainsaid_words(status=t["outcome"] or "", claimed=t["outcome_stated"], lang=lang)


def _target_table(
    title: str,
    targets: Sequence[TargetRow],
    sources: _Sources,
    lang: Lang,
    *,
    region: bool | Literal["named"] = False,
    year: bool | Literal["kept"] = False,
    chart: tuple[float, float] | None = None,
    indicator: Literal["named"] | None = None,
) -> Table:
    """Targets as a table: Actual and Outcome only where some outcome is known; with ``chart``
    (its scale, low to high), a small chart of each target's band and result beside them;
    ``region="named"``: one region, which the title names; ``year="kept"``: a Year column never
    left out (history's, whose title names no year); ``indicator="named"``: one indicator, which
    the title names (history's)."""
    w = _Words(lang)
    known = any(t["outcome"] is not None for t in targets)
    english = lang == "en" and any(t["label_en"] for t in targets)
    # The same name on every row of an indicator the title names says nothing: left out among
    # the first, before the results (history beijing disposable_income at 80 columns lost Actual).
    same = indicator == "named" and len({_indicator(t, lang) for t in targets}) == 1
    columns = [
        # Of one region the title names (targets --region X), left out among the first, as the
        # wording is; elsewhere never, as it tells rows apart or says whose a row is.
        *([Column(w("Region", "地区"), 4 if region == "named" else 0, wrap=True)] if region else []),
        *([Column(w("Year", "年份"), 0 if year == "kept" else _year_priority(targets))] if year else []),
        Column(w("Indicator", "指标"), 4 if same else 0, wrap=True),
        Column(w("Target", "目标"), wrap=True),
        *([Column(w("Actual", "实际"), 2), Column(w("Outcome", "完成情况"), 1, wrap=True)] if known else []),
        *([Column(w("Chart", "图示"), 1)] if chart else []),
        Column(w("Wording", "原文"), 4, wrap=True),
        *([Column("English", 5, wrap=True)] if english else []),
        Column(w("Src", "来源"), 3),
    ]
    rows: list[list[Cell]] = []
    for t in targets:
        rows.append(
            [
                *([_region(t, lang)] if region else []),
                *([str(t["year"])] if year else []),
                _indicator(t, lang),
                _figure(t, lang),
                *([_actual(t, lang), _outcome(t, lang)] if known else []),
                *([_strip(t, chart)] if chart else []),
                t["wording"],
                *([t["label_en"] or ""] if english else []),
                sources.ref(t["source"], t["actual_source"], urls=(t["source_url"], t["actual_source_url"])),
            ]
        )
    return Table(title, columns, rows)


CHART_WIDTH = 11
"""The width of a history's chart column, in cells."""


def chart_scale(targets: Sequence[TargetRow]) -> tuple[float, float] | None:
    """The range a chart of these targets spans: their figures and results, in one unit (the
    first chartable target's); None if fewer than one has a figure."""
    shown = [t for t in targets if _chartable(t)]
    if not shown:
        return None
    unit = (shown[0]["kind"], shown[0]["unit"])
    values = [
        float(v)
        for t in shown
        if (t["kind"], t["unit"]) == unit
        for v in (t["value"], t["value_high"], None if level_only(t) else t["actual"])
        if v is not None
    ]
    return (min(values), max(values))


def _chartable(t: TargetRow) -> bool:
    return t["value"] is not None and KINDS[t["kind"]].numeric


_RESULT_MARKS = {"at_least": "▸", "more_than": "▸", "at_most": "◂", "less_than": "◂"}
"""A result given as a bound, marked at its figure, pointing the way it bounds."""


def _strip(t: TargetRow, scale: tuple[float, float]) -> Cell:
    """A target's band (━, or ┃ for one figure) and its result (●; ▸ or ◂ for a bound, pointing
    the way it runs) on the chart's scale."""
    low, high = scale
    cells = ["·"] * CHART_WIDTH
    if not _chartable(t) or t["value"] is None:
        return ""

    def at(value: Number) -> int | None:
        figure = float(value)
        if not low <= figure <= high:
            return None  # another unit than the chart's
        return round((figure - low) / (high - low) * (CHART_WIDTH - 1)) if high > low else CHART_WIDTH // 2

    first, last = at(t["value"]), at(t["value_high"] if t["value_high"] is not None else t["value"])
    if first is None or last is None:
        return ""
    for n in range(first, last + 1):
        cells[n] = "━"
    if first == last:
        cells[first] = "┃"
    if t["actual"] is not None and not level_only(t) and (mark := at(t["actual"])) is not None:
        cells[mark] = _RESULT_MARKS.get(t["actual_bound"] or "", "●")
    return Styled("".join(cells), _COLOURS.get(t["outcome"] or "", "cyan"))


def _quantity(value: Number | None, unit: str | None, lang: Lang, bound: FigureBound | None = None) -> str:
    return EM_DASH if value is None else bounded(figure_text(value, unit, lang), bound, lang)


EMPTY_COLUMN = 9
"""The priority of a column with nothing in it but dashes: the first left out."""


def _project_table(
    projects: Sequence[ProjectRow],
    totals: ProjectTotals,
    sources: _Sources,
    title: str,
    lang: Lang,
    *,
    one_report: bool = False,
) -> Table:
    """Projects with a total row; ``one_report``: all of one region and year, which go unsaid."""
    w = _Words(lang)

    def known(priority: int, *fields: str) -> int:
        # A column of dashes alone (no project has a planned figure) is left out first.
        return priority if any(p.get(f) is not None for p in projects for f in fields) else EMPTY_COLUMN

    columns = [
        Column(w("Project", "项目"), wrap=True, max_lines=3),
        *([] if one_report else [Column(w("Region", "地区"), 3, wrap=True), Column(w("Year", "年份"), 3)]),
        Column(w("Zone", "区域"), known(4, "zone_zh", "zone_en"), wrap=True),
        Column(w("Total investment", "总投资"), known(1, "total_investment"), wrap=True),
        Column(w("Planned (year)", "年度计划投资"), known(0, "planned_investment"), wrap=True),
        Column(w("Production", "投产"), known(3, "production_start")),
        Column(w("Src", "来源"), 3),
    ]
    rows: list[list[Cell]] = []
    listed = {(p["region"], p["year"], p["id"]) for p in projects}
    for p in projects:
        # A part of a group listed too, as a target's part (其中…): its figures are in the group's.
        part = "└ " if (p["region"], p["year"], p["part_of"]) in listed else ""
        start = EM_DASH
        if p["production_start"]:
            year_of = p["production_start"]
            expected = p["production_expected"]
            en = f"{year_of} (expected)" if expected else str(year_of)
            start = w(en, f"{'预计' if expected else ''}{year_of}年")
        notes = (p["note_sources"] or "").split()
        rows.append(
            [
                part + p["name_zh"] + (f" {p['name_en']}" if p["name_en"] and lang == "en" else ""),
                *([] if one_report else [_region(p, lang), str(p["year"])]),
                (p["zone_zh"] if lang == "zh" else p["zone_en"] or p["zone_zh"]) or EM_DASH,
                _quantity(p["total_investment"], p["total_unit"], lang, p["total_bound"]),
                _quantity(p["planned_investment"], p["planned_unit"], lang, p["planned_bound"]),
                start,
                sources.ref(p["source"], p["total_source"], *notes, urls=(p["source_url"],)),
            ]
        )
    n, parts = totals["count"], totals["parts"]
    added = n - parts
    total: list[Cell] = [
        w(f"Total: {_count(n, 'project')}", f"合计：{n}个项目")
        + (w(f", {parts} in a group", f"（{parts}个属所列项目组）") if parts else ""),
        *([] if one_report else ["", ""]), "",
        _known(totals["total_investment"], totals["total_known"], added, lang, totals["total_bound"]),
        _known(totals["planned_investment"], totals["planned_known"], added, lang, totals["planned_bound"]),
        "", "",
    ]  # fmt: skip
    return Table(title, columns, rows, total if projects else None)


def _known(
    amount: Number | None, known: int, count: int, lang: Lang, bound: FigureBound | None = None
) -> str:
    if amount is None:
        return EM_DASH
    total = bounded(figure_text(amount, "亿元", lang), bound, lang)
    if known == count:
        return total
    return f"{total}（{count}个中{known}个已知）" if lang == "zh" else f"{total} ({known} of {count} known)"


def region_title(region: RegionView, lang: Lang) -> Line:
    """``金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou, 江苏省 Jiangsu``."""
    if lang == "zh":
        text = "，".join(
            [
                f"{region['name_zh']}（{region['code']}）",
                region["level_zh"],
                *(p["name_zh"] for p in region["parents"]),
            ]
        )
        return Line(text, "bold")
    parts = [
        f"{region['name_zh']} {region['name_en']} ({region['code']})",
        f"{region['level_zh']} {region['level_en']}",
    ]
    # As many parents as fit, nearest first: all or none left Jintan's out at 80 columns, for China's.
    parents = tuple(f", {p['name_zh']} {p['name_en']}" for p in region["parents"])
    return Line(", ".join(parts), "bold", parents)


def region_list_table(result: RegionList, lang: Lang) -> Blocks:
    """``govtargets list``."""
    w = _Words(lang)
    columns = [
        Column("ID"),
        Column(w("Code", "代码"), 2),
        Column(w("Name", "名称")),
        *([Column("English", 3, wrap=True)] if lang == "en" else []),
        Column(w("Level", "级别"), 2, wrap=True),
        Column(w("Parent", "上级"), 4, wrap=True),
        Column(w("Years", "年份"), 1, wrap=True),
        Column(w("Targets", "目标"), 1, justify="right"),
        Column(w("Outcomes", "实绩"), 3, justify="right"),
        Column(w("Projects", "项目"), 3, justify="right"),
    ]
    rows: list[list[Cell]] = []
    for r in result["regions"]:
        parent = r["parents"][0] if r["parents"] else None
        rows.append(
            [
                r["id"] or "", r["code"], r["name_zh"], *([r["name_en"]] if lang == "en" else []),
                w(r["level_en"], r["level_zh"]),
                (w(f"{parent['name_zh']} {parent['name_en']}", parent["name_zh"]) if parent else EM_DASH),
                " ".join(map(str, r["years"])) or EM_DASH,
                str(r["targets"]), str(r["outcomes"]), str(r["projects"]),
            ]
        )  # fmt: skip
    return [Table(w(f"Regions ({len(rows)})", f"地区（{len(rows)}）"), columns, rows)]


def region_report_table(result: RegionReport, lang: Lang) -> Blocks:
    """``govtargets show``: main targets, each area of work, the year's results with no target,
    projects, the results of the year before with no report of it, then the sources cited."""
    w = _Words(lang)
    sources = _Sources(result["sources"])
    year = result["year"] or EM_DASH
    years = w(", ", "、").join(map(str, result["years"])) or w("none", "无")
    none = not result["targets"]  # a report of projects alone, or no report of the year
    reported = result["year"] in result["years"]
    heading = w(
        f"{'No targets' if none else 'Targets'} for {year} (years in the dataset: {years})"
        if reported or result["year"] is None
        else f"No report of {year} in the dataset (years in it: {years})",
        f"{year}年{'无目标' if none else '目标'}（数据中的年份：{years}）"
        if reported or result["year"] is None
        else f"数据中无{year}年报告（数据中的年份：{years}）",
    )
    blocks: Blocks = [region_title(result["region"], lang)]
    main = [t for t in result["targets"] if t["area"] is None and t["by"] is None]
    if main:
        title = w(f"Main targets 主要预期目标, {year} (years in the dataset: {years})", heading)
        blocks.append(_target_table(title, main, sources, lang))
    else:
        blocks.append(Line(heading))
    plans = [t for t in result["targets"] if t["area"] is None and t["by"] is not None]
    if plans:
        title = w("Targets to a later year (a plan's)", "跨年度目标（规划目标）")
        blocks.append(_target_table(title, plans, sources, lang))
    for area in result["areas"]:
        title = f"{area['no']}. {area['name_zh']}"
        english = "" if lang == "zh" else f" ({area['name_en']})"
        targets = [t for t in result["targets"] if t["area"] == area["no"]]
        if targets:
            blocks.append(Line(title, "bold", english))
            blocks.append(_target_table("", targets, sources, lang))
        else:
            blocks.append(Line(title + w(": no figures", "：无量化目标"), "bold", english))
    if result["other_outcomes"]:
        title = (
            w(f"Results of {year} with no target of their own", f"{year}年无对应目标的实绩")
            if reported
            else w(f"Results of {year}", f"{year}年实绩")
        )
        blocks.append(_other_outcome_table(result["other_outcomes"], sources, title, lang))
    if result["projects"]:
        title = w("Projects 重大项目", "重大项目")
        blocks.append(
            _project_table(
                result["projects"], result["project_totals"], sources, title, lang, one_report=True
            )
        )
    if result["previous_outcomes"]:
        before = result["previous_outcomes"][0]["year"]
        title = w(
            f"Results of {before} (the dataset has no report of {before})",
            f"{before}年实绩（数据中无{before}年报告）",
        )
        blocks.append(_other_outcome_table(result["previous_outcomes"], sources, title, lang))
    return [*blocks, *sources.lines(w)]


def outcome_figures(o: OtherOutcome, lang: Lang) -> str:
    """An outcome's figures: ``+6.5%, 1234.5亿元`` / ``+6.5%、1234.5亿元``; ``(est.)`` / ``（预计）`` for an
    estimate."""
    parts = []
    if o["growth"] is not None:
        parts.append(bounded_change(o["growth"], "%", o["growth_bound"], lang))
    if o["level"] is not None:
        parts.append(bounded(figure_text(o["level"], o["level_unit"], lang), o["level_bound"], lang))
    if o["change_pp"] is not None:
        parts.append(bounded_change(o["change_pp"], POINTS, o["change_pp_bound"], lang))
    if o["stated"] is not None:  # the report's own word of the year's target, beside any figure
        parts.append(outcome_words(status=o["stated"], difference=None, unit=None, lang=lang, stated=True))
    shown = ("、" if lang == "zh" else ", ").join(parts) or EM_DASH
    return shown + (("（预计）" if lang == "zh" else " (est.)") if o["estimate"] else "")


def _other_outcome_table(
    outcomes: list[OtherOutcome], sources: _Sources, title: str, lang: Lang, *, year: bool = False
) -> Table:
    """Outcomes with no target of their own: what they measure, their figures and wording."""
    w = _Words(lang)
    columns = [
        *([Column(w("Year", "年份"))] if year else []),
        Column(w("Indicator", "指标"), wrap=True),
        Column(w("Result", "实绩")),
        Column(w("Wording", "原文"), 1, wrap=True, max_lines=4),
        Column(w("Src", "来源"), 2),
    ]
    rows: list[list[Cell]] = [
        [*([str(o["year"])] if year else []), o["indicator_zh"] if lang == "zh" else o["indicator_en"],
         outcome_figures(o, lang), o["wording"], sources.ref(o["source"])]
        for o in outcomes
    ]  # fmt: skip
    return Table(title, columns, rows)


def _cell(targets: list[TargetRow], lang: Lang, comes_to: dict[int, str]) -> str:
    """The targets of one region on one row of a comparison, with their outcomes: the figures
    alone, the row's name giving their threshold; a relative target with the rate it comes to
    (``comes_to``, by the target's id())."""
    cells = []
    for t in targets:
        text = _figure(t, lang, threshold=False)
        if id(t) in comes_to:
            text += f"，即{comes_to[id(t)]}" if lang == "zh" else f", i.e. {comes_to[id(t)]}"
        if t["outcome"] is not None:
            outcome = _outcome_words(t, lang)
            text += f"（{outcome}）" if lang == "zh" else f" ({outcome})"
        cells.append(text)
    return " / ".join(cells) or EM_DASH


def _comes_to(result: Comparison, lang: Lang) -> dict[int, str]:
    """The rate each relative target of a comparison comes to (by its id()), where it is set
    against the rate of a region compared beside it in the same year (福建 高于全国2个百分点左右
    beside China's +6.5% to 7%: +8.5% to 9%)."""
    columns = {(c["region"]["id"], c["year"]): c["key"] for c in result["regions"]}
    rates: dict[tuple[str, str], list[TargetRow]] = {}  # a column's targets of an indicator, by rate
    for row in result["rows"]:
        if KINDS[row["kind"]].sets == "figure":
            for key, targets in row["targets"].items():
                found = [t for t in targets if t["unit"] == "%" and t["value"] is not None]
                rates.setdefault((key, row["indicator"]), []).extend(found)
    said: dict[int, str] = {}
    for row in result["rows"]:
        if KINDS[row["kind"]].sets != "relation":
            continue
        for column in result["regions"]:
            for t in row["targets"][column["key"]]:
                other = columns.get((t["against_region"] or "", column["year"]))
                above = rates.get((other or "", row["indicator"]), [])
                margin = margin_over(t, above[0]) if len(above) == 1 else None
                if margin is None:
                    continue
                ends = [v for v in (above[0]["value"], above[0]["value_high"]) if v is not None]
                low, *high = [decimal(v) + decimal(margin) for v in ends]
                shown = figure_text(low, "%", lang, signed=True)
                said[id(t)] = shown + "".join(
                    f"{'—' if lang == 'zh' else ' to '}{figure_text(h, '%', lang)}" for h in high
                )
    return said


def comparison_table(result: Comparison, lang: Lang) -> Blocks:
    """``govtargets compare``: one row per indicator, one column per region."""
    w = _Words(lang)
    names = [w(c["region"]["name_en"], c["region"]["name_zh"]) for c in result["regions"]]
    years = [str(c["year"]) if c["year"] else _no_report(c, w) for c in result["regions"]]
    columns = [Column(w("Indicator", "指标"), wrap=True)] + [
        # （无报告） follows a Chinese name with no space, as a full-width bracket does
        Column(f"{name}{'' if year.startswith('（') else ' '}{year}", wrap=True, max_lines=3)
        for name, year in zip(names, years, strict=True)
    ]
    rows: list[list[Cell]] = []
    comes_to = _comes_to(result, lang)
    for row in result["rows"]:
        name = row["indicator_zh" if lang == "zh" else "indicator_en"] + (
            w(f" ({threshold_words(row['threshold'], lang)})", f"（{row['threshold']}）")
            if row["threshold"]
            else ""
        )
        rows.append([name, *(_cell(row["targets"][c["key"]], lang, comes_to) for c in result["regions"])])
    title = (
        w("Targets compared", "目标对比") if result["areas"] else w("Main targets compared", "主要目标对比")
    )
    if not any(c["year"] for c in result["regions"]):
        asked = sorted({c["key"].partition("@")[2] for c in result["regions"]} - {""})
        alone = len({c["region"]["id"] for c in result["regions"]}) == 1
        whose = w(
            f"{result['regions'][0]['region']['name_en']} has no report"
            if alone
            else "None of these regions has a report",
            result["regions"][0]["region"]["name_zh"] if alone else "这些地区都",
        )
        return [
            Line(title, "bold"),
            Line(
                w(
                    f"{whose} of the year{'s' if len(asked) > 1 else ''} asked"
                    f"{' (' + ', '.join(asked) + ')' if asked else ''}"
                    f" ('govtargets list' shows {'its' if alone else 'their'} years).",
                    f"{whose}没有所问年份{'（' + '、'.join(asked) + '）' if asked else ''}的报告"
                    "（'govtargets list' 列出各地区的年份）。",
                )
            ),
        ]
    blocks: Blocks = [Table(title, columns, rows)]
    # Years differ where none was asked (each region's latest, which a reader may not expect) or
    # several were, a column each (keyed id@year): only the first is said.
    latest = all(c["key"] == c["region"]["id"] for c in result["regions"])
    if len(years := sorted({str(c["year"]) for c in result["regions"] if c["year"]})) > 1 and latest:
        english = (
            f"(each region's latest year: {', '.join(years[:-1])} and {years[-1]}; --year compares one year)"
        )
        blocks.append(Line(w(english, f"（各地区的最新年份：{'、'.join(years)}；--year 对比同一年）")))
    if n := result["areas_left_out"]:
        english = f"({_count(n, 'target')} of areas of work left out: --areas compares them too)"
        blocks.append(Line(w(english, f"（另有{n}项工作领域目标未列出：--areas 一并对比）")))
    return blocks + _compared_sources(result, names, w)


def _no_report(column: ComparedRegion, w: _Words) -> str:
    """A comparison's column with no report: ``(no report)``, and the year where one of several
    was asked (keyed id@year): ``2024 (no report)``."""
    asked = column["key"].partition("@")[2]
    return w(f"{asked} (no report)", f"{asked}（无报告）") if asked else w("(no report)", "（无报告）")


def _compared_sources(result: Comparison, names: list[str], w: _Words) -> Blocks:
    """Each column's sources: its report's (of the targets), then those of the results."""
    lines: Blocks = []
    for compared, name in zip(result["regions"], names, strict=True):
        targets: dict[str, str | None] = {}
        results: dict[str, str | None] = {}
        for row in result["rows"]:
            for t in row["targets"][compared["key"]]:
                targets.setdefault(t["source"], t["source_url"])
                if t["actual_source"]:
                    results.setdefault(t["actual_source"], t["actual_source_url"])
        if not targets:
            continue
        said = [_with_url(k, u) for k, u in targets.items()]
        if extra := [_with_url(k, u) for k, u in results.items() if k not in targets]:
            said.append(w("results: ", "实绩：") + w("; ", "；").join(extra))
        lines.append(Line(f"{name} {compared['year']}{w(': ', '：')}" + w("; ", "；").join(said)))
    return [Line(w("Sources", "来源"), "bold"), *lines] if lines else []


def project_list_table(result: ProjectList, lang: Lang) -> Blocks:
    """``govtargets projects``."""
    w = _Words(lang)
    f = result["filters"]
    conditions = [
        _year_words(f["year"], w),
        *(
            [
                w(f"region {f['region']}", f"地区 {name}")
                for name in _asked_names(w, rows=result["projects"], regions=[f["region"]])
            ]
            if f["region"]
            else []
        ),
    ]
    if f["min_invest"] is not None:
        conditions.append(w("planned ≥ ", "年度计划投资 ≥ ") + f"{number(f['min_invest'])}亿元")
    if f["min_total"] is not None:
        conditions.append(w("total ≥ ", "总投资 ≥ ") + f"{number(f['min_total'])}亿元")
    title = w("Projects", "重大项目") + _asked(conditions, w)
    if not result["projects"]:
        said = title + w(": none match", "：无符合条件的项目")
        if f["min_invest"] is not None and f["min_total"] is None:
            # Many reports give a project's total alone (总投资), which --min-invest does not read.
            said += w(
                " (--min-invest reads the year's planned investment; --min-total reads the total)",
                "（--min-invest 按年度计划投资筛选；--min-total 按总投资筛选）",
            )
        elif result["region_years"]:  # a year added to a bundled region: its latest year has none
            years = ", ".join(map(str, result["region_years"]))
            last = result["region_years"][-1]
            said += w(
                f" ({f['region']} has projects of {years}: --year {last})",
                f"（{f['region']}有{years}年的项目：--year {last}）",
            )
        return [Line(said)]
    sources = _Sources()
    return [_project_table(result["projects"], result["totals"], sources, title, lang), *sources.lines(w)]


def target_table_table(result: TargetTable, lang: Lang) -> Blocks:
    """``govtargets targets``."""
    w = _Words(lang)
    f = result["filters"]
    conditions = [
        _year_words(f["year"], w),
        *_asked_names(
            w,
            rows=result["targets"],
            regions=f["regions"],
            indicators=f["indicators"],
            kinds=f["kinds"],
            level=f["level"],
        ),
    ]
    title = w("Targets", "目标") + _asked(conditions, w) + w(": ", "：") + str(len(result["targets"]))
    sources = _Sources()
    named = len(f["regions"]) == 1 and len({t["region"] for t in result["targets"]}) == 1
    region: bool | Literal["named"] = "named" if named else True
    table = _target_table(title, result["targets"], sources, lang, region=region, year=True)
    return [table, *sources.lines(w)]


BAR_WIDTH = 16
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: Decimal, largest: Decimal) -> str:
    """A bar of BAR_WIDTH cells at most, as long beside ``largest`` as ``value`` is, in eighths."""
    if largest <= 0:
        return ""
    eighths = int(abs(value) / largest * BAR_WIDTH * 8 + Decimal("0.5"))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def ranking_table(result: Ranking, lang: Lang) -> Blocks:
    """``govtargets rank``: one table per group, then the targets with no figure to order by."""
    w = _Words(lang)
    name = result["indicator_zh"] if lang == "zh" else f"{result['indicator_en']} {result['indicator_zh']}"
    said = w(f"Rank: {name}, ", f"排名：{name}，") + _year_words(result["year"], w)
    blocks: Blocks = [Line(said, "bold")]
    for group in result["groups"]:
        entries = list(group["entries"])  # stored rows are parsed as they are read: once
        # In the unit's base, as the group is ordered (1.3万亿斤 above 1500亿斤), not as written
        sizes = [in_base(decimal(e["value"] or 0), e["unit"])[1] for e in entries]
        largest = max(abs(s) for s in sizes)
        known = any(e["outcome"] is not None for e in entries)
        columns = [
            Column(w("#", "名次"), justify="right"),
            Column(w("Region", "地区"), wrap=True),
            Column(w("Year", "年份"), _year_priority(entries)),
            Column(w("Target", "目标"), wrap=True),
            Column("", 3),
            *(
                [Column(w("Actual", "实际"), 2), Column(w("Outcome", "完成情况"), 1, wrap=True)]
                if known
                else []
            ),
        ]
        rows: list[list[Cell]] = [
            [str(e["rank"]), _region(e, lang), str(e["year"]),
             _figure(e, lang, threshold=False) + _of_an_area(e, w),  # the group's title names it
             Styled(bar(s, largest), "red" if s < 0 else "cyan"),
             *([_actual(e, lang), _outcome(e, lang)] if known else [])]
            for e, s in zip(entries, sizes, strict=True)
        ]  # fmt: skip
        title = w(group["name"], group["name_zh"])
        blocks.append(Table(title, columns, rows))
    if result["unranked"]:
        plans = any(t["by"] is not None for t in result["unranked"])
        title = (
            w("Not ranked (no figure, or a plan's)", "不参与排名（无数值，或为规划目标）")
            if plans
            else w("Not ranked (no figure)", "不参与排名（无数值）")
        )
        sources = _Sources()
        blocks += [_target_table(title, result["unranked"], sources, lang, region=True, year=True)]
        blocks += sources.lines(w)
    if len(blocks) == 1:
        blocks.append(Line(w("No region has a target on this indicator.", "没有地区设定该指标的目标。")))
    return blocks


def _of_an_area(t: TargetRow, w: _Words) -> str:
    """A mark on a target of an area of work, ranked beside main targets (compare leaves them out)."""
    return "" if t["area"] is None else w(" (area of work)", "（工作领域）")


_RECORDS = {
    "region": ("region", "地区"),
    "target": ("target", "目标"),
    "project": ("project", "项目"),
    "outcome": ("outcome", "实绩"),
}


_FIELDS_ZH = {
    "wording": "原文",
    "label_en": "英文说明",
    "indicator": "指标",
    "id": "ID",
    "code": "代码",
    "name_zh": "中文名",
    "name_en": "英文名",
    "aliases": "别名",
    "zone_zh": "园区",
    "zone_en": "园区英文名",
    "description_zh": "简介",
    "description_en": "英文简介",
}
"""The fields search finds a text in, as the Chinese table names them (JSON and CSV keep the key)."""


def search_table(result: SearchResult, lang: Lang) -> Blocks:
    """``govtargets search``."""
    w = _Words(lang)
    hits = result["hits"]
    title = w(f"“{result['text']}”: {len(hits)} found", f"“{result['text']}”：找到{len(hits)}处") + _asked(
        [_year_words(result["year"], w)], w
    )
    if not hits:
        return [Line(title)]
    columns = [
        Column(w("Region", "地区"), wrap=True),
        Column(w("Year", "年份"), _year_priority(hits) and 2),  # which year a hit is of: kept long
        Column(w("Record", "记录"), wrap=True),
        Column(w("Field", "字段"), 3),
        Column(w("Text", "内容"), wrap=True, max_lines=4),
    ]
    rows: list[list[Cell]] = [
        [_region(h, lang), str(h["year"] or EM_DASH),
         f"{w(*_RECORDS[h['record']])} {h['id']}", w(h["field"], _FIELDS_ZH.get(h["field"], h["field"])),
         Marked(h["text"], result["text"])]
        for h in hits
    ]  # fmt: skip
    return [Table(title, columns, rows)]


def validation_table(result: Validation, lang: Lang) -> Blocks:
    """``govtargets validate``: one line per problem, then a summary line."""
    lines: Blocks = [Line(str(Problem(**p))) for p in result["problems"]]
    errors, warnings, files = result["errors"], result["warnings"], result["files"]
    summary = f"{_count(errors, 'error')} and {_count(warnings, 'warning')} in "
    bundled = result["bundled_files"]
    if not bundled:
        summary += _count(files, "file")
        if refers_to_nothing(p["message"] for p in result["problems"] if p["severity"] == "error"):
            summary += f", {WITHOUT_BUNDLED}"
    elif not files:
        summary += f"the bundled data ({_count(bundled, 'file')})"
    else:
        summary += f"{_count(files, 'file')}, read beside the bundled data ({_count(bundled, 'file')})"
        if names_no_indicator(p["message"] for p in result["problems"] if p["severity"] == "error"):
            summary += f"; {NEW_INDICATOR}"
    if result["ok"]:
        summary += ": valid" + (" (warnings allowed without --strict)" if warnings else "")
    return [*lines, Line(summary, "bold")]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def indicator_list_table(result: IndicatorList, lang: Lang) -> Blocks:
    """``govtargets indicators``."""
    w = _Words(lang)
    columns = [
        Column(w("Key", "键"), wrap=True),
        Column(w("Chinese", "名称"), wrap=True, max_lines=3),
        *([Column("English", 1, wrap=True, max_lines=3)] if lang == "en" else []),
        Column(w("Unit", "单位"), 2, wrap=True),
        Column(w("Regions", "地区数"), 3, justify="right"),
    ]
    rows: list[list[Cell]] = [
        [i["key"], i["name_zh"], *([i["name_en"]] if lang == "en" else []),
         (w(f"{i['unit']} {i['unit_en']}", i["unit"]) if i["unit"] else EM_DASH), str(i["regions"])]
        for i in result["indicators"]
    ]  # fmt: skip
    return [Table(w(f"Indicators ({len(rows)})", f"指标（{len(rows)}）"), columns, rows)]


def _by_year(levels: list[PassedOver], lang: Lang) -> dict[int, list[str]]:
    """The names of the levels a chain leaves out, year by year."""
    named: dict[int, list[str]] = {}
    for p in levels:
        name = p["name_zh"] if lang == "zh" else f"{p['name_zh']} {p['name_en']}"
        named.setdefault(p["year"], []).append(name)
    return named


def chain_table(result: Chain, lang: Lang) -> Blocks:
    """``govtargets chain``: each indicator from the top level down, and what each level adds;
    over years, a Year column."""
    w = _Words(lang)
    r = result["region"]
    name = r["name_zh"] if lang == "zh" else f"{r['name_zh']} {r['name_en']}"
    shown = result["year"]
    spans = None if shown is None or isinstance(shown, int) else _year_words(shown, w)
    year = shown or EM_DASH
    # Over years, one indicator's name goes into the heading: its column would repeat it on every row.
    named = bool(spans and result["indicator"] and result["rows"])
    target = result["rows"][0]["links"][0]["targets"][0] if named else None
    en = (target["indicator_short_en"] or target["indicator_en"]) if target else ""
    zh = target["indicator_zh"] if target else ""
    heading = w(
        f"Targets down the chain to {name}, {spans or year}{': ' if en else ''}{en}",
        f"{name}{spans or (f'{shown}年' if shown else '年')}{zh}目标的层层分解",
    )
    blocks: Blocks = [Line(heading, "bold")]
    over: Blocks = []
    for each, names in _by_year(result["passed_over"], lang).items():
        # Else 镇安县's +1.5 over 陕西省 reads as over its own parent, 商洛市, which has no report here.
        over.append(
            Line(
                w(
                    f"No report of {each} in the data, passed over: {', '.join(names)}",
                    f"数据中没有{each}年报告、未列入：{'、'.join(names)}",
                ),
                "dim",
            )
        )
    # The indicator by its Chinese name where a row gives it (a chain with no row has its key alone).
    key = result["indicator"]
    key_zh = result["rows"][0]["links"][0]["targets"][0]["indicator_zh"] if result["rows"] else key
    for each, names in _by_year(result["no_target"], lang).items():
        # Else China's missing GDP target of 2020 reads as a level the data lacks, or one forgotten.
        over.append(
            Line(
                w(
                    f"Reports of {each} with no target on {key}: {', '.join(names)}",
                    f"{each}年报告中没有{key_zh}目标：{'、'.join(names)}",
                ),
                "dim",
            )
        )
    if result["no_parent"]:
        # Else a file that left parent out reads as a city whose province sets no target.
        code = result["parent_suggested"]
        fix = f'parent = "{code}", the division its code lies in,' if code else "parent = its parent's code"
        over.append(
            Line(
                w(
                    f"{r['name_en']}'s record names no parent, so the chain has it alone: {fix}"
                    " sets it below.",
                    f"{r['name_zh']}的记录未写上级（parent），层级中只有它自己："
                    + (
                        f'写 parent = "{code}"（其代码所在的行政区）即可列于其下。'
                        if code
                        else "写上级的代码即可。"
                    ),
                ),
                "dim",
            )
        )
    if not result["rows"] and key:
        none = w(
            f"{name} has no target on {key} in {'any year' if shown == 'all' else spans or year}.",
            f"{name}{'各年均' if shown == 'all' else spans or f'{year}年'}没有{key}的目标。",
        )
        return [*blocks, Line(none), *over]
    if not result["rows"]:
        none = w("No indicator is targeted at two levels.", "没有两级政府共同设定的指标。")
        return [*blocks, Line(none), *over]
    columns = [
        *([Column(w("Year", "年份"))] if spans else []),
        *([] if named else [Column(w("Indicator", "指标"), wrap=True)]),
        Column(w("Chain", "层级目标"), wrap=True, max_lines=4, spaced=True),
    ]
    rows: list[list[Cell]] = []
    for row in result["rows"]:
        steps = []
        for link in row["links"]:
            place = link["region"]["name_zh"] if lang == "zh" else link["region"]["name_en"]
            figures = " / ".join(_figure(t, lang) for t in link["targets"])
            adds = _adds(link["adds"], link["adds_unit"], lang)
            steps.append(f"{place} {figures}{adds}")
        indicator = row["indicator_zh" if lang == "zh" else "indicator_en"]
        rows.append(
            [*([str(row["year"])] if spans else []), *([] if named else [indicator]), " → ".join(steps)]
        )
    return [*blocks, Table("", columns, rows), *over]


def _adds(adds: Number | None, unit: str | None, lang: Lang) -> str:
    """`` (+0.5)``: how much a level adds over the one above; percentage points go unnamed."""
    if adds is None:
        return ""
    value = decimal(adds)
    if value == 0:
        return " (±0)"
    return f" ({figure_text(value, None if unit == POINTS else unit, lang, signed=True)})"


def _gap(points: Number | None) -> str:
    """A mean gap in points, signed, to the hundredth it is rounded to, so that a column of them
    lines up (+1.30, -2.85; 0.00 unsigned)."""
    return EM_DASH if points is None else "0.00" if points == 0 else f"{points:+.2f}"


def summary_table(result: Summary, lang: Lang) -> Blocks:
    """``govtargets summary``: targets met and missed, by region and year, by region or by year."""
    w = _Words(lang)
    by = result["by"]
    columns = [
        *([Column(w("Region", "地区"), wrap=True)] if by != "year" else []),
        *([Column(w("Year", "年份"))] if by != "region" else []),
        Column(w("Targets", "目标"), justify="right"),
        Column(w("Judged", "已评判"), justify="right"),
        Column(w("Met", "完成"), justify="right"),
        Column(w("Missed", "未完成"), justify="right"),
        Column(w("Near misses", "其中接近完成"), 2, justify="right"),
        Column(w("As stated", "其中据报告称"), 2, justify="right"),
        Column(w("Not judged", "未评判"), 1, justify="right"),
        Column(w("No result", "无实绩"), justify="right"),
        Column(w("Mean gap (pp)", "平均差距（百分点）"), 2, justify="right"),
    ]
    rows: list[list[Cell]] = []
    for y in result["years"]:
        row: list[Cell] = []
        if by != "year":
            row.append(_region(y, lang))
        if by != "region":
            row.append(str(y["year"]))
        row += [str(y["targets"]), str(y["judged"]), Styled(str(y["met"]), "green"),
                Styled(str(y["missed"]), "red"), str(y["near_missed"]), str(y["as_stated"]),
                str(y["not_judged"]), str(y["no_result"]), _gap(y["mean_difference_pp"])]  # fmt: skip
        rows.append(row)
    # The years and regions a group takes together are those asked for (--year, --level, REGION),
    # not always all of them.
    grouping = {
        "region-year": w("by region and year", "按地区和年度"),
        "region": w("by region", "按地区")
        if isinstance(result["year"], int)
        else w("by region, the years together", "按地区（各年合计）"),
        "year": w("by year", "按年度")
        if len(result["regions"]) == 1
        else w("by year, the regions together", "按年度（各地区合计）"),
    }[by]
    named = [
        *(
            {"region": r, "region_zh": zh}
            for r, zh in zip(result["regions"], result["regions_zh"], strict=True)
        ),
        *(
            {"indicator": i, "indicator_zh": zh}
            for i, zh in zip(result["indicators"], result["indicators_zh"], strict=True)
        ),
    ]
    asked = _asked_names(
        w,
        rows=named,
        regions=result["regions"],
        indicators=result["indicators"],
        kinds=result["kinds"],
        level=result["level"],
    )
    asked += [] if result["year"] == "all" else [_year_words(result["year"], w)]
    title = w("Targets and outcomes", "目标完成情况") + _asked(asked, w) + w(", ", "，") + grouping
    return [Table(title, columns, rows)]


def history_table(result: History, lang: Lang) -> Blocks:
    """``govtargets history``: one indicator's targets and outcomes, year by year."""
    w = _Words(lang)
    r = result["region"]
    name = result["indicator_zh"] if lang == "zh" else f"{result['indicator_en']} {result['indicator_zh']}"
    title = w(f"{r['name_zh']} {r['name_en']}: {name}", f"{r['name_zh']}：{name}")
    sources = _Sources()
    targets = [t for year in result["years"] for t in year["targets"]]
    missing = [str(y["year"]) for y in result["years"] if not y["targets"] and y["report"]]
    unheld = [str(y["year"]) for y in result["years"] if not y["report"]]
    others = [o for y in result["years"] for o in y["other_outcomes"]]
    scale = chart_scale(targets)
    blocks: Blocks = (
        [_target_table(title, targets, sources, lang, year="kept", chart=scale, indicator="named")]
        if targets
        else [Line(title, "bold")]
    )
    if scale is not None:
        unit = next(t["unit"] for t in targets if _chartable(t)) or ""
        bound = any(t["actual_bound"] for t in targets)
        # In English a unit of its own words (10 billion yuan, not 100亿元): the ends as the table has them.
        ends = [figure_text(Decimal(f"{end:g}"), unit or None, "en") for end in scale]
        one = scale[0] == scale[1]  # every figure the same: the chart's middle is it
        key = w(
            f"Chart: ━ target (band), ┃ one figure, ● result{', ▸◂ a bound' if bound else ''};"
            + (
                f" at {ends[1]}"
                if one
                else f" from {ends[0].removesuffix(unit) if unit in ('%', '‰') else ends[0]} to {ends[1]}"
            ),
            f"图示：━ 目标区间，┃ 单一目标，● 实绩{'，▸◂ 实绩以上/以下' if bound else ''}；"
            + (f"均为{scale[1]:g}{unit}" if one else f"{scale[0]:g}至{scale[1]:g}{unit}"),
        )
        blocks.append(Line(key, "dim"))
    if missing:
        said = w(
            f"No target on it in: {', '.join(missing)}", f"以下年份未设定该指标目标：{'、'.join(missing)}"
        )
        blocks.append(Line(said))
    if unheld:
        said = w(
            f"No report in the dataset of: {', '.join(unheld)}",
            f"数据集中没有以下年份的报告：{'、'.join(unheld)}",
        )
        blocks.append(Line(said))
    if not result["years"]:
        blocks.append(Line(w("No report or result of the years asked.", "所问年份没有报告或实绩。")))
    if others:
        title = w("Results in years with no target on it", "无该指标目标年份的实绩")
        blocks.append(_other_outcome_table(others, sources, title, lang, year=True))
    return blocks + sources.lines(w)
