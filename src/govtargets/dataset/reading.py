"""Read one data file: parse it, validate each record, and check what one file can check.

This is the only module that parses TOML and validates with pydantic; a query answered from a
cached index never imports it. Each record is validated on its own, so that one run reports
every problem of every record; build.py then checks what needs the other files (references,
ids claimed twice) and turns the records into the index.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

import tomli
from pydantic import BaseModel, ValidationError

from govtargets.dataset.files import read_bytes
from govtargets.dataset.models import (
    CODE_PATTERN,
    Division,
    Indicator,
    Outcome,
    Project,
    Quantity,
    Region,
    Report,
    Source,
    Target,
)
from govtargets.dataset.places import Loc, Locator, describe_field, describe_record, split_loc
from govtargets.dataset.upgrade import is_format_1, upgrade
from govtargets.dataset.vocab import (
    FORMAT,
    KEY_PATTERN,
    KINDS,
    TURNED,
    FigureBound,
    goal_key,
    goal_near,
    unit_of,
)
from govtargets.errors import Problem
from govtargets.version import __version__

M = TypeVar("M", bound=BaseModel)

MAX_BYTES = 1 << 30
"""A data file larger than this (1 GiB) is refused: it is more likely a device than a dataset."""

GROWTH_RANGE = (Decimal(-30), Decimal(50))
"""Growth rates (%) outside this range are possible but more often typos: a warning."""
EARLIEST_YEAR = 1978
"""Reports from before the reform era, or dated after next year, are likely typos: a warning."""

TABLES = ("sources", "divisions", "indicators", "regions", "reports", "outcomes")
"""The lists of records a file may hold, in the order they are read."""
_MODELS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "divisions": Division,
    "indicators": Indicator,
    "regions": Region,
    "outcomes": Outcome,
}


@dataclass
class Prepared:
    """One data file read, validated and checked on its own."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    records: dict[str, list[tuple[Loc, BaseModel]]] = field(default_factory=dict)
    """The valid records of each list (``targets`` and ``projects`` too, flattened out of their
    reports), each with where it is in the file."""
    invalid: set[tuple[str, str]] = field(default_factory=set)
    """The ids of records that are invalid (a source, region, indicator): (table, id)."""


KEYS = {"sources": "id", "divisions": "code", "indicators": "key", "regions": "id"}
"""The field that names each record of the lists whose records others refer to."""


@dataclass
class FileText:
    """A file's text and data; the text is made a locator when a problem first needs a line."""

    path: str
    text: str
    raw: dict[str, Any]
    _locator: Locator | None = None

    def line(self, record: Loc, where: Loc = ()) -> int | None:
        """The line of the field ``where`` of ``record``, else of the record."""
        if self._locator is None:
            self._locator = Locator(self.text)
            self.text = ""  # the locator holds its lines: a large file's text is not kept twice
        return self._locator.find(record, where)

    def problem(self, message: str, record: Loc = (), where: Loc = (), *, code: str | None = None) -> Problem:
        """A problem at a field of a record (a warning, with its ``code``)."""
        return Problem(
            file=self.path,
            message=message,
            line=self.line(record, where),
            record=describe_record(self.raw, record),
            field=describe_field(where),
            severity="warning" if code else "error",
            code=code,
        )


def prepare(path: str) -> Prepared:
    """Read, validate and check one file (the index reads it with the cyclic collector paused:
    ``build.read_file``)."""
    return _prepare(path)


_REPORT_PARTS = ("targets", "projects", "areas")
_AFTER_REPORT = "each after the [[reports]] table (region, year, source) of its report"


def _prepare(path: str) -> Prepared:
    prepared = Prepared(path)
    file = _read(path, prepared)
    if file is None:
        return prepared
    data = file.raw
    if not isinstance(data.get("format", 1), int) or data.get("format", 1) not in (1, FORMAT):
        message = (
            f"format {data['format']!r} is not known: this govtargets ({__version__}) reads format {FORMAT}"
            " (and 1); is the file written for a newer govtargets?"
        )
        prepared.problems.append(file.problem(message, (), ("format",)))
        return prepared
    if not set(data) - {"format"}:
        # Neither a format 1 nor a format 2 dataset: nothing in it to upgrade, nothing to read.
        prepared.problems.append(
            Problem(file=path, message="the file holds no records", severity="warning", code="no-records")
        )
        return prepared
    if is_format_1(data):
        data = file.raw = upgrade(data)
        message = (
            f"a format 1 dataset, read as format {FORMAT}: 'govtargets upgrade {path} --write' rewrites it"
        )
        prepared.problems.append(Problem(file=path, message=message, severity="warning", code="format-1"))
    unknown = sorted(set(data) - {"format", *TABLES})
    for name in unknown:
        problem = file.problem(UNKNOWN_FIELD, (), (name,))
        if isinstance(data[name], list):  # [[targets]]: at its first header, and where it belongs
            close = difflib.get_close_matches(name, TABLES, n=1)
            message = f"unknown table (did you mean [[{close[0]}]]?)" if close else "unknown table"
            if name in _REPORT_PARTS:
                message = f"unknown table: a report's {name} are [[reports.{name}]] tables, {_AFTER_REPORT}"
            problem = problem._replace(message=message, line=file.line((name, 0)))
        prepared.problems.append(problem)
    for table in TABLES:
        items = data.get(table, [])
        if not isinstance(items, list):
            problem = file.problem(f"a list of [[{table}]] tables is needed here", (), (table,))
            parts = [part for part in _REPORT_PARTS if isinstance(items, dict) and part in items]
            if table == "reports" and parts:  # [[reports.targets]] with no [[reports]] before it
                message = (
                    f"[[reports.{parts[0]}]] with no [[reports]] table before it: write them {_AFTER_REPORT}"
                )
                problem = problem._replace(message=message, line=file.line((f"reports.{parts[0]}", 0)))
            prepared.problems.append(problem)
            continue
        found = prepared.records.setdefault(table, [])
        for i, item in enumerate(items):
            if table == "reports":
                _report(file, item, i, prepared)
            else:
                record = _validate(file, _MODELS[table], item, (table, i), prepared.problems)
                if record is not None:
                    found.append(((table, i), record))
                elif isinstance(item, dict) and isinstance(item.get(KEYS.get(table, "")), str):
                    # Reported already: references to it are not reported again as to nothing.
                    prepared.invalid.add((table, item[KEYS[table]]))
    prepared.problems.extend(_warnings(file, prepared))
    return prepared


def _report(file: FileText, item: Any, i: int, prepared: Prepared) -> None:
    """Validate a report's own fields, then each of its targets and projects on its own."""
    at: Loc = ("reports", i)
    nested: dict[str, Any] = {}
    if isinstance(item, dict):
        nested = {name: item.get(name, []) for name in ("targets", "projects")}
        item = {k: v for k, v in item.items() if k not in nested}
    report = _validate(file, Report, item, at, prepared.problems)
    members: dict[str, list[tuple[Loc, BaseModel]]] = {}
    for name, model in (("targets", Target), ("projects", Project)):
        items = nested.get(name, [])
        if not isinstance(items, list):
            prepared.problems.append(
                file.problem(f"a list of [[reports.{name}]] tables is needed here", at, (name,))
            )
            continue
        valid = members.setdefault(name, [])
        for j, member in enumerate(items):
            record = _validate(file, model, member, (*at, name, j), prepared.problems)
            if record is not None:
                valid.append(((*at, name, j), record))
    if report is None:
        return
    prepared.records.setdefault("reports", []).append((at, report))
    targets = [(loc, t) for loc, t in members.get("targets", []) if isinstance(t, Target)]
    projects = [(loc, p) for loc, p in members.get("projects", []) if isinstance(p, Project)]
    prepared.records.setdefault("targets", []).extend(targets)
    prepared.records.setdefault("projects", []).extend(projects)
    prepared.problems.extend(_check_report(file, report, at, targets, projects))


def _validate(file: FileText, model: type[M], item: Any, at: Loc, problems: list[Problem]) -> M | None:
    try:
        # The validator itself: model_validate's keyword handling is a sixteenth of a record's time.
        return model.__pydantic_validator__.validate_python(item)  # type: ignore[no-any-return]
    except ValidationError as exc:
        problems.extend(_schema_problems(file, exc, at, model))
        return None
    except RecursionError:
        problems.append(file.problem("nested too deeply", at))
        return None


def _check_report(
    file: FileText,
    report: Report,
    at: Loc,
    targets: list[tuple[Loc, Target]],
    projects: list[tuple[Loc, Project]],
) -> Iterator[Problem]:
    """What one report can be checked for on its own: ids, parts, areas and amounts."""
    keyed: dict[str, Target] = {}
    for loc, target in targets:
        if target.key in keyed:
            yield file.problem(
                f"another target of this report is known as {target.key!r}: give each an id", loc, ("id",)
            )
        keyed.setdefault(target.key, target)
    areas = {area.no for area in report.areas}
    for loc, target in targets:
        if target.part_of is not None:
            whole = keyed.get(target.part_of)
            if whole is None:
                yield file.problem(f"no target {target.part_of!r} in this report", loc, ("part_of",))
            elif _exceeds(target, whole):
                yield file.problem(
                    f"is more than the whole it is part of ({target.part_of})", loc, ("value",)
                )
        if target.area is not None and target.area not in areas:
            yield file.problem(f"no area {target.area} in this report", loc, ("area",))
    yield from _project_parts(file, projects)
    seen: set[str] = set()
    for loc, project in projects:
        if project.id in seen:
            yield file.problem(f"another project of this report has the id {project.id!r}", loc, ("id",))
        seen.add(project.id)
        total, planned = project.total_investment, project.planned_investment
        # 总投资3500亿元以上 may be any amount above; 年投资117亿元以内, any below: no plan exceeds them.
        open_ended = project.total_investment_bound in ("at_least", "more_than") or (
            project.planned_investment_bound in ("at_most", "less_than")
        )
        if total is not None and planned is not None and not open_ended and _more_money(planned, total):
            yield file.problem(
                "planned investment for the year is more than the total", loc, ("planned_investment",)
            )


def _project_parts(file: FileText, projects: list[tuple[Loc, Project]]) -> Iterator[Problem]:
    """A project's ``part_of`` names another project of its report, and no chain of them comes
    back to where it began (a group part of its own member)."""
    whole = {project.id: project.part_of for _, project in projects}
    for loc, project in projects:
        if project.part_of is None:
            continue
        if project.part_of not in whole or project.part_of == project.id:
            yield file.problem(f"no other project {project.part_of!r} in this report", loc, ("part_of",))
            continue
        seen: set[str] = {project.id}
        above: str | None = project.part_of
        while above is not None and above not in seen:
            seen.add(above)
            above = whole.get(above)
        if above == project.id:  # a loop it is not in is told at its own members
            yield file.problem(f"is part of a project that is part of it ({above!r})", loc, ("part_of",))


def _warnings(file: FileText, prepared: Prepared) -> Iterator[Problem]:
    """Figures that are possible but unlikely; each is silenced by ``checked = [code]`` on its record."""
    low, high = GROWTH_RANGE
    next_year = dt.date.today().year + 1

    def warn(record: Any, code: str) -> bool:
        return code not in getattr(record, "checked", ())

    for loc, target in prepared.records.get("targets", []):
        assert isinstance(target, Target)
        if target.goal is not None and goal_key(target.goal) is None and warn(target, "own-goal"):
            near = goal_near(target.goal)
            hint = f'; if it means {near[1]}, write goal = "{near[0]}"' if near else ""
            yield file.problem(
                f"the goal {target.goal!r} is the report's own words, which no goal of the format fits:"
                ' shown as written, never judged automatically (once read, add checked = ["own-goal"])'
                + hint,
                loc,
                ("goal",),
                code="own-goal",
            )
        held = ("value", "value_high", "margin", "margin_high")
        yield from _not_in_wording(file, loc, target, [(n, getattr(target, n)) for n in held])
        if not KINDS[target.kind].growth_rate:
            continue
        for name, figure in (("value", target.value), ("value_high", target.value_high)):
            if figure is not None and not low <= figure <= high and warn(target, "unusual-growth"):
                yield _unusual(file, f"growth of {figure}%", loc, name, "unusual-growth")
    for loc, outcome in prepared.records.get("outcomes", []):
        assert isinstance(outcome, Outcome)
        rate = outcome.growth
        yield from _not_in_wording(
            file, loc, outcome, [(n, getattr(outcome, n)) for n in ("growth", "level", "change_pp")]
        )
        if warn(outcome, "bound-in-wording"):
            units = {"growth": "%", "change_pp": "个百分点", "level": outcome.level_unit or ""}
            figures = [(n, getattr(outcome, n), u, getattr(outcome, f"{n}_bound")) for n, u in units.items()]
            yield from _bounds_not_as_worded(file, loc, outcome, [f for f in figures if f[1] is not None])
        if rate is not None and not low <= rate <= high and warn(outcome, "unusual-growth"):
            yield _unusual(file, f"growth of {rate}%", loc, "growth", "unusual-growth")
        if not EARLIEST_YEAR <= outcome.year <= next_year and warn(outcome, "unusual-year"):
            yield _unusual(file, f"year {outcome.year}", loc, "year", "unusual-year")
    for loc, report in prepared.records.get("reports", []):
        assert isinstance(report, Report)
        if not EARLIEST_YEAR <= report.year <= next_year and warn(report, "unusual-year"):
            yield _unusual(file, f"year {report.year}", loc, "year", "unusual-year")
    for loc, project in prepared.records.get("projects", []):
        assert isinstance(project, Project)
        amounts = [("total_investment", project.total_investment)]
        amounts.append(("planned_investment", project.planned_investment))
        yield from _not_in_wording(file, loc, project, [(n, a.value if a else None) for n, a in amounts])
        if warn(project, "bound-in-wording"):
            bounds = [(n, a.value, a.unit, getattr(project, f"{n}_bound")) for n, a in amounts if a]
            yield from _bounds_not_as_worded(file, loc, project, bounds)
        start = project.production_start
        if start is None:
            continue
        report_year = _report_year(loc, file)
        if (
            report_year is not None
            and abs(start.year - report_year) > 20
            and warn(project, "unusual-production-year")
        ):
            what = f"production in {start.year}, {abs(start.year - report_year)} years from the report"
            yield _unusual(file, what, loc, "production_start", "unusual-production-year")
    yield from _placeholders(file, prepared)
    for loc, region in prepared.records.get("regions", []):
        assert isinstance(region, Region)
        for name in (region.name_zh, region.name_en, *region.aliases):
            if _mixed_scripts(name) and warn(region, "mixed-scripts"):
                what = f"the name {name!r} mixes Latin letters with Cyrillic or Greek ones"
                where = "aliases" if name in region.aliases else "name_en"
                yield _unusual(file, what, loc, where, "mixed-scripts")


_PLACEHOLDER = re.compile(r"[(（][^()（）]*[)）]")
"""A text that is all in brackets: what init and extract write for a person to fill in
("(the government whose report it is)", "(中文名称)", "(English name of 厦门市)")."""


_NAMED = {"title": "title", "publisher": "publisher", "name_zh": "Chinese name", "name_en": "English name"}


def _placeholders(file: FileText, prepared: Prepared) -> Iterator[Problem]:
    """Warnings of the placeholders of a starting file or a draft left as they are: a source's
    title, publisher or day delivered (1 January), a region's, division's or indicator's names,
    a code beginning 00 (no GB/T 2260 code does)."""
    names = ("name_zh", "name_en")
    fields = {"sources": ("title", "publisher"), "regions": names, "divisions": names, "indicators": names}
    for table, shown in fields.items():
        for loc, record in prepared.records.get(table, []):
            for name in shown:
                text = getattr(record, name)
                if _PLACEHOLDER.fullmatch(text.strip()):
                    message = f"{text!r} is a placeholder of init or extract: write the {_NAMED[name]}"
                    yield file.problem(message, loc, (name,), code="placeholder")
            delivered = getattr(record, "delivered", None)
            if isinstance(delivered, dt.date) and (delivered.month, delivered.day) == (1, 1):
                message = f"{delivered} is a placeholder of init (no people's congress sits on 1 January):"
                message += " write the day the report was delivered (——2006年1月12日在…), or leave it out"
                yield file.problem(message, loc, ("delivered",), code="placeholder")
            code = getattr(record, "code", None)
            if isinstance(code, str) and code.startswith("00"):
                message = f"{code} is a placeholder of init or extract (no GB/T 2260 code begins 00):"
                message += " write the code, and check the level (without a code, init guessed it)"
                yield file.problem(message, loc, ("code",), code="placeholder")


_DIGIT = re.compile(r"\d")
_GROUPED_DIGITS = re.compile(r"(?<=\d)[,，](?=\d{3})")
_GARBLED_POINT = re.compile(r"(?<=\d)。(?=\d)")
"""A decimal point the compilation's texts garble as 。 (财政总收入增长9。5％)."""


# A record's wording is written out once for the check of its figures and again for each figure
# whose bound words are looked for (an outcome's, a project's): the last few are kept.
@functools.lru_cache(maxsize=16)
def _figures_written(wording: str) -> str:
    """A wording with its figures as a record holds them: full-width digits (２００７年) and grouped
    ones (1,234.5亿元) plain, a garbled point (9。5％) a point."""
    return _GARBLED_POINT.sub(".", _GROUPED_DIGITS.sub("", unicodedata.normalize("NFKC", wording)))


def _not_in_wording(
    file: FileText, loc: Loc, record: Target | Outcome | Project, figures: list[tuple[str, Decimal | None]]
) -> Iterator[Problem]:
    """A warning of each figure the record's wording does not hold (value = 11 of 增长10%: a slip
    of transcription), as the bundled data's check has it; a wording with no digit at all
    (翻一番, 百分之五) is not read, nor a record checked ``not-in-wording``."""
    if "not-in-wording" in record.checked:
        return
    text = _figures_written(record.wording)
    if _DIGIT.search(text) is None:
        return
    for name, figure in figures:
        if figure is None:
            continue
        size = abs(figure)  # as written (1.50), else without its trailing zeros (1.5)
        if format(size, "f") not in text and format(size.normalize(), "f") not in text:
            what = f"{name} {figure} is not in the wording {record.wording!r}: is it right?"
            yield file.problem(what + once_checked("not-in-wording"), loc, (name,), code="not-in-wording")


_BOUND_WORDS: dict[FigureBound, tuple[str, ...]] = {
    "at_least": ("以上", "不低于", "不少于"),
    "more_than": ("突破", "超过", "超", "迈上", "跨上"),
    "at_most": ("以内", "以下", "之内", "不超过", "不高于"),
    "less_than": ("低于", "小于", "不到", "不足"),
}
"""The words that give each bound of a figure not negative (下降3%以上, growth -3 at most: 以上)."""
_AFTER = ("以上", "以内", "之内", "以下")
"""The bound words written after a figure (12%以上), or after the last figure of its list (3%和5%以内)."""
_BEFORE = tuple(word for words in _BOUND_WORDS.values() for word in words if word not in _AFTER)
_NUMBER = r"\d+(?:\.\d+)?"
_ANY_UNIT = r"(?:[%％‰]|个百分点|[万亿千百]*美?[元人斤吨件个户]|万亿|万|亿)?"
_JOIN = r"\s*[、和及与]\s*"
_NUMBERS = re.compile(_NUMBER)
_NEXT_ITEM = re.compile(_JOIN + _NUMBER + _ANY_UNIT)
"""The next figure of a list (3%和5%): after one, to the list's end."""
_ITEM_BEFORE = re.compile(_NUMBER + _ANY_UNIT + _JOIN + "$")
"""The figure of a list before one, to the list's start."""
_WORD_AFTER = re.compile(r"[\s。]*(" + "|".join(_AFTER) + ")")  # 6.5%。以内 (henan 2011)
_WORD_BEFORE = re.compile("(" + "|".join(_BEFORE) + r")\s*$")


def _unit_end(text: str, at: int, unit: str) -> int | None:
    """Where the figure's unit, written at ``at``, ends: a rate's sign in either width, or as much
    of the unit as is written (突破3万亿 of 万亿元); None where another unit follows."""
    i = at + len(text[at:]) - len(text[at:].lstrip())
    if unit in ("%", "‰", "") and text[i : i + 1] and text[i] in "%％‰":  # ‰ typed as % (henan 2011)
        return i + 1
    if unit == "个百分点":
        point = re.match(r"个?百分点", text[i:])
        return i + point.end() if point else None
    n = 0
    while n < len(unit) and text[i + n : i + n + 1] == unit[n]:
        n += 1
    return i + n if n or not unit else None


def bound_words_at(wording: str, value: Decimal, unit: str) -> list[set[str]]:
    """For each place ``wording`` writes the figure in its unit, the bound words at the ends of the
    list it stands in (分别控制在3%和5%以内: 以内 for both), never one farther off (规模以上)."""
    text = _figures_written(wording)
    places: list[set[str]] = []
    for number in _NUMBERS.finditer(text):
        end = _unit_end(text, number.end(), unit) if Decimal(number.group()) == abs(value) else None
        if end is None:
            continue
        while item := _NEXT_ITEM.match(text, end):
            end = item.end()
        start = number.start()
        while item := _ITEM_BEFORE.search(text, 0, start):
            start = item.start()
        after = _WORD_AFTER.match(text, end)
        before = _WORD_BEFORE.search(text, 0, start)
        places.append({word.group(1) for word in (after, before) if word})
    return places


def _bounds_not_as_worded(
    file: FileText,
    loc: Loc,
    record: Outcome | Project,
    figures: list[tuple[str, Decimal, str, FigureBound | None]],
) -> Iterator[Problem]:
    """A warning of a figure (its name, value, unit and bound) the wording gives only as a bound
    with no ``*_bound`` (增长6.5%以上 recorded exact, and judged so; 总投资3500亿元以上 shown as
    exact), and of a bound whose words the wording has not at that figure."""
    taken = "judged" if isinstance(record, Outcome) else "shown"
    for name, figure, unit, bound in figures:
        places = bound_words_at(record.wording, figure, unit)
        if bound is None and places and all(places):
            words = "/".join(sorted(set().union(*places)))
            what = (
                f"{name} {figure} is given in the wording only as a bound ({words}):"
                f" say which way in {name}_bound (docs/format.md), or it is {taken} as exact"
            )
        elif bound is not None and places:
            said = set(_BOUND_WORDS[TURNED[bound] if figure < 0 else bound])
            if any(place & said for place in places):
                continue
            what = f"{name}_bound {bound!r}: the wording gives no {'/'.join(sorted(said))} at {figure}"
        else:
            continue
        yield file.problem(what + once_checked("bound-in-wording"), loc, (name,), code="bound-in-wording")


def _unusual(file: FileText, what: str, loc: Loc, where: str, code: str) -> Problem:
    """A warning at a record's field, silenced by ``checked = [code]`` on the record."""
    return file.problem(f"{what} is unusual: is it right?{once_checked(code)}", loc, (where,), code=code)


def once_checked(code: str) -> str:
    """How a warning of ``code`` is silenced, said after it."""
    return f' (once checked, add checked = ["{code}"] to the record)'


def _report_year(loc: Loc, file: FileText) -> int | None:
    """The year of the report a record at ``loc`` belongs to, as the file gives it."""
    raw = file.raw.get("reports", [])
    index = loc[1]
    if isinstance(index, int) and index < len(raw) and isinstance(raw[index], dict):
        year = raw[index].get("year")
        return year if isinstance(year, int) else None
    return None


def _mixed_scripts(name: str) -> bool:
    """Whether a name mixes Latin letters with Cyrillic or Greek ones (јintan), as a spoof would."""
    scripts = set()
    for char in name:
        if char.isalpha() and ord(char) < 0x2000:
            scripts.add(unicodedata.name(char, "").split(" ")[0])
    return "LATIN" in scripts and bool(scripts & {"CYRILLIC", "GREEK"})


def _more_money(amount: Quantity, than: Quantity) -> bool:
    """Whether one amount of money is more than another in the same currency (yuan and dollars
    never compare)."""
    a, b = unit_of(amount.unit), unit_of(than.unit)
    if a is None or b is None or a.currency != b.currency:
        return False
    return amount.value * a.factor > than.value * b.factor


def _exceeds(part: Target, whole: Target) -> bool:
    """Whether an "of which" figure is larger than its whole, where the two can be compared."""
    if (
        part.value is None
        or whole.value is None
        or part.kind is not whole.kind
        or KINDS[part.kind].reads != "level"
    ):
        return False
    a, b = unit_of(part.unit or ""), unit_of(whole.unit or "")
    if a is None or b is None or (a.dimension, a.base) != (b.dimension, b.base):
        return False
    return part.value * a.factor > whole.value * b.factor


# --- Reading ------------------------------------------------------------------------------------


_DATE_LIKE = re.compile(r"=\s*(\d{4})-(\d{2})-(\d{2})\b")
_FIGURE_AND_UNIT = re.compile(r"=\s*-?[\d.]+\s*([%％‰]|[\u4e00-\u9fff][^\s,#\]}]*)")
_CHINESE_QUOTE = re.compile(r"=\s*[“”‘’「『]")


def _toml_hint(text: str, lineno: int | None) -> str | None:
    """What a TOML error on line ``lineno`` most likely is, where tomli's words do not say: a
    date-like value that is no day (2024-13-01), a figure with its unit (5.5%, 9000亿元), a string
    in Chinese quotation marks (“…”, as a Chinese input method types them)."""
    lines = text.splitlines()
    if lineno is None or not 1 <= lineno <= len(lines):
        return None
    line = lines[lineno - 1]
    if (found := _DATE_LIKE.search(line)) is not None:
        try:
            dt.date(*map(int, found.groups()))
        except ValueError:
            return f"{'-'.join(found.groups())} is no date (a TOML date is YYYY-MM-DD, a day that exists)"
        return None
    if (found := _FIGURE_AND_UNIT.search(line)) is not None:
        return (
            f"a figure is written alone, without {found.group(1)!r}: its unit goes in unit (level_unit for"
            " an outcome's level), and % is implied for a growth"
        )
    if _CHINESE_QUOTE.search(line):
        return 'a string is in straight quotes ("…"), not Chinese quotation marks (“…”)'
    return None


def _read(path: str, prepared: Prepared) -> FileText | None:
    try:
        data, _ = read_bytes(path, limit=MAX_BYTES)
    except OSError as exc:
        prepared.problems.append(Problem(file=path, message=f"cannot read file: {exc.strerror or exc}"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        prepared.problems.append(
            Problem(file=path, line=line, message=f"not UTF-8 text (byte {data[exc.start]:#04x})")
        )
        return None
    try:
        raw = tomli.loads(text, parse_float=Decimal)
    except tomli.TOMLDecodeError as exc:
        message = f"invalid TOML: {exc.msg} (column {exc.colno})"
        hint = _toml_hint(text, exc.lineno)
        if hint is not None:  # tomli reads 2024-13-01 as a number that stops short of a statement
            message += f": {hint}"
        prepared.problems.append(Problem(file=path, line=exc.lineno, message=message))
        return None
    except RecursionError:
        prepared.problems.append(Problem(file=path, message="invalid TOML: nested too deeply"))
        return None
    return FileText(path, text, raw)


# --- Turning pydantic's errors into problems ----------------------------------------------------


def _schema_problems(file: FileText, exc: ValidationError, at: Loc, model: type[BaseModel]) -> list[Problem]:
    found: list[Problem] = []
    seen: set[tuple[Loc, str | int | None]] = set()
    for error in exc.errors(include_url=False):
        record, rest = split_loc((*at, *error["loc"]))
        # A union (such as a date or a datetime) reports one error per member: keep the first.
        key = (record, rest[0] if rest else None)
        if key in seen:
            continue
        seen.add(key)
        message = _message(error)
        if error["type"] == "extra_forbidden" and len(error["loc"]) == 1:  # a field of the record's own
            close = difflib.get_close_matches(str(error["loc"][0]), list(model.model_fields), n=1)
            message = (
                message.replace("unknown field", f"unknown field (did you mean {close[0]!r}?)")
                if close
                else message
            )
        found.append(file.problem(message, record, _field_of(rest)))
    return found


def _message(error: Any) -> str:
    kind, given = error["type"], error.get("input")
    pattern = str(error.get("ctx", {}).get("pattern"))
    named = [p for p in error["loc"] if isinstance(p, str)]
    if pattern == KEY_PATTERN and named[-1:] in (["indicator"], ["against"]) and not str(given).isascii():
        # 进出口总额 where qualifiers and goals take Chinese: the key is a grep away.
        return (
            f"an indicator is named by its catalogue key, not by a name ({given!r}):"
            f" 'govtargets indicators --format jsonl | grep {given}' finds it"
        )
    if pattern in _PATTERNS:
        return _PATTERNS[pattern]
    if isinstance(given, str) and kind in _NOT_STRINGS:
        return f"{_NOT_STRINGS[kind]}, not the string {given!r} (write it without quotes)"
    if kind == "bool_parsing":  # a word no quotes would mend: expected = "预计"
        return "true or false is needed here" + (f", not {given!r}" if isinstance(given, str | int) else "")
    if kind in ("literal_error", "enum") and isinstance(given, str):  # a kind, a bound, a check, a level
        expected = error.get("ctx", {}).get("expected", "")
        return f"{given!r} is not one of {expected}: is it misspelt, or {_NEWER}?"
    fields = [p for p in error["loc"] if isinstance(p, str)]
    if kind in ("model_type", "model_attributes_type") and fields and fields[-1] in _TABLE_EXAMPLES:
        return f"a table is needed here, such as {_TABLE_EXAMPLES[fields[-1]]}"
    return _MESSAGES.get(kind, str(error["msg"]).removeprefix("Value error, "))


def _field_of(rest: Loc) -> Loc:
    # Drop pydantic's union tags ("datetime", "function-after[...]") that are not field names.
    return tuple(p for p in rest if isinstance(p, int) or ("[" not in p and p not in _UNION_TAGS))


_NEWER = f"is the file written for a newer govtargets than {__version__}"
UNKNOWN_FIELD = f"unknown field: is it misspelt, or {_NEWER}?"
"""A field no model has: a typo, or a field a later version added (the format's number stays 2
while fields and values are added, so an older version meets them as unknown)."""
# Pydantic's wording where a dataset's author needs other words.
_MESSAGES = {
    "extra_forbidden": UNKNOWN_FIELD,
    "missing": "missing: this field is required",
    "finite_number": "a finite number is needed (not nan or inf)",
    "decimal_max_digits": "a figure has at most 15 digits in all, whole and decimal (1e15 has 16)",
    "list_type": "a list is needed here ([...])",
    "model_type": "a table is needed here ({ ... } or [[...]])",
    "model_attributes_type": "a table is needed here ({ ... } or [[...]])",
    "string_too_short": "must not be empty",
    "string_pattern_mismatch": "must hold some text, not only spaces",
}
# What a field that holds a table is given as, for one given a number or a string instead.
_TABLE_EXAMPLES = {
    "total_investment": '{ value = 20, unit = "亿元" }',
    "planned_investment": '{ value = 6, unit = "亿元" }',
    "production_start": "{ year = 2024 } (with expected = true where the report says 预计)",
    "threshold": '{ qualifier = "超", amounts = [{ value = 3, unit = "亿元" }] }',
}
_NOT_STRINGS = {
    "int_type": "a whole number is needed here",
    "date_type": "a TOML date is needed here",
    "datetime_type": "a TOML date is needed here",
    "bool_type": "true or false is needed here",
}
_PATTERNS = {
    CODE_PATTERN: "a division code is six digits, such as 320413",
    KEY_PATTERN: "use lower-case letters, digits, '_' and '-', starting with a letter or digit",
}
_UNION_TAGS = frozenset({"datetime", "date", "decimal", "int", "str", "float", "list", "is-instance"})
