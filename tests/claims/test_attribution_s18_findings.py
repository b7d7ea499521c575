"""Session 18 blind batch (sentences of our own, answers written before the code ran): what a
record or piece of evidence shows or finds — images, records, data, footage, an investigation,
results, emails — is a claim with the evidence as its source (SOURCE strength), with a clause, a
"how"-clause or a noun phrase as content; a person who shows someone a thing makes none. A
speaker of None means no claim with that cue.

Blind answers: 7/8 at 9a85e05 ("Emails seen by the Guardian show that …": the tagger calls "show"
a noun, though the parse gives it a subject and a clause), 8/8 after
`attribute._clause_of_noun_tagged_cue` (docs/claims.md, Session 18)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim

# (text, speaker, cue, content)
BLIND = [
    (
        "Satellite images showed how much of the city had been destroyed.",
        "Satellite images",
        "showed",
        "how much of the city had been destroyed",
    ),
    (
        "Records show the unit was moved to Belgorod in March.",
        "Records",
        "show",
        "the unit was moved to Belgorod in March",
    ),
    (
        "The data showed a sharp rise in civilian casualties.",
        "The data",
        "showed",
        "a sharp rise in civilian casualties",
    ),
    (
        "Footage showed Russian tanks rolling through the village.",
        "Footage",
        "showed",
        "Russian tanks rolling through the village",
    ),
    (
        "The investigation found no evidence that the hospital had been used by troops.",
        "The investigation",
        "found",
        "no evidence that the hospital had been used by troops",
    ),
    (
        "Sunday's results showed just how weak the ruling party has become.",
        "Sunday's results",
        "showed",
        "just how weak the ruling party has become",
    ),
    ("The general showed reporters the wreckage of the drone.", None, "showed", None),
    (
        "Emails seen by the Guardian show that the ministry knew of the shortages.",
        "Emails seen by the Guardian",
        "show",
        "that the ministry knew of the shortages",
    ),
]


@pytest.mark.parametrize("text,speaker,cue,content", BLIND)
def test_blind_evidence_shows_or_finds(nlp, text, speaker, cue, content):
    claim = assert_claim(nlp, text, speaker, cue, content)
    assert claim is None or claim.strength == "source"
