"""Tests of loading a dataset: files, folders, and one clear line per problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govtargets.cache import bundled_data, data_files, open_index
from govtargets.errors import DataError
from govtargets.index import Index
from govtargets.vocab import normalize_name

from .conftest import MINI

MINI_TEXT = MINI.read_text(encoding="utf-8")


def _load(path: Path | None = None) -> Index:
    return open_index(path, use_cache=False)


def _problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        _load(path)
    return caught.value.details()


def _region_ids(index: Index) -> list[str]:
    return [r["id"] for r in index.regions()]


def _write(tmp_path: Path, text: str, name: str = "data.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_mini(tmp_path: Path) -> None:
    """The test dataset loads, with every region's names indexed."""
    index = _load(MINI)
    assert _region_ids(index) == ["north", "south"]
    assert index.region_id("北") == "north"
    assert index.region_id("north district") == "north"
    assert index.years("north") == [2022, 2023]


def test_load_bundled_by_default() -> None:
    """With no path the bundled dataset is loaded."""
    assert _region_ids(_load()) == ["jintan", "liyang"]
    assert Path(bundled_data()).name == "targets.toml"


def test_folder_of_files_is_merged(tmp_path: Path) -> None:
    """A folder's TOML files, in subfolders too, make one dataset."""
    head, _, tail = MINI_TEXT.partition("[[regions]]")
    _write(tmp_path, head, "a.toml")
    (tmp_path / "more").mkdir()
    _write(tmp_path / "more", "[[regions]]" + tail, "b.toml")
    _write(tmp_path, "not toml", "notes.txt")
    assert [Path(p).name for p in data_files(tmp_path)] == ["a.toml", "b.toml"]
    assert _region_ids(_load(tmp_path)) == ["north", "south"]


def test_folder_without_toml(tmp_path: Path) -> None:
    """A folder with no TOML file is a data error that says so."""
    assert _problems(tmp_path) == [f"{tmp_path}: folder holds no .toml files"]


def test_toml_syntax_error_has_line(tmp_path: Path) -> None:
    """A TOML syntax error names its file, line and column."""
    path = _write(tmp_path, 'format = 1\n\n[[regions]]\nid = "x\n')
    (problem,) = _problems(path)  # tomli's own words follow, which may change between its versions
    assert problem.startswith(f"{path}:4: invalid TOML: ")
    assert problem.endswith("(column 8)")


def test_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 is named with the line of the bad byte."""
    path = tmp_path / "gbk.toml"
    path.write_bytes("format = 1\n# 金坛\n".encode("gbk"))
    assert _problems(path) == [f"{path}:2: not UTF-8 text (byte 0xbd)"]


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A file saved with a UTF-8 byte order mark (as Windows editors do) loads."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + MINI.read_bytes())
    assert "north" in _region_ids(_load(path))


def test_duplicate_key_is_a_syntax_error(tmp_path: Path) -> None:
    """A key given twice in one table is reported at its second line."""
    path = _write(tmp_path, "format = 1\nformat = 1\n")
    assert _problems(path) == [f"{path}:2: invalid TOML: Cannot overwrite a value (column 11)"]


def test_schema_errors_name_file_line_record_and_field(tmp_path: Path) -> None:
    """Every schema problem is one line: file:line, the record, the field, what is wrong."""
    text = MINI_TEXT.replace("value = 12.5\n", 'value = "lots"\n').replace(
        'code = "990002"', 'code = "99002"\ncolour = "red"'
    )
    path = _write(tmp_path, text)
    lines = text.splitlines()
    value_line = lines.index('value = "lots"') + 1
    code_line = lines.index('code = "99002"') + 1
    assert _problems(path) == [
        f"{path}:{code_line}: region south: field 'code': a division code is six digits, such as 320413",
        f"{path}:{code_line + 1}: region south: field 'colour': unknown field (is it misspelt?)",
        f"{path}:{value_line}: report north 2023, target budget_revenue: field 'value': "
        "Input should be a valid decimal",
    ]


def test_missing_field(tmp_path: Path) -> None:
    """A required field that is absent is named."""
    path = _write(tmp_path, MINI_TEXT.replace('wording = "地区生产总值增长5.5%左右"\n', ""))
    (problem,) = _problems(path)
    assert problem.endswith("report south 2023, target gdp: field 'wording': missing: this field is required")


def test_empty_file_has_no_regions(tmp_path: Path) -> None:
    """An empty file is valid TOML but no dataset: it says there are no regions."""
    path = _write(tmp_path, "")
    assert _problems(path) == [f"{path}: no regions defined"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be read is reported, not raised (faked: these tests may run as root)."""
    path = _write(tmp_path, MINI_TEXT)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert _problems(path) == [f"{path}: cannot read file: Permission denied"]


def test_references_are_checked(tmp_path: Path) -> None:
    """Unknown indicators, sources, areas, parts and regions are each reported with their line."""
    text = (
        MINI_TEXT.replace('indicator = "safety"', 'indicator = "safty"')
        .replace('part_of = "big"', 'part_of = "bog"')
        .replace("area = 1\npart_of", "area = 9\npart_of")
        .replace('region = "south"\nyear', 'region = "sooth"\nyear')
        .replace('source = "review-n"', 'source = "nowhere"')
    )
    path = _write(tmp_path, text)
    problems = _problems(path)
    assert [p.split(": ", 1)[1] for p in problems] == [
        "report north 2023, target gdp: field 'actual': no source with id 'nowhere'",
        "report north 2023, target safty: field 'indicator': no indicator with key 'safty'",
        "report north 2023, target bigger: field 'area': the report has no area 9",
        "report north 2023, target bigger: field 'part_of': no target 'bog' in this report",
        "report sooth 2023: field 'region': no region with id 'sooth'",
    ]
    safty_line = text.splitlines().index('indicator = "safty"') + 1
    assert problems[1].startswith(f"{path}:{safty_line}:")


def test_duplicates_across_files(tmp_path: Path) -> None:
    """The same region in two files, or a name claimed by two regions, is reported."""
    shutil.copy(MINI, tmp_path / "a.toml")
    _write(
        tmp_path,
        '[[regions]]\nid = "north"\ncode = "990009"\nname_zh = "南县"\nname_en = "Other"\nlevel = "county"\n',
        "b.toml",
    )
    problems = _problems(tmp_path)
    assert problems == [
        f"{tmp_path / 'b.toml'}:2: region north: field 'id': region id 'north' is used twice",
        f"{tmp_path / 'b.toml'}:4: region north: field 'name_zh': name '南县' already names region 'south'",
    ]


def test_two_targets_with_one_key(tmp_path: Path) -> None:
    """Two targets known by the same key in a report must be given ids."""
    text = MINI_TEXT.replace('indicator = "safety"', 'indicator = "gdp"').replace(
        'kind = "qualitative"\nqualifier = "keep_falling"', 'kind = "growth"\nvalue = 1\nunit = "%"'
    )
    (problem,) = _problems(_write(tmp_path, text))
    assert "two targets are known as 'gdp'; give each its own 'id'" in problem


def test_normalize_name() -> None:
    """Names fold case, width and spaces."""
    assert normalize_name("  Jintan   DISTRICT ") == "jintan district"
    assert normalize_name("３２０４１３") == "320413"
