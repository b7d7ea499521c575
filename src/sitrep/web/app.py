"""The FastAPI app behind `sitrep serve`: a read-only JSON API and the page that shows it.

Only GET routes exist and the database is opened with `mode=ro`, so nothing a request says can
change it. Every response carries a Content-Security-Policy that allows scripts, styles and data
from this server alone (plus map tiles from a tile server the user named), so even if article text
slipped into the page as markup, no script or remote resource it names would load.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

import sitrep
from sitrep.web import export
from sitrep.web.query import MARKINGS, MAX_DOWNLOAD, MAX_PAGE, Database, Filters

STATIC = Path(str(resources.files("sitrep.web").joinpath("static")))
SQL_INT_MAX = 2**63 - 1  # SQLite's integers: a larger number in a query would be a server error


def tile_origin(url: str | None) -> str | None:
    """The origin a tile URL template loads from, for the CSP (`{s}` subdomains become `*`)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"tile URL must be http(s)://host/...: {url!r}")
    return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


def csp(tiles: str | None = None) -> str:
    img = "'self' data:" + (f" {tile_origin(tiles)}" if tiles else "")
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def filters(
    bbox: Annotated[
        str | None, Query(description="west,south,east,north in degrees", examples=["36,47,41,50"])
    ] = None,
    admin1: Annotated[str | None, Query(description="GeoNames admin-1 code, e.g. UA.14")] = None,
    place: Annotated[int | None, Query(description="GeoNames id of a place", ge=0, le=SQL_INT_MAX)] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type or ACLED event type")] = None,
    side: Annotated[str | None, Query(description="side of a claim's speaker or an event's actor")] = None,
    status: Annotated[
        str | None, Query(description="claim status: reported, unverified, denied, ...")
    ] = None,
    marked: Annotated[
        str | None,
        Query(
            description="claims the article itself marks, whatever their status: `unverified`"
            " (the reporter could not verify it, even if it was later denied)",
            pattern="^(" + "|".join(MARKINGS) + ")?$",
        ),
    ] = None,
    source: Annotated[str | None, Query()] = None,
    q: Annotated[str | None, Query(description="full-text search over titles and texts (all words)")] = None,
    article: Annotated[str | None, Query(description="one article's id")] = None,
) -> Filters:
    try:
        box = Filters.parse_bbox(bbox)
    except ValueError as err:
        raise HTTPException(400, f"bbox: {err}") from err
    return Filters(
        bbox=box,
        admin1=admin1 or None,
        place=place,
        date_from=date_from,
        date_to=date_to,
        type=type or None,
        side=side or None,
        status=status or None,
        marked=marked or None,
        source=source or None,
        q=q or None,
        article=article or None,
    )


FilterDep = Annotated[Filters, Depends(filters)]


def listing(downloads: tuple[str, ...]) -> dict:
    """OpenAPI description of a list route's answers: a JSON page, or a download of every row."""
    content: dict = {
        "application/json": {"example": {"kind": "...", "total": 0, "limit": 50, "offset": 0, "items": []}}
    }
    if "csv" in downloads:
        content["text/csv"] = {}
    if "geojson" in downloads:
        content["application/geo+json"] = {}
    return {
        200: {
            "description": "A page of rows; with `format=csv`/`geojson`, every row under the filter as a file.",
            "content": content,
        }
    }


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=SQL_INT_MAX)]


def create_app(db_path: str | Path, tiles: str | None = None, cache: int = 256) -> FastAPI:
    """The app for one database; `tiles` is an optional XYZ tile URL template for the map;
    `cache` answers are kept until the database changes (0: none)."""
    database = Database(db_path, cache=cache)
    policy = csp(tiles)
    app = FastAPI(
        title="sitrep",
        version=sitrep.__version__,
        description="Read-only API over a sitrep database: articles, places, events and claims, "
        "each with the character offsets of its evidence in the article text.",
        docs_url=None,  # the Swagger/ReDoc pages load from a CDN; the description is at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(kind: str, total: int, items: list, limit: int, offset: int) -> JSONResponse:
        # Plain JSON rows need no model validation: rendering them directly is ~10x faster.
        return JSONResponse({"kind": kind, "total": total, "limit": limit, "offset": offset, "items": items})

    def download(kind: str, fmt: str, rows: list) -> Response:
        if fmt == "csv":
            return Response(
                export.to_csv(kind, rows),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="sitrep-{kind}.csv"'},
            )
        return Response(
            export.to_geojson(kind, rows),
            media_type="application/geo+json",
            headers={"Content-Disposition": f'attachment; filename="sitrep-{kind}.geojson"'},
        )

    def run(fn, *args, keep: bool = True):
        try:
            return database.cached(fn.__name__, fn, *args) if keep else fn(*args)
        except ValueError as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/api/config", tags=["meta"])
    def config() -> dict:
        """What the page needs to start: the version and the optional tile server."""
        return {"version": sitrep.__version__, "tiles": tiles, "mode": "server"}

    @app.get("/api/facets", tags=["meta"])
    def facets() -> dict:
        """Values the filters can take, with counts (sources, event types, sides, statuses, admin-1 units)."""
        return JSONResponse(database.cached("facets", database.facets))

    @app.get("/api/articles", tags=["articles"], responses=listing(("csv",)))
    def articles(
        f: FilterDep,
        limit: Limit = 50,
        offset: Offset = 0,
        sort: str | None = None,
        format: Literal["json", "csv"] = "json",
    ):
        """Articles under the filter, newest first, with counts of their extractions."""
        if format == "csv":
            return download(
                "articles", format, run(database.articles, f, MAX_DOWNLOAD, 0, sort, keep=False)[1]
            )
        total, items = run(database.articles, f, limit, offset, sort)
        return page("articles", total, items, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str) -> dict:
        """One article's full sitrep.article/1 record: its text and every extraction with offsets."""
        record = database.record(article_id)
        if record is None:
            raise HTTPException(404, "no such article")
        return JSONResponse(record)

    @app.get("/api/claims", tags=["claims"], responses=listing(("csv",)))
    def claims(
        f: FilterDep,
        limit: Limit = 50,
        offset: Offset = 0,
        sort: str | None = None,
        format: Literal["json", "csv"] = "json",
    ):
        """Claims under the filter: speaker, side, cue, content span and status."""
        if format == "csv":
            return download("claims", format, run(database.claims, f, MAX_DOWNLOAD, 0, sort, keep=False)[1])
        total, items = run(database.claims, f, limit, offset, sort)
        return page("claims", total, items, limit, offset)

    @app.get("/api/events", tags=["events"], responses=listing(("csv", "geojson")))
    def events(
        f: FilterDep,
        limit: Limit = 50,
        offset: Offset = 0,
        sort: str | None = None,
        format: Literal["json", "csv", "geojson"] = "json",
    ):
        """Events under the filter, with their place, day and evidence text."""
        if format != "json":
            return download("events", format, run(database.events, f, MAX_DOWNLOAD, 0, sort, keep=False)[1])
        total, items = run(database.events, f, limit, offset, sort)
        return page("events", total, items, limit, offset)

    @app.get("/api/places", tags=["places"], responses=listing(("csv", "geojson")))
    def places(
        f: FilterDep,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
        offset: Offset = 0,
        sort: str | None = None,
        format: Literal["json", "csv", "geojson"] = "json",
    ):
        """Resolved places under the filter, one per GeoNames id, with mention and article counts."""
        if format != "json":
            return download("places", format, run(database.places, f, MAX_DOWNLOAD, 0, sort, keep=False)[1])
        total, items = run(database.places, f, limit, offset, sort)
        return page("places", total, items, limit, offset)

    @app.get("/api/timeline", tags=["events"])
    def timeline(f: FilterDep) -> dict:
        """Events per day under the filter."""
        return JSONResponse({"days": run(database.timeline, f)})

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
