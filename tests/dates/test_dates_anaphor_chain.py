"""Anaphoric times count from the time last reached, hours from the day last named."""

from sitrep.dates.stage import times_of


def found(nlp, text, published):
    return {t.text: t.value for t in times_of(nlp(text), published)}


def test_hours_later_counts_from_the_day_named(nlp):
    text = (
        "The truce was signed on 14 May in Ankara. Less than 24 hours later, drones struck the port. "
        "The next day, the ministry denied any part in the strike."
    )
    got = found(nlp, text, "2024-05-27")  # a Monday
    assert got["Less than 24 hours later"] == "2024-05-15"
    assert got["The next day"] == "2024-05-16"
    assert (
        found(nlp, "The polls closed on 2 June. Two hours later, counting began.", "2024-06-10")[
            "Two hours later"
        ]
        == "2024-06-02"
    )


def test_that_month_follows_a_month_reached_by_an_anaphor(nlp):
    text = "The uprising began in April 2014. A year later, the rebels took the airport. That month, thousands fled."
    got = found(nlp, text, "2023-02-15")
    assert got["A year later"] == "2015-04"
    assert got["That month"] == "2015-04"


def test_that_year_follows_a_year_reached_by_an_anaphor(nlp):
    text = "In 2010, the firm moved to Dallas. Two years later, a rival bought it. Earlier that year, its founder had quit."
    got = found(nlp, text, "2013-03-15")
    assert got["Two years later"] == "2012"
    assert got["Earlier that year"] == "2012"


def test_a_look_back_leaves_the_story_where_it_was(nlp):
    # a comparison with the year before is no new time for "that month" to follow
    text = "Grain exports in August were a third below the level of a year earlier. That month, the port was blockaded."
    got = found(nlp, text, "2022-10-20")
    assert got["a year earlier"] == "2021-08"
    assert got["That month"] == "2022-08"
    # nor is a flashback: thirty years after the trade, not after the arrest
    text = (
        "The two prisoners were traded in 1986 at a border crossing. One of them had been arrested two "
        "years earlier. Thirty years later, the crossing became a museum."
    )
    got = found(nlp, text, "2024-05-02")
    assert got["two years earlier"] == "1984"
    assert got["Thirty years later"] == "2016"


def test_hours_count_only_from_a_day_named_close_by(nlp):
    # told in the past, with no day named near it: not a day after publication
    assert found(nlp, "About 36 hours later the buses reached the city.", "2024-05-10")[
        "About 36 hours later"
    ] == ("2024-05-10")
    # a live blog post's stamp five sentences back is not the day the journey started
    text = (
        "10 May 2024 01.43 An update from our correspondent on the evacuees. The buses left the plant at dawn. "
        "The convoy was held at checkpoints. Many had no food. One woman carried her children's drawings. "
        "About 36 hours later the group stepped off the buses in Zaporizhzhia."
    )
    assert found(nlp, text, "2024-05-10")["About 36 hours later"] == "2024-05-10"


def test_hours_count_from_the_clock_named_with_the_day(nlp):
    text = "The drone hit the depot at 11 p.m. on 5 May. Two hours later, a second one struck."
    assert found(nlp, text, "2022-05-20")["Two hours later"] == "2022-05-06"  # past midnight
    text = "The drone hit the depot at 9 p.m. on 5 May. Two hours later, a second one struck."
    assert found(nlp, text, "2022-05-20")["Two hours later"] == "2022-05-05"
