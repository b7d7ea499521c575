"""Recognition: which spans of a news sentence are time expressions, and of what type."""

import pytest

from sitrep.dates.grammar import find_mentions, number, spelled_year


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russian troops shelled Kupiansk on Tuesday, officials said.", [("Tuesday", "DATE")]),
        ("The strike came on the February 24 anniversary of the invasion.", [("February 24", "DATE")]),
        ("Kyiv said the offensive began in the summertime.", [("the summertime", "DATE")]),
        ("Drones hit the port on Tuesday evening.", [("Tuesday evening", "TIME")]),
        ("Grain exports fell sharply last year.", [("last year", "DATE")]),
        ("The battalion withdrew two weeks ago.", [("two weeks ago", "DATE")]),
        ("Shelling intensified earlier this month.", [("earlier this month", "DATE")]),
        ("The town had changed hands in previous weeks.", [("previous weeks", "DURATION")]),
        ("The siege lasted three months.", [("three months", "DURATION")]),
        ("Convoys cross the bridge every Thursday.", [("every Thursday", "SET")]),
        ("Air-raid alerts sound daily.", [("daily", "SET")]),
        ("Casualty figures for the third quarter were not released.", [("the third quarter", "DATE")]),
        ("The region was depopulated in the 1990s.", [("the 1990s", "DATE")]),
        ("A curfew starts at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "TIME")]),
        ("The talks were held on Feb. 14, 2023, in Istanbul.", [("Feb. 14, 2023", "DATE")]),
        ("The bridge was struck on 17 July 2023.", [("17 July 2023", "DATE")]),
        ("Ministers signed a five-year agreement.", [("five-year", "DURATION")]),
    ],
)
def test_recognizes_expression_with_timeml_span(sentence, expected):
    assert spans(sentence) == expected


def test_weekday_and_date_are_one_expression():
    text = "The convoy left on Tuesday, Feb. 14, under fire."
    [m] = find_mentions(text)
    assert text[m.start : m.end] == "Tuesday, Feb. 14" and m.expr.day == 14


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may announce new sanctions.",  # the verb, not the month
        "Thousands joined the march through Tbilisi.",
        "The fall of Bakhmut was confirmed.",  # not autumn
        "The brigade has 2000 troops in the area.",  # a count, not a year
        "Kyiv pays a quarterly dividend on its bonds.",  # an adjective
        "A 12-year-old boy was among the wounded.",  # an age
        "The commander, 52 years old, was replaced.",
        "Drones cause more than a quarter of all vehicle losses.",  # a fraction
        'Blinken said on CBS\'s "This Week" that aid would continue.',  # a programme title
        "Civilians may leave as soon as the corridor opens.",  # a conjunction
        "The summit will decide the future of the alliance.",  # prospects, not a time
        "Riots have broken out for the past three summers.",  # not the PAST_REF "the past"
    ],
)
def test_ordinary_words_are_not_times(sentence):
    assert spans(sentence) == []


def test_numbers_and_spelled_years():
    assert number("twenty-four") == 24
    assert number("2 1/2") == 2.5
    assert number("several") is None
    assert spelled_year("nineteen ninety-seven") == 1997
    assert spelled_year("two thousand and three") == 2003
