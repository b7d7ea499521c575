"""Shared by the dates tests that probe one expression of a sentence of our own."""

from __future__ import annotations

import pytest

from sitrep.dates.stage import times_of


def value_at(nlp, published: str, sentence: str, text: str):
    """The value of the time over the last `text` in `sentence` (None if none), and every time
    found, to show in a failure."""
    start = sentence.rindex(text)
    end = start + len(text)
    times = times_of(nlp(sentence), published)
    found = [t.value for t in times if t.start < end and start < t.end]
    return (found[0] if found else None), [(t.text, t.value) for t in times]


def with_open(rows, open_reasons: dict[str, str]):
    """`rows` as pytest cases, those whose sentence (second field) is still wrong marked a strict
    xfail with its reason."""
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=open_reasons[row[1]]))
        if row[1] in open_reasons
        else row
        for row in rows
    ]
