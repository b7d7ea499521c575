"""CSV and GeoJSON downloads of what the API lists (flat columns; GeoJSON only for located rows)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sitrep.export import spreadsheet_cell


def _actors(actors: list[dict[str, Any]]) -> str:
    return "; ".join(
        a["text"]
        + (
            f" ({', '.join(x for x in (a.get('side'), a.get('role')) if x)})"
            if a.get("side") or a.get("role")
            else ""
        )
        for a in actors
    )


def flat(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    """One API row as flat columns."""
    if kind == "claims":
        sp = row["speaker"] or {}
        return {
            "article_id": row["article_id"],
            "id": row["id"],
            "speaker": sp.get("text"),
            "speaker_name": sp.get("name"),
            "side": row["side"],
            "cue": row["cue"],
            "quote": row["quote"],
            "content": row["content"]["text"],
            "content_start": row["content"]["start"],
            "content_end": row["content"]["end"],
            "status": row["status"],
            "unverified_by": (row.get("unverified_by") or {}).get("text"),
            "contradicts": " ".join(row["contradicts"]),
            "via": row.get("via"),
            "published": row["article"]["published"],
            "source": row["article"]["source"],
            "title": row["article"]["title"],
        }
    if kind == "events":
        pl = row["place"] or {}
        return {
            "article_id": row["article_id"],
            "id": row["id"],
            "day": row["day"],
            "date": row["date"],
            "type": row["type"],
            "mode": row["mode"],
            "acled_event_type": row["acled_event_type"],
            "acled_sub_event_type": row["acled_sub_event_type"],
            "actors": _actors(row["actors"]),
            "place": pl.get("name"),
            "geonameid": pl.get("geonameid"),
            "admin1": pl.get("admin1"),
            "admin1_name": pl.get("admin1_name"),
            "country": pl.get("country"),
            "lat": pl.get("lat"),
            "lon": pl.get("lon"),
            "quantities": "; ".join(q["text"] for q in row["quantities"]),
            "claim": row["claim"],
            "evidence": row["evidence"]["text"],
            "evidence_start": row["evidence"]["start"],
            "evidence_end": row["evidence"]["end"],
            "published": row["article"]["published"],
            "source": row["article"]["source"],
            "title": row["article"]["title"],
        }
    return dict(row)


def to_csv(kind: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    flat_rows = [flat(kind, r) for r in rows]
    if not flat_rows:
        return ""
    writer = csv.DictWriter(out, fieldnames=list(flat_rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in flat_rows:
        writer.writerow({k: spreadsheet_cell(v) for k, v in r.items()})
    return out.getvalue()


def to_geojson(kind: str, rows: list[dict[str, Any]]) -> str:
    """A FeatureCollection of the rows that have coordinates (events: their place's)."""
    features = []
    for row in rows:
        props = flat(kind, row)
        lat, lon = props.get("lat"), props.get("lon")
        if lat is None or lon is None:
            continue
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
