"""Pin every figure of the bundled data to its source, so that a wrong edit fails CI.

The seed (Jintan and Liyang, 2023) is pinned figure by figure to the forum thread, in tables
typed from it. The province and its cities are pinned to the passages of their reports (data/passages,
written by tests/passages.py): every wording is a verbatim substring of its passage, every
passage line stands in its full text (where ../shared/source is beside the checkout), every
figure is written in its wording, and the figures as a whole match tests/data/bundled_figures.json (python -m tests.test_bundled_data rewrites
it after an edit that was meant, for the diff to be read).
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import tomli

from govtargets.dataset.files import bundled_data
from govtargets.dataset.reading import bound_words_at as _bound_words_at
from govtargets.dataset.vocab import TURNED

from .conftest import DATA, SOURCE
from .passages import PASSAGES as PASSAGE_DIR
from .passages import body, header, passage_path

THREAD = (SOURCE / "jintan-2023-forum-thread.txt").read_text(encoding="utf-8")
SOURCE_README = (SOURCE / "README.md").read_text(encoding="utf-8")
SHARED = Path(__file__).parents[2] / "shared" / "source"
FIGURES = DATA / "bundled_figures.json"
REGION_FILES = sorted((Path(bundled_data()) / "regions").glob("*.toml"))


_BOUND_WORDS = {
    "at_least": ("以上", "不低于", "不少于"),
    "more_than": ("突破", "超过", "超", "迈上", "跨上"),
    "at_most": ("以内", "以下", "之内", "不超过", "不高于"),
    "less_than": ("低于", "小于", "不到", "不足"),
}
"""The words that give each bound of a figure not negative (下降3%以上, growth -3 at most: 以上)."""


@cache
def _load(path: Path) -> dict[str, Any]:
    return tomli.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)


SEED = Path(bundled_data()) / "targets.toml"

# (target key, indicator, kind, value, unit, qualifiers, goal, part_of, area), typed from the thread.
JINTAN = [
    ("gdp", "gdp", "growth", "8", None, [], None, None, None),
    ("budget_revenue_growth", "budget_revenue", "growth", "10", None, [], None, None, None),
    ("budget_revenue", "budget_revenue", "level", "65", "亿元", ["力争"], None, None, None),
    ("fixed_asset_investment", "fixed_asset_investment", "growth", "6", None, [], None, None, None),
    ("industrial_investment", "industrial_investment", "level", "200", "亿元", [], None, "fixed_asset_investment", None),
    ("industrial_output", "industrial_output", "growth", "20", None, [], None, None, None),
    ("industrial_taxable_sales", "industrial_taxable_sales", "level", "3300", "亿元", [], None, None, None),
    ("foreign_capital", "foreign_capital", "qualitative", None, None, [], "稳中提质", None, None),
    ("foreign_trade", "foreign_trade", "qualitative", None, None, [], "稳中提质", None, None),
    ("work_safety_accidents", "work_safety_accidents", "qualitative", None, None, [], "持续下降", None, None),
    ("work_safety_deaths", "work_safety_deaths", "qualitative", None, None, [], "持续下降", None, None),
    ("energy_consumption", "energy_consumption", "qualitative", None, None, [], "完成上级下达任务", None, None),
    ("environment", "environment", "qualitative", None, None, [], "完成上级下达任务", None, None),
    ("projects_over_3e8", "investment_projects", "level", "37", "个", [], None, None, 1),
    ("projects_over_1e9", "investment_projects", "level", "11", "个", [], None, "projects_over_3e8", 1),
    ("projects_over_3e9", "investment_projects", "level", "4", "个", [], None, "projects_over_3e8", 1),
    ("projects_over_5e9", "investment_projects", "level", "2", "个", [], None, "projects_over_3e8", 1),
    ("foreign_funded_projects", "foreign_funded_projects", "level", "15", "个", ["不少于"], None, None, 1),
    ("german_speaking_projects", "german_speaking_projects", "level", "10", "个", ["以上"], None, None, 2),
    ("waste_sorting_communities", "waste_sorting_communities", "level", "38", "个", [], None, None, 4),
    ("parking_spaces", "parking_spaces", "level", "1200", "个", [], None, None, 4),
    ("ev_charging_piles", "ev_charging_piles", "level", "260", "套", [], None, None, 4),
    ("village_sewage_administrative", "village_sewage_administrative", "level", "25", "个", [], None, None, 5),
    ("village_sewage_natural", "village_sewage_natural", "level", "218", "个", [], None, None, 5),
    ("sewage_pipes", "sewage_pipes", "level", "80", "公里", [], None, None, 5),
    ("schools", "schools", "level", "9", "所", [], None, None, 6),
]  # fmt: skip

LIYANG = [
    ("gdp", "gdp", "growth", "6", None, [], None, None, None),
    ("budget_revenue", "budget_revenue", "growth", "8", None, [], None, None, None),
    ("fixed_asset_investment", "fixed_asset_investment", "growth", "6", None, [], None, None, None),
    ("industrial_output", "industrial_output", "growth", "20", None, [], None, None, None),
    ("retail_sales", "retail_sales", "growth", "6", None, [], None, None, None),
    ("disposable_income", "disposable_income", "relative", None, None, ["保持同步"], None, None, None),
    ("foreign_capital", "foreign_capital", "qualitative", None, None, [], "完成上级下达任务", None, None),
    ("energy_consumption", "energy_consumption", "qualitative", None, None, [], "完成上级下达任务", None, None),
    ("environment", "environment", "qualitative", None, None, [], "完成上级下达任务", None, None),
]  # fmt: skip

THRESHOLDS = {
    "projects_over_3e8": [("3", "亿元"), ("3000", "万美元")],
    "projects_over_1e9": [("10", "亿元"), ("1", "亿美元")],
    "projects_over_3e9": [("30", "亿元"), ("3", "亿美元")],
    "projects_over_5e9": [("50", "亿元"), ("5", "亿美元")],
}

# (name, total 亿元, planned 2023 亿元, production start, expected, source of the total)
PROJECTS = [
    ("海目星激光科技园项目", "20", "4", None, None, None),
    ("齐康原医疗诊断设备组装项目", None, "0.3", None, None, None),
    ("凯卓威减速机项目", "20", "6", 2024, True, "kaizhuowei-groundbreaking-news"),
    ("华罗庚创新中心", None, "0.86", None, None, None),
]


def _report(region: str) -> dict[str, Any]:
    (report,) = [r for r in _load(SEED)["reports"] if r["region"] == region]
    return report


@pytest.mark.parametrize(("region", "expected"), [("jintan", JINTAN), ("liyang", LIYANG)])
def test_seed_targets_match_the_thread(region: str, expected: list[tuple[Any, ...]]) -> None:
    """Every seed target's figure, unit, qualifiers, goal and place, as typed from the thread."""
    found = []
    for t in _report(region)["targets"]:
        value = None if "value" not in t else str(t["value"])
        found.append(
            (
                t.get("id", t["indicator"]),
                t["indicator"],
                t["kind"],
                value,
                t.get("unit"),
                t.get("qualifiers", []),
                t.get("goal"),
                t.get("part_of"),
                t.get("area"),
            )
        )
        assert t["wording"] in THREAD, t["wording"]
    assert found == expected


def test_seed_thresholds_and_projects() -> None:
    """The project-count thresholds, and the four projects' amounts (0.86 stays 0.86)."""
    targets = {t.get("id"): t for t in _report("jintan")["targets"]}
    for key, amounts in THRESHOLDS.items():
        assert [(str(a["value"]), a["unit"]) for a in targets[key]["threshold"]["amounts"]] == amounts
    found = []
    for p in _report("jintan")["projects"]:
        start = p.get("production_start", {})
        total = p.get("total_investment")
        found.append(
            (
                p["name_zh"],
                total and str(total["value"]),
                str(p["planned_investment"]["value"]),
                start.get("year"),
                start.get("expected"),
                p.get("total_investment_source"),
            )
        )
        assert p["wording"] in THREAD
    assert found == PROJECTS


def test_seed_outcome_and_the_mended_sources() -> None:
    """Jintan's 2023 GDP outcome from its 2024 report; the sources as the audit mended them."""
    seed = _load(SEED)
    (outcome,) = [o for o in seed["outcomes"] if o["region"] == "jintan"]
    assert (outcome["growth"], outcome["level"], outcome["level_unit"]) == (
        Decimal("8.2"),
        Decimal("1302.92"),
        "亿元",
    )
    assert "1302.92亿元,增长8.2%" in SOURCE_README
    sources = {s["id"]: s for s in seed["sources"]}
    assert sources["jintan-gwr-2024"]["section"] == "2023年工作回顾"
    cri = sources["cri-2023-09-27"]
    assert (cri["title"], cri["posted"].isoformat()) == (
        "创新驱动激活人才引擎 常州金坛启用华罗庚创新中心",
        "2023-09-27",
    )
    assert "CRI Online" in cri["publisher"]
    assert "unverified" in sources["kaizhuowei-groundbreaking-news"]
    assert "unverified" in sources["hymson-filings"]


def _written(value: Decimal | int) -> str:
    """A figure as a report writes it: 6, 5.5, 1360."""
    return format(Decimal(value).normalize(), "f")


def _as_read(wording: str) -> str:
    """A wording with a full stop typed for a decimal point read as one (财政总收入增长9。5％, hunan 2003)."""
    return re.sub(r"(?<=\d)。(?=\d)", ".", wording)


def _passage(source: str) -> str:
    return passage_path(source).read_text(encoding="utf-8")


PASSAGES = sorted(PASSAGE_DIR.glob("*.md"))


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_every_record_is_in_its_passage(path: Path) -> None:
    """Every wording is a verbatim substring of its report's passage, and holds every figure of its
    record (but a figure a person read and marked checked not-in-wording); a figure it gives as
    a bound, and only such a one, is marked with that bound."""
    data = _load(path)
    for report in data["reports"]:
        text = _passage(report["source"])
        for target in report.get("targets", []):
            assert target["wording"] in text, target["wording"]
            if "not-in-wording" in target.get("checked", []):  # read by a person: 6 5 0亿元
                continue
            for name in ("value", "value_high", "margin", "margin_high"):
                if name in target:
                    assert _written(abs(target[name])) in _as_read(target["wording"])  # 下降7%: -7
    for outcome in data.get("outcomes", []):
        text = _passage(outcome["source"])
        assert outcome["wording"] in text, outcome["wording"]
        assert outcome.get("stated_wording", "") in text, outcome["stated_wording"]
        assert outcome["year"] == int(outcome["source"].rsplit("-", 1)[1]) - 1
        for name in ("growth", "level", "change_pp"):
            if name not in outcome:
                continue
            if "not-in-wording" not in outcome.get("checked", []):  # read by a person: 增长23. 9%
                assert _written(abs(outcome[name])) in outcome["wording"], (name, outcome["wording"])
            unit = {"growth": "%", "change_pp": "个百分点"}.get(name, outcome.get("level_unit", ""))
            places = _bound_words_at(outcome["wording"], outcome[name], unit)
            if f"{name}_bound" in outcome:  # a bound the report words at that figure, turned for a fall
                bound = outcome[f"{name}_bound"]
                words = set(_BOUND_WORDS[TURNED[bound] if outcome[name] < 0 else bound])
                assert any(place & words for place in places), (name, bound, outcome["wording"])
            else:  # a figure the wording gives only as a bound is marked so (docs/format.md, Outcomes)
                assert not places or not all(places), (name, places, outcome["wording"])


@pytest.mark.parametrize(
    ("wording", "value", "unit", "places"),
    [
        ("城镇居民人均可支配收入、农民人均纯收入分别增长13%和15%以上", "13", "%", [{"以上"}]),
        ("城乡居民人均可支配收入突破5万元和2万元，分别增长6.5%和10%左右", "2", "万元", [{"突破"}]),
        ("居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内", "3", "%", [{"以内"}]),
        ("全省地区生产总值突破6万亿元，增长6%", "6", "%", [set()]),
        ("全省地区生产总值突破6万亿元，增长6%", "6", "万亿元", [{"突破"}]),
        ("全省地区生产总值增长3.2%，规模以上工业增加值增长7.1%", "3.2", "%", [set()]),
        ("城乡居民人均可支配收入分别增长6%左右、6%以上", "6", "%", [set(), {"以上"}]),
        ("人口自然增长率控制在6.5%。以内", "6.5", "‰", [{"以内"}]),
        ("全省地区生产总值增长5.3%，十年来首次超过全国增速，总量突破3万亿", "3", "万亿元", [{"突破"}]),
        ("预计全省生产总值突破2万亿元，增速近15%", "15", "%", [set()]),
        ("城镇登记失业率稳定在3.6% 以内", "3.6", "%", [{"以内"}]),
        ("城镇登记失业率、城镇调查失业率分别小于3%、6%", "6", "%", [{"小于"}]),
    ],
)
def test_bound_words_are_read_at_their_figure(
    wording: str, value: str, unit: str, places: list[set[str]]
) -> None:
    """A bound word is read for a figure only at the ends of the list the figure stands in, in its unit."""
    assert _bound_words_at(wording, Decimal(value), unit) == places


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_every_report_is_cited_as_published(path: Path) -> None:
    """Each source gives its report's title, its official address where the file has one, and
    the day the report was delivered, as its text's heading gives them."""
    for source in _load(path)["sources"]:
        text = _passage(source["id"])
        head = header(text)
        assert source["title"] == head.get("title", "政府工作报告")  # a text with no header: its heading
        assert source.get("url") == head.get("source")
        day = source.get("delivered", source.get("posted"))
        if day is None:  # a text that gives no day: none is made up (docs/transcribing.md)
            continue
        written = f"{day.year}年{day.month}月{day.day}日"
        assert written in text[:2000] or re.search("[〇○零二]", text[:2000]), source["id"]


@pytest.mark.parametrize("path", PASSAGES, ids=lambda p: p.stem)
def test_every_passage_stands_in_its_full_text(path: Path) -> None:
    """Each line of a passage is a line of the report it names, and its header is the report's."""
    if not SHARED.is_dir():
        pytest.skip("../shared/source is not beside this checkout")
    text = path.read_text(encoding="utf-8")
    head = header(text)
    full = (SHARED / "reports" / head["file"]).read_text(encoding="utf-8")
    assert {k: v for k, v in head.items() if k != "file"} == {
        k: v for k, v in header(full).items() if k in ("title", "source")
    }
    lines = set(body(full))
    assert [line for line in body(text) if line and line not in lines] == []


def test_every_passage_is_cited() -> None:
    """No passage is left over from a source that is gone."""
    cited = {s["id"] for p in REGION_FILES for s in _load(p)["sources"]}
    assert {p.stem for p in PASSAGES} <= cited


def figures() -> dict[str, Any]:
    """Every figure of the region files, keyed by region, year and record."""
    found: dict[str, Any] = {}
    for path in REGION_FILES:
        data = _load(path)
        for report in data["reports"]:
            for t in report.get("targets", []):
                key = f"{report['region']} {report['year']} {t.get('id', t['indicator'])}"
                fields = (
                    "kind",
                    "value",
                    "value_high",
                    "unit",
                    "qualifiers",
                    "goal",
                    "against",
                    "against_region",
                    "margin",
                    "margin_high",
                    "measure",
                )
                found[key] = {f: (str(t[f]) if isinstance(t[f], Decimal) else t[f]) for f in fields if f in t}
        for o in data.get("outcomes", []):
            key = f"{o['region']} {o['year']} outcome {o['indicator']}"
            fields = (
                "growth",
                "level",
                "level_unit",
                "change_pp",
                "estimate",
                "growth_bound",
                "level_bound",
                "change_pp_bound",
                "stated",
            )
            found[key] = {f: (str(o[f]) if isinstance(o[f], Decimal) else o[f]) for f in fields if f in o}
    return found


def test_the_figures_are_as_checked() -> None:
    """Every figure of the province and cities is the one checked against its report."""
    assert figures() == json.loads(FIGURES.read_text(encoding="utf-8"))


def test_the_copy_of_the_source_is_current() -> None:
    """Each file of tests/data/source that the tests read is an exact copy of the shared one."""
    if not SHARED.is_dir():
        pytest.skip("../shared/source is not beside this checkout")
    copied = {p.relative_to(SOURCE): p for p in SOURCE.rglob("*") if p.is_file()}
    assert copied
    for name, path in copied.items():
        assert path.read_bytes() == (SHARED / name).read_bytes(), name


def test_the_catalogue_uses_the_terms_the_audit_asked_for() -> None:
    """NBS English names, 备案 as filed, the assigned targets, proper names capitalised."""
    text = SEED.read_text(encoding="utf-8")
    assert "Gross industrial output value of industrial enterprises above designated size" in text
    assert "(by filed total investment)" in text
    assert "targets assigned by higher-level authorities" in text
    assert "Hymson Laser Technology Park" in text
    assert 'zone_en = "Lianghu Innovation Zone"' in text
    assert "registered investment" not in text
    assert "registered total" not in text
    assert re.search(r"quota set from above", text) is None


if __name__ == "__main__":  # python -m tests.test_bundled_data: rewrite the pinned figures
    FIGURES.write_text(
        json.dumps(figures(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    sys.exit(0)
