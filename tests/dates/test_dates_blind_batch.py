"""The blind batches of round 11: news sentences labelled before the system saw them, with
publication dates on every weekday and across year boundaries (see dates_blind_cases.py)."""

import dates_blind_cases
import pytest

from sitrep.dates.stage import times_of

# every batch in the module (CASES, CASES_2, ...)
ALL = [case for name, batch in vars(dates_blind_cases).items() if name.startswith("CASES") for case in batch]


@pytest.mark.parametrize(("published", "sentence", "text", "type_", "value"), ALL)
def test_blind_sentence(nlp, published, sentence, text, type_, value):
    times = times_of(nlp(sentence), published)
    if text is None:
        assert [t.text for t in times] == []
        return
    start = sentence.index(text)
    end = start + len(text)
    found = [(t.type, t.value) for t in times if t.start < end and start < t.end]
    assert found[:1] == [(type_, value)], [(t.text, t.type, t.value) for t in times]
