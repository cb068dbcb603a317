"""Results in words: the review says the year's target of a named indicator was met or missed
(docs/format.md, A result in words; docs/extract.md, Results in words)."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

from govtargets.extract.draft import as_json, as_toml, extract
from govtargets.extract.stated import asked
from govtargets.index.store import Index
from tests.test_extract import _report

QUOTA = asked("qualitative", "meet_quota")
FIGURE = asked("decline", None)


def _stated(bundled: Index, review: str, asks: dict[str, str]) -> dict[str, tuple[Any, ...]]:
    """Each result (growth, stated, estimate, wording) drafted from ``review``, the data's report of
    the year before having targeted ``asks`` (indicator: what its target asked)."""
    draft = extract(
        _report("地区生产总值增长5%。", review),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: asks,
    )
    return {
        o["indicator"] or "": (o["growth"], o["stated"], o["estimate"], o["wording"])
        for o in as_json(draft)["outcomes"]
        if o["indicator"] != "gdp"
    }


def test_energy_saving_names_the_energy_and_emission_targets(bundled: Index) -> None:
    """节能减排完成年度任务: each energy and emission target of the year before met, with no figure."""
    asks = {"energy_intensity": QUOTA, "so2_emissions": QUOTA, "exports": QUOTA}
    said = "节能减排完成年度任务"
    assert _stated(bundled, f"地区生产总值增长6%。{said}。", asks) == {
        "energy_intensity": (None, "met", False, said),
        "so2_emissions": (None, "met", False, said),
    }


def test_a_named_indicator_met_or_missed(bundled: Index) -> None:
    """单位生产总值能耗下降完成国家下达的目标; 出口总额未完成年度目标: each one named, met or missed."""
    review = "地区生产总值增长6%。单位生产总值能耗下降完成国家下达的目标，出口总额未完成年度目标。"
    assert _stated(bundled, review, {"energy_intensity": QUOTA, "exports": FIGURE}) == {
        "energy_intensity": (None, "met", False, "单位生产总值能耗下降完成国家下达的目标"),
        "exports": (None, "missed", False, "出口总额未完成年度目标"),
    }


def test_the_states_quota_does_not_judge_a_figure(bundled: Index) -> None:
    """节能减排完成国家下达的目标任务 against 下降2%: the state's quota, not the report's own figure;
    a claim on the expected targets (控制在预期目标以内) leaves a figure to its figures too."""
    review = "地区生产总值增长6%。节能减排完成国家下达的目标任务，城镇调查失业率控制在预期目标以内。"
    assert _stated(bundled, review, {"so2_emissions": FIGURE, "surveyed_unemployment": FIGURE}) == {}


def test_the_targets_figure_repeated_is_no_result(bundled: Index) -> None:
    """万元地区生产总值综合能耗首次实现下降5.6%的目标: stated met, the 5.6% the target's, no growth."""
    said = "万元地区生产总值综合能耗首次实现下降5.6%的目标"
    assert _stated(bundled, f"地区生产总值增长6%。{said}。", {"energy_intensity": FIGURE}) == {
        "energy_intensity": (None, "met", False, said)
    }


def test_a_forecast_is_stated_as_an_estimate(bundled: Index) -> None:
    """预计可完成…; 可望完成年度目标任务: a claim about a year not yet counted, estimate = true."""
    review = (
        "地区生产总值增长6%。预计可完成国家下达的单位生产总值能耗控制目标。"
        "化学需氧量排放量可望完成年度目标任务。"
    )
    assert _stated(bundled, review, {"energy_intensity": QUOTA, "cod_emissions": QUOTA}) == {
        "energy_intensity": (None, "met", True, "预计可完成国家下达的单位生产总值能耗控制目标"),
        "cod_emissions": (None, "met", True, "化学需氧量排放量可望完成年度目标任务"),
    }


def test_figures_beside_a_claim_judge(bundled: Index) -> None:
    """单位生产总值能耗下降5%，超额完成节能减排任务: the figure is the result; the other emission
    targets, given none, are stated met."""
    review = "地区生产总值增长6%。单位生产总值能耗下降5%，超额完成节能减排任务。"
    assert _stated(bundled, review, {"energy_intensity": FIGURE, "so2_emissions": QUOTA}) == {
        "energy_intensity": (D(-5), None, False, "单位生产总值能耗下降5%"),
        "so2_emissions": (None, "met", False, "超额完成节能减排任务"),
    }


def test_claims_that_judge_no_one_target_are_none(bundled: Index) -> None:
    """A claim for all the targets (全面完成主要目标任务), a hedged one (基本完成), one of five years
    (“十一五”), one set apart (除…外), one on a piece of work (…改革任务), and one on a goal not a quota
    (保持全国领先水平) are none."""
    review = (
        "地区生产总值增长6%。全面完成主要目标任务。节能减排基本完成年度任务。生态环境领域改革年度任务顺利完成。"
        "“十一五”节能减排目标全面完成。除氮氧化物外，完成年度主要污染物减排任务。"
        "二氧化硫排放量完成年度目标。"
    )
    asks = {
        "energy_intensity": QUOTA,
        "nox_emissions": QUOTA,
        "environment": QUOTA,
        "so2_emissions": asked("qualitative", None),
    }
    assert _stated(bundled, review, asks) == {}


def test_the_toml_draft_gives_what_was_stated(bundled: Index) -> None:
    """A result in words is an [[outcomes]] record with stated and no figure, as docs/format.md has it."""
    draft = extract(
        _report("地区生产总值增长5%。", "地区生产总值增长6%。节能减排完成年度任务。"),
        indicators=bundled.indicators(),
        regions=bundled.regions(),
        region="jintan",
        targeted=lambda region, year: {"energy_intensity": QUOTA},
    )
    assert (
        '[[outcomes]]\nregion = "jintan"\nyear = 2023\nindicator = "energy_intensity"\nstated = "met"\n'
        'wording = "节能减排完成年度任务"\n'
    ) in as_toml(draft, source_name="r.md")


def test_a_sentence_that_sets_targets_claims_nothing(bundled: Index) -> None:
    """今后5年…主要预期目标是：…主要污染物排放完成国家下达任务 (ningxia-2021's plan): asked, not claimed."""
    review = "地区生产总值增长6%。今后5年，主要预期目标是：地区生产总值年均增长6%左右，主要污染物排放完成国家下达任务。"
    assert _stated(bundled, review, {"pollutant_reduction": QUOTA}) == {}
