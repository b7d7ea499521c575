"""Review of session 15's two speaker readings (20f2a14: `attribute._named_after_quote`,
`_subject_before_clause`), on war-reporting sentences of our own with the speaker, cue and content
written down before the code ran. Cases the readings are for, and near-misses where the words
next to the cue are not its speaker: a quotation followed by a document that speaks, an inverted
speaker with a long title, a clause before the verb that is the content, a relative clause with a
cue of its own, a subject list. Probes right: 12/22 at 1380bd8, 14/22 at 20f2a14 (whose
'called … “…,” NAME, …, said' lost its claim), 16/22 after the review's fixes; the six left are
strict xfails with their reasons. Near-misses: 7/7 at all three."""

from __future__ import annotations

import pytest
from claim_probe import claim_with_cue

# (text, speaker, cue, content): the claim the cue makes; content None = not checked.
PROBES = [
    # the quotation's speaker named after it, with a description of its own
    (
        "“We are holding the line,” Serhiy Haidai, governor of the Luhansk region, told the BBC.",
        "Serhiy Haidai, governor of the Luhansk region,",
        "told",
        "“We are holding the line,”",
    ),
    pytest.param(
        "“There is no water and no power,” a resident of Kherson, sheltering in a basement with her children, said.",
        "a resident of Kherson, sheltering in a basement with her children,",
        "said",
        "“There is no water and no power,”",
        marks=pytest.mark.xfail(
            strict=True,
            reason="parsed right, the speaker's participle phrase is cut by the source span; _named_after_quote keeps it when the parse hangs the name inside the quotation: two bounds for one form (PolNeAR's annotators split on descriptions)",
        ),
    ),
    (
        "“Why did they bomb a theatre?” Olena, a teacher from Mariupol, asked.",
        "Olena, a teacher from Mariupol,",
        "asked",
        "“Why did they bomb a theatre?”",
    ),
    # a document speaks
    (
        "“The shelling of the hospital was deliberate,” the report on Mariupol said.",
        "the report on Mariupol",
        "said",
        "“The shelling of the hospital was deliberate,”",
    ),
    # an addressee inside the quotation is not the speaker
    (
        "“Stay in your shelters, residents of Kharkiv,” the mayor said on Telegram.",
        "the mayor",
        "said",
        "“Stay in your shelters, residents of Kharkiv,”",
    ),
    # the speaker's relative clause before the cue, a shared predicate
    (
        "The mayor, meanwhile, who returned to the city on Sunday, said the water supply had been restored.",
        "The mayor",
        "said",
        "the water supply had been restored",
    ),
    (
        "Kyiv denies shelling the plant, says Russian troops fired the shells.",
        "Kyiv",
        "says",
        "Russian troops fired the shells",
    ),
    (
        "Russia pounds Kharkiv for a third night, says it hit arms depots",
        "Russia",
        "says",
        "it hit arms depots",
    ),
    # a clause before the verb that is what was said
    (
        "Troops have withdrawn from the bridgehead, the governor said.",
        "the governor",
        "said",
        "Troops have withdrawn from the bridgehead",
    ),
    (
        "Troops have withdrawn from the bridgehead, says Lieutenant General Serhiy Naiev, commander of the Joint Forces of Ukraine.",
        "Lieutenant General Serhiy Naiev, commander of the Joint Forces of Ukraine",
        "says",
        "Troops have withdrawn from the bridgehead",
    ),
    (
        "The city is encircled, says Mykola Lukashuk, head of the regional council, who believes the siege will last months.",
        "Mykola Lukashuk, head of the regional council, who believes the siege will last months",
        "says",
        "The city is encircled",
    ),
    (
        "Russian forces are regrouping near Izium, says the deputy head of Ukraine's military intelligence, Vadym Skibitsky.",
        "the deputy head of Ukraine's military intelligence, Vadym Skibitsky",
        "says",
        "Russian forces are regrouping near Izium",
    ),
    (
        "Moscow is losing the war, says Nato chief Jens Stoltenberg",
        "Nato chief Jens Stoltenberg",
        "says",
        "Moscow is losing the war",
    ),
    pytest.param(
        "The front is stable, says a commander who asked not to be named.",
        "a commander who asked not to be named",
        "says",
        "The front is stable",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a restrictive relative clause on an inverted speaker is cut from the speaker (the session 8-13 convention; annotators split)",
        ),
    ),
    # a comma splice: the second clause has a speaker of its own
    pytest.param(
        "The shelling has stopped, reports from the town say the roads are open.",
        "reports from the town",
        "say",
        "the roads are open",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a cue with its own subject and a clause on each side takes the clause before: _reported_right_after reads it so for a headline run into the text ('X, governor says The first ...')",
        ),
    ),
    pytest.param(
        "The water is safe to drink, the mayor's office says residents should still boil it.",
        "the mayor's office",
        "says",
        "residents should still boil it",
        marks=pytest.mark.xfail(
            strict=True, reason="as above: the clause before the subject is read as the report"
        ),
    ),
    # "X, who Y said was Z": the cue in the relative clause is Y's
    (
        "Colonel Ivan Petrenko, who Ukraine's army said was captured near Bakhmut, appeared in a Russian video.",
        "Ukraine's army",
        "said",
        None,
    ),
    # a subject list with a relative clause of its own
    (
        "Kyiv, Warsaw and Vilnius, which share borders with Belarus, said the drills were a threat.",
        "Kyiv, Warsaw and Vilnius, which share borders with Belarus,",
        "said",
        "the drills were a threat",
    ),
    # the speaker's description holds a verb of its own
    (
        "“Nothing is left of the village,” Andriy, a farmer whose house burned down, said.",
        "Andriy, a farmer whose house burned down,",
        "said",
        "“Nothing is left of the village,”",
    ),
    (
        "“Glory to Ukraine,” the soldiers, lined up on the square, shouted.",
        "the soldiers, lined up on the square,",
        "shouted",
        "“Glory to Ukraine,”",
    ),
    # a quotation inside the content, its speaker named after it
    pytest.param(
        "Moscow called the vote “a free choice,” Ukraine's foreign ministry, in a statement on Sunday, said.",
        "Ukraine's foreign ministry",
        "said",
        "Moscow called the vote “a free choice,”",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parse hangs the name inside the quotation for 'called' too, so its content runs over the name and outlasts the cue's if the cue's is cut at the quotation; left as at 1380bd8 (no speaker)",
        ),
    ),
    # a headline: the speaker without an article
    pytest.param(
        "Kharkiv is calm, mayor says the metro will reopen",
        "mayor",
        "says",
        "the metro will reopen",
        marks=pytest.mark.xfail(
            strict=True,
            reason="as above: a headline's 'A, X says B' is read like a headline run into the text",
        ),
    ),
]

# (text, cue, words that must not be the cue's speaker): the subject of the clause before the
# cue is what was said about, when the speaker stands after the cue with a clause of its own.
NOT_THE_SPEAKER = [
    (
        "The convoy was hit twice, said Oksana Koval, a volunteer driver, who says the road is mined.",
        "said",
        "The convoy",
    ),
    ("The town is lost, says Oleh Bilyk, a farmer whose sons are fighting near Bakhmut.", "says", "The town"),
    ("The bridge is gone, says Ihor, who says the ferry still runs.", "says", "The bridge"),
    (
        "“Leave the city now,” the warning to civilians, broadcast on Russian radio, said.",
        "said",
        "Leave the city now",
    ),
    ("When the dam broke, said residents, the water rose a metre in minutes.", "said", "the dam"),
    ("After the army withdrew, says the mayor, the looting began.", "says", "the army"),
    ("The regiment that held the airport, said the general, will be relieved.", "said", "The regiment"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), PROBES)
def test_review_probe(nlp, text, speaker, cue, content):
    claim = claim_with_cue(nlp, text, cue)
    assert claim is not None, "no claim with this cue"
    assert claim.speaker is not None and claim.speaker.text == speaker
    if content is not None:
        assert claim.content.text == content


@pytest.mark.parametrize(("text", "cue", "wrong"), NOT_THE_SPEAKER)
def test_review_not_the_speaker(nlp, text, cue, wrong):
    claim = claim_with_cue(nlp, text, cue)
    assert claim is not None, "no claim with this cue"
    assert claim.speaker is None or not claim.speaker.text.startswith(wrong)
