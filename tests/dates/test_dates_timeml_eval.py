"""The TimeML reader and the TempEval-style scorer behind `sitrep eval time`."""

import pytest
from click.testing import CliRunner

from sitrep.evaluate.time import Predicted, command, score, split_of
from sitrep.evaluate.timeml import read_timeml

# Written for this test (not from any corpus), in the TempEval-3 layout.
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-02-15" temporalFunction="false" functionInDocument="CREATION_TIME">2023-02-15</TIMEX3></DCT>
<TEXT>
KYIV &amp; KHARKIV - Russian forces <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> Kharkiv <TIMEX3 tid="t1" type="DATE" value="2023-02-14">Tuesday</TIMEX3>, the governor said. The siege has lasted <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_markup_and_keeps_offsets(tmp_path):
    path = tmp_path / "test-1.tml"
    path.write_text(TML, "utf-8")
    doc = read_timeml(path)
    assert doc.dct == "2023-02-15" and doc.published == "2023-02-15"
    assert "KYIV & KHARKIV" in doc.text and "<EVENT" not in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2023-02-14"),
        ("three months", "DURATION", "P3M"),
    ]


def test_score_strict_relaxed_and_value(tmp_path):
    path = tmp_path / "test-1.tml"
    path.write_text(TML, "utf-8")
    doc = read_timeml(path)
    t1, t2 = doc.timexes
    predicted = [
        Predicted(t1.start - 3, t1.end, "DATE", "2023-02-14"),  # relaxed hit, right value
        Predicted(t2.start, t2.end, "DATE", "2023-05-15"),  # strict hit, wrong type and value
        Predicted(0, 4, "DATE", "PRESENT_REF"),  # spurious
    ]
    c = score(doc, predicted)
    assert (c.gold, c.pred, c.strict, c.relaxed, c.type_ok, c.value_ok) == (2, 3, 1, 2, 1, 1)


def test_value_f1_is_tempeval3_value_accuracy_times_relaxed_f1(tmp_path):
    """TempEval-3 reports value F1 as (value accuracy over relaxed matches) x relaxed F1."""
    path = tmp_path / "test-1.tml"
    path.write_text(TML, "utf-8")
    doc = read_timeml(path)
    t1, t2 = doc.timexes
    predicted = [
        Predicted(t1.start, t1.end, "DATE", "2023-02-14"),
        Predicted(t2.start, t2.end, "DURATION", "P3M"),
        Predicted(0, 4, "DATE", "PRESENT_REF"),
    ]
    c = score(doc, predicted)
    relaxed_f1 = c.prf(c.relaxed)[2]
    assert c.prf(c.value_ok)[2] == pytest.approx(c.value_ok / c.relaxed * relaxed_f1)
    # exact strings, as the TE3 scorer compares them: a time at another granularity is wrong
    c = score(doc, [Predicted(t1.start, t1.end, "DATE", "2023-02-14T00:00")])
    assert c.relaxed == 1 and c.value_ok == 0


def test_split_is_fixed_by_name():
    assert split_of("wsj_0001") == split_of("wsj_0001")
    assert {split_of(f"doc{i}") for i in range(20)} == {"tune", "held-out"}


def test_eval_command_runs_on_a_directory(tmp_path):
    (tmp_path / "test-1.tml").write_text(TML, "utf-8")
    result = CliRunner().invoke(command, [str(tmp_path), "--no-peer"])
    assert result.exit_code == 0, result.output
    assert "sitrep" in result.output and "all" in result.output


def test_eval_on_shared_timebank_sample(shared_dir):
    directory = shared_dir / "eval" / "time" / "TimeBank"
    result = CliRunner().invoke(command, [str(directory), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "dateparser" in result.output


def test_dateparser_peer_gives_dated_spans(tmp_path):
    from sitrep.evaluate.time import dateparser_system

    path = tmp_path / "test-1.tml"
    path.write_text(TML, "utf-8")
    doc = read_timeml(path)
    predicted = dateparser_system()(doc)
    assert all(0 <= p.start < p.end <= len(doc.text) for p in predicted)
    assert all(p.type in ("DATE", "TIME") for p in predicted)


def test_errors_file_lists_misses_with_context(tmp_path):
    name = next(f"doc{i}" for i in range(100) if split_of(f"doc{i}") == "tune")
    (tmp_path / f"{name}.tml").write_text(TML.replace("The siege has", "By Friday the siege had"), "utf-8")
    errors = tmp_path / "errors.tsv"
    result = CliRunner().invoke(command, [str(tmp_path), "--no-peer", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    header, *rows = errors.read_text("utf-8").splitlines()
    assert header.split("\t")[:3] == ["kind", "doc", "dct"]
    assert all(len(r.split("\t")) == len(header.split("\t")) for r in rows)
    assert [r.split("\t")[0] for r in rows] == ["EXTRA"] and "[[Friday]]" in rows[0]
    assert rows[0].split("\t")[1] == name
