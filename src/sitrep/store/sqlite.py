"""The embedded store: one SQLite file in WAL mode, migrated on open.

Writes happen one transaction per batch, so a run killed at any point leaves whole batches
behind; the next run skips the articles already stored (by text hash) and finishes the rest.
Every value reaches SQL as a bound parameter.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitrep.record import Record
from sitrep.store.migrations import MIGRATIONS


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (triggers kept whole)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip() and not all(x.strip().startswith("--") for x in pending.splitlines() if x.strip()):
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:80]!r}")


def _run_as_shown(run: dict[str, Any]) -> dict[str, Any]:
    """A `runs` row for `stats`: a 'running' run whose process is gone shows as 'interrupted'."""
    shown = {k: run[k] for k in _RUN_FIELDS}
    if run["status"] == "running" and not _alive(run.get("pid"), run.get("host")):
        shown["status"] = "interrupted"
    return shown


_RUN_FIELDS = ("id", "command", "started", "finished", "status", "n_read", "n_new", "n_duplicate", "n_failed")


def _alive(pid: int | None, host: str | None) -> bool:
    """Whether the process that started a run may still be running it.

    Only a process on this machine can be checked; a run from elsewhere, or from before runs
    kept their process id, counts as alive (it is left as it is).
    """
    if pid is None or host != socket.gethostname():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


@dataclass
class Stored:
    """What `add_records` did with a batch; `conflicts` are (origin, reason) of records refused
    because their id belongs to another article already stored."""

    new: int = 0
    duplicate: int = 0
    conflicts: list[tuple[str, str]] = field(default_factory=list)


def id_taken(article_id: str, origin: str | None) -> str:
    where = f" (read from {origin})" if origin else ""
    return (
        f"id {article_id!r} is already used by another article in the database{where}; "
        "give each article its own id, or leave ids out"
    )


class StoreError(RuntimeError):
    """The database cannot be used: not SQLite, not sitrep's, too new, or not openable."""


def check_schema(db: sqlite3.Connection, path: str, readonly: bool) -> int:
    """The sitrep schema version of an open database, or StoreError when it is not sitrep's.

    A writer would otherwise add sitrep's tables to some other application's database; a
    reader would fail on its first query.
    """
    # One statement, so one snapshot: a migration committing in between cannot split the two.
    version, names = db.execute(
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " (SELECT json_group_array(name) FROM sqlite_master WHERE type = 'table')"
    ).fetchone()
    if version > len(MIGRATIONS):
        raise StoreError(
            f"{path}: database schema version {version} is newer than this sitrep "
            f"({len(MIGRATIONS)}); upgrade sitrep"
        )
    tables = set(json.loads(names))
    if version == 0 and (readonly or tables):
        found = f" (its tables: {', '.join(sorted(tables)[:8])})" if tables else ""
        raise StoreError(f"{path}: not a sitrep database{found}")
    if version > 0 and "articles" not in tables:
        raise StoreError(f"{path}: not a sitrep database (no articles table)")
    return version


class SQLiteStore:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if readonly and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database")
        try:
            if readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            else:
                self.db = sqlite3.connect(self.path, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            check_schema(self.db, self.path, readonly)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._use_wal()
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: cannot open the database ({e})") from e

    # -- schema ---------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _use_wal(self, tries: int = 100) -> None:
        """Switch a new file to WAL. The switch takes no busy wait: when another process opens
        the same new file at that moment it fails at once with 'locked', so it is retried."""
        for attempt in range(tries):
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == tries - 1:
                    raise
                time.sleep(0.05)

    def migrate(self) -> None:
        """Apply the missing migrations, all in one transaction.

        The version is read again under the write lock: two ingests that start together on a
        new file (or after an upgrade) migrate it once, the second finding the work done.
        """
        if check_schema(self.db, self.path, readonly=False) == len(MIGRATIONS):
            return
        level = self.db.isolation_level
        self.db.isolation_level = None  # our BEGIN/COMMIT, not the module's implicit ones
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                version = check_schema(self.db, self.path, readonly=False)
                for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    for statement in _statements(script):
                        self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version = {number}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        finally:
            self.db.isolation_level = level

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs and failures ---------------------------------------------------------------
    def begin_run(
        self,
        command: str,
        inputs: list[str],
        sitrep_version: str,
        model_version: str | None,
        stages: list[str],
    ) -> int:
        with self.db:
            dead = [r["id"] for r in self._running() if not _alive(r["pid"], r["host"])]
            self.db.executemany("UPDATE runs SET status = 'interrupted' WHERE id = ?", [(i,) for i in dead])
            cur = self.db.execute(
                "INSERT INTO runs (command, inputs, started, status, sitrep_version, model_version, stages,"
                " pid, host) VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?)",
                (
                    command,
                    json.dumps(inputs),
                    _now(),
                    sitrep_version,
                    model_version,
                    json.dumps(stages),
                    os.getpid(),
                    socket.gethostname(),
                ),
            )
        return int(cur.lastrowid)

    def _running(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT id, pid, host FROM runs WHERE status = 'running'").fetchall()

    def update_run(
        self, run_id: int, *, read: int, new: int, duplicate: int, failed: int, status: str | None = None
    ) -> None:
        with self.db:
            self.db.execute(
                "UPDATE runs SET n_read = ?, n_new = ?, n_duplicate = ?, n_failed = ?,"
                " status = COALESCE(?, status), finished = CASE WHEN ? IS NULL THEN finished ELSE ? END"
                " WHERE id = ?",
                (read, new, duplicate, failed, status, status, _now(), run_id),
            )

    def add_failures(self, run_id: int | None, failures: Iterable[tuple[str, str]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT INTO failures (run_id, origin, reason) VALUES (?, ?, ?)",
                [(run_id, origin, reason) for origin, reason in failures],
            )

    # -- articles ------------------------------------------------------------------------
    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of these text hashes are stored already."""
        hashes = list(hashes)
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            part = hashes[i : i + 500]
            marks = ",".join("?" * len(part))
            found.update(
                r[0] for r in self.db.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", part)
            )
        return found

    def id_owners(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """Stored article id -> (text hash, origin), for those of `ids` that are stored."""
        ids = list(ids)
        found: dict[str, tuple[str, str | None]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for r in self.db.execute(f"SELECT id, hash, origin FROM articles WHERE id IN ({marks})", part):
                found[r[0]] = (r[1], r[2])
        return found

    def add_records(self, batch: list[tuple[Record, str, str]], run_id: int | None = None) -> Stored:
        """Store (record, text hash, origin) triples in one transaction; duplicates are skipped."""
        out = Stored()
        with self.db:
            for record, text_hash, origin in batch:
                a = record.article
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, hash, title, published, source, url, language,"
                    " text, origin, run_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        a.id,
                        text_hash,
                        a.title,
                        a.published,
                        a.source,
                        a.url,
                        a.language,
                        a.text,
                        origin,
                        run_id,
                        record.to_json(),
                    ),
                )
                if cur.rowcount == 0:
                    owner = self.db.execute(
                        "SELECT hash, origin FROM articles WHERE id = ?", (a.id,)
                    ).fetchone()
                    if owner is not None and owner["hash"] != text_hash:
                        out.conflicts.append((origin, id_taken(a.id, owner["origin"])))
                    else:
                        out.duplicate += 1
                    continue
                out.new += 1
                self._add_parts(record)
        return out

    def _add_parts(self, record: Record) -> None:
        aid = record.article.id
        self.db.executemany(
            'INSERT INTO entities (article_id, idx, text, start, "end", label) VALUES (?, ?, ?, ?, ?, ?)',
            [(aid, i, e.text, e.start, e.end, e.label) for i, e in enumerate(record.entities)],
        )
        self.db.executemany(
            'INSERT INTO places (article_id, idx, text, start, "end", geonameid, name, feature, country,'
            " admin1, admin1_name, lat, lon, metonym, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    i,
                    p.text,
                    p.start,
                    p.end,
                    p.geonameid,
                    p.name,
                    p.feature,
                    p.country,
                    p.admin1,
                    p.admin1_name,
                    p.lat,
                    p.lon,
                    int(p.metonym),
                    p.reason,
                )
                for i, p in enumerate(record.places)
            ],
        )
        self.db.executemany(
            'INSERT INTO times (article_id, idx, text, start, "end", value, type) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(aid, i, t.text, t.start, t.end, t.value, t.type) for i, t in enumerate(record.times)],
        )
        self.db.executemany(
            "INSERT INTO claims (article_id, id, speaker_text, speaker_start, speaker_end, speaker_name, side,"
            " cue, quote, content_text, content_start, content_end, status, contradicts, date, date_precision,"
            " cue_start, cue_end, strength, unverified_start, unverified_end, via)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    c.id,
                    c.speaker.text if c.speaker else None,
                    c.speaker.start if c.speaker else None,
                    c.speaker.end if c.speaker else None,
                    c.speaker.name if c.speaker else None,
                    c.speaker.side if c.speaker else None,
                    c.cue,
                    c.quote,
                    c.content.text,
                    c.content.start,
                    c.content.end,
                    c.status,
                    json.dumps(c.contradicts),
                    c.date,
                    c.date_precision,
                    c.cue_span.start if c.cue_span else None,
                    c.cue_span.end if c.cue_span else None,
                    c.strength,
                    c.unverified_by.start if c.unverified_by else None,
                    c.unverified_by.end if c.unverified_by else None,
                    c.via,
                )
                for c in record.claims
            ],
        )
        self.db.executemany(
            "INSERT INTO events (article_id, id, type, mode, acled_event_type, acled_sub_event_type, actors,"
            " place_idx, date, quantities, claim, evidence_start, evidence_end, modality, place_precision,"
            " date_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    e.id,
                    e.type,
                    e.mode,
                    e.acled_event_type,
                    e.acled_sub_event_type,
                    json.dumps([vars(x) for x in e.actors], ensure_ascii=False),
                    e.place,
                    e.date,
                    json.dumps([vars(q) for q in e.quantities], ensure_ascii=False),
                    e.claim,
                    e.evidence.start,
                    e.evidence.end,
                    e.modality,
                    e.place_precision,
                    e.date_precision,
                )
                for e in record.events
            ],
        )

    # -- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def records(self, ids: Iterable[str] | None = None) -> Iterator[Record]:
        """Stored records in ingest order (all, or those with the given ids)."""
        if ids is None:
            rows = self.db.execute("SELECT record FROM articles ORDER BY rowid")
            for (data,) in rows:
                yield Record.from_dict(json.loads(data))
            return
        for aid in ids:
            row = self.db.execute("SELECT record FROM articles WHERE id = ?", (aid,)).fetchone()
            if row:
                yield Record.from_dict(json.loads(row[0]))

    def find(self, id_or_prefix: str) -> list[str]:
        """Article ids equal to, or starting with, what the user typed (as `git` does with hashes)."""
        exact = self.db.execute("SELECT id FROM articles WHERE id = ?", (id_or_prefix,)).fetchone()
        if exact:
            return [exact[0]]
        like = id_or_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [
            r[0]
            for r in self.db.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 10", (like,))
        ]

    def stats(self) -> dict[str, Any]:
        q = self.db.execute

        def rows(sql: str, *args: Any) -> list[dict[str, Any]]:
            return [dict(r) for r in q(sql, args)]

        counts = {
            t: q(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed table names
            for t in ("articles", "entities", "places", "times", "claims", "events", "failures", "runs")
        }
        return {
            "database": self.path,
            "schema_version": self.schema_version,
            "counts": counts,
            "published": dict(
                q("SELECT min(published) AS first, max(published) AS last FROM articles").fetchone()
            ),
            "sources": rows(
                "SELECT source, count(*) AS articles FROM articles GROUP BY source ORDER BY 2 DESC LIMIT 10"
            ),
            "top_places": rows(
                "SELECT name, country, admin1_name, feature, count(*) AS mentions FROM places"
                " WHERE geonameid IS NOT NULL GROUP BY geonameid ORDER BY 5 DESC LIMIT 10"
            ),
            "claim_status": rows(
                "SELECT status, count(*) AS claims FROM claims GROUP BY status ORDER BY 2 DESC"
            ),
            "event_types": rows("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY 2 DESC"),
            # SELECT *: a database opened read-only may predate migration 5 (no pid, host).
            "last_runs": [_run_as_shown(r) for r in rows("SELECT * FROM runs ORDER BY id DESC LIMIT 5")],
        }

    def failures(self, run_id: int | None = None) -> list[tuple[str, str]]:
        sql = "SELECT origin, reason FROM failures" + (" WHERE run_id = ?" if run_id is not None else "")
        return [
            (r[0], r[1]) for r in self.db.execute(sql + " ORDER BY id", () if run_id is None else (run_id,))
        ]
