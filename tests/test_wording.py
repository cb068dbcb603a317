"""Tests of how figures, outcomes and regions read in Chinese and English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets.vocab import Kind, Qualifier
from govtargets.wording import figure_text, outcome_words, qualified, region_title, target_figure


@pytest.mark.parametrize(
    ("value", "unit", "zh", "en"),
    [
        ("8", "%", "8%", "8%"),
        ("65", "亿元", "65亿元", "6.5 billion yuan"),
        ("0.86", "亿元", "0.86亿元", "86 million yuan"),
        ("3300", "亿元", "3300亿元", "330 billion yuan"),
        ("3000", "万美元", "3000万美元", "30 million US dollars"),
        ("5000", "元", "5000元", "5,000 yuan"),
        ("1200", "个", "1200个", "1,200 items"),
        ("3", "万亩", "3万亩", "30,000 mu"),
        ("80", "公里", "80公里", "80 km"),
    ],
)
def test_figure_text(value: str, unit: str, zh: str, en: str) -> None:
    """A figure keeps its digits in Chinese and is counted out, exactly, in English."""
    assert figure_text(Decimal(value), unit, "zh") == zh
    assert figure_text(Decimal(value), unit, "en") == en


def test_growth_is_signed() -> None:
    """A growth rate shows its sign; a negative one keeps its minus."""
    assert figure_text(Decimal(8), "%", "en", signed=True) == "+8%"
    assert figure_text(Decimal("-1.5"), "%", "zh", signed=True) == "-1.5%"


@pytest.mark.parametrize(
    ("qualifier", "zh", "en"),
    [
        (Qualifier.STRIVE_FOR, "力争10个", "strive for 10 items"),
        (Qualifier.OR_MORE, "10个以上", "10 items or more"),
        (Qualifier.ABOUT, "10个左右", "about 10 items"),
        (Qualifier.WITHIN, "10个以内", "at most 10 items"),
    ],
)
def test_qualified(qualifier: Qualifier, zh: str, en: str) -> None:
    """Each language puts a qualifier's words where it puts them."""
    assert qualified(qualifier, "10个", "zh") == zh
    assert qualified(qualifier, "10 items", "en") == en


def test_qualitative_target() -> None:
    """A target with no figure reads as its qualifier, in either language."""
    parts = {"kind": Kind.QUALITATIVE, "value": None, "unit": None, "qualifier": Qualifier.STEADY_IMPROVE}
    assert target_figure(**parts, lang="zh") == "稳中提质"
    assert target_figure(**parts, lang="en") == "stable, with better quality"


def test_outcome_words() -> None:
    """Met or missed, by how much: percentage points for growth, the unit otherwise."""
    assert (
        outcome_words(status="met", difference=Decimal("0.2"), unit="个百分点", lang="en") == "met by 0.2 pp"
    )
    assert outcome_words(status="met", difference=Decimal("0.2"), unit="个百分点", lang="zh") == (
        "达标 +0.2个百分点"
    )
    assert outcome_words(status="missed", difference=Decimal(-2), unit="亿元", lang="en") == (
        "missed by 200 million yuan"
    )
    assert outcome_words(status="missed", difference=Decimal(-2), unit="亿元", lang="zh") == "未达标 -2亿元"


def test_region_title_in_chinese() -> None:
    """The Chinese title has no English in it."""
    region = {
        "code": "320413", "name_zh": "金坛区", "name_en": "Jintan District", "level": "district",
        "level_zh": "市辖区", "level_en": "district", "id": "jintan", "aliases": [], "source": None,
        "parents": [{"code": "320400", "name_zh": "常州市", "name_en": "Changzhou", "level": "prefecture",
                     "level_zh": "地级市", "level_en": "prefecture-level city"}],
    }  # fmt: skip
    assert region_title(region, "zh") == "金坛区(320413)，市辖区，常州市"  # type: ignore[arg-type]
