"""The article record: sitrep's public output, as dataclasses.

Every stage adds its part to one `Record`; `Record.to_dict()` gives the versioned JSON
described by `schema/article.schema.json` (schema id `sitrep.article/1`). Offsets are
character offsets into `article.text`, so every field can be traced to its evidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_ID = "sitrep.article/1"


@dataclass
class Article:
    id: str = ""  # the input's id, else the hash of the normalized text
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD or None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    text: str = ""

    def __post_init__(self) -> None:
        # Every stage reckons from YYYY-MM-DD. A date given in another common form
        # ("2022/06/23", "23 June 2022") is read here once; one that is no day at all is an
        # error, not a silent "unknown" that leaves every relative date unresolved.
        if self.published and not _ISO_DAY.fullmatch(self.published):
            from sitrep.ingest.dates import normalize_date  # the package imports this module

            day = normalize_date(self.published)
            if day is None:
                raise ValueError(f"published: cannot read {self.published!r} as a day (YYYY-MM-DD)")
            self.published = day


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Entity:
    text: str
    start: int
    end: int
    label: str


@dataclass
class Place:
    text: str
    start: int
    end: int
    geonameid: int | None
    name: str | None
    feature: str | None  # country, admin1, admin2, city, region, other
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin-1 code with its country, e.g. "UA.14"
    admin1_name: str | None
    lat: float | None
    lon: float | None
    metonym: bool = False
    reason: str = ""
    admin2: str | None = None  # GeoNames admin-2 code, e.g. "UA.14.5920" (a raion), where known
    admin2_name: str | None = None


@dataclass
class Time:
    text: str
    start: int
    end: int
    value: str | None  # TIMEX3 value, e.g. 2023-02-14, 2023-SU, P3M
    type: str  # DATE, TIME, DURATION, SET


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    name: str | None = None
    side: str | None = None


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Claim:
    id: str
    speaker: Speaker | None
    cue: str | None
    quote: str  # direct or indirect
    content: Span
    status: str = "reported"  # reported, unverified, denied, corroborated, contradicted
    contradicts: list[str] = field(default_factory=list)
    date: str | None = None  # when the claim was made: its own time expression, else inherited
    date_precision: str | None = None  # how `date` was found: own, sentence, paragraph, publication
    cue_span: Span | None = None  # the cue as written ("was quoted as saying", "according to")
    strength: str | None = None  # neutral (said, told), assertive (claimed, insisted), factive (confirmed)
    # the article's own words saying it could not check this claim ("Reuters was unable to verify
    # the allegation"); kept when a denial makes the status `denied`
    unverified_by: Span | None = None
    # relayed speech ("X said ..., according to Z"): the id of the claim (Z's) that reports this one
    via: str | None = None


@dataclass
class Actor:
    text: str
    side: str | None = None
    role: str = "actor"  # actor or target
    sector: str | None = None  # military, government, civilians, rebels, international, …


@dataclass
class Quantity:
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None = None


@dataclass
class Evidence:
    start: int
    end: int


@dataclass
class Event:
    id: str
    type: str  # PLOVER event type
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actors: list[Actor]
    place: int | None  # index into Record.places
    date: str | None
    quantities: list[Quantity]
    claim: str | None  # id of the claim the event is reported in
    evidence: Evidence
    modality: str = "asserted"  # asserted, negated ("no losses") or hypothetical ("intends to")
    place_precision: str | None = None  # clause, sentence or context: how far `place` is from the verb
    date_precision: str | None = None  # clause, sentence, paragraph or publication: where `date` came from


@dataclass
class Record:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA_ID}
        out.update(asdict(self))
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild typed objects from `to_dict()` output (as stored in the database)."""
        return _build(cls, {k: v for k, v in data.items() if k != "schema"})


def _build(tp: Any, value: Any) -> Any:
    """Inverse of `asdict` for this module's dataclasses."""
    import types
    import typing

    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return [_build(inner, v) for v in value]
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], value)
    if is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: _build(hints[f.name], value[f.name]) for f in fields(tp) if f.name in value})
    return value


@cache
def _hints(tp: type) -> dict[str, Any]:
    """A dataclass's resolved field types; resolving them costs more than building the object."""
    import typing

    return typing.get_type_hints(tp)


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the record, shipped inside the package."""
    text = resources.files("sitrep").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(record: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `record` does not follow the schema."""
    import jsonschema

    jsonschema.validate(record, load_schema())
