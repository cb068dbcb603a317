"""The terminal standard output goes to: whether it is one, its size, its colours and its pager.

Light (os and sys alone): the command line asks it for its help's width before any command runs.
"""

from __future__ import annotations

import os
import sys


def whole_number(text: str) -> int | None:
    """``text`` as a whole number if it is one written in ASCII digits (at most 18 of them), else
    None. ``str.isdigit`` accepts ``²``, which ``int`` refuses, and ``int`` accepts ``٣``."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


def terminal_width() -> int | None:
    """The terminal's width in columns: ``$COLUMNS`` if it is a sensible number, else the
    terminal's own; None when stdout is not a terminal."""
    return _terminal_size("COLUMNS", most=10_000)


def terminal_height() -> int | None:
    """The terminal's height in lines: ``$LINES`` if it is a sensible number, else the
    terminal's own; None when stdout is not a terminal."""
    return _terminal_size("LINES", most=100_000)


def _terminal_size(name: str, *, most: int) -> int | None:
    value = whole_number(os.environ.get(name, ""))
    if value is not None and 0 < value <= most:
        return value
    try:
        size = os.get_terminal_size(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return (size.columns if name == "COLUMNS" else size.lines) or None


def pager() -> str | None:
    """The pager for a long table on a terminal: ``GOVTARGETS_PAGER``, else ``PAGER``, else
    ``less`` (as git and gh choose theirs); none if the one set is empty or ``cat``."""
    for name in ("GOVTARGETS_PAGER", "PAGER"):
        value = os.environ.get(name)
        if value is not None:
            return None if value.strip() in ("", "cat") else value
    return "less"


def is_terminal() -> bool:
    """Whether standard output is a terminal."""
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


def use_color() -> bool:
    """Colour on a terminal unless ``NO_COLOR``; ``CLICOLOR_FORCE`` or ``FORCE_COLOR`` force it on
    anywhere (as gh does); ``NO_COLOR`` wins over both."""
    if os.environ.get("NO_COLOR"):
        return False
    for name in ("CLICOLOR_FORCE", "FORCE_COLOR"):
        if os.environ.get(name, "") not in ("", "0"):
            return True
    return is_terminal()
