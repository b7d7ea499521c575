"""`sitrep report`: the page's views as one self-contained HTML file.

The file carries the records, the base map, Leaflet and the page's own script and style inline,
so it opens from disk with no server and no network. Its Content-Security-Policy (a meta tag)
allows only those inline scripts and styles, by hash; the data travels in a
`<script type="application/json">` block, escaped so no text in it can close the block.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import sitrep
from sitrep.web.app import STATIC
from sitrep.web.query import Database


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def embed_json(data: Any) -> str:
    """JSON that is safe inside a script element: no `<`, `>` or `&` survives as itself."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def report_data(db: Database, limit: int | None = None) -> dict[str, Any]:
    """Everything the page needs: config, facets, the base map and the records (newest first).

    Entities are left out of the embedded records: the page does not show them.
    """
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    sql = "SELECT id FROM articles ORDER BY published DESC, rowid DESC"
    ids = [r[0] for r in db.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())]
    records = []
    for i in ids:
        record = db.record(i)
        record.pop("entities", None)
        records.append(record)
    note = None
    if len(ids) < total:
        note = f"This report holds the newest {len(ids)} of the database's {total} articles."
    return {
        "config": {"version": sitrep.__version__, "tiles": None, "mode": "report", "note": note},
        "facets": db.facets(),
        "basemap": json.loads((STATIC / "basemap.json").read_text("utf-8")),
        "records": records,
    }


def build_report(db_path: str | Path, limit: int | None = None) -> str:
    db = Database(db_path)
    page = (STATIC / "index.html").read_text("utf-8")
    styles = [
        (STATIC / "vendor/leaflet/leaflet.css").read_text("utf-8"),
        (STATIC / "app.css").read_text("utf-8"),
    ]
    scripts = [
        (STATIC / "vendor/leaflet/leaflet.js").read_text("utf-8"),
        (STATIC / "app.js").read_text("utf-8"),
    ]
    for s in scripts:
        assert "</script" not in s.lower(), "an inline script cannot contain </script"
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(_sha256(s) for s in scripts)}; "
        f"style-src {' '.join(_sha256(s) for s in styles)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    replacements = {
        "<!--sitrep:csp-->": f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<link rel="stylesheet" href="/static/vendor/leaflet/leaflet.css">': f"<style>{styles[0]}</style>",
        '<link rel="stylesheet" href="/static/app.css">': f"<style>{styles[1]}</style>",
        '<script src="/static/vendor/leaflet/leaflet.js"></script>': f"<script>{scripts[0]}</script>",
        '<script src="/static/app.js"></script>': f"<script>{scripts[1]}</script>",
        "<!--sitrep:data-->": '<script type="application/json" id="sitrep-data">'
        + embed_json(report_data(db, limit))
        + "</script>",
    }
    for old, new in replacements.items():
        assert old in page, old
        page = page.replace(old, new, 1)
    return page
