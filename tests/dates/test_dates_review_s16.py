"""Session 16 review probes: own sentences in the style of war reporting, each labelled with the
TIMEX3 value a careful annotator gives it before the code was run (publication dates on several
weekdays and across year ends), aimed where the session's new readings could go wrong: a future
verb after a time in a relative or quoted clause, run-in "On <day>," openers after other headlines,
a story's week next to this week's news, "that weekend", "-long" compounds, and near-misses.
None means no time."""

import pytest
from date_probe import value_at

# (published, sentence, expression (its last occurrence), value or None)
PROBES = [
    ("2023-03-15", "Officials said the convoy, which on Friday will cross into Kherson, carries medicine.", "Friday", "2023-03-17"),
    ("2023-03-15", '"The minister on Friday will sign the order," his spokesman said.', "Friday", "2023-03-17"),
    ("2024-12-31", "He said the envoy on Thursday would travel to Kyiv.", "Thursday", "2025-01-02"),
    ("2023-09-08", "The soldiers who on Monday will be discharged fought in Bakhmut.", "Monday", "2023-09-11"),
    ("2023-09-08", "The missiles fired on Tuesday will be examined by experts.", "Tuesday", "2023-09-05"),
    ("2023-11-30", "Zelenskiy on Saturday won't attend the summit.", "Saturday", "2023-12-02"),
    ("2023-02-06", "Explosions heard in Kyiv - live On Sunday, Russian missiles struck the capital.", "Sunday", "2023-02-05"),
    ("2023-02-06", "Heavy fighting around Bakhmut On Sunday, the general staff reported 40 attacks.", "Sunday", "2023-02-05"),
    ("2023-10-06", "Russia steps up attacks in the east On Monday, troops who are dug in near Avdiivka said they were shelled.", "Monday", "2023-10-02"),
    ("2023-10-06", "Kyiv prepares for winter On Monday, the mayor said heating will start in two weeks.", "Monday", "2023-10-02"),
    ("2023-07-10", "Russia launched its invasion on Thursday, 24 February 2022. On Saturday, Zelenskiy marked 500 days of the war.", "Saturday", "2023-07-08"),
    ("2024-01-10", "Russia launched 122 missiles on Friday, 29 December 2023. On Saturday, Ukraine struck Belgorod.", "Saturday", "2023-12-30"),
    ("2023-03-06", "Wagner fighters entered the centre of Bakhmut on Thursday 2 March. That weekend, the last bridges were destroyed.", "That weekend", "2023-W09-WE"),
    ("2022-10-12", "The Crimean bridge was hit on Saturday 8 October. That weekend, Russia prepared its reply.", "That weekend", "2022-W40-WE"),
    ("2023-01-03", "Drones hit Kyiv on New Year's Eve. That weekend, air raid sirens sounded for hours.", "That weekend", "2022-W52-WE"),
    ("2023-03-01", "Ukraine ended a year-long blockade of the port.", "year", "P1Y"),
    ("2023-03-01", "The decades-long dispute over the border flared again.", "decades", "PXDE"),
    ("2023-03-01", "Russian forces launched a 10-day-long offensive near Vuhledar.", "10-day", "P10D"),
    ("2023-03-01", "Marines fought a day-long battle for the village.", "day", "P1D"),
    ("2023-03-01", "Both sides observed a week-long ceasefire.", "week", "P1W"),
    ("2023-05-05", "Today in Focus podcast: the battle for Bakhmut", "Today", None),
    ("2023-05-05", "Diplomats discussed the future security situation in Europe.", "future", None),
    pytest.param(
        "2023-06-11", "The ministry disclosed the losses last week.", "last week", "2023-W23",
        marks=pytest.mark.xfail(strict=True, reason="a Sunday's 'last week' as the week ending that day was tried and not kept: TimeBank's annotators read it both ways (tune-b fell 0.877 -> 0.868)"),
    ),
]  # fmt: skip

# Controls for the three fixes: the same words where they are times
CONTROLS = [
    ("2023-05-05", "Today the ministry opened a new show of captured tanks in Kyiv.", "Today", "2023-05-05"),
    ("2023-05-05", "The minister told the Today programme that talks had failed.", "Today", None),
    ("2023-05-05", "Nobody can say what the future holds for the city.", "future", "FUTURE_REF"),
    ("2023-05-05", "Kyiv will rebuild the bridge in the future.", "future", "FUTURE_REF"),
    ("2023-06-12", "The ministry disclosed the losses last week.", "last week", "2023-W23"),
    ("2023-06-11", "The ministry will disclose the losses next week.", "next week", "2023-W24"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), PROBES + CONTROLS)
def test_review_s16_probe(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times
