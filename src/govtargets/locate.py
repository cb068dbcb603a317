"""Point a problem at its record and line in a TOML file.

tomli gives no positions for values, so this finds a record by counting the
array-of-tables headers (``[[reports]]``, ``[[reports.targets]]``) that a
person writes, and the field by its ``key =`` line inside that record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY_LINE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")

# The lists of records in a dataset file, and how to name one of their items.
_LABELS: dict[str, tuple[str, ...]] = {
    "sources": ("id",),
    "divisions": ("code",),
    "indicators": ("key",),
    "regions": ("id",),
    "reports": ("region", "year"),
    "areas": ("no",),
    "targets": ("id", "indicator"),
    "projects": ("id",),
}
_SINGULAR = {
    "sources": "source",
    "divisions": "division",
    "indicators": "indicator",
    "regions": "region",
    "reports": "report",
    "areas": "area",
    "targets": "target",
    "projects": "project",
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
            names.append(f"{_SINGULAR[name]} #{index + 1}")
            node = None
            continue
        label = _label(node, _LABELS[name])
        names.append(f"{_SINGULAR[name]} {label}" if label else f"{_SINGULAR[name]} #{index + 1}")
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


def find_line(text: str, record: Loc, field: Loc = ()) -> int | None:
    """The 1-based line of ``field`` in ``record``, else of the record's header, else None."""
    lines = text.splitlines()
    start, end, header = 0, len(lines), None
    path = ""
    for name, index in zip(record[::2], record[1::2], strict=True):
        path = f"{path}.{name}" if path else str(name)
        found = _nth_header(lines, start, end, path, int(index))
        if found is None:
            return None if header is None else header + 1
        header, start = found, found + 1
        end = _block_end(lines, start, end, path)
    if field and isinstance(field[0], str):
        for i in range(start, end):
            if _ARRAY_HEADER.match(lines[i]) or _TABLE_HEADER.match(lines[i]):
                break
            match = _KEY_LINE.match(lines[i])
            if match and match.group(1).strip("\"'") == field[0]:
                return i + 1
    return None if header is None else header + 1


def _header_path(line: str) -> str | None:
    match = _ARRAY_HEADER.match(line) or _TABLE_HEADER.match(line)
    return None if match is None else re.sub(r"\s*\.\s*", ".", match.group(1))


def _nth_header(lines: list[str], start: int, end: int, path: str, index: int) -> int | None:
    seen = -1
    for i in range(start, end):
        match = _ARRAY_HEADER.match(lines[i])
        if match and re.sub(r"\s*\.\s*", ".", match.group(1)) == path:
            seen += 1
            if seen == index:
                return i
    return None


def _block_end(lines: list[str], start: int, end: int, path: str) -> int:
    for i in range(start, end):
        found = _header_path(lines[i])
        if found is not None and not found.startswith(path + "."):
            return i
    return end
