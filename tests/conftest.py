"""Shared fixtures: the small test dataset and a CLI runner that uses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govtargets.cache import open_index
from govtargets.cli import cli
from govtargets.index import Index

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.toml"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's cache out of the user's own (and shared between tests of one run)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("GOVTARGETS_NO_CACHE", raising=False)


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the default language English whatever the machine's locale (tests of zh set it)."""
    for name in ("LC_ALL", "LC_MESSAGES", "GOVTARGETS_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def mini() -> Index:
    """The index of the small made-up dataset in tests/data/mini.toml."""
    return open_index(MINI, use_cache=False)


@pytest.fixture(scope="session")
def bundled() -> Index:
    """The index of the dataset that ships with govtargets."""
    return open_index(use_cache=False)


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the CLI in-process on the test dataset (or ``data=None`` for the bundled one)."""
    monkeypatch.delenv("GOVTARGETS_DATA", raising=False)

    def invoke(*args: str, data: Path | None = MINI, env: dict[str, str] | None = None) -> Result:
        takes_data = args and not args[0].startswith("-") and args[0] != "schema"
        extra = ["--data", str(data)] if data is not None and takes_data else []
        return CliRunner().invoke(cli, [*args, *extra], env=env, catch_exceptions=False)

    return invoke
