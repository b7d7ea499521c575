"""The SQLite schema, as an ordered list of migrations.

`PRAGMA user_version` holds the number of migrations applied; opening a database applies the
missing ones in one transaction each. Never edit a released migration: append a new one.

The full record of each article is kept as JSON (`articles.record`) so exports are exact; the
per-kind tables (places, times, claims, events) repeat its fields in columns so that the web
app and analysts can filter with plain SQL.
"""

MIGRATIONS: list[str] = [
    # 1: articles, their extractions, runs and failures; full-text search over articles.
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,
        inputs TEXT NOT NULL,            -- JSON list of the paths given
        started TEXT NOT NULL,
        finished TEXT,
        status TEXT NOT NULL,            -- running, done, failed, interrupted (see migration 5)
        sitrep_version TEXT NOT NULL,
        model_version TEXT,
        stages TEXT,                     -- JSON list of pipeline stages
        n_read INTEGER NOT NULL DEFAULT 0,
        n_new INTEGER NOT NULL DEFAULT 0,
        n_duplicate INTEGER NOT NULL DEFAULT 0,
        n_failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,       -- of the normalized text: the same article twice is one row
        title TEXT,
        published TEXT,
        source TEXT,
        url TEXT,
        language TEXT,
        text TEXT NOT NULL,
        origin TEXT,                     -- the input it was first read from
        run_id INTEGER REFERENCES runs(id),
        record TEXT NOT NULL             -- the full sitrep.article/1 record as JSON
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_source ON articles(source);
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT, start INTEGER, "end" INTEGER, label TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT, start INTEGER, "end" INTEGER,
        geonameid INTEGER, name TEXT, feature TEXT, country TEXT, admin1 TEXT, admin1_name TEXT,
        lat REAL, lon REAL, metonym INTEGER, reason TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX places_geonameid ON places(geonameid);
    CREATE INDEX places_admin1 ON places(admin1);
    CREATE INDEX places_latlon ON places(lat, lon);
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT, start INTEGER, "end" INTEGER, value TEXT, type TEXT,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_name TEXT, side TEXT,
        cue TEXT, quote TEXT,
        content_text TEXT, content_start INTEGER, content_end INTEGER,
        status TEXT, contradicts TEXT,   -- JSON list of claim ids in the same article
        PRIMARY KEY (article_id, id)
    );
    CREATE INDEX claims_status ON claims(status);
    CREATE INDEX claims_side ON claims(side);
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,
        actors TEXT,                     -- JSON list of {text, side, role}
        place_idx INTEGER,               -- places.idx in the same article
        date TEXT,
        quantities TEXT,                 -- JSON list of {text, value, unit, qualifier}
        claim TEXT,
        evidence_start INTEGER, evidence_end INTEGER,
        PRIMARY KEY (article_id, id)
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date);
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(id),
        origin TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    """,
    # 2 (web app): the day each event happened, stored and indexed so the map, the timeline and
    # date filters need no sort over every event; indexes for the web app's other filters.
    """
    ALTER TABLE events ADD COLUMN day TEXT;  -- the event's own date when it names a day, else the article's
    UPDATE events SET day = COALESCE(
        CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(date, 1, 10) END,
        (SELECT published FROM articles a WHERE a.id = events.article_id));
    CREATE TRIGGER events_day AFTER INSERT ON events BEGIN
        UPDATE events SET day = COALESCE(
            CASE WHEN new.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.date, 1, 10) END,
            (SELECT published FROM articles a WHERE a.id = new.article_id))
        WHERE rowid = new.rowid;
    END;
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_place ON events(article_id, place_idx, day);
    CREATE INDEX events_acled_type ON events(acled_event_type);
    -- covering indexes: place filters and per-place counts read no table rows
    CREATE INDEX places_geonameid_cover ON places(geonameid, lat, lon, article_id);
    CREATE INDEX places_latlon_cover ON places(lat, lon, article_id, idx);
    CREATE INDEX places_admin1_cover ON places(admin1, article_id, idx, admin1_name);
    """,
    # 3 (web app): one covering index for bounding-box filters, both for events (article_id, idx)
    # and for per-place counts (geonameid); migration 1's single-purpose place indexes are
    # superseded by the covering ones (same leading columns), so ingest keeps as many to update.
    """
    DROP INDEX places_latlon_cover;
    CREATE INDEX places_latlon_geo ON places(lat, lon, geonameid, article_id, idx);
    DROP INDEX places_latlon;
    DROP INDEX places_admin1;
    DROP INDEX places_geonameid;
    """,
    # 4: modality and precision of events, dates of claims (additive record fields).
    """
    ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
    ALTER TABLE events ADD COLUMN place_precision TEXT;
    ALTER TABLE events ADD COLUMN date_precision TEXT;
    ALTER TABLE claims ADD COLUMN date TEXT;
    ALTER TABLE claims ADD COLUMN date_precision TEXT;
    ALTER TABLE claims ADD COLUMN cue_start INTEGER;
    ALTER TABLE claims ADD COLUMN cue_end INTEGER;
    ALTER TABLE claims ADD COLUMN strength TEXT;
    CREATE INDEX events_modality ON events(modality);
    """,
    # 5: the process that runs each run, so a run killed with kill -9 (left 'running') can be told
    # from one still going, and marked 'interrupted' by the next run.
    """
    ALTER TABLE runs ADD COLUMN pid INTEGER;
    ALTER TABLE runs ADD COLUMN host TEXT;
    """,
    # 6: where the article says it could not verify a claim (kept when a denial outranks it).
    """
    ALTER TABLE claims ADD COLUMN unverified_start INTEGER;
    ALTER TABLE claims ADD COLUMN unverified_end INTEGER;
    """,
    # 7: the report a claim was relayed through ("X said …, according to Z": X's claim, via Z's).
    """
    ALTER TABLE claims ADD COLUMN via TEXT;
    """,
    # 8: an event dated to a week, month, season or year ("captured in May") has no day: migration
    # 2 put it on the publication day, so the timeline and date filters showed a May capture in
    # July. Only an event with no date of its own falls back to the publication day.
    """
    DROP TRIGGER events_day;
    UPDATE events SET day = CASE
        WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(date, 1, 10)
        WHEN date IS NULL THEN (SELECT published FROM articles a WHERE a.id = events.article_id)
    END;
    CREATE TRIGGER events_day AFTER INSERT ON events BEGIN
        UPDATE events SET day = CASE
            WHEN new.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(new.date, 1, 10)
            WHEN new.date IS NULL THEN (SELECT published FROM articles a WHERE a.id = new.article_id)
        END
        WHERE rowid = new.rowid;
    END;
    """,
]
