"""Sentences never run across a paragraph, so a speaker in one paragraph keeps to its own words."""


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    text = (
        "Russia claims breakthrough in Luhansk\n\nThe ministry said its forces had advanced two kilometres."
    )
    assert _sentences(nlp, text)[0] == "Russia claims breakthrough in Luhansk"


def test_paragraph_after_a_closing_quote_starts_a_sentence(nlp):
    text = 'Haidai said: "We are holding."\nThe General Staff said attacks near Bakhmut were repelled.'
    sents = _sentences(nlp, text)
    assert sents[-1] == "The General Staff said attacks near Bakhmut were repelled."


def test_hard_wrapped_line_stays_one_sentence(nlp):
    text = "The governor of the region said the\nministry had given no evidence for the claim."
    assert _sentences(nlp, text) == [text]
