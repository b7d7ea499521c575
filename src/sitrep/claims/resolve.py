"""Resolve a speaker mention ("he", "the ministry", "Haidai") to a named mention with its title.

A mention that names someone is its own name, grown to the fullest mention of the same
person in the article ("Haidai" -> "Serhiy Haidai, the geographic administrator of
Luhansk"). Pronouns and descriptions take the nearest compatible antecedent before them:
earlier speakers first (reported speech runs in chains), then named subjects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.claims.sides import sides_in
from sitrep.claims.text import doc_text

PERSON_PRONOUNS = frozenset("he she him her his hers himself herself".split())
GROUP_PRONOUNS = frozenset("it they its their them itself themselves".split())
RELATIVES = frozenset("who which that whom".split())
PERSON_NOUNS = frozenset(
    "governor minister secretary spokesman spokeswoman spokesperson official officer commander president "
    "leader chief general mayor administrator head adviser advisor ambassador envoy analyst commentator "
    "soldier resident witness director chancellor premier senator diplomat lawmaker politician prosecutor "
    "expert researcher man woman father mother priest bishop colonel major captain lieutenant sergeant "
    "deputy aide representative chairman chairwoman lawyer journalist reporter pilot driver".split()
)
GROUP_NOUNS = frozenset(
    "ministry government administration army command staff office military agency forces council "
    "committee service services department kremlin authorities parliament embassy legation mission "
    "company group party alliance union organisation organization police guard navy".split()
)
_NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC")
MAX_DISTANCE = 1200  # characters back to look for an antecedent (a few sentences)


def is_official(text: str) -> bool:
    return any(e.kind == "official" for e in sides_in(text))


def _bare_description(head: Token) -> bool:
    """ "the ministry", "the regional governor" — not "the leader of the military government"."""
    if head.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children
    ):
        return False
    return not any(c.dep_ in ("prep", "relcl", "acl", "appos", "poss") for c in head.children)


@dataclass
class Named:
    """A named mention that can be an antecedent."""

    start: int  # char offsets of the full mention (with title/apposition)
    end: int
    text: str
    kind: str  # person or group
    key: str  # the surname or the entity text, to match later short mentions
    is_speaker: bool = False


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token bounds of a name with its modifiers and apposition, without clauses."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "punct", "case"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("appos", "case") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
        elif child.dep_ in ("compound", "flat"):
            right = max(right, child.i)
    doc = head.doc
    while right > left and doc[right].is_punct:
        right -= 1
    return left, right


def _span_text(doc: Doc, left: int, right: int) -> tuple[int, int, str]:
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    return start, end, doc_text(doc)[start:end]


def named_mentions(doc: Doc) -> list[Named]:
    """Named people and bodies in `doc`, with their full mention, in text order."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _NAMED:
            continue
        head = ent.root
        # A name used as a modifier ("Russia's army", "the Ukrainian forces") is the larger phrase.
        while (
            head.dep_ in ("compound", "poss", "amod")
            and head.head.i != head.i
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            head = head.head
        left, right = _np_bounds(head)
        start, end, text = _span_text(doc, left, right)
        if ent.label_ == "GPE" and not sides_in(ent.text):
            continue  # places are not speakers; states and capitals of the lexicon can be
        lemma = head.lemma_.lower()
        person = lemma not in GROUP_NOUNS and (
            ent.label_ == "PERSON"
            or lemma in PERSON_NOUNS
            or (head.pos_ == "PROPN" and is_official(ent.text))
        )
        key = ent[-1].text if ent.label_ == "PERSON" else ent.text
        out.append(Named(start, end, text, "person" if person else "group", key))
    return out


def _kind_of_description(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in PERSON_NOUNS:
        return "person"
    if lemma in GROUP_NOUNS:
        return "group"
    return None


def resolve_name(
    doc: Doc, head: Token, mention: tuple[int, int], speakers: list[Named], named: list[Named] | None = None
) -> tuple[str | None, str]:
    """(name, kind) for the source mention whose head token is `head`.

    `speakers` are the earlier claims' resolved speakers, nearest last; `named` is
    `named_mentions(doc)`, passed in so an article computes it once.
    """
    if named is None:
        named = named_mentions(doc)
    lower = head.lower_
    if lower in RELATIVES and head.head.dep_ == "relcl":
        head = head.head.head
        lower = head.lower_
        mention = (head.idx, head.idx + len(head.text))
    ents_in = [n for n in named if mention[0] <= n.start < mention[1] or n.start <= mention[0] < n.end]
    if head.pos_ == "PROPN" and lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        # A surname already named in full by an earlier speaker ("Haidai said").
        text = doc_text(doc)[mention[0] : mention[1]]
        for s in reversed(speakers):
            if (
                s.kind == "person"
                and s.start < mention[0]
                and len(s.text) > len(text)
                and re.search(rf"\b{re.escape(head.text)}\b", s.text)
            ):
                return s.text, s.kind
    if ents_in and lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        own = next((n for n in ents_in if n.start <= head.idx < n.end), ents_in[0])
        if head.lemma_.lower() in GROUP_NOUNS:
            return doc_text(doc)[mention[0] : mention[1]], "group"
        if own.kind == "person":
            fuller = [
                n for n in named if n.key == own.key and n.kind == "person" and len(n.text) > len(own.text)
            ]
            first = min(fuller, key=lambda n: n.start) if fuller else own
            text = doc_text(doc)[mention[0] : mention[1]]
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
        own = _named_kind(doc, head, mention, speakers, named)
        if own is not None:
            return own, "group"
    else:
        return None, "unknown"
    want = {"person"} if kind == "person" else ({"group"} if kind == "group" else {"person", "group"})
    before = mention[0]
    window = before - MAX_DISTANCE
    prior_speakers = [s for s in speakers if window <= s.start < before and s.kind in want]
    named = [n for n in named if n.start >= window]
    noun = head.lemma_.lower()
    if kind != "any" and head.pos_ == "NOUN":
        titled = [s for s in prior_speakers if noun in s.text.lower()]
        titled += [n for n in named if n.end <= before and n.kind in want and noun in n.text.lower()]
        if titled:
            best = max(titled, key=lambda n: n.start)
            return best.text, best.kind
    # An unfamiliar description ("the pastorate") is taken for an earlier speaker only.
    # Not a subject of the speaker's own sentence: "Russian missiles hit Odesa, the command said".
    sent_start = head.sent.start_char
    subjects = (
        [
            n
            for n in named
            if n.end <= before and n.kind in want and n.end <= sent_start and _is_subject(doc, n)
        ]
        if kind != "any"
        else []
    )
    candidates = prior_speakers + subjects
    if candidates:
        best = max(candidates, key=lambda n: (n.start, n.is_speaker))
        if not best.is_speaker and best.kind == "person":
            best = _fullest(named, best)
        return best.text, best.kind
    if kind == "group" and any(c.dep_ in ("amod", "compound") for c in head.children):
        return doc_text(doc)[mention[0] : mention[1]], kind  # "the southern military command"
    return None, kind


def _named_kind(
    doc: Doc, head: Token, mention: tuple[int, int], speakers: list[Named], named: list[Named]
) -> str | None:
    """ "the air force", "the border guard service": a body named by its kind, its own name unless
    an earlier mention already holds those words ("the southern military command" ... "the command")."""
    if kind_of := _kind_of_description(head):
        if kind_of == "person":
            return None
    if not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return None
    text = doc_text(doc)[mention[0] : mention[1]]
    words = re.sub(r"^(?:the|this|that)\s+", "", text, flags=re.I).lower()
    earlier = [n.text.lower() for n in [*speakers, *named] if n.start < mention[0]]
    return None if any(words in t for t in earlier) else text


def _fullest(named: list[Named], mention: Named) -> Named:
    same = [n for n in named if n.key == mention.key and n.kind == mention.kind]
    return max(same, key=lambda n: len(n.text), default=mention)


def _is_subject(doc: Doc, n: Named) -> bool:
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ == "by")
