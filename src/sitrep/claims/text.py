"""Text helpers the claims rules share: `Doc.text` once per doc (it joins every token on each
access), subtrees as slices, datelines, quotation spans."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.geo.recognize import dateline_at

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once for the document being processed."""
    global _last
    if _last[0] is not doc:
        _last = (doc, doc.text)
    return _last[1]


_breaks: tuple[Doc | None, list[int]] = (None, [])


def breaks_before(doc: Doc) -> list[int]:
    """For each token index i (and len(doc)), how many tokens before it hold a line break,
    computed once for the document being processed: whether two tokens share a paragraph is then
    one subtraction, not a scan of the words between them (a verb heading thousands of clauses in
    a run-on sentence is asked about each)."""
    global _breaks
    if _breaks[0] is not doc:
        counts, n = [0], 0
        for t in doc:
            n += "\n" in t.text
            counts.append(n)
        _breaks = (doc, counts)
    return _breaks[1]


class _Tree:
    """The parse of one doc as plain lists, read once: each token's children, and for each token
    whose subtree is the in-order run of words `lo[i]..hi[i]` (every subtree below it one run too,
    as in any projective parse) that run, so its subtree is a slice, not a walk."""

    def __init__(self, doc: Doc):
        self.doc, self.tokens = doc, list(doc)
        n = len(self.tokens)
        self.kids: list[list[int]] = [[] for _ in range(n)]
        heads = [t.head.i for t in self.tokens]
        for i, h in enumerate(heads):
            if h != i:
                self.kids[h].append(i)
        self.lo, self.hi = list(range(n)), list(range(n))
        size, whole = [1] * n, [True] * n
        for i in self._bottom_up(heads):
            for k in self.kids[i]:
                size[i] += size[k]
                whole[i] = whole[i] and whole[k]
                self.lo[i], self.hi[i] = min(self.lo[i], self.lo[k]), max(self.hi[i], self.hi[k])
            whole[i] = whole[i] and size[i] == self.hi[i] - self.lo[i] + 1
        self.run = whole

    def _bottom_up(self, heads: list[int]) -> list[int]:
        """Every token after all its descendants."""
        order = [i for i, h in enumerate(heads) if h == i]
        for i in order:  # grows while read: breadth first from the roots
            order.extend(self.kids[i])
        return order[::-1]

    def walk(self, i: int) -> list[int]:
        """Indices of `doc[i].subtree` in spaCy's order, for a subtree that is not one run."""
        kids, order = self.kids, []
        stack: list[tuple[int, bool]] = [(i, False)]
        while stack:
            j, here = stack.pop()
            if here:
                order.append(j)
                continue
            stack.extend((k, False) for k in reversed(kids[j]) if k > j)
            stack.append((j, True))
            stack.extend((k, False) for k in reversed(kids[j]) if k < j)
        return order


_tree: _Tree | None = None


def _parse(doc: Doc) -> _Tree:
    global _tree
    if _tree is None or _tree.doc is not doc:
        _tree = _Tree(doc)
    return _tree


def subtree(tok: Token) -> list[Token]:
    """`tok.subtree`, same tokens in the same order, in time linear in its size: spaCy's generator
    nests one level per tree level, so a deep parse of untrusted text ("A says B says …", one long
    unpunctuated sentence) costs depth × size for every cue read in it."""
    tree = _parse(tok.doc)
    if tree.run[tok.i]:
        return tree.tokens[tree.lo[tok.i] : tree.hi[tok.i] + 1]
    return [tree.tokens[i] for i in tree.walk(tok.i)]


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:BST|GMT|CET|CEST|EET|EEST|UTC|EST|EDT|ET|MSK))?"
# A live blog's entry stamp at the start of a line: "7 Jul 2022 00.13", "00.13 BST", "July 7, 2022 9:05am".
_STAMP = re.compile(
    rf"""[ \t]*(?:(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})(?:,?\s+{_CLOCK})?|{_CLOCK})[ \t]+(?=[A-Z“"‘'])"""
)  # the entry's first sentence starts capitalized: "12.50 per cent" is no stamp


def after_stamp(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "7 Jul 2022 00.13 Russian prosecutors said …", "KYIV, Ukraine (AP) — The ministry said …":
    the stamp or dateline opening the line is the blog's or the wire's, not the speaker's."""
    line = text.rfind("\n", 0, span[0]) + 1
    m = _STAMP.match(text, line)
    dateline = dateline_at(text, line) if m is None else None  # geo's one dateline reading
    end = m.end() if m is not None else dateline[2] if dateline is not None else None
    if end is None or end <= span[0] or end >= span[1]:
        return span
    return (end, span[1])


_MARK = re.compile(r"''|``|[\"“”«»„]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations with their marks, paired within a paragraph.

    Curly marks, guillemets, straight double quotes and the doubled apostrophes some
    newspapers print (''...'') all count. An opening mark left unclosed at a paragraph's end
    (the convention for a quote that goes on in the next paragraph) closes there.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at: int | None = None
        kind = ""
        for m in _MARK.finditer(para):
            mark, i = m.group(), m.start()
            symmetric = mark in ('"', "''")
            if open_at is None:
                if mark in ("”", "»"):
                    continue
                open_at, kind = i, mark
            elif symmetric and kind in ('"', "''", "``"):
                close = m.end() + (mark == "''" and para[m.end() : m.end() + 1] == "'")
                spans.append((pos + open_at, pos + close))  # ''… 'them,''' closes on the last two
                open_at = None
            elif mark == '"' and kind == "“" and _closes(para, m.end()):
                # “...," said X — a curly opening mark closed by a straight one.
                spans.append((pos + open_at, pos + m.end()))
                open_at = None
            elif mark == "”" and kind == '"':
                # "...,” said X — a straight opening mark closed by a curly one.
                spans.append((pos + open_at, pos + m.end()))
                open_at = None
            elif mark in ("”", "»", "“") and kind in ("“", "«", "„"):
                # “ closing a „-quote, or a stray second opener: treat as the close.
                if (
                    mark == "“"
                    and kind == "“"
                    and not (i > 0 and para[i - 1] in ",.?!" and _closes(para, m.end()))
                ):
                    open_at = i  # a second opener; but “…here,“ said X is a misprinted close
                    continue
                spans.append((pos + open_at, pos + m.end()))
                open_at = None
        if open_at is not None and len(para) - open_at > 20:
            spans.append((pos + open_at, pos + len(para.rstrip())))
        pos += len(para) + 1
    return spans


def _closes(para: str, end: int) -> bool:
    """A straight mark that closes: followed by space, punctuation or the paragraph's end."""
    return end >= len(para) or para[end] in " ,.;:!?)—–-\u00a0"
