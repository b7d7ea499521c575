"""API latency on a synthetic database: `python -m sitrep.web.bench --articles 10000`.

The database is made by replicating seed records under new ids, publication dates spread over a
year and a handful of sources: the seeds are the bundled sample article as the current pipeline
extracts it plus the hand-annotated demo reports (or the records of `--seed-db`). Then a uvicorn
server on 127.0.0.1 answers a bounded, fixed list of the calls the page makes, and the p50/p95
latency of each (client-side wall time, one request at a time) is printed.
"""

from __future__ import annotations

import json
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import click

from sitrep.record import Record

SOURCES = ["Reuters", "AP", "Kyiv Independent", "TASS", "BBC", "Meduza", "Ukrinform", "RIA"]


def seed_records(seed_db: Path | None) -> list[Record]:
    if seed_db is not None:
        from sitrep.store import SQLiteStore

        with SQLiteStore(seed_db, readonly=True) as store:
            return list(store.records())
    from sitrep import Pipeline
    from sitrep.ingest.base import text_hash
    from sitrep.record import Article
    from sitrep.web import demo

    sample = Path(__file__).resolve().parents[3] / "samples" / "luhansk-2023-02-15.txt"
    records = demo.records()
    if sample.is_file():
        text = sample.read_text("utf-8").split("\n", 1)[1].strip() + "\n"  # line 1 is a scraper header
        article = Article(
            id=text_hash(text),
            title="Russia claims breakthrough in Luhansk",
            published="2023-02-15",
            source="Reuters",
            language="en",
            text=text,
        )
        records += list(Pipeline().process([article]))
    return records


def synthesize(path: Path, seeds: list[Record], n: int, batch: int = 500) -> None:
    """`n` articles: seed i % len(seeds) under a new id, date and source (events keep their offset in days)."""
    from sitrep.store import SQLiteStore

    start = date(2023, 1, 1)
    seed_dicts = [s.to_dict() for s in seeds]
    with SQLiteStore(path) as store:
        rows = []
        for i in range(n):
            data = json.loads(json.dumps(seed_dicts[i % len(seed_dicts)]))
            day = start + timedelta(days=(i * 7) % 365)
            old = data["article"]["published"]
            shift = (day - date.fromisoformat(old)).days if old else 0
            data["article"].update(
                id=f"bench-{i:06d}", published=day.isoformat(), source=SOURCES[i % len(SOURCES)]
            )
            for e in data["events"]:
                if e["date"] and len(e["date"]) >= 10 and e["date"][:4].isdigit():
                    try:
                        e["date"] = (date.fromisoformat(e["date"][:10]) + timedelta(days=shift)).isoformat()
                    except ValueError:
                        pass
            rows.append((Record.from_dict(data), f"bench-{i:06d}", "bench"))
            if len(rows) == batch:
                store.add_records(rows)
                rows = []
        if rows:
            store.add_records(rows)


CALLS: list[tuple[str, dict]] = [
    ("facets", {}),
    ("claims", {"limit": 50}),
    ("events (map)", {"limit": 500}),
    ("places (map)", {"limit": 1000}),
    ("timeline", {}),
    ("articles", {"limit": 50}),
    ("claims side=RU", {"side": "RU", "limit": 50}),
    ("claims status=denied", {"status": "denied", "limit": 50}),
    ("events admin1=UA.05", {"admin1": "UA.05", "limit": 500}),
    ("events bbox", {"bbox": "36,47,41,50", "limit": 500}),
    ("places bbox", {"bbox": "36,47,41,50", "limit": 1000}),
    ("timeline type=ASSAULT", {"type": "ASSAULT"}),
    ("events date range", {"from": "2023-03-01", "to": "2023-03-31", "limit": 500}),
    ("articles q=Bakhmut", {"q": "Bakhmut", "limit": 50}),
    ("claims q+source", {"q": "Bakhmut", "source": "Reuters", "limit": 50}),
    ("articles page 20", {"limit": 50, "offset": 1000}),
    ("article record", {}),
]
PATHS = {"facets": "/api/facets", "timeline": "/api/timeline"}


def _path(name: str) -> str:
    head = name.split(" ")[0]
    return PATHS.get(head, f"/api/{head}")


def measure(db: Path, rounds: int, cache: int) -> list[tuple[str, float, float]]:
    import httpx
    import uvicorn

    from sitrep.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, cache=cache), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    results = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
            for name, params in CALLS:
                path = f"/api/articles/{article}" if name == "article record" else _path(name)
                client.get(path, params=params).raise_for_status()  # warm-up
                times = []
                for _ in range(rounds):
                    t0 = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                results.append((name, statistics.median(times), p95))
    finally:
        server.should_exit = True
        thread.join(10)
    return results


@click.command()
@click.option("--articles", type=int, default=10_000, show_default=True)
@click.option("--rounds", type=int, default=20, show_default=True, help="Requests per call (bounded).")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the synthetic database (default: a temp dir); reused if it exists.",
)
@click.option(
    "--seed-db",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Replicate this database's records instead of the sample and demo records.",
)
def main(articles: int, rounds: int, db: Path | None, seed_db: Path | None) -> None:
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        seeds = seed_records(seed_db)
        synthesize(db, seeds, articles)
        click.echo(f"built {db} from {len(seeds)} seed records in {time.perf_counter() - t0:.0f}s", err=True)
    from sitrep.store import SQLiteStore

    with SQLiteStore(db, readonly=True) as store:
        counts = store.stats()["counts"]
    click.echo(
        f"database: {counts['articles']} articles, {counts['places']} places, {counts['claims']} claims, "
        f"{counts['events']} events; {rounds} requests per call"
    )
    cold = measure(db, rounds, cache=0)  # every request runs its queries
    warm = measure(db, rounds, cache=256)  # the server's answer cache, as `sitrep serve` runs
    click.echo(f"{'call':28} {'p50 ms':>8} {'p95 ms':>8} {'cached p95':>11}")
    for (name, p50, p95), (_, _, w95) in zip(cold, warm, strict=True):
        click.echo(f"{name:28} {p50:8.1f} {p95:8.1f} {w95:11.1f}")
    every = sorted(p95 for _, _, p95 in cold)
    click.echo(
        f"uncached: worst p95 {every[-1]:.1f} ms, median p95 {statistics.median(every):.1f} ms; "
        f"cached: worst p95 {max(w for _, _, w in warm):.1f} ms (target < 200 ms)"
    )
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
