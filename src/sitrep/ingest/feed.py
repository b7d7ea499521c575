"""RSS and Atom feeds (feedparser): one article per entry ("feed.xml#entry 3").

The text is the entry's longest content or summary with the markup removed; the feed's
title is the source. A truncated or malformed feed keeps the entries that parsed and adds
one Failure for the file; a file that is not a feed, or has no entry, is one Failure.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import accept, error_text
from sitrep.ingest.dates import normalize_date
from sitrep.ingest.html import html_to_text
from sitrep.record import Article

# feedparser flags these without anything being lost (e.g. a wrong declared encoding).
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")


def _entry_text(entry) -> str:
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value.strip() if kind == "text/plain" else html_to_text(value)


def _entry_date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        found = normalize_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def read(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    import feedparser

    try:
        parsed = feedparser.parse(data)  # bytes, never a URL: nothing is fetched
    except Exception as e:  # feedparser trips on some broken XML declarations
        yield Failure(origin, f"malformed feed ({error_text(e)})")
        return
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in _BENIGN:
        problem = None
    detail = f" ({error_text(problem)})" if problem is not None else ""
    if not parsed.entries:
        if not parsed.get("version") and problem is None:
            yield Failure(origin, "not an RSS or Atom feed")
        elif problem is not None:
            yield Failure(origin, f"malformed feed, no entry could be read{detail}")
        else:
            yield Failure(origin, "feed has no entries")
        return
    source = parsed.feed.get("title") or None
    whole = len(parsed.entries)
    for i, entry in enumerate(parsed.entries, 1):
        article = Article(
            title=(entry.get("title") or "").strip() or None,
            published=_entry_date(entry),
            source=source,
            url=entry.get("link") or None,
            text=_entry_text(entry),
        )
        item = accept(article, f"{origin}#entry {i}", opts)
        if (
            problem is not None
            and i == len(parsed.entries)
            and isinstance(item, Failure)
            and item.reason == "empty"
        ):
            item = Failure(item.origin, "the feed ends inside this entry (truncated), so its text is lost")
            whole -= 1
        yield item
    if problem is not None:
        yield Failure(
            origin,
            f"feed is truncated or malformed{detail}; read {whole} whole entries before the damage",
        )
