"""Tests of the govtargets script's start."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_govtargets_is_the_script() -> None:
    """python -m govtargets starts the same way as the installed script."""
    done = subprocess.run([sys.executable, "-m", "govtargets", "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("govtargets ")
