"""Did the event happen? Asserted, negated ("no notable losses") or not yet real (planned,
hypothetical: "intends to recover", "will likely start", "a pending attack").

Read from the parse around the trigger: negation and modal auxiliaries on the trigger or the
verb that governs it, intention verbs above it, conditional markers, and a few adjectives that
make a noun an expectation.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sitrep.events.lexicon import CUE_INDEX, LIGHT_VERBS, PLOVER_TRIGGERS
from sitrep.nlp.tree import LONG, children, kids_of

ASSERTED, NEGATED, HYPOTHETICAL = "asserted", "negated", "hypothetical"

MODALS = {"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "wo", "ca"}
INTENT = {
    "intend", "plan", "want", "seek", "appeal", "plead", "implore", "beg", "press", "aim", "prepare", "threaten", "vow", "promise", "pledge",
    "consider", "expect", "propose", "hope", "wish", "mull", "weigh", "ready", "likely", "able",
    "decide", "agree", "offer", "urge", "call", "ask", "demand", "need", "require", "recommend",
    "warn", "fear", "delay", "postpone", "order", "push", "attempt", "try", "swear", "commit", "resolve",
    "determine", "undertake", "volunteer", "scheme", "plot", "prepared", "willing",
}  # fmt: skip
NOT_YET = {"possible", "potential", "planned", "projected", "pending", "expected", "future", "imminent",
           "looming", "anticipated", "feared", "prospective", "likely", "new"}  # fmt: skip
# Verbs whose negation leaves their object unconfirmed rather than denied.
UNCONFIRMING = {"confirm", "verify", "corroborate", "acknowledge", "disclose", "specify", "comment", "reveal"}
NEGATORS = {"no", "not", "never", "n't", "without", "neither", "nor"}
# An attempted assault is fighting that happened (ACLED codes a repelled advance as an armed
# clash): "tried to storm", "made unsuccessful attempts to advance".
ATTEMPT = {"attempt", "try"}
ATTEMPTED_FIGHT = {
    "advance", "attack", "storm", "assault", "capture", "seize", "take", "retake", "recapture", "break",
    "breach", "push", "encircle", "surround", "cross", "enter", "overrun", "penetrate", "infiltrate",
    "regain", "counterattack", "raid", "occupy", "liberate", "dislodge", "approach", "regroup", "reach",
}  # fmt: skip
_CLIMB = {
    "xcomp",
    "ccomp",
    "advcl",
    "conj",
    "dobj",
    "pobj",
    "prep",
    "nsubj",
    "nsubjpass",
    "acl",
    "relcl",
    "attr",
    "pcomp",
}


def intent_lemma(tok: Token) -> str:
    """The word's lemma, read as an intention verb: the tagger lemmatises "hopes", "hoped" as
    "hop", which would leave "Kyiv hopes to retake Crimea" an asserted recapture."""
    lemma = tok.lemma_.lower()
    return "hope" if lemma == "hop" and tok.lower_.startswith("hope") else lemma


def _verb_chain(tok: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads above it, up to the first finite clause head."""
    chain = [tok]
    t = tok
    while len(chain) <= limit and t.dep_ in _CLIMB and t.head.i != t.i:
        t = t.head
        chain.append(t)
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "advcl", "relcl"):
            break
    return chain


def _own_verb(trigger: Token, verbs: tuple[str, ...] = ("VERB",)) -> Token | None:
    """The trigger if it is a verb, else the first verb above it in its verb chain (the chain is
    climbed only for a noun: this runs on every verb of every sentence)."""
    if trigger.pos_ in verbs:
        return trigger
    return next((t for t in _verb_chain(trigger)[1:] if t.pos_ in verbs), None)


def attempt_of(trigger: Token) -> Token | None:
    """The attempt a fighting word is the aim of ("tried to storm" -> tried), else None."""
    head = trigger.head
    if (
        trigger.lemma_.lower() in ATTEMPTED_FIGHT
        and trigger.dep_ in ("xcomp", "acl", "advcl")
        and head.i != trigger.i
        and head.lemma_.lower() in ATTEMPT
    ):
        return head
    return None


# Doc -> {token index: modality}: the classifier, the anchor choice and the detector ask about
# the same words several times (28k asks for 9k words on 188 articles); kept as long as the Doc.
_READ: WeakKeyDictionary[Doc, dict[int, str]] = WeakKeyDictionary()
_READ_PLOVER: WeakKeyDictionary[Doc, dict[int, str]] = WeakKeyDictionary()  # the same, PLOVER's reading
# Doc -> every token's subtree edges (left, right), for `near_subtree`'s walk over indices
_EDGES: WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = WeakKeyDictionary()
# Doc -> {token index: its children's right edges}, for a token with many children in text order
_ORDERED: WeakKeyDictionary[Doc, dict[int, list[int] | None]] = WeakKeyDictionary()
# Doc -> {token index: indices of its negation, auxiliary and marker children}
_MARKS: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()
_MARK_DEPS = frozenset({"neg", "aux", "auxpass", "mark"})
# Doc -> {(reading, clause head index): that reading of the clause head} (see `_per_verb`)
_CLAUSES: WeakKeyDictionary[Doc, dict] = WeakKeyDictionary()
# Doc -> {token index: indices of its nsubj children}
_SUBJECTS: WeakKeyDictionary[Doc, dict[int, list[int]]] = WeakKeyDictionary()


def modality(trigger: Token, plover: bool = False) -> str:
    """ASSERTED, NEGATED or HYPOTHETICAL for the event anchored at `trigger`; an attempted
    assault has the modality of the attempt. `plover`: PLOVER's reading, which leaves out the
    readings only an ACLED coder makes (`no_particular_act`'s `acled_only`). PLOVER's reading
    only ever drops a reason for HYPOTHETICAL, so it differs from ACLED's only where that one is
    HYPOTHETICAL: elsewhere it is ACLED's, read once for both."""
    read = doc_table(_READ, trigger.doc)
    found = read.get(trigger.i)
    if found is None:
        found = read[trigger.i] = _read_modality(trigger, False)
    if plover and found == HYPOTHETICAL:
        read = doc_table(_READ_PLOVER, trigger.doc)
        found = read.get(trigger.i)
        if found is None:
            found = read[trigger.i] = _read_modality(trigger, True)
    return found


def doc_table(tables: WeakKeyDictionary, doc: Doc) -> dict:
    """The Doc's own table in `tables`, made empty on first use (it goes with the Doc)."""
    table = tables.get(doc)
    if table is None:
        table = tables[doc] = {}
    return table


def _edges(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's subtree edges as indices, read once per Doc."""
    edges = _EDGES.get(doc)
    if edges is None:
        edges = _EDGES[doc] = ([t.left_edge.i for t in doc], [t.right_edge.i for t in doc])
    return edges


def _kids_near(doc: Doc, i: int, lo: int, hi: int) -> list[int]:
    """The children of token `i` whose subtrees reach into tokens `lo`..`hi`. A run-on chain's
    head has thousands of children; when their subtrees follow one another in text order (as a
    projective parse's do), those in reach are found by bisection, not by reading them all."""
    kids = kids_of(doc)[i]
    left, right = _edges(doc)
    if len(kids) <= LONG:
        return [k for k in kids if right[k] >= lo and left[k] <= hi]
    ordered = doc_table(_ORDERED, doc)
    if i not in ordered:
        rights = [right[k] for k in kids]
        in_order = all(rights[j] < left[kids[j + 1]] for j in range(len(kids) - 1))
        ordered[i] = rights if in_order else None
    rights = ordered[i]
    if rights is None:
        return [k for k in kids if right[k] >= lo and left[k] <= hi]
    out = []
    for k in kids[bisect_left(rights, lo) :]:
        if left[k] > hi:
            break
        out.append(k)
    return out


# How far from an act its own phrase is read: a real sentence's clauses lie well inside it.
REACH = 120


def near_subtree(tok: Token, act: Token | None = None) -> list[Token]:
    """`list(tok.subtree)` (same order) within `REACH` tokens of the act (`tok` itself unless
    given): an act's own phrase lies near it, and in a run-on chain of conjoined acts (", a truce
    to evacuate the injured and bury the dead" ×1,000) each act's subtree holds every act after
    it, so reading it whole per act is quadratic. Children wholly outside are not entered."""
    centre = (act or tok).i
    lo, hi = centre - REACH, centre + REACH
    if tok.left_edge.i >= lo and tok.right_edge.i <= hi:
        return list(tok.subtree)
    doc = tok.doc
    found, stack = [], [tok.i]
    while stack:
        i = stack.pop()
        if lo <= i <= hi:
            found.append(i)
        stack.extend(_kids_near(doc, i, lo, hi))
    return [doc[i] for i in sorted(found)]


def markers(tok: Token) -> list[Token]:
    """`tok`'s negation, auxiliary and marker children (not, will, to, if, after), in order."""
    marks = doc_table(_MARKS, tok.doc)
    found = marks.get(tok.i)
    if found is None:
        found = marks[tok.i] = [k.i for k in children(tok) if k.dep_ in _MARK_DEPS]
    return [tok.doc[i] for i in found]


def subjects(tok: Token) -> list[Token]:
    """`tok`'s nsubj children, kept per Doc as `markers` are: the verb heading a run-on
    sentence's thousands of conjuncts is asked for them once per conjunct."""
    table = doc_table(_SUBJECTS, tok.doc)
    found = table.get(tok.i)
    if found is None:
        found = table[tok.i] = [k.i for k in children(tok) if k.dep_ == "nsubj"]
    return [tok.doc[i] for i in found]


def _if_clause(kids: list[Token]) -> bool:
    """Whether these children open a condition ("if", "unless" as the clause's marker)."""
    return any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in kids)


def course_of(trigger: Token) -> Token | None:
    """The verb telling an act's course ("will start to shell", "have not started shelling",
    "would continue to bomb" -> start, started, continue), else None: an act whose beginning or
    going on is denied or still to come has not happened."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.i != trigger.i and head.lemma_.lower() in ASPECT:
        return head
    return None


def _wished_for(trigger: Token, chain: list[Token], verb: Token) -> bool:
    """ "pressed for an agreement", "called for a ceasefire", "hoped for talks": what an intention
    verb asks for under "for" is wished, not done."""
    return trigger.dep_ == "pobj" and len(chain) > 2 and chain[1].lower_ == "for" and chain[2] == verb


def _shares_to(verb: Token, kids: list[Token]) -> bool:
    """A verb joined to an infinitive with no subject or auxiliary of its own shares its "to" and
    what that "to" is for ("asked for missiles to strike and destroy supply lines")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.pos_ in ("VERB", "AUX")
        and not any(k.dep_ in ("aux", "auxpass") for k in kids)
        and not subjects(verb)
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in markers(head))
    )


# verbs whose object is made to do what the infinitive says, is the means it is done with, or the
# time or the company it took: "forced residents to flee", "used drones to strike", "took days to
# confirm", "took reporters to see the damage" tell the act as done
BRINGS_ABOUT = {"force", "compel", "oblige", "drive", "prompt", "cause", "lead", "help", "enable", "use",
                "employ", "utilise", "utilize", "take", "manage"}  # fmt: skip


def _purpose_of(head: Token, kids: list[Token]) -> bool:
    """An infinitive ("to", `kids` its markers) on a verb with an object of its own tells what the
    verb was done for, which has not happened yet: "massed troops to attack", "approved funds to
    help Ukraine" (TimeML's purpose clause, a modal subordination)."""
    return (
        any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
        and head.pos_ == "VERB"
        and head.lemma_.lower() not in BRINGS_ABOUT
        and any(k.dep_ == "dobj" for k in children(head))
    )


# tags of a verb with a tense of its own: a clause told, not a command
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _commanded(chain: list[Token]) -> bool:
    """The act's clause is an imperative opening its sentence ("Sign up for alerts", "Support our
    reporting"): the reader is told to do it, no one did it. A base-form verb with no subject or
    auxiliary, first in its sentence or after an opening quote; not a clause told under it with a
    subject or tense of its own ("Watch: missiles strike a block in Dnipro" tells the strike)."""
    head = chain[-1]
    doc, i = head.doc, head.i
    return (
        head.dep_ == "ROOT"
        and not any(t.tag_ in _FINITE or subjects(t) for t in chain[:-1])
        and head.tag_ == "VB"
        and (head.is_sent_start or (i > 0 and doc[i - 1].is_punct and doc[i - 1].is_sent_start))
        and not subjects(head)
        and not any(k.dep_ in ("aux", "auxpass") for k in markers(head))
    )


def _act_adjective(trigger: Token) -> bool:
    """An adjective naming the act its noun is ("offensive operations"); not a participle, which
    tells an act done ("US-supplied artillery", "Moscow-backed forces"), nor a word on an act
    noun ("a new military offensive": the noun is the act, read on its own)."""
    head = trigger.head
    return (
        trigger.dep_ == "amod"
        and trigger.tag_ == "JJ"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in WAR_ACTS | WAR_NOUNS | OFFENSIVES
    )


OFFENSIVES = {"offensive", "counteroffensive", "counter-offensive", "assault", "raid"}


AIMS = {"goal", "aim", "objective", "plan", "strategy", "tactic", "task", "mission", "intention", "purpose",
        "priority", "target", "idea", "ambition", "hope", "dream"}  # fmt: skip


def _aim_told(verb: Token) -> bool:
    """An infinitive after "be" whose subject is an aim ("the goal of the offensive was to seize
    the south", "Russia's strategy has been to destroy buildings"): what is aimed at, not done."""
    head = verb.head
    return (
        head.lemma_.lower() == "be"
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in markers(verb))
        and any(s.lemma_.lower() in AIMS for s in subjects(head))
    )


def _any_of(trigger: Token) -> bool:
    """An act noun told as "any" ("any strike on the dam", "would complicate any negotiations"):
    no particular act, whichever might come."""
    return trigger.pos_ == "NOUN" and any(k.dep_ == "det" and k.lower_ == "any" for k in children(trigger))


def _supposed(trigger: Token) -> bool:
    """A gerund that is the subject of a modal verb ("Retaking Izium would open the road",
    "Recapturing Kherson could help"; the parser often hangs it on its object as a compound):
    an act supposed in order to weigh what it would bring, not one told."""
    if trigger.tag_ != "VBG":
        return False
    subject = trigger.head if trigger.dep_ == "compound" else trigger
    if subject.dep_ not in ("csubj", "nsubj", "nsubjpass") or subject.head.i == subject.i:
        return False
    kids = markers(subject.head)
    return any(k.dep_ == "aux" and k.lower_ in MODALS for k in kids) and not any(
        k.dep_ == "aux" and k.lemma_.lower() == "have" for k in kids
    )


def _read_modality(trigger: Token, plover: bool) -> str:
    if _supposed(trigger):
        return HYPOTHETICAL
    attempt = attempt_of(trigger)
    if attempt is not None:
        return modality(attempt, plover)
    course = course_of(trigger)
    if course is not None and (told := modality(course, plover)) != ASSERTED:
        return told  # else read on: "set to begin withdrawing" is read from the act up
    if _act_adjective(trigger) and (told := modality(trigger.head, plover)) != ASSERTED:
        return told  # "preparing to conduct offensive operations": the act word qualifies its noun
    own_verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    for child in children(trigger):
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            if child.dep_ == "neg" and _if_clause(markers(trigger)):
                return HYPOTHETICAL  # "if Armenia did not withdraw": a condition, no refusal
            return NEGATED
        if (
            child.dep_ == "amod"
            and child.lower_ in NOT_YET
            and child.lower_ != "new"
            and not _carried_out(trigger)
        ):
            return HYPOTHETICAL
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        return NEGATED
    chain = _verb_chain(trigger)
    if own_verb is None:
        own_verb = next((t for t in chain[1:] if t.pos_ in ("VERB", "AUX")), None)
    for n, t in enumerate(chain):
        kids = markers(t)  # every test below reads a negation, an auxiliary or a marker
        if t == own_verb or t == trigger:
            if (
                any(k.dep_ == "neg" for k in kids)
                and t == own_verb
                and trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT")
                or (t == trigger and any(k.dep_ == "neg" for k in kids))
            ):
                if t != trigger and t.lemma_.lower() in UNCONFIRMING:
                    return HYPOTHETICAL  # "did not confirm an offensive": unconfirmed, not denied
                if _if_clause(kids):
                    return HYPOTHETICAL  # a negation inside a condition
                return NEGATED
        if t != trigger and t == chain[1] and t.lower_ == "going" and trigger.dep_ == "xcomp":
            # "are (not) going to be killed": a future, told or denied, not an act that happened
            return NEGATED if any(k.dep_ == "neg" for k in kids) else HYPOTHETICAL
        if (
            t != trigger
            and intent_lemma(t) in INTENT
            and trigger.dep_ in ("xcomp", "ccomp", "dobj", "pobj")
            and (t == chain[1] or _wished_for(trigger, chain, t))
        ):
            return HYPOTHETICAL
        if (
            t != trigger
            and t.dep_ == "xcomp"
            and t.lemma_.lower() in ASPECT
            and t.head.i != t.i
            and (intent_lemma(t.head) in INTENT or t.head.lower_ in SCHEDULED)
            and all(c.dep_ == "xcomp" for c in chain[:n])
        ):
            return HYPOTHETICAL  # "expected to begin leaving", "set to start withdrawing"
        if any(k.dep_ in ("aux", "auxpass") and k.lower_ in MODALS for k in kids) and t == own_verb:
            return HYPOTHETICAL
        if (
            t != trigger
            and t.lemma_.lower() == "be"
            and all(c.dep_ != "conj" for c in chain[:n])  # "was due to begin, but crowds blocked"
            and _per_verb("likely", t, _read_likely)
        ):
            return HYPOTHETICAL  # "artillery is likely to play a key role": a forecast about it
        if t != trigger and t == chain[1] and trigger.dep_ == "xcomp" and t.lower_ in SCHEDULED:
            return HYPOTHETICAL  # "is set to pound", "are due to attack"
        if _if_clause(kids):
            return HYPOTHETICAL
        if (
            t == own_verb
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            and t.dep_ in ("xcomp", "advcl")  # "sworn to fight" is often parsed as advcl
        ):
            head = t.head
            if intent_lemma(head) in INTENT:
                return HYPOTHETICAL
            if t.dep_ == "advcl" and head.i != t.i and modality(head, plover) != ASSERTED:
                # the aim of what is only likely: "is likely to play a role ... to retake"
                return HYPOTHETICAL
        if t == own_verb and t.dep_ == "xcomp" and _purpose_of(t.head, kids):
            return HYPOTHETICAL  # "conducting operations to liberate the south": its aim
        if (
            t == own_verb
            and (t.dep_ == "acl" or (t.dep_ == "relcl" and modality(t.head, plover) != ASSERTED))
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
            and t.head.pos_ == "NOUN"
        ):
            # the purpose of a noun: "an attack to capture the positions"; parsed as a relative
            # clause, of a noun itself wished ("pleaded for a truce to evacuate the injured"), not
            # of one used ("fired tear gas to disperse protesters during a clash")
            return HYPOTHETICAL
        if t == own_verb and _shares_to(t, kids) and (told := modality(t.head, plover)) != ASSERTED:
            return told  # "a truce to evacuate the injured and bury the dead": one "to" for both
    if _any_of(trigger) or (own_verb is not None and own_verb.dep_ == "xcomp" and _aim_told(own_verb)):
        return HYPOTHETICAL  # "any talks"; "Moscow's goal is to capture the Donbas": what is aimed at
    return HYPOTHETICAL if no_particular_act(trigger, chain, own_verb, plover) else ASSERTED


# Readings of a sentence that tells no particular act (an ACLED coder codes none from it): the
# act is what is talked about, asked, done as a habit, or the sum of a war.
TOPIC_NOUNS = {"question", "topic", "subject", "issue", "matter", "debate", "discussion", "theme", "essay",
               "book", "novel", "film", "play", "documentary", "column", "memory", "history", "tale", "story",
               "interest", "lesson", "myth", "narrative", "pattern", "practice", "tactic", "strategy",
               "policy"}  # fmt: skip
# (not "describe" or "speak": "described the shipment as a first step" and "spoke of their
# solidarity" tell of the act itself)
TOPIC_VERBS = {"discuss", "debate", "talk", "write", "study", "analyse", "analyze", "recall", "remember",
               "explain", "portray", "depict", "mention", "theorise", "theorize"}  # fmt: skip
TOPIC_PREPS = {"of", "over", "about", "on", "around", "surrounding", "concerning", "regarding"}
HABIT = {"usually", "routinely", "typically", "generally", "often", "frequently", "regularly", "rarely",
         "seldom", "always", "sometimes", "commonly", "normally", "habitually", "traditionally"}  # fmt: skip
WORKS = {"speech", "article", "letter", "editorial", "report", "remark", "comment", "song", "poem", "show"}
# a death "of" these was dealt; "died of cancer", "died peacefully" was not
DEALT = {"wound", "injury", "burn", "gunshot", "shrapnel", "torture", "beating", "blast", "starvation",
         "hunger"}  # fmt: skip
PEACEFUL_DEATH = {"peacefully", "naturally", "suddenly"}
WAR_NOUNS = {"war", "conflict", "invasion", "fighting", "hostility", "combat", "violence", "bloodshed"}
WARS = {"war", "conflict", "invasion"}  # a whole war, whose toll is no one event ("fighting resumed" is)
WAR_ACTS = {"shelling", "bombardment", "bombing", "attack", "strike", "loss", "advance", "siege", "occupation",
            "killing", "battle", "casualty"}  # fmt: skip
STRUCK_FIGURES = {"balance", "chord", "note", "tone", "pose", "bargain", "compromise", "figure"}
TRIED_FIGURES = {"stab", "swipe", "shot", "crack"}
PLACE_PREPS = {"at", "in", "near", "outside", "inside", "across", "on", "along", "around"}
LONG_PERIODS = {"month", "year", "decade"}
ABSENT = {"evidence", "sign", "indication", "proof", "confirmation", "trace"}
# starts of a span of a day or less (the calendar's and the clock's words)
DAY_STARTS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
              "dawn", "daybreak", "morning", "noon", "afternoon", "evening", "night", "midnight"}  # fmt: skip


def no_particular_act(trigger: Token, chain: list[Token], own_verb: Token | None, plover: bool) -> bool:
    """The act word names no act that happened at a time and place: a question ("Has the army
    not started shelling?"), a command ("Sign up for alerts"), a topic ("the question of
    casualties", "discussing the shelling"), the sum of a war ("the war has killed thousands",
    "months of combat"), a death no one dealt ("died of cancer") or an act of which there is no
    evidence; and, unless `plover`, the readings of `acled_only`. Reads the chain's children once."""
    if (
        _asked(chain[-1])
        or _commanded(chain)
        or _topic(trigger)
        or _idiom(trigger)
        or _describes(trigger)
        or _of_long_period(trigger)
        or _natural_death(trigger)
        or _named(trigger)
        or _mentioned(trigger)  # PLOVER's too: the act is coded where it is told
        or _absent(chain)  # "no evidence that troops attacked": not asserted
        or (own_verb is not None and _war_toll(own_verb, trigger))
    ):
        return True
    return not plover and (acled_only(own_verb) or acled_only(_nominal_clause(own_verb)))


def _nominal_clause(verb: Token | None) -> Token | None:
    """The clause a gerund used as a noun sits in ("who was captured in fighting": captured), read
    as a noun act's clause is; None for any other verb."""
    if verb is None or verb.dep_ not in ("pobj", "pcomp") or verb.tag_ != "VBG":
        return None
    return _clause_verb(verb)


def _describes(trigger: Token) -> bool:
    """A participle that says who the people or things are ("the occupying authorities", "the
    advancing troops"): a description, not an act told; on an act noun it is not one either way."""
    return trigger.dep_ == "amod" and trigger.tag_ == "VBG" and not _act_word(trigger.head.lemma_.lower())


def acled_only(own_verb: Token | None) -> bool:
    """An act that happened, but not one an ACLED coder codes from this clause: an act in a
    clause about something else ("the families of sailors who were detained"), a perfect summed
    over a span ("have shelled Kharkiv repeatedly", "has detained hundreds since February").
    PLOVER codes such reports (CAMEO codes "has repeatedly accused"), so they are ACLED's only."""
    return own_verb is not None and (
        _per_verb("background", own_verb, _background)
        or _per_verb("summary", own_verb, _read_summary)[0]
        or _spanned(own_verb)
        or _capability(own_verb)
        or _per_verb("start", own_verb, _start_of_span)
    )


def _start_of_span(verb: Token) -> bool:
    """ "the first visit home since rebels attacked her village", "has changed since troops captured
    it last year", "since ordering the invasion": the act is the point a span is measured from, told
    to date something else; a coder codes it from its own report. One told with its own day ("since
    troops shelled the town on Monday") is the start of one act going on, as `_since` reads it."""
    if verb.dep_ == "advcl":
        # a since-clause in the past dates ("since rebels attacked"); in the present or perfect it
        # gives a reason ("since the army has shelled the bridge, residents cannot leave")
        past = verb.tag_ == "VBD" or any(
            k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in children(verb)
        )
        if not past or not any(m.lower_ == "since" for m in markers(verb)):
            return False
    elif not (verb.dep_ == "pcomp" and verb.head.lower_ == "since"):
        return False
    words = [k for c in children(verb) for k in (c, *children(c))]
    return not any(w.ent_type_ == "TIME" or w.lower_ in DAY_STARTS for w in words)


# verbs that make an act possible, and adjectives of being able to do it: in the present they
# tell what the doer can do, not what it did
ENABLING = {"allow", "enable", "let", "permit"}
ABLE = {"capable", "effective"}  # ("able" is an intention word: INTENT)


def _capability(verb: Token) -> bool:
    """ "Himars allow Ukrainian forces to strike their targets", "is enabling troops to loot",
    "are capable of striking targets", "are effective at hitting depots": an act made
    possible, told in the present, is a capability, no act at a place and date (the ACLED
    codebook's event). In the past it tells the act done ("the fog allowed troops to strike")."""
    head = verb.head
    if verb.dep_ == "pcomp":
        head = head.head  # "capable of striking", "effective at targeting"
    elif verb.dep_ not in ("ccomp", "xcomp"):
        return False
    if head.i == verb.i:
        return False
    lemma = head.lemma_.lower()
    if lemma in ABLE:
        head = head.head  # the verb the adjective is told of: "are capable"
    elif lemma not in ENABLING:
        return False
    return _per_verb("present", head, lambda v: _present(v, children(v)))


def _spanned(verb: Token) -> bool:
    """A perfect lasting weeks, months or years ("has bombed Mariupol for weeks"), read across the
    clause it hangs from: an infinitive or a bare participle shares its verb's perfect and span
    ("have been trying to take Bakhmut for months, shelling the town"). A sum of acts no coder can
    date; a span of days ("for two days") is one battle, which ACLED codes by day. Reads at most
    three verbs' cached children."""
    clause = [verb]
    while len(clause) < 3 and _dependent(clause[-1]):
        clause.append(clause[-1].head)
    reads = [_per_verb("span", v, _read_span) for v in clause]
    return any(perfect for perfect, _ in reads) and any(span for _, span in reads)


def _dependent(verb: Token) -> bool:
    """An infinitive, or a participle with no subject or marker, that shares its head's tense."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not subjects(verb) and not markers(verb)


def _read_span(verb: Token) -> tuple[bool, bool]:
    """Whether the verb is a perfect, and whether it says it lasted weeks or more ("for months")."""
    kids = children(verb)
    perfect = any(
        k.dep_ == "aux" and k.lemma_.lower() == "have" and k.tag_ in ("VBP", "VBZ", "VBD") for k in kids
    )
    return perfect, any(_long_span(k) for k in kids)


def _long_span(k: Token) -> bool:
    """ "for weeks", "for three months", "for years": a plural span longer than days."""
    return (
        k.dep_ == "prep"
        and k.lower_ == "for"
        and any(o.tag_ == "NNS" and o.lemma_.lower() in PERIODS | LONG_PERIODS for o in children(k))
    )


LAUNCH = {"launch", "mount", "stage", "conduct", "carry", "unleash", "begin", "start", "repel", "repulse"}


def _carried_out(noun: Token) -> bool:
    """ "launched a possible diversionary attack", "repelled the expected assault": the verb tells
    the act was done; the likelihood word weighs only how it is read."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LAUNCH


NAMING = {"describe", "call", "label", "term", "characterise", "characterize", "brand", "dub", "name"}
_TOLD_WHERE_WHEN = {"GPE", "LOC", "FAC", "DATE", "TIME"}
PLACES = frozenset({"GPE", "LOC", "FAC"})
TIMES = frozenset({"DATE", "TIME"})


def _named(trigger: Token) -> bool:
    """A name or characterisation given to an act makes no act of its own: "described the attack
    as a strike on military targets", "what Moscow calls a special military operation". The act
    so described ("the attack") is the mention of one told elsewhere unless it says its own where
    or when ("called the strike on Kramatorsk on Friday a war crime")."""
    head = trigger.head
    if trigger.dep_ == "oprd" and head.lemma_.lower() in NAMING:
        return True
    if trigger.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in NAMING:
        return True
    if trigger.dep_ != "dobj" or head.lemma_.lower() not in NAMING:
        return False
    if trigger.lemma_.lower() not in WAR_ACTS | WAR_NOUNS:
        return False  # "described the shipment as a first step" tells the shipment
    kids = children(head)
    if not any(k.dep_ == "oprd" or (k.dep_ == "prep" and k.lower_ == "as") for k in kids):
        return False
    own = trigger.doc[trigger.left_edge.i : trigger.right_edge.i + 1]
    return not any(t.ent_type_ in _TOLD_WHERE_WHEN or t.pos_ == "PROPN" for t in own)


# A definite act noun ("the attack", "this deal") is told as done only as the object of a verb
# that does it, the subject of one that tells what it did or that it went on, or under "in" /
# "during" / "by" a death or loss ("killed in the attack"); anywhere else it is the mention of an
# act told elsewhere ("This attack casts doubt on ...", "welcomed the agreement", "the text of
# the deal"). What it did: the violent and casualty verbs of PLOVER's ASSAULT.
DEFINITE = {"the", "this", "that", "these", "those", "such"}
DOING = LAUNCH | LIGHT_VERBS | {"sign", "reach", "strike", "broker", "seal", "conclude", "clinch", "agree",
                                "ratify", "repel", "repulse", "thwart", "survive", "report"} | UNCONFIRMING  # fmt: skip
HAPPEN = {"happen", "occur", "unfold", "last", "leave", "claim", "cause", "kill", "wound", "injure", "hit",
          "tear", "rip", "destroy", "damage", "target", "go", "erupt", "break", "intensify", "rage", "fall", "land",
          "explode", "detonate"}  # fmt: skip
TOLD_IN = {"in", "during", "by", "amid", "from"}


def _mentioned(trigger: Token) -> bool:
    """A definite act noun that is only talked about: "This attack casts serious doubt on ...",
    "the agreement is the product of months of talks", "welcomed the deal", "concerned following
    the attack". Not when it is done or does something ("signed the deal", "the attack killed
    three", "the fighting continued", "killed in the attack"), nor when it or its clause says its
    own where or when ("the attack on the station in Kramatorsk", "the deal was agreed on Friday")."""
    if trigger.pos_ != "NOUN" or not _act_word(trigger.lemma_.lower()):
        return False
    if not any(k.dep_ == "det" and k.lower_ in DEFINITE for k in children(trigger)):
        return False
    role = _part_of(trigger)
    head, dep = role.head, role.dep_
    if dep == "dobj" or dep == "nsubjpass":
        told = head.lemma_.lower() in DOING
    elif dep == "nsubj":
        verb = head.lemma_.lower()
        told = verb in HAPPEN | ASPECT | DOING or PLOVER_TRIGGERS.get(verb) == "ASSAULT"
    elif dep == "pobj":
        told = head.lower_ in TOLD_IN
    else:
        return False
    if told or _says_where_when(trigger) or _tells_what_it_did(trigger):
        return False
    clause = _clause_verb(trigger)
    # a clause that tells an act of its own tells this one with it ("seized the crossing
    # following the withdrawal of government forces")
    return clause is None or not (
        _per_verb("where_when", clause, _says_where_when) or _per_verb("acts", clause, _acts)
    )


def told_elsewhere(trigger: Token) -> bool:
    """An act only mentioned in a clause that is itself told ("a video purportedly showing the
    strikes"): no new act, but one that happened, so beside an act the sentence tells it still
    says what kind of act that was. Not in a clause still to come ("the offensive will likely
    have culminated")."""
    if not _mentioned(trigger):
        return False
    verb = _clause_verb(trigger)
    return verb is None or modality(verb) == ASSERTED


def _tells_what_it_did(noun: Token) -> bool:
    """A relative clause on the act noun that tells what it did ("condemned the attack, which
    killed three people"), as "the attack killed three" would."""
    return any(
        k.dep_ == "relcl" and _acts(k) and not any(n.dep_ == "neg" for n in children(k))
        for k in children(noun)
    )


@lru_cache(maxsize=4096)
def _act_word(lemma: str) -> bool:
    """Whether the word alone is one of the ACLED cue lexicon's acts (A_ cues: kill, loot, deal),
    and not also a word for the people who act (C_ cues: "protesters")."""
    names = {name[:2] for seq, name in CUE_INDEX.by_first.get(lemma, ()) if len(seq) == 1}
    return "A_" in names and "C_" not in names


@lru_cache(maxsize=4096)
def _weapon_or_act(lemma: str) -> bool:
    """Whether the word names a weapon or an act in the ACLED cue lexicon (W_ or A_ cues), not the
    people who use it ("gunmen" is also a C_ cue for armed men; C_TERRITORY names ground)."""
    names = {name for seq, name in CUE_INDEX.by_first.get(lemma, ())}
    people = any(n.startswith("C_") and n != "C_TERRITORY" for n in names)
    return not people and any(n[:2] in ("W_", "A_") for n in names)


def _acts(verb: Token) -> bool:
    """The clause tells an act of its own: its verb is an act word or tells what an act did
    ("houses were damaged, including five destroyed"), not one that found nothing ("found no
    trace of the gunmen who ...")."""
    lemma = verb.lemma_.lower()
    act = _act_word(lemma) or lemma in HAPPEN or PLOVER_TRIGGERS.get(lemma) == "ASSAULT"
    return act and not any(
        k.dep_ == "dobj" and any(d.lower_ == "no" for d in children(k)) for k in children(verb)
    )


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is in, above it; "following", "including" are tagged verbs
    but are prepositions, so the clause is the one they hang on."""
    return next((t for t in _verb_chain(tok)[1:] if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)


def _part_of(noun: Token) -> Token:
    """The word a partitive hangs the noun on ("one of the missile attacks hit a silo" -> one),
    whose role in the clause is the noun's; else the noun."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NUM", "PRON", "DET"):
        return head.head
    return noun


# (the agent of a passive is its doer: "a town seized by Russia" names who seized it, not where)
_NOT_WHERE = frozenset(
    {"nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "advcl", "conj", "relcl", "poss", "agent"}
)


def _says_where_when(
    tok: Token, kinds: frozenset[str] = frozenset(_TOLD_WHERE_WHEN), depth: int = 2, names: bool = True
) -> bool:
    """A place, a time or (`names`) a name among the word's modifiers or the objects of its
    prepositions, two prepositions deep ("the attack on Odesa", "was signed on Friday", "the strike
    on the station in Kramatorsk"): a bounded walk of children, not of the subtree."""
    for k in children(tok):
        if k.dep_ in _NOT_WHERE or (depth < 2 and k.dep_ != "prep"):
            continue  # parties and other clauses say where they themselves are; below a
            # preposition's object only its own prepositions place the act
        for t in (k, *(children(k) if k.dep_ == "prep" else ())):
            if t.ent_type_ in kinds or (names and t.pos_ == "PROPN" and t.ent_type_ not in TIMES):
                return True  # (a name: towns are tagged ORG)
            if t.dep_ == "pobj" and depth > 1 and _says_where_when(t, kinds, depth - 1, names):
                return True
    return False


def _says_when(tok: Token) -> bool:
    """A time among the word's modifiers ("captured in March"), as `_says_where_when` walks them."""
    return _says_where_when(tok, TIMES, names=False)


def _says_where(tok: Token) -> bool:
    """A place or a name among the clause's modifiers: the main clause's place is the relative
    act's too ("bodies of civilians killed by troops were found in Bucha"); its day is its own."""
    return _says_where_when(tok, PLACES)


def _background(verb: Token) -> bool:
    """An act told inside a relative or participle clause on a noun of a clause that is about
    something else ("urged residents of Enerhodar, a town seized by Russian troops, to report",
    "interviewed relatives of the soldiers who died in the ambush", "names the commanders whose
    units shelled the hospital"): it says which people or place, not what happened now. Kept when
    it says its own where or when ("the theatre, where hundreds were killed in March"), when the
    main clause names a place ("bodies of civilians killed by troops were found in Bucha"), and
    when that clause is itself an act or a bare caption."""
    if not (verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        return False  # "youths protesting the death burned tyres": what they do meanwhile
    if any(
        k.lower_ in ("where", "when", "being") or k.dep_ == "mark" or _timed_by(k) for k in children(verb)
    ):
        # "the site, where fighting raged": the noun is where it happened; "saw a man being shot":
        # the act seen as it happened; "reports that her father was killed": what is reported;
        # "Kharkiv, hit by missiles hours after the talks ended": the act's own when
        return False
    noun = verb.head
    if _weapon_or_act(noun.lemma_.lower()):
        return False  # "tear gas fired by police", "an attack that killed four": the act itself
    if noun.ent_type_ in TIMES or noun.lemma_.lower() in MOMENTS:
        # a time the act tells ("on the day a missile strike damaged the port", "Thursday, when
        # troops stormed")
        return False
    described = noun.head if noun.dep_ == "appos" else noun
    main = _clause_verb(described)
    if main is None or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if _per_verb("acts", main, _acts):
        return False  # "looted houses of residents who had fled": the clause's own act is coded
    if described.pos_ == "PROPN":
        # the clause says who or what a name is ("urged citizens in Enerhodar, a town seized by
        # Russia, to report", "the status of Andrew Hill, who was captured in fighting in the
        # south"): no act of this story unless it has a day of its own ("Kherson, bombed on
        # Tuesday"); the main clause's place is where the name is, not where the act was
        return not _per_verb("when", verb, _says_when)
    # the main clause's place is the act's ("bodies of civilians killed by troops were found in Bucha")
    return not _per_verb("where_when", verb, _says_where_when) and not _per_verb("where", main, _says_where)


TIMING_MARKS = {"after", "before"}


def _timed_by(k: Token) -> bool:
    """A clause that says when the act above it happened, by a span from another event ("hours
    after the talks ended", "two days before troops withdrew"); not a life's course ("died
    shortly after she was born")."""
    if k.dep_ != "advcl":
        return False
    kids = children(k)
    return any(m.dep_ == "mark" and m.lower_ in TIMING_MARKS for m in kids) and any(
        m.dep_ == "npadvmod" and m.lemma_.lower() in MOMENTS for m in kids
    )


def _absent(chain: list[Token]) -> bool:
    """The act is what there is no evidence or sign of ("no evidence that troops attacked").
    Not past a relative clause: "found no sign of the gunmen who attacked the checkpoint" tells
    the attack, only the gunmen are missing."""
    for below, t in zip(chain, chain[1:], strict=False):
        if below.dep_ == "relcl":
            return False
        if t.lemma_.lower() in ABSENT and any(k.lower_ == "no" for k in children(t)):
            return True
    return False


def _per_verb(name: str, verb: Token, read):
    """`read(verb)`, kept per Doc: the clause head of a run-on sentence is asked once per act word
    under it, and its children may number thousands."""
    table = doc_table(_CLAUSES, verb.doc)
    key = (name, verb.i)
    if key not in table:
        table[key] = read(verb)
    return table[key]


def _read_likely(verb: Token) -> bool:
    """ "is likely to", "is expected to", "is set to": the clause tells what may come."""
    return any(
        k.dep_ == "acomp"
        and k.lower_ in SCHEDULED | {"unlikely"}
        and any(c.dep_ == "xcomp" for c in children(k))
        for k in children(verb)
    )


def _asked(head: Token) -> bool:
    """The clause that holds the act is a question: it ends in a question mark and is asked ("why
    has", "were others arrested", "is the Kremlin ..."), not a statement quoting a question
    ("protesters display posters saying 'Closing the border?'")."""
    return _per_verb("asked", head, _read_asked)


def _read_asked(head: Token) -> bool:
    doc, end = head.doc, head.right_edge.i
    if not (doc[end].text == "?" or (end + 1 < len(doc) and doc[end + 1].text == "?")):
        return False
    kids = children(head)
    subject = next((k.i for k in kids if k.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return any(k.tag_ in ("WDT", "WP", "WP$", "WRB") and k.i < head.i for k in kids) or (
        subject is not None
        and (
            head.i < subject
            if head.pos_ == "AUX"
            else any(k.dep_ in ("aux", "auxpass") and k.i < subject for k in kids)
        )
    )


def _topic(trigger: Token) -> bool:
    """ "discussing the shelling", "talked about liberating", "the question of casualties": the act
    is what someone discusses, not told as done; so is each act joined to it ("a pattern of looting
    and rape")."""
    if trigger.dep_ == "conj" and trigger.pos_ == "NOUN":  # one step: spaCy hangs a list on its first item
        trigger = trigger.head
    head = trigger.head
    if trigger.dep_ == "dobj":
        return head.lemma_.lower() in TOPIC_VERBS
    if trigger.dep_ == "attr" and head.lemma_.lower() == "be":
        # "the film is a blistering attack on ...": a work called an attack criticises
        return any(k.dep_ == "nsubj" and k.lemma_.lower() in TOPIC_NOUNS | WORKS for k in children(head))
    if trigger.dep_ in ("pobj", "pcomp") and head.lower_ in TOPIC_PREPS and head.head.i != head.i:
        return head.head.lemma_.lower() in TOPIC_NOUNS | TOPIC_VERBS
    return False


def _idiom(trigger: Token) -> bool:
    """An act word in a fixed phrase that names no act: "a balance to strike", "struck the right
    tone", "makes a decent stab at it", "had a shot at explaining"."""
    lemma, head = trigger.lemma_.lower(), trigger.head
    if lemma == "strike":
        figure = trigger.dep_ in ("relcl", "acl") and head.lemma_.lower() in STRUCK_FIGURES
        return figure or any(
            k.dep_ == "dobj" and k.lemma_.lower() in STRUCK_FIGURES for k in children(trigger)
        )
    if (
        lemma not in TRIED_FIGURES
        or trigger.dep_ != "dobj"
        or head.lemma_.lower() not in ("make", "take", "have")
    ):
        return False
    at = [o for k in children(trigger) if k.lower_ == "at" for o in children(k)]
    return lemma in ("stab", "swipe") or any(o.tag_ == "VBG" or o.lower_ == "it" for o in at)


def _natural_death(trigger: Token) -> bool:
    """ "died peacefully at home", "died of cancer": a death no one dealt (ACLED codes deaths from
    violence only); "died of his wounds" was dealt."""
    if trigger.lemma_.lower() != "die":
        return False
    for k in children(trigger):
        if k.dep_ == "advmod" and k.lower_ in PEACEFUL_DEATH:
            return True
        if k.dep_ == "prep" and k.lower_ == "of":
            return not any(o.lemma_.lower() in DEALT for o in children(k))
    return False


def _of_long_period(trigger: Token) -> bool:
    """ "more than four months of combat", "a year of fighting": a war's span, not one event
    ("months of negotiations" led to a signing, "months of protests" to a rally, told beside).
    A span the act came after ("after months of fighting, they took the town") is the fight that
    won it: the act is read with it."""
    head = trigger.head
    period = head.head
    return (
        trigger.lemma_.lower() in WAR_NOUNS | WAR_ACTS
        and trigger.dep_ == "pobj"
        and head.lower_ == "of"
        and period.lemma_.lower() in LONG_PERIODS | WAR_NOUNS
        and period.head.lower_ not in ("after", "following")
    )


def _war_toll(verb: Token, trigger: Token) -> bool:
    """The toll of a war as its subject ("the war has killed", "a year of fighting has left")."""
    return any(i != trigger.i for i in _per_verb("summary", verb, _read_summary)[1])


def _read_summary(verb: Token) -> tuple[bool, list[int]]:
    """Whether the verb sums up many acts (a span since a time, or a running total), and its
    subjects naming a whole war. A past perfect counts: in reported speech it is the present
    perfect told back ("said 5,000 had been killed since the invasion")."""
    kids = children(verb)
    haves = [
        k for k in kids if k.dep_ == "aux" and k.lemma_.lower() == "have" and k.tag_ in ("VBP", "VBZ", "VBD")
    ]
    spans = [*kids, *(c for k in kids if _bare_participle(k) or k.dep_ == "prep" for c in _span_holders(k))]
    since = bool(haves) and any(_since(k) or _past_period(k) for k in spans) and not _counted(kids)
    total = any(h.tag_ != "VBD" for h in haves) and _running_total(kids)
    wars = [k.i for k in kids if k.dep_ == "nsubj" and (k.lemma_.lower() in WARS or _long_period_of_war(k))]
    return since or total, wars


def _span_holders(k: Token) -> list[Token]:
    """Where a verb's span may hang below it: a bare participle's modifiers ("have died driving
    along the route over the last month"), or those of what it is engaged "in" ("have been engaged
    in a struggle over the past six weeks"); not of a time ("has come under attack for the first
    time since 5 June": one attack)."""
    if k.dep_ != "prep":
        return children(k)
    if k.lower_ not in ("in", "into"):
        return []
    return [
        c
        for o in children(k)
        if o.dep_ == "pobj" and o.ent_type_ not in TIMES and o.lemma_.lower() not in MOMENTS | PERIODS
        for c in children(o)
        if c.dep_ == "prep"
    ]


def _bare_participle(k: Token) -> bool:
    """A participle with no subject of its own that tells how the act went: its span is the act's."""
    return k.dep_ in ("xcomp", "advcl") and k.tag_ == "VBG" and not subjects(k) and not markers(k)


def _running_total(kids: list[Token]) -> bool:
    """A present perfect counting thousands of people or things, with no time or place of its
    own ("more than 3.7 million have fled", "has fired more than 2,000 missiles"): a sum of many
    acts, as one act rarely counts so many, which a coder can neither date nor place; a day
    ("on Sunday") or a place ("arrested in the district") makes it that day's or place's count."""
    if any(k.ent_type_ in TIMES or k.dep_ == "npadvmod" or _names_place(k) for k in kids) or any(
        k.dep_ == "prep" and any(o.ent_type_ in TIMES for o in children(k)) for k in kids
    ):
        return False
    return any(
        k.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(_thousands(n) for n in children(k) if n.dep_ == "nummod")
        for k in kids
    )


def _thousands(num: Token) -> bool:
    """A number of a thousand or more of people or things: "2,000", "3.7 million"; not money
    ("a $40 billion deal") or a measure."""
    if num.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    words = [num, *(c for c in children(num) if c.like_num)]
    if any(w.lower_ in ("thousand", "thousands", "million", "millions", "billion") for w in words):
        return True
    digits = num.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 1000


def _since(k: Token) -> bool:
    """ "since February", "since the ceasefire collapsed": the start of a span summed up. A span
    begun this day or on a named day ("since dawn", "since Monday") is one act going on, which
    ACLED codes by its day; a verb that "since" itself introduces is the start ("since the army
    has shelled the bridge, no one can leave": causal), not a sum."""
    if k.dep_ == "advcl":
        return any(m.lower_ == "since" for m in markers(k))
    return (
        k.lower_ == "since"
        and k.dep_ == "prep"
        and not any(o.ent_type_ == "TIME" or o.lower_ in DAY_STARTS for o in children(k))
    )


RECENT = {"past", "last", "recent", "previous"}
PERIODS = {"week", "month", "year", "weekend"}
SPAN_PREPS = {"in", "over", "during", "for", "throughout", "within"}
MOMENTS = {
    "day",
    "night",
    "morning",
    "evening",
    "afternoon",
    "moment",
    "time",
    "hour",
    "week",
    "month",
    "year",
}


def _past_period(k: Token) -> bool:
    """ "over the past week", "in recent months", "in recent days", "repeatedly": a perfect summed
    over a span longer than a day ("have hit major urban areas over the past week"); "in the past 24 hours"
    is one day's report, which ACLED codes."""
    if k.dep_ == "advmod":
        return k.lower_ == "repeatedly"
    return (
        k.dep_ == "prep"
        and k.lower_ in SPAN_PREPS
        and any(
            (o.lemma_.lower() in PERIODS or (o.lower_ == "days" and o.tag_ == "NNS"))
            and any(m.lower_ in RECENT for m in children(o))
            for o in children(k)
        )
    )


def _counted(kids: list[Token]) -> bool:
    """ "has conducted its 11th prisoner swap since ...": an act counted among others since a
    time is itself one particular act."""
    return any(
        (k.dep_ == "advmod" and k.lower_ in ("once", "twice"))
        or (k.dep_ == "npadvmod" and k.lemma_.lower() == "time")
        or (
            k.dep_ == "dobj"
            and any(m.like_num and m.tag_ != "CD" for c in children(k) for m in (c, *children(c)))
        )
        for k in kids
    )


def told_in_present(trigger: Token) -> bool | None:
    """Whether the act is told in the present (simple or progressive), read across an infinitive
    or a bare participle of its clause ("continues to advance", "is increasing the pace of the
    offensive", "there are fierce battles"): how things stand at the time of writing, not a past
    act. A modifier's act is its noun's ("the anti-aircraft systems managed"). None when the clause
    has no tense to read (a participle the parser hangs on a noun)."""
    for _ in range(3):
        if trigger.dep_ not in ("compound", "amod", "nmod") or trigger.head.i == trigger.i:
            break
        trigger = trigger.head
    verb = _own_verb(trigger, ("VERB", "AUX"))
    if verb is None:
        return None
    for _ in range(2):  # at most three verbs, as `_spanned` reads
        if not _dependent(verb):
            break
        verb = verb.head
    if verb.tag_ in ("VB", "VBG", "VBN") and not any(k.dep_ in ("aux", "auxpass") for k in children(verb)):
        return None
    return _per_verb("present", verb, lambda v: _present(v, children(v))) and not _per_verb(
        "now", verb, _going_on_now
    )


NOW = {"now", "currently", "today", "tonight"}
OCCUR = {"happen", "occur", "unfold", "rage"}
UNDER_WAY = {"ongoing", "underway"}


def _going_on_now(verb: Token) -> bool:
    """ "fighting is under way", "is taking place right now", "the town is currently under heavy
    shelling": the present says the act goes on at the time of the report, which dates it (TimeML's
    PRESENT_REF); not a state of the war ("there are fierce battles along the front")."""
    if verb.lemma_.lower() in OCCUR:
        return True
    for k in children(verb):
        word = k.lower_
        if word in NOW or word in UNDER_WAY:
            return True
        if k.dep_ == "dobj" and verb.lemma_.lower() == "take" and word == "place":
            return True
        if k.dep_ == "prep" and word == "under" and any(o.lower_ == "way" for o in children(k)):
            return True
        if k.dep_ == "advmod" and any(o.lower_ == "now" for o in children(k)):
            return True  # "right now"
    return False


def habitual(trigger: Token) -> bool:
    """A habit, not an act at a time and place: "police usually break up such rallies", "the
    regime routinely jails its critics", a kind in the simple present ("cluster munitions kill
    civilians", "artillery shells are cheaper"). PLOVER codes such reports of practice (CAMEO
    does); ACLED codes none."""
    # "kept captive": the predicate's verb ("oprd" is no step of the verb chain)
    verb = trigger.head if trigger.dep_ == "oprd" else _own_verb(trigger, ("VERB", "AUX"))
    return verb is not None and _per_verb("habit", verb, _read_habit)


def _read_habit(verb: Token) -> bool:
    kids = children(verb)
    if any(k.dep_ == "advmod" and k.lower_ in HABIT for k in kids):
        return True
    if verb.lemma_.lower() in HELD and verb.tag_ in ("VBP", "VBZ") and not any(k.dep_ == "aux" for k in kids):
        return True  # "Russian troops currently occupy Izium": a state, not the taking
    if (
        verb.lemma_.lower() in KEPT
        and any(k.dep_ == "oprd" for k in kids)
        and not any(_told_act(k) for k in kids)  # "... captive after seizing him on Monday"
        and _present(verb, kids)
    ):
        return True  # "is keeping 170 people captive", "are still being held hostage": a state
    return (
        verb.tag_ in ("VBP", "VBZ")
        and verb.lemma_.lower() not in ASPECT  # "police continue to arrest activists": news
        and any(k.dep_ == "nsubj" and _generic_plural(k) for k in kids)
        and not any(k.dep_ in ("aux", "auxpass", "npadvmod") or k.ent_type_ or _names_place(k) for k in kids)
    )


# verbs of holding ground: in the simple present they tell who holds it now, not an act
HELD = {"occupy", "control"}
# verbs of holding people ("kept captive", "held hostage"): in the present, a state
KEPT = {"keep", "hold"}


def _told_act(k: Token) -> bool:
    """A clause or a gerund under a preposition told beside the verb ("after seizing him")."""
    return k.dep_ == "advcl" or (k.dep_ == "prep" and any(c.dep_ == "pcomp" for c in children(k)))


def _present(verb: Token, kids: list[Token]) -> bool:
    """The verb is told in the present (simple or progressive, active or passive), not the past
    or a perfect: "holds", "is keeping", "are being held"."""
    aux = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBP", "VBZ")
    return aux[0].tag_ in ("VBP", "VBZ") and aux[0].lemma_.lower() == "be"


def _names_place(prep: Token) -> bool:
    """ "rally at the state capitol": a phrase saying where makes a caption of an act, no kind."""
    return prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS


def _long_period_of_war(noun: Token) -> bool:
    """ "more than a year of fighting" as a subject."""
    return noun.lemma_.lower() in LONG_PERIODS and any(
        k.lower_ == "of" and any(o.lemma_.lower() in WAR_NOUNS for o in children(k)) for k in children(noun)
    )


def _generic_plural(noun: Token) -> bool:
    """A bare plural naming a kind ("cluster munitions", "armies"), no one in particular: no
    determiner, possessor, number, name or phrase saying which ("members of the police")."""
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and all(k.dep_ in ("amod", "compound") and not k.ent_type_ for k in children(noun))
    )


ASPECT = {"begin", "start", "continue", "resume", "keep", "commence"}
SCHEDULED = {"set", "due", "poised", "scheduled", "slated", "expected", "likely"}
SPEECH = {"say", "announce", "tell", "declare", "state", "add", "report", "confirm", "insist", "write"}
FORECAST = {"likely", "probably", "possibly", "perhaps", "maybe", "expected"}
COMMIT = {"promise", "pledge", "vow", "agree", "offer", "intend", "plan", "commit", "decide", "prepare", "prepared", "swear",
          "threaten", "warn", "ready", "willing", "determine", "resolve"}  # fmt: skip


WEAK_MODALS = {"may", "might", "could"}
WEIGH = {"consider", "weigh", "mull", "study", "explore", "examine"}


def _forecast(verb: Token) -> bool:
    """A verb told as what may be ("may be preparing", "are likely preparing", "are expected to
    prepare"): someone else's guess about the actor, not the actor's word."""
    kids = list(children(verb))
    if any(k.dep_ in ("aux", "auxpass") and k.lower_ in WEAK_MODALS for k in kids):
        return True
    if any(k.dep_ == "advmod" and k.lower_ in FORECAST for k in kids):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lower_ in ("likely", "expected", "unlikely")


FUTURE = {"will", "'ll", "would", "shall"}


def told_future(verb: Token) -> bool:
    """ "will strike", "would act": the verb told as still to come; not "would have killed dozens
    if the shelter had not held", a past that did not happen (no intent, no threat)."""
    aux = [k for k in markers(verb) if k.dep_ == "aux"]
    return any(k.lower_ in FUTURE for k in aux) and not any(k.lemma_.lower() in ("have", "'ve") for k in aux)


def stated_intent(trigger: Token) -> bool:
    """A future act its actor commits to: "promised to continue aid", "said they will release".

    PLOVER codes such statements as the intent itself (AGREE for cooperation, THREATEN for
    force); forecasts by others ("will likely start") are not intents.
    """
    chain = _verb_chain(trigger)
    verb = (
        trigger if trigger.pos_ in ("VERB", "AUX") else next((t for t in chain[1:] if t.pos_ == "VERB"), None)
    )
    if verb is None or _any_of(trigger):
        return False  # "would complicate any talks": no act committed to
    if any(k.dep_ == "advmod" and k.lower_ in FORECAST for k in children(verb)):
        return False
    head = verb.head if verb.head.i != verb.i else None
    if head is not None and _per_verb("forecast", head, _forecast):  # a run-on head: read once
        return False  # "may be preparing to conduct an offensive": an analyst's forecast, no stated intent
    if head is not None and verb.dep_ == "xcomp" and head.lemma_.lower() in WEIGH and head.pos_ == "VERB":
        # "said it would consider lifting restrictions": the act weighed is offered
        return stated_intent(head)
    if head is not None and verb.dep_ in ("xcomp", "ccomp", "dobj") and head.lemma_.lower() in COMMIT:
        return True
    if (
        head is not None
        and verb.dep_ == "advcl"
        and head.lemma_.lower() in COMMIT
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in children(verb))
    ):
        return True  # "have sworn to fight until ...": the parser attaches the infinitive as a clause
    future = told_future(verb)
    if future and verb.dep_ == "ROOT":
        return True  # "Finland will give Tanzania a grant": the actor's announced act
    return bool(future and head is not None and verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH)


def agentless_passive(trigger: Token) -> bool:
    """ "Supply lines would be cut", "an office will be set up": the act's verb is passive and
    names no one who does it, so no party commits to it."""
    verb = _own_verb(trigger)
    if verb is None:
        return False
    kids = children(verb)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


def conditional(trigger: Token, markers: tuple[str, ...] = ("unless", "if")) -> bool:
    """An act made to depend on another's ("will withdraw ... unless", "if war starts")."""
    for t in _verb_chain(trigger):
        if any(k.dep_ == "advcl" and any(m.lower_ in markers for m in children(k)) for k in children(t)):
            return True
    return False


REFUSE = {"fail", "refuse", "decline", "reject", "resist"}


def refused(trigger: Token) -> bool:
    """An act its actor failed or refused to do: "failed to reach agreement"; or one a speaker
    says they will not do, the reported "will not" ("said Moscow would not take part in the
    conference")."""
    verb = _own_verb(trigger)
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE:
        return True
    return (
        trigger.dep_ not in ("nsubj", "nsubjpass")  # "the talks would not produce a deal": no one refuses
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SPEECH
        and told_future(verb)
        and any(k.dep_ == "neg" for k in markers(verb))
    )


def stated_demand(trigger: Token) -> bool:
    """What a speaker says others must do: "said the rebels must reach an agreement"."""
    verb = _own_verb(trigger)
    if verb is None or not any(k.dep_ == "aux" and k.lower_ in ("must", "should") for k in children(verb)):
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH | {
        "conclude",
        "insist",
        "demand",
        "urge",
    }
