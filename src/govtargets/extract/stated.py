"""Read the review's results in words: where it says the year's target of an indicator was met or
missed (节能减排完成年度任务; 单位生产总值能耗下降完成国家下达的目标; 外贸出口预期目标没有完成), with no
figure or beside the figures it gives (docs/format.md, A result in words).

Only the indicators the report of the year before targeted are read, by name or by the group that
names them (节能减排: the energy and emission targets); a claim for all the targets at once
(全面完成主要目标任务), a trend (持续下降), a hedged one (基本完成) and one of five years (“十一五”
节能减排目标全面完成, 连续五年) are none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from govtargets.dataset.vocab import Stated
from govtargets.extract.names import Catalogue

_POLLUTANTS = (
    "pollutant_reduction",
    "cod_emissions",
    "so2_emissions",
    "nox_emissions",
    "ammonia_nitrogen_emissions",
    "soot_emissions",
    "industrial_dust_emissions",
)
_GROUPS = {
    # 节能减排 names the energy and emission targets the year before set (docs/transcribing.md)
    "energy_saving_emission_reduction": (
        "energy_saving_emission_reduction",
        "energy_intensity",
        "carbon_intensity",
        *_POLLUTANTS,
    ),
    "pollutant_reduction": _POLLUTANTS,
}
_FIGURED_ALWAYS = ("gdp", "budget_revenue")
"""A review gives these their figures: a claim on them (地区生产总值…等指标未达到年初目标) is not their
result."""
_GROUP_WORDS = r"节能(?:节水)?减排(?:减污)?(?:降碳)?|节能降耗|(?:主要)?污染物(?:总量)?减排|减排"
_TARGET = r"(?:目标|任务|指标|计划)(?:任务|要求)?"
_GIVEN = (
    r"(?:国家|省|自治区|市|上级)?(?:下达|确定|规定|考核)?的?"
    rf"(?:年度|全年|年初|预定|预期|计划|控制|调控|工作|考核|{_GROUP_WORDS})*"
)
_MODAL = r"可望|有望|可以|能够|可|能"
_HOW = rf"(?:均|都|已|全部|全面|顺利|如期|提前|超额|圆满|基本|首次|{_MODAL})*"
_CLAIM = re.compile(
    r"(?:"
    # 超额完成国家下达的节能减排任务; 完成年度目标; 实现下降5.6%的目标 (the target's figure, no result)
    rf"(?P<how>{_HOW})"
    rf"(?P<met>完成|实现|达到|好于)了?(?P<its>[^，；。\d]{{0,4}}?[\d.]+[%‰][^，；。]{{0,2}}?的)?{_GIVEN}"
    # 完成国家下达的单位生产总值能耗和主要污染物排放控制目标: the names inside the claim
    rf"(?:[^，；。！？\d“”]{{2,30}}?(?:控制|调控|减排|年度))?{_TARGET}"
    # 节能减排年度目标超额完成; 能耗双控目标全面完成
    rf"|{_GIVEN}{_TARGET}(?P<how2>{_HOW})(?P<met2>完成|实现)"
    # 城镇调查失业率控制在年度目标以内; 控制在国家下达的指标之内
    rf"|(?P<within>控制在{_GIVEN}(?:目标|指标|计划)(?:范围)?[以之]?内)"
    # 未完成年度目标; 预期增长目标未能实现; 没有达到预期目标
    rf"|(?P<missed>(?:未|没有|未能|不能|没能)(?:完成|实现|达到)){_GIVEN}(?:{_TARGET}|预期)?"
    rf"|{_GIVEN}{_TARGET}(?P<missed2>未|没有|未能|不能|没能)(?:完成|实现|达到)"
    r")(?=[，；。！？,;\n]|$)"  # the claim ends its clause (not 指标完成情况…)
)
_FIVE_YEARS = re.compile(r"十[一二三四五]五|[两三四五]年|历年|连续|翻番|翻一番")
_AHEAD = re.compile(r"今后|目标是")
"""A sentence that sets targets (今后5年…主要预期目标是：…节能降碳和主要污染物排放完成国家下达任务,
ningxia-2021's plan): its 完成…任务 is asked, not claimed."""
_CLAUSE = re.compile(r"[^，；。！？,;\n]+[，；。！？,;]?")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_WORK = re.compile(r"改革|整改|督察|整治|行动|工程|项目|问题|领域")
"""Words of a piece of work, not an indicator (生态环保督察反馈问题年度整改任务全部完成;
优化营商环境改革任务)."""
_HEDGE = re.compile(r"基本|较好|其他|其余")
"""A hedged claim (基本完成, 较好地完成), or one on the targets not named (其他约束性指标都…完成)."""
_FORECAST = re.compile(_MODAL)


class Claim(NamedTuple):
    """What the review says in words of one indicator's target."""

    indicator: str
    start: int
    """Where its words begin: the claim's clause (or the clause before, that names the indicator)."""
    end: int
    stated: Stated
    forecast: bool
    """Said as what can be (可望完成, 可以实现): an estimate, whatever 预计 says."""
    its: tuple[int, int] | None
    """Where the target's own figure stands in it (实现下降5.6%的目标), if it repeats one."""


def read_stated(
    review: str,
    start: int,
    end: int,
    catalogue: Catalogue,
    *,
    wanted: Collection[str],
    asks: Mapping[str, str] | None = None,
) -> list[Claim]:
    """The claims in words on the ``wanted`` indicators' targets in ``review[start:end]`` (the last
    year's review), the first of each, where ``asks`` (what each one's target asked: ``asked``)
    lets a claim judge it."""
    claims: dict[str, Claim] = {}
    for sentence in _SENTENCE.finditer(review, start, end):
        text = sentence.group()
        if _FIVE_YEARS.search(text) or "除" in text or _AHEAD.search(text):
            continue  # a claim of five years, one with the targets missed set apart (除…外), or a target
        clauses = [(c.start(), c.end()) for c in _CLAUSE.finditer(review, sentence.start(), sentence.end())]
        for i, (c_start, c_end) in enumerate(clauses):
            claim = _CLAIM.search(review, c_start, c_end)
            if claim is None:
                continue
            how = claim.group("how") or claim.group("how2") or ""
            if _HEDGE.search(how) or _HEDGE.search(review, c_start, claim.start()):
                continue
            if _WORK.search(review, c_start, claim.end()):
                continue
            stated: Stated = "missed" if claim.group("missed") or claim.group("missed2") else "met"
            keys = _named(review[c_start : claim.end()], catalogue)
            begin = c_start
            if not keys and i and _bare(review[c_start : claim.start()]):
                # 全年单位生产总值能耗下降3.5%左右，完成年度目标: the clause before names it; with 均,
                # the clauses before it that give figures (能耗下降9%，主要污染物排放量下降1.6%，均…)
                back = i - 1
                keys = _named(review[clauses[back][0] : clauses[back][1]], catalogue)
                while "均" in review[c_start : claim.end()] and back and _figured(review, *clauses[back - 1]):
                    back -= 1
                    keys += _named(review[clauses[back][0] : clauses[back][1]], catalogue)
                begin = clauses[back][0]
            said = review[begin : claim.end()]
            its = claim.span("its") if claim.group("its") else None
            for key in dict.fromkeys(k for named in keys for k in _GROUPS.get(named, (named,))):
                if key not in wanted or key in claims or key in _FIGURED_ALWAYS:
                    continue
                if not _judges(asks, key, quota="下达" in said, expected="预期" in said):
                    continue
                at = _start_of(review, begin, claim)
                claims[key] = Claim(key, at, claim.end(), stated, bool(_FORECAST.search(how)), its)
    return list(claims.values())


QUOTA, FIGURE, OTHER = "quota", "figure", "other"
_GOALS_A_CLAIM_JUDGES = ("meet_quota", "within_limit")


def asked(kind: str, goal: str | None) -> str:
    """What a target asks, as a claim in words may judge it: a quota or a limit (完成省下达任务), a
    figure, or another goal (持续下降, 保持全国领先水平), which no claim of a target met judges."""
    if goal in _GOALS_A_CLAIM_JUDGES:
        return QUOTA
    return OTHER if kind == "qualitative" else FIGURE


def asks_of(targets: Iterable[tuple[str | None, str, str | None]]) -> dict[str, str]:
    """What the targets (indicator, kind, goal) of a report ask, by indicator: a quota before a
    figure (a claim on the state's quota judges that one), a figure before another goal."""
    rank = (QUOTA, FIGURE, OTHER)
    found: dict[str, str] = {}
    for indicator, kind, goal in targets:
        if indicator is not None:
            what = asked(kind, goal)
            if rank.index(what) < rank.index(found.get(indicator, OTHER)) or indicator not in found:
                found[indicator] = what
    return found


def _judges(asks: Mapping[str, str] | None, key: str, *, quota: bool, expected: bool) -> bool:
    """Whether a claim judges ``key``'s target: one of a quota or a limit always; one with a figure
    unless the claim is of the state's quota (节能减排完成国家下达的目标任务 against 下降2%: not the
    report's own figure, docs/transcribing.md) or of the expected ones (预期目标: the figures the
    review gives, or the data has, judge those); none of another goal (持续下降, 保持全国领先水平)."""
    if asks is None:
        return True
    what = asks.get(key, OTHER)
    return what == QUOTA or (what == FIGURE and not quota and not expected)


def _named(text: str, catalogue: Catalogue) -> list[str]:
    """The indicators named in ``text``, by the catalogue's names."""
    keys = [catalogue.match(text[a:b]) for a, b in catalogue.spans(text)]
    return [k for k in keys if k is not None]


def _bare(subject: str) -> bool:
    """Whether a claim's clause names nothing before it (完成年度目标; 均超额完成…)."""
    return re.fullmatch(r"[，；,;\s]*(?:并|均|都|已|全年)?", subject) is not None


def _figured(review: str, start: int, end: int) -> bool:
    """Whether a clause gives a figure (a result the claim after it may be of)."""
    return re.search(r"\d", review[start:end]) is not None


def _start_of(review: str, begin: int, claim: re.Match[str]) -> int:
    """Where a claim's span begins: its clause's (or the clause's before), past the marks."""
    while begin < claim.start() and review[begin] in "，；,;、 \u3000":
        begin += 1
    return begin
