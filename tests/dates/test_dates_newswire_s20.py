"""Session 20 blind set: TimeBank-style newswire sentences of our own wording, labelled with
TIMEX3 values before the code was run (`dates_newswire_s20_cases.py`). At the start of the
session 79 of 84 were right; the four still open are conventions where the label and the
project (following TimeBank's own annotation) differ, kept as strict xfails with the reason."""

import pytest
from date_probe import value_at, with_open
from dates_newswire_s20_cases import NEWSWIRE, NEWSWIRE_HARDER

_OPEN = {
    "The report is published annually.": (
        "the label took the guidelines' P1Y; TimeBank writes 'annually' XXXX, as the project does"
    ),
    "The magazine is published weekly.": (
        "the label took P1W; the project writes an adverb of frequency as its repeating unit "
        "(XXXX-WXX), as TimeBank writes 'daily' XXXX-XX-XX"
    ),
    "The ceasefire took effect at midnight.": (
        "the label wrote T24:00; the project gives a clock time at the granularity the text gives "
        "it (T24, as '5 p.m.' is T17)"
    ),
    "The company was founded in 1985. A decade later it was sold.": (
        "the label counted ten years (1995); the project keeps the unit's granularity, the decade "
        "199, as 'two weeks ago' is a week"
    ),
}


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(NEWSWIRE + NEWSWIRE_HARDER, _OPEN))
def test_newswire_time_s20(nlp, published, sentence, text, value):
    got, found = value_at(nlp, published, sentence, text)
    assert got == value, found
