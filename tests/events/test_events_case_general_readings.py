"""ACLED sub-types from general English readings, on sentences written for these tests (in no
evaluation file): fire exchanged whatever its words, armed parties driven from a place, blasts
set off with no device named, crowds dispersed or stopped, people seized or set alight, mines
that are pits, and the words that must not trigger those readings."""

from __future__ import annotations

import pytest

from sitrep.events.classify import code_span


def _coded(nlp, text: str) -> str | None:
    c = code_span(nlp(text))
    return c.extra or c.sub_event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire exchanged, however the fire is described
        (
            "Kurdish YPG units and Turkish-backed factions exchanged heavy machine-gun fire along the front "
            "near Manbij.",
            "Armed clash",
        ),
        # an armed party driven from a place by force lost it; the subject says who regained it
        (
            "Nigerian troops have dislodged Boko Haram insurgents from their enclave in the Sambisa forest "
            "and hoisted the national flag.",
            "Government regains territory",
        ),
        # a place stormed, then taken in the same breath
        (
            "Houthi rebels stormed the provincial capital and took over government buildings after loyalist "
            "forces melted away.",
            "Non-state actor overtakes territory",
        ),
        # a blast set off by an armed party, no device named: explosives detonated in place
        (
            "Maoists triggered a blast under an armoured vehicle in Dantewada, killing seven jawans.",
            "Remote explosive/landmine/IED",
        ),
        # blamed on a weapon names how, not who: no claim of responsibility
        (
            "Doctors in the besieged enclave treated patients with foaming mouths and pinpoint pupils after "
            "an attack that rescuers blamed on sarin.",
            "Chemical weapon",
        ),
        # a crowd dispersed, broken up, stopped from marching or forcibly removed met the police
        (
            "Police used batons to disperse supporters of the opposition who had gathered outside the party "
            "headquarters in Harare.",
            "Protest with intervention",
        ),
        (
            "Police prevented members of the opposition from marching to parliament and arrested three of "
            "their leaders in Kinshasa.",
            "Protest with intervention",
        ),
        (
            "Riot police cordoned off the square and forcibly removed activists staging a sit-in outside the "
            "ministry.",
            "Protest with intervention",
        ),
        # a crowd named by its protest attacks: what it protests is its grievance, not force used on it
        (
            "Youths protesting the death of a motorcycle taxi driver burned tyres and attacked a police post "
            "in Bamako.",
            "Violent demonstration",
        ),
        # people set alight by residents
        (
            "Residents caught two suspected robbers and set them on fire in a jungle justice incident in "
            "Port Harcourt.",
            "Mob violence",
        ),
        # people, not a town, seized by armed men or taken to an unknown place
        (
            "Armed men seized three foreign engineers from a construction site in Niger state and took them "
            "to an unknown location.",
            "Abduction/forced disappearance",
        ),
        # a leftover shell that goes off later is an explosive remnant, whatever its compound
        (
            "Three children were killed when an unexploded mortar shell they were playing with exploded in "
            "Helmand.",
            "Remote explosive/landmine/IED",
        ),
        # a controlled detonation makes explosives safe
        (
            "Sappers found an unexploded artillery shell in a field near Kherson and destroyed it in a "
            "controlled detonation.",
            "Disrupted weapons use",
        ),
        # South Asian English names of protests and their crowds; a symbol burned is the message
        (
            "Traders observed a complete bandh in Jammu on Monday against the new liquor policy; shops and "
            "markets remained closed.",
            "Peaceful protest",
        ),
        (
            "Members of the Congress party staged a dharna in front of the collectorate and burnt an effigy "
            "of the chief minister.",
            "Peaceful protest",
        ),
        # stones thrown and tear gas in answer: a rioting crowd
        (
            "Agitators indulged in stone pelting and damaged several government vehicles in Shopian; police "
            "responded with tear gas.",
            "Violent demonstration",
        ),
        # a mandate describes the party: the withdrawal and handover are the event
        (
            "The peacekeeping force tasked with fighting the militias withdrew from its camp near Beni and "
            "handed control of the base over to the Congolese army.",
            "Non-violent transfer of territory",
        ),
        # a base named beside another act is not established: the capture is the event
        (
            "The jihadists, who have been expanding their reach in the Sahel, overran an army base in "
            "northern Burkina Faso and took control of the nearby town of Djibo.",
            "Non-state actor overtakes territory",
        ),
        # taken by armed men and not seen since
        (
            "Relatives say the student leader has not been seen since he was taken by men in military "
            "uniform from his hostel in Harare on Sunday night; police deny holding him.",
            "Abduction/forced disappearance",
        ),
        # a crowd gathered at a seat of power and pushed back by the police
        (
            "Several hundred people gathered outside the court in Istanbul to support the accused "
            "journalists before police moved in and pushed them back with shields.",
            "Protest with intervention",
        ),
        # a campaign's name ('Stop The Killings') is no killing; bottles thrown at officers are crowd violence
        (
            "Police made 12 arrests during a Stop The Killings march in Lagos after bottles were thrown at officers.",
            "Violent demonstration",
        ),
        # the air force telling of it is no aircraft used: drones destroyed by air defences were stopped
        (
            "Ukrainian air defence forces destroyed 31 Shahed drones overnight, the air force said.",
            "Disrupted weapons use",
        ),
        # posts abandoned and taken without a fight changed hands without a battle
        (
            "The Free Syrian Army took over several checkpoints abandoned by regime forces without a fight.",
            "Non-violent transfer of territory",
        ),
        # a bomber detonating himself
        (
            "A militant riding a motorcycle laden with explosives detonated himself near a Pakistani army convoy, killing four soldiers.",
            "Suicide bomb",
        ),
        # a vigilante group flogging suspected thieves
        (
            "Members of a vigilante group flogged and paraded three suspected thieves through the streets of Onitsha.",
            "Mob violence",
        ),
        # people held for ransom are abducted, not a place seized
        (
            "The armed group is holding 17 missionaries for ransom after seizing them near Port-au-Prince.",
            "Abduction/forced disappearance",
        ),
        # people of a place attacking together are a mob
        (
            "Residents descended on the home of a suspected witch and stoned her to death.",
            "Mob violence",
        ),
        # a facility withdrawn from and taken over changed hands without a fight
        (
            "Russian troops completed their pullout from the Chernobyl plant, which was taken over by Ukrainian national guard units.",
            "Non-violent transfer of territory",
        ),
        # passengers forced into the bush are abducted
        (
            "Armed men stopped a bus on the highway and forced 12 passengers into the bush.",
            "Abduction/forced disappearance",
        ),
        # a displacement camp and fleeing residents name the victims, not a flight
        (
            "Militiamen set a displacement camp ablaze and shot at fleeing residents, killing eight.",
            "Attack",
        ),
        # blamed militants for the bombing: who is responsible, the 'for' hanging on the one blamed
        (
            "Pakistan blamed India-based militants for the bombing in Lahore, a charge New Delhi denied.",
            "attribution",
        ),
        # a bombing with no aircraft named is a bomb attack
        (
            "Two people were killed in a bombing at a bus station in Jos on Sunday.",
            "Remote explosive/landmine/IED",
        ),
        # a foiled plot to blow something up stopped a weapon's use
        (
            "Police foiled a plot to blow up a bridge after finding explosives hidden in a car near Lahore.",
            "Disrupted weapons use",
        ),
        # ground taken after its holders surrendered was won, not handed over
        (
            "The Syrian army took full control of the eastern Ghouta after rebels surrendered and were evacuated.",
            "Government regains territory",
        ),
        # a house burned with people inside: the killing holds the destruction
        (
            "Photo: Reuters. Unknown attackers set fire to a house with a family inside in Ituri province, killing six people, a local official said.",
            "Attack",
        ),
        # police clubbing and blinding protesters used excessive force
        (
            "Riot police clubbed demonstrators and fired rubber bullets at close range, blinding at least three protesters in Santiago.",
            "Excessive force against protesters",
        ),
        # an activist seized by state agents, his family not knowing where he is, was disappeared
        (
            "Suspected state agents seized a Baloch student activist from a bus stop in Karachi; his family does not know where he is.",
            "Abduction/forced disappearance",
        ),
        # an armed party driven off a place lost it
        (
            "The Ukrainian flag was raised again over Snake Island after Russian forces were driven off the outcrop.",
            "Government regains territory",
        ),
        # control restored after clearing insurgents from a town
        (
            "Security forces restored government control over Palma after clearing insurgents from the coastal town.",
            "Government regains territory",
        ),
        # weapons unearthed are weapons found
        (
            "Acting on a tip-off, the army unearthed a huge arms dump containing AK rifles, magazines and rounds in Manipur.",
            "Disrupted weapons use",
        ),
        # a mass grave is many dead, not troops massed
        (
            "Investigators said the mass grave near the town holds the remains of at least 40 people killed by the militia.",
            "Other",
        ),
        # a district returned to another state under a truce's terms: the truce is the frame
        (
            "Armenia returned the Aghdam district to Azerbaijan under the terms of the truce.",
            "Non-violent transfer of territory",
        ),
        # people detained as they tried to hold a march met the police at their protest
        (
            "Turkish police detained 50 people who tried to hold a Pride march in Istanbul despite a ban.",
            "Protest with intervention",
        ),
        # rival groups of students fighting with sticks and stones are a mob, not armed parties
        (
            "Rival groups of students clashed with sticks and stones on the campus of Dhaka University, injuring 30.",
            "Mob violence",
        ),
        # units relocated are a change of deployment, the parse notwithstanding; the left bank is a side
        (
            "On 22 March 2023, Russian forces relocated units from Kinburn spit to the left bank of the Dnipro.",
            "Change to group/activity",
        ),
    ],
)
def test_general_readings_code_the_sub_type(nlp, text, expected):
    assert _coded(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy expelled is no armed party driven from a place
        ("The government expelled the Russian ambassador from Warsaw over the spying affair.", "diplomatic"),
        # a blast nobody set off may be an accident
        (
            "An explosion hit a chemical plant in Jiangsu, killing 12 workers and injuring dozens.",
            "man-made-disaster",
        ),
        # a gold mine is a pit; miners marching from it are protesting
        (
            "Hundreds of miners marched from the gold mine to the regional governor's office demanding back pay.",
            "Peaceful protest",
        ),
        # rifles seized with suspects are no people abducted
        (
            "Police detained five men who were seized with stolen rifles at a checkpoint in Mombasa.",
            "Arrests",
        ),
        # a blast after a clash is a detail of the fight
        (
            "Troops traded fire with the militants for hours before the gunmen fled into the forest in Borno.",
            "Armed clash",
        ),
        # burning tyres is crowd violence (ACLED), unlike an effigy
        (
            "Protesters burnt tyres and pelted the police with stones in Kisumu after the verdict.",
            "Violent demonstration",
        ),
        # a base set up is established, the word governing it
        (
            "Turkish troops set up a new observation post near Saraqib in Idlib province.",
            "Headquarters or base established",
        ),
        # fans gathered at a stadium are no protest
        ("Thousands of fans gathered outside the stadium in Madrid to celebrate the title.", None),
        # an air force named as the one striking is the aircraft used
        (
            "Warplanes of the Syrian air force bombed the town of Saraqib, killing nine civilians.",
            "Air/drone strike",
        ),
        # people expelled from a place still tell of their flight
        (
            "Authorities expelled 2,000 migrants from the border town, and hundreds of displaced families "
            "are sleeping in the open.",
            "Other",
        ),
        # gunmen are no mob
        ("Gunmen shot dead four villagers in their homes in Zamfara.", "Attack"),
        # aerial bombing names its aircraft
        ("The aerial bombing of Raqqa by coalition jets killed 30 civilians.", "Air/drone strike"),
        # an attack foiled by troops is a fight repelled
        (
            "The army said its troops foiled an attack by militants on a checkpoint in Bir al-Abd, killing "
            "six of them.",
            "Armed clash",
        ),
        # houses burned with nobody killed are property destroyed
        (
            "Unknown attackers set fire to six houses in a village in Ituri province overnight.",
            "Looting/property destruction",
        ),
        # people taken into custody by police are arrested
        (
            "Three activists of a separatist group were taken into custody by police in Srinagar for "
            "allegedly inciting youth.",
            "Arrests",
        ),
        # protesters pushed back from a square are no territory lost
        (
            "Riot police pushed protesters back from the square outside parliament with shields.",
            "Protest with intervention",
        ),
        # troops massed on a border are a change of deployment
        (
            "Russia massed troops along the border with Ukraine, satellite images showed.",
            "Change to group/activity",
        ),
        # journalists detained for reporting on protests are arrested, not protesters
        ("Authorities detained four reporters who had covered the protests in Minsk.", "Arrests"),
        # troops returning to base hand nothing over
        ("The soldiers returned back to their barracks in Goma after the operation.", None),
        # a killing told as the setting leaves the arson the event
        (
            "Settlers set fire to a Palestinian council office in the village overnight following the killing "
            "of a settler, residents said.",
            "Looting/property destruction",
        ),
        # an agitated man is no crowd
        ("An agitated man stabbed a shopkeeper to death in Karachi.", "Attack"),
    ],
)
def test_general_readings_leave_other_events_alone(nlp, text, expected):
    assert _coded(nlp, text) == expected
