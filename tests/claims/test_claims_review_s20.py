"""Session 20 review of the claims stage: probes of our own wording at the edges of the session's
rules (record nouns as speakers, the bare plural marking, a clause before a dashed speech verb)
and the lead's end-to-end items with a general reading. What stays wrong is a strict xfail."""

import pytest

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return [
        (c.speaker.text if c.speaker else None, c.cue, c.content.text, c.status)
        for c in find_claims(nlp(text), withheld=False)
    ]


KHERSON = "The governor said two people were killed in Kherson. Local officials said a school was hit. "
MARINKA = (
    "Ukraine's general staff said it had repelled 20 assaults near Marinka. "
    "Russia's defence ministry said its troops had taken the town. "
)


# --- record nouns as speakers (acfd935) ---


def test_hospital_records_show_is_the_records_claim(nlp):
    assert claims(nlp, "The strike killed at least nine people, hospital records show.") == [
        ("hospital records", "show", "The strike killed at least nine people", "reported")
    ]


def test_records_as_a_plain_subject_are_unchanged(nlp):
    got = claims(nlp, "The village was abandoned in March, the mayor said. Land registry records show most homes were empty.")
    assert [c[0] for c in got] == ["the mayor", "Land registry records"]


def test_a_headline_noun_before_a_verb_is_no_speaker(nlp):
    assert claims(nlp, "Army morale collapses as winter sets in") == []


@pytest.mark.xfail(strict=True, reason="a coordinated clause with its own subject stays in the first content")
def test_records_show_after_a_speakers_clause_is_their_own_claim(nlp):
    got = claims(
        nlp, "The governor said the shelling lasted all night, and hospital records show that 12 people were wounded."
    )
    assert [c[2] for c in got] == ["the shelling lasted all night", "that 12 people were wounded"]


# --- the bare plural marking (b880898) and its review ---


def test_one_sides_claims_do_not_cover_the_other_sides(nlp):
    got = claims(nlp, MARINKA + "Russian claims could not be independently verified.")
    assert [c[3] for c in got] == ["reported", "unverified"]


def test_one_sides_claims_as_object_cover_only_the_nearest(nlp):
    text = (
        "Russia's defence ministry said its troops had taken Marinka. "
        "Ukraine's general staff said it had repelled 20 assaults there. Reuters could not verify Ukrainian claims."
    )
    assert [c[3] for c in claims(nlp, text)] == ["reported", "unverified"]


def test_reports_of_one_thing_cover_only_the_nearest(nlp):
    got = claims(nlp, KHERSON + "Reuters could not confirm reports of the school strike.")
    assert [c[3] for c in got] == ["reported", "unverified"]


def test_a_singular_report_stays_with_the_nearest(nlp):
    assert [c[3] for c in claims(nlp, KHERSON + "That report could not be verified.")] == ["reported", "unverified"]


def test_their_reports_stay_with_the_nearest(nlp):
    got = claims(nlp, KHERSON + "Reuters could not verify their reports.")
    assert [c[3] for c in got] == ["reported", "unverified"]


def test_bare_accounts_keep_to_their_paragraph(nlp):
    text = "The governor said two people were killed in Kherson.\n\nLocal officials said a school was hit. Battlefield accounts could not be verified."
    assert [c[3] for c in claims(nlp, text)] == ["reported", "unverified"]


def test_bare_plural_covers_both_sides(nlp):
    got = claims(nlp, MARINKA + "Battlefield reports could not be verified.")
    assert [c[3] for c in got] == ["unverified", "unverified"]


@pytest.mark.xfail(strict=True, reason="a plural with a following phrase ('Reports from the front') is not read as one")
def test_reports_from_the_front_cover_both_sides(nlp):
    got = claims(nlp, MARINKA + "Reports from the front could not be verified.")
    assert [c[3] for c in got] == ["unverified", "unverified"]


# --- a clause before a dashed speech verb (def420c) ---


def test_dash_then_that_clause_is_the_report(nlp):
    got = claims(nlp, "The bridge is gone — the governor said on Friday that it had been hit by missiles.")
    assert got == [("the governor", "say", "that it had been hit by missiles", "reported")]


def test_dash_without_that_keeps_the_clause_before(nlp):
    got = claims(nlp, "The town fell — the army said in a statement issued late on Monday.")
    assert got == [("the army", "say", "The town fell", "reported")]


@pytest.mark.xfail(strict=True, reason="a dashed speech verb followed by a time clause gives no claim at all")
def test_dash_then_time_clause_keeps_the_clause_before(nlp):
    got = claims(nlp, "The road is closed — the governor said, after the convoy was shelled.")
    assert got == [("the governor", "say", "The road is closed", "reported")]


# --- the lead's items ---


def test_coordinated_denial_is_its_own_claim(nlp):  # C1
    got = claims(nlp, "The army said its troops had retaken the hill and denied losing any tanks.")
    assert [(c[1], c[2]) for c in got] == [("say", "its troops had retaken the hill"), ("deny", "losing any tanks")]


def test_denied_gerund_read_as_adjective_is_its_own_claim(nlp):  # C1: the parse reads "striking" as an adjective
    got = claims(nlp, "Moscow said its forces had hit military sites only and denied striking civilian buildings.")
    assert [(c[0], c[1], c[2]) for c in got] == [
        ("Moscow", "say", "its forces had hit military sites only"),
        ("Moscow", "deny", "striking civilian buildings"),
    ]


def test_an_act_with_a_gerund_adjective_stays_in_the_content(nlp):  # C1 near-miss: not a denial
    got = claims(nlp, "The governor said troops had entered the town and cited growing fears of looting.")
    assert [c[2] for c in got] == ["troops had entered the town and cited growing fears of looting"]


def test_time_after_the_speech_verb_is_the_sayings(nlp):  # C3
    got = claims(nlp, "The agency said on Friday it would send inspectors to the plant.")
    assert got == [("The agency", "say", "it would send inspectors to the plant", "reported")]


def test_a_place_after_the_speech_verb_stays_as_parsed(nlp):  # C3 near-miss: only a time is taken out
    got = claims(nlp, "Officials said last week the bridge would reopen by the spring.")
    assert got == [("Officials", "say", "the bridge would reopen by the spring", "reported")]


def test_without_offering_evidence_is_no_claim(nlp):  # C6
    got = claims(nlp, "Moscow rejected the accusation and blamed Kyiv, without offering evidence.")
    assert [(c[1], c[3]) for c in got] == [("reject", "reported"), ("blame", "unverified")]


def test_offering_talks_is_still_an_intention(nlp):  # C6 near-miss
    got = claims(nlp, "The Kremlin offered a ceasefire over the holiday.")
    assert [c[1] for c in got] == ["offer"]


@pytest.mark.xfail(strict=True, reason="C2: a marking naming its claim ('no evidence for its claim that') is not tied to it")
def test_no_evidence_for_its_claim_marks_that_claim(nlp):
    got = claims(nlp, "The ministry offered no evidence for its claim that Ukrainian troops had mined the dam.")
    assert [c[3] for c in got] == ["unverified"]


@pytest.mark.xfail(strict=True, reason="C7: 'first denied …, then said …' gives one speakerless claim")
def test_denied_then_said_are_two_claims(nlp):
    got = claims(nlp, "The mayor first denied that the bridge had collapsed, then said a barge had damaged it.")
    assert [(c[0], c[1]) for c in got] == [("The mayor", "deny"), ("The mayor", "say")]


@pytest.mark.xfail(strict=True, reason="C9: a reporter's coordinated clause with its own subject stays in the content")
def test_reporters_own_coordinated_clause_is_not_content(nlp):
    got = claims(nlp, "Officials said the town was cut off, and aid convoys are due to arrive on Friday.")
    assert [c[2] for c in got] == ["the town was cut off"]
