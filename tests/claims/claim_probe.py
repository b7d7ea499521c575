"""Shared by the claims tests that probe one cue of a sentence of our own."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claim_with_cue(nlp, text: str, cue: str):
    """The first claim of `text` whose cue is written `cue`, or None."""
    return next(
        (c for c in find_claims(nlp(text)) if c.cue_span is not None and c.cue_span.text == cue), None
    )


def assert_claim(nlp, text: str, speaker: str | None, cue: str, content: str | None):
    """The claim with this cue has this speaker mention and (unless None) this content; a
    speaker of None means there is no claim with this cue. Returns the claim."""
    claim = claim_with_cue(nlp, text, cue)
    if speaker is None:
        assert claim is None
        return None
    assert claim is not None, "no claim with this cue"
    assert claim.speaker is not None and claim.speaker.text == speaker
    if content is not None:
        assert claim.content.text == content
    return claim
