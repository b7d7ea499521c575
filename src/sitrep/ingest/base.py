"""What every reader yields: an `Item` (an article and where it came from) or a `Failure`.

Readers never raise for bad input: they yield a `Failure` naming the input and the reason,
so one bad file or row never loses the rest of a batch.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

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
