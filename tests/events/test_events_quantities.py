"""Quantities: value, unit and qualifier as a researcher would count them."""

from __future__ import annotations

import pytest

from sitrep.events.quantities import find_quantities


def _q(text):
    return [(q.value, q.unit, q.qualifier) for _, _, q in find_quantities(text)]


def test_casualties_take_their_unit_from_the_casualty_word():
    got = _q("Russian forces shelled Kherson, killing 3 civilians and wounding 12 others.")
    assert got == [(3.0, "killed", None), (12.0, "wounded", None)]


def test_qualifier_and_thousands_separator():
    got = _q("Russia has detained at least 6,000 Ukrainian youngsters in camps.")
    assert got == [(6000.0, "detained", "at least")]


def test_distance_is_normalized_to_km():
    got = _q("the Ukrainian troops retreated to a distance of up to 3 km (1.9 miles)")
    assert got[0] == (3.0, "km", "up to")
    assert got[1][1] == "km" and abs(got[1][0] - 3.06) < 0.01


def test_money_with_currency_and_scale():
    got = _q("penalties that could cost the Russian economy 11 billion euros ($11.8 bln)")
    assert got == [(11e9, "EUR", None), (11.8e9, "USD", None)]


def test_counted_nouns_are_the_unit():
    assert _q("more than 20 communities had bombardments stopped") == [(20.0, "communities", "more than")]


def test_dates_years_and_clock_times_are_not_quantities():
    assert _q("On 24 February 2022 at 10:30 the offensive began.") == []


def test_vague_plural_numbers_are_lower_bounds():
    assert _q("dozens of people were injured") == [(24.0, "wounded", "at least")]


def test_offsets_point_at_the_quantity_text():
    text = "Officials said 14 people were killed."
    ((start, end, q),) = find_quantities(text, offset=100)
    assert text[start - 100 : end - 100] == q.text == "14 people"


def test_unit_never_reaches_past_punctuation_into_the_next_clause():
    text = "The flood forced the evacuation of about 1,300 people, Ukrainian officials said."
    ((_, _, q),) = find_quantities(text)
    assert (q.value, q.unit, q.qualifier) == (1300.0, "displaced", "about")
    ((_, _, q),) = find_quantities("Some 40 people, Russian media reported, were at the scene.")
    assert q.unit == "people"
    ((_, _, q),) = find_quantities("Russia returned 22 Ukrainian soldiers on Monday.")
    assert q.unit == "soldiers"


def test_with_the_parse_the_unit_is_the_counted_noun_not_an_adjective(nlp):
    def parsed(text):
        doc = nlp(text)
        return [(q.text, q.value, q.unit, q.qualifier) for _, _, q in find_quantities(doc.text, 0, doc[:])]

    assert parsed("The fall of the town would let it march on two metropolitan areas.") == [
        ("two metropolitan areas", 2.0, "areas", None)
    ]
    assert parsed("Its soldiers smashed over two military base divisions of Ukrainian defenses.") == [
        ("over two military base divisions", 2.0, "divisions", "more than")
    ]
    assert parsed("Russia returned 22 Ukrainian soldiers on Monday.") == [
        ("22 Ukrainian soldiers", 22.0, "soldiers", None)
    ]
    # The casualty unit stays; the text reaches the people counted.
    assert parsed("Russia has detained at least 6,000 Ukrainian children in camps.") == [
        ("at least 6,000 Ukrainian children", 6000.0, "detained", "at least")
    ]


def test_a_part_of_a_counted_whole_counts_the_same_thing():
    assert _q("Air defences shot down 23 of the 37 drones launched overnight.") == [
        (23.0, "drones", None),
        (37.0, "drones", None),
    ]
    assert _q("Ukraine said 15 of 20 missiles were intercepted.") == [
        (15.0, "missiles", None),
        (20.0, "missiles", None),
    ]
    ((_, _, part), _) = find_quantities("Air defences shot down 23 of the 37 drones.")
    assert part.text == "23"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the shelling claimed at least 30 lives", [(30.0, "killed", "at least")]),
        ("rescuers found 30 dead in the rubble", [(30.0, "killed", None)]),
        ("five wounded and 30 lives lost", [(5.0, "wounded", None), (30.0, "killed", None)]),
    ],
)
def test_a_casualty_word_right_after_the_number_decides(text, expected):
    # "30 dead" and "30 lives" are 30 killed: the CSV export's fatalities read the unit "killed"
    assert _q(text) == expected


def test_a_number_counting_a_later_noun_keeps_that_noun(nlp):
    doc = nlp("Three evacuation buses left Mariupol on Monday.")
    assert [(q.value, q.unit) for *_, q in find_quantities(doc.text, span=doc[:])] == [(3.0, "buses")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the war has left tens of thousands dead", [(20000.0, "killed", "at least")]),
        ("hundreds of thousands displaced by the fighting", [(200000.0, "displaced", "at least")]),
        ("millions of Ukrainians have fled abroad", [(2000000.0, "displaced", "at least")]),
    ],
)
def test_vague_multiples_of_thousands_are_one_quantity_at_their_smallest_reading(text, expected):
    # "tens of thousands" was 2,000 ("thousands" alone), "hundreds of thousands" two quantities
    assert _q(text) == expected
