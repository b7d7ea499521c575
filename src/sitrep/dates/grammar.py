"""Recognition: a compiled regex grammar that finds time expressions in plain text.

Each `Rule` is a pattern plus a builder that turns the match into an `Expr` (what was said,
not yet what day it is). `find_mentions` runs every rule, keeps the longest non-overlapping
matches, then joins neighbours that name one time together ("10 p.m. Wednesday",
"Tuesday, Feb. 14"). Spans follow TimeML: a leading preposition is left out, a determiner
or modifier ("the", "last", "earlier this", "nearly") is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from re import _constants as _sre
from re import _parser

from sitrep.dates.normalize import UNIT_CODES, Expr, duration_value

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "tues": 1, "wed": 2, "thurs": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6, "mon": 0, "tue": 1,
}  # fmt: skip
SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE = ("several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of", "countless")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "summertime": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
    "wintertime": "WI",
}
PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}  # fmt: skip
UNIT_WORDS = {
    "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
    "hr": "hour", "day": "day", "week": "week", "fortnight": "fortnight", "month": "month",
    "quarter": "quarter", "year": "year", "yr": "year", "decade": "decade", "century": "century",
    "centuries": "century",
}  # fmt: skip
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "those days": "PAST_REF", "right now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the near future": "FUTURE_REF",
    "current": "PRESENT_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "a later date": "FUTURE_REF", "formerly": "PAST_REF",
    "the moment": "PRESENT_REF", "this moment": "PRESENT_REF", "the time": "PAST_REF",
    "the other day": "PAST_REF", "some time ago": "PAST_REF",
}  # fmt: skip

# ---------------------------------------------------------------- vocabulary as regex


# Nouns a season names the time of ("a spring offensive", "the fall session", "spring sowing").
SEASON_CAMPAIGN = re.compile(
    r"\s+(?:counter-?offensives?|offensives?|campaigns?|sessions?|semesters?|terms?|elections?|thaw|sowing|planting|harvest)\b",
    re.I,
)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?![a-z])"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WORDNUM = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine))"
_NUM = rf"(?:(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_WORDNUM}|{_alt(SMALL)})(?:\s+and\s+a\s+half)?|{_alt(VAGUE)})"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
# "a weeks-long siege": an article before a plural unit is the compound's, not a count of one
_ARTICLE_OF_COMPOUND = (
    r"(?!an?\s+(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries)\b)"
)
_UNIT1 = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORD_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
# A day of the month in words, as broadcast transcripts write it ("January thirty-first").
_DAY_WORD = rf"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{'|'.join(sorted(_ORD_WORDS, key=len, reverse=True))})"
# After a month, an ordinal word is its day only when no noun follows ("May first-quarter
# results", "April third parties" are not dates).
_DAY_WORD_END = r"(?![-\w])(?!\s+(?!(?:and|or|in|at|on|to|the|this|that|when|after|before|by|until|through|of|nineteen|two)\b)[a-z])"
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_SEASON = r"(?:spring|summer|summertime|autumn|fall|winter|wintertime)"
# "23 June [2014]": a year an editor adds in brackets inside a quotation dates the day before it
_YEAR_LEAD = rf"(?:,?\s+|\s+\[(?={_YEAR}\]))"
_YEAR_CLOSE = r"(?:(?<=\d)\])?"
_AMPM = r"(?:a\.m\.|p\.m\.|am\b|pm\b)"
_ZONE = r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|Kyiv\s+time|Moscow\s+time|local\s+time|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time)"
_TZ = rf"(?:\s+(?:\({_ZONE}\)|{_ZONE}))"
_MOD = r"(?:about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|over|under|at\s+least|up\s+to|some|just|only|barely|fewer\s+than)"


def number(text: str) -> float | None:
    """'three' -> 3, 'twenty-four' -> 24, '2 1/2' -> 2.5; vague quantities -> None."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t.endswith(" and a half"):  # "three and a half"
        whole = number(t[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if t in SMALL:
        return float(SMALL[t])
    if t in VAGUE:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: 1/2)?", t)
    if m:
        return float(m.group(1)) + (0.5 if t.endswith("1/2") else 0.0)
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in SMALL and parts[1] in SMALL:
        return float(SMALL[parts[0]] + SMALL[parts[1]])
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w in UNIT_WORDS:
        return UNIT_WORDS[w]
    return UNIT_WORDS.get(w.rstrip("s"), "day")


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".s")]


def _rel(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().split()[-1]
    if word.lower().split()[:2] == ["this", "past"]:
        return -1
    return {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}.get(w)


def _year2(text: str) -> int:
    """'1990' -> 1990; "'90" -> 1990, "'05" -> 2005 (two digits: the nearer century)."""
    digits = text.strip("'’")
    if len(digits) == 2:
        v = int(digits)
        return 2000 + v if v < 40 else 1900 + v
    return int(digits)


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    build: Callable[[re.Match], Expr | None]
    priority: int = 0  # breaks ties between equally long matches


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    expr: Expr
    rule: str

    @property
    def type(self) -> str:
        return self.expr.type


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _day_of(text: str) -> int:
    """'14', '14th', 'fourteenth', 'thirty-first' -> the day of the month."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits[0])
    words = re.split(r"[\s-]+", text.lower())
    return (
        (_TENS_OF_DAYS.get(words[0], 0) + _ORD_WORDS[words[-1]]) if len(words) == 2 else _ORD_WORDS[words[0]]
    )


_TENS_OF_DAYS = {"twenty": 20, "thirty": 30}


def _b_month_day(m):
    day = _day_of(m["day"])
    if day > 31:
        return None
    shift = _rel(_g(m, "rel")) if _g(m, "rel") else None  # "next June 30", "last March 3"
    return Expr("date", year=_year_of(_g(m, "year")), month=_month(m["month"]), day=day, shift=shift)


def _year_of(text: str | None) -> int | None:
    """A year written in digits ('1994', "'94") or in words ('nineteen ninety-four')."""
    if not text:
        return None
    if text[0].isdigit() or text[0] in "'’":
        return _year2(text)
    return spelled_year(text)


def _b_month(m):
    return Expr("date", year=_year_of(_g(m, "year")), month=_month(m["month"]), shift=_rel(_g(m, "rel")))


def _b_year(m):
    return Expr("year", year=int(m["year"]))


def _b_decade(m):
    digits = m["decade"].strip("'’")
    if len(digits) == 2:  # "the '60s", "the late 80's": the 20th century, bar "the '00s", "the '10s"
        return Expr("decade", year=(2000 if int(digits) <= 10 else 1900) + int(digits))
    if digits.endswith("00") and digits != "2000":  # "the 1800s", "the late 1900s": the century
        return Expr("century", year=int(digits))
    return Expr("decade", year=int(digits))


def _b_century(m):
    n = int(m["n"])
    return Expr("century", year=(n - 1) * 100)


def _b_iso(m):
    return Expr("date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))


def _b_weekday(m):
    part = _g(m, "part")
    return Expr(
        "weekday",
        type="TIME" if part else "DATE",
        weekday=_weekday(m["weekday"]),
        shift=_rel(_g(m, "rel")),
        part=PARTS[part.lower()] if part else None,
    )


_DEICTIC_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _b_day_word(m):
    word = m["word"].lower()
    part = _g(m, "part")
    code = PARTS[part.lower()] if part else ("NI" if word == "tonight" else None)
    return Expr("deictic", type="TIME" if code else "DATE", unit="day", shift=_DEICTIC_DAY[word], part=code)


def _b_this_part(m):
    rel = m["rel"].lower()
    code = PARTS[m["part"].lower()]
    return Expr("deictic", type="TIME", unit="day", shift=-1 if rel == "last" else 0, part=code)


def _b_that_part(m):
    # "that night", "the next morning": a part of the day last named (or of the next/previous day)
    rel = (_g(m, "rel") or "").lower()
    shift = 1 if rel in ("next", "following", "after") else -1 if rel else 0
    return Expr("anaphor", type="TIME", unit="day", shift=shift, part=PARTS[m["part"].lower()])


def _b_holiday(m):
    if not m["name"][0].isupper():
        return None  # holidays are written as names
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    year = _g(m, "year")
    return Expr("holiday", value=name, year=int(year) if year else None, shift=_rel(_g(m, "rel")))


def _b_deictic(m):
    unit = m["unit"].lower()
    shift = _rel(m["rel"])
    if unit == "weekend":
        return Expr("weekend", shift=shift)
    return Expr("deictic", unit=_unit(unit), shift=shift)


def _b_offset(m):
    d = m["dir"].lower()
    sign = 1 if d in ("later", "after", "hence", "on") or d.startswith("from") else -1
    kind = "anaphor" if d in ("earlier", "later", "before", "after", "on") else "offset"
    amount = number(m["num"])
    if amount is not None and _g(m, "half"):  # "a year and a half ago"
        amount += 0.5
    unit = _unit(m["unit"])
    if kind == "anaphor":
        if amount is None or not amount.is_integer():
            return None
        return Expr("anaphor", unit=unit, shift=sign * int(amount))
    return Expr("offset", unit=unit, amount=amount, shift=sign)


def _b_anaphor(m):
    rel = m["rel"].lower().split()[-1]
    shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[rel]
    unit = "weekend" if m["unit"].lower() == "weekend" else _unit(m["unit"])
    return Expr("anaphor", unit=unit, shift=shift, whole=True)


# What follows "the day before" when it introduces an event ("... the ceasefire was signed",
# "... Christmas", "... polls opened": any word, as the rules are case-blind) rather than ending
# the phrase or going on with it ("the day before, ...", "the day before that", "... in Kyiv").
_EVENT_AFTER = r"\s+(?!(?:in|at|on|by|with|that|this|and|or|but|yesterday|tomorrow)\b)\w"


def _b_day_before(m):
    return Expr("anaphor", unit="day", shift=-1 if m["dir"].lower() == "before" else 1)


def _b_duration(m):
    amount = number(m["num"])
    if amount is not None and re.search(r"\sand\s+a\s+half$", m[0], re.I):  # "two years and a half"
        amount += 0.5
    unit = _unit(m["unit"])
    return Expr("duration", type="DURATION", unit=unit, amount=amount)


def _b_span_duration(m):
    # "the past two months", "the next few days", "the first hours", "over the past week": a
    # stretch that ends (or starts) now, not the calendar week before (written on Friday 8 July,
    # "strikes on Sloviansk in the past week" include those of 4-8 July)
    num = _g(m, "num")
    amount = number(num) if num else (None if m["unit"].lower().endswith("s") else 1.0)
    return Expr("duration", type="DURATION", unit=_unit(m["unit"]), amount=amount)


def _b_vague_duration(m):
    return Expr("duration", type="DURATION", unit=_unit(m["unit"]), amount=None)


def _b_season(m):
    season = SEASONS[m["season"].lower()]
    if _g(m, "yrel"):  # "the spring of next year": that season of the year named
        return Expr("season", season=season, unit="year", shift=_rel(m["yrel"]))
    if _g(m, "yana"):  # "the summer of that year", "the spring of the following year"
        shift = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(
            m["yana"].split()[-1].lower(), 0
        )
        return Expr("anaphor", unit="year", shift=shift, whole=True, season=season)
    if _g(m, "ana") and not _g(m, "year"):  # "the previous autumn": the one before the time last named
        shift = 1 if m["ana"].split()[-1].lower() == "following" else -1
        return Expr("anaphor", unit="season", shift=shift, whole=True, season=season)
    if _g(m, "that") and not _g(m, "year"):  # "that summer": the summer of the year last named
        return Expr("anaphor", unit="year", shift=0, whole=True, season=season)
    return Expr("season", season=season, shift=_rel(_g(m, "rel")), year=_year_of(_g(m, "year")))


def _b_quarter(m):
    year = _year_of(_g(m, "year") or _g(m, "year2") or _g(m, "year3"))
    q = ORDINALS[m["ord"].lower()]
    yrel = _g(m, "yrel") or _g(m, "ofrel")  # "last year's third quarter", "the third quarter of last year"
    shift = _rel(yrel) if yrel else (0 if (_g(m, "rel") or "").lower() == "this" else None)
    if _g(m, "ago") and year is None:  # "the year-ago third quarter": that quarter last year
        shift = -1
    return Expr("quarter", quarter=q, year=year, shift=shift)


def _b_part_alone(m):
    word = re.sub(r"\s+", " ", m["part"].lower()).replace("mid-", "mid ")
    code = {"mid afternoon": "AF", "midafternoon": "AF", "mid morning": "MO", "midmorning": "MO", "midday": "MI",
            "early morning": "MO", "late night": "NI"}[word]  # fmt: skip
    return Expr("time", type="TIME", part=code)


def _b_q(m):
    return Expr("quarter", quarter=int(m["q"]), year=_year2(m["year"]) if _g(m, "year") else None)


def _b_month_quarter(m):
    """ "the September quarter": the quarter that ends (or lies) in that month."""
    return Expr("quarter", quarter=(_month(m["month"]) - 1) // 3 + 1, year=_year_of(_g(m, "year")))


def _b_latest_quarter(m):
    rel = re.sub(r"\s+", " ", (_g(m, "rel") or "").lower())
    if rel in ("latest", "most recent"):  # the period a results story is about: the one it named
        return Expr("anaphor", unit="quarter", shift=0, of="quarter")
    return Expr("quarter", shift=0 if rel in ("current", "this") else (1 if rel == "next" else -1))


def _b_half(m):
    """ "the first half of 2022", "this year's second half", "1988's first half", "the 1988 first half"."""
    year = _g(m, "year") or _g(m, "year2") or _g(m, "year3")
    ordinal = (_g(m, "ord") or _g(m, "ord2")).lower()
    yrel = _g(m, "yrel") or _g(m, "yrel2")
    shift = _rel(yrel) if yrel else None
    return Expr("half", half={"first": 1}.get(ordinal, 2), year=int(year) if year else None, shift=shift)


def _b_clock(m):
    if _g(m, "hword"):  # "five p.m.", "nine thirty a.m.", as transcripts write them
        hour = _HOUR_WORDS[m["hword"].lower()]
        mword = (_g(m, "mword") or "").lower()
        minute = int(number(re.sub(r"^oh[\s-]", "", mword)) or 0) if mword else None
    else:
        hour = int(m["hour"])
        minute = int(_g(m, "minute")) if _g(m, "minute") else None  # "5 p.m." names the hour only
    ampm = (_g(m, "ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or (minute or 0) > 59:
        return None
    return Expr("time", type="TIME", hour=hour, minute=minute)


_HOUR_WORDS = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), 1)}  # fmt: skip
_MINUTE_WORDS = r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


def _b_oclock(m):
    """ "six o'clock", "3:15 in the morning", "10 o'clock at night": the day part sets AM or PM."""
    word = m["hour"].lower()
    hour = _HOUR_WORDS.get(word) or int(word)
    minute = int(_g(m, "minute")) if _g(m, "minute") else None
    part = re.sub(r"\s+", " ", (_g(m, "dp") or "").lower())
    if part.endswith(("afternoon", "evening")) or (part == "at night" and 6 <= hour < 12):
        hour += 12
    elif hour == 12 and (part.endswith("morning") or part == "at night"):
        hour = 0
    if hour > 23 or (minute or 0) > 59:
        return None
    return Expr("time", type="TIME", hour=hour, minute=minute)


def _b_elapsed(m):
    """ "finished in 3:07:35": hours, minutes and seconds with no a.m./p.m. or zone are a time
    taken (a race, a flight), a duration."""
    h, mi, sec = int(m["h"]), int(m["m"]), int(m["s"])
    if not (h or mi or sec):
        return None  # "00:00:00": a player's counter at its start, no time taken
    return Expr("duration", type="DURATION", value=f"PT{h}H{mi}M{sec}S" if h else f"PT{mi}M{sec}S")


def _b_noon(m):
    w = m["w"].lower()
    return Expr("time", type="TIME", hour=12 if w == "noon" else 24)


def _b_ref(m):
    return Expr("ref", value=REFS[re.sub(r"\s+", " ", m["ref"].lower())])


def _b_set_every(m):
    unit = m["unit"].lower()
    num = _g(m, "num")
    if unit.rstrip("s") in WEEKDAYS or unit in WEEKDAYS:
        return Expr("set", type="SET", value=f"XXXX-WXX-{_weekday(unit) + 1}")
    if unit.rstrip(".") in MONTHS:
        return Expr("set", type="SET", value=f"XXXX-{_month(unit):02d}")
    if unit in PARTS:
        return Expr("set", type="SET", value=f"XXXX-XX-XXT{PARTS[unit]}")
    if unit in SEASONS:  # "every summer"
        return Expr("set", type="SET", value=f"XXXX-{SEASONS[unit]}")
    if unit == "weekend":
        return Expr("set", type="SET", value="XXXX-WXX-WE")
    u = _unit(unit)
    amount = 2.0 if (num or "").lower() == "other" else (number(num) if num else 1.0)
    if amount is not None and not float(amount).is_integer():  # "every half an hour": PT30M
        return Expr("set", type="SET", value=duration_value(amount, u))
    count = "X" if amount is None else str(int(amount))  # "every few days": PXD
    return Expr(
        "set", type="SET", value=("PT" if u in ("hour", "minute", "second") else "P") + count + _code(u)
    )


def _code(unit: str) -> str:
    return UNIT_CODES[unit]


# An adverb of frequency names the calendar unit that repeats, as TimeBank and the TempEval-3
# test set write it ("pays out $2bn annually" XXXX, "the daily count" XXXX-XX-XX); "every
# month", "a year" keep their counted P1M, P1Y.
_ADVERB_SETS = {"daily": "XXXX-XX-XX", "weekly": "XXXX-WXX", "monthly": "XXXX-XX", "quarterly": "P3M",
                "annually": "XXXX", "yearly": "XXXX", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
                "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M", "semi-annually": "P6M",
                "biannually": "P6M"}  # fmt: skip


def _b_set_adverb(m):
    return Expr("set", type="SET", value=_ADVERB_SETS[m["w"].lower()])


def _b_set_times(m):
    u = _unit(m["unit"])
    return Expr("set", type="SET", value=("PT1" if u in ("hour", "minute") else "P1") + _code(u))


def _b_plural_weekday(m):
    return Expr("set", type="SET", value=f"XXXX-WXX-{_weekday(m['weekday']) + 1}")


def _b_adj_duration(m):
    amount = number(m["num"])
    if amount is None:
        return None
    return Expr("duration", type="DURATION", unit=_unit(m["unit"]), amount=amount)


_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SPELLED_YEAR = (
    rf"(?:nineteen|eighteen)[\s-](?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_ONES)}))?|{'|'.join(_TEENS)}|oh[\s-](?:{'|'.join(_ONES)}))"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{'|'.join(_TEENS)}|{'|'.join(_ONES)}|twenty(?:[\s-](?:{'|'.join(_ONES)}))?))?"
)


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-seven' -> 1997, 'two thousand and three' -> 2003."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        n = sum(
            _TENS.get(w, 0)
            + (_TEENS.index(w) + 10 if w in _TEENS else 0)
            + (_ONES.index(w) + 1 if w in _ONES else 0)
            for w in rest
        )
        return 2000 + n
    century = {"nineteen": 1900, "eighteen": 1800}.get(words[0])
    if century is None:
        return None
    rest = words[1:]
    if rest and rest[0] == "oh":
        rest = rest[1:]
    n = sum(
        _TENS.get(w, 0)
        + (_TEENS.index(w) + 10 if w in _TEENS else 0)
        + (_ONES.index(w) + 1 if w in _ONES else 0)
        for w in rest
    )
    return century + n


_RANGE_START = re.compile(rf"(?<![\d$£€.,/-])\b(?P<y1>{_YEAR})\s?[-–]\s?$")


def _b_year_range_start(m):
    """ "2009-2010", "1957-58": the first year of a range (TimeML annotates each year)."""
    return Expr("year", year=int(m["year"])) if _range_end_year(int(m["year"]), m["y2"]) else None


def _range_end_year(y1: int, y2: str) -> int | None:
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if len(y2) == 2 and end <= y1:
        end += 100  # "1999-00": the range crosses into the next century
    return end if y1 < end <= y1 + 30 else None


def _b_year_range_end(m):
    """The second year of "2009-2010" or "1957-58" (two digits: the first year's century)."""
    start = _RANGE_START.search(m.string, max(0, m.start() - 8), m.start())
    end = _range_end_year(int(start["y1"]), m["y2"]) if start else None
    return Expr("year", year=end) if end else None


def _b_range_first(m):
    """ "between 12 and 18 months", "two to three weeks": the first number takes the unit."""
    amount = number(m["num"])
    return Expr("duration", type="DURATION", unit=_unit(m["unit"]), amount=amount) if amount else None


def _b_spelled_year(m):
    y = spelled_year(m["sy"])
    return Expr("year", year=y) if y else None


def _b_spelled_decade(m):
    tens = {
        "twenties": 20,
        "thirties": 30,
        "forties": 40,
        "fifties": 50,
        "sixties": 60,
        "seventies": 70,
        "eighties": 80,
        "nineties": 90,
    }
    return Expr("decade", year=1900 + tens[m["sd"].lower()])


def _rules() -> list[Rule]:
    # fmt: off
    R: list[tuple[str, str, Callable, int]] = [
        # absolute and month-based dates
        ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b", _b_iso, 5),
        ("month_day", rf"\b(?:(?:early|late|mid-?)\s*|(?P<rel>last|next|this)\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY}\b|{_DAY_WORD}{_DAY_WORD_END})(?:{_YEAR_LEAD}(?P<year>{_YEAR}\b|{_SPELLED_YEAR}\b){_YEAR_CLOSE})?", _b_month_day, 4),
        ("word_day_month", rf"\b(?:the\s+)?(?P<day>{_DAY_WORD})\s+of\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}\b|{_SPELLED_YEAR}\b))?", _b_month_day, 4),
        ("day_month", rf"\b(?:the\s+(?=\d+(?:st|nd|rd|th)?\s+of\s))?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:{_YEAR_LEAD}(?P<year>{_YEAR})\b{_YEAR_CLOSE})?", _b_month_day, 4),
        ("month", rf"\b(?:(?P<rel>last|next|this|(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)(?:\s+(?:last|next|this))?)\s*)?(?P<month>{_MONTH})(?:(?:{_YEAR_LEAD}(?:of\s+)?)(?P<year>{_YEAR}\b|['’]\d\d\b|{_SPELLED_YEAR}){_YEAR_CLOSE})?", _b_month, 2),
        ("year", rf"(?<![\d$£€.,/-])(?:(?:(?:the\s+)?fiscal(?:\s+year)?|the\s+year|(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+spring\s+of|the\s+summer\s+of)\s*)\s*)?\b(?P<year>{_YEAR})\b(?![-.,/]?\d|\s*%|\s*(?:percent|per\s+cent))", _b_year, 1),
        ("decade", r"(?:\b|(?=['’]\d0['’]?s\b))(?:the\s+(?:first|second|last|latter)\s+half\s+of\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<decade>(?:1[6-9]|20)\d0|['’]\d0)['’]?s\b", _b_decade, 3),
        ("decade2", r"\bthe\s+(?:(?:early|late|mid-?)\s*)?(?P<decade>[1-9]0)['’]?s\b(?!\s*(?:°|degrees\b|[CF]\b))", _b_decade, 3),
        ("century", r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", _b_century, 3),
        ("year_range_start", rf"(?<![\d$£€.,/-])\b(?P<year>{_YEAR})(?=\s?[-–]\s?(?P<y2>{_YEAR}|\d\d)\b(?![-.,/]?\d|\s*%))", _b_year_range_start, 1),
        ("year_range_end", r"(?:(?<=[-–])|(?<=[-–]\s))(?P<y2>\d{4}|\d\d)\b(?![-.,/]?\d|\s*%)", _b_year_range_end, 1),
        # weekdays and days
        ("weekday", rf"\b(?:(?P<rel>last|next|this(?:\s+coming)?|(?:early|late|earlier|later)(?:\s+(?:last|next|this))?)\s+)?(?P<weekday>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?\b(?!s)", _b_weekday, 2),
        ("day_word", r"\b(?:(?:early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _b_day_word, 2),
        ("part_of_day", r"\b(?:(?:early|late|earlier|later)\s+)?(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", _b_this_part, 2),
        ("deictic", r"\b(?:(?:earlier|later|early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)\s+)?(?P<rel>last|next|this(?:\s+past)?|(?:the\s+)?(?:current|coming))\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?P<unit>week|weekend|month|year|decade|century|quarter)\b", _b_deictic, 2),
        ("that_month", r"\bthat\s+(?P<month>January|February|April|June|July|August|September|October|November|December)\b(?!\s+\d)", lambda m: Expr("anaphor", unit="year", shift=0, whole=True, month=_month(m["month"])), 2),
        ("that_unit", r"\b(?:(?:later|earlier|early|late)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|week|weekend|month|quarter|year|decade)\b", lambda m: Expr("anaphor", unit="weekend" if m["unit"].lower() == "weekend" else _unit(m["unit"]), shift=0, whole=True), 2),
        ("unit_before", r"\bthe\s+(?P<unit>week|month|year)\s+(?P<dir>before|after)(?=\s*(?:[.,;:)]|$))", lambda m: Expr("anaphor", unit=_unit(m["unit"]), shift=-1 if m["dir"].lower() == "before" else 1, whole=True), 2),
        # "the following June", "the previous December": the first such month after (before) the time
        # last named; "May" and "March" only capitalised ("the following may be true")
        ("that_month_rel", r"\bthe\s+(?P<rel>following|next|previous|preceding)\s+(?P<month>January|February|April|June|July|August|September|October|November|December|(?-i:March|May))\b(?!\s+\d)", lambda m: Expr("anaphor", unit="month", month=_month(m["month"]), shift=-1 if m["rel"].lower() in ("previous", "preceding") else 1, whole=True), 3),
        ("that_weekday", rf"\bthe\s+(?P<rel>following|next|previous|preceding)\s+(?P<weekday>{_WEEKDAY})\b(?!s)", lambda m: Expr("anaphor", unit="day", weekday=_weekday(m["weekday"]), shift=-1 if m["rel"].lower() in ("previous", "preceding") else 1, whole=True), 3),
        ("holiday", rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>(?:orthodox\s+)?easter(?:\s+(?:sunday|monday))?|(?:orthodox\s+)?christmas(?:\s+(?:day|eve))?|boxing\s+day|new\s+year['’]s\s+(?:day|eve)|valentine['’]s\s+day|halloween|victory\s+day|victory\s+in\s+europe\s+day|VE\s+day|may\s+day|russia\s+day|good\s+friday|thanksgiving(?:\s+day)?|memorial\s+day|labor\s+day|veterans['’]?\s+day|armistice\s+day|remembrance\s+day|bastille\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|presidents['’]?\s+day|columbus\s+day)\b(?:,?\s+(?P<year>{_YEAR})\b)?", _b_holiday, 2),
        ("that_part", r"\b(?:(?P<that>that|the\s+same)|the\s+(?P<rel>next|following|previous|preceding))\s+(?P<part>morning|afternoon|evening|night)\b", _b_that_part, 2),
        # "the night before" (ending its clause): that part of the day before the time last named
        ("part_before", r"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+(?P<rel>before|after)(?=\s*(?:[.,;:)]|$))", _b_that_part, 3),
        ("then", r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)|(?<=\bby\s))then\b", lambda m: Expr("anaphor", of="any"), 1),
        ("the_weekend", r"\bthe\s+weekend\b", lambda m: Expr("weekend"), 1),
        # offsets and anaphora
        ("offset", rf"\b(?:{_MOD}\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+(?:now|today)|hence|(?:before|after|on)(?=\s*(?:[.,;:)]|$)))", _b_offset, 3),
        # "in a week's time", "in three months' time": that far ahead of now
        ("units_time", rf"(?<=\bin\s)(?P<num>{_NUM})\s+(?P<unit>{_UNIT})['’]s?\s+time\b(?!\s+off\b)", lambda m: Expr("offset", unit=_unit(m["unit"]), amount=number(m["num"]), shift=1), 3),
        ("anaphor", r"\b(?P<rel>the\s+(?:next|following|previous|preceding|prior|same))\s+(?:fiscal\s+(?=quarter|year))?(?P<unit>day|week|weekend|month|quarter|year)\b", _b_anaphor, 2),
        ("day_before", rf"\bthe\s+day\s+(?P<dir>before|after)\b(?!\s+(?:yesterday|tomorrow)\b)(?!{_EVENT_AFTER})", _b_day_before, 2),
        # "the day before the ceasefire was signed": the day of an event the text does not date
        ("day_of_event", rf"\bthe\s+day(?=\s+(?:before|after){_EVENT_AFTER})", lambda m: Expr("event_day"), 2),
        # durations
        ("duration", rf"\b(?:{_MOD}\s+)?{_ARTICLE_OF_COMPOUND}(?P<num>{_NUM})\s+(?:(?:more|full|straight|consecutive|long|additional|further|extra)\s+)?(?P<unit>{_UNIT})\b(?:\s+and\s+a\s+half)?", _b_duration, 1),
        ("span_duration", rf"\b(?:(?:each\s+of\s+)?the\s+(?:past|last|next|first|coming|previous|final|following|remaining)\s+)(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT})\b(?:\s+or\s+so\b)?", _b_span_duration, 2),
        ("the_n_units", rf"\bthe\s+(?P<num>{_WORDNUM}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<unit>{_UNIT})\b", _b_duration, 1),
        ("future_units", r"\bfuture\s+(?:days|weeks|months|quarters|years|decades)\b", lambda m: Expr("ref", value="FUTURE_REF"), 2),
        ("recent_units", r"\b(?:recent|the\s+coming|coming|previous|the\s+previous|past|the\s+past)\s+(?P<unit>days|weeks|months|quarters|years|decades)\b", _b_vague_duration, 2),
        # "in recent weeks and months", "the coming days and weeks", "the weeks and months ahead": two
        # units joined give no one duration; the stretch is the recent past or the near future
        ("units_and_units", r"\b(?:(?P<back>recent|previous|the\s+previous|past|the\s+past)|(?:the\s+)?coming|(?=the\s+\w+\s+(?:and|or)\s+\w+\s+ahead))\s*(?:the\s+)?(?:days|weeks|months|years)\s+(?:and|or)\s+(?:days|weeks|months|years)\b(?:\s+ahead\b)?", lambda m: Expr("ref", value="PAST_REF" if _g(m, "back") else "FUTURE_REF"), 3),
        ("units_ahead", r"\bthe\s+(?P<unit>days|weeks|months|years)\s+ahead\b", _b_vague_duration, 2),
        ("bare_units", r"\b(?P<unit>hours|days|weeks|months|years|decades)\b", _b_vague_duration, 0),
        ("range_first", rf"\b(?P<num>\d+|{_WORDNUM}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)(?=\s*(?:to|and|or|-|–)\s*(?:\d+|{_WORDNUM}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?P<unit>{_UNIT})\b)", _b_range_first, 1),
        ("adj_duration", rf"\b(?P<num>\d+|{_WORDNUM}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?P<unit>{_UNIT1})(?:-old|-long)?\b", _b_adj_duration, 1),
        # seasons, quarters, halves
        ("season", rf"\b(?:(?:early|late|mid-?|the\s+end\s+of)\s+)?(?:(?P<rel>last|next|this(?:\s+past)?|the\s+coming|the\s+past)\s+|(?P<ana>the\s+(?:previous|preceding|following))\s+|the\s+|(?P<that>that)\s+)?(?P<season>{_SEASON})\b(?:\s+(?:of\s+)?(?P<year>{_YEAR}\b|['’]\d\d\b|{_SPELLED_YEAR})|\s+of\s+(?P<yrel>last|next|this)\s+year\b|\s+of\s+(?P<yana>that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year\b)?", _b_season, 2),
        ("quarter", rf"\b(?:(?:the(?!\s+(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter\b)|(?P<yrel>this|last|next)\s+year's|(?:fiscal\s+)?(?P<year3>{_YEAR})['’]s)\s+)?(?:(?P<ago>year-ago|year-earlier|prior-year|previous-year)\s+)?(?:(?P<rel>this|(?P<year2>{_YEAR}))\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b(?:\s+of\s+(?:(?P<ofrel>this|last|next)\s+year\b|(?:fiscal\s+)?(?P<year>{_YEAR}\b|{_SPELLED_YEAR})))?", _b_quarter, 3),
        ("month_quarter", rf"\bthe\s+(?:(?P<year>{_YEAR})\s+)?(?P<month>{_MONTH})\s+quarter\b", _b_month_quarter, 3),
        ("years_quarter", r"\b(?P<yrel>last|next)\s+year's\s+(?:quarter|period)\b", lambda m: Expr("anaphor", unit="year", shift=_rel(m["yrel"]), of="quarter"), 3),
        ("dawn_of_day", rf"\b(?P<part>dawn|daybreak|dusk)(?=\s+(?:on\s+)?(?:{_WEEKDAY}|today|yesterday|tomorrow)\b)", lambda m: Expr("time", type="TIME", part=PARTS[m["part"].lower()]), 1),
        ("part_of_date", r"\bthe\s+(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night)(?=\s+of\s+)", lambda m: Expr("time", type="TIME", part=PARTS[m["part"].lower()]), 1),
        ("part_alone", r"\b(?P<part>mid-?afternoon|mid-?morning|midday|early\s+morning|late\s+night)\b", _b_part_alone, 1),
        ("overnight", r"\bovernight\b", lambda m: Expr("deictic", type="TIME", unit="day", shift=-1, part="NI"), 1),
        ("q", rf"\bQ(?P<q>[1-4])(?:\s+(?P<year>{_YEAR}|['’]\d\d))?\b", _b_q, 3),
        ("latest_quarter", r"\bthe\s+(?P<rel>latest|last|most\s+recent|current|next|recent|past)\s+(?:quarter|period)\b(?![-\s]centur)", _b_latest_quarter, 3),
        ("half", rf"\b(?:the\s+(?:(?P<year2>{_YEAR})\s+)?|(?P<yrel2>this|last|next)\s+year['’]s\s+|(?:fiscal\s+)?(?P<year3>{_YEAR})['’]s\s+)(?:fiscal\s+)?(?:(?P<ord>first|second|last)\s+half|(?P<ord2>first|last)\s+(?:two|2)\s+quarters(?=\s+of\s))(?:\s+of\s+(?:the\s+year|(?P<yrel>this|last|next)\s+year|(?:fiscal\s+)?(?P<year>{_YEAR})))?\b", _b_half, 2),
        ("two_days_off", r"\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b", lambda m: Expr("deictic", unit="day", shift=-2 if "yesterday" in m[0].lower() else 2), 3),
        # clock times
        ("clock", rf"\b(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?|(?P<hword>{_alt(_HOUR_WORDS)})(?:[\s-](?P<mword>{_MINUTE_WORDS}))?(?=\s*[ap]\.m\.))\s*(?P<ampm>{_AMPM}){_TZ}?", _b_clock, 2),
        ("clock_before_day", rf"\b(?<![:.\d])(?P<hour>1[0-2]|0?[1-9]):(?P<minute>[0-5]\d)(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|yesterday|today|tomorrow|{_WEEKDAY})\b)", _b_clock, 2),
        ("clock24", rf"\b(?<!:)(?P<hour>[01]\d|2[0-3]):?(?P<minute>[0-5]\d)(?::[0-5]\d)?{_TZ}", _b_clock, 2),
        ("elapsed", rf"(?<![\d:.])(?P<h>\d{{1,2}}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])(?!\s*(?:{_AMPM}|{_ZONE}))", _b_elapsed, 3),
        ("oclock", rf"\b(?:(?:about|around)\s+)?(?P<hour>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b(?:\s+(?P<dp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?{_TZ}?", _b_oclock, 2),
        ("hour_part", r"\b(?P<hour>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<dp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", _b_oclock, 2),
        ("clock_part", r"\b(?:(?:about|around)\s+)?(?P<hour>1[0-2]|0?[1-9])[:.](?P<minute>[0-5]\d)\s+(?P<dp>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", _b_oclock, 2),
        ("noon", r"\b(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?P<w>noon|midnight)\b", _b_noon, 1),
        ("edge_of", r"\b(?:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the|(?:earlier|later)\s+(?:in|on)\s+the)\s+(?P<unit>day|week|month|year|decade)\b", lambda m: Expr("deictic", unit=_unit(m["unit"]), shift=0), 1),
        ("edge_of_bare", r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<unit>month|year)\b(?![-’'])", lambda m: Expr("deictic", unit=_unit(m["unit"]), shift=0), 1),
        ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<sy>{_SPELLED_YEAR})\b", _b_spelled_year, 2),
        ("spelled_decade", r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:nineteen[\s-])?(?P<sd>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _b_spelled_decade, 1),
        ("the_year", r"\bthe\s+(?:full\s+|fiscal\s+|whole\s+|entire\s+)?year\b(?![-’']|\s+(?:ago|earlier|before|after|later|since|of|in|when|that|\d))", lambda m: Expr("deictic", unit="year", shift=0), 0),
        ("year_ended", r"\bthe\s+(?:fiscal\s+|financial\s+|full\s+|12-month\s+)?year(?=\s+(?:ended|ending|that\s+ended|through|to)\s)", lambda m: Expr("duration", type="DURATION", unit="year", amount=1.0), 1),
        ("quarter_century", r"\b(?:(?:the\s+(?:past|last|next|previous|first)|a|nearly\s+a|more\s+than\s+a)\s+)?quarter[-\s]century\b", lambda m: Expr("duration", type="DURATION", unit="year", amount=25.0), 3),
        ("year_end", r"\b(?:the\s+)?(?:mid-?year|year[-\s]end)\b(?![-’'])", lambda m: Expr("deictic", unit="year", shift=0), 1),
        ("new_year", r"\bthe\s+new\s+year\b(?![-’'])", lambda m: Expr("new_year"), 1),
        ("the_quarter", r"\bthe\s+quarter\b(?!\s+(?:of|ended|ending|century|mile|final|finals))", lambda m: Expr("anaphor", unit="quarter", shift=0, of="quarter"), 1),
        ("year_ago_adj", r"\b(?<!-)year-(?:ago|earlier)\b(?=\s+[a-z])(?!\s+(?:quarter|period|nine|six|three|first|second|third|fourth|fiscal|full)\b)", lambda m: Expr("anaphor", unit="year", shift=-1, of="quarter"), 2),
        ("year_period", rf"\bthe\s+(?P<year>{_YEAR})\s+(?:period|quarter)\b", lambda m: Expr("anaphor", unit="year", of="quarter", year=int(m["year"])), 3),
        ("year_ago_quarter", r"\b(?:the\s+)?(?:year-earlier|year-ago|year-before|year\s+earlier|year\s+ago|corresponding|same)\s+(?:quarter|period)(?:\s+(?:a|last)\s+year)?\b", lambda m: Expr("anaphor", unit="year", shift=-1, of="quarter"), 2),
        # refs
        ("ref", rf"\b(?P<ref>{_alt(REFS)})\b", _b_ref, 0),
        # sets
        ("set_every", rf"\b(?:every|each)\s+(?:(?P<num>other|two|three|four|five|six|\d+|a\s+few|few|several|half\s+an?)\s+)?(?P<unit>{_UNIT1}s?|{_WEEKDAY}|{_MONTH}|{_SEASON}|morning|evening|night|afternoon|weekend)\b", _b_set_every, 2),
        ("set_twice", r"\btwice[\s-](?P<w>daily|weekly|monthly|yearly|annually)\b", lambda m: Expr("set", type="SET", value={"daily": "P1D", "weekly": "P1W", "monthly": "P1M"}.get(m["w"].lower(), "P1Y")), 3),
        ("set_adverb", rf"\b(?P<w>{_alt(_ADVERB_SETS)})\b", _b_set_adverb, 1),
        ("rate", r"\b(?:a|an|per)\s+(?P<unit>day|week|month|year)\b", _b_set_times, 0),
        ("set_times", r"\b(?:once|twice|(?:three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+times)\s+(?:a|an|per|each)\s+(?P<unit>day|week|month|year|hour)\b", _b_set_times, 3),
        ("weekends", r"\b(?<!the\s)weekends\b", lambda m: Expr("set", type="SET", value="XXXX-WXX-WE"), 1),
        ("weekday_parts", rf"\b(?P<weekday>{_WEEKDAY})\s+(?P<part>mornings|afternoons|evenings|nights)\b", lambda m: Expr("set", type="SET", value=f"XXXX-WXX-{_weekday(m['weekday']) + 1}T{PARTS[m['part'].lower()[:-1]]}"), 2),
        ("plural_weekday", rf"\b(?:on\s+)?(?P<weekday>{_WEEKDAY})s\b", _b_plural_weekday, 1),
    ]
    # fmt: on
    return [Rule(name, _guarded(p, re.I), b, pr) for name, p, b, pr in R]


def _guarded(pattern: str, flags: int) -> re.Pattern:
    """`pattern` behind a look ahead at the characters a match of it can begin with: the regex
    engine then leaves most positions of a long text after one test of a character class instead
    of trying each alternative of the rule's first words there. The matches are the same: the
    class holds every character the pattern can begin with, under the same flags."""
    try:
        first, empty = _first_of(_parser.parse(pattern, flags).data, flags)
    except _NoShortClass:
        return re.compile(pattern, flags)
    if empty or not first:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(dict.fromkeys(first))}])(?:{pattern})", flags)


class _NoShortClass(Exception):
    """A pattern whose first character is not told by a short class (any character, a back
    reference, a negated class)."""


_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _first_of(items, flags: int) -> tuple[list[str], bool]:
    """The class items (as regex text) a sequence of parsed items can begin with, and whether
    the sequence can match the empty string."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
            return out, False
        if op is _sre.IN:
            out.extend(_class_items(av))
            return out, False
        if op is _sre.SUBPATTERN:
            _, add, _, sub = av
            if add & re.I and not flags & re.I:
                raise _NoShortClass  # a case-blind part of a case-sensitive pattern
            first, empty = _first_of(sub.data, flags)
        elif op is _sre.ATOMIC_GROUP:
            first, empty = _first_of(av.data, flags)
        elif op is _sre.BRANCH:
            branches = [_first_of(b.data, flags) for b in av[1]]
            first = [c for b, _ in branches for c in b]
            empty = any(e for _, e in branches)
        elif op in _REPEATS:
            lo, _, sub = av
            first, empty = _first_of(sub.data, flags)
            empty = empty or lo == 0
        else:
            raise _NoShortClass
        out.extend(first)
        if not empty:
            return out, False
    return out, True


def _class_items(items) -> list[str]:
    """A parsed character class as the text of its items."""
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _NoShortClass  # a negated class
    return out


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    return tuple(_rules())


# ---------------------------------------------------------------- filters


_FUNCTION_WORDS = {
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "from",
    "since",
    "until",
    "with",
    "as",
    "basis",
    "than",
    "the",
    "a",
    "an",
    "that",
}
_MAY_CONTEXT = re.compile(
    r"\b(?:in|of|since|until|till|by|during|from|before|after|through|early|late|mid|last|next|this|to|and|or|between)\s*-?$",
    re.I,
)


_SEASON_PREP = re.compile(
    r"\b(?:in|during|by|until|till|through|throughout|over|before|after|since|from)\s+$", re.I
)


def _season_in_time(text: str, m: re.Match) -> bool:
    """'in the spring', 'by the fall', 'in the spring when ...' (not 'in the fall of the city',
    'the spring offensive', 'by the fall in prices')."""
    if not m[0].lower().startswith("the"):
        return False
    if re.match(
        r"\s+of\b|\s+(?!(?:and|or|but|when|while|as|after|before|until|because|then|if|amid)\b)[a-z]",
        text[m.end() : m.end() + 12],
    ):
        return False  # "in the spring offensive", "by the fall in prices"; "in the spring and summer" is the season
    return _SEASON_PREP.search(text, max(0, m.start() - 12), m.start()) is not None


_FIGURATIVE_OVERNIGHT = re.compile(
    r"(?:\b(?:an|the|a|almost|virtually|practically|literally|seemingly|nearly|just|not|happen\w*|chang\w*|"
    r"disappear\w*|vanish\w*|transform\w*|become|became|turn\w*|solved?|fixed|end\w*)|['’]s)\s+$",
    re.I,
)


def _news_overnight(text: str, m: re.Match) -> bool:
    """ "struck the port overnight": the night just past, as a report says "last night" (TimeML
    TIME, the publication's previous day + TNI; "overnight shelling" is that night too). Not a
    kind of thing ("an overnight curfew", "an overnight stay") nor the figure of speech ("did not
    happen overnight", "almost overnight")."""
    if _FIGURATIVE_OVERNIGHT.search(text, max(0, m.start() - 14), m.start()):
        return False
    follow = _NEXT_WORD.match(text, m.end())
    return not (
        follow and follow.group(1) in ("stay", "stays", "trip", "bag", "success", "sensation", "star")
    )


_SEASON_NAME = re.compile(r"\s+[A-Z][a-z]")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")  # the lower-case word after a match
_OF_NEXT = re.compile(r"\s+of\b")
_MONTH_NAMED_EVENT = re.compile(
    r"\s+(?:Revolution|Uprising|Rising|Coup|Putsch|Crisis|Manifesto|Insurrection)\b"
)
_VERB_NEXT = re.compile(r"\s+(?:is|was|will|would|could|might|may|should|has|had|brought|saw)\b", re.I)
_CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
# The word just before a match on the same line, with nothing but spaces between
_WORD_BEFORE = re.compile(r"\b([A-Za-z][\w’'-]*)[^\S\n]+$")
# Words that may stand before a season named as a time ("In Winter", "during Spring")
_TIME_WORDS_BEFORE = {"in", "by", "this", "last", "next", "early", "late", "since", "until", "during", "through", "throughout", "into", "for", "every", "each", "and", "or", "of", "the", "that", "a", "over", "before", "after", "from", "mid"}  # fmt: skip
_TEMPERATURE = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|heat|celsius|fahrenheit)\b", re.I)
# A word after a weekday that makes it a kind or a name: papers, and groups named for their meeting
# day ("the Tuesday Group of moderate lawmakers", "the Monday Club"); not the Group of Seven or of
# 20 named after a day ("officials said on Tuesday Group of Seven leaders would meet")
_WEEKDAY_NAME = re.compile(
    r"\s+(?:schools?\b|Times\b|Telegraph\b|Express\b|Mirror\b|Post\b|Herald\b|Mail\b|Club\b|"
    r"Group\b(?!\s+of\s+(?:Seven|Eight|Twenty|\d)))"
)
# Papers named "<name> on Sunday" ("the Mail on Sunday", "the Independent on Sunday")
_PAPER_BEFORE_SUNDAY = re.compile(r"\b(?:Mail|Independent)\s+on\s+$")
_YEAR_END_BEFORE = re.compile(
    r"\b(?:by|at|before|until|till|through|after|since|from|to|around|near)\s+$", re.I
)
_YEAR_PREP = re.compile(r"\b(?:in|of|since|during|until|by|for|from|to|through)\s+$", re.I)
# Before a year in words that could be a count ("two thousand"): a preposition of time.
_SPELLED_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|of|from|to|through|before|after|during|around|early|late|mid-?)\s*$", re.I
)
# After a bare "two thousand": a count goes on to its noun ("in two thousand homes") or to a
# larger number ("from two thousand to three thousand dead"); the year is followed by
# punctuation, a name, a verb or a function word. A fuller year may modify a noun ("a nineteen
# ninety-seven attack", "the two thousand four election").
_SPELLED_COUNT_AFTER = re.compile(
    r"\s+(?:(?:to|or|and)\s+(?:\d{1,3},\d{3}|(?:three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:hundred|thousand))\b"
    r"|(?!(?:and|or|but|in|on|at|for|to|by|from|since|until|till|with|as|than|the|a|an|that|this|when|after|before|"
    r"during|through|was|were|is|had|has|saw|he|she|it|they|we|i|there|then|onwards?)\b)[a-z])"
)
# A number after a verb of change and "to"/"by" is the figure reached, not an hour.
_COUNT_RISE_BEFORE = re.compile(
    r"\b(?:rose|risen|rises|rising|climb\w*|increas\w*|jump\w*|grew|grown|grows|fell|fallen|falls|"
    r"drop\w*|soar\w*|swell\w*|swollen)\s+(?:to|by)\s+(?:about\s+|around\s+)?$",
    re.I,
)
# A capitalized word before "Remembrance Day" or "Labor Day" names another day of that kind
# ("Holocaust Remembrance Day" is 27 January, "International Labor Day" 1 May).
_QUALIFIED_DAY_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:On|By|Since|Until|Before|After|For|At|And|Or|Of|In|The|Happy)\b)[A-Z][\w'’-]*\s+$"
)
_TITLE_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s+$")
_SOMEDAY = re.compile(
    r"(?:\b(?:he|she|it|they|we|i|you|will|would|could|might|may|can|should|must)|^|[.!?]\s*)\s*$", re.I
)
_AGE = re.compile(r"(?:\s+|-)(?:(?:and|or)\s+)?(?:old|older|younger|of\s+age)\b", re.I)
_AGED = re.compile(r"\b(?:ages?|aged)\s+(?:(?:of|between|from)\s+)?$", re.I)
# An article, then names and press adjectives only, before "daily"/"weekly": the paper itself.
_PAPER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w’'.-]*|regional|national|local|business|financial|economic|tabloid|"
    r"news|independent|opposition|state|popular|liberal|conservative|leading|influential|online)\s+){0,3}$"
)
# An adverb that is never a noun: after an adverb of frequency it leaves that an adverb ("trains run
# daily again"), unless an article makes that the paper ("the opposition daily again accused").
_PLAIN_ADVERBS = {"again", "now", "still", "too", "already", "instead", "ever", "anyway"}
# After an adverb of frequency, a preposition or a plain adverb still leaves it an adverb ("pays out
# $2bn annually throughout the country"); a noun makes it an adjective ("daily newspapers").
_AFTER_ADVERB = _FUNCTION_WORDS | _PLAIN_ADVERBS | {
    "throughout", "through", "over", "during", "across", "under", "into", "while", "when", "if",
    "because", "after", "before", "since", "until",
}  # fmt: skip


# A capitalized function word after a lower-case word on the same line: the start of a title
# ("sign up to Inside Saturday", "the Before Sunday podcast"), not a preposition before a day
_TITLE_WORD_BEFORE = re.compile(
    r"\b[a-z][\w’'-]*[^\S\n]+(?:Inside|Beyond|Before|After|Until|Since|During|Through|On|In|At|For|By|From|"
    r"To|With|This|That|The|A|An|And|Or|Of)[^\S\n]+$"
)
# A lower-case word or a possessive just before a capitalized "Today": a name ("the Today
# programme", "Radio 4's Today programme", "listen to Today in Focus")
_LOWER_OR_POSSESSIVE_BEFORE = re.compile(r"(?:\b[a-z][\w’'-]*|['’]s)[^\S\n]+$")
# A capitalized "Today" that opens a programme's name: name words, then the kind of programme
# ("Today in Focus podcast: ...", "Today programme presenter ...")
_PROGRAMME_AFTER = re.compile(
    r"(?:[^\S\n]+(?:(?:in|on|of|at|and)[^\S\n]+)?[A-Z][\w’'-]*){0,3}[^\S\n]+"
    r"(?:podcast|programme|program|show|newsletter)s?\b"
)


# The rules whose match may be a name's word, and the group holding it
_TITLE_RULES = {"weekday": "weekday", "day_word": "word"}


def _in_title(text: str, m: re.Match) -> bool:
    """A weekday or "today" that opens or continues a name in running text (TIDES/TimeML: a time
    word inside a proper name is no time): a capitalized "Today" after a lower-case word or a
    possessive or before a programme's kind ("Today in Focus podcast"), a weekday after a
    capitalized function word that follows a lower-case word. A sentence's first word (unless a
    programme's kind follows), a word after a colon and a title-cased headline keep their times,
    and so does a time word with a comma after it: the opener of a clause run in after a headline
    ("Russia steps up attacks in the east On Monday, the military said ..."); a name in a sentence
    goes on with a word ("the Today programme") or ends it."""
    if text.startswith(",", m.end()):
        return False
    word = _g(m, "word")
    if word and word[0].isupper():
        return (
            _LOWER_OR_POSSESSIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            or _PROGRAMME_AFTER.match(text, m.end()) is not None
        )
    return (
        bool(_g(m, "weekday"))
        and _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
    )


def _acceptable(text: str, rule: Rule, m: re.Match) -> bool:
    """Reject matches that are ordinary words, not names of times (the verb 'may', 'march')."""
    if _g(m, "weekday") and _WEEKDAY_NAME.match(text, m.end()):
        return False  # "Sunday schools", "the Sunday Times": a name or a kind, not a day
    if _g(m, "weekday") == "Sunday" and _PAPER_BEFORE_SUNDAY.search(
        text, max(0, m.start("weekday") - 20), m.start("weekday")
    ):
        return False  # "published in the Mail on Sunday": a paper
    if rule.name in _TITLE_RULES and m.start(_TITLE_RULES[rule.name]) == m.start() and _in_title(text, m):
        return False  # "Sign up to Inside Saturday", "BBC Radio 4's Today programme": a name
    for key in ("month", "weekday"):
        word = _g(m, key)
        if word and not word[0].isupper():
            return False
    if (
        rule.name == "holiday"
        and re.match(r"(?:remembrance|memorial|labou?r|veterans)\b", m["name"], re.I)
        and _QUALIFIED_DAY_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ):
        return False  # "Holocaust Remembrance Day", "International Labor Day": another day of that name
    month = _g(m, "month")
    if month and rule.name == "month" and not _g(m, "year"):
        word = month.lower()
        if (
            word.rstrip(".") not in ("may", "june", "july")
            and len(word.rstrip(".")) <= 4
            and not word.endswith(".")
        ):
            return False  # "Jan", "Dec" without a dot, day or year: more likely a name
        if word.rstrip(".") in ("may", "march", "mar") and not _g(m, "rel"):
            # the verb "may", the noun "march": a bare month needs a preposition before it
            if not _MAY_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]):
                return False
        if _MONTH_NAMED_EVENT.match(text, m.end()):
            return False  # "the October Revolution", "the August Coup": a name, not that month now
    if (
        rule.name == "season"
        and m.start("season") == m.start()
        and m["season"][0].isupper()
        and (before := _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        and before[1].lower() not in _TIME_WORDS_BEFORE
    ):
        # "Photograph: Kevin Winter/Getty", "the Prague Spring", "said Winter, a researcher": a
        # capital inside a sentence makes a name; the season opens a sentence or follows a time word
        return False
    if rule.name == "season" and _g(m, "season") and m["season"].lower() in ("fall", "spring"):
        # "the fall of Bakhmut", "a spring": seasons that are also nouns need a time cue: a
        # relative word, a year, or "in/during/by ... the spring" not followed by "of <a thing>"
        # "that spring", "the following spring" are times; "that fall of the city" is not
        that = (_g(m, "that") or _g(m, "ana")) and not _OF_NEXT.match(text, m.end())
        # "in late spring", "by early fall or late winter": an edge of the season after a time word
        edge = re.match(r"(?:early|late|mid)", m[0], re.I) and re.search(
            r"\b(?:in|by|until|till|before|after|since|from|through|or|and|to)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        )
        # "a spring offensive": the season it is set for; "the Arab Spring protests" name an era
        campaign = SEASON_CAMPAIGN.match(text, m.end()) and not (
            m["season"][0].isupper()
            and _CAPITALIZED_BEFORE.search(text, max(0, m.start("season") - 20), m.start("season"))
        )
        if not (
            _g(m, "rel")
            or _g(m, "year")
            or _g(m, "yrel")
            or _g(m, "yana")
            or that
            or edge
            or campaign
            or _season_in_time(text, m)
        ):
            return False
    if rule.name == "year":
        after = text[m.end() : m.end() + 30]
        # "2000 troops", "1500 were killed": a count; but "in 1997 were", "fiscal 1997 were" are years
        counted = re.match(
            r"\s*(?:[a-z]+\s+)?(?:troops|soldiers|people|men|women|civilians|residents|km|kilometers|miles|meters|tons|tonnes|dollars|hryvnias|rubles|euros|units|shells|rounds|feet)\b"
            r"|\s*(?:killed|dead|wounded|were)\b",
            after,
            re.I,
        )
        if counted and not (m[0][:1].isalpha() or _YEAR_PREP.search(text, max(0, m.start() - 8), m.start())):
            return False
        before = text[max(0, m.start() - 6) : m.start()]
        if re.search(r"(?:No\.|#|\$|€|£)\s*$", before):
            return False
    if (
        rule.name == "deictic"
        and m["unit"][0].isupper()
        and re.search(r"(?:\"|“|``)\s*$", text[max(0, m.start() - 3) : m.start()])
    ):
        return False  # ABC's "This Week": a quoted title
    if (
        rule.name in ("anaphor", "that_unit")
        and m["unit"].lower() == "quarter"
        and _NOT_A_QUARTER.match(text, m.end())
    ):
        return False  # "the previous quarter of the game", "the following quarter-final"
    if (
        rule.name in ("anaphor", "that_unit")
        and m["unit"].lower() == "quarter"
        and m[0].lower().startswith("the same")
        and re.search(
            r"\b(?:from|with|over|than|versus|vs\.?|against)\s+$",
            text[max(0, m.start() - 10) : m.start()],
            re.I,
        )
    ):
        return False  # "up 5% from the same quarter": a year earlier (year_ago_quarter), not the one named
    if rule.name == "ref":
        ref = m["ref"].lower()
        if ref == "those days" and not re.search(
            r"\b(?:in|during)\s+$", text[max(0, m.start() - 7) : m.start()], re.I
        ):
            return False  # "in those days" is the past told of; "one of those days" is not a time
        if ref == "the other day" and re.compile(r"\s+of\b", re.I).match(text, m.end()):
            return False  # "the other day of the fair": one of two days, not a recent one
        if ref == "soon" and re.search(r"\bas\s+$", text[max(0, m.start() - 4) : m.start()], re.I):
            return False  # "as soon as": a conjunction
        if ref in ("soon", "shortly") and re.compile(r"\s+(?:after|before|afterwards?)\b", re.I).match(
            text, m.end()
        ):
            return False  # "soon after the war": placed by the event that follows, no time of its own
        if ref.endswith("future") and _OF_NEXT.match(text, m.end()):
            return False  # "the future of the alliance": its prospects, not a time
        if ref in ("the moment", "this moment") and (
            not re.search(r"\b(?:at|for)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)
            or re.compile(r"\s+(?:when|that|of|he|she|it|they|we|i|you|the|a|an)\b", re.I).match(
                text, m.end()
            )
        ):
            return False  # "at the moment" is now; "the moment he arrived", "build on this moment" are not
        if ref.endswith("past") and re.compile(rf"\s+(?:{_NUM})\s", re.I).match(text, m.end()):
            return False  # "the past three summers": a stretch of time, not the past as such
        if ref == "the time" and (
            not re.search(r"\bat\s+$", text[max(0, m.start() - 4) : m.start()], re.I)
            or re.compile(r"\s+(?:of|when|that|being|for|to)\b", re.I).match(text, m.end())
        ):
            return False  # "at the time" is the past the story is about; "at the time of the attack" is placed by the attack
    if (
        rule.name == "day_word"
        and m["word"][0].isupper()
        and _TITLE_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ):
        return False  # "USA Today", "Business Today": a title, not the day
    if (
        rule.name in ("decade2", "spelled_decade")
        and not re.search(r"nineteen", m[0], re.I)
        and _TEMPERATURE.search(text, max(0, m.start() - 40), m.start())
    ):
        return False  # "temperatures in the 30s", "in the nineties": degrees ("the nineteen nineties" is a decade)
    if rule.name == "spelled_decade" and re.search(
        r"\b(?:his|her|their|its|my|your|our|early|late|mid)\W*$",
        text[max(0, m.start() - 8) : m.start()],
        re.I,
    ):
        return False  # "a man in his seventies": an age
    if rule.name == "hour_part" and not re.search(
        r"\b(?:at|until|till|by|from|after|before|around|about|since|to)\s+$",
        text[max(0, m.start() - 8) : m.start()],
        re.I,
    ):
        return False  # "at five in the morning" is a time; "no one in the morning shift" is not
    if rule.name == "hour_part" and _COUNT_RISE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # "the toll rose to 12 in the morning": a count reached, not an hour
    if rule.name == "spelled_year":
        if re.compile(r"\s+(?:hundred|thousand)\b", re.I).match(text, m.end()):
            return False  # "two thousand five hundred troops": a count
        named = re.match(r"the\s+year\b", m[0], re.I) or _SPELLED_YEAR_BEFORE.search(
            text, max(0, m.start() - 10), m.start()
        )
        if m["sy"].lower().startswith("two") and not named:
            return False  # "two thousand people": a count unless a preposition makes it a time
        if re.fullmatch(r"two\s+thousand", m["sy"], re.I) and _SPELLED_COUNT_AFTER.match(text, m.end()):
            return False  # "in two thousand homes", "up to two thousand people": a count
        if _COUNT_RISE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or re.search(
            r"\b(?:hundred|thousand)\s+(?:to|or)\s+$", text[max(0, m.start() - 16) : m.start()], re.I
        ):
            return False  # "the toll rose to two thousand and four", "from nineteen hundred to two thousand twenty"
    if rule.name == "year_end" and (
        not _YEAR_END_BEFORE.search(text, max(0, m.start() - 8), m.start())
        or ((follow := _NEXT_WORD.match(text, m.end())) and follow.group(1) not in _FUNCTION_WORDS)
    ):
        return False  # "by year-end" is a time; "year-end results", "a year end bonus" are not
    if rule.name == "overnight" and not _news_overnight(text, m):
        return False
    if rule.name == "set_adverb":
        follow = re.compile(r"\s+([A-Za-z]+)").match(text, m.end())
        if follow and follow.group(1).lower() not in _AFTER_ADVERB:
            return False  # "a quarterly dividend", "daily newspapers": an adjective
        if _PAPER_BEFORE.search(text, max(0, m.start() - 60), m.start()) and not (
            follow and follow.group(1)[0].islower() and follow.group(1) not in _PLAIN_ADVERBS
        ):
            # "the regional daily Nice-Matin", "told the business daily.", "the Kyiv weekly still
            # prints": a newspaper
            return False
    if rule.name == "bare_units" and re.match(r"[a-z]-", text[max(0, m.start() - 2) : m.start()], re.I):
        return False  # "after-hours trading", "out-of-hours care": a part of a word naming a session
    if rule.name == "bare_units" and re.search(
        r"\b(?:the\s+(?:early|small|wee)|those)\s+$", text[max(0, m.start() - 12) : m.start()], re.I
    ):
        return (
            False  # "in the early hours of Saturday": a time of night, placed by its day; "one of those days"
        )
    if rule.name in ("duration", "adj_duration", "the_n_units", "bare_units", "range_first") and (
        _AGE.match(text, m.end())
        or _AGED.search(text, max(0, m.start() - 16), m.start())
        or (rule.name == "range_first" and _AGE.match(text, m.end("unit")))
    ):
        return False  # "a 12-year-old boy", "52 years old", "aged 9 months and older": an age, not a time
    if (
        rule.name == "offset"
        and m["dir"].lower() in ("earlier", "later")
        and re.compile(r"\s+than\b").match(text, m.end())
    ):
        return False  # "a month earlier than usual": a comparison; "a month" is the duration
    if rule.name == "that_month" and (
        not m["month"][0].isupper()
        or not re.search(
            r"(?:^|[.!?:;\n]\s*|\b(?:in|during|by|until|till|of|since|after|before|from|through)\s+)$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        )
        and not (
            re.search(r"\b(?:and|but|then)\s+$", text[max(0, m.start() - 6) : m.start()], re.I)
            and not _VERB_NEXT.match(text, m.end())
        )
    ):
        # "That August, ...", "in that August", "and that September a truce was signed" look back;
        # "said that January was cold", "said ... and that January would be hard" do not
        return False
    if rule.name == "latest_quarter" and m[0].lower().endswith("period") and _OF_NEXT.match(text, m.end()):
        return False  # "the latest period of calm": a stretch of something, not a reporting period
    if rule.name == "season" and re.compile(r"\s+Time\b").match(text, m.end()):
        return False  # "British Summer Time": a clock convention, not the season
    if rule.name == "season" and (
        (_SEASON_NAME.match(text, m.end()) and m["season"][0].isupper() and not _g(m, "rel"))
        or re.compile(r"\s+(?:solstice|equinox)\b", re.I).match(text, m.end())
    ):
        return False  # "the Winter Olympics", "the Summer Palace", "the summer solstice": names and days
    if rule.name == "adj_duration" and m[0].lower().endswith("-old"):
        return False
    if rule.name == "duration":
        num = m["num"].lower()
        if num in ("a", "an", "one") and m["unit"].lower() == "second":
            return False  # "a second round", "one second-hand": an ordinal, not a duration
        if num == "some" and m["unit"].lower() == "day":
            return False  # "some day the river will be clean": someday, not a length of time
        if (
            num == "one"
            and m[0].lower() == "one day"
            and _SOMEDAY.search(text[max(0, m.start() - 20) : m.start()])
        ):
            return False  # "he hopes he will one day fly": someday, not a day's length
        if num in ("a", "an") and m["unit"].lower() == "quarter":
            return False  # "more than a quarter of the market": a fraction
        if num in ("a", "an") and re.match(
            r"\s*(?:day|week|month|year)\b", text[m.start() + len(num) :], re.I
        ):
            if _RATE_BEFORE.search(text[max(0, m.start() - 25) : m.start()].lower()):
                return False  # "twice a day", "$5 a day": a rate (the `rate` rule's SET)
    if rule.name == "rate" and not _RATE_BEFORE.search(text[max(0, m.start() - 25) : m.start()].lower()):
        return False
    return not (rule.name == "month_day" and _count_after_month(text, m))


# "in March", "last March": a month that is not a day's ("on March 3", "March 3")
_MONTH_NOT_DAY_BEFORE = re.compile(r"\bin\s+$", re.I)


def _count_after_month(text: str, m: re.Match) -> bool:
    """ "Since last March 3 soldiers have deserted", "In March 4 civilians were killed": after "last",
    "next", "this" or "in", which name a whole month, a bare number followed by a word that is no
    function word or verb is a count of that word, not the day ("On March 3 troops entered" keeps
    its day: "on" names one)."""
    if _g(m, "year") or not m["day"].isdigit():
        return False
    whole = _g(m, "rel") or _MONTH_NOT_DAY_BEFORE.search(text, max(0, m.start() - 4), m.start())
    return bool(whole) and bool(_SPELLED_COUNT_AFTER.match(text, m.end()))


# What follows "quarter" when it is a game's period, a round or a quarter century, not a calendar quarter
_NOT_A_QUARTER = re.compile(
    r"[\s-]*(?:finals?|centur(?:y|ies))\b|\s+of\s+(?!(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?(?:year|\d{4})\b)",
    re.I,
)

# "twice a day", "$5 a day", "10,000 units a year", "20 people a day" (not "in 1990 a year ...",
# nor "on May 28, a day after ...": a number ends with a digit, so a date's comma leaves it)
_RATE_BEFORE = re.compile(
    r"(?:once|twice|times|(?:(?:\$|(?<![\d,.])(?![12]\d{3}\b))\d(?:[\d.,]*\d)?(?:m|bn|k|%)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|dozens?))"
    r"(?:\s*(?:million|billion))?(?:\s+(?!(?:for|in|over|during|within|after|before|than|about|nearly|almost|by)\b)[a-z]+){0,2})\s*$"
)


# Every match of a rule contains one of its key words; a rule only runs near them. (A speed-up:
# the long alternations are slow to try at every word of a 5,000-character article, while
# splitting it into words and looking each up is cheap.) "#year" is any 1600-2099 number.
_UNIT_KEYS = {w for u in UNIT_WORDS for w in (u, u + "s")} | {
    "centuries",
    "weekend",
    "weekends",
    "fortnight",
    "fortnights",
}
_MONTH_KEYS = set(MONTHS)
_DAY_KEYS = set(WEEKDAYS) | {w + "s" for w in WEEKDAYS}
_YEARISH = {"#year"}
_RULE_KEYS: dict[str, set[str]] = {
    "iso": _YEARISH, "month_day": _MONTH_KEYS, "day_month": _MONTH_KEYS, "word_day_month": _MONTH_KEYS, "month": _MONTH_KEYS,
    "year": _YEARISH, "decade": _YEARISH | {"#num"}, "century": {"century"}, "weekday": _DAY_KEYS,
    "day_word": {"today", "yesterday", "tomorrow", "tonight"},
    "part_of_day": {"morning", "afternoon", "evening", "night"},
    "season": set(SEASONS), "quarter": {"quarter"}, "years_quarter": {"quarter", "period"},
    "part_alone": {"afternoon", "morning", "midday", "midafternoon", "midmorning", "mid", "night"},
    "part_of_date": {"morning", "afternoon", "evening", "night"}, "dawn_of_day": {"dawn", "daybreak", "dusk"},
    "q": {"q1", "q2", "q3", "q4"}, "latest_quarter": {"quarter", "period"}, "month_quarter": {"quarter"}, "half": {"half", "quarters"},
    "two_days_off": {"yesterday", "tomorrow"}, "then": {"then"}, "that_part": {"morning", "afternoon", "evening", "night"}, "that_month": {"that"}, "that_month_rel": _MONTH_KEYS, "future_units": {"future"},
    "part_before": {"morning", "afternoon", "evening", "night"},
    "holiday": {"easter", "christmas", "boxing", "year", "valentine", "halloween", "victory", "ve", "may", "russia", "good", "thanksgiving", "memorial", "labor", "veterans", "armistice", "remembrance", "bastille", "martin", "presidents", "columbus"},
    "clock": {"m", "am", "pm"}, "clock24": {"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "msk", "time"},
    "overnight": {"overnight"}, "noon": {"noon", "midnight"}, "spelled_year": {"nineteen", "eighteen", "thousand"},
    "spelled_decade": {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
    "the_quarter": {"quarter"}, "year_ago_quarter": {"quarter", "period"}, "year_period": {"period", "quarter"}, "year_ended": {"year"},
    "year_ago_adj": {"year"}, "that_weekday": _DAY_KEYS, "year_end": {"year", "midyear"}, "new_year": {"new"}, "decade2": {"#num"}, "oclock": {"clock"}, "clock_before_day": {"#num"}, "clock_part": {"morning", "afternoon", "evening", "night"}, "hour_part": {"morning", "afternoon", "evening", "night"}, "weekends": {"weekends"}, "quarter_century": {"quarter"},
    "ref": {w for r in REFS for w in r.split()} - {"the", "at", "in", "a", "these", "right"},
    "set_adverb": set(_ADVERB_SETS), "set_twice": {"twice"}, "plural_weekday": _DAY_KEYS, "weekday_parts": _DAY_KEYS,
    "year_range_start": _YEARISH, "year_range_end": _YEARISH, "elapsed": {"#num"},
    "set_every": _UNIT_KEYS | _DAY_KEYS | _MONTH_KEYS | set(SEASONS) | {"morning", "evening", "night", "afternoon"},
}  # fmt: skip
_WORD = re.compile(r"\w+")
_MARGIN = 80  # longer than any expression, so a window never cuts one


def _key_of(word: str) -> str:
    if word[:1].isdigit():
        tail = word[-2:].lower()
        if tail in ("am", "pm"):
            return tail  # "7am"
        if len(word) >= 4 and word[:4].isdigit() and 1600 <= int(word[:4]) <= 2099:
            return "#year"
        return "#num"
    return word.lower()


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the stretches of text around its key words (merged). Rules with the same key
    words share their stretches, found once per set of keys: a run-on sentence that names a unit in
    every clause would otherwise cost each word the two dozen rules keyed on units."""
    index, groups = _key_index()
    found: list[list[list[int]]] = [[] for _ in groups]
    for m in _WORD.finditer(text):
        for group in index.get(_key_of(m.group()), ()):
            a, b = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
            spans = found[group]
            if spans and a <= spans[-1][1]:
                spans[-1][1] = b
            else:
                spans.append([a, b])
    return {
        name: [(a, b) for a, b in spans]
        for names, spans in zip(groups, found, strict=True)
        if spans
        for name in names
    }


@lru_cache(maxsize=1)
def _key_index() -> tuple[dict[str, list[int]], list[list[str]]]:
    """Each key word's groups of rules (by number), and each group's rule names: rules with the
    same key words in one group."""
    by_keys: dict[frozenset[str], list[str]] = {}
    for rule in rules():
        by_keys.setdefault(frozenset(_RULE_KEYS.get(rule.name, _UNIT_KEYS)), []).append(rule.name)
    index: dict[str, list[int]] = {}
    for group, keys in enumerate(by_keys):
        for key in keys:
            index.setdefault(key, []).append(group)
    return index, list(by_keys.values())


def find_mentions(text: str) -> list[Mention]:
    """Every time expression in `text`, longest match first, without overlaps."""
    cands: list[tuple[int, int, int, Rule, re.Match]] = []
    windows = _windows(text)
    for rule in rules():
        for a, b in windows.get(rule.name, ()):
            for m in rule.pattern.finditer(text, a, b):
                if m.end() > m.start() and _acceptable(text, rule, m):
                    cands.append((m.start(), m.end(), rule.priority, rule, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken = bytearray(len(text))  # characters already in a mention: no scan of every earlier one
    out: list[Mention] = []
    for start, end, _, rule, m in cands:
        if any(taken[start:end]):
            continue
        expr = rule.build(m)
        if expr is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(Mention(start, end, expr, rule.name))
    out.sort(key=lambda x: x.start)
    # "the night of Jan. 4" is kept only when it was joined to its day ("the morning of the
    # attack" names no day)
    return [m for m in _combine(text, out) if m.rule not in ("part_of_date", "dawn_of_day")]


_JOIN = re.compile(r"^(?:,?[ \t]+(?:on[ \t]+|of[ \t]+)?|[ \t]*,[ \t]*)$", re.I)


# "every weekday morning", "each day": a period the clock time next to it recurs with ("each side",
# "every unit" are no period)
_EVERY = rf"\b(?:every|each)\s+(?:other\s+)?(?:{_UNIT1}|weekday|{_WEEKDAY}|morning|evening|night|afternoon|weekend)\b"
_EVERY_AT = re.compile(rf"{_EVERY}(?:\s+[\w-]+){{0,2}}\s+at\s+(?:about\s+|around\s+)?$", re.I)
_AT_EVERY = re.compile(rf"\s+{_EVERY}", re.I)


def _recurring(text: str, m: Mention) -> Mention:
    """A clock time after "every/each <period> ... at" or before "every/each <period>" is a SET
    (TimeML: a time that repeats), not a time on the publication day ("our newsletter, every
    weekday morning at 7am BST", "fired at 7am every day"); "Each side withdrew at 7am" is a time."""
    if m.expr.kind != "time" or not (
        _EVERY_AT.search(text, max(0, m.start - 50), m.start) or _AT_EVERY.match(text, m.end)
    ):
        return m
    return Mention(m.start, m.end, replace(m.expr, kind="set", type="SET"), m.rule)


def _combine(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join neighbours that name one time: clock + day, weekday + date, date + clock."""
    out: list[Mention] = []
    for m in mentions:
        m = _recurring(text, m)
        if out:
            prev = out[-1]
            gap = text[prev.end : m.start]
            if len(gap) <= 6 and _JOIN.match(gap):
                joined = _join(prev, m)
                if joined is not None:
                    out[-1] = joined
                    continue
        out.append(m)
    return out


def _is_day(e: Expr) -> bool:
    if e.kind == "weekday":
        return True
    if e.kind == "deictic" and e.unit == "day":
        return True
    return e.kind == "date" and e.day is not None


# The hours that a part of the day after a clock time puts after noon: "eight o'clock tonight"
# is 20:00, "four o'clock this afternoon" 16:00 ("2 a.m. tonight" stays 02:00).
_PM_HOURS = {"AF": range(1, 7), "EV": range(4, 12), "NI": range(6, 12)}


def _afternoon_hour(hour: int | None, part: str | None) -> int | None:
    return hour + 12 if hour is not None and hour in _PM_HOURS.get(part or "", ()) else hour


def _join(a: Mention, b: Mention) -> Mention | None:
    ea, eb = a.expr, b.expr
    # "Tuesday, Feb. 14": the date wins, it is the more precise
    if ea.kind == "weekday" and eb.kind == "date" and eb.day is not None:
        if ea.part is None and ea.hour is None:
            return Mention(a.start, b.end, eb, "weekday+date")
        # "the morning of Thursday, February 24", "Tuesday evening, Feb. 14": the date, at that time
        timed = replace(eb, part=ea.part, hour=ea.hour, minute=ea.minute, type="TIME")
        return Mention(a.start, b.end, timed, "weekday+date")
    if ea.kind == "date" and ea.day is not None and eb.kind == "weekday":
        return Mention(a.start, b.end, replace(ea, part=eb.part, type=eb.type), "date+weekday")
    # "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6", "mid-afternoon yesterday"
    if ea.kind == "time" and _is_day(eb) and eb.hour is None:
        hour = _afternoon_hour(ea.hour, eb.part)
        return Mention(
            a.start, b.end, replace(eb, hour=hour, minute=ea.minute, part=ea.part, type="TIME"), "time+day"
        )
    # "Wednesday 10 p.m.", "Feb. 24 at 5 a.m." (gap has no "at": only joined when adjacent)
    if _is_day(ea) and ea.hour is None and eb.kind == "time":
        return Mention(
            a.start, b.end, replace(ea, hour=eb.hour, minute=eb.minute, part=None, type="TIME"), "day+time"
        )
    # "16 October last year", "in March this year": the month's year is the one named after it
    if (
        ea.kind == "date"
        and ea.year is None
        and ea.shift is None
        and eb.kind == "deictic"
        and eb.unit == "year"
    ):
        return Mention(a.start, b.end, replace(ea, unit="year", shift=eb.shift or 0), "date+year")
    # "in June the following year", "on May 3 that year": the month (and day) of the year named before
    if (
        ea.kind == "date"
        and ea.year is None
        and ea.shift is None
        and eb.kind == "anaphor"
        and eb.unit == "year"
        and eb.whole
    ):
        return Mention(a.start, b.end, replace(eb, month=ea.month, day=ea.day), "date+that_year")
    # "overnight Tuesday", "overnight on Friday": the night of that day
    if a.rule == "overnight" and _is_day(eb) and eb.hour is None and eb.part is None:
        return Mention(a.start, b.end, replace(eb, part="NI", type="TIME"), "overnight+day")
    # "Feb. 24 morning"? rare; "January 2023" is matched whole by the month rule
    return None
