"""Tests of reading one data file: every problem of every record in one run, with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from govtargets.dataset.reading import prepare
from govtargets.version import __version__

from .conftest import DATA, MINI

MINI_TEXT = MINI.read_text(encoding="utf-8")


def _prepare(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "d.toml"
    path.write_text(text, encoding="utf-8")
    return [str(p) for p in prepare(str(path)).problems]


def test_a_clean_file_has_no_problems() -> None:
    """The test dataset reads clean, every record valid."""
    prepared = prepare(str(MINI))
    assert prepared.problems == []
    counts = {table: len(records) for table, records in prepared.records.items() if records}
    assert counts == {
        "sources": 4,
        "indicators": 9,
        "regions": 4,
        "reports": 4,
        "targets": 15,
        "projects": 3,
        "outcomes": 7,
    }


def test_every_bad_record_is_reported_in_one_run(tmp_path: Path) -> None:
    """Three broken records in three lists: three problems, each at its line, the rest read."""
    text = MINI_TEXT.replace("value = 12.5\nvalue_high = 13", 'value = "12.5"\nvalue_high = 13')
    text = text.replace(
        'publisher = "Test publisher"\nposted = 2023-01-06',
        'publisher = "Test publisher"\nposted = "2023-01-06"',
    )
    text = text.replace("growth = 7.9", "growth = 7.9\ncolour = 1")
    problems = _prepare(tmp_path, text)
    assert len(problems) == 3
    assert problems[0].endswith(
        "source report-s: field 'posted': a TOML date is needed here, not the string '2023-01-06' (write it without quotes)"
    )
    assert (
        "target budget_revenue_growth: field 'value': a number is needed here, not the string '12.5'"
        in problems[1]
    )
    assert problems[2].endswith(
        "outcome north 2023 income: field 'colour': unknown field: is it misspelt, or is the file"
        f" written for a newer govtargets than {__version__}?"
    )
    assert all(p.startswith(str(tmp_path / "d.toml") + ":") for p in problems)  # each with its line


def test_checks_within_a_report(tmp_path: Path) -> None:
    """Two targets known by one key, a part larger than its whole, an area that is not there."""
    text = MINI_TEXT.replace('id = "budget_revenue_growth"\n', "")
    text = text.replace('value = 2\nunit = "个"\narea = 1', 'value = 20\nunit = "个"\narea = 1')
    text = text.replace(
        'value = 7\nwording = "地区生产总值增长7%"', 'value = 7\narea = 3\nwording = "地区生产总值增长7%"'
    )
    problems = _prepare(tmp_path, text)
    assert any("no area 3 in this report" in p for p in problems)
    assert any("another target of this report is known as 'budget_revenue'" in p for p in problems)
    assert any("is more than the whole it is part of (projects_big)" in p for p in problems)


def test_unusual_figures_warn_unless_checked(tmp_path: Path) -> None:
    """A 60% growth target warns; checked = ["unusual-growth"] on it silences the warning."""
    text = MINI_TEXT.replace('value = 9\nqualifiers = ["以上"]', 'value = 60\nqualifiers = ["以上"]')
    text = text.replace("地区生产总值增长9%以上", "地区生产总值增长60%以上")
    (warning,) = _prepare(tmp_path, text)
    assert "warning" in warning
    assert 'add checked = ["unusual-growth"]' in warning
    assert (
        _prepare(tmp_path, text.replace("value = 60\n", 'value = 60\nchecked = ["unusual-growth"]\n')) == []
    )


def test_a_name_mixing_scripts_warns(tmp_path: Path) -> None:
    """јintan with a Cyrillic ј is not jintan: a warning says so."""
    (warning,) = _prepare(tmp_path, MINI_TEXT.replace('aliases = ["北"]', 'aliases = ["北", "Nоrth"]'))
    assert "mixes Latin letters with Cyrillic" in warning


def test_format_1_is_read_with_a_warning() -> None:
    """A format 1 file reads as format 2, and says how to rewrite it."""
    prepared = prepare(str(DATA / "format1.toml"))
    assert [p.severity for p in prepared.problems] == ["warning"]
    assert "govtargets upgrade" in prepared.problems[0].message
    assert prepared.records["outcomes"]  # its actuals became outcomes


def test_unknown_format_and_top_level_fields(tmp_path: Path) -> None:
    """format = 3 is not read; a misspelt list is reported, not dropped."""
    assert "format 3 is not known" in _prepare(tmp_path, "format = 3\n")[0]
    assert (
        "unknown table (did you mean [[regions]]?)"
        in _prepare(tmp_path, "format = 2\n[[regoins]]\nid = 'x'\n")[0]
    )


def test_a_misspelt_field_names_the_field_it_is_close_to(tmp_path: Path) -> None:
    """valeu = 12.5 on a target: unknown field (did you mean 'value'?), as a misspelt table names
    the table; a field close to none says only that it is unknown."""
    (problem,) = _prepare(tmp_path, MINI_TEXT.replace("value = 12.5", "valeu = 12.5", 1))
    assert problem.endswith("field 'valeu': unknown field (did you mean 'value'?): " + _NEWER_OR_MISSPELT)
    (problem,) = _prepare(tmp_path, MINI_TEXT.replace("growth = 7.9", "growth = 7.9\ncolour = 1", 1))
    assert problem.endswith("field 'colour': unknown field: " + _NEWER_OR_MISSPELT)


_NEWER_OR_MISSPELT = f"is it misspelt, or is the file written for a newer govtargets than {__version__}?"


def test_a_field_or_value_of_a_newer_version_says_it_may_be_one(tmp_path: Path) -> None:
    """A file of a later govtargets (format still 2) with a field, a kind and a check this one
    does not know: each error says it may be written for a newer govtargets than this version,
    and names the values this one knows; format 3 says which version reads format 2."""
    text = MINI_TEXT.replace("growth = 7.9", "growth = 7.9\ngrowth_spread = 0.1", 1)
    text = text.replace('kind = "growth"', 'kind = "ratio"', 1)
    newer = f"is it misspelt, or is the file written for a newer govtargets than {__version__}?"
    kind, field = _prepare(tmp_path, text)
    assert field.endswith(f"field 'growth_spread': unknown field (did you mean 'growth_bound'?): {newer}")
    assert kind.endswith(
        "field 'kind': 'ratio' is not one of 'growth', 'decline', 'level', 'change_pp', 'relative' or"
        f" 'qualitative': {newer}"
    )
    (check,) = _prepare(
        tmp_path, MINI_TEXT.replace("growth = 7.9", 'growth = 7.9\nchecked = ["a-new-check"]', 1)
    )
    assert check.endswith(
        f"field 'checked[0]': 'a-new-check' is not one of 'unusual-growth', 'unusual-year',"
        " 'unusual-production-year', 'mixed-scripts', 'replaces-bundled', 'own-goal', 'no-unit', 'rate-growth',"
        f" 'outcome-year', 'not-in-wording' or 'bound-in-wording': {newer}"
    )
    assert _prepare(tmp_path, "format = 3\n") == [
        f"{tmp_path}/d.toml:1: field 'format': format 3 is not known: this govtargets ({__version__})"
        " reads format 2 (and 1); is the file written for a newer govtargets?"
    ]


def test_broken_files_end_in_one_problem(tmp_path: Path) -> None:
    """Not UTF-8, not TOML, nested too deeply: one problem each, with where it is."""
    path = tmp_path / "d.toml"
    path.write_bytes("format = 2\n# 金坛\n".encode("gbk"))
    assert "not UTF-8 text (byte 0xbd)" in str(prepare(str(path)).problems[0])
    path.write_text("format = 2\n[[regions]\n", encoding="utf-8")
    assert "d.toml:2: invalid TOML" in str(prepare(str(path)).problems[0])
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "nested too deeply" in str(prepare(str(path)).problems[0]) or "invalid TOML" in str(
        prepare(str(path)).problems[0]
    )


def test_a_goal_in_the_reports_own_words_warns_until_checked(tmp_path: Path) -> None:
    """A goal no canonical goal fits (稳居前列) is kept, with a warning that it is never judged;
    checked = ["own-goal"] silences it."""
    text = MINI_TEXT.replace('goal = "持续下降"', 'goal = "稳居前列"', 1)
    (warning,) = _prepare(tmp_path, text)
    assert "the goal '稳居前列' is the report's own words" in warning
    assert "never judged automatically" in warning
    checked = text.replace('goal = "稳居前列"', 'goal = "稳居前列"\nchecked = ["own-goal"]', 1)
    assert _prepare(tmp_path, checked) == []


@pytest.mark.parametrize(
    ("goal", "hint"),
    [
        ("保持平稳增长", '; if it means 保持稳定增长, write goal = "steady_growth"'),
        ("控制在自治区下达指标内", '; if it means 控制在省下达指标以内, write goal = "within_limit"'),
        ("合理回升", ""),  # nothing near: no hint
    ],
)
def test_a_goal_in_the_reports_own_words_names_the_nearest_goal(tmp_path: Path, goal: str, hint: str) -> None:
    """The own-goal warning names the goal whose Chinese is nearest, where one is: 拉萨市 2025's
    一般公共预算收入保持平稳增长 and …控制在自治区下达指标内 were open goals, though steady_growth and
    within_limit mean them (h85)."""
    (warning,) = _prepare(tmp_path, MINI_TEXT.replace('goal = "持续下降"', f'goal = "{goal}"', 1))
    assert warning.endswith('(once read, add checked = ["own-goal"])' + hint)


def test_the_day_init_writes_for_delivered_left_as_it_is_is_a_placeholder(tmp_path: Path) -> None:
    """init writes delivered = 2006-01-01 for the day to fill in; left so (合肥市 2006 gives no day),
    it was kept silently as the report's date. Now it warns, as the other placeholders do."""
    text = 'format = 2\n[[sources]]\nid = "s"\ntitle = "合肥市2006年政府工作报告"\npublisher = "合肥市人民政府"\n'
    assert _prepare(tmp_path, text + "delivered = 2006-01-12\n") == []
    assert _prepare(tmp_path, text + "delivered = 2006-01-01\n") == [
        f"{tmp_path}/d.toml:6: warning: source s: field 'delivered': 2006-01-01 is a placeholder of init (no"
        " people's congress sits on 1 January): write the day the report was delivered (——2006年1月12日在…),"
        " or leave it out"
    ]


def test_placeholders_of_init_and_extract_left_as_they_are_are_warnings(tmp_path: Path) -> None:
    """A publisher, a name all in brackets or a code beginning 00, as init and extract write them
    for a person to fill in, validated silently: now each is a warning at its field."""
    text = (
        'format = 2\n[[sources]]\nid = "s"\ntitle = "2024年政府工作报告"\n'
        'publisher = "(the government whose report it is)"\n'
        '[[regions]]\nid = "x"\ncode = "004737"\nname_zh = "厦门市"\nname_en = "(English name of 厦门市)"\n'
        'level = "prefecture"\n'
    )
    assert _prepare(tmp_path, text) == [
        f"{tmp_path}/d.toml:5: warning: source s: field 'publisher': '(the government whose report it is)'"
        " is a placeholder of init or extract: write the publisher",
        f"{tmp_path}/d.toml:10: warning: region x: field 'name_en': '(English name of 厦门市)' is a placeholder"
        " of init or extract: write the English name",
        f"{tmp_path}/d.toml:8: warning: region x: field 'code': 004737 is a placeholder of init or extract"
        " (no GB/T 2260 code begins 00): write the code, and check the level (without a code, init guessed it)",
    ]
    filled = text.replace("(the government whose report it is)", "厦门市人民政府")
    filled = filled.replace("004737", "350200").replace("(English name of 厦门市)", "Xiamen")
    assert _prepare(tmp_path, filled) == []


def test_a_table_out_of_place_is_named_at_its_line_with_where_it_belongs(tmp_path: Path) -> None:
    """[[targets]] at the top, [[reports.targets]] with no [[reports]] before it, and a misspelt
    [[sourcs]]: each at its header's line, saying where it belongs; they said 'unknown field (is it
    misspelt?)' or 'a list of [[reports]] tables is needed here', with no line."""
    after = "each after the [[reports]] table (region, year, source) of its report"
    assert _prepare(tmp_path, 'format = 2\n\n[[targets]]\nindicator = "gdp"\n') == [
        f"{tmp_path}/d.toml:3: field 'targets': unknown table: a report's targets are [[reports.targets]]"
        f" tables, {after}"
    ]
    assert _prepare(tmp_path, 'format = 2\n[[reports.projects]]\nid = "p"\n') == [
        f"{tmp_path}/d.toml:2: field 'reports': [[reports.projects]] with no [[reports]] table before it:"
        f" write them {after}"
    ]
    assert _prepare(tmp_path, 'format = 2\n\n[[sourcs]]\nid = "x"\n') == [
        f"{tmp_path}/d.toml:3: field 'sourcs': unknown table (did you mean [[sources]]?)"
    ]
    assert _prepare(tmp_path, "format = 2\ncolour = 1\n") == [
        f"{tmp_path}/d.toml:2: field 'colour': unknown field: is it misspelt, or is the file written for"
        f" a newer govtargets than {__version__}?"
    ]


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("growth = 5.5%", "a figure is written alone, without '%'"),
        ("level = 9000亿元", "a figure is written alone, without '亿元'"),
        ("wording = “增长5%”", 'a string is in straight quotes ("…"), not Chinese quotation marks (“…”)'),
        ("growth = 5 level = 6", None),  # two statements on a line: tomli's words alone
    ],
)
def test_a_toml_error_a_chinese_writer_makes_says_what_it_is(
    tmp_path: Path, line: str, hint: str | None
) -> None:
    """A figure with its unit (5.5%, 9000亿元) and a string in Chinese quotation marks gave only
    tomli's 'Expected newline…' or 'Invalid value': the message now says what to write."""
    (problem,) = _prepare(tmp_path, f'format = 2\n[[outcomes]]\nregion = "x"\n{line}\n')
    assert problem.startswith(f"{tmp_path}/d.toml:4: invalid TOML: ")
    if hint is None:
        assert problem.endswith(")")
    else:
        assert hint in problem


def test_a_date_that_is_no_day_says_so(tmp_path: Path) -> None:
    """posted = 2024-13-01 gave only tomli's 'Expected newline or end of document after a
    statement': the message now names the date that is no day; a good date is read."""
    text = 'format = 2\n[[sources]]\nid = "s"\ntitle = "t"\npublisher = "p"\nposted = 2024-13-01\n'
    assert _prepare(tmp_path, text) == [
        f"{tmp_path}/d.toml:6: invalid TOML: Expected newline or end of document after a statement (column"
        " 14): 2024-13-01 is no date (a TOML date is YYYY-MM-DD, a day that exists)"
    ]
    assert _prepare(tmp_path, text.replace("2024-13-01", "2024-01-11")) == []


def test_a_table_field_given_a_figure_shows_the_table_it_takes(tmp_path: Path) -> None:
    """total_investment = 99 and production_start = 2025 say the table they take, and expected =
    "预计" that true or false is needed, not pydantic's "unable to interpret input"."""
    text = MINI_TEXT.replace('total_investment = { value = 20, unit = "亿元" }', "total_investment = 99")
    text = text.replace("production_start = { year = 2025, expected = true }", "production_start = 2025")
    text = text.replace(
        '[[reports.projects]]\nid = "school"',
        '[[reports.projects]]\nid = "b2"\nname_zh = "桥"\nwording = "桥"\n'
        'production_start = { year = 2025, expected = "预计" }\n\n[[reports.projects]]\nid = "school"',
    )
    problems = [p.split(": ", 1)[1] for p in _prepare(tmp_path, text)]
    assert problems == [
        "report north 2023, project bridge: field 'total_investment': a table is needed here,"
        ' such as { value = 20, unit = "亿元" }',
        "report north 2023, project bridge: field 'production_start': a table is needed here,"
        " such as { year = 2024 } (with expected = true where the report says 预计)",
        "report north 2023, project b2: field 'production_start.expected': true or false is needed here,"
        " not '预计'",
    ]


def test_a_figure_the_wording_does_not_hold_warns_unless_checked(tmp_path: Path) -> None:
    """value = 11 of 地区生产总值增长9%以上 (a slip of transcription) warns, as labelcheck does for the
    bundled data; full-width, grouped and garbled digits (９。５, 1,302.92) are read as figures; a
    wording in words alone (翻一番) is not read; checked = ["not-in-wording"] silences it."""
    text = MINI_TEXT.replace('value = 9\nqualifiers = ["以上"]', 'value = 11\nqualifiers = ["以上"]')
    (warning,) = _prepare(tmp_path, text)
    assert warning.endswith(
        "warning: report south 2023, target gdp: field 'value': value 11 is not in the wording"
        " '地区生产总值增长9%以上': is it right? (once checked, add checked = [\"not-in-wording\"] to the record)"
    )
    silenced = text.replace("value = 11\n", 'value = 11\nchecked = ["not-in-wording"]\n')
    assert _prepare(tmp_path, silenced) == []
    for wording in ("地区生产总值增长１１%以上", "地区生产总值增长11.0%以上", "地区生产总值翻一番"):
        assert _prepare(tmp_path, text.replace("地区生产总值增长9%以上", wording)) == [], wording
    level = "全年完成地区生产总值1302.92亿元,增长8.2%"
    for wording in (
        "全年完成地区生产总值1,302.92亿元,增长8。2%",
        "全年完成地区生产总值１３０２．９２亿元,增长8.2%",
    ):
        assert _prepare(tmp_path, MINI_TEXT.replace(level, wording)) == [], wording


def test_a_bound_the_wording_gives_or_lacks_warns_unless_checked(tmp_path: Path) -> None:
    """增长8.2%以上 recorded with no growth_bound (judged as exact) warns; with growth_bound =
    "at_least" it is clean; at_most, whose words (以内…) the wording lacks at 8.2, warns; a bound
    word at another figure (规模以上) is not the figure's; checked = ["bound-in-wording"] silences."""
    level = "全年完成地区生产总值1302.92亿元,增长8.2%"
    bounded = MINI_TEXT.replace(level, level + "以上")
    (warning,) = _prepare(tmp_path, bounded)
    assert warning.endswith(
        "warning: outcome north 2023 gdp: field 'growth': growth 8.2 is given in the wording only as a"
        " bound (以上): say which way in growth_bound (docs/format.md), or it is judged as exact"
        ' (once checked, add checked = ["bound-in-wording"] to the record)'
    )
    marked = bounded.replace("growth = 8.2\n", 'growth = 8.2\ngrowth_bound = "at_least"\n', 1)
    assert _prepare(tmp_path, marked) == []
    (wrong,) = _prepare(tmp_path, marked.replace('"at_least"', '"at_most"', 1))
    assert wrong.endswith(
        "warning: outcome north 2023 gdp: field 'growth': growth_bound 'at_most': the wording gives no"
        ' 不超过/不高于/之内/以下/以内 at 8.2 (once checked, add checked = ["bound-in-wording"] to the record)'
    )
    assert _prepare(tmp_path, MINI_TEXT.replace(level, level + "，规模以上工业增加值增长9%")) == []
    silenced = bounded.replace("growth = 8.2\n", 'growth = 8.2\nchecked = ["bound-in-wording"]\n', 1)
    assert _prepare(tmp_path, silenced) == []


def test_a_project_investment_the_wording_bounds_warns_and_a_bound_total_takes_any_plan(
    tmp_path: Path,
) -> None:
    """总投资20亿元以上 with no total_investment_bound (shown as exact) warns; with it, clean; a
    bound whose words the wording lacks warns; a total of 2亿元以上 may be more than a year's plan of
    2.5亿元 (no error), but 2亿元 exact, or 2亿元以内, may not."""
    wording = "北区大桥项目:总投资20亿元,2023年计划投资2.5亿元"
    bounded = MINI_TEXT.replace(wording, wording.replace("20亿元", "20亿元以上"))
    (warning,) = _prepare(tmp_path, bounded)
    assert warning.endswith(
        "warning: report north 2023, project bridge: field 'total_investment': total_investment 20 is"
        " given in the wording only as a bound (以上): say which way in total_investment_bound"
        ' (docs/format.md), or it is shown as exact (once checked, add checked = ["bound-in-wording"] to'
        " the record)"
    )
    total = 'total_investment = { value = 20, unit = "亿元" }\n'
    marked = bounded.replace(total, total + 'total_investment_bound = "at_least"\n', 1)
    assert _prepare(tmp_path, marked) == []
    (wrong,) = _prepare(tmp_path, marked.replace('"at_least"', '"more_than"', 1))
    assert "total_investment_bound 'more_than': the wording gives no 突破/超/超过/跨上/迈上 at 20" in wrong
    small = marked.replace("value = 20,", "value = 2,", 1).replace("20亿元以上", "2亿元以上")
    assert _prepare(tmp_path, small) == []
    exact = small.replace('total_investment_bound = "at_least"\n', "", 1).replace("2亿元以上", "2亿元")
    (more,) = _prepare(tmp_path, exact)
    assert more.endswith("field 'planned_investment': planned investment for the year is more than the total")
    within = small.replace('"at_least"', '"at_most"', 1).replace("2亿元以上", "2亿元以内")
    (still,) = _prepare(tmp_path, within)
    assert still.endswith(
        "field 'planned_investment': planned investment for the year is more than the total"
    )
