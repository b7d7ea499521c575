"""The record is sitrep's public output: it follows its JSON Schema and survives a round trip."""

from __future__ import annotations

import jsonschema
import pytest

from sitrep import extract
from sitrep.record import SCHEMA_ID, Article, Record, load_schema, validate


def test_schema_file_is_a_valid_json_schema():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$id"] == SCHEMA_ID


def test_empty_stages_give_empty_lists_not_placeholders():
    data = Record(article=Article(id="a1", text="Nothing happened.")).to_dict()
    validate(data)
    assert data["schema"] == SCHEMA_ID
    assert [data[k] for k in ("entities", "places", "times", "claims", "events")] == [[]] * 5
    assert list(data["article"]) == ["id", "title", "published", "source", "url", "language", "text"]


@pytest.mark.parametrize(
    "path, bad",
    [
        (("article", "published"), "15 Feb 2023"),
        (("article", "id"), ""),
        (("places",), [{"text": "Kyiv"}]),
        (
            ("claims",),
            [
                {
                    "id": "c1",
                    "speaker": None,
                    "cue": "say",
                    "quote": "direct",
                    "content": {"text": "x", "start": 0, "end": 1},
                    "status": "maybe",
                    "contradicts": [],
                }
            ],
        ),
    ],
)
def test_schema_rejects_malformed_records(path, bad):
    data = Record(article=Article(id="a1", text="x")).to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_from_dict_rebuilds_typed_objects(pipeline, sample_text):
    record = pipeline(sample_text, published="2023-02-15")
    back = Record.from_dict(record.to_dict())
    assert back == record
    assert type(back.article) is Article


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("2022/06/23", "2022-06-23"),
        ("23 June 2022", "2022-06-23"),
        ("2022-06-23T08:00:00+03:00", "2022-06-23"),
    ],
)
def test_article_reads_a_publication_date_in_any_common_form(given, kept):
    assert Article(text="x", published=given).published == kept


def test_article_rejects_a_publication_date_that_is_no_day():
    with pytest.raises(ValueError, match="published: cannot read 'last spring'"):
        Article(text="x", published="last spring")


def test_extract_resolves_relative_dates_against_a_slash_written_publication_date():
    times = extract("The attack came on Tuesday, officials said.", published="2022/06/23").times
    assert [t.value for t in times] == ["2022-06-21"]
