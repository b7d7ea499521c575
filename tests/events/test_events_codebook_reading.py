"""Codebook readings added in round 4, on sentences written for the tests (none from an
evaluation file): ACLED sub-types by `code_span`, PLOVER types and arguments by `detect`."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span
from sitrep.events.detect import detect, primary
from sitrep.record import Article, Record

ACLED_CASES = [
    # riot-control means are intervention, not weapons; force by the crowd is crowd violence
    ("Police fired tear gas and water cannon to disperse opposition supporters in the capital.", "Protest with intervention"),
    ("Security forces fired rubber bullets to disperse hundreds of protesters, but no one was hurt.", "Protest with intervention"),
    ("Protesters attacked police with petrol bombs and stones in the city centre.", "Violent demonstration"),
    # what a crowd marches against is its grievance, and the state's violence is not the crowd's
    ("Thousands of students marched through the capital against gun violence.", "Peaceful protest"),
    ("The regime intensified its brutal repression of peaceful marchers, firing on crowds and killing several.", "Excessive force against protesters"),
    # dropping a weapon is an attack; self-detonation is an act; a grenade at a rally is an explosion
    ("Residents reported difficulty breathing after government helicopters dropped canisters of toxic gas.", "Chemical weapon"),
    ("A woman wearing an explosive vest blew herself up in a crowded market.", "Suicide bomb"),
    ("A grenade exploded at a campaign rally, injuring 20 supporters.", "Grenade"),
    ("Government troops and Al-Shabaab fighters exchanged gunfire for several hours near the town.", "Armed clash"),
    # who was attacked is no mob; killed hostages are victims of an attack, not abducted
    ("A gunman opened fire on villagers at a market, killing four.", "Attack"),
    ("Militants executed six hostages, including two aid workers.", "Attack"),
    # the speaker is who took the town; a handover and burnt buildings read from the parse
    ("The army said it had retaken the town of Damboa from Boko Haram after days of fighting.", "Government regains territory"),
    ("Rebels handed the town back to government forces under the terms of the deal.", "Non-violent transfer of territory"),
    ("Gunmen burned a school and a health centre in the village.", "Looting/property destruction"),
    ("Boko Haram fighters carried off dozens of women and children during a raid on the village.", "Abduction/forced disappearance"),
    # a capture told with no fight ("had not met any resistance") is a non-violent transfer
    ("The militia fighters entered the town at dawn and did not encounter any resistance.", "Non-violent transfer of territory"),
    # a unilateral ceasefire is one group changing its activity, not an agreement
    ("The rebel group announced a unilateral ceasefire for the holy month.", "Change to group/activity"),
]  # fmt: skip

EXTRA_CASES = [
    # a labour strike is a protest, a fire that is not gunfire is a fire
    ("Nurses staged a strike outside the hospital demanding better pay.", "Peaceful protest", None),
    ("A fire at a crowded market killed 12 traders.", None, "man-made-disaster"),
    ("Six workers died when a fertiliser factory blew up on Friday night.", None, "man-made-disaster"),
    ("Workers went on strike at the country's largest copper mine.", "Peaceful protest", None),
    # police catching a named crime is organized crime, not a political arrest
    ("Police arrested a gang accused of kidnapping businessmen for ransom.", None, "organized-crime"),
    # an agreement named as topic is no agreement; a protest delivered to an envoy is diplomatic
    ("The foreign minister travelled to Washington for talks on the nuclear agreement.", None, "diplomatic"),
    ("The government summoned the ambassador to protest against the remarks.", None, "diplomatic"),
    # who claims or is blamed for an act (CASE's attribution)
]  # fmt: skip

CLAIMS = [
    "The Pakistani Taliban said they carried out the attack on the school.",
    "Officials said a local militia was behind the killing of the two aid workers.",
    "The government blamed rebel forces for the attack on the convoy.",
]


@pytest.mark.parametrize(("text", "sub"), ACLED_CASES)
def test_acled_sub_type_follows_the_codebook(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub", "extra"), EXTRA_CASES)
def test_non_acled_kinds_and_their_boundaries(nlp, text, sub, extra):
    coding = code_span(nlp(text))
    assert (coding.sub_event_type, coding.extra) == (sub, extra)


@pytest.mark.parametrize("text", CLAIMS)
def test_who_claims_or_is_blamed_for_an_act_is_attribution(nlp, text):
    # CASE's attribution class: the claim or the blame leads, the act is told inside it
    assert code_span(nlp(text)).extra == "attribution"


def _main(nlp, text):
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)))
    return primary([d for d in found if d.happened], doc, prefer_acled=False)


PLOVER_CASES = [
    ("The government gave in to the strikers' demands and raised wages.", "CONCEDE"),
    ("The government agreed to the demands of the striking miners after a week of talks.", "CONCEDE"),
    ("Authorities ended the state of emergency in the southern provinces.", "CONCEDE"),
    ("The Turkish army pulled out of northern Iraq after a week-long operation against Kurdish rebels.", "RETREAT"),
    ("The government called up 20,000 reservists.", "MOBILIZE"),
    ("Russian forces held large-scale military exercises near the border.", "MOBILIZE"),
    ("Greece and Turkey reached an understanding on fishing rights in the Aegean.", "AGREE"),
    ("Kenyan police handed over two terrorism suspects to the United States.", "COOPERATE"),
    ("Norwegian volunteers handed over two tonnes of bandages to the Red Cross in Kharkiv.", "AID"),
    ("Japan gave Jordan 50 million dollars in grants to support its economy.", "AID"),
    ("Chinese authorities expelled two foreign journalists from Tibet.", "COERCE"),
    ("Canada expelled four Russian diplomats.", "SANCTION"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "plover"), PLOVER_CASES)
def test_plover_type_follows_cameo2plover(nlp, text, plover):
    event = _main(nlp, text)
    assert event is not None and event.type == plover


def test_a_strategic_development_read_as_an_interaction_targets_a_country(nlp):
    text = (
        "Zimbabwean Prime Minister Robert Mugabe accused the United States of blackmail in the negotiations."
    )
    event = _main(nlp, text)
    assert event.type == "ACCUSE"
    assert [a.text for a in event.actors if a.role == "target"] == ["United States"]


def test_a_one_sided_act_targets_the_place_it_is_aimed_at(nlp):
    event = _main(nlp, "Belarusian troops remained on alert in the border district of Brest today.")
    assert event.type == "MOBILIZE"
    assert any("Brest" in a.text for a in event.actors if a.role == "target")


def test_a_reported_intent_is_the_speakers(nlp):
    text = "In an interview, President Alexander Lukashenko said he is prepared to lift the ban on the opposition party."
    event = _main(nlp, text)
    actors = [a.text for a in event.actors if a.role == "actor"]
    assert actors and "Lukashenko" in actors[0]
