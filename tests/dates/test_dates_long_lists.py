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


def test_a_subject_behind_a_long_modifier_still_makes_a_misread_verb_present(nlp):
    # 'resume' tagged as a noun at the root: its subject, 13-15 words back, makes it a present verb
    # (a window of 12 words lost it, and the day went back instead of ahead)
    for sentence in (
        "The talks between the Russian and Ukrainian delegations in the Turkish city of Istanbul resume on Monday.",
        "The talks, which were suspended after the shelling of the maternity hospital in Mariupol, resume on Monday.",
    ):
        assert [(t.text, t.value) for t in times_of(nlp(sentence), "2022-04-06")] == [
            ("Monday", "2022-04-11")
        ]


def test_a_run_on_list_under_one_root_noun_is_read_once(nlp):
    text = "100 people a day, on May 28, a day after " * 1500 + "resume on Monday."
    times = times_of(nlp(text), "2022-06-03")
    assert len(times) == 4501
    assert (times[1].text, times[1].value, times[2].type) == ("May 28", "2022-05-28", "DURATION")
