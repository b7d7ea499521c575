"""The `sitrep` command as a user types it: verbs, JSON on stdout, exit codes 0/1/2."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.record import validate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def samples(tmp_path):
    folder = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", folder)
    return folder


@pytest.fixture
def db(tmp_path, runner, samples, pipeline):
    path = tmp_path / "s.db"
    result = runner.invoke(main, ["ingest", str(samples), "--db", str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    return path


def test_help_teaches_the_verbs(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for verb in ("ingest", "extract", "export", "show", "stats", "bench", "eval", "serve", "report"):
        assert verb in result.output
    assert "Examples:" in result.output


def test_ingest_prints_a_json_summary_and_is_idempotent(runner, db, samples):
    again = runner.invoke(main, ["ingest", str(samples), "--db", str(db), "--no-progress"])
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert summary["new"] == 0 and summary["duplicate"] == summary["read"] > 0


def test_ingest_of_the_folder_holding_the_database_does_not_read_the_database(runner, samples):
    # `cd articles && sitrep ingest . --db sitrep.db`: the database and its WAL files are not inputs.
    db = samples / "sitrep.db"
    for _ in range(2):
        result = runner.invoke(main, ["ingest", str(samples), "--db", str(db), "--no-progress"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["failed"] == 0 and "sitrep.db" not in result.stderr
    assert json.loads(result.stdout)["duplicate"] == 6


def test_ingest_exits_1_and_names_the_bad_input(runner, tmp_path, samples):
    (samples / "broken.jsonl").write_text(
        '{"text": "Shelling hit Kherson overnight."}\n{"text": oops}\n', "utf-8"
    )
    result = runner.invoke(main, ["ingest", str(samples), "--db", str(tmp_path / "b.db"), "--no-progress"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["new"] >= 2
    assert any("broken.jsonl:2" in f["input"] for f in summary["failures"])
    assert "broken.jsonl:2" in result.stderr


def test_error_lines_never_send_escapes_from_file_names(runner, tmp_path):
    # A crawl folder holds a file whose name carries a terminal escape (names come from the web).
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "page\x1b]0;owned\x07.txt").write_bytes(b"")
    result = runner.invoke(main, ["extract", str(folder)])
    assert result.exit_code == 1
    assert "page\\x1b]0;owned\\x07.txt: empty" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_usage_errors_exit_2(runner, tmp_path):
    assert runner.invoke(main, ["ingest"]).exit_code == 2
    assert runner.invoke(main, ["ingest", "x.csv", "--map", "nonsense"]).exit_code == 2
    assert runner.invoke(main, ["stats", "--db", str(tmp_path / "none.db")]).exit_code == 2
    assert runner.invoke(main, ["ingest", "x.csv", "--batch", "0"]).exit_code == 2
    db = tmp_path / "u.db"
    _store_one(db, "Russian forces shelled Kharkiv on Tuesday.", "Wire")
    for args in (["report", "--limit", "-1"], ["serve", "--port", "70000"]):
        result = runner.invoke(main, [*args, "--db", str(db)])
        assert result.exit_code == 2 and "Invalid value for '--" in result.stderr, result.stderr


def test_a_db_that_is_not_sitreps_is_a_clear_usage_error(runner, tmp_path, samples):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", "utf-8")
    other = tmp_path / "app.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE users (name TEXT)")
    con.commit()
    con.close()
    for db, reason in (
        (notes, "file is not a database"),
        (other, "not a sitrep database (its tables: users)"),
    ):
        for args in (
            ["ingest", str(samples / "demo-briefs.jsonl"), "--no-progress"],
            ["export"],
            ["stats"],
            ["show", "abc"],
            ["report", "--out", str(tmp_path / "r.html")],
        ):
            result = runner.invoke(main, [*args, "--db", str(db)])
            assert result.exit_code == 2, (args, result.output)
            assert str(db) in result.stderr and reason in result.stderr, (args, result.stderr)
            assert result.exception is None or isinstance(result.exception, SystemExit)
    assert notes.read_text("utf-8") == "not a database\n"


def test_export_to_a_missing_folder_names_it(runner, tmp_path):
    path = tmp_path / "h.db"
    _store_one(path, "Russian forces shelled Kharkiv on Tuesday.", "Wire")
    out = tmp_path / "no-such-dir" / "events.csv"
    result = runner.invoke(main, ["export", "--db", str(path), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert str(out) in result.stderr and "No such file or directory" in result.stderr


def test_extract_prints_valid_records(runner, samples, pipeline):
    result = runner.invoke(main, ["extract", str(samples / "luhansk-2023-02-15.txt")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    validate(record)
    assert record["article"]["published"] == "2023-02-15"
    assert record["article"]["text"].startswith("In response to Kyiv")


def test_long_commands_show_progress_on_stderr_only(runner, samples, tmp_path, pipeline):
    for args in (["extract", str(samples)], ["ingest", str(samples), "--db", str(tmp_path / "p.db")]):
        result = runner.invoke(main, [*args, "--progress"])
        assert result.exit_code == 0, result.output
        assert f"{args[0]}: " in result.stderr and "6 articles" in result.stderr
        assert f"{args[0]}: " not in result.stdout
    assert len(result.stdout.splitlines()) > 1 and json.loads(result.stdout)["new"] == 6
    quiet = runner.invoke(main, ["extract", str(samples / "demo-feed.xml")])  # not a terminal: no bar
    assert quiet.stderr == "" and len(quiet.stdout.splitlines()) == 2


def test_extract_reads_stdin(runner, pipeline):
    result = runner.invoke(main, ["extract", "-"], input="Drones struck Odesa overnight, officials said.\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["text"].startswith("Drones struck Odesa")


def test_export_formats(runner, db):
    jsonl = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    assert jsonl.exit_code == 0
    for line in jsonl.stdout.splitlines():
        validate(json.loads(line))
    limited = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--limit", "1"])
    assert len(limited.stdout.splitlines()) == 1

    table = runner.invoke(main, ["export", "--db", str(db), "--format", "csv"])
    assert table.exit_code == 0, table.output
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert header[:4] == ["event_date", "event_type", "sub_event_type", "actor1"]

    geo = runner.invoke(main, ["export", "--db", str(db), "--format", "geojson"])
    assert geo.exit_code == 0, geo.output
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def _store_one(path: Path, text: str, source: str) -> str:
    """A database holding one article about a shelling, its record written by hand (no parse)."""
    from sitrep.record import Actor, Article, Event, Evidence, Place, Record
    from sitrep.store import open_store

    start = text.index("Kharkiv")
    record = Record(
        article=Article(id="hostile-1", published="2023-02-15", source=source, language="en", text=text),
        places=[
            Place("Kharkiv", start, start + 7, 706483, "Kharkiv", "city", "UA", "UA.07", "Kharkiv Oblast",
                  49.98, 36.25)
        ],
        events=[
            Event("e1", "ASSAULT", "heavy-weapons", "Explosions/Remote violence",
                  "Shelling/artillery/missile attack", [Actor(text.split(" shelled")[0], "RU")], 0,
                  "2023-02-14", [], None, Evidence(0, text.index(".") + 1))
        ],
    )  # fmt: skip
    validate(record.to_dict())
    with open_store(path) as store:
        store.add_records([(record, "h1", "hostile.jsonl:1")])
    return record.article.id


def test_csv_export_cannot_run_formulas_in_a_spreadsheet(runner, tmp_path):
    # Article text and metadata are untrusted: a row crafted to run in Excel/LibreOffice.
    path = tmp_path / "h.db"
    _store_one(
        path,
        "=cmd|' /C calc'!A0 Russian forces shelled Kharkiv on Tuesday.\x1b]0;pwned\x07 More later.",
        '=HYPERLINK("http://evil.example/","Source")',
    )
    table = runner.invoke(main, ["export", "--db", str(path), "--format", "csv"])
    assert table.exit_code == 0, table.output
    (row,) = csv.DictReader(io.StringIO(table.stdout))
    assert row["source"] == '\'=HYPERLINK("http://evil.example/","Source")'
    assert row["actor1"].startswith("'=cmd|")
    assert row["notes"].startswith("'=cmd|' /C calc'!A0 Russian forces shelled Kharkiv")
    assert row["latitude"] == "49.98" and row["longitude"] == "36.25"
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout

    geo = json.loads(runner.invoke(main, ["export", "--db", str(path), "--format", "geojson"]).stdout)
    (feature,) = geo["features"]
    assert feature["geometry"]["coordinates"] == [36.25, 49.98]  # GeoJSON: longitude first
    assert feature["properties"]["source"].startswith("=HYPERLINK")  # JSON is data, kept verbatim


def test_show_by_prefix_and_stats(runner, db):
    record = json.loads(runner.invoke(main, ["export", "--db", str(db), "--limit", "1"]).stdout)
    article_id = record["article"]["id"]
    shown = runner.invoke(main, ["show", article_id[:6], "--db", str(db), "--no-color"])
    assert shown.exit_code == 0, shown.output
    assert record["article"]["text"][:40] in shown.stdout
    assert runner.invoke(main, ["show", "zzzz-none", "--db", str(db)]).exit_code == 1

    stats = json.loads(runner.invoke(main, ["stats", "--db", str(db)]).stdout)
    assert stats["counts"]["articles"] >= 1
    assert stats["last_runs"][0]["status"] == "done"


def test_show_never_sends_terminal_escapes_from_article_text(runner, tmp_path, pipeline):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Officials in Kyiv said \x1b[2J\x1b]0;pwned\x07 nothing else.\n", "utf-8")
    path = tmp_path / "h.db"
    assert runner.invoke(main, ["ingest", str(hostile), "--db", str(path), "--no-progress"]).exit_code == 0
    record = json.loads(runner.invoke(main, ["export", "--db", str(path)]).stdout)
    shown = runner.invoke(main, ["show", record["article"]["id"], "--db", str(path), "--color"])
    assert "\x1b[2J" not in shown.stdout and "\x07" not in shown.stdout
    assert "\\x1b[2J" in shown.stdout


def test_show_color_survives_a_pipe_and_hostile_text_stays_visible(runner, tmp_path):
    # `sitrep show ID --color | less -R`: the highlights must reach the pipe; the article's own
    # escapes, a lone carriage return and a right-to-left override must not act on the terminal.
    path = tmp_path / "h.db"
    text = "Russian forces shelled Kharkiv on Tuesday.\r\nIt was \x1b[8mhidden\rKyiv \u202eon Monday."
    article_id = _store_one(path, text, "Wire")
    shown = runner.invoke(main, ["show", article_id, "--db", str(path), "--color"], color=False)
    assert shown.exit_code == 0, shown.output
    assert "\x1b[1;32mKharkiv\x1b[0m" in shown.stdout  # the place, highlighted
    assert "\x1b[8m" not in shown.stdout and "\\x1b[8m" in shown.stdout
    assert "hidden\\x0dKyiv" in shown.stdout and "\u202e" not in shown.stdout and "\\u202e" in shown.stdout
    plain = runner.invoke(main, ["show", article_id, "--db", str(path), "--no-color"]).stdout
    assert "on Tuesday.\nIt was" in plain and "\x1b[" not in plain  # CRLF is just a line end


def test_bench_reports_throughput_against_bare_spacy(runner, samples, pipeline):
    result = runner.invoke(main, ["bench", str(samples), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 6
    (run,) = figures["full"]
    assert run["stored"] == figures["articles"]
    assert run["articles_per_s"] > 0 and figures["bare_spacy"]["tokens_per_s"] > 0
    assert set(figures["stage_cost_vs_parse"]) >= {"entities", "places", "times", "claims", "events"}
    assert figures["peak_rss_mb"]["process"] > 0
