"""Property tests: generated datasets and bytes, checked against what must always hold."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govtargets.cli import cli
from govtargets.schemas import output_schema

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
OUTPUT_SCHEMA = json.loads(output_schema())

HEAD = """format = 1

[[sources]]
id = "s"
title = "报告"
publisher = "p"

[[indicators]]
key = "gdp"
name_zh = "地区生产总值"
name_en = "GDP"
unit = "亿元"

[[indicators]]
key = "jobs"
name_zh = "新增就业"
name_en = "New jobs"
unit = "人"

[[regions]]
id = "r"
code = "990001"
name_zh = "某区"
name_en = "Some District"
level = "district"

[[reports]]
region = "r"
year = 2023
source = "s"
"""

# Figures as a dataset may type them: up to 15 digits in all (pydantic counts the zeros after
# the point), from 0.000001 to hundreds of millions.
figures = st.builds(
    lambda mantissa, places: Decimal(mantissa).scaleb(-places),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.integers(min_value=0, max_value=6),
)
money = st.integers(min_value=0, max_value=10**12).map(lambda n: Decimal(n) / 100)  # whole yuan, in 万元
counts = st.integers(min_value=0, max_value=10**9)


def _toml_number(value: Decimal) -> str:
    return format(value, "f")  # TOML reads "12", "12.50" and "-0.000001" alike


@st.composite
def datasets(draw: st.DrawFn) -> tuple[str, list[Decimal]]:
    """A valid dataset of one report, and its figures in order."""
    blocks, values = [HEAD], []
    for n in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(st.sampled_from(["growth", "amount", "count"]))
        if kind == "growth":
            value, unit, indicator = draw(figures), "%", "gdp"
        elif kind == "amount":
            value, unit, indicator = draw(money), "万元", "gdp"
        else:
            value, unit, indicator = Decimal(draw(counts)), "人", "jobs"
        values.append(value)
        blocks.append(
            f'[[reports.targets]]\nid = "t{n}"\nindicator = "{indicator}"\nkind = "{kind}"\n'
            f'value = {_toml_number(value)}\nunit = "{unit}"\nwording = "w{n}"\n'
        )
    return "\n".join(blocks), values


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@SETTINGS
@given(dataset=datasets())
def test_json_carries_every_figure_exactly(tmp_path: Path, dataset: tuple[str, list[Decimal]]) -> None:
    """Any dataset that validates prints as JSON whose figures load back equal, to the last digit."""
    text, values = dataset
    path = tmp_path / "data.toml"
    path.write_text(text, "utf-8")
    status, out, err = _run("show", "r", "--data", str(path), "--json", "--no-cache")
    assert status == 0, err
    shown = json.loads(out, parse_float=Decimal)
    assert [Decimal(t["value"]) for t in shown["headline"]] == values


@SETTINGS
@given(dataset=datasets())
def test_json_output_follows_the_published_schema(tmp_path: Path, dataset: tuple[str, list[Decimal]]) -> None:
    """The JSON of every command validates against `govtargets schema --output`."""
    path = tmp_path / "data.toml"
    path.write_text(dataset[0], "utf-8")
    data = ["--data", str(path), "--json", "--no-cache"]
    commands = [["list"], ["show", "r"], ["compare", "r", "r"], ["projects"], ["indicators"]]
    for command in [*commands, ["targets"], ["rank", "gdp"], ["search", "w"]]:
        status, out, err = _run(*command, *data)
        assert status == 0, err
        jsonschema.validate(json.loads(out), OUTPUT_SCHEMA)
    status, out, _ = _run("validate", str(path), "--json")
    jsonschema.validate(json.loads(out), OUTPUT_SCHEMA)


TOMLISH = st.text(alphabet=st.sampled_from(list("[]{}=\".,\n 0123456789abcdefxyz-_金#'")), max_size=200)


@SETTINGS
@given(content=st.one_of(st.binary(max_size=400), TOMLISH.map(str.encode), st.just(HEAD.encode())))
def test_any_bytes_give_status_0_or_1(tmp_path: Path, content: bytes) -> None:
    """Whatever bytes a data file holds, the tool answers 0 or 1, with no traceback."""
    path = tmp_path / "data.toml"
    path.write_bytes(content)
    for command in (["list", "--data", str(path), "--no-cache"], ["validate", str(path)]):
        status, out, err = _run(*command)
        assert status in (0, 1)
        assert "Traceback" not in out + err
        assert status == 0 or err or out
