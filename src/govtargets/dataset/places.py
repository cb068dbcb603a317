"""Point a problem at its record and line in a TOML file.

tomli gives no positions for values, so this finds a record by counting the
array-of-tables headers (``[[reports]]``, ``[[reports.targets]]``) that a
person writes, and the field by its ``key =`` line inside that record.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Any

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY_LINE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")

# The lists of records in a dataset file, and how to name one of their items (after the list's
# name without its plural s).
_LABELS: dict[str, tuple[str, ...]] = {
    "sources": ("id",),
    "outcomes": ("region", "year", "indicator"),
    "divisions": ("code",),
    "indicators": ("key",),
    "regions": ("id",),
    "reports": ("region", "year"),
    "areas": ("no",),
    "targets": ("id", "indicator"),
    "projects": ("id",),
}

Loc = tuple[str | int, ...]


def split_loc(loc: Sequence[str | int]) -> tuple[Loc, Loc]:
    """Split a pydantic location into the record's path and the field inside it."""
    i = 0
    while i + 1 < len(loc) and isinstance(loc[i], str) and loc[i] in _LABELS and isinstance(loc[i + 1], int):
        i += 2
    return tuple(loc[:i]), tuple(loc[i:])


def describe_record(data: Mapping[str, Any], record: Loc) -> str | None:
    """Name a record the way its author knows it, such as ``report jintan 2023, target gdp``."""
    names: list[str] = []
    node: Any = data
    for name, index in zip(record[::2], record[1::2], strict=True):
        assert isinstance(name, str)
        assert isinstance(index, int)
        try:
            node = node[name][index]
        except (KeyError, IndexError, TypeError):
            node = None
        label = _label(node, _LABELS[name]) or f"#{index + 1}"
        names.append(f"{name.removesuffix('s')} {label}")
    return ", ".join(names) or None


def _label(node: Any, keys: tuple[str, ...]) -> str:
    if not isinstance(node, Mapping):
        return ""
    if keys == ("id", "indicator"):  # a target is known by its id, else its indicator
        keys = ("id",) if node.get("id") else ("indicator",)
    return " ".join(str(node[key]) for key in keys if key in node)


def describe_field(field: Loc) -> str | None:
    """Write a field path as a person would: ``threshold.amounts[0].unit``."""
    text = ""
    for part in field:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or None


class Locator:
    """Finds records and fields in one file's text; it reads the headers once, for many lookups.

    Every lookup is a few binary searches, so that pointing at N problems costs about N steps.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[int] = []  # the index of every header line, in order
        self.arrays: dict[str, list[int]] = {}  # each array-of-tables path, to its header lines
        self.ends: dict[int, int] = {}  # each header line, to the line its block ends before
        open_blocks: list[tuple[str, int]] = []
        for i, line in enumerate(self.lines):
            match = _ARRAY_HEADER.match(line) or _TABLE_HEADER.match(line)
            if match is None:
                continue
            path = re.sub(r"\s*\.\s*", ".", match.group(1))
            # A header closes every open block it is not inside of.
            while open_blocks and not path.startswith(open_blocks[-1][0] + "."):
                self.ends[open_blocks.pop()[1]] = i
            open_blocks.append((path, i))
            self.headers.append(i)
            if match.re is _ARRAY_HEADER:
                self.arrays.setdefault(path, []).append(i)
        for _, header in open_blocks:
            self.ends[header] = len(self.lines)

    def find(self, record: Loc, field: Loc = ()) -> int | None:
        """The 1-based line of ``field`` in ``record``, else of the record's header, else None."""
        start, end, header = 0, len(self.lines), None
        path = ""
        for name, index in zip(record[::2], record[1::2], strict=True):
            path = f"{path}.{name}" if path else str(name)
            candidates = self.arrays.get(path, [])
            at = bisect.bisect_left(candidates, start) + int(index)
            if at >= len(candidates) or candidates[at] >= end:
                return None if header is None else header + 1
            header = candidates[at]
            start, end = header + 1, min(end, self.ends[header])
        if field and isinstance(field[0], str):
            stop = self._next_header(start, end)
            for i in range(start, stop):
                match = _KEY_LINE.match(self.lines[i])
                if match and match.group(1).strip("\"'") == field[0]:
                    return i + 1
        return None if header is None else header + 1

    def _next_header(self, start: int, end: int) -> int:
        at = bisect.bisect_left(self.headers, start)
        return min(self.headers[at], end) if at < len(self.headers) else end
