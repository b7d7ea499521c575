"""Session 16, events record: a blind batch of our own sentences in the style of war reporting,
each answer written before the code ran. Imperatives (a reader told to do something: nothing
happened), purposes (what a verb with an object of its own was done for: not yet done), and
the sector of states, courts and prosecutors named by a common noun; near-misses keep their
acts (a weapon used to strike, tear gas fired to disperse)."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (PLOVER type, asserted?, ACLED rows or None when not asked, text); type None: no asserted event
TOLD = [
    (None, False, 0, "Register now to receive our weekly briefing on the war."),
    (None, False, 0, "Join us for a live discussion of the war on Thursday."),
    (None, False, 0, "Sign up for alerts on the war in Ukraine."),
    (None, False, 0, "Support independent reporting from Kyiv by subscribing today."),
    (None, False, 0, "Back our reporters on the front line with a monthly gift."),
    ("ASSAULT", False, None, "Russia has massed troops near the border to attack Kharkiv."),
    ("ASSAULT", False, None, "Ukraine is conducting operations to recapture villages in the south."),
    ("COERCE", False, None, "The government approved new laws to confiscate the property of oligarchs."),
    ("ASSAULT", False, None, "Rebels set up checkpoints in order to attack convoys on the highway."),
    # near-misses: the act is told as done
    ("COERCE", True, 1, "Police detained 40 protesters in Moscow on Sunday."),
    ("ASSAULT", True, 1, "Russia used Iranian drones to attack power stations in Kyiv on Monday."),
    (None, True, 1, "Police fired tear gas to disperse protesters in Tbilisi on Friday."),
    ("ASSAULT", True, 1, "Artillery units fired rockets to destroy a bridge over the river near Kherson."),
    ("ASSAULT", True, 1, "Residents sheltered in basements as Russian missiles struck Lviv."),
]


@pytest.mark.parametrize("plover, told, rows, text", TOLD, ids=[t[:40] for *_, t in TOLD])
def test_imperatives_and_purposes_are_not_told_as_done(pipeline, plover, told, rows, text):
    record = pipeline(text, published="2023-06-20")
    asserted = [e.type for e in record.events if e.modality == "asserted"]
    if rows is not None:
        assert len(list(acled_rows([record]))) == rows, record.events
    if plover is None:
        assert bool(asserted) == told, record.events
    else:
        assert (plover in asserted) == told, record.events


# (the actor's words, its sector, text)
SECTORS = [
    ("countries", "government", "Several countries condemned the strike on the hospital in Kherson."),
    ("court", "government", "A court in Moscow sentenced two journalists to prison on Tuesday."),
    ("nations", "government", "Western nations imposed new sanctions on Russian banks."),
    ("tribunal", "government", "The tribunal convicted the former commander of war crimes."),
    ("Prosecutors", "government", "Prosecutors charged a soldier with killing a civilian in Sumy."),
]


@pytest.mark.parametrize("word, sector, text", SECTORS, ids=[t[:40] for *_, t in SECTORS])
def test_states_and_courts_have_a_sector(pipeline, word, sector, text):
    record = pipeline(text, published="2023-06-20")
    found = [a for e in record.events for a in e.actors if word in a.text]
    assert found, record.events
    assert all(a.sector == sector for a in found), found


# (the ACLED rows' locations, the rows' fatalities summed, text): one row per place joined as the
# act's objects; the toll is told once and counted once
PLACES = [
    (["Nikopol", "Marhanets"], 0, "Russian artillery shelled Nikopol and Marhanets on Thursday."),
    (["Kherson", "Beryslav", "Kakhovka"], 0, "Drones struck Kherson, Beryslav and Kakhovka overnight."),
    (["Odesa", "Mykolaiv"], 4, "Missiles hit Odesa and Mykolaiv on Friday, killing four people."),
    (["Minsk", "Hrodna"], 0, "Police arrested activists in Minsk and Hrodna after the rally on Sunday."),
    (["Zaporizhzhia"], 3, "A missile hit a school in Zaporizhzhia on Monday, killing three people."),
    (["Kharkiv"], 0, "Russian forces shelled Kharkiv, the country's second city, on Monday."),
]


@pytest.mark.parametrize("where, dead, text", PLACES)
def test_one_row_per_place_of_the_act(pipeline, where, dead, text):
    record = pipeline(text, published="2023-06-20")
    rows = list(acled_rows([record]))
    assert len(rows) == len(where), rows
    assert all(any(w[:4] in r["location"] for r in rows) for w in where), rows
    assert sum(int(r["fatalities"] or 0) for r in rows) == dead, rows
