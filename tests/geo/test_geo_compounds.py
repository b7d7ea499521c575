"""Places inside hyphenated compounds: "the Russia-Ukraine war", "a Kyiv-based analyst", "the
U.S.-led coalition", names spelled with a hyphen ("Ivano-Frankivsk"), and the compounds that are
names of people or things ("Kennedy-Glans", "a no-Confidence vote"). Sentences written for these tests."""

from __future__ import annotations


def _found(pipeline, text):
    record = pipeline(text, published="2023-02-15")
    return {(p.text, p.country, p.feature) for p in record.places}


def test_both_countries_of_a_war_named_by_its_sides(pipeline):
    found = _found(pipeline, "Grain exports have shrunk since the Russia-Ukraine war began in 2022.")
    assert ("Russia", "RU", "country") in found
    assert ("Ukraine", "UA", "country") in found


def test_a_place_opening_a_compound_adjective(pipeline):
    text = "A Kyiv-based think tank said the U.S.-led talks would resume in Geneva next week."
    found = _found(pipeline, text)
    assert ("Kyiv", "UA", "city") in found
    assert ("U.S.", "US", "country") in found
    assert ("Geneva", "CH", "city") in found
    assert not any("-" in name for name, _, _ in found)


def test_both_ends_of_a_route(pipeline):
    found = _found(pipeline, "Passengers on the Warsaw-Berlin express waited four hours at the border.")
    assert ("Warsaw", "PL", "city") in found and ("Berlin", "DE", "city") in found


def test_a_hyphenated_city_name_stays_one_place(pipeline):
    text = "Air raid sirens sounded in Lviv, and drones were downed near Ivano-Frankivsk overnight."
    found = _found(pipeline, text)
    assert ("Ivano-Frankivsk", "UA", "city") in found
    assert not any(name in ("Ivano", "Frankivsk") for name, _, _ in found)


def test_double_barrelled_surnames_and_titles_are_no_places(pipeline):
    text = (
        "Sarah Kennedy-Glans resigned from the council in Calgary. Lawmakers tabled a "
        "No-Confidence motion, and Rachel Melbourne-Hayes wrote to the minister."
    )
    found = _found(pipeline, text)
    names = {name for name, _, _ in found}
    assert "Calgary" in names
    assert not names & {"Kennedy", "Melbourne", "No", "Kennedy-Glans", "Melbourne-Hayes"}


def test_the_county_after_a_town_and_a_comma(pipeline):
    found = _found(pipeline, "Coastguards searched the cliffs near New Quay, Ceredigion, until dusk.")
    assert ("New Quay", "GB", "city") in found
    assert ("Ceredigion", "GB", "admin2") in found


def test_a_five_letter_state_abbreviation_after_a_dateline(pipeline):
    text = "FRESNO, Calif.--(NEWSWIRE)--A packing firm said on Tuesday it would hire 200 workers."
    found = _found(pipeline, text)
    assert ("Calif.", "US", "admin1") in found


def test_a_region_known_only_as_a_small_town_stays_unplaced(pipeline):
    text = "Grain shortages hit importers across the Middle East, and prices rose in Cairo and Beirut."
    record = pipeline(text, published="2023-02-15")
    by_text = {p.text: p for p in record.places}
    assert by_text["Cairo"].country == "EG"
    assert "Middle East" not in by_text or by_text["Middle East"].geonameid is None  # not a town in Maryland


def test_a_river_bank_is_no_place(pipeline):
    text = "Ukrainian troops pulled back to the west bank, officials in Kherson said."
    names = {p.text for p in pipeline(text, published="2023-02-15").places}
    assert "bank" not in names and "Kherson" in names


def test_congo_is_the_country(pipeline):
    text = "The foreign minister will also visit Uganda, Ethiopia and Congo on his tour of Africa."
    by_text = {p.text: p for p in pipeline(text, published="2023-02-15").places}
    assert by_text["Congo"].feature == "country" and by_text["Congo"].country in ("CD", "CG")


def test_a_region_before_a_plural_unit_word_is_no_small_town(pipeline):
    text = "Ministers from Germany, Poland and the Baltic states met in Vilnius on Tuesday."
    by_text = {p.text: p for p in pipeline(text, published="2023-02-15").places}
    assert by_text["Vilnius"].country == "LT"
    assert "Baltic" not in by_text or by_text["Baltic"].geonameid is None  # not Baltic, South Dakota


def test_a_long_text_of_compounds_keeps_every_part(pipeline):
    # Untrusted text may repeat a compound thousands of times; each still gives both places.
    text = (
        "Fighting on the Armenia-Azerbaijan border flared again, and a Kyiv-based monitor counted it. " * 150
    )
    found = [(p.text, p.country) for p in pipeline(text, published="2023-02-15").places]
    assert found.count(("Armenia", "AM")) == found.count(("Azerbaijan", "AZ")) == 150
    assert found.count(("Kyiv", "UA")) == 150
    assert not any("-" in name for name, _ in found)


def test_accented_names_in_a_compound(pipeline):
    found = _found(pipeline, "The Rzeszów-Kyiv train left at noon, and a Zürich-based fund froze the assets.")
    assert ("Rzeszów", "PL", "city") in found and ("Kyiv", "UA", "city") in found
    assert ("Zürich", "CH", "city") in found
