"""WARC and WARC.gz web archives (warcio): every HTML page fetched with status 200.

Each `response` (or `resource`) record whose content is text/html goes to the HTML reader,
with the WARC-Target-URI as url and the WARC-Date as the date when the page gives none.
Other records (requests, metadata, images, redirects) are not articles and are skipped. A
truncated or corrupt archive keeps the pages read before the damage and adds one Failure
naming the record number and byte offset where it stops.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from sitrep.ingest import html
from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import error_text, human_size
from sitrep.ingest.dates import normalize_date

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> tuple[str, str | None]:
    """(media type, charset) of a record's payload."""
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _is_page(record) -> bool:
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return False
    elif record.rec_type != "resource":
        return False
    return _content_type(record)[0] in _HTML_TYPES


def _drain(record) -> bytes:
    """Read a record that is not a page to its end, so that its completeness can be checked."""
    while record.raw_stream.read(1 << 16):
        pass
    return b""


def _page_body(record, limit: int) -> bytes | None:
    """The page's (decoded) bytes, or None past `limit`: a compressed record can unpack to far
    more than the archive's size, and it is not held in memory whole."""
    stream = record.content_stream()
    body = stream.read(limit + 1) if limit else stream.read()
    if limit and len(body) > limit:
        while stream.read(1 << 16):
            pass
        return None
    return body


def _complete(record) -> bool:
    """All the bytes the record's Content-Length announces were there (warcio does not check)."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    return length.isdigit() and record.raw_stream.limit == 0


def read(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(data))
    records.INC_RECORD = ""  # warcio writes its warnings to stderr; they are counted and reported below
    number = pages = 0  # records started, HTML pages read
    try:
        for record in records:
            number += 1
            page = _is_page(record)
            body = _page_body(record, opts.max_file_bytes) if page else _drain(record)
            if not _complete(record):
                offset = records.get_record_offset()
                yield Failure(origin, f"truncated WARC: record {number} (byte offset {offset}) is incomplete")
                return
            if not page:
                continue
            pages += 1
            if body is None:
                yield Failure(
                    f"{origin}#record {number}",
                    f"page too large (over {human_size(opts.max_file_bytes, exact=True)} once decoded)",
                )
                continue
            yield from html.read(
                body,
                f"{origin}#record {number}",
                opts,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                fallback_date=normalize_date(record.rec_headers.get_header("WARC-Date")),
                charset=_content_type(record)[1],
            )
    except Exception as e:  # warcio's errors on damaged archives have no common base class
        yield Failure(
            origin,
            f"malformed WARC at record {number} (byte offset {records.offset}): {error_text(e)}",
        )
        return
    end = records.offset
    if data[end:].strip():
        yield Failure(
            origin,
            f"truncated WARC: {len(data) - end} bytes after record {number} (byte offset {end}) cannot be read",
        )
    elif records.err_count:
        yield Failure(
            origin,
            f"malformed WARC: {records.err_count} record(s) not followed by a blank line"
            " (wrong Content-Length?); their pages were read best effort",
        )
    elif not pages:
        yield Failure(origin, f"no HTML pages in WARC ({number} records)")
