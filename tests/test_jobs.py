"""Batch ingest: idempotent, resumable after kill -9, and one bad input never loses the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.ingest import ReadOptions
from sitrep.jobs import extract, ingest
from sitrep.store import open_store

TOWNS = ["Bakhmut", "Vuhledar", "Kupiansk", "Lyman", "Avdiivka", "Kreminna", "Siversk", "Marinka"]


def write_articles(folder: Path, n: int, words: int = 12) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        body = " ".join(
            [f"Report {i}: Ukrainian officials said shelling near {town} continued overnight."] * words
        )
        (folder / f"report-{i:04d}.txt").write_text(f"date: 2023-02-{1 + i % 28:02d}\n\n{body}\n", "utf-8")


def test_second_ingest_adds_nothing(tmp_path, pipeline):
    write_articles(tmp_path / "in", 6, words=2)
    with open_store(str(tmp_path / "a.db")) as store:
        first = ingest([str(tmp_path / "in")], store, pipeline)
        again = ingest([str(tmp_path / "in")], store, pipeline)
        assert (first.read, first.new, first.duplicate, first.failed) == (6, 6, 0, 0)
        assert (again.read, again.new, again.duplicate) == (6, 0, 6)
        assert store.count() == 6
        runs = store.db.execute("SELECT status, n_new FROM runs ORDER BY id").fetchall()
        assert [tuple(r) for r in runs] == [("done", 6), ("done", 0)]


def test_same_article_in_two_formats_is_stored_once(tmp_path, pipeline):
    text = "Russian forces struck Kharkiv overnight, the regional governor said on Telegram."
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": text, "title": "Strike"}) + "\n", "utf-8")
    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")], store, pipeline)
        assert (summary.read, summary.new, summary.duplicate) == (2, 1, 1)


def test_a_new_article_reusing_a_stored_id_is_a_failure_not_a_silent_duplicate(tmp_path, pipeline):
    # Two exports that both number their rows from 1: the second file's row 1 is another article.
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "1", "text": "Russian forces shelled Kharkiv on Tuesday, the governor said."})
        + "\n"
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps(
            {"id": "1", "text": "Ukrainian drones struck an oil depot in Bryansk, Russian officials said."}
        )
        + "\n"
        + json.dumps({"id": "2", "text": "Shelling hit Kherson overnight, the regional governor said."})
        + "\n"
    )
    with open_store(str(tmp_path / "a.db")) as store:
        ingest([str(tmp_path / "a.jsonl")], store, pipeline)
        second = ingest([str(tmp_path / "b.jsonl")], store, pipeline)
        assert (second.read, second.new, second.duplicate) == (2, 1, 0)
        ((origin, reason),) = second.failures
        assert origin == f"{tmp_path / 'b.jsonl'}:1"
        assert reason.startswith(
            f"id '1' is already used by another article in the database (read from {tmp_path / 'a.jsonl'}:1)"
        )
        assert store.failures(second.run_id) == second.failures
        again = ingest([str(tmp_path / "a.jsonl")], store, pipeline)  # the same article: a duplicate
        assert (again.duplicate, again.failed) == (1, 0)


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path, pipeline):
    write_articles(tmp_path / "in", 3, words=2)
    (tmp_path / "in" / "empty.txt").write_text("", "utf-8")
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest([str(tmp_path / "in"), str(tmp_path / "missing.txt")], store, pipeline)
        assert summary.new == 3
        failed = dict(summary.failures)
        assert set(failed) >= {str(tmp_path / "in" / "empty.txt"), str(tmp_path / "in" / "image.png")}
        assert any("missing.txt" in origin for origin in failed)
        assert store.count() == 3
        assert len(store.failures(summary.run_id)) == summary.failed


def test_a_text_too_long_for_the_parser_fails_alone(tmp_path, pipeline):
    # A scraped dump saved as one "article", let through by a raised --max-mb: the parser would
    # refuse it and end the run; it is one failure and the other articles are stored.
    write_articles(tmp_path / "in", 2, words=2)
    sentence = "Russian forces shelled Kharkiv on Tuesday, the regional governor said in a statement. "
    (tmp_path / "in" / "dump.txt").write_text(
        sentence * (pipeline.nlp.max_length // len(sentence) + 1), "utf-8"
    )
    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest([str(tmp_path / "in")], store, pipeline, ReadOptions(max_bytes=50_000_000))
        assert summary.new == 2
        ((origin, reason),) = summary.failures
        assert origin.endswith("dump.txt")
        assert reason.startswith("text too long to parse (5,000,") and "split it into articles" in reason
    records = list(extract([str(tmp_path / "in")], pipeline, ReadOptions(max_bytes=50_000_000)))
    assert len(records) == 2


class _StageBug:
    """The real pipeline, with a stage that raises on one article (as a regression might).

    It parses and annotates in chunks, as Pipeline does, so the error also takes the chunk's
    other articles down with it.
    """

    def __init__(self, real, poison: str):
        self.real, self.poison = real, poison
        self.nlp, self.stage_names = real.nlp, real.stage_names

    def annotate(self, doc, article):
        if self.poison in article.text:
            raise IndexError("list index out of range")
        return self.real.annotate(doc, article)

    def process(self, articles):
        articles = iter(articles)
        while chunk := [a for _, a in zip(range(4), articles, strict=False)]:
            docs = [self.nlp(a.text) for a in chunk]
            yield from [self.annotate(d, a) for d, a in zip(docs, chunk, strict=True)]


def test_an_article_a_stage_fails_on_is_left_out_and_the_run_goes_on(tmp_path, pipeline):
    write_articles(tmp_path / "in", 10, words=2)  # report 4 is near Avdiivka
    buggy = _StageBug(pipeline, "Report 4:")
    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest([str(tmp_path / "in")], store, buggy, batch=3)
        assert (summary.read, summary.new) == (10, 9)
        ((origin, reason),) = summary.failures
        assert origin.endswith("report-0004.txt")
        assert reason.startswith(
            "extraction failed (IndexError: list index out of range); the article is left out"
        )
        assert store.count() == 9 and store.failures(summary.run_id) == summary.failures
        assert store.db.execute("SELECT status FROM runs").fetchone()[0] == "done"
        again = ingest([str(tmp_path / "in")], store, buggy)  # a re-run is not stuck on it either
        assert (again.new, again.duplicate, again.failed) == (0, 9, 1)
    records = list(extract([str(tmp_path / "in")], buggy, ReadOptions()))
    assert [r.article.text.split(":")[0] for r in records] == [f"Report {i}" for i in range(10) if i != 4]


def test_extract_without_store_folds_duplicates(tmp_path, pipeline):
    write_articles(tmp_path / "in", 2, words=2)
    (tmp_path / "in" / "copy.txt").write_text(
        (tmp_path / "in" / "report-0000.txt").read_text("utf-8"), "utf-8"
    )
    records = list(extract([str(tmp_path / "in")], pipeline, ReadOptions()))
    assert len(records) == 2


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _ingest_cmd(folder: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "sitrep.cli",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch",
        "4",
        "--no-progress",
    ]


def _start_and_wait_for_a_batch(cmd: list[str], db: Path) -> subprocess.Popen:
    # SIGINT as in a terminal, even when the test runner itself runs in the background.
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 120
    while _count(db) == 0 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    return proc


def test_ingest_killed_with_sigkill_resumes_without_duplicates(tmp_path):
    n = 80
    write_articles(tmp_path / "in", n, words=8)
    db = tmp_path / "kill.db"
    cmd = _ingest_cmd(tmp_path / "in", db)
    proc = _start_and_wait_for_a_batch(cmd, db)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = _count(db)
    assert 0 < stored_before < n, "the kill should land mid-run"
    shown = subprocess.run(cmd[:3] + ["stats", "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert json.loads(shown.stdout)["last_runs"][0]["status"] == "interrupted"  # not "running" forever

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["new"] == n - stored_before
    assert summary["duplicate"] == stored_before
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT hash) FROM articles").fetchone() == (n, n)
        statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "done"]  # the next run saw the killed one's process gone


def test_ctrl_c_ends_the_run_as_interrupted_and_the_same_command_resumes(tmp_path):
    n = 80
    write_articles(tmp_path / "in", n, words=8)
    db = tmp_path / "int.db"
    cmd = _ingest_cmd(tmp_path / "in", db)
    proc = _start_and_wait_for_a_batch(cmd, db)
    os.kill(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "run the same command again" in err
    partial = json.loads(out)
    assert partial["interrupted"] is True and partial["new"] == _count(db) < n

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new"] == n - partial["new"]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT hash) FROM articles").fetchone() == (n, n)
        runs = con.execute("SELECT status, n_new FROM runs ORDER BY id").fetchall()
    assert runs == [("interrupted", partial["new"]), ("done", n - partial["new"])]


def test_sigterm_interrupts_like_ctrl_c():
    # `kill PID` (what `timeout`, systemd and schedulers send) is recorded as an interruption too.
    from sitrep.cli import _terminate_as_interrupt

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), _terminate_as_interrupt():
        assert signal.getsignal(signal.SIGTERM) not in (before, signal.SIG_DFL)  # else the kill ends pytest
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the signal arrives before this ends
    assert signal.getsignal(signal.SIGTERM) is before
