"""Session 16: a person named only as the owner of a body or post ("Vladimir Putin's forces",
"Olaf Kramer's ministry") is still a mention of that person, so a later surname takes the full
name; the owned body or post stays the speaker where it speaks. Blind passages of our own; every
answer (name and side of the last claim's speaker) was written before the code ran on them."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (passage, expected name of the last claim's speaker, expected side)
LAST = [
    (
        "Vladimir Putin's forces have shelled the city for a week. Putin said the operation was going "
        "to plan.",
        "Vladimir Putin",
        "RU",
    ),
    (
        "Olaf Kramer's ministry said the plan was ready. Kramer said the first trains would run in May.",
        "Olaf Kramer",
        None,
    ),
    (
        "Anna Lindqvist's spokesman said the vote would be held. Lindqvist told reporters that it would "
        "be close.",
        "Anna Lindqvist",
        None,
    ),
    # the owned post speaks, and "he" is the post, not its owner
    (
        "Putin's spokesman said the talks had stalled. He said no date was set.",
        "Putin's spokesman",
        "RU",
    ),
]


@pytest.mark.parametrize("k", list(range(len(LAST))))
def test_owner_is_a_mention_of_the_person(nlp, k: int) -> None:
    text, name, side = LAST[k]
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.side) == (name, side)
