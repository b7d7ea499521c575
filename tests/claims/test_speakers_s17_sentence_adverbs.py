"""Session 17: a sentence's opening adverb that the parse runs into the speaker's name ("Meanwhile
Pavel Zorin, a Russian lawmaker, said", "Earlier Ukraine's deputy defence minister … said") is no
part of the speaker's mention or name; an adverb that modifies a common noun ("Earlier reports")
stays. (Probed before the code, with the answers below; docs/claims.md, Session 17.)"""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (text, speaker mention, name) of the last claim
CASES = [
    (
        "Meanwhile Pavel Zorin, a Russian lawmaker, said the talks were over.",
        "Pavel Zorin, a Russian lawmaker,",
        "Pavel Zorin, a Russian lawmaker",
    ),
    (
        "Meanwhile Pavel Zorin, a Russian lawmaker, said the talks were over. Zorin added that the delegation had left.",
        "Zorin",
        "Pavel Zorin, a Russian lawmaker",
    ),
    (
        "Earlier Ukraine's deputy defence minister, Hanna Maliar, said the town was held.",
        "Ukraine's deputy defence minister, Hanna Maliar,",
        "Ukraine's deputy defence minister, Hanna Maliar",
    ),
    ("Earlier reports said the town was held.", "Earlier reports", None),
]


@pytest.mark.parametrize(("text", "mention", "name"), CASES)
def test_sentence_adverb_is_no_part_of_the_name(nlp, text, mention, name):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert (speaker.text, speaker.name) == (mention, name)
