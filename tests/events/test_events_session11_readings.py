"""Session 11 blind batch: readings that went wrong on real war reporting, written (with the
expected answer) before the code was changed. Praise is a verdict only when the act itself is
called a praise word; a future told in the passive commits no one; "hopes to" is an intention; a
state's forces storming a village fight for it; what is "going to" happen has not; a strike by working people is a labour strike;
air defence named as equipment stops nothing; and run-on sentences stay linear."""

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
        "Zelenskiy said the fall of the town was a significant setback.",
        "The governor said it was important to evacuate civilians from the city.",
        "Analysts said the shelling of the plant was a significant escalation.",
    ],
)
def test_a_praise_word_that_names_no_act_is_no_support(pipeline, text):
    assert "SUPPORT" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the grain deal was an important step towards ending the blockade.",
        "Nato's chief praised Finland's decision to join the alliance.",
    ],
)
def test_praise_of_an_act_is_still_support(pipeline, text):
    assert "SUPPORT" in _types(pipeline, text)


@pytest.mark.xfail(strict=True, reason="a verdict on a situation, not an act, still reads as praise")
def test_a_good_situation_is_no_praise(pipeline):
    assert "SUPPORT" not in _types(pipeline, "The commander said the situation at the front was good.")


@pytest.mark.parametrize(
    "text",
    [
        "If Ukraine recaptured Kherson, Russia's supply lines would be cut.",
        "Analysts said Russian supply lines would be cut if Ukraine took the town.",
        "Officials said a Russian victory would be a disaster for Europe.",
        "Analysts said the loss of the bridge would make it harder for Russia to supply its troops.",
        "Western officials said Russia would run out of missiles if it kept firing at this rate.",
    ],
)
def test_a_forecast_with_would_is_no_threat(pipeline, text):
    assert "THREATEN" not in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskiy said Ukraine would hit back if Russia attacked the plant.",
        "The ministry warned it would strike decision-making centres in Kyiv if attacks continued.",
    ],
)
def test_a_party_that_says_it_will_strike_threatens(pipeline, text):
    assert "THREATEN" in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said they had not retaken the village.",
        "If Ukraine recaptured Kherson, Russia's supply lines would be cut.",
        "Kyiv hopes to retake Crimea by next year.",
        "The army could regain control of the city within weeks.",
    ],
)
def test_territory_not_yet_regained_is_not_asserted(pipeline, text):
    assert "Government regains territory" not in _subs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "She asked for weapons so that our kids are not going to be killed.",
        "Russia is going to attack Kyiv again, the general said.",
    ],
)
def test_what_is_going_to_happen_has_not_happened(pipeline, text):
    assert all(e.modality != "asserted" for e in _events(pipeline, text) if e.type == "ASSAULT")


def test_troops_going_somewhere_when_hit_were_hit(pipeline):
    text = "Troops were going to the front when their bus was hit by a missile."
    assert "Shelling/artillery/missile attack" in _subs(pipeline, text)


def test_territory_regained_is_asserted(pipeline):
    text = "Ukrainian forces recaptured the village of Dovhenke on Tuesday."
    assert "Government regains territory" in _subs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops stormed the village of Krasnohorivka overnight.",
        "Wagner fighters stormed the village of Klishchiivka but were pushed back.",
    ],
)
def test_forces_storming_a_village_fight_for_it(pipeline, text):
    assert _subs(pipeline, text) == {"Armed clash"}


def test_armed_men_killing_villagers_attack_civilians(pipeline):
    assert _subs(pipeline, "Armed men stormed the village, killing 20 residents.") == {"Attack"}


@pytest.mark.parametrize(
    "text",
    [
        "A strike by rail workers halted trains across the country on Monday.",
        "A strike by dock workers closed the port of Antwerp.",
        "Rail workers went on strike over unpaid wages.",
    ],
)
def test_a_strike_by_working_people_is_a_labour_strike(pipeline, text):
    events = _events(pipeline, text)
    assert {(e.type, e.acled_sub_event_type) for e in events} == {("PROTEST", "Peaceful protest")}


def test_a_missile_strike_is_still_an_attack(pipeline):
    assert "ASSAULT" in _types(pipeline, "A Russian missile strike hit a rail depot in Lviv.")


@pytest.mark.parametrize(
    "text",
    [
        "The UK will send air defence systems to Ukraine.",
        "Ukraine needs more air defence systems.",
        "Spain is to supply Ukraine with anti-aircraft missiles.",
    ],
)
def test_air_defence_named_as_equipment_stops_nothing(pipeline, text):
    assert "Disrupted weapons use" not in _subs(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian air defences shot down two missiles over Kyiv.",
        "Air defence was active over Kyiv overnight.",
        "One of the rockets was caught by Ukrainian anti-aircraft systems.",
        "Police defused a bomb planted under a car in Kherson.",
    ],
)
def test_air_defence_that_acts_and_a_defused_bomb_disrupt_weapons_use(pipeline, text):
    assert "Disrupted weapons use" in _subs(pipeline, text)


@pytest.mark.parametrize(
    "clause",
    [
        "troops restored government control",
        "a suicide bomber blew himself up",
        "police defused a bomb",
        "police used tear gas",
    ],
)
def test_a_run_on_sentence_stays_linear(detect_stays_linear, clause):
    """The same clause thousands of times in one sentence costs in proportion (4,000 times
    2.4-3.1 s: cue lists re-sorted per word, ancestors climbed per word)."""
    detect_stays_linear(lambda n: "Officials said " + ", and ".join([clause] * n) + ".")
