"""Stage `events`: PLOVER- and ACLED-typed events with their arguments and evidence.

Only events that happened as far as the text says (asserted by the article, or by a speaker
whose claim the event links to) enter `record.events`; negated and planned/hypothetical ones
are detected (`detect.Detection.modality`) but kept out until the record has a field for them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.events.detect import Detection, detect
from sitrep.record import Actor, Event, Evidence, Record


def to_event(n: int, d: Detection) -> Event:
    return Event(
        id=f"e{n}",
        type=d.type,
        mode=d.mode,
        acled_event_type=d.acled_event_type,
        acled_sub_event_type=d.acled_sub_event_type,
        actors=[Actor(a.text, a.side, a.role) for a in d.actors],
        place=d.place,
        date=d.date,
        quantities=d.quantities,
        claim=d.claim,
        evidence=Evidence(d.start, d.end),
    )


def make_stage(nlp: Language):
    def events(doc: Doc, record: Record) -> None:
        happened = [d for d in detect(doc, record) if d.happened]
        record.events = [to_event(i + 1, d) for i, d in enumerate(happened)]

    return events
