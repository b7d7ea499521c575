"""Session 15: a relative or possessive pronoun stands for a named speaker, and a name holds no
punctuation or signature left over from a quotation or an embedded post.
Blind passages of our own; every answer (name and side of the last claim) was written down before
the code ran on them. A possessive speaker ("its foreign ministry") keeps a null name (no mention
names it; one with a modifier keeps its own words, the house convention for "the southern
military command") and takes the side of the body or person it belongs to. Two answers were
changed after the first run, each for a reason outside the rule: Andriy Yermak is UA by the
lexicon's entry for him (the blind answer said null), and "its transport ministry" is its own name
by the convention above (the blind answer said null)."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

_MISSES = {
    9: "the small model tags no entity on 'Belarus' here, so 'its' finds no named owner",
}

# (passage, expected name of the last claim's speaker, expected side)
LAST = [
    # a relative pronoun speaks for the noun it hangs on
    (
        "The shelling was condemned by officials in Kyiv, who said three schools had been hit.",
        "officials in Kyiv",
        "UA",
    ),
    (
        "The decision was welcomed by Andriy Yermak, the head of the presidential office, who said the "
        "talks would resume.",
        "Andriy Yermak, the head of the presidential office",
        "UA",
    ),
    (
        "Sanctions were imposed on the bank by the European Union, which said the measures would stay in "
        "place until the war ended.",
        "the European Union",
        "EU",
    ),
    (
        "The report was rejected by Moscow, which said it was a provocation.",
        "Moscow",
        "RU",
    ),
    (
        "The strike was reported by Russia's defence ministry, which said its forces had hit a depot near "
        "Lviv.",
        "Russia's defence ministry",
        "RU",
    ),
    # a possessive pronoun: the side of its owner
    (
        "Russia has closed its airspace to the planes of 36 countries, its transport ministry said.",
        "its transport ministry",
        "RU",
    ),
    (
        "Ukraine said on Friday that its forces had retaken two villages near Izium. Its general staff "
        "said the Russian troops had withdrawn.",
        None,
        "UA",
    ),
    (
        "Poland's prime minister, Mateusz Morawiecki, met the Ukrainian president in Kyiv. His spokesman "
        "said the two had discussed air defences.",
        None,
        "PL",
    ),
    (
        "The Kremlin has rejected the plan, its spokesman said.",
        None,
        "RU",
    ),
    (
        "Belarus denied that its troops had crossed the border, its foreign ministry said in a statement.",
        "its foreign ministry",
        "BY",
    ),
    (
        "Amnesty International published the report on Thursday. Its researchers said the shelling was "
        "indiscriminate.",
        None,
        None,
    ),
    (
        "Hungary's prime minister, Viktor Orbán, said he would veto the package. His foreign minister, "
        "Péter Szijjártó, said the talks had failed.",
        "His foreign minister, Péter Szijjártó",
        "HU",
    ),
    # no leftovers of a quotation or a signature in a name
    (
        "“There will be no more gas this winter,” Ukraine’s energy minister, Herman Halushchenko, told "
        "reporters. Halushchenko said the grid had been damaged.",
        "Ukraine’s energy minister, Herman Halushchenko",
        "UA",
    ),
    (
        "The United States stands with Ukraine. — Secretary Antony Blinken (@SecBlinken) July 23, 2022\n\n"
        "Blinken said the strike undermined the grain deal.",
        "Secretary Antony Blinken",
        "US",
    ),
]


# Shapes found on the dump while reading the first version's changes (our own wording; not blind).
FOUND = [
    # the owner is the subject of the possessive's own sentence, named or not
    (
        "Turkish President Recep Tayyip Erdoğan will hold talks in Sochi on Friday, his office said.",
        None,
        "TR",
    ),
    (
        "The Russian defence ministry has been criticised in London. A missile destroyed a hotel in the "
        "town, according to its mayor, Ihor Marchenko.",
        "its mayor, Ihor Marchenko",
        None,
    ),
    # a joint speaker takes no side from one part's owner
    (
        "President Biden signed the bill on Friday. His administration and Ukrainian leaders said the aid "
        "would arrive within weeks.",
        "His administration and Ukrainian leaders",
        None,
    ),
    # "who" on an act speaks for the act's "of" phrase, all of it
    (
        "The plan has the backing of leading Greens in the coalition, who say the plants are needed.",
        "leading Greens",
        None,
    ),
    (
        "The talks were about the accession of Finland and Sweden, who said they would meet the demands.",
        "Finland and Sweden",
        None,
    ),
]


@pytest.mark.parametrize("i", range(len(FOUND)))
def test_found_on_the_dump(nlp, i):
    text, name, side = FOUND[i]
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker.start > 0]  # not the opening name
    assert speakers, text
    assert (speakers[-1].name, speakers[-1].side) == (name, side)


@pytest.mark.parametrize(
    "i",
    [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=_MISSES[i])) if i in _MISSES else i
        for i in range(len(LAST))
    ],
)
def test_last_speaker_name_and_side(nlp, i):
    text, name, side = LAST[i]
    claims = find_claims(nlp(text))
    assert claims, text
    speaker = claims[-1].speaker
    assert (speaker.name, speaker.side) == (name, side)


# Second blind batch (answers written before the run): "the country's" office is the one state its
# sentence names before it; none, or two, give no side.
COUNTRY = [
    (
        "Germany has moved closer to gas rationing after the country's economy ministry warned of long "
        "shortages.",
        "DE",
    ),
    ("A British firm has delivered two generators to Ukraine, the country's health ministry said.", "UA"),
    ("Poland will send 100 more tanks, the country's defence minister said on Friday.", "PL"),
    ("The shelling continued overnight, the country's defence ministry said.", None),
    ("Russia and Ukraine traded blame for the strike, the country's foreign ministry said.", None),
]


@pytest.mark.parametrize("i", range(len(COUNTRY)))
def test_the_country_s_office(nlp, i):
    text, side = COUNTRY[i]
    speaker = find_claims(nlp(text))[-1].speaker
    assert "country" in speaker.text and speaker.side == side
