"""The registry of outputs: each result type's table and sheet, reached by name."""

from __future__ import annotations

from govtargets.output import formats, sheets, tables


def test_every_output_names_a_table_and_a_sheet() -> None:
    """Each output's name leads to a table function, and to a CSV sheet function unless its rows
    are flat (a row type), which are the sheet."""
    missing = [
        f"{output.name}_{kind}"
        for output in formats.ALL
        for kind, module in (("table", tables), ("sheet", sheets))
        if not callable(getattr(module, f"{output.name}_{kind}", None))
        and not (kind == "sheet" and output.row is not None)
    ]
    assert missing == []
