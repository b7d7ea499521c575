"""Attribution constructions: who said what, with which cue, direct or indirect."""

from __future__ import annotations

import pytest

from sitrep.claims.stage import _bare_military_sides, find_claims
from sitrep.record import Claim, Span, Speaker


def claims(nlp, text):
    return find_claims(nlp(text))


def only(nlp, text):
    found = claims(nlp, text)
    assert len(found) == 1, [(c.cue, c.content.text) for c in found]
    return found[0]


def test_indirect_said_that(nlp):
    c = only(nlp, "The governor of Kharkiv said that two civilians were killed in the shelling overnight.")
    assert c.speaker.text == "The governor of Kharkiv"
    assert c.cue == "say"
    assert c.quote == "indirect"
    assert c.content.text == "that two civilians were killed in the shelling overnight"


def test_claimed_keeps_cue_lemma_and_strength(nlp):
    (c,) = find_claims(
        nlp("Russia's defence ministry claimed its forces had destroyed a U.S.-made rocket launcher.")
    )
    assert c.cue == "claim"
    assert c.strength == "assertive"
    assert c.cue_span.text == "claimed"
    assert c.speaker.text == "Russia's defence ministry"
    assert c.speaker.side == "RU"
    assert c.content.text.startswith("its forces had destroyed")


def test_according_to_before_and_after(nlp):
    c = only(nlp, "According to Ukraine's General Staff, Russian troops shelled 20 settlements on Sunday.")
    assert c.cue == "according to"
    assert c.speaker.text == "Ukraine's General Staff"
    assert c.speaker.side == "UA"
    assert c.content.text == "Russian troops shelled 20 settlements on Sunday"
    c = only(nlp, "Russian troops shelled 20 settlements on Sunday, according to Ukraine's General Staff.")
    assert c.content.text == "Russian troops shelled 20 settlements on Sunday"
    assert c.speaker.text == "Ukraine's General Staff"


def test_declared_on_telegram(nlp):
    c = only(
        nlp, "The Wagner Group's founder declared on Telegram that his fighters had taken the salt mine."
    )
    assert c.cue == "declare"
    assert c.content.text == "that his fighters had taken the salt mine"


def test_quoted_as_saying(nlp):
    c = only(nlp, 'Dmitry Peskov was quoted as saying that the talks "have no prospects" for now.')
    assert c.speaker.text == "Dmitry Peskov"
    assert c.speaker.side == "RU"
    assert c.cue == "say"
    assert 'that the talks "have no prospects"' in c.content.text


def test_in_a_video_claimed(nlp):
    c = only(
        nlp, "In a video, the commander claimed that his unit had repelled three assaults near Vuhledar."
    )
    assert c.cue == "claim"
    assert c.speaker.text == "the commander"
    assert c.content.text == "that his unit had repelled three assaults near Vuhledar"


def test_report_released_said(nlp):
    c = only(
        nlp, "A report released on Tuesday by the United Nations said that 8,000 civilians had been killed."
    )
    assert c.speaker.text.startswith("A report released on Tuesday")
    assert c.content.text == "that 8,000 civilians had been killed"


def test_direct_quote_speaker_after(nlp):
    c = only(nlp, '"We will not give up Bakhmut," Zelenskiy said on Tuesday.')
    assert c.quote == "direct"
    assert c.content.text == '"We will not give up Bakhmut,"'
    assert c.speaker.text == "Zelenskiy"
    assert c.speaker.side == "UA"


def test_direct_quote_speaker_before_with_colon(nlp):
    c = only(nlp, 'The mayor told reporters: "The water supply has been restored in half of the city."')
    assert c.quote == "direct"
    assert c.content.text == '"The water supply has been restored in half of the city."'
    assert c.speaker.text == "The mayor"
    c = only(nlp, 'The mayor said: "The water supply has been restored in half of the city."')
    assert c.cue_span.text == "said:"


def test_multi_sentence_quote_and_speaker_after_a_long_quote(nlp):
    text = (
        "\u201cThe enemy keeps attacking from three directions. Our units are holding the line, and the "
        "losses of the enemy are many times higher than ours. We need more shells,\u201d the brigade "
        "commander said."
    )
    c = only(nlp, text)
    assert c.quote == "direct"
    assert c.content.start == 0
    assert c.content.text.endswith("We need more shells,\u201d")
    assert c.speaker.text == "the brigade commander"


def test_partial_quote_inside_indirect_speech(nlp):
    c = only(nlp, 'Oleh Zhdanov claimed that fighting was occurring "around every single house" in Bakhmut.')
    assert c.quote == "indirect"
    assert c.content.text == 'that fighting was occurring "around every single house" in Bakhmut'


def test_nested_quote_is_one_claim(nlp):
    text = "\u201cThey told us \u2018the bridge is gone\u2019 and left,\u201d the soldier said."
    c = only(nlp, text)
    assert c.quote == "direct"
    assert c.content.text == "\u201cThey told us \u2018the bridge is gone\u2019 and left,\u201d"
    assert c.speaker.text == "the soldier"


def test_quote_continuing_after_attribution_is_one_claim(nlp):
    text = '"The situation is difficult," Haidai said. "The attacks are coming in waves."'
    c = only(nlp, text)
    assert c.content.start == 0 and c.content.end == len(text)
    assert c.speaker.text == "Haidai"


def test_quote_with_no_attribution_has_no_speaker(nlp):
    text = (
        'Shelling continued overnight.\n\n"Nobody sleeps here anymore."\n\nThe power was cut in the morning.'
    )
    (c,) = claims(nlp, text)
    assert c.speaker is None
    assert c.cue is None
    assert c.quote == "direct"
    assert c.content.text == '"Nobody sleeps here anymore."'


def test_scare_quotes_are_not_claims(nlp):
    assert claims(nlp, 'Moscow calls the invasion a "special military operation".') == [] or all(
        c.content.text != '"special military operation"'
        for c in claims(nlp, 'Moscow calls the invasion a "special military operation".')
    )


def test_ids_follow_text_order(nlp):
    text = (
        "Kyiv said that the strike hit a school. Moscow said that it had hit an ammunition depot. "
        "A local official said that four people were wounded."
    )
    found = claims(nlp, text)
    assert [c.id for c in found] == ["c1", "c2", "c3"]
    assert [c.speaker.text for c in found] == ["Kyiv", "Moscow", "A local official"]
    assert [c.speaker.side for c in found] == ["UA", "RU", None]


@pytest.mark.parametrize(
    "sentence,lemma",
    [
        ("The ministry confirmed that the frigate had sunk.", "confirm"),
        ("The general acknowledged that the troops had withdrawn.", "acknowledge"),
        ("The spokesman insisted that no civilians were harmed.", "insist"),
        ("Kyiv alleged that Moscow had used phosphorus munitions.", "allege"),
        ("He told Reuters that the offensive had stalled.", "tell"),
    ],
)
def test_cue_lemmas(nlp, sentence, lemma):
    assert only(nlp, sentence).cue == lemma


def test_headline_name_colon_statement(nlp):
    c = only(
        nlp,
        "Stoltenberg: NATO allies will send more air defence systems to Ukraine\n\nThe alliance met in Brussels.",
    )
    assert c.cue == ":"
    assert c.speaker.text == "Stoltenberg"
    assert c.speaker.side == "NATO"
    assert c.content.text == "NATO allies will send more air defence systems to Ukraine"


def test_passive_expectation_has_no_speaker(nlp):
    c = only(nlp, "The Russian offensive is widely expected to begin before the anniversary of the invasion.")
    assert c.cue == "expect"
    assert c.speaker is None
    assert c.content.text.startswith("The Russian offensive")


def test_medium_after_the_cue_is_part_of_the_cue(nlp):
    c = only(nlp, "Ukraine's defence ministry said in a statement that two Russian jets had been shot down.")
    assert c.cue_span.text == "said in a statement"
    assert c.cue == "say"
    assert c.content.text == "that two Russian jets had been shot down"


def test_declined_to_comment_is_a_withheld_statement(nlp):
    c = only(nlp, "A spokesman for the Russian defence ministry declined to comment.")
    assert c.cue == "decline" and c.strength == "neutral"
    assert c.speaker.text == "A spokesman for the Russian defence ministry"
    assert c.content.text == "to comment"
    # Refusing to act is not speech.
    assert claims(nlp, "The garrison refused to withdraw from the plant.") == []


def test_seem_and_appear_are_the_reporters_hedge(nlp):
    c = only(nlp, "Russian forces appear to have withdrawn from the village of Pisky.")
    assert c.speaker is None and c.cue == "appear" and c.strength == "hedge"
    assert c.content.text == "Russian forces appear to have withdrawn from the village of Pisky"
    # "appeared" without a complement is not a hedge.
    assert claims(nlp, "Zelenskiy appeared at a press conference in Kyiv on Monday.") == []


def test_evidence_shown_by_a_record(nlp):
    c = only(nlp, "Satellite images showed dozens of craters near the airfield at Saky.")
    assert c.cue == "show" and c.strength == "source"
    assert c.speaker.text == "Satellite images"
    assert c.content.text == "dozens of craters near the airfield at Saky"
    # Fighting verbs are not stances: defending an area is no claim.
    assert claims(nlp, "Ukrainian forces continue to defend the area around Bakhmut.") == []
    assert claims(nlp, "The brigade showed great courage near Bakhmut.") == []


def test_call_for_a_clause(nlp):
    c = only(nlp, "Zelenskiy is calling for the West to send fighter jets to Ukraine.")
    assert c.cue_span.text == "is calling for"
    assert c.content.text == "the West to send fighter jets to Ukraine"


def test_views_voiced_inside_a_quotation_belong_to_it(nlp):
    c = only(
        nlp,
        "“We have the guns dug in but I think we need to widen the minefields,” Syrskyi said.",
    )
    assert c.speaker.text == "Syrskyi"
    assert c.quote == "direct"
    assert c.content.text.startswith("“We have the guns") and c.content.text.endswith("minefields,”")


def test_speaker_mention_leaves_out_its_date_and_the_headline_before_it(nlp):
    c = only(nlp, "The governor of Kherson on Tuesday said that the bridge had been hit twice.")
    assert c.speaker.text == "The governor of Kherson"
    found = claims(nlp, "Blasts in Odesa\n\nThe city's mayor said that three drones had been shot down.")
    assert [c.speaker.text for c in found] == ["The city's mayor"]


def test_claimed_responsibility(nlp):
    c = only(nlp, "Islamic State claimed responsibility for the attack on the checkpoint.")
    assert c.cue == "claim" and c.strength == "assertive"
    assert c.speaker.text == "Islamic State"
    assert c.content.text == "responsibility for the attack on the checkpoint"


def test_labels_before_a_colon_are_not_speakers(nlp):
    assert claims(nlp, "Editor's note: Russian forces have shelled Kharkiv every night this week.") == []
    assert claims(nlp, "Q: Will Ukraine get more fighter jets from its allies this spring?") == []


def test_a_thing_called_x_is_no_speech(nlp):
    assert claims(nlp, 'Her daughter has written a book called "Women Who Work" about the war.') == []


def test_cue_nouns_with_a_that_clause(nlp):
    c = only(nlp, "Moscow's accusation that Ukrainian saboteurs had crossed the border drew scorn in Kyiv.")
    assert c.cue == "accusation" and c.strength == "assertive"
    assert c.speaker.text == "Moscow's"  # as written; the name drops the possessive
    assert c.speaker.name == "Moscow" and c.speaker.side == "RU"
    assert c.content.text == "that Ukrainian saboteurs had crossed the border"
    c = only(nlp, "The general's view that the front would hold by spring proved wrong.")
    assert c.cue == "view" and c.strength == "belief"
    assert c.content.text == "that the front would hold by spring"


def test_cue_the_parse_hangs_under_its_own_content(nlp):
    text = "The visit comes three days after the governor told reporters the bridge was still standing."
    (c,) = [c for c in find_claims(nlp(text)) if c.cue == "tell"]
    assert c.speaker.text == "the governor"
    assert c.content.text == "the bridge was still standing"


def test_text_speaks_for_whoever_put_it_out(nlp):
    c = only(nlp, "The ministry released a statement saying that the convoy had reached Kherson.")
    assert c.speaker.text == "The ministry"
    assert c.content.text == "that the convoy had reached Kherson"
    assert c.cue_span.text == "released a statement saying"


def test_purpose_infinitive_inherits_the_speaker(nlp):
    c = only(nlp, "The minister appeared before reporters to discuss the offensive in the east.")
    assert c.speaker.text == "The minister"
    assert c.cue == "discuss"


def test_speaker_opening_a_paragraph_glued_to_the_headline(nlp):
    text = (
        "Governor Says Shelling Hit Power Plant\n"
        "Serhiy Haidai said the shelling had cut power to three towns in the region."
    )
    (c,) = [c for c in find_claims(nlp(text)) if c.cue_span.text == "said"]
    assert c.speaker.text == "Serhiy Haidai"
    assert c.content.text == "the shelling had cut power to three towns in the region"


def test_speaker_the_parse_hangs_on_the_noun_before_it(nlp):
    text = (
        "In a statement to the newspaper, her senior adviser, Jake Sullivan, said: "
        "\u201cThe alliance will hold.\u201d"
    )
    c = only(nlp, text)
    assert c.speaker.text.startswith("her senior adviser, Jake Sullivan")
    assert c.content.text == "\u201cThe alliance will hold.\u201d"


def test_cue_chain_with_an_infinitive(nlp):
    c = only(nlp, "The minister continued to insist that no troops had crossed the border.")
    assert c.cue == "insist"
    assert c.cue_span.text == "continued to insist"
    assert c.content.text == "that no troops had crossed the border"
    c = only(nlp, "He went on to say that the front would hold.")
    assert c.cue_span.text == "went on to say"


def test_cue_keeps_its_preposition(nlp):
    c = only(nlp, "The governor called on residents to leave the city.")
    assert c.cue_span.text == "called on"
    assert c.content.text == "residents to leave the city"
    c = only(nlp, "The commander said Tuesday that the town would hold.")
    assert c.cue_span.text == "said Tuesday"
    assert c.content.text == "that the town would hold"


def test_focus_adverb_is_not_part_of_the_speaker(nlp):
    c = only(nlp, "Even Republicans warned that the deal was a trap.")
    assert c.speaker.text == "Republicans"


def test_headline_name_before_a_colon(nlp):
    c = only(nlp, "Kuleba: Ukraine will not trade territory for peace")
    assert c.speaker.text == "Kuleba"
    assert c.content.text == "Ukraine will not trade territory for peace"
    assert find_claims(nlp("Watch: Russian tanks roll into the town")) == []


def test_inverted_cue_after_an_unquoted_clause(nlp):
    text = (
        "The loss of the bridge marks the beginning of the end for the garrison, "
        "said Oleh Zhdanov, a military analyst in Kyiv."
    )
    c = only(nlp, text)
    assert c.speaker.text.startswith("Oleh Zhdanov")
    assert c.content.text == "The loss of the bridge marks the beginning of the end for the garrison"


def test_partial_quote_continuing_after_attribution_is_one_claim(nlp):
    text = (
        'Whatever route he chooses, Sanders "has become a leader of the movement," Sroka said. '
        '"This movement now has two leaders."'
    )
    c = only(nlp, text)
    assert c.content.start == 0 and c.content.end == len(text)
    assert c.speaker.text == "Sroka"


def test_cue_opening_a_paragraph_does_not_take_the_quote_before_it(nlp):
    text = (
        "\u201cHe'll still get coverage,\u201d he said. \u201cYou guys will cover him everywhere.\u201d"
        "\n\nThat adds its own pressure to the campaign."
    )
    c = only(nlp, text)
    assert c.cue == "say"
    assert c.content.text.endswith("everywhere.\u201d")


def test_one_word_direct_answer(nlp):
    text = 'Asked whether he would fire the speechwriter, Priebus said, "Probably."'
    c = next(c for c in claims(nlp, text) if c.cue == "say")
    assert c.content.text == '"Probably."'
    assert c.speaker.text == "Priebus"


def test_quote_opened_straight_and_closed_curly(nlp):
    text = '"You have a man who has been planning this offensive for months. That\u2019s Gerasimov,\u201d Budanov said.'
    c = only(nlp, text)
    assert c.quote == "direct"
    assert c.content.start == 0 and c.speaker.text == "Budanov"


def test_relative_clause_cue_says_its_noun(nlp):
    text = "The company faces a probe the agency said was ongoing."
    c = next(c for c in claims(nlp, text) if c.cue == "say")
    assert c.content.text == "a probe the agency said was ongoing"
    assert c.speaker.text == "the agency"


def test_relative_word_that_speaks_is_not_content(nlp):
    text = "The council includes a deputy who has often promised to halt every fuel export."
    c = next(c for c in claims(nlp, text) if c.cue == "promise")
    assert c.content.text == "to halt every fuel export"


def test_description_of_a_name_after_the_content_is_the_reporters(nlp):
    text = "The mayor never mentioned Petrenko, who trailed the governor by more than 20 points."
    c = only(nlp, text)
    assert c.content.text == "Petrenko"


def test_what_the_speaker_was_doing_is_not_part_of_the_speaker(nlp):
    text = "Jack Watling, writing in The Guardian, noted that the front had stabilised."
    c = only(nlp, text)
    assert c.speaker.text == "Jack Watling"
    assert c.content.text == "that the front had stabilised"


def test_parenthetical_cue_reports_the_sentence_around_it(nlp):
    text = "The brigade was due for rotation. Instead, she said, the general told them they would stay another month."
    (c,) = claims(nlp, text)
    assert c.cue == "say" and c.speaker.text == "she"
    assert c.content.text == "Instead, she said, the general told them they would stay another month"


def test_opening_phrase_before_x_said_quote_is_not_content(nlp):
    text = "On Tuesday, he said, \u201cI never promised to rebuild the school.\u201d"
    c = only(nlp, text)
    assert c.content.text == "\u201cI never promised to rebuild the school.\u201d"


def test_subordinate_cue_does_not_report_its_main_clause(nlp):
    text = "Although he thanked the volunteer medics for evacuating him, he struck a sombre tone."
    found = claims(nlp, text)
    thank = next(c for c in found if c.cue == "thank")
    assert thank.content.text == "the volunteer medics for evacuating him"
    assert not any("sombre tone" in c.content.text for c in found)


def test_remarks_on_a_day_are_not_remarks_about_it(nlp):
    text = "Charles Chamberlain, the group's director, praised Clinton's remarks on Thursday."
    c = only(nlp, text)
    assert c.cue == "praise"
    assert c.content.text == "Clinton's remarks on Thursday"


def test_source_keeps_only(nlp):
    c = only(nlp, "Only two Democrats said they would vote against the bill.")
    assert c.speaker.text == "Only two Democrats"


def test_speaker_of_a_cue_after_likely_to(nlp):
    c = only(nlp, "Frontline officers were more likely to say Kupiansk still has a chance of holding.")
    assert c.speaker.text == "Frontline officers"


def test_object_of_lead_to_is_the_holder(nlp):
    text = "The blackout leads many grid engineers to suspect that the substation was hit."
    c = next(c for c in claims(nlp, text) if c.cue == "suspect")
    assert c.speaker.text == "many grid engineers"


def test_clause_conjoined_after_the_reported_one_goes_on_with_it(nlp):
    text = "She said she did not have the numbers, and people were still using the tool on Saturday."
    c = only(nlp, text)
    assert c.content.text == "she did not have the numbers, and people were still using the tool on Saturday"


def test_conjoined_act_without_a_clause_stays_in_the_content(nlp):
    text = "He said the ministry met with the commander of the brigade and cited a list of complaints about the rations."
    c = next(c for c in claims(nlp, text) if c.cue == "say")
    assert c.content.text.endswith("a list of complaints about the rations")


def test_colon_then_the_next_paragraph(nlp):
    text = "In a speech last July, he said:\n\nLet no one be mistaken, this candidacy is a cancer on conservatism.\n\nOthers agreed."
    c = next(c for c in claims(nlp, text) if c.cue == "say")
    assert c.content.text == "Let no one be mistaken, this candidacy is a cancer on conservatism"


def test_subject_the_parse_hangs_on_the_cue_is_content(nlp):
    c = only(nlp, "Budanov argued his plan to increase drone production for the front is especially urgent.")
    assert c.content.text == "his plan to increase drone production for the front is especially urgent"


def test_according_to_keeps_the_lead_in_clause(nlp):
    text = (
        "Counting her superdelegates, Clinton is 71 delegates short of the nomination, according to the AP."
    )
    c = only(nlp, text)
    assert c.content.text == "Counting her superdelegates, Clinton is 71 delegates short of the nomination"


def test_reported_clause_goes_on_in_the_quote_after_it(nlp):
    text = (
        "He said the region would matter more than ever.\n\n"
        "\u201cThat is because this region is home to half the world\u2019s people.\u201d\n\nThe talks ended."
    )
    c = next(c for c in claims(nlp, text) if c.cue == "say")
    assert c.content.text.startswith("the region would matter")
    assert c.content.text.endswith("world\u2019s people.\u201d")
    assert len(claims(nlp, text)) == 1


def test_passive_stance_with_its_agent(nlp):
    c = only(nlp, "The ceasefire proposal was rejected by the defence ministry on Monday.")
    assert c.cue == "reject"
    assert c.speaker.text == "the defence ministry"
    assert c.content.text == "The ceasefire proposal"


def test_then_belongs_to_the_cue_but_when_does_not(nlp):
    c = only(nlp, "The governor then said that the evacuation would continue.")
    assert c.cue_span.text == "then said"
    c = next(
        c
        for c in claims(nlp, "When asked about the convoy, the governor said it had arrived.")
        if c.cue == "say"
    )
    assert c.cue_span.text == "said"


def test_speaker_mention_never_starts_inside_the_quote_before_it():
    from sitrep.claims.attribute import Attribution, _source_after_quote, quote_spans

    text = "\u201cThat is a legitimate concern,\u201d Sarandon, 69, said."
    quotes = quote_spans(text)
    att = Attribution(cue=(46, 50), lemma="say", source=(0, 44), content=[quotes[0]], source_token=9)
    _source_after_quote(att, quotes, text)
    assert text[att.source[0] : att.source[1]] == "Sarandon, 69"


def test_doubled_apostrophe_quote_closing_after_an_inner_quote():
    from sitrep.claims.attribute import quote_spans

    text = "''Most of them would be satisfied with 'We will bomb them,''' he said."
    (span,) = quote_spans(text)
    assert text[span[0] : span[1]] == "''Most of them would be satisfied with 'We will bomb them,'''"


def test_relative_word_as_the_object_of_a_stance(nlp):
    text = (
        "He would target the accreditation bodies, which he called \u201ca cartel for higher education.\u201d"
    )
    c = next(c for c in claims(nlp, text) if c.cue == "call")
    assert c.content.text.startswith("which he called")
    assert c.speaker.text == "he"


def test_stance_on_a_thing_named_before(nlp):
    text = "The governor signed the law on Monday. State business leaders decried it."
    c = next(c for c in claims(nlp, text) if c.cue == "decry")
    assert c.content.text == "it"
    assert c.speaker.text == "State business leaders"


def test_a_thing_that_offers_a_benefit_is_no_speaker(nlp):
    from sitrep.claims.stage import find_claims

    found = find_claims(nlp("The capture of the city could offer Russia a boost after months of losses."))
    assert found == []
    found = find_claims(nlp("Bakhmut's conquest could offer Russia a boost."))
    assert found == []
    found = find_claims(nlp("The Kremlin offered Kyiv a ceasefire over the holiday."))
    assert [c.speaker.text for c in found] == ["The Kremlin"]


def test_a_thing_that_claims_to_be_something_is_purported_not_a_speaker(nlp):
    from sitrep.claims.stage import find_claims

    found = find_claims(
        nlp("Children were held in camps whose main objective claimed to be ideological re-education.")
    )
    assert found == []
    found = find_claims(nlp("The video claimed to be footage of the strike on the port."))
    assert found == []
    found = find_claims(nlp("The caller claimed to be a police officer."))
    assert [c.speaker.text for c in found] == ["The caller"]
    found = find_claims(nlp("The man claimed to be a volunteer from Kharkiv."))
    assert [c.speaker.text for c in found] == ["The man"]


def test_a_second_cue_the_parse_hangs_on_an_infinitive_is_its_own_claim(nlp):
    from sitrep.claims.stage import find_claims

    found = find_claims(
        nlp(
            'Russia describes the attack as a "special military operation" to combat security concerns '
            "and claims NATO is becoming more and more hostile to Russia."
        )
    )
    assert [(c.cue, c.content.text) for c in found] == [
        ("describe", 'the attack as a "special military operation" to combat security concerns'),
        ("claim", "NATO is becoming more and more hostile to Russia"),
    ]
    assert found[1].speaker.text == "Russia"


def test_a_speech_act_the_text_says_was_not_made_is_no_claim_in_the_record(nlp):
    text = (
        "Russia's defence ministry said on Saturday that its troops near Izium had been regrouped. "
        "It did not describe the move as a retreat."
    )
    record_claims = find_claims(nlp(text), withheld=False)
    assert [c.cue for c in record_claims] == ["say"]
    # attribution corpora annotate the withheld act, so the plain reading keeps it
    assert [c.cue for c in find_claims(nlp(text))] == ["say", "describe"]


def test_a_clause_the_parse_splits_off_the_cue_stays_in_the_content(nlp):
    c = only(
        nlp,
        "A senior U.S. government official stated on January 20 that Washington was recommending "
        "Ukraine delay a significant operation until the most recent shipment of American weapons "
        "is in place and training has been given.",
    )
    assert c.content.text.startswith("that Washington was recommending Ukraine delay a significant operation")
    assert c.content.text.endswith("training has been given")


def test_a_quotation_across_its_cue_and_the_next_paragraph_is_one_claim_per_piece(nlp):
    text = (
        '"During the offensive the Ukrainian troops randomly retreated to a distance of up to 3 km '
        'from the previously occupied lines," the ministry declared on the Telegram messaging app.\n\n'
        '"Even the more fortified second line of defense of the enemy could not hold the breakthrough."'
    )
    found = find_claims(nlp(text), withheld=False)
    assert [c.id for c in found] == ["c1", "c2"]
    first, second = found
    assert first.content.text.startswith('"During') and first.content.text.endswith('lines,"')
    assert second.content.text.startswith('"Even') and "declared" not in second.content.text
    assert first.speaker.text == second.speaker.text == "the ministry"


def test_a_bare_armed_body_takes_the_side_of_the_reports_only_military_speakers(nlp):
    text = (
        "Russian drones struck grain terminals in the Odesa region overnight, Ukraine's southern military "
        "command said on Wednesday.\n\nAir defences shot down 23 of the 37 drones launched, the air force "
        "said.\n\nMoscow said the strikes were retaliation for an attack on the Crimean bridge."
    )
    sides = {c.speaker.text: c.speaker.side for c in find_claims(nlp(text))}
    assert sides["the air force"] == "UA"

    # with both sides' armies speaking, a bare "the army" is not guessed
    def claim(speaker, side):
        return Claim("c", Speaker(speaker, 0, 1, None, side), "say", "indirect", Span("x", 0, 1))

    claims = [
        claim("Russia's defence ministry", "RU"),
        claim("Ukraine's General Staff", "UA"),
        claim("the army", None),
    ]
    _bare_military_sides(claims)
    assert claims[2].speaker.side is None


def test_a_sentence_of_nested_cues_is_read_only_up_to_the_cap(nlp):
    """Untrusted text: 'A says B says C says ...' would cost the square of its length."""
    from sitrep.claims.attribute import MAX_PER_SENTENCE, find_attributions

    text = "Officials said " + " ".join(["the governor says"] * 200) + " the shelling stopped."
    found = find_attributions(nlp(text))
    assert 1 <= len(found) <= MAX_PER_SENTENCE
    first = min(found, key=lambda a: a.cue[0])
    assert text[slice(*first.cue)] == "said" and text[slice(*first.source)] == "Officials"
