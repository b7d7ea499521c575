"""Untrusted text with runs of punctuation thousands long: the doc still holds the text exactly."""

from sitrep.nlp.model import MAX_CHUNK


def test_long_runs_keep_text_and_ordinary_tokens(nlp):
    run = "'" * (MAX_CHUNK * 8 + 3)
    text = f"Shelling hit Kharkiv{run}s forces on Monday. Then ({'(' * 3000}Kyiv{')' * 3000} fell."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc[:3]] == ["Shelling", "hit", "Kharkiv"]
    assert all(len(t.text) <= MAX_CHUNK for t in doc)
    assert "Kyiv" in [t.text for t in doc]


def test_ordinary_text_is_tokenized_as_spacy_does(nlp):
    text = "Russian forces shelled Kharkiv on Monday, the governor's office said (at 10:30 a.m.)."
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_the_bounded_tokenizer_survives_pickling_and_copying(nlp):
    """Worker processes and spaCy's own serialisation copy the tokenizer."""
    import copy
    import pickle

    text = "Russian forces shelled Kupiansk. " + "'" * 600
    for clone in (pickle.loads(pickle.dumps(nlp.tokenizer)), copy.deepcopy(nlp.tokenizer)):
        doc = clone(text)
        assert doc.text == text and doc[2].text == "shelled"
