"""Session 19: a tag set off by commas inside the sentence it reports, the quotation going on after
it. Sentences of our own, answers written before the run: 8/10 at 38a854c, 10/10 after."""

import pytest
from tests.claims.claim_probe import assert_claim

INTERRUPTED = [
    # (text, speaker, content): the content runs from the first word said to the last, tag inside
    (
        "“The city is holding,” the mayor said, “but we need more shells.”",
        "the mayor",
        "“The city is holding,” the mayor said, “but we need more shells.”",
    ),
    (
        "The bridge, the ministry said, was destroyed by a missile.",
        "the ministry",
        "The bridge, the ministry said, was destroyed by a missile",
    ),
    # The subject before the tag, its verb inside the quotation: the subject was said too.
    (
        "An attack on the plant, he said, “would be a disaster for all of Europe.”",
        "he",
        "An attack on the plant, he said, “would be a disaster for all of Europe.”",
    ),
    (
        "The shelling, officials said, “has not stopped for three days.”",
        "officials",
        "The shelling, officials said, “has not stopped for three days.”",
    ),
    (
        "Moscow's losses, the British defence ministry said, “are likely to be in the tens of thousands.”",
        "the British defence ministry",
        "Moscow's losses, the British defence ministry said, “are likely to be in the tens of thousands.”",
    ),
    (
        "“Sir,” the soldier said, “the trench is flooded.”",
        "the soldier",
        "“Sir,” the soldier said, “the trench is flooded.”",
    ),
    (
        "“Our units,” the spokesman said, “have repelled every attack near Avdiivka.”",
        "the spokesman",
        "“Our units,” the spokesman said, “have repelled every attack near Avdiivka.”",
    ),
    # An opening phrase before the tag is the cue's: the quotation is all that was said.
    ("On Tuesday, he said, “We will hold the line.”", "he", "“We will hold the line.”"),
    ("In February, the minister said, “the army is ready.”", "the minister", "“the army is ready.”"),
    (
        "After the strike, the governor said, “at least nine people were killed.”",
        "the governor",
        "“at least nine people were killed.”",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), INTERRUPTED)
def test_interrupted_quotation(nlp, text, speaker, content):
    assert_claim(nlp, text, speaker, "said", content)
