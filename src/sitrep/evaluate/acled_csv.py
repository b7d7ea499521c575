"""Read ACLED-style event CSV: one coded event per row, its `notes` being the text to code.

Accepts ACLED's own exports (many more columns; `event_date` as "15 February 2023" or ISO)
and the short form with just `event_date, event_type, sub_event_type, actor1, actor2, admin1,
admin2, location, latitude, longitude, notes`. Rows without notes are skipped.
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

    @property
    def split(self) -> str:
        """'tune' for odd row numbers (1-based), 'held-out' for even ones."""
        return "tune" if (self.index + 1) % 2 else "held-out"


def iso_date(text: str) -> str | None:
    text = (text or "").strip()
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


def read_acled_csv(path: str | Path) -> Iterator[AcledRow]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
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
            )
