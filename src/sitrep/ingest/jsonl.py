"""JSON Lines (one article object per line) and JSON documents (an object or a list of them).

Origins name the line ("rows.jsonl:12") or the list position ("rows.json#3"). A line that
is not valid JSON is one Failure naming its line; the lines after it are still read. A last
line cut mid-record (a truncated download) is named as such.
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
    last = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
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
            obj = json.loads(line.rstrip("\r\n"))  # so a string left open says so, not "control character"
        except json.JSONDecodeError as e:
            reason = syntax_error(e, lineno)
            if lineno == last and not raw.endswith(b"\n") and _at_end(e, line):
                reason = f"truncated JSONL: the file ends inside this record ({reason})"
            yield Failure(where, reason)
            continue
        except RecursionError:
            yield Failure(where, f"JSON nested too deeply on line {lineno}")
            continue
        yield _row(obj, where, opts)


def syntax_error(e: json.JSONDecodeError, lineno: int) -> str:
    # json's messages end "... starting at" / "... at" and give the position apart: the column is it.
    msg = e.msg.removesuffix(" starting at").removesuffix(" at")
    return f"JSON syntax error on line {lineno}, column {e.colno}: {msg}"


def _at_end(e: json.JSONDecodeError, line: str) -> bool:
    """The parser ran out of text (rather than meeting a wrong character): a cut record."""
    return e.pos >= len(line.rstrip()) or e.msg.startswith("Unterminated string")


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
        yield Failure(origin, syntax_error(e, e.lineno))
        return
    except RecursionError:
        yield Failure(origin, "JSON nested too deeply")
        return
    if isinstance(doc, list):
        if not doc:
            yield Failure(origin, "empty")
        for i, obj in enumerate(doc, 1):
            yield _row(obj, f"{origin}#{i}", opts)
    else:
        yield _row(doc, origin, opts)
