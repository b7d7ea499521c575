"""Plain-text articles: header lines, credit lines, dates from file names, the bundled sample."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.ingest.plaintext import drop_credit_lines, is_credit, parse

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "luhansk-2023-02-15.txt"


def test_bundled_sample_has_its_date_and_a_clean_body(read_all):
    items, failures = read_all(SAMPLE)
    assert failures == []
    (item,) = items
    assert item.article.published == "2023-02-15"
    assert item.article.text.startswith("In response to Kyiv's")
    assert "Unsplash" not in item.article.text
    assert item.article.language == "en"
    assert item.article.id == item.hash


def test_header_on_one_line_with_a_credit_and_leading_space():
    meta, body = parse(
        " date 2023-02-15 Photo by Ivan Bandura on Unsplash\n\nRussia said on Wednesday it broke through."
    )
    assert meta == {"published": "2023-02-15"}
    assert body == "Russia said on Wednesday it broke through."


def test_header_lines_with_colons_fill_the_article(read_all, fixtures):
    (item,), _ = read_all(fixtures / "kyiv-strikes.txt")
    article = item.article
    assert article.title == "Missiles hit Kyiv and Lviv in morning rush hour"
    assert article.published == "2022-10-10"
    assert article.source == "Sitrep Test Wire"
    assert article.url == "https://example.org/2022/10/10/kyiv-strikes"
    assert article.text.startswith("Russian missiles struck central Kyiv")
    # The credit line in the body is gone, the paragraphs around it stay apart.
    assert "Reuters" not in article.text
    assert "officials said.\n\nExplosions were also reported" in article.text


def test_date_from_a_gdelt_style_file_name(read_all, fixtures):
    (item,), _ = read_all(fixtures / "20220809T143000Z_GB_en_zaporizhzhia.txt")
    assert item.article.published == "2022-08-09"
    assert item.article.text.startswith("Shelling near the Zaporizhzhia nuclear power plant")


def test_header_date_wins_over_the_file_name(read_all, tmp_path):
    path = tmp_path / "report-2022-01-01.txt"
    path.write_text(
        "published: 15 February 2023\n\nRussia said its troops advanced near Kreminna on Wednesday.\n"
    )
    (item,), _ = read_all(path)
    assert item.article.published == "2023-02-15"


def test_body_lines_that_start_like_keys_are_not_headers():
    text = "Title IX of the new law bans the party.\nDate palms were shelled too."
    assert parse(text) == ({}, text)
    meta, body = parse("Source: Reuters\nDate of the attack remains unclear, officials said.")
    assert meta == {"source": "Reuters"}
    assert body == "Date of the attack remains unclear, officials said."


def test_credit_lines():
    for line in (
        "Photo by Ivan Bandura on Unsplash",
        "Photo: Reuters",
        "Photograph: Sergei Supinsky/AFP/Getty Images",
        "Image credit: Getty Images",
        "Image credit Ukrainian Armed Forces",
        "(Photo by Aris Messinis/AFP via Getty Images)",
        "Credit: Reuters",
        "© Reuters",
    ):
        assert is_credit(line), line
    for line in (
        "Photographs of the destroyed bridge were shared on Telegram.",
        "Photos showed smoke rising over the port of Odesa on Sunday morning.",
        "Russia's defence ministry credited its air defences with the interception.",
    ):
        assert not is_credit(line), line
    assert drop_credit_lines("First.\n\nPhoto: AP\n\nSecond.") == "First.\n\nSecond."


def test_header_only_file_is_empty(read_all, tmp_path):
    path = tmp_path / "stub.txt"
    path.write_text("title: Kherson\ndate: 2022-11-11\n\n")
    items, failures = read_all(path)
    assert items == [] and [f.reason for f in failures] == ["empty"]


_line = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=12))
@example(lines=["©0"])
def test_parse_never_raises_and_the_body_is_a_stripped_run_of_input_lines(lines):
    text = "\n".join(lines)
    meta, body = parse(text)
    assert set(meta) <= {"published", "title", "url", "source", "id"}
    assert body == body.strip()
    # Nothing is invented: every body line is a line of the input (a text of only credit lines
    # such as "© AP" leaves an empty body).
    body_lines = body.split("\n") if body else []
    assert {line.strip() for line in body_lines} <= {line.strip() for line in text.split("\n")}
