"""Figures of a history, a ranking or a chain, through matplotlib (the ``[plot]`` extra), with
the sources in the caption. Each mark has an id (``gid``) that an SVG keeps: ``target-2023``,
``band-2023``, ``result-2023``, ``target-suzhou``, ``result-suzhou``, ``link-jintan``.

Text is English only: matplotlib's default font has no Chinese glyphs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from govtargets.dataset.shapes import Chain, History, Ranking, TargetRow
from govtargets.errors import OutputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FORMATS: tuple[Literal["svg", "png", "pdf"], ...] = ("svg", "png", "pdf")
TARGET, RESULT = "#4c72b0", "#dd8452"


def _figure() -> tuple[Figure, Axes]:
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise OutputError("plot needs matplotlib: pip install 'govtargets[plot]'") from None
    figure = Figure(figsize=(7.5, 4.5), layout="constrained")
    return figure, figure.add_subplot()


def _caption(figure: Figure, targets: Iterable[TargetRow]) -> None:
    """The sources of the figures shown, as their addresses (or ids where none is known)."""
    cited: dict[str, None] = {}
    for t in targets:
        for source, url in ((t["source"], t["source_url"]), (t["actual_source"], t["actual_source_url"])):
            if source is not None:
                cited[url or source] = None
    figure.supxlabel(
        "Sources: " + "; ".join(cited) + ". Made with govtargets.",
        fontsize=6,
        ha="left",
        x=0.01,
        wrap=True,
    )


def _unit(targets: Sequence[TargetRow]) -> str:
    first = next((t for t in targets if t["value"] is not None), None)
    if first is None:
        return ""
    return "growth, %" if first["kind"] == "growth" else (first["unit_en"] or first["unit"] or "")


def history_figure(result: History) -> Figure:
    """A region's targets (a bar for a band, a line for one figure) and results (dots), year by year."""
    figure, axes = _figure()
    shown = [t for year in result["years"] for t in year["targets"][:1] if t["value"] is not None]
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
        if t["actual"] is not None:
            axes.plot([t["year"]], [float(t["actual"])], "o", color=RESULT, gid=f"result-{t['year']}")
    # A year listed only for an outcome with no target (no report of it) has nothing to draw.
    axes.set_xticks([y["year"] for y in result["years"] if y["targets"] or not y["other_outcomes"]])
    axes.set_ylabel(_unit(shown))
    axes.set_title(f"{result['region']['name_en']}: {result['indicator_en']}, target (bar) and result (dot)")
    _caption(figure, shown)
    return figure


def rank_figure(result: Ranking) -> Figure:
    """The first group's targets as bars, highest at the top, each region's result as a dot."""
    figure, axes = _figure()
    entries = list(result["groups"][0]["entries"]) if result["groups"] else []
    entries.reverse()
    for n, e in enumerate(entries):
        axes.barh(n, float(e["value"] or 0), color=TARGET, alpha=0.6, gid=f"target-{e['region']}")
        if e["actual"] is not None:
            axes.plot([float(e["actual"])], [n], "o", color=RESULT, gid=f"result-{e['region']}")
    axes.set_yticks(range(len(entries)), [f"{e['region_en']} {e['year']}" for e in entries])
    axes.set_xlabel(_unit(entries))
    axes.set_title(f"{result['indicator_en']}: targets (bars) and results (dots), ranked")
    _caption(figure, entries)
    return figure


def chain_figure(result: Chain) -> Figure:
    """Each level's target, from the top level down to the region, for the first indicator."""
    figure, axes = _figure()
    links = result["rows"][0]["links"] if result["rows"] else []
    shown = [link["targets"][0] for link in links if link["targets"]]
    names = [link["region"]["name_en"] for link in links if link["targets"]]
    values = [float(t["value"]) if t["value"] is not None else float("nan") for t in shown]
    axes.plot(range(len(shown)), values, "-", color=TARGET, alpha=0.4)
    for n, (link, t) in enumerate(zip([lk for lk in links if lk["targets"]], shown, strict=True)):
        if t["value"] is not None:
            axes.plot([n], [float(t["value"])], "s", color=TARGET, gid=f"link-{link['region']['id']}")
            axes.annotate(
                t["figure_en"], (n, float(t["value"])), textcoords="offset points", xytext=(0, 8), ha="center"
            )
    axes.set_xticks(range(len(names)), names)
    axes.set_ylabel(_unit(shown))
    indicator = result["rows"][0]["indicator_en"] if result["rows"] else ""
    axes.set_title(f"{indicator}: the target down the chain, {result['year']}")
    _caption(figure, shown)
    return figure


def save(figure: Figure, path: str, *, force: bool = False) -> None:
    """Write the figure to ``path``, in the format its suffix names (svg, png, pdf)."""
    kind: Literal["svg", "png", "pdf"] | None = None
    suffix = os.path.splitext(path)[1].lower().lstrip(".")
    for known in FORMATS:
        if suffix == known:
            kind = known
    if kind is None:
        raise OutputError(f"{path}: give a file ending in .svg, .png or .pdf")
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
