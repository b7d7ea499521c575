"""The read-only JSON API: filters, search, pagination, downloads, safety headers."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from sitrep.web.export import to_csv
from sitrep.web.query import Database, Filters, fts_query


def items(client, path, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_articles_list_newest_first_with_counts(client):
    page = items(client, "/api/articles")
    assert page["total"] == 5
    dates = [a["published"] for a in page["items"]]
    assert dates == sorted(dates, reverse=True)
    front = next(a for a in page["items"] if a["id"] == "demo-front")
    assert (front["places"], front["claims"], front["events"]) == (2, 2, 2)


def test_full_text_search_uses_words_not_substrings(client):
    ids = {a["id"] for a in items(client, "/api/articles", q="Vuhledar")["items"]}
    assert "demo-bakhmut" in ids and "demo-front" not in ids
    # all words are required
    assert {a["id"] for a in items(client, "/api/articles", q="Zhdanov house")["items"]} >= {"demo-bakhmut"}
    assert (
        items(client, "/api/articles", q="Zhdanov Brussels")["total"] == 1
    )  # only the whole sample has both
    # FTS5 syntax in user input is taken as words, never as a query error
    for q in ['"', "NEAR(", "a OR", "*", "title:x", "') OR 1=1 --"]:
        assert client.get("/api/articles", params={"q": q}).status_code == 200


def claims_of(records, keep):
    return {(r.article.id, c.id) for r in records for c in r.claims if keep(c)}


def test_claims_filter_by_side_and_status(client, web_records):
    ru = items(client, "/api/claims", side="RU", limit=500)["items"]
    assert {(c["article_id"], c["id"]) for c in ru} == claims_of(
        web_records, lambda c: c.speaker and c.speaker.side == "RU"
    )
    assert ("demo-front", "c1") in {(c["article_id"], c["id"]) for c in ru}
    denied = items(client, "/api/claims", status="denied", limit=500)["items"]
    assert {(c["article_id"], c["id"]) for c in denied} == claims_of(
        web_records, lambda c: c.status == "denied"
    )
    haidai = next(c for c in denied if c["article_id"] == "demo-front")
    assert haidai["speaker"]["name"] == "Serhiy Haidai" and haidai["contradicts"] == ["c1"]
    # a denied claim the reporter also marked unverified carries the marking's words and offsets
    texts = {r.article.id: r.article.text for r in web_records}
    marked = [c for c in denied if c["unverified_by"]]
    assert marked, "the sample's denied retreat claims were marked unverified"
    for c in marked:
        m = c["unverified_by"]
        assert texts[c["article_id"]][m["start"] : m["end"]] == m["text"]


def test_marked_unverified_filter_keeps_marked_claims_whatever_their_status(client, web_records):
    marked = items(client, "/api/claims", marked="unverified", limit=500)["items"]
    assert {(c["article_id"], c["id"]) for c in marked} == claims_of(
        web_records, lambda c: c.unverified_by is not None
    )
    # the sample's retreat claims were marked unverified by the reporter, then denied by the governor
    assert {c["status"] for c in marked} >= {"denied"}
    assert all(c["unverified_by"] for c in marked)
    # combined with a status, both must hold
    both = items(client, "/api/claims", marked="unverified", status="denied", limit=500)["items"]
    assert both and all(c["status"] == "denied" and c["unverified_by"] for c in both)
    # articles and events narrow to those with (or inside) such a claim
    with_marked = {r.article.id for r in web_records if any(c.unverified_by for c in r.claims)}
    assert {
        a["id"] for a in items(client, "/api/articles", marked="unverified", limit=500)["items"]
    } == with_marked
    events = items(client, "/api/events", marked="unverified", limit=500)["items"]
    marked_ids = claims_of(web_records, lambda c: c.unverified_by is not None)
    assert all((e["article_id"], e["claim"]) in marked_ids for e in events)
    # the download carries the reporter's words
    r = client.get("/api/claims", params={"marked": "unverified", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(marked) and all(row["unverified_by"] for row in rows)
    facets = items(client, "/api/facets")
    assert facets["marked"] == [{"value": "unverified", "n": len(marked)}]
    # only known markings; the value never reaches SQL as text
    assert client.get("/api/claims", params={"marked": "unverified' OR 1=1 --"}).status_code == 422
    assert client.get("/api/claims", params={"marked": ""}).status_code == 200


def test_claim_offsets_point_at_their_evidence(client):
    for c in items(client, "/api/claims", limit=500)["items"]:
        text = client.get(f"/api/articles/{c['article_id']}").json()["article"]["text"]
        assert text[c["content"]["start"] : c["content"]["end"]] == c["content"]["text"]
        if c["speaker"]:
            assert text[c["speaker"]["start"] : c["speaker"]["end"]] == c["speaker"]["text"]


def test_events_filter_by_admin1_type_and_date(client):
    donetsk = items(client, "/api/events", admin1="UA.05", q="Zhdanov")["items"]
    assert {(e["article_id"], e["place"]["name"]) for e in donetsk if e["article_id"] == "demo-bakhmut"} == {
        ("demo-bakhmut", "Vuhledar"),
        ("demo-bakhmut", "Bakhmut"),
    }
    assert all(e["place"]["admin1"] == "UA.05" for e in donetsk)
    battles = items(client, "/api/events", type="Battles", article="demo-bakhmut")["items"]
    assert [e["evidence"]["text"] for e in battles] == [
        'battle was occurring "around every single house" in Bakhmut'
    ]
    day = items(client, "/api/events", source="Reuters", **{"from": "2023-02-13", "to": "2023-02-13"})[
        "items"
    ]
    assert {(e["article_id"], e["type"]) for e in day} >= {("demo-brussels", "CONSULT")}
    assert all(e["day"] == "2023-02-13" for e in day)
    ru = items(client, "/api/events", side="RU")["items"]
    assert ("demo-front", "e2") in {(e["article_id"], e["id"]) for e in ru}
    assert all(any(a["side"] == "RU" for a in e["actors"]) for e in ru)


def test_bounding_box_and_place_filters(client):
    ukraine_east = items(client, "/api/places", bbox="36,47,41,51")["items"]
    ids = {p["geonameid"] for p in ukraine_east}
    assert {713174, 690823, 704508, 706483} <= ids and 2800866 not in ids  # Bakhmut .. Kharkiv, not Brussels
    # a claim is in the box when its article mentions a place there
    brussels = {c["article_id"] for c in items(client, "/api/claims", bbox="4,50,5,51")["items"]}
    assert "demo-brussels" in brussels and "demo-bakhmut" not in brussels
    bakhmut = {a["id"] for a in items(client, "/api/articles", place=713174)["items"]}
    assert "demo-bakhmut" in bakhmut and "demo-front" not in bakhmut
    assert client.get("/api/places", params={"bbox": "1,2,3"}).status_code == 400
    assert client.get("/api/places", params={"bbox": "0,95,1,96"}).status_code == 400


def test_places_aggregate_mentions(client):
    bakhmut = next(
        p for p in items(client, "/api/places", article="demo-bakhmut")["items"] if p["geonameid"] == 713174
    )
    assert (bakhmut["mentions"], bakhmut["articles"], bakhmut["admin1"]) == (3, 1, "UA.05")


def test_pagination_and_sort_whitelist(client, web_records):
    first = items(client, "/api/claims", limit=2, offset=0)
    second = items(client, "/api/claims", limit=2, offset=2)
    assert first["total"] == second["total"] == sum(len(r.claims) for r in web_records)
    assert {(c["article_id"], c["id"]) for c in first["items"]}.isdisjoint(
        {(c["article_id"], c["id"]) for c in second["items"]}
    )
    assert client.get("/api/claims", params={"sort": "status"}).status_code == 200
    assert client.get("/api/claims", params={"sort": "c.id; DROP TABLE claims"}).status_code == 400
    assert client.get("/api/claims", params={"limit": 100000}).status_code == 422
    # Numbers past SQLite's 64-bit integers are a client error, not a server error.
    for path, params in (
        ("/api/events", {"offset": 10**20}),
        ("/api/claims", {"offset": 10**20}),
        ("/api/places", {"place": 10**20}),
        ("/api/events", {"place": -1}),
    ):
        assert client.get(path, params=params).status_code == 422, (path, params)


def test_filters_are_bound_parameters(client, web_db, web_records):
    hostile = "x' OR '1'='1"
    for path in ("/api/articles", "/api/claims", "/api/events", "/api/places"):
        assert items(client, path, source=hostile, side=hostile)["total"] == 0
    stored = sqlite3.connect(web_db).execute("SELECT count(*) FROM claims").fetchone()[0]
    assert stored == sum(len(r.claims) for r in web_records)


def test_api_is_read_only(client, web_db):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/articles").status_code == 405
    with pytest.raises(sqlite3.OperationalError):
        Database(web_db).execute("DELETE FROM articles")


def test_timeline_counts_events_per_day(client):
    days = items(client, "/api/timeline", q="NATO chiefs")["days"]  # matches demo-brussels and the sample
    assert {"day": "2023-02-13", "events": 1} in days
    events = items(client, "/api/events", q="NATO chiefs", limit=500)["items"]
    assert sum(d["events"] for d in days) == sum(1 for e in events if e["day"])
    # an event dated to a week, month or year is off the day timeline, not on the publication day
    assert all(e["day"] is None for e in events if e["date"] and len(e["date"]) < 10)
    assert items(client, "/api/timeline", source="Sitrep Demo Desk")["days"] == [
        {"day": "2023-02-14", "events": 2}
    ]


def test_csv_and_geojson_downloads_follow_the_filter(client):
    r = client.get("/api/claims", params={"side": "UA", "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == items(client, "/api/claims", side="UA")["total"] and {
        row["side"] for row in rows
    } == {"UA"}
    g = client.get(
        "/api/events", params={"admin1": "UA.05", "article": "demo-bakhmut", "format": "geojson"}
    ).json()
    assert g["type"] == "FeatureCollection" and len(g["features"]) == 2
    lon, lat = g["features"][0]["geometry"]["coordinates"]
    assert 37 < lon < 39 and 47 < lat < 49
    places = client.get("/api/places", params={"format": "geojson", "bbox": "4,50,5,51"}).json()
    assert [f["properties"]["geonameid"] for f in places["features"]] == [2800866]


def test_csv_cells_cannot_become_spreadsheet_formulas():
    row = {"geonameid": 1, "name": '=HYPERLINK("http://evil")', "lat": -3.5}
    text = to_csv("places", [row])
    assert "'=HYPERLINK" in text and ",-3.5" in text


def test_article_record_and_404(client):
    rec = client.get("/api/articles/demo-bakhmut").json()
    assert rec["schema"] == "sitrep.article/1" and len(rec["places"]) == 6
    assert client.get("/api/articles/nope").status_code == 404


def test_facets_list_filter_values(client):
    f = items(client, "/api/facets")
    assert {"UA", "RU"} <= {s["value"] for s in f["sides"]}
    assert "UA.05" in {a["value"] for a in f["admin1"]}
    assert "Battles" in {t["value"] for t in f["types"]}


def test_security_headers_and_openapi(client):
    for path in ("/", "/api/articles", "/static/app.js"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "default-src 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
    spec = client.get("/api/openapi.json").json()
    assert {"/api/articles", "/api/claims", "/api/events", "/api/places", "/api/timeline"} <= set(
        spec["paths"]
    )
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "bbox",
        "admin1",
        "place",
        "from",
        "to",
        "type",
        "side",
        "status",
        "source",
        "q",
        "format",
    } <= params
    assert client.get("/docs").status_code == 404  # its page would load from a CDN


def test_tile_server_is_allowed_only_when_named(web_db):
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    with TestClient(create_app(web_db, tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png")) as c:
        assert (
            "img-src 'self' data: https://*.tiles.example.org"
            in c.get("/").headers["content-security-policy"]
        )
        assert c.get("/api/config").json()["tiles"].startswith("https://")


def test_fts_query_quotes_every_word():
    assert fts_query('Bakhmut "shelling') == '"Bakhmut" "shelling"'
    assert fts_query("Bakh*") == '"Bakh"*'
    assert fts_query("--") is None
    assert Filters.parse_bbox("36,47,41,50") == (36.0, 47.0, 41.0, 50.0)


def test_report_embeds_data_without_markup(web_db):
    from sitrep.web.report import build_report, embed_json

    html = build_report(web_db)
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html
    assert "Content-Security-Policy" in html and "'unsafe-inline'" not in html
    assert '<link rel="stylesheet"' not in html and "<script src" not in html  # all inline: nothing to fetch
    assert json.loads(embed_json({"t": "</script><b>&"})) == {"t": "</script><b>&"}


def test_cached_answers_follow_new_writes(tmp_path, web_records):
    from fastapi.testclient import TestClient

    from sitrep.ingest.base import text_hash
    from sitrep.store import SQLiteStore
    from sitrep.web.app import create_app

    path = tmp_path / "live.db"
    first, second = web_records[1], web_records[2]
    with SQLiteStore(path) as store:
        store.add_records([(first, text_hash(first.article.text), "t")])
    with TestClient(create_app(path)) as c:
        assert c.get("/api/articles").json()["total"] == 1
        assert c.get("/api/articles").json()["total"] == 1  # from the cache
        with SQLiteStore(path) as store:  # an ingest commits while the server runs
            store.add_records([(second, text_hash(second.article.text), "t")])
        assert c.get("/api/articles").json()["total"] == 2
        days = {d["day"] for d in c.get("/api/timeline").json()["days"]}
        assert days == {e.date for r in (first, second) for e in r.events}  # events.day set on insert


def test_total_is_known_past_the_last_page(client):
    for path in ("/api/events", "/api/claims"):
        for params in ({"admin1": "UA.05"}, {"type": "ASSAULT"}):
            first = items(client, path, limit=1, **params)
            past = items(client, path, offset=1000, **params)
            assert past["items"] == [] and past["total"] == first["total"] > 0
            assert first["total"] == len(items(client, path, limit=500, **params)["items"])


def test_database_from_before_migration_2_is_served_the_same(tmp_path, web_db):
    """`serve` opens read-only, so it cannot migrate: it computes the event day itself."""
    import shutil

    old = tmp_path / "old.db"
    shutil.copy(web_db, old)
    with sqlite3.connect(old) as db:
        db.executescript(
            "DROP TRIGGER events_day; DROP INDEX events_day; DROP INDEX events_place;"
            " ALTER TABLE events DROP COLUMN day; PRAGMA user_version = 1;"
        )
    new_db, old_db = Database(web_db, cache=0), Database(old, cache=0)
    assert old_db.day != "e.day"
    f = Filters(date_from="2023-02-14", date_to="2023-02-15")
    assert old_db.timeline(Filters()) == new_db.timeline(Filters())
    assert old_db.events(f, 500) == new_db.events(f, 500)


def test_database_from_before_migration_8_gets_no_day_for_a_month_dated_event(tmp_path, web_db):
    """Read-only, a schema-7 database keeps its stored days, which put "in May" on publication."""
    import shutil

    old = tmp_path / "old.db"
    shutil.copy(web_db, old)
    with sqlite3.connect(old) as db:
        article, event, published = db.execute(
            "SELECT e.article_id, e.id, a.published FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE e.date IS NOT NULL LIMIT 1"
        ).fetchone()
        db.execute(
            "UPDATE events SET date = '2022-05', day = ? WHERE article_id = ? AND id = ?",
            [published, article, event],
        )
        db.execute("PRAGMA user_version = 7")
    old_db = Database(old, cache=0)
    _, rows = old_db.events(Filters(article=article), 500)
    assert {r["id"]: r["day"] for r in rows}[event] is None
    assert all(d["day"] != "2022-05" for d in old_db.timeline(Filters()))


def test_report_limit_says_what_was_left_out(web_db, web_records):
    from sitrep.web.report import build_report

    html = build_report(web_db, limit=2)
    assert f"newest 2 of the database's {len(web_records)} articles" in html
    assert "hostile" in html and "demo-brussels" not in html  # the two newest: 2023-02-16 and 02-15
    assert '"entities"' not in html  # not shown, so not shipped
