"""Readings that over-fired in war reporting: people who died are no mob, an attack named a
'strike' is no labour strike, a state's boycott and rallied support are no crowd, relatives of
the missing are a crowd, a mine is also a workplace, and what
is expected to begin has not happened."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span


def _events(pipeline, text: str):
    return pipeline(text, published="2022-07-30").events


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskiy said at least 50 people died.",
        "Almost 30,000 people died in connection with the Finnish civil war.",
    ],
)
def test_people_who_died_are_victims_not_a_mob(pipeline, text):
    assert all(e.acled_sub_event_type != "Mob violence" for e in _events(pipeline, text))


def test_villagers_beating_a_man_are_still_a_mob(pipeline):
    subs = {
        e.acled_sub_event_type
        for e in _events(pipeline, "Villagers lynched two men suspected of stealing cattle.")
    }
    assert "Mob violence" in subs


@pytest.mark.parametrize(
    "text",
    [
        "Earlier today, Lviv's governor acknowledged the strike, and said one building was damaged.",
        "Zelenskiy denounced the strike as a war crime, accusing Russia of carrying out the attack.",
    ],
)
def test_a_strike_in_war_reporting_is_no_labour_strike(pipeline, text):
    assert all(e.type != "PROTEST" for e in _events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The government imposed a boycott on Russian goods.", "SANCTION"),
        ("Malaysia imposed a boycott on Israeli goods.", "SANCTION"),
        ("Ukraine rallied support among African states for its peace plan.", "SUPPORT"),
    ],
)
def test_state_boycotts_and_rallied_support_are_no_protest(pipeline, text, plover):
    events = _events(pipeline, text)
    assert plover in {e.type for e in events}
    assert all(e.type != "PROTEST" and e.acled_event_type != "Protests" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rallied in Tbilisi against the foreign agents law.",
        # rallying to a place (not to a cause) and a boycott by students are crowds, in both codings
        "Thousands of protesters rallied to the parliament in Tbilisi on Sunday.",
        "Students announced a boycott of classes.",
    ],
)
def test_crowds_still_rally(pipeline, text):
    events = _events(pipeline, text)
    assert {(e.type, e.acled_sub_event_type) for e in events} == {("PROTEST", "Peaceful protest")}


def test_relatives_of_missing_soldiers_gathered_at_the_ministry_protest(pipeline):
    text = "Hundreds of relatives of missing soldiers gathered outside the defence ministry in Kyiv, demanding information."
    subs = {e.acled_sub_event_type for e in _events(pipeline, text)}
    assert subs == {"Peaceful protest"}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Two workers were killed at a mine in Toretsk on Tuesday.", "Attack"),
        (
            "Two soldiers were killed when their vehicle hit a mine near Vuhledar.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A civilian stepped on a mine in a field near Izium and was killed.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_mine_is_a_workplace_or_a_landmine(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russian troops are set to begin withdrawing from the plant.", "hypothetical"),
        ("Russian troops were expected to begin withdrawing from Kherson on Monday.", "hypothetical"),
        ("Russian troops began withdrawing from the plant.", "asserted"),
    ],
)
def test_what_is_expected_to_begin_has_not_happened(pipeline, text, modality):
    events = [e for e in _events(pipeline, text) if e.type == "RETREAT"]
    assert events and all(e.modality == modality for e in events)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Western officials suggested that the city of Sloviansk was the likely next target.", False),
        ("Mr. Putin suggested late Tuesday that natural gas would resume flowing to Europe.", False),
        ("Some indicators suggested that the United States was already in a recession.", False),
        ("Macron suggested that both armies withdraw from the border.", True),
        ("France suggested that Russia should withdraw its troops.", True),
    ],
)
def test_suggesting_what_is_is_no_request(pipeline, text, asks):
    assert ("REQUEST" in {e.type for e in _events(pipeline, text)}) is asks


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Constant brutal bombings, constant Russian strikes at infrastructure and residential areas "
            "show that Russia wants to make this area uninhabited.",
            # fire told as constant is no dated event (a43022d; settled in the s19 record review):
            # no ACLED type at all, so above all no roadside bomb
            None,
        ),
        (
            "Brutal Russian strikes at infrastructure and residential areas of Kharkiv killed three people overnight.",
            "Shelling/artillery/missile attack",  # strikes with no ground attacker (review s18)
        ),
        ("The Russian bombing of Mariupol killed hundreds of civilians.", "Attack"),
        ("A bombing at a market in Mogadishu killed 20 people.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_states_bombing_is_no_roadside_bomb(pipeline, text, sub):
    assert sub in {e.acled_sub_event_type for e in _events(pipeline, text)}
    if sub != "Remote explosive/landmine/IED":
        assert "Remote explosive/landmine/IED" not in {
            e.acled_sub_event_type for e in _events(pipeline, text)
        }


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov's tour is aimed essentially at rallying African nations to Russia's side.",
        "Ukrainian society as a whole has rallied to the country's defense.",
    ],
)
def test_rallying_to_a_side_is_support(pipeline, text):
    types = {e.type for e in _events(pipeline, text)}
    assert "SUPPORT" in types and "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "A mine exploded in the Black Sea near Odesa, killing two fishermen.",
        "Ships hit known mines in the Black Sea, killing two sailors.",
        "The grain ships must avoid known mines in the Black Sea, where a tug was blown up.",
    ],
)
def test_a_sea_mine_is_a_weapon(nlp, text):
    assert "W_IED" in code_span(nlp(text)).cues


@pytest.mark.parametrize(
    ("text", "striker", "accuser"),
    [
        ("Kyiv blamed Moscow for the missile strike on a shopping centre in Kremenchuk.", "Moscow", "Kyiv"),
        ("Russia blamed Ukraine for a drone attack on the Kremlin.", "Ukraine", "Russia"),
        ("Ukraine accused Russia of a missile attack on Odesa.", "Russia", "Ukraine"),
    ],
)
def test_the_one_blamed_for_an_attack_is_its_actor(pipeline, text, striker, accuser):
    attacks = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert attacks
    actors = {a.text for e in attacks for a in e.actors if a.role == "actor"}
    assert striker in actors and accuser not in actors


def test_troops_dislodged_from_positions_lost_a_fight(pipeline):
    text = "Ukrainian forces dislodged Russian troops from positions near Robotyne."
    assert {e.acled_sub_event_type for e in _events(pipeline, text)} == {"Armed clash"}


def test_storming_out_of_talks_is_a_walkout(pipeline):
    events = _events(pipeline, "The Russian delegation stormed out of the UN meeting.")
    assert "SANCTION" in {e.type for e in events}
    assert all(e.type != "ASSAULT" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Engineers restored power to the town of Izium on Tuesday after weeks of outages.",
        "Residents restored the church in the village.",
    ],
)
def test_repairs_are_no_support(pipeline, text):
    assert all(e.type != "SUPPORT" for e in _events(pipeline, text))


def test_restored_relations_are_still_support(pipeline):
    assert "SUPPORT" in {
        e.type for e in _events(pipeline, "The two countries restored diplomatic relations.")
    }


def test_the_charge_is_not_part_of_the_accused_name(pipeline):
    text = "Ukraine has accused Russian forces of strikes near a nuclear reactor at the Zaporizhzhia power plant."
    names = {a.text for e in _events(pipeline, text) for a in e.actors}
    assert "Russian forces" in names and not any("of strikes" in n for n in names)
    arrest = _events(pipeline, "Police arrested members of the Wagner group.")
    assert "members of the Wagner group" in {a.text for e in arrest for a in e.actors}


def test_prisoners_of_war_are_soldiers():
    from sitrep.events.actors import side_and_sector

    assert side_and_sector(["53", "ukrainian", "prisoners", "of", "war"]) == ("UA", "military")
    assert side_and_sector(["prisoners"])[1] == "civilians"


@pytest.mark.parametrize(
    ("text", "coerced"),
    [
        ("Russian troops forced residents to take Russian passports.", True),
        ("Residents were forced to take Russian passports.", True),
        ("The EU has been forced to water down its plan to ration gas this winter.", False),
        ("Ukraine's military said Russia had been forced to use Soviet-era weapons.", False),
    ],
)
def test_forced_by_circumstance_is_no_coercion(pipeline, text, coerced):
    events = _events(pipeline, text)
    assert ("COERCE" in {e.type for e in events}) is coerced
    assert all(e.acled_sub_event_type != "Abduction/forced disappearance" for e in events)
