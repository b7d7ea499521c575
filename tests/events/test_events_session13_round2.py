"""Session 13, round 2 of the no-event readings (after 415d5db and its review): a blind batch of our
own (`fixtures/session13_round2_blind.tsv`, the number of ACLED rows each passage should give,
written before the code ran; 13/21 on the session's code, 18/21 after, 19/21 after round 3): the toll sentence after an attack is
that attack's toll, not a second attack; futures and abilities above the act; slogans and
banners, which are no protest."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.events.export import acled_rows

BLIND = Path(__file__).parent / "fixtures" / "session13_round2_blind.tsv"
# still wrong (strict xfail): the readings of round 2 do not reach them ("Her T-shirt bore the
# slogan ..." passes since session 14: a definite slogan borne is a mention, not a protest)
OPEN = {
    "A car bomb exploded": "the dead of 'Nine officers died and 20 were wounded' are read as actors",
}


def _batch() -> list[tuple[int, str]]:
    with BLIND.open(encoding="utf-8") as f:
        return [(int(r["rows"]), r["text"]) for r in csv.DictReader(f, delimiter="\t")]


def _rows(pipeline, text: str) -> list[dict]:
    return list(acled_rows([pipeline(text, published="2023-05-10")]))


@pytest.mark.parametrize("expect, text", _batch(), ids=[t[:40] for _, t in _batch()])
def test_blind_passage_gives_one_row_per_act(pipeline, expect, text, request):
    reason = next((why for start, why in OPEN.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    rows = _rows(pipeline, text)
    assert len(rows) == expect, [r["sub_event_type"] for r in rows]


def test_a_toll_after_an_attack_gives_the_attack_its_dead(pipeline):
    rows = _rows(pipeline, "Rockets hit a bus station in Horlivka on Monday. At least 14 people died.")
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [
        ("Shelling/artillery/missile attack", 14)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a toll with a place or a day of its own, or a killer, is an act of its own
        "Rockets hit a bus station in Horlivka on Monday. On Tuesday, four soldiers were killed near Bakhmut.",
        "Rockets hit a bus station in Horlivka on Monday. Gunmen killed four guards at a checkpoint.",
    ],
)
def test_a_casualty_sentence_with_its_own_scene_or_killer_stays_an_event(pipeline, text):
    assert len(_rows(pipeline, text)) == 2


def test_a_toll_in_the_next_paragraph_is_not_folded(pipeline):
    text = "Rockets hit a bus station in Horlivka on Monday.\n\nFour soldiers were killed."
    assert len(_rows(pipeline, text)) == 2


@pytest.mark.parametrize(
    "text_of",
    [
        lambda n: " ".join(
            ["A missile struck the market in Donetsk on Monday. Another 73 were injured."] * (n // 2)
        ),
        lambda n: (
            " and ".join(["the banner said 'stop the shelling' while a placard read 'no more strikes'"] * n)
            + "."
        ),
    ],
    ids=["tolls", "signs"],
)
def test_tolls_and_signs_stay_linear(detect_stays_linear, text_of):
    detect_stays_linear(text_of)
