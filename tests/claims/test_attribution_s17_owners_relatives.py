"""Session 17 blind batch (sentences of our own, answers written before the code ran): the
speaker of a cue that has no subject of its own in the clause — an owner of a cue noun ("Kyiv's
call to …", "his insistence that …"), a relative pronoun ("a spokesman who said …", "officials,
who are saying …"), the object of the verb a cue gerund explains ("criticised the governor for
claiming …") — and "called on X to …", as a PARC/PolNeAR annotator reads any text.

Blind answers: 5/14 at 5c3b5fe, 6/14 after (docs/claims.md, Session 17). Three answers were off
the convention the stage shares with PolNeAR and are asserted as that convention: a relative
pronoun is the speaker mention ("who"; PolNeAR marks "who" as the source 278 times on the tune
half), the record resolving it to a named antecedent; the cue keeps its auxiliary ("are saying").
Five stay strict xfails (LEFT)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim

# (text, speaker, cue, content)
BLIND = [
    (
        "The general's insistence that the bridge was intact was contradicted by satellite images.",
        "The general's",
        "insistence",
        "that the bridge was intact",
    ),
    (
        "The mayor, who said the city had no power for three days, asked residents to stay home.",
        "who",
        "said",
        "the city had no power for three days",
    ),
    (
        "A military spokesman who said the convoy had been hit was later dismissed.",
        "who",
        "said",
        "the convoy had been hit",
    ),
    (
        "The governor called on residents to leave the area before nightfall.",
        "The governor",
        "called on",
        "residents to leave the area before nightfall",
    ),
    (
        "The defence ministry called on the West to add air defence systems to its next package.",
        "The defence ministry",
        "called on",
        "the West to add air defence systems to its next package",
    ),
    (
        "His insistence that the troops would stay drew criticism in Warsaw.",
        "His",
        "insistence",
        "that the troops would stay",
    ),
    (
        "The Kremlin's claim that the strike hit only military targets was false, the report found.",
        "The Kremlin's",
        "claim",
        "that the strike hit only military targets",
    ),
    (
        "Officials, who are saying the attack was carried out by drones, have not released evidence.",
        "who",
        "are saying",
        "the attack was carried out by drones",
    ),
    (
        "The commander's warning that the front could collapse was leaked to reporters.",
        "The commander's",
        "warning",
        "that the front could collapse",
    ),
]

# Left: an owned call or promise with an infinitive (a reading written and reverted this session:
# it cost PolNeAR source precision on both halves, as the corpus marks few such nouns); the parse hangs the "that" clause on "briefing", not on "assertion"; a gerund after "for"
# whose doer is the object judged ("criticised the governor for claiming"): PolNeAR gives such a
# gerund the judge as source (4 of 4 cases read on the tune half), so the stage keeps that reading.
LEFT = [
    (
        "Kyiv's call to close the skies over Ukraine was rejected by Nato.",
        "Kyiv's",
        "call",
        "to close the skies over Ukraine",
    ),
    (
        "Poland's promise to send more tanks came after a meeting in Ramstein.",
        "Poland's",
        "promise",
        "to send more tanks",
    ),
    (
        "Her assertion during the briefing that the shelling had stopped was quickly disproved.",
        "Her",
        "assertion",
        "that the shelling had stopped",
    ),
    (
        "There was anger at the minister for saying the evacuation had been completed.",
        "the minister",
        "saying",
        "the evacuation had been completed",
    ),
    (
        "Residents criticised the governor for claiming that the shelters were ready.",
        "the governor",
        "claiming",
        "that the shelters were ready",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), BLIND)
def test_speaker_without_own_subject(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


@pytest.mark.xfail(strict=True, reason="left: owned infinitive nouns, clause on another noun, gerund doer")
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), LEFT)
def test_speaker_left(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)
