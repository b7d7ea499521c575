"""The BRAT reader and the attribution scores that `sitrep eval attribution` prints."""

from __future__ import annotations

from sitrep.evaluate.attribution import Predicted, Score, score_article
from sitrep.evaluate.brat import ROLES, AnnotatedText, parse_ann, read_split

TEXT = '"We will hold Bakhmut," the commander said. He added that reinforcements had arrived.'
ANN = (
    'T1\tContent 0 23\t"We will hold Bakhmut,"\n'
    "T2\tSource 24 37\tthe commander\n"
    "T3\tCue 38 42\tsaid\n"
    "T4\tAttribution 38 42\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 44 46\tHe\n"
    "T6\tCue 47 52\tadded\n"
    "T7\tContent 53 72;73 84\tthat reinforcements had arrived\n"
    "T8\tAttribution 47 52\tadded\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
)


def test_parse_ann_reads_roles_and_discontinuous_spans():
    atts = parse_ann(ANN)
    assert len(atts) == 2
    assert atts[0].source == [((24, 37),)]
    assert atts[1].content == [((53, 72), (73, 84))]


def _scores(pred: Predicted):
    exact = {r: Score() for r in ROLES}
    overlap = {r: Score() for r in ROLES}
    score_article(AnnotatedText("t", TEXT, parse_ann(ANN)), pred, exact, overlap)
    return exact, overlap


def test_exact_and_overlap_scores():
    perfect = Predicted(source=[(24, 37), (44, 46)], cue=[(38, 42), (47, 52)], content=[(0, 23), (53, 84)])
    exact, overlap = _scores(perfect)
    assert all(exact[r].f1 == 1.0 and overlap[r].f1 == 1.0 for r in ROLES)

    # The second content one word short: exact misses it, overlap gives partial credit.
    short = Predicted(source=[(24, 37)], cue=[(38, 42)], content=[(0, 23), (53, 76)])
    exact, overlap = _scores(short)
    assert exact["content"].p == 0.5 and exact["content"].r == 0.5
    assert overlap["content"].p == 1.0 and 0.8 < overlap["content"].r < 1.0
    assert exact["source"].p == 1.0 and exact["source"].r == 0.5


def test_polnear_dev_split_reads(shared_dir):
    split = shared_dir / "eval" / "attribution" / "PolNeAR" / "dev"
    if not split.is_dir():
        import pytest

        pytest.skip("PolNeAR dev split not present")
    docs = read_split(split, limit=3)
    assert len(docs) == 3
    for doc in docs:
        for att in doc.attributions:
            for frag in att.cue:
                assert all(0 <= a < b <= len(doc.text) for a, b in frag)


def test_sitrep_predictions_score_perfectly_on_a_plain_case(nlp):
    from sitrep.evaluate.attribution import sitrep_predictions

    pred = sitrep_predictions(nlp)(nlp(TEXT))
    exact, _ = _scores(pred)
    assert {r: exact[r].f1 for r in ROLES} == {"source": 1.0, "cue": 1.0, "content": 1.0}


def test_discontinuous_fragments_are_read_in_text_order():
    # An annotator listed the later piece first; the outer extent still runs start to end.
    (att,) = parse_ann(
        "T1\tContent 73 84;53 72\tthat reinforcements had arrived\nE1\tAttribution:T1 Content:T1\n"
    )
    assert att.content == [((53, 72), (73, 84))]
    exact = {r: Score() for r in ROLES}
    overlap = {r: Score() for r in ROLES}
    score_article(AnnotatedText("t", TEXT, [att]), Predicted(content=[(53, 84)]), exact, overlap)
    assert exact["content"].f1 == 1.0
