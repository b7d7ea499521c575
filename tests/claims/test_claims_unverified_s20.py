"""Session 20, the lead's audit: a marking whose noun is bare ("Battlefield reports could not be
verified", "could not verify battlefield reports") covers the claims a plural with "the" covers;
one speaker's reports ("his reports") stay that speaker's. Sentences of our own."""

from sitrep.claims.stage import find_claims

TWO = (
    "Russia's defence ministry said its forces had captured the village of Krasna Hora. "
    "Ukraine's military said it had repelled 14 attacks near Bakhmut."
)


def statuses(nlp, text):
    return [(c.speaker.text, c.status) for c in find_claims(nlp(text), withheld=False)]


def test_bare_plural_subject_covers_the_paragraphs_claims(nlp):
    assert statuses(nlp, TWO + " Battlefield reports could not be verified.") == [
        ("Russia's defence ministry", "unverified"),
        ("Ukraine's military", "unverified"),
    ]


def test_bare_plural_object_covers_the_paragraphs_claims(nlp):
    assert statuses(nlp, TWO + " Reuters could not independently verify battlefield reports.") == [
        ("Russia's defence ministry", "unverified"),
        ("Ukraine's military", "unverified"),
    ]


def test_one_speakers_reports_cover_only_the_nearest_claim(nlp):
    assert statuses(nlp, TWO + " Reuters could not verify its reports.") == [
        ("Russia's defence ministry", "reported"),
        ("Ukraine's military", "unverified"),
    ]


def test_a_singular_report_covers_only_the_nearest_claim(nlp):
    assert statuses(nlp, TWO + " The report could not be verified.") == [
        ("Russia's defence ministry", "reported"),
        ("Ukraine's military", "unverified"),
    ]
