"""Session 18, history told in the past: a blind batch of our own sentences, the rows expected
written down before the code ran (story dated 2023-06-20). An act the sentence itself dates before
the month preceding the report's ("captured by Soviet troops in 1944", "the last time the capital
was hit was on 2 April") is background the story recalls: an ACLED coder codes that act from the
reporting of its own time, not from this story, so no ACLED row (PLOVER keeps the event). An act
dated in the days or weeks before the report stays, and so does one whose only old date bounds a
span ("its tenth exchange since the start of the invasion in February"): that date is not the
act's, and it must not become the row's event_date either."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

PUBLISHED = "2023-06-20"

# (ACLED rows expected, event_date of the first row or None, text)
BLIND = [
    (0, None, "The city was captured by Soviet troops in 1944 and rebuilt after the war."),
    (0, None, "Rebels seized the airport in March 2021, two years before the current offensive."),
    (0, None, "The last time the capital was hit was on 2 April, when a missile killed three people."),
    (0, None, "Government forces shelled the village in January, residents recalled."),
    pytest.param(
        0,
        None,
        "For example, on 3 May, two missiles struck the railway station in Kramatorsk, killing 20.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="3 May is in the month before the story's, which the reading keeps as the story's present "
            "(so that 'the attack on 8 April killed 59' in a story of 10 May keeps its row)",
        ),
    ),
    (1, "2023-06-18", "Russian forces shelled Kherson on Sunday, killing two people."),
    (1, "2023-06-12", "Two missiles struck the railway station in Kramatorsk on 12 June, killing 20."),
    (1, "2023-06", "Troops shelled the town of Vovchansk in early June, the governor said."),
    (1, "2023-05", "A drone hit an oil depot in Belgorod last month."),
    (1, "2023-06-16", "Police detained 30 protesters in Minsk on Friday."),
]

# acts whose only old date bounds a span: the row stays, dated by the report, not by the bound
SPAN_BOUND = [
    "Ukraine carried out its tenth prisoner exchange since the start of the invasion in February, freeing 40 soldiers.",
    pytest.param(
        "Russian forces shelled Kharkiv, the heaviest attack since the siege of the city in March.",
        marks=pytest.mark.xfail(
            strict=True, reason="the parser attaches 'in March' to 'attack', not 'siege'"
        ),
    ),
]


@pytest.mark.parametrize("rows, date, text", BLIND)
def test_export_rows_of_the_blind_batch(pipeline, rows, date, text):
    record = pipeline(text, published=PUBLISHED)
    got = list(acled_rows([record]))
    assert len(got) == rows, record.events
    if date is not None:
        assert got[0]["event_date"] == date


@pytest.mark.parametrize("text", SPAN_BOUND)
def test_a_bound_of_a_span_is_not_the_acts_date(pipeline, text):
    record = pipeline(text, published=PUBLISHED)
    got = list(acled_rows([record]))
    assert got and all(r["event_date"] == PUBLISHED for r in got), record.events


def test_the_plover_record_keeps_history(pipeline):
    """Background is still an act that happened: PLOVER's record keeps it, asserted."""
    record = pipeline("The city was captured by Soviet troops in 1944.", published=PUBLISHED)
    assert any(e.modality == "asserted" and e.acled_event_type is None for e in record.events)


# a paragraph the story sets in the past: its running date dates the sentences after it (rows, text)
PARAGRAPHS = [
    (
        0,
        "On 24 February, Russian troops crossed the border. They seized the airport at Hostomel within hours.",
    ),
    (2, "On Monday, Russian troops shelled Kherson. They also hit a school in Mykolaiv."),
]


@pytest.mark.parametrize("rows, text", PARAGRAPHS, ids=[t[:40] for _, t in PARAGRAPHS])
def test_a_paragraph_told_in_the_past(pipeline, rows, text):
    record = pipeline(text, published=PUBLISHED)
    assert len(list(acled_rows([record]))) == rows, record.events


def test_the_date_readings_stay_linear(detect_stays_linear):
    """Each act climbs at most a few heads from itself and from each date of its sentence."""
    clause = "troops shelled the town in March 2021, the heaviest attack since the siege in May"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
