"""Sentences written for the task, not for the rules (tests/events/fixtures/fresh_batch*): short
news snippets and passages in the style of CASE 2021 task 2 (ACLED sub-types, events world-wide),
PLOVER-typed sentences in the format of PLOVER's gold records, and ACLED-style notes about
Ukraine. Each was labelled from the ACLED codebook or PLOVER's type definitions before the system
coded it; `sitrep eval events <fixture>` prints the figures. The first figures each batch got,
measured before any rule was changed for it: batch 1 CASE style 0.970 sub-type accuracy, PLOVER 0.969, Ukraine notes 0.944; batch 2 (passages with
background, reported speech and distractors) 0.768, PLOVER 0.781, Ukraine notes 0.867; batch 3
(passages on sub-types ACLED coders confuse: clash or attack, shelling or air strike, abduction or
arrest, peaceful protest or intervention) 0.825; batch 4 (photo captions, acts told as the
setting of another, non-ACLED classes with violent words) 0.741; PLOVER batch 3 (newswire in
the style of PLOVER's gold records) 0.969; batch 5 (passages of every kind, written after batch 4's
fixes) 0.800; batch 6 (world-wide, written after batch 5's fixes) 0.880; batch 7 (after
batch 6's fixes) 0.850, its Ukraine notes 1.0 sub-type, 0.875 place within 25 km; batch 8
(world-wide, every sub-type and the confusable pairs, session 8) 0.867; PLOVER batch 4 (two
sentences per type, cue words the lexicon does not list: "hailed", "rebuffed", "bankrolled",
"massed", "pummelled") 0.906.

The floors below hold the figures after the generic fixes those batches showed, so a change that
loses them fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.evaluate.events import command
from sitrep.events.classify import code_span

FIXTURES = Path(__file__).parent / "fixtures"


def _scores(name: str) -> dict:
    result = CliRunner().invoke(command, [str(FIXTURES / name), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["results"]["all"]


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("fresh_batch1_case_style.tsv", 0.95),
        ("fresh_batch2_case_style_passages.tsv", 0.9),
        ("fresh_batch3_confusable_subtypes.tsv", 0.9),
        ("fresh_batch4_case_style_captions_background_nonacled.tsv", 0.8),
        ("fresh_batch5_case_style_passages.tsv", 0.8),
        ("fresh_batch6_case_style_worldwide.tsv", 0.85),
        ("fresh_batch7_case_style.tsv", 0.85),
        ("fresh_batch8_case_style_worldwide.tsv", 0.9),
    ],
)
def test_case_style_batches_keep_their_sub_type_accuracy(name, floor):
    scores = _scores(name)
    assert scores["sub_acc"] >= floor and scores["sub_f1"] >= floor


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("fresh_batch1_plover.json", 0.9),
        ("fresh_batch2_plover.json", 0.8),
        ("fresh_batch3_plover_newswire.json", 0.9),
        ("fresh_batch4_plover_open_class_cues.json", 0.85),
    ],
)
def test_plover_batches_keep_their_type_accuracy(name, floor):
    assert _scores(name)["type_acc"] >= floor


@pytest.mark.parametrize(
    "name",
    ["fresh_batch1_ukraine_notes.csv", "fresh_batch2_ukraine_notes.csv", "fresh_batch7_ukraine_notes.csv"],
)
def test_ukraine_note_batches_meet_the_acled_targets(name):
    scores = _scores(name)
    assert scores["type_acc"] >= 0.92 and scores["sub_acc"] >= 0.85
    assert scores["place_25km"] >= 0.85 and scores["date"] >= 0.97


# The generic readings the batches showed were missing, on further sentences of the same kinds.
READINGS = [
    # people arrested where they gathered to demand something: the protest was intervened in
    ("Police detained several students who assembled outside the university to demand the reopening of hostels.",
     "Protest with intervention"),
    # unorganised crowds fighting each other: mob violence (an armed clash needs armed groups)
    ("Youths from two neighbouring villages clashed with clubs over a football match.", "Mob violence"),
    # leaving a base that nobody is told to take over changes the group's activity
    ("French troops withdrew from their last base in the north of the country.", "Change to group/activity"),
    ("The rebels withdrew from the town and handed it over to peacekeepers.", "Non-violent transfer of territory"),
    ("A farmer was hacked to death by unknown assailants near his village.", "Attack"),
    ("Deminers destroyed an unexploded mortar round found in a field near the village.", "Disrupted weapons use"),
    ("The militia turned a former hotel into its headquarters.", "Headquarters or base established"),
    ("Gunmen took away 12 worshippers from a church in the village.", "Abduction/forced disappearance"),
    ("Hundreds of farmers occupied the square in front of the provincial office to demand fair prices.",
     "Peaceful protest"),
    # tear gas with minor injuries is an intervention, not excessive force
    ("Police fired tear gas to disperse a sit-in by teachers; two protesters suffered minor injuries.",
     "Protest with intervention"),
    # the killing that angered the crowd is its grievance; the crowd's arson the event
    ("Traders angered by the killing of a colleague burned the police station.", "Violent demonstration"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub"), READINGS)
def test_generic_readings_from_the_batches(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


SETTINGS = [
    # an act told as the setting of another ("days after", "despite", "Following ..., ") is not
    # the event; the act it sets the scene for is
    ("Two months after the massacre, the rebels and the army signed a truce in Nairobi.", "Agreement"),
    ("Despite the ceasefire, rockets hit the northern suburbs overnight, wounding two.",
     "Shelling/artillery/missile attack"),
    ("Following the attack on the convoy, soldiers arrested 30 young men in the nearby villages.", "Arrests"),
    # but an effect told before its cause keeps the cause: "died after soldiers fired"
    ("Three men died after soldiers fired on a crowd of protesters outside the mine.",
     "Excessive force against protesters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub"), SETTINGS)
def test_acts_told_as_the_setting_yield_to_the_act_told(nlp, text, sub):
    assert code_span(nlp(text)).sub_event_type == sub


def test_summoning_an_envoy_over_a_detention_is_diplomacy(nlp):
    text = "Canada summoned the Iranian envoy over the arrest of a dual national in Tehran."
    coding = code_span(nlp(text))
    assert coding.sub_event_type is None and coding.extra == "diplomatic"


def test_agreeing_to_meet_again_is_diplomacy_not_an_agreement(nlp):
    coding = code_span(nlp("The two ministers agreed to hold further talks in Geneva."))
    assert coding.sub_event_type is None and coding.extra == "diplomatic"


def test_whereabouts_unknown_after_a_detention_make_it_a_disappearance(pipeline):
    text = (
        "On 2 May 2023, Russian forces detained a village head in occupied Kakhovka. "
        "His whereabouts remain unknown."
    )
    record = pipeline(text, published="2023-05-03")
    subs = [e.acled_sub_event_type for e in record.events if e.acled_sub_event_type]
    assert subs == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("text", "sub", "extra"),
    [
        # the envoy parsed as the subject of the protest clause: still a protest to an envoy
        ("The foreign ministry summoned the French ambassador to protest against the arrest of two of its citizens.",
         None, "diplomatic"),
        # envoys who act in protest (a walk-out) make a diplomatic protest, not a demonstration
        ("Three ambassadors walked out of the summit dinner in protest at the host's speech.", None, "diplomatic"),
        ("Dozens of nurses walked out of the hospital in protest at unpaid wages.", "Peaceful protest", None),
        # an amount seized ("300 kilograms of heroin") is a thing, not a place taken
        ("Police seized 300 kilograms of heroin from a warehouse near the port.", None, "organized-crime"),
        # ... but an amount of a place is a place: "dozens of villages", "20% of the city"
        ("Ukrainian forces have retaken dozens of villages along the border.", "Government regains territory", None),
        ("The army said it had regained about 20% of the city.", "Government regains territory", None),
        # captives freed are no abduction (as "the kidnappers released the nuns" is none)
        ("The militants freed 15 hostages on Friday after a ransom was paid.", None, None),
        # a crowd turning on the police with stones or petrol bombs demonstrates violently
        ("Opposition supporters threw petrol bombs at riot police in the capital.", "Violent demonstration", None),
        ("Villagers hurled stones at police who came to arrest a suspect.", "Violent demonstration", None),
        # violence told only in a clause describing whom an arrest or a seizure is about is their
        # history: the arrest or the seizure is the event; a death after wounds in shelling is not
        ("Police arrested a man who had killed three people in a bar.", "Arrests", None),
        ("Soldiers seized two rifles, one of which was used in the killing of a chief.", "Disrupted weapons use", None),
        ("A soldier wounded in the shelling died in hospital.", "Shelling/artillery/missile attack", None),
    ],
)  # fmt: skip
def test_batch8_readings(nlp, text, sub, extra):
    coding = code_span(nlp(text))
    assert (coding.sub_event_type, coding.extra) == (sub, extra)
