"""Events as ACLED-style rows and GeoJSON features (pure functions over records).

`sitrep export --format csv|geojson` writes what these yield. A row's `notes` is the sentence
the event's evidence lies in, so every exported event can be checked against its text.

Only asserted events are exported: ACLED codes what happened, so negated ("no notable
losses") and hypothetical ("intends to recover") events stay in the record but not in the
table. Claimed-only events (`claim` set: a speaker reports them, the article does not assert
them) are exported, as ACLED codes reported events; `claim` tells them apart in GeoJSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.record import Event, Record

ASSERTED = "asserted"

ACLED_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "notes",
    "source",
    # beyond ACLED: the PLOVER type, where the date came from, the claim that reports the event,
    # and where its evidence is
    "plover_type",
    "date_precision",
    "claim",
    "article_id",
    "evidence_start",
    "evidence_end",
)
# Columns the GeoJSON feature carries in its geometry or under its own property names.
_ROW_ONLY = ("latitude", "longitude", "claim", "article_id", "evidence_start", "evidence_end")
_ENDS = ".!?\n"


def evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around [start, end): from the previous sentence end to the next one."""

    def boundary(i: int) -> bool:  # a sentence ends before position i
        return text[i - 1] in _ENDS and (i == len(text) or text[i].isspace())

    s = start
    while s > 0 and not boundary(s):
        s -= 1
    e = max(end, start + 1)
    while e < len(text) and not boundary(e):
        e += 1
    return " ".join(text[s:e].split())


def fatalities(event: Event) -> int:
    """Deaths the event's text states (the largest 'killed' figure; ACLED counts lower bounds)."""
    killed = [q.value for q in event.quantities if q.unit == "killed" and q.value is not None]
    return int(max(killed)) if killed else 0


def _actor(event: Event, role: str) -> str:
    names = [a.text for a in event.actors if a.role == role]
    return "; ".join(dict.fromkeys(names))


def happened(record: Record) -> list[Event]:
    """The record's asserted events (claimed-only ones included), in text order."""
    return [e for e in record.events if e.modality == ASSERTED]


def acled_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    """One dict per asserted event ACLED would code, keys in `ACLED_COLUMNS` order.

    PLOVER-only events (a meeting, a request, an accusation) have no ACLED type; an ACLED
    table with empty types is unusable, so they are left to the JSONL and GeoJSON exports.
    """
    for record in records:
        for event in happened(record):
            if event.acled_event_type:
                yield event_row(record, event)


def event_row(record: Record, event: Event) -> dict[str, Any]:
    """The ACLED-style columns of one event, then where its evidence lies in the article."""
    place = (
        record.places[event.place] if event.place is not None and event.place < len(record.places) else None
    )
    return {
        "event_date": event.date or "",
        "event_type": event.acled_event_type or "",
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": _actor(event, "actor"),
        "actor2": _actor(event, "target"),
        "admin1": (place.admin1_name or "") if place else "",
        "admin2": (place.admin2_name or "") if place else "",
        "location": (place.name or place.text) if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "fatalities": fatalities(event),
        "notes": evidence_sentence(record.article.text, event.evidence.start, event.evidence.end),
        "source": record.article.source or record.article.url or "",
        "plover_type": event.type,
        # where event_date came from: its own clause, the sentence, the paragraph or publication;
        # a week, month, season or year is kept as written ("2023-02"), never made a day
        "date_precision": event.date_precision or "",
        "claim": event.claim if event.claim is not None else "",
        "article_id": record.article.id,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
    }


def geojson_features(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    """One GeoJSON point feature per asserted event whose place has coordinates."""
    for record in records:
        for event in happened(record):
            row = event_row(record, event)
            if row["latitude"] != "" and row["longitude"] != "":
                yield _feature(record, event, row)


def _feature(record: Record, event: Event, row: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in row.items() if k not in _ROW_ONLY}
    props.update(
        article=record.article.id,
        event=event.id,
        plover_type=event.type,
        mode=event.mode,
        modality=event.modality,
        claim=event.claim,
        evidence=[event.evidence.start, event.evidence.end],
    )
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": props,
    }
