"""An article of hundreds of claims: still one attribution per stretch of text, the outer one."""

from sitrep.claims.attribute import find_attributions

SENTENCE = "The mayor said residents think the bridge will hold. "


def test_nested_belief_is_dropped_in_every_one_of_many_sentences(nlp):
    text = SENTENCE * 300
    atts = find_attributions(nlp(text))
    assert len(atts) == 300
    assert {a.lemma for a in atts} == {"say"}
    assert [text[a.content[0][0] : a.content[0][1]] for a in atts[:2]] == [
        "residents think the bridge will hold",
        "residents think the bridge will hold",
    ]


def test_every_quotation_of_a_long_article_is_its_speaker_s_direct_claim(nlp):
    text = " ".join(f"“We hold the line at post {i},” Olena Kovalenko said." for i in range(200))
    atts = find_attributions(nlp(text))
    assert len(atts) == 200
    for i, att in enumerate(atts):
        assert att.quote == "direct"
        assert text[att.content[0][0] : att.content[0][1]] == f"“We hold the line at post {i},”"
        assert text[att.source[0] : att.source[1]] == "Olena Kovalenko"
