"""Read the clauses of a main-target passage into targets.

A target clause is a subject (one or more indicators) and a predicate (a figure, a goal, or a
comparison): 地区生产总值增长5%左右; 实际使用外资、进出口总额稳中提质; 居民收入与经济增长同步;
城镇和农村居民收入分别增长6.8%、7.5%. docs/transcribing.md sets out the rules a person
follows; this module follows the same ones, so that a draft needs few corrections.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from govtargets.dataset.vocab import (
    GOALS,
    POINTS,
    QUALIFIERS,
    RELATIONS,
    Kind,
    goal_key,
    qualifier_key,
    units_fit,
)
from govtargets.extract.names import Catalogue
from govtargets.extract.passage import NOT_TARGETS

# --- Splitting a passage into clauses ------------------------------------------------------------

_OPEN, _CLOSE = "（(“「《[", "）)”」》]"


def clauses(text: str, offset: int = 0) -> list[tuple[int, str]]:
    """The clauses of a passage (split at ，；。, a comma, and line ends, not inside brackets or quotes,
    but for brackets that hold clauses of targets), each with where it starts in the report."""
    text = _NOTE_OF_TARGETS.sub(lambda m: f"，{m.group(1)}，", text)  # as long: places are kept
    found = split_outside_brackets(
        text,
        lambda i: (
            (
                text[i] in "，；;。\n"
                and not _GARBLED_PERMILLE.match(text, max(0, i - 1))
                and not ENTITY.search(text, max(0, i - 8), i + 1)
            )
            or (text[i] == "," and not _thousands(text, i))
        ),
    )
    result = []
    for at, clause in found:
        lead = len(clause) - len(clause.lstrip(" \t　*—-·•"))
        clause = _ANNEX.sub("", clause[lead:].rstrip(" \t　*"))
        for opening in (_NUMBERING, _LIST_OPENS, _BARE_OPENS):
            opened = opening.match(clause)
            # 国内生产总值增长的预期目标为8.5%: a figure after the words names their own target
            bare = opening is _BARE_OPENS and opened is not None and clause[opened.end() :][:1].isdigit()
            if opened and opened.end() < len(clause) and not bare:
                lead += opened.end()
                clause = clause[opened.end() :]
        if clause:
            result.append((offset + at + lead, clause))
    return result


_NOTE_OF_TARGETS = re.compile(
    r"（([^（）\n]{0,60}?(?:增长|下降|提高)\s*\d[^（）\n]{0,60}?[，；][^（）\n]{0,120}?"
    r"|其中[^（）\n]{2,40}?(?:增长|下降|提高)\s*\d[^（）\n]{0,20}?)）"
)
"""A bracket that holds clauses of targets (生产总值增长17%（一产增长6%，二产增长20.6%，三产增长15%）;
第二产业增长20%（其中规模以上工业增加值增长20%））: they are read as clauses of their own, not as the figures
of the name before it."""

_LEADING_QUALIFIER = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:要|建议)?(?:确保|力争|努力|全力|争取|奋力|保持)+(?:实现)?"
)
"""Words before a clause's first name that qualify what it says (确保生产总值增长15%; 建议奋力实现…;
2008年力争生产总值增长10%以上; 保持物价总体平稳)."""

_GARBLED_AFTER = r"(?=(?:以内|以下|左右|以上)(?![\u4e00-\u9fff]))"
"""A qualifier that ends its clause after a garbled ‰ (控制在6％。以内；), not the 以上 that opens the next
sentence (万元GDP二氧化碳排放下降3.7%。以上安排，既是…)."""

_GARBLED_PERMILLE = re.compile(r"[%％]。" + _GARBLED_AFTER)
"""‰ as some texts garble it (控制在6％。以内): its 。 ends no clause."""

GARBLED_FIGURE = re.compile(r"\$\d|(?<=[\u4e00-\u9fff])[lI]\d")
"""A figure some texts garbled with a pattern's left-over $1 (增长１$1.$2％), or with a letter for
its first digit (全区生产总值增长l0%, ningxia 2010): no figure can be read."""

ENTITY = re.compile(r"&[a-z]{2,6};$")
"""An HTML entity left in a Markdown text (控制在6&permil;以内): its ; ends no clause."""


def split_outside_brackets(text: str, cut: Callable[[int], bool]) -> list[tuple[int, str]]:
    """``text`` cut at each position ``i`` outside brackets and quotes where ``cut(i)`` holds,
    each piece with where it starts (the cutting character is in neither piece)."""
    found: list[tuple[int, str]] = []
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and cut(i):
            found.append((start, text[start:i]))
            start = i + 1
    found.append((start, text[start:]))
    return found


def _thousands(text: str, at: int) -> bool:
    """Whether the comma at ``text[at]`` groups the digits of a number (1,302.92)."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


_LIST_OPENS = re.compile(
    r"[^，；。：:]{0,16}(?:(?:指标|目标)(?:的?计划安排)?\**(?:主要)?(?:是|为)?|[”」』》][\u4e00-\u9fff]{0,4})\**[：:]\**"
)
"""Words that open a list inside a passage (约束性指标是：; 主要预期目标是：; 各项主要指标的计划安排是：; a
slogan's 力争实现“三突破三新增”：; 坚持“两保持一优先”定位：), not its first clause's."""

_ANNEX = re.compile(r"[（(](?:其[他余]指标)?(?:详?见|参见)?附(?:件|表)[^（）()]{0,8}[）)]$")
"""A note after a clause that points to an annex (完成省下达的节能减排任务（见附件二）): no words of it."""

_BARE_OPENS = re.compile(
    r"(?:[^，；。：:]{0,30}的)?(?:主要(?:预期|调控)*|预期)(?:目标|指标)(?:是|为)(?![：:])"
)
"""The same words without a colon (今年全市经济社会发展的主要预期目标是生产总值增长10％以上; …经济发展的
预期目标为生产总值增长9%)."""

_NUMBERING = re.compile(
    r"(?:[一二三四五六七八九十]+[、．](?![二三](?:、|次?产))|\d+[、．](?!\d)|[（(][一二三四五六七八九十\d]+[）)])\s*"
)


# --- Figures -------------------------------------------------------------------------------------

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # 3,300 or 3300
_COUNTERS = (
    r"微克\s*[/／每]\s*立方米|"  # a concentration (PM2.5浓度控制在35微克/立方米以内), before 米
    "人次|标准箱|标箱|美元|元|人|个|套|所|家|件|项|座|处|户|辆|张|起|名|例|次|台|艘|架|条|批|间|床|只|头|株|棵|"
    "部|种|篇|班|吨标准煤|吨标煤|吨|公斤|千克|斤|公里|千米|米|平方米|平方公里|亩|公顷|千瓦时|千瓦|度|立方米|天|岁"
)
_UNIT = rf"%|‰|个百分点|(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?(?:{_COUNTERS})"


def unit_of_figure(match: re.Match[str]) -> str | None:
    """A figure's unit as written; ‰ where a text garbled it as %。 or %0 before 以内 (人口自然增长率
    控制在6％。以内: a full stop cannot come before its qualifier)."""
    unit = match.group("unit") or match.group("u1")
    if unit == "&permil;":  # an HTML entity left in a Markdown text
        return "‰"
    if unit is not None and unit.startswith("微克"):
        return "微克/立方米"  # 微克每立方米, 微克 / 立方米: in the one way the data writes it
    return "‰" if unit is not None and unit.startswith("%") and len(unit) > 1 else unit


def rate_unit(value: Decimal, *, own: str) -> str:
    """The unit of a rate's level written as a percentage, on an indicator measured in ``own``:
    on a rate in ‰, ‰ where the figure is plainly one (人口自然增长率控制在7％: docs/transcribing.md),
    but under 1 a true percentage (安徽 2004: 人口自然增长率控制在0.65％以内, that is 6.5‰)."""
    return "%" if own == "‰" and abs(value) < 1 else own


def number_of(text: str) -> Decimal:
    """A figure as written (3,300 or 3300), as a number."""
    return Decimal(text.replace(",", ""))


FIGURE = re.compile(
    rf"(?P<low>{_NUMBER})\s*(?P<u1>[%％](?:。|[0o]){_GARBLED_AFTER}|%|‰|&permil;)?(?:\s*(?:—|–|-|~|～|至|到)+\s*(?P<high>{_NUMBER}))?\s*(?P<unit>{_UNIT})?"
    r"(?:/人)?(?P<after>(?: ?(?:左 ?右|以 ?[上内下]|及以上))*)"  # 10%以 上: a line's break in a word
)
_GROWTH_VERBS = ("同比增长", "增长", "增速", "增幅", "上涨", "涨幅", "增加")
_DECLINE_VERBS = ("下降", "降低", "降幅", "减少", "削减", "压减", "减排")
_POINTS_UP = ("提高", "提升", "增加", "上升")

# Where a predicate begins: a verb or qualifier, a comparison, a goal, or a figure.
_PREDICATE = re.compile(
    r"同比增长|(?:实际|可比|同口径|按?可比口径)(?=增长)|(?:同?比)?(?<![净新])增(?=\s*\d|[至到]\s*\d)|(?:有所|略有)(?=增长)|增长(?!点|极|率)|增速|增幅|上涨|微[涨降](?=\s*\d)|下降(?!率)|降低(?!率)|降幅|降(?=[到至]\d)|减少|削减(?!量)|减排(?=\d)|提高|提升|增加(?!值)|达到|达(?=\d)|突破|迈上|跨过|"
    r"超过|超(?=\d)|(?:严格)?控制在|控制|保持|实现|努力争取|(?<!努)力争|(?:要)?力保|确保|(?<!力)争取|不低于|不少于|不高于|不超过|略(?=[高低]于)|高于|快于|大于|低于|"
    r"与(?=[^，；。]{0,40}(?:同步|一致|相匹配|相适应|协调|统筹衔接))|同比持平|稳(?=规模|份额|增(?!长))|全面(?=完成|落实)|在(?=[^，；。]{0,6}范围)|基本同步|同步|稳中|稳步|稳居|位居|名列|稳定|(?:平稳|合理)(?=增长)|稳量|保稳|促稳|持续|继续|“?双下降|进一步|总体|正增长|提质|质效|分别|"
    r"(?<!人)[均都](?=[增达为完保控实下降提减])|全部(?=脱贫|摘帽|出列|退出)|基本(?=稳定)|[大小]幅(?=增长|提升|提高)|按(?=增长)|(?:不折不扣)?按照?(?=[^，；。]{0,8}?要求|[^，；。]{0,8}?下达)|约(?=\d)|为(?=\d)|(?:全年)?平均(?=为?\d)|在(?=\d)|[由从](?=\d)|(?:不折不扣)?完成(?!额)|站稳|进入|好转|改善|(?:止跌|企稳)(?=回[稳升])|只增不减|"
    r"(?<![A-Za-z\d.等])\d"  # 等4项主要污染物: a count of the things listed, no figure
)
_WEAK = re.compile(r"^(?:下降|降低|削减|减排|减少|提升|提高|改善|降耗)$")
"""A verb with nothing after it is part of a name (能耗下降), not a predicate."""

_GOAL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "meet_quota",
        re.compile(
            r"(?:完成|落实).*?(?:下达|省达|省定|省上|上级|国家|计划|自治区).*?(?:任务|目标|指标|计划|要求)|完成.*?(?:任务|目标)$"
            r"|达到国家要求|按国家要求落实|达到(?:国家|省|自治区|上级)(?:人民)?(?:政府)?(?:定|控|下达)?的?(?:控制)?(?:目标|标准|要求)|完成(?:省|市|上级|国家)(?:下达的?)?(?:年度)?计划$"
            r"|按[^，；。]{0,8}?下达(?:的)?(?:计划|目标|任务)(?:执行|完成)|控制在年度计划以?内|按照?[^，；。]{0,8}?要求(?:全面)?(?:完成|落实)$"
            # 控制在国家下达目标内 (emissions): the panel's meet_quota, the state's quota
            r"|控制在国家下达(?:的)?(?:目标|指标|计划)"
        ),
    ),
    (
        "within_limit",
        re.compile(
            r"省控线|省控范围|省定(?:范围|标准)|控制目标[以之]?内|调控目标|不(?:高于|超过)(?:省|自治区|上级)(?:定|控|下达的?)|(?:调控|控制|核定)范围|(?<!国家)规定的?范围|(?:省定|(?:省[上里]?|省政府|自治区|上级)(?:下达的?)?(?:年度|计划)?)(?:指标|目标|范围|任务|计划)+[以之]?内"
        ),
    ),
    ("top_rank", re.compile(r"第一方阵|(?<!全国)(?:前列|领先)")),  # 保持全国前列: the report's own words
    ("breakthrough", re.compile(r"新突破")),
    ("positive_growth", re.compile(r"正增长|有所增长|略有增长|^保持增长$")),
    (
        "keep_falling",
        re.compile(
            r"持续下降|双下降|持续降低|稳步降低|逐年下降|平稳下降|继续下降|不断下降|进一步(?:下降|降低|减少|缩小)|继续降低|保持下降|(?:持续|不断|逐步)缩小"
        ),
    ),
    (
        "keep_improving",
        re.compile(
            r"持续(?:好转|改善|提升|提高)(?!提升)|进一步(?:提高|提升|改善)|稳步提[升高]|继续提高|不断(?:提高|提升|改善)"
            r"|^(?:明显)?(?:改善|好转)$"
        ),
    ),
    (
        "steady_improve",
        re.compile(r"稳中提质|保稳提质|稳量提质|提质增效|质效提升|稳中有进|量稳质升|(?<!促稳)提质"),
    ),
    ("steady_growth", re.compile(r"稳步增长|稳步增加|稳定增长|平稳增长|合理增长")),
    ("stable", re.compile(r"稳定(?!向好|改善|达标)|平稳|安定|和谐")),
    ("eliminate", re.compile(r"^杜绝")),
    ("strict_control", re.compile(r"^严控|^严格控制")),
]
_PARENT = re.compile(r"^(?:全省|省|全市|自治区|全区)(?:平均)?(?:水平|均值|增幅|增速)?$|^省[均平]$|^全省平均")
_NATION = re.compile(r"^全国(?:平均)?(?:水平|均值|增幅|增速)?$")
_SET_BY = re.compile(r"(?:目标|任务|计划)$")
"""A comparison's other side that is a target set elsewhere (高于省里目标), not a figure."""
NATIONAL = "national"
"""The against_region of a comparison with the whole country (高于全国平均水平): the parent of a
province, the country by its id for a city, which the draft decides once it knows the region."""


@dataclass
class Predicate:
    """What a clause says of its indicators: a figure with its words, a goal, or a comparison."""

    kind: Kind
    value: Decimal | None = None
    value_high: Decimal | None = None
    unit: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    """As the text writes them (力争, 以上)."""
    goal: str | None = None
    against_zh: str | None = None
    against_region: str | None = None
    margin: Decimal | None = None
    margin_high: Decimal | None = None
    measure: str = "growth"
    verb: str | None = None
    respectively: bool = False
    unsure: list[str] = field(default_factory=list)
    """Why a person should look at this target: each reason a comment in the draft."""


@dataclass(kw_only=True)
class Found(Predicate):
    """One target read from the text: a predicate, given to one indicator where the text says it."""

    wording: str
    start: int
    indicator_zh: str
    indicator: str | None
    against: str | None = None
    fits: bool = True
    """Whether its figure's unit fits its indicator's (8个国控断面… read as a level of a count of days
    does not): one that does not is left for a person to place, so that the draft validates."""


_MANNER = (
    r"^(?:全面|圆满|超额|高质量|确保|必保|努力|切实|坚决|不折不扣地?|按照?[^，；。]{0,10}?要求|按序时进度)*"
)
"""Words of manner before a quota's verb (全面完成…; 圆满完成…; 不折不扣完成…; 按照国省要求完成…)."""

_AUTHORITY = r"(?:国家|中央|省[里上]?|自治区|市|州|县|上级)(?:委|(?:人民)?政府)?"
"""Who hands a quota down (国家, 省里, 省政府, 上级; the party's committee beside the government: 完成省委、
省政府下达的节能减排约束性指标): 完成国家、省下达的…任务."""

_QUOTA_OF = re.compile(
    _MANNER + r"(?:完成|落实)"
    rf"(?:{_AUTHORITY}[和、及]?){{0,3}}(?:下达)?(?:的|我省)?(?:年度)?(.{{2,60}}?)(?:等)?(?:各项)?(?:年度)?(?:减排)?"
    r"(?:约束性)?(?:控制)?(?:指标)?(?:年度)?(?:目标|任务|计划|(?<=约束性)指标)+$"
)
"""A quota clause whose verb comes first, its indicators after it: names the catalogue knows only."""

_QUOTA_DONE = re.compile(
    rf"^(?:{_AUTHORITY}[和、及]?){{0,3}}(?:下达|确定|定)?的?(?:“?十[一二三四五]五”?)?(.{{2,30}}?)"
    r"(?:等)?(?:约束性)?(?:(?:指标|目标)?任务|目标)(?:应|要)?(?:确保|全面)*完成$"
)
"""A quota said done after its indicators (省下达的节能减排目标任务应确保完成; “十二五”节能减排任务全面
完成)."""

_GRADE = re.compile(r"(?:水质|水体)(?P<goal>[^，；。\d]{0,12}?(?:[ⅠⅡⅢⅣⅤ]|[IV]{1,3})类[^，；。\d]{0,6})$")
"""Water set a grade (长江、黄河、澜沧江出省境断面水质稳定保持Ⅱ类及以上; 洱海水质总体稳定保持Ⅲ类): the goal is
the report's words after 水质 (docs/transcribing.md)."""

_THREE_INDUSTRIES = re.compile(r"三次产业|一二三产业?")

DISTRICT = r"(?:新区|新城区|直管区|开发区|经开区|高新区|园区|集聚区|示范区)"
"""The words that end a district's name within a region (贵安新区直管区, 产业集聚区), in the targets and
in the review alike: its figures are not the region's."""
_PART = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?{DISTRICT}+")
_BY_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")
"""A clause that sets the year its goals are for (到2016年): a later year's than the report's are not its."""
_LEVEL_OF_GOVERNMENT = re.compile(r"(?:其中)?(?:[市县区州]本级|市区(?=[^，；。]{0,3}(?:财政|预算)))")
"""The part of a figure a level of government holds itself (市本级; 市区地方级财政收入: the city's
districts', without its counties), not the region's whole."""

_ASSESSED = re.compile(r"目标[^，；。]{0,20}(?:考核|考虑|内统筹)$")
"""A clause that says how a target is judged (能耗强度目标在“十四五”规划期内统筹考核, china 2022, and the
provinces that took its words; 能耗强度目标在“十四五”内统筹, 黄冈市 2023), not what it is."""

_CONDITION = re.compile(r"在[^，；。]{2,60}(?:的)?(?:基础上|前提下)|在[^，；。\d]{2,12}中")
"""A clause that states the condition of the targets after it (在优化结构、提高效益、降低消耗、保护环境的
基础上), or where among them the next are (在各项经济指标中，突出抓好两个收入的增长: 湖南 2002): its words
are not indicators."""

_SHARE_OF = re.compile(r"占(?:全国|全省|全市)(?:的)?(?:份额|比重)")
"""A share of the whole after a name (进出口总额占全国的份额), part of the name of the share."""

_SHARE_KEPT = re.compile(r"保持(全国|全省)(?:占比)?份额")
"""A share of the whole kept, after a name (外贸自营进出口总额保持全国占比份额): the share's goal, stable."""

_OWN_GOAL = re.compile(
    r"^(?!(?:力争|确保|努力|争取|实现|达到|保持|继续|要|全年|比上年|同比)*$)(?!剔除|扣除|[和及](?!谐)|、|中(?![高低等上游])|具有)"
    r"(?!(?:等|的)?(?:约束性|主要)?(?:指标|目标|任务)$)(?!(?:(?!完成|达到|实现).)*指标$).{2,30}$"
)
"""Words after a name that may be a goal of its own (基本平衡, 与上年持平): two to thirty characters, not
what its figure is measured without (一般公共预算收入剔除一次性因素，可比增长10%), nor what happens in its
course (及时解决经济发展中出现的新问题: 国务院 1995), nor what it has (我国经济增长具有潜力, the same),
not only the words that lead to a figure (力争, 保持)."""

_INTRODUCING = re.compile(
    r"[^，；。]{0,16}(?:指标|目标)(?:是|为)|[一二三四五六七八九十]是[^，；。]{1,12}(?:指标|目标)"
)
"""A clause that only opens a list (主要约束性指标是，; 三是约束性指标，): it names no indicator of
its own."""

_WORK = re.compile(
    r"要?(?:大力|加快|着力|积极|努力)?(?:推进|推动|加强|突出|深化|坚持|实施|着眼|正确处理|加大|合理安排)"
)
"""Verbs of the work to be done: names after them are what is worked on, not targets' names (要正确处理改革、
发展、稳定的关系: 山东 1997; 加大经济结构调整力度，合理安排固定资产投资: 河北 1998)."""

_SEVERAL_YEARS = re.compile(
    r"年平?均(?=增长|下降|降低|提高)|累计(?=增长|下降|降低|提高|完成|削减|减少)|[较比](?:19|20)\d\d年(?!预算)|是(?:19|20)\d\d年"
    r"|在(?:19|20)\d\d年(?:的)?基础上|“?(?:十[一二三四五]|[七八九])五”?(?:以来|期间|总)"
)
"""Words that make a figure one of several years (单位地区生产总值能耗较2015年下降17%; 在2005年基础上累计削减
32%; 资金分别是2005年的3.8倍; 地区生产总值年均增长6%以上; “九五”期间…年平均增长应达到15%左右; 力争“十四五”
以来累计降低10%左右; 削减率达到“十二五”总任务的15%), not of the year the passage sets targets for."""

_ACHIEVED = re.compile(rf"实现([\u4e00-\u9fff]{{2,10}}?)(?={_NUMBER})")
"""实现 before the rest of a name and its figure (城镇实现就业再就业30万人)."""

_VERB_FIRST = re.compile(rf"((?:减少|新增)[\u4e00-\u9fff]{{2,10}}?)(?=\s?{_NUMBER})")
"""A name that opens with its verb, then its figure (减少贫困人口150万人)."""

_COUNTED = re.compile(
    rf"(?P<lead>(?:确保|力争|努力|实现|完成)*)(?:剩余)?(?P<number>{_NUMBER})(?P<unit>万人|万户|万|[个户所家座])"
    r"(?P<after>以上|左右)?(?P<name>(?!百分点)[\u4e00-\u9fff]{2,16})"
)
"""A count before the name of what it counts (9个贫困县摘帽; 40万贫困人口脱贫; 实现剩余17.5万贫困人口脱贫)."""
_MANNER_OF_COUNT = re.compile(r"实现|(?:稳定|全部|如期)(?=脱贫|摘帽|出列)")
"""Words inside what a count counts that name nothing (65万农村贫困人口实现脱贫; 11.92万贫困人口稳定脱贫)."""

_MOST_PENDING = 8
"""How many clauses of names without a predicate may run on to one that gives them their figure."""
_MOST_NAMES = 12


def _restated(found: list[Found]) -> tuple[list[Found], list[str]]:
    """The targets less those that give an earlier one's figure again (地区生产总值增长7%，…。经济增长7%，这是
    一个积极进取…的目标: one target per indicator and figure), and the wordings of those left out."""
    kept: list[Found] = []
    again: list[str] = []
    seen: set[tuple[object, ...]] = set()
    for t in found:
        key = (t.indicator, t.kind, t.value, t.value_high, t.unit, tuple(t.qualifiers))
        if (
            t.value is not None
            and t.indicator is not None
            and key in seen
            and t.wording not in {k.wording for k in kept}
        ):
            again.append(t.wording)
            continue
        seen.add(key)
        kept.append(t)
    return kept, again


class Reader:
    """Reads a passage's clauses into targets, matching indicators to a catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def read(
        self, passage: str, offset: int, text: str, *, year: int | None = None
    ) -> tuple[list[Found], list[str]]:
        """Every target of a passage that starts at ``offset`` in ``text`` (the report of ``year``),
        and the clauses that gave none (for a person to check)."""
        found: list[Found] = []
        unread: list[str] = []
        pending: list[tuple[str, int]] = []  # subjects of clauses that gave no predicate
        pending_clauses: list[str] = []
        pending_start: int | None = None
        subjects: list[str] = []  # the last subjects a predicate had, for a clause with none
        leading: list[str] = []  # the qualifiers a sentence opened with before its first name (确保)
        part = False  # in a sentence of a part's targets, or of a later year's, or of tasks
        in_turn: list[str] = []  # the names the clauses of the sentence so far gave a figure or goal
        said = False  # whether a clause of the sentence so far gave a target
        before: list[Found] = []  # the targets of the clause before, in the same sentence
        for start, clause in clauses(passage, offset):
            later = _BY_YEAR.match(clause)
            if later and year is not None and int(later.group(1)) > year:
                part = True  # 到2016年，全市人均地区生产总值…: a later year's goals, to the sentence's end
            elif NOT_TARGETS.match(clause) or _CONDITION.fullmatch(clause):
                continue
            if _LEVEL_OF_GOVERNMENT.match(clause):
                # 其中市本级一般公共预算收入与GDP同步增长: the city government's own part
                unread.append(clause)
                continue
            if _ASSESSED.search(clause):
                unread.append(clause)  # 能耗强度目标在“十四五”规划期内统筹考核: how it is judged, no target
                continue
            if part or self._of_a_part(clause):
                # 贵安新区直管区生产总值增长15%以上，其中…；…。: a district's targets, to the sentence's end
                unread.append(clause)
                part = not _ends_sentence(text, start + len(clause))
                continue
            if GARBLED_FIGURE.search(clause):  # its figures cannot be read: for a person to check
                unread.append(clause)
                continue
            several = _SEVERAL_YEARS.search(clause)
            if several and year is not None and several.group().endswith(f"{year - 1}年"):
                several = None  # 2011's 能耗较2010年降低3.8%: against the year before, the year's
            if several and re.search(r"\d", clause[several.start() :]):
                # 较2015年下降17%; 年均增长6%: several years', not the year's; a 、-part before it
                # stays (万元生产总值综合能耗进一步下降、完成“十一五”期间下降20%左右的目标)
                cut = clause.rfind("、", 0, several.start())
                unread.append(clause[cut + 1 :])
                if cut <= 0:
                    continue
                clause = clause[:cut]
            if _INTRODUCING.fullmatch(clause):
                continue  # 主要约束性指标是，万元生产总值能耗下降4.5%: words that open the list
            if _WORK.match(clause):
                unread.append(clause)  # 大力推进节能降耗、环境保护和节约集约用地，…: work to do
                # 实施重点项目1200个以上、…，引进亿元以上项目400个以上: tasks, to the sentence's end
                part = re.search(r"\d", clause) is not None and not _ends_sentence(text, start + len(clause))
                continue
            targets, carried, subjects = self._clause(clause, start, text, pending, subjects)
            targets = [t for t in targets if not _aim(t)]
            self._in_turn(clause, targets, in_turn)
            lead = _LEADING_QUALIFIER.match(clause)
            if (
                lead
                and lead.group().endswith("确保")
                and not said  # it opens the sentence: 生态环境质量持续改善，…，确保粮食产量稳定，… is its own
                and targets
                and targets[0].qualifiers[:1] == ["确保"]
            ):
                leading = ["确保"]  # 确保全省生产总值增长9%左右，… (力争 is its clause's alone)
            elif leading and targets and not any(set(leading) & set(t.qualifiers) for t in targets):
                for t in targets:  # …，全部财政收入可比增长11.5%: the sentence's 确保 is each one's
                    t.qualifiers = [*_reaching(leading, t.qualifiers), *t.qualifiers]
            said = said or bool(targets)
            if text[start + len(clause) : start + len(clause) + 1] in ("。", "；", ";", "\n", ""):
                leading, in_turn, said = [], [], False  # the sentence ends
            # Only known names are carried to a later clause's figure: words before it that name
            # nothing (夯实基础、做实措施，地区生产总值增长8.5%) are not indicators of their own.
            carried = [(name, at) for name, at in carried if self.catalogue.match(name) is not None]
            if targets:
                if pending_start is not None:
                    wording = text[pending_start : start + len(clause)]
                    for t in targets:
                        t.wording, t.start = wording, pending_start
                elif before and not self.catalogue.spans(clause):
                    _share_wording(text, before, targets, start + len(clause))
                    _go_on_changing(before, targets)
                found.extend(targets)
                pending, pending_clauses, pending_start = [], [], None
            # not past the clause's sentence or ； (…居民消费价格总水平略有上升；城镇登记失业率控制在3％左右)
            elif carried and text[start + len(clause) : start + len(clause) + 1] not in ("。", "；", ";"):
                if len(pending_clauses) >= _MOST_PENDING:  # names without a figure go on too long
                    unread += pending_clauses
                    pending, pending_clauses, pending_start = [], [], None
                    carried = carried[-_MOST_NAMES:]
                pending = list(dict.fromkeys(carried))  # the names before, and this clause's
                pending_clauses.append(clause)
                pending_start = start if pending_start is None else pending_start
            else:
                unread.append(clause)
            sentence_ends = text[start + len(clause) : start + len(clause) + 1] in ("。", "；", ";", "\n", "")
            before = [] if sentence_ends else targets
        found, again = _restated(found)
        return found, unread + again + pending_clauses

    def _in_turn(self, clause: str, targets: list[Found], in_turn: list[str]) -> None:
        """Figures 分别 of the names of the clauses before, each its own (农牧民人均纯收入达到2180元，城镇居民
        人均可支配收入达到8800元，分别增长10.39%和8.92%; 地区生产总值和固定资产投资跨千亿，
        农民人均纯收入跨万元，分别增长12.5%、25%和15%): given to those names in turn; ``in_turn`` kept."""
        names = list(dict.fromkeys(t.indicator_zh for t in targets))
        if not clause.startswith("分别"):
            in_turn[:] = [*in_turn, *names] if names else []
            return
        before = list(dict.fromkeys(in_turn))[-len(targets) :]
        if len(names) == 1 and len(targets) > 1 and len(before) == len(targets) and before[-1] == names[0]:
            for t, name in zip(targets, before, strict=True):
                t.indicator_zh, t.indicator = name, self.catalogue.match(name)

    def _of_a_part(self, clause: str) -> bool:
        """Whether a clause opens with a district's name before an indicator's (贵安新区直管区生产总值)."""
        place = _PART.match(clause)
        if place is None or any(a == 0 for a, _ in self.catalogue.spans(clause)):
            return False
        return any(a == 0 for a, _ in self.catalogue.spans(clause[place.end() :]))

    def _clause(
        self, clause: str, start: int, text: str, pending: list[tuple[str, int]], last: list[str]
    ) -> tuple[list[Found], list[tuple[str, int]], list[str]]:
        """The targets of one clause; or, if it has no predicate, the subjects it carries on."""
        special = self._special(clause, start)
        if special is not None and not (pending and not any(t.indicator for t in special)):
            return special, [], [t.indicator_zh for t in special]
        lead = _LEADING_QUALIFIER.match(clause)
        verb_first = _VERB_FIRST.match(clause, lead.end()) if lead else None
        after_lead = clause[lead.end() :] if lead else ""
        if (
            lead
            and not pending
            and (
                # 力争各项主要指标增速…: 各项 (each) before the first name is the name's
                any(
                    at - lead.end() in (0, 2 * clause.startswith("各项", lead.end()))
                    for at, _ in self.catalogue.spans(clause)
                )
                or (verb_first is not None and self.catalogue.match(verb_first.group(1)) is not None)
                or (
                    "保持" not in lead.group()
                    and re.search(r"\d", after_lead)
                    and predicate_start(after_lead, self.catalogue.spans(after_lead)) >= 4
                )
            )
        ):
            # 确保生产总值增长15%; 确保粮食播种面积和产量稳定: the clause's word for all it says (力争新增
            # 城镇就业30万人: a name that opens with its verb, as the catalogue has it another way; 力争高新
            # 技术企业工业增加值占GDP的比重提高到4%: a name the catalogue lacks, not the figure of the last)
            rest = self._clause(clause[lead.end() :], start + lead.end(), text, pending, last)
            for t in rest[0]:
                t.wording, t.start = clause, start
                words = [w for w in _qualifier_words(lead.group()) if w not in t.qualifiers]
                t.qualifiers = [*_reaching(words, t.qualifiers), *t.qualifiers]
            return rest
        accumulated = [name for name, _ in pending]
        found: list[Found] = []
        open_items: list[Predicate] | None = None
        owners: list[str] = []
        for segment in _segments(clause, self.catalogue):
            if (
                open_items is not None
                # 分别降低3%、4.4%左右; 制造业、数字经济占…比重15%、37%: names waiting for their figures;
                # 城乡居民人均可支配收入增长8%、9%: one name's figures in turn, as with 和
                and (open_items[-1].respectively or len(owners) >= len(open_items))
                and (figures := _bare_figures(segment, open_items[-1]))
            ):
                open_items += figures  # the list goes on
                continue
            subject, items = self._segment(segment)
            if not items:
                # 大气、水体实现功能区达标，空气质量…天数突破240天: words said of the names before (the
                # subject is then empty) are theirs, and those names wait for no later figure
                accumulated = [*accumulated, *names_of(subject, self.catalogue)] if subject else []
                continue
            if open_items is not None:
                found += self._targets(owners, open_items, clause, start)
            named = names_of(subject, self.catalogue)
            if (
                (subject.startswith("其中") or subject in ("城镇", "农村"))
                and last
                and not any(map(self.catalogue.match, named))
            ):
                # 居民人均可支配收入增长7%，其中城镇和农村分别增长7%和8%: the parts of the name before
                named = [_part_of(n, last[0], self.catalogue) for n in named]
            elif subject.startswith("占") and last and not any(map(self.catalogue.match, named)):
                # 服务业增加值增长10.2%，占地区生产总值的比重提高1个百分点: the share of the name before
                named = [last[-1] + n for n in named]
            elif subject == "人均" and last and self.catalogue.match("人均" + last[-1]):
                named = ["人均" + last[-1]]  # 地区生产总值增长10%，…，人均达到1000美元: the name before's
            elif owners and named and not any(map(self.catalogue.match, named)):
                # 规上工业总产值增长15%左右、增加值增长15%左右: the name before's head is this one's
                named = [_complete(n, owners[-1], self.catalogue) for n in named]
            # 城镇、农村常住居民人均可支配收入: the names of earlier segments completed by this one's
            owners = completed_names([*accumulated, *named], self.catalogue) or owners
            owners = [o for o in owners if len(o) > 1]  # 有 5个月以上达到Ⅱ类: one character names nothing
            figure = re.search(r"\d", segment)
            if (
                not owners
                and any(i.kind is not Kind.QUALITATIVE for i in items)
                and "指标" not in segment  # 确保主要指标增速高于全省平均水平: the main ones, not the last
                and not (figure and any(a > figure.start() for a, _ in self.catalogue.spans(segment)))
                # 地方一般公共预算收入增长4.5%左右；完成40项民生实事: a count in 项 is no level of
                # the revenue before (深圳市 2020), but of the words after it, which name nothing known
                and not self._fits_none(items, last)
            ):
                # 增长20%以上: a figure alone is the last name's; a goal alone (力争重点领域和关键环节
                # 改革实现新突破: its name is in the words the goal holds) is no one's; nor is one
                # before a name (全年95%以上天数空气质量达到国家二级标准: of the days, not the name before)
                owners = last
            accumulated = []
            open_items = items
        if open_items is not None:
            found += self._targets(owners, open_items, clause, start)
            return found, [], owners
        own = self._own_words(clause, start) if not pending else None
        if own:
            return own, [], [t.indicator_zh for t in own]
        carried = [(name, start) for name in dict.fromkeys(accumulated)]
        return [], carried, last

    def _fits_none(self, items: list[Predicate], names: list[str]) -> bool:
        """Whether every figure of ``items`` is a level whose unit no known indicator of ``names``
        is measured in (40项 after a revenue): the figure is not theirs. A rate is left to them
        (地区生产总值增长8%，力争达到10%: its growth)."""
        keys = [k for k in map(self.catalogue.match, names) if k is not None]
        levels = [i for i in items if i.kind is Kind.LEVEL and i.unit and i.unit not in ("%", "‰", POINTS)]
        return (
            bool(keys)
            and len(levels) == len(items)
            and not any(units_fit(i.unit, self.catalogue.indicators[k].unit) for i in levels for k in keys)
        )

    def _own_words(self, clause: str, start: int) -> list[Found] | None:
        """Known indicators with words of the report's own after them, and no figure (国际收支基本
        平衡; 实际利用外商直接投资与上年持平; 发展的协调性进一步增强): a qualitative target each, whose
        goal is a canonical one where one fits, else those words (docs/transcribing.md)."""
        if re.search(r"\d", clause):
            return None
        spans = self.catalogue.spans(clause)
        at = predicate_start(clause, spans)
        after = _AFTER_NAME.fullmatch(clause, spans[-1][1], at) if spans else None
        if spans and (at == len(clause) or _WEAK.match(clause[at:]) or after):
            # 国际收支基本平衡; 进出口总额有所增长: the words after the last name (and its 降低率)
            at = after.start(2) if after else spans[-1][1]
        elif at == len(clause) and (joint := re.search(r"与|有所", clause)):
            at = joint.start()  # 实际利用外商直接投资与上年持平: a name worded another way
        share = _SHARE_OF.match(clause, at)
        if share and self.catalogue.match(clause[:at] + share.group()):
            at = share.end()  # 外贸进出口总额占全省份额不减: the share is the name, 不减 its goal
        kept = _SHARE_KEPT.fullmatch(clause, at)
        if kept and self.catalogue.match(name := f"{clause[:at]}占{kept.group(1)}份额"):
            # 外贸自营进出口总额保持全国占比份额: its share of the whole, kept stable
            return [
                self._found(
                    name, Predicate(Kind.QUALITATIVE, goal="stable", qualifiers=["保持"]), clause, start
                )
            ]
        if spans and spans[-1][1] > at:
            return None  # 环境质量改善指标和主要污染物总量减排指标，完成…: a list going on
        subject, words = clause[:at], clause[at:].strip()
        weak = _WEAK.match(words)  # 单位GDP能耗下降，…完成省下达任务: a name, its list going on
        words = words.removeprefix("状况")  # 国际收支状况改善: the state of it, its name's
        # 二氧化碳排放降低目标与国家“十五五”考核目标统筹衔接: the name's target, its goal after it
        words = re.sub(r"^(?:降低|下降|增长)?目标(?=与)", "", words)
        words = re.sub(r"^[（(][^（）()]{1,12}[）)]", "", words)  # （验资口径）持平: a note, no goal's word
        lead = re.match(r"(?:力争|确保|努力|争取)+", words)  # 力争实现零增长: 力争 qualifies it
        words = words[lead.end() :] if lead else words
        names = names_of(subject, self.catalogue)
        if (
            not names
            or not all(self.catalogue.match(n) for n in names)
            or not _OWN_GOAL.search(words)
            or weak
        ):
            return None
        goal = _goal(words, whole=True)
        item = goal if goal is not None and goal.goal in GOALS else Predicate(Kind.QUALITATIVE, goal=words)
        item.qualifiers = [*_qualifier_words(lead.group()), *item.qualifiers] if lead else item.qualifiers
        return [self._found(name, item, clause, start) for name in names]

    def _targets(self, owners: list[str], items: list[Predicate], clause: str, start: int) -> list[Found]:
        if not owners:
            return []
        relation = items[0]
        if relation.kind is Kind.RELATIVE and relation.against_zh is None and relation.against_region is None:
            if len(items) == 1 and len(owners) == 2:
                relation.against_zh = owners[1]  # 居民收入和经济增长基本同步: the first against the second
                owners = owners[:1]
            else:
                relation.against_zh = "经济增长"  # 财政收入同步增长: in step with the economy
        respectively = any(i.respectively for i in items)
        # 增速高于全国、全省平均水平: the sides of one comparison, each owner's, not figures in turn
        sides = not respectively and len(items) > 1 and all(i.kind is Kind.RELATIVE for i in items)
        if (
            (respectively or len(items) == 2)
            and not sides
            and len(items) <= 2
            and len(owners) == 1
            and len(pair_in_turn(owners[0])) == 2
        ):
            # 城乡居民人均可支配收入分别增长7%左右和7.5%左右 (or without 分别, two figures: in turn)
            owners, respectively = pair_in_turn(owners[0]), True
        three = _THREE_INDUSTRIES.match(owners[0]) if len(owners) == 1 and len(items) == 3 else None
        if three:  # 三次产业增加值分别增长2%、5%和7%以上: the first, second and third in turn
            owners = [f"第{n}产业{owners[0][three.end() :]}" for n in "一二三"]
        if sides:
            pairs = [(owner, item) for owner in owners for item in items]
        elif len(items) > 1 and len(items) == len(owners):
            # 城镇和农村常住居民人均可支配收入增长10%左右和11%左右: figures in turn, with 分别 or not
            _share_trailing(items)
            pairs = list(zip(owners, items, strict=True))
        elif len(items) == 1:
            pairs = [(owner, items[0]) for owner in owners]
        elif len(owners) == 1:
            pairs = [(owners[0], item) for item in items]
        else:
            pairs = [(owner, item) for owner in owners for item in items]
            for item in items:
                item.unsure.append(
                    "the clause pairs several indicators with several figures: check which goes with which"
                )
        # 农民人均纯收入增加150元; 全社会固定资产投资新增100亿元: an amount added, a level of the
        # indicator of the increase where the catalogue has one, else no target
        pairs = [
            (owner, item) for owner, item in pairs if not _increment(owner, item) or self.increase_of(owner)
        ]
        return [self._found(owner, item, clause, start) for owner, item in pairs]

    def increase_of(self, owner: str) -> str | None:
        """The indicator of an increase by an amount of what ``owner`` names, where the catalogue
        has one (农民人均纯收入增加额 for 农牧民人均纯收入增加150元)."""
        key = self.catalogue.match(_ADDED.sub("", owner))
        return self.catalogue.increase.get(key) if key else None

    def _found(self, owner: str, item: Predicate, clause: str, start: int) -> Found:
        increase = self.increase_of(owner) if _increment(owner, item) else None
        key = increase or self.catalogue.match(owner)
        kind = Kind.LEVEL if increase else item.kind
        unsure = list(item.unsure)
        info = self.catalogue.indicators.get(key) if key else None
        # A rate that is itself a change (居民消费价格涨幅 3%; 居民消费价格指数增幅) is a level of that rate.
        if (
            kind is Kind.GROWTH
            and info is not None
            and info.unit == "%"
            and item.verb in (None, "涨幅", "增幅", "上涨", "增长")
        ):
            kind = Kind.LEVEL
        unit = item.unit
        counted = unit is not None and unit.endswith("人")
        if kind is Kind.DECLINE and item.verb and (counted or key is None):
            # 农村绝对贫困人口减少16万人: a count's level; 主要污染物削减2.1%: the verb names the cut's fall
            reduced = self.catalogue.exact(owner + item.verb)
            if reduced is not None:
                key, kind = reduced, Kind.LEVEL if counted else kind
                info = self.catalogue.indicators.get(key)
        # 减少105万: ten thousands of people where the name counts people, else a bare figure
        if unit == "万":
            unit = info.unit if info is not None and info.unit in ("万人", "万户") else None
        elif unit == "亿":
            unit = info.unit if info is not None and info.unit == "亿元" else None
        if kind is Kind.LEVEL and index_figure(owner, item.value, unit):
            unit = None  # 居民消费价格指数为101%左右: an index (the year before = 100), not a percentage
        # A bare percentage on an amount (固定资产投资力争达到3%) is its growth; on a rate in ‰, its
        # level, in ‰ where it is plainly one.
        if (
            kind is Kind.LEVEL
            and item.unit == "%"
            and item.value is not None
            and info is not None
            and info.unit == "‰"
        ):
            unit = rate_unit(item.value, own=info.unit)
        elif kind is Kind.LEVEL and item.unit == "%" and info is not None and info.unit not in (None, "%"):
            kind = Kind.GROWTH
        against = against_zh = None
        if kind is Kind.RELATIVE:
            against_zh = item.against_zh
            if against_zh:
                bare = re.sub(r"(?:的)?(?:增幅|增速|增长|提高|水平|速度)$", "", against_zh)
                against = (
                    self.catalogue.match(against_zh)
                    or self.catalogue.match(bare)
                    or self.catalogue.exact(bare + "增长")  # 与经济同步增长: with 经济增长, GDP
                    or self.catalogue.match(_complete(bare, owner, self.catalogue))
                )
                if against is None:
                    unsure.append(f"compared with {against_zh!r}, which matches no indicator")
            else:
                against = None
        if key is None:
            unsure.append(f"{owner!r} matches no indicator of the catalogue")
        measured = info.unit if info is not None else None
        fits = units_fit(unit if kind is Kind.LEVEL else None, measured)
        if not fits:
            unsure.append(f"a figure in {unit} is no level of {key!r}, measured in {measured}")
        return Found(
            fits=fits,
            wording=clause,
            start=start,
            indicator_zh=owner,
            indicator=key,
            kind=kind,
            value=item.value,
            value_high=item.value_high,
            unit=unit if kind is not Kind.GROWTH and kind is not Kind.DECLINE else item.unit or "%",
            qualifiers=list(item.qualifiers),
            goal=item.goal,
            against=against,
            against_zh=against_zh,
            against_region=item.against_region,
            margin=item.margin,
            margin_high=item.margin_high,
            measure=item.measure,
            unsure=unsure,
        )

    def _special(self, clause: str, start: int) -> list[Found] | None:
        """Clauses whose predicate comes first: 完成上级下达的能耗下降、环境改善等指标任务;
        杜绝重特大生产安全事故; 完成固定资产投资4500亿元、工业投资1800亿元."""
        quota = re.match(
            _MANNER + rf"完成(?:{_AUTHORITY}[和、及]?){{0,3}}(?:下达|制定|确定)?的"
            r"(.+?)等?(?:约束性)?(?:指标)?(?:计划)?(?:目标)?任务$",
            clause,
        )
        if quota is None:
            quota = re.match(
                _MANNER + rf"完成(?:{_AUTHORITY}[和、及]?){{1,3}}下达的?(?:年度)?([^的].*?)(?:等)?(?:约束性)?"
                r"(?:指标)?(?:计划)?(?:目标|(?<!等)指标)$",
                clause,
            )
        if quota is None:  # 完成城镇就业市定目标任务
            quota = re.match(
                r"^完成(.{2,20}?)(?:省|市|县|上级|国家)(?:定|下达的?)(?:的)?(?:目标)?任务$", clause
            )
        if quota is None:  # 全面完成国家下达的节能减排任务; 完成化学需氧量、氨氮…年度减排任务
            quota = _QUOTA_OF.match(clause) or _QUOTA_DONE.match(clause)
        names = names_of(quota.group(1), self.catalogue) if quota else []
        if (
            quota
            and re.fullmatch(r"(?:各项|全部|所有)(?:经济社会发展|社会经济发展|工作|目标)*", quota.group(1))
            and "约束性" not in clause
        ):
            # 完成自治区下达的各项工作任务, 各项经济社会发展任务: all handed down, no indicator's quota
            names = []
        for tail in ("减排", "指标"):  # 节能减排任务, 约束性指标任务: the word after is the name's
            # 完成…环境质量改善和…主要污染物减排任务: the word after is the last name's
            if (
                quota
                and clause.startswith(tail, quota.end(1))
                and not (names and self.catalogue.match(names[-1]))
            ):
                names = names_of(quota.group(1) + tail, self.catalogue)
        if quota and quota.re in (_QUOTA_OF, _QUOTA_DONE) and not any(map(self.catalogue.match, names)):
            quota = None
        if quota:
            # 确保完成国家下达的节能减排任务: the words before the verb qualify it.
            lead = clause[: re.search(r"完成|落实", clause).start()]  # type: ignore[union-attr]
            quota_met = Predicate(Kind.QUALITATIVE, goal="meet_quota", qualifiers=_qualifier_words(lead))
            return [self._found(n, quota_met, clause, start) for n in names]
        grade = _GRADE.search(clause)
        if grade:  # one water quality target, whatever places are listed before its grade
            return [self._found("水质", Predicate(Kind.QUALITATIVE, goal=grade.group("goal")), clause, start)]
        if re.match(r"杜绝|严控|严格控制", clause):
            # 杜绝重特大生产安全事故、严控较大生产安全事故: each part its own verb's goal
            found = []
            for part in re.split(r"、(?=杜绝|严控|严格控制)", clause):
                first = re.match(r"(杜绝|严控|严格控制)(.+)$", part)
                goal = "eliminate" if first and first.group(1) == "杜绝" else "strict_control"
                found += [
                    self._found(n, Predicate(Kind.QUALITATIVE, goal=goal), clause, start)
                    for n in names_of(first.group(2) if first else part, self.catalogue)
                ]
            return found
        verb_first = re.match(r"^(?:完成|实现)(?=[^\d]+\d)", clause)
        if verb_first and not re.match(r"^(?:完成|实现)(?:.*?)(?:任务|目标)$", clause):
            found = []
            for segment in _segments(clause[verb_first.end() :], self.catalogue):
                subject, items = self._segment(segment)
                found += [
                    self._found(n, i, clause, start) for n in names_of(subject, self.catalogue) for i in items
                ]
            return found or None
        return None

    def _segment(self, segment: str) -> tuple[str, list[Predicate]]:
        """A 、-separated part of a clause: its subject, and what it predicates (nothing if none)."""
        first = _VERB_FIRST.match(segment)
        if first and self.catalogue.match(first.group(1)) is not None:
            return first.group(1), _items(segment[first.end() :])  # 减少贫困人口150万人: the name's level
        counted = _COUNTED.fullmatch(segment)
        name = _MANNER_OF_COUNT.sub("", counted.group("name")) if counted else ""
        if counted and (counted.group("unit") != "万" or "人" in name):
            # 9个贫困县摘帽; 确保65万以上贫困人口脱贫: the figure counts what is named after it, and
            # gives nothing to the name before it (10个片区县、3个插花县申请摘帽: a name not known)
            if _PREDICATE.search(name) or self.catalogue.match(name) is None:
                return segment, []
            unit = "万人" if counted.group("unit") == "万" else counted.group("unit")
            words = [*_qualifier_words(counted.group("lead")), *filter(None, [counted.group("after")])]
            return name, [Predicate(Kind.LEVEL, number_of(counted.group("number")), None, unit, words)]
        spans = self.catalogue.spans(segment)
        at = predicate_start(segment, spans)
        verb = re.search(r"(?:下降|降低|减少|增长|提高)\s*$", segment[:at])  # 能耗下降 1.8%: a space before
        if (
            verb
            and segment[at : at + 1].isdigit()
            and self.catalogue.exact(segment[:at]) is None
            and (self.catalogue.match(segment[: verb.start()]) or self.catalogue.match(segment[:at]))
        ):
            # 单位生产总值综合能耗下降5.6%: 能耗下降 is another name, not this one's; 非公有制经济增长16%:
            # 经济增长 (GDP's) holds the verb of a name the catalogue does not know
            at = verb.start()
        subject, predicate = segment[:at], segment[at:]
        achieved = _ACHIEVED.match(predicate)
        if achieved and (
            self.catalogue.match(subject + achieved.group(1)) or self.catalogue.match(achieved.group(1))
        ):
            # 城镇实现就业再就业30万人: the name goes on after 实现, its figure after it
            subject, predicate = subject + achieved.group(1), predicate[achieved.end() :]
        wholly = re.match(r"全部(脱贫|摘帽|出列|退出)$", predicate)
        if (
            wholly
            and self.catalogue.match(subject) is None
            and self.catalogue.match(subject + wholly.group(1))
        ):
            subject += wholly.group(1)  # 剩余农村贫困人口全部脱贫: the name is 贫困人口脱贫's
        if not predicate or _WEAK.match(predicate):
            return segment if not predicate else subject, []
        if predicate.endswith("指标") and not re.search(r"\d|完成|落实|达到|实现|控制在", predicate):
            return segment, []  # 环境质量改善指标和…减排指标，完成…: names, their predicate after
        items = _items(predicate)
        if re.search(r"目标$", subject) and re.search(r"一致$", predicate):
            # 居民消费价格涨幅调控目标与省保持一致 (绍兴市 2014): the target is the province's, set
            # elsewhere; no result is compared with its result: the report's own words
            items = [Predicate(Kind.QUALITATIVE, goal=predicate.strip())]
        if not items and not re.match(r"[增降]|下降|减少|提高|提升|保持", predicate):
            # 生态环境总体良好、社会局势和谐稳定; …排放总量减排实现“十一五”目标；…: words said of the
            # name, which is not carried on to a later predicate (but 城乡居民收入增长、财政收入增长与…同步;
            # 主要经济指标增速在全区保持前位、在省会城市保持前列)
            return "", []
        fall = re.search(r"(下降|降低|减少|削减|减排)(率|幅度)?$", subject)
        if fall and (predicate[:1].isdigit() or fall.group(2)):  # 能耗下降率不低于3.2%
            # 万元GDP综合能耗下降4.8%; 主要污染物排放总量削减2%: the verb a name holds is the figure's
            for item in items:
                if item.verb is None and item.kind is Kind.LEVEL and item.unit == "%":
                    item.kind, item.verb, item.unit = Kind.DECLINE, fall.group(1), None
        return subject, items


_AIM = re.compile(r"(?:水平|质量|效益)$")
"""How good something is (人民生活水平, 质量效益), not what an indicator measures."""


def _aim(target: Found) -> bool:
    """Whether a target is an aim that heads its area's targets rather than being one: one to
    improve how good something is that no indicator measures (人民生活水平进一步提高; 经济发展质量和效益
    进一步提高: shanghai 2015-2018)."""
    return (
        target.indicator is None
        and target.goal == "keep_improving"
        and _AIM.search(target.indicator_zh) is not None
    )


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a clause that ends at ``end`` ends its sentence."""
    return text[end : end + 1] in ("。", "\n", "")


def _part_of(part: str, whole: str, catalogue: Catalogue) -> str:
    """A part named after 其中 (城镇, 农村) as the name of that part of ``whole`` (城镇居民人均可支配收入)."""
    return part + whole if catalogue.exact(part + whole) else _complete(part, whole, catalogue)


_ADDED = re.compile(r"(?:新增|净增|增加|比增)$")


def _increment(owner: str, item: Predicate) -> bool:
    """Whether an item is an amount of money added to an indicator (农民人均纯收入增加150元;
    全社会固定资产投资新增1000亿元; 比增100亿元, 比上年增加), not its growth nor its level."""
    money = item.unit is not None and item.unit.endswith("元")
    # not 增加到300亿元; a growth in money is no rate (固定资产投资比增100亿元)
    added = (item.verb in ("增加", "净增") or item.kind is Kind.GROWTH) and item.kind is not Kind.LEVEL
    return money and (added or re.search(r"(?:新增|净增|增加|比增)$", owner) is not None)


def index_figure(name: str, value: Decimal | None, unit: str | None) -> bool:
    """Whether a figure given in % is an index of the year before as 100 (居民消费价格指数为101%)."""
    return unit == "%" and "指数" in name and value is not None and value >= 90


def _share_wording(text: str, before: list[Found], targets: list[Found], end: int) -> None:
    """A clause that names nothing and gives a figure of the names of the clause before
    (地区生产总值1170亿元，增长14.5%): the two clauses are each one's wording, as one clause would be."""
    if {t.indicator_zh for t in targets} <= {t.indicator_zh for t in before}:
        first = min(t.start for t in before)
        for t in [*before, *targets]:
            t.wording, t.start = text[first:end], first


def _go_on_changing(before: list[Found], targets: list[Found]) -> None:
    """A bare percentage of the names of the clause before, which changed them (综合能耗降低4%，
    力争5%): the same change, not a level of an indicator measured in no unit."""
    changes = {t.indicator_zh: t.kind for t in before if t.kind in (Kind.GROWTH, Kind.DECLINE)}
    for t in targets:
        if t.kind is Kind.LEVEL and t.unit == "%" and t.verb is None and t.indicator_zh in changes:
            t.kind = changes[t.indicator_zh]


def pair_in_turn(name: str) -> list[str]:
    """The two a name given figures in turn (分别) names: 城乡居民收入, the urban one and the rural one;
    金融机构存贷款余额, the deposits' and the loans'; any other, itself alone."""
    if name.startswith("城乡"):
        return ["城镇" + name[2:], "农村" + name[2:]]
    if "存贷款" in name:
        return [name.replace("存贷款", "存款"), name.replace("存贷款", "贷款")]
    return [name]


def predicate_start(segment: str, spans: list[tuple[int, int]]) -> int:
    """Where a segment's predicate begins (a verb, qualifier, comparison, goal or figure not
    inside a catalogue name at ``spans``), or its length if it has none."""
    quoted = [m.span() for m in _QUOTED.finditer(segment)]  # “6+1”产业体系: a name's digits
    quoted += [m.span() for m in _THRESHOLD.finditer(segment)]  # 500万元以上项目固定资产投资
    quoted += [m.span() for m in _SIZE_NOTE.finditer(segment)]  # 固定资产投资（500万元口径）
    quoted += [m.span() for m in _LISTED.finditer(segment)]  # …二氧化硫排放量4项主要污染物
    first_name = min((a for a, _ in spans), default=0)
    quoted += [m.span() for m in _YEAR.finditer(segment, 0, first_name)]  # 2014年全市地区生产总值
    quoted += [m.span() for m in _BASE_YEAR.finditer(segment)]  # 能耗较2010年降低3.8%
    for match in _PREDICATE.finditer(segment):
        if any(a <= match.start() < b for a, b in (*spans, *quoted)):
            continue
        if _WEAK.match(match.group()) and segment.startswith(("及", "和"), match.end()):
            continue  # 单位地区生产总值能耗降低及生态环境质量指标完成…: a name's verb, the list going on
        return match.start()
    return len(segment)


_THRESHOLD = re.compile(
    rf"{_NUMBER}(?:(?:万|亿)?元(?:及)?|岁及?)(?:以上|口径)(?=项目|(?:规模)?工业|企业|固定资产投资|人口|资金)"
)
"""A size in a name (500万元以上项目固定资产投资; 单项投资5000万元以上工业项目; 500万元口径固定资产投资), as
规模以上 is: no figure."""

_SIZE_NOTE = re.compile(rf"[（(]{_NUMBER}\s*(?:万|亿)?元及?(?:以上)?(?:项目)?口径[）)]")
"""A size noted after a name (固定资产投资（500万元口径）达到3380.73亿元): no figure."""

_LISTED = re.compile(r"(?<=.)[\d一二三四五六七八九十]+项(?:主要)?(?:约束性)?(?:指标|污染物(?:减排)?)")
"""How many names a list holds, after them (化学需氧量、…、二氧化硫排放量4项主要污染物减排达到国家控制目标;
…水体比例4项指标完成省下达任务要求): no figure, nor a name of its own."""

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年")
"""A year before a segment's first name (初步安排2014年全市地区生产总值、…分别增长10%), no figure."""

_BASE_YEAR = re.compile(r"(?<=[较比])(?:19|20)\d\d年")
"""The year a figure is measured against (较2010年), no figure."""

_QUOTED = re.compile(r"“[^”]{1,12}”")
"""Words in quotation marks, a name's (“6+1”产业体系), whose digits are no figure."""


def _segments(clause: str, catalogue: Catalogue) -> list[str]:
    """A clause's parts separated by 、 (not inside brackets, a catalogue name, or a figure list
    that 分别 begins)."""
    parts = split_outside_brackets(
        clause,
        lambda i: (
            clause[i] == "、"
            and not _AUTHORITIES.match(clause, max(0, i - 2))
            and not _INDUSTRIES.match(clause, max(0, i - 1))
            and not _INDUSTRIES.match(clause, max(0, i - 3))
        ),
    )
    return [p for _, p in parts if p.strip()]


_AUTHORITIES = re.compile(r"(?:国家|中央|全国)、(?:全?省|市)|省、市|([省市州县])委、\1(?:人民)?政府")
"""Authorities listed in a goal (完成国家、省下达的目标任务), or the places a growth is compared with
(增速高于全国、全省平均水平): not a list of indicators."""


def names_of(subject: str, catalogue: Catalogue) -> list[str]:
    """The indicator names a subject lists (A、B和C), each as the text writes it; a short one
    takes the head or tail it shares with its neighbour (城镇和农村居民收入: 城镇居民收入)."""
    # not 对外贸易's 对; 正常年景下产量: in a normal year, a condition of the name's figure
    subject = re.sub(r"^(?:其中|以及|和|及|并|同时|全年|对(?!外)|正常年景下(?=.))", "", subject.strip())
    # 等, 等方面, 等约束性指标 and 等各项指标 (PM2.5、PM10等各项指标持续改善) end a list, naming nothing
    # (…氮氧化物等减排指标; …等年度节能减排任务: the kind of the list's quota)
    subject = _LISTED.sub("", subject)
    # 反映资源节约和环境质量的各项约束性指标: the kind the words before 的 describe is the one name
    described = _DESCRIBED.match(subject)
    if described and catalogue.match(described.group(1)) is not None:
        subject = described.group(1)
    # (城镇新增就业与上年保持稳定: the year before is what the goal compares with, no second name)
    subject = re.sub(
        r"(?:等(?:各项|主要)?(?:年度)?(?:节能|安全生产)?(?:减排)?(?:约束性)?(?:指标)?|等方面|等|与(?:上年|去年)(?:同期)?)$",
        "",
        subject,
    ).strip()
    # 化学需氧量、氮氧化物等减排指标; 氮氧化物等4项主要污染物下降比例: the things listed, and words for
    # their kind after 等 (a name of a kind too: 主要污染物), naming nothing more
    etc = _ETC.search(subject)
    if (
        etc
        and any(b == etc.start() for _, b in catalogue.spans(subject))
        and (_KIND_WORDS.fullmatch(etc.group(1)) or any(a == 0 for a, _ in catalogue.spans(etc.group(1))))
    ):
        subject = subject[: etc.start()]
    # 奋力站上3000亿元大台阶: words of effort and of a level's step name nothing; nor does 总量 alone
    # (地区生产总值增长7%左右，总量突破5百亿元: the amount of the name before), nor 预期 alone
    # (全市生产总值增长12.5%，预期1550亿元: the level expected of the name before), nor words of manner
    # (高质量完成全面建成小康社会各项预期目标; 努力完成“十三五”规划目标任务; 务必确保如期全面完成…)
    subject = re.sub(
        r"^(?:(?:奋力|努力)?(?:跨上|跃上|站上|登上|迈过|跨越)|总量|预期|工作目标|高质量|全面|圆满|努力|务必)$",
        "",
        subject,
    )
    # 在省会城市保持前列, 在全省保持前列: where a rank is held, not a name
    subject = _RANK_PLACE.sub("", subject)
    # 一、二、三产业增加值 (一、二、三产, 一、二、三次产业): the three industries, each 第…产业
    subject = _INDUSTRIES.sub(lambda m: "、".join("第" + n for n in m.group().split("、")), subject)
    subject = re.sub(r"(第[一二三])次?产业?", r"\1产业", subject)
    if not subject:
        return []
    if catalogue.exact(subject) is not None:
        return [subject]  # 研究与试验发展经费投入强度: one name, its 与 not a list's
    spans = catalogue.spans(subject)
    pieces, start = [], 0
    # 和谐; 旅游及相关产业; 15岁及以上; 以及 is one word (…各项指标以及节能减排)
    for match in re.finditer(r"、|以及|和(?!谐)|及(?!相关|以[上下])|与", subject):
        if any(a <= match.start() < b for a, b in spans):
            continue
        pieces.append(subject[start : match.start()])
        start = match.end()
    pieces.append(subject[start:])
    return completed_names(_split_pairs([p.strip() for p in pieces if p.strip()], catalogue), catalogue)


_DESCRIBED = re.compile(r"^反映[^，；。]{1,40}的([^的]{2,12})$")
_ETC = re.compile(r"等(?:[\d一二三四五六七八九十]+项)?([^、和及与]{1,14})$")
_KIND_WORDS = re.compile(r"(?:各项|主要)?(?:污染物)?(?:减排|排放)?(?:总?量)?(?:约束性)?(?:指标)?")
"""Words for the kind of the things listed before 等 (减排指标, 主要污染物)."""

_RANK_PLACE = re.compile(r"^在(?:全[国省区市州]|省会城市|同类城市|[东西中]部|东北)[\u4e00-\u9fff]{0,6}$")

_INDUSTRIES = re.compile(r"(?<![第十])[一二三](?:、[一二三]){1,2}(?=次?产)")


def completed_names(pieces: list[str], catalogue: Catalogue) -> list[str]:
    """Names listed together, a short one taking the head or tail it shares with its neighbour
    (城镇、农村居民收入: 城镇居民收入)."""
    if len(pieces) < 2:
        return pieces
    completed = []
    for n, piece in enumerate(pieces):
        # A longer one too where it names nothing alone (规模以上工业、服务业增加值: 规模以上工业增加值)
        # and a bare quantity per unit (万元工业增加值能耗和用水量: per unit of industrial value added)
        if _PER_UNIT_ALONE.fullmatch(piece) or (
            catalogue.exact(piece) is None and (len(piece) <= 4 or catalogue.match(piece) is None)
        ):
            # Its neighbour after, else the first (能耗、水耗和二氧化碳排放: 水耗 is 能耗's kind).
            for other in dict.fromkeys([pieces[-1] if n < len(pieces) - 1 else pieces[0], pieces[0]]):
                done = _complete(piece, other, catalogue)
                if done != piece:
                    piece = done
                    break
        elif n < len(pieces) - 1 and (parallel := _parallel(piece, pieces[-1], catalogue)):
            piece = parallel  # 常住人口和户籍人口城镇化率: 常住人口城镇化率, not the population
        elif (
            n < len(pieces) - 1
            and (tail := _SHARE_TAIL.search(pieces[-1]))
            and not _SHARE_TAIL.search(piece)
            and catalogue.exact(piece + tail.group()) is not None
        ):
            # 研究与发展经费支出、环保投入相当于全市生产总值的比例: each one's share, not the spending
            piece += tail.group()
        completed.append(piece)
    return completed


_PER_UNIT_ALONE = re.compile(r"能耗|水耗|电耗|用水量")
"""A quantity per unit of something, which a list's name may give without the something."""
_SHARE_TAIL = re.compile(r"(?:相当于|占)[^、和及与占]{1,12}?的?(?:比例|比重)$")
"""The share a list's last name ends with (…、环保投入相当于全市生产总值的比例), the whole list's."""


def _parallel(short: str, other: str, catalogue: Catalogue) -> str | None:
    """``short`` with ``other``'s tail where the two heads are parallel (常住人口 and 户籍人口城镇化率:
    as long and ending alike) and that gives an exact name of another indicator."""
    head, tail = other[: len(short)], other[len(short) :]
    done = short + tail
    if len(short) < 2 or head[-2:] != short[-2:] or head == short or not tail:
        return None
    found = catalogue.exact(done)
    return done if found is not None and found != catalogue.exact(short) else None


def _split_pairs(names: list[str], catalogue: Catalogue) -> list[str]:
    """Names run together (外资外贸) as the two they are."""
    found: list[str] = []
    for name in names:
        pair = catalogue.pair(name) if catalogue.match(name) is None else None
        found += list(pair) if pair else [name]
    return found


def _complete(short: str, other: str, catalogue: Catalogue) -> str:
    """``short`` finished with what it shares with ``other``: 城镇 and 农村居民收入 give 城镇居民收入;
    产量 and 粮食播种面积 give 粮食产量 (an exact name first, else any that matches)."""
    # 城镇居民、农村居民人均可支配收入: the head as long as the short one's is replaced too.
    candidates = [short + other[k:] for k in range(1, min(max(4, len(short) + 1), len(other)))]
    # 城镇和农民人均可支配收入: 农民 is the rural residents, whose town counterpart is 城镇居民
    if farmers := re.match(r"农牧?民", other):
        candidates.insert(0, short + "居民" + other[farmers.end() :])
    candidates += [other[:k] + short for k in range(2, min(5, len(other)))]
    candidates.append(other[: len(other) - len(short)] + short)  # 单位GDP能耗、水耗: 单位GDP水耗
    if (
        (per := _PER_UNIT_ALONE.search(other))
        and per.end() == len(other)
        and _PER_UNIT_ALONE.fullmatch(short)
    ):
        candidates.insert(0, other[: per.start()] + short)  # 万元工业增加值能耗和用水量: its 用水量
    # 城镇、农村牧区常住居民人均可支配收入: an exact name, a longer head replaced, before a loose one
    longer = [short + other[k:] for k in range(max(4, len(short) + 1), len(other))]
    own = catalogue.match(other)
    for test, tried in ((catalogue.exact, candidates + longer), (catalogue.match, candidates)):
        for candidate in tried:
            found = test(candidate)
            # 安全生产、…、环境质量: 环境质量安全生产 would hold only the other's name, no new one
            if found is not None and (test is catalogue.exact or found != own):
                return candidate
    return short


def _items(predicate: str) -> list[Predicate]:
    """What a predicate sets: one item, or several (分别增长7%以上和10%以上)."""
    respectively = "分别" in predicate or predicate.startswith(("均", "都"))
    predicate = _BRACKETED_FIGURES.sub("", _OTHER_BASIS.sub("", predicate)).replace("分别", "")
    relative = _relative(predicate)
    if relative is not None:
        return relative
    predicate = _RATIO.sub("", predicate)  # 城乡差距缩小到3∶1左右: the ratio's first term is its figure
    predicate = _SHARED_POINTS.sub("个百分点", predicate)  # 分别提高1.6个和1.4个百分点
    predicate = _PER_THOUSAND.sub(r"\1‰", predicate)  # 控制在千分之2.7以内: 2.7‰
    predicate = _RANKED_AMONG.sub("", predicate)  # 稳居全国168个重点城市前列: among how many, no figure
    predicate = _ROUND_STEP.sub(lambda m: _STEPS[m.group(1)], predicate)  # 站稳千亿台阶: 1000亿
    figures = list(FIGURE.finditer(predicate))
    if not figures:
        goal = _goal(predicate)
        return [goal] if goal else []
    # 9月底前完成投资和项目85%以上; 深化民族地区15年免费教育: a date or a span of years is no figure
    # (but years that end the predicate are an amount: 平均受教育年限达10.1年)
    figures = [
        f
        for f in figures
        if (
            f.group("unit")
            or f.group("u1")
            or not _DATED.match(predicate, f.end())
            or (_BARE_WAN.match(predicate, f.end()) and number_of(f.group("low")) < 100)
        )
        and not (f.group("unit") == "个" and predicate.startswith("月", f.end()))  # 5个月以上达到Ⅱ类
        and not _PARTICLES.search(predicate, max(0, f.start() - 4), f.start())  # 细颗粒物（PM2.5）年均值
    ]
    if not figures:  # 略低于2007年实际水平; 不低于2020年水平: the report's own words
        return [Predicate(Kind.QUALITATIVE, goal=predicate.strip())]
    items = []
    verb = None
    for n, match in enumerate(figures):
        before = predicate[figures[n - 1].end() if n else 0 : match.start()]
        if n and re.fullmatch(r"\s*(?:和|、|及|或)?\s*", before):
            before = ""
        item = _figure(
            match,
            before,
            predicate[match.end() : figures[n + 1].start() if n + 1 < len(figures) else len(predicate)],
            verb,
        )
        verb = item.verb
        item.respectively = respectively
        bare = _BARE_WAN.match(predicate, match.end()) if item.unit is None else None
        if bare:  # 农村贫困人口减少105万; 迈上2000亿新台阶: a scale of the name's unit (see Reader._found)
            item.unit = bare.group(1)
            item.qualifiers += [bare.group(2)] if bare.group(2) else []
        items.append(item)
    return items


_OTHER_BASIS = re.compile(r"[（(](?:不含|不包括|不扣除|未扣除)[^（）()]*\d[^（）()]*[）)]")
"""An aside giving the figures on another basis (增长16%（不含省直分局收入55.1亿元，增长18%）): not the
target's."""
_BRACKETED_FIGURES = re.compile(r"[（(][^（）()]*\d[^（）()]*、[^（）()]*\d[^（）()]*[）)]")
"""A list of figures in brackets (州直增长7.5%、塔城地区增长8.5%): its parts'; one (可比增长6.7%) stays."""

_PARTICLES = re.compile(r"pm[\d.]*$", re.IGNORECASE)
"""The name of particles before a figure (PM2.5, PM10): its digits are the name's, no figure."""

_BARE_WAN = re.compile(r"(万|亿|年)(左右|以上)?(?:$|(?=新?台阶|大关))")
"""万 or 亿 alone after the last figure of a predicate (减少105万; 迈上2000亿新台阶): ten thousands or
hundred millions of the name's unit; or 年, years (平均受教育年限达10.1年)."""


_RATIO = re.compile(r"(?<=\d)\s*[∶:]\s*1(?![\d.])")
"""The second term of a ratio to one (3∶1), which is no figure of its own."""

_DATED = re.compile(r"\s*(?:年|月|日|号)")
"""A figure followed by a word of time (9月底前, 15年免费教育): a date or a span, not a figure."""

_ROUND_STEP = re.compile(
    r"(?<![\d.一二三四五六七八九十两几])(百亿|千亿|万亿)元?(?=(?:新|大)?(?:台阶|大关)|$)"
)
"""A round amount written without digits, a step passed (站稳千亿台阶; 突破百亿元): one hundred, one
thousand hundred millions, or a trillion."""
_STEPS = {"百亿": "100亿元", "千亿": "1000亿元", "万亿": "1万亿元"}

_PER_THOUSAND = re.compile(rf"千分之({_NUMBER})")
"""A rate in thousandths written out (千分之2.7)."""

_AFTER_NAME = re.compile(r"(降低率|下降率|增长率|增速|增幅|降幅|涨幅)?(有所|略|与.+)")
"""What may stand between a name and its own words: a word of the name's (单位GDP能耗降低率与…统筹衔接)."""

_RANKED_AMONG = re.compile(r"\d+个(?=[^，；。\d]{0,12}?(?:前列|前茅))")
"""How many places a rank is among (位居全国168个重点城市前列; 走在全区12个盟市前列)."""

_SHARED_POINTS = re.compile(rf"(?<=\d)个?(?=(?:和|、|或){_NUMBER}个百分点)")
"""个 (or nothing) after a figure whose 百分点 the next figure says for both (1.6个和1.4个百分点;
1.9和2.2个百分点)."""

_CLOSING = re.compile(r"(?:掌握|安排|考虑|确定|把握)$")
"""Words that close a list of figures (分别按6%、9%、7.5%掌握)."""


def _bare_figures(segment: str, previous: Predicate) -> list[Predicate]:
    """A 、-part that is only figures, going on with the verb of the part before (3%、4.4%左右;
    2%、3%、2%和2%)."""
    items = []
    for part in re.split(r"和|及", _CLOSING.sub("", segment.strip())):
        match = FIGURE.fullmatch(part.strip())
        if match is None:
            return []
        item = _figure(match, "", "", previous.verb)
        item.respectively = True
        items.append(item)
    return items


def _figure(match: re.Match[str], before: str, after: str, verb: str | None) -> Predicate:
    """An item from a figure and the words before and after it."""
    unit = unit_of_figure(match)
    value = number_of(match.group("low"))
    high = number_of(match.group("high")) if match.group("high") else None
    # 金融机构存贷款余额分别增5%和15%: 增 alone before the figure is 增长 (not 净增, 新增: amounts added)
    said = _verb(before) or ("增长" if re.search(r"(?<![净新])增\s*$", before) else None) or verb
    trailing = re.findall(r"左右|以上|以内|以下|及以上", (match.group("after") or "").replace(" ", ""))
    qualifiers = _qualifier_words(before) + trailing
    if unit == POINTS and said is None and "控制在" in qualifiers:
        kind, unit = (
            Kind.LEVEL,
            "%",
        )  # 居民消费价格总水平涨幅控制在4个百分点左右: a rate of change, kept at 4%
    elif unit == POINTS:
        kind = Kind.CHANGE_PP
        if said in _DECLINE_VERBS:
            value = -value
    elif re.search(r"[到至]\s*$", before):
        # 贫困发生率下降到8.91%; 社会物流总费用占GDP比率下降至15.2%; 农民人均纯收入增加到4753元: the level
        kind, said = Kind.LEVEL, None
    elif said in _DECLINE_VERBS:
        kind = Kind.DECLINE
    elif said in _GROWTH_VERBS or (said == "按增长"):
        kind = Kind.GROWTH
    else:
        kind = Kind.LEVEL
    item = Predicate(kind, value, high, unit, qualifiers, verb=said)
    if high is not None and high <= value:
        item.value_high = None
        item.unsure.append("a range whose top is not above its bottom")
    return item


def _verb(before: str) -> str | None:
    found = re.findall(
        "|".join(sorted((*_GROWTH_VERBS, *_DECLINE_VERBS, *_POINTS_UP), key=len, reverse=True)), before
    )
    return found[-1] if found else None


def _reaching(leading: list[str], own: list[str]) -> list[str]:
    """The words leading a clause or sentence that qualify a target with ``own`` words: not 确保
    where it has 力争 (确保地区生产总值增长13%、力争14%: 14% is striven for, not ensured)."""
    return [w for w in leading if not (w == "确保" and "力争" in own)]


def _qualifier_words(text: str) -> list[str]:
    """The qualifier words in ``text``, as written, each once, in order (力争, 达到)."""
    forms = sorted(
        {zh for word in QUALIFIERS.values() for zh in word.zh if word.position == "before"},
        key=lambda zh: (-len(zh), zh),
    )
    found = []
    for match in re.finditer("|".join(map(re.escape, forms)), text):
        if match.group() == "约" and not re.match(r"\s*\d", text[match.end() :]):
            continue  # 约束性, not 约5%
        if match.group() == "达" and text[max(0, match.start() - 1) : match.start()] in (
            "下",
            "到",
            "传",
            "表",
        ):
            continue  # 省下达, not 达5%
        # A relation (同步, 高于, 低于) is a relative target's, which its own grammar reads.
        relation = QUALIFIERS[qualifier_key(match.group()) or "about"].bound in RELATIONS
        if not relation and match.group() not in found:
            found.append(match.group())
    return found


_LAST_YEAR = re.compile(
    r"^(?:略|不|持续|保持|继续)*(?:高于|低于|快于|大于|不低于|不高于)(?:上年|去年)(?:同期)?(?:水平)?$"
)
"""A comparison with the year before (不低于去年水平; 略高于上年水平): no indicator's figure, the report's own
goal (docs/transcribing.md)."""


def _relative(predicate: str) -> list[Predicate] | None:
    """A comparison: 与经济增长基本同步; 高于GDP增幅; 降幅大于全省平均水平; 高于城镇1.2个百分点;
    高于生产总值和全省平均增速 (one each)."""
    if _LAST_YEAR.match(predicate.strip()):
        return [Predicate(Kind.QUALITATIVE, goal=predicate.strip())]
    # 与经济增长基本同步; 增长和经济增长同步 (a 和 after 增长 joins the two sides, not two names)
    step = re.match(
        r"^(?P<pre>.*?)(?:与|(?<=增长|提高)和)(?P<ref>.+?)(?P<basic>基本)?(?:保持)?(?P<rel>基本同步|同步)(?:增长)?$",
        predicate,
    )
    alone = re.fullmatch(r"(?:保持|实现|提高)?((?:基本同步|同步))(?:增长)?", predicate)
    if alone:
        # 居民收入和经济增长基本同步: the other side is the subject's last name (see _targets)
        # No other side named (全口径财政收入实现同步增长): the subject's second name, or the economy
        return [Predicate(Kind.RELATIVE, qualifiers=[alone.group(1)])]
    if step:  # 保持与经济增长基本同步: 保持 is the relation's own word (保持同步), as in 基本保持同步
        pre = re.sub(r"保持$", "", step.group("pre"))
        return [_compared((step.group("basic") or "") + step.group("rel"), step.group("ref"), pre, None)]
    agree = re.match(
        r"^(?P<pre>.*?)与(?P<ref>[^，；。]{1,10}?)(?:保持)?(?P<basic>基本)?(?:保持)?一致$", predicate
    )
    if agree and any(p.match(agree.group("ref")) for p in (_PARENT, _NATION)):
        # 城镇调查失业率与全省保持一致: in step with the province (docs/transcribing.md), of the rate
        # itself unless its growth is named (增速与全省一致); not 与经济发展趋势基本一致, the report's own
        item = _compared((agree.group("basic") or "") + "同步", agree.group("ref"), agree.group("pre"), None)
        if not re.search(r"增长|增速|增幅|速度", agree.group("pre")):
            item.measure = "level"
        return [item]
    floor = re.match(
        rf"^(?P<pre>.*?)(?P<rel>不低于|(?:达到|等于)或高于)(?P<ref>(?!{_NUMBER})[^，；。]+(?:增速|增幅|增长|速度|水平|平均))$",
        predicate,
    )
    if floor:
        # 增速不低于经济发展增速; 达到或高于全省平均水平: at least the other side, the format's 同步
        item = _compared("同步", floor.group("ref"), floor.group("pre"), None)
        item.unsure.append(f"{floor.group('rel')}: at least the other side, drafted as 同步 (in step)")
        return [item]
    ahead = re.match(
        rf"^(?P<pre>.*?)(?P<rel>高于|快于|大于|超过|超出)(?:或[优好]于)?(?P<ref>.+?)(?:(?P<m>{_NUMBER}|[一两二三四五])(?:(?:到|至|—|–|-|～|~)(?P<m2>{_NUMBER}|[一两二三四五]))?个百分点)?(?P<after>以上|左右)?$",
        predicate,
    )
    sides = _sides(ahead.group("ref")) if ahead else []
    if (
        ahead
        and not ahead.group("pre").endswith("不")
        and not re.search(rf"^{_NUMBER}", ahead.group("ref"))
        # 增速超过全省平均水平: above a place's average; 超过 before anything else bounds a figure
        and (ahead.group("rel") in ("高于", "快于", "大于") or all(map(_AVERAGE.match, sides)))
    ):
        m, m2 = ahead.group("m"), ahead.group("m2")
        margin = Decimal(_SMALL_NUMBERS.get(m, m)) if m else None  # 高于全省两个百分点
        relation = "高于" if ahead.group("rel") == "超过" else ahead.group("rel")  # 超出 is the format's
        items = [_compared(relation, ref, ahead.group("pre"), margin) for ref in sides]
        for item in items:
            if m2 and item.kind is Kind.RELATIVE:  # 高于全国平均水平1到2个百分点: a margin's range
                item.margin_high = Decimal(_SMALL_NUMBERS.get(m2, m2))
            if relation != ahead.group("rel"):
                item.unsure.append("超过: above the other side, drafted as 高于 (higher than)")
            if margin is not None and ahead.group("after"):
                item.qualifiers.append(ahead.group("after"))  # 高于全国平均水平0.5个百分点以上
        return items
    return _below(predicate)


def _below(predicate: str) -> list[Predicate] | None:
    """Below a place's average (居民消费价格涨幅低于全省平均水平; 城镇调查失业率低于全国平均水平):
    relative, 低于 (docs/transcribing.md), of the level unless a growth is named; not 不低于 (at
    least, read above), nor below a figure or a target set elsewhere (低于省调控目标)."""
    below = re.match(
        rf"^(?P<pre>.*?)(?P<slight>略)?低于(?P<ref>[^，；。\d]+?)(?:(?P<m>{_NUMBER}|[一两二三四五])个百分点)?(?P<after>以上|左右)?$",
        predicate,
    )
    if below is None or below.group("pre").endswith("不"):
        return None
    sides = _sides(below.group("ref"))
    if not all(map(_AVERAGE.match, sides)):
        return None
    m = below.group("m")
    margin = Decimal(_SMALL_NUMBERS.get(m, m)) if m else None
    items = [_compared("低于", ref, below.group("pre"), margin) for ref in sides]
    for item in items:
        if not re.search(r"增长(?!率)|增速|增幅|速度|降幅|下降(?!率)", below.group("pre")):
            item.measure = "level"  # 居民消费价格涨幅: the CPI's rise is its level
        if below.group("slight"):
            item.unsure.append("略低于: slightly below the other side, drafted as 低于 (lower than)")
        if margin is not None and below.group("after"):
            item.qualifiers.append(below.group("after"))
    return items


_SMALL_NUMBERS = dict(zip("一两二三四五", "122345", strict=True))


_AVERAGE = re.compile(rf"{_PARENT.pattern}|{_NATION.pattern}")
"""A place's average, the other side of a comparison (全省平均水平; 全国平均)."""


def _sides(reference: str) -> list[str]:
    """The other sides of a comparison: two where a region's average is one of them (高于生产总值和全省平均
    增速2个百分点以上: GDP's and the province's) or where both are whole names (快于地区生产总值和
    货物进出口总额, hainan 2020), else one (高于城镇和农村居民收入增长: one name)."""
    # 高于国省平均水平; 高于全国全省平均水平: the country's and the province's
    reference = re.sub(r"^全?国[、和及]?(?=全?省)", "全国和", reference)
    parts = re.split(r"和|及", reference, maxsplit=1)
    if len(parts) == 2 and (any(map(_AVERAGE.match, parts)) or min(map(len, parts)) >= 4):
        return parts
    return [reference]


def _compared(relation: str, reference: str, before: str, margin: Decimal | None) -> Predicate:
    words = [*_qualifier_words(before), relation]
    reference = reference.strip()
    if margin is None and _SET_BY.search(reference):
        # 增速高于省里目标: above a target set elsewhere, not another figure (a relative target
        # compares outcomes): the report's words, as its own goal
        return Predicate(Kind.QUALITATIVE, goal=relation + reference, qualifiers=words[:-1])
    item = Predicate(Kind.RELATIVE, qualifiers=words, margin=margin)
    if "降幅" in before or "下降" in before:
        item.measure = "decline"
    if _PARENT.match(reference) or reference in ("全省平均水平", "全省平均", "省均"):
        item.against_region = "parent"
    elif _NATION.match(reference):
        item.against_region = NATIONAL
    else:
        item.against_zh = reference
    return item


def _goal(predicate: str, *, whole: bool = False) -> Predicate | None:
    """A qualitative target's goal, with the qualifier words before it; ``whole``: only a goal
    that the words end with (与国家价格调控目标保持衔接 is the report's own, not 调控目标's)."""
    text = predicate.strip()
    if (
        re.fullmatch(
            r"(?:保持|继续)?(?:相对|基本)?稳定|只增不减|稳居前列|保持前列|走在前列|全部(?:脱贫|摘帽|出列|退出)|(?:止跌|企稳)回[稳升]|同比持平|(?:位居|稳居|进入)[^，；。\d]{0,10}中?上游(?:位次|水平)?|(?:增长|增速|增幅)?与[^，。；]{2,12}(?:基本|保持)?(?:一致|相匹配|相适应|相?协调|衔接|持平)",
            text,
        )
        and goal_key(text) is None
    ):
        # The report's own words, where no canonical goal says the same (保持相对稳定, 稳居前列,
        # 与经济发展趋势基本一致: not 基本同步, which would judge it against GDP's growth)
        return Predicate(Kind.QUALITATIVE, goal=re.sub(r"^(?:增长|增速|增幅)", "", text))
    for key, pattern in _GOAL_PATTERNS:
        found = pattern.search(text)
        if found and not (whole and len(text) - found.end() > 2):
            # Words of the goal itself (控制在国家下达目标内) are not qualifiers of it.
            outside = text[: found.start()] + "，" + text[found.end() :]
            words = [w for w in _qualifier_words(outside) if not any(w in form for form in GOALS[key].zh)]
            return Predicate(Kind.QUALITATIVE, goal=key, qualifiers=words)
    return None


def _share_trailing(items: list[Predicate]) -> None:
    """The qualifiers of a 分别 list that stand once for all its figures: those before the first
    figure (分别控制在4.5%以内、6.5%左右: 控制在 is each one's), and those after the last where no
    figure before it has its own (3%、4.4%左右; 分别控制在27.9万吨和141.12万吨以内)."""

    def placed(item: Predicate, position: str) -> list[str]:
        return [q for q in item.qualifiers if QUALIFIERS[qualifier_key(q) or "about"].position == position]

    first, last = placed(items[0], "before"), placed(items[-1], "after")
    if first and not any(placed(i, "before") for i in items[1:]):
        for item in items[1:]:
            item.qualifiers = [*first, *item.qualifiers]
    if last and not any(placed(i, "after") for i in items[:-1]):
        for item in items[:-1]:
            item.qualifiers = [*item.qualifiers, *last]
