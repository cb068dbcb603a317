"""Shared fixtures: the small test dataset and a CLI runner that uses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from govtargets.cli import cli
from govtargets.load import Dataset, load_dataset

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.toml"


@pytest.fixture(scope="session")
def mini() -> Dataset:
    """The small made-up dataset in tests/data/mini.toml."""
    return load_dataset(MINI)


@pytest.fixture(scope="session")
def bundled() -> Dataset:
    """The dataset that ships with govtargets."""
    return load_dataset()


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the CLI in-process on the test dataset (or ``data=None`` for the bundled one)."""
    monkeypatch.delenv("GOVTARGETS_DATA", raising=False)

    def invoke(*args: str, data: Path | None = MINI, env: dict[str, str] | None = None) -> Result:
        extra = ["--data", str(data)] if data is not None and args and not args[0].startswith("-") else []
        return CliRunner().invoke(cli, [*args, *extra], env=env, catch_exceptions=False)

    return invoke
