"""Long lists of names: the list walks of the recognizer and the list vote of the resolver are
done once per list, so a hostile 4,000-name list costs linear time, with the answers a walk or a
count of its own would give."""

from __future__ import annotations

import re

from sitrep.geo.gazetteer import Entry
from sitrep.geo.recognize import _before_unit_word, _list_ends, annotate_context
from sitrep.geo.resolve import Candidate, Mention, coordination


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


def _entry(gid: int, feature: str) -> Entry:
    return Entry(gid, f"P{gid}", feature, "ADM1", "UA", "", 48.0, 37.0, 1000)


def test_list_members_gain_by_the_kind_of_the_other_names_in_the_list():
    # "Donetsk, Luhansk, Donetsk and Kharkiv": the two Donetsks are one name and do not vote for
    # each other; each Donetsk sense counts the two other names (an oblast and a city)
    text = "Donetsk, Luhansk, Donetsk and Kharkiv"
    mentions = sorted(_mentions(text, ["Donetsk", "Luhansk", "Kharkiv"]), key=lambda m: m.start)
    for m in mentions:
        m.coordinated = 0
    features = {"Donetsk": "admin1", "Luhansk": "admin1", "Kharkiv": "city"}
    cands = [
        [Candidate(_entry(i * 2, features[m.text]), 0), Candidate(_entry(i * 2 + 1, "admin1"), 0)]
        for i, m in enumerate(mentions)
    ]
    for cs in cands:
        cs[0].score = 1.0  # the best sense of each member is the first
    coordination(cands, mentions)
    donetsk_admin1 = cands[0][1].why["list"]
    luhansk_admin1 = cands[1][1].why["list"]
    assert donetsk_admin1 == 2.0 * 1 / 2  # Luhansk is an oblast, Kharkiv a city
    assert luhansk_admin1 == 2.0 * 2 / 3  # two Donetsks (oblasts) and Kharkiv (a city)
    assert "list" not in cands[3][0].why  # a city sense gains nothing from the list
