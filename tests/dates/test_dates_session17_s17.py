"""Session 17 blind batches: own sentences in the style of war reporting, each labelled with the
TIMEX3 value a careful annotator gives it before the code was run (publication dates on several
weekdays, some across a year end, one with none). None means no time."""

import pytest
from date_probe import value_at

# (published, sentence, expression (its last occurrence), value or None)
# "the following June", "the previous December": the first such month after (before) the time
# last named, as "the following spring" and "the following Tuesday" are; not a month counted from
# publication, and not the news's own month when publication is near it.
FOLLOWING_MONTH = [
    ("2023-04-12", "The ceasefire was signed in September 2014. The following February, a second deal was reached in Minsk.", "The following February", "2015-02"),
    ("2022-01-03", "Russian troops massed on the border in November 2021, and the following January they began to move.", "the following January", "2022-01"),
    ("2024-06-07", "The reservoir drained after the dam burst in June 2023; by the following March, grass grew on its bed.", "the following March", "2024-03"),
    (None, "The siege began in July 1941. The following September, the city was encircled.", "The following September", "1941-09"),
    ("2023-09-30", "Bakhmut fell in May 2023. The previous December, Zelenskiy had visited the town.", "The previous December", "2022-12"),
    ("2023-02-24", "In August 2022 the plant lost power; the next October it was shelled again.", "the next October", "2022-10"),
    ("2023-05-10", "The minister visited Kharkiv in March and promised to return the following June.", "the following June", "2023-06"),
    ("2023-12-29", "The city was liberated on 11 November 2022; the following January, power returned.", "the following January", "2023-01"),
    # controls: a plain "next June", a "following" that is no time, a month after it
    ("2023-11-20", "Officials said the bridge would reopen next June.", "next June", "2024-06"),
    ("2023-03-15", "The following statement was issued in March.", "March", "2023-03"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), FOLLOWING_MONTH)
def test_following_month(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# A weekday after a weekday-dated day of another year is that day's week in a narrative, but a
# sentence that marks the time since that day (an anniversary, "marked 500 days") is told now.
STORY_WEEK_NOW = [
    ("2023-07-10", "Russian troops crossed the border on Thursday, 24 February 2022. On Saturday, Kyiv marked 500 days since the invasion.", "Saturday", "2023-07-08"),
    ("2024-02-26", "The invasion began on Thursday, 24 February 2022. On Saturday, Zelenskiy marked the second anniversary with foreign leaders in Kyiv.", "Saturday", "2024-02-24"),
    ("2024-01-02", "The dam was blown up on Tuesday, 6 June 2023. On Sunday, villages were still under water, nearly seven months after the flood.", "Sunday", "2023-12-31"),
    ("2023-02-27", "Russia invaded on Thursday, 24 February 2022. On Friday, crowds marked one year of the war in Kyiv.", "Friday", "2023-02-24"),
    ("2023-06-05", "Mariupol was encircled on Tuesday, 1 March 2022. On Saturday, former residents marked 15 months since the siege began.", "Saturday", "2023-06-03"),
    # controls: the story's own week
    ("2023-08-21", "The Moskva sank on Thursday, 14 April 2022. On Friday, the navy said two missiles had hit it.", "Friday", "2022-04-15"),
    ("2025-01-06", "The offensive began on Tuesday, 6 August 2024. On Saturday, Ukrainian troops marked their advance with a flag over Sudzha.", "Saturday", "2024-08-10"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), STORY_WEEK_NOW)
def test_weekday_told_now_after_a_story_week(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# "by then" in a clause that looks ahead with a perfect under "likely" ("is likely to have spread")
# is a time still to come, not a passed time named before it; "were likely to have fled" looks back.
THEN_AHEAD = [
    ("2022-07-24", "The strain was first found in 2007. Experts said it could take a year or more to contain the outbreak. By then, the virus is likely to have reached every region.", "By then", None),
    ("2023-11-13", "The dam was destroyed in June 2023. Engineers say rebuilding may take years; by then the reservoir bed is likely to have turned into forest.", "by then", None),
    ("2023-03-01", "The siege began in 2014. By then, most residents were likely to have fled.", "By then", "2014"),
    ("2024-01-01", "Pilots are expected to finish training in the summer, and by then the first jets are likely to have arrived.", "by then", "2024-SU"),
    ("2023-05-17", "Russia annexed Crimea in 2014. By then, the peninsula's airfields had already been seized.", "By then", "2014"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), THEN_AHEAD)
def test_then_ahead_of_a_likely_perfect(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# A time between a subject and "would" in a clause a past verb reports ("He said the envoy on
# Thursday would travel") is a future seen from the saying, as "said ... would travel on Thursday"
# is; "Officials on Friday would not say" (a refusal, in no reported clause) stays past.
WOULD_ORDER = [
    ("2024-12-31", "He said the envoy on Thursday would travel to Kyiv.", "Thursday", "2025-01-02"),
    ("2023-03-13", "The ministry said the delegation on Wednesday would meet Turkish mediators.", "Wednesday", "2023-03-15"),
    ("2023-10-06", "Peskov said Putin on Tuesday would chair a meeting of the security council.", "Tuesday", "2023-10-10"),
    ("2022-12-30", "Kyiv said its foreign minister on Monday would visit Ankara.", "Monday", "2023-01-02"),
    # controls
    ("2023-07-19", "Officials on Friday would not say where the missiles struck.", "Friday", "2023-07-14"),
    ("2023-05-02", "The general on Sunday would only say that the offensive had begun.", "Sunday", "2023-04-30"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), WOULD_ORDER)
def test_would_after_a_time_in_a_reported_clause(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times
