"""The questions govtargets answers, as pure functions from an index to result dicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from govtargets.errors import MissingYearError, UnknownIndicatorError, UnknownRegionError
from govtargets.index import SEARCHED, Index, Row, YearChoice, field_texts, figure
from govtargets.vocab import LEVEL_NAMES, MAX_YUAN, QUALIFIERS, UNITS, Kind, Level, Qualifier, normalize_name
from govtargets.wording import POINTS_EN, POINTS_ZH, threshold_text

if TYPE_CHECKING:
    from govtargets.results import (
        ActualView,
        AreaView,
        ComparedRegion,
        CompareRow,
        Comparison,
        DivisionView,
        IndicatorList,
        IndicatorRef,
        OutcomeView,
        ProjectList,
        ProjectTotals,
        ProjectView,
        QualifierView,
        QuantityView,
        RankEntry,
        RankGroup,
        Ranking,
        RegionList,
        RegionRef,
        RegionReport,
        RegionView,
        SearchHit,
        SearchRecord,
        SearchResult,
        SourceView,
        TargetRow,
        TargetTable,
        TargetView,
        ThresholdView,
        YearShown,
    )

YI = 10**8  # 亿: the unit of the --min-invest and --min-total options


def find_region(index: Index, *, name: str) -> Row:
    """The region a user means by ``name``: its id, code, Chinese or English name, or alias."""
    key = normalize_name(name)
    region_id = index.region_id(key)
    if region_id is not None:
        return index.region(region_id)
    raise UnknownRegionError(name, _suggestions(index, key))


def _suggestions(index: Index, key: str) -> list[str]:
    names = index.names()
    return [f"{rid} ({index.region(rid)['name_zh']})" for rid in _close(key, names)]


def _close(key: str, names: dict[str, str]) -> list[str]:
    """The ids (at most three) whose names are close to ``key`` or hold it."""
    import difflib  # only when a name is not found

    close = difflib.get_close_matches(key, names, n=5, cutoff=0.5)
    if len(key) >= 2:
        close += [name for name in names if name.startswith(key) or key in name]
    return list(dict.fromkeys(names[name] for name in close))[:3]


def find_indicator(index: Index, *, name: str) -> str:
    """The key of the indicator a user means by ``name``: its key, Chinese or English name."""
    key = normalize_name(name)
    names = _indicator_names(index)
    if key in names:
        return names[key]
    raise UnknownIndicatorError(name, [f"{k} ({index.indicator(k)['name_zh']})" for k in _close(key, names)])


def _indicator_names(index: Index) -> dict[str, str]:
    names: dict[str, str] = {}
    for ind in index.indicators():
        for name in (ind["key"], ind["name_zh"], ind["name_en"]):
            names.setdefault(normalize_name(name), ind["key"])
    return names


def list_regions(index: Index) -> RegionList:
    """Every region, with the years it covers and its counts of targets and projects."""
    counts = index.counts()
    return {
        "regions": [
            {
                **_region_view(index, region),
                "years": index.years(region["id"]),
                "targets": counts.get(region["id"], (0, 0))[0],
                "projects": counts.get(region["id"], (0, 0))[1],
            }
            for region in index.regions()
        ]
    }


def show_region(index: Index, *, region: str, year: int | None = None) -> RegionReport:
    """Everything known of one region for a year (its latest by default)."""
    found = find_region(index, name=region)
    years = index.years(found["id"])
    shown = _year(years, year)
    if year is not None and shown is None:
        raise MissingYearError(found["id"], year, years)
    report = index.report(found["id"], shown) if shown is not None else None
    targets = [_target_view(index, t) for t in index.targets(found["id"], report["year"])] if report else []
    projects = (
        [_project_view(index, p) for p in index.projects(region_id=found["id"], year=shown)] if report else []
    )
    areas: list[AreaView] = [
        {
            "no": area["no"],
            "name_zh": area["name_zh"],
            "name_en": area["name_en"],
            "targets": [t for t in targets if t["area"] == area["no"]],
        }
        for area in (report["areas"] if report else [])
    ]
    return {
        "region": _region_view(index, found),
        "year": shown if report else year,
        "years": years,
        "headline": [t for t in targets if t["area"] is None],
        "areas": areas,
        "projects": projects,
        "project_totals": _totals(projects),
    }


def compare_regions(index: Index, *, regions: Sequence[str], year: int | None = None) -> Comparison:
    """One row per indicator (and kind and threshold), one column per region, for a year (each
    region's latest by default); a region with no report for the year has an empty column."""
    found = list({r["id"]: r for r in (find_region(index, name=name) for name in regions)}.values())
    columns: list[ComparedRegion] = []
    cells: dict[tuple[str, str, str], dict[str, list[TargetView]]] = {}
    for region in found:
        shown = _year(index.years(region["id"]), year)
        columns.append({"region": _region_view(index, region), "year": shown})
        for target in index.targets(region["id"], shown) if shown is not None else []:
            view = _target_view(index, target)
            key = (target["indicator"], target["kind"], _threshold_key(target.get("threshold")))
            cells.setdefault(key, {}).setdefault(region["id"], []).append(view)
    # Targets that share a row share their threshold: take it from the row's first target.
    thresholds = {key: next(iter(by_region.values()))[0]["threshold"] for key, by_region in cells.items()}
    order = {row["key"]: i for i, row in enumerate(index.indicators())}
    kinds = list(Kind)
    rows: list[CompareRow] = [
        {
            "indicator": _indicator_ref(index, key[0]),
            "kind": Kind(key[1]),
            "threshold": thresholds[key],
            "targets": {region["id"]: cells[key].get(region["id"], []) for region in found},
        }
        for key in sorted(
            cells, key=lambda k: (order[k[0]], kinds.index(Kind(k[1])), _threshold_order(thresholds[k]))
        )
    ]
    return {"regions": columns, "rows": rows}


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
        region_id=region_id,
        year=_year_choice(year),
        min_planned=_yuan_bar(min_invest),
        min_total=_yuan_bar(min_total),
    )
    projects = [_project_view(index, p) for p in rows]
    return {
        "filters": {"region": region_id, "year": year, "min_invest": min_invest, "min_total": min_total},
        "projects": projects,
        "totals": _totals(projects),
    }


def list_indicators(index: Index) -> IndicatorList:
    """The catalogue of canonical indicators, with how many regions target each."""
    used = index.indicator_regions()
    return {
        "indicators": [
            {
                "key": ind["key"],
                "name_zh": ind["name_zh"],
                "name_en": ind["name_en"],
                "unit": ind.get("unit"),
                "unit_en": UNITS[ind["unit"]].en if ind.get("unit") else None,
                "note": ind.get("note"),
                "regions": used.get(ind["key"], 0),
            }
            for ind in index.indicators()
        ]
    }


def list_targets(
    index: Index,
    *,
    regions: Sequence[str] = (),
    indicators: Sequence[str] = (),
    kinds: Sequence[Kind] = (),
    year: YearShown = "latest",
) -> TargetTable:
    """Every target of the regions, indicators and kinds given (all, if none), one flat row each."""
    region_ids = list(dict.fromkeys(find_region(index, name=name)["id"] for name in regions))
    keys = list(dict.fromkeys(find_indicator(index, name=name) for name in indicators))
    kinds = list(dict.fromkeys(kinds))
    rows = index.targets_where(region_ids=region_ids, indicators=keys, kinds=kinds, year=_year_choice(year))
    refs = _RegionRefs(index)
    return {
        "filters": {"regions": region_ids, "indicators": keys, "kinds": kinds, "year": year},
        "targets": [flat_target(_target_view(index, t), refs(t["region"])) for t in rows],
    }


def rank_indicator(index: Index, *, indicator: str, year: int | None = None) -> Ranking:
    """Regions ordered by their target on an indicator, highest first, for a year (each region's
    latest by default): one group per kind, unit and threshold, then the qualitative targets."""
    key = find_indicator(index, name=indicator)
    shown: int | Literal["latest"] = year if year is not None else "latest"
    refs = _RegionRefs(index)
    groups: dict[tuple[str, str, str], list[RankEntry]] = {}
    qualitative: list[RankEntry] = []
    for row in index.targets_where(indicators=[key], year=shown):
        view = _target_view(index, row)
        entry: RankEntry = {"rank": None, "region": refs(row["region"]), "target": view}
        if view["value"] is None:
            qualitative.append(entry)
        else:
            unit = UNITS[view["unit"] or ""]
            measure = "money" if unit.dimension == "money" else unit.symbol
            groups.setdefault((view["kind"], measure, _threshold_key(row.get("threshold"))), []).append(entry)
    kinds = list(Kind)
    ranked: list[RankGroup] = []
    for entries in groups.values():
        entries.sort(key=lambda e: rank_value(e["target"]), reverse=True)  # stable: ties keep their order
        for place, entry in enumerate(entries, 1):
            tied = place > 1 and rank_value(entries[place - 2]["target"]) == rank_value(entry["target"])
            entry["rank"] = entries[place - 2]["rank"] if tied else place
        first = entries[0]["target"]
        ranked.append(
            {
                "kind": first["kind"],
                "unit": first["unit"],
                "threshold": first["threshold"],
                "entries": entries,
            }
        )
    ranked.sort(key=lambda g: (kinds.index(g["kind"]), _threshold_order(g["threshold"])))
    return {
        "indicator": _indicator_ref(index, key),
        "year": shown,
        "groups": ranked,
        "qualitative": qualitative,
    }


def search_text(index: Index, *, text: str, year: YearShown = "latest") -> SearchResult:
    """Where ``text`` appears, in any case or width: region names, target wording, English labels
    and indicator names, and project names, zones, descriptions and wording."""
    folded = normalize_name(text)
    refs = _RegionRefs(index)
    hits: list[SearchHit] = []

    def found(
        record: Row, kind: SearchRecord, fields: Sequence[str], region: str, year: int | None, id_: str
    ) -> None:
        for name in fields:
            for each in field_texts(record, name):
                if folded in normalize_name(each):
                    hits.append(
                        {
                            "record": kind,
                            "region": refs(region),
                            "year": year,
                            "id": id_,
                            "field": name,
                            "text": each,
                        }
                    )

    for region in index.regions_with(folded):
        found(region, "region", SEARCHED["regions"], region["id"], None, region["id"])
    # An indicator's names are in its catalogue entry, not in each target: find them there.
    indicators: dict[str, str] = {}
    for ind in index.indicators():
        names = [n for n in (ind["name_zh"], ind["name_en"], ind["key"]) if folded in normalize_name(n)]
        if names:
            indicators[ind["key"]] = names[0]
    choice = _year_choice(year)
    for target in index.targets_where(year=choice, text=folded, text_indicators=list(indicators)):
        place = (target["region"], target["year"], target.get("id") or target["indicator"])
        found(target, "target", SEARCHED["targets"], *place)
        if target["indicator"] in indicators:
            found({"indicator": indicators[target["indicator"]]}, "target", ["indicator"], *place)
    for project in index.projects(year=choice, text=folded):
        found(project, "project", SEARCHED["projects"], project["region"], project["year"], project["id"])
    return {"text": text, "year": year, "hits": hits}


class _RegionRefs:
    """Regions by id, each read once."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.refs: dict[str, RegionRef] = {}

    def __call__(self, region_id: str) -> RegionRef:
        if region_id not in self.refs:
            r = self.index.region(region_id)
            self.refs[region_id] = {
                "id": r["id"],
                "code": r["code"],
                "name_zh": r["name_zh"],
                "name_en": r["name_en"],
            }
        return self.refs[region_id]


def rank_value(target: TargetView) -> Decimal:
    """What a target is ranked by: its figure, or for money its amount in yuan."""
    if target["yuan"] is not None:
        return Decimal(target["yuan"])
    return target["value"] if target["value"] is not None else Decimal(0)


def _year_choice(year: YearShown) -> YearChoice:
    return None if year == "all" else year


FLAT_COLUMNS = (
    "region", "region_zh", "region_en", "code", "year", "id", "indicator", "indicator_zh", "indicator_en",
    "kind", "value", "unit", "unit_en", "yuan", "qualifier", "qualifier_zh", "qualifier_en", "threshold",
    "part_of", "area", "actual", "outcome", "difference", "difference_unit", "difference_unit_en", "wording",
    "label_en",
    "source", "source_url",
)  # fmt: skip
"""The columns of the long format, in order: the keys of ``flat_target``'s rows."""


def flat_target(t: TargetView, region: RegionRef) -> TargetRow:
    """A target as one flat row of the long format."""
    qualifier, actual, outcome = t["qualifier"], t["actual"], t["outcome"]
    return {
        "region": region["id"],
        "region_zh": region["name_zh"],
        "region_en": region["name_en"],
        "code": region["code"],
        "year": t["year"],
        "id": t["id"],
        "indicator": t["indicator"]["key"],
        "indicator_zh": t["indicator"]["name_zh"],
        "indicator_en": t["indicator"]["name_en"],
        "kind": t["kind"],
        "value": t["value"],
        "unit": t["unit"],
        "unit_en": t["unit_en"],
        "yuan": t["yuan"],
        "qualifier": qualifier["key"] if qualifier else None,
        "qualifier_zh": qualifier["zh"] if qualifier else None,
        "qualifier_en": qualifier["en"] if qualifier else None,
        "threshold": threshold_text(t["threshold"]) or None,
        "part_of": t["part_of"],
        "area": t["area"],
        "actual": actual["value"] if actual else None,
        "outcome": outcome["status"] if outcome else None,
        "difference": outcome["difference"] if outcome else None,
        "difference_unit": outcome["unit"] if outcome else None,
        "difference_unit_en": outcome["unit_en"] if outcome else None,
        "wording": t["wording"],
        "label_en": t["label_en"],
        "source": t["source"]["id"],
        "source_url": t["source"]["url"],
    }


def _year(years: list[int], year: int | None) -> int | None:
    if year is not None:
        return year if year in years else None
    return years[-1] if years else None


def _yuan_bar(bar: Decimal | None) -> int | None:
    # Amounts are whole yuan, so "at least bar" is "at least bar rounded up to a yuan"; no amount
    # reaches MAX_YUAN (models.py), so a larger bar is as good as MAX_YUAN and fits SQLite.
    if bar is None:
        return None
    return min(int((bar * YI).to_integral_value(rounding="ROUND_CEILING")), MAX_YUAN)


def _totals(projects: list[ProjectView]) -> ProjectTotals:
    return {
        "count": len(projects),
        "planned_investment": _sum_yi(p["planned_investment"] for p in projects),
        "planned_known": sum(p["planned_investment"] is not None for p in projects),
        "total_investment": _sum_yi(p["total_investment"] for p in projects),
        "total_known": sum(p["total_investment"] is not None for p in projects),
    }


def _sum_yi(amounts: Iterable[QuantityView | None]) -> QuantityView:
    yuan = sum(q["yuan"] or 0 for q in amounts if q is not None)
    return _quantity(Decimal(yuan) / YI, "亿元")


def _threshold_key(threshold: Row | None) -> str:
    if threshold is None:
        return ""
    return ";".join(f"{figure(a['value'])}{a['unit']}" for a in threshold["amounts"])


def _threshold_order(threshold: ThresholdView | None) -> int:
    return 0 if threshold is None else min(a["yuan"] or a["usd"] or 0 for a in threshold["amounts"])


def _source(index: Index, key: str) -> SourceView:
    s = index.source(key)
    return {
        "id": s["id"],
        "title": s["title"],
        "publisher": s["publisher"],
        "url": s.get("url"),
        "posted": s.get("posted"),
        "post": s.get("post"),
        "section": s.get("section"),
        "note": s.get("note"),
    }


def _quantity(value: Decimal, unit: str) -> QuantityView:
    known = UNITS[unit]
    whole = int(value * known.factor) if known.dimension == "money" else None
    return {
        "value": value,
        "unit": unit,
        "unit_en": known.en,
        "yuan": whole if known.currency == "CNY" else None,
        "usd": whole if known.currency == "USD" else None,
    }


def _amount(amount: Row | None) -> QuantityView | None:
    return None if amount is None else _quantity(figure(amount["value"]), amount["unit"])


def _qualifier(key: str | None) -> QualifierView | None:
    if key is None:
        return None
    info = QUALIFIERS[Qualifier(key)]
    return {"key": Qualifier(key), "zh": info.zh, "en": info.en}


def _indicator_ref(index: Index, key: str) -> IndicatorRef:
    indicator = index.indicator(key)
    return {"key": key, "name_zh": indicator["name_zh"], "name_en": indicator["name_en"]}


def _target_view(index: Index, target: Row) -> TargetView:
    value = figure(target["value"]) if "value" in target else None
    unit = target.get("unit")
    quantity = _quantity(value, unit) if value is not None and unit else None
    return {
        "id": target.get("id") or target["indicator"],
        "region": target["region"],
        "year": target["year"],
        "indicator": _indicator_ref(index, target["indicator"]),
        "kind": Kind(target["kind"]),
        "value": value,
        "unit": unit,
        "unit_en": quantity["unit_en"] if quantity else None,
        "yuan": quantity["yuan"] if quantity else None,
        "usd": quantity["usd"] if quantity else None,
        "qualifier": _qualifier(target.get("qualifier")),
        "threshold": _threshold_view(target.get("threshold")),
        "part_of": target.get("part_of"),
        "area": target.get("area"),
        "wording": target["wording"],
        "label_en": target.get("label_en"),
        "actual": _actual_view(index, target.get("actual"), unit),
        "outcome": _outcome(target, value, unit),
        "source": _source(index, target["source"]),
    }


def _outcome(target: Row, value: Decimal | None, unit: str | None) -> OutcomeView | None:
    """Met or missed, where a numeric target has an actual: at most the figure for 以内 (within),
    more than it for 超 (over), else at least it (so 左右, about, is met from the figure up)."""
    actual = target.get("actual")
    if actual is None or value is None or unit is None:
        return None
    achieved = figure(actual["value"])
    qualifier = target.get("qualifier")
    if qualifier == Qualifier.WITHIN:
        met = achieved <= value
    elif qualifier == Qualifier.OVER:
        met = achieved > value
    else:
        met = achieved >= value
    zh, en = (POINTS_ZH, POINTS_EN) if target["kind"] == Kind.GROWTH else (unit, UNITS[unit].en)
    return {"status": "met" if met else "missed", "difference": achieved - value, "unit": zh, "unit_en": en}


def _threshold_view(threshold: Row | None) -> ThresholdView | None:
    if threshold is None:
        return None
    qualifier = _qualifier(threshold["qualifier"])
    assert qualifier is not None
    return {
        "qualifier": qualifier,
        "amounts": [_quantity(figure(a["value"]), a["unit"]) for a in threshold["amounts"]],
    }


def _actual_view(index: Index, actual: Row | None, unit: str | None) -> ActualView | None:
    if actual is None:
        return None
    return {
        "value": figure(actual["value"]),
        "unit": unit,
        "level": _amount(actual.get("level")),
        "wording": actual["wording"],
        "source": _source(index, actual["source"]),
    }


def _project_view(index: Index, project: Row) -> ProjectView:
    total = _amount(project.get("total_investment"))
    total_source = project.get("total_investment_source") or project["source"]
    return {
        "id": project["id"],
        "region": project["region"],
        "year": project["year"],
        "name_zh": project["name_zh"],
        "name_en": project.get("name_en"),
        "zone_zh": project.get("zone_zh"),
        "zone_en": project.get("zone_en"),
        "description_zh": project.get("description_zh"),
        "description_en": project.get("description_en"),
        "total_investment": total,
        "total_investment_source": _source(index, total_source) if total else None,
        "planned_investment": _amount(project.get("planned_investment")),
        "production_start": project.get("production_start"),
        "wording": project["wording"],
        "notes": [
            {"text": n["text"], "source": _source(index, n["source"])} for n in project.get("notes", [])
        ],
        "source": _source(index, project["source"]),
    }


def _region_view(index: Index, region: Row) -> RegionView:
    parents: list[DivisionView] = []
    code = region.get("parent")
    while code is not None and (division := index.division(code)) is not None:
        if any(p["code"] == code for p in parents):  # a loop of parents: stop where it closes
            break
        parents.append(_division_view(division))
        code = division.get("parent")
    return {
        **_division_view(region),
        "id": region["id"],
        "parents": parents,
        "aliases": region.get("aliases", []),
        "source": _source(index, region["source"]) if region.get("source") else None,
    }


def _division_view(division: Row) -> DivisionView:
    level = Level(division["level"])
    zh, en = LEVEL_NAMES[level]
    return {
        "code": division["code"],
        "name_zh": division["name_zh"],
        "name_en": division["name_en"],
        "level": level,
        "level_zh": zh,
        "level_en": en,
    }
