"""The events stage on the full pipeline: what it guarantees whatever the other stages find."""

from __future__ import annotations

import csv
from pathlib import Path

from sitrep.events.actors import side_and_sector
from sitrep.events.export import ACLED_COLUMNS, acled_rows, evidence_sentence, geojson_features
from sitrep.events.ontology import ACLED_SUB_TO_TYPE, PLOVER_TYPES
from sitrep.record import validate

FIXTURE = Path(__file__).parent / "fixtures" / "acled_ukraine.csv"


def test_every_event_is_typed_and_carries_its_evidence(pipeline, sample_text):
    record = pipeline(sample_text, published="2023-02-15")
    validate(record.to_dict())
    assert record.events
    for e in record.events:
        assert e.type in PLOVER_TYPES
        assert (
            e.acled_sub_event_type is None or ACLED_SUB_TO_TYPE[e.acled_sub_event_type] == e.acled_event_type
        )
        assert 0 <= e.evidence.start < e.evidence.end <= len(sample_text)
        assert e.place is None or 0 <= e.place < len(record.places)
        assert e.claim is None or e.claim in {c.id for c in record.claims}
    assert len({e.id for e in record.events}) == len(record.events)


def _event_at(record, text, phrase):
    """The events whose evidence holds `phrase`."""
    i = text.index(phrase)
    return [e for e in record.events if e.evidence.start <= i < e.evidence.end]


def test_negated_and_planned_events_are_marked_not_counted(pipeline, sample_text):
    record = pipeline(sample_text, published="2023-02-15")
    validate(record.to_dict())
    (losses,) = [e for e in _event_at(record, sample_text, "No notable losses") if e.type == "ASSAULT"]
    assert losses.modality == "negated"
    recover = _event_at(record, sample_text, "recover the communities")
    assert {e.modality for e in recover if e.acled_sub_event_type} == {"hypothetical"}
    # the stated intent itself happened (PLOVER codes it as the threat), the recapture did not
    assert any(e.type == "THREATEN" and e.modality == "asserted" for e in recover)
    start = _event_at(record, sample_text, "will likely start")
    assert start and all(e.modality == "hypothetical" for e in start)
    rows = list(acled_rows([record]))
    assert not any(r["notes"].startswith("No notable losses") for r in rows)
    assert not any("will likely start" in r["notes"] for r in rows)
    assert not any("intends to recover" in r["notes"] and r["sub_event_type"] for r in rows)
    assert len(rows) == sum(e.modality == "asserted" and bool(e.acled_event_type) for e in record.events)


def test_event_precision_and_actor_sector(pipeline):
    text = (
        "Russian forces shelled Kherson on 14 February 2023, killing 3 civilians.\n\n"
        "Ukrainian troops repelled an assault near the town."
    )
    record = pipeline(text, published="2023-02-20")
    validate(record.to_dict())
    first = next(e for e in record.events if e.acled_sub_event_type)
    assert first.modality == "asserted"
    assert {(a.text, a.role, a.sector) for a in first.actors} >= {
        ("Russian forces", "actor", "military"),
        ("3 civilians", "target", "civilians"),
    }
    if record.times:
        assert (first.date, first.date_precision) == ("2023-02-14", "own")
        second = [e for e in record.events if e.evidence.start > text.index("\n\n")]
        # a new paragraph does not inherit the date: the publication dates it
        assert second and all(e.date_precision == "publication" for e in second)
    if record.places:
        assert first.place_precision == "clause"


def test_shelling_sentence_gives_acled_event_with_arguments(pipeline):
    text = "On 15 February 2023, Russian forces shelled Kherson city, killing 3 civilians and wounding 12 others."
    record = pipeline(text, published="2023-02-20")
    (event,) = [e for e in record.events if e.acled_sub_event_type]
    assert (event.type, event.acled_event_type, event.acled_sub_event_type) == (
        "ASSAULT",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    actor = next(a for a in event.actors if a.role == "actor")
    assert actor.text == "Russian forces" and actor.side == "RU"
    assert any(a.role == "target" and "civilians" in a.text for a in event.actors)
    assert {(q.value, q.unit) for q in event.quantities} == {(3.0, "killed"), (12.0, "wounded")}
    if record.times:  # the date comes from the dates stage when it is there
        assert event.date == "2023-02-15"


def test_event_reported_by_a_speaker_links_to_the_claim(pipeline):
    text = "The governor said that Russian forces shelled Nikopol overnight, wounding two people."
    record = pipeline(text, published="2023-02-20")
    event = next(e for e in record.events if e.acled_sub_event_type)
    if record.claims:  # the claims stage decides what a claim is; the event must link to it
        claim = next(c for c in record.claims if c.content.start <= event.evidence.start + 30 < c.content.end)
        assert event.claim == claim.id


def test_side_and_sector_from_actor_words():
    assert side_and_sector("military forces of russia".split()) == ("RU", "military")
    assert side_and_sector("ukrainian border guards".split()) == ("UA", "police")
    assert side_and_sector(["civilians"]) == (None, "civilians")
    assert side_and_sector(["nato"]) == ("NATO", "international")
    # "United" and "nations" alone are no United Nations.
    assert side_and_sector("the united arab emirates".split())[0] == "AE"
    assert side_and_sector("western nations".split())[0] is None
    assert side_and_sector("the united nations".split()) == ("UN", "international")
    assert side_and_sector("u.n. peacekeepers".split())[0] == "UN"


def test_acled_rows_and_geojson_from_a_record(pipeline):
    text = "On 15 February 2023, Russian forces shelled Kherson city, killing 3 civilians. The mayor spoke later."
    record = pipeline(text, published="2023-02-20")
    record.article.source = "test-wire"
    rows = list(acled_rows([record]))
    assert rows and all(tuple(r) == ACLED_COLUMNS for r in rows)
    row = next(r for r in rows if r["sub_event_type"])
    assert row["fatalities"] == 3
    assert row["notes"] == "On 15 February 2023, Russian forces shelled Kherson city, killing 3 civilians."
    assert row["source"] == "test-wire"
    features = list(geojson_features([record]))
    for f in features:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["plover_type"] in PLOVER_TYPES
        assert f["properties"]["modality"] == "asserted"


def test_exports_skip_negated_and_hypothetical_events(pipeline):
    text = (
        "Russian forces shelled Kharkiv on 15 February 2023. "
        "Russian forces did not shell Kherson. "
        "Russian forces will likely shell Odesa next week."
    )
    record = pipeline(text, published="2023-02-20")
    validate(record.to_dict())
    by_sentence = {
        s: {
            e.modality
            for e in record.events
            if e.acled_sub_event_type and s in text[e.evidence.start : e.evidence.end]
        }
        for s in ("Kharkiv", "Kherson", "Odesa")
    }
    assert by_sentence == {"Kharkiv": {"asserted"}, "Kherson": {"negated"}, "Odesa": {"hypothetical"}}
    rows = [r for r in acled_rows([record]) if r["sub_event_type"]]
    assert [r["notes"] for r in rows] == ["Russian forces shelled Kharkiv on 15 February 2023."]
    assert all("Kharkiv" in f["properties"]["notes"] for f in geojson_features([record]))


def test_evidence_sentence_cuts_at_sentence_ends():
    text = "First one. Russian forces shelled Sumy. Then quiet."
    start = text.index("shelled")
    assert evidence_sentence(text, start, start + 7) == "Russian forces shelled Sumy."


def test_acled_fixture_reads_and_codes(pipeline):
    from sitrep.evaluate.acled import read_acled

    rows = list(read_acled(FIXTURE))
    with FIXTURE.open(encoding="utf-8") as fh:
        assert len(rows) == sum(1 for _ in csv.DictReader(fh))
    assert rows[0].event_date == "2023-02-15" and rows[0].latitude is not None
    record = pipeline(rows[0].notes)
    assert any(e.acled_sub_event_type == rows[0].sub_event_type for e in record.events)


def test_plover_reading_of_intents_refusals_and_demands(pipeline):
    def types(text):
        return {e.type for e in pipeline(text).events}

    assert "AGREE" in types("Britain promised to continue military aid to Ukraine.")
    assert "REJECT" in types(
        "Serbia and Kosovo failed to reach agreement on the status of the border crossings."
    )
    assert "REQUEST" in types(
        "The British foreign secretary said that the Sudanese government must release the prisoners."
    )
    assert "THREATEN" in types(
        "Nigeria announced that it will withdraw its troops from Chad unless a ceasefire is arranged."
    )


def test_interaction_target_is_the_political_actor_not_the_thing(pipeline):
    record = pipeline("Montenegro's government lifted the night curfew imposed on Serbia last week.")
    validate(record.to_dict())
    event = next(e for e in record.events if e.type == "CONCEDE")
    targets = [a.text for a in event.actors if a.role == "target"]
    assert targets == ["Serbia"]


def test_pronoun_and_controlled_actors_resolve_to_the_named_subject(pipeline):
    record = pipeline(
        "Nigeria announced that it will withdraw its troops from Chad unless a ceasefire is arranged."
    )
    threat = next(e for e in record.events if e.type == "THREATEN")
    assert [a.text for a in threat.actors if a.role == "actor"] == ["Nigeria"]
    record = pipeline(
        "The British foreign secretary said that the Sudanese government must release the prisoners."
    )
    request = next(e for e in record.events if e.type == "REQUEST")
    assert [a.text for a in request.actors if a.role == "actor"] == ["British foreign secretary"]
    assert "Sudanese government" in [a.text for a in request.actors if a.role == "target"]


def test_an_event_on_a_part_of_a_day_is_dated_that_day(pipeline):
    text = "On Tuesday evening, Russian shelling killed two civilians in Kherson, the governor said."
    record = pipeline(text, published="2023-02-15")
    validate(record.to_dict())
    (shelling,) = [e for e in record.events if e.acled_sub_event_type == "Shelling/artillery/missile attack"]
    assert (shelling.date, shelling.date_precision) == ("2023-02-14", "own")
    record = pipeline(
        "Russian missiles struck Odesa on Sunday night, killing three people.", published="2023-07-19"
    )
    assert {e.date for e in record.events if e.acled_event_type} == {"2023-07-16"}


def test_who_reports_or_confirms_an_attack_is_not_its_actor(pipeline):
    record = pipeline("Ukraine's General Staff did not confirm an offensive.", published="2023-06-08")
    validate(record.to_dict())
    assert all("General Staff" not in a.text for e in record.events for a in e.actors)
    assert all(e.modality != "negated" for e in record.events)
    record = pipeline(
        "The regional police reported a drone attack on a school in Sumy.", published="2023-06-08"
    )
    attack = next(e for e in record.events if e.type == "ASSAULT")
    assert all("police" not in a.text for a in attack.actors if a.role == "actor")
    # The subject of an act is still its actor.
    record = pipeline("Russian forces launched a drone attack on a school in Sumy.", published="2023-06-08")
    attack = next(e for e in record.events if e.type == "ASSAULT")
    assert [a.text for a in attack.actors if a.role == "actor"] == ["Russian forces"]


def test_the_accused_is_the_target_without_the_accusation(pipeline):
    record = pipeline("Ukraine accused Russian forces of blowing up the dam.", published="2023-06-06")
    accuse = next(e for e in record.events if e.type == "ACCUSE")
    assert [(a.text, a.side) for a in accuse.actors if a.role == "target"] == [("Russian forces", "RU")]
    # "of" a body still belongs to the name.
    record = pipeline(
        "Moldova accused the armed forces of Russia of violating its airspace.", published="2023-06-06"
    )
    accuse = next(e for e in record.events if e.type == "ACCUSE")
    assert [a.text for a in accuse.actors if a.role == "target"] == ["armed forces of Russia"]


def test_the_recipient_of_a_handover_is_not_where_it_happened(pipeline):
    text = "Russia intends to recover the villages it gave up to Kyiv in the northeastern Kharkiv region last year."
    record = pipeline(text, published="2023-02-15")
    validate(record.to_dict())
    assert record.events
    for e in record.events:
        assert record.places[e.place].text == "Kharkiv", e
    # A town under "to" where troops moved is still the scene.
    record = pipeline("Russian troops advanced to Kupiansk in the Kharkiv region.", published="2023-02-15")
    assert {record.places[e.place].text for e in record.events} == {"Kupiansk"}


def test_its_forces_take_the_side_of_the_state_that_owns_them(pipeline):
    record = pipeline(
        "Ukraine says its forces retook Izium and Kupiansk in Kharkiv region.", published="2022-09-11"
    )
    validate(record.to_dict())
    actors = [(a.text, a.side) for e in record.events for a in e.actors if a.role == "actor"]
    assert ("its forces", "UA") in actors
    record = pipeline(
        "Russia claimed on Wednesday that its soldiers had smashed Ukrainian defenses.",
        published="2023-02-15",
    )
    actors = [(a.text, a.side) for e in record.events for a in e.actors if a.role == "actor"]
    assert ("its soldiers", "RU") in actors


def test_who_fled_after_a_bombardment_did_not_bombard(pipeline):
    record = pipeline("The Ukrainians fled the province after Russian bombardment.", published="2023-02-15")
    validate(record.to_dict())
    bombardment = next(e for e in record.events if e.type == "ASSAULT")
    assert [(a.text, a.side) for a in bombardment.actors if a.role == "actor"] == [("Russian", "RU")]
    record = pipeline(
        "During the offensive, the Ukrainian troops retreated by up to 3 km.", published="2023-02-15"
    )
    for e in record.events:
        if e.type == "ASSAULT":
            assert not any(a.role == "actor" and a.side == "UA" for a in e.actors)


def test_a_country_that_supplied_the_weapons_is_not_where_they_were_used(pipeline):
    text = "Ukrainian forces shelled Russian positions near Izium with rocket systems supplied by the United States."
    record = pipeline(text, published="2022-09-11")
    validate(record.to_dict())
    for e in record.events:
        if e.type == "ASSAULT":
            assert record.places[e.place].text == "Izium"
    text = "Western officials said the counteroffensive had been helped by rocket systems supplied by the United States."
    record = pipeline(text, published="2022-09-11")
    assert all(e.place is None or record.places[e.place].text != "United States" for e in record.events)


def test_acled_csv_rows_are_only_events_acled_codes_and_point_at_their_evidence(pipeline):
    text = (
        "Russian forces shelled Kherson city on 15 February 2023, killing 3 civilians. "
        "Zelenskiy met the Dutch prime minister in Kyiv on Monday."
    )
    record = pipeline(text, published="2023-02-20")
    asserted = [e for e in record.events if e.modality == "asserted"]
    assert any(e.acled_event_type is None for e in asserted), "the meeting is a PLOVER-only event"
    rows = list(acled_rows([record]))
    assert rows and all(r["event_type"] for r in rows)
    shelling = next(r for r in rows if "shelled" in r["notes"])
    assert shelling["article_id"] == record.article.id
    assert "shelled" in text[shelling["evidence_start"] : shelling["evidence_end"]]
    assert shelling["plover_type"] == "ASSAULT"
    features = list(geojson_features([record]))
    assert any(f["properties"]["event_type"] == "" for f in features), "GeoJSON keeps PLOVER-only events"


def test_an_event_a_speaker_calls_untrue_is_negated(pipeline):
    text = (
        'The governor of Kharkiv said: "Reports that our troops have withdrawn from Kupiansk '
        'do not correspond to reality."'
    )
    record = pipeline(text, published="2023-02-15")
    (retreat,) = [e for e in record.events if e.type == "RETREAT"]
    assert retreat.modality == "negated"


def test_an_event_in_a_claim_another_side_denied_is_not_asserted(pipeline):
    text = (
        "Russia's defence ministry said its forces had captured the village of Dvorichna. "
        "Ukraine's General Staff denied that Russian forces had captured Dvorichna."
    )
    record = pipeline(text, published="2023-02-15")
    claimed = [c for c in record.claims if c.status == "denied"]
    assert claimed
    in_denied = [e for e in record.events if e.claim in {c.id for c in claimed}]
    assert in_denied and all(e.modality != "asserted" for e in in_denied)


def test_a_breached_dam_is_an_event_and_carries_the_evacuated(pipeline):
    text = (
        "The Kakhovka dam on the Dnipro river was breached early on Tuesday, flooding villages "
        "downstream in the Kherson region and forcing the evacuation of about 1,300 people, "
        "Ukrainian officials said."
    )
    record = pipeline(text, published="2023-06-06")
    (breach,) = [e for e in record.events if e.acled_event_type]
    assert breach.acled_event_type == "Strategic developments"
    assert [(q.value, q.unit) for q in breach.quantities] == [(1300.0, "displaced")]
    # a dam that bursts after heavy rain is still a natural disaster, no event
    rain = pipeline("The dam burst after heavy rain, flooding villages downstream.", published="2023-06-06")
    assert not [e for e in rain.events if e.acled_event_type]


def test_air_defences_a_side_reports_are_its_own(pipeline):
    text = (
        "Russian drones struck grain terminals in the Odesa region overnight, Ukraine's southern military "
        "command said on Wednesday.\n\nAir defences shot down 23 of the 37 drones launched, the air force said."
    )
    record = pipeline(text, published="2023-07-19")
    (defence,) = [a for e in record.events for a in e.actors if a.text == "Air defences"]
    assert defence.side == "UA"
    # no speaker side, no guess
    record = pipeline(
        "Air defences shot down 23 of the 37 drones launched overnight.", published="2023-07-19"
    )
    assert all(a.side is None for e in record.events for a in e.actors if a.text == "Air defences")


def test_forces_that_blew_up_a_dam_set_off_explosives(pipeline):
    record = pipeline("Russian forces blew up the Nova Kakhovka dam on Tuesday.", published="2023-06-06")
    (blast,) = [e for e in record.events if e.acled_sub_event_type]
    assert blast.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert ("RU", "actor") in {(a.side, a.role) for a in blast.actors}
