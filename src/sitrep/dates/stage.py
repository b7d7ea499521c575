"""Stage `times`: every time expression with its TIMEX3 value and type, anchored to the
publication date (`record.article.published`) and to the tense of its clause."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.claims.text import doc_text
from sitrep.dates.grammar import SEASON_CAMPAIGN, WEEKDAYS, Mention, find_mentions
from sitrep.dates.normalize import (
    FUTURE,
    NEAREST,
    NOUN,
    PAST,
    PRESENT,
    SEASON_MONTH,
    TENSE_REACH_DAYS,
    TIME_UNITS,
    Expr,
    add_months,
    granularity,
    needs_anchor,
    normalize,
    period_start,
)
from sitrep.dates.tense import (
    acts_on,
    auxiliaries,
    be_ahead,
    can_do,
    expression_root,
    governing_verb,
    has_future_aux,
    looks_into,
    preposition_of,
    reported_would,
    reports_for,
    saying_of,
    tense_at,
    verb_tense,
)
from sitrep.record import Record, Time

# Kinds whose value depends on which way the clause looks (the last Tuesday or the next one).
_TENSED = {"weekday", "date", "season", "quarter", "half", "weekend", "holiday", "new_year"}


# Publication years a relative date can be reckoned from: a century either side stays inside
# `datetime.date` ("a year ago" from 0001-01-01 or "next week" from 9999-12-31 would not).
ANCHOR_YEARS = range(1100, 9000)


def parse_day(value: str | None) -> date | None:
    """`YYYY-MM-DD...` -> date; anything else (None, a year, a bad string, a year no news was or
    will be published in, such as a feed's stand-in date 0001-01-01) -> None."""
    if not value or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if day.year in ANCHOR_YEARS else None


def _past_campaign(doc: Doc, text: str, m: Mention) -> bool:
    """A season naming a campaign in a past clause ("the summer offensive failed"): one that has
    been. A season dating another noun keeps the noun's time ("backed a cut in gas use over the
    winter" is the coming winter)."""
    if not SEASON_CAMPAIGN.match(text, m.end):
        return False
    verb = governing_verb(doc, m.start, m.end)
    return verb is not None and verb_tense(verb) == PAST


def _is_overnight(text: str, start: int, end: int, expr: Expr) -> bool:
    """ "overnight", which reads as the night just past unless the clause looks ahead."""
    return expr.kind == "deictic" and expr.part == "NI" and text[start:end].lower() == "overnight"


def _eve_of(expr: Expr, anchor: date) -> bool:
    """Whether `expr` is the bare weekday just before `anchor` (the publication's eve)."""
    return expr.kind == "weekday" and expr.shift is None and expr.weekday == (anchor.weekday() - 1) % 7


def _far_month(expr: Expr, anchor: date) -> bool:
    """A month named alone whose next occurrence lies beyond the reach a tense has over days: a
    future clause may still mean it ("will hold its next summit in December", written in January),
    unless the month may date an act the clause looks back on (`looks_into`)."""
    if expr != Expr("date", type=expr.type, month=expr.month):
        return False
    y, m = add_months(anchor.year, anchor.month, (expr.month - anchor.month) % 12)
    return (date(y, m, 1) - date(anchor.year, anchor.month, 1)).days > TENSE_REACH_DAYS


def _needs_tense(expr: Expr) -> bool:
    if expr.kind == "anaphor" and expr.whole and (expr.month or expr.season):
        return True  # "That August": the tense places it when no year was named before
    return expr.kind in _TENSED and expr.year is None and expr.shift is None


_COARSE = ("month", "quarter", "half", "season")


# How many sentences back a reporting period ("the third quarter") stays the topic that "a
# year ago" / "a year earlier" compare with: results stories name the quarter, then give the
# year-before figures in the next sentence or two.
PERIOD_SENTENCES = 2


def _reference(
    expr: Expr, seen: list[tuple[int, str, int]], sentence: int, anchor: date | None = None
) -> tuple[Expr, str | None]:
    """The earlier time an anaphoric expression is relative to, as (expression, value).

    `seen` holds the (start, value, sentence number) of times named outright so far. "a year
    earlier" / "a year ago" next to "the third quarter" in one sentence compare quarters (or
    months, seasons); a quarter or half named in the last `PERIOD_SENTENCES` sentences is still
    the period compared. "the next day" follows the last day named, "the following month" the
    last month or day; "the quarter" is the last quarter named that has ended by `anchor` (the
    period being reported on, not a forecast "through the third quarter of 1990"), else the last.
    """
    if expr.kind == "anaphor" and expr.of:
        wanted = (
            (expr.of,) if expr.of != "any" else ("day", "week", "month", "season", "quarter", "half", "year")
        )
        named = [v for _, v, _ in _recent(seen) if granularity(v) in wanted]
        if expr.of == "quarter" and anchor is not None:
            ended = [
                v for v in named if (start := period_start(v)) is not None and _months_on(start, 3) <= anchor
            ]
            named = ended or named
        return expr, next(iter(named), None)
    if (
        expr.unit == "year"
        and not expr.whole
        and (expr.kind == "anaphor" or (expr.kind == "offset" and expr.amount))
    ):
        n = expr.shift if expr.kind == "anaphor" else -int(expr.amount or 1)
        for _, v, sent in _recent(seen):
            if sent < sentence - PERIOD_SENTENCES:
                break
            g = granularity(v)
            if g in ("quarter", "half") or (sent == sentence and g in _COARSE):
                return Expr("anaphor", unit="year", shift=n), v
    if expr.kind == "anaphor":
        fine_enough = _FINE_ENOUGH.get(expr.unit or "day", ())
        near = HOUR_SENTENCES if expr.unit in TIME_UNITS else None
        last = next(_recent(seen), None)
        if (
            last is not None
            and expr.unit in _WEEK_OR_LESS
            and granularity(last[1]) in ("month", "season", "quarter", "half", "year")
            and last[2] >= sentence - 1
            and not _holds(last[1], anchor)
            and not _day_named_since(seen, sentence - DAY_SENTENCES)
        ):
            # "In 1986, reactor four exploded. The next day, ...": a day in that year, which the
            # text does not give; the year it names, not a day counted from publication
            return Expr("anaphor", of="any"), last[1]
        return expr, next(
            (
                v
                for _, v, sent in _recent(seen)
                if granularity(v) in fine_enough and (near is None or sent >= sentence - near)
            ),
            None,
        )
    return expr, None


# How many sentences back the day that "24 hours later" counts from may be named: hours are short,
# the day is named close by ("signed on 22 July ... Less than 24 hours later"). A day further back
# is another story's (a live blog's earlier post), and the count stays on the publication day.
HOUR_SENTENCES = 2


# How many times back an anaphor looks for the time it counts from: a reference further back is
# no longer the one meant, and the bound keeps a text of thousands of times linear.
LOOKBACK = 50


def _recent(seen: list[tuple[int, str, int]]) -> Iterator[tuple[int, str, int]]:
    return islice(reversed(seen), LOOKBACK)


# "a week later" after "In April 2014, ..." is a week of April 2014 as much as "the next day" is a day of it
_WEEK_OR_LESS = {"week", "weekend", "day", "hour", "minute", "second"}

# A day named this many sentences back is still the one "the next day" follows when a year or
# month was named after it: that is background to the day's story ("Missiles hit Kyiv on
# Tuesday. It was the largest barrage since October. The next day, ..." is Wednesday).
DAY_SENTENCES = 2


def _day_named_since(seen: list[tuple[int, str, int]], first: int) -> bool:
    """Whether a day was named in sentence `first` or after it."""
    for _, v, sent in _recent(seen):
        if sent < first:
            return False
        if granularity(v) == "day":
            return True
    return False


def _holds(value: str, anchor: date | None) -> bool:
    """Whether the month, season, quarter, half or year `value` names contains the publication date."""
    start = period_start(value)
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}.get(granularity(value) or "")
    if anchor is None or start is None or months is None:
        return False
    return start <= anchor < _months_on(start, months)


def _months_on(start: date, months: int) -> date:
    """The first day `months` months after the month `start` falls in."""
    return date(*add_months(start.year, start.month, months), 1)


_FINE_ENOUGH = {
    # "24 hours later", "two hours earlier": the day they fall on, from the day last named
    "second": ("day",),
    "minute": ("day",),
    "hour": ("day",),
    "day": ("day",),
    "week": ("day", "week"),
    "weekend": ("day", "week"),
    "month": ("day", "month"),
    "season": ("day", "month", "season"),
    "quarter": ("day", "month", "quarter"),
    "year": ("day", "week", "month", "quarter", "half", "season", "year"),
    "decade": ("day", "week", "month", "quarter", "half", "season", "year"),
    "century": ("day", "week", "month", "quarter", "half", "season", "year"),
}


# How many sentences a year the story is set in ("In 1987, ...") stays the year of the months,
# days and seasons named without one after it.
STORY_SENTENCES = 2
# A story year counts only this far from the publication year (in the publication year itself
# the tense read against the publication date finds the month).
STORY_YEARS_AWAY = 1

# A time that starts or ends a stretch reaching the present sets no story ("Since May 2015,
# Canada has trained ...").
_STRETCH_BEFORE = re.compile(r"\b(?:since|from|until|till|through|throughout|between)\s+$", re.I)


def _story_year(doc: Doc, text: str, m: Mention, value: str | None, anchor: date | None) -> int | None:
    """The year a mention that carries its own year sets the story in, when it is far enough from
    the publication year to be another time than the report's own (TimeML: a relative expression
    is anchored to the time the text is talking about, which a narrative moves away from the
    creation time). Only a time of the sentence's main clause, named to its month, season or day,
    sets the scene ("In April 1994 the plant opened", "the autumn of 1986"); one inside a relative
    clause or naming a kind of thing does not ("a plan approved in May 1987", "the August 1988
    cease-fire"), nor does a bare year, which is background more often than a narrative's setting:
    "In 2014, Russia annexed Crimea. On February 24, Putin ordered the invasion" (written in June
    2022) tells of February 2022."""
    if anchor is None or needs_anchor(m.expr) or granularity(value) not in ("day", "month", "season"):
        return None
    year = int(value[:4])
    if abs(year - anchor.year) < STORY_YEARS_AWAY:
        return None
    if _STRETCH_BEFORE.search(text, max(0, m.start - 12), m.start):
        return None
    return year if _tells(doc, m) else None


_ATTRIBUTIVE = {"compound", "amod", "nmod", "nummod", "poss"}


def _tells(doc: Doc, m: Mention) -> bool:
    """Whether a time dates what the sentence tells: it hangs on the main verb, a verb joined to it, or
    the content of a report ("the emails show that he sought a meeting in December 2013"), and names
    no kind of thing ("the August 1988 cease-fire"). A time in a relative clause or under a noun
    ("a plan approved in May 1987", "the weekend following the talks") is background: it neither
    sets the scene of a story nor ends one."""
    root = expression_root(doc, m.start, m.end)
    if root is None or root.dep_ in _ATTRIBUTIVE:
        return False
    verb = governing_verb(doc, m.start, m.end)
    return verb is not None and (
        verb.dep_ == "ROOT" or (verb.dep_ in ("conj", "ccomp") and verb.head.dep_ == "ROOT")
    )


def _background_since(
    doc: Doc, text: str, starts: list[int], m: Mention, seen: list[tuple[int, str, int]], sentence: int
) -> bool:
    """A "since" time after another time of its sentence that hangs on a noun or an adjective is a
    comparison's background ("Exports fell in 1997, the first drop since 1985. The previous year,
    ..." counts from 1997), not the time the story has moved to; on a verb it is that time ("began
    in 2015 and has barely moved since March 2016. The following month, ..." is April 2016)."""
    if not seen or seen[-1][2] != sentence:
        return False
    since = _SINCE.search(text, max(0, m.start - 6), m.start)
    if since is None:
        return False
    if not starts:
        starts.extend(t.idx for t in doc)
    i = bisect_right(starts, since.start()) - 1
    return i < 0 or doc[i].head.pos_ not in ("VERB", "AUX")


# Words of a sentence about money or output, where "the following quarter" is a calendar quarter
_ECONOMIC = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|income|losses|output|production|demand|growth|gdp|economy|"
    r"economic|exports?|imports?|prices|inflation|shares|stocks?|results|margins?|costs|spending|"
    r"deliveries|orders|fiscal|financial|quarterly|percent|per\s+cent)\b|%",
    re.I,
)


def _district(text: str, sentence: tuple[int, int], expr: Expr, quarter_named: bool) -> bool:
    """ "The following quarter was spared", "that quarter had been shelled": a part of a town,
    unless a quarter was named before or the sentence (its character bounds) is about money."""
    if not (expr.kind == "anaphor" and expr.unit == "quarter") or quarter_named:
        return False
    return _ECONOMIC.search(text, *sentence) is None


@dataclass(frozen=True)
class _Story:
    """The time a narrative is set in: its year, its month and day when they were named, where, and
    whether the day was dated with its weekday ("on Wednesday, 20 August 2014")."""

    year: int
    month: int | None
    sentence: int
    day: int | None = None
    weekday: bool = False


def _day_in_month(value: str) -> int | None:
    """The day of the month a day value names, the story's own day."""
    return int(value[8:10]) if granularity(value) == "day" else None


def _month_of(value: str) -> int | None:
    """The month a day, month or season value lies in, the story's place in its year."""
    if granularity(value) in ("day", "month"):
        return int(value[5:7])
    if granularity(value) == "season":
        return SEASON_MONTH[value[5:7]]
    return None


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


def _turns_year(doc: Doc, text: str, m: Mention, expr: Expr, story: _Story) -> int:
    """1 when a month earlier in the calendar than the story's last one comes next in the
    telling ("in December 1995 ... In January, investigators ..." is the next January), unless
    the clause looks back from the story's time ("had announced in March")."""
    month = expr.month if expr.kind == "date" else SEASON_MONTH.get(expr.season or "")
    if story.month is None or month is None or month >= story.month:
        return 0
    verb = governing_verb(doc, m.start, m.end)
    # "By February, he had fled" is the story's next February, with the act done by then
    by = _BY_BEFORE.search(text, max(0, m.start - 4), m.start)
    if verb is not None and not by and any(c.lower_ == "had" for c in auxiliaries(verb)):
        return 0
    return 1


# A day (month) read from the publication date this close to it is the news being reported,
# whatever year the sentences before it told of: "In 1987 the company earned $12 million. In
# September, it agreed to be acquired" (written in October 1989) is this September.
NEWS_DAYS = 31
NEWS_MONTHS = 2


def _in_the_news(value: str | None, anchor: date, past: bool) -> bool:
    """Whether a value read from the publication date is the news's own time: a day within
    `NEWS_DAYS` of publication, a month within `NEWS_MONTHS` of its month, on the side of
    publication the story lies on (`past`)."""
    start = period_start(value) if value else None
    if start is None or (start <= anchor) != past:
        return False
    if granularity(value) == "day":
        return abs((start - anchor).days) <= NEWS_DAYS
    if granularity(value) == "month":
        return abs((anchor.year * 12 + anchor.month) - (start.year * 12 + start.month)) <= NEWS_MONTHS
    return False


# Words that mark an anniversary: the day named is this year's return of a day in the story
_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.I)
# How far either side of a mention its sentence is read for such words, so that a long sentence
# is not read again for each time in it
NEAR_CHARS = 200


def _near(sentence: tuple[int, int], m: Mention) -> tuple[int, int]:
    """The characters of a mention's sentence (its bounds) within `NEAR_CHARS` of it."""
    return max(sentence[0], m.start - NEAR_CHARS), min(sentence[1], m.end + NEAR_CHARS)


def _goes_on(story: _Story, told: Expr, text: str, near: tuple[int, int]) -> bool:
    """Whether a month-day told in a story is in the story's month or the next one ("ordered the
    withdrawal in October 2014. The last units left on 3 November"): the telling goes on from the
    month it names, so a day close to publication is still the story's, not the news's own. A
    month alone ("In October, ...") keeps the news guard: results stories name last year's
    quarter-end, then this year's month. So does an anniversary: the story's own day named again
    ("Russia invaded on 24 February 2022. On 24 February, Zelenskiy spoke in Kyiv") or a day whose
    words (the characters `near` it) mark one is this year's, the news."""
    if (
        story.month is None
        or told.kind != "date"
        or told.day is None
        or told.month is None
        or told.year is None
        or (told.month, told.day) == (story.month, story.day)
        or _ANNIVERSARY.search(text, *near)
    ):
        return False
    return 0 <= (told.year * 12 + told.month) - (story.year * 12 + story.month) <= 1


def _weekday_named(text: str, m: Mention) -> bool:
    """Whether a day is dated with its weekday first ("Wednesday, 20 August 2014")."""
    word = text[m.start : m.end].split(None, 1)[0]
    return word.rstrip(",.").lower() in WEEKDAYS


def _story_week(
    story: _Story | None, expr: Expr, sentence: int, tense: str | None, anchor: date
) -> date | None:
    """The story's day, when a weekday or weekend is a later day of its week: a narrative of another
    year that dates a day with its weekday ("reached Ilovaisk on Wednesday, 20 August 2014. On
    Friday, it was encircled") counts on by weekdays, so the Friday is that week's, not the
    publication week's. A day dated without its weekday ("Russia invaded on 24 February 2022. On
    Tuesday, Zelenskiy said ...") is background to this week's news, and so is a weekday of another
    week or a clause that looks ahead."""
    if (
        story is None
        or not story.weekday
        or story.month is None
        or story.day is None
        or story.year >= anchor.year
        or sentence - story.sentence > STORY_SENTENCES
        or expr.shift is not None
        or tense not in (None, PAST, NOUN, NEAREST)
    ):
        return None
    day = date(story.year, story.month, story.day)
    later = expr.kind == "weekday" and (expr.weekday or 0) > day.weekday()
    return day if later or (expr.kind == "weekend" and day.weekday() < 5) else None


# Days in each unit a count of time since a story's day is read in
_UNIT_DAYS = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25}


# "for a year": how long something lasted
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)


def _counts(doc: Doc, mentions: list[Mention], text: str) -> tuple[list[int], list[Expr]]:
    """The counts of days, weeks, months or years named ("500 days", "one year") that may be the
    time since a day: their starts, in text order, and their expressions."""
    found = [
        m
        for m in mentions
        if m.expr.kind == "duration"
        and m.expr.amount
        and m.expr.unit in _UNIT_DAYS
        and _may_run_to_now(doc, text, m)
    ]
    return [m.start for m in found], [m.expr for m in found]


def _may_run_to_now(doc: Doc, text: str, m: Mention) -> bool:
    """Whether a count may run to the telling: "for a year" says how long something lasted, in the
    story ("the city had prepared for a year"), unless its verb is a present perfect ("has held
    out for 500 days")."""
    if not _FOR_BEFORE.search(text, max(0, m.start - 6), m.start):
        return True
    verb = governing_verb(doc, m.start, m.end)
    return verb is not None and any(
        a.lower_ in ("has", "have", "'ve") and a.tag_ in ("VBZ", "VBP") for a in auxiliaries(verb)
    )


def _years_on(day: date, anchor: date) -> bool:
    """Whether a whole number of years after `day` falls within `NEWS_DAYS` of publication: an
    anniversary of that day can be the news's own ("marked the second anniversary", two years on),
    not one of another event marked in the story's week ("veterans marked the anniversary of
    Kursk", years before)."""
    years = (anchor.year + k - day.year for k in (-1, 0, 1))
    return any(n > 0 and abs((_add_years(day, n) - anchor).days) <= NEWS_DAYS for n in years)


def _add_years(day: date, years: int) -> date:
    """`day` that many years on; 29 February becomes 28 February in a common year."""
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _told_now(
    day: date, anchor: date, counts: tuple[list[int], list[Expr]], text: str, near: tuple[int, int]
) -> bool:
    """Whether a sentence a story's week would claim is told now: its words `near` the weekday
    mark an anniversary, or a count named there takes the story's day to about publication
    ("invaded on Thursday, 24 February 2022. On Saturday, Kyiv marked 500 days of the war",
    written 10 July 2023: this week's Saturday). "On Friday, after two months of fighting, it
    fell" counts within the story."""
    if _ANNIVERSARY.search(text, *near) and _years_on(day, anchor):
        return True
    starts, exprs = counts
    return any(
        abs((day + timedelta(days=round((c.amount or 0) * _UNIT_DAYS[c.unit or "day"])) - anchor).days)
        <= NEWS_DAYS
        for c in exprs[bisect_right(starts, near[0] - 1) : bisect_right(starts, near[1])]
    )


def _said_of_noun(doc: Doc, text: str, m: Mention) -> bool:
    """ "the future security situation", "the future president": "future" said of a noun is an
    adjective (what is to come of the situation), not the future as a time; so is "the new year"
    of "the new year address/holiday/truce": the holiday that names them, not a year."""
    if m.rule == "new_year":
        span = doc.char_span(m.end - len("year"), m.end)
        return span is not None and span[0].dep_ in ("compound", "nmod", "amod")
    if not text[m.start : m.end].lower().endswith("future"):
        return False
    span = doc.char_span(m.end - len("future"), m.end)
    return span is not None and span[0].dep_ == "amod"


def _in_story(expr: Expr) -> bool:
    """A month, a month and day, a season or a holiday named without a year or a shift."""
    return (
        expr.kind in ("date", "season", "holiday")
        and expr.year is None
        and expr.shift is None
        and expr.unit is None
    )


def resolve(doc: Doc, mentions: list[Mention], published: str | None) -> list[Time]:
    """Values for `mentions` of `doc.text`; relative ones stay None without a publication date."""
    anchor = parse_day(published)
    seen: list[tuple[int, str, int]] = []  # (start, value, sentence) of the calendar values so far
    story: _Story | None = None  # the time the narrative is set in, when it is not now
    bare_year: tuple[int, int, int] | None = None  # the last past year named alone: its sentence, its verb
    decade: tuple[int, int] | None = None  # where the last decade was named, and its number ("195")
    out: list[Time] = []
    sentences: list[int] = []  # the sentence of each time in `out`
    clocks: list[tuple[int, Expr]] = []  # clock times named without their day, by index in `out`
    relative: list[tuple[int, Expr, str | None]] = []  # times read from publication: index, expression, tense
    text = doc_text(doc)  # `Doc.text` joins every token on each access
    sents = [(s.start_char, s.end_char) for s in doc.sents] if mentions else []
    sent_starts = [start for start, _ in sents]
    counts = _counts(doc, mentions, text)  # "500 days": what may tell that a story's week is not meant
    starts: list[int] = []  # each token's first character, filled when a "since" needs its token
    quarter_named, checked = False, 0  # whether a calendar quarter was named; how much of `seen` was read
    for m in mentions:
        expr, reference = m.expr, None
        sentence = bisect_right(sent_starts, m.start)
        quarter_named = quarter_named or any(granularity(v) == "quarter" for _, v, _ in seen[checked:])
        checked = len(seen)
        if _district(text, sents[sentence - 1] if sentence else (0, len(text)), expr, quarter_named):
            continue
        if _said_of_noun(doc, text, m):
            continue
        if expr.kind in ("anaphor", "offset"):
            expr, reference = _reference(expr, seen, sentence, anchor)
            if expr.of == "any" and reference is None:
                continue  # "until then" with no time named before it: nothing to point at
            if m.rule == "then" and _then_ahead_of(doc, text, m, reference, anchor, seen):
                continue
        if (
            _in_units(text, m.start, expr)
            and tense_at(doc, m.start, m.end) in (FUTURE, NEAREST)
            and not can_do(doc, m.start, m.end)
        ):
            # "the loan will be repaid in five years": a point that far ahead, not a stretch of time
            expr = Expr("offset", unit=expr.unit, amount=expr.amount, shift=1)
        if _is_overnight(text, m.start, m.end, expr) and tense_at(doc, m.start, m.end) in (FUTURE, NEAREST):
            expr = replace(expr, shift=0)  # "strikes will continue overnight": the coming night
        if (
            expr.kind == "holiday"
            and (expr.value or "").startswith("christmas")
            and _ORTHODOX.search(text, max(0, m.start - 60), m.start)
        ):
            expr = replace(expr, value=f"orthodox {expr.value}")  # "Orthodox believers mark Christmas on ..."
        tense = None
        if anchor is not None and _needs_tense(expr):
            # "Tuesday's attack", "Friday's vote": a possessive weekday names a day that has
            # happened ("October's price cap" may be ahead);
            # "since May", "since Tuesday": the start of a state that holds now, so already past
            possessive = text[m.end : m.end + 2] in ("'s", "’s") and expr.kind == "weekday"
            if possessive or _SINCE.search(text, max(0, m.start - 6), m.start):
                tense = PAST
            elif _EFFECTIVE.search(text, max(0, m.start - 20), m.start):
                tense = FUTURE  # "effective Feb. 1", "effective as of June 1": a change yet to take hold
            elif _POSTPONED.search(text, max(0, m.start - 60), m.start) or _moved_to(doc, m):
                tense = NEAREST  # "has been postponed until Saturday": moved later, whenever decided
            else:
                tense = tense_at(doc, m.start, m.end)
                if tense == PRESENT and _CAPTION.match(text, m.end):
                    tense = PAST  # a photo caption's present ("meet in Kyiv Tuesday. Photograph: ...")
                elif tense is None and expr.kind == "season" and _past_campaign(doc, text, m):
                    tense = PAST  # "the summer offensive failed" (written in March): last summer's
                elif tense == FUTURE and _far_month(expr, anchor) and looks_into(doc, m.start, m.end):
                    tense = NEAREST  # "will investigate the shelling in October" (written in December)
                elif tense == FUTURE and reports_for(doc, m.start, m.end):
                    tense = NEAREST  # "will publish its figures for November" (written in December)
                elif tense == FUTURE and _eve_of(expr, anchor) and reported_would(doc, m.start, m.end):
                    # "hoped it would receive the go-ahead later on Friday" in Saturday's paper: the
                    # news of the evening before, not the Friday six days on
                    tense = NEAREST
        if (
            anchor is not None
            and _END_OF.match(text, m.start, m.end)
            and expr.kind == "deictic"
            and expr.shift == 0
        ):
            verb = governing_verb(doc, m.start, m.end)
            if _in_first_half(anchor, expr.unit) and _plain_past(verb):
                # "shelling peaked by the end of the year" (written in March): last year's end. Only a plain
                # past verb: "expected to have left by the end of the year" looks ahead
                expr = replace(expr, shift=-1)
        if (
            anchor is not None
            and expr.kind == "weekend"
            and expr.shift == 0
            and anchor.weekday() < 5
            and tense_at(doc, m.start, m.end) == PAST
        ):
            # "Thousands marched this weekend" written on a Monday: the weekend just past
            expr, tense = replace(expr, shift=None), PAST
        told = None
        if (
            story is not None
            and _in_story(expr)
            and sentence - story.sentence <= STORY_SENTENCES
            and tense in ((None, PAST, NOUN, NEAREST) if story.year < anchor.year else (FUTURE, NEAREST))
        ):
            # "In 1987 the plant opened ... On Oct. 12 it closed": the month of the story's year
            told = replace(expr, year=story.year + _turns_year(doc, text, m, expr, story))
            before = (normalize(told, anchor) or "9999") < anchor.isoformat()
            if before != (story.year < anchor.year) or (
                _in_the_news(normalize(expr, anchor, tense), anchor, story.year < anchor.year)
                and not _goes_on(story, told, text, _near(sents[sentence - 1], m))
            ):
                # the story's next months would run past publication, or the date read from
                # publication is this news's own ("founded in 1985. On Jan. 30 it filed ...")
                told = None
        if told is not None:
            expr = told
        value = normalize(expr, anchor, tense, reference)
        week = _story_week(story, expr, sentence, tense, anchor) if anchor is not None else None
        if week is not None and _told_now(week, anchor, counts, text, _near(sents[sentence - 1], m)):
            week = None
        if week is not None:
            value = normalize(replace(expr, shift=0), week, tense)
        if tense == PAST and _done_ahead(doc, m, expr, value, anchor):
            value = normalize(replace(expr, year=int(value[:4]) - 1), anchor, tense)
        if reference is not None and _past_count_ahead(doc, m, expr, value, anchor):
            value = _count_before(expr, seen, anchor) or value
        if (
            expr.kind == "anaphor"
            and expr.unit == "decade"
            and decade is not None
            and (not seen or seen[-1][0] < decade[0])
        ):
            # "In the 1950s, ... That decade" / "A decade later": the decade named last
            value = f"{decade[1] + (expr.shift or 0):03d}"
        if (
            bare_year is not None
            and tense == PAST
            and _in_story(expr)
            and sentence - bare_year[1] <= STORY_SENTENCES
            and (start := period_start(value)) is not None
            and (
                start > anchor
                or (anchor - start).days > TENSE_REACH_DAYS
                or (sentence == bare_year[1] and bare_year[2] >= 0 and _verb_index(doc, m) == bare_year[2])
            )
        ):
            # "The war began in 1991. On March 3, the rebels took the capital" (written in
            # February): a past clause whose month publication can only place still to come or
            # nearly a year back is the month of the year just named; so is one the same verb
            # dates with the year ("In 2015, the rebels seized the airport on 16 January": the year
            # is the time the clause tells of, not background in another clause)
            value = normalize(replace(expr, year=bare_year[0]), anchor, tense, reference)
        if anchor is None and needs_anchor(expr) and reference is None:
            value = None  # never a guess: without a publication date only absolute values count
        if (
            granularity(value) in ("day", "month", "year")
            and expr.kind == "anaphor"
            and m.expr.of is None
            and (m.expr.shift or 0) >= 0
        ):
            # "A year later, the rebels took the city. That month, ...": the time reached is the
            # one the next anaphor counts from. A look back is not: a comparison ("sales rose 5
            # percent from a year earlier"), a flashback ("the mayor had fled the day before") or
            # background ("a plane shot down two years earlier. More than 50 years later, ...")
            # leaves the story where it was
            seen.append((m.start, value, sentence))
        if m.rule == "latest_quarter" and expr.kind == "anaphor" and granularity(value) == "quarter":
            seen.append((m.start, value, sentence))  # "the latest quarter": still the period compared
        if expr.kind == "decade" and value and value.isdigit() and len(value) == 3:
            decade = (m.start, int(value))
        if expr.kind == "year" and expr.year is not None and anchor is not None and expr.year < anchor.year:
            bare_year = (expr.year, sentence, _dated_verb(doc, text, m))
        if (
            granularity(value)
            and expr.kind != "anaphor"
            and not _background_since(doc, text, starts, m, seen, sentence)
        ):
            seen.append((m.start, value, sentence))
            if told is None and (year := _story_year(doc, text, m, value, anchor)) is not None:
                story = _Story(
                    year, _month_of(value), sentence, _day_in_month(value), _weekday_named(text, m)
                )
            elif week is not None:
                story = replace(story, sentence=sentence)  # the telling goes on in the story's week
            elif told is None and _tells(doc, m):
                story = None  # the telling is back in the news's own time ("On Tuesday, ...")
            elif told is not None and tense in (None, PAST, FUTURE) and _tells(doc, m):
                # the telling moves on ("In September it was sold")
                story = _Story(int(value[:4]), _month_of(value), sentence, _day_in_month(value))
            elif story is not None and sentence - story.sentence <= STORY_SENTENCES and _in_story(expr):
                # a month or day in the background ("agreed to a June date", "a trip in June the
                # following year", a plan seen from then) leaves the story's time the one referred
                # to; a weekday ("Friday's talks", counted from publication) keeps it no longer
                story = replace(story, sentence=sentence)
        if (
            anchor is not None
            and reference is None
            and value is not None
            and needs_anchor(expr)
            and value == normalize(expr, anchor, tense)
        ):
            relative.append((len(out), expr, tense))  # read from publication alone, by no story or week
        out.append(Time(text[m.start : m.end], m.start, m.end, value, expr.type))
        sentences.append(sentence)
        if expr.kind == "time" and expr.hour is not None:
            clocks.append((len(out) - 1, expr))
    _from_sayings(doc, out, sentences, relative, anchor)
    _clock_days(doc, text, out, sentences, clocks)
    if anchor is not None:
        _order_ranges(text, mentions, out, anchor)
    return out


def _from_sayings(
    doc: Doc,
    out: list[Time],
    sentences: list[int],
    relative: list[tuple[int, Expr, str | None]],
    anchor: date | None,
) -> None:
    """A relative time inside what someone said is read from the time of the saying when the
    sentence dates it ("On Monday, the minister said talks would resume on Friday": the Friday
    after that Monday; "In December, the president said the war would end next year"). A saying
    dated by a month or year gives the value every day of it gives, else none ("Last month the
    governor said the bridge would reopen next week": no week a reader can name). Undated
    sayings are the news's own and keep publication."""
    by_sentence: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        by_sentence.setdefault(sentence, []).append(i)
    said_at: dict[int, dict[int, str]] = {}  # sentence -> saying verb -> the value that dates it
    for i, expr, tense in relative:
        same = by_sentence[sentences[i]]
        if len(same) < 2:
            continue
        saying = saying_of(doc, out[i].start, out[i].end)
        if saying is None:
            continue
        if sentences[i] not in said_at:
            said_at[sentences[i]] = _verb_times(doc, [out[j] for j in same])
        said = said_at[sentences[i]].get(saying.i)
        period = _period(said, anchor) if said is not None else None
        if period is None:
            continue
        first, last = (normalize(expr, day, _seen_from_saying(doc, out[i], tense)) for day in period)
        out[i] = replace(out[i], value=first if first == last else None)


def _seen_from_saying(doc: Doc, t: Time, tense: str | None) -> str | None:
    """The tense of a time seen from the saying that reports it: a future seen from a past
    saying ("would resume", "will hold", the nearer such day from publication) is ahead of the
    saying; any other nearer day ("continued to bombard over the weekend") stays the nearer one."""
    if tense == NEAREST:
        verb = governing_verb(doc, t.start, t.end)
        if verb is not None and has_future_aux(verb):
            return FUTURE
    return tense


def _verb_times(doc: Doc, times: list[Time]) -> dict[int, str]:
    """The first calendar value dating each verb of a sentence: the time's own verb, or the
    verb a "Speaking on Wednesday" clause belongs to."""
    found: dict[int, str] = {}
    for t in times:
        verb = governing_verb(doc, t.start, t.end)
        if verb is None or not granularity(t.value):
            continue
        found.setdefault(verb.i, t.value)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            found.setdefault(verb.head.i, t.value)
    return found


def _period(value: str, anchor: date | None) -> tuple[date, date] | None:
    """The first and last day of the day, week, month, season or year `value` names, when it is
    over by `anchor` (a saying is past)."""
    start = period_start(value)
    g = granularity(value)
    if start is None or anchor is None or g is None or start > anchor:
        return None
    if g == "day":
        return start, start
    if g == "week":
        return start, start + timedelta(days=6)
    months = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}[g]
    return start, _months_on(start, months) - timedelta(days=1)


def _dated_verb(doc: Doc, text: str, m: Mention) -> int:
    """The token index of the verb whose act a year dates ("In 2015, the rebels seized ..."), -1
    when it dates none: a year that starts or ends a stretch ("since 2014") or names a kind of thing
    ("veterans of the 2014 protests marched ...")."""
    if _STRETCH_BEFORE.search(text, max(0, m.start - 12), m.start):
        return -1
    root = expression_root(doc, m.start, m.end)
    return -1 if root is None or root.dep_ in _ATTRIBUTIVE else _verb_index(doc, m)


def _verb_index(doc: Doc, m: Mention) -> int:
    """The token index of the verb above a mention, -1 when it has none."""
    verb = governing_verb(doc, m.start, m.end)
    return verb.i if verb is not None else -1


def _done_ahead(doc: Doc, m: Mention, expr: Expr, value: str | None, anchor: date | None) -> bool:
    """A month-day that publication places ahead though a past verb it hangs on says it is over:
    "captured the town on March 3" written on 15 February is last year's 3 March (TimeML: the
    last such day before the creation time), however far back. Normalizing reaches only
    `TENSE_REACH_DAYS` with a tense, which guards a day the parse hangs on the wrong verb
    ("declared a dividend, payable Dec. 1"); a day on the past verb itself needs no guard."""
    if not (_in_story(expr) and expr.kind == "date" and expr.day is not None) or anchor is None:
        return False
    start = period_start(value) if value else None
    if start is None or start <= anchor:
        return False
    head = preposition_of(doc, m.start, m.end)
    if head is None or head.lower_ != "on":
        return False
    verb = governing_verb(doc, m.start, m.end)
    if head.head != verb:
        return False
    # "captured ... on March 3", "was killed on March 3", "had fled on March 3": over by now
    return _plain_past(verb) or (
        verb.tag_ == "VBN" and any(a.lower_ in ("was", "were", "had") for a in auxiliaries(verb))
    )


# A modal or future auxiliary: a process still to come, whose end a "then" after it may be ("may"
# in lower case only: "May 2022" is the month)
_AHEAD_WORD = re.compile(r"\b(?:(?i:will|shall|would|might|could|can)|may)\b|['’]ll\b")


def _then_ahead_of(
    doc: Doc,
    text: str,
    m: Mention,
    reference: str | None,
    anchor: date | None,
    seen: list[tuple[int, str, int]],
) -> bool:
    """ "It may take a year to contain the outbreak, and by then it will have spread": "then" in a
    future clause is a time still to come, so a time named before it that has passed ("first seen
    in 2007") is not the one meant; the one meant is given by no date. So is "then" of a present
    "be" that looks ahead ("by then the virus is likely to have spread") after such a process;
    with none since the time named, the "be" judges that time ("The siege ended in May 2022. By
    then, thousands are likely to have died")."""
    if not _passed(reference, anchor):
        return False
    tense = tense_at(doc, m.start, m.end)
    if tense == FUTURE:
        return True
    if tense != PRESENT:
        return False
    since = next((start for start, value, _ in reversed(seen) if value == reference), 0)
    if not _AHEAD_WORD.search(text, max(since, m.start - NEAR_CHARS), m.start):
        return False  # the characters first: the verb is only read after a modal
    verb = governing_verb(doc, m.start, m.end)
    return verb is not None and be_ahead(verb)


def _passed(value: str | None, anchor: date | None) -> bool:
    """Whether the time `value` names ended before the publication date (this month has not)."""
    start = period_start(value or "")
    if anchor is None or start is None or start >= anchor:
        return False
    if granularity(value) == "week":
        return start + timedelta(days=7) <= anchor
    return not _holds(value or "", anchor)


def _past_count_ahead(doc: Doc, m: Mention, expr: Expr, value: str | None, anchor: date | None) -> bool:
    """ "Fifty years later, the tsar granted the region autonomy": a count forward in a past clause
    that lands after publication was counted from the wrong time (a live blog's or a profile's
    "two weeks ago" between the history and the count)."""
    return (
        anchor is not None
        and expr.kind == "anaphor"
        and expr.of is None
        and (expr.shift or 0) > 0
        and (start := period_start(value or "")) is not None
        and start > anchor
        and tense_at(doc, m.start, m.end) == PAST
    )


def _count_before(expr: Expr, seen: list[tuple[int, str, int]], anchor: date) -> str | None:
    """The count from the latest earlier time it can start from and still end by publication."""
    fine_enough = _FINE_ENOUGH.get(expr.unit or "day", ())
    for _, v, _ in _recent(seen):
        value = normalize(expr, anchor, None, v) if granularity(v) in fine_enough else None
        if (start := period_start(value or "")) is not None and start <= anchor:
            return value
    return None


# How far after a clock time a day named later in its sentence still dates it ("opened at
# 7 a.m. and closed at 8 p.m. on Sunday", "at 4:30 pm (2030 GMT) on Sunday").
CLOCK_DAY_AFTER = 40


def _clock_days(
    doc: Doc, text: str, times: list[Time], sentences: list[int], clocks: list[tuple[int, Expr]]
) -> None:
    """A clock time named apart from its day takes the day named in its sentence ("closed on
    Sunday at 4:30 pm", "on March 5 at about 9 a.m."): the last one before it, else one just
    after it in the same clause ("opened at 7 a.m. and closed at 8 p.m. on Sunday", "at 4:30 pm
    (2030 GMT) on Sunday"; "said at 3 p.m. that the attack on Sunday ..." is not that day's);
    with none it stays on the publication day."""
    clock_at = {i for i, _ in clocks}
    starts = {t.start for t in times}
    days_in: dict[int, list[int]] = {}  # sentence -> indexes of its days in `times`, in order
    for i, t in enumerate(times):
        if i in clock_at or not t.value or not _DAY_VALUE.match(t.value):
            continue
        stamp = _STAMP.match(text, t.end)  # `text`: Doc.text is built anew on each access
        if stamp is None or stamp.end() - 5 in starts:
            days_in.setdefault(sentences[i], []).append(i)
    for i, expr in clocks:
        clock, days = times[i], days_in.get(sentences[i], [])
        k = bisect_right(days, i)
        pick = days[k - 1] if k and _frames(doc, text, times[days[k - 1]], clock) else None
        if pick is None and k < len(days):
            j = days[k]
            if times[j].start - clock.end <= CLOCK_DAY_AFTER and _same_clause(doc, clock, times[j]):
                pick = j
        if pick is None:
            continue
        suffix = normalize(replace(expr, kind="date", year=2000, month=1, day=1), None)[10:]
        times[i] = replace(clock, value=times[pick].value[:10] + suffix)


# A day that starts or ends a stretch dates no clock after it ("since 24 February, the curfew
# starts at 10 p.m.", "Until 24 February, the train left at 7 a.m.").
_STRETCH_EDGE = re.compile(r"\b(?:since|from|until|till|through|throughout|between|before|after)\s+$", re.I)


def _frames(doc: Doc, text: str, day: Time, clock: Time) -> bool:
    """Whether a day named before a clock in its sentence is the clock's day: a day of the same
    clause ("shut on Sunday at 4:30 pm") or of a clause the clock's hangs under ("said on Tuesday
    the blast at 3 a.m. killed ..."), not one of a clause below the clock's ("The attack on 5 March
    was the worst, the mayor told reporters at 9 a.m.") nor a stretch's edge."""
    if _STRETCH_EDGE.search(text, max(0, day.start - 12), day.start):
        return False
    vd, vc = governing_verb(doc, day.start, day.end), governing_verb(doc, clock.start, clock.end)
    if vd is None or vc is None:
        return True
    return vd == vc or vd.is_ancestor(vc) or (vc.dep_ == "conj" and vc.head == vd)


def _same_clause(doc: Doc, a: Time, b: Time) -> bool:
    """Whether two times hang from one verb or from verbs joined by 'and'."""
    va, vb = governing_verb(doc, a.start, a.end), governing_verb(doc, b.start, b.end)
    if va is None or vb is None:
        return va is vb
    return va == vb or (va.dep_ == "conj" and va.head == vb) or (vb.dep_ == "conj" and vb.head == va)


_ORTHODOX = re.compile(r"\bOrthodox\b[^.!?]*$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:$|T)")
# A day stamped with a clock of its own that is no time in the text, a live blog's "12 Jul 2022
# 23.04" (British time), dates that post, not the clocks in it ("It's 1am in Kyiv" is already the
# next day there).
_STAMP = re.compile(r"\s+(?:[01]\d|2[0-3])\.[0-5]\d\b(?!\s*[ap]\.?m)")
_AND = re.compile(r"\s*(?:and|or|,)\s*", re.I)
_RANGE_TO = re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*", re.I)


def _order_ranges(text: str, mentions: list[Mention], times: list[Time], anchor: date) -> None:
    """A range's start comes before its end: "lasted from Monday to Friday" (written on a
    Wednesday) starts the Monday before that Friday, "runs Tuesday through Sunday" ends on the
    Sunday after that Tuesday. The end is kept when it has passed, the start otherwise. Two
    weekdays joined by "and"/"or" are read the same way when the first is still to come ("rain
    is expected Saturday and Sunday"); a past pair is left as the tense placed it."""
    by_span = {(t.start, t.end): i for i, t in enumerate(times)}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.expr.kind != b.expr.kind or a.expr.kind not in ("weekday", "date"):
            continue
        if a.expr.shift is not None or b.expr.shift is not None or a.expr.year or b.expr.year:
            continue
        to = _RANGE_TO.fullmatch(text, a.end, b.start)
        both = a.expr.kind == "weekday" and _AND.fullmatch(text, a.end, b.start)
        if not (to or both):
            continue
        ia, ib = by_span.get((a.start, a.end)), by_span.get((b.start, b.end))
        if ia is None or ib is None:
            continue
        va, vb = times[ia].value, times[ib].value
        if not va or not vb or len(va) != len(vb) or len(va) not in (7, 10) or va <= vb:
            continue
        unit, n = ("day", 7) if a.expr.kind == "weekday" else ("year", 1)
        if both:  # "Saturday and Sunday": the second day of a pair lies after the first
            # only when the first is still to come: "shelled the town on Saturday and Friday"
            # written on a Saturday names today and yesterday, not next Friday
            if va[:10] > anchor.isoformat():
                times[ib] = replace(times[ib], value=_moved(vb, unit, n))
            continue
        if vb[:10] <= anchor.isoformat():
            times[ia] = replace(times[ia], value=_moved(va, unit, -n))
        else:
            times[ib] = replace(times[ib], value=_moved(vb, unit, n))


def _moved(value: str, unit: str, n: int) -> str:
    if unit == "day":
        return (date.fromisoformat(value) + timedelta(days=n)).isoformat()
    return f"{int(value[:4]) + n:04d}{value[4:]}"


_IN = re.compile(r"\bin\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
_CAPTION = re.compile(r"[^.!?\n]{0,200}[.!?]?\s*(?:Photograph|Photo|Picture|Image)s?\s*:")
# Stems of verbs that move a time later. "extend" also means "last" ("the fighting extended until
# January"), so it is read from the parse only, where an object tells the two apart (`_moved_to`).
_POSTPONING = r"postpon|delay|adjourn|defer|reschedul"
_POSTPONED = re.compile(
    rf"\b(?:{_POSTPONING}|push(?:ed|ing)?\s+back|put\s+off)\w*"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:until|till|to)\s+$",
    re.I,
)
_MOVING_VERB = re.compile(rf"(?:{_POSTPONING}|extend)", re.I)


def _moved_to(doc: Doc, m: Mention) -> bool:
    """ "has extended the contracts of thousands of reservists through January": the time is the new
    end of what a postponing or extending verb moved, however far back the verb stands (the parse
    hangs "until"/"through"/"to" on it), as `_POSTPONED` reads a postponing verb when it is near. The
    verb must move something it names (`acts_on`): "the fighting extended through January" only
    lasted, which is why "extend" and "through", the American "until", are read here only."""
    prep = preposition_of(doc, m.start, m.end)
    return (
        prep is not None
        and prep.lower_ in ("until", "till", "through", "to")
        and prep.head.pos_ == "VERB"
        and _MOVING_VERB.match(prep.head.lemma_) is not None
        and acts_on(prep.head)
    )


_END_OF = re.compile(r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|month)$", re.I)


def _plain_past(verb) -> bool:
    """A simple past verb ("peaked"), or one joined to it without auxiliaries of its own
    ("rose in December and peaked by ...", which the parser may tag VBN)."""
    if verb is None:
        return False
    if verb.tag_ == "VBD":
        return True
    own_aux = bool(auxiliaries(verb))
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not own_aux and verb.head.tag_ == "VBD"


def _in_first_half(anchor: date, unit: str | None) -> bool:
    """Whether the anchor lies in the first half of its year or month: a past event placed at
    "the end of the year" then happened at the end of the year before."""
    return anchor.month <= 6 if unit == "year" else anchor.day <= 15 if unit == "month" else False


_EFFECTIVE = re.compile(r"\beffective\s+(?:(?:from|on|as\s+of)\s+)?$", re.I)


def _in_units(text: str, start: int, expr: Expr) -> bool:
    """A counted duration right after "in" ("in five years"), which the tense may make a date."""
    return (
        expr.kind == "duration"
        and expr.amount is not None
        and float(expr.amount).is_integer()
        and expr.unit in ("day", "week", "month", "year")
        and not text.startswith(("the ", "The "), start)  # "in the year ended June 30"
        and _IN.search(text, max(0, start - 4), start) is not None
    )


def times_of(doc: Doc, published: str | None) -> list[Time]:
    return resolve(doc, find_mentions(doc_text(doc)), published)


def make_stage(nlp: Language):
    find_mentions("warm up the compiled grammar on 3 January")

    def times(doc: Doc, record: Record) -> None:
        record.times = times_of(doc, record.article.published)

    return times
