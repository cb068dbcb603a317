"""Tests of the JSON Schemas: valid, and what the data and the output really are."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import tomli
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from govtargets.cli.main import cli
from govtargets.dataset.files import dataset_files
from govtargets.output.schemas import dataset_schema, output_schema

from .conftest import MINI, REPORTS


@cache
def validator(of_output: bool) -> Draft202012Validator:
    """One validator per schema: checking the schema against the metaschema once, not per use."""
    schema = json.loads(output_schema() if of_output else dataset_schema())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


@pytest.mark.parametrize("path", [str(MINI), *dataset_files()], ids=lambda p: Path(p).name)
def test_every_data_file_follows_the_dataset_schema(path: str) -> None:
    """The bundled files and the test data validate against govtargets schema."""
    data = _jsonable(tomli.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal))
    errors = list(validator(False).iter_errors(data))
    assert not errors, errors[0].message


OUTPUTS = [
    ["list"], ["show", "jintan"], ["show", "north", "--data", str(MINI), "--no-bundled"], ["compare", "nanjing", "suzhou", "wuxi"],
    ["targets", "--year", "2003-2026", "--region", "jiangsu", "--region", "suzhou"], ["rank", "gdp"], ["search", "增长"], ["projects", "--year", "all"], ["indicators"],
    ["chain", "jintan"], ["summary"], ["history", "suzhou", "gdp"], ["validate"], ["extract", str(REPORTS / "suzhou" / "2024.md"), "--format", "json"],
]  # fmt: skip


@pytest.mark.parametrize("args", OUTPUTS, ids=[a[0] for a in OUTPUTS])
def test_every_commands_json_follows_the_output_schema(args: list[str]) -> None:
    """Each command's JSON is one of the output schema's results."""
    extra = [] if "--format" in args else ["--json"]
    result = CliRunner().invoke(cli, [*args, *extra])
    assert result.exit_code == 0, result.stderr
    errors = list(validator(True).iter_errors(json.loads(result.stdout)))
    assert not errors, errors[0].message


def test_schema_command_prints_both() -> None:
    """govtargets schema and schema --output print JSON Schemas."""
    assert json.loads(CliRunner().invoke(cli, ["schema"]).stdout)["title"] == "govtargets dataset file"
    assert (
        json.loads(CliRunner().invoke(cli, ["schema", "--output"]).stdout)["title"]
        == "govtargets JSON output"
    )


def test_the_schemas_describe_fields_with_their_docstrings() -> None:
    """Every field of a target, an outcome and a project has its model's docstring as its
    description in the dataset schema, and every column of a target row and a project row the
    row type's, which the export's metadata gives too: written once, read by both."""
    from govtargets.dataset import shapes
    from govtargets.dataset.models import Outcome, Project, Target
    from govtargets.output.export import descriptions

    dataset = json.loads(dataset_schema())["$defs"]
    for model in (Target, Outcome, Project):
        properties = dataset[model.__name__]["properties"]
        assert {f: p.get("description") for f, p in properties.items()} == descriptions(model)
    assert dataset["Project"]["properties"]["total_investment_bound"]["description"] == (
        "Where the report gives the total as a bound, which way (总投资3500亿元以上: at_least)."
    )
    output = json.loads(output_schema())["$defs"]
    for row in (shapes.TargetRow, shapes.ProjectRow, shapes.RankEntry):
        described = {
            f: p["description"] for f, p in output[row.__name__]["properties"].items() if "description" in p
        }
        assert described == descriptions(row)
    assert output["RankEntry"]["properties"]["actual_bound"]["description"].startswith(
        "Where the report gives the result as a bound, which way from ``actual``"
    )
