"""JSON Lines (one article object per line) and JSON documents (an object or a list of them).

Origins name the line ("rows.jsonl:12") or the list position ("rows.json#3"). A line that
is not valid JSON is one Failure naming its line; the lines after it are still read.
Blank lines are skipped.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import decode
from sitrep.ingest.rows import _TYPES, row_item


def _row(obj: object, origin: str, opts: ReadOptions) -> Item | Failure:
    if not isinstance(obj, dict):
        return Failure(origin, f"JSON value is {_TYPES.get(type(obj), type(obj).__name__)}, not an object")
    return row_item(obj, origin, opts)


def read(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        # A JSON list saved as .jsonl: read it whole rather than fail on every line.
        yield from read_document(data, origin, opts, name)
        return
    for lineno, raw in enumerate(io.BytesIO(data), 1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Failure(where, f"invalid UTF-8 at byte {e.start} of line {lineno}")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Failure(where, f"JSON syntax error on line {lineno}, column {e.colno}: {e.msg}")
            continue
        yield _row(obj, where, opts)


def read_document(data: bytes, origin: str, opts: ReadOptions, name: str = "") -> Iterator[Item | Failure]:
    """A .json file: one article object, or a list of them."""
    text, reason = decode(data)
    if text is None:
        yield Failure(origin, reason or "")
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        if e.lineno > 1 and text.lstrip().startswith("{"):
            # Most likely JSON Lines saved as .json: read it line by line.
            yield from read(data, origin, opts, name)
            return
        yield Failure(origin, f"JSON syntax error on line {e.lineno}, column {e.colno}: {e.msg}")
        return
    if isinstance(doc, list):
        if not doc:
            yield Failure(origin, "empty")
        for i, obj in enumerate(doc, 1):
            yield _row(obj, f"{origin}#{i}", opts)
    else:
        yield _row(doc, origin, opts)
