"""The govtargets command line: each command parses its options, asks a query, and returns the
answer with the output (formats.py) that prints it. Options and parameter types are in
options.py; the exit path is ``main``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sys
from typing import TYPE_CHECKING, Any, Literal, cast

import click

from govtargets.cli.options import (
    CONTEXT,
    EXPORT_FORMATS,
    LANG_META,
    SPANNING_COMMANDS,
    Amount,
    Data,
    WideContext,
    Year,
    apply_global_options,
    complete_indicators,
    complete_regions,
    data_options,
    file_options,
    format_options,
    global_options,
    lang_option,
    level_option,
    output_command,
    query_command,
    sort_options,
    target_filter,
    year_option,
)
from govtargets.dataset.vocab import Level
from govtargets.errors import GovTargetsError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from decimal import Decimal

    from govtargets.dataset.shapes import (
        Chain,
        Comparison,
        DataFacts,
        History,
        IndicatorList,
        LevelFilter,
        ProjectList,
        Ranking,
        RegionList,
        RegionReport,
        SearchResult,
        Summary,
        SummaryBy,
        TargetTable,
        Validation,
        YearShown,
    )
    from govtargets.dataset.wording import Lang
    from govtargets.index.store import Index
    from govtargets.output.export import ExportFormat
    from govtargets.output.formats import Answer
    from govtargets.query.filters import TargetFilter


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """--help, written as every answer is: stdout full or closed is one line on stderr, not a traceback."""
    if value and not ctx.resilient_parsing:
        from govtargets.output.write import write

        write([ctx.get_help() + "\n"])
        ctx.exit()


class _UsageError(click.UsageError):
    """A usage error shown as every error is: one line on stderr, saying where the usage is."""

    def show(self, file: Any = None) -> None:
        where = self.ctx.command_path if self.ctx is not None else "govtargets"
        _say(f"govtargets: error: {self.format_message().removesuffix('.')} (see '{where} --help')")


def _one_line(exc: click.UsageError) -> click.UsageError:
    """``exc`` as a one-line usage error (a command given no arguments still shows its help)."""
    if isinstance(exc, _UsageError | click.exceptions.NoArgsIsHelpError):
        return exc
    message = exc.format_message()
    extra = re.fullmatch(r"Got unexpected extra argument \((\S+)\)", message)
    options = {p.name for p in exc.ctx.command.params if isinstance(p, click.Option)} if exc.ctx else set()
    if extra and options & {"region", "regions"}:
        # projects shangqiu, targets gdp, as show and history take theirs: this one takes an option.
        word, what = extra[1], _what_word_is(extra[1])
        if what == "indicator" and "indicators" in options:
            message += f"; an indicator is given with --indicator: --indicator {word}"
        elif what != "indicator":
            message += f"; a region is given with --region: --region {word}"
    span = re.fullmatch(r"No such option '(--since|--until)'.*", message)
    if span and exc.ctx is not None and any(p.name == "year" for p in exc.ctx.command.params):
        # show jintan --since 2020: a view of one year (click offered --json or --wide)
        option = span[1]
        message = f"No such option '{option}': give one year here, --year YEAR"
        message += f" ({SPANNING_COMMANDS} take {option})"
    unknown = re.fullmatch(r"No such command '(.+?)'(?:\..*)?", message)
    if unknown and (what := _what_word_is(unknown[1])) is not None:
        # govtargets jintan: a region, not a command (click offered 'init')
        word = unknown[1] if re.fullmatch(r"[\w.,-]+", unknown[1]) else shlex.quote(unknown[1])
        how = (
            f"a region: govtargets show {word}"
            if what == "region"
            else f"an indicator: govtargets rank {word}"
        )
        message = f"No such command '{unknown[1]}'; {unknown[1]} is {how}"
    return _UsageError(message, exc.ctx)


def _what_word_is(word: str) -> Literal["region", "indicator"] | None:
    """Whether a word a command did not expect is a region's or an indicator's name in the bundled
    data, to say how to ask about it; None if neither, or if the data cannot say."""
    from govtargets.errors import GovTargetsError
    from govtargets.query.questions import find_indicator, find_region

    def ask(index: Index) -> Literal["region", "indicator"] | None:
        for what, find in (("region", find_region), ("indicator", find_indicator)):
            with contextlib.suppress(GovTargetsError):
                find(index, name=word)
                return what  # type: ignore[return-value]
        return None

    try:
        return Data(paths=(), bundled=True, use_cache=True).answer(ask)
    except GovTargetsError:  # never an error of its own in the way of the one it explains
        return None


class _Helped(click.Command):
    """A command whose --help is written by ``_show_help``, wrapped as a terminal shows it."""

    context_class = WideContext

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.callback = _show_help
        return option


class _Group(_Helped, click.Group):
    """Turns the tool's own errors, and any bug, into a message and an exit status."""

    command_class = _Helped
    group_class = type  # the plot group is one of these too

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GovTargetsError as exc:
            for line in exc.details():
                _say(line)
            zh = ctx.meta.get(LANG_META) == "zh"
            _say(f"govtargets: error: {exc.message_zh() if zh else exc.message()}")
            ctx.exit(exc.exit_code)
        except click.UsageError as exc:
            raise _one_line(exc) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except RecursionError:
            _say("govtargets: error: the input is nested too deeply to read")
            ctx.exit(1)
        except Exception as exc:  # a bug: still no traceback unless asked for
            if os.environ.get("GOVTARGETS_DEBUG"):
                import traceback

                traceback.print_exc()
            _say(
                f"govtargets: internal error: {type(exc).__name__}: {exc}"
                " (set GOVTARGETS_DEBUG=1 to see where)"
            )
            ctx.exit(1)


def _say(line: str) -> None:
    """One line on stderr, with any control character from a dataset shown as an escape."""
    from govtargets.output.escape import visible  # only for a message: a query's answer goes without

    click.echo(visible(line, breaks=False), err=True)


def _version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from govtargets.output.cite import version_text
        from govtargets.output.write import write

        write([version_text(_bundled_facts())])
        ctx.exit(0)


def _bundled_facts() -> DataFacts | None:
    """The bundled data's counts and date, or None if it cannot be read (the version still shows)."""
    from govtargets.index.cache import answer
    from govtargets.query import questions

    try:
        return answer(questions.data_facts, paths=[], bundled=True)
    except GovTargetsError:
        return None


@click.group("govtargets", cls=_Group, context_settings=CONTEXT)
@click.option(
    "--version",
    "-V",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version, the data's date and counts, and exit.",
)
@global_options
@click.pass_context
def cli(ctx: click.Context, data: tuple[str, ...], no_bundled: bool, lang: str | None) -> None:
    """Query the annual targets that Chinese governments set in their work reports.

    \b
    Examples:
      govtargets list
      govtargets show jintan
      govtargets compare nanjing suzhou wuxi
      govtargets chain jintan gdp --year 2023
      govtargets rank gdp --year 2023 --level prefecture
      govtargets targets --indicator gdp --year all --format csv > gdp.csv
      govtargets extract report.md > draft.toml

    A REGION is any of its names: id, division code, Chinese or English name, or alias,
    in any case (jintan, Jintan, 金坛, 金坛区, 320413). --data adds your own files to the
    bundled data; --no-bundled leaves the bundled data out.

    Exit status: 0 success (an empty result too), 1 data or lookup error, 2 usage error,
    130 interrupted.
    """
    apply_global_options(ctx, data=data, no_bundled=no_bundled, lang=lang)


@cli.command("list")
@level_option
@query_command(rows=True)
@sort_options
def list_(index: Index, level: LevelFilter | None) -> Answer[RegionList]:
    """List the regions: level, parent, code, years covered, counts of targets and outcomes.

    \b
    Examples:
      govtargets list
      govtargets list --level prefecture
      govtargets list --format csv > regions.csv
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.REGION_LIST.of(questions.list_regions(index, level=level))


@cli.command()
@click.argument("region", shell_complete=complete_regions)
@year_option(spans=False)
@query_command()
def show(index: Index, region: str, year: int | None) -> Answer[RegionReport]:
    """Show everything known for REGION in a year: its targets with their outcomes, each area of
    work, projects, and the sources.

    \b
    Examples:
      govtargets show jintan
      govtargets show 苏州 --year 2024
      govtargets show 320413 --json
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.REGION_REPORT.of(questions.show_region(index, region=region, year=year))


@cli.command()
@click.argument(
    "regions", nargs=-1, required=True, metavar="REGION [REGION...]", shell_complete=complete_regions
)
@click.option(
    "--year",
    "-y",
    type=Year(),
    multiple=True,
    help="The year to show; again for more, a column each (a region beside itself).  "
    "[default: each region's latest]",
)
@click.option(
    "--areas", is_flag=True, help="Compare the targets of areas of work (projects, parking spaces…) too."
)
@query_command()
def compare(index: Index, regions: tuple[str, ...], year: tuple[int, ...], areas: bool) -> Answer[Comparison]:
    """Compare regions' main targets: one row per indicator, one column per region (--areas:
    the targets of each area of work too); with --year given more than once, a column per region
    and year.

    \b
    Examples:
      govtargets compare nanjing suzhou wuxi --year 2023
      govtargets compare suzhou --year 2024 --year 2025
      govtargets compare jintan liyang --areas
    """
    if len(regions) < 2 and len(set(year)) < 2:
        raise click.UsageError(
            "compare needs at least two regions, or one region's years, each with --year"
            " (--year 2024 --year 2025)"
        )
    from govtargets.output import formats
    from govtargets.query import questions

    asked = year[0] if len(year) == 1 else (year or None)
    return formats.COMPARISON.of(questions.compare_regions(index, regions=regions, year=asked, areas=areas))


@cli.command()
@target_filter()
@query_command(rows=True)
@sort_options
def targets(index: Index, filters: TargetFilter) -> Answer[TargetTable]:
    """Every target as one flat row: the long format for pandas, DuckDB and spreadsheets.

    \b
    Examples:
      govtargets targets --indicator gdp --year 2022-2026 --format csv > gdp.csv
      govtargets targets --indicator gdp --level prefecture --sort -value --limit 5
      govtargets targets --region suzhou --since 2024 --format jsonl
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.TARGET_TABLE.of(questions.list_targets(index, filters=filters))


@cli.command()
@click.argument("indicator", shell_complete=complete_indicators)
@year_option(spans=True)
@level_option
@query_command(rows=True)
@sort_options
def rank(index: Index, indicator: str, year: YearShown, level: LevelFilter | None) -> Answer[Ranking]:
    """Rank regions by their target on INDICATOR (a key or name), with outcomes.

    Targets are ranked only against targets they compare with: one group per kind of figure,
    unit and threshold; highest first, or lowest first for a ceiling (unemployment, prices).

    \b
    Examples:
      govtargets rank gdp --year 2023 --level prefecture
      govtargets rank cpi --year 2022-2026
      govtargets rank 地区生产总值 --json
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.RANKING.of(questions.rank_indicator(index, indicator=indicator, year=year, level=level))


@cli.command()
@click.argument("text")
@year_option(spans=True)
@query_command(rows=True)
@sort_options
def search(index: Index, text: str, year: YearShown) -> Answer[SearchResult]:
    """Find TEXT, in Chinese or English and any case, and say where each hit is.

    \b
    Examples:
      govtargets search 新能源
      govtargets search 'work safety' --year all
    """
    if not text.strip():
        raise click.UsageError("search needs some text to look for")
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.SEARCH.of(questions.search_text(index, text=text, year=year))


@cli.command()
@click.option("--region", "-r", shell_complete=complete_regions, help="Only projects of this region.")
@year_option(spans=True)
@click.option(
    "--min-invest",
    type=Amount(),
    help="Only projects whose planned investment for the year is at least this many 亿元.",
)
@click.option(
    "--min-total",
    type=Amount(),
    help="Only projects whose total investment is known and at least this many 亿元.",
)
@query_command(rows=True)
@sort_options
def projects(
    index: Index, region: str | None, year: YearShown, min_invest: Decimal | None, min_total: Decimal | None
) -> Answer[ProjectList]:
    """List major investment projects, with a total row; amounts in 亿元 (100 million yuan).

    \b
    Examples:
      govtargets projects --region jintan
      govtargets projects --min-invest 10 --format csv
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.PROJECT_LIST.of(
        questions.list_projects(index, region=region, year=year, min_invest=min_invest, min_total=min_total)
    )


@cli.command()
@click.argument("indicator", nargs=-1, shell_complete=complete_indicators)
@query_command(rows=True)
@sort_options
def indicators(index: Index, indicator: tuple[str, ...]) -> Answer[IndicatorList]:
    """List the canonical indicators that line targets up across regions and years (or only each
    INDICATOR, by any of its names).

    \b
    Examples:
      govtargets indicators
      govtargets indicators gdp 城镇新增就业
      govtargets indicators --format jsonl | jq .key
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.INDICATOR_LIST.of(questions.list_indicators(index, names=indicator))


@cli.command()
@click.argument("region", shell_complete=complete_regions)
@click.argument("indicator", required=False, shell_complete=complete_indicators)
@year_option(spans=True)
@query_command()
def chain(index: Index, region: str, indicator: str | None, year: YearShown) -> Answer[Chain]:
    """Trace REGION's targets up to its parent's and its parent's parent's, for the same year and
    INDICATOR (without one: every indicator two levels share), with what each level adds; over
    a range of years or all, the chain of each year that has one.

    \b
    Examples:
      govtargets chain jintan gdp --year 2023
      govtargets chain jiangsu gdp --year all --format csv
      govtargets chain jintan --json
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.CHAIN.of(questions.chain_of(index, region=region, indicator=indicator, year=year))


@cli.command()
@target_filter(year="all", region_arguments=True)
@click.option(
    "--by",
    type=click.Choice(["region-year", "region", "year"], case_sensitive=False),
    default="region-year",
    show_default=True,
    help="Count by region and year, by region (all its years) or by year (all regions).",
)
@query_command(rows=True)
@sort_options
def summary(index: Index, filters: TargetFilter, by: SummaryBy) -> Answer[Summary]:
    """How many targets each region met and missed, of how many judged, and by how much on average.

    The mean gap, in percentage points, is of the growth and decline targets judged from an exact
    result: one given as a bound (增长12%以上) is left out, its gap known only at its least.

    \b
    Examples:
      govtargets summary --indicator gdp --level prefecture --by region
      govtargets summary --indicator gdp --kind growth --level province --by year
      govtargets summary suzhou wuxi
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.SUMMARY.of(questions.summarize(index, filters=filters, by=by))


@cli.command()
@click.argument("region", shell_complete=complete_regions)
@click.argument("indicator", shell_complete=complete_indicators)
@year_option(spans=True, default="all")
@query_command()
@sort_options
def history(index: Index, region: str, indicator: str, year: YearShown) -> Answer[History]:
    """REGION's targets on INDICATOR year by year, each beside its outcome.

    \b
    Examples:
      govtargets history suzhou gdp
      govtargets history 南京 地区生产总值 --since 2023
      govtargets history suzhou gdp --format csv
    """
    from govtargets.output import formats
    from govtargets.query import questions

    return formats.HISTORY.of(questions.history_of(index, region=region, indicator=indicator, year=year))


@cli.command()
@click.argument("path", type=click.Path(dir_okay=True, file_okay=True), metavar="PATH")
@click.option(
    "--to", "fmt", type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
    help="The format.  [default: from PATH's suffix: .db, .sqlite or .xlsx]",
)  # fmt: skip
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@target_filter(year="all")
@data_options
def export(path: str, fmt: str | None, force: bool, filters: TargetFilter, data: Data) -> None:
    """Write the dataset, or the targets a query selects, to PATH as typed tables: a SQLite
    database (with datasette's metadata beside it), an Excel workbook, or a folder of CSV or
    Parquet files, one per table (targets, outcomes, projects, regions, indicators, sources).

    \b
    Examples:
      govtargets export targets.db
      govtargets export gdp --to parquet --indicator gdp --level prefecture
      govtargets export jiangsu.xlsx --region jiangsu --year 2024
    """
    from os.path import splitext

    from govtargets.output.export import SUFFIXES, summary_line, write_export
    from govtargets.query import questions

    stem, suffix = splitext(path)
    chosen = fmt or SUFFIXES.get(suffix.lower())
    folder = {".csv": ("csv", "CSV"), ".parquet": ("parquet", "Parquet")}.get(suffix.lower())
    if chosen is None and folder is not None:
        raise click.UsageError(
            f"{folder[1]} is written to a folder, one file a table (targets{suffix.lower()}, ...): "
            f"give a folder and --to {folder[0]} (govtargets export {stem} --to {folder[0]})"
        )
    if chosen is None:
        raise click.UsageError(
            f"say which format with --to ({', '.join(EXPORT_FORMATS)}): {path!r} has no known suffix"
        )
    tables = data.answer(lambda index: questions.export_tables(index, filters=filters))
    written = write_export(tables, path=path, fmt=cast("ExportFormat", chosen), force=force)
    _say(summary_line(tables, written))


@cli.group()
def plot() -> None:
    """Draw a history, a ranking or a chain as a figure (SVG, PNG or PDF) with its sources in the
    caption. Needs matplotlib: pip install 'govtargets[plot]'.

    \b
    Examples:
      govtargets plot history suzhou gdp --output suzhou-gdp.svg
      govtargets plot rank gdp --year 2024 --level prefecture --output rank.png
      govtargets plot chain jintan gdp --year 2023 --output chain.pdf
    """


def _figure_options(fn: Any) -> Any:
    fn = lang_option(fn)
    fn = click.option("--force", is_flag=True, help="Replace the file if it exists.")(fn)
    fn = click.option("--output", "-o", required=True, help="The figure's file: .svg, .png or .pdf.")(fn)
    return data_options(fn)


def _draw(
    figure: str,
    *,
    output: str,
    force: bool,
    lang: Lang,
    data: Data,
    drawing: Mapping[str, Any] | None = None,
    **question: Any,
) -> Any:
    """Ask the question of a ``figure`` (history, rank or chain), draw its answer (with the
    figure function's own ``drawing`` options), save it, and return the answer."""
    from govtargets.output import plot as plotting
    from govtargets.query import questions

    figures: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
        "history": (questions.history_of, plotting.history_figure),
        "rank": (questions.rank_indicator, plotting.rank_figure),
        "chain": (questions.chain_of, plotting.chain_figure),
    }
    ask, draw = figures[figure]
    result = data.answer(lambda index: ask(index, **question))
    with plotting.style(lang, output):
        plotting.save(draw(result, lang, **(drawing or {})), output, force=force)
    _say(f"wrote {output}")
    return result


@plot.command("history")
@click.argument("region", shell_complete=complete_regions)
@click.argument("indicator", shell_complete=complete_indicators)
@year_option(spans=True, default="all")
@_figure_options
def plot_history(region: str, indicator: str, year: YearShown, **options: Any) -> None:
    """REGION's targets and results on INDICATOR, year by year.

    \b
    Examples:
      govtargets plot history suzhou gdp --output suzhou-gdp.svg
      govtargets plot history jiangsu gdp --since 2022 --output jiangsu.png
    """
    _draw("history", region=region, indicator=indicator, year=year, **options)


RANK_BARS = 40
"""The most bars plot rank draws unless asked for more: every province and the country fit, where
the provinces of every year (some 700 bars) took 7 seconds to draw, in a figure 160 inches tall."""


@plot.command("rank")
@click.argument("indicator", shell_complete=complete_indicators)
@year_option(spans=True)
@level_option
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(0),
    default=RANK_BARS,
    show_default=True,
    metavar="N",
    help="Draw the first N targets of the ranking (0: every one).",
)
@_figure_options
def plot_rank(indicator: str, year: YearShown, level: LevelFilter | None, limit: int, **options: Any) -> None:
    """The regions' targets on INDICATOR, ranked, with their results.

    \b
    Examples:
      govtargets plot rank gdp --year 2024 --level prefecture --output rank.svg
      govtargets plot rank cpi --year 2023 --output cpi.png
    """
    drawing = {"limit": limit or None}
    result = _draw("rank", indicator=indicator, year=year, level=level, drawing=drawing, **options)
    ranked = len(result["groups"][0]["entries"])
    if limit and ranked > limit:
        _say(
            f"（共{ranked}个目标，绘出前{limit}个：--limit 0 全部绘出）"
            if options["lang"] == "zh"
            else f"(the first {limit} of {ranked} targets: --limit 0 draws every one)"
        )


@plot.command("chain")
@click.argument("region", shell_complete=complete_regions)
@click.argument("indicator", shell_complete=complete_indicators)
@year_option(spans=False)
@_figure_options
def plot_chain(region: str, indicator: str, year: int | None, **options: Any) -> None:
    """INDICATOR's target from the top level down to REGION.

    \b
    Examples:
      govtargets plot chain jintan gdp --year 2023 --output chain.svg
      govtargets plot chain suzhou gdp --output chain.png
    """
    _draw("chain", region=region, indicator=indicator, year=year, **options)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"], case_sensitive=False))
def completion(shell: str) -> None:
    """Print the shell's completion script for govtargets: commands, options, region and indicator
    names, and the years a region has.

    \b
    Examples:
      govtargets completion bash > ~/.local/share/bash-completion/completions/govtargets
      govtargets completion zsh > "${fpath[1]}/_govtargets"
      govtargets completion fish > ~/.config/fish/completions/govtargets.fish
    """
    from click.shell_completion import get_completion_class

    from govtargets.output.write import write

    kind = get_completion_class(shell)
    assert kind is not None  # click knows the three shells the option allows
    write([kind(cli, {}, "govtargets", "_GOVTARGETS_COMPLETE").source() + "\n"])


@cli.command()
@click.option("--bibtex", is_flag=True, help="BibTeX entries instead of plain text.")
@click.option(
    "--sources", is_flag=True,
    help="Cite the reports too: those of the targets selected (without --region, --indicator, --kind, "
    "--level or --year: every target) and of their results, each with publisher, title, date and address.",
)  # fmt: skip
@target_filter(year="all")
@lang_option
@data_options
def cite(bibtex: bool, sources: bool, filters: TargetFilter, lang: Lang, data: Data) -> None:
    """How to cite govtargets and the data in use: its version, the data's date and counts; with
    --sources, the reports behind the targets you use, which a reader checks a figure against.

    \b
    Examples:
      govtargets cite
      govtargets cite --bibtex >> references.bib
      govtargets cite --sources --bibtex --indicator gdp --level province --year 2003-2025
    """
    from govtargets.output import cite as citing
    from govtargets.output.write import write
    from govtargets.query import questions
    from govtargets.query.filters import TargetFilter

    if not sources and filters != TargetFilter(year="all"):
        raise click.UsageError(
            "--region, --indicator, --kind, --level and --year select the reports of --sources"
        )
    facts = data.answer(questions.data_facts)
    own = bool(data.paths)
    # BibTeX is for a bibliography file, the same in every language.
    text = [citing.bibtex(facts, own=own) if bibtex else citing.plain(facts, own=own, lang=lang)]
    if sources:
        cited = data.answer(lambda index: questions.cited_sources(index, filters=filters))
        if cited or not bibtex:  # no entry is no text, where the plain list says it has none
            listed = citing.sources_bibtex(cited) if bibtex else citing.sources_plain(cited, lang)
            text.append("\n" + listed)
    write(text)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True), metavar="[PATH]...")
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@data_options
@output_command(rows=True)
@sort_options
def validate(paths: tuple[str, ...], strict: bool, data: Data) -> Answer[Validation]:
    """Check datasets (files or folders) together with the bundled data, as the other commands
    read them, and report every problem of every file.

    Each problem is one line, file:line: record: field: what is wrong. Warnings (an unlikely
    growth rate or year) fail only with --strict. Exit status 0 when clean, 1 when not.

    \b
    Examples:
      govtargets validate
      govtargets validate mine.toml --strict
    """
    from govtargets.output import formats
    from govtargets.query.validation import validate_datasets

    return formats.VALIDATION.of(
        validate_datasets(
            [*paths, *data.paths], bundled=data.bundled, strict=strict, use_cache=data.use_cache
        )
    )


@cli.command()
@click.argument("report", type=click.Path(allow_dash=True, dir_okay=False), metavar="REPORT")
@click.option(
    "--region", "-r", help="The region's id (a known one, or a new one's), if the text does not say it."
)
@click.option("--year", "-y", type=Year(), help="The report's year, if the text does not say it.")
@format_options(["toml", "json"], default="toml")
@file_options
@data_options
def extract(
    report: str,
    region: str | None,
    year: int | None,
    fmt: Literal["toml", "json"],
    output: str | None,
    force: bool,
    data: Data,
) -> None:
    """Draft a dataset from a work report's text (plain text, Markdown or a saved HTML page, in
    UTF-8 or GB18030; - reads standard input): the year's main targets and the year before's
    headline results, matched to the catalogue, for a person to check.

    The TOML draft validates as it stands; each record it is unsure of carries a comment.

    \b
    Examples:
      govtargets extract report.md > draft.toml
      govtargets extract report.html --year 2024 --format json
    """
    from govtargets.extract.command import draft_text
    from govtargets.output.write import write_text

    text = draft_text(report, region=region, year=year, fmt=fmt, **data._asdict())
    write_text(text, output=output, force=force)


@cli.command()
@click.argument("region")
@click.option("--year", "-y", type=Year(), help="The report's year.  [default: this year]")
@click.option("--name-zh", help="The region's Chinese name.")
@click.option("--name-en", help="The region's English name.")
@click.option("--code", help="The region's six-digit GB/T 2260 code.")
@click.option(
    "--level",
    type=click.Choice([level.value for level in Level if level is not Level.COUNTRY], case_sensitive=False),
    help="The region's level.  [default: the one --code gives (320400: prefecture), else the"
    " --name-zh's ending (市, 区, 县), else the one below --parent's, else district, a guess to check]",
)
@click.option(
    "--parent",
    help="The parent's six-digit code (320400), or the name of a region the data has (changzhou)."
    "  [default: the division --code lies in (340000 for 340100), where the data has it]",
)
@file_options
@data_options
def init(
    region: str,
    year: int | None,
    name_zh: str | None,
    name_en: str | None,
    code: str | None,
    level: str | None,
    parent: str | None,
    output: str | None,
    force: bool,
    data: Data,
) -> None:
    """Write a commented starting file for REGION's report (an id such as wujin), which validates
    as written: its source, the region (unless the data knows it), the report, an example of
    every kind of target and of projects to copy, and the catalogue's indicators.

    \b
    Examples:
      govtargets init wujin --year 2024 --output wujin.toml
      govtargets init wujin --name-zh 武进区 --parent 320400 --code 320412
    """
    import datetime as dt

    from govtargets.dataset.scaffold import guess_level, starting_file
    from govtargets.output.write import write_text
    from govtargets.query.questions import starting_point

    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", region):
        hint = "use lower-case letters, digits, '_' and '-'"
        if re.search(r"[\u4e00-\u9fff]", region):  # init 武进: the id is the pinyin, the name its own option
            hint += f" (the pinyin, such as wujin; the Chinese name goes in --name-zh {region})"
        elif re.fullmatch(r"[a-z0-9][a-z0-9_-]*", region.lower()):
            hint += f": {region.lower()}"
        raise click.BadParameter(hint, param_hint="REGION")
    if code is not None and not re.fullmatch(r"\d{6}", code):
        raise click.BadParameter("a division code is six digits", param_hint="--code")
    report_year = year or dt.date.today().year
    start = data.answer(
        lambda index: starting_point(index, region=region, parent=parent, code=code, year=report_year)
    )
    if start.held:
        click.echo(
            f"note: the data already has {region}'s {report_year} report: a file of yours that gives it"
            " replaces a bundled one (validate warns, replaces-bundled)",
            err=True,
        )
    if not start.parent_known:
        click.echo(
            f"note: no division or region has code {start.parent}: the file declares it as a [[divisions]]"
            " record; write its names (or declare it as a [[regions]] record, with an id and outcomes)",
            err=True,
        )
    text = starting_file(
        region,
        year=year,
        known=start.known,
        name_zh=name_zh,
        name_en=name_en,
        code=code,
        level=level,
        parent=start.parent,
        parent_known=start.parent_known,
        grandparent=start.grandparent,
        indicators=start.indicators,
        file_name=output if output and output != "-" else None,
        years=start.years,
        publisher=start.publisher,
        parent_name=start.parent_name,
    )
    write_text(text, output=output, force=force)
    if (
        start.known is None
        and level is None
        and not guess_level(code=code, name_zh=name_zh, parent=start.parent)[1]
    ):
        click.echo(
            f"note: nothing tells {region}'s level: the file guesses district; give --level, --code or"
            " --name-zh (昆明市, 武进区, 沛县), or check it",
            err=True,
        )


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--write", "rewrite", is_flag=True, help="Rewrite FILE in place (the original is kept as FILE.format1)."
)
def upgrade(file: str, rewrite: bool) -> None:
    """Upgrade a format 1 dataset FILE to format 2: print it, or with --write, rewrite it.

    The upgraded file holds the same records; comments of the original are not kept (the
    original is kept beside it with --write).

    \b
    Examples:
      govtargets upgrade old.toml
      govtargets upgrade old.toml --write
    """
    import shutil

    from govtargets.dataset.upgrade import upgrade_file
    from govtargets.output.write import write, write_file

    text = upgrade_file(file)
    if rewrite:
        shutil.copyfile(file, file + ".format1")
        write_file(file, text, force=True)
    else:
        write([text])


@cli.command()
@click.option("--output", "of_output", is_flag=True, help="The schema of the JSON output instead.")
def schema(of_output: bool) -> None:
    """Print the JSON Schema of a dataset file (for TOML editors), or of the JSON output.

    Point Taplo or Even Better TOML at it to have a dataset checked and completed as you type:
    govtargets schema > govtargets.schema.json, then begin the TOML file with the line
    #:schema ./govtargets.schema.json

    \b
    Examples:
      govtargets schema > govtargets.schema.json
      govtargets schema --output
    """
    from govtargets.output.schemas import dataset_schema, output_schema
    from govtargets.output.write import write

    write([(output_schema() if of_output else dataset_schema()) + "\n"])


def _arguments(argv: Sequence[str]) -> list[str]:
    """The arguments as text. One that is not text in the locale's encoding (Python keeps its
    bytes as surrogates) is read as UTF-8 or GB18030, as a Chinese terminal may send it, else
    refused as a usage error: it must never reach a query."""
    found = []
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = os.fsencode(arg)
            for encoding in ("utf-8", "gb18030"):
                with contextlib.suppress(UnicodeDecodeError):
                    arg = raw.decode(encoding)
                    break
            else:
                raise click.UsageError(f"the argument {raw!r} is neither UTF-8 nor GB18030 text") from None
        found.append(arg)
    return found


def main() -> None:
    """Run the command line (the ``govtargets`` script), and end the process."""
    try:
        status = cli.main(_arguments(sys.argv[1:]), prog_name="govtargets", standalone_mode=False)
    except (click.Abort, KeyboardInterrupt):
        _say("govtargets: interrupted")
        status = 130
    except GovTargetsError as exc:  # raised while options are read (--version with stdout closed)
        _say(f"govtargets: error: {exc.message()}")
        status = exc.exit_code
    except click.ClickException as exc:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            (_one_line(exc) if isinstance(exc, click.UsageError) else exc).show()
        status = exc.exit_code
    except click.exceptions.Exit as exc:
        status = exc.exit_code
    except SystemExit as exc:
        status = exc.code
    if not isinstance(status, int):  # sys.exit("message"): Python prints it and exits 1
        if status is not None:
            _say(str(status))
        status = 0 if status is None else 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    # Everything is written and flushed, every file and index closed: skip the interpreter's
    # teardown, which frees every module's objects one by one. Measured 2026-12-05 (2 CPUs, load
    # 1.9, 40 runs paired with the same wheel ending by sys.exit): a warm `show jintan --json`
    # 78 ms against 90 ms (A/B 0.87), the table 169 ms against 192 ms (0.88).
    os._exit(status)
