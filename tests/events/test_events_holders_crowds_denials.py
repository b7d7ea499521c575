"""Readings checked against the ACLED codebook's sub-type definitions, on sentences written for the
purpose (none taken from an evaluation set).

Non-violent transfer of territory is a group acquiring control of a location without a fight;
Change to group/activity covers the movement of forces; Mob violence is a disorderly crowd's
violence outside a demonstration, while an armed clash is between organised armed groups
(identity militias among them); Change to group/activity is a change to an armed group."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span

WITHDRAWALS = [
    # a new holder named: the place changed hands without a fight
    ("The army withdrew from the district, which is now held by the insurgents.",
     "Non-violent transfer of territory"),
    ("Troops vacated the hilltop base, which was then taken by local fighters.",
     "Non-violent transfer of territory"),
    # forces only moving back: no one took the place over
    ("The army withdrew from the town and returned to its barracks.", "Change to group/activity"),
    # civilians evacuated are no forces leaving: the recapture is the event
    ("Government forces said they had recaptured the village and evacuated hundreds of civilians.",
     "Government regains territory"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub"), WITHDRAWALS)
def test_a_withdrawal_is_a_transfer_only_when_someone_takes_over(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


CROWDS = [
    ("Armed youths from rival clans clashed near the wells, killing four.", "Armed clash"),
    ("Tribal youths clashed near the cattle camp, leaving 12 dead.", "Armed clash"),
    # an unorganised crowd with sticks and stones stays a mob
    ("Supporters of the two parties clashed in the market, leaving five injured.", "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub"), CROWDS)
def test_crowds_told_as_armed_or_tribal_fight_as_identity_militias(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


UNARMED = [
    # the seizure told as the setting is the only act; civilians forming a group change no armed group
    ("A year after their houses were taken over by soldiers, the families formed a support group.",
     "Looting/property destruction"),
    ("Months after their shops were looted by soldiers, the traders formed a cooperative.",
     "Looting/property destruction"),
    ("The rebels formed a new alliance with two smaller factions.", "Change to group/activity"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub"), UNARMED)
def test_people_without_arms_forming_a_group_change_no_armed_group(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


def test_people_told_to_leave_their_homes_is_no_looting(nlp):
    coding = code_span(nlp("Officials urged residents of the border villages to leave their homes."))
    assert coding.sub_event_type != "Looting/property destruction"


def test_taking_away_hope_abducts_no_one_but_taking_away_villagers_does(nlp):
    hope = "With this decision, they are taking away the hope of ordinary people to rebuild."
    assert code_span(nlp(hope)).sub_event_type is None
    taken = "Gunmen took away a group of villagers from the market."
    assert code_span(nlp(taken)).sub_event_type == "Abduction/forced disappearance"


def test_rejecting_the_explanation_of_a_strike_does_not_dispute_the_strike(pipeline):
    text = (
        "Moscow said its missiles had hit an ammunition depot near Lviv. "
        "Kyiv rejected Moscow's explanation, saying the depot was a furniture warehouse."
    )
    record = pipeline(text, published="2022-05-02")
    strike = next(e for e in record.events if e.type == "ASSAULT")
    assert strike.modality == "asserted"
    # denying the act itself still disputes it
    text = (
        "Moscow said its forces had captured the village. Kyiv denied the claim, saying its troops held it."
    )
    record = pipeline(text, published="2022-05-02")
    capture = next(e for e in record.events if e.type == "ASSAULT")
    assert capture.modality == "hypothetical"
