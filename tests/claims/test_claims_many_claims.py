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


def test_speakers_of_a_long_article_resolve_to_their_own_full_mentions(nlp):
    """Resolution looks up mentions by position and surname: a surname said after hundreds of
    other speakers still grows to its own person's full mention, and "he" to the nearest one."""
    from sitrep.claims.stage import find_claims

    people = ["Olena Kovalenko, the mayor of Izium,", "Petro Lysenko, a regional police chief,"]
    parts = []
    for i in range(150):
        parts.append(f"{people[i % 2]} said the bridge at post {i} was damaged.")
        parts.append(f"{'Kovalenko' if i % 2 == 0 else 'Lysenko'} said repairs would start soon.")
        parts.append("He added that the road stayed open.")
    claims = find_claims(nlp(" ".join(parts)))
    assert len(claims) == 450
    names = [c.speaker.name for c in claims]
    assert names[-3:] == ["Petro Lysenko, a regional police chief"] * 3
    assert names[-6:-3] == ["Olena Kovalenko, the mayor of Izium"] * 3
