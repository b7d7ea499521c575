"""Session 18, courts: a blind batch of our own sentences, the rows expected written down before the
code ran (story dated 2023-06-20). A court's or prosecutor's act on a person (sentenced, convicted,
found guilty, charged, put on trial) is a legal proceeding: the ACLED codebook codes the arrest that
puts a person in custody, not the proceedings that follow it, so no ACLED row (PLOVER keeps the
event). An arrest or detention stays, and so does an attack on a court building."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (ACLED rows expected, text)
BLIND = [
    (0, "A court in Minsk sentenced three opposition activists to ten years in prison on Tuesday."),
    (0, "The journalist was found guilty of discrediting the army and fined 50,000 roubles."),
    (0, "Two foreign volunteers were sentenced to death by a separatist court in Donetsk."),
    (0, "Prosecutors charged the former mayor with treason on Monday."),
    (0, "A military court convicted a soldier of killing a civilian in the Sumy region."),
    (1, "Police detained 40 anti-war protesters in Moscow on Sunday."),
    (1, "Security forces arrested the opposition leader at his home in Minsk on Friday."),
    (1, "Russian forces shelled the court building in Kherson on Monday, killing two guards."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events


def test_the_court_reading_stays_linear(detect_stays_linear):
    """Each coded word climbs at most four heads."""
    clause = "a court convicted a soldier of killing a civilian in Sumy"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
