"""Session 14, round 3: a resolved speaker name is the name with its title, not a clause on it.
Blind passages of our own; every answer was written down before the code ran on them. A comma-set
clause that says what the speaker did or what befell it is cut from the name; one that says what
the speaker is ("who is the deputy commander", "who has served as ambassador") or which body it
heads or runs keeps its words, as a title would. `speaker.text` (the scored span) is not cut."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

_MISSES = {
    9: "a relative pronoun followed by a comma ('who, like many soldiers, …') is not read as a clause",
}

# (passage, expected name of the last claim's speaker)
LAST_NAME = [
    (
        "Belarus, which has allowed Russian troops to use its territory, said it would not join the war.",
        "Belarus",
    ),
    (
        "Oksana Hrytsenko, who heads the regional military administration, said two villages were shelled "
        "overnight.",
        "Oksana Hrytsenko, who heads the regional military administration",
    ),
    (
        "Dmytro Lysenko, the mayor of the town, who fled with his family in March, said the water supply was cut.",
        "Dmytro Lysenko, the mayor of the town",
    ),
    (
        "The Wagner group, which has recruited thousands of prisoners, said its fighters had taken the station.",
        "The Wagner group",
    ),
    (
        "Anton Kovalenko, who is the deputy commander of the brigade, said the unit had lost three tanks.",
        "Anton Kovalenko, who is the deputy commander of the brigade",
    ),
    (
        "The governor, Pavlo Kyrylenko, speaking to reporters in Kramatorsk, said the city was calm.",
        "The governor, Pavlo Kyrylenko",
    ),
    (
        "Igor Petrov, whose son was killed near Bakhmut, said the families had not been told.",
        "Igor Petrov",
    ),
    (
        "Marina Shevchuk, who has served as ambassador to Poland since 2019, said the border crossings were open.",
        "Marina Shevchuk, who has served as ambassador to Poland since 2019",
    ),
    (
        "Hungary, which also buys Russian gas, said it would block the sanctions. It said the deal was unfair.",
        "Hungary",
    ),
    (
        "The commander, Oleh, 41, who, like many soldiers, gave only his first name, said the shelling had "
        "not stopped.",
        "The commander, Oleh, 41",
    ),
    (
        "Viktor Sobol, who runs a bakery in the town, said bread prices had doubled.",
        "Viktor Sobol, who runs a bakery in the town",
    ),
]


def _cases() -> list:
    return [
        pytest.param(
            *case,
            id=f"n{i}",
            marks=[pytest.mark.xfail(reason=_MISSES[i], strict=True)] if i in _MISSES else [],
        )
        for i, case in enumerate(LAST_NAME)
    ]


@pytest.mark.parametrize(("text", "name"), _cases())
def test_name_is_the_name_with_its_title(nlp, text, name):
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers, "no speaker found"
    assert speakers[-1].name == name


def test_the_mention_as_written_keeps_its_clause(nlp):
    text = "Belarus, which has allowed Russian troops to use its territory, said it would not join the war."
    speaker = next(c.speaker for c in find_claims(nlp(text)) if c.speaker is not None)
    assert speaker.text.startswith("Belarus, which has allowed") and speaker.name == "Belarus"
