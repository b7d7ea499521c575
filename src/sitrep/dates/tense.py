"""Tense of the clause a time expression sits in, read from the dependency parse.

"on Tuesday" means the last Tuesday when the governing verb is past ("shelled", "has
shelled"), the next one when it is future ("will meet", "is going to meet", "plans to
meet"). The verb is found by climbing from the expression's root to the first verb.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from sitrep.claims.text import doc_text
from sitrep.dates.grammar import WEEKDAYS
from sitrep.dates.normalize import FUTURE, NEAREST, NOUN, PAST, PRESENT
from sitrep.nlp.tree import span_root

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}


def expression_root(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of the expression at characters [start, end): the one word whose head is
    outside it (`span_root`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span_root(span)


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The first verb above the expression at characters [start, end) in `doc`."""
    tok = expression_root(doc, start, end)
    if tok is None:
        return None
    for _ in range(10):
        if (tok.pos_ in ("VERB", "AUX") or _misread_verb(tok)) and not (start <= tok.idx < end):
            return tok
        if tok.head == tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _misread_past(tok: Token) -> bool:
    """A past verb the tagger took for an adjective: an '-ed' word heading a clause or an adverbial
    with a preposition of its own ("Clinton, meantime, glossed over warnings on Thursday that ...",
    where the parse hangs 'glossed' under the 'that' clause's verb)."""
    return (
        tok.tag_ == "JJ"
        and tok.lower_.endswith("ed")
        and tok.dep_ in ("advmod", "ROOT", "conj", "ccomp")
        and _has_child(tok, "prep")
    )


def _misread_present(tok: Token) -> bool:
    """A present verb the tagger took for a noun or an adjective: the sentence's root with a
    subject of its own and no copula ("The talks in Vienna resume on Monday", 'resume' tagged NN;
    "The talks open in Vienna on Friday", 'open' tagged JJ). An adjective is read so only when
    it is also the bare verb of a schedule and its subject is plural, as a bare present's is: a
    headline's "Kharkiv's metro quiet on Sunday" or "Markets calm on Monday" tell a state."""
    if tok.dep_ != "ROOT" or not _has_child(tok, "nsubj"):
        return False
    if tok.tag_ in ("NN", "NNS"):
        return True
    return tok.tag_ == "JJ" and tok.lower_ in _SCHEDULE_ADJECTIVES and _plural_subject(tok)


# Adjectives that are also the bare verb of a timetable ("the talks open", "the polls close").
_SCHEDULE_ADJECTIVES = {"open", "close", "reopen"}


def _plural_subject(tok: Token) -> bool:
    """Whether the subject of `tok` is plural, or a pronoun a bare present verb agrees with. The
    subject stands before its verb: reading `SUBJECT_WINDOW` tokens back, not every dependent, keeps
    a root with thousands of them (a run-on sentence) from costing each time the whole sentence."""
    return any(
        t.dep_ == "nsubj"
        and t.head == tok
        and (t.tag_ in ("NNS", "NNPS") or t.lower_ in ("we", "they", "you", "i"))
        for t in tok.doc[max(0, tok.i - SUBJECT_WINDOW) : tok.i]
    )


SUBJECT_WINDOW = 30


def _misread_verb(tok: Token) -> bool:
    return _misread_past(tok) or _misread_present(tok)


def acts_on(verb: Token) -> bool:
    """Whether `verb` does something to a thing it names: an object ("extended the mandate"), a passive
    subject ("the mandate was extended") or the noun its participle modifies ("the curfew, extended
    ..."); "the fighting extended through January" names none and only tells how long it lasted."""
    return verb.dep_ == "acl" or _has_child(verb, "dobj") or _has_child(verb, "nsubjpass")


def _has_child(tok: Token, dep: str) -> bool:
    """Whether `tok` has a dependent labelled `dep`. Each token's dependents are walked once per
    document and remembered: a word with thousands of them (a run-on list of "100 people a day, on
    May 28, ...") would otherwise cost each time expression the length of the list, and a window of a
    few words cuts off a subject behind a long modifier ("The talks between the two delegations in
    the Turkish city of Istanbul resume on Monday")."""
    memo = tok.doc.user_data.get(_CHILD_DEPS)
    if memo is None:
        memo = tok.doc.user_data[_CHILD_DEPS] = _child_deps(tok.doc)
    return dep in memo.get(tok.i, ())


def _child_deps(doc: Doc) -> dict[int, dict[str, None]]:
    """Every token's dependent labels, from one pass over the document's heads. spaCy's
    `Token.children` walks the token's whole subtree span, so asking each token in a chain of
    conjuncts ("will investigate … and will investigate … and …") cost the square of its length."""
    deps: dict[int, dict[str, None]] = {}
    labels: dict[int, str] = {}  # each label's text, looked up once
    heads = doc.to_array(HEAD).view("int64").tolist()  # each head as an offset from its token
    for i, (offset, dep) in enumerate(zip(heads, doc.to_array(DEP).tolist(), strict=True)):
        if offset:
            label = labels.get(dep) or labels.setdefault(dep, doc.vocab.strings[dep])
            deps.setdefault(i + offset, {})[label] = None  # dicts: the doc still serializes
    return deps


_CHILD_DEPS = "sitrep.dates.child_deps"


# Auxiliaries stand just before their verb ("will not fully reconnect", "had been expected"):
# reading this many tokens back instead of every dependent keeps a verb with thousands of them
# (a list of dates after "reported on") from making each date cost the length of the list.
AUX_WINDOW = 12


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of `verb` ("will", "has", "was", infinitive "to"), in order."""
    doc = verb.doc
    return [
        t
        for t in doc[max(0, verb.i - AUX_WINDOW) : verb.i]
        if t.dep_ in ("aux", "auxpass") and t.head == verb
    ]


def verb_tense(verb: Token) -> str | None:
    """past, present or future for one verb, from its tag and its auxiliaries."""
    if _misread_past(verb):
        return PAST
    if _misread_present(verb):
        return PRESENT
    auxes = auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return FUTURE
    if "to" in words and words & {"have", "'ve"} and verb.head.lemma_ in _HEARSAY | _BACKWARD:
        return PAST  # "is said to have been retaken on Wednesday": over before it is reported
    if "to" in words and (verb.tag_ == "VB" or _passive_infinitive(verb, words)):
        # an infinitive: "plans to meet on Friday", "is going to vote Tuesday"
        # ("appeared to strike on Tuesday" looks back, so it takes the tense of its head)
        # ("it was difficult to meet demand into the summer": under an adjective or noun the
        # infinitive is as past as the clause around it)
        head = verb.head
        if head.lemma_ in _FORWARD_ADJ:
            return FUTURE  # "likely to be felt in the fall", "due to arrive on Friday"
        if head.pos_ not in ("VERB", "AUX"):
            above = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            return PAST if above is not None and above.tag_ == "VBD" else FUTURE
        if head.lemma_ in _AT_ONCE:
            return _own_tense(head)  # "failed to take Kyiv in March", "after failing to take it in March"
        return PAST if head.lemma_ in _BACKWARD and head.tag_ == "VBD" else FUTURE
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if (
            verb.dep_ == "xcomp"
            and verb.head.pos_ == "VERB"
            and not any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes)
        ):
            return verb_tense(verb.head)  # "likely to start being felt in the fall": the tense above
        if any(a.tag_ == "MD" for a in auxes) and not words & {"have", "'ve"}:
            return FUTURE  # "may be won on Saturday", "could be signed Tuesday" ("could have been": past)
        if any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes):
            return PRESENT  # "is expected", "are scheduled": a present statement
        return PAST
    if verb.tag_ == "VBG":
        if verb.lower_ == "following" and not auxes:
            return NEAREST  # "following the Senate's vote on Thursday": a preposition, after some event
        if any(a.tag_ == "VBD" for a in auxes):
            return PAST
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return PRESENT
        return _inherit(verb)
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ == "follow" and _has_child(verb, "dobj"):
            return PAST  # "the move follows an announcement late on Monday": what it follows is done
        return PRESENT
    if verb.tag_ == "VB":
        if any(a.tag_ == "VBD" or a.lower_ == "did" for a in auxes):
            return PAST
        if any(a.tag_ == "MD" for a in auxes):
            return FUTURE  # can, may, must, should: not yet happened
        return _inherit(verb)
    return None


def _passive_infinitive(verb: Token, words: set[str]) -> bool:
    """ "are to be held in January", "expected to be completed in the first quarter": an infinitive
    as much as "to hold" is, so it looks ahead. Not a perfect one ("said to have been attacked in
    August" is over) nor one that reports hearsay ("was believed to be held in Olenivka" says
    where someone was)."""
    return (
        verb.tag_ == "VBN"
        and "be" in words
        and not words & {"have", "'ve"}
        and verb.head.lemma_ not in _HEARSAY
    )


# Verbs that report what is said or thought of something, not what is planned for it.
_HEARSAY = {"say", "believe", "report", "think", "know", "fear", "understand", "allege", "presume", "suppose", "assume", "rumour", "rumor"}  # fmt: skip


# Adjectives whose infinitive complement has not happened yet ("was likely to start in the fall").
_FORWARD_ADJ = {"likely", "unlikely", "due", "poised", "ready", "bound", "certain", "sure", "about"}

# Verbs whose infinitive complement reports what already happened.
_BACKWARD = {"appear", "seem", "happen", "claim", "use"}

# Verbs whose infinitive complement happens when they do: its time is as past or future as theirs.
_AT_ONCE = {"fail", "manage", "try", "attempt", "struggle"}


def _own_tense(verb: Token) -> str | None:
    """The tense of a verb's own form and auxiliaries ("failed", "has failed", "will fail", "is
    trying"), and none for a bare gerund ("after failing"), without looking above it."""
    tags = {a.tag_ for a in auxiliaries(verb)}
    if "MD" in tags:
        return FUTURE
    if verb.tag_ == "VBD" or "VBD" in tags or (verb.tag_ == "VBN" and tags & {"VBZ", "VBP"}):
        return PAST
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return PRESENT
    return None


def _inherit(verb: Token) -> str | None:
    head = verb.head
    if head == verb or head.pos_ not in ("VERB", "AUX"):
        return None
    tags = {c.tag_ for c in auxiliaries(head)} | {head.tag_}
    if "MD" in tags:
        return FUTURE
    if "VBD" in tags or head.tag_ == "VBN":
        return PAST
    return None


def _noun_above(doc: Doc, start: int, end: int) -> Token | None:
    """The noun the expression hangs from before it reaches its verb ("the resignation on
    Thursday", "a bombardment on Saturday"): it dates that noun's event, not the verb's clause."""
    tok = expression_root(doc, start, end)
    if tok is None:
        return None
    for _ in range(10):
        if tok.head == tok:
            return None
        tok = tok.head
        if start <= tok.idx < end:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _NOMINAL_ROLES:
            return tok  # a noun the tagger took for a verb ("strikes on Sunday had cut power")
        if tok.pos_ in ("VERB", "AUX") or _misread_verb(tok):
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


# Roles only a noun phrase fills: a "verb" in one of them is a misread noun.
_NOMINAL_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj"}


# Prepositions a verb takes its topic with ("rule on", "vote on", "talk about", "decide over").
_VERB_PREPS = {"on", "about", "over", "upon"}

_PLAIN_FUTURE = {"will", "shall", "'ll", "wo"}


def _is_past(verb: Token) -> bool:
    """Past, or a present perfect ("has urged people not to leave on Sunday"): an act that is over."""
    auxes = {c.lower_ for c in auxiliaries(verb)}
    return (
        verb.tag_ == "VBD"
        or "had" in auxes
        or (verb.tag_ == "VBN" and bool(auxes & {"was", "were", "has", "have", "'ve"}))
    )


def has_future_aux(verb: Token) -> bool:
    """Whether the verb has "will", "shall" or "would" of its own ("would resume", "will hold")."""
    return bool({a.lower_ for a in auxiliaries(verb)} & _FUTURE_AUX)


def saying_of(doc: Doc, start: int, end: int) -> Token | None:
    """The past verb whose complement holds the time at characters [start, end) ("the minister
    said talks would resume on Friday", "'We will hold until Friday,' he said"): the saying or
    knowing the time's clause reports, whose own time, when the text gives one, is the reference
    of a relative time inside it (TimeML). Climbs from the time's verb through the words of its
    clause ("would be ready", "plans to open", "killed in shelling on Sunday") to the complement."""
    tok = governing_verb(doc, start, end)
    for _ in range(SAYING_STEPS):
        if tok is None or tok.head == tok:
            return None
        if tok.dep_ == "ccomp":
            return tok.head if tok.head.pos_ in ("VERB", "AUX") and _is_past(tok.head) else None
        if tok.dep_ not in _CLAUSE_LINKS and not (tok.dep_ == "prep" and tok.pos_ == "ADP"):
            return None  # "given Saturday's strikes": a verb used as a preposition ends the clause
        tok = tok.head
    return None


# The links from a word to the verb of the same reported clause: "would be ready", "plans to
# open", "fell and burned", "fled as the town fell", "killed in shelling", "as a result of".
_CLAUSE_LINKS = {"xcomp", "conj", "advcl", "pcomp", "pobj"}

# How many words up from a time's verb the complement of a saying is looked for, bounded so a
# run-on sentence costs no walk to its root per time.
SAYING_STEPS = 6


def _reported_would(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """ "The minister said talks would resume on Friday": a weekday after a "would" verb under a
    saying the text does not date is a future seen from that saying, which is the news's own
    (about publication), so the day ahead, not the nearer of two (a saying the text dates is read
    from its own time, as `stage._from_sayings` does). A weekday before the verb may be the
    saying's ("said on Monday they would investigate"); a month or a season stays the nearer one
    ("said they would study the sinking in August"), as do "should", "could", "had planned to"."""
    if verb.idx >= start or "would" not in {c.lower_ for c in auxiliaries(verb)}:
        return False
    return _names_weekday(doc_text(doc)[start:end])


def reported_would(doc: Doc, start: int, end: int) -> bool:
    """Whether the time at [start, end) is read ahead of an undated saying (`_reported_would`)."""
    verb = governing_verb(doc, start, end)
    return (
        verb is not None
        and verb_tense(verb) == FUTURE
        and _future_in_past(verb)
        and _reported_would(doc, start, end, verb)
    )


def _dates_the_saying(doc: Doc, start: int, end: int) -> bool:
    """Whether a time the parse hangs in a reported future clause stands right after the past
    saying verb ("said on Wednesday it would send a team", no "that"): it dates the saying, not
    the plan."""
    saying = saying_of(doc, start, end)
    return saying is not None and saying.idx < start and right_after(saying, start)


def right_after(saying: Token, start: int) -> bool:
    """Whether at most a preposition and "late"/"early" stand between the saying verb and the time
    starting at `start` ("said on Friday", "said late on Friday", "said Friday"): the time of the
    saying, wherever the parse hangs it."""
    doc, i = saying.doc, saying.i + 1
    for _ in range(RIGHT_AFTER_WORDS):
        if i >= len(doc) or doc[i].idx >= start:
            break
        if doc[i].lower_ not in _RIGHT_AFTER_WORDS:
            return False
        i += 1
    return i < len(doc) and doc[i].idx == start


# What may stand between a saying verb and a time that dates it; at most this many of them
_RIGHT_AFTER_WORDS = {"late", "early", "earlier", "later", "on", "in", "at"}
RIGHT_AFTER_WORDS = 2


def _names_weekday(text: str) -> bool:
    return any(w in WEEKDAYS for w in re.findall(r"[a-z]+", text.lower()))


def _future_in_past(verb: Token) -> bool:
    """'said the column should reach Zaporizhzhia on Tuesday', 'had planned to evacuate on
    Friday', 'was scheduled to expire Friday': a future seen from a past moment, which may be
    before or after publication ('will' keeps its future: it is seen from now)."""
    if {c.lower_ for c in auxiliaries(verb)} & _PLAIN_FUTURE:
        return False
    head = verb.head
    for _ in range(3):
        if head == verb or head.pos_ in ("VERB", "AUX"):
            return head != verb and _is_past(head)
        verb, head = head, head.head
    return False


def _noun_ahead(doc: Doc, start: int, end: int, noun: Token, verb: Token | None) -> bool:
    """Whether the noun an expression hangs from is still to come: it is the object of a verb
    that looks ahead ("will not reconnect the pipeline on Thursday": the time may be the verb's),
    it is scheduled ("data set for release on Thursday"), or it follows "ahead of" / "before" /
    "pending" ("ahead of a grand reopening on Sunday"). An event noun elsewhere keeps its own
    time ("will remain unchanged despite the resignation on Thursday")."""
    if verb is not None:
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head == verb:
            # "will not reconnect the pipeline on Thursday": the time of the verb; "Talks on Friday
            # were cancelled": an event that was planned, on either side of now
            if verb_tense(verb) == FUTURE or _calls_off(doc, verb):
                return True
        auxes = {c.lower_ for c in auxiliaries(verb)}
        if (
            verb.tag_ == "VBN"
            and verb.lemma_ in _SCHEDULED
            and not auxes & {"has", "have", "had", "was", "were"}
        ):
            return True
    return bool(_AHEAD.search(doc_text(doc), max(0, start - 60), start))  # doc.text rebuilds per access


_SCHEDULED = {"set", "schedule", "plan", "expect", "due"}

# Verbs that call off or put back a planned event: its day was planned, and may be still to come
# (the day it is moved to, after "until", is `stage._POSTPONED`'s). Not "delay", "suspend",
# "adjourn": they also stop what is under way ("The hearing on Monday was adjourned", written on a
# Friday, was held on Monday)
_CALLED_OFF = {"cancel", "scrap", "postpone", "defer"}


def _calls_off(doc: Doc, verb: Token) -> bool:
    """Whether `verb` calls off or puts back what it acts on ("cancelled", "called off", "put off")."""
    if verb.lemma_ in _CALLED_OFF:
        return True
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return verb.lemma_ in ("call", "put") and after is not None and after.lower_ == "off"


_AHEAD = re.compile(
    r"\b(?:ahead\s+of|before|pending)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,4}(?:on\s+)?$",
    re.I,
)


def can_do(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause says what can be done to something ("engineers could rebuild the bridge in 100 days"):
    then "in" + a count is how long it takes, not a point that far ahead ("the deal could
    close in two weeks" stays a point)."""
    verb = governing_verb(doc, start, end)
    if verb is None:
        return False
    auxes = {c.lower_ for c in auxiliaries(verb)}
    done_to = _has_child(verb, "dobj")  # "do it", "finish the road"
    return done_to and (bool(auxes & {"can", "could", "ca"}) or verb.head.lemma_ == "able")


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    opened = _run_in_tense(doc, start, end)
    if opened is not None:
        return opened
    ahead = _future_verb_after(doc, start, end)
    if ahead is not None:
        return ahead
    noun = _noun_above(doc, start, end)
    if noun is not None:
        verb = governing_verb(doc, start, end)
        if (
            verb is not None
            and noun.dep_ == "pobj"
            and noun.head.lower_ in _VERB_PREPS
            and noun.head.head == verb
            and verb_tense(verb) == FUTURE
        ):
            return FUTURE  # "will rule on the appeal on Monday": the parse hangs the day on the noun
        if _noun_ahead(doc, start, end, noun, verb):
            return NEAREST  # a scheduled event: the nearer such day
        if verb is not None and verb_tense(verb) == PAST:
            return None  # "hampered by the introduction of computers in April": a past clause looks back
        return NOUN  # no clause tense: the last such weekday, the nearest month or holiday
    verb = governing_verb(doc, start, end)
    if verb is None:
        return None
    if _past_verb_after(doc, start, end, verb):
        return PAST
    tense = verb_tense(verb)
    if tense == FUTURE and _dates_the_saying(doc, start, end):
        return PAST  # "said on Wednesday it would send a team": the saying's Wednesday, gone by
    if tense == FUTURE and _future_in_past(verb) and not _reported_would(doc, start, end, verb):
        return NEAREST
    if tense == PAST and _target_of(doc, start, end, verb):
        return NEAREST
    return tense


def _after_subject(doc: Doc, span) -> bool:
    """Whether the word before the time, past its own preposition, is a noun or pronoun: the
    time stands between a subject and what follows it ("the minister on Sunday ...")."""
    before = span.start - 1
    if doc[before].pos_ == "ADP" and before > 0:
        before -= 1
    return doc[before].pos_ in ("NOUN", "PROPN", "PRON")


_WILL_NEXT = re.compile(r"\s*(?:(?:will|shall|'ll|’ll|would)\b|wo(?:uld)?(?=n['’]t\b))", re.I)


def _future_verb_after(doc: Doc, start: int, end: int) -> str | None:
    """ "The UN envoy on Friday will brief ...": a time between a subject and the "will" of its
    verb dates that verb, as with a past verb, even when the parse hangs the time on the subject
    noun (FUTURE). Only when that verb is the time's own: a time in the subject's clause ("Talks
    that opened on Monday will draw protests") is that clause's. "would" only in a clause a past
    verb reports ("He said the envoy on Thursday would travel"): a future seen from the saying, a
    weekday ahead and other times the nearer (`_reported_would`), as with "said the envoy would travel on Thursday", negated or not ("said the
    envoy on Thursday would not travel"); "Officials on Friday would not say", reported by no
    verb, looks back."""
    if not _WILL_NEXT.match(doc_text(doc), end):
        return None  # a look at the characters first: most times have no "will" after them
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span.start == 0:
        return None
    tok = doc[span.end]
    if tok.lower_ not in ("will", "shall", "'ll", "wo", "would") or tok.dep_ != "aux":
        return None
    if not _after_subject(doc, span) or governing_verb(doc, start, end) != tok.head:
        return None
    if tok.lower_ != "would":
        return FUTURE
    if tok.head.dep_ != "ccomp" or not _is_past(tok.head.head):
        return None
    return FUTURE if _names_weekday(doc_text(doc)[start:end]) else NEAREST


# How far past a run-in opener's comma its clause's verb is looked for ("On Monday, the
# military's top spokesman said ...")
RUN_IN_WINDOW = 12
# A clause that describes a noun ("troops who are dug in near Avdiivka said ..."): not the clause
# a run-in opener dates
_CLAUSE_OF_NOUN = ("relcl", "acl")


def _run_in_tense(doc: Doc, start: int, end: int) -> str | None:
    """ "Russia steps up attacks in the east On Monday, the military said ...": a headline run
    into a live blog's first line with no full stop. A capitalised "On" after a lower-case word,
    with a comma after the time, opens the first line's clause, so the first verb after the comma
    (past a clause of a noun) dates the time, not the headline's verb the parse hangs it on. A
    title-cased headline ("Talks to Resume On Monday, Diplomats Say") has a capitalised word
    before "On" and is left alone."""
    text = doc_text(doc)
    if text[max(0, start - 3) : start] != "On " or text[end : end + 1] != ",":
        return None  # a look at the characters first: most times are not a run-in opener
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    prep, before = doc[span.start - 1], doc[span.start - 2]
    if prep.text != "On" or not before.is_lower or before.is_punct or prep.is_sent_start:
        return None
    for tok in doc[span.end + 1 : span.end + 1 + RUN_IN_WINDOW]:
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and verb.dep_ not in _CLAUSE_OF_NOUN:
            return verb_tense(verb)
    return None


def _past_verb_after(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """ "Zelenskiy on Tuesday said ...": a time between a subject and the past verb right after it
    dates that verb (the newswire order), even when the parse hangs it on another clause (a
    headline run into a live blog's first line with no full stop between them). Only that order:
    after a verb ("to be held on Sunday prompted fears", "will announce on Thursday increased
    spending") the time is that verb's, inside the subject's own clause ("Talks that will open on
    Monday drew protests") it is that clause's, and a verb with its subject after it ("will visit
    the front on Monday said a spokesman") is the attribution the time's clause ends on."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span.start == 0:
        return False
    tok = doc[span.end]
    if tok == verb or tok.tag_ != "VBD" or tok.pos_ != "VERB":
        return False
    if not _after_subject(doc, span):
        return False
    if tok.left_edge.i <= verb.i <= tok.right_edge.i:
        return False  # the governing verb is in the clause of the verb after: the time is its
    return not any(t.head == tok and t.dep_ in ("nsubj", "nsubjpass") for t in doc[tok.i + 1 : tok.i + 4])


def looks_into(doc: Doc, start: int, end: int) -> bool:
    """ "will investigate the shelling of the market in October": the object of an inquiry or a
    judgment is an act already done, so the time named may be that act's, not the inquiry's."""
    verb = governing_verb(doc, start, end)
    return verb is not None and verb.lemma_ in _INQUIRY and _has_child(verb, "dobj")


def reports_for(doc: Doc, start: int, end: int) -> bool:
    """ "will publish its casualty figures for November" (written in December): what is published
    "for" a period covers it, so the period is the nearest one so named, already begun or just
    ended, not one after the publishing ("will reschedule the vote for November" keeps the future)."""
    prep = preposition_of(doc, start, end)
    if prep is None or prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    head = prep.head  # the verb ("publish ... for November") or what it makes public ("the data for May")
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head
    return verb.lemma_ in _PUBLISH and (head != verb or _has_child(verb, "dobj"))


# Verbs that make information public: their object is an account of a time, not an act at it.
_PUBLISH = {"publish", "release", "report", "disclose"}

# Verbs whose object is an act already done: what is inquired into, judged or answered for.
_INQUIRY = {"investigate", "probe", "examine", "prosecute", "punish", "condemn", "avenge"}


def preposition_of(doc: Doc, start: int, end: int) -> Token | None:
    """The word the expression at [start, end) hangs from, its preposition when it has one ("for" in
    "called for September", "until" in "postponed until March"): what it says of the verb above."""
    root = expression_root(doc, start, end)
    return root.head if root is not None else None


def _target_of(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """ "elections have been called for September", "the talks were set for Monday", "elections
    were due in March": a past act or state whose time is what it looks ahead to, which may fall
    after publication, not when it was done; so is a day a plan is set on ("the vote was scheduled
    on March 31", written in January)."""
    prep = preposition_of(doc, start, end)
    if prep is not None and prep.dep_ == "prep" and prep.head == verb:
        if prep.lower_ == "for" or (prep.lower_ == "on" and verb.tag_ == "VBN" and verb.lemma_ in _SCHEDULED):
            return True
    return be_ahead(verb)


def be_ahead(verb: Token) -> bool:
    """ "were due", "were not yet due", "is likely to have spread": a "be" that says what is to come."""
    ahead = verb.doc[verb.i + 1 : verb.i + 4]
    return verb.lemma_ == "be" and any(
        t.dep_ == "acomp" and t.head == verb and t.lower_ in _FORWARD_ADJ for t in ahead
    )
