"""Tests of pointing at records and fields in a TOML file."""

from __future__ import annotations

from govtargets.dataset.places import Locator, describe_field, describe_record, split_loc

TEXT = """format = 2
[[reports]]
region = "a"
year = 2023
[[reports.targets]]
indicator = "gdp"
value = 1
[[reports.targets]]
indicator = "x"
value = 2
[[reports]]
region = "b"
[[reports.targets]]
value = 3
[[outcomes]]
growth = 1
"""


def test_records_and_fields_by_line() -> None:
    """The second target of the first report, its value; the second report's first target."""
    locator = Locator(TEXT)
    assert locator.find(("reports", 0, "targets", 1), ("value",)) == 10
    assert locator.find(("reports", 1, "targets", 0), ("value",)) == 14
    assert locator.find(("reports", 1, "targets", 1)) == 11  # no such target: the report's header
    assert locator.find(("outcomes", 0), ("growth",)) == 16


def test_many_lookups_stay_fast() -> None:
    """Pointing at 20,000 records of one report takes about as long as reading them."""
    text = "[[reports]]\nregion = 'a'\n" + "[[reports.targets]]\nvalue = 1\n" * 20000
    locator = Locator(text)
    assert [locator.find(("reports", 0, "targets", n), ("value",)) for n in range(0, 20000, 1000)][
        -1
    ] == 2 * 19000 + 4


def test_names_of_records_and_fields() -> None:
    """report a 2023, target gdp; field threshold.amounts[0].unit."""
    raw = {"reports": [{"region": "a", "year": 2023, "targets": [{"indicator": "gdp"}]}]}
    assert describe_record(raw, ("reports", 0, "targets", 0)) == "report a 2023, target gdp"
    assert describe_field(("threshold", "amounts", 0, "unit")) == "threshold.amounts[0].unit"
    assert split_loc(("reports", 0, "targets", 2, "value")) == (("reports", 0, "targets", 2), ("value",))
