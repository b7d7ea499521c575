"""Untrusted text may list hundreds of places: each is still found, placed and kept to its unit."""

from __future__ import annotations

TOWNS = [("Nadiia", "Luhansk"), ("Kupiansk", "Kharkiv"), ("Vuhledar", "Donetsk"), ("Kreminna", "Luhansk")]


def test_long_list_of_located_towns(pipeline):
    text = "Russian troops struck " + ", ".join(f"{t} ({u} Oblast)" for t, u in TOWNS * 60) + "."
    places = pipeline(text, published="2023-02-15").places
    units = {p.text: p.admin1 for p in places if p.feature == "admin1"}
    towns = [p for p in places if p.text in dict(TOWNS)]
    assert len(towns) == len(TOWNS) * 60
    for p in towns:  # every town in the oblast named after it
        assert p.feature == "city" and p.admin1 == units[f"{dict(TOWNS)[p.text]} Oblast"], p.text


def test_a_long_run_of_capitalised_words_is_looked_up_without_recursing():
    # Untrusted text: "St. St. St. ..." or a page of capitalised words the model may take for one
    # name. Looking for a place inside it used to recurse once per word (RecursionError).
    from sitrep.geo.gazetteer import load
    from sitrep.geo.resolve import candidates

    gaz = load()
    assert candidates(gaz, "St. " * 1500) == []
    inside = candidates(gaz, "Regional Council of the Odesa Oblast Branch of the Union of Writers")
    assert any(c.entry.country == "UA" for c in inside)


def test_a_long_list_keeps_the_speaking_government(pipeline):
    # The head of each name is read off its own tokens, so a list hundreds of names deep costs no
    # walk up the list per name; a government speaking after it is still read as one.
    towns = ["Kupiansk", "Vuhledar", "Kreminna", "Bakhmut"]
    text = "Russian troops shelled " + ", ".join(towns * 50) + " and Avdiivka. Kyiv said it would respond."
    places = pipeline(text, published="2023-02-15").places
    assert sum(p.text in towns and p.country == "UA" for p in places) == 200
    assert [p.metonym for p in places if p.text == "Kyiv"] == [True]
