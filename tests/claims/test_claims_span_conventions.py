"""Span conventions: a speaker mention with a set-off phrase, a gerund opening what was said,
light-verb nouns in the cue, quotations broken by their attribution."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_speaker_with_set_off_phrase_keeps_its_closing_comma(nlp):
    # Whatever the set-off phrase is (apposition, "including", "of"), the comma closing it is
    # part of the speaker mention as written.
    (c,) = claims(
        nlp, "Several regional governors, including Oleh Syniehubov, said the shelling had stopped."
    )
    assert c.speaker.text == "Several regional governors, including Oleh Syniehubov,"
    (c,) = claims(nlp, "Mykola Lukashuk, 55, said the bridge at Zatoka had been hit twice.")
    assert c.speaker.text == "Mykola Lukashuk, 55,"
    # A mention with no phrase set off inside it stops before the comma.
    (c,) = claims(nlp, "In Odesa, the mayor said the port was working again.")
    assert c.speaker.text == "the mayor"


def test_gerund_opens_what_was_said(nlp):
    (c,) = claims(nlp, "He said reopening the crossing could bring thousands of people back to Kherson.")
    assert c.speaker.text == "He"
    assert c.content.text == "reopening the crossing could bring thousands of people back to Kherson"
    (c,) = claims(nlp, "Military analysts say shelling the dam would flood the villages downstream.")
    assert c.speaker.text == "Military analysts"
    assert c.content.text.startswith("shelling the dam would flood")


def test_light_verb_noun_is_part_of_the_cue(nlp):
    # "expressed concern that …": the noun and a preposition after it belong to the cue; what
    # the concern is about is the content.
    (c,) = claims(nlp, "When he expressed concern that the ceasefire was collapsing, the talks stopped.")
    assert c.cue_span.text == "expressed concern"
    assert c.content.text == "that the ceasefire was collapsing"
    (c,) = claims(nlp, "Stoltenberg voiced support for a tribunal on the invasion.")
    assert c.cue_span.text == "voiced support for"
    assert c.content.text == "a tribunal on the invasion"
    # A relative clause says which line, not what the line is about: the object stays the content.
    (c,) = claims(nlp, "The governor repeated a line he often uses.")
    assert c.cue_span.text == "repeated"
    assert c.content.text == "a line he often uses"


def test_quotation_broken_by_its_attribution(nlp):
    text = '"Frankly," the commander said, "the bridge could fall within days."'
    (c,) = claims(nlp, text)
    assert c.speaker.text == "the commander"
    assert c.content.text == text


def test_speaker_closing_the_sentence_reports_what_comes_before(nlp):
    (c,) = claims(nlp, "Or maybe the whole eastern front, military analyst Oleh Zhdanov says.")
    assert c.cue == "say"
    assert c.content.text == "Or maybe the whole eastern front"
    # An opening phrase that only sets the scene is no content.
    assert claims(nlp, "In Kherson, the mayor said on Tuesday.") == []


def test_phrase_after_the_object_goes_on_with_it(nlp):
    (c,) = claims(nlp, "Zelenskiy denounced the referendum in Kherson as a sham.")
    assert c.content.text == "the referendum in Kherson as a sham"
    (c,) = claims(nlp, "Prigozhin mocked the defence minister because his troops had lost Lyman.")
    assert c.content.text == "the defence minister because his troops had lost Lyman"
    (c,) = claims(nlp, "The governor praised the efforts of the volunteers to evacuate the elderly.")
    assert c.content.text == "the efforts of the volunteers to evacuate the elderly"
    # What follows after a comma is the reporter's.
    (c,) = claims(nlp, "Zelenskiy praised the volunteers, as the shelling went on.")
    assert c.content.text == "the volunteers"


def test_second_clause_the_parse_hangs_on_the_cue(nlp):
    (c,) = claims(nlp, "He said you don't understand Kharkiv, you don't understand its people.")
    assert c.content.text == "you don't understand Kharkiv, you don't understand its people"


def test_opening_clause_before_a_parenthetical_cue_is_reported(nlp):
    text = "When the shelling stopped, the governor said, residents returned to the market."
    (c,) = claims(nlp, text)
    assert c.speaker.text == "the governor"
    assert c.content.text == text[:-1]


def test_manners_of_saying_are_cues(nlp):
    (c,) = claims(nlp, '"Glory to Ukraine," the crowd chanted.')
    assert c.cue == "chant" and c.speaker.text == "the crowd" and c.quote == "direct"
    (c,) = claims(nlp, "Zhdanov speculated that the offensive would start in spring.")
    assert c.cue == "speculate" and c.content.text == "that the offensive would start in spring"
    # Without something said they are no claims, and countering an offensive is fighting.
    assert claims(nlp, "The soldiers chanted slogans as they marched.") == []
    assert claims(nlp, "Ukrainian forces countered the Russian offensive near Kupiansk.") == []


def test_speaker_and_cue_joined_to_the_clause_they_report(nlp):
    text = (
        "The plan includes a new brigade to defend Odesa, Defense Secretary Lloyd Austin told a Senate panel."
    )
    (c,) = claims(nlp, text)
    assert c.speaker.text == "Defense Secretary Lloyd Austin"
    assert c.content.text == "The plan includes a new brigade to defend Odesa"
    # With "and" it is a second act of the speaker, not an attribution of the first clause.
    (c,) = claims(nlp, "The army shelled the town, and the mayor told reporters it was over.")
    assert c.content.text == "it was over"


def test_gerund_in_a_prepositional_phrase_inherits_the_speaker(nlp):
    found = claims(
        nlp,
        "In addition to stating that the dam was mined, Zelenskiy has vowed to rebuild the power station.",
    )
    stating = next(c for c in found if c.cue == "state")
    assert stating.speaker.text == "Zelenskiy"
    assert stating.content.text == "that the dam was mined"


def test_that_clause_after_a_phrase_of_the_cue(nlp):
    from spacy.tokens import Doc

    from sitrep.claims.attribute import _that_clause

    # The parse this model gives a sentence like "… alleged in the lawsuit that the bank hid …":
    # "that" made the subject of a relative clause on "suit", next to the
    # clause's own subject. It is a complement clause all the same.
    words = "The prosecutor alleged in the suit that Kolomoisky earned millions .".split()
    heads = [1, 2, 2, 2, 5, 3, 8, 8, 5, 8, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "nsubj", "relcl", "dobj", "punct"]
    assert _that_clause(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[8])
    # "the suit that claims damages": "that" is the relative clause's only subject.
    words = "The prosecutor spoke about the suit that claims damages .".split()
    heads = [1, 2, 2, 2, 5, 3, 7, 5, 7, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "nsubj", "relcl", "dobj", "punct"]
    assert not _that_clause(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[7])
    # A real relative clause on the noun is part of what is spoken about.
    (c,) = claims(nlp, "The mayor spoke about the plan that calls for an evacuation.")
    assert c.content.text == "the plan that calls for an evacuation"


def test_assertions_and_concessions_with_an_object(nlp):
    (c,) = claims(nlp, "Moscow conceded the loss of the cruiser.")
    assert c.cue == "concede" and c.speaker.text == "Moscow"
    assert c.content.text == "the loss of the cruiser"
    (c,) = claims(nlp, "A separatist battalion asserted responsibility for the ambush near Horlivka.")
    assert c.content.text == "responsibility for the ambush near Horlivka"
    # An order with an object is an act of war here, not a claim.
    assert claims(nlp, "The commander ordered an artillery strike.") == []


def test_addressee_between_cue_and_quotation(nlp):
    found = claims(
        nlp,
        'The governor shrugged off the report, telling reporters, "Nobody has left the city."',
    )
    telling = next(c for c in found if c.cue == "tell")
    assert telling.speaker.text == "The governor"
    assert telling.content.text == '"Nobody has left the city."'
    assert telling.quote == "direct"


def test_possessive_ending_is_dropped_only_from_a_possessive_speaker(nlp):
    (c,) = claims(nlp, "Russia's claim that its troops had entered Kupiansk was false.")
    assert (c.speaker.text, c.speaker.name) == ("Russia's", "Russia")
    # A company whose name ends in 's keeps it when it is the subject that speaks.
    (c,) = claims(nlp, "McDonald's said it would close its restaurants in Kharkiv.")
    assert (c.speaker.text, c.speaker.name) == ("McDonald's", "McDonald's")


def test_a_day_the_parse_takes_for_a_subject_is_no_speaker(nlp):
    from sitrep.claims.attribute import _is_date_word

    doc = nlp("Shoigu said Tuesday that the offensive was going to plan.")
    assert _is_date_word(doc[2]) and not _is_date_word(doc[0])
    (c,) = claims(nlp, "Shoigu said Tuesday that the offensive was going to plan.")
    assert c.speaker.text == "Shoigu"


def test_a_reply_shot_back_is_speech_but_firing_back_is_fighting(nlp):
    (c,) = claims(nlp, "“That is simply a lie,” Peskov shot back.")
    assert c.cue_span.text == "shot back" and c.cue == "shoot back"
    assert c.speaker.text == "Peskov" and c.content.text == "“That is simply a lie,”"
    (c,) = claims(
        nlp, "After the envoy criticised the plan, Kuleba hit back, “We will not trade land for peace.”"
    )
    assert c.cue_span.text == "hit back" and c.speaker.text == "Kuleba"
    assert claims(nlp, "Ukrainian troops fired back at the Russian positions near Bakhmut.") == []


def test_a_day_heading_the_speaker_s_phrase_is_cut_from_it(nlp):
    (c,) = claims(nlp, "Hungary’s prime minister Viktor Orban Saturday called for talks to end the war.")
    assert c.speaker.text == "Hungary’s prime minister Viktor Orban"
    assert c.speaker.name == "Hungary’s prime minister Viktor Orban"


def test_who_was_asked_is_not_who_asked(nlp):
    found = claims(nlp, "Asked about the drone strikes, Peskov declined to comment.")
    asked = next(c for c in found if c.cue == "ask")
    assert asked.speaker is None and asked.content.text == "the drone strikes"
    assert next(c for c in found if c.cue == "decline").speaker.text == "Peskov"
    (asked,) = claims(nlp, "The reporters asked Peskov about the drone strikes.")
    assert asked.speaker.text == "The reporters"


def test_the_text_carrying_a_claim_is_in_the_cue_the_occasion_is_not(nlp):
    (c,) = claims(nlp, "The ministry said in a statement that the convoy had reached Kupiansk.")
    assert c.cue_span.text == "said in a statement"
    (c,) = claims(nlp, "The governor said in an interview that the convoy had reached Kupiansk.")
    assert c.cue_span.text == "said"
    assert c.content.text == "that the convoy had reached Kupiansk"
