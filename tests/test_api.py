"""Tests of the Python API: the same questions and records as the commands, from a script."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import govtargets
from govtargets.cli.main import cli

from .conftest import MINI


def test_open_ask_and_close() -> None:
    """govtargets.open() answers as the commands do (chain over years too), and closes itself in a with block."""
    with govtargets.open() as data:
        rows = data.targets(indicators=["gdp"], year=2023)
        assert {r["region"] for r in rows} >= {"jiangsu", "changzhou", "jintan"}
        assert data.show("jintan")["region"]["code"] == "320413"
        assert data.chain("jintan", "gdp", year=2023)["rows"][0]["links"][-1]["adds"] == 2.5
        over = data.chain("suqian", "gdp", year=(2022, 2025))
        assert [(row["year"], row["links"][-1]["adds"]) for row in over["rows"]] == [
            (2022, 1.5),
            (2023, 1.5),
            (2025, 1.5),
        ]
        assert data.chain("jiangsu", "gdp", year="ALL")["year"] == "all"
    with pytest.raises(ValueError, match="closed"):
        data.regions()


def test_the_records_are_the_commands_json() -> None:
    """data.targets() equals targets --json, row for row."""
    with govtargets.open([MINI], bundled=False) as data:
        rows = data.targets(year="all")
    document = json.loads(
        CliRunner()
        .invoke(cli, ["targets", "--year", "all", "--json", "--no-bundled", "--data", str(MINI)])
        .stdout
    )
    assert json.loads(json.dumps(rows, default=float)) == document["targets"]
    assert isinstance(rows, list)  # a list that outlives the dataset, not rows read as they are used


def test_every_question_is_there() -> None:
    """Each command has its method."""
    with govtargets.open([MINI], bundled=False) as data:
        assert [r["id"] for r in data.regions(level="district")] == ["north"]
        assert data.compare(["north", "south"])["regions"][1]["region"]["id"] == "south"
        assert data.rank("gdp")["groups"][0]["entries"][0]["region"] == "south"
        assert data.search("大桥")[0]["id"] == "bridge"
        assert [p["id"] for p in data.projects(min_invest=1)] == ["bridge", "park"]
        assert data.indicators()[0]["key"] == "gdp"
        assert data.summary(["north"])["years"][0]["year"] == 2022
        assert len(data.history("north", "gdp")["years"]) == 2
        assert (
            data.extract("今年经济社会发展的主要预期目标是：地区生产总值增长6%。")["targets"][0]["indicator"]
            == "gdp"
        )


def test_summary_takes_kinds_as_targets_does() -> None:
    """data.summary(kinds=...) counts the targets of those kinds, a name or a list, as summary --kind."""
    with govtargets.open([MINI], bundled=False) as data:
        growth = data.summary("north", kinds="Growth", year=2023)
        assert (growth["kinds"], growth["years"][0]["targets"]) == (["growth"], 2)
        assert data.summary("north", kinds=["level", "qualitative"], year=2023)["years"][0]["targets"] == 5


def test_to_frame_keeps_types() -> None:
    """to_frame: figures as floats, whole numbers as integers, codes as text."""
    pandas = pytest.importorskip("pandas")
    with govtargets.open([MINI], bundled=False) as data:
        frame = govtargets.to_frame(data.targets(year="all"))
    assert str(frame["code"].dtype) == "string"
    assert frame["value"].dtype == "float64"
    assert str(frame["year"].dtype) == "Int64"
    assert str(frame["area"].dtype) == "Int64"
    assert isinstance(frame, pandas.DataFrame)


def test_open_reads_a_path_given_as_a_string(tmp_path: Path) -> None:
    """open("my.toml") reads that file (not the files 'm', 'y', ...); a str region is one region."""
    copy = tmp_path / "my.toml"
    copy.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    with govtargets.open(str(copy), bundled=False) as data:
        assert {r["region"] for r in data.targets(regions="north", year="all")} == {"north"}
        assert [r["indicator"] for r in data.targets(indicators="gdp", regions="north", year=2023)] == ["gdp"]
    with govtargets.open(copy, bundled=False) as data:
        assert data.regions()


@pytest.mark.parametrize("paths", [42, b"my.toml", [MINI, 3]])
def test_open_refuses_what_is_not_a_path(paths: object) -> None:
    """Anything but a path or a list of paths is a TypeError that says what it got."""
    with pytest.raises(TypeError, match="paths must be a path or a list of paths"):
        govtargets.open(paths, bundled=False)  # type: ignore[arg-type]


def test_a_bad_level_is_the_documented_error() -> None:
    """targets(level="city") raises govtargets.UsageError naming the levels, not a bare KeyError."""
    with govtargets.open([MINI], bundled=False) as data, pytest.raises(govtargets.UsageError) as caught:
        data.targets(level="city")  # type: ignore[arg-type]
    assert (
        str(caught.value)
        == "unknown level 'city': the levels are country, province, prefecture, district, county"
    )


def test_choices_are_taken_in_any_case() -> None:
    """level, kinds, by and year="all" are taken in any case, as --level, --kind, --by and --year
    take them, and the filters a result shows are the choices' own spellings."""
    with govtargets.open([MINI], bundled=False) as data:
        upper = data.targets(level="District", kinds=["GROWTH"], year="ALL")  # type: ignore[arg-type]
        assert upper == data.targets(level="district", kinds=["growth"], year="all")
        assert len(upper) > 0
        assert [r["id"] for r in data.regions(level="DISTRICT")] == ["north"]  # type: ignore[arg-type]
        assert data.rank("gdp", level="District")["level"] == "district"  # type: ignore[arg-type]
        summary = data.summary(level="District", by="Region", year="Latest")  # type: ignore[arg-type]
        assert (summary["level"], summary["by"]) == ("district", "region")
        assert data.history("north", "gdp", year="ALL") == data.history("north", "gdp")  # type: ignore[arg-type]


def test_a_data_error_says_its_problems(tmp_path: Path) -> None:
    """str(DataError) lists each problem, not only how many there are."""
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 2\n[[reports]]\nregion = "x"\n', encoding="utf-8")
    with pytest.raises(govtargets.DataError) as caught:
        govtargets.open(str(bad), bundled=False, use_cache=False)
    lines = str(caught.value).splitlines()
    assert lines[0] == "2 problems in the dataset:"
    assert lines[1] == f"{bad}:2: report x: field 'year': missing: this field is required"


def test_every_result_is_plain_json() -> None:
    """json.dumps writes every result as it is: rank's, history's, summary's, chain's, show's."""
    with govtargets.open([MINI], bundled=False) as data:
        for result in (data.rank("gdp"), data.history("north", "gdp"), data.summary(), data.chain("north"),
                       data.show("north"), data.compare(["north", "south"]), data.targets(year="all")):  # fmt: skip
            assert json.loads(json.dumps(result)) == result


def test_to_frame_takes_any_result_with_stable_types() -> None:
    """rank and history results flatten to their targets; a GDP-only frame keeps numeric figure columns."""
    pytest.importorskip("pandas")
    with govtargets.open([MINI], bundled=False) as data:
        ranked = govtargets.to_frame(data.rank("gdp"))
        history = govtargets.to_frame(data.history("north", "gdp"))
        gdp = govtargets.to_frame(data.targets(indicators="gdp", year="all"))
        empty = govtargets.to_frame(data.targets(indicators="gdp", regions="north", year=2022, kinds="level"))
    assert len(ranked) > 0
    assert str(ranked["rank"].dtype) == "Int64"
    assert list(history["year"]) == [2022, 2023]
    assert list(history["record"]) == ["target", "target"]
    for frame in (gdp, history):
        assert str(frame["value_high"].dtype) == "float64"
        assert str(frame["yuan"].dtype) == "Int64"
        assert str(frame["actual_estimate"].dtype) == "boolean"
    assert len(empty) == 0


def test_to_frame_of_a_history_keeps_its_results_with_no_target() -> None:
    """to_frame(history) gives history's CSV rows and columns: China's 2020 GDP result (2.3%, a
    year with no target) is an other_outcome row, as in the CSV; it was left out."""
    pytest.importorskip("pandas")
    with govtargets.open() as data:
        frame = govtargets.to_frame(data.history("china", "gdp", year=(2019, 2021)))
    sheet = CliRunner().invoke(cli, ["history", "china", "gdp", "--year", "2019-2021", "--format", "csv"])
    assert list(frame.columns) == sheet.stdout.splitlines()[0].split(",")
    assert list(frame["record"]) == ["target", "other_outcome", "target"]
    assert frame["year"].tolist()[::2] == [2019, 2021]
    other = frame.iloc[1]
    assert (other["other_year"], other["other_growth"], other["other_region"]) == (2020, 2.3, "china")
    assert str(frame["other_year"].dtype) == "Int64"


def test_the_module_offers_its_api() -> None:
    """dir(govtargets) lists the API, not its imports; a Dataset's repr says what it holds."""
    assert dir(govtargets) == sorted(govtargets.__all__)
    assert "TYPE_CHECKING" not in dir(govtargets)
    with govtargets.open([MINI], bundled=False) as data:
        assert repr(data) == f"<govtargets.Dataset {MINI}: 4 regions, 4 reports, 15 targets, 7 outcomes>"
    assert repr(data) == f"<govtargets.Dataset {MINI} (closed)>"


TYPED_SCRIPT = Path(__file__).parent / "typing" / "user_script.py"


def _mypy(script: Path, cache: Path) -> tuple[str, int]:
    from mypy import api

    out, err, status = api.run(["--strict", "--no-error-summary", "--cache-dir", str(cache), str(script)])
    return out + err, status


def test_a_users_script_passes_mypy_strict(tmp_path: Path) -> None:
    """Figures are int | float | None: r["actual"] - r["value"] in a user's script passes mypy --strict."""
    assert _mypy(TYPED_SCRIPT, tmp_path / "cache") == ("", 0)


def test_mypy_refuses_a_misspelt_key(tmp_path: Path) -> None:
    """The same script with r["valeu"] for r["value"] fails mypy --strict, naming the key."""
    script = tmp_path / "bad.py"
    script.write_text(
        TYPED_SCRIPT.read_text(encoding="utf-8").replace('r["value"])', 'r["valeu"])'), encoding="utf-8"
    )
    out, status = _mypy(script, tmp_path / "cache")
    assert status == 1
    assert f'{script}:13: error: TypedDict "TargetRow" has no key "valeu"  [typeddict-item]' in out


def test_every_parameter_of_the_api_is_in_its_docstring() -> None:
    """Each public function and Dataset method names every parameter it takes in its docstring (:param x:)."""
    import inspect

    from govtargets import api

    functions = [api.open, api.to_frame, api.Dataset.__init__] + [
        member
        for name, member in vars(api.Dataset).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]
    missing = [
        f"{fn.__qualname__}({name})"
        for fn in functions
        for name in inspect.signature(fn).parameters
        if name != "self" and f":param {name}:" not in (fn.__doc__ or "")
    ]
    assert missing == []
    assert len(functions) == 16  # open, to_frame, __init__, close and the twelve questions


def test_an_unknown_kind_is_the_documented_error() -> None:
    """targets(kinds="bogus") raises govtargets.UsageError naming the kinds, not a bare ValueError."""
    with govtargets.open([MINI], bundled=False) as data, pytest.raises(govtargets.UsageError) as caught:
        data.targets(kinds="bogus")
    assert str(caught.value) == (
        "unknown kind 'bogus': the kinds are growth, decline, level, change_pp, relative, qualitative"
    )


def test_extract_drafts_as_the_command_does() -> None:
    """Dataset.extract gives the draft `govtargets extract --format json` prints, results included
    (both ask the data which indicators the report of the year before targeted)."""
    report = Path(__file__).parent / "data" / "source" / "reports" / "suzhou" / "2024.md"
    printed = CliRunner().invoke(cli, ["extract", str(report), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    with govtargets.open() as data:
        drafted = data.extract(report.read_text("utf-8"))
    assert drafted == json.loads(printed.stdout)
    assert drafted["outcomes"]


@pytest.mark.parametrize(
    ("ask", "error", "message"),
    [
        (
            lambda d: d.targets(year="2020-2022"),
            govtargets.UsageError,
            "unknown year '2020-2022': give a year (2023), a pair of years (first, last; None at an open end), 'latest' or 'all'",
        ),
        (
            lambda d: d.targets(year=(2022, 2020)),
            govtargets.UsageError,
            "the years 2022, 2020 end before they begin: give the first year first",
        ),
        (
            lambda d: d.history("china", "gdp", year="bogus"),
            govtargets.UsageError,
            "unknown year 'bogus': give a year (2023), a pair of years (first, last; None at an open end), 'latest' or 'all'",
        ),
        (
            lambda d: d.targets(year=True),
            TypeError,
            "year must be a year (2023), a pair of years (first, last; None at an open end), 'latest' or 'all', not True",
        ),
        (
            lambda d: d.show("jintan", year="2023"),
            TypeError,
            "year must be a year (an int such as 2023) or None, not '2023'",
        ),
        (
            lambda d: d.summary(by="bogus"),
            govtargets.UsageError,
            "cannot count by 'bogus': count by region-year, region, year",
        ),
        (
            lambda d: d.projects(min_invest="abc"),
            TypeError,
            "min_invest must be a number of 亿元 or None, not 'abc'",
        ),
        (
            lambda d: d.projects(min_invest=-5),
            govtargets.UsageError,
            "min_invest must be a number of 亿元, 0 or more, not -5",
        ),
        (
            lambda d: d.targets(limit=-1),
            govtargets.UsageError,
            "limit -1 is negative: give 0 or more, or None for every row",
        ),
    ],
)
def test_an_argument_no_query_takes_is_refused(ask: Any, error: type[Exception], message: str) -> None:
    """A year, count, bar or limit the command would refuse is refused by the API too, never read as no row."""
    with govtargets.open([MINI], bundled=False) as data, pytest.raises(error) as raised:
        ask(data)
    assert str(raised.value) == message


def test_a_pair_of_years_may_be_a_list() -> None:
    """year=[first, last] asks what year=(first, last) does."""
    with govtargets.open() as data:
        assert data.targets(year=[2020, 2022]) == data.targets(year=(2020, 2022))
        assert len(data.targets(year=(2020, 2022))) == sum(
            len(data.targets(year=y)) for y in (2020, 2021, 2022)
        )


def test_a_pair_of_years_open_at_one_end_is_since_or_until() -> None:
    """year=(2025, None) asks what --since 2025 does, (None, 2004) --until 2004: the years from one on, or up to one."""
    with govtargets.open() as data:
        since = data.targets(indicators=["gdp"], level="province", year=(2025, None))
        assert sorted({row["year"] for row in since}) == [2025, 2026]
        until = data.targets(indicators=["gdp"], level="province", year=(None, 2004))
        assert sorted({row["year"] for row in until}) == [2003, 2004]


def test_to_frame_of_a_comparison_is_its_targets() -> None:
    """to_frame(compare(...)) has a row per target of each region, typed, not the two regions' headers."""
    pytest.importorskip("pandas")
    with govtargets.open() as data:
        comparison = data.compare(["suzhou", "wuxi"], year=2022)
    frame = govtargets.to_frame(comparison)
    shown = [t for row in comparison["rows"] for each in row["targets"].values() for t in each]
    assert len(frame) == len(shown) == 33
    assert list(frame["id"]) == [t["id"] for t in shown]
    assert (str(frame["value"].dtype), str(frame["code"].dtype)) == ("float64", "string")


def test_compare_takes_a_list_of_years() -> None:
    """compare("north", year=[2022, 2023]) compares north with itself, a column a year; None in
    the list is refused as a wrong type."""
    with govtargets.open([MINI], bundled=False) as data:
        comparison = data.compare("north", year=[2022, 2023])
        assert [c["key"] for c in comparison["regions"]] == ["north@2022", "north@2023"]
        with pytest.raises(TypeError, match="a list of years holds years"):
            data.compare("north", year=[2022, None])  # type: ignore[list-item]


@pytest.mark.parametrize("text", ["", "  "])
def test_search_for_nothing_is_refused_as_the_command_refuses_it(text: str) -> None:
    """search("") raises UsageError as `govtargets search ''` does; it returned every region as a hit."""
    with govtargets.open([MINI], bundled=False) as data, pytest.raises(govtargets.UsageError) as raised:
        data.search(text)
    assert str(raised.value) == "search needs some text to look for"


def test_to_frame_of_an_empty_list_of_rows_has_its_typed_columns() -> None:
    """An empty answer of targets, projects or search gives a frame of its row type's columns (it had none)."""
    pytest.importorskip("pandas")
    from govtargets.dataset.shapes import IndicatorView, ProjectRow, SearchHit, TargetRow

    with govtargets.open([MINI], bundled=False) as data:
        empty = {
            "targets": (data.targets(indicators="gdp", year=1990), TargetRow),
            "projects": (data.projects(year=1990), ProjectRow),
            "search": (data.search("no such words", year="all"), SearchHit),
        }
        indicators = data.indicators()
    for name, (rows, row_type) in empty.items():
        frame = govtargets.to_frame(rows)
        assert (name, rows, len(frame), list(frame.columns)) == (name, [], 0, list(row_type.__annotations__))
    assert list(govtargets.to_frame(indicators).columns) == list(IndicatorView.__annotations__)
    assert list(govtargets.to_frame(indicators[:0]).columns) == []  # a list of one's own knows no type


def test_to_frame_of_a_result_with_no_rows_has_its_typed_columns() -> None:
    """An empty ranking, summary, history or chain gives a frame of its row type's columns (it had none), and show's works."""
    pandas = pytest.importorskip("pandas")
    from govtargets.dataset.shapes import OtherOutcome, RankEntry, TargetRow, YearSummary

    history = ["record", *TargetRow.__annotations__, *(f"other_{c}" for c in OtherOutcome.__annotations__)]
    with govtargets.open() as data:
        empty = {
            "rank": (data.rank("gdp", year=1990), list(RankEntry.__annotations__)),
            "summary": (data.summary(year=1990), list(YearSummary.__annotations__)),
            "history": (data.history("china", "gdp", year=(1990, 1991)), history),
            "chain": (data.chain("china", year=2023), [*CHAIN_PLACES, *TargetRow.__annotations__]),
        }
        shown = data.show("jintan", year=2023)
    for name, (result, columns) in empty.items():
        frame = govtargets.to_frame(result)
        assert (name, len(frame), list(frame.columns)) == (name, 0, columns)
        if "value" in frame.columns:
            assert str(frame["value"].dtype) == "float64"
    frame = govtargets.to_frame(shown)
    assert isinstance(frame, pandas.DataFrame)
    # its targets first, then its projects (to_frame(show) is show's CSV rows, not the targets alone)
    assert list(frame[frame["record"] == "target"]["id"]) == [t["id"] for t in shown["targets"]]


CHAIN_PLACES = ["chain_indicator", "step", "adds", "adds_unit"]


def test_to_frame_of_a_chain_keeps_each_step_and_what_it_adds() -> None:
    """to_frame(chain(...)) has chain's CSV columns, step and adds typed; it gave the targets alone, without what each level adds."""
    pytest.importorskip("pandas")
    with govtargets.open([MINI], bundled=False) as data:
        chain = data.chain("north", year=2023)
    frame = govtargets.to_frame(chain)
    csv_header = (
        CliRunner()
        .invoke(
            cli, ["chain", "north", "--year", "2023", "--format", "csv", "--no-bundled", "--data", str(MINI)]
        )
        .stdout.splitlines()[0]
    )
    assert list(frame.columns) == csv_header.split(",")
    assert frame[[*CHAIN_PLACES, "region", "id"]].astype(object).where(
        frame.notna(), None
    ).values.tolist() == [
        ["gdp", 1, None, None, "testville", "gdp"],
        ["gdp", 2, 2.5, "个百分点", "north", "gdp"],
        ["safety", 1, None, None, "testville", "safety"],
        ["safety", 2, None, None, "north", "safety"],
    ]
    assert [str(frame[c].dtype) for c in CHAIN_PLACES] == ["string", "Int64", "float64", "string"]


@pytest.mark.parametrize(
    ("ask", "message"),
    [
        (
            lambda d: d.show(320413),
            "region must be a name (a string, such as 'jintan' or '320413'), not 320413",
        ),
        (lambda d: d.chain("north", 5), "indicator must be a name (a string, such as 'gdp') or None, not 5"),
        (
            lambda d: d.history(None, "gdp"),
            "region must be a name (a string, such as 'jintan' or '320413'), not None",
        ),
        (lambda d: d.rank(["gdp"]), "indicator must be a name (a string, such as 'gdp'), not ['gdp']"),
        (
            lambda d: d.projects(320413),
            "region must be a name (a string, such as 'jintan' or '320413') or None, not 320413",
        ),
        (lambda d: d.extract("报告".encode()), "text must be a string, not bytes"),
    ],
)
def test_a_name_that_is_not_a_string_is_a_type_error_that_says_so(ask: Any, message: str) -> None:
    """show(320413), extract(b"...") and the like raise a TypeError naming the argument (it was an internal one)."""
    with govtargets.open([MINI], bundled=False) as data, pytest.raises(TypeError) as raised:
        ask(data)
    assert str(raised.value) == message


def test_the_first_argument_of_targets_and_projects_may_be_positional() -> None:
    """targets("north") and projects("north") ask what regions=/region= do, as the docs' "arguments after the first are keyword-only" says."""
    with govtargets.open([MINI], bundled=False) as data:
        assert data.targets("north", year="all") == data.targets(regions="north", year="all")
        assert [p["id"] for p in data.projects("north", year="all")] == ["bridge", "school"]


def test_no_data_at_all_is_a_data_error_in_the_apis_own_words() -> None:
    """open(bundled=False) with no paths names open's arguments; it told a script to give --data PATH."""
    with pytest.raises(govtargets.DataError) as raised:
        govtargets.open(bundled=False)
    assert (
        str(raised.value)
        == "1 problem in the dataset:\n(no data): no data to read: give paths, or leave out bundled=False"
    )


def test_to_frame_of_a_show_gives_what_show_shows_as_its_csv_does() -> None:
    """to_frame(show) gives show's CSV rows and columns: Anhui 2011's 14 targets, then its one
    result with no target (general public budget revenue, +27.3%); it gave the targets alone."""
    pytest.importorskip("pandas")
    with govtargets.open() as data:
        frame = govtargets.to_frame(data.show("anhui", year=2011))
    sheet = CliRunner().invoke(cli, ["show", "anhui", "--year", "2011", "--format", "csv"])
    assert list(frame.columns) == next(csv.reader(io.StringIO(sheet.stdout)))
    assert list(frame["record"]) == ["target"] * 14 + ["other_outcome"]
    other = frame.iloc[14]
    assert (other["other_indicator"], other["other_growth"], other["other_year"]) == (
        "budget_revenue",
        27.3,
        2011,
    )
    assert (str(frame["year"].dtype), str(frame["other_year"].dtype), str(frame["project_year"].dtype)) == (
        "Int64",
        "Int64",
        "Int64",
    )


def test_to_frame_of_a_show_gives_the_results_of_the_year_before_a_first_report() -> None:
    """to_frame(show jiangsu 2003): its 8 targets, then its two 2002 results, previous_outcome
    rows in the other_ columns, as its CSV gives them."""
    pytest.importorskip("pandas")
    with govtargets.open() as data:
        frame = govtargets.to_frame(data.show("jiangsu", year=2003))
    sheet = CliRunner().invoke(cli, ["show", "jiangsu", "--year", "2003", "--format", "csv"])
    assert list(frame.columns) == next(csv.reader(io.StringIO(sheet.stdout)))
    assert list(frame["record"]) == ["target"] * 8 + ["previous_outcome"] * 2
    assert frame["other_year"].tolist()[8:] == [2002, 2002]
    assert frame["other_indicator"].tolist()[8:] == ["gdp", "budget_revenue"]
