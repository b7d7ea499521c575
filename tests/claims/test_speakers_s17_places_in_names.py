"""Session 17: a state or capital after an "in"/"from"/"at" that the parse left without its object,
run by the tagger into the name after it ("while in Kyiv Volodymyr Zelenskiy expressed …"), is no
part of the speaker's mention or name, so the later surname takes the clean name; a name that
holds a capital ("Kyiv Independent reporter …") or a preposition with its object ("a professor from
Moscow State University") keeps it. (Probes written with the code, not blind; docs/claims.md,
Session 17.)"""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

LEAD = "Johnson's downfall was met with delight in Moscow, while in Kyiv Volodymyr Zelenskiy expressed sadness at it. "

# (text, speaker mention, name) of the last claim
CASES = [
    (LEAD + "Zelenskiy said Ukraine had lost a friend.", "Zelenskiy", "Volodymyr Zelenskiy"),
    (
        "Kyiv Independent reporter Illia Ponomarenko said the town was held.",
        "Kyiv Independent reporter Illia Ponomarenko",
        "Kyiv Independent reporter Illia Ponomarenko",
    ),
    (
        "A professor from Moscow State University said the sanctions were working.",
        "A professor from Moscow State University",
        "A professor from Moscow State University",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), CASES)
def test_place_after_preposition_is_no_part_of_the_name(nlp, text, mention, name):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == (mention, name)
