"""Tests of the error classes' messages."""

from __future__ import annotations

from govtargets.errors import DataError, GovTargetsError, Problem, UnknownRegionError


def test_problem_line_format() -> None:
    """A problem reads file:line: record: field: message, leaving out what is unknown."""
    full = Problem(file="d.toml", line=3, record="region x", field="code", message="bad")
    assert str(full) == "d.toml:3: region x: field 'code': bad"
    assert str(Problem(file="d.toml", message="empty")) == "d.toml: empty"


def test_data_error_counts_problems() -> None:
    """A data error is one line per problem and a count."""
    error = DataError([Problem(file="a", message="x"), Problem(file="b", message="y")])
    assert (str(error), error.details(), error.exit_code) == (
        "2 problems in the dataset",
        ["a: x", "b: y"],
        1,
    )
    assert str(DataError([Problem(file="a", message="x")])) == "1 problem in the dataset"


def test_unknown_region_message() -> None:
    """An unknown region says what was typed and what may have been meant."""
    error = UnknownRegionError("jintn", ["jintan (金坛区)"])
    assert isinstance(error, GovTargetsError)
    assert str(error) == (
        "unknown region 'jintn'; did you mean jintan (金坛区)? ('govtargets list' shows every region)"
    )
