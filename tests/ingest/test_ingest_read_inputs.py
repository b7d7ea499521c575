"""read_inputs: directories, globs, stdin, missing paths, sniffing, and one bad input never stops a batch."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.ingest import Failure, Item, ReadOptions, read_inputs
from sitrep.ingest import reader as reader_module
from sitrep.ingest.sniff import sniff

STORY = "Ukraine's military said on Thursday that its forces had advanced up to two kilometres near Bakhmut."


@pytest.fixture()
def tree(tmp_path, fixtures):
    """in/ with nested folders, a hidden file and a hidden folder."""
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".cache").mkdir()
    shutil.copy(fixtures / "kyiv-strikes.txt", root / "b" / "deep" / "kyiv.txt")
    shutil.copy(fixtures / "feed.atom", root / "a.atom")
    shutil.copy(fixtures / "izium.html", root / "b" / "izium.html")
    (root / ".hidden.txt").write_text(STORY)
    (root / ".cache" / "x.txt").write_text(STORY)
    return root


def test_directory_is_walked_recursively_in_sorted_order_without_hidden_files(tree, read_all):
    items, failures = read_all(tree)
    assert failures == []
    assert [i.origin for i in items] == [
        f"{tree}/a.atom#entry 1",
        f"{tree}/a.atom#entry 2",
        f"{tree}/b/deep/kyiv.txt",
        f"{tree}/b/izium.html",
    ]


def test_globs_including_recursive_ones(tree, read_all):
    items, _ = read_all(f"{tree}/**/*.txt")
    assert [i.origin for i in items] == [f"{tree}/b/deep/kyiv.txt"]
    items, _ = read_all(f"{tree}/b/*")  # the folder "deep" matches too and is walked
    assert [i.origin for i in items] == [f"{tree}/b/deep/kyiv.txt", f"{tree}/b/izium.html"]


def test_missing_paths_and_empty_matches_are_failures_and_the_batch_goes_on(tree, read_all, tmp_path):
    (tmp_path / "empty").mkdir()
    items, failures = read_all(
        tmp_path / "nope.txt", f"{tmp_path}/*.nothing", tmp_path / "empty", tree / "a.atom"
    )
    assert len(items) == 2
    assert [(f.origin, f.reason) for f in failures] == [
        (str(tmp_path / "nope.txt"), "no such file or directory"),
        (f"{tmp_path}/*.nothing", "no files match this pattern"),
        (str(tmp_path / "empty"), "directory has no files"),
    ]


def test_every_fixture_gives_only_items_and_failures(fixtures):
    out = list(read_inputs([str(fixtures)], ReadOptions()))
    assert out and all(isinstance(o, (Item, Failure)) for o in out)
    assert all(o.reason and "\n" not in o.reason for o in out if isinstance(o, Failure))


def _stdin(text: str) -> io.StringIO:
    return io.StringIO(text)


def test_stdin_plain_text(read_all):
    (item,), _ = read_all("-", stdin=_stdin(f"date: 2023-05-20\n\n{STORY}\n"))
    assert item.origin == "<stdin>" and item.article.published == "2023-05-20" and item.article.text == STORY


def test_stdin_formats_are_sniffed(read_all, fixtures):
    html = (fixtures / "izium.html").read_text()
    (item,), _ = read_all("-", stdin=_stdin(html))
    assert item.article.title == "Mass burial site found in Izium after Russian retreat"

    rows = "\n".join(json.dumps({"text": STORY, "n": n}) for n in range(3))
    items, _ = read_all("-", stdin=_stdin(rows))
    assert [i.origin for i in items] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]

    csv_text = (fixtures / "articles.csv").read_text()
    items, _ = read_all("-", stdin=_stdin(csv_text), mapping={"text": "articles", "title": "headlines"})
    assert [i.origin for i in items] == ["<stdin>:row 1", "<stdin>:row 2"]

    items, _ = read_all("-", stdin=_stdin((fixtures / "feed.rss").read_text()))
    assert [i.origin for i in items] == ["<stdin>#entry 1", "<stdin>#entry 2"]


def test_stdin_binary_warc_through_the_buffer(read_all, warcs):
    stream = io.TextIOWrapper(io.BytesIO(warcs["crawl.warc.gz"].read_bytes()))
    items, failures = read_all("-", stdin=stream)
    assert failures == [] and len(items) == 2


def test_content_wins_over_a_misleading_extension(read_all, fixtures, warcs, tmp_path):
    shutil.copy(fixtures / "izium.html", tmp_path / "page.txt")
    shutil.copy(warcs["crawl.warc.gz"], tmp_path / "crawl.dat")
    items, failures = read_all(tmp_path / "page.txt", tmp_path / "crawl.dat")
    assert failures == []
    assert items[0].article.url == "https://example.org/2022/09/16/izium-burial-site"  # read as HTML
    assert [i.origin for i in items[1:]] == [
        f"{tmp_path}/crawl.dat#record 2",
        f"{tmp_path}/crawl.dat#record 5",
    ]


def test_forced_format(read_all, tmp_path):
    path = tmp_path / "rows.log"
    path.write_text(json.dumps({"text": STORY}) + "\n")
    (item,), _ = read_all(path, format="jsonl")
    assert item.article.text == STORY


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.txt", b"date 2023-02-15\n\nText", "text"),
        ("", b'{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("", b'[{"text": "x"}]', "json"),
        ("", b"<!DOCTYPE html><html><body>", "html"),
        ("page.html", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("", b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        ("", b"published,title,text\n2022-01-01,a,b", "csv"),
        ("", b"Kyiv, Kharkiv and Odesa were shelled on Monday.", "text"),
        ("x.TSV", b"a\tb", "tsv"),
    ],
)
def test_sniff(name, head, fmt):
    assert sniff(name, head) == fmt


def test_an_unexpected_reader_error_is_a_failure_not_a_crash(read_all, monkeypatch, tmp_path):
    def explode(data, origin, opts, name=""):
        raise RuntimeError("parser bug")
        yield  # pragma: no cover

    monkeypatch.setitem(reader_module.READERS, "html", explode)
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.txt").write_text(STORY)
    items, failures = read_all(tmp_path)
    assert [i.origin for i in items] == [str(tmp_path / "b.txt")]
    assert [f.reason for f in failures] == ["unexpected error while reading (RuntimeError: parser bug)"]


def test_bad_options_are_refused_up_front():
    with pytest.raises(ValueError, match="cannot map body"):
        ReadOptions(mapping={"body": "text"})
    with pytest.raises(ValueError, match="unknown format"):
        ReadOptions(format="docx")


_SEEDS = sorted(p.name for p in (Path(__file__).parent / "fixtures").iterdir())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cut=st.floats(0, 1),
    at=st.floats(0, 1),
    junk=st.binary(max_size=8),
    name=st.sampled_from(["", "x.txt", "x.csv", "x.jsonl", "x.xml", "x.html", None]),
)
def test_damaged_inputs_never_raise_and_give_one_line_reasons(fixtures, seed, cut, at, junk, name):
    data = (fixtures / seed).read_bytes()
    data = data[: int(len(data) * cut)] if cut < 0.5 else data
    i = int(len(data) * at)
    data = data[:i] + junk + data[i:]
    out = list(reader_module.read_bytes(data, "in", ReadOptions(), name=seed if name is None else name))
    for o in out:
        assert isinstance(o, (Item, Failure))
        if isinstance(o, Failure):
            assert o.reason and "\n" not in o.reason and not o.reason.startswith("unexpected error")
        else:
            assert o.article.text.strip()
