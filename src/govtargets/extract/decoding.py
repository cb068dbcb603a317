"""A report's bytes as text: plain text or Markdown as it is, an HTML page's visible text.

UTF-8 and GB18030 (which covers GBK and GB2312) are recognised; anything else, or a binary
file, is refused with a message rather than guessed at.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from govtargets.errors import ReportError

MAX_BYTES = 64 << 20
"""A report larger than this (64 MiB) is refused: work reports are tens of kilobytes."""


_DOCUMENTS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc or .wps?)"),
)
"""How the files a report is often published as begin, which are no text (a PDF need not hold a NUL
byte early on, and would be refused as neither UTF-8 nor GB18030)."""


def decode(data: bytes, *, name: str) -> str:
    """``data`` as text, or a ReportError saying why it is not a report's text."""
    if not data.strip():
        raise ReportError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise ReportError(f"{name}: more than {MAX_BYTES >> 20} MiB: not a work report's text")
    for magic, kind in _DOCUMENTS:
        if data.startswith(magic):
            raise ReportError(f"{name}: {kind}, not text: save or convert it as plain text (UTF-8) first")
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReportError(f"{name}: a binary file, not text")
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "gb18030")
    ):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            if encoding == "gb18030" and _big5(data, text):
                raise ReportError(
                    f"{name}: Big5 text (traditional Chinese), it seems: extract reads UTF-8 and"
                    " GB18030 (GBK); save it as simplified Chinese in UTF-8"
                )
            return (
                html_text(text) if looks_like_html(text) else text.replace("\r\n", "\n").replace("\r", "\n")
            )
    raise ReportError(f"{name}: neither UTF-8 nor GB18030 (GBK) text")


# Frequent characters of government prose, in both scripts. Big5 bytes read as GB18030 decode
# to rare characters (and GB18030 bytes read as Big5 too): the right reading has many of these.
_FREQUENT = frozenset(
    "的一是在不了有和人中大为為上国國以要年发發展经經济濟会會业業设設进進建生产產市政府工作报報告"
    "区區县縣省全推动動加强強实實现現持续續服务務体體质質量高新项項目城镇鎮农農民社保公共规規划劃"
)


def _big5(data: bytes, gb: str) -> bool:
    """Whether bytes that decode as GB18030 are rather Big5 text."""
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        return False
    sample = 20_000
    as_big5 = sum(c in _FREQUENT for c in big5[:sample])
    as_gb = sum(c in _FREQUENT for c in gb[:sample])
    return as_big5 >= 5 and as_big5 > 3 * as_gb


def _mostly_text(text: str) -> bool:
    # GB18030 decodes almost any bytes: a real text has few control characters.
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\n\r\t\f")
    return controls <= max(2, len(text[:65536]) // 200)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (a doctype, or an html or body tag near its start)."""
    return re.search(r"<!doctype html|<html[\s>]|<body[\s>]", text[:4096], re.IGNORECASE) is not None


_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "title",
    "td",
    "table",
    "ul",
    "ol",
}
_SKIPPED = {"script", "style", "noscript", "template", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED:
            self.skipping += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED and self.skipping:
            self.skipping -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The visible text of an HTML page, a paragraph a line; its <title> first, as a heading."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    body = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split())
    return f"{title}\n{body}" if title else body
