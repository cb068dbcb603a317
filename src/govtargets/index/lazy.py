"""Rows as the index stores them: JSON text, parsed one at a time as they are read."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

import orjson

T = TypeVar("T")


class Rows(Sequence[T]):
    """Served rows as the index stores them (JSON), each parsed only as it is read: a long
    list costs its text, not a dict a row. ``stored`` is that text; ``columns``, what the query
    selected beside each row. With a ``blank`` row (every key, in order, null), the stored text
    is an array, [keys, their values, an object], that leaves out the keys that are null: a row
    is the blank one updated with the object, then with each key's value (``store.SHARED``)."""

    __slots__ = ("blank", "columns", "stored")

    def __init__(
        self,
        stored: list[bytes],
        columns: list[tuple[Any, ...]] | None = None,
        *,
        blank: Mapping[str, None] | None = None,
    ) -> None:
        self.stored = stored
        self.columns: list[tuple[Any, ...]] = columns if columns is not None else [()] * len(stored)
        self.blank = blank

    def _parse(self, row: bytes) -> Any:
        if self.blank is None:
            return orjson.loads(row)
        keys, values, pairs = orjson.loads(row)
        found = {**self.blank, **pairs}
        found.update(zip(keys, values, strict=True))
        return found

    def __len__(self) -> int:
        return len(self.stored)

    @overload
    def __getitem__(self, at: int) -> T: ...
    @overload
    def __getitem__(self, at: slice) -> list[T]: ...
    def __getitem__(self, at: int | slice) -> T | list[T]:
        if isinstance(at, slice):
            return [self._parse(row) for row in self.stored[at]]
        found: T = self._parse(self.stored[at])
        return found

    def __iter__(self) -> Iterator[T]:
        return map(self._parse, self.stored)

    def with_fields(self, fields: Mapping[str, Sequence[Any]]) -> Rows[Any]:
        """These rows, each with fields more at its end (each key of ``fields`` in turn, its value
        from the key's sequence): written into the stored text (its object's, with a blank row),
        so that no row is parsed, each row's text made once, whatever the number of fields."""
        end = b"}" if self.blank is None else b"}]"
        names = [orjson.dumps(key) + b":" for key in fields]
        added = zip(*(map(orjson.dumps, values) for values in fields.values()), strict=True)
        return Rows(
            [
                b"".join(
                    (
                        row[: -len(end)],
                        b"" if row.endswith(b"{" + end) else b",",
                        b",".join(map(bytes.__add__, names, values)),
                        end,
                    )
                )
                for row, values in zip(self.stored, added, strict=True)
            ],
            self.columns,
            blank=self.blank,
        )

    @staticmethod
    def chain(parts: Sequence[Sequence[T]]) -> Sequence[T]:
        """The items of ``parts`` one after another: stored rows as they are stored, if every
        part is stored rows (JSON Lines writes them without parsing them)."""
        stored = [part for part in parts if isinstance(part, Rows)]
        if len(stored) == len(parts) and len({id(part.blank) for part in stored}) <= 1:
            return Rows(
                [row for part in stored for row in part.stored], blank=stored[0].blank if stored else None
            )
        return [item for part in parts for item in part]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows) and self.blank == other.blank:
            return self.stored == other.stored
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable as one

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"
