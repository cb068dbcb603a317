"""The questions govtargets answers, as pure functions from an index to result dicts."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar, cast, get_args, get_origin, get_type_hints, is_typeddict

from govtargets.dataset.shapes import (
    AreaView,
    Chain,
    ChainLink,
    ChainRow,
    ComparedRegion,
    CompareRow,
    Comparison,
    DataFacts,
    Export,
    History,
    HistoryRow,
    IndicatorList,
    IndicatorRow,
    IndicatorView,
    LevelFilter,
    OtherOutcome,
    OutcomeRow,
    PassedOver,
    ProblemView,
    ProjectList,
    ProjectRow,
    ProjectTotals,
    RankEntry,
    RankGroup,
    Ranking,
    RegionList,
    RegionRef,
    RegionReport,
    RegionRow,
    RegionSummary,
    SearchHit,
    SearchRecord,
    SearchResult,
    SourceView,
    Summary,
    SummaryBy,
    TargetFilters,
    TargetRow,
    TargetTable,
    YearShown,
    YearSummary,
)
from govtargets.dataset.vocab import (
    KINDS,
    MAX_YUAN,
    POINTS,
    QUALIFIERS,
    RELATIONS,
    FigureBound,
    Kind,
    is_total,
    normalize_name,
    search_fold,
    unit_of,
)
from govtargets.dataset.wording import decimal, plain_number, threshold_words
from govtargets.errors import MissingYearError, UnknownIndicatorError, UnknownRegionError, UsageError
from govtargets.index.lazy import Rows
from govtargets.index.store import Index, Row, YearChoice
from govtargets.query.filters import TargetFilter

YI = 10**8  # 亿: the unit of the --min-invest and --min-total options

LEVELS: dict[str, tuple[str, ...]] = {
    "country": ("country",),
    "province": ("province",),
    "prefecture": ("prefecture",),
    "district": ("district",),
    "county": ("county", "county_city"),
}
"""The region levels each ``--level`` choice takes in."""


_LEVEL_WORDS = re.compile(
    r" (?:(?:(?:zhuang|hui|uygur|uyghur|uighur)(?:zu)?)(?: (?:autonomous region|zizhiqu))?"
    r"|autonomous region|zizhiqu|province|municipality|city|district|county|prefecture|sheng|shi|qu|xian)$"
)
"""An English or pinyin level after a name (Jiangsu Province, Suzhou City, Guangxi Zhuang
Autonomous Region, Jiangsu Sheng, Xizang Zizhiqu), or the people an autonomous region is named
for alone (Xinjiang Uyghur, Ningxia Huizu Zizhiqu), which a region's own names mostly leave out."""


def find_region(index: Index, *, name: str) -> Row:
    """The region a user means by ``name``: its id, code, Chinese or English name, or alias, or
    its English name with its level after it (Jiangsu Province), or any of them with its parents
    as an address gives them (常州市金坛区, Jintan, Changzhou)."""
    key = normalize_name(name)
    found = (_named(index, key) or _within_parents(index, key)) if key else None
    if found is None and key and (plain := _plain_pinyin(key)) != key:
        found = _named(index, plain)
    if found is not None:
        return found
    indicator = (index.indicator_key(key) or _indicator_by_form(index, key)) if key else None
    if indicator is not None:
        raise UnknownRegionError(name, [], indicator=indicator)
    names = index.names()
    raise UnknownRegionError(name, [f"{rid} ({index.region(rid)['name_zh']})" for rid in _close(key, names)])


def _plain_pinyin(key: str) -> str:
    """A typed Latin name without its tone marks and the spaces between its syllables, as ids are
    written (Jīntán, Jin Tan: jintan); any other name as it is."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return bare.replace(" ", "") if bare.isascii() else key


def _within_parents(index: Index, key: str, tried: set[str] | None = None) -> Row | None:
    """The region a name means that gives the region's parents too, as an address does: before
    it, in Chinese (常州市金坛区, 江苏省常州市金坛区), or after a comma, in English (Jintan, Changzhou);
    each parent must be one of the region's own. ``tried``: the rests found to name none, each
    looked into once (else names that are each other's start could be tried again and again)."""
    if "," in key:
        own, *names = [part.strip() for part in key.split(",")]
        region, parents = _named(index, own), [_named(index, name) for name in names]
        return region if region is not None and _has_parents(region, parents) else None
    tried = set() if tried is None else tried
    for i in range(1, len(key)):
        # The parent first: a name is rarely one, so the rest is rarely looked into again.
        parent, rest = _named(index, key[:i]), key[i:]
        if parent is None or rest in tried:
            continue
        region = _named(index, rest) or _within_parents(index, rest, tried)
        if region is not None and _has_parents(region, [parent]):
            return region
        tried.add(rest)
    return None


def _has_parents(region: Row, parents: Sequence[Row | None]) -> bool:
    codes = {division["code"] for division in region["parents"]}
    return all(parent is not None and parent["code"] in codes for parent in parents)


def _named(index: Index, key: str) -> Row | None:
    """The region ``key`` names (a folded name, its level after it or not), or None."""
    bare = _LEVEL_WORDS.sub("", key)
    region_id = index.region_id(key) or (index.region_id(bare) if bare != key else None)
    return None if region_id is None else index.region(region_id)


def find_indicator(index: Index, *, name: str) -> str:
    """The key of the indicator a user means by ``name``: its key, Chinese or English name, or alias
    (or one of the forms ``_indicator_by_form`` reads)."""
    key = normalize_name(name)
    found = (index.indicator_key(key) or _indicator_by_form(index, key)) if key else None
    if found is not None:
        return found
    names = index.indicator_names()
    raise UnknownIndicatorError(name, [f"{k} ({index.indicator(k)['name_zh']})" for k in _close(key, names)])


_GROWTH_WORDS = re.compile(r"(?: growth(?: rate)?|增速|增长率|增长|增幅)$")
"""Growth after an indicator's name (GDP growth, 固定资产投资增速): the indicator itself."""


def _indicator_by_form(index: Index, key: str) -> str | None:
    """An indicator named in a form its names leave out: its key with spaces for underscores
    (retail sales), its English name without the abbreviation in brackets (Gross regional
    product), or either with growth after it (GDP growth, GDP增长), or a name that says growth
    one way (经济增长) with growth said another (经济增速, 经济增长率)."""
    bare = _GROWTH_WORDS.sub("", key).strip()
    said = f"{bare}增长" if bare and bare != key else ""
    for form in dict.fromkeys(f for f in (key, bare, said) if f):
        found = index.indicator_key(form) or index.indicator_key(re.sub(r"[ -]", "_", form))
        if found is not None:
            return found
    short = {re.sub(r" \([^()]*\)$", "", name): k for name, k in index.indicator_names().items()}
    return short.get(key) or short.get(bare)


def _close(key: str, names: dict[str, str]) -> list[str]:
    """The ids (at most three) whose names are close to ``key`` or hold it."""
    import difflib  # only when a name is not found

    close = difflib.get_close_matches(key, names, n=5, cutoff=0.5) if key else []
    if len(key) >= 2:
        close += [name for name in names if name.startswith(key) or key in name]
    return list(dict.fromkeys(names[name] for name in close))[:3]


def _ref(region: Row) -> RegionRef:
    return cast(RegionRef, _fields(region, RegionRef))


def _fields(row: Row, row_type: type) -> dict[str, Any]:
    """The fields of ``row`` that ``row_type`` (a TypedDict) has."""
    return {key: row.get(key) for key in row_type.__annotations__}


def list_regions(index: Index, *, level: LevelFilter | None = None) -> RegionList:
    """Every region (of a level), with the years it covers and its counts of targets, projects
    and outcomes."""
    counts = index.counts()
    listed: list[RegionSummary] = []
    for region in index.regions(levels=_levels(level)):
        targets, projects, outcomes = counts.get(region["id"], (0, 0, 0))
        counted = {"targets": targets, "projects": projects, "outcomes": outcomes}
        listed.append({**region, "years": index.years(region["id"]), **counted})  # type: ignore[typeddict-item]
    return {"regions": listed}


def show_region(index: Index, *, region: str, year: int | None = None) -> RegionReport:
    """Everything known of one region for a year (its latest by default); of a year with no
    report but results (reviewed by the next report), those results."""
    found = find_region(index, name=region)
    years = index.years(found["id"])
    shown = _year(years, year)
    if year is not None and shown is None:
        if not index.result_indicators(found["id"], year):
            raise MissingYearError(found["id"], year, years, name_zh=found["name_zh"])
        shown = year  # its results are what there is: shown, as the year before a report's are
    report = index.report(found["id"], shown) if shown is not None else None
    targets = list(cast(Rows[TargetRow], index.targets(regions=[found["id"]], year=shown))) if report else []
    projects = list(cast(Rows[ProjectRow], index.projects(region=found["id"], year=shown))) if report else []
    areas = [cast(AreaView, _fields(a, AreaView)) for a in (report["areas"] if report else [])]
    own = {t["indicator"] for t in targets}
    by_year: dict[int, list[Row]] = {}
    for record in index.region_outcomes(found["id"]) if shown is not None else ():
        by_year.setdefault(record["year"], []).append(record)
    others = _other_outcomes(index, by_year.get(shown, []), own) if shown is not None else []
    # The results of the year before, where no report of it would show them (a first report, a gap).
    before = shown - 1 if shown is not None and shown - 1 not in years else None
    previous = _other_outcomes(index, by_year.get(before, []), set()) if before is not None else []
    cited = [found.get("source"), *(t["source"] for t in targets), *(t["actual_source"] for t in targets)]
    cited += [o["source"] for o in others]
    cited += [p["source"] for p in projects] + [p["total_source"] for p in projects]
    cited += [source for p in projects for source in (p["note_sources"] or "").split()]
    cited += [o["source"] for o in previous]
    sources = index.sources(s for s in cited if s)
    return {
        "region": found,  # type: ignore[typeddict-item]
        "year": shown,
        "years": years,
        "areas": areas,
        "targets": targets,
        "other_outcomes": others,
        "previous_outcomes": previous,
        "projects": projects,
        "project_totals": _totals(projects),
        "sources": [sources[s] for s in dict.fromkeys(s for s in cited if s) if s in sources],  # type: ignore[misc]
    }


def compare_regions(
    index: Index, *, regions: Sequence[str], year: int | Sequence[int] | None = None, areas: bool = False
) -> Comparison:
    """One row per indicator (and kind and threshold), one column per region and year asked (each
    region's latest by default; several years: each region in each, a region beside itself); a
    region with no report for the year has an empty column. The main targets only (those of no
    area of work), unless ``areas``."""
    years: list[int | None] = [None] if year is None else [year] if isinstance(year, int) else list(year)
    years = list(dict.fromkeys(years)) or [None]
    found = list({r["id"]: r for r in (find_region(index, name=name) for name in regions)}.values())
    if len(found) == 1 < len(regions) and len(years) == 1:
        quoted = [repr(name) for name in regions]
        names = f"{', '.join(quoted[:-1])} and {quoted[-1]} are {'both' if len(quoted) == 2 else 'all'}"
        raise UsageError(
            f"compare needs two different regions: {names} {found[0]['name_zh']} ({found[0]['id']});"
            " or one region's years, each with --year (--year 2024 --year 2025)"
        )
    columns: list[ComparedRegion] = []
    cells: dict[tuple[str, Kind, str], dict[str, list[TargetRow]]] = {}
    left_out = 0
    for region in found:
        held = index.years(region["id"])
        for asked in years:
            shown = _year(held, asked)
            # A region in several years is a column a year, keyed id@year.
            key = region["id"] if len(years) == 1 else f"{region['id']}@{asked}"
            columns.append({"region": _ref(region), "year": shown, "key": key})
            rows = index.targets(regions=[region["id"]], year=shown) if shown is not None else []
            for row in cast(Iterable[TargetRow], rows):
                if row["by"] is not None:  # a plan's target compares with no other's year
                    continue
                if row["area"] is not None and not areas:
                    left_out += 1
                    continue
                group = (row["indicator"], Kind(row["kind"]), row["threshold"] or "")
                cells.setdefault(group, {}).setdefault(key, []).append(row)
    order = {ind["key"]: i for i, ind in enumerate(index.indicators())}
    result: list[CompareRow] = []
    for group in sorted(cells, key=lambda k: (order[k[0]], _group_order(k[1], k[2]))):
        first = next(iter(cells[group].values()))[0]
        result.append(
            {
                "indicator": group[0],
                "indicator_zh": first["indicator_zh"],
                "indicator_en": first["indicator_en"],
                "kind": Kind(group[1]),
                "threshold": first["threshold"],
                "targets": {c["key"]: cells[group].get(c["key"], []) for c in columns},
            }
        )
    return {"regions": columns, "areas": areas, "areas_left_out": left_out, "rows": result}


def list_projects(
    index: Index,
    *,
    region: str | None = None,
    year: YearShown = "latest",
    min_invest: Decimal | None = None,
    min_total: Decimal | None = None,
) -> ProjectList:
    """Projects (of one region, if given) of a year (each region's latest by default), whose
    planned or total investment is at least a bar in 亿元."""
    region_id = find_region(index, name=region)["id"] if region else None
    rows = index.projects(
        region=region_id,
        year=_year_choice(year),
        min_planned=_yuan_bar(min_invest),
        min_total=_yuan_bar(min_total),
    )
    projects = cast(Rows[ProjectRow], rows)
    return {
        "filters": {
            "region": region_id,
            "year": year,
            "min_invest": None if min_invest is None else plain_number(min_invest),
            "min_total": None if min_total is None else plain_number(min_total),
        },
        "projects": projects,
        "totals": _totals(projects),
        "region_years": sorted({p["year"] for p in index.projects(region=region_id)}) if region_id else [],
    }


def list_indicators(index: Index, *, names: Sequence[str] = ()) -> IndicatorList:
    """The catalogue of canonical indicators (of ``names`` only, any name of each, where given),
    with how many regions target each; each in the order of IndicatorView's fields, as its CSV's
    columns are (the stored record has another)."""
    used = index.indicator_regions()
    keys = {find_indicator(index, name=name) for name in names}
    return {
        "indicators": [
            {**_fields(ind, IndicatorView), "regions": used.get(ind["key"], 0)}  # type: ignore[typeddict-item]
            for ind in index.indicators()
            if not keys or ind["key"] in keys
        ]
    }


def list_targets(index: Index, *, filters: TargetFilter) -> TargetTable:
    """The targets ``filters`` selects, one flat row each; in the dataset's order, or sorted."""
    chosen = _resolved(index, filters)
    rows = _selected(index, chosen)
    targets = _head(_sorted(rows, chosen.sort, TargetRow), chosen.limit)
    return {"filters": cast(TargetFilters, chosen._asdict()), "targets": targets}  # as asked, resolved


def _resolved(index: Index, filters: TargetFilter) -> TargetFilter:
    """``filters`` with each region as its id and each indicator as its key (each once), and its
    kinds checked: a region or indicator not found, or a kind that is not one, is an error."""
    kinds = [kind.value for kind in Kind]
    return filters._replace(
        regions=tuple(dict.fromkeys(find_region(index, name=name)["id"] for name in filters.regions)),
        indicators=tuple(dict.fromkeys(find_indicator(index, name=name) for name in filters.indicators)),
        kinds=tuple(dict.fromkeys(choice(kind, kinds, what="kind") for kind in filters.kinds)),
        level=_level(filters.level),
    )


def choice(
    value: str,
    choices: Sequence[C],
    *,
    what: str,
    refusal: str = "unknown {what} {value!r}: the {what}s are {choices}",
) -> C:
    """The one of ``choices`` that ``value`` names, in any case (as the command line takes them:
    ``Province`` is ``province``), or the error (``refusal``) that lists them."""
    for known in choices:
        if isinstance(value, str) and value.casefold() == known.casefold():
            return known
    raise UsageError(refusal.format(what=what, value=value, choices=", ".join(choices)))


R = TypeVar("R")
C = TypeVar("C", bound=str)
L = TypeVar("L", bound=Mapping[str, Any])


@functools.cache
def _sortable(row_type: type) -> tuple[str, ...]:
    """The columns of a row type that rows can be sorted by: those of one value (not lists)."""
    return tuple(
        name
        for name, hint in get_type_hints(row_type).items()
        if not any(
            get_origin(part) in (list, dict, Sequence) or is_typeddict(part)
            for part in (*get_args(hint), hint)
        )
    )


def _sorted(rows: Sequence[R], sort: Sequence[str], row_type: type) -> Sequence[R]:
    """Rows sorted by each column in turn (the last first, as sorts are stable); nulls last.
    Unsorted rows are returned as they are (stored rows stay unparsed)."""
    columns = _sortable(row_type)
    for column in sort:
        if column.removeprefix("-") not in columns:
            raise UsageError(
                f"cannot sort by {column.removeprefix('-')!r}: the columns are {', '.join(columns)}"
            )
    if not sort:
        return rows
    listed = list(rows)
    for column in reversed(sort):
        key = column.removeprefix("-")
        present = [r for r in listed if r[key] is not None]  # type: ignore[index]
        absent = [r for r in listed if r[key] is None]  # type: ignore[index]
        present.sort(key=lambda r: r[key], reverse=column.startswith("-"))  # type: ignore[index]
        if row_type is TargetRow and key in _FIGURE_UNITS:
            present = cast(list[R], _alike(cast(list[TargetRow], present), _FIGURE_UNITS[key]))
        listed = present + absent
    return listed


_FIGURE_UNITS = {
    "value": "unit",
    "value_high": "unit",
    "actual": "actual_unit",
    "difference": "difference_unit",
}
"""A target's figures and the columns of their units: sorted by one, like is compared with like."""


def _alike(rows: list[TargetRow], unit: str) -> list[TargetRow]:
    """Sorted rows put in groups of the same kind of target and unit of the figure, the largest
    group first, each in its order: a growth target's result that is a level alone (613.57亿元)
    is not ranked among the growths (+19.6%), nor a rate's level (5%) among growths in %."""
    groups: dict[tuple[object, object], list[TargetRow]] = {}
    for row in rows:
        groups.setdefault((row["kind"], row[unit]), []).append(row)  # type: ignore[literal-required]
    return [row for group in sorted(groups.values(), key=len, reverse=True) for row in group]


def _head(rows: Sequence[R], limit: int | None) -> Sequence[R]:
    """The first ``limit`` rows (all, if None); stored rows stay stored."""
    if limit is None:
        return rows
    if isinstance(rows, Rows):
        return Rows(rows.stored[:limit], rows.columns[:limit], blank=rows.blank)
    return rows[:limit]


def trim(result: L, *, sort: Sequence[str] = (), limit: int | None = None) -> L:
    """A listing's rows sorted by the ``sort`` columns (``-year``: highest first; nulls last) and
    cut to the first ``limit``: the ``--sort`` and ``--limit`` of every command that lists rows.

    A ranking is sorted within each group (ranks hold only there) and cut in its order, groups
    first; a history's targets are sorted across its years, each then under its own year; a
    project list's totals are of the projects kept. A column that is not one of the rows' (or
    holds a list) is a usage error that names those there are."""
    if not sort and limit is None:
        return result
    found: dict[str, Any] = dict(result)
    if "groups" in found and "unranked" in found:  # rank
        groups = [{**g, "entries": _sorted(g["entries"], sort, RankEntry)} for g in found["groups"]]
        unranked = _sorted(found["unranked"], sort, RankEntry)
        if limit is not None:
            left = limit
            for group in groups:
                group["entries"] = _head(group["entries"], left)
                left -= len(group["entries"])
            groups = [g for g in groups if g["entries"]]  # a group cut to nothing is no group
            unranked = _head(unranked, left)
        found["groups"], found["unranked"] = groups, unranked
    elif "indicator" in found and "years" in found:  # history
        rows = [t for year in found["years"] for t in year["targets"]]
        kept = _head(_sorted(rows, sort, TargetRow), limit)
        others = {year["year"]: year for year in found["years"]}
        years: list[HistoryRow] = []
        for row in kept:
            if years and years[-1]["year"] == row["year"]:
                years[-1]["targets"].append(row)
            else:
                held = others[row["year"]]
                years.append(
                    {
                        "year": held["year"],
                        "report": held["report"],
                        "targets": [row],
                        "other_outcomes": held["other_outcomes"],
                    }
                )
        found["years"] = years
    else:
        key, row_type = next((k, t) for k, t in _LISTS.items() if k in found)
        cut = _head(_sorted(found[key], sort, row_type), limit)
        found[key] = cut if key == "targets" else list(cut)  # stored targets stay stored
        if key == "targets":
            found["filters"] = {**found["filters"], "sort": list(sort), "limit": limit}
        elif key == "projects":  # the totals of the projects kept
            found["totals"] = _totals(found[key])
    return cast(L, found)


_LISTS: dict[str, type] = {
    "targets": TargetRow,
    "projects": ProjectRow,
    "years": YearSummary,  # a summary's, before its "indicators", which are keys
    "regions": RegionSummary,
    "hits": SearchHit,
    "indicators": IndicatorView,
    "problems": ProblemView,
}
"""The listings of one list of rows: the key of their rows (the first a result has), and the rows' type."""


def export_tables(index: Index, *, filters: TargetFilter) -> Export:
    """The targets ``list_targets`` selects, with the outcomes and (unless indicators or kinds
    are asked for) the projects of the same regions and years; and every region, indicator and
    source, which they refer to."""
    table = list_targets(index, filters=filters)
    chosen = table["filters"]
    year = chosen["year"]
    all_regions = index.regions()
    held = {region["id"] for region in all_regions}
    in_level = {region["id"] for region in index.regions(levels=_levels(chosen["level"]))}
    wanted = set(chosen["regions"]) or in_level
    years: set[int] | None = None
    if year == "latest":
        years = {row["year"] for row in table["targets"]}
    outcomes = [
        _outcome_row(record)
        for record in index.outcomes()
        if record["region"] in wanted
        and (not chosen["indicators"] or record["indicator"] in chosen["indicators"])
        and (record["year"] in years if years is not None else _in_years(year, record["year"]))
    ]
    projects: Sequence[ProjectRow] = []
    if not chosen["indicators"] and not chosen["kinds"]:
        projects = [
            row
            for row in cast(Rows[ProjectRow], index.projects(year=_year_choice(year)))
            if row["region"] in wanted
        ]
    return {
        "regions": [_region_row(region, held) for region in all_regions],
        "indicators": [_indicator_row(indicator) for indicator in index.indicators()],
        "sources": cast(list[SourceView], index.all_sources()),
        "targets": table["targets"],
        "outcomes": outcomes,
        "projects": projects,
    }


def _selected(index: Index, chosen: TargetFilter) -> Rows[TargetRow]:
    """The stored rows of the targets a resolved filter selects, in the dataset's order."""
    rows = index.targets(
        regions=chosen.regions,
        indicators=chosen.indicators,
        kinds=chosen.kinds,
        levels=_levels(chosen.level),
        year=_year_choice(chosen.year),
    )
    return cast(Rows[TargetRow], rows)


def cited_sources(index: Index, *, filters: TargetFilter) -> list[SourceView]:
    """The sources that the targets ``filters`` selects cite, for their figures and their results,
    in order of first citation (its sort and limit aside)."""
    cited = dict.fromkeys(
        s for t in _selected(index, _resolved(index, filters)) for s in (t["source"], t["actual_source"]) if s
    )
    found = index.sources(cited)
    return [cast(SourceView, found[s]) for s in cited if s in found]


def data_facts(index: Index) -> DataFacts:
    """How much the dataset holds, its years, and the date of its newest source."""
    totals = index.totals()
    dates = [
        date[:10]
        for source in index.all_sources()
        for date in (source["delivered"], source["posted"])
        if isinstance(date, str)
    ]

    def count(key: str) -> int:
        return int(totals[key] or 0)

    return {
        "regions": count("regions"),
        "reports": count("reports"),
        "first_year": totals["first_year"],
        "last_year": totals["last_year"],
        "targets": count("targets"),
        "outcomes": count("outcomes"),
        "projects": count("projects"),
        "sources": count("sources"),
        "as_of": max(dates, default=None),
    }


def _region_row(region: Row, held: set[str]) -> RegionRow:
    parent = region["parents"][0] if region["parents"] else None
    return {
        **_fields(region, RegionRow),  # type: ignore[typeddict-item]
        "parent": parent["id"] if parent and parent["id"] in held else None,
        "parent_code": parent["code"] if parent else None,
        "aliases": "; ".join(region["aliases"]) or None,
    }


def _indicator_row(indicator: Row) -> IndicatorRow:
    return {
        **_fields(indicator, IndicatorRow),  # type: ignore[typeddict-item]
        "lower_is_better": bool(indicator["lower_is_better"]),
        "aliases": "; ".join(indicator["aliases"]) or None,
    }


def _outcome_row(record: Row) -> OutcomeRow:
    row = _fields(record, OutcomeRow)
    for figure in ("growth", "level", "change_pp"):
        if row[figure] is not None:
            row[figure] = plain_number(Decimal(str(row[figure])))
    return cast(OutcomeRow, {**row, "estimate": bool(row["estimate"])})


class Start(NamedTuple):
    """What the data knows for ``init``'s starting file of a region's report."""

    known: Row | None
    """The region's record, where the data has it."""
    indicators: list[Row]
    parent: str | None
    """The parent's code: as given, or that of the region a name given for it means."""
    parent_known: bool
    grandparent: str | None
    """Of a parent the data lacks, the division it has that the parent's code lies in (610000)."""
    held: bool
    """Whether the data has the region's report of the year already."""
    years: list[int]
    """The years of the region's reports in the data (none for a region it lacks)."""
    publisher: str | None
    """The publisher of the region's latest report in the data (河北省人民政府), for a new year's."""
    parent_name: str | None
    """The parent's names (甘肃省 Gansu), where the data has it."""


def starting_point(
    index: Index, *, region: str, parent: str | None, code: str | None = None, year: int
) -> Start:
    """What the data knows for a starting file of ``region``'s report of ``year``, below ``parent``
    (a six-digit code, or the name of a region the data has); with no parent, of a region the data
    lacks, below the division its own ``code`` lies in, where the data has that (340100 in 340000)."""
    from govtargets.dataset.scaffold import enclosing_codes

    found = index.region_id(region)
    own = code
    code = (
        parent
        if parent is None or re.fullmatch(r"\d{6}", parent)
        else find_region(index, name=parent)["code"]
    )
    if parent is None and found is None and own is not None:
        code = next((c for c in enclosing_codes(own)[:1] if index.knows_code(c)), None)
    known = code is None or index.knows_code(code)
    # A parent the data lacks goes below the division its code lies in (611000 in 610000).
    above = (
        None
        if known or code is None
        else next((c for c in enclosing_codes(code) if index.knows_code(c)), None)
    )
    years = index.years(found) if found else []
    report = index.report(found, years[-1]) if found and years else None
    source = index.sources([report["source"]]).get(report["source"]) if report else None
    named = next((r for r in index.regions() if r["code"] == code), None) if code and known else None
    return Start(
        index.region(found) if found else None,
        index.indicators(),
        code,
        known,
        above,
        year in years,
        years,
        source["publisher"] if source else None,
        f"{named['name_zh']} {named['name_en']}" if named else None,
    )


def rank_indicator(
    index: Index, *, indicator: str, year: YearShown | None = "latest", level: LevelFilter | None = None
) -> Ranking:
    """Regions ordered by their target on an indicator for a year or years (each region's latest
    by default; None is the latest too): one group per kind, unit and threshold, highest first
    (lowest first for a ceiling, such as an unemployment rate), then the targets that have no
    figure to order by."""
    from govtargets.dataset import judge  # only rank needs it: other queries start without it

    key = find_indicator(index, name=indicator)
    info = index.indicator(key)
    level = _level(level)
    shown: YearShown = year if year is not None else "latest"
    rows = index.targets(indicators=[key], levels=_levels(level), year=_year_choice(shown))
    # Each stored row with the figure it is ranked by, as the index keeps it: in its base unit
    # (money in yuan), a float, which tells apart any two figures of up to 15 significant digits.
    # Grouped and ordered by the columns beside the rows, which are not parsed here: they are
    # written out a few dozen at a time (output/write.py), or read as a caller reads them.
    groups: dict[tuple[str, str, str], list[tuple[float, bytes]]] = {}
    unranked: list[bytes] = []
    for (value, kind, measure, threshold), stored in zip(rows.columns, rows.stored, strict=True):
        if value is None:
            unranked.append(stored)
        else:
            groups.setdefault((kind, measure, threshold), []).append((value, stored))
    ranked: list[tuple[RankGroup, list[int]]] = []  # each group with its entries' places
    for valued in groups.values():
        first = cast(TargetRow, Rows([valued[0][1]], blank=rows.blank)[0])
        ceiling = judge.is_ceiling(
            Kind(first["kind"]), (first["qualifiers"] or "").split(), info["lower_is_better"]
        )
        valued.sort(key=lambda pair: pair[0], reverse=not ceiling)  # stable: ties keep their order
        places: list[int] = []
        for place, (value, _) in enumerate(valued, 1):
            tied = place > 1 and valued[place - 2][0] == value
            places.append(places[-1] if tied else place)
        entries: Rows[RankEntry] = Rows([stored for _, stored in valued], blank=rows.blank)
        top = entries[0]  # the group is shown in its first entry's unit
        group: RankGroup = {
            "kind": top["kind"],
            "unit": top["unit"],
            "threshold": top["threshold"],
            "name": "",
            "name_zh": "",
            "entries": entries,
        }
        ranked.append((group, places))
    ranked.sort(key=lambda pair: _group_order(pair[0]["kind"], pair[0]["threshold"] or ""))
    _name_groups(ranked)
    none = [None] * len(unranked)
    return {
        "indicator": key,
        "indicator_zh": info["name_zh"],
        "indicator_en": info["name_en"],
        "year": shown,
        "level": level,
        "groups": [group for group, _ in ranked],
        "unranked": Rows(unranked, blank=rows.blank).with_fields(
            {"rank": none, "group": none, "group_zh": none}
        ),
    }


def _name_groups(groups: list[tuple[RankGroup, list[int]]]) -> None:
    """Name each group by what its entries have in common, as its table's title (``Levels
    (percent)``, ``总量与水平目标 (百分比)``), and give each entry its place (beside its group)
    and its group's name: its kind, its threshold, and its unit where another group has the same
    kind and threshold (CPI in % and as an index)."""
    alike = Counter((g["kind"], g["threshold"]) for g, _ in groups)
    for group, places in groups:
        names = []
        for lang in (0, 1):
            notes = [threshold_words(group["threshold"], ("en", "zh")[lang])] if group["threshold"] else []
            if alike[group["kind"], group["threshold"]] > 1:
                notes.append(_unit_words(group["unit"])[lang])
            names.append(KINDS[group["kind"]].title[lang] + (f" ({', '.join(notes)})" if notes else ""))
        group["name"], group["name_zh"] = names
        entries = cast(Rows[RankEntry], group["entries"])
        count = len(entries)
        # The three fields in one step, not a step each (each wrote every row): 3,000 rows, 25 -> 23 ms.
        group["entries"] = entries.with_fields(
            {"rank": places, "group": [names[0]] * count, "group_zh": [names[1]] * count}
        )


def _unit_words(unit: str | None) -> tuple[str, str]:
    """A group's unit without its scale, which its targets' figures differ in (万亿斤 and 亿斤):
    ``people`` (人), ``percent``; ``no unit`` for an index; in English and Chinese."""
    if unit is None:
        return ("no unit", "无单位")
    known = unit_of(unit)
    if known is None:
        return (unit, unit)
    return (known.en or unit, known.base or unit)


def search_text(index: Index, *, text: str, year: YearShown = "latest") -> SearchResult:
    """Where ``text`` appears, in any case or width: region names, target wording, English labels
    and indicator names, project names, zones, descriptions and wording, and outcome wording and
    indicator names."""
    folded = search_fold(text) or normalize_name(text)  # a hyphen alone is looked for as it is
    hits: list[SearchHit] = []

    def found(
        record: Row,
        kind: SearchRecord,
        fields: Sequence[str],
        where: str,
        year: int | None,
        id_: str,
        *,
        indicator: str | None = None,
    ) -> None:
        """One hit for ``record``: the first of ``fields``, then its indicator's name, that holds the text."""
        values = [(name, record.get(name)) for name in fields]
        for name, value in [*values, ("indicator", indicator)]:
            for each in value if isinstance(value, list) else [value] if value else []:
                if folded in search_fold(str(each)):
                    hits.append(
                        {
                            "record": kind,
                            "region": where,
                            "region_zh": regions[where][0],
                            "region_en": regions[where][1],
                            "year": year,
                            "id": id_,
                            "field": name,
                            "text": str(each),
                        }
                    )
                    return

    regions = index.region_names()  # not each region's whole record: a tenth of the time
    for region in index.regions_with(folded):
        found(
            region,
            "region",
            ("id", "code", "name_zh", "name_en", "aliases"),
            region["id"],
            None,
            region["id"],
        )
    # An indicator's names are in its catalogue entry, not in each target or outcome: find them
    # there, by any name a table shows or --indicator takes (the short English name, the key in words).
    named: dict[str, str] = {}
    for ind in index.indicators():
        forms = (ind["name_zh"], ind["name_en"], ind["short_en"], ind["key"], ind["key"].replace("_", " "))
        names = [n for n in (*forms, *ind["aliases"]) if n and folded in search_fold(n)]
        if names:
            named[ind["key"]] = names[0]
    years = _year_choice(year)
    for target in index.targets(year=years, text=folded, text_indicators=list(named)):
        place = (target["region"], target["year"], target["id"])
        found(target, "target", ("wording", "label_en"), *place, indicator=named.get(target["indicator"]))
    for project in index.projects(year=years, text=folded):
        fields = ("name_zh", "name_en", "zone_zh", "zone_en", "description_zh", "description_en", "wording")
        found(project, "project", fields, project["region"], project["year"], project["id"])
    for outcome in index.outcomes(year=years, text=folded, text_indicators=list(named)):
        place = (outcome["region"], outcome["year"], outcome["indicator"])
        found(outcome, "outcome", ("wording",), *place, indicator=named.get(outcome["indicator"]))
    return {"text": text, "year": year, "hits": hits}


def chain_of(
    index: Index, *, region: str, indicator: str | None = None, year: YearShown | None = None
) -> Chain:
    """A region's targets beside those of its parent and its parent's parent for the same year and
    indicator (every indicator that two levels share, if none is given), and how much each level
    adds over the one above: for one year (its latest by default), or each year of a range or of
    ``all`` that the region has targets to chain, in order."""
    found = find_region(index, name=region)
    key = find_indicator(index, name=indicator) if indicator else None
    asked: YearShown | None
    years: list[int | None]
    if isinstance(year, tuple) or year == "all":
        asked, years = year, [y for y in index.years(found["id"]) if _in_years(year, y)]
    else:
        _, asked = _report_year(index, found, None if year == "latest" else year)
        years = [asked]
    rows: list[ChainRow] = []
    over: list[PassedOver] = []
    silent: list[PassedOver] = []
    spans = not (asked is None or isinstance(asked, int))
    for each in years:
        year_rows, year_over, year_silent = _chain_year(index, found=found, key=key, year=each)
        if year_rows or not spans:  # over years, one with nothing to chain says nothing of 加码
            rows += year_rows
            over += year_over
            silent += year_silent if year_rows else []
    # A region whose record names no parent chains alone, as if no level were above it.
    unplaced = not found["parents"] and found["level"] != "country"
    return {
        "region": _ref(found),
        "year": asked,
        "indicator": key,
        "rows": rows,
        "passed_over": over,
        "no_target": silent,
        "no_parent": unplaced,
        "parent_suggested": _enclosing(index, found["code"]) if unplaced else None,
    }


def _enclosing(index: Index, code: str) -> str | None:
    """The code of the nearest division of the data that ``code`` lies in (230000 for 230500)."""
    from govtargets.dataset.scaffold import enclosing_codes

    return next((c for c in enclosing_codes(code) if index.knows_code(c)), None)


def _chain_year(
    index: Index, *, found: Row, key: str | None, year: int | None
) -> tuple[list[ChainRow], list[PassedOver], list[PassedOver]]:
    """The rows of ``found``'s chain in ``year`` (none if None), the levels above it passed over
    for want of that year's report, and those whose report sets no target on ``key``."""
    levels = [found, *(index.region(p["id"]) for p in found["parents"] if p["id"])]
    levels.reverse()  # the top level first
    by_level: list[dict[str, list[TargetRow]]] = []
    for each in levels:
        rows = index.targets(regions=[each["id"]], indicators=[key] if key else [], year=year) if year else []
        grouped: dict[str, list[TargetRow]] = {}
        for row in cast(Iterable[TargetRow], rows):
            if row["by"] is None:  # a plan's target chains with no year's
                grouped.setdefault(row["indicator"], []).append(row)
        by_level.append(grouped)
    order = {ind["key"]: i for i, ind in enumerate(index.indicators())}
    shared = [k for k in order if sum(k in g for g in by_level) >= (1 if key else 2) and k in by_level[-1]]
    result: list[ChainRow] = []
    for k in shared:
        links: list[ChainLink] = []
        above: list[TargetRow] = []
        for each, grouped in zip(levels, by_level, strict=True):
            targets = grouped.get(k, [])
            if not targets:
                continue
            # The first of its targets that compares with one above: 贵阳 +13% with 贵州's +12%以上,
            # though 贵州's first on budget revenue is a level (20.5亿元).
            pairs = ((target["id"], *_adds(target, other)) for target in targets for other in above)
            by, adds, unit = next((pair for pair in pairs if pair[1] is not None), (None, None, None))
            links.append(
                {"region": _ref(each), "targets": targets, "adds": adds, "adds_unit": unit, "adds_by": by}
            )
            above = targets
        first = links[0]["targets"][0]
        result.append(
            {
                "year": cast(int, year),
                "indicator": k,
                "indicator_zh": first["indicator_zh"],
                "indicator_en": first["indicator_en"],
                "links": links,
            }
        )
    over = [
        cast(PassedOver, {**p, "year": year})
        for p in found["parents"][::-1]
        if year and not (p["id"] and index.report(p["id"], year))
    ]
    # China's report of 2020 set no GDP target: left out for that, not for want of a report.
    views = {p["id"]: p for p in found["parents"] if p["id"]}
    silent = [
        cast(PassedOver, {**views[each["id"]], "year": year})
        for each, grouped in zip(levels[:-1], by_level[:-1], strict=True)
        if key and year and key not in grouped and index.report(each["id"], year)
    ]
    return result, over, silent


def _adds(target: TargetRow, above: TargetRow) -> tuple[float | None, str | None]:
    """How much a target's figure is above the one of the level above, where the two compare."""
    if KINDS[target["kind"]].sets == "relation":
        margin = margin_over(target, above)
        return margin, None if margin is None else POINTS
    if target["value"] is None or above["value"] is None or target["kind"] != above["kind"]:
        return None, None
    if KINDS[target["kind"]].rate:
        return plain_number(decimal(target["value"]) - decimal(above["value"])), POINTS
    rises = _rise(target), _rise(above)
    if rises[0] is not None and rises[1] is not None:
        return plain_number(rises[0] - rises[1]), POINTS
    if "%" in (target["unit"], above["unit"]):  # a rate against an amount, or a ratio
        return None, None
    a, b = unit_of(target["unit"] or ""), unit_of(above["unit"] or "")
    # A part's total (Jiangsu's 120万 new jobs) is no step down from the whole's (China's 1200万).
    if a is None or b is None or (a.dimension, a.base) != (b.dimension, b.base) or is_total(a):
        return None, None
    return plain_number(decimal(target["value"]) - decimal(above["value"]) * b.factor / a.factor), target[
        "unit"
    ]


def _rise(target: TargetRow) -> Decimal | None:
    """A level target's figure as a rate in %: its own, or an index's rise (居民消费价格指数控制在103:
    3, the year before = 100, as judging reads it); None for any other."""
    assert target["value"] is not None
    value = decimal(target["value"])
    if target["unit"] == "%":
        return value
    return value - 100 if target["unit"] is None and value >= 100 else None


def margin_over(target: TargetRow, above: TargetRow) -> float | None:
    """What a target set against the level above's own rate adds to it, in points: its margin
    (高于全省增速0.5个百分点: 0.5), or nothing (与全省同步: 0); None where it says no figure (高于
    全省, no margin) or is set against another figure than the level above's rate. The level
    above's target may be a rate or itself set against the level over it (安徽 高于全国0.7个百分点左右,
    亳州 高于全省增速0.5个百分点左右: +0.5 over Anhui's rate all the same)."""
    measure = target["measure"] or "growth"
    above_measure = (
        (above["measure"] or "growth") if KINDS[above["kind"]].sets == "relation" else above["kind"]
    )
    if (
        target["against_region"] != above["region"]
        or target["against"] not in (None, target["indicator"])
        or measure == "level"
        or above_measure != measure
    ):
        return None
    relation = QUALIFIERS[
        next(q for q in (target["qualifiers"] or "").split() if QUALIFIERS[q].bound in RELATIONS)
    ]
    if relation.bound == "same_or_more":
        return plain_number(Decimal(0))
    if relation.bound == "more" and target["margin"] is not None:
        return plain_number(decimal(target["margin"]))
    return None


SUMMARY_BY: tuple[SummaryBy, ...] = ("region-year", "region", "year")
"""What ``summarize`` counts per (``by``)."""


def summarize(index: Index, *, filters: TargetFilter, by: SummaryBy = "region-year") -> Summary:
    """How many of the targets ``filters`` selects (its sort and limit aside) were set,
    judged, met, missed, not judged and without a result, and by how much the judged growth
    targets were met or missed on average: for each region and year, each region, or each year
    (``by``)."""
    chosen = _resolved(index, filters)
    by = choice(by, SUMMARY_BY, what="grouping", refusal="cannot count by {value!r}: count by {choices}")
    by_columns = {"region-year": ["region", "year"], "region": ["region"], "year": ["year"]}[by]
    counted = index.target_counts(
        by=by_columns,
        regions=chosen.regions,
        indicators=chosen.indicators,
        kinds=chosen.kinds,
        levels=_levels(chosen.level),
        year=_year_choice(chosen.year),
    )
    names = index.region_names()  # not each region's record: a tenth of the time
    years: list[YearSummary] = []
    for found in counted:
        groups = dict(zip(by_columns, found, strict=False))
        total, known, not_judged, met, missed, near_missed, as_stated, differences = found[len(by_columns) :]
        region, when = groups.get("region"), groups.get("year")
        # Summed exactly, as the numbers are written in the rows (0.1 + 0.2 is 0.3).
        growth = [Decimal(d) for d in differences.split(" ")] if differences else []
        years.append(
            {
                "region": region,
                "region_zh": None if region is None else names[region][0],
                "region_en": None if region is None else names[region][1],
                "year": when,
                "targets": total,
                "with_outcome": known,
                "judged": known - (not_judged or 0),
                "met": met or 0,
                "missed": missed or 0,
                "near_missed": near_missed or 0,
                "as_stated": as_stated or 0,
                "not_judged": not_judged or 0,
                "no_result": total - known,
                "mean_difference_pp": float(round(sum(growth, Decimal(0)) / len(growth), 2))
                if growth
                else None,
            }
        )
    order = {r_id: n for n, r_id in enumerate(names)}
    years.sort(key=lambda y: (-1 if y["region"] is None else order[y["region"]], y["year"] or 0))
    return {
        "regions": list(chosen.regions),
        "regions_zh": [names[r][0] for r in chosen.regions],
        "level": chosen.level,
        "indicators": list(chosen.indicators),
        "indicators_zh": [index.indicator(key)["name_zh"] for key in chosen.indicators],
        "kinds": list(chosen.kinds),
        "year": chosen.year,
        "by": by,
        "years": years,
    }


def history_of(index: Index, *, region: str, indicator: str, year: YearShown = "all") -> History:
    """One region's targets on an indicator, year by year (of the years asked for), each with its outcome."""
    found = find_region(index, name=region)
    key = find_indicator(index, name=indicator)
    info = index.indicator(key)
    rows = cast(Iterable[TargetRow], index.targets(regions=[found["id"]], indicators=[key]))
    held = index.years(found["id"])
    wanted = held[-1:] if year == "latest" else [y for y in held if _in_years(year, y)]
    by_year: dict[int, list[TargetRow]] = {y: [] for y in wanted}
    for row in rows:
        if row["year"] in by_year:
            by_year[row["year"]].append(row)
    # An outcome in a year with no target on the indicator: a year of its own where the region
    # has no report of it, so that every outcome known is in the history of its indicator.
    outcomes: dict[int, list[Row]] = {}
    for record in index.region_outcomes(found["id"], indicator=key):
        asked = record["year"] in by_year if year == "latest" else _in_years(year, record["year"])
        if asked and not by_year.get(record["year"]):
            outcomes.setdefault(record["year"], []).append(record)
            by_year.setdefault(record["year"], [])
    history: list[HistoryRow] = [
        {
            "year": y,
            "report": y in held,
            "targets": t,
            "other_outcomes": _other_outcomes(index, outcomes.get(y, []), set()),
        }
        for y, t in sorted(by_year.items())
    ]
    return {
        "region": _ref(found),
        "indicator": key,
        "indicator_zh": info["name_zh"],
        "indicator_en": info["name_en"],
        "years": history,
    }


def _other_outcomes(index: Index, records: Iterable[Row], own: set[str]) -> list[OtherOutcome]:
    """The outcome records on no indicator of ``own`` (the indicators a report has targets on),
    as rows with their indicator's names."""
    found: list[OtherOutcome] = []
    for record in records:
        if record["indicator"] in own:
            continue
        info = index.indicator(record["indicator"])
        found.append(
            {**_outcome_row(record), "indicator_zh": info["name_zh"], "indicator_en": info["name_en"]}
        )
    return found


def _level(level: str | None) -> LevelFilter | None:
    """A ``level`` filter as one of ``LEVELS`` (in any case), or the error that lists them."""
    return None if level is None else cast(LevelFilter, choice(level, list(LEVELS), what="level"))


def _levels(level: str | None) -> tuple[str, ...]:
    """The region levels a ``level`` filter takes in (none: every level), or the error that lists them."""
    chosen = _level(level)
    return () if chosen is None else LEVELS[chosen]


def _year_choice(year: YearShown) -> YearChoice:
    return None if year == "all" else year


def _in_years(year: YearShown, held: int) -> bool:
    """Whether ``held`` is among the years asked for (each region's latest: not decided here)."""
    if isinstance(year, tuple):
        first, last = year
        return (first is None or first <= held) and (last is None or held <= last)
    return year in ("all", "latest") or held == year


def _year(years: list[int], year: int | None) -> int | None:
    if year is not None:
        return year if year in years else None
    return years[-1] if years else None


def _report_year(index: Index, region: Row, year: int | None) -> tuple[list[int], int | None]:
    """A region's years, and the one to show: ``year`` (an error if it has no report of it), else
    its latest (None if it has none)."""
    years = index.years(region["id"])
    shown = _year(years, year)
    if year is not None and shown is None:
        results = index.result_indicators(region["id"], year)
        raise MissingYearError(region["id"], year, years, results=results, name_zh=region["name_zh"])
    return years, shown


def _yuan_bar(bar: Decimal | None) -> int | None:
    # Amounts are whole yuan, so "at least bar" is "at least bar rounded up to a yuan"; no amount
    # reaches MAX_YUAN (models.py), so a larger bar is as good as MAX_YUAN and fits SQLite.
    if bar is None:
        return None
    return min(int((bar * YI).to_integral_value(rounding="ROUND_CEILING")), MAX_YUAN)


def _totals(projects: Sequence[ProjectRow]) -> ProjectTotals:
    """Sums of projects' (planned, total) investments in yuan, in 亿元, with (planned bound,
    total bound) how each sum is bounded; None where none is known (0 would read as known to be
    nothing to a script that sums it). A part of a project listed too is in its figures already."""
    listed: Sequence[tuple[Any, ...]]
    if isinstance(projects, Rows) and not any(b'"part_of"' in row for row in projects.stored):
        # No project is a part (a stored row leaves its null keys out): the amounts the index gives
        # beside the rows, none of them parsed (8,253 projects, one run each: 48 MB and 0.20 s parsed,
        # 31 MB and 0.16 s not, 2026-12-08, on the benchmark's generated data).
        listed = projects.columns
    else:
        every = list(projects)  # (stored rows parsed once)
        ids = {(p["region"], p["year"], p["id"]) for p in every}
        listed = [_amounts(p) for p in every if (p["region"], p["year"], p["part_of"]) not in ids]
    planned = [(p[0], p[2]) for p in listed if p[0] is not None]
    total = [(p[1], p[3]) for p in listed if p[1] is not None]
    return {
        "count": len(projects),
        "parts": len(projects) - len(listed),
        "planned_investment": plain_number(Decimal(sum(p for p, _ in planned)) / YI) if planned else None,
        "planned_known": len(planned),
        "planned_bound": _sum_bound([b for _, b in planned]),
        "total_investment": plain_number(Decimal(sum(t for t, _ in total)) / YI) if total else None,
        "total_known": len(total),
        "total_bound": _sum_bound([b for _, b in total]),
    }


def _amounts(project: ProjectRow) -> tuple[Any, ...]:
    """A project's planned and total yuan and their bounds, as ``Index.projects`` gives them."""
    return project["planned_yuan"], project["total_yuan"], project["planned_bound"], project["total_bound"]


def _sum_bound(bounds: list[FigureBound | None]) -> FigureBound | None:
    """How a sum of figures is bounded, given each figure's bound: floors make a floor (passed, if
    one is), ceilings a ceiling; floors and ceilings together bound nothing."""
    ways = {b for b in bounds if b is not None}
    if ways and ways <= {"at_least", "more_than"}:
        return "more_than" if "more_than" in ways else "at_least"
    if ways and ways <= {"at_most", "less_than"}:
        return "less_than" if "less_than" in ways else "at_most"
    return None


def _group_order(kind: str, threshold: str) -> tuple[int, int, str]:
    """Where targets of a kind and threshold go among an indicator's: by kind in Kind's order,
    then by threshold (超3亿元 by its first amount, which the text begins with)."""
    match = re.search(r"[\d.]+", threshold)
    amount = (0, "") if match is None else (1, f"{float(match.group()):020.4f}")
    return (list(Kind).index(Kind(kind)), *amount)
