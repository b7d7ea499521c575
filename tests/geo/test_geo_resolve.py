"""Resolution as pure functions over mentions: qualifiers, containment, one sense per name, homonyms."""

from __future__ import annotations

import re

from sitrep.geo.gazetteer import load
from sitrep.geo.recognize import annotate_context
from sitrep.geo.resolve import Mention, resolve


def _resolve(text: str, *names: str):
    """Resolve every occurrence of `names` in `text`, as gold spans."""
    mentions = [
        Mention(m.group(0), m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)
    ]
    annotate_context(text, mentions)
    return {(c.mention.start, c.mention.text): c for c in resolve(load(), mentions)}


def test_region_qualifier_picks_the_oblast_and_one_sense_carries_it():
    text = "Russian troops pushed into the Luhansk region overnight. Fighting in Luhansk is heavy."
    out = sorted(_resolve(text, "Luhansk").items())
    assert [c.entry.geonameid for _, c in out] == [702657, 702657]
    assert "qualifier" in out[0][1].reason


def test_city_qualifier_picks_the_city():
    text = "Missiles struck the city of Kharkiv on Monday."
    (c,) = _resolve(text, "Kharkiv").values()
    assert c.entry.geonameid == 706483 and c.entry.feature == "city"


def test_same_name_city_and_region_told_apart_in_one_text():
    text = "Shelling hit Kherson, the regional capital. Russia still holds part of the Kherson province."
    out = sorted(_resolve(text, "Kherson").items())
    assert [c.entry.feature for _, c in out] == ["city", "admin1"]


def test_containment_cue_picks_the_village_in_that_region():
    text = "Ukrainian forces retook Urozhaine in the Donetsk region."
    out = _resolve(text, "Urozhaine", "Donetsk")
    village = next(c for (s, t), c in out.items() if t == "Urozhaine")
    region = next(c for (s, t), c in out.items() if t == "Donetsk")
    assert village.entry.geonameid == 9114393 and village.entry.admin1 == "UA.05"
    assert region.entry.feature == "admin1" and "container" in village.reason


def test_washington_in_england_versus_the_us_capital():
    uk = "The Nissan plant in Washington, Tyne and Wear, employs thousands near Sunderland."
    us = "Officials in Washington said the State Department would respond."
    gb = _resolve(uk, "Washington", "Tyne and Wear", "Sunderland")
    assert next(c for (s, t), c in gb.items() if t == "Washington").entry.country == "GB"
    (dc,) = _resolve(us, "Washington").values()
    assert dc.entry.geonameid == 4140963


def test_unknown_name_is_left_unresolved():
    (c,) = _resolve("They met in Qwzxlandia.", "Qwzxlandia").values()
    assert c.entry is None and c.reason


def test_governors_belong_to_states_and_mayors_to_cities():
    text = "Oklahoma Gov. Mary Fallin signed the bill. Teachers in Oklahoma walked out."
    out = _resolve(text, "Oklahoma")
    assert {c.entry.geonameid for c in out.values()} == {4544379}  # the state, not Oklahoma City
    (kharkiv,) = _resolve("The Kharkiv governor said two people were hurt.", "Kharkiv").values()
    assert kharkiv.entry.feature == "admin1" and kharkiv.entry.admin1 == "UA.07"
    (kyiv,) = _resolve("Vitali Klitschko, the mayor of Kyiv, said power was back.", "Kyiv").values()
    assert kyiv.entry.geonameid == 703448


def test_the_widely_known_namesake_wins_over_focus_on_another_country():
    text = (
        "US troops in Syria were hit near Manbij. A soldier from Austin, Texas, died. "
        "He had trained in Colchester."
    )
    out = _resolve(text, "Syria", "Manbij", "Austin", "Texas", "Colchester")
    colchester = next(c for (s, t), c in out.items() if t == "Colchester")
    assert colchester.entry.country == "GB" and "fame" in colchester.reason  # not Colchester, Vermont


def test_ministers_name_a_province_or_country_not_its_capital():
    text = '"We are not satisfied," Quebec Health Minister Gaetan Barrette said. Doctors left Quebec.'
    out = _resolve(text, "Quebec")
    assert {c.entry.geonameid for c in out.values()} == {6115047}  # the province, not Québec city


def test_first_name_of_a_paired_unit():
    text = "Oil-producing provinces such as Alberta, Saskatchewan and Newfoundland were hit."
    out = _resolve(text, "Alberta", "Saskatchewan", "Newfoundland")
    assert next(c for (s, t), c in out.items() if t == "Newfoundland").entry.geonameid == 6354959


def test_city_state_is_the_country_even_when_repeated_as_its_own_container():
    text = "Users tagged photos with the location Singapore, Singapore, though they were not in Singapore."
    assert {c.entry.feature for c in _resolve(text, "Singapore").values()} == {"country"}


def test_a_bare_province_name_is_the_province_when_its_city_is_a_small_part():
    (c,) = _resolve("She and the suspect are both from Quebec, police in Winnipeg said.", "Quebec").values()
    assert c.entry.feature == "admin1" and c.entry.country == "CA"
    (c,) = _resolve("An unnamed man in Florida won the jackpot.", "Florida").values()
    assert c.entry.feature == "admin1" and c.entry.admin1 == "US.FL"


def test_members_of_a_list_are_places_of_one_kind():
    text = "Wildfires spread to northern states like Oregon or Washington."
    out = _resolve(text, "Oregon", "Washington")
    assert {c.entry.feature for c in out.values()} == {"admin1"}
    (c,) = _resolve("The president flew to Washington on Monday.", "Washington").values()
    assert c.entry.fcode == "PPLC"


def test_adjectives_of_constituent_countries_and_regions():
    text = "The Skripals were found in the southern English city of Salisbury."
    (c,) = _resolve(text, "English").values()
    assert c.entry.name == "England" and c.entry.feature == "admin1"
    (c,) = _resolve("ETA fought for an independent Basque homeland.", "Basque").values()
    assert c.entry.name == "Basque Country"


def test_names_without_an_arabic_article_or_river_qualifier():
    (c,) = _resolve("A house fire in the town of Qatraneh in Jordan killed five.", "Qatraneh").values()
    assert c.entry.country == "JO"
    text = "Doctors in Newcastle developed the treatment, the British team said."
    (c,) = _resolve(text, "Newcastle").values()
    assert c.entry.name == "Newcastle upon Tyne"


def test_a_unit_word_reaches_units_of_that_name_elsewhere():
    text = "Two soldiers died near the village of Sabha in the Mafraq district, Jordan's army said."
    out = _resolve(text, "Sabha", "Mafraq district")
    mafraq = next(c for (_, t), c in out.items() if t == "Mafraq district")
    assert mafraq.entry.country == "JO"


def test_a_local_body_named_after_a_small_town_is_placed_at_the_town():
    text = (
        "There are 28 contracts in Nenagh Municipal District, councillors at Nenagh MDC in Tipperary heard."
    )
    out = _resolve(text, "Nenagh Municipal District", "Nenagh MDC")
    assert {c.entry.name for c in out.values()} == {"Nenagh"}
    (c,) = _resolve(
        "Scientists at the Federal University of Technology said so.", "Federal University of Technology"
    ).values()
    assert c.entry is None  # "Federal" is no town's name here


def test_a_small_countrys_capital_does_not_outrank_a_big_namesake():
    from sitrep.geo import lookup

    assert lookup("Hamilton")[0].country == "CA"  # not Hamilton, Bermuda (900 people)
    assert lookup("Victoria")[0].country != "SC"
    assert lookup("Athens")[0].country == "GR" and lookup("Kingston")[0].country == "JM"


def test_a_multi_word_name_does_not_resolve_to_a_place_named_by_its_generic_head():
    text = "Investors in Silicon Valley have poured money into drone start-ups supplying Ukraine."
    out = _resolve(text, "Silicon Valley")
    assert [c.entry for c in out.values() if c is not None] in ([], [None])
    # a place named inside an organisation's name still gives it: "University of Alberta"
    (alberta,) = _resolve(
        "Researchers at the University of Alberta said so.", "University of Alberta"
    ).values()
    assert alberta.entry is not None and alberta.entry.name == "Alberta"


def test_a_street_or_square_named_after_a_town_is_not_in_that_town():
    # Moscow's Pushkin Square is not in the town of Pushkin; a station or a bridge still is where
    # its town is ("Kramatorsk station").
    text = "Police detained dozens of people on Pushkin Square. Others met at Mariupol Avenue in Kyiv."
    out = _resolve(text, "Pushkin Square", "Mariupol Avenue")
    assert [c.entry for c in out.values() if c is not None and c.entry is not None] == []
    (station,) = _resolve("A missile hit Kramatorsk Station.", "Kramatorsk Station").values()
    assert station.entry is not None and station.entry.name == "Kramatorsk"


def test_a_part_of_the_americas_is_not_the_united_states():
    text = "Grain prices rose across Latin America and Central America, while South America exported more."
    out = _resolve(text, "Latin America", "Central America", "South America")
    got = {t: (c.entry.name if c is not None and c.entry is not None else None) for (_, t), c in out.items()}
    assert got == {"Latin America": None, "Central America": None, "South America": "South America"}


def test_a_town_named_as_a_point_stays_the_town_beside_its_province(pipeline):
    record = pipeline(
        "Fighting raged across the Kharkiv region. Troops retook a village near Kharkiv, and the "
        "counteroffensive north-east of Kherson went on in the Kherson region. Sirens sounded in Kharkiv.",
        published="2022-05-10",
    )
    got = [(p.text, p.feature) for p in record.places]
    assert got == [
        ("Kharkiv", "admin1"),
        ("Kharkiv", "city"),  # near
        ("Kherson", "city"),  # north-east of
        ("Kherson", "admin1"),
        ("Kharkiv", "admin1"),  # bare: the article's sense of the name
    ]


def test_an_enclave_is_the_area_not_its_town(pipeline):
    # "the enclave of X" names an area; its later bare mentions keep that sense (one sense per name).
    record = pipeline(
        "Syrian rebels withdrew from the Kurdish enclave of Afrin last week. Shelling in Afrin continued.",
        published="2018-01-24",
    )
    afrin = [p for p in record.places if p.text == "Afrin"]
    assert len(afrin) == 2 and {p.feature for p in afrin} == {"admin2"}
    assert all(p.lat is not None and 36.3 < p.lat < 36.7 for p in afrin)  # placed at its seat


def test_a_town_the_model_calls_a_person_after_in(pipeline):
    record = pipeline("In Walla Walla, farmers sell wheat to the cooperative.", published="2018-04-05")
    places = {p.text: p for p in record.places}
    assert places["Walla Walla"].admin1_name == "Washington"
