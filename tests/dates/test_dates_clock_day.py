"""A clock time named apart from its day takes the day its sentence names (wire style)."""

from sitrep.dates.stage import times_of


def found(nlp, text, published="2013-03-13"):  # a Wednesday
    return [(t.text, t.value) for t in times_of(nlp(text), published)]


def test_a_clock_after_its_day_is_on_that_day(nlp):
    assert found(nlp, "Polling stations shut on Sunday at 4:30 pm.") == [
        ("Sunday", "2013-03-10"),
        ("4:30 pm", "2013-03-10T16:30"),
    ]
    assert found(nlp, "The blast hit the depot on March 5, 2012 at about 9 a.m.", None) == [
        ("March 5, 2012", "2012-03-05"),
        ("about 9 a.m.", "2012-03-05T09"),
    ]


def test_a_clock_and_its_gmt_gloss_take_the_day_after_them(nlp):
    assert found(nlp, "The truce took hold at 0600 local time (0400 GMT) Friday.") == [
        ("0600 local time", "2013-03-08T06:00"),
        ("0400 GMT", "2013-03-08T04:00"),
        ("Friday", "2013-03-08"),
    ]


def test_a_day_in_another_clause_leaves_the_clock_on_publication_day(nlp):
    assert found(nlp, "Police said at 3 p.m. that the raid on Sunday left two dead.") == [
        ("3 p.m.", "2013-03-13T15"),
        ("Sunday", "2013-03-10"),
    ]


def test_a_live_blog_stamp_does_not_date_the_clocks_of_its_post(nlp):
    # the stamp is British time; an hour after its midnight it is already 1am the next day in Kyiv
    text = "Talks resume on Friday.\n\n14 Mar 2024 23.02 Summary It’s 1am in Kyiv, and these are the main developments."
    assert found(nlp, text, "2024-03-15")[1:] == [("14 Mar 2024", "2024-03-14"), ("1am", "2024-03-15T01")]


def test_a_day_of_a_lower_clause_or_a_stretch_does_not_date_the_clock(nlp):
    got = found(nlp, "The raid on 5 March was the worst yet, the governor told reporters at 9 a.m.")
    assert got == [("5 March", "2013-03-05"), ("9 a.m.", "2013-03-13T09")]
    got = found(nlp, "The curfew, in force since 24 February, starts at 10 p.m.")
    assert got == [("24 February", "2013-02-24"), ("10 p.m.", "2013-03-13T22")]
    # the reporting day frames the clause it reports
    got = found(nlp, "Officials said on Monday that the blast at 4 a.m. had destroyed the depot.")
    assert got == [("Monday", "2013-03-11"), ("4 a.m.", "2013-03-11T04")]
