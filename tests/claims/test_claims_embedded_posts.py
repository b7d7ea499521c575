"""Embedded social-media posts as news sites print them ("text link — Name (@handle) Date"):
the post is its author's claim, and a speaker after the signature starts after its date."""

from __future__ import annotations

from sitrep.claims.stage import find_claims

TEXT = (
    "Shelling resumed near the plant overnight.\n\n"
    "Our engineers restored the line to the reactor block within four hours. pic.twitter.com/Xq7Lmz "
    "— Energy Ministry of Ukraine (@Energy_Ukraine) August 19, 2022\n\n"
    "Repairs will take weeks. https://t.co/a1B2c3 — Halyna Petrenko (@hpetrenko) August 20, 2022 "
    "Petrenko also said that two transformers were lost."
)


def test_a_post_is_its_author_s_claim(nlp):
    found = find_claims(nlp(TEXT))
    post = next(c for c in found if "restored the line" in c.content.text)
    assert post.cue == "tweet" and post.cue_span.text == "—"
    assert post.speaker.text == "Energy Ministry of Ukraine (@Energy_Ukraine)"
    assert post.speaker.name == "Energy Ministry of Ukraine"
    # The link is no part of what was posted.
    assert post.content.text == "Our engineers restored the line to the reactor block within four hours"
    assert post.quote == "direct"


def test_the_speaker_after_a_signature_starts_after_its_date(nlp):
    found = find_claims(nlp(TEXT))
    second = next(c for c in found if c.content.text == "Repairs will take weeks")
    assert second.speaker.name == "Halyna Petrenko"
    said = next(c for c in found if c.cue == "say")
    assert said.speaker.text == "Petrenko"
    assert said.content.text == "that two transformers were lost"


def test_a_handle_without_a_dated_signature_is_no_post(nlp):
    found = find_claims(nlp("Follow our correspondent (@kyivdesk) for updates from the capital."))
    assert all(c.cue != "tweet" for c in found)


# A page whose blocks were run together: the reporter's paragraph, the post and its signature
# on one line, with nothing but a sentence break between them.
RUN_TOGETHER = (
    "The mayor spent the morning at the damaged water station on the river and met the crews who "
    "had worked through the night to restore pressure to the eastern districts, where hospitals "
    "had run on reserve tanks since Sunday. The pumps were back by noon, the mayor's office said. "
    "Water is flowing again in every district. Thank you to the crews who worked all night. "
    "https://t.co/Wq8pLr — Ihor Savchuk (@isavchuk) March 14, 2022 "
    "pic.twitter.com/Zt5KmQ — Olena Danyliuk (@odanyliuk) March 14, 2022 "
    "Tanks were refilled by the afternoon. pic.twitter.com/Hh2NcV — Olena Danyliuk (@odanyliuk) "
    "March 15, 2022"
)


def test_a_post_run_into_the_reporter_s_paragraph_starts_after_what_the_reporter_attributes(nlp):
    found = find_claims(nlp(RUN_TOGETHER))
    post = next(c for c in found if c.speaker is not None and c.speaker.name == "Ihor Savchuk")
    assert (
        post.content.text
        == "Water is flowing again in every district. Thank you to the crews who worked all night"
    )
    said = next(c for c in found if c.cue == "say")
    assert said.content.text == "The pumps were back by noon"


def test_a_post_starts_after_the_signature_of_the_post_before_it(nlp):
    found = find_claims(nlp(RUN_TOGETHER))
    posts = [c for c in found if c.cue == "tweet"]
    # The second post is a picture alone: no text, no claim; the third is its own sentence.
    assert [c.content.text for c in posts] == [
        "Water is flowing again in every district. Thank you to the crews who worked all night",
        "Tanks were refilled by the afternoon",
    ]


def test_a_stance_or_a_subjectless_cue_inside_a_run_together_post_stays_in_it(nlp):
    text = (
        "Ministers met in the capital on Tuesday to agree the next package of aid for the eastern "
        "regions, where the winter has left thousands of homes without heating and water since the "
        "strikes began, and the talks ran late into the evening. The package was agreed, the "
        "ministry said. Kyiv strongly condemns the strike on the water station. Talked about repairs "
        "with our partners today. https://t.co/Rt5Vb2 — Andriy Melnyk (@amelnyk) March 14, 2022"
    )
    found = find_claims(nlp(text))
    post = next(c for c in found if c.cue == "tweet")
    assert post.content.text == (
        "Kyiv strongly condemns the strike on the water station. Talked about repairs with our partners today"
    )


def test_a_post_by_a_newspaper_is_no_antecedent_for_he(nlp):
    text = (
        "Our crews restored power to the hospital. https://t.co/x1 — Kharkiv Daily (@kharkivdaily) May 2, 2022"
        "\n\n“We will rebuild everything,” he said."
    )
    said = next(c for c in find_claims(nlp(text)) if c.cue == "say")
    assert said.speaker.text == "he" and said.speaker.name is None


def test_a_speaker_s_name_drops_a_post_signature_it_ran_over():
    from sitrep.claims.stage import after_signature

    mention = "Mykola Tkachuk, aide to the governor"
    ran_over = "— Maria Koval (@mkoval) May 8, 2022 Mykola Tkachuk, aide to the governor"
    assert after_signature(ran_over, mention) == mention
    assert after_signature("May 8, 2022 Mykola Tkachuk", "Mykola Tkachuk") == "Mykola Tkachuk"
    # A name that is no signature's is left as it is.
    assert after_signature("Maria Koval (Reuters)", "Maria Koval") == "Maria Koval (Reuters)"
