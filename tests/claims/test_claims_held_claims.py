"""A claim held through a cue noun inside another claim ("Kyiv rejected Moscow's claim that ...")
is a claim of its own; a denial that writes the claim it rejects contradicts it."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_rejected_claim_is_the_holder_s_and_is_denied(nlp):
    denial, held = claims(nlp, "Kyiv rejected Moscow's claim that Ukrainian divers had mined the harbour.")
    assert denial.speaker.text == "Kyiv" and denial.cue == "reject"
    assert held.speaker.name == "Moscow" and held.speaker.side == "RU"
    assert held.cue == "claim"
    assert held.content.text == "that Ukrainian divers had mined the harbour"
    assert held.status == "denied"
    assert denial.contradicts == [held.id]


def test_held_claim_in_a_passive_denial(nlp):
    denial, held = claims(
        nlp,
        "Putin's assertion that NATO had started the war was dismissed by the Ukrainian foreign ministry.",
    )
    assert held.speaker.name == "Putin" and held.content.text == "that NATO had started the war"
    assert denial.contradicts == [held.id] and held.status == "denied"


def test_held_claim_reported_by_another_speaker_is_not_denied(nlp):
    found = claims(
        nlp, "The governor said the ministry's claim that the bridge was intact had surprised him."
    )
    outer = next(c for c in found if c.cue == "say")
    held = next(c for c in found if c.cue == "claim")
    assert outer.speaker.text == "The governor"
    assert held.speaker.text == "the ministry's" and held.content.text == "that the bridge was intact"
    assert held.status == "reported" and outer.contradicts == []


def test_a_claim_noun_without_a_holder_stays_inside_the_content(nlp):
    found = claims(nlp, "Kyiv rejected the claim that Ukrainian divers had mined the harbour.")
    assert [c.cue for c in found] == ["reject"]


def test_rejecting_a_speaker_s_explanation_denies_that_speaker_s_claim(nlp):
    text = "Russia said it had struck a Ukrainian gunboat in the port of Odesa. Ukraine’s navy rejected Russia’s explanation."
    claim, denial = claims(nlp, text)
    assert denial.cue == "reject" and denial.contradicts == [claim.id]
    assert claim.status == "denied"
