"""The questions govtargets answers, as pure functions from an index to result dicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from govtargets.errors import UnknownRegionError
from govtargets.index import Index, Row, figure
from govtargets.vocab import LEVEL_NAMES, MAX_YUAN, QUALIFIERS, UNITS, Kind, Level, Qualifier, normalize_name

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
        ProjectList,
        ProjectTotals,
        ProjectView,
        QualifierView,
        QuantityView,
        RegionList,
        RegionReport,
        RegionView,
        SourceView,
        TargetView,
        ThresholdView,
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
    import difflib  # only when a name is not found

    names = index.names()
    close = difflib.get_close_matches(key, names, n=5, cutoff=0.5)
    if len(key) >= 2:
        close += [name for name in names if name.startswith(key) or key in name]
    ids = dict.fromkeys(names[name] for name in close)
    return [f"{rid} ({index.region(rid)['name_zh']})" for rid in list(ids)[:3]]


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


def compare_regions(index: Index, *, regions: Sequence[str]) -> Comparison:
    """One row per indicator (and kind and threshold), one column per region, latest years."""
    found = list({r["id"]: r for r in (find_region(index, name=name) for name in regions)}.values())
    columns: list[ComparedRegion] = []
    cells: dict[tuple[str, str, str], dict[str, list[TargetView]]] = {}
    for region in found:
        year = _year(index.years(region["id"]), None)
        columns.append({"region": _region_view(index, region), "year": year})
        for target in index.targets(region["id"], year) if year is not None else []:
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
    min_invest: Decimal | None = None,
    min_total: Decimal | None = None,
) -> ProjectList:
    """Projects (of one region, if given) whose planned or total investment is at least a bar in 亿元."""
    region_id = find_region(index, name=region)["id"] if region else None
    rows = index.projects(
        region_id=region_id, min_planned=_yuan_bar(min_invest), min_total=_yuan_bar(min_total)
    )
    projects = [_project_view(index, p) for p in rows]
    return {
        "filters": {"region": region_id, "min_invest": min_invest, "min_total": min_total},
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
        "source": _source(index, target["source"]),
    }


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
