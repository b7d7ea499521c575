"""Session 18 blind batch (sentences of our own, answers written before the code ran): speech
verbs whose speaker or content the audit of PolNeAR's tune half showed missed in other shapes — a
date and adverb before the speaker, a poll's answer after "Asked whether …", a party label in
brackets, a refusal to say, a time clause between the verb and its "that"-clause.

Blind answers: 4/5 at 9a85e05 and at da864c1. LEFT stays a strict xfail: the parse hangs the
"that"-clause on the noun inside the time clause ("before he left for the front that …"); reading
the time clause's subtree as `_verb_attribution` reads a preposition's (tried) also took "while
marshaling evidence that they said would prove …" as the content of "called for" in a real
report, so it was not kept (docs/claims.md, Session 18)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim

# (text, speaker, cue, content)
BLIND = [
    (
        "Then, in March, Kuleba said that 100,000 refugees would be accepted.",
        "Kuleba",
        "said",
        "that 100,000 refugees would be accepted",
    ),
    (
        "Asked whether the army could hold Bakhmut, 60 percent of respondents said yes.",
        "60 percent of respondents",
        "said",
        "yes",
    ),
    (
        "Senator Lindsey Graham (R-SC) said Ukraine needed longer-range missiles.",
        "Senator Lindsey Graham (R-SC)",
        "said",
        "Ukraine needed longer-range missiles",
    ),
    (
        "The Kremlin spokesman wouldn't say when the troops would withdraw.",
        "The Kremlin spokesman",
        "wouldn't say",
        "when the troops would withdraw",
    ),
]

LEFT = [
    pytest.param(
        "The general told Reuters before he left for the front that the line would hold.",
        "The general",
        "told",
        "that the line would hold",
        marks=pytest.mark.xfail(strict=True, reason="the parse hangs the that-clause inside the time clause"),
    ),
]


@pytest.mark.parametrize("text,speaker,cue,content", BLIND + LEFT)
def test_blind_speech_shapes(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)
