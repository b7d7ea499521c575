"""Session 12 audit of war reporting: two readings an analyst relies on on the map.

"The West" is the Western bloc, not Cameroon's West Region; and a province's name followed by "one
of the (largest) cities" is the city, even when the article also names the province. The sentences
are our own, written with their expected reading before the code was run.
"""

from __future__ import annotations

import pytest
from geo_reading import read_places


def _places(pipeline, text):
    return read_places(pipeline, text, "2022-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv has appealed to the West for more air defence systems.",
        "Sanctions from the West have not stopped Moscow from selling oil to India.",
        "Relations between the East and the West froze after the invasion.",
        "The minister flew to the West on Tuesday to ask for tanks.",
    ],
)
def test_the_west_is_a_bloc_not_a_province(pipeline, text):
    names = {p.text for p in _places(pipeline, text)}
    assert not names & {"West", "East"}


def test_a_compass_name_with_its_unit_stays_a_place(pipeline):
    places = _places(pipeline, "Voters in the West Region of Cameroon went to the polls on Sunday.")
    assert any(p.country == "CM" for p in places)


def test_a_compound_compass_name_stays_a_place(pipeline):
    places = _places(pipeline, "Settlers attacked a village in the West Bank, Palestinian officials said.")
    assert "West Bank" in {p.text for p in places}


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Kherson, one of the first cities to fall, was retaken in November.", "Kherson", 706448),
        ("Mykolaiv, one of the largest cities in the south, was shelled overnight.", "Mykolaiv", 700569),
        (
            "Zaporizhzhia, one of the biggest industrial towns of the south, lost power.",
            "Zaporizhzhia",
            687700,
        ),
        ("Izium, one of the towns retaken in September, lies in the Kharkiv region.", "Izium", 707292),
        (
            "Melitopol, one of the occupied cities of the Zaporizhzhia region, came under fire.",
            "Melitopol",
            701404,
        ),
    ],
)
def test_one_of_the_cities_names_the_city(pipeline, text, name, geonameid):
    first = next(p for p in _places(pipeline, text) if p.text == name)
    assert (first.geonameid, first.feature) == (geonameid, "city")


def test_the_city_named_so_keeps_its_sense_beside_its_province(pipeline):
    text = (
        "Ukrainian forces pushed toward Kherson, one of the largest cities captured by Russia. "
        "Officials in the Kherson region said two bridges had been hit."
    )
    kherson = [p for p in _places(pipeline, text) if p.text == "Kherson"]
    assert [(p.feature, p.geonameid) for p in kherson] == [("city", 706448), ("admin1", 706442)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Donetsk, one of the four regions Moscow claims to have annexed, is still contested.", "Donetsk"),
        ("Luhansk, one of the provinces of the Donbas, is almost fully occupied.", "Luhansk"),
    ],
)
def test_one_of_the_regions_stays_the_province(pipeline, text, name):
    first = next(p for p in _places(pipeline, text) if p.text == name)
    assert first.feature == "admin1"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A car bomb exploded on Moscow's Pushkin Square on Friday.", "Moscow"),
        ("Flights from Moscow's Sheremetyevo airport were suspended.", "Moscow"),
        ("Shelling hit Kyiv's northern suburbs overnight.", "Kyiv"),
        ("He is held in Moscow's Lefortovo prison.", "Moscow"),
        ("Protesters gathered in Minsk's central square.", "Minsk"),
        ("Drones struck an apartment block in Kyiv's Solomianskyi district.", "Kyiv"),
        ("Moscow's streets were quiet on Victory Day.", "Moscow"),
        ("Tehran's airport was closed after the strike.", "Tehran"),
    ],
)
def test_a_capital_owning_a_part_of_itself_is_the_city(pipeline, text, name):
    place = next(p for p in _places(pipeline, text) if p.text == name)
    assert not place.metonym


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # session 14: a capital opening a sentence as the owner of a decision is read
        ("Kyiv's request for fighter jets was turned down.", "Kyiv"),
        ("Moscow's foreign ministry summoned the ambassador.", "Moscow"),
        ("Washington's decision to send tanks angered the Kremlin.", "Washington"),
    ],
)
def test_a_capital_owning_a_decision_or_a_body_is_the_government(pipeline, text, name):
    place = next(p for p in _places(pipeline, text) if p.text == name)
    assert place.metonym
