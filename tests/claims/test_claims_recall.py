"""Round 5 constructions: portrayals with "as", reports with an object or a "by" agent, headlines."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_portrayed_as_is_a_claim_and_needs_as(nlp):
    (c,) = claims(
        nlp, "The Russian defence ministry portrayed the withdrawal from Kherson as a regrouping of forces."
    )
    assert c.cue == "portray"
    assert c.strength == "assertive"
    assert c.speaker.text == "The Russian defence ministry"
    assert c.content.text == "the withdrawal from Kherson as a regrouping of forces"
    # Painting a wall or casting a ballot portrays nothing.
    assert claims(nlp, "Volunteers painted the shelter walls in Kharkiv.") == []
    assert claims(nlp, "Residents of Zaporizhzhia cast their ballots under guard.") == []


def test_cast_himself_as(nlp):
    (c,) = claims(nlp, "Prigozhin has cast himself as the only commander who can take Bakhmut.")
    assert c.cue == "cast"
    assert c.speaker.text == "Prigozhin"
    assert c.content.text.startswith("himself as the only commander")


def test_reported_with_an_object(nlp):
    (c,) = claims(nlp, "On Tuesday, the Ukrainian general staff reported 23 Russian air strikes.")
    assert c.cue == "report"
    assert c.speaker.text == "the Ukrainian general staff"
    assert c.content.text == "23 Russian air strikes"


def test_reported_by_an_agent(nlp):
    (c,) = claims(nlp, "The explosion at the Crimean bridge was first reported by a Telegram channel.")
    assert c.cue == "report"
    assert c.speaker.text == "a Telegram channel"
    assert c.content.text == "The explosion at the Crimean bridge"


def test_title_case_headline(nlp):
    text = (
        "Kremlin Denies Drone Strike On Moscow Tower.\n\n"
        "Russia's government said on Tuesday that air defences had shot down all the drones."
    )
    found = claims(nlp, text)
    head = found[0]
    assert head.cue_span.text == "Denies"
    assert head.cue == "deny"
    assert head.speaker.text == "Kremlin"
    assert head.content.text == "Drone Strike On Moscow Tower"
    assert len(found) == 2  # the body's claim is still found


def test_headline_after_a_label_and_with_a_preposition(nlp):
    text = "LIVE: Zelenskiy Calls On Allies To Send Fighter Jets.\n\nThe president spoke in Kyiv."
    head = claims(nlp, text)[0]
    assert head.cue_span.text == "Calls On"
    assert head.speaker.text == "Zelenskiy"
    assert head.content.text == "Allies To Send Fighter Jets"


def test_headline_without_a_cue_gives_nothing(nlp):
    text = "Missiles Hit Power Station In Kharkiv.\n\nThe strike cut power to thousands."
    assert claims(nlp, text) == []


def test_a_text_that_reads(nlp):
    (c,) = claims(nlp, "The post on the ministry's Telegram channel reads: “The enemy has been pushed back.”")
    assert c.cue == "read"
    assert c.speaker.text == "The post on the ministry's Telegram channel"
    assert c.content.text == "“The enemy has been pushed back.”"
    assert claims(nlp, "The soldiers read the leaflets dropped over the trenches.") == []


def test_compared_to_needs_a_speaker_and_a_term(nlp):
    (c,) = claims(nlp, "Zelenskiy compared the strike on the theatre to the bombing of Guernica.")
    assert c.cue == "compare"
    assert c.speaker.text == "Zelenskiy"
    assert c.content.text == "the strike on the theatre to the bombing of Guernica"
    assert claims(nlp, "A new study compares casualty counts with satellite imagery.") == []


def test_posted_an_object(nlp):
    (c,) = claims(nlp, "The regional governor posted a video of the damaged school on Telegram.")
    assert c.cue == "post"
    assert c.speaker.text == "The regional governor"
    assert c.content.text.startswith("a video of the damaged school")


def test_as_reuters_reported(nlp):
    (c,) = claims(nlp, "As Reuters reported on Monday, the Antonivskyi bridge was hit by two rockets.")
    assert c.speaker.text == "Reuters"
    assert c.cue == "report"
    assert c.content.text == "the Antonivskyi bridge was hit by two rockets"


def test_as_the_general_put_it(nlp):
    (c,) = claims(nlp, "As the general put it: “The front line is holding.”")
    assert c.cue_span.text == "put it:"  # the colon opening the quotation is written with its cue
    assert c.speaker.text == "the general"
    assert c.content.text == "“The front line is holding.”"


def test_as_a_time_is_no_source(nlp):
    assert claims(nlp, "Sirens sounded in Kyiv as the minister spoke to parliament.") == []
    # "as he said he would": a manner clause, the pronoun gives the clause no source
    found = claims(nlp, "The governor left the city, just as he said he would.")
    assert all(c.content.text != "The governor left the city" for c in found)
    # "as the talks continue": a time; the clause it modifies is the reporter's own
    assert (
        claims(
            nlp, "As the talks on grain exports continue, the minister is in Berlin to meet his counterpart."
        )
        == []
    )
    (c,) = claims(nlp, "As the ministry pointed out, the front near Kupiansk is quiet.")
    assert c.speaker.text == "the ministry" and c.content.text == "the front near Kupiansk is quiet"


def test_reportedly_is_hearsay_without_a_speaker(nlp):
    (c,) = claims(nlp, "Russian forces reportedly withdrew from the village of Klishchiivka on Sunday.")
    assert c.cue == "reportedly"
    assert c.strength == "hedge"
    assert c.speaker is None
    assert c.content.text == "Russian forces reportedly withdrew from the village of Klishchiivka on Sunday"


def test_allegedly_stops_before_the_next_clause(nlp):
    found = claims(
        nlp, "Wagner fighters allegedly executed two prisoners near Soledar, and the army denied it."
    )
    hedge = next(c for c in found if c.cue == "allegedly")
    assert hedge.content.text == "Wagner fighters allegedly executed two prisoners near Soledar"
    assert any(c.cue == "deny" for c in found)
    # In a relative clause the adverb describes a thing; nobody is reported.
    assert claims(nlp, "Police found the rifle he allegedly used in the attack.") == []


def test_allegations_made_against(nlp):
    (c,) = claims(nlp, "The Kremlin made the same allegations against the Ukrainian army in March.")
    assert c.cue_span.text == "made the same allegations against"
    assert c.speaker.text == "The Kremlin"
    assert c.content.text == "the Ukrainian army"


def test_a_possessive_request_for(nlp):
    found = claims(nlp, "Kyiv's request for more air defence systems went unanswered for weeks.")
    (c,) = [c for c in found if c.cue == "request"]
    assert c.speaker.text == "Kyiv's"
    assert c.speaker.name == "Kyiv"
    assert c.content.text == "more air defence systems"


def test_called_her_a_name_when_the_parse_loses_the_object(nlp):
    found = claims(nlp, "Peskov dismissed the report, called her “a provocateur” and left the briefing.")
    call = next(c for c in found if c.cue == "call")
    assert call.speaker.text == "Peskov"
    assert call.content.text == "her “a provocateur”"


def test_inverted_headline_said_after_the_content(nlp):
    text = "Bakhmut Still Holding, Zelenskiy Says.\n\nThe president spoke in Kyiv on Monday."
    head = claims(nlp, text)[0]
    assert head.cue_span.text == "Says"
    assert head.speaker.text == "Zelenskiy"
    assert head.content.text == "Bakhmut Still Holding"
    plural = claims(nlp, "Missiles Hit Kharkiv Power Plant, Officials Say.\n\nThe strike cut power.")[0]
    assert plural.speaker.text == "Officials"
    assert plural.content.text == "Missiles Hit Kharkiv Power Plant"


def test_headline_with_two_verbs_gives_no_speaker_from_the_first(nlp):
    text = "Zelenskiy Visits Troops, Promises Jets.\n\nThe president met soldiers near Bakhmut."
    # the words before "Promises" end in a comma: no name, and the rule does not guess one
    assert claims(nlp, text) == []


def test_inverted_headline_after_a_quotation(nlp):
    text = "‘The Grid Will Hold This Winter,’ Energy Minister Tells Parliament\n\nThe minister spoke in Kyiv."
    head = claims(nlp, text)[0]
    assert head.cue_span.text == "Tells"
    assert head.speaker.text == "Energy Minister"
    assert head.content.text == "‘The Grid Will Hold This Winter,’"


def test_plural_nouns_in_headlines_are_no_cue_verbs(nlp):
    for head in (
        "Peace Talks Stall In Istanbul",
        "Empty Promises From Moscow",
        "Ceasefire Calls Grow Louder",
        "Kremlin Demands Rejected By Kyiv",
    ):
        assert claims(nlp, head + "\n\nThe body of the story follows here.") == [], head
    (c,) = claims(nlp, "Kremlin Demands Guarantees From Nato\n\nThe body of the story follows here.")
    assert c.cue == "demand" and c.speaker.text == "Kremlin"
    assert c.content.text == "Guarantees From Nato"


def test_a_topic_label_before_a_colon_is_no_speaker(nlp):
    text = "Russia-Ukraine war: what we know on day 200 of the invasion\n\nThe body of the story follows."
    assert claims(nlp, text) == []
    (c,) = claims(nlp, "Kuleba: Russia is losing the war in the south\n\nThe body of the story follows.")
    assert c.speaker.text == "Kuleba" and c.content.text == "Russia is losing the war in the south"


def test_headline_forms_that_are_no_speaker_and_cue(nlp):
    body = "\n\nThe body of the story follows here."
    for head in (
        "Russia Cuts Gas Flow to Europe, Intensifying Fears It Is Weaponizing Fuel",  # a participle clause
        "In Space, U.S.-Russian Cooperation Finds a Way Forward",  # an adverbial opener
        "Blinken Speaks to Russia’s Foreign Minister",  # whom he spoke to, not what
    ):
        assert claims(nlp, head + body) == [], head
    # a hyphen inside a word is no headline break; a subordinator is not part of the speaker
    (c,) = claims(nlp, "Kremlin Denies Drone Strike On Moscow High-Rise" + body)
    assert c.speaker.text == "Kremlin" and c.content.text == "Drone Strike On Moscow High-Rise"
    (c,) = claims(nlp, "As Kyiv Demands Jets, Allies Hesitate" + body)
    assert c.speaker.text == "Kyiv" and c.content.text == "Jets"


def test_an_as_clause_with_its_own_object_reports_nothing(nlp):
    assert claims(nlp, "As Moscow demands guarantees, troops dig in near Bakhmut.") == []
    # whom one tells is no such object
    (c,) = claims(nlp, "As he told reporters, the front near Kupiansk is stable.")
    assert c.content.text == "the front near Kupiansk is stable"
