"""Publication dates from metadata values and file names, as YYYY-MM-DD.

The date is the calendar date as written (2022-08-01T23:30:00-05:00 -> 2022-08-01): the
newsroom's local date is what "on Monday" in the text is relative to. Common forms are
parsed by hand; dateparser (slow to import and to run) is only the last resort.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_tz
from functools import lru_cache

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
# Year first: 2022-08-01, 2022/08/01, 2022.08.01, 20220801, each optionally followed by a time.
_YMD = re.compile(r"(?P<y>\d{4})([-/.]?)(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?=$|[T\s_,]|\d{2}:?\d{2})")
# Day first with dots (European): 01.08.2022.
_DMY_DOT = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
# 1 August 2022, 1st Aug. 2022, Monday 1 August 2022.
_D_MON_Y = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})\b")
# August 1, 2022 / Aug 1st 2022.
_MON_D_Y = re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b")
# A date inside a file name: 20220809T143000Z_GB_en_..., report-2023-02-15.txt, 2023_02_15.
_IN_NAME = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})([-_.]?)(?P<m>\d{2})\2(?P<d>\d{2})(?!\d)")


def _ymd(y: str | int, m: str | int, d: str | int) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """YYYY-MM-DD for a date value in any common form, or None when it cannot be read."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _epoch(float(value))
    text = str(value).strip()
    if not text or len(text) > 100:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _epoch(float(text) / (1000 if len(text) == 13 else 1))
    for pattern in (_YMD, _DMY_DOT):
        m = pattern.match(text)
        if m:
            return _ymd(m["y"], m["m"], m["d"])
    for pattern in (_D_MON_Y, _MON_D_Y):
        m = pattern.search(text)
        if m and m["mon"].lower() in _MONTHS:
            return _ymd(m["y"], _MONTHS[m["mon"].lower()], m["d"])
    parts = parsedate_tz(text)  # RFC 2822, as in RSS: "Mon, 01 Aug 2022 16:23:25 GMT"
    if parts and parts[0] > 1900:
        return _ymd(*parts[:3])
    return _dateparser(text)


def _epoch(seconds: float) -> str | None:
    # Only plausible publication times (2000-2100) count; other numbers are not dates.
    if 946_684_800 <= seconds < 4_102_444_800:
        return datetime.fromtimestamp(seconds, UTC).date().isoformat()
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> str | None:
    if not re.search(r"\d{4}", text):
        return None  # without a year the value is not a publication date
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def date_from_name(name: str) -> str | None:
    """The date written in a file name (GDELT-style 20220809T143000Z_..., or 2023-02-15)."""
    for m in _IN_NAME.finditer(name):
        found = _ymd(m["y"], m["m"], m["d"])
        if found:
            return found
    return None
