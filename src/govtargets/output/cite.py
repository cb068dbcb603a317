"""How to cite govtargets and its data (``govtargets cite``, ``--version``): plain text and BibTeX."""

from __future__ import annotations

from govtargets.dataset.shapes import DataFacts
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
        "(`govtargets show REGION` lists them).\n"
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
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields.items())
    return f"@misc{{govtargets,\n{body}\n}}\n"
