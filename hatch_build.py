"""The wheel's build hook: compile the bundled data's index into the wheel, so that the first
command after installing answers without compiling the data (benchmarks/RESULTS.md, "first run")."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundledIndexHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds ``govtargets/data/index.sqlite``, compiled from the data being packed."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # an editable install reads the checkout's data, which changes under it
        sys.path.insert(0, os.path.join(self.root, "src"))
        from govtargets.index.cache import SHIPPED, compile_shipped

        self._folder = tempfile.mkdtemp(prefix="govtargets-wheel-")
        compiled = os.path.join(self._folder, SHIPPED)
        compile_shipped(compiled)
        build_data["force_include"][compiled] = f"govtargets/data/{SHIPPED}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
