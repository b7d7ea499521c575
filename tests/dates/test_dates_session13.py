"""Session 13 (issue #4): a blind batch of war-reporting sentences, each labelled with the TIMEX3
value a careful annotator gives it before the code was changed or run. Two readings: a period
something is published "for" ("will publish its casualty figures for November", written in
December) is the nearest such period, already begun or just ended, not a month after the
publishing; and after "last", "next", "this" or "in" a month's bare number followed by a noun
counts that noun ("Since last March 3 soldiers have deserted"), it is not the day."""

import pytest

from sitrep.dates.stage import times_of

# (published, sentence, expression, type, value); publication weekdays vary, several cross a year
BLIND = [
    ("2023-12-28", "The ministry will publish its casualty figures for November next week.", "November", "DATE", "2023-11"),
    ("2024-01-03", "The statistics office will release its data for December on Friday.", "December", "DATE", "2023-12"),
    ("2023-10-10", "The agency will publish its report for November in early December.", "November", "DATE", "2023-11"),
    ("2023-12-28", "Parliament will reschedule the vote for November.", "November", "DATE", "2024-11"),
    ("2023-03-20", "Since last March 3 soldiers have deserted from the unit.", "last March", "DATE", "2022-03"),
    ("2023-03-20", "In March 4 civilians were killed by shelling in the town.", "March", "DATE", "2023-03"),
    ("2024-01-05", "Since last November 12 villages have been retaken by the army.", "last November", "DATE", "2023-11"),
    ("2023-06-14", "On March 3 troops entered the city from the north.", "March 3", "DATE", "2023-03-03"),
    ("2022-09-05", "Last March 12 people were killed when a missile hit the station.", "Last March", "DATE", "2022-03"),
    ("2024-12-31", "Next January 5 brigades will rotate out of the front.", "Next January", "DATE", "2025-01"),
    ("2023-11-27", "The governor said the figures for October would be released this week.", "October", "DATE", "2023-10"),
    ("2023-02-01", "The central bank will publish its inflation data for January on Friday.", "January", "DATE", "2023-01"),
    ("2023-07-03", "Kyiv will publish the harvest figures for August in September.", "August", "DATE", "2023-08"),
    ("2022-12-30", "The army said on Friday that 14 soldiers died last month.", "last month", "DATE", "2022-11"),
    ("2023-01-10", "The ministry will publish its figures for the fourth quarter next week.", "the fourth quarter", "DATE", "2022-Q4"),
    pytest.param(
        "2024-01-08",
        "The UN will present its report on civilian deaths in December to the council.",
        "December",
        "DATE",
        "2023-12",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parse hangs 'in December' on 'present', so the month takes the future verb's tense; "
            "it dates the deaths the report is on, which the parse does not say",
        ),
    ),
]  # fmt: skip

# written after the change, to hold its edges: a passive, a number that is the day, a near future
AFTER = [
    ("2023-12-28", "Casualty figures for November will be published next week.", "November", "DATE", "2023-11"),
    ("2023-03-20", "Since last March, 3 soldiers have deserted from the unit.", "last March", "DATE", "2022-03"),
    ("2023-03-20", "The offensive began on March 3 and stalled within a week.", "March 3", "DATE", "2023-03-03"),
    ("2023-03-20", "Talks will resume next March 3 at the earliest.", "next March 3", "DATE", "2024-03-03"),
    ("2023-12-28", "The ministry will hold elections in November.", "November", "DATE", "2024-11"),
]  # fmt: skip


# batch 2, labelled before the change: a count forward in a past clause ends by publication, so it
# counts from the last earlier time it can ("two weeks ago" between the history and the count is
# another thread); a future clause keeps its count
LATER = [
    ("2022-06-10", "The fortress surrendered in 1808. Maria, 26, arrived in the town two weeks ago. Fifty years later, the tsar granted the region autonomy.", "Fifty years later", "DATE", "1858"),
    ("2023-03-14", "The treaty was signed in 1920. On Monday, the museum reopened its doors. Ten years later, the border was closed.", "Ten years later", "DATE", "1930"),
    ("2023-03-14", "The ceasefire was signed on Monday. Two days later, the guns will fall silent.", "Two days later", "DATE", "2023-03-15"),
    ("2022-12-30", "The plant was built in 1984. Two years later, reactor four exploded.", "Two years later", "DATE", "1986"),
    ("2024-01-02", "The siege began in 1941. Last week, veterans laid flowers at the memorial. Two years later, the city was freed.", "Two years later", "DATE", "1943"),
]  # fmt: skip


# batch 3, labelled before the change: "then" in a future clause is a time still to come, so a
# time named before it that has passed is not what it points at (no time is given); the last two
# were written after the first version, which dropped a "then" pointing at this month
THEN = [
    ("2023-05-10", "The city fell in 2014. Engineers say rebuilding will take a decade. By then, most residents will have left.", None),
    ("2023-05-10", "The offensive began in March. By then, the army had lost half its tanks.", "2023-03"),
    ("2022-11-21", "The talks will resume on December 5. Until then, the ceasefire will hold.", "2022-12-05"),
    ("2022-08-15", "Kyiv was last struck on 28 April. Since then, the capital has been calm.", "2022-04-28"),
    ("2022-07-24", "The outbreak was first seen in 2007. It may take a year to control it, and by then the virus will have spread widely.", None),
    ("2022-07-24", "The disease was first described in 2007. Experts say it could take a year to contain, and by then it is likely to have infected thousands.", None),
    ("2023-05-10", "Kyiv must repay the loan by the end of May. By then, it will need $2bn.", "2023-05"),
    ("2023-05-10", "The talks began on Monday. By then, the envoys will have met twice.", None),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "value"), THEN)
def test_then_in_a_future_clause(nlp, published, sentence, value):
    start = sentence.rindex("then")
    times = times_of(nlp(sentence), published)
    found = [t.value for t in times if t.start < start + 4 and start < t.end]
    assert found == ([value] if value else []), [(t.text, t.value) for t in times]


# batch 4, labelled before the change: a year an editor adds in brackets dates the day or month before it
BRACKETED = [
    ("2022-07-29", '"We will meet on 23 June [2014] in Moscow," the aide wrote.', "23 June", "DATE", "2014-06-23"),
    ("2023-02-01", '"The brigade left on March 3 [2022] and never came back," he said.', "March 3", "DATE", "2022-03-03"),
    ("2023-02-01", '"They shelled us in May [2022] and again in the autumn," she said.', "May", "DATE", "2022-05"),
    # a month-day in a past clause is over however far back (it reached 300 days until session 14)
    ("2023-02-01", "Troops arrived on 3 March [local time] after a long march.", "3 March", "DATE", "2022-03-03"),
    ("2024-01-09", '"On 5 December [2023] the drones came at night," the mayor recalled.', "5 December", "DATE", "2023-12-05"),
]  # fmt: skip


def _found(nlp, published, sentence, text):
    start = sentence.index(text)
    end = start + len(text)
    times = times_of(nlp(sentence), published)
    return [(t.type, t.value) for t in times if t.start < end and start < t.end], times


@pytest.mark.parametrize(
    ("published", "sentence", "text", "type_", "value"), BLIND + AFTER + LATER + BRACKETED
)
def test_session13_sentence(nlp, published, sentence, text, type_, value):
    found, times = _found(nlp, published, sentence, text)
    assert found[:1] == [(type_, value)], [(t.text, t.type, t.value) for t in times]


def test_counts_after_months_stay_linear(nlp, stays_linear):
    """The count check looks at a fixed window after each match: a run-on sentence stays cheap."""
    text_of = lambda n: "Since last March 3 soldiers have deserted and " * n + "more left."  # noqa: E731
    stays_linear(lambda doc: times_of(doc, "2023-03-20"), text_of)
    assert times_of(nlp(text_of(10)), "2023-03-20")[0].value == "2022-03"


def test_counts_forward_stay_linear(nlp, stays_linear):
    """Each count forward that lands after publication looks back over a bounded number of times."""
    text_of = lambda n: (  # noqa: E731
        "The fortress fell in 1808. She arrived two weeks ago. "
        + "Fifty years later, the tsar granted autonomy, and " * n
    )
    stays_linear(lambda doc: times_of(doc, "2022-06-10"), text_of)
    times = times_of(nlp(text_of(10)), "2022-06-10")
    assert [t.value for t in times[2:6]] == ["1858", "1908", "1958", "2008"]
