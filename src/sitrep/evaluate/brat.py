"""Read attribution annotations in BRAT standoff format, as PolNeAR ships them.

A PolNeAR split is a directory with `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`.
Each `E` line ties text-bound `Source`, `Cue` and `Content` spans into one attribution;
spans may be discontinuous (`start end;start end`, kept in text order). Articles annotated by several
annotators keep the first annotation file in sorted order, so a run is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("source", "cue", "content")

Fragments = tuple[tuple[int, int], ...]


@dataclass
class Attribution:
    """One annotated attribution; each role is a list of (possibly discontinuous) spans."""

    source: list[Fragments] = field(default_factory=list)
    cue: list[Fragments] = field(default_factory=list)
    content: list[Fragments] = field(default_factory=list)


@dataclass
class AnnotatedText:
    name: str
    text: str
    attributions: list[Attribution]


def parse_ann(ann: str) -> list[Attribution]:
    """Attributions from the text of one `.ann` file (T and E lines; others are ignored)."""
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if line.startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            # Fragments in text order: annotators sometimes list a later piece first.
            frags = tuple(
                sorted(
                    (int(a), int(b))
                    for a, b in (piece.split() for piece in offsets.split(";") if piece.strip())
                )
            )
            spans[parts[0]] = (label, frags)
        elif line.startswith("E"):
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg])
    out = []
    for args in events:
        att = Attribution()
        for role, ref in args:
            key = role.rstrip("0123456789").lower()
            if key in ROLES and ref in spans:
                getattr(att, key).append(spans[ref][1])
        out.append(att)
    return out


def read_split(directory: str | Path, limit: int | None = None) -> list[AnnotatedText]:
    """Every annotated article of one split directory (e.g. `PolNeAR/dev`), sorted by name."""
    directory = Path(directory)
    texts = {p.stem: p for p in (directory / "text").glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted((directory / "attributions").glob("*.ann")):
        stem = ann.stem
        name = next((n for n in (stem, stem.rsplit("_", 1)[0]) if n in texts), None)
        if name is not None and name not in chosen:
            chosen[name] = ann
    docs = []
    for name in sorted(chosen)[:limit]:
        text = texts[name].read_text("utf-8")
        docs.append(AnnotatedText(name, text, parse_ann(chosen[name].read_text("utf-8"))))
    return docs
