"""The Python API: the commands' questions, asked from a notebook or a script.

    import govtargets

    with govtargets.open() as data:                   # the bundled data (and paths=[...] of yours)
        rows = data.targets(indicators=["gdp"], year="all")
        frame = govtargets.to_frame(rows)              # pandas, if installed

Every method returns the same typed records as the command's JSON output (dataset/shapes.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from govtargets.dataset.files import PathLike
from govtargets.dataset.shapes import (
    Chain,
    Comparison,
    Extraction,
    History,
    IndicatorView,
    LevelFilter,
    ProjectRow,
    Ranking,
    RegionReport,
    RegionSummary,
    SearchHit,
    Summary,
    SummaryBy,
    TargetRow,
    YearShown,
)
from govtargets.errors import DataError, Problem, UsageError
from govtargets.index.cache import open_index
from govtargets.query import questions
from govtargets.query.filters import TargetFilter

if TYPE_CHECKING:
    import pandas  # type: ignore[import-untyped,unused-ignore]

    from govtargets.index.store import Index
    from govtargets.output.sheets import Sheet


_T = TypeVar("_T")


class _Listed(list[_T]):
    """Rows in a list that knows their row type (a name in dataset/shapes.py), so that
    ``to_frame`` of an empty answer still has that type's columns."""

    def __init__(self, rows: Iterable[_T], *, row_type: str) -> None:
        super().__init__(rows)
        self.row_type = row_type


class Dataset:
    """A dataset opened for questions: the bundled data (unless left out) and your own paths.

    Use it in a ``with`` block, or call ``close()``, so that its index is closed.
    """

    def __init__(
        self, paths: PathLike | Sequence[PathLike] = (), *, bundled: bool = True, use_cache: bool = True
    ) -> None:
        """Open the dataset.

        :param paths: a TOML file or folder of your own data, or a list of them.
        :param bundled: read the bundled data too (``False``: only ``paths``).
        :param use_cache: use and keep a compiled index of the data (``False``: read it now).
        :raises TypeError: ``paths`` is neither a path nor a list of paths.
        :raises DataError: the data does not validate; its message lists the problems.
        """
        self._paths: list[PathLike] = list(_names(paths, "paths", noun="path", kind=str | os.PathLike))
        self._bundled = bundled
        if not self._paths and not bundled:  # the reader's own message names the command's options
            message = "no data to read: give paths, or leave out bundled=False"
            raise DataError([Problem(file="(no data)", message=message)])
        self._index: Index | None = open_index(self._paths, bundled=bundled, use_cache=use_cache)

    def __repr__(self) -> str:
        data = ["bundled data"] if self._bundled else []
        data += [os.fspath(p) for p in self._paths]
        if self._index is None:
            return f"<govtargets.Dataset {' + '.join(data) or 'no data'} (closed)>"
        facts = questions.data_facts(self._index)
        return (
            f"<govtargets.Dataset {' + '.join(data) or 'no data'}: {facts['regions']} regions, "
            f"{facts['reports']} reports, {facts['targets']} targets, {facts['outcomes']} outcomes>"
        )

    @property
    def index(self) -> Index:
        """The compiled index (for the queries module); an error once the dataset is closed."""
        if self._index is None:
            raise ValueError("the dataset is closed")
        return self._index

    def close(self) -> None:
        """Close the index; the dataset answers nothing more."""
        if self._index is not None:
            self._index.close()
            self._index = None

    def __enter__(self) -> Dataset:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def regions(self, *, level: LevelFilter | None = None) -> list[RegionSummary]:
        """Every region (``govtargets list``).

        :param level: only regions of this level (``"county"`` takes in county-level cities).
        :raises UsageError: ``level`` is not a level; the message names those there are.
        """
        return _Listed(questions.list_regions(self.index, level=level)["regions"], row_type="RegionSummary")

    def show(self, region: str, *, year: int | None = None) -> RegionReport:
        """One region's targets, projects and sources for a year (``govtargets show``).

        :param region: any of its names: id, code, Chinese or English name, alias (``"金坛"``).
        :param year: the year of its report (None: its latest).
        :raises NotFoundError: no such region, or no report of it that year.
        """
        return _plain(questions.show_region(self.index, region=_name(region, "region"), year=_one_year(year)))

    def compare(
        self, regions: str | Sequence[str], *, year: int | Sequence[int] | None = None, areas: bool = False
    ) -> Comparison:
        """Regions side by side (``govtargets compare``): one row per indicator.

        :param regions: the regions (a name or a list), each by any of its names.
        :param year: the year of each region's report (None: each one's latest); a list of years:
            a column per region and year, keyed ``id@year`` (``compare("suzhou", year=[2024, 2025])``).
        :param areas: show the targets of areas of work too (by default, only the main targets).
        :raises NotFoundError: a region not found.
        """
        return _plain(
            questions.compare_regions(
                self.index,
                regions=_names(regions, "regions"),
                year=[_a_year(y) for y in year] if isinstance(year, list | tuple) else _one_year(year),
                areas=areas,
            )
        )

    def targets(
        self,
        regions: str | Sequence[str] = (),
        *,
        indicators: str | Sequence[str] = (),
        kinds: str | Sequence[str] = (),
        level: LevelFilter | None = None,
        year: YearShown = "latest",
        sort: str | Sequence[str] = (),
        limit: int | None = None,
    ) -> list[TargetRow]:
        """Targets as flat rows (``govtargets targets``).

        :param regions: only these regions (a name or a list; none: all).
        :param indicators: only these indicators, by key or any name (none: all).
        :param kinds: only these kinds (``"growth"``, ``"level"``…; none: all).
        :param level: only regions of this level.
        :param year: a year, a pair of years (first, last), ``"latest"`` (each region's) or ``"all"``.
        :param sort: columns to sort by, in turn (``"-value"``: highest first; nulls last).
        :param limit: at most this many rows (None: all).
        :raises NotFoundError: a region or indicator not found.
        :raises UsageError: a level, kind or sort column that is not one.
        """
        chosen = TargetFilter(
            regions=_names(regions, "regions"),
            indicators=_names(indicators, "indicators"),
            kinds=_names(kinds, "kinds"),
            level=level,
            year=_years(year),
            sort=_names(sort, "sort"),
            limit=_limit(limit),
        )
        return _Listed(questions.list_targets(self.index, filters=chosen)["targets"], row_type="TargetRow")

    def rank(
        self, indicator: str, *, year: YearShown | None = "latest", level: LevelFilter | None = None
    ) -> Ranking:
        """Regions ranked by their target on an indicator (``govtargets rank``): one group per
        kind of figure, unit and threshold, then the targets that cannot be ordered.

        :param indicator: its key or any of its names (``"gdp"``, ``"地区生产总值"``).
        :param year: a year, a pair of years (first, last), ``"latest"`` (each region's) or ``"all"``.
        :param level: only regions of this level.
        :raises NotFoundError: the indicator not found.
        """
        return _plain(
            questions.rank_indicator(
                self.index,
                indicator=_name(indicator, "indicator"),
                year="latest" if year is None else _years(year),
                level=level,
            )
        )

    def search(self, text: str, *, year: YearShown = "latest") -> list[SearchHit]:
        """Where a text appears, in Chinese or English and any case (``govtargets search``).

        :param text: what to look for.
        :param year: a year, a pair of years (first, last), ``"latest"`` (each region's) or ``"all"``.
        :raises UsageError: ``text`` is empty or blank (it would match everything).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if not text.strip():
            raise UsageError("search needs some text to look for")
        hits = questions.search_text(self.index, text=text, year=_years(year))["hits"]
        return _Listed(hits, row_type="SearchHit")

    def projects(
        self,
        region: str | None = None,
        *,
        year: YearShown = "latest",
        min_invest: Decimal | float | None = None,
        min_total: Decimal | float | None = None,
    ) -> list[ProjectRow]:
        """Major investment projects (``govtargets projects``).

        :param region: only this region's (None: every region's).
        :param year: a year, a pair of years (first, last), ``"latest"`` (each region's) or ``"all"``.
        :param min_invest: only projects planning at least this much investment in the year, in 亿元.
        :param min_total: only projects whose known total investment is at least this, in 亿元.
        :raises NotFoundError: the region not found.
        """
        rows = questions.list_projects(
            self.index,
            region=_maybe_name(region, "region"),
            year=_years(year),
            min_invest=_decimal(min_invest, "min_invest"),
            min_total=_decimal(min_total, "min_total"),
        )["projects"]
        return _Listed(rows, row_type="ProjectRow")

    def indicators(self) -> list[IndicatorView]:
        """The catalogue of indicators, with how many regions set a target on each
        (``govtargets indicators``). It takes no parameters."""
        return _Listed(questions.list_indicators(self.index)["indicators"], row_type="IndicatorView")

    def chain(self, region: str, indicator: str | None = None, *, year: YearShown | None = None) -> Chain:
        """A region's targets beside its parents' of the same year (``govtargets chain``).

        :param region: any of its names.
        :param indicator: one indicator (None: every indicator two levels share).
        :param year: a year, a pair of years (first, last) or ``"all"``: the chain of each year
            that has one, in order; None or ``"latest"``: the region's latest.
        :raises NotFoundError: the region, indicator or year not found.
        """
        return _plain(
            questions.chain_of(
                self.index,
                region=_name(region, "region"),
                indicator=_maybe_name(indicator, "indicator"),
                year=None if year is None else _years(year),
            )
        )

    def summary(
        self,
        regions: str | Sequence[str] = (),
        *,
        indicators: str | Sequence[str] = (),
        kinds: str | Sequence[str] = (),
        level: LevelFilter | None = None,
        by: SummaryBy = "region-year",
        year: YearShown = "all",
    ) -> Summary:
        """Targets judged, met and missed (``govtargets summary``).

        :param regions: only these regions (a name or a list; none: all).
        :param indicators: only these indicators (none: all).
        :param kinds: only these kinds (``"growth"``, ``"level"``…; none: all).
        :param level: only regions of this level.
        :param by: count per ``"region-year"``, per ``"region"`` (all its years) or per ``"year"``.
        :param year: a year, a pair of years (first, last), ``"latest"`` (each region's) or ``"all"``.
        :raises NotFoundError: a region or indicator not found.
        """
        chosen = TargetFilter(
            regions=_names(regions, "regions"),
            indicators=_names(indicators, "indicators"),
            kinds=_names(kinds, "kinds"),
            level=level,
            year=_years(year),
        )
        return _plain(questions.summarize(self.index, filters=chosen, by=by))

    def history(self, region: str, indicator: str, *, year: YearShown = "all") -> History:
        """One region's targets on an indicator over the years, each with its outcome
        (``govtargets history``).

        :param region: any of its names.
        :param indicator: its key or any of its names.
        :param year: a year, a pair of years (first, last), ``"latest"`` or ``"all"``.
        :raises NotFoundError: the region or indicator not found.
        """
        return _plain(
            questions.history_of(
                self.index,
                region=_name(region, "region"),
                indicator=_name(indicator, "indicator"),
                year=_years(year),
            )
        )

    def extract(self, text: str, *, region: str | None = None, year: int | None = None) -> Extraction:
        """Draft a report's targets and results from its text, against this dataset's catalogue
        (``govtargets extract --format json``).

        :param text: the report's text (plain text or Markdown).
        :param region: the region it is of (None: read from its heading).
        :param year: the year of its targets (None: read from its heading).
        """
        from govtargets.extract.command import draft_from
        from govtargets.extract.draft import as_json

        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        draft = draft_from(self.index, text, region=_maybe_name(region, "region"), year=_one_year(year))
        return _plain(as_json(draft))


def open(
    paths: PathLike | Sequence[PathLike] = (), *, bundled: bool = True, use_cache: bool = True
) -> Dataset:
    """Open the dataset: the bundled data (unless ``bundled=False``) and ``paths``.

    :param paths: a TOML file or folder of your own data (``"my.toml"``), or a list of them.
    :param bundled: read the bundled data too (``False``: only ``paths``).
    :param use_cache: use and keep a compiled index of the data (``False``: read it now).
    :raises TypeError: ``paths`` is neither a path nor a list of paths.
    :raises DataError: the data does not validate; its message lists the problems.
    """
    return Dataset(paths, bundled=bundled, use_cache=use_cache)


_TEXT_COLUMNS = ("code",)
"""Columns that look like numbers but are codes: kept as text."""


def to_frame(result: Iterable[Mapping[str, Any]] | Mapping[str, Any]) -> pandas.DataFrame:
    """Rows, or any result that has rows, as a pandas DataFrame. Needs pandas (``pip install pandas``).

    :param result: a list of rows (targets, projects, hits…) or a result: ``rank``'s entries, of
        every group and then the unranked; ``history``'s rows as its CSV gives them (a ``record``
        column, each target, then each result of a year with no target in ``other_`` columns);
        ``chain``'s targets, each after its chain's CSV columns (``chain_indicator``, ``step``,
        ``adds``, ``adds_unit``);
        ``summary``'s rows; ``show``'s rows as its CSV gives them (a ``record`` column, each target,
        each project in ``project_`` columns, then each result with no target in ``other_`` columns).
    :returns: one row each; the columns of a known row (a target, a project, a summary) have the
        same types whatever the rows: figures ``float64``, whole numbers ``Int64``, flags
        ``boolean``, codes and text ``string``; other columns are typed from their values.
    """
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the user's environment
        raise ImportError("to_frame needs pandas: pip install pandas") from exc
    listed, row_type = _rows_and_type(result)
    typed = _known_columns(listed, row_type)
    frame = pandas.DataFrame(listed, columns=list(typed) if typed else None)
    for column in frame.columns:
        kind = "TEXT" if column in _TEXT_COLUMNS else typed.get(column)
        kind = kind or _kind_of([row[column] for row in listed if row.get(column) is not None])
        if kind is not None:
            frame[column] = frame[column].astype(_DTYPES[kind])
    return frame


_DTYPES = {"TEXT": "string", "BOOLEAN": "boolean", "INTEGER": "Int64", "REAL": "float64"}
"""The pandas type of each kind of column (output/export.py's)."""


def _kind_of(values: list[Any]) -> str | None:
    """The kind of column these values make, read from their types; None for text or a mixture
    (left as pandas reads it)."""
    if not values:
        return None
    if all(isinstance(v, bool) for v in values):
        return "BOOLEAN"
    if any(isinstance(v, bool) for v in values):
        return None
    if all(isinstance(v, int) for v in values):
        return "INTEGER"
    return "REAL" if all(isinstance(v, int | float | Decimal) for v in values) else None


def _rows_and_type(
    result: Iterable[Mapping[str, Any]] | Mapping[str, Any],
) -> tuple[list[Mapping[str, Any]], str]:
    """The rows of a result, flattened, and the name of their row type in dataset/shapes.py where
    the result says it (a list of rows does not: "")."""
    if not isinstance(result, Mapping):
        if isinstance(result, str | bytes) or not isinstance(result, Iterable):
            raise TypeError(f"to_frame takes rows or a result, not {type(result).__name__}")
        return list(result), getattr(result, "row_type", "")
    if "groups" in result and "unranked" in result:  # rank
        return [*(e for g in result["groups"] for e in g["entries"]), *result["unranked"]], "RankEntry"
    from govtargets.output import sheets

    if "rows" in result and "passed_over" in result:  # chain: its CSV's rows, each target with its step
        return _records(sheets.chain_sheet(cast(Chain, result))), _CHAIN_ENTRY
    if "other_outcomes" in result and "projects" in result:  # show: its CSV's rows, all three records
        return _records(sheets.region_report_sheet(cast(RegionReport, result))), _REPORT_ENTRY
    first_row: Mapping[str, Any] = next(iter(result.get("rows") or []), {})
    if isinstance(first_row.get("targets"), Mapping):  # compare: each row's targets, region by region
        rows = [t for row in result["rows"] for each in row["targets"].values() for t in each or ()]
        return rows, "TargetRow"
    if "by" in result and "years" in result:  # summary
        return list(result["years"]), "YearSummary"
    if "indicator" in result and "years" in result:  # history: its CSV's rows, each year's targets,
        # then its results with no target (China's 2020 GDP)
        return _records(sheets.history_sheet(cast(History, result))), _HISTORY_ENTRY
    if "rows" in result and "regions" in result:  # compare, no rows
        return [], "TargetRow"
    for key in ("targets", "years", "regions", "projects", "hits", "indicators", "problems", "rows"):
        if key in result and isinstance(result[key], Sequence):
            known = {"targets": "TargetRow", "projects": "ProjectRow"}.get(key, "")
            return list(result[key]), known
    raise TypeError(f"to_frame found no rows in this result (its keys: {', '.join(result)})")


def _records(sheet: Sheet) -> list[Mapping[str, Any]]:
    """A CSV sheet's rows, each as a record of its header's columns."""
    return [dict(zip(sheet.header, row, strict=True)) for row in sheet.rows]


_CHAIN_ENTRY = "chain entry"
"""The row type of a chain's frame: a target row after the columns of chain's CSV that place it."""
_CHAIN_COLUMNS: dict[str, str] = {
    "chain_indicator": "TEXT",
    "step": "INTEGER",
    "adds": "REAL",
    "adds_unit": "TEXT",
}


_REPORT_ENTRY = "report entry"
"""The row type of a ``show``'s frame: its CSV's, a ``record`` column, a target row's columns, a
project's prefixed ``project_`` and an outcome's with no target prefixed ``other_``."""
_HISTORY_ENTRY = "history entry"
"""The row type of a history's frame: its CSV's, a ``record`` column, a target row's columns and
an outcome's with no target, prefixed ``other_``."""


def _known_columns(rows: list[Mapping[str, Any]], row_type: str = "") -> dict[str, str]:
    """The typed columns of the row type whose columns these rows have (``row_type``, the
    result's own, first), or of ``row_type`` when there are no rows (none if no type fits)."""
    from govtargets.dataset import shapes
    from govtargets.output.sheets import columns

    if row_type == _CHAIN_ENTRY:
        return {**_CHAIN_COLUMNS, **columns(shapes.TargetRow)}
    if row_type == _REPORT_ENTRY:
        return {
            "record": "TEXT",
            **columns(shapes.TargetRow),
            **{f"project_{c}": kind for c, kind in columns(shapes.ProjectRow).items()},
            **{f"other_{c}": kind for c, kind in columns(shapes.OtherOutcome).items()},
        }
    if row_type == _HISTORY_ENTRY:
        return {
            "record": "TEXT",
            **columns(shapes.TargetRow),
            **{f"other_{c}": kind for c, kind in columns(shapes.OtherOutcome).items()},
        }
    if not rows:
        return dict(columns(getattr(shapes, row_type))) if row_type else {}
    keys = set(rows[0])
    for known in (
        *((getattr(shapes, row_type),) if row_type else ()),
        shapes.TargetRow,
        shapes.RankEntry,
        shapes.ProjectRow,
        shapes.YearSummary,
        shapes.OutcomeRow,
    ):
        typed: dict[str, str] = dict(columns(known))
        if set(typed) == keys:
            return typed
    return {}


def _name(name: object, what: str, *, optional: bool = False) -> str:
    """One region's or indicator's name, or the TypeError that says what it got (an int code,
    320413, would otherwise fail deep inside, where names are folded)."""
    if isinstance(name, str):
        return name
    allowed = " or None" if optional else ""
    example = "'gdp'" if what == "indicator" else "'jintan' or '320413'"
    raise TypeError(f"{what} must be a name (a string, such as {example}){allowed}, not {name!r}")


def _maybe_name(name: object, what: str) -> str | None:
    """A name, or None where the question takes none."""
    return None if name is None else _name(name, what, optional=True)


def _names(names: object, what: str, *, noun: str = "name", kind: Any = str) -> tuple[Any, ...]:
    """One name (a ``kind``) or a list of them, as a tuple; anything else refused."""
    if isinstance(names, kind):
        return (names,)
    if isinstance(names, bytes) or not isinstance(names, Iterable):
        raise TypeError(f"{what} must be a {noun} or a list of {noun}s, not {type(names).__name__}")
    listed = tuple(names)
    for name in listed:
        if not isinstance(name, kind):
            raise TypeError(
                f"{what} must be a {noun} or a list of {noun}s, not a list holding {type(name).__name__}"
            )
    return listed


_R = TypeVar("_R")


def _plain(result: _R) -> _R:
    """A result as plain data that ``json.dumps`` writes: rows read as they are used become lists,
    exact figures ints or floats."""
    import orjson

    from govtargets.output.write import json_bytes

    plain: _R = orjson.loads(json_bytes(result))
    return plain


_YEARS = "a year (2023), a pair of years (first, last; None at an open end), 'latest' or 'all'"


def _one_year(year: object) -> int | None:
    """A year as the command's ``--year`` takes it (None: the latest), or the error that says why not."""
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be a year (an int such as 2023) or None, not {year!r}")
    return year


def _a_year(year: object) -> int:
    """A year of a list of them (compare's), or the error that says why not."""
    if (found := _one_year(year)) is None:
        raise TypeError("a list of years holds years (ints such as 2023), not None")
    return found


def _years(year: object) -> YearShown:
    """The years a question asks about (``year=``), or the error that says why they cannot be (a
    string other than 'latest' or 'all', such as "2020-2022", would otherwise match no row)."""
    if isinstance(year, str) and year.strip().lower() in ("latest", "all"):
        return cast(YearShown, year.strip().lower())  # in any case, as --year takes it
    if isinstance(year, tuple | list) and len(year) == 2 and all(_is_int(y) or y is None for y in year):
        first, last = year  # None: open at that end, as --since or --until alone
        if first is not None and last is not None and first > last:
            raise UsageError(f"the years {first}, {last} end before they begin: give the first year first")
        return (first, last)
    if _is_int(year):
        return year  # type: ignore[return-value]
    if isinstance(year, str):
        raise UsageError(f"unknown year {year!r}: give {_YEARS}")
    raise TypeError(f"year must be {_YEARS}, not {year!r}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _limit(limit: object) -> int | None:
    if limit is not None and not _is_int(limit):
        raise TypeError(f"limit must be a whole number or None, not {limit!r}")
    if limit is not None and limit < 0:  # type: ignore[operator]
        raise UsageError(f"limit {limit} is negative: give 0 or more, or None for every row")
    return limit  # type: ignore[return-value]


def _decimal(value: Decimal | float | None, name: str) -> Decimal | None:
    """An amount in 亿元 that a bar is set at, or the error that says why it cannot be one."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | float | int):
        raise TypeError(f"{name} must be a number of 亿元 or None, not {value!r}")
    amount = Decimal(str(value))
    if not amount.is_finite() or amount < 0:
        raise UsageError(f"{name} must be a number of 亿元, 0 or more, not {value!r}")
    return amount
