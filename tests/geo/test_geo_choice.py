"""Choices among candidates the gazetteer holds (round 7): a seat is no stronger abroad, a county
answers to its own name, names (not mentions) vote for the focus, and the article's countries keep
their small namesakes on the shortlist. Sentences written for these tests."""

from __future__ import annotations

from geo_gold_spans import resolve_names as _resolve


def test_a_seat_is_no_stronger_than_other_towns_against_its_namesakes():
    (c,) = _resolve("The band played two nights in St. Louis.", "St. Louis")
    assert c.entry.country == "US" and c.entry.admin1 == "US.MO"  # not Saint-Louis, Senegal


def test_a_big_city_still_wins_over_its_own_province():
    (c,) = _resolve("Traffic was heavy in Istanbul on Friday.", "Istanbul")
    assert c.entry.feature == "city" and c.entry.country == "TR"


def test_a_delegates_home_county_is_the_county_not_its_seat():
    text = "The bill's sponsors are Delegates Ann Smith, D-Kanawha, and Tom Jones, R-Raleigh."
    kanawha, raleigh = _resolve(text, "Kanawha", "Raleigh")
    assert (kanawha.entry.name, kanawha.entry.feature) == ("Kanawha County", "admin2")  # not Charleston
    assert raleigh.entry.feature == "admin2" and raleigh.entry.admin1 == "US.WV"  # not Raleigh, NC


def test_a_big_city_keeps_its_name_from_its_county():
    (c,) = _resolve("She moved to New York after college.", "New York")
    assert c.entry.name == "New York City"


def test_a_name_said_twice_is_one_vote_for_its_state():
    text = (
        "Sgt. Lee was born in Manchester in 1984. He served twice in the Middle East, and after the "
        "Middle East he came home."
    )
    manchester = _resolve(text, "Manchester", "Middle East")[0]
    assert manchester.entry.admin1 != "US.MD"  # the hamlet "Middle East", Maryland, is one vote, not two


def test_a_small_namesake_in_the_articles_country_stays_on_the_shortlist():
    text = "Most applicants are in Nenagh, with 57 in Ballina, 48 in Newport and 36 in Cloughjordan."
    newport = _resolve(text, "Nenagh", "Ballina", "Newport", "Cloughjordan")[2]
    assert newport.entry.country == "IE"  # not Newport, Wales, with twenty bigger Newports abroad


def test_a_storys_legislators_come_from_places_of_one_kind():
    text = (
        "The West Virginia House of Delegates passed the bill on Friday. Its sponsors are Delegates "
        "Ann Smith, D-Kanawha; Bob Lee, D-Monongalia; Tom Jones, R-Berkeley; and Sue Kim, D-McDowell."
    )
    berkeley = _resolve(text, "West Virginia", "Kanawha", "Monongalia", "Berkeley", "McDowell")[3]
    assert (berkeley.entry.name, berkeley.entry.admin1) == ("Berkeley County", "US.WV")  # as its neighbours
