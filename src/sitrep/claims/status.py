"""A claim's status within its article: unverified, denied or reported.

`unverified`: the article says it could not check the claim ("could not independently
verify", "was unable to confirm", "gave no evidence"); the marking applies to the nearest
claim before it (and to the quotation that continues that claim), within two paragraphs.
`denied`: a later claim by another speaker denies it — a denial cue ("denied", "rejected")
or denial wording in the content ("does not correspond to reality", "is not true") — and the
two share what they are about (content words, counting retreat/withdraw/flee as one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

UNVERIFIED = re.compile(
    r"\b(?:could\s*n[o']t|couldn['’]t|cannot|can['’]t|was\s+unable\s+to|were\s+unable\s+to|unable\s+to|"
    r"did\s*n[o']t|has\s*n[o']t|have\s*n[o']t|had\s*n[o']t|not\s+able\s+to|no\s+way\s+to)\s+"
    r"(?:(?:immediately|independently|officially|yet|be)\s+){0,3}"
    r"(?:verif\w*|confirm\w*|substantiat\w*|check\w*|corroborat\w*|authenticat\w*)"
    r"|\b(?:gave|give|gives|provided|provide|provides|offered|offer|presented|cited)\s+no\s+(?:other\s+|further\s+)?"
    r"(?:evidence|proof)"  # "gave no details (of casualties)" says less was said, not that it is unproven
    r"|\bwithout\s+(?:providing|giving|offering|citing|presenting)\s+(?:any\s+)?(?:evidence|proof)"
    r"|\bnot\s+(?:been\s+)?independently\s+(?:verified|confirmed)"
    r"|\b(?:could|can)\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed|substantiated|checked)",
    re.IGNORECASE,
)

DENIAL = re.compile(
    r"\b(?:does|do|did)\s*n[o']t\s+correspond\s+to\s+(?:the\s+)?reality|\b(?:is|are|was|were)\s+(?:not|n['’]t)\s+true"
    r"|\buntrue\b|\b(?:is|are|was|were)\s+false\b|\bfake\b|\b(?:a|an)\s+(?:outright\s+)?lie\b|\blies\b|\bbaseless\b"
    r"|\bgroundless\b|\bunfounded\b|\bfabricat\w+|\bnonsense\b|\bdisinformation\b",
    re.IGNORECASE,
)

# What an unverified marking is about, when it is several claims: "could not verify the (battlefield)
# reports", "The claims could not be verified" (the subject is read before the marker).
# With a determiner or bare ("could not verify battlefield reports"); one speaker's ("his reports") is not
# everyone's.
PLURAL_OBJECT = re.compile(
    r"\s+(?:(?:the|these|those|such|either\s+side['’]s|both\s+sides['’])\s+|(?!(?:his|her|its|their)\b))"
    r"(?:\w+\s+)?"
    r"(?:claims|reports|accounts|allegations|statements|assertions|figures)\b",
    re.IGNORECASE,
)
# With a determiner, or bare at the start of its sentence ("Battlefield reports could not be verified").
PLURAL_SUBJECT = re.compile(
    r"(?:\b(?:the|these|those|such|both|either\s+side['’]s)\s+|(?:[.!?][\"”’]?\s+|\n))(?:\w+\s+)?"
    r"(?:claims|reports|accounts|allegations|statements|assertions|figures)\s+$",
    re.IGNORECASE,
)

# A denial whose content only points back at what was said ("denied the accusation") or at the
# deed the accused is said to have done ("denied involvement", "denied any role").
ANAPHORIC_DENIAL = re.compile(
    r"^(?:the|these|those|such|this|that|its|their|his|her|all|[\w.-]+['’]s?)?\s*(?:\w+\s+)?"
    r"(?:accusations?|allegations?|claims?|reports?|charges?|statements?|suggestions?|assertions?|"
    r"explanations?|justifications?|narratives?|"
    r"version|account|involvement|responsibility|role|part|wrongdoing|complicity|culpability|guilt)\b",
    re.IGNORECASE,
)

# A denial of "the charges" or "the accusations" answers an accusation, not whatever another
# speaker said last ("Whelan denied the charges against him" after his lawyers' statement), and the
# cues that make a claim one.
CHARGE_DENIAL = re.compile(
    r"^(?:the|these|those|such|this|that|its|their|his|her|all|[\w.-]+['’]s?)?\s*(?:\w+\s+)?"
    r"(?:accusations?|allegations?|charges?)\b",
    re.IGNORECASE,
)
ACCUSING_CUES = frozenset("accuse accusation allege charge blame claim".split())


def answers(denial_content: str, cue: str | None) -> bool:
    """Whether a denial pointing back ("denied the charges") can be answering a claim with `cue`."""
    return cue in ACCUSING_CUES or not CHARGE_DENIAL.match(denial_content)


DENY_CUES = frozenset("deny reject dismiss refute dispute rebut contradict".split())

# Words that name the same happening in a claim and in its denial.
_SAME = {
    "retreat": "retreat",
    "withdraw": "retreat",
    "flee": "retreat",
    "pull": "retreat",
    "abandon": "retreat",
    "leave": "retreat",
    "strike": "attack",
    "attack": "attack",
    "shell": "attack",
    "bomb": "attack",
    "kill": "kill",
    "destroy": "destroy",
    "capture": "capture",
    "seize": "capture",
    "take": "capture",
    "fall": "capture",  # "the village had fallen", "fell to Russian forces"; not "shells fell on" (`_SAME_UNLESS`)
}
# A word of `_SAME` that names another happening with one of these prepositions: "debris fell on a
# house", "prices fell by 5%".
_SAME_UNLESS = {"fall": frozenset("on onto into by below from".split())}
# The happenings those words name: a denial that shares one with a claim (and another word)
# denies that claim, whichever claim shares the most words.
HAPPENINGS = frozenset(_SAME.values())
_CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


@dataclass
class Marker:
    start: int
    end: int
    text: str


def unverified_markers(text: str) -> list[Marker]:
    return [Marker(m.start(), m.end(), m.group()) for m in UNVERIFIED.finditer(text)]


def is_denial(cue_lemma: str | None, content: str) -> bool:
    return (cue_lemma in DENY_CUES) or bool(DENIAL.search(content))


def content_words(doc: Doc, start: int, end: int) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    words = set()
    for tok in span:
        if tok.pos_ in _CONTENT_POS and not tok.is_stop and len(tok.text) > 1:
            lemma = tok.lemma_.lower()
            other_sense = lemma in _SAME_UNLESS and any(
                c.dep_ == "prep" and c.lower_ in _SAME_UNLESS[lemma] for c in tok.children
            )
            words.add(lemma if other_sense else _SAME.get(lemma, lemma))
    return words


def place_words(doc: Doc, start: int, end: int, happening_only: bool = False) -> set[str]:
    """The proper nouns of start..end that can name where a happening was ("Soledar", "Luhansk";
    the small model often tags a town a person or an organization, so any proper noun counts),
    not a day, a nationality or the doer ("Ukrainian units", "Russia captured ..."); with
    happening_only, only those that say where a happening of `HAPPENINGS` was."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {
        t.lemma_.lower()
        for t in span
        if (t.pos_ == "PROPN" or (t.ent_type_ in ("GPE", "LOC", "FAC") and t.pos_ != "ADJ"))
        and t.ent_type_ not in ("DATE", "TIME", "NORP")
        and not _doer(t)
        and (not happening_only or _at_happening(t))
    }


def _at_happening(tok: Token) -> bool:
    """Whether tok hangs on a word of a happening ("fled Bakhmut", "withdrew from Soledar"),
    not on the telling ("declared on Telegram")."""
    return any(_SAME.get(a.lemma_.lower()) in HAPPENINGS for a in tok.ancestors)


def _doer(tok: Token) -> bool:
    """Whether tok names who acted rather than where: the subject or 'by' agent of its clause,
    or a word of its name ("Russia captured Soledar", "Russia's troops fled"). Ukrainian units
    fleeing Soledar and Ukrainian units fleeing Vuhledar share a doer, not a place."""
    while tok.dep_ in ("compound", "poss", "amod", "flat", "appos", "case") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "agent") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
