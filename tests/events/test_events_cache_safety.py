"""The events stage keeps readings per Doc (the modality of each word) and per phrase (side and
sector) to stay cheap; an ingest of thousands of articles must still give every article the
record it gets when processed alone, wherever it falls in the stream (a freed Doc's memory and
id are reused by the next one)."""

from __future__ import annotations

import csv
import gc
from pathlib import Path

from sitrep.events import modality as modality_module
from sitrep.record import Article

FIXTURES = Path(__file__).parent / "fixtures"


def _others(n: int) -> list[Article]:
    """Short news items written for the task (fresh batch 8), one article each."""
    with (FIXTURES / "fresh_batch8_case_style_worldwide.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Article(id=f"item{r['id']}", text=r["EventSnippet"], published="2023-02-10") for r in rows[:n]]


def _events(record) -> list[dict]:
    return record.to_dict()["events"]


def test_an_article_gets_the_same_events_alone_first_or_after_fifty_others(pipeline, sample_text):
    article = Article(id="luhansk", text=sample_text, published="2023-02-15")
    others = _others(50)
    assert len(others) == 50
    (alone,) = pipeline.process([article])
    stream = list(pipeline.process([article, *others, article]))
    assert alone.events  # the sample reports fighting, shelling and losses
    assert _events(stream[0]) == _events(alone)
    assert _events(stream[-1]) == _events(alone)
    # and each short item is coded as it is on its own
    for item, record in zip(others[:5], stream[1:6], strict=True):
        (own,) = pipeline.process([item])
        assert _events(record) == _events(own)


def test_the_readings_kept_for_a_document_go_with_it(pipeline):
    """A long-running ingest holds no readings of the articles it has finished with: what is kept
    does not grow with the number of articles (other stages may keep their last Doc or two for
    their next call, so a few may remain)."""
    list(pipeline.process(_others(10)))
    gc.collect()
    after_ten = len(modality_module._READ)
    list(pipeline.process(_others(50)))
    gc.collect()
    assert len(modality_module._READ) <= max(after_ten, 3)
