"""Front-line reporting names a village with its oblast: "Vesele, Zaporizhzhia", "Mykilske, Sumy
region", "Krynky (Khersonskyi district, Kherson oblast)". The village is a place whatever label the
small model gives it, and the oblast keeps it among its namesakes inside that oblast. The sentences
are our own, in the style of such reports."""

from __future__ import annotations

import pytest

from sitrep.record import validate


def _places(pipeline, text):
    record = pipeline(text, published="2023-05-06")
    validate(record.to_dict())
    return {p.text: p for p in record.places}


@pytest.mark.parametrize(
    ("text", "name", "oblast"),
    [
        # Dozens of villages are called Vesele or Mykilske; the oblast after the comma says which.
        (
            "On 3 May 2023, Russian forces shelled Vesele, Zaporizhzhia. Casualties unknown.",
            "Vesele",
            "Zaporizhzhya Oblast",
        ),
        (
            "On 5 May 2023, Russian forces fired artillery at Mykilske, Sumy region.",
            "Mykilske",
            "Sumska Oblast",
        ),
        (
            "Russian forces shelled near Berestove, Zaporizhzhia, with mortars.",
            "Berestove",
            "Zaporizhzhya Oblast",
        ),
        (
            "Russian forces struck a school (coded to Pokrovske, Dnipropetrovsk region).",
            "Pokrovske",
            "Dnipropetrovsk Oblast",
        ),
        ("Russian forces shelled Bilozerske village, Donetsk.", "Bilozerske", "Donetska Oblast"),
        ("Russian forces shelled Nove in the Kharkiv region overnight.", "Nove", "Kharkiv Oblast"),
        ("Russian forces shelled Krynky (Khersonskyi district, Kherson oblast).", "Krynky", "Kherson Oblast"),
        (
            "Russian forces shelled near Ivanivka, Kupiansk district, Kharkiv region.",
            "Ivanivka",
            "Kharkiv Oblast",
        ),
        # Two words the model splits, or a run it calls a person: the longest name the gazetteer has.
        (
            "Ukrainian forces shelled Russian positions near Velyka Novosilka, Donetsk.",
            "Velyka Novosilka",
            "Donetska Oblast",
        ),
        # A spelling variant whose exact form names villages elsewhere only.
        (
            "Russian forces shelled near Novotroitske, Kherson. Casualties unknown.",
            "Novotroitske",
            "Kherson Oblast",
        ),
    ],
)
def test_a_village_with_its_oblast_lies_in_that_oblast(pipeline, text, name, oblast):
    places = _places(pipeline, text)
    assert name in places, sorted(places)
    assert places[name].admin1_name == oblast
    assert places[name].feature == "city"


def test_the_oblast_after_the_comma_is_the_unit_not_its_capital(pipeline):
    places = _places(pipeline, "On 12 May 2023, Russian forces shelled Mykilske, Kharkiv. No casualties.")
    assert places["Kharkiv"].feature == "admin1"
    assert places["Mykilske"].admin1_name == "Kharkiv Oblast"


def test_two_villages_before_one_oblast_both_lie_in_it(pipeline):
    places = _places(
        pipeline, "Russian forces attacked near Hnativka and Novotroitske, Donetsk, but were repelled."
    )
    assert places["Hnativka"].admin1_name == "Donetska Oblast"
    assert places["Novotroitske"].admin1_name == "Donetska Oblast"


def test_each_village_keeps_its_own_oblast_in_a_list(pipeline):
    text = "Russian forces shelled Mykilske, Sumy, and Vesele, Zaporizhzhia. Casualties unknown."
    places = _places(pipeline, text)
    assert places["Mykilske"].admin1_name == "Sumska Oblast"
    assert places["Vesele"].admin1_name == "Zaporizhzhya Oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky, Ukraine's president, visited troops near the front.",
        "Putin, Russia's leader, did not comment on the strikes.",
    ],
)
def test_a_person_before_a_country_is_no_place(pipeline, text):
    places = _places(pipeline, text)
    assert not any(name.split()[0] in ("Zelensky", "Putin") for name in places), sorted(places)


def test_a_list_of_oblasts_is_not_a_place_and_its_container(pipeline):
    places = _places(pipeline, "Russian forces shelled Sumy, Kharkiv and Dnipropetrovsk regions overnight.")
    assert places["Sumy"].admin1_name == "Sumska Oblast"


def test_a_town_and_its_state_still_read_as_before(pipeline):
    places = _places(pipeline, "The festival in Athens, Georgia drew crowds; Paris, Texas did not.")
    assert places["Athens"].country == "US" and places["Athens"].admin1_name == "Georgia"
    assert places["Paris"].country == "US" and places["Paris"].admin1_name == "Texas"


@pytest.mark.parametrize(
    ("text", "name", "oblast"),
    [
        (
            "On 2 May 2023, Russian forces shelled Avdiivka. One civilian was killed.",
            "Avdiivka",
            "Donetska Oblast",
        ),
        ("Russian forces shelled near Mezhova overnight.", "Mezhova", "Dnipropetrovsk Oblast"),
        ("Russian troops shelled the outskirts of Marinka.", "Marinka", "Donetska Oblast"),
    ],
)
def test_a_village_after_a_front_line_cue_is_a_place(pipeline, text, name, oblast):
    places = _places(pipeline, text)
    assert name in places, sorted(places)
    assert places[name].admin1_name == oblast


def test_a_person_after_a_front_line_cue_is_no_place(pipeline):
    places = _places(pipeline, "The strike hit Biden's plans, aides said.")
    assert "Biden" not in places


def test_a_city_named_like_its_oblast_stays_in_that_oblast(pipeline):
    # "Mykolaiv city" has namesakes in Lviv Oblast; the oblast after the raion settles it.
    text = "On 9 May 2023, a missile hit a warehouse in Mykolaiv city (Mykolaivskyi, Mykolaiv)."
    record = pipeline(text, published="2023-05-10")
    city = next(p for p in record.places if p.text == "Mykolaiv")  # the first: the city, not the oblast
    assert city.admin1_name == "Mykolayiv Oblast" and city.feature == "city"
    assert city.lat is not None and 46.8 < city.lat < 47.1  # the oblast centre, not Lviv Oblast (49.5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor of Kupiansk said the town was shelled overnight.", "Kupiansk"),
        ("The mayor of Izium said two people died.", "Izium"),
    ],
)
def test_the_town_of_a_governor_or_mayor_is_a_place(pipeline, text, name):
    places = _places(pipeline, text)
    assert name in places and places[name].admin1_name == "Kharkiv Oblast"


def test_a_mayor_of_a_word_that_is_no_town_gives_no_place(pipeline):
    assert _places(pipeline, "The mayor of Apple said nothing.") == {}


@pytest.mark.parametrize(
    ("text", "raion", "oblast", "admin2"),
    [
        # GeoNames also holds a Soviet-era "Mykolayivs'kyy Rayon" filed under no oblast (UA.00, in
        # Lviv Oblast's west); today's Mykolaivskyi raion is the unit around the oblast centre.
        (
            "On 2 March 2023, Russian forces shelled Ochakiv (Mykolaivskyi, Mykolaiv) with mortars.",
            "Mykolaivskyi",
            "Mykolayiv Oblast",
            "UA.16.4806",
        ),
        # A raion GeoNames still names after its city council ("Kupianska Miskrada").
        (
            "On 3 March 2023, Russian forces shelled Kindrashivka (Kupianskyi, Kharkiv).",
            "Kupianskyi",
            "Kharkiv Oblast",
            "UA.07.6308",
        ),
    ],
)
def test_a_raion_by_its_adjective_is_the_current_raion(pipeline, text, raion, oblast, admin2):
    places = _places(pipeline, text)
    unit = places[raion]
    assert unit.feature == "admin2" and unit.admin1_name == oblast and unit.admin2 == admin2


@pytest.mark.parametrize(
    ("text", "name", "unit", "oblast"),
    [
        # "district" and "raion" name the raion, not the same-name oblast around it
        (
            "Shelling hit the Kharkiv district of Kharkiv oblast overnight.",
            "Kharkiv",
            "Kharkiv Raion",
            "Kharkiv Oblast",
        ),
        (
            "Shelling hit the Mykolaivskyi raion of Mykolaiv oblast on Tuesday.",
            "Mykolaivskyi",
            None,
            "Mykolayiv Oblast",
        ),
    ],
)
def test_a_district_named_like_its_oblast_is_the_raion(pipeline, text, name, unit, oblast):
    place = next(p for p in pipeline(text, published="2023-05-06").places if p.text == name)
    assert place.feature == "admin2" and place.admin1_name == oblast
    assert unit is None or place.name == unit


def test_the_district_of_a_country_is_the_unit_not_a_district_named_after_it(pipeline):
    places = _places(pipeline, "Fighting broke out in the Mafraq district of Jordan.")
    assert places["Jordan"].feature == "country" and places["Mafraq"].country == "JO"


def test_members_of_a_list_before_hromadas_are_hromadas(pipeline):
    # the plural unit word of Ukrainian reports (ISW, regional administrations) after a list
    text = "Russian forces shelled the Nikopol, Marhanets and Chervonohryhorivka hromadas overnight."
    places = _places(pipeline, text)
    assert {"Nikopol", "Marhanets", "Chervonohryhorivka"} <= places.keys()
    assert all("Hromada" in places[n].name for n in ("Nikopol", "Marhanets", "Chervonohryhorivka"))
    assert {places[n].admin1_name for n in ("Nikopol", "Marhanets", "Chervonohryhorivka")} == {
        "Dnipropetrovsk Oblast"
    }
