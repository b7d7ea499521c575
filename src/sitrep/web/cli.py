"""`sitrep serve` and `sitrep report` (loaded by sitrep.cli as the commands `serve` and `report`)."""

from __future__ import annotations

from pathlib import Path

import click


class _Unusable(click.ClickException):
    exit_code = 2  # --db names something that is not a sitrep database: a usage error


def _serve(db: Path, host: str, port: int, tiles: str | None) -> None:
    """Serve the read-only API and the map page for a sitrep database.

    The database is opened read-only, so an ingest can write to it meanwhile; the page follows
    each commit. Bound to 127.0.0.1 unless --host says otherwise.

    \b
    Examples:
      sitrep serve --db sitrep.db                  # then open http://127.0.0.1:8000/
      sitrep serve --db sitrep.db --port 8080 --tiles 'https://tile.example.org/{z}/{x}/{y}.png'
      curl 'http://127.0.0.1:8000/api/claims?status=denied&side=RU'
    """
    import uvicorn

    from sitrep.store import StoreError
    from sitrep.web.app import create_app

    try:
        app = create_app(db, tiles=tiles)
    except StoreError as err:
        raise _Unusable(str(err)) from err
    except ValueError as err:  # a tile URL that is not http(s)
        raise click.BadParameter(str(err), param_hint="--tiles") from err
    click.echo(
        f"sitrep: serving {db} on http://{host}:{port}/ (API description: /api/openapi.json)", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


_DB = click.option(
    "--db",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default="sitrep.db",
    show_default=True,
    help="The sitrep database (opened read-only).",
)

serve = click.command("serve")(
    _DB(
        click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")(
            click.option(
                "--port",
                type=click.IntRange(1, 65535),
                default=8000,
                show_default=True,
                help="Port to listen on.",
            )(
                click.option(
                    "--tiles",
                    default=None,
                    metavar="URL",
                    help="XYZ tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png "
                    "(default: the bundled offline base map).",
                )(_serve)
            )
        )
    )
)


def _report(db: Path, out: Path, limit: int | None) -> None:
    """Write the map, timeline, lists and article views as one self-contained HTML file.

    The file opens from disk with no server and no network; filters work in the browser.

    \b
    Examples:
      sitrep report --db sitrep.db --out report.html
      sitrep report --db sitrep.db --limit 0 --out everything.html   # all articles
    """
    from sitrep.store import StoreError
    from sitrep.web.report import build_report

    try:
        html = build_report(db, limit=limit or None)
    except StoreError as err:
        raise _Unusable(str(err)) from err
    try:
        out.write_text(html, "utf-8")
    except OSError as err:
        raise click.FileError(str(out), hint=err.strerror or str(err)) from err
    click.echo(f"sitrep: wrote {out} ({len(html.encode('utf-8')) / 1e6:.1f} MB)", err=True)


report = click.command("report")(
    _DB(
        click.option(
            "--out",
            type=click.Path(dir_okay=False, path_type=Path),
            default="report.html",
            show_default=True,
            help="The HTML file to write.",
        )(
            click.option(
                "--limit",
                type=click.IntRange(min=0),
                default=2000,
                show_default=True,
                help="Only the newest N articles (0: all); the page says when articles were left out.",
            )(_report)
        )
    )
)
