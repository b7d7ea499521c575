"""Our own sentences written from the ACLED and PLOVER codebooks (package data, read by
`train_plover --codebook-score` and `--codebook`), and the lexicon readings they led to."""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.events.classify import code_span
from sitrep.events.ontology import ACLED_SUBTYPES, PLOVER_TYPES
from sitrep.events.train_plover import codebook_sentences


def test_every_class_of_both_codebooks_has_its_own_sentences():
    acled = Counter(label for _, label in codebook_sentences("acled"))
    plover = Counter(label for _, label in codebook_sentences("plover"))
    assert set(acled) == {*ACLED_SUBTYPES, "none"} and min(acled.values()) >= 15
    assert set(plover) == set(PLOVER_TYPES) and min(plover.values()) >= 30
    texts = [t for book in ("acled", "plover") for t, _ in codebook_sentences(book)]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # written for this test, in none of the data: named armed groups are non-state actors
        ("FARC dissidents captured a village in Cauca.", "Non-state actor overtakes territory"),
        ("The Houthis seized the district centre in Marib.", "Non-state actor overtakes territory"),
        # chemical munitions are the weapon, not the gunfire of a clash
        ("Troops fired gas munitions at the enemy trenches near Kreminna.", "Chemical weapon"),
        ("Government forces attacked villages with toxic gas, killing nine.", "Chemical weapon"),
    ],
)
def test_named_armed_groups_and_chemical_munitions(nlp, text, sub_event_type):
    assert code_span(nlp(text)).sub_event_type == sub_event_type
