"""The one place where sitrep's stages are composed.

    article text ─ spaCy parse ─ entities ─ places ─ times ─ claims ─ events ─▶ Record

Each stage is built once per process by a factory `make_stage(nlp)` (which loads its own
gazetteer, lexicons or models) and then called as `stage(doc, record)` for every article:
it reads the parsed `Doc` and what earlier stages put on the record, and adds its own part.
Stages never reach back into the readers or the store.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from spacy.tokens import Doc

from sitrep.record import Article, Record

Stage = Callable[[Doc, Record], None]

# Stage name -> "module:factory". Order matters: later stages read what earlier ones wrote.
STAGES: dict[str, str] = {
    "entities": "sitrep.nlp.entities:make_stage",
    "places": "sitrep.geo.stage:make_stage",
    "times": "sitrep.dates.stage:make_stage",
    "claims": "sitrep.claims.stage:make_stage",
    "events": "sitrep.events.stage:make_stage",
}


def _factory(spec: str):
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


class Pipeline:
    """Loads the model and every stage once; turns articles into records in batches.

    >>> pipe = Pipeline()
    >>> records = list(pipe.process([Article(id="a", text="Shelling hit Kharkiv on Monday.")]))
    """

    def __init__(self, stages: Iterable[str] | None = None, batch_size: int = 16, workers: int = 1):
        from sitrep.nlp import load_nlp

        self.stage_names = list(STAGES) if stages is None else list(stages)
        unknown = [s for s in self.stage_names if s not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
        self.batch_size = batch_size
        self.workers = max(1, int(workers))
        self.nlp = load_nlp()
        self.stages: list[tuple[str, Stage]] = [(n, _factory(STAGES[n])(self.nlp)) for n in self.stage_names]
        # Seconds spent per step in this process, for `sitrep bench`.
        self.timings: dict[str, float] = {"parse": 0.0, **{n: 0.0 for n in self.stage_names}}

    def annotate(self, doc: Doc, article: Article) -> Record:
        """Run every stage on one parsed document."""
        record = Record(article=article)
        for name, stage in self.stages:
            t0 = time.perf_counter()
            stage(doc, record)
            self.timings[name] += time.perf_counter() - t0
        return record

    def _process_here(self, articles: Iterable[Article]) -> Iterator[Record]:
        articles = iter(articles)
        while chunk := list(islice(articles, self.batch_size)):
            t0 = time.perf_counter()
            docs = list(self.nlp.pipe((a.text for a in chunk), batch_size=self.batch_size))
            self.timings["parse"] += time.perf_counter() - t0
            for doc, article in zip(docs, chunk, strict=True):
                yield self.annotate(doc, article)

    def process(self, articles: Iterable[Article]) -> Iterator[Record]:
        """Records for `articles`, in input order; with `workers > 1` in that many processes."""
        if self.workers == 1:
            yield from self._process_here(articles)
            return
        chunks = _chunks(articles, self.batch_size)
        pool = ProcessPoolExecutor(
            self.workers, initializer=_worker_init, initargs=(self.stage_names, self.batch_size)
        )
        finished = False
        try:
            # A bounded window of chunks in flight keeps memory flat on long inputs.
            window: list = []
            for chunk in chunks:
                window.append(pool.submit(_worker_run, chunk))
                if len(window) >= self.workers * 2:
                    yield from window.pop(0).result()
            for fut in window:
                yield from fut.result()
            finished = True
        finally:
            if finished:
                pool.shutdown()
            else:
                _abandon(pool)

    def __call__(self, text: str, published: str | None = None, title: str | None = None) -> Record:
        from sitrep.ingest.base import text_hash

        article = Article(id=text_hash(text), text=text, title=title, published=published, language="en")
        return next(self._process_here([article]))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


_WORKER: Pipeline | None = None


def _abandon(pool: ProcessPoolExecutor) -> None:
    """Stop at once when the caller stops reading (Ctrl-C, an error, a closed generator).

    Waiting for the chunks in flight would hold an interrupted run for tens of seconds; their
    records were never handed out, so a resumed run parses them again.
    """
    procs = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        proc.terminate()


def _worker_init(stage_names: list[str], batch_size: int) -> None:
    global _WORKER
    import signal

    from threadpoolctl import threadpool_limits

    # Ctrl-C reaches the whole process group; the parent decides what stops, workers stay quiet.
    # A forked worker inherits the CLI's SIGTERM handler, which raises inside a chunk, where the
    # pool catches it and the worker lives on; terminate() must end a worker, so restore the default.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)

    # One BLAS thread per worker: N workers on N cores, not N x cores threads fighting.
    threadpool_limits(1)
    _WORKER = Pipeline(stage_names, batch_size=batch_size)


def _worker_run(chunk: list[Article]) -> list[Record]:
    assert _WORKER is not None
    return list(_WORKER._process_here(chunk))


_DEFAULT: Pipeline | None = None


def extract(text: str, published: str | None = None, title: str | None = None) -> Record:
    """Extract one article's record with a process-wide pipeline that is built on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(text, published=published, title=title)
