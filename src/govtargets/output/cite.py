"""How to cite govtargets and its data (``govtargets cite``, ``--version``): plain text and BibTeX."""

from __future__ import annotations

from govtargets.dataset.shapes import DataFacts, SourceView
from govtargets.dataset.wording import source_line
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


def _in_use(facts: DataFacts, own: bool) -> str:
    """The data in use; ``own``: with files of the user's own, which its counts take in."""
    mine = " (with your own data files, which the published dataset does not hold)" if own else ""
    return data_line(facts) + mine


def plain(facts: DataFacts, *, own: bool = False) -> str:
    """A reference in plain text, with a reminder to cite the reports too."""
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


def sources_plain(sources: list[SourceView]) -> str:
    """The reports behind the targets selected, a line each: its id, then publisher, title, date,
    address and note."""
    lines = [f"The sources of the targets selected and of their results ({len(sources)}):"]
    # The source's note says where a text without an address was read (lawtext/gov: china/2020.md).
    lines += [
        f"[{source['id']}] {source_line(dict(source))}" + (f"; {source['note']}" if source["note"] else "")
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
