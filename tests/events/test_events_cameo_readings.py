"""Round 8 readings: PLOVER types from the CAMEO code definitions (CAMEO2PLOVER-2021) and ACLED
sub-types from the codebook's definitions, on sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span
from sitrep.events.detect import detect, primary
from sitrep.record import Article, Record


def _type(nlp, text: str) -> str | None:
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)), model=None)
    d = primary([x for x in found if x.happened], doc, prefer_acled=False) or primary(found, doc, False)
    return d.type if d else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a promise of aid is the intent to give it (CAMEO 033 -> AGREE); approving it is AID
        ("Norway pledged 40 million crowns in humanitarian aid to Yemen.", "AGREE"),
        ("The IMF approved a loan of two billion dollars for Egypt.", "AID"),
        # a cooperative act offered on a condition is a pledge, withheld "unless" a threat
        ("Brussels said it would ease its sanctions if the prisoners were freed.", "AGREE"),
        ("Turkey said it would close the border unless the shelling stopped.", "THREATEN"),
        # legal findings and investigations by office holders (CAMEO 09x, 116 -> ACCUSE)
        ("A court in Lima found the former minister guilty of taking bribes.", "ACCUSE"),
        ("Prosecutors opened an investigation into the killings in the province.", "ACCUSE"),
        # truces: declared (0871 RETREAT), violated (196 ASSAULT); talks ended (165 SANCTION)
        ("The guerrillas declared a unilateral truce for the holidays.", "RETREAT"),
        ("The militia violated the truce by shelling army posts overnight.", "ASSAULT"),
        ("Qatar ended its mediation between the two factions.", "SANCTION"),
        # building ties (050 SUPPORT) and trade (061 COOPERATE)
        ("Indonesia established diplomatic ties with Fiji on Monday.", "SUPPORT"),
        # "called on X to": a request, also when the ACLED coding is a strategic development
        ("The council called on both militias to sign a peace agreement.", "REQUEST"),
        # a pronoun's antecedent is the party: "Both sides said they were ready to"
        ("Both governments said they were ready to settle the dispute over the river.", "AGREE"),
        # a second batch: censorship, returns, aid carried, lawsuits, a vote against a deal
        ("The regime blocked access to several news websites before the election.", "COERCE"),
        ("Moscow handed back two captured fishing boats to Tokyo.", "RETREAT"),
        ("Relief agencies flew medicine and blankets into the flooded province.", "AID"),
        ("Croatia filed a lawsuit against Serbia at the court in The Hague.", "ACCUSE"),
        ("The senate voted down the peace agreement with the guerrillas.", "REJECT"),
        ("The two leaders held a phone call on Sunday.", "CONSULT"),
        ("Riot police detained dozens of protesters outside the ministry.", "COERCE"),
        # ordering an envoy out is an expulsion (166 SANCTION); property destroyed is COERCE
        ("Niger ordered the French envoy to leave the country within two days.", "SANCTION"),
        ("Militiamen burned the homes of opposition supporters in the village.", "COERCE"),
    ],
)
def test_plover_readings_from_cameo_definitions(nlp, text, plover):
    assert _type(nlp, text) == plover


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # rioters fighting the police: a violent demonstration, not an armed clash
        ("Football supporters fought running battles with police in Naples.", "Violent demonstration"),
        # warning shots at no one are no attack; with a crowd, an intervention
        (
            "Police fired warning shots to disperse a crowd of protesting traders in Lagos.",
            "Protest with intervention",
        ),
        # a place taken only briefly did not change hands: a clash
        ("Militants briefly seized control of the town before soldiers drove them back.", "Armed clash"),
        # property wrecked by someone, nobody hurt and no weapon: property destruction
        ("Unknown men destroyed a mobile phone mast in Garissa.", "Looting/property destruction"),
        # a banned gathering is no protest: the state restricts activity
        ("The authorities banned all rallies in the capital for a month.", "Change to group/activity"),
        # "captured fighters" is no capture of territory
        ("Dozens of bodies and captured weapons were found in the village.", "Other"),
        # a crowd with a grievance is demonstrating
        (
            "A crowd angry over the power cuts stormed and vandalised the utility's office.",
            "Violent demonstration",
        ),
        # an off-duty policeman shot is a civilian victim; people taken away are abducted
        ("A retired soldier was shot dead by gunmen outside his shop in Kano.", "Attack"),
        ("Armed men raided the clinic and took away two nurses.", "Abduction/forced disappearance"),
        # an abduction told as background of a killing is not the event
        ("The militants killed three hostages they had kidnapped in May.", "Attack"),
        # an armed group halting its operations changes its activity
        ("The rebels said they would halt all attacks during the talks.", "Change to group/activity"),
        ("The army moved thousands of soldiers to the northern border.", "Change to group/activity"),
    ],
)
def test_acled_readings_from_the_codebook(nlp, text, sub_event_type):
    assert code_span(nlp(text)).sub_event_type == sub_event_type


def test_damage_told_as_a_result_is_no_property_destruction(nlp):
    # the passive with no one who did it tells what a strike left behind
    assert code_span(nlp("Civilian infrastructure was damaged.")).sub_event_type is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ukraine accused Russian forces of blowing up the dam.", "Russian forces"),
        ("Kyiv blamed Moscow for shelling the power plant.", "Moscow"),
    ],
)
def test_who_is_charged_with_an_act_is_its_actor(nlp, text, actor):
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)), model=None)
    violent = [d for d in found if d.type == "ASSAULT"]
    assert violent and actor in [a.text for a in violent[0].actors if a.role == "actor"]
