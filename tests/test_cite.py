"""Tests of citing govtargets: ``cite``, ``--version`` and CITATION.cff, which say the same."""

from __future__ import annotations

import re
from pathlib import Path

from govtargets import version
from govtargets.dataset.shapes import DataFacts
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
