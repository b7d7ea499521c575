"""The SQLite store: migrations, de-duplication, one transaction per batch, bound parameters."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from sitrep.ingest.base import text_hash
from sitrep.record import Article, Claim, Entity, Event, Evidence, Place, Record, Span, Speaker, Time
from sitrep.store import StoreError, open_store
from sitrep.store.migrations import MIGRATIONS

TEXT = "Russian forces shelled Kharkiv on Tuesday, the governor said."


def make_record(text: str = TEXT, id_: str | None = None) -> Record:
    rec = Record(article=Article(id=id_ or text_hash(text), text=text, published="2023-02-15", source="wire"))
    rec.entities = [Entity("Kharkiv", 23, 30, "GPE")]
    rec.places = [
        Place(
            "Kharkiv",
            23,
            30,
            706483,
            "Kharkiv",
            "city",
            "UA",
            "UA.07",
            "Kharkivska Oblast",
            49.98,
            36.25,
            False,
            "test",
        )
    ]
    rec.times = [Time("Tuesday", 34, 41, "2023-02-14", "DATE")]
    rec.claims = [
        Claim("c1", Speaker("the governor", 43, 55, None, "UA"), "say", "indirect", Span(text[:41], 0, 41))
    ]
    rec.events = [
        Event(
            "e1",
            "ASSAULT",
            "shelling",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            [],
            0,
            "2023-02-14",
            [],
            "c1",
            Evidence(0, 41),
        )
    ]
    return rec


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "t.db")) as s:
        yield s


def test_new_database_is_migrated_to_latest_and_in_wal_mode(store):
    assert store.schema_version == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path):
    path = str(tmp_path / "t.db")
    with open_store(path) as s:
        s.add_records([(make_record(), text_hash(TEXT), "a.txt")])
    with open_store(path) as s:
        assert s.count() == 1
        assert s.schema_version == len(MIGRATIONS)


def test_newer_database_is_refused(tmp_path):
    path = str(tmp_path / "t.db")
    open_store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this sitrep"):
        open_store(path)


def test_same_text_twice_is_stored_once(store):
    rec = make_record()
    first = store.add_records([(rec, text_hash(TEXT), "a.txt")])
    again = store.add_records([(make_record(id_="other-id"), text_hash(TEXT), "b.jsonl:3")])
    assert (first.new, first.duplicate) == (1, 0)
    assert (again.new, again.duplicate) == (0, 1)
    assert store.count() == 1
    assert store.known([text_hash(TEXT), "nope"]) == {text_hash(TEXT)}


def test_record_round_trips_through_the_store(store):
    rec = make_record()
    store.add_records([(rec, text_hash(TEXT), "a.txt")])
    (back,) = store.records()
    assert back == rec
    row = store.db.execute("SELECT speaker_text, side, status FROM claims").fetchone()
    assert tuple(row) == ("the governor", "UA", "reported")
    assert store.db.execute("SELECT name, admin1 FROM places").fetchone()["admin1"] == "UA.07"


def test_unverified_marking_is_kept_in_record_and_columns(store):
    # A claim denied later keeps the words that marked it unverified, in the record and the table.
    rec = make_record()
    rec.claims[0].status = "denied"
    rec.claims[0].unverified_by = Span("could not be verified", 20, 41)
    store.add_records([(rec, text_hash(TEXT), "a.txt")])
    (back,) = store.records()
    assert back.claims[0].unverified_by == Span("could not be verified", 20, 41)
    row = store.db.execute("SELECT status, unverified_start, unverified_end FROM claims").fetchone()
    assert tuple(row) == ("denied", 20, 41)


def test_full_text_search_finds_stored_articles(store):
    store.add_records([(make_record(), text_hash(TEXT), "a.txt")])
    hits = store.db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ("kharkiv",)
    ).fetchall()
    assert len(hits) == 1


def test_find_by_prefix_treats_like_wildcards_literally(store):
    rec = make_record()
    store.add_records([(rec, text_hash(TEXT), "a.txt")])
    assert store.find(rec.article.id[:6]) == [rec.article.id]
    assert store.find("%") == []
    assert store.find("_") == []


def test_hostile_values_are_stored_verbatim(store):
    text = "'); DROP TABLE articles; -- <script>alert(1)</script>"
    rec = Record(article=Article(id="x'; DROP TABLE runs; --", text=text, title="Robert'); --"))
    store.add_records([(rec, text_hash(text), "evil.txt")])
    (back,) = store.records([rec.article.id])
    assert back.article.text == text
    assert store.count() == 1


def test_runs_and_failures_are_recorded(store):
    run = store.begin_run("ingest", ["samples/"], "0.1.0", "en_core_web_sm-3.8.0", ["entities"])
    store.add_failures(run, [("bad.bin", "binary file")])
    store.update_run(run, read=3, new=2, duplicate=1, failed=1, status="done")
    row = store.db.execute(
        "SELECT status, n_read, n_new, n_duplicate, n_failed, finished FROM runs"
    ).fetchone()
    assert tuple(row)[:5] == ("done", 3, 2, 1, 1)
    assert row["finished"]
    assert store.failures(run) == [("bad.bin", "binary file")]


def test_a_failed_batch_leaves_nothing_behind(store):
    good = make_record()
    broken = make_record("Another article about Sloviansk and Kramatorsk.")
    broken.places[0].geonameid = 2**70  # valid JSON, but no SQLite integer: the whole batch must roll back
    with pytest.raises(OverflowError):
        store.add_records(
            [(good, text_hash(good.article.text), "a"), (broken, text_hash(broken.article.text), "b")]
        )
    assert store.count() == 0


def test_stats_counts_every_kind(store):
    store.add_records([(make_record(), text_hash(TEXT), "a.txt")])
    stats = store.stats()
    assert stats["counts"]["articles"] == 1
    assert stats["counts"]["events"] == 1
    assert stats["top_places"][0]["name"] == "Kharkiv"


def test_readonly_store_refuses_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "missing.db"), readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_sitreps_database_is_refused_and_left_alone(tmp_path):
    # --db pointed at the wrong file: a text file, or another application's SQLite database
    # (which an ingest must not fill with sitrep's tables).
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n", "utf-8")
    for readonly in (False, True):
        with pytest.raises(StoreError, match="notes.db: cannot open the database .*not a database"):
            open_store(str(notes), readonly=readonly)
    assert notes.read_text("utf-8") == "shopping list\n"

    other = tmp_path / "zotero.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)")
    con.commit()
    con.close()
    for readonly in (False, True):
        with pytest.raises(StoreError, match=r"zotero.sqlite: not a sitrep database \(its tables: items\)"):
            open_store(str(other), readonly=readonly)
    con = sqlite3.connect(other)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["items"]
    con.close()

    # A new, empty file (e.g. made by `touch`) is fine to ingest into.
    empty = tmp_path / "new.db"
    empty.touch()
    with open_store(str(empty)) as store:
        assert store.count() == 0


def test_a_run_whose_process_died_is_marked_interrupted(tmp_path):
    path = str(tmp_path / "runs.db")
    with open_store(path) as store:
        live = store.begin_run("ingest", ["a/"], "0.1.0", None, [])
        dead = store.begin_run("ingest", ["b/"], "0.1.0", None, [])
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
        store.db.execute("UPDATE runs SET pid = ? WHERE id = ?", (int(gone.stdout), dead))
        store.db.commit()
    with open_store(path, readonly=True) as reader:  # stats says so without writing
        shown = {r["id"]: r["status"] for r in reader.stats()["last_runs"]}
        assert shown == {live: "running", dead: "interrupted"}
    with open_store(path) as store:
        store.begin_run("ingest", ["c/"], "0.1.0", None, [])  # the next run records it
        statuses = dict(store.db.execute("SELECT id, status FROM runs").fetchall())
        assert statuses[live] == "running" and statuses[dead] == "interrupted"


def test_stats_reads_a_database_of_an_older_schema_read_only(tmp_path):
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:4], start=1):
        con.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    con.execute(
        "INSERT INTO runs (command, inputs, started, status, sitrep_version) VALUES ('ingest', '[]', 'x', 'done', '0')"
    )
    con.commit()
    con.close()
    with open_store(str(path), readonly=True) as reader:
        assert reader.schema_version == 4
        assert reader.stats()["last_runs"][0]["status"] == "done"


def test_an_id_already_taken_by_another_text_is_a_conflict_not_a_duplicate(tmp_path):
    with open_store(str(tmp_path / "ids.db")) as store:
        first = make_record(TEXT, id_="1")
        other_text = "Ukrainian drones struck an oil depot in Bryansk overnight, Russian officials said."
        other = make_record(other_text, id_="1")
        store.add_records([(first, text_hash(TEXT), "a.jsonl:1")])
        stored = store.add_records(
            [(other, text_hash(other_text), "b.jsonl:1"), (first, text_hash(TEXT), "c.jsonl:4")]
        )
        assert (stored.new, stored.duplicate) == (0, 1)
        assert stored.conflicts == [
            (
                "b.jsonl:1",
                "id '1' is already used by another article in the database (read from a.jsonl:1); "
                "give each article its own id, or leave ids out",
            )
        ]
        assert store.id_owners(["1", "2"]) == {"1": (text_hash(TEXT), "a.jsonl:1")}


def test_ingests_that_start_together_on_a_new_database_migrate_it_once(tmp_path):
    # Two `sitrep ingest --db new.db` started at the same moment (a cron job and a user): the
    # second used to fail with "table runs already exists".
    path = str(tmp_path / "new.db")
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_at_once() -> None:
        start.wait()
        try:
            open_store(path).close()
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=open_at_once) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(path) as store:
        assert store.schema_version == len(MIGRATIONS) and store.count() == 0


def test_relayed_claim_keeps_the_report_it_came_through(tmp_path, pipeline):
    # "X told soldiers, according to his office": X's own claim is relayed by the office's report;
    # the link survives the store (record and column), the web API and `sitrep show`.
    from sitrep.show import render
    from sitrep.web.query import Database, Filters

    text = "“We hold the line,” Syrskyi told soldiers on Monday, according to his office."
    (rec,) = pipeline.process([Article(id=text_hash(text), text=text, published="2023-02-15", source="wire")])
    relayed = [c for c in rec.claims if c.via]
    assert len(relayed) == 1 and relayed[0].via in {c.id for c in rec.claims}
    store = open_store(tmp_path / "r.db")
    store.add_records([(rec, text_hash(text), "r.txt")])
    (back,) = store.records()
    assert [c.via for c in back.claims] == [c.via for c in rec.claims]
    column = {row["id"]: row["via"] for row in store.db.execute("SELECT id, via FROM claims")}
    assert column == {c.id: c.via for c in rec.claims}
    store.close()
    _, api = Database(tmp_path / "r.db").claims(Filters(), limit=10)
    assert {c["id"]: c["via"] for c in api} == column
    assert f"relayed by claim {relayed[0].via}" in render(back, color=False)


def _event_days(db) -> dict[str, str | None]:
    return dict(db.execute("SELECT date, day FROM events WHERE date IS NOT NULL").fetchall()) | {
        None: db.execute("SELECT day FROM events WHERE date IS NULL").fetchone()[0]
    }


def _dated_events(text: str) -> Record:
    """One event dated to a day, one to a month ("captured in May") and one with no date."""
    rec = make_record(text)
    first = rec.events[0]
    rec.events = [
        first,
        Event("e2", "ASSAULT", None, None, None, [], 0, "2022-05", [], None, Evidence(0, 41)),
        Event("e3", "ASSAULT", None, None, None, [], 0, None, [], None, Evidence(0, 41)),
    ]
    return rec


def test_an_event_dated_to_a_month_has_no_day_and_an_undated_one_the_publication(store):
    rec = _dated_events(TEXT)
    store.add_records([(rec, text_hash(TEXT), "t")])
    assert _event_days(store.db) == {"2023-02-14": "2023-02-14", "2022-05": None, None: "2023-02-15"}


def _schema_7_database_with_dated_events(path) -> None:
    """A database written before migration 8: its trigger put every non-day date on publication."""
    con = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:7], start=1):
        con.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    con.execute(
        "INSERT INTO articles (id, hash, published, text, record) VALUES ('a', 'h', '2023-02-15', ?, '{}')",
        [TEXT],
    )
    con.executemany(
        "INSERT INTO events (article_id, id, date) VALUES ('a', ?, ?)",
        [("e1", "2023-02-14"), ("e2", "2022-05"), ("e3", None)],
    )
    con.commit()
    assert _event_days(con) == {"2023-02-14": "2023-02-14", "2022-05": "2023-02-15", None: "2023-02-15"}
    con.close()


def test_migration_8_moves_month_dated_events_off_the_publication_day(tmp_path):
    path = tmp_path / "old.db"
    _schema_7_database_with_dated_events(path)
    with open_store(str(path)) as s:
        assert _event_days(s.db) == {"2023-02-14": "2023-02-14", "2022-05": None, None: "2023-02-15"}
        s.add_records([(_dated_events("Another text."), text_hash("Another text."), "t")])
        new = dict(s.db.execute("SELECT id, day FROM events WHERE article_id != 'a'").fetchall())
    assert new == {"e1": "2023-02-14", "e2": None, "e3": "2023-02-15"}
