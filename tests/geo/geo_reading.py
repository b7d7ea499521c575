"""What the geo tests share: one text read by the whole pipeline, and the mark of a known miss."""

from __future__ import annotations

import pytest

from sitrep.record import validate


def read_places(pipeline, text: str, published: str) -> list:
    """The places of `text` published on `published`, its whole record checked against the schema."""
    record = pipeline(text, published=published)
    validate(record.to_dict())
    return record.places


def lost(reason: str):
    """A place the code still gets wrong: a strict expected failure, so a fix makes it fail loudly."""
    return pytest.mark.xfail(strict=True, reason=reason)
