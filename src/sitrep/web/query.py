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
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.store.sqlite import StoreError, check_schema

# The day an event happened: its own date when it names a day, the article's publication when
# it has no date, none when it is dated to a week, month, season or year. Migration 8 stores it
# as `events.day` (indexed); this expression serves databases opened read-only before it.
EVENT_DAY_EXPR = (
    "CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(e.date, 1, 10)"
    " WHEN e.date IS NULL THEN a.published END"
)
EVENT_DAY_MIGRATION = 8

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
    marked: str | None = None  # "unverified": claims the article itself marks so, whatever their status
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


# What the article itself says about a claim, apart from its status (a denied claim can also have
# been marked unverified by the reporter): the name a user filters on -> a condition on `claims`.
MARKINGS: dict[str, str] = {"unverified": "unverified_start IS NOT NULL"}


def marking_sql(marked: str, alias: str = "") -> str:
    """The SQL condition of a known marking (a fixed string: the user's value only picks it)."""
    if marked not in MARKINGS:
        raise ValueError(f"unknown marking {marked!r}; known: {', '.join(MARKINGS)}")
    return (f"{alias}." if alias else "") + MARKINGS[marked]


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


# The helpers below take `aid`, the column holding the article id in the query at hand
# (`a.id`, `c.article_id`, ...), so that a query joins `articles` only when a filter needs it.


def _article_place_cond(f: Filters, w: Where, aid: str) -> None:
    """The article mentions a place matching the place filters."""
    inner = Where()
    _place_cond("p2", f, inner)
    if inner.parts:
        w.add(f"{aid} IN (SELECT p2.article_id FROM places p2{inner.sql()})", *inner.params)


def _article_cond(f: Filters, w: Where, aid: str, *, dates: bool = True) -> None:
    """Filters on the article itself; all but `article` need `articles a` joined."""
    if f.article:
        w.add(f"{aid} = ?", f.article)
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


def _article_claim_cond(f: Filters, w: Where, aid: str) -> None:
    if f.side:
        w.add(f"{aid} IN (SELECT article_id FROM claims WHERE side = ?)", f.side)
    if f.status:
        w.add(f"{aid} IN (SELECT article_id FROM claims WHERE status = ?)", f.status)
    if f.marked:
        w.add(f"{aid} IN (SELECT article_id FROM claims WHERE {marking_sql(f.marked)})")


def _article_event_cond(f: Filters, w: Where, aid: str) -> None:
    if f.type:
        w.add(
            f"{aid} IN (SELECT article_id FROM events WHERE type = ? UNION SELECT article_id FROM events"
            " WHERE acled_event_type = ?)",
            f.type,
            f.type,
        )


def _needs(w: Where, alias: str) -> bool:
    """Whether the conditions refer to a table alias (so the query must join it)."""
    return re.search(rf"(?<![\w.]){alias}\.", w.sql()) is not None


SORTS: dict[str, dict[str, str]] = {
    "articles": {
        "published": "a.published DESC, a.rowid DESC",
        "-published": "a.published ASC, a.rowid ASC",
        "title": "a.title ASC, a.rowid ASC",
        "source": "a.source ASC, a.published DESC",
    },
    "claims": {
        "published": "a.published DESC, c.rowid DESC",
        "-published": "a.published ASC, c.rowid ASC",
        "status": "c.status ASC, c.rowid DESC",
        "side": "c.side ASC, c.rowid DESC",
    },
    "events": {
        "date": "e.day DESC, e.rowid DESC",
        "-date": "e.day ASC, e.rowid ASC",
        "type": "e.type ASC, e.day DESC, e.rowid DESC",
    },
    "places": {
        "mentions": "page.mentions DESC, page.geonameid ASC",
        "name": "d.name ASC, page.geonameid ASC",
    },
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

    def __init__(self, path: str | Path, cache: int = 256):
        self.path = Path(path).resolve()
        if not self.path.is_file():
            raise StoreError(f"{path}: no such database")
        self._local = threading.local()
        self._cache: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()
        self._cache_size = cache
        self._lock = threading.Lock()
        try:
            version = check_schema(self.db, str(path), readonly=True)
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open the database ({e})") from e
        # Read-only, an older database cannot be migrated: compute the event day it lacks or
        # stored with the earlier rule.
        self.day = "e.day" if version >= EVENT_DAY_MIGRATION else EVENT_DAY_EXPR

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            # The API scans indexes of the whole database: keep them in memory between requests.
            conn.execute("PRAGMA cache_size = -131072")  # KiB: 128 MiB per connection at most
            conn.execute("PRAGMA mmap_size = 1073741824")
            conn.execute("PRAGMA temp_store = MEMORY")
            self._local.conn = conn
        return conn

    def execute(self, sql: str, params: list[Any] | tuple = ()) -> sqlite3.Cursor:
        return self.db.execute(sql, params)

    def _state(self) -> tuple:
        """Changes whenever a writer commits (WAL grows or the file is checkpointed)."""
        out = []
        for suffix in ("", "-wal"):
            try:
                st = Path(str(self.path) + suffix).stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def cached(self, name: str, fn: Callable[..., Any], *args: Any) -> Any:
        """`fn(*args)`, remembered until the database changes (LRU of `cache` answers).

        The same view is asked for again and again (tab switches, the map under every list,
        a shared link); a writer's commit changes `_state()` and so retires every answer.
        """
        if not self._cache_size:
            return fn(*args)
        key = (name, repr(args))
        state = self._state()
        with self._lock:
            hit = self._cache.get(key)
            if hit and hit[0] == state:
                self._cache.move_to_end(key)
                return hit[1]
        value = fn(*args)
        with self._lock:
            self._cache[key] = (state, value)
            self._cache.move_to_end(key)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value

    # -- articles ---------------------------------------------------------------------------
    def articles(
        self, f: Filters, limit: int = 50, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        w = Where()
        _article_cond(f, w, "a.id")
        _article_place_cond(f, w, "a.id")
        _article_claim_cond(f, w, "a.id")
        _article_event_cond(f, w, "a.id")
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
        _article_cond(f, w, "c.article_id")
        _article_place_cond(f, w, "c.article_id")
        _article_event_cond(f, w, "c.article_id")
        if f.side:
            w.add("c.side = ?", f.side)
        if f.status:
            w.add("c.status = ?", f.status)
        if f.marked:
            w.add(marking_sql(f.marked, "c"))
        order = sort_sql("claims", sort)
        join = " JOIN articles a ON a.id = c.article_id" if _needs(w, "a") else ""
        total = self.execute(f"SELECT count(*) FROM claims c{join}{w.sql()}", w.params).fetchone()[0]
        rows = self.execute(
            "SELECT c.article_id, c.id, c.speaker_text, c.speaker_start, c.speaker_end, c.speaker_name, c.side,"
            " c.cue, c.quote, c.content_text, c.content_start, c.content_end, c.status, c.contradicts,"
            " c.unverified_start, c.unverified_end, c.via,"
            " substr(a.text, c.unverified_start + 1, c.unverified_end - c.unverified_start) AS unverified_text,"
            " a.title, a.published, a.source"
            " FROM (SELECT c.rowid AS rid FROM claims c JOIN articles a ON a.id = c.article_id"
            f"{w.sql()} ORDER BY {order} LIMIT ? OFFSET ?) k"
            f" JOIN claims c ON c.rowid = k.rid JOIN articles a ON a.id = c.article_id ORDER BY {order}",
            [*w.params, limit, offset],
        )
        return total, [_claim(r) for r in rows]

    # -- events -----------------------------------------------------------------------------
    def _events_where(self, f: Filters) -> tuple[Where, str]:
        """The conditions on `events e`, and the joins they need."""
        w = Where()
        _article_cond(f, w, "e.article_id", dates=False)
        _place_cond("p", f, w)
        if f.date_from:
            w.add(f"{self.day} >= ?", f.date_from)
        if f.date_to:
            w.add(f"{self.day} <= ?", f.date_to)
        if f.type:
            w.add("(e.type = ? OR e.acled_event_type = ?)", f.type, f.type)
        if f.side:
            # The quoted value must occur in the JSON text: a cheap test before parsing every list.
            w.add(
                "instr(e.actors, ?) > 0 AND EXISTS (SELECT 1 FROM json_each(e.actors)"
                " WHERE json_extract(value, '$.side') = ?)",
                json.dumps(f.side),
                f.side,
            )
        if f.status:
            w.add(
                "EXISTS (SELECT 1 FROM claims c2 WHERE c2.article_id = e.article_id AND c2.id = e.claim"
                " AND c2.status = ?)",
                f.status,
            )
        if f.marked:
            w.add(
                "EXISTS (SELECT 1 FROM claims c2 WHERE c2.article_id = e.article_id AND c2.id = e.claim"
                f" AND {marking_sql(f.marked, 'c2')})"
            )
        joins = ""
        if _needs(w, "a") or self.day != "e.day":
            joins += " JOIN articles a ON a.id = e.article_id"
        if _needs(w, "p"):
            joins += " JOIN places p ON p.article_id = e.article_id AND p.idx = e.place_idx"
        return w, joins

    def events(
        self, f: Filters, limit: int = 50, offset: int = 0, sort: str | None = None
    ) -> tuple[int, list[dict[str, Any]]]:
        w, joins = self._events_where(f)
        order = sort_sql("events", sort).replace("e.day", self.day)
        # With a place filter every match is visited anyway (no index gives day order): count them
        # in the same pass. Without one, the day index yields the first page without a full scan.
        one_pass = _needs(w, "p")
        total = None
        if not one_pass:
            total = self.execute(f"SELECT count(*) FROM events e{joins}{w.sql()}", w.params).fetchone()[0]
        counted = ", count(*) OVER () AS total" if one_pass else ""
        rows = self.execute(
            "SELECT e.article_id, e.id, e.type, e.mode, e.acled_event_type, e.acled_sub_event_type, e.actors,"
            f" e.place_idx, e.date, e.quantities, e.claim, e.evidence_start, e.evidence_end, {self.day} AS day,"
            " substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text,"
            " p.geonameid, p.name AS place_name, p.text AS place_text, p.admin1, p.admin1_name, p.country,"
            f" p.lat, p.lon, a.title, a.published, a.source{', k.total' if one_pass else ''}"
            f" FROM (SELECT e.rowid AS rid{counted} FROM events e{joins}{w.sql()} ORDER BY {order} LIMIT ? OFFSET ?) k"
            " JOIN events e ON e.rowid = k.rid JOIN articles a ON a.id = e.article_id"
            f" LEFT JOIN places p ON p.article_id = e.article_id AND p.idx = e.place_idx ORDER BY {order}",
            [*w.params, limit, offset],
        ).fetchall()
        if total is None:
            total = rows[0]["total"] if rows else None
            if total is None:  # past the last page: nothing to read the count from
                total = self.execute(f"SELECT count(*) FROM events e{joins}{w.sql()}", w.params).fetchone()[0]
        return total, [_event(r) for r in rows]

    def timeline(self, f: Filters) -> list[dict[str, Any]]:
        """Events per day under the filter (days without a known date are left out)."""
        w, joins = self._events_where(f)
        rows = self.execute(
            f"SELECT {self.day} AS day, count(*) AS events FROM events e{joins}{w.sql()}"
            " GROUP BY 1 HAVING day IS NOT NULL ORDER BY 1",
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
        _article_cond(f, w, "p.article_id")
        _article_claim_cond(f, w, "p.article_id")
        _article_event_cond(f, w, "p.article_id")
        join = " JOIN articles a ON a.id = p.article_id" if _needs(w, "a") else ""
        # Count per place first (an index scan), then look up the names of the page's places only.
        rows = self.execute(
            "WITH agg AS (SELECT p.geonameid, count(*) AS mentions, count(DISTINCT p.article_id) AS articles,"
            " avg(p.lat) AS lat, avg(p.lon) AS lon, count(*) OVER () AS total"
            f" FROM places p{join}{w.sql()} GROUP BY p.geonameid),"
            " page AS (SELECT agg.*, (SELECT rowid FROM places WHERE geonameid = agg.geonameid LIMIT 1) AS rid"
            " FROM agg)"
            " SELECT page.geonameid, d.name, d.feature, d.country, d.admin1, d.admin1_name, page.lat, page.lon,"
            " page.mentions, page.articles, page.total FROM page JOIN places d ON d.rowid = page.rid"
            f" ORDER BY {sort_sql('places', sort)} LIMIT ? OFFSET ?",
            [*w.params, limit, offset],
        ).fetchall()
        total = rows[0]["total"] if rows else 0
        if not rows and offset:
            total = self.execute(
                f"SELECT count(DISTINCT p.geonameid) FROM places p{join}{w.sql()}", w.params
            ).fetchone()[0]
        return total, [{k: r[k] for k in r.keys() if k != "total"} for r in rows]

    # -- what the filters can take ----------------------------------------------------------
    def facets(self) -> dict[str, Any]:
        """Values of the filters with their counts (whole-table counts: callers should cache)."""
        q = self.execute

        def values(sql: str) -> list[dict[str, Any]]:
            return [dict(r) for r in q(sql)]

        out = {
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
                "SELECT side AS value, count(*) AS n FROM claims WHERE side IS NOT NULL GROUP BY side ORDER BY n DESC"
            ),
            "statuses": values(
                "SELECT status AS value, count(*) AS n FROM claims WHERE status IS NOT NULL"
                " GROUP BY status ORDER BY n DESC"
            ),
            "marked": [
                {"value": name, "n": n}
                for name, cond in MARKINGS.items()
                if (n := q(f"SELECT count(*) FROM claims WHERE {cond}").fetchone()[0])
            ],
            "admin1": values(
                "SELECT admin1 AS value, max(admin1_name) AS name, count(*) AS n FROM places"
                " WHERE admin1 IS NOT NULL GROUP BY admin1 ORDER BY n DESC LIMIT 500"
            ),
        }
        return out


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
        "via": r["via"],
        "unverified_by": None
        if r["unverified_start"] is None
        else {"text": r["unverified_text"], "start": r["unverified_start"], "end": r["unverified_end"]},
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
