"""Review of session 13 actors: fresh sentences of our own probing the edges of the weapon, maker,
act-noun and possessor readings (conjoined weapons, suppliers, pronoun and place possessors,
passives, blame). Each expected actor and side was written down before the code ran."""

from __future__ import annotations

import pytest

from sitrep.events.actors import find_actors


def _actors(nlp, text, word, interaction=False):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return [(a.text, a.side) for a in find_actors(trigger, interaction) if a.role == "actor"]


# (sentence, trigger, actor text that must be found or None for no actor, its side)
CASES = [
    # conjoined weapons: a side word on the first names the user; no side word, no actor
    ("Russian missiles and drones struck the power grid overnight.", "struck", "Russian missiles", "RU"),
    ("Missiles and drones struck the power grid in Lviv overnight.", "struck", None, None),
    (
        "US-supplied Himars and a German-made Mars II destroyed an ammunition depot near Nova Kakhovka.",
        "destroyed",
        None,
        None,
    ),
    # a weapon's own agent ("fired by", "launched by") is its user
    ("Shells fired by Ukrainian artillery hit a bakery in Donetsk.", "hit", "Ukrainian artillery", "UA"),
    ("Iranian drones launched by Russian forces hit Kyiv before dawn.", "hit", "Russian forces", "RU"),
    # passives: the act as agent keeps its side word; with none there is no actor
    ("Two firefighters were killed by Russian shelling in Kherson.", "killed", "Russian shelling", "RU"),
    ("Five people were killed by shelling in Donetsk on Sunday.", "killed", None, None),
    # a side's possessor of an act is its actor, also of the act's outcome
    ("Moscow's invasion of Ukraine has displaced millions.", "invasion", "Moscow", "RU"),
    ("Moscow's invasion of Ukraine has displaced millions.", "displaced", "Moscow", "RU"),
    (
        "Ukraine's shelling of Donetsk killed three civilians, separatist officials said.",
        "killed",
        "Ukraine",
        "UA",
    ),
    ("Three civilians were killed in Kyiv's shelling of Horlivka, separatists said.", "killed", "Kyiv", "UA"),
    ("The Russian army's withdrawal from Kherson was completed on Friday.", "withdrawal", "army", "RU"),
    ("Russia's arrest of the reporter drew protests.", "arrest", "Russia", "RU"),
    # a city that owns an act undergoes it: it is no actor
    ("Kharkiv's shelling continued through the night.", "shelling", None, None),
    ("Dozens were wounded in Mariupol's bombardment last spring.", "wounded", None, None),
    # pronoun possessors take the side of the one who speaks of them
    ("Russia says its attacks on energy infrastructure will continue.", "attacks", "its attacks", "RU"),
    (
        "Ukrainian commanders said their offensive near Bakhmut was gaining ground.",
        "offensive",
        "their",
        "UA",
    ),
    # the one blamed is the actor; "-backed" names a side, not a maker
    ("Officials blamed Russian saboteurs for the blast at the pipeline.", "blast", "Russian saboteurs", "RU"),
    ("Russian-backed separatists shelled the village of Pisky.", "shelled", "separatists", "RU"),
]


@pytest.mark.parametrize("text, word, actor, side", CASES)
def test_review_actor(nlp, text, word, actor, side):
    actors = _actors(nlp, text, word)
    if actor is None:
        assert actors == []
    else:
        assert any(actor in t and s == side for t, s in actors), actors


@pytest.mark.parametrize(
    "text, word, actor, side",
    [
        # aid: the supplier gives; the maker of a weapon given is the giver only as its head
        ("Germany's delivery of Leopard tanks to Kyiv was delayed.", "delivery", "Germany", "DE"),
        pytest.param(
            "Artillery from the United States is helping Ukraine hold the line.",
            "helping",
            "United States",
            "US",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a weapon's 'from' country is its giver in aid but its launch place in an attack"
                " ('rockets fired from Belarus'); find_actors reads no event type to tell them apart",
            ),
        ),
    ],
)
def test_review_supplier_gives(nlp, text, word, actor, side):
    actors = _actors(nlp, text, word, interaction=True)
    assert any(actor in t and s == side for t, s in actors), actors


@pytest.mark.parametrize(
    "text, word, actor, side",
    [
        # found by the review's probes (after the blind batch): one who underwent an act told as
        # a cause is no actor; a conjoined weapon is no actor, a conjoined user's side word is
        ("The journalist's killing sparked protests in the capital.", "protests", None, None),
        ("Navalny's murder triggered sanctions against Moscow.", "sanctions", None, None),
        ("Missiles and Russian drones struck the power grid.", "struck", "Russian drones", "RU"),
    ],
)
def test_review_probe(nlp, text, word, actor, side):
    actors = _actors(nlp, text, word)
    if actor is None:
        assert actors == []
    else:
        assert any(actor in t and s == side for t, s in actors), actors


def test_a_weapon_conjoined_with_a_force_is_no_actor(nlp):
    actors = _actors(nlp, "Ukrainian troops and missiles struck the bridge.", "struck")
    assert [t for t, _ in actors] == ["Ukrainian troops"], actors
