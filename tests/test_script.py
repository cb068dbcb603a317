"""Tests of the govtargets script's start: the command line loaded with the collector paused."""

from __future__ import annotations

import subprocess
import sys


def test_the_command_runs_with_the_collector_on_and_what_loaded_frozen() -> None:
    """By the time a command runs, the cyclic collector is on again, and the modules loaded
    before it are frozen out of its collections."""
    code = (
        "import gc, govtargets.cli.main as cli\n"
        "cli.main = lambda: print(gc.isenabled(), gc.get_freeze_count() > 1000)\n"
        "from govtargets.cli.script import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "True True\n"


def test_python_m_govtargets_is_the_script() -> None:
    """python -m govtargets starts the same way as the installed script."""
    done = subprocess.run([sys.executable, "-m", "govtargets", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("govtargets ")
