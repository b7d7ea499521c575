"""Two speech acts joined in one sentence (by "and", "while", a participle, or a cue the parse
joins to the reported clause), and a finding framed "in" a record."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_two_speakers_joined_by_and_are_two_claims(nlp):
    text = (
        "Six in 10 residents of Zaporizhzhia said the shelling had grown worse, and a third said "
        "they planned to leave before winter."
    )
    first, second = claims(nlp, text)
    assert (first.speaker.text, first.content.text) == (
        "Six in 10 residents of Zaporizhzhia",
        "the shelling had grown worse",
    )
    assert (second.speaker.text, second.content.text) == ("a third", "they planned to leave before winter")


def test_a_second_speaker_after_while_is_a_claim_of_its_own(nlp):
    text = "The mayor said the bridge was safe, while the governor said it should stay closed."
    first, second = claims(nlp, text)
    assert first.content.text == "the bridge was safe"
    assert (second.speaker.text, second.content.text) == ("the governor", "it should stay closed")


def test_a_clause_without_a_speaker_of_its_own_stays_in_the_content(nlp):
    # "and" joins what the mayor said, not a second speaker: one claim, read to its end.
    (c,) = claims(nlp, "The mayor said the bridge was damaged and the road was closed.")
    assert c.content.text == "the bridge was damaged and the road was closed"


def test_a_finding_framed_in_a_poll_is_the_poll_s_claim(nlp):
    text = "In a Kyiv International Institute of Sociology poll released Monday, trust in the army rose to 96 percent."
    (c,) = claims(nlp, text)
    assert c.cue == "in"
    assert c.cue_span.text == "In"
    assert c.speaker.text == "a Kyiv International Institute of Sociology poll released Monday"
    assert c.content.text == "trust in the army rose to 96 percent"
    assert c.strength == "source"


def test_a_record_that_frames_a_speech_act_is_its_medium_not_a_second_claim(nlp):
    (c,) = claims(nlp, "In a report on Tuesday, the agency said the dam had been damaged.")
    assert c.cue == "say"
    assert c.speaker.text == "the agency"
    # A standing "in the polls" after the subject is no finding of the polls.
    assert not [c for c in claims(nlp, "Zelenskiy remains popular in the polls.") if c.cue == "in"]


def test_a_participle_after_the_reported_clause_is_the_same_speaker_s_next_claim(nlp):
    text = "The governor said the town was shelled overnight, adding that two people were wounded."
    first, second = claims(nlp, text)
    assert (first.cue, first.content.text) == ("say", "the town was shelled overnight")
    assert (second.cue, second.speaker.text) == ("add", "The governor")
    assert second.content.text == "that two people were wounded"


def test_a_claim_joined_without_a_comma_leaves_no_dangling_and(nlp):
    text = (
        "Peskov said the prisoners would be treated by the rules, though several deputies demanded "
        "they be put on trial and one even called for their execution."
    )
    by_cue = {c.cue: c for c in claims(nlp, text)}
    assert by_cue["say"].content.text == "the prisoners would be treated by the rules"
    assert by_cue["demand"].speaker.text == "several deputies"
    assert by_cue["demand"].content.text == "they be put on trial"


def test_a_share_the_parse_hangs_on_the_verb_is_the_speaker(nlp):
    # The parse makes "10" a number modifier of "say" here, not its subject.
    (c,) = claims(nlp, "About 4 in 10 say they want the next mayor to rebuild the bridge.")
    assert c.speaker.text == "About 4 in 10"
    assert c.content.text == "they want the next mayor to rebuild the bridge"


def test_having_a_belief_is_a_belief_of_the_subject(nlp):
    (c,) = claims(nlp, "The governor has no doubt that the dam will hold.")
    assert (c.speaker.text, c.cue_span.text, c.content.text) == (
        "The governor",
        "has no doubt",
        "that the dam will hold",
    )
    assert c.strength == "belief"
    # Having someone's support is theirs, not the subject's.
    assert not claims(nlp, "The plan has the support of most deputies.")


def test_records_show_at_the_end_of_a_sentence(nlp):
    # The small model reads "records show" as a noun phrase over the clause before it.
    (c,) = claims(nlp, "The company sold the shells to the ministry in 2019, records show.")
    assert (c.speaker.text, c.cue, c.cue_span.text) == ("records", "show", "show")
    assert c.content.text == "The company sold the shells to the ministry in 2019"
    assert c.strength == "source"
    # A noun that is a noun ("a report released Tuesday") is no cue.
    assert not claims(nlp, "An 800-page report released Tuesday runs to nine chapters.")


def test_a_cue_the_parse_joins_to_the_reported_clause_is_the_speaker_s_second_claim(nlp):
    text = "The envoy said the talks in Istanbul were useful and called the grain proposal “a good start.”"
    said, called = claims(nlp, text)
    assert said.content.text == "the talks in Istanbul were useful"
    assert called.speaker.text == "The envoy" and called.cue == "call"
    assert called.content.text == "the grain proposal “a good start.”"
    text = "He said the corridor was open again and called on both navies to keep the ships safe."
    said, called = claims(nlp, text)
    assert said.content.text == "the corridor was open again"
    assert called.cue_span.text == "called on" and called.speaker.text == "He"


def test_going_on_doing_something_is_no_second_claim(nlp):
    text = "The agency said it was “committed to the mission” through 2030 and continues “to build new launch sites”."
    (claim,) = find_claims(nlp(text))
    assert claim.cue == "say" and claim.speaker.text == "The agency"
    assert claim.content.text.endswith("and continues “to build new launch sites”")
