"""Session 12 audit: a denial of "the charges" or "the accusations" answers an accusation, not
whatever another speaker said last (sentences of our own)."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def _statuses(nlp, text):
    return [(c.id, c.status, c.contradicts) for c in find_claims(nlp(text))]


def test_denying_the_charges_does_not_deny_a_statement(nlp):
    text = "The colonel said the convoy had left on time. He later denied the charges against him."
    assert [s for _, s, _ in _statuses(nlp, text)] == ["reported", "reported"]


def test_calling_the_charges_false_does_not_deny_the_accused(nlp):
    text = (
        "Anna Kovalenko was detained in March. She said she had done nothing wrong. "
        "Her lawyers said the charges were false."
    )
    assert [s for _, s, _ in _statuses(nlp, text)] == ["reported", "reported"]


def test_denying_the_charges_denies_the_accusation(nlp):
    text = "Prosecutors accused the mayor of taking bribes. The mayor, who was arrested last week, denied the charges."
    (first, status, _), (_, _, contradicts) = _statuses(nlp, text)
    assert status == "denied" and contradicts == [first]
