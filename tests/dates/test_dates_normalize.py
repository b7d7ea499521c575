"""Normalization is pure: an expression, an anchor and a tense give one TIMEX3 value."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.dates.normalize import (
    FUTURE,
    PAST,
    PRESENT,
    Expr,
    granularity,
    normalize,
    shift_value,
    weekday_date,
)

TUESDAY = 1


@pytest.mark.parametrize("offset", range(7))
def test_past_weekday_is_latest_on_or_before_publication(offset):
    published = date(2023, 2, 13) + timedelta(days=offset)  # Monday 13 Feb .. Sunday 19 Feb
    got = weekday_date(published, TUESDAY, PAST)
    assert got.weekday() == TUESDAY
    assert got <= published and (published - got).days < 7


@pytest.mark.parametrize("offset", range(7))
def test_future_weekday_is_next_on_or_after_publication(offset):
    published = date(2023, 2, 13) + timedelta(days=offset)
    got = weekday_date(published, 4, FUTURE)  # Friday
    assert got.weekday() == 4
    assert got >= published and (got - published).days < 7


def test_last_and_next_weekday_skip_the_publication_day_itself():
    wednesday = date(2023, 2, 15)
    assert weekday_date(wednesday, 2, None, shift=-1) == date(2023, 2, 8)
    assert weekday_date(wednesday, 2, None, shift=1) == date(2023, 2, 22)


def test_month_day_across_the_year_boundary():
    # an article of 3 January about "December 28" means the December just gone
    expr = Expr("date", month=12, day=28)
    assert normalize(expr, date(2023, 1, 3), PAST) == "2022-12-28"
    assert normalize(expr, date(2023, 1, 3), None) == "2022-12-28"
    # and one of 28 December about "January 3" that will happen looks ahead
    assert normalize(Expr("date", month=1, day=3), date(2022, 12, 28), FUTURE) == "2023-01-03"


def test_month_day_tense_decides_unless_it_points_most_of_a_year_away():
    published = date(2023, 2, 15)
    assert normalize(Expr("date", month=9, day=1), published, PAST) == "2022-09-01"
    assert normalize(Expr("date", month=9, day=1), published, FUTURE) == "2023-09-01"
    # "will meet on January 20" written on 15 February: a misread tense, not 11 months ahead
    assert normalize(Expr("date", month=1, day=20), published, FUTURE) == "2023-01-20"
    # "the February 24 anniversary" with no tense: the nearest one
    assert normalize(Expr("date", month=2, day=24), published, None) == "2023-02-24"


def test_month_alone_keeps_month_precision():
    assert normalize(Expr("date", month=11), date(2023, 2, 15), PAST) == "2022-11"
    assert normalize(Expr("date", month=6), date(2023, 2, 15), FUTURE) == "2023-06"


def test_deictic_units():
    wed = date(2023, 2, 15)
    assert normalize(Expr("deictic", unit="year", shift=-1), wed) == "2022"
    assert normalize(Expr("deictic", unit="month", shift=0), wed) == "2023-02"
    assert normalize(Expr("deictic", unit="week", shift=-1), wed) == "2023-W06"
    assert normalize(Expr("deictic", unit="day", shift=-1), wed) == "2023-02-14"
    assert normalize(Expr("deictic", unit="month", shift=-1), date(2023, 1, 3)) == "2022-12"


def test_offsets_ago_keep_the_unit_granularity():
    wed = date(2023, 2, 15)
    assert normalize(Expr("offset", unit="week", amount=2, shift=-1), wed) == "2023-W05"
    assert normalize(Expr("offset", unit="day", amount=3, shift=-1), wed) == "2023-02-12"
    assert normalize(Expr("offset", unit="year", amount=1, shift=-1), wed) == "2022"
    assert normalize(Expr("offset", unit="week", amount=None, shift=-1), wed) == "PAST_REF"


def test_seasons_parts_of_day_decades_quarters():
    pub = date(2023, 2, 15)
    assert normalize(Expr("season", season="SU"), pub, PAST) == "2022-SU"
    assert normalize(Expr("season", season="SU"), pub, FUTURE) == "2023-SU"
    assert normalize(Expr("season", season="SU", shift=-1), date(2023, 7, 10)) == "2022-SU"
    assert normalize(Expr("season", season="WI", shift=0), date(2023, 1, 10)) == "2022-WI"
    assert normalize(Expr("weekday", weekday=1, part="EV"), pub, PAST) == "2023-02-14TEV"
    assert normalize(Expr("decade", year=1990), None) == "199"
    assert normalize(Expr("quarter", quarter=4), pub, PAST) == "2022-Q4"
    assert normalize(Expr("quarter", quarter=1), pub, PAST) == "2023-Q1"


def test_durations_and_sets_need_no_anchor():
    assert normalize(Expr("duration", type="DURATION", unit="month", amount=3), None) == "P3M"
    assert normalize(Expr("duration", type="DURATION", unit="hour", amount=2), None) == "PT2H"
    assert normalize(Expr("duration", type="DURATION", unit="week", amount=None), None) == "PXW"
    assert normalize(Expr("set", type="SET", value="P1W"), None) == "P1W"


def test_relative_without_anchor_is_none_absolute_is_kept():
    assert normalize(Expr("weekday", weekday=1), None, PAST) is None
    assert normalize(Expr("deictic", unit="year", shift=-1), None) is None
    assert normalize(Expr("date", year=2022, month=2, day=24), None) == "2022-02-24"


def test_anaphors_shift_their_reference():
    assert shift_value("2022-Q3", "year", -1) == "2021-Q3"
    assert shift_value("2022-02-24", "day", 1) == "2022-02-25"
    assert shift_value("2022-03", "month", 1) == "2022-04"
    assert (
        normalize(Expr("anaphor", unit="day", shift=1), date(2023, 2, 15), reference="2022-02-24")
        == "2022-02-25"
    )
    assert granularity("2023-W07") == "week" and granularity("P3M") is None


def test_present_tense_weekday_is_a_schedule():
    # "The talks open on Friday", written on a Monday
    monday = date(2023, 2, 13)
    assert weekday_date(monday, 4, PRESENT) == date(2023, 2, 17)


anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
# No time limit per example: these are pure functions, and on a shared, loaded machine one slow
# example (past hypothesis' default deadline of 200 ms) would fail a run that passes when re-run.
pure = settings(deadline=None)


@pure
@given(anchors, st.integers(0, 6), st.sampled_from([PAST, FUTURE, PRESENT, None]))
def test_weekday_is_that_weekday_within_a_week(anchor, weekday, tense):
    got = weekday_date(anchor, weekday, tense)
    assert got.weekday() == weekday and abs((got - anchor).days) < 7


@pure
@given(anchors, st.integers(1, 12), st.integers(1, 28), st.sampled_from([PAST, FUTURE, PRESENT, None]))
def test_month_day_keeps_month_and_day_within_a_year(anchor, month, day, tense):
    value = normalize(Expr("date", month=month, day=day), anchor, tense)
    got = date.fromisoformat(value)
    assert (got.month, got.day) == (month, day) and abs((got - anchor).days) <= 366
    if tense == PAST and (anchor - got).days > 0:
        assert (anchor - got).days <= 300


@pure
@given(anchors, st.integers(-3, 3))
def test_year_shift_of_a_quarter_keeps_the_quarter(anchor, n):
    q = f"{anchor.year:04d}-Q{(anchor.month - 1) // 3 + 1}"
    assert shift_value(q, "year", n) == f"{anchor.year + n:04d}{q[4:]}"


def test_quarter_durations_are_months():
    """ISO 8601 has no quarter unit: a counted number of quarters is written in months."""
    assert normalize(Expr("duration", type="DURATION", unit="quarter", amount=3.0), None) == "P9M"
    assert normalize(Expr("duration", type="DURATION", unit="quarter", amount=None), None) == "PXQ"


def test_holidays_by_tense_and_calendar():
    anchor = date(2023, 2, 15)
    xmas = Expr("holiday", value="christmas")
    assert normalize(xmas, date(2023, 6, 15), PAST) == "2022-12-25"
    assert normalize(xmas, date(2023, 6, 15), FUTURE) == "2023-12-25"
    assert normalize(replace(xmas, shift=-1), date(2023, 12, 28)) == "2023-12-25"  # "last Christmas"
    # moveable feasts: Western and Orthodox Easter differ in 2023 (9 and 16 April)
    assert normalize(Expr("holiday", value="easter"), anchor, FUTURE) == "2023-04-09"
    assert normalize(Expr("holiday", value="orthodox easter"), anchor, FUTURE) == "2023-04-16"
    assert normalize(Expr("holiday", value="thanksgiving", year=2022), None) == "2022-11-24"
    assert normalize(Expr("holiday", value="christmas"), None) is None
