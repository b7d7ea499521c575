"""Session 20: the date a claim inherits from a relative clause on its speaker, and from "at the
time". Fresh war-reporting sentences of our own, each answer written down before the code was
run. A relative clause that tells another act of the speaker ("Guterres, who presided over the
meeting on Friday, said ...") does not date the saying; one that tells the speaking itself ("who
spoke to reporters on Friday", "who gave an interview on Sunday") does. Monday 18 March 2024."""

import pytest
from date_probe import with_open

from sitrep.record import Article

# (published, text, the claim's cue as written, its date)
CLAIMS = [
    ("2024-03-18", "Guterres, who presided over the Security Council meeting on Friday, said the strike on the hospital was a war crime.", "said", "2024-03-18"),
    ("2024-03-18", "Guterres, who presided over the meeting on Friday, condemned the attack on the hospital.", "condemned", "2024-03-18"),
    ("2024-03-18", "The governor, who visited the front line on Saturday, said the troops were holding.", "said", "2024-03-18"),
    ("2024-03-18", "The mayor, who was wounded in a drone strike on Saturday, said the city would rebuild.", "said", "2024-03-18"),
    ("2024-03-18", "Guterres, who presided over the meeting on Friday, said the attack was a war crime. He added that an inquiry was needed.", "added", "2024-03-18"),
    ("2024-03-18", "The minister, who spoke to reporters in Kyiv on Friday, said the grid was holding.", "said", "2024-03-15"),
    ("2024-03-18", "Zelensky, who addressed parliament on Wednesday, said the country would not yield.", "said", "2024-03-13"),
    ("2024-03-18", "The commander, who gave an interview to a local channel on Sunday, said the bridge was intact.", "said", "2024-03-17"),
    ("2024-03-18", "The spokesman, who briefed journalists on Saturday, said two villages had been retaken.", "said", "2024-03-16"),
    ("2024-03-18", "Guterres presided over the meeting on Friday and said the attack was a war crime.", "said", "2024-03-15"),
    ("2024-03-18", "On Friday, a missile struck the railway station in Kramatorsk.\n\nAt the time, the ministry said its air defences had failed.", "said", "2024-03-15"),
]  # fmt: skip

_OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("published", "text", "cue", "date"), with_open(CLAIMS, _OPEN))
def test_claim_date_s20(pipeline, published, text, cue, date):
    (record,) = pipeline.process([Article(text=text, published=published)])
    at = text.index(cue)
    found = [c for c in record.claims if c.cue_span is not None and c.cue_span.start == at]
    assert found, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
    assert found[0].date == date, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
