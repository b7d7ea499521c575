"""ACLED-style locations: "X city" is the city, "X oblast" the admin-1 unit, and the units ACLED
names in parentheses after a place ("Bakhmut (Donetsk)") are its containers, not the place."""

from __future__ import annotations

import pytest

from sitrep.record import validate


def _places(pipeline, text):
    record = pipeline(text, published="2023-03-08")
    validate(record.to_dict())
    return [(p.text, p.geonameid, p.feature) for p in record.places]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023, Russian forces shelled Kharkiv city. No casualties were reported.",
        "On 3 March 2023, Russian forces struck Kharkiv city (Kharkiv, Kharkiv) with S-300 missiles.",
    ],
)
def test_x_city_is_the_city(pipeline, text):
    places = _places(pipeline, text)
    assert places[0] == ("Kharkiv", 706483, "city")


def test_x_city_after_the_oblast_is_still_the_city(pipeline):
    text = "Russian forces shelled Kharkiv oblast overnight. In Kharkiv city, a school was hit."
    oblast, city = _places(pipeline, text)
    assert oblast == ("Kharkiv", 706482, "admin1")
    assert city[0] in ("Kharkiv", "Kharkiv city") and city[1:] == (706483, "city")


def test_parenthesised_units_are_the_oblast(pipeline):
    text = "On 5 March 2023, Russian forces shelled residential areas in Kherson city (Kherson, Kherson)."
    places = _places(pipeline, text)
    assert places[0] == ("Kherson", 706448, "city")
    assert [p[1:] for p in places[1:]] == [(706442, "admin1"), (706442, "admin1")]


def test_towns_with_their_oblast_in_parentheses(pipeline):
    text = "Russian forces shelled Kupiansk (Kharkiv) and Kurakhove (Donetsk) on Monday."
    assert _places(pipeline, text) == [
        ("Kupiansk", 703656, "city"),
        ("Kharkiv", 706482, "admin1"),
        ("Kurakhove", 695357, "city"),
        ("Donetsk", 709716, "admin1"),
    ]


def test_raion_by_its_adjectival_name(pipeline):
    text = "On 14 February 2023, Russian forces shelled Vuhledar (Volnovaskyi, Donetsk)."
    assert _places(pipeline, text) == [
        ("Vuhledar", 690823, "city"),
        ("Volnovaskyi", 689196, "admin2"),
        ("Donetsk", 709716, "admin1"),
    ]


def test_oblast_region_and_province_words_mean_the_admin1_unit(pipeline):
    text = "Russian forces shelled Kharkiv oblast and Zaporizhzhia region. Kherson province was also hit."
    assert [p[2] for p in _places(pipeline, text)] == ["admin1", "admin1", "admin1"]


def test_parentheses_after_a_city_name_a_country_too(pipeline):
    places = _places(pipeline, "Police in Paris (France) said the suspect fled to Lyon.")
    assert places[:2] == [("Paris", 2988507, "city"), ("France", 3017382, "country")]


def test_the_raion_in_parentheses_picks_the_village_of_that_name(pipeline):
    # Kherson oblast has three Antonivkas; the one in Khersonskyi raion is the suburb of Kherson.
    text = (
        "On 12 March 2023, Russian forces shelled Antonivka (Khersonskyi, Kherson). No casualties reported."
    )
    assert _places(pipeline, text)[0] == ("Antonivka", 713304, "city")


def test_a_unit_without_coordinates_among_the_candidates_does_not_break_resolution(pipeline):
    text = "On 12 March 2023, Russian forces shelled Pokrovsk (Pokrovskyi, Donetsk). 1 civilian was injured."
    assert _places(pipeline, text) == [
        ("Pokrovsk", 704422, "city"),
        ("Pokrovskyi", 704417, "admin2"),
        ("Donetsk", 709716, "admin1"),
    ]
