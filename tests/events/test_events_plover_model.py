"""The PLOVER classifier: shipped weights load once, predict a PLOVER type, and the trainer fits."""

from __future__ import annotations

import numpy as np

from sitrep.events.detect import MODEL_CONFIDENCE, detect
from sitrep.events.ontology import PLOVER_TYPES
from sitrep.events.plover_model import PloverModel, features, load
from sitrep.events.train_plover import fit
from sitrep.record import Article, Record


def test_shipped_model_loads_once_and_names_plover_types(nlp):
    model = load()
    assert model is not None and model is load()
    assert set(model.classes) <= set(PLOVER_TYPES) and len(model.classes) >= 10
    doc = nlp("The two governments signed a peace agreement in Geneva on Monday.")
    found = detect(doc, Record(Article(id="a", text=doc.text)), model=None)
    typ, p = model.predict(features(next(doc.sents), found, found[0] if found else None))
    assert typ in PLOVER_TYPES and 0 < p <= 1


def test_model_changes_a_type_only_when_sure(nlp):
    doc = nlp("Serbia lodged an official protest with Albania, charging it with supporting dissidents.")
    record = Record(Article(id="b", text=doc.text))
    rules = detect(doc, record, model=None)
    both = detect(doc, record)
    assert [d.trigger for d in rules] == [d.trigger for d in both]
    for r, m in zip(rules, both, strict=True):
        if r.type != m.type:  # a change says what it replaced and how sure the model was
            assert "+model:" in m.rule and float(m.rule.rsplit("@", 1)[1]) >= MODEL_CONFIDENCE


def test_fit_separates_two_classes():
    x = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    y = np.array([0, 0, 1, 1])
    w, b = fit(x, y, 2, c=10.0)
    model = PloverModel(["AGREE", "REJECT"], {"a": list(w[0]), "b": list(w[1])}, list(b))
    assert model.predict({"a": 1.0})[0] == "AGREE" and model.predict({"b": 1.0})[0] == "REJECT"


def test_sparse_fit_equals_the_dense_fit():
    from sitrep.events.train_plover import Sparse

    feats = [{"a": 1.0, "c": 2.0}, {"a": 1.0}, {"b": 1.0, "c": 1.0}, {"b": 2.0}]
    vocab = {"a": 0, "b": 1, "c": 2}
    dense = np.array([[1.0, 0.0, 2.0], [1.0, 0.0, 0.0], [0.0, 1.0, 1.0], [0.0, 2.0, 0.0]])
    y = np.array([0, 0, 1, 1])
    ws, bs = fit(Sparse(feats, vocab), y, 2, c=3.0, steps=50)
    wd, bd = fit(dense, y, 2, c=3.0, steps=50)
    assert np.allclose(ws, wd) and np.allclose(bs, bd)


def test_shipped_model_carries_its_override_threshold():
    # chosen with the strength by cross-validating rules + classifier on the training records
    assert 0.5 <= load().confidence <= 1.0
