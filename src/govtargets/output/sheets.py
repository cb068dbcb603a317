"""Query results as CSV sheets: a listing of flat rows is its JSON Lines as CSV (``flat``, which
formats.py names the row type of); the others have a named builder here, beside tables.py.

A target is the same flat row in every sheet that lists targets (``targets``, ``rank``,
``show``): the columns of ``shapes.TargetRow``, derived from it, never restated.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any, Literal, NamedTuple, Union, get_args, get_origin, get_type_hints

from govtargets.dataset.shapes import (
    Chain,
    CompareRow,
    Comparison,
    History,
    IndicatorList,
    IndicatorView,
    OtherOutcome,
    ProjectRow,
    RegionList,
    RegionReport,
    RegionSummary,
    TargetRow,
)

TARGET_COLUMNS: tuple[str, ...] = tuple(TargetRow.__annotations__)
"""The columns of a target row, in order."""
PROJECT_COLUMNS: tuple[str, ...] = tuple(ProjectRow.__annotations__)
"""The columns of a project row, in order."""
OTHER_OUTCOME_COLUMNS: tuple[str, ...] = tuple(OtherOutcome.__annotations__)
"""The columns of an outcome with no target of its own, in order."""


class Sheet(NamedTuple):
    """A flat table: a header and rows of plain values."""

    header: Sequence[str]
    rows: Iterable[Sequence[Any]]
    loose: Sequence[int] | None = None
    """The columns whose cells may be other than text, a whole number or null (a bool, a float),
    which CSV writes its own way (``write.csv_text``); None: any of them may be."""


def _rows(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> Iterator[list[Any]]:
    # An itemgetter picks a row's cells in one call, not a step a cell: a tenth of a CSV of targets.
    pick = itemgetter(*columns)
    return map(list, map(pick, records)) if len(columns) > 1 else ([r[c] for c in columns] for r in records)


Column = Literal["TEXT", "INTEGER", "REAL", "BOOLEAN"]


def columns(row_type: type) -> dict[str, Column]:
    """A row type's columns, in order, each with its SQL type: a figure REAL, a flag BOOLEAN."""
    return {name: _column(hint) for name, hint in get_type_hints(row_type).items()}


def _column(hint: Any) -> Column:
    union = get_origin(hint) in (Union, types.UnionType)
    kinds = {arg for arg in get_args(hint) if arg is not type(None)} if union else {hint}
    if kinds == {bool}:
        return "BOOLEAN"
    if kinds == {int}:
        return "INTEGER"
    if kinds and kinds <= {int, float, Decimal}:
        return "REAL"
    return "TEXT"


def flat(records: Iterable[Mapping[str, Any]], row_type: type) -> Sheet:
    """A sheet of flat records, in the columns of ``row_type``: a listing's JSON Lines as CSV. Its
    figures and flags are its loose columns: the rest hold text, whole numbers and nulls."""
    typed = columns(row_type)
    names = tuple(typed)
    loose = tuple(i for i, kind in enumerate(typed.values()) if kind in ("REAL", "BOOLEAN"))
    return Sheet(names, _rows(records, names), loose)


_REGION_COLUMNS = (
    "id", "code", "name_zh", "name_en", "level", "parent_code", "parent_zh", "parent_en", "years", "targets",
    "outcomes", "projects",
)  # fmt: skip


def region_list_sheet(result: RegionList) -> Sheet:
    """``govtargets list``: its JSON Lines flattened, as a cell holds no list: the nearest parent in
    columns of its own, the years in one cell."""

    def flattened(region: RegionSummary) -> dict[str, Any]:
        parent: Mapping[str, Any] = region["parents"][0] if region["parents"] else {}
        return {
            **region,
            "parent_code": parent.get("code"),
            "parent_zh": parent.get("name_zh"),
            "parent_en": parent.get("name_en"),
            "years": " ".join(map(str, region["years"])),
        }

    return Sheet(_REGION_COLUMNS, _rows(map(flattened, result["regions"]), _REGION_COLUMNS))


_STACKED = {
    "target": ("", TARGET_COLUMNS),
    "project": ("project_", PROJECT_COLUMNS),
    "other_outcome": ("other_", OTHER_OUTCOME_COLUMNS),
    "previous_outcome": ("other_", OTHER_OUTCOME_COLUMNS),
}
"""The records a sheet may stack, with the prefix of their columns there (records of one shape
share its columns: a result of a year with no report is an outcome with no target of its own)."""


def _stacked(records: Sequence[str], parts: Iterable[tuple[str, Iterable[Mapping[str, Any]]]]) -> Sheet:
    """Several ``records`` in one sheet: a ``record`` column says which a row is, and each row
    fills its record's columns (prefixed) and leaves the others blank; ``parts``: (record, rows)."""
    blocks = list(dict.fromkeys(_STACKED[record] for record in records))
    widths = [len(block[1]) for block in blocks]
    header = ["record", *(prefix + c for prefix, block in blocks for c in block)]

    def rows() -> Iterator[list[Any]]:
        for record, found in parts:
            at = blocks.index(_STACKED[record])
            before, after = [None] * sum(widths[:at]), [None] * sum(widths[at + 1 :])
            yield from ([record, *before, *row, *after] for row in _rows(found, _STACKED[record][1]))

    return Sheet(header, rows())


def region_report_sheet(result: RegionReport) -> Sheet:
    """``govtargets show``: its targets, projects, the outcomes with no target of their own and
    those of the year before where the dataset has no report of it, in one sheet."""
    return _stacked(
        tuple(_STACKED),
        [
            ("target", result["targets"]),
            ("project", result["projects"]),
            ("other_outcome", result["other_outcomes"]),
            ("previous_outcome", result["previous_outcomes"]),
        ],
    )


def history_sheet(result: History) -> Sheet:
    """``govtargets history``: year by year, the target rows, then the outcomes of a year with no
    target on the indicator, as ``show`` gives them."""
    parts = ((("target", y["targets"]), ("other_outcome", y["other_outcomes"])) for y in result["years"])
    return _stacked(("target", "other_outcome"), (part for year in parts for part in year))


COMPARED = (
    "figure_zh", "value", "value_high", "unit", "qualifiers", "actual", "actual_unit", "actual_bound",
    "outcome", "difference", "wording",
)  # fmt: skip
"""What a comparison sheet gives of each region's targets on a row (several joined with "; ")."""


def comparison_sheet(result: Comparison) -> Sheet:
    """``govtargets compare``: one row per indicator, CompareRow's columns, then each region's
    targets side by side."""
    ids = [c["key"] for c in result["regions"]]
    named = [c for c in CompareRow.__annotations__ if c != "targets"]

    def rows() -> Iterator[list[Any]]:
        for row in result["rows"]:
            cells = [row[c] for c in named]  # type: ignore[literal-required]
            for i in ids:
                for part in COMPARED:
                    given = [t[part] for t in row["targets"][i] if t[part] is not None]  # type: ignore[literal-required]
                    cells.append(given[0] if len(given) == 1 else "; ".join(map(str, given)) or None)
            yield cells

    return Sheet([*named, *(f"{i}_{part}" for i in ids for part in COMPARED)], rows())


def indicator_list_sheet(result: IndicatorList) -> Sheet:
    """``govtargets indicators``: its JSON Lines, the aliases in one cell, each after a "; "."""
    return flat(({**i, "aliases": "; ".join(i["aliases"])} for i in result["indicators"]), IndicatorView)


def chain_sheet(result: Chain) -> Sheet:
    """``govtargets chain``: one row per target at each level, with what its level adds on the row
    of the target that adds it (not on a level's other targets: a level in 亿元 adds no points)."""

    def rows() -> Iterator[list[Any]]:
        for row in result["rows"]:
            for step, link in enumerate(row["links"], 1):
                adds = [link["adds"], link["adds_unit"]]
                for target, cells in zip(
                    link["targets"], _rows(link["targets"], TARGET_COLUMNS), strict=True
                ):
                    yield [
                        row["indicator"],
                        step,
                        *(adds if target["id"] == link["adds_by"] else [None, None]),
                        *cells,
                    ]

    return Sheet(["chain_indicator", "step", "adds", "adds_unit", *TARGET_COLUMNS], rows())
