"""Find the events of a parsed article: one ACLED-coded event per sentence where the ACLED
rules fire, plus PLOVER interactions (AGREE, REQUEST, ACCUSE...) at their trigger words; then
attach arguments (actors, place, date, quantities), modality and the claim they sit in.

Everything here reads the existing parse and the record; nothing is re-parsed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import combinations
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from sitrep.claims.status import DENIAL, DENY_CUES
from sitrep.claims.text import doc_text
from sitrep.dates.inherit import precision_of
from sitrep.events.actors import (
    REPORTING,
    ActorInfo,
    find_actors,
    is_weapon,
    names_political,
    side_and_sector,
)
from sitrep.events.classify import (
    Coding,
    as_agreement,
    code_span,
    is_deal,
    labour_strike,
    lodged,
    military_march,
    names_no_crowd,
    occupied_place,
    set_before,
)
from sitrep.events.lexicon import CUE_INDEX, LIGHT_VERBS, PLOVER_MODE_WORDS, PLOVER_TRIGGERS
from sitrep.events.modality import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    PLACE_PREPS,
    SPEECH,
    agentless_passive,
    children,
    conditional,
    doc_table,
    habitual,
    markers,
    modality,
    near_subtree,
    refused,
    stated_demand,
    stated_intent,
    told_elsewhere,
    told_future,
    told_in_present,
)
from sitrep.events.ontology import STATES_AT_WAR
from sitrep.events.plover_model import PloverModel, features
from sitrep.events.plover_model import load as load_model
from sitrep.events.quantities import find_quantities
from sitrep.geo.recognize import dateline_at
from sitrep.record import Claim, Place, Quantity, Record, Time

# Nouns that name an event by themselves; other trigger lemmas count only as verbs.
NOUN_TRIGGERS = {
    "talks", "talk", "meeting", "summit", "negotiation", "visit", "bombardment", "shelling",
    "offensive", "battle", "fighting", "raid", "ambush", "attack", "assault", "onslaught", "threat",
    "sanctions", "sanction", "penalty", "penalties", "embargo", "protest", "rally", "shipment",
    "supplies", "allegation", "ultimatum", "mobilization", "mobilisation", "strike", "aid",
    "withdrawal", "retreat", "arrest", "blockade", "invasion", "grant", "investigation", "inquiry",
    "mediation", "suspension", "complaint", "assistance", "treaty", "agreement", "demand", "criticism",
    "accusation", "curfew", "ban", "loan", "delivery", "deployment", "exercises", "release", "alert",
    "boycott", "appeal", "request", "call", "warning", "veto", "condemnation", "support", "cooperation",
    "negotiator", "negotiators", "consultation", "consultations", "approval", "collaboration", "partnership",
    "maneuvers", "manoeuvres", "airdrop", "relief", "donation", "inspection", "inspector", "inspectors",
    "denunciation", "refusal", "rejection", "snub", "expulsion", "walkout", "demonstration",
    "dialogue", "discussion", "discussions", "conference", "conversation", "conversations", "backing",
    "endorsement", "readiness", "understanding", "solidarity", "crackdown", "detention", "compromise",
    "drill", "drills", "maneuver", "manoeuvre", "apology", "remorse", "condolences", "lawsuit", "warrant",
    "indictment",
}  # fmt: skip
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT"}
# PLOVER types the ACLED coding of a sentence already covers.
ACLED_FAMILY = {"ASSAULT", "PROTEST", "COERCE"}
_FEATURE_RANK = {"city": 0, "other": 1, "admin2": 2, "region": 3, "admin1": 4, "country": 5}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Detection:
    """An event as found, with everything sitrep knows about it (more than the record holds)."""

    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    trigger: int  # doc token index
    start: int  # evidence, character offsets into article.text
    end: int
    modality: str
    actors: list[ActorInfo] = field(default_factory=list)
    place: int | None = None
    place_precision: str | None = None  # clause, sentence, context
    date: str | None = None
    date_precision: str | None = None  # own, sentence, paragraph, publication (as dates.date_for_span)
    quantities: list[Quantity] = field(default_factory=list)
    claim: str | None = None
    rule: str = ""

    @property
    def happened(self) -> bool:
        """Counted as a real event: asserted (by the article or by a claim's speaker)."""
        return self.modality == ASSERTED


_DEPTHS: WeakKeyDictionary[Doc, dict[int, int]] = WeakKeyDictionary()


def depth(tok: Token) -> int:
    """Edges from the word up to its sentence root (at most 50). Each word's depth is kept for
    its Doc, so asking for every trigger of a run-on sentence climbs each link once."""
    known = doc_table(_DEPTHS, tok.doc)
    path = []
    while tok.i not in known and tok.head.i != tok.i:
        path.append(tok.i)
        tok = tok.head
    d = known.setdefault(tok.i, 0)
    for i in reversed(path):
        d = known[i] = min(d + 1, 50)
    return d


_TRIGGER_POS = {"VERB", "NOUN", "ADJ"}


def _triggers(sent: Span) -> list[tuple[Token, str, str | None]]:
    """(token, PLOVER type, mode) for each PLOVER trigger word in the sentence."""
    out = []
    for tok in sent:
        if tok.pos_ not in _TRIGGER_POS:
            continue  # as trigger_reading would, without a call for every word
        found = trigger_reading(tok)
        if found is not None and not occupied_place(tok):  # "a city occupied by Russia" says who holds it
            out.append((tok, *found))
    return out


def trigger_reading(tok: Token) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) a word triggers, read with its particle, object and modifiers;
    None when it is no trigger."""
    if tok.pos_ not in _TRIGGER_POS:
        return None  # only verbs, nouns and "alert" trigger (checked first: this runs on every word)
    lemma = tok.lemma_.lower()
    typ = PLOVER_TRIGGERS.get(lemma) or PLOVER_TRIGGERS.get(tok.lower_)
    if typ is None and tok.pos_ != "VERB" and lemma not in _NOUN_READINGS:
        return None  # most nouns are no trigger, and every reading below of one that is not is listed
    if (
        tok.pos_ == "VERB"
        and lemma in ("hand", "give", "send")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children(tok))
    ):
        return "RETREAT", "return"  # "handed back the seized vessels" (CAMEO 0842)
    if (
        tok.pos_ == "VERB"
        and lemma in ("hand", "turn", "lay")
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "down") for c in children(tok))
        and any(  # the parser may hang the object on the particle: "handed in | their weapons"
            c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in ("weapon", "arm", "gun", "rifle")
            for k in (tok, *(c for c in children(tok) if c.dep_ == "prt"))
            for c in children(k)
        )
    ):
        return "RETREAT", "disarm"  # "handed in their weapons" (CAMEO 0873)
    phrasal = _PHRASAL.get(lemma) if tok.pos_ == "VERB" else None
    if phrasal and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in phrasal[0] for c in children(tok)):
        typ = phrasal[1]  # "gave in", "pulled back", "broke off relations"
        if lemma == "hand" and _gives_aid(tok):
            typ = "AID"  # "handed over 700 kg of medicine"
        elif lemma == "hand" and not _handed_person(tok):
            typ = "RETREAT"  # handing over a town or a base is a withdrawal from it
        elif lemma in ("walk", "storm") and _lemmas(
            [
                o
                for k in (tok, *(c for c in children(tok) if c.lower_ == "out"))
                for o in _pobjs(k, {"of", "from"})
            ]
        ) & (_CONTACTS | {"meeting", "conference", "negotiations", "session"}):
            typ = "SANCTION"  # "walked out of the talks": halting negotiations (CAMEO 164)
    else:
        phrasal = None
    reading = None if phrasal else _object_reading(tok, lemma)
    if reading is not None:
        return reading
    if lemma in ("restore", "repair", "rebuild") and _lemmas(_direct_objects(tok)) & _UTILITIES:
        return None  # "engineers restored power to Izium", "restored the church": repairs, no support
    if lemma in _READY_NOUNS and tok.pos_ == "NOUN":
        act = _offered_act(tok)
        if act is not None:  # "expressed readiness to meet the rebel leader": a stated intent
            return ("THREATEN" if (trigger_reading(act) or ("",))[0] in _THREATENED else "AGREE"), None
    if (
        typ is None
        and lemma in ("propose", "suggest")
        and tok.pos_ == "VERB"
        and any(
            c.dep_ == "ccomp"
            and any(k.dep_ == "nsubj" for k in children(c))
            and (lemma == "propose" or _mandative(c))
            for c in children(tok)
        )
    ):
        return "REQUEST", None  # "proposed that both armies withdraw": what others should do (CAMEO 02)
    if typ is None and tok.pos_ == "VERB" and (_ultimatum(tok) or _conditional_force(tok, lemma)):
        return "THREATEN", None  # "said his forces would act if Armenia did not withdraw" (CAMEO 13)
    if typ is None and lemma == "give" and tok.pos_ == "VERB" and _gives_aid(tok):
        typ = "AID"  # "will give Jordan 50 million dollars in grants"
    if lemma == "expel" and not _expels_envoy(tok):
        typ = "COERCE"  # expelling journalists or migrants (CAMEO 174), not diplomats (SANCTION)
    if lemma == "end" and tok.pos_ == "VERB" and _eases_restriction(tok):
        typ = "CONCEDE"  # "ended the state of emergency": easing a restriction
    if typ in ("AGREE", "SUPPORT") and _accedes(tok):
        typ = "CONCEDE"  # "agreed to the strikers' demands": acceding to demands (CAMEO 083)
    if lemma in _BESTOW and tok.pos_ == "VERB" and _lemmas(_kids(tok, ("dobj", "nsubjpass"))) & _HONOURS:
        return "SUPPORT", None  # "was awarded the title Hero of Ukraine": an honour praises (CAMEO 051)
    if lemma in _NAMING and tok.pos_ == "VERB":
        named = [c for c in children(tok) if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ")]
        if lemma != "call":
            named += _pobjs(tok, {"as"})  # "described the attack as barbaric"
            named += [c for p in children(tok) if p.dep_ == "prep" and p.lower_ == "as" for c in children(p)
                      if c.dep_ in ("amod", "acomp")]  # fmt: skip
        if named:  # "called the visit a serious provocation": naming, no phone call (CAMEO 111 / 051)
            if _lemmas([t for c in named for t in c.subtree]) & _BLAME_WORDS:
                return "ACCUSE", None
            return ("SUPPORT", None) if _praised(named) else None
    if typ is None and lemma in SPEECH and tok.pos_ == "VERB":
        # "said the arrest was a provocation": a verdict on another's act (CAMEO 111 / 051)
        for c in children(tok):
            if c.dep_ == "ccomp" and c.lemma_ == "be":
                named = [a for a in children(c) if a.dep_ in ("attr", "acomp")]
                words = _lemmas([t for a in named for t in a.subtree])
                # "said the blast was a terrorist attack" tells the act, no verdict
                if words & _BLAME_WORDS - _VIOLENT_NAMES:
                    return "ACCUSE", None
                if _praised(named) and not any(k.dep_ in ("xcomp", "ccomp") for k in children(c)):
                    return "SUPPORT", None  # "it was important to evacuate": no verdict on an act
                if any(_glad_of(a) for a in named) and not any(k.dep_ == "neg" for k in children(c)):
                    return "SUPPORT", None  # "said he was pleased with the outcome" (CAMEO 051)
    if lemma == "commit" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MISDEEDS for c in children(tok)):
        return None  # "had committed war crimes": a misdeed done, no pledge (AGREE is "committed to")
    if lemma == "warn" and _lemmas(_pobjs(tok, {"of", "about"})) & _HAZARDS:
        return None  # "warned of famine": an alarm about a danger, no threat by the speaker (CAMEO 13)
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ in ("fire", "gunfire") for c in children(tok)):
        return "ASSAULT", "firearms"  # "opened fire on a bus": shooting, no reopening (CAMEO 190)
    if lemma == "flood" and typ == "MOBILIZE" and any(c.dep_ in ("dobj", "nsubjpass") for c in children(tok)):
        return None  # "flooding villages downstream" is water; troops "flood into" a region
    if (
        typ == "CONCEDE"
        and lemma in ("allow", "enable", "let")
        and tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and _eased(tok, lemma) is None
    ):
        return None  # "..., allowing it to march on Kramatorsk": a consequence, no concession
    if typ == "AGREE" and lemma == "offer" and _thing_offers(tok):
        return None  # "the capture could offer Russia a boost": a benefit, no one's pledge
    if typ == "MOBILIZE" and lemma in ("strengthen", "reinforce") and _strengthens_no_force(tok):
        return None  # "the sanctions needed to be strengthened": no forces are reinforced
    if typ is not None and tok.pos_ == "NOUN" and _needs_doing(tok):
        return "REQUEST", None  # "said the sanctions needed to be tightened": a demand, no sanction
    if typ is not None and _about_information(tok, lemma):
        return None  # "released a report", "his evening talk": news of an event, not one
    if typ is None:
        if tok.pos_ == "VERB" and stated_demand(tok):
            return "REQUEST", None  # "said the government must release them"
        return None
    if lemma in LIGHT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PLOVER_TRIGGERS and c.lemma_.lower() in NOUN_TRIGGERS
        for c in children(tok)
    ):
        return None  # the event is the noun it carries
    if (
        tok.pos_ == "VERB"
        or (tok.pos_ == "NOUN" and (lemma in NOUN_TRIGGERS or tok.lower_ in NOUN_TRIGGERS))
        or (tok.pos_ == "ADJ" and lemma == "alert")  # "troops remained on alert"
    ):
        mode = PLOVER_MODE_WORDS.get(lemma, (typ, None))[1]
        if lemma == "strike" and tok.pos_ == "NOUN" and labour_strike(tok):
            typ, mode = "PROTEST", "boycott"
        if typ == "PROTEST" and names_no_crowd(tok):
            typ, mode = ("SUPPORT", None) if lemma == "rally" else ("SANCTION", None)
        if (
            lemma == "return"
            and not any(c.dep_ == "dobj" for c in children(tok))
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in children(tok))
        ):
            typ, mode = "CONSULT", "visit"  # "negotiators return to Geneva": a visit, not a retreat
        eased = _eased(tok, lemma)
        if eased is not None:
            typ, mode = eased
        if lemma == "march" and typ == "PROTEST" and military_march(tok):
            return None  # "allowing it to march on Kramatorsk": an advance, no protest
        if typ == "PROTEST" and lodged(tok):
            typ, mode = "ACCUSE", "disapprove"  # "lodged an official protest with Albania"
        if phrasal:
            mode = None
        if _drill(tok):
            typ = "MOBILIZE"
        if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in children(tok)):
            typ = "CONCEDE"  # "called off a strike"
        elif lemma == "call" and any(
            c.dep_ == "prep"
            and c.lower_ in (("on", "for", "upon") if tok.pos_ == "VERB" else ("for",))
            and not any(g.ent_type_ in ("DATE", "TIME") for g in children(c))  # "called him on Monday"
            for c in children(tok)
        ):
            typ = "REQUEST"  # "called on X to", "called for", "a call for"; not "a video call on trade"
        return typ, mode


_INFORMATION = {"report", "statement", "footage", "video", "data", "figure", "finding", "document", "detail",
                "image", "photo", "photograph", "picture", "recording", "transcript", "study", "survey",
                "assessment", "analysis", "update", "list", "result", "information", "map", "communique"}  # fmt: skip


_FORCES = {"force", "troop", "army", "defence", "defense", "position", "presence", "unit", "garrison", "border",
           "military", "navy", "fleet", "front", "line", "flank", "contingent", "deployment", "guard", "post"}  # fmt: skip


def _mandative(verb: Token) -> bool:
    """ "suggested that both armies withdraw / should withdraw": what others should do; "suggested
    that the city was the next target" or "that gas would resume" is an opinion, no request."""
    aux = [k.lower_ for k in children(verb) if k.dep_ in ("aux", "auxpass")]
    # a present form under a past "suggested" is the subjunctive ("suggested that both armies withdraw")
    base = verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ in ("VBD", "VBN"))
    return any(a in ("should", "must") for a in aux) or (base and not aux)


_UTILITIES = {"power", "electricity", "water", "gas", "heating", "heat", "supply", "supplies", "service",
              "connection", "light", "line", "grid", "church", "bridge", "building", "school", "hospital",
              "road", "railway", "station", "plant", "house", "home", "cathedral", "monument"}  # fmt: skip


def _direct_objects(tok: Token) -> list[Token]:
    return [c for c in children(tok) if c.dep_ in ("dobj", "nsubjpass")]


_PRESSED_PEOPLE = {"resident", "people", "civilian", "villager", "worker", "family", "prisoner", "child", "woman",
                   "man", "student", "teacher", "detainee", "journalist", "farmer", "citizen", "refugee", "parent"}  # fmt: skip


def _strengthens_no_force(tok: Token) -> bool:
    """ "strengthened the sanctions", "ties were strengthened": what is strengthened (its object,
    or its subject in the passive) is named and is no armed force."""
    objs = [c for c in children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children(tok)):
        objs = [
            c for c in children(tok.head) if c.dep_ in ("nsubj", "nsubjpass")
        ]  # "X needed to be strengthened"
        if not objs and tok.head.dep_ == "acl":
            objs = [tok.head.head]  # the parser hangs "needed" on the noun
    if not objs:
        return False
    return not any(t.lemma_.lower() in _FORCES for o in objs for t in o.subtree)


def _needs_doing(tok: Token) -> bool:
    """The noun is what someone says must be done to ("the sanctions needed to be tightened",
    "talks should be resumed"): the statement asks for it, the act itself is not told."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    verb = verb or next((c for c in children(tok) if c.dep_ == "acl" and c.lemma_.lower() == "need"), None)
    if verb is None or verb.i == tok.i:
        return False
    if verb.lemma_.lower() == "need" and any(c.dep_ == "xcomp" for c in children(verb)):
        return True
    return tok.dep_ == "nsubjpass" and any(
        c.dep_ == "aux" and c.lower_ in ("must", "should") for c in children(verb)
    )


def _thing_offers(tok: Token) -> bool:
    """ "offer Russia a boost" with a thing or an event as subject, no actor that can pledge."""
    subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ in ("dative", "iobj") for c in children(tok)):
        return False
    return subj.pos_ == "NOUN" and not subj.ent_type_ and side_and_sector([subj.lower_]) == (None, None)


# "readiness to talk", "willingness to compromise": a stated intent, not military readiness
_READY_NOUNS = {"readiness", "willingness", "preparedness", "intention", "desire", "determination"}


def _offered_act(tok: Token) -> Token | None:
    """The infinitive a readiness noun takes ("readiness to meet" -> meet), else None."""
    return next(
        (
            c
            for c in children(tok)
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(k.lower_ == "to" for k in markers(c))
        ),
        None,
    )


def _ultimatum(tok: Token) -> bool:
    """A future act the speaker makes depend on the other side not acting ("would act if Armenia
    did not withdraw", "will respond unless the troops leave"): a conditional threat (CAMEO 13),
    whatever the act's verb. Only under a speech verb or as the sentence's main verb; "would have
    killed dozens if the shelter had not held" tells what did not happen, no threat."""
    if not (tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH)):
        return False
    if not told_future(tok):
        return False
    for c in children(tok):
        if c.dep_ != "advcl":
            continue
        marks = {k.lower_ for k in markers(c) if k.dep_ in ("mark", "neg")}
        if "unless" in marks or ("if" in marks and marks & {"not", "n't", "never"}):
            return True
    return False


def _force_word(tok: Token) -> bool:
    """ "force", or a weapon as the ACLED rules know it from one word ("artillery", "missiles",
    "nuclear weapons"): one weapon lexicon for the coding and for threats."""
    return tok.lemma_.lower() in ("force", "arsenal", "warhead") or any(
        len(seq) == 1 and name.startswith("W_")
        for w in {tok.lemma_.lower(), tok.lower_}
        for seq, name in CUE_INDEX.by_first.get(w, ())
    )


def _stoppage_beside(typ: str, mode: str | None, coded: tuple) -> bool:
    """ "Miners went on strike as a drone strike hit the plant": a strike or boycott (work or
    dealings withheld) is an act of its own beside a sentence's attack, not a part of it."""
    return typ == "PROTEST" and mode == "boycott" and coded[1] != "PROTEST"


def _conditional_force(tok: Token, lemma: str) -> bool:
    """ "would use nuclear weapons if Ukraine attacked Crimea", "will use force if necessary":
    force its actor commits to on a condition is a threat of force (CAMEO 138); using weapons
    told as done or as a plain plan is not."""
    return (
        lemma in ("use", "employ")
        and any(c.dep_ == "dobj" and _force_word(c) for c in children(tok))
        and conditional(tok)
        and stated_intent(tok)
    )


def _about_information(tok: Token, lemma: str) -> bool:
    """Releasing a report or footage is publishing, not freeing anyone; a person's "talk" is a
    speech, not talks."""
    if lemma == "talk" and tok.pos_ == "NOUN" and tok.lower_ == "talk":
        return any(c.dep_ == "poss" for c in children(tok))
    if lemma == "release" and tok.pos_ == "NOUN" and any(c.lower_ == "press" for c in children(tok)):
        return True  # "said in a press release"
    if lemma in ("send", "deliver", "pass", "convey") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES for c in children(tok)
    ):
        return True  # "sent a message congratulating the president": the message's content is the event
    if lemma not in ("release", "publish"):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "sponsored by X and released on Tuesday"
    things = [c for c in children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if first.dep_ in ("acl", "relcl"):
        things.append(first.head)  # "a report released on Tuesday"
    elif first.i != tok.i and first.pos_ in ("ADP", "VERB") and tok.tag_ == "VBN" and not things:
        things += [t for t in first.subtree if t.dep_ == "pobj"]  # "According to a study ... and released"
    return any(t.lemma_.lower() in _INFORMATION for t in things)


_VIEWS = {"view", "opinion", "idea", "greeting", "pleasantry"}
_MESSAGES = {"message", "letter", "note", "telegram", "cable", "greeting", "signal", "invitation", "envoy"}
_RESTRICTIONS = {"curfew", "emergency", "ban", "lockdown", "restriction", "law", "blockade", "siege", "rule"}


def _eases_restriction(tok: Token) -> bool:
    objs = [c for c in children(tok) if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in _RESTRICTIONS for o in objs for t in o.subtree)


def _accedes(tok: Token) -> bool:
    """ "agreed to / accepted the demands": the object (or "to" object) is a demand."""
    objs = [c for c in children(tok) if c.dep_ == "dobj"]
    objs += [
        g
        for c in children(tok)
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in children(c)
        if g.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in ("demand", "condition", "term") for o in objs)


_HANDED = {"suspect", "fugitive", "prisoner", "detainee", "militant", "terrorist", "man", "woman", "citizen",
           "national", "criminal", "leader", "commander", "member"}  # fmt: skip
_AID_THINGS = {"dollar", "euro", "pound", "yen", "aid", "grant", "loan", "assistance", "money", "fund", "credit",
               "food", "medicine", "supply", "equipment", "weapon", "arm", "tonne", "ton", "kg", "kilogram",
               "asylum", "refuge", "sanctuary"}  # fmt: skip
# expelling these is a sanction on the state or body that sent them (CAMEO 16x)
_ENVOYS = {"diplomat", "ambassador", "envoy", "attache", "attaché", "representative", "consul", "charge", "diplomatic", "inspector",
           "observer", "monitor", "peacekeeper", "mission", "delegation", "official", "staff", "agency"}  # fmt: skip


def _objects_of(tok: Token) -> list[Token]:
    return [t for c in children(tok) if c.dep_ in ("dobj", "dative", "nsubjpass") for t in c.subtree]


def _handed_person(tok: Token) -> bool:
    """ "handed over two suspects to the US": a person handed over (extradition, COOPERATE)."""
    return any(t.lemma_.lower() in _HANDED or t.ent_type_ == "PERSON" for t in _objects_of(tok))


def _gives_aid(tok: Token) -> bool:
    return any(t.lemma_.lower() in _AID_THINGS or t.ent_type_ == "MONEY" for t in _objects_of(tok)) or any(
        g.lemma_.lower() in _AID_THINGS
        for c in children(tok)
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in children(c)
    )


def _expels_envoy(tok: Token) -> bool:
    return any(t.lemma_.lower() in _ENVOYS for t in _objects_of(tok))


_DRILLS = {"exercise", "exercises", "maneuvers", "manoeuvres", "maneuver", "manoeuvre", "drill", "drills"}
_JOINT = {"joint", "with", "combined"}

# Round 7: readings from the PLOVER codebook's definitions where the verb alone says little and
# its object (or a modifier) decides the type. Each is a lemma class, not a sentence's words.
# Signing, reaching or sealing a pact is agreeing (CAMEO 057 -> AGREE), not endorsing (SUPPORT).
_SEAL_VERBS = {"sign", "reach", "strike", "initial", "initiale", "conclude", "seal", "ink", "clinch"}
_PACTS = {"agreement", "accord", "deal", "truce", "pact", "settlement", "memorandum", "understanding",
          "treaty", "ceasefire", "armistice", "constitution", "pledge", "protocol", "roadmap"}  # fmt: skip
# A joint undertaking or working together is cooperation (CAMEO 06x -> COOPERATE).
_JOINT_ACTS = {"patrol", "operation", "investigation", "command", "production", "venture", "mission",
               "inquiry", "probe", "task", "force", "effort", "project", "study", "development"}  # fmt: skip
# The nouns and adjectives `trigger_reading` reads although they are no trigger word: joint acts,
# a stated readiness, and two words read from their children ("expel", "open fire").
_NOUN_READINGS = _JOINT_ACTS | {"patrols", "drill", "exercise", "expel", "open"} | _READY_NOUNS
_TOGETHER = {"together", "jointly"}
_SHARED = {"information", "intelligence", "evidence", "data", "list", "expertise", "experience", "knowledge"}
# Moving one's own forces is a show of force (MOBILIZE), sending goods is aid.
_MOVE_VERBS = {"send", "dispatch", "move", "scramble", "station", "position", "rush", "redeploy", "put"}
_UNITS = {"troop", "soldier", "force", "reinforcement", "frigate", "warship", "carrier", "destroyer",
          "battalion", "brigade", "unit", "marine", "submarine", "vessel", "paratrooper", "division",
          "fleet", "ship"}  # fmt: skip
# weapons moved are a deployment; weapons sent to another state are aid ("sent tanks to Ukraine")
_MOVE_ONLY = {"artillery", "tank", "system", "missile", "launcher", "weapon", "jet", "fighter", "bomber",
              "interceptor"}  # fmt: skip
# training another state's forces, or approving or pledging money or aid, is aid (PLOVER AID)
_TRAINEES = {
    "pilot",
    "soldier",
    "troop",
    "force",
    "officer",
    "personnel",
    "recruit",
    "crew",
    "marine",
    "police",
}
_PLEDGE_VERBS = {"approve", "pledge", "promise", "allocate", "earmark", "commit", "disburse", "distribute",
                 "deposit"}  # fmt: skip
# a promise of aid is the intent to give it (CAMEO 033 -> AGREE); approving or paying it out is AID
_PROMISE_VERBS = {"pledge", "promise", "commit"}
_GUILTY = {"guilty", "liable", "culpable"}
_TRUCES = {"ceasefire", "truce", "armistice", "cease", "fire"}
_BREACH_VERBS = {"violate", "breach", "break"}
_DECLARE_VERBS = {"declare", "announce", "proclaim", "observe", "call"}
# halting talks or mediation is a reduction of relations (CAMEO 164/165 -> SANCTION)
_HALT_VERBS = {"end", "halt", "suspend", "abandon", "stop", "freeze", "terminate", "quit", "cut"}
_CONTACTS = {
    "talk",
    "talks",
    "negotiation",
    "mediation",
    "dialogue",
    "contact",
    "tie",
    "relation",
    "relations",
}
# building ties is diplomatic cooperation (CAMEO 050 SUPPORT), building trade economic (061 COOPERATE)
_TIE_VERBS = {"establish", "expand", "improve", "boost", "deepen", "develop", "strengthen", "forge", "build",
              "increase", "enhance", "widen", "broaden"}  # fmt: skip
_TIES = {"tie", "relation", "relations", "contact"}
_ECONOMIC = {"trade", "investment", "commerce"}
_CARRY_VERBS = {"fly", "airlift", "truck", "ship", "rush", "bring", "ferry", "convoy"}
_CENSOR_VERBS = {"block", "restrict", "shut", "cut", "throttle", "censor", "suspend"}
_MEDIA = {"access", "internet", "website", "media", "network", "newspaper", "broadcast", "broadcaster",
          "channel", "station", "platform", "account"}  # fmt: skip
# Closing or banning trade or travel is a sanction on the other state (CAMEO 16x), not coercion.
_TRADE = {"import", "export", "trade", "flight", "airspace", "border", "visa", "travel", "goods",
          "shipment", "sale", "investment", "transit"}  # fmt: skip
_TRADE_VERBS = {
    "ban",
    "close",
    "restrict",
    "suspend",
    "halt",
    "block",
    "prohibit",
    "shut",
    "impose",
    "freeze",
}


def _kids(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in children(tok) if c.dep_ in deps]


def _pobjs(tok: Token, preps: set[str] | None = None) -> list[Token]:
    return [
        g
        for c in children(tok)
        if c.dep_ in ("prep", "agent", "dative") and (preps is None or c.lower_ in preps)
        for g in children(c)
        if g.dep_ == "pobj"
    ]


_EVACUEES = {"wounded", "injured", "civilian", "resident", "people", "child", "children", "patient", "refugee",
             "family", "elderly", "sick", "survivor", "casualty", "woman", "women", "villager", "student"}  # fmt: skip
_COMMIT_VERBS = {"vow", "swear", "pledge", "promise"}
_THREATENED = {"ASSAULT", "COERCE", "SANCTION", "PROTEST"}  # the acts CAMEO 13 threatens with


def _of_objects(objs: list[Token]) -> list[Token]:
    """ "hundreds of residents": what a number or a quantity counts."""
    return [
        g for o in objs for c in children(o) if c.dep_ == "prep" and c.lower_ == "of" for g in children(c)
    ]


def _lemmas(toks: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def _object_reading(tok: Token, lemma: str) -> tuple[str, str | None] | None:
    """The PLOVER type a verb or noun takes from its object or modifiers (round 7)."""
    if tok.pos_ == "NOUN" and lemma in _JOINT_ACTS | {"patrols", "drill", "exercise"}:
        if _joint(tok):
            return "COOPERATE", None  # "joint patrols", "a joint investigation"
        return None
    if tok.pos_ != "VERB":
        return None
    if lemma in _SEAL_VERBS:
        objs = _kids(tok, ("dobj", "nsubjpass"))
        if _lemmas(objs) & {"contract", "contracts"}:
            return (
                "COOPERATE",
                None,
            )  # "signed a contract under which Moscow will build": business (CAMEO 061)
        if _lemmas(objs) & _PACTS:
            pact = next(o for o in objs if o.lemma_.lower() in _PACTS or o.lower_ in _PACTS)
            words = _lemmas([t for t in pact.subtree if t.i != pact.i])
            if words & {"friendship", "alliance", "solidarity"}:
                return "SUPPORT", None  # a treaty of friendship expresses support
            if words & {"cooperation", "cooperate", "defence", "defense"}:
                return "COOPERATE", None  # "a defence cooperation pact"
            return "AGREE", None
    if (
        lemma not in PLOVER_TRIGGERS
        and (
            any(c.dep_ == "advmod" and c.lower_ in _TOGETHER for c in children(tok))
            or any(  # "worked side by side"
                c.lower_ == "by" and any(g.lower_ == "side" for g in children(c))
                for c in children(tok)
                if c.dep_ == "prep"
            )
        )
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in children(tok))  # "glued together by"
    ):
        return "COOPERATE", None  # "worked together to", "will develop a missile together"
    if lemma not in _OBJECT_READ_VERBS:
        return None  # every reading below is of one of these verbs (most verbs: no object to read)
    objs = _kids(tok, ("dobj", "nsubjpass"))
    if lemma in ("exchange", "share", "swap") and _lemmas(objs) & _VIEWS:
        return "CONSULT", None  # "exchanged views on the Middle East": consultation (CAMEO 04)
    if lemma in ("share", "exchange", "pool", "swap") and _lemmas(objs) & _SHARED:
        return "COOPERATE", None  # "exchanged information on the militants"
    if lemma in _MOVE_VERBS:
        moved = _lemmas(objs)
        if moved & _UNITS or (lemma != "send" and moved & _MOVE_ONLY):
            if lemma == "put" and not _pobjs(tok, {"on"}):
                return None
            return "MOBILIZE", None  # "sent troops to Somalia", "moved artillery to the front"
    if (
        lemma == "train"
        and _lemmas([*objs, *(c for o in objs for c in o.conjuncts)]) & _TRAINEES
        and any(c.dep_ == "nsubj" for c in children(tok))
    ):
        return "AID", None  # "Britain trained Ukrainian pilots"
    if lemma in _PLEDGE_VERBS and _gives_aid(tok):
        if lemma in _PROMISE_VERBS:
            return "AGREE", None  # "pledged 50 million in aid": intent to provide aid (CAMEO 033)
        return "AID", None  # "approved a loan of three billion dollars for Egypt"
    if lemma == "find" and _lemmas(_kids(tok, ("acomp", "oprd", "xcomp", "ccomp"))) & _GUILTY:
        return "ACCUSE", None  # "found the general guilty of": a legal finding (CAMEO 116)
    if lemma in ("evacuate", "airlift") and _lemmas(objs + _of_objects(objs)) & _EVACUEES:
        return "AID", None  # "evacuated the wounded", "evacuated hundreds of residents" (CAMEO 073)
    if lemma in ("hold", "use", "keep") and _lemmas(_pobjs(tok, {"as"})) & {"shield", "shields"}:
        return "COERCE", None  # "held villagers as human shields"
    if lemma in _COMMIT_VERBS and any(
        c.dep_ in ("xcomp", "advcl")
        and any(  # "vowed to attack", "vowed to step up attacks"
            (trigger_reading(t) or ("",))[0] in _THREATENED
            for t in (c, *(o for o in children(c) if o.dep_ == "dobj"))
        )
        for c in children(tok)
    ):
        # "vowed to attack the capital": a threat, no pledge of cooperation (CAMEO 13); a pledge
        # to deploy or reinforce ("NATO pledged to reinforce its eastern flank") stays a pledge
        return "THREATEN", None
    named = _lemmas(
        objs + [c for o in objs for c in children(o) if c.dep_ == "compound"]
    )  # "mediation efforts"
    if lemma in _BREACH_VERBS and named & _TRUCES:
        return "ASSAULT", None  # "violated the ceasefire" is fighting (CAMEO 196), no mere REJECT
    if lemma in _DECLARE_VERBS and _lemmas(objs) & _TRUCES:
        return "RETREAT", "ceasefire"  # "declared a unilateral ceasefire" (CAMEO 0871)
    if lemma in _HALT_VERBS and named & _CONTACTS:
        return "SANCTION", None  # "ended its mediation", "suspended talks" (CAMEO 164/165)
    if lemma in _TIE_VERBS:
        tied = _lemmas(objs)
        if tied & _TIES:
            return "SUPPORT", None  # "established diplomatic ties with" (CAMEO 050)
        if tied & _ECONOMIC:
            return "COOPERATE", None  # "expanded trade with" (CAMEO 061)
    if lemma in ("order", "tell", "ask", "give") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("leave", "depart", "quit", "go")
        for c in children(tok)
    ):
        # ordering someone out is an expulsion: of an envoy a sanction, of anyone else coercion
        return ("SANCTION" if _expels_envoy(tok) else "COERCE"), "expel"
    if lemma in ("tell", "instruct", "direct") and any(
        c.dep_ in ("xcomp", "ccomp") and any(k.lower_ == "to" for k in markers(c)) for c in children(tok)
    ):
        return "REQUEST", None  # "told Britain to stop interfering": an order (CAMEO 10)
    if lemma == "vote" and _pobjs(tok, {"against"}):
        return "REJECT", None  # "voted against the plan" (CAMEO 12); "voted down" is the particle's
    if lemma in _CARRY_VERBS and _gives_aid(tok):
        return "AID", None  # "flew tonnes of food and medicine into the quake zone"
    if lemma in _CENSOR_VERBS and _lemmas(objs) & _MEDIA:
        return "COERCE", "censor"  # "blocked access to social media" (CAMEO 1721), no crowd's blockade
    if lemma == "speak" and _lemmas(_pobjs(tok, {"by", "over", "on"})) & {"phone", "telephone"}:
        return "CONSULT", None  # "spoke by phone with"
    if lemma in ("withdraw", "recall", "pull") and _lemmas(objs) & _ENVOYS - {"official", "agency", "staff"}:
        return "SANCTION", "expel"  # "withdrew its peacekeepers from the country" (CAMEO 166)
    if lemma in ("block", "veto", "stall", "obstruct") and _lemmas(objs) & _DECISIONS:
        return "REJECT", None  # "Hungary blocked an EU statement": a veto (CAMEO 129), no crowd's blockade
    if lemma in ("reopen", "open") and _lemmas(objs) & _INSTITUTIONS:
        return "CONCEDE", None  # "reopened the university closed after protests": easing a restriction (081)
    if lemma == "restore" and _lemmas(objs) & _FREEDOMS:
        return "CONCEDE", None  # "restored the station's licence", "restored internet access" (081)
    if lemma in _OBSTRUCT_VERBS and _lemmas(objs) & _MISSIONS:
        return "SANCTION", None  # "closed its embassy in Tehran": reducing relations (CAMEO 161)
    if lemma in _STEP_UP and _lemmas(objs) & _SECURITY:
        return "MOBILIZE", None  # "stepped up security around the buildings" (CAMEO 151)
    if lemma in ("welcome", "receive", "greet") and (
        any(o.ent_type_ == "PERSON" for o in objs) or _lemmas(objs) & (_OFFICES | _GUESTS)
    ):
        return "CONSULT", "host"  # "welcomed his Bangladeshi counterpart to New Delhi" (CAMEO 043)
    if (
        lemma in ("force", "compel", "coerce")
        and objs
        and _kids(tok, ("xcomp",))
        # "the EU has been forced to water down its plan": pressed by circumstance, no one coerces
        and not (
            _kids(tok, ("auxpass",))
            and not _kids(tok, ("agent",))
            and not _lemmas(_kids(tok, ("nsubjpass",))) & _PRESSED_PEOPLE  # "residents were forced to"
        )
    ):
        return "COERCE", None  # "forced residents to take Russian passports" (CAMEO 17)
    if lemma in ("open", "launch", "start", "file", "bring") and _lemmas(objs) & _LEGAL_CASES:
        return "ACCUSE", "investigate"  # "opened a criminal case into the shelling" (CAMEO 09/115)
    if lemma in ("refuse", "reject") and _lemmas(objs) & {"food", "meal", "meals", "water", "nourishment"}:
        return "PROTEST", "strike-hun"  # "inmates refused food for a third day": a hunger strike (CAMEO 142)
    if lemma in _RETRACT_VERBS and _lemmas(objs) & _POLICIES:
        return "CONCEDE", "policy"  # "withdrew the mining law", "scrapped the tax" (CAMEO 0811 -> CONCEDE)
    if lemma in _OBSTRUCT_VERBS and _lemmas(_kids(tok, ("nsubj",))) & _CROWDS:
        return "PROTEST", "obstruct"  # "farmers blocked border crossings" (CAMEO 144), no state's closure
    if lemma in _TRADE_VERBS:
        objects = objs + [t for o in objs for t in children(o) if t.dep_ in ("compound", "amod")]
        if _lemmas(objects + _pobjs(tok, {"on", "to"})) & _TRADE:
            return "SANCTION", None  # "banned imports of", "closed its airspace to"
    return None


# Withdrawing a law or a plan yields to those who opposed it (CONCEDE); withdrawing troops is RETREAT.
_RETRACT_VERBS = {"withdraw", "retract", "scrap", "shelve", "drop", "rescind", "revoke", "repeal", "abandon"}
_POLICIES = {"law", "bill", "plan", "proposal", "decree", "legislation", "measure", "tax", "reform", "charge",
             "candidacy", "amendment", "policy", "regulation", "rule", "requirement", "objection", "increase",
             "hike", "project", "ordinance", "directive", "resolution", "lawsuit", "complaint"}  # fmt: skip
# A crowd that blocks or occupies is obstructing in protest (CAMEO 144), not a state closing a border.
_OBSTRUCT_VERBS = {"block", "blockade", "barricade", "occupy", "close", "shut", "seal"}
_CROWDS = {"protester", "protestor", "demonstrator", "farmer", "worker", "student", "driver", "trucker",
           "miner", "resident", "villager", "activist", "crowd", "youth", "striker", "fisherman", "fishermen",
           "taxi", "union", "teacher", "employee", "supporter", "mob", "rioter", "pensioner", "trader",
           "vendor", "motorist", "farmers", "workers", "students", "residents", "villagers", "activists",
           "protesters", "demonstrators", "drivers", "truckers"}  # fmt: skip
_NAMING = {"call", "describe", "brand", "label", "term", "dub"}
# An honour given is praise of the one honoured; an award of a contract or of damages is not.
_BESTOW = {"award", "confer", "bestow", "present"}
_HONOURS = {"title", "order", "medal", "prize", "award", "honour", "honor", "decoration", "cross", "star"}
# What an act is called: blame (ACCUSE) or praise (SUPPORT).
_BLAME_WORDS = {"provocation", "violation", "fraud", "crime", "mistake", "error", "outrage", "insult", "lie",
                "farce", "sham", "betrayal", "threat", "aggression", "interference", "atrocity", "disgrace",
                "travesty", "failure", "abuse", "blackmail", "hypocrisy", "propaganda", "illegal", "unacceptable",
                "irresponsible", "dangerous", "baseless", "absurd", "ridiculous", "hostile", "criminal",
                "unjustified", "terror", "terrorism", "terrorist", "war", "invasion", "piracy", "genocide",
                "coup", "illegitimate", "null", "void", "destabilizing", "destabilising", "reckless", "shameful",
                "unprovoked", "aggressive", "unlawful", "violent", "barbaric", "cowardly", "heinous"}  # fmt: skip
_VIOLENT_NAMES = {"terror", "terrorism", "terrorist", "war", "invasion", "genocide", "coup", "violent", "barbaric",
                  "cowardly", "heinous", "atrocity", "aggression", "piracy", "threat", "dangerous", "hostile", "aggressive",
                  "unprovoked", "criminal", "crime"}  # fmt: skip
_PRAISE_WORDS = {"step", "milestone", "success", "breakthrough", "victory", "achievement", "triumph", "model",
                 "example", "partner", "friend", "ally", "historic", "positive", "constructive", "welcome",
                 "important", "significant", "encouraging", "landmark", "hero", "good", "great", "excellent",
                 "fruitful", "productive", "useful", "progress"}  # fmt: skip
# words of weight: they grade blame as well as praise ("a significant setback")
_WEIGHT = {"important", "significant"}


_GLAD = {"happy", "pleased", "glad", "delighted"}  # not "satisfied that": convinced


def _glad_of(word: Token) -> bool:
    """Gladness about something told ("was pleased with the outcome", "happy that the town held"),
    unnegated: approval of it. Glad to do something ("happy to help") is a willingness, no verdict."""
    kids = children(word)
    return (
        word.lemma_.lower() in _GLAD
        and not any(k.dep_ == "neg" for k in kids)
        and any(k.dep_ == "ccomp" or (k.dep_ == "prep" and k.lower_ in ("with", "about")) for k in kids)
    )


def _praised(named: list[Token]) -> bool:
    """Whether what an act is called praises it (CAMEO 051): the name is a praise word ("a
    historic step", "a great success", "constructive") or is qualified by one that only
    approves ("great news"). Words of weight ("a significant setback", "an important
    reminder") qualify blame as well as praise, and a praise word opening a clause ("it was
    important to evacuate") or buried deeper in the name gives no verdict on the act."""
    if _lemmas([t for p in named for t in p.subtree]) & (_BLAME_WORDS | _HAZARDS):
        return False  # "a good example of Russian terror", "a great tragedy": blame or harm named
    return any(
        (
            p.lemma_.lower() in _PRAISE_WORDS
            or any(a.dep_ == "amod" and a.lemma_.lower() in _PRAISE_WORDS - _WEIGHT for a in children(p))
        )
        and not any(k.dep_ in ("xcomp", "ccomp") for k in children(p))
        for p in named
    )


_MISDEEDS = {"crime", "atrocity", "abuse", "violation", "genocide", "massacre", "murder", "offence", "offense",
             "act", "fraud", "mistake", "error", "attack", "suicide", "breach", "sin", "irregularity"}  # fmt: skip
# what one warns "of" without threatening it ("warned of famine"; "warned of serious consequences"
# stays a threat)
_HAZARDS = {"famine", "danger", "risk", "crisis", "catastrophe", "disaster", "shortage", "collapse", "outbreak",
            "starvation", "epidemic", "spillover", "hunger", "flood", "storm", "drought", "shortfall",
            "recession", "disease", "cholera", "pandemic", "tragedy"}  # fmt: skip
_DECISIONS = {"statement", "resolution", "decision", "bill", "proposal", "plan", "deal", "agreement", "measure",
              "package", "motion", "sanction", "membership", "accession", "appointment", "nomination", "declaration",
              "bid", "candidacy", "treaty", "request", "draft"}  # fmt: skip
_INSTITUTIONS = {"university", "school", "newspaper", "station", "office", "church", "mosque", "parliament",
                 "court", "website", "paper", "channel", "broadcaster", "campus", "college", "party"}  # fmt: skip
_FREEDOMS = {"licence", "license", "right", "freedom", "access", "internet", "service", "accreditation",
             "citizenship", "broadcast", "broadcasting", "registration", "passport", "liberty"}  # fmt: skip
_LEGAL_CASES = {"case", "proceedings", "prosecution", "charges", "suit", "dossier"}
_MISSIONS = {"embassy", "consulate", "mission", "legation"}
_STEP_UP = {"step", "beef", "tighten", "heighten", "increase", "boost", "bolster", "intensify", "ramp"}
_SECURITY = {"security", "patrol", "patrols", "presence", "vigilance", "alert", "checkpoint", "checkpoints"}
_GUESTS = {"counterpart", "delegation", "visitor", "guest", "premier", "chancellor", "king", "emir", "pope"}
_OBJECT_READ_VERBS = frozenset(
    {"share", "exchange", "pool", "swap", "train", "find", "evacuate", "airlift", "hold", "use", "keep", "order",
     "tell", "ask", "give", "speak"}
    | {"recall", "pull", "welcome", "receive", "greet", "instruct", "direct", "vote", "refuse", "reject", "open",
       "launch", "start", "file", "bring", "force", "compel", "coerce", "veto", "stall", "obstruct", "reopen",
       "restore"}
    | _RETRACT_VERBS | _OBSTRUCT_VERBS | _STEP_UP
    | _MOVE_VERBS | _PLEDGE_VERBS | _COMMIT_VERBS | _BREACH_VERBS | _DECLARE_VERBS | _HALT_VERBS | _TIE_VERBS
    | _CARRY_VERBS | _CENSOR_VERBS | _TRADE_VERBS
)  # fmt: skip


def _drill(tok: Token) -> bool:
    """Military exercises held by one side are a show of force (MOBILIZE); joint ones, held
    with another party, are cooperation."""
    return (
        tok.lemma_.lower() in _DRILLS
        and not any(c.lower_ in _JOINT for c in [*tok.lefts, *children(tok), *children(tok.head)])
        and not _joint(tok)
    )


def _joint(tok: Token) -> bool:
    """ "joint coast guard drills": "joint" anywhere before the noun in its phrase."""
    return any(t.lower_ == "joint" for t in tok.subtree if t.i < tok.i)


# Phrasal verbs whose particle decides the PLOVER type (CAMEO2PLOVER-2021: yield 083 is
# CONCEDE, military withdrawal 0874 RETREAT, breaking relations 161 SANCTION).
_PHRASAL: dict[str, tuple[set[str], str]] = {
    "call": ({"up"}, "MOBILIZE"),
    "hand": ({"over"}, "COOPERATE"),
    "give": ({"in"}, "CONCEDE"),
    "back": ({"down"}, "CONCEDE"),
    "pull": ({"back", "out"}, "RETREAT"),
    "break": ({"off"}, "SANCTION"),
    "turn": ({"down"}, "REJECT"),
    "vote": ({"down"}, "REJECT"),
    "rule": ({"out"}, "REJECT"),
    "walk": ({"out", "off"}, "PROTEST"),
    "storm": ({"out"}, "PROTEST"),  # "stormed out of the meeting": a walkout, no assault
    "step": ({"down", "aside"}, "RETREAT"),  # "stepped down": resigning (CAMEO 0832 -> RETREAT, as "resign")
    "round": ({"up"}, "COERCE"),  # "rounded up hundreds of migrants": mass arrest (CAMEO 173)
    "lash": ({"out"}, "ACCUSE"),  # "lashed out at the West": criticism (CAMEO 111)
    "hit": ({"out"}, "ACCUSE"),  # "hit out at the government"
}


# CAMEO2PLOVER-2021: easing a blockade (0872) or sanctions (085) is RETREAT, easing a ban on
# parties or freedoms CONCEDE (081x); allowing aid deliveries or receiving inspectors, observers
# or peacekeepers is RETREAT "access" (086x). (The 2021 table also puts easing a curfew or state
# of emergency under RETREAT; PLOVER's gold records code it CONCEDE, which sitrep keeps.)
_EASE_VERBS = {"lift", "ease", "relax", "end", "remove", "loosen", "suspend"}
_EASE_RETREAT = {"blockade", "siege", "sanction", "embargo", "boycott", "closure"}
_ACCESS_VERBS = {"allow", "permit", "admit", "receive", "accept", "let"}
_ACCESS_OBJ = {"inspector", "observer", "peacekeeper", "monitor", "mission", "convoy", "aid", "delivery",
               "access", "team", "investigator", "expert"}  # fmt: skip


def _eased(tok: Token, lemma: str) -> tuple[str, str] | None:
    """The PLOVER type of easing or admitting, by what is eased or admitted."""
    kids = children(tok)
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in kids if c.dep_ in ("ccomp", "xcomp") for g in children(c) if g.dep_ == "nsubj"]
    heads = {o.lemma_.lower() for o in objs} | {
        c.lemma_.lower() for o in objs for c in children(o) if c.dep_ == "compound"
    }
    if lemma in _EASE_VERBS and heads & _EASE_RETREAT:
        return "RETREAT", "ease"
    if lemma in _ACCESS_VERBS and heads & _ACCESS_OBJ:
        return "RETREAT", "access"
    return None


def _anchor(sent: Span, coding: Coding, triggers: list[tuple[Token, str, str | None]]) -> Token:
    """The word an ACLED-coded event hangs on: the highest same-family trigger (any trigger for
    a strategic development), else the cue."""
    strategic = coding.event_type == "Strategic developments"
    # "launched 34 drones ..., adding that air defences had shot down 28 of them": the defence
    # that stopped part of a strike is not the strike, whose actor is the one who launched it
    stopped = (
        set(coding.cues.get("A_DISRUPT", ())) if coding.sub_event_type != "Disrupted weapons use" else set()
    )
    family = [t for t, typ, _ in triggers if (strategic or typ in ACLED_FAMILY) and t.i not in stopped]
    cue = sent.doc[coding.trigger] if coding.trigger is not None else None
    if family:
        best = min(
            family, key=lambda t: (modality(t) != ASSERTED, depth(t), abs(t.i - (coding.trigger or t.i)))
        )
        if strategic or modality(best) == ASSERTED or cue is None or not told_elsewhere(best):
            return best
        if _cue_modality(cue) != ASSERTED or not any(
            coding.trigger in v for n, v in coding.cues.items() if n[:2] == "A_"
        ):
            return best
        # "Explosions were heard ..., a video showing the strikes": the best trigger is only a
        # mention; the violent act told is the cue's own act word
    if cue is None:
        return sent.root
    if cue.dep_ in ("compound", "amod") and is_weapon(cue.head):
        cue = cue.head  # "34 Shahed drones": a name modifying a weapon; the drones' users are the actors
    return cue


_NAMED = {"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"}


def _is_dyadic(tok: Token, sent: Span, named: list[tuple[int, int]]) -> bool:
    """PLOVER codes interactions between political actors: at least one must be identifiable.
    A trigger noun that modifies the object of a light verb ("launched a mediation effort") is
    read at that verb. `named`: the character spans of the document's named entities (built
    once per document: `Span.ents` rebuilds the document's entity list on every call)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        tok = tok.head
    actors = find_actors(tok, interaction=True)
    if any(a.side or a.sector for a in actors):
        return True
    if tok.pos_ == "NOUN" and _needs_doing(tok):
        # "the EU said that sanctions needed to be tightened": the demand is the speaker's
        speech = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH), None)
        tok = speech if speech is not None else tok
    if actors:  # named actors: an entity of the sentence overlaps one
        lo, hi = sent.start_char, sent.end_char
        ents = [(s, e) for s, e in named if lo <= s and e <= hi]
        if any(s < a.end and a.start < e for a in actors for s, e in ents):
            return True
    for t in near_subtree(tok) if tok.pos_ == "VERB" else children(tok):
        if t.ent_type_ in _NAMED and t.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
            "poss",
            "amod",
            "compound",
            "agent",
        ):
            return True
    return _political_subject(tok)


_PRONOUNS = {"they", "he", "she", "it", "we"}


def _political_subject(tok: Token) -> bool:
    """The trigger's subject is a political party to it; a pronoun subject or none at all is
    read at the verbs above ("Both sides said they were ready to settle", "is willing to"), at
    most four steps up (there the subject's side or sector counts too, as for the trigger's own)."""
    start = tok.i
    for _ in range(4):
        subjects = [c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")]
        if any(
            (
                c.ent_type_ in _NAMED
                or (c.lemma_.lower() in _POLITICAL_BODIES and _definite(c))
                or c.lemma_.lower() in _OFFICES
                or (
                    tok.i != start
                    and side_and_sector([w for t in c.subtree for w in (t.lower_, t.lemma_.lower())])
                    != (None, None)
                )
            )
            and c.ent_type_ not in ("DATE", "TIME", "CARDINAL")
            for c in subjects
        ):
            return True
        # a trigger noun is read at the verb that takes it ("the opposition renewed its call for")
        up = _UP | {"dobj"} if tok.i == start and tok.pos_ == "NOUN" else _UP
        if any(c.lower_ not in _PRONOUNS for c in subjects) or tok.dep_ not in up or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_UP = {"xcomp", "ccomp", "acomp"}


# Collective political actors PLOVER codes as parties though they name no country or sector
# ("the junta released 200 prisoners", "the council backed the plan", "the two neighbours
# reached an accord"): as the subject of a trigger they make it an interaction.
_POLITICAL_BODIES = {"junta", "regime", "opposition", "party", "council", "bloc", "parliament", "cabinet",
                     "ministry", "court", "coalition", "alliance", "commission", "neighbour", "neighbor",
                     "nation", "state", "country", "side", "faction", "union", "assembly", "senate",
                     "congress", "administration", "militia", "movement", "delegation", "mediator",
                     "tribunal", "agency", "service", "authority", "group"}  # fmt: skip
# Office holders who act for a state or body by office, named or not ("prosecutors opened an
# inquiry", "negotiators met"): as subject they make a trigger an interaction.
_OFFICES = {"prosecutor", "investigator", "inspector", "negotiator", "mediator", "lawmaker", "legislator",
            "judge", "diplomat", "envoy", "minister", "official", "ambassador", "president", "premier",
            "leader", "king", "queen", "emir", "sultan", "monarch", "pope", "chancellor", "prince", "sheikh",
            "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "general", "commander"}  # fmt: skip


def _definite(tok: Token) -> bool:
    """ "the junta", "the two neighbours", "Mali's junta": a body the text names, not "a country
    that rejects international law"."""
    return (
        any(
            (c.dep_ == "det" and c.lower_ in ("the", "both"))
            or c.dep_ in ("poss", "nummod", "compound", "amod")
            for c in children(tok)
        )
        and tok.dep_ != "relcl"
    )


def _actors(anchor: Token, triggers: list[tuple[Token, str, str | None]], acled: bool) -> list[ActorInfo]:
    """The anchor's actors; for an ACLED-coded event also the targets of the sentence's other
    violent verbs ("shelled Kherson, killing 3 civilians")."""
    out = find_actors(anchor, interaction=not acled)
    if not acled and anchor.pos_ == "VERB" and stated_demand(anchor):
        # "Straw said the government must release them": the speaker asks, the subject is asked
        speaker = find_actors(anchor.head, interaction=True)
        asked = [
            ActorInfo(a.text, a.start, a.end, "target", a.side, a.sector) for a in out if a.role == "actor"
        ]
        return [a for a in speaker if a.role == "actor"] + asked
    if not acled:
        return out
    have = {a.text for a in out}
    for tok, typ, _ in triggers:
        if tok.i == anchor.i or typ not in ACLED_FAMILY:
            continue
        for a in find_actors(tok):
            if a.role == "target" and a.text not in have:
                have.add(a.text)
                out.append(a)
    return out


def _clause(tok: Token) -> tuple[int, int]:
    """Character span of the clause the trigger heads (or sits in)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    # the parse is projective: a subtree runs from its left edge to its right edge (no list built)
    sent = tok.sent
    lo, hi = tok.doc[max(head.left_edge.i, sent.start)], tok.doc[min(head.right_edge.i, sent.end - 1)]
    return lo.idx, hi.idx + len(hi)


class ClaimIndex:
    """The record's claims by the start of their content, built once per article, so that finding
    the claim an event sits in looks only at claims that can hold it (not every claim)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = sorted(claims, key=lambda c: c.content.start)
        self.starts = [c.content.start for c in self.claims]
        self.longest = max((c.content.end - c.content.start for c in claims), default=0)
        self.by_id = {c.id: c for c in claims}
        self.denials: dict[str, list[Claim]] = {}
        for c in claims:
            for other in c.contradicts:
                self.denials.setdefault(other, []).append(c)

    def around(self, at: int) -> list[Claim]:
        """The claims whose content could hold character `at`."""
        return self.claims[bisect_left(self.starts, at - self.longest) : bisect_right(self.starts, at)]


def claim_for(claims: list[Claim], start: int, end: int, index: ClaimIndex | None = None) -> str | None:
    """The innermost claim whose content span holds the evidence start."""
    best = None
    for c in claims if index is None else index.around(start):
        if c.content.start <= start < c.content.end and end <= c.content.end + 1:
            if best is None or (c.content.end - c.content.start) < (best.content.end - best.content.start):
                best = c
    return best.id if best else None


# A denial of who did it or why, not of what happened: "denied any involvement in the attack",
# "denied that it was behind the strike", "denied responsibility", "rejected Russia's explanation".
_LINK_DENIAL = re.compile(
    r"\b(?:involve(?:d|ment)?|responsib(?:le|ility)|behind|role|part in|link(?:s|ed)?\s+to|"
    r"carr(?:y|ied|ying) out|to do with|complicity|culpab|explanation|justification|rationale|pretext)",
    re.I,
)


# Words of a denial that the event happened at all ("staged", "never happened", "a provocation").
_NOT_HAPPENED = re.compile(
    r"\b(?:stag(?:ed|ing)|fake[ds]?|fabricat\w*|hoax|provocation|never\s+(?:happened|took\s+place)|"
    r"did\s*n[o'’]t\s+(?:happen|take\s+place)|no\s+(?:such\s+)?(?:strike|attack)|invent\w*|lie[sd]?|false)\b",
    re.I,
)


def claimed_modality(
    claim: Claim,
    at: int,
    denials: list[Claim] | None = None,
    text: str = "",
    sent_ends: list[int] | None = None,
) -> str:
    """An event told inside a claim, at character `at`: negated when the speaker denies it ("denied
    that Russian forces had captured X", "reports that our troops withdrew do not correspond to
    reality"), not asserted when another side denied the claim (it is disputed), else asserted.
    A claim denied only as to who did it ("Kyiv denied any involvement in the attack") is not
    disputed as to what happened: its event stays asserted (`denials`: the claims that contradict
    it; `text` and `sent_ends`, the article and where its sentences end, to read the rest of a
    denial's sentence: "denied any involvement, calling the reports staged" denies the event too)."""
    if claim.cue in DENY_CUES:
        link = _link_only(claim.content.text, _rest_of_sentence(claim, text, sent_ends))
        # "denied any involvement in the strike on the prison": the strike is not what is denied
        return ASSERTED if link is not None and claim.content.start + link.end() <= at else NEGATED
    denial = DENIAL.search(claim.content.text)
    if denial is not None and at < claim.content.start + denial.start():
        return NEGATED
    if claim.status != "denied":
        return ASSERTED
    if denials and all(_link_only(c.content.text, _rest_of_sentence(c, text, sent_ends)) for c in denials):
        return ASSERTED
    return HYPOTHETICAL


def _rest_of_sentence(claim: Claim, text: str, sent_ends: list[int] | None) -> str:
    """The words after a claim's content up to the end of its sentence."""
    if not text or not sent_ends:
        return ""
    i = bisect_left(sent_ends, claim.content.end)
    return text[claim.content.end : sent_ends[i] if i < len(sent_ends) else len(text)]


def _link_only(denial: str, rest: str = "") -> re.Match | None:
    """The denial's words on who did it, when it denies nothing else: the link word comes first
    ("any involvement in", "responsibility for", "that it was behind") and nothing in the denial
    or the rest of its sentence says the event itself did not happen or was staged."""
    link = _LINK_DENIAL.search(denial)
    if link is None or link.start() > 40 or _NOT_HAPPENED.search(denial) or _NOT_HAPPENED.search(rest):
        return None
    return link


def in_parentheses_after_name(text: str, start: int, lo: int = 0) -> bool:
    """A place named in parentheses right after another name, as ACLED notes give the admin-2 and
    admin-1 units: "Vuhledar (Volnovaskyi, Donetsk)", "Kharkiv city (Kharkiv, Kharkiv)". Such a
    place is context for the name before it, not where the event happened."""
    opened = text.rfind("(", lo, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    before = text[lo:opened].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "'’.")


_ANNOTATED = re.compile(r"(?:\s+(?:city|town|village|settlement|community|district|area))?\s*\(\s*[A-Z]")


def annotated(text: str, end: int) -> bool:
    """The place is followed by its admin units in parentheses, as ACLED notes name the
    location they code: "Kherson city (Khersonskyi, Kherson)", "Vuhledar (Donetsk)"."""
    return _ANNOTATED.match(text, end) is not None


_CODED_TO = re.compile(r"\bcoded\s+to\s+(?:the\s+)?$", re.I)


def coded_to(text: str, start: int) -> bool:
    """ACLED names the location it coded: "shelled the Bakhmutskyi district (coded to Soledar,
    Donetsk)". The place after "coded to" is the event's place, before any district it stands for."""
    return _CODED_TO.search(text, max(0, start - 24), start) is not None


def _admin_stem(name: str | None) -> str:
    return (name or "").lower().replace("’", "").replace("'", "")[:3]


def comma_context(places: list[Place], i: int, text: str, ends: PlaceIndex | None = None) -> bool:
    """A region name right after a place and a comma is that place's admin context, as ACLED
    notes write "near Kurakhove, Donetsk" or "Synelnykove district, Dnipropetrovsk": the second
    name is the first's admin-1 (even when the gazetteer reads it as the city of that name)."""
    p = places[i]
    if p.feature not in ("admin1", "city") or not p.admin1_name:
        return False
    if _admin_stem(text[p.start : p.end]) != _admin_stem(p.admin1_name):
        return False  # "Makiivka, Horlivka": a list of towns, not a town and its region
    near = places if ends is None else [places[j] for j in ends.ending_before(p.start, 40)]
    for q in near:
        # Only a place ending just before can be followed by ", <region>": testing the others would
        # slice and scan the text between every pair of places, the square of a long article's length.
        if 0 <= p.start - q.end <= 40 and re.fullmatch(
            r"(?:\s+(?:district|raion|community|hromada|region|area))?\s*,\s*", text[q.end : p.start], re.I
        ):
            return q.admin1_name is None or q.admin1_name == p.admin1_name
    return False


class PlaceIndex:
    """The record's places and times by position, built once per article: each sentence (and
    each ", <region>" test) looks only at its own instead of scanning every place of the article."""

    def __init__(self, places: list[Place], times: list[Time] | None = None) -> None:
        self.by_start = sorted(range(len(places)), key=lambda i: (places[i].start, i))
        self.starts = [places[i].start for i in self.by_start]
        self.by_end = sorted(range(len(places)), key=lambda i: (places[i].end, i))
        self.ends = [places[i].end for i in self.by_end]
        times = times or []
        self.times_by_start = sorted(range(len(times)), key=lambda i: (times[i].start, i))
        self.time_starts = [times[i].start for i in self.times_by_start]

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Indices (in record order) of the places that start in [lo, hi)."""
        a, b = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return sorted(self.by_start[a:b])

    def ending_before(self, at: int, within: int) -> list[int]:
        """Indices (in record order) of the places that end in [at - within, at]."""
        a, b = bisect_left(self.ends, at - within), bisect_right(self.ends, at)
        return sorted(self.by_end[a:b])

    def times_in(self, lo: int, hi: int) -> list[int]:
        a, b = bisect_left(self.time_starts, lo), bisect_left(self.time_starts, hi)
        return sorted(self.times_by_start[a:b])


def _origin(doc: Doc, start: int) -> bool:
    """The place is where the fire came from ("from the Kinburn Spit", "from Russian territory"),
    not where it landed: the object of "from" (through compounds and modifiers)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(4):
        if tok.dep_ == "pobj":  # "from X", "from across X"
            prep = tok.head
            return prep.lower_ == "from" or (prep.dep_ in ("prep", "pcomp") and prep.head.lower_ == "from")
        if tok.dep_ not in ("compound", "amod", "nmod", "appos", "det") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_HANDOVER = {"give", "hand", "cede", "surrender", "lose", "return", "send", "deliver", "supply", "provide",
             "transfer", "sell", "yield"}  # fmt: skip


def _recipient(doc: Doc, start: int) -> bool:
    """The place is who received something ("the villages it gave up to Kyiv"): a government,
    not where the event happened. The object of "to" after a verb of handing over."""
    tok = _place_head(doc, start)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _HANDOVER


def _agent(doc: Doc, start: int) -> bool:
    """ "supplied by the United States", "mediation by the United Arab Emirates": who acted, not where."""
    tok = _place_head(doc, start)
    return (
        tok is not None
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "by"
        and tok.head.dep_ in ("agent", "prep")
    )


_SPEAKING = SPEECH | REPORTING | {"claim"}


def _speaker(doc: Doc, place: Place, tok: Token) -> bool:
    """ "Russia claimed that its soldiers had smashed ...", "Russia's defence ministry said it had
    destroyed ...": a country telling of its own forces' act speaks (its government); it is not
    the act's scene. A country telling of what others did to it ("Ukraine said Russian forces
    struck ...") names its own ground, and a city's or region's officials tell of theirs."""
    if place.feature != "country":
        return False
    head = _place_head(doc, place.start)
    if head is not None and head.dep_ == "poss":
        head = head.head
    if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in _SPEAKING:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(_own_forces(s) for s in children(verb) if s.dep_ in ("nsubj", "nsubjpass"))


def _own_forces(subject: Token) -> bool:
    """A subject told by the speaker as itself or its own: "it", "they", "its forces"."""
    return subject.lower_ in ("it", "they", "we") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in children(subject)
    )


def _place_head(doc: Doc, start: int) -> Token | None:
    """The token a place name at `start` hangs from the clause by (through compounds and modifiers)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    while tok.dep_ in ("compound", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _story_start(text: str, at: int) -> int:
    """Where the sentence at `at` starts telling: after a wire dateline opening it ("KHARKIV —",
    "ZAPORIZHZHIA, Ukraine (AP) —"), whose places are where the story was filed: context for an
    act that names no place, never the place its own clause names."""
    found = dateline_at(text, at)
    return found[2] if found is not None else at


def choose_place(
    places: list[Place], tok: Token, sent: Span, text: str | None = None, index: PlaceIndex | None = None
) -> tuple[int | None, str | None]:
    """Index of the place the clause attaches to ("clause"), else one in the sentence.

    The place ACLED says it coded ("(coded to Lozova, Kharkiv)") wins; then the most specific
    place (city before admin-2 before admin-1 before country), after these readings of the
    clause: a place in parentheses after a name, or a region after a place and a comma, is that
    name's admin context (ACLED's "X (Raion, Oblast)", "X, Oblast"), a place the fire came from
    ("from X") or a government handed something ("gave up to Kyiv") is not its scene, and a
    place given with its admin units is the one the note is coded to.
    """
    story = _story_start(text if text is not None else sent.doc.text, sent.start_char)
    candidates = range(len(places)) if index is None else index.starting_in(sent.start_char, sent.end_char)
    in_sent = [
        i
        for i in candidates
        if sent.start_char <= places[i].start < sent.end_char
        and not places[i].metonym
        and not _agent(sent.doc, places[i].start)
        and not _speaker(sent.doc, places[i], tok)
    ]
    filed = [i for i in in_sent if places[i].start < story]
    in_sent = [i for i in in_sent if places[i].start >= story]
    if not in_sent:
        # where the story was filed is context for an act that names no place of its own
        return (
            (min(filed, key=lambda i: _FEATURE_RANK.get(places[i].feature or "other", 1)), "context")
            if filed
            else (None, None)
        )
    c0, c1 = _clause(tok)
    doc = sent.doc
    text = text if text is not None else doc.text

    def key(i: int) -> tuple[bool, bool, bool, bool, int, int]:
        p = places[i]
        coded = coded_to(text, p.start)
        return (
            not coded,
            (in_parentheses_after_name(text, p.start, sent.start_char) and not coded)
            or comma_context(places, i, text, index),
            _origin(doc, p.start) or _recipient(doc, p.start),
            not annotated(text, p.end),
            _FEATURE_RANK.get(p.feature or "other", 1),
            abs(p.start - tok.idx),
        )

    clause = [i for i in in_sent if c0 <= places[i].start < c1]
    if clause and not any(annotated(text, places[i].end) for i in clause):
        # a place the sentence gives with its admin units ("in Odesa (Odeskyi, Odesa) to call for
        # the return of children deported to Russia") is the one the note is coded to, whichever
        # clause the trigger is in
        noted = [i for i in in_sent if annotated(text, places[i].end) and not key(i)[1]]
        clause = noted or clause
    best = min(clause or in_sent, key=key)
    finer = [i for i in filed if places[i].feature != "country" and places[i].country == places[best].country]
    if finer and places[best].feature == "country":
        return finer[0], "context"  # "VINNYTSIA, Ukraine — missiles hit … in central Ukraine"
    if key(best)[1] and in_parentheses_after_name(text, places[best].start, sent.start_char):
        return best, "context"  # only the admin context was resolved, not the name it qualifies
    return best, ("clause" if clause else "sentence")


def _place_after(d: Detection, places: list[Place], text: str, doc: Doc) -> None:
    """The text's one event with no place of its own takes the first place told after it in
    its paragraph: the parser may split a sentence inside a name ("fired BM-21 | Grad missiles
    at Dmytrokolyne, Donetsk")."""
    end = text.find("\n\n", d.start)
    end = len(text) if end < 0 else end
    after = [
        i
        for i, p in enumerate(places)
        if d.end <= p.start < end  # only in a later sentence: the event's own were weighed already
        and not p.metonym
        and not (_agent(doc, p.start) or _origin(doc, p.start) or _recipient(doc, p.start))
        and not in_parentheses_after_name(text, p.start, d.start)
        and not comma_context(places, i, text)
    ]
    if after:
        d.place, d.place_precision = min(after, key=lambda i: places[i].start), "context"


def day_of(t: Time) -> str | None:
    """The day a DATE or TIME expression names: "Tuesday evening" (2023-02-14TEV) is 2023-02-14."""
    if t.type in ("DATE", "TIME") and t.value and _DAY.match(t.value[:10]) and t.value[10:11] in ("", "T"):
        return t.value[:10]
    return None


# Calendar spans an act can be placed in; a decade or century is background, not its date.
_SPANS = frozenset("week weekend month season quarter half year".split())
# "since February", "until March", "by the summer": a bound of the act, not its time.
_BOUND = re.compile(
    r"\b(?:since|until|till|by|before|after|from|through|throughout|beyond)\s+(?:the\s+)?$", re.I
)


def _spans_the_act(t: Time, sent: Span) -> bool:
    """A DATE naming a week, month, season or year the act fell in, not a bound of it."""
    return (
        t.type == "DATE"
        and precision_of(t.value) in _SPANS
        and not _BOUND.search(doc_text(sent.doc), max(sent.start_char, t.start - 20), t.start)
    )


# how far up the tree a date is followed to the act it dates (a since-phrase sits a few steps up)
_DATE_DEPTH = 8


def _dates_another(t: Time, tok: Token) -> bool:
    """A date inside a since-phrase that does not hold the act ("its tenth exchange since the start
    of the invasion in February", "the heaviest attack since the siege in March") is the start a
    span is measured from, not the act's time. "since Monday" itself (the date is what "since"
    governs) dates the start of an act going on, as `modality._since` reads it, and stays. A date in a
    relative clause on a name ("shelled Kherson, which Ukraine liberated in November 2022") is that
    place's or person's history, not the act's."""
    span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    above, head = {tok.i}, tok
    for _ in range(_DATE_DEPTH):
        head = head.head
        above.add(head.i)
    word, below = span.root, None
    for _ in range(_DATE_DEPTH):
        if word.i in above:
            return False
        if word.lower_ == "since" and below is not None and below.i != span.root.i:
            return True
        if word.dep_ == "relcl" and word.head.pos_ == "PROPN" and word.lemma_.lower() not in SPEECH:
            return True  # not "Olenivka, which Russia said was hit on 29 July": that tells of the act
        word, below = word.head, word
    return False


def recalled(date: str | None, precision: str | None, published: str | None) -> bool:
    """An act its sentence or paragraph dates before the month preceding the report's ("captured by
    Soviet troops in 1944", in a story of June "the last time the capital was hit was on 2 April")
    is background the story recalls: an ACLED coder codes it from the reporting of its own time,
    not from this story. The report's month and the one before are its present ("the attack on 8
    April killed 59" in a story of 10 May is told as news). A publication date is not read."""
    if precision not in ("own", "sentence", "paragraph") or not date or not published:
        return False
    end, pub = last_day(date), last_day(published[:10])
    if end is None or pub is None:
        return False
    month_before = pub.replace(day=1) - dt.timedelta(days=1)
    return end < month_before.replace(day=1)


_CALENDAR = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d))?$")


def last_day(value: str) -> dt.date | None:
    """The last day of a calendar value (a year, a month, an ISO week or a day); None for others
    (a season, a decade, a time of day): those are not compared."""
    m = _CALENDAR.match(value)
    if m is None:
        return None
    year, month, day, week = m.groups()
    try:
        if week:
            return dt.date.fromisocalendar(int(year), int(week), 7)
        if day:
            return dt.date(int(year), int(month), int(day))
        if month:
            return dt.date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
        return dt.date(int(year), 12, 31)
    except ValueError:
        return None


def choose_date(
    times: list[Time],
    tok: Token,
    sent: Span,
    previous: str | None,
    published: str | None,
    index: PlaceIndex | None = None,
) -> tuple[str | None, str | None]:
    """A day-level date in the sentence (nearest the trigger: "own" inside the trigger's clause,
    else "sentence"), else a coarser calendar value in the trigger's own clause ("in February"
    -> 2023-02, "two weeks ago" -> 2023-W05: the value at the granularity the text gives, not a
    day it does not), else the running date of the paragraph, else publication. The precision
    words are those of `sitrep.dates.date_for_span`'s source."""
    near = times if index is None else [times[i] for i in index.times_in(sent.start_char, sent.end_char)]
    in_sent = [t for t in near if sent.start_char <= t.start < sent.end_char]
    days = [t for t in in_sent if day_of(t)]
    c0, c1 = _clause(tok)
    days = [t for t in days if not _dates_another(t, tok)]
    if days:
        best = min(days, key=lambda t: abs(t.start - tok.idx))
        return day_of(best), ("own" if c0 <= best.start < c1 else "sentence")
    spans = [
        t for t in in_sent if c0 <= t.start < c1 and _spans_the_act(t, sent) and not _dates_another(t, tok)
    ]
    if spans:
        return min(spans, key=lambda t: abs(t.start - tok.idx)).value, "own"
    if previous:
        return previous, "paragraph"
    if published:
        return published, "publication"
    return None, None


def _recode(tok: Token, typ: str, mode: str | None, cod: Coding | None):
    """PLOVER's reading of statements about acts: a committed future act is its intent (AGREE
    for cooperation, THREATEN for force or conditions); refused cooperation is a REJECT."""
    m = modality(tok)
    if typ in COOPERATIVE and refused(tok):
        return tok, "REJECT", None, None
    if m == HYPOTHETICAL and stated_demand(tok):
        return tok, "REQUEST", None, None
    if m == HYPOTHETICAL and (typ in COOPERATIVE or typ in HOSTILE) and stated_intent(tok):
        if cod is not None and cod.event_type == "Strategic developments":
            own = trigger_reading(tok)  # "will provide 20 million euros in assistance": the verb's act
            typ = own[0] if own is not None and own[0] in COOPERATIVE | HOSTILE else typ
        # a cooperative act offered on a condition ("will ease sanctions if the vote is free") is
        # still a pledge (CAMEO 035x -> AGREE); one held back "unless" the other yields is a threat
        hostile = typ in HOSTILE or conditional(tok, ("unless",)) or _ultimatum(tok)
        if not (hostile and agentless_passive(tok)):  # "supply lines would be cut": no one threatens
            return tok, ("THREATEN" if hostile else "AGREE"), None, None
    if m == NEGATED and typ in COOPERATIVE and tok.pos_ == "VERB":
        return tok, "REJECT", None, None
    if (
        m == NEGATED
        and typ in COOPERATIVE
        and tok.dep_ == "dobj"
        and tok.head.pos_ == "VERB"
        and any(k.dep_ == "neg" for k in markers(tok.head))
        and any(k.dep_ == "aux" and k.lower_ in ("will", "would", "'ll", "wo") for k in markers(tok.head))
    ):
        return tok.head, "REJECT", None, None  # "said it would not extend the grain deal": a refusal
    if (
        cod is not None
        and cod.event_type == "Strategic developments"
        and "X_RESTRICT" in cod.cues
        and (cod.trigger is None or modality(tok.doc[cod.trigger]) == ASSERTED)
        and (trigger_reading(tok) or ("COERCE",))[0] in ("COERCE", "SANCTION", "MOBILIZE")
    ):
        # a curfew, state of emergency or martial law is PLOVER's COERCE whatever verb declares
        # it, unless the verb says otherwise ("demanded an end to the state of emergency")
        return tok, "COERCE", "martial-law", cod
    reading = _object_reading(tok, tok.lemma_.lower()) if cod is not None else None
    if reading is not None and cod.event_type == "Strategic developments":
        return tok, reading[0], reading[1], cod  # "moved air defence systems to the border": MOBILIZE
    if (
        cod is not None
        and cod.event_type == "Strategic developments"
        and (tok.lemma_.lower() in PLOVER_TRIGGERS or trigger_reading(tok) is not None)  # "voted down"
    ):
        # a strategic development is what its verb says it is ("banned" COERCE, "signed" SUPPORT),
        # read with its particle and complements as any trigger ("called on X to" REQUEST)
        lemma = tok.lemma_.lower()
        read = trigger_reading(tok)
        if read is not None and read[0] == "ASSAULT" and typ == "COERCE":
            # "settlers torched a mosque": property destroyed (CAMEO 1712), no attack
            return tok, typ, mode, cod
        if read is not None:
            return tok, read[0], read[1] or PLOVER_MODE_WORDS.get(lemma, (None, mode))[1], cod
        typ = "MOBILIZE" if _drill(tok) else "CONCEDE" if _accedes(tok) else PLOVER_TRIGGERS[lemma]
        return tok, typ, PLOVER_MODE_WORDS.get(lemma, (None, mode))[1], cod
    return tok, typ, mode, cod


def _modality(tok: Token, typ: str) -> str:
    """Modality of the event; a stated intent (recoded AGREE/THREATEN) or a refusal is itself asserted."""
    m = modality(tok)
    if m == HYPOTHETICAL and typ in ("AGREE", "THREATEN") and stated_intent(tok):
        return ASSERTED
    if typ == "REJECT" and (m == NEGATED or refused(tok)):
        return ASSERTED
    if typ == "REQUEST" and m == HYPOTHETICAL and stated_demand(tok):
        return ASSERTED
    return m


def _told_modality(
    tok: Token, typ: str, triggers: list[tuple[Token, str, str | None]], acled: bool, taken: set = frozenset()
) -> str:
    """The event's modality in the record (`_modality`, an act unreal only by ACLED's readings
    told by a doer PLOVER codes): one act is one event, whichever reading keeps it out of the
    export. Beside an asserted act of its type (in `taken`) its doer is not read: it is that
    act's twin, or a thing's act, which the record leaves out either way (run-on sentences)."""
    m = _modality(tok, typ)
    if m != HYPOTHETICAL or modality(tok, plover=True) != ASSERTED:
        return m
    if (typ, ASSERTED) in taken:
        return ASSERTED
    return ASSERTED if _agent_told(_actors(tok, triggers, acled), tok.doc) else m


def _cue_modality(cue: Token, plover: bool = False) -> str:
    """The modality of what an ACLED cue names: a noun modifying another ("hoped to agree on a
    swap line") is read at the noun it modifies, which the verb chain climbs from."""
    while cue.dep_ == "compound" and cue.head.i != cue.i:
        cue = cue.head
    return modality(cue, plover)


def _event_modality(tok: Token, typ: str, cod: Coding | None, doc: Doc) -> str:
    """The anchor's modality; an ACLED coding decided by an act that did not happen is not
    asserted either (the coder prefers acts that happened, so then none did)."""
    m = _modality(tok, typ)
    if m == ASSERTED and cod is not None and cod.trigger is not None and cod.trigger != tok.i:
        decided = _cue_modality(doc[cod.trigger])
        if decided != ASSERTED and not _act_told_beside(cod, doc):
            return decided
    return m


# What a meeting produced ("met in Geneva and agreed to set up a commission", "held talks and
# signed a pact") is the news the sentence reports; the meeting is its setting.
_OUTCOMES = {"AGREE", "SUPPORT", "REJECT", "COOPERATE"}


def _statement_apart(anchor: Token, cue: Token) -> bool:
    """The act that decided the ACLED coding did not happen as told, so the anchor's statement is
    an event of its own ("demanded a truce"). An act unreal only by ACLED's readings and told by
    the anchor itself ("more than 3 million have fled": a running total) is one act, of the
    anchor's own type: no second event at the same word."""
    if _cue_modality(cue) == ASSERTED:
        return False
    return anchor.i != cue.i or _cue_modality(cue, plover=True) != ASSERTED


_PERSONS = {"he", "she", "they", "we", "i"}


def _agent_told(actors: list[ActorInfo], doc: Doc) -> bool:
    """PLOVER's source is a political actor: an act kept by PLOVER's reading alone needs a doer
    with a side, a sector (read off the words' lemmas too: "Western governments"), a name or a
    personal pronoun, or none told ("were detained"). A thing as the doer ("the immune system
    attacks its nerves", "a proposal that allows refugees to drive", "goods supplied across
    Lithuania") tells what the thing is, not an act."""
    doers = [a for a in actors if a.role == "actor"]
    return not doers or any(
        a.side
        or a.sector
        or a.text.lower() in _PERSONS
        or names_political(doc, a)
        or _sector_of_lemmas(doc, a)
        for a in doers
    )


def _sector_of_lemmas(doc: Doc, actor: ActorInfo) -> bool:
    """The phrase names a sector once its nouns are read as lemmas ("governments", "states")."""
    words = doc.char_span(actor.start, actor.end, alignment_mode="expand") or ()
    return side_and_sector([t.lemma_.lower() for t in words]) != (None, None)


def _told_for_plover(tok: Token, cod: Coding | None, doc: Doc) -> bool:
    """The act is unreal for ACLED by ACLED's readings only (`modality.acled_only`: a background
    clause, a span): PLOVER's record keeps it told, with no ACLED type."""
    decided = [] if cod is None or cod.trigger is None else [doc[cod.trigger]]
    return modality(tok, plover=True) == ASSERTED and all(
        _cue_modality(c, plover=True) == ASSERTED for c in decided
    )


def _act_told_beside(cod: Coding, doc: Doc) -> bool:
    """A weapon's verb summed up a span ("have shelled Kharkiv almost daily since ...") and a
    clause joined to it tells an act that happened ("and on Monday a strike killed four")."""
    cue = doc[cod.trigger] if cod.trigger is not None and cod.rule.startswith("weapon:") else None
    told = cod.cues.get("T_TOLD_ACT", ()) if cue is not None else ()
    return any(
        doc[i].dep_ == "conj" and doc[i].head.i == cue.i and modality(doc[i]) == ASSERTED for i in told
    )


def _state_of_the_war(
    tok: Token,
    sent: Span,
    cod: Coding,
    places: list[Place],
    place: int | None,
    precision: str | None,
    dated: str | None,
    actors: list[ActorInfo],
) -> bool:
    """An act told in the present with neither a date nor a place of its own in its sentence
    ("Russia continues to advance in the east", "there are fierce battles along the front", "the
    enemy is increasing the pace of its offensive") tells how the war stands, not an act at a place
    and date (the ACLED codebook's event): PLOVER keeps it, ACLED codes none. A place that is the
    doer ("Moscow continues its crackdown") is no scene; one told in the sentence ("are shelling
    Kharkiv") or a day ("this morning") makes it that place's or day's event. The tense is that
    of the word the ACLED coding was read from, else of the event's trigger."""
    if dated == "own":
        return False  # a speech's day ("said on Monday that ...") is not the act's own
    if _headline(sent):
        return False  # "Russian missile kills 12 in apartment block": a headline's present is past
    if place is not None and precision in ("clause", "sentence"):
        where = places[place]
        doer = any(a.role == "actor" and a.start <= where.start < a.end for a in actors)
        if not doer:
            return False
    word = tok if cod.trigger is None else tok.doc[cod.trigger]
    if _named_target(word):
        return False  # "are storming the Azovstal steel plant": a named scene the gazetteer lacks
    present = None if cod.trigger is None else told_in_present(word)
    return told_in_present(tok) if present is None else present


# the war's opening, named by its start or its first days ("early in the war", "in the first weeks
# of the invasion"), and a siege or battle told whole ("during the siege of Mariupol")
WHOLE_WARS = frozenset("war invasion conflict".split())
OPENINGS = frozenset("start beginning outset".split())
FIRST_SPANS = frozenset("day week month hour stage".split())
FIRSTS = frozenset("first early opening initial".split())
# ("the battle for Chasiv Yar" is as often the fight going on as one told whole: not read)
WHOLE_FIGHTS = frozenset("siege occupation".split())


def _phase_of_war(tok: Token) -> bool:
    """A past act its clause sets in the war's opening ("Early in the war, troops seized the
    airport", "at the beginning of the war") or in a siege or battle told whole ("During the siege
    of Mariupol, Russian forces shelled the theatre") is history the story recalls, which a coder
    cannot date to a day: read only when the sentence gives the act no date of its own."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    kids = children(verb)
    if not (verb.tag_ == "VBD" or any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in kids)):
        return False
    for k in kids:
        if k.dep_ == "advmod" and k.lower_ == "early":
            preps = [p for p in children(k) if p.dep_ == "prep" and p.lower_ == "in"]
            if any(o.lemma_.lower() in WHOLE_WARS for p in preps for o in children(p)):
                return True
        if k.dep_ == "prep" and k.lower_ in ("in", "at", "during"):
            if any(_war_phase(o, k.lower_ == "during") for o in children(k) if o.dep_ == "pobj"):
                return True
    return False


def _war_phase(noun: Token, during: bool) -> bool:
    """ "the beginning of the war", "the first weeks of the invasion"; after "during", also "the
    siege of Mariupol" ("during the night" is a day's phase)."""
    lemma = noun.lemma_.lower()
    if during and lemma in WHOLE_FIGHTS:
        return any(k.dep_ == "det" and k.lower_ == "the" for k in children(noun))
    kids = children(noun)
    if not (lemma in OPENINGS or (lemma in FIRST_SPANS and any(k.lower_ in FIRSTS for k in kids))):
        return False
    return any(
        o.lemma_.lower() in WHOLE_WARS
        for p in kids
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children(p)
    )


def _headline(sent: Span) -> bool:
    """A clause that ends in no stop ("Russia strikes Odesa port", "Ukrainian forces shoot down
    Russian jet") is a headline, told in the historic present of headlines: its present is a past
    act, not how the war stands. A clause: a doer and what or where it hit; a bare label
    ("Missile strikes") is a section's title, not a headline."""
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.doc[last.i - 1]
    if not (last.is_alpha or last.like_num):
        return False
    deps = {k.dep_ for k in children(sent.root)}
    return "nsubj" in deps and bool(deps & {"dobj", "prep", "prt"})


def _named_target(word: Token) -> bool:
    """What the act hits bears a name of a place, building or body ("storm the Azovstal plant"):
    it is told at a named scene, a place told even when the gazetteer does not know it. The name
    of a preposition's object is not read: it is as often a date, a speech's place or a
    destination ("in April", "in the DPR", "to the UK")."""
    level = [k for k in children(word) if k.dep_ == "dobj"]
    names = list(level)
    for _ in range(2):  # "the Azovstal steel plant": a name two modifiers down
        level = [c for s in level for c in children(s) if c.dep_ in ("compound", "amod")]
        names += level
    return any(w.ent_type_ in SCENE_NAMES or (w.pos_ == "PROPN" and not w.ent_type_) for w in names)


# names of a scene: places, buildings, and the bodies that hold them ("the Azovstal plant")
SCENE_NAMES = ("GPE", "LOC", "FAC", "ORG")


# An act word told as going on without pause: "constant fire", "round-the-clock shelling", "persistent
# drone attacks" (one word may stand between, "relentless Russian bombardment").
_CONSTANT = re.compile(
    r"\b(?:constant|near-constant|continuous|continual|incessant|relentless|ceaseless|unceasing|nonstop|non-stop"
    r"|round-the-clock|around-the-clock|persistent|daily|nightly|near-daily|frequent)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _told_as_constant(word: Token) -> bool:
    """The act word is told as going on without pause ("under constant fire", "amid round-the-clock
    shelling"): it sums many acts over a span, while the ACLED codebook codes each event on its
    day at its place. Read from the few words before it (the parse splits "round-the-clock")."""
    text = doc_text(word.doc)
    return _CONSTANT.search(text[max(0, word.idx - 40) : word.idx]) is not None


def _told_as_habit(tok: Token, cod: Coding, doc: Doc) -> bool:
    """The coded act is told as a habit ("police usually break up such rallies"), or weapons are
    told of as a kind ("artillery shells are cheaper than missiles"): PLOVER's event stands,
    ACLED codes no event from it."""
    if habitual(tok) or (cod.trigger is not None and habitual(doc[cod.trigger])):
        return True
    told = cod.cues.get("T_TOLD_ACT", ()) if cod.rule.startswith("weapon:") else ()
    return bool(told) and all(habitual(doc[i]) for i in told)


def _purpose(tok: Token) -> bool:
    """A subjectless to-infinitive clause: what the verb above it is done for."""
    return (
        tok.dep_ == "advcl"
        and tok.pos_ == "VERB"
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in markers(tok))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok))
    )


def _under(t: Token, head: Token, clause: Token) -> bool:
    """`t` hangs from `head` (at most three steps) without passing through `clause`."""
    for _ in range(3):
        if t.i == clause.i or t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _rank(d: Detection, detections: list[Detection], doc: Doc) -> int:
    """Depth of the event's trigger in the parse; a meeting whose coordinated verb tells what it
    produced ranks below that verb."""
    tok = doc[d.trigger]
    if _purpose(tok) and any(
        e is not d and (doc[e.trigger].i == tok.head.i or _under(doc[e.trigger], tok.head, tok))
        for e in detections
    ):
        # "went on strike to demand payment", "blocked roads to press their demands": the act
        # is the event, what it is for is its aim
        return depth(tok) + 2
    held = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS else tok  # "held talks"
    if d.type == "CONSULT" and any(
        e.type in _OUTCOMES
        and e.happened
        and doc[e.trigger].dep_ == "conj"
        and doc[e.trigger].head.i in (tok.i, held.i)
        for e in detections
    ):
        return depth(tok) + 2
    return depth(tok)


def primary(detections: list[Detection], doc: Doc, prefer_acled: bool = True) -> Detection | None:
    """The event a one-event text (a note, a coded sentence) is about: in the first sentence
    that has one, the highest in the parse (ACLED-coded events first, unless not preferred), an
    event told as what came before another ("put on alert after jets violated its airspace")
    after those of the main clause."""
    if not detections:
        return None
    coded = [d for d in detections if d.acled_sub_event_type] if prefer_acled else []
    coded = coded or detections
    return min(
        coded,
        key=lambda d: (
            doc[d.trigger].sent.start,
            set_before(doc[d.trigger]),
            _rank(d, coded, doc),
            d.trigger,
        ),
    )


_ALL = {"all", "every", "each", "none"}


def _all_stopped(sent: Span) -> bool:
    """The sentence says every weapon was stopped: "All of them were shot down", "air defence
    intercepted all 12 drones"."""
    return any(t.lower_ in _ALL and t.dep_ in ("nsubj", "nsubjpass", "det", "predet", "dobj") for t in sent)


def sentence_choice(detections: list[Detection], doc: Doc) -> Detection | None:
    """The event one sentence is mainly about: among those that happened (else all), the
    highest in the parse."""
    pool = [d for d in detections if d.happened] or detections
    return (
        min(pool, key=lambda d: (set_before(doc[d.trigger]), _rank(d, pool, doc), d.trigger))
        if pool
        else None
    )


# The classifier overrides the rules only when it is at least this sure (it was trained on 166
# sentences; below this it mostly guesses, e.g. on news sentences unlike PLOVER's records). A
# trained model carries its own threshold, chosen with its strength by cross-validation of the
# whole system on its training records (train_plover); this is the default for one without.
MODEL_CONFIDENCE = 0.5


def _retype(sent: Span, detections: list[Detection], model) -> None:
    """Let the PLOVER classifier name the type of the sentence's main event (the rules'
    candidates are its evidence) when it is sure; the mode is dropped when the type changes."""
    chosen = sentence_choice(detections, sent.doc)
    if chosen is None:
        return
    typ, p = model.predict(features(sent, detections, chosen))
    if typ != chosen.type and p >= getattr(model, "confidence", MODEL_CONFIDENCE):
        chosen.rule = f"{chosen.rule}+model:{chosen.type}->{typ}@{p:.2f}"
        chosen.type, chosen.mode = typ, None


_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_TOLL_RULES = {"attack", "attack:generic"}  # a killing whose only cue is the casualty words


def _toll_only(coding: Coding, found: list[Detection], index: PlaceIndex, sent: Span) -> bool:
    """ "A missile struck a mall on Monday. At least 18 people died.": a count of dead or wounded
    with no attacker, weapon, act word, place or day of its own, right after a violent act of
    the paragraph, is that act's toll. ACLED codes one event with its fatalities, not a second
    attack by no one."""
    return (
        coding.rule in _TOLL_RULES
        and "A_ATTACK" not in coding.cues
        and not any(d.acled_sub_event_type and any(a.role == "actor" for a in d.actors) for d in found)
        and not index.starting_in(sent.start_char, sent.end_char)
        and not index.times_in(sent.start_char, sent.end_char)
    )


def _fold_toll(attack: Detection, found: list[Detection]) -> None:
    """The toll's counts go to the act it follows (the export takes the largest "killed" figure,
    so a total repeated does not add up twice); the toll sentence itself is no ACLED row."""
    for d in found:
        if d.acled_sub_event_type:
            attack.quantities = attack.quantities + d.quantities
            d.acled_event_type = d.acled_sub_event_type = None
            d.rule += "+toll-of-previous"


def _one_per_place(
    found: list[Detection], places: list[Place], doc: Doc, index: PlaceIndex, text: str
) -> list[Detection]:
    """ACLED codes one event per place and day: an act told of places joined as its objects
    ("shelled Kharkiv and Sumy", "hit Kyiv, Dnipro and Odesa") is a row at each. The copies carry
    no counts: the sentence does not tell how its toll splits, so it stays with the first place."""
    out = []
    for d in found:
        out.append(d)
        if d.acled_sub_event_type and d.happened and d.place is not None and d.place_precision == "clause":
            for j in _joined_places(d.place, d.trigger, places, doc, index, text):
                twin = replace(
                    d, place=j, quantities=[], actors=list(d.actors), rule=d.rule + "+one-per-place"
                )
                foreign_capture(twin, places)
                out.append(twin)
    return out


def _joined_places(
    i: int, trigger: int, places: list[Place], doc: Doc, index: PlaceIndex, text: str
) -> list[int]:
    """The places coordinated with place `i` where it is the scene of the act at `trigger`
    ("shelled Kharkiv and Sumy", "strikes in Kyiv and Lviv"), one per conjunct; not a region named
    as its context ("Kramatorsk, Donetsk region"), nor parties ("talks between Kyiv and Moscow")."""
    head = _place_head(doc, places[i].start)
    if head is None or _scene_of(head) != trigger:
        return []
    joined, todo = [], [head]
    while todo:
        for k in children(todo.pop()):
            if k.dep_ != "conj":
                continue
            todo.append(k)
            named = [
                j
                for j in index.starting_in(k.left_edge.idx, k.idx + len(k.text))
                if j != i and not places[j].metonym and not comma_context(places, j, text, index)
            ]
            joined += named[-1:]
    return joined


def _scene_of(place: Token) -> int | None:
    """The index of the word a place is the scene of: the verb it is the object of ("shelled
    Kharkiv"), or the word its locative preposition hangs on ("strikes in Kyiv"), or the verb
    whose object that word is ("struck energy facilities in Kyiv"), else None."""
    if place.dep_ == "dobj":
        return place.head.i
    if place.dep_ == "pobj" and place.head.lower_ in PLACE_PREPS:
        on = place.head.head
        return on.head.i if on.dep_ == "dobj" else on.i
    return None


_FIGHTING = {"Battles", "Explosions/Remote violence"}


def _at_war(sents: list[Span], codings: list[Coding]) -> set[tuple[str, str]]:
    """The pairs of states an article tells fighting each other: two sides named in one sentence
    of battle or remote violence ("Russian forces shelled Ukrainian positions")."""
    return {
        pair
        for s, c in zip(sents, codings, strict=True)
        if c.event_type in _FIGHTING
        for pair in combinations(sorted(_sides(s)), 2)
    }


def _sides(tokens) -> set[str]:
    """The states the words name, one word at a time (a country, its people or capital: "Kyiv",
    "Russian"; not the UN, the EU or Nato)."""
    found = (
        side_and_sector([t.lower_]) for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")
    )
    return {s for s, _ in found if s is not None and len(s) == 2}


def _deal_parties(trigger: Token) -> list[Token]:
    """Who a deal is told between: the subjects of its verb ("Kyiv and Moscow signed a deal"),
    the agent of a passive ("signed by Moscow and Kyiv"), a "between" on the deal or its verb;
    not every state the sentence names ("agreed to support Ukraine's economy against Russia")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    heads = [k for k in children(verb) if k.dep_ in ("nsubj", "agent")]
    heads += [k for t in {trigger, verb} for k in children(t) if k.dep_ == "prep" and k.lower_ == "between"]
    return [t for h in heads for t in h.subtree]


def _only_missing(coding: Coding) -> bool:
    """A sentence that only says people are missing or unaccounted for, naming no act."""
    cues = coding.cues
    return (
        "A_DISAPPEAR" in cues
        and coding.sub_event_type in (None, "Abduction/forced disappearance")
        and set(cues.get("A_ABDUCT", ())) <= set(cues["A_DISAPPEAR"])
        and "A_ARREST" not in cues
    )


def detect(doc: Doc, record: Record, model: PloverModel | None | bool = True) -> list[Detection]:
    """All events of one article, in text order. `model`: the PLOVER classifier (True: the
    shipped one; None or False: the rules alone)."""
    if model is True:
        model = load_model()
    out: list[Detection] = []
    places, times, claims = record.places, record.times, record.claims
    published, text = record.article.published, record.article.text or doc.text
    last_place: int | None = None
    running_date: str | None = None
    strike: tuple[Detection, Coding] | None = None  # the paragraph's last strike by drone or missile
    arrest: Detection | None = None  # the previous sentence's arrest
    attack: Detection | None = None  # the paragraph's last violent act, whose toll may follow it
    named = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAMED]
    index = PlaceIndex(places, times)
    claim_index = ClaimIndex(claims)
    sents = list(doc.sents)
    codings = [code_span(sent) for sent in sents]
    # read only for an article with a deal: most have none, and this reads every fighting sentence
    at_war = _at_war(sents, codings) | STATES_AT_WAR if any(map(is_deal, codings)) else STATES_AT_WAR
    for sent, coding in zip(sents, codings, strict=True):
        first = len(out)
        plover_only = is_deal(coding) and at_war.isdisjoint(
            combinations(sorted(_sides(_deal_parties(sent.doc[coding.trigger]))), 2)
        )
        if is_deal(coding):
            coding = as_agreement(coding)  # PLOVER reads a deal as it reads an Agreement
        triggers = _triggers(sent)
        found: list[tuple[Token, str, str | None, Coding | None]] = []
        if coding.sub_event_type is not None:
            anchor = _anchor(sent, coding, triggers)
            plover = coding.plover or "ASSAULT"
            if coding.sub_event_type == "Protest with intervention" and (
                (trigger_reading(anchor) or ("",))[0] == "COERCE"
            ):
                plover = "COERCE"  # "police detained dozens of protesters": the state's act (CAMEO 173)
            mode = coding.mode
            if (
                coding.trigger is None
                and anchor.i == sent.root.i
                and coding.event_type != "Strategic developments"
            ):
                # no cue word decided the coding ("Angered by the killing of its soldiers, Ankara
                # demanded ..."): the sentence's main verb names its own PLOVER event
                own = trigger_reading(anchor)
                if own is not None and own[0] not in ACLED_FAMILY:
                    plover, mode = own
            if (
                coding.trigger is not None
                and anchor.i != coding.trigger
                and set_before(sent.doc[coding.trigger])
                and not set_before(anchor)
            ):
                # "imposed a curfew after the riots": the act that decided the ACLED coding is told
                # as what came before; the PLOVER event is the main clause's own
                own = trigger_reading(anchor)
                if own is not None and own[0] != plover:
                    plover, mode = own
            found.append((anchor, plover, mode, coding))
        if found:
            coded, recoded = found[0], _recode(*found[0])
            if coded[3] is not None and recoded[3] is None and modality(coded[0]) != ASSERTED:
                # "Russia intends to recover the communities": the statement (THREATEN) happened,
                # the recapture it announces did not; both are kept, each with its modality
                found.append((recoded[0], recoded[1], recoded[2], None))
            elif (
                coded[3] is not None
                and recoded[1] != coded[1]
                and coded[3].trigger is not None
                and _statement_apart(coded[0], sent.doc[coded[3].trigger])
            ):
                # "demanded a truce": the demand (REQUEST) happened, the truce did not; the
                # ACLED coding stays with the truce (not asserted), the statement is its own event
                found.append((recoded[0], recoded[1], recoded[2], None))
            else:
                found[0] = recoded
        seen = {
            (f[1], _told_modality(f[0], f[1], triggers, f[3] is not None and f[1] in ACLED_FAMILY))
            for f in found
        }
        for tok, typ, mode in triggers:
            if (
                found
                and found[0][3] is not None
                and typ in ACLED_FAMILY
                and not _stoppage_beside(typ, mode, found[0])
            ):
                continue
            tok, typ, mode, _ = _recode(tok, typ, mode, None)
            key = (typ, _told_modality(tok, typ, triggers, False, seen))
            if key in seen or not _is_dyadic(tok, sent, named):
                continue
            seen.add(key)
            found.append((tok, typ, mode, None))
        sent_qty = find_quantities(sent.text, sent.start_char, sent) if found else []
        for tok, typ, mode, cod in sorted(found, key=lambda f: f[0].i):
            start, end = (sent.start_char, sent.end_char) if cod is not None else _clause(tok)
            while end > start and text[end - 1].isspace():
                end -= 1  # evidence ends at the last word, not in the whitespace after it
            place, precision = choose_place(places, tok, sent, text, index)
            if place is None and last_place is not None:
                place, precision = last_place, "context"
            date, date_precision = choose_date(times, tok, sent, running_date, published, index)
            # a deal not told between parties at war: the event as before, with no ACLED type
            acled = (
                cod
                if cod is not None and not plover_only and not _told_as_habit(tok, cod, sent.doc)
                else None
            )
            told = _event_modality(tok, typ, cod, sent.doc)
            actors = _actors(tok, triggers, acled=cod is not None and typ in ACLED_FAMILY)
            if acled is not None and _state_of_the_war(
                tok, sent, acled, places, place, precision, date_precision, actors
            ):
                acled = None  # how the war stands: PLOVER keeps the act
            if acled is not None and told == ASSERTED and recalled(date, date_precision, published):
                acled = None  # history the story recalls: PLOVER keeps the act
            if (
                acled is not None
                and told == ASSERTED
                and date_precision in ("paragraph", "publication")
                and (
                    _phase_of_war(tok)
                    or _told_as_constant(tok if acled.trigger is None else sent.doc[acled.trigger])
                )
            ):
                # "early in the war", "during the siege of Mariupol": history recalled; "under
                # constant fire": many acts summed over a span
                acled = None
            if (
                told == HYPOTHETICAL
                and _told_for_plover(tok, cod, sent.doc)
                and _agent_told(actors, sent.doc)
            ):
                told, acled = ASSERTED, None
            out.append(
                Detection(
                    type=typ,
                    mode=mode,
                    acled_event_type=acled.event_type if acled else None,
                    acled_sub_event_type=acled.sub_event_type if acled else None,
                    trigger=tok.i,
                    start=start,
                    end=end,
                    modality=told,
                    actors=actors,
                    place=place,
                    place_precision=precision,
                    date=date,
                    date_precision=date_precision,
                    quantities=[q for s, e, q in sent_qty if start <= s and e <= end],
                    claim=claim_for(
                        claims,
                        start if cod is None else tok.idx,
                        end if cod is None else tok.idx + 1,
                        claim_index,
                    ),
                    rule=cod.rule if cod else f"trigger:{tok.lemma_.lower()}",
                )
            )
        for d in out[first:]:
            foreign_capture(d, places, sent)
        if strike is not None and "A_DISRUPT" in coding.cues and _all_stopped(sent):
            # "launched 12 drones at Kyiv. All of them were shot down": the strike was disrupted
            d, _ = strike
            d.acled_event_type, d.acled_sub_event_type = "Strategic developments", "Disrupted weapons use"
            d.rule += "+all-stopped"
            strike = None
        if arrest is not None and _only_missing(coding):
            # "detained two men. Their whereabouts are unknown": a detention that leaves the
            # detainees unaccounted for is a forced disappearance (ACLED), not an arrest; the
            # second sentence tells of the same event
            arrest.acled_event_type = "Violence against civilians"
            arrest.acled_sub_event_type = "Abduction/forced disappearance"
            arrest.rule += "+whereabouts-unknown"
            out[first:] = [d for d in out[first:] if d.acled_sub_event_type != arrest.acled_sub_event_type]
        toll = attack is not None and _toll_only(coding, out[first:], index, sent)
        if toll:
            _fold_toll(attack, out[first:])  # "Nine died. 20 were wounded.": both follow the act
        coded = [d for d in out[first:] if d.acled_sub_event_type and d.happened]
        if not toll:
            attack = next((d for d in coded if d.acled_event_type in _VIOLENCE), None)
        arrest = next((d for d in coded if d.acled_sub_event_type == "Arrests"), None)
        if coded and coding.rule.startswith(("weapon:W_DRONE", "weapon:W_MISSILE", "weapon:W_AIR")):
            strike = None if "A_KILL" in coding.cues else (coded[0], coding)
        if model and len(out) > first:
            _retype(sent, out[first:], model)
        out[first:] = _one_per_place(out[first:], places, doc, index, text)
        in_sent = [i for i in index.starting_in(sent.start_char, sent.end_char) if not places[i].metonym]
        if in_sent:
            last_place = min(
                in_sent,
                key=lambda i: (
                    in_parentheses_after_name(text, places[i].start, sent.start_char),
                    _FEATURE_RANK.get(places[i].feature or "other", 1),
                ),
            )
        days = [day_of(times[i]) for i in index.times_in(sent.start_char, sent.end_char) if day_of(times[i])]
        days = [v for v in days if not published or v <= published]  # not a date ahead
        if days:
            running_date = days[0]
        if "\n\n" in text[sent.start_char : sent.end_char + 3]:
            last_place = running_date = strike = attack = None  # context does not cross paragraphs
    coded = [d for d in out if d.acled_sub_event_type and d.happened]
    if len(coded) == 1 and coded[0].place is None:
        _place_after(coded[0], places, text, doc)
    sent_ends = [s.end_char for s in doc.sents] if claims else []
    for d in out:
        claim = claim_index.by_id.get(d.claim) if d.claim is not None else None
        if claim is None:
            continue
        if d.happened:
            d.modality = claimed_modality(
                claim, doc[d.trigger].idx, claim_index.denials.get(claim.id, []), text, sent_ends
            )
        own_defence(d, claim)
    return out


def foreign_capture(d: Detection, places: list[Place], sent: Span | None = None) -> None:
    """ACLED's "government" is the government of the country where the event is: territory
    taken there by another state's forces ("Russian forces took Pisky, Donetsk region")
    is a non-state actor overtaking territory, not the government regaining it. The country is
    the event place's, else the one country of the sentence's resolved places."""
    if d.acled_sub_event_type != "Government regains territory":
        return
    country = places[d.place].country if d.place is not None else None
    if country is None and sent is not None:
        found = {p.country for p in places if sent.start_char <= p.start < sent.end_char and p.country}
        country = found.pop() if len(found) == 1 else None
    sides = {a.side for a in d.actors if a.role == "actor" and a.side and len(a.side) == 2}
    if country and sides and country not in sides:
        d.acled_sub_event_type = "Non-state actor overtakes territory"
        d.rule += "+foreign"


_AIR_DEFENCE = re.compile(
    r"^(?:the\s+|its\s+|our\s+)?(?:air[\s-]defen[cs]es?(?:\s+(?:forces|units|systems))?|anti-aircraft\s+\w+)$",
    re.I,
)


def own_defence(d: Detection, claim: Claim) -> None:
    """ "Air defences shot down 23 of the 37 drones, the air force said": a side's military
    reports what its own air defences stopped, so an air defence with no side named takes the
    speaker's side (only when the speaker has one)."""
    side = claim.speaker.side if claim.speaker is not None else None
    if side is None:
        return
    for a in d.actors:
        if a.side is None and a.role == "actor" and _AIR_DEFENCE.match(a.text.strip()):
            a.side = side
