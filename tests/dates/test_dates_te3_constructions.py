"""Constructions found on the tune split of the TempEval-3 test set (TE3 platinum) and of TimeBank,
each checked on sentences written for these tests, with publication dates on different weekdays
and across year boundaries."""

from datetime import date, timedelta

import pytest

from sitrep.dates.stage import times_of


def values(nlp, text: str, published: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in times_of(nlp(text), published)}


def test_a_range_of_years_is_two_years(nlp):
    got = values(nlp, "The drought of 2011-2012 ruined the harvest.", "2014-06-02")
    assert got == {"2011": ("DATE", "2011"), "2012": ("DATE", "2012")}
    got = values(nlp, "He coached the club in the 1999-00 season.", "2001-01-01")
    assert got == {"1999": ("DATE", "1999"), "00": ("DATE", "2000")}  # across the century
    got = values(nlp, "Troops fought in the war of 1941-45, veterans recalled.", "2022-05-09")
    assert got == {"1941": ("DATE", "1941"), "45": ("DATE", "1945")}


def test_what_looks_like_a_year_range_but_is_not(nlp):
    assert values(nlp, "The score was 2010-1990 in points.", "2014-06-02") == {}  # not ascending
    assert "1990" not in values(nlp, "Call 555-1990 for tickets.", "2014-06-02")


def test_a_range_of_counts_gives_each_count_the_unit(nlp):
    got = values(nlp, "The repairs could take between 12 and 18 months to finish.", "2023-03-15")
    assert got == {"12": ("DURATION", "P12M"), "18 months": ("DURATION", "P18M")}
    got = values(nlp, "Talks may last two to three weeks.", "2023-03-15")
    assert got["two"] == ("DURATION", "P2W") and got["three weeks"] == ("DURATION", "P3W")


def test_ages_are_no_times(nlp):
    assert values(nlp, "Babies aged 9 months and older may get the vaccine.", "2023-03-15") == {}
    assert values(nlp, "Pupils aged 12 to 18 years old took part.", "2023-03-15") == {}
    # the age is said after the range's unit, whatever words the range uses
    assert values(nlp, "Men between 18 and 60 years of age may not leave the country.", "2023-03-15") == {}
    assert values(nlp, "Children 5 to 11 years old can get the vaccine.", "2023-03-15") == {}


def test_earlier_than_usual_is_a_duration_not_an_anchor(nlp):
    got = values(nlp, "The season began about a month earlier than usual.", "2023-03-20")  # a Monday
    assert got == {"about a month": ("DURATION", "P1M")}
    got = values(nlp, "The talks resumed on March 1. A month later, they collapsed.", "2023-05-02")
    assert got["A month later"] == ("DATE", "2023-04-01")  # an anaphor still counts from the day named


def test_summer_time_is_a_clock_convention(nlp):
    assert values(nlp, "Clocks go forward at the start of British Summer Time.", "2023-03-20") == {}
    assert values(nlp, "Prices rose last summer.", "2023-03-20") == {"last summer": ("DATE", "2022-SU")}


@pytest.mark.parametrize("offset", range(7))
def test_postponed_until_a_weekday_is_the_nearer_one(nlp, offset):
    published = date(2022, 12, 26) + timedelta(days=offset)  # Monday 26 Dec .. Sunday 1 Jan 2023
    got = values(nlp, "The prisoner exchange has been postponed until Saturday.", published.isoformat())
    day = date.fromisoformat(got["Saturday"][1])
    assert day.weekday() == 5 and abs((day - published).days) <= 3


def test_delayed_until_a_time_on_a_friday_is_the_next_day(nlp):
    got = values(nlp, "The handover has been delayed until 15:00 GMT Saturday.", "2013-03-22")
    assert got["15:00 GMT Saturday"] == ("TIME", "2013-03-23T15:00")


def test_adverbs_of_frequency_name_the_repeating_unit(nlp):
    got = values(nlp, "The fund pays out $2bn annually throughout the country.", "2023-03-15")
    assert got == {"annually": ("SET", "XXXX")}
    got = values(nlp, "Air-raid alerts sound daily.", "2023-03-15")
    assert got == {"daily": ("SET", "XXXX-XX-XX")}
    assert values(nlp, "She reads a daily newspaper.", "2023-03-15") == {}
    # the paper itself, named by its article and adjectives
    assert values(nlp, "The mayor spoke to the regional daily.", "2023-03-15") == {}
    assert values(nlp, "The army reports losses daily.", "2023-03-15") == {"daily": ("SET", "XXXX-XX-XX")}
    got = values(nlp, "Inspectors visit every month.", "2023-03-15")
    assert got == {"every month": ("SET", "P1M")}


def test_how_long_it_can_take_stays_a_duration(nlp):
    got = values(nlp, "Engineers said they could rebuild the bridge in 100 days.", "2013-03-22")
    assert got == {"100 days": ("DURATION", "P100D")}
    got = values(nlp, "The loan will be repaid in five years.", "2013-03-22")
    assert got == {"five years": ("DATE", "2018")}


def test_a_past_end_of_the_year_early_in_the_year_is_last_year(nlp):
    got = values(nlp, "Shelling of the city peaked by the end of the year.", "2013-03-22")
    assert got["the end of the year"] == ("DATE", "2012")
    got = values(nlp, "Sales fell at the end of the year.", "2023-01-02")  # across the new year
    assert got["the end of the year"] == ("DATE", "2022")
    got = values(nlp, "Shelling of the city peaked by the end of the year.", "2013-11-22")
    assert got["the end of the year"] == ("DATE", "2013")
    got = values(nlp, "He wants the war to be over by the end of the year.", "2022-06-27")
    assert got["the end of the year"] == ("DATE", "2022")
    got = values(nlp, "Drone attacks dropped by end of year.", "2014-02-05")
    assert got["end of year"] == ("DATE", "2013")


def test_at_the_time_is_the_past(nlp):
    got = values(nlp, "The ship was in international waters at the time, officials said.", "2013-03-22")
    assert got == {"the time": ("DATE", "PAST_REF")}
    assert values(nlp, "He was at home at the time of the attack.", "2013-03-22") == {}


def test_the_day_before_an_event_the_text_does_not_date(nlp):
    got = values(nlp, "He called his sister the day before the ceasefire was signed.", "2013-03-22")
    assert got == {"the day": ("DATE", None)}
    got = values(nlp, "They met on Monday, March 18. The day before, talks had stalled.", "2013-03-22")
    assert got["The day before"] == ("DATE", "2013-03-17")
    # a place or "that" after it goes on with the phrase: still the day before the date named
    got = values(
        nlp, "They met on Monday, March 18. The day before in Kyiv, talks had stalled.", "2013-03-22"
    )
    assert got["The day before"] == ("DATE", "2013-03-17")
    got = values(nlp, "They met on Monday, March 18. The day before that, talks had stalled.", "2013-03-22")
    assert got["The day before"] == ("DATE", "2013-03-17")


def test_decades_are_counted_in_years(nlp):
    got = values(nlp, "It was the heaviest shelling of the city in a decade.", "2013-03-22")
    assert got == {"a decade": ("DURATION", "P10Y")}
    got = values(nlp, "Defence spending will rise over the next two decades.", "2013-03-22")
    assert got == {"the next two decades": ("DURATION", "P20Y")}


def test_a_part_of_a_named_day_is_one_time(nlp):
    got = values(nlp, "The strike happened on the night of Jan. 4.", "2024-01-06")  # a Saturday
    assert got == {"the night of Jan. 4": ("TIME", "2024-01-04TNI")}
    got = values(nlp, "On the evening of 31 December, drones struck Kyiv.", "2023-01-02")  # a Monday
    assert got == {"the evening of 31 December": ("TIME", "2022-12-31TEV")}
    got = values(nlp, "Troops crossed the border on the morning of Thursday, February 24.", "2022-02-26")
    assert got == {"the morning of Thursday, February 24": ("TIME", "2022-02-24TMO")}
    assert values(nlp, "He was seen on the morning of the attack.", "2022-02-26") == {}
