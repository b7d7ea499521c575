"""Session 19: claims read a wire dateline through geo's one reading (`dateline_at`); the dateline
is no part of a speaker nor of what was said. Sentences of our own, answers written before the run."""

from __future__ import annotations

import pytest
from tests.claims.claim_probe import assert_claim

CASES = [
    # (text, speaker, cue, content)
    (
        "KHARKIV, Ukraine (AP) — Two people were killed when a missile hit a school, the governor said.",
        "the governor",
        "said",
        "Two people were killed when a missile hit a school",
    ),
    (
        "WASHINGTON — The Pentagon said on Friday that it would send more air defence systems to Kyiv.",
        "The Pentagon",
        "said",
        "that it would send more air defence systems to Kyiv",
    ),
    (
        "MOSCOW, March 3 (Reuters) - Russian forces have taken the village of Pisky, the defence ministry said.",
        "the defence ministry",
        "said",
        "Russian forces have taken the village of Pisky",
    ),
    (
        "BERLIN — Germany will deliver four more tanks next month, a government spokesman said.",
        "a government spokesman",
        "said",
        "Germany will deliver four more tanks next month",
    ),
    (
        "ODESA (Interfax) - Drones struck grain silos in the port overnight, the regional administration said.",
        "the regional administration",
        "said",
        "Drones struck grain silos in the port overnight",
    ),
    # No dateline: the speaker's own dashes, an aside after a capitalized name.
    (
        "NATO — the alliance, not the EU — will lead the mission, the secretary general said.",
        "the secretary general",
        "said",
        "NATO — the alliance, not the EU — will lead the mission",
    ),
    (
        "OSCE monitors — who left the city in February — said the shelling had resumed.",
        "OSCE monitors — who left the city in February",  # a mention keeps closing commas only
        "said",
        "the shelling had resumed",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), CASES)
def test_dateline_is_no_part_of_a_claim(nlp, text, speaker, cue, content):
    assert_claim(nlp, text, speaker, cue, content)
