"""govtargets: query the annual targets in Chinese local government work reports."""

__version__ = "0.1.0"
