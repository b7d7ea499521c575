"""A time under an inquiry into an act already done ("will investigate the shelling in October"), and
the new end of what an extending verb moved ("extended ... through January"): written after the
session-12 fixes, to hold their limits."""

import pytest

from sitrep.dates.stage import times_of


@pytest.mark.parametrize(
    ("published", "sentence", "value"),
    [
        # written in December: the October just past, not one ten months on
        ("2022-12-10", "Prosecutors will investigate the shelling of the market in October.", "2022-10"),
        # written in February: the coming October is within a tense's reach, so the clause's future holds
        ("2023-02-10", "Prosecutors will investigate the shelling of the market in October.", "2023-10"),
        # a month the inquiry cannot date stays ahead
        ("2023-01-20", "Kyiv will hold a donor conference in December.", "2023-12"),
        # a weekday keeps the future's reading: the rule is about months ten or more months ahead
        ("2023-01-09", "UN monitors will examine the case on Friday.", "2023-01-13"),
        ("2022-11-20", "The mandate of the monitoring mission was extended through January.", "2023-01"),
        ("2022-11-20", "The shelling of the city went on through January.", "2022-01"),
        # the extending verb far before the time: the parse hangs "through"/"until" on it
        (
            "2022-11-20",
            "The defence ministry has extended the contracts of thousands of mobilised reservists through January.",
            "2023-01",
        ),
        (
            "2022-11-20",
            "A Moscow court extended the detention of the reporter and her driver until March.",
            "2023-03",
        ),
    ],
)
def test_inquiry_and_extension(nlp, published, sentence, value):
    assert [t.value for t in times_of(nlp(sentence), published)] == [value]


def test_inquiry_run_on_sentence_stays_linear(nlp, stays_linear):
    clause = "prosecutors will investigate the shelling of the market in October and "
    stays_linear(lambda doc: times_of(doc, "2022-12-10"), lambda n: clause * n)
    times = times_of(nlp(clause * 100), "2022-12-10")
    assert len(times) == 100 and times[0].value == "2022-10"
