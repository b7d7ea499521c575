"""The war's villages must not be lost: session 14.

A blind batch of our own, each expectation written before the code was run. Front-line reports
name a village as the object of an attack noun ("strikes on X", "the battle for X", "the capture
of X", "shelling of X"), of a claim ("Russia claimed X"), as the possessor of a part of itself
("Soledar's salt mines", "Bakhmut's outskirts"), in a list beside a place already found, or by a
two-word name the model cuts ("Ruska Lozova"). Decoys stay no place: a person acted on or owning
something ("the attack on Shevchenko", "Reznikov's deputy"), a common word that is also a hamlet
("Marine Le Pen"), a historical name of a city read for a person ("Stalin"), a person coordinated
with another ("Sashko and Antonina"), a firm ("investors in Voi").
"""

from __future__ import annotations

import pytest
from geo_reading import lost as _lost
from geo_reading import read_places

from sitrep.geo.stage import GeoParser


def _places(pipeline, text):
    return read_places(pipeline, text, "2023-03-20")


# (text, name as written, expected country)
VILLAGES = [
    ("Russian strikes on Orikhiv and Huliaipole killed three people overnight.", "Orikhiv", "UA"),
    ("The battle for Marinka has lasted nine months.", "Marinka", "UA"),
    ("Moscow claimed the capture of Bilohorivka on Saturday.", "Bilohorivka", "UA"),
    ("Heavy shelling of Kurakhove continued through the night.", "Kurakhove", "UA"),
    ("Fighting around Kreminna and Dibrova intensified, the general staff said.", "Dibrova", "UA"),
    ("Russia claimed Klishchiivka on Tuesday, but Ukraine denied losing the village.", "Klishchiivka", "UA"),
    ("Russian drones attacked Izmail and Reni, the Danube ports.", "Reni", "UA"),
    ("Ukrainian troops entered Soledar's salt mines to recover the bodies.", "Soledar", "UA"),
    ("Russian units reached Bakhmut's western outskirts on Friday.", "Bakhmut", "UA"),
    ("Shelling hit Siversk, Zvanivka and Vyimka, the governor said.", "Vyimka", "UA"),
    ("Ukrainian forces liberated Ruska Lozova, a village north of Kharkiv.", "Ruska Lozova", "UA"),
    # written after the dump showed "Russian-occupied Donetsk" lost: who holds a town, before it
    ("A bakery in Russian-held Tokmak reopened on Monday.", "Tokmak", "UA"),
    pytest.param(
        "The assault on Avdiivka has cost Russia thousands of men.",
        "Avdiivka",
        "UA",
        marks=_lost("tagged PERSON; the story names Russia only, where the cue seeks its village"),
    ),
    ("Missiles fired from Hodeidah hit a tanker carrying Ukrainian grain in the Red Sea.", "Hodeidah", "YE"),
    pytest.param(
        "A stray missile killed two farmers in Poland near the Ukrainian border. Przewodow mourned them.",
        "Przewodow",
        "PL",
        marks=_lost("a village under 500 people outside Ukraine: not in the gazetteer"),
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), VILLAGES)
def test_a_front_line_village_is_a_place(pipeline, text, name, country):
    found = [(p.text, p.country) for p in _places(pipeline, text)]
    assert (name, country) in found, found


# (text, a name in it that is no place)
DECOYS = [
    ("Stalin ordered the deportation of the Crimean Tatars in 1944.", "Stalin"),
    ("Russian strikes on Zelensky's home town were condemned in Kyiv.", "Zelensky"),
    pytest.param(
        "The attack on Shevchenko was ordered from Moscow, his lawyer said.",
        "Shevchenko",
        marks=_lost("GeoNames has a 'Shevchenko' of 147,600 (a well-known town to the rule)"),
    ),
    ("The capture of Reznikov's deputy in Kherson was announced on Monday.", "Reznikov"),
    ("The battle for Marine Le Pen's voters has begun in France.", "Marine"),
    ("Sashko and Antonina left Kyiv for the front in March.", "Antonina"),
    # found on the dump while fixing (written after the batch): a unit named after a place
    (
        "Kyiv says the Russians killed prisoners from the Azov regiment held at Olenivka, in the Donetsk region.",
        "Azov",
    ),
    ("Those were Azov servicemen, who defended Mariupol in the Donetsk region.", "Azov"),
    pytest.param(
        "Investors in Voi, the scooter firm, sold their shares after the invasion of Ukraine.",
        "Voi",
        marks=_lost("Voi, Kenya has 53,000 people: over the untied-town bound, so 'in' is not needed"),
    ),
]


@pytest.mark.parametrize(("text", "name"), DECOYS)
def test_a_decoy_stays_no_place(pipeline, text, name):
    assert not [p for p in _places(pipeline, text) if name in p.text and p.geonameid is not None]


def test_acts_possessors_and_lists_in_a_run_on_sentence_stay_linear(stays_linear):
    """The noun cues, the possessor and the list partner each read a fixed window around a name,
    so a sentence of thousands of them costs in proportion to its length."""
    parser = GeoParser()
    clause = "strikes on Orikhiv and Huliaipole, the battle for Marinka and Soledar's salt mines"
    stays_linear(parser.parse, lambda n: "Russia kept up " + " and ".join([clause] * n) + ".", n=100)


# written after the dump showed "Kyiv says ..." lost where the model tags nothing (all lost before)
SPEAKING_CAPITALS = [
    "Fifty prisoners died in the blast at Olenivka. Kyiv says the Russians killed them to hide torture.",
    "Russia struck the port of Odesa on Saturday. Kyiv urged its allies to send more air defence.",
    "Grain exports resumed this week. Kyiv has accused Moscow of stealing grain from occupied areas.",
]


@pytest.mark.parametrize("text", SPEAKING_CAPITALS)
def test_a_capital_opening_a_sentence_as_speaker_is_its_government(pipeline, text):
    kyiv = [p for p in _places(pipeline, text) if p.text == "Kyiv"]
    assert kyiv and kyiv[0].country == "UA" and kyiv[0].metonym, kyiv


def test_a_person_named_like_a_big_town_opening_a_sentence_stays_no_place(pipeline):
    text = "The Pentagon chief met his Ukrainian counterpart in Kyiv. Austin said more aid would follow."
    assert not [p for p in _places(pipeline, text) if p.text == "Austin"]
