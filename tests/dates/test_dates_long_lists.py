"""A long list of dates in untrusted text: every date is read, once, with its own value."""

from sitrep.dates.grammar import find_mentions
from sitrep.dates.stage import times_of

MONTHS = ["March", "April", "May", "June"]


def test_every_date_of_a_long_list_is_one_mention():
    days = [f"{d} {m}" for m in MONTHS for d in range(1, 29)] * 5
    text = "Shelling was reported on " + ", ".join(days) + "."
    mentions = find_mentions(text)
    assert [text[m.start : m.end] for m in mentions] == days
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_tense_of_each_date_in_a_long_report(nlp):
    text = " ".join(f"Troops shelled the town on {d} May, and will return on {d} June." for d in range(1, 29))
    got = [(t.text, t.value) for t in times_of(nlp(text), "2023-02-15")]
    assert got[:2] == [("1 May", "2022-05-01"), ("1 June", "2023-06-01")]
    assert len(got) == 56
