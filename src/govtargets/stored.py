"""Rows as the index stores them: JSON text, parsed one at a time as they are read."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar, overload

import orjson

T = TypeVar("T")


class Rows(Sequence[T]):
    """Served rows as the index stores them (JSON), each parsed only as it is read: a long
    list costs its text, not a dict a row. ``stored`` is that text, to be written as it is;
    ``columns``, what the query selected beside each row."""

    __slots__ = ("columns", "stored")

    def __init__(self, stored: list[bytes], columns: list[tuple[Any, ...]] | None = None) -> None:
        self.stored = stored
        self.columns: list[tuple[Any, ...]] = columns if columns is not None else [()] * len(stored)

    def __len__(self) -> int:
        return len(self.stored)

    @overload
    def __getitem__(self, at: int) -> T: ...
    @overload
    def __getitem__(self, at: slice) -> list[T]: ...
    def __getitem__(self, at: int | slice) -> T | list[T]:
        if isinstance(at, slice):
            return [orjson.loads(row) for row in self.stored[at]]
        found: T = orjson.loads(self.stored[at])
        return found

    def __iter__(self) -> Iterator[T]:
        return map(orjson.loads, self.stored)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows):
            return self.stored == other.stored
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable as one

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"
