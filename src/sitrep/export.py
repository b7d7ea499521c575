"""Standard exports of stored records: JSONL records, ACLED-style CSV and GeoJSON of events."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from sitrep.record import Record

FORMATS = ("jsonl", "csv", "geojson")


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
            writer.writerow(row)
            n += 1
        return n
    if fmt == "geojson":
        features = list(geojson_features(records))
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
        return len(features)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
