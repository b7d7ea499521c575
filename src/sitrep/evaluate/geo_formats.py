"""Readers for the two public geoparsing XML formats: GeoWebNews and LGL/TR-News.

Both give an article's text and its toponyms as character offsets into that text. A toponym
with a GeoNames id is scored for resolution; one with only coordinates (GeoWebNews streets,
buildings) still counts as a place for recognition, so finding it is not a false positive.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _num(text: str | None, kind=float):
    text = (text or "").strip()
    try:
        return kind(text) if text else None
    except ValueError:
        return None


def read_gwn(path: Path) -> list[GoldArticle]:
    """GeoWebNews (Gritta et al. 2019): <article file=..><text/><toponyms><toponym>..."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            gid, lat, lon = (
                _num(t.findtext("geonamesID"), int),
                _num(t.findtext("latitude")),
                _num(t.findtext("longitude")),
            )
            if gid is None and lat is None:
                continue  # expressions, demonyms, languages, non-toponyms: nothing to locate
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            tops.append(GoldToponym(s, e, text[s:e], gid, lat, lon))
        out.append(GoldArticle(art.get("file") or str(len(out)), text, sorted(tops, key=lambda x: x.start)))
    return out


def read_lgl(path: Path) -> list[GoldArticle]:
    """LGL / TR-News (Lieberman et al.; Kamalloo & Rafiei): <article docid><text/><toponyms><toponym><gaztag>."""
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            s, e = _realign(
                text, t.findtext("phrase") or "", int(t.findtext("start")), int(t.findtext("end"))
            )
            g = t.find("gaztag")
            gid = _num(g.get("geonameid"), int) if g is not None else None
            lat = _num(g.findtext("lat")) if g is not None else None
            lon = _num(g.findtext("lon")) if g is not None else None
            tops.append(GoldToponym(s, e, text[s:e], gid, lat, lon))
        out.append(GoldArticle(art.get("docid") or str(len(out)), text, sorted(tops, key=lambda x: x.start)))
    return out


def _realign(text: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """Some TR-News offsets drift by a few characters; move the span to the nearest copy of its phrase."""
    phrase = phrase.strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - 80)
    hits = [lo + i for i in range(len(text[lo : start + 80])) if text.startswith(phrase, lo + i)]
    if not hits:
        return start, end
    s = min(hits, key=lambda h: abs(h - start))
    return s, s + len(phrase)


def read(path: str | Path) -> list[GoldArticle]:
    """Either format, told apart by its markup."""
    path = Path(path)
    with open(path, encoding="utf-8") as fh:
        head = fh.read(200_000)
    return read_lgl(path) if "<gaztag" in head or "<phrase>" in head else read_gwn(path)
