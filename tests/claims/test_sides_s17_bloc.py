"""Session 17 blind batch (passages of our own, sides written before the code ran): "the bloc's"
and "the alliance's" stand for the alliance the text named before them, as "the country's" stands
for the state ("The European Union agreed … The bloc's foreign policy chief said" is the EU); the
New York Times' "E.U." is the EU. Results before and after are in docs/claims.md (Session 17)."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (text, side of the last claim's speaker)
BLIND = [
    (
        "The European Union agreed a new package of sanctions. "
        "The bloc's foreign policy chief said it would take effect on Friday.",
        "EU",
    ),
    (
        "EU ministers met in Brussels on Monday. The bloc's presidency said talks on the gas cap would continue.",
        "EU",
    ),
    (
        "Nato leaders gathered in Vilnius. The alliance's secretary general said Ukraine's future was in Nato.",
        "NATO",
    ),
    ("The E.U.'s energy commissioner said the bloc had enough gas for the winter.", "EU"),
    ("Russia rejected the EU's proposal. The bloc's trade commissioner said the talks had failed.", "EU"),
    # control: no alliance named before
    ("The bloc's foreign policy chief said the sanctions would take effect on Friday.", None),
]


@pytest.mark.parametrize(("text", "side"), BLIND)
def test_bloc_takes_the_alliance_named_before(nlp, text, side):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert speaker.side == side
