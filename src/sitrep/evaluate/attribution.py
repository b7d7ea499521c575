"""`sitrep eval attribution DIR`: source, cue and content against BRAT attribution annotations.

DIR is PolNeAR's root (its `train`/`dev` splits are read) or one split directory. For each
role the command prints exact-span and token-overlap precision, recall and F1:
- exact: a predicted span counts when a gold span of that role has the same start and end
  (a discontinuous gold span is compared by its outer extent, as the record stores one span);
- token overlap: precision is the share of predicted tokens that gold gives the same role,
  recall the share of gold tokens predicted with it (the corpus labels each token once).
The peer, textacy's `direct_quotations`, is scored the same way in the same run when textacy
imports beside the project's spaCy (`pip install "sitrep[peers]"`). Parses come from
`sitrep.evaluate.parses.parse_all`, so a second run of a split costs only the extractors.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitrep.evaluate.brat import ROLES, AnnotatedText, read_split

Char = tuple[int, int]
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Predicted:
    """Spans a system predicts for one article, per role (one span per attribution role)."""

    source: list[Char] = field(default_factory=list)
    cue: list[Char] = field(default_factory=list)
    content: list[Char] = field(default_factory=list)


@dataclass
class Score:
    tp: float = 0.0
    pred: float = 0.0
    gold: float = 0.0

    def add(self, tp: float, pred: float, gold: float) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _strip(text: str, span: Char) -> Char:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b)


def _tokens(text: str, spans: Iterable[Char]) -> set[int]:
    """Start offsets of the word/punctuation tokens inside `spans`."""
    out: set[int] = set()
    for a, b in spans:
        out.update(m.start() for m in _TOKEN.finditer(text, a, b))
    return out


def score_article(doc: AnnotatedText, pred: Predicted, exact: dict[str, Score], overlap: dict[str, Score]):
    """Add one article's counts to the running exact and token-overlap scores."""
    text = doc.text
    for role in ROLES:
        gold_frags = [f for att in doc.attributions for f in getattr(att, role) if f]
        gold = Counter(_strip(text, (f[0][0], f[-1][1])) for f in gold_frags)
        guess = Counter(_strip(text, s) for s in getattr(pred, role))
        exact[role].add(sum((gold & guess).values()), sum(guess.values()), sum(gold.values()))
        gold_tok = _tokens(text, [piece for f in gold_frags for piece in f])
        pred_tok = _tokens(text, getattr(pred, role))
        overlap[role].add(len(gold_tok & pred_tok), len(pred_tok), len(gold_tok))


def sitrep_predictions(nlp) -> Callable:
    """Predicted spans from sitrep's claims, exactly as the record stores them."""
    from sitrep.claims.stage import find_claims

    def predict(doc) -> Predicted:
        out = Predicted()
        for claim in find_claims(doc):
            out.content.append((claim.content.start, claim.content.end))
            if claim.cue_span is not None:
                out.cue.append((claim.cue_span.start, claim.cue_span.end))
            if claim.speaker is not None and claim.cue_span is not None:
                out.source.append((claim.speaker.start, claim.speaker.end))
        return out

    return predict


def textacy_predictions() -> tuple[Callable | None, str]:
    """textacy's `direct_quotations` as a peer, or None with the reason it cannot run."""
    try:
        import textacy
        from textacy.extract.triples import direct_quotations
    except Exception as err:  # noqa: BLE001 - any import failure means no peer, said in the output
        return None, f"textacy not importable beside this spaCy ({type(err).__name__}: {err})"

    skipped = {"paragraphs": 0}

    def predict(doc) -> Predicted:
        # Paragraph by paragraph, as textacy bails out on a whole text with one unclosed quote.
        out = Predicted()
        for para in _paragraphs(doc):
            base = para.start_char
            try:
                quotes = list(direct_quotations(para.as_doc()))
            except ValueError:
                skipped["paragraphs"] += 1
                continue
            for dq in quotes:
                if dq.speaker:
                    out.source.append(
                        (base + dq.speaker[0].idx, base + dq.speaker[-1].idx + len(dq.speaker[-1].text))
                    )
                if dq.cue:
                    out.cue.append((base + dq.cue[0].idx, base + dq.cue[-1].idx + len(dq.cue[-1].text)))
                out.content.append((base + dq.content.start_char, base + dq.content.end_char))
        return out

    predict.skipped = skipped  # type: ignore[attr-defined]
    return predict, f"textacy {textacy.__version__}"


def _paragraphs(doc):
    """Spans of `doc` between newlines."""
    start = 0
    for tok in doc:
        if "\n" in tok.text:
            if tok.i > start:
                yield doc[start : tok.i]
            start = tok.i + 1
    if start < len(doc):
        yield doc[start:]


def evaluate(docs: list[AnnotatedText], nlp, systems: dict[str, Callable]) -> dict[str, dict]:
    """Scores per system: {"exact": {role: Score}, "overlap": {role: Score}, "seconds": float}."""
    results = {
        name: {"exact": {r: Score() for r in ROLES}, "overlap": {r: Score() for r in ROLES}, "seconds": 0.0}
        for name in systems
    }
    from sitrep.evaluate.parses import parse_all

    for gold, parsed in zip(docs, parse_all(nlp, [d.text for d in docs]), strict=True):
        for name, predict in systems.items():
            t0 = time.perf_counter()
            pred = predict(parsed)
            results[name]["seconds"] += time.perf_counter() - t0
            score_article(gold, pred, results[name]["exact"], results[name]["overlap"])
    return results


def format_table(split: str, n_docs: int, n_gold: int, results: dict[str, dict]) -> str:
    lines = [
        f"## {split}: {n_docs} articles, {n_gold} gold attributions",
        "",
        "| system | role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, res in results.items():
        for role in ROLES:
            e, o = res["exact"][role], res["overlap"][role]
            lines.append(
                f"| {name} | {role} | {e.p:.3f} | {e.r:.3f} | {e.f1:.3f} | {o.p:.3f} | {o.r:.3f} | {o.f1:.3f} |"
            )
    lines.append("")
    lines.append(
        "Seconds in the extractor (parse excluded): "
        + ", ".join(f"{n} {r['seconds']:.1f}" for n, r in results.items())
    )
    return "\n".join(lines)


def _splits(directory: Path, wanted: tuple[str, ...]) -> list[tuple[str, Path]]:
    if (directory / "attributions").is_dir():
        return [(directory.name, directory)]
    found = [(s, directory / s) for s in wanted if (directory / s / "attributions").is_dir()]
    if not found:
        raise click.UsageError(f"no BRAT split ({', '.join(wanted)}) with attributions/ under {directory}")
    return found


@click.command("attribution")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--split", "splits", multiple=True, default=("dev", "train"), show_default=True, help="Splits under DIR."
)
@click.option("--limit", type=int, default=None, help="Only the first N articles of each split.")
@click.option("--peer/--no-peer", default=True, show_default=True, help="Score textacy beside sitrep.")
def command(directory: Path, splits: tuple[str, ...], limit: int | None, peer: bool) -> None:
    """Score sitrep's claims (and textacy's direct quotations) on BRAT attribution data."""
    from sitrep.nlp import load_nlp

    nlp = load_nlp()
    systems: dict[str, Callable] = {"sitrep": sitrep_predictions(nlp)}
    if peer:
        predict, note = textacy_predictions()
        click.echo(f"peer: {note}")
        if predict is not None:
            systems["textacy direct_quotations"] = predict
    for split, path in _splits(directory, splits):
        docs = read_split(path, limit=limit)
        results = evaluate(docs, nlp, systems)
        n_gold = sum(len(d.attributions) for d in docs)
        click.echo(format_table(split, len(docs), n_gold, results))
        for name, predict in systems.items():
            if getattr(predict, "skipped", None):
                click.echo(
                    f"{name}: skipped {predict.skipped['paragraphs']} paragraphs it refused (unclosed quotes)"
                )
        click.echo("")
