"""Session 12 blind batch, written from the ACLED codebook's sub-type definitions and PLOVER's
type definitions (not from a benchmark), each answer written down before the code ran:
`fixtures/fresh_batch9_acled_codebook_blind.tsv` (two snippets for each ACLED sub-type but
"Other", world-wide, 48) and `fixtures/fresh_batch9_plover_definitions_blind.json` (a sentence per
PLOVER type, 16). On the session's starting code: ACLED 44/48, PLOVER 15/16 (the miss was our
expectation: an apology is SUPPORT, CAMEO 055, as PLOVER's gold records code it; relabelled).
After: 47/48 (the miss is an xfail), 16/16. A second blind batch, written after the first batch's fixes
(`fresh_batch10_case_style_blind.tsv`, 14 snippets of confusable kinds, and
`fresh_batch10_plover_blind.json`, 4): 11/14 and 4/4 before its fixes; one miss was our
expectation (protesters beaten and taken to hospital have serious injuries reported: ACLED's
Excessive force, not Protest with intervention; relabelled); 14/14 after. A third, PLOVER only, in
newswire style with reporting verbs and second acts (`fresh_batch11_plover_newswire_blind.json`,
16): 15/16 with no change; the miss was our expectation (joint naval drills are military
cooperation, CAMEO 062, COOPERATE; relabelled). Then the known wrongs
of session 11 and readings of the same kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.evaluate.case2021 import read_case2021
from sitrep.evaluate.events import command
from sitrep.events.classify import code_span

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = FIXTURES / "fresh_batch9_acled_codebook_blind.tsv"
PLOVER = FIXTURES / "fresh_batch9_plover_definitions_blind.json"
# the two the stage still codes otherwise (xfail below)
OPEN = {
    "5": "a military post taken is read as a fight over a position (Armed clash), also when its "
    "guards fled; where the codebook puts a post between a position and a location is open",
}


BATCH10 = FIXTURES / "fresh_batch10_case_style_blind.tsv"


def _rows():
    return list(read_case2021(ACLED))


@pytest.mark.parametrize("row", list(read_case2021(BATCH10)), ids=lambda r: r.id)
def test_second_blind_snippet_gets_its_codebook_sub_type(nlp, row):
    assert code_span(nlp(row.text)).sub_event_type == row.sub_event_type


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r.id)
def test_blind_snippet_gets_its_codebook_sub_type(nlp, row, request):
    if row.id in OPEN:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN[row.id]))
    assert code_span(nlp(row.text)).sub_event_type == row.sub_event_type


@pytest.mark.parametrize(
    "path",
    [
        PLOVER,
        FIXTURES / "fresh_batch10_plover_blind.json",
        FIXTURES / "fresh_batch11_plover_newswire_blind.json",
    ],
    ids=lambda p: p.name,
)
def test_blind_plover_sentences_get_their_type(path):
    result = CliRunner().invoke(command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["all"]["type_acc"] == 1.0


def _events(pipeline, text: str):
    return pipeline(text, published="2023-05-10").events


def _asserted(pipeline, text: str) -> set[str]:
    return {e.type for e in _events(pipeline, text) if e.modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Medvedev said Russia would use nuclear weapons if Ukraine attacked Crimea.",
        "The general said his troops would use force if protesters blocked the roads again.",
    ],
)
def test_force_committed_on_a_condition_threatens(pipeline, text):
    assert "THREATEN" in _asserted(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv promised it would use the Western weapons only on its own territory.",
    ],
)
def test_weapons_used_or_used_without_a_condition_threaten_no_one(pipeline, text):
    assert "THREATEN" not in _asserted(pipeline, text)


def test_a_dock_strike_beside_a_missile_strike(pipeline):
    text = "Dock workers began a strike in Odesa on the day a missile strike damaged the port."
    assert {"PROTEST", "ASSAULT"} <= _asserted(pipeline, text)


def test_a_boycott_beside_no_attack_stays_one_event(pipeline):
    events = _events(pipeline, "Teachers in Lviv went on strike over unpaid wages.")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "A truck carrying mine waste overturned on the highway, killing the driver.",
        "Two workers were hurt when a mine shaft flooded at the quarry near Kryvyi Rih.",
    ],
)
def test_a_mine_naming_the_pit_is_no_landmine(nlp, text):
    assert code_span(nlp(text)).sub_event_type != "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "A mine explosion killed two deminers near Izium.",
        "Two civilians were wounded by a mine blast in Kherson.",
    ],
)
def test_a_mine_naming_harm_stays_a_landmine(nlp, text):
    assert code_span(nlp(text)).sub_event_type == "Remote explosive/landmine/IED"


def test_a_weapon_holding_a_chemical_used_is_a_chemical_attack(nlp):
    text = "Witnesses said soldiers used shells filled with chlorine against the village."
    assert code_span(nlp(text)).sub_event_type == "Chemical weapon"


def test_groups_that_said_they_merged_change(nlp):
    text = "Two rebel militias said on Friday that they had merged under one command."
    assert code_span(nlp(text)).sub_event_type == "Change to group/activity"


@pytest.mark.parametrize(
    "text",
    [
        "Russia used cluster munitions in Kharkiv on Tuesday.",
        "Government troops employed heavy artillery to flatten the rebel-held quarter.",
    ],
)
def test_a_named_weapon_used_is_an_attack(nlp, text):
    assert code_span(nlp(text)).event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed Iskander missiles to Belarus in the spring.",
        "Instructors began training the soldiers to use the new rocket launchers.",
    ],
)
def test_weapons_deployed_or_trained_on_are_no_attack(nlp, text):
    assert code_span(nlp(text)).event_type != "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels elected a new commander after their leader was killed in an ambush.",
        "The militia named a new commander a week after its founder was killed.",
    ],
)
def test_a_group_given_a_new_head_changes(nlp, text):
    assert code_span(nlp(text)).sub_event_type == "Change to group/activity"


def test_a_collapsed_truce_is_no_agreement(nlp):
    text = "The truce between the two militias broke down on Friday as fighting flared again near the border."
    assert code_span(nlp(text)).sub_event_type == "Armed clash"
