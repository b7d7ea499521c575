"""Our own sentences written from the ACLED and PLOVER codebooks, and the PLOVER classifier that
learns from them: wordings unlike the gold records' are typed as the codebook defines them."""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.events.detect import detect, primary
from sitrep.events.ontology import ACLED_SUBTYPES, PLOVER_TYPES
from sitrep.events.plover_model import load
from sitrep.events.train_plover import codebook_sentences
from sitrep.record import Article, Record


def test_every_class_of_both_codebooks_has_its_own_sentences():
    acled = Counter(label for _, label in codebook_sentences("acled"))
    plover = Counter(label for _, label in codebook_sentences("plover"))
    assert set(acled) == {*ACLED_SUBTYPES, "none"} and min(acled.values()) >= 15
    assert set(plover) == set(PLOVER_TYPES) and min(plover.values()) >= 20
    texts = [t for book in ("acled", "plover") for t, _ in codebook_sentences(book)]
    assert len(texts) == len(set(texts))


def test_shipped_classifier_says_it_learnt_from_the_codebook_sentences():
    assert "codebook sentences" in load().trained_on


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # written for this test, in none of the training data: the rules' trigger words alone
        # read the first as a pledge (AGREE) and the second as backing (SUPPORT)
        ("Canada pledged 40 million dollars in food aid for Haiti.", "AID"),
        ("Mongolia and China signed an accord on border trade.", "AGREE"),
        ("Estonia expelled a Russian diplomat over espionage.", "SANCTION"),
        ("The separatists pulled their fighters back from the front line.", "RETREAT"),
        ("The authorities lifted the curfew in the capital.", "CONCEDE"),
    ],
)
def test_sentences_unlike_the_gold_records_get_their_codebook_type(nlp, text, plover):
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)))
    d = primary([x for x in found if x.happened], doc, False)
    assert d is not None and d.type == plover
