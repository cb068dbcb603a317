"""Make text from a dataset safe to show on a terminal."""

from __future__ import annotations

import re

# C0 and C1 control characters and the Unicode bidirectional controls: on a terminal they
# would move the cursor, set the title, recolour the screen or reorder text.
_CONTROLS = "\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVISIBLE = re.compile(f"[{_CONTROLS}]")
_INVISIBLE_OR_BREAK = re.compile(f"[{_CONTROLS}\n]")


def visible(text: str, *, breaks: bool = True) -> str:
    """``text`` with control and bidi characters written as escapes (``\\x1b``); line breaks
    are kept unless ``breaks`` is false (a message must stay on one line)."""
    pattern = _INVISIBLE if breaks else _INVISIBLE_OR_BREAK
    return pattern.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
