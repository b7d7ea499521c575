"""`sitrep show`: one article in the terminal with every extraction highlighted.

Article text is untrusted: control characters (and so terminal escape sequences) are shown as
visible escapes, never sent to the terminal.
"""

from __future__ import annotations

import re

from sitrep.record import Record

# Kind -> (ANSI style, label). Later kinds win where spans overlap: places and times are the
# finest-grained, so they are painted over claim content and event evidence.
STYLES = {
    "event": ("\x1b[4m", "event evidence"),
    "claim": ("\x1b[33m", "claim content"),
    "speaker": ("\x1b[1;35m", "speaker"),
    "time": ("\x1b[1;34m", "time"),
    "place": ("\x1b[1;32m", "place"),
}
RESET = "\x1b[0m"
# C0 and C1 controls (ESC, CSI, BEL...) and the bidi overrides/isolates, which reorder what the
# terminal shows (text that reads differently from what it is).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(ch: str) -> str:
    n = ord(ch)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def safe(text: str) -> str:
    """Make untrusted text safe for a terminal: control characters become visible escapes."""
    return _CONTROL.sub(lambda m: _escape(m.group()), text)


def quoted(text: str) -> str:
    """`text` as a Python-style quoted string (repr escapes every unprintable character)."""
    return safe(repr(text))


def spans(record: Record) -> list[tuple[int, int, str]]:
    out = [(e.evidence.start, e.evidence.end, "event") for e in record.events]
    for c in record.claims:
        out.append((c.content.start, c.content.end, "claim"))
        if c.speaker:
            out.append((c.speaker.start, c.speaker.end, "speaker"))
    out += [(t.start, t.end, "time") for t in record.times]
    out += [(p.start, p.end, "place") for p in record.places]
    return out


def render(record: Record, color: bool = True) -> str:
    a = record.article
    text = a.text
    kinds: list[str | None] = [None] * len(text)
    for start, end, kind in spans(record):
        for i in range(max(0, start), min(end, len(text))):
            kinds[i] = kind
    body: list[str] = []
    current: str | None = None
    for i, (ch, kind) in enumerate(zip(text, kinds, strict=True)):
        if color and kind != current:
            body.append(RESET if current else "")
            body.append(STYLES[kind][0] if kind else "")
            current = kind
        if ch == "\r" and text[i + 1 : i + 2] == "\n":
            continue  # a Windows line end is a line end; a lone CR (which overwrites a line) is escaped
        body.append(ch if ch == "\n" else safe(ch))
    if color and current:
        body.append(RESET)

    head = [
        f"id:        {safe(a.id)}",
        f"title:     {safe(a.title or '')}",
        f"published: {a.published or 'unknown'}",
        f"source:    {safe(a.source or '')}  {safe(a.url or '')}",
        f"extracted: {len(record.places)} places, {len(record.times)} times, "
        f"{len(record.claims)} claims, {len(record.events)} events",
    ]
    if color:
        head.append("legend:    " + "  ".join(f"{style}{label}{RESET}" for style, label in STYLES.values()))
    lines = head + ["", "".join(body), ""]
    for p in record.places:
        lines.append(
            f"place  {p.start}-{p.end} {quoted(p.text)} -> {safe(p.name or '?')} "
            f"({p.feature}, {p.admin1_name or ''} {p.country or ''}) geonames:{p.geonameid}"
            + (" [metonym]" if p.metonym else "")
        )
    for t in record.times:
        lines.append(f"time   {t.start}-{t.end} {quoted(t.text)} -> {t.value} ({t.type})")
    for c in record.claims:
        who = (
            f"{safe(c.speaker.name or c.speaker.text)} [{c.speaker.side or '?'}]"
            if c.speaker
            else "(no speaker)"
        )
        lines.append(f"claim  {c.id} {who} {c.cue or ''} ({c.quote}, {c.status}): {quoted(c.content.text)}")
        if c.via is not None:
            lines.append(f"       relayed by claim {c.via}")
        if c.unverified_by is not None:
            lines.append(f"       marked unverified: {quoted(c.unverified_by.text)}")
    for e in record.events:
        lines.append(
            f"event  {e.id} {e.type}/{e.acled_sub_event_type or '-'} "
            f"{quoted(text[e.evidence.start : e.evidence.end])}"
        )
    return "\n".join(lines)
