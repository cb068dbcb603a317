"""Shared fixtures: the small test dataset, the bundled data, a CLI runner, and small dataset
files built from their records."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from govtargets.cli.main import cli
from govtargets.dataset.toml_writer import table
from govtargets.index.cache import open_index
from govtargets.index.store import Index

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.toml"
SOURCE = DATA / "source"
REPORTS = SOURCE / "reports"

Record = tuple[str, Mapping[str, Any]]
"""A record of a dataset file: its table's header (``regions``) and its fields."""


def dataset_text(*records: Record) -> str:
    """A dataset file of ``records``, in the layout docs/format.md shows (None fields left out)."""
    return "\n".join(["format = 2\n", *(table(header, fields) for header, fields in records)])


# 鄂城区, its 2023 report's source and the catalogue's GDP, as issue 25's newcomer wrote them.
ECHENG = {
    "id": "echeng",
    "code": "420704",
    "name_zh": "鄂城区",
    "name_en": "Echeng District",
    "level": "district",
}
ECHENG_2023 = {"id": "echeng-2023", "title": "鄂城区2023年政府工作报告", "publisher": "鄂州市鄂城区人民政府"}
GDP = {"key": "gdp", "name_zh": "地区生产总值", "name_en": "Gross regional product (GDP)", "unit": "亿元"}


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's cache out of the user's own (and shared between tests of one run)."""
    cache = tmp_path_factory.getbasetemp() / "cache"
    cache.mkdir(mode=0o700, exist_ok=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for name in (
        "GOVTARGETS_NO_CACHE",
        "GOVTARGETS_DATA",
        "GOVTARGETS_NO_BUNDLED",
        "NO_COLOR",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
        "COLUMNS",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the default language English whatever the machine's locale (tests of zh set it)."""
    for name in ("LC_ALL", "LC_MESSAGES", "GOVTARGETS_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def mini() -> Iterator[Index]:
    """The index of the small made-up dataset in tests/data/mini.toml (without the bundled data)."""
    index = open_index([MINI], bundled=False, use_cache=False)
    yield index
    index.close()


@pytest.fixture(scope="session")
def bundled() -> Iterator[Index]:
    """The index of the dataset that ships with govtargets."""
    index = open_index(use_cache=False)
    yield index
    index.close()


Run = Callable[..., Result]


@pytest.fixture
def run() -> Run:
    """Run the CLI in-process on the test dataset alone (``data=None``: on the bundled data)."""

    def invoke(
        *args: str, data: Path | None = MINI, env: dict[str, str] | None = None, input: str | None = None
    ) -> Result:
        takes_data = bool(args) and not args[0].startswith("-") and args[0] not in ("schema", "upgrade")
        extra = ["--no-bundled", "--data", str(data)] if data is not None and takes_data else []
        return CliRunner().invoke(cli, [*args, *extra], env=env, input=input, catch_exceptions=False)

    return invoke


def govtargets_process(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """``python -m govtargets ARGS`` in a process of its own, without a cache."""
    env = {**os.environ, "GOVTARGETS_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "govtargets", *args],
        capture_output=True,
        env=env,
        timeout=timeout,
        check=False,
    )
