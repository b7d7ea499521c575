"""Find attributions (source, cue, content) with rules over spaCy's dependency parse.

The rules, in order:
- a cue verb ("said", "claimed", "denied", "thinks") with its clausal complement as content
  and its subject as source; the subject is inherited through "saying"/"adding" participles,
  "X was quoted as saying", infinitives ("went on to say") and conjoined verbs;
- a cue verb that interrupts or follows the quoted clause it governs ("“...,” he said");
- "according to X, ...": X is the source and the rest of the clause the content;
- a cue noun with a "that" clause ("his claim that ...");
- a quotation that follows "X said:" / "X added:" or the previous quote of a speaker;
- attitudes, intentions and stances ("is confident that", "seeks to", "backs the plan"), in
  `claims/attitudes.py`, tried after the rules here.
Direct quotations are taken whole (several sentences, with their marks) when the content
found by the parse lies inside or across them. Offsets are characters into `doc_text(doc)`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sitrep.claims.cues import (
    AS_VERBS,
    ASSERTIVE,
    BELIEF,
    CONFIRM,
    CUE_MEDIA,
    CUE_NOUNS,
    CUE_VERBS,
    DENY,
    EVIDENCE_NOUNS,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    IN_VIEW_NOUNS,
    IS_THAT_NOUNS,
    LIGHT_VERBS,
    NEUTRAL,
    NOT_STATED_AS_COPULA,
    OBJECT_CONTENT,
    PREP_CUES,
    REFUSAL_VERBS,
    REPLY_BACK,
    SEE_AS,
    SOURCE,
    STANCE,
    WEAK_WITHOUT_CONTENT,
)
from sitrep.claims.resolve import GROUP_NOUNS, PERSON_NOUNS, place_of_preposition, speech_in_apposition
from sitrep.claims.sides import sides_in
from sitrep.claims.status import DENY_CUES, UNVERIFIED
from sitrep.claims.text import after_stamp, breaks_before, doc_text, quote_spans, subtree
from sitrep.geo.recognize import dateline_at
from sitrep.nlp.tree import children, lefts, rights, span_root

Char = tuple[int, int]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
CUE_AUX_DEPS = ("aux", "auxpass", "neg", "advmod")
_CLAUSE = ("ccomp",)
_OPEN = "“«„"
_CLOSE = "”»“"
_TRIM = set(" \t\n\xa0,;:.-–—")
_QUOTE_CHARS = set("\"“”«»„'`")
_PRONOUN_SUBJ = {"who", "which", "that"}
_ANSWERS = frozenset("yes no so".split())
# Adverbs before a cue that belong to the clause, not the cue ("when asked"); "then said" keeps "then".
_NOT_CUE_ADVERBS = frozenset("when where why how while".split())
_DASHES = frozenset("- -- – —".split())
_FLOATING = frozenset("both all each".split())  # "Kyiv and Moscow both claimed": the quantifier floats
# Sentence adverbs that open a report's sentence and that the parse may run into a name after them.
_SENTENCE_ADVERBS = frozenset(
    "Meanwhile Earlier Later Separately Elsewhere However Also Yesterday Now Then Finally".split()
)
_FOCUS_ADVERBS = frozenset("even just virtually also still".split())  # "Only two Democrats" keeps "Only"
_PERSONAL = frozenset("he she they we i you".split())
_POSS_PRONOUNS = frozenset("his her their its our my".split())
_PERSONAL_OBJECTS = frozenset("him her them me us himself herself themselves".split())


@dataclass
class Attribution:
    """One attribution found in a text; spans are character offsets."""

    cue: Char | None
    lemma: str | None
    source: Char | None
    content: list[Char]
    quote: str = "indirect"
    source_token: int | None = None  # head token of the source mention, for resolution
    cue_token: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def extent(self) -> Char:
        return (self.content[0][0], self.content[-1][1])


def _trim(text: str, start: int, end: int) -> Char | None:
    """Drop surrounding spaces and clause punctuation, but keep quotation marks."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        if text[end - 1] == "." and _ABBREV_END.search(text, start, end):
            break  # "at 7 p.m.", "San Bernardino, Calif.": the period is the word's
        end -= 1
    return (start, end) if start < end else None


_ABBREV_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|Calif|Ala|Ariz|Ark|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|"
    r"La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|St|Gen|Col|Lt|Sgt)\.)$"
)


def _tokens_span(doc: Doc, tokens: list[Token]) -> list[Char]:
    """Contiguous character runs covered by `tokens` (sorted), trimmed."""
    if not tokens:
        return []
    idx = sorted(t.i for t in tokens)
    runs: list[list[int]] = [[idx[0], idx[0]]]
    for i in idx[1:]:
        if i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    out = []
    for a, b in runs:
        span = _trim(doc_text(doc), doc[a].idx, doc[b].idx + len(doc[b].text))
        if span:
            out.append(span)
    return out


def _subtree_chars(tok: Token, exclude: set[int] = frozenset()) -> list[Char]:
    return _tokens_span(tok.doc, [t for t in subtree(tok) if t.i not in exclude])


# Prepositions of a phrase set off after the speaker that tells where or when the speaking was
# ("The mayor, in a Facebook post, said"), not who the speaker is ("Mr. Kahn, of RBC, said").
_SET_OFF_CIRCUMSTANCE = frozenset("in on during at after before through via".split())


def _words_hung_on_verb(tok: Token, para_start: int) -> list[Token]:
    """ "…, the document notes.": when the parse makes the subject a compound of its verb
    (`_noun_read_as_compound`), the subject's own determiner and modifiers hang on the verb too."""
    if tok.dep_ != "compound" or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    i = tok.left_edge.i
    while i - 1 >= para_start and tok.doc[i - 1].head.i == tok.head.i and tok.doc[i - 1].dep_ in _HUNG_DEPS:
        i -= 1
    return list(tok.doc[i : tok.left_edge.i])


_HUNG_DEPS = frozenset("det amod poss nummod compound".split())


def _source_span(tok: Token) -> Char | None:
    """The speaker mention: the subject's phrase, with an apposition's closing comma
    ("Ki Hong, 33, said") and a possessive ending as written ("Russia's claim"; the resolved
    name drops it), without a clause that has its own cue."""
    doc = tok.doc
    text = doc_text(doc)
    sent = tok.sent
    para_start = (
        max((t.i for t in doc[sent.start : tok.right_edge.i] if "\n" in t.text), default=sent.start - 1) + 1
    )
    # A headline or dateline paragraph before the speaker is not part of the name; neither is
    # a date after it ("The mayor on Tuesday said") nor what follows that date.
    cut = min((c.left_edge.i for c in rights(tok) if _of_the_speaking(c)), default=sent.end)
    if (charge := _charge_in_agent(tok)) is not None:
        cut = min(cut, charge.i)  # "accused by Kyiv of spying": the charge is no part of the accuser
    loose = (
        next((c for c in children(tok.head) if _misparsed_predicate(c)), None)
        if tok.dep_ == "nsubj"
        else None
    )
    if loose is None and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and _modifier_clause(tok.head.head):
        loose = tok.head.head
    if loose is not None:
        # "Multiple sources privy to negotiations say": the parse's predicate is the speaker's modifier.
        toks = [t for t in doc[tok.left_edge.i : loose.i] if para_start <= t.i]
        span = _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None
        return span
    if tok.i < tok.head.i:
        # A phrase ends before its head: the parse may hang a later apposition on the subject
        # ("X said ..., a claim Moscow rejected"), which is no part of the speaker's name.
        cut = min(cut, tok.head.i)
    toks = [t for t in subtree(tok) if para_start <= t.i < min(cut, sent.end) and "\n" not in t.text]
    toks = _words_hung_on_verb(tok, para_start) + toks
    front = _split_front(tok)
    if front is not None and para_start <= front.left_edge.i:
        # "Zelenskiy's ministers all urged": the parse may make the quantifier the subject
        floating = tok.lower_ in _FLOATING and tok.left_edge.i == tok.right_edge.i
        toks = [t for t in subtree(front) if "\n" not in t.text] + ([] if floating else toks)
    while toks and toks[0].lower_ in _FOCUS_ADVERBS and toks[0].dep_ in ("advmod", "amod") and len(toks) > 1:
        toks = toks[1:]  # "Even Republicans warned": the focus adverb is the reporter's
    if len(toks) > 1 and toks[0].text in _SENTENCE_ADVERBS and toks[1].tag_ in ("NNP", "NNPS"):
        toks = toks[1:]  # "Meanwhile Pavel Zorin said": the parse runs the sentence's adverb into the name
    if len(toks) > 1 and place_of_preposition(doc, toks[0].i, toks[-1].i):
        toks = toks[1:]  # "while in Kyiv Volodymyr Zelenskiy said": the place is the preposition's
    if len(toks) > 1 and _contracted_has(toks[-1]):
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # "X, an adviser to Y, called Z “absurd” and said": the calling is no part of X
    for appos in children(tok):
        if appos.dep_ == "appos" and appos.i > tok.i and (act := speech_in_apposition(appos)) is not None:
            end = min(end, act.left_edge.idx)
    for child in children(tok):
        if child.dep_ in ("relcl", "acl") and child.i > tok.i and _speaks(child):
            end = min(end, child.left_edge.idx)
        elif (
            child.dep_ == "acl"
            and child.tag_ == "VBG"
            and child.i > tok.i
            and doc[child.left_edge.i - 1].text == ","
        ):
            end = min(end, doc[child.left_edge.i - 1].idx)  # "Nate Cohn, writing in the Times,": what he does
        elif (
            child.dep_ == "prep"
            and child.i > tok.i
            and child.lower_ in _SET_OFF_CIRCUMSTANCE
            and doc[child.i - 1].text == ","
        ):
            end = min(end, doc[child.i - 1].idx)  # "The mayor, in a Facebook post, said": where he said it
        elif child.dep_ == "appos" and child.i > tok.i and child.left_edge.tag_ in ("VBD", "VBZ"):
            # "Erin Brockovich, the activist, endorsed the plan, saying": the parse's apposition is the
            # sentence's verb phrase, not a description of the speaker.
            end = min(end, child.left_edge.idx)
    span = _trim(text, start, end)
    if span is None:
        return None
    while (
        span[0] < span[1]
        and (text[span[0]] in _QUOTE_CHARS or text[span[0]].isspace())
        and (span[0] + 1 < span[1] and (text[span[0] + 1].isspace() or text[span[0] + 1] in _QUOTE_CHARS))
    ):
        span = (span[0] + 1, span[1])  # a closing mark of the quote before, not the speaker's
    span = _trim(text, *span)
    if span is None:
        return None
    if text[span[1] - 1] in _QUOTE_CHARS and text[span[0]] not in _QUOTE_CHARS:
        span = _trim(text, span[0], span[1] - 1)
        if span is None:
            return None
    # A phrase set off inside the mention ("Ki Hong, 33,", "Mr. Mahaney, of RBC,", "Several
    # candidates, including Trump,") takes its closing comma with it, whatever its kind.
    if "," in text[span[0] : span[1]] and text[span[1] : span[1] + 1] == ",":
        span = (span[0], span[1] + 1)
    return after_stamp(text, span)


def _contracted_has(tok: Token) -> bool:
    """ "Christie's been making the case": an "'s" the parse reads as the subject's possessive ending,
    right before a participle that is the subject's own verb or auxiliary, is the verb "has" or
    "is", no part of the name ("McDonald's said" keeps it: a finite verb follows a name)."""
    subj = tok.head
    if (
        tok.dep_ != "case"
        or tok.lower_ not in ("'s", "’s")
        or subj.dep_ not in _SUBJ
        or tok.i + 1 >= len(tok.doc)
    ):
        return False
    after = tok.doc[tok.i + 1]
    if after.tag_ not in ("VBN", "VBG"):
        return False
    return after.i == subj.head.i or (after.head.i == subj.head.i and after.dep_ in ("aux", "auxpass"))


def _is_date_word(tok: Token) -> bool:
    """A day, month or time the parse took for a speaker ("X said Tuesday that ...")."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ in _DATE_WORDS


def _asked_of(cue: Token) -> bool:
    """ "Asked about the strikes, Peskov ...", "when asked whether ...": a passive participle of
    asking with no agent; its subject is who was asked, not who asked."""
    return (
        cue.lemma_.lower() == "ask"
        and cue.tag_ == "VBN"
        and cue.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in children(cue))
    )


def _drop_date_head(doc: Doc, att: Attribution) -> None:
    """ "Viktor Orban Saturday called for …": the parse heads the speaker's phrase with the day;
    the speaker is the name before it. A day alone is no speaker."""
    day = doc[att.source_token]
    before = doc[day.i - 1] if day.i > 0 else None
    if att.source and att.source[0] < day.idx and before is not None and before.pos_ in ("PROPN", "NOUN"):
        att.source = _trim(doc_text(doc), att.source[0], before.idx + len(before.text))
        att.source_token = before.i if att.source else None
    else:
        att.source = att.source_token = None


_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning evening night "
    "january february march april may june july august september october november december".split()
)


def _same_para(a: Token, b: Token) -> bool:
    """No paragraph break between two tokens of a sentence."""
    breaks = breaks_before(a.doc)
    return breaks[max(a.i, b.i)] == breaks[min(a.i, b.i)]


def _split_front(subj: Token) -> Token | None:
    """ "Fox News’ Bret Baier noticed", "Vatican spokesman the Rev. X told": the parse splits the
    speaker's phrase into two subjects of the verb, one right after the other; the first is the
    start of the name. Not the noun an object relative hangs on ("the deal Kyiv says …", "which
    he said"), nor a phrase with a verb, a colon, a dash or a quotation mark up to the name."""
    verb = subj.head
    if subj.dep_ != "nsubj" or subj.left_edge.i == 0 or verb.dep_ in ("relcl", "acl"):
        return None
    before = subj.doc[subj.left_edge.i - 1]
    if before.text == "," and not any(c.dep_ == "conj" for c in children(subj)):
        return None  # "Mykolaiv, Sashko explained, was …": a comma parts them, unless in a list
    for _ in range(6):  # a short climb from the word before the name to the phrase it ends
        if before.head.i == verb.i or before.head.i >= subj.left_edge.i or before.i == before.head.i:
            break
        before = before.head
    if before.dep_ != "nsubj" or before.head.i != verb.i or before.tag_ in ("WDT", "WP", "WP$"):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in children(before)):
        return None  # "a defeat Obama believes …": a noun with its article is the relative's antecedent
    words = subj.doc[before.left_edge.i : subj.left_edge.i + 1]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or ":" in t.text or t.text in _DASHES for t in words):
        return None
    return before


def _of_the_speaking(child: Token) -> bool:
    """A phrase after the speaker that belongs to the speaking, not the speaker: a date ("The mayor
    on Tuesday said", "Trump last week invited", not "a poll out Monday") or a floating quantifier
    ("Kyiv and Moscow both claimed")."""
    if child.dep_ == "prep":
        return _is_date_phrase(child)
    if child.dep_ == "npadvmod":
        head = child.head
        return (
            child.ent_type_ in ("DATE", "TIME")
            and head.pos_ in ("PROPN", "PRON")
            and child.right_edge.i == head.right_edge.i
            and child.right_edge.i + 1 == head.head.i
        )
    return child.lower_ in _FLOATING and child.i == child.head.right_edge.i


def _charge_in_agent(pobj: Token) -> Token | None:
    """The "of" of the charge when the parse hangs it inside the agent's phrase ("were accused by
    Kyiv of spying", "by the head of the mission of torturing detainees", "by the reporter of the
    year of lying"): the accuser's own "of" phrases come first, so the last "of" there is what was
    charged, no part of who charged. None when the verb holds its own "of"."""
    agent = pobj.head
    if pobj.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in ("accuse", "suspect"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children(agent.head)):
        return None
    tail = pobj.doc[pobj.i + 1 : pobj.right_edge.i + 1]
    return next((t for t in reversed(tail) if t.lower_ == "of" and t.dep_ == "prep"), None)


def _is_date_phrase(prep: Token) -> bool:
    """ "on Tuesday" after a speaker ("The mayor on Tuesday said") dates the speech, not the speaker."""
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    return prep.lower_ in ("on", "in", "at") and pobj is not None and pobj.ent_type_ in ("DATE", "TIME")


def _speaks(verb: Token) -> bool:
    """A clause that reports speech of its own ("who said the town had fallen"), not one
    that only mentions speaking ("who spoke on condition of anonymity")."""
    return _is_cue_verb(verb) and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children(verb))


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The speaker of a cue verb: its subject, or the subject it inherits."""
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and _is_cue_verb(verb):
        # "economists say taxing consumption encourages savings": a gerund after the cue
        # opens what was said; it is no speaker.
        subjects = [c for c in subjects if not _gerund_content(verb, c)] or subjects
    if len(subjects) > 1:
        # "Voters, Clinton suggested, do not ...": the parse gives the cue the content's subject too.
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    for child in children(verb):
        if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and verb.tag_ == "VBG"):
            # ("The general's been saying": the parse reads the contracted "has" as a passive's
            # auxiliary, but a progressive participle heads no passive; its subject speaks.)
            return child
        if child.dep_ == "agent":
            objs = [g for g in children(child) if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children(verb)) and any(
        c.dep_ == "ccomp" for c in children(verb)
    ):
        return None  # "…, but it is expected that …": no one is named, none is inherited
    if (lost := _name_read_as_adjective(verb) or _noun_read_as_compound(verb)) is not None:
        return lost
    share = next((c for c in lefts(verb) if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
    if share is not None and share.left_edge.i == verb.sent.start + (verb.sent[0].is_punct or 0):
        return share  # "About 4 in 10 say …": the parse hangs the share on the verb
    if depth > 3 or verb.head is verb:
        return None
    head = verb.head
    if _stray_cue(verb):
        # "describes X as Y to combat Z and claims ...": the speaker of the clause above the infinitive
        t = head
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            subj = next((c for c in children(t) if c.dep_ == "nsubj"), None)
            if t.pos_ in ("VERB", "AUX") and subj is not None:
                return subj
        return None
    if verb.dep_ == "conj" and _is_cue_verb(verb) and not _is_cue_verb(head) and head.dep_ == "ccomp":
        # "He said X had happened and said that Y": the parse hangs the second cue on X's verb.
        return _subject(head.head, depth + 1)
    if verb.dep_ == "acomp" and depth > 0:
        return _subject(head, depth + 1)  # "were more likely to say": the copula's subject
    if verb.dep_ in ("xcomp", "conj", "advcl") or (verb.dep_ == "pcomp" and head.dep_ == "prep"):
        if verb.dep_ == "pcomp":
            head = head.head
            # "In addition to stating …, Clinton has vowed": up the phrase to the verb it modifies
            for _ in range(3):
                if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                    break
                head = head.head
        for child in children(head):
            if child.dep_ == "nsubjpass":  # "X was quoted as saying"
                return child
        if verb.dep_ == "xcomp" and _to_of(verb) is not None and head.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in children(head) if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                return obj  # "This leads many experts to suspect …": the experts suspect
        purpose = verb.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in children(verb))
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and not purpose:
            # "appeared before reporters to discuss X" keeps its subject; "when X" does not, nor
            # does a finite clause, unless it is the next predicate of a list
            return _listed_subject(verb)
        return _subject(head, depth + 1)
    if verb.dep_ == "dep" and (listed := _listed_subject(verb)) is not None:
        # "Kyiv has denied the report, accused Moscow of lying and said …": a list's next predicate
        # the parse left unlabelled
        return listed
    host = _modifier_clause(verb) if depth == 0 else None
    if host is not None:
        # "Residents still living in the town say …": the parse makes the subject's participle a
        # clause of the cue; its subject is the speaker.
        return next(c for c in children(host) if c.dep_ == "nsubj")
    if depth == 0 and _misparsed_predicate(verb):
        # "Multiple sources privy to negotiations say …", "Majorities of Democrats going to the polls
        # say …": the parse takes the subject's modifier for the predicate and hangs the cue on it.
        return next(c for c in children(head) if c.dep_ == "nsubj")
    if (
        depth == 0
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and verb.doc[verb.i - 1].text == ","
    ):
        # "Erin Brockovich, the activist, endorsed the plan Saturday, saying …": the parse reads the
        # sentence as a name with modifiers; the name speaks.
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "pobj" and _absolute_with(head.head):
        # "…, with officials saying the town had fallen", "With polls showing …": in the absolute
        # "with" phrase the noun is the participle's subject.
        return head
    if _text_participle(verb) and depth == 0:
        return head  # "A petition calling on the government to …", "Officials saying …": the noun speaks
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj") and depth == 0:
        # "The KGB planted articles alleging ...": who placed the text speaks through it.
        carrier = head.head.head if head.dep_ == "pobj" else head.head
        if carrier.pos_ == "VERB" and head.lemma_.lower() not in EVIDENCE_NOUNS:
            return _subject(carrier, depth + 1)
    return None


def _listed_subject(verb: Token) -> Token | None:
    """The subject a finite clause after a comma shares with the predicate before it ("X visited A,
    referred to B and warned C", parsed with "referred" a clause of another verb): with no subject,
    marker or wh-word of its own, it is the next predicate of a list, and the verb the comma hangs
    on is the one before it. None when that verb has no subject of its own."""
    first = verb.left_edge.i
    if verb.tag_ not in _FINITE or first == 0 or verb.doc[first - 1].text != ",":
        return None
    prev = verb.doc[first - 1].head
    # "has mocked X, referred to Y": the auxiliary makes the participle finite
    finite = prev.tag_ in _FINITE or any(c.dep_ == "aux" for c in children(prev))
    # a dash the parse took for a verb ("KYIV ― X, …, made a call for …") lists nothing
    if prev.pos_ != "VERB" or not prev.is_alpha or not finite or prev.i > verb.i:
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS or c.tag_ in ("WRB", "WDT", "WP") for c in children(verb)):
        return None
    return next((c for c in children(prev) if c.dep_ == "nsubj" and c.i < prev.i), None)


_FINITE = frozenset("VBD VBZ VBP".split())
# What makes a finite clause subordinate or its own: a subject, a marker ("when", "as", "that").
_OWN_CLAUSE_DEPS = frozenset("nsubj nsubjpass csubj expl mark".split())


def _text_participle(verb: Token) -> bool:
    """A cue participle right after the noun it modifies, which is no object ("A petition calling on
    the government to …", "Officials saying the dam was safe were …"): the noun, a text or a group,
    is who says it, as PARC reads it. An object's participle is left to its carrier ("planted
    articles alleging"), one set off from it is a circumstance ("X, speaking in Kyiv, …")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or not _is_cue_verb(verb):
        return False
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    # A noun heading the whole sentence means the parse lost the main verb, most often into the
    # participle's object ("A video showing the strike on the bridge circulated on …")
    return head.dep_ not in ("dobj", "pobj", "ROOT") and verb.left_edge.i == verb.i == head.i + 1


# Verbs of making news known: a noun they modify as a participle with an agent is what the agent
# made known ("The strike, first reported by Reuters, …", "deaths confirmed by the UN"); not
# "publish" ("an interview published by X" is a text put out, no claim).
_PUBLISHED = frozenset("report announce disclose reveal confirm".split())
_NOUN_WINDOW = 40


def _published_noun(verb: Token) -> list[Char]:
    """ "The strike on the port, first reported by Reuters, destroyed …": the noun phrase before the
    participle is what the agent reported (the participle's subject is that agent, `_subject`)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i > verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return []
    if not any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in children(c)) for c in children(verb)):
        return []
    if verb.left_edge.i - head.left_edge.i > _NOUN_WINDOW:
        return []  # a run-on phrase is no noun reported; the bound keeps hostile lists linear
    words = list(head.doc[head.left_edge.i : verb.left_edge.i])
    while words and (words[-1].is_punct or words[-1].dep_ == "advmod"):
        words.pop()
    return _tokens_span(verb.doc, words)


def _name_read_as_adjective(verb: Token) -> Token | None:
    """ "Kyiv fears that …": the small model can tag a name opening the sentence as an adjective
    of the finite verb right after it; that name is the subject the verb lacks."""
    if verb.i == 0 or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    first = verb.doc[verb.i - 1]
    if first.head.i != verb.i or first.dep_ != "amod" or not first.is_title or not first.is_sent_start:
        return None
    return first


def _noun_read_as_compound(verb: Token) -> Token | None:
    """ "…, hospital records show.": the parse can hang a record's noun just before a finite verb
    on it as a compound, as if the verb were a noun too; that record is the subject the verb lacks.
    Only a record ("records", "data", "images"): in "China breaks WTO rules" or a headline's
    "Clinton coverage highlights …" the noun is no one's."""
    if verb.i == 0 or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head.i != verb.i or noun.dep_ != "compound" or noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    return noun


def _charged_with(verb: Token) -> Token | None:
    """The "of" phrase of a passive accusation with no agent ("is accused of", "are suspected of");
    a negated one ("would not be accused of") makes no charge."""
    if verb.lemma_.lower() not in ("accuse", "suspect") or any(
        c.dep_ in ("agent", "neg") for c in children(verb)
    ):
        return None
    return next(
        (c for c in rights(verb) if c.dep_ == "prep" and c.lower_ == "of" and c.i == verb.i + 1), None
    )


def _absolute_with(prep: Token) -> bool:
    """ "with" opening an absolute phrase: first in its sentence or after a comma or dash ("left
    with a document showing the plan" is no such phrase)."""
    if prep.lower_ != "with":
        return False
    return prep.is_sent_start or prep.doc[prep.i - 1].text in (",", *_DASHES)


def _with_speech(clause: Token) -> Token | None:
    """The speech verb of a "with X telling/saying …" phrase that ends right before `clause`, when
    both hang on the same verb: the clause is that speaker's report, not the main verb's."""
    doc = clause.doc
    if clause.left_edge.i == 0:
        return None
    before = doc[clause.left_edge.i - 1]
    # the phrase is the head's child whose subtree ends at `before`: climb to it from `before`
    # (a verb heading a run-on's thousands of clauses is not read child by child per clause)
    p = before
    for _ in range(_PHRASE_DEPTH):
        if p.head.i == clause.head.i or p.head.i == p.i:
            break
        p = p.head
    if p.head.i != clause.head.i or p.i == clause.head.i:
        return None
    if p.dep_ == "prep" and p.lower_ == "with" and p.right_edge.i == before.i:
        verb = next((c for c in children(p) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if verb is not None and CUE_VERBS.get(_lemma(verb)) in (NEUTRAL, ASSERTIVE):
            return verb
    return None


_PHRASE_DEPTH = 40  # deeper than any "with X saying …" phrase is written


def _modifier_clause(verb: Token) -> Token | None:
    """The participle clause before a subjectless cue that is really its subject's modifier, when the
    cue has its own clause after it ("Residents still living in the town say the shelling …")."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in children(verb)):
        return None
    host = next((c for c in children(verb) if c.dep_ == "ccomp" and c.i < verb.i), None)
    if host is None or host.tag_ not in ("VBG", "VBN") or host.right_edge.i != verb.i - 1:
        return None
    subj = next((c for c in children(host) if c.dep_ == "nsubj" and c.i < host.i), None)
    if subj is None or any(t.is_punct for t in verb.doc[subj.left_edge.i : verb.i]):
        return None
    return host


def _misparsed_predicate(verb: Token) -> bool:
    """A cue the parse leaves as a loose `dep`/`parataxis` of the subject's modifier, taken for the predicate."""
    head = verb.head
    return (
        verb.dep_ in ("dep", "parataxis")
        and verb.tag_ in ("VBP", "VBZ", "VBD")
        and head.i < verb.i
        and head.pos_ in ("ADJ", "VERB")
        and any(c.dep_ == "nsubj" and c.i < head.i for c in children(head))
        and not any(
            c.dep_ in ("aux", "auxpass", "neg", "dobj", "ccomp", "xcomp", "acomp") for c in children(head)
        )
        and not any(t.is_punct for t in verb.doc[head.i : verb.i])
    )


def _gerund_content(verb: Token, child: Token) -> bool:
    """ "said legalizing it could put thousands to work", "say taxing consumption encourages
    savings": the parse makes the gerund subject of the reported clause the cue's own xcomp or
    csubj and hangs the clause's verb on it or on the cue."""
    return (
        child.dep_ in ("xcomp", "csubj")
        and child.tag_ == "VBG"
        and child.i > verb.i
        and child.left_edge.i == child.i
        and (
            any(c.dep_ == "ccomp" for c in children(child))
            or any(c.dep_ == "ccomp" and c.i > child.i for c in children(verb))
        )
    )


def _inverted_conj(tok: Token, subj: Token) -> bool:
    """ "The package includes air defence, the defence minister told a parliamentary committee": the
    parse joins a speaker and cue that close the sentence to the reported clause as a second
    conjunct, with no "and" between; "…, and the minister told reporters" is a second act."""
    head = tok.head
    return (
        CUE_VERBS.get(_lemma(tok)) in (NEUTRAL, ASSERTIVE)
        and head.i < tok.i
        and subj.head.i == tok.i
        and subj.i < tok.i
        and tok.doc[subj.left_edge.i - 1].text == ","
        and not any(c.dep_ in ("cc", "preconj") and c.i < tok.i for c in children(head) if c.i > head.i)
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1 : tok.right_edge.i + 1])
    )


def _is_cue_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and _lemma(tok) in CUE_VERBS


def _right_end(tok: Token) -> int:
    right = tok.right_edge
    while right.i > tok.i and (right.is_punct or right.is_space):
        right = right.doc[right.i - 1]
    return right.idx + len(right.text)


# Verbs that invert after a quotation or mid-clause ("…, said X"); "told X" names the hearer.
_INVERTING = frozenset("say add write ask explain note recall".split())


def _inverted_subject(verb: Token) -> Token | None:
    """ "“…,” said Pastor Bradley Cranston" — the parse often takes the speaker for an object."""
    if verb.lemma_.lower() not in _INVERTING:
        return None
    if verb.i == 0 or not (verb.doc[verb.i - 1].is_punct or verb.doc[verb.i - 1].is_quote):
        return None
    for child in rights(verb):
        if child.dep_ in ("dobj", "npadvmod", "attr", "nsubj", "appos") and child.pos_ in ("PROPN", "NOUN"):
            return child
    return None


def _said_inside(verb: Token) -> tuple[Token, list[Char]] | None:
    """ "The town, said the governor, was almost destroyed": an inverted "said X" set off by
    commas inside the clause it reports, after the clause's subject. The parse takes that
    subject (or nothing) for the speaker; the speaker is the phrase after the verb, what was
    said the sentence around it."""
    doc = verb.doc
    if (
        verb.lemma_.lower() not in _INVERTING
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or doc[verb.i - 1].text != ","
    ):
        return None
    sent = verb.sent
    if (
        not sent.start + 2 <= verb.i <= sent.start + 30
        or doc[sent.start].is_quote
        or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text == "," for t in doc[sent.start : verb.i - 1])
    ):
        return None  # a short subject opens the sentence: no quotation, clause or apposition of its own
    end = next(
        (
            i
            for i in range(verb.i + 2, min(verb.i + 40, sent.end - 1))
            if doc[i].text == ","
            and doc[i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
            and not _is_cue_verb(doc[i + 1])
        ),
        None,
    )
    if end is None or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[verb.i + 1 : end]):
        return None
    heads = [t for t in doc[verb.i + 1 : end] if not verb.i < t.head.i < end]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None  # one phrase, the speaker's, between the verb and the comma
    name = heads[0]
    text = doc_text(doc)
    last = doc[sent.end - 1]
    while last.i > end and last.is_punct:
        last = doc[last.i - 1]
    parts = [
        _trim(text, sent.start_char, doc[verb.i - 1].idx),
        _trim(text, doc[end].idx + 1, last.idx + len(last.text)),
    ]
    return (name, parts) if None not in parts else None


def _subject_before_clause(verb: Token) -> Token | None:
    """ "The governor, meanwhile, who took office in May, said the troops would stay", "The governor
    is confident the dam will hold, says the level is falling": the parse reads the speaker's own
    relative clause, or a predicate the speaker shares with the cue, as the cue's reported clause.
    When a clause with a subject of its own follows the cue, that one is what was said, and the
    subject opening the clause before the comma speaks. The parse makes that clause a reported one
    or an adverbial one ("The mayor, meanwhile, who returned on Sunday, said"); an adverbial clause
    opened by its subordinator ("When troops left, said") is not opened by its subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    before = next((c for c in lefts(verb) if c.dep_ in _CLAUSE or c.dep_ == "advcl"), None)
    after = next((c for c in rights(verb) if c.dep_ in _CLAUSE), None)
    if before is None or after is None or before.right_edge.i < verb.i - 2 or not _plain_clause(after):
        return None
    subj = next((c for c in children(before) if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.left_edge.i != before.left_edge.i
        or subj.lower_ in _RELATIVES
        or subj.lower_ in ("it", "there", "this")
        or any(t.is_quote for t in doc[before.left_edge.i : verb.i])
    ):
        return None  # a quotation, or a clause opened by anything but its subject, is what was said
    return subj


def _plain_clause(clause: Token) -> bool:
    """A verb with one subject and no mark of punctuation between its cue and it ("says the level
    is falling"), not an inverted speaker the parse made a clause ("says Australian prime minister –
    video Albanese committed …", "said Niklas Masuhr at the Center …": a noun heads it)."""
    doc = clause.doc
    subjects = [c for c in children(clause) if c.dep_ in _SUBJ]
    return (
        clause.pos_ in ("VERB", "AUX")
        and len(subjects) == 1
        and not any(t.is_punct for t in doc[clause.head.i + 1 : clause.i])
    )


def _named_after_quote(verb: Token, first: int) -> tuple[Char, int, int] | None:
    """ "“They shelled the queue,” a volunteer, carrying medicine to the shelter, said": the parse
    hangs the speaker and its apposition or participle inside the quotation, and the cue is left
    without a subject. The words between the closing mark and the comma before the cue name the
    speaker (with that comma, as an apposition's speaker is written); the quotation is what was
    said. Returns the speaker's span, its head word and where the quotation ends."""
    doc = verb.doc
    if first < 4 or doc[first - 1].text != ",":
        return None
    close = None
    for i in range(first - 2, max(first - 32, 0), -1):  # a short look back, within the sentence
        if doc[i].is_quote:
            close = i
            break
        if doc[i].is_sent_start:
            return None
    if close is None or close + 1 >= first - 1 or doc[close - 1].text not in (",", "?", "!"):
        return None  # a closing mark right after the quotation's last comma: “…,” NAME, … said
    name = doc[close + 1 : first - 1]
    if name[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or any(
        _finite_in_name(t) or t.is_quote or "\n" in t.text for t in name
    ):
        return None  # a clause of its own, not a name with its description
    comma = next((t.i for t in name if t.text == ","), name.end)
    heads = [t for t in doc[name.start : comma] if t.pos_ in ("PROPN", "NOUN")]
    if not heads:
        return None
    end = doc[first - 1] if comma < name.end else name[-1]
    return (name.start_char, end.idx + len(end.text)), heads[-1].i, doc[close].idx + len(doc[close].text)


def _finite_in_name(tok: Token) -> bool:
    """A finite verb, which makes the words after a quotation a clause of their own. A past form
    right after the comma that opens the name's description is its participle the tagger read as
    a past tense ("the soldiers, lined up on the square, shouted"): a name and a comma take no
    finite verb of their own there."""
    if tok.tag_ == "VBD" and tok.doc[tok.i - 1].text == ",":
        return False
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _opens_in_quote(start: int, end: int, quotes: list[Char]) -> bool:
    """The content starts inside the quotation that ends at `end`: only then is the quotation what
    was said. Content that opens before it ("Moscow called the vote “a free choice,” Kyiv's
    ministry, in a statement, said") holds another cue whose own content the parse runs over the
    name, and cutting ours at the quotation leaves it shorter than that one, which then wins."""
    return any(qa <= start < qb == end for qa, qb in _quotes_near(quotes, start, start))


def _scene_speaker(verb: Token) -> Token | None:
    """ "In a call on Oct. 3, Col. X, a spokesman, said": the parse hangs the name before the verb
    on the date or place of the opening phrase, as its apposition; that name speaks."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    t, name = doc[verb.i - 2], None
    for _ in range(8):  # a short climb from the word before the comma to the verb's phrase
        if t.dep_ == "appos" and t.head.i < t.i and t.pos_ == "PROPN":
            name = t  # the outermost apposition is the name, an inner one its description
        if t.head.i in (verb.i, t.i):
            break
        t = t.head
    if name is None or t.head.i != verb.i or t.dep_ != "prep" or t.i > name.i or name.head.dep_ != "pobj":
        return None
    return name


def _lost_subject(tok: Token, clause: Token) -> list[Char]:
    """ "Murphy argued his fight to fund schools is relevant": the parse hangs the clause's
    subject on the cue (as its object); a subjectless clause takes back what stands between."""
    if clause.dep_ != "ccomp" or clause.i < tok.i or _has_mark(clause, ("that", "if", "whether")):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children(clause)):
        return []
    between = [
        c
        for c in children(tok)
        if tok.i < c.i < clause.left_edge.i and c.dep_ in ("dobj", "advcl", "xcomp", "nsubj")
    ]
    if not between:
        return []
    return _tokens_span(tok.doc, [t for c in between for t in subtree(c)])


def _conjoined_clause(tok: Token, clause: Token, subj: Token | None) -> list[Char]:
    """ "She said she had no numbers, and people were still using it": the parse hangs a second
    clause with its own subject on the cue; it goes on with what was said."""
    if clause.dep_ != "ccomp" or clause.i < tok.i:
        return []
    conj = next((c for c in children(tok) if c.dep_ == "conj" and c.i > clause.right_edge.i), None)
    if conj is None or not _same_para(tok, conj) or _is_cue_verb(conj):
        return []
    conj_subj = next((c for c in children(conj) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if (
        conj_subj is None
        or conj_subj.lower_ in _PERSONAL
        or (subj is not None and conj_subj.lower_ == subj.lower_)
    ):
        return []  # "…, and he left": the speaker's next act, told by the reporter
    if any(_speech_word(t) for t in subtree(conj) if t.i != conj.i):
        return []  # "…, and more than 4 in 10 said …": the second clause reports speech of its own
    cc = [c for c in children(tok) if c.dep_ == "cc" and clause.right_edge.i < c.i < conj.i]
    span = _tokens_span(tok.doc, [*cc, *subtree(conj)])
    if any(UNVERIFIED.search(doc_text(tok.doc), a, b) for a, b in span):
        return []  # "…, but it gave no other information": the reporter's check, not the claim
    return span


def _speech_word(tok: Token) -> bool:
    """A verb of saying, also where the tagger missed it ("4 in 10 said" tagged as an adjective)."""
    return CUE_VERBS.get(tok.lemma_.lower()) in (NEUTRAL, ASSERTIVE) and (
        tok.pos_ == "VERB" or tok.lower_ in ("said", "says", "told", "tells")
    )


def _stray_complements(tok: Token, clause: Token) -> list[Char]:
    """ "stated that Washington was recommending Ukraine delay a significant operation until ...":
    the parse hangs the rest of the clause ("delay ...") on the cue as more complements without
    a subject; each that follows on at once goes on with what was said."""
    if clause.dep_ != "ccomp" or clause.i < tok.i:
        return []
    out: list[Token] = []
    end = clause.right_edge.i
    for c in rights(tok):
        if c.i <= end or c.dep_ != "ccomp":
            continue
        if (
            c.left_edge.i != end + 1
            or not _same_para(tok, c)
            or _is_cue_verb(c)
            or any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in children(c))
        ):
            break
        out.extend(subtree(c))
        end = c.right_edge.i
    return _tokens_span(tok.doc, out) if out else []


def _parenthetical(tok: Token, subj: Token) -> bool:
    """ "Later, he said, his commander ordered him ...": the cue and its speaker set off by commas
    inside the clause they report."""
    doc = tok.doc
    first = min(subj.left_edge.i, tok.i)
    if tok.dep_ != "parataxis" or first <= tok.sent.start or doc[first - 1].text != ",":
        return False  # tested first: the last word below reads the cue's whole subtree
    last = max(t.i for t in subtree(tok) if not t.is_punct)
    return last + 1 < len(doc) and doc[last + 1].text == ","


def _stranded_subject(tok: Token, first: int, last: int) -> bool:
    """ "Russian forces, a commander said on Monday, had pulled back": the parse gives the cue
    the reported clause's subject (before the comma) as a second subject and the rest of that
    clause as its complement (after the tag), a complement with no subject of its own."""
    return any(c.dep_ == "nsubj" and c.i < first - 1 for c in children(tok)) and any(
        c.dep_ == "ccomp" and c.i > last and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c))
        for c in children(tok)
    )


def _relay_tail(verb: Token, comma: int) -> bool:
    """ "…, he said after the talks, AFP reports": a speech verb right after the tag's comma with a
    subject and nothing it says of its own passes the whole sentence on; it is the relay's act, not
    more of what was said ("…, she said, that the convoy would not wait" goes on with a clause)."""
    return (
        verb.left_edge.i <= comma + 1
        and _is_cue_verb(verb)
        and any(c.dep_ in _SUBJ for c in children(verb))
        and not any(c.dep_ in ("mark", "ccomp", "xcomp", "dobj") for c in children(verb))
    )


def _around_parenthetical(tok: Token, subj: Token, cue_toks: list[Token], content: list[Char]) -> list[Char]:
    """ "It matters, the mayor said by phone, that the bridge still stands": an
    attribution set off by commas mid-sentence reports the whole sentence around it."""
    doc = tok.doc
    sent = tok.sent
    first = min(subj.left_edge.i, *(t.i for t in cue_toks))
    if subj.i > tok.i or first <= sent.start or doc[first - 1].text != ",":
        return []
    reported_before = any(c.dep_ == "ccomp" and c.i < first for c in children(tok))
    last = max(t.i for t in cue_toks)
    if tok.dep_ != "parataxis" and not reported_before and not _stranded_subject(tok, first, last):
        return []  # "Minutes later, she sent an email saying, “done.”": no clause around the cue
    after = next((i for i in range(last + 1, min(last + 9, sent.end)) if doc[i].text == ","), None)
    if after is None or any(t.pos_ in ("VERB", "AUX") for t in doc[last + 1 : after]):
        return []
    if after + 1 >= sent.end or doc[after + 1].is_punct and not doc[after + 1].is_quote:
        return []
    text = doc_text(doc)
    lo = max(sent.start_char, text.rfind("\n", 0, tok.idx) + 1)
    before = [t for t in doc[sent.start : first - 1] if t.idx >= lo and not t.is_punct]
    if len(before) < 2 and not _subject_before_tag(tok, first):
        return []  # "Now, he said, …"; but "Russia, he said, “will pay”" is the clause's subject
    # An opening phrase the parse gives the cue ("After the court ruled, Hebert said, most laws …")
    # opens the reported sentence; before a quotation ("In February, Mr. Trump said, “…”") it is
    # the cue's, which the test on quotation marks below decides.
    if any(c.dep_ in ("advcl", "conj", "npadvmod", "xcomp", "dobj") and c.i > after for c in children(tok)):
        return []  # ", adding, “…”": what follows is another act of the speaker
    if any(c.i > after and _relay_tail(c, after) for c in children(tok)):
        return []  # "…, he said after the talks, AFP reports": the agency relays, it is not said
    hi = text.find("\n", tok.idx)
    hi = sent.end_char if hi < 0 else min(hi, sent.end_char)
    if tok.dep_ == "parataxis":
        # "The dam, officials said, was destroyed, the agency reported": the reported clause ends
        # where the tag's head does; a relay's tail after it is not part of what was said
        edge = tok.head.right_edge
        while edge.i > tok.head.i and all(ch in _TRIM for ch in edge.text):
            edge = edge.doc[edge.i - 1]  # the full stop is not said; "?" and a closing quote are
        hi = min(hi, edge.idx + len(edge.text))
    parts = [_trim(text, lo, doc[first - 1].idx), _trim(text, doc[after].idx + 1, hi)]
    if None in parts or not content or not any(_overlaps(c, p) for c in content for p in parts):
        return []
    pre = text[parts[0][0] : parts[0][1]]
    if text[parts[1][0]] in _QUOTE_CHARS and not any(ch in _QUOTE_CHARS for ch in pre):
        if not _subject_before_tag(tok, first):
            return []  # "On Tuesday, he said, “…”": the quote is all that was said
    return parts


def _subject_before_tag(tok: Token, first: int) -> bool:
    """ "The shelling, officials said, “has not stopped”": the reported clause's subject stands
    before the tag and the quotation goes on with its verb, so the subject was said too (an
    opening phrase, "On Tuesday, he said, “…”", is the cue's)."""
    clause = tok.head
    return (
        tok.dep_ == "parataxis"
        and clause.i > tok.i
        and any(c.dep_ in _SUBJ and c.i < first - 1 for c in children(clause))
        # "Overall, he argued, “the price … is worth paying”": the quotation has its own subject
        and not any(c.dep_ in _SUBJ and c.i > tok.i for c in children(clause))
    )


def _content_from_clause(clause: Token, cue: Token, source: Token | None) -> list[Char]:
    exclude = {t.i for t in subtree(cue)} if cue.i in {t.i for t in subtree(clause)} else set()
    if exclude and source is not None:
        # A second subject the parse gave the cue belongs to the content it stands in.
        for stray in children(cue):
            if stray.dep_ == "nsubj" and stray.i != source.i and stray.i < cue.i:
                exclude -= {t.i for t in subtree(stray)}
    for child in children(clause):
        # "... and said that Y": a second speech verb conjoined inside the clause is its own claim.
        if (
            child.dep_ == "conj"
            and _is_cue_verb(child)
            and not any(c.dep_ in _SUBJ for c in children(child))
            and any(c.dep_ == "ccomp" for c in children(child))  # "and cited a list" stays in
        ):
            exclude |= {t.i for t in subtree(child)}
            exclude |= {c.i for c in children(clause) if c.dep_ == "cc" and clause.i < c.i < child.i}
    if source is not None:
        exclude |= {t.i for t in subtree(source)}
    exclude |= _time_of_saying(clause, cue)
    return _subtree_chars(clause, exclude - {clause.i})


def _time_of_saying(clause: Token, cue: Token) -> set[int]:
    """ "The agency said on Friday it would send inspectors": with no "that", the parse hangs the
    time right after the speech verb on the reported clause, before its subject; it tells when
    the saying was, as in "said on Friday that …", and is no part of what was said."""
    subj = next((c for c in children(clause) if c.dep_ in _SUBJ), None)
    first = next((c for c in lefts(clause)), None)
    if subj is None or first is None or first.i > subj.i or first.left_edge.i != cue.i + 1:
        return set()
    if first.dep_ not in ("prep", "npadvmod") or first.right_edge.i >= subj.left_edge.i:
        return set()
    phrase = range(first.left_edge.i, first.right_edge.i + 1)
    if not any(clause.doc[i].ent_type_ in ("DATE", "TIME") for i in phrase):
        return set()
    return set(phrase)


def _lemma(tok: Token) -> str:
    """spaCy's lemma, with the small model's "hoping" -> "hop" put right."""
    lemma = tok.lemma_.lower()
    if lemma == "hop" and tok.lower_ in ("hoping", "hoped", "hopes"):
        return "hope"
    if lemma in REPLY_BACK and any(c.lower_ == "back" and c.i == tok.i + 1 for c in children(tok)):
        return f"{lemma} back"  # "Peskov shot back"
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children(tok)):
        return "rule out"  # "Ukraine ruled out agreeing to a ceasefire" asserts the opposite of its object
    return lemma


# Cue forms that are also plural or singular nouns ("talk shows", "insurance claims").
_NOUN_FORMS = frozenset("shows show reports report claims claim says".split())


def _heads_noun_phrase(tok: Token, subj: Token | None) -> bool:
    """ "Russian talk shows that aired on Sunday focused on the war": the parse reads "shows" as a
    verb with "talk" for its subject, but a relative clause follows it and the sentence's own verb
    ("focused") comes after that, with no subject of its own: the word heads a noun phrase."""
    doc = tok.doc
    if tok.lower_ not in _NOUN_FORMS or subj is None or subj.i != tok.i - 1 or subj.pos_ != "NOUN":
        return False
    if tok.i + 1 >= len(doc):
        return False
    rel = doc[tok.i + 1]
    if rel.lower_ not in ("that", "which") or rel.dep_ not in ("nsubj", "nsubjpass") or rel.head.i <= rel.i:
        return False
    clause = rel.head
    end = tok.sent.end
    return any(
        v.tag_ in ("VBD", "VBZ", "VBP")
        and v.dep_ in ("ccomp", "ROOT", "conj")
        and not any(c.dep_ in _SUBJ or c.dep_ == "expl" for c in children(v))
        and not any(a.i == clause.i for a in v.ancestors)
        for v in doc[clause.i + 1 : end]
    )


# Subordinators of time and cause: a clause they open tells when or why, not what was said.
_SCENE_MARKS = frozenset("after before when whenever while since because until once".split())


def _scene_clause(clause: Token) -> bool:
    """ "The governor said so on Monday, after the shelling had stopped": the parse may take the
    time clause for the verb's complement; it is not the report."""
    mark = next((c for c in children(clause) if c.dep_ == "mark" and c.lower_ in _SCENE_MARKS), None)
    # "said the attack hours after the deal was signed was …": a subject before the mark is the report's
    return mark is not None and not any(c.dep_ in _SUBJ and c.i < mark.i for c in children(clause))


_QUOTE_MARKS = frozenset("\"“”‘’'")


def _reported_right_after(verb: Token, before: Token, after: Token) -> bool:
    """Whether the clause after a speech verb is its report rather than the clause before the subject:
    no quotation before it or opening it (a split quotation's halves are both the speaker's), and after the verb
    only its object or "that" ("Cruz said he is", "told HuffPost that")."""
    doc = verb.doc
    looked = [
        *doc[max(before.left_edge.i - 1, 0) : before.right_edge.i + 2],
        *doc[verb.i + 1 : after.left_edge.i + 1],
    ]
    if any(c in _QUOTE_MARKS for t in looked for c in t.text):
        return False
    nxt = doc[before.right_edge.i + 1] if before.right_edge.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.text == ","
        and any(c.dep_ in _SUBJ and c.left_edge.i == before.left_edge.i for c in children(before))
    ):
        return False  # "First train reaches Kaliningrad, governor says The first …": the clause before is the report
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in children(after)) or not _has_subject(after):
        return False  # "..., the governor has said as fighting continued": a time, not the report
    # "— the agency said in March that …": a "that" clause is the report past the verb's phrases
    phrases = (
        _phrases_of(verb) if any(c.dep_ == "mark" and c.lower_ == "that" for c in children(after)) else ()
    )
    return all(
        t.dep_ in ("dobj", "mark", "dative")
        or (t.head.i != verb.i and t.head.dep_ == "dobj")
        or any(t.i in r for r in phrases)
        for t in doc[verb.i + 1 : after.left_edge.i]
    )


def _has_subject(clause: Token) -> bool:
    """A clause with a subject, its own ("the visit had been planned") or one it inherits."""
    return _subject(clause) is not None or any(c.dep_ in ("nsubjpass", "expl") for c in children(clause))


def _phrases_of(verb: Token) -> list[range]:
    """The extents of the prepositional phrases and time nouns after `verb` ("in March", "Tuesday"),
    by their edges: a run-on's phrase may hold thousands of words, asked of for each cue in it."""
    return [range(c.left_edge.i, c.right_edge.i + 1) for c in rights(verb) if c.dep_ in ("prep", "npadvmod")]


# "you know", "you see", "I mean": the talker's own markers to the hearer, no one's speech or belief
_DISCOURSE_TAGS = frozenset({("you", "know"), ("you", "see"), ("i", "mean")})


def _discourse_tag(tok: Token, subj: Token | None) -> bool:
    """ "The shelling went on, you know, for hours", "I mean, we had no choice": the words right
    after their subject, with nothing of their own and punctuation next, hold the floor or
    rephrase; they report nothing (PARC leaves them out). "You know that …", "as you know, …" and
    "I mean it" take a complement, a mark or an object, and stay cues."""
    doc = tok.doc
    return (
        subj is not None
        and subj.i == tok.i - 1
        and (subj.lower_, tok.lower_) in _DISCOURSE_TAGS
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].is_punct
        and all(c.i == subj.i or c.is_punct for c in children(tok))
    )


def _verb_attribution(tok: Token, quotes: list[Char]) -> Attribution | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None  # asked first: every token of the article comes here, few are verbs
    lemma = _lemma(tok)
    if lemma in SEE_AS | AS_VERBS and not any(c.dep_ == "prep" and c.lower_ == "as" for c in children(tok)):
        return None  # "sees the deal as a trap" is a view, "cast him as a traitor" a claim; "saw the missiles" is not
    if lemma == "call" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "a book called “Yuge!”", "a town called Pisky" name things; nobody speaks
    if lemma in REFUSAL_VERBS:
        return _refusal(tok)
    if lemma in HEDGE_VERBS:
        return _hedge(tok)
    if lemma not in CUE_VERBS and not _speech_like(tok):
        return None
    if lemma == "read" and not _quotes_a_text(tok):
        return None  # "The sign read: “…”" quotes a text; "The soldiers read the leaflets" does not
    subj = _subject(tok) or _inverted_subject(tok) or _scene_speaker(tok) or _subject_before_clause(tok)
    if _heads_noun_phrase(tok, subj) or _discourse_tag(tok, subj):
        return None
    if lemma in ("compare", "liken") and (
        subj is None
        or subj.lemma_.lower() in EVIDENCE_NOUNS
        or not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children(tok))
    ):
        return None  # "compared Putin to Stalin" is a stance; "a report compares surveys" is not
    content: list[Char] = []
    # The parse glues paragraphs into one sentence; a clause in another paragraph is not the cue's.
    clauses = [
        c
        for c in children(tok)
        if c.dep_ in _CLAUSE and _same_para(tok, c) and not _scene_clause(c) and _with_speech(c) is None
    ]
    if not clauses:
        # "Officials say once again that the bridge is safe": the parse hangs the clause on the adverb.
        clauses = [
            c
            for a in rights(tok)
            if a.dep_ == "advmod" and a.tag_ == "RB"
            for c in rights(a)
            if c.dep_ in _CLAUSE
            and _same_para(tok, c)
            and not _scene_clause(c)
            # only adverbs between ("pledged his support no matter how she does" is no report)
            and all(t.tag_ == "RB" for t in tok.doc[tok.i + 1 : c.left_edge.i])
        ]
    clause = clauses[0] if clauses else None
    if clause is not None and subj is not None and subj.head.i == clause.i and clause.i < tok.i:
        clause = next((c for c in clauses if c.i > tok.i), None)  # the speaker's own modifier
    if clause is not None and subj is not None and clause.i < subj.i < tok.i:
        # "In a statement released after X suspended his campaign, Cruz said he is certain ...": a
        # clause after the verb is what was said; the parse's clause before the subject is scenery.
        clause = next((c for c in clauses if c.i > tok.i and _reported_right_after(tok, clause, c)), clause)
    if clause is None and tok.dep_ == "pcomp" and tok.tag_ == "VBG":
        # "…, with the governor telling reporters the town was surrounded": the parse hangs the
        # reported clause on the main verb, right after the "with" phrase; or a conjunct of it with no
        # "and" ("…, with the ministry telling state media they had captured two villages").
        clause = next(
            (
                c
                for c in children(tok.head.head)
                if (c.dep_ in _CLAUSE or c.dep_ == "conj" and any(s.dep_ in _SUBJ for s in children(c)))
                and getattr(_with_speech(c), "i", -1) == tok.i
            ),
            None,
        )
    gerund = next((c for c in children(tok) if _gerund_content(tok, c)), None) if lemma in CUE_VERBS else None
    if gerund is not None and CUE_VERBS[lemma] in (NEUTRAL, ASSERTIVE, BELIEF, CONFIRM, DENY):
        clause = gerund if clause is None or clause.i > gerund.i else clause
    if clause is None and lemma in CUE_VERBS:
        clause = next(
            (
                c
                for c in children(tok)
                if c.dep_ == "xcomp"
                and lemma not in ("continue", "add", "repeat")  # "continue to defend" is no speech
                and (
                    lemma not in ("say", "tell", "ask")
                    or any(o.dep_ == "dobj" and o.i < c.i for o in children(tok))
                    or _speaker_in_relative(tok)
                    # "Russian forces are said to have withdrawn": the unnamed sources' report
                    or (lemma == "say" and any(o.dep_ == "nsubjpass" for o in children(tok)))
                )
            ),
            None,
        )
    if (
        clause is not None
        and clause.dep_ == "xcomp"
        and _to_of(clause) is not None
        and _is_cue_verb(clause)
        and not _addressee_before(tok, clause)
    ):
        return None  # "sought to distinguish ...", "is expected to endorse ...": the inner verb is the cue
    if clause is None:
        # "asked Clinton if ...", "wondered whether ..."
        clause = next(
            (c for c in children(tok) if c.dep_ == "advcl" and _has_mark(c, ("if", "whether"))), None
        )
    if clause is None:
        # "said during a news conference that ..." — the parse hangs the clause on the noun.
        clause = next(
            (
                t
                for p in children(tok)
                if p.i > tok.i and (p.dep_ == "prep" or p.dep_ in _CLAUSE and _scene_clause(p))
                for t in subtree(p)
                if t.dep_ in ("relcl", "acl") and _that_clause(t)
            ),
            None,
        )
    cue_extra: list[Token] = []
    object_word: int | None = None
    unnamed = False  # a passive with no agent: sources left unnamed, below a named one around it
    passive = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
    if (
        passive is not None
        and clause is not None
        and clause.dep_ == "xcomp"
        and not any(c.dep_ == "agent" for c in children(tok))
    ):
        # "Trump is expected to win": what is expected runs from the subject through the cue.
        content = [(min(passive.left_edge.idx, tok.idx), _right_end(clause))]
        subj = None
        unnamed = True
    elif clause is None and passive is not None and (charge := _charged_with(tok)) is not None:
        # "The unit is accused of executing prisoners": the charge, its subject and cue, unnamed.
        content = [(min(passive.left_edge.idx, tok.idx), _right_end(charge))]
        cue_extra = [charge]
        subj = None
        unnamed = True
    elif clause is not None:
        cue_extra = _light_cue_words(tok)
        content = _content_from_clause(clause, tok, None)
        content = _relative_gap(tok, clause) + content
        content = _lost_subject(tok, clause) + content
        content += _conjoined_clause(tok, clause, subj)
        content += _stray_complements(tok, clause)
        obj = next((c for c in children(tok) if c.dep_ == "dobj" and c.i < clause.i), None)
        if clause.dep_ == "xcomp" and obj is not None and obj.i > tok.i:
            # "urged him to resign": the person urged is part of what was urged.
            content = _tokens_span(tok.doc, [*subtree(obj), *(t for t in subtree(clause))])
    elif lemma in PREP_CUES and (prep := _cue_prep(tok, PREP_CUES[lemma])) is not None:
        # "called for talks", "pointed to the losses": the object of the preposition is the content.
        content = _tokens_span(tok.doc, [t for t in subtree(prep) if t.i != prep.i])
        cue_extra = [prep]
    elif lemma in PREP_CUES and (pair := _cue_prep_clause(tok, PREP_CUES[lemma])) is not None:
        # "calling for the United States to step up ...": the parse makes "for" the clause's mark.
        prep, head = pair
        content = _tokens_span(tok.doc, [t for t in subtree(head) if t.i != prep.i])
        cue_extra = [prep]
    elif (
        tok.dep_ in ("parataxis", "ccomp", "advcl", "conj")
        and tok.head.i != tok.i
        and subj is not None
        and not any(qa <= tok.idx < qb for qa, qb in _quotes_near(quotes, tok.idx, tok.idx))
        and (not _is_cue_verb(tok.head) or _parenthetical(tok, subj))
        and not (tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in children(tok)))
        and not (tok.dep_ == "advcl" and lemma in _AS_WHEN)
        and not (
            tok.dep_ == "advcl"
            and lemma not in _ADDRESSEE_VERBS
            and any(c.dep_ == "dobj" for c in children(tok))
        )
    ):
        # ("although he thanked X, he sounded …": a subordinate cue does not report its main clause)
        # "“We will win,” he said." — the quote's verb heads the cue.
        head = tok.head
        if subj.i not in {t.i for t in subtree(head) if t.i not in {s.i for s in subtree(tok)}}:
            gap = tok.doc[min(head.i, tok.i) : max(head.i, tok.i)]
            if any(t.text in ',“”"' or t.is_quote for t in gap) and (
                tok.dep_ != "conj" or _inverted_conj(tok, subj)
            ):
                inside = [q for q in _quotes_near(quotes, head.idx, head.idx) if q[0] <= head.idx < q[1]]
                content = inside[:1] or _content_from_clause(head, tok, subj)
    if (
        not content
        and tok.dep_ == "advcl"
        and subj is not None
        and CUE_VERBS.get(lemma) in (NEUTRAL, ASSERTIVE)
    ):
        # "after Trump told the Post he was not there yet": the parse makes the reported
        # clause the head of its own cue; what follows the cue phrase is the content.
        # Tested before the head's subtree is read: in a run-on of such clauses each cue's head
        # holds the rest of the sentence, and reading it for every cue was quadratic.
        head = tok.head
        head_subj = (
            next((c for c in children(head) if c.dep_ == "nsubj"), None)
            if head.i > tok.right_edge.i
            else None
        )
        if head_subj is not None and head_subj.left_edge.i == tok.right_edge.i + 1:
            after = [t for t in subtree(head) if t.i > tok.right_edge.i]
            content = _same_paragraph(doc_text(tok.doc), _tokens_span(tok.doc, after), tok.idx)
    if not content and subj is not None and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        # "The rejection signals the end, said Wilders": the parse makes the reported clause a
        # second subject of the inverted cue.
        stray = next((c for c in lefts(tok) if c.dep_ == "nsubj" and c.i != subj.i), None)
        if stray is not None and subj.i > tok.i:
            content = _subtree_chars(stray)
    if not content and lemma == "call":
        # "calling Trump “an orange buffoon”": object and predicate together.
        obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
        pred = next((c for c in children(tok) if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > tok.i), None)
        if obj is not None and pred is not None:
            content = _tokens_span(tok.doc, [*subtree(obj), *subtree(pred)])
    if not content:
        obj = next(
            (
                c
                for c in children(tok)
                if c.dep_ in ("dobj", "attr")
                and _object_is_content(lemma, subj)
                and not _takes_lives(lemma, c)
            ),
            None,
        )
        personal = obj is not None and obj.lower_ in _PERSONAL_OBJECTS and lemma not in ("say", "ask")
        # "whom he describes as …", "which he called “a cartel”": the relative word is what is meant
        relative = obj is not None and obj.lower_ in _RELATIVES and tok.dep_ == "relcl" and obj.i < tok.i
        # "State business leaders decried it": a stance on a thing named before
        thing = obj is not None and obj.lower_ in ("it", "this") and CUE_VERBS.get(lemma) in (STANCE, DENY)
        if obj is not None and (
            personal
            or relative
            or thing
            or not (obj.pos_ == "PRON" or obj.lower_ in ("so", "much", "more", "little"))
        ):
            content = _subtree_chars(obj)
            # "endorsed Clinton", "praised her": a stance on a person is content of one word.
            object_word = obj.i
            # "described the shift as a conversion", "accused Russia of war crimes"
            tail: list[Token] = []
            nxt = obj.right_edge.i + 1
            for c in rights(tok):
                if (c.i == nxt and c.dep_ in ("prep", "oprd", "npadvmod")) or (
                    # "praised the efforts of Kerry to find a solution", "defended his call to raise
                    # the wage": an infinitive right after the object goes on with it
                    c.left_edge.i == nxt
                    and c.dep_ in ("advcl", "xcomp")
                    and c.left_edge.lower_ == "to"
                    and c.left_edge.dep_ == "aux"
                ):
                    tail.extend(subtree(c))
                    nxt = c.right_edge.i + 1
            if tail:
                content = _tokens_span(tok.doc, [*subtree(obj), *tail])
    if not content and lemma == "call" and passive is None:
        # "called both envoys “naive”", "called her “a puppet”": the parse loses the
        # object and keeps the predicate; what is called, and what it is called, run to its end.
        oprd = [c for c in rights(tok) if c.dep_ == "oprd"]
        between = tok.doc[tok.i + 1 : oprd[-1].i] if oprd else []
        if oprd and not any(t.dep_ in ("cc", "conj") and t.head.i == tok.i for t in between):
            content = _tokens_span(tok.doc, list({t.i: t for t in [*between, *subtree(oprd[-1])]}.values()))
            content = content if len(content) == 1 else []
    if not content and passive is not None and lemma in OBJECT_CONTENT and tok.dep_ != "relcl":
        agent = next((c for c in children(tok) if c.dep_ == "agent"), None)
        if agent is not None and any(g.dep_ == "pobj" for g in children(agent)):
            # "The plan was rejected by 59 percent of voters": what the agent rejected.
            content = _subtree_chars(passive)
            object_word = passive.i
            charge = next((_charge_in_agent(g) for g in children(agent) if g.dep_ == "pobj"), None)
            if charge is not None and passive.i < tok.i:
                # "The two men were accused by Kyiv of spying": the men and the charge, one span
                content = [(passive.left_edge.idx, _right_end(charge))]
    if not content and lemma in _PUBLISHED:
        content = _published_noun(tok)
    if not content:
        colon = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
        if colon:
            text = doc_text(tok.doc)
            start = tok.doc[tok.i + 1].idx + 1
            span = _trim(text, start, tok.sent.end_char)
            if span is None and text[start:].lstrip(" ").startswith("\n") and subj is not None:
                # "In a speech last July, he said:" and the paragraph that follows is what he said.
                para = start + len(text[start:]) - len(text[start:].lstrip())
                end = text.find("\n", para)
                span = _trim(text, para, len(text) if end < 0 else end)
            content = [span] if span else []
    if not content:
        content = _adjacent_quote(tok, subj, quotes)
    if not content and subj is not None and CUE_VERBS.get(lemma) in (NEUTRAL, ASSERTIVE):
        speaker = _appositive_speaker(tok, subj)
        content = _content_before_speaker(tok, speaker or subj)
        subj = speaker if content and speaker is not None else subj
    content = _same_paragraph(doc_text(tok.doc), content, tok.idx) if clause is not None else content
    if (
        content
        and sum(1 for t in _words(tok.doc, content)) < 2
        and not (object_word is not None and (tok.doc[object_word].pos_ in ("PROPN", "PRON")))
        # "The Kremlin denied involvement": what a denial denies may be one noun
        and not (
            object_word is not None and CUE_VERBS.get(lemma) == DENY and tok.doc[object_word].pos_ == "NOUN"
        )
        and not any(
            qa <= a and b <= qb for a, b in content for qa, qb in _quotes_near(quotes, a, b)
        )  # “Probably.”
    ):
        content = []
    if not content and lemma in ("say", "tell", "answer", "reply", "respond"):
        # "the candidate said no", "55 percent said so": a one-word answer is the content.
        answer = next(
            (c for c in rights(tok) if c.lower_ in _ANSWERS and c.dep_ in ("intj", "advmod", "dobj")), None
        )
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if answer is None and nxt is not None and nxt.lower_ in _ANSWERS and nxt.head.head.i == tok.i:
            # "said so on Monday, after the shelling stopped": the parse hangs the answer on the time clause
            answer = nxt
        if answer is not None and subj is not None:
            content = [(answer.idx, answer.idx + len(answer.text))]
    if not content and lemma in WEAK_WITHOUT_CONTENT:
        return None
    if not content:
        return None
    back = [c for c in children(tok) if c.lower_ == "back" and c.i == tok.i + 1] if " " in lemma else []
    cue_toks = [tok, *(c for c in children(tok) if c.dep_ == "prt"), *back, *cue_extra, *_cue_aux(tok)]
    cue_toks += _cue_chain(tok)
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in CUE_MEDIA and tok.head.dep_ == "dobj":
        verb = tok.head.head  # "released a statement saying": the act of putting it out is the cue
        if verb.pos_ == "VERB" and verb.i < tok.i and tok.i - verb.i <= 5:
            cue_toks += [verb, *_cue_aux(verb)]
    for prep in _cue_preposition(tok, lemma, cue_toks, content):
        cue_toks.append(prep)
        pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if pobj is not None and content and pobj.right_edge.idx < content[0][0]:
            # "called on residents to leave": who is called on is part of the call
            content = [(pobj.left_edge.idx, content[0][1]), *content[1:]]
    cue_toks += _cue_weekday(tok, cue_toks, content)
    cue_toks += _cue_medium(tok, cue_toks, content)
    if subj is not None and CUE_VERBS.get(lemma) in (NEUTRAL, ASSERTIVE):
        content = _around_parenthetical(tok, subj, cue_toks, content) or content
    cue_span = (min(t.idx for t in cue_toks), max(t.idx + len(t.text) for t in cue_toks))
    right = tok.right_edge
    while right.i > tok.i and (right.is_punct or right.is_space):
        right = right.doc[right.i - 1]
    if (inside := _said_inside(tok)) is not None:
        subj, content = inside
    source = _source_span(subj) if subj is not None and _same_para(subj, tok) else None
    if source is not None and subj is not None and subj.i == tok.head.i and _text_participle(tok):
        source = _trim(doc_text(tok.doc), source[0], min(source[1], tok.idx))  # the noun without the cue
    source_token = subj.i if source is not None and subj is not None else None
    if source is None and (opening := _paragraph_opening(tok, min(t.i for t in cue_toks))) is not None:
        source, source_token = opening
    if source is None and subj is None and (stray := _stray_apposition(tok, min(t.i for t in cue_toks))):
        source, source_token = _source_span(stray), stray.i
    named = _named_after_quote(tok, min(t.i for t in cue_toks)) if source is None and subj is None else None
    if named is not None and _opens_in_quote(content[0][0], named[2], quotes):
        source, source_token, quote_end = named
        content = [(a, min(b, quote_end)) for a, b in content if a < quote_end]
    return Attribution(
        cue=cue_span,
        lemma=lemma,
        source=source,
        content=content,
        source_token=source_token,
        cue_token=tok.i,
        extra={
            "clause_end": right.idx + len(right.text),
            "clause": _own_words(tok),
            **({"weak": True} if unnamed else {}),
        },
    )


def _own_words(tok: Token) -> frozenset[int]:
    """The attribution's own words, which a broken quotation may go on after ("“A,” he told
    Bloomberg in October, “B”", "… as she left the meeting. “B”"): the cue's subtree less what the
    writer sets beside it — a clause of contrast ("…” says the Telegraph, while the Mail … “C”") or a
    noun phrase describing the words ("“A,” he replied, a military reply meaning “yes”")."""
    aside = {
        t.i
        for c in rights(tok)
        if (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CLAUSE_LINKS for g in children(c)))
        or (
            c.dep_ in ("npadvmod", "appos", "dobj")
            and tok.doc[c.left_edge.i - 1].text == ","  # set off ("told the crowd, which …" is no aside)
            and any(g.dep_ in ("acl", "relcl") for g in children(c))
        )
        for t in subtree(c)
    }
    return frozenset(t.idx for t in subtree(tok) if t.i not in aside)


def _appositive_speaker(tok: Token, subj: Token) -> Token | None:
    """ "Or maybe Jeb Bush, consultant Phil Musser says.": the parse takes the fragment said
    for the subject and the speaker for its apposition, right before the cue."""
    appos = next((c for c in rights(subj) if c.dep_ == "appos"), None)
    if (
        appos is None
        or any(
            not (t.dep_ in ("aux", "neg", "advmod") and t.head.i == tok.i)
            for t in tok.doc[appos.right_edge.i + 1 : tok.i]
        )
        or tok.doc[appos.left_edge.i - 1].text != ","
        or appos.pos_ != "PROPN"
    ):
        return None
    return appos


def _content_before_speaker(tok: Token, subj: Token) -> list[Char]:
    """ "Sorry, Sanders said.", "Nothing he did “will help,” the senator said.": a speaker and cue
    that close their sentence after a comma report what comes before it, whatever the parse
    made of that."""
    if not (subj.i < tok.i and tok.head.i == tok.i):
        return []  # tested before `tok.sent`, which walks the sentence: a run-on has thousands of cues
    doc = tok.doc
    sent = tok.sent
    first = subj.left_edge.i
    if not sent.start < first - 1:
        return []
    allowed = ("punct", "npadvmod", "prep", "advmod", "nsubj", "aux", "neg", "intj", "dep", "cc")
    if any(c.dep_ not in allowed for c in children(tok)):
        return []  # a cue with a clause or object of its own found its content elsewhere
    setting = {
        t.i for c in lefts(tok) if c.dep_ in ("prep", "advmod", "npadvmod", "cc", "punct") for t in subtree(c)
    }
    if all(t.i in setting for t in doc[sent.start : first]):
        return []  # "In Kyiv, the mayor said": the opening phrase only sets the scene
    if any(not t.is_punct for t in doc[tok.right_edge.i + 1 : sent.end]):
        return []
    comma = first - 1
    if doc[comma].is_quote and comma - 1 > sent.start and doc[comma - 1].text == ",":
        comma -= 1  # “…,” the senator said: the quote mark closes the content
    elif doc[comma].text != ",":
        return []
    text = doc_text(doc)
    lo = max(sent.start_char, text.rfind("\n", 0, doc[comma].idx) + 1)
    end = doc[first - 1].idx + len(doc[first - 1].text) if doc[first - 1].is_quote else doc[comma].idx
    span = _trim(text, lo, end)
    return [span] if span is not None else []


def _quotes_a_text(tok: Token) -> bool:
    """ "reads: …", "reads “…”", "“…,” read one": a colon or a quotation next to the verb."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (after is not None and (after.text == ":" or after.is_quote or after.text in _OPEN)) or (
        before is not None and (before.is_quote or before.text in _CLOSE)
    )


# Verbs whose object does what the infinitive after it says ("led X to announce", "drove X to demand").
_OBJECT_CONTROL = frozenset(
    "lead drive prompt force push cause get allow enable inspire persuade convince encourage move spur".split()
)
_RELATIVES = frozenset("who whom which that".split())


def _relative_word(tok: Token) -> Token | None:
    """The relative word a cue in a relative clause is about ("which he said ..."): a subject or
    object of the cue, or, as the parse often hangs it on the reported verb, the word right before
    the cue's subject."""
    rel = next((c for c in lefts(tok) if c.lower_ in _RELATIVES and c.dep_ in ("nsubj", "dobj")), None)
    if rel is not None:
        return rel
    subj = next((c for c in lefts(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0:
        return None
    before = tok.doc[subj.left_edge.i - 1]
    if (
        before.lower_ in _RELATIVES
        and before.dep_ in ("nsubj", "nsubjpass", "dobj")
        and before.head.i > tok.i
    ):
        return before
    return None


def _speaker_in_relative(tok: Token) -> bool:
    """ "emails, which she said represented all her work": a relative word and a speaker both
    before the cue; the parse takes the reported verb for the cue's open complement."""
    if tok.dep_ != "relcl":
        return False
    rel = _relative_word(tok)
    speakers = [c for c in lefts(tok) if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES]
    return rel is not None and len(speakers) == 1


def _relative_gap(tok: Token, clause: Token) -> list[Char]:
    """ "a probe the agency said was ongoing", "which he argued seeks to ...": a cue in a relative
    clause whose complement lacks its subject; the noun or relative word it is about is said too."""
    if tok.dep_ != "relcl" or clause.dep_ not in ("ccomp", "xcomp"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children(clause)):
        return []
    subjects = [c for c in lefts(tok) if c.dep_ in ("nsubj", "nsubjpass")]
    rel = _relative_word(tok)
    if rel is not None and len(subjects) - (rel.dep_ == "nsubj" and rel.head.i == tok.i) >= 1:
        return [(rel.idx, rel.idx + len(rel.text))]  # "which he argued seeks": he speaks
    if rel is not None or not subjects:
        return []  # "who has vowed to ban": the relative word is the speaker
    head = tok.head
    if head.pos_ not in ("NOUN", "PRON", "PROPN") or head.i > tok.i:
        return []
    span = _trim(doc_text(tok.doc), head.left_edge.idx, head.idx + len(head.text))
    return [span] if span else []


def _cue_preposition(tok: Token, lemma: str, cue_toks: list[Token], content: list[Char]) -> list[Token]:
    """ "called on X to ...", "said of the course": the cue's own preposition right after it."""
    nxt = max(t.i for t in cue_toks) + 1
    preps = [p for p in PREP_CUES.get(lemma, ()) if p not in ("of", "about")]
    if nxt >= len(tok.doc) or tok.doc[nxt].lower_ not in preps or tok.doc[nxt] in cue_toks:
        return []
    prep = tok.doc[nxt]
    if prep.pos_ != "ADP" or not any(c[0] >= prep.idx + len(prep.text) or c[1] <= tok.idx for c in content):
        return []
    return [prep] if prep.head.i == tok.i else []


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _cue_weekday(tok: Token, cue_toks: list[Token], content: list[Char]) -> list[Token]:
    """ "said Tuesday": a bare weekday right after the cue is written as part of it."""
    nxt = max(t.i for t in cue_toks) + 1
    if nxt >= len(tok.doc) or tok.doc[nxt].lower_ not in _WEEKDAYS or tok.doc[nxt].head.i != tok.i:
        return []
    day = tok.doc[nxt]
    if any(a <= day.idx < b for a, b in content):
        return []
    return [day]


def _to_of(verb: Token) -> Token | None:
    return next((a for a in children(verb) if a.dep_ == "aux" and a.lower_ == "to" and a.i < verb.i), None)


def _cue_chain(tok: Token) -> list[Token]:
    """ "went on to say", "continued to express", "is expected to endorse": the verb that
    governs a cue's infinitive is written as part of the cue."""
    if tok.dep_ != "xcomp" or _to_of(tok) is None:
        return []
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.i > tok.i or tok.i - head.i > 4:
        return []
    return [head, *_cue_aux(head), *(c for c in children(head) if c.dep_ == "prt" and c.i < tok.i)]


def _stray_apposition(tok: Token, first: int) -> Token | None:
    """ "In a message to reporters, his spokesman, Andriy Melnyk, said": the parse hangs the
    speaker on the noun before it as an apposition; the apposition right before the cue speaks."""
    i = first - 1
    while i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    if i < tok.sent.start:
        return None
    node = tok.doc[i]
    while node.dep_ in ("compound", "flat") and node.head.i > node.i:
        node = node.head
    if node.dep_ != "appos":
        return None
    while node.head.dep_ == "appos":
        node = node.head
    return node if node.pos_ in ("PROPN", "NOUN") else None


def _paragraph_opening(tok: Token, first: int) -> tuple[Char, int] | None:
    """ "Chris Christie said ..." opening a paragraph the parse glued to the headline above it:
    the noun phrase between the paragraph's start and the cue is the speaker."""
    doc = tok.doc
    start = first
    while start > 0 and first - start <= 12 and "\n" not in doc[start - 1].text:
        start -= 1  # (no further: a longer opening is no speaker's name)
    span = doc[start:first]
    if not 0 < len(span) <= 12 or start == tok.sent.start:
        return None  # a subject the parse missed in a sentence of its own is left alone
    if any(t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") or t.is_quote for t in span):
        return None
    heads = [t for t in span if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not heads or span[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    found = _trim(doc_text(doc), span.start_char, span.end_char)
    return (found, heads[-1].i) if found else None


def _object_is_content(lemma: str, subj: Token | None) -> bool:
    """ "praised the deal", and "a poll showed a slimmer lead" (evidence shown by a record)."""
    if lemma in OBJECT_CONTENT or lemma in ("say", "ask"):
        return True
    return lemma in ("show", "find") and subj is not None and subj.lemma_.lower() in EVIDENCE_NOUNS


def _takes_lives(lemma: str, obj: Token) -> bool:
    """ "The shelling claimed at least 30 lives", "the war has claimed another victim": this "claim"
    takes a life; it asserts nothing, and its subject is no speaker."""
    if lemma != "claim":
        return False
    if obj.lemma_.lower() in _LIVES:
        return True
    # "thousands of lives", "dozens of victims": a number's "of" names what was taken
    counted = (
        obj.like_num or obj.tag_ == "CD" or obj.lemma_.lower() in ("thousand", "hundred", "dozen", "million")
    )
    return counted and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in _LIVES for p in children(c))
        for c in children(obj)
    )


_LIVES = frozenset("life lives victim casualty".split())


_OCCASIONS = frozenset("interview speech email letter call conference briefing appearance".split())


def _cue_medium(tok: Token, cue_toks: list[Token], content: list[Char]) -> list[Token]:
    """ "said in a statement", "wrote in an op-ed": the text that carries the speech, right after
    the cue, is part of it; an occasion it was said on ("said in an interview", "in a speech")
    is not."""
    nxt = max(t.i for t in cue_toks) + 1
    for child in rights(tok):
        if child.i != nxt or child.dep_ != "prep" or child.lower_ != "in":
            continue
        pobj = next((c for c in children(child) if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in CUE_MEDIA or pobj.lemma_.lower() in _OCCASIONS:
            return []
        toks = [t for t in subtree(child) if t.i <= pobj.i]
        end = toks[-1].idx + len(toks[-1].text)
        if any(a < end and child.idx < b for a, b in content):
            return []
        return toks
    if nxt < len(tok.doc) and tok.doc[nxt].text == ":" and nxt > tok.i:
        return [tok.doc[nxt]]  # "He said:" — the colon introduces the quote and is the cue's
    return []


def _refusal(tok: Token) -> Attribution | None:
    """ "X declined to comment", "refused to say whether ...": a speech act withheld."""
    xcomp = next((c for c in children(tok) if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is None or not (_lemma(xcomp) in CUE_VERBS or xcomp.lemma_.lower() in _REFUSED):
        return None
    subj = _subject(tok)
    content = _subtree_chars(xcomp)
    if not content:
        return None
    cue_toks = [tok, *_cue_aux(tok)]
    return Attribution(
        cue=(min(t.idx for t in cue_toks), tok.idx + len(tok.text)),
        lemma=_lemma(tok),
        source=_source_span(subj) if subj is not None else None,
        content=content,
        source_token=subj.i if subj is not None else None,
        cue_token=tok.i,
        extra={"clause_end": _right_end(tok), "clause": frozenset(t.idx for t in subtree(tok))},
    )


def _hedge(tok: Token) -> Attribution | None:
    """ "Clinton seemed irritated", "Russian forces appear to have withdrawn", "it seems that X":
    the reporter's inference, with no source. The content is the clause with its cue
    ("X seems Y"), or the clause after an empty "it"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    comp = next(
        (c for c in children(tok) if c.dep_ in ("xcomp", "acomp", "oprd", "ccomp") and c.i > tok.i), None
    )
    if subj is None or comp is None:
        return None
    if subj.lower_ == "it" and comp.dep_ == "ccomp":
        content = _subtree_chars(comp)
    elif subj.lower_ in ("it", "there", "which", "who", "that") or comp.dep_ == "ccomp":
        return None
    else:
        toks = [*subtree(subj), *(t for t in tok.doc[subj.right_edge.i + 1 : comp.right_edge.i + 1])]
        content = _tokens_span(tok.doc, toks)
        if len(content) != 1:
            return None
    if not content:
        return None
    cue_toks = [tok, *(c for c in _cue_aux(tok) if c.dep_ != "advmod")]
    return Attribution(
        cue=(min(t.idx for t in cue_toks), tok.idx + len(tok.text)),
        lemma=_lemma(tok),
        source=None,
        content=content,
        cue_token=tok.i,
        extra={"clause_end": _right_end(tok), "clause": frozenset(t.idx for t in subtree(tok))},
    )


def _hedge_adverb(tok: Token) -> Attribution | None:
    """ "Russian forces reportedly withdrew from the village": hearsay the reporter passes on,
    with no speaker; the content is the clause from its subject to its end, the cue the adverb."""
    if tok.lower_ not in HEDGE_ADVERBS or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = tok.head
    subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _RELATIVES or verb.dep_ in ("relcl", "acl"):
        return None  # "the gun he allegedly used": a relative clause is a description, not a report
    # A clause conjoined after it with a subject of its own is the reporter's again.
    own = [c for c in children(verb) if c.dep_ == "conj" and any(g.dep_ in _SUBJ for g in children(c))]
    end = min((c.left_edge.i for c in own), default=verb.right_edge.i + 1)
    toks = [t for t in tok.doc[subj.left_edge.i : end] if t.sent == tok.sent]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    last = toks[-1].idx + len(toks[-1].text) if toks else _right_end(verb)
    content = _same_paragraph(doc_text(tok.doc), _tokens_span(tok.doc, toks), tok.idx)
    if len(content) != 1:
        return None
    return Attribution(
        cue=(tok.idx, tok.idx + len(tok.text)),
        lemma=tok.lower_,
        source=None,
        content=content,
        cue_token=tok.i,
        extra={"clause_end": last, "clause": frozenset(t.idx for t in subtree(verb))},
    )


_REFUSED = frozenset("comment elaborate discuss answer speak respond specify identify disclose".split())


def _cue_aux(tok: Token) -> list[Token]:
    """Auxiliaries and negation written right before the cue ("has said", "'s been saying", "did
    not mention")."""
    out: list[Token] = []
    i = tok.i - 1
    before = {c.i: c for c in lefts(tok) if c.dep_ in CUE_AUX_DEPS and c.lower_ not in _NOT_CUE_ADVERBS}
    while i in before:
        out.append(before[i])
        i -= 1
    if i >= 0 and _contracted_has(tok.doc[i]):
        out.append(tok.doc[i])  # "Christie's been making": the contracted "has"
    return out


def _speech_like(tok: Token) -> bool:
    """A verb outside the lexicon that takes a "that" clause and a subject who can hold a view
    ("made it clear that", "warned reporters that", "wagered that")."""
    if tok.lemma_.lower() in ("be", "have", "do", "mean", "ensure", "make") and not _light_cue_words(tok):
        return False
    subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "there", "which"):
        return False
    return any(c.dep_ == "ccomp" and _has_mark(c) and c.i > tok.i for c in children(tok))


def _light_cue_words(tok: Token) -> list[Token]:
    """The words after "make" that make it a speech verb and belong to its cue: "made clear
    that", "made it plain that", "has been making the case for weeks that" (to argue)."""
    if tok.lemma_.lower() != "make":
        return []
    for c in rights(tok):
        if c.lower_ in ("clear", "plain"):
            return [c]
        if c.dep_ == "dobj" and c.lower_ == "case" and all(d.dep_ == "det" for d in lefts(c)):
            return [*lefts(c), c]
    return []


def _words(doc: Doc, spans: list[Char]):
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            yield from (t for t in span if t.is_alpha or t.like_num)


# Cue verbs that in an "as" clause say when, not who said: "as the talks continue, ...", "as
# the minister spoke, ...", "as the envoy called, ...".
_AS_WHEN = frozenset("continue speak talk call ask".split())


# Verbs whose object is whom they speak to, so "as he told reporters, …" still reports its
# clause; any other object is what the verb is about ("as Moscow demands guarantees, troops
# dig in" reports nothing about the troops).
_ADDRESSEE_VERBS = frozenset("tell inform assure remind brief advise".split())


def _as_reported(tok: Token) -> Attribution | None:
    """ "As Reuters reported, the bridge was hit", "the front is stable, as the general put
    it": a cue in an "as" clause with nothing of its own to report reports the clause it
    modifies (or the quotation after "put it:")."""
    lemma = tok.lemma_.lower()
    if (
        tok.pos_ != "VERB"
        or tok.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children(tok))
    ):
        return None
    put_it = lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children(tok))
    if not put_it and (CUE_VERBS.get(lemma) not in (NEUTRAL, ASSERTIVE, CONFIRM) or lemma in _AS_WHEN):
        return None  # "as the minister spoke" is a time, not a source
    if any(
        c.dep_ in ("ccomp", "xcomp", "prep", "prt") or (c.dep_ == "dobj" and not put_it)
        for c in children(tok)
    ):
        return None
    subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None  # "as he said he would" is a manner, not a source for the clause
    doc = tok.doc
    text = doc_text(doc)
    after = tok.right_edge.i + 1
    if after < len(doc) and doc[after].text == ":":
        span = _trim(text, doc[after].idx + 1, doc[after].sent.end_char)
        content = [span] if span else []
    else:
        head = tok.head
        skip = {t.i for t in subtree(tok)}
        keep = [t for t in subtree(head) if t.i not in skip and t.sent == tok.sent]
        content = _tokens_span(doc, keep)
        if len(content) > 1 and _gap_is_punct(text, content):
            content = [(content[0][0], content[-1][1])]
        if len(content) != 1:
            return None
    content = _same_paragraph(text, content, tok.idx)
    if not content:
        return None
    cue_toks = [tok, *_cue_aux(tok), *([c for c in children(tok) if c.dep_ == "dobj"] if put_it else [])]
    return Attribution(
        cue=(min(t.idx for t in cue_toks), max(t.idx + len(t.text) for t in cue_toks)),
        lemma=lemma,
        source=_source_span(subj),
        content=content,
        source_token=subj.i,
        cue_token=tok.i,
    )


def _according_to(tok: Token) -> Attribution | None:
    """ "according to X, CONTENT" and "CONTENT, according to X"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in children(to) if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = {t.i for t in subtree(tok)} | {t.i for t in subtree(to)}
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i in phrase:
        return None
    moved: set[int] = set()
    # "According to X, Ukraine will start ..." parsed with "Ukraine" as X's apposition.
    for child in children(pobj):
        if child.dep_ == "appos" and child.right_edge.i + 1 == clause.i - _aux_count(clause):
            if not any(c.dep_ in _SUBJ for c in children(clause)):
                moved = {t.i for t in subtree(child)}
    skip = phrase - moved
    after = max(phrase)
    named = _name_after_source(pobj, clause) if not moved else None
    if named is not None:
        skip |= set(range(named[0] - 1, named[1] + 2))  # the name and the commas around it
    subject = next((c for c in children(clause) if c.dep_ in _SUBJ), None)
    for child in children(clause):
        # "But X leads, according to polls": the conjunction is the reporter's; a lead-in clause
        # ("Counting her superdelegates, Clinton is 71 short, according to the AP") is the source's.
        if subject is not None and child.i < subject.i and child.dep_ == "cc":
            skip |= {t.i for t in subtree(child)}
    keep = [
        t
        for t in subtree(clause)
        if t.i not in skip and not _later_conjunct(t, clause, after) and t.sent == tok.sent
    ]
    content = _one_part(doc, _tokens_span(doc, keep), tok.idx)
    if not content:
        return None
    source_end = min((doc[i].idx for i in moved), default=None)
    source = _source_span(pobj)
    if source is not None and source_end is not None:
        source = _trim(doc_text(doc), source[0], min(source[1], source_end))
    if source is not None and named is not None:
        last = doc[named[1]]
        source = (source[0], last.idx + len(last.text))
    return Attribution(
        cue=(tok.idx, to.idx + len(to.text)),
        lemma="according to",
        source=source,
        content=content,
        source_token=pobj.i,
        cue_token=tok.i,
    )


# What "in the eyes of X" measures by without anyone holding a view.
_NO_HOLDERS = frozenset("law constitution statute charter treaty convention rule".split())


def _in_view(tok: Token) -> Attribution | None:
    """ "In the governor's view, CONTENT", "in his words, …", "in the words of the mayor, …": the
    holder is the noun's possessive (or its "of" phrase after "the"), the cue the noun, the content
    the clause the phrase hangs on. "In view of the losses" holds no one's view."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    noun = next((c for c in children(tok) if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in IN_VIEW_NOUNS:
        return None
    if any(
        c.dep_ not in ("det", "poss", "prep") and c.lower_ != "own" or c.dep_ == "prep" and c.lower_ != "of"
        for c in children(noun)
    ):
        return None  # "in the very words of", "in his estimation of the market": no frame
    holder = next((c for c in children(noun) if c.dep_ == "poss"), None)
    if holder is not None and (noun.lower_ == "eyes" or any(c.dep_ == "prep" for c in children(noun))):
        return None  # "tears in their eyes"; "in his assessment of the deal" is about the deal
    if holder is None and any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun)):
        of = next((c for c in rights(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in children(of) if c.dep_ == "pobj"), None) if of is not None else None
    if holder is None or holder.lower_ in ("my", "our", "your"):
        return None
    if holder.lemma_.lower() in _NO_HOLDERS:
        return None  # "in the eyes of the law, the annexation has no standing": a standard, not a view
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    phrase = {t.i for t in subtree(tok)}
    if clause.i in phrase or clause.pos_ not in ("VERB", "AUX"):
        return None
    if _is_cue_verb(clause) and any(c.dep_ in _CLAUSE for c in children(clause)):
        return None  # "In his opinion, he said Russia …": the frame is the speech act's own
    doc = tok.doc
    sent = tok.sent  # once: `Token.sent` walks the sentence, so asked per token it was quadratic
    keep = [t for t in subtree(clause) if t.i not in phrase and sent.start <= t.i < sent.end]
    pieces = _tokens_span(doc, keep)
    text = doc_text(doc)
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    if len(pieces) == 2 and not (text[pieces[0][1] : lo] + text[hi : pieces[1][0]]).strip(" ,–—"):
        content = pieces  # "The front, in the eyes of many, has not moved": both sides of the phrase
    else:
        content = _one_part(doc, pieces, tok.idx)
    if not content:
        return None
    source = _source_span(holder)
    return Attribution(
        cue=(noun.idx, noun.idx + len(noun.text)),
        lemma=noun.lower_,
        source=source,
        content=content,
        source_token=holder.i,
        cue_token=noun.i,
    )


def _name_after_source(pobj: Token, clause: Token) -> tuple[int, int] | None:
    """ "According to the governor, Oleksandr Starukh, Russian forces have …": the parse takes the
    name set off by commas after the source for the clause's subject (and the real subject for
    its apposition); the name is the source's. Token bounds of the name, else None."""
    doc = pobj.doc
    comma = pobj.right_edge.i + 1
    if comma >= len(doc) - 3 or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and end - comma <= 4 and doc[end].pos_ == "PROPN":
        end += 1
    if end == comma + 1 or end >= len(doc) - 1 or doc[end].text != ",":
        return None
    name = doc[end - 1]
    if name.head.i != clause.i or name.dep_ not in _SUBJ or name.left_edge.i != comma + 1:
        return None
    # The clause's own subject follows the second comma (as the name's apposition or a subject).
    # and runs straight into the clause's verb: "…, Leonid Slutsky, a senior negotiator, said"
    # is the name with an apposition of its own.
    real = doc[end + 1 : clause.i]
    if any(t.is_punct for t in real) or not any(
        (t.dep_ in _SUBJ and t.head.i == clause.i) or (t.dep_ == "appos" and t.head.i == name.i) for t in real
    ):
        return None
    return comma + 1, end - 1


# Records whose findings a clause reports when it is framed "in" them ("In a Reuters poll, …").
# Not "projection": "In a projection of strength, Moscow paraded its tanks" frames an act.
_RECORD_FRAMES = frozenset(
    "poll survey study report analysis tally count estimate forecast census audit".split()
)


def _in_record(tok: Token) -> Attribution | None:
    """ "In a poll released Monday, 50 percent chose Clinton": the record that frames the main
    clause before its subject is its source and "in" the cue. A clause with a cue verb of its own
    ("In a report, the agency said …") is that verb's claim. After the clause, only one poll's
    figure is its finding (`_poll_figure_after`)."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
    clause = tok.head
    if (
        pobj is None
        or pobj.lemma_.lower() not in _RECORD_FRAMES
        or clause.dep_ != "ROOT"
        or clause.pos_ not in ("VERB", "AUX")
        or clause.lemma_.lower() in CUE_VERBS
    ):
        return None
    subjects = [c for c in children(clause) if c.dep_ in _SUBJ]
    if not any(c.i > tok.i for c in subjects) and not _poll_figure_after(tok, pobj, subjects):
        return None  # "Kyiv leads in the polls" is a standing, not a finding
    doc = tok.doc
    phrase = {t.i for t in subtree(tok)}
    sent = tok.sent  # once: `Token.sent` walks the sentence, so asked per token it was quadratic
    keep = [t for t in subtree(clause) if t.i not in phrase and sent.start <= t.i < sent.end]
    while keep and (keep[0].pos_ == "PUNCT" or keep[0].dep_ == "cc"):
        keep.pop(0)
    while keep and keep[-1].pos_ == "PUNCT":  # not "%", which spaCy's `is_punct` counts
        keep.pop()
    content = _one_part(doc, _tokens_span(doc, keep), tok.idx)
    if not content:
        return None
    return Attribution(
        cue=(tok.idx, tok.idx + len(tok.text)),
        lemma="in",
        source=_source_span(pobj),
        content=content,
        source_token=pobj.i,
        cue_token=tok.i,
    )


def _poll_figure_after(tok: Token, pobj: Token, subjects: list[Token]) -> bool:
    """ "Just 18 percent back mobilisation in a Levada poll", "support rose to 83% in a survey by
    …": one poll or survey (singular, with its article) after an active clause that gives a figure
    reports that poll's finding. "Kyiv leads in the polls", "took part in the survey", "were named
    in the report" give no figure found by one poll."""
    clause = tok.head
    return (
        pobj.lemma_.lower() in ("poll", "survey")
        and pobj.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in children(pobj))
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in subjects)
        and not any(c.dep_ == "auxpass" for c in children(clause))
        and any(_figure(t, pobj) for t in tok.doc[max(0, tok.i - _FIGURE_REACH) : tok.i])
    )


def _figure(tok: Token, pobj: Token) -> bool:
    """A poll's figure: any number ("led by 28 points", "led more than 2-1"); a survey's only a share
    of those asked ("18 percent", "83%", "59 per cent"), as a survey is also a look at ground or
    damage ("Fifteen volunteers helped in a survey of the minefield")."""
    if (
        tok.text == "%"
        or tok.lower_ == "percent"
        or (tok.lower_ == "cent" and tok.i > 0 and tok.nbor(-1).lower_ == "per")
    ):
        return True
    return tok.like_num and pobj.lemma_.lower() == "poll"


_FIGURE_REACH = 30  # tokens before a poll's "in" where its figure is looked for (a run-on stays linear)


# Present-tense cue verbs the small model tags as nouns after a plural or a name ("…, records
# show.", "Trump predicts that …").
_NOUN_TAGGED_CUES = {
    f: base
    for base in "show say suggest indicate find confirm warn argue insist predict".split()
    for f in (base, base + "s")
}


def _noun_tagged_cue(tok: Token) -> Attribution | None:
    """ "He agreed to sell the land in 2010, records show.": the parse reads "records show" as a
    noun phrase over the clause; the word is the cue and the words before it the source."""
    lemma = _NOUN_TAGGED_CUES.get(tok.lower_)
    if lemma is None or tok.pos_ not in ("NOUN", "PROPN") or lemma not in CUE_VERBS:
        return None
    subject = next((c for c in lefts(tok) if c.dep_ == "nsubj"), None)
    if subject is not None:
        return _clause_of_noun_tagged_cue(tok, lemma, subject)
    mods = [c for c in lefts(tok) if c.dep_ in ("compound", "amod", "nmod")]
    clause = next(
        (
            c
            for c in children(tok)
            if c.pos_ in ("VERB", "AUX")
            and (c.dep_ == "ccomp" or (c.dep_ == "acl" and c.tag_ not in ("VBN", "VBG", "VB")))
        ),
        None,
    )
    if (
        not mods
        or clause is None
        or not any(m.pos_ in ("NOUN", "PROPN") for m in mods)
        or any(c.dep_ in ("det", "poss") for c in lefts(tok))
    ):
        return None
    doc = tok.doc
    start = min(m.left_edge.i for m in mods)
    if clause.i < tok.i:
        # "…, records show": the clause before the comma is what they show
        if start == 0 or doc[start - 1].text != "," or clause.right_edge.i >= start:
            return None
        keep = [t for t in subtree(clause) if t.i < start - 1]
    else:
        keep = list(subtree(clause))  # "predicts that …" keeps its "that", as the verb rules do
    while keep and keep[-1].is_punct:
        keep.pop()
    content = _same_paragraph(doc_text(doc), _tokens_span(doc, keep), tok.idx)
    if not content:
        return None
    if _gap_is_punct(doc_text(doc), content):
        content = [(content[0][0], content[-1][1])]
    last = doc[tok.i - 1]
    return Attribution(
        cue=(tok.idx, tok.idx + len(tok.text)),
        lemma=lemma,
        source=(doc[start].idx, last.idx + len(last.text)),
        content=content[:1],
        source_token=mods[-1].i,
        cue_token=tok.i,
    )


def _clause_of_noun_tagged_cue(tok: Token, lemma: str, subject: Token) -> Attribution | None:
    """ "Emails seen by the Guardian show that …": the tagger calls the verb a noun, but the parse
    gives it a subject and a clause after it, as to a verb: the subject is the source, the clause
    (with its "that") the content."""
    clause = next((c for c in rights(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    doc = tok.doc
    keep = list(subtree(clause))
    while keep and keep[-1].pos_ == "PUNCT":
        keep.pop()
    content = _same_paragraph(doc_text(doc), _tokens_span(doc, keep), tok.idx)
    source = _source_span(subject)
    if not content or source is None:
        return None
    return Attribution(
        cue=(tok.idx, tok.idx + len(tok.text)),
        lemma=lemma,
        source=source,
        content=content[:1],
        source_token=subject.i,
        cue_token=tok.i,
    )


def _after_dateline(text: str, att: Attribution) -> None:
    """ "KYIV, March 12 (Reuters) - Russian forces launched …, the air force said": the wire's
    dateline (upper-case place, its day or its agency, a dash) opens the story, not what was said;
    the content starts after it."""
    a, b = att.content[0]
    dateline = dateline_at(text, a)
    if dateline is not None and dateline[2] < b:
        att.content = [(dateline[2], b), *att.content[1:]]


def _aux_count(verb: Token) -> int:
    return sum(1 for c in lefts(verb) if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i)


def _later_conjunct(t: Token, clause: Token, after: int) -> bool:
    """A coordinated clause after the "according to" phrase is the reporter's, not the source's."""
    node = t
    while node.i != clause.i:
        if node.head.i == clause.i and node.dep_ in ("conj", "cc") and node.i > after:
            return True
        node = node.head
    return False


def _same_paragraph(text: str, spans: list[Char], anchor: int) -> list[Char]:
    """Clip spans to the paragraph holding `anchor` (bad sentence splits cross paragraphs)."""
    lo = text.rfind("\n", 0, anchor) + 1
    hi = text.find("\n", anchor)
    hi = len(text) if hi < 0 else hi
    out = []
    for a, b in spans:
        a, b = max(a, lo), min(b, hi)
        clipped = _trim(text, a, b) if a < b else None
        if clipped:
            out.append(clipped)
    return out


def _gap_is_punct(text: str, spans: list[Char]) -> bool:
    return all(not text[a[1] : b[0]].strip(" ,;—–-") for a, b in zip(spans, spans[1:], strict=False))


def _one_part(doc: Doc, spans: list[Char], anchor: int) -> list[Char]:
    """A content cut around a source phrase, as one span in the cue's paragraph: parts split only by
    punctuation join; otherwise ("X, according to Y, Z") the longest part stays and a dangling dash
    or clause goes. Empty when nothing is left."""
    text = doc_text(doc)
    spans = _same_paragraph(text, spans, anchor)
    if len(spans) > 1 and _gap_is_punct(text, spans):
        return [(spans[0][0], spans[-1][1])]
    if len(spans) > 1:
        return [max(spans, key=lambda span: sum(1 for _ in _words(doc, [span])))]
    return spans


def _addressee_before(tok: Token, clause: Token) -> bool:
    """ "urged allies to add …", "called on the West to add …": the cue names whom it asks before the
    infinitive, so the infinitive is what they are asked to do, not a second act of the cue's speaker."""
    for c in children(tok):
        if tok.i < c.i < clause.i and (
            c.dep_ == "dobj"
            or c.dep_ == "prep"
            and c.lower_ in ("on", "upon")
            and any(g.dep_ == "pobj" for g in children(c))
        ):
            return True
    return False


def _noun_attribution(tok: Token) -> Attribution | None:
    """ "his claim that ...", "Russia's denial that ..." — a cue noun with a clause."""
    if tok.pos_ != "NOUN":
        return None  # asked first: every token of the article comes here
    lemma = tok.lemma_.lower()
    copula = tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i > tok.i
    held = lemma in IS_THAT_NOUNS and copula and any(c.dep_ == "poss" for c in children(tok))
    if lemma not in CUE_NOUNS and not held:
        return None
    clause = (
        next(
            (c for c in children(tok) if c.dep_ in ("acl", "ccomp") and _has_mark(c) and not _object_gap(c)),
            None,
        )
        if not held
        else None
    )
    if clause is None and copula and lemma not in NOT_STATED_AS_COPULA:
        # "The ministry's view is that the strike was legal": the clause is the copula's.
        clause = next(
            (c for c in rights(tok.head) if c.dep_ in ("ccomp", "attr", "acomp") and _has_mark(c)), None
        )
    if clause is None:
        return None
    src, cue_start = noun_holder(tok)
    # "The ministry's view is that ...": the copula belongs to the cue, the clause after it is the content;
    # not across a long modifier ("The main argument to get all nations on board, despite …, is that").
    cue_end = (
        tok.head.idx + len(tok.head.text)
        if copula and clause.head.i == tok.head.i and not any(t.is_punct for t in tok.doc[tok.i : tok.head.i])
        else tok.idx + len(tok.text)
    )
    return Attribution(
        cue=(cue_start, cue_end),
        lemma=lemma,
        source=_source_span(src) if src is not None else None,
        content=_subtree_chars(clause),
        source_token=src.i if src is not None else None,
        cue_token=tok.i,
        extra={"noun_cue": True},
    )


def _object_gap(clause: Token) -> bool:
    """ "a case that rights groups called politically motivated", "a claim that officials described
    as false": the clause names what its object is called but has no object; its "that" is the
    object, so the clause is relative (says something of the noun), not the noun's content. A
    passive has its object as subject ("an admission that the invasion was designed as a war"), and
    "be" takes no object ("his insistence that he was there as a journalist")."""
    if clause.pos_ != "VERB" or clause.lemma_ == "be":
        return False
    kids = children(clause)
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "auxpass") for c in kids) and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in kids
    )


def noun_holder(tok: Token) -> tuple[Token | None, int]:
    """Who holds a cue noun, and where its cue starts: the possessive ("his claim"), or the
    subject of a light verb that takes the noun ("X expressed concern that", "made the
    argument that"), the verb then being part of the cue."""
    poss = next((c for c in children(tok) if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in _POSS_PRONOUNS:
        # "Sanders has toned down his criticism of ...": the clause's subject holds it.
        verb = tok.head
        while (
            verb.pos_ not in ("VERB", "AUX")
            and verb.dep_ in ("dobj", "pobj", "prep")
            and verb.head is not verb
        ):
            verb = verb.head
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i else None
        if subj is not None and subj.i < verb.i and subj.pos_ != "PRON":
            return subj, min(t.idx for t in [verb, *_cue_aux(verb)])
    if poss is not None:
        return poss, tok.idx
    verb = tok.head
    if tok.dep_ == "dobj" and _light_verb(verb, tok):
        subj = _subject(verb)
        if subj is not None and subj.lower_ not in ("it", "there", "which", "what", "this"):
            return subj, min(t.idx for t in [verb, *_cue_aux(verb)])
    return None, tok.idx


# How far back a colon's label or a headline's line is looked for: a label is a few words, so a
# colon in a long line of prose (or of untrusted text) does not scan the whole line.
_LINE_REACH = 500


def _line_start(text: str, pos: int) -> int:
    """Where the line holding `pos` starts, or -1 when that is more than `_LINE_REACH` back."""
    lo = max(0, pos - _LINE_REACH)
    nl = text.rfind("\n", lo, pos)
    return nl + 1 if nl >= 0 or lo == 0 else -1


def _colon_attribution(tok: Token, quotes: list[Char]) -> Attribution | None:
    """ "Stoltenberg: “We must be ready.”" — a name, a colon, a quotation (headlines, roundups)."""
    if tok.text != ":":
        return None
    doc = tok.doc
    text = doc_text(doc)
    after = tok.idx + 1
    while after < len(text) and text[after] == " ":
        after += 1
    quote = next((q for q in _quotes_near(quotes, after, after) if q[0] == after), None)
    line_start = _line_start(text, tok.idx)
    if quote is None:
        # A headline or transcript line: "Rubio: I still believe Trump can't be trusted."
        if (
            line_start < 0
            or text[line_start : tok.idx].count(" ") > 5
            or after >= len(text)
            or text[after] == "\n"
        ):
            return None
        nxt = doc.char_span(after, after + 1, alignment_mode="expand")
        if nxt is None:
            return None
        line_end = text.find("\n", after)
        end = min(nxt[0].sent.end_char, len(text) if line_end < 0 else line_end)
        quote = _trim(text, after, end)
        if quote is None or len(text[quote[0] : quote[1]].split()) < 3:
            return None
    lo = max(tok.sent.start_char, line_start, tok.idx - _LINE_REACH)
    for dash in ("—", " - ", "–"):
        cut = text.rfind(dash, lo, tok.idx)
        if cut >= 0:
            lo = cut + len(dash)
    left = doc.char_span(lo, tok.idx, alignment_mode="contract")
    if left is None or not 0 < len(left) <= 8:
        return None
    lead = _FROM_SOURCE.match(left.text)
    if lead is not None and quote in quotes:
        # "From the report: “...”", "More from Jones: “...”": the quotation is taken from them
        named = doc.char_span(left.start_char + lead.end(), left.end_char, alignment_mode="contract")
        if named is None or not len(named) or span_root(named).lemma_.lower() in _NOT_SPEAKERS:
            return None
        root = span_root(named)
        if root.ent_type_ in ("GPE", "LOC", "FAC"):
            return None  # "From Kyiv:" — where the report comes from, not who speaks
        record = root.lemma_.lower() in EVIDENCE_NOUNS | CUE_MEDIA | CUE_NOUNS.keys()
        if not (record or lead.group().lower().startswith("more")):
            return None
        return Attribution(
            cue=(tok.idx, tok.idx + 1),
            lemma=":",
            source=_trim(text, named.start_char, named.end_char),
            content=[quote],
            quote="direct",
            source_token=span_root(named).i,
            cue_token=tok.i,
        )
    headline_name = len(left) == 1 and left[0].is_title and left.start_char == line_start
    if (
        not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in left)
        and not sides_in(left.text)
        and not headline_name  # "Milbank: Republicans …" — the tagger takes a headline's name for a noun
    ):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in left):
        return None
    if len(left.text.strip()) < 3 or span_root(left).lemma_.lower() in _NOT_SPEAKERS:
        return None  # "Q:", "A:", "Editor's note:", "Delegate Update:", "Morning Email:"
    source = _trim(text, left.start_char, left.end_char)
    return Attribution(
        cue=(tok.idx, tok.idx + 1),
        lemma=":",
        source=source,
        content=[quote],
        quote="direct" if quote in quotes else "indirect",
        source_token=span_root(left).i,
        cue_token=tok.i,
    )


def _quote_after_colon(tok: Token, quotes: list[Char]) -> Char | None:
    """The quotation opening right after the colon `tok`, there or at the start of the next
    paragraph ("released the following statement:\n\n“...”"), if any."""
    text = doc_text(tok.doc)
    after = tok.idx + 1
    while after < len(text) and text[after] in " \xa0\n":
        after += 1
    return next((q for q in _quotes_near(quotes, after, after) if q[0] == after), None)


# Subjects that speak for themselves when their clause opens a quotation with a colon.
_COLON_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")
_SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS  # "The ministry released a statement:"


def _colon_speaker(subj: Token) -> bool:
    lower = subj.lower_
    if lower in _PERSONAL or lower == "who":
        return True
    if subj.ent_type_ in _COLON_SPEAKER_ENTS or subj.pos_ == "PROPN":
        return True
    return subj.lemma_.lower() in _SPEAKER_NOUNS or bool(sides_in(subj.text))


def _colon_clause(tok: Token, quotes: list[Char]) -> Attribution | None:
    """ "Zelensky went further: “...”", "The ministry released a statement: “...”": a speaker's
    clause that ends in a colon opening a quotation introduces it, whatever its verb; the verb
    phrase up to the colon is the cue."""
    if tok.text != ":" or tok.i == 0:
        return None
    quote = _quote_after_colon(tok, quotes)
    if quote is None:
        return None
    verb = _clause_before(tok)
    if verb is None or not _same_para(verb, tok):
        return None
    subj = _subject(verb) or _subject_up(verb)
    if subj is None or not _colon_speaker(subj) or not _same_para(subj, tok) or subj.i > tok.i:
        return None
    if subj.i > verb.i and not (verb.i == verb.sent.start and _is_cue_verb(verb)):
        return None  # "Stated Stone:" inverts a speech verb only
    if any(t.text in (":", ";") or _is_cue_verb(t) for t in tok.doc[verb.i + 1 : tok.i] if t.i != subj.i):
        return None  # the colon closes another clause, or a cue verb nearer to it reads it
    # (A lexicon cue verb's own reading, when the parse gives one, goes first: this one is weak.)
    first = min([verb, *_cue_aux(verb)], key=lambda t: t.i)
    source = _source_span(subj)
    if source is None:
        return None
    return Attribution(
        cue=(first.idx, tok.idx + 1),
        lemma=verb.lemma_.lower(),
        source=source,
        content=[quote],
        quote="direct",
        source_token=subj.i,
        cue_token=verb.i,
        extra={"weak": True},
    )


def _clause_before(colon: Token) -> Token | None:
    """The verb of the clause a colon closes: the colon's head, up from an object or a phrase
    it hangs on ("released the following statement:", "replied, with a smile:"), or, when the
    parse hangs the clause before on the quotation's verb, that clause's own verb."""
    verb = colon.head
    for _ in range(4):
        if verb.pos_ not in ("NOUN", "PROPN", "ADP") or verb.dep_ not in ("dobj", "attr", "pobj", "prep"):
            break
        verb = verb.head
    if verb.i > colon.i:
        sent_start = colon.sent.start
        heads = [
            t for t in colon.doc[sent_start : colon.i] if t.head.i >= colon.i and t.pos_ in ("VERB", "AUX")
        ]
        verb = heads[-1] if len(heads) == 1 else None
    if verb is None or verb.i >= colon.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


def _subject_up(verb: Token) -> Token | None:
    """ "then leaned in and boomed:" — the subject of the verb a chain of conjuncts starts from."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("conj", "dep") or t.head is t:
            return None
        t = t.head
        subj = next((c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


# Words between a cue and the colon that opens its quotation and stay in the cue: adverbs and
# phrases about the speaking ("said on Telegram:", "added warily:", "replied, with a smile:").
_COLON_GAP_DEPS = frozenset("prep pobj det amod advmod compound npadvmod poss nummod punct".split())


def _cue_through_colon(doc: Doc, att: Attribution) -> None:
    """ "X said: “...”" — the colon introducing the content is written as part of the cue."""
    if att.cue is None or att.cue_token is None or not att.content:
        return
    text = doc_text(doc)
    start = att.content[0][0]
    if start <= att.cue[1]:
        return
    colon = text.rfind(":", att.cue[1], start)
    if colon < 0 or text[colon + 1 : start].strip():
        return
    gap = doc.char_span(att.cue[1], colon, alignment_mode="expand")
    if gap is not None and len(gap) > 6:
        return
    cue = doc[att.cue_token]
    for t in gap or []:
        if t.dep_ not in _COLON_GAP_DEPS or t.text in (":", ";", ".") or "\n" in t.text:
            return
        if not any(a.i == cue.i for a in t.ancestors):
            return
    att.cue = (att.cue[0], colon + 1)


_FROM_SOURCE = re.compile(r"(?:more\s+)?from\s+", re.I)

# Matched on lemmas: "latest" as an adjective is "late".
_NOT_SPEAKERS = frozenset(
    "note update email newsletter story stories briefing roundup live late latest watch breaking exclusive "
    "photo photos video videos opinion analysis editorial review correction read listen more "
    "war conflict crisis invasion explainer timeline podcast".split()  # "Russia-Ukraine war: what we know"
)


def _has_mark(tok: Token, words: tuple[str, ...] = ("that",)) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in children(tok))


def _that_clause(tok: Token) -> bool:
    """A clause opened by the complementizer "that", though the parse reads it as a relative
    clause ("alleged in the lawsuit that the bank hid …", "said for the first time that shells
    were found"): "that" leads it and the clause has a subject of its own."""
    if _has_mark(tok, ("that",)) and not _has_subject_that(tok):
        return True
    first = tok.left_edge
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in children(tok))
    return first.lower_ == "that" and first.head.i == tok.i and own_subject


def _has_subject_that(tok: Token) -> bool:
    """ "the plan that calls for ..." — "that" as the relative clause's subject, not a complementizer."""
    return any(c.lower_ == "that" and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children(tok))


def _cue_prep(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The cue's preposition right after it, or after an adverb or a phrase saying to whom
    ("spoke instead about", "spoke at length about", "spoke with reporters about")."""
    first = tok.i + 1 + _prt_count(tok)
    for child in children(tok):
        if child.dep_ != "prep" or child.lower_ not in preps or not first <= child.i <= first + 5:
            continue
        if not any(g.dep_ in ("pobj", "pcomp") for g in children(child)):
            continue
        between = {t.i for c in children(tok) if first <= c.i < child.i for t in subtree(c)}
        if set(range(first, child.i)) <= between and all(
            c.dep_ in ("advmod", "npadvmod", "prep") for c in children(tok) if first <= c.i < child.i
        ):
            return child
    return None


def _cue_prep_clause(tok: Token, preps: tuple[str, ...]) -> tuple[Token, Token] | None:
    """The preposition right after the cue when the parse hung it on a clause of the cue."""
    i = tok.i + 1 + _prt_count(tok)
    if i >= len(tok.doc) or tok.doc[i].lower_ not in preps:
        return None
    prep = tok.doc[i]
    head = prep.head
    if head.head.i == tok.i and head.dep_ in ("advcl", "ccomp", "xcomp") and head.left_edge.i == prep.i:
        return prep, head
    return None


def _prt_count(tok: Token) -> int:
    return sum(1 for c in children(tok) if c.dep_ == "prt" and c.i > tok.i)


def _snap_to_quotes(att: Attribution, quotes: list[Char], text: str) -> None:
    """Take whole quotations where the content lies inside or runs into them.

    The parse cuts a multi-sentence quotation at its last sentence and leaves marks out;
    a content inside a quotation becomes the quotation, marks included (a direct quote). A
    content that merely contains a quoted phrase stays as it is (a partial quote).
    """
    snapped: list[Char] = []
    for a, b in att.content:
        for qa, qb in _quotes_near(quotes, a, b):
            if not _overlaps((a, b), (qa, qb)) or (att.cue is not None and qa <= att.cue[0] < qb):
                continue
            if a >= qa - 1 and b <= qb + 1:
                a, b = qa, qb
            elif qa < a < qb < b:
                a = qa
            elif a < qa < b < qb:
                # A content that ends on the opening mark of a quotation after its cue (the
                # parse hangs the '' opening the next sentence on this one) stops before it.
                only_mark = text[qa:b].strip() in ("''", "``", *_OPEN, '"')
                b = qa if only_mark and att.cue is not None and att.cue[1] <= qa else qb
        snapped.append((a, b))
    merged: list[Char] = []
    for span in sorted(snapped):
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    att.content = merged
    if all(span in _quotes_near(quotes, *span) for span in merged):
        att.quote = "direct"


_near_cache: tuple[list[Char] | None, list[int], list[int], bool] = (None, [], [], False)


def _quotes_near(quotes: list[Char], a: int, b: int) -> list[Char]:
    """The quotations that can overlap or touch a..b, in order: found by bisection when they are in
    order and apart (as `quote_spans` gives them), so an article of thousands of quotes is not
    scanned whole for each claim; else all of them."""
    global _near_cache
    if _near_cache[0] is not quotes:
        apart = all(q[0] <= q[1] for q in quotes) and all(
            p[1] <= q[0] for p, q in zip(quotes, quotes[1:], strict=False)
        )
        _near_cache = (quotes, [q[0] for q in quotes], [q[1] for q in quotes], apart)
    _, starts, ends, apart = _near_cache
    if not apart:
        return quotes
    return quotes[bisect_left(ends, a - 1) : bisect_right(starts, b + 1)]


def _overlaps(a: Char, b: Char) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Each attribution walks its content clause, so a sentence of nested cues ("A says B says C
# says ...", untrusted text) costs the square of its length; no news sentence attributes more
# than a handful of times, so past this many the rest of the sentence is left unread.
MAX_PER_SENTENCE = 20


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution in `doc`, in text order of content."""
    from sitrep.claims.appositive import appositive_statuses  # they build on this module's helpers
    from sitrep.claims.attitudes import attitude_attribution

    text = doc_text(doc)
    quotes = quote_spans(text)
    found: list[Attribution] = []
    for sent in doc.sents:
        in_sentence = 0
        for tok in sent:
            if in_sentence == MAX_PER_SENTENCE:
                break
            att = (
                _according_to(tok)
                or _in_view(tok)
                or _in_record(tok)
                or _noun_tagged_cue(tok)
                or _as_reported(tok)
                or _hedge_adverb(tok)
                or _verb_attribution(tok, quotes)
                or _noun_attribution(tok)
                or _colon_attribution(tok, quotes)
                or _colon_clause(tok, quotes)
                or attitude_attribution(tok)
            )
            if att is not None and att.content:
                _light_verb_object(doc, att)
                _extend_over_tail(doc, att)
                _cut_name_description(doc, att, quotes)
                _snap_to_quotes(att, quotes, text)
                _source_after_quote(att, quotes, text)
                _cue_through_colon(doc, att)
                _after_dateline(text, att)
                found.append(att)
                in_sentence += 1
    found = [a for a in found if not _cue_in_quote(a, quotes)]
    for att in found:
        if att.source_token is not None and _is_date_word(doc[att.source_token]):
            _drop_date_head(doc, att)
        if att.cue_token is not None and _asked_of(doc[att.cue_token]):
            att.source = att.source_token = None  # "Asked about X, Y said": Y answered; who asked is unsaid
    _cut_at_stray_cues(doc, found)
    _cut_at_coordinated_speech(doc, found)
    # Before nesting: a clause the parse hung on an apposition's "denied" is freed.
    found.extend(appositive_statuses(doc, found))
    relayed = _relayed(doc, found) + _reported_speech(doc, found)
    found, held = _drop_nested(doc, _dedupe(found))
    outers = {id(a) for a in found}
    held.extend(a for a in relayed if id(a.extra["via"]) in outers)
    _continue_quotes(found, quotes, text)
    _quote_before(found, quotes, text)
    found.extend(_unattributed_quotes(doc, quotes, found))
    found.extend(_headline_attribution(doc, found))
    found.extend(held)
    found.extend(_embedded_posts(doc, found))
    _drop_dangling_links(text, found)
    found.sort(key=lambda a: (a.extent[0], a.extent[1]))
    return found


_DANGLING_LINK = re.compile(r"[\s,;]+(?:and|or|but)$", re.I)


def _drop_dangling_links(text: str, found: list[Attribution]) -> None:
    """ "demanded they be put on trial and one even called for …": a content the parse ends on the
    "and" of the clause joined after it ends before it."""
    for att in found:
        a, b = att.content[-1]
        m = _DANGLING_LINK.search(text, a, b)
        if m is None or m.start() <= a:
            continue
        end = m.start()
        # and the dash that closed an aside before it ("… invaded Ukraine – and at least …")
        while end - 2 > a and text[end - 1] in "-\u2013\u2014" and text[end - 2].isspace():
            end = _rstrip_at(text, end - 1, " ")
        att.content[-1] = (a, end)


# Prepositions that introduce what a speech or attitude noun is about ("concern about",
# "sympathy for", "thoughts on", "a forecast of").
_ABOUT = frozenset("about of on for at over to with against regarding toward towards".split())


def _extend_over_tail(doc: Doc, att: Attribution) -> None:
    """ "denounced the referendum as a sham", "praised the brigade for holding the line",
    "mocked the general because he lost the town", "called on Kyiv to negotiate": a phrase of
    the cue that follows its content at once (an "as" or "for" phrase, a reason, an infinitive)
    goes on with what was said."""
    if att.cue_token is None or att.content[-1][1] <= att.cue[0]:
        return
    cue = doc[att.cue_token]
    end = att.content[-1][1]
    for child in rights(cue):
        first = child.left_edge
        if first.idx < end:
            continue
        gap = doc_text(doc)[end : first.idx]
        if gap.strip(" \"'”’") or not _same_para(cue, child):
            return
        tail = (
            (child.dep_ == "prep" and child.lower_ in ("as", "for"))
            or (child.dep_ == "advcl" and first.lower_ == "because" and first.dep_ == "mark")
            or (child.dep_ in ("advcl", "xcomp") and first.lower_ == "to" and first.dep_ == "aux")
            # a second complement or an adverb the parse hangs on the cue instead of on the
            # content's own verb ("said the offensive had stalled [ccomp] …")
            or child.dep_ in ("ccomp", "dobj", "advmod")
        )
        if tail:
            span = _trim(doc_text(doc), att.content[-1][0], _right_end(child))
            if span is not None:
                att.content[-1] = span
        return


def _light_verb(verb: Token, noun: Token) -> bool:
    """ "expressed concern", "voiced support"; "have" only with a belief ("has no doubt that",
    "had concerns about"): "has the support of" is someone else's."""
    lemma = verb.lemma_.lower()
    return lemma in LIGHT_VERBS or (lemma == "have" and CUE_NOUNS.get(noun.lemma_.lower()) == BELIEF)


def _light_verb_object(doc: Doc, att: Attribution) -> None:
    """ "expressed concern that …", "voiced support for …", "offered his thoughts on …": a light
    verb's noun is part of the cue, with the preposition after it; what the noun is about (the
    clause, the infinitive or the preposition's object) is the content."""
    if att.cue_token is None or len(att.content) != 1:
        return
    verb = doc[att.cue_token]
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if (
        obj is None
        or not _light_verb(verb, obj)
        or obj.pos_ != "NOUN"
        or att.content[0][0] != obj.left_edge.idx
    ):
        return
    # What follows the noun at once: its clause or preposition, or a preposition the parse hangs
    # on the verb ("offered his thoughts on"); "a response on Tuesday to …" is not about Tuesday.
    about = next((c for c in rights(obj) if c.dep_ in ("acl", "ccomp", "prep", "relcl")), None)
    if about is None or about.left_edge.i != obj.i + 1:
        about = next((c for c in rights(verb) if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
    if about is None or about.left_edge.i not in (obj.i + 1, obj.right_edge.i + 1):
        return
    text = doc_text(doc)
    if about.dep_ == "prep":
        pobj = next((c for c in children(about) if c.dep_ in ("pobj", "pcomp")), None)
        if about.lower_ not in _ABOUT or pobj is None or _is_date_phrase(about):
            return
        content, cue_end = _subtree_chars(pobj), about.idx + len(about.text)
    elif (
        (about.left_edge.dep_ == "mark" and about.left_edge.lower_ in ("that", "whether", "if"))
        or any(a.lower_ == "to" and a.dep_ == "aux" for a in lefts(about))
        or (about.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(about)))
    ):
        # "concern that …", "reason to be cautious", "confidence it was holding"; not "a line he uses"
        content, cue_end = _subtree_chars(about), obj.idx + len(obj.text)
    else:
        return
    if len(content) != 1:
        return
    att.cue = (att.cue[0], max(att.cue[1], cue_end))
    att.content = [_trim(text, *content[0]) or content[0]]


def _source_after_quote(att: Attribution, quotes: list[Char], text: str) -> None:
    """ "“…,” Sarandon, 69, said": a speaker mention the parse ran back into the quotation
    starts after it."""
    if att.source is None:
        return
    a, b = att.source
    for qa, qb in _quotes_near(quotes, a, a):
        if qa <= a < qb < b:
            att.source = _trim(text, qb, b)
            if att.source is None:
                att.source_token = None
            return


def _cut_name_description(doc: Doc, att: Attribution, quotes: list[Char]) -> None:
    """ "said he would meet Sanders, who trailed by 20 points": a relative clause set off by a
    comma that describes a name at the content's end is the reporter's gloss, not the claim."""
    a, b = att.content[-1]
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or any(qa < b and a < qb for qa, qb in _quotes_near(quotes, a, b)):
        return
    for tok in span:
        if (
            tok.dep_ == "relcl"
            and tok.head.pos_ == "PROPN"
            and tok.head.i >= span.start
            and tok.right_edge.i >= span.end - 1
            and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
            and tok.left_edge.lower_ in ("who", "which", "where", "whose", "whom", "when")
        ):
            cut = _trim(doc_text(doc), a, tok.doc[tok.left_edge.i - 1].idx)
            if cut is not None:
                att.content[-1] = cut
            return


def _cue_in_quote(att: Attribution, quotes: list[Char]) -> bool:
    """ "“I think we have to deepen ...”": speech or belief voiced inside a quotation is the
    quoted speaker's talk, part of that quotation, not a second attribution."""
    return att.cue is not None and any(
        a < att.cue[0] < b for a, b in _quotes_near(quotes, att.cue[0], att.cue[0])
    )


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    seen: set[Char] = set()
    for att in found:
        key = att.cue or att.extent
        if key not in seen:
            seen.add(key)
            out.append(att)
    return out


def _weak(att: Attribution) -> bool:
    lemma = att.lemma or ""
    if att.extra.get("weak") or (
        lemma not in CUE_VERBS and lemma not in CUE_NOUNS and lemma not in ("according to", ":")
    ):
        return True  # cue nouns, attitudes and stances ("his remarks about", "supporting him")
    return CUE_VERBS.get(lemma) in (BELIEF, SOURCE, STANCE) or lemma in HEDGE_VERBS


def _stray_cue(verb: Token) -> bool:
    """A finite cue verb the parse coordinates with an infinitive ("to combat Y and claims")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and head.tag_ == "VB"
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in children(head))
    )


def _cut_at_stray_cues(doc: Doc, found: list[Attribution]) -> None:
    """ "describes the attack as X to combat Y and claims NATO is hostile": the parse hangs the
    finite "claims" on the infinitive "combat", so it lands in the first claim's content. A
    finite cue coordinated with a non-finite verb is a cue of its own: the content around it
    ends before its "and"."""
    text = doc_text(doc)
    around = _Around(doc, found)
    for att in found:
        if att.cue_token is None:
            continue
        cue = doc[att.cue_token]
        head = cue.head
        if not _stray_cue(cue):
            continue
        cc = next((c for c in children(head) if c.dep_ == "cc" and c.i < cue.i), None)
        cut = cc.idx if cc is not None else cue.idx
        for other in around(cut):
            if other is att or not other.content or not (other.extent[0] < cut < other.extent[1]):
                continue
            kept = [(a, min(b, cut)) for a, b in other.content if a < cut]
            kept = [(a, _rstrip_at(text, b, " ,;")) for a, b in kept]
            if kept and kept[0][0] < kept[0][1]:
                other.content = kept


class _Around:
    """The attributions whose extent may hold a position: each is filed under every sentence
    its extent touches, so a cut looks at its own sentence's claims, not at every claim."""

    def __init__(self, doc: Doc, found: list[Attribution]) -> None:
        self.starts = [sent.start_char for sent in doc.sents]
        self.by_sent: dict[int, list[Attribution]] = {}
        for att in found:
            if att.content:
                a, b = att.extent
                for i in range(self._sent(a), self._sent(max(a, b - 1)) + 1):
                    self.by_sent.setdefault(i, []).append(att)

    def _sent(self, char: int) -> int:
        return bisect_right(self.starts, char) - 1

    def __call__(self, char: int) -> list[Attribution]:
        return self.by_sent.get(self._sent(char), [])


def _rstrip_at(text: str, end: int, chars: str) -> int:
    """`end` moved back over `chars` (without copying the text before it)."""
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


_COMPLEMENTIZER = re.compile(r"(?:that|whether|if)?", re.I)  # no content left before a cut
_CLAUSE_LINKS = frozenset("and but while whereas though although".split())


def _coordinated_speech_start(verb: Token) -> Token | None:
    """ "Six in 10 said A, and three-quarters said B", "Rubio suggested A, while Cruz said B":
    the word that opens a second speech act with a subject of its own, joined to the first
    (the parse may hang it on the first as a conjunct, an adverbial or a complement)."""
    doc = verb.doc
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 1
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "ccomp" for c in children(verb))
    ):
        return doc[verb.i - 1]  # "…, adding that two people were wounded"
    subj = next((c for c in lefts(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and _shares_outer_speaker(verb):
        # "said the talks were useful and called the plan “a start”": the parse joins the
        # second cue to the reported clause; it is the speaker's second act.
        link = doc[verb.i - 1]
        return link if link.dep_ == "cc" and link.head.i == verb.head.i else None
    if subj is None or subj.lower_ in _RELATIVES or verb.dep_ not in ("conj", "advcl", "ccomp"):
        return None
    if verb.head.i > verb.i:
        return None  # "said that while officials said A, residents had fled": inside the content
    start = subj.left_edge.i
    if start < 2:
        return None
    link, before = verb.doc[start - 1], verb.doc[start - 2]
    if link.lower_ not in _CLAUSE_LINKS or not (
        before.text in (",", ";") or link.lower_ in ("while", "whereas")
    ):
        return None
    return link


def _shares_outer_speaker(verb: Token) -> bool:
    """A subjectless cue verb conjoined to the clause another cue reports, whose speaker it
    takes (see `_subject`), with a clause or a quotation of its own ("and called the plan “a
    start”", "and called on X to ..."); an act with a plain object ("and cited a list") may be
    the reported clause's own and stays in it."""
    head = verb.head
    own = any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children(verb)) or any(
        g.dep_ in ("pcomp", "xcomp", "ccomp") for c in children(verb) if c.dep_ == "prep" for g in children(c)
    )
    aspect = _lemma(verb) == "continue" and any(c.dep_ == "xcomp" for c in children(verb))
    return (
        (own or _denied_gerund(verb))
        and not aspect  # "and continues “to build …”": going on doing it, not saying it
        and verb.dep_ == "conj"
        and _is_cue_verb(verb)
        and not _is_cue_verb(head)
        and head.dep_ == "ccomp"
        and _is_cue_verb(head.head)
        and head.i < verb.i
    )


def _denied_gerund(verb: Token) -> bool:
    """ "and denied striking residential buildings": the parse can read the gerund as an adjective
    of the object ("striking buildings"); for a denial verb that is still a deed of its own."""
    return _lemma(verb) in DENY_CUES and any(
        c.dep_ == "dobj" and any(g.tag_ == "VBG" and g.dep_ == "amod" and g.i == verb.i + 1 for g in children(c))
        for c in children(verb)
    )


def _cut_at_coordinated_speech(doc: Doc, found: list[Attribution]) -> None:
    """A speech act joined to another by "and"/"while" with its own subject, or a participle
    ("…, adding that …") is a claim of its own: the content of the claim before it ends before
    the joining word (the parse runs the first content over the second clause). The participle's
    speaker is the first claim's."""
    text = doc_text(doc)
    around = _Around(doc, found)
    for att in found:
        if att.cue_token is None or _weak(att):
            continue
        link = _coordinated_speech_start(doc[att.cue_token])
        if link is None:
            continue
        cut = link.idx
        for other in around(cut):
            if other is att or not other.content or not (other.extent[0] < cut < other.extent[1]):
                continue
            if other.cue is None or other.cue[1] > cut:
                continue
            kept = [(a, min(b, cut)) for a, b in other.content if a < cut]
            kept = [(a, _rstrip_at(text, b, " ,;\u2013\u2014-")) for a, b in kept]
            kept = [(a, b) for a, b in kept if a < b]
            if kept and not _COMPLEMENTIZER.fullmatch(text[kept[0][0] : kept[-1][1]]):
                other.content = kept
                if link.text == ",":
                    # The participle hangs on the reported clause, whose subject is not its speaker.
                    att.source, att.source_token = other.source, other.source_token


# Cues of a speech act that can be relayed; not beliefs or intentions ("Russia intends to …,
# according to X" is X's reading of Russia, no statement of Russia's), nor stances.
_SPEECH_ACTS = frozenset([NEUTRAL, ASSERTIVE, CONFIRM, DENY])
_RELAY_LEAD = frozenset(["", "but", "and", "yet", "so"])  # what may open a sentence before "According to Z,"


def _relay_phrase(doc: Doc, lo: int, hi: int, bounds: Char) -> str | None:
    """Whether an "according to Z" phrase opens ("According to Z, …") or closes ("…, according to
    Z.") its sentence, set off by a comma: then it reports the whole sentence. Inside the clause
    ("X said that, according to Z, …") Z is X's source, and X's claim holds it."""
    text = doc_text(doc)
    before, after = text[bounds[0] : lo].strip(" \t\n\"“‘'"), text[hi : bounds[1]].strip()
    if before.lower() in _RELAY_LEAD and after.startswith(","):
        return "first"
    if before.endswith(",") and not after.strip(".!?\"”’'"):
        return "last"
    return None


def _relayed(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Relayed speech ("“…,” Syrskyi told soldiers, according to his office"; "According to RIA,
    the ministry said …"): Z's claim is the whole report, speaker, cue and what was said (as
    PolNeAR annotates it), and the speech act inside it is a claim of its own, its content without
    the "according to" phrase, with `extra["via"]` the report it came through. Those inner
    attributions are taken out of `found` (nesting would drop them) and returned. Linear: only
    the attributions of one sentence (at most MAX_PER_SENTENCE) are paired."""
    text = doc_text(doc)
    ends = {s.start: s.end for s in doc.sents}  # once: spaCy finds the sentences on every walk
    by_sent = _by_sentence(found, list(ends))
    inner: list[Attribution] = []
    for start, atts in by_sent.items():
        last = doc[ends[start] - 1]
        bounds = (doc[start].idx, last.idx + len(last.text))
        for outer in atts:
            if outer.lemma != "according to" or outer.source is None or outer.cue_token + 1 >= len(doc):
                continue
            lo, hi = outer.cue[0], _right_end(doc[outer.cue_token + 1])  # the "according to Z" phrase
            where = _relay_phrase(doc, lo, hi, bounds)
            if where is None:
                continue
            heads = {t.i for t in doc[outer.cue_token].ancestors}  # the phrase hangs on the speech
            speech = [
                a
                for a in atts
                if a is not outer
                and "via" not in a.extra
                and CUE_VERBS.get(a.lemma) in _SPEECH_ACTS
                and a.source is not None
                and a.cue_token in heads
                and doc[a.cue_token].pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "auxpass" for c in doc[a.cue_token].children)  # "is explained by"
                and (
                    max(a.cue[1], a.source[1]) <= lo if where == "last" else min(a.cue[0], a.source[0]) >= hi
                )
                # in the phrase's paragraph: a headline the sentence split ran on is not relayed
                and "\n" not in text[min(a.cue[0], a.source[0], lo) : max(a.cue[1], a.source[1], hi)]
                # and one report: the speech is in Z's content, or Z's content in what was said
                and any(_overlaps(x, y) for x in [a.cue, *a.content] for y in outer.content)
            ]
            if not speech:
                continue
            said = max(speech, key=_width)
            cut = [
                span
                for a, b in said.content
                if (span := _trim(text, a, min(b, lo)) if where == "last" else _trim(text, max(a, hi), b))
            ]
            if not cut:
                continue
            said.content = cut
            reach = _reach(said)
            a = min(reach[0], outer.content[0][0])
            b = max(reach[1], outer.content[-1][1])
            whole = _trim(text, *((a, min(b, lo)) if where == "last" else (max(a, hi), b)))
            if whole is None:
                continue
            outer.content = [whole]
            said.extra["via"] = outer
            inner.append(said)
    return _taken_out(found, inner)


def _taken_out(found: list[Attribution], inner: list[Attribution]) -> list[Attribution]:
    """`inner`, after taking its attributions out of `found` (in place): a relayed speech act is
    returned as the relay's own claim, not left among the nested ones to be dropped."""
    if inner:
        taken = {id(a) for a in inner}
        found[:] = [a for a in found if id(a) not in taken]
    return inner


def _by_sentence(found: list[Attribution], starts: list[int]) -> dict[int, list[Attribution]]:
    """The attributions with a cue, by the first token of the cue's sentence (`starts`, in order)."""
    by_sent: dict[int, list[Attribution]] = {}
    for att in found:
        if att.cue_token is not None:
            by_sent.setdefault(starts[bisect_right(starts, att.cue_token) - 1], []).append(att)
    return by_sent


def _reported_speech(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Speech a report carries ("Reuters reported that the governor said …", "The bridge, the
    governor said, was hit, AFP reports", "Officials said …, the agency reported"): the speaker
    inside the report keeps a claim of its own, with `extra["via"]` the report, instead of being
    dropped as nested; the report's claim is the whole account (as for "according to"). A report
    written after the speech is cut from what was said. Linear: pairs within one sentence."""
    text = doc_text(doc)
    inner: list[Attribution] = []
    for atts in _by_sentence(found, [s.start for s in doc.sents]).values():
        for outer in atts:
            if outer.lemma != "report" or outer.source is None or not outer.content or "via" in outer.extra:
                continue
            said = _carried_speech(doc, outer, atts)
            if said is None:
                continue
            if outer.source[0] > said.cue[1]:  # "…, the agency reported": the tail is the report's
                cut = [
                    span for a, b in said.content if (span := _trim(text, a, min(b, outer.content[-1][1])))
                ]
                whole = _trim(
                    text, min(said.source[0], said.cue[0], outer.content[0][0]), outer.content[-1][1]
                )
                if not cut or whole is None:
                    continue
                said.content, outer.content = cut, [whole]
            said.extra["via"] = outer
            inner.append(said)
    return _taken_out(found, inner)


def _carried_speech(doc: Doc, outer: Attribution, atts: list[Attribution]) -> Attribution | None:
    """The widest speech act of another speaker that a report's account holds: its cue and speaker
    inside the report's content, or the report's cue and speaker inside its own content. A
    participle ("…, citing the ministry") is the reporter's own act, and a speech act still to come
    a plan the report tells: neither is a speaker it carries."""

    def inside(span: Char, spans: list[Char]) -> bool:
        return any(a <= span[0] and span[1] <= b for a, b in spans)

    speech = [
        a
        for a in atts
        if a is not outer
        and "via" not in a.extra
        and a.source is not None
        and a.cue is not None
        and CUE_VERBS.get(a.lemma) in _SPEECH_ACTS
        and doc[a.cue_token].tag_ != "VBG"
        and not _planned(doc[a.cue_token])
        and (
            (inside(a.cue, outer.content) and inside(a.source, outer.content))
            or (  # "…, the agency reported": a report written after what it carries
                inside(outer.cue, a.content)
                and inside(outer.source, a.content)
                and a.cue[1] <= outer.content[0][0]
                and outer.content[-1][1] <= outer.source[0]
            )
        )
    ]
    return max(speech, key=_width) if speech else None


def _planned(verb: Token) -> bool:
    """A speech act still to come, under "will"/"would" or "to" ("the ministers will discuss the
    deal", "would travel to Minsk to discuss"): a plan the report tells, not speech it carries."""
    return any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in children(verb))


def _drop_nested(doc: Doc, found: list[Attribution]) -> tuple[list[Attribution], list[Attribution]]:
    """Speech reported inside another claim's content ("he said they think ...") belongs to
    that claim: one attribution per stretch of text. Speech cues go before belief and
    evidence cues ("expected", "showed"), whose clause boundaries the parse gets wrong more
    often, unless the weaker cue's content is its own "that"-clause (`_own_that_clause`); among
    equals the outermost wins.

    A claim held by a named speaker through a cue noun inside another's content ("Kyiv
    rejected Moscow's claim that ...", "... said Putin's statement that ... was false") is
    kept apart, second: it is that speaker's claim, which the outer one reports or answers."""
    kept: list[Attribution] = []
    contents, cues, held_cues = _Disjoint(), _Disjoint(), _Disjoint()
    inner: list[Attribution] = []
    for att in sorted(
        found, key=lambda a: (_weak(a) and not _own_that_clause(doc, a), -sum(b - a for a, b in a.content))
    ):
        spans = [*att.content, *([att.cue] if att.cue else [])]
        if att.cue and cues.overlaps(att.cue):
            continue
        if any(contents.overlaps(x) for x in spans):
            if _held_claim(att) and contents.contains(_reach(att)) and not held_cues.overlaps(att.cue):
                inner.append(att)
                held_cues.add(att.cue)
            continue
        kept.append(att)
        for c in att.content:
            contents.add(c)
        if att.cue:
            cues.add(att.cue)
    return kept, inner


def _own_that_clause(doc: Doc, att: Attribution) -> bool:
    """ "A poll found that 70% reject …", "Officials believe that Moscow denied …", "I doubt if
    anyone would think that …": a belief or finding whose content opens with the "that" (or "if",
    "whether") of the cue's own clause has its bounds from the parse's surest reading, and holds
    the speech or belief inside it as what was found or believed."""
    if att.cue_token is None or not att.content:
        return False
    start = att.content[0][0]
    return any(
        c.dep_ in ("ccomp", "advcl")  # "doubt if …" parses as an adverbial clause
        and any(
            m.dep_ == "mark" and m.lower_ in ("that", "if", "whether") and m.idx == start for m in children(c)
        )
        for c in children(doc[att.cue_token])
    )


def _held_claim(att: Attribution) -> bool:
    """ "Moscow's claim that ...", "his statement that ...": a cue noun with its holder written."""
    return (
        att.cue is not None
        and att.source is not None
        and att.lemma in CUE_NOUNS
        and att.extra.get("noun_cue", False)
        and att.source[1] <= att.cue[0]
    )


def _reach(att: Attribution) -> Char:
    """From the first to the last character of an attribution's source, cue and content (those it has)."""
    spans = [*att.content, *(s for s in (att.cue, att.source) if s is not None)]
    return min(a for a, _ in spans), max(b for _, b in spans)


def _width(att: Attribution) -> int:
    lo, hi = _reach(att)
    return hi - lo


class _Disjoint:
    """Spans that overlap none of each other, kept sorted: whether a span overlaps one of them is a
    bisection, not a scan of every claim kept so far (an article of thousands of claims). Their
    ends are then sorted too, so the last span starting before a span's end is the only one to
    test. Should a span ever overlap one already in, it falls back to the scan."""

    def __init__(self) -> None:
        self.spans: list[Char] = []
        self.sorted = True

    def overlaps(self, x: Char) -> bool:
        if not self.sorted:
            return any(_overlaps(x, c) for c in self.spans)
        i = bisect_left(self.spans, (x[1],))  # the first span starting at or after x's end
        return i > 0 and x[0] < self.spans[i - 1][1] and self.spans[i - 1][0] < x[1]

    def contains(self, x: Char) -> bool:
        """Whether one span holds all of `x`."""
        if not self.sorted:
            return any(a <= x[0] and x[1] <= b for a, b in self.spans)
        i = bisect_right(self.spans, (x[0], 1 << 62))  # the last span starting at or before x
        return i > 0 and self.spans[i - 1][0] <= x[0] and x[1] <= self.spans[i - 1][1]

    @classmethod
    def of(cls, spans: Iterable[Char]) -> _Disjoint:
        out = cls()
        for span in spans:
            out.add(span)
        return out

    def add(self, span: Char) -> None:
        if self.sorted and (span[0] > span[1] or self.overlaps(span)):
            self.sorted = False
        if self.sorted:
            insort(self.spans, span)
        else:
            self.spans.append(span)


def _adjacent_quote(tok: Token, subj: Token | None, quotes: list[Char]) -> list[Char]:
    """A quotation right before or after the cue, with only the speaker and punctuation between
    ("“...,” Sexton said", "he said, “...”"), when the parse did not link them."""
    doc = tok.doc
    allowed = {tok.i} | ({t.i for t in subtree(subj)} if subj is not None else set())
    # "telling reporters, “…”", "said in a statement on Monday: “…”": the addressee, the medium
    # and the time of the cue may stand between it and the quotation.
    allowed |= {
        t.i
        for c in children(tok)
        if c.dep_ in ("dobj", "dative", "npadvmod", "prep") and c.i > tok.i
        for t in subtree(c)
        if not (c.dep_ == "dobj" and _lemma(tok) not in _ADDRESSEE_VERBS)
    }
    end = tok.idx + len(tok.text)
    for qa, qb in quotes:
        if qb <= tok.idx and tok.idx - qb < 200:
            gap = doc.char_span(qb, tok.idx, alignment_mode="expand") if qb < tok.idx else None
        elif qa >= end and qa - tok.idx < 200:
            gap = doc.char_span(end, qa, alignment_mode="expand") if end < qa else None
        else:
            continue
        between = [t for t in gap if t.i != tok.i and not (qa <= t.idx < qb)] if gap is not None else []
        if any(t.text in (".", "?", "!") for t in between):
            continue  # not across a sentence end ("Others agree. “…,” said X")
        if qb <= tok.idx and "\n" in doc_text(doc)[qb : tok.idx]:
            continue  # a cue opening a paragraph does not speak the quote that closed the last one
        if all(t.i in allowed or t.is_punct or t.is_space for t in between):
            return [(qa, qb)]
    return []


def _continue_quotes(found: list[Attribution], quotes: list[Char], text: str) -> None:
    """A quotation that goes on after its attribution is one claim: “A,” he said. “B.” — and
    “A,” he said, “but B” — and a quote that runs on into the next paragraph."""
    taken = _Disjoint.of(c for att in found for c in att.content)
    free = [q for q in quotes if not taken.overlaps(q)]
    ends, whole = {q[1] for q in quotes}, set(quotes)
    for att in sorted(found, key=lambda a: a.extent):
        # A content that is, or ends with, a quotation ("Sanders “has pole-vaulted …,” Sroka said.")
        if not any(c in whole or c[1] in ends for c in att.content) and not _quote_follows(att, free, text):
            continue
        end = max(att.extent[1], att.cue[1] if att.cue else 0, att.source[1] if att.source else 0)
        clause_end = att.extra.get("clause_end", 0)
        for q in free:
            if q[0] < end:
                continue
            if end < clause_end <= q[0]:
                end = clause_end  # "... the ministry declared on Telegram. “B.”"
            gap = text[end : q[0]]
            clause = att.extra.get("clause", frozenset())
            # Words between are only the attribution's own ("he told Bloomberg in October").
            words_ok = all(m.start() + end in clause for m in re.finditer(r"[^\s,.;:—–-]+", gap))
            if not words_ok or gap.count("\n") > 2:
                break
            att.content.append(q)
            end = q[1]
        free = [q for q in free if q not in att.content]
    for att in found:
        att.content.sort()


def _quote_before(found: list[Attribution], quotes: list[Char], text: str) -> None:
    """ "“When I look at her,” he said, “who tells everyone …”": a quotation broken by its
    attribution begins in the quote before it, which ends in a comma and is followed only by
    the speaker and the cue."""
    taken = _Disjoint.of(c for att in found for c in att.content)
    starts = {q[0] for q in quotes}
    for att in found:
        if att.cue is None or att.content[0][0] not in starts:
            continue
        first = min(att.cue[0], att.source[0] if att.source else att.cue[0])
        last = max(att.cue[1], att.source[1] if att.source else att.cue[1])
        if not (last <= att.content[0][0] and re.fullmatch(r"[\s,:]*", text[last : att.content[0][0]])):
            continue
        before = [q for q in _quotes_near(quotes, first - 3, first) if q[1] <= first]
        if not before:
            continue
        q = before[-1]
        if (
            taken.overlaps(q)
            or not re.fullmatch(r"[\s,]*", text[q[1] : first])
            or "," not in text[q[1] - 3 : q[1]]
            or "\n" in text[q[0] : att.content[0][1]]
        ):
            continue
        att.content.insert(0, q)
        taken.add(q)


def _quote_follows(att: Attribution, free: list[Char], text: str) -> bool:
    """ "He said the region matters. “That’s because …”" and "Or maybe Bush, Musser says. “…”":
    an attribution ending its sentence, followed by nothing but a free quotation, goes on in it."""
    if att.cue is None:
        return False
    end = max(att.extent[1], att.cue[1], att.source[1] if att.source is not None else 0)
    if end > att.extent[1] and att.extra.get("clause_end", 0) > end:
        return False  # words of the attribution after the cue: the loop's word check decides
    nxt = next((q for q in free if q[0] >= end), None)
    return (
        nxt is not None
        and re.fullmatch(r"[\s.,:;]*", text[end : nxt[0]]) is not None
        and (text.count("\n", end, nxt[0]) <= 2)
    )


def _unattributed_quotes(doc: Doc, quotes: list[Char], found: list[Attribution]) -> list[Attribution]:
    """Quotations no rule explained: a quote that stands as its own sentence goes to the speaker
    of the quotation just before it in the same or previous paragraph; other quotes
    (scare quotes, titles) are left alone."""
    out: list[Attribution] = []
    text = doc_text(doc)
    covered = _Disjoint.of(span for att in found for span in att.content)
    for qa, qb in quotes:
        if covered.overlaps((qa, qb)):
            continue
        if qb - qa < 25 or not _is_sentential(doc, qa, qb):
            continue
        prev = [a for a in found + out if a.extent[1] <= qa and a.quote == "direct"]
        prev_att = max(prev, key=lambda a: a.extent[1]) if prev else None
        if (
            prev_att is None
            or text.count("\n\n", prev_att.extent[1], qa) > 1
            or qa - prev_att.extent[1] > 600
        ):
            prev_att = None
        out.append(
            Attribution(
                cue=None,
                lemma=None,
                source=None,
                content=[(qa, qb)],
                quote="direct",
                source_token=None,
                extra={"continues": prev_att},
            )
        )
    return out


def _is_sentential(doc: Doc, qa: int, qb: int) -> bool:
    """A quotation that is a sentence (or more) on its own, not a phrase inside one."""
    text = doc_text(doc)
    span: Span | None = doc.char_span(qa, qb, alignment_mode="expand")
    if span is None:
        return False
    para_start = text.rfind("\n", 0, qa) + 1
    before = text[max(span[0].sent.start_char, para_start) : qa].strip()
    if before and not before.endswith(":"):  # a quote a colon introduces stands on its own
        return False
    after = text[qb:].split("\n", 1)[0].strip()
    if not after or after in {".", ","}:
        return True
    inner = text[qa:qb].rstrip("\"'”»’ ")
    return inner.endswith((".", "?", "!")) and (after[0].isupper() or after[0] in '"“«')


_HEADLINE_BREAKS = frozenset(": ; — – | -".split())
_HEADLINE_TOKENS = 30


def _headline_cue(word: str) -> str | None:
    """The cue lemma of a headline verb form ("Says", "Denies", "Blasts", "Said"), if any."""
    w = word.lower()
    if w == "said":
        return "say"
    stems = [w[:-3] + "y"] if w.endswith("ies") else []
    stems += [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]] if w.endswith("s") else []
    return next((x for x in stems if x in CUE_VERBS and x not in SEE_AS | AS_VERBS), None)


# Conjunctions that may open a headline before its speaker ("As Russia Demands Guarantees, …").
_SUBORDINATORS = frozenset("as while when after before if".split())
# Words that open an adverbial or a question, not a name ("In Space, U.S.-Russian Cooperation
# Finds …", "How the General Sees …"); a subordinator left alone before the verb is none either.
_NOT_NAME_OPENERS = frozenset(
    "in as at on for after before with amid despite while when if why how what from by".split()
)
# After a headline's cue verb, a preposition that is not the cue's own introduces no content
# ("Blinken Speaks to Russia's Foreign Minister", "… Meets With …").
_NO_CONTENT_PREPS = frozenset("to with at in into from after before amid during".split())


def _headline_name(name: list[Token]) -> bool:
    """Words that can name a headline's speaker: up to eight, capitalized, no pronoun, not an
    adverbial opener, no participle clause after a comma ("…, Intensifying Fears It Is …")."""
    return (
        0 < len(name) <= 8
        and not any(t.pos_ == "PRON" for t in name)
        and all(t.text[:1].isupper() or t.text in ",&'’" for t in name)
        and name[0].lower_ not in _NOT_NAME_OPENERS
        and not any(t.lower_.endswith("ing") and t.i > 0 and t.doc[t.i - 1].text == "," for t in name)
    )


# Cue verb forms that headlines use as often as plural nouns ("Peace Talks Stall", "Ceasefire
# Calls Grow Louder", "Kremlin Demands Rejected By Kyiv").
_PLURAL_NOUNS = frozenset("talks calls promises reports demands claims comments".split())


def _plural_noun(tok: Token, rest: list[Token]) -> bool:
    """Whether a headline's "Talks", "Promises", "Demands" is a noun: "talks" always; "calls"
    unless a quotation follows ("Calls Putin ‘a Butcher’"; "Calls For" is read before); the
    others when a preposition or a participle comes next ("Reports From The Front", "Demands
    Rejected"), not an object ("Demands Guarantees", "Claims Victory")."""
    word = tok.lower_
    if word not in _PLURAL_NOUNS:
        return False
    if word == "talks" or not rest:
        return True
    if word == "calls":
        return not any(t.is_quote for t in rest)
    return rest[0].pos_ == "ADP" or rest[0].lower_.endswith("ed")


def _said_after(before: list[Token], name: list[Token], rest: list[Token]) -> bool:
    """ "Bakhmut Still Holding, Zelenskiy Says [Short Tail]": two words or more before the comma,
    a name after it, and after the verb nothing or a few capitalized words."""
    return (
        len(before) >= 2
        and _headline_name(name)
        and (not rest or (len(rest) <= 4 and all(t.text[:1].isupper() for t in rest)))
    )


# An embedded post as news sites print it: its text, a link, then "— Name (@handle) July 5, 2022".
_POST_SIGNATURE = re.compile(
    r"[ \t\xa0]+(?P<dash>—|–|--?)[ \t\xa0]+(?P<name>[^\n—–()@]{1,80}?)[ \t\xa0]*\((?P<handle>@\w{1,30})\)[ \t\xa0]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
)
_POST_TAIL = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_POST_TAG = re.compile(r"<tweet[^>]*>")
_POST_TEXT = 280  # characters of a post's text, its links aside
_POST_REACH = 600  # how far back from its signature a post's start is looked for
_SAYING = frozenset((NEUTRAL, ASSERTIVE, CONFIRM, DENY))


def _embedded_posts(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """ "Running out of steam… https://t.co/x — Richard Moore (@ChiefMI6) July 30, 2022": an
    embedded post is its author's claim; the dash is the cue, the name with its handle the
    speaker, and the text before the links the content (see `_post_start`)."""
    text = doc_text(doc)
    if "(@" not in text:
        return []
    signatures = list(_POST_SIGNATURE.finditer(text))
    if not signatures:
        return []
    _source_after_signature(text, found, [m.end() for m in signatures])
    have = {a.extent for a in found}
    sent_starts = [s.start_char for s in doc.sents]
    # Where each saying with a speaker ends: the reporter's attributions ("…, he said."); a
    # stance or a belief ("The United States strongly condemns …") is as often the post's own.
    ends = sorted(
        max(x[1] for x in (a.source, a.cue, a.content[-1]) if x)
        for a in found
        if a.source and CUE_VERBS.get(a.lemma) in _SAYING
    )
    out: list[Attribution] = []
    previous = 0
    for m in signatures:
        dash = m.start("dash")
        # The text since the post before it, or the page's start, if near enough to be all post.
        floor = max(previous, dash - _POST_REACH)
        bound = floor if floor == previous else -1
        previous = m.end()
        tail = _POST_TAIL.search(text, floor, dash)
        end = tail.start() if tail else dash
        while end > floor and text[end - 1].isspace():
            end -= 1
        content = _trim(text, _post_start(text, floor, bound, end, sent_starts, ends), end)
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if content is None or name is None or not len(name) or content in have:
            continue
        out.append(
            Attribution(
                cue=(dash, m.end("dash")),
                lemma="tweet",
                source=(m.start("name"), m.end("handle") + 1),
                content=[content],
                quote="direct",
                source_token=name[-1].i,
                cue_token=None,
                extra={"name": name.text},
            )
        )
    return out


def _post_start(text: str, floor: int, bound: int, end: int, sent_starts: list[int], ends: list[int]) -> int:
    """Where a post's text ending at `end` starts. Pages that print the post as a block of its
    own give a line break, a <tweet> tag or the signature of the post before it, within a
    post's length: the post starts there. Else (the page's blocks were run together) it starts
    at the first sentence within a post's length, and after the last saying with a speaker
    that ends before a sentence of it ("Draghi initiated the call, he said. Had a phone conversation
    with …"): what the reporter attributes is not in the post."""
    nl = text.rfind("\n", floor, end)
    start = nl + 1 if nl >= 0 else bound  # -1: no block's start near enough
    tags = list(_POST_TAG.finditer(text, max(start, floor), end))
    if tags:
        start = tags[-1].end()
    if start >= 0 and end - start <= _POST_TEXT:
        return start
    i = bisect_left(sent_starts, end - _POST_TEXT)
    start = sent_starts[i] if i < len(sent_starts) and sent_starts[i] < end else end
    j = bisect_left(ends, end) - 1  # the last claim ending before the post's text does,
    while j >= 0 and ends[j] > start:  # and before a sentence of it
        k = bisect_left(sent_starts, ends[j])
        if k < len(sent_starts) and sent_starts[k] < end:
            return sent_starts[k]
        j -= 1
    return start


def _source_after_signature(text: str, found: list[Attribution], sig_ends: list[int]) -> None:
    """ "— X (@x) July 23, 2022 Blinken also said": a speaker written after a post's signature
    starts after its date."""
    for att in found:
        if att.source is None:
            continue
        j = bisect_left(sig_ends, att.source[1]) - 1
        if j >= 0 and sig_ends[j] > att.source[0]:
            att.source = _trim(text, sig_ends[j], att.source[1])


def _headline_attribution(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """ "Kremlin Denies Drone Strike On Moscow", "Zelenskiy says Bakhmut holds": the parser
    reads title-case headlines poorly, so the article's first line, when no rule found a cue
    in it, is read by form: a name (capitalized words) and a cue verb in the third person
    open the headline or its part after a colon, and what follows the verb is the content."""
    text = doc_text(doc)
    line_end = text.find("\n")
    if line_end < 0:
        return []  # one line is a text, not a headline over one
    line = [t for t in doc if t.idx < line_end and not t.is_space]
    if not line or len(line) > _HEADLINE_TOKENS or any(a.cue and a.cue[0] < line_end for a in found):
        return []
    for k, tok in enumerate(line):
        lemma = _headline_cue(tok.text)
        bare = lemma is None and tok.lower_ in CUE_VERBS and 0 < k and line[k - 1].text != ","
        if bare and (k + 1 == len(line) or line[k + 1].is_punct):
            lemma = tok.lower_  # "…, Officials Say": a plural speaker's verb ends the headline
        if lemma is None or k == 0 or tok.pos_ in ("ADP", "DET", "PRON"):
            continue
        breaks = [
            j for j, t in enumerate(line) if t.text in _HEADLINE_BREAKS and (t.text != "-" or t.whitespace_)
        ]
        start = max((j + 1 for j in breaks if j < k), default=0)  # a hyphen inside "Famine-Fearing" is none
        end = next((j for j in breaks if j > k), len(line))
        cue_end = k + 1
        preps = PREP_CUES.get(lemma, ())
        if cue_end < end and line[cue_end].lower_ in preps:
            cue_end += 1  # "Calls On Men To …"
        rest = line[cue_end:end]
        while rest and (rest[-1].is_punct and rest[-1].text not in "”’\"'"):
            rest = rest[:-1]
        comma = max((j for j in range(start, k) if line[j].text == ","), default=None)
        inverted = comma is not None and _said_after(line[start:comma], line[comma + 1 : k], rest)
        if comma is not None and comma + 1 < k and line[comma + 1].is_quote:
            comma += 1  # "‘… Winter,’ Energy Minister Tells": the closing mark is the content's
            inverted = inverted or _said_after(line[start:comma], line[comma + 1 : k], rest)
        if bare and not inverted:
            continue
        if inverted:
            # "Bakhmut Still Holding, Zelenskiy Says", "…, Minister Tells Parliament": said after.
            name, rest = line[comma + 1 : k], line[start : comma + line[comma].is_quote]
            while rest and rest[-1].is_punct and rest[-1].text not in "”’\"'":
                rest = rest[:-1]
        else:
            name = line[start:k]
            if len(name) > 1 and name[0].lower_ in _SUBORDINATORS:
                # "As Kyiv Demands Jets, Allies Hesitate": the subordinate clause's speaker, and
                # its content ends at the comma
                name = name[1:]
                rest = rest[: next((j for j, t in enumerate(rest) if t.text == ","), len(rest))]
            if (
                not _headline_name(name)
                or name[-1].text == ","
                or (len(rest) == 1 and rest[0].pos_ == "PRON")
            ):
                continue  # "Zelenskiy Visits Troops, Promises Jets": the words before are no name
            if cue_end == k + 1 and _plural_noun(tok, rest):
                continue  # "Peace Talks Stall", "Empty Promises From Moscow": a noun, not a verb
            if cue_end == k + 1 and rest and rest[0].lower_ in _NO_CONTENT_PREPS:
                continue  # "Blinken Speaks to Russia's Foreign Minister": whom, not what
        if not rest:
            continue
        return [
            Attribution(
                cue=(tok.idx, line[cue_end - 1].idx + len(line[cue_end - 1].text)),
                lemma=lemma,
                source=(name[0].idx, name[-1].idx + len(name[-1].text)),
                content=[(rest[0].idx, rest[-1].idx + len(rest[-1].text))],
                source_token=name[-1].i,
                cue_token=tok.i,
            )
        ]
    return []
