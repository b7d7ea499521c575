"""The ACLED reader takes exports as users have them: re-saved by a spreadsheet, from the API."""

import json

import pytest
from click.testing import CliRunner

from sitrep.evaluate.acled import UnreadableExport, read_acled
from sitrep.evaluate.events import command, sniff

HEADER = "event_id_cnty;event_date;event_type;sub_event_type;actor1;admin1;location;latitude;longitude;notes"
ROW = (
    "UKR9001;15 February 2023;Explosions/Remote violence;Shelling/artillery/missile attack;"
    "Military Forces of Russia (2000-);Kharkiv;Kupiansk;49,7106;37,6156;"
    "On 15 February 2023, Russian forces shelled Kupiansk, Kharkiv. Casualties unknown. Café damaged."
)


def test_a_cp1252_semicolon_export_with_decimal_commas_is_read(tmp_path):
    path = tmp_path / "resaved.csv"
    path.write_bytes((HEADER + "\r\n" + ROW + "\r\n").encode("cp1252"))
    (row,) = read_acled(path)
    assert row.id == "UKR9001" and row.event_date == "2023-02-15"
    assert row.latitude == pytest.approx(49.7106) and row.longitude == pytest.approx(37.6156)
    assert row.notes.endswith("Café damaged.")
    assert sniff(path) == "acled"


def test_the_api_json_is_an_acled_export_not_plover(tmp_path):
    api = {
        "status": 200,
        "success": True,
        "count": 2,
        "data": [
            {"event_id_cnty": "UKR9002", "event_date": "2024-01-01", "event_type": "Battles",
             "sub_event_type": "Armed clash", "actor1": "Military Forces of Ukraine (2019-)",
             "admin1": "Donetsk", "location": "Avdiivka", "latitude": "48.1394", "longitude": "37.7497",
             "notes": "On 1 January 2024, Ukrainian forces clashed with Russian forces near Avdiivka, Donetsk."},
            {"event_id_cnty": "UKR9003", "event_date": "2024-01-01", "event_type": "Battles",
             "sub_event_type": "Armed clash", "notes": ""},
        ],
    }  # fmt: skip
    path = tmp_path / "acled_api.json"
    path.write_text(json.dumps(api), "utf-8")
    assert sniff(path) == "acled"
    (row,) = read_acled(path)  # the row without notes is skipped
    assert row.location == "Avdiivka" and row.latitude == pytest.approx(48.1394)

    plover_like = tmp_path / "gsr.json"
    plover_like.write_text(
        json.dumps([{"id": "X-1", "event": "ASSAULT", "text": "Rebels shelled the town."}]), "utf-8"
    )
    assert sniff(plover_like) == "plover"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("events.xlsx", b"PK\x03\x04" + b"\x00" * 64, "save it as CSV"),
        ("events.csv", b"event_date,notes\n\x00\x01\x02", "binary content"),
        ("events.json", b'{"status": 200, "data": [', "not valid JSON"),
    ],
)
def test_an_unreadable_export_is_a_usage_error_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableExport, match=reason):
        list(read_acled(path))
    result = CliRunner().invoke(command, [str(path), "--format", "acled"])
    assert result.exit_code == 2
    assert name in result.output and reason in result.output
    assert "Traceback" not in result.output


def test_an_excel_unicode_text_export_is_read(tmp_path):
    # Excel's "Unicode Text" save: UTF-16 with a byte-order mark, tab-separated, NUL bytes throughout
    path = tmp_path / "unicode.txt"
    text = HEADER.replace(";", "\t") + "\r\n" + ROW.replace(";", "\t") + "\r\n"
    path.write_bytes(text.encode("utf-16"))
    (row,) = read_acled(path)
    assert row.id == "UKR9001" and row.location == "Kupiansk"
    assert row.latitude == pytest.approx(49.7106)
    assert row.notes.endswith("Café damaged.")
    assert sniff(path) == "acled"


def test_a_separator_line_is_read_and_a_csv_without_notes_is_refused(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\n" + HEADER + "\n" + ROW + "\n", "utf-8")
    (row,) = read_acled(path)
    assert row.id == "UKR9001" and row.admin1 == "Kharkiv"

    no_notes = tmp_path / "summary.csv"
    no_notes.write_text("country,year,events\nUkraine,2023,1200\n", "utf-8")
    with pytest.raises(UnreadableExport, match="no 'notes' column"):
        list(read_acled(no_notes))


def test_slashed_dates_follow_the_file_s_locale(tmp_path):
    def dates(name, content):
        path = tmp_path / name
        path.write_text(content, "utf-8")
        return [r.event_date for r in read_acled(path)]

    # a semicolon re-save writes day-first dates: 03/04/2023 is 3 April
    assert dates("eu.csv", HEADER + "\n" + ROW.replace("15 February 2023", "03/04/2023", 1) + "\n") == [
        "2023-04-03"
    ]
    # a day above 12 anywhere in the file settles it whatever the separator
    head = "event_date,notes\n"
    assert dates(
        "dm.csv", head + "25/03/2023,Shelling near Kupiansk.\n03/04/2023,Shelling near Izium.\n"
    ) == [
        "2023-03-25",
        "2023-04-03",
    ]
    assert dates(
        "md.csv", head + "03/25/2023,Shelling near Kupiansk.\n04/03/2023,Shelling near Izium.\n"
    ) == [
        "2023-03-25",
        "2023-04-03",
    ]
    assert dates("de.csv", head + "15.02.2023,Shelling near Kupiansk.\n") == ["2023-02-15"]


def test_notes_without_place_or_date_are_scored_on_type_alone(tmp_path):
    """Notes written to test typing carry no coordinates or date: their place and date columns
    are not scored (None, n 0) rather than read as misses, while a located, dated row counts."""
    import json

    path = tmp_path / "notes.csv"
    path.write_text(
        "event_date,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,notes\n"
        ',Battles,Armed clash,,,,,,,,"On 3 May 2023, soldiers and rebels exchanged fire near a village."\n'
        "2023-05-04,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Russia (2000-),,"
        'Kharkiv,,Kharkiv,49.9935,36.2304,"On 4 May 2023, Russian forces shelled Kharkiv city."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(command, [str(path), "--format", "acled", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["results"]["all"]
    assert scores["n"] == 2 and scores["n_place"] == 1 and scores["n_date"] == 1
    assert scores["place_25km"] == 1.0 and scores["date"] == 1.0 and scores["admin1"] == 1.0
