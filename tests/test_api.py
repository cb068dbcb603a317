"""Tests of the Python API: the same questions and records as the commands, from a script."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import govtargets
from govtargets.cli.main import cli

from .conftest import MINI


def test_open_ask_and_close() -> None:
    """govtargets.open() answers as the commands do, and closes itself in a with block."""
    with govtargets.open() as data:
        rows = data.targets(indicators=["gdp"], year=2023)
        assert {r["region"] for r in rows} >= {"jiangsu", "changzhou", "jintan"}
        assert data.show("jintan")["region"]["code"] == "320413"
        assert data.chain("jintan", "gdp", year=2023)["rows"][0]["links"][-1]["adds"] == 2.5
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
    assert type(rows) is list  # a list that outlives the dataset, not rows read as they are used


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
