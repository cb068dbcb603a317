"""The Python API: the commands' questions, asked from a notebook or a script.

    import govtargets

    with govtargets.open() as data:                   # the bundled data (and paths=[...] of yours)
        rows = data.targets(indicators=["gdp"], year="all")
        frame = govtargets.to_frame(rows)              # pandas, if installed

Every method returns the same typed records as the command's JSON output (results.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any

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
from govtargets.dataset.vocab import Kind
from govtargets.index.cache import open_index
from govtargets.query import questions

if TYPE_CHECKING:
    from govtargets.index.store import Index


class Dataset:
    """A dataset opened for questions: the bundled data (unless left out) and your own paths.

    Use it in a ``with`` block, or call ``close()``, so that its index is closed.
    """

    def __init__(
        self, paths: Sequence[PathLike] = (), *, bundled: bool = True, use_cache: bool = True
    ) -> None:
        self._index: Index | None = open_index(paths, bundled=bundled, use_cache=use_cache)

    @property
    def index(self) -> Index:
        """The compiled index (for the queries module); an error once the dataset is closed."""
        if self._index is None:
            raise ValueError("the dataset is closed")
        return self._index

    def close(self) -> None:
        """Close the index."""
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
        """Every region (``govtargets list``)."""
        return questions.list_regions(self.index, level=level)["regions"]

    def show(self, region: str, *, year: int | None = None) -> RegionReport:
        """One region's targets, projects and sources for a year (``govtargets show``)."""
        return questions.show_region(self.index, region=region, year=year)

    def compare(self, regions: Sequence[str], *, year: int | None = None) -> Comparison:
        """Regions side by side (``govtargets compare``)."""
        return questions.compare_regions(self.index, regions=regions, year=year)

    def targets(
        self,
        *,
        regions: Sequence[str] = (),
        indicators: Sequence[str] = (),
        kinds: Sequence[str] = (),
        level: LevelFilter | None = None,
        year: YearShown = "latest",
        sort: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[TargetRow]:
        """Targets as flat rows (``govtargets targets``), sorted by the ``sort`` columns (``-value``:
        highest first), at most ``limit`` of them."""
        rows = questions.list_targets(
            self.index,
            regions=regions,
            indicators=indicators,
            kinds=[Kind(k) for k in kinds],
            level=level,
            year=year,
            sort=sort,
            limit=limit,
        )["targets"]
        return list(rows)

    def rank(
        self, indicator: str, *, year: YearShown | None = "latest", level: LevelFilter | None = None
    ) -> Ranking:
        """Regions ranked by their target on an indicator (``govtargets rank``)."""
        return questions.rank_indicator(self.index, indicator=indicator, year=year, level=level)

    def search(self, text: str, *, year: YearShown = "latest") -> list[SearchHit]:
        """Where a text appears (``govtargets search``)."""
        return questions.search_text(self.index, text=text, year=year)["hits"]

    def projects(
        self,
        *,
        region: str | None = None,
        year: YearShown = "latest",
        min_invest: Decimal | float | None = None,
        min_total: Decimal | float | None = None,
    ) -> list[ProjectRow]:
        """Major investment projects (``govtargets projects``); amounts in 亿元."""
        rows = questions.list_projects(
            self.index,
            region=region,
            year=year,
            min_invest=_decimal(min_invest),
            min_total=_decimal(min_total),
        )["projects"]
        return list(rows)

    def indicators(self) -> list[IndicatorView]:
        """The catalogue (``govtargets indicators``)."""
        return questions.list_indicators(self.index)["indicators"]

    def chain(self, region: str, indicator: str | None = None, *, year: int | None = None) -> Chain:
        """A region's targets beside its parents' (``govtargets chain``)."""
        return questions.chain_of(self.index, region=region, indicator=indicator, year=year)

    def summary(
        self,
        regions: Sequence[str] = (),
        *,
        indicators: Sequence[str] = (),
        level: LevelFilter | None = None,
        by: SummaryBy = "region-year",
        year: YearShown = "all",
    ) -> Summary:
        """Targets judged, met and missed, per region and year, per region or per year (``by``),
        of the indicators given (all, if none) (``govtargets summary``)."""
        return questions.summarize(
            self.index, regions=regions, indicators=indicators, level=level, by=by, year=year
        )

    def history(self, region: str, indicator: str, *, year: YearShown = "all") -> History:
        """One region's targets on an indicator over the years (``govtargets history``)."""
        return questions.history_of(self.index, region=region, indicator=indicator, year=year)

    def extract(self, text: str, *, region: str | None = None, year: int | None = None) -> Extraction:
        """Draft a report's targets and results from its text, against this dataset's catalogue."""
        import orjson

        from govtargets.dataset.wording import json_number
        from govtargets.extract.draft import as_json, extract

        draft = extract(
            text, indicators=self.index.indicators(), regions=self.index.regions(), region=region, year=year
        )
        # Figures as the other records have them (int or float, as JSON gives them), not Decimal.
        plain: Extraction = orjson.loads(orjson.dumps(as_json(draft), default=json_number))
        return plain


def open(paths: Sequence[PathLike] = (), *, bundled: bool = True, use_cache: bool = True) -> Dataset:
    """Open the dataset: the bundled data (unless ``bundled=False``) and ``paths``."""
    return Dataset(paths, bundled=bundled, use_cache=use_cache)


_TEXT_COLUMNS = ("code",)
"""Columns that look like numbers but are codes: kept as text."""


def to_frame(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Rows (targets, projects, hits…) as a pandas DataFrame: figures as floats, whole-number
    columns as nullable integers, codes as text. Needs pandas (``pip install pandas``)."""
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:  # pragma: no cover - depends on the user's environment
        raise ImportError("to_frame needs pandas: pip install pandas") from exc
    listed = list(rows)
    frame = pandas.DataFrame(listed)
    for column in frame.columns:
        values = [row[column] for row in listed if row.get(column) is not None]
        if column in _TEXT_COLUMNS:
            frame[column] = frame[column].astype("string")
        elif len(values) and all(isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("boolean")
        elif len(values) and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            frame[column] = frame[column].astype("Int64")
        elif len(values) and all(
            isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in values
        ):
            frame[column] = frame[column].astype("float64")
    return frame


def _decimal(value: Decimal | float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))
