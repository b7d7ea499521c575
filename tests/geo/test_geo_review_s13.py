"""Review of session 13's false-toponym rules: the real places they must not lose.

A blind batch of our own, written with its expected reading before the code was run: small
Ukrainian and Russian settlements named in combat reports without "in" before them, headlines and
datelines, a village named like a person, towns of a third country in a story about the war, and
names of persons that stay no place. Several villages are lost before the session's rules ever see
them (the model tags them PERSON, ORG or NORP with no cue the recognizer reads, or the gazetteer
lacks the spelling): those are strict expected failures with the reason.
"""

from __future__ import annotations

import re

import pytest
from geo_reading import lost as _lost
from geo_reading import read_places

from sitrep.geo.gazetteer import load
from sitrep.geo.recognize import annotate_context
from sitrep.geo.resolve import Mention, resolve


def _places(pipeline, text):
    return read_places(pipeline, text, "2023-03-20")


# (text, name as written, expected country)
REAL_PLACES = [
    # a strike verb before a name the model did not tag as a place; the untied-town rule had dropped it
    ("Russian forces shelled Vuhledar overnight, the governor said.", "Vuhledar", "UA"),
    # a third country's town in a story about Ukraine, after a strike verb: dropped as abroad before
    (
        "Russian jets struck Kyiv and Kharkiv on Monday. Kharkiv lost power. "
        "The same squadron had bombed Atarib last year.",
        "Atarib",
        "SY",
    ),
    ("Strikes hit Kupiansk and Izium on Tuesday.", "Kupiansk", "UA"),
    ("Strikes hit Kupiansk and Izium on Tuesday.", "Izium", "UA"),
    ("Marinka: Ukrainian troops hold the ruins\n\nThe town has been shelled for months.", "Marinka", "UA"),
    ("KRAMATORSK, Ukraine — Missiles struck the city centre on Thursday.", "KRAMATORSK", "UA"),
    ("Russian troops captured Pervomaiske, the ministry claimed.", "Pervomaiske", "UA"),
    ("Ukrainian units pushed Russian troops out of Shevchenko on Sunday.", "Shevchenko", "UA"),
    ("Syrian government forces bombed Saraqib as Russia pressed its offensive in Ukraine.", "Saraqib", "SY"),
    ("Wagner mercenaries seized Bambari after a short battle.", "Bambari", "CF"),
    ("Ukrainian shells hit Tetkino on Friday, Russian officials said.", "Tetkino", "RU"),
    ("Heavy fighting continued near Avdiivka and Krasnohorivka.", "Krasnohorivka", "UA"),
    ("Debris from the drone fell on Sudzha, the Kursk governor said.", "Sudzha", "RU"),
    ("Armenian shelling hit Shusha, Azerbaijan said.", "Shusha", "AZ"),
    (
        "Vuhledar: the battle that broke a Russian brigade\n\nTwo weeks of assaults cost hundreds of vehicles.",
        "Vuhledar",
        "UA",
    ),
    ("Russian troops pulled back from Bilohorivka, the Luhansk governor said.", "Bilohorivka", "UA"),
    ("Kyiv said its troops had recaptured Blahodatne and Neskuchne.", "Neskuchne", "UA"),
    (
        "Russian Troops Shell Pisky Again\n\nRussian troops shelled Pisky on Monday, the regional governor said.",
        "Pisky",
        "UA",
    ),
    (
        "Drone Strike Hits Tetkino\n\nA Ukrainian drone struck a house in Tetkino, the Kursk governor said.",
        "Tetkino",
        "RU",
    ),
    # the cost of the untied-town rule: a third country's village with no cue, neighbour or country
    pytest.param(
        "Residents of Kharkiv compare the shelling with Atarib, which Russian jets flattened in 2016.",
        "Atarib",
        "SY",
        marks=_lost("abroad, no cue before it: dropped like 'Victor said' or 'the Clio'"),
    ),
    # lost in recognition until round 3, which reads an act on the place (`_front_line`)
    ("Wagner fighters took Soledar after weeks of fighting.", "Soledar", "UA"),
    ("Ukraine retook Pisky, the general staff said.", "Pisky", "UA"),
    ("The fighting around Marinka has not stopped for a week.", "Marinka", "UA"),
    ("Russian artillery pounded Ivanivka throughout the night.", "Ivanivka", "UA"),
    ("Chasiv Yar was shelled again.", "Chasiv Yar", "UA"),
    # still lost in recognition, before the session's rules
    pytest.param(
        "Russia claimed Klishchiivka, but Kyiv said its troops still held the village.",
        "Klishchiivka",
        "UA",
        marks=_lost("tagged ORG; 'the village' after it is not read"),
    ),
    pytest.param(
        "The Russians retreated from Lyman; Ukrainian soldiers raised the flag over Lyman on Saturday.",
        "Lyman",
        "UA",
        marks=_lost("tagged PERSON after 'from': a demonym is no focus country for the locative cue"),
    ),
    pytest.param(
        "Ukrainian troops raised their flag in Pisky. Pisky had been held by Russia since March.",
        "Pisky",
        "UA",
        marks=_lost("tagged PERSON after 'in': a village of 489 outside the focus (Russia) is no town"),
    ),
    (
        "Ukrainian troops entered Kozacha Lopan on Saturday. Residents greeted them with bread.",
        "Kozacha Lopan",
        "UA",
    ),
    pytest.param(
        "Ukrainian forces advanced towards Robotyne and Verbove.",
        "Verbove",
        "UA",
        marks=_lost("one LOC span 'Robotyne and Verbove', unresolved"),
    ),
    # session 14: a possessor before a part of a place names the place
    ("Wagner fighters were filmed in Soledar's salt mines.", "Soledar", "UA"),
    # session 14: a name GeoNames writes only with the Arabic article ("El-Hodeidah")
    ("The Houthis said they had fired missiles from Hodeidah at a ship.", "Hodeidah", "YE"),
    pytest.param(
        "Fighting in el-Fasher forced thousands to flee, the UN said.",
        "el-Fasher",
        "SD",
        marks=_lost("tagged ORG"),
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), REAL_PLACES)
def test_a_settlement_the_story_names_stays(pipeline, text, name, country):
    found = [(p.text, p.country) for p in _places(pipeline, text)]
    assert (name, country) in found, found


# (text, a person's name in it that is no place)
PERSONS = [
    ("Zelensky met Andriy Shevchenko, the former footballer, in Kyiv.", "Shevchenko"),
    ("Natalia Humeniuk, the southern command's spokeswoman, said Russian boats had left.", "Natalia"),
    ("Victoria Nuland said Kyiv needs more air defence.", "Victoria"),
    ("Natalia said the shelling had stopped by the morning.", "Natalia"),
    # "to" after speaking or citing is no place's preposition
    ("According to Natalia, the shelling lasted all night in Kherson.", "Natalia"),
    ("The minister spoke to Victor by phone on Monday about the convoy.", "Victor"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_a_person_stays_no_place(pipeline, text, name):
    assert not [p for p in _places(pipeline, text) if name in p.text and p.geonameid is not None]


def test_a_town_whose_state_the_story_names_stays():
    """A town abroad with no cue before it is still tied when the story names its state: "Texas"
    elsewhere makes "Freeport" the Texas port, in a story of European gas (the model's own tags)."""
    text = (
        "Gas prices in Germany and Poland jumped. An explosion at a huge Freeport gas plant cut supply, "
        "and Texas officials said repairs would take months."
    )
    mentions = [
        Mention(n, m.start(), m.end(), source="ner:GPE")
        for n in ("Germany", "Poland", "Freeport", "Texas")
        for m in re.finditer(n, text)
    ]
    annotate_context(text, mentions)
    chosen = {c.mention.text: c.entry for c in resolve(load(), mentions)}
    freeport = chosen.get("Freeport")  # a dropped name has no choice at all
    assert freeport is not None
    assert (freeport.country, freeport.admin1) == ("US", "US.TX")
