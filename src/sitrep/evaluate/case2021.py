"""Read the CASE 2021 task 2 event-snippet TSV (`id`, `EventSnippet`, `SubType`).

Labels are ACLED sub-types in UPPER_SNAKE plus five classes ACLED does not have (natural and
man-made disasters, organized crime, diplomatic events, attribution). `ACLED_LABELS` maps the
25 ACLED ones to sitrep's sub-type names; `EXTRA_LABELS` maps the rest to sitrep's non-ACLED
kinds. Any other label is kept as it is and counts as "not one of the 25".
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ACLED_LABELS: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}

EXTRA_LABELS: dict[str, str] = {
    "NATURAL_DISASTER": "natural-disaster",
    "MAN_MADE_DISASTER": "man-made-disaster",
    "ORG_CRIME": "organized-crime",
    "DIPLO": "diplomatic",
    "ATTRIB": "attribution",
}


@dataclass
class Snippet:
    id: str
    text: str
    label: str  # the file's label as written
    sub_event_type: str | None  # the ACLED sub-type, None for the non-ACLED classes

    @property
    def split(self) -> str:
        """'tune' for odd numeric ids, 'held-out' for even ones (a fixed, content-blind split)."""
        return "tune" if _num(self.id) % 2 else "held-out"


def _num(ident: str) -> int:
    digits = "".join(c for c in ident if c.isdigit())
    return int(digits) if digits else sum(map(ord, ident))


def read_case2021(path: str | Path) -> Iterator[Snippet]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            label = (row.get("SubType") or row.get("label") or "").strip()
            text = (row.get("EventSnippet") or row.get("text") or "").strip()
            if not text:
                continue
            yield Snippet(str(row.get("id", "")).strip(), text, label, ACLED_LABELS.get(label))
