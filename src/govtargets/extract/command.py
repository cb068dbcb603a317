"""``govtargets extract REPORT``: read the report, ask the data in use for its catalogue and
regions, and give the draft as TOML or JSON text."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Literal

from govtargets.dataset.files import PathLike, read_bytes
from govtargets.errors import ReportError
from govtargets.extract.decoding import MAX_BYTES, decode
from govtargets.extract.draft import Draft, as_json, as_toml, extract, warnings
from govtargets.extract.stated import asks_of
from govtargets.index.cache import answer
from govtargets.index.store import Index


def read_report_bytes(report: str) -> tuple[bytes, str]:
    """The bytes of a report file (``-``: standard input), and the name to call it by."""
    if report == "-":
        stream = sys.stdin.buffer if sys.stdin is not None else None
        if stream is None:
            raise ReportError("standard input is closed")
        data = stream.read(MAX_BYTES + 1)
        return data, "standard input"
    try:
        data, _ = read_bytes(report, limit=MAX_BYTES)
    except OSError as exc:
        raise ReportError(f"{report}: cannot read: {exc.strerror or exc}") from None
    return data, os.path.basename(report)


def targeted_in(index: Index, region: str, year: int) -> dict[str, str] | None:
    """The indicators the data's report of ``region`` and ``year`` sets targets for, each with what
    its target asks (stated.asks_of: whether a claim in words judges it); None: the data has no
    such report."""
    if index.report(region, year) is None:
        return None
    targets = index.targets(regions=[region], year=year)
    return asks_of((t["indicator"], str(t["kind"]), t.get("goal")) for t in targets)


def draft_from(index: Index, text: str, *, region: str | None = None, year: int | None = None) -> Draft:
    """The draft of a report's ``text``, against the catalogue, regions and earlier reports of ``index``."""
    return extract(
        text,
        indicators=index.indicators(),
        regions=index.regions(),
        region=region,
        year=year,
        targeted=lambda known, when: targeted_in(index, known, when),
    )


def draft_text(
    report: str,
    *,
    region: str | None = None,
    year: int | None = None,
    fmt: Literal["toml", "json"] = "toml",
    paths: Sequence[PathLike] = (),
    bundled: bool = True,
    use_cache: bool = True,
) -> str:
    """The draft of ``report`` in ``fmt``, matched to the catalogue and regions of the data in use."""
    data, name = read_report_bytes(report)
    text = decode(data, name=name)
    draft = answer(
        lambda index: draft_from(index, text, region=region, year=year),
        paths=paths,
        bundled=bundled,
        use_cache=use_cache,
    )
    for warning in warnings(draft):
        print(f"govtargets: warning: {warning}", file=sys.stderr)
    if fmt == "json":
        from govtargets.output.write import json_text

        return json_text(as_json(draft), indent=True) + "\n"
    return as_toml(draft, source_name=name)
