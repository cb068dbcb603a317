"""Tests of pointing a problem at its record and line."""

from __future__ import annotations

from govtargets.locate import describe_field, describe_record, find_line, split_loc

TEXT = """format = 1

[[regions]]
id = "a"

[[reports]]
region = "a"
year = 2023

[[reports.targets]]
indicator = "gdp"

[[reports.targets]]
indicator = "cpi"
value = 3

[[reports]]
region = "a"
year = 2024

[[reports.targets]]
indicator = "gdp"
"""
RAW = {
    "regions": [{"id": "a"}],
    "reports": [
        {"region": "a", "year": 2023, "targets": [{"indicator": "gdp"}, {"indicator": "cpi", "value": 3}]},
        {"region": "a", "year": 2024, "targets": [{"indicator": "gdp"}]},
    ],
}


def test_find_line_of_a_field_in_a_nested_record() -> None:
    """The second target of the first report has its value on line 15."""
    assert find_line(TEXT, ("reports", 0, "targets", 1), ("value",)) == 15


def test_find_line_falls_back_to_the_header() -> None:
    """A field that is not written (a missing one) points at its record's header."""
    assert find_line(TEXT, ("reports", 1, "targets", 0), ("wording",)) == 21
    assert find_line(TEXT, ("reports", 1)) == 17


def test_find_line_of_a_top_level_key() -> None:
    """A top-level key is found before the first table."""
    assert find_line(TEXT, (), ("format",)) == 1


def test_find_line_for_a_record_not_written_as_a_table() -> None:
    """A record that has no header of its own (an inline array) has no line."""
    assert find_line('regions = [{ id = "a" }]\n', ("regions", 0), ("id",)) is None


def test_describe_record_and_field() -> None:
    """Records are named by their identifying fields, fields by their path."""
    record, field = split_loc(("reports", 0, "targets", 1, "threshold", "amounts", 0, "unit"))
    assert record == ("reports", 0, "targets", 1)
    assert describe_record(RAW, record) == "report a 2023, target cpi"
    assert describe_field(field) == "threshold.amounts[0].unit"
    assert describe_record(RAW, ("reports", 5)) == "report #6"
