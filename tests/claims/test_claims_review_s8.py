"""Review of session 8's claims constructions: the non-speech senses of lexicon words, frames that
hold no one's view and the 'position is that' copula.
Sentences written for these tests."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def cues(nlp, text):
    return [(c.cue, c.content.text) for c in find_claims(nlp(text))]


def test_pronounced_dead_is_no_speech(nlp):
    assert cues(nlp, "The driver was pronounced dead at the scene after the strike.") == []
    assert cues(nlp, "The festival, Cxema (pronounced “skhema”), drew crowds to Kyiv.") == []


def test_ruling_out_is_not_asserting_its_object(nlp):
    # "ruled out a ceasefire" would read as Ukraine asserting "agreeing to a ceasefire"
    assert cues(nlp, "Ukraine on Saturday again ruled out agreeing to a ceasefire with Russia.") == []
    assert cues(nlp, "The admiral has refused to rule out military action against the islands.") == []
    assert cues(nlp, "The court ruled that the detention of the journalist was unlawful.") == [
        ("rule", "that the detention of the journalist was unlawful")
    ]


def test_eyes_of_the_law_hold_no_view(nlp):
    assert cues(nlp, "In the eyes of the law, the annexation of the four regions has no standing.") == []
    assert cues(nlp, "In the eyes of international law, the referendums are void.") == []
    found = find_claims(nlp("In the eyes of many residents of Kherson, the liberation came too late."))
    assert [(c.speaker.text, c.cue, c.content.text) for c in found] == [
        ("many residents of Kherson", "eyes", "the liberation came too late")
    ]


def test_position_is_that_names_its_holder(nlp):
    (c,) = find_claims(nlp("The ministry's position is that the bridge was never used by troops."))
    assert c.speaker.text == "The ministry's"
    assert c.cue == "position" and c.strength == "assertive"
    assert c.content.text == "that the bridge was never used by troops"
    # a held position on the map, or one with no holder, says nothing
    assert cues(nlp, "Kyiv's position near Kreminna is difficult.") == []
    assert cues(nlp, "The position is that the town is surrounded.") == []
    assert cues(nlp, "The brigade's position was that of a unit under siege.") == []
