"""Read-only queries behind the web API and the HTML report.

Every filter reaches SQL as a bound parameter; the only SQL text built from a request is chosen
from fixed fragments here (sort keys are looked up in whitelists). Filters apply to each kind in
the way an analyst reads them: an event is in a bounding box when its own place is; a claim or
an article is when its article mentions a place there.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# The day an event happened: its own date when it names a day, else the article's publication.
EVENT_DAY = (
    "COALESCE(CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    " THEN substr(e.date, 1, 10) END, a.published)"
)

MAX_PAGE = 500
MAX_DOWNLOAD = 100_000


@dataclass
class Filters:
    """What the user narrowed the view to; every field is optional."""

    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    admin1: str | None = None  # "UA.14"
    place: int | None = None  # GeoNames id
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    type: str | None = None  # PLOVER type or ACLED event type
    side: str | None = None
    status: str | None = None
    source: str | None = None
    q: str | None = None  # full-text search over title and text
    article: str | None = None

    @classmethod
    def parse_bbox(cls, text: str | None) -> tuple[float, float, float, float] | None:
        """`west,south,east,north` in degrees; raises ValueError on anything else."""
        if not text:
            return None
        parts = [float(x) for x in text.split(",")]
        if len(parts) != 4:
            raise ValueError("bbox takes four numbers: west,south,east,north")
        w, s, e, n = parts
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError("bbox out of range")
        return (w, s, e, n)

    def as_params(self) -> dict[str, str]:
        """The filter as URL parameters (how the page keeps it in its address)."""
        out: dict[str, str] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v is None or v == "":
                continue
            key = {"date_from": "from", "date_to": "to"}.get(f.name, f.name)
            out[key] = ",".join(str(x) for x in v) if f.name == "bbox" else str(v)
        return out


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from what a user typed: each word quoted, all required, `word*` a prefix."""
    terms = []
    for word, star in re.findall(r"(\w+)(\*?)", text):
        terms.append(f'"{word}"' + ("*" if star else ""))
    return " ".join(terms) or None


class Where:
    """Accumulates SQL conditions and their bound parameters."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _place_cond(alias: str, f: Filters, w: Where) -> None:
    if f.bbox:
        west, south, east, north = f.bbox
        w.add(f"{alias}.lat BETWEEN ? AND ?", south, north)
        if west <= east:
            w.add(f"{alias}.lon BETWEEN ? AND ?", west, east)
        else:  # the box crosses the antimeridian
            w.add(f"({alias}.lon >= ? OR {alias}.lon <= ?)", west, east)
    if f.admin1:
        w.add(f"{alias}.admin1 = ?", f.admin1)
    if f.place is not None:
        w.add(f"{alias}.geonameid = ?", f.place)


def _article_place_cond(f: Filters, w: Where) -> None:
    """The article mentions a place matching the place filters."""
    inner = Where()
    _place_cond("p2", f, inner)
    if inner.parts:
        w.add(f"a.id IN (SELECT p2.article_id FROM places p2{inner.sql()})", *inner.params)


def _article_cond(f: Filters, w: Where, *, dates: bool = True) -> None:
    if f.article:
        w.add("a.id = ?", f.article)
    if f.source:
        w.add("a.source = ?", f.source)
    if dates and f.date_from:
        w.add("a.published >= ?", f.date_from)
    if dates and f.date_to:
        w.add("a.published <= ?", f.date_to)
    if f.q:
        query = fts_query(f.q)
        if query is None:
            w.add("0")
        else:
            w.add("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", query)


def _article_claim_cond(f: Filters, w: Where) -> None:
    if f.side:
        w.add("a.id IN (SELECT article_id FROM claims WHERE side = ?)", f.side)
    if f.status:
        w.add("a.id IN (SELECT article_id FROM claims WHERE status = ?)", f.status)


def _article_event_cond(f: Filters, w: Where) -> None:
    if f.type:
        w.add(
            "a.id IN (SELECT article_id FROM events WHERE type = ? OR acled_event_type = ?)", f.type, f.type
        )


SORTS: dict[str, dict[str, str]] = {
    "articles": {
        "published": "a.published DESC, a.rowid DESC",
        "-published": "a.published ASC, a.rowid ASC",
        "title": "a.title ASC, a.rowid ASC",
        "source": "a.source ASC, a.published DESC",
    },
    "claims": {
        "published": "a.published DESC, a.rowid DESC, c.content_start",
        "-published": "a.published ASC, a.rowid ASC, c.content_start",
        "status": "c.status ASC, a.published DESC",
        "side": "c.side ASC, a.published DESC",
    },
    "events": {
        "date": "day DESC, a.rowid DESC, e.evidence_start",
        "-date": "day ASC, a.rowid ASC, e.evidence_start",
        "type": "e.type ASC, day DESC",
    },
    "places": {"mentions": "mentions DESC, name ASC", "name": "name ASC"},
}


def sort_sql(kind: str, sort: str | None) -> str:
    table = SORTS[kind]
    if sort is None:
        return next(iter(table.values()))
    if sort not in table:
        raise ValueError(f"sort must be one of: {', '.join(table)}")
    return table[sort]


class Database:
    """A read-only view of a sitrep SQLite file; one connection per thread."""

    def __init__(self, path: str | Path):
        self.path = Path(path).resolve()
        if not self.path.is_file():
            raise FileNotFoundError(f"{path}: no such database")
        self._local = threading.local()
        self.execute("SELECT count(*) FROM articles")  # fail early on a file that is not a sitrep db

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
        return conn

    def execute(self, sql: str, params: list[Any] | tuple = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    # -- articles ---------------------------------------------------------------------------
    def articles(
        self, f: Filters, limit: int = 50, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        w = Where()
        _article_cond(f, w)
        _article_place_cond(f, w)
        _article_claim_cond(f, w)
        _article_event_cond(f, w)
        total = self.execute(f"SELECT count(*) FROM articles a{w.sql()}", w.params).fetchone()[0]
        rows = self.execute(
            "SELECT a.id, a.title, a.published, a.source, a.url, a.language, length(a.text) AS chars,"
            " (SELECT count(*) FROM places WHERE article_id = a.id) AS places,"
            " (SELECT count(*) FROM claims WHERE article_id = a.id) AS claims,"
            " (SELECT count(*) FROM events WHERE article_id = a.id) AS events"
            f" FROM articles a{w.sql()} ORDER BY {sort_sql('articles', sort)} LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        return total, [dict(r) for r in rows]

    def record(self, article_id: str) -> dict[str, Any] | None:
        row = self.execute("SELECT record, origin FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        data = json.loads(row["record"])
        data["origin"] = row["origin"]
        return data

    # -- claims -----------------------------------------------------------------------------
    def claims(
        self, f: Filters, limit: int = 50, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        w = Where()
        _article_cond(f, w)
        _article_place_cond(f, w)
        _article_event_cond(f, w)
        if f.side:
            w.add("c.side = ?", f.side)
        if f.status:
            w.add("c.status = ?", f.status)
        base = f"FROM claims c JOIN articles a ON a.id = c.article_id{w.sql()}"
        total = self.execute(f"SELECT count(*) {base}", w.params).fetchone()[0]
        rows = self.execute(
            "SELECT c.article_id, c.id, c.speaker_text, c.speaker_start, c.speaker_end, c.speaker_name, c.side,"
            " c.cue, c.quote, c.content_text, c.content_start, c.content_end, c.status, c.contradicts,"
            f" a.title, a.published, a.source {base} ORDER BY {sort_sql('claims', sort)} LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        return total, [_claim(r) for r in rows]

    # -- events -----------------------------------------------------------------------------
    def _events_where(self, f: Filters) -> Where:
        w = Where()
        _article_cond(f, w, dates=False)
        _place_cond("p", f, w)
        if f.date_from:
            w.add(f"{EVENT_DAY} >= ?", f.date_from)
        if f.date_to:
            w.add(f"{EVENT_DAY} <= ?", f.date_to)
        if f.type:
            w.add("(e.type = ? OR e.acled_event_type = ?)", f.type, f.type)
        if f.side:
            w.add(
                "EXISTS (SELECT 1 FROM json_each(e.actors) WHERE json_extract(value, '$.side') = ?)", f.side
            )
        if f.status:
            w.add(
                "EXISTS (SELECT 1 FROM claims c2 WHERE c2.article_id = e.article_id AND c2.id = e.claim"
                " AND c2.status = ?)",
                f.status,
            )
        return w

    _EVENTS_FROM = (
        "FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN places p ON p.article_id = e.article_id AND p.idx = e.place_idx"
    )

    def events(
        self, f: Filters, limit: int = 50, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        w = self._events_where(f)
        total = self.execute(f"SELECT count(*) {self._EVENTS_FROM}{w.sql()}", w.params).fetchone()[0]
        rows = self.execute(
            "SELECT e.article_id, e.id, e.type, e.mode, e.acled_event_type, e.acled_sub_event_type, e.actors,"
            " e.place_idx, e.date, e.quantities, e.claim, e.evidence_start, e.evidence_end,"
            f" {EVENT_DAY} AS day,"
            " substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text,"
            " p.geonameid, p.name AS place_name, p.text AS place_text, p.admin1, p.admin1_name, p.country,"
            " p.lat, p.lon, a.title, a.published, a.source"
            f" {self._EVENTS_FROM}{w.sql()} ORDER BY {sort_sql('events', sort)} LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        return total, [_event(r) for r in rows]

    def timeline(self, f: Filters) -> list[dict[str, Any]]:
        """Events per day under the filter (days without a known date are left out)."""
        w = self._events_where(f)
        rows = self.execute(
            f"SELECT {EVENT_DAY} AS day, count(*) AS events {self._EVENTS_FROM}{w.sql()}"
            " GROUP BY day HAVING day IS NOT NULL ORDER BY day",
            w.params,
        )
        return [dict(r) for r in rows]

    # -- places -----------------------------------------------------------------------------
    def places(
        self, f: Filters, limit: int = 500, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        """Resolved places under the filter, one row per GeoNames id with its mention counts."""
        w = Where()
        w.add("p.geonameid IS NOT NULL")
        w.add("p.lat IS NOT NULL")
        _place_cond("p", f, w)
        _article_cond(f, w)
        _article_claim_cond(f, w)
        _article_event_cond(f, w)
        base = f"FROM places p JOIN articles a ON a.id = p.article_id{w.sql()}"
        total = self.execute(f"SELECT count(DISTINCT p.geonameid) {base}", w.params).fetchone()[0]
        rows = self.execute(
            "SELECT p.geonameid, max(p.name) AS name, max(p.feature) AS feature, max(p.country) AS country,"
            " max(p.admin1) AS admin1, max(p.admin1_name) AS admin1_name, avg(p.lat) AS lat, avg(p.lon) AS lon,"
            " count(*) AS mentions, count(DISTINCT p.article_id) AS articles, sum(p.metonym) AS metonyms"
            f" {base} GROUP BY p.geonameid ORDER BY {sort_sql('places', sort)} LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        )
        return total, [dict(r) for r in rows]

    # -- what the filters can take ----------------------------------------------------------
    def facets(self) -> dict[str, Any]:
        q = self.execute

        def values(sql: str) -> list[dict[str, Any]]:
            return [dict(r) for r in q(sql)]

        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "published": dict(
                q("SELECT min(published) AS first, max(published) AS last FROM articles").fetchone()
            ),
            "sources": values(
                "SELECT source AS value, count(*) AS n FROM articles WHERE source IS NOT NULL"
                " GROUP BY source ORDER BY n DESC LIMIT 200"
            ),
            "types": values(
                "SELECT type AS value, count(*) AS n FROM events WHERE type IS NOT NULL GROUP BY type"
                " UNION ALL SELECT acled_event_type, count(*) FROM events"
                " WHERE acled_event_type IS NOT NULL GROUP BY acled_event_type ORDER BY n DESC"
            ),
            "sides": values(
                "SELECT side AS value, count(*) AS n FROM claims WHERE side IS NOT NULL"
                " GROUP BY side ORDER BY n DESC"
            ),
            "statuses": values(
                "SELECT status AS value, count(*) AS n FROM claims WHERE status IS NOT NULL"
                " GROUP BY status ORDER BY n DESC"
            ),
            "admin1": values(
                "SELECT admin1 AS value, max(admin1_name) AS name, count(*) AS n FROM places"
                " WHERE admin1 IS NOT NULL GROUP BY admin1 ORDER BY n DESC LIMIT 500"
            ),
        }


def _json(text: str | None, default: Any) -> Any:
    return json.loads(text) if text else default


def _claim(r: sqlite3.Row) -> dict[str, Any]:
    speaker = None
    if r["speaker_text"] is not None:
        speaker = {
            "text": r["speaker_text"],
            "start": r["speaker_start"],
            "end": r["speaker_end"],
            "name": r["speaker_name"],
            "side": r["side"],
        }
    return {
        "article_id": r["article_id"],
        "id": r["id"],
        "speaker": speaker,
        "side": r["side"],
        "cue": r["cue"],
        "quote": r["quote"],
        "content": {"text": r["content_text"], "start": r["content_start"], "end": r["content_end"]},
        "status": r["status"],
        "contradicts": _json(r["contradicts"], []),
        "article": {"title": r["title"], "published": r["published"], "source": r["source"]},
    }


def _event(r: sqlite3.Row) -> dict[str, Any]:
    place = None
    if r["place_idx"] is not None:
        place = {
            "idx": r["place_idx"],
            "geonameid": r["geonameid"],
            "name": r["place_name"] or r["place_text"],
            "admin1": r["admin1"],
            "admin1_name": r["admin1_name"],
            "country": r["country"],
            "lat": r["lat"],
            "lon": r["lon"],
        }
    return {
        "article_id": r["article_id"],
        "id": r["id"],
        "type": r["type"],
        "mode": r["mode"],
        "acled_event_type": r["acled_event_type"],
        "acled_sub_event_type": r["acled_sub_event_type"],
        "actors": _json(r["actors"], []),
        "place": place,
        "date": r["date"],
        "day": r["day"],
        "quantities": _json(r["quantities"], []),
        "claim": r["claim"],
        "evidence": {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence_text"]},
        "article": {"title": r["title"], "published": r["published"], "source": r["source"]},
    }
