"""Turn an answer into text (a table, JSON, JSON Lines or CSV) and write it to standard output.

``--lang`` changes tables only: JSON and CSV keep the same keys and columns in any locale,
with Chinese and English side by side, so that a script's output does not depend on the
reader's language. JSON Lines and CSV are written a row at a time.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import orjson  # the standard library's encoder is pure Python when it indents: 10x slower

from govtargets.dataset.wording import Lang, json_number, number
from govtargets.errors import OutputError
from govtargets.index.lazy import Rows

if TYPE_CHECKING:
    from govtargets.output.formats import Answer  # only its type: extract's text needs no tables

Format = Literal["table", "json", "jsonl", "csv"]

BOM = "\ufeff"
"""Excel reads a CSV file as UTF-8 (not the system's code page) only when it begins with this."""


def render(
    answer: Answer[Any],
    *,
    fmt: Format,
    width: int | None = None,
    color: bool = False,
    wide: bool = False,
    lang: Lang = "en",
    bom: bool = False,
    terminal: bool = False,
) -> Iterator[str | bytes]:
    """``answer`` as text in ``fmt``, in pieces (JSON as UTF-8 bytes). A table is fitted to
    ``width`` columns (None: as wide as it needs); a CSV sheet for Excel (``bom``) begins with a
    byte-order mark, ends its lines with CRLF and keeps text that looks like a formula from running.
    CSV for a ``terminal`` shows control characters as escapes, as a table does (to a file or a
    pipe it is exact); JSON always writes them as ``\\uXXXX``, which a parser reads back exactly."""
    output, result = answer.output, answer.result
    if fmt == "json":
        yield from map(escape_json, _document(result))
    elif fmt == "jsonl":
        if output.rows is None:
            raise ValueError("this result has no rows to write as JSON Lines")
        yield from map(escape_json, _lines(output.rows(result)))
    elif fmt == "csv":
        sheet = output.sheet(result)
        yield from csv_text(*sheet, excel=bom, visible=terminal)
    else:
        from govtargets.output.draw import drawing  # rich, only for a table

        yield from drawing(output.table(result, lang), width=width, color=color, wide=wide, lang=lang)


def show(
    answer: Answer[Any], *, fmt: Format, lang: Lang, bom: bool, wide: bool, width: int | None, pager: bool
) -> None:
    """Print ``answer`` in ``fmt``: a table fitted to ``width`` (else to the terminal, unless
    ``wide``) and coloured on a terminal; there, through the ``pager`` if it is longer than the
    terminal is high."""
    from govtargets.output import terminal

    on_terminal = terminal.is_terminal()
    fitted = width or (None if wide else (terminal.terminal_width() if on_terminal else None))
    chunks = render(
        answer,
        fmt=fmt,
        width=fitted,
        color=terminal.use_color(),
        wide=wide,
        lang=lang,
        bom=bom,
        terminal=on_terminal,
    )
    through = terminal.pager() if fmt == "table" and pager and on_terminal else None
    if through is None:
        write(chunks)
        return
    height = terminal.terminal_height() or 10**9
    pieces = iter(chunks)
    held: list[str | bytes] = []
    lines = 0
    for chunk in pieces:
        held.append(chunk)
        lines += chunk.count("\n") if isinstance(chunk, str) else chunk.count(b"\n")
        if lines >= height:
            # Longer than the terminal: the pager has what is drawn so far, and the rest as it is
            # drawn (a long table's first screen is up before its last rows are laid out).
            page(itertools.chain(held, pieces), pager=through)
            return
    write(held)


def json_text(value: Any, *, indent: bool = False) -> str:
    """``value`` as JSON: exact figures as numbers, Chinese as it is, control and bidi characters
    escaped (``\\u202e``)."""
    return escape_json(json_bytes(value, indent=indent)).decode()


# orjson escapes C0 controls (as JSON must) but writes DEL, C1 controls and the bidi controls
# as they are, and a terminal would obey them. In UTF-8 JSON they can only be inside strings, and
# a byte pattern cannot match in the middle of a character: \xc2 and \xe2 only begin one.
_RAW_CONTROLS = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]")
_C1 = re.compile(rb"\xc2[\x80-\x9f]")


def escape_json(text: bytes) -> bytes:
    """UTF-8 JSON with DEL, C1, line and paragraph separators and the bidi controls written as
    ``\\uXXXX``: still valid JSON, and the same strings when parsed."""
    if _raw_control_in(text):
        return _RAW_CONTROLS.sub(_escaped, text)
    return text


def _raw_control_in(text: bytes) -> bool:
    # The lead bytes are found by memchr (`in`, find), where re tries a pattern at every byte: on
    # the 14 MB of `targets --indicator g_gdp --year all --json` (9,000 rows) 0.6 ms against 14 ms
    # for the four scans this replaced. \xe2 also begins common punctuation (“ ” —): each is tried.
    if b"\x7f" in text or (b"\xc2" in text and _C1.search(text)):
        return True
    at = text.find(b"\xe2")
    while at != -1:
        if _RAW_CONTROLS.match(text, at):
            return True
        at = text.find(b"\xe2", at + 1)
    return False


def _escaped(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode("utf-8"))


def json_bytes(value: Any, *, indent: bool = False) -> bytes:
    """``value`` as JSON in UTF-8, as orjson writes it (written to stdout as it is)."""
    return orjson.dumps(value, default=_json_default, option=orjson.OPT_INDENT_2 if indent else 0)


def _json_default(value: object) -> object:
    """What orjson cannot write itself: exact figures, and stored rows deeper than ``_document``
    looks for them (written whole, as a list)."""
    return list(value) if isinstance(value, Rows) else json_number(value)


def _document(result: Any) -> Iterator[bytes]:
    """``result`` as an indented JSON document; its lists of stored rows (``Rows``, as deep as a
    list of groups' entries) are written ``_BATCH`` rows at a time, so that they are never
    all parsed at once."""
    found: list[Rows[Any]] = []
    marked = _marked(result, found, depth=3)
    if not found:
        # Apart: joined, a document of megabytes would be copied once more (a rank of 3,000 regions:
        # ~3 ms, most of it the kernel handing over fresh pages).
        yield json_bytes(result, indent=True)
        yield b"\n"
        return

    # Each list was written as a mark; each mark is replaced by the rows, each row indented on
    # its own, then as deep as the mark's line is, and one level more.
    head = json_bytes(marked, indent=True) + b"\n"
    for n, rows in enumerate(found):
        before, head = head.split(_mark(n), 1)
        yield before
        if not rows:
            yield b"[]"
            continue
        line = before[before.rfind(b"\n") + 1 :]
        outer = b"\n" + b" " * (len(line) - len(line.lstrip(b" ")))
        for start in range(0, len(rows), _BATCH):
            # A batch as one indented list, its lines as deep as the mark's line, less its last
            # line (]) and, after the first batch, its [ (a , instead): a call a batch, not a call
            # and a replace a row (targets --json, 9,000 rows: 4% less CPU, the whole process).
            batch = orjson.dumps(rows[start : start + _BATCH], option=orjson.OPT_INDENT_2)
            yield (b"," if start else b"[") + batch[1:-2].replace(b"\n", outer)
        yield outer + b"]"
    yield head


def _marked(value: Any, found: list[Rows[Any]], *, depth: int) -> Any:
    """``value`` with each list of stored rows in it, down to ``depth`` levels, replaced by a
    mark (``found`` gets the lists, in order); ``value`` itself if it holds none."""
    if isinstance(value, Rows):
        found.append(value)
        return orjson.Fragment(_mark(len(found) - 1))
    if depth == 0 or not isinstance(value, dict | list):
        return value
    # Its items' types first, in one step: a search's 6,000 hits hold only text and numbers.
    if set(map(type, value.values() if isinstance(value, dict) else value)) <= _LEAVES:
        return value
    before = len(found)
    items = value.items() if isinstance(value, dict) else enumerate(value)
    marked = {k: _marked(v, found, depth=depth - 1) for k, v in items}
    if len(found) == before:
        return value
    return marked if isinstance(value, dict) else list(marked.values())


_LEAVES = frozenset({str, int, float, bool, type(None), Decimal})


def _mark(n: int) -> bytes:
    # Written as it is (a Fragment): raw NULs, which orjson writes no text with (it writes
    # \u0000), so that no text of a dataset can pass for a mark.
    return b"\x00%d\x00" % n


_BATCH = 50
"""Rows to a piece of output: few enough that the memory of a batch's rows, parsed and written,
is used again by the next (500 rows a piece took 10% longer to write 9,000 targets as JSON or
JSON Lines, where the memory of each batch was new, than 50)."""


def _lines(rows: Iterable[Any]) -> Iterator[bytes]:
    """JSON Lines, ``_BATCH`` rows to a piece (stored rows parsed, to fill in their null keys)."""
    batch: list[bytes] = []
    for row in rows:
        batch.append(orjson.dumps(row, default=json_number, option=orjson.OPT_APPEND_NEWLINE))
        if len(batch) == _BATCH:
            yield b"".join(batch)
            batch = []
    yield b"".join(batch)


def csv_text(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    loose: Sequence[int] | None = None,
    *,
    excel: bool = False,
    visible: bool = False,
) -> Iterator[str]:
    """A CSV sheet, ``_BATCH`` rows at a time; ``visible``: control characters in its text
    written as escapes (``\\x1b``), for a terminal. ``loose``: the only columns that may hold
    other than text, whole numbers and nulls (None: any may); a ``Sheet`` is these three."""
    import csv

    if visible:
        from govtargets.output.escape import visible as shown

        rows = ([shown(v) if type(v) is str else v for v in row] for row in rows)

    as_is = _AS_IS_IN_EXCEL if excel else _AS_IS
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(header)
    if excel:
        yield BOM
    for n, row in enumerate(rows, 1):
        if loose is None or excel or visible:
            # Text, whole numbers and blanks (csv writes None as ""), most cells, go as they are.
            writer.writerow([v if type(v) in as_is else _cell(v, excel=excel) for v in row])
        else:  # only the loose columns need a look: a target's 9 of 52
            cells = row if type(row) is list else list(row)
            for i in loose:
                if type(cells[i]) not in as_is:
                    cells[i] = _cell(cells[i], excel=False)
            writer.writerow(cells)
        if n % _BATCH == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


_AS_IS_IN_EXCEL = frozenset({int, type(None)})
_AS_IS = _AS_IS_IN_EXCEL | {str}


def _cell(value: object, *, excel: bool) -> object:
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, float | Decimal):
        return number(value)
    if excel and isinstance(value, str) and value[:1] in _FORMULA:
        # A spreadsheet runs a cell that begins like a formula; a quote makes it text.
        return "'" + value
    return value


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def write(chunks: Iterable[str | bytes]) -> None:
    """Write text to stdout as UTF-8 (bytes as they are; a terminal: as ``encoder`` says), ending
    quietly if the reader has gone."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("cannot write the output: standard output is closed")
    try:
        stream.flush()
        stream.buffer.writelines(map(encoder(stream), chunks))
        stream.flush()
    except BrokenPipeError:
        # `| head` closed the pipe: that is the reader's choice, not an error.
        silence_stdout()
        raise SystemExit(0) from None
    except (OSError, ValueError) as exc:
        silence_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write the output: {reason}") from None


def page(chunks: Iterable[str | bytes], *, pager: str) -> None:
    """Show text through ``pager`` (a shell command, as git runs it), with ``LESS=FRX`` unless
    ``LESS`` is set: less then quits at once if the text fits, keeps colour and leaves the screen.
    Each piece goes to the pager as it comes (drawn row by row); quitting the pager early, or
    Ctrl-C (which less takes too), ends the drawing, and the pager keeps what it was given."""
    import subprocess

    environment = dict(os.environ)
    environment.setdefault("LESS", "FRX")
    environment.setdefault("LV", "-c")
    try:
        process = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=environment)
    except OSError as exc:
        raise OutputError(f"cannot start the pager {pager!r}: {exc.strerror or exc}") from None
    assert process.stdin is not None
    encoded = encoder(sys.stdout)
    rest = iter(chunks)
    sent: list[str | bytes] = []  # for the pager the shell cannot run
    try:
        for chunk in rest:
            sent.append(chunk)
            process.stdin.write(encoded(chunk))
            process.stdin.flush()
    except (BrokenPipeError, KeyboardInterrupt):  # the reader quit the pager before the end: their choice
        pass
    with contextlib.suppress(OSError):  # closed even where what is left cannot go: the pager is gone
        process.stdin.close()
    while True:
        try:
            status = process.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C inside less is for less
            continue
    if status in (126, 127):
        # The shell could not run the pager (no less on the machine, a misspelt PAGER), and has said
        # so: show the text without it, as git does, rather than nothing.
        write(itertools.chain(sent, rest))


def encoder(stream: Any) -> Callable[[str | bytes], bytes]:
    """How text goes to ``stream``: UTF-8 (bytes as they are), but to a terminal whose locale
    names another encoding than UTF-8 or ASCII (GB18030, GBK), in that one: a pipe's reader is a
    program, which reads UTF-8; a terminal's, a person, who would see mojibake."""
    import codecs

    try:
        own = codecs.lookup(stream.encoding).name if stream.isatty() else "utf-8"
    except (AttributeError, LookupError, TypeError, ValueError):
        own = "utf-8"
    if own in ("utf-8", "ascii"):
        return _utf8

    def encoded(chunk: str | bytes) -> bytes:
        text = chunk.decode("utf-8") if isinstance(chunk, bytes) else chunk
        return text.encode(own, "replace")

    return encoded


def _utf8(chunk: str | bytes) -> bytes:
    return chunk if isinstance(chunk, bytes) else chunk.encode("utf-8")


def silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def write_text(text: str, *, output: str | None, force: bool = False) -> None:
    """A command's text to standard output, or to the file ``--output`` names (``-``: standard output)."""
    if output and output != "-":
        write_file(output, text, force=force)
    else:
        write([text])


def absolute_path(path: str) -> str:
    """``path`` made absolute; an OutputError, not a traceback, when the current folder has been
    removed (``os.getcwd`` fails) and ``path`` is relative."""
    try:
        return os.path.abspath(path)
    except FileNotFoundError:
        raise OutputError(f"cannot write {path}: the current folder no longer exists") from None


def scratch_beside(path: str) -> str:
    """A scratch file's name beside ``path``, its own to this process and thread: two writers
    of the same file never share one."""
    absolute = absolute_path(path)
    name = f".{os.path.basename(absolute)}.{os.getpid()}.{threading.get_ident()}.tmp"
    return os.path.join(os.path.dirname(absolute), name)


def write_file(path: str, text: str, *, force: bool = False) -> None:
    """Write ``text`` to a file, whole or not at all; an existing file only if ``force``."""
    if os.path.exists(path) and not force:
        raise OutputError(f"{path} exists: give --force to replace it")
    scratch = scratch_beside(path)
    try:
        with open(scratch, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(scratch, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
