"""Session 14, round 3: passages of our own in the shapes of the causes the dump showed (whether
ACLED codes a row written before the code ran): a verb conjoined under a wished-for purpose, a
mentioned act beside the people it hurt, a told act whose only cue is a weapon, a participle timed
by a span the parse hangs elsewhere, and the present tense of holding ground."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

PASSAGES = [
    # a purpose wished for: the verbs joined under its "to" are wished too
    (False, "The mayor appealed for a truce to evacuate the injured and bury the dead."),
    (False, "Kyiv asked for long-range missiles to strike and destroy Russian supply lines."),
    (True, "Russian troops shelled the town on Tuesday to drive residents out, and destroyed two schools."),
    # a mentioned act beside the people it hurt, and the act told with them
    (False, "The Red Cross asked for access to the wounded and the dead after it learned of the strike."),
    (True, "The strike left the dead and the wounded lying in the street in Kherson."),
    (True, "Medics treated the wounded on Sunday after the shelling of the market in Kherson."),
    # a told act whose only cue is a weapon, beside a mention of it
    (
        True,
        "A reporter posted footage of the assault: 'Russia is wiping the town off the map with artillery tonight.'",
    ),
    (
        True,
        "Footage purportedly of the assault spread online: 'Russia answers by sweeping the town from the"
        " face of the earth with artillery tonight.'",
    ),
    # a participle on a place, timed by a span from another event
    (
        True,
        "The sight of Mykolaiv, struck by Russian rockets only hours after the ceasefire was announced,"
        " angered officials.",
    ),
    # the present of holding ground: a state, or a headline's present of an act
    (True, "Russian troops occupy Kherson as Ukrainian forces retreat across the river."),
    (False, "Russian forces control most of the Luhansk region."),
]
OPEN = {
    "Footage purportedly": "the told act's only cue is a weapon ('with artillery') under a verb that is no act"
    " word, so the mention stays the event's anchor (detect._anchor falls back to act cues only)",
    "Russian troops occupy": "the simple present of occupy/control is read as a state (habitual); a"
    " headline's or narrative present of the act has the same form",
}


@pytest.mark.parametrize("coded, text", PASSAGES, ids=[t[:40] for _, t in PASSAGES])
def test_passage_gives_a_row_when_an_act_is_told(pipeline, coded, text, request):
    reason = next((why for start, why in OPEN.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    rows = list(acled_rows([pipeline(text, published="2023-06-20")]))
    assert bool(rows) == coded, rows
