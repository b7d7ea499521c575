"""The two event ontologies sitrep codes in: PLOVER (2021 revision) and ACLED.

PLOVER gives the interaction type and a `mode` (how); ACLED gives the conflict event type and
sub-type that conflict researchers count. The tables here are the published category lists, so
that every event type sitrep emits is one a PLOVER or ACLED user already knows.
"""

from __future__ import annotations

# PLOVER 2021: 16 event types (CAMEO2PLOVER-2021: DEMAND became REQUEST; DISAPPROVE and
# INVESTIGATE became ACCUSE; FIGHT merged into ASSAULT).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Older PLOVER names (as in the 2016 gold-standard records) -> the 2021 type.
PLOVER_LEGACY: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# Modes sitrep emits, per PLOVER type. ASSAULT modes follow PLOVER's and add the weapon
# distinctions conflict monitors need (aerial vs drone, artillery vs missile, mines).
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "ASSAULT": (
        "aerial",
        "drone",
        "heavy-weapons",
        "missile",
        "firearms",
        "explosives",
        "suicide-attack",
        "cbrn",
        "abduct",
        "beat",
        "sexual",
        "torture",
        "assassinate",
        "destroy",
    ),
    "COERCE": ("arrest", "confiscate", "deport", "restrict", "curfew", "martial-law", "ban"),
    "PROTEST": ("demo", "riot", "hunger", "boycott", "obstruct"),
    "CONSULT": ("visit", "phone", "host", "third-party"),
    "RETREAT": ("withdraw", "release", "return", "ceasefire", "disarm", "access", "ease"),
    "MOBILIZE": ("troops", "police"),
    "SANCTION": ("withdraw", "discontinue", "expel", "restrict"),
    "ACCUSE": ("disapprove", "investigate"),
}

# ACLED: 6 event types and their 25 sub-event types (ACLED codebook, 2019-).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

ACLED_SUB_TO_TYPE: dict[str, str] = {sub: typ for typ, subs in ACLED_TYPES.items() for sub in subs}
ACLED_SUBTYPES: tuple[str, ...] = tuple(ACLED_SUB_TO_TYPE)

# ACLED sub-type -> (PLOVER type, default mode) when a clause is coded from its ACLED class.
ACLED_TO_PLOVER: dict[str, tuple[str, str | None]] = {
    "Armed clash": ("ASSAULT", "firearms"),
    "Government regains territory": ("ASSAULT", None),
    "Non-state actor overtakes territory": ("ASSAULT", None),
    "Chemical weapon": ("ASSAULT", "cbrn"),
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", None),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Excessive force against protesters": ("ASSAULT", None),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "beat"),
    "Agreement": ("AGREE", None),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("MOBILIZE", None),
    "Disrupted weapons use": ("COERCE", "confiscate"),
    "Headquarters or base established": ("MOBILIZE", "troops"),
    # seizing or damaging property is CAMEO 171/1712, coded COERCE in PLOVER's gold records
    "Looting/property destruction": ("COERCE", "destroy"),
    "Non-violent transfer of territory": ("RETREAT", "withdraw"),
    "Other": ("COERCE", None),
}

# States at war with each other (UCDP's interstate armed conflicts since 2014), as sorted pairs of
# ISO codes: a deal they sign is ACLED's Agreement between conflict actors whatever else the
# sentence tells ("Kyiv and Moscow signed a deal to reopen the ports").
STATES_AT_WAR = frozenset({("AM", "AZ"), ("IL", "IR"), ("IN", "PK"), ("KG", "TJ"), ("RU", "UA")})

assert len(ACLED_SUBTYPES) == 25 and set(ACLED_TO_PLOVER) == set(ACLED_SUBTYPES)
