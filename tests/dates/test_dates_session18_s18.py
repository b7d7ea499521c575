"""Session 18 readings, each with sentences of our own labelled before the run: "the new year",
an adverb of frequency before another adverb, a present verb the tagger reads as an adjective."""

import pytest
from date_probe import value_at

# "the new year": the year that begins nearest publication (late in a year, the next one; early,
# the one just begun); "the New Year holiday" and "New Year's Eve" are days, not this phrase.
NEW_YEAR = [
    ("2023-12-29", "The government plans to mobilise more troops in the new year.", "the new year", "2024"),
    ("2022-11-21", "Officials warned that blackouts would continue into the new year.", "the new year", "2023"),
    ("2024-01-16", "Prices have risen sharply since the start of the new year.", "the new year", "2024"),
    ("2023-12-20", "Kyiv expects the new year holiday to pass without a truce.", "the new year holiday", None),
    (None, "Talks are expected to resume in the new year.", "the new year", None),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), NEW_YEAR)
def test_the_new_year(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# An adverb of frequency is one still when another adverb follows it ("run daily again"); before a
# noun it is an adjective and left unmarked ("daily newspapers").
FREQUENCY = [
    ("2025-06-01", "Trains to Kharkiv run daily again.", "daily", "XXXX-XX-XX"),
    ("2024-03-04", "The shelters are checked weekly now, the mayor said.", "weekly", "XXXX-WXX"),
    ("2024-03-04", "The report is published monthly too.", "monthly", "XXXX-XX"),
    ("2024-03-04", "Local daily newspapers stopped printing.", "daily", None),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), FREQUENCY)
def test_frequency_adverb_before_adverb(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# "The talks open in Vienna on Friday": the tagger reads "open" as an adjective heading the
# sentence with a subject and no copula; it is a present verb of a schedule, so the next Friday.
# "The crossing was open on Thursday" has its copula and keeps the past.
SCHEDULE = [
    ("2024-07-25", "The talks open in Vienna on Friday.", "Friday", "2024-07-26"),
    ("2023-03-13", "The exhibition opens in Lviv on Thursday.", "Thursday", "2023-03-16"),
    ("2023-03-13", "The crossing was open on Thursday.", "Thursday", "2023-03-09"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), SCHEDULE)
def test_present_schedule_misread_as_adjective(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times
