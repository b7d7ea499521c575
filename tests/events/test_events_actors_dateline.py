"""A wire dateline is the story's place, never the doer of its first act, even when the parse
makes it a second subject of the verb ("KYIV, March 12 (Reuters) - Russian forces launched ...")."""

from __future__ import annotations

import pytest

from sitrep.events.actors import find_actors

LEAD = (
    "Drones hit the south\n\n{dateline} Russian forces launched 34 drones at southern Ukraine "
    "overnight, the Ukrainian air force said on Tuesday, adding that air defences had shot down 28."
)


@pytest.mark.parametrize(
    "dateline", ["KYIV, March 12 (Reuters) -", "KYIV (Reuters) -", "ODESA, Ukraine (AP) —"]
)
def test_a_dateline_is_no_actor(nlp, dateline):
    doc = nlp(LEAD.format(dateline=dateline))
    launched = next(t for t in doc if t.text == "launched")
    actors = [(a.text, a.side) for a in find_actors(launched) if a.role == "actor"]
    assert actors == [("Russian forces", "RU")]


def test_an_upper_case_subject_that_is_no_dateline_stays_the_actor(nlp):
    doc = nlp("Briefing\n\nNATO said on Monday that it would send more jets to Romania.")
    send = next(t for t in doc if t.text == "send")
    assert [a.text for a in find_actors(send, interaction=True) if a.role == "actor"] in (["NATO"], ["it"])
