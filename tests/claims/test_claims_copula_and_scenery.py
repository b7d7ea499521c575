"""Round 12: 'X's reply was that …' nouns, the copula in the cue, a speaker phrase that stops at its
verb, and the clause after a speech verb preferred over scenery the parse hangs before the subject."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_reply_and_response_is_that(nlp):
    for noun in ("reply", "response", "answer", "line"):
        (c,) = claims(nlp, f"The Kremlin's {noun} was that the strike had hit only military targets.")
        assert c.speaker.text == "The Kremlin's"
        assert c.cue_span.text == f"{noun} was"
        assert c.content.text == "that the strike had hit only military targets"


def test_cue_noun_is_that_keeps_the_copula_in_the_cue(nlp):
    (c,) = claims(nlp, "Kyiv's argument is that the dam was mined from the Russian side.")
    assert c.cue_span.text == "argument is"
    assert c.content.text == "that the dam was mined from the Russian side"
    (c,) = claims(nlp, "The candidate's pitch to voters is that she alone can fix the economy.")
    assert c.cue_span.text == "pitch to voters is"


def test_answer_and_line_without_a_holder_or_clause_are_no_claims(nlp):
    assert claims(nlp, "The answer was a new artillery brigade on the southern front.") == []
    assert claims(nlp, "Russian troops dug trenches along the line near Kreminna.") == []


def test_speaker_stops_at_its_verb_before_an_apposition(nlp):
    found = claims(
        nlp,
        "Ukraine's military intelligence said Russia was moving reserves toward Bakhmut, a claim Moscow rejected.",
    )
    said = next(c for c in found if c.cue == "say")
    assert said.speaker.text == "Ukraine's military intelligence"
    assert said.content.text == "Russia was moving reserves toward Bakhmut"
    assert said.status == "denied"


def test_clause_after_the_verb_over_scenery_before_the_subject(nlp):
    (c,) = claims(
        nlp,
        "In a statement released shortly after the governor suspended the evacuation, the mayor said "
        "he was certain the bridge would hold.",
    )
    assert c.speaker.text == "the mayor"
    assert c.content.text == "he was certain the bridge would hold"
    found = claims(
        nlp,
        "A strong majority of voters say they are paying attention; 26 percent of Democrats say they have "
        "not been paying much attention.",
    )
    assert [c.content.text for c in found] == [
        "they are paying attention",
        "they have not been paying much attention",
    ]


def test_a_time_clause_after_the_verb_is_not_the_report(nlp):
    (c,) = claims(
        nlp,
        "Russian forces have taken most of the city, the governor of Luhansk has said as heavy fighting "
        "continued around it.",
    )
    assert c.content.text == "Russian forces have taken most of the city"


def test_split_quotation_keeps_both_halves(nlp):
    (c,) = claims(nlp, "“We will not retreat,” the commander said of the town, “because the river is ours.”")
    assert c.content.text.startswith("“We will not retreat,”")
    assert c.content.text.endswith("“because the river is ours.”")


def test_report_inside_a_time_clause(nlp):
    # The parse hangs the 'that' clause inside the 'after …' clause; the 'that' clause is the report.
    (c,) = claims(
        nlp,
        "Turkey, which helped broker the grain deal, said immediately after the missile hits on the port "
        "that it had received assurances from Moscow that Russian forces were not responsible.",
    )
    assert (
        c.content.text
        == "that it had received assurances from Moscow that Russian forces were not responsible"
    )


def test_subject_modifier_taken_for_the_predicate(nlp):
    (c,) = claims(nlp, "Several officials privy to the talks say the ceasefire will hold until Sunday.")
    assert c.speaker.text == "Several officials privy to the talks"
    assert c.content.text == "the ceasefire will hold until Sunday"


def test_participle_after_a_name_read_as_the_whole_sentence(nlp):
    found = claims(
        nlp,
        "Erin Brockovich, the environmental activist and lawyer, endorsed the plan Saturday, saying she had "
        "not yet called for the governor's resignation.",
    )
    saying = next(c for c in found if c.cue == "say")
    assert saying.speaker.text.startswith("Erin Brockovich")
    assert "endorsed" not in saying.speaker.text


def test_subject_participle_taken_for_the_report(nlp):
    (c,) = claims(nlp, "Residents still living in the town say the shelling has not stopped.")
    assert c.speaker.text == "Residents still living in the town"
    assert c.content.text == "the shelling has not stopped"


def test_with_phrase_speaker_keeps_the_clause_the_parse_gives_the_main_verb(nlp):
    # Was: 'The shelling | continued | the town was surrounded'.
    (c,) = claims(
        nlp,
        "The shelling continued, with the governor telling reporters on Thursday the town was surrounded.",
    )
    assert c.speaker.text == "the governor"
    assert c.cue == "tell"
    assert c.content.text == "the town was surrounded"


def test_british_spelling_lambast(nlp):
    (c,) = claims(nlp, "The foreign minister lambasted the West for its hesitation over tanks.")
    assert c.cue == "lambast"
    assert c.strength == "stance"
    assert c.content.text == "the West for its hesitation over tanks"


def test_headline_before_an_inverted_speaker_stays_the_report(nlp):
    # A live-blog headline glued to its first sentence: the clause before "governor says" is what he
    # says, and the sentence after keeps its own "according to" attribution.
    found = claims(
        nlp,
        "First Russian train reaches Kaliningrad, governor says The first train with sanctioned goods has "
        "arrived in Kaliningrad via Lithuania, according to the regional governor.",
    )
    says = next(c for c in found if c.cue == "say")
    assert says.content.text == "First Russian train reaches Kaliningrad"
    according = next(c for c in found if c.cue_span.text == "according to")
    assert according.content.text.startswith("The first train with sanctioned goods")


def test_copula_stays_out_of_the_cue_across_a_long_modifier(nlp):
    (c,) = claims(
        nlp,
        "The main argument to get all E.U. nations on board, despite their different levels of "
        "vulnerability, is that the bloc's economies are so interconnected that a blow to one is a blow to all.",
    )
    assert c.cue_span.text == "argument"
    assert c.content.text.startswith("that the bloc's economies are so interconnected")


def test_with_phrase_speaker_keeps_a_conjunct_the_parse_gives_the_main_verb(nlp):
    (c,) = claims(
        nlp,
        "Russian forces advanced, with the defence ministry telling state media they had captured two villages.",
    )
    assert c.speaker.text == "the defence ministry"
    assert c.content.text == "they had captured two villages"
    # holding the line is no speech, and a conjunct after "and" is the main verb's own
    assert claims(nlp, "The offensive stalled, with the troops holding the line near Kupiansk.") == []
    assert (
        claims(
            nlp,
            "Russian forces advanced, with the defence ministry saying little, and Ukrainian troops retreated.",
        )
        == []
    )


def test_clause_the_parse_hangs_on_once_again(nlp):
    # "once" here is an adverb, not a time clause; the parse hangs the report on "again".
    (c,) = claims(nlp, "Officials say once again that the bridge over the Dnipro is safe.")
    assert c.speaker.text == "Officials"
    assert c.content.text == "that the bridge over the Dnipro is safe"
