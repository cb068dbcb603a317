"""Where things are in a report: its year and region, the year's main-target passage, the review.

Reports say these in a few regular ways: a title (2023年政府工作报告), a line giving the day and
the congress (——2023年1月7日在常州市第十七届人民代表大会…), and a sentence that introduces the
targets (今年经济社会发展主要预期目标是：…). The five-year goals that some reports set first
(今后五年…主要目标是) are told apart by the words before them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from govtargets.errors import ReportError

MARKERS = ("主要预期目标", "预期目标", "主要目标", "主要指标", "预期指标", "调控目标")
"""The words that introduce the main targets, most telling first (each may have words between,
主要预期和调控目标, and after, 建议为 or 是, before its colon or comma)."""

# The words that introduce the year's targets: 主要预期目标是：, 宏观调控主要预期目标建议为：,
# 主要预期目标和约束指标的建议是：, 主要目标预期是：, 主要预期和调控目标是：, 主要预期指标是, (a comma for
# a colon in some years).
# Every repeat is bounded, so that no text makes it backtrack far.
_MARKER = re.compile(
    r"(?:主要|预期|调控|发展|约束性|预期性)[^，。；：:\n]{0,8}?(?:目 ?标|指 ?标)(?:任务)?\**"
    r"的?(?:建议|预期|初步|拟|安排|确定|设定|定|主要)?(?:为|是|如下|定为|确定为|安排为|设定为)?\s{0,3}\**[:：，,]"
)
# A year's targets given in a sentence, without a list (今年经济增长预期目标为6%-6.5%。;
# 要力争地区生产总值增长10%以上；今年全省经济增长的预期目标是9％，…): the sentence that gives GDP growth a
# target.
_GDP_TARGET = re.compile(
    r"(?:经济增长|生产总值|经济总量|GDP)(?:、[^，。；：:\n、]{1,14}){0,6}[^，。；：:\n]{0,12}?"
    r"(?:\d+(?:\.\d+)?\s*(?:万亿|亿)元[，,]\s*)?(?:预期目标|目标|预期)?"
    r"(?:增长|为|是|定为|确定为)"
    r"[^，。；\n]{0,8}?\d+(?:\.\d+)?\s{0,2}%"
)
_TARGET_WORDS = re.compile(r"预期|目标|力争|力保|争取|确保|左右|以上|建议|安排|今年|初步确定")
_REVIEW_WORDS = re.compile(r"预计|初步核算|完成了?|实现了|去年|过去|年均|五年|比上年|同比|达到了")
# Words before a marker that make it the five-year (or longer) goals, not the year's.
_LONGER = re.compile(
    r"今后五年|未来五年|五年|(?<!\d)5年|十一五|十二五|十三五|十四五|十五五|时期|二〇三五|2035|远景|中长期|本届政府|新一届政府|任期|今后几年|今后一个时期|纲要|到20\d\d年"
)
_THIS_YEAR = re.compile(r"今年|明年|本年度|年度")
_YEAR_IN_PLAN = re.compile(
    r"(?:今年|明年|(?:19|20)\d\d年)?是[^，,；;]*(?:之年|一年)|按照[^，,；;。]*(?:要求|部署)"
)
"""A clause that places the year in a plan (今年是新一届政府的开局之年，是实施“十四五”规划承上启下的关键
一年), or follows a plan (按照…“十三五”规划的目标要求): the plan it names does not make the goals after
it the plan's."""
_MOST_CANDIDATES = 200
"""How many markers are weighed (a report has a few dozen): a text with more is not a report's."""
MAX_PASSAGE = 8000
"""The longest passage read, in characters (a report's list of targets is under 2,000)."""
_CN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_YEAR_CN = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_PLACE = r"([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|省|市|区|县|旗|盟))"
NOT_TARGETS = re.compile(
    r"^(?:在实际工作中|实际工作中?|在?完成上述|在?完成以上|(?:为(?:人民)?群众|为民)?办好|完成这些|确定以上|确定上述|设定上述|设定以上|综合考虑|综合各方面|我们将|我们要|我们|这些目标|这些指标|这是|"
    r"(?:全年|今年)?要?重点要?(?:做好|抓好)|围绕|为此|为了?(?:全国|全省|全市|全区)?实现|实现上述|实现这些|贯彻|考虑到|今年的经济增长目标|经济增长目标确定为|(?:上述|以上)(?:主要|预期)*(?:目标|指标|安排)|主要考虑|"
    r"(?:努力|全力)争取(?![^，；。\n]*\d)|按[\d.]+%(?:左右|以上)?组织|尽最大努力|争取更好|(?:今年)?提出|主要是考虑|这主要是|这里|着重|(?:需要|特别要?)(?:说明|指出)(?:的是)?|有利于|虽然|以上共计|到20\d\d年|"
    r"确定[^，。；]{0,12}?(?:目标|指标)|(?:努力|确保|全力)?完成全年(?:各项)?(?:主要)?(?:目标)?任务|高质量发展的?(?:主要)?(?:预期)?(?:目标|指标)(?:是|为)|(?:努力|力争)?(?:推动经济)?实现质的有效提升|"
    r"既考虑|既有利于|既体现|也为|也有利于|面对|为了?完成|各级政府|各级各部门|各地各部门|各部门|以(?:支撑|确保|推动|促进|保障|适应|满足)|指标(?:计划|安排|设定)|坚持)"
)
"""Words that open a sentence or clause around a list of targets, not a target (在实际工作中努力争取
更好结果; 为实现上述目标; 为全国实现8%的发展目标作出更多的贡献: 山东 1998; 以支撑高质量发展要求;
指标计划略高于全省平均水平): the passage ends at such a
sentence, and such a clause in it is passed over."""
_TARGETISH = re.compile(
    r"\d|同步|一致|高于|低于|快于|大于|超过|稳|持续|完成|下降|降低|增长|提高|提升|前列|突破|好转|改善|杜绝|严控|控制|省控线|平衡|"
    r"按[^，。；]{0,8}要求落实"
)


@dataclass
class Report:
    """A report's text and what was found in it."""

    text: str
    year: int | None
    region_zh: str | None
    title: str | None
    url: str | None
    delivered: dt.date | None
    passage: str
    """The main-target passage, as it stands in ``text`` (a substring of it)."""
    passage_start: int
    review: str
    """The text before the passage: the review of the year before."""
    missing: str | None = None
    """Why no passage was found, and the sentences that came closest (the review is then the
    whole text: a report may set no figures for the year and still review the last)."""


def read_report(text: str, year: int | None = None) -> Report:
    """Find the year, region, main-target passage and review of a report's text. ``year`` (the
    user's ``--year``) steers the search: the passage of that year's targets is the one wanted."""
    header, body = _front_matter(text)
    title = header.get("title") or _first_line(body)
    # 长春政府工作报告 （2011年12月26日 崔杰）: a title may carry the day in brackets
    dated_title = re.search(r"[（(]([^）)]{0,24})[）)]", title or "")
    delivered = _delivered(text) or (_date(dated_title.group(1)) if dated_title else None)
    # The year whose targets a report sets is the year it was delivered (Sichuan's files 2003-2019
    # are titled for the year they review), or the next if delivered at the end of a year
    # (益阳市, 2021年12月29日: 2021年工作回顾, then 2022's targets); else its title's; else the
    # year its passage names.
    titled = _year(title)
    # 江苏省2003年政府工作报告 dated （2010年2月20日 梁保华）: a day years from the title's is a slip
    day = delivered if delivered and not (titled and abs(delivered.year - titled) > 1) else None
    known = year if year is not None else day.year + (day.month >= _YEAR_END) if day else None
    guess = known if known is not None else titled
    missing = None
    try:
        start, end, named = find_passage(text, guess, strict=known is not None)
    except ReportError as found:
        # The review runs to the heading of the year's work (三、2020年工作安排), if there is one.
        plan = _plan_heading(guess).search(text)
        start = end = plan.start() if plan else len(text)
        missing, named = str(found), None
    if known is None and named is None and guess is None:
        guess = _year_of_headings(text[:start])
    elif known is None and named is None and guess is not None and missing is None:
        # Titled for the year it reviews, with no day (四川 2005): its passage under 三、2006年工作
        heading = _heading(text, start)[0]
        guess += re.search(rf"{guess + 1}年的?(?:政府)?(?:工作|主要任务|重点工作)", heading) is not None
    return Report(
        text=text,
        year=known if known is not None else named or guess,
        region_zh=_region(title, text),
        title=title,
        url=header.get("source") or header.get("url"),
        delivered=delivered,
        passage=text[start:end],
        passage_start=start,
        review=text[:start],
        missing=missing,
    )


def _plan_heading(year: int | None) -> re.Pattern[str]:
    """A heading of the year's work (二、今年发展主要目标…; 三、2020年工作安排), not a review's
    (一、2019年和今年以来工作回顾)."""
    this = "今年" if year is None else f"今年|{year}年"
    return re.compile(rf"^[#* \t]*[一二三四五六七八九十]+、[^\n]{{0,30}}?(?:{this})(?![^\n]*回顾)", re.M)


_YEAR_END = 11
"""From this month on, a report is delivered for the coming year (a congress meets in December)."""

_REVIEWED = re.compile(r"((?:19|20)\d{2})年(?:主要|政府)?工作的?(?:简要)?(?:回顾|情况)")
_PLANNED = re.compile(
    r"((?:19|20)\d{2})年(?:的|全省|全市|全区)?(?:经济社会发展的?)?"
    r"(?:工作安排|主要任务|重点工作|工作任务|主要工作|工作的?总体要求|总体要求|政府工作的建议)"
)
_PLAN_REVIEWED = re.compile(
    r"^[\s*#]*[一二三四五六七八九十]+、[^\n]{0,6}?“?(十[一二三四]?|[六七八九])五”?(?:时期|期间|计划)?的?(?:工作)?回顾",
    re.M,
)
"""A heading of a five-year plan's review (一、“十五”时期的回顾; 一、去年及“九五”工作回顾), in a
report given as the next plan's first year opens."""


def _year_of_headings(before: str) -> int | None:
    """The year of a report without a dated line, from the headings before its targets: the
    year it plans (二、2024年工作安排), else the year after the one it reviews (一、2023年工作回顾)."""
    planned = [int(m.group(1)) for m in _PLANNED.finditer(before)]
    if planned:
        return planned[-1]
    reviewed = [int(m.group(1)) for m in _REVIEWED.finditer(before)]
    if reviewed:
        return reviewed[-1] + 1
    plan = _PLAN_REVIEWED.search(before)
    if plan is None:
        return None
    # 九五 (the ninth plan) ends in 2000, 十五 in 2005, 十一五 in 2010: the year after is the next's first
    number = "六七八九十".index(plan.group(1)[0]) + 6 + (" 一二三四".index(plan.group(1)[1:] or " "))
    return 1956 + 5 * number


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """A Markdown file's YAML header (``title:``, ``source:``), read as plain key-value lines."""
    match = re.match(r"\A---\n(.{0,4000}?)\n---\n", text, re.DOTALL)
    if match is None:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        if value.strip():
            fields[key.strip()] = value.strip().strip("'\"")
    return fields, text[match.end() :]


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip(" #*\t")
        if line:
            return line[:200]
    return None


def _delivered(text: str) -> dt.date | None:
    """The day the report was delivered, from its opening lines (——2023年1月7日在…)."""
    head = text[:3000]
    for line in head.splitlines():
        # （2011年1月12日）; （2006年2月16日 季允石）
        dated = re.fullmatch(r"[*\s]*[（(][^）)]{0,24}[）)][*\s]*", line)
        if "代表大会" in line or "人大" in line or line.lstrip("*").startswith("——") or dated:
            found = _date(line)
            if found:
                return found
    return None


def _date(line: str) -> dt.date | None:
    match = _DATE.search(line)
    if match:
        parts = [int(p) for p in match.groups()]
    else:
        cn = _YEAR_CN.search(line)
        if cn is None:
            return None
        parts = [
            int("".join(_CN_DIGITS[c] for c in cn.group(1))),
            _cn_number(cn.group(2)),
            _cn_number(cn.group(3)),
        ]
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def _cn_number(text: str) -> int:
    """一 to 三十一 as a number."""
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    if "十" not in text:
        return digits.get(text, 0)
    tens, _, ones = text.partition("十")
    return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)


def _year(title: str | None) -> int | None:
    if title:
        # 关于甘肃省“九五”计划和2010年远景规划纲要的报告: the year a long plan looks to is not the report's
        match = re.search(r"((?:19|20)\d{2})年(?!远景)", title)
        if match:
            return int(match.group(1))
    return None


def _region(title: str | None, text: str) -> str | None:
    """The region whose report it is, as the text names it (常州市)."""
    head = text[:3000]
    if re.search(r"在第[\d一二三四五六七八九十]+届全国人民代表大会", head):
        return "中华人民共和国"  # the State Council's report to the National People's Congress
    # The congress, the government the speaker leads or speaks for, the title; only then a
    # bare 某市长 (an 东亚城市市长论坛 in the review is none) and the Party committee.
    for pattern, where in (
        # (在宁波市 and 第十六届人民代表大会 on lines of their own: 宁波市 2022 of lawtext/gov)
        (rf"在{_PLACE}\s*第?[\d一二三四五六七八九十]+届", head),
        (rf"(?<=\d日)(?!在){_PLACE}第?[\d一二三四五六七八九十]+届", head),  # ——…2月24日哈尔滨市十二届人大
        (rf"{_PLACE}人民政府(?:市长|省长|区长|县长|主席)", head),
        (rf"代表{_PLACE}人民政府", head),
        (rf"(?:\d{{4}}年)?{_PLACE}(?:\d{{4}}年)?(?:人民)?政府", title or ""),
        (rf"{_PLACE}(?:市长|省长|区长|县长)", head),
        (rf"中共{_PLACE}委", head),  # 在中共江西省委的正确领导下
    ):
        for found in re.finditer(pattern, where):
            if not _GENERIC_PLACE.match(found.group(1)):
                return found.group(1)
    # 长春政府工作报告: a title that names the place without 市
    bare = re.match(r"(?:\d{4}年)?([\u4e00-\u9fff]{2,8}?)(?:\d{4}年)?(?:人民)?政府工作报告", title or "")
    if bare is None or _GENERIC_PLACE.match(bare.group(1)) or "人民" in bare.group(1):
        return None  # 市人民政府工作报告: no place
    return bare.group(1)


_GENERIC_PLACE = re.compile(r"^(?:自治区|[第全].*|本[市省区县州盟]?|.*届.*)$")
"""Words _PLACE takes for a place that name none: 在自治区第九届…, 第九届省人民政府, 本市 (but 本溪市
is a city)."""


def find_passage(text: str, year: int | None, *, strict: bool = True) -> tuple[int, int, int | None]:
    """Where the year's main-target passage is, from after its introducing words to where the
    list ends, and the year its introducing words name (if any). ``year`` is the report's year
    as known (``strict``: from ``--year`` or the day it was delivered) or as guessed (its title)."""
    best: tuple[int, int, int, int | None] | None = None
    for n, match in enumerate(_MARKER.finditer(text)):
        if n >= _MOST_CANDIDATES:
            break
        if _COMMA_MARKER_NAMING.fullmatch(match.group()):
            continue  # 全面提升主要创新指标，促进…: a kind of figures named, no list opened
        before = _before(text, match.start())
        clause = re.split(r"[，,；;]", before)[-1]
        named = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", before)]
        this_year = year is not None and year in named
        if year is not None and not this_year and any(y > year + (0 if strict else 1) for y in named):
            continue  # a later year's goals (2035年远景目标)
        if _LONGER.search(clause) or (
            _LONGER.search(_YEAR_IN_PLAN.sub("", before)) and not this_year and not _THIS_YEAR.search(clause)
        ):
            continue  # five-year goals (今后五年…主要目标是), not the year's
        if not this_year and not _THIS_YEAR.search(clause) and _in_plan_section(text, match.start(), year):
            continue  # 未来五年的目标任务\n\n…经济社会发展的主要目标是：…: a section of a plan's goals
        if match.group().endswith(("，", ",")) and "主要" not in match.group() and _LAST_YEAR.search(before):
            continue  # ——这一年，…我们锚定…发展目标，保持发展定力，…: last year's, reviewed
        # …规划纲要（草案）》，提交大会审议。主要目标：…: the plan's, not the year's (but 今年 before the
        # marker makes it the year's: 今年是实施“十二五”规划的开局之年。**今年主要经济指标预期是：**; nor
        # does a sentence that places the year in a plan: 2016年是…“十三五”规划的第一年。主要目标任务是：)
        if (
            len(before.strip(" *\u3000")) <= 2
            and not _THIS_YEAR.search(before)
            and _PLAN_BEFORE.search(_YEAR_IN_PLAN.sub("", _before(text, match.start() - len(before) - 1)))
        ):
            continue
        if _SET_BEFORE.search(before) and "完成" in clause + text[match.end() : match.end() + 40]:
            # 省十届人大五次会议确定的主要预期目标，除…外，其他均完成; 顺利完成市六届人大二次会议确定的主要
            # 目标任务，…: last year's, reviewed
            continue
        if match.group().endswith(("，", ",")) and _DONE_BEFORE.search(clause + match.group()):
            # 均超额完成年初预期目标，多数经济指标…; 宏观调控基本达到了预期目标， (the marker opens at
            # 调控): last year's, reviewed
            continue
        start = match.end()
        if _SPAN_OPENS.match(text, start) or (
            not (this_year or _THIS_YEAR.search(clause))
            and _LONG_RUN.search(re.split(r"[，；。,;\n]", text[start : start + 80], maxsplit=1)[0])
        ):
            # 主要目标：从2001年起到2010年，…; 主要发展目标是：实现地区生产总值年均增长14%以上，…: a plan
            # of several years, not the year's
            continue
        end = _passage_end(text, start)
        beyond = [y for y in re.findall(r"((?:19|20)\d{2})年", text[start:end]) if year and int(y) > year + 1]
        if beyond and _LONGER.search(_heading(text, match.start())[0]):
            continue  # 二、今后五年奋斗目标…: …2026年实现“两个突破”: the five years' goals
        score = _score(text[start:end])
        if score <= 0:
            continue
        later = [y for y in named if year is not None and year <= y <= year + 1]
        score += 5 if this_year or _THIS_YEAR.search(clause) or later else 0
        # 主要预期目标是：opens a list; 以…为目标，and 发展目标，mostly end a clause of purpose.
        # 经济社会发展预期目标是：opens it as plainly (大连市 2008, after 今后五年…主要发展目标是：)
        score += (
            _INTRODUCES
            if match.group().endswith(("：", ":")) and re.search("主要|预期", match.group())
            else 0
        )
        score -= _INTRODUCES if match.group().endswith(("，", ",")) and "主要" not in match.group() else 0
        score -= _INTRODUCES if _QUALITY_LIST.search(clause) else 0  # 高质量发展的主要目标是：a list after
        if best is None or score > best[0]:
            best = (score, start, end, later[-1] if later else None)
    if best is None or best[0] < 0:
        # 今年的预期目标是，新增城镇就业900万人…: words that open no list (，, not 主要) give way to
        # the sentence that gives GDP growth its target, where there is one, or to the year's figures
        # given in the section of its work with no GDP target (china 2020)
        best = _sentence_of_targets(text, year) or _figures_of_the_year(text, year) or best
    if best is None:
        raise ReportError(_not_found(text))
    end = best[2]
    binding = _BINDING.match(text, end)
    if binding:  # 约束性指标是：… in the next paragraph goes on with the list
        end = _passage_end(text, binding.end())
    return best[1], end, best[3]


_SPAN_OPENS = re.compile(r"[\s*“]{0,6}(?:从|自)?(?:(?:19|20)\d\d年(?:起|开始)?)?(?:到|至)(?:19|20)\d\d年")
"""Goals that open with a span of years (从2001年起到2010年; 到2010年): a longer plan's."""

_COMMA_MARKER_NAMING = re.compile(r"主要(?!预期|调控)[^，,]{1,8}?(?:目标|指标)\**[，,]")
"""A marker closed by a comma, without a verb (是, 为) or words of a year's plan (预期, 调控) in it: it
names some goals in a sentence (全面提升主要创新指标，), it opens no list."""

_PLAN_BEFORE = re.compile(r"规划纲要|五年规划|十[一二三四五]五”?规划")
"""A five-year plan named in the sentence before a marker that opens its own (…规划纲要（草案）》，提交大会
审议。主要目标：): the plan's goals follow."""

_QUALITY_LIST = re.compile(r"高质量(?:发展的?)?$")
"""Words before a marker that open the list of high-quality development goals (高质量发展的主要目标是：),
which the data does not count among the year's main targets (guizhou 2021, 2022)."""

_DONE_BEFORE = re.compile(r"超额完成|均完成|实现了|达到|年初")
"""Words before a marker and its comma that say its targets were met (超额完成年初预期目标，; 国内生产总值
增长率达到预期目标，: 国务院 2000)."""

_SET_BEFORE = re.compile(r"(?:确定|提出|通过|下达|制定)的$")
"""Words before a marker that make its targets ones set before (会议确定的主要预期目标): where the
words after it say how they were met (完成), a review of last year's, not this year's list."""

_BINDING = re.compile(
    r"[\s*]{0,12}(?:[^\n。：:]{0,60}(?:指导性|预期性|导向性)[^\n。：:]{0,60}。[\s*]{0,12})?[^\n。]{0,80}?约束性指标(?:是|为|如下)?\**[：:]\**"
)
"""The binding targets, given in the paragraph after the expected ones (约束性指标是：…; 以上是指导性
指标，…确保完成以下约束性指标：…), or after a sentence that calls those expected ones guidance
(这些指标是指导性的，可以根据形势变化适当调整。\n\n约束性指标是：…)."""


_HEADING = re.compile(r"\n[#*\s]*([^\n。，；]{2,40}?)[*\s]*(?=\n)")
"""A line that heads a section: short, and no sentence (未来五年的目标任务; **二、2017年工作安排**)."""
_SECTION = 4000
"""How far back the heading of a marker's section is looked for."""


def _heading(text: str, at: int) -> tuple[str, int]:
    """The heading of the section ``text[at]`` stands in (二、今后五年奋斗目标和重点任务) and where it
    starts, if one is near; else no words, and ``at``."""
    floor = max(0, at - _SECTION)
    line_start = text.rfind("\n", floor, at)
    headings = list(_HEADING.finditer(text, floor, max(floor, line_start + 1)))
    return (headings[-1].group(1), headings[-1].start()) if headings else ("", at)


def _in_plan_section(text: str, at: int, year: int | None) -> bool:
    """Whether the section ``text[at]`` is in is headed as a longer plan's (未来五年的目标任务), and
    nothing in it before ``at`` speaks of the year (今后五年的发展思路和主要任务 … 2008年是…的第一年。…
    主要预期目标是：the year's, in a section of five years)."""
    heading, start = _heading(text, at)
    if not _LONGER.search(heading):
        return False
    section = text[start:at]
    named = year is not None and f"{year}年" in section
    return not named and not re.search(r"今年|明年|年度|之年|一年", section)


_INTRODUCES = 20
"""What words that plainly open a list (主要…目标…：) weigh, against the target words of a passage."""


_LAST_YEAR = re.compile(r"这一年|过去一年|一年来|去年")


def _before(text: str, at: int) -> str:
    """The words before ``text[at]`` in its sentence (at most 200 characters of them)."""
    floor = max(0, at - 200)
    sentence = max(floor - 1, *(text.rfind(end, floor, at) for end in "\n。！？")) + 1
    return text[sentence:at]


_LONG_RUN = re.compile(r"年均|翻一番|翻番|累计|到20\d\d年|20\d\d年(?:前|底前)")


def _score(passage: str) -> int:
    """How much a passage reads as a year's list of targets: its target words, less its words
    of longer goals (年均增长, 翻一番)."""
    long_run = len(_LONG_RUN.findall(passage))
    if long_run >= 3 and 2 * long_run >= len(re.findall(r"[，,；;。]", passage)):
        return 0  # 地区生产总值年均增长7%左右，…: figures of several years in half its clauses, a plan's
    return len(_TARGETISH.findall(passage)) - 3 * long_run


def _sentence_of_targets(text: str, year: int | None) -> tuple[int, int, int, int | None] | None:
    """A year's targets given without words that introduce a list: the sentence that gives GDP
    growth its target (今年经济增长预期目标为6%-6.5%。; 要力争地区生产总值增长10%以上；…)."""
    best: tuple[int, int, int, int | None] | None = None
    for n, match in enumerate(_GDP_TARGET.finditer(text)):
        if n >= _MOST_CANDIDATES:
            break
        before = _before(text, match.start())
        # From the clause that gives GDP its target: the clauses of the sentence before it are of
        # purpose (我们将…，以推动高质量发展为主题，…努力实现地区生产总值增长7%左右)
        start = match.start() - len(re.split(r"[，,；;：:]", before)[-1])
        # 增长6%左右; 增长3.3%左右（预计，下同）: last year's
        words = before + match.group() + text[match.end() : match.end() + 8]
        # Under the heading of the year's work (三、2022年工作任务), GDP比上年增长5.5% is the year's target
        planned = _plan_heading(year).match(_heading(text, match.start())[0]) is not None
        review = set(_REVIEW_WORDS.findall(words)) - ({"比上年", "同比"} if planned else set())
        if (
            not (planned or _TARGET_WORDS.search(words))
            or review
            # 根据“十五”计划纲要…提出的…目标任务，今年，国内生产总值增长8.5％: a plan named, the year's said
            or (_LONGER.search(_YEAR_IN_PLAN.sub("", words)) and not _THIS_YEAR.search(_last_clauses(before)))
        ):
            continue
        named = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", before)]
        if year is not None and any(y != year for y in named):
            continue
        end = _passage_end(text, start)
        score = _score(text[start:end])
        if score > 0 and (best is None or score > best[0]):
            best = (score, start, end, None)
    return best


def _last_clauses(before: str) -> str:
    """The last two clauses of the words before a figure (根据…目标任务，今年，: 今年)."""
    return "".join(re.split(r"[，,；;：:]", before)[-2:])


_BOUNDED = re.compile(r"(?:\d(?:\.\d+)?\s*[%‰]|指数[^，；。\d]{0,8}\d{3}(?:\.\d+)?)(?:以上|左右|以内|以下)")
"""A rate with the words of a target's bound (6%左右, 3.5%以内; a price index, 居民消费价格指数控制在103以内;
not the counts of a task, 项目40个以上)."""
_FEWEST_BOUNDED = 3
_OF_RESULTS = re.compile(r"预计|初步核算|去年|过去|比上年|同比|实现了|完成了|达到了|年均|五年")
"""Words of a sentence of results or of several years, not of the year's targets."""


def _figures_of_the_year(text: str, year: int | None) -> tuple[int, int, int, int | None] | None:
    """A year's targets given in the section of its work without words that open a list nor a GDP
    target (综合研判形势，…今年要优先稳就业保民生，…；城镇新增就业900万人以上，城镇调查失业率6%左右，…): the
    first sentence there with at least three bounded rates (two in one that opens with 今年), from its
    first clause with a figure."""
    plan = _plan_heading(year).search(text)
    if plan is None:
        return None
    for match in re.finditer(r"[^。！？\n]+", text[plan.end() : plan.end() + _PLAN_READ]):
        sentence = match.group()
        fewest = _FEWEST_BOUNDED - sentence.lstrip(" *\u3000").startswith("今年")  # 今年要…: the year's, said
        if len(_BOUNDED.findall(sentence)) < fewest or _OF_RESULTS.search(sentence):
            continue
        # from the first clause with a figure (not 今年要优先稳就业保民生，…)
        first = re.search(r"\d", sentence)
        assert first is not None
        start = plan.end() + match.start() + max(sentence.rfind(c, 0, first.start()) for c in "，,；;：:") + 1
        end = _passage_end(text, start)
        return (_score(text[start:end]), start, end, None)
    return None


_PLAN_READ = 6000
"""How far into the section of the year's work such a sentence is looked for."""


def _not_found(text: str) -> str:
    """The message for a text without a passage of targets: what was looked for, and the
    sentences that came closest (those with the most target words), with where they stand."""
    near: list[tuple[int, int, str]] = []
    for n, match in enumerate(re.finditer(r"[^。！？\n]{1,400}", text)):
        if n > 20000:
            break
        sentence = match.group().strip(" *#\t")
        if re.search(r"目标|指标", sentence) and re.search(r"\d", sentence):
            near.append((-_score(sentence), match.start(), sentence))
    said = (
        f"no main-target passage found (looked for: {', '.join(MARKERS)}, followed by ：; "
        "or a sentence that gives GDP growth a target)"
    )
    closest = [
        f"line {text.count(chr(10), 0, at) + 1}: {sentence[:80]}{'…' if len(sentence) > 80 else ''}"
        for _, at, sentence in sorted(near)[:3]
    ]
    # One line, as every error is: a terminal would show a newline in a message as \n
    return f"{said}{CLOSEST}{'; '.join(closest)}" if closest else said


CLOSEST = "; the sentences that came closest: "
"""Where the message of a text without a passage goes on to the sentences nearest to one."""


_ITEM = 120
"""The longest line read as one target of a list set out a paragraph a target."""
_HEADED = re.compile(r"[\u4e00-\u9fff]{2,10}目标[:：]")
"""A paragraph of the list headed by the kind of its targets (高质量发展目标:…; 民生保障目标:…), of
any length."""


def _passage_end(text: str, start: int) -> int:
    """The end of the list of targets that begins at ``start``: its paragraph (or, for a list
    set out a target a line, its lines), less the sentences after it that are not targets.
    A passage is at most MAX_PASSAGE characters long."""
    limit = min(len(text), start + MAX_PASSAGE)
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end < 0 else line_end
    if not text[start:line_end].strip(" \t\u3000*"):  # a line each follows (after a bold mark)
        end = position = line_end
        spaced = False  # a blank line since the last target
        dashed = False  # the list's first paragraph opens with a dash
        for line in text[line_end + 1 : limit].split("\n"):
            position += len(line) + 1
            stripped = line.strip()
            if not stripped:
                spaced = end > line_end
                continue
            dashed = dashed or (end == line_end and stripped.startswith("—"))
            # After a blank line, only a short line goes on with the list (a paragraph a target,
            # as Markdown sets a list out), or a paragraph headed as the first was (——经济支撑型指标
            # 夯实厚度。…; 高质量发展目标：…); a paragraph of work does not.
            headed = _HEADED.match(stripped) or (dashed and stripped.startswith("—"))
            if (
                not _TARGETISH.search(stripped)
                or NOT_TARGETS.match(stripped.lstrip("—-·•*0123456789.、（）() "))
                or (spaced and len(stripped) > _ITEM and not headed)
            ):
                break
            end = position
            spaced = False
        return min(end, limit)
    end = start
    # No sentence starts with 以内 or 左右: 控制在7.9％。以内 is a garbled ‰ (grammar._GARBLED_PERMILLE); nor
    # with a full stop (人口自然增长率不超过4%。。城镇居民…: a stop doubled ends no list).
    sentences = re.split(
        r"(?<=。)(?!以内|。)(?<![%％]。(?=(?:以下|左右|以上)[，；。,;\s]))", text[start:line_end]
    )
    for n, sentence in enumerate(sentences):
        if end > start and (
            NOT_TARGETS.match(sentence.strip())
            # 二是实现更有动力的增长。以推进城市化为引擎，…。固定资产投资增长15%以上: words of no target
            # that say what a part of a list set out in parts is about, after the sentence that opens it
            or not (_TARGETISH.search(sentence) or (n > 0 and _PART_OPENS.match(sentences[n - 1])))
        ):
            break
        end += len(sentence)
    if text[start:line_end].rstrip().endswith(("：", ":")):
        end = _dashed_on(text, line_end, limit, end)
    elif end == line_end and not text[start:line_end].rstrip().endswith(("。", "！", "？")):
        end = _paragraphs_on(text, line_end, limit)
    return end


_PART_OPENS = re.compile(r"\s*[一二三四五六七八九十]是[^，,；;]{2,20}。")
"""A sentence that opens a part of a list set out in parts (二是实现更有动力的增长。)."""


def _dashed_on(text: str, end: int, limit: int, passage_end: int) -> int:
    """Where a list goes on whose paragraph ends by introducing what follows (…努力做到：) with
    paragraphs each opened by a dash (——以扩大内需为根本途径…全社会固定资产投资增长18%。): to the
    last of them that reads as targets; or, if none follows, where the passage ended."""
    position, found = end, passage_end
    for _ in range(_MORE_PARAGRAPHS):
        line, position = _next_paragraph(text, position, limit)
        if not line.startswith("—") or not _TARGETISH.search(line) or NOT_TARGETS.match(line.lstrip("—")):
            break
        found = position
    return found


def _next_paragraph(text: str, position: int, limit: int) -> tuple[str, int]:
    """The next paragraph after ``position`` (blank lines passed over), stripped, and where it ends."""
    while position < limit and text[position] in "\r\n \t\u3000":
        position += 1
    line_end = text.find("\n", position, limit)
    line_end = limit if line_end < 0 else line_end
    return text[position:line_end].strip(), line_end


_MORE_PARAGRAPHS = 16
"""How many paragraphs a list without a full stop may go on into (南昌市 2006 sets out twelve
targets a paragraph each; each paragraph must read as targets besides)."""


def _paragraphs_on(text: str, end: int, limit: int) -> int:
    """Where a list of targets ends that stops its paragraph without a full stop (a post that
    sets a list out in paragraphs): the next paragraphs that read as targets, to the first full stop."""
    position = end
    for _ in range(_MORE_PARAGRAPHS):
        line, line_end = _next_paragraph(text, position, limit)
        if not line or not _TARGETISH.search(line) or NOT_TARGETS.match(line):
            break
        end = position = line_end
        if line.endswith(("。", "！", "？")):
            break
    return end
