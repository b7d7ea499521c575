"""The linear-time subtree gives what spaCy's `Token.subtree` gives, on normal and deep parses."""

from sitrep.claims.text import subtree

TEXTS = [
    "Russian forces shelled Kharkiv on Monday, killing three civilians, the regional governor said, "
    "though Moscow, which denies targeting civilians, said its strikes hit only military sites.",
    # A deep chain of reported speech, as untrusted text may hold: one tree level per speaker.
    " says ".join(["Olena", "Ivan", "Petro", "Maria", "Oleh", "Anna"] * 20) + " says the town fell.",
]


def test_same_tokens_in_the_same_order(nlp):
    for doc in nlp.pipe(TEXTS):
        for tok in doc:
            assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]
