"""Benchmark readers and metrics for `sitrep eval geo` (on small files written here, not benchmark text)."""

from __future__ import annotations

from sitrep.evaluate.geo import Tally, auc, evaluate
from sitrep.evaluate.geo_formats import read

GWN_LIKE = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><link>l</link>
<text>Shelling hit the city of Kharkiv and the Kharkiv region on Monday, officials in Kyiv said.</text>
<toponyms>
<toponym><extractedName>Kharkiv</extractedName><type>Literal</type><nonLocational>No</nonLocational>
<start>25</start><end>32</end><geonamesID>706483</geonamesID><latitude>49.98081</latitude><longitude>36.25272</longitude></toponym>
<toponym><extractedName>Kharkiv</extractedName><type>Literal_Modifier</type><nonLocational>No</nonLocational>
<start>41</start><end>48</end><geonamesID>706482</geonamesID><latitude>49.5</latitude><longitude>36.5</longitude></toponym>
<toponym><extractedName>officials</extractedName><type>Non_Lit_Expression</type><nonLocational>Yes</nonLocational>
<start>67</start><end>76</end></toponym>
<toponym><extractedName>Kyiv</extractedName><type>Metonymic</type><nonLocational>No</nonLocational>
<start>80</start><end>84</end><geonamesID>703448</geonamesID><latitude>50.45466</latitude><longitude>30.5238</longitude></toponym>
</toponyms></article></articles>"""

LGL_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title>
<text><![CDATA[Turkish troops entered Syria near Aleppo.]]></text>
<toponyms>
<toponym><phrase>Turkish</phrase><start>0</start><end>7</end>
<gaztag geonameid="298795"><name>Turkey</name><fclass>A</fclass><fcode>PCLI</fcode><lat>39</lat><lon>35</lon></gaztag></toponym>
<toponym><phrase>Syria</phrase><start>24</start><end>29</end>
<gaztag geonameid="163843"><name>Syria</name><fclass>A</fclass><fcode>PCLI</fcode><lat>35</lat><lon>38</lon></gaztag></toponym>
<toponym><phrase>Aleppo</phrase><start>34</start><end>40</end>
<gaztag geonameid="170063"><name>Aleppo</name><fclass>P</fclass><fcode>PPLA</fcode><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
</toponyms></article></articles>"""


def test_readers_and_gold_span_resolution(tmp_path):
    gwn, lgl = tmp_path / "gwn.xml", tmp_path / "lgl.xml"
    gwn.write_text(GWN_LIKE, "utf-8")
    lgl.write_text(LGL_LIKE, "utf-8")
    (a,) = read(gwn)
    assert [t.text for t in a.toponyms] == ["Kharkiv", "Kharkiv", "Kyiv"]  # the expression is skipped
    (b,) = read(lgl)
    assert [t.text for t in b.toponyms] == ["Turkish", "Syria", "Aleppo"]  # offset drift repaired
    res = evaluate([a, a], gold_spans=True)["all"]
    assert res["resolved"] == 6 and res["exact"] == 1.0 and res["acc161"] == 1.0
    assert evaluate([b], gold_spans=True)["all"]["exact"] == 1.0


def test_metrics():
    assert auc([0.0, 0.0]) == 0.0
    assert 0.99 < auc([20039.0, 20039.0]) <= 1.0
    t = Tally(tp=3, fp=1, fn=1, errors=[0.0, 100.0, 1000.0], exact=1)
    m = t.metrics(True)
    assert m["precision"] == 0.75 and m["recall"] == 0.75 and round(m["acc161"], 3) == 0.667
    assert m["median_km"] == 100.0


def test_end_to_end_on_the_shared_corpus_if_present(shared_dir):
    arts = read(shared_dir / "eval" / "geo" / "TR-News.xml")[:3]
    res = evaluate(arts, gold_spans=False)["all"]
    assert res["precision"] > 0.5 and res["recall"] > 0.4


SEA_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title>
<text><![CDATA[Ships left Odesa for the Black Sea.]]></text>
<toponyms>
<toponym><phrase>Odesa</phrase><start>11</start><end>16</end>
<gaztag geonameid="698740"><name>Odesa</name><lat>46.47747</lat><lon>30.73262</lon></gaztag></toponym>
<toponym><phrase>Black Sea</phrase><start>25</start><end>34</end>
<gaztag geonameid="630673"><name>Black Sea</name><lat>43.0</lat><lon>35.0</lon></gaztag></toponym>
</toponyms></article></articles>"""


def test_coverage_ceilings_count_gold_ids_the_gazetteer_lacks(tmp_path):
    path = tmp_path / "sea.xml"
    path.write_text(SEA_LIKE, "utf-8")
    res = evaluate(read(path), gold_spans=True)["all"]
    # Odesa is in the gazetteer and among its name's candidates; the Black Sea is in neither.
    assert res["cover_gaz"] == 0.5 and res["cover_id"] == 0.5
    assert res["exact"] <= res["cover_id"]


def test_errors_file_lists_each_wrong_choice_with_its_reason(tmp_path):
    import json

    from click.testing import CliRunner

    from sitrep.evaluate.geo import command

    path, out = tmp_path / "gwn.xml", tmp_path / "errors.jsonl"
    # The second Kharkiv is tagged with Kyiv's id: a wrong choice the errors file must show.
    path.write_text(
        GWN_LIKE.replace("<geonamesID>706482</geonamesID>", "<geonamesID>703448</geonamesID>"), "utf-8"
    )
    result = CliRunner().invoke(command, [str(path), "--gold-spans", "--errors", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 1
    (row,) = rows
    assert row["text"] == "Kharkiv" and row["gold_id"] == 703448 and row["gold_name"] == "Kyiv"
    assert row["pred_feature"] == "admin1" and row["reason"] and "Kharkiv region" in row["context"]
    assert row["split"] == "heldout" and row["gold_in_candidates"] is False
