"""Tests of judgements as a target's row gives them, built from the cases of issue 25: a parent
that cannot be found, an estimate on the line, a near miss."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from govtargets.cli.main import cli

from .conftest import Run

# 鄂城区 2023: its parent 鄂州市 declared as a division, as docs/format.md says divisions are for.
ECHENG = """format = 2

[[sources]]
id = "echeng-2023"
title = "鄂城区2023年政府工作报告"
publisher = "鄂州市鄂城区人民政府"

[[indicators]]
key = "gdp"
name_zh = "地区生产总值"
name_en = "Gross regional product (GDP)"
unit = "亿元"

[[divisions]]
code = "420700"
name_zh = "鄂州市"
name_en = "Ezhou"
level = "prefecture"

[[regions]]
id = "echeng"
code = "420704"
name_zh = "鄂城区"
name_en = "Echeng District"
level = "district"
parent = "420700"

[[reports]]
region = "echeng"
year = 2023
source = "echeng-2023"

[[reports.targets]]
indicator = "gdp"
kind = "relative"
qualifiers = ["高于"]
against_region = "parent"
wording = "实现GDP增速高于全市平均水平"

[[outcomes]]
region = "echeng"
year = 2023
indicator = "gdp"
growth = 6.5
wording = "地区生产总值增长6.5%"
source = "echeng-2023"
"""


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
    path.write_text(ECHENG, encoding="utf-8")
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
    path.write_text(ECHENG.replace('parent = "420700"\n', ""), encoding="utf-8")
    assert _target(run, path)["outcome_note"] == "鄂城区 has no parent to compare with"
    result = run("validate", "--no-bundled", str(path), data=None)
    assert "鄂城区 has no parent to compare with: the target is not judged (give the region a parent" in (
        result.stdout
    )


def test_a_parent_declared_as_a_region_is_judged(tmp_path: Path, run: Run) -> None:
    """鄂州市 as a [[regions]] record with its outcome: Echeng's 6.5% beats the city's 6%."""
    city = ECHENG.replace('[[divisions]]\ncode = "420700"', '[[regions]]\nid = "ezhou"\ncode = "420700"') + (
        '\n[[outcomes]]\nregion = "ezhou"\nyear = 2023\nindicator = "gdp"\ngrowth = 6\n'
        'wording = "增长6%"\nsource = "echeng-2023"\n'
    )
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
