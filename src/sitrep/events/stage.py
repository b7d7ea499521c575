"""Stage `events`: PLOVER- and ACLED-typed events with their arguments and evidence.

Every detected event enters `record.events` with its `modality`: asserted (by the article,
or by a speaker whose claim the event links to), negated ("no notable losses") or hypothetical
(planned, forecast, conditional). Only asserted events count as having happened: the exports
and evaluations skip the others, but a reader can still see what was denied or expected.
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
        actors=[Actor(a.text, a.side, a.role, a.sector) for a in d.actors],
        place=d.place,
        date=d.date,
        quantities=d.quantities,
        claim=d.claim,
        evidence=Evidence(d.start, d.end),
        modality=d.modality,
        place_precision=d.place_precision,
        date_precision=d.date_precision,
    )


def make_stage(nlp: Language):
    def events(doc: Doc, record: Record) -> None:
        record.events = [to_event(i + 1, d) for i, d in enumerate(detect(doc, record))]

    return events
