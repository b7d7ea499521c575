"""The tree readers in `sitrep.nlp.tree` give what spaCy's own attributes give, on any span."""

from sitrep.nlp.tree import children, span_root

SENTENCES = (
    "He said the envoy on Thursday would travel to Kyiv, and the following January power returned.",
    "Russian forces shelled Kharkiv and Sumy on Monday, killing three people, the governor said.",
    "The dam was blown up on Tuesday, 6 June 2023, and on Sunday villages marked seven months since the flood.",
    "“We will not give up,” he said — and then, after a pause: “Never.”  Kyiv, 24 Feb (Reuters) -",
)


def test_span_root_is_spacys_root_for_every_short_span(nlp, sample_text):
    for doc in nlp.pipe((*SENTENCES, sample_text)):
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                span = doc[start:end]
                assert span_root(span).i == span.root.i, span.text


def test_children_are_spacys_children(nlp):
    doc = nlp(" and ".join(["Russian forces shelled the town on Monday"] * 40))
    for tok in doc:
        assert [c.i for c in children(tok)] == [c.i for c in tok.children]
