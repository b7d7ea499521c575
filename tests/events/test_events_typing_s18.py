"""Session 18 typing: news snippets (wire and local-media sentences), not ACLED notes.

`fixtures/case_news_blind_s18.tsv` (76 snippets of our own, 3-4 per ACLED sub-type, all 25,
worldwide; the sub-type of each written before any code ran): 73/76 at c4c212e and after.
`fixtures/plover_news_blind_s18.json` (35 PLOVER-style sentences, all 16 types): 32 written
first; six of their labels were ours against the CAMEO-to-PLOVER table (a release is RETREAT,
an apology SUPPORT, an intent to cooperate or to give aid AGREE) and were corrected to it, and
three sentences were added to keep CONCEDE, COOPERATE and AID in the set: 32/35 at c4c212e,
33/35 after. The readings kept: an act noun ordered by an authority is that act; an act a
snippet dates days before its own act is background; killing rebels or militants is a battle;
who answers for an act ("denied any involvement in", "accused X of carrying out") is CASE's
attribution, not the act. Second batch (30 snippets, 18 sentences, written after the fixes,
scored once at the end): 26/30 and 15/18."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.evaluate.case2021 import read_case2021
from sitrep.evaluate.events import command
from sitrep.events.classify import code_span
from sitrep.events.detect import detect, primary
from sitrep.record import Article, Record

FIXTURES = Path(__file__).parent / "fixtures"
BLIND = FIXTURES / "case_news_blind_s18.tsv"
PLOVER_BLIND = FIXTURES / "plover_news_blind_s18.json"

OPEN_BLIND = {
    "9": "the junta's troops withdrew and the Arakan Army took control: read as a non-violent "
    "transfer, which the codebook's definition (control gained with no violent act) supports",
    "74": "armed men seen patrolling: no act cue, no coding (our label Other is arguable)",
    "75": "troops and armour deployed to a border: read as Change to group/activity, which the "
    "codebook's troop movements support",
}


@pytest.mark.parametrize("row", list(read_case2021(BLIND)), ids=lambda r: r.id)
def test_blind_news_snippet_gets_its_sub_type(nlp, row, request):
    if row.id in OPEN_BLIND:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN_BLIND[row.id]))
    assert code_span(nlp(row.text)).sub_event_type == row.sub_event_type


SECOND = FIXTURES / "case_news_second_s18.tsv"
PLOVER_SECOND = FIXTURES / "plover_news_second_s18.json"
# the second batch, written after the fixes and scored once at the end: its misses, as they are
OPEN_SECOND = {
    "7": "'a bomber on foot detonated his explosives': the person read as an aircraft (Air/drone strike)",
    "11": "rape documented 'during the offensive': the offensive read as the event (Armed clash)",
    "26": "a convoy seen moving: no act cue, no coding",
    "30": "'denied any role in the massacre of villagers': read as mob violence, the attribution told "
    "after the act's first cue",
}


@pytest.mark.parametrize("row", list(read_case2021(SECOND)), ids=lambda r: r.id)
def test_second_news_batch(nlp, row, request):
    if row.id in OPEN_SECOND:
        request.applymarker(pytest.mark.xfail(strict=True, reason=OPEN_SECOND[row.id]))
    coding = code_span(nlp(row.text))
    assert (coding.extra or coding.sub_event_type) == (row.sub_event_type or "attribution")


@pytest.mark.parametrize(
    "path, floor", [(PLOVER_BLIND, 33 / 35), (PLOVER_SECOND, 15 / 18)], ids=["blind", "second"]
)
def test_blind_plover_sentences_score_at_least_their_session_figure(path, floor):
    result = CliRunner().invoke(command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["all"]["type_acc"] >= floor - 1e-9


def _plover(nlp, text: str) -> str | None:
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)))
    d = primary([x for x in found if x.happened], doc, prefer_acled=False) or primary(found, doc, False)
    return d.type if d else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia ordered the mobilisation of 300,000 reservists.", "MOBILIZE"),
        ("The president ordered the release of 200 detainees.", "RETREAT"),
        ("The defence minister ordered the withdrawal of troops from the border.", "RETREAT"),
        # no act noun ordered: a demand
        ("The court ordered the ministry to publish the documents.", "REQUEST"),
    ],
)
def test_an_act_noun_ordered_is_that_act(nlp, text, expected):
    assert _plover(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Thousands marched again on Sunday, a day after police shot dead two protesters.",
            "Peaceful protest",
        ),
        (
            "Hundreds of women rallied on Saturday, days after soldiers opened fire on a funeral.",
            "Peaceful protest",
        ),
        # no period: one incident told in order, the force is part of it
        (
            "Police shot dead two protesters after crowds marched on the governor's office.",
            "Excessive force against protesters",
        ),
    ],
)
def test_an_act_dated_days_before_is_background(nlp, text, expected):
    assert code_span(nlp(text)).sub_event_type == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The military said it killed 20 militants in the north on Sunday.", "Armed clash"),
        ("Soldiers killed six insurgents near the border, the army said.", "Armed clash"),
        # civilians killed: violence against civilians
        ("Militants killed six villagers near the border, the army said.", "Attack"),
    ],
)
def test_killing_armed_men_is_a_battle(nlp, text, expected):
    assert code_span(nlp(text)).sub_event_type == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group denied any involvement in the killing of the two journalists.",
        "The government accused rebels of carrying out the massacre.",
        "Officials accused the militia of the attack on the railway station.",
        "The movement admitted its role in the attack on the convoy.",
    ],
)
def test_who_answers_for_an_act_is_attribution(nlp, text):
    assert code_span(nlp(text)).extra == "attribution"


def test_a_role_in_no_act_is_no_attribution(nlp):
    # "role" in talks, no act: no attribution
    assert (
        code_span(nlp("Qatar played a key role in the talks between the two sides.")).extra != "attribution"
    )


def test_readings_stay_linear(detect_stays_linear):
    detect_stays_linear(
        lambda n: " , and ".join(
            ["the group denied any involvement in the killing a day after the army said it killed militants"]
            * n
        )
    )
