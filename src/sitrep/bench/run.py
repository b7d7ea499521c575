"""`sitrep bench`: the full pipeline against a bare spaCy parse of the same texts.

The point of the comparison: the parse is the floor; everything sitrep adds (reading, each
stage, storing) is reported as a share of it, so a slow stage shows up by name.

Runs, in one process and on the same texts:
  1. bare      `nlp.pipe` over the texts, nothing else (run first and last; the faster counts);
  2. base      read + parse + entities + store (the Foundation's own overhead);
  3. full      read + parse + every stage + store, once per requested worker count.
"""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sitrep.ingest import ReadOptions, read_inputs
from sitrep.ingest.base import Failure, Item


def _peak_rss_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"process": round(own, 1), "largest_worker": round(children, 1)}


def _read(
    paths: list[str], options: ReadOptions, limit: int | None, on_failure: Callable[[Failure], None]
) -> tuple[list[Item], float]:
    t0 = time.perf_counter()
    items: list[Item] = []
    seen: set[str] = set()
    for item in read_inputs(paths, options):
        if isinstance(item, Failure):
            on_failure(item)
            continue
        if item.hash in seen:  # ingest would skip it: the bare parse must not count it either
            continue
        seen.add(item.hash)
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    return items, time.perf_counter() - t0


def _timed_ingest(
    items: list[Item], read_s: float, stages: list[str] | None, workers: int, batch_size: int
) -> tuple[float, float, dict[str, float], int]:
    from sitrep.jobs import ingest_items
    from sitrep.pipeline import Pipeline
    from sitrep.store import open_store

    pipeline = Pipeline(stages, batch_size=batch_size, workers=workers)
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        summary = ingest_items(iter(items), store, pipeline, ["bench"])
        elapsed = time.perf_counter() - t0 + read_s
        cpu = time.process_time() - c0 + read_s
    return elapsed, cpu, dict(pipeline.timings), summary.new


def run_bench(
    paths: list[str],
    options: ReadOptions,
    limit: int | None = None,
    workers: list[int] | None = None,
    batch_size: int = 16,
    on_failure: Callable[[Failure], None] = print,
) -> dict:
    from sitrep.nlp import load_nlp, model_version
    from sitrep.pipeline import STAGES

    _read(paths, options, 1, lambda f: None)  # warm-up: imports and the language model load once per process
    items, read_s = _read(paths, options, limit, on_failure)
    if not items:
        raise SystemExit("bench: no articles could be read from the corpus")
    texts = [i.article.text for i in items]
    nlp = load_nlp()
    list(nlp.pipe(["Warm-up sentence about Kyiv."]))

    def bare() -> tuple[int, float, float]:
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        return n, time.perf_counter() - t0, time.process_time() - c0

    # The bare parse runs first and last; the faster run counts, so warm-up favours neither side.
    tokens, bare_s, bare_cpu = bare()

    base_s, base_cpu, _, _ = _timed_ingest(items, read_s, ["entities"], 1, batch_size)
    runs = []
    stage_share: dict[str, float] = {}
    for n in workers or [1]:
        full_s, full_cpu, timings, stored = _timed_ingest(items, read_s, None, n, batch_size)
        run = {
            "workers": n,
            "seconds": round(full_s, 2),
            "articles_per_s": round(len(items) / full_s, 2),
            "tokens_per_s": round(tokens / full_s),
            "ratio_to_bare": round(bare_s / full_s, 3),
            "stored": stored,
        }
        if n == 1:
            run["cpu_seconds"] = round(full_cpu, 2)
            run["cpu_ratio_to_bare"] = round(bare_cpu / full_cpu, 3)
            parse = timings.get("parse") or 1e-9
            stage_share = {k: round(v / parse, 3) for k, v in timings.items() if k != "parse"}
            run["stage_seconds"] = {k: round(v, 2) for k, v in timings.items()}
        runs.append(run)
    _, again_s, again_cpu = bare()
    if again_s < bare_s:
        bare_s, bare_cpu = again_s, again_cpu
        for run in runs:
            run["ratio_to_bare"] = round(bare_s / run["seconds"], 3)
            if "cpu_seconds" in run:
                run["cpu_ratio_to_bare"] = round(bare_cpu / run["cpu_seconds"], 3)
    one = next((r for r in runs if r["workers"] == 1), None)
    for r in runs:
        if one and r is not one:
            r["speedup_vs_1"] = round(one["seconds"] / r["seconds"], 2)
    return {
        "corpus": paths,
        "articles": len(items),
        "tokens": tokens,
        "model": model_version(),
        "stages": list(STAGES),
        "read_seconds": round(read_s, 2),
        "bare_spacy": {
            "seconds": round(bare_s, 2),
            "cpu_seconds": round(bare_cpu, 2),
            "articles_per_s": round(len(items) / bare_s, 2),
            "tokens_per_s": round(tokens / bare_s),
        },
        "base": {
            "seconds": round(base_s, 2),
            "cpu_seconds": round(base_cpu, 2),
            "ratio_to_bare": round(bare_s / base_s, 3),
            "cpu_ratio_to_bare": round(bare_cpu / base_cpu, 3),
            "what": "read + parse + entities + store",
        },
        "full": runs,
        "stage_cost_vs_parse": stage_share,
        "peak_rss_mb": _peak_rss_mb(),
    }


def format_table(r: dict) -> str:
    lines = [
        f"corpus: {', '.join(r['corpus'])} — {r['articles']} articles, {r['tokens']:,} tokens ({r['model']})",
        "",
        f"{'run':<34}{'seconds':>9}{'articles/s':>12}{'tokens/s':>10}{'ratio':>8}{'cpu s':>9}{'cpu ratio':>11}",
        f"{'bare spaCy nlp.pipe':<34}{r['bare_spacy']['seconds']:>9}{r['bare_spacy']['articles_per_s']:>12}"
        f"{r['bare_spacy']['tokens_per_s']:>10}{1.0:>8}{r['bare_spacy']['cpu_seconds']:>9}{1.0:>11}",
        f"{'base (read+parse+entities+store)':<34}{r['base']['seconds']:>9}{'':>12}{'':>10}"
        f"{r['base']['ratio_to_bare']:>8}{r['base']['cpu_seconds']:>9}{r['base']['cpu_ratio_to_bare']:>11}",
    ]
    for run in r["full"]:
        label = f"full pipeline, {run['workers']} worker{'s' if run['workers'] > 1 else ''}"
        cpu = f"{run['cpu_seconds']:>9}{run['cpu_ratio_to_bare']:>11}" if "cpu_seconds" in run else ""
        lines.append(
            f"{label:<34}{run['seconds']:>9}{run['articles_per_s']:>12}{run['tokens_per_s']:>10}"
            f"{run['ratio_to_bare']:>8}{cpu}"
            + (f"  ×{run['speedup_vs_1']} vs 1 worker" if "speedup_vs_1" in run else "")
        )
    lines += ["", "stage time as a share of the parse (1 worker):"]
    for stage, share in r["stage_cost_vs_parse"].items():
        lines.append(f"  {stage:<12}{share:>8.1%}")
    lines += [
        "",
        "ratio: bare-parse time / run time (1.0 = as fast as the parse alone); cpu columns count",
        "this process's CPU time only, so they hold steady when other programs load the machine.",
    ]
    lines += [
        "",
        f"reading: {r['read_seconds']} s;  peak RSS: {r['peak_rss_mb']['process']} MB "
        f"(largest worker {r['peak_rss_mb']['largest_worker']} MB)",
    ]
    return "\n".join(lines)
