"""Session 19, courts in one place: the typing stage (classify) reads a court's or prosecutor's act
on a person as a legal proceeding, which the ACLED codebook does not code (it codes the arrest that
puts a person in custody, and the act itself from its own report), and what the court rules on
(the offence, the penalty) as no act told. PLOVER keeps the event. Sentences of our own, the
answer written down before the code ran. Each is checked on `code_span` alone (the typing stage,
so that no later stage has to undo a court's ACLED type) and on the export."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span
from sitrep.events.export import acled_rows

COURTS = [
    "Prosecutors in Kyiv charged a Russian officer with ordering the shelling of a hospital.",
    "A court in Rostov convicted two Ukrainian marines of killing civilians in Mariupol.",
    "The soldier was convicted of shooting an unarmed man in a village near Chernihiv.",
    "A Ukrainian court sentenced a Russian tank commander for shelling a residential block.",
    "Three men were indicted on Monday for blowing up a gas pipeline in Crimea.",
    "Prosecutors are prosecuting a police officer for beating protesters in Minsk.",
    "A court in Kharkiv acquitted the former commander of ordering attacks on civilians.",
    "A Moscow court jailed the activist for six years for organising anti-war protests.",
    "He is serving a 22-year sentence on charges including plotting to bomb a military base.",
    "After her conviction on charges of attacking a police officer, the activist spoke to reporters.",
    "Two men were charged with sabotage after they set fire to a military enlistment office.",
]

# the arrest, or the act told on its own, stays beside a court's act
KEPT = [
    (
        "Police detained the blogger in Saint Petersburg on Thursday, a day before a court charged him with treason.",
        "Arrests",
    ),
    (
        "Russian missiles struck a court building in Kherson on Monday, killing a guard.",
        "Explosions/Remote violence",
    ),
    ("The general in charge of the assault on Bakhmut was dismissed on Friday.", "Battles"),
    (
        "Saboteurs detonated explosive charges under a railway bridge near Melitopol on Sunday.",
        "Explosions/Remote violence",
    ),
]


@pytest.mark.parametrize("text", COURTS, ids=[t[:40] for t in COURTS])
def test_a_court_act_is_typed_no_acled_event(nlp, text):
    coding = code_span(nlp(text))
    assert coding.event_type is None, (coding.sub_event_type, coding.rule, coding.trigger)


@pytest.mark.parametrize("text", COURTS, ids=[t[:40] for t in COURTS])
def test_a_court_act_gets_no_acled_row(pipeline, text):
    record = pipeline(text, published="2023-06-20")
    assert not list(acled_rows([record])), record.events


def test_plover_keeps_a_sentence_as_coercion(pipeline):
    record = pipeline(COURTS[3], published="2023-06-20")
    assert "COERCE" in {e.type for e in record.events}, record.events


@pytest.mark.parametrize("text, event_type", KEPT, ids=[t[:40] for t, _ in KEPT])
def test_an_act_told_beside_a_court_keeps_its_type(nlp, text, event_type):
    """An arrest, a strike on a court, "in charge of" and "explosive charges" (a court's charge
    is "of" an offence or what one is held "on") keep their ACLED type."""
    coding = code_span(nlp(text))
    assert event_type in (coding.event_type, coding.sub_event_type)


def test_the_court_typing_stays_linear(stays_linear):
    """Each court word reads its own children; each act climbs its heads once (memo)."""
    from sitrep.events.classify import cue_hits

    clause = "a court convicted a soldier of killing a civilian on charges including shelling"
    stays_linear(lambda doc: cue_hits(doc), lambda n: " and ".join([clause] * n) + ".")
