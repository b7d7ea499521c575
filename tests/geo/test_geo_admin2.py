"""Places carry their admin-2 unit (a raion, a county), which ACLED's admin2 column expects."""

from sitrep.events.export import acled_rows
from sitrep.record import validate


def test_a_town_carries_its_raion_and_a_us_city_its_county(pipeline):
    record = pipeline(
        "A drone hit a house in Springfield, Illinois. Later, missiles struck Lviv.", published="2023-02-15"
    )
    validate(record.to_dict())
    by_text = {p.text: p for p in record.places}
    assert by_text["Lviv"].admin2_name == "Lvivskyi Raion"
    assert by_text["Lviv"].admin2.startswith("UA.15.")
    assert by_text["Springfield"].admin2_name == "Sangamon County"


def test_a_province_has_no_admin2(pipeline):
    record = pipeline("Shelling continued across Kharkiv region.", published="2023-02-15")
    (place,) = [p for p in record.places if p.text.startswith("Kharkiv")]
    assert place.feature == "admin1" and place.admin2 is None and place.admin2_name is None


def test_acled_csv_fills_admin2(pipeline):
    record = pipeline(
        "Russian forces shelled Lviv on 15 February 2023, killing 2 civilians.", published="2023-02-16"
    )
    rows = [r for r in acled_rows([record]) if r["location"] == "Lviv"]
    assert rows and rows[0]["admin2"] == "Lvivskyi Raion"
