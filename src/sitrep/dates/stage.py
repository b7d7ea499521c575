"""Stage `times`: every time expression with its TIMEX3 value and type, anchored to the
publication date (`record.article.published`) and to the tense of its clause."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.dates.grammar import Mention, find_mentions
from sitrep.dates.normalize import PAST, Expr, granularity, needs_anchor, normalize
from sitrep.dates.tense import tense_at
from sitrep.record import Record, Time

# Kinds whose value depends on which way the clause looks (the last Tuesday or the next one).
_TENSED = {"weekday", "date", "season", "quarter", "half", "weekend"}


def parse_day(value: str | None) -> date | None:
    """`YYYY-MM-DD...` -> date; anything else (None, a year, a bad string) -> None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _needs_tense(expr: Expr) -> bool:
    return expr.kind in _TENSED and expr.year is None and expr.shift is None


_COARSE = ("month", "quarter", "half", "season")


def _reference(expr: Expr, seen: list[tuple[int, str]], sentence_start: int) -> tuple[Expr, str | None]:
    """The earlier time an anaphoric expression is relative to, as (expression, value).

    `seen` holds the (start, value) of times named outright so far. "a year earlier" / "a
    year ago" next to "the third quarter" in one sentence compare quarters; "the next day"
    follows the last day named, "the following month" the last month or day; "the quarter" is
    the last quarter named.
    """
    if expr.kind == "anaphor" and expr.of:
        return expr, next((v for _, v in reversed(seen) if granularity(v) == expr.of), None)
    if expr.unit == "year" and (expr.kind == "anaphor" or (expr.kind == "offset" and expr.amount)):
        for start, v in reversed(seen):
            if start < sentence_start:
                break
            if granularity(v) in _COARSE:
                n = expr.shift if expr.kind == "anaphor" else -int(expr.amount or 1)
                return Expr("anaphor", unit="year", shift=n), v
    if expr.kind == "anaphor":
        fine_enough = _FINE_ENOUGH.get(expr.unit or "day", ())
        return expr, next((v for _, v in reversed(seen) if granularity(v) in fine_enough), None)
    return expr, None


_FINE_ENOUGH = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "month"),
    "quarter": ("day", "month", "quarter"),
    "year": ("day", "week", "month", "quarter", "half", "season", "year"),
}


def resolve(doc: Doc, mentions: list[Mention], published: str | None) -> list[Time]:
    """Values for `mentions` of `doc.text`; relative ones stay None without a publication date."""
    anchor = parse_day(published)
    seen: list[tuple[int, str]] = []  # (start, value) of the calendar values so far
    out: list[Time] = []
    text = doc.text
    for m in mentions:
        expr, reference = m.expr, None
        if expr.kind in ("anaphor", "offset"):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            expr, reference = _reference(expr, seen, span.sent.start_char if span is not None else m.start)
        tense = None
        if anchor is not None and _needs_tense(expr):
            # "Tuesday's attack", "Friday's vote": a possessive names a day that has happened
            tense = PAST if text[m.end : m.end + 2] in ("'s", "’s") else tense_at(doc, m.start, m.end)
        value = normalize(expr, anchor, tense, reference)
        if anchor is None and needs_anchor(expr) and reference is None:
            value = None  # never a guess: without a publication date only absolute values count
        if granularity(value) and expr.kind != "anaphor":
            seen.append((m.start, value))
        out.append(Time(text[m.start : m.end], m.start, m.end, value, expr.type))
    return out


def times_of(doc: Doc, published: str | None) -> list[Time]:
    return resolve(doc, find_mentions(doc.text), published)


def make_stage(nlp: Language):
    find_mentions("warm up the compiled grammar on 3 January")

    def times(doc: Doc, record: Record) -> None:
        record.times = times_of(doc, record.article.published)

    return times
