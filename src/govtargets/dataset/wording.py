"""How figures and outcomes read, in Chinese (``zh``) and English (``en``).

Chinese keeps a figure as a report writes it (``力争65亿元``); English spells the unit out and
counts in millions and billions (``strive for 6.5 billion yuan``, ``1.2 million people``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from govtargets.dataset.vocab import (
    FIGURE_BOUNDS,
    KINDS,
    POINTS,
    QUALIFIERS,
    RELATIONS,
    TURNED,
    FigureBound,
    Kind,
    goal_words,
    unit_of,
)

Lang = Literal["en", "zh"]

POINTS_EN = "percentage points"
EM_DASH = "—"
_TO: dict[Lang, str] = {"zh": EM_DASH, "en": " to "}
"""Between the two ends of a range: 1—2个百分点, by 1 to 2 pp."""


def number(value: Decimal | float) -> str:
    """A figure as typed in the dataset: no exponent, no trailing zeros beyond what was typed."""
    if type(value) is float:
        # A float's shortest repr is the decimal it was read from, as that decimal would print,
        # unless it has an exponent (1e-05) or is not finite (inf, nan): a third of the time.
        text = repr(value)
        if "e" not in text and "n" not in text:
            return text
    value = decimal(value)
    text = str(value)  # without an exponent as typed, but for 1E+2 and 1E-7 (a third of the time of format)
    if "E" not in text:
        return text
    return format(value, "f") if value.adjusted() < 21 else text


def decimal(value: float | int | Decimal) -> Decimal:
    """A figure read from JSON as the exact decimal it was written as (0.86, not 0.8599…)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def figure_text(
    value: Decimal | float, unit: str | None, lang: Lang, *, signed: bool = False, noun: str | None = None
) -> str:
    """A number in its unit: ``+8%``, ``20亿元``; in English ``2 billion yuan``, ``80 km``,
    ``1,200 parking spaces`` (a count in ``noun``, what it counts), ``24 billion jin``."""
    value = decimal(value)
    sign = "+" if signed and value >= 0 else ""
    if lang == "zh" or unit is None or unit in ("%", "‰"):
        return f"{sign}{number(value)}{unit or ''}"
    if unit == POINTS:
        return f"{sign}{number(value)} pp"
    known = unit_of(unit)
    if known is None:
        return f"{sign}{number(value)} {unit}"
    amount = value * known.factor
    return f"{sign}{_scaled(amount)} {noun if known.dimension == 'count' and noun else known.en}"


_BAR_WORDS = sorted(((zh, word) for word in QUALIFIERS.values() for zh in word.zh), key=lambda p: -len(p[0]))
"""Each Chinese word of a size bar, the longest first (超过 before 超, 及以上 before 以上)."""
_BAR_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)(\D+)")


def threshold_words(threshold: str, lang: Lang) -> str:
    """A size bar as the report writes it (``超3亿元或3000万美元``, ``1亿元以上``); in English by its
    words (``over 300 million yuan or 30 million US dollars``, ``100 million yuan or more``), or
    as written where they are not all read (a word or unit of no vocabulary)."""
    if lang == "zh":
        return threshold
    for zh, word in _BAR_WORDS:
        before = word.position == "before" and threshold.startswith(zh)
        if before or (word.position == "after" and threshold.endswith(zh)):
            amounts = threshold[len(zh) :] if before else threshold[: -len(zh)]
            break
    else:
        return threshold
    figures = []
    for amount in amounts.split("或"):
        match = _BAR_AMOUNT.fullmatch(amount)
        if match is None or unit_of(match[2]) is None:
            return threshold
        figures.append(figure_text(Decimal(match[1]), match[2], "en"))
    shown = " or ".join(figures)
    return f"{word.en} {shown}" if before else f"{shown} {word.en}"


def _grouped(amount: Decimal) -> str:
    return format(amount.normalize(), ",f") if amount == amount.to_integral_value() else number(amount)


def _scaled(amount: Decimal) -> str:
    for size, name in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(amount) >= size:
            return f"{number((amount / size).normalize())} {name}"
    return _grouped(amount)


def qualified(keys: Sequence[str], figure: str, lang: Lang, *, verb: str = "") -> str:
    """A figure with the words around it: ``力争65亿元``, ``10个以上``; ``strive for 10 or more``;
    a Chinese ``verb`` goes between the words before and the figure (力争下降5%)."""
    before, after = _around(tuple(keys), lang)
    if lang == "en":
        return before + figure + after
    return before + verb + figure + after


_STATE_THEIR_BOUND = frozenset(
    {"keep_within", "not_above", "not_below", "no_fewer_than", "more_than", "over"}
)
"""Qualifiers whose English says which way they bound a figure (keep within, not above)."""


_BEFORE_VERB = {"strive_for": "strive to", "ensure": "make sure to"}
_VERBS = frozenset({"reach", "keep", "keep_within", "break_through"})
"""Qualifiers whose English is a verb (reach 70%), before which 力争 is "strive to" and 确保
"make sure to"."""


@functools.lru_cache(maxsize=256)  # a dataset uses a few dozen sets of qualifiers, its figures many
def _around(keys: tuple[str, ...], lang: Lang) -> tuple[str, str]:
    """The words that ``keys`` put before and after a figure (in English, with their spaces)."""
    if lang == "en":
        # English puts every qualifier before the figure but "or more" and "or less"; a bound the
        # English of an earlier word already states is not said again (keep within 4.5%, not
        # keep within at most 4.5%), though the Chinese says both (控制在4.5%以内).
        stated = {QUALIFIERS[k].bound for k in keys if k in _STATE_THEIR_BOUND}
        # 力争达到 is "strive to reach": before a verb, "strive for" and "ensure" take one.
        verb = any(k in _VERBS for k in keys)
        words = [
            _BEFORE_VERB[k] if verb and k in _BEFORE_VERB else QUALIFIERS[k].en
            for k in keys
            if k in _STATE_THEIR_BOUND or QUALIFIERS[k].bound not in stated
        ]
        before = "".join(f"{w} " for w in words if not w.startswith("or "))
        return before, "".join(f" {w}" for w in words if w.startswith("or "))
    before_zh = "".join(QUALIFIERS[k].zh[0] for k in keys if QUALIFIERS[k].position == "before")
    return before_zh, "".join(QUALIFIERS[k].zh[0] for k in keys if QUALIFIERS[k].position == "after")


def target_figures(
    *,
    kind: Kind,
    value: Decimal | None,
    value_high: Decimal | None = None,
    unit: str | None,
    qualifiers: Sequence[str],
    goal: str | None = None,
    against: tuple[str, str] | None = None,
    against_region: tuple[str, str] | None = None,
    margin: Decimal | None = None,
    margin_high: Decimal | None = None,
    noun: str | None = None,
) -> tuple[str, str]:
    """A target's figure from its parts, in Chinese and in English: ``+8%``, ``力争65亿元``,
    ``下降4.5%左右``, ``与地区生产总值基本同步``, ``稳中提质``. ``against`` and ``against_region``
    are (zh, en) names. Both at once: a build makes both for each target, and one call matches
    its ten keywords once."""
    margin_band = (margin, margin_high)
    parts = (kind, value, value_high, unit, qualifiers, goal, against, against_region, margin_band, noun)
    return _target_figure(*parts, "zh"), _target_figure(*parts, "en")


def _target_figure(
    kind: Kind,
    value: Decimal | None,
    value_high: Decimal | None,
    unit: str | None,
    qualifiers: Sequence[str],
    goal: str | None,
    against: tuple[str, str] | None,
    against_region: tuple[str, str] | None,
    margin: tuple[Decimal | None, Decimal | None],
    noun: str | None,
    lang: Lang,
) -> str:
    spec = KINDS[kind]
    if spec.sets == "goal":
        assert goal is not None
        return _goal_figure(tuple(qualifiers), goal, lang)
    if spec.sets == "relation":
        return _relative(qualifiers, against, against_region, margin, lang)
    assert value is not None
    unit = unit or spec.implied_unit
    signed = spec.figure_signed and not (lang == "zh" and spec.verb_zh)
    if value_high is None:
        shown = figure_text(value, unit, lang, signed=signed, noun=noun)
    elif lang == "zh":
        low_unit = unit if unit in ("%", "‰") else None
        shown = f"{figure_text(value, low_unit, lang, signed=signed)}—{figure_text(value_high, unit, lang)}"
    else:
        low = figure_text(value, unit, lang, signed=signed, noun=noun)
        shown = f"{low} to {figure_text(value_high, unit, lang, noun=noun)}"
    if spec.falls and lang == "en":
        # 力争下降4%: strive for a fall of 4%, not a fall of strive for 4%.
        lead = [q for q in qualifiers if q in _BEFORE_VERB]
        rest = [q for q in qualifiers if q not in _BEFORE_VERB]
        return qualified(lead, f"a fall of {qualified(rest, shown, lang)}", lang)
    return qualified(qualifiers, shown, lang, verb=spec.verb_zh)


_GOAL_QUALIFIERS = ("strive_for", "ensure", "keep")
"""The qualifiers that fit a goal without a figure (力争, 确保, 保持): the others bound a figure."""
_VERB_GOALS = frozenset(
    {"stable", "steady_growth", "keep_falling", "keep_improving", "meet_quota", "eliminate", "strict_control"}
)
"""Goals whose English is a verb (``keep stable``), which "strive for" and "ensure" do not take."""


@functools.lru_cache(maxsize=256)
def _goal_figure(qualifiers: tuple[str, ...], goal: str, lang: Lang) -> str:
    """A goal with the qualifiers that fit it, none repeating a verb of the goal: 力争正增长,
    确保完成上级下达任务; 保持 with 保持稳定 is 保持稳定, 控制在 joins no goal."""
    key, zh, en = goal_words(goal)
    fit = [q for q in qualifiers if q in _GOAL_QUALIFIERS]
    if lang == "zh":
        words = [q for q in fit if not any(w in zh for w in QUALIFIERS[q].zh)]
        if key is not None and goal == key and words and "keep" not in fit and zh.startswith("保持"):
            zh = zh.removeprefix("保持")  # 确保稳定, not 确保保持稳定 (the canonical words of a key)
        return "".join(QUALIFIERS[q].zh[0] for q in words) + zh
    verb = key in _VERB_GOALS
    # Keep stable, grow steadily: "keep" would be a second verb.
    words = [q for q in fit if not (q == "keep" and verb) and not en.startswith(QUALIFIERS[q].en + " ")]
    return "".join(f"{_BEFORE_VERB[q] if verb else QUALIFIERS[q].en} " for q in words) + en


def _relative(
    qualifiers: Sequence[str],
    against: tuple[str, str] | None,
    region: tuple[str, str] | None,
    band: tuple[Decimal | None, Decimal | None],
    lang: Lang,
) -> str:
    margin, high = band
    # 高于全国平均水平1到2个百分点: a margin given as a range, written as a value's range is
    said = None if margin is None else number(margin) + ("" if high is None else f"{_TO[lang]}{number(high)}")
    relation = next(k for k in qualifiers if QUALIFIERS[k].bound in RELATIONS)
    others = [k for k in qualifiers if k != relation]
    names = [name for name in (region, against) if name]
    zh_name = "".join(zh for zh, _ in names) or "对比指标"
    # Inside a sentence: higher than urban disposable income (its label's capital dropped), GDP.
    en_names = [region[1]] if region else []
    if against:
        en_names.append(against[1][:1].lower() + against[1][1:] if against[1][1:2].islower() else against[1])
    en_name = " ".join(en_names) or "the other figure"
    if lang == "zh":
        word = QUALIFIERS[relation].zh[0]
        if QUALIFIERS[relation].bound == "same_or_more":
            text = f"与{zh_name}{word}"
        else:
            text = f"{word}{zh_name}" + (f"{said}个百分点" if said is not None else "")
        return qualified(others, text, lang)
    # English: higher than China by about 0.7 pp; strive to be in step with GDP; stay higher.
    about = "about " if margin is not None and "about" in others else ""
    text = f"{QUALIFIERS[relation].en} {en_name}" + (f" by {about}{said} pp" if said is not None else "")
    verb = "stay" if "keep" in others else "be"
    lead = next(
        (f"{_BEFORE_VERB[k]} {verb} " for k in others if k in _BEFORE_VERB), "stay " if verb == "stay" else ""
    )
    rest = [k for k in others if k not in _BEFORE_VERB and k != "keep" and not (about and k == "about")]
    return lead + qualified(rest, text, lang)


def bounded(shown: str, bound: FigureBound | None, lang: Lang) -> str:
    """A figure shown as the bound it is: ``at least +12%`` / ``+12%以上``, ``more than 6 trillion
    yuan`` / ``超过6万亿元``; as it is where ``bound`` is None."""
    if bound is None:
        return shown
    en, zh = FIGURE_BOUNDS[bound]
    return zh.format(shown) if lang == "zh" else f"{en} {shown}"


def bounded_change(value: Decimal | float, unit: str | None, bound: FigureBound | None, lang: Lang) -> str:
    """A signed change shown as the bound it is: ``at least +12%`` / ``+12%以上``; a bounded fall as
    a report writes it, ``fell at least 3.5%`` / ``下降3.5%以上`` (not ``at most -3.5%`` /
    ``不超过-3.5%``, which 下降3.5%以上 is read as)."""
    value = decimal(value)
    if bound is None or value >= 0:
        return bounded(figure_text(value, unit, lang, signed=True), bound, lang)
    shown = bounded(figure_text(-value, unit, lang), TURNED[bound], lang)
    return f"下降{shown}" if lang == "zh" else f"fell {shown}"


def outcome_words(
    *,
    status: str,
    difference: float | Decimal | None,
    unit: str | None,
    lang: Lang,
    near: bool = False,
    least: bool = False,
    level_only: bool = False,
    stated: bool = False,
    estimate: bool = False,
) -> str:
    """``met by 0.2 pp`` / ``完成 +0.2个百分点``; a result equal to its target ``met exactly`` /
    ``恰好完成``; ``not judged`` / ``未评判``; a near miss
    ``missed by 0.4 pp, a near miss`` / ``未完成 -0.4个百分点，接近完成``; from a result given as a
    bound (``least``), ``met by at least 2 pp`` / ``完成 至少+2个百分点``, below the line ``missed by
    at least 1 pp`` / ``未完成 至少低1个百分点``, or ``met`` / ``完成`` alone where the bound is the
    line itself; of a result that gives only a level, ``level only, not judged`` / ``仅有总量，未评判``;
    judged by the report's words alone (``stated``), ``met, as stated`` / ``报告称完成``; a difference
    from a figure given as an ``estimate`` (预计, a relative target's other figure) is one too, as an
    estimated result is: ``missed by 0.3 pp (est.)`` / ``未完成 -0.3个百分点（预计）``."""
    if level_only:
        return "仅有总量，未评判" if lang == "zh" else "level only, not judged"
    if stated and status in ("met", "missed"):
        if lang == "zh":
            return "报告称完成" if status == "met" else "报告称未完成"
        return f"{status}, as stated"
    if status == "not_judged" or difference is None:
        return "未评判" if lang == "zh" else "not judged"
    value = decimal(difference)
    verdict = ("完成" if status == "met" else "未完成") if lang == "zh" else status
    if least and value == 0:  # 突破6万亿元 against 确保突破6万亿元: by more than 0, which says nothing
        return verdict
    est = ("（预计）" if lang == "zh" else " (est.)") if estimate else ""
    if value == 0 and status == "met":  # the result is the target: "by 0 pp" would make one look for a figure
        return ("恰好完成" if lang == "zh" else "met exactly") + est
    if lang == "zh":
        at_least, at_least_lower = AT_LEAST_ZH
        if least and value < 0:  # 至少-1 would read as -1 or more: the difference is -1 or less
            shown = at_least_lower + figure_text(-value, unit, lang)
        else:
            shown = (at_least if least else "") + figure_text(value, unit, lang, signed=True)
        return f"{verdict} {shown}{est}" + ("，接近完成" if near else "")
    size = figure_text(abs(value), unit, "en")
    return f"{status} by {'at least ' if least else ''}{size}{est}" + (", a near miss" if near else "")


AT_LEAST_ZH = ("至少", "至少低")
"""A difference from a result given as a bound, in Chinese: at least it (至少+2个百分点), and at
least that far below (至少低1个百分点)."""


def gainsaid_words(*, status: str, claimed: str | None, lang: Lang) -> str:
    """What follows a verdict of the figures that the report's words (``claimed``) gainsay:
    ``, stated met`` / ``，报告称完成``; else nothing."""
    if claimed is None or claimed == status or status not in ("met", "missed"):
        return ""
    if lang == "zh":
        return "，报告称完成" if claimed == "met" else "，报告称未完成"
    return f", stated {claimed}"


def source_line(source: dict[str, object], lang: Lang = "en") -> str:
    """One line naming a source: publisher, title, section, post, date, address, whether it is
    marked secondary (official and unmarked go unsaid), and what is unverified; its own words
    in English or Chinese."""
    zh = lang == "zh"
    parts = [str(source["publisher"]), str(source["title"])]
    if source.get("section"):
        parts.append(f"{'章节' if zh else 'section'} {source['section']}")
    if source.get("post") is not None:
        parts.append(f"第{source['post']}楼" if zh else f"post {source['post']}")
    if source.get("delivered"):
        parts.append(f"{'报告日期' if zh else 'delivered'} {source['delivered']}")
    if source.get("posted"):
        # Labelled: beside a delivered date, a bare date would read as a second day of delivery.
        parts.append(f"{'发布' if zh else 'posted'} {str(source['posted']).replace('T', ' ')}")
    if source.get("url"):
        parts.append(str(source["url"]))
    if source.get("standing") == "secondary":
        parts.append("二手来源" if zh else "a secondary source")
    if source.get("unverified"):
        parts.append(f"{'未核实：' if zh else 'unverified: '}{source['unverified']}")
    return ("；" if zh else "; ").join(parts)


def json_number(value: object) -> object:
    """A figure for orjson to write: exact decimals as JSON numbers (orjson's ``default``)."""
    if isinstance(value, Decimal):
        return plain_number(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def plain_number(value: Decimal) -> float:
    """An exact figure as records carry it: a whole number as an int (no ".0"), else a float."""
    # Figures have at most 15 significant digits (models.Figure), which a float carries
    # exactly, so 0.86 stays 0.86. (An int is a float to the type checker.)
    return int(value) if value == value.to_integral_value() and abs(value) < 2**63 else float(value)
