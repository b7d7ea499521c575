"""An event's date: a day in its sentence, else the week, month, season or year its own clause
names ("in February" is 2023-02, never the publication day), else the paragraph's running day,
else publication; bounds ("since February", "beyond 2020") date nothing."""

from __future__ import annotations

import pytest


def _dates(pipeline, text, published="2023-02-15"):
    return [(e.date, e.date_precision) for e in pipeline(text, published=published).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February, Russian missiles hit a power plant in Kyiv.", ("2023-02", "own")),
        ("Russian forces shelled Kharkiv two weeks ago, killing three civilians.", ("2023-W05", "own")),
        ("Last year Russian troops captured Kherson.", ("2022", "own")),
        ("Ukrainian troops recaptured the village on Sunday.", ("2023-02-12", "own")),
    ],
)
def test_an_event_takes_the_time_its_clause_names_at_its_granularity(pipeline, text, expected):
    assert _dates(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have shelled the town since February, officials said.",
        "By the summer, Ukrainian troops had retaken the city.",
    ],
)
def test_a_bound_of_the_act_is_not_its_date(pipeline, text):
    assert _dates(pipeline, text)[:1] == [("2023-02-15", "publication")]


def test_a_day_in_the_sentence_wins_over_a_coarser_time(pipeline):
    text = "On Monday, a week of shelling ended when a missile hit the station in Kramatorsk."
    assert [d for d, _ in _dates(pipeline, text)] == ["2023-02-13"]
