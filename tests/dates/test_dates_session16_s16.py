"""Session 16 blind batches: own sentences in the style of war reporting, each labelled with the
TIMEX3 value a careful annotator gives it before the code was run (publication dates on several
weekdays, some across a year end). None means no time."""

import pytest
from date_probe import value_at

from sitrep.dates.stage import times_of

# (published, sentence, expression (its last occurrence), value or None)
# A time between a subject and a future verb ("The envoy on Friday will brief ...") dates that
# verb, as the same order with a past verb does; near-misses keep their own clause's reading.
FUTURE_ORDER = [
    ("2023-03-15", "The UN envoy on Friday will brief the Security Council.", "Friday", "2023-03-17"),
    ("2024-12-30", "Ukraine's foreign minister on Thursday will meet his Polish counterpart in Warsaw.", "Thursday", "2025-01-02"),
    ("2023-06-10", "The defence ministry on Monday will publish its casualty figures.", "Monday", "2023-06-12"),
    ("2022-11-04", "Zelenskiy on Tuesday will address the G20 summit by video.", "Tuesday", "2022-11-08"),
    ("2023-09-06", "The Kremlin on Monday said it will reply on Friday.", "Friday", "2023-09-08"),
    ("2023-09-06", "The Kremlin on Monday said it will reply on Friday.", "Monday", "2023-09-04"),
    ("2023-09-06", "The envoy on Monday warned that the talks will fail.", "Monday", "2023-09-04"),
    ("2023-09-06", "The envoy who arrived on Monday will brief reporters.", "Monday", "2023-09-04"),
    ("2023-01-01", "The Pentagon on Wednesday will announce a new aid package.", "Wednesday", "2023-01-04"),
    ("2023-07-19", "Officials on Friday would not say where the missiles struck.", "Friday", "2023-07-14"),
    ("2023-05-02", "NATO ministers on Thursday are expected to approve the plan.", "Thursday", "2023-05-04"),
    ("2023-05-02", "Parliament on Sunday will vote on the bill.", "Sunday", "2023-05-07"),
    ("2023-10-27", "The court in Kyiv on Monday will hear the appeal.", "Monday", "2023-10-30"),
]  # fmt: skip

# A headline run into a live blog's first line with no full stop: the capitalised "On <day>,"
# opens the first line's own clause, whose verb dates it, not the headline's present verb.
RUN_IN = [
    ("2023-10-04", "Russia steps up attacks in the east On Monday, the military said 12 towns were shelled.", "Monday", "2023-10-02"),
    ("2024-01-02", "Kyiv braces for more strikes On Sunday, Russian drones hit an energy plant.", "Sunday", "2023-12-31"),
    ("2023-06-14", "Ukraine presses on with counteroffensive On Friday, the president will visit troops in the south.", "Friday", "2023-06-16"),
    ("2023-06-14", "Grain deal in doubt On Tuesday, Turkey said talks would resume.", "Tuesday", "2023-06-13"),
    ("2023-03-04", "EU agrees new sanctions package On Thursday, ministers approved the list.", "Thursday", "2023-03-02"),
    ("2023-05-03", "Talks to Resume On Monday, Diplomats Say", "Monday", "2023-05-08"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), FUTURE_ORDER)
def test_future_verb_after_time(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


@pytest.mark.parametrize(("published", "sentence", "text", "value"), RUN_IN)
def test_run_in_opener(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# A story of another year that dates a day with its weekday ("on Wednesday, 20 August 2014")
# counts by weekdays: a later weekday of that week, or its weekend, in the next sentences is
# the story's, not the publication week's. A day dated without its weekday, a weekday of another
# week and a future verb stay the news's own.
STORY_WEEK = [
    ("2023-06-14", "The battalion reached Ilovaisk on Wednesday, 20 August 2014. On Friday, it was encircled.", "Friday", "2014-08-22"),
    ("2022-07-20", "The aide wrote to the mayor on Monday, 5 August 2013. On Thursday, the mayor agreed to the trip.", "Thursday", "2013-08-08"),
    ("2023-06-14", "On Wednesday, 20 August 2014, the battalion reached Ilovaisk. By Saturday, it had been encircled.", "Saturday", "2014-08-23"),
    ("2024-01-03", "Russian troops began leaving Kherson on Tuesday, 8 November 2022. On Friday, Ukrainian soldiers entered the city.", "Friday", "2022-11-11"),
    ("2023-06-14", "Russia invaded on 24 February 2022. On Tuesday, Zelenskiy said the war would end in victory.", "Tuesday", "2023-06-13"),
    ("2023-06-14", "Russia invaded on Thursday, 24 February 2022. On Tuesday, Zelenskiy said the war would end in victory.", "Tuesday", "2023-06-13"),
    ("2023-06-14", "He was arrested on Saturday, 3 May 2014. Officials on Tuesday said he would be freed.", "Tuesday", "2023-06-13"),
    ("2025-01-06", "The order was signed on Friday, 27 December 2019. On Saturday, the first prisoners were exchanged.", "Saturday", "2019-12-28"),
    ("2025-01-06", "The order was signed on Friday, 27 December 2019. On Saturday, the ministry will publish the list.", "Saturday", "2025-01-11"),
    ("2023-06-14", "The court heard the case on Tuesday, 13 January 2015. The verdict came on Thursday.", "Thursday", "2015-01-15"),
    ("2023-06-14", "The battalion reached Ilovaisk on Wednesday, 20 August 2014. At the weekend, it was encircled.", "the weekend", "2014-W34-WE"),
    pytest.param(
        "2023-06-14", "The battalion reached Ilovaisk on Wednesday, 20 August 2014. On Monday, it was encircled.", "Monday", "2014-08-25",
        marks=pytest.mark.xfail(strict=True, reason="a weekday of the next week: 'Russia invaded on Thursday, 24 February 2022. On Tuesday, Zelenskiy said' reads the same and is the news's"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), STORY_WEEK)
def test_weekday_in_a_story_week(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# "That weekend" points back like "that week": the weekend of the day last named, in a story or
# in the news; with no day named before it there is nothing to point at.
THAT_WEEKEND = [
    ("2023-06-14", "The battalion reached Ilovaisk on 20 August 2014. That weekend, it was encircled.", "That weekend", "2014-W34-WE"),
    ("2024-01-03", "The talks opened in Geneva on 12 December 2023. That weekend, the delegations flew home.", "That weekend", "2023-W50-WE"),
    ("2023-06-14", "Shelling hit the city on Thursday. That weekend, residents fled.", "That weekend", "2023-W23-WE"),
    ("2023-01-02", "The strike hit Dnipro on 31 December. That weekend, crews searched the rubble.", "That weekend", "2022-W52-WE"),
    pytest.param(
        "2023-06-14", "Nobody in the village slept that weekend.", "that weekend", None,
        marks=pytest.mark.xfail(strict=True, reason="an anaphor with nothing named before it counts from publication, as 'that week' and 'that day' do (the publication week's weekend)"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), THAT_WEEKEND)
def test_that_weekend(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


# "a weeks-long siege": the article belongs to the compound ("a [weeks-long] siege"), so the time
# is the vague count of units alone, not one unit; a singular unit keeps its article as a count.
UNITS_LONG = [
    ("2023-03-01", "Ukrainian troops held out through a weeks-long siege of the plant.", "weeks", ("weeks", "PXW")),
    ("2023-03-01", "The town fell after a months-long battle for the high ground.", "months", ("months", "PXM")),
    ("2023-03-01", "Refugees fled a years-long war in the east.", "years", ("years", "PXY")),
    ("2023-03-01", "Drivers faced an hours-long wait at the border.", "hours", ("hours", "PTXH")),
    ("2023-03-01", "The siege lasted a week.", "week", ("a week", "P1W")),
    ("2023-03-01", "Recruits get a few weeks of training.", "weeks", ("a few weeks", "PXW")),
    ("2023-03-01", "Both sides agreed a two-week truce.", "two-week", ("two-week", "P2W")),
    ("2023-03-01", "The deal came after weeks-long talks in Istanbul.", "weeks", ("weeks", "PXW")),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "expected"), UNITS_LONG)
def test_units_long_compound(nlp, published, sentence, text, expected):
    start = sentence.rindex(text)
    end = start + len(text)
    times = [(t.text, t.value) for t in times_of(nlp(sentence), published) if t.start < end and start < t.end]
    assert times[:1] == [expected], times
