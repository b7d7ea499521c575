"""`sitrep eval events FILE`: score event coding on three public formats.

- ACLED-style CSV (text = notes): event type and sub-type accuracy and macro-F1, place within
  25 km, admin-1 match, date exact, actor side match; the full pipeline runs on each note.
- CASE 2021 task 2 TSV (event snippets with ACLED sub-types): sub-type accuracy and macro-F1
  over the 25 ACLED sub-types; each snippet is coded as one span by the rules the stage uses.
- PLOVER gold-standard records JSON: event type accuracy and source/target overlap.

Every table has a row per split (tune / held-out, fixed by id parity) so that a figure can be
read on data the rules were not tuned on.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import click

from sitrep.evaluate.acled import UnreadableExport, is_acled_json, read_text
from sitrep.evaluate.parses import parse_all
from sitrep.events.actors import side_and_sector
from sitrep.events.ontology import ACLED_SUBTYPES, PLOVER_TYPES

SPLITS = ("tune", "held-out")


# ---------------------------------------------------------------- metrics
def macro_f1(pairs: list[tuple[str | None, str | None]], labels: Iterable[str]) -> float:
    """Mean F1 over `labels` that occur in gold or prediction (absent from both: not counted)."""
    f1s = []
    for k in labels:
        tp = sum(1 for g, p in pairs if g == k and p == k)
        fp = sum(1 for g, p in pairs if g != k and p == k)
        fn = sum(1 for g, p in pairs if g == k and p != k)
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return sum(f1s) / len(f1s) if f1s else 0.0


def accuracy(pairs: list[tuple]) -> float:
    return sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


_ADMIN_ALIASES = {"kiev": "kyiv", "odessa": "odesa", "kirovohrad": "kropyvnytskyi", "dnipro": "dnipropetrovsk",
                  "autonomous republic of crimea": "crimea"}  # fmt: skip


def norm_admin(name: str | None) -> str:
    """'Kharkivs’ka Oblast’' / 'Kharkiv Oblast' / 'Kharkiv' -> 'kharkiv'; 'Donetska' -> 'donet'."""
    s = (name or "").lower().replace("’", "").replace("'", "")
    s = re.sub(r"\b(oblast|region|province|governorate|state)\b", "", s).strip(" ,-")
    s = re.sub(r"\s+", " ", s)
    s = _ADMIN_ALIASES.get(s, s)
    s = s.replace("zhzh", "zh").replace("yi", "i").replace("ya", "ia")
    return re.sub(r"(ska|sk|s)$", "", s)  # Ukrainian adjectival forms: Donetska, Luhansk, Sumska


def same_admin(a: str | None, b: str | None) -> bool:
    """Admin-1 names that differ only in transliteration or adjectival form."""
    x, y = norm_admin(a), norm_admin(b)
    if min(len(x), len(y)) < 3 or ("city" in x) != ("city" in y):
        return False
    return x.startswith(y) or y.startswith(x)


# ---------------------------------------------------------------- the three evaluations
def eval_acled(path: Path, limit: int | None, errors: list[dict]) -> dict[str, dict]:
    from sitrep import Pipeline
    from sitrep.evaluate.acled import read_acled
    from sitrep.events.detect import detect, primary
    from sitrep.record import Article

    rows = list(read_acled(path))[:limit]
    pipe = Pipeline()
    results: dict[str, dict] = {}
    for row, doc in zip(rows, parse_all(pipe.nlp, [r.notes for r in rows]), strict=True):
        record = pipe.annotate(doc, Article(id=row.id, text=row.notes, language="en"))
        d = primary([x for x in detect(doc, record) if x.happened], doc)
        place = record.places[d.place] if d is not None and d.place is not None else None
        gold_side = side_and_sector(row.actor1.lower().replace("(", " ").split())[0]
        pred_side = next((a.side for a in (d.actors if d else []) if a.role == "actor" and a.side), None)
        located = row.latitude is not None and row.longitude is not None
        item = {
            "type": (row.event_type, d.acled_event_type if d else None),
            "sub": (row.sub_event_type, d.acled_sub_event_type if d else None),
            # place, admin-1 and date are scored only on rows that give them (notes written
            # for typing alone carry none): None leaves the row out of that column
            "km25": (
                place is not None
                and place.lat is not None
                and km(place.lat, place.lon, row.latitude, row.longitude) <= 25.0
            )
            if located
            else None,
            "admin1": (place is not None and same_admin(place.admin1_name, row.admin1))
            if row.admin1
            else None,
            "found": (place is not None and place.lat is not None) if located else None,
            "date": (row.event_date, d.date if d else None) if row.event_date else None,
            "side": (gold_side, pred_side) if gold_side else None,
        }
        for split in (row.split, "all"):
            results.setdefault(split, []).append(item)
        if (
            d is None
            or item["sub"][0] != item["sub"][1]
            or item["km25"] is False
            or (item["date"] is not None and item["date"][0] != item["date"][1])
        ):
            errors.append({"id": row.id, "notes": row.notes, "gold": [row.event_type, row.sub_event_type, row.location, row.event_date],
                           "pred": [d.acled_sub_event_type if d else None, place.name if place else None, d.date if d else None,
                                    d.rule if d else None]})  # fmt: skip
    return {split: _acled_scores(items) for split, items in results.items()}


def _share(flags: list[bool | None]) -> float | None:
    """The share of True among the rows that were scored (None: the row gives no gold)."""
    scored = [f for f in flags if f is not None]
    return sum(scored) / len(scored) if scored else None


def _acled_scores(items: list[dict]) -> dict:
    sides = [i["side"] for i in items if i["side"]]
    dates = [i["date"] for i in items if i["date"] is not None]
    return {
        "n": len(items),
        "type_acc": accuracy([i["type"] for i in items]),
        "type_f1": macro_f1([i["type"] for i in items], {g for i in items for g in i["type"] if g}),
        "sub_acc": accuracy([i["sub"] for i in items]),
        "sub_f1": macro_f1([i["sub"] for i in items], ACLED_SUBTYPES),
        "place_found": _share([i["found"] for i in items]),
        "place_25km": _share([i["km25"] for i in items]),
        "n_place": sum(i["km25"] is not None for i in items),
        "admin1": _share([i["admin1"] for i in items]),
        "date": accuracy(dates) if dates else None,
        "n_date": len(dates),
        "side": accuracy(sides) if sides else None,
        "n_side": len(sides),
    }


def eval_case(path: Path, limit: int | None, errors: list[dict]) -> dict[str, dict]:
    from sitrep.evaluate.case2021 import EXTRA_LABELS, read_case2021
    from sitrep.events.classify import code_span
    from sitrep.nlp import load_nlp

    rows = list(read_case2021(path))[:limit]
    nlp = load_nlp()
    pairs: dict[str, list] = {}
    for row, doc in zip(rows, parse_all(nlp, [r.text for r in rows], batch_size=32), strict=True):
        c = code_span(doc)
        gold = row.sub_event_type or EXTRA_LABELS.get(row.label, row.label)
        pred = c.extra if c.extra else c.sub_event_type
        for split in (row.split, "all"):
            pairs.setdefault(split, []).append((gold, pred))
        if gold != pred:
            errors.append({"id": row.id, "split": row.split, "gold": row.label, "pred": pred, "rule": c.rule})
    out = {}
    for split, ps in pairs.items():
        acled = [(g, p) for g, p in ps if g in ACLED_SUBTYPES]
        out[split] = {
            "n": len(ps),
            "n_acled": len(acled),
            "sub_acc": accuracy(acled),
            "sub_f1": macro_f1(ps, ACLED_SUBTYPES),
            "all_acc": accuracy(ps),
        }
    return out


def _overlap(gold: list[str], pred: list[str]) -> bool:
    gw = {w.lower().strip(".,'’s") for g in gold for w in g.split()}
    pw = {w.lower().strip(".,'’s") for p in pred for w in p.split()}
    return bool(gw & pw - {"the", "a", "of", "and", ""})


def eval_plover(path: Path, limit: int | None, errors: list[dict]) -> dict[str, dict]:
    from sitrep.evaluate.plover_gsr import read_plover_gsr
    from sitrep.events.detect import detect, primary
    from sitrep.nlp import load_nlp
    from sitrep.record import Article, Record

    rows = list(read_plover_gsr(path))[:limit]
    nlp = load_nlp()
    items: dict[str, list] = {}
    for row, doc in zip(rows, parse_all(nlp, [r.text for r in rows], batch_size=32), strict=True):
        found = detect(doc, Record(Article(id=row.id, text=row.text)))
        d = primary([x for x in found if x.happened], doc, prefer_acled=False) or primary(found, doc, False)
        actors = [a.text for a in d.actors if a.role == "actor"] if d else []
        targets = [a.text for a in d.actors if a.role == "target"] if d else []
        item = {
            "type": (row.event, d.type if d else None),
            "source": _overlap(row.source, actors) if row.source else None,
            "target": _overlap(row.target, targets) if row.target else None,
        }
        for split in (row.split, "all"):
            items.setdefault(split, []).append(item)
        if item["type"][0] != item["type"][1]:
            errors.append(
                {
                    "id": row.id,
                    "gold": row.event,
                    "pred": d.type if d else None,
                    "rule": d.rule if d else None,
                }
            )
    out = {}
    for split, its in items.items():
        src = [i["source"] for i in its if i["source"] is not None]
        tgt = [i["target"] for i in its if i["target"] is not None]
        out[split] = {
            "n": len(its),
            "type_acc": accuracy([i["type"] for i in its]),
            "type_f1": macro_f1([i["type"] for i in its], PLOVER_TYPES),
            "source_overlap": sum(src) / len(src) if src else 0.0,
            "target_overlap": sum(tgt) / len(tgt) if tgt else 0.0,
        }
    return out


# ---------------------------------------------------------------- the command
def sniff(path: Path) -> str:
    """acled, case or plover, from the file's start: JSON is an ACLED export when its rows have
    `notes` and `event_type`, else PLOVER's records; a header naming both is an ACLED CSV."""
    text = read_text(path)
    if text.lstrip().startswith(("{", "[")):
        return "acled" if is_acled_json(text) else "plover"
    head = text.split("\n", 1)[0]
    columns = {c.strip(" \"'\r\n").lower() for c in re.split(r"[,;\t]", head)}
    if {"notes", "event_type"} <= columns:  # an ACLED export, whatever its separator
        return "acled"
    if "EventSnippet" in head or "\t" in head:
        return "case"
    return "acled"


COLUMNS: dict[str, list[tuple[str, str]]] = {
    "acled": [("n", "n"), ("type_acc", "type acc"), ("type_f1", "type F1"), ("sub_acc", "sub acc"), ("sub_f1", "sub F1"),
              ("place_found", "place found"), ("place_25km", "place≤25km"), ("admin1", "admin1"), ("n_place", "n place"), ("date", "date"), ("n_date", "n date"), ("side", "actor side"), ("n_side", "n side")],
    "case": [("n", "n"), ("n_acled", "n ACLED"), ("sub_acc", "sub acc"), ("sub_f1", "macro-F1 (25)"), ("all_acc", "acc incl. extra")],
    "plover": [("n", "n"), ("type_acc", "type acc"), ("type_f1", "type macro-F1"), ("source_overlap", "source overlap"),
               ("target_overlap", "target overlap")],
}  # fmt: skip

EVALUATORS: dict[str, Callable[[Path, int | None, list[dict]], dict[str, dict]]] = {
    "acled": eval_acled,
    "case": eval_case,
    "plover": eval_plover,
}


def format_table(kind: str, results: dict[str, dict]) -> str:
    cols = COLUMNS[kind]
    lines = ["| split | " + " | ".join(h for _, h in cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for split in (*SPLITS, "all"):
        if split not in results:
            continue
        r = results[split]
        cells = [
            "–" if r[k] is None else str(r[k]) if isinstance(r[k], int) else f"{r[k]:.3f}" for k, _ in cols
        ]
        lines.append(f"| {split} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


@click.command("events")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "kind",
    type=click.Choice(sorted(EVALUATORS)),
    default=None,
    help="Input format (default: sniffed from the file).",
)
@click.option("--limit", type=int, default=None, help="Score only the first N items.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the mismatches as JSON lines to this file.",
)
def command(file: Path, kind: str | None, limit: int | None, as_json: bool, errors: Path | None) -> None:
    """Score event coding on FILE: ACLED-style CSV, CASE 2021 task-2 TSV or PLOVER GSR JSON.

    \b
    Examples:
      sitrep eval events ../shared/eval/events/case2021-task2-test.tsv
      sitrep eval events ../shared/eval/events/PLOVER_GSR_CAMEO.json
      sitrep eval events tests/events/fixtures/acled_ukraine.csv
    """
    errs: list[dict] = []
    try:
        kind = kind or sniff(file)
        results = EVALUATORS[kind](file, limit, errs)
    except UnreadableExport as err:  # say which file and why, without a traceback
        raise click.UsageError(str(err)) from err
    if errors:
        errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errs), "utf-8")
    if as_json:
        click.echo(json.dumps({"format": kind, "file": str(file), "results": results}, indent=2))
    else:
        click.echo(f"events · {kind} · {file.name}")
        click.echo(format_table(kind, results))
