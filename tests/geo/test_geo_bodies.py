"""Names that war reporting puts where a place could stand but that name an outlet, a university,
a body or an office holder: "Speaking to Bloomberg", "Washington State University", "attacked
Harvard", "the mayors of Lviv and Sadovyi". Sentences written for these tests."""

from __future__ import annotations

from sitrep.record import validate


def _places(pipeline, text):
    record = pipeline(text, published="2023-05-06")
    validate(record.to_dict())
    return {p.text: p for p in record.places}


def test_speaking_to_an_outlet_is_no_town(pipeline):
    # "Bloomberg" is only a loose spelling of Blomberg, Germany: whom someone speaks to is no place.
    places = _places(
        pipeline,
        "Speaking to Bloomberg, the Ukrainian foreign minister said Kyiv needed more air defence systems.",
    )
    assert "Bloomberg" not in places
    assert places["Kyiv"].geonameid == 703448
    # a place under its own name stays a place when spoken to
    places = _places(pipeline, "Putin told Turkey that Russia was not responsible for the strike.")
    assert places["Turkey"].country == "TR"


def test_an_interview_with_an_outlet(pipeline):
    places = _places(
        pipeline,
        "In an interview with Bloomberg, the Ukrainian president said the counteroffensive would begin soon.",
    )
    assert "Bloomberg" not in places


def test_an_outlet_that_reports_is_no_town(pipeline):
    places = _places(pipeline, "Two eurobonds fell due on 27 May, Bloomberg reported on Monday.")
    assert "Bloomberg" not in places


def test_a_state_university_is_the_state_not_the_capital(pipeline):
    places = _places(
        pipeline,
        "A researcher at Washington State University said the satellite images showed fires near Bakhmut.",
    )
    assert not any(p.admin1 == "US.DC" for p in places.values())
    assert places["Washington State"].admin1 == "US.WA"
    assert places["Washington State"].feature == "admin1"
    assert places["Bakhmut"].country == "UA"


def test_a_university_named_after_a_person_or_a_compass_word_gives_no_place(pipeline):
    places = _places(
        pipeline,
        "A professor at George Washington University and a researcher at Northeastern University "
        "said Kent State University had closed its campus.",
    )
    assert places == {}


def test_a_university_named_after_a_city_is_in_the_city(pipeline):
    places = _places(
        pipeline,
        "He studied at Luhansk National University before the war reached the Donbas.",
    )
    assert places["Luhansk"].geonameid == 702658  # the city, not the oblast
    assert "Luhansk National University" not in places


def test_a_strike_verb_object_that_is_a_body_is_no_village(pipeline):
    # No country is named: the strike cue alone must not find a village Harvard in some land.
    places = _places(
        pipeline,
        "Russian hackers attacked Harvard and several other American universities, officials in Kyiv said.",
    )
    assert "Harvard" not in places
    assert places["Kyiv"].geonameid == 703448
    # a strike cue still finds front-line villages the model tags as people
    places = _places(pipeline, "Drones attacked Avdiivka and shelled Marinka in Donetsk oblast.")
    assert places["Avdiivka"].admin1 == "UA.05" and places["Marinka"].admin1 == "UA.05"


def test_a_name_that_opens_a_body_named_in_the_story_is_that_body(pipeline):
    # The story names Massachusetts, where a town Harvard lies, but also "Harvard University".
    places = _places(
        pipeline,
        "Trump attacked Harvard again on Friday. Harvard University said it would sue in Boston, Massachusetts.",
    )
    assert "Harvard" not in places
    assert places["Boston"].admin1 == "US.MA"


def test_an_office_holder_listed_after_mayors_of_is_no_village(pipeline):
    # Ukraine has villages called Sadovyi; here the name is a mayor's, listed with his city.
    places = _places(
        pipeline, "The mayors of Lviv and Sadovyi said the city had received refugees from Kharkiv."
    )
    assert "Sadovyi" not in places
    assert places["Lviv"].geonameid == 702550
    # a town of some size in such a list stays, and "the cities of" lists towns
    places = _places(pipeline, "The mayors of Lviv and Drohobych said the cities had received refugees.")
    assert places["Drohobych"].admin1 == "UA.15"
    places = _places(
        pipeline, "Russian shelling hit the cities of Kramatorsk and Slovyansk in the Donetsk region."
    )
    assert places["Kramatorsk"].admin1 == "UA.05" and places["Slovyansk"].admin1 == "UA.05"


def test_buildings_named_after_saints_are_no_towns(pipeline):
    text = (
        "Mourners gathered at St. Michael's Monastery in Kyiv, and the church of St. Peter and "
        "St. Paul in Lviv lost its windows. The wounded were taken to St. Mary's Hospital in Odesa."
    )
    places = pipeline(text, published="2023-02-15").places
    assert {p.country for p in places if p.geonameid is not None} == {"UA"}
    hospital = [p for p in places if p.text == "St. Mary's Hospital"]
    assert hospital and hospital[0].geonameid is None  # a building, in no town called St. Mary


def test_a_town_named_after_a_saint_is_still_a_town(pipeline):
    text = "The mayor of St. Paul said police in St. Paul would patrol the river on Sunday."
    places = pipeline(text, published="2023-02-15").places
    assert [p.admin1 for p in places if p.text == "St. Paul"] == ["US.MN", "US.MN"]


def test_a_person_named_before_a_countrys_title_is_no_town(pipeline):
    # Israel has a village called Lapid; here the name is the minister's.
    text = "Yair Lapid, Israel's foreign minister, said on Monday that talks would go on."
    places = pipeline(text, published="2023-02-15").places
    assert [(p.text, p.feature) for p in places] == [("Israel", "country")]


def test_a_body_read_only_as_a_far_hamlet_is_no_place(pipeline):
    # "Congress" (the model: an organisation) is a town in Arizona; naming the United States is no
    # reason to place it there.
    text = (
        "The United States will send more rockets to Ukraine after Congress approved the money on "
        "Tuesday, officials in Washington said. Opposition from Congress had delayed the bill for weeks."
    )
    names = [p.text for p in pipeline(text, published="2023-02-15").places]
    assert "Congress" not in names and "Washington" in names and "Ukraine" in names


def test_a_village_the_model_also_calls_a_place_keeps_every_use(pipeline):
    text = "Fighting near Pavlivka went on for a week, Ukraine's army said, and the retaking of Pavlivka was a relief."
    found = [p for p in pipeline(text, published="2023-02-15").places if p.text == "Pavlivka"]
    assert len(found) == 2 and {p.country for p in found} == {"UA"}
