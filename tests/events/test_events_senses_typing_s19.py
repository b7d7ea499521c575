"""Session 19, wrong senses in the export: an act word in a sense the ACLED codebook does not code
(figurative or economic, criticism, a game, weather, a road accident) gives no ACLED type, and
the same words told of real violence keep theirs. A blind batch of our own sentences in the style
of war reporting, each answer written down before the code ran."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span
from sitrep.events.export import acled_rows

NO_ACLED = [
    "Russia's economy has been hit hard by Western sanctions, officials said on Monday.",
    "The central bank said speculators had launched an attack on the rouble last week.",
    "A fierce battle over the budget broke out in parliament on Tuesday.",
    "Chinese firms have captured the market for drones in Russia since March.",
    "Zelensky fired the defence minister on Sunday after a corruption scandal.",
    "Shakhtar Donetsk beat Dynamo Kyiv 2-1, with the striker firing home a late winner.",
    "The Ukrainian team fought back to draw with England in the qualifier on Saturday.",
    "Ukraine's striker fired a shot past the goalkeeper to beat Wales in the qualifier.",
    "A storm hit the Black Sea coast on Monday, cutting power to 20,000 homes.",
    "Floods hit the Odesa region after days of heavy rain, the emergency service said.",
    "The West has been targeting Russia's oil revenues economically since the invasion.",
    "Analysts think that targeting the Kremlin's allies financially has had little effect.",
    "Two men were killed when their car hit a tree near Dnipro on Friday, police said.",
    "Parliament's opposition attacked the government's plan for the new draft law on Monday.",
    "Prices shot up after the central bank's announcement on Wednesday.",
]

# (text, ACLED event type): the same words told of violence
KEPT = [
    (
        "Russian missiles hit energy facilities in the Odesa region on Monday, the governor said.",
        "Explosions/Remote violence",
    ),
    (
        "Russian forces fired artillery at Kherson on Sunday, killing two civilians.",
        "Explosions/Remote violence",
    ),
    (
        "A Russian missile hit a bus station in Kharkiv on Monday, killing three people.",
        "Explosions/Remote violence",
    ),
    ("Ukrainian troops captured the village of Robotyne on Tuesday, the general staff said.", "Battles"),
    ("Russian forces attacked Ukrainian positions near Bakhmut on Tuesday.", "Battles"),
    ("Police detained the journalist in Moscow on Friday.", "Strategic developments"),
    (
        "Gunmen abducted the mayor of a town near Kherson on Wednesday, officials said.",
        "Violence against civilians",
    ),
    (
        "Two brothers disappeared after Russian soldiers took them from their home in Kherson.",
        "Violence against civilians",
    ),
    (
        "A local journalist disappeared in occupied Melitopol on Tuesday, her colleagues said.",
        "Violence against civilians",
    ),
    (
        "A fan was killed when police fired on supporters after the match in Kharkiv.",
        "Violence against civilians",
    ),
    (
        "A military truck hit a landmine near Izium on Monday, killing three soldiers.",
        "Explosions/Remote violence",
    ),
    ("Gunmen shot up a bar in the town on Friday, wounding four people.", "Violence against civilians"),
    # a weapon that hits a "site" or a "network" strikes it: no cyber attack
    ("Russian drones hit energy sites in Odesa region, Ukraine says", "Explosions/Remote violence"),
    ("Russian missiles hit the power network in western Ukraine on Tuesday.", "Explosions/Remote violence"),
]


@pytest.mark.parametrize("text", NO_ACLED, ids=[t[:40] for t in NO_ACLED])
def test_another_sense_is_typed_no_acled_event(nlp, text):
    coding = code_span(nlp(text))
    assert coding.event_type is None, (coding.sub_event_type, coding.rule, coding.trigger)


@pytest.mark.parametrize("text, event_type", KEPT, ids=[t[:40] for t, _ in KEPT])
def test_violence_in_the_same_words_keeps_its_type(nlp, text, event_type):
    coding = code_span(nlp(text))
    assert coding.event_type == event_type, (coding.sub_event_type, coding.rule)


def test_the_headline_of_a_drone_strike_has_an_export_row(pipeline):
    record = pipeline("Russian drones hit energy sites in Odesa region, Ukraine says", published="2023-06-20")
    assert [r for r in acled_rows([record])], record.events


@pytest.mark.xfail(strict=True, reason="a thing that disappeared is read as a forced disappearance")
def test_a_thing_that_disappeared_is_no_forced_disappearance(nlp):
    text = "The oligarch's superyacht disappeared from tracking systems off the coast of Turkey."
    assert code_span(nlp(text)).event_type is None


def test_the_sense_readings_stay_linear(stays_linear):
    from sitrep.events.classify import cue_hits

    clause = "the striker fired a shot in the qualifier and a storm hit the coast as prices shot up"
    stays_linear(lambda doc: cue_hits(doc), lambda n: " and ".join([clause] * n) + ".")
