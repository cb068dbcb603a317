"""The major investment projects a report names with an investment figure: 总投资120亿元的XX项目,
XX项目（总投资50亿元）, XX项目总投资30亿元、年度计划投资10亿元, XX项目:…,2023年计划投资4亿元.

Precision first: a figure is drafted only where it belongs to one named project (or to projects
named together, which the format records as one). A figure over many projects (全年实施重点项目
300个、总投资1500亿元; 总投资5477亿元的330个省市重点项目) is no project, nor one whose name is only a
kind (重点项目, 产业项目). Of a project the review of the year before names, only the total is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from govtargets.dataset.vocab import FigureBound
from govtargets.extract.review import figure_bound


@dataclass
class Project:
    """A project found in a report's text, with where its words stand."""

    name_zh: str
    start: int
    end: int
    """Where its wording stands in the text: ``text[start:end]``."""
    total: Decimal | None = None
    total_unit: str | None = None
    total_bound: FigureBound | None = None
    planned: Decimal | None = None
    planned_unit: str | None = None
    planned_bound: FigureBound | None = None
    production_year: int | None = None
    production_expected: bool = False
    description_zh: str | None = None
    last_year: bool = False
    """Named in the review of the year before: last year's work, not one of the report's year's projects."""
    unsure: list[str] = field(default_factory=list)


_MONEY = (
    r"(?P<before>超过|超|突破|逾|不到|不足|约|近|达到|达)?(?P<figure>\d+(?:\.\d+)?)\s?(?P<unit>[万亿]?美?元)"
    r"(?P<after>以上|以内|以下|左右)?"
)
_INVESTMENT = re.compile(
    r"(?P<kind>(?:计划)?总投资(?:额)?|(?:(?:(?:19|20)\d\d|今|本|当)?年(?:度)?|年度)(?:计划)?(?:完成)?投资(?:额)?|计划投资(?:额)?|"
    r"(?<!完成|累计|资产|到位|实际)投资)"
    r"(?:为|是)?" + _MONEY
)
"""An investment figure: a total (总投资, 计划总投资), or the year's (年度计划投资, 2023年计划投资,
今年完成投资, 计划投资); a bare 投资 only before 的 and a name (投资30亿元的储能材料项目: the total,
docs/format.md), never 完成投资 of no year."""

_SUFFIX = (
    r"项目|工程|基地|园区|园|中心|储气库|电站|电厂|机场|铁路|高铁|高速公路|高速|公路|大桥|隧道|水库|码头|港区|"
    r"综合体|医院|新城|小镇|枢纽|管道|管网|航道|生产线|(?<![到至])[一二三四五六七八九十]期(?!主体)"
)
_NAMED = re.compile(rf"(?:{_SUFFIX})$")
"""How a project's name ends: 项目, 工程, what it builds (储气库, 机场, 产业园), or its phase (二期)."""

_STOPS = '，,。；;：:！？!?\n（）()“”"《》 \u3000'
_BOUNDARY = (
    r"(?=$|[，,。；;：:！？!?\n（(、]|和|及|与|建设|开工|竣工|投产|建成|加快|年内|今年|实现|全面|顺利|落地|签约|"
    r"开建|动工|正式|即将|完成|尽快|早日|前期|主体|已|于|将|等|项目建设|通车|运营|达产|落户|入驻|开业|进展|推进|加速|"
    r"投料|试产|获|被|成功|启动|列入|纳入)"
)
_AFTER_OF = re.compile(rf"[^{_STOPS}]{{1,40}}?(?:{_SUFFIX}){_BOUNDARY}")
"""The name after 总投资…的, to the first end of a name (项目, 工程…) before a stop or a verb."""
_LISTED_AFTER_OF = re.compile(
    rf"[^{_STOPS}、]{{2,20}}?(?=、(?:计划总投资|总投资|投资)\d"
    r"|等(?:一批|\d+个|多个|一系列)?(?:重大|重点|产业|工业|标志性)*(?:项目|工程))"
)
"""A name after 投资…的 with no word of what it builds, in a list of projects each given its figure
(投资20亿元的金龙光电触摸模组、投资5.1亿元的传化公路港物流等一批重大项目, 淮北 2016): the list's 项目 names
what it is."""

_LEADING = re.compile(
    r"^(?:\d{1,3}[.．]|首个项目|(?:加快推进|全力推进|加快建设|开工建设|加快实施|推动|推进|加快|实施|建设|启动|抓好|新建|建成|确保|力争|"
    r"完成|促进|引进|做好|争取|支持|谋划|开工|全面|积极|着力|大力|继续|持续|有序|包括|其中|如|以及|重点|"
    r"全力|力促|打造|续建|投产|竣工|落地|签约))+"
)
"""Words of work before a name (加快推进XX项目), and an item's number (14.), not part of it."""
_TRAILING = re.compile(r"(?:建设|的建设|前期工作|开工|加快建设)$")

_COUNTED = re.compile(
    r"\d+\s*(?:个|项|家|批|座|条|所|大)|[一两二三四五六七八九十百千]+(?:个|项|大|批|家)|一批|多个|若干|"
    r"各类|系列|一揽子|等|[万亿]?元|重点|重大|省级|市级|县级|区级|省市|十大|百项|千项"
)
"""Words of a sum over projects, or of a kind of them (330个省市重点项目, 一批产业项目, 亿元以上项目,
重点工程): no one project's name."""
_STATUS = re.compile(r"(?:签约|落地|招商|储备|动工|开工|在建|竣工|建成|投产|谋划|入库|在库)$")
"""Words of where projects stand in a list, just before 项目 (园区落地项目, 已动工项目, 滚动储备项目): a
sum's name (not 国家储备林质量精准提升工程's)."""
_ONE_OF_MANY = re.compile(rf"(?:、|和|及|与)(?!计划总投资|总投资|投资)[^{_STOPS}]{{0,40}}?等")
"""A name followed, in its clause, by another with no figure of its own and 等: the figure may be of
both, or of all those listed (…浙友机电生产基地、深国际现代综合物流港等51个项目), not surely the first's.
(总投资9亿元的鲁文预制菜产业园等640个项目: the figure is the one named's.)"""
_COUNT_BEFORE = re.compile(r"(?:\d+|[一两二三四五六七八九十百千]+)(?:个|项|批|家|大)[、，,]?$")
_KINDS = re.compile(
    r"^(?:全市|全县|全区|全省|本市|我市|我区|我县|全年|今年)?(?:新建|续建|在建|新开工|计划|储备|产业|工业|招商|招商引资|"
    r"基础设施|民生|社会|政府|投资|建设|实体|服务业|制造业|农业|交通|水利|能源|城建|城市|文化|旅游|科技|"
    r"产业化|技改|外资|内资|社会事业|公共服务|清洁能源|新能源|海绵|绿色|生态|环保|数字|新基建|康养|乡村振兴|先行|支撑|"
    r"发展|互联互通|共享|示范|试点|配套|保障|提升|改造|更新|签约|新签约|引进|开工|竣工|在库|储备|入库|谋划|市重|省重|"
    r"龙头|大|好|电网|农网|基建|标志性|引领性|补短板|单体|合作|对接|落地|备案|治水|可实施|意向|招引|新引进|新增)*$"
)
"""A name that is only a kind of project (产业项目, 基础设施工程, 工业园)."""

_PRODUCTION = re.compile(
    r"(?P<expected>预计)?于?(?P<year>(?:19|20)\d\d|今|年内)年?(?:底|内|上半年|下半年)?前?(?:建成|全面)?投产"
)
_ITEM_END = re.compile(r"[。；;\n]")


def read_projects(text: str, review_end: int, *, year: int | None) -> list[Project]:
    """The projects named with an investment figure in ``text``, in the order the text names them.
    Of those named before ``review_end`` (in the review of the year before), only the total is
    read: a year's figure there is last year's, not the report's year's."""
    found: list[Project] = []
    seen: dict[str, Project] = {}
    position = 0
    while True:
        match = _INVESTMENT.search(text, position)
        if match is None:
            break
        group = _figures_together(text, match)
        position = group[-1].end()
        project = _named(text, group)
        if project is None:
            continue
        _set_figures(project, group)
        if project.start < review_end:
            project.planned = project.planned_unit = project.planned_bound = None
            project.last_year = True
        else:
            _production(text, project, year=year)
        if project.total is None and project.planned is None:
            continue
        same = seen.get(project.name_zh)
        if same is not None:
            if (same.total, same.planned) == (project.total, project.planned):
                continue
            project.unsure.append("named again with other figures: check which is the project's")
        seen.setdefault(project.name_zh, project)
        found.append(project)
    return found


def _figures_together(text: str, first: re.Match[str]) -> list[re.Match[str]]:
    """The investment figures given together from ``first`` on (总投资20亿元,2023年计划投资4亿元;
    总投资30亿元、年度计划投资10亿元)."""
    group = [first]
    while len(group) < 2:
        after = _INVESTMENT.match(text, group[-1].end() + 1)
        if after is None or text[group[-1].end()] not in "、，,和":
            break
        group.append(after)
    return group


def _named(text: str, group: list[re.Match[str]]) -> Project | None:
    """The project the figures belong to: named after them (总投资…的XX项目), before them in brackets
    (XX项目（总投资…）), or before them (XX项目总投资…; XX项目:…,2023年计划投资…); None where none is
    named, or the name is a sum's or a kind's."""
    first, last = group[0], group[-1]
    if _COUNT_BEFORE.search(text, max(0, first.start() - 8), first.start()):
        return None  # 实施55个总投资14.6亿元的海绵项目: a sum over the projects counted
    if text.startswith("的", last.end()):
        # 投资超10亿元的产业项目 is a size bar: the name that follows is a kind, and refused below
        name = _AFTER_OF.match(text, last.end() + 1)
        # 投资33亿元的大唐热电、投资5亿元的高桥风电等项目: a list's items, not one name to its 项目
        listed = name is None or bool(re.search(r"、(?:计划总投资|总投资|投资)\d|等", name.group()))
        if listed:
            name = _LISTED_AFTER_OF.match(text, last.end() + 1)
        if name is None:
            return None
        project = Project(name.group(), first.start(), name.end())
        rest = text[name.end() : name.end() + 40]
        if _ONE_OF_MANY.match(rest):
            return None
        if re.match(rf"(?:、|和|及|与)[^{_STOPS}]{{0,30}}?(?:{_SUFFIX})", rest) and not re.match(
            r"(?:、|和|及|与)(?:总投资|投资)", rest
        ):
            project.unsure.append("projects named after it may share the figure: check whose it is")
        if listed:
            project.unsure.append(
                "a name with no word of what it builds, one of a list of projects: check it"
            )
        return _checked(project, listed=listed)
    if any(match.group("kind") == "投资" for match in group):
        return None  # a bare 投资 after a name (XX项目投资…) is no project's figure as surely
    opening = text.rfind("（", max(0, first.start() - 2), first.start())
    if opening < 0:
        opening = text.rfind("(", max(0, first.start() - 2), first.start())
    if opening >= 0:
        closing = re.compile(r"[）)]").search(text, last.end(), last.end() + 40)
        if closing is None:
            return None
        bracketed, at = _name_before(text, opening)
        return _checked(Project(bracketed, at, closing.end())) if bracketed else None
    # XX项目总投资…, XX项目：总投资…; not XX项目，总投资… (治水项目，今年完成投资164亿元: a kind's sum)
    gap = re.search(r"[：:]?$", text[max(0, first.start() - 1) : first.start()])
    joint = first.start() - (len(gap.group()) if gap else 0)
    before, at = _name_before(text, joint)
    if before and _NAMED.search(before):
        return _checked(Project(before, at, last.end()))
    return _listed(text, first, last)


def _name_before(text: str, at: int) -> tuple[str, int]:
    """The name that ends at ``text[at]``: its clause, less words of work before it (加快推进) and after
    it (建设), and where it starts."""
    floor = max(0, at - 40)
    begin = at
    while begin > floor and text[begin - 1] not in _STOPS:
        begin -= 1
    clause = text[begin:at]
    lead = _LEADING.match(clause)
    skip = lead.end() if lead else 0
    name = _TRAILING.sub("", clause[skip:])
    return name, begin + skip


def _listed(text: str, first: re.Match[str], last: re.Match[str]) -> Project | None:
    """A project set out as an item of a list, its name and a colon opening it and its figures after
    words of what it is (齐康原医疗诊断设备组装项目:从事医疗器械、…销售,2023年计划投资0.3亿元;)."""
    line = max(text.rfind(c, 0, first.start()) for c in "。；;\n") + 1
    item = re.match(
        rf"[\s\u3000*]*(?:\d{{1,3}}[.．])?(?P<name>[^{_STOPS}、]{{2,30}}?)[：:](?P<about>[^。；;\n]*?)[，,]$",
        text[line : first.start()],
    )
    if item is None or not _NAMED.search(item.group("name")):
        return None
    project = Project(item.group("name"), line + item.start("name"), last.end())
    project.description_zh = item.group("about") or None
    return _checked(project)


def _checked(project: Project, *, listed: bool = False) -> Project | None:
    """The project, unless its name is a sum's or a kind's (a project's name ends 项目, 工程…, with
    words of its own before; ``listed``: one of a list of projects, which may end otherwise)."""
    name = project.name_zh
    kind = _NAMED.search(name)
    own = name[: kind.start()] if kind else name
    if (
        (kind is None and not listed)
        or _COUNTED.search(name)
        or _STATUS.search(own)
        or re.search(r"是|由|的", name)
        or _KINDS.match(own)
        or len(own) < 2
    ):
        return None
    if re.search(r"[、和及与]", name):
        project.unsure.append(
            "one figure for the projects named together: one record (its members in description_zh),"
            " or one each"
        )
    return project


def _set_figures(project: Project, group: list[re.Match[str]]) -> None:
    """The total and the year's investment from the figures, each with the bound its words give."""
    for match in group:
        figure, unit = Decimal(match.group("figure")), match.group("unit")
        bound = figure_bound(match.group("before") or "", match.group("after") or "")
        if "总投资" in match.group("kind") or match.group("kind") == "投资":
            if project.total is None:
                project.total, project.total_unit, project.total_bound = figure, unit, bound
        elif project.planned is None:
            project.planned, project.planned_unit, project.planned_bound = figure, unit, bound


def _production(text: str, project: Project, *, year: int | None) -> None:
    """The year production starts, where the project's words say it next (预计2024年投产; 年内建成投产)."""
    stop = _ITEM_END.search(text, project.end)
    end = stop.start() if stop else len(text)
    said = _PRODUCTION.search(text, project.end, min(end, project.end + 30))
    if said is None or re.search(r"总投资|投资", text[project.end : said.start()]):
        return
    when = said.group("year")
    if when in ("今", "年内"):
        if year is None:
            return
        project.production_year = year
    else:
        project.production_year = int(when)
    project.production_expected = said.group("expected") is not None
    project.end = said.end()
