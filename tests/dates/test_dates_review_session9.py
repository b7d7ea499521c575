"""Review of session 9: where its new rules over-fired. A quarter that is a game's period, a
quarter-final or a part of a town is no calendar quarter; "from the same quarter" is a year
earlier; a "since" time on the main verb is where the story has moved to."""

from sitrep.dates.stage import times_of


def _times(nlp, text, published):
    return [(t.text, t.type, t.value) for t in times_of(nlp(text), published)]


def test_a_quarter_of_a_game_is_no_calendar_quarter(nlp):
    times = _times(nlp, "He had scored 20 points in the previous quarter of the game.", "2024-10-28")
    assert not any(v and "-Q" in v for _, _, v in times)


def test_a_part_of_town_is_no_calendar_quarter(nlp):
    text = "Shelling destroyed the Armenian quarter. The following quarter was spared."
    assert _times(nlp, text, "2024-10-28") == []
    text = "Troops entered the old quarter. That quarter had been shelled for weeks."
    assert [t for t in _times(nlp, text, "2024-10-28") if "quarter" in t[0].lower()] == []


def test_the_following_quarter_in_economic_news_is_still_a_quarter(nlp):
    assert _times(
        nlp, "Profits rose in the first quarter. The following quarter, they fell.", "2023-09-16"
    ) == [
        ("the first quarter", "DATE", "2023-Q1"),
        ("The following quarter", "DATE", "2023-Q2"),
    ]


def test_from_the_same_quarter_is_a_year_earlier(nlp):
    assert _times(nlp, "Sales rose 5% compared with the same quarter.", "2024-10-28") == [
        ("the same quarter", "DATE", "2023-Q3")
    ]
    # but "in the same quarter" after a quarter named is that quarter
    text = "Sales rose 5% in the third quarter. In the same quarter, costs fell."
    assert ("the same quarter", "DATE", "2024-Q3") in _times(nlp, text, "2024-10-28")


def test_a_since_time_on_the_main_verb_is_the_reference(nlp):
    text = (
        "The offensive began in 2015, and the front has barely moved since March 2016. "
        "The following month, talks opened in Minsk."
    )
    assert ("The following month", "DATE", "2016-04") in _times(nlp, text, "2023-02-15")
    # on a noun it is a comparison's background, as session 9 had it
    text = "Prices rose 9 percent in 2021, the fastest pace since 1990. The following year they fell."
    assert ("The following year", "DATE", "2022") in _times(nlp, text, "2023-02-15")
