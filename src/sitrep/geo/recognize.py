"""Toponym recognition: spaCy's GPE/LOC/FAC plus gazetteer matching for what the small model mislabels.

The small model tags front-line towns as PRODUCT, PERSON or ORG ("Vuhledar", "Kherson",
"Bakhmut"). Such spans, and capitalised words after a locative preposition, become places only
when the gazetteer knows them well enough (a country or province, a big city, or a settlement in a
country the article is about) and they do not look like a person's name. Demonyms are kept apart,
as side hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import ADP, ADV, AUX, CCONJ, DET, PRON, PROPN, SCONJ, VERB
from spacy.tokens import Doc, Span, Token

from sitrep.geo.demonyms import is_demonym, side_of
from sitrep.geo.gazetteer import Gazetteer, fold
from sitrep.geo.resolve import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    ADMIN3_WORDS,
    CITY_WORDS,
    COMPASS,
    CUED,
    OTHER_LABELS,
    POSTAL_CODES,
    REGIONAL_DEMONYMS,
    REPEAT,
    SAINT,
    SAINTS,
    SEATS,
    STATE_ABBREVIATIONS,
    WEAK_SEEDS,
    Candidate,
    Mention,
    candidates,
    contains,
    strip_mention,
    unlike,
)
from sitrep.nlp.tree import children, span_root

_SEAT_IDS = {get_string_id(s) for s in SEATS}  # the lower-case ids of the one-word seats

PLACE_LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE = {
    "in",
    "near",
    "outside",
    "at",
    "from",
    "to",
    "towards",
    "toward",
    "around",
    "into",
    "across",
    "of",
}
# A preposition that puts what follows somewhere ("in Victor", "from the Clio"; not "of": "the
# logo of Marriott").
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE - {'of'}))})\s+(?:the\s+)?$", re.I)
_POSSESSED = re.compile(r"['’]s\b")
# Bodies named after the place they serve: "Danbury police", "Litchfield Superior Court",
# "the Tipperary County Council", "Manitoba Chambers of Commerce".
LOCAL_BODIES = {
    "police", "sheriff", "sheriff's", "superior", "district", "county", "city", "municipal", "fire",
    "council", "court", "courts", "chamber", "chambers", "government", "legislature", "assembly",
    "parliament", "premier", "governor", "mayor", "board", "authority", "transit", "public",
}  # fmt: skip
FACILITY_WORDS = {
    "street", "avenue", "road", "boulevard", "square", "bridge", "airport", "hospital", "cathedral",
    "church", "mosque", "synagogue", "stadium", "palace", "station", "market",
    "prison", "base", "plant", "dam", "port",
}  # fmt: skip
CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
# The planets are no towns: "life on Earth", "a newsletter called Down to Earth" (Earth, Texas has 1,000 people).
PLANETS = {"earth", "mars", "venus", "mercury", "jupiter", "saturn", "neptune", "uranus", "pluto"}
# "the Centre" is India's union government ("accused the Centre of refusing"), not France's region,
# unless a unit word follows ("the Centre region of France").
GOVERNMENT_NAMES = {"centre", "center"}
NOT_PLACES = {
    "central",
    "federal",
    "national",
    "provincial",
    "regional",
    "local",
    "royal",
    "state",
    "centre",
    "center",
}
# The day a wire dateline may carry after its place: "KYIV, March 12 (Reuters) -", "KYIV, 12 March -".
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE_DAY = rf"(?:,\s+(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}))?"
# What follows a dateline's place up to the story's first word: its state or day, the agency (any
# name in parentheses: "(AP)", "(Interfax)", "--(NEWSWIRE)--", even "--( )--"), a dash; after a dash
# with no agency the story starts capitalized ("ISW — the Washington think-tank — said" is a
# speaker's own dash, not a dateline).
_DATELINE_REST = re.compile(
    r"(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    + _DATELINE_DAY
    + r"\s*(?:(?:—|–|--)[ \t]*)?(?:\((?:[A-Z][^()\n]{0,29}|\s*)\)[ \t]*(?:(?:—|–|--|-)[ \t]*)?"
    + r"|(?:—|–|--|\s-)[ \t]*(?=[A-Z0-9“\"‘']))"
)
# A dateline opens a story or paragraph: "BERLIN —", "COLUMBUS, Ohio (AP) —", "MEXICO CITY (AP)".
DATELINE = re.compile(
    r"(?m)(?:^|(?<=[.!?] )|(?<=\d{4} ))[ \t]*(?:By\s+)?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?="
    + _DATELINE_REST.pattern
    + ")"
)


def dateline_at(text: str, pos: int) -> tuple[int, int, int] | None:
    """The wire dateline opening the line at `pos` ("KYIV, March 12 (Reuters) - Russian forces
    ..."): its place's start and end, and where the story starts after it. One reading for every
    stage: the place is a place mention, and no part of a speaker, an actor or what was said."""
    m = DATELINE.match(text, pos)
    if m is None:
        return None
    return m.start(1), m.end(1), _DATELINE_REST.match(text, m.end(1)).end()


# A dateline opening the text with no dash: "SAN ANTONIO Turner Sports analyst ...", "OKLAHOMA CITY The
# Latest ...", "Muscat: The 10th ... festival".
TEXT_DATELINE = re.compile(
    r"\A\s*(?:([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s+(?=[A-Z][a-z])"
    r"|([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s)"
)
# A legislator's party and home town or county, as US papers write it: "Rep. Jane Doe, D-Braxton,",
# "Sen. John Roe, R-Elbow Lake".
_LOCAL_NAME = r"(?:St\. )?[A-Z][a-z]*['’]?[A-Z]?[a-z]+"  # "Hall", "McDowell", "DeSoto", "St. Louis"
_PARTY_HOME = re.compile(rf"(?<=[,(] )(?:D|R|I|DFL|GOP)-({_LOCAL_NAME}(?: {_LOCAL_NAME})?)\b")
# A county or parish named inside a body's name: "the Rapides Parish Fire District", "Hall County
# Environmental Health", "the Kanawha County Republican".
_COUNTY = re.compile(rf"(?<![\w.]){_LOCAL_NAME}(?:[ -]{_LOCAL_NAME})? (?:County|Parish)\b")
TITLES = re.compile(
    r"\b(mr|mrs|ms|dr|gen|col|lt|sgt|president|minister|governor|mayor|general|colonel|senator|"
    r"secretary|commander|chief|sen|rep|st|saint|lord|lady|king|queen|prince|judge|pope)\.?\s*$",
    re.I,
)
GOV_VERBS = {
    "say", "claim", "deny", "announce", "recommend", "urge", "warn", "accuse", "demand", "want",
    "insist", "reject", "agree", "refuse", "respond", "request", "ask", "call", "threaten", "decide",
    "approve", "sanction", "condemn", "propose", "order", "retaliate", "expel", "allege", "believe", "hope", "plan", "seek", "push", "press", "tell", "state", "declare", "confirm", "vow",
}  # fmt: skip
_Q_AFTER_A1 = re.compile(rf"^\s*(?:{'|'.join(ADMIN1_WORDS)})s?\b", re.I)
# "Kherson, one of the largest cities": an apposition that counts the name among towns or among
# provinces says which of a province and its capital it is ("Donetsk, one of the four regions").
_ONE_OF_AFTER = re.compile(
    r",\s+one\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?P<city>cities|towns|villages|ports|capitals|settlements)|(?P<admin1>regions|provinces|oblasts))\b",
    re.I,
)
_Q_AFTER_A2 = re.compile(rf"^\s*(?:{'|'.join(ADMIN2_WORDS)}|counties)s?\b", re.I)
# "Navarro, Henderson and Ellis counties", "the Kherson and Zaporizhzhia regions": the plural unit
# word after a list says what each member is.
_PLURAL_UNIT_AFTER = re.compile(
    r"^\s+(?:counties|parishes|regions|provinces|oblasts|districts|raions|rayons|hromadas|states)\b", re.I
)
_Q_AFTER_CITY = re.compile(
    r"^\s*(?:city|town)\b(?! (?:council|hall|centre|center))"
    r"|^,\s+(?:the|a)\s+(?:\w+\s+){0,2}?(?:capital|city|town|village|port|settlement)\b",
    re.I,
)
# Governors, premiers, ministers and legislatures belong to countries, states and provinces, mayors
# to cities ("Oklahoma Gov. Mary Fallin", "the Kharkiv governor", "Quebec Health Minister",
# "London Mayor Sadiq Khan", "the mayor of Kyiv").
_Q_AFTER_GOV = re.compile(
    r"^\s*(?:(?:Lt\.?\s+)?Gov\.|(?:[Ll]ieutenant\s+)?[Gg]overnor\b|[Pp]remier\b|[Ll]awmakers\b"
    r"|[Ll]egislat(?:ure|ors)\b|[Ss]tate\s+(?:[Ss]enate|[Hh]ouse|[Aa]ssembly|[Ll]egislature)\b"
    r"|(?:[A-Z][a-z]+\s+)?Minist(?:er|ry)\b)"
)
_Q_BEFORE_GOV = re.compile(r"\b[Gg]overnor\s+of\s+(?:the\s+)?$")
_Q_AFTER_MAYOR = re.compile(r"^\s*(?:[Mm]ayor|[Cc]ity\s+[Hh]all)\b")
_PART_OF_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of\s+(?:the\s+)?$", re.I)
_Q_BEFORE_MAYOR = re.compile(r"\b[Mm]ayor\s+of\s+$")
_Q_BEFORE_A1 = re.compile(rf"\b(?:{'|'.join(ADMIN1_WORDS)})s?\s+of\s+(?:the\s+)?$", re.I)
_Q_AFTER_DISTRICT = re.compile(r"^\s*[Dd]istricts?\b")
_Q_AFTER_ADMIN = re.compile(r"^\s*(?:regional|enclave)\b")  # "the Kharkiv regional governor"
# "the districts of X", "the Kurdish enclave of Afrin", "the canton of Zug": an area, not its town.
_Q_BEFORE_ADMIN = re.compile(r"\b(?:districts?|areas?|enclaves?|cantons?)\s+of\s+(?:the\s+)?$", re.I)
_NAMED_UNIT_OF = re.compile(r"\s+(?:districts?|areas?|enclaves?|cantons?)\s+of\s+(?:the\s+)?$", re.I)
_Q_BEFORE_A2 = re.compile(rf"\b(?:{'|'.join(ADMIN2_WORDS)})s?\s+of\s+(?:the\s+)?$", re.I)
_Q_AFTER_A3 = re.compile(
    rf"^\s*(?:(?:urban|rural|settlement|village)\s+)?(?:{'|'.join(ADMIN3_WORDS)})\b", re.I
)
_Q_BEFORE_A3 = re.compile(r"\b(?:hromadas?|(?:territorial\s+)?communit(?:y|ies))\s+of\s+(?:the\s+)?$", re.I)
# "the Dnipro river", "the river Dnipro": the kind of natural feature or site a name is said to be.
_FEATURE_AFTER = re.compile(
    r"^\s+(river|lake|reservoir|sea|bay|strait|estuary|lagoon|canal)s?\b"
    r"(?!\s+(?:trade\s+)?(?:ports?|terminals?|harbou?rs?|stations?)\b)",  # "the Odesa sea port"
    re.I,
)
_FEATURE_BEFORE = re.compile(r"\b(?:the\s+)?(river|lake)\s+$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# What may follow "the X" when X names a river: punctuation, the end, or a lowercase word that is no
# noun the name modifies ("the Dnipro region", "the Dnipro city council", "the Dnipro-based").
_THE_AFTER = re.compile(
    r"^(?:\s*[,.;:!?)\]]|\s*$|\s+(?:and|or|to|in|at|near|on|was|is|has|had|which|that|where|from|between|as|after|amid|while|but|with|into|for|until|since"
    r"|remains?|flows?|rose|fell|bank|banks|river)\b)"
)
# News outlets named after a place: "The Washington Post", "the Kyiv Independent", "New York Times".
_OUTLET_AFTER = re.compile(
    r"^\s+(?:(?:Free|Morning|Evening|Sunday|Daily|Business|County)\s+)?"
    r"(?:Post|Times|Independent|Journal|Herald|Tribune|Telegraph|Gazette|Chronicle|Examiner|Star|Sun|"
    r"Observer|Courier|Inquirer|Globe|Bee|Register|Dispatch|Mirror|Standard|Monitor|Press|News)\b"
)
_Q_BEFORE_CITY = re.compile(rf"\b(?:{'|'.join(CITY_WORDS)})(?:es|s)?\s+of\s+$", re.I)
# "A, a town in B" says so too ("Sloviansk, a town in Donetsk": the oblast, a town lies in no city).
_CONTAINER_GAP = re.compile(
    r"^(?:(?:\s+(?:city|town|village|settlement))?,\s*|\s+in\s+(?:the\s+)?|\s+near\s+(?:the\s+)?|,\s+in\s+(?:the\s+)?"
    r"|,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement)\s+in\s+(?:the\s+)?)$",
    re.I,
)
# Who holds the container, between it and the gap: "a town in Ukrainian-controlled Donetsk".
_HOLDER_GAP = re.compile(r"^-(?:occupied|controlled|held|annexed)\s+$")
# "the Shevchenkivskyi district of Kharkiv", "the Donetsk region of Ukraine": the first name is a
# part of the second.
_PART_OF_GAP = re.compile(
    r"^\s+(?:districts?|raions?|rayons?|neighbou?rhoods?|quarters?|boroughs?|microdistricts?|regions?|provinces?"
    r"|oblasts?|governorates?|counties|county|areas?)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the Texas town of Athens", "the English city of Salisbury", "the Donetsk village of Yalta": the
# first name says where the second is.
_TOWN_OF_GAP = re.compile(
    r"^\s+(?:cit(?:y|ies)|towns?|villages?|hamlets?|townships?|settlements?|ports?|boroughs?)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "the English city of Salisbury", "the Syrian town of Afrin": a people's adjective says which
# country (or constituent country) the town is in, whether or not demonyms are places.
_DEMONYM_TOWN_OF = re.compile(
    r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:cit(?:y|ies)|towns?|villages?|hamlets?|ports?|settlements?"
    r"|regions?|provinces?)\s+of\s+(?:the\s+)?$"
)
# A place that names an event, a settlement or an era ("the Yalta conference", "the Minsk
# agreements", "post-Yalta", "a new Yalta", "goodbye Yalta") means the place the world knows by
# that name, not a namesake near the article's other places.
_HISTORIC_AFTER = re.compile(
    r"^(?:-(?:style|era|type)\b|\s+(?:conference|conventions?|agreements?|accords?|summit|treaty|protocols?|format"
    r"|declaration|memorandum|talks|negotiations|trials?|syndrome|formula|peace\s+(?:deal|plan|process))\b)",
    re.I,
)
_HISTORIC_BEFORE = re.compile(
    r"(?:\b(?:[Tt]reaty|[Pp]eace|[Cc]ongress|[Aa]ccords?|[Cc]onference|[Ss]pirit)\s+of\s+(?:the\s+)?"
    r"|\b(?:post|pre)-|\b(?:a\s+new|another|a\s+second)\s+|\b(?:[Gg]oodbye|[Ff]arewell)(?:\s+to)?,?\s+)$"
)
# A place named as a point to measure from ("near Kharkiv", "north-east of Kherson", "20km from
# Izium", "on the outskirts of Sumy"): a town, not the province around it.
_POINT_BEFORE = re.compile(
    r"\b(?:near|nearby|around|outside|outskirts\s+of|(?:km|kilometres|kilometers|miles)\s+"
    r"(?:from|of)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?$",
    re.I,
)
_STATE_AFTER = re.compile(r",\s+([A-Z][a-z]{1,4}\.(?:\s?[A-Z]\.)?|[A-Z]{2}\b)")
# "the regions of A, B and C", "four regions in Ukraine, including A, B and C": a plural kind
# before a list that ends in "and"/"or" is said of every member.
_PLURAL_KINDS = {
    **dict.fromkeys(("regions", "provinces", "oblasts", "governorates", "prefectures", "states"), "admin1"),
    **dict.fromkeys(("counties", "raions"), "admin2"),
    "districts": "district",
    **dict.fromkeys(("cities", "towns"), "city"),
}
_PLURAL_KIND_BEFORE = re.compile(
    rf"\b({'|'.join(_PLURAL_KINDS)})"
    r"(?:\s+of\s+(?:the\s+)?|(?:\s+(?:in|of)\s+[A-Z][\w'’-]+)?,?\s+(?:including|such\s+as|namely)\s+)$"
)
_AND_GAP = re.compile(r"^(?:\s+and\s+|\s*,\s+and\s+)$")
_COORD_GAP = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$")
_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$")
_LIST_END = re.compile(r"^\s*,?\s+(?:and|or)\s+$")


# Blocs the gazetteer knows under the continent's name: organisations, so side hints (code) only.
BLOCS = {"eu": "EU", "e u": "EU", "european union": "EU"}


@dataclass
class DemonymHint:
    text: str
    start: int
    end: int
    country: str  # ISO code, "@EU"-style continent, or a bloc ("EU")


def _run_together(gaz: Gazetteer, ent: Span) -> list[Span] | None:
    """'Cyprus, Greece Italy or Spain': two countries the model read as one name, when the whole is
    no name and both halves are (not "South Venezuela", "West Wales")."""
    if (
        len(ent) < 2
        or any(not t.is_alpha for t in ent)
        or any(c.kind in (0, 1) for c in candidates(gaz, ent.text))
    ):
        return None
    for k in range(1, len(ent)):
        halves = [ent[:k], ent[k:]]
        if all(
            not COMPASS.match(h.text)
            and any(c.kind == 0 and c.entry.feature == "country" for c in candidates(gaz, h.text))
            for h in halves
        ):
            return halves
    return None


_STATE_WORD = re.compile(r" [Ss]tate\b")
_NEXT_NAME = re.compile(r" [A-Z][a-z'’]+(?:-[A-Za-z'’]+)?\b")


def _name_goes_on(gaz: Gazetteer, text: str, start: int, end: int, taken: list[bool]) -> int:
    """The end of a settlement's two-word name the model cut after its first word ("Ruska Lozova"
    tagged "Ruska", another village): the next capitalised word when the two are a town's own name."""
    more = _NEXT_NAME.match(text, end)
    if more is None or any(taken[end : more.end()]):
        return end
    whole = text[start : more.end()]
    return (
        more.end()
        if any(c.kind in (0, 4) and c.entry.feature == "city" for c in candidates(gaz, whole))
        else end
    )


_HYPHEN_TAIL = re.compile(r"-[A-Z][\w'’]+")


# Names joined by a hyphen or dash ("the Russia-Ukraine war", "the Amsterdam-London line", "Asia-Pacific")
# or opening a compound adjective ("a Kyiv-based analyst", "the U.S.-led coalition", "Moscow-installed
# officials"): each name is a place of its own when the whole is no name ("Ivano-Frankivsk",
# "Stratford-upon-Avon" are). The model tags such a compound as one span or only its first part.
_LOWER = r"[a-zß-öø-ÿĀ-ſ'’]"  # a letter after the capital, accented too ("Kraków", "Zürich", "Łódź")
_CAP_NAME = rf"(?:[A-Z]\.){{2,}}|[A-Z]{{2,3}}\b|(?!The )[A-Z]{_LOWER}+(?: [A-Z]{_LOWER}+){{0,2}}"
_COMPOUND = re.compile(rf"(?=[A-Z])(?<![\w.'’-])(?:{_CAP_NAME})(?:[-–](?:{_CAP_NAME}))+(?![\w'’]|-[a-z])")
_COMPOUND_ADJECTIVE = re.compile(
    rf"(?=[A-Z])(?<![\w.'’-])({_CAP_NAME})-(?:based|led|backed|born|owned|run|controlled|held|occupied|installed"
    r"|appointed|annexed|allied|aligned|bound|registered|headquartered|funded|sponsored|brokered|made"
    r"|wide|bred|raised|linked|friendly)\b"
)
_DASH = re.compile(r"[-–]")


def _compound_parts(gaz: Gazetteer, text: str, focus: set[str]) -> list[tuple[int, int]]:
    """Char spans of the well-known places inside the hyphenated compounds of `text`, when every
    part is one ("Kennedy-Glans", "No-Confidence", "Macdonald-Cartier" are names of people and
    things). A part of several words keeps its longest tail ("New York-based") or, after a dash,
    its longest head ("Russia-Ukraine War")."""
    out: list[tuple[int, int]] = []
    matches = [(m.start(), m.end(), True) for m in _COMPOUND.finditer(text)]
    matches += [(m.start(1), m.end(1), False) for m in _COMPOUND_ADJECTIVE.finditer(text)]
    for start, end, joined in matches:
        whole = text[start:end]
        if joined and any(c.kind in (0, 1) for c in candidates(gaz, whole)):
            continue  # "Ivano-Frankivsk", "Guinea-Bissau": one place
        cuts = [start, *(d.start() + start for d in _DASH.finditer(whole)), end] if joined else [start, end]
        found = []
        for i in range(len(cuts) - 1):
            a, b = cuts[i] + (1 if i else 0), cuts[i + 1]
            words = [(w.start() + a, w.end() + a) for w in re.finditer(r"\S+", text[a:b])]
            spans = [(words[k][0], b) for k in range(len(words))] if i == 0 else []
            spans += [(a, words[k][1]) for k in range(len(words) - 1, -1, -1)] if i else []
            found.append(
                next(
                    (
                        (x, y)
                        for x, y in spans
                        if text[x:y] != "The"
                        and not all(COMPASS.match(w) for w in text[x:y].split())  # "Calgary-North West MLA"
                        and _known_well(gaz, text[x:y], set() if joined else focus)
                    ),
                    None,
                )
            )
        if all(found):
            out += found
    return out


# A capitalised word, possibly with a name particle, just before a name: "Hope Residence", "Stade de France".
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’]*\s+(?:(?:de|du|des|la|le|of|van|von|del)\s+)?\Z")
_CAPITAL_AFTER = re.compile(r"\A(?:\s+[A-Z0-9]|\s*[dD]['’])")


def _repeats(
    ents: tuple[Span, ...], text: str, gaz: Gazetteer, mentions: list, taken: list[bool]
) -> list[tuple[int, int]]:
    """Later (or earlier) bare uses of a name the story already gives as a place, where the model
    tagged nothing: one sense per name per story ("Douma is surrounded by government forces" after
    "the town of Douma"). Not inside a longer name ("the Hope Residence", "the Stade de France",
    "Nenagh MDC") and not where the model saw a person, body or event. The names are looked up by
    their first word, so a story of thousands of names costs no pass per name."""
    by_first: dict[str, list[str]] = {}
    for name in {
        m.text
        for m in mentions
        if len(m.text) > 2
        and "\n" not in m.text
        and m.source != "demonym"
        and (m.source not in WEAK_SEEDS or _known_well(gaz, m.text, set()))
    }:
        first = _FIRST_WORD.match(name)
        if first:
            by_first.setdefault(first.group(), []).append(name)
    if not by_first:
        return []
    for names in by_first.values():
        names.sort(key=len, reverse=True)  # "New York City" before "New York"
    tagged = [False] * (len(text) + 1)
    for e in ents:
        for k in range(e.start_char, e.end_char):
            tagged[k] = True
    out = []
    for w in _WORD_START.finditer(text):
        a = w.start()
        for name in by_first.get(w.group(), ()):
            b = a + len(name)
            if not text.startswith(name, a) or (b < len(text) and (text[b].isalnum() or text[b] in "-_")):
                continue
            if not (
                any(taken[a:b])
                or any(tagged[a:b])
                or _CAPITAL_BEFORE.search(text, max(0, a - 40), a)
                or _CAPITAL_AFTER.match(text[b : b + 4])
                or _GROUP_AFTER.match(text, b)  # "Azov battalion troops"
            ):
                out.append((a, b))
            break
    return out


_FIRST_WORD = re.compile(r"[A-Z]\w*")
_WORD_START = re.compile(r"(?<![\w'’.-])[A-Z]\w*")


_UNIT_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=\s*(?:[,.;:)]|\Z))")


def _county_after(gaz: Gazetteer, text: str, m, taken: list[bool]) -> tuple[int, int] | None:
    """The county or district named after a town and a comma, when the gazetteer has the town
    inside it ("New Quay, Ceredigion,"): the way local papers place a town."""
    after = _UNIT_AFTER.match(text, m.end)
    if after is None or any(taken[after.start(1) : after.end(1)]):
        return None
    units = [
        c.entry for c in candidates(gaz, after.group(1)) if c.kind in (0, 1) and c.entry.feature == "admin2"
    ]
    towns = [c.entry for c in candidates(gaz, m.text) if c.kind in (0, 1, 4) and c.entry.feature == "city"]
    if any(contains(u, t) for u in units for t in towns):
        return after.start(1), after.end(1)
    return None


_DEDICATED_BEFORE = re.compile(
    r"(?:\b(?:church|cathedral|basilica|chapel|monastery|abbey|convent|shrine)\s+of\s+(?:the\s+)?"
    r"|(?:St\.?|Saint)\s+[A-Z][a-z]+\s+and\s+)\Z",
    re.I,
)
_DEDICATED_AFTER = re.compile(r"['’]s\s+[A-Z]|\s+and\s+(?:St\.?|Saint)\s+[A-Z]")


def _loose_lead(gaz: Gazetteer, span: Span, k: int) -> bool:
    """A leading token of an entity that is no part of the name: a lowercase compass word ("north
    west London", "eastern Ghouta"), a dash or quote the model took in ("north-east Germany" cut to
    "-east Germany", "“Ukrainian"), or a lowercase word before a name when the whole is no place's
    own name ("help wean Germany off gas"; "al-Bab" stays whole)."""
    tok = span[k]
    if tok.is_punct or (tok.is_lower and COMPASS.match(tok.text)):
        return True
    return tok.is_lower and not any(c.kind == 0 for c in candidates(gaz, span[k:].text))


def _saint_dedication(text: str, m) -> bool:
    """A saint's name standing for a church, monastery, hospital or school dedicated to the saint:
    "St. Michael's Monastery", "St. Paul's Hospital", "the church of St. Peter and St. Paul". No town
    of that name is meant (Saint Michael, Barbados; Saint Paul, Minnesota)."""
    saint = SAINT.match(m.text)
    if saint is None or saint.group(1).lower() not in SAINTS or m.text[saint.end() :]:
        return False  # "St. Paul's Hospital", the building's whole name, stays a place (of no town)
    return bool(
        _DEDICATED_AFTER.match(text, m.end) or _DEDICATED_BEFORE.search(text, max(0, m.start - 40), m.start)
    )


def _adjective(name: str) -> bool:
    """'Kurdish', 'Syrian', 'Basque': a people's or region's adjective, not a name."""
    name = strip_mention(name)
    return is_demonym(name) or fold(name) in REGIONAL_DEMONYMS or name.endswith(("ish", "ese"))


def annotate_context(text: str, mentions: list[Mention]) -> None:
    """Set qualifiers ("X oblast", "the city of X") and containers ("A in B", "A, B") from the text."""
    mentions.sort(key=lambda m: m.start)
    parens = unit_parens(text, mentions)
    inner = {j for js in parens.values() for j in js}
    gaps = [text[mentions[i].end : mentions[i + 1].start] for i in range(len(mentions) - 1)]
    town_of = {i for i, gap in enumerate(gaps) if _TOWN_OF_GAP.match(gap)}
    ends = _list_ends(text, mentions)
    carry = None  # the qualifier a plural kind before a list gives its members
    for i, m in enumerate(mentions):
        after, before = text[m.end : m.end + 30], text[max(0, m.start - 40) : m.start]
        m.historic = bool(_HISTORIC_AFTER.match(after) or _HISTORIC_BEFORE.search(before))
        m.point = bool(_POINT_BEFORE.search(before))
        people = _DEMONYM_TOWN_OF.search(before)
        if people and _adjective(people.group(1)) and not _adjective(m.text):
            m.within = people.group(1)
        own = re.search(r"\s(\w+)$", m.text)
        if m.text.isupper() and len(m.text) > 2 and _DATELINE_REST.match(text, m.end):
            m.qualifier = "city"  # a dateline, even mid-line after a headline: "LEBANON (AP) —" is a town
        elif i in inner or (m.source == "gazetteer:unit" and not _Q_AFTER_A1.match(after)):
            m.qualifier = "unit"  # "Kupiansk (Kharkiv)", "Nadiia, Donetsk": its units
        elif own and own.group(1).lower() in CITY_WORDS[:3]:
            m.qualifier = "city"  # "Kharkiv city" as one span
        elif own and own.group(1).lower() in ADMIN1_WORDS:
            m.qualifier = "admin1"
        elif own and own.group(1).lower() in ADMIN3_WORDS:
            m.qualifier = "admin3"
        elif own and own.group(1).lower() in ADMIN2_WORDS:
            m.qualifier = "admin2"
        elif one_of := _ONE_OF_AFTER.match(text, m.end):
            m.qualifier = one_of.lastgroup
        elif _Q_AFTER_A3.match(after):
            m.qualifier = "admin3"  # "the Nikopol hromada", "Marhanets urban community"
        elif _Q_AFTER_A1.match(after) or _Q_BEFORE_A1.search(before):
            m.qualifier = "admin1"
        elif _Q_AFTER_GOV.match(after) or _Q_BEFORE_GOV.search(before):
            m.qualifier = "polity"
        elif (
            _Q_AFTER_MAYOR.match(after)
            and not before.rstrip().endswith(",")
            and not _PART_OF_BEFORE.search(before)
        ) or _Q_BEFORE_MAYOR.search(before):
            # not "Calamba City, Laguna Mayor X": there Laguna is the container; nor "the west of
            # England mayor": the mayor of a part of England, which is no town
            m.qualifier = "city"
        elif _Q_AFTER_A2.match(after) or _Q_BEFORE_A2.search(before):
            m.qualifier = "admin2"
        elif (own and own.group(1).lower() == "district") or _Q_AFTER_DISTRICT.match(after):
            m.qualifier = "district"  # "the Kharkiv district": the raion before the oblast
        elif own and own.group(1).lower() == "area" or _Q_AFTER_ADMIN.match(after):
            m.qualifier = "admin"
        elif _Q_BEFORE_A3.search(before):
            m.qualifier = "admin3"  # "the hromada of Nikopol", but "X hromada of Nikopol district"
        elif _Q_BEFORE_ADMIN.search(before) and not (
            i
            and _NAMED_UNIT_OF.match(text, mentions[i - 1].end, m.start)
            and not _adjective(mentions[i - 1].text)
        ):
            m.qualifier = "admin"  # but in "the Karak district of Jordan" the district is Karak's
        elif (_Q_AFTER_CITY.match(after) and not is_demonym(m.text)) or _Q_BEFORE_CITY.search(before):
            m.qualifier = "city"  # but "the English city of Salisbury" says where Salisbury is
        elif (
            i
            and mentions[i - 1].qualifier not in (None, "unit")
            and _AND_GAP.match(text[mentions[i - 1].end : m.start])
        ):
            m.qualifier = mentions[i - 1].qualifier  # "the regions of Kherson and Zaporizhzhia"
        elif carry and _LIST_GAP.match(gaps[i - 1]) and _LIST_END.match(gaps[ends[i] - 1]):
            m.qualifier = carry  # "the regions of Luhansk, Donetsk, Zaporizhzhia, and Kherson"
        if i in town_of:
            m.qualifier = None  # "the Texas town of Athens": the town is Athens, Texas its state
        kind = _PLURAL_KIND_BEFORE.search(before)
        if kind and not m.qualifier:
            m.qualifier = _PLURAL_KINDS[kind.group(1)]  # "regions in Ukraine, including Kherson"
        if kind and m.qualifier and m.qualifier != "unit":
            carry = m.qualifier  # a plural kind names every member of the list it heads
        elif not (carry and i + 1 < len(mentions) and _LIST_GAP.match(gaps[i]) and ends[i] > i):
            carry = None
        feature = _FEATURE_AFTER.match(after) or _FEATURE_BEFORE.search(before)
        name = strip_mention(m.text)
        if is_demonym(name) or fold(name) in REGIONAL_DEMONYMS:
            continue  # "the Russian and Venezuelan delegations", "Greek islands": adjectives
        if feature and not m.qualifier:
            m.named_as = feature.group(1).lower()
            m.feature_after = feature.re is _FEATURE_AFTER
        m.the = bool(not m.qualifier and _THE_BEFORE.search(before) and _THE_AFTER.match(after))
        m.in_name = bool(_OUTLET_AFTER.match(after))
    for i in range(len(mentions) - 1, 0, -1):  # "Navarro, Henderson and Ellis counties"
        m, prev = mentions[i], mentions[i - 1]
        if (
            m.qualifier
            and prev.qualifier is None
            and _LIST_GAP.match(text[prev.end : m.start])
            and _PLURAL_UNIT_AFTER.match(text[mentions[ends[i]].end :][:30])
        ):
            prev.qualifier = m.qualifier
    _lists(text, mentions)
    _party_homes(text, mentions)
    for i, gap in enumerate(gaps):
        if i in town_of and mentions[i + 1].container is None:
            mentions[i + 1].container = i  # "the Texas town of Athens"
        elif _PART_OF_GAP.match(gap) and not _adjective(mentions[i].text):
            mentions[i].container = i + 1  # "the Shevchenkivskyi district of Kharkiv"
            mentions[i].part_of = True
        outer = i + 1
        if i + 2 < len(mentions) and _HOLDER_GAP.match(gaps[i + 1]) and _adjective(mentions[i + 1].text):
            outer = i + 2  # the holder's people ("Ukrainian-controlled") is no container
        if _CONTAINER_GAP.match(gap) and not _adjective(
            mentions[outer].text
        ):  # "Kramatorsk, Ukrainian officials said"
            mentions[i].container = outer
            # "Kramatorsk and Sloviansk in Donetsk": the container covers the whole coordination.
            # "Mykilske, Sumy, and Vesele, Zaporizhzhia": the walk stops at a unit of its own.
            k = i
            while k > 0 and _COORD_GAP.match(text[mentions[k - 1].end : mentions[k].start]):
                if mentions[k - 1].container is not None or (k > 1 and mentions[k - 2].container == k - 1):
                    break
                mentions[k - 1].container = outer
                k -= 1
    for head, js in parens.items():
        for j in [head, *js[:-1]]:
            mentions[j].container = js[-1]
        mentions[head].containers = tuple(js[:-1])  # the raion too: "Antonivka (Khersonskyi, Kherson)"


def _list_ends(text: str, mentions: list[Mention]) -> list[int]:
    """For each mention, the last member of the list it belongs to (itself when none follows),
    in one pass from the end: a walk per mention would be quadratic in a long list."""
    ends = list(range(len(mentions)))
    for i in range(len(mentions) - 2, -1, -1):
        if _LIST_GAP.match(text[mentions[i].end : mentions[i + 1].start]):
            ends[i] = ends[i + 1]
    return ends


_PARTY_BEFORE = re.compile(r"(?:^|[,(] )(?:D|R|I|DFL|GOP)-$")


def _party_homes(text: str, mentions: list[Mention]) -> None:
    """The home towns or counties of one story's legislators ("Delegates A, D-Hardy; B, R-Berkeley;
    C, D-McDowell") are places of one kind, like the members of a list: West Virginia's delegates
    give counties, Minnesota's representatives towns."""
    homes = [i for i, m in enumerate(mentions) if _PARTY_BEFORE.search(text[max(0, m.start - 6) : m.start])]
    if len(homes) < 2:
        return
    for i in homes:
        if mentions[i].coordinated is None:
            mentions[i].coordinated = homes[0]


_PAREN_OPEN = re.compile(
    r"^(?:\s+(?:city|town|village|settlement))?\s*\(\s*(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\s*,\s*)?$"
)  # a unit the gazetteer lacks may come first: "(Kupianskyi, Kharkiv)"
_PAREN_SEP = re.compile(r"^(?:\s+(?:district|raion|rayon|oblast|region|province))?\s*,\s*$")
_PAREN_CLOSE = re.compile(r"(?:\s+(?:district|raion|rayon|oblast|region|province))?\s*\)")


def unit_parens(text: str, mentions: list[Mention]) -> dict[int, list[int]]:
    """ACLED-style locations: a place, then only place names in parentheses, narrowest first
    ("Vuhledar (Volnovaskyi, Donetsk)", "Kherson city (Kherson, Kherson)", "Bakhmut (Donetsk)").
    Maps the head mention's index to the indexes of the units named after it."""
    out: dict[int, list[int]] = {}
    for i in range(len(mentions) - 1):
        if not _PAREN_OPEN.match(text[mentions[i].end : mentions[i + 1].start]):
            continue
        k = i + 1
        while k + 1 < len(mentions) and _PAREN_SEP.match(text[mentions[k].end : mentions[k + 1].start]):
            k += 1
        if _PAREN_CLOSE.match(text, mentions[k].end):
            out[i] = list(range(i + 1, k + 1))
    return out


def _lists(text: str, mentions: list[Mention]) -> None:
    """Mark runs of mentions joined by commas and a final "and"/"or" ("A, B and C", "A or B").
    A run of commas alone is left out: "Boise, Idaho" is a place and its container, not a list."""
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _LIST_GAP.match(text[mentions[j].end : mentions[j + 1].start]):
            j += 1
        if j > i and _LIST_END.match(text[mentions[j - 1].end : mentions[j].start]):
            for k in range(i, j + 1):
                mentions[k].coordinated = i
        i = j + 1


# What a city holds in itself: "Moscow's Pushkin Square", "Kyiv's northern suburbs" are the city.
CITY_PARTS = frozenset(
    "square street streets avenue boulevard embankment airport station district suburb suburbs outskirts "
    "centre center downtown quarter neighbourhood neighborhood park metro subway port harbour harbor "
    "bridge prison hospital hotel stadium theatre theater cathedral market residence".split()
)


def _gov_cue(span: Span) -> bool:
    """Possessive ("Kyiv's request", "Moscow's Foreign Ministry"; not "Kyiv's suburbs", nor a body
    with a name of its own the city is home to: "Washington's Institute for the Study of War"),
    subject of a verb of saying or deciding ("Washington recommended") or of an act on something
    ("Moscow has launched strikes")."""
    doc = span.doc
    root = span_root(span)
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        owned = root.head
        return not (
            root.dep_ == "poss"
            and (owned.lower_ in CITY_PARTS or (owned.pos == PROPN and owned.lower_ not in STATE_BODIES))
        )
    if span.text.isupper():
        return False  # a dateline ("KYIV, Ukraine — Even as it engages ..."), whatever the parse hangs on it
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in GOV_VERBS:
        return True
    return root.dep_ == "nsubj" and _acts_on_something(root.head)


# Verbs whose subject a town is as a place, not as its government ("Kyiv saw heavy shelling").
PLACE_VERBS = frozenset(
    "see witness experience suffer face endure record register have host house hold lie sit become "
    "remain stay get lose".split()
)


def _acts_on_something(verb: Token) -> bool:
    """An active verb with an object, done by its subject: "Moscow has launched strikes", "Kyiv
    sent troops". A town does no such act; its government does."""
    return (
        verb.pos == VERB and verb.lemma_ not in PLACE_VERBS and any(c.dep_ == "dobj" for c in children(verb))
    )


def _person_parts(gaz: Gazetteer, text: str, ents: tuple[Span, ...]) -> set[str]:
    """Words of multi-word person names in the document ("Lloyd Austin" -> austin, lloyd), and a
    surname the model tagged alone right after a first name it left untagged ("Oleksii Reznikov",
    only "Reznikov" a PERSON: the village of Reznikov is not meant by the later "Reznikov said").
    Not the words of a span that is no person's name, nor a town's own name the story itself
    places (one word tagged as a place after "in", "near", "shelled" ...): "Recapturing Kherson" or
    "Lysychansk Ukraine's" tagged PERSON made every Lysychansk of the story a person's name ("apart
    from Sangwa", a name no gazetteer has, stays the person's)."""
    out = set()
    places = []  # one-word places: read only for the words that are a person's somewhere
    for ent in ents:
        label = ent.label_
        if label == "PERSON" and len(ent) > 1:
            if _a_name(ent):
                out.update(t.lower_ for t in ent if t.is_alpha)
        elif label == "PERSON" and ent.start and _first_name(ent.doc[ent.start - 1]):
            out.add(ent[0].lower_)
        elif len(ent) == 1 and _with_a_person(ent[0]) and not _known_well(gaz, ent.text, set()):
            out.add(ent[0].lower_)
        elif label in PLACE_LABELS and len(ent) == 1:
            places.append(ent)
    placed = {
        e[0].lower_
        for e in places
        if e[0].lower_ in out
        and _placed_before(text, e.start_char, e.end_char)
        and _a_village(gaz, e.text, set())
    }
    return out - placed


NOT_NAME_POS = {VERB, AUX, ADP, ADV, PRON, DET, CCONJ, SCONJ}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "i", "me"}


def _with_a_person(tok: Token) -> bool:
    """A name coordinated with a personal pronoun is a person's ("he and Antonina", "Antonina and
    I"): no village is paired so. Not one beside a name the model calls a person's: it calls
    villages so too ("stops in Hilversum and Almelo")."""
    doc, i = tok.doc, tok.i
    head = tok.head if tok.dep_ == "conj" else None
    after = doc[i + 2] if i + 2 < len(doc) and doc[i + 1].lower_ == "and" and doc[i + 2].head.i == i else None
    return any(t is not None and t.lower_ in PERSONAL_PRONOUNS for t in (head, after))


# Words that end the name of a state or unit, never a person's: "the Donetsk People's Republic".
POLITY_WORDS = frozenset(("republic", "republics", "federation", "kingdom", *ADMIN1_WORDS))


def _a_name(ent: Span) -> bool:
    """A person's name has no verb or function word ("Recapturing Kherson": a word before a town at
    a paragraph's start) and names no state ("Luhansk People's Republic")."""
    words = [t for t in ent if t.is_alpha]
    return (
        bool(words) and words[-1].lower_ not in POLITY_WORDS and not any(t.pos in NOT_NAME_POS for t in words)
    )


def _first_name(tok: Token) -> bool:
    """A capitalised proper noun of no entity, joined to the next word by a space only."""
    return tok.pos == PROPN and tok.is_title and not tok.ent_type and tok.whitespace_ == " "


# Teaching and research bodies: not sites but institutions, like "the University of X" (whose head
# is no place). The place their name opens is reported when well known ("Luhansk National
# University" -> Luhansk; "Washington State University" -> the state), none otherwise ("George
# Washington University", "Northeastern University": a person, a compass word).
INSTITUTIONS = {"university", "college", "institute", "academy", "polytechnic", "conservatory"}
INSTITUTION_QUALIFIERS = {
    "state", "national", "international", "technical", "technological", "polytechnic", "medical",
    "pedagogical", "agricultural", "agrarian", "economic", "catholic", "christian", "city", "community",
}  # fmt: skip


# Last words of the names of bodies and firms that are not places ("Harvard University", "Bloomberg News").
BODY_WORDS = INSTITUTIONS | {
    "school", "bank", "group", "corporation", "company", "foundation", "fund", "news", "times", "post",
    "inc", "ltd", "club", "party", "media", "magazine", "television", "tv", "radio", "agency",
}  # fmt: skip


def _org_heads(ents: tuple[Span, ...]) -> set[str]:
    """The names that open a body's or firm's name in the document ("Harvard" of "Harvard
    University"): the bare name, elsewhere, is that body ("attacked Harvard")."""
    out = set()
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in BODY_WORDS:
            out.add(fold(strip_mention(ent[:-1].text)))
    return out


def _a_body(gaz: Gazetteer, span: Span, org_heads: set[str]) -> bool:
    """The name opens a body's name elsewhere in the story and is no big place ("Harvard" beside
    "Harvard University"; not "Kyiv" beside "the Kyiv Post")."""
    return fold(strip_mention(span.text)) in org_heads and not _known_well(gaz, span.text, set())


def _known_well(gaz: Gazetteer, text: str, focus: set[str]) -> bool:
    """Gate for spans the NER did not call a place: the gazetteer must know them well."""
    if is_demonym(strip_mention(text)) or is_demonym(strip_mention(text).rstrip("s")):
        return False  # "Canadians", "English": side hints, not places
    if fold(strip_mention(text)) in REGIONAL_DEMONYMS:
        return False  # "Ontarian", "Chechen": adjectives, not places
    if text.strip().lower() in CALENDAR:
        return False  # "in March"
    acronym = _acronym(strip_mention(text))
    if acronym and fold(strip_mention(text)) in POSTAL_CODES:
        return False  # "IN", "OR", "ME": resolved when the model calls them places, never found alone
    for c in candidates(gaz, text):
        e = c.entry
        if c.kind in (2, 5):  # loose spellings and names inside longer names do not count
            continue
        if acronym and c.kind != 3:
            continue  # "BA" is British Airways before it is Bahia: short capitals count as known codes only
        if e.feature in ("country", "admin1", "region") and e.population >= 100_000:
            return True
        if e.feature == "city" and e.population >= (1_000_000 if _other_name(c, text) else 100_000):
            return True
        if e.country in focus and c.kind == 0 and e.feature in ("city", "admin2", "other"):
            return True
    return False


SPEECH = {"say", "tell", "urge", "add", "explain", "note", "reply", "recall", "insist", "argue", "write"}


def _a_speaker(gaz: Gazetteer, ent: Span) -> bool:
    """One word the model did not call a place, speaking ("McGraw said"), that names no country,
    province or big national capital (those speak for their governments: "Tamil Nadu said", "Kyiv
    has said it will mount a counter-offensive")."""
    if len(ent) != 1 or ent[0].dep_ != "nsubj" or ent[0].head.lemma_ not in SPEECH:
        return False
    return not any(
        (c.kind in (0, 3) and c.entry.feature in ("country", "admin1"))
        or (c.kind in (0, 1) and _a_government_seat(c) and not _other_name(c, ent.text))
        for c in candidates(gaz, ent.text)
    )


# "Speaking to Bloomberg", "told Reuters", "in an interview with Axios", "according to Natalia": whom
# someone speaks to or cites is an outlet or a person far more often than a town; only a name that is
# a place under its own spelling stays ("told Turkey", "Putin told Kyiv").
_INTERLOCUTOR_BEFORE = re.compile(
    r"\b(?:(?:speaking|spoke|spoken|talking|talked)\s+(?:to|with)|told|tells|telling|according\s+to"
    r"|interview(?:ed)?\s+(?:with|by|to))\s+(?:the\s+)?\Z",
    re.I,
)


def _an_interlocutor(gaz: Gazetteer, text: str, span: Span) -> bool:
    """The span follows a cue of speaking to someone, or reports ("Bloomberg reported"), and is a
    place only by a respelling or another name ("Bloomberg" is Blomberg, Germany, only so)."""
    root = span_root(span)
    reports = root.dep_ == "nsubj" and root.head.lemma_ in SPEECH | {"report", "tweet"}
    if not reports and not _INTERLOCUTOR_BEFORE.search(text, max(0, span.start_char - 40), span.start_char):
        return False
    return not any(
        c.kind in (0, 3) or (c.kind == 1 and not _other_name(c, span.text))
        for c in candidates(gaz, span.text)
    )


def _a_seat_speaking(gaz: Gazetteer, span: Span) -> bool:
    """A national capital, under its own name, as the subject of a verb of saying or deciding or as
    the owner of an act (`_gov_cue`): "Kyiv says", "Kyiv has accused Moscow", "Kyiv's request" open
    sentences untagged; the government, a metonym."""
    return _gov_cue(span) and any(c.kind == 0 and _a_government_seat(c) for c in candidates(gaz, span.text))


def _a_government_seat(c: Candidate) -> bool:
    """A national capital of half a million ("Kyiv", "Moscow", "Washington"), not a small one that
    is also a first name ("Victoria", Seychelles)."""
    return c.entry.fcode == "PPLC" and c.entry.population >= 500_000


def _other_name(c: Candidate, text: str) -> bool:
    """An alternate name that is no respelling of the city's own ("Julia" for Plovdiv, "Google" for
    Topeka, "Epiphaneia" for Hama: a person, a firm, a horse), outside Ukraine, whose dump lists its
    towns' transliterations ("Nikolaev") as alternates. "Douma" for Dūmā is a respelling."""
    return c.kind == 1 and c.entry.country != "UA" and unlike(text, c.entry.name)


def recognize(doc: Doc, gaz: Gazetteer, peoples: str = "none") -> tuple[list[Mention], list[DemonymHint]]:
    """Place mentions and demonym hints of one parsed document; with `peoples` "countries" or
    "all", the hints are also mentions (source "demonym"), to be resolved with the places."""
    text = doc.text  # Doc.text is rebuilt from the tokens on every access
    mentions: list[Mention] = []
    hints: list[DemonymHint] = []
    taken = [False] * (len(text) + 1)
    ents = doc.ents  # built anew (a Span per entity) on every access
    persons = _person_parts(gaz, text, ents)
    org_heads = _org_heads(ents)
    deferred: list[Span] = []
    focus: set[str] = set()

    def add(span: Span, source: str) -> Mention:
        start, end = span.start_char, span.end_char
        # Trim a leading "the" and a trailing possessive so offsets cover the name only.
        k = 0  # trim a leading "the" and lowercase compass words: "north west London", "eastern Ghouta"
        while k < len(span) - 1 and (span[k].lower_ == "the" or _loose_lead(gaz, span, k)):
            k += 1
        if k:
            start = span[k].idx
        if span[-1].tag_ == "POS" and len(span) > 1:
            end = span[-2].idx + len(span[-2])
        elif text[start:end].endswith(("’s", "'s")) and end - start > 3:
            end -= 2  # "New York’s" left as one token
        elif text.startswith(", D.C.", end):
            end += 6  # "Washington, D.C." is one name
        state = _STATE_WORD.match(text, end)
        if state and any(
            c.kind == 0 and c.entry.feature == "admin1" for c in candidates(gaz, text[start : state.end()])
        ):
            end = state.end()  # "Benue State": the unit's own name, as GeoNames has it
        hyphened = _HYPHEN_TAIL.match(text, end)
        if hyphened and any(c.kind == 0 for c in candidates(gaz, text[start : hyphened.end()])):
            end = hyphened.end()  # "Gilgit-Baltistan" the model cut at the hyphen
        end = _name_goes_on(gaz, text, start, end, taken)
        return add_chars(start, end, source, _gov_cue(span))

    def add_chars(start: int, end: int, source: str, gov_cue: bool = False) -> Mention:
        m = Mention(text[start:end], start, end, gov_cue=gov_cue, source=source)
        # "in Victor", "shelled Vuhledar", "Soledar's salt mines"; not "in the Clio's case" (a yacht's)
        m.locative = _placed_before(text, start, end) and (
            not _POSSESSED.match(text, end) or bool(_OWN_PART_AFTER.match(text, end))
        )
        mentions.append(m)
        for k in range(start, end):
            taken[k] = True
        return m

    for m in _LOCATED.finditer(text):  # "Nadiia, Donetsk", "Kupiansk (Kharkiv)": whatever the model says
        found = _located(text, gaz, m, persons)
        if found is None:
            continue
        head, units, run_end = found
        if any(any(taken[a:b]) for a, b in [head, *units]):
            continue
        add_chars(*head, "gazetteer:location")
        for k in range(m.start("head"), run_end):  # "Shakhta imeni Gagarina": no "Shakhta" apart
            taken[k] = True
        for a, b in units:
            cs = candidates(gaz, text[a:b])
            if cs:
                add_chars(a, b, "gazetteer:unit")
                focus.update(c.entry.country for c in cs if c.entry.feature == "country" and c.kind in (0, 3))
    for ent in ents:
        if any(taken[ent.start_char : ent.end_char]):
            continue  # "Voskresenske, Mykolaiv" as one span: read apart above
        name = strip_mention(ent.text)
        if ent.label_ == "NORP" or is_demonym(name) or fold(name) in REGIONAL_DEMONYMS:
            code = side_of(name) or _region_country(gaz, name)
            if code:
                hints.append(DemonymHint(ent.text, ent.start_char, ent.end_char, code))
                continue
        if COMPASS.match(name) or fold(name) in PLANETS:
            continue
        if _institution(ent) and len(ent) > 1:
            part = _institution_prefix(gaz, ent)
            if part is not None:
                m = add(part, f"gazetteer:{ent.label_}-part")
                if _a_city_only(gaz, part.text):
                    m.qualifier = "city"  # "Luhansk University" is in the city, not the oblast
            continue
        if ent.label_ in PLACE_LABELS:
            if not any(ch.isupper() for ch in ent.text) and not any(
                c.kind == 0 and c.entry.feature == "country" for c in candidates(gaz, ent.text)
            ):
                continue  # "the west bank of the Dnipro": a common noun, unless a country ("russia's war")
            if ent.label_ in ("FAC", "GPE") and not candidates(gaz, ent.text) and not _facility(ent):
                continue  # "Dropbox", "Wavepiston": a GPE no gazetteer knows is usually not a place
            if len(ent) == 1 and ent[0].lower_ in persons and not _known_well(gaz, ent.text, set()):
                continue  # "Yulia" after "Yulia Skripal": a person the model called a GPE
            if _an_interlocutor(gaz, text, ent):
                continue  # "Speaking to Bloomberg": an outlet the model called a GPE
            if _acronym(name) and not any(
                c.kind == 3 or (c.kind in (0, 1) and c.entry.population >= 1_000_000)
                for c in candidates(gaz, ent.text)
            ):
                continue  # "AI", "MoD": an acronym is a place as a known code ("UK") or a big city ("NYC")
            parts = _run_together(gaz, ent)
            for part in parts or [ent]:
                add(part, f"ner:{ent.label_}")
            for c in candidates(gaz, ent.text)[:50]:
                if c.entry.feature == "country" and c.kind in (0, 3):
                    focus.add(c.entry.country)
        elif ent.label_ in ("ORG", "PERSON") and _facility(ent) and len(ent) > 1:
            add(ent, f"facility:{ent.label_}")  # "Colchester General Hospital", "Mont-Royal Avenue"
        elif ent.label_ in OTHER_LABELS:
            deferred.append(ent)
    if not focus:
        for m in mentions:
            cs = candidates(gaz, m.text)
            if cs:
                focus.add(max(cs, key=lambda c: c.entry.population).entry.country)
    # With no place found yet, the big places the model called a person or an organisation
    # ("officials in Kyiv said", Kyiv tagged ORG) say where a strike cue looks for villages.
    strike_focus = focus or {
        max(candidates(gaz, e.text), key=lambda c: c.entry.population).entry.country
        for e in deferred
        if _known_well(gaz, e.text, set())
    }
    for ent in deferred:
        if ent.label_ == "PERSON" and len(ent) > 1 and _major_place(gaz, ent.text):
            add(ent, "gazetteer:PERSON")  # "Tamil Nadu", "Abu Dhabi": no person bears a state's full name
        elif (
            ent.label_ == "PERSON"
            and (len(ent) > 1 or ent.end == len(doc) or doc[ent.end].tag_ != "POS")
            and _locative_before(doc, ent)
            and _a_town_of(gaz, ent.text, focus)
        ):
            # "In Klamath Falls, users pay ...", "horses nearby in Riverdale": a town's own name after
            # "in" (not before a possessive: "in Jackson's view" is a person's); the text calls it a
            # place, so its bare repeats are places too ("the Riverdale gas station")
            add(ent, CUED)
        elif _a_speaker(gaz, ent):
            continue  # "McGraw said", "Anderson again urged": a person the model called an ORG
        elif ent.label_ == "PERSON" and _eponym(doc, ent):
            continue  # "the Marshall plan", "a Nobel prize": named after a person, not a town
        elif _a_body(gaz, ent, org_heads):
            continue  # "attacked Harvard" where the story also names "Harvard University"
        elif _after_title_list(text, ent.start_char) and not (
            _known_well(gaz, ent.text, set()) or _a_town_of(gaz, ent.text, set())
        ):
            continue  # "the mayors of Lviv and Sadovyi": an office holder, not a village
        elif _plausible_name(text, ent, persons) and (
            (well := _known_well(gaz, ent.text, focus)) or _place_cue(doc, text, gaz, ent, strike_focus)
        ):
            # "shelled near Mezhova", "the town of X": an organisation to the model, a place to the text
            # as is a people's name to the model that the text acts on ("artillery pounded Ivanivka")
            cued = ent.label_ in ("ORG", "NORP") and (
                not well or _place_cue(doc, text, gaz, ent, strike_focus)
            )
            add(ent, CUED if cued else f"gazetteer:{ent.label_}")
        elif ent.label_ == "ORG":
            part = (
                _place_prefix(gaz, ent, focus)
                or _country_suffix(gaz, ent)
                or _state_body(gaz, ent)
                or _state_prefix(gaz, ent)
            )
            word = strip_mention(part.text) if part is not None else ""
            code = side_of(word) if is_demonym(word) else None  # "the “Ukrainian army": a hint too
            if code:  # "the Russian Foreign Ministry": a side hint, like any demonym
                hints.append(DemonymHint(part.text, part.start_char, part.end_char, code))
            elif part is not None:
                add(part, "gazetteer:ORG-part")
    # "the Asia-Pacific" read as one name: its parts instead. The hyphenated mentions are found by
    # the characters they cover, so a text of thousands of compounds costs no pass over all mentions.
    parts = _compound_parts(gaz, text, focus)
    joined = {k: m for m in mentions if _DASH.search(m.text) for k in range(m.start, m.end)} if parts else {}
    dropped: set[int] = set()
    for a, b in parts:
        for m in {id(m): m for m in (joined.get(k) for k in range(a, b)) if m is not None}.values():
            if id(m) not in dropped and not any(c.kind in (0, 1) for c in candidates(gaz, m.text)):
                dropped.add(id(m))
                for k in range(m.start, m.end):
                    taken[k] = False
        if not any(taken[a:b]):
            add_chars(a, b, "gazetteer:compound")
    if dropped:
        mentions[:] = [m for m in mentions if id(m) not in dropped]
    unit_after: dict[int, bool] = {}  # list walks already made, shared by the runs of one list
    by_end, by_start = {m.end: m for m in mentions}, {m.start: m for m in mentions}
    for span in _propn_runs(doc, text, taken, gaz):
        before_unit = _before_unit_word(doc, span, unit_after)
        # "Strikes hit Odesa", "shelled Orikhiv": a front-line cue before a name the model left unlabelled
        front = _front_line(text, span.start_char, span.end_char)
        # "talks between Moscow and Kyiv": joined by "and"/"or" to a place already found
        # "Izium, one of the towns retaken": the apposition counts it among places
        located = (
            _locative_context(doc, span)
            or before_unit
            or front
            or _ONE_OF_AFTER.match(text, span.end_char)
            or _a_seat_speaking(gaz, span)
        )
        partner = _partner(text, span, by_end, by_start)
        paired = partner is not None and not COMPASS.match(span.text)  # "the West and Russia"
        lower = span.text.lower()
        body = lower in NOT_PLACES and not (before_unit and lower in GOVERNMENT_NAMES)  # "the Centre region"
        if COMPASS.match(span.text) and not before_unit:
            continue  # "appealed to the West": a bloc, as a "West" the model calls a place is above
        if not (located or paired) or (body or lower in PLANETS or _heads_a_name(doc, span)):
            continue  # "the State Council", "the University of Alberta": the head of a body's name
        if _a_body(gaz, span, org_heads):
            continue  # "attacked Harvard" where the story also names "Harvard University"
        if span[0].ent_type_ == "PERSON" and _eponym(doc, span):
            continue  # "similar to the Marshall plan"
        # "the Ministry of Commerce", "the Order of Friendship": after a body's name only a known place
        # Joined to a place only, a name must be a big place ("the mayors of Lviv and Sadovyi": a mayor)
        well = _known_well(gaz, span.text, set() if _named_body_of(doc, span) or not located else focus)
        if _plausible_name(text, span, persons) and (
            well
            or (_called_a_place(doc, text, span) and _a_town(gaz, span.text))
            or (before_unit and _a_unit(gaz, span.text))
            or (front and span.text.lower() not in CALENDAR and _a_village(gaz, span.text, strike_focus))
            # untagged after a plural title: an office holder, town or not (_list_members spares towns)
            or (
                paired
                and not _after_title_list(text, span.start_char)
                and _a_list_village(gaz, text, span, partner)
            )
        ):
            m = add(span, "gazetteer")
            by_end[m.end], by_start[m.start] = m, m  # "attacked Izmail and Reni": the next may join it
    _list_members(text, gaz, deferred, mentions, persons, taken, add)
    head = _headline_opening(doc, taken)
    if head is not None and _plausible_name(text, head, persons) and _known_well(gaz, head.text, focus):
        add(head, "gazetteer:headline")  # "Cork mother says ...", "Hampshire racing driver ..."
    for m in _PARTY_HOME.finditer(text):
        if not any(taken[m.start() : m.end()]) and any(
            c.entry.feature == "admin2" or (c.kind in (0, 4) and c.entry.feature == "city")
            for c in candidates(gaz, m.group(1))
        ):
            add_chars(m.start(1), m.end(1), "gazetteer:party-home")
    for m in _COUNTY.finditer(text):
        if not any(taken[m.start() : m.end()]) and any(
            c.entry.feature == "admin2" for c in candidates(gaz, m.group())
        ):
            add_chars(m.start(), m.end(), "gazetteer:county")
    opening = TEXT_DATELINE.match(text)
    for m, g in [(m, 1) for m in DATELINE.finditer(text)] + (
        [(opening, opening.lastindex)] if opening else []
    ):
        span = doc.char_span(m.start(g), m.end(g))
        if (
            span is not None
            and not any(taken[span.start_char : span.end_char])
            and _dateline_place(gaz, span.text)
        ):
            add(span, "gazetteer:dateline")
    for m in list(mentions):  # "Barrie, Ont.", "PLEASANTON, Calif.--": the state or province after a town
        abbr = _STATE_AFTER.match(text, m.end)
        key = fold(abbr.group(1)) if abbr else ""
        if abbr and (key in STATE_ABBREVIATIONS or key in POSTAL_CODES) and not taken[abbr.start(1)]:
            add_chars(abbr.start(1), abbr.end(1), "gazetteer:abbreviation")  # not the token "Calif.--("
        elif unit := _county_after(gaz, text, m, taken):
            add_chars(*unit, "gazetteer:unit")  # "New Quay, Ceredigion,": the county the town lies in
    # "the Kremlin": seats of government the model leaves unlabelled (found by the lower-case ids,
    # so the tokens of the rest of the text are never built)
    for i in [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in _SEAT_IDS]:
        if not taken[doc[i].idx]:
            add(doc[i : i + 1], "gazetteer:seat")
    for a, b in _repeats(ents, text, gaz, mentions, taken):
        span = doc.char_span(a, b)
        if span is not None:  # a whole-token span, so "Kyiv, though, has warned" is read as speaking
            add(span, REPEAT)
    # One pass, not a list.remove per name: a text of thousands of "Nord Stream" would make it quadratic.
    kept = []
    for m in mentions:
        if (
            _saint_dedication(text, m)  # "St. Michael's Monastery", "the church of St. Peter and St. Paul"
            or _in_stream_name(text, m)  # "the Nord Stream 1 pipeline"
            or _agency_or_surname(text, m)  # "news agency Tass", "Ursula von der Leyen", "the State Duma"
            or _kin_before(text, m)  # "his wife, Dora,", "daughters North and Chicago": people
            or _UNIT_NAMED_AFTER.match(text, m.end)  # "the Azov regiment": a unit's namesake
        ):
            continue
        bloc = BLOCS.get(fold(strip_mention(m.text)))
        if bloc:  # "the European Union" is a bloc, not the continent: a side hint
            hints.append(DemonymHint(m.text, m.start, m.end, bloc))
        else:
            kept.append(m)
    mentions[:] = kept
    hints.sort(key=lambda h: h.start)
    # The peoples an article names, read with its places ("The Lebanese army deployed in Tripoli"):
    # countries only, or every hint (blocs and continents too) when demonyms count as places.
    mentions += [
        Mention(h.text, h.start, h.end, source="demonym")
        for h in hints
        if peoples == "all" or (peoples == "countries" and len(h.country) == 2)
    ]
    annotate_context(text, mentions)
    return mentions, hints


# A place written with the units it lies in, as ACLED and front-line reports write it: in
# parentheses ("Kupiansk (Kharkiv)", "Vuhledar (Volnovaskyi, Donetsk)", "Kherson city (Kherson,
# Kherson)") or after a comma ("Nadiia, Donetsk", "Nove, Kharkiv region", "Hannivka, Nikopol
# district, Dnipropetrovsk", "Athens, Georgia"). The head is a run of capitalised words (with
# "imeni": "Shakhta imeni Gagarina"); its longest tail the gazetteer has inside the unit is the place.
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_RUN = rf"{_WORD}(?:\s+(?:imeni\s+)?{_WORD}){{0,3}}"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
_UNIT_WORD = r"(?:\s+(?:district|raion|rayon|oblast|region|province|community|hromada))?"
_LOCATED = re.compile(
    rf"(?<![\w'’-])(?P<head>{_RUN})(?:\s+(?:city|town|village|settlement"
    r"|(?:(?:territorial|urban|rural|settlement|village)\s+)?(?:community|hromada)))?"
    rf"(?:\s*\(\s*(?P<p1>{_NAME}){_UNIT_WORD}(?:\s*,\s*(?P<p2>{_NAME}){_UNIT_WORD})?\s*\)"
    rf"|,\s+(?:(?P<c1>{_WORD})\s+(?:district|raion|rayon),\s+)?(?P<c2>{_WORD}(?:\s+{_WORD})?)"
    rf"|\s+in\s+(?:the\s+)?(?P<i1>{_WORD})(?=\s+(?:region|oblast|province)\b))"
)
_UNIT_FEATURES = ("admin1", "country")


def _located(
    text: str, gaz: Gazetteer, m: re.Match, persons: set[str]
) -> tuple[tuple[int, int], list[tuple[int, int]], int] | None:
    """A head and the units after it: (head chars, [unit chars, narrowest first], end of the whole
    run). Taken only when the gazetteer has a tail of the head inside the widest unit, an admin-1
    unit or country ("Nadiia, Donetsk"; not "Zelensky, Ukraine's president", "Kharkiv, Donetsk and
    Luhansk": a list of units)."""
    if m.group("p1"):
        groups = ["p1", "p2"] if m.group("p2") else ["p1"]
    elif m.group("i1"):
        groups = ["i1"]
    else:
        groups = ["c1", "c2"] if m.group("c1") else ["c2"]
    last = groups[-1]
    unit_start, unit_name = m.start(last), m.group(last)
    if unit_name.endswith(("'s", "’s")):
        return None  # "Yair Lapid, Israel's foreign minister": an apposition, not a container
    units = _units(gaz, unit_name)
    if not units and m.group("c2") and " " in unit_name:  # "Donetsk Casualties": the first word
        unit_name = unit_name.split()[0]
        units = _units(gaz, unit_name)
    if not units:
        return None
    head_start, words = m.start("head"), m.group("head").split()
    for k in range(len(words)):
        if not words[k][:1].isupper() or words[k].lower() in CALENDAR:
            continue
        start = head_start + m.group("head").index(words[k], _offset(m.group("head"), k))
        name = text[start : m.end("head")]
        if _inside_unit(gaz, name, units, unit_name, persons, text[max(0, start - 20) : start]):
            spans = [(start, m.end("head"))]
            spans += [(m.start(g), m.start(g) + len(m.group(g))) for g in groups[:-1]]
            spans.append((unit_start, unit_start + len(unit_name)))
            return spans[0], spans[1:], m.end("head")
    return None


def _offset(run: str, k: int) -> int:
    """Character offset of the k-th word of a whitespace-separated run."""
    return sum(len(w) for w in run.split()[:k]) + k if k else 0


def _units(gaz: Gazetteer, name: str) -> list:
    return [
        c.entry for c in candidates(gaz, name) if c.kind in (0, 1, 4) and c.entry.feature in _UNIT_FEATURES
    ]


def _inside_unit(
    gaz: Gazetteer, name: str, units: list, unit_name: str, persons: set[str], before: str
) -> bool:
    """The head names a place inside one of the units (its spelling variants count: Vysokopillia is
    Vysokopillya in Kherson Oblast), and is not itself a unit of a list, a person or a demonym."""
    key = fold(name)
    if is_demonym(name) or key in persons or TITLES.search(before):
        return False
    cands = candidates(gaz, name)
    if key != fold(unit_name) and any(
        c.kind in (0, 1, 4) and c.entry.feature in _UNIT_FEATURES for c in cands
    ):
        return False  # "Kharkiv, Donetsk": units in a list ("Kherson, Kherson" is city and oblast)
    if any(c.kind in (0, 1, 4) and _in_units(c.entry, units) for c in cands):
        return True
    return len(key) >= 5 and any(_in_units(e, units) for e, _ in gaz.variants(key))


def _in_units(e, units: list) -> bool:
    return e.feature not in _UNIT_FEATURES and any(contains(u, e) for u in units)


def _facility(span: Span) -> bool:
    """A named street, building or site: a place even when no gazetteer lists it."""
    return span[-1].lower_ in FACILITY_WORDS and span[-1].text[:1].isupper()


def _institution(span: Span) -> bool:
    return span[-1].lower_ in INSTITUTIONS and span[-1].text[:1].isupper()


def _a_city_only(gaz: Gazetteer, text: str) -> bool:
    """A city under this very name, and no country or province so named ("Luhansk", not "Florida")."""
    cs = [c for c in candidates(gaz, text) if c.kind == 0]
    return any(c.entry.feature == "city" for c in cs) and not any(
        c.entry.feature in ("country", "admin1") for c in cs
    )


def _institution_prefix(gaz: Gazetteer, ent: Span) -> Span | None:
    """The well-known place an institution's name opens with, taking "State" when the place is a
    state ("Washington State" is Washington state, not the capital)."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    end = ent.end - 1
    while end > start and doc[end - 1].lower_ in INSTITUTION_QUALIFIERS:
        end -= 1
    part = doc[start:end]
    if not len(part) or not all(t.text[:1].isupper() for t in part if t.is_alpha) or part[-1].tag_ == "POS":
        return None
    if doc[end].lower_ == "state" and any(
        c.kind in (0, 1) and c.entry.feature == "admin1" for c in candidates(gaz, f"{part.text} State")
    ):
        return doc[start : end + 1]
    if doc[end].lower_ == "state":
        return None  # "Kent State University" is in Ohio, not Kent, England
    return part if _known_well(gaz, part.text, set()) else None


def _dateline_place(gaz: Gazetteer, text: str) -> bool:
    """A dateline names a city (or a country or state): its own name, not a loose or embedded match."""
    return any(
        c.kind in (0, 1, 4) and c.entry.feature in ("city", "country", "admin1")
        for c in candidates(gaz, text)
    )


def _country_suffix(gaz: Gazetteer, ent: Span) -> Span | None:
    """'Environment Canada', 'Costco Canada', 'DeSmog Canada' -> the country an organisation or its
    branch is named for (countries only: "Real Madrid" is a club, "Trillium Health Centre" no region)."""
    for k in (2, 1):
        if len(ent) <= k:
            continue
        part = ent[len(ent) - k :]
        if not all(t.text[:1].isupper() for t in part) or ent.doc[part.start - 1].lower_ == "of":
            continue
        if any(c.kind in (0, 1, 4) and c.entry.feature == "country" for c in candidates(gaz, part.text)):
            return part
    return None


# Bodies of a state named after it: "Pakistan Army", "the U.S. Department of Justice", "US Census
# Bureau", "California National Guard" (news outlets are not among them).
STATE_BODIES = {
    "army", "navy", "forces", "force", "guard", "marines", "military", "department", "ministry", "bureau",
    "agency", "embassy", "consulate", "government", "senate", "congress", "parliament", "administration",
    "office", "representative", "service", "commission", "customs", "patrol", "command",
}  # fmt: skip


def _state_body(gaz: Gazetteer, ent: Span) -> Span | None:
    """The country or state a government body, army or agency is named after: "Pakistan Army",
    "US Census Bureau" (the body's word comes first or second after the name: not "Niger Delta
    Development Commission"). A demonym ("the Russian Foreign Ministry") is returned for a hint."""
    start = ent.start + (ent[0].lower_ == "the")
    for k in (3, 2, 1):
        part = ent.doc[start : start + k]
        rest = ent.doc[start + k : min(ent.end, start + k + 2)]
        if len(rest) == 0 or not all(t.text[:1].isupper() for t in part if t.is_alpha):
            continue
        if COMPASS.match(part.text) or part.text.lower() in NOT_PLACES or part[-1].tag_ == "POS":
            continue
        if not any(t.lower_ in STATE_BODIES for t in rest):
            continue
        if any(
            c.kind in (0, 3) and c.entry.feature in ("country", "admin1") for c in candidates(gaz, part.text)
        ):
            return part
    return None


def _state_prefix(gaz: Gazetteer, ent: Span) -> Span | None:
    """The country or state any organisation opens with: "Georgia Environmental Protection Division",
    "the Northeast Georgia Medical Center", "N.J. Division of Alcoholic Beverage Control" (all three
    benchmark formats tag the place in such names). Own names and codes only; not a demonym."""
    start = ent.start + (ent[0].lower_ == "the")
    if start < ent.end - 1 and COMPASS.match(ent.doc[start].text):
        start += 1  # "Northeast Georgia ..."
    for k in (3, 2, 1):
        part = ent.doc[start : start + k]
        if start + k >= ent.end or not all(t.text[:1].isupper() for t in part if t.is_alpha):
            continue
        if part.text.lower() in NOT_PLACES or part[-1].tag_ == "POS" or is_demonym(part.text):
            continue
        if not part[-1].whitespace_ or any(
            c.kind == 0 for c in candidates(gaz, part.text + " " + ent.doc[start + k].text)
        ):
            return None  # "Armenia-Italy ...", "Niger Delta ...": the name goes on
        if any(
            c.entry.feature in ("country", "admin1") and (c.kind == 0 or (c.kind == 3 and "." in part.text))
            for c in candidates(gaz, part.text)
        ):
            return part
    return None


def _place_prefix(gaz: Gazetteer, ent: Span, focus: set[str]) -> Span | None:
    """The place an organisation is named after: "Danbury police", "the Winnipeg Free Press"."""
    start = ent.start + (ent[0].lower_ == "the")
    for end in range(ent.end - 1, start, -1):
        part = ent.doc[start:end]
        if ent.doc[end].lower_ not in LOCAL_BODIES or part[-1].is_punct or part.text.lower() in NOT_PLACES:
            continue
        if part[-1].lower_ in LOCAL_BODIES and not any(c.kind == 0 for c in candidates(gaz, part.text)):
            continue  # "Athens City Council" is Athens' council ("Kansas City Police" is Kansas City's)
        if all(t.text[:1].isupper() for t in part if t.is_alpha) and _known_well(gaz, part.text, focus):
            return part
    return None


# Kin and partners: the one-word name after them is a person ("his brother Alex", "his wife, Dora,").
KIN = {
    "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters",
    "mother", "father", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "widow",
    "grandson", "granddaughter", "nephew", "niece", "cousin", "stepson", "stepdaughter", "baby",
}  # fmt: skip
_KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(KIN)}),?\s+(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))?$", re.I)


def _place_cue(doc: Doc, text: str, gaz: Gazetteer, ent: Span, strike_focus: set[str]) -> bool:
    """The text calls the name a place: "the town of X" (a town of that name), or a front-line cue
    around it ("shelled near Mezhova", "Marinka was shelled": a village in the country the strikes
    are in)."""
    return (_called_a_place(doc, text, ent) and _a_town(gaz, ent.text)) or bool(
        _front_line(text, ent.start_char, ent.end_char) and _a_village(gaz, ent.text, strike_focus)
    )


def _kin_before(text: str, m: Mention) -> bool:
    """A one-word name right after a kin word, or second in a list after one, names a person."""
    return " " not in m.text and bool(_KIN_BEFORE.search(text, max(0, m.start - 40), m.start))


def _heads_a_name(doc: Doc, span: Span) -> bool:
    """'University' in 'the University of Alberta', 'Bank' in 'Bank of Japan': the run goes on with
    'of' and a capitalised word, so it heads a longer name."""
    j = span.end
    return j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].text[:1].isupper()


# Gas pipelines and ocean currents are named "... Stream" (Nord Stream, TurkStream, the Gulf Stream):
# a name in such a name is no town.
_STREAM_NAME = re.compile(r"\b[A-Z][a-z]+ ?Stream\b(?: \d\b)?")


def _in_stream_name(text: str, m) -> bool:
    lo = max(0, m.start - 20)
    return any(s.start() <= m.start and m.end <= s.end() for s in _STREAM_NAME.finditer(text, lo, m.end + 20))


# "the Azov regiment", "Azov servicemen", "the Aidar battalion": a military unit named after a place
# is no mention of the place.
_UNITS = r"regiments?|battalions?|brigades?|militias?"  # shared with _GROUP_AFTER
_UNIT_NAMED_AFTER = re.compile(rf"\s+(?:{_UNITS}|servicemen)\b", re.I)
_AGENCY_AFTER = re.compile(r"\s+news\s+agency\b", re.I)
_AGENCY_BEFORE = re.compile(r"\bnews\s+agency,?\s+$", re.I)
# "told the news agency Kharkiv had been hit": the name opens the clause told, no agency's name
_CLAUSE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could)\b")
# A surname's particle after a first name: "Ursula von der Leyen" (Leiden), "Vincent van Gogh".
_SURNAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:von|van|ter|zu)(?:\s+(?:der|den|dem))?\s+$")


# Russia's parliament, "the Duma" or "the State Duma": a town is not written with "the" (Duma, Syria),
# save before what happened there ("the Duma attack", "the Duma chemical attack": Douma, Syria).
_PARLIAMENT_BEFORE = re.compile(r"\b(?:[Tt]he|State|city|regional)\s+$")
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:chemical|gas|poison|chlorine)\s+)?(?:attacks?|massacres?|siege|bombings?|shelling|strikes?)\b",
    re.I,
)


def _agency_or_surname(text: str, m) -> bool:
    """A news agency's name ("the TASS news agency", "news agency Tass": a village in Hungary), a
    surname after its particle, or Russia's parliament."""
    before = text[max(0, m.start - 30) : m.start]
    return bool(
        _AGENCY_AFTER.match(text, m.end)
        or (_AGENCY_BEFORE.search(before) and not _CLAUSE_AFTER.match(text, m.end))
        or _SURNAME_BEFORE.search(before)
        or (m.text == "Duma" and _PARLIAMENT_BEFORE.search(before) and not _EVENT_AFTER.match(text, m.end))
    )


# Nouns a person's name goes before when something is named after them ("the Marshall plan").
EPONYM_NOUNS = {"plan", "doctrine", "prize", "award", "medal", "scholarship", "fellowship", "memorial"}


def _eponym(doc: Doc, span: Span) -> bool:
    """A name the model took for a person's, before a lower-case noun things are named after people by."""
    j = span.end
    return j < len(doc) and doc[j].is_lower and doc[j].lemma_ in EPONYM_NOUNS


def _named_body_of(doc: Doc, span: Span) -> bool:
    """'the Ministry of X', 'the Order of X', 'the Committee of the Red Cross': the name follows a
    capitalised word and 'of' (not a person's name: "Jodi Mahler of Bellmore" is where she lives)."""
    i = span.start
    if i > 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "of":
        i -= 1
    return (
        i > 1
        and doc[i - 1].lower_ == "of"
        and doc[i - 2].text[:1].isupper()
        and doc[i - 2].is_alpha
        and doc[i - 2].ent_type_ != "PERSON"
    )


# Prepositions after which a name is where something is, not whom it concerns ("of", "to" may be a person's).
PLACE_PREPOSITIONS = {"in", "near", "outside", "at", "around", "across"}


def _locative_before(doc: Doc, span: Span) -> bool:
    """'in X', 'near the X'."""
    i = span.start
    return bool(i) and (
        doc[i - 1].lower_ in PLACE_PREPOSITIONS
        or (i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in PLACE_PREPOSITIONS)
    )


def _a_town_of(gaz: Gazetteer, text: str, focus: set[str]) -> bool:
    """A settlement under exactly this name or its respelling ("Avdiivka": Avdiyivka), a town of
    5,000, or any in the article's countries."""
    return any(
        c.kind in (0, 4)
        and c.entry.feature == "city"
        and (c.entry.population >= 5000 or c.entry.country in focus)
        for c in candidates(gaz, text)
    )


def _locative_context(doc: Doc, span: Span) -> bool:
    """'in X', 'in the X region', 'X oblast', 'the village of X'."""
    i = span.start
    if i and doc[i - 1].lower_ in LOCATIVE:
        return True
    if i > 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in LOCATIVE:
        return True
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    return (
        nxt in ADMIN1_WORDS
        or nxt in ADMIN2_WORDS
        or nxt in CITY_WORDS[:3]
        or _serves(doc, span)
        or _before_area(doc, span)
    )


# "the Izium and Balakliia areas", "the Lyman direction": front-line reporting names towns so.
AREA_WORDS = {"area", "areas", "direction", "directions", "axis", "sector", "sectors", "outskirts"}


def _before_area(doc: Doc, span: Span) -> bool:
    """The name, or the list it ends or starts ("X and Y areas"), stands before an area word."""
    j = span.end
    if j < len(doc) and doc[j].lower_ in AREA_WORDS:
        return True
    return (
        j + 2 < len(doc)
        and doc[j].lower_ in ("and", ",", "or")
        and doc[j + 1].pos_ == "PROPN"
        and doc[j + 2].lower_ in AREA_WORDS
    )


OFFICES = {"police", "mayor", "governor", "sheriff", "council"}


def _serves(doc: Doc, span: Span) -> bool:
    """'Danbury police', 'Aleppo Mayor Brita Hagi Hasan': a local body or office named after the place."""
    return span.end < len(doc) and doc[span.end].lower_ in OFFICES


def _called_a_place(doc: Doc, text: str, span: Span) -> bool:
    """'the town of Kidal', 'Danbury police', 'Aleppo Mayor': the text itself says it is a place."""
    i = span.start
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in CITY_WORDS + ADMIN1_WORDS:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in CITY_WORDS[:3]:
        return True  # "Kupiansk city", "Kherson town"
    return _serves(doc, span) or _before_area(doc, span) or _town_apposition(doc, text, span)


_BEARING_AFTER = re.compile(
    r"\s+(?:just\s+|some\s+|about\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+outskirts)?\s+of\s+[A-Z]"
)


def _town_apposition(doc: Doc, text: str, span: Span) -> bool:
    """'Soledar, a salt-mining town', 'Vuhledar, the last village before ...': the apposition says so;
    so does a bearing from another place ('Chasiv Yar, west of Bakhmut', 'Avdiivka, just north of')."""
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "," and _BEARING_AFTER.match(text, doc[j].idx + 1):
        return True
    if j < len(doc) and (one_of := _ONE_OF_AFTER.match(text, doc[j].idx)):
        return one_of.lastgroup == "city"  # "Izium, one of the towns retaken in September"
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[j + 2 : j + 6]:
        if t.lower_ in CITY_WORDS[:4]:
            return True
        if t.is_punct and t.text != "-":
            return False
    return False


# What front-line reports put before a village: "shelled Avdiivka", "near Mezhova", "the outskirts
# of Orikhiv", "in the direction of Torske", "(coded to Ternivka", "the mayor of Izium", "south of Bakhmut",
# "Russian-occupied Donetsk";
# and an act on it (group "act"): taking, entering or bombarding it ("Wagner fighters took Soledar",
# "troops entered Kozacha Lopan", "artillery pounded Ivanivka", "Russia claimed Klishchiivka"), or the noun of such an act ("strikes
# on Orikhiv", "the battle for Marinka", "the capture of Bilohorivka", "shelling of Kurakhove"),
# acts a person can also suffer, so read only with no person's use after the name ("took Ivan
# prisoner", "took Zelensky's warning", "the capture of Reznikov's deputy").
# Every cue opens on a word character: the leading lookahead says so and makes the window's search a
# third cheaper (the engine skips the other positions before trying the alternatives); same matches.
_FRONT_LINE_CUE = re.compile(
    r"(?=\w)(?:\b(?:shelled|struck|attacked|bombed|hit|captured|recaptured|liberated|near|outside|around|towards?"
    r"|(?:outskirts|area|direction|vicinity|governor|mayor|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of"
    r"|coded\s+to|\w+-(?:occupied|controlled|held|annexed))(?:\s+the)?\s+"
    r"|\b(?P<act>took|retook|seized|stormed|overran|entered|re-entered|pounded|bombarded|claimed"
    r"|(?:(?:air|missile|drone|rocket)\s+)?(?:strikes?|attacks?|assaults?|offensives?|advances?|raids?)"
    r"\s+(?:on|against)|(?:shelling|bombardments?|capture|recapture|fall|liberation|siege|encirclement"
    r"|retaking|storming)\s+of|(?:battles?|fight|fighting|struggle)\s+(?:for|over))\s+)\Z",
    re.I,
)
# A village owning a part of itself: "Soledar's salt mines", "Bakhmut's western outskirts" (not what
# a person owns: "Zelensky's home town", "Ivan's house").
_OWN_PART_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:outskirts|suburbs|centre|center|downtown|streets|neighbou?rhoods?"
    r"|districts|residents|inhabitants|defenders|garrison|mines)\b"
)
_PERSON_AFTER = re.compile(r"['’]s\b|\s+(?:prisoner|hostage|captive|aside|away|home|to|into|by|with)\b", re.I)
# The place as the passive subject of a bombardment: "Marinka was shelled", "X came under fire".
_STRUCK_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+|being\s+)?(?:again\s+|\w+ly\s+)?"
    r"(?:shelled|bombed|bombarded|pounded)|came\s+under\s+(?:\w+\s+)?(?:fire|attack|shelling|bombardment))\b",
    re.I,
)


def _front_line(text: str, start: int, end: int) -> bool:
    """What a front-line report says of a village at text[start:end]: a cue before it ("shelled
    Vuhledar", "near Mezhova", "around Marinka"), an act on it ("took Soledar", "strikes on Orikhiv",
    not "took Ivan prisoner"), its bombardment after it ("Chasiv Yar was shelled again") or a part
    of it it owns ("Bakhmut's outskirts")."""
    cue = _FRONT_LINE_CUE.search(text, max(0, start - 40), start)
    if cue and not (cue.group("act") and _PERSON_AFTER.match(text, end)):
        return True
    return bool(_STRUCK_AFTER.match(text, end) or _OWN_PART_AFTER.match(text, end))


# "invested in Tui", "shares in Voi", "a stake in Metro": what one holds a part of is a firm.
_HELD_IN = re.compile(
    r"\b(?:invest(?:ed|s|ing|ments?|ors?)?|shares?|stakes?|shareholders?|shareholdings?)\s+in\s+(?:the\s+)?\Z",
    re.I,
)


def _placed_before(text: str, start: int, end: int) -> bool:
    """The words around a name put it somewhere: a preposition before it ("in Victor", "from the
    Clio") or what a front-line report says of a village (`_front_line`: "shelled Vuhledar", "took
    Soledar", "Marinka was shelled"), whatever the model tagged the name; not "to" after speaking or
    citing ("spoke to Victor", "according to Natalia": a person)."""
    if _INTERLOCUTOR_BEFORE.search(text, max(0, start - 40), start) or _HELD_IN.search(
        text, max(0, start - 30), start
    ):
        return False
    return bool(_LOCATIVE_BEFORE.search(text, max(0, start - 20), start) or _front_line(text, start, end))


def _a_village(gaz: Gazetteer, text: str, focus: set[str]) -> bool:
    """A settlement of any size under this name (or its respelling), in the article's countries."""
    return any(
        c.kind in (0, 4) and c.entry.feature == "city" and (not focus or c.entry.country in focus)
        for c in candidates(gaz, text)
    )


def _a_town(gaz: Gazetteer, text: str) -> bool:
    """A settlement or unit of some size under exactly this name (for names with a local-body cue)."""
    return any(
        c.kind in (0, 4) and c.entry.feature != "country" and c.entry.population >= 5000
        for c in candidates(gaz, text)
    )


def _region_country(gaz: Gazetteer, name: str) -> str | None:
    """'Basque' -> 'ES', 'Ontarian' -> 'CA': the country of the region a regional adjective names."""
    if fold(name) not in REGIONAL_DEMONYMS:
        return None
    units = [c.entry.country for c in candidates(gaz, name) if c.entry.feature == "admin1"]
    return units[0] if units else None


def _acronym(name: str) -> bool:
    """'BA', 'AI', 'MoD': three letters or fewer with more than an initial capital."""
    return 0 < len(name) <= 3 and name.isalpha() and not (name.istitle() or name.islower())


def _major_place(gaz: Gazetteer, text: str) -> bool:
    """The span is, exactly and under its own name, a country, a province or a city of a million."""
    return any(
        c.kind == 0 and c.entry.feature in ("country", "admin1", "city") and c.entry.population >= 1_000_000
        for c in candidates(gaz, text)
    )


def _plausible_name(text: str, span: Span, persons: set[str]) -> bool:
    """Rejects person names, titles and lowercase words; single words in a known person's name."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    if span.label_ == "PERSON" and len(words) > 1:
        return False
    if len(words) == 1 and words[0].lower_ in persons:
        return False
    if TITLES.search(text[max(0, span.start_char - 20) : span.start_char]):
        return False
    return True


PLURAL_UNIT_WORDS = {
    "counties",
    "parishes",
    "regions",
    "provinces",
    "oblasts",
    "districts",
    "raions",
    "rayons",
    "hromadas",
}
UNIT_WORDS_AFTER = {"raion", "rayon", "district", "oblast", "region", "province", "county", "hromada"}


def _before_unit_word(doc: Doc, span: Span, memo: dict[int, bool]) -> bool:
    """'the Mykolaivskyi raion', 'the Mykolaiv district', 'Navarro, Henderson and Ellis counties': the
    text says the name (or each member of the list it opens) is a unit's. `memo` keeps the answer
    for every token the walk passed, so the runs of one long list walk it once, not once each."""
    j = span.end
    passed = []
    while (
        j not in memo
        and j + 1 < len(doc)
        and doc[j].lower_ in (",", "and", "or")
        and doc[j + 1].text[:1].isupper()
    ):
        passed.append(j)
        j += 1  # walk the list: ", Henderson", "and Ellis"
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if j < len(doc) and doc[j].lower_ == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "or"):
            j += 1
    if j in memo:
        found = memo[j]
    else:
        found = j < len(doc) and (doc[j].lower_ in UNIT_WORDS_AFTER or doc[j].lower_ in PLURAL_UNIT_WORDS)
    for k in passed + [j]:
        memo[k] = found
    return found


def _a_unit(gaz: Gazetteer, text: str) -> bool:
    """An administrative unit under this name or its own adjective ("Mykolaivskyi")."""
    return any(
        c.kind in (0, 1, 4) and (c.entry.feature in ("admin1", "admin2") or c.entry.fcode == "ADM3")
        for c in candidates(gaz, text)
    )


def _headline_opening(doc: Doc, taken: list[bool]) -> Span | None:
    """The proper nouns that open the text when a lowercase word follows them: a headline names its
    place first ("Cork mother says ...", "Avoyelles task force arrests 14")."""
    i = next((t.i for t in doc if not t.is_space), None)
    if i is None or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper() or taken[doc[i].idx]:
        return None
    j = i
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        j += 1
    if j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha:
        return doc[i : j + 1]
    return None


_AND_AFTER = re.compile(r"\s*,?\s+(?:and|or)\s+")
_AND_BEFORE = re.compile(r"\s*,?\s+(?:and|or)\s+$")
_COMMA_BEFORE = re.compile(r"\s*,\s*$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)[A-Z]")
# "Mariupol and Azov fighters", "Bakhmut and Wagner troops": a name the model called a person or an
# organisation that heads a word for armed men or members is a unit or a group, not a village.
_GROUP_AFTER = re.compile(
    rf"\s+(?:fighters|{_UNITS}|militants|soldiers|troops|forces|units?"
    r"|members|supporters|fans|mercenaries|commanders?|veterans|defenders|group)\b",
    re.I,
)

# "the mayors of Lviv and Sadovyi", "the governors of Kharkiv and Synehubov": after a plural title the
# list may pair a town with an office holder's name, so a later member tagged a person or an
# organisation is no place unless it is a town of 5,000 ("the mayors of Kherson, Beryslav and ...").
_TITLE_OF = re.compile(
    r"\b(?:mayors|governors|heads|leaders|presidents|(?:prime|foreign|defen[cs]e)\s+ministers|ministers"
    r"|chiefs|commanders|ambassadors|envoys)\s+of\s+(?:the\s+)?",
    re.I,
)
_LIST_SO_FAR = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+|\s*,\s+|\s*,?\s+(?:and|or)\s+))+")


def _after_title_list(text: str, start: int) -> bool:
    """The name at `start` follows other names in a list that opens with a plural title's "of"."""
    window = text[max(0, start - 80) : start]
    opens = [m.end() for m in _TITLE_OF.finditer(window)]
    return bool(opens) and bool(_LIST_SO_FAR.fullmatch(window, opens[-1]))


def _list_members(
    text: str,
    gaz: Gazetteer,
    spans: list[Span],
    mentions: list[Mention],
    persons: set[str],
    taken: list[bool],
    add,
) -> None:
    """'Zaporizhzhia and Orikhiv', 'Kherson and Beryslav': a name the model called a person or an
    organisation, joined by "and"/"or" to a town already found, is a list village
    (`_a_list_village`) when it is no person the article names in full. After a plural title only
    a town of 5,000 counts ("the mayors of Kherson, Beryslav and ..."), as the deferred names'
    own title guard reads; an untagged name there never does (the runs' guard, stricter)."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for ent in spans:
        if any(taken[ent.start_char : ent.end_char]) or not _plausible_name(text, ent, persons):
            continue
        other = _partner(text, ent, by_end, by_start)
        if other is None:
            continue
        if _after_title_list(text, ent.start_char) and not _a_town_of(gaz, ent.text, set()):
            continue
        if _a_list_village(gaz, text, ent, other):
            add(ent, f"gazetteer:list-{ent.label_}")


def _partner(
    text: str, span: Span, by_end: dict[int, Mention], by_start: dict[int, Mention]
) -> Mention | None:
    """The mention joined by "and"/"or" to the span, ending just before or starting just after it;
    or by a comma, inside a list that goes on after the span ("Kyiv, Lviv and Odesa")."""
    before = _AND_BEFORE.search(text, max(0, span.start_char - 8), span.start_char) or (
        _COMMA_BEFORE.search(text, max(0, span.start_char - 3), span.start_char)
        if _LIST_GOES_ON.match(text, span.end_char)
        else None
    )
    after = _AND_AFTER.match(text, span.end_char)
    return (by_start.get(after.end()) if after else None) or (by_end.get(before.start()) if before else None)


def _a_list_village(gaz: Gazetteer, text: str, span: Span, partner: Mention) -> bool:
    """A name joined to a settlement already found is a village of that settlement's country
    ("strikes on Orikhiv and Huliaipole"), unless it heads a word for armed men ("Azov fighters").
    The one list reading for untagged names and the model's persons and organisations; each caller
    keeps its own title guard ("the mayors of Lviv and Sadovyi": an office holder)."""
    if _GROUP_AFTER.match(text, span.end_char):
        return False  # "Mariupol and Azov fighters": a unit named after a place
    country = _town_country(gaz, partner)
    return bool(country) and _a_village(gaz, span.text, country)


def _town_country(gaz: Gazetteer, m: Mention) -> set[str]:
    """The country of the biggest settlement a list member may be ("Orikhiv and Huliaipole": the
    other member is a village of Ukraine's), none when it is no settlement ("Russia and Georgia")."""
    towns = [c.entry for c in candidates(gaz, m.text) if c.entry.feature in ("city", "admin2", "other")]
    return {max(towns, key=lambda e: e.population).country} if towns else set()


def _propn_runs(doc: Doc, text: str, taken: list[bool], gaz: Gazetteer):
    """Maximal runs of capitalised proper nouns not inside another mention. A run goes on over a
    hyphen with no space only into one gazetteer name ("Ivano-Frankivsk"; not "Asian-Pacific")."""
    n = len(doc)
    propn = [p == PROPN for p in doc.to_array(POS).tolist()]  # no token built for other words
    i = 0
    while i < n:
        t = doc[i] if propn[i] else None
        if t is not None and t.text[:1].isupper() and not taken[t.idx] and t.lower_ not in OFFICES:
            j, last = i, t
            while True:
                end = last.idx + len(last)
                k = j + 1
                if (
                    text.startswith("-", end)
                    and end + 1 < len(text)
                    and not text[end + 1].isspace()
                    and j + 2 < n
                    and any(c.kind in (0, 1) for c in candidates(gaz, doc[i : j + 3].text))
                ):
                    k = j + 2
                if k >= n or not propn[k]:
                    break
                nxt = doc[k]
                if not (
                    nxt.text[:1].isupper() and nxt.lower_ not in OFFICES
                ):  # "Aleppo | Mayor Brita Hagi Hasan"
                    break
                j, last = k, nxt
            span = doc[i : j + 1]
            # "Winnipeg police said", "Izium, one of the towns retaken", "Marinka was shelled" may open
            # a sentence
            if (
                not t.is_sent_start
                or _serves(doc, span)
                or _ONE_OF_AFTER.match(text, span.end_char)
                or _STRUCK_AFTER.match(text, span.end_char)
                or _gov_cue(span)
            ):
                yield span
            i = j + 1
        else:
            i += 1
