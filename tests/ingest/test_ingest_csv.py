"""CSV and TSV: one article per row, column mapping, text verbatim, a missing text column."""

from __future__ import annotations

import pytest


def test_csv_with_mapping(read_all, fixtures):
    path = fixtures / "articles.csv"
    items, failures = read_all(path, mapping={"text": "articles", "title": "headlines"})
    theatre, kharkiv = (i.article for i in items)
    assert theatre.title == "Theatre in Mariupol bombed"
    assert theatre.published == "2022-03-16"
    # A quoted field with a blank line and doubled quotes comes back exactly.
    assert 'sheltering.\n\nThe word "children" had been written' in theatre.text
    assert kharkiv.published == "2022-03-17"  # "17 March 2022"
    assert [i.origin for i in items] == [f"{path}:row 1", f"{path}:row 2"]
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}:row 3", "empty")]


def test_csv_without_text_column_is_one_failure_naming_the_columns(read_all, fixtures):
    items, failures = read_all(fixtures / "no-text-column.csv")
    assert items == []
    (failure,) = failures
    assert (
        failure.reason
        == "no text column 'text' (columns found: 'date', 'headline', 'url'); use --map text=COLUMN"
    )


def test_tsv(read_all, fixtures):
    (item,), failures = read_all(fixtures / "articles.tsv")
    assert failures == []
    assert item.article.title == "Bodies found in Bucha" and item.article.published == "2022-04-03"


def test_semicolon_csv_and_huge_fields(read_all, tmp_path):
    body = "Ukrainian officials said shelling continued along the front line near Bakhmut. " * 3000  # ~240 KB
    path = tmp_path / "export.csv"
    path.write_text(f'published;text\n2023-01-20;"{body}"\n')
    (item,), failures = read_all(path)
    assert failures == [] and item.article.text == body


def test_row_with_bad_bytes_is_rejected_alone(read_all, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"text\n"
        b'"Kyiv said talks had \x93stalled\x94 again."\n'
        b'"The Kremlin said a new round of talks with Ukraine would be held in Istanbul next week."\n'
    )
    items, failures = read_all(path)
    assert [i.origin for i in items] == [f"{path}:row 2"]
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}:row 1", "invalid UTF-8 in this row")]


def test_csv_cut_inside_the_last_article_rejects_that_row_only(read_all, tmp_path):
    # A download or copy that stopped mid-file: the lenient csv reader would return the half
    # article as a whole one. The rows before it are kept.
    whole = (
        "published,headlines,articles\n"
        '2022-03-16,Theatre in Mariupol bombed,"Russian aircraft bombed a drama theatre in Mariupol '
        'where hundreds of civilians were sheltering, city officials said."\n'
        '2022-03-17,Shelling in Kharkiv,"Russian shelling hit residential areas of Kharkiv overnight, '
        'the regional governor said on Thursday, adding that ""at least"" four people were killed."\n'
    )
    path = tmp_path / "guardian-part.csv"
    path.write_text(whole[: whole.index("adding that")], "utf-8")
    items, failures = read_all(path, mapping={"text": "articles", "title": "headlines"})
    assert [i.article.title for i in items] == ["Theatre in Mariupol bombed"]
    assert [(f.origin, f.reason) for f in failures] == [
        (f"{path}:row 2", "truncated CSV: the file ends inside a quoted field, so this row is cut")
    ]
    # The whole file, with or without its final newline, has no failure.
    for text in (whole, whole.rstrip("\n")):
        path.write_text(text, "utf-8")
        items, failures = read_all(path, mapping={"text": "articles", "title": "headlines"})
        assert failures == [] and len(items) == 2
        assert items[1].article.text.endswith('adding that "at least" four people were killed.')


def test_guardian_csv_with_mapping(read_all, shared_dir):
    path = shared_dir / "samples" / "kaggle-russia-ukraine" / "guardian.csv"
    if not path.exists():
        pytest.skip("guardian.csv is not in ../shared")
    items, failures = read_all(path, mapping={"text": "articles", "title": "headlines"})
    assert failures == []
    assert len(items) == 188
    first = items[0].article
    assert (
        first.published == "2022-08-01"
        and first.title == "Sanctions against Russia are not backfiring | Letters"
    )
    assert first.text.startswith("Simon Jenkins (The rouble is soaring")
    assert all(i.article.language == "en" and i.article.published for i in items)
    # The file repeats 10 articles word for word: the repeats share a hash (the store keeps one).
    assert len({i.hash for i in items}) == len({i.article.text for i in items}) == 178
