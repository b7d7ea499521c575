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
