"""Session 11 review: 22 fresh sentences written (with the expected answer) before running the
readings of commits ed6abe6 and bb3f8bf from the other side: praise words that name blame or
harm, honours given, threats told with "would", passive plans, storming by irregulars and by
state forces, a military strike beside a labour word, air defence hit or supplied vs. acting,
and hopes vs. acts done. 12/22 were right on those commits; the misses that had a general
reading were mended (18/22; one miss was our expectation: a passive announcement of aid is a
pledge, AGREE, by the stage's rule). Two misses are marked xfail. Last, the writer's known
"hoped to agree on a swap line" beside a visit."""

from __future__ import annotations

import pytest


def _events(pipeline, text: str):
    return pipeline(text, published="2023-05-10").events


def _types(pipeline, text: str) -> set[str]:
    return {e.type for e in _events(pipeline, text) if e.modality == "asserted"}


def _subs(pipeline, text: str) -> set[str | None]:
    return {e.acled_sub_event_type for e in _events(pipeline, text) if e.modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The governor said the collapse of the dam was a great tragedy for the region.",
        "Zelenskiy said the shelling of the station was a good example of Russian terror.",
    ],
)
def test_a_praise_word_on_blame_or_harm_is_no_praise(pipeline, text):
    assert "SUPPORT" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kuleba said the decision to send tanks was a big step forward.",
        "Stoltenberg praised the courage of Ukrainian soldiers defending Bakhmut.",
        "Zelenskiy said the vote was great news for Ukraine.",
        "Zelenskiy posthumously awarded the fallen pilot the title Hero of Ukraine.",
        "The medic was posthumously awarded the Order of Courage.",
    ],
)
def test_praise_and_honours_given_are_support(pipeline, text):
    assert "SUPPORT" in _types(pipeline, text)


def test_a_contract_awarded_is_no_praise(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The ministry awarded a contract to repair the bridge.")


def test_a_warning_that_a_city_would_be_struck_threatens(pipeline):
    text = "Moscow warned that Kyiv would be struck if the attacks on Belgorod continued."
    assert "THREATEN" in _types(pipeline, text)


def test_a_forecast_of_encirclement_is_no_threat(pipeline):
    text = "Officials said the city would be encircled within days if reinforcements did not arrive."
    assert "THREATEN" not in _types(pipeline, text)


def test_a_passive_announcement_of_aid_is_a_pledge(pipeline):
    types = _types(pipeline, "The Pentagon announced that 31 Abrams tanks will be sent to Ukraine.")
    assert "AGREE" in types and "THREATEN" not in types


def test_a_conditional_use_of_weapons_threatens(pipeline):
    text = "Medvedev said Russia would use nuclear weapons if Ukraine attacked Crimea."
    assert "THREATEN" in _types(pipeline, text)


def test_gunmen_storming_a_village_attack_it(pipeline):
    assert "Armed clash" not in _subs(
        pipeline, "Masked gunmen stormed the village, looting homes and burning cars."
    )


def test_marines_storming_a_village_fight_for_it(pipeline):
    assert "Armed clash" in _subs(
        pipeline, "Ukrainian marines stormed the village of Krynky on the left bank."
    )


@pytest.mark.parametrize(
    "text",
    [
        "A strike by Ukrainian drone crews destroyed an ammunition depot in Crimea.",
        "A strike by Russian pilots destroyed the bridge over the Donets.",
    ],
)
def test_a_strike_by_those_who_operate_weapons_is_no_labour_strike(pipeline, text):
    assert "PROTEST" not in _types(pipeline, text)


def test_a_labour_strike_beside_a_drone_strike(pipeline):
    text = "Miners went on strike on Monday as a Russian drone strike hit the power plant."
    assert {"PROTEST", "ASSAULT"} <= _types(pipeline, text)


def test_air_defence_that_is_hit_disrupts_nothing(pipeline):
    text = "Russian missiles hit Ukrainian air defence systems near Odesa."
    assert "Disrupted weapons use" not in _subs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian air defence downed 30 drones overnight.",
        "Germany's Iris-T air defence system has shot down dozens of Russian missiles.",
    ],
)
def test_air_defence_that_acts_disrupts_weapons_use(pipeline, text):
    assert "Disrupted weapons use" in _subs(pipeline, text)


def test_a_hoped_for_recapture_is_not_asserted(pipeline):
    text = "Kyiv hoped the counteroffensive would retake Melitopol before winter."
    assert "Government regains territory" not in _subs(pipeline, text)


def test_a_recapture_by_troops_who_had_hoped_is_asserted(pipeline):
    text = "Ukrainian troops, who had hoped for a quick advance, retook the village on Monday."
    assert "Government regains territory" in _subs(pipeline, text)


def test_a_hoped_for_signing_is_not_asserted(pipeline):
    text = "Zelenskiy said he hoped to sign the security pact at the summit in Vilnius."
    assert "AGREE" not in _types(pipeline, text)


def test_a_hoped_for_agreement_does_not_hang_on_a_visit(pipeline):
    text = "Speaking during his visit to Ankara, the minister said he hoped to agree on a swap line with the Turkish central bank."
    events = _events(pipeline, text)
    assert "Agreement" not in {e.acled_sub_event_type for e in events if e.modality == "asserted"}
    assert ("CONSULT", "asserted") in {(e.type, e.modality) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "He said he was very happy that Ukraine had not lost a close ally.",
        "Zelenskiy said he was pleased with the outcome of the talks.",
    ],
)
def test_gladness_about_an_outcome_is_support(pipeline, text):
    assert "SUPPORT" in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said she was not happy with the decision to close the bridge.",
        "The minister said he was happy to help with the evacuation.",
        "Officials said they were satisfied that the dam was safe.",
    ],
)
def test_gladness_denied_or_a_willingness_is_no_support(pipeline, text):
    assert "SUPPORT" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "clause",
    [
        "he said he was happy that the town held",
        "a strike by dock workers closed the port",
    ],
)
def test_a_run_on_sentence_of_taking_verbs_stays_linear(detect_stays_linear, clause):
    """The same clause thousands of times in one sentence costs in proportion ("held" is a
    taking verb, and each one read the whole sentence for "does not know where": 21 s)."""
    detect_stays_linear(lambda n: "Officials said " + ", and ".join([clause] * n) + ".")


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskiy called for a firmer response to Thursday's strikes on the capital, made while the UN secretary general was visiting.",
        "Officials said a Ukrainian strike against an ammunition train had cut the rail link to Crimea.",
    ],
)
def test_a_strike_on_a_place_beside_work_words_is_no_labour_strike(pipeline, text):
    """Session 12: one reading of a labour strike for the stage (classify.labour_strike); detect's
    own read any work word within 40 words ("secretary general", "rail link") as a stoppage."""
    assert "PROTEST" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    ["The general strike paralysed the port city for a second day.", "Nurses staged a strike over pay."],
)
def test_a_stoppage_named_as_such_is_a_protest(pipeline, text):
    types = _types(pipeline, text)
    assert "PROTEST" in types and "ASSAULT" not in types
