"""Tests of the fixed vocabularies."""

from __future__ import annotations

from govtargets.vocab import KIND_DIMENSIONS, LEVEL_NAMES, QUALIFIERS, UNITS, Kind, Level, Qualifier


def test_every_qualifier_and_level_has_both_languages() -> None:
    """Each qualifier and level has Chinese and English wording."""
    assert set(QUALIFIERS) == set(Qualifier)
    assert all(info.zh and info.en for info in QUALIFIERS.values())
    assert set(LEVEL_NAMES) == set(Level)


def test_money_units_convert_to_whole_currency() -> None:
    """亿元 is 10^8 yuan, 万美元 10^4 dollars; every money unit has a currency."""
    assert (UNITS["亿元"].factor, UNITS["亿元"].currency) == (10**8, "CNY")
    assert (UNITS["万美元"].factor, UNITS["万美元"].currency) == (10**4, "USD")
    assert all(u.currency for u in UNITS.values() if u.dimension == "money")


def test_every_kind_has_its_dimensions() -> None:
    """Each kind of target says which units fit it; a qualitative target has none."""
    assert set(KIND_DIMENSIONS) == set(Kind)
    assert KIND_DIMENSIONS[Kind.QUALITATIVE] == frozenset()
