"""Session 19 review (rv_dates) of bbabcbc, 2cf5a85 and cdf671a: fresh sentences of our own in the
style of war reporting, each answer written down before the code was run. Times inside a dated
saying count from it; a claim's date from its sentence or paragraph skips other reported words'
times and a state's start, but keeps a relative clause's day or week (the story's own: "Trudeau,
who gave an interview on Sunday"), a time right after the saying verb ("said on Friday it had"),
and never takes a time wholly after publication ("will host a conference in 2025").
At 894e1b9 12 of 24 were right, at cdf671a 17, now 22."""

import pytest
from date_probe import value_at, with_open

from sitrep.record import Article

# (published, sentence, expression, value); Monday 18 March 2024 / Thursday 14 March 2024
TIMES = [
    ("2024-03-18", "On Tuesday, the governor said the bridge would reopen on Friday.", "Friday", "2024-03-15"),
    ("2024-03-18", "On Tuesday, the governor said the bridge had reopened on Friday.", "Friday", "2024-03-08"),
    ("2024-03-18", "The minister said on Tuesday that talks would resume next week.", "next week", "2024-W12"),
    ("2024-03-18", "The minister said talks would resume on Friday.", "Friday", "2024-03-22"),
    ("2024-03-14", "In December, the president said the war would end next year.", "next year", "2024"),
    ("2024-03-14", "On Monday the mayor said the curfew would end tomorrow.", "tomorrow", "2024-03-12"),
    ("2024-11-20", "Kyiv hopes the power grid will be repaired by the new year.", "the new year", "2025"),
    ("2024-03-14", "The new year began with a barrage of drones over Kyiv.", "The new year", "2024"),
    ("2024-03-14", "Russian drones struck Odesa on Friday, the governor said.", "Friday", "2024-03-08"),
    ("2024-03-14", "The governor said on Tuesday that drones had struck the port on Sunday.", "Sunday", "2024-03-10"),
]  # fmt: skip

# (published, text, the claim's cue as written, its date)
CLAIMS = [
    ("2024-03-16", "The security service said on Friday it had detained two agents. The service said the men worked for Moscow.", "said the men", "2024-03-15"),
    ("2024-03-12", "Trudeau, who gave an interview to CBC on Sunday, said the aid would continue. He added that Canada would send more trainers.", "added", "2024-03-10"),
    ("2024-03-14", "The ministry, which was created in 2019, said the port had been hit.", "said", "2024-03-14"),
    ("2024-03-14", "Britain will host a donor conference in 2025. The foreign secretary said the talks had been useful.", "said", "2024-03-14"),
    ("2024-03-14", "The army said on Monday that three soldiers were killed on Sunday. The general added that reinforcements had arrived.", "added", "2024-03-11"),
    ("2024-03-14", "More than 2,000 people have been evacuated since the dam burst in June, the governor said.", "said", "2024-03-14"),
    ("2024-03-14", "The mayor said on Wednesday that the shelling had stopped, local media reported.", "reported", "2024-03-13"),
    ("2024-03-14", "An explosion that shook the port on Saturday destroyed a warehouse. Local officials claimed the blast was caused by a drone.", "claimed", "2024-03-09"),
    ("2024-03-14", "The talks, which began in January, ended without agreement. The negotiators said both sides would meet again.", "said", "2024-03-14"),
    ("2024-03-14", "The ceasefire will expire in May. The envoy said the parties were far apart.", "said", "2024-03-14"),
    ("2024-03-14", "On Tuesday, the governor said the dam had been damaged. He said repairs would take months.", "said repairs", "2024-03-12"),
    ("2024-03-14", "The brigade has fought in the town since October. Its commander said supplies were running low.", "said", "2024-03-14"),
    ("2024-03-14", "The minister spoke to reporters on Wednesday. She said the grid was holding.", "said", "2024-03-13"),
    ("2024-03-14", "In a statement on Sunday, the ministry said the strikes had hit fuel depots.", "said", "2024-03-10"),
]  # fmt: skip

# Still wrong, by the answers written down: each says why.
_OPEN = {
    "The mayor said on Wednesday that the shelling had stopped, local media reported.": (
        "the outer report's own day is untold and Wednesday lies in its reported words, which a "
        "claim's date always skips; publication is defensible, the answer took the saying's day"
    ),
}


@pytest.mark.parametrize(("published", "sentence", "text", "value"), with_open(TIMES, _OPEN))
def test_time_review_s19(nlp, published, sentence, text, value):
    got, found = value_at(nlp, published, sentence, text)
    assert got == value, found


@pytest.mark.parametrize(("published", "text", "cue", "date"), with_open(CLAIMS, _OPEN))
def test_claim_date_review_s19(pipeline, published, text, cue, date):
    (record,) = pipeline.process([Article(text=text, published=published)])
    at = text.index(cue)
    found = [c for c in record.claims if c.cue_span is not None and c.cue_span.start == at]
    assert found, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
    assert found[0].date == date, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
