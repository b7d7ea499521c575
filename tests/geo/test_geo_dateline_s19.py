"""The one dateline reading every stage uses: where the wire's place is and where the story starts."""

import pytest

from sitrep.geo.recognize import dateline_at


@pytest.mark.parametrize(
    ("text", "place", "story"),
    [
        ("KYIV, March 12 (Reuters) - Russian forces launched drones", "KYIV", "Russian forces"),
        ("BERLIN — The chancellor said on Monday", "BERLIN", "The chancellor"),
        ("COLUMBUS, Ohio (AP) — Police said", "COLUMBUS", "Police said"),
        ("NEW YORK, 3 May -- Shares fell", "NEW YORK", "Shares fell"),
        ("MOSCOW (Interfax) - The Defence Ministry said", "MOSCOW", "The Defence Ministry"),
        ("FRESNO, Calif.--(NEWSWIRE)--A packing firm said", "FRESNO", "A packing firm"),
        ("PLEASANTON, Calif.--( )--Acme, a maker of sensors, said", "PLEASANTON", "Acme"),
        ("WAUSAU, Wis. (WSAW) -- It took hundreds of reports", "WAUSAU", "It took"),
    ],
)
def test_dateline_place_and_story_start(text, place, story):
    found = dateline_at(text, 0)
    assert found is not None
    start, end, body = found
    assert text[start:end] == place
    assert text[body:].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "The KYIV office said",
        "Russian forces launched drones - officials said",
        "NATO said on Monday",
        "ISW — the Washington think-tank — said Russian forces advanced",  # the speaker's own dash
    ],
)
def test_no_dateline(text):
    assert dateline_at(text, 0) is None


def test_dateline_on_a_later_line():
    text = "Drones hit Odesa\nODESA, Ukraine (AP) — Drones hit the port overnight."
    start, end, body = dateline_at(text, text.index("\n") + 1)
    assert text[start:end] == "ODESA" and text[body:].startswith("Drones hit the port")
