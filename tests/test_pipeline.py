"""The pipeline composes the stages in one place and loads them once."""

from __future__ import annotations

import multiprocessing
import os
from time import monotonic, sleep

import pytest

import sitrep
from sitrep.pipeline import STAGES, Pipeline
from sitrep.record import Article, validate


def test_stages_run_in_the_documented_order():
    order = ["entities", "places", "times", "claims", "events"]
    present = [s for s in order if s in STAGES]
    assert list(STAGES) == present


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["entities", "sentiment"])


def test_extract_offsets_point_into_the_text(pipeline, sample_text):
    record = pipeline(sample_text, published="2023-02-15")
    validate(record.to_dict())
    text = record.article.text
    for ent in record.entities:
        assert text[ent.start : ent.end] == ent.text
    for place in record.places:
        assert text[place.start : place.end] == place.text
    for time in record.times:
        assert text[time.start : time.end] == time.text
    for claim in record.claims:
        assert text[claim.content.start : claim.content.end] == claim.content.text


def test_batches_keep_input_order_and_ids(pipeline):
    articles = [Article(id=f"a{i}", text=f"Report number {i} from Odesa.") for i in range(40)]
    records = list(pipeline.process(articles))
    assert [r.article.id for r in records] == [a.id for a in articles]


def test_public_extract_function():
    record = sitrep.extract(
        "Ukrainian forces said they repelled attacks near Bakhmut.", published="2023-02-15"
    )
    assert record.article.published == "2023-02-15"
    assert record.article.text.startswith("Ukrainian forces")
    validate(record.to_dict())


def test_two_workers_give_the_same_records_as_one(pipeline):
    articles = [
        Article(id=f"w{i}", text=f"Officials in Kharkiv said {i} drones were shot down on Monday.")
        for i in range(12)
    ]
    one = [r.to_dict() for r in pipeline.process(articles)]
    two = [r.to_dict() for r in Pipeline(workers=2, batch_size=4).process(articles)]
    assert one == two


def _running(pid: int) -> bool:
    """A process that still runs (a zombie waiting to be reaped by the pool's thread does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_closing_a_multi_worker_run_stops_its_workers():
    """A reader that stops early (Ctrl-C in `sitrep ingest`) must not leave workers parsing on."""
    articles = (
        Article(id=f"s{i}", text=f"Officials in Kharkiv said {i} drones were shot down on Monday.")
        for i in range(10_000)
    )
    run = Pipeline(workers=2, batch_size=4).process(articles)
    first = next(run)
    assert first.article.id == "s0"
    workers = [c.pid for c in multiprocessing.active_children()]
    assert workers
    run.close()
    deadline = monotonic() + 30
    while any(_running(pid) for pid in workers) and monotonic() < deadline:
        sleep(0.1)
    assert not any(_running(pid) for pid in workers)
