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


def sides_in(text: str) -> list[SideEntry]:
    """Lexicon entries found in `text`, in order (possessive 's allowed)."""
    by_pattern, regex = load_lexicon()
    out = []
    for m in regex.finditer(text):
        key = re.sub(r"(?:'s|’s)$", "", m.group())
        if key in by_pattern:
            out.append(by_pattern[key])
    return out


def side_of(*texts: str | None) -> str | None:
    """The one side named in the given mention texts, or None when none or several disagree.

    >>> side_of("Russia's defence ministry"), side_of("the governor"), side_of("The United States and NATO")
    ('RU', None, None)
    """
    found = [e for t in texts if t for e in sides_in(t)]
    if not found:
        return None
    sides = {e.side for e in found}
    if len(sides) == 1:
        return sides.pop()
    # A named official or institution outweighs country words ("Kremlin envoy to Ukraine").
    best = min(_RANK[e.kind] for e in found)
    top = {e.side for e in found if _RANK[e.kind] == best}
    return top.pop() if best <= 1 and len(top) == 1 else None
