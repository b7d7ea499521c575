"""The gazetteer: transliteration variants, small Ukrainian villages, demonyms and abbreviations."""

from __future__ import annotations

import pytest

from sitrep.geo import lookup
from sitrep.geo.demonyms import side_of
from sitrep.geo.gazetteer import fold, load, skeleton


@pytest.mark.parametrize(
    "variants, geonameid",
    [
        (["Kyiv", "Kiev"], 703448),
        (["Kharkiv", "Kharkov"], 706483),
        (["Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"], 687700),
        (["Sloviansk", "Slovyansk", "Slov'yansk"], 693468),
        (["Mykolaiv", "Nikolaev"], 700569),
        (["Kramatorsk", "Kramators'k", "Kramators’k"], 704508),
    ],
)
def test_transliteration_variants_resolve_to_one_city(variants, geonameid):
    for name in variants:
        cities = [e.geonameid for e in lookup(name) if e.feature == "city"]
        assert cities[0] == geonameid, name


def test_fold_unifies_apostrophes_soft_signs_and_diacritics():
    assert fold("Slov’yans’k") == fold("Slov'yans'k") == fold("Slovyansk")
    assert fold("Zürich") == "zurich"
    assert skeleton(fold("Zaporizhzhya")) == skeleton(fold("Zaporizhzhia"))


def test_ukrainian_village_under_500_inhabitants():
    (robotyne,) = [e for e in lookup("Robotyne") if e.country == "UA"]
    assert robotyne.geonameid == 695586 and robotyne.population < 500
    assert robotyne.admin1 == "UA.26"  # Zaporizhzhia oblast


def test_admin_units_have_coordinates_and_names():
    gaz = load()
    oblast = gaz.get(702657)  # Luhansk oblast
    assert oblast.feature == "admin1" and oblast.lat and oblast.lon
    assert gaz.admin1_names["UA.14"].startswith("Luhans")
    texas = [e for e in lookup("Texas") if e.feature == "admin1"][0]
    assert 25 < texas.lat < 37 and -107 < texas.lon < -93  # from iso3166-2


def test_demonyms_are_side_hints():
    assert side_of("Ukrainian") == "UA"
    assert side_of("Russians") == "RU"
    assert side_of("Kremlin") is None
    assert lookup("Turkish")[0].name == "Turkey"


def test_a_russian_unit_named_by_its_adjective_goes_by_its_noun():
    # GeoNames writes "Leningradskaya Oblast'" and "Krasnodar Krai"; the news writes "the Leningrad
    # region" and "the Krasnodar region".
    gaz = load()
    for noun in ("leningrad", "krasnodar", "krasnoyarsk"):
        units = [e for e, _ in gaz.candidates(noun) if e.feature == "admin1" and e.country == "RU"]
        assert len(units) == 1, noun


def test_a_region_named_like_its_city_is_the_city_when_bare(pipeline):
    bare = pipeline("Officials in Krasnodar said the airport was closed.", published="2023-05-01")
    assert [(p.text, p.feature) for p in bare.places] == [("Krasnodar", "city")]
    units = pipeline(
        "Drones hit a refinery in the Krasnodar region and a depot in the Leningrad region.",
        published="2023-05-01",
    )
    assert [(p.text, p.feature) for p in units.places] == [("Krasnodar", "admin1"), ("Leningrad", "admin1")]
