"""Tests of the commands as a user types them (in-process, with click's runner)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from govtargets.cli.main import cli

from .conftest import ECHENG, ECHENG_2023, GDP, MINI, REPORTS, Run, dataset_text

EVERY = [
    ["list"], ["show", "north"], ["compare", "north", "south"], ["targets"], ["rank", "gdp"], ["search", "增长"],
    ["projects"], ["indicators"], ["chain", "north"], ["summary"], ["history", "north", "gdp"],
]  # fmt: skip


@pytest.mark.parametrize("args", EVERY, ids=[a[0] for a in EVERY])
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_command_in_every_format(run: Run, args: list[str], fmt: str) -> None:
    """Status 0 and output on stdout only; JSON parses."""
    result = run(*args, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout
    assert result.stderr == ""
    if fmt == "json":
        json.loads(result.stdout)


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["show", "nowhere"], 1, "unknown region 'nowhere'"),
        (["show", "north", "--year", "2021"], 1, "north has no report for 2021"),
        (["rank", "gpd"], 1, "unknown indicator 'gpd'"),
        (["compare", "north"], 2, "compare needs at least two regions"),
        (
            ["compare", "north", "北"],
            2,
            "compare needs two different regions: 'north' and '北' are both 北区 (north)",
        ),
        (["show", "north", "--year", "1800"], 2, "is not a year from 1949 to 2100"),
        (["projects", "--min-invest", "-1"], 2, "is negative"),
        (["projects", "--min-invest", "nan"], 2, "is not a finite number"),
        (["search", " "], 2, "search needs some text"),
        (["show", "north", "--json", "--format", "csv"], 2, "ask for different formats"),
        (["show", "north", "--bom"], 2, "--bom is for --format csv"),
        (["targets", "--kind", "amount"], 2, "Invalid value for '--kind'"),
    ],
)
def test_errors_are_one_line_and_a_status(run: Run, args: list[str], status: int, message: str) -> None:
    """A lookup error is status 1, a usage error 2, each with a message on stderr and no traceback."""
    result = run(*args)
    assert result.exit_code == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_show_of_a_year_with_results_and_no_report_shows_the_results(run: Run) -> None:
    """A year whose results the next report gives, with no report of its own (anhui 2002): show
    gives those results (it was an error pointing to history); a year with neither is still an
    error, and chain's error names the show that gives them."""
    table = run("show", "anhui", "--year", "2002", "--width", "80", data=None)
    assert (table.exit_code, table.stdout) == (
        0,
        "安徽省 Anhui (340000), 省级 province-level, 中华人民共和国 China\n"
        "No report of 2002 in the dataset (years in it: 2003, 2004, 2005, 2006, 2007,\n"
        "2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,\n"
        "2021, 2022, 2023, 2024, 2025, 2026)\n"
        "Results of 2002\n"
        " Indicator                     Result         Wording                       Src\n"
        f"{'─' * 80}\n"
        " Gross regional product        +8.9% (est.)   预计全年国内生产总值比上年    1\n"
        " (GDP)                                        增长8.9%\n"
        " Total fiscal revenue          +12% (est.)    预计全年国内生产总值比上年    1\n"
        "                                              增长8.9%，财政收入增长12%\n"
        "Sources\n"
        "[1] 安徽省人民政府; 2003年政府工作报告; delivered 2003-01-18;\n"
        "https://www.ah.gov.cn/public/1681/7965291.html\n",
    )
    zh = run("show", "anhui", "--year", "2002", "--width", "80", "--lang", "zh", data=None).stdout
    assert zh.splitlines()[1:5] == [
        "数据中无2002年报告（数据中的年份：2003、2004、2005、2006、2007、2008、2009、",
        "2010、2011、2012、2013、2014、2015、2016、2017、2018、2019、2020、2021、2022、",
        "2023、2024、2025、2026）",
        "2002年实绩",
    ]
    shown = json.loads(run("show", "anhui", "--year", "2002", "--json", data=None).stdout)
    assert (shown["year"], shown["targets"], shown["previous_outcomes"]) == (2002, [], [])
    assert [(o["year"], o["indicator"], o["source"]) for o in shown["other_outcomes"]] == [
        (2002, "gdp", "anhui-2003"),
        (2002, "total_fiscal_revenue", "anhui-2003"),
    ]
    neither = run("show", "anhui", "--year", "2000", data=None)
    assert (neither.exit_code, "results" in neither.stderr) == (1, False)
    chain = run("chain", "anhui", "gdp", "--year", "2002", data=None)
    assert chain.stderr.endswith(
        "; its results of 2002 are in 'govtargets show anhui --year 2002' (gdp, total_fiscal_revenue)\n"
    )


def test_compare_one_region_in_two_years(run: Run) -> None:
    """compare suzhou --year 2024 --year 2025: a column a year (its CSV's columns suzhou@2024_…);
    a year of no report names its year, and years with none say so; one region and one year is a
    usage error saying how."""
    table = run("compare", "suzhou", "--year", "2024", "--year", "2025", "--width", "80", data=None).stdout
    assert table.splitlines()[:5] == [
        "Main targets compared",
        " Indicator                           Suzhou 2024               Suzhou 2025",
        "─" * 80,
        " Gross regional product (GDP)        +5% or more (met by       +5% or more (met",
        "                                     1 pp)                     by 0.4 pp)",
    ]
    assert "latest year" not in table
    sheet = run("compare", "suzhou", "--year", "2024", "--year", "2025", "--format", "csv", data=None).stdout
    assert sheet.splitlines()[0].split(",")[5:7] == ["suzhou@2024_figure_zh", "suzhou@2024_value"]
    missing = run("compare", "jintan", "--year", "2023", "--year", "2024", "--width", "80", data=None).stdout
    assert (
        missing.splitlines()[1]
        == " Indicator              Jintan District 2023   Jintan District 2024 (no report)"
    )
    neither = run("compare", "jintan", "--year", "2024", "--year", "2025", data=None).stdout
    assert neither.splitlines()[1] == (
        "Jintan District has no report of the years asked (2024, 2025) ('govtargets list' shows its years)."
    )
    alone = run("compare", "suzhou", "--year", "2024", data=None)
    assert (alone.exit_code, alone.stderr) == (
        2,
        "govtargets: error: compare needs at least two regions, or one region's years, each with --year"
        " (--year 2024 --year 2025) (see 'govtargets compare --help')\n",
    )


def test_your_data_beside_the_bundled_data(tmp_path: Path) -> None:
    """--data adds a file to the bundled data: compare your district with Jintan in one command."""
    mine = tmp_path / "wujin.toml"
    text = (
        CliRunner()
        .invoke(
            cli,
            [
                "init",
                "wujin",
                "--year",
                "2023",
                "--name-zh",
                "武进区",
                "--code",
                "320412",
                "--parent",
                "320400",
            ],
        )
        .stdout
    )
    text = text.replace(
        'source = "wujin-gwr-2023"\n\n#',
        'source = "wujin-gwr-2023"\n\n[[reports.targets]]\nindicator = "gdp"\nkind = "growth"\nvalue = 6\nwording = "地区生产总值增长6%"\n\n#',
        1,
    )
    mine.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", "wujin", "jintan", "--data", str(mine), "--json"])
    assert result.exit_code == 0, result.stderr
    (gdp,) = [row for row in json.loads(result.stdout)["rows"] if row["indicator"] == "gdp"]
    assert [t["value"] for t in gdp["targets"]["wujin"]] == [6]
    assert [t["value"] for t in gdp["targets"]["jintan"]] == [8]


_KUNMING_2006 = """format = 2
[[sources]]
id = "kunming-2006"
title = "昆明市2006年《政府工作报告》"
publisher = "昆明市人民政府"
[[regions]]
id = "kunming"
code = "530100"
name_zh = "昆明市"
name_en = "Kunming"
level = "prefecture"
parent = "530000"
[[reports]]
region = "kunming"
year = 2006
source = "kunming-2006"
[[reports.targets]]
indicator = "gdp"
kind = "growth"
value = 10
qualifiers = ["以上"]
wording = "全市生产总值增长10%以上"
[[reports.targets]]
id = "gdp_plan"
indicator = "gdp"
kind = "growth"
value = 10
qualifiers = ["以上"]
by = 2010
average = true
wording = "全市生产总值年均增长10%以上"
[[outcomes]]
region = "kunming"
year = 2006
indicator = "gdp"
growth = 12
wording = "全市生产总值增长12%"
source = "kunming-2006"
checked = ["outcome-year"]
"""


def test_a_plans_target_is_listed_apart_never_judged_nor_compared(tmp_path: Path) -> None:
    """昆明 2006 (lawtext/gov) sets the 十一五 plan's 年均增长10%以上 beside the year's 增长10%以上: show
    lists it apart with its years, its row says by and average and is not judged by 2006's result,
    and compare takes the year's target alone."""
    mine = tmp_path / "kunming.toml"
    mine.write_text(_KUNMING_2006, encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "kunming", "--year", "2006", "--data", str(mine), "--width", "120"])
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.index("Main targets") < shown.stdout.index("Targets to a later year (a plan's)")
    assert "+10% or more a year on average, to 2010" in shown.stdout
    rows = runner.invoke(cli, ["targets", "--region", "kunming", "--data", str(mine), "--json"])
    assert [
        (r["id"], r["by"], r["average"], r["outcome"], r["figure_zh"])
        for r in json.loads(rows.stdout)["targets"]
    ] == [
        ("gdp", None, None, "met", "+10%以上"),
        ("gdp_plan", 2010, True, None, "+10%以上（年均，至2010年）"),
    ]
    compared = runner.invoke(
        cli, ["compare", "kunming", "yunnan", "--year", "2006", "--data", str(mine), "--json"]
    )
    (gdp,) = [row for row in json.loads(compared.stdout)["rows"] if row["indicator"] == "gdp"]
    assert [t["id"] for t in gdp["targets"]["kunming"]] == ["gdp"]
    ranked = json.loads(
        runner.invoke(cli, ["rank", "gdp", "--year", "2006", "--data", str(mine), "--json"]).stdout
    )
    assert [t["id"] for t in ranked["unranked"] if t["region"] == "kunming"] == ["gdp_plan"]
    chained = runner.invoke(cli, ["chain", "kunming", "gdp", "--data", str(mine), "--width", "160"]).stdout
    assert "a year on average" not in chained


def test_a_chart_of_one_figure_says_it_once(tmp_path: Path) -> None:
    """A history whose targets all have one figure (昆明 2006: 10% and 年均10%, no result) keys its
    chart "at 10%", not "from 10 to 10%"; in Chinese 均为10%."""
    mine = tmp_path / "kunming.toml"
    mine.write_text(_KUNMING_2006.partition("[[outcomes]]")[0], encoding="utf-8")
    for lang, key in (("en", "result; at 10%\n"), ("zh", "实绩；均为10%\n")):
        shown = CliRunner().invoke(cli, ["history", "kunming", "gdp", "--data", str(mine), "--lang", lang])
        assert key in shown.stdout, shown.stdout


def test_several_data_paths_and_the_environment(tmp_path: Path) -> None:
    """--data a --data b reads both; GOVTARGETS_DATA takes a list; --no-bundled leaves the rest out."""
    extra = tmp_path / "extra.toml"
    extra.write_text(
        'format = 2\n[[regions]]\nid = "east"\ncode = "990103"\nname_zh = "东区"\nname_en = "East"\nlevel = "district"\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    both = runner.invoke(cli, ["list", "--json", "--no-bundled", "--data", str(MINI), "--data", str(extra)])
    assert {r["id"] for r in json.loads(both.stdout)["regions"]} == {
        "demo",
        "testville",
        "north",
        "south",
        "east",
    }
    env = {"GOVTARGETS_DATA": f"{MINI}{os.pathsep}{extra}", "GOVTARGETS_NO_BUNDLED": "1"}
    assert json.loads(runner.invoke(cli, ["list", "--json"], env=env).stdout) == json.loads(both.stdout)
    assert (
        len(json.loads(runner.invoke(cli, ["list", "--json", "--data", str(extra)]).stdout)["regions"]) == 48
    )


def test_validate_checks_files_together_and_reports_everything(tmp_path: Path, run: Run) -> None:
    """Two files that fail only together fail; every problem of every file is listed at once."""
    a = tmp_path / "a.toml"
    b = tmp_path / "b.toml"
    a.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    b.write_text(
        MINI.read_text(encoding="utf-8").replace('name_en = "North District"', 'name_en = "Nord"'),
        encoding="utf-8",
    )
    alone = run("validate", "--no-bundled", str(a), data=None)
    assert alone.exit_code == 0
    together = run("validate", "--no-bundled", str(a), str(b), data=None)
    assert together.exit_code == 1
    assert "region id 'north' is given twice, differently" in together.stdout
    b.write_text(
        'format = 2\n[[regions]]\nid = "x"\ncode = "1"\n[[sources]]\nid = "Bad Id"\n', encoding="utf-8"
    )
    report = json.loads(run("validate", "--no-bundled", str(b), "--json", data=None).stdout)
    assert report["errors"] >= 5  # code, names, level, and the source's id, title, publisher


def test_validate_strict_and_checked(tmp_path: Path, run: Run) -> None:
    """A warning fails only with --strict."""
    path = tmp_path / "d.toml"
    path.write_text(MINI.read_text(encoding="utf-8").replace("value = 9\n", "value = 60\n"), encoding="utf-8")
    assert run("validate", "--no-bundled", str(path), data=None).exit_code == 0
    assert run("validate", "--no-bundled", "--strict", str(path), data=None).exit_code == 1


def test_init_writes_a_file_that_validates(tmp_path: Path) -> None:
    """init's starting file validates as written, beside the bundled data; --output never overwrites."""
    path = tmp_path / "wujin-2024.toml"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "wujin", "--year", "2024", "--output", str(path)]).exit_code == 0
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
    again = runner.invoke(cli, ["init", "wujin", "--output", str(path)])
    assert again.exit_code == 1
    assert "exists: give --force" in again.stderr
    assert runner.invoke(cli, ["init", "wujin", "--output", str(path), "--force"]).exit_code == 0


def test_init_of_a_report_the_data_has_says_yours_replaces_it(tmp_path: Path) -> None:
    """init gansu --year 2025, a report the bundled data has: stderr says that the file's report
    will replace it (it said nothing, and validate's replaces-bundled warning came after the
    writing); a year the data has not, no note."""
    runner = CliRunner()
    made = runner.invoke(cli, ["init", "gansu", "--year", "2025", "-o", str(tmp_path / "g.toml")])
    assert (made.exit_code, made.stderr) == (
        0,
        "note: the data already has gansu's 2025 report: a file of yours that gives it replaces a bundled"
        " one (validate warns, replaces-bundled)\n",
    )
    assert (
        runner.invoke(cli, ["init", "gansu", "--year", "2006", "-o", str(tmp_path / "h.toml")]).stderr == ""
    )


def test_init_of_a_year_the_data_lacks_of_a_region_it_has_says_the_file_adds_it(tmp_path: Path) -> None:
    """init hebei --year 2002 (the bundled Hebei is of 2003–2026): a comment says the file adds the
    year with no [[regions]] table, and the publisher is the bundled reports' (it was a placeholder
    that validate warned of); a year the data has gets no such comment."""
    path = tmp_path / "hebei-2002.toml"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "hebei", "--year", "2002", "-o", str(path)]).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert text.split("[[reports]]")[0].splitlines()[-5:] == [
        'publisher = "河北省人民政府"',
        "delivered = 2002-01-01",
        "",
        "# hebei is a region of the data (its reports of 2003–2026): the file adds its report of 2002,",
        "# with no [[regions]] table (docs/format.md, Your files beside the bundled data).",
    ]
    assert "\n[[regions]]\n" not in text
    later = runner.invoke(cli, ["init", "hebei", "--year", "2024"]).stdout
    assert "is a region of the data" not in later


def test_init_names_the_parent_it_writes_in_its_comment() -> None:
    """init jinchang --code 620300: the region's comment gives its own parent as the example,
    "620000 for 甘肃省 Gansu", not Changzhou's 320400 beside parent = "620000"."""
    text = CliRunner().invoke(cli, ["init", "jinchang", "--year", "2019", "--code", "620300"]).stdout
    assert "# county_city, county) and its parent's code (620000 for 甘肃省 Gansu).\n" in text
    assert '\nparent = "620000"\n' in text


def test_init_gives_the_day_the_report_was_delivered_as_delivered() -> None:
    """init's comment asks for the day the report was delivered, and the field it writes is
    `delivered` (as the bundled data's), which show prints as "delivered"; it wrote `posted`."""
    text = CliRunner().invoke(cli, ["init", "wujin", "--year", "2024"]).stdout
    assert ("\ndelivered = 2024-01-01\n" in text, "posted =" in text) == (True, False)


@pytest.mark.parametrize(
    ("options", "level"),
    [
        (["--code", "350200", "--parent", "350000"], "prefecture"),  # 厦门市: it was a district
        (["--code", "320412"], "district"),
        (["--code", "320481"], "county_city"),
        (["--code", "350322"], "county"),
        (["--code", "350000"], "province"),
        (["--parent", "350000"], "prefecture"),  # no code: the level below a province's
        (["--parent", "320400"], "district"),
        (["--name-zh", "昆明市"], "prefecture"),  # no code: the name's ending (it wrote district)
        (["--name-zh", "宜兴市", "--parent", "320200"], "county_city"),  # 市 below a prefecture
        (["--name-zh", "沛县"], "county"),
        (["--name-zh", "延边朝鲜族自治州"], "prefecture"),
        (["--name-zh", "武进区", "--parent", "320400"], "district"),
        ([], "district"),
        (["--code", "350200", "--level", "county"], "county"),  # given: as given
    ],
)
def test_init_takes_the_level_from_the_code(tmp_path: Path, options: list[str], level: str) -> None:
    """init's region has the level its GB/T 2260 code gives (else the one below its parent's), not
    always district; the opening comment names the file written."""
    path = tmp_path / "mine.toml"
    made = CliRunner().invoke(cli, ["init", "newplace", "--year", "2024", *options, "-o", str(path)])
    assert made.exit_code == 0, made.stderr
    text = path.read_text(encoding="utf-8")
    assert f'\nlevel = "{level}"\n' in text
    assert text.startswith(
        "# A dataset file for one work report: newplace, 2024. It validates as it stands:\n"
        f"# govtargets validate {path}. docs/format.md describes every field.\n"
    )


def test_init_says_where_the_regions_other_years_go() -> None:
    """init's opening comment says the file may hold the region's other years and where their
    results go: a researcher keeping 双鸭山市 2020–2023 in one file found only "one work report"."""
    made = CliRunner().invoke(cli, ["init", "newplace", "--year", "2024"])
    assert made.stdout.splitlines()[2:4] == [
        "# newplace's other years may go in it too, each with its source and report as below, and the results",
        "# of each review as outcomes of the year before (docs/format.md, Several years).",
    ]


@pytest.mark.parametrize(
    ("code", "parent"),
    [
        ("340100", '\nparent = "340000"\n'),  # 合肥市, below 安徽省, which the data has
        ("320412", '\nparent = "320400"\n'),  # 武进区, below 常州市
        ("350322", None),  # 仙游县: its prefecture, 莆田市 (350300), is not in the data
    ],
)
def test_init_takes_the_parent_from_the_code(tmp_path: Path, code: str, parent: str | None) -> None:
    """init --code of a region the data lacks sets it below the division the code lies in, where
    the data has that (it wrote no parent, so chain stopped at the city: h85 on 合肥市 2006)."""
    path = tmp_path / "mine.toml"
    made = CliRunner().invoke(cli, ["init", "newplace", "--year", "2006", "--code", code, "-o", str(path)])
    assert (made.exit_code, made.stderr) == (0, "")
    text = path.read_text(encoding="utf-8")
    assert (parent in text) if parent else ("\nparent = " not in text)
    assert CliRunner().invoke(cli, ["validate", str(path)]).exit_code == 0


def test_init_says_a_level_nothing_told_is_a_guess(tmp_path: Path) -> None:
    """init kunming alone: nothing tells the level, so the file says above the region that its
    district is a guess to check, and stderr says how to tell it (once written); --name-zh 昆明市
    tells it, silently."""
    path = tmp_path / "k.toml"
    made = CliRunner().invoke(cli, ["init", "kunming", "--year", "2024", "-o", str(path)])
    assert made.stderr == (
        "note: nothing tells kunming's level: the file guesses district; give --level, --code or --name-zh"
        " (昆明市, 武进区, 沛县), or check it\n"
    )
    assert (
        "# CHECK THE LEVEL: district is a guess (no --level, --code, --name-zh or --parent told it).\n"
        "[[regions]]\n" in path.read_text(encoding="utf-8")
    )
    again = CliRunner().invoke(cli, ["init", "kunming", "-o", str(path)])  # not written: no note of it
    assert again.stderr == f"govtargets: error: {path} exists: give --force to replace it\n"
    told = CliRunner().invoke(cli, ["init", "kunming", "--name-zh", "昆明市", "-o", str(path), "--force"])
    assert (told.stderr, "CHECK THE LEVEL" in path.read_text(encoding="utf-8")) == ("", False)


def test_init_takes_the_parent_by_its_name_and_its_help_example_runs(tmp_path: Path) -> None:
    """init wujin --parent changzhou writes Changzhou's code 320400 and validates (it wrote
    parent = "changzhou", which did not); an unknown name is a lookup error; --help's example runs."""
    runner = CliRunner()
    path = tmp_path / "wujin.toml"
    made = runner.invoke(cli, ["init", "wujin", "--parent", "常州", "--output", str(path)])
    assert (made.exit_code, made.stderr) == (0, "")
    assert '\nparent = "320400"\n' in path.read_text(encoding="utf-8")
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
    unknown = runner.invoke(cli, ["init", "wujin", "--parent", "changzhuo"])
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith("govtargets: error: unknown region 'changzhuo'; did you mean changzhou")
    help_text = runner.invoke(cli, ["init", "--help"]).stdout
    example = next(line.split()[1:] for line in help_text.splitlines() if "--parent 320400" in line)
    assert runner.invoke(cli, example).exit_code == 0


def test_extract_prints_a_draft_that_validates(tmp_path: Path) -> None:
    """extract on Changzhou's 2023 report drafts TOML that validates beside the bundled data."""
    runner = CliRunner()
    draft = runner.invoke(cli, ["extract", str(REPORTS / "changzhou" / "2023.md")])
    assert draft.exit_code == 0, draft.stderr
    path = tmp_path / "draft.toml"
    path.write_text(draft.stdout, encoding="utf-8")
    checked = runner.invoke(cli, ["validate", str(path)])
    assert checked.exit_code == 0, checked.stdout
    assert "replaces the bundled one" in checked.stdout


def test_extract_takes_json_as_the_other_commands_do() -> None:
    """extract's --json is --format json, as on every command; with --format toml it is a usage error."""
    runner = CliRunner()
    report = str(REPORTS / "changzhou" / "2023.md")
    flag = runner.invoke(cli, ["extract", report, "--json"])
    assert flag.exit_code == 0, flag.stderr
    assert flag.stdout == runner.invoke(cli, ["extract", report, "--format", "json"]).stdout
    assert json.loads(flag.stdout)["region"] == "changzhou"
    both = runner.invoke(cli, ["extract", report, "--json", "--format", "toml"])
    assert (both.exit_code, both.stdout) == (2, "")
    assert "--json and --format toml ask for different formats" in both.stderr


def test_shell_completion_offers_names_and_years() -> None:
    """Completion offers region names, Chinese indicator names and the data's years."""

    def complete(words: str) -> list[str]:
        env = {
            "_GOVTARGETS_COMPLETE": "bash_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
        }
        result = CliRunner().invoke(cli, [], env=env, prog_name="govtargets")
        return [line.split(",", 1)[1] for line in result.stdout.splitlines() if line]

    assert "jintan" in complete("govtargets show jin")
    assert "地区生产总值" in complete("govtargets rank 地区")
    assert "2023" in complete("govtargets show jintan --year 20")


def test_help_of_every_command() -> None:
    """--help of each command works, says what it does, and ends with two or three examples."""
    for name in cli.commands:  # type: ignore[attr-defined]
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Usage: govtargets" in result.stdout
        examples = result.stdout.split("Examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert 2 <= len(examples) <= 3, name
        assert all(line.startswith(f"    govtargets {name}") for line in examples), name


def _complete(words: str, shell: str = "bash") -> list[str]:
    env = {
        "_GOVTARGETS_COMPLETE": f"{shell}_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(cli, [], env=env, prog_name="govtargets")
    return [line.split(",", 1)[1] for line in result.stdout.splitlines() if line]


def test_indicator_completion_offers_keys_and_chinese_names_only() -> None:
    """gd offers the key gdp; GDP, an alias, is not offered, nor lowercased aliases."""
    offered = _complete("govtargets rank g")
    assert "gdp" in offered
    assert all(word == word.lower() for word in offered)
    assert "经济增长" not in _complete("govtargets rank 经济")  # an alias of gdp
    assert "经济增长" not in _complete("govtargets rank 经")


def test_year_completion_offers_the_regions_years() -> None:
    """--year after a region offers that region's years only (Jintan: 2023)."""
    assert _complete("govtargets show jintan --year ") == ["2023"]
    assert _complete("govtargets targets --region jintan --year ") == ["2023", "latest", "all"]
    assert "2022" in _complete("govtargets targets --year ")


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_the_script(shell: str) -> None:
    """completion SHELL prints the script that shell sources, naming the completion variable."""
    result = CliRunner().invoke(cli, ["completion", shell])
    assert result.exit_code == 0
    assert "_GOVTARGETS_COMPLETE" in result.stdout
    assert f"{shell}_complete" in result.stdout


def test_global_options_before_the_command(run: Run) -> None:
    """govtargets --data X --no-bundled list reads X alone, as list --data X --no-bundled does."""
    before = CliRunner().invoke(cli, ["--data", str(MINI), "--no-bundled", "list", "--json"])
    assert before.exit_code == 0, before.stderr
    assert before.stdout == run("list", "--json").stdout
    zh = CliRunner().invoke(cli, ["--lang", "zh", "--data", str(MINI), "--no-bundled", "show", "north"])
    assert zh.stdout.startswith("北区")
    assert CliRunner().invoke(cli, ["--lang", "zh", "show", "north", "--lang", "en", "--data", str(MINI),
                                    "--no-bundled"]).stdout.startswith("北区 North")  # fmt: skip


def test_summary_of_gdp_by_region(run: Run) -> None:
    """summary --indicator gdp --by region: each region's GDP targets over its years, judged and not."""
    result = run("summary", "--indicator", "gdp", "--by", "region", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"region": "testville", "region_zh": "测试市", "region_en": "Testville", "year": None, "targets": 1,
         "with_outcome": 1, "judged": 1, "met": 0, "missed": 1, "near_missed": 0, "as_stated": 0, "not_judged": 0, "no_result": 0,
         "mean_difference_pp": -0.4},
        {"region": "north", "region_zh": "北区", "region_en": "North District", "year": None, "targets": 2,
         "with_outcome": 1, "judged": 1, "met": 1, "missed": 0, "near_missed": 0, "as_stated": 0, "not_judged": 0, "no_result": 1,
         "mean_difference_pp": 0.2},
        {"region": "south", "region_zh": "南县", "region_en": "South County", "year": None, "targets": 1,
         "with_outcome": 0, "judged": 0, "met": 0, "missed": 0, "near_missed": 0, "as_stated": 0, "not_judged": 0, "no_result": 1,
         "mean_difference_pp": None},
    ]  # fmt: skip


def _years_of(result_text: str) -> list[int]:
    return sorted({json.loads(line)["year"] for line in result_text.splitlines()})


@pytest.mark.parametrize(
    ("args", "years"),
    [
        (["--year", "2022-2023"], [2022, 2023]),
        (["--year", "2023-2023"], [2023]),
        (["--since", "2023"], [2023]),
        (["--until", "2022"], [2022]),
        (["--since", "2022", "--until", "2023"], [2022, 2023]),
        (["--year", "all"], [2022, 2023]),
    ],
)
def test_year_ranges_on_targets(run: Run, args: list[str], years: list[int]) -> None:
    """--year FIRST-LAST, --since and --until pick the targets of those years, both ends in."""
    result = run("targets", *args, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert _years_of(result.stdout) == years


@pytest.mark.parametrize("command", [["rank", "gdp"], ["summary"], ["history", "north", "gdp"]])
def test_year_ranges_on_rank_summary_and_history(run: Run, command: list[str]) -> None:
    """rank, summary and history take a range too, and keep to it."""
    result = run(*command, "--until", "2022", "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    if command[0] == "rank":
        assert document["year"] == [None, 2022]
        assert {e["year"] for g in document["groups"] for e in g["entries"]} == {2022}
    else:
        assert {y["year"] for y in document["years"]} == {2022}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2023-2022"], "'2023-2022' ends before it begins"),
        (
            ["--year", "2023", "--since", "2022"],
            "--year and --since/--until ask for different years: give one",
        ),
        (["--since", "2023", "--until", "2022"], "--since 2023 is after --until 2022"),
        (["--year", "20x-2023"], "is not a year from 1949 to 2100, a range (2003-2026), latest or all"),
    ],
)
def test_a_bad_year_range_is_a_usage_error(run: Run, args: list[str], message: str) -> None:
    """A range that ends before it begins, or two ways of giving the years at once: status 2."""
    result = run("targets", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_the_year_column_is_kept_when_it_tells_rows_apart(run: Run) -> None:
    """At a narrow width, targets of several years keep their Year column; of one year, it may go."""
    spanning = run("targets", "--year", "all", "--region", "north", "--indicator", "gdp", "--width", "50")
    assert "Year" in spanning.stdout.splitlines()[1]
    one = run("targets", "--year", "2023", "--region", "north", "--indicator", "gdp", "--width", "50")
    assert "Year" not in one.stdout.splitlines()[1]


def test_targets_sorted_and_limited(run: Run) -> None:
    """--sort -value puts the highest first (nulls last; the growth rates, the most, before the
    levels in 亿元), --limit keeps the first N."""
    result = run("targets", "--year", "all", "--sort", "-value", "--limit", "3", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == [12.5, 9, 8]
    unsorted = run("targets", "--year", "all", "--limit", "2", "--format", "jsonl").stdout.splitlines()
    assert unsorted == run("targets", "--year", "all", "--format", "jsonl").stdout.splitlines()[:2]


def test_sorting_by_a_column_that_is_not_one(run: Run) -> None:
    """--sort bogus: a usage error (status 2) that lists the columns."""
    result = run("targets", "--sort", "bogus")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "govtargets: error: cannot sort by 'bogus': the columns are region, region_zh,"
    )


LISTING = ["list", "targets", "rank", "search", "projects", "indicators", "summary", "history", "validate"]


def test_every_listing_has_the_same_sort_and_limit() -> None:
    """Every command that lists rows takes --sort/-s and --limit/-n, with one help text."""
    helps = {
        (p.name, tuple(p.opts), p.help)
        for name in LISTING
        for p in cli.commands[name].params  # type: ignore[attr-defined]
        if p.name in ("sort", "limit")
    }
    assert len(helps) == 2
    assert {(name, opts) for name, opts, _ in helps} == {
        ("sort", ("--sort", "-s")),
        ("limit", ("--limit", "-n")),
    }


def test_list_sorted_and_limited_says_what_it_cut(run: Run) -> None:
    """list -s -targets -n 2: the two regions with most targets (ties in list order); stderr says 2 of 4."""
    result = run("list", "-s", "-targets", "-n", "2", "--format", "jsonl")
    assert [(json.loads(line)["id"], json.loads(line)["targets"]) for line in result.stdout.splitlines()] == [
        ("north", 11),
        ("testville", 2),
    ]
    assert result.stderr == "(the first 2 of 4 rows: --limit 2)\n"


def test_the_note_of_rows_cut_is_in_the_tables_language(run: Run) -> None:
    """With --lang zh the note of rows left out by --limit is in Chinese, as the table is (it was
    English under a Chinese table)."""
    result = run("list", "-n", "2", "--lang", "zh", "--format", "csv")
    assert result.stderr == "（共4行，显示前2行：--limit 2）\n"


def test_rank_is_sorted_within_its_groups_and_cut_in_order(run: Run) -> None:
    """rank -s -year -n 3: newest first within the group, ranks kept, the fourth entry cut."""
    result = json.loads(run("rank", "gdp", "--year", "all", "-s", "-year", "-n", "3", "--json").stdout)
    assert [
        [(e["region"], e["year"], e["value"], e["rank"]) for e in g["entries"]] for g in result["groups"]
    ] == [[("south", 2023, 9, 1), ("north", 2023, 8, 2), ("testville", 2023, 5.5, 4)]]
    assert result["unranked"] == []


def test_the_history_charts_key_gives_its_ends_in_english_units(run: Run) -> None:
    """Guizhou's increases of fixed-asset investment (100亿元以上, 力争150亿元): the English key reads
    "from 10 billion yuan to 15 billion yuan" (it read "from 100 to 150亿元"); the Chinese, and a key
    in %, as before."""
    args = ["history", "guizhou", "fixed_asset_investment_increase", "--width", "120", "--no-pager"]
    keys = [line for line in run(*args, data=None).stdout.splitlines() if line.startswith("Chart")]
    assert keys == ["Chart: ━ target (band), ┃ one figure, ● result; from 10 billion yuan to 15 billion yuan"]
    zh = run(*args, "--lang", "zh", data=None).stdout.splitlines()
    assert [line for line in zh if line.startswith("图示")] == [
        "图示：━ 目标区间，┃ 单一目标，● 实绩；100至150亿元"
    ]
    gdp = run("history", "anhui", "gdp", "--width", "200", "--no-pager", data=None).stdout.splitlines()
    assert [line for line in gdp if line.startswith("Chart")] == [
        "Chart: ━ target (band), ┃ one figure, ● result, ▸◂ a bound; from 3.5 to 14.5%"
    ]


def test_history_newest_first_and_limited(run: Run) -> None:
    """history -s -year: 2023 before 2022; -n 1 keeps 2023 alone."""
    years = json.loads(run("history", "north", "gdp", "-s", "-year", "--json").stdout)["years"]
    assert [(y["year"], [t["value"] for t in y["targets"]]) for y in years] == [(2023, [8]), (2022, [7])]
    one = json.loads(run("history", "north", "gdp", "-s", "-year", "-n", "1", "--json").stdout)["years"]
    assert [(y["year"], [t["value"] for t in y["targets"]]) for y in one] == [(2023, [8])]


def test_projects_limited_total_only_what_is_shown(run: Run) -> None:
    """projects -s -planned_investment -n 2: the two largest, and totals of those two alone."""
    result = json.loads(
        run("projects", "--year", "all", "-s", "-planned_investment", "-n", "2", "--json").stdout
    )
    assert [(p["id"], p["planned_investment"]) for p in result["projects"]] == [("bridge", 2.5), ("park", 1)]
    assert result["totals"] == {
        "count": 2, "parts": 0, "planned_investment": 3.5, "planned_known": 2, "planned_bound": None,
        "total_investment": 25, "total_known": 2, "total_bound": None,
    }  # fmt: skip


def test_a_project_in_dollars_is_shown_as_written_and_left_out_of_sums_in_yuan(
    tmp_path: Path, run: Run
) -> None:
    """总投资10亿美元 is held as written; --min-invest and the totals, in 亿元, count only yuan; 2亿元 planned of 1亿美元 is no error."""
    path = tmp_path / "dollars.toml"
    path.write_text(
        dataset_text(
            ("sources", {"id": "d-2024", "title": "D2024", "publisher": "美元市人民政府"}),
            (
                "regions",
                {
                    "id": "dollarville",
                    "code": "990199",
                    "name_zh": "美元市",
                    "name_en": "Dollarville",
                    "level": "prefecture",
                },
            ),
            ("reports", {"region": "dollarville", "year": 2024, "source": "d-2024"}),
            (
                "reports.projects",
                {
                    "id": "fab",
                    "name_zh": "晶圆厂项目",
                    "total_investment": {"value": 1, "unit": "亿美元"},
                    "planned_investment": {"value": 2, "unit": "亿元"},
                    "wording": "晶圆厂项目总投资1亿美元，今年计划投资2亿元",
                },
            ),
            (
                "reports.projects",
                {
                    "id": "park",
                    "name_zh": "产业园项目",
                    "total_investment": {"value": 3, "unit": "亿元"},
                    "wording": "产业园项目总投资3亿元",
                },
            ),
        ),
        encoding="utf-8",
    )
    assert run("validate", data=path).stdout.splitlines()[-1] == "0 errors and 0 warnings in 1 file: valid"
    every = json.loads(run("projects", "--region", "dollarville", "--json", data=path).stdout)
    assert [
        (p["id"], p["total_investment"], p["total_unit"], p["total_yuan"]) for p in every["projects"]
    ] == [
        ("fab", 1, "亿美元", None),
        ("park", 3, "亿元", 300000000),
    ]
    assert every["totals"] == {
        "count": 2, "parts": 0, "planned_investment": 2, "planned_known": 1, "planned_bound": None,
        "total_investment": 3, "total_known": 1, "total_bound": None,
    }  # fmt: skip
    over = json.loads(
        run("projects", "--region", "dollarville", "--min-total", "1", "--json", data=path).stdout
    )
    assert [p["id"] for p in over["projects"]] == ["park"]
    assert over["totals"] == {
        "count": 1, "parts": 0, "planned_investment": None, "planned_known": 0, "planned_bound": None,
        "total_investment": 3, "total_known": 1, "total_bound": None,
    }  # fmt: skip


def _bounded_projects(tmp_path: Path, *projects: dict[str, object]) -> Path:
    path = tmp_path / "bounded.toml"
    path.write_text(
        dataset_text(
            ("sources", {"id": "l-2025", "title": "L2025", "publisher": "界市人民政府"}),
            (
                "regions",
                {
                    "id": "boundville",
                    "code": "990299",
                    "name_zh": "界市",
                    "name_en": "Boundville",
                    "level": "prefecture",
                },
            ),
            ("reports", {"region": "boundville", "year": 2025, "source": "l-2025"}),
            *(("reports.projects", p) for p in projects),
        ),
        encoding="utf-8",
    )
    return path


def test_a_project_investment_given_as_a_bound_is_shown_as_one_and_bounds_the_sums(
    tmp_path: Path, run: Run
) -> None:
    """总投资3500亿元以上 (陇南 2025) is total_investment_bound = "at_least": the row says so in JSON, the
    table "at least 350 billion yuan" / 3500亿元以上, and the sums it is part of are at least theirs."""
    reserve = {
        "id": "reserve",
        "name_zh": "动态储备项目",
        "total_investment": {"value": 3500, "unit": "亿元"},
        "total_investment_bound": "at_least",
        "wording": "动态储备项目1500个、总投资3500亿元以上",
    }
    chain = {
        "id": "chain",
        "name_zh": "产业链项目",
        "total_investment": {"value": 670, "unit": "亿元"},
        "planned_investment": {"value": 117, "unit": "亿元"},
        "planned_investment_bound": "at_least",
        "wording": "谋划储备产业链项目300个、总投资670亿元、年投资117亿元以上",
    }
    path = _bounded_projects(tmp_path, reserve, chain)
    assert run("validate", data=path).stdout.splitlines()[-1] == "0 errors and 0 warnings in 1 file: valid"
    answer = json.loads(run("projects", "--region", "boundville", "--json", data=path).stdout)
    assert [(p["id"], p["total_investment"], p["total_bound"], p["planned_investment"], p["planned_bound"])
            for p in answer["projects"]] == [("reserve", 3500, "at_least", None, None), ("chain", 670, None, 117, "at_least")]  # fmt: skip
    assert answer["totals"] == {
        "count": 2, "parts": 0, "planned_investment": 117, "planned_known": 1, "planned_bound": "at_least",
        "total_investment": 4170, "total_known": 2, "total_bound": "at_least",
    }  # fmt: skip
    table = [
        line.rstrip() for line in run("show", "boundville", "--width", "100", data=path).stdout.splitlines()
    ]
    assert [table[5], table[6], table[8]] == [
        " 动态储备项目        at least 350 billion yuan   —                                           1",
        " 产业链项目          67 billion yuan             at least 11.7 billion yuan                  1",
        " Total: 2 projects   at least 417 billion yuan   at least 11.7 billion yuan (1 of 2 known)",
    ]
    zh = run("show", "boundville", "--width", "100", "--lang", "zh", data=path).stdout.splitlines()
    assert [line.rstrip() for line in (zh[5], zh[6], zh[8])] == [
        " 动态储备项目    —      3500亿元以上   —                             —      1",
        " 产业链项目      —      670亿元        117亿元以上                   —      1",
        " 合计：2个项目          4170亿元以上   117亿元以上（2个中1个已知）",
    ]


def test_sums_of_project_bounds_both_ways_bound_nothing(tmp_path: Path, run: Run) -> None:
    """A total more than 10亿元 (突破) beside one at most 5亿元 (以内): the sum, 15亿元, is no bound
    either way (its bound empty); two floors, one passed, make a sum more than theirs."""
    over = {
        "id": "over",
        "name_zh": "甲项目",
        "total_investment": {"value": 10, "unit": "亿元"},
        "total_investment_bound": "more_than",
        "wording": "甲项目总投资突破10亿元",
    }
    under = {
        "id": "under",
        "name_zh": "乙项目",
        "total_investment": {"value": 5, "unit": "亿元"},
        "total_investment_bound": "at_most",
        "wording": "乙项目总投资5亿元以内",
    }
    floor = {**under, "total_investment_bound": "at_least", "wording": "乙项目总投资5亿元以上"}
    both = json.loads(run("projects", "--json", data=_bounded_projects(tmp_path, over, under)).stdout)
    assert (both["totals"]["total_investment"], both["totals"]["total_bound"]) == (15, None)
    floors = json.loads(run("projects", "--json", data=_bounded_projects(tmp_path, over, floor)).stdout)
    assert (floors["totals"]["total_investment"], floors["totals"]["total_bound"]) == (15, "more_than")


def _grouped_projects(tmp_path: Path, part_of: str = "key-70") -> Path:
    """晋城市 2020's way: 70 key projects (1353.6亿元), of them 39 of infrastructure (753.8亿元), of
    them 晋阳高速 (68亿元)."""
    group = {
        "total_investment": {"value": 1353.6, "unit": "亿元"},
        "planned_investment": {"value": 232.6, "unit": "亿元"},
    }
    return _bounded_projects(
        tmp_path,
        {
            "id": "key-70",
            "name_zh": "70项省市重点工程",
            **group,
            "wording": "实施总投资1353.6亿元的70项省市重点工程",
        },
        {
            "id": "infra-39",
            "name_zh": "基础设施39个项目",
            "part_of": part_of,
            "total_investment": {"value": 753.8, "unit": "亿元"},
            "wording": "实施39个项目，总投资753.8亿元",
        },
        {
            "id": "jinyang",
            "name_zh": "晋阳高速拓宽改造",
            "part_of": "infra-39",
            "total_investment": {"value": 68, "unit": "亿元"},
            "wording": "总投资68亿元的晋阳高速拓宽改造",
        },
    )


def test_a_project_part_of_another_listed_is_not_added_again(tmp_path: Path, run: Run) -> None:
    """A group, a part of it and a member of the part (part_of): the totals add the group's 1353.6
    alone (they added 2175.4, each figure again in its whole's), the table marks the parts and
    says how many are in a group; --min-total 700 lists the group and its part, and adds one."""
    path = _grouped_projects(tmp_path)
    answer = json.loads(run("projects", "--json", data=path).stdout)
    assert [p["part_of"] for p in answer["projects"]] == [None, "key-70", "infra-39"]
    assert answer["totals"] == {
        "count": 3, "parts": 2, "planned_investment": 232.6, "planned_known": 1, "planned_bound": None,
        "total_investment": 1353.6, "total_known": 1, "total_bound": None,
    }  # fmt: skip
    table = run("show", "boundville", "--width", "100", data=path).stdout.splitlines()
    assert [line.rstrip() for line in table[5:10]] == [
        " 70项省市重点工程                  —      135.36 billion yuan   23.26 billion yuan   1",
        " └ 基础设施39个项目                —      75.38 billion yuan    —                    1",
        " └ 晋阳高速拓宽改造                —      6.8 billion yuan      —                    1",
        "",
        " Total: 3 projects, 2 in a group          135.36 billion yuan   23.26 billion yuan",
    ]
    zh = run("projects", "--min-total", "700", "--lang", "zh", "--width", "100", data=path).stdout
    assert [line.rstrip() for line in zh.splitlines()[-4:-2]] == [
        "",
        " 合计：2个项目（1个属所列项目组）                        1353.6亿元   232.6亿元",
    ]


def test_a_project_part_of_no_other_is_an_error(tmp_path: Path, run: Run) -> None:
    """part_of names another project of the report: one it lacks, or a chain back to itself, is
    an error at the project's line."""
    result = run("validate", str(_grouped_projects(tmp_path, part_of="key-71")), data=None)
    assert (
        "report boundville 2025, project infra-39: field 'part_of': no other project 'key-71' in this report"
        in result.stdout
    )
    looped = run("validate", str(_grouped_projects(tmp_path, part_of="jinyang")), data=None)
    assert looped.exit_code == 1
    assert (
        "project infra-39: field 'part_of': is part of a project that is part of it ('infra-39')"
        in looped.stdout
    )


def test_summary_search_and_indicators_sorted_and_limited(run: Run) -> None:
    """summary -s -met, search -n 1 and indicators -s -key each keep the rows asked for."""
    summary = run("summary", "-s", "-met", "-n", "1", "--format", "jsonl").stdout.splitlines()
    assert [(json.loads(r)["region"], json.loads(r)["year"], json.loads(r)["met"]) for r in summary] == [
        ("north", 2023, 5)
    ]
    hits = run("search", "北区", "--year", "all", "-n", "1", "--format", "jsonl")
    assert [json.loads(r)["field"] for r in hits.stdout.splitlines()] == ["name_zh"]
    assert hits.stderr == "(the first 1 of 3 rows: --limit 1)\n"  # a record is one hit: 北区 is 3, not 5
    keys = run("indicators", "-s", "-key", "-n", "2", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(k)["key"] for k in keys] == ["unused", "unemployment"]


def test_sorting_by_a_list_column_is_refused(run: Run) -> None:
    """list --sort years: a usage error naming the columns of one value (years, a list, is not one)."""
    result = run("list", "--sort", "years")
    assert result.exit_code == 2
    assert result.stderr == (
        "govtargets: error: cannot sort by 'years': the columns are id, code, name_zh, name_en, level, "
        "level_zh, level_en, source, targets, projects, outcomes\n"
    )


@pytest.mark.parametrize(
    ("env", "chosen"),
    [({}, "less"), ({"PAGER": "more"}, "more"), ({"PAGER": "more", "GOVTARGETS_PAGER": "most"}, "most"),
     ({"PAGER": ""}, None), ({"PAGER": "cat"}, None)],
)  # fmt: skip
def test_the_pager_is_chosen_as_git_chooses(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], chosen: str | None
) -> None:
    """GOVTARGETS_PAGER, else PAGER, else less; an empty one or cat: no pager."""
    from govtargets.output import terminal

    for name in ("PAGER", "GOVTARGETS_PAGER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert terminal.pager() == chosen


def test_a_long_table_on_a_terminal_goes_through_the_pager(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, a table longer than it is paged (LESS=FRX set); --no-pager, a short table or JSON are not."""
    from govtargets.output import terminal

    monkeypatch.setattr(terminal, "is_terminal", lambda: True)
    monkeypatch.delenv("LESS", raising=False)
    paged = tmp_path / "paged.txt"
    env = {
        "PAGER": f"echo LESS=$LESS > {paged}; cat >> {paged}",
        "LINES": "3",
        "COLUMNS": "80",
        "NO_COLOR": "1",
    }
    result = run("targets", "--year", "all", env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = paged.read_text(encoding="utf-8")
    assert text.startswith("LESS=FRX\nTargets (all years): ")
    paged.unlink()
    for args in (["targets", "--no-pager"], ["targets", "--json"]):
        assert run(*args, env=env).stdout
        assert not paged.exists()
    assert run("targets", env={**env, "LINES": "1000"}).stdout
    assert not paged.exists()


def _marked(tmp_path: Path, standing: str) -> Path:
    """The test dataset with report-n marked official and report-s marked ``standing``."""
    text = MINI.read_text(encoding="utf-8")
    text = text.replace(
        'url = "https://example.org/north"\n', 'url = "https://example.org/north"\nstanding = "official"\n'
    )
    text = text.replace("posted = 2023-01-06\n", f'posted = 2023-01-06\nstanding = "{standing}"\n')
    path = tmp_path / "marked.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sources_standing_is_in_its_json_and_its_table(run: Run, tmp_path: Path) -> None:
    """standing = "official"/"secondary" shows in show --json (null where unmarked); the table says "a secondary source"."""
    data = _marked(tmp_path, "secondary")
    north = json.loads(run("show", "north", "--json", data=data).stdout)
    assert [(s["id"], s["standing"]) for s in north["sources"]] == [
        ("report-n", "official"),
        ("review-n", None),
    ]
    assert run("show", "south", data=data).stdout.splitlines()[-1] == (
        "[1] Test publisher; 南县政府工作报告; posted 2023-01-06; a secondary source"
    )


def test_the_other_tables_number_a_secondary_source_by_id_as_format_md_says(run: Run, tmp_path: Path) -> None:
    """targets and projects cite report-s, secondary, by its id alone, as docs/format.md now says
    (it said every table says "a secondary source"); show says it."""
    data = _marked(tmp_path, "secondary")
    for command in ("targets", "projects"):
        lines = run(command, "--region", "south", "--width", "100", data=data).stdout.splitlines()
        assert lines[-2:] == ["Sources", "[1] report-s"], command
    assert run("show", "south", data=data).stdout.endswith("; a secondary source\n")


def test_a_standing_that_is_neither_is_refused(run: Run, tmp_path: Path) -> None:
    """standing = "primary": a validation error with its line, naming the two values."""
    result = run("validate", str(_marked(tmp_path, "primary")), data=None)
    assert result.exit_code == 1
    assert (
        f"{tmp_path / 'marked.toml'}:18: source report-s: field 'standing': 'primary' is not one of 'official'"
        " or 'secondary'" in result.stdout
    )


def test_history_cut_by_limit_keeps_each_years_other_outcomes(run: Run) -> None:
    """history --limit keeps the results without a target of the years it shows (Suzhou 2024's
    industrial value added), in JSON and as a table."""
    full = json.loads(run("history", "suzhou", "gdp", "--json", data=None).stdout)
    result = run("history", "suzhou", "gdp", "--limit", "2", "--json", data=None)
    cut = json.loads(result.stdout)
    assert [y["year"] for y in cut["years"]] == [y["year"] for y in full["years"] if y["targets"]][:2]
    by_year = {y["year"]: y["other_outcomes"] for y in full["years"]}
    assert all(y["other_outcomes"] == by_year[y["year"]] for y in cut["years"])
    assert run("history", "suzhou", "gdp", "--limit", "2", data=None).exit_code == 0


def test_init_with_an_unknown_parent_declares_it(tmp_path: Path) -> None:
    """init --parent 420700, a code no record has: the file declares the parent, below Hubei
    (420000, which its code lies in: it had no parent, so that the chain stopped at it), says how
    to make it a region, and validates as written."""
    path = tmp_path / "echeng.toml"
    runner = CliRunner()
    made = runner.invoke(cli, ["init", "echeng", "--code", "420704", "--parent", "420700", "-o", str(path)])
    assert made.exit_code == 0
    assert made.stderr == (
        "note: no division or region has code 420700: the file declares it as a [[divisions]] record;"
        " write its names (or declare it as a [[regions]] record, with an id and outcomes)\n"
    )
    text = path.read_text(encoding="utf-8")
    assert (
        '# and give its [[outcomes]].\n[[divisions]]\ncode = "420700"\nname_zh = "(上级中文名称)"\n'
        'name_en = "(the parent\'s English name)"\nlevel = "prefecture"\nparent = "420000"\n'
    ) in text
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
    # The division lies in Hubei (420000), which the data has: the chain of parents goes on up.
    listed = json.loads(
        runner.invoke(cli, ["list", "--level", "district", "--json", "--data", str(path)]).stdout
    )
    (echeng,) = [r for r in listed["regions"] if r["id"] == "echeng"]
    assert [p["code"] for p in echeng["parents"]] == ["420700", "420000", "100000"]
    known = runner.invoke(cli, ["init", "wujin", "--code", "320412", "--parent", "320400"])
    assert (known.stderr, "[[divisions]]" in known.stdout) == ("", False)


def test_compare_shows_the_main_targets_and_the_areas_of_work_on_request(run: Run) -> None:
    """compare jintan changzhou: Jintan's area-of-work targets (parking spaces, schools…) are left
    out, and said to be; --areas compares them too."""
    main = json.loads(run("compare", "jintan", "changzhou", "--json", data=None).stdout)
    every = json.loads(run("compare", "jintan", "changzhou", "--areas", "--json", data=None).stdout)

    def areas(result: dict[str, Any]) -> list[int]:
        return [t["area"] for r in result["rows"] for ts in r["targets"].values() for t in ts if t["area"]]

    assert (main["areas"], areas(main), main["areas_left_out"]) == (False, [], len(areas(every)))
    assert (every["areas"], every["areas_left_out"]) == (True, 0)
    assert main["areas_left_out"] > 0
    table = run("compare", "jintan", "changzhou", data=None, env={"COLUMNS": "120"}).stdout
    assert table.startswith("Main targets compared\n")
    note = f"({main['areas_left_out']} targets of areas of work left out: --areas compares them too)\n"
    assert note + "Sources\n" in table  # the note under the table, then each column's sources


def test_compare_says_when_its_columns_are_of_different_years(run: Run) -> None:
    """With no --year, each column is its region's latest year, which may differ (拉萨市 2025 beside
    西藏 2026: h85 read them as one year's); the table says so. With --year, no such line."""
    env = {"COLUMNS": "120"}
    table = run("compare", "jintan", "changzhou", data=None, env=env).stdout
    assert "\n(each region's latest year: 2023 and 2025; --year compares one year)\n" in table
    zh = run("compare", "jintan", "changzhou", "--lang", "zh", data=None, env=env).stdout
    assert "\n（各地区的最新年份：2023、2025；--year 对比同一年）\n" in zh
    one = run("compare", "jintan", "changzhou", "--year", "2023", data=None, env=env).stdout
    assert "latest year" not in one


# 鄂城区 2023: the target is the stock of market entities' growth; the review counts new ones.
MARKET = dataset_text(
    ("sources", ECHENG_2023),
    ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
    ("indicators", {"key": "market_entities", "name_zh": "市场主体", "name_en": "Market entities", "unit": "户"}),
    ("indicators", {"key": "new_market_entities", "name_zh": "新增市场主体", "name_en": "New market entities", "unit": "户"}),
    ("regions", ECHENG),
    ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
    ("reports.targets", {"indicator": "market_entities", "kind": "growth", "value": 10, "wording": "市场主体增长10%"}),
    ("outcomes", {
        "region": "echeng", "year": 2023, "indicator": "new_market_entities", "level": 10, "level_unit": "万户",
        "wording": "新增市场主体突破10万户", "source": "echeng-2024",
    }),
)  # fmt: skip


def test_an_outcome_of_another_measure_is_shown_under_its_region_and_year(tmp_path: Path, run: Run) -> None:
    """新增市场主体突破10万户, with no target of its own: in show (JSON, table, CSV) and history."""
    path = tmp_path / "echeng.toml"
    path.write_text(MARKET, encoding="utf-8")
    shown = json.loads(run("show", "echeng", "--json", data=path).stdout)
    assert shown["other_outcomes"] == [
        {
            "region": "echeng",
            "year": 2023,
            "indicator": "new_market_entities",
            "growth": None,
            "level": 10,
            "level_unit": "万户",
            "change_pp": None,
            "estimate": False,
            "growth_bound": None,
            "level_bound": None,
            "change_pp_bound": None,
            "stated": None,
            "stated_wording": None,
            "wording": "新增市场主体突破10万户",
            "source": "echeng-2024",
            "note": None,
            "indicator_zh": "新增市场主体",
            "indicator_en": "New market entities",
        }
    ]
    assert [s["id"] for s in shown["sources"]] == ["echeng-2023", "echeng-2024"]
    table = run("show", "echeng", data=path, env={"COLUMNS": "120"}).stdout
    assert "Results of 2023 with no target of their own" in table
    assert " New market entities   100,000 households   新增市场主体突破10万户   2\n" in table
    csv = run("show", "echeng", "--format", "csv", data=path).stdout.splitlines()
    assert csv[-1].startswith("other_outcome,")
    assert csv[-1].endswith(",新增市场主体突破10万户,echeng-2024,,新增市场主体,New market entities")
    history = json.loads(run("history", "echeng", "new_market_entities", "--json", data=path).stdout)
    assert [
        (y["year"], y["targets"], [o["wording"] for o in y["other_outcomes"]]) for y in history["years"]
    ] == [(2023, [], ["新增市场主体突破10万户"])]
    assert (
        "Results in years with no target on it"
        in run("history", "echeng", "new_market_entities", data=path).stdout
    )


# 鄂城区's one report, of 2024, with its results of 2023 (h85 wrote 合肥市's 2006 report so).
FIRST_REPORT = dataset_text(
    ("sources", {**ECHENG_2023, "id": "echeng-2024", "title": "鄂城区2024年政府工作报告"}),
    ("indicators", GDP),
    ("regions", ECHENG),
    ("reports", {"region": "echeng", "year": 2024, "source": "echeng-2024"}),
    ("reports.targets", {
        "indicator": "gdp", "kind": "growth", "value": 6, "qualifiers": ["左右"], "wording": "地区生产总值增长6%左右",
    }),
    ("outcomes", {
        "region": "echeng", "year": 2023, "indicator": "gdp", "growth": 6.5, "level": 820, "level_unit": "亿元",
        "level_bound": "more_than", "estimate": True, "wording": "预计全年地区生产总值突破820亿元、增长6.5%左右",
        "source": "echeng-2024",
    }),
)  # fmt: skip


def test_show_lists_the_results_of_the_year_before_a_first_report(tmp_path: Path, run: Run) -> None:
    """A user's one report of 2024 with its 2023 results: show gives them in a section of their
    own (table in English and Chinese, fitting 80 columns; previous_outcomes in JSON; CSV rows of
    their own record); they were in history alone."""
    path = tmp_path / "echeng.toml"
    path.write_text(FIRST_REPORT, encoding="utf-8")
    table = run("show", "echeng", "--width", "80", data=path).stdout
    assert table.endswith(
        "Results of 2023 (the dataset has no report of 2023)\n"
        " Indicator        Result                                    Wording         Src\n"
        f"{'─' * 80}\n"
        " Gross regional   +6.5%, more than 82 billion yuan (est.)   预计全年地区    1\n"
        " product (GDP)                                              生产总值突破\n"
        "                                                            820亿元、增长\n"
        "                                                            6.5%左右\n"
        "Sources\n"
        "[1] 鄂州市鄂城区人民政府; 鄂城区2024年政府工作报告\n"
    )
    zh = run("show", "echeng", "--width", "80", "--lang", "zh", data=path).stdout
    assert (
        "2023年实绩（数据中无2023年报告）\n"
        " 指标           实绩                         原文                          来源\n"
        f"{'─' * 80}\n"
        " 地区生产总值   +6.5%、超过820亿元（预计）   预计全年地区生产总值突破      1\n"
    ) in zh
    shown = json.loads(run("show", "echeng", "--json", data=path).stdout)
    assert (shown["other_outcomes"], shown["previous_outcomes"]) == (
        [],
        [
            {
                "region": "echeng",
                "year": 2023,
                "indicator": "gdp",
                "growth": 6.5,
                "level": 820,
                "level_unit": "亿元",
                "change_pp": None,
                "estimate": True,
                "growth_bound": None,
                "level_bound": "more_than",
                "change_pp_bound": None,
                "stated": None,
                "stated_wording": None,
                "wording": "预计全年地区生产总值突破820亿元、增长6.5%左右",
                "source": "echeng-2024",
                "note": None,
                "indicator_zh": "地区生产总值",
                "indicator_en": "Gross regional product (GDP)",
            }
        ],
    )
    assert [max(map(cell_len, text.splitlines())) <= 80 for text in (table, zh)] == [True, True]
    rows = list(csv.DictReader(io.StringIO(run("show", "echeng", "--format", "csv", data=path).stdout)))
    assert [(r["record"], r["year"], r["other_year"], r["other_growth"]) for r in rows] == [
        ("target", "2024", "", ""),
        ("previous_outcome", "", "2023", "6.5"),
    ]


def test_show_of_a_bundled_first_report_lists_the_results_before_it(run: Run) -> None:
    """江苏 2003, its first report in the dataset: its 2002 results (from that report) follow its
    targets; the 2004 report, whose year before has a report, has none."""
    table = run("show", "jiangsu", "--year", "2003", "--width", "80", data=None).stdout
    assert (
        "Results of 2002 (the dataset has no report of 2002)\n"
        " Indicator                   Result               Wording                   Src\n"
        f"{'─' * 80}\n"
        " Gross regional product      +11.6%               国内生产总值比上年增长    1\n"
        " (GDP)                                            11.6%\n"
        " General public budget       83.46 billion yuan   地方财政收入由273.2亿元   1\n"
        " revenue                                          增加到834.6亿元\n"
        "Sources\n"
    ) in table
    shown = json.loads(run("show", "jiangsu", "--year", "2003", "--json", data=None).stdout)
    assert [(o["year"], o["indicator"], o["source"]) for o in shown["previous_outcomes"]] == [
        (2002, "gdp", "jiangsu-2003"),
        (2002, "budget_revenue", "jiangsu-2003"),
    ]
    later = json.loads(run("show", "jiangsu", "--year", "2004", "--json", data=None).stdout)
    assert later["previous_outcomes"] == []
    assert "the dataset has no report" not in run("show", "jiangsu", "--year", "2004", data=None).stdout


def test_summary_help_says_a_result_given_as_a_bound_is_left_out_of_the_mean_gap() -> None:
    """summary --help says what the mean gap is of, and that a bounded result is left out of it
    (said only in docs/commands.md and the JSON schema)."""
    result = CliRunner().invoke(cli, ["summary", "--help"])
    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert (
        "The mean gap, in percentage points, is of the growth and decline targets judged from an exact"
        " result: one given as a bound (增长12%以上) is left out, its gap known only at its least."
    ) in said


def test_summary_takes_its_regions_as_arguments_or_as_region_options(run: Run) -> None:
    """summary REGION and summary --region REGION (as targets and projects take it) are one question."""
    named = run("summary", "north", "--json")
    assert named.exit_code == 0, named.stderr
    assert run("summary", "--region", "north", "--json").stdout == named.stdout
    both = json.loads(run("summary", "north", "--region", "testville", "--json").stdout)
    assert sorted({row["region"] for row in both["years"]}) == ["north", "testville"]


def test_summary_counts_only_the_kinds_asked(run: Run) -> None:
    """summary --kind (repeatable, as targets takes it) counts only targets of those kinds, and its
    title and JSON say so: north's 2023 level and qualitative targets, 5 of its 10."""
    result = run(
        "summary", "north", "--year", "2023", "--kind", "level", "--kind", "Qualitative", "--format", "csv"
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == "north,北区,North District,2023,5,3,3,3,0,0,0,0,2,"
    growth = run("summary", "--kind", "growth", "--by", "year", "--width", "100")
    assert growth.stdout.splitlines()[0] == "Targets and outcomes (growth), by year, the regions together"
    assert json.loads(run("summary", "--kind", "growth", "--json").stdout)["kinds"] == ["growth"]
    assert json.loads(run("summary", "--json").stdout)["kinds"] == []


def test_a_file_read_without_the_bundled_data_is_told_why_its_keys_are_unknown(tmp_path: Path) -> None:
    """--no-bundled with a file that uses the bundled catalogue and regions: after its errors (no
    indicator with key 'gdp' …), validate and a query say the bundled data was left out; with the
    bundled data, the same file is valid."""
    path = tmp_path / "mine.toml"
    path.write_text(
        'format = 2\n[[sources]]\nid = "s"\ntitle = "t"\npublisher = "p"\n[[reports]]\nregion = "jintan"\n'
        'year = 2026\nsource = "s"\n[[reports.targets]]\nindicator = "gdp"\nkind = "growth"\nvalue = 5\n'
        'wording = "地区生产总值增长5%"\n',
        encoding="utf-8",
    )
    hint = (
        "read without the bundled data (--no-bundled): a file that uses its indicators, regions or"
        " sources must define them itself"
    )
    runner = CliRunner()
    checked = runner.invoke(cli, ["validate", "--no-bundled", str(path)])
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[-1] == f"2 errors and 0 warnings in 1 file, {hint}"
    shown = runner.invoke(cli, ["show", "jintan", "--no-bundled", "--no-cache", "--data", str(path)])
    assert (shown.exit_code, shown.stderr.splitlines()[-1]) == (
        1,
        f"govtargets: error: 2 problems in the dataset, {hint}",
    )
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0


def test_the_commands_own_choices_take_any_case(run: Run, tmp_path: Path) -> None:
    """summary --by Region, export --to CSV and completion BASH are read as their lower-case choices."""
    assert (
        run("summary", "--by", "Region", "--json").stdout == run("summary", "--by", "region", "--json").stdout
    )
    exported = run("export", str(tmp_path / "out"), "--to", "CSV")
    assert exported.exit_code == 0, exported.stderr
    assert (tmp_path / "out" / "targets.csv").is_file()
    assert run("completion", "BASH").stdout == run("completion", "bash").stdout


def _help_examples() -> list[list[str]]:
    """Every example of every command's --help that reads the bundled data alone and writes no file."""
    import shlex

    runner = CliRunner()
    commands = [[name] for name in cli.commands if name != "plot"]
    found = []
    for command in commands:
        help_text = runner.invoke(cli, [*command, "--help"]).stdout
        for line in help_text.partition("Examples:")[2].splitlines():
            if not line.strip().startswith("govtargets "):
                continue
            words = shlex.split(line.strip())
            mine = words[1] in ("extract", "export", "upgrade", "completion") or "mine.toml" in words
            if not mine and not {">", ">>", "|", "--output", "--write"} & set(words):
                found.append(words[1:])
    return found


@pytest.mark.parametrize("example", _help_examples(), ids=" ".join)
def test_every_help_example_runs_on_the_bundled_data(example: list[str]) -> None:
    """The examples --help gives run as written (compare echeng jintan named a region only the tests have)."""
    result = CliRunner().invoke(cli, example)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show"], "Missing argument 'REGION' (see 'govtargets show --help')"),
        (["show", "jintan", "--year", "abc"], "Invalid value for '--year' / '-y': 'abc' is not a year from 1949 to 2100 (see 'govtargets show --help')"),
        (["compare", "jintan"], "compare needs at least two regions, or one region's years, each with --year (--year 2024 --year 2025) (see 'govtargets compare --help')"),
        (["plot", "history", "suzhou", "gdp"], "Missing option '--output' / '-o' (see 'govtargets plot history --help')"),
        (["nosuchcommand"], "No such command 'nosuchcommand' (see 'govtargets --help')"),
        (["projects", "jintan"], "Got unexpected extra argument (jintan); a region is given with --region: --region jintan (see 'govtargets projects --help')"),
        (["show", "jintan", "extra"], "Got unexpected extra argument (extra) (see 'govtargets show --help')"),
        (["targets", "gdp"], "Got unexpected extra argument (gdp); an indicator is given with --indicator: --indicator gdp (see 'govtargets targets --help')"),
        (["targets", "金坛"], "Got unexpected extra argument (金坛); a region is given with --region: --region 金坛 (see 'govtargets targets --help')"),
        (["projects", "gdp"], "Got unexpected extra argument (gdp) (see 'govtargets projects --help')"),
        (["jintan"], "No such command 'jintan'; jintan is a region: govtargets show jintan (see 'govtargets --help')"),
        (["金坛"], "No such command '金坛'; 金坛 is a region: govtargets show 金坛 (see 'govtargets --help')"),
        (["GDP growth"], "No such command 'GDP growth'; GDP growth is an indicator: govtargets rank 'GDP growth' (see 'govtargets --help')"),
        (["show", "jintan", "--since", "2020"], "No such option '--since': give one year here, --year YEAR (history, targets, summary, rank and chain take --since) (see 'govtargets show --help')"),
        (["show", "jintan", "--year", "2020-2023"], "Invalid value for '--year' / '-y': '2020-2023': give one year here (history, targets, summary, rank and chain take a range, latest or all) (see 'govtargets show --help')"),
        (["compare", "jintan", "liyang", "--year", "all"], "Invalid value for '--year' / '-y': 'all': give one year here (history, targets, summary, rank and chain take a range, latest or all) (see 'govtargets compare --help')"),
        (["init", "武进区"], "Invalid value for REGION: use lower-case letters, digits, '_' and '-' (the pinyin, such as wujin; the Chinese name goes in --name-zh 武进区) (see 'govtargets init --help')"),
        (["init", "Wujin"], "Invalid value for REGION: use lower-case letters, digits, '_' and '-': wujin (see 'govtargets init --help')"),
        (["init", "wu jin"], "Invalid value for REGION: use lower-case letters, digits, '_' and '-' (see 'govtargets init --help')"),
    ],
)  # fmt: skip
def test_a_usage_error_is_one_line(args: list[str], message: str) -> None:
    """A usage error is one line on stderr, as every error is, with status 2 (it was click's usage,
    hint and 'Error:' lines); a group given nothing still shows its help; a region given as an
    argument to a command that takes it as --region (projects shangqiu) says so, and an indicator
    --indicator (targets gdp); a region or indicator given as the command (govtargets jintan, where
    click offered 'init') says which command asks about it; a range or --since given to a view of one
    year (show jintan --since 2020: click offered --json or --wide) names the commands that take one;
    init of a Chinese name (武进区) says the id is the pinyin and the name goes in --name-zh."""
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"govtargets: error: {message}\n")
    assert CliRunner().invoke(cli, ["plot"]).stderr.startswith("Usage: govtargets plot [OPTIONS] COMMAND")


def test_a_trailing_zero_of_a_figure_is_not_kept_but_its_wording_is(tmp_path: Path) -> None:
    """地方财政收入完成62.50亿元: level = 62.50 prints as 62.5 in JSON and CSV (format.md says so),
    its wording as the report wrote it; 0.86 stays 0.86."""
    path = tmp_path / "guiyang.toml"
    path.write_text(
        'format = 2\n[[sources]]\nid = "g-2006"\ntitle = "2006年政府工作报告"\npublisher = "贵阳市人民政府"\n'
        '[[regions]]\nid = "guiyang"\ncode = "520100"\nname_zh = "贵阳市"\nname_en = "Guiyang"\n'
        'level = "prefecture"\nparent = "520000"\n'
        '[[outcomes]]\nregion = "guiyang"\nyear = 2005\nindicator = "budget_revenue"\ngrowth = 0.86\n'
        'level = 62.50\nlevel_unit = "亿元"\nwording = "地方财政收入完成62.50亿元"\nsource = "g-2006"\n',
        encoding="utf-8",
    )
    args = ["history", "guiyang", "budget_revenue", "--data", str(path)]
    found = json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)["years"][0]["other_outcomes"][0]
    assert (found["level"], found["growth"], found["wording"]) == (62.5, 0.86, "地方财政收入完成62.50亿元")
    csv = CliRunner().invoke(cli, [*args, "--format", "csv"]).stdout
    assert ",0.86,62.5,亿元," in csv


def test_every_example_of_init_validates_once_uncommented(tmp_path: Path) -> None:
    """init's commented examples (each kind of target, a plan's with by and average, two projects,
    one part of the other, the results) validate as written once their leading '# ' is removed,
    and the projects' total is the group's alone."""
    text = CliRunner().invoke(cli, ["init", "wujin", "--year", "2026", "--name-zh", "武进区"]).stdout
    lines, example = [], False
    for line in text.splitlines():
        example = line.startswith("# [[") or (example and line.startswith("# ") and "=" in line)
        lines.append(line.removeprefix("# ") if example else line)
    uncommented = "\n".join(lines) + "\n"
    assert "by = 2030" in uncommented
    assert "\n[[outcomes]]\n" in uncommented
    assert 'stated = "met"' in uncommented
    mine = tmp_path / "wujin.toml"
    mine.write_text(uncommented, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(mine)])
    assert result.exit_code == 0, result.stderr
    listed = CliRunner().invoke(cli, ["projects", "--region", "wujin", "--json", "--data", str(mine)])
    assert [
        (p["id"], p["part_of"], p["production_start"]) for p in json.loads(listed.stdout)["projects"]
    ] == [
        ("key-projects", None, None),
        ("expressway", "key-projects", 2026),
    ]
    assert json.loads(listed.stdout)["totals"]["total_investment"] == 1350


def test_chain_takes_the_years_history_takes(run: Run) -> None:
    """chain --year 2019-2021 (and --since): the chain of each year, in JSON each row with its year;
    a range that ends before it begins is a usage error, as for history."""
    answer = json.loads(run("chain", "jiangsu", "gdp", "--year", "2019-2021", "--json", data=None).stdout)
    assert answer["year"] == [2019, 2021]
    assert [
        (
            row["year"],
            [(link["region"]["id"], link["targets"][0]["figure_zh"], link["adds"]) for link in row["links"]],
        )
        for row in answer["rows"]
    ] == [
        (2019, [("china", "+6%—6.5%", None), ("jiangsu", "+6.5%以上", 0.5)]),
        (2020, [("jiangsu", "+6%左右", None)]),
        (2021, [("china", "+6%以上", None), ("jiangsu", "+6%以上", 0)]),
    ]
    since = json.loads(run("chain", "jiangsu", "gdp", "--since", "2025", "--json", data=None).stdout)
    assert (since["year"], [row["year"] for row in since["rows"]]) == ([2025, None], [2025, 2026])
    wrong = run("chain", "jiangsu", "gdp", "--year", "2026-2025", data=None)
    assert (wrong.exit_code, wrong.stderr.splitlines()[-1]) == (
        2,
        "govtargets: error: Invalid value for '--year' / '-y': '2026-2025' ends before it begins"
        " (see 'govtargets chain --help')",
    )


def test_chain_of_all_years_as_csv_has_a_row_per_level_and_year(run: Run) -> None:
    """chain jiangsu gdp --year all --format csv: China's and Jiangsu's target of each year, 2020
    Jiangsu's alone (China set none), each row with its year."""
    import csv

    rows = list(
        csv.DictReader(
            run("chain", "jiangsu", "gdp", "--year", "all", "--format", "csv", data=None).stdout.splitlines()
        )
    )
    years = [(row["year"], row["region"]) for row in rows]
    assert len(years) == 47
    assert years[32:38] == [
        ("2019", "china"), ("2019", "jiangsu"), ("2020", "jiangsu"), ("2021", "china"), ("2021", "jiangsu"), ("2022", "china"),
    ]  # fmt: skip


def test_chain_over_years_with_no_target_says_so_and_succeeds(run: Run) -> None:
    """chain jintan cpi --year all: no year has a target, which the table says, with status 0 as for one year."""
    result = run("chain", "jintan", "cpi", "--year", "all", data=None)
    assert (result.exit_code, result.stdout) == (
        0,
        "Targets down the chain to 金坛区 Jintan District, all years\n"
        "金坛区 Jintan District has no target on cpi in any year.\n",
    )
    zh = run("chain", "jintan", "cpi", "--since", "2020", "--lang", "zh", data=None).stdout
    assert zh == "金坛区2020年以来目标的层层分解\n金坛区2020年以来没有cpi的目标。\n"


@pytest.mark.parametrize(
    ("command", "where"),
    [
        (["targets"], ("filters", "year")),
        (["projects"], ("filters", "year")),
        (["rank", "gdp"], ("year",)),
        (["search", "增长"], ("year",)),
        (["chain", "north", "gdp"], ("year",)),
        (["summary"], ("year",)),
    ],
)
def test_a_span_open_at_one_end_is_null_at_that_end_in_json(
    run: Run, command: list[str], where: tuple[str, ...]
) -> None:
    """--since alone is [YEAR, null] in every command's JSON, --until alone [null, YEAR], both [FIRST,
    LAST]: never a made-up 2100 or 1949 for a script to take as asked."""
    spans = {("--since", "2023"): [2023, None], ("--until", "2022"): [None, 2022]}
    for (option, year), expected in spans.items():
        document = json.loads(run(*command, option, year, "--json").stdout)
        for key in where:
            document = document[key]
        assert document == expected
    both = json.loads(run(*command, "--since", "2022", "--until", "2023", "--json").stdout)
    for key in where:
        both = both[key]
    assert both == [2022, 2023]


def test_summary_says_the_years_it_counts(run: Run) -> None:
    """summary --since 2023 --by region takes the years together: its title says which ('since 2023'),
    as JSON's year does; the default, all years, adds nothing."""
    since = run("summary", "--since", "2023", "--by", "region", "--width", "200").stdout
    assert since.splitlines()[0] == "Targets and outcomes (since 2023), by region, the years together"
    every = run("summary", "--by", "region", "--width", "200")
    assert every.stdout.splitlines()[0] == "Targets and outcomes, by region, the years together"
    assert json.loads(run("summary", "--json").stdout)["year"] == "all"


def test_a_span_open_at_one_end_is_titled_since_or_to_its_year(run: Run) -> None:
    """--since alone titles 'since 2025' (2025年以来), --until alone 'to 2004' (截至2004年): never the
    bound 2100 or 1949 the user did not type."""
    since = run("targets", "--indicator", "gdp", "--since", "2025", "--level", "province", data=None)
    assert since.stdout.splitlines()[0].startswith("Targets (since 2025, gdp, province): ")
    until = run(
        "targets", "--indicator", "gdp", "--until", "2004", "--level", "province", "--lang", "zh", data=None
    )
    assert until.stdout.splitlines()[0].startswith("目标（截至2004年，地区生产总值，省级）：")


def test_rank_names_each_rows_group_in_csv_and_json_lines_as_its_table_does(run: Run) -> None:
    """CPI 2023 ranks in two groups, % and an index, each counting from 1: CSV and JSON Lines name
    each row's group (the table's title, in English and Chinese), and a target not ranked has none."""
    args = ("rank", "cpi", "--year", "2023")
    titles = [
        line for line in run(*args, "--width", "200", data=None).stdout.splitlines() if line[:1].isalpha()
    ]
    assert titles[1:4] == ["Levels (percent)", "Levels (no unit)", "Not ranked (no figure)"]
    rows = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv", data=None).stdout)))
    named = {(r["rank"], r["group"], r["group_zh"]) for r in rows if r["region"] in ("china", "sichuan")}
    assert named == {
        ("1", "Levels (percent)", "总量与水平目标 (%)"),
        ("1", "Levels (no unit)", "总量与水平目标 (无单位)"),
    }
    lines = [json.loads(line) for line in run(*args, "--format", "jsonl", data=None).stdout.splitlines()]
    assert [(r["group"], r["group_zh"]) for r in lines] == [
        (r["group"] or None, r["group_zh"] or None) for r in rows
    ]
    assert {r["group"] for r in lines if r["rank"] is None} == {None}


def test_indicators_takes_the_ones_to_show_by_any_name(run: Run) -> None:
    """indicators gdp 城镇新增就业 lists those two (it said 'Got unexpected extra argument (gdp)'); a
    name no indicator has is the unknown-indicator error, with what it may mean."""
    listed = run("indicators", "gdp", "城镇新增就业", "--format", "jsonl", data=None)
    assert [json.loads(line)["key"] for line in listed.stdout.splitlines()] == ["gdp", "new_urban_jobs"]
    wrong = run("indicators", "gpd", data=None)
    assert (wrong.exit_code, wrong.stderr) == (
        1,
        "govtargets: error: unknown indicator 'gpd'; did you mean gdp (地区生产总值) or per_capita_gdp"
        " (人均地区生产总值)? ('govtargets indicators' shows every indicator)\n",
    )


def test_an_indicator_where_a_region_goes_says_it_is_one(run: Run) -> None:
    """summary gdp and history gdp jintan (the arguments swapped) say gdp is an indicator, not a
    region (they offered no hint, or regions that merely look like it); a region mistyped still
    gets the regions it may mean."""
    for args in (["summary", "gdp"], ["history", "gdp", "jintan"]):
        wrong = run(*args, data=None)
        assert (wrong.exit_code, wrong.stderr) == (
            1,
            "govtargets: error: unknown region 'gdp': gdp is an indicator, not a region"
            " ('govtargets list' shows every region)\n",
        )
    named = run("show", "地区生产总值", data=None).stderr
    assert named.startswith(
        "govtargets: error: unknown region '地区生产总值': 地区生产总值 is an indicator (gdp),"
    )
    assert "did you mean jintan (金坛区)" in run("show", "jintann", data=None).stderr
