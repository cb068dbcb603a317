"""Error messages of names looked up and not found, in English and under --lang zh."""

from __future__ import annotations

from .conftest import Run


def test_an_unknown_region_is_told_in_chinese_under_lang_zh(run: Run) -> None:
    """Under --lang zh an unknown region's message and its suggestion are in Chinese; in English unchanged."""
    zh = run("show", "北京区", "--lang", "zh", data=None)
    assert zh.exit_code == 1
    assert zh.stderr == (
        "govtargets: error: 未知地区“北京区”；是否指 beijing（北京市）？（'govtargets list' 列出全部地区）\n"
    )
    en = run("show", "北京区", "--lang", "en", data=None)
    assert en.stderr == (
        "govtargets: error: unknown region '北京区'; did you mean beijing (北京市)?"
        " ('govtargets list' shows every region)\n"
    )


def test_an_unknown_indicator_lists_its_suggestions_as_chinese_does(run: Run) -> None:
    """Several suggestions are joined with 、 and 或, each key with its Chinese name in full-width brackets."""
    zh = run("rank", "城镇失业率", "--lang", "zh", data=None)
    assert zh.exit_code == 1
    assert zh.stderr == (
        "govtargets: error: 未知指标“城镇失业率”；是否指 surveyed_unemployment（城镇调查失业率）、"
        "registered_unemployment（城镇登记失业率）或 urbanization_rate（城镇化率）？"
        "（'govtargets indicators' 列出全部指标）\n"
    )


def test_an_indicator_where_a_region_goes_is_told_in_chinese(run: Run) -> None:
    """summary 地区生产总值 under a Chinese locale: the indicator is named, and that it is no region."""
    zh = run("summary", "地区生产总值", data=None, env={"LANG": "zh_CN.UTF-8", "GOVTARGETS_LANG": ""})
    assert zh.stderr == (
        "govtargets: error: 未知地区“地区生产总值”：地区生产总值是指标（gdp），不是地区"
        "（'govtargets list' 列出全部地区）\n"
    )


def test_a_missing_year_names_the_region_in_chinese_and_the_lang_given_first_counts(run: Run) -> None:
    """A year with no report names the region by its Chinese name; --lang before the command is heeded."""
    zh = run("--lang", "zh", "show", "金坛", "--year", "2019", data=None)
    assert zh.exit_code == 1
    assert zh.stderr == "govtargets: error: 金坛区没有2019年的报告（数据中的年份：2023）\n"
    en = run("show", "金坛", "--year", "2019", "--lang", "en", data=None)
    assert en.stderr == "govtargets: error: jintan has no report for 2019 (years in the dataset: 2023)\n"


def test_a_year_reviewed_by_the_next_report_lists_its_result_keys_with_the_chinese_comma(run: Run) -> None:
    """China 2002, reviewed by the 2003 report: the keys of its results are listed with 、 under --lang zh."""
    zh = run("chain", "全国", "--year", "2002", "--lang", "zh", data=None)
    assert zh.stderr.endswith(
        "；其2002年的实绩见 'govtargets show china --year 2002'（gdp、budget_revenue）\n"
    )
    assert zh.stderr.startswith(
        "govtargets: error: 中华人民共和国没有2002年的报告（数据中的年份：2003、2004、"
    )
