"""Cue words of attributed speech and belief, with the strength each one lends a claim.

Strength keeps what the reporter's verb choice says about a claim: a neutral report
("said", "told"), an assertion the reporter distances from ("claimed", "alleged",
"insisted"), an admission or confirmation ("confirmed", "acknowledged"), a denial, a
belief or intention ("thinks", "expects"), a source named for the facts ("according
to", "a report found"), or a stance taken on something ("condemned", "backed"). The lists are written from general knowledge of English reporting
verbs; which verbs occur in news was checked on PolNeAR's train split.
"""

from __future__ import annotations

NEUTRAL = "neutral"
ASSERTIVE = "assertive"
CONFIRM = "confirm"
DENY = "deny"
BELIEF = "belief"
SOURCE = "source"
STANCE = "stance"
HEDGE = "hedge"

# Verbs of the reporter's own inference, with no source ("Clinton seemed irritated").
HEDGE_VERBS = frozenset("seem appear".split())

# Perception verbs that report a view only with "as" ("sees the talks as a trap").
SEE_AS = frozenset("see view regard".split())

_VERBS: dict[str, tuple[str, ...]] = {
    NEUTRAL: (
        "say tell add state report write note explain announce declare comment remark reply respond "
        "answer ask describe mention post tweet testify recall quote continue conclude observe "
        "reiterate repeat inform brief disclose reveal publish relate recount joke quip "
        "complain call urge recommend propose advise request demand order "
        "instruct invite encourage caution cite signal indicate point refer talk speak discuss assure remind"
    ).split(),
    ASSERTIVE: (
        "claim allege insist assert maintain argue contend charge accuse suggest warn threaten predict "
        "promise vow pledge boast stress emphasize emphasise underline swear proclaim affirm"
    ).split(),
    CONFIRM: "confirm acknowledge admit concede verify recognize recognise agree".split(),
    DENY: "deny reject dismiss refute dispute rebut contradict".split(),
    BELIEF: (
        "think believe feel expect hope fear want know worry doubt estimate consider wonder "
        "suspect assume plan intend see view regard"
    ).split(),
    SOURCE: "show find".split(),
    # Not "support", "back", "defend", "push", "slam": in war reporting they are mostly fighting.
    STANCE: (
        "endorse oppose condemn denounce blame welcome question mock tout echo highlight express criticize "
        "praise thank decry lament challenge"
    ).split(),
}

CUE_VERBS: dict[str, str] = {lemma: strength for strength, lemmas in _VERBS.items() for lemma in lemmas}

# Verbs whose object noun phrase is the content ("accused Russia of ...", "praised the deal").
OBJECT_CONTENT = (
    frozenset(_VERBS[STANCE])
    | SEE_AS
    | frozenset(
        "accuse claim deny reject dismiss dispute confirm acknowledge admit describe "
        "announce propose demand request promise pledge vow predict want fear expect call urge cite "
        "mention refute rebut reveal disclose discuss".split()
    )
)


# Verbs whose content is the object of a preposition right after them ("called for talks").
PREP_CUES: dict[str, tuple[str, ...]] = {
    "call": ("for", "on"),
    "point": ("to",),
    "refer": ("to",),
    "talk": ("about",),
    "speak": ("about", "of"),
    "argue": ("for", "against"),
    "warn": ("of", "against", "about"),
    "complain": ("about", "of"),
    "insist": ("on",),
    "comment": ("on",),
    "say": ("of",),
    "hope": ("for",),
    "ask": ("for", "about"),
}

# Verbs that need a clause, a quote or an object to be a cue at all ("he added fuel" is not).
WEAK_WITHOUT_CONTENT = frozenset(
    "add continue call point ask order feel know plan want hope find show".split()
)

# Verbs that report a refusal to speak: a cue only with a speech verb after them
# ("declined to comment", "refused to say"), not "refused to withdraw".
REFUSAL_VERBS = frozenset("decline refuse".split())

# The medium a cue names right after it belongs to the cue ("said in a statement").
CUE_MEDIA = frozenset(
    "statement interview email letter post tweet speech release memo message video call "
    "conference briefing op-ed column essay blog filing address remarks broadcast appearance".split()
)

# Subjects that make "show"/"find" report evidence with an object ("a poll showed a lead").
EVIDENCE_NOUNS = frozenset(
    "poll survey study report data result figure record document file analysis research audit "
    "investigation review census count tally statistic evidence image footage video photo map "
    "photograph assessment estimate inquiry probe".split()
)

# Nouns that head a speech act ("his claim that", "a statement saying").
CUE_NOUNS: dict[str, str] = {
    "claim": ASSERTIVE,
    "allegation": ASSERTIVE,
    "assertion": ASSERTIVE,
    "statement": NEUTRAL,
    "announcement": NEUTRAL,
    "denial": DENY,
    "admission": CONFIRM,
    "warning": ASSERTIVE,
    "promise": ASSERTIVE,
    "belief": BELIEF,
    "view": BELIEF,
    "fear": BELIEF,
    "hope": BELIEF,
    "concern": BELIEF,
    "suspicion": BELIEF,
    "expectation": BELIEF,
    "assessment": BELIEF,
    "conclusion": BELIEF,
    "accusation": ASSERTIVE,
    "charge": ASSERTIVE,
    "argument": ASSERTIVE,
    "insistence": ASSERTIVE,
    "prediction": ASSERTIVE,
    "threat": ASSERTIVE,
    "vow": ASSERTIVE,
    "pledge": ASSERTIVE,
    "suggestion": ASSERTIVE,
    "report": NEUTRAL,
    "comment": NEUTRAL,
    "remark": NEUTRAL,
    "message": NEUTRAL,
    "testimony": NEUTRAL,
    "finding": SOURCE,
}


def cue_strength(lemma: str | None) -> str | None:
    """The strength class of a cue lemma (see module doc), or None for an unknown lemma.

    >>> cue_strength("claim"), cue_strength("say"), cue_strength("according to")
    ('assertive', 'neutral', 'source')
    """
    if lemma is None:
        return None
    if lemma in ("according to", ":"):
        return SOURCE if lemma == "according to" else NEUTRAL
    if lemma in REFUSAL_VERBS:
        return NEUTRAL
    if lemma in HEDGE_VERBS:
        return HEDGE
    return CUE_VERBS.get(lemma) or CUE_NOUNS.get(lemma)
