"""Stage `places`: recognize toponyms, resolve them against the gazetteer, fill `record.places`.

Demonym side hints ("Ukrainian" -> UA) go on `doc._.sitrep_demonyms` for the claims and events
stages (a list of `DemonymHint`), since they are not places.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.geo.gazetteer import Gazetteer, load
from sitrep.geo.recognize import DemonymHint, recognize
from sitrep.geo.resolve import Choice, resolve
from sitrep.record import Place, Record

if not Doc.has_extension("sitrep_demonyms"):
    Doc.set_extension("sitrep_demonyms", default=None)


class GeoParser:
    """Recognition then resolution over one parsed document."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or load()

    def parse(self, doc: Doc, demonyms_as_places: bool = False) -> list[Choice]:
        """Resolved place mentions; with `demonyms_as_places`, "Turkish" is also a mention of Turkey
        (the convention of GeoWebNews and TR-News, which annotate such adjectives as toponyms)."""
        # The peoples an article names point at its countries as its places do ("The Lebanese
        # army deployed in Tripoli" is in Lebanon): they are resolved with the places, and are
        # places themselves only with `demonyms_as_places` (not blocs or continents: "European").
        mentions, hints = recognize(doc, self.gaz, "all" if demonyms_as_places else "countries")
        doc._.sitrep_demonyms = hints
        # A place inside an outlet's name ("The Washington Post") is resolved with the others (it
        # still hints at the article's focus) but is not a place the article names.
        return [
            c
            for c in resolve(self.gaz, mentions)
            if not c.mention.in_name and (demonyms_as_places or c.mention.source != "demonym")
        ]

    def place(self, choice: Choice) -> Place:
        m, e = choice.mention, choice.entry
        if e is None:
            return Place(
                m.text, m.start, m.end, None, None, None, None, None, None, None, None, False, choice.reason
            )
        a1, a2 = e.admin1 or None, e.admin2 or None
        return Place(
            text=m.text,
            start=m.start,
            end=m.end,
            geonameid=e.geonameid,
            name=e.name,
            feature=e.feature,
            country=e.country or None,
            admin1=a1,
            admin1_name=self.gaz.admin1_names.get(a1) if a1 else None,
            lat=e.lat,
            lon=e.lon,
            metonym=choice.metonym,
            reason=choice.reason,
            admin2=a2,
            admin2_name=self.gaz.admin2_names.get(a2) if a2 else None,
        )


def make_stage(nlp: Language):
    parser = GeoParser()

    def places(doc: Doc, record: Record) -> None:
        record.places = [parser.place(c) for c in parser.parse(doc)]

    return places


__all__ = ["DemonymHint", "GeoParser", "make_stage"]
