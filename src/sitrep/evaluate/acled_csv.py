"""Read ACLED-style event CSV: one coded event per row, its `notes` being the text to code.

Accepts ACLED's own exports (event_id_cnty, time_precision, admin3, geo_precision, fatalities
and the rest; extra columns are ignored; headers in any case; comma, semicolon or tab separated;
`event_date` as "15 February 2023", "15-February-2023", ISO with or without a time) and the
short form with just `event_date, event_type, sub_event_type, actor1, actor2, admin1, admin2,
location, latitude, longitude, notes`. Rows without notes are skipped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d %B %Y",
    "%d-%B-%Y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d-%b-%y",
    "%B %d, %Y",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
)


@dataclass
class AcledRow:
    id: str
    event_date: str | None  # ISO YYYY-MM-DD
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    admin1: str
    admin2: str
    location: str
    latitude: float | None
    longitude: float | None
    notes: str
    index: int  # 0-based row number in the file
    admin3: str = ""
    geo_precision: int | None = None  # ACLED: 1 the place itself, 2 near it / part of it, 3 a larger region
    time_precision: int | None = None  # ACLED: 1 the day, 2 within a week, 3 within a month

    @property
    def split(self) -> str:
        """'tune' for odd row numbers (1-based), 'held-out' for even ones."""
        return "tune" if (self.index + 1) % 2 else "held-out"


def iso_date(text: str) -> str | None:
    text = (text or "").strip()
    if len(text) > 10 and text[4:5] == "-" and text[10:11] in ("T", " "):
        text = text[:10]  # "2023-02-15T00:00:00", "2023-02-15 00:00:00"
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _float(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _int(text: str) -> int | None:
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return None


def _delimiter(head: str) -> str:
    """The separator of the header line: ACLED exports use commas; spreadsheets re-save them with
    semicolons or tabs."""
    return max((",", ";", "\t"), key=head.count)


def read_acled_csv(path: str | Path) -> Iterator[AcledRow]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        delimiter = _delimiter(fh.readline())
        fh.seek(0)
        for i, row in enumerate(csv.DictReader(fh, delimiter=delimiter)):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            if not row.get("notes"):
                continue
            yield AcledRow(
                id=row.get("event_id_cnty") or str(i + 1),
                event_date=iso_date(row.get("event_date", "")),
                event_type=row.get("event_type", ""),
                sub_event_type=row.get("sub_event_type", ""),
                actor1=row.get("actor1", ""),
                actor2=row.get("actor2", ""),
                admin1=row.get("admin1", ""),
                admin2=row.get("admin2", ""),
                location=row.get("location", ""),
                latitude=_float(row.get("latitude", "")),
                longitude=_float(row.get("longitude", "")),
                notes=row["notes"],
                index=i,
                admin3=row.get("admin3", ""),
                geo_precision=_int(row.get("geo_precision", "")),
                time_precision=_int(row.get("time_precision", "")),
            )
