"""Session 8: a results story's "the 1988 period", frequency adverbs, and a month that hangs
from a noun in a past clause."""

from sitrep.dates.stage import times_of


def _times(nlp, text, published):
    return [(t.text, t.type, t.value) for t in times_of(nlp(text), published)]


def test_year_period_takes_the_quarter_last_named(nlp):
    text = (
        "Net income in the third quarter rose 8% to $30 million. "
        "In the 1988 period, the toolmaker made $27.8 million."
    )
    assert ("the 1988 period", "DATE", "1988-Q3") in _times(nlp, text, "1989-10-26")


def test_year_period_without_a_quarter_is_the_year(nlp):
    assert _times(nlp, "In the 1988 period, the toolmaker made $27.8 million.", "1989-10-26") == [
        ("the 1988 period", "DATE", "1988")
    ]


def test_half_yearly_and_fortnightly_adverbs_are_sets(nlp):
    assert _times(nlp, "Interest on the bonds is paid semiannually.", "2023-06-14") == [
        ("semiannually", "SET", "P6M")
    ]
    assert _times(nlp, "The committee meets fortnightly in Brussels.", "2023-06-14") == [
        ("fortnightly", "SET", "P2W")
    ]
    assert _times(nlp, "The council publishes the figures biweekly.", "2023-06-14") == [
        ("biweekly", "SET", "P2W")
    ]


def test_month_under_a_noun_in_a_past_clause_looks_back(nlp):
    # published 26 October: April is 6 months back and 5 ahead; the clause is past
    text = "The airline said its profit was hurt by delays linked to the launch of a new fleet in April."
    assert _times(nlp, text, "1989-10-26") == [("April", "DATE", "1989-04")]


def test_month_under_a_noun_with_no_past_clause_is_the_nearest(nlp):
    text = "Leaders are preparing for the summit in November."
    assert _times(nlp, text, "2023-07-10") == [("November", "DATE", "2023-11")]


def test_latest_period_is_the_quarter_the_story_reports(nlp):
    # a fiscal fourth quarter reported on 2 November: "the latest period" is that quarter
    text = (
        "The food maker reported a 30% drop in fourth-quarter earnings. "
        "Sales in the latest period were $1.2 billion."
    )
    assert ("the latest period", "DATE", "1989-Q4") in _times(nlp, text, "1989-11-02")


def test_latest_quarter_stays_the_period_a_year_earlier_compares(nlp):
    text = (
        "Operating profit rose in the third quarter. "
        "Leading the gains in the latest quarter was the chemicals unit, "
        "where profit rose to $80 million from $60 million a year earlier."
    )
    assert ("a year earlier", "DATE", "1988-Q3") in _times(nlp, text, "1989-10-26")


def test_latest_quarter_with_no_quarter_named_is_the_last_one_ended(nlp):
    assert _times(nlp, "Sales in the latest quarter were $2 billion.", "1989-10-26") == [
        ("the latest quarter", "DATE", "1989-Q3")
    ]


def test_spring_or_fall_before_a_campaign_noun_is_the_season(nlp):
    assert _times(nlp, "Kyiv is preparing a spring counteroffensive.", "2023-03-08") == [
        ("spring", "DATE", "2023-SP")
    ]
    assert _times(nlp, "The fall of the town came after a spring of fighting.", "2023-03-08") == []


def test_that_summer_and_that_august_take_the_year_last_named(nlp):
    text = "The border war of 2008 lasted five days. That August, tanks crossed the pass. That summer, talks failed."
    got = _times(nlp, text, "2023-02-15")
    assert ("That August", "DATE", "2008-08") in got
    assert ("That summer", "DATE", "2008-SU") in got


def test_that_summer_with_no_year_named_is_placed_by_the_tense(nlp):
    assert _times(nlp, "That summer was the hottest on record, officials said.", "2023-02-15") == [
        ("That summer", "DATE", "2022-SU")
    ]


def test_that_before_a_month_as_a_conjunction_is_no_anaphor(nlp):
    assert _times(nlp, "The minister said that January had been the coldest month.", "2023-02-15") == [
        ("January", "DATE", "2023-01")
    ]


def test_by_a_month_in_a_story_runs_on_to_the_next_year(nlp):
    text = "Crowds filled the square in November 2013. By February, the president had fled the capital."
    assert ("February", "DATE", "2014-02") in _times(nlp, text, "2023-06-15")
    text = "The mill shut in November 2013. It had opened in February."
    assert ("February", "DATE", "2013-02") in _times(nlp, text, "2023-06-15")


def test_next_day_after_a_year_alone_is_that_year_not_a_day_from_publication(nlp):
    text = "In 1986, a reactor at the station exploded. The next day, the town was evacuated."
    assert ("The next day", "DATE", "1986") in _times(nlp, text, "2023-02-15")
    text = "On 26 April 1986, a reactor at the station exploded. The next day, the town was evacuated."
    assert ("The next day", "DATE", "1986-04-27") in _times(nlp, text, "2023-02-15")


def test_future_quarters_is_a_future_reference(nlp):
    assert _times(nlp, "The credits will lower tax bills in future quarters.", "1989-10-26") == [
        ("future quarters", "DATE", "FUTURE_REF")
    ]
