"""Put a draft together from a report's text: as a dataset file in TOML, or as JSON."""

from __future__ import annotations

import collections
import hashlib
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

import govtargets.dataset.toml_writer as tomlout
from govtargets.dataset.shapes import ExtractedOutcome, ExtractedProject, ExtractedTarget, Extraction
from govtargets.dataset.vocab import FORMAT, KEY_PATTERN, qualifier_key, unit_of
from govtargets.errors import ReportError
from govtargets.extract.grammar import NATIONAL, Found, Reader
from govtargets.extract.names import Catalogue, Regions
from govtargets.extract.passage import CLOSEST, read_report
from govtargets.extract.projects import Project, read_projects
from govtargets.extract.review import Outcome, read_review
from govtargets.extract.stated import asks_of


@dataclass
class Draft:
    """What ``extract`` found in a report."""

    text: str
    year: int | None
    region: str | None
    region_zh: str | None
    title: str | None
    url: str | None
    delivered: Any
    targets: list[Found] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    """Clauses of the target passage that gave no target."""
    projects: list[Project] = field(default_factory=list)
    """The projects named with an investment figure (in the review, with their totals only)."""
    missing: str | None = None
    """Why the draft has no targets: no passage of them was found (``Report.missing``)."""
    new_region: str | None = None
    """The id given (--region) for a region the data does not know (``region`` is then None, as
    for any region the data does not know): the draft declares the region under it."""


_FULL_WIDTH = tuple(zip("０１２３４５６７８９％．－", "0123456789%.-", strict=True))
"""Full-width digits and signs, which older reports use (增长9.5％以上, 增长6.5%－7%), read as
their ASCII twins."""


def _half_width(text: str) -> str:
    """``text`` with full-width digits and signs as their ASCII twins, the same length (a place in
    it is a place in ``text``). One str.replace a sign, not str.translate: 10 MB of text in 0.01 to
    0.16 s rather than 0.55 to 0.77 s (2026-12-06), the largest part of drafting such a text."""
    for full, half in _FULL_WIDTH:
        text = text.replace(full, half)
    # 财政总收入增长9。5％ (湖南 2003): a full stop typed for the decimal point; the pattern opens
    # with the stop, which re finds by a fast scan (one that opens with a digit: 0.27 s on 10 MB)
    points = [m.start() for m in _STOP_AS_POINT.finditer(text) if text[m.start() - 1 : m.start()].isdigit()]
    if points:
        chars = list(text)
        for at in points:
            chars[at] = "."
        text = "".join(chars)
    # 增长12. 9%, 58. 38亿元 (甘肃 2001, 广东 2005): a space typed after the decimal point, moved after
    # the figure (12.9 %) so that it reads as one; the pattern opens with the point, as above
    return _SPACED_POINT.sub(
        lambda m: f".{m.group(1)} " if m.start() and text[m.start() - 1].isdigit() else m.group(), text
    )


_STOP_AS_POINT = re.compile(r"。(?=\d+\s*%)")
_SPACED_POINT = re.compile(r"\. (\d+)(?=\s*(?:%|‰|亿|万|元|个百分点))")


_PAGE_TURN = re.compile(
    r"[（(](?:紧转|下转|转)第?[0-9一二三四五六七八九十]{1,3}版[）)]"
    r"(?:\s{0,12}[（(](?:紧接|上接|接)第?[0-9一二三四五六七八九十]{1,3}版[）)])?"
)
"""A newspaper's note that a paragraph goes on on another page (（紧转03版）), with the note that takes it
up again (（紧接02版）) where it follows at once."""


def _pages_joined(text: str) -> str:
    """``text`` with a newspaper's notes of a page turned (（下转第二版）…（上接第一版）) and the breaks
    between them made spaces, the same length: the paragraph they cut is one again."""
    return _PAGE_TURN.sub(lambda m: " " * len(m.group()), text)


_REFERENCE_MARK = re.compile(r" ?\[\d{1,3}(?:[-–,，]\d{1,3})*\] ?")
"""An encyclopedia's reference mark left in a text ( [1] ), sometimes inside a word (主要预期目 [1] 标是：):
no word of the report."""


def extract(
    text: str,
    *,
    indicators: Iterable[Mapping[str, Any]] | Catalogue,
    regions: Iterable[Mapping[str, Any]],
    region: str | None = None,
    year: int | None = None,
    targeted: Callable[[str, int], Collection[str] | None] | None = None,
) -> Draft:
    """Read a report's text into a draft: the year's main targets and the year before's results.
    ``targeted(region, year)`` gives the indicators the data's report of that region and year
    set targets for (None: the data has no such report): the results drafted are those of the
    indicators the report of the year before targeted, the ones a target can be judged by; without
    that report, GDP's, budget revenue's and those given a growth rate in their sentences.
    ``indicators`` may be a ``Catalogue`` of them made once, for many reports (5 ms a report)."""
    catalogue = indicators if isinstance(indicators, Catalogue) else Catalogue(indicators)
    known = Regions(regions)
    text = _REFERENCE_MARK.sub("", text)
    read = _pages_joined(_half_width(text))
    report = read_report(read, year)
    draft = Draft(
        text=text,
        year=report.year,
        region=_region_of(known, region, report.region_zh, text[:_OPENING]),
        region_zh=report.region_zh,
        title=report.title,
        url=report.url,
        delivered=report.delivered,
    )
    if region and draft.region is None:  # an id of the user's for a region the data does not know
        draft.new_region = region if re.fullmatch(KEY_PATTERN, region) else _new_key(region)
    draft.targets, draft.unread = Reader(catalogue).read(
        report.passage, report.passage_start, read, year=report.year
    )
    country = next((r for r, level in known.levels.items() if level == "country"), None)
    for target in draft.targets:
        if target.against_region == NATIONAL:  # the country: a province's parent, a city's by its id
            province = known.levels.get(draft.region or "") == "province"
            target.against_region = "parent" if province else country
            if target.against_region is None:
                target.unsure.append("compared with the whole country: give against_region")
    for target in draft.targets:  # quoted as the report writes it (９．５％), read as 9.5%
        end = target.start + len(target.wording)
        if read[target.start : end] == target.wording:
            target.wording = text[target.start : end]
    for whole, part in itertools.pairwise(draft.targets):
        # 财政收入增长13%，其中地方财政收入增长11%: the bare one is the whole the local one is part of,
        # the total fiscal revenue (docs/transcribing.md, names across the years); so is the one named
        # beside the local one in its clause (一般公共预算收入和地方财政收入均增长6%)
        beside = whole.wording == part.wording and part.indicator_zh.startswith("地方")
        if (
            whole.indicator == part.indicator == _BUDGET
            and not whole.indicator_zh.startswith("地方")
            and (beside or (_BARE_REVENUE.fullmatch(whole.indicator_zh) and part.wording.startswith("其中")))
            and _TOTAL in catalogue.indicators
        ):
            whole.indicator = _TOTAL
    before = targeted(draft.region, draft.year - 1) if targeted and draft.region and draft.year else None
    # Without last year's report, as for a region's first report in the data: GDP's and budget
    # revenue's results, and those given a growth rate beside them; for a region the data does not
    # know (a city's), those of the indicators this report targets too, as the year before's
    # report mostly targeted the same.
    targeted_now = {t.indicator for t in draft.targets if t.indicator is not None}
    wanted = sorted(before if before is not None else targeted_now if draft.region is None else ())
    net = draft.year is not None and draft.year - 1 <= _LAST_NET_INCOME and _NET in catalogue.indicators
    # 城乡居民收入分别增长13.4%和13.9%: the rural one is read as the disposable income, which is the
    # net income (below) unless the text says 可支配, and then is not the one targeted
    stand_in = net and _NET in wanted and _RURAL not in wanted
    draft.outcomes = read_review(
        report.review,
        catalogue,
        year=draft.year,
        wanted=[*wanted, _RURAL] if stand_in else wanted,
        only_wanted=before is not None,
        asks=before if isinstance(before, Mapping) else _asks_now(draft.targets) if before is None else None,
    )
    draft.projects = read_projects(read, report.passage_start, year=report.year)
    if report.missing is not None:
        if not draft.outcomes:
            raise ReportError(report.missing)
        draft.missing = report.missing
    if draft.year is not None and net:
        # 农村居民人均收入 before the statistics counted disposable income (2014): the net income
        rural: list[Found | Outcome] = [
            *(draft.targets if draft.year <= _LAST_NET_INCOME else []),
            *draft.outcomes,
        ]
        for one in rural:
            # 城乡居民人均可支配收入分别增长6％和5％ (湖南 2003, 长沙 2012): the rural part of a name of
            # both is the net income too, unless the text names the rural disposable income itself
            # (a result's words as the text has them: its indicator_zh names the part, 农村居民人均
            # 可支配收入, where the text named both: 城乡居民人均可支配收入分别达12300元和4600元, 长沙市 2006)
            named = one.wording if isinstance(one, Found) else draft.text[one.start : one.end]
            if one.indicator == _RURAL and not _RURAL_DISPOSABLE.search(named):
                one.indicator = _NET
        if stand_in:
            draft.outcomes = [o for o in draft.outcomes if o.indicator != _RURAL]
    usage = before
    if usage is None and draft.region is None and _TOTAL in targeted_now and _BUDGET not in targeted_now:
        # A city the data lacks whose own targets name the total and not the budget's revenue
        # (财政总收入增长15%) calls the total 财政收入 in its review too (财政收入超过百亿，达到100.4亿元:
        # 永州市 2014, whose opening names 江西 once and 湖南 never)
        usage = targeted_now
    if usage is None and draft.region is None and targeted and draft.year:
        # A city the data lacks writes 财政收入 as the province its opening names most does (安徽,
        # 广西: the total), of the provinces (南京都市圈 names no province: 滁州市 2014; 皖北 安徽's)
        named_most = known.most_named(text[:_OPENING], level="province")
        if named_most is not None and known.levels.get(named_most) == "province":
            usage = targeted(named_most, draft.year - 1)
    total_named = any(
        o.indicator == _TOTAL and _BARE_REVENUE.fullmatch(o.indicator_zh) for o in draft.outcomes
    )
    if total_named or (
        usage is not None and _TOTAL in usage and _BUDGET not in usage and _TOTAL in catalogue.indicators
    ):
        # A bare 财政收入 is the total fiscal revenue where the region's report of the year before
        # targeted that and not the budget's, or where the review gives it as the whole of which the
        # local revenue is part (财政收入634.06亿元，…地方一般预算收入221.68亿元: docs/transcribing.md).
        found: list[Found | Outcome] = [*draft.targets, *draft.outcomes]
        for one in found:
            if one.indicator == _BUDGET and _BARE_REVENUE.fullmatch(one.indicator_zh):
                one.indicator = _TOTAL
    return draft


def _region_of(known: Regions, given: str | None, named: str | None, opening: str) -> str | None:
    """The id of a report's region: the one given (--region), else the one its heading names,
    else (where the heading names none) the one its opening names most (中共江西省委…). A region
    the data does not have is left for the user to add (None), never taken for the province its
    opening names (成都市's report names 四川 more than any region the data has); one given that
    the data does not have too (``Draft.new_region``)."""
    if given:
        return known.match(given)
    if named:
        return known.match(named)
    return known.most_named(opening)


_OPENING = 10000
"""How much of a report's opening is searched for the names of known regions."""

_BUDGET, _TOTAL = "budget_revenue", "total_fiscal_revenue"
_RURAL, _NET = "rural_disposable_income", "rural_net_income"
_RURAL_DISPOSABLE = re.compile(r"(?:农村|农民|农牧民)[^，；。、和]{0,8}可支配")
_LAST_NET_INCOME = 2013
"""The last year whose rural income targets were of net income (纯收入): docs/transcribing.md."""
_BARE_REVENUE = re.compile(r"(?:全省|全市|全区|全县|全年)?财政收入(?:按?(?:可比|同)口径)?")


def _asks_now(targets: list[Found]) -> dict[str, str]:
    """What this report's targets ask, standing in for the year before's where the data lacks it,
    as they stand in for the indicators it targeted."""
    return asks_of((t.indicator, t.kind.value, t.goal) for t in targets)


def as_json(draft: Draft) -> Extraction:
    """The draft as the JSON output of ``extract --format json``. Its figures are still the exact
    Decimals the text gave (JSON writes them as numbers; the API reads them back as ints and
    floats, as Extraction types them), as a target row's are while the index is built."""
    targets: list[dict[str, Any]] = [
        {
            "wording": t.wording,
            "indicator": t.indicator,
            "indicator_zh": t.indicator_zh,
            "kind": t.kind,
            "value": t.value,
            "value_high": t.value_high,
            "unit": t.unit,
            "qualifiers": t.qualifiers,
            "goal": t.goal,
            "against": t.against,
            "against_region": t.against_region,
            "margin": t.margin,
            "margin_high": t.margin_high,
            "measure": _measure(t.measure) if t.kind == "relative" else None,
            "unsure": t.unsure,
        }
        for t in draft.targets
    ]
    year = draft.year - 1 if draft.year else None
    outcomes: list[dict[str, Any]] = [
        {
            "wording": outcome_wording(draft.text, o),
            "indicator": o.indicator,
            "indicator_zh": o.indicator_zh,
            "year": year,
            **_outcome_figures(o),
            "estimate": o.estimate,
            **_outcome_bounds(o),
            "stated": o.stated,
        }
        for o in draft.outcomes
    ]
    projects, previous = (
        [_project_json(draft.text, p) for p in draft.projects if p.last_year is last]
        for last in (False, True)
    )
    return {
        "year": draft.year,
        "region": draft.region or draft.new_region,
        "region_zh": draft.region_zh,
        "targets": cast("list[ExtractedTarget]", targets),
        "outcomes": cast("list[ExtractedOutcome]", outcomes),
        "projects": cast("list[ExtractedProject]", projects),
        "previous_projects": cast("list[ExtractedProject]", previous),
        "unread": draft.unread,
    }


def _project_json(text: str, p: Project) -> dict[str, Any]:
    """A drafted project as JSON's ``projects`` and ``previous_projects`` give it."""
    return {
        "wording": text[p.start : p.end],
        "name_zh": p.name_zh,
        "description_zh": p.description_zh,
        "total_investment": p.total,
        "total_unit": p.total_unit,
        "total_bound": p.total_bound,
        "planned_investment": p.planned,
        "planned_unit": p.planned_unit,
        "planned_bound": p.planned_bound,
        "production_start": p.production_year,
        "production_expected": p.production_expected if p.production_year is not None else None,
        "unsure": p.unsure,
    }


def _measure(text: str) -> Literal["growth", "decline", "level"]:
    return "decline" if text == "decline" else "level" if text == "level" else "growth"


_LEVELS = {
    "省": "province",
    "自治区": "province",
    "市": "prefecture",
    "区": "district",
    "县": "county",
    "旗": "county",
}


def as_toml(draft: Draft, *, source_name: str) -> str:
    """The draft as a dataset file that ``govtargets validate`` accepts as it stands, with a
    comment on each record a person should check."""
    region = draft.region or draft.new_region or _new_key(draft.region_zh)
    # A year not found is left for the person to give, not guessed: the draft then says so when
    # validated, rather than validating with a false year.
    year: Any = draft.year if draft.year is not None else "YEAR"
    source = f"{region}-gwr-{draft.year if draft.year is not None else 'year'}"
    parts = [
        f"# Drafted by govtargets extract from {source_name}. Check every record against the text,\n"
        "# then remove these comments. The format is described in docs/format.md.\n",
        *[f"# {tomlout.comment_text(w)}\n" for w in warnings(draft)],
        *(
            [
                "# Clauses of the target passage read as no target (add any that is one):\n"
                + "".join(f"#   {tomlout.comment_text(clause)}\n" for clause in draft.unread)
            ]
            if draft.unread
            else []
        ),
        f"format = {FORMAT}\n",
    ]
    parts.append(
        tomlout.table(
            "sources",
            {
                "id": source,
                "title": draft.title or f"{draft.region_zh or ''}{year}年政府工作报告",
                "publisher": f"{draft.region_zh}人民政府"
                if draft.region_zh
                else "(the government whose report it is)",
                "url": draft.url,
                "delivered": draft.delivered,
                "note": "Drafted by govtargets extract.",
            },
        )
    )
    if draft.region is None:
        name = draft.region_zh or "(region)"
        level = next((lv for suffix, lv in _LEVELS.items() if name.endswith(suffix)), "prefecture")
        placeholders = "code is a placeholder" if draft.new_region else "id and code are placeholders"
        parts.append(
            tomlout.table(
                "regions",
                {
                    "id": region,
                    "code": _new_code(draft.region_zh or region),
                    "name_zh": name,
                    "name_en": f"(English name of {name})",
                    "level": level,
                },
                comment=f"A region the data does not know yet: its {placeholders}; give its GB/T 2260 code,"
                " English name, level and parent.",
            )
        )
    keys = _new_indicators(draft, parts)
    parts.append(tomlout.table("reports", {"region": region, "year": year, "source": source}))
    indicator_keys = [t.indicator or keys[t.indicator_zh] for t in draft.targets]
    for t, key, ident in zip(draft.targets, indicator_keys, _ids(draft.targets, indicator_keys), strict=True):
        record: dict[str, Any] = {"indicator": key, "kind": t.kind.value}
        if ident != key:
            record = {"id": ident, **record}
        record |= _figures(t)
        record["wording"] = t.wording
        comment = "; ".join(t.unsure) if t.unsure else None
        entry = tomlout.table("reports.targets", record, comment=comment)
        if t.kind.value == "relative" and not t.against_region and (not t.against or t.against == key):
            # Compared with nothing known, or with itself: left as a comment for a person to finish.
            entry = _commented(_NO_OTHER_SIDE, entry)
        elif not t.fits:
            entry = _commented(_MISFIT, entry)
        parts.append(entry)
    numbers = {False: 0, True: 0}
    for p in draft.projects:
        numbers[p.last_year] += 1
        ident = f"{'previous-' if p.last_year else ''}project-{numbers[p.last_year]}"
        entry = tomlout.table(
            "reports.projects", _project_record(draft.text, p, ident), comment="; ".join(p.unsure) or None
        )
        # Last year's work (the review's): shown for the reader, no record of the report's year
        parts.append(_commented(_LAST_YEARS, entry) if p.last_year else entry)
    for o in draft.outcomes:
        key = o.indicator or keys.get(o.indicator_zh, "")
        fields = {
            "region": region,
            "year": year - 1 if draft.year is not None else "YEAR - 1",
            "indicator": key,
            **_outcome_figures(o),
            "estimate": o.estimate or None,
            **_outcome_bounds(o),
            "stated": o.stated,
            "wording": outcome_wording(draft.text, o),
            "source": source,
        }
        parts.append(tomlout.table("outcomes", fields))
    return "\n".join(parts)


def _project_record(text: str, p: Project, ident: str) -> dict[str, Any]:
    """A drafted project as a ``[[reports.projects]]`` record (docs/format.md, Projects)."""
    return {
        "id": ident,
        "name_zh": p.name_zh,
        "description_zh": p.description_zh,
        "total_investment": {"value": p.total, "unit": p.total_unit} if p.total is not None else None,
        "total_investment_bound": p.total_bound,
        "planned_investment": {"value": p.planned, "unit": p.planned_unit} if p.planned is not None else None,
        "planned_investment_bound": p.planned_bound,
        "production_start": {"year": p.production_year, "expected": p.production_expected or None}
        if p.production_year is not None
        else None,
        "wording": text[p.start : p.end],
    }


def _outcome_figures(o: Outcome) -> dict[str, Any]:
    """A drafted result's figures, as the JSON and the TOML draft give them."""
    return {"growth": o.growth, "level": o.level, "level_unit": o.level_unit, "change_pp": o.change_pp}


def _outcome_bounds(o: Outcome) -> dict[str, Any]:
    """A drafted result's bounds, one a figure, as the JSON and the TOML draft give them."""
    return {f"{name}_bound": o.bound(name) for name in ("growth", "level", "change_pp")}


_LEADING_ESTIMATE = re.compile(r"(?:初步)?预计(?:[^，,；;：:。！？\n\d]{0,12})$")


def outcome_wording(text: str, outcome: Outcome) -> str:
    """A result's words in the text, with the 预计 that opens its clause (…，预计地区生产总值1409亿元):
    docs/transcribing.md has it belong to the span."""
    start = outcome.start
    if outcome.estimate:
        found = _LEADING_ESTIMATE.search(text, max(0, start - 16), start)
        if found is not None:
            start = found.start()
    return text[start : outcome.end]


def warnings(draft: Draft) -> list[str]:
    """What the draft could not find, to say on standard error and at the head of the draft."""
    found = []
    if draft.missing is not None:
        first, closest, sentences = draft.missing.partition(CLOSEST)
        found.append(f"{first}: the draft holds the review's results alone{closest}{sentences}")
    if draft.year is None:
        found.append("the report's year was not found in the text: give it with --year, or fill in YEAR")
    if draft.region is None and draft.new_region:
        named = f" ({draft.region_zh})" if draft.region_zh else ""
        found.append(
            f"{draft.new_region}{named} is not a region the data knows: complete the [[regions]] record"
            " the draft declares for it (its code is a placeholder)"
        )
    elif draft.region is None:
        name = draft.region_zh or "the region"
        found.append(
            f"{name} is not a region the data knows"
            + ("" if draft.region_zh else " (its name was not found in the text)")
            + ": give --region, or complete the [[regions]] record (its id and code are placeholders)"
        )
    return found


def _ids(targets: list[Found], keys: list[str]) -> list[str]:
    """Each target's id: its indicator, or where two share one, the indicator and kind (and a number)."""
    shared = {k for k, n in collections.Counter(keys).items() if n > 1}
    ids: list[str] = []
    taken: set[str] = set()
    last: dict[str, int] = {}  # the last number given after each id, so that a search never starts over
    for target, key in zip(targets, keys, strict=True):
        ident = base = f"{key}_{target.kind.value}" if key in shared else key
        n = last.get(base, 1)
        while ident in taken:
            n += 1
            ident = f"{key}_{target.kind.value}_{n}"
        last[base] = n
        taken.add(ident)
        ids.append(ident)
    return ids


_NO_OTHER_SIDE = "A comparison whose other side was not found: give against or against_region."
_MISFIT = "A figure whose unit is not its indicator's: give the indicator it is of."
_LAST_YEARS = (
    "A project the review of the year before names: last year's work, not this year's project"
    " (uncomment it only where the year's work carries it on)."
)


def _commented(why: str, entry: str) -> str:
    """A record left as a comment for a person to finish, after a line saying why."""
    lines = entry.splitlines(keepends=True)
    return f"# {why}\n" + "".join(line if line.startswith("#") else f"# {line}" for line in lines)


def _figures(t: Found) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if t.value is not None:
        fields["value"] = t.value
    if t.value_high is not None:
        fields["value_high"] = t.value_high
    if (t.unit and t.kind.value == "level") or (t.unit and t.kind.value == "change_pp"):
        fields["unit"] = t.unit
    words = [q for q in t.qualifiers if qualifier_key(q) is not None]
    if words:
        fields["qualifiers"] = words
    if t.goal:
        fields["goal"] = t.goal
    if t.kind.value == "relative":
        if t.against:
            fields["against"] = t.against
        if t.against_region:
            fields["against_region"] = t.against_region
        if t.margin is not None:
            fields["margin"] = t.margin
        if t.margin_high is not None:
            fields["margin_high"] = t.margin_high
        if t.measure != "growth":
            fields["measure"] = t.measure
    return fields


def _new_indicators(draft: Draft, parts: list[str]) -> dict[str, str]:
    """Catalogue entries for the indicators the catalogue lacks, keyed by their Chinese names."""
    units: dict[str, list[str | None]] = {}
    for name, unit in [
        (t.indicator_zh, t.unit if t.kind.value == "level" else None)
        for t in draft.targets
        if t.indicator is None
    ] + [(o.indicator_zh, o.level_unit) for o in draft.outcomes if o.indicator is None]:
        units.setdefault(name, []).append(unit)
    keys: dict[str, str] = {}
    for name, given in units.items():
        keys[name] = f"new_indicator_{len(keys) + 1}"
        fields = {
            "key": keys[name],
            "name_zh": name,
            "name_en": f"(English name of {name})",  # one of its own: two new ones may not share one
            "unit": _shared_unit(given),
        }
        parts.append(
            tomlout.table(
                "indicators", fields, comment="Not in the catalogue: give it a key and an English name."
            )
        )
    return keys


def _shared_unit(units: list[str | None]) -> str | None:
    """The unit of a new indicator: the first of its figures', where every one of them is in a unit
    of the same dimension (else none, so that the draft validates: 亿元 and 万亩 under one name)."""
    given = [unit for unit in units if unit]
    dimensions = {known.dimension if known else None for known in map(unit_of, given)}
    if len(dimensions) != 1 or not dimensions <= {"percent", "money", "count", "measure"}:
        return None
    return given[0]


def _new_key(name: str | None) -> str:
    """A key for a region the data does not know: its name's ASCII letters, else ``new-region`` and
    six hex digits of its name (new-region-203bdc for 南昌市), so that two drafts of unknown cities
    validate together."""
    ascii_name = re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")
    if re.match(KEY_PATTERN, ascii_name):
        return ascii_name
    return f"new-region-{_digest(name)[:6]}" if name else "new-region"


def _new_code(name: str | None) -> str:
    """A placeholder code for a region the data does not know: 00 and four digits of its name
    (no GB/T 2260 code starts 00), so that two drafts' placeholders differ."""
    return f"00{int(_digest(name or ''), 16) % 10000:04d}"


def _digest(name: str | None) -> str:
    return hashlib.sha256((name or "").encode("utf-8")).hexdigest()
