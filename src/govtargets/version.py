"""The version of govtargets, and how to cite it, in a module of its own so that any module can
read them. CITATION.cff says the same (a test keeps it so)."""

__version__ = "0.2.0"
RELEASED = "2026-12-05"
"""The date of this version."""
TITLE = "govtargets: annual targets of Chinese government work reports (政府工作报告)"
AUTHORS = "The govtargets maintainers"
URL = "https://github.com/govtargets/govtargets"
LICENSE = "MIT"
