"""Cues from the VerbNet-class lexicon (data/claims/cue_lexicon.tsv), speech in relative clauses,
and the constructions of session 8. Sentences written for these tests."""

from __future__ import annotations

from sitrep.claims.cues import LEXICON_CUES, cue_strength
from sitrep.claims.stage import find_claims


def only(nlp, text):
    found = find_claims(nlp(text))
    assert len(found) == 1, [(c.cue, c.content.text) for c in found]
    return found[0]


def test_lexicon_rows_name_their_class_and_strength():
    rows = {lemma: (pos, strength) for lemma, pos, strength in LEXICON_CUES}
    assert rows["confide"] == ("verb", "neutral")
    assert rows["complaint"] == ("noun", "assertive")
    assert cue_strength("rule") == "assertive" and cue_strength("opinion") == "belief"
    # a hand-written strength is never overridden by the file
    assert cue_strength("say") == "neutral" and cue_strength("claim") == "assertive"


def test_court_ruling_is_a_claim(nlp):
    c = only(nlp, "The district court ruled that the detention of the two reporters was unlawful.")
    assert c.speaker.text == "The district court"
    assert c.cue == "rule" and c.strength == "assertive"
    assert c.content.text == "that the detention of the two reporters was unlawful"


def test_confided_is_speech(nlp):
    c = only(nlp, "The mayor confided that the city had fuel for only three more days.")
    assert c.speaker.text == "The mayor"
    assert c.cue_span.text == "confided"
    assert c.content.text == "that the city had fuel for only three more days"


def test_explanation_noun_with_that_clause(nlp):
    c = only(nlp, "The ministry's explanation that the blast was an accident convinced no one.")
    assert c.cue == "explanation" and c.strength == "neutral"
    assert c.speaker.text == "The ministry's"
    assert c.content.text == "that the blast was an accident"


def test_speaker_inside_relative_clause_with_open_complement(nlp):
    # The parse reads "proved" as the open complement of "said" and hangs "which" on the inner verb.
    c = only(nlp, "Police released documents, which they said proved the plot was real.")
    assert c.speaker.text == "they"
    assert c.cue == "say"
    assert c.content.text == "which they said proved the plot was real"


def test_in_someones_view_frames_the_clause(nlp):
    c = only(nlp, "In the governor's view, the bridge can be repaired within a month.")
    assert c.speaker.text == "the governor's"
    assert c.cue == "view" and c.strength == "belief"
    assert c.content.text == "the bridge can be repaired within a month"
    c = only(nlp, "In the words of the mayor, the city is holding on.")
    assert c.speaker.text == "the mayor"
    assert c.cue_span.text == "words"
    assert c.content.text == "the city is holding on"


def test_in_view_of_and_eyes_without_a_holder_are_no_claims(nlp):
    assert find_claims(nlp("In view of the losses, the brigade withdrew.")) == []
    assert find_claims(nlp("Soldiers wept with tears in their eyes.")) == []


def test_cue_noun_as_subject_of_a_copula_with_a_that_clause(nlp):
    c = only(nlp, "The ministry's view is that the strike was legal.")
    assert c.speaker.text == "The ministry's"
    assert c.cue == "view" and c.strength == "belief"
    assert c.content.text == "that the strike was legal"


def test_a_frame_before_a_speech_act_is_the_speech_acts_own(nlp):
    found = find_claims(
        nlp("The mayor spoke for an hour. In his opinion, he said, the city could hold out for a month.")
    )
    assert [c.cue for c in found] == ["say"]
    assert found[0].content.text.endswith("the city could hold out for a month")


def test_relative_word_and_its_clause_are_one_content(nlp):
    text = "Podolyak said the Kremlin was repeating the mistake it made with Kyiv, which it reportedly expected to seize in three days."
    (c,) = [c for c in find_claims(nlp(text)) if c.cue == "expect"]
    assert c.content.text == "which it reportedly expected to seize in three days"


def test_impersonal_passive_after_a_report_names_no_speaker(nlp):
    text = "The agency reports that no details were available, but it is expected that the talks will resume."
    report, expected = find_claims(nlp(text))
    assert report.speaker.text == "The agency"
    assert report.content.text == "that no details were available"
    assert expected.cue == "expect" and expected.speaker is None
    assert expected.content.text == "that the talks will resume"
