"""Session 20 blind batch: political and war reporting of our own wording, speaker, cue and content
written before the first run (one answer corrected to the house convention before any edit: the
cue of "said in his nightly address" holds its medium). 39/44 at 7e5957b, 43/44 after; the doubled
frame ("X said that …, he said") is a strict xfail."""

import pytest
from tests.claims.claim_probe import assert_claim

from sitrep.claims.stage import find_claims

BLIND = [
    (
        "The governor of Odesa said two ports were hit overnight.",
        "The governor of Odesa",
        "said",
        "two ports were hit overnight",
    ),
    (
        "“We have no more ammunition,” a platoon commander told reporters.",
        "a platoon commander",
        "told",
        "“We have no more ammunition,”",
    ),
    (
        "Moldova's president warned that the breakaway region could be used as a staging ground.",
        "Moldova's president",
        "warned",
        "that the breakaway region could be used as a staging ground",
    ),
    (
        "The senator argued that the aid package was too small.",
        "The senator",
        "argued",
        "that the aid package was too small",
    ),
    (
        "According to the Pentagon, the brigade has withdrawn to the river.",
        "the Pentagon",
        "According to",
        "the brigade has withdrawn to the river",
    ),
    (
        "The strike killed four civilians, hospital records show.",
        "hospital records",
        "show",
        "The strike killed four civilians",
    ),
    (
        "Satellite images show a column of trucks near the border.",
        "Satellite images",
        "show",
        "a column of trucks near the border",
    ),
    (
        "A new poll shows the prime minister trailing by nine points.",
        "A new poll",
        "shows",
        "the prime minister trailing by nine points",
    ),
    (
        "Court documents show the contractor was paid twice for the same shipment.",
        "Court documents",
        "show",
        "the contractor was paid twice for the same shipment",
    ),
    (
        "Drone footage shows the bridge partly collapsed.",
        "Drone footage",
        "shows",
        "the bridge partly collapsed",
    ),
    (
        "The timing was no accident — a senior aide to the president told Reuters that the visit had been planned for weeks.",
        "a senior aide to the president",
        "told",
        "that the visit had been planned for weeks",
    ),
    (
        "It was not the first warning — the agency said in March that the dam was at risk.",
        "the agency",
        "said",
        "that the dam was at risk",
    ),
    (
        "Sixty percent of Ukrainians said they would not accept any loss of territory.",
        "Sixty percent of Ukrainians",
        "said",
        "they would not accept any loss of territory",
    ),
    (
        "Most respondents said the war would last at least another year.",
        "Most respondents",
        "said",
        "the war would last at least another year",
    ),
    (
        "Russian shells hit a school in Kherson, the mayor said.",
        "the mayor",
        "said",
        "Russian shells hit a school in Kherson",
    ),
    (
        "The missile struck an apartment block, killing a woman, the city's mayor said.",
        "the city's mayor",
        "said",
        "The missile struck an apartment block, killing a woman",
    ),
    (
        "Artillery fire damaged a power station near Nikopol, the regional governor said on Telegram.",
        "the regional governor",
        "said",
        "Artillery fire damaged a power station near Nikopol",
    ),
    ("Kyiv accused Moscow of deporting children from occupied areas.", "Kyiv", "accused", None),
    (
        "The opposition leader denied that he had met the general.",
        "The opposition leader",
        "denied",
        "that he had met the general",
    ),
    (
        "Ukraine's foreign minister insisted the grain deal was still alive.",
        "Ukraine's foreign minister",
        "insisted",
        "the grain deal was still alive",
    ),
    (
        "NATO's secretary general predicted that the fighting would intensify in spring.",
        "NATO's secretary general",
        "predicted",
        "that the fighting would intensify in spring",
    ),
    (
        "The mayor admitted that the shelters were not ready.",
        "The mayor",
        "admitted",
        "that the shelters were not ready",
    ),
    ("Washington believes Iran supplied the drones.", "Washington", "believes", "Iran supplied the drones"),
    (
        "Analysts estimate that the army lost a third of its tanks.",
        "Analysts",
        "estimate",
        "that the army lost a third of its tanks",
    ),
    (
        "In a statement, the Georgian interior ministry said police had detained 40 protesters.",
        "the Georgian interior ministry",
        "said",
        "police had detained 40 protesters",
    ),
    (
        "The general staff wrote on Facebook that 23 attacks had been repelled.",
        "The general staff",
        "wrote",
        "that 23 attacks had been repelled",
    ),
    (
        "Zelenskiy said in his nightly address that the front was holding.",
        "Zelenskiy",
        "said in his nightly address",
        "that the front was holding",
    ),
    (
        "The Kremlin's spokesman told journalists the talks were premature.",
        "The Kremlin's spokesman",
        "told",
        "the talks were premature",
    ),
    (
        "An official familiar with the plans, who spoke on condition of anonymity, said the strike was delayed.",
        "An official familiar with the plans, who spoke on condition of anonymity,",
        "said",
        "the strike was delayed",
    ),
    (
        "“The city will not fall,” said the commander of the garrison.",
        "the commander of the garrison",
        "said",
        "“The city will not fall,”",
    ),
    (
        "Two civilians were wounded in the attack, said Oleh Synehubov, the regional governor.",
        "Oleh Synehubov, the regional governor",
        "said",
        "Two civilians were wounded in the attack",
    ),
    (
        "The candidate told supporters in Ohio that the election was being stolen.",
        "The candidate",
        "told",
        "that the election was being stolen",
    ),
    (
        "Her campaign announced that she would skip the debate.",
        "Her campaign",
        "announced",
        "that she would skip the debate",
    ),
    (
        "The chancellor promised that Germany would send more air defence systems.",
        "The chancellor",
        "promised",
        "that Germany would send more air defence systems",
    ),
    (
        "The former president claimed the vote had been rigged.",
        "The former president",
        "claimed",
        "the vote had been rigged",
    ),
    (
        "Republican leaders warned the White House that the bill would fail.",
        "Republican leaders",
        "warned",
        "that the bill would fail",
    ),
    (
        "Officials in Kharkiv reported that the power had been restored.",
        "Officials in Kharkiv",
        "reported",
        "that the power had been restored",
    ),
    (
        "The British defence ministry said in its daily update that Russia had moved reserves to the south.",
        "The British defence ministry",
        "said",
        "that Russia had moved reserves to the south",
    ),
    (
        "Witnesses said the soldiers fired into the crowd.",
        "Witnesses",
        "said",
        "the soldiers fired into the crowd",
    ),
    (
        "The head of the atomic agency said the plant had lost external power again.",
        "The head of the atomic agency",
        "said",
        "the plant had lost external power again",
    ),
    (
        "Polish border guards said on Sunday that about 30,000 people had crossed.",
        "Polish border guards",
        "said",
        "that about 30,000 people had crossed",
    ),
    (
        "The senator, a member of the armed services committee, said the request would be approved.",
        "The senator, a member of the armed services committee,",
        "said",
        "the request would be approved",
    ),
    (
        "Intelligence officials concluded that the explosion was sabotage.",
        "Intelligence officials",
        "concluded",
        "that the explosion was sabotage",
    ),
]


@pytest.mark.parametrize("text, speaker, cue, content", BLIND)
def test_blind_s20(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)


@pytest.mark.xfail(
    strict=True,
    reason="the trailing tag takes the speaker's own clause as its content; the clause's speaker is not read",
)
def test_doubled_frame_is_the_named_speakers(nlp):
    assert_claim(
        nlp,
        "A ministry spokesman said that the talks would resume on Monday, he said.",
        "A ministry spokesman",
        "said",
        None,
    )


# From the real-reporting dump (not blind): the parse hangs "the document" on "notes" as a compound
# and its determiner on the verb; the record is the speaker with its determiner.
def test_record_hung_on_its_verb_keeps_its_determiner(nlp):
    assert_claim(
        nlp,
        "The policy prevents the exchange of resources that could be used for other ends, the document notes.",
        "the document",
        "notes",
        "The policy prevents the exchange of resources that could be used for other ends",
    )


def test_a_noun_before_a_verb_that_is_no_record_is_no_speaker(nlp):
    # "China breaks WTO rules": the parse's compound "WTO" is not taken for a subject of "rules"
    claims = find_claims(nlp("Nor has he stood idle while China breaks WTO rules: the duty was doubled."))
    assert all(c.speaker is None or c.speaker.text != "WTO" for c in claims)
