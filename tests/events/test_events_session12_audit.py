"""Session 12 audit of the exported events on real reporting: general causes of wrong rows, each
read with sentences of our own (answers written before the code ran)."""

from __future__ import annotations

import pytest

from sitrep.events.actors import find_actors
from sitrep.events.modality import ASSERTED, HYPOTHETICAL, NEGATED, modality
from sitrep.events.quantities import find_quantities


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _killed(text):
    return [q.value for _, _, q in find_quantities(text) if q.unit == "killed"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # an act begun, continued or kept up has the modality of the verb telling its course
        ("Officials warned that the militia will start to shell the town again.", "shell", HYPOTHETICAL),
        ("The army would continue to bomb the bridges, the minister said.", "bomb", HYPOTHETICAL),
        ("The rebels have not started shelling the port.", "shelling", NEGATED),
        ("Separatist fighters may resume attacking the convoy at night.", "attacking", HYPOTHETICAL),
        ("Russian forces continued to shell Kharkiv on Tuesday.", "shell", ASSERTED),
        ("Separatists began shelling the airport after midnight.", "shelling", ASSERTED),
    ],
)
def test_an_act_takes_the_modality_of_the_verb_of_its_course(nlp, text, word, expected):
    assert modality(_tok(nlp(text), word)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The former commander died in March at the age of 79.",
        "The general, aged 71, died in hospital on Monday.",
        "The veteran died at 94, his family said.",
        "The shelling killed a 67-year-old woman in her garden.",
    ],
)
def test_an_age_is_no_death_toll(text):
    assert _killed(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was one of the deadliest attacks of the war, and 12 people were killed.", [12.0]),
        ("Three of the heaviest strikes hit Kharkiv, killing 9 people.", [9.0]),
        ("One of the soldiers was killed in the blast.", [1.0]),
        ("The death toll rose to 48 on Sunday.", [48.0]),
    ],
)
def test_a_rank_among_the_worst_counts_no_one(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two of the oldest residents were killed when the shell hit the shelter.", [2.0]),
        ("One of the most senior commanders was killed in the strike.", [1.0]),
    ],
)
def test_a_rank_among_people_still_counts_them(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize(
    "text, word, victim",
    [
        ("At least 40 people died in the bombing of the market.", "died", "people"),
        ("Two fishermen perished when the missile hit their boat.", "perished", "fishermen"),
    ],
)
def test_who_died_is_the_victim_not_the_attacker(nlp, text, word, victim):
    actors = find_actors(_tok(nlp(text), word))
    assert [a.role for a in actors if victim in a.text] == ["target"]
    assert not any(a.role == "actor" for a in actors)


def test_the_noun_a_death_clause_describes_is_no_killer(nlp):
    doc = nlp("Maria Petrenko, whose son died in the shelling, spoke to reporters.")
    actors = find_actors(_tok(doc, "died"))
    assert [(a.role, a.text) for a in actors if a.role == "actor"] == []
    assert any(a.role == "target" and "son" in a.text for a in actors)


def _places_of(pipeline, text, trigger_word):
    from sitrep.record import Article

    rec = next(iter(pipeline.process([Article(text=text, published="2024-03-05")])))
    return [
        rec.places[e.place].text if e.place is not None else None
        for e in rec.events
        if trigger_word in text[e.evidence.start : e.evidence.end] and e.acled_event_type
    ]


@pytest.mark.parametrize(
    "text, trigger_word, place",
    [
        # a country that tells of its own forces' act is its speaker, not its scene; one that
        # tells of what others did to it names its own ground
        ("Russia claimed on Monday that its troops had destroyed two Ukrainian tanks.", "destroyed", None),
        ("Russia's defence ministry said its forces shot down a Ukrainian drone.", "shot", None),
        ("Ukraine said Russian artillery shelled Kharkiv overnight.", "shelled", "Kharkiv"),
        ("Ukraine said Russian missiles hit a power station overnight.", "hit", "Ukraine"),
        ("Ukrainian drones struck an oil depot in Russia's Bryansk region.", "struck", "Bryansk"),
    ],
)
def test_a_country_that_speaks_is_no_scene(pipeline, text, trigger_word, place):
    assert set(_places_of(pipeline, text, trigger_word)) == {place}


def test_a_region_whose_officials_speak_is_their_ground(pipeline):
    text = "Kharkiv's governor said Russian forces shelled residential areas overnight."
    assert set(_places_of(pipeline, text, "shelled")) == {"Kharkiv"}
