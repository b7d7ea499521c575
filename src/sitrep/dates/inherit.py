"""Dates for claims and events: the date of their own time expression, else the one they
inherit from their sentence, their paragraph or the publication, with its precision."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from sitrep.claims.cues import ASSERTIVE, CONFIRM, DENY, NEUTRAL, STANCE, cue_strength
from sitrep.dates.normalize import granularity, period_start
from sitrep.dates.tense import expression_root, governing_verb, right_after, saying_of
from sitrep.record import Record, Time

OWN, SENTENCE, PARAGRAPH, PUBLICATION = "own", "sentence", "paragraph", "publication"

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The words of a time that points back to the last one told ("at the time", "at that time")
_THEN = re.compile(r"(?:the|that)\s+time", re.I)
_AT = re.compile(r"\bat\s+$", re.I)


def precision_of(value: str | None) -> str | None:
    """How precise a calendar value is: time, day, weekend, week, month, season, quarter, half,
    year, decade, century; None for durations, sets, PRESENT/PAST/FUTURE refs and None."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    if value.endswith("-WE") and granularity(value[:-3]) == "week":
        return "weekend"
    g = granularity(value)
    if g == "day" and "T" in value:
        return "time"
    return g


def _dated(times: list[Time]) -> list[Time]:
    return [t for t in times if t.type in ("DATE", "TIME") and precision_of(t.value)]


def _sentence_bounds(text: str, pos: int, doc: Doc | None) -> tuple[int, int]:
    if doc is not None and doc.has_annotation("SENT_START"):
        span = doc.char_span(pos, min(pos + 1, len(text)), alignment_mode="expand")
        if span is not None:
            sent = span.sent
            return sent.start_char, sent.end_char
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    s = max(x for x in starts if x <= pos)
    later = [x for x in starts if x > pos]
    return s, later[0] if later else len(text)


def _relative_verb(doc: Doc | None, t: Time) -> Token | None:
    """The verb of the relative clause `t` dates ("the governor of Crimea, which Russia annexed in
    2014"), if it dates one: then it tells of the noun, not of the act around it."""
    verb = governing_verb(doc, t.start, t.end) if doc is not None else None
    for _ in range(CONJUNCTS):
        if verb is None or verb.dep_ != "conj":
            break
        verb = verb.head  # "which was occupied and then annexed in 2014"
    return verb if verb is not None and verb.dep_ == "relcl" else None


def _another_act_of_speaker(verb: Token) -> bool:
    """Whether a relative clause on a claim's speaker tells something else the speaker did
    ("Guterres, who presided over the meeting on Friday, said ...": Friday is the meeting's, not
    the saying's), not the speaking itself ("who spoke to reporters on Friday", "who gave an
    interview on Sunday", "who addressed parliament on Wednesday")."""
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or cue_strength(noun.head.lemma_) not in _SPEAKER_CUES:
        return False  # "Anyone who watched Monday's meeting will understand": a belief, no act dated
    return not _tells_speaking(verb)


def _tells_speaking(verb: Token) -> bool:
    """A verb of saying, or one whose object is a speaking occasion ("gave an interview")."""
    if verb.lemma_ in _SPEAKING_VERBS or cue_strength(verb.lemma_) in _SPEECH_ACTS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_ in _OCCASIONS for c in verb.children)


_SPEECH_ACTS = frozenset((NEUTRAL, ASSERTIVE, CONFIRM, DENY))
# The cues of an act done on a day ("said", "claimed", "condemned"), not of a belief held
_SPEAKER_CUES = _SPEECH_ACTS | {STANCE}
# Speaking the cue lexicon does not list as a cue ("who addressed the nation")
_SPEAKING_VERBS = frozenset("address".split())
# What one gives or holds to speak ("who gave an interview", "who held a press conference")
_OCCASIONS = frozenset("interview speech address statement briefing conference remarks press".split())


# How many conjoined verbs back a relative clause's verb is looked for (bounded: linear)
CONJUNCTS = 3


def _dates_an_act(doc: Doc | None, t: Time) -> bool:
    """Whether `t` may date what else its sentence or paragraph tells: not a time other reported
    words tell ("said on Monday that two people were killed on Sunday": Monday dates the saying,
    Sunday the killing), nor the start of a state that runs to now ("killed since the offensive
    began in January", "have fled since October")."""
    if doc is None:
        return True
    saying = saying_of(doc, t.start, t.end)
    if saying is not None and not _dates_saying(doc, t, saying):
        return False
    return not _since(doc, t)


# A relative clause's day or week at most this many days before publication tells of the story's
# own days ("Trudeau, who gave an interview on Sunday"), not of its noun's history
NEWS_DAYS = 7
_NEWS_PRECISIONS = {"time", "day", "weekend", "week"}


def _dates_saying(doc: Doc, t: Time, saying: Token) -> bool:
    """Whether `t` dates a verb that itself reports ("The ambassador said on Friday there should
    be no doubt ..., Reuters reported"): the time of a saying, even one reported in turn, or a
    time right after the saying verb ("said on Friday it had uncovered a network"), which the
    parse may hang on the reported verb."""
    verb = governing_verb(doc, t.start, t.end)
    if verb is not None and any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return right_after(saying, t.start)


def _since(doc: Doc, t: Time) -> bool:
    """Whether `t` tells when a state that runs to now began: it or a noun it belongs to hangs
    from "since" ("since October", "since Russia's invasion in February"), or its verb is
    introduced by it ("since the war began in February")."""
    tok = expression_root(doc, t.start, t.end)
    for _ in range(SINCE_STEPS):
        if tok is None or tok.head == tok:
            return False
        tok = tok.head
        if tok.lower_ == "since":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            # a clause's "since" stands before its verb: the verb's left words only, not every
            # child (a run-on's main verb has thousands of conjuncts on its right)
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.lefts)
    return False


# How many words up from a time "since" is looked for: its preposition, a noun and its own
SINCE_STEPS = 4


class Dater:
    """One article's dated times and paragraph breaks, found once: dating every claim of a long
    article then costs a bisection each, not a pass over all its times and text."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.text = record.article.text
        self.times = sorted(_dated(record.times), key=lambda t: (t.start, t.end))
        self.starts = [t.start for t in self.times]
        self.longest = max((t.end - t.start for t in self.times), default=0)
        self._sents_of: Doc | None = None  # the doc the word and sentence bounds were read from
        self._token_starts: list[int] = []  # each word's first character
        self._sent_firsts: list[int] = []  # each sentence's first word
        self._sent_chars: list[tuple[int, int]] = []  # each sentence's characters
        self.every = sorted(record.times, key=lambda t: (t.start, t.end))
        self.every_starts = [t.start for t in self.every]
        breaks = _BLANK_LINE if _BLANK_LINE.search(self.text) else re.compile(r"\n")
        self.break_ends = [m.end() for m in breaks.finditer(self.text)]
        published = record.article.published
        self.published = date.fromisoformat(published) if published else None
        self.verdicts: dict[tuple[int, int], bool] = {}  # `_may_date` per time: read once per article
        self._ok: tuple[list[Time], list[int]] | None = None  # `_admissible`, read once
        self.relatives: dict[tuple[int, int], Token | None] = {}  # `_relative_verb` per time, likewise

    def has_time_within(self, start: int, end: int) -> bool:
        """Whether any time expression (dated or not) lies within [start, end)."""
        return bool(self._every_within(start, end))

    def _within(self, lo: int, hi: int, skip: tuple[int, int] | None) -> list[Time]:
        """Dated times inside [lo, hi), in text order, leaving out those inside `skip`."""
        found = self.times[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
        return [t for t in found if self._usable(t, hi, skip)]

    def _sentence(self, pos: int, doc: Doc | None) -> tuple[int, int]:
        """`_sentence_bounds`, from the parse's sentences read once per article (a run-on
        sentence's claims would each walk it back to its start)."""
        if doc is None or not doc.has_annotation("SENT_START"):
            return _sentence_bounds(self.text, pos, doc)
        if self._sents_of is not doc:
            self._sents_of = doc
            self._token_starts = doc.to_array(IDX).tolist()  # not a Token object per word
            sents = list(doc.sents)
            self._sent_firsts = [x.start for x in sents]
            self._sent_chars = [(x.start_char, x.end_char) for x in sents]
        k = bisect_right(self._token_starts, pos) - 1
        if k < 0 or pos >= self._token_starts[k] + len(doc[k]):
            return _sentence_bounds(self.text, pos, doc)  # between words: as the parse's own span
        return self._sent_chars[bisect_right(self._sent_firsts, k) - 1]

    def _usable(self, t: Time, hi: int, skip: tuple[int, int] | None) -> bool:
        """`t` ends by `hi` and lies outside `skip`: which times of a stretch may date a span."""
        return t.end <= hi and (skip is None or not (skip[0] <= t.start and t.end <= skip[1]))

    def _admissible(self, doc: Doc | None) -> tuple[list[Time], list[int]]:
        """The article's dated times that may date an act (`_may_date`), with their starts, read
        once: a run-on sentence whose times all tell other acts is walked once, not per claim."""
        if self._ok is None:
            ok = [t for t in self.times if self._may_date(doc, t)]
            self._ok = (ok, [t.start for t in ok])
        return self._ok

    def _nearest(
        self, lo: int, hi: int, start: int, end: int, doc: Doc | None, skip: tuple[int, int] | None
    ) -> Time | None:
        """The dated time in [lo, hi) nearest to [start, end) that may date it (the first in text
        order among equals), found by walking out from the span both ways over the admissible
        times and stopping once no further time can be nearer: a run-on sentence's many claims
        each look at a few times, not at all of them."""
        times, starts = self._admissible(doc)
        i = bisect_left(starts, start)
        best, best_key = None, None
        j = i - 1  # leftwards: times that start before the span, nearest first
        while j >= 0 and times[j].start >= lo:
            t = times[j]
            if best_key is not None and start - t.start - self.longest > best_key[0]:
                break  # every time further left ends farther away than the best
            if self._usable(t, hi, skip):
                key = (max(start - t.end, 0), j)
                if best_key is None or key <= best_key:
                    best, best_key = t, key
            j -= 1
        j = i  # rightwards: times that start at or after the span's start
        while j < len(times) and times[j].start < hi:
            t = times[j]
            gap = max(t.start - end, 0)
            if best_key is not None and (gap, j) > best_key:
                break  # starts only grow to the right
            if self._usable(t, hi, skip):
                best, best_key = t, (gap, j)
                break
            j += 1
        return best

    def _then(self, start: int, end: int, doc: Doc | None, skip: tuple[int, int] | None) -> Time | None:
        """The time "at the time" inside [start, end) points back to ("On Friday, a missile struck
        the station. At the time, the ministry said ..."): the last time before it, in any earlier
        paragraph, that may date an act; None without such words or such a time."""
        then = next((t for t in self._every_within(start, end) if self._at_the_time(t, end, skip)), None)
        if then is None:
            return None
        return next(self._before(doc, 0, then.start, skip), None)

    def _at_the_time(self, t: Time, hi: int, skip: tuple[int, int] | None) -> bool:
        """Whether `t` is "the time" of "at the time" (or "that time"), outside `skip`."""
        before = self.text[max(t.start - 4, 0) : t.start]
        return bool(_THEN.fullmatch(t.text) and _AT.search(before)) and self._usable(t, hi, skip)

    def _every_within(self, start: int, end: int) -> list[Time]:
        """Every time expression (dated or not) inside [start, end)."""
        found = self.every[bisect_left(self.every_starts, start) : bisect_left(self.every_starts, end)]
        return [t for t in found if t.end <= end]

    def _before(self, doc: Doc | None, lo: int, hi: int, skip: tuple[int, int] | None):
        """Admissible times inside [lo, hi) outside `skip`, the last first."""
        times, starts = self._admissible(doc)
        j = bisect_left(starts, hi) - 1
        while j >= 0 and times[j].start >= lo:
            if self._usable(times[j], hi, skip):
                yield times[j]
            j -= 1

    def _may_date(self, doc: Doc | None, t: Time) -> bool:
        """`_reads_as_act`, once per time of the article: a run-on sentence's claims all look at
        the same times."""
        key = (t.start, t.end)
        if key not in self.verdicts:
            self.verdicts[key] = self._reads_as_act(doc, t)
        return self.verdicts[key]

    def _relative(self, doc: Doc | None, t: Time) -> Token | None:
        """`_relative_verb`, once per time of the article: each claim of a sentence asks it again."""
        key = (t.start, t.end)
        if key not in self.relatives:
            self.relatives[key] = _relative_verb(doc, t)
        return self.relatives[key]

    def _reads_as_act(self, doc: Doc | None, t: Time) -> bool:
        """Whether `t`, of the claim's sentence or paragraph, may date it: the time of an act (as
        `_dates_an_act`) that began by publication; a time wholly after it ("will host a 2023
        conference", "until 2030") tells of a plan, and no past saying of the article is dated by
        it. A time in a noun's relative clause tells its history ("Crimea, which Russia annexed in
        2014", "which has been condemned for its 24 February invasion"), unless it is a day or week
        of the story's own ("Trudeau, who gave an interview on Sunday, said") that is not another
        act of the speaker ("Guterres, who presided over the meeting on Friday, said")."""
        start = period_start(t.value) if self.published else None
        if start is not None and start > self.published:
            return False
        verb = self._relative(doc, t)
        if verb is not None and (_another_act_of_speaker(verb) or not self._news_days(t, start)):
            return False
        return _dates_an_act(doc, t)

    def _news_days(self, t: Time, start: date | None) -> bool:
        """Whether `t` (starting on `start`) is a day or week that ends in the week before
        publication: a week or weekend by its last day."""
        precision = precision_of(t.value)
        if start is None or precision not in _NEWS_PRECISIONS:
            return False
        last = start + timedelta(days=6) if precision in ("week", "weekend") else start
        return (self.published - last).days <= NEWS_DAYS

    def date_for(
        self, start: int, end: int, doc: Doc | None = None, skip: tuple[int, int] | None = None
    ) -> tuple[str | None, str | None, str | None]:
        """As `date_for_span`, for this article."""
        inside = [t for t in self._within(start, end, skip) if self._relative(doc, t) is None]
        if inside:
            t = inside[0]
            return t.value, precision_of(t.value), OWN
        t = self._then(start, end, doc, skip)
        if t is not None:
            return t.value, precision_of(t.value), OWN
        t = self._nearest(*self._sentence(start, doc), start, end, doc, skip)
        if t is not None:
            return t.value, precision_of(t.value), SENTENCE
        i = bisect_right(self.break_ends, start)
        p0 = self.break_ends[i - 1] if i else 0
        t = next(self._before(doc, p0, start, skip), None)
        if t is not None:
            return t.value, precision_of(t.value), PARAGRAPH
        published = self.record.article.published
        if published:
            return published, "day", PUBLICATION
        return None, None, None


def date_for_span(
    record: Record, start: int, end: int, doc: Doc | None = None, skip: tuple[int, int] | None = None
) -> tuple[str | None, str | None, str | None]:
    """(value, precision, source) of the date that characters [start, end) of the article are about.

    source is "own" when a dated time expression (DATE or TIME with a calendar value) lies
    within the span (the first one), "sentence" for the one nearest to the span in its
    sentence, "paragraph" for the last one before the span in its paragraph, "publication"
    for the publication date (precision "day"); (None, None, None) when there is none.
    `doc` (the parsed article) gives better sentence bounds than the fallback splitter.
    Durations, sets and PRESENT/PAST/FUTURE refs never date a span. Times inside `skip` are
    ignored: a claim is not dated by the times its content reports. To date many spans of one
    article, build its `Dater` once.
    """
    return Dater(record).date_for(start, end, doc, skip)
