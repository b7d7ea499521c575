"""Hromadas, rivers and outlets: names that are not the town they look like."""

from __future__ import annotations

from geo_gold_spans import resolve_names as _resolve

from sitrep.geo.gazetteer import load
from sitrep.geo.recognize import annotate_context
from sitrep.geo.resolve import Mention
from sitrep.record import validate

DNIPRO_CITY, DNIEPER_RIVER = 709930, 565896


def test_a_hromada_is_the_hromada_not_the_raion():
    text = "Russian forces shelled the Nikopol hromada overnight with heavy artillery."
    (c,) = _resolve(text, "Nikopol")
    assert c.entry.fcode == "ADM3" and c.entry.name.startswith("Nikopolska")
    assert c.entry.feature == "other" and c.entry.admin1 == "UA.04"
    assert "qualifier" in c.reason


def test_a_hromada_named_after_a_village_and_the_raion_after_it():
    text = "Two people were wounded in the Chervonohryhorivka hromada of Nikopol district."
    hromada, raion = _resolve(text, "Chervonohryhorivka", "Nikopol")
    assert hromada.entry.fcode == "ADM3" and hromada.entry.name.startswith("Chervonohryhorivska")
    assert raion.entry.feature == "admin2" and raion.entry.admin1 == "UA.04"


def test_a_hromada_the_dump_lacks_is_its_seat_not_the_raion():
    text = "The Bakhmut hromada was shelled 20 times on Sunday, the regional governor said."
    (c,) = _resolve(text, "Bakhmut")
    assert c.entry.feature == "city" and c.entry.geonameid == 713174


def test_the_river_is_not_the_city():
    for text in (
        "Ukrainian troops crossed the Dnipro river near Kherson on Friday.",
        "Russian forces pulled back across the Dnipro to the left bank.",
        "Boats were seen on the river Dnipro at dawn.",
    ):
        c = _resolve(text, "Dnipro")[0]
        assert c.entry.geonameid == DNIEPER_RIVER, text
    (c,) = _resolve("Boats were seen on the Dnipro River at dawn.", "Dnipro River")
    assert c.entry.geonameid == DNIEPER_RIVER


def test_the_city_of_dnipro_stays_the_city():
    for text in (
        "A missile hit an apartment block in Dnipro on Saturday.",
        "The Dnipro city council said 40 people were killed.",
        "Officials in the Dnipro region reported new strikes.",
    ):
        c = _resolve(text, "Dnipro")[0]
        assert c.entry.geonameid != DNIEPER_RIVER, text
    (c,) = _resolve("A missile hit an apartment block in Dnipro on Saturday.", "Dnipro")
    assert c.entry.geonameid == DNIPRO_CITY


def test_a_sea_or_river_the_gazetteer_lacks_is_left_unresolved_not_a_town():
    text = "Warships in the Black Sea fired missiles, and barges moved up the Mississippi River."
    sea, river = _resolve(text, "Black Sea", "Mississippi River")
    assert sea.entry is None and river.entry is None
    text = "Cargo ships left the port along the Thames river."
    (c,) = _resolve(text, "Thames")
    assert c.entry is None and "river" in c.reason


def test_a_town_before_airport_or_dam_is_still_the_town():
    text = "Flights from Amsterdam airport resumed after the Kakhovka dam was destroyed."
    amsterdam, kakhovka = _resolve(text, "Amsterdam", "Kakhovka")
    assert amsterdam.entry.feature == "city" and amsterdam.entry.country == "NL"
    assert kakhovka.entry.feature == "city" and kakhovka.entry.country == "UA"


def test_adjectives_before_and_are_not_rivers():
    text = "Both the Russian and Turkish administrations condemned the attack in Ankara."
    mentions = [Mention("Ankara", text.index("Ankara"), text.index("Ankara") + 6)]
    annotate_context(text, mentions)
    assert not mentions[0].the


def test_places_inside_outlet_names_are_flagged():
    text = "The Washington Post and the Kyiv Independent reported strikes on Kharkiv."
    found = _resolve(text, "Washington", "Kyiv", "Kharkiv")
    assert [c.mention.in_name for c in found] == [True, True, False]


def test_outlets_are_not_places_in_the_record(pipeline):
    text = (
        "Kyiv Independent's reporters in Kharkiv saw the damage. Talking to The New York "
        "Times, the mayor of Kharkiv said the Washington Post had the numbers wrong."
    )
    record = pipeline(text, published="2023-02-15")
    validate(record.to_dict())
    names = [p.text for p in record.places]
    assert "Kharkiv" in names
    assert not {"Washington", "New York", "Kyiv"} & set(names)


def test_regional_officials_name_the_oblast():
    text = "The Dnipropetrovsk regional governor said two drones were shot down."
    (c,) = _resolve(text, "Dnipropetrovsk")
    assert c.entry.feature == "admin1" and c.entry.admin1 == "UA.04"


def test_the_state_a_government_body_is_named_after(pipeline, nlp):
    text = (
        "The village council thanked Pakistan Army for clearing the road. The U.S. Department of Justice "
        "said on Monday that the Russian Foreign Ministry had been informed."
    )
    record = pipeline(text, published="2023-02-15")
    validate(record.to_dict())
    by_text = {p.text: p for p in record.places}
    assert by_text["Pakistan"].feature == "country" and by_text["Pakistan"].country == "PK"
    assert by_text["U.S."].country == "US"
    assert "Russian" not in by_text  # a demonym inside the ministry's name is a side hint

    from sitrep.geo.gazetteer import load as load_gaz
    from sitrep.geo.recognize import recognize

    _, hints = recognize(nlp(text), load_gaz())
    assert ("Russian", "RU") in {(h.text, h.country) for h in hints}


def test_a_region_opening_a_body_name_is_not_its_country(nlp):
    from sitrep.geo.recognize import _state_body

    text = "Officials of the Niger Delta Development Commission met the Pakistan Army chief."
    doc = nlp(text)

    def org(name):
        return doc.char_span(text.index(name), text.index(name) + len(name), label="ORG")

    assert _state_body(load(), org("Niger Delta Development Commission")) is None
    assert _state_body(load(), org("Pakistan Army")).text == "Pakistan"
