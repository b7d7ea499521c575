"""Session 13, round 3: acts that are not asserted. A blind batch of our own
(`fixtures/session13_round3_blind.tsv`), the number of ACLED rows and of "Disrupted weapons use"
rows each should give written before the code ran: likelihood words above or on the act ("is
likely to play a role in a possible counter-offensive to retake"), a search that finds no one,
and a name given to an act ("described the attack as", "what the Kremlin calls"). On the
round's starting code 10/15; after 14/15 (the one left is xfail below)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sitrep.events.export import acled_rows

BLIND = Path(__file__).parent / "fixtures" / "session13_round3_blind.tsv"
# none left open: "found no trace of the gunmen who attacked the convoy" passes since session 14 (an
# act in a relative clause on the object of a verb that is no act tells which people, not an event)
OPEN: dict[str, str] = {}


def _batch() -> list[tuple[int, int, str]]:
    with BLIND.open(encoding="utf-8") as f:
        return [(int(r["rows"]), int(r["dwu"]), r["text"]) for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize("rows, dwu, text", _batch(), ids=[t[:40] for *_, t in _batch()])
def test_blind_passage_gives_the_rows_expected(pipeline, rows, dwu, text, request):
    reason = next((why for start, why in OPEN.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    subs = [r["sub_event_type"] for r in acled_rows([pipeline(text, published="2023-05-10")])]
    assert (len(subs), subs.count("Disrupted weapons use")) == (rows, dwu), subs


@pytest.mark.parametrize(
    "text",
    [
        "Investigators seized no weapons when they raided the flat in Kherson on Monday.",
        "Border guards did not find any explosives in the lorry at the Kerch crossing on Friday.",
    ],
)
def test_search_that_finds_nothing_disrupts_no_weapon(pipeline, text):
    subs = [r["sub_event_type"] for r in acled_rows([pipeline(text, published="2023-05-10")])]
    assert "Disrupted weapons use" not in subs, subs


def test_act_named_with_its_own_place_and_day_stays(pipeline):
    text = "Zelensky described the missile strike on the railway station in Kramatorsk as a war crime."
    assert list(acled_rows([pipeline(text, published="2023-05-10")]))


def _rows(pipeline, text: str) -> list[dict]:
    return list(acled_rows([pipeline(text, published="2023-05-10")]))


@pytest.mark.parametrize(
    "text",
    [
        # written after the dump diff showed the forms: a forecast about the weapon or the act
        "Western tanks are likely to play a decisive part in the spring offensive.",
        "Ukraine's artillery is set to pound Russian positions near Kherson.",
        "The separatists may be preparing to conduct new offensive operations near Avdiivka.",
    ],
)
def test_forecast_of_an_act_gives_no_row(pipeline, text):
    assert not _rows(pipeline, text)


def test_offensive_operations_carried_out_stay(pipeline):
    text = "Russian forces conducted offensive operations near Bakhmut on Monday."
    assert _rows(pipeline, text)
