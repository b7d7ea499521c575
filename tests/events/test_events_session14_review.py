"""Session 14 review probes: passages of our own, the answer (whether ACLED would code a row)
written before the code ran, on the edges of the session's readings: a real act told with a
definite noun, a relative or participle clause that is itself the act, a perfect with a count,
"currently" of a state and of an act, wishes beside a told act, and a told act beside a mention."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

PROBES = [
    # a definite act noun that is told, not talked about
    (True, "The strike on the fuel depot killed four workers, the governor said."),
    (True, "The shelling of the town continued through the night, the governor said."),
    (True, "Kyiv condemned the attack, which killed three people in Odesa on Monday."),
    # a relative or participle clause that is the act the sentence tells
    (True, "The village, which Russian troops shelled overnight, lost power."),
    (True, "Rescuers pulled survivors from the apartment block that a Russian missile hit."),
    (
        True,
        "The two men, whose families first reported them missing, were captured by Russian troops"
        " during a battle near Kherson in June.",
    ),
    (
        True,
        "The sight of Kharkiv, hit by Russian missiles hours after the talks ended, shocked the delegates.",
    ),
    # a perfect with a count is particular acts; over a span it is a sum
    (True, "Russian forces have shelled Kharkiv twice this week, killing two civilians."),
    (False, "Russian forces have shelled towns in the region repeatedly over the past month."),
    # "currently": a state of holding ground, or an act going on
    (False, "Ukrainian troops currently control the western bank of the river."),
    (True, "Russian troops are currently shelling the outskirts of Kupiansk."),
    # a wish beside a told act
    (
        True,
        "The UN called for an investigation into the strike that killed 12 people at a market in Kostiantynivka.",
    ),
    (
        True,
        "Zelensky called for more air defence after a missile strike hit an apartment block in Dnipro on Saturday.",
    ),
    (False, "The ministry pleaded for a ceasefire to let wounded soldiers leave the plant."),
    # a told act beside a mention of it
    (
        True,
        "Explosions were heard near the bridge on Tuesday night, and a video purportedly showing the strikes"
        " spread online.",
    ),
]
OPEN = {
    "The UN called for": "the act named under 'an investigation into' is read as the inquiry's topic and"
    " dropped with its relative clause (classify; so at fa32002 too)",
    "The ministry pleaded": "the verb under 'to let ... leave' on a wished noun is read as told (a"
    " withdrawal row; at fa32002 an agreement row)",
}


@pytest.mark.parametrize("coded, text", PROBES, ids=[t[:40] for _, t in PROBES])
def test_probe_gives_a_row_when_an_act_is_told(pipeline, coded, text, request):
    reason = next((why for start, why in OPEN.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    rows = list(acled_rows([pipeline(text, published="2023-06-20")]))
    assert bool(rows) == coded, rows


def test_one_relative_clause_with_many_act_nouns_stays_linear(detect_stays_linear):
    """Thousands of act nouns under one relative clause's verb: the background reading of that
    verb is read once, not once per noun."""
    detect_stays_linear(
        lambda n: (
            "Residents of the town, which troops shelled "
            + ", ".join(["the school with the attack"] * n)
            + ", left. Explosions were heard near the bridge, and a video showed the strikes."
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        # written after the dump showed a real act lost ("three regions where the bombs fell")
        "Overnight there were two districts in Kharkiv where the shells fell, one next to the hospital.",
        "In Kherson there were three streets where the bombs fell last night.",
    ],
)
def test_a_weapon_that_fell_is_told(pipeline, text):
    assert list(acled_rows([pipeline(text, published="2023-06-20")]))


def test_a_chain_of_conjoined_acts_stays_linear(detect_stays_linear):
    """Each act of a run-on chain has every later act in its subtree; its own phrase is read near
    it, not through the whole chain (found in round 3: ×1,000 took 13.5 s)."""
    detect_stays_linear(
        lambda n: (
            "Officials pleaded for a truce to evacuate the injured and bury the dead"
            + " and a truce to evacuate the injured and bury the dead" * n
            + "."
        )
    )
