"""Write a large, seeded dataset in govtargets' own TOML format, for the benchmark.

    python benchmarks/generate.py OUT_DIR [--regions 3000] [--files 10]

Every run with the same arguments writes the same bytes: region names, codes, figures and
projects come from a seeded random generator, never from the clock.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

YEARS = (2023, 2024, 2025)

# (key, Chinese, English, kind, unit): the generated catalogue. Every report sets the first
# three (GDP, budget revenue, charging piles) and a sample of the rest.
INDICATORS = [
    ("g_gdp", "地区生产总值", "Gross regional product", "growth", "%"),
    ("g_budget_revenue", "一般公共预算收入", "General public budget revenue", "growth", "%"),
    ("g_charging_piles", "新建充电桩", "New charging piles", "level", "个"),
    ("g_gdp_level", "地区生产总值总量", "Gross regional product, level", "level", "亿元"),
    ("g_fixed_asset_investment", "固定资产投资", "Investment in fixed assets", "growth", "%"),
    ("g_industrial_investment", "工业投资", "Industrial investment", "growth", "%"),
    ("g_industrial_output", "规上工业总产值", "Industrial output above designated size", "growth", "%"),
    ("g_retail_sales", "社会消费品零售总额", "Retail sales of consumer goods", "growth", "%"),
    ("g_disposable_income", "居民人均可支配收入", "Per capita disposable income", "relative", None),
    ("g_urban_income", "城镇居民人均可支配收入", "Urban per capita disposable income", "level", "元"),
    ("g_foreign_capital", "实际使用外资", "Foreign capital actually utilized", "level", "亿美元"),
    ("g_foreign_trade", "进出口总额", "Total imports and exports", "growth", "%"),
    ("g_new_villages", "新建美丽乡村", "Model villages built", "level", "个"),
    ("g_cpi", "居民消费价格涨幅", "Rise in consumer prices", "level", "%"),
    ("g_new_jobs", "城镇新增就业", "New urban jobs", "level", "人"),
    ("g_major_projects", "重大项目", "Major projects", "level", "个"),
    ("g_new_enterprises", "新增规上工业企业", "New industrial enterprises above size", "level", "家"),
    ("g_high_tech_enterprises", "高新技术企业", "High-tech enterprises", "level", "家"),
    ("g_parking_spaces", "新增停车位", "New parking spaces", "level", "个"),
    ("g_housing_units", "保障性住房", "Affordable housing units", "level", "套"),
    ("g_new_schools", "新建学校", "New schools", "level", "所"),
    ("g_roads", "新改建农村公路", "Rural roads built or rebuilt", "level", "公里"),
    ("g_afforestation", "新增造林", "New afforestation", "level", "亩"),
    ("g_energy_intensity", "单位GDP能耗", "Energy use per unit of GDP", "decline", "%"),
    ("g_air_quality", "空气质量", "Air quality", "qualitative", None),
    ("g_water_quality", "水环境质量", "Water quality", "qualitative", None),
    ("g_safety", "安全生产事故", "Work safety accidents", "qualitative", None),
    ("g_grain_output", "粮食产量", "Grain output", "level", "万吨"),
    ("g_tourism_revenue", "旅游总收入", "Tourism revenue", "growth", "%"),
    ("g_digital_share", "数字经济核心产业增加值占比", "Digital economy share", "change_pp", "个百分点"),
]
ALWAYS = 3
GOALS = ["keep_falling", "steady_improve", "meet_quota", "stable"]
SYLLABLES = [
    "an", "bai", "chang", "dong", "feng", "gu", "hai", "jin", "kang", "le", "ming", "ning",
    "ping", "qing", "rui", "shan", "tai", "wu", "xin", "yang", "ze", "zhong", "fu", "lin",
    "hua", "long", "song", "he", "yun", "bao",
]  # fmt: skip
HANZI = "安白昌东丰古海金康乐明宁平清瑞山泰武新阳泽中福林华隆松和云宝"
LEVELS = [("district", "区"), ("county", "县"), ("county_city", "市")]


@dataclass(frozen=True)
class Shape:
    """How big a dataset to write: by default about 70 MB, as issue 15 measured."""

    regions: int = 3000
    files: int = 30  # about a province each, as a real dataset might be split
    targets: int = 22
    projects: int = 6
    seed: int = 2023


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _catalogue() -> str:
    lines = ["format = 2", ""]
    for key, zh, en, kind, unit in INDICATORS:
        lines += ["[[indicators]]", f"key = {_q(key)}", f"name_zh = {_q(zh)}", f"name_en = {_q(en)}"]
        if unit is not None and kind == "level":  # an indicator's unit is that of its level
            lines.append(f"unit = {_q(unit)}")
        lines.append("")
    return "\n".join(lines)


def _region_name(i: int) -> tuple[str, str, str, str]:
    """Unique Chinese and English names for region ``i``, and its level."""
    n = len(HANZI)
    a, b, c = i % n, (i // n) % n, i // (n * n)
    level, suffix = LEVELS[i % len(LEVELS)]
    zh = HANZI[a] + HANZI[b] + (HANZI[c] if c else "") + suffix
    en = (SYLLABLES[a] + SYLLABLES[b] + (SYLLABLES[c] if c else "")).title()
    kind = {"district": "District", "county": "County", "county_city": "City"}[level]
    return zh, f"{en} {kind}", level, en


def _figure(rng: random.Random, low: float, high: float, places: int) -> str:
    return f"{rng.uniform(low, high):.{places}f}".rstrip("0").rstrip(".")


def _target(rng: random.Random, spec: tuple[str, str, str, str, str | None]) -> list[str]:
    key, zh, _en, kind, unit = spec
    lines = ["[[reports.targets]]", f"indicator = {_q(key)}", f"kind = {_q(kind)}"]
    if kind == "qualitative":
        return [*lines, f"goal = {_q(rng.choice(GOALS))}", f"wording = {_q(zh + '稳中向好')}", ""]
    if kind == "relative":
        lines += ['against = "g_gdp"', 'qualifiers = ["同步"]']
        return [*lines, f"wording = {_q(zh + '增长与经济增长同步')}", ""]
    if kind in ("growth", "decline", "change_pp"):
        value = _figure(rng, 0.5, 12, 1)
    elif unit == "%":  # a rate (consumer prices' rise): above 100 would be an index, and warned of
        value = _figure(rng, 0.5, 6, 1)
    elif unit in ("元", "人", "个", "家", "套", "所"):
        value = str(rng.randint(1, 5000))
    else:
        value = _figure(rng, 1, 3000, 2)
    lines.append(f"value = {value}")
    if kind == "level":
        lines.append(f"unit = {_q(unit or '')}")
    if rng.random() < 0.3:
        lines.append('qualifiers = ["力争"]')
    elif rng.random() < 0.3:
        lines.append('qualifiers = ["左右"]')
    verb = {"growth": "增长", "decline": "下降", "change_pp": "提高"}.get(kind, "")
    lines.append(f"wording = {_q(f'{zh}{verb}{value}{unit}')}")
    if rng.random() < 0.5:
        lines.append(f"label_en = {_q(f'{_en} to reach {value} {unit or chr(37)}')}")
    return [*lines, ""]


def _outcome(rng: random.Random, rid: str, year: int, key: str, zh: str, source: str) -> list[str]:
    growth = _figure(rng, -2, 13, 1)
    return [
        "[[outcomes]]", f"region = {_q(rid)}", f"year = {year}", f"indicator = {_q(key)}",
        f"growth = {growth}", f"wording = {_q(f'{zh}增长{growth}%')}", f"source = {_q(source)}", "",
    ]  # fmt: skip


def _project(rng: random.Random, number: int, region_zh: str, planned_all: list[str]) -> list[str]:
    # Planned investment is log-uniform from 0.01 to 50 亿元, so a bar picks any share of projects.
    planned = f"{10 ** rng.uniform(-2, 1.7):.2f}"
    planned_all.append(planned)
    total = f"{float(planned) * rng.uniform(2, 10):.2f}"
    name = f"{region_zh}第{number}号产业项目"
    return [
        "[[reports.projects]]",
        f'id = "p{number}"',
        f"name_zh = {_q(name)}",
        f'name_en = "Industrial project {number}"',
        f"description_zh = {_q(f'{name}建设厂房{number * 3}万平方米,购置生产设备{number * 40}台(套)')}",
        f'total_investment = {{ value = {total}, unit = "亿元" }}',
        f'planned_investment = {{ value = {planned}, unit = "亿元" }}',
        f"wording = {_q(f'{name}:总投资{total}亿元,计划投资{planned}亿元')}",
        "",
    ]


def _region_file(rng: random.Random, shape: Shape, first: int, last: int, planned: list[str]) -> str:
    lines = ["format = 2", ""]
    if first == 0:
        lines += ["[[divisions]]", 'code = "990000"', 'name_zh = "基准省"', 'name_en = "Bench Province"']
        lines += ['level = "province"', ""]
    for i in range(first, last):
        zh, en, level, short = _region_name(i)
        rid = f"r{i:04d}"
        # Six digits for up to 900,000 regions, never one of a division (which ends in 00).
        code = f"{99 - i // 9000:02d}{i // 90 % 100:02d}{i % 90 + 1:02d}"
        lines += [
            "[[regions]]", f"id = {_q(rid)}", f"code = {_q(code)}", f"name_zh = {_q(zh)}",
            f"name_en = {_q(en)}", f"level = {_q(level)}", 'parent = "990000"',
            f"aliases = [{_q(short)}]", "",
        ]  # fmt: skip
        for year in YEARS:
            source = f"{rid}-{year}"
            lines += [
                "[[sources]]", f"id = {_q(source)}", f"title = {_q(f'{zh}{year}年政府工作报告')}",
                'publisher = "Generated"', f'url = "https://example.org/{source}"', "",
                "[[reports]]", f"region = {_q(rid)}", f"year = {year}", f"source = {_q(source)}", "",
            ]  # fmt: skip
            chosen = INDICATORS[:ALWAYS] + rng.sample(INDICATORS[ALWAYS:], shape.targets - ALWAYS)
            for spec in chosen:
                lines += _target(rng, spec)
            for number in range(1, shape.projects + 1):
                lines += _project(rng, number, zh, planned)
            if year > YEARS[0]:  # this report's review: last year's growth of the growth targets
                for key, name, _, kind, _ in INDICATORS:
                    if kind == "growth":
                        lines += _outcome(rng, rid, year - 1, key, name, source)
    return "\n".join(lines)


def generate(out: Path, shape: Shape = Shape()) -> tuple[list[Path], list[str]]:
    """Write the dataset into ``out`` (a catalogue and ``shape.files`` region files).

    Returns the paths written and every project's planned investment in 亿元, as written.
    """
    rng = random.Random(shape.seed)
    planned: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "catalogue.toml"]
    paths[0].write_text(_catalogue(), encoding="utf-8")
    per_file = -(-shape.regions // shape.files)
    for n, first in enumerate(range(0, shape.regions, per_file), start=1):
        path = out / f"regions-{n:02d}.toml"
        text = _region_file(rng, shape, first, min(first + per_file, shape.regions), planned)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths, planned


def main() -> None:
    """Command-line entry: write the dataset and say where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--regions", type=int, default=Shape.regions)
    parser.add_argument("--files", type=int, default=Shape.files)
    args = parser.parse_args()
    paths, _ = generate(args.out, Shape(regions=args.regions, files=args.files))
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} files, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
