"""How figures, outcomes and sources read, in Chinese (``zh``) and English (``en``).

Chinese keeps a figure as a report writes it (``力争65亿元``); English spells the unit out and
counts money in millions and billions (``strive for 6.5 billion yuan``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from govtargets.vocab import QUALIFIERS, UNITS, Kind, Qualifier

if TYPE_CHECKING:
    from govtargets.results import (
        ActualView,
        OutcomeView,
        QuantityView,
        RegionView,
        SourceView,
        TargetView,
        ThresholdView,
    )

Lang = Literal["en", "zh"]

POINTS_ZH, POINTS_EN = "个百分点", "percentage points"
"""The unit of a difference between two growth rates."""

EM_DASH = "—"


def number(value: Decimal) -> str:
    """A figure as typed in the dataset, in exponent form only when it is absurdly large."""
    return format(value, "f") if value.adjusted() < 21 else str(value)


def quantity_text(quantity: QuantityView | None, lang: Lang = "zh") -> str:
    """``65亿元`` (``6.5 billion yuan`` in English), or an em dash when unknown."""
    if quantity is None:
        return EM_DASH
    return figure_text(quantity["value"], quantity["unit"], lang)


def figure_text(value: Decimal, unit: str | None, lang: Lang, *, signed: bool = False) -> str:
    """A number in its unit: ``+8%``, ``20亿元``; in English ``2 billion yuan``, ``80 km``."""
    sign = "+" if signed and value >= 0 else ""
    if lang == "zh" or unit is None or unit == "%":
        return f"{sign}{number(value)}{unit or ''}"
    known = UNITS[unit]
    amount = value * known.factor
    if known.dimension == "money":
        return f"{sign}{_scaled(amount)} {'yuan' if known.currency == 'CNY' else 'US dollars'}"
    return f"{sign}{format(amount.normalize(), ',f')} {known.base_en or known.en}"


def _scaled(amount: Decimal) -> str:
    for size, name in ((10**9, "billion"), (10**6, "million")):
        if abs(amount) >= size:
            return f"{number((amount / size).normalize())} {name}"
    return format(amount.normalize(), ",f")


def qualified(key: Qualifier, figure: str, lang: Lang) -> str:
    """A figure with the words around it: ``力争65亿元``, ``10个以上``; ``10 items or more``."""
    info = QUALIFIERS[key]
    if lang == "en":
        return f"{figure} {info.en}" if key is Qualifier.OR_MORE else f"{info.en} {figure}"
    if info.position == "before":
        return f"{info.zh}{figure}"
    if info.position == "after":
        return f"{figure}{info.zh}"
    return f"{figure} {info.zh}"


def threshold_text(threshold: ThresholdView | None, lang: Lang = "zh") -> str:
    """``超3亿元或3000万美元``; ``over 300 million yuan or 30 million US dollars``."""
    if threshold is None:
        return ""
    amounts = (" or " if lang == "en" else "或").join(quantity_text(a, lang) for a in threshold["amounts"])
    return qualified(threshold["qualifier"]["key"], amounts, lang)


def target_text(target: TargetView, lang: Lang = "zh") -> str:
    """The figure of a target: ``+8%``, ``力争65亿元``, ``10个以上``, ``稳中提质``."""
    qualifier = target["qualifier"]
    return target_figure(
        kind=target["kind"],
        value=target["value"],
        unit=target["unit"],
        qualifier=qualifier["key"] if qualifier else None,
        lang=lang,
    )


def target_figure(
    *, kind: Kind, value: Decimal | None, unit: str | None, qualifier: Qualifier | None, lang: Lang
) -> str:
    """A target's figure from its parts (see ``target_text``)."""
    if value is None:
        if qualifier is None:
            return EM_DASH
        return QUALIFIERS[qualifier].en if lang == "en" else QUALIFIERS[qualifier].zh
    figure = figure_text(value, unit, lang, signed=kind is Kind.GROWTH)
    return qualified(qualifier, figure, lang) if qualifier else figure


def actual_text(actual: ActualView | None, kind: Kind, lang: Lang = "zh") -> str:
    """``+8.2% (1302.92亿元)``, or empty when no outcome is known."""
    if actual is None:
        return ""
    text = figure_text(actual["value"], actual["unit"], lang, signed=kind is Kind.GROWTH)
    return f"{text} ({quantity_text(actual['level'], lang)})" if actual["level"] else text


def outcome_text(outcome: OutcomeView | None, lang: Lang) -> str:
    """``met by 0.2 pp`` / ``达标 +0.2个百分点``, or empty when there is no outcome."""
    if outcome is None:
        return ""
    return outcome_words(
        status=outcome["status"], difference=outcome["difference"], unit=outcome["unit"], lang=lang
    )


def outcome_words(*, status: str, difference: Decimal, unit: str, lang: Lang) -> str:
    """An outcome from its parts (see ``outcome_text``)."""
    if lang == "zh":
        sign = "+" if difference >= 0 else ""
        return f"{'达标' if status == 'met' else '未达标'} {sign}{number(difference)}{unit}"
    size = f"{number(abs(difference))} pp" if unit == POINTS_ZH else figure_text(abs(difference), unit, "en")
    return f"{status} by {size}"


def english_text(target: TargetView) -> str:
    """The target's English label, else its indicator and figure in English."""
    if target["label_en"]:
        return target["label_en"]
    return f"{target['indicator']['name_en']}: {target_text(target, 'en')}"


def source_text(source: SourceView) -> str:
    """One line naming a source: publisher, title, post, date and address."""
    parts = [source["publisher"], source["title"]]
    if source["section"]:
        parts.append(f"section {source['section']}")
    if source["post"] is not None:
        parts.append(f"post {source['post']}")
    if source["posted"] is not None:
        parts.append(source["posted"].replace("T", " "))
    if source["url"]:
        parts.append(source["url"])
    return "; ".join(parts)


def region_title(region: RegionView, lang: Lang) -> str:
    """``金坛区 Jintan District (320413), 市辖区 district, 常州市 Changzhou, 江苏省 Jiangsu Province``;
    in Chinese ``金坛区(320413)，市辖区，常州市，江苏省``."""
    if lang == "zh":
        return "，".join(
            [
                f"{region['name_zh']}({region['code']})",
                region["level_zh"],
                *(p["name_zh"] for p in region["parents"]),
            ]
        )
    parts = [
        f"{region['name_zh']} {region['name_en']} ({region['code']})",
        f"{region['level_zh']} {region['level_en']}",
    ]
    parts += [f"{p['name_zh']} {p['name_en']}" for p in region["parents"]]
    return ", ".join(parts)
