"""Read ACLED-coded events: one coded event per row, its `notes` being the text to code.

Accepts ACLED's own exports as they come: CSV (event_id_cnty, time_precision, admin3,
geo_precision, fatalities and the rest; extra columns are ignored; headers in any case; comma,
semicolon or tab separated, or as a first line "sep=;" says; UTF-8, UTF-16 with a BOM or cp1252
as a spreadsheet re-saves it; decimal commas in coordinates; `event_date` as "15 February 2023",
"15-February-2023", ISO with or without a time), the JSON of ACLED's API (`{"status": 200,
"data": [...]}`) or a JSON list of rows, and the short form with just `event_date, event_type,
sub_event_type, actor1, actor2, admin1, admin2, location, latitude, longitude, notes`. Rows
without notes are skipped; a CSV without a notes column is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
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
    "%d.%m.%Y",
)
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{2,4}\b")


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


def iso_date(text: str, day_first: bool = False) -> str | None:
    """ISO YYYY-MM-DD of an export's date; `day_first` reads "03/04/2023" as 3 April, as a
    spreadsheet in a day-first locale writes it."""
    text = (text or "").strip()
    if len(text) > 10 and text[4:5] == "-" and text[10:11] in ("T", " "):
        text = text[:10]  # "2023-02-15T00:00:00", "2023-02-15 00:00:00"
    formats = _DATE_FORMATS
    if day_first:
        formats = tuple(f for f in formats if f != "%m/%d/%Y") + ("%m/%d/%Y",)
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _float(text: str) -> float | None:
    try:
        return float(str(text).replace(",", "."))  # "48,5343" from a semicolon-separated re-save
    except (TypeError, ValueError):
        return None


def _int(text: str) -> int | None:
    try:
        return int(float(str(text).replace(",", ".")))
    except (TypeError, ValueError):
        return None


def _delimiter(head: str) -> str:
    """The separator of the header line: ACLED exports use commas; spreadsheets re-save them with
    semicolons or tabs."""
    return max((",", ";", "\t"), key=head.count)


class UnreadableExport(ValueError):
    """An input file that is not an ACLED export this reader can take, with the reason."""


def read_text(path: str | Path) -> str:
    """The file's text: UTF-8 (with or without a BOM), UTF-16 with its BOM (Excel's "Unicode
    text", tab-separated), else cp1252, the encoding Excel writes for CSV. A workbook or a
    binary file is refused with its name and the reason."""
    raw = Path(path).read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableExport(f"{path}: marked UTF-16 but does not decode as UTF-16") from None
    if raw.startswith(b"PK\x03\x04"):
        raise UnreadableExport(f"{path}: an Excel workbook or other zip archive; save it as CSV first")
    if b"\x00" in raw[:8192]:
        raise UnreadableExport(f"{path}: binary content (NUL bytes), not an ACLED CSV or JSON export")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _json_rows(text: str, path: str | Path) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise UnreadableExport(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if isinstance(data, dict):
        data = data.get("data")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise UnreadableExport(
            f'{path}: JSON without a list of ACLED rows (expected a list, or {{"data": [...]}})'
        )
    return data


def is_acled_json(text: str) -> bool:
    """A JSON export of ACLED rows (the API's `{"status": ..., "data": [...]}` or a list of rows
    with `notes` and `event_type`), as opposed to another JSON benchmark."""
    head = text.lstrip()[:4096]
    if not head.startswith(("{", "[")):
        return False
    return '"notes"' in head and '"event_type"' in head


def _day_first(dates: list[str], semicolons: bool) -> bool:
    """Whether the file's slashed dates put the day first: a first part above 12 says so, a
    second part above 12 says not; with neither, a semicolon-separated file (a re-save in a
    locale that writes decimal commas) is taken to be day-first, as those locales write dates."""
    parts = [(int(m[1]), int(m[2])) for d in dates if (m := _SLASHED.match(d))]
    if any(a > 12 for a, _ in parts):
        return True
    if any(b > 12 for _, b in parts):
        return False
    return semicolons


def read_acled(path: str | Path) -> Iterator[AcledRow]:
    """The rows of an ACLED export, CSV or JSON."""
    text = read_text(path)
    delimiter = ","
    if text.lstrip().startswith(("{", "[")):
        rows: Iterator[dict] = iter(_json_rows(text, path))
    else:
        head, _, body = text.partition("\n")
        if (sep := re.fullmatch(r"sep=(.)\r?", head.strip(" \ufeff"))) is not None:
            text, head = body, body.split("\n", 1)[0]  # "sep=;": the line Excel reads the separator from
        delimiter = sep[1] if sep else _delimiter(head)
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        columns = [str(c or "").strip().lower() for c in reader.fieldnames or []]
        if "notes" not in columns:
            raise UnreadableExport(
                f"{path}: no 'notes' column, so no text to code (columns: {', '.join(columns) or 'none'})"
            )
        rows = reader
    cleaned = [
        {str(k or "").strip().lower(): str("" if v is None else v).strip() for k, v in r.items()}
        for r in rows
    ]
    day_first = _day_first([r.get("event_date", "") for r in cleaned], semicolons=delimiter == ";")
    for i, row in enumerate(cleaned):
        if not row.get("notes"):
            continue
        yield AcledRow(
            id=row.get("event_id_cnty") or str(i + 1),
            event_date=iso_date(row.get("event_date", ""), day_first),
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
