"""Tests of the tables' words: headers and labels in English or Chinese, outcomes, sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from govtargets.cli.main import cli
from govtargets.dataset.judge import LEVEL_ONLY
from govtargets.output import tables
from govtargets.output.grid import Styled

from .conftest import MINI, Run, dataset_text


def test_show_in_english_and_chinese(run: Run) -> None:
    """English headers and figures by default; Chinese with --lang zh, the report's own figures."""
    english = run("show", "north", "--wide").stdout
    assert "Indicator" in english
    assert "met by 0.2 pp" in english
    assert "strive for 6.5 billion yuan or more" in english
    chinese = run("show", "north", "--wide", "--lang", "zh").stdout
    assert "指标" in chinese
    assert "完成 +0.2个百分点" in chinese
    assert "力争65亿元以上" in chinese


def test_an_estimate_and_the_sources_are_shown(run: Run) -> None:
    """An estimated outcome says so; each source is cited by number below the tables."""
    text = run("show", "north", "--wide").stdout
    assert "(est.)" in text
    assert "[2] Test publisher; 北区 2024 report; section 回顾" in text


def test_compare_of_three_regions(run: Run) -> None:
    """compare of three regions: one column each, with the year shown."""
    text = run("compare", "north", "south", "testville", "--width", "100").stdout
    assert "North District 2023" in text
    assert "Testville 2023" in text


def test_an_empty_result_says_so(run: Run) -> None:
    """No project matches: a line says so, exit status 0."""
    result = run("projects", "--min-invest", "1000")
    assert result.exit_code == 0
    assert "none match" in result.stdout


def test_a_report_of_projects_alone_says_it_has_no_targets(tmp_path: Path, run: Run) -> None:
    """show of a report that gives projects and no target says "No targets for 2025", not a
    "Targets for 2025" heading over nothing."""
    path = tmp_path / "projects.toml"
    path.write_text(
        dataset_text(
            ("sources", {"id": "pj-2025", "title": "2025年政府工作报告", "publisher": "某市人民政府"}),
            (
                "regions",
                {"id": "pj", "code": "990100", "name_zh": "某市", "name_en": "Pj", "level": "prefecture"},
            ),
            ("reports", {"region": "pj", "year": 2025, "source": "pj-2025"}),
            ("reports.projects", {"id": "park", "name_zh": "产业园项目", "wording": "产业园项目开工"}),
        ),
        encoding="utf-8",
    )
    assert (
        run("show", "pj", data=path).stdout.splitlines()[1]
        == "No targets for 2025 (years in the dataset: 2025)"
    )
    assert (
        run("show", "pj", "--lang", "zh", data=path).stdout.splitlines()[1]
        == "2025年无目标（数据中的年份：2025）"
    )


def test_no_project_planned_at_the_minimum_says_min_total_reads_the_total(run: Run) -> None:
    """projects --min-invest 10 where the projects give a total of 20亿元 and 2.5亿元 planned: none
    match, and the line says that --min-total reads the total (a report giving totals alone)."""
    result = run("projects", "--min-invest", "10", "--wide")
    assert (result.exit_code, result.stdout) == (
        0,
        "Projects (latest year of each region, planned ≥ 10亿元): none match (--min-invest reads the"
        " year's planned investment; --min-total reads the total)\n",
    )
    zh = run("projects", "--min-invest", "10", "--wide", "--lang", "zh").stdout
    assert zh.endswith("：无符合条件的项目（--min-invest 按年度计划投资筛选；--min-total 按总投资筛选）\n")
    assert run("projects", "--min-total", "10", "--wide").stdout.startswith("Projects (latest year of each")


def test_projects_of_a_region_with_none_in_the_year_says_which_years_have_some(
    run: Run, tmp_path: Path
) -> None:
    """projects --region hebei beside a file of Hebei's 2002 report: the latest year, 2026, has no
    projects, and the line says which year has (it said "none match" alone); a region with none in
    any year, nothing more."""
    path = tmp_path / "hebei-2002.toml"
    path.write_text(
        dataset_text(
            ("sources", {"id": "hebei-2002-gwr", "title": "政府工作报告", "publisher": "河北省人民政府"}),
            ("reports", {"region": "hebei", "year": 2002, "source": "hebei-2002-gwr"}),
            (
                "reports.projects",
                {
                    "id": "jingzhang",
                    "name_zh": "京张高速公路等45个项目",
                    "wording": "京张高速公路等45个项目竣工投产",
                },
            ),
        ),
        encoding="utf-8",
    )
    bundled = CliRunner().invoke(cli, ["projects", "--region", "hebei", "--data", str(path)]).stdout
    assert bundled == (
        "Projects (latest year of each region, region hebei): none match (hebei has projects of 2002: --year 2002)\n"
    )
    zh = (
        CliRunner().invoke(cli, ["projects", "--region", "hebei", "--lang", "zh", "--data", str(path)]).stdout
    )
    assert zh.endswith("：无符合条件的项目（hebei有2002年的项目：--year 2002）\n")
    assert run("projects", "--region", "testville").stdout.endswith(": none match\n")  # none in any year


def test_chain_reads_top_down(run: Run) -> None:
    """chain shows the prefecture, then the district with what it adds."""
    text = run("chain", "north", "gdp", "--wide").stdout
    assert "Testville about +5.5% → North District +8% (+2.5)" in text


def test_a_chain_says_which_level_it_passes_over(run: Run, tmp_path: Path) -> None:
    """A county below a division (镇安县 below 商洛市, which sets no targets): the chain goes from the
    province to the county, and a line says that the city, with no report, is passed over."""
    text = MINI.read_text(encoding="utf-8").replace(
        '[[regions]]\nid = "south"\ncode = "990102"',
        '[[divisions]]\ncode = "990200"\nname_zh = "商洛市"\nname_en = "Shangluo"\nlevel = "prefecture"\n'
        'parent = "990100"\n\n[[regions]]\nid = "south"\ncode = "990201"',
    )
    text = text.replace('level = "county"\nparent = "990100"', 'level = "county"\nparent = "990200"')
    path = tmp_path / "county.toml"
    path.write_text(text, encoding="utf-8")
    lines = run("chain", "south", "gdp", "--width", "100", data=path).stdout.splitlines()
    assert lines[-2:] == [
        " Gross regional product (GDP)   Testville about +5.5% → South County +9% or more (+3.5)",
        "No report of 2023 in the data, passed over: 示范省 Demo Province, 商洛市 Shangluo",
    ]
    zh = run("chain", "south", "gdp", "--width", "100", "--lang", "zh", data=path).stdout
    assert zh.endswith("数据中没有2023年报告、未列入：示范省、商洛市\n")


def test_a_chain_over_years_has_a_year_column(run: Run) -> None:
    """chain over years: a Year column; one indicator's name goes into the heading, not a column."""
    zh = run("chain", "jiangsu", "gdp", "--year", "2019-2021", "--width", "80", "--lang", "zh", data=None)
    assert zh.stdout.splitlines() == [
        "江苏省2019—2021年地区生产总值目标的层层分解",
        " 年份   层级目标",
        "─" * 58,
        " 2019   中华人民共和国 +6%—6.5% → 江苏省 +6.5%以上 (+0.5)",
        " 2020   江苏省 +6%左右",
        " 2021   中华人民共和国 +6%以上 → 江苏省 +6%以上 (±0)",
        "2020年报告中没有地区生产总值目标：中华人民共和国",
    ]
    every = run("chain", "north", "--year", "all", "--width", "100").stdout.splitlines()
    assert every == [
        "Targets down the chain to 北区 North District, all years",
        " Year   Indicator                      Chain",
        "─" * 92,
        " 2023   Gross regional product (GDP)   Testville about +5.5% → North District +8% (+2.5)",
        " 2023   Accidents                      Testville keep falling → North District keep falling",
        "No report of 2023 in the data, passed over: 示范省 Demo Province",
    ]


def test_a_chain_names_the_level_above_whose_report_sets_no_target_on_it(run: Run) -> None:
    """chain jiangsu gdp 2020: China's report of 2020 set no GDP target, which a last line says
    (the chain read as if China were missing from the data, or forgotten); none in 2021."""
    lines = run("chain", "jiangsu", "gdp", "--year", "2020", "--width", "80", data=None).stdout.splitlines()
    assert lines[-2:] == [
        " Gross regional product (GDP)   Jiangsu about +6%",
        "Reports of 2020 with no target on gdp: 中华人民共和国 China",
    ]
    later = run("chain", "jiangsu", "gdp", "--year", "2021", "--json", data=None).stdout
    assert json.loads(later)["no_target"] == []


def test_chain_of_an_indicator_the_region_has_no_target_on_says_so() -> None:
    """chain jintan cpi: Jintan sets no CPI target, which the table says (not "no indicator at two levels")."""
    result = CliRunner().invoke(cli, ["chain", "jintan", "cpi", "--year", "2023"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Targets down the chain to 金坛区 Jintan District, 2023\n金坛区 Jintan District has no target on cpi in 2023.\n",
    )
    every = CliRunner().invoke(cli, ["chain", "china", "--year", "2023", "--lang", "zh"]).stdout
    assert every.splitlines()[-1] == "没有两级政府共同设定的指标。"


def _target(value: float, high: float | None, actual: float | None, outcome: str | None) -> Any:
    return {
        "kind": "growth",
        "unit": "%",
        "value": value,
        "value_high": high,
        "actual": actual,
        "actual_unit": "%",
        "actual_bound": None,
        "outcome": outcome,
        "outcome_note": None,
    }


def test_a_level_only_result_in_percent_is_shown_as_a_level_and_not_charted() -> None:
    """A growth target whose result is only a level in % (a rate: 45%): shown as the level, 45%, not
    as a growth, +45%, and left off the chart, though its unit is the growth's."""
    row: Any = {
        **_target(5, None, 45, "not_judged"),
        **dict.fromkeys(
            (
                "difference",
                "difference_unit",
                "near_miss",
                "reference_bound",
                "reference_estimate",
                "outcome_stated",
            )
        ),
        "actual_estimate": False,
        "outcome_note": LEVEL_ONLY,
    }
    assert (tables._actual(row, "en"), tables._outcome_words(row, "en")) == ("45%", "level only, not judged")
    assert tables.chart_scale([row]) == (5.0, 5.0)
    strip = tables._strip(row, (0.0, 10.0))
    assert isinstance(strip, Styled)
    assert strip.text == "·····┃·····"


def test_a_relative_targets_actual_is_shown_as_its_measure_reads_it() -> None:
    """降幅大于全省平均: the accidents fell 51.8% (not "+51.8%"); 与全省保持一致 of a rate: its level, 5.4%."""
    args = [
        "targets",
        "--region",
        "suzhou",
        "--indicator",
        "work_safety_accidents",
        "--year",
        "2022",
        "--wide",
    ]
    english = CliRunner().invoke(cli, args).stdout
    chinese = CliRunner().invoke(cli, [*args, "--lang", "zh"]).stdout
    assert ("fell 51.8%" in english, "+51.8%" in english) == (True, False)
    assert ("下降51.8%" in chinese, "+51.8%" in chinese) == (True, False)
    row: Any = {
        "kind": "relative",
        "measure": "level",
        "actual": 5.4,
        "actual_unit": "%",
        "actual_estimate": True,
        "actual_bound": None,
    }
    assert tables._actual(row, "en") == "5.4% (est.)"


def test_the_chart_scale_spans_targets_and_results() -> None:
    """The scale runs from the lowest figure or result to the highest."""
    rows = [_target(5, None, 4.6, "missed"), _target(5, 6, 7, "met")]
    assert tables.chart_scale(rows) == (4.6, 7.0)


def test_a_band_a_figure_and_a_result_are_marked_where_they_are() -> None:
    """A band is ━ from its low to its high figure, one figure ┃, the result ● (green if met)."""
    band = tables._strip(_target(2, 4, 10, "met"), (0.0, 10.0))
    assert isinstance(band, Styled)
    assert band.text == "··━━━·····●"
    assert band.style == "green"
    one = tables._strip(_target(5, None, None, None), (0.0, 10.0))
    assert isinstance(one, Styled)
    assert one.text == "·····┃·····"
    assert (
        tables._strip({**_target(5, None, None, None), "kind": "qualitative", "value": None}, (0.0, 10.0))
        == ""
    )


def test_the_sources_a_targets_table_cites_are_listed(run: Run) -> None:
    """targets numbers its Src column as show does, and lists below the table what the numbers stand for."""
    text = run("targets", "--region", "north", "--year", "2023", "--wide").stdout
    assert text.splitlines()[-3:] == ["Sources", "[1] report-n, https://example.org/north", "[2] review-n"]


def test_rank_marks_a_target_of_an_area_of_work(run: Run) -> None:
    """rank puts targets of areas of work beside main targets; each says it is one."""
    result = run("rank", "parking_spaces", "--width", "80", data=None)
    assert "1,200 parking spaces (area of work)" in result.stdout
    assert "（工作领域）" in run("rank", "parking_spaces", "--lang", "zh", data=None).stdout
    assert "(area of work)" not in run("rank", "gdp", "--width", "200", data=None).stdout


def test_rank_groups_of_one_kind_in_different_units_say_their_unit() -> None:
    """rank cpi 2023: the rises in % and Sichuan's index (103) head "Levels (percent)" and
    "Levels (no unit)", not "Levels" twice; a kind in one unit alone keeps its plain title (增速目标)."""
    text = CliRunner().invoke(cli, ["rank", "cpi", "--year", "2023", "--wide"]).stdout
    titles = [line for line in text.splitlines() if line.startswith(("Levels", "Growth"))]
    assert titles == ["Levels (percent)", "Levels (no unit)"]
    zh = CliRunner().invoke(cli, ["rank", "new_urban_jobs", "--year", "all", "--lang", "zh", "--wide"]).stdout
    assert [line for line in zh.splitlines() if line.startswith(("总量", "增速"))] == [
        "增速目标",
        "总量与水平目标 (个)",
        "总量与水平目标 (人)",
    ]


def test_rank_bars_measure_figures_in_their_base_unit() -> None:
    """rank grain_output 2021: China's 1.3万亿斤 has the longest bar, Heilongjiang's 1500亿斤 about a
    ninth of it; the bars measured the figures as written (1.3 against 1500: China had none)."""
    text = CliRunner().invoke(cli, ["rank", "grain_output", "--year", "2021", "--wide"]).stdout
    bars = {
        name: line.count("█")
        for line in text.splitlines()
        for name in ("China", "Heilongjiang")
        if f" {name} " in line
    }
    assert bars["China"] > 8 * bars["Heilongjiang"] > 0


def test_rank_keeps_yuan_and_us_dollars_apart() -> None:
    """rank per_capita_gdp 2003: Jilin's 8,900 yuan and Tianjin's 3,000 US dollars are two groups,
    each headed by its currency; they were one, 8,900 above 3,000 as if the same money."""
    text = CliRunner().invoke(cli, ["rank", "per_capita_gdp", "--year", "2003", "--wide"]).stdout
    assert [line for line in text.splitlines() if line.startswith("Levels")] == [
        "Levels (yuan)",
        "Levels (US dollars)",
    ]


def test_rank_orders_figures_of_one_quantity_in_any_unit_together() -> None:
    """rank grain_output 2021: targets in 亿斤, 万吨 and 亿公斤 are one group, ordered by the amount
    (云南 1905万吨, 38.1 billion jin, between 辽宁's 468亿斤 and 甘肃's 240亿斤); they were three groups,
    jin, kg and tonnes, each ranked apart."""
    text = CliRunner().invoke(cli, ["rank", "grain_output", "--year", "2021", "--wide"]).stdout
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("Levels")] == ["Levels"]
    order = [
        name for line in lines for name in ("Liaoning", "Yunnan", "Gansu", "Chongqing") if f" {name} " in line
    ]
    assert order == ["Liaoning", "Yunnan", "Gansu", "Chongqing"]


def test_compare_of_a_year_no_region_has_says_so() -> None:
    """compare changzhou jintan --year 2024: neither has a 2024 report, which a line says (it was an
    empty table of "(no report)" columns); one region without it keeps its column."""
    result = CliRunner().invoke(cli, ["compare", "changzhou", "jintan", "--year", "2024"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Main targets compared\nNone of these regions has a report of the year asked ('govtargets list'"
        " shows their years).\n",
    )
    one = CliRunner().invoke(cli, ["compare", "changzhou", "suzhou", "--year", "2024", "--wide"]).stdout
    assert "Changzhou (no report)   Suzhou 2024" in one


def test_history_of_years_with_nothing_says_so() -> None:
    """history china gdp --year 1990-1995: no report or result of those years, which a line says
    (it printed the title alone)."""
    result = CliRunner().invoke(cli, ["history", "china", "gdp", "--year", "1990-1995"])
    assert (result.exit_code, result.stdout) == (
        0,
        "中华人民共和国 China: Gross regional product (GDP) 地区生产总值\nNo report or result of the years asked.\n",
    )


def test_history_tells_a_year_of_no_report_from_a_report_with_no_target() -> None:
    """history jiangsu budget_revenue: 2002 is a year of a result alone (jiangsu-2003's review; the
    dataset has no report of 2002), 2025 a report with no target on it: it said "No target on it
    in: 2002, 2025", as if a report of 2002 had set none."""
    result = CliRunner().invoke(cli, ["history", "jiangsu", "budget_revenue", "--lang", "en"])
    lines = result.stdout.splitlines()
    assert "No target on it in: 2025" in lines
    assert "No report in the dataset of: 2002" in lines
    zh = CliRunner().invoke(cli, ["history", "jiangsu", "budget_revenue", "--lang", "zh"]).stdout
    assert "数据集中没有以下年份的报告：2002" in zh.splitlines()
    years = json.loads(CliRunner().invoke(cli, ["history", "jiangsu", "budget_revenue", "--json"]).stdout)
    assert [(y["year"], y["report"]) for y in years["years"] if not y["targets"]] == [
        (2002, False),
        (2025, True),
    ]


_CHENZHOU_2014 = """format = 2
[[sources]]
id = "chenzhou-2014"
title = "郴州市政府工作报告 （2014年1月7日瞿海）"
publisher = "郴州市人民政府"
[[regions]]
id = "chenzhou"
code = "431000"
name_zh = "郴州市"
name_en = "Chenzhou"
level = "prefecture"
parent = "430000"
[[reports]]
region = "chenzhou"
year = 2014
source = "chenzhou-2014"
[[reports.targets]]
indicator = "fixed_asset_investment"
kind = "growth"
value = 28
wording = "固定资产投资增长 28%"
[[reports.targets]]
id = "fixed_asset_investment_level"
indicator = "fixed_asset_investment"
kind = "level"
value = 1883
unit = "亿元"
qualifiers = ["力争"]
wording = "力争完成固定资产投资 1883亿元"
"""


def test_history_of_one_year_keeps_its_year(tmp_path: Path) -> None:
    """history of a region's one report at 80 columns: its two targets' rows named no year, the
    Year column left out as if it told nothing, and the title names none."""
    path = tmp_path / "chenzhou.toml"
    path.write_text(_CHENZHOU_2014, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["history", "chenzhou", "fixed_asset_investment", "--data", str(path), "--width", "80"]
    )
    assert result.stdout.splitlines()[1:5] == [
        " Year   Target                          Chart         Src",
        "─" * 58,
        " 2014   +28%                            ·····┃·····   1",
        " 2014   strive for 188.3 billion yuan                 1",
    ]


NO_PARENT = """format = 2
[[sources]]
id = "sys-2022"
title = "双鸭山市政府工作报告"
publisher = "双鸭山市人民政府"
[[regions]]
id = "sys"
code = "230500"
name_zh = "双鸭山市"
name_en = "Shuangyashan"
level = "prefecture"
[[reports]]
region = "sys"
year = 2022
source = "sys-2022"
[[reports.targets]]
indicator = "gdp"
kind = "growth"
value = 5.5
qualifiers = ["以上"]
wording = "地区生产总值增长5.5%以上"
"""


def test_chain_of_a_region_with_no_parent_says_why_it_stands_alone(tmp_path: Path) -> None:
    """A file's city with no parent chained alone, "Shuangyashan +5.5% or more", as if its province
    set nothing: a line says its record names none, and the code that would place it (230000,
    Heilongjiang, the division of the data its code lies in); JSON says so too."""
    path = tmp_path / "sys.toml"
    path.write_text(NO_PARENT, encoding="utf-8")
    args = ["chain", "sys", "gdp", "--year", "2022", "--data", str(path), "--width", "200"]
    result = CliRunner().invoke(cli, args)
    assert result.stdout.splitlines()[-1] == (
        'Shuangyashan\'s record names no parent, so the chain has it alone: parent = "230000", the'
        " division its code lies in, sets it below."
    )
    found = json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)
    assert (found["no_parent"], found["parent_suggested"]) == (True, "230000")
    placed = json.loads(
        CliRunner().invoke(cli, ["chain", "jintan", "gdp", "--year", "2023", "--json"]).stdout
    )
    assert (placed["no_parent"], placed["parent_suggested"]) == (False, None)


def test_a_summary_gives_each_mean_gap_to_the_hundredth() -> None:
    """Mean gaps line up in their column: +4.00 (not +4.0), 0.00 unsigned, -1.13."""
    table = CliRunner().invoke(
        cli, ["summary", "anhui", "chongqing", "guangdong", "--year", "2024", "--wide"]
    )
    assert [line.split()[-1] for line in table.stdout.splitlines()[3:]] == ["-1.13", "0.00", "+4.00"]


def test_a_summary_title_claims_only_what_was_asked() -> None:
    """summary --level province --by year --year 2019-2020 names the level, and says its regions go
    together, not "all regions"; it says the years asked (of --by region of one year, not "the years together")."""
    by_year = ["summary", "--indicator", "gdp", "--level", "province", "--by", "year", "--year", "2019-2020"]
    first = CliRunner().invoke(cli, by_year).stdout.splitlines()[0]
    assert first == "Targets and outcomes (gdp, province, 2019–2020), by year, the regions together"
    by_region = CliRunner().invoke(cli, ["summary", "suzhou", "--by", "region", "--year", "2023"]).stdout
    assert by_region.splitlines()[0] == "Targets and outcomes (suzhou, 2023), by region"


def test_a_summary_of_one_region_by_year_names_it_and_takes_no_regions_together() -> None:
    """summary suzhou --by year names suzhou, and says no "the regions together" of one region; two
    regions go together, named; JSON says the regions counted."""
    one = CliRunner().invoke(cli, ["summary", "suzhou", "--by", "year", "--year", "2023"]).stdout
    assert one.splitlines()[0] == "Targets and outcomes (suzhou, 2023), by year"
    two = CliRunner().invoke(cli, ["summary", "suzhou", "wuxi", "--by", "year", "--year", "2023"]).stdout
    assert two.splitlines()[0] == "Targets and outcomes (suzhou, wuxi, 2023), by year, the regions together"
    found = json.loads(CliRunner().invoke(cli, ["summary", "suzhou", "--json"]).stdout)
    assert found["regions"] == ["suzhou"]


def test_a_chinese_chain_never_splits_a_goal_or_a_figure_at_80_columns() -> None:
    """chain jintan --lang zh at 80 columns: 力争65亿元 stays whole (it read 力 / 争65亿元), as
    liyang's 完成上级下达任务 does (完成上级下达任 / 务)."""
    jintan = CliRunner().invoke(cli, ["chain", "jintan", "--lang", "zh", "--width", "80"]).stdout
    assert jintan.splitlines()[5:7] == [
        " 一般公共预算收入       江苏省 +5.5%左右 → 常州市 +5.5% (±0) → 金坛区 +10% /",
        "                        力争65亿元 (+4.5)",
    ]
    liyang = CliRunner().invoke(cli, ["chain", "liyang", "--lang", "zh", "--width", "80"]).stdout
    assert " 实际使用外资         江苏省 稳中提质 → 常州市 +10%左右 → 溧阳市\n" in liyang
    assert "\n                      完成上级下达任务\n" in liyang


def test_a_chinese_summary_title_names_the_indicators_and_regions_in_chinese() -> None:
    """summary suzhou wuxi --indicator gdp --lang zh names 苏州市, 无锡市 and 地区生产总值 in its title
    (it read gdp and the regions' ids); JSON gives the names beside the keys."""
    asked = ["summary", "suzhou", "wuxi", "--indicator", "gdp", "--by", "year", "--year", "2023"]
    zh = CliRunner().invoke(cli, [*asked, "--lang", "zh", "--width", "100"]).stdout
    assert zh.splitlines()[0] == "目标完成情况（苏州市，无锡市，地区生产总值，2023年），按年度（各地区合计）"
    found = json.loads(CliRunner().invoke(cli, [*asked, "--json"]).stdout)
    assert (found["regions_zh"], found["indicators"], found["indicators_zh"]) == (
        ["苏州市", "无锡市"],
        ["gdp"],
        ["地区生产总值"],
    )


def test_a_project_column_of_dashes_alone_is_left_out_first(run: Run, tmp_path: Path) -> None:
    """Projects given only their total (投资99亿元的…项目): at 80 columns the Planned column, all
    dashes, is left out before Production, which holds a year, rather than kept before it (at 70
    columns: Total investment and Planned (year), all dashes, shown; Production left out)."""
    text = MINI.read_text(encoding="utf-8")
    for planned in ("2.5", "0.86", "1"):
        text = text.replace(f'planned_investment = {{ value = {planned}, unit = "亿元" }}\n', "")
    path = tmp_path / "totals.toml"
    path.write_text(text, encoding="utf-8")
    lines = run("projects", "--width", "70", data=path).stdout.splitlines()
    assert lines[1].split() == ["Project", "Region", "Year", "Total", "investment", "Production"]
    assert lines[3].split() == [
        "北区大桥",
        "北区",
        "North",
        "2023",
        "2",
        "billion",
        "yuan",
        "2025",
        "(expected)",
    ]


def test_the_region_column_of_one_regions_targets_gives_way_to_their_outcomes(run: Run) -> None:
    """targets --region north at 84 columns (at 80 its English size bar, over 300 million yuan or
    30 million US dollars, leaves too little room): the Region column, the same in every row (the
    title names it), is left out before Actual, which it pushed out; of two regions it stays."""
    lines = run("targets", "--region", "north", "--width", "84").stdout.splitlines()
    assert lines[1].split() == ["Indicator", "Target", "Actual", "Outcome"]
    assert "(Region, Year, Wording, Src left out at 84 columns: --wide shows every column)" in lines
    two = run("targets", "--region", "north", "--region", "south", "--width", "84").stdout.splitlines()
    assert two[1].split()[0] == "Region"


def test_a_regions_title_names_as_many_parents_as_fit() -> None:
    """At 80 columns Jintan's title names Changzhou, the parents that fit, nearest first: they were
    shown all or none, and China, the last, left all of them out (镇安县's 商洛市 and 陕西省 too)."""
    runner = CliRunner()
    title = runner.invoke(cli, ["show", "jintan", "--width", "80"]).stdout.splitlines()[0]
    assert title == "金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou"
    wide = runner.invoke(cli, ["show", "jintan", "--width", "120"]).stdout.splitlines()[0]
    assert wide.endswith(", 常州市 Changzhou, 江苏省 Jiangsu, 中华人民共和国 China")
    narrow = runner.invoke(cli, ["show", "jintan", "--width", "60"]).stdout.splitlines()[0]
    assert narrow == "金坛区 Jintan District (320413), 市辖区 district"


def test_an_outcome_without_a_target_shows_its_bounds() -> None:
    """地区生产总值突破6万亿元、增长6%: the level reads as more than 6 trillion, the growth as exact."""
    outcome: Any = {
        "growth": 6,
        "level": 6,
        "level_unit": "万亿元",
        "change_pp": None,
        "estimate": False,
        "growth_bound": None,
        "level_bound": "more_than",
        "change_pp_bound": None,
        "stated": None,
    }
    assert tables.outcome_figures(outcome, "en") == "+6%, more than 6 trillion yuan"
    assert tables.outcome_figures(outcome, "zh") == "+6%、超过6万亿元"


def test_a_bounded_fall_on_a_keep_falling_target_reads_as_the_report_writes_it() -> None:
    """上海 2013's 单位生产总值能耗比上年下降3.5%以上 against 持续下降: fell at least 3.5% / 下降3.5%以上,
    not at most -3.5% / 不超过-3.5%; so too a result with no target of its own."""
    args = ["targets", "--region", "shanghai", "--indicator", "energy_intensity", "--year", "2013", "--wide"]
    english = CliRunner().invoke(cli, args).stdout
    chinese = CliRunner().invoke(cli, [*args, "--lang", "zh"]).stdout
    assert ("fell at least 3.5%" in english, "-3.5%" in english) == (True, False)
    assert ("下降3.5%以上" in chinese, "-3.5%" in chinese) == (True, False)
    outcome: Any = {
        "growth": -4.36,
        "level": None,
        "level_unit": None,
        "change_pp": None,
        "estimate": True,
        "growth_bound": "at_most",
        "level_bound": None,
        "change_pp_bound": None,
        "stated": None,
    }
    assert tables.outcome_figures(outcome, "en") == "fell at least 4.36% (est.)"
    assert tables.outcome_figures(outcome, "zh") == "下降4.36%以上（预计）"


def test_compare_lists_each_columns_sources() -> None:
    """compare cited no source at all; now each column's report, then its results' (id, address)."""
    args = ["compare", "nanjing", "wuxi", "--year", "2023", "--width", "200"]
    text = CliRunner().invoke(cli, args).stdout
    assert text.split("Sources\n")[1].splitlines() == [
        "Nanjing 2023: nanjing-2023, https://www.nanjing.gov.cn/zdgk/202301/t20230119_3809178.html;"
        " results: nanjing-2024, https://www.nanjing.gov.cn/xxgkn/zfxxwgk/jcgk/202605/t20260506_5834737.html",
        "Wuxi 2023: wuxi-2023, https://www.wuxi.gov.cn/doc/2023/01/13/3864698.shtml;"
        " results: wuxi-2024, https://www.wuxi.gov.cn/doc/2024/01/22/4165929.shtml",
    ]
    chinese = CliRunner().invoke(cli, [*args, "--lang", "zh"]).stdout
    assert chinese.split("来源\n")[1].splitlines()[1] == (
        "无锡市 2023：wuxi-2023, https://www.wuxi.gov.cn/doc/2023/01/13/3864698.shtml；"
        "实绩：wuxi-2024, https://www.wuxi.gov.cn/doc/2024/01/22/4165929.shtml"
    )


def test_a_targets_table_gives_each_sources_address() -> None:
    """targets listed a source by its id alone ([1] wuxi-2023); now with the address its rows give."""
    args = ["targets", "--region", "wuxi", "--indicator", "gdp", "--year", "2023", "--width", "200"]
    text = CliRunner().invoke(cli, args).stdout
    assert text.split("Sources\n")[1].splitlines() == [
        "[1] wuxi-2023, https://www.wuxi.gov.cn/doc/2023/01/13/3864698.shtml",
        "[2] wuxi-2024, https://www.wuxi.gov.cn/doc/2024/01/22/4165929.shtml",
    ]


def test_a_bounded_result_on_a_chart_points_the_way_it_runs() -> None:
    """增长12%以上 against 10%: marked ▸ at 12, not ● (a result at 12 exactly); 3%以内 ◂."""
    strips = [
        tables._strip({**_target(10, None, 12, "met"), "actual_bound": b}, (10, 20))
        for b in (None, "at_least", "at_most")
    ]
    assert [s.text for s in strips if isinstance(s, Styled)] == ["┃·●········", "┃·▸········", "┃·◂········"]


def test_chinese_titles_name_what_was_asked_in_chinese_with_full_width_punctuation(run: Run) -> None:
    """Under --lang zh a title names the region, indicator, kind and level asked by their Chinese
    names, between full-width brackets and commas, as the English title does with ids."""
    asked = ("--indicator", "地区生产总值", "--region", "常州市", "--kind", "growth", "--level", "prefecture")
    zh = run("targets", *asked, "--year", "2022", "--lang", "zh", "--width", "80", data=None)
    assert zh.stdout.splitlines()[0] == "目标（2022年，常州市，地区生产总值，增速目标，地级）：1"
    en = run("targets", *asked, "--year", "2022", "--width", "80", data=None)
    assert en.stdout.splitlines()[0] == "Targets (2022, changzhou, gdp, growth, prefecture): 1"
    rank = run("rank", "地区生产总值", "--year", "2010", "--level", "province", "--lang", "zh", data=None)
    assert rank.stdout.splitlines()[0] == "排名：地区生产总值，2010年"
    history = run("history", "全国", "地区生产总值", "--year", "2024", "--lang", "zh", data=None)
    assert history.stdout.splitlines()[0] == "中华人民共和国：地区生产总值"
    summary = run("summary", "--level", "county", "--by", "year", "--year", "2023", "--lang", "zh", data=None)
    assert summary.stdout.splitlines()[0] == "目标完成情况（县级，2023年），按年度（各地区合计）"
    projects = run("projects", "--region", "金坛", "--lang", "zh", data=None)
    assert projects.stdout.splitlines()[0] == "重大项目（各地区最新年份，地区 金坛区）"
    search = run("search", "德语区", "--lang", "zh", data=None)
    assert search.stdout.splitlines()[0] == "“德语区”：找到1处（各地区最新年份）"


def test_search_names_the_field_in_chinese_under_lang_zh(run: Run) -> None:
    """search --lang zh: the Field column says 原文 or 中文名, not the key that JSON and CSV keep."""
    zh = run("search", "金坛", "--lang", "zh", "--width", "100", data=None).stdout.splitlines()
    assert zh[1:] == [
        " 地区     年份   记录          字段     内容",
        "─" * 47,
        " 金坛区   —      地区 jintan   中文名   金坛区",
    ]
    en = run("search", "金坛", "--width", "100", data=None).stdout.splitlines()
    assert en[3] == " 金坛区 Jintan District   —      region jintan   name_zh   金坛区"
    rows = run("search", "德语区", "--year", "all", "--format", "csv", "--lang", "zh", data=None).stdout
    assert rows.splitlines()[1].split(",")[6] == "wording"


def test_show_in_chinese_lists_the_years_and_a_sources_parts_with_chinese_marks(run: Run) -> None:
    """show --lang zh: the years in the dataset joined with 、, a source's parts with ；."""
    zh = run("show", "金坛", "--lang", "zh", "--width", "200", data=None).stdout.splitlines()
    assert zh[1] == "2023年目标（数据中的年份：2023）"
    china = run(
        "show", "全国", "--year", "2005", "--lang", "zh", "--width", "200", data=None
    ).stdout.splitlines()
    assert china[1].startswith("2005年目标（数据中的年份：2003、2004、2005、2006、")
    assert china[-2:] == [
        "[1] 国务院；政府工作报告；报告日期 2005-03-05",
        "[2] 国务院；政府工作报告；报告日期 2006-03-05",
    ]


def test_an_expected_start_of_production_reads_as_the_report_writes_it_in_chinese(run: Run) -> None:
    """A project's expected start of production is 预计2024年 in Chinese (the report: 预计2024年投产),
    2024 (expected) in English."""
    zh = run("projects", "--lang", "zh", "--wide", data=None).stdout.splitlines()
    assert zh[5].split()[-2:] == ["预计2024年", "1,3"]
    en = run("projects", "--wide", data=None).stdout.splitlines()
    assert en[5].endswith("   2024 (expected)   1,3")


def test_chinese_brackets_around_a_threshold_and_a_missing_report(run: Run) -> None:
    """--lang zh: a target's threshold is in full-width brackets after its figure, and compare's
    region with no report of the year reads 金坛区（无报告）; English keeps its spaced brackets."""
    zh = run("show", "金坛", "--lang", "zh", "--width", "80", data=None).stdout.splitlines()
    assert " 引进备案投资项目          37个（超3亿元或3000万美元）   1" in zh
    en = run("show", "金坛", "--width", "200", data=None).stdout
    assert " 37 projects (over 300 million yuan or 30 million US dollars) " in en
    compared = run("compare", "金坛", "常州市", "--year", "2022", "--lang", "zh", "--width", "80", data=None)
    assert compared.stdout.splitlines()[1] == " 指标                       金坛区（无报告）   常州市 2022"
    english = run("compare", "金坛", "常州市", "--year", "2022", "--width", "80", data=None)
    assert (
        english.stdout.splitlines()[1]
        == " Indicator                  Jintan District (no report)   Changzhou 2022"
    )


def test_compare_names_a_threshold_once_on_its_row(run: Run) -> None:
    """compare --areas: the threshold is the row's (引进备案投资项目（超3亿元或3000万美元）), and the
    cell gives the figure alone; it read 37个（超3亿元或3000万美元） beside the row's own."""
    zh = run(
        "compare", "jintan", "liyang", "--areas", "--lang", "zh", "--wide", data=None
    ).stdout.splitlines()
    (row,) = [line for line in zh if "超3亿元" in line]
    assert row.split() == ["引进备案投资项目（超3亿元或3000万美元）", "37个", "—"]


def test_an_english_table_gives_the_size_bar_in_english_and_json_as_the_report_writes_it(run: Run) -> None:
    """show, compare and rank name 超3亿元或3000万美元 in English in English tables; JSON keeps it."""
    show = run("show", "jintan", "--width", "200", data=None).stdout
    assert " 11 projects (over 1 billion yuan or 100 million US dollars) " in show
    compared = run("compare", "jintan", "liyang", "--areas", "--wide", data=None).stdout.splitlines()
    (row,) = [line for line in compared if "over 300 million" in line]
    assert row.split()[-4:] == ["dollars)", "37", "projects", "—"]
    ranked = run("rank", "investment_projects", "--year", "2023", "--width", "120", data=None).stdout
    assert "Levels (over 300 million yuan or 30 million US dollars)" in ranked.splitlines()
    assert '"threshold": "超3亿元或3000万美元",' in run("show", "jintan", "--json", data=None).stdout


def test_compare_says_what_a_relative_target_comes_to_beside_the_rate_it_is_set_against(run: Run) -> None:
    """compare fujian china 2016: 高于全国2个百分点左右 beside China's +6.5% to 7% comes to +8.5% to 9%."""
    en = run("compare", "fujian", "china", "--year", "2016", "--wide", data=None).stdout.splitlines()
    (row,) = [line for line in en if "stay higher than China" in line]
    assert [cell.strip() for cell in row.split("   ") if cell.strip()][1:] == [
        "stay higher than China by about 2 pp, i.e. +8.5% to 9% (missed by 0.3 pp, a near miss)",
        "—",
    ]
    zh = run("compare", "fujian", "china", "--year", "2016", "--wide", "--lang", "zh", data=None).stdout
    assert "保持高于全国2个百分点左右，即+8.5%—9%（未完成 -0.3个百分点，接近完成）" in zh
    alone = run("compare", "fujian", "jiangsu", "--year", "2016", "--wide", data=None).stdout
    assert "stay higher than China by about 2 pp (missed by 0.3 pp, a near miss)" in alone


def test_rank_names_a_threshold_once_in_its_groups_title(run: Run) -> None:
    """rank: the size bar is the group's title (over 300 million yuan or 30 million US dollars),
    and each entry gives its figure alone; it read 37 projects (over 300 million yuan …) again."""
    lines = run("rank", "investment_projects", "--year", "all", "--wide", data=None).stdout.splitlines()
    at = lines.index("Levels (over 300 million yuan or 30 million US dollars)")
    assert lines[at + 3].split() == [
        "1",
        "金坛区",
        "Jintan",
        "District",
        "2023",
        "37",
        "projects",
        "(area",
        "of",
        "work)",
        "████████████████",  # the bar: the group's largest
    ]


def test_a_relative_targets_outcome_says_its_other_figure_is_an_estimate() -> None:
    """Beijing 2018's income in step with GDP was judged against GDP's 预计 6.6%: its miss is an
    estimate, and show and compare say so as the Actual column marks an estimated result (est.)."""
    show = ["show", "beijing", "--year", "2018", "--width", "80"]
    lines = CliRunner().invoke(cli, show).stdout.splitlines()
    row = lines.index(" Per capita disposable    in step with   +6.3% (est.)       missed by       1,2")
    assert lines[row + 1] == " income                   GDP                               0.3 pp (est.)"
    assert " GDP                      about +6.5%    +6.6% (est.)       met by 0.1 pp   1,2" in lines
    zh = CliRunner().invoke(cli, [*show, "--lang", "zh"]).stdout.splitlines()
    row = zh.index(" 居民人均可支配    与地区生产总   +6.3%（预计）      未完成 -0.3个百分点   1,2")
    assert zh[row + 1] == " 收入              值同步                            （预计）"
    compare = ["compare", "beijing", "tianjin", "--year", "2018", "--width", "80"]
    lines = CliRunner().invoke(cli, compare).stdout.splitlines()
    row = lines.index(" Per capita disposable income    in step with GDP (missed   —")
    assert lines[row + 1] == " of residents                    by 0.3 pp (est.))"
    # Not judged (Tianjin 2019, on the line by GDP's estimate): no difference to call an estimate.
    args = ["targets", "--region", "tianjin", "--year", "2019", "--indicator", "disposable_income"]
    assert "not judged " in CliRunner().invoke(cli, [*args, "--width", "100"]).stdout
    assert "(est.)" not in CliRunner().invoke(cli, [*args, "--width", "100"]).stdout.split("not judged")[1]


def test_history_at_80_columns_leaves_out_the_indicator_its_title_names_before_the_results() -> None:
    """history beijing disposable_income at 80 columns repeated "Per capita disposable / income"
    on two lines a row and left out Actual; the title names the indicator, so that column goes."""
    args = ["history", "beijing", "disposable_income", "--width", "80"]
    lines = CliRunner().invoke(cli, args).stdout.splitlines()
    assert lines[1] == " Year   Target               Actual         Outcome         Chart         Src"
    assert lines[
        lines.index(" 2018   in step with GDP     +6.3% (est.)   missed by                     11,12") + 1
    ] == ("                                            0.3 pp (est.)")
    assert "(Indicator, Wording left out at 80 columns: --wide shows every column)" in lines
    # Two indicators' names (a growth and its level): the column tells them apart, and stays.
    wide = CliRunner().invoke(cli, ["history", "china", "gdp", "--year", "2019-2024", "--width", "100"])
    assert wide.stdout.splitlines()[1].startswith(" Year   Indicator   Target")
