"""Tests of judgements as a target's row gives them, built from the cases of issue 25: a parent
that cannot be found, an estimate on the line, a near miss."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from govtargets.cli.main import cli

from .conftest import ECHENG, ECHENG_2023, GDP, Record, Run, dataset_text

# 鄂城区 2023: its parent 鄂州市 declared as a division, as docs/format.md says divisions are for.
EZHOU = {"code": "420700", "name_zh": "鄂州市", "name_en": "Ezhou", "level": "prefecture"}


def _echeng(*parent: Record, parent_code: str | None = "420700") -> str:
    """鄂城区's 2023 report, whose GDP is to grow faster than its parent's, after ``parent``."""
    return dataset_text(
        ("sources", ECHENG_2023),
        ("indicators", GDP),
        *parent,
        ("regions", {**ECHENG, "parent": parent_code}),
        ("reports", {"region": "echeng", "year": 2023, "source": "echeng-2023"}),
        ("reports.targets", {
            "indicator": "gdp", "kind": "relative", "qualifiers": ["高于"], "against_region": "parent",
            "wording": "实现GDP增速高于全市平均水平",
        }),
        ("outcomes", {
            "region": "echeng", "year": 2023, "indicator": "gdp", "growth": 6.5, "wording": "地区生产总值增长6.5%",
            "source": "echeng-2023",
        }),
    )  # fmt: skip


def _target(run: Run, path: Path) -> dict[str, object]:
    result = run("show", "echeng", "--json", data=path)
    assert result.exit_code == 0, result.stderr
    (target,) = json.loads(result.stdout)["targets"]
    return {
        k: target[k]
        for k in (
            "figure_en",
            "against_region",
            "reference",
            "actual",
            "outcome",
            "difference",
            "outcome_note",
        )
    }


def test_a_parent_declared_only_as_a_division_is_not_compared_with_the_region_itself(
    tmp_path: Path, run: Run
) -> None:
    """高于全市平均 with the city a division: not judged, with the reason (never "missed by 0 pp")."""
    path = tmp_path / "echeng.toml"
    path.write_text(_echeng(("divisions", EZHOU)), encoding="utf-8")
    assert _target(run, path) == {
        "figure_en": "higher than the parent region",
        "against_region": None,
        "reference": None,
        "actual": 6.5,
        "outcome": "not_judged",
        "difference": None,
        "outcome_note": "its parent 鄂州市 (420700) is only a division, with no outcomes to compare with",
    }
    result = run("validate", "--no-bundled", str(path), data=None)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        f"{path}:37: warning: report echeng 2023, target gdp: field 'against_region': its parent 鄂州市"
        " (420700) is only a division, with no outcomes to compare with: the target is not judged"
        " (declare the parent as a [[regions]] record, with its outcomes)"
    )


def test_a_region_with_no_parent_is_not_compared_with_itself(tmp_path: Path, run: Run) -> None:
    """The same target in a region with no parent: not judged, and validate warns."""
    path = tmp_path / "echeng.toml"
    path.write_text(_echeng(("divisions", EZHOU), parent_code=None), encoding="utf-8")
    assert _target(run, path)["outcome_note"] == "鄂城区 has no parent to compare with"
    result = run("validate", "--no-bundled", str(path), data=None)
    assert "鄂城区 has no parent to compare with: the target is not judged (give the region a parent" in (
        result.stdout
    )


def test_a_parent_declared_as_a_region_is_judged(tmp_path: Path, run: Run) -> None:
    """鄂州市 as a [[regions]] record with its outcome: Echeng's 6.5% beats the city's 6%."""
    city = _echeng(
        ("regions", {"id": "ezhou", **EZHOU}),
        ("outcomes", {
            "region": "ezhou", "year": 2023, "indicator": "gdp", "growth": 6, "wording": "增长6%", "source": "echeng-2023",
        }),
    )  # fmt: skip
    path = tmp_path / "echeng.toml"
    path.write_text(city, encoding="utf-8")
    assert _target(run, path) == {
        "figure_en": "higher than Ezhou",
        "against_region": "ezhou",
        "reference": "ezhou gdp",
        "actual": 6.5,
        "outcome": "met",
        "difference": 0.5,
        "outcome_note": None,
    }
    assert run("validate", "--no-bundled", str(path), data=None).stdout.startswith("0 errors and 0 warnings")


def test_init_with_an_unknown_parent_declares_it(tmp_path: Path) -> None:
    """init --parent 420700, a code no record has: the file declares the parent, says how to make
    it a region, and validates as written."""
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
        'name_en = "(the parent\'s English name)"\nlevel = "prefecture"\n'
    ) in text
    assert runner.invoke(cli, ["validate", str(path)]).exit_code == 0
    known = runner.invoke(cli, ["init", "wujin", "--code", "320412", "--parent", "320400"])
    assert (known.stderr, "[[divisions]]" in known.stdout) == ("", False)


# Yangzhou 2024 (6%以上 against 预计…增长6%左右) and Suzhou 2023 (5%左右 against 4.6%), as one region.
BUDGET = {
    "indicator": "budget_revenue",
    "kind": "growth",
    "value": 5,
    "qualifiers": ["左右"],
    "wording": "一般公共预算收入增长5%左右",
}
BUDGET_OUTCOME = {
    "region": "town",
    "year": 2024,
    "indicator": "budget_revenue",
    "growth": 4.6,
    "wording": "一般公共预算收入增长4.6%",
}


def _town(
    *, budget: Record = ("reports.targets", BUDGET), outcome: Mapping[str, Any] = BUDGET_OUTCOME
) -> str:
    """A town's 2024 report: GDP 6%以上 against an estimate of 6%左右, and a ``budget`` target
    against its ``outcome``."""
    return dataset_text(
        ("sources", {"id": "town-2024", "title": "某市政府工作报告", "publisher": "某市人民政府"}),
        ("indicators", {**GDP, "short_en": "GDP"}),
        ("indicators", {
            "key": "budget_revenue", "name_zh": "一般公共预算收入", "name_en": "General public budget revenue", "unit": "亿元",
        }),
        ("regions", {"id": "town", "code": "990101", "name_zh": "某市", "name_en": "Town", "level": "prefecture"}),
        ("reports", {"region": "town", "year": 2024, "source": "town-2024"}),
        ("reports.targets", {
            "indicator": "gdp", "kind": "growth", "value": 6, "qualifiers": ["以上"], "wording": "地区生产总值增长6%以上",
        }),
        budget,
        ("outcomes", {
            "region": "town", "year": 2024, "indicator": "gdp", "growth": 6, "estimate": True,
            "wording": "预计地区生产总值同比增长6%左右", "source": "town-2024",
        }),
        ("outcomes", {**outcome, "source": "town-2024"}),
    )  # fmt: skip


def test_an_estimate_on_the_line_and_a_near_miss_as_rows_tables_and_summary_give_them(
    tmp_path: Path, run: Run
) -> None:
    """预计6%左右 against 6%以上 is not judged, with why; 4.6% against 5%左右 is missed by 0.4 pp, a
    near miss, in JSON, in the table and counted apart in summary."""
    path = tmp_path / "town.toml"
    path.write_text(_town(), encoding="utf-8")
    rows = json.loads(run("show", "town", "--json", data=path).stdout)["targets"]
    assert [{k: t[k] for k in ("outcome", "near_miss", "difference", "outcome_note")} for t in rows] == [
        {
            "outcome": "not_judged",
            "near_miss": False,
            "difference": None,
            "outcome_note": "an estimate on the line: 6 give or take 0.5, the line 6",
        },
        {"outcome": "missed", "near_miss": True, "difference": -0.4, "outcome_note": None},
    ]
    table = run("show", "town", data=path, env={"COLUMNS": "160"}).stdout
    assert "not judged" in table
    assert "missed by 0.4 pp, a near miss" in table
    zh = run("show", "town", "--lang", "zh", data=path, env={"COLUMNS": "160"}).stdout
    assert "未达标 -0.4个百分点，接近" in zh
    (year,) = json.loads(run("summary", "--json", data=path).stdout)["years"]
    assert {k: year[k] for k in ("judged", "met", "missed", "near_missed", "not_judged")} == {
        "judged": 1,
        "met": 0,
        "missed": 1,
        "near_missed": 1,
        "not_judged": 1,
    }


def test_every_unit_field_is_the_unit_of_its_number(tmp_path: Path, run: Run) -> None:
    """A budget of 65亿元 missed by 2亿元: unit_en and difference_unit_en say "100 million yuan"
    (not "yuan", off by 10⁸), in JSON and in CSV; the catalogue's unit too."""
    budget = {
        **BUDGET,
        "kind": "level",
        "value": 65,
        "unit": "亿元",
        "qualifiers": None,
        "wording": "一般公共预算收入65亿元",
    }
    outcome = {
        **BUDGET_OUTCOME,
        "growth": None,
        "level": 63,
        "level_unit": "亿元",
        "wording": "一般公共预算收入63亿元",
    }
    text = _town(budget=("reports.targets", budget), outcome=outcome)
    path = tmp_path / "town.toml"
    path.write_text(text, encoding="utf-8")
    (row,) = json.loads(run("targets", "--indicator", "budget_revenue", "--json", data=path).stdout)[
        "targets"
    ]
    assert {
        k: row[k] for k in ("value", "unit", "unit_en", "difference", "difference_unit", "difference_unit_en")
    } == {
        "value": 65,
        "unit": "亿元",
        "unit_en": "100 million yuan",
        "difference": -2,
        "difference_unit": "亿元",
        "difference_unit_en": "100 million yuan",
    }
    csv = run("targets", "--indicator", "budget_revenue", "--format", "csv", data=path).stdout.splitlines()
    header, line = csv[0].split(","), csv[1].split(",")
    assert [line[header.index(k)] for k in ("unit_en", "difference_unit_en")] == ["100 million yuan"] * 2
    indicators = json.loads(run("indicators", "--json", data=path).stdout)["indicators"]
    assert [i["unit_en"] for i in indicators] == ["100 million yuan", "100 million yuan"]
