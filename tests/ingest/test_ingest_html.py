"""HTML pages: main text without the page furniture, metadata, broken markup, charsets."""

from __future__ import annotations

from sitrep.ingest.html import html_to_text


def test_article_page_gives_text_and_metadata(read_all, fixtures):
    items, failures = read_all(fixtures / "izium.html")
    assert failures == []
    article = items[0].article
    assert article.title == "Mass burial site found in Izium after Russian retreat"
    assert article.published == "2022-09-16"  # published, not modified (2022-09-18)
    assert article.source == "Sitrep Test Wire"
    assert article.url == "https://example.org/2022/09/16/izium-burial-site"
    assert "more than 440 graves" in article.text
    for furniture in ("Most read", "Markets close higher", "All rights reserved"):
        assert furniture not in article.text
    # Paragraphs are separated by a blank line, as in plain-text input.
    assert "region recaptured from Russian forces last weekend, regional officials said.\n\n" in article.text


def test_broken_markup_is_read_best_effort(read_all, fixtures):
    (item,), failures = read_all(fixtures / "broken.html")
    assert failures == []
    assert item.article.title == "Drone attack on Kyiv power station"
    assert "Drones struck a power station in the Kyiv region" in item.article.text
    assert "limit their use of electricity" in item.article.text


def test_page_without_article_text_fails(read_all, fixtures):
    items, failures = read_all(fixtures / "navigation-only.html")
    assert items == []
    assert [f.reason for f in failures] == ["no article text found in HTML"]


def test_declared_legacy_charset_is_followed(read_all, tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Talks in Istanbul</title></head><body><article><p>Ukrainian and Russian negotiators met in "
        "Istanbul on Tuesday, and Moscow promised to \x93drastically reduce\x94 military activity near Kyiv "
        "and Chernihiv.</p><p>Western officials said they would judge Russia by its actions, not its words.</p>"
        "</article></body></html>"
    ).encode("latin-1")
    path = tmp_path / "istanbul.html"
    path.write_bytes(page)
    (item,), _ = read_all(path)
    assert "“drastically reduce”" in item.article.text


def test_a_meta_tag_claiming_utf16_is_read_as_utf8(read_all, tmp_path):
    # Pages saved by some CMSs declare utf-16 in a tag that is itself plain ASCII; browsers (the
    # WHATWG encoding rules) read them as UTF-8, and so does sitrep, instead of decoding garbage.
    path = tmp_path / "kharkiv.html"
    path.write_bytes(
        b'<html><head><meta charset="utf-16"><title>Kharkiv</title></head><body><article><p>Russian forces '
        b"shelled the centre of Kharkiv on Tuesday, the regional governor said in a statement on Telegram..</p>"
        b"</article></body></html>"
    )
    (item,), failures = read_all(path)
    assert failures == [] and item.article.text.startswith("Russian forces shelled the centre of Kharkiv")


def test_undeclared_non_utf8_html_fails_with_the_byte(read_all, tmp_path):
    path = tmp_path / "talks.html"
    path.write_bytes(
        b"<html><body><p>Moscow promised to \x93reduce\x94 activity near Kyiv and Chernihiv.</p></body></html>"
    )
    items, failures = read_all(path)
    assert items == [] and [f.reason for f in failures] == ["invalid UTF-8 at byte 34"]


def test_date_from_file_name_when_the_page_has_none(read_all, tmp_path):
    path = tmp_path / "kherson-2022-11-11.html"
    path.write_text(
        "<html><body><article><p>Ukrainian troops entered the city of Kherson on Friday after Russia withdrew "
        "its forces to the east bank of the Dnipro river, and residents gathered in the central square.</p>"
        "</article></body></html>"
    )
    (item,), _ = read_all(path)
    assert item.article.published == "2022-11-11"


def test_html_to_text_keeps_paragraphs_and_drops_markup_and_credits():
    fragment = (
        "<p>The first ship left <b>Odesa</b> on Monday.</p><p>It carries 26,000&nbsp;tonnes of corn.<br>"
        "Lebanon is its destination.</p><figure><figcaption>Photo: Reuters</figcaption></figure>"
        "<script>track()</script>"
    )
    assert html_to_text(fragment) == (
        "The first ship left Odesa on Monday.\n\nIt carries 26,000 tonnes of corn.\n\nLebanon is its destination."
    )
    assert html_to_text("Plain summary &amp; no tags.") == "Plain summary & no tags."
