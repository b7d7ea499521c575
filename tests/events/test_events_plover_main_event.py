"""PLOVER main-event readings: which event a sentence with several is coded as, and the
intents, yields and protests told without their usual verb. Sentences written for these tests
(international news and war reporting), labelled with their PLOVER type before the rules ran
(round 10: 35 of 40 right before its fixes)."""

from __future__ import annotations

import pytest

from sitrep.events.detect import detect, primary
from sitrep.events.modality import HYPOTHETICAL, NEGATED, modality
from sitrep.record import Article, Record


def _main(nlp, text: str, model=True):
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)), model=model)
    return primary([x for x in found if x.happened], doc, prefer_acled=False) or primary(found, doc, False)


def _type(nlp, text: str) -> str | None:
    d = _main(nlp, text)
    return d.type if d else None


BLIND = [
    (
        "AGREE",
        "The foreign ministers of Armenia and Azerbaijan met in Geneva and agreed to set up a joint border commission.",
    ),
    (
        "AGREE",
        "Hamas said it was ready to release the remaining hostages in exchange for a permanent ceasefire.",
    ),
    (
        "AGREE",
        "The two rebel factions signed a ceasefire deal in Doha on Saturday after weeks of negotiations.",
    ),
    (
        "CONSULT",
        "The Turkish president met his Russian counterpart in Sochi to discuss grain exports through the Black Sea.",
    ),
    ("CONSULT", "Ukrainian and Polish officials held talks in Warsaw on the transit of agricultural goods."),
    (
        "CONSULT",
        "The UN envoy arrived in Tripoli on Monday for a three-day visit aimed at reviving the stalled political process.",
    ),
    (
        "SUPPORT",
        "The European Union praised Moldova's efforts to tackle corruption ahead of membership talks.",
    ),
    ("SUPPORT", "Several Gulf states voiced support for Egypt's mediation between Israel and Hamas."),
    (
        "RETREAT",
        "The military junta in Niger freed the ousted president's son after pressure from regional leaders.",
    ),
    ("CONCEDE", "Facing mass protests, the Serbian government withdrew the controversial mining law."),
    ("AGREE", "Kenya and Somalia agreed to share intelligence on al-Shabaab movements along their border."),
    ("COOPERATE", "Lithuanian police extradited two suspects to Poland over the sabotage of a rail line."),
    ("AID", "Japan announced a 500 million dollar aid package for Ukraine's energy grid."),
    ("AID", "A convoy of trucks carrying food and medicine entered northern Gaza through the Erez crossing."),
    (
        "RETREAT",
        "Russian troops pulled out of the village of Krynky after months of fighting on the left bank of the Dnipro.",
    ),
    ("RETREAT", "Israel lifted its blockade of the port, allowing fuel shipments to resume."),
    (
        "REQUEST",
        "The Red Cross appealed to both sides to allow the evacuation of wounded civilians from Mariupol.",
    ),
    (
        "REQUEST",
        "The Ukrainian foreign minister urged Western allies to speed up deliveries of air defence systems.",
    ),
    ("ACCUSE", "Kyiv accused Moscow of deliberately targeting the country's power plants ahead of winter."),
    (
        "ACCUSE",
        "The prosecutor of the International Criminal Court opened an investigation into alleged war crimes in Darfur.",
    ),
    ("ACCUSE", "China sharply criticised the United States for sending warships through the Taiwan Strait."),
    (
        "REJECT",
        "The Kremlin rejected accusations that its forces had shelled the Zaporizhzhia nuclear plant.",
    ),
    ("REJECT", "Venezuela refused to allow international observers to monitor the presidential election."),
    ("REJECT", "Israel turned down a proposal by Egypt and Qatar for a three-month truce."),
    (
        "THREATEN",
        "North Korea warned that it would take military countermeasures if the joint drills went ahead.",
    ),
    (
        "THREATEN",
        "The Russian president threatened to target Western capitals if long-range missiles were used against Russia.",
    ),
    (
        "PROTEST",
        "Thousands of demonstrators marched through Tbilisi to protest against the foreign agents law.",
    ),
    (
        "PROTEST",
        "Farmers blocked border crossings with tractors in protest at cheap grain imports from Ukraine.",
    ),
    (
        "SANCTION",
        "The United States imposed sanctions on three Iranian companies accused of supplying drones to Russia.",
    ),
    ("SANCTION", "Mali expelled the French ambassador and suspended cooperation with France."),
    (
        "MOBILIZE",
        "Russia massed tens of thousands of troops along the border with Ukraine, satellite images show.",
    ),
    (
        "MOBILIZE",
        "China launched large-scale military drills around Taiwan a day after the new president took office.",
    ),
    ("COERCE", "Belarusian security forces detained dozens of opposition activists in Minsk overnight."),
    ("COERCE", "The Taliban banned women from attending universities across Afghanistan."),
    ("COERCE", "Authorities in Kyrgyzstan seized the assets of an independent news outlet."),
    (
        "ASSAULT",
        "Russian missiles struck an apartment block in Dnipro, killing at least 40 people, officials said.",
    ),
    (
        "ASSAULT",
        "Sudanese paramilitary fighters attacked a displacement camp in North Darfur, killing dozens.",
    ),
    ("ASSAULT", "A roadside bomb hit an army convoy near Kandahar, the provincial police chief said."),
    (
        "ACCUSE",
        "The Polish prime minister blamed Belarus for orchestrating the migrant crisis on the border.",
    ),
    (
        "THREATEN",
        "Azerbaijan's leader said his forces would act if Armenia did not withdraw its troops from the disputed area.",
    ),
]
# an aid convoy told by its cargo and movement ("trucks carrying food ... entered Gaza") has no
# trigger word: the rules find no event in it
KNOWN_MISSES = {
    "A convoy of trucks carrying food and medicine entered northern Gaza through the Erez crossing."
}


@pytest.mark.parametrize(
    ("gold", "text"),
    [
        pytest.param(g, t, marks=pytest.mark.xfail(strict=True, reason="no trigger"))
        if t in KNOWN_MISSES
        else (g, t)
        for g, t in BLIND
    ],
)
def test_blind_batch_sentence_gets_its_plover_type(nlp, gold, text):
    assert _type(nlp, text) == gold


def test_what_a_meeting_produced_is_the_main_event(nlp):
    text = "The foreign ministers of Armenia and Azerbaijan met in Geneva and agreed to set up a joint border commission."
    assert _type(nlp, text) == "AGREE"
    assert (
        _type(
            nlp, "Chinese and Vietnamese negotiators met in Hanoi on Tuesday to discuss the maritime border."
        )
        == "CONSULT"
    )


def test_withdrawing_a_law_is_a_concession_withdrawing_troops_a_retreat(nlp):
    assert (
        _type(nlp, "Facing mass protests, the Serbian government withdrew the controversial mining law.")
        == "CONCEDE"
    )
    assert (
        _type(nlp, "Government forces withdrew from the besieged town under the terms of the truce.")
        == "RETREAT"
    )


def test_withdrawing_peacekeepers_or_envoys_reduces_relations(nlp):
    assert _type(nlp, "The UN withdrew its peacekeepers from the country.") == "SANCTION"


def test_a_crowd_blocking_roads_protests_a_state_closing_a_border_sanctions(nlp):
    text = "Farmers blocked border crossings with tractors in protest at cheap grain imports from Ukraine."
    assert _type(nlp, text) == "PROTEST"
    assert (
        _type(nlp, "Taxi drivers blocked the main roads into the capital to protest fuel price rises.")
        == "PROTEST"
    )
    assert _type(nlp, "Georgia closed its border to imports of Russian goods.") == "SANCTION"


def test_a_conditional_future_act_against_the_other_side_is_a_threat(nlp):
    text = "Azerbaijan's leader said his forces would act if Armenia did not withdraw its troops from the disputed area."
    assert _type(nlp, text) == "THREATEN"
    doc = nlp(text)
    withdraw = next(t for t in doc if t.lower_ == "withdraw")
    assert modality(withdraw) == HYPOTHETICAL  # the condition is no refusal
    assert (
        modality(next(t for t in nlp("Armenia did not withdraw its troops.") if t.lower_ == "withdraw"))
        == NEGATED
    )


def test_readiness_to_act_is_a_stated_intent(nlp):
    assert (
        _type(nlp, "The president expressed his readiness to meet the rebel leader face to face.") == "AGREE"
    )
    assert (
        _type(nlp, "The Taliban expressed willingness to hold talks with the Afghan government.") == "AGREE"
    )


def test_an_act_the_speaker_will_consider_is_offered(nlp):
    assert _type(nlp, "Seoul said it would consider lifting restrictions on aid to the North.") == "AGREE"


def test_a_pledge_of_aid_is_no_threat(nlp):
    text = "The European Union will provide 20 million euros in humanitarian assistance to Yemen."
    assert _type(nlp, text) in ("AGREE", "AID")


def test_an_act_told_as_what_came_before_does_not_type_the_main_event(nlp):
    assert _type(nlp, "The authorities imposed a curfew in the city after the riots.") == "COERCE"


def test_weapons_handed_in_are_disarmament(nlp):
    assert _type(nlp, "The militia handed in their weapons to UN peacekeepers.") == "RETREAT"


def test_a_call_renewed_by_a_political_body_is_a_request(nlp):
    assert (
        _type(
            nlp, "The opposition renewed its call for an independent investigation into the election results."
        )
        == "REQUEST"
    )


def test_police_dispersing_a_protest_is_repression(nlp):
    assert (
        _type(nlp, "Riot police violently dispersed the sit-in, beating protesters with batons.") == "COERCE"
    )


def test_lashing_out_is_criticism(nlp):
    text = "The Iranian foreign minister lashed out at the West over its double standards on human rights."
    assert _type(nlp, text) == "ACCUSE"


def test_walking_out_of_talks_halts_them(nlp):
    text = "The opposition walked out of the talks after the government refused to release the detainees."
    assert _type(nlp, text) == "SANCTION"
    assert (
        _type(nlp, "Kenyan nurses walked out of public hospitals on Monday over unpaid wages.") == "PROTEST"
    )


def test_closing_an_embassy_reduces_relations(nlp):
    assert (
        _type(nlp, "Bahrain closed its embassy in Tehran and ordered Iranian diplomats to leave.")
        == "SANCTION"
    )


def test_stepping_up_security_is_a_force_posture(nlp):
    text = (
        "Authorities stepped up security around government buildings in the capital ahead of the anniversary."
    )
    assert _type(nlp, text) == "MOBILIZE"


def test_welcoming_a_visitor_is_hosting_welcoming_a_decision_is_support(nlp):
    text = "The Indian prime minister welcomed his Bangladeshi counterpart to New Delhi for a three-day state visit."
    assert _type(nlp, text) == "CONSULT"
    assert (
        _type(nlp, "Washington welcomed the decision by the Kosovo government to postpone the vote.")
        == "SUPPORT"
    )


def test_receiving_observers_is_access_not_a_visit(nlp):
    text = "The Georgian prime minister received a mission of observers from the OSCE on Monday."
    assert _type(nlp, text) == "RETREAT"


def test_a_tour_is_a_visit(nlp):
    assert (
        _type(nlp, "The Chinese premier toured three African countries to promote trade ties.") == "CONSULT"
    )


def test_telling_someone_to_act_is_an_order(nlp):
    text = "The Chinese government has told Britain to stop interfering in Hong Kong's affairs."
    assert _type(nlp, text) == "REQUEST"


def test_voting_against_a_plan_rejects_it(nlp):
    text = "The Serbian parliament voted against a plan to give the province wider autonomy."
    assert _type(nlp, text) == "REJECT"


def test_a_message_sent_is_what_it_says_not_aid(nlp):
    text = "China's leaders sent a message congratulating the new South Korean president."
    assert _type(nlp, text) == "SUPPORT"
    assert _type(nlp, "Japan sent 200 tonnes of rice to flood victims in Bangladesh.") == "AID"


def test_opening_fire_is_shooting_not_reopening(nlp):
    text = "Gunmen opened fire on a bus carrying Coptic Christians in southern Egypt, killing at least 28 people."
    assert _type(nlp, text) == "ASSAULT"
    assert _type(nlp, "Egypt reopened the Rafah crossing for the wounded on Monday.") == "RETREAT"


def test_a_killing_told_as_the_cause_does_not_type_the_demand(nlp):
    text = (
        "Angered by the killing of two of its soldiers, the Turkish government demanded that Baghdad "
        "hand over the militants responsible."
    )
    assert _type(nlp, text) == "REQUEST"


def test_rounding_up_people_is_an_arrest_not_a_raid(nlp):
    assert _type(nlp, "Police rounded up hundreds of illegal immigrants in dawn raids.") == "COERCE"


def test_workers_are_a_party_to_their_demands(nlp):
    assert _type(nlp, "Striking miners demanded better pay and safer working conditions.") == "REQUEST"


def test_what_an_act_is_done_for_is_not_the_main_event(nlp):
    text = "Teachers across Zimbabwe went on strike to demand payment of salaries in US dollars."
    assert _type(nlp, text) == "PROTEST"
    # a purpose with no other event above it is still the event
    assert _type(
        nlp, "Thousands gathered outside the French embassy in Niamey to demand the ambassador's departure."
    ) in (
        "REQUEST",
        "PROTEST",
    )


def test_refusing_food_is_a_hunger_strike(nlp):
    text = "Inmates at the prison refused food for a third day to protest their detention without trial."
    assert _type(nlp, text) == "PROTEST"


def test_property_set_alight_is_destruction_not_an_attack(nlp):
    assert _type(nlp, "Settlers torched a mosque in a Palestinian village near Nablus.") == "COERCE"


def test_asylum_given_is_aid(nlp):
    assert _type(nlp, "Turkey has given political asylum to the Uzbek dissident.") == "AID"


def test_a_king_is_a_party(nlp):
    assert _type(nlp, "The king said he would be willing to host a peace conference.") == "AGREE"


def test_a_proposal_for_what_others_should_do_is_a_request(nlp):
    text = "The African Union has proposed that both armies withdraw to positions held before the fighting."
    assert _type(nlp, text) == "REQUEST"


def test_saying_one_will_not_extend_a_deal_is_a_refusal(nlp):
    assert _type(nlp, "The Russian defence ministry said it would not extend the grain deal.") == "REJECT"
    assert _main(nlp, "No agreement was reached at the talks in Geneva.") is None or (
        _type(nlp, "No agreement was reached at the talks in Geneva.") != "REJECT"
    )


def test_legal_action_is_an_accusation(nlp):
    text = "The ICC issued an arrest warrant for the Russian president over the deportation of children."
    assert _type(nlp, text) == "ACCUSE"
    text = "Ukraine's prosecutor general opened a criminal case into the shelling of the hospital."
    assert _type(nlp, text) == "ACCUSE"


def test_a_warning_of_a_danger_is_no_threat(nlp):
    text = "UN agencies warned of famine in Gaza and called for the opening of more crossings."
    assert _type(nlp, text) == "REQUEST"
    text = "The United States warned Pyongyang of serious consequences if it conducted another nuclear test."
    assert _type(nlp, text) == "THREATEN"


def test_committing_a_crime_is_no_pledge(nlp):
    text = "A UN report said Russian forces had committed war crimes in Kherson, and accused them of torturing civilians."
    assert _type(nlp, text) == "ACCUSE"
    assert (
        _type(nlp, "Vietnam's planning minister said the country is committed to opening up its economy.")
        == "AGREE"
    )


def test_forcing_people_to_act_is_coercion(nlp):
    assert _type(nlp, "The occupation authorities forced residents to take Russian passports.") == "COERCE"


def test_talks_held_then_an_outcome_signed(nlp):
    text = "The two presidents held talks in Ankara and agreed to double bilateral trade by 2030."
    assert _type(nlp, text) == "AGREE"


def test_blocking_a_decision_is_a_veto(nlp):
    assert _type(nlp, "Hungary blocked an EU statement criticising China.") == "REJECT"


def test_reopening_or_restoring_what_was_restricted_is_a_concession(nlp):
    assert (
        _type(nlp, "The authorities reopened the university that was closed after student protests.")
        == "CONCEDE"
    )
    text = "Under pressure from donors, the government restored the licence of the independent radio station."
    assert _type(nlp, text) == "CONCEDE"
    assert (
        _type(nlp, "Britain restored full diplomatic relations with Libya after a 20-year break.")
        == "SUPPORT"
    )


def test_readiness_to_step_down_is_a_pledge_to_yield(nlp):
    text = "The army chief has signalled that he is ready to step down if a civilian government is formed."
    assert _type(nlp, text) == "AGREE"
    assert _type(nlp, "Bolivia's president stepped down on Sunday after weeks of protests.") == "RETREAT"


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("Beijing called the visit a serious provocation.", "ACCUSE"),
        ("The Kremlin called the new sanctions an act of economic war.", "ACCUSE"),
        ("Washington called the agreement a historic step towards peace.", "SUPPORT"),
        (
            "The French president called his Ukrainian counterpart on Monday to discuss air defence.",
            "CONSULT",
        ),
        ("The Arab League called for an emergency summit.", "REQUEST"),
    ],
)
def test_calling_an_act_a_name_is_blame_or_praise_not_a_phone_call(nlp, text, gold):
    assert _type(nlp, text) == gold


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        (
            "The Russian foreign ministry said the arrest of its citizens in Estonia was a provocation.",
            "ACCUSE",
        ),
        ("The Iranian president described the US sanctions as economic terrorism.", "ACCUSE"),
        ("The Japanese prime minister said the summit was a great success.", "SUPPORT"),
        ("Police said the blast at the market was a terrorist attack.", "ASSAULT"),
    ],
)
def test_a_verdict_on_an_act_is_blame_or_praise(nlp, text, gold):
    assert _type(nlp, text) == gold


def test_exchanging_views_is_consultation(nlp):
    text = "The Indian and Chinese foreign ministers exchanged views on the border situation in Beijing."
    assert _type(nlp, text) == "CONSULT"
