"""The evidence of the bundled data: the passages of each report that its records come from.

    python -m tests.passages data/regions/hebei.toml [...] [--file sichuan-2011=sichuan/2010.md]

For each source of a region file whose id is ``<region>-<year>``, it writes
``data/passages/<region>-<year>.md``: the report's header (title, official address, and the
shared file the text is in), the lines that give its heading and date, and every line (paragraph)
of the full text that holds a wording of one of the source's records, in the text's order, each
verbatim. The full texts are in ``../shared/source/reports`` (``GOVTARGETS_REPORTS`` names
another folder). A source's text is ``<region>/<year>.md`` unless its passage file already names
another (``file:``) or ``--file`` does: the year in a file's name is not always the report's.

The tests read only the passages (tests/test_bundled_data.py): every wording stands in its
passage, and, where the shared texts are beside the checkout, every passage line stands in its
full text.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli

TOP = Path(__file__).parents[1]
PASSAGES = TOP / "data" / "passages"
SHARED_REPORTS = Path(os.environ.get("GOVTARGETS_REPORTS", TOP.parent / "shared" / "source" / "reports"))
SOURCE_ID = re.compile(r"([a-z]+)-(\d{4})")
DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年")
COMMENT = re.compile(r"\s*<!--.*-->\s*")


def header(text: str) -> dict[str, str]:
    """The YAML-like header of a report or passage file (title, source, file), if it has one."""
    if not text.startswith("---"):
        return {}
    head = text.split("---", 2)[1]
    pairs = (line.partition(":") for line in head.splitlines())
    return {k.strip(): v.strip() for k, _, v in pairs if v.strip()}


def body(text: str) -> list[str]:
    """The lines of a text after its header."""
    if text.startswith("---"):
        text = text.split("---", 2)[2]
    return text.splitlines()


def wordings(data: dict[str, Any], source: str) -> Iterator[str]:
    """Every wording of a record that cites the source (a report's or its own), and the span of a
    result in words (``stated_wording``)."""
    for report in data.get("reports", []):
        for name in ("targets", "projects"):
            for record in report.get(name, []):
                if record.get("source", report["source"]) == source:
                    yield record["wording"]
    for outcome in data.get("outcomes", []):
        if outcome["source"] == source:
            yield outcome["wording"]
            if "stated_wording" in outcome:
                yield outcome["stated_wording"]


def passage_path(source: str) -> Path:
    """Where a source's passage file is."""
    return PASSAGES / f"{source}.md"


def text_file(source: str, given: dict[str, str]) -> str:
    """The shared file (``region/year.md``) that holds a source's full text."""
    if source in given:
        return given[source]
    path = passage_path(source)
    if path.is_file():
        named = header(path.read_text(encoding="utf-8")).get("file")
        if named:
            return named
    region, year = SOURCE_ID.fullmatch(source).groups()  # type: ignore[union-attr]
    return f"{region}/{year}.md"


def heading(lines: list[str]) -> set[int]:
    """The indexes of a text's heading lines: the lines up to the first that gives a date. A
    comment line (``<!-- 新华社北京2008年3月19日电 -->``) is the compiler's, not the report's: it
    is skipped and its date does not end the heading, unless no other line gives a date."""
    first = lines[:40]
    for skip_comments in (True, False):
        keep: set[int] = set()
        for i, line in enumerate(first):
            if skip_comments and COMMENT.fullmatch(line):
                continue
            if line.strip():
                keep.add(i)
            if DATE.search(line):
                return keep
    return keep


def passage(full: str, found: list[str], name: str) -> str:
    """The passage file of a report: its header, its heading lines up to the date, and the
    lines that hold the wordings (each wording must stand within one line)."""
    head = header(full)
    lines = body(full)
    keep = heading(lines)
    missing = []
    for wording in found:
        where = [i for i, line in enumerate(lines) if wording in line]
        if not where:
            missing.append(wording)
        keep.update(where[:1])
    if missing:
        raise SystemExit(f"{name}: not within one line of the text: {missing}")
    out = ["---"]
    out += [f"{key}: {head[key]}" for key in ("title", "source") if key in head]
    out += [f"file: {name}", "---", ""]
    for i in sorted(keep):
        out += [lines[i], ""]
    return "\n".join(out)


def write(region_file: Path, given: dict[str, str]) -> list[Path]:
    """Write the passage file of every report source of one region file."""
    data = tomli.loads(region_file.read_text(encoding="utf-8"), parse_float=Decimal)
    written = []
    for source in data.get("sources", []):
        sid = source["id"]
        if not SOURCE_ID.fullmatch(sid):
            continue
        found = list(dict.fromkeys(wordings(data, sid)))
        if not found:
            continue
        name = text_file(sid, given)
        full = (SHARED_REPORTS / name).read_text(encoding="utf-8")
        path = passage_path(sid)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(passage(full, found, name), encoding="utf-8")
        written.append(path)
    return written


def main(args: list[str]) -> int:
    """Write the passages of the named region files."""
    given: dict[str, str] = {}
    files = []
    it = iter(args)
    for arg in it:
        if arg == "--file":
            sid, _, name = next(it).partition("=")
            given[sid] = name
        else:
            files.append(Path(arg))
    for path in files:
        for written in write(path, given):
            print(written.relative_to(TOP))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
