"""Read the previous year's headline results from a report's review.

The review states GDP and general public budget revenue (level and growth) in one or two
sentences, often with other figures beside them: 地区生产总值达8807.6亿元，增长9.1%；一般公共
预算收入达688.1亿元，增长11.6%；…实际使用外资30.7亿美元，增长13%. From those sentences come
GDP and budget revenue, and every other indicator given with a growth rate. Five-year figures
(年均增长, 五年来) are not the previous year's and are passed over.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from govtargets.dataset.vocab import (
    PARTS,
    POINTS,
    TURNED,
    FigureBound,
    Stated,
    finer_than_held,
    normalize_name,
    unit_of,
    units_fit,
)
from govtargets.extract.grammar import (
    DISTRICT,
    ENTITY,
    FIGURE,
    GARBLED_FIGURE,
    index_figure,
    names_of,
    number_of,
    pair_in_turn,
    predicate_start,
    rate_unit,
    unit_of_figure,
)
from govtargets.extract.names import SERVICE_TRADES, TYPOS, Catalogue, plain_words
from govtargets.extract.stated import read_stated

GDP, BUDGET, POOR = "gdp", "budget_revenue", "poverty_reduction"

# A longer run is read in parts; a point after a figure, before a character, ends one too (增长4.2%.一般
# 公共预算收入579.9亿元，下降25.7%.固定资产投资…)
_SENTENCE = re.compile(r"(?:[^。！？\n.]|\.(?![\u4e00-\u9fff])){1,1000}[。！？.]?")
_LONGER = re.compile(
    r"年均|[五十]年|十[一二三四五]五|累计|翻番|翻一番|由[\d.]+(?:万亿|亿)元|由(?:19|20)\d{2}年|平均每年|每年平均"
)
_COUNTED_OVER = re.compile(r"五年|累计")
"""Words just before a count that make it one of several years (五年城镇新增就业681.6万人)."""
_GROWTH = re.compile(
    r"(?:同比|同口径|按照?可比价格?计算|按照?不变价格?计算|可比价)?(增长|下降|提高|提升|上涨|微涨|微降|回落|减少|削减|降低|增幅|增速为?|降幅|[增降](?=\s*$))"
)
_ADJUSTMENT = r"[如若]?(?:剔除|扣除)[^，；。（）()%\d]{1,25}?因素(?:后|影响)?[，,]?"
"""What a figure after it is measured without (扣除减税降费等因素, 剔除减税降费因素影响, 扣除价格上涨因素)."""
_ADJUSTED = re.compile(
    r"(?:剔除|扣除)(?![^，；。（）()]{0,25}?价)[^，；。（）()%\d]{0,25}?(?:税|费|收|不可比|营改增|虚增)[^，；。（）()%\d]{0,25}?因素"
)
"""An adjustment of revenue (for tax cuts, refunds, one-off receipts): the growth after it is on a
comparable basis, the one the data records (剔除减税降费因素影响，增长18.6%); not one for prices
(the real growth) nor for a sector's output (剔除煤炭去产能等因素，实际增长6%左右)."""
_LEADING = re.compile(
    r"^(?:[其全]?(?:中|年|市|省|区|县|州|盟))?(?:\*+|—+|预计|年[底末]|(?:据|经)?初步(?:统计|核算)|全年(?:共(?=完成|实现))?|去年|实现|完成|其中|同比|同口径(?:相比|计算|比(?=增))?|[比较][上去]年|按照?可比价格?计算|按照?不变价格?计算|"
    f"{_ADJUSTMENT}"
    r"|自然(?:口径)?|(?:实际|均)(?=分别|增长|下降)|全[市省区县州盟]|2\d{3}年|比(?=[12]\d{3}年)|(?:按照?)?可比口径(?:计算)?|(?:按照?)?[省市新旧]口径(?:计算)?|可比(?=增长)|(?:按照?)?同口径(?:相比|计算)?|"
    r"[（(]下同[）)]|首次|再次|[又再](?=增长|下降|完成|实现|达)|一举|(?<=口径)[（(][^（()）]{1,30}[）)]|[（(]按?(?:可比|同)口径[^（()）\d%]{0,20}[）)]|"
    r"(?:可望|有望|可以|能够|可|能)(?=实现|完成))+"
)


@dataclass
class Outcome:
    """One indicator's results read from the review."""

    indicator_zh: str
    indicator: str | None
    start: int
    end: int
    growth: Decimal | None = None
    level: Decimal | None = None
    level_unit: str | None = None
    change_pp: Decimal | None = None
    estimate: bool = False
    level_bound: bool = False
    growth_comparable: bool = False
    """Its growth is said on a comparable basis (同口径, 可比增长): not replaced by another."""
    rate: bool = False
    """Its level is a rate of change (居民消费价格涨幅1.8%): a growth rate, for which results count."""
    bounds: dict[str, FigureBound] = field(default_factory=dict)
    """Which of its figures the text gives as a bound, and which way (增长12%以上: growth at_least)."""
    stated: Stated | None = None
    """What the review says in words of the year's target (节能减排完成年度任务: met)."""

    def bound(self, name: str) -> FigureBound | None:
        """The bound of its figure ``name``, where it holds that figure (one cleared keeps none)."""
        return self.bounds.get(name) if getattr(self, name) is not None else None

    def take(self, name: str, figure: Figure) -> None:
        """Hold ``figure`` as its ``name`` (growth, level or change_pp), with its bound if any."""
        setattr(self, name, figure.value)
        if figure.way is None:
            self.bounds.pop(name, None)
        else:
            self.bounds[name] = figure.way


def read_review(
    review: str,
    catalogue: Catalogue,
    *,
    year: int | None = None,
    wanted: Iterable[str] = (),
    only_wanted: bool = False,
    asks: Mapping[str, str] | None = None,
) -> list[Outcome]:
    """The previous year's results stated in ``review`` (the text before the targets of the
    report for ``year``): GDP's, budget revenue's and the ``wanted`` indicators' (those the
    report of the year before set targets for), each
    from the first sentence that gives it a figure for the year; and, unless ``only_wanted``,
    every other indicator given a growth rate in those sentences. Only the first ``_REVIEW_READ``
    characters are read. ``asks``: what each of the ``wanted`` ones' target asked (stated.asked),
    which decides whether a claim in words judges it."""
    targeted = set(wanted)
    review, origin = _closed_up(review[:_REVIEW_READ])
    review = _without_plans(review, year)
    keys = dict.fromkeys((GDP, BUDGET, *(k for k in targeted if k in catalogue.indicators)))
    # 城乡居民收入增长7%: judged by the urban and the rural incomes, where the review gives it no
    # growth of its own (居民人均可支配收入增长8.9%)
    implied = {
        part
        for whole, parts in _PARTS.items()
        if whole in keys
        for part in parts
        if part in catalogue.indicators and part not in keys
    }
    keys.update(dict.fromkeys(implied))
    allowed = set(keys)
    # 农牧民人均纯收入2269元，增加163元: an increase by an amount is read beside the indicator it is
    # the increase of, which is looked for too (and given only where it is wanted itself)
    bases = {base: key for base, key in catalogue.increase.items() if key in keys}
    keys.update(dict.fromkeys(bases))
    for whole, parts in _PARTS.items():
        if whole in catalogue.indicators and any(part in keys for part in parts):
            keys[whole] = None  # 城乡居民人均可支配收入分别达到…: the urban and rural ones, split
    # A term's first report reviews five years, then the last one: its results are in the last.
    part, end, reviews_end = _year_part(review, year)
    last = review[part:end]
    five = _FIVE_OPENS.search(review, 0, part)
    five_at = five.start() if five else part  # where the review of five years before the last begins
    # A review of five years that reviews no last year apart (“十一五”时期的回顾, and no 刚刚过去的
    # 2010年 nor 过去一年 anywhere): a bound it gives is the five years'
    five_only = part == 0 and _five_only(review, year)
    chosen: dict[str, tuple[int, str] | None] = {}
    afar: dict[str, tuple[int, str]] = {}  # a level found only outside the last year's review
    grown: set[str] = set()
    for key in keys:
        # A growth rate in the last year's review, else in the whole, else a level, as found there.
        grows, level = _first_sentence(last, key, catalogue, year)
        chosen[key] = _in_part(grows, part)
        if part and chosen[key] is None:
            grows, level_anywhere = _first_sentence(review[:reviews_end], key, catalogue, year)
            chosen[key] = grows or _in_part(level, part)
            if chosen[key] is None and level_anywhere is not None:
                afar[key] = level_anywhere
                if key in (GDP, BUDGET):
                    chosen[key] = level_anywhere
        elif chosen[key] is None:
            chosen[key] = level
        if grows is not None:
            grown.add(key)
    for whole, parts in _PARTS.items():
        # 城乡居民人均可支配收入分别增长4.8%、9%, before 城镇居民人均可支配收入达到36521元: the growth
        # the parts are given under the whole's name (also where no sentence names a part as the
        # catalogue does: 城乡居民人均可支配收入分别增长4.3%和7.1%)
        place = chosen.get(whole)
        for each in parts:
            if place is None or whole not in grown or each not in chosen or each in grown:
                continue
            if (
                chosen[each] is not None
                or each in afar
                or any(o.indicator == each for o in _sentence(place[1], place[0], catalogue, year))
            ):
                chosen[each] = place
                grown.add(each)
    # Names worded another way (研究与试验发展经费支出占生产总值比重): the clauses' subjects; a growth
    # so given (城镇、农村居民人均可支配收入分别增长8.3%和9.2%) before a level found by name
    # (城镇居民人均可支配收入从30335元提高到48316元, in the five years' review)
    missing = {key for key, place in chosen.items() if place is None and key not in (GDP, BUDGET)}
    levelled = {key for key, place in chosen.items() if place and key not in grown | {GDP, BUDGET}}
    if missing or levelled:
        named, grows_named = _named_in_clauses(last, catalogue, year, missing | levelled)
        chosen |= {key: _in_part(place, part) for key, place in named.items() if key in missing}
        chosen |= {key: _in_part(place, part) for key, place in grows_named.items() if key in levelled}
        missing -= set(named)
        chosen |= {key: afar[key] for key in missing & set(afar)}
        missing -= set(afar)
    if missing and part:
        chosen |= _named_in_clauses(review[:reviews_end], catalogue, year, missing)[0]
    found: dict[str, Outcome] = {}
    sentence_of: dict[str, int] = {}
    places = sorted({c for c in chosen.values() if c is not None})
    again: dict[str, tuple[int, str]] = {}
    for retry in (False, True):
        if retry:
            # A sentence chosen for a growth that gives its indicator nothing (a name in another
            # sense there): the first in the last year's review that gives it a level.
            unread: set[str] = set()
            for key, place in chosen.items():
                if place is not None and key not in found and key not in (GDP, BUDGET):
                    level = _in_part(_first_sentence(last, key, catalogue, year, levels=True)[1], part)
                    if level is not None and level != place:
                        again[key] = level
                    else:
                        unread.add(key)
            if unread:
                # Nor one that gives it a level: the first whose clauses give it by their subject,
                # a name the catalogue spells otherwise (利用外商直接投资实现24.2亿美元，增长71.7％
                # before 实际调入外资总额居全省第一位，增长71.7％, 沈阳市 2005; 居民消费价格指数102.5
                # before 物价上涨补贴2421万元, 佛山市 2014)
                named = _named_in_clauses(last, catalogue, year, unread)[0]
                for key, (at, words) in named.items():
                    if (at + part, words) != chosen[key]:
                        again[key] = (at + part, words)
            chosen |= again
            places = sorted(set(again.values()))
        for start, sentence in places:
            for outcome in _beside_local(_sentence(sentence, start, catalogue, year), review, catalogue):
                key = outcome.indicator or outcome.indicator_zh
                if retry and key not in again:
                    continue
                # GDP and budget revenue come from the sentence chosen for each.
                own = chosen.get(key)
                if own is not None and own[0] != start:
                    continue
                if own is None and _of_part_year(review, outcome.start, outcome.end):
                    continue  # 前三季度，全市生产总值实现11024亿元 in the sentence chosen for another
                if _BOUND.search(review, outcome.start, outcome.end) and (
                    not part <= start < end
                    or (five_only and not _the_years(review, start, outcome.start, year))
                    or _SEVERAL_YEARS.search(review, start, outcome.start)
                ):
                    # 五年新增城镇就业587万人，城镇登记失业率控制在3.5%以内: the five years' bound, as is
                    # one in the review of the five years before the last year's (人口自然增长率稳定在7‰以内)
                    continue
                if (
                    five_at <= start < part
                    or end <= start
                    # 五年来，…城镇新增就业33.16万人, in a review of the five years alone: their count
                    or (
                        five_only
                        and _FIVE_OPENS.match(review, review.rfind("\n", 0, start) + 1)
                        and _counted(outcome)
                    )
                ) and not _the_years(review, start, outcome.end, year):
                    # 五年来…城镇新增就业432万人; 单位生产总值能耗下降22%: in the review of the five years,
                    # a count or a change is the five years'; a level reached is the last year's
                    _levels_only(outcome)
                    if outcome.growth is None and outcome.level is None and outcome.change_pp is None:
                        continue
                if key in found and sentence_of[key] == start and _budget_named(found[key], outcome):
                    # 地方财政收入104.6亿元、公共财政预算收入64.4亿元: the one named the budget's
                    del found[key]
                if key in found:
                    if sentence_of[key] == start:  # 增长5.8%，经济总量跨上5万亿元台阶: one result, said twice
                        _merge(found[key], outcome)
                    continue
                sentence_of[key] = start
                outcome.estimate = estimate_at(review, outcome.start, outcome.end)
                found[key] = outcome
    for base, key in bases.items():
        if key not in found and base in found:
            added = _added_beside(review, found[base], key, catalogue)
            base_zh = found[base].indicator_zh
            at = review.find(base_zh, part, end) if base_zh else -1
            tries = _ADDED_TRIES
            while added is None and at >= 0 and tries:
                # 全社会固定资产投资增长16%。…全社会固定资产投资完成580亿元，比上年新增80亿元: the growth
                # in an earlier sentence, the increase beside the name in a later one of the year's
                if at != found[base].start:
                    tries -= 1
                    added = _added_beside(
                        review, Outcome(base_zh, base, at, at + len(base_zh)), key, catalogue
                    )
                    if added is not None:
                        added.estimate = estimate_at(review, at, added.end)
                at = review.find(base_zh, at + 1, end)
            if added is not None:
                found[key] = added
    for key, (counted, unit) in _LIFTED.items():
        if key in keys and key not in found and key in catalogue.indicators:
            # 68.7万农村贫困人口脱贫, 52个贫困县全部摘帽: the count stands before the noun, where no
            # name is read; only in the last year's review (a term's first report counts the five
            # years' 634万…全部脱贫)
            lifted = _lifted(review, part, end, year, counted=counted)
            if lifted is not None:
                lifted.indicator, lifted.level_unit = key, unit
                lifted.indicator_zh = catalogue.indicators[key].name_zh
                found[key] = lifted
    for claim in read_stated(review, part, end, catalogue, wanted=targeted, asks=asks):
        # 预计 governs a claim as it governs a figure (预计…，…完成年度目标); so does a modal (可望完成)
        estimate = claim.forecast or estimate_at(review, claim.start, claim.end)
        had = found.get(claim.indicator)
        if had is None:
            name_zh = catalogue.indicators[claim.indicator].name_zh
            found[claim.indicator] = Outcome(
                name_zh, claim.indicator, claim.start, claim.end, estimate=estimate, stated=claim.stated
            )
        elif claim.its is not None and had.start < claim.its[1] and had.end > claim.its[0]:
            # 实现下降5.6%的目标: the target's figure, repeated; the claim is the result
            had.growth = had.level = had.level_unit = had.change_pp = None
            had.bounds.clear()
            had.stated, had.end, had.estimate = claim.stated, max(had.end, claim.end), estimate
        # Else the figures judge (the data gives a claim beside them only where they cannot:
        # docs/format.md), and one result is drafted of an indicator.
    if any(whole in found and found[whole].growth is not None for whole in _PARTS):
        allowed -= implied
    for outcome in found.values():  # where each stands in the text as given
        final = len(origin) - 1
        begins = min(max(outcome.start, 0), final)
        ends = min(max(outcome.end, begins + 1), final)
        outcome.start, outcome.end = origin[begins], origin[ends - 1] + 1
    if only_wanted:
        return [o for o in found.values() if o.indicator in allowed]
    return [o for o in found.values() if o.indicator in keys or o.growth is not None or o.rate]


def _budget_named(first: Outcome, later: Outcome) -> bool:
    """Whether budget revenue found under a wider name (地方财政收入, 财政收入) is given again in the
    list that names it, under a name that says it is the budget's (公共财政预算收入), with figures."""
    return (
        first.indicator == BUDGET
        and "预算" not in (first.indicator_zh or "")
        and "预算" in (later.indicator_zh or "")
        # listed together (not 地方财政收入432.8亿元…；加上中央财政收入，财政一般预算收入966.2亿元: a sum)
        and (later.start, later.end) == (first.start, first.end)
        and (later.growth is not None or later.level is not None)
    )


_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff，。；、％%])[ \u3000]+(?=[\u4e00-\u9fff\d])"
    r"|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[，。；、％%])|(?<=\d)[ \u3000]+(?=[年％%])|(?<=\d) (?=\d{3}(?!\d))"
    r"|(?<=\d\.) (?=\d)"
    r"|(?<!\d{4})(?<!\.\d)(?<!\.\d\d)(?<!\.\d{3})(?<=\d)，(?=\d{3}(?:元|万|亿|美元))"
)
"""Spaces a text set within a phrase (城 市居民人均可支配收入, 增 长11.2%, 增长 15.7%: a PDF's line ends),
between a figure's thousands (生产总值达到1 029亿元; a full-width comma: 26，530元) or after its point
(184. 37亿元)."""


def _closed_up(review: str) -> tuple[str, list[int]]:
    """``review`` without the spaces set within its phrases, and where each of its characters
    stands in ``review``."""
    kept: list[str] = []
    places: list[int] = []
    position = 0
    for gap in _GAP.finditer(review):
        kept.append(review[position : gap.start()])
        places.extend(range(position, gap.start()))
        position = gap.end()
    kept.append(review[position:])
    places.extend(range(position, len(review) + 1))  # and where the text ends
    return "".join(kept), places


_PARTS = {whole: tuple(key for _, keys in parts for key in keys) for whole, parts in PARTS.items()}
"""An indicator whose parts the reviews give under its name (城乡居民人均可支配收入分别…), and
whose target is judged by its parts' results (``vocab.PARTS``), with each part's indicators."""


def _beside_local(outcomes: list[Outcome], text: str, catalogue: Catalogue) -> list[Outcome]:
    """A bare 财政收入 given beside a local revenue (财政收入656.4亿元…其中地方收入333.8亿元) or a
    part of it (其中一般预算收入) is the total fiscal revenue; the local one is the budget's
    (docs/transcribing.md, names across the years)."""
    budget = [o for o in outcomes if o.indicator == BUDGET]
    if len(budget) > 1 and "total_fiscal_revenue" in catalogue.indicators:
        local = [o for o in budget[1:] if re.search("地方|其中", text[max(0, o.start - 4) : o.end])]
        if local and text[budget[0].start : budget[0].end].startswith("财政收入"):
            budget[0].indicator = "total_fiscal_revenue"
            budget = budget[1:]
    # 一般预算收入51.2亿元，增长17.2%，其中地方一般预算收入26.9亿元: the part is the budget's
    # revenue, the whole it is part of a wider one (with the central government's share, or funds)
    # 辖区公共财政收入8624亿元、增长9.2%；地方一般公共预算收入3332.1亿元: the local one, likewise
    part = next(
        (
            o
            for o in budget[1:]
            if "其中" in text[max(0, o.start - 4) : o.start]
            or (o.indicator_zh.startswith("地方") and "地方" not in budget[0].indicator_zh)
        ),
        None,
    )
    wider = budget[: budget.index(part)] if part else []
    return [o for o in outcomes if o not in wider]


_TERM = (
    r"本届政府(?:任期|履职)?(?:以来|内|期间)?的?工作回顾|[一二三四五六七八九十]+届人大一次会议以来"
    r"|(?<![^\n*—、！!])(?:本届政府(?:任期|履职)?(?:以来|内|期间|[及和](?=(?:19|20)\d\d年))|过去的?[四六]年|[四六]年来)"
)
"""A government's term, reviewed as the five years are (一、本届政府及2022年工作回顾; 市七届人大一次会议
以来，…; 本届政府以来的四年, 四年来，… opening a paragraph: a term cut short or run long; not 有望在本届政府
任期内完成, nor 金融撬动不断强化。四年来，…, a part of the year's review)."""
_LAST_FIVE = "过去五年|五年来|过去的五年"
"""The five years just past, as a review names them."""
_FIVE_YEARS = re.compile(rf"{_LAST_FIVE}|十[一二三四五]五”?(?:时期|期间)|{_TERM}")


_FIVE_OPENS = re.compile(
    r"^[\s*#—]*(?:[一二三四五六七八九十]+、)?(?:各位代表[！!，,]\s*)?[^。\n年和及]{0,15}?"
    rf"(?:{_LAST_FIVE}|十[一二三四五]五”?(?:时期|期间)|这是[^。\n]{{1,40}}的五年|{_TERM})",
    re.M,
)
"""A heading or a paragraph that opens the review of the five years (一、过去五年工作回顾; 五年来，…;
这是民生领域补短板亮点纷呈、百姓获得感不断增强的五年。)."""

_FIVE_AFTER = re.compile(
    r"^[\s*#—]*(?:各位代表[！!，,]\s*)?(?:[^。\n]{0,60}[。！!]\s*)?[^。\n年和及]{0,15}?"
    rf"(?:{_LAST_FIVE}|十[一二三四五]五”?(?:时期|期间|以来)|{_TERM})",
    re.M,
)
"""A paragraph that opens the review of five years after the last year's, in its first sentence or
its second (2020年我们…交出一份沉甸甸的答卷，为收官“十三五”划上圆满句号。五年来，…)."""
_TERM_OPENS = re.compile(
    rf"^[\s*#—]*(?:各位代表[！!，,]\s*)?(?:[^。\n]{{0,60}}[。！!]\s*)?[^。\n年和及]{{0,15}}?(?:{_TERM})", re.M
)
"""A paragraph that opens the review of a government's term, in its first sentence or its second
(根据中央部署，本届政府提前一年换届。市十四届人大一次会议以来，…)."""


_PLACES_LIFTED = (
    r"(?P<before>\d{{1,4}})\s*个(?:国家级|省级)?{places}(?:[（(][市区、]{{1,5}}[）)])?"
    r"(?:、\d+个[^，；。、\d]{{1,8}}?)*[^，；。、\d]{{0,4}}?(?:{verbs})"
)
_LIFTED = {
    POOR: (
        re.compile(
            r"(?:减少(?:农村)?贫困人口|(?:农村)?贫困人口减少)\s*(?P<after>\d{1,6}(?:\.\d{1,4})?)\s*万"
            r"|(?<![\d.])(?P<before>\d{1,6}(?:\.\d{1,4})?)\s*万(?:名|人)?(?P<over>以上)?多?(?:建档立卡)?(?:农村)?(?:贫困)?人口"
            r"[^，；。、\d]{0,4}?脱贫"
        ),
        "万人",
    ),
    "poor_counties": (re.compile(_PLACES_LIFTED.format(places="贫困县", verbs="摘帽|退出")), "个"),
    "poor_townships": (re.compile(_PLACES_LIFTED.format(places="贫困乡镇?", verbs="摘帽|退出")), "个"),
    "poor_villages": (re.compile(_PLACES_LIFTED.format(places="贫困村", verbs="出列|退出|摘帽")), "个"),
}
"""The poor lifted out of poverty in ten thousands, counted after the noun or before it
(减少贫困人口120.8万人; 全年实现68.7万农村贫困人口脱贫; 剩余8.7万贫困人口全部脱贫), and the poor
places that left the list (52个贫困县全部摘帽; 6个贫困县、60个贫困乡镇摘帽; 1500个贫困村退出), with
their units."""


_ALL_LIFTED = re.compile(r".*(?:全部|全面|全数)")
"""634万建档立卡贫困人口全部脱贫: all the poor of the years lifted, not the year's count (unless
the year's are what remained: 剩余8.7万贫困人口全部脱贫)."""


def _lifted(
    review: str, start: int, end: int, year: int | None, *, counted: re.Pattern[str]
) -> Outcome | None:
    """The year's count that ``counted`` finds in ``review[start:end]`` (the first that is not of
    several years nor planned), if any."""
    for match in _SENTENCE.finditer(review, start, end):
        sentence = match.group()
        later = _later_year_end(sentence, year)
        for found in counted.finditer(sentence):
            clause = max(sentence.rfind(c, 0, found.start()) for c in "，；,;") + 1
            # 累计退出4800个贫困村，275万贫困人口脱贫: 累计 governs the clauses after it up to ；
            group = max(sentence.rfind(c, 0, found.start()) for c in "；;") + 1
            if (
                found.start() >= later
                or _SEVERAL_YEARS.search(sentence, group, found.start())
                or (
                    _ALL_LIFTED.match(sentence, found.end() - 8, found.end())
                    and not re.search(r"剩余|剩下", sentence[clause : found.start()])
                )
                or _LONGER.search(sentence, clause, found.end())
                or _planned(sentence, found.start(), found.end())
            ):
                continue
            at = match.start() + found.start()
            outcome = Outcome(found.group(), None, at, match.start() + found.end())
            after = found.groupdict().get("after")
            outcome.level = number_of(after or found.group("before"))
            if found.groupdict().get("over"):  # 实现125万以上贫困人口脱贫: at least 125万
                outcome.bounds["level"] = "at_least"
            outcome.estimate = estimate_at(review, outcome.start, outcome.end)
            return outcome
    return None


def _year_part(review: str, year: int | None) -> tuple[int, int, int]:
    """Where the review of the last year begins and ends, after a review of five (刚刚过去的2022年，…;
    2012年是本届政府任期的最后一年) or before it (一、2016年和过去五年工作回顾), and where the reviews
    end, before the plan of the next five: (0, its length, its length) where the review is of the
    one year only."""
    five = _FIVE_YEARS.search(review)
    if five is None or year is None:
        return 0, len(review), len(review)
    line = review.rfind("\n", 0, five.start()) + 1
    heading_end = review.find("\n", five.end())
    after = _FIVE_AFTER.search(review, heading_end)
    if (
        f"{year - 1}年" in review[line : five.start()]
        and heading_end - line < 40
        and not _FIVE_OPENS.match(review, heading_end + 1)
        and after is not None
    ):
        # 一、2016年和过去五年工作回顾, and the year's review first: up to the five years' (各位代表！
        # 本届政府履职五年来，…), whose plan follows
        plan = _plan_ahead(year).search(review, after.end())
        return line, after.start(), plan.start() if plan else len(review)
    opening = re.search(rf"^[\s*#]*一、[^\n]{{0,20}}{year - 1}年", review, re.M)
    if (
        opening is not None
        and opening.end() <= line
        and not _FIVE_YEARS.search(
            review, opening.start(), (review.find("\n", opening.end()) + 1) or len(review)
        )
        and (
            re.fullmatch(r"[\s*#]*[二三四五六七八九十]+、[^。\n]{0,20}", review[line : five.start()])
            or _TERM_OPENS.match(review, line)
        )
    ):
        # 一、2021年主要工作, then 二、本届政府工作回顾 (大连市 2022), or a paragraph that opens the
        # term's (一、2016年工作回顾, then 根据中央部署，本届政府提前一年换届。市十四届人大一次会议以来，…:
        # 长春市 2017): the year's review first, up to the five years' or the term's, whose plan follows
        plan = _plan_ahead(year).search(review, five.end())
        return opening.start(), line, plan.start() if plan else len(review)
    last = re.compile(
        rf"^[\s*#]*(?:(?:各位代表[！!，,]\s*)?(?:刚刚过去的|刚过去的|过去的)?"
        rf"(?:{year - 1}年(?!来|以来)|一年(?!来))|各位代表[！!，,]\s*去年[，,])",
        re.M,
    )
    found = last.search(review, five.end())
    # 特别需要指出的是，刚刚过去的2005年，各条战线…: within a paragraph
    within = re.compile(
        rf"[。！!]\s*(?:特别(?:需要指出的)?是，?)?(?:刚刚|刚)过去的(?:{year - 1}年(?!来|以来)|一年(?!来))"
    ).search(review, five.end())
    if within is not None and (found is None or within.start() < found.start()):
        found = within
    if found is None and opening is not None:
        # 一、2020年工作回顾及“十三五”主要成就, then 二、2035年远景目标及“十四五”时期…: the year's review and
        # the five years', up to the heading of the plan for the five years the report's year opens
        ahead_names = rf"十{_plan_number(year)}五|今后五年|未来五年"
        ahead = re.compile(rf"^[\s*#]*[二三四五六七八九十]+、[^。\n]{{0,20}}(?:{ahead_names})", re.M).search(
            review, opening.end()
        )
        if ahead is not None:
            return 0, ahead.start(), ahead.start()
    if found is None:
        return 0, len(review), len(review)
    plan = _plan_ahead(year).search(review, found.end())
    reviews_end = plan.start() if plan else len(review)
    # 2020年是极不平凡的一年。…, then 回顾“十三五”，…: the year's review ends where the five years' begins
    after = _FIVE_LOOKED_BACK.search(review, found.end(), reviews_end)
    turned = _FIVE_TURNED.search(review, found.end(), reviews_end)
    if turned is not None and (after is None or turned.start() < after.start()):
        # or where a paragraph turns to them, in its first words or after one sentence (2013年各项目标的
        # 实现，标志着…顺利完成。五年来，…: 鹤壁市 2014; 五年来，主要取得了以下几方面的成绩：, shanxi-2008)
        after = turned
    return found.start(), after.start() if after else reviews_end, reviews_end


def _the_years(review: str, start: int, end: int, year: int | None) -> bool:
    """Whether the words from ``start`` (a sentence's) to ``end``, from its last ；, name the
    year reviewed (去年新增城镇就业70.8万人，城镇登记失业率控制在4.3%以内)."""
    group = max(start, review.rfind("；", start, end) + 1)
    last = rf"|{year - 1}年(?!来|以来)" if year is not None else ""
    return re.search(rf"去年|全年|上年|同比{last}", review[group:end]) is not None


_ADDED = re.compile(
    r"(比上年|同比)?(?:净增|新增|增加|增收|多增)了?((?:突破|超过?)?)(\d+(?:\.\d+)?)\s*((?:万|亿)?元)((?:及?以上|以内|以下)?)"
)
"""An increase by an amount (比上年增加230元; 净增100元; 新增80亿元; 增加180元以上, a bound), not one since
another year (比2000年增加831元) nor a yearly average (年均增加100元)."""
_ADDED_REACH = 200
"""How far after its indicator's name an increase is looked for."""
_ADDED_TRIES = 20
"""How many more of its indicator's names in the year's review an increase is looked for beside."""
_ADDED_ENDS = re.compile(r"[；;。]|分别")
"""Where the clauses that give one indicator its figures end (分别: the figures of a list, in turn)."""


def _added_beside(review: str, base: Outcome, key: str, catalogue: Catalogue) -> Outcome | None:
    """The result of ``key``, the increase by an amount of ``base``'s indicator, where the clauses
    that give ``base`` its figures give it too (农牧民人均纯收入2269元，增加163元，增长7.7%)."""
    # read no further than a clause's reach, so that a name repeated without a stop costs no more
    limit = min(len(review), base.start + _ADDED_REACH)
    stop = _ADDED_ENDS.search(review, base.start, limit)
    clause = review[base.start : stop.start() if stop else limit]
    found = _ADDED.search(clause)
    if found is None or (found.group(1) is None and re.search(r"年均?$", clause[: found.start()])):
        return None
    value, unit = Decimal(found.group(3)), found.group(4)
    money = unit_of(unit)
    if (
        not units_fit(unit, catalogue.indicators[key].unit)
        or money is None
        or finer_than_held(value, money, cents=True)
    ):
        return None
    end = base.start + found.end()
    way = figure_bound(found.group(2), found.group(5))
    return Outcome(
        base.indicator_zh,
        key,
        base.start,
        end,
        level=value,
        level_unit=unit,
        estimate=base.estimate,
        bounds={"level": way} if way else {},
    )


def _levels_only(outcome: Outcome) -> None:
    """Keep of a result in a review of several years only a level reached (not a count of people
    or things, which the years add up, nor a change; a rate's level, 城镇化率达到57.1%, stays)."""
    if not outcome.rate:
        outcome.growth = None
    outcome.change_pp = None
    if _counted(outcome):
        outcome.level = outcome.level_unit = None


def _counted(outcome: Outcome) -> bool:
    """Whether a result's level counts people or things (城镇新增就业33.16万人), which years add up."""
    unit = unit_of(outcome.level_unit or "")
    return unit is not None and unit.base in ("人", "人次", "个", "户")


def _five_only(review: str, year: int | None) -> bool:
    """Whether ``review`` reviews five years and never the last one apart (刚刚过去的2010年, 过去一年)."""
    if year is None or _FIVE_YEARS.search(review) is None:
        return False
    return re.search(rf"(?:刚刚过去的|刚过去的|过去的|过去)(?:{year - 1}年|一年)", review) is None


_FIVE_LOOKED_BACK = re.compile(
    r"^[\s*#—]*(?:各位代表[！!，,]\s*)?回顾(?:“?十[一二三四五]五”?|过去的?五年|五年|本届政府)", re.M
)
"""A paragraph that looks back on the five years (回顾“十三五”，我们…)."""
_FIVE_TURNED = re.compile(
    rf"^[\s*#—]*(?:各位代表[！!，,]\s*)?(?:[^。\n]{{0,60}}[。！!]\s*)?(?:{_LAST_FIVE}|(?:{_TERM})[^。\n，,]{{0,8}})[，,]",
    re.M,
)
"""A paragraph that turns, in its first words or after one sentence, to the five years (2013年各项目标的
实现，标志着市九届人大确定的任务顺利完成。五年来，…)."""


def _plan_ahead(year: int) -> re.Pattern[str]:
    """A heading (or a paragraph's opening) of the plan for the five years ``year`` is in (not
    回顾“十三五”，…, the review of the five years after the last year's, nor 一年来，我们…确保了“十二五”
    胜利收官 in a report of 2016, nor 各位代表，一年来，我们锚定“十四五”开好局 in one of 2022: the last
    year's review)."""
    return re.compile(
        rf"^[\s*#]*(?![^。\n]{{0,8}}?(?:一年来|过去的?一年))"
        rf"(?:[一二三四五六七八九十]+、)?(?:(?!回顾)[^。\n]){{0,20}}(?:十{_plan_number(year)}五|今后五年|未来五年)",
        re.M,
    )


def _without_plans(review: str, year: int | None) -> str:
    """``review`` with the sections that set out the plan of the five years ahead blanked out (each
    character a 。, so that every place and line stays), from the heading to the next one: their goals
    are no results (长沙市 2006: 二、“十一五”时期经济社会发展的主要目标和展望, under which
    单位地区生产总值能耗降低15%左右). A heading that names the report's year, or looks back, heads no
    such section."""
    if year is None:
        return review
    ahead = re.compile(
        rf"^[\s*#]*[二三四五六七八九十]+、[^。\n]{{0,20}}(?:十{_plan_number(year)}五|今后五年|未来五年)[^\n]*",
        re.M,
    )
    heading = re.compile(r"^[\s*#]*[一二三四五六七八九十]+、", re.M)
    for found in reversed(list(ahead.finditer(review))):
        if f"{year}年" in found.group() or re.search(r"回顾|成就|以来|执行情况|进展", found.group()):
            continue
        after = heading.search(review, found.end())
        end = after.start() if after else len(review)
        # each character a 。 (a sentence's end, so that none is read there), each line end kept
        body = re.sub(r"[^\n]", "。", review[found.end() : end])
        review = review[: found.end()] + body + review[end:]
    # a paragraph that opens on the five years ahead and sets their goals, under no numbered heading
    # (未来五年，全市发展的主要目标是：…单位生产总值能耗降低19.5%: 东莞市 2012)
    return _PLAN_PARAGRAPH.sub(lambda found: "。" * len(found.group()), review)


_PLAN_PARAGRAPH = re.compile(r"^[\s*#]*(?:今后|未来)五年[，,]?[^。\n]{0,20}目标[^\n\d]*\d[^\n]*", re.M)
"""A paragraph that opens on the goals of the five years ahead and gives them (未来五年，全市发展的主要目标
是：…); not a heading of them alone (今后五年的发展目标是：), which ends the reviews."""


def _plan_number(year: int) -> str:
    """The number of the five-year plan ``year`` is in (三 for 2016–2020's 十三五)."""
    return "一二三四五"[(year - 2006) // 5] if 2006 <= year < 2031 else "[一二三四五]"


def _in_part(place: tuple[int, str] | None, part: int) -> tuple[int, str] | None:
    """A sentence found in ``review[part:]``, placed in the whole review."""
    return (place[0] + part, place[1]) if place else None


def _merge(first: Outcome, later: Outcome) -> None:
    """Give a result the figures a later clause of its sentence states for it and it lacks."""
    merged = False
    for name in ("growth", "level", "change_pp"):
        if getattr(first, name) is None and getattr(later, name) is not None:
            setattr(first, name, getattr(later, name))
            if name == "level":
                first.level_unit = later.level_unit
            if name in later.bounds:
                first.bounds[name] = later.bounds[name]
            else:
                first.bounds.pop(name, None)
            merged = True
    if merged:
        first.end = max(first.end, later.end)


def estimate_at(text: str, start: int, end: int) -> bool:
    """Whether a result stated at ``text[start:end]`` is an estimate: the text gives it as 左右;
    or 预计 (有望, 经预测, 初步预测) governs it, standing in the wording itself, or at the head of an earlier
    clause of its sentence, across ；(预计全年实现地区生产总值…；一般公共预算收入…: docs/transcribing.md);
    or an earlier 预计 said 下同 (the same below): said after its clause's figure, to its sentence's end."""
    if "左右" in text[start : end + 2] or re.match(r"[（(]预计", text[end : end + 4]):
        return True
    if _ESTIMATED_AFTER.match(text, end, end + 80):
        return True
    if _listed_as_estimates(text, start):
        return True
    ends = _SENTENCE_END.finditer(text, max(0, start - 1000), start + 1)  # (the character after a point)
    sentence = max((m.end() for m in ends if m.end() <= start), default=0)
    # 经预测，全市生产总值453亿元; 初步预测，2006年全市实现地区生产总值1185亿元: a forecast, as 预计 is
    for match in re.finditer(r"预计|有望|(?:[经据]|初步)预测", text[sentence:end]):
        at = sentence + match.start()
        clause = (
            max(text.rfind("，", 0, at), text.rfind("；", 0, at), text.rfind("*", 0, at), sentence - 1) + 1
        )
        if (
            at >= start
            # 全省生产总值预计达到5600亿元（下同），…；…: the same below, to the end of its sentence
            or _SAME_BELOW.match(text, at + 2)
            or (
                re.fullmatch(
                    r"[\s*—]*(?:全市|全省|全区|全县|全年|(?:19|20)\d\d年|初步|经初步核算，?|初步测算，?)*",
                    text[clause:at],
                )
                # 生产总值…增长8.9%；…；预计实现利润2476.5亿元、增长18%；固定资产投资…: after results stated,
                # a 预计 opens no list, and reaches to its ； only (but 1—11月，…增长8.1%，预计全年…；…: the
                # year's estimates after a part's figures)
                and not (
                    _RESULT_BEFORE.search(text, sentence, clause)
                    and "；" in text[at:start]
                    and not text.startswith("全年", at + 2)
                )
            )
        ):
            return True
    return bool(re.search(r"预计数?[，,]?[（(]?(?:以下同|下同)", text[:start]))


_ESTIMATES_LISTED = re.compile(r"预计[：:]")
"""A 预计 that introduces a list with a colon (主要经济指标增幅预计：全年地区生产总值增长2.5%；…, 阜新 2023;
…平稳较快发展。预计： and a line a result, 通化 2014): each result of the list is an estimate."""
_LISTED_REACH = 1000
"""How far before a result the 预计： of its list is looked for."""


def _listed_as_estimates(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is in a list that a 预计： opens: its colon before it, and no 。
    between (the list's items may stand a line each, ending in ；)."""
    window = max(0, start - _LISTED_REACH)
    colon = max((m.end() for m in _ESTIMATES_LISTED.finditer(text, window, start)), default=None)
    return colon is not None and "。" not in text[colon:start]


_SAME_BELOW = re.compile(r"[^，。；（()）]{0,30}[（(](?:以下同|下同)[）)]")
_RESULT_BEFORE = re.compile(r"\d\s*(?:%|％|‰|亿|万|元)")
_SENTENCE_END = re.compile(
    r"。(?![；;])|\n|\.(?=[\u4e00-\u9fff])"
)  # 8.7％。；城镇新增就业…: a slip, not an end
_ESTIMATED_AFTER = re.compile(
    r"(?:\s*[和、及]\s*-?[\d.]+\s*[%‰])+\s*左右"
    r"|[^，；。！？\n]*?的[^，；。！？\n]{0,12}目标预计(?:可以|能够|可|能)?(?:完成|实现)"
)
"""Words after a result that make it an estimate: 左右 at the end of the list it heads (分别增长8%和9%
左右), or the list's 目标预计可以完成 (能耗降低3.5%、二氧化硫排放量下降1.6%…的节能减排目标预计可以完成)."""


def _first_sentence(
    review: str, key: str, catalogue: Catalogue, year: int | None, *, levels: bool = False
) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
    """The first sentence that gives the indicator ``key`` a growth rate for the year (not a
    five-year one, nor a target), if any; else (None, the first that gives it a level). With
    ``levels``, (None, the first that gives it a level), growth or not."""
    names = (
        sorted(catalogue.indicators[key].names, key=len, reverse=True) if key in catalogue.indicators else []
    )
    names += [typo for typo, name in TYPOS.items() if name in names]
    pattern = re.compile("|".join(map(re.escape, names)))
    any_unit = key not in (GDP, BUDGET)
    level_only = loose = None
    for match in _SENTENCE.finditer(review):
        if not pattern.search(match.group()):
            continue  # reading costs four patterns; blanking figures never writes a name
        sentence = _as_read(match.group())
        found = list(pattern.finditer(sentence))
        if not found or _PART_OPENS.match(sentence):
            continue
        later = _later_year_end(sentence, year)
        covered = [0] * len(sentence)  # the length of the catalogue name at each character
        for a, b in catalogue.spans(sentence):
            covered[a:b] = [b - a] * (b - a)
        for name in found:
            # Not part of a longer name (GDP in 人均GDP, 单位GDP能耗).
            if covered[name.start()] > name.end() - name.start():
                continue
            if sentence.endswith(
                ("单位", "万元", "地均", "人均", "每", "合同", "”", "」", '"'), 0, name.start()
            ) or _PART_BEFORE.search(sentence, max(0, name.start() - 12), name.start()):
                # 人均GDP; a named part's (“一市三县”地区生产总值; 海洋生产总值), not the region's; the
                # capital contracted (合同外资74.1亿美元), not the capital used
                continue
            if name.group().startswith("服务业") and SERVICE_TRADES.search(
                sentence, _clause_start(sentence, name.start()), name.start()
            ):
                continue  # 软件和信息技术服务业增加值增长8.2%: a trade's, not all the services'
            if name.start() >= later or _of_earlier_year(sentence, name.start(), year):
                continue  # after the report's own year or a later one: planned, not a result
            if _PLACES_OF.search(sentence, _clause_start(sentence, name.start()), name.start()):
                continue  # 5个县（市、区）的财政收入超过20亿元: the places', not the region's
            tail = sentence[name.end() : name.end() + 40]
            if _of_part_year(sentence, name.start(), name.end()):
                continue
            if _since_before(sentence, name.start(), year):
                continue  # 与“十一五”末相比，…分别增长72%、83%: of five years
            if _summed_before(sentence, _clause_start(sentence, name.start())):
                continue  # 累计出口143亿美元，实际利用外资62亿美元: of several years
            if re.match(r"[额量]?占|的?(?:比重|比例)", tail):
                # 进出口额占全省进出口总额的65.2%; 非农收入占农民人均纯收入比重达到73%: a share, not its
                # result
                continue
            # up to the clause that gives the first rate (not 增长7%，提前实现比2010年翻一番目标)
            cut = re.search(r"%[^，；]*[，；]", sentence[name.end() : name.end() + 30])
            longer = _LONGER.search(
                sentence, max(0, name.start() - 12), name.end() + (cut.end() if cut else 30)
            )
            # 全年经济增长13.6%: a name that ends in its verb (not 数字经济增长15%, 拉动经济增长10个百分点)
            grows = (
                (
                    _GROWS.match(tail)
                    # 地区生产总值增速保持在合理区间，全年增长6.3%: the whole year's, in the clause after
                    or _WHOLE_YEAR_AFTER.match(sentence, name.end())
                    # 地方财政收入、固定资产投资、…、农民人均纯收入分别比上年增长18.4%、23.7%…: one of a list
                    or _LISTED_GROWS.match(sentence, name.end(), name.end() + 200)
                    or (
                        name.group().endswith("增长")
                        and re.match(r"[\d.]+\s*%", tail)
                        and re.search(r"(?:^|[，；、\s]|年)$", sentence[: name.start()])
                    )
                )
                and not longer
            )
            # The first figure with a unit (由2002年的4330.4亿元增长到2007年的9006.2亿元: not the year;
            # 迈上5万亿台阶，达5.38万亿元: not the step)
            # 年均增长10.73%，预计今年达到2220亿元; 以年均11.2%的速度增长，2002年达1168.66亿元: the
            # level after the years' average growth
            after = average.end() if (average := _AVERAGE_FIRST.match(tail)) else 0
            money = (
                next(
                    (
                        f
                        # an amount's level is in yuan, so a rate before it is passed over (跨过两万亿台阶，
                        # 年均增长13.3%，达到2.2万亿元), and it may stand further on
                        for f in FIGURE.finditer(
                            tail, after, after + (_LEVEL_REACH if any_unit else _AMOUNT_REACH)
                        )
                        if (f.group("unit") or f.group("u1"))
                        and not _STEP.match(tail, f.start())
                        # 社会消费品零售总额年均增幅分别低1.9和2.3个百分点: a comparison, as in _part
                        and not (
                            (f.group("unit") or f.group("u1")) == POINTS
                            and _COMPARED.search(tail, 0, f.start())
                        )
                        and not _THRESHOLD_OF_PLACES.match(tail, f.end())
                        and (any_unit or "元" in (f.group("unit") or ""))
                    ),
                    None,
                )
                if (levels or not grows) and level_only is None
                else None
            )
            if (
                money
                and re.search(r"[，；,;]", tail[: money.start()])
                and catalogue.spans(tail[: money.start()])
            ):
                money = None  # 利用外资质量提升，服务业实际利用外资增长14.9%: the figure of a name after it
            unit = (money.group("unit") or money.group("u1")) if money else None
            # GDP and revenue are amounts; a wanted indicator may be a rate or a count (失业率3.2%).
            level = (
                unit
                and unit_of(unit) is not None
                and ("元" in unit or any_unit)
                # 五年城镇新增就业681.6万人: the five years' count, not the year's level (but 年均增长12.4%，
                # 五年翻了一番；2010年达到590.55亿元: the last year's level, in a clause of its own)
                and not (
                    money
                    and _COUNTED_OVER.search(
                        sentence,
                        _clause_start(sentence, name.end() + money.start()),
                        name.end() + money.start(),
                    )
                )
            )
            # Whether it is a target, not a result, is asked last: it reads the whole sentence.
            if (grows or level) and _planned(sentence, name.start(), name.end()):
                continue
            if grows and not levels:
                if name.group() in _LOOSE_NAMES:
                    # 新区…经济总量达到2296亿元、增长7%: a loose name, taken where no sentence names GDP
                    loose = loose or (match.start(), sentence)
                    continue
                return (match.start(), sentence), None
            if level:
                level_only = (match.start(), sentence)
    return (loose, None) if loose else (None, level_only)


_LOOSE_NAMES = ("经济总量",)
"""A name of GDP that a report also gives a part's figures by (新区…经济总量达到2296亿元): a sentence
that names GDP otherwise comes first."""

_LEVEL_REACH, _AMOUNT_REACH = 24, 30
"""How far after an indicator's name its level is looked for (where no growth follows the name): any
figure with a unit, or (for GDP and budget revenue) an amount in yuan."""

_PART_OPENS = re.compile(
    rf"[\s*]*(?:(?!(?:预计)?(?:来?源于|来自))(?:[\u4e00-\u9fff“”\d]{{1,10}}?(?:地区|{DISTRICT})|县域)"
    r"(?!生产总|[\u4e00-\u9fff]*(?:比重|占))|[一二三四五六七八九十\d]+个?县(?:[（(][市区、]{1,3}[）)]|市|区)?|(?:新疆生产建设)?兵团)"
)
"""A sentence that opens with a part of the region, whose figures are the part's (湘西地区开发战略初见成效，
…，去年完成生产总值690亿元; 四县（市）去年完成生产总值251亿元; 兵团生产总值预计完成380亿元，…；外贸进出口
总额完成35亿美元; not (预计)源于广州地区的财政总收入, the
region's)."""

_PLACES_OF = re.compile(r"[\d一二三四五六七八九十]+个[^，；。]{1,10}的$")
"""Places counted before a name (8个县（市、区）的GDP): their figures, not the region's."""
_AVERAGE_FIRST = re.compile(r"以?(?:年均|平均每年)(?:增长)?\s*[\d.]+\s*%(?:的速度增长)?(?:[，,。；;]|$)")
_THRESHOLD_OF_PLACES = re.compile(
    r"(?:(?<=以上|以下)的?|的[\u4e00-\u9fff]{0,4}?)(?:县|区|市|镇|乡|街道|企业|园区|开发区|项目|产业|集群)"
)
"""A figure that says which places or firms are counted (收入超10亿元的县（区）由2个增加到8个; 推进
固定资产投资5000万元以上产业项目947个): theirs, not the region's level."""
_STEP = re.compile(r"[\d.]+\s*[十百千万亿]+(?:台阶|大关)")
"""A step an amount passed, not said in yuan (迈上5万亿台阶): not its level."""


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding ``sentence[at]`` begins (after the last ，or ；before it)."""
    return max(sentence.rfind(c, 0, at) for c in "，；,;") + 1


_REVIEW_READ = 100_000
"""The most of a review that is read: three times the longest report of the panel (广东 2024,
35,572 characters), so that a text of megabytes before its targets is not read sentence by
sentence for each indicator (10 MB of two names in a row took 13 s; 0.7 s with this and
``_REACH``)."""


def _named_in_clauses(
    review: str, catalogue: Catalogue, year: int | None, keys: set[str]
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """The first sentence whose clauses give each of ``keys``, by the subject a clause gives a
    figure (with a growth rate if one does), and the first that gives it a growth rate: names a
    sentence does not spell as the catalogue does."""
    # Only a subject that shares two pairs of characters with one of their names is matched (the
    # catalogue's match weighs every name, a clause at a time).
    pairs = {
        name[i : i + 2]
        for key in keys
        for written in catalogue.indicators[key].names
        for name in (written, plain_words(normalize_name(written)))
        for i in range(len(name) - 1)
    }
    grows: dict[str, tuple[int, str]] = {}
    found: dict[str, tuple[int, str]] = {}
    for match in _SENTENCE.finditer(review):
        sentence = match.group()
        if not re.search(r"\d", sentence):
            continue
        position = 0
        later = _later_year_end(sentence, year)
        previous = ""
        for clause in _split_after(sentence, r"(?<=[，；,;])"):
            start, position = position, position + len(clause)
            lead = _LEADING.match(clause)
            rest = clause[lead.end() if lead else 0 :]
            if not re.search(r"\d", re.sub(r"[第前]\d+", "", rest)):
                continue  # 城镇居民人均可支配收入总量居全省第7位: a rank, no figure of it
            if "个百分点" in rest and _COMPARED.search(rest) and not _RESULT_BEFORE.search(rest):
                continue  # 社会消费品零售总额年均增幅分别低1.9和2.3个百分点: a comparison, no figure of it
            if _SHARE_OF_IT.match(rest) and previous:
                rest = previous + rest  # 全社会研发投入1630亿元，占地区生产总值的比重达2.5%
            elif (head := _head_before(rest, sentence, start)) is not None:
                rest = head[1] + rest  # 粮食生产获得大丰收，总产量807.84亿斤
            stop = predicate_start(rest, catalogue.spans(rest))
            previous = rest[:stop] if stop else ""
            if (
                stop == 0
                or rest.startswith(("占", "相当于"))
                or start >= later
                or _of_earlier_year(sentence, start, year)
                or _planned(sentence, start, start + len(clause))
                or _of_part_year(sentence, start, start + len(clause))
            ):
                continue  # 占地区生产总值的5.2%: a share of GDP, not GDP
            growth = (
                not _LONGER.search(clause)
                and not _since_before(sentence, start, year)
                and re.search(r"(?:增长|下降|降低|减少|削减)\s*-?[\d.]+\s*[%‰]", rest)
            )
            subject = rest[:stop]
            # 第三产业增长11.5%: the pairs of its plain words too (服务业增加值)
            plain = plain_words(normalize_name(subject))
            if all(sum(s[i : i + 2] in pairs for i in range(len(s) - 1)) < 2 for s in (subject, plain)):
                continue
            for name in names_of(subject, catalogue):
                key = _regions(name, catalogue)
                if key in keys:
                    found.setdefault(key, (match.start(), sentence))
                    if growth:
                        grows.setdefault(key, (match.start(), sentence))
    return found | grows, grows


_PARTS_OF = (
    "海洋",
    "民营",
    "县域",
    "园区",
    "新区",
    "开发区",
    "集聚区",
    "示范区",
    "保税区",
    "综保区",  # 综保区进出口总额实现65亿元: the bonded zone's (综合保税区), as are 高新区's and 自贸区's
    "高新区",
    "经开区",
    "自贸区",
    "非公有制",
    "服务",
    "服务业",
    "经济区",
    "民间",
    r"(?<=[\u4e00-\u9fff])(?<![全本][市省区州县])地区",  # 湘西地区, not the region's own 地区外贸出口总额
    "兵团",
    "脱贫县",
    "脱贫村",
    "脱贫人口",
    "脱贫户",
    "贫困县",
    "贫困村",
    "贫困人口",
    "贫困户",
    "贫困群众",
    "低收入(?:农户|村|人口|群体|困难群体|困难群众|群众|者|家庭|户)",  # 低收入村居民人均可支配收入同比增长9%
    "企业",
    "工业",
    "农业",
    "市直",
    "本级",
    "市属",
    "市属及以下",
    "绿色",
    "经常性",
    "跨境电商",
    "对台",
    "闽台",
    "厦台",
)
"""Words before an amount's name that make it a part's (海洋生产总值, 县域生产总值, 农业生产总值; the
city's own level of government: 市直公共财政收入, 市本级一般公共预算收入, 市属固定资产投资; the recurring
revenue: 经常性财政收入; cross-border e-commerce's trade: 跨境电商进出口总额突破8000亿元; the trade with
Taiwan: 厦台进出口贸易额增长33.9%, 对台进出口总额81亿美元), not the region's."""
_PART_BEFORE = re.compile(rf"(?:{'|'.join(_PARTS_OF)})(?:范围内?|内|的)?$")
"""A part's words, and those of its bounds (县域范围地区生产总值, 园区内工业增加值), just before a name."""


def _of_a_part(outcome: Outcome, catalogue: Catalogue) -> bool:
    """Whether ``outcome`` is named as a part's (市属及以下进出口总额), so given no result (not the
    region's revenue said to come from it: 源于广州地区的财政总收入)."""
    named = catalogue.spans(outcome.indicator_zh)
    return (
        outcome.indicator is None
        and "源于" not in outcome.indicator_zh
        and bool(named)
        and _PART_BEFORE.search(outcome.indicator_zh, 0, named[0][0]) is not None
    )


def _regions(name: str, catalogue: Catalogue) -> str | None:
    """The indicator ``name`` gives the region's figure of, if any: not a part's (兵团生产总值,
    湘西地区农村居民人均可支配收入) nor one per head (人均财政收入)."""
    key = catalogue.match(name)
    named = catalogue.spans(name)
    if key is None or (
        named
        and (
            name.endswith(("人均", "合同"), 0, named[0][0])
            # 脱贫人口人均可支配收入: the part named before the last name (脱贫人口 a name too)
            or any(_PART_BEFORE.search(name, 0, start) for start in (named[0][0], named[-1][0]))
        )
    ):
        return None
    return key


_PLAN = re.compile(r"目标|预期|力争|争取|计划|将(?!近)")
_BEYOND_PLAN = re.compile(r"(?:高于|超过|超出|低于|快于|慢于)(?:年初)?(?:计划|预期)?目标")
"""A result compared with its target (增长11%左右、高于年初计划目标2.5个百分点): no target word."""


def _planned(sentence: str, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` is given a target, not a result: target words
    stand in its clause (地区生产总值目标增长8%; 增长10%、力争完成65亿元), within ``_REACH``
    characters of it."""
    sentence = _BEYOND_PLAN.sub(_blank, sentence)
    near = max(0, start - _REACH)
    clause_start = max(near, *(sentence.rfind(c, near, start) + 1 for c in "；;，,"))
    far = min(len(sentence), end + _REACH)
    clause_end = min((i for i in (sentence.find(c, end, far) for c in "；;，,。") if i >= 0), default=far)
    return bool(_PLAN.search(sentence, clause_start, start) or _PLAN.search(sentence, end, clause_end))


_REACH = 100
"""How far from a name its clause is read: a clause without a stop could run on for a
sentence's 1,000 characters, read again for each name in it."""


def _of_earlier_year(sentence: str, at: int, year: int | None) -> bool:
    """Whether the last year that opens a clause of ``sentence`` before ``at`` is one before the
    year reviewed (2014年，全市地区生产总值达到1003.4亿元，…；公共财政收入达到86.6亿元, in a report
    for 2016 given in December 2015): the figures after it are that year's."""
    opens = [m.group(1) for m in _YEAR_OPENS.finditer(sentence, 0, at)]
    return bool(opens) and opens[-1] is not None and year is not None and int(opens[-1]) < year - 1


_YEAR_OPENS = re.compile(r"(?:^|[，；,;])[\s*]*(?:((?:19|20)\d{2})年(?![与和比较至到—－-]|以来)|去年|全年)")
"""A year that opens a clause, or the words for the one reviewed (2007年实现…，去年全市实现生产总值…)."""


_THIS_YEAR_OPENS = re.compile(r"[\s*#]*今年是[^。！？]{0,30}之年")
"""A sentence that frames the year ahead (今年是“十四五”规划收官之年), its plan; not 今年 alone, which in a
report given in December is the year reviewed (今年地区生产总值突破千亿元大关，达到1140.83亿元)."""


def _later_year_end(sentence: str, year: int | None) -> int:
    """Where the first mention of the report's own year or a later one ends in ``sentence``
    (2023年地区生产总值增长8%, in a 2023 report: what follows is planned, not a result); past its
    end if none."""
    if _THIS_YEAR_OPENS.match(sentence):
        return 0  # 今年是“十四五”规划收官之年，…推动经济总量达到5000亿元左右: the year's plan
    if year is not None:
        for found in re.finditer(r"((?:19|20)\d{2})年", sentence):
            if int(found.group(1)) >= year:
                return found.end()
    return len(sentence) + 1


_GROWS = re.compile(
    r"^(?:[，、和\s]|预计|全年|同比|(?:[又再仍]|仍然|依然)(?=增长)|同口径|[比较][上去]年|自然|实现|完成|达到?|为|首次|首|突破|超过?|近|总量|按照?可比价格?计算|按照?不变价格?计算|"
    r"分别|实际|(?:按照?)?可比口径(?:计算)?|按照?[省市新旧]口径计算|可比|、[^，；。\d%]{2,20}?(?=分别)|"
    r"(?:增长|增速|增幅)[^，；。\d%]{0,8}[，,]\s*(?=分别)|"
    r"[由从][^，；。\d]{1,8}(?:增长|下降)[\d.]+\s*%[到至]全年|"
    rf"扣除留抵退税因素后|{_ADJUSTED.pattern}(?:后|影响)?[，,]|"
    r"[（(][^（()）\d%]{1,30}[）)]|[（(](?:按|含|不含|剔除|扣除)[^（()）%]{1,30}[）)]|再?跨(?:上|越|过)?|[\d.一二三四五六七八九十两百千]+(?:(?:万亿|亿|万)(?:美?元(?:以上|左右|大关|台阶)?|台阶|大关)|美?元)|[\d.]+(?:万亿|亿)(?=[，、])|左右)*(?:增长|下降|削减|增速(?:均?达到?|为)?|增幅(?:均?达到?|为)?|[增降](?=\s*\d))\s*[\d.]+(?![\d.]|\s*个?百分点)"
)
"""A GDP or budget name followed by its growth, with only its level and such words between (仍增长18.1%:
still grew; 一般公共预算收入增长实现转正，分别增长1.3%和1.3%: the last of a list, its growth in turn)."""

_LEVEL_UNITS = ("money", "measure", "percent")


class Figure(NamedTuple):
    """A figure of a review clause."""

    kind: str
    """growth, level or change_pp."""
    value: Decimal
    unit: str | None
    end: int
    """Where it ends in the text."""
    comparable: bool = False
    """Said to be on a comparable basis (同口径): the one to compare with a target."""
    bound: bool = False
    """A level given as a bound (突破11万亿元): an exact level given beside it is preferred."""
    way: FigureBound | None = None
    """Which way the text bounds the figure, where it gives it as a bound (以上, 以内, 以下, 突破,
    超过, 超), of the figure as held (下降5%以上, -5: at_most)."""


@dataclass
class _Part:
    """A 、-part of a review clause: the indicators it names, its figures, and whether it names
    something the catalogue lacks (whose figures are then not another's)."""

    subjects: list[Outcome]
    figures: list[Figure]
    unknown: bool = False
    verb: str | None = None
    """The growth verb its figures were given with, for a bare figure after it."""
    passed: bool = False
    """Its figures are all of other years (年均城镇新增就业6.2万人): the next part's are not its."""


def _sentence(sentence: str, offset: int, catalogue: Catalogue, year: int | None = None) -> list[Outcome]:
    """Each indicator of a sentence with the figures it is given (for ``year``'s report)."""
    results: list[Outcome] = []
    current: list[Outcome] = []
    slots: list[Outcome | None] = []  # each thing named in turn (None: one the catalogue lacks, 支出2903亿元)
    position = 0
    since = plan_end = over_years = False
    later = offset + _later_year_end(sentence, year)
    # Bold marks end a clause too (**一、经济发展步伐加快** 预计…生产总值1850亿元).
    for clause in _clauses(sentence):
        lead = len(clause) - len(clause.lstrip("* \u3000"))
        at = offset + position + lead
        position += len(clause)
        body = clause[lead:].rstrip("，；,;。：:* ")
        if ENTITY.search(clause[lead:].rstrip("，；,。：:* ")):
            body += ";"  # 人口自然增长率为6&permil;: the entity's own ;
        opened = sum(body.count(c) for c in "（(") - sum(body.count(c) for c in "）)")
        if (opened > 0 and body.endswith(("（", "("))) or (opened < 0 and body.endswith(("）", ")"))):
            # …增长9.3%（ and 一、二、三产增加值分别增长…9.2％）: the bracket of a list's clause (_LIST_ASIDE)
            body = body[:-1]
        body = _as_read(body)
        if not body.strip():
            continue
        # 分别, or figures listed after names listed (城镇和农村常住居民人均可支配收入增长2.7%、7%; 城镇和农村
        # 居民人均可支配收入从25041元、7668元增加到37016元、12373元): in turn
        respectively = any(p.search(body) for p in (_RESPECTIVELY, _FIGURES_LISTED, _TWO_AMOUNTS))
        owner = current[0] if len(current) == 1 and _SHARE_OF_IT.match(body) else None
        if owner is not None:
            # 全社会研发投入1630亿元，占地区生产总值的比重达2.5%: the share of the one named before,
            # read as its name (全社会研发投入占地区生产总值的比重)
            body, at = owner.indicator_zh + body, at - len(owner.indicator_zh)
        lead_words = _LEADING.match(body)
        skip = lead_words.end() if lead_words else 0
        head = _head_before(body[skip:], sentence, position - len(clause))
        if head is not None:
            # 粮食再获丰收，总产达613.6亿斤: the grain's output, worded from 粮食
            body, at = body[:skip] + head[1] + body[skip:], at - len(head[1])
        named_at = owner.start if owner is not None else offset + head[0] if head is not None else None
        income = _INCOME.search(sentence, 0, position - len(clause))
        parts = _clause_parts(
            body, at, catalogue, respectively, year, income=income is not None, before=current
        )
        if _since_clause(body, year):
            since = True
        if _ON_THE_YEAR.search(body):
            plan_end = False  # 比上年增长13.9%: the year's again
        if since or plan_end:  # 与2005年相比，…下降22%: the changes of several years, not the year's
            for part in parts:
                part.figures = [f for f in part.figures if f.kind == "level"]
        if _summed_before(sentence, position - len(clause) + lead):
            for part in parts:
                part.figures = [f for f in part.figures if f.kind != "level"]
        if _ON_THE_YEAR.search(body) or "去年" in body or (year is not None and f"{year - 1}年" in body):
            # 五年来，…年均增长11.5%，2007年达到7077.2亿元，比上年增长12.1%; 5年来，…，去年地区生产总值
            # 1.81万亿元: the year's
            over_years = False
        # 2019年社会消费品零售总额9552亿元，商品进出口总值突破1万亿元 (in a report of 2021): that year's
        earlier = _of_earlier_year(sentence, position, year)
        for part in parts:  # 城乡居民收入稳步增长，到2017年分别达到3.12万元、1.15万元: planned
            part.figures = [f for f in part.figures if f.end <= later and not earlier]
            if over_years and not _REACHED.search(body):
                # 五年利用外商直接投资12.4亿美元，引进省外资金1301亿元: what the years add up to; a rate
                # stays (城镇登记失业率3.5%), as does a level reached (达到897.8亿元)
                part.figures = [f for f in part.figures if f.kind == "level" and f.unit in ("%", "‰")]
        # …一般公共预算收入、农村居民人均可支配收入实现翻一番，城镇居民人均可支配收入提高85%; 万元GDP能耗累计
        # 下降21.5%，水、气主要污染物排放分别减少17.8%和11.7%: an indicator's doubling or summed change is
        # of years, and so are the changes after it (not 汽车销售实现翻番's)
        of_years = _OF_YEARS.search(body) is not None and any(part.subjects for part in parts)
        over_years = over_years or _YEARS_OPEN.match(body) is not None or of_years
        # 生产总值800亿元，比“十一五”末增长62.7%；人均生产总值8000美元，增长58.2%: each growth after one
        # since the end of the plan before, or since a year before the previous one, is of the years too
        # (2006年全市生产总值达到2624亿元，比2003年增长72.1%；工业总产值5512亿元，增长88.8%; but not after
        # 比2002年翻了一番, no rate nor points of the years)
        plan_end = plan_end or (_since(body, year) and _RATE_OR_POINTS.search(body) is not None)
        since = since or _risen_since(body, year)  # 由2015年的94.9亿元增加到170亿元，增长79.1%
        if clause.rstrip().endswith(("；", ";")):
            since = over_years = False
        if named_at is not None:
            for part in parts:
                for outcome in part.subjects:
                    outcome.start = named_at
        subjects = [o for part in parts for o in part.subjects]
        if not subjects and _PART_YEAR.match(body, skip):
            continue  # 生产总值一季度下降8.7%，上半年收窄至-4.3%，…，全年完成4222亿元: a part of the year's
        if body.startswith("其中") and current and all(_of_a_part(o, catalogue) for o in current):
            # 市属及以下进出口总额完成153.6亿美元，…，其中出口94.1亿美元: a part of a part's
            for outcome in subjects:
                outcome.indicator = None
        if not subjects and not any(part.unknown for part in parts):
            # No indicator named: the figures go on with the ones before (增长4.2%、5.3%); after a
            # part of the year (前三季度…增长5.6%), 预计全年 gives the full year's estimate.
            figures = [f for part in parts for f in part.figures]
            if figures and current and _WHOLE_YEAR.match(body) and _PART_YEAR.search(sentence):
                for outcome in current:
                    outcome.growth = outcome.level = outcome.change_pp = None
            if any(f.kind == "growth" for f in figures) and _REAL.match(body):
                # 增长10.4%，扣除价格上涨因素实际增长7.4%: the real growth, the one a target sets
                for outcome in current:
                    outcome.growth = None
            owners = current
            listed = max((sum(f.kind == k for f in figures) for k in ("growth", "level")), default=0)
            if listed > 1 and listed > len(current) and len(slots) >= listed:
                # 可支配收入24725元，纯收入10747元，分别增长7%和6.5%; 收入1126亿元、支出2903亿元，分别增长
                # 11.6%和27.2%; 城镇…21575元，农村…6907元，实际增长12%和10.7%: in turn
                for kind in ("growth", "level", "change_pp"):
                    given = [f for f in figures if f.kind == kind]
                    if len(given) == listed:
                        for owner, figure in zip(slots[-listed:], given, strict=True):
                            if owner is not None:
                                _give([owner], [figure], catalogue, respectively=False)
                continue
            if body.startswith("均"):
                # 可支配收入7320元，纯收入1840元，均增长10%: each indicator before given no growth yet
                owners = list(itertools.takewhile(lambda o: o.growth is None, reversed(results)))[::-1]
            _give(owners, figures, catalogue, respectively=respectively)
            continue
        if respectively:
            # 分别: the clause's figures go to its indicators (or the ones before) in turn.
            _give(
                subjects or current,
                [f for part in parts if not part.unknown for f in part.figures],
                catalogue,
                respectively=True,
            )
        else:
            pending: list[Outcome] = []
            passed: list[Outcome] = []
            for part in parts:
                if part.subjects and part.figures:
                    # 年均城镇新增就业6.2万人、转移农村劳动力113.2万人次: a name whose figures were all of
                    # other years is given none of the next name's (but 年均增长7.1%、2017年达到2.8万亿元)
                    pending = [o for o in pending if all(o is not p for p in passed)]
                pending += part.subjects
                passed += part.subjects if part.passed else []
                # figures of something the catalogue lacks; a clause of words alone (居全国第一)
                # gives none, and the next clause's go on with the name before
                if part.unknown and (part.figures or len(parts) > 1):
                    pending, current = [], []
                elif part.figures:
                    owners = pending or current
                    _give(owners, part.figures, catalogue, respectively=False)
                    current, pending = owners, []
            current = pending or current
        results += subjects
        for part in parts:
            slots += [*part.subjects, *([None] if part.unknown and part.figures else [])]
        current = subjects or current
    for outcome in results:
        info = catalogue.indicators.get(outcome.indicator or "")
        # A rate that is itself a change (居民消费价格上涨2.2%) is a level of that rate.
        if (
            info is not None
            and info.unit in ("%", "‰")
            and (outcome.level is None or outcome.level_bound)
            and outcome.growth is not None
        ):
            # In the rate's own unit: 人口自然增长率6.2％ is of ‰, as docs/transcribing.md reads it;
            # the rise given, not the bound after it (居民消费价格上涨2%，控制在3%左右: the target's)
            if outcome.level is not None:
                bound_at = sentence.rfind("控制在", 0, outcome.end - offset)
                if bound_at > outcome.start - offset:
                    outcome.end = offset + len(sentence[:bound_at].rstrip("，,、 "))
            outcome.level, outcome.level_unit = outcome.growth, rate_unit(outcome.growth, own=info.unit)
            outcome.growth = None
            if "growth" in outcome.bounds:  # 居民消费价格涨幅控制在3%以内: the rate's level, at most 3
                outcome.bounds["level"] = outcome.bounds.pop("growth")
            outcome.rate = True
        elif (
            info is not None and info.unit == "‰" and outcome.level_unit == "%" and outcome.level is not None
        ):
            # 人口自然增长率下降至7.4%: a level reached, in ‰ where it is plainly one, as a bare level is
            outcome.level_unit = rate_unit(outcome.level, own=info.unit)
        if index_figure(outcome.indicator_zh, outcome.level, outcome.level_unit):
            outcome.level_unit = None  # 居民消费价格指数为100.9%: an index
        level, money = outcome.level, unit_of(outcome.level_unit or "")
        if (
            level is not None
            and money is not None
            and money.dimension == "money"
            and finer_than_held(level, money, cents=True)
        ):
            outcome.level = outcome.level_unit = None  # 2770.555元: finer than a result is held
        if info is not None and info.unit != "%":
            outcome.change_pp = None  # an amount changes by percent, not by points
    shared: dict[int, list[Outcome]] = {}
    for outcome in results:  # indicators listed together share their span (分别增长…)
        shared.setdefault(outcome.end, []).append(outcome)
    for group in shared.values():
        first = min(o.start for o in group)
        for o in group:
            o.start = first
    return [
        o
        for o in results
        if o.indicator is not None
        and (o.growth is not None or o.level is not None or o.change_pp is not None)
    ]


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses, split after ，；： and bold marks, never inside brackets (地方生产总值完成
    1163.4亿元（预计数，下同）、增长10%: one clause; 剔除减税降费因素影响，增长18.6%: one, the growth
    measured without what the first part names)."""
    clauses: list[str] = []
    depth = 0
    for piece in _split_after(sentence, r"(?<=[，；,;：:])|(?<=\*\*)"):
        if clauses and (
            depth > 0 or (_ADJUSTED.search(clauses[-1]) and _LEADING.fullmatch(clauses[-1].rstrip("，,")))
        ):
            clauses[-1] += piece
        else:
            clauses.append(piece)
        depth = max(0, depth + sum(piece.count(c) for c in "（(") - sum(piece.count(c) for c in "）)"))
    return [piece for clause in clauses for piece in _aside_apart(clause)]


_LIST_ASIDE = re.compile(r"(?<=[\d.][%％‰])[（(](?=[^（()）]{1,80}分别[^（()）]{0,80}\d[%％‰]?[）)])")
"""A bracket after a figure that lists names of its own with their figures in turn (全州地区生产总值完成
1506.37亿元、同比增长9.3%（一、二、三产增加值分别增长7.6％、10.3％、9.2％）): a clause of its own, whose
分别 is not the clause's before it."""


def _aside_apart(clause: str) -> list[str]:
    """``clause`` with a bracketed list of its own (``_LIST_ASIDE``) cut off after its opening bracket."""
    aside = _LIST_ASIDE.search(clause)
    return [clause] if aside is None else [clause[: aside.end()], clause[aside.end() :]]


_RUN_ON = (
    r"(?<=\d[%％])(?=(?![以左的和及或至到收转比较分])"
    r"(?:(?!为|转|由|比|较|分别)[\u4e00-\u9fff]){2,20}?(?:增长|下降)\s*-?\d)"
)
"""A growth's figure run into the next name and its growth, its comma lost (全市生产总值增长8.7％地方
公共财政预算收入增长19.3％全社会固定资产投资增长22.1％: 南阳 2014): a clause ends there; not where
words about the figure follow (下降5%以上、…; 由上年下降40.3%收窄为下降3.9%)."""


def _split_after(sentence: str, marks: str) -> list[str]:
    """``sentence`` split where ``marks`` matches, or a figure runs into the next clause
    (``_RUN_ON``), but not after the ; of an HTML entity left in a Markdown text (人口自然增长率为
    6&permil;。: one clause, a figure in ‰)."""
    pieces: list[str] = []
    for piece in re.split(f"{marks}|{_RUN_ON}", sentence):
        if pieces and ENTITY.search(pieces[-1]):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


_SHARE_OF_IT = re.compile(r"占(?:全[省市区国州盟])?(?:地区)?(?:生产总值|GDP)的?比重")
"""A clause that gives the share in GDP of what the clause before named."""

_BARE_HEADS = (
    (re.compile(r"(?:总产量|总产|产量)(?=[为达\d])"), ("粮食",)),
    (re.compile(r"涨幅(?=[为在控\d])"), ("居民消费价格", "物价")),
    (re.compile(r"收入(?:差距|倍差)(?=[缩收降为由从进])"), ("城乡",)),
    (re.compile(r"增加值(?=[为达实完\d])"), ("规模以上工业", "规上工业", "规模工业")),
)
"""A clause's bare subject, and the words before it in its sentence it is of: 粮食生产再获丰收，
总产达到557亿斤 (the grain's output); 居民消费价格涨幅连续6个月回落，全年涨幅为5.6% (the prices');
城乡居民人均可支配收入分别达到8.3万元和4.6万元，收入差距缩小至1.79∶1 (the urban-rural income ratio);
规上工业总产值2259.6亿元、增长9.8%，增加值698.8亿元 (the industry's value added)."""


def _head_before(rest: str, sentence: str, end: int) -> tuple[int, str] | None:
    """Where in ``sentence[:end]`` the words stand that the bare subject opening ``rest`` is of,
    and the words, if it opens with one (总产量 after 粮食)."""
    for bare, heads in _BARE_HEADS:
        if bare.match(rest):
            for head in heads:
                at = sentence.find(head, 0, end)
                if at >= 0:
                    return at, head
    return None


def _of_part_year(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` (or the words there) is given a part of the
    year's figures, where the year's are not given in its clause (第一季度市生产总值增长3.1%;
    前三季度，全市生产总值实现11024亿元，同比增长4.1%，预计全年仍将保持稳定增长; 1—11月，…，
    一般公共预算收入增长11.8%: the part opens its list; 前三季度城镇和农村常住居民人均可支配收入
    分别增长5.9％)."""
    clause = _clause_start(text, start)
    # 前三季度，…增长3.7%；城乡居民人均可支配收入分别增长4.5%、6.3%: the part opens the sentence, up
    # to a 全年 (1—11月，…预计全年突破1000亿元；地方一般公共预算收入增长10%: the year's again)
    opens = max(text.rfind(c, 0, start) for c in "。\n") + 1
    if "全年" in text[opens:start]:
        opens = max(text.rfind(c, 0, start) for c in "；;。\n") + 1
    return (
        _PART_YEAR_OF.search(text, _clause_start(text, max(clause - 1, 0)), start) is not None
        or _PART_YEAR_LEADS.match(text, opens, start) is not None
        or _PART_YEAR_OPENS.match(text, start, end) is not None
    ) and re.match(r"[^；;。]*?全年[^；;。\d]{0,12}\d", text[end : end + 200]) is None


_REAL = re.compile(r"扣除价格(?:上涨)?因素")
_WHOLE_YEAR = re.compile(r"^(?:预计|估计|初步预计)?全年")
_LISTED_GROWS = re.compile(
    r"(?:[、和及][^、和及，；。\d%]{1,24}){1,10}?(?:[，,]\s*(?=分别))?(?:分别|均)?(?:比上年|较上年|同比)?(?:分别)?"
    r"(?:增长|下降)\s*[\d.]+\s*%"
)
"""The names listed after a name, then the growth rates of all (收入、支出增长10%和10.9%), in a clause
after theirs where 分别 opens it (地区生产总值和一般公共预算收入增长实现转正，分别增长1.3%和1.3%)."""
_PART_YEAR = re.compile(
    r"第?[一二三四1-4]季度|前三季度|上半年|1[-—～~至到]1?[0-9]月份?|一至[一二三四五六七八九十]+月份?|前(?:[一二三四五六七八九十]+|1?[0-9])个月"
)
_SINCE_MONTH = r"(?:1?\d|[一二三四五六七八九十]+)月份?以来|下半年以来"
_WHOLE_YEAR_AFTER = re.compile(
    r"(?:[^，；。\d%]{0,16}[，,]\s*)?"
    rf"(?:(?:{_PART_YEAR.pattern}|{_SINCE_MONTH})[^，；。]{{0,12}}[，,、]\s*){{0,3}}(?:[^，；。\d%]{{0,16}}[，,]\s*)?"
    r"(?:预计|估计|初步预计)?全年(?:增长|下降)\s*\d"
)
"""Words about a name, or parts of the year's figures, and the whole year's growth in a clause after
(增速逐季提高，全年增长4.5%; 一季度下降7.2%，二季度迅速恢复到正增长，预计全年增长3.5%左右; 二季度由负转正、
全年增长4.2%; 增速扭转下行态势，7月份以来稳定回升，全年增长11%)."""
_PART_YEAR_LEADS = re.compile(
    rf"[\s*]*(?:(?:初步)?预计|(?:据|经)?初步(?:统计|核算))?[，,]?(?:{_PART_YEAR.pattern})[，,]"
)
"""A part of the year that opens a sentence, an estimate's words before it (预计上半年，…; 第一季度，…)."""
_PART_YEAR_OPENS = re.compile(rf"[\s*]*(?:{_PART_YEAR.pattern})")
"""A part of the year that opens the words read (前三季度城镇和农村常住居民人均可支配收入分别增长5.9％)."""
_PART_YEAR_OF = re.compile(rf"(?:{_PART_YEAR.pattern})[，,]?[^，；。]*$")
"""A part of the year in the words before a name in its clause or the one before (第一季度市生产总值…)."""


_RESPECTIVELY = re.compile("分别")
_FIGURES_LISTED = re.compile(r"[\d.]+\s*[%％]\s*、\s*[\d.]+\s*[%％]")
_PERIOD = rf"(?:{_PART_YEAR.pattern}|全年)"
_PERIODS_LISTED = re.compile(
    rf"(?P<periods>{_PERIOD}(?:[、和及]{_PERIOD})+)(?P<verb>分别(?:比上年|同比)?(?:增长|下降))"
    r"(?P<figures>\s*-?[\d.]+\s*[%％](?:\s*[、和]\s*-?[\d.]+\s*[%％])+)"
)


def _whole_year_of_periods(text: str) -> str:
    """``text`` with each list of parts of the year and their figures in turn reduced to the
    whole year's (一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5%: 全年增长6.5%), written
    where the list ends and blanked before, so that every place after it stays where it was; a
    list without the whole year is blanked (一季度、上半年、前三季度分别增长2.5%、2.7%、2.8%，全年
    增长3.1%)."""

    def whole_year(found: re.Match[str]) -> str:
        periods = re.split(r"[、和及]", found["periods"])
        figures = re.findall(r"-?[\d.]+\s*[%％]", found["figures"])
        if len(periods) != len(figures):
            return found.group()
        whole = (
            "全年" + found["verb"].replace("分别", "") + figures[periods.index("全年")]
            if "全年" in periods
            else ""
        )
        return whole.rjust(len(found.group()))

    return _PARTS_BEFORE_WHOLE.sub(_blank, _PERIODS_LISTED.sub(whole_year, text))


_PARTS_BEFORE_WHOLE = re.compile(
    rf"(?:(?:{_PART_YEAR.pattern})(?:增长|下降)\s*-?[\d.]+\s*[%％][、，,]\s*)+(?=(?:预计)?全年(?:增长|下降)\s*-?\d)"
)
"""Parts of the year each given its growth, before the whole year's (地区生产总值一季度增长0.3%、上半年增长
3.1%、前三季度增长5.2%、全年增长6%): blanked, so that the whole year's is the name's."""


_UNADJUSTED = re.compile(r"[（(](?:不扣除|未扣除|不剔除|未剔除)[^（()）]{0,80}?\d\s*%[^（()）]{0,10}[）)]")
"""An aside giving the figures unadjusted (增长8.84%（不扣除不可预见的政策性退税1.98亿元，完成56.65亿元，
增长12.8%）): the result is the one before it."""
_ON_A_BASE = re.compile(r"在[^，；。在]{0,40}?[\d.]+\s*[%％万亿元美吨个人]{0,4}的基础上")
"""The figures a result stands on (在上年增长15.7%的基础上又增长14.5%): an earlier year's, not a result
(but 在前3年每年完成400多万亩营造林的基础上 names what the figures after it are of)."""


def _as_read(text: str) -> str:
    """``text`` with the figures that are not the year's results blanked (their places kept): the
    parts of the year's beside the whole year's, and the figures of the base it rose from; a head
    word after its verb read before it."""
    text = _VERB_BEFORE_HEAD.sub(r"\g<head>分别\g<verb>", text)
    return _UNADJUSTED.sub(_blank, _ON_A_BASE.sub(_blank, _whole_year_of_periods(text)))


_VERB_BEFORE_HEAD = re.compile(r"分别(?P<verb>实现|完成)(?P<head>增加值)(?=\d)")
"""The head of names listed before it, after their verb (第一、二、三产业分别实现增加值163亿元、603亿元…),
read in its place as the names' (第一、二、三产业增加值分别实现…: the same length, so the places kept)."""


def _blank(found: re.Match[str]) -> str:
    """Spaces where ``found`` stood: its words unread, the places of the others kept."""
    return " " * len(found.group())


def _give(owners: list[Outcome], figures: list[Figure], catalogue: Catalogue, *, respectively: bool) -> None:
    """Give figures to the indicators they belong to: in turn (分别), or all to one, or one to all;
    a level only to one it can measure (收入增长10%；…实现14万人脱贫: not the income's)."""
    if not owners or not figures:
        return
    by_kind: dict[str, list[Figure]] = {}
    for figure in figures:
        by_kind.setdefault(figure.kind, []).append(figure)
    for kind, listed in by_kind.items():
        if len(listed) > 1 and len(listed) == len(owners):
            pairs = list(zip(owners, listed, strict=True))
            # 城市居民人均可支配收入和农民人均纯收入分别增长16.5%、14%: each's words are the whole list's
            # (docs/transcribing.md), up to the last figure, not up to its own
            for outcome in owners:
                outcome.end = max(outcome.end, listed[-1].end)
        elif len(owners) == 1:
            preferred = [f for f in listed if f.comparable or (f.kind == "level" and not f.bound)]
            pairs = [(owners[0], preferred[-1] if preferred else listed[0])]
        elif len(listed) == 1 and (
            not respectively
            or (kind == "growth" and (len({o.start for o in owners}) == 1 or len(figures) == 1))
        ):
            # 城乡常住居民人均可支配收入分别增长8%左右: one rate for the two parts of one name is each's; so
            # is the one rate of several names (化学需氧量、二氧化硫排放量分别下降1%)
            pairs = [(o, listed[0]) for o in owners]
        else:
            continue
        for outcome, figure in pairs:
            if kind == "growth" and (
                outcome.growth is None
                or (figure.comparable and not outcome.growth_comparable and len(owners) == 1)
            ):
                # 一般公共预算收入下降1.6%，扣除减税降费等因素影响，可比增长11.5%: the comparable one
                outcome.take("growth", figure)
                outcome.growth_comparable = figure.comparable
            elif kind == "change_pp" and outcome.change_pp is None:
                outcome.take("change_pp", figure)
            elif (
                kind == "level"
                and (
                    outcome.level is None
                    or (outcome.level_bound and not figure.bound)
                    # 跨越7000亿元、8000亿元两个台阶: past the higher step
                    or (
                        outcome.level_bound
                        and figure.unit == outcome.level_unit
                        and figure.value > outcome.level
                    )
                )
                and units_fit(
                    figure.unit, getattr(catalogue.indicators.get(outcome.indicator or ""), "unit", None)
                )
            ):
                passed = outcome.bound("level") if outcome.level_bound else None
                outcome.take("level", figure)
                if figure.way is None and figure.bound and passed is not None:
                    # 跨越7000亿元、8000亿元两个台阶: the higher step passed as the lower one was
                    outcome.bounds["level"] = passed
                outcome.level_unit, outcome.level_bound = figure.unit, figure.bound
            else:
                continue
            outcome.end = max(outcome.end, figure.end)


def _clause_parts(
    body: str,
    at: int,
    catalogue: Catalogue,
    respectively: bool,
    year: int | None = None,
    *,
    income: bool = False,
    before: list[Outcome] | None = None,
) -> list[_Part]:
    """A review clause's 、-parts; a part that is only a name joins the next (城镇、农村居民收入),
    and a bare figure goes on with the verb before it (增长4.2%、5.3%) and with the names before it
    (``before``: the clause's before)."""
    pieces: list[tuple[int, str]] = []
    position = 0
    for segment in re.split(r"(?<=、)", body):
        # (a figure with an aside after it is bare too: 261.86亿元（预计数)
        bare = FIGURE.match(segment)
        bare = bare if bare and _ASIDE_TO_END.fullmatch(segment, bare.end()) else None
        if (
            pieces
            and bare
            and bare.group("unit")
            and len(FIGURE.findall(pieces[-1][1])) == 1
            and not FIGURE.match(pieces[-1][1])
        ):
            # 城镇居民、农村居民人均可支配收入30182元、14530元: the amounts of the names in turn
            start, text = pieces.pop()
            pieces.append((start, text + segment))
        elif (
            pieces
            and not FIGURE.search(
                pieces[-1][1], predicate_start(pieces[-1][1], catalogue.spans(pieces[-1][1]))
            )
            and not _PREDICATE_WORDS.search(pieces[-1][1])
        ):
            # 实际利用外商直接投资、完成进出口总额分别增长…: a listed name's own verb is not the
            # list's predicate (blanked, so that every place in the text stays where it was); a name's
            # figure is none (PM2.5、PM10年平均浓度分别下降13.58%、7.91%)
            own_verb = _LISTED_VERB.match(segment)
            if own_verb and any(a == own_verb.end() for a, _ in catalogue.spans(segment)):
                segment = " " * own_verb.end() + segment[own_verb.end() :]
            start, text = pieces.pop()
            pieces.append((start, text + segment))
        else:
            pieces.append((position, segment))
        position += len(segment)
    parts = []
    verb: str | None = None
    after_bound = False
    froms = [(m.start(), m.end()) for m in _FROM_VALUES.finditer(body)]
    for start, segment in pieces:
        head = _head_before(segment, body, start) if start else None
        if head is not None:
            # 粮食播种面积1261.7万亩、产量511万吨: the grain's output, worded from 粮食
            segment, start = head[1] + segment, start - len(head[1])
        part = _part(
            segment.rstrip("、"),
            at + start,
            catalogue,
            respectively,
            verb,
            year,
            income=income,
            froms=[(a - start, b - start) for a, b in froms],
            carried=before,
            after_bound=after_bound,
        )
        if head is not None:
            for outcome in part.subjects:
                outcome.start = at + head[0]
        after_bound = bool(part.figures) and part.figures[-1].kind == "level" and part.figures[-1].bound
        verb = part.verb or verb
        before = part.subjects or before
        parts.append(part)
    return parts


_BRACKETS = re.compile(r"[（(][^（()）]{1,30}[）)]")
"""A bracketed aside (（扣除增值税留抵退税因素）)."""
_FROM_VALUES = re.compile(
    r"[由从](?:上年的?)?(?=(?:“?(?:十[一二三四五]|[七八九])五”?期?末的?)?\d)[^，；。到至]{0,60}(?=[到至])"
)
"""The values a list of figures rose or fell from (分别由1800.2亿元、562.7亿元增加到…; 由“八五”期末的833亿元
增加到2000年的1400亿元): not results."""

_LISTED_VERB = re.compile(r"(?:完成|实现)")
"""A verb a listed name may open with (完成进出口总额)."""

_PREDICATE_WORDS = re.compile(r"增长|下降|提高|提升|达|为|完成|实现|突破|超|近|迈上|同比|同口径|持平")


def _part(
    segment: str,
    at: int,
    catalogue: Catalogue,
    respectively: bool,
    verb_before: str | None = None,
    year: int | None = None,
    *,
    income: bool = False,
    froms: list[tuple[int, int]] | None = None,
    carried: list[Outcome] | None = None,
    after_bound: bool = False,
) -> _Part:
    """A 、-part's names and figures (``income``: a residents' income was named before in the
    sentence, whose urban and rural parts may follow as 城镇 and 农村; ``froms``: where in the
    part values risen from stand, whose figures are passed over; ``carried``: the names a part
    naming none goes on with; ``after_bound``: the part before ended with a bound, which a bare level
    listed after it is too)."""
    if GARBLED_FIGURE.search(segment):  # 增长２$1.$2％: no figure of it can be read
        return _Part([], [], unknown=True)
    lead = _LEADING.match(segment)
    skip = lead.end() if lead else 0
    rest = segment[skip:]
    stop = predicate_start(rest, catalogue.spans(rest))
    flat = _FLAT.search(segment)
    if flat:  # 与上年持平 (level with the year before): a growth of 0 (docs/transcribing.md)
        stop = min(stop, max(0, flat.start() - skip))
    # 总量跃上4万亿元台阶: the verb of a level's step is not part of the subject, nor is the year
    # compared with (城镇和农村常住居民人均可支配收入比上年分别增长8.9%和10%), nor a part of the year
    # and the words after it (全市GDP一季度增长0.3%，…，全年增长4.6%; 生产总值二季度由负转正、全年增长4.2%)
    subject = re.sub(
        r"(?:跨上|跃上|站上|登上|迈过|跨越|[比较][上去]年|同比|预计|年均|较快|快速|[由从]“?十[一二三四五]五”?期?末"
        rf"|(?<=.)(?:{_PART_YEAR.pattern}).*)$",
        "",
        rest[:stop].strip().rstrip("、"),
    )
    spans = catalogue.spans(subject)
    share = bool(spans) and re.match(r"[额量]?占", subject[spans[0][1] :]) is not None
    if (
        subject
        and catalogue.match(subject) is None
        and spans
        and re.fullmatch(r"(?:全[省市区县州盟])?", subject[: spans[0][0]])
        and not re.search(r"[、和及与]", subject)
        and not _ANOTHER_AFTER.match(subject, spans[0][1])
    ):
        # 地区生产总值连跨两个千亿元台阶, 全区生产总值初步预计3000亿元: the name, and words about it
        subject = subject[: spans[0][1]]
    subjects: list[Outcome] = []
    # 全体居民人均可支配收入25735元、增长5.4%，其中城镇35720元、增长4.1%，农村13889元: its parts
    part_of_income = income and subject in ("城镇", "农村")
    names = [subject + _INCOME_NAME] if part_of_income else names_of(subject, catalogue) if subject else []
    for name in names:
        # 城乡居民人均可支配收入分别增长…, or 城乡居民人均可支配收入34993元和13747元: the two incomes
        two = respectively or _TWO_AMOUNTS.search(segment) or _TWO_RATES.search(segment)
        pieces = pair_in_turn(name) if two else [name]
        if not two and re.match(r"(?:增幅|增速)?均", segment[segment.find(name, skip) + len(name) :]):
            # 城乡居民人均可支配收入均增长8.5%, 城乡居民收入增幅均达到15%: the whole's and each of the
            # two's (the data's reports targeted one or the others)
            pieces = list(dict.fromkeys([name, *pair_in_turn(name)]))
        for piece in pieces:
            if piece.endswith("银行"):
                continue  # 进出口银行…授信1000亿元: a bank's
            # A name given no result of its own (来源于广东的财政总收入, a part's) still holds its
            # place, so that figures listed in turn skip it; it is dropped after.
            # 对俄进出口总额, 对日韩进出口: a partner's trade, a part of the region's
            key = None if re.match(r"对(?!外|比)", subject) else _regions(piece, catalogue)
            several = len(names) + len(pieces) > 2
            if key is None and not catalogue.spans(piece) and not (respectively and several):
                # (利税、利润分别增长10%和15%: 利税 holds the first place of the two; 城乡低保标准分别提高8%和
                # 10%: 城镇低保标准 the first)
                continue
            place = segment.find(name, skip)
            start = at + (place if place >= 0 else skip)
            outcome = Outcome(piece, key, start, start + len(name))
            outcome.rate = bool(re.search(r"涨幅|增幅|增速", name))
            subjects.append(outcome)
    if share and any(
        (info := catalogue.indicators.get(o.indicator or "")) is not None and info.unit != "%"
        for o in subjects
    ):
        return _Part([], [], unknown=True)  # 进出口额占全省进出口总额的65.2%: a share of it, not its result
    figures: list[Figure] = []
    passed = False
    predicate_at = risen_from = skip + stop
    said: str | None = None
    last_end: int | None = None
    previous_end = -1
    run, opened = 0, None  # where the list the figure stands in begins, and the bound before its first
    last_after = ""
    # 500万元以上固定资产投资增长1.8%: a figure of the subject (a size in a name) is none of its figures
    for match in FIGURE.finditer(segment, skip + stop):
        before = segment[max(0, match.start() - 8) : match.start()]
        if any(a <= match.start() < b for a, b in froms or ()):
            risen_from = match.end()  # 分别由1800.2亿元、562.7亿元增加到…: what they rose from
            continue
        if (
            # 年均分别增长12.3%和10.7%; 城镇新增就业每年110万人以上; 城镇登记失业率始终控制在4.5%以内
            _SEVERAL_YEARS.search(segment[: match.start()])  # 五年累计转移…260万人
            or _since(segment[: match.start()], year)
            or _of_another_year(before, year)
        ):
            passed = True
            continue
        if (
            # 第3位; 前10; 由…; 减收290亿元 (an amount of change, not a level); 战略性新兴产业对规模以上工业
            # 增加值增长贡献率超过40% (a share of another's growth, not that of a 贡献率 named)
            re.search(r"第[一二三四五六七八九十\d]*$|前$|[由从]$|减收$", before)
            or (
                re.search(r"贡献率[^\d]{0,4}$", before)
                and not any("贡献率" in o.indicator_zh for o in subjects)
            )
            # 经济总量净增120.3亿元, 净增129亿元: an amount gained, not the level reached
            or (unit_of_figure(match) not in ("%", "‰") and re.search(r"(?:净增|增加|减少)$", before))
            or _is_year(match, segment)
            or _THRESHOLD_OF_PLACES.match(segment, match.end()) is not None
            # 增长37v7%: a figure a letter runs into is garbled (PM2.5's 2.5 is part of a name)
            or re.match(r"[A-Za-z]", segment[match.start() - 1 : match.start()]) is not None
            # 由上年下降40.3%收窄为下降3.9%: the second rate
            or (unit_of_figure(match) in ("%", "‰") and _TURNED.match(segment, match.end()))
        ):
            continue
        unit = unit_of_figure(match) or _shared_unit(segment, match.end())
        over = _MORE_THAN.match(segment, match.end()) if unit is None else None
        if over:
            unit = over.group(1)  # 引进省外到位资金5000多亿元: its level, said to be over it
        if unit is not None and unit.endswith("人") and segment.startswith("民币", match.end()):
            unit = unit[:-1] + "元"  # 1398.4亿人民币: yuan, not people
        bare = _BARE_YUAN.match(segment, match.end()) if unit is None else None
        if bare and _in_yuan(subjects or carried or [], catalogue):
            # 达到1.68万亿，增长6.7%; 增长14%、达到1910亿: yuan, as GDP is counted
            unit = bare.group() + "元"
        value = number_of(match.group("low"))
        indexed = any("指数" in o.indicator_zh for o in subjects or carried or [])
        if unit is None and indexed and 90 <= value <= 200 and _BARE_INDEX.match(segment, match.end()):
            unit = "%"  # 居民消费价格指数为103.1，…: the index, as 103.1% is (index_figure)
        verb = _GROWTH.findall(segment[: match.start()][-12:])
        between = segment[last_end if last_end is not None else 0 : match.start()]
        if not verb and unit in ("%", "‰") and re.fullmatch(r"\s*(?:和|及|、)?\s*", between):
            verb = [v for v in (said, verb_before) if v][:1]  # 10.4%和20.4%: the verb before goes on
        # 分别提高到59.8%、58.5%: levels reached (but 增幅均达到15%: a growth rate reached)
        reached = _TO.search(segment, 0, match.start()) is not None and not _RATE_REACHED.search(
            segment, 0, match.start()
        )
        if verb and unit in ("%", "‰") and reached:
            verb = ["到"]  # the one after as the one before
        said = verb[-1] if verb else said
        last_end = match.end()
        level_before = bool(figures) and figures[-1].kind == "level" and figures[-1].end == at + previous_end
        listed = (
            bool(figures)
            and figures[-1].end == at + previous_end
            and re.fullmatch(r"\s*(?:和|及|、)\s*", between) is not None
            and not last_after.strip()  # 下降3.5%左右和3%以上: the first has words of its own
        )
        last_after = match.group("after")
        if not listed:
            run, opened = len(figures), None
        previous_end = match.end()
        # 同口径增长10.04%; 扣除减税降费等因素影响，可比增长11.5% (not 按可比价格计算, the real growth);
        # 同口径（扣除增值税留抵退税因素）增长15.87%
        # 增长6.6%（如剔除减税降费因素影响，增长18.6%）: the one after an adjustment
        comparable = (
            re.search(r"同口径|可比(?!价)", _BRACKETS.sub("", segment[: match.start()])[-10:]) is not None
            or _ADJUSTED.search(between) is not None
        )
        if unit == POINTS and _COMPARED.search(segment, 0, match.start()):
            continue  # 增速比上年提高2.7个百分点, 高于全国0.4个百分点: a comparison, not its change
        if not subjects and _BELOW_BEFORE.search(segment, 0, match.start()):
            continue  # 居民消费价格上涨0.9%，低于3%左右: the target it stayed under, not its figure
        way = figure_bound(segment[: match.start()], match.group("after"))
        falls = bool(verb) and verb[-1] in _FALLS
        turned = TURNED[way] if way is not None and falls else way  # 下降5%以上: at most -5
        if figure_bound(segment[: match.start()], "") is not None:
            opened = turned  # 分别突破2.6万元和1万元: a bound before a list's first figure bounds each
        elif way is None and listed and opened is not None and figures[-1].kind in ("level", "growth"):
            turned = way = opened
        elif way is not None and listed:
            # 分别增长13%和15%以上, 分别控制在3%和5%以内: a bound after a list's last figure bounds each
            figures[run:] = [f._replace(way=turned) if f.way is None else f for f in figures[run:]]
        if unit == POINTS:
            figures.append(
                Figure("change_pp", -value if falls else value, unit, at + match.end(), way=turned)
            )
        elif unit in ("%", "‰") and verb and verb[-1] != "到" and not reached:
            if re.search(r"(?:增长|增速为?|增幅为?)\s*(?:-|负)$|负增长$", segment[: match.start()]):
                value = -value  # 增长-2.4%: a fall
            figures.append(
                Figure("growth", -value if falls else value, unit, at + match.end(), comparable, way=turned)
            )
        elif (
            unit is not None
            and (_level_unit(unit) or _own_unit(unit, subjects, catalogue))
            # 深度贫困县和48个国家挂牌督战贫困村: a count with a noun after it counts that noun
            and not (unit.endswith("个") and re.match(r"[\u4e00-\u9fff]", segment[match.end() :]))
            and (
                _level_words(segment[max(predicate_at, risen_from) : match.start()])
                # 分别为24839元和9916元: a level listed after a level is one too
                or (level_before and re.fullmatch(r"\s*(?:和|及|、)\s*", between) is not None)
            )
        ):
            bound = (
                re.search(
                    r"(?:突破|超过?|过|近|迈上|跨上|跨越|跃上|站上|登上|控制在)\s*$", segment[: match.start()]
                )
                is not None
                or "以上" in match.group("after")  # 生产总值1万亿元以上，达到11330.68亿元
                # 连续迈上3000亿元、4000亿元台阶，2011年达到4906.8亿元: a step passed, as 突破 is
                or re.match(r"\s*(?:[两三四五]个)?[新大]?(?:台阶|大关)", segment[match.end() :]) is not None
                # 连续跨越4000亿、5000亿、6000亿元大关: each figure listed bare after a bound is one
                or (after_bound and not figures and not segment[: match.start()].strip())
            )
            figures.append(Figure("level", value, unit, at + match.end(), bound=bound, way=way))
        elif (
            unit is None
            and _ratios(subjects, catalogue)
            and not re.search(r"[∶:：]\s*$", segment[max(0, match.start() - 4) : match.start()])
            and (
                _RATIO_TO_ONE.match(segment, match.end()) is not None
                or re.search(r"[至到为]$", segment[max(0, match.start() - 1) : match.start()]) is not None
            )
        ):
            # 城乡居民收入倍差进一步缩小至1.57; 收入比降至1.53：1: a ratio's level, a figure with no unit
            figures.append(Figure("level", value, None, at + match.end(), way=way))
    if flat and not any(f.kind == "growth" for f in figures):
        figures.append(Figure("growth", Decimal(0), "%", at + flat.end()))
    generic = (
        re.fullmatch(_GENERIC, subject) is not None
        or re.fullmatch(r"(?:位?居|列|排名?)(?:全省|全国|全市|全区)?(?:第|前)?", subject) is not None
    )  # 居全省第4位: a rank, whose figure is not another indicator's
    return _Part(
        subjects,
        figures,
        unknown=bool(subject) and not subjects and not generic,
        verb=said,
        passed=passed and not figures,
    )


_FLAT = re.compile(
    r"(?<!基本)(?<!增幅|增速|速度|增长)(?:(?:与|同|和|较|比)[上去]一?年(?:相比)?|同比)持平\s*$"
)
"""Words that end a part with its growth, level with the year before's (财政收入436.3亿元，与上年持平;
城镇常住居民人均可支配收入同比持平): not 基本与上年持平, roughly level, nor 增幅与上年持平, a growth as
fast as the year before's."""


_BOUND_BEFORE = re.compile(r"(?:突破|超过?|逾|迈上|跨上|跨越)\s*$")
"""Words before a figure that give a result as more than it (突破6万亿元, 超过1万亿元, 超143万人)."""
_BELOW_BEFORE = re.compile(r"(?:低于|不到|不足)\s*$")
"""Words right before a figure that give a result as less than it (年末城镇登记失业率低于3.8%: docs/format.md
has 低于, 不到, 不足 for ``less_than``); 低于 before a place or its average is a comparison, no figure's
bound."""


def figure_bound(before: str, after: str) -> FigureBound | None:
    """Which way the words around a figure bound it, as written (增长12%以上: at_least; 控制在3%以内:
    at_most; 突破6万亿元: more_than), or None; 近 (nearly) and 左右 are no bound."""
    after = after.replace(" ", "")
    if "以上" in after:
        return "at_least"
    if "以内" in after or "以下" in after:
        return "at_most"
    if _BELOW_BEFORE.search(before):
        return "less_than"
    return "more_than" if _BOUND_BEFORE.search(before) else None


_ANOTHER_AFTER = re.compile(r"退税|补贴|奖补|资金|贷款")
"""Nouns after a name that make the whole another measure (出口退税180亿元: the tax refunded on exports,
not the exports), so that the subject is not cut to the name."""

_GENERIC = re.compile(
    r"(?:总量|规模|总额|全?年|[上下]半年|第?[一二三四]季度|前三季度|其中|分别|同比|总体|逆势|稳步|持续|折合|负|经?初步核算|经核算|"
    r"(?:按照?)?可比价格?(?:计算)?|按照?(?:可比|同)口径(?:计算)?|(?:比上年|较上年|比去年)?决算数|比上年|较上年|比去年|(?:年度|调整)?预算的?)+|比?[增降]|比"
)
"""A clause's subject that names nothing: words about the figures of the one named before (总量折合
超过1万亿美元, 按可比价比上年增长13.2%, 经初步核算)."""

_TWO_AMOUNTS = re.compile(r"[\d.]+\s*万?元\s*[和、]\s*[\d.]+\s*万?元")

_INCOME_NAME = "居民人均可支配收入"
_INCOME = re.compile(_INCOME_NAME)

_TWO_RATES = re.compile(r"增长\s*[\d.]+\s*%\s*和\s*[\d.]+\s*%")
"""Two growth rates given one name (城乡居民人均可支配收入增长13%和14%): the town's and the country's."""

_TURNED = re.compile(
    r"(?:逐步|逐月|逐季)?(?:(?:收窄|回升|回落|扩大|提高|上升|下降)(?:为|到|至)|转为)|[到至](?=全年)"
)
"""Words after a figure that say what it became (由1月份下降31.1%转为全年增长11.3%; 由一季度下降10.3%到
全年增长2.9%): the later one is the year's."""

_BOUND = re.compile(
    r"(?:控制在|稳定在|保持在|维持在|(?:缩小|降低|下降|降)[到至])[^，；。]{0,12}(?:以内|以下)"
    r"|(?:稳定在|保持在|维持在)[^，；。]{0,12}(?:左右|以上)"
)
"""A rate kept within a bound, or held about, under or over a figure (稳定在4.1%左右, 保持在1.53%以下,
保持在95%以上), or narrowed to within one (城乡居民收入倍差从2.04缩小到1.94以内), which a review of
several years states for all of them."""

_SEVERAL_YEARS = re.compile(
    r"年均|[两二三]年平均|平均每年|每年|(?<!\d)[5五十]年|连年|连续[一二三四五六七八九十\d]*年|始终|历年|十[一二三四五]五(?!”?期?末)|累计"
)
"""Words that make a figure after them one of several years, not of the year reviewed (两年平均增长5.5%:
the mean of two years, beside a year of the epidemic; not the plan's end, a point in time:
由“十一五”末的1025亿元增加到1670亿元)."""


def _of_another_year(before: str, year: int | None) -> bool:
    """Whether a figure is said to be of a year other than the one reviewed (由2002年的4330.4亿元
    增长到2007年的9006.2亿元, in a report of 2008: the first is 2002's, the second the result)."""
    stated = re.search(r"((?:19|20)\d{2})年的?$", before)
    if stated is None and (plan := _PLAN_END_BEFORE.search(before)) is not None:
        # 增加到“十二五”末的1902.7亿元 (in a report of 2016): the plan's last year's, 2015
        return year is not None and 2005 + 5 * " 一二三四五".index(plan.group(1) or " ") != year - 1
    return stated is not None and year is not None and int(stated.group(1)) != year - 1


_PLAN_END_BEFORE = re.compile(r"十([一二三四五]?)五”?期?末的?$")
"""The end of a five-year plan (十二五末, the end of 2015), just before a figure."""


def _since(before: str, year: int | None) -> bool:
    """Whether the words before a figure compare it with a year before the previous one (比2002年
    增长65.5%, 较2015年分别增长26.8%, in a report of 2008, 2021): a change over several years."""
    if _SINCE_PLAN.search(before):
        return True  # 比“十五”期末增长67.5%: since the end of the plan before
    base = re.search(r"[比较]((?:19|20)\d{2})年", before)
    return base is not None and year is not None and int(base.group(1)) < year - 2


def _since_clause(body: str, year: int | None) -> bool:
    """Whether a clause compares what follows it (up to the ；) with a year before the previous one
    (与2005年相比，万元地区生产总值综合能耗下降22%, in a report of 2011), or with the end of the plan
    before (与“十一五”末相比): changes over several years."""
    base = re.match(r"[\s*]*(?:与|同)(?:((?:19|20)\d{2})年|“?十[一二三四五]?五”?)(?:末|底|期末)?相?比$", body)
    if base is None or base.group(1) is None:
        return base is not None
    return year is not None and int(base.group(1)) < year - 2


def _risen_since(body: str, year: int | None) -> bool:
    """Whether a clause says what a figure rose from in a year before the previous one (由2015年的
    94.9亿元增加到170亿元, in a report of 2021): the growth in the clauses after it, up to the ；, is of
    those years (the rate it rose to in the clause is its level: 从2000年的1.60%提高到2005年的2.34%)."""
    base = re.search(r"[由从]((?:19|20)\d{2})年", body)
    return base is not None and year is not None and int(base.group(1)) < year - 2


def _since_before(sentence: str, at: int, year: int | None) -> bool:
    """Whether a clause before ``at`` in its group (up to the ；) compares what follows with a year
    before the previous one or the plan's end (与“十一五”末相比，…分别增长72%、83%)."""
    group = max(sentence.rfind(c, 0, at) for c in "；;") + 1
    return any(_since_clause(clause, year) for clause in re.split(r"[，,]", sentence[group:at])[:-1])


_YEARS_OPEN = re.compile(
    r"[\s*—]*(?:“?十[一二三四五]五”?(?:期间|时期)|(?:过去)?(?<!\d)[五5]年(?:来|间|中)?|累计)"
)
"""Words that open a clause with several years, whose figures and the next clauses' (up to the ；) are
the years' (“十三五”期间进出口总额为102.1亿美元、…，实际利用外资7.7亿美元)."""
_OF_YEARS = re.compile(r"翻[一两]?番|(?<![年月])累计(?=下降|减少|降低|提高|提升|上升)")
_REACHED = re.compile(r"达到?|增加到|增至|提高到|提升到|跃升至|升至|突破|超过|迈上|跨上|站上")
_SINCE_PLAN = re.compile(r"比“?十[一二三四五]?五”?(?:期末|末)")
_RATE_OR_POINTS = re.compile(r"\d\s*(?:[%％]|个百分点)")
_ON_THE_YEAR = re.compile(r"[比较][上去]年|同比")
_FALLS = ("下降", "微降", "回落", "减少", "削减", "降低", "降幅", "降")
_TO = re.compile(r"(?:到|至)(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s*$")
"""A verb with 到 before a rate (人口自然增长率下降到6.1‰; 城镇化率由2005年的37.1%提高到2010年的44.8%)
gives the rate's level, not its change."""
_RATE_REACHED = re.compile(r"(?:增幅|增速|涨幅)均?达到\s*$")
"""A growth rate said as reached (增幅均达到15%): a growth, not a level reached."""
_COMPARED = re.compile(r"增速|增幅|涨幅|高于|低于|快于|慢于|目标|指标|拉动|全国|平均")
_YEAR_OF = r"(?:(?:19|20)\d{2}年的?|去年的?|“?十[一二三四五]?五”?期?末的?)"
"""The year a level reached is said to be of (2015年的, “十二五”末的)."""
_LEVEL_WORDS = re.compile(
    r"\s*(?:分别)?(?:达到?|为|实现|完成|突破|超过?|低于|不到|不足|近|约|迈上|跨过|跃升[至到]|增至|提高到|提升到|控制[在到]|处于|保持在|稳定在|维持在|在|"
    r"(?:全年)?平均为?|均为|总量|规模)?\s*"
    rf"|(?:提高|提升|上升|增加|增长|下降|降低|回落|减少|降)(?:到|至){_YEAR_OF}?\s*"
    rf"|(?:由|从)[\d.]+[^，；]*?(?:跃升至|增至|增加到|增长到|提高到|提升到|上升到|达到){_YEAR_OF}?"
)


def _level_words(between: str) -> bool:
    """Whether the words between a subject and a figure make the figure its level (达, 突破, 由…增至)."""
    return _LEVEL_WORDS.fullmatch(between) is not None


def _level_unit(unit: str) -> bool:
    known = unit_of(unit)
    return known is not None and (known.dimension in _LEVEL_UNITS or known.base in ("人", "名", "人次"))


_MORE_THAN = re.compile(r"多((?:万亿|亿|万)(?:美元|元))")
"""An amount said to be over a round figure (5000多亿元): the figure is its level, as the data has it."""


def _summed_before(sentence: str, at: int) -> bool:
    """Whether the clause at ``sentence[at]`` is a name and an amount listed bare after a clause of
    its group (up to the ；) that opens with a sum (累计出口143亿美元，实际利用外资62亿美元): a sum too."""
    end = min((i for i in (sentence.find(c, at) for c in "，；,;。") if i >= 0), default=len(sentence))
    if not _BARE_AMOUNT.fullmatch(sentence, at, end):
        return False
    group = max(sentence.rfind(c, 0, at) for c in "；;") + 1
    return any(_SUMMED.match(c.strip("* ")) for c in re.split(r"[，,]", sentence[group:at])[:-1])


_SUMMED = re.compile(r"(?:[五十]年|历年)?累计|[五十]年(?=利用|引进|完成|实现|新增|吸引)")
"""A clause that opens with a sum of several years (累计出口143亿美元; 五年利用外商直接投资12.4亿美元)."""
_BARE_AMOUNT = re.compile(
    r"(?:实际)?(?:利用|引进|完成|实现|新增|吸引)?[^，；\d、和及达为]{2,20}?(?:[（(][^（()）\d]{1,12}[）)])?\s*"
    r"[\d.]+\s*(?:万亿|亿|万)?美?元"
)
"""A clause that is a name and an amount, with no verb but the amount's own (实际利用外资（报表口径）62亿美元;
引进省外资金1301亿元), not a level reached (达到)."""
_BARE_INDEX = re.compile(r"\s*(?:[，；。,;]|$)")
"""What ends an index given without a unit (居民消费价格指数105，)."""
_BARE_YUAN = re.compile(r"(?:万亿|亿)(?![元美人吨])")
"""An amount said without its 元 (1.68万亿)."""


_LISTED_NEXT = re.compile(r"\s*、\s*")
_ASIDE_TO_END = re.compile(r"\s*(?:[（(][^（()）]*[）)]?)?、?")


def _shared_unit(segment: str, end: int) -> str | None:
    """The unit of the figures listed after a bare one (分别达到2600、261.86亿元: 2600亿元), if any."""
    while (listed := _LISTED_NEXT.match(segment, end)) and (after := FIGURE.match(segment, listed.end())):
        if after.group("u1") or after.group("high"):
            return None
        if after.group("unit"):
            return unit_of_figure(after)
        end = after.end()
    return None


def _in_yuan(subjects: list[Outcome], catalogue: Catalogue) -> bool:
    """Whether the part's indicators are counted in yuan (GDP's 1.68万亿 is of yuan)."""
    units = [getattr(catalogue.indicators.get(o.indicator or ""), "unit", None) for o in subjects]
    return bool(units) and all(unit is not None and unit.endswith("元") for unit in units)


_RATIO_TO_ONE = re.compile(r"\s*[∶:：]\s*1(?![\d.])")
"""The second term of a ratio to one (1.79∶1), which is no figure of its own."""
_RATIO_NAME = re.compile(r"(?:比|倍差|差距|系数)$")


def _ratios(subjects: list[Outcome], catalogue: Catalogue) -> bool:
    """Whether the part's indicator is a ratio held with no unit (城乡居民收入比, its 倍差 or 差距)."""
    for subject in subjects:
        info = catalogue.indicators.get(subject.indicator or "")
        if info is not None and not info.unit and _RATIO_NAME.search(info.name_zh):
            return True
    return False


def _own_unit(unit: str, subjects: list[Outcome], catalogue: Catalogue) -> bool:
    """Whether ``unit`` counts what the part's indicator counts (农牧区劳动力转移就业119万人次: 人次;
    64个贫困村出列: 个), a count that is a level only of such an indicator."""
    known = unit_of(unit)
    for subject in subjects:
        info = catalogue.indicators.get(subject.indicator or "")
        own = unit_of(info.unit) if info is not None and info.unit else None
        if known is not None and own is not None and own.base == known.base:
            return True
        # 新增就业岗位35万个: jobs, counted as posts
        posts = known is not None and known.base == "个" and "岗位" in subject.indicator_zh
        if posts and own is not None and own.base == "人":
            return True
    return False


def _is_year(match: re.Match[str], body: str) -> bool:
    return body[match.end() : match.end() + 1] == "年" and match.group("unit") is None
