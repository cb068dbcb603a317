"""Each result type with its named table, CSV sheet and JSON Lines rows: the one registry that
the command line, the renderer and the JSON Schema all read.

A command returns ``outputs.X.of(result)``, which mypy checks against X's result type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from govtargets import results, sheets, tables
from govtargets.layout import Block
from govtargets.sheets import Sheet
from govtargets.stored import Rows
from govtargets.wording import Lang

R = TypeVar("R")


# Named tuples rather than dataclasses: they cost far less to define, on every query's path.


class Output(NamedTuple, Generic[R]):
    """How one result type is printed."""

    result: type
    """The result's TypedDict (results.py), whose JSON Schema ``govtargets schema --output`` prints."""
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


REGION_LIST: Output[results.RegionList] = Output(
    results.RegionList, tables.region_list_table, sheets.region_list_sheet, lambda r: r["regions"]
)
REGION_REPORT: Output[results.RegionReport] = Output(
    results.RegionReport, tables.region_report_table, sheets.region_report_sheet
)
COMPARISON: Output[results.Comparison] = Output(
    results.Comparison, tables.comparison_table, sheets.comparison_sheet
)
PROJECT_LIST: Output[results.ProjectList] = Output(
    results.ProjectList, tables.project_list_table, sheets.project_list_sheet, lambda r: r["projects"]
)
TARGET_TABLE: Output[results.TargetTable] = Output(
    results.TargetTable, tables.target_table_table, sheets.target_table_sheet, lambda r: r["targets"]
)
RANKING: Output[results.Ranking] = Output(
    results.Ranking,
    tables.ranking_table,
    sheets.ranking_sheet,
    lambda r: Rows.chain([*(g["entries"] for g in r["groups"]), r["unranked"]]),
)
SEARCH: Output[results.SearchResult] = Output(
    results.SearchResult, tables.search_table, sheets.search_sheet, lambda r: r["hits"]
)
INDICATOR_LIST: Output[results.IndicatorList] = Output(
    results.IndicatorList, tables.indicator_list_table, sheets.indicator_list_sheet, lambda r: r["indicators"]
)
VALIDATION: Output[results.Validation] = Output(
    results.Validation, tables.validation_table, sheets.validation_sheet, lambda r: r["problems"]
)
CHAIN: Output[results.Chain] = Output(results.Chain, tables.chain_table, sheets.chain_sheet)
SUMMARY: Output[results.Summary] = Output(
    results.Summary, tables.summary_table, sheets.summary_sheet, lambda r: r["years"]
)
HISTORY: Output[results.History] = Output(results.History, tables.history_table, sheets.history_sheet)

ALL: tuple[Output[Any], ...] = (
    REGION_LIST, REGION_REPORT, COMPARISON, PROJECT_LIST, TARGET_TABLE, RANKING, SEARCH, INDICATOR_LIST,
    VALIDATION, CHAIN, SUMMARY, HISTORY,
)  # fmt: skip
"""Every output, for the JSON Schema of the tool's output."""
