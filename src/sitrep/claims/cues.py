"""Cue words of attributed speech and belief, with the strength each one lends a claim.

Strength keeps what the reporter's verb choice says about a claim: a neutral report
("said", "told"), an assertion the reporter distances from ("claimed", "alleged",
"insisted"), an admission or confirmation ("confirmed", "acknowledged"), a denial, a
belief ("thinks", "is confident that"), an intention ("seeks to", "voted for"), a source
named for the facts ("according to", "a report found"), or a stance taken on something
("condemned", "backed the plan"). The lists are written from general knowledge of English reporting
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

# The reporter's adverbs that pass a clause on from unnamed sources ("Russian forces reportedly
# withdrew"): a claim with no speaker, the whole clause its content.
HEDGE_ADVERBS = frozenset("reportedly allegedly".split())

# Perception verbs that report a view only with "as" ("sees the talks as a trap").
SEE_AS = frozenset("see view regard".split())

# Verbs that cast someone or something in a light only with "as" ("portrayed the retreat as a
# regrouping", "cast himself as an outsider"); "cast a ballot", "painted the wall" are no claims.
AS_VERBS = frozenset("portray cast depict paint characterize characterise label brand frame bill".split())

_VERBS: dict[str, tuple[str, ...]] = {
    NEUTRAL: (
        "say tell add state report write note explain announce declare comment remark reply respond "
        "answer ask describe mention post tweet testify recall quote continue conclude observe "
        "reiterate repeat inform brief disclose reveal publish relate recount joke quip "
        "complain call urge recommend propose advise request demand order "
        "instruct invite encourage caution cite signal indicate point refer talk speak discuss assure remind "
        "list reference invoke voice outline detail read "
        # manners of saying: "shouted", "mused", "interjected", "emailed"
        "shout yell scream exclaim chant whisper mutter muse interject opine email retort"
    ).split(),
    ASSERTIVE: (
        "claim allege insist assert maintain argue contend charge accuse suggest warn threaten predict "
        "promise vow pledge boast stress emphasize emphasise underline swear proclaim affirm "
        "portray cast depict paint characterize characterise label brand frame bill compare liken "
        "counter speculate theorize theorise posit surmise forecast bemoan marvel"
    ).split(),
    CONFIRM: "confirm acknowledge admit concede verify recognize recognise agree".split(),
    DENY: "deny reject dismiss refute dispute rebut contradict".split(),
    BELIEF: (
        "think believe feel expect hope fear want know worry doubt estimate consider wonder "
        "suspect assume plan intend see view regard learn realize realise understand imply guess imagine "
        "remember forget notice reckon"
    ).split(),
    SOURCE: "show find".split(),
    # Not "support", "back", "defend", "push", "slam": in war reporting they are mostly fighting.
    STANCE: (
        "endorse oppose condemn denounce blame welcome question mock tout echo highlight express criticize "
        "praise thank decry lament challenge blast slam applaud hail laud commend congratulate ridicule "
        "deride lambaste lambast rebuke scold chide berate excoriate fault chastise disparage insult champion favor"
    ).split(),
}

CUE_VERBS: dict[str, str] = {lemma: strength for strength, lemmas in _VERBS.items() for lemma in lemmas}

# Replies said with a verb and "back" ("“That is a lie,” Peskov shot back"); the verb alone is
# fighting ("fired at the positions"), so only the pair is a cue (see `attribute._lemma`).
REPLY_BACK = frozenset("shoot fire hit snap".split())
CUE_VERBS.update({f"{verb} back": NEUTRAL for verb in REPLY_BACK})

# Verbs whose object noun phrase is the content ("accused Russia of ...", "praised the deal").
OBJECT_CONTENT = (
    frozenset(_VERBS[STANCE])
    | SEE_AS
    | AS_VERBS
    | frozenset(
        "accuse claim deny reject dismiss dispute confirm acknowledge admit describe "
        "announce propose demand request promise pledge vow predict want fear expect call urge cite "
        "mention refute rebut reveal disclose discuss note recall reiterate repeat stress emphasize "
        "emphasise voice list reference invoke tweet explain outline detail remind report compare liken "
        "post publish assert bemoan lament recount concede forecast".split()
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
    "say": ("of", "about"),
    "hope": ("for",),
    "ask": ("for", "about"),
}

# Verbs that need a clause, a quote or an object to be a cue at all ("he added fuel" is not).
WEAK_WITHOUT_CONTENT = frozenset(
    "add continue call point ask order feel know plan want hope find show read".split()
)

# Verbs that report a refusal to speak: a cue only with a speech verb after them
# ("declined to comment", "refused to say"), not "refused to withdraw".
REFUSAL_VERBS = frozenset("decline refuse".split())

# The medium a cue names right after it belongs to the cue ("said in a statement").
CUE_MEDIA = frozenset(
    "statement interview email letter post tweet speech release memo message video call "
    "conference briefing op-ed column essay blog filing address remark remarks broadcast appearance".split()
)

# Subjects that make "show"/"find" report evidence with an object ("a poll showed a lead"); matched
# on lemmas, so "data" is there as "datum" too.
EVIDENCE_NOUNS = frozenset(
    "poll polling survey study report data datum result figure record document file analysis research audit "
    "email memo letter transcript chart graphic "
    "investigation review census count tally statistic evidence image footage video photo map "
    "photograph assessment estimate inquiry probe".split()
)

# Verbs that take a cue noun and give it their subject as holder ("expressed concern that",
# "made the argument that", "raised doubts about").
LIGHT_VERBS = frozenset("express voice make raise issue offer give share level repeat reiterate air".split())

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
    "case": ASSERTIVE,
    "point": ASSERTIVE,
    "observation": NEUTRAL,
    "commitment": ASSERTIVE,
    "recommendation": NEUTRAL,
    "proposal": NEUTRAL,
    "request": NEUTRAL,
    "demand": ASSERTIVE,
    "assurance": ASSERTIVE,
    "reminder": NEUTRAL,
    "speculation": BELIEF,
    "rumor": BELIEF,
    "rumour": BELIEF,
    "impression": BELIEF,
    "perception": BELIEF,
    "notion": BELIEF,
    "idea": BELIEF,
    "theory": BELIEF,
    "understanding": BELIEF,
    "consensus": BELIEF,
    "conviction": BELIEF,
    "doubt": BELIEF,
    "sentiment": BELIEF,
    "feeling": BELIEF,
    "sense": BELIEF,
    "realization": BELIEF,
    "confidence": BELIEF,
}


# Nouns that frame a clause as someone's view or wording with "in": "in the governor's view, …",
# "in his words, …", "in the eyes of many Ukrainians, …".
IN_VIEW_NOUNS: dict[str, str] = {
    "view": BELIEF,
    "opinion": BELIEF,
    "estimation": BELIEF,
    "judgment": BELIEF,
    "judgement": BELIEF,
    "eyes": BELIEF,
    "assessment": BELIEF,
    "reckoning": BELIEF,
    "words": NEUTRAL,
}


# Nouns that hold a view only as the subject of "is that ..." with a holder ("The ministry's position
# is that ..."); elsewhere they are places or postures ("Ukrainian positions near Bakhmut").
# An answer, reply, pitch or line "is that" is what its holder says ("The Kremlin's line is that the
# strike hit only barracks"); elsewhere an answer is a solution and a line is the front.
IS_THAT_NOUNS: dict[str, str] = {
    "position": ASSERTIVE,
    "stance": ASSERTIVE,
    "line": ASSERTIVE,
    "pitch": ASSERTIVE,
    "mantra": ASSERTIVE,
    "refrain": ASSERTIVE,
    "answer": NEUTRAL,
    "response": NEUTRAL,
    "reply": NEUTRAL,
    "explanation": NEUTRAL,
}

# Cue nouns that are no statement as the subject of "is that": a hope, fear or doubt "is that" names
# an outcome wished for or dreaded ("her best hope was that the court would rule quickly"), a
# demand, proposal or promise one asked for or offered. They are claims only with their own clause
# ("his fear that …"); "The ministry's view / assessment / estimate is that …" stays a claim.
NOT_STATED_AS_COPULA = frozenset(
    "hope fear concern doubt confidence sentiment idea demand appeal plea request proposal "
    "recommendation suggestion promise pledge vow commitment assurance threat".split()
)


def _read_lexicon() -> list[tuple[str, str, str]]:
    """(lemma, pos, strength) rows of `data/claims/cue_lexicon.tsv` (VerbNet speech, belief and
    judgement classes, with each row's class named there)."""
    from importlib import resources

    text = resources.files("sitrep").joinpath("data/claims/cue_lexicon.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(lemma, pos, strength) for lemma, pos, strength, _cls in rows[1:]]


LEXICON_CUES = _read_lexicon()
for _lemma, _pos, _strength in LEXICON_CUES:
    (CUE_VERBS if _pos == "verb" else CUE_NOUNS).setdefault(_lemma, _strength)


def cue_strength(lemma: str | None) -> str | None:
    """The strength class of a cue lemma (see module doc), or None for an unknown lemma.

    >>> cue_strength("claim"), cue_strength("say"), cue_strength("according to")
    ('assertive', 'neutral', 'source')
    """
    if lemma is None:
        return None
    if lemma in ("according to", "in", ":"):
        return NEUTRAL if lemma == ":" else SOURCE  # "in": framed in a record ("In a poll, …")
    if lemma in REFUSAL_VERBS:
        return NEUTRAL
    if lemma in HEDGE_VERBS or lemma in HEDGE_ADVERBS:
        return HEDGE
    if lemma in INTENTION_VERBS:
        return INTENTION
    if lemma in ATTITUDE_ADJECTIVES or lemma in ATTITUDE_PARTICIPLES:
        return BELIEF
    if lemma in FIGHT_VERBS:
        return STANCE
    if lemma in IN_VIEW_NOUNS:
        return IN_VIEW_NOUNS[lemma]
    if lemma in IS_THAT_NOUNS:
        return IS_THAT_NOUNS[lemma]
    if lemma == "make clear":
        return ASSERTIVE
    if lemma in STANCE_PREP_VERBS and lemma not in CUE_VERBS:
        return STANCE
    return CUE_VERBS.get(lemma) or CUE_NOUNS.get(lemma) or (STANCE if lemma in NOUN_PREP_CUES else None)


INTENTION = "intention"

# Adjectives that also raise a subject ("is sure to win" is a forecast, not anyone's belief):
# only a clause or a preposition makes them a cue.
RAISING_ADJECTIVES = frozenset("sure certain".split())

# Adjectives of attitude after a copula, with the prepositions that introduce what the
# attitude is about ("confident that ...", "critical of ...", "eager to ..."); a clause or an
# infinitive always counts.
ATTITUDE_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "confident": ("about", "of", "in"),
    "sure": ("about", "of"),
    "certain": ("about", "of"),
    "aware": ("of",),
    "eager": ("for",),
    "willing": (),
    "unwilling": (),
    "keen": ("on",),
    "reluctant": (),
    "adamant": ("about",),
    "insistent": ("on",),
    "clear": ("about",),
    "hopeful": ("about", "of"),
    "optimistic": ("about", "on"),
    "pessimistic": ("about", "on"),
    "skeptical": ("of", "about"),
    "sceptical": ("of", "about"),
    "critical": ("of",),
    "supportive": ("of",),
    "wary": ("of", "about"),
    "afraid": ("of",),
    "fearful": ("of",),
    "nervous": ("about",),
    "anxious": ("about",),
    "happy": ("with", "about"),
    "glad": (),
    "proud": ("of",),
    "angry": ("about", "at", "over", "with"),
    "furious": ("about", "at", "over", "with"),
    "unhappy": ("with", "about"),
    "hostile": ("to", "toward", "towards"),
    "sympathetic": ("to", "toward", "towards"),
    "enthusiastic": ("about",),
    "doubtful": ("about", "of"),
    "open": ("to",),
    "outspoken": ("about", "on"),
    "upbeat": ("about", "on"),
    # participles the tagger reads as adjectives ("are concerned about")
    "concerned": ("about", "over", "by", "with"),
    "worried": ("about", "over", "by"),
    "convinced": ("of",),
    "disappointed": ("in", "with", "by"),
    "frustrated": ("with", "by"),
    "determined": (),
    "committed": ("to",),
    "opposed": ("to",),
}

# Participles that report an attitude in the passive ("is convinced that", "are concerned about").
ATTITUDE_PARTICIPLES: dict[str, tuple[str, ...]] = {
    "convince": ("of",),
    "concern": ("about", "over", "by", "with"),
    "worry": ("about", "over", "by"),
    "disappoint": ("in", "with", "by"),
    "frustrate": ("with", "by"),
    "determine": (),
    "commit": ("to",),
    "satisfy": ("with",),
    "alarm": ("by", "at"),
    "encourage": ("by",),
    "trouble": ("by",),
    "upset": ("about", "with", "over", "by"),
    "oppose": ("to",),
    "persuade": ("of",),
    "prepare": (),
}

# Verbs of intention, choice and decision: an infinitive (or the prepositions given) is the
# content ("seeks to end the war", "voted for the resolution").
INTENTION_VERBS: dict[str, tuple[str, ...]] = {
    "seek": (),
    "decide": ("on", "against"),
    "aim": (),
    "prefer": (),
    "choose": (),
    "opt": ("for",),
    "wish": (),
    "vote": ("for", "against", "on"),
    "offer": (),
    "volunteer": (),
    "resolve": (),
    "strive": (),
    "aspire": (),
    "campaign": ("for", "against"),
    "lobby": ("for", "against"),
    "advocate": ("for",),
}

# Of those, the verbs whose object noun phrase is what is sought or preferred.
INTENTION_OBJECT_VERBS = frozenset("seek prefer offer".split())

# Verbs of stance outside the speech lexicon that take what they are about with a
# preposition ("railed against the deal", "pushed for talks", "hinted at a deal").
STANCE_PREP_VERBS: dict[str, tuple[str, ...]] = {
    # "respond to the claims", "replied to a request for comment": only with a thing said or a
    # person as object ("responded to the shelling" is fighting; see claims/attitudes.py).
    "respond": ("to",),
    "reply": ("to",),
    "rail": ("against",),
    "push": ("for",),
    "vouch": ("for",),
    "hint": ("at",),
    "apologize": ("for",),
    "apologise": ("for",),
    "brag": ("about",),
    "boast": ("about", "of"),
    "joke": ("about",),
    "worry": ("about",),
    "agree": ("with", "on"),
    "disagree": ("with", "on", "about"),
    "side": ("with",),
    "lash": ("at",),
    "weigh": ("on",),
    "allude": ("to",),
    "object": ("to",),
    "press": ("for",),
    "plead": ("for",),
}

# Verbs that are mostly fighting in war reporting: a stance only with a person or a thing
# said or decided as object ("backed the plan", "attacked Biden", "defended his remarks").
FIGHT_VERBS = frozenset("support back defend attack".split())

# Of those, the nouns that are fighting unless their object is a thing said ("Russia's attack
# on Kyiv"); "support for" and "backing of" a cause are stances.
FIGHT_NOUNS = frozenset("attack defense defence".split())

# Subjects that fight rather than hold views ("the brigade attacked the commander's convoy").
MILITARY_NOUNS = frozenset(
    "force forces troop troops army unit units brigade battalion regiment division artillery "
    "militia fighter fighters soldier soldiers tank tanks drone drones missile missiles jet jets "
    "aircraft plane planes ship ships navy marine marines sniper snipers gunman gunmen rebel rebels".split()
)

# Nouns of things said, proposed, decided or held: objects a stance can be taken on.
DISCOURSE_NOUNS = frozenset(
    "plan proposal bill law legislation policy idea decision candidacy nomination campaign "
    "position view views stance measure deal agreement ban approach remark remarks comment "
    "comments statement claim record amendment reform program programme move effort call "
    "initiative resolution treaty sanction sanctions talk talks negotiation negotiations ceasefire "
    "truce referendum vote election accord pact platform agenda rule rules regulation order "
    "request demand appeal offer bid strategy doctrine principle right rights idea notion "
    "argument case account report decision verdict ruling choice nominee nominees candidate "
    "president administration government leadership tax taxes cut cuts increase spending "
    "budget mandate investigation inquiry probe effort efforts actions action response "
    "stand tweet tweets speech word words message".split()
)

# Nouns of stance and view with the preposition that introduces what they are about; a cue
# only with a possessive holder ("Trump's attacks on Curiel", "his support for the deal").
NOUN_PREP_CUES: dict[str, tuple[str, ...]] = {
    "allegation": ("against", "of", "about"),
    "accusation": ("against", "of", "about"),
    "statement": ("on", "about"),
    "argument": ("for", "against", "about"),
    "case": ("for", "against"),
    "appeal": ("for",),
    "plea": ("for",),
    "request": ("for",),
    "apology": ("for",),
    "insistence": ("on",),
    "question": ("about", "on"),
    "support": ("for", "of"),
    "backing": ("of", "for"),
    "criticism": ("of",),
    "critique": ("of",),
    "attack": ("on", "against"),
    "endorsement": ("of",),
    "opposition": ("to",),
    "concern": ("about", "over"),
    "concerns": ("about", "over"),
    "doubt": ("about", "over"),
    "praise": ("for", "of"),
    "defense": ("of",),
    "defence": ("of",),
    "call": ("for",),
    "complaint": ("about", "of"),
    "comment": ("on", "about"),
    "remark": ("about", "on"),
    "reference": ("to",),
    "warning": ("about", "of", "against"),
    "claim": ("about", "of"),
    "assessment": ("of",),
    "condemnation": ("of",),
    "denunciation": ("of",),
    "rejection": ("of",),
    "embrace": ("of",),
    "demand": ("for",),
    "hostility": ("to", "toward", "towards"),
    "skepticism": ("of", "about"),
    "pledge": ("of",),
    "promise": ("of",),
}
