"""JSON Schemas, generated from the models: of a dataset file, and of the tool's JSON output."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from govtargets.models import DatasetFile
from govtargets.outputs import ALL
from govtargets.results import Extraction

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def dataset_schema() -> str:
    """The JSON Schema of one dataset file (TOML editors read TOML through it)."""
    schema: dict[str, Any] = {"$schema": DIALECT, **DatasetFile.model_json_schema()}
    schema["title"] = "govtargets dataset file"
    return json.dumps(schema, indent=2, ensure_ascii=False)


class _Figures(GenerateJsonSchema):
    """Figures are JSON numbers: a Decimal of the results is written as one, never as a string."""

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        """A Decimal's schema: a number."""
        return {"type": "number"}


def output_schema() -> str:
    """The JSON Schema of the JSON that any command prints: one of its commands' results."""
    defs: dict[str, Any] = {}
    results = [*(output.result for output in ALL), Extraction]
    for result in results:
        schema = TypeAdapter(result).json_schema(
            mode="serialization", ref_template="#/$defs/{model}", schema_generator=_Figures
        )
        defs.update(schema.pop("$defs", {}))
        defs[result.__name__] = schema
    for definition in defs.values():
        if "properties" in definition:  # the output has exactly these keys, no others
            definition["additionalProperties"] = False
    combined = {
        "$schema": DIALECT,
        "title": "govtargets JSON output",
        "anyOf": [{"$ref": f"#/$defs/{result.__name__}"} for result in results],
        "$defs": defs,
    }
    return json.dumps(combined, indent=2, ensure_ascii=False)
