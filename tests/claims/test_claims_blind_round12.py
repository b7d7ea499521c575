"""Round 12 fresh sentences (written for this round, labelled before the code was run): who said
what, with which cue, in war reporting and political news."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import find_claims

# (text, speaker, cue span, content, quote, status)
CASES = [
    (
        "Asked whether the bridge had been hit, a ministry spokesman said yes.",
        "a ministry spokesman",
        "said",
        "yes",
        "indirect",
        "reported",
    ),
    (
        "The regional governor said so on Monday, after the shelling of Kupiansk had stopped.",
        "The regional governor",
        "said",
        "so",
        "indirect",
        "reported",
    ),
    (
        "The governor's answer was that no civilians remained in the village.",
        "The governor's",
        "answer was",
        "that no civilians remained in the village",
        "indirect",
        "reported",
    ),
    (
        "The Kremlin's message was that the talks were over.",
        "The Kremlin's",
        "message was",
        "that the talks were over",
        "indirect",
        "reported",
    ),
    (
        "The senator's position is that the aid package should be voted on this week.",
        "The senator's",
        "position is",
        "that the aid package should be voted on this week",
        "indirect",
        "reported",
    ),
    (
        "Russian forces shelled Kherson overnight, with the regional governor telling reporters on Friday that "
        "two people had been killed.",
        "the regional governor",
        "telling",
        "that two people had been killed",
        "indirect",
        "reported",
    ),
    (
        "The mayor of Mykolaiv said in a video that water supplies would be restored by Sunday.",
        "The mayor of Mykolaiv",
        "said in a video",
        "that water supplies would be restored by Sunday",
        "indirect",
        "reported",
    ),
    (
        "According to the General Staff, Russian troops lost 600 soldiers in a day.",
        "the General Staff",
        "According to",
        "Russian troops lost 600 soldiers in a day",
        "indirect",
        "reported",
    ),
    (
        "Moscow claimed its troops had taken the village of Krasna Hora, but Reuters could not independently "
        "verify the report.",
        "Moscow",
        "claimed",
        "its troops had taken the village of Krasna Hora",
        "indirect",
        "unverified",
    ),
    (
        "The governor of Belgorod denied that Ukrainian saboteurs had crossed the border.",
        "The governor of Belgorod",
        "denied",
        "that Ukrainian saboteurs had crossed the border",
        "indirect",
        "reported",
    ),
    (
        "“We will not give up a single metre,” the commander said.",
        "the commander",
        "said",
        "“We will not give up a single metre,”",
        "direct",
        "reported",
    ),
    (
        "In a statement, the defence ministry said its air defences had downed eight drones.",
        "the defence ministry",
        "said",
        "its air defences had downed eight drones",
        "indirect",
        "reported",
    ),
    (
        "Half of the voters surveyed said they would back the incumbent.",
        "Half of the voters surveyed",
        "said",
        "they would back the incumbent",
        "indirect",
        "reported",
    ),
    (
        "The spokeswoman did not say when the convoy would leave.",
        "The spokeswoman",
        "did not say",
        "when the convoy would leave",
        "indirect",
        "reported",
    ),
    (
        "The party chairman told delegates that the election would be close.",
        "The party chairman",
        "told",
        "that the election would be close",
        "indirect",
        "reported",
    ),
    (
        "The strike destroyed a school, the regional administration said on Telegram.",
        "the regional administration",
        "said",
        "The strike destroyed a school",
        "indirect",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content", "quote", "status"), CASES)
def test_fresh_sentence(nlp, text, speaker, cue, content, quote, status):
    found = [c for c in find_claims(nlp(text)) if c.content.text == content]
    assert found, [c.content.text for c in find_claims(nlp(text))]
    c = found[0]
    assert (c.speaker.text, c.cue_span.text, c.quote, c.status) == (speaker, cue, quote, status)
