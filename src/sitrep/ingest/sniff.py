"""Which reader an input needs, from its name and its first bytes.

Unambiguous content wins over the extension (a WARC named .txt is still a WARC, an RSS
feed saved as .html is still a feed); otherwise the extension decides, and inputs with an
unknown extension or none (stdin) are recognised by their content, plain text last.
"""

from __future__ import annotations

import json
import re

from sitrep.ingest.checks import is_warc_gz

FORMATS = ("text", "html", "jsonl", "json", "csv", "tsv", "feed", "warc")

_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)


def extension(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return ".warc.gz"
    dot = lower.rfind(".")
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    return lower[dot:] if dot > slash + 1 else ""


def sniff(name: str, head: bytes, text_column: str = "text") -> str:
    """The format of an input called `name` (may be "" for stdin) that starts with `head`.

    `text_column` is the column expected to hold the text, to recognise CSV on stdin.
    """
    if head.startswith(b"WARC/") or is_warc_gz(head):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    by_name = _BY_EXTENSION.get(extension(name))
    if start.startswith(b"<"):
        if _FEED.search(start):
            return "feed"
        if _HTML.search(start):
            return "html"
    if by_name:
        return by_name
    if start.startswith(b"{"):
        first = start.split(b"\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json" if b"\n" in start else "jsonl"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"<"):
        return "html"
    header = start.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
    for delimiter, fmt in ((",", "csv"), ("\t", "tsv")):
        columns = [c.strip().strip('"') for c in header.split(delimiter)]
        if len(columns) > 1 and text_column in columns:
            return fmt
    return "text"
