"""Session 12 review: 20 war-reporting sentences written by the reviewer, each with its expected
ACLED sub-type and asserted PLOVER types, before reading the session's readings (a weapon used,
deployed, supplied, pledged or used as a habit; conditional threats against conditional and
counterfactual reports; labour strikes beside attacks; ceasefires signed, holding or collapsing;
landmines against mines as pits; tear gas on a crowd; a street named after a commander). On the
session's starting code (7f85c31) 16/20 were right, on its last events commit (5b8e53b) 17/20:
the session mended a weapon used against positions and a collapsed truce, and broke the habit
("has been using HIMARS for months", right before). The misses with a general reading are
mended here; the rest are xfail with the reason."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span

# (text, ACLED sub-type expected, or None if the probe is about PLOVER only)
SUB_TYPES = [
    ("Russian forces used thermobaric rockets against Ukrainian positions near Bakhmut on Monday.",
     "Shelling/artillery/missile attack"),
    ("Coal miners in Pavlohrad went on strike over unpaid wages on Tuesday.", "Peaceful protest"),
    ("A Russian missile strike on the mine in Pavlohrad trapped 200 miners underground.",
     "Shelling/artillery/missile attack"),
    ("Rail workers threatened a strike as drone strikes hit the depot in Kharkiv.", "Air/drone strike"),
    ("The two sides signed a ceasefire in Doha on Sunday.", "Agreement"),
    ("A landmine left by retreating troops killed a tractor driver in a field near Izium.",
     "Remote explosive/landmine/IED"),
    ("Police used tear gas to disperse protesters in Tbilisi on Thursday.", "Protest with intervention"),
]  # fmt: skip

# (text, a sub-type it must not get)
NOT_SUB_TYPES = [
    ("The truce collapsed within hours as both sides traded artillery fire.", "Agreement"),
    ("Both sides accused each other of violating the ceasefire, which has broadly held since March.",
     "Agreement"),
    ("Rescuers freed 30 workers trapped after a gas explosion in a coal mine in Donetsk.",
     "Remote explosive/landmine/IED"),
    ("The city council named a street after the brigade's fallen commander.", "Change to group/activity"),
]  # fmt: skip

# weapons supplied, deployed, forsworn or used as a practice: no attack
NO_ATTACK = [
    "Washington agreed to supply Kyiv with cluster munitions last week.",
    "Belarus said it had deployed tactical nuclear weapons on its territory.",
    "Ukraine has been using Western-supplied HIMARS launchers for months.",
    "Kyiv pledged not to use the long-range missiles on Russian territory.",
]

# (text, asserted PLOVER types it must have, asserted PLOVER types it must not have)
PLOVER = [
    ("Russian forces used thermobaric rockets against Ukrainian positions near Bakhmut on Monday.",
     {"ASSAULT"}, set()),
    ("The army threatened to use artillery against the town if the rebels did not surrender.",
     {"THREATEN"}, {"ASSAULT"}),
    ("If the report is confirmed, it would be the first time Russia has used chemical weapons in the war.",
     set(), {"THREATEN"}),
    ("Officials said the shelling would have killed dozens if the shelter had not held.", set(), {"THREATEN"}),
    ("Putin warned that Moscow would strike Kyiv's decision-making centres if Western tanks were delivered.",
     {"THREATEN"}, {"ASSAULT"}),
    ("Coal miners in Pavlohrad went on strike over unpaid wages on Tuesday.", {"PROTEST"}, {"ASSAULT"}),
    ("A Russian missile strike on the mine in Pavlohrad trapped 200 miners underground.",
     {"ASSAULT"}, {"PROTEST"}),
    ("Rail workers threatened a strike as drone strikes hit the depot in Kharkiv.", {"ASSAULT"}, set()),
    ("Hospital staff held a one-day strike to protest the shelling of their clinic.", {"PROTEST"}, set()),
    ("The truce collapsed within hours as both sides traded artillery fire.", {"ASSAULT"}, set()),
    ("The two sides signed a ceasefire in Doha on Sunday.", {"AGREE"}, {"ASSAULT"}),
    ("Both sides accused each other of violating the ceasefire, which has broadly held since March.",
     {"ACCUSE"}, set()),
    ("A landmine left by retreating troops killed a tractor driver in a field near Izium.", {"ASSAULT"}, set()),
]  # fmt: skip

OPEN = {
    "Hospital staff held a one-day strike to protest the shelling of their clinic.": (
        "a weapon named in the sentence makes the protest no crowd (code_cues: a protest with a "
        "weapon needs a protest actor), and 'hospital staff' with no name is no PLOVER actor"
    ),
}


def _asserted(pipeline, text: str) -> set[str]:
    return {e.type for e in pipeline(text, published="2023-05-10").events if e.modality == "asserted"}


@pytest.mark.parametrize(("text", "sub"), SUB_TYPES, ids=[t[:40] for t, _ in SUB_TYPES])
def test_probe_gets_its_sub_type(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), NOT_SUB_TYPES, ids=[t[:40] for t, _ in NOT_SUB_TYPES])
def test_probe_does_not_get_the_near_sub_type(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type != sub


@pytest.mark.parametrize("text", NO_ATTACK, ids=[t[:40] for t in NO_ATTACK])
def test_weapons_not_fired_are_no_attack(nlp, pipeline, request, text):
    if text in OPEN:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN[text]))
    assert code_span(nlp(text)).event_type != "Explosions/Remote violence"
    assert "ASSAULT" not in _asserted(pipeline, text)


@pytest.mark.parametrize(("text", "must", "must_not"), PLOVER, ids=[t[:40] for t, _, _ in PLOVER])
def test_probe_gets_its_plover_types(pipeline, request, text, must, must_not):
    if text in OPEN:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN[text]))
    asserted = _asserted(pipeline, text)
    assert must <= asserted
    assert not must_not & asserted


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the shelling would have killed dozens if the shelter had not held.",
        "Moscow said it would've struck the bridge if the convoy hadn't turned back.",
    ],
)
def test_a_past_that_did_not_happen_threatens_no_one(pipeline, text):
    assert "THREATEN" not in _asserted(pipeline, text)


def test_force_still_to_come_on_a_condition_threatens(pipeline):
    assert "THREATEN" in _asserted(
        pipeline, "Moscow said it would retaliate if Kyiv did not withdraw its troops."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Commanders say the brigade is using rockets that are older than its soldiers.",
        "Since the spring, Russia has been using Soviet anti-ship missiles on land targets.",
    ],
)
def test_a_weapon_used_as_a_practice_is_no_attack(nlp, text):
    assert code_span(nlp(text)).event_type != "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Russia is using cluster munitions in Kharkiv, officials said.",
        "Russia has used cluster munitions in Kharkiv.",
        "At Kremenchuk, Russia used an old anti-ship missile.",
    ],
)
def test_a_weapon_used_at_a_place_or_in_the_past_is_an_attack(nlp, text):
    assert code_span(nlp(text)).event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "clause",
    [
        "miners went on strike as a drone strike hit the plant",
        "a fire at a crowded market killed 12 traders",
    ],
)
def test_a_run_on_sentence_of_strikes_and_fires_stays_linear(detect_stays_linear, clause):
    """The same clause thousands of times in one sentence costs in proportion (5b8e53b: 2.7 s
    and 6.1 s: one protest cue added per strike re-sorted its list, and each conjoined killing
    re-read the subjects of the verb heading all 4,000)."""
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry named the commander responsible for the massacre.",
        "Prosecutors named the battalion commander who gave the order.",
    ],
)
def test_naming_a_commander_in_post_is_no_change_to_the_group(nlp, text):
    assert code_span(nlp(text)).sub_event_type != "Change to group/activity"


def test_a_group_choosing_an_interim_head_changes(nlp):
    text = "The insurgents chose an interim emir after the raid."
    assert code_span(nlp(text)).sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it would use artillery if the rebels advanced on the town.",
        "The army said it would use drones if the militants returned.",
    ],
)
def test_any_weapon_the_stage_knows_committed_on_a_condition_threatens(pipeline, text):
    assert "THREATEN" in _asserted(pipeline, text)
