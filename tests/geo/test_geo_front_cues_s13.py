"""An act on a place names a place: session 13, round 3.

A blind batch of our own, each expectation written before the code was run. Front-line reports
name a village as the object of a capture, entry or bombardment ("Wagner fighters took X",
"troops entered X", "artillery pounded X"), after "around"/"outside"/"near", or as the subject
of a passive strike ("X was shelled", "X came under fire"); the small model often tags such a
village PERSON, ORG or NORP. A person stays a person: after a title, before a possessive, or
where the act makes no sense of a place ("took Ivan prisoner", "pounded Biden over the delay").
"""

from __future__ import annotations

import pytest
from geo_reading import read_places

from sitrep.geo.stage import GeoParser


def _places(pipeline, text):
    return read_places(pipeline, text, "2023-03-20")


# (text, name as written, expected country): the village the act falls on
VILLAGES = [
    ("Russian troops took Bilohorivka after a week of assaults.", "Bilohorivka", "UA"),
    ("Ukrainian forces retook Kamianka on Thursday, the general staff said.", "Kamianka", "UA"),
    ("Ukrainian troops entered Velyka Oleksandrivka on Friday.", "Velyka Oleksandrivka", "UA"),
    ("Russian artillery pounded Hulyaipole overnight.", "Hulyaipole", "UA"),
    ("The fighting around Toretsk intensified this week.", "Toretsk", "UA"),
    ("Staromaiorske was shelled twice on Sunday, the military said.", "Staromaiorske", "UA"),
    ("Novomykhailivka came under fire again, the regional governor said.", "Novomykhailivka", "UA"),
    ("Russian units dug in on the outskirts of Vuhledar.", "Vuhledar", "UA"),
    ("Russian troops entered Kyiv's suburbs in the first days of the invasion.", "Kyiv", "UA"),
]


@pytest.mark.parametrize(("text", "name", "country"), VILLAGES)
def test_a_village_acted_on_is_a_place(pipeline, text, name, country):
    found = [(p.text, p.country) for p in _places(pipeline, text)]
    assert (name, country) in found, found


# (text, a person's name in it that is no place)
PERSONS = [
    ("Russian forces took Zelensky's warning seriously, the officer admitted.", "Zelensky"),
    ("Separatists took Ivan prisoner near the checkpoint in Donetsk.", "Ivan"),
    ("Critics pounded Biden over the delay in aid to Ukraine.", "Biden"),
    ("Reporters crowded around Zelenskiy as he left the meeting in Kyiv.", "Zelenskiy"),
    ("Defence minister Shoigu came under fire from hardliners after the retreat from Kherson.", "Shoigu"),
    ("Andriy took Natalia to the shelter when the sirens sounded in Kharkiv.", "Natalia"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_a_person_acted_on_stays_no_place(pipeline, text, name):
    assert not [p for p in _places(pipeline, text) if name in p.text and p.geonameid is not None]


def test_acts_on_villages_in_a_run_on_sentence_stay_linear(stays_linear):
    """Each name reads a fixed window around it, so a sentence of thousands of acts on villages
    costs in proportion to its length."""
    parser = GeoParser()
    clause = "Wagner fighters took Soledar, artillery pounded Ivanivka and Chasiv Yar was shelled again"
    stays_linear(parser.parse, lambda n: " and ".join([clause] * n) + ".", n=100)
