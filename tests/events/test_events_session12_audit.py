"""Session 12 audit of the exported events on real reporting: general causes of wrong rows, each
read with sentences of our own (answers written before the code ran)."""

from __future__ import annotations

import pytest

from sitrep.events.modality import ASSERTED, HYPOTHETICAL, NEGATED, modality


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # an act begun, continued or kept up has the modality of the verb telling its course
        ("Officials warned that the militia will start to shell the town again.", "shell", HYPOTHETICAL),
        ("The army would continue to bomb the bridges, the minister said.", "bomb", HYPOTHETICAL),
        ("The rebels have not started shelling the port.", "shelling", NEGATED),
        ("Separatist fighters may resume attacking the convoy at night.", "attacking", HYPOTHETICAL),
        ("Russian forces continued to shell Kharkiv on Tuesday.", "shell", ASSERTED),
        ("Separatists began shelling the airport after midnight.", "shelling", ASSERTED),
    ],
)
def test_an_act_takes_the_modality_of_the_verb_of_its_course(nlp, text, word, expected):
    assert modality(_tok(nlp(text), word)) == expected
