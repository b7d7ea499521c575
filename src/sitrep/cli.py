"""The `sitrep` command: parse arguments, call the API, print. JSON goes to stdout.

Exit codes: 0 all good, 1 some inputs failed (the summary names them), 2 usage error,
130 interrupted (Ctrl-C or SIGTERM; what was stored stays, and the same command resumes).
"""

from __future__ import annotations

import contextlib
import importlib
import itertools
import json
import signal
import sys
from pathlib import Path

import click

from sitrep import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM, as shells report a SIGINT death (128 + 2)

DB_OPTION = click.option(
    "--db",
    "db_path",
    default="sitrep.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)


def _mapping(value: str | None) -> dict[str, str]:
    """`text=articles,title=headlines` -> {"text": "articles", "title": "headlines"}."""
    out: dict[str, str] = {}
    for part in filter(None, (value or "").split(",")):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"expected FIELD=COLUMN pairs, got {part!r}", param_hint="--map")
        out[field.strip()] = column.strip()
    return out


def _read_options(
    map_: str | None,
    max_mb: float,
    input_format: str | None = None,
    languages: str = "en",
    db_path: str | None = None,
):
    from sitrep.ingest import ReadOptions

    # The database being written lies in the folder being read: `sitrep ingest . --db sitrep.db`.
    skip = (
        frozenset(str(Path(db_path + suffix).resolve()) for suffix in ("", "-wal", "-shm", "-journal"))
        if db_path
        else frozenset()
    )

    keep = (
        None if languages.strip().lower() == "any" else {x.strip() for x in languages.split(",") if x.strip()}
    )
    try:
        return ReadOptions(
            mapping=_mapping(map_),
            max_bytes=int(max_mb * 1_000_000),
            format=input_format,
            languages=keep,
            skip=skip,
        )
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--map/--input-format") from err


def _echo_json(obj: object) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _fail(failure) -> None:
    from sitrep.show import safe

    # File names and reasons may carry bytes from the input: no raw escape reaches the terminal.
    click.echo(safe(f"error: {failure.origin}: {failure.reason}"), err=True)


def _fail_above(bar):
    """Print failures above a progress bar rather than through it."""

    def report(failure) -> None:
        with bar.external_write_mode():
            _fail(failure)

    return report


def _counted(bar, items):
    for item in items:
        bar.update(1)
        yield item


READ_OPTIONS = [
    click.option(
        "--map",
        "map_",
        metavar="FIELD=COLUMN,…",
        help="Column names for JSONL/CSV inputs, e.g. text=articles,title=headlines.",
    ),
    click.option(
        "--input-format",
        type=click.Choice(["text", "html", "jsonl", "json", "csv", "tsv", "feed", "warc"]),
        help="Read every input in this format instead of guessing from name and content.",
    ),
    click.option(
        "--languages",
        default="en",
        show_default=True,
        metavar="CODES",
        help="Languages kept (ISO 639-1, comma-separated, or 'any'); others are rejected as failures. "
        "The extractors are English-only.",
    ),
    click.option(
        "--max-mb",
        default=5.0,
        show_default=True,
        help="Reject article texts larger than this many megabytes.",
    ),
    click.option(
        "--workers",
        default=1,
        show_default=True,
        type=click.IntRange(1, 64),
        help="Processes that parse in parallel (each loads its own model).",
    ),
]


def read_options(f):
    for opt in reversed(READ_OPTIONS):
        f = opt(f)
    return f


class LazyGroup(click.Group):
    """Subcommands that live in their stage's module, imported only when used."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, _, attr = self.lazy[name].partition(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ModuleNotFoundError as err:
                if err.name != module:
                    raise  # a missing dependency inside the module, not a missing module
                return None
        return super().get_command(ctx, name)


@click.group(
    cls=LazyGroup,
    lazy={"serve": "sitrep.web.cli:serve", "report": "sitrep.web.cli:report"},
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="sitrep")
def main() -> None:
    """sitrep turns war reporting into a verifiable record.

    It reads articles (text, HTML, JSONL/CSV, RSS/Atom, WARC) and extracts places, dates,
    claims and events, each pointing at its evidence in the text.

    \b
    Examples:
      sitrep ingest samples/ --db sitrep.db        # read, extract, store
      sitrep ingest news.csv --map text=articles,title=headlines
      sitrep extract article.html --format jsonl   # records to stdout, no database
      sitrep stats --db sitrep.db                  # what is in the database
      sitrep show 3f2a --db sitrep.db              # one article, extractions highlighted
      sitrep export --format csv --db sitrep.db > events.csv
      sitrep serve --db sitrep.db                  # map, timeline and claims in the browser
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@read_options
@click.option(
    "--batch",
    default=64,
    show_default=True,
    type=click.IntRange(min=1),
    help="Articles stored per transaction.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal)."
)
def ingest(inputs, db_path, map_, input_format, languages, max_mb, workers, batch, progress):
    """Read INPUTS, extract, and store new articles in the database.

    INPUTS are files, directories (read recursively), globs, or - for stdin. Articles already
    in the database (same normalized text) are skipped, so running the same ingest again, or
    after an interruption, adds nothing twice. Prints a JSON summary; exits 1 when some
    inputs failed (each is named on stderr and in the `failures` table).

    \b
    Example:
      sitrep ingest samples/ --db sitrep.db
    """
    from tqdm import tqdm

    from sitrep.jobs import Summary
    from sitrep.jobs import ingest as run_ingest
    from sitrep.pipeline import Pipeline

    options = _read_options(map_, max_mb, input_format, languages, db_path)
    show = sys.stderr.isatty() if progress is None else progress
    summary = Summary()
    try:
        with _terminate_as_interrupt(), _store(db_path) as store:
            pipeline = Pipeline(workers=workers)
            with tqdm(desc="ingest", unit=" articles", disable=not show, file=sys.stderr) as bar:
                run_ingest(
                    list(inputs),
                    store,
                    pipeline,
                    options,
                    batch=batch,
                    progress=bar.update,
                    on_failure=_fail_above(bar),
                    summary=summary,
                )
    except KeyboardInterrupt:
        _echo_json({"database": db_path, "interrupted": True, **summary.to_dict()})
        click.echo(
            f"interrupted: {summary.new} new articles were stored in {db_path}; run the same command "
            "again to finish (stored articles are skipped, nothing is added twice)",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    _echo_json({"database": db_path, **summary.to_dict()})
    sys.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@contextlib.contextmanager
def _terminate_as_interrupt():
    """`kill PID` (SIGTERM) ends an ingest as Ctrl-C does: the run is recorded as interrupted.

    Pipeline workers restore the default action when they start, so terminating them still works.
    """

    def handler(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line; json: one indented array.",
)
@read_options
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when stderr is a terminal and stdout is not).",
)
def extract(inputs, fmt, map_, input_format, languages, max_mb, workers, progress):
    """Print the record of each article in INPUTS, without a database.

    Each record follows the JSON Schema `sitrep.article/1` (src/sitrep/schema/article.schema.json).

    \b
    Examples:
      sitrep extract samples/luhansk-2023-02-15.txt | jq '.places[].name'
      sitrep extract guardian.csv --map text=articles,title=headlines > records.jsonl
    """
    from tqdm import tqdm

    from sitrep.jobs import Summary
    from sitrep.jobs import extract as run_extract
    from sitrep.pipeline import Pipeline

    summary = Summary()
    show = (sys.stderr.isatty() and not sys.stdout.isatty()) if progress is None else progress
    try:
        with tqdm(desc="extract", unit=" articles", disable=not show, file=sys.stderr) as bar:
            records = run_extract(
                list(inputs),
                Pipeline(workers=workers),
                _read_options(map_, max_mb, input_format, languages),
                on_failure=_fail_above(bar),
                summary=summary,
            )
            if fmt == "jsonl":
                for record in records:
                    click.echo(record.to_json())
                    bar.update(1)
            else:
                _echo_json([r.to_dict() for r in _counted(bar, records)])
    except KeyboardInterrupt:
        click.echo(f"interrupted after {summary.new} records", err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@main.command()
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "geojson"]),
    default="jsonl",
    show_default=True,
    help="jsonl: article records; csv: ACLED-style events; geojson: events on a map.",
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="Output file (default stdout).",
)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Only the first N articles.")
def export(db_path, fmt, out, limit):
    """Write the database's records in a standard format.

    \b
    jsonl    one sitrep.article/1 record per line
    csv      one row per event, ACLED columns (event_date, event_type, sub_event_type,
             actor1, actor2, admin1, admin2, location, latitude, longitude, fatalities,
             notes, source)
    geojson  a FeatureCollection, one point feature per located event

    \b
    Example:
      sitrep export --format csv --db sitrep.db -o events.csv
    """
    from sitrep.export import write_export

    with _store(_existing(db_path), readonly=True) as store:
        records = itertools.islice(store.records(), limit)
        if out == "-":
            n = write_export(records, fmt, sys.stdout)
        else:
            try:
                fh = open(out, "w", encoding="utf-8", newline="")
            except OSError as e:
                raise click.FileError(out, hint=e.strerror or str(e)) from e
            with fh:
                n = write_export(records, fmt, fh)
    click.echo(f"exported {n} {'events' if fmt != 'jsonl' else 'articles'} as {fmt}", err=True)


@main.command()
@click.argument("article_id")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON instead.")
@click.option("--color/--no-color", default=None, help="Highlight extractions (default: when a terminal).")
def show(article_id, db_path, as_json, color):
    """Show one article with its extractions highlighted.

    ARTICLE_ID may be a unique prefix of the id, as with git hashes.

    \b
    Example:
      sitrep show 3f2a9c --db sitrep.db
    """
    from sitrep.show import render

    with _store(_existing(db_path), readonly=True) as store:
        ids = store.find(article_id)
        if not ids:
            raise click.ClickException(f"no article with id {article_id!r} in {db_path}")
        if len(ids) > 1:
            raise click.UsageError(f"{article_id!r} is ambiguous: {', '.join(ids)}")
        record = next(store.records(ids))
    if as_json:
        _echo_json(record.to_dict())
        return
    use_color = sys.stdout.isatty() if color is None else color
    # color= tells click not to strip the styles when stdout is a pipe (`--color | less -R`).
    click.echo(render(record, color=use_color), color=use_color)


@main.command()
@DB_OPTION
def stats(db_path):
    """Counts of what the database holds, top places, claim statuses and the last runs (JSON).

    \b
    Examples:
      sitrep stats --db sitrep.db
      sitrep stats --db sitrep.db | jq '.last_runs[0]'      # did the last ingest finish?
    """
    with _store(_existing(db_path), readonly=True) as store:
        _echo_json(store.stats())


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("--map", "map_", metavar="FIELD=COLUMN,…", help="Column names for JSONL/CSV inputs.")
@click.option("--limit", type=int, default=None, help="Use only the first N articles.")
@click.option(
    "--workers",
    "workers_list",
    default="1",
    show_default=True,
    help="Worker counts to measure, comma-separated, e.g. 1,2.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def bench(corpus, map_, limit, workers_list, as_json):
    """Measure the full pipeline against a bare spaCy parse of the same texts.

    Prints articles/s and tokens/s of both, their ratio, the time each stage takes, and
    peak memory. With --workers 1,2 it measures each worker count.

    \b
    Example:
      sitrep bench guardian.csv --map text=articles,title=headlines --workers 1,2
    """
    from sitrep.bench.run import format_table, run_bench

    try:
        workers = [int(w) for w in workers_list.split(",") if w.strip()]
    except ValueError as err:
        raise click.BadParameter("expected numbers like 1,2", param_hint="--workers") from err
    result = run_bench(list(corpus), _read_options(map_, 5.0), limit=limit, workers=workers, on_failure=_fail)
    if as_json:
        _echo_json(result)
    else:
        click.echo(format_table(result))


@main.group(
    cls=LazyGroup,
    lazy={
        "geo": "sitrep.evaluate.geo:command",
        "time": "sitrep.evaluate.time:command",
        "attribution": "sitrep.evaluate.attribution:command",
        "events": "sitrep.evaluate.events:command",
    },
)
def eval():  # noqa: A001 - the verb users type
    """Score sitrep on public benchmark formats (geo, time, attribution, events).

    Each command's --help names the formats it reads and its options.

    \b
    Examples:
      sitrep eval geo ../shared/eval/geo/GWN.xml --gold-spans
      sitrep eval time ../shared/eval/time/TimeBank --split held-out
    """


class DatabaseError(click.ClickException):
    """--db names something sitrep cannot use (exit 2, as for the other usage errors)."""

    exit_code = EXIT_USAGE


@contextlib.contextmanager
def _store(db_path: str, readonly: bool = False):
    from sitrep.store import StoreError, open_store

    try:
        store = open_store(db_path, readonly=readonly)
    except StoreError as e:
        raise DatabaseError(str(e)) from e
    with store:
        yield store


def _existing(db_path: str) -> str:
    if not Path(db_path).exists():
        raise click.UsageError(f"{db_path}: no such database (run `sitrep ingest … --db {db_path}` first)")
    return db_path


if __name__ == "__main__":
    main()
