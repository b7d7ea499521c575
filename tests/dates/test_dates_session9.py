"""Session 9: "the previous quarter" as a quarter, and a past month-day after a year named alone
that publication alone would put ahead."""

from sitrep.dates.stage import times_of


def _times(nlp, text, published):
    return [(t.text, t.type, t.value) for t in times_of(nlp(text), published)]


def test_previous_quarter_is_the_quarter_before_the_one_named(nlp):
    text = "Sales rose 5% in the third quarter from the previous quarter."
    assert _times(nlp, text, "1998-02-13") == [
        ("the third quarter", "DATE", "1997-Q3"),
        ("the previous quarter", "DATE", "1997-Q2"),
    ]


def test_previous_and_next_quarter_without_one_named_count_from_publication(nlp):
    assert _times(nlp, "Output fell in the preceding quarter.", "1998-02-13") == [
        ("the preceding quarter", "DATE", "1997-Q4")
    ]
    assert _times(nlp, "The airline expects demand to recover in the following quarter.", "2023-11-02") == [
        ("the following quarter", "DATE", "2024-Q1")
    ]


def test_a_past_month_day_after_a_bare_year_is_in_that_year(nlp):
    # published 13 February: 3 March can only be read from publication as a day still to come
    text = "The civil war broke out in 1991. On March 3, the rebels seized the capital."
    assert _times(nlp, text, "1998-02-13") == [("1991", "DATE", "1991"), ("March 3", "DATE", "1991-03-03")]


def test_a_bare_year_leaves_past_days_that_publication_places_alone(nlp):
    # "In 2014, ... On February 24" written in June 2022 is still this February
    text = "In 2014, Russia annexed Crimea. On February 24, Putin ordered the invasion."
    assert ("February 24", "DATE", "2022-02-24") in _times(nlp, text, "2022-06-10")


def test_a_future_month_day_after_a_bare_year_stays_ahead(nlp):
    text = "The civil war broke out in 1991. Peace talks will open on March 3."
    assert ("March 3", "DATE", "1998-03-03") in _times(nlp, text, "1998-02-13")


def test_a_since_time_after_the_story_time_is_no_reference(nlp):
    text = "Exports fell in 1997, the first drop since 1985. The previous year, they had risen 8%."
    assert ("The previous year", "DATE", "1996") in _times(nlp, text, "1998-02-11")


def test_a_since_time_alone_in_its_sentence_is_still_a_reference(nlp):
    text = "The town has been held since 1995. The next year, a ceasefire was signed."
    assert ("The next year", "DATE", "1996") in _times(nlp, text, "1998-02-11")


def test_the_previous_fiscal_year_is_the_year_before_the_one_named(nlp):
    text = "Profit in the fiscal year ended Sept. 30 rose. The previous fiscal year, it fell."
    assert ("The previous fiscal year", "DATE", "1996") in _times(nlp, text, "1998-02-11")


def test_a_year_after_a_count_in_millions_is_a_rate(nlp):
    assert _times(nlp, "The museum draws a million visitors a year.", "1998-02-06") == [
        ("a year", "SET", "P1Y")
    ]
    assert _times(nlp, "Millions of pilgrims a year visit the shrine.", "1998-02-06") == [
        ("a year", "SET", "P1Y")
    ]


def test_recent_ref_phrases(nlp):
    assert _times(nlp, "I spoke to the commander the other day.", "1998-01-20") == [
        ("the other day", "DATE", "PAST_REF")
    ]
    assert _times(nlp, "Some time ago, the ministry changed its name.", "1998-01-20") == [
        ("Some time ago", "DATE", "PAST_REF")
    ]
    assert _times(nlp, "The convoy left on the other day of the truce.", "1998-01-20") == []


def test_that_decade_and_a_decade_later_follow_the_decade_named(nlp):
    text = "In the 1950s, the mill closed. That decade, unemployment doubled. A decade later, the town was empty."
    got = _times(nlp, text, "1998-01-20")
    assert ("That decade", "DATE", "195") in got
    assert ("A decade later", "DATE", "196") in got
    text = "In 1953, the mill closed. Later that decade, unemployment doubled."
    assert ("Later that decade", "DATE", "195") in _times(nlp, text, "1998-01-20")


def test_that_quarter_is_the_quarter_named(nlp):
    text = "Sales rose in the third quarter of 1996. In that quarter, costs fell."
    assert ("that quarter", "DATE", "1996-Q3") in _times(nlp, text, "1998-01-20")


def test_a_count_and_a_half_ago_names_a_month(nlp):
    assert _times(nlp, "The airliner went down a year and a half ago.", "1998-01-20") == [
        ("a year and a half ago", "DATE", "1996-07")
    ]
    assert _times(nlp, "The war began two and a half years ago.", "1998-01-20") == [
        ("two and a half years ago", "DATE", "1995-07")
    ]
    assert _times(nlp, "Six and a half months ago, the rebels took the town.", "1998-01-20") == [
        ("Six and a half months ago", "DATE", "1997-07")
    ]


def test_a_season_of_a_short_year(nlp):
    assert _times(nlp, "Prices peaked in the summer of '96.", "1998-02-06") == [
        ("the summer of '96", "DATE", "1996-SU")
    ]


def test_a_while_ago_has_no_time_word(nlp):
    # TIMEX3 needs a time word ("day", "time"): "a while ago" is left out, as the guidelines do
    assert _times(nlp, "A while ago, the talks stalled.", "1998-01-20") == []


def test_this_weekend_in_a_past_clause_is_the_weekend_just_past(nlp):
    # published on Monday 12 January 1998
    assert _times(nlp, "Thousands marched in Jakarta this weekend.", "1998-01-12") == [
        ("this weekend", "DATE", "1998-W02-WE")
    ]
    assert _times(nlp, "Thousands will march in Jakarta this weekend.", "1998-01-12") == [
        ("this weekend", "DATE", "1998-W03-WE")
    ]
