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
