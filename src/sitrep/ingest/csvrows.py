"""CSV and TSV: a header row, then one article per row ("guardian.csv:row 7", data rows from 1).

Columns are renamed through `ReadOptions.mapping`; a table without the text column is one
Failure that lists the columns found. Fields may hold whole articles with newlines (the
field size limit is raised). A .csv whose header has semicolons or tabs but no commas is
read with that delimiter. Rows with bytes that are not UTF-8 are rejected one by one, and so
is a last row that a cut file ends inside a quoted field.
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
    delimiter = _delimiter(text.split("\n", 1)[0], tsv)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
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
    last: tuple[str, list[str], int] | None = None  # held back until we know whether it is the last
    while True:
        line = reader.line_num
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            row_no += 1
            yield Failure(f"{origin}:row {row_no}", f"CSV error: {error_text(e)}")
            if reader.line_num == line:
                break  # the reader cannot move past this point
            continue
        if not values:
            continue  # a blank line is not a row
        row_no += 1
        if last is not None:
            yield _row(header, *last[:2], opts)
        last = (f"{origin}:row {row_no}", values, line)
    if last is not None:
        if _ends_in_quotes(text, last[2], delimiter):
            yield Failure(last[0], "truncated CSV: the file ends inside a quoted field, so this row is cut")
        else:
            yield _row(header, *last[:2], opts)


def _row(header: list[str], where: str, values: list[str], opts: ReadOptions) -> Item | Failure:
    if any(_UNDECODED.search(v) for v in values):
        return Failure(where, "invalid UTF-8 in this row")
    return row_item(dict(zip(header, values, strict=False)), where, opts)


def _ends_in_quotes(text: str, line: int, delimiter: str) -> bool:
    """Whether the row starting after physical line `line` runs into the end of the file inside
    a quoted field (a file cut mid-record); the lenient reader would return it as if whole."""
    rest = "".join(io.StringIO(text, newline="").readlines()[line:])
    try:
        for _ in csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        return "unexpected end of data" in str(e)
    return False
