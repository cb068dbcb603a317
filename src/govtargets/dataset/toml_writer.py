"""Write dataset records as TOML text, in the layout docs/format.md shows.

A small writer of our own rather than a library's: drafts need a comment beside each record
that a person should check, which general TOML writers cannot place.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
# What json.dumps leaves raw and a terminal would obey: DEL, C1 controls, line and paragraph
# separators, bidi controls. Escaped, a TOML reader still reads the very same string.
_TERMINAL_CONTROLS = re.compile("[\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def value(item: Any) -> str:
    """One TOML value: a string, number, boolean, date, list or inline table."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, Decimal):
        return format(item, "f") if item.adjusted() < 21 else str(item)
    if isinstance(item, float):
        return value(Decimal(repr(item)))
    if isinstance(item, dt.datetime):
        return item.isoformat(sep=" ")
    if isinstance(item, dt.date):
        return item.isoformat()
    if isinstance(item, str):
        # JSON's string escapes are TOML's too (\" \\ \n \uXXXX), and it keeps Chinese as it is.
        return _TERMINAL_CONTROLS.sub(_escaped, json.dumps(item, ensure_ascii=False))
    if isinstance(item, Mapping):
        return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items() if v is not None) + " }"
    if isinstance(item, Iterable):
        return "[" + ", ".join(value(v) for v in item) + "]"
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def key(name: str) -> str:
    """A key, quoted only when it must be."""
    return name if _BARE_KEY.match(name) else value(name)


def comment_text(text: str) -> str:
    """Text fit for a TOML comment: control characters (which TOML refuses there) escaped."""
    text = "".join(
        c if c == "\t" or (ord(c) >= 0x20 and ord(c) != 0x7F) else f"\\x{ord(c):02x}" for c in text
    )
    return _TERMINAL_CONTROLS.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def table(header: str, fields: Mapping[str, Any], *, comment: str | None = None) -> str:
    """An array-of-tables entry: ``[[header]]`` then one ``key = value`` line per field that is set.

    Empty lists and None are left out, as the format's defaults say the same.
    """
    lines = [f"# {comment_text(line)}" for line in (comment or "").splitlines()]
    lines.append(f"[[{header}]]")
    for name, item in fields.items():
        if item is None or (isinstance(item, list | tuple) and not item):
            continue
        lines.append(f"{key(name)} = {value(item)}")
    return "\n".join(lines) + "\n"
