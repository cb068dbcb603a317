"""Figures of a history, a ranking or a chain, through matplotlib (the ``[plot]`` extra), with
the sources in the caption. Each mark has an id (``gid``) that an SVG keeps: ``target-2023``,
``band-2023``, ``result-2023``, ``target-suzhou``, ``result-suzhou``, ``link-jintan``.

Labels are English, or Chinese with ``lang="zh"``: drawn in a font of the machine that has
Chinese characters (``chinese_font``); where none is, an SVG keeps its text as text, for the
viewer's fonts to draw, and a PNG or PDF is refused with what to do.
"""

from __future__ import annotations

import contextlib
import functools
import os
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from govtargets.dataset.judge import level_only
from govtargets.dataset.shapes import Chain, History, Ranking, TargetRow
from govtargets.dataset.vocab import KINDS
from govtargets.dataset.wording import Lang
from govtargets.errors import NotFoundError, OutputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FORMATS: tuple[Literal["svg", "png", "pdf"], ...] = ("svg", "png", "pdf")
TARGET, RESULT = "#4c72b0", "#dd8452"

CHINESE_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC",
    "Hiragino Sans GB", "Microsoft YaHei", "SimHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
    "Droid Sans Fallback", "AR PL UMing CN",
)  # fmt: skip
"""Fonts with Chinese characters, the usual first: on Linux, macOS and Windows."""

NO_CHINESE_FONT = (
    "no font with Chinese characters was found on this machine to draw {path} in: install one "
    "(Noto Sans CJK: apt install fonts-noto-cjk, or dnf install google-noto-sans-cjk-fonts), "
    "draw an .svg (its text is left for the viewer's fonts), or use --lang en"
)


@functools.cache
def chinese_font() -> str | None:
    """The family of a font on this machine that has Chinese characters: a usual one if it is
    installed, else any whose file has 中国省市; None if none has."""
    from matplotlib import font_manager, ft2font

    fonts = font_manager.fontManager.ttflist
    names = {font.name for font in fonts}
    for family in CHINESE_FAMILIES:
        if family in names:
            return family
    for font in fonts:
        if font.name.startswith("Last Resort"):  # a box for every character, not the character
            continue
        try:
            face = ft2font.FT2Font(font.fname)
        except (OSError, RuntimeError, ValueError):
            continue
        if all(face.get_char_index(ord(c)) for c in "中国省市"):
            return str(font.name)
    return None


@contextlib.contextmanager
def style(lang: Lang, path: str) -> Iterator[None]:
    """Draw and save within this: in Chinese, a font that has its characters, or (for an SVG,
    where none is found) the text left as text, in the usual Chinese fonts' names."""
    if lang != "zh":
        yield
        return
    _matplotlib()
    import matplotlib

    found = chinese_font()
    families = [found] if found else list(CHINESE_FAMILIES)
    settings: dict[Any, Any] = {"font.family": "sans-serif", "font.sans-serif": [*families, "DejaVu Sans"]}
    if found is None:
        if _kind(path) != "svg":
            raise OutputError(NO_CHINESE_FONT.format(path=path))
        settings["svg.fonttype"] = "none"
    with matplotlib.rc_context(settings), warnings.catch_warnings():
        # Without the font, text is measured by DejaVu Sans, which lacks the characters the
        # viewer will draw: matplotlib says so once a character; the SVG is right regardless.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        yield


def _matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise OutputError("plot needs matplotlib: pip install 'govtargets[plot]'") from None


WIDTH, HEIGHT = 7.5, 4.5
"""A figure's size in inches, before the rows of a long ranking and the caption's lines are added."""
ROW = 0.22
"""The height in inches of a ranking's bar and its label (9-point text), so that no label overlaps."""
YEARS_ACROSS = 12
"""The most years a history's axis writes across; more are written upwards."""
CAPTION_SIZE, CAPTION_CHARS = 6, 150
"""The caption's font size in points, and about how many of its characters a line holds."""


def _figure(rows: int = 0) -> tuple[Figure, Axes]:
    """A figure with one set of axes, taller for ``rows`` bars than the plain figure holds."""
    _matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH, max(HEIGHT, 1.5 + ROW * rows)), layout="constrained")
    return figure, figure.add_subplot()


def _caption(
    figure: Figure, targets: Sequence[TargetRow], lang: Lang = "en", *, note: str = "", results: bool = True
) -> None:
    """The sources of the figures shown, as their addresses (or ids where none is known), after
    ``note`` and what a triangle means where a result drawn (``results``) is given as a bound."""
    cited: dict[str, None] = {}
    for t in targets:
        for source, url in ((t["source"], t["source_url"]), (t["actual_source"], t["actual_source_url"])):
            if source is not None:
                cited[url or source] = None
    text = note + (
        "来源：" + "；".join(cited) + "。由 govtargets 绘制。"
        if lang == "zh"
        else "Sources: " + "; ".join(cited) + ". Made with govtargets."
    )
    # Only a bound drawn: a level-only result (Guangdong's 14万亿元以上 of 2024 beside +5%) is none.
    if results and any(t["actual_bound"] and t["actual"] is not None and not level_only(t) for t in targets):
        text = (
            "三角形：报告以界限给出的实绩（以上、超过、以内等），尖端指向实绩所在的一侧。" + text
            if lang == "zh"
            else "A triangle: a result the report gives as a bound, pointing the way it runs. " + text
        )
    # The caption takes room of its own: the figure grows by its lines (a ranking of the provinces
    # cites some sixty addresses, which in the plain figure left the bars a strip of an inch).
    lines = sum(-(-len(part) // CAPTION_CHARS) for part in text.split("\n"))
    figure.set_figheight(figure.get_figheight() + lines * CAPTION_SIZE * 1.3 / 72)
    figure.supxlabel(
        text,
        fontsize=CAPTION_SIZE,
        ha="left",
        x=0.01,
        wrap=True,
    )


def _nothing(what: str) -> NoReturn:
    """No figure to draw: an error (exit status 1) rather than a file of empty axes."""
    raise NotFoundError(f"nothing to draw: {what}")


def _unit(targets: Sequence[TargetRow], lang: Lang = "en") -> str:
    first = next((t for t in targets if t["value"] is not None), None)
    if first is None:
        return ""
    if KINDS[first["kind"]].growth_rate:
        return "增速（%）" if lang == "zh" else "growth, %"  # as Chinese statistical charts label it
    return (first["unit"] if lang == "zh" else first["unit_en"] or first["unit"]) or ""


def history_figure(result: History, lang: Lang = "en") -> Figure:
    """A region's targets (a bar for a band, a line for one figure) and results (dots), year by year."""
    # One axis, one unit: each year's first target in the kind and unit of the first one drawn, as
    # the table's chart has it (Chongqing's trade target of 120 亿美元 in 2010 sat on an axis of %).
    # (Only a kind that sets a figure has a value.)
    figures = [t for year in result["years"] for t in year["targets"] if t["value"] is not None]
    unit = (figures[0]["kind"], figures[0]["unit"]) if figures else None
    alike = ([t for t in year["targets"] if (t["kind"], t["unit"]) == unit] for year in result["years"])
    shown = [same[0] for same in alike if same]
    if not shown:
        _nothing(f"{result['region']['id']} has no target with a figure on {result['indicator']}")
    figure, axes = _figure()
    for t in shown:
        low = float(t["value"] or 0)
        high = float(t["value_high"]) if t["value_high"] is not None else low
        if high > low:
            axes.bar(
                t["year"],
                high - low,
                bottom=low,
                width=0.5,
                color=TARGET,
                alpha=0.35,
                gid=f"band-{t['year']}",
            )
        else:
            axes.hlines(
                low, t["year"] - 0.25, t["year"] + 0.25, color=TARGET, linewidth=3, gid=f"target-{t['year']}"
            )
        if t["actual"] is not None and not level_only(t):
            axes.plot([t["year"]], [float(t["actual"])], _marker(t), color=RESULT, gid=f"result-{t['year']}")
    # A year listed only for an outcome with no target (no report of it) has nothing to draw.
    years = [y["year"] for y in result["years"] if y["targets"] or not y["other_outcomes"]]
    axes.set_xticks(years)
    if len(years) > YEARS_ACROSS:  # written across, more years than fit run into each other
        axes.tick_params(axis="x", labelrotation=90)
    axes.set_ylabel(_unit(shown, lang))
    if lang == "zh":
        axes.set_title(f"{result['region']['name_zh']}：{result['indicator_zh']}，目标（条）与实际（点）")
    else:
        axes.set_title(
            f"{result['region']['name_en']}: {result['indicator_en']}, target (bar) and result (dot)"
        )
    _caption(figure, shown, lang)
    return figure


def _marker(row: TargetRow, *, across: bool = False) -> str:
    """A result's mark: a dot, or for one given as a bound a triangle pointing the way it runs
    (up, or right where values run ``across``: 增长12%以上; down or left: 控制在3%以内)."""
    bound = row["actual_bound"]
    if bound is None:
        return "o"
    up = bound in ("at_least", "more_than")
    return (">" if up else "<") if across else ("^" if up else "v")


def rank_figure(result: Ranking, lang: Lang = "en", *, limit: int | None = None) -> Figure:
    """The first group's targets as bars (its first ``limit``), highest at the top, each
    region's result as a dot."""
    entries = list(result["groups"][0]["entries"][:limit]) if result["groups"] else []
    if not entries:
        _nothing(f"no region has a target with a figure on {result['indicator']} in the years asked")
    figure, axes = _figure(rows=len(entries))
    entries.reverse()
    for n, e in enumerate(entries):
        axes.barh(n, float(e["value"] or 0), color=TARGET, alpha=0.6, gid=f"target-{e['region']}")
        if e["actual"] is not None and not level_only(e):
            axes.plot(
                [float(e["actual"])], [n], _marker(e, across=True), color=RESULT, gid=f"result-{e['region']}"
            )
    names = [e["region_zh"] if lang == "zh" else e["region_en"] for e in entries]
    axes.set_yticks(
        range(len(entries)), [f"{name} {e['year']}" for name, e in zip(names, entries, strict=True)]
    )
    axes.set_xlabel(_unit(entries, lang))
    if lang == "zh":
        axes.set_title(f"{result['indicator_zh']}：目标（条）与实际（点），排序")
    else:
        axes.set_title(f"{result['indicator_en']}: targets (bars) and results (dots), ranked")
    _caption(figure, entries, lang)
    return figure


def chain_figure(result: Chain, lang: Lang = "en") -> Figure:
    """Each level's target, from the top level down to the region, for the first indicator."""
    row = result["rows"][0] if result["rows"] else None
    links = [link for link in (row["links"] if row else []) if link["targets"]]
    shown = [link["targets"][0] for link in links]
    if all(t["value"] is None for t in shown):
        on = row["indicator"] if row else result["indicator"]
        _nothing(f"{result['region']['id']} has no target with a figure on {on} in {result['year']}")
    figure, axes = _figure()
    names = [link["region"]["name_zh" if lang == "zh" else "name_en"] for link in links]
    values = [float(t["value"]) if t["value"] is not None else float("nan") for t in shown]
    axes.plot(range(len(shown)), values, "-", color=TARGET, alpha=0.4)
    for n, (link, t) in enumerate(zip(links, shown, strict=True)):
        if t["value"] is not None:
            axes.plot([n], [float(t["value"])], "s", color=TARGET, gid=f"link-{link['region']['id']}")
            axes.annotate(
                t["figure_zh" if lang == "zh" else "figure_en"],
                (n, float(t["value"])),
                textcoords="offset points",
                xytext=(0, 8),
                ha="center",
            )
    axes.set_xticks(range(len(names)), names)
    axes.margins(x=0.12, y=0.12)  # room for the figures written above the first and last marks
    axes.set_ylabel(_unit(shown, lang))
    if lang == "zh":
        axes.set_title(f"{row['indicator_zh'] if row else ''}：逐级目标，{result['year']}年")
    else:
        axes.set_title(f"{row['indicator_en'] if row else ''}: the target down the chain, {result['year']}")
    # English names alone in English, as the ticks: the figure's font may have no Chinese
    over = [p["name_zh" if lang == "zh" else "name_en"] for p in result["passed_over"]]
    note = ""
    if over:  # as the table's last line: the step to the region is over the level shown above it
        year = result["year"]
        note = (
            f"数据中没有{year}年报告、未列入：{'、'.join(over)}。"
            if lang == "zh"
            else f"No report of {year} in the data, passed over: {', '.join(over)}. "
        )
    silent = [p["name_zh" if lang == "zh" else "name_en"] for p in result["no_target"]]
    if silent:  # as the table's: China's report of 2020 set no GDP target, not a level forgotten
        year, key = result["year"], result["indicator"]
        note += (
            f"{year}年报告中没有{key}目标：{'、'.join(silent)}。"
            if lang == "zh"
            else f"Reports of {year} with no target on {key}: {', '.join(silent)}. "
        )
    _caption(figure, shown, lang, note=note, results=False)  # a chain draws no results
    return figure


def _kind(path: str) -> Literal["svg", "png", "pdf"]:
    """The format a file's suffix names; an error for any other."""
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    for known in FORMATS:
        if suffix == known:
            return known
    raise OutputError(f"{path}: give a file ending in .svg, .png or .pdf")


def save(figure: Figure, path: str, *, force: bool = False) -> None:
    """Write the figure to ``path``, in the format its suffix names (svg, png, pdf)."""
    kind = _kind(path)
    if os.path.exists(path) and not force:
        raise OutputError(f"{path} exists: give --force to replace it")
    try:
        # No date in the file: the same data draws the same bytes.
        stamp = {"svg": {"Date": None}, "pdf": {"CreationDate": None}, "png": {}}[kind]
        import matplotlib

        with matplotlib.rc_context({"svg.hashsalt": "govtargets"}):  # ids not drawn at random
            figure.savefig(path, format=kind, metadata={"Creator": "govtargets", **stamp})
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
