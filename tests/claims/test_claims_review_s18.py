"""Session 18 review (issue #5): the session's claims readings, and the lead's end-to-end findings,
on sentences of our own in the style of war reporting, with the answers written before any run.

Run at the session's base (bf4e95f), at the writer's HEAD (5ce6266) and after the review: the
first 38 probes (answers before any run) 20/38 -> 24/38 -> 33/38; the whole file, with the
review's near-misses of its own fixes and the shapes its dump and tune reads found (at the end),
31/55 -> 36/55 -> 50/55 (docs/claims.md, "Session 18: review of source recall"). A speaker of
None means no claim with that cue."""

from __future__ import annotations

import pytest
from claim_probe import assert_claim, claim_with_cue

from sitrep import extract

_OPPOSE = (
    "the poll after its figure loses to 'oppose', a stance verb read as a cue with a noun-phrase content"
)
_MAXAR = "'Satellite images released by Maxar show that …': the parse makes 'Maxar show' the object of 'by', with no subject"
_CASE = (
    "a relative clause after a cue noun ('in a case that rights groups called politically motivated') is "
    "no longer the noun's content (no claim); the 'call X Y' reading of the relative is not written"
)

# (text, cue, speaker, content)
SENTENCES = [
    # 36d2fdc: a belief or finding whose content is its own that-clause holds the speech inside it
    (
        "A survey found that most residents said they would stay in the city.",
        "found",
        "A survey",
        "that most residents said they would stay in the city",
    ),
    (
        "Officials believe that Moscow told Minsk to prepare its troops.",
        "believe",
        "Officials",
        "that Moscow told Minsk to prepare its troops",
    ),
    (
        "The minister said the report found that the dam was breached.",
        "said",
        "The minister",
        "the report found that the dam was breached",
    ),
    ("The minister said the report found that the dam was breached.", "found", None, None),
    (
        "Zelenskiy said he believes that the counteroffensive will succeed.",
        "said",
        "Zelenskiy",
        "he believes that the counteroffensive will succeed",
    ),
    (
        "Analysts doubt whether Moscow can sustain the offensive.",
        "doubt",
        "Analysts",
        "whether Moscow can sustain the offensive",
    ),
    (
        "Kyiv fears that Russia will claim the strike was an accident.",
        "fears",
        "Kyiv",
        "that Russia will claim the strike was an accident",
    ),
    (
        "The inquiry found that the shelling was deliberate, the UN said.",
        "said",
        "the UN",
        "The inquiry found that the shelling was deliberate",
    ),
    # 9a85e05: a poll named after the figure it reports
    pytest.param(
        "Some 62% of Ukrainians oppose territorial concessions in a survey by the Kyiv International "
        "Institute of Sociology.",
        "in",
        "a survey by the Kyiv International Institute of Sociology",
        "Some 62% of Ukrainians oppose territorial concessions",
        marks=pytest.mark.xfail(strict=True, reason=_OPPOSE),
    ),
    (
        "Support for the president fell to 59 percent in a poll published on Friday.",
        "in",
        "a poll published on Friday",
        "Support for the president fell to 59 percent",
    ),
    ("Fifteen volunteers helped in a survey of the minefield near Izium.", "in", None, None),
    ("Two sappers were hurt in 2023 and 14 engineers worked in a survey of the dam.", "in", None, None),
    ("The party won 12 seats in the election.", "in", None, None),
    ("Only 5 of the 30 questions were answered in the survey.", "in", None, None),
    ("About 300 soldiers fought in the battle for the bridge.", "in", None, None),
    # da864c1: a cue the tagger calls a noun, with a subject and a clause
    pytest.param(
        "Satellite images released by Maxar show that the bridge was destroyed.",
        "show",
        "Satellite images released by Maxar",
        "that the bridge was destroyed",
        marks=pytest.mark.xfail(strict=True, reason=_MAXAR),
    ),
    (
        "Documents seen by the BBC show that the unit fired first.",
        "show",
        "Documents seen by the BBC",
        "that the unit fired first",
    ),
    (
        "Records show the shipment reached Belarus in May.",
        "show",
        "Records",
        "the shipment reached Belarus in May",
    ),
    ("The air show that Moscow holds every year was cancelled.", "show", None, None),
    ("The talk show that state TV airs each night was taken off the air.", "show", None, None),
    # the lead's findings: a wire dateline is no part of what was said
    (
        "KYIV, March 12 (Wire) - Russian forces shelled the city overnight, the regional governor said.",
        "said",
        "the regional governor",
        "Russian forces shelled the city overnight",
    ),
    (
        "LONDON, May 2 (Wire) - Ukraine has asked its allies for more air defence systems, Zelenskiy said.",
        "said",
        "Zelenskiy",
        "Ukraine has asked its allies for more air defence systems",
    ),
    (
        "MOSCOW (Wire) - Russian troops have taken a village near Bakhmut, the defence ministry said on Monday.",
        "said",
        "the defence ministry",
        "Russian troops have taken a village near Bakhmut",
    ),
    (
        "Kyiv - the capital - was quiet overnight, officials said.",
        "said",
        "officials",
        "Kyiv - the capital - was quiet overnight",
    ),
    # the lead's findings: a relative clause after a cue noun
    pytest.param(
        "Meanwhile, a court in Moscow jailed a poet for seven years, in a case that rights groups called "
        "politically motivated.",
        "called",
        "rights groups",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_CASE),
    ),
    pytest.param(
        "He was arrested in a case that his lawyers described as fabricated.",
        "described",
        "his lawyers",
        None,
        marks=pytest.mark.xfail(strict=True, reason=_CASE),
    ),
]


@pytest.mark.parametrize("text,cue,speaker,content", SENTENCES)
def test_review_sentence(nlp, text, cue, speaker, content):
    assert_claim(nlp, text, speaker, cue, content)


def test_a_relative_clause_after_a_cue_noun_is_not_its_content(nlp):
    text = "Meanwhile, a court in Moscow jailed a poet for seven years, in a case that rights groups called politically motivated."
    assert claim_with_cue(nlp, text, "case") is None


def _claim(record, word: str):
    return next(c for c in record.claims if word in c.content.text)


PESKOV = (
    "The Kremlin spokesman, Dmitry Peskov, told reporters that the talks were premature.\n\n"
    "The city has been shelled repeatedly since 2022. In 2023 a strike there killed 10 people.\n\n"
    "Ukraine's army said its forces had repelled 12 attacks near Avdiivka. The claims could not be "
    "independently verified."
)
TWO = (
    "The Ukrainian army said it had repelled 12 attacks near Bakhmut.\n\n"
    "The Russian defence ministry said it had destroyed four tanks. The claims could not be independently verified."
)

# (name, text, claim's word, expected status)
STATUSES = [
    ("plural marking stops at a paragraph of background", PESKOV, "premature", "reported"),
    ("plural marking covers its own account", PESKOV, "repelled", "unverified"),
    # Session 19 (the lead's C1): a marking in a paragraph with claims covers that paragraph only.
    ("plural marking in a paragraph of claims covers that paragraph", TWO, "repelled", "reported"),
    ("plural marking covers its own paragraph", TWO, "tanks", "unverified"),
    (
        "no details of something else",
        "The governor said a drone had hit a school in the town. He gave no details of casualties.",
        "school",
        "reported",
    ),
    (
        "no further details",
        "Police said they had detained a man over the fire. They gave no further details.",
        "detained",
        "reported",
    ),
    (
        "no evidence",
        "The ministry said it had shot down 20 drones over the sea. It gave no evidence.",
        "drones",
        "unverified",
    ),
    (
        "no evidence to support",
        "Moscow said Ukrainian saboteurs had blown up the pipeline but provided no evidence to support the claim.",
        "pipeline",
        "unverified",
    ),
    (
        "a denial of another village",
        "Russia said its troops had captured the village of Krynky. A Ukrainian spokesman denied that Robotyne had fallen.",
        "Krynky",
        "reported",
    ),
]


@pytest.mark.parametrize("name,text,word,status", STATUSES, ids=[s[0] for s in STATUSES])
def test_review_status(name, text, word, status):
    assert _claim(extract(text, published="2024-03-12"), word).status == status


@pytest.mark.parametrize(
    "text,claimed,denied",
    [
        (
            "Russia's defence ministry claimed its troops had captured the village of Krynky on Monday. "
            "A Ukrainian army spokesman denied that the village had fallen.",
            "Krynky",
            "fallen",
        ),
        (
            "Moscow said its forces had seized the town of Marinka. Kyiv denied that the town had been taken.",
            "Marinka",
            "taken",
        ),
    ],
)
def test_review_a_fall_denied_contradicts_the_capture(text, claimed, denied):
    record = extract(text, published="2024-03-12")
    assert _claim(record, claimed).id in _claim(record, denied).contradicts


# (text, claim's word, expected side of its speaker)
SIDES = [
    (
        "In the Belgorod region of Russia, Governor Vyacheslav Gladkov said two people were hurt.",
        "hurt",
        "RU",
    ),
    pytest.param(
        "Police detained 14 protesters in Tbilisi, Georgia's interior ministry said.",
        "detained",
        "GE",
        marks=pytest.mark.xfail(
            strict=True,
            reason="Georgia is not in the sides lexicon: the name is also a US state ('a group of Georgia voters')",
        ),
    ),
    (
        "The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a drone had hit a house.",
        "house",
        "RU",
    ),
]


@pytest.mark.parametrize("text,word,side", SIDES)
def test_review_side(text, word, side):
    assert _claim(extract(text, published="2024-03-12"), word).speaker.side == side


# The review's near-misses of its own fixes (answers written before the run).
LATER_CONTENTS = [
    (
        "NATO (the alliance) - not the EU - will lead the mission, Stoltenberg said.",
        "said",
        "Stoltenberg",
        "NATO (the alliance) - not the EU - will lead the mission",
    ),
    (
        "KYIV, Ukraine (AP) — Russian drones struck Kyiv overnight, officials said.",
        "said",
        "officials",
        "Russian drones struck Kyiv overnight",
    ),
]


@pytest.mark.parametrize("text,cue,speaker,content", LATER_CONTENTS)
def test_review_dateline_near_misses(nlp, text, cue, speaker, content):
    claim = claim_with_cue(nlp, text, cue)
    assert claim is not None and claim.speaker.text == speaker and claim.content.text == content


def test_review_shells_fallen_on_a_village_deny_no_capture():
    text = (
        "Russia said its troops had captured the village of Krynky. "
        "Kyiv denied that shells had fallen on the village."
    )
    assert _claim(extract(text, published="2024-03-12"), "Krynky").status == "reported"


def test_review_a_singular_marking_takes_the_nearest_claim_only():
    text = (
        "The Kremlin said the talks were premature.\n\nThe city was shelled in 2022.\n\n"
        "The army said it had repelled 12 attacks. The claim could not be verified."
    )
    record = extract(text, published="2024-03-12")
    assert (_claim(record, "premature").status, _claim(record, "repelled").status) == (
        "reported",
        "unverified",
    )


LATER_SIDES = [
    ("The central bank governor said Russia's economy would grow by 1%.", "economy", None),
    ("The mayor said Russian missiles had hit Kyiv and Belgorod.", "missiles", None),
    ("Missiles hit the city of Kharkiv overnight, according to the regional governor.", "Kharkiv", "UA"),
    ("In Moscow, the mayor, Sergei Sobyanin, said drones had been shot down over the city.", "drones", "RU"),
]


@pytest.mark.parametrize("text,word,side", LATER_SIDES)
def test_review_a_governor_speaks_for_the_country_of_the_places_the_claim_names(text, word, side):
    assert _claim(extract(text, published="2024-03-12"), word).speaker.side == side


# From the review's dump read (own sentences, in the shape of two faults the first fix made there).
def test_review_a_passive_clause_after_a_cue_noun_is_its_content(nlp):
    text = "Critics read the speech as an admission that the invasion was planned as a war of conquest."
    claim = claim_with_cue(nlp, text, "admission")
    assert claim is not None and claim.content.text == "that the invasion was planned as a war of conquest"


def test_review_a_country_named_in_the_claim_is_no_governors_side():
    record = extract(
        "The governor said Russia was holding 170 people captive in the region.", published="2024-03-12"
    )
    assert _claim(record, "captive").speaker.side is None


# From the review's read of the PolNeAR tune half (own sentences in the shape of the two findings
# the first drafts of the fixes lost there).
def test_review_a_polls_lead_in_points_is_its_figure(nlp):
    text = "Zelenskiy led his nearest rival by 30 points in a poll published on Monday."
    claim = claim_with_cue(nlp, text, "in")
    assert claim is not None and claim.speaker.text == "a poll published on Monday"


def test_review_a_clause_of_be_after_a_cue_noun_is_its_content(nlp):
    text = "Despite the general's insistence that he was at the base as an observer, a court convicted him."
    claim = claim_with_cue(nlp, text, "insistence")
    assert claim is not None and claim.content.text == "that he was at the base as an observer"


# A governor's side found from the places of one claim is kept for the same person's later claims
# (answers written before the run).
@pytest.mark.parametrize(
    "text,word",
    [
        (
            "Russian missiles struck Kharkiv overnight, according to the regional governor, Oleh Syniehubov. "
            "Syniehubov said two people were hurt.",
            "hurt",
        ),
        (
            "Missiles hit Kherson, according to the regional governor, Oleksandr Prokudin. He said a hospital was damaged.",
            "hospital",
        ),
    ],
)
def test_review_a_governors_later_mention_keeps_the_side(text, word):
    assert _claim(extract(text, published="2024-03-12"), word).speaker.side == "UA"
