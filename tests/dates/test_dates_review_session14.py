"""Review of session 14: probes of the session's rules on text other than the writer's, each
labelled before it was run (publication dates on five weekdays, two across a year end). The clock
after "every/each" must name a period, a story ends when only weekdays of the news follow it, a
year naming a kind of thing dates no verb, "adjourned"/"suspended"/"delayed" stop what was under
way, a day a plan is set on may be ahead, "the following spring" is a time."""

import pytest

from sitrep.dates.stage import times_of

# (published, sentence, expression, value); 17 labelled before any run, 7 wrong at the session's end
PROBES = [
    # a plan set on a day is not over ("was scheduled on" written early in the year: the coming spring)
    ("2023-01-20", "The offensive was planned for the spring. Elections were scheduled on March 31.", "March 31", "2023-03-31"),
    ("2024-01-09", "The handover of the bridge was planned on 1 April.", "1 April", "2024-04-01"),
    ("2024-01-02", "The commander was killed on 30 December.", "30 December", "2023-12-30"),
    ("2023-02-15", "The militia had seized the airport on 3 March, the report said.", "3 March", "2022-03-03"),
    # weekdays of the news keep no story of 2014 alive
    ("2023-06-10", "The rebels seized the airport in May 2014. Friday's talks in Minsk ended without a deal. Monday's deadline for a prisoner exchange passed. Shelling resumed after Wednesday's meeting. The mayor fled the city on 12 March.", "12 March", "2023-03-12"),
    ("2023-01-04", "In 2015 the separatists seized the airport. On 28 December, drones hit the terminal.", "28 December", "2022-12-28"),
    ("2023-12-05", "Veterans of the 2014 protests marched on the square again on 2 September.", "2 September", "2023-09-02"),
    # the day of cancelling is the verb's; a held hearing adjourned is over
    ("2023-02-15", "The prisoner exchange was cancelled on Friday.", "Friday", "2023-02-10"),
    ("2023-02-15", "Moscow cancelled the talks on Friday, citing security concerns.", "Friday", "2023-02-10"),
    ("2023-03-08", "The hearing on Monday was adjourned after the defendant collapsed.", "Monday", "2023-03-06"),
    ("2023-03-08", "The aid convoy on Tuesday was delayed for hours at a checkpoint.", "Tuesday", "2023-03-07"),
    # a clock time recurs only with a period after "every/each"
    ("2023-05-03", "Every unit left the base at 6am.", "6am", "2023-05-03T06"),
    ("2023-05-03", "The two sides exchanged fire at 7am every day.", "7am", "XXXX-XX-XXT07"),
    ("2023-05-03", "Each side withdrew at 7am.", "7am", "2023-05-03T07"),
    # the previous / following season
    ("2023-06-10", "The fighting in spring 2022 was fierce; the previous winter had been quiet.", "the previous winter", "2021-WI"),
    ("2023-06-10", "The town fell in October 2022. The following spring, Ukrainian troops retook it.", "The following spring", "2023-SP"),
    ("2024-01-03", "The dam was breached on 6 June 2023. The previous summer, engineers had warned of cracks.", "The previous summer", "2022-SU"),
]  # fmt: skip

# labelled after reading the called-off rule, where the nearer weekday is the coming one (a Friday)
AFTER = [
    ("2024-02-16", "The hearing on Monday was adjourned after the defendant collapsed.", "Monday", "2024-02-12"),
    ("2024-02-16", "The aid convoy on Monday was delayed for six hours at a checkpoint.", "Monday", "2024-02-12"),
    ("2024-02-16", "The session on Monday was suspended after an air-raid alert.", "Monday", "2024-02-12"),
    ("2024-02-16", "The prisoner exchange on Monday was postponed.", "Monday", "2024-02-19"),
    ("2023-05-03", "Every unit left at 6am.", "6am", "2023-05-03T06"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), PROBES + AFTER)
def test_review_session14_sentence(nlp, published, sentence, text, value):
    start = sentence.index(text)
    end = start + len(text)
    times = times_of(nlp(sentence), published)
    found = [t.value for t in times if t.start < end and start < t.end]
    assert found[:1] == [value], [(t.text, t.value) for t in times]


def test_the_following_fall_of_a_city_is_no_time(nlp):
    """ "the following fall of <a place>" is an event, as "that fall of the city" is."""
    times = times_of(nlp("The following fall of Mariupol shocked Kyiv."), "2023-06-10")
    assert [t.text for t in times] == []
