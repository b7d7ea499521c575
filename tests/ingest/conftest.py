"""Fixtures for the reader tests: the shipped fixture files and WARCs written with warcio."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sitrep.ingest import Failure, Item, ReadOptions, read_inputs

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


def read(*inputs, **options) -> tuple[list[Item], list[Failure]]:
    """Items and failures of `read_inputs`, split (the order within each kept)."""
    out = list(read_inputs([str(i) for i in inputs], ReadOptions(**options)))
    assert all(isinstance(x, (Item, Failure)) for x in out)
    return [x for x in out if isinstance(x, Item)], [x for x in out if isinstance(x, Failure)]


@pytest.fixture(scope="session")
def read_all():
    return read


def _page(title: str, paragraphs: list[str], published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


PAGES = [
    (
        "https://example.org/2022/04/14/moskva",
        "Russian flagship Moskva sinks",
        [
            "The Moskva, the flagship of Russia's Black Sea fleet, sank on Thursday after what Ukraine said was a missile strike and Russia described as a fire that detonated ammunition.",
            "Russia's defence ministry said the crew had been evacuated. Ukrainian officials said two Neptune missiles had hit the cruiser off the coast of Odesa.",
        ],
        "2022-04-14T21:00:00+03:00",
    ),
    (
        "https://example.org/news/azovstal-surrender",
        "Last defenders of Azovstal surrender",
        [
            "Russia said on Friday that the last Ukrainian fighters holding out in the Azovstal steel works in Mariupol had surrendered, ending a siege of nearly three months.",
            "Ukraine's military said it had ordered the garrison to save the lives of its soldiers, and hoped to exchange them for Russian prisoners.",
        ],
        None,  # no date in the page: the WARC-Date is the fallback
    ),
]


def _write_warc(gzip: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "sitrep tests"}))
    dates = ["2022-04-15T06:00:00Z", "2022-05-21T08:30:00Z"]
    for (url, title, paragraphs, published), warc_date in zip(PAGES, dates, strict=True):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(_page(title, paragraphs, published)),
            http_headers=http,
            warc_headers_dict={"WARC-Date": warc_date},
        )
        writer.write_record(record)
        # Records that are not articles: an image and a redirect.
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url + "/photo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"0" * 64),
                http_headers=image,
            )
        )
        moved = StatusAndHeaders("301 Moved Permanently", [("Location", url + "/")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url + "?amp", "response", payload=io.BytesIO(b""), http_headers=moved)
        )
    return buf.getvalue()


def _record_span(data: bytes, number: int) -> tuple[int, int]:
    """(offset, length) of the `number`-th record (from 1) in a WARC."""
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    for i, record in enumerate(records, 1):
        record.content_stream().read()
        if i == number:
            records.read_to_end(record)
            return records.get_record_offset(), records.get_record_length()
    raise ValueError(f"no record {number}")


@pytest.fixture(scope="session")
def warcs(tmp_path_factory) -> dict[str, Path]:
    """crawl.warc, crawl.warc.gz, and each cut short inside the last page's record."""
    folder = tmp_path_factory.mktemp("warc")
    out = {}
    for gz, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        data = _write_warc(gz)
        out[name] = folder / name
        out[name].write_bytes(data)
        cut = name.replace("crawl", "truncated")
        out[cut] = folder / cut
        start, length = _record_span(data, 5)  # the second page
        out[cut].write_bytes(data[: start + length // 2])
    return out
