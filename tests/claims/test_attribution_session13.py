"""Session 13 fresh sentences (written for this round, their answers set down before the code was
run): a speaker set in the middle of the sentence it reports ("The attack, he said, was
repelled"), which PARC and PolNeAR read as one attribution whose content runs on both sides of
the speech tag, against a tag that ends its sentence before the next quotation; and a second
speech act of the same speaker after a comma ("…, adding that …")."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (text, speaker, cue, content) in the record's reading: one claim per sentence-spanning content
ONE_CLAIM = [
    (
        "The attack, the governor said, was repelled before dawn.",
        "the governor",
        "said",
        "The attack, the governor said, was repelled before dawn",
    ),
    (
        "“The bridge,” the mayor said, “is no longer passable.”",
        "the mayor",
        "said",
        "“The bridge,” the mayor said, “is no longer passable.”",
    ),
    (
        "Russian forces, a Ukrainian commander said on Monday, had pulled back from the river.",
        "a Ukrainian commander",
        "said",
        "Russian forces, a Ukrainian commander said on Monday, had pulled back from the river",
    ),
    (
        "The shelling, officials said, killed at least nine civilians in the market.",
        "officials",
        "said",
        "The shelling, officials said, killed at least nine civilians in the market",
    ),
    (
        "The bombardment, residents told reporters, lasted through the night.",
        "residents",
        "told",
        "The bombardment, residents told reporters, lasted through the night",
    ),
]

# (text, [(speaker, cue, content), ...]) in text order
SEVERAL = [
    (
        "“We held the line,” the colonel said. “Tomorrow we push forward.”",
        [
            ("the colonel", "said", "“We held the line,”"),
            ("the colonel", "said", "“Tomorrow we push forward.”"),
        ],
    ),
    (
        "Ukraine's air force said it shot down 20 drones, adding that debris fell on two houses.",
        [
            ("Ukraine's air force", "said", "it shot down 20 drones"),
            ("Ukraine's air force", "adding", "that debris fell on two houses"),
        ],
    ),
    (
        "The ministry insisted that the convoy carried only aid, claiming that the footage was staged.",
        [
            ("The ministry", "insisted", "that the convoy carried only aid"),
            ("The ministry", "claiming", "that the footage was staged"),
        ],
    ),
    (
        "The spokesman denied the report, saying that no troops had crossed the border.",
        [
            ("The spokesman", "denied", "the report"),
            ("The spokesman", "saying", "that no troops had crossed the border"),
        ],
    ),
    (
        "Moscow said on Friday that its troops had taken the village.",
        [("Moscow", "said", "that its troops had taken the village")],
    ),
]


def _record(text: str, nlp):
    return find_claims(nlp(text), withheld=False)


def _triples(claims) -> list[tuple[str | None, str, str]]:
    return [(c.speaker.text if c.speaker else None, c.cue_span.text, c.content.text) for c in claims]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), ONE_CLAIM)
def test_speaker_inside_the_sentence_gives_one_claim(text, speaker, cue, content, nlp):
    claims = _record(text, nlp)
    assert [(c.speaker.text if c.speaker else None, c.cue_span.text, c.content.text) for c in claims] == [
        (speaker, cue, content)
    ]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_separate_speech_acts(text, expected, nlp):
    claims = _record(text, nlp)
    got = [(c.speaker.text if c.speaker else None, c.cue_span.text, c.content.text) for c in claims]
    assert got == expected


# Written after reading the dump (not blind): a whole quotation, its tag, then the writer's words.
def test_quotation_keeps_its_own_claim_before_the_writers_words(nlp):
    text = "“We are sitting in a trap”, the commander said on Saturday, of the siege of the town."
    claims = _record(text, nlp)
    assert claims[0].content.text == "“We are sitting in a trap”"
    assert claims[0].speaker.text == "the commander"


# Second blind batch (answers written before running): a light verb whose object has a possessive
# ("expressed his support for X") conveys that object, a thing the holder has: PARC's cue is the
# verb and the content the whole noun phrase. A bare noun ("expressed concern about X") makes one
# predicate with the verb, and a noun with a clause ("their concern that …") keeps the clause.
LIGHT_OBJECTS = [
    (
        "The mayor expressed his support for the evacuation plan.",
        "expressed",
        "his support for the evacuation plan",
    ),
    (
        "Kyiv voiced its frustration over the slow delivery of tanks.",
        "voiced",
        "its frustration over the slow delivery of tanks",
    ),
    (
        "The minister reiterated her opposition to any ceasefire.",
        "reiterated",
        "her opposition to any ceasefire",
    ),
    (
        "NATO's chief offered his assessment of the Russian offensive.",
        "offered",
        "his assessment of the Russian offensive",
    ),
    (
        "The general expressed concern about the shortage of shells.",
        "expressed concern about",
        "the shortage of shells",
    ),
    ("The envoy voiced support for new sanctions.", "voiced support for", "new sanctions"),
    (
        "Officials expressed their concern that the dam could fail.",
        "expressed their concern",
        "that the dam could fail",
    ),
    (
        "Residents were unanimous in their condemnation of the strike.",
        "were unanimous in their condemnation of",
        "the strike",
    ),
]


# The rule was kept on train and reverted after dev content exact F1 fell (docs/claims.md,
# session 13): the possessed objects stay in the cue; these four fail until a reading holds on both.
_NOT_KEPT = pytest.mark.xfail(strict=True, reason="possessed-object reading reverted (cost dev)")
LIGHT_OBJECTS = [
    pytest.param(*case, marks=_NOT_KEPT)
    if case[1] in ("expressed", "voiced", "reiterated", "offered")
    else case
    for case in LIGHT_OBJECTS
]


@pytest.mark.parametrize(("text", "cue", "content"), LIGHT_OBJECTS)
def test_light_verb_object_with_a_possessive(text, cue, content, nlp):
    claims = find_claims(nlp(text))
    assert [(c.cue_span.text, c.content.text) for c in claims] == [(cue, content)]


# Review of session 13 (blind: each sentence's claims written down before the code ran on it):
# relay tails, a writer's gloss after a quotation, "you know"/"I mean" tags, two speakers, and a
# quotation broken by its tag. (text, [(speaker, cue, content), ...]) — every claim, in text order.
REVIEW_BLIND = [
    (
        "The counteroffensive has stalled in the south, Reuters reported.",
        [("Reuters", "reported", "The counteroffensive has stalled in the south")],
    ),
    (  # the relay's own claim added in session 14, when the governor's was kept (as for Interfax below)
        "The bridge, the governor said, was hit twice overnight, AFP reports.",
        [
            ("AFP", "reports", "The bridge, the governor said, was hit twice overnight"),
            ("the governor", "said", "The bridge, the governor said, was hit twice overnight"),
        ],
    ),
    (
        "The dam, officials said, was destroyed by a blast, the agency reported on Tuesday.",
        [
            ("the agency", "reported", "The dam, officials said, was destroyed by a blast"),
            ("officials", "said", "The dam, officials said, was destroyed by a blast"),
        ],
    ),
    (
        "“We will not retreat,” the commander said, a phrase he has repeated all week.",
        [("the commander", "said", "“We will not retreat,”")],
    ),
    (
        "“Zrozumilo,” the sergeant answered, an army reply meaning “understood”.",
        [("the sergeant", "answered", "“Zrozumilo,”")],
    ),
    (
        "Ukraine's army has begun its push south, says the Kyiv Independent.",
        [("the Kyiv Independent", "says", "Ukraine's army has begun its push south")],
    ),
    (
        "“The town is gone, you know, there is nothing left,” the volunteer said.",
        [("the volunteer", "said", "“The town is gone, you know, there is nothing left,”")],
    ),
    ("“I mean, we had no choice,” the pilot said.", [("the pilot", "said", "“I mean, we had no choice,”")]),
    (
        "“Mind you, the shelling never stopped,” the farmer said.",
        [("the farmer", "said", "“Mind you, the shelling never stopped,”")],
    ),
    (
        "The mayor said the water was back, but the governor said the pipes were still broken.",
        [
            ("The mayor", "said", "the water was back"),
            ("the governor", "said", "the pipes were still broken"),
        ],
    ),
    (
        "“The road is mined. Nobody can pass,” the engineer said, “not even the trucks.”",
        [
            (
                "the engineer",
                "said",
                "“The road is mined. Nobody can pass,” the engineer said, “not even the trucks.”",
            )
        ],
    ),
    (
        "“The city is surrounded,” the mayor said, according to Interfax.",
        [
            ("the mayor", "said", "“The city is surrounded,”"),
            ("Interfax", "according to", "“The city is surrounded,” the mayor said"),
        ],
    ),
    (
        "The strike, Kyiv said, hit a school, while Moscow said it hit a barracks.",
        [("Kyiv", "said", "The strike, Kyiv said, hit a school"), ("Moscow", "said", "it hit a barracks")],
    ),
    (
        "“We held them for three days,” he said, “and then the ammunition ran out.”",
        [("he", "said", "“We held them for three days,” he said, “and then the ammunition ran out.”")],
    ),
    ("The shelling went on for hours, you know, and nobody came to help.", []),
    ("The soldiers, I mean the young ones, had no winter boots.", []),
    ("He was, mind you, the only medic left in the village.", []),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW_BLIND)
def test_review_blind_batch(text, expected, nlp):
    claims = _record(text, nlp)
    assert _triples(claims) == expected


# Written after reading the dump (not blind): a relay's tail after the speech tag is the relay,
# never a piece of what the speaker said.
@pytest.mark.parametrize(
    "text",
    [
        "The grain deal is dead, the minister said after the talks in Ankara, AFP reports.",
        "The dam, officials said, was destroyed by a blast, the agency reported on Tuesday.",
        "The bridge, the governor said, was hit twice overnight, AFP reports.",
    ],
)
def test_relay_tail_is_no_content(text, nlp):
    claims = _record(text, nlp)
    assert claims
    assert not any("reported" in c.content.text or "reports" in c.content.text for c in claims)


# Written after reading the dump: discourse tags are no speech, and the cue stays where the words
# take a complement or a mark ("as you know, …").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So it was like, you know, a siege that never ended.", []),
        ("You know that the bridge fell on Monday.", [("You", "know", "that the bridge fell on Monday")]),
        ("As you know, the bridge fell on Monday.", [("you", "know", "the bridge fell on Monday")]),
    ],
)
def test_discourse_tags(text, expected, nlp):
    claims = _record(text, nlp)
    assert _triples(claims) == expected


# Written after reading the dump (not blind): a broken quotation goes on after the attribution's
# own words, not after words the writer sets beside them (a gloss of the quotation, a clause of
# contrast about another paper).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Tochno,” he answered, an army response meaning “exactly”.",
            [("he", "answered", "“Tochno,”")],
        ),
        (
            "“Prices will fall” says the Times, while the Mirror is more interested in a footballer's “shock exit”.",
            [("the Times", "says", "“Prices will fall”")],
        ),
        (
            "“We are ready,” he told the crowd, which cheered, “and we will not wait.”",
            [("he", "told", "“We are ready,” he told the crowd, which cheered, “and we will not wait.”")],
        ),
        (
            "“We are ready,” he told Bloomberg on Monday, “and we will not wait.”",
            [("he", "told", "“We are ready,” he told Bloomberg on Monday, “and we will not wait.”")],
        ),
    ],
)
def test_quotation_goes_on_after_the_attributions_own_words(text, expected, nlp):
    assert _triples(_record(text, nlp)) == expected
