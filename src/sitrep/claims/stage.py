"""Stage `claims`: who said what, how the reporter framed it, and whether it was checked.

    attributions (parse rules) -> speakers resolved and given a side -> status in the article

Each claim keeps its cue (lemma, span as written, strength) and, when the times stage has
run, the date it was made: a time expression in the attribution ("claimed on Tuesday"), else
the date of its sentence, paragraph or the publication, never a time inside its content.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.claims.attribute import _QUOTE_CHARS, _SENTENCE_ADVERBS, Attribution, find_attributions
from sitrep.claims.cues import CONFIRM, cue_strength
from sitrep.claims.resolve import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    OWNER_SCAN,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    Mentions,
    Named,
    is_joint,
    owner_name,
    post_body,
    resolve_name,
)
from sitrep.claims.sides import before_describing, load_lexicon, side_of, sides_in
from sitrep.claims.status import (
    ANAPHORIC_DENIAL,
    HAPPENINGS,
    PLURAL_OBJECT,
    PLURAL_SUBJECT,
    answers,
    content_words,
    is_denial,
    place_words,
    unverified_markers,
)
from sitrep.claims.text import doc_text
from sitrep.dates import Dater
from sitrep.record import Claim, Place, Record, Span, Speaker

# A local office of a place ("the governor of Kherson province", "the Kharkiv regional
# administration") speaks for the place's country, unless it is an occupation's ("Russian-installed").
_LOCAL_OFFICE = re.compile(
    r"\b(?:governor|mayor|head|chief|administrator|administration|council|police)\b", re.I
)
_OCCUPATION = re.compile(r"\b(?:installed|occupation|occupying|proxy|separatist|self-proclaimed)\b", re.I)


_WORD = re.compile(r"\w+")
Offices = dict[str, dict[str, set[str]]]  # a place name's first word -> place name -> countries


def _office_places(places: list[Place]) -> Offices:
    """The article's place names by first word, built once: a speaker is matched against the
    places it can hold, not every place of the article (thousands in a hostile list)."""
    index: Offices = defaultdict(dict)
    for p in places:
        if p.country:
            first = _WORD.match(p.text)
            index[first.group() if first else ""].setdefault(p.text, set()).add(p.country)
    return index


class PlacesAt:
    """The article's places below a country by where they start, for the places a claim's own words
    name: a country named is mostly a party ("Russia is keeping 170 people captive", "links with
    Russia"), and a metonym no place ("the Kremlin said")."""

    def __init__(self, places: list[Place]):
        kept = sorted(
            (p.start, p.country) for p in places if p.country and not p.metonym and p.feature != "country"
        )
        self.starts = [a for a, _ in kept]
        self.countries = [c for _, c in kept]

    def country_in(self, spans: list[tuple[int, int]]) -> str | None:
        """The one country of the places in `spans` (the first few of each), None if none or several."""
        found: set[str] = set()
        for a, b in spans:
            k = bisect_left(self.starts, a)
            for i in range(k, min(k + _PLACES_LOOKED, len(self.starts))):
                if self.starts[i] >= b:
                    break
                found.add(self.countries[i])
        return found.pop() if len(found) == 1 else None


_PLACES_LOOKED = 20  # places read per span: a claim over a long list of places stays cheap
# A governor or mayor named without the place they govern ("Governor Vyacheslav Gladkov", "the
# regional governor"); a bank's governor governs no place.
_PLACELESS_OFFICE = re.compile(r"\b(?:governor|mayor)\b", re.I)
_BANK = re.compile(r"\bbank\b", re.I)


def _side_of_scene(doc: Doc, att: Attribution, name: str, places: PlacesAt) -> str | None:
    """ "In the Belgorod region of Russia, Governor Vyacheslav Gladkov said …", "Missiles struck
    Zaporizhzhia, according to the regional governor": a governor or mayor whose mention names no
    place speaks for the country of the places the claim names (its content, and an "in" phrase
    before the speaker), when they are all of one country."""
    if not _PLACELESS_OFFICE.search(name) or _BANK.search(name) or _OCCUPATION.search(name):
        return None
    spans = list(att.content)
    if att.cue_token is not None and att.source_token is not None:
        for c in doc[att.cue_token].children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i < att.source_token:
                right = c.right_edge
                spans.append((c.idx, right.idx + len(right.text)))
    return places.country_in(sorted(spans))


def _side_of_office(name: str, places: Offices) -> str | None:
    if not _LOCAL_OFFICE.search(name) or _OCCUPATION.search(name):
        return None
    found: set[str] = set()
    for first in {w.group() for w in _WORD.finditer(name)} | {""}:
        for place, countries in places.get(first, {}).items():
            if re.search(rf"\b{re.escape(place)}\b", name):
                found |= countries
    return found.pop() if len(found) == 1 else None


_POSSESSIVE = re.compile(r"['’]s?$")  # "Russia's claim": the speaker is Russia
# "Oleksii Reznikov (@oleksiireznikov)", "… (@SecBlinken) July 23, 2022": the handle and its date are no name
_HANDLE = re.compile(r"\s*\(@\w+\)(?:\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4})?$")
_QUOTE_LEFT = re.compile(r"^[“”\"‘’']+\s*")  # a closing quotation mark the named mention began with
# A weekday right after a name ("Viktor Orban Saturday"); after a lower-case word it is the phrase's
# own ("the Mail on Sunday", "a statement on Sunday")
_DAY_AFTER = re.compile(r"\b([A-Z]\S*)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_AGE = re.compile(r",\s+\d{1,3}(?=,|$)")  # a person's age after the name: no part of it
_HELD_NOUN = re.compile(r"(?<=['’]s)\s+[^'’]+$")  # "Putin's assertion" -> "Putin's"
# A post's signature the named mention ran over: "— X (@x) May 8, 2022 Mykhaylo Podolyak".
_SIGNED_BEFORE = re.compile(
    r"^(?:.*\(@\w+\)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}\s+(?=\S)"
)


def after_signature(name: str, mention: str) -> str:
    """The speaker's resolved name without an embedded post's signature (or its date) that the
    named mention ran over, unless the speaker's own mention starts with it."""
    return name if _SIGNED_BEFORE.match(mention) else _SIGNED_BEFORE.sub("", name)


def _without_sentence_adverb(name: str, mention: str) -> str:
    """The name without a sentence's opening adverb the named mention ran over ("Meanwhile Pavel
    Zorin"), unless the speaker's own mention starts with it."""
    first, _, rest = name.partition(" ")
    if first in _SENTENCE_ADVERBS and rest[:1].isupper() and not mention.startswith(first):
        return rest
    return name


def _speaker(
    doc: Doc, att: Attribution, mentions: Mentions, places: Offices | None = None, at: PlacesAt | None = None
) -> Speaker | None:
    if att.source is None or att.source_token is None:
        return None
    a, b = att.source
    text = doc_text(doc)[a:b]
    if "name" in att.extra:  # an embedded post's author, as signed: a person if named as one
        name = att.extra["name"]
        kind = "person" if doc[att.source_token].ent_type_ == "PERSON" else "group"
    else:
        name, kind = resolve_name(doc, doc[att.source_token], (a, b), mentions)
    name = _QUOTE_LEFT.sub("", _HANDLE.sub("", name).strip(" ,;:")) if name else None
    if name and doc[att.source_token].dep_ == "poss" and name.startswith(_POSSESSIVE.sub("", text)):
        # "Putin's assertion that ...": the mention's own name runs over the noun it holds
        name = _HELD_NOUN.sub("", name)
    name = after_signature(name, text) if name else name
    name = _without_sentence_adverb(name, text) if name else name
    # a named mention that ran over the day of the news is no name ("Orban said" after "Hungary's
    # prime minister Viktor Orban Saturday warned"; "Poland's president Andrzej Duda Tuesday said")
    name = _DAY_AFTER.sub(r"\1", name) if name else name
    if name and (doc[att.source_token].dep_ == "poss" or not _POSSESSIVE.search(text)):
        # "Russia's claim": the speaker is Russia; "McDonald's said" names McDonald's
        name = _POSSESSIVE.sub("", name)
    name = before_describing(name) if name else None  # the name with its title, not a clause on it
    name = _AGE.sub("", name.strip()) if name else None  # "Olena Kravets, 34," is Olena Kravets
    own = side_of(text)  # the side the speaker's own words give
    side = side_of(name, text) if name else own
    if (
        side is not None
        and own == side
        and not _every_part_sides(doc, doc[att.source_token], (a, b), side, mentions)
    ):
        side = None  # the speaker's own words give the side to one of the speakers they join
    if side is None and name:
        side = _side_of_body(doc, doc[att.source_token], name, mentions)
    if side is None:
        side = _side_of_owner(doc, doc[att.source_token], mentions)
    if side is None and places:
        side = _side_of_office(name or text, places)
    if side is None and at is not None:
        side = _side_of_scene(doc, att, text, at)
        if side is not None and name and kind == "person":
            mentions.held_posts.setdefault(name, side)  # "Fedorov said …" later holds the same office
    side = _post_and_holder(doc, doc[att.source_token], text, name, kind, side, mentions)
    if name is None and "name" not in att.extra:
        mentions.add_unnamed(doc[att.source_token], kind)
    if name is not None and kind in ("person", "group"):
        joint = is_joint(doc[att.source_token], (a, b))
        mentions.add_speaker(Named(a, b, name, kind, name, True, joint, "via" in att.extra))
    return Speaker(text=text, start=a, end=b, name=name, side=side)


def _post_and_holder(
    doc: Doc, head: Token, text: str, name: str | None, kind: str, side: str | None, mentions: Mentions
) -> str | None:
    """A person's name with no side takes that of the post named just before ("…, Turkey's
    foreign minister warned. Kemal Aydin said …"); a person speaker with no name of their own is
    such a post when it is one definite office in its own words ("the UK's national security
    adviser", not "a Russian prosecutor" nor "officials"), else one that holds no side. The side
    found is kept for the person's later mentions and "he"."""
    if kind != "person":
        return side
    pronoun = head.lower_ in PERSON_PRONOUNS
    if pronoun or head.pos_ == "PROPN":
        if side is None and name:
            side = mentions.held_posts.get(name) or (None if pronoun else mentions.post_held_by(doc, head))
            mentions.held_posts[name] = side
        return side
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in head.children)
    mentions.add_post(head, side if definite and not _former(head) and name in (None, text) else None)
    return side


def _former(head: Token) -> bool:
    """ "Britain's former defence secretary", "the ex-head of …": a post its speaker no longer
    holds, whose side the name that follows does not speak for."""
    return any(c.lower_ in ("former", "ex") or c.lower_.startswith("ex-") for c in head.children) or (
        head.lower_.startswith("ex-")
    )


def _every_part_sides(doc: Doc, head: Token, mention: tuple[int, int], side: str, mentions: Mentions) -> bool:
    """Whether each speaker conjoined in the mention takes `side` ("ISW, a Washington-based think
    tank, and British military intelligence" has none: only one of the two is British). A bare
    noun conjoined after the first shares its words ("Ukraine's defence ministry and general staff");
    a person's surname takes the words of the person's fuller mention ("Blinken and Austin" after
    "the US defence secretary, Lloyd Austin")."""
    parts = _conjuncts(head, mention)
    if not parts or not any(c.dep_ == "cc" and c.lower_ == "and" for t in [head, *parts] for c in t.children):
        return True  # "the first lady, Olena Zelenska" parsed as a conjunct is one speaker
    text = doc_text(doc)
    last = parts[-1].right_edge
    cuts = [mention[0], *(c.left_edge.idx for c in parts), min(mention[1], last.idx + len(last.text))]
    for tok, a, b in zip([head, *parts], cuts[:-1], cuts[1:], strict=True):  # each up to the next
        own = side_of(text[a:b]) or _side_of_fuller(tok, mentions)
        if own != side and not (own is None and _bare_noun(tok)):
            return False
    return True


def _side_of_fuller(tok: Token, mentions: Mentions) -> str | None:
    """The side named in the fuller mention of the person a surname stands for, if any."""
    if tok.ent_type_ != "PERSON":
        return None
    own = next(
        (n for n in mentions.overlapping(tok.idx, tok.idx + len(tok.text)) if n.kind == "person"), None
    )
    fuller = mentions.fuller(own) if own is not None else None
    return side_of(fuller.text) if fuller is not None else None


def _conjuncts(head: Token, mention: tuple[int, int]) -> list[Token]:
    """The heads conjoined to `head` inside the mention, along the parse's chain ("A, B and C")."""
    out, tok = [], head
    while (
        nxt := next((c for c in tok.children if c.dep_ == "conj" and mention[0] <= c.idx < mention[1]), None)
    ) is not None:
        out.append(nxt)
        tok = nxt
    return out


def _bare_noun(tok: Token) -> bool:
    """A common noun with no determiner or owner ("general staff", "City mayors"): it shares the
    words the other conjoined speakers have ("Ukraine's defence ministry and general staff")."""
    return tok.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _side_of_body(doc: Doc, head: Token, name: str, mentions: Mentions) -> str | None:
    """ "A spokesman for the ministry": the side of the ministry named before ("Russia's defence
    ministry"); a later "he" that resolves to the spokesman keeps it."""
    if head.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return mentions.body_sides.get(name)
    side = side_of(post_body(doc, head, mentions))
    mentions.body_sides[name] = side
    return side


# A post or body that is its owner's own: "its foreign ministry", "his spokesman" speak for the owner
# ("his lawyer", "her team", "its researchers" need not; "its mayor" is a town's, which has no side here).
_OWNED_OFFICES = frozenset(
    "ministry minister government administration army command staff office military forces embassy "
    "ambassador envoy spokesman spokeswoman spokesperson president general commander "
    "navy parliament diplomat chancellor premier force".split()
)


def _side_of_owner(doc: Doc, head: Token, mentions: Mentions) -> str | None:
    """ "Belarus denied …, its foreign ministry said": the side of the one a possessive pronoun on
    the speaker's office stands for (the nearest compatible antecedent)."""
    owner = next(
        (
            c
            for c in head.children
            if c.dep_ == "poss"
            and (c.tag_ == "PRP$" or c.lemma_ in _STATE_NOUNS or c.lemma_ in _ALLIANCE_NOUNS)
        ),
        None,
    )
    if owner is not None and owner.lemma_ in _ALLIANCE_NOUNS:
        return _alliance_before(doc, owner)
    if (
        owner is None
        or head.lemma_.lower() not in _OWNED_OFFICES
        or any(c.dep_ == "conj" for c in head.children)
    ):
        return None
    if owner.lemma_ in _STATE_NOUNS:
        return _one_state_before(doc, owner)
    name = owner_name(doc, owner, mentions)
    return side_of(before_describing(name)) if name else None


_STATE_NOUNS = frozenset(("country", "nation"))
# The alliances "the bloc's" and "the alliance's" may stand for, the one the press means first:
# "the bloc" is the EU and "the alliance" Nato when a text names both; the UN is neither.
_ALLIANCE_NOUNS = {"bloc": ("EU", "NATO"), "alliance": ("NATO", "EU")}
_ALLIANCE_REACH = 1500  # characters back for the alliance "the bloc's" stands for (bounded work)


def _alliance_before(doc: Doc, owner: Token) -> str | None:
    """ "The European Union agreed … The bloc's foreign policy chief said": the alliance the text
    named before "the bloc's"/"the alliance's" (any post of a bloc speaks for it); of two named,
    the one the noun means first ("The EU and Nato met. The bloc's chief" is the EU's)."""
    text = doc_text(doc)
    named = {
        e.side
        for e in sides_in(text[max(0, owner.idx - _ALLIANCE_REACH) : owner.idx])
        if e.kind == "alliance"
    }
    return next((side for side in _ALLIANCE_NOUNS[owner.lemma_] if side in named), None)


def _one_state_before(doc: Doc, owner: Token) -> str | None:
    """ "Poland will send tanks, the country's defence minister said": the side of the state the
    sentence names before "the country's" (a bounded look back): the one that is a subject
    ("Finland will supply weapons to Ukraine, the country's government said"), else the only one;
    none, or two, give none."""
    first = max(owner.sent.start, owner.i - OWNER_SCAN)
    found = [
        (e.side, _subject_word(t))
        for t in doc[first : owner.i]
        if t.ent_type_ == "GPE" and t.ent_iob_ == "B"
        for e in sides_in(doc[t.i : t.i + 3].text)[:1]
        if e.kind == "state"
    ]
    subjects = {side for side, subject in found if subject}
    states = subjects or {side for side, _ in found}
    return states.pop() if len(states) == 1 else None


def _subject_word(tok: Token) -> bool:
    """A word of a subject: the subject's head or a name conjoined to it ("Russia and Ukraine")."""
    head = tok.head if tok.dep_ == "compound" else tok
    return head.dep_ in ("nsubj", "nsubjpass") or (
        head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass")
    )


# A state's armed body named with no state ("the air force said") and the words that make a
# speaker one of them ("Ukraine's southern military command").
_BARE_MILITARY = re.compile(
    r"^(?:the\s+)?(?:(?:country's|national)\s+)?(?:air\s+force|navy|army|military|armed\s+forces|general\s+staff|"
    r"air\s+defen[cs]es?|air[\s-]defen[cs]e\s+(?:forces|command)|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e|(?:\w+\s+)?(?:military\s+)?command)$",
    re.I,
)
_MILITARY = re.compile(
    r"\b(?:military|army|armed\s+forces|general\s+staff|air\s+force|navy|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e|command)\b",
    re.I,
)


def _bare_military_sides(details: list[Claim]) -> None:
    """ "..., the air force said" in a report whose other military speakers are all one side's
    ("Ukraine's southern military command said"): the text names only that state's armed bodies,
    so the bare one is that state's. With military speakers of two sides it stays unknown."""
    sides = {
        c.speaker.side
        for c in details
        if c.speaker is not None and c.speaker.side and _MILITARY.search(c.speaker.name or c.speaker.text)
    }
    if len(sides) != 1:
        return
    (side,) = sides
    for c in details:
        spk = c.speaker
        if spk is not None and spk.side is None and _BARE_MILITARY.match(spk.text.strip(" ,")):
            spk.side = side


def _is_checking_report(att: Attribution, markers) -> bool:
    """ "Reuters could not confirm the report" is a marking, not a claim."""
    return (
        att.cue is not None
        and cue_strength(att.lemma) == CONFIRM
        and any(m.start <= att.cue[0] < m.end for m in markers)
    )


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "one", "body")


def _purported(doc: Doc, att: Attribution) -> bool:
    """ "camps whose main objective claimed to be re-education", "the document claimed to be an
    order": a thing that "claims to be" something is purported to be it; no one speaks."""
    if att.cue_token is None or att.source_token is None:
        return False
    cue, subj = doc[att.cue_token], doc[att.source_token]
    to_be = any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in cue.children)
    return (
        cue.lemma_.lower() == "claim"
        and to_be
        and subj.pos_ == "NOUN"
        and not subj.ent_type_
        and subj.lemma_.lower() not in PERSON_NOUNS | GROUP_NOUNS
        and not subj.lemma_.lower().endswith(_AGENT_SUFFIXES)  # "the caller claimed to be"
    )


def _withheld(doc: Doc, att: Attribution) -> bool:
    """ "It did not describe the move as a retreat", "he never said that": the reporter notes a
    speech act that was not made; the speaker claims nothing (attribution corpora such as PARC and
    PolNeAR still annotate it, so only the record leaves it out)."""
    if att.cue_token is None:
        return False
    cue = doc[att.cue_token]
    return cue.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in cue.children)


def find_claims(doc: Doc, record: Record | None = None, withheld: bool = True) -> list[Claim]:
    """The article's claims in text order, with ids c1, c2, ... and their statuses.

    With `record` (whose times are filled), each claim also gets the date it was made. With
    `withheld` False (the record's reading), a speech act the text says was not made ("did not
    describe it as") is no claim, and a content in pieces across its cue or a paragraph break is
    one claim per piece (a claim's content is one span)."""
    text = doc_text(doc)
    markers = unverified_markers(text)
    atts = [
        a
        for a in find_attributions(doc)
        if not _is_checking_report(a, markers)
        and not _purported(doc, a)
        and (withheld or not _withheld(doc, a))
    ]
    mentions = Mentions(doc)
    offices = _office_places(record.places if record is not None else [])
    at = PlacesAt(record.places) if record is not None else None
    dater = Dater(record) if record is not None else None
    details: list[Claim] = []
    by_att: dict[int, Claim] = {}
    for i, att in enumerate(atts, start=1):
        speaker = _speaker(doc, att, mentions, offices, at)
        prev = att.extra.get("continues")
        if speaker is None and prev is not None and id(prev) in by_att:
            prev_speaker = by_att[id(prev)].speaker
            speaker = Speaker(**vars(prev_speaker)) if prev_speaker is not None else None
        a, b = att.extent
        claim = Claim(
            id=f"c{i}",
            speaker=speaker,
            cue=att.lemma,
            quote=att.quote,
            content=Span(text[a:b], a, b),
            cue_span=Span(text[att.cue[0] : att.cue[1]], *att.cue) if att.cue else None,
            strength=cue_strength(att.lemma),
        )
        if dater is not None:
            claim.date, claim.date_precision = _claim_date(doc, dater, att)
        by_att[id(att)] = claim
        details.append(claim)
    relays = _relays(atts, by_att)
    _mark_unverified(doc, details, atts, markers, relays)
    _mark_denied(doc, details, _named_denials(atts, details, by_att), relays)
    _bare_military_sides(details)
    return details if withheld else _one_span_each(text, details, atts)


_RELATIVE_WORDS = frozenset("which who whom that what".split())


def _pieces(text: str, att: Attribution) -> list[tuple[int, int]]:
    """The content's spans grouped where the cue ends a sentence or a paragraph break falls
    between them: a quotation, "the pastorate declared.", and the next quotation are two pieces;
    "The attack, he said, was repelled" is one sentence reported, one piece."""
    groups: list[tuple[int, int]] = []
    for a, b in sorted(att.content):
        if groups:
            lo, hi = groups[-1]
            cue_between = att.cue is not None and hi <= att.cue[0] and att.cue[1] <= a
            # "Kyiv, which it expected to capture": the relative word and its clause are one content
            cue_between = cue_between and text[lo:hi].lower() not in _RELATIVE_WORDS
            cue_between = cue_between and (
                _ends_sentence(text[hi:a]) or _quote_then_prose(text[lo:hi], text[a:b])
            )
            if not cue_between and "\n\n" not in text[hi:a]:
                groups[-1] = (lo, max(hi, b))
                continue
        groups.append((a, b))
    return groups


# The attribution stage's quotation marks and the single curly ones a tag may sit between.
_MARKS = "".join(_QUOTE_CHARS) + "‘’"


def _ends_sentence(tag: str) -> bool:
    """Whether a speech tag between two pieces of content closes a sentence ("…,” he said.
    “…") rather than sitting inside one ("…,” he said, “…"); a colon opens a new quotation."""
    return tag.rstrip(" \t\n" + _MARKS).endswith((".", "!", "?", ":"))


def _quote_then_prose(first: str, second: str) -> bool:
    """ "“We held,” he said on Saturday, of the siege": a whole quotation, then words of the
    writer's after its tag; a quotation goes on only in quotation marks."""
    return first[:1] in _MARKS and first[-1:] in _MARKS and second[:1] not in _MARKS


def _one_span_each(text: str, details: list[Claim], atts: list[Attribution]) -> list[Claim]:
    """Each content piece its own claim, with the speaker, cue, status and date of the first;
    ids renumbered in text order, `contradicts` following them."""
    out: list[Claim] = []
    first: dict[str, Claim] = {}
    for claim, att in zip(details, atts, strict=True):
        pieces = _pieces(text, att) if len(att.content) > 1 else []
        if len(pieces) < 2:
            out.append(claim)
            first[claim.id] = claim
            continue
        for n, (a, b) in enumerate(pieces):
            piece = replace(claim, content=Span(text[a:b], a, b), contradicts=list(claim.contradicts))
            if n == 0:
                first[claim.id] = piece
            out.append(piece)
    for i, c in enumerate(out, start=1):
        c.id = f"c{i}"
    for c in out:
        c.contradicts = [first[o].id for o in c.contradicts if o in first]
        c.via = first[c.via].id if c.via in first else None
    return out


def _attribution_parts(doc: Doc, att: Attribution) -> list[tuple[int, int]]:
    """The attribution around the content: the cue clause before and after it
    ("On Tuesday, Zelenskiy claimed", "he said on Monday")."""
    if att.cue_token is None:
        return []
    cue = doc[att.cue_token]
    lo, hi = cue.left_edge.idx, cue.right_edge.idx + len(cue.right_edge)
    if att.source is not None:
        lo, hi = min(lo, att.source[0]), max(hi, att.source[1])
    a, b = att.extent
    return [(s, e) for s, e in ((lo, min(hi, a)), (max(lo, b), hi)) if s < e]


def _claim_date(doc: Doc, dater: Dater, att: Attribution) -> tuple[str | None, str | None]:
    """When the claim was made: a dated expression in its attribution, else its surroundings' date."""
    record = dater.record
    for s, e in _attribution_parts(doc, att):
        if not dater.has_time_within(s, e):
            continue  # no time expression of its own: skip the lookup (it would only inherit)
        value, _, source = dater.date_for(s, e, doc)
        if source == "own":
            return value, source
    # Else the article's date for the sentence, paragraph or publication, never the times the
    # content reports ("said Russia attacked on Monday" was not said on Monday).
    value, _, source = dater.date_for(*att.extent, doc, skip=att.extent)
    if value is not None and "T" in value and record.article.published:
        # "Drones hit the port overnight. Moscow said ...": a part of a day or a clock time
        # dates the act it modifies; the statement about it came later, on an unknown day
        return record.article.published, "publication"
    return value, source


def _relays(atts: list[Attribution], by_att: dict[int, Claim]) -> dict[int, list[Claim]]:
    """Relayed speech: each inner claim gets `via`, the id of the report it came through
    ("…, according to his office"). Returns claim -> its relay partners (the report and the
    speech it relays), which a marking or a denial treats as one account."""
    partners: dict[int, list[Claim]] = {}
    for att in atts:
        outer = by_att.get(id(att.extra.get("via")))
        if outer is None:
            continue
        inner = by_att[id(att)]
        inner.via = outer.id
        partners.setdefault(id(inner), []).append(outer)
        partners.setdefault(id(outer), []).append(inner)
    return partners


def _mark_unverified(
    doc: Doc, details: list[Claim], atts: list[Attribution], markers, relays: dict[int, list[Claim]]
) -> None:
    """Each marking ("could not independently verify") makes the claim just before it
    `unverified` and records the marking's words in `unverified_by`, so the evidence survives
    when a later denial makes the status `denied`."""
    text = doc_text(doc)
    index = {id(d): a for d, a in zip(details, atts, strict=True)}  # once, not once per marking
    told: dict[int, list[Claim]] = {}
    for d, a in zip(details, atts, strict=True):
        told.setdefault(id(a), []).append(d)
    # Claims come in text order: those before a marking are a prefix, and the one ending last in
    # each prefix is kept as it grows (a scan per marking was quadratic in a text of thousands).
    starts = [d.content.start for d in details]
    if starts != sorted(starts):
        order = sorted(range(len(details)), key=starts.__getitem__)
        details, starts = [details[i] for i in order], [starts[i] for i in order]
    covered: dict[int, _Covered] = {}  # a paragraph's plural markings, walked once
    latest: list[Claim] = []
    for d in details:
        latest.append(d if not latest or d.content.end > latest[-1].content.end else latest[-1])
    for marker in markers:
        k = bisect_left(starts, marker.start)
        if k == 0:
            continue
        nearest = latest[k - 1]
        if text.count("\n\n", nearest.content.end, marker.start) > 2:
            continue
        span = Span(marker.text, marker.start, marker.end)
        _mark(nearest, span)
        for d in relays.get(id(nearest), ()):  # the report and the speech it relays are one account
            if d.status == "reported":
                _mark(d, span)
        if _covers_several(text, marker):
            _mark_plural(doc, details, starts, latest, k, marker.start, span, covered)
        # The marking covers the whole account: the quotation it continues, back to its start.
        att = index[id(nearest)]
        while (prev := att.extra.get("continues")) is not None:
            for d in told.get(id(prev), ()):
                if d.status == "reported":
                    _mark(d, span)
            att = prev


def _covers_several(text: str, marker) -> bool:
    """Whether a marking is about several claims ("could not verify the reports", "Battlefield
    reports could not be verified"). Not one side's ("Russian claims could not be verified": the
    other side's claims in the paragraph are not its), nor reports of one thing ("could not
    confirm reports of the school strike"): those are the nearest claim's."""
    found = PLURAL_OBJECT.match(text, marker.end)
    if found is not None and _OF_ONE_THING.match(text, found.end()):
        return False
    found = found or PLURAL_SUBJECT.search(text[max(0, marker.start - 60) : marker.start])
    return found is not None and not set(found.group().lower().split()) & _demonyms()


_OF_ONE_THING = re.compile(r"\s+(?:of|about|on)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """ "Russian", "Ukrainian": words nearly every claim of the war shares, which tell of no one
    thing (the sides lexicon's demonyms, lower-cased as content words are)."""
    return frozenset(e.pattern.lower() for e in load_lexicon()[0].values() if e.kind == "demonym")


@dataclass
class _Covered:
    """What the plural markings of one paragraph have covered so far: its claims from `first` up
    to `upto` (claim indices), their content words, and whether the paragraph before was taken in."""

    first: int
    upto: int
    words: set[str]
    before_done: bool = False


def _mark_plural(
    doc: Doc,
    details: list[Claim],
    starts: list[int],
    latest: list[Claim],
    k: int,
    at: int,
    span: Span,
    covered: dict[int, _Covered],
) -> None:
    """ "could not verify the battlefield reports": every claim of the marking's own paragraph
    ("The General Staff said …. Reuters could not confirm the battlefield reports." leaves the
    mayor's and the Kremlin's claims of the paragraphs before alone), and of the paragraph just
    before when its claims tell of the same things (two content words shared: rival accounts of
    one town's fighting). A marking in a paragraph of its own, as wire copy puts it, covers the
    account before it: back over paragraphs of claims, within two, to a paragraph of the reporter's
    own background ("The city has been shelled since 2022."). Each claim is walked over once per
    paragraph, however many markings it holds (linear)."""
    text = doc_text(doc)
    own = text.rfind("\n\n", 0, at)
    if latest[k - 1].content.end > own:
        seen = covered.get(own)
        mine, stop = _paragraph_claims(details, latest, k, own, seen.upto if seen else 0)
        if seen is None:
            seen = covered[own] = _Covered(stop, k, set())
        seen.upto = k
        for d in mine:
            seen.words |= content_words(doc, d.content.start, d.content.end)
            if d.status == "reported":
                _mark(d, span)
        if seen.before_done or seen.first == 0 or own <= 0:
            return
        before, _ = _paragraph_claims(details, latest, seen.first, text.rfind("\n\n", 0, own), 0)
        told = set().union(*(content_words(doc, d.content.start, d.content.end) for d in before))
        if len((seen.words & told) - _demonyms()) >= 2:
            seen.before_done = True
            for d in before:
                if d.status == "reported":
                    _mark(d, span)
        return
    for j in range(k - 1, -1, -1):
        after = starts[j + 1] if j + 1 < k else at
        if text.count("\n\n", latest[j].content.end, at) > 2 or (
            text.count("\n\n", details[j].content.end, after) > 1
        ):
            break
        d = details[j]
        if d.status == "reported" and text.count("\n\n", d.content.end, at) <= 2:
            _mark(d, span)


def _paragraph_claims(
    details: list[Claim], latest: list[Claim], k: int, para: int, lo: int
) -> tuple[list[Claim], int]:
    """The claims among the `lo`-th to `k`-th that end after `para` (a paragraph break's offset),
    walked back until none before can end there; and where the walk stopped."""
    out = []
    for j in range(k - 1, lo - 1, -1):
        if latest[j].content.end <= para:
            return out, j + 1
        if details[j].content.end > para:
            out.append(details[j])
    return out, lo


def _mark(claim: Claim, marking: Span) -> None:
    claim.status = "unverified"
    claim.unverified_by = marking


# How many claims before a denial it looks back over: an article's denial answers claims of the
# same report, and a text of thousands of repeated claim-and-denial pairs must not make every
# denial contradict every claim before it (output and time quadratic in the claims).
_LOOKBACK = 100


def _named_denials(
    atts: list[Attribution], details: list[Claim], by_att: dict[int, Claim]
) -> dict[int, Claim | None]:
    """Denials that name what they deny in an apposition ("…, a claim Kyiv rejected"): the denial
    claim -> the claim the apposition follows (None when no claim of the text is there)."""
    named: dict[int, Claim | None] = {}
    for att, claim in zip(atts, details, strict=True):
        if "denies" in att.extra:
            kept = (by_att[id(r)] for r in att.extra["denies"] if id(r) in by_att)
            named[id(claim)] = next(kept, None)
    return named


def _mark_denied(
    doc: Doc, details: list[Claim], named: dict[int, Claim | None], relays: dict[int, list[Claim]]
) -> None:
    """A denial contradicts the earlier claim by others that shares most content words with it
    (at least two; ties all count), and every other such claim that names the same happening at
    the same place (a word of `status.HAPPENINGS`, "fled", "withdrew" and "pulled back" being one
    retreat, and a place name of the denial). The report that relays a speech ("…, according to
    RIA") neither denies nor is denied: the speech it relays is. A denied claim is `denied` even if the article also marked
    it unverified: the denial is the stronger fact, and the marking stays in the text. A denial in
    an apposition (`named`) contradicts the claim it follows, whoever made that claim."""
    memo: dict[int, set[str]] = {}

    def words(c: Claim) -> set[str]:  # once per claim, not once per denial after it
        if id(c) not in memo:
            memo[id(c)] = content_words(doc, c.content.start, c.content.end)
        return memo[id(c)]

    place_memo: dict[int, set[str]] = {}

    def where(c: Claim) -> set[str]:
        if id(c) not in place_memo:
            place_memo[id(c)] = place_words(doc, c.content.start, c.content.end)
        return place_memo[id(c)]

    scene_memo: dict[int, set[str]] = {}

    def scene(c: Claim) -> set[str]:  # where the claim's happening was
        if id(c) not in scene_memo:
            scene_memo[id(c)] = place_words(doc, c.content.start, c.content.end, happening_only=True)
        return scene_memo[id(c)]

    for j, denial in enumerate(details):
        if id(denial) in named:
            if (other := named[id(denial)]) is not None:
                denial.contradicts.append(other.id)
                other.status = "denied"
            continue
        if denial.via is None and id(denial) in relays:
            continue  # "Kyiv denied it, according to Ukrinform": Kyiv's claim is the denial
        if not is_denial(denial.cue, denial.content.text):
            continue
        own = words(denial)
        places = where(denial)
        denier = denial.speaker
        scored: list[tuple[int, Claim]] = []
        same_event: set[int] = set()
        others: list[Claim] = []
        # Earlier claims, and a claim held inside the denial's own content ("Kyiv rejected
        # Moscow's claim that ...": the claim it rejects is written in what it rejects).
        inside = [
            o
            for o in details[j + 1 : j + 4]
            if denial.content.start <= o.content.start and o.content.end <= denial.content.end
        ]
        for other in [*details[max(0, j - _LOOKBACK) : j], *inside]:
            if other.via is None and id(other) in relays:
                continue  # a relayed report: the speech it relays is what is denied
            spk = other.speaker
            if denier is not None and spk is not None:
                same = (spk.name or spk.text) == (denier.name or denier.text)
                if same or (spk.side is not None and spk.side == denier.side):
                    continue
            others.append(other)
            shared = own & words(other)
            if len(shared) >= 2:
                if shared & HAPPENINGS and places:
                    if places & where(other):
                        same_event.add(id(other))
                    elif scene(denial) and scene(other) and not scene(denial) & scene(other):
                        continue  # fleeing Vuhledar is not denied by a denial of fleeing Bakhmut
                scored.append((len(shared), other))
        if not scored and ANAPHORIC_DENIAL.match(denial.content.text):
            # "denied the accusation", "rejected the claims": the nearest earlier claim of another
            # speaker the words point back to, within the last few sentences
            earlier = [
                o
                for o in others
                if denial.content.start - o.content.end <= 600 and answers(denial.content.text, o.cue)
            ]
            scored = [(1, earlier[-1])] if earlier else []
        best = max((n for n, _ in scored), default=0)
        for n, other in scored:
            # The best match, and any other claim that tells the same happening ("had fled the
            # province" and "troops retreated" when the denial says they did not pull back).
            if n == best or id(other) in same_event:
                denial.contradicts.append(other.id)
                other.status = "denied"


def make_stage(nlp: Language):
    from sitrep.claims.sides import load_lexicon

    load_lexicon()  # read the sides lexicon once per process

    def claims(doc: Doc, record: Record) -> None:
        record.claims = find_claims(doc, record, withheld=False)

    return claims
