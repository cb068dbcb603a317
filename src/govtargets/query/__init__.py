"""The questions govtargets answers, as pure functions from an index to result dicts."""
