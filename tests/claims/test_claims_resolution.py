"""Speakers resolved to named mentions, sides from titles and the lexicon, statuses in the sample."""

from __future__ import annotations

from sitrep.claims import claim_at
from sitrep.claims.sides import side_of, sides_in
from sitrep.claims.stage import find_claims
from sitrep.record import validate


def claims(nlp, text):
    return find_claims(nlp(text))


def test_pronoun_resolves_to_speaker_two_sentences_back(nlp):
    text = (
        "Serhiy Haidai, the governor of Luhansk, said that Russian troops were massing near Kreminna. "
        "The town has been shelled for weeks. "
        "He added that evacuation buses would leave on Friday."
    )
    found = claims(nlp, text)
    assert len(found) == 2
    he = found[1]
    assert he.speaker.text == "He"
    assert he.speaker.name == "Serhiy Haidai, the governor of Luhansk"
    assert he.speaker.side == "UA"


def test_surname_grows_to_full_mention_with_title(nlp):
    text = (
        "Boris Pistorius, the German defence minister, said that tanks would arrive in March. "
        '"We are ready," Pistorius said.'
    )
    found = claims(nlp, text)
    assert found[1].speaker.text == "Pistorius"
    assert found[1].speaker.name == "Boris Pistorius, the German defence minister"
    assert found[1].speaker.side == "DE"


def test_description_resolves_to_named_institution(nlp):
    text = (
        "Russia's defence ministry said that its forces had taken the village of Krasna Hora. "
        "The ministry also claimed that 200 Ukrainian soldiers had been killed."
    )
    found = claims(nlp, text)
    assert found[1].speaker.text == "The ministry"
    assert found[1].speaker.name == "Russia's defence ministry"
    assert found[1].speaker.side == "RU"


def test_unknown_side_stays_null(nlp):
    (c,) = claims(nlp, "A local resident said that the shelling started at dawn.")
    assert c.speaker.side is None
    assert side_of("a local resident") is None


def test_sides_from_titles_and_lexicon():
    assert side_of("U.S. Defense Secretary Lloyd Austin") == "US"
    assert side_of("British Defence Secretary Ben Wallace") == "GB"
    assert side_of("Kremlin spokesman Dmitry Peskov") == "RU"
    assert side_of("NATO Secretary General Jens Stoltenberg") == "NATO"
    assert side_of("us") is None  # the pronoun is not the country
    assert side_of("The United States and NATO") is None  # two sides: no guess
    assert all(e.source for e in sides_in("Putin and Zelenskiy"))


def test_sample_statuses(nlp, sample_text):
    body = sample_text.split("\n", 1)[1]
    by_text = {c.content.text: c for c in find_claims(nlp(body))}

    # "The Russian Army Commander claimed that the Ukrainians had fled ... Reuters was unable to
    # officially verify the allegation": marked unverified, but Haidai's "our defense forces
    # have pulled back ... does not correspond to reality" denies that retreat too, and a
    # denial outranks the marking.
    fled = next(c for t, c in by_text.items() if t.startswith("that the Ukrainians had fled"))
    assert fled.status == "denied"
    assert fled.speaker.side == "RU"

    # The ministry's Telegram statement ("randomly retreated") is denied by Haidai's
    # "this does not correspond to reality", which points back at it.
    retreat = next(c for t, c in by_text.items() if "randomly retreated" in t)
    denial = next(c for t, c in by_text.items() if "does not correspond to reality" in t)
    assert retreat.quote == "direct"
    assert retreat.speaker.text == "the pastorate"
    assert retreat.speaker.side == "RU"
    assert retreat.status == "denied"
    assert retreat.id in denial.contradicts
    assert fled.id in denial.contradicts
    # Both of the sample's markings stay on the record as evidence under the denial.
    assert fled.unverified_by.text == "was unable to officially verify"
    assert retreat.unverified_by.text == "could not be substantiated"
    assert denial.speaker.text == "He"
    assert denial.speaker.side == "UA"
    assert "Haidai" in denial.speaker.name

    # Claims nobody marked stay "reported".
    austin = next(c for c in by_text.values() if c.speaker and "Lloyd Austin" in c.speaker.text)
    assert austin.status == "reported" and austin.unverified_by is None
    assert austin.speaker.side == "US"


def test_unverified_marking_applies_to_the_claim_before_it(nlp):
    text = (
        "Ukraine's military said that it had shot down 15 drones overnight. "
        "Russia's defence ministry said that it had destroyed two HIMARS launchers. "
        "Reuters could not independently verify the ministry's report."
    )
    found = claims(nlp, text)
    assert [c.status for c in found] == ["reported", "unverified"]
    assert found[0].unverified_by is None
    assert found[1].unverified_by.text == "could not independently verify"
    assert text[found[1].unverified_by.start : found[1].unverified_by.end] == found[1].unverified_by.text
    # "the battlefield reports" (plural) covers both accounts.
    found = claims(nlp, text.replace("the ministry's report", "the battlefield reports"))
    assert [c.status for c in found] == ["unverified", "unverified"]


def test_denial_cue_contradicts_the_claim_it_rejects(nlp):
    text = (
        "Kyiv said that Russian missiles had hit a power station in Odesa. "
        "The Kremlin denied that Russian missiles had hit the power station."
    )
    found = claims(nlp, text)
    assert found[0].status == "denied"
    assert found[1].contradicts == [found[0].id]
    assert found[1].status == "reported"


def test_claim_at_and_record_validates(pipeline, sample_text):
    record = pipeline(sample_text.split("\n", 1)[1], published="2023-02-15")
    validate(record.to_dict())
    assert record.claims and [c.id for c in record.claims] == [
        f"c{i}" for i in range(1, len(record.claims) + 1)
    ]
    text = record.article.text
    start = text.index("randomly retreated")
    hit = claim_at(record, start, start + len("randomly retreated"))
    assert hit is not None and hit.speaker.text == "the pastorate"
    outside = text.index("The village of Bakhmut")
    assert claim_at(record, outside, outside + 10) is None


def test_claim_dates_and_cues_in_the_record(pipeline, sample_text):
    record = pipeline(sample_text.split("\n", 1)[1], published="2023-02-15")
    validate(record.to_dict())
    # "On Tuesday, Zelenskiy claimed that ...": the attribution's own date, the day before publication.
    zelenskiy = next(c for c in record.claims if "hurriedly trying" in c.content.text)
    assert (zelenskiy.date, zelenskiy.date_precision) == ("2023-02-14", "own")
    assert zelenskiy.cue_span.text == "claimed" and zelenskiy.strength == "assertive"
    # "A senior U.S. government official stated on January 20 that ...".
    official = next(c for c in record.claims if c.speaker and c.speaker.text.endswith("official"))
    assert (official.date, official.date_precision) == ("2023-01-20", "own")
    assert official.cue == "state" and official.strength == "neutral"
    # A claim with no time expression of its own is dated by the article.
    commander = next(c for c in record.claims if c.content.text.startswith("that the Ukrainians had fled"))
    assert (commander.date, commander.date_precision) == ("2023-02-15", "publication")


def test_a_claim_is_dated_by_its_attribution_not_by_the_time_it_reports(pipeline):
    # The Monday is when the attack on the bridge happened; Moscow spoke later (undated: the article's day).
    record = pipeline(
        "Drones hit the port overnight. Moscow said the strikes were retaliation for an attack on the "
        "Crimean bridge on Monday.",
        published="2023-07-19",
    )
    validate(record.to_dict())
    moscow = next(c for c in record.claims if "retaliation" in c.content.text)
    assert (moscow.date, moscow.date_precision) == ("2023-07-19", "publication")
    # A forecast is not the day it was made: "in the summer" is no date of the claim.
    record = pipeline(
        "According to the defence minister, the counteroffensive will start in the summer.",
        published="2023-02-15",
    )
    minister = record.claims[0]
    assert (minister.date, minister.date_precision) == ("2023-02-15", "publication")
    # A date in the attribution still dates the claim, wherever it stands.
    record = pipeline(
        "The governor said on Tuesday that shelling had killed two people on Sunday.", published="2023-02-15"
    )
    assert (record.claims[0].date, record.claims[0].date_precision) == ("2023-02-14", "own")


def test_a_named_body_described_with_its_kind_is_not_the_previous_speaker(nlp):
    text = (
        "Russian missiles hit Odesa overnight, the southern military command said. "
        "Air defences shot down 23 of the 37 drones launched, the air force said. "
        "The command added that the port was damaged."
    )
    found = claims(nlp, text)
    air = next(c for c in found if "shot down" in c.content.text)
    assert air.speaker.name == "the air force"
    # A bare description still takes the earlier speaker it describes.
    later = next(c for c in found if "port was damaged" in c.content.text)
    assert later.speaker.name == "the southern military command"


def test_an_officials_region_gives_the_side(pipeline):
    record = pipeline(
        "Oleksandr Prokudin, the governor of Kherson province, said the water had risen by three metres. "
        "Ivan Fedorov, the head of the Zaporizhzhia regional administration, said two people were killed.",
        published="2023-06-06",
    )
    sides = [(c.speaker.name, c.speaker.side) for c in record.claims]
    assert sides == [
        ("Oleksandr Prokudin, the governor of Kherson province", "UA"),
        ("Ivan Fedorov, the head of the Zaporizhzhia regional administration", "UA"),
    ]
    # A Russian-installed official says so, and the title's own side wins.
    record = pipeline(
        "Vladimir Rogov, a Russian-installed official in Zaporizhzhia region, said the attack was repelled.",
        published="2023-06-06",
    )
    assert record.claims[0].speaker.side == "RU"


def test_a_denial_of_the_accusation_contradicts_the_accusation(pipeline):
    record = pipeline(
        "Ukraine accused Russian forces of blowing up the dam. The Kremlin denied the accusation.",
        published="2023-06-06",
    )
    validate(record.to_dict())
    accusation, denial = record.claims
    assert accusation.status == "denied" and denial.contradicts == [accusation.id]
    record = pipeline(
        "Kyiv said Russian troops had shelled the hospital on Monday. The Russian defence ministry rejected "
        "the claims as a provocation.",
        published="2023-06-06",
    )
    assert record.claims[0].status == "denied" and record.claims[1].contradicts == ["c1"]
    # A denial by the same side contradicts nothing.
    record = pipeline(
        "Ukraine's army said it had retreated. Ukraine's defence ministry later denied the reports.",
        published="2023-06-06",
    )
    assert all(c.status != "denied" for c in record.claims)


def test_could_not_verify_the_reports_covers_every_report_before_it(pipeline):
    text = (
        "Ukrainian forces attacked Russian positions near Orikhiv, Russia's defence ministry said.\n\n"
        "Hanna Maliar, Ukraine's deputy defence minister, said Ukrainian troops advanced near Bakhmut.\n\n"
        "Reuters could not independently verify the battlefield reports."
    )
    record = pipeline(text, published="2023-06-08")
    validate(record.to_dict())
    assert [c.status for c in record.claims] == ["unverified", "unverified"]
    # A singular marking stays with the nearest claim.
    text = text.replace("the battlefield reports", "her report")
    record = pipeline(text, published="2023-06-08")
    assert [c.status for c in record.claims] == ["reported", "unverified"]


def test_the_claims_could_not_be_verified_covers_both_sides(pipeline):
    text = (
        "Ukrainian troops have recaptured Izium, the General Staff said on Sunday.\n\n"
        "Russia's defence ministry said its troops had been regrouped to reinforce positions in Donetsk.\n\n"
        "The claims could not be independently verified."
    )
    record = pipeline(text, published="2022-09-11")
    assert [c.status for c in record.claims] == ["unverified", "unverified"]


def test_denying_involvement_denies_the_accusation(nlp):
    found = find_claims(
        nlp(
            "Ukraine accused Russian forces of blowing up the dam. "
            "The Kremlin denied involvement and blamed Ukrainian sabotage."
        )
    )
    accusation, denial = found[0], found[1]
    assert (accusation.cue, denial.cue, denial.content.text) == ("accuse", "deny", "involvement")
    assert accusation.status == "denied"
    assert denial.contradicts == [accusation.id]


def test_denial_reaches_every_telling_of_the_same_happening(nlp):
    # Two reports of one retreat from one town in different words; the denial shares more
    # words with the second, but it denies the withdrawal both of them tell.
    text = (
        "Moscow said Ukrainian units had fled Soledar overnight. "
        "Russian state television later reported that Ukrainian brigades withdrew from the Soledar salt mine "
        "under heavy fire. "
        "Kyiv's eastern command said the report that its brigades withdrew from Soledar was untrue."
    )
    found = find_claims(nlp(text))
    fled = next(c for c in found if "had fled" in c.content.text)
    withdrew = next(c for c in found if "brigades withdrew from the Soledar" in c.content.text)
    denial = next(c for c in found if "untrue" in c.content.text)
    assert fled.status == withdrew.status == "denied"
    assert set(denial.contradicts) == {fled.id, withdrew.id}


def test_denial_leaves_other_happenings_alone(nlp):
    # A claim that shares the place but tells another happening (shelling, not retreat) stays.
    text = (
        "Moscow said Russian artillery shelled Soledar overnight. "
        "Moscow also said Ukrainian units had fled Soledar. "
        "Kyiv said the claim that its units had fled Soledar was untrue."
    )
    found = find_claims(nlp(text))
    shelled = next(c for c in found if "shelled" in c.content.text)
    fled = next(c for c in found if "had fled" in c.content.text and "untrue" not in c.content.text)
    assert fled.status == "denied"
    assert shelled.status == "reported"


def test_denial_of_a_happening_at_one_place_leaves_it_elsewhere(nlp):
    # The same retreat told of two towns: the denial names one, so the other stays reported,
    # even though both claims share as many words with it (the nationality of the units is who
    # fled, not where).
    text = (
        "Russia said Ukrainian units had fled Bakhmut. "
        "Russian bloggers said Ukrainian units fled Vuhledar. "
        "Kyiv denied that Ukrainian units had fled Bakhmut."
    )
    bakhmut, vuhledar, denial = find_claims(nlp(text))
    assert (bakhmut.status, vuhledar.status) == ("denied", "reported")
    assert denial.contradicts == [bakhmut.id]
    # Where the doer is the only proper noun shared, the other town's capture is not denied.
    text = (
        "Moscow said its troops captured Soledar on Monday. "
        "Russian officials said Russia captured Klishchiivka. "
        "The Ukrainian army denied that Russia captured Soledar."
    )
    soledar, other, denial = find_claims(nlp(text))
    assert (soledar.status, other.status) == ("denied", "reported")
    # A withdrawal from somewhere the denial does not name is left as told.
    text = (
        "Russia said Ukrainian troops withdrew from Soledar. "
        "Russia said Ukrainian troops withdrew from the salt mines. "
        "Zelensky denied that Ukrainian troops withdrew from Soledar."
    )
    town, mines, denial = find_claims(nlp(text))
    assert (town.status, mines.status) == ("denied", "reported")


def test_repeated_claims_and_denials_stay_bounded(nlp):
    # A hostile text of many identical claim-and-denial pairs: each denial answers the claims
    # near it, not every claim since the top, so the record grows with the text, not its square.
    pair = "Moscow said Ukrainian units had fled Soledar. Kyiv denied that its units had fled Soledar. "
    found = find_claims(nlp(pair * 300))
    denials = [c for c in found if c.cue == "deny"]
    assert len(denials) == 300
    assert all(c.status == "denied" for c in found if c.cue == "say")
    assert all(0 < len(d.contradicts) <= 100 for d in denials)
    # The last denial still answers the claim just before it.
    assert found[-2].id in denials[-1].contradicts
