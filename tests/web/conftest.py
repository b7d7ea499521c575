"""A small database for the web tests: the sample article through the real pipeline, three
hand-annotated demo reports cut from it, and one hostile article."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import ReadOptions, read_file
from sitrep.ingest.base import text_hash
from sitrep.record import Article, Claim, Event, Evidence, Place, Record, Span, Speaker, validate
from sitrep.store import SQLiteStore
from sitrep.web import demo

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_TEXT = (
    "Officials said <script>alert(1)</script> was found in the feed.\n\n"
    'A picture <img src=x onerror=alert(1)> was attached, with a link <a href="javascript:alert(1)">click here</a>.\n\n'
    "Shelling was reported in Kharkiv overnight.\n"
)


def hostile() -> Record:
    text = HOSTILE_TEXT
    k = text.index("Kharkiv")
    s = text.index("<script>")
    img = text.index("<img")
    claim_end = text.index(" was found")
    return Record(
        Article(
            id="hostile",
            title="<script>alert('title')</script> Breaking",
            published="2023-02-16",
            source="<b>Evil Wire</b>",
            url="javascript:alert(1)",
            language="en",
            text=text,
        ),
        places=[
            Place(
                "Kharkiv",
                k,
                k + 7,
                706483,
                "<img src=x onerror=alert(2)>",
                "city",
                "UA",
                "UA.07",
                "Kharkiv",
                49.98177,
                36.25475,
                False,
                "test",
            )
        ],
        claims=[
            Claim(
                "c1",
                Speaker("Officials", 0, 9, None, "UA"),
                "said",
                "indirect",
                Span(text[s:claim_end], s, claim_end),
                "unverified",
            )
        ],
        events=[
            Event(
                "e1",
                "ASSAULT",
                "shelling",
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                [],
                0,
                "2023-02-16",
                [],
                None,
                Evidence(img, text.index("click here") + 14),
            )
        ],
    )


def sample_article() -> Article:
    """The bundled sample as `sitrep ingest` reads it (header and photo credit dropped)."""
    (item,) = read_file(str(ROOT / "samples" / "luhansk-2023-02-15.txt"), ReadOptions())
    article = item.article
    article.title, article.source, article.url = (
        "Russia claims breakthrough in Luhansk",
        "Reuters",
        "https://example.org/luhansk",
    )
    return article


@pytest.fixture(scope="session")
def web_records(pipeline) -> list[Record]:
    (piped,) = list(pipeline.process([sample_article()]))
    records = [piped, *demo.records(), hostile()]
    for r in records:
        validate(r.to_dict())
    return records


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, web_records) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    with SQLiteStore(path) as store:
        store.add_records([(r, text_hash(r.article.text), f"test:{r.article.id}") for r in web_records])
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    with TestClient(create_app(web_db)) as c:
        yield c
