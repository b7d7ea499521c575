"""Session 16 blind batch (sentences of our own, answers written before the code ran): a cue
participle right after the noun it modifies ("A petition calling on the government to …",
"Officials saying the dam was safe were …") makes the noun, a text or a group, the one who says
it, as PARC and PolNeAR read any text. The cue had no speaker when the noun was the subject of
another verb. An object's participle keeps its carrier as speaker ("protesters carried placards
denouncing …", sessions before), and a participle set off by a comma is a circumstance.

At the commit before, 1 of the 7 targets was right (the leaflets); after, 6 (docs/claims.md,
Session 16)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim

from sitrep.claims.stage import find_claims

# (text, speaker, cue, content)
BLIND = [
    (
        "A statement calling for an immediate ceasefire was read out in the square.",
        "A statement",
        "calling for",
        "an immediate ceasefire",
    ),
    (
        "Leaflets warning residents to leave the city were dropped over Kherson on Tuesday.",
        "Leaflets",
        "warning",
        "residents to leave the city",
    ),
    (
        "A petition calling on the government to open a corridor has gathered 40,000 signatures.",
        "A petition",
        "calling on",
        "the government to open a corridor",
    ),
    (
        "A video showing soldiers surrendering near Bakhmut spread quickly on Telegram.",
        "A video",
        "showing",
        "soldiers surrendering near Bakhmut",
    ),
    (
        "Officials saying the dam was safe were contradicted by satellite images.",
        "Officials",
        "saying",
        "the dam was safe",
    ),
    (
        "Posters praising the wagner fighters appeared in the streets of Rostov overnight.",
        "Posters",
        "praising",
        "the wagner fighters",
    ),
]

# Controls: readings that were right before and must stay so.
CONTROLS = [
    (
        "Residents fleeing the city described a night of heavy shelling.",
        "Residents fleeing the city",
        "described",
        "a night of heavy shelling",
    ),
    (
        "Protesters carried placards denouncing the annexation.",
        "Protesters",
        "denouncing",
        "the annexation",
    ),
    (
        "Soldiers digging trenches near the river said the enemy was shelling every night.",
        "Soldiers digging trenches near the river",
        "said",
        "the enemy was shelling every night",
    ),
]

# The answer written first took the letter as the speaker; the agent of "signed by" is taken
# instead (the signatories speak through it), a reading kept from earlier sessions.
DIVERGENT = [
    (
        "A letter signed by 40 commanders urging the president to resign was leaked to the press.",
        "A letter",
        "urging",
        "the president to resign",
    ),
]

# No cue, no claim: a participle that reports nothing.
NO_CLAIM = ["A convoy carrying food reached the town on Monday."]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), BLIND + CONTROLS)
def test_a_noun_speaks_through_its_cue_participle(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


@pytest.mark.xfail(strict=True, reason="the agent of 'signed by' is taken as the speaker")
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), DIVERGENT)
def test_a_signed_letter_speaks(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


@pytest.mark.parametrize("text", NO_CLAIM)
def test_a_participle_that_reports_nothing_is_no_claim(nlp, text):
    assert find_claims(nlp(text)) == []
