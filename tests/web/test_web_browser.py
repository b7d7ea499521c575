"""End-to-end: the page in headless Debian Chromium, driven by Playwright, against a live server.

Screenshots are saved to test-artifacts/web/ at the repo root (the CI keeps that folder).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need(condition: bool, reason: str) -> None:
    """Skip locally; in CI (where scripts/install-browser.sh ran) a missing browser is a failure."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(reason + " (CI installs it with scripts/install-browser.sh)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    _need(CHROMIUM.exists(), f"{CHROMIUM} is not installed: run scripts/install-browser.sh")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(web_db):
    import uvicorn

    from sitrep.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # any alert() a hostile article managed to run lands here
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def ready(pg, before: str | None = None) -> None:
    """Wait until the page has drawn (again, when `before` is the previous draw's number)."""
    pg.wait_for_function(
        "b => document.body.dataset.ready && document.body.dataset.ready !== b",
        arg=before or "",
        timeout=20000,
    )


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path))
    print(f"screenshot: {path}")
    return path


def claim_rows(pg):
    return pg.locator("#list tbody tr.row-claims")


def test_page_loads_with_map_markers_timeline_and_claims(page, server, web_records):
    response = page.goto(server + "/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    ready(page)
    n_claims = sum(len(r.claims) for r in web_records)
    assert claim_rows(page).count() == min(n_claims, 50)
    located_events = sum(
        1 for r in web_records for e in r.events if e.place is not None and r.places[e.place].lat
    )
    assert page.locator("path.event-marker").count() == located_events
    assert page.locator("path.place-marker").count() >= 7  # the demo reports' places and Kharkiv
    assert page.locator("#timeline rect.bar").count() >= 4
    assert page.locator(".badge.status-denied").count() >= 1 and page.locator(".badge.side-RU").count() >= 1
    assert not page.errors
    shot(page, "overview.png")


def test_filter_narrows_the_list_and_lives_in_the_url(page, server):
    page.goto(server + "/")
    ready(page)
    before_rows = claim_rows(page).count()
    gen = page.evaluate("document.body.dataset.ready")
    page.select_option("#f-side", "RU")
    ready(page, gen)
    rows = claim_rows(page)
    assert 0 < rows.count() < before_rows
    assert all(t == "RU" for t in rows.locator(".badge[class*=side-]").all_inner_texts())
    assert "side=RU" in page.url
    # the same URL, opened afresh, shows the same view
    page.goto(page.url)
    ready(page)
    assert claim_rows(page).count() == rows.count()
    assert page.input_value("#f-side") == "RU"
    # full-text search narrows further
    page.goto(server + "/?q=Vuhledar")
    ready(page)
    titles = set(page.locator("#list tbody tr td:last-child").all_inner_texts())
    assert "Fighting for every house in Bakhmut" in titles and "NATO chiefs meet in Brussels" not in titles
    shot(page, "filtered.png")


def test_clicking_a_claim_shows_its_highlighted_evidence(page, server):
    page.goto(server + "/?source=Sitrep+Demo+Desk")
    ready(page)
    gen = page.evaluate("document.body.dataset.ready")
    page.locator("#list tbody tr", has_text="Oleh Zhdanov").first.click()
    ready(page, gen)
    assert page.locator("#article-view").is_visible()
    assert page.inner_text("#article-title") == "Fighting for every house in Bakhmut"
    selected = "".join(page.locator("#article-text mark.selected").all_text_contents())
    assert selected == 'Oleh Zhdanovbattle was occurring "around every single house" in Bakhmut'
    assert page.locator("#extractions li.selected").inner_text().startswith("Oleh Zhdanov claimed")
    assert "sel=claim" in page.url and "open=demo-bakhmut" in page.url
    # every kind is highlighted in the text and linked to its row
    for cls in ("hl-place", "hl-claim", "hl-speaker", "hl-event"):
        assert page.locator(f"#article-text mark.{cls}").count() > 0
    colour = "el => getComputedStyle(el).backgroundColor"
    unselected = page.locator("#article-text mark.hl-place:not(.selected)").first
    assert unselected.evaluate(colour) not in (
        "rgba(0, 0, 0, 0)",
        "transparent",
    )  # highlighted, not just marked
    shot(page, "claim-evidence.png")
    page.locator("#article-text mark.hl-place", has_text="Vuhledar").first.click()
    assert "Vuhledar" in page.locator("#extractions li.selected").inner_text()
    # the map shows this article's places
    assert page.locator("path.place-marker").count() == 4  # Bakhmut, Donetsk, Luhansk, Vuhledar


def test_map_marker_and_timeline_filter(page, server):
    page.goto(server + "/?tab=events")
    ready(page)
    all_events = page.locator("#list tbody tr").count()
    gen = page.evaluate("document.body.dataset.ready")
    page.locator("#timeline rect.bar[data-day='2023-02-14']").click()
    ready(page, gen)
    assert "from=2023-02-14" in page.url and "to=2023-02-14" in page.url
    days = page.locator("#list tbody tr td:first-child").all_inner_texts()
    assert days and set(days) == {"2023-02-14"} and len(days) < all_events
    page.locator("path.event-marker").last.click()  # drawn last: on top of any marker at the same spot
    assert page.locator(".leaflet-popup-content").is_visible()
    page.wait_for_timeout(400)  # the popup fades in
    shot(page, "map-timeline.png")


def test_hostile_article_is_shown_as_text_and_runs_nothing(page, server):
    page.goto(server + "/?open=hostile")
    ready(page)
    text = page.locator("#article-text").text_content()
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert '<a href="javascript:alert(1)">click here</a>' in text
    assert page.inner_text("#article-title") == "<script>alert('title')</script> Breaking"
    assert page.locator(".unsafe-url").inner_text() == "javascript:alert(1)"
    assert page.locator("#article-view img, #list img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("script").count() == 2  # leaflet.js and app.js, nothing from the data
    # the hostile place name in a map popup, and the claims list, are text too
    marker = page.locator("path.place-marker").first
    box = marker.bounding_box()
    marker.click(position={"x": 2, "y": box["height"] / 2})  # its rim: the event marker covers the centre
    assert "<img src=x onerror=alert(2)>" in page.locator(".leaflet-popup-content").inner_text()
    # defence in depth: even markup that did reach the DOM could run no inline handler (CSP)
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.pwned=1\">')")
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None
    shot(page, "hostile-article.png")
    page.goto(server + "/?source=%3Cb%3EEvil+Wire%3C%2Fb%3E")
    ready(page)
    assert "<script>alert(1)</script>" in page.locator("#list tbody").inner_text()
    page.wait_for_timeout(300)
    assert page.dialogs == [] and not page.errors
    shot(page, "hostile-list.png")


def test_report_file_works_offline(page, web_db, tmp_path):
    from sitrep.web.report import build_report

    out = tmp_path / "report.html"
    out.write_text(build_report(web_db), "utf-8")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    ready(page)
    assert claim_rows(page).count() > 0 and page.locator("path.event-marker").count() > 0
    gen = page.evaluate("document.body.dataset.ready")
    page.select_option("#f-status", "denied")
    ready(page, gen)
    assert set(page.locator("#list .badge[class*=status-]").all_inner_texts()) == {"denied"}
    # the sample's denied retreat claims were also marked unverified by the reporter: both show
    assert page.locator("#list .marked-unverified").count() >= 1
    # the marking is a filter of its own, applied in the page when the records are embedded
    gen = page.evaluate("document.body.dataset.ready")
    page.select_option("#f-marked", "unverified")
    ready(page, gen)
    rows = claim_rows(page)
    assert rows.count() >= 1 and rows.count() == page.locator("#list .marked-unverified").count()
    gen = page.evaluate("document.body.dataset.ready")
    page.select_option("#f-marked", "")
    ready(page, gen)
    gen = page.evaluate("document.body.dataset.ready")
    page.locator("#list tbody tr", has_text="Russia says Ukrainian troops fled Luhansk").filter(
        has_text="Haidai"
    ).click()
    ready(page, gen)
    assert "does not correspond to reality" in "".join(
        page.locator("#article-text mark.selected").all_text_contents()
    )
    assert all(u.startswith("file:") or u.startswith("data:") for u in requests), requests
    shot(page, "report.png")
    page.goto(out.as_uri() + "?open=hostile")
    ready(page)
    assert "<script>alert(1)</script>" in page.locator("#article-text").text_content()
    assert page.dialogs == [] and not page.errors


def test_map_view_only_limits_lists_to_the_visible_box(page, server):
    page.goto(server + "/?tab=places")
    ready(page)
    names = page.locator("#list tbody tr td:first-child")
    assert {"Brussels", "Bakhmut"} <= set(names.all_inner_texts())
    gen = page.evaluate("document.body.dataset.ready")
    page.check("#f-bbox")  # the initial view is eastern Europe: Brussels is off the map
    ready(page, gen)
    assert "bbox=" in page.url
    shown = set(names.all_inner_texts())
    assert "Bakhmut" in shown and "Brussels" not in shown
