"""Batch jobs: read inputs, skip what is stored, run the pipeline, store in batches.

    inputs ─ readers ─▶ Item | Failure ─ skip known hashes ─▶ Pipeline ─▶ store (one txn a batch)

The skip happens before the parse, so re-running an interrupted ingest costs only the reading
of what was done already, and adds no duplicates.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field

from sitrep.ingest import ReadOptions, read_inputs
from sitrep.ingest.base import Failure, Item
from sitrep.ingest.checks import error_text
from sitrep.pipeline import Pipeline
from sitrep.record import Record
from sitrep.store import SQLiteStore
from sitrep.store.sqlite import id_taken


@dataclass
class Summary:
    """Counts of one run; `failures` are (origin, reason) pairs."""

    run_id: int | None = None
    read: int = 0
    new: int = 0
    duplicate: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def fail(self, failure: Failure, report: Callable[[Failure], None] | None) -> None:
        """Count `failure` and tell the caller (a line on stderr, a progress bar's note)."""
        self.failures.append((failure.origin, failure.reason))
        if report:
            report(failure)

    def to_dict(self) -> dict:
        return {
            "run": self.run_id,
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "failed": self.failed,
            "failures": [{"input": o, "reason": r} for o, r in self.failures],
        }


def _fresh_items(
    items: Iterable[Item | Failure],
    store: SQLiteStore | None,
    summary: Summary,
    pending: dict[str, Item],
    on_failure: Callable[[Failure], None] | None,
    lookahead: int = 64,
    max_chars: int | None = None,
) -> Iterator[Item]:
    """Yield items not stored yet and not seen earlier in this run; count the rest.

    A text longer than `max_chars` (what the parser takes) is a Failure here: in the
    pipeline it would end the whole run.
    """
    seen: set[str] = set()
    seen_ids: set[str] = set()
    buf: list[Item] = []

    def flush() -> Iterator[Item]:
        known = store.known(i.hash for i in buf) if store is not None else set()
        owners = store.id_owners(i.article.id for i in buf) if store is not None else {}
        for item in buf:
            if item.hash in known or item.hash in seen:
                summary.duplicate += 1
                continue
            if item.article.id in seen_ids:
                summary.fail(
                    Failure(item.origin, f"id {item.article.id!r} was given to another article in this run"),
                    on_failure,
                )
                continue
            if item.article.id in owners:  # stored before, with another text
                summary.fail(
                    Failure(item.origin, id_taken(item.article.id, owners[item.article.id][1])), on_failure
                )
                continue
            seen.add(item.hash)
            seen_ids.add(item.article.id)
            pending[item.article.id] = item
            yield item
        buf.clear()

    for item in items:
        if not isinstance(item, Failure) and max_chars and len(item.article.text) > max_chars:
            item = Failure(
                item.origin,
                f"text too long to parse ({len(item.article.text):,} characters > {max_chars:,}, "
                "the parser's limit); split it into articles",
            )
        if isinstance(item, Failure):
            summary.fail(item, on_failure)
            continue
        summary.read += 1
        buf.append(item)
        if len(buf) >= lookahead:
            yield from flush()
    yield from flush()


def ingest(
    paths: list[str],
    store: SQLiteStore,
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    batch: int = 64,
    progress: Callable[[int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Read `paths`, extract new articles and store them; returns the run's counts.

    Pass `summary` to keep the counts of a run that an interruption ends (KeyboardInterrupt
    propagates; the run is recorded as 'interrupted' and whole batches stay stored).
    """
    items = read_inputs(paths, options or ReadOptions())
    return ingest_items(
        items, store, pipeline, paths, batch=batch, progress=progress, on_failure=on_failure, summary=summary
    )


def ingest_items(
    items: Iterable[Item | Failure],
    store: SQLiteStore,
    pipeline: Pipeline,
    inputs: list[str],
    batch: int = 64,
    progress: Callable[[int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Extract and store what the readers yielded (`inputs` names them in the `runs` table)."""
    from sitrep import __version__
    from sitrep.nlp import model_version

    summary = summary if summary is not None else Summary()
    summary.run_id = store.begin_run("ingest", inputs, __version__, model_version(), pipeline.stage_names)
    pending: dict[str, Item] = {}
    failures_logged = 0

    def commit(records: list[Record]) -> None:
        nonlocal failures_logged
        stored = store.add_records(
            [(r, pending[r.article.id].hash, pending.pop(r.article.id).origin) for r in records],
            summary.run_id,
        )
        summary.new += stored.new
        summary.duplicate += stored.duplicate
        for origin, reason in stored.conflicts:  # another process stored the id meanwhile
            summary.fail(Failure(origin, reason), on_failure)
        store.add_failures(summary.run_id, summary.failures[failures_logged:])
        failures_logged = len(summary.failures)
        _save_run(store, summary)
        if progress:
            progress(len(records))

    fresh = _fresh_items(items, store, summary, pending, on_failure, max_chars=_max_chars(pipeline))
    done: list[Record] = []
    try:
        with closing(_extracted(pipeline, fresh, summary, pending, on_failure)) as records:
            for record in records:
                done.append(record)
                if len(done) >= batch:
                    commit(done)
                    done = []
        commit(done)
    except KeyboardInterrupt:
        _save_run(store, summary, "interrupted")
        raise
    except BaseException:
        _save_run(store, summary, "failed")
        raise
    _save_run(store, summary, "done")
    return summary


def _max_chars(pipeline: Pipeline) -> int | None:
    nlp = getattr(pipeline, "nlp", None)
    return getattr(nlp, "max_length", None)


def _save_run(store: SQLiteStore, summary: Summary, status: str | None = None) -> None:
    store.update_run(
        summary.run_id,
        read=summary.read,
        new=summary.new,
        duplicate=summary.duplicate,
        failed=summary.failed,
        status=status,
    )


def extract(
    paths: list[str],
    pipeline: Pipeline,
    options: ReadOptions | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    summary: Summary | None = None,
) -> Iterator[Record]:
    """Records for `paths` without a store (duplicates within the inputs are still folded)."""
    summary = summary if summary is not None else Summary()
    pending: dict[str, Item] = {}
    report = on_failure or (lambda f: print(f, file=sys.stderr))

    fresh = _fresh_items(
        read_inputs(paths, options or ReadOptions()),
        None,
        summary,
        pending,
        report,
        max_chars=_max_chars(pipeline),
    )
    with closing(_extracted(pipeline, fresh, summary, pending, report)) as records:
        for record in records:
            pending.pop(record.article.id, None)
            summary.new += 1
            yield record


def _extracted(
    pipeline: Pipeline,
    items: Iterator[Item],
    summary: Summary,
    pending: dict[str, Item],
    report: Callable[[Failure], None] | None,
) -> Iterator[Record]:
    """The records of `items` in order, as `pipeline.process` gives them, except that an article
    a stage raises on becomes a Failure and the others go on.

    Such an error is a bug in a stage, but it must not end the run: a re-run would stop on the
    same article again. When the pipeline raises, the articles it took and gave no record for
    are run again one by one in this process, so only the article at fault is left out.
    """
    sent: deque[Item] = deque()

    def articles() -> Iterator:
        for item in items:
            sent.append(item)
            yield item.article

    while True:
        # Closed explicitly: an interruption's traceback would otherwise keep the run (and its
        # worker processes) alive until the interpreter exits.
        with closing(pipeline.process(articles())) as run:
            try:
                for record in run:
                    sent.popleft()
                    yield record
                return
            except Exception:
                suspects = list(sent)
                sent.clear()
                if not suspects:  # nothing was taken: not an article's fault, e.g. no worker could start
                    raise
                for item in suspects:
                    try:
                        record = pipeline.annotate(pipeline.nlp(item.article.text), item.article)
                    except Exception as e:
                        pending.pop(item.article.id, None)
                        reason = (
                            f"extraction failed ({error_text(e)}); the article is left out "
                            "(a bug in sitrep: please report it with this article)"
                        )
                        summary.fail(Failure(item.origin, reason), report)
                        continue
                    yield record
