"""Session 17 blind batch (passages of our own, sides written before the code ran): a body or a
person named by a nationality that is no state's own — a think tank, a party, a company, a rights
group, an analyst, a journalist, a businessman, the opposition — speaks for no state ("an
organisation is not its state"), while a state's agency, company or bank ("state", "national",
"central"), its officials and its soldiers keep the state's side. Results before and after are in
docs/claims.md (Session 17)."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (text, side of the sentence's claim)
BLIND = [
    ("The British think tank Chatham House said the sanctions were working.", None),
    ("A Russian military analyst, Pavel Orlov, said the offensive had stalled.", None),
    ("Ukraine's largest private bank said it would restore services in Kherson.", None),
    ("The Russian opposition politician Ilya Varlamov said the mobilisation had failed.", None),
    ("A German carmaker said it would halt production in Kaluga.", None),
    ("The Swiss socialist party said the neutrality law should be kept.", None),
    ("Ukrainian journalists at the scene said the shelling lasted an hour.", None),
    ("The Russian human rights group Memorial said the arrests continued.", None),
    ("A Polish businessman who runs a depot near the border said trucks were stuck for days.", None),
    ("Russia's richest businessman said the war was a mistake.", None),
    # controls: the state's own
    ("The Russian state news agency said the bridge had reopened.", "RU"),
    ("The Ukrainian state energy company said power had been restored.", "UA"),
    ("Russia's central bank said the rouble would stabilise.", "RU"),
    ("Ukrainian officials said the shelling lasted an hour.", "UA"),
    ("Russian soldiers said they had not been paid.", "RU"),
    ("The Ukrainian national railway company said trains to Kyiv were running.", "UA"),
]


@pytest.mark.parametrize(("text", "side"), BLIND)
def test_side_of_a_body_named_by_nationality(nlp, text, side):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert speaker.side == side
