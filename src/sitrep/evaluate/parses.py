"""Parse an evaluation corpus once and keep the parses, so re-running an eval costs only the stages.

The spaCy parse is most of an evaluation's time, and it does not change while a stage is being
improved. Parses are stored as a `DocBin` under `$SITREP_CACHE/parses/`, keyed by the model's
version and the exact texts, so a new model or a changed corpus parses afresh.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from sitrep.geo.gazetteer import cache_dir


def _key(nlp: Language, texts: Sequence[str]) -> str:
    h = hashlib.sha256(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}|{nlp.pipe_names}".encode())
    for t in texts:
        h.update(hashlib.sha256(t.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()[:24]


def parse_all(nlp: Language, texts: Sequence[str], batch_size: int = 16, cache: bool = True) -> list[Doc]:
    """Parsed `texts`, in order; from the cache when the same model parsed the same texts before.

    Set `SITREP_PARSE_CACHE=0` (or `cache=False`) to parse afresh and store nothing.
    """
    texts = list(texts)
    if not cache or os.environ.get("SITREP_PARSE_CACHE", "1") == "0":
        return list(nlp.pipe(texts, batch_size=batch_size))
    path = Path(cache_dir()) / "parses" / f"{_key(nlp, texts)}.spacy"
    if path.exists():
        try:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts, strict=True)):
                return docs
        except (OSError, ValueError):
            pass  # a damaged cache file is parsed again and rewritten
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    DocBin(store_user_data=False, docs=docs).to_disk(tmp)
    os.replace(tmp, path)
    return docs
