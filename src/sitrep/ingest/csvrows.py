"""CSV and TSV: a header row, then one article per row ("guardian.csv:row 7", data rows from 1).

Columns are renamed through `ReadOptions.mapping`; a table without the text column is one
Failure that lists the columns found. Fields may hold whole articles with newlines (the
field size limit is raised). A .csv whose header has semicolons or tabs but no commas is
read with that delimiter. Rows with bytes that are not UTF-8 are rejected one by one.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterator

from sitrep.ingest.base import Failure, Item, ReadOptions
from sitrep.ingest.checks import decode, error_text
from sitrep.ingest.rows import missing_text, row_item

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_UNDECODED = re.compile("[\udc80-\udcff]")


def _delimiter(header: str, tsv: bool) -> str:
    if tsv:
        return "\t"
    if "," not in header:
        for d in (";", "\t", "|"):
            if d in header:
                return d
    return ","


def read(
    data: bytes, origin: str, opts: ReadOptions, name: str = "", tsv: bool = False
) -> Iterator[Item | Failure]:
    text, _ = decode(data)
    if text is None:
        # Keep the undecodable bytes as lone surrogates; the rows holding them are rejected below.
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogateescape")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0], tsv))
    try:
        header = [c.strip() for c in next(reader)]
    except StopIteration:
        yield Failure(origin, "empty")
        return
    except csv.Error as e:
        yield Failure(origin, f"cannot read the CSV header: {error_text(e)}")
        return
    if opts.column("text") not in header:
        yield Failure(origin, missing_text(header, opts))
        return
    row_no = 0
    while True:
        row_no += 1
        where = f"{origin}:row {row_no}"
        line = reader.line_num
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Failure(where, f"CSV error: {error_text(e)}")
            if reader.line_num == line:
                return  # the reader cannot move past this point
            continue
        if not values:
            row_no -= 1  # a blank line is not a row
            continue
        if any(_UNDECODED.search(v) for v in values):
            yield Failure(where, "invalid UTF-8 in this row")
            continue
        yield row_item(dict(zip(header, values, strict=False)), where, opts)
