"""`sitrep serve` and `sitrep report` (loaded by sitrep.cli as the commands `serve` and `report`)."""

from __future__ import annotations

from pathlib import Path

import click


def _serve(db: Path, host: str, port: int, tiles: str | None) -> None:
    """Serve the read-only API and the map page for a sitrep database."""
    import uvicorn

    from sitrep.web.app import create_app

    app = create_app(db, tiles=tiles)
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
            click.option("--port", type=int, default=8000, show_default=True)(
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
    """Write the map, timeline, lists and article views as one self-contained HTML file."""
    from sitrep.web.report import build_report

    html = build_report(db, limit=limit or None)
    out.write_text(html, "utf-8")
    click.echo(f"sitrep: wrote {out} ({len(html.encode('utf-8')) / 1e6:.1f} MB)", err=True)


report = click.command("report")(
    _DB(
        click.option(
            "--out", type=click.Path(dir_okay=False, path_type=Path), default="report.html", show_default=True
        )(
            click.option(
                "--limit",
                type=int,
                default=2000,
                show_default=True,
                help="Only the newest N articles (0: all); the page says when articles were left out.",
            )(_report)
        )
    )
)
