"""Draw tables (grid.py) with rich, fitted to a width.

A column is never wider than its widest cell; prose columns wrap (at spaces, or between Chinese
characters), and everything else is never split: a number with its unit, a range (6%—6.5%), a
code, a bar, and a key but after an underscore where it is wider than its column (fixed_asset_ /
investment_increase); a qualifier stays on its figure's line (about +5%, 约5%) where the column is
wide enough for both.
When the columns cannot fit, the least important ones are left out, and a line says which and
how to see them (``--wide``). When even the essential ones cannot fit, each row is shown as a
block of ``Header: value`` lines, so that a narrow terminal still shows all the data.

A table comes out a batch of rows at a time (``drawing``), so that ``| head`` has its first lines
at once: rich draws its title and header, and its rows are laid out here as rich lays them out
(rich took seconds over thousands of rows; a test holds the two the same).
"""

from __future__ import annotations

import collections
import io
import re
from collections.abc import Iterable, Iterator, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.table import Table as RichTable
from rich.text import Text

from govtargets.dataset.vocab import FIGURE_BOUNDS, QUALIFIERS, RELATIONS
from govtargets.dataset.wording import AT_LEAST_ZH
from govtargets.output.escape import visible
from govtargets.output.grid import Block, Cell, Column, Line, Marked, Styled, Table, text_of

MIN_WIDTH = 20
"""Below this many columns every table is shown one record per block."""

# A date, a figure with its unit (10%, 260套, 1302.92亿元, 5%左右) or a range of two (6%—6.5%,
# 7～8％), a short word in brackets (（未评判）, the tables' own) or a run of Latin letters, digits
# and symbols (a key, a code, a word) is one token; any other Chinese character is a token of its own.
_UNIT_CHARS = (
    "%％‰个百分点万亿千百十元美人套所家件项座处户辆张起名例次台艘架条批间床只头株棵部种篇班标箱"
    "公里米平方亩顷吨瓦时度立左右以上内下"
)
# Digits that run on into Latin letters (5G, 3e8, CO2 is a word anyway) are a word, not a figure.
_ONE_FIGURE = rf"[+\-−]?\d[\d,.]*+(?![A-Za-z_])[{_UNIT_CHARS}]*"
_A_FIGURE = rf"{_ONE_FIGURE}(?:[—–\-－～~─]{_ONE_FIGURE})?"
_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"  # a date (and time): never 2023 / -12-28
    rf"|{_A_FIGURE}"
    r"|（[\u4e00-\u9fff]{1,6}）"  # a short word in brackets
    r"|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+"  # a word, key or code
    r"|[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"  # one Chinese character or mark
    r"|\s+"
)
_FIGURE = re.compile(rf"{_A_FIGURE}(?: |$)")
"""A token that is a figure, or begins with one and its unit words (6.5 billion): not CO2, PM2.5."""
_KEY = re.compile(r"\(?[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+[),.;:]*")
"""A key (fixed_asset_investment), not an address with an underscore in it: that breaks at its /."""
_KEY_PART = re.compile(r"[^_]+_*")
"""A key's words, each with the underscores after it: where a key wider than its line may break."""
_CLOSING = set("，。、；：！？）」』》〉”’%,.;:!?)]}")
_OPENING = set("（「『《〈“‘([{")
_STOP = {"or", "by", "and", "than", "of", "to", "with", "in", "for", "on", "at", "from"}


def tokens(text: str) -> list[str]:
    """``text`` cut where a line may break; spaces are tokens of their own."""
    return [part for token in _marked(text) for part in token.split(_SOFT)]


_SOFT = "\x1f"
"""Between the tokens of a group (a qualifier and its figure): where it may break if it must."""


def _held(phrase: str) -> tuple[str, ...]:
    """A qualifier as the tokens before a figure: each word and a space (``at least``: at, space,
    least, space), or each Chinese character."""
    if not phrase.isascii():
        return tuple(phrase)
    return tuple(token for word in phrase.split() for token in (word, " "))


_SIZES = [q for q in QUALIFIERS.values() if not q.verb and q.bound not in ("none", *RELATIONS)]
_HELD_BEFORE = sorted(
    map(
        _held,
        # The words that bound the figure after them: the qualifiers' that say its size (not the
        # verbs: ensure, reach, keep within; nor "or more", after it), a figure bound's, and a
        # difference from one's (至少).
        {
            *(q.en for q in _SIZES if not q.en.startswith("or ")),
            *(zh for q in _SIZES if q.position == "before" for zh in q.zh),
            *(en for en, _ in FIGURE_BOUNDS.values()),
            *(zh.split("{}")[0] for _, zh in FIGURE_BOUNDS.values() if not zh.startswith("{}")),
            *AT_LEAST_ZH,
        },
    ),
    key=lambda phrase: (-len(phrase), phrase),
)
"""Qualifiers held on the line of the figure after them (``about +5%``, ``不超过3%``)."""
_HELD_LAST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _HELD_BEFORE:
    _HELD_LAST.setdefault(_phrase[-2] if _phrase[-1] == " " else _phrase[-1], []).append(_phrase)
"""Each qualifier by its last word or character (the longest first): the only tokens before a
figure worth a closer look."""
_OR = (" ", "or", " ")
_TO = (" ", "to", " ")
"""Between the two figures of a range (+6% to 6.5%), held on one line as the range is."""
_HELD_AFTER = ("more", "less")
"""The last word of ``or more`` and ``or less`` after a figure, held on the figure's line."""
_FIGURE_START = frozenset("+-−0123456789")
_MAY_GROUP = _FIGURE_START | {word[0] for word in _HELD_AFTER}
"""How a token that may be held with those before it begins: a figure, or the "more" of "or more"."""
_MAY_HOLD = frozenset([*_HELD_LAST, "or", "to"])
"""The last word before such a token (but a space) where it may be."""
_HOLDS = re.compile(
    rf"\b(?:{'|'.join(sorted(w for w in _MAY_HOLD if w.isascii()))})\s+[+\-−]?\d"
    rf"|[{''.join(sorted(w for w in _MAY_HOLD if not w.isascii()))}][+\-−]?\d"
    rf"|\d\S*\s+or\s+(?:{'|'.join(_HELD_AFTER)})"
)
"""A text that holds a qualifier and its figure, as found fast (tables of thousands of rows read each
cell a few times): the few that do are looked at token by token."""


def _ends_with(found: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether the last tokens found are those of ``phrase`` (any space for a space)."""
    tail = found[-len(phrase) :]
    return len(tail) == len(phrase) and all(
        (token.isspace() if word == " " else token == word) for token, word in zip(tail, phrase, strict=True)
    )


def _digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _marked(text: str, *, spaced: bool = False) -> list[str]:
    """``text``'s tokens, where a qualifier and its figure are one token, its own tokens joined by
    ``_SOFT`` (``about +5%``, ``+13% or more``, ``约5%``): on one line where it fits one.
    ``spaced``: the tokens between two spaces are one (``Column.spaced``)."""
    found = _tokens(text)
    if not spaced:
        return found
    glued: list[str] = []
    for token in found:
        if glued and not token.isspace() and not glued[-1].isspace():
            glued[-1] += token
        else:
            glued.append(token)
    return glued


def _tokens(text: str) -> list[str]:
    """``_marked``'s tokens of ``text``, breaking between Chinese characters."""
    pieces = _TOKEN.findall(text)
    found: list[str] = []
    for piece in pieces:
        if found and (piece[0] in _CLOSING or found[-1][-1] in _OPENING):
            found[-1] += piece  # a closing mark stays with what it closes, an opening one with what follows
        elif piece[0].isalpha() and piece.isascii() and piece not in _STOP and _glued(found):
            space = found.pop()
            found[-1] += space + piece  # a number keeps its unit words: 6.5 billion yuan
        elif "_" in piece and _KEY.fullmatch(piece):
            found.append(_SOFT.join(_KEY_PART.findall(piece)))  # whole where it fits a line, else in parts
        else:
            found.append(piece)
    if _MAY_HOLD.isdisjoint(pieces) or _HOLDS.search(text) is None:  # most texts, looked at no further
        return found
    held: list[str] = []
    for token in found:
        may = (
            token[0] in _MAY_GROUP and held and held[-1 - (held[-1].isspace() and len(held) > 1)] in _MAY_HOLD
        )
        held.append(_group(held, token) if may else token)
    return held


def _group(found: list[str], piece: str) -> str:
    """``piece`` with the tokens before it that hold it (taken from ``found``), if any."""
    if piece[0] in _FIGURE_START:  # after a qualifier's last word
        last = found[-1 - (found[-1].isspace() and len(found) > 1)]
        phrase = next((p for p in _HELD_LAST.get(last, ()) if _ends_with(found, p)), ())
        if phrase:
            held = [" " if t.isspace() else t for t in found[-len(phrase) :]]
            del found[-len(phrase) :]
            return _SOFT.join([*held, piece])
        if _ends_with(found, _TO) and len(found) > 3 and _FIGURE.match(found[-4].split(_SOFT)[-1]):
            low = found[-4]  # +6% to 6.5%, about +6% to 6.5%
            del found[-4:]
            return _SOFT.join([low, *_TO, piece])
    elif piece.rstrip(",.;:!?)]}") in _HELD_AFTER and _ends_with(found, _OR) and _digit(found[-4]):
        figure = found[-4]  # +13% or more
        del found[-4:]
        return _SOFT.join([figure, " ", "or", " ", piece])
    return piece


def _pieces(token: str, width: int) -> list[str]:
    """A token as it fits a line: whole, or broken at its spaces (a figure and its unit words:
    ``1.06 million``, space, ``person-times``), or cut after its separators, or cut to the width."""
    if cell_len(token) <= width or token.isspace():
        return [token]
    if " " in token.strip():
        lines: list[str] = []
        for word in token.split():
            if lines and cell_len(f"{lines[-1]} {word}") <= width:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return [
            piece for n, line in enumerate(lines) for piece in (*([" "] if n else []), *_pieces(line, width))
        ]
    pieces: list[str] = []
    for part in re.findall(r"[^/?&=-]*[/?&=-]?", token):
        if not part:
            continue
        if pieces and cell_len(pieces[-1] + part) <= width:
            pieces[-1] += part
            continue
        while cell_len(part) > width:
            cut = max(1, width)
            pieces.append(part[:cut])
            part = part[cut:]
        pieces.append(part)
    return pieces


def _glued(found: list[str]) -> bool:
    """Whether the last tokens are a figure (or a figure and unit words) and a space."""
    return (
        len(found) >= 2
        and found[-1].isspace()
        and _FIGURE.match(found[-2]) is not None
        and found[-2][-1] not in _CLOSING
    )


def wrap(text: str, width: int, *, spaced: bool = False) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken only between tokens. A token wider than
    the whole line (a long address) is broken after its / ? & = or -, or else where it must; a
    qualifier and its figure go onto a line together where they fit one. ``spaced``: broken only
    at spaces where what lies between fits a line (``Column.spaced``)."""
    if cell_len(text) <= width and _RESPACED.search(text) is None:
        return [text.rstrip()]  # as the tokens would give it, and far sooner: most texts fit
    return _wrap(text, width, spaced=spaced)


_RESPACED = re.compile(r"^\s|\s\s|[^\S ]")
"""What ``_wrap`` changes of a text that fits its line: leading space, runs of spaces and any
space other than " " (a line break, a tab), each written as one " " or none."""


def _wrap(text: str, width: int, *, spaced: bool = False) -> list[str]:
    """``wrap``, token by token."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in (piece for whole in _marked(paragraph, spaced=spaced) for piece in _hold(whole, width)):
            if token.isspace():
                if line:
                    line += " "
                continue
            if line and cell_len(line + token) > width:
                lines.append(line.rstrip())
                line = ""
            line += token
        lines.append(line.rstrip())
    return lines


def _hold(token: str, width: int) -> list[str]:
    """A token as it fits a line: a group whole where it fits, else its tokens (``_pieces``)."""
    if _SOFT not in token:
        return _pieces(token, width)
    whole = token.replace(_SOFT, "")
    if cell_len(whole) <= width:
        return [whole]
    return [piece for part in token.split(_SOFT) for piece in _pieces(part, width)]


Grouped = tuple[list[int], int, list[int | tuple[int, ...]]]
"""A text with groups, measured: its widths with each group whole, the widest group, and each
token's width or each group's whole width and then its tokens'."""
Measured = list[int] | Grouped
"""A text's tokens as widths (a space 0), for ``_lines_needed``: a list of them, or ``Grouped``."""


def _measure(text: str, *, spaced: bool = False) -> Measured:
    """The widths of ``text``'s tokens (``Measured``)."""
    return _measured(_marked(text, spaced=spaced))


def _measured(found: list[str]) -> Measured:
    """``_measure`` of a text's tokens (``_marked``)."""
    if _SOFT not in "".join(found):  # most texts: no group
        return [0 if t.isspace() else cell_len(t) for t in found]
    entries: list[int | tuple[int, ...]] = []
    for token in found:
        if _SOFT in token:
            parts = [0 if t.isspace() else cell_len(t) for t in token.split(_SOFT)]
            entries.append((sum(w or 1 for w in parts), *parts))
        else:
            entries.append(0 if token.isspace() else cell_len(token))
    whole = [e if isinstance(e, int) else e[0] for e in entries]
    return whole, max(e[0] for e in entries if isinstance(e, tuple)), entries


def _widths(cell: Measured) -> list[int]:
    """Every token's width, groups or not."""
    if isinstance(cell, list):
        return cell
    return [w for entry in cell[2] for w in ((entry,) if isinstance(entry, int) else entry[1:])]


def _lines_needed(cells: list[list[int]], width: int) -> int:
    """How many lines the widest of some cells takes at ``width`` (each cell given as its widths
    at that width, ``_at``), wrapped as ``wrap`` wraps."""
    most = 0
    for cell in cells:
        lines, used = 1, 0
        for w in cell:
            if w == 0:  # a space: a place to break, one cell wide within a line
                used += 1 if used else 0
                continue
            if used and used + w > width:
                lines, used = lines + 1, 0
            used += w
        most = max(most, lines)
    return most


def _at(cell: Measured, width: int) -> list[int]:
    """A text's widths at ``width``: each group whole where it fits a line, else token by token."""
    if isinstance(cell, list):
        return cell
    whole, widest, entries = cell
    if widest <= width:
        return whole
    found: list[int] = []
    for entry in entries:
        if isinstance(entry, int):
            found.append(entry)
        else:
            found.extend(entry[:1] if entry[0] <= width else entry[1:])
    return found


def _least_width(
    column: Column, texts: list[str], widest: int, *, stretch: int = 1, outliers: int = 0
) -> int:
    """The narrowest width at which every cell of a wrapped column takes at most
    ``max_lines * stretch`` lines; ``outliers``: but so many rows' cells, which take more lines."""
    if outliers:
        return _bulk_width(column, texts, widest, stretch=stretch, outliers=outliers)
    # Each text once: a column of thousands of rows holds far fewer texts (a region's name, a year).
    measured = [_measure(text, spaced=column.spaced) for text in dict.fromkeys([column.header, *texts])]
    cells = [cell for cell in measured if isinstance(cell, list)]
    grouped = [cell for cell in measured if not isinstance(cell, list)]  # a few: laid out at each width
    low = max((w for cell in [*cells, *map(_widths, grouped)] for w in cell), default=1)
    high = widest
    while low < high:  # the number of lines only falls as the width grows
        middle = (low + high) // 2
        at = [_at(cell, middle) for cell in grouped]
        if max(_lines_needed(cells, middle), _lines_needed(at, middle)) <= column.max_lines * stretch:
            high = middle
        else:
            low = middle + 1
    return low


def _bulk_width(column: Column, texts: list[str], widest: int, *, stretch: int, outliers: int) -> int:
    """``_least_width`` where at most ``outliers`` rows' cells may take more lines than the rest, or
    hold a figure with its unit words wider than the column (``wrap`` breaks it at a space, never
    inside a word or number: ``1.06 million`` / ``person-times``)."""
    low = cell_len(column.header)
    measured: list[tuple[int, Measured, int]] = []  # each text's length, tokens and rows, longest first
    for text, n in collections.Counter(texts).items():
        found = _marked(text, spaced=column.spaced)
        # A token's words (a figure, a unit's word) are never split, in any cell.
        low = max([low, *(cell_len(word) for token in found for word in token.replace(_SOFT, " ").split())])
        measured.append((cell_len(text), _measured(found), n))
    measured.sort(key=lambda entry: -entry[0])
    high = max(widest, low)
    limit = column.max_lines * stretch

    def over(width: int) -> int:
        """How many rows' cells take more than ``limit`` lines at ``width``, or a wider token."""
        count = 0
        for length, cell, n in measured:
            if length <= width:  # this and every shorter text: on one line
                break
            at = _at(cell, width)
            if max(at, default=0) > width or _lines_needed([at], width) > limit:
                count += n
        return count

    while low < high:  # the rows over only fall as the width grows
        middle = (low + high) // 2
        if over(middle) <= outliers:
            high = middle
        else:
            low = middle + 1
    return low


def fit(
    table: Table,
    width: int,
    *,
    stretch: int = 1,
    one_line: bool = True,
    texts: list[list[str]] | None = None,
    outliers: int = 0,
    memo: dict[tuple[int, int, int], int] | None = None,
) -> tuple[list[int], list[int]] | None:
    """The columns to show and their widths, or None if even the essential columns cannot fit
    with each wrapped cell in ``max_lines * stretch`` lines; ``one_line``: rows on one line, the
    minor columns left out, where that is enough, before prose is wrapped. ``texts``: the cells'
    (``_texts``), if known. ``outliers``: how many rows' cells of a column may take more lines
    (``_bulk_width``), so that the bulk of a long table's rows decides its columns. ``memo``: the
    columns' least widths found so far, kept between calls on one table."""
    shown = list(range(len(table.columns)))
    cells = _texts(table) if texts is None else texts
    natural = _natural(table, cells)
    known: dict[tuple[int, int, int], int] = {} if memo is None else memo

    def least(i: int) -> int:
        """Column ``i``'s least width (a header is never wrapped: at least as wide as its header)."""
        column = table.columns[i]
        if not column.wrap:
            return natural[i]
        key = (i, stretch, outliers)
        if key not in known:
            found = _least_width(
                column, [row[i] for row in cells], natural[i], stretch=stretch, outliers=outliers
            )
            known[key] = max(found, cell_len(column.header))
        return known[key]

    # First choice: every row on one line, leaving out the least important columns (3 and up)
    # where that is enough; else wrap prose, leaving out columns only as they must go.
    trimmed = list(shown) if one_line else []
    while trimmed:
        if sum(natural[i] for i in trimmed) <= width - (3 * len(trimmed) - 1):
            return trimmed, [natural[i] for i in trimmed]
        minor = [i for i in trimmed if table.columns[i].priority >= _MINOR]
        if not minor:
            break
        trimmed.remove(max(minor, key=lambda i: (table.columns[i].priority, i)))
    while shown:
        room = width - (3 * len(shown) - 1)
        if sum(natural[i] for i in shown) <= room:
            return shown, [natural[i] for i in shown]
        if sum(map(least, shown)) <= room:
            return shown, _shrink(
                table, cells, shown, [natural[i] for i in shown], [*map(least, shown)], room
            )
        droppable = [i for i in shown if table.columns[i].priority > 0]
        if not droppable:
            return None
        shown.remove(max(droppable, key=lambda i: (table.columns[i].priority, i)))
    return None


_MINOR = 3
"""Columns of this priority and above are left out sooner than a row is wrapped."""


_STRETCH = 3
"""How many times its usual lines a wrapped cell may take before a table is shown as records."""


_OUTLIERS = 50
"""In a long table, one row in this many may have a cell that takes more lines (``_bulk_width``)."""


_EXACT_ROWS = 80
"""Up to this many rows, columns are narrowed where it costs the fewest extra lines; beyond, evenly."""


def _shrink(
    table: Table, cells: list[list[str]], shown: list[int], widths: list[int], least: list[int], room: int
) -> list[int]:
    """Narrow the wrapped columns from their natural widths until the table fits ``room``."""
    excess = sum(widths) - room
    if len(cells) > _EXACT_ROWS:
        while excess > 0:  # take from the wrapped column with most to spare
            spare, at = max((widths[k] - least[k], k) for k in range(len(widths)))
            step = min(excess, max(1, spare // 4))
            widths[at] -= step
            excess -= step
        return widths
    pieces = [[_measure(row[i], spaced=table.columns[i].spaced) for row in cells] for i in shown]
    memo: dict[tuple[int, int, int], int] = {}

    def lines(k: int, r: int, width: int) -> int:
        key = (k, r, width)
        if key not in memo:
            memo[key] = (
                _lines_needed([_at(pieces[k][r], width)], width) if table.columns[shown[k]].wrap else 1
            )
        return memo[key]

    def height(trial: list[int]) -> int:
        return sum(max(lines(k, r, trial[k]) for k in range(len(trial))) for r in range(len(cells)))

    while excess > 0:
        best: tuple[int, int, int] | None = None
        for k in range(len(widths)):
            if widths[k] > least[k]:
                trial = widths.copy()
                trial[k] -= 1
                cost = (height(trial), -(widths[k] - least[k]), k)
                best = cost if best is None or cost < best else best
        assert best is not None  # the least widths fit, so some column still has room to give
        widths[best[2]] -= 1
        excess -= 1
    return widths


def draw(
    blocks: Sequence[Block], *, width: int | None, color: bool, wide: bool = False, lang: str = "en"
) -> str:
    """Blocks as text, fitted to ``width`` columns (None: as wide as they need, nothing left out)."""
    return "".join(drawing(blocks, width=width, color=color, wide=wide, lang=lang))


def drawing(
    blocks: Sequence[Block], *, width: int | None, color: bool, wide: bool = False, lang: str = "en"
) -> Iterator[str]:
    """``draw``'s text in pieces, a long table ``_BATCH`` rows at a time: its first lines are out
    (``| head``) before its last are drawn."""
    pieces = _drawn(blocks, width=width, color=color, wide=wide, lang=lang)
    # rich pads every line to the table's width; a pipe or a file is better without it.
    return pieces if color else _trimmed(pieces)


_BATCH = 200
"""Rows of a table to a piece of output."""


def _drawn(
    blocks: Sequence[Block], *, width: int | None, color: bool, wide: bool, lang: str
) -> Iterator[str]:
    console = _console(color)
    texts = {n: _texts(b) for n, b in enumerate(blocks) if isinstance(b, Table)}
    fitted = width is not None and not wide
    layouts = {
        n: _layout(b, width, texts[n])
        for n, b in enumerate(blocks)
        if isinstance(b, Table) and width is not None and not wide
    }
    bars = "条形图" if lang == "zh" else "bars"  # the bars' column has no header
    hidden_in: dict[str, int] = {}  # each header left out, and of how many tables
    held_by: collections.Counter[str] = collections.Counter()  # how many tables have it
    for n, b in enumerate(blocks):
        if isinstance(b, Table):
            held_by.update({c.header or bars for c in b.columns})
            if (found := layouts.get(n)) is not None:
                left_out = {c.header or bars for i, c in enumerate(b.columns) if i not in found[0]}
                for header in sorted(left_out, key=[c.header or bars for c in b.columns].index):
                    hidden_in[header] = hidden_in.get(header, 0) + 1
    # A header another table shows (history's Wording, left out of its targets but shown with
    # its other results) says of how many tables it was left out.
    hidden = [
        header
        if k == held_by[header]
        else (
            f"{header}（{held_by[header]}个表中的{k}个）"
            if lang == "zh"
            else f"{header} (in {k} of {held_by[header]} tables)"
        )
        for header, k in hidden_in.items()
    ]
    last_table = max((n for n, b in enumerate(blocks) if isinstance(b, Table)), default=-1)
    for n, block in enumerate(blocks):
        if isinstance(block, Line):
            text = visible(block.text)
            for piece in (block.aside,) if isinstance(block.aside, str) else block.aside:
                if not piece or (width is not None and cell_len(text + piece) > width):
                    break
                text += visible(piece)
            lines = wrap(text, max(width, MIN_WIDTH)) if width else [text]
            yield _said(console, lines, block.style, color)
        elif not fitted:
            # As wide as the table needs: at rich's width of 100,000 cells, a table of a longer
            # wording (~75,000 Chinese characters) dropped its last columns without a word.
            # Each column as wide as its widest cell, given rather than measured again by rich.
            natural = _natural(block, texts[n])
            console.width = max(100_000, sum(w + 3 for w in natural))
            yield from _table(block, texts[n], list(range(len(block.columns))), natural, color, lang, console)
        elif (layout := layouts[n]) is None:
            # Plain lines (rich would write them as they are), a block a row.
            yield from _records(block, texts[n], max(width or 1, MIN_WIDTH))
        else:
            yield from _table(block, texts[n], *layout, color, lang, console)
        if n == last_table and hidden and width is not None:  # said once, for every table
            note = (
                f"（宽度{width}列，未显示：{'、'.join(hidden)}；--wide 显示全部列）"
                if lang == "zh"
                else f"({', '.join(hidden)} left out at {width} columns: --wide shows every column)"
            )
            yield _said(console, wrap(note, width), "dim", color)


def _said(console: Console, lines: list[str], style: str, color: bool) -> str:
    """Lines of text in ``style`` where there is colour; else as they are, as rich writes them
    (a source list of 800 lines took a quarter of a second through rich)."""
    if color:
        return _printed(console, *(Text(line, style=style) for line in lines))
    return "".join(f"{line}\n" for line in lines)


def _console(color: bool) -> Console:
    """A console that writes to a StringIO (``_printed`` takes what it wrote), in colour or not."""
    return Console(
        file=io.StringIO(),
        width=100_000,  # lines are fitted here, not by rich
        force_terminal=color,
        color_system="auto" if color else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
        force_jupyter=False,
        force_interactive=False,
        legacy_windows=False,
    )


def _trimmed(pieces: Iterable[str]) -> Iterator[str]:
    """Text with each line's trailing spaces and its last blank lines taken off, and one line break
    at the end (a blank line is held until a line of text follows it)."""
    held = 0
    said = False
    for piece in pieces:
        lines: list[str] = []
        for line in piece.splitlines():
            line = line.rstrip()
            if not line:
                held += 1
                continue
            lines.append("\n" * held + line + "\n")
            held = 0
        if lines:
            said = True
            yield "".join(lines)
    if not said:
        yield "\n"


def _texts(table: Table) -> list[list[str]]:
    """The text of each cell of a table's rows and total, as it is shown."""
    return [
        [visible(text_of(c), breaks=False) for c in row]
        for row in [*table.rows, *([table.total] if table.total else [])]
    ]


def _natural(table: Table, texts: list[list[str]]) -> list[int]:
    """Each column's width at its widest cell (or header)."""
    return [
        max([cell_len(column.header), *(cell_len(row[i]) for row in texts)])
        for i, column in enumerate(table.columns)
    ]


def _layout(table: Table, width: int, texts: list[list[str]]) -> tuple[list[int], list[int]] | None:
    """How a table fits ``width``; None where it is better shown a record at a time: the width is
    tiny, or fewer than half the columns would be left."""
    if width < MIN_WIDTH:
        return None
    memo: dict[tuple[int, int, int], int] = {}
    found = fit(table, width, texts=texts, memo=memo)
    if found is None or 2 * len(found[0]) < len(table.columns):
        # Taller rows before fewer columns: let prose wrap, onto more lines if need be. Rows kept
        # on one line by leaving out the minor columns can leave too few (projects in Chinese at
        # 80 columns: 3 of 8, shown as records where wrapping kept 5).
        for taller in (
            fit(table, width, one_line=False, texts=texts, memo=memo),
            fit(table, width, stretch=_STRETCH, one_line=False, texts=texts, memo=memo),
        ):
            if taller is not None and (found is None or len(taller[0]) > len(found[0])):
                found = taller
    if (found is None or 2 * len(found[0]) < len(table.columns)) and len(texts) > _EXACT_ROWS:
        # A long table whose few outlying cells (a long name, a figure with long unit words) hold
        # its columns too wide: its bulk decides them, and those cells take more lines.
        outliers = len(texts) // _OUTLIERS
        bulk = fit(table, width, stretch=_STRETCH, one_line=False, texts=texts, outliers=outliers, memo=memo)
        if bulk is not None and (found is None or len(bulk[0]) > len(found[0])):
            found = bulk
    if found is None or 2 * len(found[0]) < len(table.columns):
        return None
    return found


def _table(
    table: Table,
    texts: list[list[str]],
    shown: list[int],
    widths: list[int],
    color: bool,
    lang: str,
    console: Console,
) -> Iterator[str]:
    """A table as rich draws it: its title and header by rich, then its rows ``_BATCH`` at a time,
    each laid out here as rich lays it out (rich took 4 s over the 8,668 rows of every target)."""
    yield _printed(console, _rich(table, shown, widths, color, lang))
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    for start in range(0, len(rows), _BATCH):
        drawn: list[str] = []
        for r in range(start, min(start + _BATCH, len(rows))):
            total = table.total is not None and r == len(table.rows)
            if total and table.rows:  # rich's line between sections: its row of SIMPLE_HEAD, blank
                drawn.append(box.SIMPLE_HEAD.get_row([w + 2 for w in widths], "row", edge=False) + "\n")
            laid = _row(table, rows[r], texts[r], shown, widths, color, console, bold=total)
            if laid is None:  # a cell wider than its column: rich crops it, as before
                alone = _rich(
                    table,
                    shown,
                    widths,
                    color,
                    lang,
                    head=False,
                    rows=[] if total else [rows[r]],
                    total=rows[r] if total else None,
                )
                laid = _printed(console, alone)
            drawn.append(laid)
        yield "".join(drawn)


def _row(
    table: Table,
    row: list[Cell],
    texts: list[str],
    shown: list[int],
    widths: list[int],
    color: bool,
    console: Console,
    *,
    bold: bool,
) -> str | None:
    """A row's lines as rich draws them in a table of ``SIMPLE_HEAD`` with no edge: each cell
    padded by a space each side, a space between cells; None if a cell is wider than its column."""
    cells: list[list[str]] = []
    for n, i in enumerate(shown):
        column, width, plain = table.columns[i], widths[n], texts[i]
        lines = (
            wrap(plain, width, spaced=column.spaced)
            if width and column.wrap and cell_len(plain) > width
            else [plain]
        )
        if column.justify == "right":  # rich strips a right-justified line before padding it
            lines = [line.rstrip() for line in lines]
        spare = [width - cell_len(line) for line in lines]
        if min(spare) < 0:
            return None
        cell = row[i]
        if color and (bold or isinstance(cell, Styled | Marked)):
            painted = _cell(cell, width, column, color, bold=bold).split("\n", allow_blank=True)
            lines = ["".join(_ansi(console, segment) for segment in line.render(console)) for line in painted]
        if column.justify == "right":
            cells.append([" " * k + line for k, line in zip(spare, lines, strict=True)])
        else:
            cells.append([line + " " * k for k, line in zip(spare, lines, strict=True)])
    height = max(map(len, cells))
    blank = [" " * width for width in widths]
    return "".join(
        " " + "   ".join(cell[k] if k < len(cell) else blank[n] for n, cell in enumerate(cells)) + " \n"
        for k in range(height)
    )


def _ansi(console: Console, segment: Segment) -> str:
    """A segment as the console writes it: in its style's codes, if it has one."""
    text, style, _ = segment
    # The console's colour system, as it renders its own segments (console._render_buffer).
    return style.render(text, color_system=console._color_system) if style else text


def _printed(console: Console, *renderables: Text | RichTable) -> str:
    """What the console writes of ``renderables``, taken from its file (a StringIO)."""
    for renderable in renderables:
        console.print(renderable)
    out = console.file
    assert isinstance(out, io.StringIO)
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def _rich(
    table: Table,
    shown: list[int],
    widths: list[int],
    color: bool,
    lang: str = "en",
    *,
    head: bool = True,
    rows: Sequence[list[Cell]] = (),
    total: list[Cell] | None = None,
) -> RichTable:
    """A table for rich: its title and header (``head``), ``rows`` and a ``total`` row (bold)."""
    title = visible(table.title, breaks=False)
    across = sum(widths) + 3 * len(widths) - 1  # a cell's padding each side, a space between
    if lang == "zh" and cell_len(title) > across:
        # rich breaks a title with no spaces anywhere (2013、2\n014): break it as cells are broken.
        title = "\n".join(wrap(title, across))
    drawn = RichTable(
        title=Text(title, style="bold" if color else "") if head else None,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        show_header=head,
        header_style="bold" if color else "",
    )
    for n, i in enumerate(shown):
        column = table.columns[i]
        drawn.add_column(column.header, justify=column.justify, no_wrap=True, width=widths[n])

    def cells(row: list[Cell], *, bold: bool = False) -> Iterator[Text]:
        for n, i in enumerate(shown):
            yield _cell(row[i], widths[n], table.columns[i], color, bold=bold)

    for row in rows:
        drawn.add_row(*cells(row))
    if total is not None:
        if rows or head:
            drawn.add_section()
        drawn.add_row(*cells(total, bold=True))
    return drawn


def _cell(cell: Cell, width: int, column: Column, color: bool, *, bold: bool = False) -> Text:
    plain = visible(text_of(cell), breaks=False)
    lines = (
        wrap(plain, width, spaced=column.spaced)
        if width and column.wrap and cell_len(plain) > width
        else [plain]
    )
    text = Text("\n".join(lines))
    if not color:
        return text
    if isinstance(cell, Styled):
        text.stylize(cell.style)
    elif isinstance(cell, Marked) and cell.needle.strip():
        text.highlight_regex(
            re.compile(r"\s*".join(map(re.escape, cell.needle.strip())), re.IGNORECASE), "bold reverse"
        )
    if bold:
        text.stylize("bold")
    return text


def _records(table: Table, texts: list[list[str]], width: int) -> Iterator[str]:
    """A table as one block of ``Header: value`` lines per row, for a terminal too narrow for
    columns: its title, then a row's block at a time, each line ending with a line break."""
    yield "".join(f"{line}\n" for line in wrap(visible(table.title, breaks=False), width))
    for row in texts:
        lines = [""]
        for column, value in zip(table.columns, row, strict=True):
            if not value:
                continue
            colon = ": " if column.header.isascii() else "："  # a Chinese header takes the full-width colon
            first, *rest = wrap(f"{column.header}{colon}{value}", width - 2)
            lines.append(first)
            lines.extend(f"  {line}" for line in rest)
        yield "".join(f"{line}\n" for line in lines)
