"""A season inside a name or naming a day of the sky is no time expression."""

from sitrep.dates.stage import times_of


def texts(nlp, text):
    return [t.text for t in times_of(nlp(text), "2022-02-01")]


def test_season_in_a_name_or_before_solstice_is_no_time(nlp):
    assert texts(nlp, "The Winter Olympics open in Beijing on Friday.") == ["Friday"]
    assert texts(nlp, "Crowds gathered at the stones for the summer solstice.") == []
    assert texts(nlp, "Last Winter Russia massed troops near the border.") == ["Last Winter"]
    assert texts(nlp, "In Summer 2014, the fighting spread.") == ["Summer 2014"]


def test_a_capitalized_season_inside_a_sentence_is_a_name(nlp):
    # after a word that is no time word ("said Winter", "Analyst Sarah Winter"); after a sentence
    # break or "in" it is the season
    got = lambda text, pub: [(t.text, t.value) for t in times_of(nlp(text), pub)]  # noqa: E731
    assert (
        got("The power cuts will get worse, said Winter, a researcher at Chatham House.", "2022-10-10") == []
    )
    assert got("Analyst Sarah Winter said the front would freeze in the winter.", "2022-11-02") == [
        ("the winter", "2022-WI")
    ]
    assert got("The grid survived the summer. Winter will be the real test.", "2022-10-10") == [
        ("the summer", "2022-SU"),
        ("Winter", "2022-WI"),
    ]
