"""Plain-text articles: optional header lines, then the body.

    date 2023-02-15 Photo by Ivan Bandura on Unsplash      <- header (and a credit on the same line)
    title: Russia says it broke through Ukrainian lines     <- header
                                                            <- blank lines are skipped
    In response to Kyiv's description of ...                <- the body: article.text

Header keys: date/published (YYYY-MM-DD or any common form), title/headline, url/link,
source, author/byline (dropped), id. With a colon any key is a header; without one only a
date followed by a date value or a url followed by an http(s) address is, so a body that
starts with "Title IX ..." stays body. Photo/image credit lines ("Photo by ... on Unsplash",
"Photo: Reuters", "Image credit ...") are dropped wherever they stand as a line of their own.
Without a header date, a date in the file name (20220809T143000Z_..., ...2023-02-15...) is used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import accept, decode, size_reason
from sitrep.ingest.dates import date_from_name, normalize_date
from sitrep.record import Article

_KEYS = {
    "date": "published",
    "published": "published",
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source": "source",
    "author": None,
    "byline": None,
    "id": "id",
}
_HEADER = re.compile(
    r"[ \t]*(?P<key>" + "|".join(_KEYS) + r")\b[ \t]*(?P<colon>:)?[ \t]*(?P<value>.*?)[ \t]*", re.I
)
# A photo/image credit: "Photo by X on Unsplash", "Photo: Reuters", "Photograph: X/AFP/Getty Images",
# "Image credit: X", "Image credit X", "Credit: X", "© Reuters", "(Photo by X/Getty Images)".
CREDIT = (
    r"\(?(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|video|illustration|graphic)"
    r"(?:[ \t]+credits?)?[ \t]*(?::|\bby\b|\bcourtesy\b|\bcredits?\b|©)"
    r"|credits?[ \t]*:|©)[ \t]*\S[^\n]*"
)
_CREDIT_IN_HEADER = re.compile(r"[ \t]+" + CREDIT + r"$", re.I)
_CREDIT_LINE = re.compile(r"^[ \t]*" + CREDIT + r"$", re.I)
_MAX_CREDIT_LINE = 200  # longer lines are prose that happens to start like a credit
_MAX_HEADER_LINES = 20
_URL = re.compile(r"https?://\S+$", re.I)


def is_credit(line: str) -> bool:
    return len(line) <= _MAX_CREDIT_LINE and bool(_CREDIT_LINE.match(line))


def drop_credit_lines(text: str) -> str:
    """`text` without credit lines (and the blank lines after them)."""
    lines = text.split("\n")
    out: list[str] = []
    skipping_blank = False
    for line in lines:
        if is_credit(line.rstrip("\r")):
            skipping_blank = True
            continue
        if skipping_blank and not line.strip():
            continue
        skipping_blank = False
        out.append(line)
    return "\n".join(out)


def _header(line: str) -> tuple[str | None, str] | None:
    """(field or None for dropped keys, value) when `line` is a header line, else None."""
    m = _HEADER.fullmatch(line)
    if not m:
        return None
    key = m["key"].lower()
    field = _KEYS[key]
    value = _CREDIT_IN_HEADER.sub("", m["value"]).strip()
    if m["colon"]:
        return field, value
    # Without a colon the value must look like what the key announces.
    if field == "published" and normalize_date(value):
        return field, value
    if field == "url" and _URL.match(value):
        return field, value
    return None


def parse(text: str) -> tuple[dict[str, str], str]:
    """Split `text` into its header fields and its body (credits dropped, ends stripped)."""
    meta: dict[str, str] = {}
    lines = text.split("\n")
    body_start = len(lines)
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r")
        if i >= _MAX_HEADER_LINES:
            body_start = i
            break
        if not line.strip() or is_credit(line):
            continue
        found = _header(line)
        if found is None:
            body_start = i
            break
        field, value = found
        if field and value and field not in meta:
            meta[field] = value
    body = drop_credit_lines("\n".join(lines[body_start:]))
    return meta, body.strip()


def read(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    reason = size_reason(len(data), opts.max_bytes)
    text, decode_reason = decode(data)
    if reason or text is None:
        yield Failure(origin, reason or decode_reason or "")
        return
    meta, body = parse(text)
    published = normalize_date(meta.get("published")) or date_from_name(PurePath(name).name)
    article = Article(
        id=meta.get("id", ""),
        title=meta.get("title"),
        published=published,
        source=meta.get("source"),
        url=meta.get("url"),
        text=body,
    )
    yield accept(article, origin, opts)
