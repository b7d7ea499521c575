"""Session 16: "he" and "she" take no person whom the article titles as the other ("Mr.", "Ms.",
"Sir", "Dame"), in any of that person's mentions. A person with no such title can still be
either. Blind passages of our own; every answer (name of the last claim's speaker) was written
before the code ran on them."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

_MISSES: dict[int, str] = {}

# (passage, expected name of the last claim's speaker)
LAST = [
    (
        "Ms. Keller said the sanctions would hold. Mr. Orlov, the envoy, rejected the plan. She said the "
        "ban would stay until the troops left.",
        "Ms. Keller",
    ),
    (
        "Sir Alan Reed said the aid was too slow. Ms. Petrova, who heads the charity, said more trucks "
        "were needed. He said the roads were blocked.",
        "Sir Alan Reed",
    ),
    (
        "Ivan Sokolov, the town's mayor, said the shelling had stopped. Later, Ms. Lind said the convoy "
        "had arrived. “We are safe now,” he said.",
        "Ivan Sokolov, the town's mayor",
    ),
    # no title: the nearest person, as before
    (
        "Olga Marchenko said the bridge was down. Pavel Gromov said the ferry still ran. He said it "
        "carried 40 cars.",
        "Pavel Gromov",
    ),
    # the nearest one matches
    (
        "Mr. Haas said the plant was safe. Ms. Brandt said the inspectors would go. She said they would "
        "stay a week.",
        "Ms. Brandt",
    ),
    (
        "Dame Sarah Cole said the fund was empty. Mr. Ito said his country would give more. She said the "
        "pledges were welcome.",
        "Dame Sarah Cole",
    ),
]


@pytest.mark.parametrize(
    "k",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=_MISSES[k])) if k in _MISSES else k
        for k in range(len(LAST))
    ],
)
def test_pronoun_takes_a_person_of_its_gender(nlp, k: int) -> None:
    text, name = LAST[k]
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert speaker.name == name
