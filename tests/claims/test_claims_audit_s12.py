"""Session 12 audit of the claims record on real reporting: the speaker's resolved name, on
sentences of our own. A name owning a thing ("X's arrest", "X's
warning") is no speaker and no antecedent; a name the parse tags as a body but that carries a
person's post in apposition is a person."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def _speakers(nlp, text):
    return [(c.speaker.text, c.speaker.name, c.speaker.side) for c in find_claims(nlp(text)) if c.speaker]


def test_an_owned_thing_is_no_antecedent(nlp):
    text = "Anna Kovalenko's arrest has drawn attention to the case. She said she had done nothing wrong."
    assert _speakers(nlp, text) == [("She", None, None)]


def test_a_surname_is_its_person_not_its_warning(nlp):
    text = (
        "Dmytro Hnatenko, a spokesman for the southern command, spoke on Monday. Hnatenko's warning "
        "came as the shelling grew heavier. Hnatenko said the bridge had been hit twice."
    )
    names = [name for _, name, _ in _speakers(nlp, text)]
    assert names[-1] == "Dmytro Hnatenko, a spokesman for the southern command"


def test_a_name_with_a_post_in_apposition_is_a_person(nlp):
    text = (
        "Oleksiy Danilov, the secretary of the national security council, told reporters that the "
        "strikes had increased. Danilov suggested that some attacks were meant as a message."
    )
    names = [name for _, name, _ in _speakers(nlp, text)]
    assert names == ["Oleksiy Danilov, the secretary of the national security council"] * 2


def test_a_team_speaks_for_itself_not_for_its_leader(nlp):
    text = (
        "President Ivan Marchenko met donors in Geneva. Marchenko's delegation of ministers at the "
        "summit all pressed for tougher sanctions. Marchenko said the country needed more air defences."
    )
    names = [name for _, name, _ in _speakers(nlp, text)]
    assert names[-1] == "President Ivan Marchenko"
