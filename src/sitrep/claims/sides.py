"""Which side a speaker speaks for, from words in the mention and a shipped lexicon.

The lexicon (`sitrep/data/sides/sides.tsv`, package data) lists states, demonyms, capitals, institutions, alliances and
officials of this conflict, each with its source. A mention gets a side when the lexicon
finds exactly one side in it ("Russia's defence ministry" -> RU, "U.S. Defense Secretary
Lloyd Austin" -> US); when it finds none, or sides that disagree, the side stays None.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# More specific entries win over the country words inside them ("Kremlin" over "Russian").
_RANK = {"official": 0, "institution": 1, "alliance": 2, "state": 3, "capital": 3, "demonym": 3}


@dataclass(frozen=True)
class SideEntry:
    pattern: str
    side: str
    kind: str
    source: str


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[dict[str, SideEntry], re.Pattern]:
    """Entries by pattern and one regex over all patterns (case-sensitive: "US" is not "us")."""
    text = resources.files("sitrep").joinpath("data/sides/sides.tsv").read_text("utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    entries = [SideEntry(**row) for row in csv.DictReader(rows, delimiter="\t")]
    patterns = sorted({e.pattern for e in entries}, key=len, reverse=True)
    regex = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in patterns) + r")(?:'s|’s)?(?![\w])")
    return {e.pattern: e for e in entries}, regex


def _found(text: str) -> list[tuple[re.Match, SideEntry]]:
    by_pattern, regex = load_lexicon()
    out = []
    for m in regex.finditer(text):
        key = re.sub(r"(?:'s|’s)$", "", m.group())
        if key in by_pattern:
            out.append((m, by_pattern[key]))
    return out


def names_a_state(text: str) -> bool:
    """Whether a mention is a state's or its capital's name and nothing more ("Russia", "the
    United States", "Moscow"), which a state's organ ("the ministry") can stand for."""
    by_pattern, regex = load_lexicon()
    m = regex.fullmatch(re.sub(r"^(?:the|The)\s+", "", text.strip()))
    key = re.sub(r"(?:'s|’s)$", "", m.group()) if m else None
    return key in by_pattern and by_pattern[key].kind in ("state", "capital")


def sides_in(text: str) -> list[SideEntry]:
    """Lexicon entries found in `text`, in order (possessive 's allowed)."""
    return [entry for _, entry in _found(text)]


# Kinds of a proper name's last words that make it a body that is not a state's own: a
# university, a newspaper or news agency, a think tank, a company, a conference, a party. A state's or
# capital's name inside such a name ("George Washington University", "The Moscow Times",
# "Carnegie Moscow Center", "Agence France-Presse") names the body, which speaks for no state.
_NON_STATE_BODY = frozenset(
    "University College School Academy Institute Institution Endowment Foundation Center Centre "
    "Post Times Journal Herald Tribune Telegraph Gazette Independent Presse Press Company "
    "Corporation Industries Association Conference Party".split()
)
_LINKS = frozenset("of for on &".split())  # "Kyiv School of Economics"; "France-Presse" is joined by "-"
_NAME_REACH = 48  # characters either side looked at for the rest of a proper name
# A profession of study or commentary whose subject the country is ("a Russia expert", "a Ukraine
# analyst", "Russia studies", "a specialist on Russia"): the speaker studies the state, not for it.
_STUDY = r"(?:expert|analyst|specialist|scholar|watcher|researcher|historian|correspondent|commentator|observer|studies)"
_STUDIED_BEFORE = re.compile(
    rf"\b(?:{_STUDY}s?\s+(?:on|of)|(?:stud(?:y|ies|ied|ying)|covers?|covered|covering)(?:\s+[a-z]+){{0,3}}(?:\s+on)?)"
    r"\s+(?:the\s+)?$"
)  # also the object of a verb of study or coverage: "who has studied sanctions on Russia"
# A state's own organ between the name and the noun makes the people its staff, not its students
# ("US intelligence analysts", "Russian defence ministry analysts").
_STATES_OWN = r"(?:state|national|central|government|ministry|army|intelligence)\b"
_STUDIED_AFTER = re.compile(rf"\s+(?:(?!{_STATES_OWN})[a-z]+\s+)?{_STUDY}s?\b")
# "the ambassador to Washington", "a Kyiv-based analyst": a host or a seat, not the speaker's state.
_ENVOYS = r"(?:ambassadors?|envoys?|embass(?:y|ies)|missions?|delegations?|representatives?)"
_HOST_BEFORE = re.compile(rf"\b(?:{_ENVOYS}\s+to|embass(?:y|ies)\s+in)\s+(?:the\s+)?$", re.I)
# "the Swiss embassy in Moscow": an embassy's seat is its host; "Ukraine's mission to NATO".
# "Russia's deputy U.N. ambassador": an alliance naming a state's envoy is the host it is sent to.
_ENVOY_AFTER = re.compile(rf"\s+(?:deputy\s+|permanent\s+|special\s+)*{_ENVOYS}\b")
# What a post covers is no side: "the UN's humanitarian coordinator for Ukraine", "envoy for Ukraine".
_REMIT_BEFORE = re.compile(
    r"\b(?:coordinator|envoy|rapporteur|commissioner|manager|director|chief|representative)s?\s+for\s+(?:the\s+)?$",
    re.I,
)
# The object of a stance is no side: "a strong supporter of Ukraine", "a critic of the Kremlin";
# nor is a state that acts against the person: "an oligarch sanctioned by the UK", "a reporter
# detained by Russia" (the state that punished a person is not the one the person speaks for).
_STANCE_BEFORE = re.compile(
    r"\b(?:(?:supporters?|backers?|critics?|opponents?|advocates?|champions?)\s+of|"
    r"(?:sanctioned|detained|arrested|jailed|imprisoned|held|captured|charged|indicted|convicted|"
    r"expelled|deported|blacklisted|wanted|persecuted|banned)\s+by)\s+(?:the\s+)?$",
    re.I,
)
# Where a speaker is, not whose: "officials in Kyiv" keeps Ukraine only when nothing else in the
# mention names a side ("A Russian official in Ukraine" is Russian), and never for a paper's or
# agency's people ("The Guardian's Luke Harding in Kyiv" is posted there).
_IN_PLACE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_POSTED_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.-]*['’]s\s+(?:[\w.-]+\s+){0,3}|\b(?:correspondent|reporter|journalist|photographer)s?\s+)"
    r"in\s+(?:the\s+)?(?:[a-z]+\s+)?$"
)  # "The Guardian's Luke Harding in Kyiv", "AFP's correspondent in Moscow"
_BODY_SEAT_BEFORE = re.compile(r"\b[A-Z]\w*\s+in\s+(?:the\s+)?$")  # "the Berggruen Institute in the US"
# "Tracey German, professor …": a demonym after a capitalised name word and before no noun is a surname.
_SURNAME = (re.compile(r"\b(?!(?:The|A|An)\b)[A-Z][\w'’.-]*\s+$"), re.compile(r"\s*(?:[,;:)]|$)"))
_SEAT_AFTER = re.compile(r"-based\b")
# A body or person a nationality only describes, which speaks for no state ("an organisation is not its
# state"): "the British think tank", "a German carmaker", "the Swiss socialist party", "a Russian
# military analyst", "Russia's richest businessman", "the Russian opposition". A state's own stays
# the state's: "the Russian state news agency", "Russia's central bank", "the national railway company",
# a ministry's, the army's or intelligence's own (`_STATES_OWN`); so does a company, firm or bank not called private, as many in this war are the state's
# ("the Ukrainian company" for the state pipeline operator).
_PRIVATE_KINDS = (
    r"think[- ]?tanks?|thinktanks?|part(?:y|ies)|private (?:compan(?:y|ies)|firms?|banks?|corporations?)|"
    r"carmakers?|manufacturers?|producers?|exporters?|retailers?|insurers?|reinsurers?|lenders?|airlines?|"
    r"outlets?|newspapers?|magazines?|websites?|organi[sz]ations?|NGOs?|charit(?:y|ies)|universit(?:y|ies)|"
    r"(?:rights|advocacy|lobby|campaign|monitoring|watchdog) groups?|analysts?|experts?|specialists?|"
    r"researchers?|historians?|economists?|scholars?|academics?|"
    r"journalists?|reporters?|writers?|novelists?|artists?|activists?|dissidents?|opposition|"
    r"business(?:man|men|woman|women)|billionaires?|oligarchs?|tycoons?|entrepreneurs?"
)
_PRIVATE_AFTER = re.compile(rf"\s+(?:(?!{_STATES_OWN})[a-z-]+\s+){{0,3}}?(?:{_PRIVATE_KINDS})\b")
_PLACE_KINDS = ("state", "capital", "demonym", "alliance")


def _name_words(words: list[str]) -> set[str]:
    """The leading capitalised words (and the links between them) of `words`."""
    out = set()
    for w in words:
        if not (w[:1].isupper() or w in _LINKS):
            break
        out.add(w)
    return out


_CLAUSE_MARK = re.compile(r"[,;:()“”\"]")  # a proper name runs to no punctuation mark but "-"
_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


def _proper_name_around(before: str, after: str) -> set[str]:
    """The capitalised words a lexicon match stands among ("George [Washington] University")."""
    left = right = set()
    if before[-1:] in (" ", "-"):
        before = _CLAUSE_MARK.split(before)[-1]
        left = _name_words(_SPACE_OR_HYPHEN.split(before.rstrip())[::-1])
    if after[:1] in (" ", "-"):
        after = _CLAUSE_MARK.split(after, maxsplit=1)[0]
        right = _name_words(_SPACE_OR_HYPHEN.split(after.lstrip()))
    return left | right


def _body_seat(before: str) -> bool:
    """Whether the match is where a body not of a state sits ("the Berggruen Institute in the US")."""
    seat = _BODY_SEAT_BEFORE.search(before)
    return seat is not None and seat.group().split()[0] in _NON_STATE_BODY


def _speaks_for_its_side(text: str, m: re.Match, entry: SideEntry) -> bool:
    """Whether a state's, capital's or alliance's name found in a mention stands for that side,
    not for a body named after it, a subject of study, a host country or a seat."""
    before = text[max(0, m.start() - _NAME_REACH) : m.start()]
    if _STANCE_BEFORE.search(before):
        return False  # "a critic of the Kremlin", "a supporter of Ukraine": whom one stands for or against
    if entry.kind not in _PLACE_KINDS:
        return True
    return _stands_for_side(before, m.group(), text[m.end() : m.end() + _NAME_REACH], entry.kind)


@lru_cache(maxsize=4096)  # a run-on mention repeats the same few contexts
def _stands_for_side(before: str, found: str, after: str, kind: str) -> bool:
    if _HOST_BEFORE.search(before) or _SEAT_AFTER.match(after) or _body_seat(before):
        return False
    if _REMIT_BEFORE.search(before) or _person_posted(before, kind):
        return False
    if kind == "alliance" and _ENVOY_AFTER.match(after) and _names_a_state(before):
        return False
    if kind == "demonym" and _SURNAME[0].search(before) and _SURNAME[1].match(after):
        return False
    if _private_body(found, after, kind):
        return False
    if not found.endswith(("'s", "’s")):  # "Russia's defence ministry" is the state's
        if kind != "demonym" and (_STUDIED_AFTER.match(after) or _STUDIED_BEFORE.search(before)):
            return False
        if _NON_STATE_BODY & _proper_name_around(before, after):
            return False
    return True


def _private_body(found: str, after: str, kind: str) -> bool:
    """Whether a nationality or a state's possessive only describes a body or person of no state
    (`_PRIVATE_KINDS`), with no word between them that makes it the state's own ("state", "national")."""
    if kind != "demonym" and not found.endswith(("'s", "’s")):
        return False
    return _PRIVATE_AFTER.match(after) is not None


def _person_posted(before: str, kind: str) -> bool:
    """A state or capital where a newspaper's or agency's person is posted ("The Guardian's Luke
    Harding in Kyiv", "a correspondent in Moscow"); a state's own post keeps its seat ("the
    government spokesperson Christiane Hoffmann in Berlin")."""
    match = _POSTED_BEFORE.search(before)
    return kind in ("state", "capital") and match is not None and not sides_in(match.group())


def _names_a_state(before: str) -> bool:
    """Whether the words before a match name a state ("Russia's deputy", "the Russian")."""
    return any(e.kind in ("state", "demonym", "capital") for e in sides_in(before))


def _located(text: str, m: re.Match) -> bool:
    """Whether a match stands after "in": where the speaker is ("officials in Kyiv")."""
    return _IN_PLACE_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start()) is not None


# A clause set off by a comma that says what the speaker did, not whose it is: "The country,
# which has been condemned for its invasion of Ukraine,", "The letter, addressed to the Ukrainian
# president,", "A British official, speaking to Ukrainian television,". A clause that says what the
# speaker is or whom it leads or is led by keeps its words ("X, who is Ukraine's deputy minister,",
# "who led Ukraine's 53rd Brigade", "a channel, led by a Russian propagandist,"; not "which was
# condemned"); a clause with no comma picks out which speaker ("a man who fought for Russia").
_LEADS = r"(?:leads|led|heads|headed|runs|ran|commands|commanded|represents|represented)"
_IS = r"(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:now\s+|also\s+)?(?:an?\s|the\s|[A-Z])"
_DESCRIBING = re.compile(
    r",\s+(?:(?:which|who|whose)\s+"
    rf"(?!{_IS}|(?:(?:has|have|had)\s+)?serve[sd]?\s+as\s|{_LEADS}\s)"
    r"|(?!(?:led|run|backed|funded|installed|appointed)\s+by\s)"
    r"[a-z]+(?:ed|ing)\s+(?=(?:to|by|in|on|for|from|with|at|against|over|about|the|a|an|its|his|her|their)\s))"
    r"[^,;()]*"
)  # a participle opens a clause when a preposition or an object follows it; "acting head of" is a title


def _own_words(text: str) -> str:
    """The mention without the clauses that describe what the speaker did (`_DESCRIBING`), blanked
    so that offsets and the words around each name stay as they were."""
    return _DESCRIBING.sub(lambda m: " " * len(m.group()), text)


def before_describing(name: str) -> str:
    """The name up to the first clause that says what the speaker did (`_DESCRIBING`): a name
    holds its title, not a clause ("Russia, which has been condemned for …" is Russia; "X, who is
    Ukraine's deputy minister" and "X, who heads the regional administration" keep theirs).

    >>> before_describing("Turkey, which helped broker the accord"), before_describing("Oleh Marchenko, who is Ukraine's deputy minister")
    ('Turkey', "Oleh Marchenko, who is Ukraine's deputy minister")
    """
    m = _DESCRIBING.search(name)
    return name[: m.start()] if m else name


def side_of(*texts: str | None) -> str | None:
    """The one side named in the given mention texts, or None when none or several disagree.

    >>> side_of("Russia's defence ministry"), side_of("the governor"), side_of("The United States and NATO")
    ('RU', None, None)
    """
    own_words = [_own_words(t) for t in texts if t]
    matches = [(e, _located(t, m)) for t in own_words for m, e in _found(t) if _speaks_for_its_side(t, m, e)]
    own = [e for e, located in matches if not located]
    found = own or [e for e, _ in matches]  # a place the speaker is in counts only alone
    if not found:
        return None
    sides = {e.side for e in found}
    if len(sides) == 1:
        return sides.pop()
    # A named official or institution outweighs country words ("Kremlin envoy to Ukraine").
    best = min(_RANK[e.kind] for e in found)
    top = {e.side for e in found if _RANK[e.kind] == best}
    return top.pop() if best <= 1 and len(top) == 1 else None
