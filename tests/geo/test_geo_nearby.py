"""The proximity index gives the counts a scan over every other place would give."""

from sitrep.geo.gazetteer import Entry
from sitrep.geo.resolve import Nearby, _distance


def _entry(gid: int, lat: float, lon: float) -> Entry:
    return Entry(gid, f"p{gid}", "city", "PPL", "XX", "00", lat, lon, 1000, (), "")


# Places in Ukraine, across the antimeridian (Chukotka and Alaska's Aleutians) and near the pole.
PLACES = [
    _entry(1, 48.59, 38.00),  # Bakhmut
    _entry(2, 48.14, 37.74),  # Avdiivka
    _entry(3, 50.00, 36.23),  # Kharkiv
    _entry(4, 46.48, 30.72),  # Odesa
    _entry(5, 65.0, 179.9),
    _entry(6, 65.0, -179.9),
    _entry(7, 66.5, -178.0),
    _entry(8, 89.5, 10.0),
    _entry(9, 89.4, -170.0),
    _entry(10, -0.1, 0.1),
    _entry(11, 0.1, -0.1),
]


def test_counts_match_a_full_scan_across_antimeridian_and_pole():
    nearby = Nearby(PLACES)
    for e in PLACES:
        for km in (20, 60, 300, 2000):
            assert nearby.count_within(e, km, 99) == sum(1 for o in PLACES if _distance(e, o) < km)


def test_count_stops_at_enough_and_skips_left_out_places():
    nearby = Nearby(PLACES)
    bakhmut = PLACES[0]
    assert nearby.count_within(bakhmut, 300, 2) == 2
    assert nearby.without({2, 3}).count_within(bakhmut, 300, 99) == 1  # only itself is left
    assert not Nearby(PLACES).without({e.geonameid for e in PLACES})
