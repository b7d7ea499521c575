"""Normalization: a recognized expression + an anchor + a tense -> a TIMEX3 value.

Pure functions with no NLP in them. An `Expr` is what the grammar understood of a phrase
("last", "week"; weekday 2 with evening; 3 months as a duration); `normalize` turns it into
a TIMEX3 `value` at the granularity the text supports: "this summer" gives `2023-SU`, never a
day. Expressions that need the publication date get `None` when there is no anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# Tense of the clause an expression sits in (see `sitrep.dates.tense`).
PAST, PRESENT, FUTURE = "past", "present", "future"
# A future seen from a past moment ("said they would meet on Friday"): the nearest such day.
NEAREST = "nearest"
# The expression dates a noun's event ("the summit in November"), so no clause tense applies: a
# weekday is the last one (news reports what happened), a month or holiday the nearest.
NOUN = "noun"

UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS = {"second", "minute", "hour"}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season


@dataclass(frozen=True)
class Expr:
    """What the grammar understood of one time expression (every field optional)."""

    kind: str  # date, year, decade, century, weekday, deictic, offset, season, quarter, half,
    #            weekend, anaphor, time, ref, duration, set, holiday (named in `value`),
    #            event_day (a day placed only by an event the text does not date: no value),
    #            new_year ("the new year": the year just begun, or the one about to begin)
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    shift: int | None = None  # -1 last, 0 this, +1 next; None: let the tense decide
    unit: str | None = None
    amount: float | None = None  # None with a unit: vague ("several weeks")
    part: str | None = None  # MO, AF, EV, NI, DT
    hour: int | None = None
    minute: int | None = None
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    value: str | None = None  # fixed value (refs, sets)
    of: str | None = None  # anaphors: the granularity of the time referred to ("the quarter"; "any")
    whole: bool = False  # anaphors: the unit itself ("that year", "the following month"), not a shift


def needs_anchor(expr: Expr) -> bool:
    """Whether the value depends on the publication date (or on an earlier date in the text)."""
    if expr.kind in ("ref", "duration", "set", "decade", "century"):
        return False
    if (
        expr.kind in ("date", "year", "season", "quarter", "half", "time", "holiday")
        and expr.year is not None
    ):
        return False
    return True


# ---------------------------------------------------------------- formatting


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _amount(a: float | None) -> str:
    if a is None:
        return "X"
    return str(int(a)) if float(a).is_integer() else f"{a:g}"


def duration_value(amount: float | None, unit: str) -> str:
    """`P3M`, `PT2H`, `PXW`; fractional amounts like 2.5 years stay as `P2.5Y`.

    ISO 8601 durations have no quarter or decade unit: "the next three quarters" is `P9M`, "a
    decade" `P10Y` (a vague "several quarters", "recent decades" keep `PXQ`, `PXDE`, which have
    no count to give)."""
    code = UNIT_CODES[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit == "quarter" and amount is not None:
        amount, code = amount * 3, "M"
    if unit == "decade" and amount is not None:  # "a decade", "the next decade": P10Y, as ISO 8601 has it
        amount, code = amount * 10, "Y"
    if unit == "hour" and amount is not None and amount < 1 and (amount * 60).is_integer():
        amount, code = amount * 60, "M"  # "half an hour": PT30M ("two and a half hours" PT2.5H, as P2.5Y)
    if unit == "century" and amount is not None and not float(amount).is_integer():
        amount, code = amount * 100, "Y"  # "half a century": P50Y
    return ("PT" if unit in TIME_UNITS else "P") + _amount(amount) + code


# ---------------------------------------------------------------- choosing among candidates


# How far the tense may push a month or day away from the publication date: "will meet on
# January 20" written on 15 February is far likelier a misparse than a date eleven months on.
TENSE_REACH_DAYS = 300
# A month named alone in a clause with a tense may be any of the twelve on that side: "elections will
# be held in January" written in February is next January, "failed to take the town in September"
# written in July last September (the reach above guards days, which a wrong attachment moves
# more often).
MONTH_REACH_DAYS = 366
# Without a tense, news looks back more often than ahead: the past candidate is kept unless
# the future one is more than this many times closer.
PAST_BIAS = 2.0


def _pick(
    candidates: list[tuple[date, str]], anchor: date, tense: str | None, reach: int = TENSE_REACH_DAYS
) -> str:
    """Choose among (start-of-period, value) candidates: past -> latest on or before the anchor,
    future -> earliest on or after it (within `reach` days); otherwise the nearest, with a bias
    to the past."""
    past = max((c for c in candidates if c[0] <= anchor), default=None)
    future = min((c for c in candidates if c[0] >= anchor), default=None)
    chosen = past if tense == PAST else future if tense == FUTURE else None
    if chosen is not None and abs((chosen[0] - anchor).days) <= reach:
        return chosen[1]
    if past is None or future is None:
        return (past or future)[1]
    bias = 1.0 if tense in (PRESENT, NEAREST, NOUN) else PAST_BIAS
    return past[1] if (anchor - past[0]).days <= bias * (future[0] - anchor).days else future[1]


def _month_day_candidates(month: int, day: int, years: range) -> list[tuple[date, str]]:
    out = []
    for y in years:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        out.append((d, fmt_day(d)))
    return out


def _shifted_day(candidates: list[tuple[date, str]], anchor: date, shift: int) -> str | None:
    """ "next June 30": the first one after the anchor; "last March 3": the last one before it;
    "this Nov. 15": the one in the anchor's year."""
    if shift == 0:
        side = [c for c in candidates if c[0].year == anchor.year]
    else:
        side = [c for c in candidates if (c[0] > anchor if shift > 0 else c[0] < anchor)]
    if not side:
        return None
    return (min(side) if shift > 0 else max(side))[1]


def weekday_date(anchor: date, weekday: int, tense: str | None, shift: int | None = None) -> date:
    """The day a bare weekday names.

    Past-tense reporting (and no tense at all: news mostly reports the past): the latest such
    weekday on or before the anchor; future or present ("the talks open on Friday", a
    schedule): the next one on or after it.
    "last Tuesday" / "next Tuesday" step a full week away from the anchor's own week day.
    """
    back = (anchor.weekday() - weekday) % 7  # days back to the latest such weekday (0 = today)
    fwd = (weekday - anchor.weekday()) % 7
    if shift == -1:
        return anchor - timedelta(days=back or 7)
    if shift == 1:
        return anchor + timedelta(days=fwd or 7)
    if shift == 0:  # "this Tuesday": the one in the anchor's week
        return anchor + timedelta(days=weekday - anchor.weekday())
    if tense == NEAREST:  # "said they would meet on Friday": whichever Friday is nearer
        return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)
    if tense in (FUTURE, PRESENT):  # "will meet on Friday", "the talks open on Friday"
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back)


def _season_value(anchor: date, season: str, shift: int | None, tense: str | None) -> str:
    # Seasons are named by the year they start in (winter 2022 = Dec 2022 - Feb 2023).
    start_month = SEASON_MONTH[season]
    cands = [
        (date(y, start_month, 1), f"{y:04d}-{season}")
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if season == "WI" and anchor.month <= 2:
        current = anchor.year - 1
    else:
        current = anchor.year
    if shift == 0:
        return f"{current:04d}-{season}"
    if shift == -1:
        # the latest one that has started before the anchor and is not the one we are in
        started = [c for c in cands if c[0] <= anchor]
        y = int(max(started)[1][:4])
        in_it = date(y, start_month, 1) <= anchor < date(*add_months(y, start_month, 3), 1)
        return f"{y - 1 if in_it else y:04d}-{season}"
    if shift == 1:
        later = [c for c in cands if c[0] > anchor]
        return min(later)[1]
    if tense in (PAST, FUTURE, NEAREST):
        # NEAREST: a plan seen from a past moment ("said in November that the push would resume
        # in the spring"), the nearer spring, not this year's by default
        return _pick(cands, anchor, tense)
    return f"{current:04d}-{season}"


def _season_beside(base: date, season: str, shift: int) -> str:
    """ "the previous autumn" after June 2014: the last autumn over by then (2013-FA); "the following
    winter": the first to start after it. A winter is named by the year it starts in."""
    starts = [date(y, SEASON_MONTH[season], 1) for y in range(base.year - 2, base.year + 2)]
    if shift < 0:
        start = max(s for s in starts if date(*add_months(s.year, s.month, 3), 1) <= base)
    else:
        start = min(s for s in starts if s > base)
    return f"{start.year:04d}-{season}"


def _month_beside(base: date, month: int, shift: int) -> str:
    """ "the following February" after September 2014: the first February to start after it
    (2015-02); "the previous December" after May 2023: the last December over by then (2022-12)."""
    starts = [date(y, month, 1) for y in range(base.year - 1, base.year + 2)]
    if shift < 0:
        start = max(s for s in starts if date(*add_months(s.year, s.month, 1), 1) <= base)
    else:
        start = min(s for s in starts if s > base)
    return fmt_month(start.year, start.month)


def _quarter_value(anchor: date, q: int, shift: int | None, tense: str | None) -> str:
    cur_q = (anchor.month - 1) // 3 + 1
    if shift is not None:  # "this year's third quarter", "next year's first quarter"
        return f"{anchor.year + shift:04d}-Q{q}"
    if tense == FUTURE and q < cur_q - 1:
        # "the merger is expected to close in the first quarter" (written in October): next year's.
        # The quarter just ended stays ("will report third-quarter results" in October)
        return f"{anchor.year + 1:04d}-Q{q}"
    if q <= cur_q:
        return f"{anchor.year:04d}-Q{q}"
    # a quarter that has not started yet this year: this year's when the clause looks ahead,
    # else last year's (results are reported after the quarter ends)
    return f"{anchor.year if tense == FUTURE else anchor.year - 1:04d}-Q{q}"


def shifted(anchor: date, unit: str, n: int) -> str | None:
    """The period `n` units away from the anchor, at that unit's granularity."""
    if unit == "day":
        return fmt_day(anchor + timedelta(days=n))
    if unit in ("week", "fortnight"):
        return fmt_week(anchor + timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return fmt_week(anchor + timedelta(days=7 * n)) + "-WE"
    if unit == "month":
        return fmt_month(*add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        y, m = add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "half":
        y, m = add_months(anchor.year, anchor.month, 6 * n)
        return f"{y:04d}-H{1 if m <= 6 else 2}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    if unit in TIME_UNITS:
        # "an hour ago": the day is all a date supports; "48 hours later" is two days on
        return fmt_day(anchor + timedelta(days=int(n * _HOURS[unit] / 24)))
    return None


_HOURS = {"hour": 1.0, "minute": 1 / 60, "second": 1 / 3600}
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d)(?::(\d\d))?$")


_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|H([12])|W(\d\d)|(SP|SU|FA|WI)))?$")


def granularity(value: str | None) -> str | None:
    """day, week, month, season, quarter, half, year for a calendar value (a time counts as its
    day); None for durations, sets, refs and unknowns."""
    if not value:
        return None
    m = _VALUE.match(value.split("T")[0])
    if not m:
        return None
    if m[3]:
        return "day"
    for i, name in ((2, "month"), (4, "quarter"), (5, "half"), (6, "week"), (7, "season")):
        if m[i]:
            return name
    return "year"


def period_start(value: str) -> date | None:
    """The first day of the period a calendar value names."""
    m = _VALUE.match(value.split("T")[0])
    if not m:
        return None
    y = int(m[1])
    try:
        if m[3]:
            return date(y, int(m[2]), int(m[3]))
        if m[2]:
            return date(y, int(m[2]), 1)
        if m[4]:
            return date(y, 3 * int(m[4]) - 2, 1)
        if m[5]:
            return date(y, 1 if m[5] == "1" else 7, 1)
        if m[6]:
            return date.fromisocalendar(y, int(m[6]), 1)
        if m[7]:
            return date(y, SEASON_MONTH[m[7]], 1)
    except ValueError:
        return None
    return date(y, 1, 1)


def shift_value(value: str, unit: str, n: int) -> str | None:
    """`value` moved `n` units: at its own granularity when it is coarser than a day and the unit
    is a year ("the third quarter" + "a year earlier" -> the third quarter of the year before),
    otherwise at the unit's granularity from the start of the period."""
    g = granularity(value)
    start = period_start(value)
    if g is None or start is None:
        return None
    if unit == "year" and g in ("quarter", "half", "season", "month"):
        return f"{int(value[:4]) + n:04d}{value[4:]}"
    if unit == "quarter" and g == "quarter":
        k = int(value[:4]) * 4 + int(value[6]) - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit in TIME_UNITS and (clock := _CLOCK_VALUE.match(value)):
        # "at 11 p.m. on 5 May ... Two hours later": the day the hours end on, from that clock
        at = datetime.combine(start, time(int(clock[1]), int(clock[2] or 0)))
        return fmt_day((at + timedelta(hours=n * _HOURS[unit])).date())
    if unit == "month" and g == "day":
        y, m = add_months(start.year, start.month, n)
        for d in (start.day, 30, 29, 28):
            try:
                return fmt_day(date(y, m, d))
            except ValueError:
                continue
    return shifted(start, unit, n)


def _weekend_value(anchor: date, shift: int | None, tense: str | None) -> str:
    if shift is not None:
        return fmt_week(anchor + timedelta(days=7 * shift)) + "-WE"
    sat = weekday_date(anchor, 5, tense)
    return fmt_week(sat) + "-WE"


# ---------------------------------------------------------------- holidays


def _easter(year: int, julian: bool = False) -> date:
    """Easter Sunday of `year` (Gregorian calendar dates; `julian` for the Orthodox feast)."""
    if julian:  # Meeus's Julian algorithm, then Julian -> Gregorian (13 days in 1900-2099)
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return date(year, month, day + 1) + timedelta(days=13)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (n = -1: last) such weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(*add_months(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Holidays that news names instead of a date. Fixed ones are (month, day); the others a rule.
HOLIDAYS: dict[str, tuple[int, int] | object] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    # the Julian calendar's 25 December, kept by the Orthodox churches of Ukraine and Russia
    # (7 January from 1900 to 2099)
    "orthodox christmas": (1, 7),
    "orthodox christmas day": (1, 7),
    "orthodox christmas eve": (1, 6),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "victory day": (5, 9),
    "victory in europe day": (5, 8),
    "ve day": (5, 8),
    "may day": (5, 1),
    "russia day": (6, 12),
    "easter": lambda y: _easter(y),
    "easter sunday": lambda y: _easter(y),
    "orthodox easter": lambda y: _easter(y, julian=True),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "orthodox easter monday": lambda y: _easter(y, julian=True) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "veterans day": (11, 11),
    "veterans' day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "bastille day": (7, 14),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
}


def holiday_date(name: str, year: int) -> date | None:
    rule = HOLIDAYS.get(name)
    if rule is None:
        return None
    if isinstance(rule, tuple):
        return date(year, *rule)
    return rule(year)


# ---------------------------------------------------------------- the entry point


def normalize(
    expr: Expr, anchor: date | None, tense: str | None = None, reference: str | None = None
) -> str | None:
    value = _value(expr, anchor, tense, reference)
    if value is not None and len(value) == 10 and value[4] == "-" and (expr.hour is not None or expr.part):
        return _with_clock(value, expr)
    return value


def _value(expr: Expr, anchor: date | None, tense: str | None, reference: str | None) -> str | None:
    """The TIMEX3 value of `expr`.

    `anchor` is the publication date (None when unknown: then only expressions that carry
    their own year, durations, sets and the PRESENT/PAST/FUTURE refs get a value).
    `reference` is the value of the time the expression is relative to, for anaphoric phrases
    ("the next day", "two days later", "a year earlier"); it falls back to the anchor.
    """
    k = expr.kind
    if k == "set" and expr.hour is not None:  # "every day at 6 p.m.": XXXX-XX-XXT18
        return _with_clock("XXXX-XX-XX", expr)
    if k in ("ref", "set"):
        return expr.value
    if k == "duration":
        return expr.value or duration_value(expr.amount, expr.unit or "day")
    if k == "decade":
        return f"{expr.year // 10:03d}" if expr.year is not None else None
    if k == "century":
        return f"{expr.year // 100:02d}" if expr.year is not None else None
    if k == "year" and expr.year is not None:
        return f"{expr.year:04d}"
    if k == "date" and expr.year is not None:
        if expr.month is None:
            return f"{expr.year:04d}"
        if expr.day is None:
            return fmt_month(expr.year, expr.month)
        try:
            return fmt_day(date(expr.year, expr.month, expr.day))
        except ValueError:
            return None
    if k == "holiday" and expr.year is not None:
        d = holiday_date(expr.value or "", expr.year)
        return fmt_day(d) if d else None
    if k == "season" and expr.year is not None:
        return f"{expr.year:04d}-{expr.season}"
    if k == "quarter" and expr.year is not None:
        return f"{expr.year:04d}-Q{expr.quarter}"
    if k == "half" and expr.year is not None:
        return f"{expr.year:04d}-H{expr.half}"

    if k == "anaphor" and expr.of == "any":  # "until then": the time last named, if any
        return reference
    if k == "anaphor" and expr.year is not None:  # "the 1988 period": the reporting period named, in 1988
        coarse = reference is not None and granularity(reference) in ("quarter", "half")
        return f"{expr.year:04d}{reference[4:]}" if coarse else f"{expr.year:04d}"
    if k == "anaphor":  # "the next day", "a year earlier", "the previous week", "the quarter"
        if reference is None and expr.of == "quarter" and anchor is not None:
            reference = shifted(anchor, "quarter", -1)  # the last quarter that has ended
        if expr.whole:  # "that year" after "May 1996" is 1996; "the following Tuesday" a day
            base = period_start(reference) if reference is not None else anchor
            if base is None:
                return None
            if expr.weekday is not None:
                return fmt_day(weekday_date(base, expr.weekday, None, expr.shift or 1))
            if expr.season is not None and expr.unit == "season":  # "the previous autumn"
                return _season_beside(base, expr.season, expr.shift or 1)
            if expr.season is not None:  # "that summer": the season of the year named
                if reference is None:
                    return _value(Expr("season", season=expr.season), anchor, tense, None)
                return f"{base.year + (expr.shift or 0):04d}-{expr.season}"
            if expr.month is not None and expr.unit == "month":  # "the following June"
                return _month_beside(base, expr.month, expr.shift or 1)
            if expr.month is not None and reference is None and expr.unit == "year" and not expr.shift:
                # "That August" with no year named before it: the month as the tense places it
                return _value(Expr("date", month=expr.month, day=expr.day), anchor, tense, None)
            if expr.month is not None:  # "in June the following year": that month of the year named
                named = Expr("date", year=base.year + (expr.shift or 0), month=expr.month, day=expr.day)
                return _value(named, anchor, tense, reference)
            return shifted(base, expr.unit or "day", expr.shift or 0)
        if reference is not None:
            return shift_value(reference, expr.unit or "day", expr.shift or 0)
        if anchor is None:
            return None
        if expr.unit in TIME_UNITS:
            # "36 hours later" with no day named near it counts from a time the text does not
            # give: the publication day is the best known, not a day on from it
            return fmt_day(anchor)
        return shifted(anchor, expr.unit or "day", expr.shift or 0)
    if anchor is None:
        return None

    if k == "date" and expr.unit == "year":  # "16 October last year": the year named after it
        year = anchor.year + (expr.shift or 0)
        return _value(Expr("date", year=year, month=expr.month, day=expr.day), anchor, tense, reference)
    if k == "date":  # month and day, or month alone, without a year
        if expr.day is not None:
            # "next June 30", "last March 3", "this Nov. 15" (a "next Feb. 29" may be four years on)
            if expr.shift is not None:
                cands = _month_day_candidates(expr.month, expr.day, range(anchor.year - 4, anchor.year + 5))
                return _shifted_day(cands, anchor, expr.shift)
            cands = _month_day_candidates(expr.month, expr.day, range(anchor.year - 1, anchor.year + 2))
            return _pick(cands, anchor, tense) if cands else None
        if expr.shift is not None:  # "last March", "next May"
            y = anchor.year
            if expr.shift == -1:
                y = y if expr.month < anchor.month else y - 1
            elif expr.shift == 1:
                y = y if expr.month > anchor.month else y + 1
            return fmt_month(y, expr.month)
        cands = [
            (date(y, expr.month, 1), fmt_month(y, expr.month))
            for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        ]
        return _pick(cands, date(anchor.year, anchor.month, 1), tense, MONTH_REACH_DAYS)
    if k == "weekday":
        return fmt_day(weekday_date(anchor, expr.weekday, tense, expr.shift))
    if k == "holiday":  # "at Christmas", "before Easter": the one the tense points to
        cands = [
            (d, fmt_day(d))
            for y in range(anchor.year - 1, anchor.year + 2)
            if (d := holiday_date(expr.value, y))
        ]
        if expr.shift is not None:  # "last Christmas", "next Easter"
            side = [c for c in cands if (c[0] < anchor if expr.shift < 0 else c[0] > anchor)]
            return (max(side) if expr.shift < 0 else min(side))[1]
        return _pick(cands, anchor, tense)
    if k == "new_year":
        # "in the new year": the year begun when the clause looks back ("since the new year", in
        # August); else the year still to begin, a plan's or a forecast's ("expected to arrive in
        # the new year", in April), except in January, when the new year is the one just begun;
        # a present clause's is the year that begins nearest ("enters the new year", in December)
        begun = tense == PAST or anchor.month == 1 or (tense == PRESENT and anchor.month <= 6)
        return f"{anchor.year if begun else anchor.year + 1:04d}"
    if k == "deictic":  # today, last week, this month, next year, tonight
        return shifted(anchor, expr.unit or "day", expr.shift or 0)
    if k == "offset":  # two weeks ago, three days from now
        if expr.amount is None:
            if expr.unit in TIME_UNITS:
                return fmt_day(anchor)  # "a few minutes ago": whatever the count, the day is known
            return "PAST_REF" if (expr.shift or -1) < 0 else "FUTURE_REF"
        n = int(expr.amount) * (expr.shift or -1)
        unit = expr.unit or "day"
        if unit in TIME_UNITS:
            return fmt_day(anchor)
        if not float(expr.amount).is_integer():
            return _fractional_offset(anchor, unit, expr.amount * (expr.shift or -1))
        return shifted(anchor, unit, n)
    if k == "season" and expr.unit == "year":  # "the spring of next year"
        return f"{anchor.year + (expr.shift or 0):04d}-{expr.season}"
    if k == "season":
        return _season_value(anchor, expr.season, expr.shift, tense)
    if k == "quarter":
        if expr.quarter is None:  # "the latest quarter": the last one completed
            return shifted(anchor, "quarter", -1 if expr.shift is None else expr.shift)
        return _quarter_value(anchor, expr.quarter, expr.shift, tense)
    if k == "half":
        if expr.half is None:
            return shifted(anchor, "half", expr.shift or 0)
        if expr.shift is not None:  # "the first half of next year"
            return f"{anchor.year + expr.shift:04d}-H{expr.half}"
        cur = 1 if anchor.month <= 6 else 2
        y = anchor.year if expr.half <= cur or tense == FUTURE else anchor.year - 1
        return f"{y:04d}-H{expr.half}"
    if k == "weekend":
        return _weekend_value(anchor, expr.shift, tense)
    if k == "time":  # a clock time alone: the publication day
        return fmt_day(anchor)
    return None


def _fractional_offset(anchor: date, unit: str, amount: float) -> str | None:
    """ "two and a half years ago" (30 months back) and "six and a half months ago" (about 198
    days back) name a month, "a week and a half ago" a week: the finest unit the count reaches,
    never an invented day."""
    if unit == "year" and (amount * 12).is_integer():
        return shifted(anchor, "month", int(amount * 12))
    if unit == "month":
        point = anchor + timedelta(days=round(amount * 365.25 / 12))
        return fmt_month(point.year, point.month)
    if unit == "week":
        return fmt_week(anchor + timedelta(days=round(amount * 7)))
    if unit == "day":
        return fmt_day(anchor + timedelta(days=round(amount)))
    return None


def _with_clock(day: str, expr: Expr) -> str:
    if expr.hour is not None:
        # at the granularity the text gives: "5 p.m." is T17, "5:30 p.m." T17:30 (TimeML, TE3)
        return f"{day}T{expr.hour:02d}" + (f":{expr.minute:02d}" if expr.minute is not None else "")
    if expr.part:
        return f"{day}T{expr.part}"
    return day
