"""Session 16 typing: the ACLED export should hold events, not commentary.

Two blind batches of our own sentences, the ACLED sub-type of each written down before the code
ran. `fixtures/session16_blind_agreements.tsv` (16): ACLED's Agreement is an agreement between
conflict actors (a ceasefire, a prisoner exchange, a peace deal, an evacuation, a handover of
ground); a price cap, a trade, business or aid deal between states or firms that do not fight
each other codes none. 7/16 at the session's start (aeb921c), 16/16 since the session-16
review's patch (the deal is PLOVER's AGREE with no ACLED event; detect keeps it). `fixtures/session16_blind_senses.tsv`
(12): idioms of the attack verbs ("struck a deal", "hit a record low") and fights for what is no
ground ("a battle for votes"). 9/12 at the session's start, 11/12 after."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.case2021 import read_case2021
from sitrep.events.classify import code_span

FIXTURES = Path(__file__).parent / "fixtures"
AGREEMENTS = FIXTURES / "session16_blind_agreements.tsv"
SENSES = FIXTURES / "session16_blind_senses.tsv"
OPEN = {
    "10": "'attacked the government over rising fuel prices' (criticism) is still read as an attack: "
    "'attack X over a reason' is also said of real violence ('herders attacked farmers over a land "
    "dispute'), so the verb's subject would have to tell the sense",
}


@pytest.mark.parametrize("row", list(read_case2021(AGREEMENTS)), ids=lambda r: r.id)
def test_agreement_only_between_conflict_actors(nlp, row):
    assert code_span(nlp(row.text)).sub_event_type == row.sub_event_type


@pytest.mark.parametrize("row", list(read_case2021(SENSES)), ids=lambda r: r.id)
def test_attack_and_fight_words_in_their_sense(nlp, row, request):
    if row.id in OPEN:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN[row.id]))
    assert code_span(nlp(row.text)).sub_event_type == row.sub_event_type


@pytest.mark.parametrize(
    "text, sub_type",
    [
        # read on the dump of real reporting (shapes, our own wording): what the deal settles
        (
            "Four captured soldiers were returned on Sunday in exchange for four captured enemy "
            "fighters, the ministry said.",
            "Agreement",
        ),
        ("The two countries agreed on Monday to settle their dispute over the border region.", "Agreement"),
        # a state's military aid or a political opposition is no armed party to a deal
        ("The United States signed off on another $300m in military aid on Friday.", None),
        ("Member states agreed to cut their gas use despite opposition from two capitals.", None),
        # a battle for a place stays a battle, and a battle for someone (who it is fought for)
        ("Troops are locked in a fierce battle for the town of Marinka.", "Armed clash"),
        ("The price of this battle for us is very high, the commander said on Monday.", "Armed clash"),
    ],
)
def test_agreement_and_battle_readings_on_real_shapes(nlp, text, sub_type):
    assert code_span(nlp(text)).sub_event_type == sub_type


def test_sense_readings_stay_linear(detect_stays_linear):
    clause = "the parties fought a battle for votes and struck a deal as ratings hit a record low"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
