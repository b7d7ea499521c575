"""Session 20: the convention for "would ... on Friday" under a saying the text does not date. The
saying is the news's own, so a weekday after the "would" verb is ahead of publication ("The
minister said talks would resume on Friday", Monday's paper: the Friday after), where session 17
took the nearer of the two Fridays. A weekday before the verb may be the saying's own ("said on
Monday they would") and the eve of publication (a Saturday paper's Friday) may be the news of the
evening before; a month keeps the nearer one; a dated saying is read from its own day."""

import pytest
from date_probe import value_at

# Monday 18 March 2024; Sunday 12 May 2024; Thursday 5 January 2023
WOULD = [
    ("2024-03-18", "The governor said the evacuation trains would run again on Saturday.", "Saturday", "2024-03-23"),
    ("2024-03-18", "Officials said the delegation would travel to Istanbul on Friday for talks.", "Friday", "2024-03-22"),
    ("2024-05-12", "The navy said the damaged ship would be towed to port on Thursday.", "Thursday", "2024-05-16"),
    ("2024-03-18", "The ministry said the bridge, closed since the strike, would not reopen before Wednesday.", "Wednesday", "2024-03-20"),
    # the eve of publication: a Saturday paper's news of Friday evening (publication stamps run past midnight)
    ("2024-03-16", "The ministry said the convoy would reach the city late on Friday.", "Friday", "2024-03-15"),
    # controls: the saying's own day, a dated saying, a month, a plain past
    ("2023-01-05", "The mayor said on Monday the shelters would stay open all week.", "Monday", "2023-01-02"),
    ("2024-03-18", "On Tuesday, the governor said the bridge would reopen on Friday.", "Friday", "2024-03-15"),
    ("2024-03-18", "The agency said it would publish its report in February.", "February", "2024-02"),
    ("2024-03-18", "The governor said the trains ran again on Saturday.", "Saturday", "2024-03-16"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), WOULD)
def test_would_on_a_weekday_s20(nlp, published, sentence, text, value):
    got, found = value_at(nlp, published, sentence, text)
    assert got == value, found
