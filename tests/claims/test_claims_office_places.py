"""A local office speaks for its place's country, also in an article naming hundreds of places."""

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy", "Poltava"]


def test_every_governor_of_a_long_list_gets_the_country_of_the_place(pipeline):
    text = " ".join(f"The governor of {t} said the town was shelled." for t in CITIES * 40)
    claims = pipeline(text, published="2023-02-15").claims
    assert len(claims) == len(CITIES) * 40
    assert {c.speaker.side for c in claims} == {"UA"}


def test_offices_of_two_countries_or_an_occupation_are_not_the_place_s_side(pipeline):
    text = (
        "The Russian-installed mayor of Kherson said the town was calm. "
        "The governors of Kharkiv and Belgorod said the border was shelled."
    )
    sides = {c.speaker.text: c.speaker.side for c in pipeline(text, published="2023-02-15").claims}
    assert sides == {
        "The Russian-installed mayor of Kherson": "RU",
        "The governors of Kharkiv and Belgorod": None,
    }
