"""Model loading and the few helpers every stage shares."""

from sitrep.nlp.model import load_nlp, model_version

__all__ = ["load_nlp", "model_version"]
