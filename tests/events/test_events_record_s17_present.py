"""Session 17, the ACLED export's generic present: a blind batch of our own sentences, the rows
expected written down before the code ran. An act told in the present (simple, progressive, or
under "continue") whose sentence gives it neither a place nor a date of its own states how the
war goes ("Russia continues to advance in the east", "there are fierce battles along the front"):
no act at a place and date, the ACLED codebook's event, so no ACLED row; PLOVER keeps it. The
same act told at a place, on a day, or in the past stays."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (number of ACLED rows, text)
BLIND = [
    (0, "Russia continues to advance in the east."),
    (0, "The enemy is increasing the pace of its offensive."),
    (0, "There are fierce battles along the whole front line."),
    (0, "Russian troops are shelling residential areas, officials say."),
    (0, "Moscow continues its crackdown on protesters and independent media."),
    (0, "There is daily mortar fire and shelling."),
    (1, "Russian forces are shelling Kharkiv, the regional governor said."),
    (1, "Russian troops continue to shell Nikopol from across the river."),
    (1, "Russian forces shelled the town on Monday, killing two people."),
    (1, "Fighting is raging in Bakhmut this morning, the mayor said."),
    (1, "Missiles strike apartment block in Dnipro"),
    (1, "The enemy shelled the village overnight."),
    (0, "Russian soldiers are looting homes and stealing cars, residents say."),
    (1, "Kharkiv came under fire again on Sunday. Three people were killed, the governor said."),
    (0, "Ukrainian forces are holding their positions and repelling attacks."),
    (1, "Ukrainian forces are repelling attacks near Bakhmut, the general staff said."),
    (1, "Protesters are marching through central Minsk."),
    (0, "Ukraine is conducting counterattacks across the front."),
    # a second batch, written after the first ran: the day of the speech is not the act's
    (0, "The general said on Monday that there are heavy battles along the front."),
    (1, "The governor said on Monday that Russian forces are shelling Kharkiv."),
    # a third batch, written after the dump's diff: an act said to go on now is that day's
    (1, "Street fighting is under way in the city, the mayor said."),
    (1, "Fierce fighting is taking place right now, the governor said."),
    (1, "The town is currently under heavy shelling."),
    (0, "There are heavy battles for every village."),
    # a fourth, after the dump's diff: the tense read is the coded act's, not a word beside it
    (1, "But, thank God, the anti-aircraft systems managed to intercept all the missiles, he said."),
    (1, "But, thank God, the Pantsir anti-aircraft systems managed to intercept all the missiles."),
]


@pytest.mark.parametrize("rows, text", BLIND, ids=[t[:40] for _, t in BLIND])
def test_export_rows_of_the_blind_batch(pipeline, rows, text):
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events


def test_the_present_reading_stays_linear(detect_stays_linear):
    """Each act climbs at most two verbs and reads their cached children."""
    clause = "Russian troops continue to advance in the east"
    detect_stays_linear(lambda n: " and ".join([clause] * n) + ".")


@pytest.mark.xfail(strict=True, reason="the tagger reads 'retook' as a present (VBP, lemma 'retook')")
def test_a_past_the_tagger_reads_as_present_stays(pipeline):
    record = pipeline("Then in April, Ukrainian forces retook the suburbs, where hundreds were killed.")
    assert len(list(acled_rows([record]))) == 1
