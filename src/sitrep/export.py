"""Standard exports of stored records: JSONL records, ACLED-style CSV and GeoJSON of events."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.record import Record

FORMATS = ("jsonl", "csv", "geojson")

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection), and
# article text, titles and sources are untrusted.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
# Control characters other than tab and newlines: terminal escapes in a file meant for people.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def spreadsheet_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: a leading formula character gets a `'`,
    control characters become U+FFFD (so lengths, and offsets within the cell, are kept)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = _CONTROL.sub("\ufffd", value)
    return "'" + value if value.startswith(_FORMULA) else value


def write_export(records: Iterable[Record], fmt: str, out: TextIO) -> int:
    """Write `records` to `out` in `fmt`; returns how many articles (jsonl) or events were written."""
    if fmt == "jsonl":
        n = 0
        for record in records:
            out.write(record.to_json() + "\n")
            n += 1
        return n
    from sitrep.events.export import ACLED_COLUMNS, acled_rows, geojson_features

    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        n = 0
        for row in acled_rows(records):
            writer.writerow({k: spreadsheet_cell(v) for k, v in row.items()})
            n += 1
        return n
    if fmt == "geojson":
        features = list(geojson_features(records))
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        return len(features)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
