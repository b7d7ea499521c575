"""Session 16 blind batch (sentences of our own, answers written before the code ran): in a list
of predicates that share one subject ("X visited A, praised B and warned C"), every cue verb of
the list is the subject's act, as PARC and PolNeAR read any text. The parse often hangs the second
predicate on the first as a finite adverbial clause with no subject of its own (and the third on
the second), so the cue had no speaker.

Controls keep what was right: a subordinate clause with its own marker ("when", "because"), a
clause with its own subject, a speaker after the quotation."""

from __future__ import annotations

import pytest
from claim_probe import claim_with_cue

# (text, speaker, cue, content)
BLIND = [
    (
        "The ministry spokesman spoke about the strikes, referred to the losses and insisted that the army had not retreated.",
        "The ministry spokesman",
        "insisted",
        "that the army had not retreated",
    ),
    (
        "The ministry spokesman spoke about the strikes, referred to the losses and insisted that the army had not retreated.",
        "The ministry spokesman",
        "referred to",
        "the losses",
    ),
    (
        "Zelensky toured the front line on Friday, praised the soldiers and warned that the winter would be hard.",
        "Zelensky",
        "warned",
        "that the winter would be hard",
    ),
    (
        "The governor visited the shelter, spoke to the families and said the evacuation would continue.",
        "The governor",
        "said",
        "the evacuation would continue",
    ),
    (
        "Shoigu met the commanders in Rostov, criticised the delays and promised that new shells would arrive within a week.",
        "Shoigu",
        "promised",
        "that new shells would arrive within a week",
    ),
    (
        "The mayor of Kharkiv described the damage, thanked the rescuers and said three people had died.",
        "The mayor of Kharkiv",
        "said",
        "three people had died",
    ),
    (
        "The prosecutor opened the case, accused the soldiers of looting and said more charges would follow.",
        "The prosecutor",
        "said",
        "more charges would follow",
    ),
    (
        "Peskov declined to give figures, dismissed the report as propaganda and said the operation was going to plan.",
        "Peskov",
        "said",
        "the operation was going to plan",
    ),
    (
        "The analyst wrote about the offensive, questioned the figures and suggested that the losses were higher.",
        "The analyst",
        "suggested",
        "that the losses were higher",
    ),
    (
        "The brigade commander spoke about the shelling, mentioned the casualties and argued that the town could be held.",
        "The brigade commander",
        "argued",
        "that the town could be held",
    ),
]

# Controls: readings that were right before and must stay so.
CONTROLS = [
    (
        "When the sirens stopped, residents said the strike had hit a school.",
        "residents",
        "said",
        "the strike had hit a school",
    ),
    (
        "After the army retreated, officials claimed the town was safe.",
        "officials",
        "claimed",
        "the town was safe",
    ),
    (
        "The convoy turned back because the bridge was down, the police said.",
        "the police",
        "said",
        "The convoy turned back because the bridge was down",
    ),
]

# A finite clause with a marker of its own is no shared predicate: its cue speaks for no one named.
NOT_SHARED = [
    ("The shelling went on for hours, as the ministry reported later.", "reported"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), BLIND + CONTROLS)
def test_a_listed_predicate_is_the_subjects_act(nlp, text, speaker, cue, content):
    claim = claim_with_cue(nlp, text, cue)
    assert claim is not None, "no claim with this cue"
    assert claim.speaker is not None and claim.speaker.text == speaker
    assert claim.content.text == content
