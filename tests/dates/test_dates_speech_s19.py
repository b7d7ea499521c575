"""Session 19: times inside reported speech and plans, read from the time of a dated saying, and
"the new year" of a plan; the same times outside speech keep publication as their reference.
The cases (`dates_speech_s19_cases.py`) were labelled before the code was run on them."""

import pytest
from date_probe import value_at, with_open
from dates_speech_s19_cases import DATED_SAYING, OUTSIDE, PLANS, UNDATED_SAYING

# Still wrong, by the labels: each says why.
_OPEN = {
    "A year ago, the Kremlin said the operation would be finished by the autumn.": (
        '"A year ago" is valued as the year 2022, and the autumn seen from a saying somewhere in '
        "2022 may be 2022's or 2023's, so none is given; the label reads the saying a year to the "
        "month before publication"
    ),
}


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(DATED_SAYING, _OPEN))
def test_time_inside_a_dated_saying(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(UNDATED_SAYING, _OPEN))
def test_time_inside_an_undated_saying(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(PLANS, _OPEN))
def test_the_new_year_of_a_plan(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(OUTSIDE, _OPEN))
def test_the_same_times_outside_speech(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times
