"""Session 13: who acts in war reporting. A weapon, its maker or the act itself is no actor; the
possessor of an act noun is its actor (or, for an act undergone, its target); the one accused or
blamed of an act is its actor, not the accuser. Sentences of our own, each with the answer
written down before the code ran (blind batch)."""

from __future__ import annotations

import pytest

from sitrep.events.actors import find_actors


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _roles(nlp, text, word):
    found = find_actors(_tok(nlp(text), word))
    actors = [(a.text, a.side) for a in found if a.role == "actor"]
    targets = [a.text for a in found if a.role == "target"]
    return actors, targets


# (sentence, trigger, actor text that must be found or None for no actor, its side)
CASES = [
    # a weapon and its maker are instruments: no actor
    ("British-made cruise missiles struck a fuel depot outside Donetsk overnight.", "struck", None, None),
    ("Iranian-built drones hit power stations in Odesa on Monday.", "hit", None, None),
    ("US-supplied rocket launchers destroyed a Russian command post near Kherson.", "destroyed", None, None),
    ("German-made howitzers shelled Russian positions across the river.", "shelled", None, None),
    ("The same type of shell hit a school in the city last week.", "hit", None, None),
    ("Rockets fired from Belarus hit the city of Zhytomyr.", "hit", None, None),
    # an act told as the subject of its outcome is no actor; its own side word is
    ("A drone strike killed four civilians in Kupiansk.", "killed", None, None),
    ("A Russian missile strike destroyed the only bridge into the town.", "destroyed", "Russian", "RU"),
    # controls: a side word on the weapon names who used it; a force using a weapon acts
    ("Russian missiles struck a hospital in Zaporizhzhia on Thursday.", "struck", "Russian missiles", "RU"),
    (
        "Ukrainian forces using British-made missiles struck a bridge near Kherson.",
        "struck",
        "Ukrainian forces",
        "UA",
    ),
    (
        "Polish-made tanks supplied to Kyiv were destroyed by Russian drones.",
        "destroyed",
        "Russian drones",
        "RU",
    ),
    ("The village was shelled by Russian artillery on Sunday.", "shelled", "Russian artillery", "RU"),
    ("Two men were detained by the SBU in Kharkiv.", "detained", "SBU", None),
    (
        "Ukrainian troops and partisans blew up two bridges outside Melitopol.",
        "blew",
        "Ukrainian troops",
        "UA",
    ),
    # the possessor of an act noun is its actor
    ("Russia's shelling of the market in Kostiantynivka killed 16 people.", "shelling", "Russia", "RU"),
    ("Russia's shelling of the market in Kostiantynivka killed 16 people.", "killed", "Russia", "RU"),
    (
        "Ukraine's counteroffensive in the south recaptured dozens of villages.",
        "counteroffensive",
        "Ukraine",
        "UA",
    ),
    ("Moscow's bombardment of Mariupol lasted for weeks.", "bombardment", "Moscow", "RU"),
    ("Soldiers were wounded in Russia's attack on the base.", "attack", "Russia", "RU"),
    ("Russia's release of 50 prisoners was part of a swap.", "release", "Russia", "RU"),
    # the accused is the actor, not the accuser
    ("Kyiv accused Russia of missile strikes on residential buildings in Dnipro.", "strikes", "Russia", "RU"),
    (
        "Separatist officials blamed Ukrainian forces for the attack on the bus station.",
        "attack",
        "Ukrainian forces",
        "UA",
    ),
    ("Ukraine's defence ministry accused Moscow of shelling the nuclear plant.", "shelling", "Moscow", "RU"),
    ("The governor blamed Russian troops for the explosion at the dam.", "explosion", "Russian troops", "RU"),
    ("Moscow blamed Kyiv for the drone attack on the Kremlin.", "attack", "Kyiv", "UA"),
    # the forces of a capital: the side is the country's, the actor is the forces
    ("Kyiv's forces shelled the town of Nova Kakhovka.", "shelled", "Kyiv's forces", "UA"),
    # who undergoes an act is no actor
    ("More than 30 people died when a missile hit the station.", "died", None, None),
    ("The journalist's arrest drew condemnation from rights groups.", "arrest", None, None),
    ("The activist's detention in Moscow has been extended.", "detention", None, None),
]


@pytest.mark.parametrize("text, word, actor, side", CASES)
def test_the_actor_is_who_did_the_act(nlp, text, word, actor, side):
    actors, _ = _roles(nlp, text, word)
    if actor is None:
        assert actors == []
    else:
        assert any(actor in t for t, _ in actors), actors
        assert all(s == side for t, s in actors if actor in t), actors


@pytest.mark.parametrize(
    "text, word, accuser",
    [
        ("Kyiv accused Russia of missile strikes on residential buildings in Dnipro.", "strikes", "Kyiv"),
        (
            "Separatist officials blamed Ukrainian forces for the attack on the bus station.",
            "attack",
            "officials",
        ),
        ("Moscow blamed Kyiv for the drone attack on the Kremlin.", "attack", "Moscow"),
    ],
)
def test_the_accuser_is_no_actor_of_the_act(nlp, text, word, accuser):
    actors, _ = _roles(nlp, text, word)
    assert not any(accuser in t for t, _ in actors), actors


@pytest.mark.parametrize(
    "text, word, target",
    [
        ("The journalist's arrest drew condemnation from rights groups.", "arrest", "journalist"),
        ("The activist's detention in Moscow has been extended.", "detention", "activist"),
        ("Russia's release of 50 prisoners was part of a swap.", "release", "prisoners"),
        ("A drone strike killed four civilians in Kupiansk.", "killed", "four civilians"),
    ],
)
def test_who_undergoes_the_act_is_its_target(nlp, text, word, target):
    _, targets = _roles(nlp, text, word)
    assert any(target in t for t in targets), targets


@pytest.mark.parametrize(
    "text, word, actor, side",
    [
        # the act a toll happened in names who did it
        ("Fifty prisoners of war were killed in Russia's shelling of the camp.", "killed", "Russia", "RU"),
        ("Three soldiers died in a Ukrainian strike on the barracks.", "died", "Ukrainian", "UA"),
        ("Civilians were wounded in shelling by separatist forces.", "wounded", "separatist forces", None),
    ],
)
def test_the_act_a_toll_happened_in_names_the_actor(nlp, text, word, actor, side):
    actors, _ = _roles(nlp, text, word)
    assert any(actor in t and s == side for t, s in actors), actors


def test_the_one_accused_of_carrying_out_attacks_is_their_actor(nlp):
    text = "The mayor accused Russia of stepping up its attacks on the city's water supply."
    actors, _ = _roles(nlp, text, "attacks")
    assert [s for _, s in actors] == ["RU"], actors
