"""Review of session 15's speakers and sides: probes of our own, each answer (name and side of the
last speaker) written before the code ran on them. 6/18 right at 1380bd8, 9/18 at 8e91c40 (the
review's start); three fixes of the review (a weekday the name ran over, the relative's appositive
and list, a singular owner for "its/his/her" and the offices "chancellor", "premier", "force") make
15/18. Probes 19-21, written after those fixes, test a fourth (a description by one office is not a
person named with another office): 2/3 before it, 3/3 after. ANY: only the side is asked (how a
possessive office is named is the house convention, not probed here)."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

ANY = object()
_MISSES = {
    4: "a surname the small model tags ORG on its second mention is not tied to the earlier speaker "
    "named in full, so 'Szijjarto' keeps no title and no side",
    7: "the small model tags no entity on 'Kyiv' opening the sentence and hangs 'its ministry said' on the "
    "reported clause, so 'its' finds no named owner",
    17: "no side for a city's mayor without the places stage: the lexicon holds states, not every city",
}
PROBES = [
    # 1-4 a surname then a weekday/time word run into the person entity of the first mention
    (
        "Hungary's prime minister Viktor Orban Monday said the oil embargo would ruin his country's economy. "
        "Later, Orban said Budapest would not pay for weapons.",
        "Hungary's prime minister Viktor Orban",
        "HU",
    ),
    (
        "Poland's president Andrzej Duda Tuesday warned that Russia would not stop at Ukraine. "
        "Duda said more troops were needed on the border.",
        "Poland's president Andrzej Duda",
        "PL",
    ),
    (
        "Finland's prime minister Sanna Marin yesterday said the border would close within days. "
        "Marin said the decision was final.",
        "Finland's prime minister Sanna Marin",
        "FI",
    ),
    (
        "Hungary's foreign minister Peter Szijjarto said on Saturday that Budapest would veto the package. "
        "Szijjarto said the talks had failed.",
        "Hungary's foreign minister Peter Szijjarto",
        "HU",
    ),
    # 5 a name that holds a weekday keeps it
    ("The Sunday Times reported that the troops had been moved south.", "The Sunday Times", None),
    # 6-10 owned offices: the owner is not always the nearest named subject
    (
        "Moscow, which says Kyiv's troops shelled the plant, has asked the IAEA to send inspectors, its envoy "
        "said.",
        ANY,
        "RU",
    ),
    (
        "Kyiv said Moscow's forces had shelled the plant again, and its energy ministry said two reactors "
        "were shut.",
        ANY,
        "UA",
    ),
    (
        "Russia said Ukrainian drones had struck an oil depot in Bryansk overnight. Its defence ministry said "
        "all 12 drones were shot down.",
        ANY,
        "RU",
    ),
    ("Ukraine accused Russia of blowing up the dam, its defence ministry said.", ANY, "UA"),
    (
        "Germany said Russian troops were massing near the border, and its chancellor said Berlin would "
        "send more air defence.",
        ANY,
        "DE",
    ),
    # 11-13 'the country's' with two countries
    ("Poland will send its jets to Ukraine, the country's prime minister told reporters.", ANY, "PL"),
    ("Ukraine received four jets from Poland on Friday, the country's air force said.", ANY, "UA"),
    (
        "After talks between Russia and Turkey, the country's foreign ministry said the corridor would "
        "reopen.",
        ANY,
        None,
    ),
    # 14-17 relative pronouns on a phrase with an appositive or a list
    (
        "The attack was condemned by Jens Stoltenberg, Nato's secretary general, who said the alliance "
        "would not be drawn in.",
        "Jens Stoltenberg, Nato's secretary general",
        "NATO",
    ),
    (
        "The plan was backed by Poland, Lithuania and Latvia, which said the border must stay closed.",
        "Poland, Lithuania and Latvia",
        None,
    ),
    (
        "The figures came from Energoatom, Ukraine's state nuclear company, which said the plant had lost "
        "power.",
        "Energoatom, Ukraine's state nuclear company",
        "UA",
    ),
    (
        "The claim was denied by the mayor of Mykolaiv, Oleksandr Senkevych, who said no shells had fallen "
        "on the port.",
        "the mayor of Mykolaiv, Oleksandr Senkevych",
        "UA",
    ),
    # 18 a tweet signature
    (
        "Russia has to be stopped. Ukraine will win. — Dmytro Kuleba (@DmytroKuleba) February 24, 2022",
        "Dmytro Kuleba",
        "UA",
    ),
    # 19-21 (written after the fixes above, answers first) a description by an office is not the
    # person the text named with another office
    (
        "Britain's prime minister Rishi Sunak said more tanks would be sent. Later, in Kharkiv, the regional "
        "governor said two people had been killed.",
        None,
        None,
    ),
    (
        "Ukraine's president Volodymyr Zelenskiy said the front was holding. The president said more air "
        "defence was needed.",
        "Ukraine's president Volodymyr Zelenskiy",
        "UA",
    ),
    (
        "Prime Minister Mikhail Mishustin said the economy would adapt. President Vladimir Putin chaired the "
        "meeting. The president said the sanctions had failed.",
        "President Vladimir Putin",
        "RU",
    ),
]


@pytest.mark.parametrize(
    "i",
    [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=_MISSES[i + 1]))
        if i + 1 in _MISSES
        else i
        for i in range(len(PROBES))
    ],
)
def test_review_probe(nlp, i):
    text, name, side = PROBES[i]
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers, text
    last = speakers[-1]
    assert (name is ANY or last.name == name) and last.side == side, (last.name, last.side)
