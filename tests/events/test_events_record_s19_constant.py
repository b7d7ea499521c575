"""Session 19, fire told as constant: a blind batch of our own sentences, the ACLED rows expected
written down before the code ran (story dated 2023-06-20). An act noun its modifier tells as
going on without pause ("under constant fire", "amid round-the-clock shelling", "relentless
bombardment") sums many acts over a span: the ACLED codebook codes each event on its day and at
its place, so such a summary gives no row (PLOVER keeps it). The same words with a day of their
own, and plain reports of acts, keep their rows."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (ACLED rows expected, text)
BLIND = [
    (0, "Residential areas of Kharkiv have been under constant fire, the governor said."),
    (0, "Civilians in Bakhmut live amid round-the-clock shelling."),
    (0, "The villages along the river endure daily shelling."),
    (0, "Relentless bombardment has reduced Marinka to ruins."),
    (0, "Persistent drone attacks on the port of Odesa have halted grain exports."),
    (1, "Constant shelling killed two civilians in Kharkiv on Sunday."),
    (1, "Russian forces shelled Kharkiv on Sunday, killing two civilians."),
    (1, "Heavy shelling hit Avdiivka overnight, the military said."),
    (1, "Kherson came under constant fire on Tuesday, and five people were wounded."),
    (1, "A drone attack on the port of Odesa halted grain exports on Monday."),
    (1, "Missiles struck Lviv on Monday as air raid sirens sounded."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events


def test_the_constant_reading_stays_linear(detect_stays_linear):
    """Each act reads a few words before it, never the sentence."""
    detect_stays_linear(lambda n: " and ".join(["villages came under constant fire"] * n) + ".")
