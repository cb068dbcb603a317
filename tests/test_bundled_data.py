"""Pin every figure of the bundled dataset to its source, so a wrong edit fails CI."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
import tomli

from govtargets.cache import bundled_data
from govtargets.index import Index
from govtargets.models import DatasetFile, Division, Region, Report, Source, Target

SOURCE = Path(__file__).parent / "data" / "source"
THREAD = (SOURCE / "jintan-2023-forum-thread.txt").read_text(encoding="utf-8")
SOURCE_README = (SOURCE / "README.md").read_text(encoding="utf-8")
SHARED = Path(__file__).parents[2] / "shared" / "source"

# (target key, indicator, kind, value, unit, qualifier, part_of, area), typed from the thread.
JINTAN = [
    ("gdp", "gdp", "growth", "8", "%", None, None, None),
    ("budget_revenue_growth", "budget_revenue", "growth", "10", "%", None, None, None),
    ("budget_revenue", "budget_revenue", "amount", "65", "亿元", "strive_for", None, None),
    ("fixed_asset_investment", "fixed_asset_investment", "growth", "6", "%", None, None, None),
    ("industrial_investment", "industrial_investment", "amount", "200", "亿元", None,
     "fixed_asset_investment", None),
    ("industrial_output", "industrial_output", "growth", "20", "%", None, None, None),
    ("industrial_taxable_sales", "industrial_taxable_sales", "amount", "3300", "亿元", None, None, None),
    ("foreign_capital", "foreign_capital", "qualitative", None, None, "steady_improve", None, None),
    ("foreign_trade", "foreign_trade", "qualitative", None, None, "steady_improve", None, None),
    ("work_safety_accidents", "work_safety_accidents", "qualitative", None, None, "keep_falling", None, None),
    ("work_safety_deaths", "work_safety_deaths", "qualitative", None, None, "keep_falling", None, None),
    ("energy_consumption", "energy_consumption", "qualitative", None, None, "meet_quota", None, None),
    ("environment", "environment", "qualitative", None, None, "meet_quota", None, None),
    ("projects_over_3e8", "investment_projects", "count", "37", "个", None, None, 1),
    ("projects_over_1e9", "investment_projects", "count", "11", "个", None, "projects_over_3e8", 1),
    ("projects_over_3e9", "investment_projects", "count", "4", "个", None, "projects_over_3e8", 1),
    ("projects_over_5e9", "investment_projects", "count", "2", "个", None, "projects_over_3e8", 1),
    ("foreign_funded_projects", "foreign_funded_projects", "count", "15", "个", "at_least", None, 1),
    ("german_speaking_projects", "german_speaking_projects", "count", "10", "个", "or_more", None, 2),
    ("waste_sorting_communities", "waste_sorting_communities", "count", "38", "个", None, None, 4),
    ("parking_spaces", "parking_spaces", "count", "1200", "个", None, None, 4),
    ("ev_charging_piles", "ev_charging_piles", "count", "260", "套", None, None, 4),
    ("village_sewage_administrative", "village_sewage_administrative", "count", "25", "个", None, None, 5),
    ("village_sewage_natural", "village_sewage_natural", "count", "218", "个", None, None, 5),
    ("sewage_pipes", "sewage_pipes", "amount", "80", "公里", None, None, 5),
    ("schools", "schools", "count", "9", "所", None, None, 6),
]  # fmt: skip

LIYANG = [
    ("gdp", "gdp", "growth", "6", "%", None, None, None),
    ("budget_revenue", "budget_revenue", "growth", "8", "%", None, None, None),
    ("fixed_asset_investment", "fixed_asset_investment", "growth", "6", "%", None, None, None),
    ("industrial_output", "industrial_output", "growth", "20", "%", None, None, None),
    ("retail_sales", "retail_sales", "growth", "6", "%", None, None, None),
    ("disposable_income", "disposable_income", "qualitative", None, None, "in_step_with_growth", None, None),
    ("foreign_capital", "foreign_capital", "qualitative", None, None, "meet_quota", None, None),
    ("energy_consumption", "energy_consumption", "qualitative", None, None, "meet_quota", None, None),
    ("environment", "environment", "qualitative", None, None, "meet_quota", None, None),
]  # fmt: skip

THRESHOLDS = {
    "projects_over_3e8": [("3", "亿元"), ("3000", "万美元")],
    "projects_over_1e9": [("10", "亿元"), ("1", "亿美元")],
    "projects_over_3e9": [("30", "亿元"), ("3", "亿美元")],
    "projects_over_5e9": [("50", "亿元"), ("5", "亿美元")],
}

# (name, total 亿元, planned 2023 亿元, production start, source of the total)
PROJECTS = [
    ("海目星激光科技园项目", "20", "4", None, "3sjt-6048891-3"),
    ("齐康原医疗诊断设备组装项目", None, "0.3", None, None),
    ("凯卓威减速机项目", "20", "6", 2024, "kaizhuowei-groundbreaking-news"),
    ("华罗庚创新中心", None, "0.86", None, None),
]


@dataclass
class Bundled:
    """The bundled file's validated records, by id."""

    sources: dict[str, Source]
    divisions: dict[str, Division]
    regions: dict[str, Region]
    reports: dict[str, dict[int, Report]]


@pytest.fixture(scope="module")
def data() -> Bundled:
    """The bundled dataset file, validated by the models (one file, so no merging needed)."""
    file = DatasetFile.model_validate(
        tomli.loads(Path(bundled_data()).read_text("utf-8"), parse_float=Decimal)
    )
    reports: dict[str, dict[int, Report]] = {}
    for report in file.reports:
        reports.setdefault(report.region, {})[report.year] = report
    return Bundled(
        sources={s.id: s for s in file.sources},
        divisions={d.code: d for d in file.divisions},
        regions={r.id: r for r in file.regions},
        reports=reports,
    )


def _report(bundled: Bundled, region: str) -> Report:
    assert list(bundled.reports[region]) == [2023]
    return bundled.reports[region][2023]


def _figures(target: Target) -> tuple[object, ...]:
    return (
        target.key,
        target.indicator,
        target.kind.value,
        None if target.value is None else str(target.value),
        target.unit,
        target.qualifier and target.qualifier.value,
        target.part_of,
        target.area,
    )


@pytest.mark.parametrize(("region", "expected"), [("jintan", JINTAN), ("liyang", LIYANG)])
def test_targets_match_the_thread(data: Bundled, region: str, expected: list[tuple[object, ...]]) -> None:
    """Each region holds exactly the targets of the thread, figure for figure, in order."""
    assert [_figures(t) for t in _report(data, region).targets] == expected


def test_thresholds_match_the_thread(data: Bundled) -> None:
    """The yuan-or-dollar thresholds of the project-count targets are carried exactly."""
    found = {
        t.key: [(str(a.value), a.unit) for a in t.threshold.amounts]
        for t in _report(data, "jintan").targets
        if t.threshold
    }
    assert found == THRESHOLDS


def test_every_wording_is_verbatim_from_its_source(data: Bundled) -> None:
    """Every target's and project's wording appears word for word in the thread."""
    for region in ("jintan", "liyang"):
        report = _report(data, region)
        for item in [*report.targets, *report.projects]:
            assert item.wording in THREAD, item.wording


def test_each_figure_stands_in_its_wording(data: Bundled) -> None:
    """The number of each numeric target is written in its own wording, with its unit."""
    for region in ("jintan", "liyang"):
        for target in _report(data, region).targets:
            if target.value is not None:
                assert f"{target.value}{target.unit}" in target.wording, target.wording


def test_sources_are_the_posts_of_the_thread(data: Bundled) -> None:
    """Targets cite the post they came from, with the thread's address and the post's time."""
    jintan, liyang = _report(data, "jintan"), _report(data, "liyang")
    posts = {jintan.source: 1, liyang.source: 2}
    for key, post in posts.items():
        source = data.sources[key]
        assert source.url == "https://bbs.3sjt.com/thread-6048891-1-1.html"
        assert source.post == post
    assert str(data.sources[jintan.source].posted) == "2023-01-04 19:11:41"
    assert str(data.sources[liyang.source].posted) == "2023-01-04 19:46:59"
    assert str(data.sources["3sjt-6048891-3"].posted) == "2023-01-06 23:52:21"
    for source in data.sources.values():
        if source.posted is not None and source.url:
            assert str(source.posted).replace("2023-01-0", "2023-1-") in THREAD


def test_jintan_gdp_outcome(data: Bundled) -> None:
    """Jintan's 2023 GDP grew 8.2% to 1302.92亿元, quoted from the 2024 work report."""
    gdp = _report(data, "jintan").targets[0]
    assert gdp.actual is not None
    assert gdp.actual.value == Decimal("8.2")
    assert gdp.actual.level is not None
    assert (str(gdp.actual.level.value), gdp.actual.level.unit) == ("1302.92", "亿元")
    assert gdp.actual.wording in SOURCE_README
    assert data.sources[gdp.actual.source].section == "2023年工作回顧"


def test_projects_match_the_thread(data: Bundled) -> None:
    """The four 两湖 projects carry their total, 2023 plan, start of production and sources."""
    found = [
        (
            p.name_zh,
            p.total_investment and str(p.total_investment.value),
            p.planned_investment and str(p.planned_investment.value),
            p.production_start,
            p.total_investment and (p.total_investment_source or p.source),
        )
        for p in _report(data, "jintan").projects
    ]
    assert found == PROJECTS
    for project in _report(data, "jintan").projects:
        assert project.zone_zh == "“两湖”创新区"
        for amount in (project.total_investment, project.planned_investment):
            assert amount is None or amount.unit == "亿元"


def test_regions_and_divisions(data: Bundled, bundled: Index) -> None:
    """Codes, levels and parents of the regions are those of the GB/T 2260 tables."""
    jintan, liyang = data.regions["jintan"], data.regions["liyang"]
    assert (jintan.code, jintan.name_zh, jintan.level.value, jintan.parent) == (
        "320413", "金坛区", "district", "320400")  # fmt: skip
    assert (liyang.code, liyang.name_zh, liyang.level.value, liyang.parent) == (
        "320481", "溧阳市", "county_city", "320400")  # fmt: skip
    changzhou, jiangsu = data.divisions["320400"], data.divisions["320000"]
    assert (changzhou.name_zh, changzhou.level.value, changzhou.parent) == ("常州市", "prefecture", "320000")
    assert (jiangsu.name_zh, jiangsu.level.value, jiangsu.parent) == ("江苏省", "province", None)
    assert bundled.region_id("320482") is None  # Jintan's pre-2015 code must not be used


def test_the_copy_of_the_source_is_current() -> None:
    """tests/data/source is an exact copy of the shared source material, where that is present."""
    if not SHARED.is_dir():
        pytest.skip("../shared/source is not beside this checkout")
    for path in SHARED.iterdir():
        assert (SOURCE / path.name).read_bytes() == path.read_bytes(), path.name


def test_bundled_data_is_inside_the_package_or_checkout() -> None:
    """The default dataset is found wherever govtargets runs from."""
    assert Path(bundled_data()).is_file()
