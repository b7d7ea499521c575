"""'Claim' in the sense of taking lives ("the shelling claimed 30 lives") asserts nothing: its
subject is no speaker and its object no content. The sense of asserting stays a claim, including
with a nominal object ("claimed victory") and where 'lives' opens the claimed clause."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims


def _claims(nlp, text):
    return [(c.speaker.text if c.speaker else None, c.content.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The shelling claimed at least 30 lives in Kharkiv.",
        "The war has claimed thousands of lives.",
        "The blast claimed another victim on Monday.",
        "The missile strike on the station claimed the lives of two railway workers.",
    ],
)
def test_taking_lives_is_no_claim(nlp, text):
    assert _claims(nlp, text) == []


def test_the_report_around_a_toll_is_still_a_claim(nlp):
    text = "The strike claimed the lives of 12 civilians, officials said."
    assert _claims(nlp, text) == [("officials", "The strike claimed the lives of 12 civilians")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Moscow claimed victory in Soledar.", "victory in Soledar"),
        ("The Wagner group claimed responsibility for the attack.", "responsibility for the attack"),
        (
            "Russia claimed the lives of civilians were not at risk.",
            "the lives of civilians were not at risk",
        ),
    ],
)
def test_claiming_in_the_sense_of_asserting_stays_a_claim(nlp, text, content):
    assert [c for _, c in _claims(nlp, text)] == [content]
