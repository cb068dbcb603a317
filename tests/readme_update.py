"""Rewrite README.md's console examples with what the commands print now.

    python -m tests.readme_update

test_readme.py then checks them; run this after a change to any output, and read the diff.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from govtargets.cli import cli

README = Path(__file__).parents[1] / "README.md"


def main() -> None:
    """Run each ``$ govtargets ...`` example and put its output in place of the old one."""
    os.environ["LANG"] = "C.UTF-8"
    for name in ("LC_ALL", "LC_MESSAGES", "GOVTARGETS_LANG", "GOVTARGETS_DATA"):
        os.environ.pop(name, None)

    def rerun(match: re.Match[str]) -> str:
        command, old = match.group(1), match.group(2)
        output = CliRunner().invoke(cli, shlex.split(command)).stdout
        if old.endswith("\n…\n"):  # the README shows only the first lines of a long output
            output = "".join(output.splitlines(keepends=True)[: old.count("\n") - 1]) + "…\n"
        return f"```console\n$ govtargets {command}\n{output}```"

    text = README.read_text(encoding="utf-8")
    README.write_text(
        re.sub(r"```console\n\$ govtargets (.*?)\n(.*?)```", rerun, text, flags=re.DOTALL), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
