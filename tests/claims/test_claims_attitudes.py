"""Attitudes, intentions and stances as attributions, and fighting that is not one."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def only(nlp, text):
    found = find_claims(nlp(text))
    assert len(found) == 1, [(c.cue, c.content.text) for c in found]
    return found[0]


def test_copula_adjective_with_clause(nlp):
    c = only(nlp, "The mayor of Kharkiv is confident that the power grid will hold through the winter.")
    assert c.speaker.text == "The mayor of Kharkiv"
    assert c.cue_span.text == "is confident"
    assert c.strength == "belief"
    assert c.content.text == "that the power grid will hold through the winter"


def test_adjective_with_preposition(nlp):
    c = only(nlp, "Ukraine's defence minister was critical of the delay in tank deliveries.")
    assert c.cue_span.text == "was critical of"
    assert c.content.text == "the delay in tank deliveries"
    c = only(nlp, "Western officials are concerned about the growing use of Iranian drones.")
    assert c.speaker.text == "Western officials"
    assert c.cue_span.text == "are concerned about"


def test_passive_attitude_participle(nlp):
    c = only(nlp, "The governor is convinced that the shelling was deliberate.")
    assert c.speaker.text == "The governor"
    assert c.cue_span.text == "is convinced"
    assert c.content.text == "that the shelling was deliberate"


def test_raising_adjective_is_no_belief(nlp):
    assert find_claims(nlp("The agreement is sure to fail within weeks.")) == []


def test_intention_with_infinitive(nlp):
    c = only(nlp, "Moscow seeks to annex the four regions it partly occupies.")
    assert c.speaker.text == "Moscow"
    assert c.cue == "seek"
    assert c.strength == "intention"
    assert c.content.text == "to annex the four regions it partly occupies"


def test_vote_for(nlp):
    c = only(nlp, "The Hungarian parliament voted for the resolution on Thursday.")
    assert c.cue_span.text == "voted for"
    assert c.content.text == "the resolution"


def test_backing_a_plan_is_a_stance(nlp):
    c = only(nlp, "The chancellor backs the plan to send Leopard tanks to Ukraine.")
    assert c.speaker.text == "The chancellor"
    assert c.strength == "stance"
    assert c.content.text == "the plan to send Leopard tanks to Ukraine"
    c = only(nlp, "The prime minister defended his remarks about the ceasefire.")
    assert c.content.text == "his remarks about the ceasefire"


def test_fighting_is_no_stance(nlp):
    for text in (
        "Ukrainian troops defended the city for three months.",
        "Russian forces attacked the city of Bakhmut from the north.",
        "Artillery units supported the assault on the village.",
        "Russia's attack on Kyiv killed three people.",
    ):
        assert find_claims(nlp(text)) == [], text


def test_verbal_attack_on_a_person(nlp):
    c = only(nlp, "The senator attacked Biden over the withdrawal.")
    assert c.cue == "attack"
    assert c.content.text == "Biden"


def test_possessive_noun_with_preposition(nlp):
    c = only(nlp, "Zelenskiy's support for the peace formula was repeated in Davos.")
    assert c.speaker.text == "Zelenskiy's"  # as written; the name drops the possessive
    assert c.speaker.name == "Zelenskiy"
    assert c.cue_span.text == "support for"
    assert c.content.text == "the peace formula"


def test_criticism_verb_with_object(nlp):
    c = only(nlp, "The foreign minister blasted the sanctions as illegal.")
    assert c.cue == "blast"
    assert c.content.text == "the sanctions as illegal"


def test_curly_quote_closed_by_straight_mark(nlp):
    text = '\u201cWe will not give up the city," said the commander of the brigade.'
    c = only(nlp, text)
    assert c.quote == "direct"
    assert c.speaker.text == "the commander of the brigade"
    assert c.content.text == '\u201cWe will not give up the city,"'


def test_stance_on_a_named_person_or_pronoun(nlp):
    c = only(nlp, "Three senators endorsed him.")
    assert c.content.text == "him"
    c = only(nlp, "The senator backed him in the primary.")
    assert c.cue == "back"
    assert find_claims(nlp("The brigade backed him with artillery.")) == []
    assert find_claims(nlp("He said it.")) == []


def test_describes_himself_as(nlp):
    c = only(nlp, "Cruz describes himself as a consistent conservative.")
    assert c.content.text == "himself as a consistent conservative"


def test_seeking_an_object_is_an_intention(nlp):
    c = only(nlp, "Kyiv is seeking more air defence systems from its allies.")
    assert c.speaker.text == "Kyiv"
    assert c.cue_span.text == "is seeking"
    assert c.strength == "intention"


def test_light_verb_with_cue_noun(nlp):
    c = only(nlp, "The foreign minister expressed concern that the talks would stall.")
    assert c.speaker.text == "The foreign minister"
    assert c.cue_span.text == "expressed concern"
    assert c.content.text == "that the talks would stall"


def test_parenthetical_cue_with_the_contents_subject_before_it(nlp):
    c = only(nlp, "Voters, the governor suggested, do not have to worry about the blackouts.")
    assert c.speaker.text == "the governor"
    assert c.content.text.startswith("Voters")
    assert c.content.text.endswith("worry about the blackouts")


def test_relative_pronoun_is_the_mention_where_speech_is_attributed(nlp):
    c = only(nlp, "He released a video that said the bridge had been destroyed.")
    assert c.speaker.text == "that"
    assert c.content.text == "the bridge had been destroyed"


def test_possessive_pronoun_gives_way_to_the_clauses_subject(nlp):
    c = only(nlp, "The chancellor has toned down his criticism of the sanctions.")
    assert c.speaker.text == "The chancellor"
    assert c.cue_span.text == "has toned down his criticism of"
    assert c.content.text == "the sanctions"


def test_one_word_answer(nlp):
    (c,) = [
        c
        for c in find_claims(nlp("Asked whether the town had fallen, the governor said no."))
        if c.cue == "say"
    ]
    assert c.speaker.text == "the governor"
    assert c.content.text == "no"


def test_stance_verb_with_preposition(nlp):
    c = only(nlp, "The governor lashed out at the defence minister.")
    assert c.cue_span.text == "lashed out at"
    assert c.content.text == "the defence minister"
    assert find_claims(nlp("Russian troops pushed for a breakthrough near Vuhledar.")) == []


def test_made_it_clear(nlp):
    c = only(nlp, "The Kremlin has made it clear that it will not negotiate with Kyiv.")
    assert c.speaker.text == "The Kremlin"
    assert c.cue_span.text == "has made it clear"
    assert c.content.text == "that it will not negotiate with Kyiv"


def test_cue_noun_made_by_its_holder(nlp):
    c = only(nlp, "The commander made the case that the brigade needed more shells.")
    assert c.speaker.text == "The commander"
    assert c.cue_span.text == "made the case"
    assert c.content.text == "that the brigade needed more shells"


def test_responding_to_a_request_is_speech_but_not_to_shelling(nlp):
    c = only(nlp, "The defence ministry did not respond to a request for comment.")
    assert c.content.text == "a request for comment"
    assert c.speaker.text == "The defence ministry"
    assert not find_claims(nlp("Ukrainian artillery responded to the shelling within minutes."))


def test_speaking_about_with_words_between(nlp):
    c = only(nlp, "She has spoken at length about her difference of opinion with the army chief.")
    assert c.cue_span.text == "has spoken at length about"
    assert c.content.text == "her difference of opinion with the army chief"
