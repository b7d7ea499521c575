"""Readers and metrics of `sitrep eval events`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sitrep.evaluate.acled import iso_date
from sitrep.evaluate.case2021 import ACLED_LABELS, read_case2021
from sitrep.evaluate.events import command, km, macro_f1, norm_admin, same_admin, sniff
from sitrep.evaluate.plover_gsr import read_plover_gsr
from sitrep.events.ontology import ACLED_SUBTYPES, PLOVER_TYPES

FIXTURE = Path(__file__).parent / "fixtures" / "acled_ukraine.csv"


def test_metrics():
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("c", None)]
    # a: tp1 fp0 fn1 -> 0.667; b: tp1 fp1 -> 0.667; c: 0
    assert abs(macro_f1(pairs, ["a", "b", "c", "d"]) - (2 / 3 + 2 / 3 + 0) / 3) < 1e-9
    assert abs(km(50.4547, 30.5238, 49.9818, 36.2548) - 410) < 10  # Kyiv - Kharkiv
    assert norm_admin("Kharkivs’ka Oblast’") == norm_admin("Kharkiv") == "kharkiv"
    assert norm_admin("Kiev Oblast") == norm_admin("Kyiv")
    assert same_admin("Donetska Oblast", "Donetsk") and same_admin("Sumska Oblast", "Sumy")
    assert not same_admin("Kyiv Oblast", "Kyiv City") and not same_admin("Kherson Oblast", "Kharkiv")


def test_acled_dates():
    assert iso_date("15 February 2023") == iso_date("2023-02-15") == "2023-02-15"
    assert iso_date("") is None


def test_case_labels_map_to_the_25_acled_subtypes():
    assert set(ACLED_LABELS.values()) == set(ACLED_SUBTYPES)


def test_eval_command_on_the_acled_fixture():
    result = CliRunner().invoke(command, [str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    assert '"format": "acled"' in result.output and '"sub_acc"' in result.output


def test_shared_benchmarks_read(shared_dir):
    case = list(read_case2021(shared_dir / "eval/events/case2021-task2-test.tsv"))
    assert len(case) > 1000 and {s.split for s in case} == {"tune", "held-out"}
    gsr = list(read_plover_gsr(shared_dir / "eval/events/PLOVER_GSR_CAMEO.json"))
    assert gsr and all(r.event in PLOVER_TYPES for r in gsr)
    assert sniff(shared_dir / "eval/events/PLOVER_GSR_CAMEO.json") == "plover"
    assert sniff(shared_dir / "eval/events/case2021-task2-test.tsv") == "case"
    assert sniff(FIXTURE) == "acled"


def test_heldout_fixture_is_an_acled_export():
    """The second fixture is in ACLED's export layout (event_id_cnty, day-month-year dates...)."""
    from sitrep.evaluate.acled import read_acled

    path = FIXTURE.with_name("acled_ukraine_heldout.csv")
    rows = list(read_acled(path))
    assert sniff(path) == "acled" and len(rows) == 40
    assert all(r.id.startswith("UKRX") and r.event_date and r.geo_precision in (1, 2, 3) for r in rows)
