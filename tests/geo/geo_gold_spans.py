"""Resolution alone, as the gold-span eval runs it: every whole-word occurrence of the given names
becomes a mention, with the text's context cues, and is resolved against the shipped gazetteer."""

from __future__ import annotations

import re

from sitrep.geo.gazetteer import load
from sitrep.geo.recognize import annotate_context
from sitrep.geo.resolve import Mention, resolve


def resolve_names(text: str, *names: str):
    """Resolve every occurrence of `names` in `text`, as gold spans, in text order."""
    mentions = [
        Mention(m.group(0), m.start(), m.end(), source="gold")
        for n in names
        for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)
    ]
    annotate_context(text, mentions)
    return sorted(resolve(load(), mentions), key=lambda c: c.mention.start)
