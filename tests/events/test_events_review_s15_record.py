"""Review of session 15's events record (514696f, 8cde34e, 7274961): probes of our own, each
with its answers (the ACLED rows exported; a PLOVER type and how many of its events are
asserted) written before the code ran. Running totals against one act's toll, present perfects
of the day's news, background clauses that tell a reported act, and two acts of one type told in
one sentence."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

# (ACLED rows expected, PLOVER type asserted or None, how many of it at least, text)
PASSAGES = [
    # running totals: the PLOVER record keeps the act, ACLED codes no row
    (
        0,
        "ASSAULT",
        1,
        "Russian shelling has killed 12 people in Kharkiv since Monday, the regional governor said.",
    ),
    (0, None, 0, "More than 3 million people have fled Ukraine, the UN refugee agency said."),
    (
        0,
        "ASSAULT",
        1,
        "More than 2,000 Russian soldiers have been killed in fighting near Bakhmut since January.",
    ),
    (
        0,
        "COERCE",
        1,
        "Police have detained more than 1,000 anti-war protesters across Russia since the invasion began.",
    ),
    (
        0,
        "ASSAULT",
        1,
        "Russia has launched more than 4,500 missiles at Ukrainian cities since the start of the war.",
    ),
    (0, "ASSAULT", 1, "Russian forces have shelled the city almost daily over the past month."),
    # one act's toll beside a running total: the act is a row
    (
        1,
        "ASSAULT",
        1,
        "Shelling killed five civilians in Kharkiv on Tuesday; the city's toll since February is 9,000.",
    ),
    (
        1,
        "ASSAULT",
        1,
        "Russian missiles killed four people in Odesa on Tuesday, bringing the city's death toll since the"
        " invasion to 120.",
    ),
    # the present perfect of the day's news is the day's act
    (
        1,
        "ASSAULT",
        1,
        "Russia has struck Kyiv overnight with drones and missiles, officials said on Thursday.",
    ),
    (
        1,
        "ASSAULT",
        1,
        "Russian forces have shelled Kherson this morning, killing two people, the regional governor said.",
    ),
    (
        1,
        "ASSAULT",
        1,
        "A Russian missile has hit an apartment block in Dnipro, killing at least 12 people, rescuers said.",
    ),
    (
        1,
        "ASSAULT",
        1,
        "Russian drones have attacked the port of Izmail overnight, damaging grain silos, the governor said.",
    ),
    # a background clause that tells the reported act with its own time keeps its row
    (
        1,
        "ASSAULT",
        1,
        "Rescuers pulled bodies from the rubble of a building that a Russian missile hit in Dnipro on Saturday.",
    ),
    (
        1,
        "ASSAULT",
        1,
        "The mayor named the three civilians who were killed when a shell hit a bus stop in Kherson on Thursday.",
    ),
    (
        0,
        "COERCE",
        1,
        "The families of the sailors who were detained by Russian forces last year met the minister on Monday.",
    ),
    # two acts of one type in one sentence
    (2, "ASSAULT", 2, "Russian missiles hit Kharkiv on Monday and drones struck Odesa on Tuesday."),
    (
        2,
        "COERCE",
        2,
        "Police detained 20 protesters in Moscow on Sunday and arrested 15 more in St Petersburg on Monday.",
    ),
    (
        2,
        "ASSAULT",
        2,
        "Shelling killed two people in Kherson, while a missile strike on Zaporizhzhia wounded five.",
    ),
    # no act: a war's toll, another sense of the word
    (0, None, 0, "The war has killed thousands of civilians, the UN said."),
    (0, None, 0, "She has a rare disease in which the immune system attacks the nerves."),
]
_TWO = (
    "one ACLED coding a sentence (classify.code_span reads the sentence) and one asserted event per"
    " PLOVER type a sentence (detect): two acts of one type joined in a sentence, each with its own"
    " place and day, come out as one"
)
OPEN = {
    "Russian shelling has killed 12": "a span begun on a named day ('since Monday') is read as one act"
    " going on, coded by its day (modality._since); the ACLED codebook also lets a coder code a few"
    " days' aggregate with a lower time precision, so the row is arguable and left",
    "Russian missiles hit Kharkiv": _TWO,
    "Police detained 20": _TWO,
    "Shelling killed two": _TWO,
}


def _expect_open(request, text: str, known: dict[str, str]) -> None:
    """Mark a passage strict xfail with its reason when it opens with a key of `known`."""
    reason = next((why for start, why in known.items() if text.startswith(start)), None)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize("rows, plover, least, text", PASSAGES, ids=[t[:40] for *_, t in PASSAGES])
def test_record_of_running_totals_and_background(pipeline, rows, plover, least, text, request):
    _expect_open(request, text, OPEN)
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events
    told = [e.type for e in record.events if e.modality == "asserted"]
    if plover is None:
        assert not {"ASSAULT", "COERCE"} & set(told), record.events
    else:
        assert told.count(plover) >= least, record.events


# Acts kept told by PLOVER's reading alone (a background clause, a span) need a doer PLOVER
# codes: a political actor, or none told. (ACLED rows expected, PLOVER type, asserted?, text)
DOERS = [
    (
        0,
        "CONCEDE",
        False,
        "Ministers discussed a law that allows refugees to keep their Ukrainian driving licences.",
    ),
    (0, "AID", False, "Engineers inspected the turbine that had been sent to Montreal for repairs."),
    (0, "COERCE", True, "She met relatives of the men whom Russian soldiers detained in Bucha last year."),
    (
        0,
        "ACCUSE",
        True,
        "Reporters spoke to Ukrainian officials who have repeatedly accused Moscow of war crimes.",
    ),
]
OPEN_DOERS = {
    "Engineers inspected": "a passive with no doer told ('the sailors who were detained') keeps the act:"
    " nothing in the clause tells a thing sent from people detained",
    "She met relatives": "a place of its own ('in Bucha') keeps a relative clause's act real for ACLED"
    " (modality._background), and the row takes the main clause's PLOVER type (CONSULT at 'met'):"
    " older than session 15 (1380bd8 gives the same)",
}


@pytest.mark.parametrize("rows, plover, told, text", DOERS, ids=[t[:40] for *_, t in DOERS])
def test_plover_only_act_needs_a_doer(pipeline, rows, plover, told, text, request):
    _expect_open(request, text, OPEN_DOERS)
    record = pipeline(text, published="2023-06-20")
    assert len(list(acled_rows([record]))) == rows, record.events
    asserted = {e.type for e in record.events if e.modality == "asserted"}
    assert (plover in asserted) == told, record.events
