"""The checks every input passes: empty, binary, encoding, size, language; dates; the same text, the same hash."""

from __future__ import annotations

import re

import pytest

from sitrep.ingest.checks import binary_kind, decode, detect_language
from sitrep.ingest.dates import date_from_name, normalize_date


def test_empty_and_whitespace_only(read_all, fixtures):
    items, failures = read_all(fixtures / "blank.txt")
    assert items == [] and [f.reason for f in failures] == ["empty"]


def test_binary_file_is_named_by_its_format(read_all, fixtures, tmp_path):
    (tmp_path / "report.pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "dump.bin").write_bytes(bytes(range(256)) * 4)
    items, failures = read_all(fixtures / "photo.png", tmp_path / "report.pdf.txt", tmp_path / "dump.bin")
    assert items == []
    assert [f.reason for f in failures] == [
        "binary file (looks like PNG image)",
        "binary file (looks like PDF document)",
        "binary file (looks like data with NUL bytes)",
    ]


def test_utf16_without_a_byte_order_mark_says_how_to_recode(read_all, tmp_path):
    # Some Windows tools write UTF-16 without a BOM: say what it is, not just "binary".
    text = "Russian forces shelled Kharkiv on Tuesday, the regional governor said.\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    items, failures = read_all(tmp_path / "le.txt", tmp_path / "be.txt")
    assert items == []
    assert [f.reason for f in failures] == [
        "binary file (looks like UTF-16LE text without a byte order mark; recode it: iconv -f UTF-16LE -t UTF-8)",
        "binary file (looks like UTF-16BE text without a byte order mark; recode it: iconv -f UTF-16BE -t UTF-8)",
    ]


def test_binary_kind_lets_text_through():
    assert binary_kind("Ukraine’s army said on Sunday…\n".encode()) is None
    assert binary_kind("Україна".encode("utf-16")) is None  # UTF-16 with its BOM is text
    assert binary_kind(b"\x01\x02\x03\x04" * 100) == "mostly non-text bytes"


def test_encoding_policy(read_all, fixtures):
    items, failures = read_all(fixtures / "utf8-bom.txt", fixtures / "utf16-bom.txt", fixtures / "cp1252.txt")
    assert [i.article.text for i in items][0] == [i.article.text for i in items][1]
    assert items[0].article.text.startswith("Ukraine’s defence ministry")  # no BOM left
    assert [(f.origin, f.reason) for f in failures] == [
        (str(fixtures / "cp1252.txt"), "invalid UTF-8 at byte 255")
    ]


def test_decode():
    assert decode(b"\xef\xbb\xbfKyiv") == ("Kyiv", None)
    assert decode("Київ".encode("utf-16")) == ("Київ", None)
    assert decode(b"Kyiv \xff") == (None, "invalid UTF-8 at byte 5")
    assert decode(b"\xef\xbb\xbfKyiv \xff") == (
        None,
        "invalid UTF-8 at byte 8",
    )  # counted from the file start


def test_text_over_the_limit_is_rejected_with_its_size(read_all, tmp_path):
    path = tmp_path / "huge.txt"
    line = b"Russian forces shelled Kharkiv again on Monday, the regional governor said.\n"
    path.write_bytes(line * (6 * 1024 * 1024 // len(line) + 1))
    items, failures = read_all(path)
    assert items == []
    assert [f.reason for f in failures] == ["text too large (6.3 MB > 5 MB limit, see --max-mb)"]


def test_max_bytes_applies_to_rows_too(read_all, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"text": "Ukraine said its air defences shot down eleven drones over the Kyiv region overnight."}\n'
    )
    items, failures = read_all(path, max_bytes=50)
    assert items == [] and [f.reason for f in failures] == [
        "text too large (85 bytes > 50 bytes limit, see --max-mb)"
    ]


def test_file_over_the_file_limit(read_all, tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "Kyiv"}\n' * 100)
    items, failures = read_all(path, max_file_bytes=1000)
    assert items == []
    assert [f.reason for f in failures] == ["file too large (1.7 KB > 1 KB limit per file)"]


def test_german_text_is_rejected_with_the_detected_language(read_all, fixtures):
    items, failures = read_all(fixtures / "german.txt")
    assert items == []
    (failure,) = failures
    assert re.fullmatch(r"not English \(detected: de, confidence (0\.9\d|1\.00)\)", failure.reason)


def test_other_languages_can_be_allowed(read_all, fixtures):
    (item,), failures = read_all(fixtures / "german.txt", languages={"en", "de"})
    assert failures == [] and item.article.language == "de"
    (item,), failures = read_all(fixtures / "german.txt", languages=None)
    assert failures == [] and item.article.language is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says",  # too short to tell
        "Shelling hit Kharkiv on Monday.",
        'Zelenskiy said "Слава Україні!" as he ended his address; the crowd in Kyiv cheered and sang the anthem.',
    ],
)
def test_short_or_mixed_english_is_kept(read_all, tmp_path, text):
    path = tmp_path / "short.txt"
    path.write_text(text)
    (item,), failures = read_all(path)
    assert failures == [] and item.article.language == "en"


def test_ukrainian_text_is_detected():
    lang, confidence = detect_language(
        "Президент України заявив у вівторок, що країна ніколи не здасться, а війська продовжують оборону Харкова."
    )
    assert lang == "uk" and confidence > 0.9


def test_same_article_in_two_formats_has_the_same_hash(read_all, tmp_path):
    text = "Russia said on Wednesday its forces had broken through two lines of Ukrainian defences."
    (tmp_path / "a.txt").write_text(f"date: 2023-02-15\n\n{text}\n")
    (tmp_path / "b.jsonl").write_text('{"text": "  ' + text.replace(" ", "  ") + '"}\n')
    (a, b), failures = read_all(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert failures == [] and a.hash == b.hash and a.article.id == b.article.id == a.hash


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-01T16:23:25Z", "2022-08-01"),
        ("2022-08-01T23:30:00-05:00", "2022-08-01"),  # the date as written, not shifted to UTC
        ("2022/06/23", "2022-06-23"),
        ("20220809T143000Z", "2022-08-09"),
        ("01.08.2022", "2022-08-01"),
        ("1 August 2022", "2022-08-01"),
        ("August 1, 2022", "2022-08-01"),
        ("Mon, 01 Aug 2022 16:23:25 GMT", "2022-08-01"),
        ("15/02/2023", "2023-02-15"),  # dateparser, the slow fallback
        (1659371005, "2022-08-01"),
        ("2023-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_date_from_name():
    assert date_from_name("20220809T143000Z_GB_en_zaporizhzhia.txt") == "2022-08-09"
    assert date_from_name("luhansk-2023-02-15.txt") == "2023-02-15"
    assert date_from_name("article-123456789.txt") is None
    assert date_from_name("id-20231399.txt") is None
