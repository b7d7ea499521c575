"""Review of session 15: probes of the three session-15 rules (a time right before a past verb, a
time word inside a name, a month-day just after a story's month) on sentences they were not written
for, each labelled with the TIMEX3 value a careful annotator gives it before anything was run
(war reporting and general news; publication dates on Monday, Wednesday, Friday, Saturday and
Tuesday, three across a year end). None means no time: the word is part of a name."""

import pytest

from sitrep.dates.stage import times_of


def _known(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


# (published, sentence, expression (its last occurrence), value or None)
PROBES = [
    # a time right before a past verb: the newswire order, and forms that only look like it
    ("2023-10-04", "Russia denies drone strike The Kremlin on Monday rejected the claims as lies.", "Monday", "2023-10-02"),
    ("2024-01-01", "Ukraine says it downed 30 drones The air force on Sunday reported attacks on Odesa.", "Sunday", "2023-12-31"),
    ("2023-10-04", "Talks that will open in Geneva on Monday drew protests from both sides.", "Monday", "2023-10-09"),
    ("2024-12-30", "Elections to be held on Sunday prompted fears of violence in the east.", "Sunday", "2025-01-05"),
    ("2023-06-14", "The government will announce on Thursday increased spending on air defence.", "Thursday", "2023-06-15"),
    ("2022-12-31", "The president will visit the front on Monday said a spokesman.", "Monday", "2023-01-02"),
    ("2023-03-15", "The UN envoy on Friday will brief the Security Council.", "Friday", "2023-03-17"),
    # a time word inside a name, and run-in or headline times that are not names
    ("2023-05-05", "She said on NBC's Today show that the city was surrounded.", "Today", None),
    ("2023-10-04", "Russia steps up attacks in the east On Monday, the military said 12 towns were shelled.", "Monday", "2023-10-02"),
    ("2023-10-04", "Russia steps up attacks in the east Today, the president will visit Kharkiv.", "Today", "2023-10-04"),
    ("2023-10-04", "Members of the Tuesday Group of moderate lawmakers met the envoy.", "Tuesday", None),
    ("2023-10-04", "Officials said on Tuesday Group of Seven leaders would meet in Tokyo.", "Tuesday", "2023-10-03"),
    ("2022-12-31", "Today the city is quiet.", "Today", "2022-12-31"),
    ("2023-03-07", "Ukraine's Counter-offensive to Begin On Monday, Officials Say", "Monday", "2023-03-13"),
    pytest.param(
        "2023-03-07", "The minister told the BBC's Sunday with Laura Kuenssberg that troops would stay.", "Sunday", None,
        marks=_known("a weekday after a possessive is as often a time ('Russia's Sunday attack'): nothing local tells the programme"),
    ),
    # a month-day in a story's month or the next, and anniversaries that are this year's news
    ("2023-12-04", "The brigade was sent to Bakhmut in October 2022. On 2 November, it lost half its men.", "2 November", "2022-11-02"),
    ("2023-02-27", "Russia launched its invasion on 24 February 2022. On 24 February, Zelenskiy marked the anniversary with a speech in Kyiv.", "24 February", "2023-02-24"),
    ("2023-02-27", "Russia launched its invasion on 24 February 2022. On 24 February, Zelenskiy spoke to crowds in Kyiv.", "24 February", "2023-02-24"),
    ("2023-03-01", "The war began in February 2022. On 24 February, crowds across Europe marked its first anniversary.", "24 February", "2023-02-24"),
    ("2023-11-20", "The elections are set for November 2024. On 3 December, the new parliament will convene.", "3 December", "2024-12-03"),
    ("2024-01-08", "Mobilisation began in December 2022. On 3 January, the first conscripts reached the front.", "3 January", "2023-01-03"),
    ("2023-11-20", "The town has been occupied since October 2022. On 12 November, a drone struck its school.", "12 November", "2023-11-12"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), PROBES)
def test_review_session15_probe(nlp, published, sentence, text, value):
    start = sentence.rindex(text)
    end = start + len(text)
    times = times_of(nlp(sentence), published)
    found = [t.value for t in times if t.start < end and start < t.end]
    assert (found[0] if found else None) == value, [(t.text, t.value) for t in times]


# A second batch, written and labelled after the first fixes and before its own run: more of the
# newswire order (relative clauses, run-in headlines across a year end) and of the names
SECOND = [
    ("2023-05-10", "Ukraine's army chief on Monday visited troops near Bakhmut, and he will return on Friday.", "Monday", "2023-05-08"),
    ("2023-05-10", "Ukraine's army chief will travel on Friday, officials who on Monday announced the visit said.", "Friday", "2023-05-12"),
    ("2023-05-10", "The army chief will travel to Kharkiv on Friday, which officials on Monday called a sign of confidence.", "Friday", "2023-05-12"),
    ("2022-12-30", "The ministry said strikes planned for Monday were called off.", "Monday", "2023-01-02"),
    ("2023-05-10", "Crowds in Kyiv on Monday marked Victory Day.", "Monday", "2023-05-08"),
    ("2023-05-10", "The figures were published in the Mail on Sunday.", "Sunday", None),
    ("2023-05-10", "She told ABC's This Week on Sunday that talks had stalled.", "Sunday", "2023-05-07"),
    ("2023-03-20", "Russia invaded Ukraine in February 2022. On 16 March, Russian planes bombed the theatre in Mariupol.", "16 March", "2022-03-16"),
    ("2023-03-01", "Russia invaded on 24 February 2022. A year later, on 24 February, Zelenskiy vowed victory.", "24 February", "2023-02-24"),
    ("2024-01-03", "Russia fired 120 missiles at Ukraine The air force on Friday said most were shot down.", "Friday", "2023-12-29"),
    ("2024-01-03", "The families who on Saturday fled Belgorod returned home.", "Saturday", "2023-12-30"),
    ("2023-05-10", "Moscow says it will respond The Kremlin on Tuesday threatened retaliation.", "Tuesday", "2023-05-09"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), SECOND)
def test_review_session15_second_batch(nlp, published, sentence, text, value):
    test_review_session15_probe(nlp, published, sentence, text, value)


# A third batch (labelled before its run): a story year in a background clause, a story in the
# publication year, a show's name, and a day told with this week's attribution
THIRD = [
    ("2023-11-20", "The town, which Russian forces captured in October 2022, was shelled again on 12 November, officials said.", "12 November", "2023-11-12"),
    ("2023-11-20", "Soldiers who were mobilised in October 2022 staged a protest in Moscow on 7 November.", "7 November", "2023-11-07"),
    ("2024-01-15", "Russia's parliament set the election for March 2024. On 12 January, the commission registered Putin as a candidate.", "12 January", "2024-01-12"),
    pytest.param(
        "2023-11-20", "Kyiv first asked for the jets in October 2022. It received the first two on 12 November, the air force said on Monday.", "12 November", "2023-11-12",
        marks=_known("arguable: a day in the month after the story's goes on with it (3ab51af); only the attribution dated this week tells the news"),
    ),
    ("2023-06-07", "The film aired on The Sunday Show last year.", "Sunday", None),
    ("2023-06-07", "Russian forces withdrew across the river in November 2022. On 6 June, the dam was destroyed.", "6 June", "2023-06-06"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "sentence", "text", "value"), THIRD)
def test_review_session15_third_batch(nlp, published, sentence, text, value):
    test_review_session15_probe(nlp, published, sentence, text, value)
