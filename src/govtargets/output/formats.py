"""Each result type with its named table, CSV sheet and JSON Lines rows: the one registry that
the command line, the renderer and the JSON Schema all read.

A command returns ``outputs.X.of(result)``, which mypy checks against X's result type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from govtargets.dataset import shapes
from govtargets.dataset.wording import Lang
from govtargets.index.lazy import Rows
from govtargets.output import sheets, tables
from govtargets.output.grid import Block
from govtargets.output.sheets import Sheet

R = TypeVar("R")


# Named tuples rather than dataclasses: they cost far less to define, on every query's path.


class Output(NamedTuple, Generic[R]):
    """How one result type is printed."""

    result: type
    """The result's TypedDict (shapes.py), whose JSON Schema ``govtargets schema --output`` prints."""
    table: Callable[[R, Lang], list[Block]]
    sheet: Callable[[R], Sheet]
    rows: Callable[[R], Iterable[Mapping[str, Any]]] | None = None
    """The objects ``--format jsonl`` writes, one per line: the rows of the JSON document's list."""

    def of(self, result: R) -> Answer[R]:
        """``result``, to be printed this way."""
        return Answer(self, result)


class Answer(NamedTuple, Generic[R]):
    """A command's result, with how to print it."""

    output: Output[R]
    result: R

    @property
    def ok(self) -> bool:
        """False for a result that reports failure (a dataset that does not validate): exit status 1."""
        return bool(self.result.get("ok", True)) if isinstance(self.result, dict) else True


REGION_LIST: Output[shapes.RegionList] = Output(
    shapes.RegionList, tables.region_list_table, sheets.region_list_sheet, lambda r: r["regions"]
)
REGION_REPORT: Output[shapes.RegionReport] = Output(
    shapes.RegionReport, tables.region_report_table, sheets.region_report_sheet
)
COMPARISON: Output[shapes.Comparison] = Output(
    shapes.Comparison, tables.comparison_table, sheets.comparison_sheet
)
PROJECT_LIST: Output[shapes.ProjectList] = Output(
    shapes.ProjectList, tables.project_list_table, sheets.project_list_sheet, lambda r: r["projects"]
)
TARGET_TABLE: Output[shapes.TargetTable] = Output(
    shapes.TargetTable, tables.target_table_table, sheets.target_table_sheet, lambda r: r["targets"]
)
RANKING: Output[shapes.Ranking] = Output(
    shapes.Ranking,
    tables.ranking_table,
    sheets.ranking_sheet,
    lambda r: Rows.chain([*(g["entries"] for g in r["groups"]), r["unranked"]]),
)
SEARCH: Output[shapes.SearchResult] = Output(
    shapes.SearchResult, tables.search_table, sheets.search_sheet, lambda r: r["hits"]
)
INDICATOR_LIST: Output[shapes.IndicatorList] = Output(
    shapes.IndicatorList, tables.indicator_list_table, sheets.indicator_list_sheet, lambda r: r["indicators"]
)
VALIDATION: Output[shapes.Validation] = Output(
    shapes.Validation, tables.validation_table, sheets.validation_sheet, lambda r: r["problems"]
)
CHAIN: Output[shapes.Chain] = Output(shapes.Chain, tables.chain_table, sheets.chain_sheet)
SUMMARY: Output[shapes.Summary] = Output(
    shapes.Summary, tables.summary_table, sheets.summary_sheet, lambda r: r["years"]
)
HISTORY: Output[shapes.History] = Output(shapes.History, tables.history_table, sheets.history_sheet)

ALL: tuple[Output[Any], ...] = (
    REGION_LIST, REGION_REPORT, COMPARISON, PROJECT_LIST, TARGET_TABLE, RANKING, SEARCH, INDICATOR_LIST,
    VALIDATION, CHAIN, SUMMARY, HISTORY,
)  # fmt: skip
"""Every output, for the JSON Schema of the tool's output."""
