"""ACLED codebook distinctions the rules draw, on sentences written for the tests."""

from __future__ import annotations

from sitrep.events.classify import code_span


def _sub(nlp, text: str) -> str | None:
    return code_span(nlp(text)).sub_event_type


def test_a_grievance_is_not_force_against_this_protest(nlp):
    assert (
        _sub(
            nlp,
            "About 3,000 people held a peaceful march against corruption and police brutality in the capital.",
        )
        == "Peaceful protest"
    )
    assert (
        _sub(
            nlp,
            "Hundreds of students rallied in the city, demanding the release of activists detained last month.",
        )
        == "Peaceful protest"
    )


def test_arrests_ahead_of_a_protest_are_arrests(nlp):
    assert (
        _sub(
            nlp,
            "Police arrested a dozen opposition activists in the capital ahead of a planned rally on Friday.",
        )
        == "Arrests"
    )


def test_violence_by_some_makes_a_protest_violent(nlp):
    text = (
        "Most demonstrators marched peacefully, but some rioters smashed shop windows and torched two cars."
    )
    assert _sub(nlp, text) == "Violent demonstration"


def test_casualties_from_an_attack_on_protesters_are_excessive_force(nlp):
    text = "Two protesters were killed and dozens injured when militiamen attacked a peaceful sit-in."
    assert _sub(nlp, text) == "Excessive force against protesters"


def test_the_weapon_alleged_is_not_the_weapon_used(nlp):
    text = "Warplanes struck rebel positions on Monday in retaliation for a chlorine gas attack blamed on the rebels."
    assert _sub(nlp, text) == "Air/drone strike"


def test_drove_out_is_a_recapture(nlp):
    text = "Government troops drove the insurgents out of three villages in the north of the province."
    assert _sub(nlp, text) == "Government regains territory"


def test_who_reports_is_not_a_party_to_the_fight(nlp):
    text = "Armed men attacked a shopping centre in the city on Monday, and three of the attackers were killed, police said."
    assert _sub(nlp, text) != "Armed clash"


def test_a_cyber_attack_is_no_acled_event(nlp):
    assert _sub(nlp, "Hackers attacked the website of the election commission on Sunday.") is None


def test_rioters_fighting_police_and_police_chasing_a_crowd(nlp):
    assert (
        _sub(nlp, "Rioters fought with police outside parliament and smashed windows.")
        == "Violent demonstration"
    )
    assert _sub(
        nlp, "Riot police chased demonstrators during an anti-government protest in the capital."
    ) == ("Protest with intervention")


def test_a_claim_told_after_the_attack_leaves_the_attack_the_event(nlp):
    text = "A roadside bomb exploded near a police convoy on Sunday. A militant group later claimed responsibility."
    coding = code_span(nlp(text))
    assert coding.sub_event_type == "Remote explosive/landmine/IED" and coding.extra is None
    coding = code_span(nlp("A militant group claimed responsibility for a roadside bomb that hit a convoy."))
    assert coding.extra == "attribution"


def test_soldiers_missing_after_an_ambush_are_not_abducted(nlp):
    text = "Four soldiers were killed and two are missing after militants ambushed an army patrol."
    assert _sub(nlp, text) == "Armed clash"
    assert (
        _sub(nlp, "Gunmen abducted two aid workers on the road to the camp.")
        == "Abduction/forced disappearance"
    )


def test_soldiers_shot_at_are_a_clash_and_supporters_fighting_police_a_riot(nlp):
    assert (
        _sub(nlp, "A Ukrainian soldier was killed by a sniper near the village on Tuesday.") == "Armed clash"
    )
    assert _sub(nlp, "Gunmen shot dead two farmers in their fields near the village.") == "Attack"
    assert _sub(nlp, "Supporters of the jailed activist clashed with police outside the court.") == (
        "Violent demonstration"
    )
    # smoke bombs and eggs are what rioters throw, not explosive weapons
    assert (
        _sub(nlp, "Protesters threw smoke bombs and eggs at the presidential office.")
        == "Violent demonstration"
    )
