"""ACLED/PLOVER coding of single sentences: the rules a coder relies on."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span
from sitrep.events.ontology import ACLED_SUB_TO_TYPE, ACLED_SUBTYPES, ACLED_TO_PLOVER, PLOVER_TYPES


def test_ontology_has_acled_25_subtypes_and_plover_16_types():
    assert len(ACLED_SUBTYPES) == 25
    assert len(set(ACLED_SUB_TO_TYPE.values())) == 6
    assert len(PLOVER_TYPES) == 16
    assert all(p in PLOVER_TYPES for p, _ in ACLED_TO_PLOVER.values())


@pytest.mark.parametrize(
    "text, sub, mode",
    [
        (
            "Russian forces shelled Kherson city with artillery, killing two civilians.",
            "Shelling/artillery/missile attack",
            "heavy-weapons",
        ),
        (
            "Russian forces launched cruise missiles at Odesa port overnight.",
            "Shelling/artillery/missile attack",
            "missile",
        ),
        ("A Russian drone struck an apartment building in Zaporizhzhia.", "Air/drone strike", "drone"),
        (
            "Russian aircraft dropped guided bombs on Kramatorsk, injuring three people.",
            "Air/drone strike",
            "aerial",
        ),
        (
            "A tractor hit a landmine near Izium, killing the driver.",
            "Remote explosive/landmine/IED",
            "explosives",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Kabul, killing four soldiers.",
            "Suicide bomb",
            "suicide-attack",
        ),
        ("Militants threw a grenade at a police patrol, wounding two officers.", "Grenade", "explosives"),
        (
            "Ukrainian air defence shot down six Shahed drones over Kyiv.",
            "Disrupted weapons use",
            "confiscate",
        ),
        (
            "Sappers defused an unexploded missile found in a field near Ochakiv.",
            "Disrupted weapons use",
            "confiscate",
        ),
        ("Russian troops clashed with Ukrainian soldiers just outside Soledar.", "Armed clash", "firearms"),
        (
            "Ukrainian forces recaptured the village of Robotyne from Russian troops.",
            "Government regains territory",
            None,
        ),
        (
            "Rebels seized control of the town of Kidal after heavy fighting with government troops.",
            "Non-state actor overtakes territory",
            None,
        ),
        (
            "Rebels took control of the town of Kidal after government troops withdrew.",
            "Non-violent transfer of territory",
            "withdraw",
        ),
        (
            "Thousands of people held a peaceful march against police brutality in the capital.",
            "Peaceful protest",
            "demo",
        ),
        ("Gunmen shot dead a farmer in his field near the village.", "Attack", "firearms"),
        (
            "Armed men abducted three aid workers on the road to Gao.",
            "Abduction/forced disappearance",
            "abduct",
        ),
        (
            "Around 200 people held a rally in Lviv demanding the release of prisoners of war.",
            "Peaceful protest",
            "demo",
        ),
        (
            "Police fired tear gas to disperse protesters outside parliament.",
            "Protest with intervention",
            "demo",
        ),
        (
            "Security forces opened fire on protesters, killing four demonstrators.",
            "Excessive force against protesters",
            None,
        ),
        ("Protesters threw stones at police and set fire to cars.", "Violent demonstration", "riot"),
        ("The security service detained a resident suspected of spying.", "Arrests", "arrest"),
        ("Ukraine and Russia agreed a prisoner exchange mediated by Turkey.", "Agreement", None),
        ("Looters ransacked shops and burned houses in the town.", "Looting/property destruction", "destroy"),
    ],
)
def test_sentence_gets_the_acled_subtype_and_mode(nlp, text, sub, mode):
    coding = code_span(nlp(text))
    assert coding.sub_event_type == sub, coding.rule
    assert coding.event_type == ACLED_SUB_TO_TYPE[sub]
    assert coding.mode == mode


def test_coding_points_at_the_word_that_decided_it(nlp):
    doc = nlp("Russian forces shelled Kherson city with artillery.")
    coding = code_span(doc)
    assert doc[coding.trigger].lower_ in {"shelled", "artillery"}


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Flash floods and landslides killed at least 40 people in the province.", "natural-disaster"),
        ("A chemical leak at a factory killed ten workers.", "man-made-disaster"),
        ("The foreign minister met his counterpart in Ankara for talks.", "diplomatic"),
    ],
)
def test_non_acled_events_are_not_coded_as_acled(nlp, text, kind):
    coding = code_span(nlp(text))
    assert coding.sub_event_type is None
    assert coding.extra == kind


def test_air_raid_sirens_are_not_an_air_strike(nlp):
    assert code_span(nlp("Air raid sirens sounded across Kyiv at night.")).sub_event_type is None


def test_march_the_month_is_not_a_protest(nlp):
    assert code_span(nlp("In March the ministry published its annual budget.")).sub_event_type is None


@pytest.mark.parametrize(
    "text, sub",
    [
        # the capture verb takes the place: territory changed hands, even after fighting
        (
            "After heavy clashes with the militants, the army recaptured the town of Kupiansk.",
            "Government regains territory",
        ),
        # weapons as the object of seizing: their use was stopped
        ("Police seized rifles and grenades in a raid on a house in Kherson.", "Disrupted weapons use"),
        # a missile that destroyed helicopters is an attack, not a seizure of weapons
        (
            "A Russian missile hit the airfield, destroying several helicopters.",
            "Shelling/artillery/missile attack",
        ),
        # a seized weapon wherever the parse attaches it
        (
            "Police found a hidden stock of rifles and grenades thought to belong to the rebels.",
            "Disrupted weapons use",
        ),
        # the purpose of an attack is not what happened: "an attack to capture ... was repelled"
        (
            "The militants' attack to capture the army positions near the village was repelled by the troops.",
            "Armed clash",
        ),
        # what did not happen gives way to what did
        (
            "The rebels intended to take control of the hill, but the troops pushed them back in a firefight.",
            "Armed clash",
        ),
    ],
)
def test_parse_decides_between_readings(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "The combat story could not be substantiated by Reuters.",
        "Both actors were hitting the text with energy and passion.",
        "The emir launched a mediation effort between the two governments.",
        "A fire in a detached garage left the building a total loss.",
        "The newspaper was accused of spreading false information about the special military operation.",
    ],
)
def test_passing_mentions_are_not_acled_events(nlp, text):
    assert code_span(nlp(text)).sub_event_type is None


def test_deaths_at_a_protest_are_force_only_with_state_forces(nlp):
    accident = "Students held demonstrations demanding justice for two classmates killed in a road accident."
    assert code_span(nlp(accident)).sub_event_type != "Excessive force against protesters"
    shot = "Police killed two protesters during the demonstration in the capital."
    assert code_span(nlp(shot)).sub_event_type == "Excessive force against protesters"


def test_being_the_target_of_efforts_is_no_attack(nlp):
    # "target" as a noun is an attack only with violence in it.
    doc = nlp(
        "The village of Bakhmut, close to Luhansk, has been the focus and target of most of Russia's efforts."
    )
    assert code_span(doc[:]).sub_event_type is None
    doc = nlp("The town of Orikhiv has been the target of Russia's political campaign for months.")
    assert code_span(doc[:]).sub_event_type is None
    doc = nlp("The village was the target of a Russian missile strike that killed three civilians.")
    assert code_span(doc[:]).sub_event_type == "Shelling/artillery/missile attack"
    doc = nlp("Gunmen targeted villagers in the market, killing four.")
    assert code_span(doc[:]).sub_event_type == "Attack"


def test_months_of_losses_are_no_event(nlp):
    doc = nlp("Taking the town could offer Russia a boost after months of losses.")
    assert code_span(doc[:]).sub_event_type is None
    doc = nlp("Russian shelling killed three civilians in Kherson after months of losses.")
    assert code_span(doc[:]).sub_event_type == "Shelling/artillery/missile attack"
