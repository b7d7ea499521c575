"""Read PLOVER gold-standard records (JSON list, as in PLOVER_GSR_CAMEO, CC BY-SA 4.0).

Each record has `text`, `event` (a PLOVER type, possibly a pre-2021 name: DEMAND, DISAPPROVE,
INVESTIGATE, FIGHT, mapped here to REQUEST, ACCUSE, ACCUSE, ASSAULT), `source` and `target`
(lists of {actorText, code, sector}, or ""). The DOCUMENT record is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.events.ontology import PLOVER_LEGACY, PLOVER_TYPES


@dataclass
class GoldRecord:
    id: str
    text: str
    event: str  # PLOVER 2021 type
    source: list[str]
    target: list[str]
    mode: str | None

    @property
    def split(self) -> str:
        """'tune' for odd record numbers (the id's last number), 'held-out' for even ones."""
        digits = self.id.rsplit("-", 1)[-1]
        return "tune" if (int(digits) if digits.isdigit() else len(self.id)) % 2 else "held-out"


def _texts(value) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a.get("actorText", "") for a in value if isinstance(a, dict) and a.get("actorText")]


def read_plover_gsr(path: str | Path) -> Iterator[GoldRecord]:
    data = json.loads(Path(path).read_text("utf-8"))
    for rec in data:
        event = PLOVER_LEGACY.get(rec.get("event", ""), rec.get("event", ""))
        if event not in PLOVER_TYPES or not rec.get("text"):
            continue
        yield GoldRecord(
            id=rec.get("id", ""),
            text=rec["text"],
            event=event,
            source=_texts(rec.get("source")),
            target=_texts(rec.get("target")),
            mode=rec.get("mode") or None,
        )
