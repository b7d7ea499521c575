"""Quantities in an event's text: a number, its unit and its qualifier, normalized.

"at least 6,000 Ukrainian youngsters ... detained" -> Quantity(value=6000, unit="detained",
qualifier="at least"); "up to 3 km (1.9 miles)" -> (3, "km", "up to"); "11 billion euros"
-> (1.1e10, "EUR"). Casualty units (killed, wounded, detained, displaced, abducted) come from
the nearest casualty word; otherwise the counted noun is the unit ("communities", "drones").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.events.actors import SECTOR_WORDS
from sitrep.record import Quantity

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
    "thousand": 1000, "thousands": 2000, "a hundred": 100, "a thousand": 1000,
    "millions": 2_000_000, "tens of thousands": 20_000, "hundreds of thousands": 200_000,
    "tens of millions": 20_000_000,
}  # fmt: skip
# "dozens", "hundreds", "thousands", "tens of thousands" ... are vague: their value is the
# smallest plural reading (2 x the base) and they carry the qualifier "at least".
_VAGUE = {w for w in _WORD_NUMBERS if w.endswith("s") and w != "tens"}

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}

QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "more than": "more than", "over": "more than", "above": "more than", "in excess of": "more than",
    "up to": "up to", "as many as": "up to", "at most": "up to", "fewer than": "less than",
    "less than": "less than", "under": "less than", "nearly": "about", "almost": "about",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "exactly": "exactly",
}  # fmt: skip

_CURRENCY = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
}  # fmt: skip

_DISTANCE = {"km": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
             "mile": 1.609344, "miles": 1.609344, "m": 0.001, "meter": 0.001, "meters": 0.001,
             "metre": 0.001, "metres": 0.001}  # fmt: skip

CASUALTY_WORDS: dict[str, str] = {}
for _unit, _words in {
    "killed": "killed kill killing kills dead died die dies death deaths fatalities fatality lives "
    "slain murdered executed perished",
    "wounded": "wounded wounding injured injuring injuries hurt hospitalized hospitalised",
    "detained": "detained detaining arrested arresting captured jailed held deported imprisoned",
    "displaced": "displaced fled fleeing evacuated evacuation evacuations evacuees homeless refugees",
    "abducted": "abducted kidnapped disappeared hostage hostages",
    # missing after an ambush or under rubble is no abduction (as the ACLED coding reads it)
    "missing": "missing unaccounted",
}.items():
    for _w in _words.split():
        CASUALTY_WORDS[_w] = _unit

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "twenty-three", "forty five": a tens word and a ones word are one number
_WORDNUM = rf"(?:{_TENS})[\s-](?:{_ONES})\b|" + "|".join(
    sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True)
)
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_QTY = re.compile(
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<cur>US\$|\$|€|£)?\s?"
    rf"(?:(?P<num>{_NUM})|(?<![A-Za-z])(?P<word>{_WORDNUM}))\b"  # not "one" in "drone"
    rf"(?:\s?(?P<scale>thousand|million|mln|billion|bln|bn|trillion)\b)?"
    rf"(?:[\s-]+(?P<unit>[A-Za-z][A-Za-z-]*))?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")
_SKIP_UNITS = {
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "at",
    "per",
    "from",
    "the",
    "a",
    "p",
    "am",
    "pm",
    "a.m",
    "p.m",
}
_ADJ_SKIP = {
    "more",
    "other",
    "ukrainian",
    "russian",
    "civilian",
    "military",
    "people",
    "new",
    "local",
    "armed",
}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}  # fmt: skip


def _value(m: re.Match) -> float | None:
    if m.group("num"):
        return float(m.group("num").replace(",", ""))
    word = m.group("word").lower()
    if word in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word])
    return float(sum(_WORD_NUMBERS[w] for w in re.split(r"[\s-]+", word)))  # "twenty-three"


def _casualty_unit(text: str, start: int, end: int) -> str | None:
    """The casualty word nearest the number: up to 8 words after it, else 5 before it."""
    after = _WORD.findall(text[end : end + 80])[:8]
    for w in after:
        if w.lower() in CASUALTY_WORDS:
            return CASUALTY_WORDS[w.lower()]
        if w.lower() in {"and", "while", "but"}:
            break
    before = _WORD.findall(text[max(0, start - 50) : start])[-5:]
    for w in reversed(before):
        if w.lower() in CASUALTY_WORDS:
            return CASUALTY_WORDS[w.lower()]
    return None


def _told_casualty(unit_word: str, counted: tuple[str, int] | None) -> str | None:
    """ "30 dead", "at least 30 lives": the word right after the number is itself the casualty
    word, so it decides, not one further on ("five wounded and 30 lives lost" is 30 killed). Not
    when the number counts a later noun ("3 evacuation buses")."""
    if unit_word not in CASUALTY_WORDS or (counted is not None and counted[0] != unit_word):
        return None
    return CASUALTY_WORDS[unit_word]


def _is_date_or_time(text: str, m: re.Match) -> bool:
    unit = (m.group("unit") or "").lower()
    prev = _WORD.findall(text[max(0, m.start() - 12) : m.start()])
    if unit in _MONTHS or (prev and prev[-1].lower() in _MONTHS):
        return True
    if m.group("num") and not m.group("qual") and re.fullmatch(r"(1[89]|20)\d\d", m.group("num")):
        return True  # a year
    return unit in {"am", "pm", "a", "p", "hours", "hour", "year", "years", "month", "months",
                    "day", "days", "week", "weeks", "o'clock", "percent"} and not m.group("qual")  # fmt: skip


# "aged 71", "at the age of 79", "died at 94" (a bare number right after "died at"), "67-year-old"
_AGE_BEFORE = re.compile(r"(?:\baged|\bages? of|\bdie[sd]? at)\s+$", re.IGNORECASE)
_AGE_UNITS = {"year-old", "years-old", "yr-old", "month-old", "months-old"}
# "one of the deadliest attacks", "three of the heaviest strikes": a rank among acts, no count
# ("two of the oldest residents", "one of the most senior commanders" rank people: counts)
_RANK = re.compile(
    r"\s+of\s+(?:the|its|their|this|that)\s+(?:\w{2,}est|most|least|worst|best)\b((?:\s+[A-Za-z-]+){0,2})",
    re.IGNORECASE,
)


def _is_age_or_rank(text: str, m: re.Match, num_end: int) -> bool:
    """A person's age or a place in a ranking: a number that counts no one, though a casualty
    word may stand near it ("died at the age of 79", "one of the deadliest strikes")."""
    if (m.group("unit") or "").lower() in _AGE_UNITS:
        return True
    start = m.start("num") if m.group("num") else m.start("word")
    if not m.group("qual") and _AGE_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    rank = _RANK.match(text, num_end)
    return rank is not None and not any(w.lower() in SECTOR_WORDS for w in rank.group(1).split())


def _counted_noun(
    span: Span | None, offset: int, pos: int, at: dict[int, Token] | None = None
) -> tuple[str, int] | None:
    """The noun a number counts, by the parse, with its end in the text: "two metropolitan areas"
    -> ("areas", end), "over two military base divisions" -> "divisions" (not an adjective).
    `at`: the span's tokens by their start in the text (built once per text, not per number)."""
    if span is None:
        return None
    tok = at.get(pos) if at is not None else next((t for t in span if t.idx - offset == pos), None)
    if tok is None or tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or not 0 < tok.head.i - tok.i <= 4:
        return None
    head = tok.head
    return head.lower_, head.idx + len(head.text) - offset


_NUMBER_WORDS = sorted({w.split()[-1] for w in _WORD_NUMBERS})


def _last_number(text: str) -> int:
    """Where the text's last digit or number word starts (-1 if none). Every quantity has one:
    past it, the quantity pattern (slow to fail on long text, with its optional qualifier and
    currency before the number) need not be searched. Found once per text, not per match."""
    low = text.lower()
    last = max((low.rfind(w) for w in _NUMBER_WORDS), default=-1)
    return max([last, *(text.rfind(c) for c in set(text) if c.isdigit())])


def find_quantities(text: str, offset: int = 0, span: Span | None = None) -> list[tuple[int, int, Quantity]]:
    """(start, end, Quantity) for each number in `text` worth keeping; offsets add `offset`.

    With `span` (the parsed text, e.g. a sentence starting at `offset`), the counted noun is the
    one the parse hangs the number on, past adjectives and noun modifiers."""
    out: list[tuple[int, int, Quantity]] = []
    pos = 0
    last = _last_number(text)
    at: dict[int, Token] | None = None  # built at the first number whose noun the parse must tell
    while pos <= last and (m := _QTY.search(text, pos)):
        num_end = m.end("num") if m.group("num") else m.end("word")
        pos = m.end()
        if m.group("word") and not (m.group("unit") or m.group("qual")):
            continue
        clock = m.group("num") and (
            text[num_end : num_end + 1] == ":" or text[m.start("num") - 1 : m.start("num")] in (":", "/", ".")
        )
        if clock or _is_date_or_time(text, m) or _is_age_or_rank(text, m, num_end):
            pos = num_end  # the word after a year or a clock time may start a quantity
            continue
        value = _value(m)
        if value is None:
            continue
        qual = QUALIFIERS.get((m.group("qual") or "").lower())
        word = (m.group("word") or "").lower()
        if word in _VAGUE and qual is None:
            qual = "at least"
        unit_word = (m.group("unit") or "").lower()
        scale = (m.group("scale") or "").lower()
        if scale:
            value *= _SCALE[scale]
        end = m.end()
        cur = (m.group("cur") or "").lower()
        if cur or unit_word in _CURRENCY:
            unit = _CURRENCY[cur or unit_word]
            if not cur and unit_word:
                end = m.end("unit")
            elif not m.group("unit") or unit_word not in _CURRENCY:
                end = m.end("scale") if scale else m.end("num") if m.group("num") else m.end("word")
        elif unit_word in _DISTANCE:
            value, unit = value * _DISTANCE[unit_word], "km"
        else:
            if at is None and span is not None:
                at = {t.idx - offset: t for t in span}
            counted = _counted_noun(span, offset, m.start("num") if m.group("num") else m.start("word"), at)
            unit = _told_casualty(unit_word, counted) or _casualty_unit(text, m.start(), m.end())
            if unit is None and counted is not None and unit_word and unit_word not in _SKIP_UNITS:
                unit, end = counted  # the noun counted, not the adjective before it
            elif unit is not None and counted is not None and counted[1] > end:
                end = counted[1]  # "at least 6,000 Ukrainian youngsters": the text covers who
            elif unit is not None and unit_word in _SKIP_UNITS:
                end = m.end("scale") if scale else num_end  # "wounded at least 15 on Monday": not "on"
            elif unit is None:
                part = _PART_OF.match(text, m.end("unit")) if unit_word == "of" else None
                if part:  # "23 of the 37 drones": the part counts what the whole counts
                    unit_word, end = part.group(1).lower(), num_end
                if not unit_word or unit_word in _SKIP_UNITS:
                    continue
                unit = unit_word
                if unit_word in _ADJ_SKIP:
                    unit = _next_noun(text, m.end("unit")) or (unit_word if unit_word == "people" else None)
                if unit is None:
                    continue
        start = m.start() + len(text[m.start() : end]) - len(text[m.start() : end].lstrip())
        q = Quantity(text=text[start:end].strip(), value=round(value, 6), unit=unit, qualifier=qual)
        out.append((offset + start, offset + start + len(q.text), q))
    return out


_PART_OF = re.compile(rf"\s+(?:the\s+|some\s+)?(?:{_NUM}|{_WORDNUM})\s+([A-Za-z][A-Za-z-]*)", re.IGNORECASE)


def _next_noun(text: str, pos: int) -> str | None:
    """For "20 Ukrainian soldiers": skip one adjective and take the next word as the unit.

    Only a word right after it counts: "1,300 people, Ukrainian officials said" has no next noun.
    """
    m = re.match(r"[ \t]+([A-Za-z][\w'-]*)", text[pos : pos + 30])
    return m.group(1).lower() if m and m.group(1).lower() not in _SKIP_UNITS else None
