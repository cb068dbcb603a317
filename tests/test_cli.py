"""Tests of the command line through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from govtargets import __version__

from .conftest import MINI, Run

COMMANDS = [
    ["list"],
    ["show", "north"],
    ["compare", "north", "south"],
    ["projects"],
    ["targets"],
    ["rank", "gdp"],
    ["search", "GDP"],
    ["indicators"],
]


@pytest.mark.parametrize("command", [[], *([c[0]] for c in COMMANDS), ["validate"], ["schema"]])
def test_help(run: Run, command: list[str]) -> None:
    """Every command has --help, which exits 0 and shows its usage."""
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: govtargets {' '.join(command)}".rstrip())


def test_projects_help_says_the_unit(run: Run) -> None:
    """The --min-invest help says its amounts are in 亿元."""
    assert "100 million yuan" in run("projects", "--help").output


def test_version(run: Run) -> None:
    """--version prints the version."""
    assert run("--version").output == f"govtargets, version {__version__}\n"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", [["--json"], ["--format", "json"], ["-f", "csv"], ["--format", "table"], []])
def test_every_command_in_every_format(run: Run, command: list[str], fmt: list[str]) -> None:
    """Each command succeeds in each format, and JSON output is one valid document."""
    result = run(*command, *fmt)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    if "json" in fmt or "--json" in fmt:
        json.loads(result.stdout)
    assert "\x1b[" not in result.stdout


def test_list_json(run: Run) -> None:
    """list --json gives each region with its years and counts."""
    data = json.loads(run("list", "--json").stdout)
    assert [(r["id"], r["code"], r["years"], r["targets"], r["projects"]) for r in data["regions"]] == [
        ("north", "990001", [2022, 2023], 6, 3),
        ("south", "990002", [2023], 1, 0),
    ]


@pytest.mark.parametrize("name", ["jintan", "Jintan", "金坛", "金坛区", "320413"])
def test_show_bundled_by_any_name(run: Run, name: str) -> None:
    """show finds Jintan in the bundled data by any of its names."""
    data = json.loads(run("show", name, "--json", data=None).stdout)
    assert (data["region"]["id"], data["year"], data["headline"][0]["value"]) == ("jintan", 2023, 8)
    assert data["headline"][0]["actual"]["value"] == 8.2
    assert data["region"]["source"]["title"] == "GB/T 2260 code tables of administrative divisions"


def test_projects_min_invest_bundled(run: Run) -> None:
    """projects --min-invest 1 lists 海目星 and 凯卓威 only."""
    data = json.loads(run("projects", "--min-invest", "1", "--json", data=None).stdout)
    assert [p["name_zh"] for p in data["projects"]] == ["海目星激光科技园项目", "凯卓威减速机项目"]
    assert data["filters"] == {"region": None, "year": "latest", "min_invest": 1, "min_total": None}


def test_projects_table_has_total_row(run: Run) -> None:
    """The projects table ends its rows with a total."""
    output = run("projects", "--region", "north").stdout
    assert "Total: 3 projects" in output
    assert "1 billion yuan (1 of 3 known)" in output
    assert "366 million yuan" in output


def test_compare_table_em_dash(run: Run) -> None:
    """A region without an indicator shows an em dash in compare."""
    line = next(x for x in run("compare", "north", "south").stdout.splitlines() if "1.25 billion yuan" in x)
    assert line.split()[-1] == "—"


def test_empty_result_is_success(run: Run) -> None:
    """A filter that matches nothing exits 0, saying so."""
    result = run("projects", "--min-invest", "9999999999")
    expected = "Projects (latest year of each region, planned ≥ 9999999999亿元): none match\n"
    assert (result.exit_code, result.stdout) == (0, expected)
    assert json.loads(run("projects", "--min-total", "99", "--json").stdout)["projects"] == []


def test_unknown_region(run: Run) -> None:
    """An unknown region exits 1 with a suggestion on stderr and nothing on stdout."""
    result = run("show", "nort")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "govtargets: error: unknown region 'nort'; did you mean north (北区)?"
        " ('govtargets list' shows every region)\n"
    )


def test_empty_region_name(run: Run) -> None:
    """An empty region name is an unknown region, not a crash."""
    result = run("show", "")
    assert (result.exit_code, result.stderr.startswith("govtargets: error: unknown region ''")) == (1, True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["projects", "--min-invest", "abc"], "'abc' is not a number"),
        (["projects", "--min-invest", "-1"], "'-1' is negative"),
        (["projects", "--min-total", "nan"], "'nan' is not a finite number"),
        (["show", "north", "--format", "xml"], "'xml' is not one of"),
        (["show", "north", "--json", "--format", "csv"], "--json and --format csv ask for different formats"),
        (["compare", "north"], "compare needs at least two regions"),
        (["show"], "Missing argument 'REGION'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(run: Run, args: list[str], message: str) -> None:
    """Bad arguments exit 2 with click's usage message on stderr."""
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_bad_dataset_exits_1_with_a_line_per_problem(run: Run, tmp_path: Path) -> None:
    """A broken dataset gives one line per problem and a count on stderr, exit 1."""
    bad = tmp_path / "bad.toml"
    bad.write_text(
        MINI.read_text(encoding="utf-8").replace('level = "county"', 'level = "town"'), encoding="utf-8"
    )
    result = run("list", data=bad)
    assert result.exit_code == 1
    assert result.stdout == ""
    first, count = result.stderr.splitlines()
    assert first.startswith(f"{bad}:")
    assert "region south: field 'level': Input should be" in first
    assert count == "govtargets: error: 1 problem in the dataset"


def test_data_from_environment(run: Run, tmp_path: Path) -> None:
    """GOVTARGETS_DATA picks the dataset when --data is not given."""
    result = run("list", "--json", data=None, env={"GOVTARGETS_DATA": str(MINI)})
    assert [r["id"] for r in json.loads(result.stdout)["regions"]] == ["north", "south"]


def test_missing_data_path_is_usage_error(run: Run, tmp_path: Path) -> None:
    """A --data path that does not exist is a usage error."""
    result = run("list", data=tmp_path / "nope.toml")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_internal_error_has_no_traceback(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug prints one line and exits 1, not a traceback."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("govtargets.queries.list_regions", broken)
    result = run("list")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "govtargets: internal error: RuntimeError: boom (set GOVTARGETS_DEBUG=1 to see where)\n"
    )


def test_every_command_has_a_help_test() -> None:
    """The help test above covers every command there is."""
    from govtargets.cli import cli

    assert {c[0] for c in COMMANDS} | {"validate", "schema"} == set(cli.commands)  # type: ignore[attr-defined]


def _warning_dataset(tmp_path: Path) -> Path:
    path = tmp_path / "warn.toml"
    path.write_text(MINI.read_text("utf-8").replace("value = 7\n", "value = 70\n", 1), "utf-8")
    return path


def test_validate_clean_dataset(run: Run) -> None:
    """validate on a clean dataset says so and exits 0."""
    result = run("validate", str(MINI), data=None)
    assert (result.exit_code, result.stdout) == (0, "0 errors and 0 warnings in 1 file: valid\n")


def test_validate_warnings_fail_only_when_strict(run: Run, tmp_path: Path) -> None:
    """A warning is reported and passes; with --strict it fails."""
    path = _warning_dataset(tmp_path)
    lenient = run("validate", str(path), data=None)
    assert lenient.exit_code == 0
    assert "warning: report north 2023, target gdp: field 'value': growth of 70% is outside" in lenient.stdout
    assert lenient.stdout.endswith(
        "0 errors and 1 warning in 1 file: valid (warnings allowed without --strict)\n"
    )
    strict = run("validate", "--strict", str(path), data=None)
    assert strict.exit_code == 1
    assert strict.stdout.endswith("0 errors and 1 warning in 1 file\n")


def test_validate_json_and_several_paths(run: Run, tmp_path: Path) -> None:
    """validate takes several datasets, and its JSON lists each problem as a record."""
    path = _warning_dataset(tmp_path)
    result = run("validate", str(MINI), str(path), "--json", data=None)
    data = json.loads(result.stdout)
    assert (data["files"], data["errors"], data["warnings"], data["ok"]) == (2, 0, 1, True)
    (problem,) = data["problems"]
    line = path.read_text("utf-8").splitlines().index("value = 70") + 1
    assert problem == {
        "severity": "warning",
        "file": str(path),
        "line": line,
        "record": "report north 2023, target gdp",
        "field": "value",
        "message": "growth of 70% is outside -30% to 50%: is it right?",
    }


def test_validate_defaults_to_the_dataset_in_use(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no PATH, validate checks --data (or GOVTARGETS_DATA), else the bundled data."""
    assert str(MINI) in run("validate", "--json").stdout  # the fixture passes --data MINI
    assert "targets.toml" in run("validate", "--json", data=None).stdout
    monkeypatch.setenv("GOVTARGETS_DATA", str(MINI))
    assert str(MINI) in run("validate", "--json", data=None).stdout


def test_no_cache_gives_the_same_answer(run: Run) -> None:
    """--no-cache answers exactly as the cache does."""
    assert run("show", "north", "--json").stdout == run("show", "north", "--json", "--no-cache").stdout


def test_bundled_jintan_gdp_outcome_everywhere(run: Run) -> None:
    """Jintan's GDP outcome (8% → 8.2%, met by 0.2 points) is in show, compare, targets and rank."""
    outcome = {"status": "met", "difference": 0.2, "unit": "个百分点", "unit_en": "percentage points"}
    show = json.loads(run("show", "jintan", "--json", data=None).stdout)
    assert show["headline"][0]["outcome"] == outcome
    compare = json.loads(run("compare", "jintan", "liyang", "--json", data=None).stdout)
    assert compare["rows"][0]["targets"]["jintan"][0]["outcome"] == outcome
    rank = json.loads(run("rank", "gdp", "--json", data=None).stdout)
    assert [(e["rank"], e["region"]["id"], e["target"]["outcome"]) for e in rank["groups"][0]["entries"]] == [
        (1, "jintan", outcome), (2, "liyang", None)
    ]  # fmt: skip
    rows = json.loads(run("targets", "--region", "金坛", "--indicator", "gdp", "--json", data=None).stdout)
    assert [(t["value"], t["actual"], t["outcome"], t["difference"]) for t in rows["targets"]] == [
        (8, 8.2, "met", 0.2)
    ]
    table = run("show", "jintan", data=None).stdout
    assert "+8.2% (130.292 billion yuan)   met by 0.2 pp" in table


def test_targets_csv_loads_like_its_json(run: Run) -> None:
    """targets as CSV is the long format: the csv module (as pandas would) reads the JSON's rows."""
    as_json = json.loads(run("targets", "--year", "all", "--json").stdout)["targets"]
    as_csv = list(csv.DictReader(io.StringIO(run("targets", "--year", "all", "--format", "csv").stdout)))
    assert len(as_csv) == len(as_json) == 7
    for row, record in zip(as_csv, as_json, strict=True):
        assert list(row) == list(record)
        assert row == {k: "" if v is None else str(v) for k, v in record.items()}


def test_bom_for_excel(run: Run) -> None:
    """--bom begins CSV with a byte-order mark that utf-8-sig reads away; it is for CSV only."""
    out = run("targets", "--format", "csv", "--bom").stdout_bytes
    assert out.startswith(b"\xef\xbb\xbfregion,region_zh,")
    assert next(csv.reader(io.StringIO(out.decode("utf-8-sig"))))[0] == "region"
    wrong = run("targets", "--json", "--bom")
    assert (wrong.exit_code, wrong.stdout) == (2, "")
    assert "--bom is for --format csv" in wrong.stderr


def test_bom_csv_keeps_formulas_as_text(run: Run, tmp_path: Path) -> None:
    """With --bom (for Excel) a text cell that begins like a formula gets a quote; figures do not."""
    path = tmp_path / "formula.toml"
    path.write_text(MINI.read_text("utf-8").replace('"地区生产总值增长7%"', '"=HYPERLINK(1)"'), "utf-8")
    rows = list(
        csv.DictReader(io.StringIO(run("targets", "-f", "csv", "--bom", data=path).stdout.lstrip("\ufeff")))
    )
    assert (rows[0]["wording"], rows[0]["value"]) == ("'=HYPERLINK(1)", "7")
    plain = list(csv.DictReader(io.StringIO(run("targets", "-f", "csv", data=path).stdout)))
    assert plain[0]["wording"] == "=HYPERLINK(1)"


@pytest.mark.parametrize(
    ("env", "args", "header"),
    [
        ({}, [], "Indicator"),
        ({"LANG": "zh_CN.UTF-8"}, [], "指标"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, [], "Indicator"),
        ({"LC_MESSAGES": "zh_TW.UTF-8"}, [], "指标"),
        ({"GOVTARGETS_LANG": "zh"}, [], "指标"),
        ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "Indicator"),
        ({}, ["--lang", "zh"], "指标"),
    ],
)
def test_lang_follows_the_locale(run: Run, env: dict[str, str], args: list[str], header: str) -> None:
    """--lang beats GOVTARGETS_LANG, which beats the locale (LC_ALL, LC_MESSAGES, LANG)."""
    out = run("show", "north", *args, env=env).stdout
    assert out.splitlines()[4].split()[0] == header


def test_lang_leaves_json_and_csv_alone(run: Run) -> None:
    """JSON and CSV are the same in every language, so scripts do not depend on the locale."""
    for fmt in ("json", "csv"):
        assert (
            run("show", "north", "-f", fmt, "--lang", "zh").stdout == run("show", "north", "-f", fmt).stdout
        )


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (
            ["show", "north", "--year", "1999"],
            1,
            "north has no report for 1999 (years in the dataset: 2022, 2023)",
        ),
        (["show", "north", "--year", "all"], 2, "'all' is not a year from 1949 to 2100"),
        (["targets", "--year", "20x3"], 2, "'20x3' is not a year from 1949 to 2100 or latest or all"),
        (["rank", "gpd"], 1, "unknown indicator 'gpd'; did you mean gdp (地区生产总值)?"),
        (["targets", "--indicator", "nothing"], 1, "unknown indicator 'nothing'"),
        (["targets", "--kind", "big"], 2, "'big' is not one of 'growth', 'amount', 'count', 'qualitative'"),
        (["search", " "], 2, "search needs some text to look for"),
        (["targets", "--region", "atlantis"], 1, "unknown region 'atlantis'"),
    ],
)
def test_new_commands_refuse_bad_arguments(run: Run, args: list[str], status: int, message: str) -> None:
    """Years, indicators, kinds and search text are checked, with a message and the documented status."""
    result = run(*args)
    assert (result.exit_code, result.stdout) == (status, "")
    assert message in result.stderr


def test_year_in_the_output(run: Run) -> None:
    """Every list says which year it shows: the one asked, or each region's latest."""
    assert run("show", "north", "--year", "2022").stdout.splitlines()[1].startswith("Targets for 2022")
    assert run("targets").stdout.startswith("Targets (latest year of each region): 6")
    assert run("targets", "--year", "all").stdout.startswith("Targets (all years): 7")
    assert run("projects", "--year", "2023").stdout.startswith("Projects (2023)")
    assert "北区 North District 2022" in run("compare", "north", "south", "--year", "2022").stdout


def test_rank_table_draws_bars(run: Run) -> None:
    """rank's table has a bar for each figure, longest for the highest."""
    lines = run("rank", "gdp").stdout.splitlines()
    north = next(line for line in lines if "North District" in line)
    south = next(line for line in lines if "South County" in line)
    assert north.count("█") == 24
    assert 0 < south.count("█") < 24


def test_search_in_english_and_chinese(run: Run) -> None:
    """search finds English and Chinese text in bundled targets: 充电桩, charging, 新能源."""
    for text, field in (("充电桩", "wording"), ("charging", "label_en"), ("新能源", "wording")):
        hits = json.loads(run("search", text, "--json", data=None).stdout)["hits"]
        assert (hits[0]["region"]["id"], hits[0]["id"], hits[0]["field"]) == (
            "jintan",
            "ev_charging_piles",
            field,
        )
    projects = json.loads(run("search", "Hymson", "--json", data=None).stdout)["hits"]
    assert {(h["record"], h["id"]) for h in projects} == {("project", "hymson-laser-park")}


def test_kind_choices_are_the_kinds() -> None:
    """--kind offers exactly the kinds the models know."""
    from govtargets.cli import KINDS
    from govtargets.vocab import Kind

    assert tuple(Kind) == KINDS
