"""How to cite govtargets and its data (``govtargets cite``, ``--version``): plain text and BibTeX."""

from __future__ import annotations

from govtargets.dataset.shapes import DataFacts, SourceView
from govtargets.dataset.wording import Lang, source_line
from govtargets.version import AUTHORS, LICENSE, RELEASED, TITLE, URL, __version__


def data_line(facts: DataFacts) -> str:
    """What the data holds, in a line: ``data as of 2026-02-03: 51 reports of 16 regions, …``."""
    first, last = facts["first_year"], facts["last_year"]
    years = "" if first is None else f", {first}" if first == last else f", {first}–{last}"
    when = f" as of {facts['as_of']}" if facts["as_of"] else ""
    return (
        f"data{when}: {facts['reports']} reports of {facts['regions']} regions{years}; "
        f"{facts['targets']} targets, {facts['outcomes']} outcomes, {facts['projects']} projects, "
        f"{facts['sources']} sources"
    )


def version_text(facts: DataFacts | None) -> str:
    """``govtargets --version``: the version, and the data's date and counts where it could be read."""
    lines = [f"govtargets {__version__} ({RELEASED})"]
    if facts is not None:
        lines.append(data_line(facts))
    return "\n".join(lines) + "\n"


def _data_line_zh(facts: DataFacts) -> str:
    """``data_line`` in Chinese: ``数据截至2026-02-03：16个地区的51份报告，…``."""
    first, last = facts["first_year"], facts["last_year"]
    years = "" if first is None else f"，{first}年" if first == last else f"，{first}—{last}年"
    when = f"截至{facts['as_of']}" if facts["as_of"] else ""
    return (
        f"数据{when}：{facts['regions']}个地区的{facts['reports']}份报告{years}；"
        f"{facts['targets']}项目标、{facts['outcomes']}项实绩、{facts['projects']}个项目、"
        f"{facts['sources']}个来源"
    )


def _in_use(facts: DataFacts, own: bool, lang: Lang = "en") -> str:
    """The data in use; ``own``: with files of the user's own, which its counts take in."""
    if lang == "zh":
        return _data_line_zh(facts) + ("（含您自己的数据文件，已发布的数据集中没有）" if own else "")
    mine = " (with your own data files, which the published dataset does not hold)" if own else ""
    return data_line(facts) + mine


def plain(facts: DataFacts, *, own: bool = False, lang: Lang = "en") -> str:
    """A reference in plain text, with a reminder to cite the reports too. In Chinese, the work's
    authors and title stay as registered (CITATION.cff); what describes it is in Chinese."""
    if lang == "zh":
        return (
            f"{AUTHORS} ({RELEASED[:4]}). {TITLE}, 版本 {__version__} [软件与数据集；"
            f"{_in_use(facts, own, lang)}]. {URL}\n"
            "各项数据均出自政府工作报告：请同时引用所用的报告"
            "（`govtargets cite --sources` 列出所选目标的报告）。\n"
        )
    return (
        f"{AUTHORS} ({RELEASED[:4]}). {TITLE}, version {__version__} [software and dataset; "
        f"{_in_use(facts, own)}]. {URL}\n"
        "Each figure comes from a government work report: cite the reports you use as well "
        "(`govtargets cite --sources` lists those of the targets you select).\n"
    )


def bibtex(facts: DataFacts, *, own: bool = False) -> str:
    """A BibTeX entry (@misc, which every style knows), with the data's date and counts in its note."""
    fields = {
        "author": "{" + AUTHORS + "}",
        "title": "{" + TITLE + "}",
        "year": RELEASED[:4],
        "version": __version__,
        "howpublished": "\\url{" + URL + "}",
        "note": f"Software and dataset, {LICENSE} licence; {_in_use(facts, own)}",
    }
    return _entry("govtargets", dict(fields))


# In one pass, so that the braces of \textbackslash{} are not escaped again.
_TEX = str.maketrans(
    {"\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}"}
    | {char: "\\" + char for char in "{}%&#_$"}
)


def _tex(text: str) -> str:
    """Text for a BibTeX field: LaTeX's special characters escaped (a title's 增长8% is no comment)."""
    return text.translate(_TEX)


def _entry(key: str, fields: dict[str, str | None]) -> str:
    """A @misc entry of the fields given (None: left out)."""
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items() if value is not None)
    return f"@misc{{{key},\n{body}\n}}\n"


def sources_plain(sources: list[SourceView], lang: Lang = "en") -> str:
    """The reports behind the targets selected, a line each: its id, then publisher, title, date,
    address and note."""
    lines = [
        f"所选目标及其实绩的来源（{len(sources)}）："
        if lang == "zh"
        else f"The sources of the targets selected and of their results ({len(sources)}):"
    ]
    # The source's note says where a text without an address was read (lawtext/gov: china/2020.md).
    lines += [
        f"[{source['id']}] {source_line(dict(source), lang)}"
        + (("；" if lang == "zh" else "; ") + source["note"] if source["note"] else "")
        for source in sources
    ]
    return "\n".join(lines) + "\n"


def sources_bibtex(sources: list[SourceView]) -> str:
    """A @misc entry for each source, keyed by its id (as the rows' ``source`` columns name it)."""
    entries = []
    for source in sources:
        day = source["delivered"] or source["posted"]
        extra = [
            f"section {source['section']}" if source["section"] else None,
            f"post {source['post']}" if source["post"] is not None else None,
            f"posted {source['posted'].replace('T', ' ')}" if source["posted"] else None,
            "a secondary source" if source["standing"] == "secondary" else None,
            f"unverified: {source['unverified']}" if source["unverified"] else None,
            source["note"],
        ]
        url = source["url"]
        fields = {
            "author": "{" + _tex(source["publisher"]) + "}",
            "title": "{" + _tex(source["title"]) + "}",
            "year": day[:4] if day else None,
            "date": source["delivered"],
            "howpublished": None
            if url is None
            else "\\url{" + url.replace("%", "\\%").replace("#", "\\#") + "}",
            "note": "; ".join(_tex(part) for part in extra if part) or None,
        }
        entries.append(_entry(source["id"], fields))
    return "\n".join(entries)
