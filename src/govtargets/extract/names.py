"""What a report calls an indicator, matched to the catalogue; and regions by their names."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from govtargets.dataset.vocab import normalize_name

# Words a report puts before or after an indicator's name that do not change which it is.
_PREFIX = re.compile(
    r"^(?:全市|全省|全区|全县|全州|全盟|本市|本省|本区|全年|今年|年度|各项|其他|全口径|(?:19|20)\d\d年|(?:初步)?(?:安排|确定)\s*|其中|同时|以及|并|和|及|与|力争|确保|努力|预期|对|按可比口径|可比口径|正常年景下|"
    r"(?:中央|国家|省委|市委)提出|“?十[一二三四五]五”?|[\u4e00-\u9fff]{0,6}把|现行标准下?|(?:年初)?剩余的?)+"
)
_SUFFIX = re.compile(
    r"(?:的)?(?:增速|增幅|涨幅|增长率|增长|降低率|下降率|削减率|降幅|总量|规模|水平|指标|发展|调控|按?(?:可比|同)口径)$|(?<!占)全年$"
    # 能耗强度在“十四五”规划期内统筹(完成…): the time its goal is judged over, not the name
    r"|在[^，；。在]{1,24}?(?:期内|期间)(?:统筹)?$"
)
# 经济增长预期目标为6%: the target of 经济增长; 市委市政府把全市生产总值增长目标确定为6.5%: of 生产总值;
# 经济增长速度的调控目标定为8% (国务院 1996), 经济增长的预期目标是9% (陕西 2002): of 经济增长速度, 经济增长
_TARGET = re.compile(r"(?:的)?(?:预期|(?:宏观)?调控)?目标(?:确定|设定|定|安排)?是?$")
# 能源消耗比上年下降2.8%; 能耗较2010年降低3.8%; 收入较2022年预算数增长4%: the fall of 能源消耗, ...
_COMPARED = re.compile(r"(?:同比|[较比](?:上年|(?:19|20)\d\d年)(?:预算数)?)$")


INCREASE = "增加额"
"""What the catalogue's name of an increase by an amount ends in, after the name of the indicator it
is the increase of (农民人均纯收入增加额: rural_net_income_increase, of rural_net_income)."""


@dataclass(frozen=True)
class Indicator:
    """A catalogue entry, as extract needs it."""

    key: str
    name_zh: str
    unit: str | None
    names: tuple[str, ...]


_NOT_THE_WHOLE = re.compile(r"(?:非|带动新增|零售)$|规下|规模以下|限下|限额以下|中直|高技术|新兴")
"""Words before a name that make it another measure: right before it, 非税占比 (what is not tax),
带动新增固定资产投资 (what a programme brought; 新增农村劳动力转移就业 is the count itself) and 零售物价总水平
(retail prices, not consumer prices: 山东 1996); anywhere before it, a part of the whole (规下工业增加值,
中直工业增加值; 高技术产业投资 and 新兴产业投资, parts of 产业投资)."""
SERVICE_TRADES = re.compile(r"技术|信息|软件|科技|现代|生产性|生活性|金融|商务|物流|文化")
"""Words before 服务业 that name a trade among the services, not all of them (软件和信息技术服务业)."""
_AMOUNT = re.compile(r"收入|生产总值|投资|总额|增加值")
"""Names of an amount of money, whose 新增 (新增地方财政收入61亿元, 山东 1997) is what it grew by, not it."""
_PER_UNIT = re.compile(r"能耗|水耗|电耗|地耗|排放|用水量|用地")
"""Words that make a name a quantity per unit of, or beside, the one it holds (万元GDP能耗)."""


def _longest_first(name: str) -> tuple[int, str]:
    return -len(name), name


def _folded(text: str) -> str:
    """A name as the catalogue holds it (normalize_name), without the spaces some texts set beside
    Chinese characters (单位GDP 能耗)."""
    return _SPACE_BY_CHINESE.sub("", normalize_name(text))


_SPACE_BY_CHINESE = re.compile(r"\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+")


class Catalogue:
    """The indicators a dataset knows, found by any of their names."""

    def __init__(self, indicators: Iterable[Mapping[str, Any]]) -> None:
        self.indicators: dict[str, Indicator] = {}
        self.names: dict[str, str] = {}
        self.plain: dict[str, str] = {}
        """Each Chinese name in plain words (plain_words), for a name the text words another way."""
        written: set[str] = set()
        for i in indicators:
            names = _with_verbs((i["name_zh"], *i.get("aliases", ())))
            self.indicators[i["key"]] = Indicator(i["key"], i["name_zh"], i.get("unit"), tuple(names))
            for name in (*names, i["key"], i["name_en"]):
                self.names.setdefault(normalize_name(name), i["key"])
            for name in names:
                self.plain.setdefault(plain_words(normalize_name(name)), i["key"])
            written.update(n.lower() for n in names)
        # Chinese names, longest first: where one name holds another, the longer one wins (and of
        # two as long, the first in code-point order, so that a draft never depends on a set's order).
        self.chinese = sorted({n for n in self.names if re.search(r"[\u4e00-\u9fff]", n)}, key=_longest_first)
        self._chinese_lengths = [-len(n) for n in self.chinese]
        """Each of ``chinese``'s lengths, negated (ascending): where a name's that fit in a text start."""
        self.written = sorted({n for n in written if re.search(r"[\u4e00-\u9fff]", n)}, key=_longest_first)
        # The written names by their first character, longest first: a text is searched only for
        # the names that can start in it, so that finding them costs about its length.
        self._by_first: dict[str, list[str]] = {}
        for known in self.written:
            self._by_first.setdefault(known[0], []).append(known)
        self._matched: dict[str, str | None] = {}
        """match's answers: a report asks for the same names again and again."""
        self.increase: dict[str, str] = {}
        """The indicator of an increase by an amount of each indicator that has one: the one named
        after it with 增加额 (rural_net_income_increase, 农民人均纯收入增加额, of rural_net_income)."""
        for key, entry in self.indicators.items():
            whole = entry.name_zh.removesuffix(INCREASE)
            base = self.exact(whole) if whole != entry.name_zh else None
            if base is not None and base != key:
                self.increase.setdefault(base, key)

    def exact(self, text: str) -> str | None:
        """The key of the indicator ``text`` names exactly (or but for words such as 全市, 增速)."""
        name = _folded(text)
        variants = _variants(name)
        for candidate in variants:
            if candidate in self.names:
                return self.names[candidate]
        for candidate in variants:
            found = self.plain.get(plain_words(candidate))
            if found is not None:
                return found
        return None

    def match(self, text: str) -> str | None:
        """The key of the indicator ``text`` names, or None: exactly, else as most of a longer name
        (全市规上工业增加值增速), else as two names run together (外资外贸)."""
        if text not in self._matched:
            self._matched[text] = self._match(text)
        return self._matched[text]

    def _match(self, text: str) -> str | None:
        found = self.exact(text)
        if found is not None:
            return found
        name = _TARGET.sub(
            "", _COMPARED.sub("", _PREFIX.sub("", _NOTE.sub("", _folded(text))))
        )  # “十四五”能耗强度下降: 能耗强度下降
        share = re.search(r"比重|占比|强度|率|比例|份额", name)
        quality = re.search(r"质量|效益", name)
        per = _PER_UNIT.findall(name)
        # Longest first, so only the names no longer than it and at least half as long can match.
        for known in self.chinese[bisect_left(self._chinese_lengths, -len(name)) :]:
            if len(known) < 3 or len(known) * 2 < len(name):
                break
            if known in name:
                if share and not re.search(r"比重|占比|强度|率|比例", known):
                    continue  # 研发经费支出占GDP比重 is a share, not the spending
                if quality and not re.search(r"质量|效益", known):
                    continue  # 经济发展质量效益 is how good the growth is, not GDP
                if any(word not in known for word in per):
                    continue  # 万元地区生产总值能耗 is energy per unit of GDP, not GDP
                before = name[: name.find(known)]
                if _NOT_THE_WHOLE.search(before) or ("新增" in before and _AMOUNT.search(known)):
                    continue  # 非税占比, 带动新增固定资产投资, 规下工业增加值: not the name's own measure
                if re.search(r"(?:国内|入境|国际|乡村|农村)$", before) and known.startswith("旅游"):
                    continue  # 国内旅游总收入, 入境旅游收入, 乡村旅游收入: a part of the tourism revenue
                if SERVICE_TRADES.search(before) and known.startswith("服务业"):
                    continue  # 软件和信息技术服务业增加值, 现代服务业增加值: a trade among the services
                if re.search(r"地方(?:规上|规模以上)?$", before) and re.match(r"规模以上|规上|工业", known):
                    # 中直工业增加值增长3%以上，地方规上工业增加值增长20%以上 (大庆市 2022; 哈密, 伊犁, 本溪):
                    # the local enterprises' part, without the central government's
                    continue
                return self.names[known]
        return None

    def pair(self, text: str) -> tuple[str, str] | None:
        """Two names run together with nothing between (外资外贸): each as written, if both match."""
        for cut in range(2, len(text) - 1):
            if self.exact(text[:cut]) and self.exact(text[cut:]):
                return text[:cut], text[cut:]
        return None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where catalogue names stand in ``text`` (longest first, not overlapping), so that a
        name's own 和 or digits (碳达峰碳中和, PM2.5) are not read as a list or a figure."""
        folded = text.lower().replace("万元", "单位")  # 万元GDP能耗 as 单位GDP能耗 (as long)
        found: list[tuple[int, int]] = []  # (-length, start) of each name where it stands
        for first in set(folded):
            for known in self._by_first.get(first, ()):
                start = folded.find(known)
                while start >= 0:
                    found.append((-len(known), start))
                    start = folded.find(known, start + 1)
        free = bytearray(len(folded))  # 1 where a longer name already stands
        taken: list[tuple[int, int]] = []
        for length, start in sorted(found):
            end = start - length
            if not any(free[start:end]):
                taken.append((start, end))
                free[start:end] = b"\x01" * (end - start)
        return sorted(taken)


_SAME_WORDS = [(re.compile(pattern), plain) for pattern, plain in (
    (r"(?:[试实]验)?研究[与和]?(?:[试实]验)?(?:发展|开发)(?:\(r&d\))?|r&d|研发[与和][试实]验发展", "研发"),
    (r"经费投入|经费支出|支出|经费", "投入"),
    (r"(?:地区|国内|全市|全省|市)?生产总值|gdp", "生产总值"),
    (r"(?:相当于|占)(生产总值)(?:的)?(?:比例|比重|$)|与(生产总值)之比", r"占\1\2比重"),
    (r"新增城镇就业", "城镇新增就业"), (r"安全生产事故", "生产安全事故"),
    (r"农牧民", "农民"), (r"外商直接投资", "外资"), (r"水耗", "用水量"), (r"能源消耗", "能耗"),
    (r"年(?=排放)", ""),
    (r"进出口贸易总额|^对外贸易(?:进出口)?总额$", "进出口总额"), (r"^全社会(?=消费品零售)", "社会"),
    (r"(?<!总)零售额", "零售总额"), (r"^消费品零售", "社会消费品零售"),
    (r"居民家庭", "居民"), (r"(?<=居民|农民)年(?=人均)", ""), (r"^(?:城市)?市区居民", "城镇居民"),
    (r"^城(?=居民)", "城镇"), (r"^乡(?=居民)", "农村"),
    (r"居民人均收入", "居民人均可支配收入"), (r"^主要污染物", "污染物"),
    (r"^全社会|^城镇(?:居民)?(?=登记失业率|调查失业率)", ""),
    (r"^(?:城镇)?新增(?:城镇)?就业(?:岗位|人员|人数)?$|^城镇新就业(?:人数)?$", "城镇新增就业"),
    (r"(?<=居民)可支配收入", "人均可支配收入"), (r"^(?:第三产业|三产|服务业)(?:增加值)?$", "服务业增加值"),
    (r"^([一二])产$", r"第\1产业"), (r"所占(?=比重|比例)", ""), (r"工业产值$", "工业总产值"),
    (r"^(?:吸收|吸引)?外商(?:直接)?投资$", "外资"), (r"^出口(?:商品)?(?:总值|总额|额)$", "出口总额"),
    (r"外商投资$", "外资"), (r"(?:到账|到帐)外资$", "利用外资"),
    (r"发明专利量$", "发明专利拥有量"), (r"各类(?=市场主体)", ""),
    (r"每万人口", "每万人"), (r"^居民消费(?:品价格)?指数|^居民消费品价格", "居民消费价格"),
    (r"^社消总额$", "社消零总额"), (r"^(?:居民)?收入倍差$", "城乡收入倍差"), (r"规上", "规模以上"),

    (r"^(?:空气中|大气)?细颗粒物(?:[（(]pm2\.5[）)])?(?:年均)?浓度$|^pm2\.5浓度$", "细颗粒物浓度"),
    (r"优良天数(?:比率|率|占比)", "优良天数比例"), (r"排放(?:总)?量?$", "排放量"),
    (r"^(?:环境保护|环保)$", "环境"),
    (r"^一般公共预算总收入$|^(?:全部|大口径)财政收入$", "财政总收入"),
    (r"转移就业(?:人次|人数)?$", "转移就业"),
    (r"^农(?:村)?牧[区村](?=常住居民|居民)", "农村"), (r"^农(?:村)?牧区", "农牧区"),
    (r"^(?:农村)?贫困人口脱贫$", "脱贫人口"), (r"^粮食总产$", "粮食总产量"),
    (r"综合能耗|(?<=单位生产总值)能耗强度$", "能耗"),
    (r"^[一二三四五六七八九十\d]+项(?:主要)?(?=污染)", ""),
    (r"^污染物(?:排放)?(?:总量|指标)$|^减排(?:指标)?$", "污染物减排"),
    (r"^实际(?:吸收|吸引)?外资$", "实际利用外资"),
    (r"污染物?(?:排放)?(?:总量|重点工程)?(?:减排|削减)量?(?:指标)?$", "污染物减排"),
    (r"(?<=.)(?:相关)?约束性(?:指标|目标)?$", ""),
    (r"^(?:市区|主城区|中心城区|主要城市|设区市|县城以上城市|地级以上城市)?空气质量(?:二级以上|优良)(?:天数(?:比例|比重|比率|占比|占全年的比例)|率)$"
     r"|^(?:市区|主要城市)空气质量(?:二级以上|优良)天数$", "空气质量优良天数比例"),
    (r"地表水(?:水质)?优良(?:率|比例)$", "地表水优良比例"), (r"(?<!氧化)碳排放", "二氧化碳排放"),
    (r"^用水量$", "单位生产总值用水量"), (r"^(?:吸收|吸引)外资$", "外资"),
    (r"^(?:地方)?预算内?(?:财政)?收入$", "一般预算收入"),
    (r"^(?:实际)?(?:利用|引进)省外(?:\d+万元以上(?:项目)?)?(?:实际)?到?位?资金$", "省外资金"),
    (r"^(?:实际)?直接利用外资(?:到位)?额?$", "实际利用外资"),
    (r"^(?:节能)?减排降碳$|^节能降碳(?:减排)?$|^降碳减排$|^节能减排减污降碳$", "节能减排"),
    (r"^制造业占", "制造业增加值占"), (r"工业企业增加值$", "工业增加值"),
    (r"^减少(?:农村)?(?:绝对)?贫困人口$|^(?:农村)?(?:绝对)?贫困人口减少$", "减少农村贫困人口"),
    (r"^(?:万元产值|(?:全区|全省|全市)?生产总值单位)能耗$", "单位生产总值能耗"),
    (r"^地方财政投入$", "地方财政一般预算投入"), (r"^(?:国民)?经济$", "经济增长"),
    (r"^粮食产能$", "粮食综合生产能力"), (r"^城镇人口(?:比重|占比)$", "城镇化率"),
    (r"^(?:城镇)?50?0万元(?:及)?以上(?:项目)?固定资产投资$", "城镇50万元以上项目固定资产投资"),
    (r"^\d+万元以上(?:规模)?(?=工业增加值$)", "规模以上"),
    (r"^(?:外贸)?(?:自营)?进出口(?:总额|规模)?占(全国|全省)(?:的)?(?:份额|比重)$", r"进出口占\1比重"),
    (r"^(?:外贸)?自营(进出口|出口)(?:总额)?$", r"\1总额"),
)]  # fmt: skip
"""Words that reports of different years and provinces use for the same thing (研究与试验发展经费 and
研发投入; 新增城镇就业 and 城镇新增就业; 农牧民 in the pastoral provinces), and heads that do not change
which indicator a name is (全社会, 城镇 of 城镇登记失业率)."""


@lru_cache(maxsize=8192)  # a report asks for the same few hundred names many times
def plain_words(name: str) -> str:
    """A folded name with the words of _SAME_WORDS made one: two names alike here are one indicator."""
    for pattern, plain in _SAME_WORDS:
        name = pattern.sub(plain, name)
    return name


def _with_verbs(names: tuple[str, ...]) -> tuple[str, ...]:
    """An indicator's names, and each value added's with the verb a report may write inside it
    (规模以上工业完成增加值1350亿元, 规模以上工业实现增加值增长10%)."""
    inside = (
        n.removesuffix("增加值") + verb + "增加值"
        for n in names
        if n.endswith("增加值")
        for verb in ("完成", "实现")
    )
    return (*names, *inside)


TYPOS = {"地区生产总": "地区生产总值", "生产总": "生产总值"}
"""A report's misspellings of a name (地区生产总, 生产总 without 值), read as the name."""


_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]")


def _variants(name: str) -> list[str]:
    name = TYPOS.get(name, name)
    found = []
    # 固定资产投资总额（不含农户）: a note in brackets names nothing (but where a name holds one)
    for written in dict.fromkeys((name, _NOTE.sub("", name))):
        bare = _TARGET.sub("", _COMPARED.sub("", _PREFIX.sub("", written)))
        found += [written, bare, _SUFFIX.sub("", bare)]
        if bare.startswith("万元"):  # 万元地区生产总值能耗, the older name of 单位地区生产总值能耗
            found.append("单位" + bare[2:])
    return list(dict.fromkeys(v for v in found if v))


_PROVINCE_PARTS = ((re.compile(r"皖(?=[北南西东中江])"), "安徽"),)
"""Parts of a province named by its one-character name, which names nothing else (皖北, 皖南, 皖江城市带),
and the province's name."""


class Regions:
    """The regions a dataset knows, found by their Chinese names."""

    def __init__(self, regions: Iterable[Mapping[str, Any]]) -> None:
        self.by_name: dict[str, str] = {}
        self.levels: dict[str, str] = {}
        self.chinese: dict[str, str] = {}
        """Each region by its shortest Chinese name (河南 of 河南省: the longer holds the shorter)."""
        for r in regions:
            self.levels[r["id"]] = r.get("level", "")
            names = [
                n for n in (r["name_zh"], *r.get("aliases", ())) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n)
            ]
            if names and r.get("level") != "country":  # 中国 stands in every report
                self.chinese[min(names, key=len)] = r["id"]
            for name in (r["name_zh"], *r.get("aliases", ()), r["id"], r["name_en"]):
                self.by_name.setdefault(normalize_name(name), r["id"])

    def most_named(self, text: str, *, level: str | None = None) -> str | None:
        """The id of the region whose Chinese names ``text`` names most often (河南, 河南省), if any;
        of those of ``level`` alone, where given (a province: 南京都市圈 in 滁州市's report is no
        province's name), a part of a province named by its one-character name counting as its
        name (皖北, 皖江: 安徽's)."""
        counts: dict[str, int] = {}
        for name, region in self.chinese.items():
            if level is None or self.levels.get(region) == level:
                counts[region] = counts.get(region, 0) + text.count(name)
        if level in (None, "province"):
            for part, name in _PROVINCE_PARTS:
                province = self.match(name)
                if province is not None and province in counts:
                    counts[province] += len(part.findall(text))
        best = max(counts, key=lambda region: counts[region], default=None)
        return best if best is not None and counts[best] > 0 else None

    def match(self, name: str | None) -> str | None:
        """The id of the region a Chinese name (常州市, 常州) names, or None."""
        if not name:
            return None
        folded = normalize_name(name)
        if folded in self.by_name:
            return self.by_name[folded]
        bare = re.fullmatch(r"(.+?)(市|省|区|县|自治区|自治州)", folded)
        if bare is None or (region := self.by_name.get(bare.group(1))) is None:
            return None
        # 吉林市 is a city, not 吉林省: a province by its short name only with 省 or 自治区 after it
        # (a municipality is named 北京市 in full)
        province = self.levels.get(region) == "province"
        return region if not province or bare.group(2) in ("省", "自治区") else None
