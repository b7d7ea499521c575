"""Session 17, acts told as the start of a span: a blind batch of our own sentences, the rows
expected written down before the code ran. An act in a "since" clause ("the first visit home since
rebels attacked her village", "has changed since troops captured it last year") is the point the
sentence measures from, told to date something else: background an ACLED coder codes from its own
report, not from this one, so no ACLED row (PLOVER keeps it). A since-clause that gives its own day
("since Russian forces shelled the town on Monday") tells one act going on now, as `_since` reads
"since Monday", and stays; so does the act the sentence reports beside it."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (number of ACLED rows, text)
BLIND = [
    (0, "Kharkiv has lost half its population since Russian forces shelled it in March."),
    (0, "Life in the city has changed completely since Russian troops captured it last year."),
    (0, "It was her first visit home since rebels attacked her village."),
    (0, "Since the army crushed the protests in 2020, no one has dared to march."),
    (1, "Residents have stayed in shelters since Russian forces shelled the town on Monday."),
    (
        1,
        "Russian troops shelled Kharkiv on Friday, the heaviest attack since the city was besieged in March.",
    ),
    (0, "Prices have soared since Russian warships blockaded the ports."),
    (1, "Rebels attacked a police station in Bunia on Sunday, the first attack since they seized the town."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events
