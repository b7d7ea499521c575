"""Reader for TimeML documents (TimeBank, TempEval-3): plain text, creation time, gold TIMEX3s.

The document creation time is the TIMEX3 with `functionInDocument="CREATION_TIME"`; the text
is everything inside `<TEXT>` with the markup removed, and each gold TIMEX3 keeps its
character offsets into that text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    dct: str | None  # the creation time's value, e.g. 1998-02-13T14:26:00
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)

    @property
    def published(self) -> str | None:
        """The creation date as `YYYY-MM-DD` (what `Article.published` holds)."""
        return self.dct[:10] if self.dct and len(self.dct) >= 10 else None


def _walk(elem: ET.Element, parts: list[str], pos: int, out: list[GoldTimex]) -> int:
    """Append elem's text to `parts`, recording TIMEX3 offsets; return the new position."""
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        start = pos
        pos = _walk(child, parts, pos, out)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:pos]
            out.append(GoldTimex(start, pos, text, child.get("type", "DATE"), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def read_timeml(path: Path) -> TimeMLDoc:
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    if text_el is not None:
        _walk(text_el, parts, 0, timexes)
    return TimeMLDoc(path.stem, dct, "".join(parts), timexes)


def iter_timeml(directory: Path) -> Iterator[TimeMLDoc]:
    """Every `*.tml` file under `directory` (sorted by name), skipping files without a DCT."""
    for path in sorted(Path(directory).rglob("*.tml")):
        doc = read_timeml(path)
        if doc.published:
            yield doc
