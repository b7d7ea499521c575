"""Attributions of attitude, intention and stance that are not verbs of saying.

Attribution corpora (PolNeAR, PARC) count what a source believes, intends or stands for as
well as what it says: "X is confident that ...", "X is concerned about ...", "X seeks to ...",
"X voted for ...", "X backs the plan", "X's support for ...". In war reporting "support",
"back", "defend" and "attack" are mostly fighting, so those words count only with an object
that is a person or a thing said, proposed or decided ("backed the plan", "attacked Biden",
"defended his remarks"), never a place, a unit or a position ("defended the city").
The lexicons are in `claims/cues.py`.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.claims.attribute import (
    Attribution,
    _cue_aux,
    _source_span,
    _subject,
    _subtree_chars,
    _tokens_span,
    noun_holder,
)
from sitrep.claims.cues import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_PARTICIPLES,
    DISCOURSE_NOUNS,
    FIGHT_NOUNS,
    FIGHT_VERBS,
    INTENTION_OBJECT_VERBS,
    INTENTION_VERBS,
    MILITARY_NOUNS,
    NOUN_PREP_CUES,
    RAISING_ADJECTIVES,
    STANCE_PREP_VERBS,
)
from sitrep.claims.resolve import GROUP_NOUNS, PERSON_NOUNS
from sitrep.claims.text import subtree

_COPULAS = frozenset("be remain become feel seem appear sound look grow stay".split())
_NOT_HOLDERS = frozenset("it this that there which what".split())
_PERSONAL_PRONOUNS = frozenset("he she i we they you who his her their my our".split())


def attitude_attribution(tok: Token) -> Attribution | None:
    """The attitude, intention or stance `tok` heads, if any (one rule per word class)."""
    if tok.pos_ == "ADJ" or (tok.tag_ == "VBN" and tok.lemma_.lower() in ATTITUDE_PARTICIPLES):
        return _predicate(tok)
    if tok.pos_ == "VERB":
        return _intention(tok) or _fight_stance(tok) or _prep_stance(tok) or _made_clear(tok)
    if tok.pos_ == "NOUN":
        return _noun_prep(tok)
    return None


def _holder(subj: Token | None) -> bool:
    """A subject that can hold a view: not an empty "it"/"there" or a relative "which"."""
    return subj is not None and subj.lower_ not in _NOT_HOLDERS


def _attribution(
    cue_toks: list[Token], lemma: str, subj: Token | None, content, head: Token
) -> Attribution | None:
    if not content:
        return None
    source = _source_span(subj) if subj is not None else None
    return Attribution(
        cue=(min(t.idx for t in cue_toks), max(t.idx + len(t.text) for t in cue_toks)),
        lemma=lemma,
        source=source,
        content=content,
        source_token=subj.i if subj is not None else None,
        cue_token=head.i,
        extra={
            "clause_end": head.right_edge.idx + len(head.right_edge),
            "clause": frozenset(t.idx for t in subtree(head)),
        },
    )


def _complement(word: Token, preps: tuple[str, ...]) -> tuple[Token | None, Token | None]:
    """The clause, infinitive or prepositional object that completes an attitude word:
    (content head, preposition) — "confident that ...", "eager to ...", "critical of ..."."""
    for child in word.rights:
        if child.dep_ == "xcomp" and word.lemma_.lower() in RAISING_ADJECTIVES:
            continue
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            return child, None
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj, child
    return None, None


def _predicate(tok: Token) -> Attribution | None:
    """ "X is confident that ...", "X was critical of ...", "X is convinced that ..."."""
    lemma = tok.lemma_.lower()
    preps = ATTITUDE_ADJECTIVES.get(lemma) or ATTITUDE_PARTICIPLES.get(lemma)
    if preps is None:
        return None
    if tok.pos_ == "ADJ":
        head = tok.head
        if tok.dep_ != "acomp" or head.lemma_.lower() not in _COPULAS:
            return None
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _subject(head)
        verb = head
    else:
        if not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        verb = tok
    if not _holder(subj):
        return None
    content_head, prep = _complement(tok, preps)
    if content_head is None and verb is not tok:
        content_head, prep = _complement(verb, ())  # "X is sure the talks will fail" parsed on "is"
    if content_head is None:
        return None
    if prep is not None:
        content = _tokens_span(tok.doc, [t for t in subtree(prep) if t.i != prep.i])
    else:
        content = _subtree_chars(content_head)
    cue_toks = [verb, *_cue_aux(verb), tok, *([prep] if prep is not None else [])]
    cue_toks += [t for t in tok.doc[verb.i : tok.i] if t.dep_ in ("advmod", "neg", "auxpass")]
    return _attribution(cue_toks, lemma, subj, content, verb)


def _intention(tok: Token) -> Attribution | None:
    """ "X seeks to ...", "X decided to ...", "X voted for ..."."""
    lemma = tok.lemma_.lower()
    preps = INTENTION_VERBS.get(lemma)
    if preps is None:
        return None
    if _not_done(tok):
        return None  # "blamed Kyiv, without offering evidence": an act left undone, no one's intention
    subj = _subject(tok)
    if not _holder(subj):
        return None
    xcomp = next(
        (c for c in tok.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None
    )
    prep = None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if xcomp is not None:
        content = _subtree_chars(xcomp)
    elif obj is not None and lemma in INTENTION_OBJECT_VERBS and obj.pos_ != "PRON":
        if _inanimate_giver(tok, subj):
            return None  # "the capture could offer Russia a boost": a benefit, no one's intention
        content = _subtree_chars(obj)  # "sought greater federal involvement", "prefers a ceasefire"
    else:
        prep = next(
            (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1), None
        )
        obj = (
            next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if prep is not None
            else None
        )
        if obj is None:
            return None
        content = _tokens_span(tok.doc, [t for t in subtree(prep) if t.i != prep.i])
    cue_toks = [tok, *_cue_aux(tok), *([prep] if prep is not None else [])]
    return _attribution(cue_toks, lemma, subj, content, tok)


def _not_done(tok: Token) -> bool:
    """A gerund under "without" ("without offering evidence", "without seeking approval"): the
    sentence says the act was not done, so it holds no intention."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "without"


def _inanimate_giver(tok: Token, subj: Token | None) -> bool:
    """ "offer Russia a boost" with a thing or an event as subject."""
    if subj is None or not any(c.dep_ in ("dative", "iobj") for c in tok.children):
        return False
    lemma = subj.lemma_.lower()
    return (
        subj.pos_ == "NOUN"
        and not subj.ent_type_
        and lemma not in PERSON_NOUNS
        and lemma not in GROUP_NOUNS
        and lemma not in MILITARY_NOUNS
    )


def is_discourse_object(obj: Token, holder: Token) -> bool:
    """A thing said, proposed or decided — what a stance can be taken on — or a person
    attacked or backed by another person (not by a state or an army: the tagger takes
    many towns for people, "Russia's attack on Kyiv")."""
    if obj.lemma_.lower() in DISCOURSE_NOUNS or obj.tag_ == "VBG" or obj.dep_ == "ccomp":
        return True
    person = obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them")
    return person and _personal(holder)


def _personal(tok: Token) -> bool:
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL_PRONOUNS
    return tok.pos_ == "NOUN" and tok.lemma_.lower() not in MILITARY_NOUNS


def _fight_stance(tok: Token) -> Attribution | None:
    """ "X backs the plan", "X attacked Biden", "X defended his remarks" — not "defended the city"."""
    lemma = tok.lemma_.lower()
    if lemma not in FIGHT_VERBS:
        return None
    subj = _subject(tok)
    if not _holder(subj):
        return None
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None or not is_discourse_object(obj, subj):
        return None
    cue_toks = [tok, *_cue_aux(tok), *(c for c in tok.children if c.dep_ == "prt")]
    return _attribution(cue_toks, lemma, subj, _subtree_chars(obj), tok)


def _made_clear(tok: Token) -> Attribution | None:
    """ "X made it clear that ...", "made clear that ..." (the parse hangs the clause on "clear")."""
    if tok.lemma_.lower() != "make":
        return None
    clear = next((c for c in tok.rights if c.lower_ in ("clear", "plain")), None)
    if clear is None:
        return None
    clause = next(
        (
            c
            for c in [*clear.rights, *tok.rights]
            if c.i > clear.i and c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "advcl", "csubj")
        ),
        None,
    )
    subj = _subject(tok)
    if (
        clause is None
        or not _holder(subj)
        or not any(m.lower_ == "that" for m in clause.children if m.dep_ == "mark")
    ):
        return None
    return _attribution([tok, *_cue_aux(tok), clear], "make clear", subj, _subtree_chars(clause), tok)


def _prep_stance(tok: Token) -> Attribution | None:
    """ "X railed against the deal", "pushed for talks", "lashed out at the minister"."""
    lemma = tok.lemma_.lower()
    preps = STANCE_PREP_VERBS.get(lemma)
    if preps is None:
        return None
    subj = _subject(tok)
    if not _holder(subj) or subj.lemma_.lower() in MILITARY_NOUNS:
        return None
    prts = [c for c in tok.rights if c.dep_ == "prt"]
    at = tok.i + 1 + len(prts)
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and c.i == at), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None:
        return None
    if lemma in ("respond", "reply") and not is_discourse_object(obj, subj):
        return None  # "responded to the shelling" is fighting back, not speech
    content = _tokens_span(tok.doc, [t for t in subtree(prep) if t.i != prep.i])
    return _attribution([tok, *_cue_aux(tok), *prts, prep], lemma, subj, content, tok)


def _first_from(tok: Token, start: int) -> list[Token]:
    """The first token before `tok` that begins at or after character `start` (the holder's
    phrase opening the cue), found by stepping back over the phrase only: a scan from the start
    of the document made every noun cue cost the whole text before it."""
    i = tok.i
    while i > 0 and tok.doc[i - 1].idx >= start:
        i -= 1
    return [tok.doc[i]] if i < tok.i else []


def _noun_prep(tok: Token) -> Attribution | None:
    """ "Trump's attacks on Curiel", "his support for the deal", "Russia's view of the talks"."""
    lemma = tok.lemma_.lower()
    preps = NOUN_PREP_CUES.get(lemma)
    if preps is None:
        return None
    poss, cue_start = noun_holder(tok)
    if poss is None or poss.lower_ in ("its",):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.ent_type_ in ("DATE", "TIME"):
        return None  # "Clinton's remarks on Thursday" dates the remarks
    if lemma in FIGHT_NOUNS and not is_discourse_object(obj, poss):
        return None  # "Russia's attack on Kyiv" is fighting
    content = _tokens_span(tok.doc, [t for t in subtree(prep) if t.i != prep.i])
    cue_toks = [tok, prep, *_first_from(tok, cue_start)]
    att = _attribution(cue_toks, lemma, poss, content, tok)
    if att is not None:
        att.extra["weak"] = True  # "defended his remarks about X": the verb's stance is the outer one
    return att
