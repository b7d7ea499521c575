"""Relayed speech: "X said …, according to Z" keeps both speakers. Z's claim is the whole report (as
PolNeAR annotates the outer attribution); X's claim is what X said, without the "according to" phrase,
and its `via` names Z's claim. Markings and denials apply to the account as one."""

from __future__ import annotations

from sitrep.record import validate


def claims_of(pipeline, text):
    record = pipeline(text, published="2023-02-15")
    validate(record.to_dict())
    return record.claims


def by_cue(claims, cue):
    (c,) = [c for c in claims if c.cue == cue]
    return c


def test_direct_quote_then_according_to_keeps_the_quoted_speaker(pipeline):
    found = claims_of(
        pipeline, "“We hold the line,” Syrskyi told soldiers on Monday, according to his office."
    )
    office, syrskyi = by_cue(found, "according to"), by_cue(found, "tell")
    assert office.speaker.text == "his office"
    assert office.content.text == "“We hold the line,” Syrskyi told soldiers on Monday"
    assert syrskyi.speaker.text == "Syrskyi"
    assert syrskyi.quote == "direct"
    assert syrskyi.content.text.startswith("“We hold the line,")
    assert syrskyi.via == office.id and office.via is None


def test_indirect_speech_then_according_to_leaves_the_tail_out_of_the_content(pipeline):
    found = claims_of(
        pipeline,
        "Russia's defence ministry said its forces had taken the village, according to the RIA news agency.",
    )
    ria, ministry = by_cue(found, "according to"), by_cue(found, "say")
    assert ria.speaker.text == "the RIA news agency"
    assert ria.content.text == "Russia's defence ministry said its forces had taken the village"
    assert ministry.speaker.text == "Russia's defence ministry"
    assert ministry.speaker.side == "RU"
    assert ministry.content.text == "its forces had taken the village"
    assert ministry.via == ria.id


def test_according_to_first_then_indirect_speech(pipeline):
    found = claims_of(
        pipeline, "According to the Interfax news agency, the Kremlin's spokesman said the talks had stalled."
    )
    interfax, spokesman = by_cue(found, "according to"), by_cue(found, "say")
    assert interfax.content.text == "the Kremlin's spokesman said the talks had stalled"
    assert spokesman.speaker.text == "the Kremlin's spokesman"
    assert spokesman.content.text == "the talks had stalled"
    assert spokesman.via == interfax.id


def test_according_to_first_then_a_quotation_after_a_colon(pipeline):
    found = claims_of(
        pipeline, "According to state media, Shoigu told officers: “The operation is going to plan.”"
    )
    media, shoigu = by_cue(found, "according to"), by_cue(found, "tell")
    assert media.speaker.text == "state media"
    assert shoigu.speaker.text == "Shoigu"
    assert shoigu.quote == "direct"
    assert shoigu.content.text == "“The operation is going to plan.”"
    assert shoigu.via == media.id


def test_inverted_speaker_after_the_quote_is_relayed_too(pipeline):
    found = claims_of(
        pipeline, "“The city is surrounded,” said Denis Pushilin, according to the TASS news agency."
    )
    tass, pushilin = by_cue(found, "according to"), by_cue(found, "say")
    assert pushilin.speaker.text == "Denis Pushilin"
    assert pushilin.via == tass.id
    assert tass.content.text == "“The city is surrounded,” said Denis Pushilin"


def test_denial_contradicts_the_relayed_claim_not_the_report(pipeline):
    found = claims_of(
        pipeline,
        "Russia's defence ministry said its forces had captured the village of Krasnohorivka, according to "
        "the RIA news agency. Ukraine's General Staff denied that Krasnohorivka had been captured.",
    )
    ria, ministry, denial = by_cue(found, "according to"), by_cue(found, "say"), by_cue(found, "deny")
    assert denial.contradicts == [ministry.id]
    assert ministry.status == "denied"
    assert ria.status == "reported"  # RIA did report what the ministry said


def test_relayed_denial_is_the_denier_s_own(pipeline):
    found = claims_of(
        pipeline,
        "The Wagner group claimed its fighters had captured Soledar. Ukraine's military denied that Wagner "
        "fighters had captured Soledar, according to the Ukrinform news agency.",
    )
    wagner, report, denial = by_cue(found, "claim"), by_cue(found, "according to"), by_cue(found, "deny")
    assert denial.speaker.text == "Ukraine's military"
    assert denial.via == report.id
    assert denial.contradicts == [wagner.id]
    assert report.contradicts == []
    assert wagner.status == "denied"


def test_unverified_marking_after_a_relayed_report_covers_both(pipeline):
    found = claims_of(
        pipeline,
        "Russia's defence ministry said its forces had captured the village of Krasnohorivka, according to "
        "the RIA news agency. Reuters could not independently verify the report.",
    )
    ria, ministry = by_cue(found, "according to"), by_cue(found, "say")
    for c in (ria, ministry):
        assert c.status == "unverified"
        assert c.unverified_by.text == "could not independently verify"


def test_according_to_inside_the_said_clause_is_the_speaker_s_source(pipeline):
    # The ministry cites intelligence: one claim, the ministry's, nothing relayed.
    (c,) = claims_of(pipeline, "The ministry said that, according to intelligence, the troops had withdrawn.")
    assert c.speaker.text == "The ministry"
    assert c.via is None


def test_an_intention_is_no_relayed_speech(pipeline):
    # The governor reads Russia's aim; Russia made no statement.
    (c,) = claims_of(
        pipeline, "Russia intends to recover the communities it gave up, according to the region's governor."
    )
    assert c.speaker.text == "the region's governor"
    assert c.content.text == "Russia intends to recover the communities it gave up"
    assert c.via is None


def test_headline_glued_to_a_sentence_is_not_relayed(pipeline):
    found = claims_of(
        pipeline,
        "First Russian train reaches Kaliningrad, governor says The first train with sanctioned goods has "
        "arrived in Kaliningrad via Lithuania, according to the regional governor.",
    )
    assert all(c.via is None for c in found)
