"""Stage `entities`: spaCy's named entities as they stand, with character offsets."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.record import Entity, Record


def make_stage(nlp: Language):
    def entities(doc: Doc, record: Record) -> None:
        record.entities = [Entity(e.text, e.start_char, e.end_char, e.label_) for e in doc.ents]

    return entities
