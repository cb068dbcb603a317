"""Rewrite the console examples of README.md and docs/*.md with what the commands print now.

    python -m tests.docs_update

test_docs.py then checks them; run this after a change to any output, and read the diff. An
example whose old output ends with a line "…" keeps as many lines as it had, then "…".
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from govtargets.cli.main import cli

TOP = Path(__file__).parents[1]
DOCS = [TOP / "README.md", *sorted((TOP / "docs").glob("*.md"))]
EXAMPLE = re.compile(r"```console\n\$ govtargets (.*?)\n(.*?)```", flags=re.DOTALL)
UNSET = (
    "LC_ALL",
    "LC_MESSAGES",
    "GOVTARGETS_LANG",
    "GOVTARGETS_DATA",
    "GOVTARGETS_NO_BUNDLED",
    "GOVTARGETS_NO_CACHE",
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
)
"""The environment variables that would change what the examples print."""
SHOWN = 24
"""How many lines a new example (shown as a bare "…") keeps."""


def environment() -> None:
    """The environment the examples are run in: English, no colour, the bundled data."""
    os.environ["LANG"] = "C.UTF-8"
    for name in UNSET:
        os.environ.pop(name, None)


def output(command: str) -> str:
    """What an example command prints (stdout, then stderr), run from the project's top."""
    result = CliRunner().invoke(cli, shlex.split(command))
    return result.stdout + result.stderr


def main() -> None:
    """Run each ``$ govtargets ...`` example and put its output in place of the old one."""
    environment()
    os.chdir(TOP)

    def rerun(match: re.Match[str]) -> str:
        command, old = match.group(1), match.group(2)
        printed = output(command)
        if old.endswith("…\n"):  # the doc shows only the first lines of a long output
            keep = old.count("\n") - 1 if old.strip() != "…" else SHOWN
            lines = printed.splitlines(keepends=True)
            if len(lines) > keep:
                printed = "".join(lines[:keep]) + "…\n"
        return f"```console\n$ govtargets {command}\n{printed}```"

    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        path.write_text(EXAMPLE.sub(rerun, text), encoding="utf-8")


if __name__ == "__main__":
    main()
