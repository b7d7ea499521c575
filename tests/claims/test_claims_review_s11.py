"""Session 11 review: the new speaker readings probed from the other side (sentences written for
the review, each answer set down before the code was run), and the run-on sentences that made the
stage superlinear."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims
from sitrep.record import Article, Record

# (text, the speaker mention expected)
PROBES = [
    # A capitalized word and a dash opening the line that are no dateline.
    ("“KYIV — not Kiev,” the ministry said in a statement.", "the ministry"),
    # Written with the closing dash; the mention keeps closing commas only (left as it is).
    (
        "ISW — the Washington think-tank — said Russian forces were exhausted.",
        "ISW — the Washington think-tank",
    ),
    # One name the parse may split in two.
    (
        "Ukrainian army spokesman Serhiy Cherevaty told reporters the shelling had intensified.",
        "Ukrainian army spokesman Serhiy Cherevaty",
    ),
    ("CNN's Clarissa Ward reported that the hospital had been hit.", "CNN's Clarissa Ward"),
    ("Kremlin spokesman Dmitry Peskov said the talks were over.", "Kremlin spokesman Dmitry Peskov"),
    # Quantifiers that are the speaker's own, and one that floats.
    ("Both sides claimed victory in the battle for the bridge.", "Both sides"),
    ("All three mayors said the shelling had stopped.", "All three mayors"),
    ("The two presidents each said the war must end.", "The two presidents"),
    ("Each of the commanders said the line would hold.", "Each of the commanders"),
    # "said X" in a longer sentence.
    (
        "The bridge, which had been repaired twice, was hit again on Monday, said the governor, Oleh Syniehubov.",
        "the governor, Oleh Syniehubov",
    ),
    (
        "The convoy, said a UN official, was turned back at the checkpoint, and the drivers were detained.",
        "a UN official",
    ),
    ("After the blast, said the mayor, the power went out across the district.", "the mayor"),
    # The hearer after "told" is not the speaker.
    ("The commander told his men the town would be held.", "The commander"),
    ("“The line is holding,” the general told the BBC on Sunday.", "the general"),
    ("Zelenskiy told the parliament in Kyiv that no territory would be ceded.", "Zelenskiy"),
]


@pytest.mark.parametrize(("text", "speaker"), PROBES)
def test_probe_speaker(nlp, text, speaker):
    assert speaker in [c.speaker.text for c in find_claims(nlp(text)) if c.speaker is not None]


def test_a_joint_speaker_is_no_fuller_name_for_one_of_them(nlp):
    # "X and his advisers" / "X and Y" speak together; a later "X" alone is X, not the pair.
    text = (
        "Ukraine's president, Volodymyr Zelenskiy, and his advisers have said the city will not fall. "
        "Later, Zelenskiy said the army would hold. "
        "Zelenskiy and Macron said the talks had failed. Macron said Paris would send more guns."
    )
    names = [c.speaker.name for c in find_claims(nlp(text))]
    assert names[1] == "Zelenskiy" and names[3] == "Macron"


def test_an_office_with_and_still_names_the_person_later(nlp):
    # The "and" inside the office is no second speaker: the later surname takes the full mention.
    text = (
        "The minister of defence and veterans affairs, Oleksii Reznikov, said the tanks had arrived. "
        "Reznikov said more would follow."
    )
    names = [c.speaker.name for c in find_claims(nlp(text))]
    assert names == ["The minister of defence and veterans affairs, Oleksii Reznikov"] * 2


@pytest.mark.parametrize(
    ("opening", "clause"),
    [
        (
            "Officials said that ",
            "Vatican spokesman the Rev. Federico Lombardi told reporters the talks failed",
        ),
        ("", "Kyiv and Moscow both claimed the hill"),
    ],
)
def test_a_run_on_sentence_stays_linear(stays_linear, opening, clause):
    """The same clause thousands of times in one sentence costs in proportion (4,000 times took
    3.6-4.3 s of CPU: each cue's whole-sentence subtree built token by token, three times per cue)."""
    stays_linear(_claims_of, lambda n: opening + " and ".join([clause] * n) + ".")


def _claims_of(doc):
    return find_claims(doc, Record(article=Article(text=doc.text, published="2023-01-01")), withheld=False)


def test_a_long_article_stays_linear(stays_linear):
    """Paragraphs of claims, a noun cue with its holder and a marking that looks back over
    "either side's claims": each noun cue scanned the text before it and each such marking every
    claim before it (a 2 MB article took 122 s of CPU; 1,600 of these paragraphs 61 times what
    100 take, now 17)."""
    paragraph = (
        "The governor said Russian forces shelled the town. Russia's criticism of the talks grew. "
        "Reporters could not verify either side's claims.\n\n"
    )
    stays_linear(_claims_of, lambda n: paragraph * n, n=100)


def test_a_joint_speaker_split_by_the_parse_is_no_fuller_name(nlp):
    # The parse may make "his advisers" a second subject of the verb; the pair still speaks.
    text = (
        "Ukraine’s president, Volodymyr Zelenskiy, and his advisers have said they believe the front will hold.\n\n"
        "“We will not retreat,” Zelenskiy said."
    )
    names = [c.speaker.name for c in find_claims(nlp(text))]
    assert names[-1] == "Zelenskiy"


def test_he_after_a_joint_speaker_is_not_the_pair(nlp):
    # "he" is one person: not "X and Y", whose later sentences are each one's own.
    text = (
        "Oleh Marchenko, the mayor, and Ivan Petrenko, his deputy, said the water was back. "
        "He said the pumps had been repaired."
    )
    names = [c.speaker.name for c in find_claims(nlp(text))]
    assert " and " not in (names[-1] or "")
