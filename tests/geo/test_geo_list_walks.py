"""Long lists of names: the list walks of the recognizer are shared, so a hostile 4,000-name list
costs linear time, and the shared walk answers as a walk of its own would."""

from __future__ import annotations

import re

from sitrep.geo.recognize import _before_unit_word, _list_ends, annotate_context
from sitrep.geo.resolve import Mention


def _mentions(text: str, names: list[str]) -> list[Mention]:
    return [Mention(m.group(), m.start(), m.end()) for n in names for m in re.finditer(rf"\b{n}\b", text)]


def test_list_ends_point_at_the_last_member_of_each_list():
    text = "Strikes hit Avdiivka, Marinka and Vuhledar; later Kupiansk and Izium, and then Lyman."
    mentions = sorted(
        _mentions(text, ["Avdiivka", "Marinka", "Vuhledar", "Kupiansk", "Izium", "Lyman"]),
        key=lambda m: m.start,
    )
    assert _list_ends(text, mentions) == [2, 2, 2, 4, 4, 5]


def test_every_member_of_a_long_list_before_regions_is_a_unit():
    names = ["Kharkiv", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"] * 40
    text = "Shelling hit the " + ", ".join(names[:-1]) + " and " + names[-1] + " regions."
    mentions = sorted(_mentions(text, sorted(set(names))), key=lambda m: m.start)
    annotate_context(text, mentions)
    assert len(mentions) == 200 and {m.qualifier for m in mentions} == {"admin1"}


def test_a_shared_list_walk_answers_as_a_fresh_one(nlp):
    doc = nlp("Russian forces shelled the Zorvak, Pelmin and Tarnak raions, and the Drevna, Molvik villages.")
    runs = [doc[t.i : t.i + 1] for t in doc if t.text in ("Zorvak", "Pelmin", "Tarnak", "Drevna", "Molvik")]
    memo: dict[int, bool] = {}
    shared = [_before_unit_word(doc, run, memo) for run in runs]
    assert shared == [_before_unit_word(doc, run, {}) for run in runs] == [True, True, True, False, False]
