"""Session 13 blind batch: speaker resolution and sides on passages of our own in the style of
war reporting, each with the answer written down before the code was run (issue #5).

A pronoun or description takes the nearest compatible speaker or named subject before it, but
never the subject of speech that an earlier claim reports or quotes ("Ukraine said Russian
forces shelled X. They also said ..." is Ukraine speaking again). A post with its "of"/"for"
complement ("the head of the mission") is its own name. A side the text does not give stays
null."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# Blind expectations the code does not meet (kept as strict xfails, so a fix shows).
_MISSES = {
    13: "the small model tags the name ORG (a body), so 'she' finds no person before her",
}

# (passage, expected name and side of the last claim's speaker)
BLIND = [
    (
        "Ukraine's defence ministry said Russian forces shelled Kherson overnight. "
        "It said two civilians were wounded.",
        "Ukraine's defence ministry",
        "UA",
    ),
    (
        "Ukrainian officials said Russian forces shelled Kherson overnight. "
        "They also said two civilians were wounded.",
        "Ukrainian officials",
        "UA",
    ),
    (
        "The Kremlin said Ukrainian troops had attacked a border village. "
        "It gave no evidence, but it said three people had died.",
        "The Kremlin",
        "RU",
    ),
    (
        "Russia's defence ministry claimed the United States was directly involved in the war. "
        "Washington had supplied the targets, it said.",
        "Russia's defence ministry",
        "RU",
    ),
    (
        "“Russian troops are regrouping near Izium,” said Oleh Petrenko, a Ukrainian army spokesman. "
        "He added that the shelling had eased.",
        "Oleh Petrenko, a Ukrainian army spokesman",
        "UA",
    ),
    (
        "Mykola Bondar, the Ukrainian governor of the region, said the town was hit twice. "
        "The shells landed near a school. He said no children were hurt.",
        "Mykola Bondar, the Ukrainian governor of the region",
        "UA",
    ),
    (
        "A Russian general was accused by the head of the mission of lying about the shelling.",
        "the head of the mission",
        None,
    ),
    (
        "The shelling was condemned by the head of the UN monitoring mission.",
        "the head of the UN monitoring mission",
        "UN",
    ),
    (
        "Russia's foreign ministry summoned the British ambassador on Monday. "
        "A spokesman for the ministry said London was arming Kyiv.",
        "A spokesman for the ministry",
        "RU",
    ),
    ("The governor said the city was calm.", None, None),
    (
        "Ukraine's general staff said its troops had repelled 40 attacks near Bakhmut, where Russian "
        "forces have been advancing for weeks. It said the town remained under Ukrainian control.",
        "Ukraine's general staff",
        "UA",
    ),
    (
        "The Institute for the Study of War said Russian forces were behind the explosion. "
        "It said satellite images suggested a precision strike.",
        "The Institute for the Study of War",
        None,
    ),
    (
        "The Ukrainian navy issued a statement on Tuesday. “Russia keeps mining the sea lanes every "
        "night. Moscow cannot be trusted,” it said.",
        "The Ukrainian navy",
        "UA",
    ),
    (
        "Olena Kravets, whose son was killed in the strike, said the shelling began at dawn. Russian "
        "officials denied that civilians were targeted. She said the army was lying.",
        "Olena Kravets",
        None,
    ),
    (
        "The Russian army said its units had taken the village. "
        "They said Ukrainian troops had withdrawn in disarray.",
        "The Russian army",
        "RU",
    ),
    (
        "Belarus has denied any role in the attack. It said its forces had stayed on their side of the border.",
        "Belarus",
        "BY",
    ),
    (
        "Andriy Kovalchuk, a Ukrainian commander, said Russian troops had dug in along the river. "
        "They were short of ammunition, he said.",
        "Andriy Kovalchuk, a Ukrainian commander",
        "UA",
    ),
    (
        "Ukrainian officials said Russian drones hit a power station in Odesa. "
        "They said repairs would take weeks.",
        "Ukrainian officials",
        "UA",
    ),
    (
        "Moscow said the Ukrainian army had shelled Donetsk. It accused Kyiv of targeting civilians.",
        "Moscow",
        "RU",
    ),
    (
        "Vitaliy Kim, the Ukrainian governor of Mykolaiv, said three missiles hit the port. "
        "The governor said the port would reopen.",
        "Vitaliy Kim, the Ukrainian governor of Mykolaiv",
        "UA",
    ),
    (
        "Russia's foreign ministry said the talks had failed because of Kyiv. "
        "The ministry said new sanctions would not change its position.",
        "Russia's foreign ministry",
        "RU",
    ),
    (
        "The Pentagon said Russian troops were moving toward Kharkiv. Russian commanders have sent "
        "reinforcements, it said. It said the offensive could begin within days.",
        "The Pentagon",
        "US",
    ),
    (
        "Sergei Ivanov, a Kremlin aide, said Ukrainian forces had lost the town. "
        "Ukrainian commanders, he said, had ordered a retreat.",
        "Sergei Ivanov, a Kremlin aide",
        "RU",
    ),
    (
        "A spokeswoman for the mission said the monitors had left the city.",
        "A spokeswoman for the mission",
        None,
    ),
    (
        "The head of Ukraine's military intelligence said Russia was running out of missiles.",
        "The head of Ukraine's military intelligence",
        "UA",
    ),
    (
        "The commander of the Russian unit said his men had been ordered to advance. "
        "Ukrainian soldiers said they had repelled the attack.",
        "Ukrainian soldiers",
        "UA",
    ),
]


def _cases():
    for i, case in enumerate(BLIND):
        marks = [pytest.mark.xfail(reason=_MISSES[i], strict=True)] if i in _MISSES else []
        yield pytest.param(*case, id=f"b{i}", marks=marks)


@pytest.mark.parametrize(("text", "name", "side"), list(_cases()))
def test_blind_speaker_name_and_side(nlp, text, name, side):
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers, "no speaker found"
    assert (speakers[-1].name, speakers[-1].side) == (name, side)


def _last_speaker(nlp, text):
    speaker = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None][-1]
    return speaker.name, speaker.side


def test_the_agent_of_a_describing_participle_is_no_antecedent(nlp):
    """ "a town seized by Russia" describes the town; Russia is no one "it" can be."""
    text = (
        "Ukraine's defence ministry on Saturday urged residents of Enerhodar, a town seized by "
        "Russia, to report troop positions. “Please send us the addresses,” it said."
    )
    assert _last_speaker(nlp, text) == ("Ukraine's defence ministry", "UA")


def test_the_agent_of_a_passive_verb_is_an_antecedent(nlp):
    text = (
        "The deputy mayor was detained by Russian soldiers on Monday. They said he had refused to cooperate."
    )
    assert _last_speaker(nlp, text) == ("Russian soldiers", "RU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's president Volodymyr Zelenskiy visited Kharkiv on Monday. Russian shells hit the "
            "city again. The regiment said it had held its positions. It also said two soldiers were wounded.",
            ("The regiment", None),  # since session 14 a unit is its own name (was None)
        ),
        (
            "Russian drones struck a depot in Lviv overnight. The statement said the fire was out. "
            "It added that nobody was hurt.",
            (None, None),
        ),
        (  # people left unnamed are no "it"
            "The Kremlin said Ukrainian troops attacked Belgorod. Residents said they had heard "
            "explosions. It also said two soldiers were killed.",
            ("The Kremlin", "RU"),
        ),
    ],
)
def test_it_after_an_unnamed_speaker_is_that_speaker(nlp, text, expected):
    """ "The regiment said …. It also said …": "it" is the regiment again, which has no name, not
    a name further back ("Russian shells"). Sentences of our own, written after the round-3 dump
    showed the case (g23, g167, n188 took a name further back)."""
    assert _last_speaker(nlp, text) == expected
