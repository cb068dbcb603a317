"""Tests of the dataset models: what a record may and may not say."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from govtargets.models import DatasetFile, Project, Quantity, Target

BASE: dict[str, Any] = {"indicator": "gdp", "wording": "w"}


def _errors(model: type[Any], **fields: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(fields)
    return [str(e["msg"]) for e in caught.value.errors()]


def test_growth_target_needs_percent() -> None:
    """A growth rate in 亿元 is refused."""
    assert _errors(Target, **BASE, kind="growth", value=8, unit="亿元") == [
        "Value error, unit '亿元' does not fit a growth target"
    ]


def test_qualitative_target_has_no_number() -> None:
    """A qualitative target with a value is refused, and one without a qualifier too."""
    assert (
        "no value or unit" in _errors(Target, **BASE, kind="qualitative", value=1, qualifier="meet_quota")[0]
    )
    assert "needs a qualifier" in _errors(Target, **BASE, kind="qualitative")[0]


def test_count_must_be_whole_and_not_negative() -> None:
    """Counts are whole numbers; amounts and counts are not negative."""
    assert "whole number" in _errors(Target, **BASE, kind="count", value=Decimal("1.5"), unit="个")[0]
    assert "cannot be negative" in _errors(Target, **BASE, kind="amount", value=-1, unit="亿元")[0]


def test_growth_may_be_negative() -> None:
    """A target to shrink (energy use -3%) is allowed."""
    assert Target.model_validate({**BASE, "kind": "growth", "value": -3, "unit": "%"}).value == -3


def test_nan_and_infinity_are_refused() -> None:
    """TOML allows nan and inf; a figure does not."""
    for bad in (Decimal("nan"), Decimal("inf")):
        assert _errors(Quantity, value=bad, unit="亿元") == ["Input should be a finite number"]


def test_money_finer_than_a_yuan_is_refused() -> None:
    """An amount that is not a whole number of yuan cannot be given in yuan, so it is refused."""
    assert "not a whole number of yuan" in _errors(Quantity, value=Decimal("0.000000001"), unit="亿元")[0]


def test_unknown_unit_lists_the_known_ones() -> None:
    """An unknown unit says which units exist."""
    assert "known units: %, 元" in _errors(Quantity, value=1, unit="bananas")[0]


def test_unknown_field_is_an_error() -> None:
    """A misspelt field name is not dropped silently."""
    assert _errors(DatasetFile, regoins=[]) == ["Extra inputs are not permitted"]


def test_project_money_in_yuan() -> None:
    """A project's investment is in a yuan unit, so that it sums with the others."""
    errors = _errors(
        Project, id="p", name_zh="x", wording="w", planned_investment={"value": 1, "unit": "亿美元"}
    )
    assert "yuan unit" in errors[0]


def test_target_key_defaults_to_indicator() -> None:
    """A target without an id is known by its indicator."""
    target = Target.model_validate({**BASE, "kind": "growth", "value": 8, "unit": "%"})
    assert target.key == "gdp"
    assert Target.model_validate({**BASE, "id": "x", "kind": "growth", "value": 8, "unit": "%"}).key == "x"
