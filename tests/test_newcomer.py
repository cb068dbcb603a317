"""Tests of the smaller things a newcomer hit writing a district's report from the docs alone
(issue 25): what validate counts, an empty file, a date in a narrow table, compare's rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import ECHENG, ECHENG_2023, Run, dataset_text

ONE_REGION = dataset_text(("regions", {**ECHENG, "parent": "420000"}))


def test_validate_counts_the_users_files_and_says_the_bundled_data_was_read_beside_them(
    tmp_path: Path, run: Run
) -> None:
    """validate one.toml is "in 1 file, read beside the bundled data (N files)", not "in 47 files"."""
    path = tmp_path / "one.toml"
    path.write_text(ONE_REGION, encoding="utf-8")
    result = run("validate", str(path), data=None)
    assert result.exit_code == 0, result.stdout
    report = json.loads(run("validate", str(path), "--json", data=None).stdout)
    bundled = report["bundled_files"]
    assert (report["files"], bundled > 1) == (1, True)
    assert (
        result.stdout
        == f"0 errors and 0 warnings in 1 file, read beside the bundled data ({bundled} files): valid\n"
    )
    path.write_text(dataset_text(("regions", ECHENG)), encoding="utf-8")
    alone = run("validate", "--no-bundled", str(path), data=None)
    assert alone.stdout.splitlines()[-1] == "0 errors and 0 warnings in 1 file: valid"
    assert run("validate", data=None).stdout == (
        f"0 errors and 0 warnings in the bundled data ({bundled} files): valid\n"
    )


def test_an_empty_file_holds_no_records(tmp_path: Path, run: Run) -> None:
    """An empty file (or one of only comments, or only its format line) is a warning that it holds
    no records, never "a format 1 dataset"."""
    for text in ("", "# to be written\n", "format = 2\n"):
        path = tmp_path / "empty.toml"
        path.write_text(text, encoding="utf-8")
        result = run("validate", str(path), data=None)
        assert result.exit_code == 0
        assert result.stdout.splitlines()[0] == f"{path}: warning: the file holds no records"
        assert "format 1" not in result.stdout


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
    assert table.endswith(
        f"({main['areas_left_out']} targets of areas of work left out: --areas compares them too)\n"
    )


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


def test_a_date_is_never_split_across_lines() -> None:
    """A source delivered 2023-12-28 and posted 2024-04-11 09:30: at any width its dates (and its
    figures) stay whole, never "2023" / "-12-28" as at 120 columns before."""
    from govtargets.dataset.wording import source_line
    from govtargets.output.draw import tokens, wrap

    line = source_line(
        {
            "publisher": "鄂州市鄂城区人民政府",
            "title": "关于鄂城区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告（书面）",
            "delivered": "2023-12-28",
            "posted": "2024-04-11T09:30:00",
            "url": "http://www.echeng.gov.cn/xxgk/fdzdgknr/ghxx/jhzx/202404/t20240411_123456.shtml",
        }
    )
    assert "2023-12-28;" in tokens(line)
    assert "2024-04-11 09:30:00;" in tokens(line)
    for width in range(24, 121):
        lines = wrap(line, width)
        assert any("2023-12-28" in piece for piece in lines), width
        assert any("2024-04-11 09:30:00" in piece for piece in lines), width
    assert tokens("增长-0.4个百分点，1,234.5亿元") == ["增", "长", "-0.4个百分点，", "1,234.5亿元"]
