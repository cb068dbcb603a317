"""Query results as CSV sheets: one named builder per result type, beside tables.py.

A target is the same flat row in every sheet that lists targets (``targets``, ``rank``,
``show``): the columns of ``shapes.TargetRow``, derived from it, never restated.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, Literal, NamedTuple, Union, get_args, get_origin

from govtargets.dataset.shapes import (
    Chain,
    Comparison,
    History,
    IndicatorList,
    IndicatorView,
    OtherOutcome,
    ProblemView,
    ProjectRow,
    Ranking,
    RegionList,
    RegionReport,
    SearchHit,
    TargetRow,
    YearSummary,
)
from govtargets.index.lazy import Rows

TARGET_COLUMNS: tuple[str, ...] = tuple(TargetRow.__annotations__)
"""The columns of a target row, in order."""
PROJECT_COLUMNS: tuple[str, ...] = tuple(ProjectRow.__annotations__)
"""The columns of a project row, in order."""
OTHER_OUTCOME_COLUMNS: tuple[str, ...] = tuple(OtherOutcome.__annotations__)
"""The columns of an outcome with no target of its own, in order."""
INDICATOR_COLUMNS: tuple[str, ...] = tuple(IndicatorView.__annotations__)
"""The columns of an indicator of the catalogue, in order."""


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


def _loose(row_type: type) -> tuple[int, ...]:
    """The columns of a row type that may hold other than text, whole numbers and nulls: those
    typed with anything else (a figure, a bool) or with a type not plainly one of those."""
    return tuple(i for i, hint in enumerate(row_type.__annotations__.values()) if not _plain(hint))


def _plain(hint: Any) -> bool:
    if get_origin(hint) in (Union, types.UnionType):
        return all(map(_plain, get_args(hint)))
    if get_origin(hint) is Literal:
        return all(type(arg) is str for arg in get_args(hint))
    return hint in (str, int, type(None)) or (isinstance(hint, type) and issubclass(hint, str))


def values(record: Mapping[str, Any], columns: Sequence[str]) -> list[Any]:
    """A record's values in the order of ``columns``."""
    return [record[c] for c in columns]


def _flat(key: str, row_type: type) -> Callable[[Mapping[str, Any]], Sheet]:
    """The sheet of a result's list ``key`` of rows, in the columns of ``row_type``."""
    columns = tuple(row_type.__annotations__)
    loose = _loose(row_type)
    return lambda result: Sheet(columns, _rows(result[key], columns), loose)


project_list_sheet = _flat("projects", ProjectRow)  # govtargets projects
target_table_sheet = _flat("targets", TargetRow)  # govtargets targets: the long format
search_sheet = _flat("hits", SearchHit)  # govtargets search
summary_sheet = _flat("years", YearSummary)  # govtargets summary: a row per region and year
validation_sheet = _flat("problems", ProblemView)  # govtargets validate: a row per problem


def region_list_sheet(result: RegionList) -> Sheet:
    """``govtargets list``: one row per region, its nearest parent in columns of its own."""
    header = [
        "id",
        "code",
        "name_zh",
        "name_en",
        "level",
        "parent_code",
        "parent_zh",
        "parent_en",
        "years",
        "targets",
        "outcomes",
        "projects",
    ]

    def rows() -> Iterator[list[Any]]:
        for r in result["regions"]:
            parent = r["parents"][0] if r["parents"] else None
            yield [
                r["id"], r["code"], r["name_zh"], r["name_en"], r["level"],
                parent and parent["code"], parent and parent["name_zh"], parent and parent["name_en"],
                " ".join(map(str, r["years"])), r["targets"], r["outcomes"], r["projects"],
            ]  # fmt: skip

    return Sheet(header, rows())


def region_report_sheet(result: RegionReport) -> Sheet:
    """``govtargets show``: targets, projects and the outcomes with no target of their own in one
    sheet, each row filling its own part (the target columns, then the project columns prefixed
    ``project_``, then the outcome columns prefixed ``other_``)."""
    header = [
        "record",
        *TARGET_COLUMNS,
        *(f"project_{c}" for c in PROJECT_COLUMNS),
        *(f"other_{c}" for c in OTHER_OUTCOME_COLUMNS),
    ]
    blank_targets = [None] * len(TARGET_COLUMNS)
    blank_projects = [None] * len(PROJECT_COLUMNS)
    blank_others = [None] * len(OTHER_OUTCOME_COLUMNS)

    def rows() -> Iterator[list[Any]]:
        for row in _rows(result["targets"], TARGET_COLUMNS):
            yield ["target", *row, *blank_projects, *blank_others]
        for row in _rows(result["projects"], PROJECT_COLUMNS):
            yield ["project", *blank_targets, *row, *blank_others]
        for row in _rows(result["other_outcomes"], OTHER_OUTCOME_COLUMNS):
            yield ["other_outcome", *blank_targets, *blank_projects, *row]

    return Sheet(header, rows())


COMPARED = (
    "figure_zh",
    "value",
    "value_high",
    "unit",
    "qualifiers",
    "actual",
    "actual_unit",
    "actual_bound",
    "outcome",
    "difference",
    "wording",
)
"""What a comparison sheet gives of each region's targets on a row (several joined with "; ")."""


def comparison_sheet(result: Comparison) -> Sheet:
    """``govtargets compare``: one row per indicator, the columns of each region side by side."""
    ids = [c["region"]["id"] for c in result["regions"]]
    header = [
        "indicator",
        "indicator_zh",
        "indicator_en",
        "kind",
        "threshold",
        *(f"{i}_{part}" for i in ids for part in COMPARED),
    ]

    def rows() -> Iterator[list[Any]]:
        for row in result["rows"]:
            cells: list[Any] = []
            for i in ids:
                targets = row["targets"][i]
                for part in COMPARED:
                    given = [v for t in targets if (v := values(t, [part])[0]) is not None]
                    cells.append(given[0] if len(given) == 1 else "; ".join(map(str, given)) or None)
            yield [
                row["indicator"],
                row["indicator_zh"],
                row["indicator_en"],
                row["kind"],
                row["threshold"],
                *cells,
            ]

    return Sheet(header, rows())


def indicator_list_sheet(result: IndicatorList) -> Sheet:
    """``govtargets indicators``: IndicatorView's columns, as its JSON Lines has them; the
    aliases in one cell, each after a "; "."""
    at = INDICATOR_COLUMNS.index("aliases")

    def row(indicator: IndicatorView) -> list[Any]:
        cells = values(indicator, INDICATOR_COLUMNS)
        cells[at] = "; ".join(cells[at])
        return cells

    return Sheet(INDICATOR_COLUMNS, map(row, result["indicators"]), _loose(IndicatorView))


def ranking_sheet(result: Ranking) -> Sheet:
    """``govtargets rank``: the target row, then its place, as in its JSON Lines (a reader that
    joins the two by position, DuckDB's UNION ALL, gets the same columns)."""
    entries = Rows.chain([*(g["entries"] for g in result["groups"]), result["unranked"]])
    extra = ("rank", "group", "group_zh")
    return Sheet(
        [*TARGET_COLUMNS, *extra], ([*values(e, TARGET_COLUMNS), *values(e, extra)] for e in entries)
    )


def chain_sheet(result: Chain) -> Sheet:
    """``govtargets chain``: one row per target at each level, with what its level adds."""
    header = ["chain_indicator", "step", "adds", "adds_unit", *TARGET_COLUMNS]

    def rows() -> Iterator[list[Any]]:
        for row in result["rows"]:
            for step, link in enumerate(row["links"], 1):
                for target in link["targets"]:
                    yield [
                        row["indicator"],
                        step,
                        link["adds"],
                        link["adds_unit"],
                        *values(target, TARGET_COLUMNS),
                    ]

    return Sheet(header, rows())


def history_sheet(result: History) -> Sheet:
    """``govtargets history``: year by year, the target rows, then the outcomes of a year with no
    target on the indicator, as ``show`` gives them (a ``record`` column says which; the outcome
    columns prefixed ``other_``)."""
    header = ["record", *TARGET_COLUMNS, *(f"other_{c}" for c in OTHER_OUTCOME_COLUMNS)]
    blank_targets = [None] * len(TARGET_COLUMNS)
    blank_others = [None] * len(OTHER_OUTCOME_COLUMNS)

    def rows() -> Iterator[list[Any]]:
        for year in result["years"]:
            for row in _rows(year["targets"], TARGET_COLUMNS):
                yield ["target", *row, *blank_others]
            for row in _rows(year["other_outcomes"], OTHER_OUTCOME_COLUMNS):
                yield ["other_outcome", *blank_targets, *row]

    return Sheet(header, rows())
