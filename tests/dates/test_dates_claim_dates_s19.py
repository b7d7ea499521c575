"""Session 19: the date a claim inherits is the time of a saying or an act of its sentence or
paragraph, not a time that other reported words tell ("said on Monday that two people were killed
on Sunday"), nor the start of a state that runs to now ("killed since the offensive began in
January"); a time in a relative clause describes its noun ("Crimea, which Russia annexed in 2014"),
not the claim. Sentences of our own, each claim's date written down before the run."""

import pytest

from sitrep.record import Article

# (published, text, the claim's cue as written, its date); Thursday 14 March 2024
CASES = [
    ("2024-03-14", "The governor said on Monday that two people were killed in shelling on Sunday. The mayor said the water supply had been cut.", "said the water", "2024-03-11"),
    ("2024-03-14", "More than 300 civilians have been killed since the offensive began in January, the ministry said.", "said", "2024-03-14"),
    ("2024-03-14", "Officials said 40,000 people have fled since October. “We need more buses,” the mayor said.", "said.", "2024-03-14"),
    ("2024-03-14", "The attack was confirmed by the governor of Crimea, which Russia annexed in 2014.", "was confirmed", "2024-03-14"),
    ("2024-03-14", "On Tuesday, the governor said the bridge had been hit.", "said", "2024-03-12"),
    ("2024-03-14", "The army said on Wednesday that the town had fallen. The general added that troops were regrouping.", "added", "2024-03-13"),
    ("2024-03-14", "The ministry, which was set up in 2015, said on Tuesday that drones had hit the port.", "said", "2024-03-12"),
    ("2024-03-14", "Kyiv said the strike on Saturday killed five people.", "said", "2024-03-14"),
    ("2024-03-14", "The governor said three people died in the attack on Saturday. The police chief said the rescue was continuing.", "said the rescue", "2024-03-14"),
    ("2024-03-14", "The envoy said on Tuesday that talks had stalled, Reuters reported. She told the council that both sides were rearming.", "told", "2024-03-12"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "cue", "date"), CASES)
def test_claim_date(pipeline, published, text, cue, date):
    (record,) = pipeline.process([Article(text=text, published=published)])
    at = text.index(cue)
    found = [c for c in record.claims if c.cue_span is not None and c.cue_span.start == at]
    assert found, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
    assert found[0].date == date, [
        (c.cue_span and c.cue_span.text, c.date, c.date_precision) for c in record.claims
    ]
