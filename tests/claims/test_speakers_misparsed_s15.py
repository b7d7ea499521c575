"""Session 15 blind batch (sentences of our own, answers written before the code ran): a cue verb
the parse left without a subject, because it read the speaker as something else, is still the
speaker's act, as PARC and PolNeAR read it in any text:

- a speaker named after a quotation with an apposition or a participle phrase of its own
  ("“…,” Col. X, commander of the brigade, told Reuters"), which the parse hangs inside the quote;
- a speaker whose apposition or relative clause the parse made the reported clause of the cue
  ("X, a medic helping to evacuate the wounded, said the road was cut");
- a speaker who did something else first in a list of predicates the parse read as a
  subordinate clause ("X visited A, praised B and said C").

Controls keep the readings that were right: an inverted speaker after the cue, a time clause,
a quotation tag with its own subject."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim, claim_with_cue

from sitrep.claims.stage import find_claims

# (text, speaker, cue, content): the claim the cue makes, in the record's reading
BLIND = [
    (
        "“We will not leave the city,” Oleksandr Kovalenko, commander of the 24th Brigade, told Reuters.",
        "Oleksandr Kovalenko, commander of the 24th Brigade,",
        "told",
        "“We will not leave the city,”",
    ),
    (
        "“The wells are poisoned,” Maria Hnatiuk, a nurse at the district hospital, said on Tuesday.",
        "Maria Hnatiuk, a nurse at the district hospital,",
        "said",
        "“The wells are poisoned,”",
    ),
    (
        "“They shelled the queue for bread,” a volunteer, carrying a box of medicine to the shelter, said.",
        "a volunteer, carrying a box of medicine to the shelter,",
        "said",
        "“They shelled the queue for bread,”",
    ),
    (
        "Petro Ivanenko, a medic helping to evacuate the wounded, said the road to the city was cut.",
        "Petro Ivanenko, a medic helping to evacuate the wounded,",
        "said",
        "the road to the city was cut",
    ),
    (
        "The governor, meanwhile, who has been in office for a month, said the troops would stay.",
        "The governor",
        "said",
        "the troops would stay",
    ),
    (
        "The defence minister, meanwhile, who visited the front on Friday, told reporters the line would hold.",
        "The defence minister",
        "told",
        "the line would hold",
    ),
    (
        "The spokesman spoke about the convoy, referred to the losses and said the talks would resume.",
        "The spokesman",
        "said",
        "the talks would resume",
    ),
    (
        "The mayor toured the damaged school, thanked the rescuers and said the children had been moved.",
        "The mayor",
        "said",
        "the children had been moved",
    ),
    (
        "The regional governor is confident the dam will hold, says the water level is falling.",
        "The regional governor",
        "says",
        "the water level is falling",
    ),
]

# Controls: readings that were right before and must stay so.
CONTROLS = [
    (
        "“The city has fallen,” said the governor, who was speaking from Kyiv.",
        "the governor, who was speaking from Kyiv",
        "said",
        "“The city has fallen,”",
    ),
    (
        "The bridge was destroyed overnight, the governor said.",
        "the governor",
        "said",
        "The bridge was destroyed overnight",
    ),
    (
        "“We have no water,” a resident said.",
        "a resident",
        "said",
        "“We have no water,”",
    ),
    (
        "The commander visited the front, praised the troops and said the line would hold.",
        "The commander",
        "said",
        "the line would hold",
    ),
    (
        "Oleksandr Kovalenko, commander of the 24th Brigade, said the town had been retaken.",
        "Oleksandr Kovalenko, commander of the 24th Brigade,",
        "said",
        "the town had been retaken",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), BLIND + CONTROLS)
def test_speaker_of_a_cue_the_parse_left_without_subject(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


# Not claims of a speaker: the words between a quotation and its cue that hold a verb of their own.
NOT_A_SPEAKER = [
    (
        "“The road is open,” the army said, and the first trucks crossed the river.",
        "the army",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_A_SPEAKER)
def test_a_clause_after_the_tag_is_no_speaker(nlp, text, speaker):
    claims = find_claims(nlp(text))
    assert [c.speaker.text for c in claims if c.speaker is not None] == [speaker]


# Second blind batch, before the list-of-predicates reading (answers written before the code ran):
# a predicate in a list ("X did A, did B and said C") that the parse reads as a subordinate
# clause of the first keeps the first's subject; a clause opened by a subordinator does not.
LISTED = [
    (
        "The governor spoke about the evacuation, referred to the losses in the district and warned that more strikes would come.",
        "The governor",
        "warned",
        "that more strikes would come",
    ),
    (
        "Zelenskiy thanked the allies for the tanks, described the situation in Bakhmut as difficult and urged partners to send jets.",
        "Zelenskiy",
        "urged",
        "partners to send jets",
    ),
    (
        "The Russian defence ministry denied the strike, blamed Ukrainian air defences for the blast and claimed the market had been empty.",
        "The Russian defence ministry",
        "claimed",
        "the market had been empty",
    ),
]

# Controls: a subordinate clause with its own subject, or opened by "when"/"after", is no list.
NOT_LISTED = [
    (
        "Residents fled the village after soldiers warned that the dam would be blown up.",
        "soldiers",
        "warned",
        "that the dam would be blown up",
    ),
    (
        "When the mayor said the water was safe, residents returned to their homes.",
        "the mayor",
        "said",
        "the water was safe",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), LISTED + NOT_LISTED)
def test_a_listed_predicate_keeps_the_subject(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


# Written after reading the dump (our own wording): a speaker named after an inverted cue, which the
# parse makes a clause of its own, is no reported clause; the subject before the comma does not
# speak, and the sentence before the cue stays what was said.
INVERTED = [
    (
        "The Russian army had hoped to control the skies, which would have made the advance easier, "
        "said Anna Koval at the Institute for Strategic Studies in Kyiv.",
        "The Russian army had hoped to control the skies, which would have made the advance easier",
    ),
    (
        "Strikes on the power grid are war crimes, says Polish prime minister – video",
        "Strikes on the power grid are war crimes",
    ),
]


@pytest.mark.parametrize(("text", "content"), INVERTED)
def test_an_inverted_speaker_is_no_reported_clause(nlp, text, content):
    claim = claim_with_cue(nlp, text, "said" if " said " in text else "says")
    assert claim is not None
    assert claim.content.text == content
    assert claim.speaker is None or claim.speaker.text not in (
        "The Russian army",
        "Strikes on the power grid",
    )


def _parsed(nlp, rows):
    """A Doc with the parse given by hand (word, tag, pos, dep, head index), as the model parsed
    a dump sentence: the reading under test does not then depend on the model's mood."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in ",." for i in range(len(rows))],
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    return doc


def test_a_noun_the_parse_made_a_clause_is_no_reported_clause(nlp):
    from sitrep.claims.attribute import _subject_before_clause

    # "They hoped to hold the bridge, said Koval at the Centre thinktank.": the parse makes the
    # inverted speaker's last noun the cue's clause (as on the dump); the subject before the comma
    # does not speak. With a verb heading that clause it is a list of predicates, and it does.
    rows = [
        ("They", "PRP", "PRON", "nsubj", 1),
        ("hoped", "VBD", "VERB", "ccomp", 7),
        ("to", "TO", "PART", "aux", 3),
        ("hold", "VB", "VERB", "xcomp", 1),
        ("the", "DT", "DET", "det", 5),
        ("bridge", "NN", "NOUN", "dobj", 3),
        (",", ",", "PUNCT", "punct", 7),
        ("said", "VBD", "VERB", "ROOT", 7),
        ("Koval", "NNP", "PROPN", "nsubj", 12),
        ("at", "IN", "ADP", "prep", 8),
        ("the", "DT", "DET", "det", 11),
        ("Centre", "NNP", "PROPN", "pobj", 9),
        ("thinktank", "NN", "NOUN", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    assert _subject_before_clause(_parsed(nlp, rows)[7]) is None
    rows[12] = ("thinks", "VBZ", "VERB", "ccomp", 7)
    assert _subject_before_clause(_parsed(nlp, rows)[7]).text == "They"
