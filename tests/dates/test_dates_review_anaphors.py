"""Review of session 8's dates rules: the edges where "the next day", "that September", a season
before a noun and "the latest period" must not take the wrong time."""

from sitrep.dates.stage import times_of


def _times(nlp, text, published):
    return [(t.text, t.type, t.value) for t in times_of(nlp(text), published)]


def test_next_day_follows_the_day_named_not_a_since_month_after_it(nlp):
    # published Friday 17 February: the barrage was on Tuesday the 14th
    text = (
        "Moscow launched seventy missiles at Ukrainian cities on Tuesday. "
        "Officials called it the heaviest barrage since October. "
        "The next day, half of Odesa was still without power."
    )
    assert ("The next day", "DATE", "2023-02-15") in _times(nlp, text, "2023-02-17")


def test_next_day_follows_a_day_when_a_year_is_background_in_its_sentence(nlp):
    text = (
        "Marines stormed the island on Sunday, their largest landing since 2015. "
        "The next day they pulled back to the shore."
    )
    assert ("The next day", "DATE", "2023-02-13") in _times(nlp, text, "2023-02-15")


def test_next_day_after_a_month_alone_is_still_that_month(nlp):
    text = (
        "Russian columns left the north of the country in March. The next day, inspectors reached the town."
    )
    assert ("The next day", "DATE", "2022-03") in _times(nlp, text, "2022-06-10")


def test_capitalized_season_after_a_name_is_an_era_not_a_campaign(nlp):
    assert _times(nlp, "Observers praised the Arab Spring elections in Tunisia.", "2023-03-01") == []


def test_latest_period_of_something_is_no_reporting_period(nlp):
    text = "The latest period of calm on the southern front ended on Sunday."
    assert _times(nlp, text, "2023-02-15") == [("Sunday", "DATE", "2023-02-12")]


def test_a_campaign_season_in_a_past_clause_is_the_one_that_has_been(nlp):
    # written in March 2023: the summer offensive that failed was 2022's
    assert _times(nlp, "The army's summer offensive failed within weeks.", "2023-03-01") == [
        ("summer", "DATE", "2022-SU"),
        ("weeks", "DURATION", "PXW"),
    ]
    assert ("spring", "DATE", "2023-SP") in _times(nlp, "Kyiv is readying a spring offensive.", "2023-03-01")


def test_season_then_a_conjunction_is_the_season(nlp):
    text = "Families left the village in the spring and came back in the fall."
    assert _times(nlp, text, "2023-11-20") == [
        ("the spring", "DATE", "2023-SP"),
        ("the fall", "DATE", "2023-FA"),
    ]
    assert _times(nlp, "Exporters were hurt by the fall in the hryvnia.", "2023-11-20") == []


def test_season_of_that_year_takes_the_year_last_named(nlp):
    text = "The first war broke out in 1992. The militias regrouped in the spring of the following year."
    assert ("the spring of the following year", "DATE", "1993-SP") in _times(nlp, text, "2023-02-15")
    text = "Rebels seized the airport in 2014. In the fall of that same year, they lost the port."
    assert ("the fall of that same year", "DATE", "2014-FA") in _times(nlp, text, "2023-02-15")


def test_and_that_month_is_an_anaphor_unless_a_verb_follows(nlp):
    text = "The siege began in 1992. Supplies ran short, and that September a truce was agreed."
    assert ("that September", "DATE", "1992-09") in _times(nlp, text, "2023-02-15")
    text = "The envoy said the talks had stalled and that January would decide the matter."
    assert ("January", "DATE", "2023-01") in _times(nlp, text, "2023-02-15")


def test_month_naming_a_revolution_is_no_time(nlp):
    text = "Finland declared independence in 1917, weeks after the October Revolution."
    assert [t for t in _times(nlp, text, "2022-06-10") if t[0] == "October"] == []


def test_a_week_later_after_a_month_alone_is_that_month_not_a_week_from_publication(nlp):
    text = "Gunmen took over the council building in April 2014. A week later, they declared a republic."
    assert ("A week later", "DATE", "2014-04") in _times(nlp, text, "2022-03-01")


def test_that_month_after_since_or_after_is_the_anaphor(nlp):
    text = "The five-day war of 2008 redrew the map. Since that August, Russian garrisons have stayed."
    assert ("that August", "DATE", "2008-08") in _times(nlp, text, "2023-02-15")
