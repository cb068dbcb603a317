"""The questions govtargets answers, as pure functions from a dataset to result models."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from decimal import Decimal

from govtargets.errors import UnknownRegionError
from govtargets.load import Dataset, normalize_name
from govtargets.models import Actual, Division, Project, Quantity, Region, Report, Target, Threshold
from govtargets.results import (
    ActualView,
    AreaView,
    ComparedRegion,
    CompareRow,
    Comparison,
    DivisionView,
    IndicatorList,
    IndicatorRef,
    IndicatorView,
    NoteView,
    ProjectFilters,
    ProjectList,
    ProjectTotals,
    ProjectView,
    QualifierView,
    QuantityView,
    RegionList,
    RegionReport,
    RegionSummary,
    RegionView,
    SourceView,
    TargetView,
    ThresholdView,
)
from govtargets.vocab import LEVEL_NAMES, QUALIFIERS, UNITS, Kind, Qualifier

YI = 10**8  # 亿: the unit of the --min-invest and --min-total options


def find_region(dataset: Dataset, *, name: str) -> Region:
    """The region a user means by ``name``: its id, code, Chinese or English name, or alias."""
    key = normalize_name(name)
    region_id = dataset.names.get(key)
    if region_id is not None:
        return dataset.regions[region_id]
    raise UnknownRegionError(name, _suggestions(dataset, key))


def _suggestions(dataset: Dataset, key: str) -> list[str]:
    close = difflib.get_close_matches(key, dataset.names, n=5, cutoff=0.5)
    if len(key) >= 2:
        close += [name for name in dataset.names if name.startswith(key) or key in name]
    ids = dict.fromkeys(dataset.names[name] for name in close)
    return [f"{rid} ({dataset.regions[rid].name_zh})" for rid in list(ids)[:3]]


def list_regions(dataset: Dataset) -> RegionList:
    """Every region, with the years it covers and its counts of targets and projects."""
    summaries = []
    for region in dataset.regions.values():
        reports = dataset.reports.get(region.id, {})
        summaries.append(
            RegionSummary(
                **_region_view(dataset, region).model_dump(),
                years=sorted(reports),
                targets=sum(len(r.targets) for r in reports.values()),
                projects=sum(len(r.projects) for r in reports.values()),
            )
        )
    return RegionList(regions=summaries)


def show_region(dataset: Dataset, *, region: str, year: int | None = None) -> RegionReport:
    """Everything known of one region for a year (its latest by default)."""
    found = find_region(dataset, name=region)
    report = _report(dataset, found, year)
    targets = [_target_view(dataset, report, t) for t in report.targets] if report else []
    projects = [_project_view(dataset, report, p) for p in report.projects] if report else []
    return RegionReport(
        region=_region_view(dataset, found),
        year=report.year if report else year,
        years=sorted(dataset.reports.get(found.id, {})),
        headline=[t for t in targets if t.area is None],
        areas=[
            AreaView(
                no=area.no,
                name_zh=area.name_zh,
                name_en=area.name_en,
                targets=[t for t in targets if t.area == area.no],
            )
            for area in (report.areas if report else [])
        ],
        projects=projects,
        project_totals=_totals(projects),
    )


def compare_regions(dataset: Dataset, *, regions: Sequence[str]) -> Comparison:
    """One row per indicator (and kind and threshold), one column per region, latest years."""
    found = list({r.id: r for r in (find_region(dataset, name=name) for name in regions)}.values())
    columns: list[ComparedRegion] = []
    cells: dict[tuple[str, Kind, str], dict[str, list[TargetView]]] = {}
    for region in found:
        report = _report(dataset, region, None)
        columns.append(ComparedRegion(region=_region_view(dataset, region), year=report and report.year))
        if report is None:
            continue
        for target in report.targets:
            view = _target_view(dataset, report, target)
            key = (target.indicator, target.kind, _threshold_key(target.threshold))
            cells.setdefault(key, {}).setdefault(region.id, []).append(view)
    # Targets that share a row share their threshold: take it from the row's first target.
    thresholds = {key: next(iter(by_region.values()))[0].threshold for key, by_region in cells.items()}
    order = {key: i for i, key in enumerate(dataset.indicators)}
    kinds = list(Kind)
    rows = [
        CompareRow(
            indicator=_indicator_ref(dataset, key[0]),
            kind=key[1],
            threshold=thresholds[key],
            targets={region.id: cells[key].get(region.id, []) for region in found},
        )
        for key in sorted(
            cells, key=lambda k: (order[k[0]], kinds.index(k[1]), _threshold_order(thresholds[k]))
        )
    ]
    return Comparison(regions=columns, rows=rows)


def list_projects(
    dataset: Dataset,
    *,
    region: str | None = None,
    min_invest: Decimal | None = None,
    min_total: Decimal | None = None,
) -> ProjectList:
    """Projects (of one region, if given) whose planned or total investment is at least a bar in 亿元."""
    regions = [find_region(dataset, name=region)] if region else list(dataset.regions.values())
    projects: list[ProjectView] = []
    for found in regions:
        for report in dataset.reports.get(found.id, {}).values():
            for project in report.projects:
                if _at_least(project.planned_investment, min_invest) and _at_least(
                    project.total_investment, min_total
                ):
                    projects.append(_project_view(dataset, report, project))
    return ProjectList(
        filters=ProjectFilters(
            region=regions[0].id if region else None, min_invest=min_invest, min_total=min_total
        ),
        projects=projects,
        totals=_totals(projects),
    )


def list_indicators(dataset: Dataset) -> IndicatorList:
    """The catalogue of canonical indicators, with how many regions target each."""
    used: dict[str, set[str]] = {}
    for region_id, reports in dataset.reports.items():
        for report in reports.values():
            for target in report.targets:
                used.setdefault(target.indicator, set()).add(region_id)
    return IndicatorList(
        indicators=[
            IndicatorView(
                key=ind.key,
                name_zh=ind.name_zh,
                name_en=ind.name_en,
                unit=ind.unit,
                unit_en=UNITS[ind.unit].en if ind.unit else None,
                note=ind.note,
                regions=len(used.get(ind.key, ())),
            )
            for ind in dataset.indicators.values()
        ]
    )


def _report(dataset: Dataset, region: Region, year: int | None) -> Report | None:
    reports = dataset.reports.get(region.id, {})
    if year is not None:
        return reports.get(year)
    return reports[max(reports)] if reports else None


def _at_least(amount: Quantity | None, bar: Decimal | None) -> bool:
    if bar is None:
        return True
    if amount is None:
        return False
    return amount.value * UNITS[amount.unit].factor >= bar * YI


def _totals(projects: list[ProjectView]) -> ProjectTotals:
    return ProjectTotals(
        count=len(projects),
        planned_investment=_sum_yi(p.planned_investment for p in projects),
        planned_known=sum(p.planned_investment is not None for p in projects),
        total_investment=_sum_yi(p.total_investment for p in projects),
        total_known=sum(p.total_investment is not None for p in projects),
    )


def _sum_yi(amounts: Iterable[QuantityView | None]) -> QuantityView:
    yuan = sum(q.yuan or 0 for q in amounts if q is not None)
    return _quantity(Decimal(yuan) / YI, "亿元")


def _threshold_key(threshold: Threshold | None) -> str:
    if threshold is None:
        return ""
    return ";".join(f"{a.value}{a.unit}" for a in threshold.amounts)


def _threshold_order(threshold: ThresholdView | None) -> int:
    return 0 if threshold is None else min(a.yuan or a.usd or 0 for a in threshold.amounts)


def _source(dataset: Dataset, key: str) -> SourceView:
    return SourceView(**dataset.sources[key].model_dump())


def _quantity(value: Decimal, unit: str) -> QuantityView:
    known = UNITS[unit]
    whole = int(value * known.factor) if known.dimension == "money" else None
    return QuantityView(
        value=value,
        unit=unit,
        unit_en=known.en,
        yuan=whole if known.currency == "CNY" else None,
        usd=whole if known.currency == "USD" else None,
    )


def _money(amount: Quantity | None) -> QuantityView | None:
    return None if amount is None else _quantity(amount.value, amount.unit)


def _qualifier(qualifier: Qualifier | None) -> QualifierView | None:
    if qualifier is None:
        return None
    info = QUALIFIERS[qualifier]
    return QualifierView(key=qualifier, zh=info.zh, en=info.en)


def _indicator_ref(dataset: Dataset, key: str) -> IndicatorRef:
    indicator = dataset.indicators[key]
    return IndicatorRef(key=key, name_zh=indicator.name_zh, name_en=indicator.name_en)


def _target_view(dataset: Dataset, report: Report, target: Target) -> TargetView:
    figure = _quantity(target.value, target.unit) if target.value is not None and target.unit else None
    return TargetView(
        id=target.key,
        region=report.region,
        year=report.year,
        indicator=_indicator_ref(dataset, target.indicator),
        kind=target.kind,
        value=target.value,
        unit=target.unit,
        unit_en=figure.unit_en if figure else None,
        yuan=figure.yuan if figure else None,
        usd=figure.usd if figure else None,
        qualifier=_qualifier(target.qualifier),
        threshold=_threshold_view(target.threshold),
        part_of=target.part_of,
        area=target.area,
        wording=target.wording,
        label_en=target.label_en,
        actual=_actual_view(dataset, target.actual, target.unit),
        source=_source(dataset, target.source or report.source),
    )


def _threshold_view(threshold: Threshold | None) -> ThresholdView | None:
    if threshold is None:
        return None
    qualifier = _qualifier(threshold.qualifier)
    assert qualifier is not None
    return ThresholdView(qualifier=qualifier, amounts=[_quantity(a.value, a.unit) for a in threshold.amounts])


def _actual_view(dataset: Dataset, actual: Actual | None, unit: str | None) -> ActualView | None:
    if actual is None:
        return None
    return ActualView(
        value=actual.value,
        unit=unit,
        level=_quantity(actual.level.value, actual.level.unit) if actual.level else None,
        wording=actual.wording,
        source=_source(dataset, actual.source),
    )


def _project_view(dataset: Dataset, report: Report, project: Project) -> ProjectView:
    source = project.source or report.source
    total_source = project.total_investment_source or source
    return ProjectView(
        id=project.id,
        region=report.region,
        year=report.year,
        name_zh=project.name_zh,
        name_en=project.name_en,
        zone_zh=project.zone_zh,
        zone_en=project.zone_en,
        description_zh=project.description_zh,
        description_en=project.description_en,
        total_investment=_money(project.total_investment),
        total_investment_source=_source(dataset, total_source) if project.total_investment else None,
        planned_investment=_money(project.planned_investment),
        production_start=project.production_start,
        wording=project.wording,
        notes=[NoteView(text=n.text, source=_source(dataset, n.source)) for n in project.notes],
        source=_source(dataset, source),
    )


def _region_view(dataset: Dataset, region: Region) -> RegionView:
    parents: list[DivisionView] = []
    code = region.parent
    while code is not None and code in dataset.divisions:
        division = dataset.divisions[code]
        if any(p.code == code for p in parents):  # a loop of parents: stop where it closes
            break
        parents.append(_division_view(division))
        code = division.parent
    return RegionView(
        **_division_view(region).model_dump(),
        id=region.id,
        parents=parents,
        aliases=region.aliases,
        source=_source(dataset, region.source) if region.source else None,
    )


def _division_view(division: Division) -> DivisionView:
    zh, en = LEVEL_NAMES[division.level]
    return DivisionView(
        code=division.code,
        name_zh=division.name_zh,
        name_en=division.name_en,
        level=division.level,
        level_zh=zh,
        level_en=en,
    )
