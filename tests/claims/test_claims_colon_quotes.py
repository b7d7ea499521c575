"""Quotations opened by a colon: the clause before the colon introduces them, whatever its verb,
and the colon is written as part of the cue; a doubled-apostrophe quotation that opens the next
sentence belongs to its own attribution."""

from __future__ import annotations

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text))


def test_any_verb_phrase_before_a_colon_introduces_the_quotation(nlp):
    (c,) = claims(nlp, "Zelensky went even further: “If they attack again, it is the end of their army.”")
    assert c.speaker.text == "Zelensky"
    assert c.cue_span.text == "went even further:"
    assert c.content.text == "“If they attack again, it is the end of their army.”"
    assert c.quote == "direct"


def test_a_statement_released_before_a_colon(nlp):
    text = "The ministry released the following statement: “Our units repelled four assaults near Avdiivka.”"
    (c,) = claims(nlp, text)
    assert c.speaker.text == "The ministry"
    assert c.cue_span.text == "released the following statement:"
    assert c.content.text.startswith("“Our units repelled")


def test_colon_after_a_cue_and_its_medium_is_part_of_the_cue(nlp):
    (c,) = claims(
        nlp, "The regional governor wrote on Telegram: “Two people were killed overnight in Nikopol.”"
    )
    assert c.cue_span.text == "wrote on Telegram:"
    assert c.speaker.text == "The regional governor"
    (c,) = claims(nlp, "The mayor replied sharply, with a shrug: “Our shelters are full every night.”")
    assert c.cue_span.text == "replied sharply, with a shrug:"


def test_colon_after_an_addressee_stays_out_of_the_cue(nlp):
    (c,) = claims(nlp, "Kuleba told the reporters in Brussels: “We need more shells, and we need them now.”")
    assert c.cue_span.text == "told"
    assert c.content.text == "“We need more shells, and we need them now.”"


def test_a_thing_before_a_colon_introduces_no_quotation(nlp):
    # The situation is no speaker: the quotation is the resident's, who says so after it.
    (c,) = claims(nlp, "The night was long: “We had no water and no light,” a resident of Kupiansk said.")
    assert c.speaker.text == "a resident of Kupiansk"
    assert c.cue_span.text == "said"


def test_doubled_apostrophe_quote_opening_the_next_sentence_is_its_own_claim(nlp):
    text = (
        "When the buses finally came, the families were calm, he said, and they carried only bags. "
        "''Nobody panicked at the checkpoint,'' he said.\n\nThe next day was quiet."
    )
    found = claims(nlp, text)
    first = next(c for c in found if c.content.text.startswith("When the buses"))
    assert "Nobody panicked" not in first.content.text
    quote = next(c for c in found if "Nobody panicked" in c.content.text)
    assert quote.content.text == "''Nobody panicked at the checkpoint,''"
    assert quote.speaker.text == "he" and quote.cue == "say"


def test_a_colon_ending_its_paragraph_introduces_the_quotation_of_the_next(nlp):
    text = (
        "After the dam burst, the ministry released the following statement:\n\n"
        "“Our engineers had warned about the spillway for months.”\n\nRepairs began in July."
    )
    (c,) = claims(nlp, text)
    assert c.speaker.text == "the ministry"
    assert c.cue_span.text == "released the following statement:"
    assert c.content.text == "“Our engineers had warned about the spillway for months.”"


def test_a_set_off_phrase_of_where_the_speaker_spoke_is_not_the_speaker(nlp):
    (c,) = claims(nlp, "The mayor of Kherson, in a Facebook post, said that power had been restored.")
    assert c.speaker.text == "The mayor of Kherson"
    (c,) = claims(nlp, "Mr. Tkachenko, of the city council, said that power had been restored.")
    assert c.speaker.text == "Mr. Tkachenko, of the city council,"


def test_a_quotation_taken_from_a_source_before_a_colon(nlp):
    (c,) = claims(
        nlp, "The findings were grim. From the report: “Most shelters in Kharkiv had no heating in January.”"
    )
    assert c.speaker.text == "the report" and c.cue_span.text == ":"
    assert c.content.text == "“Most shelters in Kharkiv had no heating in January.”"
    (c,) = claims(
        nlp,
        "Why it matters - More from Professor Hill: “Without power, the pumps stop and the taps run dry.”",
    )
    assert c.speaker.text == "Professor Hill"
    # A place after "from" is where the report comes from.
    (c,) = claims(nlp, "From Kherson: “The sirens sounded twice overnight.”")
    assert c.speaker is None


def test_colon_hung_on_a_phrase_or_on_the_quotation_s_verb(nlp):
    (c,) = claims(nlp, "The general leaned in and boomed: “We will hold this line through the winter.”")
    assert c.speaker.text == "The general" and c.cue_span.text == "boomed:"
    text = "The Central Election Commission was conclusive in its findings: “No further count is needed in Zaporizhzhia.”"
    (c,) = claims(nlp, text)
    assert c.speaker.text == "The Central Election Commission"
    assert c.cue_span.text == "was conclusive in its findings:"
