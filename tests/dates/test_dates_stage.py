"""The `times` stage on parsed news sentences: tense, publication dates, no publication date."""

from datetime import date, timedelta

import pytest

from sitrep.dates import Dater, date_for_span, precision_of
from sitrep.dates.stage import make_stage, times_of
from sitrep.dates.tense import tense_at
from sitrep.record import Article, Record, validate


def values(nlp, text: str, published: str | None) -> dict[str, str | None]:
    return {t.text: t.value for t in times_of(nlp(text), published)}


@pytest.mark.parametrize("offset", range(7))
def test_past_tense_tuesday_for_every_publication_weekday(nlp, offset):
    published = date(2023, 2, 13) + timedelta(days=offset)
    got = values(
        nlp, "Russian forces shelled Kherson on Tuesday, the regional governor said.", published.isoformat()
    )
    day = date.fromisoformat(got["Tuesday"])
    assert day.weekday() == 1 and day <= published and (published - day).days < 7


@pytest.mark.parametrize("offset", range(7))
def test_future_tense_friday_for_every_publication_weekday(nlp, offset):
    published = date(2023, 2, 13) + timedelta(days=offset)
    got = values(
        nlp,
        "Defence ministers will meet on Friday in Brussels to discuss tank deliveries.",
        published.isoformat(),
    )
    day = date.fromisoformat(got["Friday"])
    assert day.weekday() == 4 and day >= published and (day - published).days < 7


def test_same_weekday_reads_differently_by_tense(nlp):
    past = values(nlp, "Ukrainian officials met their Polish counterparts on Friday.", "2023-02-15")
    future = values(nlp, "Ukrainian officials will meet their Polish counterparts on Friday.", "2023-02-15")
    assert past["Friday"] == "2023-02-10" and future["Friday"] == "2023-02-17"


def test_year_boundary_article_of_3_january(nlp):
    got = values(nlp, "The governor said a missile struck the power plant on December 28.", "2023-01-03")
    assert got["December 28"] == "2022-12-28"
    got = values(nlp, "Last month the city lost power for three days.", "2023-01-03")
    assert got["Last month"] == "2022-12" and got["three days"] == "P3D"


def test_weeks_and_weekdays_across_new_year(nlp):
    text = "Kyiv was hit by drones on Friday, after a week of strikes last week; talks resume next month."
    got = values(nlp, text, "2023-01-02")  # a Monday
    assert got["Friday"] == "2022-12-30"
    assert got["last week"] == "2022-W52"
    assert got["next month"] == "2023-02"


def test_every_kind_of_expression_in_one_report(nlp):
    text = (
        "Moscow claimed last year that the front had stabilised. Two weeks ago, Ukrainian units "
        "retook the village, and earlier this month they crossed the river. The counteroffensive "
        "stalled in the summertime, officials said on Tuesday evening. Fighting in the 1990s "
        "lasted three months, and supply convoys now run every Thursday."
    )
    got = values(nlp, text, "2023-02-15")
    assert got["last year"] == "2022"
    assert got["Two weeks ago"] == "2023-W05"
    assert got["earlier this month"] == "2023-02"
    assert got["the summertime"] == "2022-SU"
    assert got["Tuesday evening"] == "2023-02-14TEV"
    assert got["the 1990s"] == "199"
    assert got["three months"] == "P3M"
    assert got["every Thursday"] == "XXXX-WXX-4"
    assert got["now"] == "PRESENT_REF"


def test_without_publication_date_only_absolute_values(nlp):
    text = (
        "Ukraine said on Tuesday that the dam, breached on June 6, 2023, had flooded 80 villages last week."
    )
    got = values(nlp, text, None)
    assert got["Tuesday"] is None and got["last week"] is None
    assert got["June 6, 2023"] == "2023-06-06"


def test_next_day_follows_the_last_date_named(nlp):
    text = "The town was encircled on March 3, 2022. The next day, the mayor was detained."
    assert values(nlp, text, "2023-02-15")["The next day"] == "2022-03-04"


def test_tense_from_the_governing_verb(nlp):
    doc = nlp(
        "Kyiv says Russia is going to launch the attack on Monday, after it shelled the city on Sunday."
    )
    assert tense_at(doc, doc.text.index("Monday"), doc.text.index("Monday") + 6) == "future"
    assert tense_at(doc, doc.text.index("Sunday"), doc.text.index("Sunday") + 6) == "past"


def test_date_for_span_own_sentence_paragraph_publication(nlp):
    text = (
        "Russian missiles hit Dnipro on Saturday, killing 40 people. Rescuers searched the rubble.\n\n"
        "A drone attack was reported near Kharkiv."
    )
    record = Record(article=Article(id="a", text=text, published="2023-01-16"))
    doc = nlp(text)
    record.times = times_of(doc, "2023-01-16")
    at = text.index
    assert date_for_span(record, at("hit"), at("hit") + 3, doc) == ("2023-01-14", "day", "sentence")
    assert date_for_span(record, at("on Saturday"), at("people"), doc) == ("2023-01-14", "day", "own")
    assert date_for_span(record, at("Rescuers"), at("rubble"), doc) == ("2023-01-14", "day", "paragraph")
    assert date_for_span(record, at("drone"), at("drone") + 5, doc) == ("2023-01-16", "day", "publication")
    record.article.published = None
    assert date_for_span(record, at("drone"), at("drone") + 5, doc) == (None, None, None)


def test_dater_dates_many_spans_of_one_article_like_date_for_span(nlp):
    """The index built once per article (for claims) answers as the one-off lookup does,
    across paragraphs, with times left out by `skip`, and says where a time lies."""
    text = (
        "Shelling hit Kherson on Monday. Officials said on Tuesday that strikes on Sunday had cut power. Crews worked.\n\n"
        "Repairs went on.\n\nA later paragraph said nothing of time."
    )
    record = Record(article=Article(id="a", text=text, published="2023-01-18"))
    doc = nlp(text)
    record.times = times_of(doc, "2023-01-18")
    dater = Dater(record)
    at = text.index
    content = (at("strikes"), at(" had cut") + 8)
    spans = [
        (at("Shelling"), at("hit") + 3),
        content,
        (at("Crews"), at("worked")),
        (at("Repairs"), at("on.")),
    ]
    spans.append((at("A later"), len(text)))
    for s, e in spans:
        assert dater.date_for(s, e, doc) == date_for_span(record, s, e, doc)
        assert dater.date_for(s, e, doc, skip=content) == date_for_span(record, s, e, doc, skip=content)
    # the claim is dated by its own Tuesday, not by the Sunday it reports
    assert dater.date_for(at("Officials"), at(" Crews"), doc, skip=content)[0] == "2023-01-17"
    assert dater.date_for(at("Crews"), at("worked"), doc) == ("2023-01-15", "day", "paragraph")
    assert dater.date_for(at("Repairs"), at("on."), doc)[2] == "publication"  # a new paragraph
    assert dater.has_time_within(at("on Tuesday"), at("that"))
    assert not dater.has_time_within(at("Officials"), at("said") + 4)


def test_precision_of_values():
    assert precision_of("2023-02-14TEV") == "time"
    assert precision_of("2023-W07-WE") == "weekend"
    assert precision_of("2023-SU") == "season"
    assert precision_of("199") == "decade"
    assert precision_of("P3M") is None and precision_of("PRESENT_REF") is None


def test_stage_records_validate(nlp):
    # the times stage alone, so a dates test does not hang on the other stages (the whole pipeline's
    # records are checked in tests/test_pipeline.py)
    text = "Ukraine said on Tuesday it shot down 20 drones in a raid lasting two hours. Sirens sound every night."
    record = Record(article=Article(id="t", text=text, published="2023-02-15"))
    make_stage(nlp)(nlp(text), record)
    assert [(t.text, t.value, t.type) for t in record.times] == [
        ("Tuesday", "2023-02-14", "DATE"),
        ("two hours", "PT2H", "DURATION"),
        ("every night", "XXXX-XX-XXTNI", "SET"),
    ]
    validate(record.to_dict())


def test_results_story_periods(nlp):
    """Earnings reports: a year-long period defined by its end is a duration; "a year ago" in
    the sentence after the quarter named compares that quarter; "year-ago" modifies a period."""
    got = values(
        nlp,
        "For the fiscal year ended June 30, the company earned $4 million. "
        "Net income rose 12% in the third quarter. "
        "The company had earned $1.1 million a year ago. "
        "Its steel unit in the year-ago third quarter earned $14.8 million. "
        "Sales in the current fiscal year will be higher.",
        "1989-11-01",
    )
    assert got["the fiscal year"] == "P1Y"
    assert got["the third quarter"] == "1989-Q3"
    assert got["a year ago"] == "1988-Q3"
    assert got["the year-ago third quarter"] == "1988-Q3"
    assert got["the current fiscal year"] == "1989"


def test_year_earlier_as_a_modifier_names_last_years_quarter(nlp):
    got = values(
        nlp,
        "The carrier posted a third-quarter loss of $5.1 million, against a year-earlier deficit of $7 million.",
        "1989-10-26",
    )
    assert got["third-quarter"] == "1989-Q3"
    assert got["year-earlier"] == "1988-Q3"


def test_a_year_ago_far_from_any_quarter_is_last_year(nlp):
    got = values(
        nlp,
        "Profit rose in the third quarter. The plant opened in Ohio. Workers went on strike there. "
        "The union had signed a contract a year ago.",
        "1989-10-26",
    )
    assert got["a year ago"] == "1988"


def test_in_n_units_is_a_date_only_when_the_clause_looks_ahead(nlp):
    ahead = values(nlp, "The bonds will be paid back in five years, the utility said.", "1989-11-02")
    back = values(nlp, "Prices fell for the first time in five years.", "1989-11-02")
    assert ahead["five years"] == "1994"
    assert back["five years"] == "P5Y"


def test_infinitive_under_an_adjective_takes_the_clause_tense(nlp):
    got = values(
        nlp, "The shortages made it difficult for Sun to meet demand well into the summer.", "1989-10-26"
    )
    assert got["the summer"] == "1989-SU"


def test_quoted_programme_title_is_not_a_week(nlp):
    got = values(
        nlp,
        'Foreign Minister Dmytro Kuleba said on ABC\'s "This Week" that the grain talks would resume.',
        "1990-08-13",
    )
    assert "This Week" not in got


def test_halves_of_named_years_and_two_days_off(nlp):
    got = values(
        nlp,
        "The plant will open in the first half of next year. "
        "The plant said shell deliveries stay slow over the first two quarters of 1991. "
        "The envoy left the day before yesterday.",
        "1989-10-26",
    )
    assert got["the first half of next year"] == "1990-H1"
    assert got["the first two quarters of 1991"] == "1991-H1"
    assert got["the day before yesterday"] == "1989-10-24"


def test_holidays_named_in_a_report(nlp):
    got = values(
        nlp,
        "Shelling stopped briefly on Christmas Eve. Families will gather for Orthodox Easter, officials said.",
        "2023-02-15",
    )
    assert got["Christmas Eve"] == "2022-12-24"
    assert got["Orthodox Easter"] == "2023-04-16"


def test_parts_of_the_day_last_named(nlp):
    got = values(
        nlp,
        "Rebels attacked the town on March 1. That night the shelling resumed. The next morning they withdrew.",
        "2023-03-04",
    )
    assert got["That night"] == "2023-03-01TNI"
    assert got["The next morning"] == "2023-03-02TMO"


def test_until_then_points_at_the_time_last_named(nlp):
    got = values(
        nlp, "Conversion rights will end on Nov. 30. Until then, the stock remains convertible.", "1989-10-30"
    )
    assert got["then"] == "1989-11-30"
    assert values(nlp, "Until then, nothing changes.", "1989-10-30") == {}


def test_overnight_in_a_report_is_the_night_before_publication(nlp):
    text = (
        "Russian drones and missiles struck grain terminals in the port of Chornomorsk overnight, "
        "Ukraine's southern military command said on Wednesday."
    )
    assert values(nlp, text, "2023-07-19")["overnight"] == "2023-07-18TNI"
    # the figure of speech and the kind of thing are no time
    assert "overnight" not in values(nlp, "Peace in the region will not happen overnight.", "2023-07-19")
    assert "overnight" not in values(nlp, "The city imposed an overnight curfew.", "2023-07-19")


def test_overnight_ahead_is_the_coming_night(nlp):
    text = "The governor warned that the shelling of Kherson will continue overnight."
    assert values(nlp, text, "2023-07-19")["overnight"] == "2023-07-19TNI"


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_stand_in_publication_date_is_no_anchor(nlp, published):
    # Feeds that fill a missing date with the calendar's first or last day: reckoning "a year
    # ago" or "next week" from them would leave the calendar; relative values stay unknown.
    text = "Shelling of Kherson resumed last week, a year after the city was retaken on Nov. 11, 2022."
    got = {t.text: t.value for t in times_of(nlp(text), published)}
    assert got["last week"] is None and got["Nov. 11, 2022"] == "2022-11-11"


def test_weekday_on_a_noun_the_tagger_read_as_a_verb_is_the_last_one(nlp):
    """'strikes' tagged VBZ but the subject of 'had cut': its Sunday is over, not next week's."""
    text = "Officials said on Tuesday that strikes on Sunday had cut power."
    doc = nlp(text)
    values = {t.text: t.value for t in times_of(doc, "2023-01-18")}
    assert values == {"Tuesday": "2023-01-17", "Sunday": "2023-01-15"}
