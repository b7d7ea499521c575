"""Session 14 blind batch: the right speaker, with the side the text gives, on passages of our own
in the style of war reporting. Every answer was written down before the code ran on it.

A description of another kind of body ("the regiment" after "Ukraine's general staff") is not
the earlier speaker; a pronoun takes the nearest compatible speaker; a side comes from the
speaker's own title or affiliation, never from where the speaker is posted, what a post covers
("coordinator for Ukraine") or whom it is sent to ("mission to NATO"); a joint speaker has a side
only when every part has it."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# Blind expectations the code does not meet (strict xfails, so a fix shows).
_MISSES = {
    13: "an unfamiliar description ('the panel') still takes the earlier speaker: nothing in the text tells "
    "a new body from a synonym of the last one ('the pastorate' for the Russian command)",
    14: "the blind answer named 'The occupiers' by its own phrase; a bare description of people with no "
    "antecedent has no name by the house convention (it no longer takes the ministry, which was wrong)",
}

# (passage, expected name and side of the last claim's speaker)
BLIND = [
    (
        "Ukraine's general staff said Russian troops shelled Kupiansk overnight. "
        "The brigade said it had repelled three assaults.",
        "The brigade",
        None,
    ),
    (
        "Russia's defence ministry said its jets had hit a fuel depot near Kharkiv. "
        "The regiment said two of its tanks were lost in the attack.",
        "The regiment",
        None,
    ),
    (
        "Ukraine's 47th Mechanized Brigade said it had pushed forward near Robotyne. "
        "The brigade said 12 of its soldiers were wounded.",
        "Ukraine's 47th Mechanized Brigade",
        "UA",
    ),
    (
        "Vitali Klitschko, the mayor of Kyiv, said three drones were shot down over the city. "
        "Russia's defence ministry said it had hit energy targets. It said all of them were struck.",
        "Russia's defence ministry",
        "RU",
    ),
    (
        "Sergei Shoigu said the offensive was going to plan. Ukraine's defence minister, Oleksii "
        "Reznikov, said it had failed. He said Russia had lost more than 100 tanks.",
        "Ukraine's defence minister, Oleksii Reznikov",
        "UA",
    ),
    (
        "Oleksandr Syrskyi, the commander of Ukraine's ground forces, visited troops near Bakhmut. "
        "He said the city would hold.",
        "Oleksandr Syrskyi, the commander of Ukraine's ground forces",
        "UA",
    ),
    (
        "Vasily Nebenzia, Russia's U.N. ambassador, said the strikes were aimed at military sites.",
        "Vasily Nebenzia, Russia's U.N. ambassador",
        "RU",
    ),
    (
        "Denise Brown, the UN's resident coordinator for Ukraine, said aid convoys had reached Kherson.",
        "Denise Brown, the UN's resident coordinator for Ukraine",
        "UN",
    ),
    (
        "A Russian official in Ukraine's occupied south said the vote would go ahead in September.",
        "A Russian official in Ukraine's occupied south",
        "RU",
    ),
    (
        "The Guardian's Luke Harding in Kyiv said air raid sirens had sounded all night.",
        "The Guardian's Luke Harding in Kyiv",
        None,
    ),
    (
        "Olena Marchenko, a member of Ukraine's mission to NATO, said the alliance had pledged more air defences.",
        "Olena Marchenko, a member of Ukraine's mission to NATO",
        "UA",
    ),
    (
        "The Institute for the Study of War, a Washington-based think tank, and British military "
        "intelligence said Russian forces were exhausted.",
        "The Institute for the Study of War, a Washington-based think tank, and British military intelligence",
        None,
    ),
    (
        "Tom Jones, a strong supporter of Ukraine, said the aid must continue.",
        "Tom Jones, a strong supporter of Ukraine",
        None,
    ),
    (
        "The Kremlin said the talks had stalled. The panel said its report would be published next week.",
        "The panel",
        None,
    ),
    (
        "Ukraine's defence ministry said Russian troops had left the village. The occupiers said "
        "they had regrouped to stronger positions.",
        "The occupiers",
        None,
    ),
]


def _cases():
    for i, case in enumerate(BLIND):
        marks = [pytest.mark.xfail(reason=_MISSES[i], strict=True)] if i in _MISSES else []
        yield pytest.param(*case, id=f"t{i}", marks=marks)


@pytest.mark.parametrize(("text", "name", "side"), list(_cases()))
def test_blind_speaker_name_and_side(nlp, text, name, side):
    speakers = [c.speaker for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers, "no speaker found"
    assert (speakers[-1].name, speakers[-1].side) == (name, side)


# Relayed speech (blind too): the speaker inside a relay's report keeps a claim of its own, with
# the report as its `via`. (passage, the inner speaker's mention, its content, the relay's mention)
RELAYS = [
    (
        "Reuters reported that the governor of Kharkiv said two people were killed.",
        "the governor of Kharkiv",
        "two people were killed",
        "Reuters",
    ),
    (
        "The bridge, the governor said, was hit twice overnight, AFP reports.",
        "the governor",
        "The bridge, the governor said, was hit twice overnight",
        "AFP",
    ),
    (
        "Ukrainian officials said the port had been hit by four missiles, the Kyiv Independent reported.",
        "Ukrainian officials",
        "the port had been hit by four missiles",
        "the Kyiv Independent",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content", "relay"), RELAYS)
def test_blind_relayed_speaker_is_kept(nlp, text, speaker, content, relay):
    claims = find_claims(nlp(text))
    by_id = {c.id: c for c in claims}
    inner = [c for c in claims if c.speaker is not None and c.speaker.text == speaker]
    assert inner, (
        f"no claim by {speaker!r}: {[(c.speaker and c.speaker.text, c.content.text) for c in claims]}"
    )
    assert inner[0].content.text == content
    assert inner[0].via is not None and by_id[inner[0].via].speaker.text == relay


@pytest.mark.parametrize(
    "clause",
    [
        "Ukraine's defence ministry and British military intelligence said the bridge fell",
        "Reuters reported that the governor of Kharkiv said the bridge fell",
        "the port was hit, the Kyiv Independent reported",
        "a Russian official in Ukraine said the regiment had left",
    ],
)
def test_a_run_on_sentence_stays_linear(stays_linear, clause):
    """The session's readings (each part of a joint speaker, speech a report carries, a place the
    speaker is in) cost in proportion to a sentence of the same clause thousands of times."""
    stays_linear(find_claims, lambda n: " and ".join([clause] * n) + ".")


@pytest.mark.parametrize(
    ("mention", "side"),
    [
        ("OCHA Ukraine", "UN"),  # a UN office in a country is the UN's
        ("the WHO incident manager for Ukraine", "UN"),  # what a post covers is no side
        ("Ukraine's special envoy for Crimea", "UA"),
        ("Russia's deputy U.N. ambassador, Dmitry Polyanskiy", "RU"),  # the UN hosts the envoy
        ("the EU ambassador to Ukraine", "EU"),  # the EU's own envoy
        ("a member of Ukraine's mission to the UN", "UA"),
        ("Russian proxy fighters in east Ukraine", "RU"),  # where they are is not whose they are
        ("officials in Kyiv", "UA"),  # a place alone still says whose
        ("The Guardian's Peter Beaumont in Kyiv", None),  # a correspondent's posting
        ("a critic of the Kremlin", None),  # the object of a stance
        ("a supporter of Ukraine", None),
    ],
)
def test_where_what_and_whom_are_no_side(mention, side):
    """Mention shapes the session-14 audit found on real reporting (our own wording): a host, a
    remit, a posting and a stance's object are no side; the speaker's own title or body is."""
    from sitrep.claims.sides import side_of

    assert side_of(mention) == side


def test_a_nationality_does_not_join_two_people(nlp):
    """ "The British foreign secretary Liz Truss" is Truss, not the "British" prime minister named
    before (found on real reporting: every "British X" mention had the key "British")."""
    text = (
        "A petition to give the outgoing British prime minister, Boris Johnson, Ukrainian citizenship "
        "has 2,500 signatures. The British foreign secretary Liz Truss has said Putin is holding Europe "
        "to ransom. She said sanctions would stay."
    )
    names = [c.speaker.name for c in find_claims(nlp(text)) if c.speaker is not None]
    assert names[-2:] == ["The British foreign secretary Liz Truss"] * 2


def test_a_speech_act_hung_on_the_apposition_is_no_part_of_the_speaker(nlp):
    """ "X, an adviser, called Y's statement “absurd” and said …": the parse may hang "called …" on
    the apposition; that act is cut from X's mention and name, so a later "Y said" is Y (found on
    real reporting, where "Lavrov" resolved to the adviser's overlong mention)."""
    text = (
        "Oleksiy Danilov, an adviser to Zelenskiy, called Lavrov’s statement “absurd” and said that it "
        "was “further evidence that Russia wants a long war”. Lavrov said the talks had stalled."
    )
    speakers = [(c.speaker.text, c.speaker.name) for c in find_claims(nlp(text)) if c.speaker is not None]
    assert speakers[-2:] == [
        ("Oleksiy Danilov, an adviser to Zelenskiy,", "Oleksiy Danilov, an adviser to Zelenskiy"),
        ("Lavrov", "Lavrov"),
    ]
