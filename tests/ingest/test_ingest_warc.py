"""WARC and WARC.gz: HTML responses become articles; other records are skipped; damage is reported."""

from __future__ import annotations

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_become_articles_with_target_uri_and_dates(read_all, warcs, name):
    items, failures = read_all(warcs[name])
    assert failures == []
    assert [i.article.url for i in items] == [
        "https://example.org/2022/04/14/moskva",
        "https://example.org/news/azovstal-surrender",
    ]
    moskva, azovstal = (i.article for i in items)
    assert moskva.published == "2022-04-14"  # from the page's own metadata
    assert azovstal.published == "2022-05-21"  # the page has none: WARC-Date
    assert "Black Sea fleet" in moskva.text and "Home" not in moskva.text
    assert moskva.title == "Russian flagship Moskva sinks"
    # Record numbers count every record (warcinfo is 1, the first page 2).
    assert [i.origin for i in items] == [f"{warcs[name]}#record 2", f"{warcs[name]}#record 5"]


@pytest.mark.parametrize("name", ["truncated.warc", "truncated.warc.gz"])
def test_truncated_warc_keeps_pages_before_the_cut_and_names_where(read_all, warcs, name):
    items, failures = read_all(warcs[name])
    assert [i.article.url for i in items] == ["https://example.org/2022/04/14/moskva"]
    assert len(failures) == 1
    failure = failures[0]
    assert failure.origin == str(warcs[name])
    assert "truncated" in failure.reason or "malformed" in failure.reason
    assert "record 5" in failure.reason or "record 4" in failure.reason
    assert "byte offset" in failure.reason


def test_same_page_in_warc_and_warc_gz_has_the_same_hash(read_all, warcs):
    plain, _ = read_all(warcs["crawl.warc"])
    gz, _ = read_all(warcs["crawl.warc.gz"])
    assert [i.hash for i in plain] == [i.hash for i in gz]


def test_warc_without_html_pages_is_one_failure(read_all, tmp_path):
    import io

    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("empty.warc.gz", {"software": "sitrep tests"}))
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(buf.getvalue())
    items, failures = read_all(path)
    assert items == []
    assert [f.reason for f in failures] == ["no HTML pages in WARC (1 records)"]


def test_gzip_that_is_not_a_warc_is_binary(read_all, tmp_path):
    import gzip

    path = tmp_path / "notes.txt.gz"
    path.write_bytes(gzip.compress(b"Kyiv said on Monday that talks had stalled.\n"))
    items, failures = read_all(path)
    assert items == [] and [f.reason for f in failures] == ["binary file (looks like gzip archive)"]


def test_wrong_content_length_is_reported_once_and_not_printed(read_all, warcs, tmp_path, capfd):
    data = warcs["crawl.warc"].read_bytes().replace(b"Content-Length: 24\r\n", b"Content-Length: 20\r\n", 1)
    path = tmp_path / "bad-length.warc"
    path.write_bytes(data)
    items, failures = read_all(path)
    assert len(items) == 2
    assert [f.reason for f in failures] == [
        "malformed WARC: 1 record(s) not followed by a blank line (wrong Content-Length?); "
        "their pages were read best effort"
    ]
    assert capfd.readouterr().err == ""


MOSKVA = (
    b"<html><head><title>Moskva sinks</title></head><body><article><p>The Moskva, the flagship of "
    b"Russia's Black Sea fleet, sank on Thursday after what Ukraine said was a missile strike.</p>"
    b"</article></body></html>"
)


def test_a_page_that_unpacks_too_large_fails_alone(read_all, tmp_path):
    # A gzip-encoded response (Content-Encoding: gzip) is small in the archive and large once
    # decoded; a crawl of a hostile site can carry one. The page is refused, the next one read.
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    bomb = gzip.compress(b"<html><body><p>" + b"Kyiv " * 2_000_000 + b"</p></body></html>")
    for url, payload, headers in (
        ("https://example.org/bomb", bomb, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
        ("https://example.org/moskva", MOSKVA, [("Content-Type", "text/html; charset=utf-8")]),
    ):
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)
        )
    path = tmp_path / "hostile.warc.gz"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 100_000

    items, failures = read_all(path, max_file_bytes=1_000_000)
    assert [i.article.url for i in items] == ["https://example.org/moskva"]
    assert [(f.origin, f.reason) for f in failures] == [
        (f"{path}#record 1", "page too large (over 1 MB once decoded)")
    ]
