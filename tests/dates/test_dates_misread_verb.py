"""A past verb the tagger reads as an adjective still gives its clause a past tense."""

from sitrep.dates.normalize import PAST, PRESENT
from sitrep.dates.tense import tense_at


def test_an_ed_word_tagged_as_adjective_heading_the_clause_is_past(nlp):
    text = (
        "Kyiv, meantime, glossed over stern warnings from Minsk on Monday that any strikes on the border"
        " could do lasting harm to ties."
    )
    doc = nlp(text)
    start = text.index("Monday")
    assert tense_at(doc, start, start + len("Monday")) == PAST


def test_a_present_verb_tagged_as_noun_heading_the_sentence_is_present(nlp):
    text = "The talks in Vienna resume on Monday."
    doc = nlp(text)
    start = text.index("Monday")
    assert tense_at(doc, start, start + len("Monday")) == PRESENT
