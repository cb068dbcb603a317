"""The govtargets command line: each command parses its options, asks a query, and the
shared ``query_command`` decorator loads the data and renders the answer.

Only click is imported up front: the index, the renderer (and rich, pydantic and tomli,
when they are needed at all) are imported inside commands, so that ``govtargets --help``
and a mistyped option answer at once.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from govtargets import __version__
from govtargets.errors import GovTargetsError, OutputError

if TYPE_CHECKING:
    from decimal import Decimal

    from click.shell_completion import CompletionItem

    from govtargets.index import Index
    from govtargets.results import (
        Comparison,
        IndicatorList,
        ProjectList,
        Ranking,
        RegionList,
        RegionReport,
        SearchResult,
        TargetTable,
        Validation,
        YearShown,
    )


def _terminal_width() -> int:
    # shutil.get_terminal_size, without importing shutil: $COLUMNS first, then the terminal.
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


KINDS = ("growth", "amount", "count", "qualitative")
"""vocab.Kind's values (a test keeps them so): importing vocab would slow down --help."""

MAX_YI = 10**10
"""vocab.MAX_YUAN in 亿元: no amount in a dataset reaches it."""

CONTEXT = {
    "help_option_names": ["-h", "--help"],
    # Help is as wide as click makes it (terminal less 2, between 50 and 100 columns); giving the
    # width spares click importing shutil to find it.
    "terminal_width": max(min(_terminal_width(), 100) - 2, 50),
    "max_content_width": 100,
}


class Amount(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A non-negative amount in 亿元, kept exact."""

    name = "亿元"

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
        return amount


class Year(click.ParamType):  # type: ignore[type-arg]
    """A year; where a list can span years, also ``latest`` (each region's latest) or ``all``."""

    name = "year"

    def __init__(self, *, spans: bool = False) -> None:
        self.spans = spans

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        """``value`` as a year (or ``latest`` or ``all``), or a usage error."""
        text = str(value).strip().lower()
        if self.spans and text in ("latest", "all"):
            return text
        if not text.isdigit() or not 1949 <= int(text) <= 2100:
            self.fail(f"{value!r} is not a year from 1949 to 2100{' or latest or all' if self.spans else ''}")
        return int(text)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        """How the help shows the option's value."""
        return "[YEAR|latest|all]" if self.spans else "YEAR"


def year_option(*, spans: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The --year option: of lists that can span years (``spans``), or of one year's view."""
    if spans:
        return click.option(
            "--year",
            "-y",
            type=Year(spans=True),
            default="latest",
            show_default=True,
            help="A year, latest (each region's latest year) or all.",
        )
    return click.option(
        "--year", "-y", type=Year(), help="The year to show.  [default: each region's latest]"
    )


def _locale_lang() -> str:
    # The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _complete_regions(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Region names that begin with what is typed: ids, codes, Chinese and English names, aliases."""
    return _complete(ctx, incomplete, lambda index: index.names())


def _complete_indicators(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Indicator keys that begin with what is typed, each with its Chinese name."""
    return _complete(ctx, incomplete, lambda index: {i["key"]: i["name_zh"] for i in index.indicators()})


def _complete(
    ctx: click.Context, incomplete: str, names_of: Callable[[Index], dict[str, str]]
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from govtargets.cache import answer
    from govtargets.vocab import normalize_name

    data = ctx.params.get("data") or os.environ.get("GOVTARGETS_DATA")
    try:
        names = answer(names_of, data=data)
    except GovTargetsError:  # a broken dataset: nothing to offer, and nothing printed into the shell
        return []
    typed = normalize_name(incomplete)
    return [
        CompletionItem(name, help=about)
        for name, about in names.items()
        if name.startswith(typed) and " " not in name  # a space would split the word in the shell
    ]


class _Group(click.Group):
    """Turns the tool's own errors, and any bug, into a message and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GovTargetsError as exc:
            for line in exc.details():
                click.echo(line, err=True)
            click.echo(f"govtargets: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # a bug: still no traceback unless asked for
            if os.environ.get("GOVTARGETS_DEBUG"):
                import traceback

                traceback.print_exc()
            click.echo(
                f"govtargets: internal error: {type(exc).__name__}: {exc}"
                " (set GOVTARGETS_DEBUG=1 to see where)",
                err=True,
            )
            ctx.exit(1)


def write(text: str) -> None:
    """Write ``text`` to stdout as UTF-8, ending quietly if the reader has gone."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        # `| head` closed the pipe: that is the reader's choice, not an error.
        _silence_stdout()
        raise SystemExit(0) from None
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    # Point stdout at /dev/null so that Python's flush at exit does not fail a second time.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


data_option = click.option(
    "--data",
    type=click.Path(exists=True),
    envvar="GOVTARGETS_DATA",
    show_envvar=True,
    help="Dataset to use: a TOML file or a folder of them. [default: the bundled data]",
)


def output_command(fn: Callable[..., Any]) -> Callable[..., None]:
    """Give a command the shared --format and --json options, and render what it returns.

    ``fn``'s return annotation names its result's type (results.py), which picks the table and
    CSV form. A result whose ``ok`` is false (a dataset that fails validation) exits with 1.
    """
    shape = str(fn.__annotations__["return"])

    @click.option(
        "--lang",
        type=click.Choice(["en", "zh"]),
        default=_locale_lang,
        envvar="GOVTARGETS_LANG",
        show_envvar=True,
        help="Language of table headers and labels.  [default: zh if the locale is Chinese, else en]",
    )
    @click.option("--bom", is_flag=True, help="Begin CSV with a byte-order mark, for Excel.")
    @click.option("--json", "as_json", is_flag=True, help="Short for --format json.")
    @click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        help="Output format.  [default: table]",
    )
    @functools.wraps(fn)
    def command(*, fmt: str | None, as_json: bool, lang: Any, bom: bool, **options: Any) -> None:
        if as_json and fmt not in (None, "json"):
            raise click.UsageError(f"--json and --format {fmt} ask for different formats")
        fmt = fmt or ("json" if as_json else "table")
        if bom and fmt != "csv":
            raise click.UsageError("--bom is for --format csv")
        result = fn(**options)
        from govtargets.render import render

        terminal = sys.stdout.isatty()
        width = _terminal_width() if terminal else None
        write(render(result, shape=shape, fmt=fmt, color=terminal, width=width, lang=lang, bom=bom))
        if result.get("ok") is False:
            raise SystemExit(1)

    return command


def query_command(fn: Callable[..., Any]) -> Callable[..., None]:
    """An output command that asks the dataset's index: ``fn`` gets the index and its own options."""

    @data_option
    @click.option(
        "--no-cache",
        is_flag=True,
        envvar="GOVTARGETS_NO_CACHE",
        help="Read and validate the data files now, and neither use nor write the cache.",
    )
    @functools.wraps(fn)
    def ask(*, no_cache: bool, data: str | None, **options: Any) -> Any:
        from govtargets.cache import answer

        return answer(lambda index: fn(index, **options), data=data, use_cache=not no_cache)

    return output_command(ask)


@click.group("govtargets", cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="govtargets")
def cli() -> None:
    """Query the annual targets that Chinese local governments set in their work reports.

    \b
    Examples:
      govtargets list
      govtargets show jintan
      govtargets compare jintan liyang
      govtargets projects --min-invest 1 --json
      govtargets targets --indicator gdp --format csv --bom > targets.csv
      govtargets rank gdp
      govtargets search 充电桩

    A REGION is any of its names: id, division code, Chinese or English name, or alias,
    in any case (jintan, Jintan, 金坛, 金坛区, 320413).

    Exit status: 0 success (an empty result too), 1 data or lookup error, 2 usage error.
    """


@cli.command("list")
@query_command
def list_(index: Index) -> RegionList:
    """List the regions: level, parent, code, years covered, counts of targets and projects."""
    from govtargets import queries

    return queries.list_regions(index)


@cli.command()
@click.argument("region", shell_complete=_complete_regions)
@year_option(spans=False)
@query_command
def show(index: Index, region: str, year: int | None) -> RegionReport:
    """Show everything known for REGION: main targets, each area of work, projects, sources.

    Outcomes (actual, met or missed) stand beside the targets where they are known.
    """
    from govtargets import queries

    return queries.show_region(index, region=region, year=year)


@cli.command()
@click.argument(
    "regions", nargs=-1, required=True, metavar="REGION REGION [REGION...]", shell_complete=_complete_regions
)
@year_option(spans=False)
@query_command
def compare(index: Index, regions: tuple[str, ...], year: int | None) -> Comparison:
    """Compare regions' targets: one row per indicator, one column per region.

    A region with no target on an indicator shows an em dash.
    """
    if len(regions) < 2:
        raise click.UsageError("compare needs at least two regions")
    from govtargets import queries

    return queries.compare_regions(index, regions=regions, year=year)


@cli.command()
@click.option(
    "--region",
    "-r",
    "regions",
    multiple=True,
    shell_complete=_complete_regions,
    help="Only targets of this region (repeat for more).",
)
@click.option(
    "--indicator",
    "-i",
    "indicators",
    multiple=True,
    shell_complete=_complete_indicators,
    help="Only targets on this indicator: key or name (repeat for more).",
)
@click.option(
    "--kind",
    "-k",
    "kinds",
    multiple=True,
    type=click.Choice(KINDS),
    help="Only targets of this kind (repeat for more).",
)
@year_option(spans=True)
@query_command
def targets(
    index: Index,
    regions: tuple[str, ...],
    indicators: tuple[str, ...],
    kinds: tuple[str, ...],
    year: YearShown,
) -> TargetTable:
    """Every target as one flat row: the long format for pandas, DuckDB and spreadsheets.

    \b
    govtargets targets --format csv > targets.csv        (pandas.read_csv)
    govtargets targets --format csv --bom > targets.csv  (Excel, Chinese intact)
    """  # fmt: skip
    from govtargets import queries
    from govtargets.vocab import Kind

    return queries.list_targets(
        index, regions=regions, indicators=indicators, kinds=[Kind(k) for k in kinds], year=year
    )


@cli.command()
@click.argument("indicator", shell_complete=_complete_indicators)
@year_option(spans=False)
@query_command
def rank(index: Index, indicator: str, year: int | None) -> Ranking:
    """Rank regions by their target on INDICATOR (a key or name), highest first, with outcomes.

    Targets are ranked only against targets they compare with: one group per kind of figure,
    unit and threshold. Qualitative targets follow the ranked ones.
    """
    from govtargets import queries

    return queries.rank_indicator(index, indicator=indicator, year=year)


@cli.command()
@click.argument("text")
@year_option(spans=True)
@query_command
def search(index: Index, text: str, year: YearShown) -> SearchResult:
    """Find TEXT, in Chinese or English and any case, and say where each hit is.

    Looks in region names, target wording, English labels and indicator names, and project
    names, zones, descriptions and wording.
    """
    if not text.strip():
        raise click.UsageError("search needs some text to look for")
    from govtargets import queries

    return queries.search_text(index, text=text, year=year)


@cli.command()
@click.option("--region", "-r", shell_complete=_complete_regions, help="Only projects of this region.")
@year_option(spans=True)
@click.option(
    "--min-invest",
    type=Amount(),
    help="Only projects whose planned investment for the year is at least this many 亿元 (100 million yuan).",
)
@click.option(
    "--min-total",
    type=Amount(),
    help="Only projects whose total investment is known and at least this many 亿元 (100 million yuan).",
)
@query_command
def projects(
    index: Index, region: str | None, year: YearShown, min_invest: Decimal | None, min_total: Decimal | None
) -> ProjectList:
    """List major investment projects, with a total row; amounts in 亿元 (100 million yuan)."""
    from govtargets import queries

    return queries.list_projects(index, region=region, year=year, min_invest=min_invest, min_total=min_total)


@cli.command()
@query_command
def indicators(index: Index) -> IndicatorList:
    """List the canonical indicators that line targets up across regions."""
    from govtargets import queries

    return queries.list_indicators(index)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True), metavar="[PATH]...")
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@data_option
@output_command
def validate(paths: tuple[str, ...], strict: bool, data: str | None) -> Validation:
    """Check datasets (files or folders; default: the one in use) and report every problem.

    Each problem is one line, file:line: record: field: what is wrong. Warnings (an unlikely
    growth rate or year) fail only with --strict. Exit status 0 when clean, 1 when not.
    """
    from govtargets.cache import bundled_data
    from govtargets.load import validate_datasets

    return validate_datasets(list(paths) or [data or bundled_data()], strict=strict)


@cli.command()
@click.option("--output", "of_output", is_flag=True, help="The schema of the JSON output instead.")
def schema(of_output: bool) -> None:
    """Print the JSON Schema of a dataset file (for TOML editors), or of the JSON output.

    Point Taplo or Even Better TOML at it to have a dataset checked and completed as you type:
    govtargets schema > govtargets.schema.json, then begin the TOML file with the line
    #:schema ./govtargets.schema.json
    """
    from govtargets.schemas import dataset_schema, output_schema

    write((output_schema() if of_output else dataset_schema()) + "\n")


def main() -> None:
    """Run the command line (the ``govtargets`` script), and end the process."""
    try:
        cli.main(prog_name="govtargets")
    except SystemExit as exc:
        status = exc.code
    else:
        status = 0
    if not isinstance(status, int):  # sys.exit("message"): Python prints it and exits 1
        if status is not None:
            print(status, file=sys.stderr)
        status = 0 if status is None else 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    # Everything is written and closed: skip the interpreter's teardown, which frees every
    # module object one by one and costs a query about an eighth of its time.
    os._exit(status)
