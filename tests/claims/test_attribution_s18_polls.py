"""Session 18 blind batch (sentences of our own, answers written before the code ran): a poll or
survey named after the clause it reports ("Just 18 percent back mobilisation in a Levada Center
poll") is the source of that figure, "in" the cue, as PolNeAR reads "in a CNN poll" in any text;
a standing ("leads in the polls"), a part taken in a survey, a passive ("were named in the
report") and a clause with a cue verb of its own are no such finding. A speaker of None means no
claim with that cue.

Blind answers: 7/10 at 36d2fdc (the three findings missed), 10/10 after
`attribute._poll_figure_after` (docs/claims.md, Session 18)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim, claim_with_cue

# (text, speaker, cue, content)
BLIND = [
    (
        "Just 18 percent of Russians back a new mobilisation in a Levada Center poll.",
        "a Levada Center poll",
        "in",
        "Just 18 percent of Russians back a new mobilisation",
    ),
    (
        "Zelenskiy's approval rating stood at 84% in a survey published on Tuesday.",
        "a survey published on Tuesday",
        "in",
        "Zelenskiy's approval rating stood at 84%",
    ),
    (
        "Most Ukrainians rejected any ceasefire that froze the front line in the latest KIIS poll.",
        None,
        "in",
        None,
    ),
    ("The party leads in the polls.", None, "in", None),
    ("Hundreds of soldiers took part in the survey.", None, "in", None),
    ("Two villages were named in the report.", None, "in", None),
    ("Russian troops were killed in the attack.", None, "in", None),
    (
        "Support for joining Nato rose to 83% in a poll by the Razumkov Centre.",
        "a poll by the Razumkov Centre",
        "in",
        "Support for joining Nato rose to 83%",
    ),
    ("The figures appeared in a report last week.", None, "in", None),
    ("Three of the 40 respondents were soldiers in the survey.", None, "in", None),
]


@pytest.mark.parametrize("text,speaker,cue,content", BLIND)
def test_blind_poll_named_after_its_figure(nlp, text, speaker, cue, content):
    claim = assert_claim(nlp, text, speaker, cue, content)
    assert claim is None or claim.strength == "source"


def test_a_poll_before_its_clause_keeps_a_percent_sign(nlp):
    claim = claim_with_cue(nlp, "In a survey released on Monday, support for the talks fell to 41%.", "In")
    assert claim is not None and claim.content.text == "support for the talks fell to 41%"
