"""Fixtures of the events tests."""

from __future__ import annotations

import time

import pytest

from sitrep.events.detect import detect
from sitrep.record import Article, Record


@pytest.fixture
def detect_seconds(nlp):
    """The CPU seconds event detection alone takes on a text (the parse excluded): run-on tests
    bound it, and CPU time holds steady when other programs load the machine."""

    def run(text: str) -> float:
        doc = nlp(text)
        start = time.process_time()
        detect(doc, Record(article=Article(text=text, published="2023-01-01")))
        return time.process_time() - start

    return run
