"""What every reader yields: an `Item` (an article and where it came from) or a `Failure`.

Readers never raise for bad input: they yield a `Failure` naming the input and the reason,
so one bad file or row never loses the rest of a batch.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from typing import TextIO

from sitrep.record import Article

_SPACE = re.compile(r"\s+")


def text_hash(text: str) -> str:
    """Hash of the normalized text (NFKC, case-folded, whitespace collapsed).

    The same article ingested twice, from any file or format, gets the same hash; the store
    uses it to refuse duplicates, and it is the article id when the input gives none.
    """
    norm = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


@dataclass
class Item:
    """An article read from an input, before any NLP."""

    article: Article
    origin: str  # the input and where in it: "feed.xml#entry 3", "rows.jsonl:12"
    hash: str = field(init=False)

    def __post_init__(self) -> None:
        self.hash = text_hash(self.article.text)
        if not self.article.id:
            self.article.id = self.hash


@dataclass
class Failure:
    """An input (or a part of one) that was rejected, and why, in one line."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


# Record fields an input column can be mapped to (`ReadOptions.mapping`, `--map text=COLUMN`).
FIELDS = ("text", "title", "published", "url", "source", "id")

MB = 1_000_000


@dataclass
class ReadOptions:
    """How to read a batch of inputs; one object is shared by every reader.

    `mapping` renames columns of JSONL/CSV rows: record field -> column name, e.g.
    `{"text": "articles", "title": "headlines"}`. `max_bytes` caps one article's text (UTF-8
    bytes), `max_file_bytes` one input file. `languages` are the ISO 639-1 codes kept (None or
    empty: no language check). `stdin` is the stream read for "-" (None: `sys.stdin` at read
    time). `format` forces a reader ("text", "html", "jsonl", "json", "csv", "tsv", "feed",
    "warc") instead of sniffing. `skip` holds files a walk must not read as input, such as the
    database being written (`sitrep ingest . --db sitrep.db`).
    """

    mapping: dict[str, str] = field(default_factory=dict)
    max_bytes: int = 5 * MB  # no news article is near it; the parser takes 5M characters at most
    max_file_bytes: int = 200 * MB
    languages: set[str] | None = field(default_factory=lambda: {"en"})
    stdin: TextIO | None = None
    format: str | None = None
    skip: frozenset[str] = frozenset()  # resolved paths a directory walk or glob leaves out

    def __post_init__(self) -> None:
        # Options come from the caller (CLI flags), not from the input: a bad one is an error up front.
        unknown = sorted(set(self.mapping) - set(FIELDS))
        if unknown:
            raise ValueError(f"cannot map {', '.join(unknown)}: the fields are {', '.join(FIELDS)}")
        from sitrep.ingest.sniff import FORMATS

        if self.format is not None and self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; known: {', '.join(FORMATS)}")

    def column(self, name: str) -> str:
        """The input column that holds record field `name`."""
        return self.mapping.get(name, name)

    def stdin_stream(self) -> TextIO:
        return self.stdin if self.stdin is not None else sys.stdin
