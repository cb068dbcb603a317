"""Each result type with its named table, CSV sheet and JSON Lines rows: the one registry that
the command line, the renderer and the JSON Schema all read.

A command returns ``outputs.X.of(result)``, which mypy checks against X's result type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from govtargets.dataset import shapes
from govtargets.index.lazy import Rows

if TYPE_CHECKING:
    from govtargets.dataset.wording import Lang
    from govtargets.output.grid import Block
    from govtargets.output.sheets import Sheet

R = TypeVar("R")


# Named tuples rather than dataclasses: they cost far less to define, on every query's path.


class Output(NamedTuple, Generic[R]):
    """How one result type is printed: its table is ``tables.<name>_table``; its CSV sheet is its
    ``rows`` in the columns of ``row``, or else ``sheets.<name>_sheet``. Both are reached by name,
    so that JSON never imports them (5 ms of a query)."""

    result: type
    """The result's TypedDict (shapes.py), whose JSON Schema ``govtargets schema --output`` prints."""
    name: str
    rows: Callable[[R], Iterable[Mapping[str, Any]]] | None = None
    """The objects ``--format jsonl`` writes, one per line: the rows of the JSON document's list."""
    row: type | None = None
    """The TypedDict of ``rows`` where they are flat: then the CSV sheet is the JSON Lines, a row a line."""

    def of(self, result: R) -> Answer[R]:
        """``result``, to be printed this way."""
        return Answer(self, result)

    def table(self, result: R, lang: Lang) -> list[Block]:
        """The result as blocks of a table."""
        from govtargets.output import tables

        return getattr(tables, f"{self.name}_table")(result, lang)  # type: ignore[no-any-return]

    def sheet(self, result: R) -> Sheet:
        """The result as a CSV sheet."""
        from govtargets.output import sheets

        if self.row is not None and self.rows is not None:
            return sheets.flat(self.rows(result), self.row)
        return getattr(sheets, f"{self.name}_sheet")(result)  # type: ignore[no-any-return]


class Answer(NamedTuple, Generic[R]):
    """A command's result, with how to print it."""

    output: Output[R]
    result: R

    @property
    def ok(self) -> bool:
        """False for a result that reports failure (a dataset that does not validate): exit status 1."""
        return bool(self.result.get("ok", True)) if isinstance(self.result, dict) else True


REGION_LIST: Output[shapes.RegionList] = Output(shapes.RegionList, "region_list", lambda r: r["regions"])
REGION_REPORT: Output[shapes.RegionReport] = Output(shapes.RegionReport, "region_report")
COMPARISON: Output[shapes.Comparison] = Output(shapes.Comparison, "comparison")
PROJECT_LIST: Output[shapes.ProjectList] = Output(
    shapes.ProjectList, "project_list", lambda r: r["projects"], shapes.ProjectRow
)
TARGET_TABLE: Output[shapes.TargetTable] = Output(
    shapes.TargetTable, "target_table", lambda r: r["targets"], shapes.TargetRow
)
RANKING: Output[shapes.Ranking] = Output(
    shapes.Ranking,
    "ranking",
    lambda r: Rows.chain([*(g["entries"] for g in r["groups"]), r["unranked"]]),
    shapes.RankEntry,
)
SEARCH: Output[shapes.SearchResult] = Output(
    shapes.SearchResult, "search", lambda r: r["hits"], shapes.SearchHit
)
INDICATOR_LIST: Output[shapes.IndicatorList] = Output(
    shapes.IndicatorList, "indicator_list", lambda r: r["indicators"]
)
VALIDATION: Output[shapes.Validation] = Output(
    shapes.Validation, "validation", lambda r: r["problems"], shapes.ProblemView
)
CHAIN: Output[shapes.Chain] = Output(shapes.Chain, "chain")
SUMMARY: Output[shapes.Summary] = Output(shapes.Summary, "summary", lambda r: r["years"], shapes.YearSummary)
HISTORY: Output[shapes.History] = Output(shapes.History, "history")

ALL: tuple[Output[Any], ...] = tuple(o for o in list(globals().values()) if isinstance(o, Output))
"""Every output above, in order, for the JSON Schema of the tool's output."""
