"""Tests of the JSON Schemas: generated from the models, valid, and in step with data and docs."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import tomli
from click.testing import CliRunner
from pydantic import BaseModel

from govtargets import models
from govtargets.cache import bundled_data
from govtargets.cli import cli
from govtargets.schemas import OUTPUTS, dataset_schema, output_schema

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
GUIDE = README[README.index("## Writing a dataset of your own") : README.index("## Layout")]
RECORDS = [
    m
    for m in vars(models).values()
    if isinstance(m, type) and issubclass(m, models.Record) and m is not models.Record
]


def _as_json(value: Any) -> Any:
    """TOML's values as JSON has them (what an editor checks against the schema)."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def test_both_schemas_are_valid_json_schema() -> None:
    """The dataset and output schemas are themselves valid (draft 2020-12)."""
    for text in (dataset_schema(), output_schema()):
        jsonschema.Draft202012Validator.check_schema(json.loads(text))


def test_the_bundled_data_follows_the_dataset_schema() -> None:
    """The bundled dataset, read as an editor reads it, validates against the schema."""
    data = tomli.loads(Path(bundled_data()).read_text("utf-8"))
    jsonschema.validate(_as_json(data), json.loads(dataset_schema()))


def test_the_schema_rejects_what_the_models_reject() -> None:
    """An unknown field and a bad code fail against the schema too, as they do in the models."""
    schema = json.loads(dataset_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"regoins": []}, schema)
    region = {"id": "x", "code": "12345", "name_zh": "x", "name_en": "x", "level": "district"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"regions": [region]}, schema)


def test_every_record_is_in_the_schema_with_its_fields() -> None:
    """Each model of a dataset record is a definition of the schema, with exactly its fields."""
    defs = json.loads(dataset_schema())["$defs"]
    for model in RECORDS:
        if model is models.DatasetFile:
            continue
        assert set(defs[model.__name__]["properties"]) == set(model.model_fields), model.__name__


@pytest.mark.parametrize("model", RECORDS, ids=[m.__name__ for m in RECORDS])
def test_the_readme_documents_every_field(model: type[BaseModel]) -> None:
    """The README's guide to writing a dataset names every field of every record."""
    for field in model.model_fields:
        assert re.search(rf"\b{field}\b", GUIDE), f"{model.__name__}.{field}"


def test_output_schema_covers_every_command() -> None:
    """The output schema has a definition for each command's result, with no extra keys allowed."""
    schema = json.loads(output_schema())
    assert [ref["$ref"].rsplit("/", 1)[1] for ref in schema["anyOf"]] == [
        r.__name__ for r in OUTPUTS.values()
    ]
    assert set(OUTPUTS) == set(cli.commands) - {"schema"}  # type: ignore[attr-defined]
    assert schema["$defs"]["TargetView"]["additionalProperties"] is False


def test_schema_command_prints_them() -> None:
    """`govtargets schema` and `schema --output` print the two schemas."""
    runner = CliRunner()
    assert json.loads(runner.invoke(cli, ["schema"]).stdout) == json.loads(dataset_schema())
    assert json.loads(runner.invoke(cli, ["schema", "--output"]).stdout) == json.loads(output_schema())
