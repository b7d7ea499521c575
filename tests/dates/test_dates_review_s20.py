"""Session 20 review: probes of our own at the edges of the session's rules, answers written
before any run. A weekday after "would" under an undated saying is the day ahead (1ea86b8), but
not under a dated saying nor after "could"; a relative clause on a claim's speaker that tells
another act leaves the saying undated (220dd91), one that tells a speaking occasion dates it;
"at the time" points back (ae34db0). A time right after a past saying verb, the parse hanging it
in the reported future clause ("said on Wednesday it would send a team"), is the saying's day,
gone by (lead's D1)."""

import pytest
from date_probe import value_at, with_open

from sitrep.record import Article

# (published, sentence, expression, value); 2024-03-18 is a Monday
TIMES = [
    ("2024-03-18", "The minister said talks would resume on Friday.", "Friday", "2024-03-22"),
    ("2024-03-20", "The minister said talks would resume on Friday.", "Friday", "2024-03-22"),
    ("2024-03-22", "The minister said talks would resume on Thursday.", "Thursday", "2024-03-21"),
    ("2024-03-23", "Officials said the convoy would leave on Friday.", "Friday", "2024-03-22"),
    ("2024-03-21", "Officials said the convoy would leave on Tuesday.", "Tuesday", "2024-03-26"),
    ("2024-03-18", "The minister said on Monday that talks would resume on Friday.", "Friday", "2024-03-22"),
    ("2024-03-18", "The minister said on Friday that talks would resume on Thursday.", "Thursday", "2024-03-21"),
    ("2024-03-20", "The governor said the evacuation would start in April.", "April", "2024-04"),
    ("2024-03-20", "The governor said the evacuation could start on Friday.", "Friday", "2024-03-22"),
    ("2024-03-20", "The army said on Monday it would not comment.", "Monday", "2024-03-18"),
    ("2024-03-20", "Kyiv said Russia would strike again on Saturday.", "Saturday", "2024-03-23"),
    ("2024-03-24", "The ministry said on Friday the talks would open the following Tuesday.", "Tuesday", "2024-03-26"),
    ("2022-10-11", "The agency said on Wednesday it would send a team to the plant next month.", "Wednesday", "2022-10-05"),
    ("2022-10-11", "The agency said Wednesday it would send inspectors to the plant.", "Wednesday", "2022-10-05"),
    ("2022-10-11", "The agency said it would send a team to the plant on Wednesday.", "Wednesday", "2022-10-12"),
]  # fmt: skip

# (published, text, the claim's cue as written, its date)
CLAIMS = [
    ("2024-03-18", "The general, who commanded the brigade on Friday, said the line had held.", "said", "2024-03-18"),
    ("2024-03-18", "The envoy, who met Lavrov on Saturday, said the talks had stalled.", "said", "2024-03-18"),
    ("2024-03-18", "The envoy, who told reporters on Saturday that talks had stalled, warned of a new offensive.", "warned", "2024-03-16"),
    ("2024-03-18", "The spokeswoman, who issued a statement on Sunday, said no civilians were hurt.", "said", "2024-03-17"),
    ("2024-03-18", "Police questioned the driver, who crashed into the checkpoint on Friday, and said he was drunk.", "said", "2024-03-18"),
    ("2024-03-18", "The ministry said on Sunday that the soldier, who deserted on Friday, had been detained.", "said", "2024-03-17"),
    ("2024-03-18", "The ministry said the soldier, who deserted on Friday, had been detained.", "said", "2024-03-18"),
    ("2024-03-18", "Shoigu blamed the commander, who ordered the retreat on Friday, for the losses.", "blamed", "2024-03-18"),
    ("2024-03-18", "The mayor, who was elected in 2019, said on Saturday the water supply was restored.", "said", "2024-03-16"),
    ("2024-03-18", "The mayor, who held a press conference on Saturday, said the water supply was restored.", "said", "2024-03-16"),
    ("2024-03-18", "The mayor, who was speaking on Saturday, said the water supply was restored.", "said", "2024-03-16"),
    ("2024-03-18", "The colonel, who led the assault on Friday, claimed the village was taken.", "claimed", "2024-03-18"),
    ("2024-03-18", "A drone hit the depot on Saturday.\n\nAt that time, the governor said nobody was inside.", "said", "2024-03-16"),
    ("2024-03-18", "A drone hit the depot on Saturday.\n\nThe governor said nobody was inside at the time of the strike.", "said", "2024-03-18"),
    ("2024-03-18", "A drone hit the depot on Saturday. The governor said at the time that nobody was inside.", "said", "2024-03-16"),
    ("2022-10-11", "Last week, the army said it had retaken 12 villages. The agency said on Wednesday it would send a team next month.", "said on", "2022-10-05"),
]  # fmt: skip

_OPEN_CLAIMS = {
    CLAIMS[4][1]: "a relative clause on the object ('the driver, who crashed ... on Friday') dates the "
    "coordinated saying: only the speaker's own relative clauses are read as another act",
    CLAIMS[12][1]: "'At that time,' opening the claim's sentence lies outside its attribution parts, "
    "so it points back to nothing: the claim takes publication",
}


@pytest.mark.parametrize(("published", "sentence", "text", "value"), TIMES)
def test_time_review_s20(nlp, published, sentence, text, value):
    found, times = value_at(nlp, published, sentence, text)
    assert found == value, times


@pytest.mark.parametrize(("published", "text", "cue", "date"), with_open(CLAIMS, _OPEN_CLAIMS))
def test_claim_date_review_s20(pipeline, published, text, cue, date):
    (record,) = pipeline.process([Article(text=text, published=published)])
    at = text.rindex(cue)
    found = [c for c in record.claims if c.cue_span is not None and c.cue_span.start == at]
    assert found, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
    assert found[0].date == date, [(c.cue_span and c.cue_span.text, c.date) for c in record.claims]
