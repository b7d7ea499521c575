"""Session 18, an act placed in a past phase of the war: a blind batch of our own sentences, the
rows expected written down before the code ran (story dated 2023-06-20). A past act the sentence
sets in the war's opening ("early in the war", "in the first weeks of the invasion", "at the
beginning of the war") or in a siege or battle told as a whole ("during the siege of Mariupol") is
history the story recalls, with no day a coder could date it by: no ACLED row (PLOVER keeps it). A
phase of a day ("during the night", "early on Sunday") or an act with a day of its own stays."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (ACLED rows expected, text)
BLIND = [
    (0, "Early in the war, Russian troops seized the airport outside Kyiv."),
    (0, "During the siege of Mariupol, Russian forces shelled the theatre where civilians sheltered."),
    (0, "In the first weeks of the invasion, thousands protested across Russia."),
    (0, "At the beginning of the war, Ukrainian forces blew up the bridges around the capital."),
    (1, "During the night, Russian forces shelled Kharkiv."),
    (1, "In the first hours of Monday, drones struck an oil depot in Odesa."),
    (1, "Russian forces shelled Bakhmut on Sunday during the battle for the city."),
    (1, "Early on Sunday, Russian missiles hit Kyiv."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events


@pytest.mark.parametrize(
    "clause",
    ["early in the war troops seized the airport", "during the siege of Mariupol troops shelled the theatre"],
)
def test_the_phase_reading_stays_linear(detect_stays_linear, clause):
    """Each act reads the children of its own clause's verb once."""
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
