"""Review of session 16's speakers and sides: ages, owners, pronoun gender, a lede's post and its
holder. Blind passages of the reviewer's own (war reporting, names invented where the sides lexicon
would answer by itself); the name and side of the last claim's speaker were written down before the
code ran on them. Side "any" takes any side; "not UA" any but Ukraine's."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

_MISSES = {
    7: "an owner's title is not carried to the bare surname: 'Orlov', not 'Mr. Orlov'",
    9: "'she' for an untitled woman named as an object: the titled man is left out, no one is taken",
    17: "a visitor named after another state's post takes that post's side (a fronted 'Visiting Kyiv,' "
    "reads like the lede's 'Speaking in Ankara,')",
}

# (passage, name of the last claim's speaker, its side)
LAST = [
    (
        "Oleksandr Marchuk, 29, a spokesman for Ukraine's 47th Brigade, said the new tanks had reached the front.",
        "Oleksandr Marchuk, a spokesman for Ukraine's 47th Brigade",
        "UA",
    ),
    ("Ivan Kozlov, a Su-25 pilot, said his jet had been hit over Izium.", "Ivan Kozlov, a Su-25 pilot", None),
    (
        "The Minsk-2 agreement is dead, Dmitry Peskov, the Kremlin spokesman, said on Tuesday.",
        "Dmitry Peskov, the Kremlin spokesman",
        "RU",
    ),
    ("Mr. Tarasov, 55, said the village had no power for a week.", "Mr. Tarasov", None),
    (
        "Putin's war has failed, Grant Shapps, Britain's defence secretary, said.",
        "Grant Shapps, Britain's defence secretary",
        "GB",
    ),
    (
        "Zelenskiy's wife, Olena Zelenska, said the children had to come home.",
        "Zelenskiy's wife, Olena Zelenska",
        "any",
    ),
    (
        "Vladimir Putin's army has lost thousands of men. Putin said on Friday the goals would be met.",
        "Vladimir Putin",
        "RU",
    ),
    (
        "Mr. Orlov's deputy, Anna Lisova, said the bridge was closed. Later Orlov said it had reopened.",
        "Mr. Orlov",
        None,
    ),
    (
        "Mr. Hrytsenko said the talks were over. Anna Kovalenko, a nurse in Bakhmut, watched the news. She said the shelling had not stopped.",
        "Anna Kovalenko, a nurse in Bakhmut",
        None,
    ),
    (
        "Mr. Hrytsenko met Marta Lindgren in Kyiv on Monday. She said Sweden would send more air defence.",
        "Marta Lindgren",
        "any",
    ),
    (
        "Iryna Vereshchuk, Ukraine's deputy prime minister, said the corridor had opened. Mr. Kirby said the US was watching. She said 300 people had left.",
        "Iryna Vereshchuk, Ukraine's deputy prime minister",
        "UA",
    ),
    (
        "Russia has held Ms. Koval, 31, since February. Mr. Belov was arrested in Thailand in 2008. She said she had made an honest mistake.",
        "Ms. Koval",
        None,
    ),
    (
        "Tom Harding said the race was close. Mr. Dale has run a smooth campaign. Ms. Wren’s campaign has been shakier, though she has gained ground. On Wednesday she said she was ready to lead.",
        "Ms. Wren",
        None,
    ),
    (
        "Russia is regrouping for a new push in the east, Ukraine's defence minister said. Meanwhile Sergei Shoigu said the operation was going to plan.",
        "Sergei Shoigu",
        "RU",
    ),
    (
        "Russia is regrouping for a new push in the east, Ukraine's defence minister said. Meanwhile Pavel Zorin, a Russian lawmaker, said the operation was going to plan.",
        "Pavel Zorin, a Russian lawmaker",
        "RU",
    ),
    (
        "The war could last for years, Britain's former defence secretary warned on Sunday. Alan Marsh said the West had to be patient.",
        "Alan Marsh",
        None,
    ),
    (
        "Kyiv must not give up land, the ex-head of Nato's military committee said. Stuart Peel said the allies would hold.",
        "Stuart Peel",
        None,
    ),
    (
        "Air defence is the priority, Ukraine's foreign minister said on Monday. Visiting Kyiv, Daniel Rourke said Ireland would send more aid.",
        "Daniel Rourke",
        "not UA",
    ),
    (
        "The line is holding, a Ukrainian commander said. Mykola Dorosh said the enemy had lost two tanks.",
        "Mykola Dorosh",
        None,
    ),
    (
        "Russia will not stop at Donbas, Estonia's prime minister warned on Monday. Liina Saar said Europe had to act faster.",
        "Liina Saar",
        "EE",
    ),
]


@pytest.mark.parametrize(
    "k",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=_MISSES[k])) if k in _MISSES else k
        for k in range(len(LAST))
    ],
)
def test_last_speaker_name_and_side(nlp, k: int) -> None:
    text, name, side = LAST[k]
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert speaker.name == name
    if side == "not UA":
        assert speaker.side != "UA"
    elif side != "any":
        assert speaker.side == side


# States the sides lexicon lacked (Slovakia, Switzerland, Brazil, Israel): (passage, name, side),
# answers written before the entries were added; the last is a near-miss, a company named by a
# demonym, which the lexicon reads as the state.
STATES = [
    (
        "Slovakia's prime minister said the jets would be sent within weeks.",
        "Slovakia's prime minister",
        "SK",
    ),
    (
        "Israel's foreign minister, Eli Cohen, said his country would not send weapons.",
        "Israel's foreign minister, Eli Cohen",
        "IL",
    ),
    (
        "The Swiss government said it would not allow the re-export of the ammunition.",
        "The Swiss government",
        "CH",
    ),
    ("Brazil's president said the war had to end through talks.", "Brazil's president", "BR"),
    ("Swiss Re, the reinsurer, said claims from the war would rise.", "Swiss Re, the reinsurer", None),
]
_STATE_MISSES = {
    4: "a company named by a demonym ('Swiss Re') takes the state's side: its last word is no body's kind"
}


@pytest.mark.parametrize(
    "k",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=_STATE_MISSES[k]))
        if k in _STATE_MISSES
        else k
        for k in range(len(STATES))
    ],
)
def test_a_state_of_the_lexicon_gives_its_side(nlp, k: int) -> None:
    text, name, side = STATES[k]
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.side) == (name, side)
