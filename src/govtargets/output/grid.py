"""What a table is, before it meets a terminal: titles, columns with priorities, and cells.

Table builders (tables.py) make these; draw.py fits them to a width. Nothing here imports
rich, so building a result's table costs nothing until it is drawn.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

# Named tuples rather than dataclasses: they cost a tenth as much to define, and every query
# that prints a table imports this module.


class Column(NamedTuple):
    """A column: its header, how soon it is left out when the terminal is narrow, and whether
    its cells are prose that may wrap (at word boundaries, or between Chinese characters)."""

    header: str
    priority: int = 0
    """0: always shown; higher numbers are left out first at narrow widths."""
    wrap: bool = False
    """Prose that may wrap (a key in it only after an underscore, where it is wider than the
    column); otherwise a cell is never split (figures, keys, codes, bars)."""
    max_lines: int = 2
    """A wrapped cell should take at most this many lines; the column is left out before that."""
    justify: Literal["left", "right"] = "left"
    spaced: bool = False
    """A wrapped cell breaks only at its spaces: what lies between two (a region's name, a figure
    with its qualifier, a Chinese goal: 稳中提质, 力争65亿元) stays on one line where it fits one."""


class Styled(NamedTuple):
    """Text in a style (``green``, ``bold``) when colour is on."""

    text: str
    style: str


class Marked(NamedTuple):
    """Text with every place that holds ``needle`` (in any case) highlighted."""

    text: str
    needle: str


Cell = str | Styled | Marked


class Table(NamedTuple):
    """A table of rows under a title, with an optional total row."""

    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    total: list[Cell] | None = None


class Line(NamedTuple):
    """A line of text between tables (a heading, a note, a source)."""

    text: str
    style: str = ""
    aside: str | tuple[str, ...] = ""
    """More words for the end of the line, shown only where they fit on it (an English title); a
    tuple: pieces shown in order as many as fit (a region's parents, nearest first)."""


Block = Table | Line


def text_of(cell: Cell) -> str:
    """A cell's plain text."""
    return cell if isinstance(cell, str) else cell.text
