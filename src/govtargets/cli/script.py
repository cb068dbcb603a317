"""The ``govtargets`` script: the command line."""

from __future__ import annotations


def main() -> None:
    """Load the command line and run it (it ends the process)."""
    from govtargets.cli.main import main as run

    run()
