"""ACLED-style notes: where the event happened, attempted assaults, boilerplate, disappearances,
and the reader of ACLED's own export format."""

from __future__ import annotations

from sitrep.evaluate.acled import read_acled
from sitrep.events.classify import code_span
from sitrep.events.detect import choose_place, in_parentheses_after_name
from sitrep.events.modality import ASSERTED, modality
from sitrep.record import Place


def _place(text: str, name: str, feature: str, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(
        name, start, start + len(name), 1, name, feature, "UA", "UA.07", "Kharkiv Oblast", 50.0, 36.0
    )


def test_parenthetical_admin_units_are_context_not_the_location():
    text = "On 3 March 2023, Russian forces struck Kharkiv city (Kharkiv, Kharkiv) with S-300 missiles."
    assert in_parentheses_after_name(text, text.index("Kharkiv,"))
    assert in_parentheses_after_name(text, text.index("Kharkiv)"))
    assert not in_parentheses_after_name(text, text.index("Kharkiv city"))
    assert not in_parentheses_after_name("Shelling hit (mostly) Kharkiv.", 23)


def test_the_named_place_beats_its_admin_context(nlp):
    text = (
        "On 14 February 2023, Russian forces shelled Vuhledar (Volnovaskyi, Donetsk). No casualties reported."
    )
    doc = nlp(text)
    # the town resolved only as a district-level unit, the context as a city: the town still wins
    places = [
        _place(text, "Vuhledar", "admin2"),
        _place(text, "Volnovaskyi", "admin2"),
        _place(text, "Donetsk", "city"),
    ]
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert choose_place(places, shelled, shelled.sent) == (0, "clause")
    # with only the context resolved, it is used but marked as context
    assert choose_place(places[1:], shelled, shelled.sent) == (1, "context")


def test_where_the_fire_came_from_is_not_the_location(nlp):
    text = "Russian forces fired from Belgorod at Kharkiv, wounding 2 civilians."
    doc = nlp(text)
    places = [_place(text, "Belgorod", "city"), _place(text, "Kharkiv", "city")]
    fired = next(t for t in doc if t.lower_ == "fired")
    assert choose_place(places, fired, fired.sent)[0] == 1
    text = "Russian forces shelled Nikopol from across the Dnipro river, wounding 1 woman."
    doc = nlp(text)
    places = [_place(text, "Dnipro", "city"), _place(text, "Nikopol", "city")]
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert choose_place(places, shelled, shelled.sent)[0] == 1


def test_an_attempted_advance_is_a_clash_that_happened(nlp):
    doc = nlp("Russian forces made unsuccessful attempts to advance near Vuhledar. Casualties unknown.")
    coding = code_span(next(doc.sents))
    assert coding.sub_event_type == "Armed clash"
    assert modality(doc[coding.trigger]) == ASSERTED
    doc = nlp("Russian forces tried to capture Kreminna but were repelled by Ukrainian forces.")
    assert code_span(doc).sub_event_type == "Armed clash"  # the town did not change hands
    doc = nlp("Russian forces will try to advance near Vuhledar.")
    advance = next(t for t in doc if t.lower_ == "advance")
    assert modality(advance) != ASSERTED


def test_casualty_boilerplate_names_no_casualties(nlp):
    doc = nlp("Ukrainian forces repelled an attack near Kupiansk. Casualties unknown.")
    assert "A_KILL" not in code_span(doc[-3:]).cues


def test_a_detention_with_whereabouts_unknown_is_a_disappearance(nlp):
    doc = nlp(
        "Russian forces detained a local council member in Nova Kakhovka; his whereabouts remain unknown."
    )
    assert code_span(doc).sub_event_type == "Abduction/forced disappearance"
    doc = nlp("Police detained two men suspected of passing information to Russian forces.")
    assert code_span(doc).sub_event_type == "Arrests"


def test_reader_takes_acled_export_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "EVENT_ID_CNTY;EVENT_DATE;YEAR;TIME_PRECISION;DISORDER_TYPE;EVENT_TYPE;SUB_EVENT_TYPE;ACTOR1;"
        "ACTOR2;ADMIN1;ADMIN2;ADMIN3;LOCATION;LATITUDE;LONGITUDE;GEO_PRECISION;SOURCE;NOTES;FATALITIES\n"
        "UKR12345;15 February 2023;2023;1;Political violence;Explosions/Remote violence;"
        "Shelling/artillery/missile attack;Military Forces of Russia (2000-);;Kharkiv;Kharkivskyi;"
        'Kharkivska;Kharkiv;49.9818;36.2548;1;Suspilne;"On 15 February 2023, Russian forces shelled '
        'Kharkiv city (Kharkiv, Kharkiv); 2 civilians were injured.";0\n'
        "UKR12346;2023-02-16T00:00:00;2023;2;;Battles;Armed clash;;;Donetsk;;;Bakhmut;48.59;38.0;2;;;0\n",
        "utf-8",
    )
    (row,) = read_acled(path)  # the row without notes is skipped
    assert row.id == "UKR12345" and row.event_date == "2023-02-15"
    assert row.admin3 == "Kharkivska" and row.geo_precision == 1 and row.time_precision == 1
    assert row.latitude == 49.9818 and row.notes.startswith("On 15 February 2023")


def test_the_place_given_with_its_admin_units_is_the_coded_location(nlp):
    text = (
        "Russian forces shot at civilians crossing the Dnipro river near Kherson city (Khersonskyi, Kherson)."
    )
    doc = nlp(text)
    places = [_place(text, "Dnipro", "city"), _place(text, "Kherson", "city")]
    shot = next(t for t in doc if t.lower_ == "shot")
    assert choose_place(places, shot, shot.sent)[0] == 1


def test_ukraine_war_weapons_by_acled_sub_type(nlp):
    def sub(text: str) -> str | None:
        return code_span(next(nlp(text).sents)).sub_event_type

    # a drone dropping a grenade is a drone strike; a leftover shell that goes off is a remnant
    assert sub("A Russian drone dropped a grenade on a civilian car near Beryslav, injuring the driver.") == (
        "Air/drone strike"
    )
    assert sub("An unexploded shell detonated in a yard in Izium, injuring 2 children.") == (
        "Remote explosive/landmine/IED"
    )


def test_territory_positions_and_deployments(nlp):
    def sub(text: str) -> str | None:
        return code_span(next(nlp(text).sents)).sub_event_type

    assert (
        sub("Ukrainian forces liberated Klishchiivka (Bakhmutskyi, Donetsk).")
        == "Government regains territory"
    )
    assert sub("Russian forces captured Ukrainian positions near Kreminna after fighting.") == "Armed clash"
    assert sub("Russian forces conducted assault operations near Bakhmut.") == "Armed clash"
    assert (
        sub("Russian forces moved additional troops and equipment into Melitopol.")
        == "Change to group/activity"
    )


def test_a_strike_whose_drones_were_all_shot_down_is_disrupted(pipeline):
    text = (
        "On 9 March 2023, Russian forces launched 12 Shahed drones at Kyiv city (Kyiv, Kyiv City). "
        "All of them were shot down by Ukrainian air defence."
    )
    record = pipeline(text)
    first = [e for e in record.events if e.evidence.start == 0 and e.acled_sub_event_type]
    assert first and first[0].acled_sub_event_type == "Disrupted weapons use"
    one_hit = text.replace("All of them were shot down", "One of them hit a house; the rest were shot down")
    first = [e for e in pipeline(one_hit).events if e.evidence.start == 0 and e.acled_sub_event_type]
    assert first and first[0].acled_sub_event_type == "Air/drone strike"
