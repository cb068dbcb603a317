"""The command line's parameter types, shared options and shell completion (as pip-tools'
options.py): main.py lists the commands and uses these.

Only click is imported up front; everything else is imported when a command runs, so that
``govtargets --help`` and a mistyped option answer at once.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence, Sized
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import click

from govtargets.dataset.vocab import FIRST_YEAR, LAST_YEAR, Kind
from govtargets.errors import UsageError
from govtargets.output.terminal import terminal_width, whole_number

if TYPE_CHECKING:
    from decimal import Decimal

    from click.shell_completion import CompletionItem

    from govtargets.dataset.shapes import LevelFilter, YearShown
    from govtargets.dataset.wording import Lang
    from govtargets.index.store import Index
    from govtargets.output.formats import Answer
    from govtargets.output.write import Format

KINDS = tuple(kind.value for kind in Kind)
LEVELS = ("country", "province", "prefecture", "district", "county")
"""questions.LEVELS's keys (a test keeps them so)."""
MAX_YI = 10**10
"""vocab.MAX_YUAN in 亿元: no amount in a dataset reaches it."""
EXPORT_FORMATS = ("sqlite", "csv", "parquet", "xlsx")
"""output.export.FORMATS (a test keeps them so)."""
"""models.Year's bounds (a test keeps them so)."""
T = TypeVar("T")


CONTEXT = {
    "help_option_names": ["-h", "--help"],
    # Help is as wide as click makes it (terminal less 2, between 50 and 100 columns); giving the
    # width spares click importing shutil to find it.
    "terminal_width": max(min(terminal_width() or 80, 100) - 2, 50),
    "max_content_width": 100,
}


_PAD = "\x01"
"""Put after each wide character while help is wrapped, so that click, which counts one column a
character, counts the two a terminal shows (金坛区 takes six); taken out when the help is written."""


def _padded(text: str) -> str:
    import unicodedata

    return "".join(c + _PAD if unicodedata.east_asian_width(c) in "WF" else c for c in text)


class _WideFormatter(click.HelpFormatter):
    """Help wrapped to the terminal's columns, Chinese characters counted as two (a line of the
    main help with 金坛, 金坛区 ran past 80 columns)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _padded(args), prefix)

    def write_text(self, text: str) -> None:
        super().write_text(_padded(text))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(_padded(a), _padded(b)) for a, b in rows], col_max, col_spacing)

    def getvalue(self) -> str:
        return super().getvalue().replace(_PAD, "")


class WideContext(click.Context):
    """A context whose help counts a Chinese character as two columns."""

    formatter_class = _WideFormatter


class Amount(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A non-negative amount in 亿元, kept exact."""

    name = "amount"  # not 亿元: help lines up its columns by characters, and 亿元 is four cells wide

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Decimal:
        """``value`` as a Decimal, or a usage error saying what is wrong with it."""
        from decimal import Decimal, InvalidOperation

        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            self.fail(f"{value!r} is not a number", param, ctx)
        if not amount.is_finite():
            self.fail(f"{value!r} is not a finite number", param, ctx)
        if amount < 0:
            self.fail(f"{value!r} is negative", param, ctx)
        if amount >= MAX_YI:
            self.fail(f"{value!r} is more than any amount can be (10^10 亿元)", param, ctx)
        if amount == 0:
            return Decimal(0)  # 0e-99999999 would be written out with all its places
        # Bounded, so that the table's title never writes out 1e-99999999 in full.
        if amount * 10**8 < 1:
            self.fail(f"{value!r} is less than one yuan (10^-8 亿元)", param, ctx)
        if len("".join(map(str, amount.as_tuple().digits)).rstrip("0")) > 15:
            self.fail(f"{value!r} has more than 15 significant digits", param, ctx)
        return amount.normalize()  # exact (15 digits at most) and written without 30 trailing zeros


SPANNING_COMMANDS = "history, targets, summary, rank and chain"
"""Commands whose --year takes a range, named where a one-year view is given one."""


class Year(click.ParamType):  # type: ignore[type-arg]
    """A year; where a list can span years, also a range (``2003-2026``), ``latest`` (each
    region's latest) or ``all``."""

    name = "year"

    def __init__(self, *, spans: bool = False) -> None:
        self.spans = spans

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> int | tuple[int | None, int | None] | str:
        """``value`` as a year (or a range, ``latest`` or ``all``), or a usage error."""
        if isinstance(value, int | tuple):
            return value
        # As a range is printed (2022–2023) or written in Chinese (2022年至2023年), and with spaces.
        text = re.sub(r"\s*(?:[–—~～至到]|-)\s*", "-", str(value).strip().lower().replace("年", ""))
        if self.spans and text in ("latest", "all"):
            return text
        first, dash, last = text.partition("-")
        if not self.spans and (text in ("latest", "all") or (dash and _is_year(first) and _is_year(last))):
            self.fail(
                f"{value!r}: give one year here ({SPANNING_COMMANDS} take a range, latest or all)", param, ctx
            )
        if self.spans and dash and _is_year(first) and _is_year(last):
            if int(first) > int(last):
                self.fail(f"{value!r} ends before it begins", param, ctx)
            return (int(first), int(last))
        if not _is_year(text):
            more = ", a range (2003-2026), latest or all" if self.spans else ""
            self.fail(f"{value!r} is not a year from {FIRST_YEAR} to {LAST_YEAR}{more}", param, ctx)
        return int(text)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        """How the help shows the option's value."""
        return "[YEAR|FIRST-LAST|latest|all]" if self.spans else "YEAR"

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        """The years of the region already given (all the dataset's years if none)."""
        named = ctx.params.get("region") or ctx.params.get("regions")
        region = named if isinstance(named, str) else (named[0] if named else _region_word(ctx.args))
        found = _complete(ctx, incomplete, functools.partial(_years, region=region))
        if self.spans:
            from click.shell_completion import CompletionItem

            found += [CompletionItem(word) for word in ("latest", "all") if word.startswith(incomplete)]
        return found


def _region_word(words: Sequence[str]) -> str | None:
    """The region among the words left unparsed when completion stops at a --year with no value
    yet: the value of --region or -r, else the first word that is no option."""
    for before, word in zip(["", *words], words, strict=False):
        if before in ("--region", "-r"):
            return word
    return next((word for word in words if not word.startswith("-")), None)


def _years(index: Index, *, region: str | None = None) -> dict[str, str]:
    found = None
    if region is not None:
        from govtargets.dataset.vocab import normalize_name

        found = index.region_id(normalize_name(region))
    return {str(year): "" for year in reversed(index.years(found))}


def _is_year(text: str) -> bool:
    year = whole_number(text)
    return year is not None and FIRST_YEAR <= year <= LAST_YEAR


def year_option(
    *, spans: bool, default: str = "latest"
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The --year option: of lists that can span years (``spans``: with --since and --until, and
    ``default`` when none is given), or of one year's view."""
    if spans:
        return functools.partial(_spanning_years, default=default)
    return click.option(
        "--year", "-y", type=Year(), help="The year to show.  [default: each region's latest]"
    )


def _spanning_years(fn: Callable[..., Any], *, default: str) -> Callable[..., Any]:
    @click.option(
        "--year", "-y", type=Year(spans=True),
        help="A year, a range (2003-2026), latest (each region's latest year) or all."
        f"  [default: {default}]",
    )  # fmt: skip
    @click.option("--since", type=Year(), help="Only years from this one on.")
    @click.option("--until", type=Year(), help="Only years up to this one.")
    @functools.wraps(fn)
    def years(*, year: Any, since: int | None, until: int | None, **options: Any) -> Any:
        if since is not None or until is not None:
            if year is not None:
                raise click.UsageError("--year and --since/--until ask for different years: give one")
            if since is not None and until is not None and since > until:
                raise click.UsageError(f"--since {since} is after --until {until}")
            year = (since, until)  # an open end is None, null in JSON: no made-up first or last year
        return fn(year=default if year is None else year, **options)

    return years


level_option = click.option(
    "--level",
    "-l",
    type=click.Choice(LEVELS, case_sensitive=False),
    help="Only regions of this level (county takes in county-level cities).",
)


def target_filter(
    *, year: str = "latest", region_arguments: bool = False
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options that pick targets, given to the command as one ``filters`` (a TargetFilter):
    --region (and, with ``region_arguments``, REGION arguments too), --indicator, --kind, each
    repeatable; --level; and --year, --since and --until (``year`` by default)."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def picked(
            *, regions: tuple[str, ...], indicators: tuple[str, ...], kinds: tuple[str, ...],
            level: LevelFilter | None, year: YearShown, named: tuple[str, ...] = (), **options: Any,
        ) -> Any:  # fmt: skip
            from govtargets.query.filters import TargetFilter

            regions = named + regions
            chosen = TargetFilter(regions=regions, indicators=indicators, kinds=kinds, level=level, year=year)
            return fn(filters=chosen, **options)

        # Applied from the last option --help lists to the first.
        command = click.option(
            "--kind", "-k", "kinds", multiple=True, type=click.Choice(KINDS, case_sensitive=False),
            help="Only targets of this kind (repeat for more).",
        )(level_option(year_option(spans=True, default=year)(picked)))  # fmt: skip
        command = click.option(
            "--indicator", "-i", "indicators", multiple=True, shell_complete=complete_indicators,
            help="Only targets on this indicator: key or name (repeat for more).",
        )(command)  # fmt: skip
        command = click.option(
            "--region", "-r", "regions", multiple=True, shell_complete=complete_regions,
            help="Only targets of this region (repeat for more).",
        )(command)  # fmt: skip
        if region_arguments:  # the regions may be named as arguments too (summary suzhou wuxi)
            return click.argument("named", nargs=-1, metavar="[REGION]...", shell_complete=complete_regions)(
                command
            )
        return command

    return decorate


def sort_options(fn: Callable[..., Answer[Any]]) -> Callable[..., Answer[Any]]:
    """--sort COLUMN (repeatable) and --limit N, for every command that lists rows: the rows of
    the answer ``fn`` returns, sorted and cut (``questions.trim``). Put it under query_command."""

    @click.option(
        "--sort", "-s", "sort", multiple=True, metavar="COLUMN",
        help="Sort the rows by this column (-COLUMN: highest first; nulls last); repeat for "
        "more. A ranking is sorted within each group.",
    )  # fmt: skip
    @click.option(
        "--limit", "-n", type=click.IntRange(0), metavar="N", help="Show at most N rows (after --sort)."
    )
    @functools.wraps(fn)
    def trimmed(*args: Any, sort: tuple[str, ...], limit: int | None, **options: Any) -> Answer[Any]:
        answer = fn(*args, **options)
        if not sort and limit is None:
            return answer
        from govtargets.query.questions import trim

        cut = answer.output.of(trim(answer.result, sort=sort, limit=limit))
        listed, kept = _count(answer), _count(cut)
        if kept < listed:  # say so, lest the shown rows be taken for all there are
            said = (
                f"（共{listed}行，显示前{kept}行：--limit {limit}）"
                if click.get_current_context().params.get("lang") == "zh"  # click gives a choice as listed
                else f"(the first {kept} of {listed} rows: --limit {limit})"
            )
            click.echo(said, err=True)
        return cut

    return trimmed


def _count(answer: Answer[Any]) -> int:
    """How many rows an answer lists (its JSON Lines rows; a history's targets)."""
    if answer.output.rows is not None:
        return len(cast("Sequence[Any]", answer.output.rows(answer.result)))
    return sum(len(year["targets"]) for year in answer.result.get("years", []))


def _locale_lang() -> str:
    # The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def complete_regions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Region names that begin with what is typed: ids, codes, Chinese and English names, aliases."""
    return _complete(ctx, incomplete, lambda index: index.names())


def complete_indicators(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Indicator keys and Chinese names (地区 offers 地区生产总值) that begin with what is typed,
    each described by its English name; not every alias."""
    return _complete(ctx, incomplete, _indicator_words)


def _indicator_words(index: Index) -> dict[str, str]:
    words: dict[str, str] = {}
    for indicator in index.indicators():
        words.setdefault(indicator["key"], f"{indicator['name_zh']} {indicator['name_en']}")
        words.setdefault(indicator["name_zh"], f"{indicator['key']}: {indicator['name_en']}")
    return words


def _complete(
    ctx: click.Context, incomplete: str, names_of: Callable[[Index], dict[str, str]]
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from govtargets.dataset.files import ENV_DATA, dataset_files, env_paths, is_regular
    from govtargets.dataset.vocab import normalize_name
    from govtargets.index.cache import answer

    paths = list(ctx.params.get("data") or env_paths(os.environ.get(ENV_DATA)))
    bundled = not ctx.params.get("no_bundled")
    try:
        # Completion must never wait: a pipe or device named as data is not read for it.
        if not all(map(is_regular, dataset_files(paths, bundled=bundled))):
            return []
        names = answer(names_of, paths=paths, bundled=bundled)
    except Exception:  # a broken dataset, or a bug: nothing to offer, and never a traceback in the shell
        return []
    typed = normalize_name(incomplete)
    return [
        CompletionItem(name, help=about or None)
        for name, about in names.items()
        if normalize_name(name).startswith(typed) and " " not in name  # a space would split the word
    ]


class _DataPath(click.Path):
    """A data path; of GOVTARGETS_DATA's list, empty entries are skipped (``:/path``), as
    completion skips them."""

    def split_envvar_value(self, rv: str) -> Sequence[str]:
        """The list's paths that are not empty."""
        return [p for p in super().split_envvar_value(rv) if p.strip()]


_DATA_PATH = _DataPath(exists=True)
"""One for every command: a click.Path looks up its name's translation when made (~60 µs)."""


class Data(NamedTuple):
    """The data a command reads: its --data paths, and whether the bundled data (not
    --no-bundled) and the cache (not --no-cache); named as ``answer`` and ``draft_text`` take them."""

    paths: tuple[str, ...]
    bundled: bool
    use_cache: bool

    def answer(self, ask: Callable[[Index], T]) -> T:
        """``ask`` the index of this data."""
        from govtargets.index.cache import answer

        return answer(ask, **self._asdict())


def data_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say which data to read, given to the command as one Data, ``data``:
    --data (repeatable), --no-bundled, --no-cache."""

    @click.option(
        "--data", "-d", multiple=True, type=_DATA_PATH,
        envvar="GOVTARGETS_DATA", show_envvar=True,
        help="A TOML file or folder of data to read beside the bundled data (repeat for more; "
        "GOVTARGETS_DATA takes a list separated by the path separator).",
    )  # fmt: skip
    @click.option(
        "--no-bundled", is_flag=True, envvar="GOVTARGETS_NO_BUNDLED",
        help="Leave the bundled data out: read only --data.",
    )  # fmt: skip
    @click.option(
        "--no-cache", is_flag=True, envvar="GOVTARGETS_NO_CACHE",
        help="Read and validate the data files now, and neither use nor write the cache.",
    )  # fmt: skip
    @functools.wraps(fn)
    def reading(*, data: Sequence[str], no_bundled: bool, no_cache: bool, **options: Any) -> Any:
        return fn(data=Data(tuple(data), bundled=not no_bundled, use_cache=not no_cache), **options)

    return reading


def global_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--data, --no-bundled and --lang before the command (``govtargets --data x list``): they
    become the defaults of every command's own, which still win when given after it."""
    for option in reversed(
        [
            click.option("--data", "-d", multiple=True, type=_DATA_PATH, help="As each command's --data."),
            click.option("--no-bundled", is_flag=True, help="As each command's --no-bundled."),
            click.option(
                "--lang",
                type=click.Choice(["en", "zh"], case_sensitive=False),
                help="As each command's --lang.",
            ),
        ]
    ):
        fn = option(fn)
    return fn


def apply_global_options(
    ctx: click.Context, *, data: Sequence[str], no_bundled: bool, lang: str | None
) -> None:
    """Make the options given before the command its defaults."""
    given = {
        name: value
        for name, value in (("data", tuple(data)), ("no_bundled", no_bundled), ("lang", lang))
        if value
    }
    if given and isinstance(ctx.command, click.Group):
        ctx.default_map = {
            name: {sub: dict(given) for sub in command.commands}
            if isinstance(command, click.Group)  # plot's own commands
            else dict(given)
            for name, command in ctx.command.commands.items()
        }


LANG_META = "govtargets.lang"
"""Where a command's --lang is kept in click's context, for its error message to follow it."""


def _keep_lang(ctx: click.Context, param: click.Parameter, value: str) -> str:
    ctx.meta[LANG_META] = value
    return value


lang_option = click.option(
    "--lang",
    type=click.Choice(["en", "zh"], case_sensitive=False),
    default=_locale_lang,
    envvar="GOVTARGETS_LANG",
    show_envvar=True,
    callback=_keep_lang,
    help="Language of table headers and labels.  [default: zh if the locale is Chinese, else en]",
)


def file_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--output FILE and --force, for the commands that write a dataset file (extract, init)."""
    fn = click.option("--force", is_flag=True, help="With --output: replace the file if it exists.")(fn)
    return click.option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Write to FILE (not over one that exists; - is standard output).",
    )(fn)


MAX_TABLE_ROWS = 10_000
"""A table of more rows is for a program, not a person: it is refused, with what to ask instead
(laying out 198,000 rows took 114 s and 2.2 GB, where JSON Lines takes 0.15 s)."""


def format_options(
    choices: Sequence[str], *, default: str
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--json and --format (one of ``choices``): ``fn`` gets the format the two ask for together
    as ``fmt`` (``default`` if neither)."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @click.option("--json", "as_json", is_flag=True, help="Short for --format json.")
        @click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(choices, case_sensitive=False),
            help=f"Output format.  [default: {default}]",
        )
        @functools.wraps(fn)
        def chosen(*, fmt: str | None, as_json: bool, **options: Any) -> Any:
            if as_json and fmt not in (None, "json"):
                raise click.UsageError(f"--json and --format {fmt} ask for different formats")
            return fn(fmt=fmt or ("json" if as_json else default), **options)

        return chosen

    return decorate


def output_command(
    *, rows: bool = False, long_tables: bool = True
) -> Callable[[Callable[..., Answer[Any]]], Callable[..., None]]:
    """Give a command the shared output options, and print the answer it returns. ``rows``:
    the command lists rows, so it offers --format jsonl too. An answer that reports failure (a
    dataset that does not validate) exits with status 1. Without ``long_tables``, a table of
    more than MAX_TABLE_ROWS rows is a usage error, unless its --limit asked for them."""
    formats = ["table", "json", "jsonl", "csv"] if rows else ["table", "json", "csv"]

    def decorate(fn: Callable[..., Answer[Any]]) -> Callable[..., None]:
        @lang_option
        @click.option("--wide", is_flag=True, help="Show every column of a table, however wide.")
        @click.option(
            "--no-pager", is_flag=True, envvar="GOVTARGETS_NO_PAGER",
            help="Print a long table whole, not through the pager (PAGER, or less) on a terminal.",
        )  # fmt: skip
        @click.option(
            "--width",
            type=click.IntRange(1, 10_000),
            help="Fit tables to this many columns (also in a pipe).",
        )
        @click.option(
            "--bom",
            is_flag=True,
            help="CSV for Excel: a byte-order mark, CRLF line ends, formulas kept as text.",
        )
        @format_options(formats, default="table")
        @functools.wraps(fn)
        def command(
            *,
            fmt: Format,
            lang: Lang,
            bom: bool,
            wide: bool,
            no_pager: bool,
            width: int | None,
            **options: Any,
        ) -> None:
            if bom and fmt != "csv":
                raise click.UsageError("--bom is for --format csv")
            answer = fn(**options)
            if fmt == "table" and not long_tables and options.get("limit") is None:
                _short_enough(answer, rows=rows)
            from govtargets.output.write import show

            show(answer, fmt=fmt, lang=lang, bom=bom, wide=wide, width=width, pager=not no_pager)
            if not answer.ok:
                raise SystemExit(1)

        return command

    return decorate


def _short_enough(answer: Answer[Any], *, rows: bool) -> None:
    """A usage error if ``answer``'s table would hold more rows than a person reads."""
    listed = answer.output.rows(answer.result) if answer.output.rows is not None else None
    count = len(listed) if isinstance(listed, Sized) else 0
    if count > MAX_TABLE_ROWS:
        formats = "csv, jsonl or json" if rows else "csv or json"
        raise UsageError(
            f"{count:,} rows are too many for a table (at most {MAX_TABLE_ROWS:,}): narrow the question"
            f" (--limit, --year, --region), or ask for --format {formats}"
        )


def query_command(*, rows: bool = False) -> Callable[[Callable[..., Answer[Any]]], Callable[..., None]]:
    """An output command that asks the dataset's index: ``fn`` gets the index and its own options."""

    def decorate(fn: Callable[..., Answer[Any]]) -> Callable[..., None]:
        @data_options
        @functools.wraps(fn)
        def ask(*, data: Data, **options: Any) -> Answer[Any]:
            return data.answer(lambda index: fn(index, **options))

        return output_command(rows=rows, long_tables=False)(ask)

    return decorate
