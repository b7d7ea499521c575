"""The eval parse cache gives the stages the same documents as a fresh parse."""

from sitrep.evaluate.parses import parse_all
from sitrep.record import Article


def test_cached_parses_give_the_same_record(pipeline, sample_text, tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    texts = [sample_text, "Shelling hit Kharkiv on Monday, the governor said."]
    first = parse_all(pipeline.nlp, texts)
    assert list((tmp_path / "parses").glob("*.spacy")), "the parses are stored"
    again = parse_all(pipeline.nlp, texts)
    article = Article(id="a", text=sample_text, published="2023-02-15")
    fresh = pipeline.annotate(first[0], article).to_dict()
    cached = pipeline.annotate(again[0], article).to_dict()
    assert cached == fresh
    assert [t.dep_ for t in again[1]] == [t.dep_ for t in first[1]]


def test_a_changed_corpus_is_parsed_afresh(pipeline, tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    parse_all(pipeline.nlp, ["Kyiv said so."])
    docs = parse_all(pipeline.nlp, ["Moscow said so."])
    assert docs[0].text == "Moscow said so."
    assert len(list((tmp_path / "parses").glob("*.spacy"))) == 2
