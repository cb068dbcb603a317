"""extract drafts the projects a report names with an investment figure, and no sum over many."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

import tomli
from click.testing import CliRunner

from govtargets.cli.main import cli
from govtargets.extract.draft import as_json, as_toml, extract
from govtargets.index.store import Index
from tests.test_extract import _report

THREAD = Path(__file__).parent / "data" / "source" / "jintan-2023-forum-thread.txt"


def _projects(bundled: Index, work: str, review: str = "") -> list[dict[str, Any]]:
    """The drafted projects of a made-up city report with this review and, after its targets, this work."""
    text = _report("地区生产总值增长6%。", review) + "\n" + work + "\n"
    drafted = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    return [{k: v for k, v in p.items() if v is not None and v != []} for p in drafted["projects"]]


def test_the_jintan_thread_gives_the_four_projects_of_the_data(bundled: Index) -> None:
    """The four 两湖 projects of the Jintan thread are drafted as data/targets.toml holds them, from the text alone."""
    text = THREAD.read_text(encoding="utf-8")
    drafted = as_json(
        extract(text, indicators=bundled.indicators(), regions=bundled.regions(), region="jintan")
    )
    assert [
        (
            p["name_zh"],
            p["total_investment"],
            p["planned_investment"],
            p["production_start"],
            p["description_zh"],
        )
        for p in drafted["projects"]
    ] == [
        ("海目星激光科技园项目", D(20), D(4), None, None),
        ("齐康原医疗诊断设备组装项目", None, D("0.3"), None, "从事医疗器械、放射性医疗同位素生产与销售"),
        ("凯卓威减速机项目", None, D(6), 2024, None),
        ("华罗庚创新中心", None, D("0.86"), None, "高水平创新载体"),
    ]
    assert [p["wording"] for p in drafted["projects"]] == [
        "海目星激光科技园项目:总投资20亿元,2023年计划投资4亿元",
        "齐康原医疗诊断设备组装项目:从事医疗器械、放射性医疗同位素生产与销售,2023年计划投资0.3亿元",
        "凯卓威减速机项目:2023年计划投资6亿元,预计2024年投产",
        "华罗庚创新中心:高水平创新载体,2023年计划投资0.86亿元",
    ]
    assert drafted["projects"][2]["production_expected"] is True


def test_a_total_before_the_name_is_the_named_projects(bundled: Index) -> None:
    """总投资…的 and a name gives that project its total, each of two in one clause its own (盘锦 2021)."""
    work = (
        "促进总投资400亿元的轻烃综合利用二期项目年内开工建设。"
        "推动总投资80.8亿元的双台子储气库群一期主体工程加快建设，促进总投资53.4亿元的黄金带储气库和总投资37.6亿元的马19储气库实现年内开工。"
    )
    assert [(p["name_zh"], p["total_investment"], p["wording"]) for p in _projects(bundled, work)] == [
        ("轻烃综合利用二期项目", D(400), "总投资400亿元的轻烃综合利用二期项目"),
        ("双台子储气库群一期主体工程", D("80.8"), "总投资80.8亿元的双台子储气库群一期主体工程"),
        ("黄金带储气库", D("53.4"), "总投资53.4亿元的黄金带储气库"),
        ("马19储气库", D("37.6"), "总投资37.6亿元的马19储气库"),
    ]


def test_sums_over_many_projects_are_no_project(bundled: Index) -> None:
    """A figure over projects counted, listed with 等 or of a kind is no project's (东营 2025, 三明 2025,
    南平 2018, 宁德 2023, 石家庄 2014, 黄山 2016, 随州 2023, 乌海 2024, 珠海 2012)."""
    work = (
        "实施总投资5477亿元的330个省市重点项目，力争年内完成投资1100亿元以上。"
        "全年实施重点项目300个、完成投资1500亿元。"
        "开展老旧小区改造项目38个；实施55个总投资14.6亿元的海绵项目。"
        "加快实施294个、总投资2033亿元的绿色产业发展支撑项目。"
        "新签约项目总投资1000亿元以上。"
        "引进投资超10亿元的工业项目34个，力争引进10个投资规模超5亿元的大项目。"
        "确保总投资1090亿元的浙友机电生产基地、深国际现代综合物流港等51个项目如期开工。"
        "着力推进120个、年投资6亿元的保护利用项目。"
        "抓实项目储备，谋划可实施项目总投资2500亿元以上。"
        "园区落地项目总投资达774.1亿元。已动工项目总投资446.3亿元。"
    )
    assert _projects(bundled, work) == []


def _previous(bundled: Index, review: str) -> list[dict[str, Any]]:
    """The projects JSON gives as last year's (``previous_projects``) of a made-up city report with this review."""
    text = _report("地区生产总值增长6%。", review)
    drafted = as_json(extract(text, indicators=bundled.indicators(), regions=bundled.regions()))
    return [{k: v for k, v in p.items() if v is not None and v != []} for p in drafted["previous_projects"]]


_REVIEWED = (
    "总投资88亿元的三钢本部产能置换升级改造项目全面竣工，海斯福获评国家级制造业单项冠军。"
    "加快建设总投资215.3亿元的国家储备林质量精准提升工程，成功申报国家山水林田湖草生态保护修复试点。"
)


def test_a_project_of_the_review_is_last_years_with_its_total_only(bundled: Index) -> None:
    """A project the review names (三明 2025, 南平 2018) is last year's work: JSON gives it with its total
    under previous_projects, not projects."""
    assert _projects(bundled, "", _REVIEWED) == []
    assert _previous(bundled, _REVIEWED) == [
        {
            "wording": "总投资88亿元的三钢本部产能置换升级改造项目",
            "name_zh": "三钢本部产能置换升级改造项目",
            "total_investment": D(88),
            "total_unit": "亿元",
        },
        {
            "wording": "总投资215.3亿元的国家储备林质量精准提升工程",
            "name_zh": "国家储备林质量精准提升工程",
            "total_investment": D("215.3"),
            "total_unit": "亿元",
        },
    ]


def test_the_toml_draft_gives_last_years_projects_as_comments(bundled: Index) -> None:
    """The TOML draft shows a project of the review commented out, after a line saying it is last year's,
    so that the draft accepted as it stands holds the year's projects alone, numbered from project-1."""
    text = (
        _report("地区生产总值增长6%。", _REVIEWED)
        + "\n推动总投资400亿元的轻烃综合利用二期项目年内开工建设。\n"
    )
    toml = as_toml(
        extract(text, indicators=bundled.indicators(), regions=bundled.regions()), source_name="x.md"
    )
    records = [line for line in toml.splitlines() if "projects" in line or "project-" in line]
    assert records == [
        "# [[reports.projects]]",
        '# id = "previous-project-1"',
        "# [[reports.projects]]",
        '# id = "previous-project-2"',
        "[[reports.projects]]",
        'id = "project-1"',
    ]
    assert toml.count("# A project the review of the year before names: last year's work") == 2
    assert tomli.loads(toml)["reports"][0]["projects"] == [
        {
            "id": "project-1",
            "name_zh": "轻烃综合利用二期项目",
            "total_investment": {"value": 400, "unit": "亿元"},
            "wording": "总投资400亿元的轻烃综合利用二期项目",
        }
    ]


def test_a_bare_investment_before_a_name_is_its_total(bundled: Index) -> None:
    """投资200亿元的名冠微电子项目 gives the project its total, as docs/format.md has it (赣州 2020)."""
    work = "引进投资200亿元的名冠微电子项目，填补了我省半导体晶圆生产线的空白。"
    assert [(p["name_zh"], p["total_investment"]) for p in _projects(bundled, work)] == [
        ("名冠微电子项目", D(200))
    ]


def test_projects_named_together_share_one_record_said_unsure(bundled: Index) -> None:
    """总投资超200亿元的新丰、乐昌抽水蓄能项目 is one record, its total more than 200亿元, unsure (韶关 2023)."""
    work = "启动总投资超200亿元的新丰、乐昌抽水蓄能项目，积极争取始兴、南雄山口抽水蓄能项目纳入国家规划。"
    assert _projects(bundled, work) == [
        {
            "wording": "总投资超200亿元的新丰、乐昌抽水蓄能项目",
            "name_zh": "新丰、乐昌抽水蓄能项目",
            "total_investment": D(200),
            "total_unit": "亿元",
            "total_bound": "more_than",
            "unsure": [
                "one figure for the projects named together: one record (its members in description_zh), or one each"
            ],
        }
    ]


def test_a_name_then_its_figures_and_a_numbered_item(bundled: Index) -> None:
    """A name before its bracketed total (贵阳 2010), before 年度投资超 (湛江 2023), or opening a numbered item."""
    work = (
        "中航工业凯阳航空发动机制造及维修基地项目（总投资30亿元）位于麦架—沙文生态园区。\n"
        "14.贵州广铝年产80万吨氧化铝项目：位于清镇市站街镇，计划投资约40亿元，建设规模为年产80万吨冶金级砂状氧化铝。\n"
        "加快廉江核电一期项目年度投资超50亿元。"
    )
    assert [
        (p["name_zh"], p.get("total_investment"), p.get("planned_investment"), p.get("planned_bound"))
        for p in _projects(bundled, work)
    ] == [
        ("中航工业凯阳航空发动机制造及维修基地项目", D(30), None, None),
        ("贵州广铝年产80万吨氧化铝项目", None, D(40), None),
        ("廉江核电一期项目", None, D(50), "more_than"),
    ]


def test_the_toml_draft_holds_the_projects_as_the_format_does(bundled: Index) -> None:
    """Each project is a [[reports.projects]] record with its investments as the format writes them."""
    text = THREAD.read_text(encoding="utf-8")
    draft = extract(
        text, indicators=bundled.indicators(), regions=bundled.regions(), region="jintan", year=2023
    )
    toml = as_toml(draft, source_name="thread.txt")
    assert (
        '[[reports.projects]]\nid = "project-3"\nname_zh = "凯卓威减速机项目"\n'
        'planned_investment = { value = 6, unit = "亿元" }\nproduction_start = { year = 2024, expected = true }\n'
        'wording = "凯卓威减速机项目:2023年计划投资6亿元,预计2024年投产"\n'
    ) in toml


def test_a_draft_with_projects_validates_strictly(tmp_path: Path) -> None:
    """A TOML draft with projects, a bound and an unsure comment among them, validates with --strict."""
    path = tmp_path / "r.md"
    work = (
        "启动总投资超200亿元的新丰、乐昌抽水蓄能项目。海目星激光科技园项目:总投资20亿元,2023年计划投资4亿元;"
    )
    path.write_text(_report("地区生产总值增长6%。") + "\n" + work + "\n", encoding="utf-8")
    runner = CliRunner()
    draft = tmp_path / "d.toml"
    assert (
        runner.invoke(
            cli, ["extract", str(path), "--region", "jintan", "--year", "2026", "--output", str(draft)]
        ).exit_code
        == 0
    )
    result = runner.invoke(cli, ["validate", "--strict", str(draft)])
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert text.count("[[reports.projects]]") == 2
    assert "# one figure for the projects named together" in text
    assert 'total_investment_bound = "more_than"' in text


def test_a_phase_ends_a_projects_name(bundled: Index) -> None:
    """A name that ends in its phase is a project's (总投资35.7亿元的厦钨新能源项目三期, 三明 2020; 投资410亿元的
    徐大堡核电站一期, 葫芦岛 2014), but 一期主体工程 goes on to its 工程, and 从开工到一期投产 names no phase."""
    work = (
        "加快总投资35.7亿元的厦钨新能源项目三期建设，推动总投资80.8亿元的双台子储气库群一期主体工程加快建设。"
        "总投资68亿元的中环中清光伏装备制造项目从开工到一期投产仅用时10个月。"
    )
    assert [(p["name_zh"], p["total_investment"]) for p in _projects(bundled, work)] == [
        ("厦钨新能源项目三期", D("35.7")),
        ("双台子储气库群一期主体工程", D("80.8")),
    ]


def test_a_lists_items_each_with_its_figure_are_projects(bundled: Index) -> None:
    """投资410亿元的徐大堡核电站一期、投资33亿元的大唐热电、投资5亿元的高桥风电等项目 (葫芦岛 2014): each item
    given its own figure is a project, the list's 项目 saying what it is, though its name ends in no word of
    what it builds: drafted unsure; not a name listed with no figure before 等 (…深国际现代综合物流港等51个项目)."""
    work = (
        "推进投资410亿元的徐大堡核电站一期、投资33亿元的大唐热电、投资5亿元的高桥风电等项目。"
        "确保总投资1090亿元的浙友机电生产基地、深国际现代综合物流港等51个项目如期开工。"
    )
    unsure = ["a name with no word of what it builds, one of a list of projects: check it"]
    assert [(p["name_zh"], p["total_investment"], p.get("unsure")) for p in _projects(bundled, work)] == [
        ("徐大堡核电站一期", D(410), None),
        ("大唐热电", D(33), unsure),
        ("高桥风电", D(5), unsure),
    ]
