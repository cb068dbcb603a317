"""The errors govtargets raises; only the command line turns them into messages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple


class GovTargetsError(Exception):
    """Base of every error the tool reports to a user; exit status 1."""

    exit_code = 1

    def message(self) -> str:
        """The one line the command line prints after ``details``."""
        return str(self)

    def message_zh(self) -> str:
        """That line under ``--lang zh``: in Chinese where the error has a Chinese wording (a name
        looked up and not found), else the English one."""
        return self.message()

    def details(self) -> list[str]:
        """Lines to print before the message, such as one per problem found."""
        return []


class Problem(NamedTuple):
    """One thing wrong in a dataset, pointing at where it is."""

    file: str
    message: str
    line: int | None = None
    record: str | None = None
    field: str | None = None
    severity: Literal["error", "warning"] = "error"
    """``error``, or ``warning`` for a figure that is possible but unlikely (it fails nothing)."""
    code: str | None = None
    """A warning's code, which ``checked = [...]`` on its record marks as checked."""

    def __str__(self) -> str:
        """The problem as one line: ``file:line: [warning: ]record: field 'x': what is wrong``."""
        parts = [self.file if self.line is None else f"{self.file}:{self.line}"]
        if self.severity == "warning":
            parts.append("warning")
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(f"field '{self.field}'")
        parts.append(self.message)
        return ": ".join(parts)


WITHOUT_BUNDLED = (
    "read without the bundled data (--no-bundled): a file that uses its indicators, regions or"
    " sources must define them itself"
)
"""What a dataset read without the bundled data, with references to nothing, is told."""

NEW_INDICATOR = (
    "an indicator the catalogue lacks is defined in your file, as an [[indicators]] table with"
    " key, name_zh and name_en (docs/format.md, Indicators)"
)
"""What a file beside the bundled data that names an indicator no file defines is told: the
"did you mean" of its line helps a misspelt key, not a name the catalogue has not (人口出生率)."""


def names_no_indicator(errors: Iterable[str]) -> bool:
    """Whether one of these errors' messages is of an indicator no file defines."""
    return any(message.startswith("no indicator with key ") for message in errors)


_UNDEFINED = re.compile(
    r"no (?:indicator with key|region with id|source with id|division or region with code) "
)


def refers_to_nothing(errors: Iterable[str]) -> bool:
    """Whether one of these errors' messages is of a reference to a record no file defines."""
    return any(_UNDEFINED.match(message) for message in errors)


class DataError(GovTargetsError):
    """A dataset could not be read, or breaks the format."""

    def __init__(self, problems: list[Problem], *, bundled: bool = True) -> None:
        noun = "problem" if len(problems) == 1 else "problems"
        message = f"{len(problems)} {noun} in the dataset"
        if not bundled and refers_to_nothing(
            p.message for p in problems if p.severity == "error"
        ):  # 'no indicator with key gdp', 46 times over
            message += f", {WITHOUT_BUNDLED}"
        super().__init__(message)
        self.problems = problems

    def __str__(self) -> str:
        # Raised from the API, the message itself says what is wrong; the command line prints
        # the problems (details) and then only the count.
        if not self.problems:
            return super().__str__()
        shown = [str(problem) for problem in self.problems[:20]]
        more = len(self.problems) - len(shown)
        return "\n".join([f"{super().__str__()}:", *shown, *([f"and {more} more"] if more else [])])

    def message(self) -> str:
        """The message without the problems, which ``details`` gives: how many there are."""
        return super().__str__()

    def details(self) -> list[str]:
        """Each problem on a line of its own."""
        return [str(problem) for problem in self.problems]


class NotFoundError(GovTargetsError):
    """Something a user named is not in the dataset."""


class UnknownRegionError(NotFoundError):
    """A region name matched nothing in the dataset."""

    def __init__(self, name: str, suggestions: list[str], *, indicator: str | None = None) -> None:
        if indicator is not None:  # summary gdp, history gdp jintan: an indicator where a region goes
            key = "" if indicator == name else f" ({indicator})"
            super().__init__(
                f"unknown region {name!r}: {name} is an indicator{key}, not a region"
                " ('govtargets list' shows every region)"
            )
        else:
            super().__init__(_unknown("region", name, suggestions, "govtargets list"))
        self.name = name
        self.suggestions = suggestions
        self.indicator = indicator

    def message_zh(self) -> str:
        if self.indicator is not None:
            key = "" if self.indicator == self.name else f"（{self.indicator}）"
            said = f"未知地区“{self.name}”：{self.name}是指标{key}，不是地区"
            return said + "（'govtargets list' 列出全部地区）"
        return _unknown_zh("地区", self.name, self.suggestions, "govtargets list")


class UnknownIndicatorError(NotFoundError):
    """An indicator key or name matched nothing in the catalogue."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        super().__init__(_unknown("indicator", name, suggestions, "govtargets indicators"))
        self.name = name
        self.suggestions = suggestions

    def message_zh(self) -> str:
        return _unknown_zh("指标", self.name, self.suggestions, "govtargets indicators")


class MissingYearError(NotFoundError):
    """A region has no report for the year asked for."""

    def __init__(
        self,
        region: str,
        year: int,
        years: list[int],
        *,
        results: Sequence[str] = (),
        name_zh: str | None = None,
    ) -> None:
        held = ", ".join(map(str, years)) or "none"
        message = f"{region} has no report for {year} (years in the dataset: {held})"
        keys = ", ".join(results[:_RESULT_KEYS_SHOWN]) + (", …" if len(results) > _RESULT_KEYS_SHOWN else "")
        if results:  # a year reviewed by the next report, the first one in the data: name a command that runs
            message += f"; its results of {year} are in 'govtargets show {region} --year {year}' ({keys})"
        super().__init__(message)
        held_zh = "、".join(map(str, years)) or "无"
        self.zh = f"{name_zh or region}没有{year}年的报告（数据中的年份：{held_zh}）"
        if results:
            self.zh += (
                f"；其{year}年的实绩见 'govtargets show {region} --year {year}'（{keys.replace(', ', '、')}）"
            )

    def message_zh(self) -> str:
        return self.zh


_RESULT_KEYS_SHOWN = 6  # indicators a missing year's message names, of those with a result


def _unknown_zh(what: str, name: str, suggestions: list[str], lister: str) -> str:
    """``_unknown``'s message in Chinese: 未知地区“北京区”；是否指 beijing（北京市）？"""
    message = f"未知{what}“{name}”"
    if suggestions:
        # A suggestion is "key (中文名)", as questions.py words it.
        said = [s.replace(" (", "（").removesuffix(")") + "）" if s.endswith(")") else s for s in suggestions]
        message += f"；是否指 {'、'.join(said[:-1]) + '或 ' if len(said) > 1 else ''}{said[-1]}？"
    return message + f"（'{lister}' 列出全部{what}）"


def _unknown(what: str, name: str, suggestions: list[str], lister: str) -> str:
    message = f"unknown {what} {name!r}"
    if suggestions:
        message += f"; did you mean {' or '.join(suggestions)}?"
    return message + f" ('{lister}' shows every {what})"


class ReportError(GovTargetsError):
    """A work report's text could not be read, or holds nothing to extract."""


class UsageError(GovTargetsError):
    """An argument a query cannot use (a column that is not one to sort by): exit status 2."""

    exit_code = 2


class OutputError(GovTargetsError):
    """The output could not be written (a full disk, a closed file, a file that exists)."""
