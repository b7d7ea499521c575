"""A season inside a name or naming a day of the sky is no time expression."""

from sitrep.dates.stage import times_of


def texts(nlp, text):
    return [t.text for t in times_of(nlp(text), "2022-02-01")]


def test_season_in_a_name_or_before_solstice_is_no_time(nlp):
    assert texts(nlp, "The Winter Olympics open in Beijing on Friday.") == ["Friday"]
    assert texts(nlp, "Crowds gathered at the stones for the summer solstice.") == []
    assert texts(nlp, "Last Winter Russia massed troops near the border.") == ["Last Winter"]
    assert texts(nlp, "In Summer 2014, the fighting spread.") == ["Summer 2014"]
