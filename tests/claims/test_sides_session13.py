"""Session 13, round 2 blind batch: sides from names that hold a state's name, and indefinite
posts of an institution, on sentences of our own with the answer written before the code ran.

A state's or capital's name inside an organisation's proper name that is not that state's body
(a university, a newspaper, a think tank) speaks for no state; neither does a country used as
a noun modifier of a profession of study or commentary ("a Russia expert"). The state's own
bodies keep their side. "a spokesman for X" is the speaker's name and takes X's side."""

from __future__ import annotations

import pytest

from sitrep.claims.sides import side_of
from sitrep.claims.stage import find_claims

# Blind expectations the code does not meet (kept as strict xfails, so a fix shows).
_MISSES = {
    17: "the side is read from the speaker's own words: the body's antecedent is not passed to it",
}

# (passage, expected name and side of the last claim's speaker)
BLIND = [
    (
        "Thomas Reed, a Russia expert at Georgetown University, said the offensive had stalled.",
        "Thomas Reed, a Russia expert at Georgetown University",
        None,
    ),
    (
        "Anna Berg, a Ukraine analyst at the Royal United Services Institute, said Kyiv needed more shells.",
        "Anna Berg, a Ukraine analyst at the Royal United Services Institute",
        None,
    ),
    (
        "Paul Marsh, a professor at George Washington University, said the sanctions were working.",
        "Paul Marsh, a professor at George Washington University",
        None,
    ),
    (
        "Irina Sokolova of Moscow State University said the casualty figures were inflated.",
        "Irina Sokolova of Moscow State University",
        None,
    ),
    (
        "The Kyiv School of Economics said Russia had lost billions in oil revenue.",
        "The Kyiv School of Economics",
        None,
    ),
    (
        "The Washington Post reported that the drones had been made in Iran.",
        "The Washington Post",
        None,
    ),
    (
        "The Carnegie Moscow Center said the Kremlin had underestimated the resistance.",
        "The Carnegie Moscow Center",
        None,
    ),
    (
        "The Moscow Times reported that conscripts had been sent to the front without training.",
        "The Moscow Times",
        None,
    ),
    (
        "Mark Lee, a China watcher at the Brookings Institution, said Beijing would stay neutral.",
        "Mark Lee, a China watcher at the Brookings Institution",
        None,
    ),
    (
        "Michael Hale, a Russia military specialist, said the offensive had stalled.",
        "Michael Hale, a Russia military specialist",
        None,
    ),
    # Controls: the state's own bodies keep their side.
    (
        "Russia's defence ministry said its forces had taken the village.",
        "Russia's defence ministry",
        "RU",
    ),
    (
        "The Ukrainian army said it had repelled 20 attacks near Bakhmut.",
        "The Ukrainian army",
        "UA",
    ),
    (
        "The US State Department said the aid package would be announced on Friday.",
        "The US State Department",
        "US",
    ),
    (
        "A Ukrainian army spokesman said two drones were shot down overnight.",
        "A Ukrainian army spokesman",
        "UA",
    ),
    # Indefinite posts of an institution.
    (
        "A spokesman for Russia's defence ministry said the strikes hit only military targets.",
        "A spokesman for Russia's defence ministry",
        "RU",
    ),
    (
        "A spokesman for the Kremlin said Putin had no plans to meet Zelenskiy.",
        "A spokesman for the Kremlin",
        "RU",
    ),
    (
        "A spokeswoman for the prosecutors' office said the suspect had been detained in Lviv.",
        "A spokeswoman for the prosecutors' office",
        None,
    ),
    (
        "Ukraine's foreign ministry summoned the Hungarian envoy on Tuesday. "
        "A spokesman for the ministry said the remarks were unacceptable.",
        "A spokesman for the ministry",
        "UA",
    ),
    (
        "A spokeswoman for the prosecutors' office said the suspect had been detained. "
        "She said he would appear in court on Friday.",
        "A spokeswoman for the prosecutors' office",
        None,
    ),
]


def _cases():
    for i, case in enumerate(BLIND):
        marks = [pytest.mark.xfail(reason=_MISSES[i], strict=True)] if i in _MISSES else []
        yield pytest.param(*case, id=f"s{i}", marks=marks)


@pytest.mark.parametrize(("text", "name", "side"), _cases())
def test_blind_speaker_name_and_side(nlp, text, name, side):
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers, "no speaker found"
    assert (speakers[-1].name, speakers[-1].side) == (name, side)


@pytest.mark.parametrize(
    ("mention", "side"),
    [
        ("Russia's ambassador to the United States", "RU"),  # the host is not the envoy's side
        ("the Ukrainian envoy to Moscow", "UA"),
        ("a Kyiv-based security analyst", None),  # a seat, not a side
        ("The Washington-based think tank", None),
        ("The Kremlin-based administration", "RU"),  # an institution keeps its side
        ("Ukraine's Centre for Strategic Communications", "UA"),  # the state's own centre
        ("the UK Ministry of Defence", "GB"),
        ("Olga Marsh, a sanctions expert at the Hoover Institution in the US", None),  # a body's seat
        ("Anna French, a lecturer at the University of Leeds", None),  # a surname, not a demonym
        ("The French foreign ministry", "FR"),
        ("Ivan Petrov, who has studied the economy of Russia", None),  # the object of study
        ("a reporter who covers Ukraine", None),
        ("officials in Kyiv", "UA"),  # a capital that is no body's seat keeps its side
        ("the Austrian embassy in Moscow", None),  # an embassy's seat is its host
        ("the Russian embassy in London", "RU"),
        ("a leader of the Green Party of Ukraine", None),  # a party is no state body
    ],
)
def test_a_host_seat_surname_or_subject_of_study_is_no_side(mention, side):
    """Found on real reporting (an ambassador to Washington read as US; a Washington-based think
    tank as US; an institute "in the US"; a surname "German"; a scholar who "has studied sanctions
    on Russia"): these sentences are our own."""
    assert side_of(mention) == side
