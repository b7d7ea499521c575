"""`Doc.text` joins every token on each access; the claims rules read it often, so once per doc."""

from __future__ import annotations

from spacy.tokens import Doc

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once for the document being processed."""
    global _last
    if _last[0] is not doc:
        _last = (doc, doc.text)
    return _last[1]
