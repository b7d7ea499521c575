"""Content boundaries (dangling links, dashes, while-clauses) and speaker antecedents on war
reporting: what a fact-checker would correct."""

from __future__ import annotations

from sitrep.claims.attribute import Attribution, _drop_dangling_links
from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_a_dangling_and_goes_with_the_dash_that_closed_an_aside():
    text = "Troops have held 300 people since March – the month the city fell – and more are held."
    end = text.index(" more")  # the parse ended the content on "and"
    att = Attribution(cue=None, lemma="according to", source=None, content=[(0, end)])
    _drop_dangling_links(text, [att])
    assert text[slice(*att.content[0])] == "Troops have held 300 people since March – the month the city fell"
    # A hyphen inside a word is no dash of an aside.
    text = "Officials called it a hit-and-run and"
    att = Attribution(cue=None, lemma="say", source=None, content=[(0, len(text))])
    _drop_dangling_links(text, [att])
    assert text[slice(*att.content[0])] == "Officials called it a hit-and-run"


def test_a_place_or_a_show_of_strength_before_the_subject_is_no_record(nlp):
    assert not claims(nlp, "In Bakhmut, Ukrainian troops held their positions for a third week.")
    assert not claims(nlp, "In a projection of strength, Moscow paraded its tanks on Red Square.")
    (c,) = claims(nlp, "In a video posted on Telegram, the governor said two people were killed.")
    assert (c.cue, c.speaker.text) == ("say", "the governor")


def test_a_description_by_nationality_is_not_an_earlier_group_of_that_nationality(nlp):
    text = (
        "Up to 2,000 Ukrainian soldiers remain inside the plant. The deputy commander said Russian "
        "troops were storming the site, while another Ukrainian officer confirmed the assault on television."
    )
    by_cue = {c.cue: c for c in claims(nlp, text)}
    assert by_cue["confirm"].speaker.name == "another Ukrainian officer"
    assert by_cue["confirm"].speaker.side == "UA"
    # One commander is not the 2,000 soldiers before him: no antecedent of his number.
    assert by_cue["say"].speaker.text == "The deputy commander"
    assert by_cue["say"].speaker.name is None


def test_he_is_the_last_one_person_not_the_last_plural_subject(nlp):
    text = (
        "Zelensky spoke in Kyiv on Friday. Russian soldiers shelled the suburbs overnight. "
        "He said the city would hold."
    )
    (c,) = claims(nlp, text)
    assert c.speaker.name == "Zelensky"


def test_a_description_repeated_from_a_fuller_mention_takes_its_name(nlp):
    text = (
        "The Turkish president, Recep Tayyip Erdoğan, met Putin in Tehran on Tuesday. The talks were "
        "long. The Turkish president later said the grain deal was close."
    )
    (c,) = claims(nlp, text)
    assert c.speaker.name == "The Turkish president, Recep Tayyip Erdoğan"


def test_a_speech_act_in_a_while_clause_before_the_content_s_verb_stays_inside_it(nlp):
    # "while" opens a clause inside what the governor said, ahead of its main verb: no cut.
    text = "The governor said that while officials said the town was safe, residents had fled."
    governor = next(c for c in claims(nlp, text) if c.speaker.text == "The governor")
    assert governor.content.text == "that while officials said the town was safe, residents had fled"
    # After the content's verb it is a second speaker's claim.
    text = "The governor said residents had fled while officials insisted the town was safe."
    by_cue = {c.cue: c for c in claims(nlp, text)}
    assert by_cue["say"].content.text == "residents had fled"
    assert (by_cue["insist"].speaker.text, by_cue["insist"].content.text) == (
        "officials",
        "the town was safe",
    )


def test_a_name_after_according_to_the_governor_is_the_source_s(nlp):
    # The parse takes the name for the clause's subject; it names the governor.
    text = "According to the regional governor, Pavlo Kyrylenko, two people were killed in the strike."
    (c,) = claims(nlp, text)
    assert c.speaker.text == "the regional governor, Pavlo Kyrylenko"
    assert c.content.text == "two people were killed in the strike"
    # A name with an apposition of its own that goes on to speak is the content's subject.
    text = "According to AFP, Leonid Slutsky, a senior negotiator, said the talks would resume."
    c = next(c for c in claims(nlp, text) if c.cue == "according to")
    assert c.speaker.text == "AFP"


def test_a_second_speaker_after_a_dash_and_while_leaves_no_dash(nlp):
    text = (
        "The mayor said 30 homes had been damaged on Sunday – while other officials later said three "
        "people were killed after Russian forces hit a school."
    )
    by_speaker = {c.speaker.text: c for c in claims(nlp, text)}
    assert by_speaker["The mayor"].content.text == "30 homes had been damaged on Sunday"
    assert by_speaker["other officials"].content.text.startswith("three people were killed")


def test_a_photo_credit_is_no_antecedent(nlp):
    # Captions run into the text of scraped articles; the credit names no one who speaks.
    text = (
        "The tanker is blocked from leaving the port, prosecutors said. The tanker Amadea at the wharf "
        "in Lautoka. Photograph: Ivan Kovalenko/FIJI SUN/AFP/Getty Images Last week, police took "
        "control of the tanker. The appeal court granted a stay, a spokeswoman for the prosecutors' "
        "office told AFP. The case returns to court on Thursday, she said."
    )
    she = next(c for c in claims(nlp, text) if c.speaker.text == "she")
    assert she.speaker.name == "a spokeswoman for the prosecutors' office"  # never the credit's Kovalenko
