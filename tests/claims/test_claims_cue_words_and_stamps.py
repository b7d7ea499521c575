"""A cue word heading a noun phrase is no speech; live-blog stamps before a speaker, an office
holder named in apposition as the antecedent of "she"/"he"."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_a_cue_word_heading_the_subject_noun_phrase_is_no_claim(nlp):
    # "talk shows that aired …" is the subject of "focused"; nobody "shows" anything
    text = "Russian talk shows that aired on Sunday focused on the sinking of the cruiser."
    assert claims(nlp, text) == []
    # a cue after a bare noun still reports its clause
    (c,) = claims(nlp, "Ukrainian intelligence says that is false.")
    assert (c.speaker.text, c.cue, c.content.text) == ("Ukrainian intelligence", "say", "that is false")
    (c,) = claims(nlp, "Polls show that most voters in Odesa back the army.")
    assert (c.speaker.text, c.content.text) == ("Polls", "that most voters in Odesa back the army")
    (c,) = claims(nlp, "The convoy left Kherson before dawn, records show.")
    assert (c.speaker.text, c.content.text) == ("records", "The convoy left Kherson before dawn")


def test_an_insurance_claim_with_a_relative_clause_is_no_speech(nlp):
    assert claims(nlp, "Insurance claims that were filed in March rose sharply in Kharkiv.") == []


def test_a_live_blog_stamp_is_not_part_of_the_speaker(nlp):
    text = (
        "Ukraine war live\n\n"
        "3 Aug 2022 14.05 Ukrainian prosecutors said they had opened a case over the shelling of a school.\n\n"
        "14.40 BST Polish officials said a second grain ship had reached the border.\n\n"
        "12.50 per cent of those asked said they would stay."
    )
    first, second, third = claims(nlp, text)
    assert (first.speaker.text, first.speaker.name) == ("Ukrainian prosecutors", "Ukrainian prosecutors")
    assert first.speaker.side == "UA"
    assert text[first.speaker.start : first.speaker.end] == "Ukrainian prosecutors"
    assert (second.speaker.text, second.speaker.name) == ("Polish officials", "Polish officials")
    # a number opening a sentence is no stamp
    assert third.speaker.text.startswith("12.50 per cent")


def test_she_resolves_to_the_office_holder_named_in_apposition(nlp):
    text = (
        "The head of the European Commission, Ursula von der Leyen, said the bloc would send more "
        "aid to Kyiv. She said the package would be ready before the winter."
    )
    first, second = claims(nlp, text)
    assert second.speaker.text == "She"
    assert second.speaker.name == first.speaker.name
    assert "Ursula von der Leyen" in second.speaker.name
