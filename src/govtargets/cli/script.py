"""The ``govtargets`` script: the command line, loaded with the cyclic collector paused."""

from __future__ import annotations

import gc


def main() -> None:
    """Load the command line and run it (it ends the process)."""
    # What is loaded now lives as long as the process: the collector would only walk it, again
    # and again as the modules load (a tenth of a warm query's time). Frozen, it is left out
    # of every later collection, and of the pages a forked worker copies.
    gc.disable()
    from govtargets.cli.main import main as run

    gc.freeze()
    gc.enable()
    run()
