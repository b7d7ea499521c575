"""Input readers: text, HTML, JSONL/JSON, CSV/TSV, RSS/Atom and WARC in; articles out.

from sitrep.ingest import read_inputs, ReadOptions
for item in read_inputs(["a.html", "dir/", "rows/*.jsonl", "-"], ReadOptions(mapping={"text": "body"})):
    ...  # an Item (item.article, item.origin, item.hash) or a Failure (origin, reason)
"""

from sitrep.ingest.base import FIELDS, Failure, Item, ReadOptions, text_hash
from sitrep.ingest.reader import read_bytes, read_file, read_inputs

__all__ = ["FIELDS", "Failure", "Item", "ReadOptions", "read_bytes", "read_file", "read_inputs", "text_hash"]
