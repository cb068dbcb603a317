"""JSON Schemas, generated from the models: of a dataset file, and of the tool's JSON output."""

from __future__ import annotations

import functools
import json
import operator
import sys
import types
import typing
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from govtargets.dataset import models as dataset_models
from govtargets.dataset import shapes
from govtargets.dataset.models import DatasetFile
from govtargets.dataset.shapes import Extraction
from govtargets.output.export import descriptions
from govtargets.output.formats import ALL

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def dataset_schema() -> str:
    """The JSON Schema of one dataset file (TOML editors read TOML through it), each field with
    its model's docstring as its description."""
    schema: dict[str, Any] = {"$schema": DIALECT, **DatasetFile.model_json_schema()}
    schema["title"] = "govtargets dataset file"
    models = {c.__name__: c for c in vars(dataset_models).values() if _is_model(c)}
    _describe(schema, DatasetFile)
    for name, definition in schema.get("$defs", {}).items():
        if name in models:
            _describe(definition, models[name])
    return json.dumps(schema, indent=2, ensure_ascii=False)


def _is_model(kind: object) -> bool:
    return (
        isinstance(kind, type) and issubclass(kind, BaseModel) and kind.__module__ == dataset_models.__name__
    )


def _describe(definition: dict[str, Any], kind: type) -> None:
    """Give each property of ``definition`` its field's docstring in ``kind`` (the one place it
    is written, which the export's metadata reads too), where it has one."""
    properties = definition.get("properties", {})
    for field, text in descriptions(kind).items():
        if field in properties:
            properties[field].setdefault("description", text)


class _Figures(GenerateJsonSchema):
    """A figure's schema is a number, not a choice of integer or number."""

    def union_schema(self, schema: core_schema.UnionSchema) -> JsonSchemaValue:
        """A figure (``int | float``) is a number: JSON's numbers take in its integers."""
        union = super().union_schema(schema)
        choices = union.get("anyOf")
        if isinstance(choices, list) and {"type": "integer"} in choices and {"type": "number"} in choices:
            choices = [c for c in choices if c != {"type": "integer"}]
            union = choices[0] if len(choices) == 1 else {**union, "anyOf": choices}
        return union


def output_schema() -> str:
    """The JSON Schema of the JSON that any command prints: one of its commands' results."""
    defs: dict[str, Any] = {}
    results = [*(output.result for output in ALL), Extraction]
    for result in results:
        schema = TypeAdapter(_readable(result, {})).json_schema(
            mode="serialization", ref_template="#/$defs/{model}", schema_generator=_Figures
        )
        defs.update(schema.pop("$defs", {}))
        defs[result.__name__] = schema
    rows = {name: kind for name, kind in vars(shapes).items() if typing.is_typeddict(kind)}
    for name, definition in defs.items():
        if "properties" in definition:  # the output has exactly these keys, no others
            definition["additionalProperties"] = False
        if name in rows:
            _describe(definition, rows[name])
    combined = {
        "$schema": DIALECT,
        "title": "govtargets JSON output",
        "anyOf": [{"$ref": f"#/$defs/{result.__name__}"} for result in results],
        "$defs": defs,
    }
    return json.dumps(combined, indent=2, ensure_ascii=False)


def _readable(kind: Any, done: dict[Any, Any]) -> Any:
    """A result type as pydantic reads it. Before Python 3.12 it reads TypedDicts of
    typing_extensions only; shapes.py defines them with typing's, which every query imports
    anyway (typing_extensions would cost each query 2 ms): each is copied here."""
    if sys.version_info >= (3, 12):
        return kind
    import typing

    import typing_extensions

    if typing.is_typeddict(kind):
        if kind not in done:
            fields = {name: _readable(hint, done) for name, hint in typing.get_type_hints(kind).items()}
            copy = typing_extensions.TypedDict(kind.__name__, fields)  # type: ignore[misc]
            copy.__doc__, copy.__module__ = kind.__doc__, kind.__module__
            done[kind] = copy
        return done[kind]
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if not args or origin is typing.Literal:
        return kind
    read = tuple(_readable(arg, done) for arg in args)
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, read)
    return origin[read if len(read) > 1 else read[0]]
