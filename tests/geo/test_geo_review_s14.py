"""Review of session 14's places: probes of our own, each answer written before the code was run.

A capital owning an institute, a paper or a theatre is the city, not its government ("Washington's
Brookings Institution"), while a capital opening a sentence as a speaker is ("Moscow says"); who holds
a place before an oblast's name places the oblast ("in Russian-occupied Luhansk region"), before a
town the town; an attack noun or a possessor before a person or a country's economy makes no
village; a unit or a sea named after a town is no mention of the town.
"""

from __future__ import annotations

import pytest
from geo_reading import lost as _lost
from geo_reading import read_places


def _places(pipeline, text):
    return read_places(pipeline, text, "2023-05-02")


# (text, name as written, country, feature, metonym)
PLACES = [
    (
        "Analysts were divided on Monday. Washington's Institute for the Study of War said Russian forces "
        "had advanced near Bakhmut.",
        "Washington",
        "US",
        "city",
        False,
    ),
    (
        "The report was published on Monday. Washington's Brookings Institution called for more aid to Ukraine.",
        "Washington",
        "US",
        "city",
        False,
    ),
    pytest.param(
        "Kyiv's Taras Shevchenko University was damaged by the blast.",
        "Kyiv",
        "UA",
        "city",
        False,
        marks=_lost("a capital opening a sentence untagged is read only as a speaker or the owner of an act"),
    ),
    (
        "Moscow's Bolshoi Theatre cancelled the premiere after the director left.",
        "Moscow",
        "RU",
        "city",
        False,
    ),
    (
        "Drones hit an oil depot overnight. Moscow says they were launched from Ukraine.",
        "Moscow",
        "RU",
        "city",
        True,
    ),
    # a control written after the fix: a state body the capital owns is still its government
    ("The talks failed. Moscow's Foreign Ministry summoned the ambassador.", "Moscow", "RU", "city", True),
    ("Kyiv was quiet on Sunday after a night of air raid alerts.", "Kyiv", "UA", "city", False),
    ("Explosions were heard in Russian-occupied Luhansk region overnight.", "Luhansk", "UA", "admin1", False),
    (
        "The Russian-held city of Melitopol was hit by explosions on Saturday.",
        "Melitopol",
        "UA",
        "city",
        False,
    ),
    ("Partisans blew up a railway bridge in Russian-occupied Melitopol.", "Melitopol", "UA", "city", False),
    ("Bakhmut's defenders held out for ten months.", "Bakhmut", "UA", "city", False),
    (
        "Russian strikes on Kupiansk and Borova forced the evacuation of children.",
        "Borova",
        "UA",
        "city",
        False,
    ),
    (
        "Western sanctions and strikes on Russia's economy have cut its oil revenue.",
        "Russia",
        "RU",
        "country",
        False,
    ),
    (
        "Putin's Russia has little interest in a ceasefire, the minister said.",
        "Russia",
        "RU",
        "country",
        False,
    ),
    (
        "Shelling hit Sloviansk, a town in Ukrainian-controlled Donetsk, on Tuesday.",
        "Donetsk",
        "UA",
        "admin1",
        False,
    ),
    # written after the fix: with no holder, and a city that does hold the place
    ("Shelling hit Kostiantynivka, a town in Donetsk, on Tuesday.", "Donetsk", "UA", "admin1", False),
    (
        "Shelling hit Kalmiuskyi, a district in Russian-occupied Donetsk, on Tuesday.",
        "Donetsk",
        "UA",
        "city",
        False,
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "feature", "metonym"), PLACES)
def test_review_probe_place(pipeline, text, name, country, feature, metonym):
    found = [(p.country, p.feature, p.metonym) for p in _places(pipeline, text) if p.text == name]
    assert (country, feature, metonym) in found, found


# (text, a name in it that is no place)
NO_PLACES = [
    pytest.param(
        "The attack on Shevchenko, a journalist who had exposed the looting, was condemned by his editors.",
        "Shevchenko",
        marks=_lost("GeoNames has a 'Shevchenko' of 147,600 (a well-known town to the rule)"),
    ),
    ("Putin's Russia has little interest in a ceasefire, the minister said.", "Putin"),
    ("Fighters of the Azov regiment were held at Olenivka after the siege.", "Azov"),
    ("Russian warships stopped two freighters in the Azov Sea on Monday.", "Azov"),
]


@pytest.mark.parametrize(("text", "name"), NO_PLACES)
def test_review_probe_no_town(pipeline, text, name):
    towns = [p for p in _places(pipeline, text) if p.text == name and p.feature == "city"]
    assert not towns, towns
