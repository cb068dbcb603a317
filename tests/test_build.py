"""Tests of checking files together: ids claimed twice, shared names, references, and a
user's report that replaces the bundled one."""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from govtargets.dataset import reading
from govtargets.dataset.models import Source
from govtargets.dataset.shapes import SourceView
from govtargets.index import build
from govtargets.index.build import compile_dataset
from govtargets.index.store import Index

from .conftest import MINI, Run

MINI_TEXT = MINI.read_text(encoding="utf-8")


def _compile(*texts: str, tmp_path: Path, bundled: int = 0) -> list[str]:
    files = []
    for n, text in enumerate(texts):
        path = tmp_path / f"f{n}.toml"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    with sqlite3.connect(":memory:") as conn:
        return [str(p) for p in compile_dataset(files, conn, bundled=bundled)]


EXTRA = """format = 2
[[indicators]]
key = "gdp"
name_zh = "地区生产总值"
name_en = "Gross regional product (GDP)"
unit = "亿元"
aliases = ["经济增长", "GDP"]
[[regions]]
id = "west"
code = "990103"
name_zh = "西区"
name_en = "West District"
level = "district"
parent = "990100"
[[sources]]
id = "report-w"
title = "西区政府工作报告"
publisher = "Test publisher"
[[reports]]
region = "west"
year = 2023
source = "report-w"
[[reports.targets]]
indicator = "gdp"
kind = "growth"
value = 6
wording = "地区生产总值增长6%"
"""


def test_a_users_file_uses_the_catalogue_of_another_and_repeats_a_definition(tmp_path: Path) -> None:
    """The same definition given twice is fine; the file's region and report join the rest."""
    assert _compile(MINI_TEXT, EXTRA, tmp_path=tmp_path) == []


def test_two_different_definitions_name_both_places(tmp_path: Path) -> None:
    """An indicator defined differently in two files: the error names file:line of both."""
    (problem,) = _compile(
        MINI_TEXT, EXTRA.replace('unit = "亿元"\naliases', 'unit = "万元"\naliases'), tmp_path=tmp_path
    )
    assert problem.startswith(
        f"{tmp_path / 'f1.toml'}:2: indicator gdp: indicator 'gdp' is given twice, differently: first at {tmp_path / 'f0.toml'}:"
    )


def test_references_to_nothing_and_shared_names(tmp_path: Path) -> None:
    """An unknown indicator, source, region or parent; a name two regions claim."""
    text = EXTRA.replace('indicator = "gdp"\nkind', 'indicator = "gpd"\nkind').replace(
        'name_zh = "西区"', 'name_zh = "北区"'
    )
    text = text.replace(
        'source = "report-w"\n[[reports.targets]]', 'source = "report-x"\n[[reports.targets]]'
    )
    problems = _compile(MINI_TEXT, text, tmp_path=tmp_path)
    assert any("the name '北区' already names region 'north'" in p for p in problems)
    assert any("field 'indicator': no indicator with key 'gpd'" in p for p in problems)
    assert any("field 'source': no source with id 'report-x'" in p for p in problems)


def test_a_unit_that_does_not_fit_its_indicator(tmp_path: Path) -> None:
    """A GDP level in 万人 is an error naming the indicator's unit."""
    text = EXTRA.replace('kind = "growth"\nvalue = 6', 'kind = "level"\nvalue = 6\nunit = "万人"')
    (problem,) = _compile(MINI_TEXT, text, tmp_path=tmp_path)
    assert "unit '万人' does not fit indicator 'gdp', which is measured in 亿元" in problem


def test_problems_found_while_serving_name_their_own_file_and_line_in_many_files(tmp_path: Path) -> None:
    """A warning in each of three files (more than the two files kept parsed for locating): each names its file and line."""
    texts = [
        EXTRA.replace("west", f"west{k}").replace("990103", f"99011{k}").replace("西区", f"西{k}区")
        .replace("West District", f"West {k} District").replace("report-w", f"report-w{k}")
        .replace('kind = "growth"\nvalue = 6', 'kind = "level"\nvalue = 6')
        for k in (1, 2, 3)
    ]  # fmt: skip
    problems = _compile(MINI_TEXT, *texts, *texts[:1], tmp_path=tmp_path)  # f4 repeats f1's report
    target, report = (EXTRA.splitlines().index(h) + 1 for h in ("[[reports.targets]]", "[[reports]]"))
    assert [p.split(": ")[0] for p in problems] == [
        *(f"{tmp_path / f'f{n}.toml'}:{target}" for n in (1, 2, 3)),
        f"{tmp_path / 'f4.toml'}:{report}",
    ]
    assert problems[3].endswith(f"is given twice: first at {tmp_path / 'f1.toml'}:{report}")


def test_files_read_by_worker_processes_give_what_files_read_here_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files read by workers (more data than _PARALLEL_BYTES) give the same problems, in order, and rows."""
    texts = [MINI_TEXT, EXTRA.replace('kind = "growth"\nvalue = 6', 'kind = "level"\nvalue = 6'), EXTRA]

    def compiled() -> tuple[list[str], list[tuple[Any, ...]]]:
        with sqlite3.connect(":memory:") as conn:
            problems = _compile(*texts, tmp_path=tmp_path)
            files = [str(tmp_path / f"f{n}.toml") for n in range(len(texts))]
            compile_dataset(files[:2], conn)
            return problems, conn.execute("SELECT row FROM target_rows ORDER BY rowid").fetchall()

    here = compiled()
    pools: list[object] = []

    class Counted(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Counted)
    monkeypatch.setattr(build, "_PARALLEL_BYTES", 0)
    assert compiled() == here
    report = EXTRA.splitlines().index("[[reports]]") + 1
    assert here[0][-1].endswith(f"is given twice: first at {tmp_path / 'f1.toml'}:{report}")
    forks = sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1
    assert len(pools) == (2 if forks else 0)


def test_a_users_report_replaces_the_bundled_one(tmp_path: Path) -> None:
    """A user's report of a region and year the bundled data has: it replaces it, with a warning."""
    mine = EXTRA.replace('region = "west"\nyear = 2023', 'region = "north"\nyear = 2023')
    problems = _compile(MINI_TEXT, mine, tmp_path=tmp_path, bundled=1)
    assert len(problems) == 1
    assert "warning" in problems[0]
    assert "the report of north 2023 replaces the bundled one" in problems[0]
    # Between two files of the user's own it is an error.
    assert "is given twice" in _compile(MINI_TEXT, mine, tmp_path=tmp_path, bundled=0)[0]


def test_no_regions_at_all(tmp_path: Path) -> None:
    """A dataset of only a catalogue is an error."""
    catalogue = 'format = 2\n[[indicators]]\nkey = "gdp"\nname_zh = "地区生产总值"\nname_en = "GDP"\n'
    assert _compile(catalogue, tmp_path=tmp_path) == [f"{tmp_path / 'f0.toml'}: no regions defined"]


def _served(path: Path, conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    problems = compile_dataset([str(MINI), str(path)], conn)
    assert [p.message for p in problems] == ["no indicator with key 'gpd'", "no source with id 'nope'"]
    return conn.execute(
        "SELECT rowid, * FROM targets UNION ALL SELECT rowid, *, 0, 0, 0, 0 FROM projects"
    ).fetchall()


def _index_of(paths: list[Path], conn: sqlite3.Connection, **previous: Any) -> list[object]:
    problems = [str(p) for p in compile_dataset([str(p) for p in paths], conn, **previous)]
    tables = [f"s_{t}" for t in ("sources", "regions", "reports", "outcomes")]
    tables += ["targets", "projects", "outcomes", "regions"]
    return [problems, *(conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall() for t in tables)]


def test_a_rebuild_takes_unchanged_files_from_the_previous_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files whose stamps are the previous index's are taken from it, not read, and the index is
    the one a cold build gives, rowid for rowid (a file in the middle changed, one added)."""
    files = [tmp_path / f"{n}.toml" for n in "abc"]
    files[0].write_text(MINI_TEXT, encoding="utf-8")
    files[1].write_text(EXTRA, encoding="utf-8")
    files[2].write_text(
        EXTRA.replace("west", "east").replace("西区", "东区").replace("320999", "320998"), encoding="utf-8"
    )
    previous = str(tmp_path / "previous.sqlite")
    with contextlib.closing(sqlite3.connect(previous)) as conn:
        compile_dataset([str(f) for f in files[:2]], conn, stamps=["a1", "b1"])
        conn.commit()
    with sqlite3.connect(":memory:") as conn:
        cold = _index_of(files, conn)
    read: list[str] = []
    monkeypatch.setattr(build, "prepare", lambda path: read.append(Path(path).name) or reading.prepare(path))
    with sqlite3.connect(":memory:") as conn:
        warm = _index_of(files, conn, stamps=["a1", "b2", "c1"], previous=previous)
        assert conn.execute("SELECT no, stamp FROM files ORDER BY no").fetchall() == [
            (0, "a1"),
            (1, "b2"),
            (2, "c1"),
        ]
    assert read == ["b.toml", "c.toml"]
    assert warm == cold
    assert len(cast(list[object], cold[3])) > 2  # staged reports, with their targets


def test_an_outcomes_references_are_located_in_its_own_file(tmp_path: Path) -> None:
    """Outcomes checked from the dataset's context still name their file, line and field."""
    outcomes = """
[[outcomes]]
region = "west"
year = 2022
indicator = "gdp"
growth = 5
source = "report-w"
wording = "增长5%"

[[outcomes]]
region = "west"
year = 2021
indicator = "gpd"
growth = 5
source = "report-w"
wording = "增长5%"
"""
    problems = _compile(MINI_TEXT, EXTRA + outcomes, tmp_path=tmp_path)
    line = (EXTRA + outcomes).splitlines().index('indicator = "gpd"') + 1
    assert problems == [
        f"{tmp_path / 'f1.toml'}:{line}: outcome west 2021 gpd: field 'indicator': no indicator with key 'gpd' (did you mean 'gdp'?)"
    ]


_SOUTH_TWO = """
[[regions]]
id = "south2"
code = "990103"
name_zh = "南\\u200b县"
name_en = "South County Two"
level = "county"
parent = "990100"
"""


def test_an_invisible_character_in_a_name_is_refused(run: Run, tmp_path: Path) -> None:
    """A zero-width space let a second 南县 validate that looks the same in tables: a name with a
    character that does not show (format or control) is refused, with its line."""
    text = MINI.read_text(encoding="utf-8")
    at = text.index("# --- Testville 2023")
    path = tmp_path / "d.toml"
    path.write_text(text[:at] + _SOUTH_TWO + "\n" + text[at:], encoding="utf-8")
    line = text[:at].count("\n") + 5  # the line of name_zh
    result = run("validate", "--no-bundled", str(path), data=None)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{path}:{line}: region south2: field 'name_zh': a name holds an invisible character (U+200B): remove it",
        "1 error and 0 warnings in 1 file",
    ]


def test_a_loop_of_parents_is_refused(run: Run, tmp_path: Path) -> None:
    """A parent cycle A ↔ B validated: now each division of the loop is an error, with the loop."""
    text = MINI.read_text(encoding="utf-8")
    province = 'name_en = "Demo Province"\nlevel = "province"\n'
    assert province in text
    path = tmp_path / "d.toml"
    path.write_text(text.replace(province, province + 'parent = "990100"\n'), encoding="utf-8")
    result = run("validate", "--no-bundled", str(path), data=None)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        f"{path}:90: region demo: field 'parent': parents form a loop: 990000 → 990100 → 990000",
        f"{path}:98: region testville: field 'parent': parents form a loop: 990100 → 990000 → 990100",
        "2 errors and 0 warnings in 1 file",
    ]


def test_a_division_with_a_regions_code_is_a_warning(run: Run, tmp_path: Path) -> None:
    """A division with a bundled region's code (江西 written as a division by a user who did not
    know the data has it) was silently unused: it is a warning naming the region."""
    path = tmp_path / "div.toml"
    path.write_text(
        'format = 2\n\n[[divisions]]\ncode = "360000"\nname_zh = "江西"\nname_en = "Kiangsi"\n'
        'level = "prefecture"\n',
        encoding="utf-8",
    )
    result = run("validate", str(path), data=None)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == (
        f"{path}:4: warning: division 360000: field 'code': the code of region 'jiangxi':"
        " the region is used, not this division (leave it out)"
    )


def test_a_sources_record_has_its_views_fields_in_order() -> None:
    """A source is served as it is staged (the view ``sources``, read into a blank SourceView):
    that shows it rightly only while the model's fields are the view's keys, in the same order."""
    assert list(Source.model_fields) == list(SourceView.__annotations__)


UNITLESS = """format = 2
[[reports]]
region = "west"
year = 2024
source = "report-w"
[[reports.targets]]
indicator = "unemployment"
kind = "level"
value = 5
wording = "城镇调查失业率5%左右"
[[reports.targets]]
id = "index"
indicator = "unemployment"
kind = "level"
value = 103
wording = "失业率指数103"
[[reports.targets]]
id = "checked"
indicator = "unemployment"
kind = "level"
value = 4
wording = "失业率4"
checked = ["no-unit"]
[[outcomes]]
region = "west"
year = 2023
indicator = "gdp"
level = 8000
wording = "地区生产总值8000亿元"
source = "report-w"
"""


def test_a_level_without_the_unit_its_indicator_has_is_a_warning(tmp_path: Path) -> None:
    """A level with no unit on an indicator measured in one (5 for 5%, 8000 for 8000亿元) was read
    as an index and judged so, silently: now a warning, unless an index of 100 or more on a
    percent indicator, or checked."""
    problems = _compile(MINI_TEXT, EXTRA, UNITLESS, tmp_path=tmp_path)
    hint = ': is its unit missing? (once checked, add checked = ["no-unit"] to the record)'
    assert problems == [
        f"{tmp_path}/f2.toml:6: warning: report west 2024, target unemployment: field 'unit': a level with"
        f" no unit is read as an index or a ratio, but unemployment is measured in %{hint}",
        f"{tmp_path}/f2.toml:24: warning: outcome west 2023 gdp: field 'level_unit': a level with no unit"
        f" is read as an index or a ratio, but gdp is measured in 亿元{hint}",
    ]


INDEX_IN_PERCENT = """format = 2
[[reports]]
region = "west"
year = 2024
source = "report-w"
[[reports.targets]]
indicator = "unemployment"
kind = "level"
value = 103.5
unit = "%"
wording = "失业率指数控制在103.5%左右"
[[reports.targets]]
id = "whole"
indicator = "unemployment"
kind = "level"
value = 100
unit = "%"
wording = "失业率100%"
[[reports.targets]]
id = "checked"
indicator = "unemployment"
kind = "level"
value = 104
unit = "%"
wording = "失业率指数104%"
checked = ["no-unit"]
[[outcomes]]
region = "west"
year = 2023
indicator = "unemployment"
level = 102.2
level_unit = "%"
wording = "失业率指数102.2%"
source = "report-w"
"""


def test_an_index_written_in_percent_is_a_warning(tmp_path: Path) -> None:
    """居民消费价格指数控制在103.5%左右 with the text's % copied as its unit was judged as a rise of
    103.5% (a rise of 4% met it by 99.5 points): more than 100% of an indicator in % is now a
    warning, unless checked; 100% itself is not."""
    problems = _compile(MINI_TEXT, EXTRA, INDEX_IN_PERCENT, tmp_path=tmp_path)
    hint = (
        " is written with no unit, and read as one; is it an index?"
        ' (once checked, add checked = ["no-unit"] to the record)'
    )
    assert problems == [
        f"{tmp_path}/f2.toml:10: warning: report west 2024, target unemployment: field 'unit': a level of"
        f" 103.5% of unemployment, more than the whole: an index (the year before = 100){hint}",
        f"{tmp_path}/f2.toml:32: warning: outcome west 2023 unemployment: field 'level_unit': a level of"
        f" 102.2% of unemployment, more than the whole: an index (the year before = 100){hint}",
    ]


RATE_AS_GROWTH = """format = 2
[[outcomes]]
region = "west"
year = 2022
indicator = "unemployment"
growth = 2.3
wording = "失业率上涨2.3%"
source = "report-w"
[[outcomes]]
region = "west"
year = 2021
indicator = "unemployment"
growth = 2.3
level = 5.1
level_unit = "%"
wording = "失业率5.1%，上涨2.3%"
source = "report-w"
[[outcomes]]
region = "west"
year = 2020
indicator = "unemployment"
growth = 2.3
wording = "失业率上涨2.3%"
source = "report-w"
checked = ["rate-growth"]
"""


def test_a_rate_given_as_a_growth_alone_is_a_warning(tmp_path: Path) -> None:
    """双鸭山市 2021's 居民消费价格指数上涨2.3%, written growth = 2.3 on cpi (a rate in %), left its
    控制在3%以内 not judged, "the outcome gives no level", silently: a growth alone of an indicator
    in % or ‰ is now a warning that says to write its level; not with a level beside it, nor checked."""
    problems = _compile(MINI_TEXT, EXTRA, RATE_AS_GROWTH, tmp_path=tmp_path)
    assert problems == [
        f"{tmp_path}/f2.toml:6: warning: outcome west 2022 unemployment: field 'growth': a growth of 2.3%"
        " of unemployment, a rate in %: a rate's result is its level (居民消费价格上涨2.3%: level = 2.3,"
        ' level_unit = "%"), which judges its targets; a growth (the rate\'s own rise) judges none'
        ' (once checked, add checked = ["rate-growth"] to the record)',
    ]


def test_an_outcome_of_the_year_of_its_own_report_is_a_warning(tmp_path: Path) -> None:
    """A result dated the year of the report it comes from (year = 2023 from the 2023 report, which
    reviews 2022) was taken as the year's and judged its targets: now a warning, unless checked; the
    year before is not warned of."""
    outcomes = "".join(
        f'[[outcomes]]\nregion = "west"\nyear = {year}\nindicator = "gdp"\ngrowth = 5\nwording = "增长5%"\n'
        f'source = "report-w"\n{checked}'
        for year, checked in ((2023, ""), (2024, 'checked = ["outcome-year"]\n'), (2022, ""))
    )
    problems = _compile(MINI_TEXT, EXTRA, "format = 2\n" + outcomes, tmp_path=tmp_path)
    assert problems == [
        f"{tmp_path}/f2.toml:4: warning: outcome west 2023 gdp: field 'year': a result of 2023 from west's"
        " report of 2023, which reviews 2022: is it the year of the figures (year = 2022)? (once checked,"
        ' add checked = ["outcome-year"] to the record)'
    ]


def test_a_row_view_joins_each_run_of_quoted_text_once(mini: Index) -> None:
    """The views that put a row's JSON together joined a quoted comma, then a quoted key, each a
    step that copies the whole text so far: each run of quoted texts is now one, and the rows
    read as they did."""
    views = dict(mini.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'").fetchall())
    for name in ("target_rows", "project_rows"):
        assert "' || '" not in views[name]
        assert """,{"region":"' || t.region || '","year":' || ifnull(t.year, 'null')""" in views[name]
    row = mini.targets(regions=["north"], indicators=["gdp"], year=2023)[0]
    assert (row["region"], row["year"], row["indicator"], row["id"]) == ("north", 2023, "gdp", "gdp")
    assert row["wording"].startswith("地区生产总值")


def test_an_unknown_indicator_key_names_the_keys_it_may_mean() -> None:
    """昆明 2006's 外贸进出口总额 written as indicator = "trade" names foreign_trade and services_trade
    (keys it is a word of, shortest first), a misspelling the key it is near (gpd: gdp), at most three."""
    defined = dict.fromkeys(["gdp", "foreign_trade", "services_trade", "foreign_trade_national_share", "cpi"])
    assert build._close_keys("trade", defined) == [
        "foreign_trade",
        "services_trade",
        "foreign_trade_national_share",
    ]
    assert build._close_keys("gpd", defined) == ["gdp"]
    assert build._close_keys("water", defined) == []
