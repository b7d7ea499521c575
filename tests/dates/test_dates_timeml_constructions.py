"""TimeML constructions added in round 3, each on parsed sentences written for these tests, with
publication dates on different weekdays (TIMEX3 values as the TimeML guidelines give them)."""

from datetime import date, timedelta

import pytest

from sitrep.dates.stage import times_of


def values(nlp, text: str, published: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in times_of(nlp(text), published)}


@pytest.mark.parametrize("offset", range(7))
def test_since_a_weekday_is_the_last_one(nlp, offset):
    published = date(2023, 3, 13) + timedelta(days=offset)  # Monday .. Sunday
    got = values(
        nlp, "Since Tuesday, the army will have shelled the town every night.", published.isoformat()
    )
    day = date.fromisoformat(got["Tuesday"][1])
    assert day.weekday() == 1 and day <= published and (published - day).days < 7


def test_bare_season_after_a_preposition(nlp):
    got = values(nlp, "The summit will be held in the spring.", "2023-01-11")  # Wednesday
    assert got["the spring"] == ("DATE", "2023-SP")
    got = values(nlp, "Prices rose in the fall, the bank said.", "2023-01-11")
    assert got["the fall"] == ("DATE", "2022-FA")


def test_seasons_that_are_nouns_stay_out(nlp):
    assert values(nlp, "After the fall of the city, troops left.", "2023-01-11") == {}
    # a season before a campaign noun is a time, as TimeML marks premodifiers ("fourth-quarter earnings")
    type_, value = values(nlp, "In the spring offensive, troops advanced.", "2023-01-11")["the spring"]
    assert type_ == "DATE" and value.endswith("-SP")


def test_earlier_and_later_belong_to_the_day(nlp):
    got = values(nlp, "Earlier today, the president spoke. Later Tuesday, the army withdrew.", "2023-02-16")
    assert got["Earlier today"] == ("DATE", "2023-02-16")  # a Thursday
    assert got["Later Tuesday"] == ("DATE", "2023-02-14")


def test_quarter_of_a_named_or_relative_year(nlp):
    published = "1998-02-13"  # a Friday
    got = values(nlp, "Profit fell in the third quarter of last year.", published)
    assert got["the third quarter of last year"] == ("DATE", "1997-Q3")
    got = values(nlp, "The company expects a loss in the fourth quarter of fiscal 1998.", published)
    assert got["the fourth quarter of fiscal 1998"] == ("DATE", "1998-Q4")
    got = values(nlp, "Sales rose in the fourth quarter of nineteen ninety-seven.", published)
    assert got["the fourth quarter of nineteen ninety-seven"] == ("DATE", "1997-Q4")
    got = values(nlp, "Earnings for the fiscal second quarter rose.", "1998-08-04")  # a Tuesday
    assert got["the fiscal second quarter"] == ("DATE", "1998-Q2")


def test_fiscal_year_names_its_year(nlp):
    got = values(nlp, "In fiscal year 1997, the company lost money; fiscal 1996 was better.", "1998-02-13")
    assert got["fiscal year 1997"] == ("DATE", "1997")
    assert got["fiscal 1996"] == ("DATE", "1996")


def test_year_ago_period_compares_the_quarter_reported_not_a_forecast(nlp):
    text = (
        "Carmakers expect thin margins through the third quarter of 1990. "
        "In the third quarter, the mill earned $12.3 million. "
        "In the year-ago period, it earned $20.6 million."
    )
    got = values(nlp, text, "1989-10-26")  # a Thursday
    assert got["the third quarter of 1990"] == ("DATE", "1990-Q3")
    assert got["the year-ago period"] == ("DATE", "1988-Q3")


def test_a_rate_per_year_is_a_set(nlp):
    def found(text):
        return [(t.text, t.type, t.value) for t in times_of(nlp(text), "1989-10-26")]

    text = "The plant would produce 10,000 units a year and save $33 million a year."
    assert found(text) == [("a year", "SET", "P1Y")] * 2
    text = "He spent a year in jail; the plant employs 300 workers for a year."
    assert found(text) == [("a year", "DURATION", "P1Y")] * 2


def test_decade_halves_and_spelled_decades(nlp):
    got = values(nlp, "Sales were flat in the last half of the '80s.", "1989-10-26")
    assert got["the last half of the '80s"] == ("DATE", "198")
    got = values(nlp, "In the nineteen eighties, the country borrowed heavily.", "1998-01-14")
    assert got["the nineteen eighties"] == ("DATE", "198")


def test_a_week_from_today(nlp):
    got = values(nlp, "The vote will be held a week from today.", "1998-02-13")  # Friday of ISO week 7
    assert got["a week from today"] == ("DATE", "1998-W08")


def test_present_and_past_refs(nlp):
    got = values(nlp, "He was formerly a minister. For the moment, the talks are on hold.", "2023-02-15")
    assert got["formerly"] == ("DATE", "PAST_REF")
    assert got["the moment"] == ("DATE", "PRESENT_REF")
    assert values(nlp, "The moment he arrived, the shooting began.", "2023-02-15") == {}
    assert values(nlp, "We will seek to build on this moment.", "2023-02-15") == {}


def test_titles_named_today_are_no_day(nlp):
    assert values(nlp, "He told USA Today that he would resign.", "2023-02-15") == {}
    assert values(nlp, "Sign up to the daily Business Today email.", "2023-02-15") == {}
    assert values(nlp, "Kyiv said. Today the army withdrew.", "2023-02-15") == {
        "Today": ("DATE", "2023-02-15")
    }


def test_counted_times_per_unit_are_one_set(nlp):
    got = values(nlp, "Protesters gathered five times a week.", "2023-02-15")
    assert got == {"five times a week": ("SET", "P1W")}


@pytest.mark.parametrize("offset", range(7))
def test_a_weekday_dating_an_event_noun_ignores_the_future_clause(nlp, offset):
    # "resignation on Thursday" dates the resignation (reported, so past), not "will remain"
    published = date(2022, 7, 4) + timedelta(days=offset)  # Monday .. Sunday
    text = "Support for Ukraine will remain unchanged despite the minister's resignation on Thursday."
    day = date.fromisoformat(values(nlp, text, published.isoformat())["Thursday"][1])
    assert day.weekday() == 3 and day <= published and (published - day).days < 7


def test_a_season_dating_a_noun_is_the_coming_one(nlp):
    # the past verb "backed" does not make "over the winter" last winter: it dates the gas use
    got = values(nlp, "Ministers backed a 15% cut in gas use over the winter.", "2022-07-26")  # Tuesday
    assert got["the winter"] == ("DATE", "2022-WI")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2022-05-04", "2022-05-03"),  # Wednesday: the Tuesday just gone
        ("2022-05-07", "2022-05-10"),  # Saturday: the coming Tuesday is nearer
    ],
)
def test_future_seen_from_the_past_is_the_nearest_weekday(nlp, published, expected):
    text = "The mayor had earlier said the convoy should reach the city on Tuesday."
    assert values(nlp, text, published)["Tuesday"] == ("DATE", expected)


def test_future_seen_from_the_past_plans_and_will(nlp):
    got = values(nlp, "Officials said they had planned to evacuate civilians on Friday.", "2022-04-30")  # Sat
    assert got["Friday"] == ("DATE", "2022-04-29")
    got = values(nlp, "Ministers said they would meet again on Friday.", "2022-04-26")  # Tuesday
    assert got["Friday"] == ("DATE", "2022-04-29")
    # "will" is seen from now, even inside reported speech: the next one
    got = values(nlp, "The president said Russia will attack on Monday.", "2022-07-08")  # Friday
    assert got["Monday"] == ("DATE", "2022-07-11")


def test_a_month_with_last_or_next_year_after_it(nlp):
    published = "2022-04-29"  # a Friday
    got = values(nlp, "He laundered money from 16 October last year.", published)
    assert got == {"16 October last year": ("DATE", "2021-10-16")}
    got = values(nlp, "The vote is due in May next year.", published)
    assert got == {"May next year": ("DATE", "2023-05")}
    assert values(nlp, "The vote is due in May next year.", None) == {"May next year": ("DATE", None)}


def test_a_possessive_month_may_lie_ahead(nlp):
    # "Tuesday's attack" has happened, but "October's price cap" is announced in advance
    got = values(nlp, "Analysts expect October's price cap to reach a record.", "2022-07-27")  # Wednesday
    assert got["October"] == ("DATE", "2022-10")


def test_rates_after_abbreviated_or_spelled_amounts(nlp):
    def found(text):
        return [(t.text, t.type, t.value) for t in times_of(nlp(text), "2022-07-23")]  # a Saturday

    assert found("Exports could return to 5m tonnes a month.") == [("a month", "SET", "P1M")]
    assert found("The front moved one kilometre a day.") == [("a day", "SET", "P1D")]
    assert found("Prices rose 3% a year.") == [("a year", "SET", "P1Y")]


def test_soon_after_an_event_is_no_future_ref(nlp):
    assert values(nlp, "They moved to Kremenchuk soon after the war began.", "2022-07-22") == {}
    assert values(nlp, "Talks will resume soon.", "2022-07-22") == {"soon": ("DATE", "FUTURE_REF")}


def test_a_month_dating_an_event_noun_is_the_nearest(nlp):
    text = "Lavrov's visit was meant to prepare for a possible trip by Putin to the G20 summit in November."
    assert values(nlp, text, "2022-07-08")["November"] == ("DATE", "2022-11")  # a Friday
    text = "Yellen said the money was meant to help those suffering from Russia's 24 February invasion."
    assert values(nlp, text, "2022-07-13")["24 February"] == ("DATE", "2022-02-24")  # a Wednesday


def test_spans_leave_out_prepositions_and_keep_early(nlp):
    got = values(nlp, "It will not update its predictions until next week.", "2022-07-27")  # Wednesday
    assert got == {"next week": ("DATE", "2022-W31")}
    got = values(nlp, "Early this morning, Ukraine struck the bridge.", "2022-07-27")
    assert got == {"Early this morning": ("TIME", "2022-07-27TMO")}
