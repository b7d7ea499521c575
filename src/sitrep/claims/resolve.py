"""Resolve a speaker mention ("he", "the ministry", "Haidai") to a named mention with its title.

A mention that names someone is its own name, grown to the fullest mention of the same
person in the article ("Haidai" -> "Serhiy Haidai, the geographic administrator of
Luhansk"). Pronouns and descriptions take the nearest compatible antecedent before them:
earlier speakers first (reported speech runs in chains), then named subjects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.claims.cues import CUE_VERBS
from sitrep.claims.sides import names_a_state, sides_in
from sitrep.claims.text import after_stamp, doc_text, quote_spans
from sitrep.nlp.tree import children, lefts, rights, span_root

PERSON_PRONOUNS = frozenset("he she him her his hers himself herself".split())
GROUP_PRONOUNS = frozenset("it they its their them itself themselves".split())
_PLURAL_PRONOUNS = frozenset("they their them themselves".split())
_SINGULAR_PRONOUNS = frozenset("he she him her his hers himself herself".split())
_GENDER_OF_PRONOUN = {p: "m" for p in ("he", "him", "his", "himself")} | {
    p: "f" for p in ("she", "her", "hers", "herself")
}
# A title that gives a person's gender, right before the name ("Mr. Wray", "Dame Sarah Cole").
_GENDER_TITLES = {
    "Mr": "m",
    "Sir": "m",
    "Lord": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Dame": "f",
    "Lady": "f",
}
_GENDER_TITLE = re.compile(
    r"\b(" + "|".join(_GENDER_TITLES) + r")\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][\w'’-]*)"
)
RELATIVES = frozenset("who which that whom".split())
PERSON_NOUNS = frozenset(
    "governor minister secretary spokesman spokeswoman spokesperson official officer commander president "
    "leader chief general mayor administrator head adviser advisor ambassador envoy analyst commentator "
    "soldier resident witness director chancellor premier senator diplomat lawmaker politician prosecutor "
    "expert researcher man woman father mother priest bishop colonel major captain lieutenant sergeant "
    "deputy aide representative chairman chairwoman lawyer journalist reporter pilot driver".split()
)
# Matched on lemmas: "forces", "authorities" are "force", "authority"; the plurals stay for proper
# names, whose lemma the tagger leaves as written ("the Armed Forces", "the State Emergency Services").
GROUP_NOUNS = frozenset(
    "ministry government administration army command staff office military agency force forces council "
    "committee service services department kremlin authority authorities parliament embassy legation "
    "mission company group party alliance union organisation organization police guard navy".split()
)

# Offices one person holds at a time, none another's synonym: a description by one of them is not a
# person named with another ("the governor" after "Prime Minister X"; "premier" and "secretary" are
# left out, as a prime minister may be "the premier" and a foreign secretary "the minister").
_OFFICE_TITLES = frozenset(
    "governor minister president mayor chancellor ambassador senator prosecutor".split()
)
# A state's own organs, which only a state or the organ itself can have been named as before.
_STATE_ORGANS = frozenset("ministry government embassy parliament army navy police".split())
# Military formations: a body of its own, never a synonym of the staff, ministry or state that spoke
# before ("Ukraine's general staff said …. The regiment said …" is the regiment).
_UNITS = frozenset("regiment brigade battalion division squadron platoon detachment corps unit".split())
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC")
_WORD_RUN = re.compile(r"\w+")
_CREDIT = re.compile(r"(?:Photograph|Photo|Picture)s?:\s*$", re.I)
MAX_DISTANCE = 1200  # characters back to look for an antecedent (a few sentences)
_NEVER = 1 << 62  # a position after any text
_ARTICLE = re.compile(r"^(?:the|a|an|another|this|that)\s+", re.I)
_DESCRIPTION_SCAN = 200  # mentions of a key looked at for a description's fuller form
POST_REACH = 400  # characters from a post to the name of its holder in the next sentence
OWNER_SCAN = 60  # tokens back in its sentence to look for a possessive's owner (bounded work)


def is_official(text: str) -> bool:
    return any(e.kind == "official" for e in sides_in(text))


def _bare_description(head: Token) -> bool:
    """ "the ministry", "the regional governor" — not "the leader of the military government"."""
    if head.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
    ):
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl", "appos", "poss") for c in head.children)


# Posts held in an institution: "a spokesman for the ministry" names its holder by the body, as
# "the head of the mission" does; "a resident of Kyiv" or "a soldier of the unit" is no post.
_POSTS = frozenset(
    "spokesman spokeswoman spokesperson official officer commander chief head director adviser advisor "
    "representative aide deputy ambassador envoy minister secretary prosecutor".split()
)


def _post_complement(head: Token) -> Token | None:
    """The "of"/"for" phrase of a definite post or body named by its kind ("the head of the
    mission", "the spokesman for the ministry"), or of an indefinite post in an institution ("a
    spokeswoman for the prosecutors' office"), which makes the phrase a name of its own."""
    if head.pos_ != "NOUN" or _kind_of_description(head) is None:
        return None
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
    if det in ("the", "this", "that"):
        return prep
    if det in ("a", "an") and prep is not None and head.lemma_.lower() in _POSTS and _institution(prep):
        return prep
    return None


def post_body(doc: Doc, head: Token, mentions: Mentions) -> str | None:
    """The earlier mention a post's body stands for ("Russia's defence ministry" for "the ministry"
    in "a spokesman for the ministry"), so the post can take its side: the nearest mention that
    names the body's noun, never another body or speaker further back (None when there is none)."""
    prep = _post_complement(head)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or _kind_of_description(body) != "group" or not _bare_description(body):
        return None
    own = (body.left_edge.idx, body.idx + len(body.text))
    name, _ = resolve_name(doc, body, own, mentions)
    if name is None or name == doc_text(doc)[own[0] : own[1]] or body.lemma_.lower() not in name.lower():
        return None
    return name


def _institution(prep: Token) -> bool:
    """Whether a preposition's object is a body: a named organisation or state, or a noun of a
    body ("the ministry", "the prosecutors' office")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lemma_.lower() in GROUP_NOUNS or obj.ent_type_ in ("ORG", "GPE"))


@dataclass
class Named:
    """A named mention that can be an antecedent."""

    start: int  # char offsets of the full mention (with title/apposition)
    end: int
    text: str
    kind: str  # person or group
    key: str  # the surname or the entity text, to match later short mentions
    is_speaker: bool = False
    joint: bool = False  # several speakers conjoined: "Zelenskiy and Macron", "X and his advisers"
    relayed: bool = False  # a speaker a report carries: "X reported that the service said"


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token bounds of a name with its modifiers and apposition, without clauses."""
    left = head.i
    for child in lefts(head):
        if child.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "punct", "case"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in rights(head):
        if child.dep_ == "appos":
            right = max(right, _appos_end(child))
        elif child.dep_ == "case" or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
        elif child.dep_ in ("compound", "flat"):
            right = max(right, child.i)
    doc = head.doc
    while right > left and doc[right].is_punct:
        right -= 1
    return left, right


def speech_in_apposition(appos: Token) -> Token | None:
    """A speech act the parse hung on an apposition as a participle ("X, an adviser to Y, called
    Z's statement “absurd” and said …"): a cue verb with a clause, or with an object and what it
    is called (two complements); "a group called Azov" only names the group."""
    return next(
        (
            c
            for c in appos.rights
            if c.dep_ == "acl"
            and c.lemma_.lower() in CUE_VERBS
            and (
                any(g.dep_ == "ccomp" for g in c.children)
                or sum(g.dep_ in ("dobj", "oprd") for g in c.children) >= 2
            )
        ),
        None,
    )


def _appos_end(appos: Token) -> int:
    """The last token of an apposition, before a speech act the parse hung on it."""
    clause = speech_in_apposition(appos)
    return appos.right_edge.i if clause is None else max(appos.i, clause.left_edge.i - 1)


_APPOSED_NAME = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+)*(?:(?:von|van|der|de|al|bin)\s+)*[A-Z][\w’'.-]*)$")


def _name_part(text: str) -> str:
    """ "the head of the European Commission, Ursula von der Leyen": the words a later short
    mention of the person can repeat are the name's, not the office's ("the European Commission")."""
    m = _APPOSED_NAME.search(text)
    return m.group(1) if m else text


_OWNER = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\b")


def _name_words(text: str) -> str:
    """The part of a speaker's name a later short mention can repeat: the name's (`_name_part`),
    without an owner's ("Anna Lindqvist's spokesman" is not the later "Lindqvist")."""
    return _OWNER.sub("", _name_part(text))


def _span_text(doc: Doc, left: int, right: int) -> tuple[int, int, str]:
    start, end = after_stamp(doc_text(doc), (doc[left].idx, doc[right].idx + len(doc[right].text)))
    return start, end, doc_text(doc)[start:end]


def is_joint(head: Token, mention: tuple[int, int]) -> bool:
    """ "Zelenskiy and Macron said", "Ukraine's president, X, and his advisers said": the mention
    names several speakers, a name or someone's people conjoined on its head, or standing after
    "and" where the parse split the phrase into two subjects (not "X, one of the authors, and an
    adjunct professor", nor "the minister of defence and veterans affairs, X")."""
    if any(c.dep_ == "conj" and mention[0] <= c.idx < mention[1] and _another(c) for c in head.children):
        return True
    before = head.left_edge.i - 1
    return (
        before >= 0
        and head.doc[before].dep_ == "cc"
        and mention[0] <= head.doc[before].idx
        and _another(head)
    )


def _another(tok: Token) -> bool:
    """A second speaker beside the first: a name, or someone's people ("his advisers")."""
    return tok.pos_ == "PROPN" or any(
        d.dep_ == "poss" and d.lower_ in ("his", "her", "their") for d in tok.children
    )


def _owned_thing(name: Token) -> bool:
    """A name owning a thing that is neither a person nor a body ("Griner's arrest", "Kyiv's
    desire"): the name is the antecedent, not the phrase, which speaks for no one."""
    return (
        name.dep_ == "poss"
        and name.head.pos_ == "NOUN"
        and name.head.lemma_.lower() not in PERSON_NOUNS | GROUP_NOUNS
        and not any(c.dep_ == "appos" for c in name.head.children)  # "Twitter's chief executive, X"
    )


def _titled_name(head: Token) -> bool:
    """A name with a person's post in apposition ("Oleksiy Danilov, the secretary of …") names a
    person, whatever entity label the parse gave it (the small model often tags such names ORG)."""
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ not in ("GPE", "NORP")
        and any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in children(head))
    )


def place_of_preposition(doc: Doc, left: int, right: int) -> bool:
    """Whether a name's phrase opens with a state or capital right after an "in", "from" or "at"
    the parse left with no object: the tagger ran the place into the name ("while in Kyiv Volodymyr
    Zelenskiy said"; not "a professor from Moscow State University", whose "from" has its object)."""
    prep = doc[left - 1] if 0 < left < right else None
    return (
        prep is not None
        and prep.lower_ in ("in", "from", "at")
        and not any(c.dep_ == "pobj" for c in children(prep))
        and doc[left + 1].pos_ == "PROPN"
        and any(e.kind in ("state", "capital") for e in sides_in(doc[left].text))
    )


def named_mentions(doc: Doc) -> list[Named]:
    """Named people and bodies in `doc`, with their full mention, in text order."""
    out = []
    whole = doc_text(doc)
    persons = [(ent.start, _last_word(ent)) for ent in doc.ents if ent.label_ == "PERSON"]
    for ent in doc.ents:
        if ent.label_ not in _NAMED or _CREDIT.search(whole, max(0, ent.start_char - 16), ent.start_char):
            continue  # "Photograph: Leon Lord/AFP" credits a picture; it says nothing
        head = span_root(ent)
        owned = False  # someone's person or body ("Putin's spokesman"): not the owner, by key
        # A name used as a modifier ("Russia's army", "the Ukrainian forces") is the larger phrase.
        while (
            head.dep_ in ("compound", "poss", "amod")
            and head.head.i != head.i
            and head.head.pos_ in ("NOUN", "PROPN")
            and not _owned_thing(head)
        ):
            owned = owned or head.dep_ == "poss"
            head = head.head
        left, right = _np_bounds(head)
        if place_of_preposition(doc, left, right):
            left += 1  # "while in Kyiv Volodymyr Zelenskiy said": the place is the preposition's
        if _owned_thing(head) and doc[right].dep_ == "case":
            right -= 1  # "Griner's arrest": the name, without the possessive ending
        start, end, text = _span_text(doc, left, right)
        if ent.label_ == "GPE" and not sides_in(ent.text):
            continue  # places are not speakers; states and capitals of the lexicon can be
        lemma = head.lemma_.lower()
        titled = _titled_name(head)
        person = lemma not in GROUP_NOUNS and (
            ent.label_ == "PERSON"
            or lemma in PERSON_NOUNS
            or titled
            or (head.pos_ == "PROPN" and is_official(ent.text))
        )
        key = _last_word(ent).text if ent.label_ == "PERSON" or titled else ent.text
        if ent.label_ != "PERSON" and (named := _person_within(persons, left, right)) is not None:
            key = named.text  # "The French president, Emmanuel Macron": Macron, not any "French" person
        if owned:  # "Putin's spokesman" is not Putin; "Ukraine's president" is any mention of that post
            key = f"{key}’s {head.lemma_.lower()}"
        out.append(Named(start, end, text, "person" if person else "group", key))
        if owned and ent.label_ == "PERSON":
            # "Vladimir Putin's forces" is also a mention of the owner, whom a later "Putin" names in full
            last = _last_word(ent)
            own_end = last.idx + len(last.text)
            out.append(Named(ent.start_char, own_end, whole[ent.start_char : own_end], "person", last.text))
    return out


def _last_word(ent) -> Token:
    """A name's last word, before a possessive ending ("Boris Johnson's")."""
    return ent[-2] if len(ent) > 1 and ent[-1].dep_ == "case" else ent[-1]


def _person_within(persons: list[tuple[int, Token]], left: int, right: int) -> Token | None:
    """The last word of the first person's name (`persons`: by first token, in order) that lies
    within tokens `left`..`right`: found by bisection, so each mention costs log n."""
    k = bisect_left(persons, (left,))
    return persons[k][1] if k < len(persons) and persons[k][1].i <= right else None


def _kind_of_description(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in PERSON_NOUNS:
        return "person"
    if lemma in GROUP_NOUNS or lemma in _UNITS:
        return "group"
    return None


class Mentions:
    """An article's named mentions and the speakers found so far, indexed once per article.

    Each resolution looks only at the mentions near its own (by position) or sharing its word,
    so an article's claims resolve in about n log n, not claims x mentions."""

    def __init__(self, doc: Doc, named: list[Named] | None = None) -> None:
        self.named = named_mentions(doc) if named is None else named
        self.speakers: list[Named] = []
        order = sorted(range(len(self.named)), key=lambda i: (self.named[i].start, i))
        self._order = order
        self._starts = [self.named[i].start for i in order]
        self._longest = max((n.end - n.start for n in self.named), default=0)
        self._subject: dict[int, bool] = {}
        self._reported: dict[int, int] = {}  # by named mention: 0 own, 1 reported, 2 quoted
        self._clause_reported: dict[int, bool] = {}  # by token index: under a clausal complement
        self._quotes = quote_spans(doc_text(doc))
        self._unnamed: dict[int, list[Token]] = {}  # by sentence start: subjects of unnamed people
        self._plural: dict[int, bool] = {}
        # Fuller mentions of a person's key: longest first, with the earliest of each prefix.
        by_key: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        self._by_key_start: dict[str, list[int]] = defaultdict(list)  # person mentions by start
        self._descriptions: dict[tuple[str, str, int], Named | None] = {}
        # Mentions of the same key and kind by start, with the longest of each suffix.
        by_kind: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in order:
            n = self.named[i]
            by_kind[(n.key, n.kind)].append(i)
            if n.kind == "person":
                by_key[n.key].append((len(n.text), n.start, i))
                self._by_key_start[n.key].append(i)
        self._fuller: dict[str, tuple[list[int], list[int]]] = {}
        for key, items in by_key.items():
            items.sort(key=lambda t: -t[0])
            earliest, best = [], None
            for _, st, i in items:
                if best is None or (st, i) < best:
                    best = (st, i)
                earliest.append(best[1])
            self._fuller[key] = ([-t[0] for t in items], earliest)
        self._fullest: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
        for kk, idx in by_kind.items():
            longest: list[int] = [0] * len(idx)
            best_i = None
            for j in range(len(idx) - 1, -1, -1):
                i = idx[j]
                if best_i is None or (-len(self.named[i].text), i) < (-len(self.named[best_i].text), best_i):
                    best_i = i
                longest[j] = best_i
            self._fullest[kk] = ([self.named[i].start for i in idx], longest)
        self._by_start: list[tuple[int, int]] = []  # speakers as (start, order)
        self._by_word: dict[str, tuple[list[int], list[int], list[int]]] = {}  # person speakers
        self._persons: list[int] = []
        self._named_with: dict[str, int] = {}
        self._speakers_with: dict[str, tuple[int, int]] = {}
        # Speakers left unnamed ("the regiment said"), (start, head word): any, and those "it" can be.
        self._unnamed_speakers: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        # The side a post took from its body's antecedent, by the post's name, for a later "he".
        self.body_sides: dict[str, str | None] = {}
        self._genders: dict[str, set[str]] = {}  # by surname: the genders its titles give
        self._posts: list[tuple[int, int, str | None]] = []  # unnamed person speakers: (start, token, side)
        self.held_posts: dict[str, str | None] = {}  # by a person's name: the side of the post they hold

    def add_post(self, head: Token, side: str | None) -> None:
        """A speaker who is a person but no name ("Turkey's foreign minister", "the official"):
        the side of one post, or None for several people or a post with no side; the latest one
        before a name is the post that name may hold (`post_held_by`)."""
        insort(self._posts, (head.idx, head.i, side if head.tag_ in ("NN", "NNP") else None))

    def post_held_by(self, doc: Doc, head: Token) -> str | None:
        """ "…, Turkey's foreign minister warned. Kemal Aydin said …": a news lede names the post
        first and its holder next. The side of the latest post spoken for before the person's first
        mention, when it is in that mention's sentence or the one before (quoted sentences aside),
        within `POST_REACH` characters, and no other person is named or referred to ("her
        remarks") in between."""
        own = next((n for n in self.overlapping(head.idx, head.idx + 1) if n.kind == "person"), None)
        if own is None:
            return None
        first = self.named[self._by_key_start[own.key][0]] if self._by_key_start.get(own.key) else own
        k = bisect_left(self._posts, (first.start,))
        if k == 0:
            return None
        start, post, side = self._posts[k - 1]
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if side is None or span is None or first.start - start > POST_REACH:
            return None
        own_sentence = span.sent.start
        for t in doc[post + 1 : span.start]:
            if t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS:
                return None
            if t.is_sent_start and t.i != own_sentence and not t.is_space and not self.quoted(t.idx):
                return None  # a sentence of narration in between
        return side

    def add_unnamed(self, head: Token, kind: str) -> None:
        """A speaker no name was found for: a later "it" or "they" is that speaker, not a name
        further back ("The regiment said …. It also said …")."""
        item = (head.idx, head.lower_)
        insort(self._unnamed_speakers[0], item)
        if kind != "person" and head.tag_ not in ("NNS", "NNPS") and head.lower_ not in _PLURAL_PRONOUNS:
            insort(self._unnamed_speakers[1], item)

    def unnamed_speaker_between(self, antecedent: Named, before: int, plural: bool) -> bool:
        """Whether a speaker left unnamed, one "it" (or, when `plural`, "they") can be, starts
        between `antecedent` and `before`, and is not the antecedent named again by its word
        ("French police said …. police said …, they said")."""
        unnamed = self._unnamed_speakers[0 if plural else 1]
        k = bisect_left(unnamed, (before,))
        if k == 0 or unnamed[k - 1][0] <= antecedent.start:
            return False
        return unnamed[k - 1][1] not in _WORD_RUN.findall(antecedent.text.lower())

    def add_speaker(self, speaker: Named) -> None:
        seq = len(self.speakers)
        self.speakers.append(speaker)
        insort(self._by_start, (speaker.start, seq))
        if speaker.kind != "person":
            return
        self._persons.append(seq)
        size = len(speaker.text)
        for word in set(_WORD_RUN.findall(_name_words(speaker.text))):
            # Per word: the speakers in order, each with the nearest earlier one of a longer name.
            seqs, prev, stack = self._by_word.setdefault(word, ([], [], []))
            while stack and len(self.speakers[seqs[stack[-1]]].text) <= size:
                stack.pop()
            prev.append(stack[-1] if stack else -1)
            stack.append(len(seqs))
            seqs.append(seq)

    def longer_speaker(self, word: str, size: int, before: int, joint: bool = False) -> str | None:
        """The last person speaker before `before` whose name is longer than `size` and holds
        `word` as a whole word; a joint speaker ("X and his advisers") only for a joint mention."""
        if not _WORD_RUN.fullmatch(word):
            pattern = re.compile(rf"\b{re.escape(word)}\b")
            for seq in reversed(self._persons):
                s = self.speakers[seq]
                if (
                    s.start < before
                    and len(s.text) > size
                    and s.joint <= joint
                    and pattern.search(_name_words(s.text))
                ):
                    return s.text
            return None
        seqs, prev, _ = self._by_word.get(word, ([], [], []))
        j = len(seqs) - 1
        while j >= 0:
            s = self.speakers[seqs[j]]
            if len(s.text) <= size:
                j = prev[j]  # every speaker between is no longer than this one
            elif s.start < before and s.joint <= joint:
                return s.text
            else:
                j -= 1
        return None

    def overlapping(self, start: int, end: int) -> list[Named]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, max(end, start + 1))
        return [
            self.named[i]
            for i in sorted(self._order[lo:hi])
            if start <= self.named[i].start < end or self.named[i].start <= start < self.named[i].end
        ]

    def named_between(self, start: int, end: int) -> list[Named]:
        """Named mentions starting in [start, end), in text order of their entities."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self.named[i] for i in sorted(self._order[lo:hi])]

    def speakers_between(self, start: int, end: int) -> list[Named]:
        lo, hi = bisect_left(self._by_start, (start, -1)), bisect_left(self._by_start, (end, -1))
        return [self.speakers[seq] for seq in sorted(seq for _, seq in self._by_start[lo:hi])]

    def fuller_description(self, own: Named) -> Named | None:
        """The first longer mention of `own`'s key, not after it, that holds `own`'s words (without
        its article), among the key's first `_DESCRIPTION_SCAN` mentions: bounded work per call."""
        words = _ARTICLE.sub("", own.text).lower()
        cache_key = (own.key, words, own.start)
        if cache_key not in self._descriptions:
            found = None
            for i in self._by_key_start.get(own.key, [])[:_DESCRIPTION_SCAN]:
                n = self.named[i]
                if n.start > own.start:
                    break  # a later, longer description may be someone else ("senior UN officials")
                if len(n.text) > len(own.text) and words in n.text.lower():
                    found = n
                    break
            self._descriptions[cache_key] = found
        return self._descriptions[cache_key]

    def fuller(self, own: Named) -> Named | None:
        """The first mention of `own`'s person with a longer text."""
        neg_sizes, earliest = self._fuller.get(own.key, ([], []))
        count = bisect_left(neg_sizes, -len(own.text))
        return self.named[earliest[count - 1]] if count else None

    def fullest(self, mention: Named, since: int) -> Named:
        """The longest mention of the same key and kind starting at `since` or later."""
        starts, longest = self._fullest.get((mention.key, mention.kind), ([], []))
        j = bisect_left(starts, since)
        return self.named[longest[j]] if j < len(starts) else mention

    def gender(self, n: Named) -> str | None:
        """ "m" or "f" when the article titles the person `n` names as one ("Mr. Wray", "Ms. Andersson",
        "Sir Stephen Lovegrove") in any of the first mentions of their surname, None when it never
        does or titles them as both."""
        keys = {o.key for o in self.overlapping(n.start, n.start + 1) if o.kind == "person"}
        if n.kind != "person" or not keys:
            return None
        found = set()
        for key in keys:
            if key not in self._genders:
                texts = [self.named[i].text for i in self._by_key_start.get(key, [])[:_DESCRIPTION_SCAN]]
                self._genders[key] = {
                    _GENDER_TITLES[title]
                    for t in texts
                    for title, name in _GENDER_TITLE.findall(t)
                    if name == key
                }
            found |= self._genders[key]
        return found.pop() if len(found) == 1 else None

    def is_plural(self, doc: Doc, n: Named) -> bool:
        if id(n) not in self._plural:
            span = doc.char_span(n.start, n.end, alignment_mode="expand")
            self._plural[id(n)] = span is not None and span_root(span).tag_ in ("NNS", "NNPS")
        return self._plural[id(n)]

    def is_subject(self, doc: Doc, n: Named) -> bool:
        if id(n) not in self._subject:
            self._subject[id(n)] = _is_subject(doc, n)
        return self._subject[id(n)]

    def reported(self, doc: Doc, n: Named) -> int:
        """0 when `n` speaks in the narration, 1 when it stands in a clause that is another verb's
        complement of a cue verb ("Ukraine said Russian forces shelled X"), 2 inside quotation marks."""
        if id(n) not in self._reported:
            if self.quoted(n.start):
                self._reported[id(n)] = 2
            else:
                span = doc.char_span(n.start, n.end, alignment_mode="expand")
                self._reported[id(n)] = int(span is not None and self._under_complement(span_root(span)))
        return self._reported[id(n)]

    def quoted(self, pos: int) -> bool:
        """Whether the character at `pos` is inside a quotation."""
        i = bisect_left(self._quotes, (pos + 1,)) - 1
        return i >= 0 and pos < self._quotes[i][1]

    def unnamed_people_after(self, doc: Doc, head: Token, since: int) -> bool:
        """Whether the sentence of `head`, or the one before, has a subject of unnamed people or
        an unnamed official ("the diplomats", "a western official") between `since` and `head`
        that speaks for itself: a later "they" is theirs, not a name's further back."""
        sent = head.sent
        found = self._unnamed_subjects(sent)
        if sent.start > 0:
            found = self._unnamed_subjects(doc[sent.start - 1].sent) + found
        return any(since <= tok.idx < head.idx for tok in found)

    def _unnamed_subjects(self, sent) -> list[Token]:
        if sent.start not in self._unnamed:
            self._unnamed[sent.start] = [
                tok
                for tok in sent
                if tok.dep_ in ("nsubj", "nsubjpass")
                and tok.pos_ == "NOUN"
                and (tok.tag_ == "NNS" or tok.lemma_.lower() in PERSON_NOUNS)
                and not self._under_complement(tok)
                and not self.quoted(tok.idx)
                and not self.overlapping(tok.idx, tok.idx + 1)
            ]
        return self._unnamed[sent.start]

    def _under_complement(self, tok: Token) -> bool:
        """Whether a cue verb's clausal complement lies on the way from `tok` to its root; each
        token's answer is kept, so a document's walks are linear in its tokens."""
        path = []
        found = False
        while tok.i not in self._clause_reported:
            path.append(tok.i)
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CUE_VERBS:
                found = True
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        else:
            found = self._clause_reported[tok.i]
        for i in path:
            self._clause_reported[i] = found
        return found

    def mentioned_before(self, words: str, before: int) -> bool:
        """Whether a speaker or named mention starting before `before` holds `words`."""
        if words not in self._named_with:
            starts = [n.start for n in self.named if words in n.text.lower()]
            self._named_with[words] = min(starts, default=_NEVER)
        if self._named_with[words] < before:
            return True
        seen, first = self._speakers_with.get(words, (0, _NEVER))
        for s in self.speakers[seen:]:
            if words in s.text.lower():
                first = min(first, s.start)
        self._speakers_with[words] = (len(self.speakers), first)
        return first < before


def resolve_name(
    doc: Doc, head: Token, mention: tuple[int, int], mentions: Mentions | None = None
) -> tuple[str | None, str]:
    """(name, kind) for the source mention whose head token is `head`.

    `mentions` holds the article's named mentions and the earlier claims' resolved speakers
    (the caller adds each speaker with `Mentions.add_speaker`), built once per article.
    """
    if mentions is None:
        mentions = Mentions(doc)
    lower = head.lower_
    if lower in RELATIVES and head.head.dep_ == "relcl":
        head, mention = _relative_antecedent(head)
        lower = head.lower_
    ents_in = mentions.overlapping(*mention)
    if head.pos_ == "PROPN" and lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        # A surname already named in full by an earlier speaker ("Haidai said").
        size = mention[1] - mention[0]
        longer = mentions.longer_speaker(head.text, size, mention[0], is_joint(head, mention))
        if longer is not None:
            return longer, "person"
    if ents_in and lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        own = next((n for n in ents_in if n.start <= head.idx < n.end), ents_in[0])
        if (thing := _owned(doc, own, mention)) is not None:
            # "Zelenskiy's team", "Check Point's report": the thing owned speaks, as its own kind
            return doc_text(doc)[mention[0] : mention[1]], _kind_of_description(thing) or "group"
        if head.lemma_.lower() in GROUP_NOUNS:
            return doc_text(doc)[mention[0] : mention[1]], "group"
        if own.kind != "person" and _names_its_person(doc, head, mention, ents_in):
            # "The head of the European Commission, Ursula von der Leyen,": a person, whom a later
            # "she" can be, not the body the office belongs to
            return doc_text(doc)[mention[0] : mention[1]], "person"
        if own.kind == "person":
            text = doc_text(doc)[mention[0] : mention[1]]
            if _holds_name(doc, head, own):
                first = mentions.fuller(own) or own
            else:
                # A description by nationality or body grows only to a mention that repeats it
                # ("the Turkish president, Recep Tayyip Erdoğan"): "another Ukrainian officer"
                # is not "2,000 Ukrainian soldiers".
                first = mentions.fuller_description(own) or own
            return (first.text if len(first.text) > len(text) else text), "person"
        return doc_text(doc)[mention[0] : mention[1]], own.kind
    if head.pos_ == "PROPN":
        return doc_text(doc)[mention[0] : mention[1]], "group"
    if lower in PERSON_PRONOUNS:
        kind = "person"
    elif lower in GROUP_PRONOUNS:
        kind = "group"
    elif _bare_description(head):
        kind = _kind_of_description(head) or "any"
        own = _named_kind(doc, head, mention, mentions)
        if own is not None:
            return own, "group"
    elif complement := _post_complement(head):
        # "the head of the mission", "a spokeswoman for the mission": the post with its body
        end = mention[1]
        if end <= head.idx + len(head.text):  # a mention cut at its head ("the head") grows
            end = complement.right_edge.idx + len(complement.right_edge.text)
        return doc_text(doc)[mention[0] : end], _kind_of_description(head) or "group"
    else:
        return None, "unknown"
    want = {"person"} if kind == "person" else ({"group"} if kind == "group" else {"person", "group"})
    if lower in _PLURAL_PRONOUNS:
        want = {"person", "group"}  # "they" for a body, or for people: "Ukrainian officials"
    before = mention[0]
    window = before - MAX_DISTANCE
    prior_speakers = [s for s in mentions.speakers_between(window, before) if s.kind in want]
    near = mentions.named_between(window, before)
    noun = head.lemma_.lower()
    if head.pos_ == "NOUN":
        # "The petition, addressed to …" said … "The petition" said: a speaker whose words hold the noun
        titled = [s for s in prior_speakers if noun in s.text.lower()]
        if kind == "any":
            titled = [s for s in titled if s.kind == "group" and noun in _WORD_RUN.findall(s.text.lower())]
        else:
            titled += [n for n in near if n.end <= before and n.kind in want and noun in n.text.lower()]
        if titled := _first_tier(doc, titled, mentions):
            # the nearest, and of mentions ending there the fullest ("X, the governor of Y")
            best = max(titled, key=lambda n: (n.end, len(n.text)))
            return best.text, best.kind
    if noun in _UNITS and head.pos_ == "NOUN":
        return doc_text(doc)[mention[0] : mention[1]], "group"  # no earlier mention of the unit: its own name
    # An unfamiliar description ("the pastorate") is taken for an earlier speaker only.
    # Not a subject of the speaker's own sentence: "Russian missiles hit Odesa, the command said".
    sent_start = head.sent.start_char
    # "Russia has closed its airspace, its transport ministry said": a possessive may take its own
    # sentence's subject; a speaking pronoun reports on it instead ("… hit Odesa, it said" is not Odesa)
    own_bound = before if head.dep_ == "poss" else sent_start
    subjects = (
        [
            n
            for n in near
            if n.end <= before and n.kind in want and n.end <= own_bound and mentions.is_subject(doc, n)
        ]
        if kind != "any"
        else []
    )
    candidates = prior_speakers + subjects
    if head.pos_ == "NOUN":
        # "X reported that the service said …. The newspaper said": the report speaks, not what it carried
        candidates = [n for n in candidates if not n.relayed]
    if lower in _PLURAL_PRONOUNS:
        candidates = [n for n in candidates if n.kind == "group" or n.joint or mentions.is_plural(doc, n)]
    elif kind != "person" and head.tag_ == "NNS":
        # "the occupiers", "the men": several, so not one body or person named before; "the
        # authorities" are not the one ministry or agency that spoke before them
        candidates = [n for n in candidates if n.joint or mentions.is_plural(doc, n)]
    if head.pos_ == "NOUN" and noun in _STATE_ORGANS:
        # "Reuters could not confirm the reports. … The interior ministry said": a state's organ
        # stands for itself or for its state (a speaker, or a subject of its own paragraph or the
        # one before), never a news agency, another organ, a town, or a state only named further
        # back ("Moscow was open to talks. … In Georgia, …")
        whole = doc_text(doc)
        candidates = [
            n
            for n in candidates
            if noun in n.text.lower()
            or (names_a_state(n.text) and (n.is_speaker or whole.count("\n\n", n.end, before) <= 1))
        ]
    if head.pos_ == "NOUN" and noun in _OFFICE_TITLES:
        # "the regional governor" is not the one the text called prime minister: another office
        other = _OFFICE_TITLES - {noun}
        candidates = [
            n
            for n in candidates
            if not other & set(_WORD_RUN.findall((mentions.fuller(n) or n).text.lower()))
        ]
    if head.tag_ == "NN" or lower in _SINGULAR_PRONOUNS:
        # "the deputy commander", "he": one person, not "up to 2,000 Ukrainian soldiers" nor "X and Y"
        # (a report may be the joint work of two institutes)
        candidates = [
            n for n in candidates if not (n.joint and kind == "person") and not mentions.is_plural(doc, n)
        ]
    if lower in _GENDER_OF_PRONOUN:
        # "Ms. Keller said …. Mr. Orlov rejected …. She said": not the man
        gender = _GENDER_OF_PRONOUN[lower]
        candidates = [n for n in candidates if mentions.gender(n) in (None, gender)]
        titled = _latest_titled(doc, head, near, before, gender, mentions)
        if titled is not None and not any(mentions.gender(n) for n in candidates):
            latest = max(candidates, key=lambda n: n.start, default=None)
            if latest is None or _sentence_end(doc, latest) <= titled.start:
                candidates = [titled]  # no candidate of the gender, and none in a sentence after hers
    if candidates := _first_tier(doc, candidates, mentions):
        best = max(candidates, key=lambda n: (n.start, n.is_speaker))
        if lower in _PLURAL_PRONOUNS and mentions.unnamed_people_after(doc, head, best.end):
            return None, kind  # "The diplomats would not say. But they said …": no one named
        if lower in GROUP_PRONOUNS and mentions.unnamed_speaker_between(
            best, before, lower in _PLURAL_PRONOUNS
        ):
            return None, kind  # "The regiment said …. It also said …": the unnamed speaker again
        if not best.is_speaker and best.kind == "person":
            best = mentions.fullest(best, window)
        return best.text, best.kind
    if kind == "group" and any(c.dep_ in ("amod", "compound") for c in head.children):
        return doc_text(doc)[mention[0] : mention[1]], kind  # "the southern military command"
    return None, kind


def _latest_titled(
    doc: Doc, pronoun: Token, near: list[Named], before: int, gender: str, mentions: Mentions
) -> Named | None:
    """The latest person before `before` whom the article titles with the pronoun's gender ("Russia
    has held Ms. Griner …. She has pleaded guilty"), in whatever role the parse gave the mention
    (an object, an owner, a mis-attached apposition): the one woman (or man) of the passage. Not a
    phrase the name only modifies ("the Putin regime"), nor one person of several, nor a name in the
    pronoun's own sentence unless the pronoun's clause lies inside that name's clause ("Mr. X
    lamented the sanctions that he said …", not "Mr. X has made it clear …, he said")."""
    for n in reversed(near):
        if n.end > before or n.kind != "person" or mentions.gender(n) != gender:
            continue
        span = doc.char_span(n.start, n.end, alignment_mode="expand")
        if span is None or span_root(span).ent_type_ != "PERSON":
            continue
        if mentions.is_plural(doc, n):
            return None
        verb = span_root(span).head
        if span.sent.start == pronoun.sent.start and not verb.left_edge.i <= pronoun.i <= verb.right_edge.i:
            return None
        return n
    return None


def _sentence_end(doc: Doc, n: Named) -> int:
    """Where the sentence of mention `n` ends (characters)."""
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    return n.end if span is None else span.sent.end_char


def _relative_antecedent(rel: Token) -> tuple[Token, tuple[int, int]]:
    """The noun a relative pronoun speaks for, with its phrase up to the clause ("Russia's defence
    ministry, which said"). A "who" hung on a place in a phrase's "in" is the phrase's people
    ("officials in Kyiv, who said" are the officials, not Kyiv)."""
    noun = rel.head.head
    right = None
    if (
        rel.lower_ == "who"
        and noun.ent_type_ in ("GPE", "LOC", "FAC")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "from", "at")
        and noun.head.head.pos_ in ("NOUN", "PROPN")
    ):
        right = noun.i
        noun = noun.head.head
    elif rel.lower_ == "who" and not noun.ent_type_ and noun.lemma_.lower() not in PERSON_NOUNS | GROUP_NOUNS:
        # "the backing of leading Greens, who argue", "the accession of Finland and Sweden, who have
        # sought": an act has no "who"; its "of" phrase names the people
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        noun = people if people is not None else noun
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.left_edge.i == noun.head.i + 2:
        # "Energoatom, Ukraine's state nuclear company, which said": the clause hangs on the
        # description, but speaks for the name right before it (only there: a parse hangs far
        # appositions on any noun of the sentence)
        noun = noun.head
    left, end = _np_bounds(noun)
    # "Finland and Sweden, who", "Poland, Lithuania and Latvia, which": all of them (a clause hung
    # on the last of them is that one's), whether the parse chains the conjuncts or hangs all on the first
    conj = noun
    while conjs := [c for c in conj.children if c.dep_ == "conj" and c.i < rel.i]:
        conj = conjs[-1]
        end = max(end, conj.i)
    end = max(end, right or end)
    doc = noun.doc
    return noun, (doc[left].idx, doc[end].idx + len(doc[end].text))


def owner_name(doc: Doc, owner: Token, mentions: Mentions) -> str | None:
    """The name a possessive pronoun ("its", "his") stands for. In its own sentence, the nearest
    subject before it that is no pronoun: its name when it is a named mention ("Erdoğan will visit
    Sochi, his office said"), none when it is unnamed ("a missile hit a hotel, according to its
    mayor" is no one's that we know); with no such subject, the pronoun's antecedent."""
    lower = owner.lower_
    want = {"person"} if lower in PERSON_PRONOUNS else ({"group"} if lower == "its" else {"person", "group"})
    # "Kyiv said Moscow's forces shelled it, and its ministry said": "its", "his", "her" stand for no plural
    singular = lower != "their"
    first = max(owner.sent.start, owner.i - OWNER_SCAN)
    subject = next(
        (
            t
            for t in reversed(doc[first : owner.i])
            if t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ in ("NOUN", "PROPN")
            and not (singular and t.tag_ in ("NNS", "NNPS"))
        ),
        None,
    )
    if subject is None:
        return resolve_name(doc, owner, (owner.idx, owner.idx + len(owner.text)), mentions)[0]
    named = [n for n in mentions.overlapping(subject.idx, subject.idx + len(subject.text)) if n.kind in want]
    if not named:
        return None
    best = named[0]
    return (mentions.fullest(best, best.start - MAX_DISTANCE) if best.kind == "person" else best).text


def _first_tier(doc: Doc, candidates: list[Named], mentions: Mentions) -> list[Named]:
    """The antecedents speaking for themselves, else those named in a clause another speaker
    reports; never a name inside a quotation ("Ukraine said Russian forces shelled X. They also
    said …" is Ukraine again; "“Russia lies,” the navy said. It added …" is the navy)."""
    tiers: tuple[list[Named], list[Named]] = ([], [])
    for n in candidates:
        tier = 0 if n.is_speaker else mentions.reported(doc, n)
        if tier < 2:
            tiers[tier].append(n)
    return tiers[0] or tiers[1]


def _names_its_person(doc: Doc, head: Token, mention: tuple[int, int], ents_in: list[Named]) -> bool:
    """An office held by one person ("the head of …") whose mention goes on, after a comma, to a
    person's name."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in PERSON_NOUNS:
        return False
    comma = doc_text(doc).find(",", head.idx, mention[1])
    return comma >= 0 and any(n.kind == "person" and comma < n.start < mention[1] for n in ents_in)


def _owned(doc: Doc, own: Named, mention: tuple[int, int]) -> Token | None:
    """The word of the mention that `own` only owns ("team" in "Zelenskiy's team of ministers",
    whichever word the speaker's head is), else None."""
    span = doc.char_span(own.start, own.end, alignment_mode="expand")
    if span is None or span_root(span).dep_ != "poss":
        return None
    thing = span_root(span).head
    return thing if mention[0] <= thing.idx < mention[1] and not own.start <= thing.idx < own.end else None


def _holds_name(doc: Doc, head: Token, own: Named) -> bool:
    """Whether a mention names its person (so a fuller mention of the name is the same person),
    not only describes one by a nationality or body ("another Ukrainian officer")."""
    if head.pos_ == "PROPN":
        return True
    span = doc.char_span(own.start, own.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _named_kind(doc: Doc, head: Token, mention: tuple[int, int], mentions: Mentions) -> str | None:
    """ "the air force", "the border guard service": a body named by its kind, its own name unless
    an earlier mention already holds those words ("the southern military command" ... "the command")."""
    if kind_of := _kind_of_description(head):
        if kind_of == "person":
            return None
    if not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return None
    text = doc_text(doc)[mention[0] : mention[1]]
    words = re.sub(r"^(?:the|this|that)\s+", "", text, flags=re.I).lower()
    return None if mentions.mentioned_before(words, mention[0]) else text


def _is_subject(doc: Doc, n: Named) -> bool:
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None:
        return False
    root = span_root(span)
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    # the agent of a passive verb ("was accused by X"), not of a participle describing a noun
    # ("Enerhodar, a key area seized by Russia"): X acts only in the description
    by = root.head
    return root.dep_ == "pobj" and by.lower_ == "by" and by.head.dep_ != "acl"
