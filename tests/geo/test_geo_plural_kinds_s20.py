"""A plural kind before a list ("the regions of A, B, C and D", "regions in Ukraine, including
A, B and C", "the cities of A, B and C") is said of every member, not only the first. Sentences
written for these tests, in the shape of the Guardian's and the UN's wording."""

from __future__ import annotations

import pytest


def _features(pipeline, text):
    return {p.text: p.feature for p in pipeline(text, published="2022-07-20").places}


@pytest.mark.parametrize(
    "text, names, feature",
    [
        (
            "Most cases have been documented in the regions of Luhansk, Donetsk, Zaporizhzhia, and Kherson.",
            ("Luhansk", "Donetsk", "Zaporizhzhia", "Kherson"),
            "admin1",
        ),
        (
            "Moscow plans to annex a number of regions in Ukraine, including Kherson, Zaporizhzhia and "
            "Luhansk, the spokesperson said.",
            ("Kherson", "Zaporizhzhia", "Luhansk"),
            "admin1",
        ),
        (
            "Monitors counted strikes on the provinces of Sumy, Chernihiv and Kharkiv overnight.",
            ("Sumy", "Chernihiv", "Kharkiv"),
            "admin1",
        ),
        (
            "The army shelled the cities of Mykolaiv, Kharkiv and Kryvyi Rih on Saturday night.",
            ("Mykolaiv", "Kharkiv"),
            "city",
        ),
    ],
)
def test_a_plural_kind_names_every_member_of_its_list(pipeline, text, names, feature):
    got = _features(pipeline, text)
    assert {n: got.get(n) for n in names} == dict.fromkeys(names, feature)


def test_a_singular_kind_stays_with_its_own_name(pipeline):
    # "the city of Boise, Idaho": Idaho is Boise's state, not a second city.
    got = _features(pipeline, "Officials in the city of Boise, Idaho, and in Salem, Oregon, said the fires spread.")
    assert got.get("Idaho") == "admin1" and got.get("Boise") == "city"


def test_a_list_without_a_kind_is_left_to_resolution(pipeline):
    # No kind word: each name is read on its own (here the capital cities of the named oblasts
    # would be as right as the oblasts, so the test only asserts that no kind is forced).
    got = _features(pipeline, "Drones hit Kyiv, Lviv and Odesa on Monday.")
    assert got == {"Kyiv": "city", "Lviv": "city", "Odesa": "city"}


@pytest.mark.parametrize(
    "text",
    [
        "Dam collapse floods towns along the Dnipro as both sides trade blame",
        "Ukrainian units pushed toward the Dnipro after a week of heavy fighting.",
        "Boats ferried the wounded across the Dnipro until the shelling resumed.",
    ],
)
def test_the_river_before_a_conjunction_or_preposition(pipeline, text):
    # "the Dnipro as …", "the Dnipro after …": a name after "the" and before a word that is no
    # noun it could modify is the river, not the city of Dnipro.
    assert _features(pipeline, text) == {"Dnipro": "other"}


def test_a_place_named_with_the_stays_a_city(pipeline):
    assert _features(pipeline, "Talks opened in the Hague as delegates arrived.") == {"Hague": "city"}
