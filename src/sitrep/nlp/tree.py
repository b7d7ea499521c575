"""Reading the dependency tree in time that does not grow with the tree's size or depth.

spaCy finds a word's children by scanning its whole subtree, and `Span.root` walks each
candidate's path to the sentence root: on a run-on sentence of thousands of conjoined clauses
(hostile input, or a badly split page) every such read costs the sentence's length."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

# Doc -> children's indices per token, listed in one pass when first needed. Indices, not tokens:
# a token holds its Doc, which would then never leave this weak-keyed table.
_KIDS: WeakKeyDictionary[Doc, list[list[int]]] = WeakKeyDictionary()
LONG = 64  # tokens a subtree may span before its children are read from the per-Doc list


def kids_of(doc: Doc) -> list[list[int]]:
    """Each token's children's indices, in text order, listed once per Doc."""
    kids = _KIDS.get(doc)
    if kids is None:
        kids = [[] for _ in range(len(doc))]
        for t in doc:
            if t.head.i != t.i:
                kids[t.head.i].append(t.i)
        _KIDS[doc] = kids
    return kids


def children(tok: Token) -> list[Token]:
    """`list(tok.children)` (same tokens, same order) in time linear in their number."""
    if tok.right_edge.i - tok.left_edge.i < LONG:
        return list(tok.children)
    doc = tok.doc
    return [doc[i] for i in kids_of(doc)[tok.i]]


def lefts(tok: Token) -> list[Token]:
    """`list(tok.lefts)`, read as `children` are."""
    return [c for c in children(tok) if c.i < tok.i]


def rights(tok: Token) -> list[Token]:
    """`list(tok.rights)`, read as `children` are."""
    return [c for c in children(tok) if c.i > tok.i]


def span_root(span: Span) -> Token:
    """The span's head: the one word whose head lies outside it (or is itself). spaCy's
    `Span.root` also counts each candidate's steps to the sentence root, a walk as deep as the
    tree. With several words heading out of the span to different heads, spaCy's choice is kept."""
    if len(span) == 1:
        return span[0]
    outside = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    if len(outside) == 1:
        return outside[0]
    if len({t.head.i for t in outside}) == 1:
        # Words hanging from one head are as deep as each other and spaCy takes the first, but it
        # counts a punctuation mark or a space with no children of its own as deepest of all.
        return next((t for t in outside if not _bare_mark(t)), outside[0])
    return span.root


def _bare_mark(tok: Token) -> bool:
    return (tok.is_punct or tok.is_space) and tok.n_lefts == 0 and tok.n_rights == 0
