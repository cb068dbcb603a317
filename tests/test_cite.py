"""Tests of citing govtargets: ``cite``, ``--version`` and CITATION.cff, which say the same."""

from __future__ import annotations

import re
from pathlib import Path

from govtargets import version
from govtargets.dataset.shapes import DataFacts, SourceView
from govtargets.output import cite

from .conftest import Run

TOP = Path(__file__).parents[1]
FACTS: DataFacts = {
    "regions": 3, "reports": 4, "first_year": 2022, "last_year": 2023, "targets": 12, "outcomes": 8,
    "projects": 2, "sources": 5, "as_of": "2024-01-15",
}  # fmt: skip


def test_the_data_line_names_date_and_counts() -> None:
    """One line: the newest source's date, reports, regions, years and the counts of records."""
    assert cite.data_line(FACTS) == (
        "data as of 2024-01-15: 4 reports of 3 regions, 2022–2023; 12 targets, 8 outcomes, 2 projects, 5 sources"
    )


def test_bibtex_is_one_misc_entry() -> None:
    """A @misc entry with author, title, year, version, address and the data in its note, braces balanced."""
    entry = cite.bibtex(FACTS)
    assert entry.startswith("@misc{govtargets,\n")
    assert entry.count("{") == entry.count("}")
    assert "  year = {2026},\n" in entry
    assert f"  version = {{{version.__version__}}},\n" in entry
    assert "data as of 2024-01-15" in entry


def test_cite_on_the_data_in_use(run: Run) -> None:
    """cite counts the dataset it is given (here the test data alone), in plain text or BibTeX."""
    result = run("cite")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"The govtargets maintainers (2026). {version.TITLE}, version ")
    assert re.search(r"data as of \d{4}-\d\d-\d\d: \d+ reports of 4 regions", result.stdout)
    assert run("cite", "--bibtex").stdout.startswith("@misc{govtargets,")


def test_cite_says_when_its_counts_take_in_the_users_own_data(run: Run) -> None:
    """With --data, the counts are of the data in use, and the reference says that they take in
    files of the user's own, which the published dataset does not hold; without, it does not."""
    own = " (with your own data files, which the published dataset does not hold)]"
    assert own in run("cite").stdout
    assert own[:-1] + "}\n}" in run("cite", "--bibtex").stdout
    assert "your own" not in run("cite", data=None).stdout


def test_version_names_the_data(run: Run) -> None:
    """--version: the version and its date, then the bundled data's date and counts."""
    result = run("--version", data=None)
    assert result.exit_code == 0
    first, second = result.stdout.splitlines()
    assert first == f"govtargets {version.__version__} ({version.RELEASED})"
    assert re.fullmatch(
        r"data as of \d{4}-\d\d-\d\d: \d+ reports of \d+ regions, \d{4}–\d{4}; \d+ targets, \d+ outcomes,"
        r" \d+ projects, \d+ sources",
        second,
    )


def test_citation_cff_says_what_the_package_says() -> None:
    """CITATION.cff's version, date, title, licence and address are version.py's."""
    text = (TOP / "CITATION.cff").read_text(encoding="utf-8")
    assert f"\nversion: {version.__version__}\n" in text
    assert f"\ndate-released: {version.RELEASED}\n" in text
    assert f'\ntitle: "{version.TITLE}"\n' in text
    assert f"\nlicense: {version.LICENSE}\n" in text
    assert f'\nrepository-code: "{version.URL}"\n' in text
    assert f"  - name: {version.AUTHORS}\n" in text


def test_a_sources_bibtex_entry_escapes_latex_and_dates_the_report() -> None:
    """A source's @misc entry: keyed by its id, its publisher as author, LaTeX's special characters
    escaped (增长8% is no comment), the address in \\url with % escaped, the year and date of
    delivery, and what else the source says, its own note last, in the note; a source with no
    date has no year."""
    dated: SourceView = {
        "id": "x-2024", "title": "增长8%_目标 & #1 {a\\b}", "publisher": "某省人民政府", "url": "https://e.org/a%20b#c",
        "delivered": "2024-01-20", "posted": None, "post": None, "section": "回顾", "note": "Read at 50%.",
        "unverified": "no outlet", "standing": "secondary",
    }  # fmt: skip
    bare: SourceView = {**dated, "id": "y", "title": "t", "url": None, "delivered": None, "section": None,
                        "note": None, "unverified": None, "standing": None}  # fmt: skip
    assert cite.sources_bibtex([dated, bare]) == (
        "@misc{x-2024,\n"
        "  author = {{某省人民政府}},\n"
        "  title = {{增长8\\%\\_目标 \\& \\#1 \\{a\\textbackslash{}b\\}}},\n"
        "  year = {2024},\n"
        "  date = {2024-01-20},\n"
        "  howpublished = {\\url{https://e.org/a\\%20b\\#c}},\n"
        "  note = {section 回顾; a secondary source; unverified: no outlet; Read at 50\\%.}\n"
        "}\n"
        "\n"
        "@misc{y,\n"
        "  author = {{某省人民政府}},\n"
        "  title = {{t}}\n"
        "}\n"
    )


def test_cite_sources_lists_the_reports_of_the_targets_selected(run: Run) -> None:
    """cite --sources with the options of targets: the reports of the targets selected and of their
    results, in order of first citation, each with its id as the rows' source columns give it."""
    result = run("cite", "--sources", "--region", "north", "--year", "2023")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\n\n", 1)[1] == (
        "The sources of the targets selected and of their results (2):\n"
        "[report-n] Test publisher; 北区政府工作报告; posted 2023-01-05 09:30:00; https://example.org/north\n"
        "[review-n] Test publisher; 北区 2024 report; section 回顾\n"
    )
    entries = run("cite", "--sources", "--bibtex", "--region", "north", "--year", "2023").stdout
    assert re.findall(r"^@misc\{([^,]+),", entries, flags=re.M) == ["govtargets", "report-n", "review-n"]
    assert "(`govtargets cite --sources` lists those of the targets you select)" in run("cite").stdout


def test_cite_sources_of_nothing_selected(run: Run) -> None:
    """A selection with no target: the plain list says it has none, BibTeX has no entry but cite's."""
    plain = run("cite", "--sources", "--region", "north", "--year", "2022", "--kind", "level").stdout
    assert plain.endswith("\n\nThe sources of the targets selected and of their results (0):\n")
    entries = run(
        "cite", "--sources", "--bibtex", "--region", "north", "--year", "2022", "--kind", "level"
    ).stdout
    assert entries == run("cite", "--bibtex").stdout


def test_cite_sources_gives_a_sources_note_where_it_says_where_the_text_was_read(run: Run) -> None:
    """China 2021's report has no address: its note, where the text was read, closes its line."""
    cited = run(
        "cite", "--sources", "--region", "china", "--year", "2021", "--indicator", "gdp", data=None
    ).stdout
    assert cited.splitlines()[-2].startswith(
        "[china-2021] 国务院; 政府工作报告; delivered 2021-03-05; Text of "
    )


def test_cite_selects_reports_only_with_sources(run: Run) -> None:
    """A selection without --sources is a usage error that says what it is for, not ignored."""
    result = run("cite", "--region", "north")
    assert result.exit_code == 2
    assert (
        "--region, --indicator, --kind, --level and --year select the reports of --sources" in result.stderr
    )


def test_a_plain_reference_in_chinese_describes_the_work_and_data_in_chinese() -> None:
    """--lang zh: the authors and title as registered, then what the work and data are in Chinese."""
    text = cite.plain(FACTS, own=True, lang="zh")
    assert text == (
        f"The govtargets maintainers (2026). {version.TITLE}, 版本 {version.__version__} [软件与数据集；"
        "数据截至2024-01-15：3个地区的4份报告，2022—2023年；12项目标、8项实绩、2个项目、5个来源"
        "（含您自己的数据文件，已发布的数据集中没有）]. https://github.com/govtargets/govtargets\n"
        "各项数据均出自政府工作报告：请同时引用所用的报告（`govtargets cite --sources` 列出所选目标的报告）。\n"
    )


def test_cite_sources_in_chinese_lists_the_reports_with_chinese_labels(run: Run) -> None:
    """cite --sources --lang zh: the heading and each source's labels in Chinese; BibTeX is the same
    in either language."""
    result = run("cite", "--sources", "--region", "north", "--year", "2023", "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\n\n", 1)[1] == (
        "所选目标及其实绩的来源（2）：\n"
        "[report-n] Test publisher；北区政府工作报告；发布 2023-01-05 09:30:00；https://example.org/north\n"
        "[review-n] Test publisher；北区 2024 report；章节 回顾\n"
    )
    bib = ("cite", "--sources", "--bibtex", "--region", "north", "--year", "2023")
    assert run(*bib, "--lang", "zh").stdout == run(*bib, "--lang", "en").stdout
