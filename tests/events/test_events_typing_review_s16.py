"""Session 16 review of the typing commit e96dab0 (idioms of striking, fights for no ground).

A blind batch of our own war-reporting sentences, the ACLED sub-type of each written down before
the code ran: 13/18 at aeb921c, 17/18 at e96dab0, 18/18 after the review's fix (a bare
"opposition" in a fight for seats is a party in parliament, not an armed one). Six more written
after reading the code, to find its edges: a fight for a facility named by a proper noun the small
model does not tag as a place, and a battle "being fought" on television, are strict xfails."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span

CLASH, SHELL, DRONE = "Armed clash", "Shelling/artillery/missile attack", "Air/drone strike"
FACILITY = (
    "a fight for a facility is over ground, but the facility's name ('Azovstal', 'Kherson', "
    "'Antonov') is no place entity to the small model, and a compound name is no ground in general "
    "('the Labour leadership')"
)

BLIND = [
    # a verb of striking that reaches a body or a thing is an attack
    ("Russian missiles struck a military base near Lviv on Sunday, killing 35 people.", SHELL),
    ("A drone hit a checkpoint outside Kherson overnight, wounding two soldiers.", DRONE),
    ("Villages along the front line were hit hard by shelling on Tuesday.", SHELL),
    ("A Russian shell hit a school in Kharkiv, killing a teacher.", SHELL),
    ("Rebels struck a convoy near the border, killing four soldiers.", CLASH),
    # ... and one that reaches an idiom's object is none
    ("The rouble hit a record low against the dollar on Monday.", None),
    ("The president struck a defiant tone in his nightly address.", None),
    ("Negotiators hit a snag over the exchange of prisoners.", None),
    # a fight for a place is a battle; for what is no ground, none
    (
        "The fight for Kherson has entered its third week, with Ukrainian troops pushing towards the city.",
        CLASH,
    ),
    ("Fighting for the airport continued through the night, the general staff said.", CLASH),
    ("The battle for the steelworks raged for a fourth day as Russian troops stormed the plant.", CLASH),
    ("Ukrainian troops are fighting for every metre of the village, a commander said.", CLASH),
    ("The fight for the hill above the town lasted three days and left dozens dead.", CLASH),
    ("Residents say the fight for the city's water supply has left them queuing at wells.", None),
    ("Ukraine's battle for international support has grown harder this winter.", None),
    ("The opposition is locked in a fight for seats in parliament.", None),
    ("Zelensky thanked allies for backing Ukraine's fight for freedom.", None),
    ("The battle for hearts and minds in occupied Kherson is being waged on Telegram.", None),
    # written after reading the code
    ("Syrian opposition fighters fought for the town for a week.", CLASH),
    ("The fight for the Labour leadership turned bitter last week.", None),
    pytest.param(
        "The battle for the Azovstal plant entered its final week on Monday.",
        CLASH,
        marks=pytest.mark.xfail(strict=True, reason=FACILITY),
    ),
    pytest.param(
        "The battle for the Kherson dam went on until dawn.",
        CLASH,
        marks=pytest.mark.xfail(strict=True, reason=FACILITY),
    ),
    pytest.param(
        "The battle for public opinion in the occupied south is being fought on television.",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="the verb 'fought' of a battle for no ground is read as fighting on its own"
        ),
    ),
]


@pytest.mark.parametrize("text, sub_type", BLIND)
def test_striking_and_fighting_in_their_war_sense(nlp, text, sub_type):
    assert code_span(nlp(text)).sub_event_type == sub_type


def test_political_opposition_reading_stays_linear(detect_stays_linear):
    clause = "the opposition and the army fought a battle for seats"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
