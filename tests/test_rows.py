"""Tests of the rows a compiled index serves, built from validated records."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import govtargets
from govtargets.dataset.shapes import TargetRow
from govtargets.index.rows import Context, division_view, target_row

from .conftest import MINI, Run

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


def test_every_view_of_a_target_has_the_same_columns(run: Run) -> None:
    """A target's JSON row, its JSON Lines row and its CSV columns are one shape, in one order,
    whatever the command (targets, show; rank adds the rank and its group's name)."""
    csv_header = (
        run("targets", "--year", "all", "--format", "csv", data=None).stdout.splitlines()[0].split(",")
    )
    (line, *_) = run("targets", "--year", "all", "--format", "jsonl", data=None).stdout.splitlines()
    shown = json.loads(run("show", "jintan", "--json", data=None).stdout)["targets"][0]
    ranked = json.loads(run("rank", "gdp", "--json", data=None).stdout)["groups"][0]["entries"][0]
    assert (
        list(json.loads(line))
        == csv_header
        == list(shown)
        == [k for k in ranked if k not in ("rank", "group", "group_zh")]
    )
    assert {"region", "year", "indicator", "kind", "value", "unit", "wording", "outcome", "actual"} <= set(
        csv_header
    )


def test_a_row_without_an_outcome_has_null_outcome_columns() -> None:
    """A target with no outcome has null outcome columns, and its figures in both languages."""
    row = _row("6.5")
    assert row["outcome"] is None
    assert row["actual"] is None
    assert (row["region_zh"], row["indicator_en"], row["unit"], row["figure_en"]) == (
        "西区",
        "GDP",
        "%",
        "+6.5%",
    )


def test_a_targets_note_is_its_rows_note(tmp_path: Path) -> None:
    """A target's note (同口径: what no field holds) reaches its row, null where it has none."""
    text = MINI.read_text(encoding="utf-8")
    at = text.index('wording = "地区生产总值增长8%"')
    path = tmp_path / "noted.toml"
    path.write_text(text[:at] + 'note = "同口径"\n' + text[at:], encoding="utf-8")
    with govtargets.open(path, bundled=False, use_cache=False) as data:
        rows = data.targets(regions=["north"], indicators=["gdp"], year="all")
    assert [(row["year"], row["note"]) for row in rows] == [(2022, None), (2023, "同口径")]


def test_a_target_relative_to_the_country_says_quanguo() -> None:
    """高于全国0.7个百分点左右 (anhui 2021) read 高于中华人民共和国…: the country is 全国 in a
    relative target's Chinese, as every report says it; a province keeps its name."""
    china = {
        "id": "china",
        "code": "100000",
        "name_zh": "中华人民共和国",
        "name_en": "China",
        "level": "country",
    }
    jiangsu = {
        "id": "jiangsu",
        "code": "320000",
        "name_zh": "江苏省",
        "name_en": "Jiangsu",
        "level": "province",
    }
    ctx = Context(
        regions={**CTX.regions, "china": china, "jiangsu": jiangsu},
        indicators=CTX.indicators,
        sources=CTX.sources,
    )
    figures = [
        target_row(
            {"indicator": "gdp", "kind": "relative", "qualifiers": ["higher_than", "about"], "margin": "0.7",
             "against_region": other, "wording": "高于全国0.7个百分点左右"},
            region="west", year=2021, report_source="r", ctx=ctx,
        )
        for other in ("china", "jiangsu")
    ]  # fmt: skip
    assert [(row["figure_zh"], row["figure_en"]) for row in figures] == [
        ("高于全国0.7个百分点左右", "higher than China by about 0.7 pp"),
        ("高于江苏省0.7个百分点左右", "higher than Jiangsu by about 0.7 pp"),
    ]


def test_a_division_is_what_its_name_says_within_its_level() -> None:
    """楚雄彝族自治州 is an autonomous prefecture, of prefecture level, not a 地级市 (h85 saw show say
    "地级市 prefecture-level city" of it); a 市 of that level is as it was, and so is a 自治区."""
    views = [
        division_view({"code": code, "name_zh": zh, "name_en": "x", "level": level})
        for code, zh, level in [
            ("532300", "楚雄彝族自治州", "prefecture"),
            ("152900", "阿拉善盟", "prefecture"),
            ("532900", "大理白族自治州", "prefecture"),
            ("340100", "合肥市", "prefecture"),
            ("152921", "阿拉善左旗", "county"),
            ("540000", "西藏自治区", "province"),
        ]
    ]
    assert [(v["level"], v["level_zh"], v["level_en"]) for v in views] == [
        ("prefecture", "自治州", "autonomous prefecture"),
        ("prefecture", "盟", "league"),
        ("prefecture", "自治州", "autonomous prefecture"),
        ("prefecture", "地级市", "prefecture-level city"),
        ("county", "旗", "banner"),
        ("province", "省级", "province-level"),
    ]


def test_a_count_reads_in_the_noun_of_its_counter_else_the_indicators() -> None:
    """New urban jobs in 万个 read as jobs (nouns_en), in 万人 as people; noun_en covers any counter."""
    jobs = {"key": "jobs", "name_zh": "城镇新增就业", "name_en": "New urban jobs", "unit": "万人"}
    ctx = dataclasses.replace(
        CTX,
        indicators={
            "jobs": {**jobs, "nouns_en": {"个": "jobs"}},
            "rooms": {**jobs, "key": "rooms", "noun_en": "rooms"},
        },
    )

    def row(indicator: str, value: str, unit: str) -> tuple[str, str | None]:
        target = {"indicator": indicator, "kind": "level", "value": value, "unit": unit, "wording": "…"}
        made = target_row(target, region="west", year=2023, report_source="r", ctx=ctx)
        return made["figure_en"], made["unit_en"]

    assert row("jobs", "10", "万个") == ("100,000 jobs", "10,000 jobs")
    assert row("jobs", "13", "万人") == ("130,000 people", "10,000 people")
    assert row("rooms", "2", "万个") == ("20,000 rooms", "10,000 rooms")


def test_new_urban_jobs_in_ge_read_as_jobs_and_in_ren_as_people(run: Run) -> None:
    """targets: shanxi 2012's 城镇新增就业岗位40万个 is 400,000 jobs (it read 400,000 units)."""
    args = ("targets", "--indicator", "new_urban_jobs", "--width", "80")
    lines = run(*args, "--region", "shanxi", "--year", "2012", data=None).stdout.splitlines()
    assert lines[3] == " 山西省 Shanxi   2012   New urban jobs   400,000 jobs   1"
    people = run(
        "targets", "--indicator", "new_urban_jobs", "--region", "wuxi", "--year", "2024", "--json", data=None
    )
    assert json.loads(people.stdout)["targets"][0]["figure_en"] == "130,000 people"


def test_a_relative_targets_row_says_its_other_figure_is_an_estimate(run: Run) -> None:
    """anhui 2018's 财政收入增速高于经济增长 is judged against 2018's GDP growth, which the 2019 report
    gives as an estimate: reference_estimate is true; a target judged against no figure has null."""
    args = ("targets", "--region", "anhui", "--year", "2018", "--json")
    rows = json.loads(run(*args, "--indicator", "total_fiscal_revenue", data=None).stdout)["targets"]
    picked = ("reference", "reference_actual", "reference_estimate", "outcome")
    assert [{k: row[k] for k in picked} for row in rows] == [
        {"reference": "anhui gdp", "reference_actual": 8, "reference_estimate": True, "outcome": "not_judged"}
    ]
    gdp = json.loads(run(*args, "--indicator", "gdp", data=None).stdout)["targets"]
    assert [row["reference_estimate"] for row in gdp] == [None] * len(gdp)
