"""govtargets: query the annual targets in Chinese government work reports.

    import govtargets

    with govtargets.open() as data:
        for row in data.targets(indicators=["gdp"], year=2023):
            print(row["region"], row["figure_zh"], row["outcome"])

See ``govtargets.api`` for every question it answers; the records are typed in
``govtargets.dataset.shapes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govtargets.errors import DataError, GovTargetsError, NotFoundError, UsageError
from govtargets.version import __version__

if TYPE_CHECKING:
    from govtargets.api import Dataset, open, to_frame

__all__ = [
    "DataError", "Dataset", "GovTargetsError", "NotFoundError", "UsageError", "__version__",
    "open", "to_frame",
]  # fmt: skip


def __dir__() -> list[str]:
    # What IPython offers after "govtargets.": the API, not this module's imports.
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    # The API is imported when first used, so that the command line starts without it.
    if name in ("Dataset", "open", "to_frame"):
        from govtargets import api

        return getattr(api, name)
    raise AttributeError(f"module 'govtargets' has no attribute {name!r}")
