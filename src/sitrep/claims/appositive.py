"""A claim's fate told in an apposition after it: "Moscow said its troops had taken the village,
a claim Kyiv rejected as false", "…, an allegation denied by Ukraine", "…, a claim that could not
be verified".

The apposition refers back to the claim of its own sentence, so the claim's content ends before
it, and a rejection there is a denial of that claim whoever makes it (the stage links the two
through `extra["denies"]`, without matching content words). Read by token order, not the parse:
the small model hangs such appositions on any verb of the sentence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from sitrep.claims.attribute import _DASHES, Attribution, _reach, _rstrip_at, _trim
from sitrep.claims.status import DENY_CUES, UNVERIFIED
from sitrep.claims.text import doc_text

# Nouns that name a thing said, as the head of the apposition.
_SAID_NOUNS = frozenset(
    "claim allegation accusation assertion charge statement report account version contention figure toll".split()
)
_SEPARATORS = _DASHES | {","}
_DETERMINERS = frozenset({"a", "an", "the", "this"})
_NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor"})
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "PRON"})
_BETWEEN_POS = frozenset({"AUX", "ADV"})
_RELATIVE = frozenset({"that", "which"})
_REACH = 12  # tokens from the noun to the verb: a written subject and a few auxiliaries


def appositive_statuses(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Cut each claim's content at an apposition that tells it was denied or could not be checked,
    and return the denials the appositions write ("Kyiv rejected" a claim)."""
    text = doc_text(doc)
    nouns = [t for t in doc if _set_off(doc, t)]
    if not nouns:
        return []
    sents = list(doc.sents)  # once: Token.sent walks its sentence on every call
    starts = [s.start for s in sents]
    hits: list[tuple[Token, Span, Attribution | None]] = []
    # the parse's reading of an apposition's verb and noun ("a claim that Kyiv rejected")
    taken: set[int] = set()
    for noun in nouns:
        sent = sents[bisect_right(starts, noun.i) - 1]
        start = _apposition_start(doc, noun, sent)
        if start is None:
            continue
        denial = _denial(doc, noun, start, sent.end)
        end = _clause_end(doc, noun, sent)
        if denial is not None or any(UNVERIFIED.finditer(text, noun.idx + len(noun.text), end)):
            hits.append((doc[start - 1], sent, denial))
        if denial is not None:
            taken |= {denial.cue_token, noun.i}
    found[:] = [a for a in found if a.cue_token not in taken]
    index = sorted((_reach(a), n) for n, a in enumerate(found))
    los = [lo for (lo, _), _ in index]
    denials: list[Attribution] = []
    for comma, sent, denial in hits:
        referents = _referents(text, found, index, los, comma, sent.start_char)
        for att in referents:
            _cut(text, att, comma.idx)
        if denial is not None:
            denial.extra["denies"] = referents
            denials.append(denial)
    return denials


def _set_off(doc: Doc, noun: Token) -> bool:
    """A noun of a thing said after a separator, a determiner and perhaps an adjective ("…, an
    unfounded claim"), or a "which" after a separator ("…, which Kyiv denied")."""
    if noun.lower_ == "which":
        return noun.i >= 1 and doc[noun.i - 1].text in _SEPARATORS
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _SAID_NOUNS:
        return False
    i = noun.i - 1 - (noun.i > 0 and doc[noun.i - 1].pos_ == "ADJ")
    return i >= 1 and doc[i].lower_ in _DETERMINERS and doc[i - 1].text in _SEPARATORS


def _apposition_start(doc: Doc, noun: Token, sent: Span) -> int | None:
    """The index of the apposition's determiner after a comma or dash ("…, a claim", "– an
    unfounded allegation") inside the noun's sentence, after its first word, or None."""
    i = noun.i if noun.lower_ == "which" else noun.i - 1 - (doc[noun.i - 1].pos_ == "ADJ")
    return i if i - 1 > sent.start else None


def _denial(doc: Doc, noun: Token, start: int, sent_end: int) -> Attribution | None:
    """ "a claim (that) Kyiv rejected", "an allegation denied by Ukraine": the denial the apposition
    writes, with the apposition's determiner and noun as its content."""
    j = noun.i + 1
    if j < sent_end and doc[j].lower_ in _RELATIVE:
        j += 1
    content = (doc[start].idx, noun.idx + len(noun.text))
    # Passive: "denied by Kyiv", "that was rejected by the ministry".
    k = j
    while k < sent_end and doc[k].pos_ in _BETWEEN_POS and doc[k].lower_ not in _NEGATIONS:
        k += 1
    if k + 1 < sent_end and _deny_verb(doc[k], noun) and doc[k].tag_ == "VBN" and doc[k + 1].lower_ == "by":
        subj = _subject_head(doc, k + 2, sent_end)
        return _attribution(doc[k], doc[k + 2], subj, content) if subj is not None else None
    # Active: "Kyiv rejected", "Ukraine's foreign ministry has repeatedly denied".
    k = j
    while (
        k < sent_end and k - noun.i <= _REACH and doc[k].pos_ in _SUBJECT_POS and not _deny_verb(doc[k], noun)
    ):
        k += 1
    subject = list(doc[j:k])
    while k < sent_end and doc[k].pos_ in _BETWEEN_POS and doc[k].lower_ not in _NEGATIONS:
        k += 1
    if not subject or k >= sent_end or k - noun.i > _REACH or not _deny_verb(doc[k], noun):
        return None
    heads = [t for t in subject if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return _attribution(doc[k], subject[0], heads[-1], content) if heads else None


def _deny_verb(tok: Token, noun: Token) -> bool:
    """A verb of denial; after a bare "which" only one that takes a statement ("which Kyiv
    denied"), since one rejects or dismisses an offer too ("offered talks, which Kyiv rejected")."""
    lemma = tok.lemma_.lower()
    if noun.lower_ == "which" and lemma in ("reject", "dismiss"):
        return False
    return tok.pos_ == "VERB" and lemma in DENY_CUES


def _subject_head(doc: Doc, i: int, end: int) -> Token | None:
    """The last noun of the noun phrase starting at i ("the Ukrainian military" -> military)."""
    head = None
    while i < end and doc[i].pos_ in _SUBJECT_POS:
        if doc[i].pos_ in ("PROPN", "NOUN", "PRON"):
            head = doc[i]
        i += 1
    return head


def _attribution(verb: Token, first: Token, subj: Token, content: tuple[int, int]) -> Attribution:
    """The denial; its speaker is the words from `first` to the subject's head as written (not the
    head's parse subtree, which scans the sentence: an apposition repeated a thousand times in one
    sentence would be quadratic)."""
    return Attribution(
        cue=(verb.idx, verb.idx + len(verb.text)),
        lemma=verb.lemma_.lower(),
        source=_trim(doc_text(verb.doc), first.idx, subj.idx + len(subj.text)),
        content=[content],
        source_token=subj.i,
        cue_token=verb.i,
    )


def _clause_end(doc: Doc, noun: Token, sent: Span) -> int:
    """Where the apposition ends: the next comma, semicolon or dash in its sentence, or its end."""
    for t in doc[noun.i + 1 : sent.end]:
        if t.text in _SEPARATORS or t.text in (";", ":"):
            return t.idx
    return sent.end_char


def _referents(
    text: str, found: list[Attribution], index: list, los: list[int], comma: Token, sent_start: int
) -> list[Attribution]:
    """The claims of the apposition's sentence that reach its comma, innermost (latest starting)
    first: a content that runs to or over the comma, or a cue and speaker that end there
    ('"…," the ministry said, a claim …'), never one whose cue comes after the comma. The first
    one kept after nesting is the one denied."""
    out = []
    for i in range(bisect_left(los, comma.idx) - 1, bisect_left(los, sent_start) - 1, -1):
        (_lo, hi), n = index[i]
        cue = found[n].cue
        if cue is not None and cue[0] > comma.idx:
            continue  # said after the apposition ("…, a claim X denied, saying …"): not what it follows
        if hi >= comma.idx or not text[hi : comma.idx].strip():
            out.append(found[n])
    return out


def _cut(text: str, att: Attribution, at: int) -> None:
    """End the content at the apposition's comma (the apposition is not what was said)."""
    spans = [(a, min(b, at)) for a, b in att.content if a < at]
    spans = [(a, _rstrip_at(text, b, " ")) for a, b in spans]
    spans = [(a, b) for a, b in spans if a < b]
    if spans:
        att.content[:] = spans
