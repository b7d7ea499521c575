"""JSON Lines and JSON: one article per object, text verbatim, bad lines reported by number."""

from __future__ import annotations

import json

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sitrep.ingest import Failure, Item, ReadOptions
from sitrep.ingest.jsonl import read, read_document


def test_jsonl_rows_failures_by_line_and_the_rest_still_read(read_all, fixtures):
    path = fixtures / "articles.jsonl"
    items, failures = read_all(path)
    first, third = items
    assert first.origin == f"{path}:1" and third.origin == f"{path}:3"
    assert first.article.id == "wire-001"
    assert first.article.title == "Ukraine says it shot down drones over Kyiv"
    assert first.article.published == "2022-10-17"
    assert first.article.url == "https://example.org/2022/10/17/kyiv-drones"
    assert first.article.source == "Sitrep Test Wire"
    # Verbatim: the trailing spaces and the blank line stay, so callers' offsets match.
    assert first.article.text.endswith("Shahed-136 models.  ")
    assert "Klitschko said.\n\nUkraine's" in first.article.text
    assert third.article.published == "2022-10-22"  # "October 22, 2022"
    assert third.article.id == third.hash  # no id in the row
    reasons = {f.origin.rsplit(":", 1)[1]: f.reason for f in failures}
    assert reasons["2"].startswith("JSON syntax error on line 2")
    assert reasons["5"] == "JSON value is a list, not an object"
    assert reasons["6"] == "no text field 'text' (fields found: 'title', 'published'); use --map text=COLUMN"
    assert reasons["7"] == "text field 'text' is a number, not a string"
    assert reasons["8"] == "empty"
    assert set(reasons) == {"2", "5", "6", "7", "8"}  # line 4 is blank: skipped, not a row


def test_jsonl_cut_mid_record_says_truncated(tmp_path, read_all):
    rows = [
        {"id": "kyiv-1", "text": "Explosions rocked central Kyiv on Monday morning, the mayor said."},
        {"id": "odesa-2", "text": "Russian drones struck the port of Odesa overnight, officials said."},
    ]
    whole = "".join(json.dumps(r) + "\n" for r in rows)
    path = tmp_path / "crawl.jsonl"
    for cut in (whole.index("the port"), whole.index('"text"', 80), len(whole) - 3):
        path.write_text(whole[:cut], "utf-8")
        items, failures = read_all(path)
        assert [i.article.id for i in items] == ["kyiv-1"]
        (failure,) = failures
        assert failure.origin == f"{path}:2"
        assert failure.reason.startswith(
            "truncated JSONL: the file ends inside this record (JSON syntax error"
        )
    # A bad last line that is whole (ends with a newline) is a plain syntax error.
    path.write_text(whole + '{"text": "Shelling hit Kherson", oops}\n', "utf-8")
    (failure,) = read_all(path)[1]
    assert (
        failure.reason
        == "JSON syntax error on line 3, column 34: Expecting property name enclosed in double quotes"
    )
    path.write_text(whole + '{"text": "Shelling hit Kherson overnight.}\n', "utf-8")
    assert read_all(path)[1][0].reason == "JSON syntax error on line 3, column 10: Unterminated string"


def test_a_line_nested_too_deeply_fails_alone(tmp_path, read_all):
    # A hostile (or corrupted) line whose nesting exceeds the parser's recursion limit used to
    # end the reading of the file, losing the lines after it.
    path = tmp_path / "scrape.jsonl"
    rows = [
        json.dumps({"text": "Russian forces shelled Kharkiv on Tuesday, the governor said."}),
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps(
            {"text": "Ukrainian drones struck an oil depot in Bryansk overnight, Russian officials said."}
        ),
    ]
    path.write_text("\n".join(rows) + "\n", "utf-8")
    items, failures = read_all(path)
    assert [i.origin for i in items] == [f"{path}:1", f"{path}:3"]
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}:2", "JSON nested too deeply on line 2")]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    assert [f.reason for f in read_all(deep)[1]] == ["JSON nested too deeply"]


def test_mapping_renames_fields(tmp_path, read_all):
    path = tmp_path / "gdelt.ndjson"
    row = {"body": "Ukraine said its forces had pushed Russian troops back from Kharkiv.", "headline": "Kharkiv",
           "date": "2022-05-14T10:00:00Z", "link": "https://example.org/k"}  # fmt: skip
    path.write_text(json.dumps(row) + "\n")
    mapping = {"text": "body", "title": "headline", "published": "date", "url": "link"}
    (item,), failures = read_all(path, mapping=mapping)
    assert failures == []
    assert (item.article.title, item.article.published, item.article.url) == (
        "Kharkiv",
        "2022-05-14",
        "https://example.org/k",
    )


def test_json_document_list_and_jsonl_saved_as_json(tmp_path):
    rows = [{"text": "Russia said it had taken full control of Sievierodonetsk on Saturday."},
            {"text": "Ukraine's army confirmed it had withdrawn from the city."}]  # fmt: skip
    as_list = list(read_document(json.dumps(rows).encode(), "a.json", ReadOptions()))
    assert [i.origin for i in as_list] == ["a.json#1", "a.json#2"]
    as_lines = list(read_document("\n".join(map(json.dumps, rows)).encode(), "b.json", ReadOptions()))
    assert [i.origin for i in as_lines] == ["b.json:1", "b.json:2"]
    assert all(isinstance(i, Item) for i in as_list + as_lines)


def test_invalid_utf8_line_is_rejected_alone(tmp_path, read_all):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "Explosions were heard in Belgorod overnight, the regional governor said."})
    path.write_bytes(b'{"text": "Kyiv \x93bad\x94 bytes"}\n' + good.encode() + b"\n")
    items, failures = read_all(path)
    assert [i.origin for i in items] == [f"{path}:2"]
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}:1", "invalid UTF-8 at byte 15 of line 1")]


_values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=40), st.lists(st.integers(), max_size=3)
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["text", "title", "published", "url", "id", "x"]), _values, max_size=5
            ),
            st.text(max_size=30),  # often not JSON at all
        ),
        max_size=6,
    )
)
def test_jsonl_reader_never_raises_and_keeps_text_verbatim(rows):
    lines = [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ") for r in rows]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    # A file that opens with "[" is one JSON array, not lines (the JSON-array reader covers it).
    assume(not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["))
    out = list(read(data, "x.jsonl", ReadOptions(languages=None)))
    assert all(isinstance(o, (Item, Failure)) for o in out)
    # Blank as JSONL means ASCII whitespace only; "\x1f" or a no-break space is content (a syntax error).
    nonblank = [line for line in lines if line.encode("utf-8", "surrogatepass").strip()]
    assert len(out) == len(nonblank)  # exactly one result per row
    for o in out:
        if isinstance(o, Item):
            lineno = int(o.origin.rsplit(":", 1)[1])
            assert o.article.text == json.loads(lines[lineno - 1])["text"]


def test_pretty_printed_json_list_saved_as_jsonl_is_read_whole(tmp_path, read_all):
    path = tmp_path / "export.jsonl"
    rows = [
        {"text": "Ukraine said on Sunday its forces had retaken the village of Klishchiivka near Bakhmut."}
    ]
    path.write_text(json.dumps(rows, indent=2))
    (item,), failures = read_all(path)
    assert failures == [] and item.origin == f"{path}#1"
