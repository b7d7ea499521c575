"""Session 14: acts that are talked about, not told. A blind batch of our own
(`fixtures/session14_blind.tsv`, the number of ACLED rows each passage should give written before
the code ran) in the style of analysis and background paragraphs: a definite act or deal only
mentioned ("This attack casts serious doubt on ...", "welcomed the agreement"), an act in a
relative or participle clause on a noun of a clause about something else ("a town seized by
Russian troops", "relatives of the soldiers who died in the ambush"), a perfect summed over a past
span ("over the past month ... have repeatedly shelled"), the present of holding ground ("currently
occupy"), and acts in like wording that must keep their rows. On the session's starting code
8/20; after 19/20 (the one left is xfail below)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.events.export import acled_rows

BLIND = Path(__file__).parent / "fixtures" / "session14_blind.tsv"
OPEN = {
    "Moscow has pushed back": "'push back against' a measure is opposition, read as fighting (a phrasal verb's sense)",
}


def _batch() -> list[tuple[int, str]]:
    with BLIND.open(encoding="utf-8") as f:
        return [(int(r["rows"]), r["text"]) for r in csv.DictReader(f, delimiter="\t")]


def _rows(pipeline, text: str) -> list[dict]:
    return list(acled_rows([pipeline(text, published="2023-05-10")]))


@pytest.mark.parametrize("rows, text", _batch(), ids=[t[:40] for _, t in _batch()])
def test_blind_passage_gives_the_rows_expected(pipeline, rows, text, request):
    reason = next((why for start, why in OPEN.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    assert len(_rows(pipeline, text)) == rows, _rows(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # written after the first run, on forms the audit slice showed
        "They said that one of the missile attacks hit a grain silo in the port.",
        "Dock workers began a strike in Odesa on the day a missile strike damaged the port.",
        "The bodies of civilians killed by Russian troops were found in Bucha.",
        "Zelensky described the missile strike on the railway station in Kramatorsk as a war crime.",
        "Russian forces have also hit Kramatorsk twice in the past week, killing one person.",
        # written after the dump diff showed the forms (real acts the first version lost)
        "The governor said 14 houses were damaged, including three homes destroyed.",
        "Kyiv said it had lost control of the airport in the north, where fighting raged after troops landed.",
        "She said she had watched an old man who argued with a soldier being shot dead.",
        "There are reports that his brother was killed in the shelling.",
        "A second officer confirmed the assault on the plant.",
    ],
)
def test_an_act_told_in_like_wording_keeps_its_row(pipeline, text):
    assert _rows(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor said that the rebels are keeping 40 villagers captive in the district.",
        "Last week the minister pressed for a ceasefire around the power plant.",
    ],
)
def test_a_state_or_a_wish_gives_no_row(pipeline, text):
    assert not _rows(pipeline, text)


def test_a_captive_taken_on_a_day_keeps_its_row(pipeline):
    text = "Separatists are holding the journalist captive after seizing him at a checkpoint on Monday."
    assert _rows(pipeline, text)


def test_a_perfect_over_the_past_day_is_one_report(pipeline):
    text = "Over the past 24 hours, there have been 35 airstrikes on the steelworks in Mariupol."
    assert _rows(pipeline, text)


def test_background_readings_stay_linear(detect_stays_linear):
    clause = (
        "the ministry welcomed the agreement while officials interviewed relatives of the soldiers who died"
        " in the ambush and troops have repeatedly shelled towns over the past month"
    )
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")
