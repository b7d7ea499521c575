"""`sitrep eval time DIR`: time expressions against TimeML files with a creation time.

For every `*.tml` file under DIR (TempEval-3 format) the text is parsed, the `times` stage is
run with the creation date as publication date, and the result is scored as TempEval-3 does:
- strict: a predicted span counts when a gold TIMEX3 has the same start and end;
- relaxed: spans are paired one-to-one when they overlap;
- type accuracy: the share of relaxed pairs with the same type;
- value P/R/F1: a relaxed pair counts when the values are the same string; precision is over
  all predicted expressions, recall over all gold ones.
This is the TempEval-3 scorer's definition (its `evaluate_entities.py`): there the value score
is value accuracy over relaxed matches times relaxed F1, which equals 2 * correct values /
(system timexes + gold timexes), the F1 of the P and R above; values are compared as exact
strings, with no normalization (`2023-02-15T17` is not `2023-02-15T17:00`), counts are summed
over all files before dividing, and the creation time (t0) is not scored. Figures are therefore
comparable with HeidelTime's published TempEval-3 value F1.
The peer, `dateparser.search_dates` with the creation time as its base, is scored the same way
in the same run: its value is written at the period dateparser reports (day, week, month,
year, time) and a leading preposition is trimmed from its spans.

The files are split by a fixed hash of their name: `tune` (what the grammar was developed
on) and `held-out` (never looked at); figures are printed for both and for all files. The tune
half is split again, its files taken alternately by name into `tune-a` (where errors are read and
fixed) and `tune-b` (a check that a fix carries over: it is kept only if tune-b does not drop).
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import click
from spacy.tokens import Doc

from sitrep.evaluate.parses import parse_all
from sitrep.evaluate.timeml import TimeMLDoc, iter_timeml

SPLITS = ("tune", "held-out")
SUBSPLITS = ("tune-a", "tune-b")


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    type: str
    value: str | None


def split_of(name: str) -> str:
    """A fixed split of a TimeML file name (with its `.tml`) that does not depend on its content."""
    return "tune" if hashlib.md5(f"{name}.tml".encode()).digest()[0] % 2 == 0 else "held-out"


def subsplits(names: list[str]) -> dict[str, str]:
    """The tune files of `names` taken alternately by sorted name into tune-a and tune-b."""
    tune = sorted(n for n in names if split_of(n) == "tune")
    return {n: SUBSPLITS[i % 2] for i, n in enumerate(tune)}


@dataclass
class Counts:
    docs: int = 0
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for f in self.__dataclass_fields__:
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(doc: TimeMLDoc, predicted: list[Predicted]) -> Counts:
    c = Counts(docs=1, gold=len(doc.timexes), pred=len(predicted))
    spans = {(p.start, p.end) for p in predicted}
    c.strict = sum((g.start, g.end) in spans for g in doc.timexes)
    free = sorted(predicted, key=lambda p: p.start)
    for g in doc.timexes:
        for i, p in enumerate(free):
            if p.start < g.end and g.start < p.end:
                c.relaxed += 1
                c.type_ok += p.type == g.type
                c.value_ok += p.value == g.value
                del free[i]
                break
    return c


# ---------------------------------------------------------------- systems


def sitrep_system(parsed: dict[str, Doc]) -> Callable[[TimeMLDoc], list[Predicted]]:
    """The `times` stage on each file's parse (`parsed`: file name -> spaCy Doc of its text)."""
    from sitrep.dates.stage import times_of

    def predict(doc: TimeMLDoc) -> list[Predicted]:
        return [Predicted(t.start, t.end, t.type, t.value) for t in times_of(parsed[doc.name], doc.published)]

    return predict


_LEADING = re.compile(r"^(?:on|in|at|by|since|until|from|for|during|of|the)\s+", re.I)
_PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}


def dateparser_system() -> Callable[[TimeMLDoc], list[Predicted]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def predict(doc: TimeMLDoc) -> list[Predicted]:
        base = (
            datetime.fromisoformat(doc.dct[:19])
            if doc.dct and "T" in doc.dct
            else datetime.fromisoformat(doc.published)
        )
        settings = {"RELATIVE_BASE": base, "RETURN_TIME_AS_PERIOD": True}
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        ddp = DateDataParser(languages=["en"], settings=settings)
        out: list[Predicted] = []
        pos = 0
        for sub, when in found:
            at = doc.text.find(sub, pos)
            if at < 0:
                continue
            pos = at + len(sub)
            trimmed = _LEADING.sub("", sub).rstrip(" ,.;")
            start = at + sub.find(trimmed) if trimmed else at
            end = start + len(trimmed) if trimmed else at + len(sub)
            period = (ddp.get_date_data(trimmed or sub).period or "day") if trimmed or sub else "day"
            if period == "week":
                y, w, _ = when.isocalendar()
                value = f"{y:04d}-W{w:02d}"
            else:
                value = when.strftime(_PERIOD_FORMAT.get(period, "%Y-%m-%d"))
            out.append(Predicted(start, end, "TIME" if period == "time" else "DATE", value))
        return out

    return predict


# ---------------------------------------------------------------- the command


def _row(system: str, split: str, c: Counts) -> str:
    sp, sr, sf = c.prf(c.strict)
    rp, rr, rf = c.prf(c.relaxed)
    vp, vr, vf = c.prf(c.value_ok)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    return (
        f"{system:<11} {split:<9} {c.docs:>4} {c.gold:>5} {c.pred:>5}  "
        f"{sp:.3f} {sr:.3f} {sf:.3f}  {rp:.3f} {rr:.3f} {rf:.3f}  {type_acc:.3f}  {vp:.3f} {vr:.3f} {vf:.3f}"
    )


HEADER = (
    f"{'system':<11} {'split':<9} {'docs':>4} {'gold':>5} {'pred':>5}  "
    f"{'strict P   R     F1':<18}  {'relaxed P  R     F1':<18}  {'type':<5}  {'value P   R     F1'}"
)


@click.command("time")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Score only the first N files (sorted by name).")
@click.option(
    "--split", "only", type=click.Choice(SPLITS + SUBSPLITS), default=None, help="Score one split only."
)
@click.option("--peer/--no-peer", default=True, show_default=True, help="Also score dateparser.search_dates.")
@click.option("--errors", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write sitrep's wrong values and misses (tune-a only) to this TSV file.")  # fmt: skip
def command(directory: Path, limit: int | None, only: str | None, peer: bool, errors: Path | None) -> None:
    """Score time expressions on TimeML files in DIRECTORY (e.g. the TempEval-3 TimeBank).

    \b
    Example:
      sitrep eval time ../shared/eval/time/TimeBank
    """
    from sitrep.nlp import load_nlp

    docs = list(iter_timeml(directory))
    sub = subsplits([d.name for d in docs])
    docs = [d for d in docs if only is None or only in (split_of(d.name), sub.get(d.name))]
    if limit:
        docs = docs[:limit]
    if not docs:
        raise click.UsageError(f"{directory}: no TimeML files with a creation time")
    t0 = time.perf_counter()
    parses = parse_all(load_nlp(), [d.text for d in docs])
    parse_seconds = time.perf_counter() - t0
    systems: dict[str, Callable] = {
        "sitrep": sitrep_system({d.name: p for d, p in zip(docs, parses, strict=True)})
    }
    if peer:
        systems["dateparser"] = dateparser_system()
    rows = ("tune", *SUBSPLITS, "held-out", "all")
    totals = {(s, sp): Counts() for s in systems for sp in rows}
    seconds = dict.fromkeys(systems, 0.0)
    error_lines: list[str] = []
    for i, doc in enumerate(docs, 1):
        split = split_of(doc.name)
        for name, predict in systems.items():
            t0 = time.perf_counter()
            predicted = predict(doc)
            seconds[name] += time.perf_counter() - t0
            c = score(doc, predicted)
            totals[(name, split)].add(c)
            totals[(name, "all")].add(c)
            if doc.name in sub:
                totals[(name, sub[doc.name])].add(c)
            if errors is not None and name == "sitrep" and sub.get(doc.name) == "tune-a":
                error_lines.extend(_errors(doc, predicted))
        if i % 10 == 0 or i == len(docs):
            print(f"\r{i}/{len(docs)} files", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    click.echo(HEADER)
    for name in systems:
        for sp in rows:
            if totals[(name, sp)].docs:
                click.echo(_row(name, sp, totals[(name, sp)]))
    click.echo("")
    click.echo(f"spaCy parse (or its cache): {parse_seconds:.1f} s for {len(docs)} files")
    for name, secs in seconds.items():
        click.echo(
            f"{name}: {secs:.1f} s for {len(docs)} files{' (the stage alone)' if name == 'sitrep' else ''}"
        )
    if errors is not None:
        errors.write_text("\t".join(ERROR_COLUMNS) + "\n" + "".join(error_lines), "utf-8")


ERROR_COLUMNS = (
    "kind",
    "doc",
    "dct",
    "gold_type",
    "gold_value",
    "gold_text",
    "type",
    "value",
    "text",
    "context",
)


def _errors(doc: TimeMLDoc, predicted: list[Predicted]) -> list[str]:
    """Gold-vs-predicted lines for the tune-a split, to look at while developing: a MISS (gold not
    found), WRONG (type or value differs) or EXTRA (not in gold), with the words around it."""

    def line(kind: str, g, p: Predicted | None) -> str:
        start, end = (p.start, p.end) if p is not None else (g.start, g.end)
        context = f"{doc.text[max(0, start - 60) : start]}[[{doc.text[start:end]}]]{doc.text[end : end + 40]}"
        cells = [kind, doc.name, doc.published or ""]
        cells += [g.type, g.value, g.text] if g is not None else ["", "", ""]
        cells += [p.type, p.value or "", doc.text[p.start : p.end]] if p is not None else ["", "", ""]
        cells.append(context)
        return "\t".join(" ".join(c.split()) for c in cells) + "\n"

    out = []
    used: set[int] = set()
    for g in doc.timexes:
        hit = next(
            (i for i, p in enumerate(predicted) if i not in used and p.start < g.end and g.start < p.end),
            None,
        )
        if hit is None:
            out.append(line("MISS", g, None))
            continue
        used.add(hit)
        p = predicted[hit]
        if p.value != g.value or p.type != g.type:
            out.append(line("WRONG", g, p))
    out.extend(line("EXTRA", None, p) for i, p in enumerate(predicted) if i not in used)
    return out
