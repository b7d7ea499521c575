"""One article from one row of a table (CSV/TSV) or one JSON object, through `ReadOptions.mapping`.

The text field is taken verbatim (not stripped, not normalized): callers that hold the
same text rely on the offsets in the record matching theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import accept
from sitrep.ingest.dates import normalize_date
from sitrep.record import Article

_TYPES = {dict: "an object", list: "a list", int: "a number", float: "a number", bool: "a boolean"}


def missing_text(columns: list[str], opts: ReadOptions, what: str = "column") -> str:
    column = opts.column("text")
    found = ", ".join(repr(c) for c in columns[:20]) or "none"
    more = f" and {len(columns) - 20} more" if len(columns) > 20 else ""
    return f"no text {what} {column!r} ({what}s found: {found}{more}); use --map text=COLUMN"


def _meta(row: Mapping[str, Any], opts: ReadOptions, name: str) -> str | None:
    value = row.get(opts.column(name))
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


def row_item(row: Mapping[str, Any], origin: str, opts: ReadOptions) -> Item | Failure:
    column = opts.column("text")
    if column not in row:
        return Failure(origin, missing_text(list(row), opts, "field"))
    text = row[column]
    if text is None:
        return Failure(origin, "empty")
    if not isinstance(text, str):
        return Failure(
            origin, f"text field {column!r} is {_TYPES.get(type(text), type(text).__name__)}, not a string"
        )
    article = Article(
        id=_meta(row, opts, "id") or "",
        title=_meta(row, opts, "title"),
        published=normalize_date(row.get(opts.column("published"))),
        source=_meta(row, opts, "source"),
        url=_meta(row, opts, "url"),
        text=text,
    )
    return accept(article, origin, opts)
