"""Session 17 review of the claims commits (fb31c65 the addressee reading, a4a4cda private bodies,
13b9e36 "the bloc's", be6065e sentence adverbs, 551721b places run into names): sentences of our
own, where each new reading should fire and where it must not, the answers written before the code
ran (but for three addressee items, marked). Results at 5c3b5fe, before and after the review are in
docs/claims.md (Session 17 review)."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim

from sitrep.claims.stage import find_claims

# (text, side of the last claim's speaker)
SIDES = [
    # a state's own body described by nationality keeps its side
    ("The Russian defence ministry said its forces had shot down 12 drones over Belgorod.", "RU"),
    ("Ukrainian troops said they had pushed back an assault near Bakhmut.", "UA"),
    ("The Russian central bank said it would keep its key rate unchanged.", "RU"),
    ("Russia's state gas company said supplies through the pipeline would stop on Monday.", "RU"),
    ("Ukraine's national energy company said power had been restored in Kharkiv.", "UA"),
    # a ministry's or an intelligence service's own analysts are the state's
    ("Russian defence ministry analysts said the strikes had hit every target.", "RU"),
    ("US intelligence analysts said Moscow had lost half of its tanks.", "US"),
    # the reading fires: a nationality only describes
    ("A Ukrainian military analyst said the counteroffensive had stalled.", None),
    ("The Russian opposition politician said the war was a crime.", None),
    # a state named in a clause about someone else is not the speaker's
    (
        "A crew member linked to a Russian oligarch sanctioned by the UK said the yacht had been seized.",
        None,
    ),
    # "the bloc's" is the EU and "the alliance's" Nato when both are named; the UN is neither
    (
        "The European Union and Nato held talks in Brussels. "
        "The bloc's foreign policy chief said new sanctions were ready.",
        "EU",
    ),
    (
        "Nato foreign ministers met before an EU summit in Brussels. "
        "The alliance's secretary general said Kyiv would get more air defence.",
        "NATO",
    ),
    (
        "The EU pledged more aid at a UN conference in Geneva. "
        "The bloc's foreign policy chief said the money would go to Ukraine's power grid.",
        "EU",
    ),
    (
        "Nato leaders met in Madrid. The alliance's secretary general said the summit had been a success.",
        "NATO",
    ),
    # a post in a capital is the post's state's, not the capital's
    ("The US ambassador in Kyiv Bridget Brink said the embassy would stay open.", "US"),
    # second batch (answers before the run): a capital cut from a name after a bare "in" keeps its
    # side where the post gives it, and "in"/"from" with their objects still read as before
    (
        "The UN's human rights monitor in Kyiv Matilda Bogner said civilians had been killed in the strike.",
        "UN",
    ),
    ("Officials in Kyiv said the strikes had hit two power plants.", "UA"),
    ("In Kyiv Mayor Vitali Klitschko said three people had been killed.", "UA"),
    ("Speaking from Kyiv, Zelenskiy said the city would not fall.", "UA"),
]

# (text, speaker mention of the last claim, or None to read the name only, a word the name must not hold)
NAMES = [
    ("Later Kremlin spokesman Dmitry Peskov said the talks had failed.", None, "Later"),
    ("Now Ukraine's foreign minister Dmytro Kuleba said the grain deal was dead.", None, "Now"),
    pytest.param(
        "Speaking in Moscow Kremlin spokesman Dmitry Peskov said the talks had failed.",
        None,
        "Moscow",
        marks=pytest.mark.xfail(
            strict=True, reason="the parse gives 'said' no subject here: no speaker at all"
        ),
    ),
    (
        "An economist at Kyiv School of Economics said exports had fallen by a third.",
        "An economist at Kyiv School of Economics",
        None,
    ),
    pytest.param(
        "A reporter from Russia Today said the convoy had been hit.",
        "A reporter from Russia Today",
        None,
        marks=pytest.mark.xfail(
            strict=True, reason="the mention ends at 'Russia': the channel's name is cut"
        ),
    ),
]


# fb31c65 (the addressee reading kept from 4aaeb02): a cue that names whom it asks keeps the
# infinitive as its content; a purpose infinitive is no claim. (text, speaker, cue, content or None
# for no claim at all); the first four answers were written before the run, the rest after it.
ADDRESSEES = [
    (
        "Zelenskiy urged allies to send more tanks before the winter.",
        "Zelenskiy",
        "urged",
        "allies to send more tanks before the winter",
    ),
    (
        "The ministry called on the West to add fighter jets to the package.",
        "The ministry",
        "called on",
        "the West to add fighter jets to the package",
    ),
    (
        "Asked to comment, the Kremlin said it would not respond.",
        "the Kremlin",
        "said",
        "it would not respond",
    ),
    (
        "The general told his troops to hold the line at all costs.",
        "The general",
        "told",
        "his troops to hold the line at all costs",
    ),
    (
        "The mayor asked residents to report any drone they saw.",
        "The mayor",
        "asked",
        "residents to report any drone they saw",
    ),
    (
        "The minister flew to Kyiv to tell Zelenskiy that more aid was coming.",
        "The minister",
        "to tell",
        "that more aid was coming",
    ),
    ("Russia sent troops to seize the airport.", None, None, None),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), ADDRESSEES)
def test_addressee_keeps_the_infinitive(nlp, text, speaker, cue, content):
    if speaker is None:
        assert find_claims(nlp(text)) == []
    else:
        assert_claim(nlp, text, speaker, cue, content)


@pytest.mark.parametrize(("text", "side"), SIDES)
def test_side_of_speaker(nlp, text, side):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    assert speaker.side == side


@pytest.mark.parametrize(("text", "mention", "stray"), NAMES)
def test_speaker_name(nlp, text, mention, stray):
    speaker = find_claims(nlp(text))[-1].speaker
    assert speaker is not None
    if mention is not None:
        assert speaker.text == mention
    if stray is not None:
        assert speaker.name is not None and stray not in speaker.name.split()
