"""Fixtures of the events tests."""

from __future__ import annotations

import pytest

from sitrep.events.detect import detect
from sitrep.record import Article, Record


@pytest.fixture
def detect_stays_linear(stays_linear):
    """Event detection alone (the parse excluded) grows in proportion to the text."""

    def check(text_of) -> None:
        stays_linear(
            lambda doc: detect(doc, Record(article=Article(text=doc.text, published="2023-01-01"))), text_of
        )

    return check
