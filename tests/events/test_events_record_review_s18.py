"""Session 18 review of the record's readings (07f713a history recalled, 417cf54 a phase of the
war, ef3f674 court proceedings) on the reviewer's own sentences, the rows expected written down
before the code ran; and the lead's end-to-end findings, each re-told in fresh words.

A history row leaves only when the act's own date lies before the month preceding the story's;
a phase leaves only for the war's opening or a siege or occupation told whole ("the battle for
Chasiv Yar" is as often the fight going on); a court's act leaves, but "charged Ukrainian
positions" is an assault; a date in a relative clause on a name ("Kherson, which Ukraine
liberated in November 2022") is that place's history, not the act's date."""

from __future__ import annotations

import pytest

from sitrep.events.export import acled_rows

MAY = "2024-05-10"

# (published, ACLED rows expected, event_date of the first row or None, text)
PROBES = [
    # history the story recalls
    (MAY, 0, None, "Russian troops captured the town of Avdiivka in February after months of fighting."),
    (MAY, 1, "2024-05-02", "Russian forces shelled Kharkiv on 2 May, killing four civilians."),
    (MAY, 1, "2024-04", "A missile struck a hotel in Odesa in mid-April, the governor said."),
    (MAY, 0, None, "Ukrainian drones hit a refinery in Ryazan in January 2024."),
    (
        MAY,
        1,
        "2024-05-07",
        "Russian troops shelled Kupiansk on Tuesday, the heaviest bombardment since the town was liberated in "
        "September 2022.",
    ),
    (
        MAY,
        1,
        None,
        "Russian forces shelled Kherson overnight, 18 months after the city was liberated in November 2022.",
    ),
    (MAY, 0, None, "In 2022, Russian troops occupied the Zaporizhzhia nuclear power plant."),
    ("2024-03-12", 1, "2024-02-28", "Russian forces struck Kharkiv on 28 February, killing two people."),
    ("2024-03-12", 0, None, "A drone hit a school in Sumy on 30 January, killing a teacher."),
    ("2024-01-10", 1, "2023-12-29", "Russian missiles struck Kyiv on 29 December, killing 30 people."),
    ("2024-01-10", 0, None, "Russian missiles struck Kyiv in November 2023, killing three people."),
    (MAY, 0, None, "Ukrainian forces recaptured Kherson in November 2022."),
    (
        MAY,
        1,
        MAY,
        "Russian forces shelled Kherson, which Ukraine liberated in November 2022, killing two people.",
    ),
    # a phase of the war
    (MAY, 0, None, "Early in the war, Russian troops seized the Antonov airport near Kyiv."),
    (MAY, 0, None, "During the siege of Mariupol, Russian aircraft bombed the drama theatre."),
    (MAY, 0, None, "In the first days of the invasion, Russian paratroopers attacked Hostomel airport."),
    (MAY, 0, None, "At the beginning of the invasion, Belarusian activists sabotaged railway lines."),
    (MAY, 0, None, "In the early weeks of the full-scale invasion, Russian forces occupied Bucha."),
    (MAY, 1, None, "During the night, Russian drones attacked Odesa, the governor said."),
    (MAY, 1, None, "At the start of the week, Russian forces shelled Nikopol, killing one man."),
    (MAY, 1, None, "Early in the morning, Russian drones hit an energy facility in Kyiv region."),
    (
        MAY,
        1,
        "2024-05-06",
        "During the battle for Chasiv Yar on Monday, Ukrainian troops repelled five assaults.",
    ),
    (
        MAY,
        1,
        None,
        "Ukrainian troops destroyed three Russian tanks during the battle for Chasiv Yar, the general staff said.",
    ),
    (
        MAY,
        1,
        "2024-05-07",
        "During the occupation of his village, Russian soldiers shot a farmer on Tuesday, his son said.",
    ),
    # courts
    (MAY, 0, None, "A court in Moscow sentenced a theatre director to six years in prison."),
    (MAY, 0, None, "Prosecutors charged two men with sabotaging a railway line in Kursk."),
    (MAY, 0, None, "A Ukrainian court convicted a Russian soldier of killing a civilian in Sumy region."),
    (MAY, 0, None, "A Russian soldier was sentenced to life in prison for killing an unarmed civilian."),
    (
        MAY,
        0,
        None,
        "Ukraine charged a Russian commander in absentia with ordering the strike on the theatre.",
    ),
    (MAY, 0, None, "A military court in Rostov sentenced 12 Ukrainian fighters to long prison terms."),
    (
        MAY,
        1,
        "2024-05-06",
        "Police arrested two men suspected of sabotaging a railway line in Kursk on Monday.",
    ),
    (
        MAY,
        1,
        "2024-05-06",
        "Russian forces shelled the court building in Kherson on Monday, killing a judge.",
    ),
    (
        MAY,
        1,
        "2024-05-07",
        "Security service officers detained a man accused of spying for Russia in Odesa on Tuesday.",
    ),
    (
        MAY,
        1,
        "2024-05-07",
        "Russian forces shelled Kherson on Tuesday, killing a man who had been charged with collaboration.",
    ),
    (MAY, 1, None, "Russian troops charged Ukrainian positions near Chasiv Yar, the general staff said."),
    (MAY, 1, None, "Police in Tbilisi detained 20 protesters, the interior ministry said."),
]


@pytest.mark.parametrize("published, rows, date, text", PROBES)
def test_review_probe_rows(pipeline, published, rows, date, text):
    record = pipeline(text, published=published)
    got = list(acled_rows([record]))
    assert len(got) == rows, record.events
    if date is not None:
        assert got[0]["event_date"] == date


def _coded(record):
    return [e for e in record.events if e.acled_sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces launched 40 Shahed drones at Kyiv overnight, the air force said on Monday, adding that "
        "air defences had shot down 31 of them.",
        "Russia launched 40 missiles at Kyiv overnight, and air defences intercepted 35 of them, the military said.",
        "Russian forces launched 25 Shahed drones at the Odesa region overnight, the air force said.",
    ],
)
def test_a_strike_partly_stopped_is_the_launchers(pipeline, text):
    """The defence that stopped part of a strike is not the strike: its actor is the launcher."""
    (event,) = _coded(pipeline(text, published="2024-03-12"))
    assert [(a.side, a.role) for a in event.actors if a.role == "actor"] == [("RU", "actor")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military said its forces had repelled 15 Russian attacks near Robotyne.",
        "The Ukrainian general staff said its troops had repelled 12 Russian assaults near Kupiansk.",
    ],
)
def test_its_forces_take_the_speakers_side(pipeline, text):
    """ "its forces" under a speaker with a side are that side's, also when the coded word is the
    object they repelled."""
    (event,) = _coded(pipeline(text, published="2024-05-02"))
    assert {a.side for a in event.actors if a.text.lower().startswith("its ")} == {"UA"}


@pytest.mark.xfail(
    strict=True,
    reason="the speaker's country wins over the paragraph's city; taking the paragraph's last place "
    "instead was tried and dropped (in the dump it moved more acts to a wrong city than to the right one)",
)
def test_the_paragraphs_city_over_the_speakers_country(pipeline):
    text = (
        "Thousands of people marched in Yerevan last week against the border deal. "
        "Police detained 40 demonstrators, Armenia's interior ministry said."
    )
    record = pipeline(text, published="2024-05-02")
    detention = _coded(record)[-1]
    assert record.places[detention.place].text == "Yerevan"


def test_a_country_in_the_acts_own_clause_stays(pipeline):
    text = "Thousands marched in Yerevan on Saturday. Police detained 30 people in Armenia, officials said."
    record = pipeline(text, published="2024-03-12")
    assert record.places[_coded(record)[-1].place].text == "Armenia"


@pytest.mark.xfail(
    strict=True,
    reason="the paragraph's running date holds only days: 'last week' does not reach the detention",
)
def test_a_paragraphs_week_dates_the_detention(pipeline):
    text = (
        "Thousands of people marched in Yerevan last week against the border deal. "
        "Police detained 40 demonstrators, Armenia's interior ministry said."
    )
    record = pipeline(text, published="2024-05-02")
    assert _coded(record)[-1].date == "2024-W17"


def test_a_headline_drone_strike_on_a_region_is_coded(pipeline):
    """Fixed in session 19 (typing): a weapon that hits "sites" strikes them, no cyber attack."""
    record = pipeline(
        "Russian drones hit energy sites in Kharkiv region, Ukraine says", published="2024-03-12"
    )
    assert [e.acled_sub_event_type for e in record.events] == ["Air/drone strike"]
