"""RSS and Atom: one article per entry; truncated feeds keep what parsed."""

from __future__ import annotations


def test_rss_items_become_articles(read_all, fixtures):
    items, failures = read_all(fixtures / "feed.rss")
    assert failures == []
    grain, saky = (i.article for i in items)
    assert grain.title == "Grain corridor ship leaves Odesa"
    assert grain.url == "https://example.org/2022/08/01/grain-ship"
    assert grain.published == "2022-08-01"
    assert grain.source == "Sitrep Test Feed"
    # content:encoded (the longer one) is used, with the markup and the photo credit gone.
    assert grain.text == (
        "The first ship carrying Ukrainian grain under a deal brokered by Turkey and the United Nations left "
        "the port of Odesa on Monday, Turkey's defence ministry said.\n\n"
        "The Sierra Leone-flagged Razoni is carrying 26,000 tonnes of corn to Lebanon, the ministry said."
    )
    # The date as written in the feed (23:50 +0300), not shifted to UTC.
    assert saky.published == "2022-08-09"
    assert [i.origin for i in items] == [f"{fixtures / 'feed.rss'}#entry {n}" for n in (1, 2)]


def test_atom_entries_with_html_and_text_content(read_all, fixtures):
    items, failures = read_all(fixtures / "feed.atom")
    assert failures == []
    annexation, lyman = (i.article for i in items)
    assert annexation.source == "Sitrep Atom Test"
    assert annexation.published == "2022-09-30"  # published, not updated
    assert annexation.text.startswith("President Vladimir Putin signed treaties in the Kremlin on Friday")
    assert "<p>" not in annexation.text and "\n\nUkraine said it would continue" in annexation.text
    assert lyman.published == "2022-10-01"  # only <updated>
    assert lyman.url == "https://example.org/2022/10/01/lyman"


def test_truncated_feed_keeps_parsed_entries_and_reports_the_file(read_all, fixtures):
    path = fixtures / "truncated.rss"
    items, failures = read_all(path)
    assert [i.article.title for i in items] == [
        "Grain corridor ship leaves Odesa",
        "Explosions at Russian air base in Crimea",
        "Kerch bridge hit by explosion",
    ]
    file_failures = [f for f in failures if f.origin == str(path)]
    assert len(file_failures) == 1
    assert "truncated or malformed" in file_failures[0].reason
    assert file_failures[0].reason.endswith("read 3 whole entries before the damage")
    # The entry cut off inside its text is rejected on its own, and says why.
    assert [(f.origin, f.reason) for f in failures if f.origin != str(path)] == [
        (f"{path}#entry 4", "the feed ends inside this entry (truncated), so its text is lost")
    ]


def test_unparseable_feed_and_non_feed_xml_fail(read_all, tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A')
    other = tmp_path / "timeml.xml"
    other.write_text('<?xml version="1.0"?><TimeML><TIMEX3 tid="t1">Monday</TIMEX3></TimeML>')
    items, failures = read_all(broken, other)
    assert len(failures) >= 2
    assert any(f.origin == str(other) and f.reason == "not an RSS or Atom feed" for f in failures)
    assert any(f.origin == str(broken) and "malformed" in f.reason for f in failures)
