"""Session 16, the ACLED export's background and summaries: a blind batch of our own sentences,
the rows expected written down before the code ran. An act an enabling verb makes possible, told
in the present ("the rocket systems allow troops to strike"), is a capability, and a perfect
lasting weeks or more ("has bombed Mariupol for weeks") a sum of acts: no act at a place and
date, so no ACLED row. The same acts told in the past, or over days, stay."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (number of ACLED rows, text)
BLIND = [
    (0, "The new rocket systems allow Ukrainian troops to strike targets far behind the front line."),
    (0, "Drones enable the army to hit Russian supply depots at night."),
    (0, "The Kremlin is allowing its soldiers to loot homes with impunity."),
    (1, "The fog allowed Ukrainian troops to strike the bridge near Kherson on Tuesday."),
    (1, "Himars helped Ukrainian forces strike Russian ammunition depots in Kherson last week."),
    (1, "Russia has been shelling Kharkiv since Monday, killing three people."),
    (0, "Russian forces have been trying to take Bakhmut for months, shelling the town every day."),
    (0, "Russia has bombed Mariupol for weeks."),
    (0, "Russian forces have shelled Avdiivka for three months."),
    (1, "Ukrainian troops have been fighting for the village of Pisky for two days."),
    (0, "Police have detained protesters in Minsk for years."),
    (1, "Police detained 40 protesters in Minsk on Saturday."),
    (1, "Rebels attacked a checkpoint near Goma on Friday, allowing fighters to escape."),
    (0, "The new missiles are capable of striking targets deep inside Crimea."),
    (0, "Ukrainian troops are able to shell the bridge from their positions."),
    (1, "Rebels are shelling the town of Bunia, and the army is unable to stop them."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events


@pytest.mark.xfail(strict=True, reason="'let' is tagged past here: it has one form for both")
def test_let_in_the_present_is_a_capability(pipeline):
    record = pipeline(
        "The new air defences let Kyiv shoot down most incoming missiles.", published="2023-06-20"
    )
    assert not list(acled_rows([record]))


def test_proving_effective_is_a_capability(pipeline):
    text = "Those rocket launchers are proving effective at targeting Russian military bases."
    assert not list(acled_rows([pipeline(text, published="2023-06-20")]))


@pytest.mark.xfail(
    strict=True, reason="'able' is an intention word, so a past 'were able to' is read as unreal"
)
def test_were_able_tells_the_act_done(pipeline):
    text = "Ukrainian troops were able to shell the bridge near Kherson on Monday."
    assert len(list(acled_rows([pipeline(text, published="2023-06-20")]))) == 1
