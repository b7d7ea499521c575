"""Stage `claims`: who said what, how the reporter framed it, and whether it was checked.

    attributions (parse rules) -> speakers resolved and given a side -> status in the article

The record keeps the cue lemma in `Claim.cue`; the cue's span and strength stay available
from `claims_with_cues(doc)` (and `cues.cue_strength(lemma)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.claims.attribute import Attribution, find_attributions
from sitrep.claims.cues import CONFIRM, cue_strength
from sitrep.claims.resolve import Named, named_mentions, resolve_name
from sitrep.claims.sides import side_of
from sitrep.claims.status import content_words, is_denial, unverified_markers
from sitrep.claims.text import doc_text
from sitrep.record import Claim, Record, Span, Speaker


@dataclass
class ClaimDetail:
    """A claim with what the record does not hold: its cue span and the cue's strength."""

    claim: Claim
    cue_span: tuple[int, int] | None
    strength: str | None


def _speaker(doc: Doc, att: Attribution, speakers: list[Named], named: list[Named]) -> Speaker | None:
    if att.source is None or att.source_token is None:
        return None
    a, b = att.source
    text = doc_text(doc)[a:b]
    name, kind = resolve_name(doc, doc[att.source_token], (a, b), speakers, named)
    name = name.strip(" ,;:") or None if name else None
    side = side_of(name, text) if name else side_of(text)
    if name is not None and kind in ("person", "group"):
        speakers.append(Named(a, b, name, kind, name, True))
    return Speaker(text=text, start=a, end=b, name=name, side=side)


def _is_checking_report(att: Attribution, markers) -> bool:
    """ "Reuters could not confirm the report" is a marking, not a claim."""
    return (
        att.cue is not None
        and cue_strength(att.lemma) == CONFIRM
        and any(m.start <= att.cue[0] < m.end for m in markers)
    )


def claim_details(doc: Doc) -> list[ClaimDetail]:
    """The article's claims in text order, with ids c1, c2, ... and their statuses."""
    text = doc_text(doc)
    markers = unverified_markers(text)
    atts = [a for a in find_attributions(doc) if not _is_checking_report(a, markers)]
    speakers: list[Named] = []
    named = named_mentions(doc)
    details: list[ClaimDetail] = []
    by_att: dict[int, ClaimDetail] = {}
    for i, att in enumerate(atts, start=1):
        speaker = _speaker(doc, att, speakers, named)
        prev = att.extra.get("continues")
        if speaker is None and prev is not None and id(prev) in by_att:
            prev_speaker = by_att[id(prev)].claim.speaker
            speaker = Speaker(**vars(prev_speaker)) if prev_speaker is not None else None
        a, b = att.extent
        claim = Claim(
            id=f"c{i}",
            speaker=speaker,
            cue=att.lemma,
            quote=att.quote,
            content=Span(text[a:b], a, b),
        )
        detail = ClaimDetail(claim, att.cue, cue_strength(att.lemma))
        by_att[id(att)] = detail
        details.append(detail)
    _mark_unverified(text, details, atts, markers)
    _mark_denied(doc, details)
    return details


def _mark_unverified(text: str, details: list[ClaimDetail], atts: list[Attribution], markers) -> None:
    for marker in markers:
        before = [d for d in details if d.claim.content.start < marker.start]
        if not before:
            continue
        nearest = max(before, key=lambda d: d.claim.content.end)
        if text.count("\n\n", nearest.claim.content.end, marker.start) > 2:
            continue
        nearest.claim.status = "unverified"
        # The marking covers the whole account: the quotation it continues, back to its start.
        index = {id(d): a for d, a in zip(details, atts, strict=True)}
        att = index[id(nearest)]
        while (prev := att.extra.get("continues")) is not None:
            for d, a in zip(details, atts, strict=True):
                if a is prev and d.claim.status == "reported":
                    d.claim.status = "unverified"
            att = prev


def _mark_denied(doc: Doc, details: list[ClaimDetail]) -> None:
    """A denial contradicts the earlier claim by others that shares most content words with it
    (at least two; ties all count). A denied claim is `denied` even if the article also marked
    it unverified: the denial is the stronger fact, and the marking stays in the text."""
    for j, denial in enumerate(details):
        if not is_denial(denial.claim.cue, denial.claim.content.text):
            continue
        own = content_words(doc, denial.claim.content.start, denial.claim.content.end)
        denier = denial.claim.speaker
        scored: list[tuple[int, ClaimDetail]] = []
        for other in details[:j]:
            spk = other.claim.speaker
            if denier is not None and spk is not None:
                same = (spk.name or spk.text) == (denier.name or denier.text)
                if same or (spk.side is not None and spk.side == denier.side):
                    continue
            shared = own & content_words(doc, other.claim.content.start, other.claim.content.end)
            if len(shared) >= 2:
                scored.append((len(shared), other))
        best = max((n for n, _ in scored), default=0)
        for n, other in scored:
            if n == best:
                denial.claim.contradicts.append(other.claim.id)
                other.claim.status = "denied"


def claims_with_cues(doc: Doc) -> list[tuple[Claim, tuple[int, int] | None]]:
    """(claim, cue span) pairs, for evaluation against span annotations."""
    return [(d.claim, d.cue_span) for d in claim_details(doc)]


def make_stage(nlp: Language):
    from sitrep.claims.sides import load_lexicon

    load_lexicon()  # read the sides lexicon once per process

    def claims(doc: Doc, record: Record) -> None:
        record.claims = [d.claim for d in claim_details(doc)]

    return claims
