"""A small PLOVER type classifier that re-reads the rules' findings for one sentence.

The rules (detect.py) find candidate events at trigger words; when a sentence has several, or a
trigger word is ambiguous ("lift a ban": CONCEDE; "lift a blockade": RETREAT), the rules' choice
of the sentence's PLOVER type is often wrong. This multinomial logistic regression sees the
rules' candidates (type, modality, depth in the parse, ACLED coding, the chosen one) and the
sentence's content lemmas, and names the sentence's PLOVER type.

Trained by `python -m sitrep.events.train_plover PLOVER_GSR_CAMEO.json` on PLOVER's gold-standard
records (CC BY-SA 4.0; see data/README.md; which records is written in the weights file under
`trained_on`). The weights (`sitrep/data/events/plover_lr.json`) load once per process.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

MODEL_PATH = ("sitrep", "data/events/plover_lr.json")
_POS = {"VERB", "NOUN", "ADJ"}


def features(sent: Span, detections: list, chosen) -> dict[str, float]:
    """Sparse features of one sentence: its content lemmas and the rules' candidate events."""
    from sitrep.events.detect import depth  # local: detect imports this module

    f: dict[str, float] = {}
    roots = []  # added after the words, as the model was trained (one pass over the words)
    for t in sent:
        if t.pos_ in _POS and t.is_alpha and not t.is_stop:
            key = "w=" + t.lemma_.lower()
            f[key] = f.get(key, 0.0) + 1.0
        if t.dep_ == "ROOT":
            roots.append("root=" + t.lemma_.lower())
    for key in roots:
        f[key] = 1.0
    doc = sent.doc
    if chosen is not None:
        f["trig=" + doc[chosen.trigger].lemma_.lower()] = 1.0
        f["rule=" + chosen.type] = 1.0
    for d in detections:
        key = "cand=" + d.type
        f[key] = f.get(key, 0.0) + 1.0
        f[f"cand={d.type}|{d.modality}"] = 1.0
        f[f"cand={d.type}|d{min(depth(doc[d.trigger]), 3)}"] = 1.0
        if d.acled_sub_event_type:
            f["acled=" + d.acled_sub_event_type] = 1.0
    return f


class PloverModel:
    """Weights per class over named features; `predict` gives the best class and its probability."""

    def __init__(
        self,
        classes: list[str],
        weights: dict[str, list[float]],
        bias: list[float],
        trained_on: str = "",
        confidence: float = 0.5,
    ) -> None:
        self.classes, self.weights, self.bias = classes, weights, bias
        self.trained_on = trained_on  # which records, so an evaluation can say if it scores training data
        self.confidence = confidence  # the least probability at which it overrides the rules

    def predict(self, feats: dict[str, float]) -> tuple[str, float]:
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += wk * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        k = max(range(len(scores)), key=scores.__getitem__)
        return self.classes[k], exp[k] / sum(exp)

    def to_json(self) -> dict:
        return {
            "classes": self.classes,
            "bias": self.bias,
            "weights": self.weights,
            "trained_on": self.trained_on,
            "confidence": self.confidence,
        }


@lru_cache(maxsize=1)
def load() -> PloverModel:
    """The shipped model. Its weights are package data: a missing file is a broken install, and
    raising beats silently coding every article with the rules alone."""
    data = json.loads(resources.files(MODEL_PATH[0]).joinpath(MODEL_PATH[1]).read_text("utf-8"))
    return PloverModel(
        data["classes"],
        data["weights"],
        data["bias"],
        data.get("trained_on", ""),
        data.get("confidence", 0.5),
    )
