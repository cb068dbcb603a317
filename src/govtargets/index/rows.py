"""The rows the index serves, in the shapes of dataset/shapes.py, built once when a dataset is compiled.

Each builder takes validated records as their JSON dicts (figures as exact decimal strings) and
the dataset's context (its regions, indicators, sources and outcomes), so that a query only
selects rows and prints them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast

import orjson

from govtargets.dataset import judge
from govtargets.dataset.shapes import DivisionView, ProjectRow, RegionView, TargetRow
from govtargets.dataset.vocab import (
    KINDS,
    PARTS,
    QUALIFIERS,
    Kind,
    Level,
    Unit,
    goal_words,
    level_names,
    unit_en,
    unit_of,
)
from govtargets.dataset.wording import json_number, number, plain_number, target_figures
from govtargets.index.store import AS_COLUMNS, BLANK_TARGET, SHARED

Raw = dict[str, Any]
"""A validated record as JSON: figures are exact decimal strings."""


@dataclass
class Context:
    """What a row needs from the rest of the dataset."""

    regions: dict[str, Raw] = field(default_factory=dict)
    divisions: dict[str, Raw] = field(default_factory=dict)
    """Every division by code: the dataset's divisions, and its regions."""
    indicators: dict[str, Raw] = field(default_factory=dict)
    sources: dict[str, Raw] = field(default_factory=dict)
    outcomes: dict[tuple[str, int, str], Raw] = field(default_factory=dict)

    def parent_region(self, region: Raw) -> tuple[str | None, str | None]:
        """The id of ``region``'s parent as a region, or None and why it has none: a parent
        that is only a ``[[divisions]]`` record has no outcomes to compare with."""
        code = region.get("parent")
        if code is None:
            return None, f"{region['name_zh']} has no parent to compare with"
        division = self.divisions.get(code)
        if division is None:
            return None, f"no division or region with code {code}"
        if division.get("id") is None:
            name = division["name_zh"]
            return None, f"its parent {name} ({code}) is only a division, with no outcomes to compare with"
        return str(division["id"]), None


def dump(row: Mapping[str, Any]) -> bytes:
    """A row as JSON in UTF-8 (exact figures as JSON numbers), as the index stores it: bytes,
    which SQLite takes as they are, where a string would be encoded again."""
    return orjson.dumps(row, default=json_number)


class Parts:
    """The pieces of targets' and projects' rows that many rows share (``store.SHARED``), each
    kept once, numbered in the order first met, from ``start`` (after the parts of rows served
    before, taken as they are)."""

    def __init__(self, start: int = 0) -> None:
        self.numbers: dict[tuple[Any, ...], int] = {}
        self.texts: list[bytes] = []
        self.start = start

    def split(self, table: str, row: Mapping[str, Any]) -> tuple[Any, ...]:
        """``row`` as the index stores it (``store.SHARED``): the numbers of its shared parts
        (each its pairs, after a comma), the number of the part that names its own values (a
        JSON array), then its own values (a JSON array). Null columns are left out of all (the
        reader fills them in from a blank row, ``Rows``)."""
        numbers = []
        for group in SHARED[table]:
            key = (group, *map(row.__getitem__, group))
            number = self.numbers.get(key)
            if number is None:
                text = orjson.dumps({c: row[c] for c in group if row[c] is not None}, default=json_number)
                number = self._add(key, b"," + text[1:-1] if len(text) > 2 else b"")
            numbers.append(number)
        defaults = _DEFAULTS[table]
        own = tuple(
            k
            for k in _OWN_COLUMNS[table]
            if row[k] is not None and (k not in defaults or row[k] != row[defaults[k]])
        )
        number = self.numbers.get(own)
        if number is None:
            number = self._add(own, orjson.dumps(own))
        return (*numbers, number, orjson.dumps([row[k] for k in own], default=json_number))

    def _add(self, key: tuple[Any, ...], text: bytes) -> int:
        self.texts.append(text)
        number = self.numbers[key] = self.start + len(self.texts) - 1
        return number


_OWN_COLUMNS = {
    table: tuple(
        c
        for c in shape.__annotations__
        if AS_COLUMNS[table].get(c, "") != c and not any(c in group for group in SHARED[table])
    )
    for table, shape in (("targets", TargetRow), ("projects", ProjectRow))
}
"""The columns of a row that are its own (not shared, and not columns, but for those whose
column gives them a default), in order."""

_DEFAULTS = {
    table: {key: c for key, c in columns.items() if key != c} for table, columns in AS_COLUMNS.items()
}
"""The keys of a row whose value, when it is its column's, is not stored: the view gives it."""


def _decimal(text: Any) -> Decimal | None:
    return None if text is None else Decimal(text)


def division_view(division: Raw) -> DivisionView:
    """A division (or a region) as a parent in a chain."""
    level = Level(division["level"])
    zh, en = level_names(level, division["name_zh"])
    return {
        "id": division.get("id"),
        "code": division["code"],
        "name_zh": division["name_zh"],
        "name_en": division["name_en"],
        "level": level,
        "level_zh": zh,
        "level_en": en,
    }


def region_view(region: Raw, ctx: Context) -> RegionView:
    """A region with its chain of parents, nearest first (a loop of parents stops where it closes)."""
    parents: list[DivisionView] = []
    code = region.get("parent")
    seen = {region["code"]}
    while code is not None and code not in seen and (division := ctx.divisions.get(code)) is not None:
        seen.add(code)
        parents.append(division_view(division))
        code = division.get("parent")
    return {
        **division_view(region),
        "parents": parents,
        "aliases": region.get("aliases", []),
        "source": region.get("source"),
    }


def outcome_figures(outcome: Raw) -> judge.Figures:
    """An outcome's figures, for judging."""
    return judge.Figures(
        _decimal(outcome.get("growth")),
        _decimal(outcome.get("level")),
        outcome.get("level_unit"),
        _decimal(outcome.get("change_pp")),
        bool(outcome.get("estimate")),
        outcome.get("growth_bound"),
        outcome.get("level_bound"),
        outcome.get("change_pp_bound"),
        outcome.get("stated"),
    )


def target_row(target: Raw, *, region: str, year: int, report_source: str, ctx: Context) -> TargetRow:
    """A target as one flat row, with its outcome judged where the dataset has one."""
    where = ctx.regions[region]
    indicator = ctx.indicators[target["indicator"]]
    kind = _KINDS[target["kind"]]
    value, high = _decimal(target.get("value")), _decimal(target.get("value_high"))
    margin = _decimal(target.get("margin"))
    unit = target.get("unit") or (KINDS[kind].implied_unit if value is not None else None)
    qualifiers: tuple[str, ...] = tuple(target.get("qualifiers", ()))
    goal = target.get("goal")
    against = target.get("against")
    against_region = target.get("against_region")
    unfound = None
    if against_region == "parent":
        against_region, unfound = ctx.parent_region(where)
    other = ctx.indicators.get(against) if against else None
    other_region = ctx.regions.get(against_region) if against_region else None
    # A parent that cannot be found is named as such, never as the region itself.
    other_names = (
        _PARENT
        if unfound
        else (_compared_zh(other_region), other_region["name_en"])
        if other_region
        else None
    )
    known = unit_of(unit) if unit else None
    source = ctx.sources[target.get("source") or report_source]
    figures = _figures(
        target["kind"],
        target.get("value"),
        target.get("value_high"),
        unit,
        qualifiers,
        goal,
        (other["name_zh"], other.get("short_en") or other["name_en"]) if other else None,
        other_names,
        target.get("margin"),
        target.get("margin_high"),
        (noun := count_noun(indicator, known)),
    )
    # Filled in a copy of the blank row rather than built as a literal of ~50 keys: a third
    # of the time (the copy is made at its full size, where a literal grows and rehashes).
    row: dict[str, Any] = BLANK_TARGET.copy()
    row["region"] = region
    row["region_zh"] = where["name_zh"]
    row["region_en"] = where["name_en"]
    row["code"] = where["code"]
    row["region_level"] = _LEVELS[where["level"]]
    row["year"] = year
    row["id"] = target.get("id") or target["indicator"]
    row["indicator"] = target["indicator"]
    row["indicator_zh"] = indicator["name_zh"]
    row["indicator_en"] = indicator["name_en"]
    row["indicator_short_en"] = indicator.get("short_en") or indicator["name_en"]
    row["kind"] = kind
    row["value"] = value
    row["value_high"] = high
    row["unit"] = unit
    # A count reads as what it counts (1,200 parking spaces), where the catalogue says.
    row["unit_en"] = unit_en(known, noun) if known else None
    if known and known.currency == "CNY" and value is not None:
        row["yuan"] = int(value * known.factor)
    row.update(_qualifier_words(qualifiers))
    if goal:
        row["goal"], row["goal_zh"], _ = goal_words(goal)
    if KINDS[kind].sets == "relation":
        row["against"] = against or target["indicator"]
        row["against_region"] = None if unfound else against_region or region
        row["measure"] = target.get("measure")
    row["margin"] = margin
    row["margin_high"] = _decimal(target.get("margin_high"))
    if "threshold" in target:
        row["threshold"] = threshold_text(target["threshold"])
    row["part_of"] = target.get("part_of")
    row["area"] = target.get("area")
    row.update(figures)
    if "by" in target:
        _plan(row, target["by"], average=bool(target.get("average")))
    row["wording"] = target["wording"]
    row["label_en"] = target.get("label_en")
    row["note"] = target.get("note")
    row["source"] = source["id"]
    row["source_url"] = source.get("url")
    _outcome(row, target, indicator, unfound, ctx)
    return cast(TargetRow, row)


def _plan(row: dict[str, Any], by: int, *, average: bool) -> None:
    """Mark a target set to a later year (a plan's), in its columns and in its figure's words:
    +10%以上（年均，至2010年）, "+10% or more a year on average, to 2010"."""
    row["by"] = by
    row["average"] = average
    row["figure_zh"] = f"{row['figure_zh']}（{'年均，' if average else ''}至{by}年）"
    row["figure_en"] = f"{row['figure_en']}{' a year on average' if average else ''}, to {by}"


_PARENT = ("上级地区", "the parent region")


def _compared_zh(region: Raw) -> str:
    """A region's name as a relative target says it: 高于全国 (every report's word for the
    country), 高于江苏省."""
    return "全国" if region["level"] == "country" else str(region["name_zh"])


"""How a relative target names a parent the dataset cannot find."""


_KINDS = {kind.value: kind for kind in Kind}
_LEVELS = {level.value: level for level in Level}
"""Enum members by value: a lookup here is a tenth of the time of calling the enum."""


@functools.lru_cache(maxsize=256)
def _qualifier_words(qualifiers: tuple[str, ...]) -> dict[str, str | None]:
    """A target's qualifiers column, and their Chinese words."""
    return {
        "qualifiers": " ".join(qualifiers) or None,
        "qualifiers_zh": " ".join(QUALIFIERS[q].zh[0] for q in qualifiers) or None,
    }


# A dataset says 5%左右 and the like many times over. Keyed by the record's own strings (its
# kind, its figures as exact decimal strings), whose hashes Python keeps: a Decimal's or an
# enum member's is worked out anew at each call, a few tenths of a microsecond apiece.
@functools.lru_cache(maxsize=4096)
def _figures(
    kind: str,
    value: str | None,
    value_high: str | None,
    unit: str | None,
    qualifiers: tuple[str, ...],
    goal: str | None,
    against: tuple[str, str] | None,
    against_region: tuple[str, str] | None,
    margin: str | None,
    margin_high: str | None,
    noun: str | None,
) -> dict[str, str]:
    """A target's figure in Chinese and in English (the figure_zh and figure_en columns)."""
    zh, en = target_figures(
        kind=_KINDS[kind],
        value=_decimal(value),
        value_high=_decimal(value_high),
        unit=unit,
        qualifiers=qualifiers,
        goal=goal,
        against=against,
        against_region=against_region,
        margin=_decimal(margin),
        margin_high=_decimal(margin_high),
        noun=noun,
    )
    return {"figure_zh": zh, "figure_en": en}


def _outcome(row: dict[str, Any], target: Raw, indicator: Raw, unfound: str | None, ctx: Context) -> None:
    """Fill the outcome columns of a target row (its other columns filled), where an outcome of
    its indicator and year is known (they are null in the blank row). ``unfound``: why the
    region a relative target names (its parent) cannot be found."""
    kind, year = row["kind"], row["year"]
    if row["by"] is not None:  # a plan's target: one year's result does not judge it
        return
    found = ctx.outcomes.get((row["region"], year, row["indicator"]))
    compared = KINDS[kind].sets == "relation" and not unfound
    parts = _parts(row, target, ctx) if found is None and compared else []
    if found is None and not parts:
        return
    other_key = (row["against_region"], year, row["against"])  # a relative target's other figure
    other = ctx.outcomes.get(other_key) if compared else None
    reference = None if other is None else outcome_figures(other)
    aim = judge.Target(
        kind=kind,
        value=row["value"],
        value_high=row["value_high"],
        unit=row["unit"],
        qualifiers=tuple(target.get("qualifiers", [])),
        goal=target.get("goal"),
        measure=target.get("measure", "growth"),
        margin=row["margin"],
        lower_is_better=bool(indicator.get("lower_is_better")),
    )
    if parts:
        found = parts[0][1]
        verdict = judge.judge_apart(aim, [(name, outcome_figures(part)) for name, part in parts], reference)
    else:
        assert found is not None
        verdict = judge.judge(aim, outcome_figures(found), reference)
    if unfound and verdict.status == "not_judged":  # not where the report's words judged it
        verdict = verdict._replace(note=unfound)
    source = ctx.sources[found["source"]]
    row["actual"] = verdict.actual
    row["actual_unit"] = verdict.actual_unit
    row["actual_estimate"] = any(bool(part.get("estimate")) for _, part in parts or [("", found)])
    row["actual_bound"] = verdict.bound
    # Each part's own words, once where the review states both in one span.
    row["actual_wording"] = " | ".join(dict.fromkeys(part["wording"] for _, part in parts or [("", found)]))
    row["actual_source"] = source["id"]
    row["actual_source_url"] = source.get("url")
    if compared:
        row["reference"] = " ".join(other_key[0::2])
    row["reference_actual"] = verdict.reference_actual
    row["reference_bound"] = verdict.reference_bound
    if verdict.reference_actual is not None and reference is not None:
        row["reference_estimate"] = reference.estimate
    row["outcome"] = verdict.status
    row["near_miss"] = verdict.near_miss
    row["difference"] = verdict.difference
    row["difference_unit"] = verdict.difference_unit
    row["difference_unit_en"] = verdict.difference_unit_en
    row["outcome_note"] = verdict.note
    if not parts:  # the parts' words are not the whole's
        row["outcome_stated"] = found.get("stated")
        row["outcome_stated_wording"] = found.get("stated_wording")


def _parts(row: Mapping[str, Any], target: Raw, ctx: Context) -> list[tuple[str, Raw]]:
    """The results of a relative target's parts (``vocab.PARTS``) for its region and year, where it
    compares its growth with another indicator of its own region and every part has one; else none."""
    region, year = row["region"], row["year"]
    if target.get("measure", "growth") != "growth" or row["against_region"] != region:
        return []
    found: list[tuple[str, Raw]] = []
    for name, keys in PARTS.get(row["indicator"], ()):
        part = next((o for key in keys if (o := ctx.outcomes.get((region, year, key))) is not None), None)
        if part is None:
            return []
        found.append((name, part))
    return found


def count_noun(indicator: Raw, known: Unit | None) -> str | None:
    """What a count of an indicator counts in English, in the figure's counter (``nouns_en``: 个
    jobs), else as the catalogue says of every count of it (``noun_en``), else none."""
    nouns: dict[str, str] = indicator.get("nouns_en") or {}
    return (nouns.get(known.base) if known else None) or indicator.get("noun_en")


def threshold_text(threshold: Raw | None) -> str | None:
    """``超3亿元或3000万美元``."""
    if not threshold:
        return None
    amounts = "或".join(f"{number(Decimal(a['value']))}{a['unit']}" for a in threshold["amounts"])
    word = QUALIFIERS[threshold.get("qualifier", "over")]
    return f"{word.zh[0]}{amounts}" if word.position == "before" else f"{amounts}{word.zh[0]}"


def rank_value(row: TargetRow) -> Decimal | None:
    """What a target is ordered by: its figure as an amount of what it measures (``judge.in_base``);
    none for a plan's target (``by``), which ranks with no year's."""
    value = row["value"]
    return None if value is None or row["by"] is not None else judge.in_base(Decimal(value), row["unit"])[1]


@functools.cache
def rank_measure(unit: str | None) -> str:
    """What a figure in ``unit`` measures, for ranking (``judge.in_base``): figures that measure
    the same are ranked together (亿元 and 万亿元; 亿斤 and 万吨; not yuan and US dollars)."""
    return judge.in_base(Decimal(0), unit)[0]


def project_row(project: Raw, *, region: str, year: int, report_source: str, ctx: Context) -> ProjectRow:
    """A project as one flat row."""
    where = ctx.regions[region]
    source = ctx.sources[project.get("source") or report_source]
    total, planned = project.get("total_investment"), project.get("planned_investment")
    start = project.get("production_start")
    notes = [f"{n['text']} [{n['source']}]" for n in project.get("notes", [])]
    return {
        "region": region,
        "region_zh": where["name_zh"],
        "region_en": where["name_en"],
        "year": year,
        "id": project["id"],
        "name_zh": project["name_zh"],
        "name_en": project.get("name_en"),
        "zone_zh": project.get("zone_zh"),
        "zone_en": project.get("zone_en"),
        "description_zh": project.get("description_zh"),
        "description_en": project.get("description_en"),
        "total_investment": plain_number(Decimal(total["value"])) if total else None,
        "total_unit": total["unit"] if total else None,
        "total_bound": project.get("total_investment_bound"),
        "total_yuan": _yuan(total),
        "total_source": (project.get("total_investment_source") or source["id"]) if total else None,
        "planned_investment": plain_number(Decimal(planned["value"])) if planned else None,
        "planned_unit": planned["unit"] if planned else None,
        "planned_bound": project.get("planned_investment_bound"),
        "planned_yuan": _yuan(planned),
        "production_start": start["year"] if start else None,
        "production_expected": start.get("expected", False) if start else None,
        "wording": project["wording"],
        "notes": " | ".join(notes) or None,
        "note_sources": " ".join(n["source"] for n in project.get("notes", [])) or None,
        "source": source["id"],
        "source_url": source.get("url"),
        "part_of": project.get("part_of"),
    }


def _yuan(amount: Raw | None) -> int | None:
    if not amount:
        return None
    known = unit_of(amount["unit"])
    return int(Decimal(amount["value"]) * known.factor) if known and known.currency == "CNY" else None
