"""Text cues that settle a name among its namesakes: "the X district of Y", "the Texas town of X",
"the English city of X", a place that names a conference or an era, and one sense per name that
follows the mention placed by its container. Sentences written for these tests."""

from __future__ import annotations

from geo_gold_spans import resolve_names as _resolve

from sitrep.geo.recognize import annotate_context
from sitrep.geo.resolve import Mention


def test_a_district_of_a_city_is_the_one_inside_that_city():
    # Kyiv has a Shevchenkivskyi Raion; the gazetteer has none inside Kharkiv. The district of
    # Kharkiv is placed at Kharkiv, not at Kyiv's district 400 km away.
    text = "A missile struck a school in the Shevchenkivskyi district of Kharkiv on Tuesday morning."
    district, city = _resolve(text, "Shevchenkivskyi", "Kharkiv")
    assert city.entry.geonameid == 706483  # Kharkiv, the city
    assert district.entry.admin1 == "UA.07" and district.entry.geonameid == city.entry.geonameid
    assert district.reason.startswith("part of Kharkiv")


def test_the_same_district_name_of_kyiv_is_kyivs_district():
    text = "Debris fell on a block of flats in the Shevchenkivskyi district of Kyiv overnight."
    district, city = _resolve(text, "Shevchenkivskyi", "Kyiv")
    assert city.entry.geonameid == 703448
    assert district.entry.geonameid == 694120  # Shevchenkivskyi Raion of Kyiv
    assert "container" in district.reason


def test_a_district_of_a_city_that_the_gazetteer_has_inside_it():
    text = "Shells hit the Saltivskyi district of Kharkiv, where most buildings have no windows left."
    district, city = _resolve(text, "Saltivskyi", "Kharkiv")
    assert district.entry.admin1 == "UA.07" and district.entry.feature != "city"
    assert city.entry.geonameid == 706483  # the city that holds the district, not the oblast


def test_a_neighbourhood_filed_as_a_town_in_the_same_state_is_kept():
    text = "A water main burst under the Astoria neighborhood of Queens late on Sunday night."
    hood, borough = _resolve(text, "Astoria", "Queens")
    assert borough.entry.admin1 == "US.NY"
    assert hood.entry.name == "Astoria" and hood.entry.admin1 == "US.NY"  # not Astoria, Oregon


def test_the_state_before_town_of_places_the_town():
    text = "The Texas town of Athens will host the county fair. Athens officials expect large crowds."
    state, town, again = _resolve(text, "Texas", "Athens")
    assert state.entry.feature == "admin1" and state.entry.admin1 == "US.TX"  # not a town called Texas
    assert town.entry.admin1 == "US.TX" and again.entry.admin1 == "US.TX"


def test_a_peoples_adjective_before_city_of_says_the_country():
    # Salisbury is also an old name of Harare, a capital of 1.5 million.
    text = "Investigators returned to the English city of Salisbury on Monday."
    (town,) = _resolve(text, "Salisbury")
    assert town.entry.country == "GB" and town.entry.admin1 == "GB.ENG"


def test_the_syrian_town_of_afrin():
    text = "Turkish-backed fighters entered the Syrian town of Afrin after weeks of shelling."
    (town,) = _resolve(text, "Afrin")
    assert town.entry.country == "SY"


def test_a_conference_named_after_a_town_is_the_famous_town():
    # Donetsk oblast has a village called Yalta near Mariupol; the 1945 conference met in Crimea.
    text = (
        "Russian forces shelled Mariupol, Volnovakha and Pokrovsk in the Donetsk region overnight. "
        "Commentators in Kyiv compared the talks to the Yalta conference of 1945."
    )
    out = {
        c.mention.text: c for c in _resolve(text, "Mariupol", "Volnovakha", "Pokrovsk", "Donetsk", "Yalta")
    }
    assert out["Mariupol"].entry.admin1 == "UA.05"
    assert out["Yalta"].entry.geonameid == 688533  # Yalta, Crimea


def test_goodbye_yalta_is_the_order_not_the_village():
    text = (
        "Artillery hit Mariupol and Volnovakha in Donetsk oblast again on Sunday. For Europe's "
        "diplomats it is goodbye Yalta: the order the victors agreed in 1945 no longer holds."
    )
    out = {c.mention.text: c for c in _resolve(text, "Mariupol", "Volnovakha", "Donetsk", "Yalta")}
    assert out["Yalta"].entry.geonameid == 688533


def test_a_village_in_the_news_keeps_its_local_sense():
    # Without an event cue, a village shelled near Mariupol stays the Donetsk village.
    text = "Russian troops shelled Mariupol and the nearby village of Yalta in Donetsk oblast."
    out = {c.mention.text: c for c in _resolve(text, "Mariupol", "Yalta", "Donetsk")}
    assert out["Yalta"].entry.admin1 == "UA.05"


def test_a_qualified_mention_follows_the_sense_its_container_gave():
    text = (
        "A judge in Clinton, New Jersey, ruled against the developer on Friday. "
        "The mayor of Clinton said the town would appeal."
    )
    first, state, second = _resolve(text, "Clinton", "New Jersey")
    assert first.entry.admin1 == "US.NJ"
    assert second.entry.geonameid == first.entry.geonameid  # not a bigger Clinton elsewhere


def test_a_city_and_its_region_keep_their_own_senses():
    text = "The mayor of Kharkiv said strikes across the Kharkiv region went on; Kharkiv lost power."
    city, region, again = _resolve(text, "Kharkiv")
    assert city.entry.feature == "city" and again.entry.feature == "city"
    assert region.entry.feature == "admin1" and region.entry.admin1 == "UA.07"


def test_a_state_named_once_settles_a_small_town_over_a_famous_namesake():
    text = "A Texas man was charged on Monday. Police in Athens said the suspect had fled on foot."
    state, town = _resolve(text, "Texas", "Athens")
    assert town.entry.admin1 == "US.TX"  # not Athens, Greece


def test_a_state_named_once_does_not_pull_a_world_city_home():
    text = "The Texas senator flew to Paris for the climate talks and met French officials."
    state, city = _resolve(text, "Texas", "Paris")
    assert city.entry.country == "FR"


def test_the_governor_and_the_state_settle_the_town():
    text = "Governor Phil Murphy toured New Jersey schools. In Clinton, the school board voted to close one."
    state, town = _resolve(text, "New Jersey", "Clinton")
    assert town.entry.admin1 == "US.NJ"


def test_a_town_and_a_county_settle_each_other():
    # Athens is the seat of Henderson County, Texas; both names have bigger namesakes elsewhere.
    text = "Athens police arrested a man in Henderson County on Friday after a long chase."
    town, county = _resolve(text, "Athens", "Henderson County")
    assert town.entry.admin1 == "US.TX" and county.entry.admin1 == "US.TX"
    assert "county" in town.reason


def test_a_parish_named_first_settles_the_town():
    text = "Deputies from Rapides Parish searched a house in Alexandria on Tuesday."
    parish, town = _resolve(text, "Rapides Parish", "Alexandria")
    assert town.entry.admin1 == "US.LA"


def _places(pipeline, text):
    return {p.text: p for p in pipeline(text, published="2024-03-02").places}


def test_a_peoples_adjective_points_at_the_country_of_a_namesake(pipeline):
    # Tripoli, Libya is the bigger city; the army's adjective says which Tripoli this is.
    places = _places(
        pipeline, "The Lebanese army deployed in Tripoli after two days of clashes in the north."
    )
    assert places["Tripoli"].country == "LB"
    assert "Lebanese" not in places  # an adjective is a side hint, not a place


def test_an_adjective_after_a_comma_is_no_container():
    text = "A missile hit Pokrovsk, Russian officials said, and struck Kramatorsk the next day."
    mentions = [
        Mention(n, text.index(n), text.index(n) + len(n)) for n in ("Pokrovsk", "Russian", "Kramatorsk")
    ]
    annotate_context(text, mentions)
    assert mentions[0].container is None


def test_a_town_the_model_calls_a_person_next_to_a_found_town(pipeline):
    # The small model tags both Kherson-region towns here as people.
    places = _places(
        pipeline, "Russian artillery shelled Kherson and Beryslav overnight, the regional governor said."
    )
    assert places["Beryslav"].country == "UA" and places["Beryslav"].admin1 == "UA.08"


def test_a_person_named_in_full_is_not_taken_for_a_listed_village(pipeline):
    # Ukraine has a village called Klitschko; here it is the mayor, named in full before.
    text = "Vitali Klitschko spoke on Monday. Shelling hit Kyiv and Klitschko ordered the shelters opened."
    places = {p.text for p in pipeline(text, published="2024-03-02").places}
    assert "Kyiv" in places and "Klitschko" not in places


def test_a_unit_named_next_to_a_town_is_not_a_listed_village(pipeline):
    # Donetsk oblast has a village called Azov; here Azov is the regiment its fighters belong to.
    places = _places(pipeline, "Mariupol and Azov fighters held out in the steel plant for weeks.")
    assert "Mariupol" in places and "Azov" not in places


def test_a_city_the_model_leaves_unlabelled_after_a_strike_verb(pipeline):
    places = _places(pipeline, "Drones hit Odesa before dawn, and the port of Izmail was damaged.")
    assert places["Odesa"].admin1 == "UA.17"


def test_a_month_after_a_strike_verb_is_no_place(pipeline):
    # March is also a town in Cambridgeshire.
    text = "A barn outside Ely in Cambridgeshire was hit March 14 by a lorry, police in England said."
    assert "March" not in {p.text for p in pipeline(text, published="2024-03-30").places}


def test_a_state_whose_own_name_ends_in_state_is_one_span(pipeline):
    places = _places(pipeline, "Officials in Benue State said the camp outside Makurdi was full again.")
    assert places["Benue State"].feature == "admin1" and places["Benue State"].country == "NG"
    places = _places(pipeline, "Washington state lawmakers passed the bill on Friday.")
    assert "Washington" in places and "Washington state" not in places  # its name is "Washington"


def test_a_named_region_does_not_carry_a_hamlet_past_a_city():
    # The Kirovohrad region has a hamlet called Mariupol (116 people): naming the region once is no
    # reason to leave the city of Mariupol.
    text = "Heavy fighting near Mariupol went on, while in the Kirovohrad region a drone was downed."
    city, region = _resolve(text, "Mariupol", "Kirovohrad region")
    assert region.entry.feature == "admin1" and city.entry.geonameid == 701822


def test_another_spelling_of_a_region_is_no_outside_vote_for_its_city():
    text = "Russia wants all of the Luhansk region. Moscow already holds most of Lugansk, its officials say."
    region, again = _resolve(text, "Luhansk region", "Lugansk")
    assert region.entry.geonameid == again.entry.geonameid == 702657  # the oblast both times


def test_a_region_of_a_larger_area_is_not_moved_to_a_namesake_of_the_area():
    text = "His unit came from the Krasnoyarsk region of Siberia and was sent to the Donetsk region of the Donbas."
    krasnoyarsk, _siberia, donetsk, _donbas = _resolve(text, "Krasnoyarsk", "Siberia", "Donetsk", "Donbas")
    assert krasnoyarsk.entry.country == "RU"  # not Siberia, a village in Mexico
    assert donetsk.entry.feature == "admin1" and donetsk.entry.admin1 == "UA.05"


def test_a_port_after_a_sea_word_is_the_city(pipeline):
    text = "Missiles damaged grain silos at the Odesa sea port overnight, the navy said."
    places = pipeline(text).places
    assert [(p.text, p.geonameid) for p in places] == [("Odesa", 698740)]


def test_a_state_word_after_a_non_place_is_left_alone(pipeline):
    places = _places(
        pipeline, "Fighters loyal to the Islamic State raided a checkpoint outside Mosul at night."
    )
    assert set(places) == {"Mosul"}  # "Islamic State" is a group, not a unit named "... State"


def test_a_big_country_is_no_neighbour_of_the_towns_near_its_point():
    # GeoNames puts the United States at one point in Indiana; a Geneva in Indiana must not win
    # for it over the Swiss city.
    text = "Diplomats from the United States and Ukraine will meet in Geneva on Friday."
    _, _, city = _resolve(text, "United States", "Ukraine", "Geneva")
    assert city.entry.country == "CH"


def test_a_small_country_still_places_a_namesake_near_it():
    text = "Lebanon sent troops to Tripoli after the clashes, and the port stayed shut."
    country, city = _resolve(text, "Lebanon", "Tripoli")
    assert country.entry.country == "LB" and city.entry.country == "LB"


def test_a_bare_capital_stays_the_city_beside_its_province():
    text = (
        "It was past midnight in Kyiv when the sirens stopped. Earlier, a drone hit a barn in "
        "the village of Hlevakha in Kyiv oblast, and Kyiv said it would ask for more air defence."
    )
    first, province, last = _resolve(text, "Kyiv")
    assert province.entry.feature == "admin1" and province.entry.admin1 == "UA.13"
    assert first.entry.geonameid == 703448 and last.entry.geonameid == 703448  # the city


def test_a_bare_regional_centre_still_follows_its_province():
    text = "Shelling continued across the Luhansk province on Sunday. Luhansk officials reported two deaths."
    province, bare = _resolve(text, "Luhansk")
    assert province.entry.feature == "admin1" and bare.entry.geonameid == province.entry.geonameid
