"""`Doc.text` joins every token on each access; the claims rules read it often, so once per doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once for the document being processed."""
    global _last
    if _last[0] is not doc:
        _last = (doc, doc.text)
    return _last[1]


_kids: tuple[Doc | None, list[list[int]]] = (None, [])


def _children(doc: Doc) -> list[list[int]]:
    global _kids
    if _kids[0] is not doc:
        kids: list[list[int]] = [[] for _ in range(len(doc))]
        for t in doc:
            if t.head.i != t.i:
                kids[t.head.i].append(t.i)
        _kids = (doc, kids)
    return _kids[1]


def subtree(tok: Token) -> list[Token]:
    """`tok.subtree`, same tokens in the same order, in time linear in its size: spaCy's generator
    nests one level per tree level, so a deep parse of untrusted text ("A says B says …", one long
    unpunctuated sentence) costs depth × size for every cue read in it."""
    doc, kids = tok.doc, _children(tok.doc)
    order: list[int] = []
    stack: list[tuple[int, bool]] = [(tok.i, False)]
    while stack:
        i, here = stack.pop()
        if here:
            order.append(i)
            continue
        stack.extend((k, False) for k in reversed(kids[i]) if k > i)
        stack.append((i, True))
        stack.extend((k, False) for k in reversed(kids[i]) if k < i)
    return [doc[i] for i in order]


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:BST|GMT|CET|CEST|EET|EEST|UTC|EST|EDT|ET|MSK))?"
# A live blog's entry stamp at the start of a line: "7 Jul 2022 00.13", "00.13 BST", "July 7, 2022 9:05am".
_STAMP = re.compile(
    rf"""[ \t]*(?:(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})(?:,?\s+{_CLOCK})?|{_CLOCK})[ \t]+(?=[A-Z“"‘'])"""
)  # the entry's first sentence starts capitalized: "12.50 per cent" is no stamp


# A wire dateline opening the line: "KYIV, Ukraine (AP) — ", "MOSCOW, March 3 (Reuters) – ",
# "BERLIN — "; a place not in capitals only with the agency: "Washington (AFP) - ".
_PLACE = r"(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})?"
_DATE = rf"(?:,? {_MONTH} \d{{1,2}})?"
_DATELINE = re.compile(
    rf"[ \t]*(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){{0,3}}{_PLACE}{_DATE}(?: \([^()\n]{{1,40}}\))? *(?:—|–|--) *"
    rf"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}{_PLACE}{_DATE} \((?:AP|AFP|Reuters|UPI|dpa|Xinhua)\) *(?:—|–|--|-) *)"
)  # a few words at most: a line of capitalized words is read once, not once per claim on it


def after_stamp(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "7 Jul 2022 00.13 Russian prosecutors said …", "KYIV, Ukraine (AP) — The ministry said …":
    the stamp or dateline opening the line is the blog's or the wire's, not the speaker's."""
    line = text.rfind("\n", 0, span[0]) + 1
    m = _STAMP.match(text, line) or _DATELINE.match(text, line)
    if m is None or m.end() <= span[0] or m.end() >= span[1]:
        return span
    return (m.end(), span[1])
