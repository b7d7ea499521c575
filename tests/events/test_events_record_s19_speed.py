"""Session 19, speed of the record: a run-on of conjoined clauses whose later acts have a pronoun
subject ("... and during the siege of the port they shelled it" over and over) resolves each
pronoun to the nearest named subject above it once per Doc, not by climbing the whole chain of
clauses above every pronoun (x1,000 took 2.4 s and grew with the square of the text)."""

from __future__ import annotations

from sitrep.events.actors import find_actors

RUN_ON = "early in the war troops seized the airport and during the siege of the port they shelled it"


def test_pronoun_subjects_in_a_run_on_stay_linear(detect_stays_linear):
    """Each pronoun actor is resolved with the help of what its clauses above already found."""
    detect_stays_linear(lambda n: " ".join([RUN_ON] * n) + ".")


def test_a_pronoun_actor_is_still_the_named_subject_above(nlp):
    """The shared climb gives the answer the climb per pronoun gave: "they" are the forces."""
    doc = nlp("Russian forces entered the town and they shelled the school.")
    shelled = next(t for t in doc if t.lemma_ == "shell")
    actors = [a for a in find_actors(shelled) if a.role == "actor"]
    assert [(a.text, a.side) for a in actors] == [("Russian forces", "RU")]


def test_a_dateline_with_a_day_and_a_double_dash_is_no_actor(nlp):
    """Geo's one dateline reading (`dateline_at`) tells where the story starts after the day and
    the dash: the parse's subject phrase "KYIV, 3 May -- Russian forces" loses the dateline."""
    doc = nlp("Strikes\n\nKYIV, 3 May -- Russian forces launched 20 drones at Odesa overnight.")
    launched = next(t for t in doc if t.text == "launched")
    assert [(a.text, a.side) for a in find_actors(launched) if a.role == "actor"] == [
        ("Russian forces", "RU")
    ]
