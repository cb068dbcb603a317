"""``govtargets validate``: the question of whether datasets read together are valid, asked of
their files (not of an index, which only valid files make)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from govtargets.dataset.files import PathLike, bundled_count, dataset_files, unread_files
from govtargets.dataset.shapes import ProblemView, Validation
from govtargets.errors import DataError, Problem
from govtargets.index.build import errors
from govtargets.index.cache import check


def validate_datasets(
    paths: Sequence[PathLike], *, bundled: bool = True, strict: bool = False, use_cache: bool = True
) -> Validation:
    """Check the bundled data (unless left out) and ``paths`` together, and report every problem
    of every file; warnings fail only if ``strict``; the cache holds the bundled data's, unless
    not ``use_cache``. ``files`` counts the files of ``paths``
    (those the bundled data holds too are the bundled data's), ``bundled_files`` the bundled data's."""
    problems: list[Problem] = []
    files: list[str] = []
    try:
        files = dataset_files(paths, bundled=bundled)
    except DataError as exc:
        problems.extend(exc.problems)
    else:
        problems.extend(
            Problem(file=unread, message="not read: only files named .toml are data", severity="warning")
            for path in paths
            for unread in unread_files(path)
        )
    if files:
        problems.extend(check(files, use_cache=use_cache))
    failed = errors(problems)
    read_bundled = bundled_count(files) if bundled else 0
    return {
        "datasets": [str(p) for p in paths],
        "files": len(files) - read_bundled,
        "bundled_files": read_bundled,
        "problems": [
            cast(ProblemView, {k: getattr(p, k) for k in ProblemView.__annotations__}) for p in problems
        ],
        "errors": len(failed),
        "warnings": len(problems) - len(failed),
        "strict": strict,
        "ok": not (problems if strict else failed),
    }
