"""Tests of how the package is put together: no import cycles, every module importable on its
own, and a light start (--help and a warm query import none of the heavy libraries)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "govtargets"
MODULES = sorted(
    ".".join(("govtargets", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
    for p in PACKAGE.rglob("*.py")
)


def _imports(path: Path, name: str) -> set[str]:
    """The package's modules a module imports anywhere but under ``if TYPE_CHECKING``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govtargets"):
            found.add(node.module)
            found.update(
                f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in MODULES
            )
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("govtargets"))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in MODULES and m != name}


def _path(module: str) -> Path:
    parts = module.split(".")[1:]
    folder = PACKAGE.joinpath(*parts)
    return folder / "__init__.py" if folder.is_dir() else folder.with_suffix(".py")


def test_no_import_cycles() -> None:
    """The modules' imports (even inside functions) form no loop."""
    graph = {name: _imports(_path(name), name) for name in MODULES}
    done: set[str] = set()

    def walk(name: str, path: tuple[str, ...]) -> None:
        if name in path:
            pytest.fail(" -> ".join((*path[path.index(name) :], name)))
        if name in done:
            return
        for other in graph.get(name, ()):
            if other != "govtargets":
                walk(other, (*path, name))
        done.add(name)

    for name in graph:
        walk(name, ())


LAYERS = {
    "errors": 0,
    "version": 0,
    "dataset": 1,
    "index": 2,
    "query": 3,
    "output": 4,
    "extract": 4,
    "cli": 5,
    "api": 5,
}
"""Each part of the package and its layer (docs/architecture.md): a module imports only from its
own layer and those below it. The package itself (``__init__``, ``__main__``) is above them all."""


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS.get(parts[1], 6) if len(parts) > 1 else 6


def test_imports_run_down_the_layers() -> None:
    """No module imports from a layer above its own (even inside a function or for types)."""
    upward = []
    for name in MODULES:
        tree = ast.parse(_path(name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govtargets."):
                targets = [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("govtargets.")]
            else:
                continue
            upward += [f"{name} -> {t}" for t in targets if _layer(t) > _layer(name)]
    assert upward == []
    assert {_layer(m) for m in MODULES} >= set(LAYERS.values())  # every layer has a module


@pytest.mark.parametrize("module", MODULES)
def test_every_module_imports_on_its_own(module: str) -> None:
    """Each module imports in a fresh interpreter, as the first thing imported."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _imported(*args: str) -> set[str]:
    code = (
        f"import sys, runpy; sys.argv = ['govtargets', *{list(args)!r}]\n"
        "from govtargets.cli.main import cli\n"
        "try:\n    cli.main(prog_name='govtargets', standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return set(result.stderr.split())


def test_help_and_a_warm_json_query_stay_light() -> None:
    """--help imports none of pydantic, rich, tomli (nor typing_extensions, which only the output's
    schema needs before Python 3.12); a JSON query from the cache none of them, nor the tables and
    CSV sheets it does not print."""
    heavy = {"pydantic", "rich", "tomli", "typing_extensions"}
    assert not heavy & _imported("--help")
    _imported("show", "jintan", "--json")  # warm the cache
    heavy |= {"govtargets.output.tables", "govtargets.output.sheets"}
    assert not heavy & _imported("show", "jintan", "--json")
