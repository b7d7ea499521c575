"""A narrative set in another year: months, days and seasons named without a year take the
year the story is set in (TimeML anchors a relative expression to the time the text talks
about), while a year that only starts a stretch, qualifies a noun or sits in a relative clause
leaves them to the publication date. Also decades after another, clock times with
seconds, and "the past week" as a stretch up to now. Sentences written for these tests."""

from sitrep.dates.stage import times_of


def values(nlp, text: str, published: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in times_of(nlp(text), published)}


def test_months_and_seasons_after_a_year_set_in_the_main_clause(nlp):
    text = (
        "In April 1994, the cooperative bought its first tractor. That summer, it hired "
        "forty pickers. By November, the orchard was paying its way."
    )
    got = values(nlp, text, "1998-02-05")  # a Thursday
    assert got["April 1994"] == ("DATE", "1994-04")
    assert got["That summer"] == ("DATE", "1994-SU")
    assert got["November"] == ("DATE", "1994-11")


def test_a_month_day_and_the_anaphora_after_it_follow_the_story(nlp):
    text = "The envoy reached Lisbon in the autumn of 1986. On Nov. 3 he met the cabinet, and two days later he left."
    got = values(nlp, text, "2001-06-16")  # a Saturday
    assert got["Nov. 3"] == ("DATE", "1986-11-03")
    assert got["two days later"] == ("DATE", "1986-11-05")


def test_since_a_year_does_not_set_the_story(nlp):
    text = "Since 2015, the agency has trained nurses in the region, but in February it paused the courses."
    assert values(nlp, text, "2022-08-09")["February"] == ("DATE", "2022-02")  # a Tuesday


def test_a_year_in_a_relative_clause_or_before_a_noun_does_not_set_the_story(nlp):
    text = "Under a plan the board adopted in 2011, the firm had bought back 2,000 shares through Sept. 12."
    assert values(nlp, text, "2019-10-02")["Sept. 12"] == ("DATE", "2019-09-12")  # a Wednesday
    text = "The talks revived the March 2011 accord. Negotiators met again on May 4 in Geneva."
    assert values(nlp, text, "2019-05-10")["May 4"] == ("DATE", "2019-05-04")  # a Friday


def test_a_story_a_year_back_is_left_to_the_tense(nlp):
    text = "In 2018, the company opened a plant. In June it hired a new manager."
    assert values(nlp, text, "2019-01-14")["June"] == ("DATE", "2018-06")  # a Monday
    text = "In 2018, the company opened a plant. It will hire a new manager in March."
    assert values(nlp, text, "2019-01-14")["March"] == ("DATE", "2019-03")


def test_the_story_year_lapses_after_a_few_sentences(nlp):
    text = (
        "In 1990, the town built a dam. It held for decades. Engineers praised it. "
        "Farmers relied on it. The dam burst in March, officials said on Monday."
    )
    got = values(nlp, text, "2023-04-05")  # a Wednesday
    assert got["March"] == ("DATE", "2023-03")


def test_the_telling_moves_on_into_the_next_year(nlp):
    text = "The ferry sank on Dec. 19, 1995. In January, divers reached the wreck."
    assert values(nlp, text, "1998-06-10")["January"] == ("DATE", "1996-01")  # a Wednesday
    text = (
        "In June 1996 the mill closed. In September it was sold, and in February the new owner reopened it."
    )
    got = values(nlp, text, "1999-07-13")  # a Tuesday
    assert got["September"] == ("DATE", "1996-09")
    assert got["February"] == ("DATE", "1997-02")


def test_a_pluperfect_looks_back_within_the_story_year(nlp):
    text = "She was elected in November 1994. In March, she had announced her candidacy."
    assert values(nlp, text, "1998-02-06")["March"] == ("DATE", "1994-03")


def test_a_month_of_the_year_named_before(nlp):
    text = "The envoy wrote on 7 August 1993 to plan a visit in June the following year."
    assert values(nlp, text, "2004-11-21")["June the following year"] == ("DATE", "1994-06")  # a Sunday
    text = "In 1952 he enlisted in the Army, and on June 3 of that year he married."
    assert values(nlp, text, "2004-11-21")["June 3 of that year"] == ("DATE", "1952-06-03")


def test_a_decade_written_with_an_apostrophe_after_another(nlp):
    got = values(nlp, "In the 1970s and '80s, the valley's orchards boomed.", "2009-09-09")  # a Wednesday
    assert got == {"the 1970s": ("DATE", "197"), "'80s": ("DATE", "198")}


def test_a_day_or_month_close_to_publication_is_the_news_after_background(nlp):
    text = "The cannery was founded in 1985. On Jan. 30, it filed for bankruptcy."
    assert values(nlp, text, "1998-02-06")["Jan. 30"] == ("DATE", "1998-01-30")  # a Friday
    text = "In 1987, the mill earned $12 million. In September, it agreed to be sold."
    assert values(nlp, text, "1989-10-26")["September"] == ("DATE", "1989-09")  # a Thursday


def test_the_past_week_is_a_stretch_up_to_now_not_the_calendar_week_before(nlp):
    # Written on Friday 8 July 2022: "the past week" reaches into this week (4-8 July), so it is
    # no date of the ISO week before (27 June - 3 July); likewise the month and the year ahead.
    text = (
        "Drones struck Sloviansk four times in the past week, and over the past month the shelling "
        "of Kramatorsk grew. Officials expect the fighting to last for the next year or so."
    )
    got = values(nlp, text, "2022-07-08")
    assert got["the past week"] == ("DURATION", "P1W")
    assert got["the past month"] == ("DURATION", "P1M")
    assert got["the next year or so"] == ("DURATION", "P1Y")


def test_hours_minutes_and_seconds_without_a_clock_mark_are_a_time_taken(nlp):
    text = "She won the relay, finishing in 2:41:07; the ferry leaves at 21:30:00 GMT."
    got = values(nlp, text, "2016-04-30")  # a Saturday
    assert got["2:41:07"] == ("DURATION", "PT2H41M7S")
    assert got["21:30:00 GMT"] == ("TIME", "2016-04-30T21:30")


def test_a_bare_year_of_background_sets_no_story(nlp):
    # War reports open with background years; the months after them are the war's own.
    text = (
        "In 2014, Russia annexed Crimea and backed separatists in the Donbas. "
        "On February 24, Putin ordered the full-scale invasion, and since March the front has barely moved."
    )
    got = values(nlp, text, "2022-06-10")  # a Friday
    assert got["February 24"] == ("DATE", "2022-02-24")
    assert got["March"] == ("DATE", "2022-03")
