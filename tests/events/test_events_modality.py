"""Modality: negated and not-yet-real events are told apart from events that happened."""

from __future__ import annotations

import pytest

from sitrep.events.modality import ASSERTED, HYPOTHETICAL, NEGATED, modality, stated_intent


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("No notable losses in Luhansk were mentioned by the High Command.", "losses", NEGATED),
        ("Russian troops did not attack Kharkiv on Monday.", "attack", NEGATED),
        ("Russia intends to recover the communities it gave up to Kyiv.", "recover", HYPOTHETICAL),
        ("Ukraine will likely start its military action in the summertime.", "start", HYPOTHETICAL),
        ("Western backing will not waver in the event of a pending Russian attack.", "attack", HYPOTHETICAL),
        ("Russian forces shelled Kharkiv on Tuesday.", "shelled", ASSERTED),
        ("Ukrainian forces have thwarted certain Russian assaults in Luhansk.", "assaults", ASSERTED),
    ],
)
def test_modality(nlp, text, word, expected):
    assert modality(_tok(nlp(text), word)) == expected


def test_a_commitment_is_an_intent_but_a_forecast_is_not(nlp):
    assert stated_intent(_tok(nlp("The rebels said they will release the hostages."), "release"))
    assert stated_intent(_tok(nlp("Britain promised to continue military aid to Mozambique."), "continue"))
    assert not stated_intent(
        _tok(nlp("Ukraine will likely start its military action in the summertime."), "start")
    )


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Not confirming an offensive does not say it did not happen: it stays unconfirmed.
        ("Ukraine's General Staff did not confirm an offensive.", "offensive", HYPOTHETICAL),
        ("Police have not confirmed any arrests in connection with the attack.", "arrests", HYPOTHETICAL),
        ("Officials would not disclose the losses suffered in the fighting.", "losses", HYPOTHETICAL),
        # Denying, or negating the act itself, is still negation.
        ("Russian forces did not shell the city on Monday.", "shell", NEGATED),
        ("The army reported no casualties.", "casualties", NEGATED),
    ],
)
def test_an_unconfirmed_event_is_not_a_negated_one(nlp, text, word, expected):
    assert modality(_tok(nlp(text), word)) == expected
