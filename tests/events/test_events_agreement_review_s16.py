"""Session 16 review: ACLED's Agreement is between conflict actors (issue #6).

A deal no armed party makes, that settles no matter of the war, between parties the sentence
names, is PLOVER's AGREE with no ACLED event (classify's `deal`); `detect` makes it an Agreement
when its parties are states the article tells fighting each other, or states at war
(ontology.STATES_AT_WAR). Blind batch of our own passages, the Agreement rows of each written
down before the code ran."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

BORDER = "'border' is a matter of war to the reading (a border dispute), also in a border crossing for trucks"

BLIND = [
    (
        "Russian troops shelled Ukrainian positions near Avdiivka overnight. Ukraine and Russia signed "
        "a deal on Friday to let ships leave the ports.",
        1,
    ),
    ("Armenia and Azerbaijan signed a document on Tuesday to mark their border.", 1),
    ("Japan and Australia signed a defence pact on Monday.", 0),
    ("The company agreed to sell its stake in the oil field.", 0),
    ("The agreement was signed late on Thursday night.", 1),
    pytest.param(
        "Poland and Ukraine agreed to open a new border crossing for trucks.",
        0,
        marks=pytest.mark.xfail(strict=True, reason=BORDER),
    ),
    ("India and Pakistan agreed on Thursday to restore the trade link.", 1),
    ("Kenya and Ethiopia signed a deal on electricity exports on Wednesday.", 0),
    ("Fighters of the militia agreed to hand their weapons to the police.", 1),
    ("Two supermarket chains agreed to merge on Monday.", 0),
    ("Israeli jets struck targets in Gaza on Monday. On Tuesday, Israel and Egypt signed a gas deal.", 0),
    ("The ministers said they would sign the trade agreement next month.", 0),
]


def _agreements(pipeline, text: str) -> int:
    rows = acled_rows([pipeline(text, published="2023-05-10")])
    return sum(r["sub_event_type"] == "Agreement" for r in rows)


@pytest.mark.parametrize("text, rows", BLIND)
def test_agreement_rows_only_between_conflict_actors(pipeline, text, rows):
    assert _agreements(pipeline, text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed a deal on electricity exports on Wednesday.",
        "Israeli jets struck targets in Gaza on Monday. On Tuesday, Israel and Egypt signed a gas deal.",
    ],
)
def test_a_deal_with_no_acled_event_is_still_plover_agree(pipeline, text):
    record = pipeline(text, published="2023-05-10")
    assert any(e.type == "AGREE" and e.acled_sub_event_type is None for e in record.events)


def test_warring_states_reading_stays_linear(detect_stays_linear):
    clause = "Russian guns shelled Ukrainian towns and Britain and Norway signed a trade deal"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
