"""Tests of the rows a compiled index serves, built from validated records."""

from __future__ import annotations

from govtargets.dataset.shapes import TargetRow
from govtargets.index.rows import Context, target_row

CTX = Context(
    regions={
        "west": {"id": "west", "code": "990103", "name_zh": "西区", "name_en": "West", "level": "district"}
    },
    indicators={"gdp": {"key": "gdp", "name_zh": "地区生产总值", "name_en": "GDP", "unit": "亿元"}},
    sources={"r": {"id": "r", "title": "t", "publisher": "p"}},
)


def _row(value: str) -> TargetRow:
    target = {"indicator": "gdp", "kind": "growth", "value": value, "wording": f"增长{value}%"}
    return target_row(target, region="west", year=2023, report_source="r", ctx=CTX)


def test_a_figure_keeps_the_digits_typed_after_an_equal_one() -> None:
    """6.50 after 6.5 (equal as numbers) reads 6.50, not the text made for 6.5."""
    assert [_row(v)["figure_zh"] for v in ("6.5", "6.50", "8", "8.0")] == ["+6.5%", "+6.50%", "+8%", "+8.0%"]


def test_a_row_has_every_column_in_order() -> None:
    """The row's keys are TargetRow's, in its order; a target with no outcome has null outcome columns."""
    row = _row("6.5")
    assert list(row) == list(TargetRow.__annotations__)
    assert row["outcome"] is None
    assert row["actual"] is None
    assert (row["region_zh"], row["indicator_en"], row["unit"], row["figure_en"]) == (
        "西区",
        "GDP",
        "%",
        "+6.5%",
    )
