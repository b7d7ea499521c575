"""Claims: attributed speech in war reporting — speaker, side, cue, quote, content, status.

`claim_at(record, start, end)` tells other stages which claim (if any) reports a stretch of
text, so an event found inside a claim's content is marked as claimed, not observed.
"""

from __future__ import annotations

from sitrep.record import Claim, Record


def claim_at(record: Record, start: int, end: int) -> Claim | None:
    """The claim whose content covers the character span [start, end), else None.

    When claims nest or overlap, the one with the shortest content wins (the most specific).
    """
    covering = [c for c in record.claims if c.content.start <= start and end <= c.content.end]
    if not covering:
        return None
    return min(covering, key=lambda c: c.content.end - c.content.start)


__all__ = ["claim_at"]
