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
