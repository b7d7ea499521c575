"""Local US news: a repeated town name, counties and parishes, datelines, states inside body names,
legislators' home towns ("D-Braxton"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from geo_gold_spans import resolve_names as _resolve


def _places(pipeline, text):
    return {(p.text, p.start): p for p in pipeline(text, published="2009-03-20").places}


def test_a_repeated_town_name_does_not_vote_for_itself():
    text = (
        "Mansfield aldermen met on Monday. The Mansfield budget is short, and many Mansfield "
        "residents drive to Shreveport for work. Mansfield's mayor said Mansfield would cope."
    )
    out = _resolve(text, "Mansfield", "Shreveport")
    assert {c.entry.admin1 for c in out} == {"US.LA"}  # not Mansfield, England, five times over


def test_a_town_inside_a_parish_the_story_names():
    text = "Deputies searched a house in Alexandria. The Rapides Parish sheriff said two men were held."
    town = _resolve(text, "Alexandria", "Rapides Parish")[0]
    assert town.entry.country == "US" and town.entry.admin1 == "US.LA"
    assert "county" in town.reason


def test_the_state_named_once_settles_the_town():
    text = "A water main broke in Gainesville on Tuesday. Crews from Georgia Power restored service."
    town, state = _resolve(text, "Gainesville", "Georgia")
    assert state.entry.feature == "admin1" and state.entry.admin1 == "US.GA"
    assert town.entry.admin1 == "US.GA"  # not Gainesville, Florida


def test_a_dateline_after_the_headline_is_a_town():
    text = "Jury hears closing arguments in Ohio theft case. LEBANON (AP) — A jury heard the last witness."
    dateline = _resolve(text, "Ohio", "LEBANON")[1]
    assert dateline.entry.feature == "city" and dateline.entry.admin1 == "US.OH"


def test_a_reservoir_named_after_its_town_still_names_the_town():
    text = "Volunteers cleaned the trail around the New Concord Reservoir on Saturday."
    (c,) = _resolve(text, "New Concord")
    assert c.entry is not None and c.entry.feature == "city" and c.entry.admin1 == "US.OH"


def test_a_river_without_a_gazetteer_entry_stays_unresolved():
    text = "Anglers gathered on the Chowan River at dawn."
    (c,) = _resolve(text, "Chowan")
    assert c.entry is None and "river" in c.reason


def test_legislators_home_towns_and_counties(pipeline):
    text = (
        "The bill was sponsored by Delegates Tom Ash, D-Braxton, and Mary Pike, R-Monongalia. "
        "Sen. Ann Wells, DFL-Chisholm, voted against it, and so did Del. Clif Ray, D-McDowell."
    )
    places = _places(pipeline, text)
    assert places[("Braxton", text.index("Braxton"))].feature == "admin2"
    assert places[("Monongalia", text.index("Monongalia"))].admin1 == "US.WV"
    assert places[("Chisholm", text.index("Chisholm"))].admin1 == "US.MN"
    assert places[("McDowell", text.index("McDowell"))].feature == "admin2"
    assert not any(t.startswith(("D-", "R-", "DFL-")) for t, _ in places)


def test_counties_and_states_inside_the_names_of_bodies(pipeline):
    text = (
        "Inspectors from the Hall County Environmental Health office and the Georgia Environmental "
        "Protection Division visited the plant. The Athens City Council will vote in May."
    )
    found = {t for t, _ in _places(pipeline, text)}
    assert {"Hall County", "Georgia", "Athens"} <= found
    assert "Athens City" not in found


def test_a_dateline_in_the_middle_of_a_line(pipeline):
    text = "Woman sentenced in fraud case. CORSICANA — A Navarro County jury on Monday sentenced a woman."
    places = _places(pipeline, text)
    dateline = places[("CORSICANA", text.index("CORSICANA"))]
    assert dateline.feature == "city" and dateline.admin1 == "US.TX"


def test_members_of_a_list_before_counties_are_counties(pipeline):
    text = "Deputies worked with district attorneys' offices in Navarro, Henderson and Ellis counties."
    places = {p.text: p for p in pipeline(text, published="2009-04-01").places}
    assert {"Navarro", "Henderson", "Ellis"} <= places.keys()
    assert {places[n].name for n in ("Navarro", "Henderson", "Ellis")} == {
        "Navarro County",
        "Henderson County",
        "Ellis County",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The model calls the town a person.
        ("He owns a small farm outside Riverdale and drives a truck.", "Riverdale"),
        ("Volunteers gathered in Clinton to fill sandbags.", "Clinton"),
    ],
)
def test_a_town_the_model_calls_a_person_after_in(pipeline, text, name):
    places = {p.text: p for p in pipeline(text, published="2018-04-01").places}
    assert places[name].feature == "city" and places[name].country == "US"
