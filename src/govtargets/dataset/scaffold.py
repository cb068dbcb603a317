"""``govtargets init``: a commented starting file for a region's report, which validates as written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from govtargets.dataset import toml_writer
from govtargets.dataset.vocab import FORMAT

_EXAMPLES = """\
# Each target of the report is one [[reports.targets]] table. Take the ones that fit, remove the
# leading "# ", and write the figures and the wording (copied from the report, verbatim) of yours.
#
# [[reports.targets]]                    # a growth rate: 地区生产总值增长6%左右
# indicator = "gdp"
# kind = "growth"
# value = 6
# qualifiers = ["左右"]                   # 力争, 以上, 左右, 确保, 不低于 … (docs/format.md lists them)
# wording = "地区生产总值增长6%左右"
#
# [[reports.targets]]                    # a level: 城镇新增就业1.2万人; a rate or share: 失业率5%左右
# indicator = "new_urban_jobs"
# kind = "level"
# value = 1.2
# unit = "万人"
# wording = "城镇新增就业1.2万人"
#
# [[reports.targets]]                    # a decline: 单位地区生产总值能耗下降3%
# indicator = "energy_intensity"
# kind = "decline"
# value = 3
# wording = "单位地区生产总值能耗下降3%"
#
# [[reports.targets]]                    # a change in percentage points: 比重提升0.5个百分点
# indicator = "digital_economy_share"
# kind = "change_pp"
# value = 0.5
# wording = "数字经济核心产业增加值占GDP比重提升0.5个百分点"
#
# [[reports.targets]]                    # a relative target: 居民收入与经济增长同步
# indicator = "disposable_income"
# kind = "relative"
# against = "gdp"
# qualifiers = ["同步"]
# wording = "居民收入与经济增长同步"
#
# [[reports.targets]]                    # a qualitative target: 外贸进出口稳中提质
# indicator = "foreign_trade"
# kind = "qualitative"
# goal = "稳中提质"
# wording = "外贸进出口稳中提质"
#
# [[reports.targets]]                    # a plan's target beside the year's: “十五五”时期…年均增长5%左右
# id = "gdp_plan"                        # (an id: the year's GDP target has the indicator's)
# indicator = "gdp"
# kind = "growth"
# value = 5
# qualifiers = ["左右"]
# by = {plan_end}                              # the last year it is set to
# average = true                         # 年均: each year's on average
# wording = "地区生产总值年均增长5%左右"
#
# The major projects it names (重大项目), each with the figures the report gives it:
#
# [[reports.projects]]
# id = "key-projects"
# name_zh = "市重点项目"
# total_investment = {{ value = 1350, unit = "亿元" }}      # 总投资
# planned_investment = {{ value = 230, unit = "亿元" }}     # of the year: 年度投资, 年内完成投资
# wording = "实施总投资1350亿元的市重点项目，年内完成投资230亿元"
#
# [[reports.projects]]                   # one of a group listed above: not added to the totals again
# id = "expressway"
# name_zh = "高速公路拓宽改造"
# part_of = "key-projects"
# total_investment = {{ value = 68, unit = "亿元" }}
# production_start = {{ year = {year} }}                     # 建成投产 in the year (expected = true: 预计)
# wording = "总投资68亿元的高速公路拓宽改造"
#
# The year before's results, from the review at the start of the report:
#
# [[outcomes]]
# region = "{region}"
# year = {previous}
# indicator = "gdp"
# growth = 6.2
# level = 1234.5
# level_unit = "亿元"
# wording = "地区生产总值1234.5亿元，增长6.2%"
# source = "{source}"
#
# [[outcomes]]                           # a result given as a bound, and estimated: 预计…以上
# region = "{region}"
# year = {previous}
# indicator = "fixed_asset_investment"
# growth = 5
# growth_bound = "at_least"              # 以上 (at_most: 以内; more_than: 突破, 超过)
# estimate = true                        # 预计
# wording = "固定资产投资预计增长5%以上"
# source = "{source}"
#
# [[outcomes]]                           # a result in words, with no figure: 完成年度任务
# region = "{region}"
# year = {previous}
# indicator = "energy_intensity"
# stated = "met"                         # or "missed": judges only where no figure can
# wording = "节能减排完成年度任务"
# source = "{source}"
"""


def starting_file(
    region: str,
    *,
    year: int | None = None,
    known: Mapping[str, Any] | None = None,
    name_zh: str | None = None,
    name_en: str | None = None,
    code: str | None = None,
    level: str | None = None,
    parent: str | None = None,
    parent_known: bool = True,
    grandparent: str | None = None,
    indicators: Sequence[Mapping[str, Any]] = (),
    file_name: str | None = None,
    years: Sequence[int] = (),
    publisher: str | None = None,
    parent_name: str | None = None,
) -> str:
    """The text of a starting file for ``region``'s report of ``year``. ``known``: the region's
    record where the data has it already (then the file does not define it again); unless
    ``parent_known``, the file declares the parent too, below ``grandparent`` (the code of a
    division the data has, which its code lies in). ``level``: by default, the one ``code``
    gives, else the one the Chinese name's ending or the parent tells (``guess_level``).
    ``file_name``: the name the file is written under, for its opening comment. ``years``: those
    of the region's reports in the data; ``publisher``: its latest report's publisher there;
    ``parent_name``: the parent's names, where the data has it."""
    year = year or dt.date.today().year
    source = f"{region}-gwr-{year}"
    told = level is not None
    if level is None:
        level, told = guess_level(code=code, name_zh=name_zh, parent=parent)
    file_name = file_name or f"{region}-{year}.toml"
    parts = [
        f"# A dataset file for one work report: {region}, {year}. It validates as it stands:\n"
        f"# govtargets validate {file_name}. docs/format.md describes every field.\n"
        f"# {region}'s other years may go in it too, each with its source and report as below, and the"
        " results\n# of each review as outcomes of the year before (docs/format.md, Several years).\n",
        f"format = {FORMAT}\n",
        toml_writer.table(
            "sources",
            {
                "id": source,
                "title": f"{year}年政府工作报告",
                "publisher": publisher or "(the government whose report it is)",
                "delivered": dt.date(year, 1, 1),
            },
            comment="The report: its title as published, its publisher, its address (url = ...)"
            " and the day it was delivered\n(——2024年1月10日在…; leave delivered out where the text"
            " gives no day).",
        ),
    ]
    example = f"{parent} for {parent_name}" if parent and parent_name else "320400 for Changzhou"
    if known is None:
        parts.append(
            toml_writer.table(
                "regions",
                {
                    "id": region,
                    "code": code or "000000",
                    "name_zh": name_zh or "(中文名称)",
                    "name_en": name_en or region.replace("-", " ").title(),
                    "level": level,
                    "parent": parent,
                },
                comment="The region: its GB/T 2260 code, names, level (province, prefecture, district,"
                f"\ncounty_city, county) and its parent's code ({example})."
                + ("" if told else f"\n{LEVEL_GUESSED.format(level=level)}"),
            )
        )
    if parent is not None and not parent_known:
        parts.append(parent_division(parent, parent=grandparent))
    held = f"{years[0]}–{years[-1]}" if len(years) > 1 else "".join(map(str, years))
    parts.append(
        toml_writer.table(
            "reports",
            {"region": region, "year": year, "source": source},
            # Else a newcomer adding a year to a bundled region looks for its [[regions]] table.
            comment=f"{region} is a region of the data (its reports of {held}): the file adds its report"
            f" of {year},\nwith no [[regions]] table (docs/format.md, Your files beside the bundled data)."
            if known is not None and years and year not in years
            else None,
        )
    )
    parts.append(
        _EXAMPLES.format(region=region, year=year, previous=year - 1, plan_end=year + 4, source=source)
    )
    if indicators:
        listed = "\n".join(f"#   {i['key']:<36} {i['name_zh']}" for i in indicators)
        parts.append(
            "# The indicators of the catalogue (govtargets indicators lists them with their names):\n"
            f"{listed}\n"
        )
    return "\n".join(parts)


_NAME_ENDINGS = (
    ("自治区", "province"), ("省", "province"), ("自治州", "prefecture"), ("地区", "prefecture"),
    ("盟", "prefecture"), ("州", "prefecture"), ("自治县", "county"), ("自治旗", "county"),
    ("县", "county"), ("旗", "county"), ("区", "district"),
)  # fmt: skip
"""A Chinese name's ending and the level it gives (in this order: 自治区 before 区); 市 is either a
prefecture-level city or a county-level one, which the parent tells."""


LEVEL_GUESSED = "CHECK THE LEVEL: {level} is a guess (no --level, --code, --name-zh or --parent told it)."


def guess_level(*, code: str | None, name_zh: str | None, parent: str | None) -> tuple[str, bool]:
    """A new region's level, and whether anything told it: the one its code gives; else its
    Chinese name's ending (昆明市 a prefecture, or a county-level city below a prefecture; 武进区 a
    district; 沛县 a county); else the one below its parent's; else a district, a guess."""
    parents = level_of_code(parent)
    by_name = next((level for ending, level in _NAME_ENDINGS if (name_zh or "").endswith(ending)), None)
    if by_name is None and (name_zh or "").endswith("市"):
        by_name = "county_city" if parents == "prefecture" else "prefecture"
    below_parent = {"province": "prefecture", "prefecture": "district"}.get(parents or "")
    told = level_of_code(code) or by_name or below_parent
    return (told, True) if told else ("district", False)


def level_of_code(code: str | None) -> str | None:
    """The level a GB/T 2260 code gives: 320000 a province, 320400 a prefecture; of the others, the
    last two digits 01–20 a district (市辖区), 81–99 a county-level city, else a county. None for
    no code, or the country's (100000)."""
    if code is None or not re.fullmatch(r"\d{6}", code) or code == "100000":
        return None
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    last = int(code[4:])
    return "district" if last <= 20 else "county_city" if last >= 81 else "county"


def enclosing_codes(code: str) -> list[str]:
    """The codes of the divisions a GB/T 2260 code lies in, nearest first: 611025 in 611000 and
    610000; 611000 in 610000; none for a province's."""
    return [c for c in (code[:4] + "00", code[:2] + "0000") if c != code and not code.endswith("0000")]


def parent_division(code: str, *, parent: str | None = None) -> str:
    """A ``[[divisions]]`` record for a parent the data does not have, with how to make it a region;
    ``parent``: its own parent's code, so that the chain goes on above it (商洛市 to 陕西省)."""
    level = "province" if code.endswith("0000") else "prefecture"
    return toml_writer.table(
        "divisions",
        {
            "code": code,
            "name_zh": "(上级中文名称)",
            "name_en": "(the parent's English name)",
            "level": level,
            "parent": parent,
        },
        comment=f"The parent, {code}, which the data does not have: its names and level (and its own"
        " parent's code).\nA division only names the chain of parents. To judge a target compared with"
        ' the parent\n(高于全市平均: against_region = "parent"), declare it as [[regions]] instead, with'
        " an id,\nand give its [[outcomes]].",
    )
