"""Tests of Rows: stored JSON rows that read as a list of dicts, parsed as they are read."""

from __future__ import annotations

import pytest

from govtargets.index.lazy import Rows

STORED = [b'{"id":"a","value":0.86}', b'{"id":"b","value":8}', b'{"id":"c","value":null}']


def test_rows_read_as_the_list_they_store() -> None:
    """Length, items, negative items, slices and iteration give the parsed rows, figures exact."""
    rows: Rows[dict[str, object]] = Rows(STORED)
    assert len(rows) == 3
    assert rows[0] == {"id": "a", "value": 0.86}
    assert rows[-1] == {"id": "c", "value": None}
    assert rows[1:] == [{"id": "b", "value": 8}, {"id": "c", "value": None}]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows == list(rows) == Rows(list(STORED))
    assert rows != Rows(STORED[:2])
    assert rows.stored == STORED
    assert rows.columns == [(), (), ()]


def test_each_reading_is_a_fresh_dict() -> None:
    """Changing a row read does not change the stored rows (a query may add to what it reads)."""
    rows: Rows[dict[str, object]] = Rows(STORED)
    first = rows[0]
    first["rank"] = 1
    assert rows[0] == {"id": "a", "value": 0.86}


def test_rows_are_not_hashable_as_a_list_is_not() -> None:
    """Equal to a list, so unhashable like one."""
    with pytest.raises(TypeError):
        hash(Rows(STORED))


def test_a_field_is_written_at_the_end_of_each_stored_row() -> None:
    """with_fields adds keys last to each row's text, in turn (figures and text as they were), an
    empty row included, and keeps what was selected beside the rows."""
    rows: Rows[dict[str, object]] = Rows([*STORED, b"{}", b'{"t":"\\"}"}'], [(1,), (2,), (3,), (4,), (5,)])
    ranked = rows.with_fields({"rank": [1, 1, None, 3, 4], "group": ["x", "x", "y", "y", "z"]})
    assert ranked.stored[0] == b'{"id":"a","value":0.86,"rank":1,"group":"x"}'
    assert list(ranked) == [
        {"id": "a", "value": 0.86, "rank": 1, "group": "x"},
        {"id": "b", "value": 8, "rank": 1, "group": "x"},
        {"id": "c", "value": None, "rank": None, "group": "y"},
        {"rank": 3, "group": "y"},
        {"t": '"}', "rank": 4, "group": "z"},
    ]
    with pytest.raises(ValueError, match="shorter"):
        rows.with_fields({"rank": [1, 2]})
    assert ranked.columns == rows.columns
    assert rows.stored[0] == STORED[0]


def test_chained_rows_stay_stored_unless_a_part_is_a_list() -> None:
    """chain joins stored rows unparsed; with a plain list among the parts, it gives a list."""
    joined = Rows.chain([Rows(STORED[:1]), Rows([]), Rows(STORED[1:])])
    assert isinstance(joined, Rows)
    assert joined.stored == STORED
    mixed = Rows.chain([Rows(STORED[:1]), [{"id": "z"}]])
    assert mixed == [{"id": "a", "value": 0.86}, {"id": "z"}]
    assert not isinstance(mixed, Rows)


def test_rows_stored_without_their_nulls_are_read_whole_in_order() -> None:
    """With a blank row, a row's null keys, left out of its text ([keys, values, an object]), are
    read back as nulls in the blank's order; a field added and rows chained keep the blank, and
    JSON Lines writes them whole."""
    from govtargets.output.write import _lines

    blank = dict.fromkeys(["id", "value", "unit"])
    stored = [b'[["unit"],["%"],{"id":"a"}]', b'[["id","value"],["b",2],{}]']
    rows: Rows[dict[str, object]] = Rows(stored, blank=blank)
    assert list(rows) == [{"id": "a", "value": None, "unit": "%"}, {"id": "b", "value": 2, "unit": None}]
    ranked = Rows.chain([rows.with_fields({"rank": [1, 2]}), Rows([], blank=blank)])
    assert list(ranked)[1] == {"id": "b", "value": 2, "unit": None, "rank": 2}
    assert b"".join(_lines(rows)) == b'{"id":"a","value":null,"unit":"%"}\n{"id":"b","value":2,"unit":null}\n'
