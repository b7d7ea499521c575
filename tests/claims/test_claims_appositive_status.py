"""A claim's status set by an apposition after it ("…, a claim Kyiv rejected as false"), and
hope or chance nouns that are no one's statement as the subject of "is that"."""

from sitrep.claims.stage import find_claims


def claims(nlp, text):
    return find_claims(nlp(text), withheld=False)


def test_appositive_rejection_denies_the_claim_it_follows(nlp):
    said, rejected = claims(
        nlp, "Moscow said its troops had captured the village, a claim Kyiv rejected as false."
    )
    assert (said.speaker.text, said.cue, said.content.text) == (
        "Moscow",
        "say",
        "its troops had captured the village",
    )
    assert said.status == "denied"
    assert (rejected.speaker.text, rejected.cue) == ("Kyiv", "reject")
    assert rejected.content.text == "a claim"
    assert rejected.contradicts == [said.id]


def test_appositive_denial_of_an_allegation(nlp):
    said, denied = claims(
        nlp, "Russia said its forces had shelled a fuel depot, an allegation Ukraine denied."
    )
    assert said.content.text == "its forces had shelled a fuel depot"
    assert said.status == "denied"
    assert (denied.speaker.text, denied.cue, denied.contradicts) == ("Ukraine", "deny", [said.id])


def test_passive_appositive_names_the_denier_after_by(nlp):
    said, dismissed = claims(
        nlp, "The separatists claimed Ukrainian drones had hit a school, an accusation dismissed by Kyiv."
    )
    assert said.content.text == "Ukrainian drones had hit a school"
    assert said.status == "denied"
    assert (dismissed.speaker.text, dismissed.cue, dismissed.contradicts) == ("Kyiv", "dismiss", [said.id])


def test_appositive_after_a_dash_with_a_possessive_denier(nlp):
    said, rejected = claims(
        nlp,
        "Russian officials claimed the strike hit only military targets – an assertion Ukraine's "
        "foreign ministry rejected.",
    )
    assert said.content.text == "the strike hit only military targets"
    assert said.status == "denied"
    assert rejected.speaker.text == "Ukraine's foreign ministry"
    assert rejected.contradicts == [said.id]


def test_the_apposition_names_the_claim_even_from_the_same_side(nlp):
    # who disputes it is written, so the side guard of content matching does not apply
    said, disputed = claims(
        nlp, "A Russian-installed official said the dam was intact, a claim the Kremlin later disputed."
    )
    assert said.status == "denied"
    assert disputed.cue == "dispute" and disputed.contradicts == [said.id]


def test_an_apposition_that_was_not_denied_denies_nothing(nlp):
    found = claims(nlp, "Moscow said its troops had captured the village, a claim Kyiv did not deny.")
    assert found[0].speaker.text == "Moscow"
    assert found[0].status == "reported"
    assert all(not c.contradicts for c in found)


def test_appositive_unverified_marking(nlp):
    (c,) = claims(
        nlp,
        "The regional governor said 14 civilians had died, a claim that could not be independently verified.",
    )
    assert c.content.text == "14 civilians had died"
    assert c.status == "unverified"
    assert c.unverified_by.text == "could not be independently verified"


def test_a_hope_or_chance_is_no_ones_statement(nlp):
    (c,) = claims(nlp, "Analysts said that her best hope was that the court would rule quickly.")
    assert (c.speaker.text, c.cue) == ("Analysts", "say")
    assert claims(nlp, "His only chance is that the ceasefire holds.") == []
    assert claims(nlp, "The hope in Kyiv is that the bridge will be repaired by spring.") == []
    assert claims(nlp, "Kyiv's fear is that Moscow will attack again in the spring.") == []


def test_a_view_or_assessment_is_that_stays_a_claim(nlp):
    for text, cue in [
        ("The ministry's assessment is that the shelling came from the east.", "assessment"),
        ("The governor's view was that the evacuation had come too late.", "view"),
        ("Russia's stance is that the referendums were legal.", "stance"),
        ("Zelenskiy's argument is that the aid must arrive before winter.", "argument"),
    ]:
        (c,) = claims(nlp, text)
        assert c.cue == cue
        assert c.speaker.text.endswith("'s")
        assert c.content.text.startswith("that ")


def test_a_which_clause_of_denial_denies_the_claim_before_it(nlp):
    said, disputed = claims(
        nlp, "Russia said it had struck a depot in Kramatorsk, which Ukraine's military disputed."
    )
    assert said.content.text == "it had struck a depot in Kramatorsk"
    assert said.status == "denied"
    assert (disputed.speaker.text, disputed.cue, disputed.contradicts) == (
        "Ukraine's military",
        "dispute",
        [said.id],
    )


def test_an_accusation_the_parse_hung_on_the_denial_stays_and_is_denied(nlp):
    accused, denied = claims(nlp, "Russia accused Ukraine of shelling the plant, a charge Kyiv denies.")
    assert (accused.speaker.text, accused.cue, accused.status) == ("Russia", "accuse", "denied")
    assert (denied.speaker.text, denied.cue, denied.contradicts) == ("Kyiv", "deny", [accused.id])


def test_that_before_the_denier_is_a_relative_not_the_claims_content(nlp):
    said, rejected = claims(
        nlp,
        "The Wagner chief claimed his fighters had encircled Bakhmut, a claim that the Ukrainian army flatly rejected.",
    )
    assert said.content.text == "his fighters had encircled Bakhmut"
    assert said.status == "denied"
    assert (rejected.speaker.text, rejected.cue, rejected.contradicts) == (
        "the Ukrainian army",
        "reject",
        [said.id],
    )
    # a "that" clause with no denial after it is the claim noun's content: nothing is cut
    (c,) = claims(nlp, "Moscow said its troops had taken the village, a claim that Kyiv's troops had fled.")
    assert c.status == "reported"


def test_speech_after_the_apposition_is_not_the_claim_it_denies(nlp):
    found = claims(
        nlp,
        "The governor said the town had been shelled overnight, a claim the Russian defence ministry "
        "denied, saying its forces had not fired.",
    )
    said = next(c for c in found if c.content.text == "the town had been shelled overnight")
    denial = next(c for c in found if c.cue == "deny")
    assert said.status == "denied"
    assert denial.contradicts == [said.id]
