"""PLOVER readings the rules draw from PLOVER's category definitions (sentences written for the tests)."""

from __future__ import annotations

from sitrep.events.detect import detect, primary
from sitrep.record import Article, Record


def _type(nlp, text: str) -> str | None:
    doc = nlp(text)
    found = detect(doc, Record(Article(id="t", text=text)), model=None)
    d = primary([x for x in found if x.happened], doc, prefer_acled=False) or primary(found, doc, False)
    return d.type if d else None


def test_a_lodged_protest_is_an_accusation_not_a_demonstration(nlp):
    assert (
        _type(nlp, "Hungary lodged a formal protest with Romania over the treatment of its diplomats.")
        == "ACCUSE"
    )
    assert _type(nlp, "Thousands of workers staged a protest outside parliament on Monday.") == "PROTEST"


def test_returning_to_a_city_for_talks_is_a_visit(nlp):
    assert (
        _type(nlp, "The two delegations return to Vienna next week for another round of talks.") == "CONSULT"
    )


def test_a_curfew_or_state_of_emergency_is_coercion(nlp):
    assert (
        _type(nlp, "The military government declared a state of emergency in the capital on Sunday.")
        == "COERCE"
    )


def test_prepared_to_is_a_stated_intent(nlp):
    assert (
        _type(nlp, "Egypt's president said he is prepared to lift the ban on the Muslim Brotherhood.")
        == "AGREE"
    )


def test_easing_a_blockade_and_admitting_inspectors_are_retreats(nlp):
    assert _type(nlp, "Israel lifted its blockade of the Gaza Strip on Tuesday.") == "RETREAT"
    assert _type(nlp, "Iran allowed UN inspectors into the Natanz site on Monday.") == "RETREAT"
    assert _type(nlp, "Belarus lifted the ban on the opposition newspaper Nasha Niva.") == "CONCEDE"


def test_a_demanded_truce_is_a_request_that_happened_and_no_agreement(nlp):
    text = "Bosnian Serbs demanded a truce with government forces before any talks."
    doc = nlp(text)
    found = detect(doc, Record(Article(id="d", text=text)), model=None)
    assert any(d.type == "REQUEST" and d.happened for d in found)
    assert not any(d.acled_sub_event_type == "Agreement" and d.happened for d in found)


def _types(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {d.type for d in detect(doc, Record(Article(id="t", text=text)), model=None)}


def test_releasing_a_report_or_giving_a_talk_is_no_event(nlp):
    assert "RETREAT" not in _types(
        nlp, "The monitoring mission released a report on Tuesday about the camps."
    )
    assert "RETREAT" not in _types(
        nlp,
        "According to a study sponsored by Britain and released on Friday, Russia has deported many children.",
    )
    assert "RETREAT" not in _types(nlp, "Ukraine released a statement accusing Russia of shelling the plant.")
    assert "RETREAT" not in _types(nlp, "The ministry released footage of the strike on Monday.")
    assert _type(nlp, "Russia released 50 Ukrainian prisoners of war on Tuesday.") == "RETREAT"
    # A person's talk is a speech; talks are negotiations.
    assert "CONSULT" not in _types(nlp, "In his Tuesday evening talk, the president praised the soldiers.")
    assert _type(nlp, "Diplomats from both countries held talks in Geneva on Monday.") == "CONSULT"


def test_marching_on_cities_is_an_advance_not_a_protest(nlp):
    assert "PROTEST" not in _types(
        nlp, "Taking the town would allow it to march on two metropolitan areas, Kramatorsk and Sloviansk."
    )
    doc = nlp("The capture of Bakhmut would let Russia march on Kramatorsk.")
    from sitrep.events.classify import code_span

    assert code_span(doc[:]).event_type != "Protests"
    # People who march on a building or through a city protest.
    assert _type(nlp, "Thousands of protesters marched on parliament in Tbilisi on Sunday.") == "PROTEST"
    assert _type(nlp, "Students marched through the capital on Friday.") == "PROTEST"


def test_a_capture_that_would_offer_a_boost_is_no_agreement(nlp):
    assert "AGREE" not in _types(
        nlp, "The capture of Bakhmut could offer Russia a boost after months of losses."
    )
    assert _type(nlp, "Turkey offered Ukraine and Russia new talks in Istanbul.") in ("AGREE", "CONSULT")


def test_water_flooding_villages_is_no_mobilisation(nlp):
    assert "MOBILIZE" not in _types(
        nlp, "The dam was breached early on Tuesday, flooding villages downstream in the Kherson region."
    )
    assert "MOBILIZE" in _types(nlp, "Russian personnel and heavy machinery started flooding into Luhansk.")


def test_a_consequence_allowing_an_advance_is_no_concession(nlp):
    assert "CONCEDE" not in _types(
        nlp, "Capturing the town would give Russia a boost, allowing it to march on Kramatorsk and Sloviansk."
    )
    assert _type(nlp, "The government allowed opposition parties to register for the election.") == "CONCEDE"
