"""How ACLED codes the Ukraine war's notes, as real exports show it (the sentences here are our own,
written in ACLED's note style): aircraft brought down, air-launched weapons, shelling inside a
battle, the location ACLED says it coded, a region after a comma, territory taken by a foreign
state's forces, and exports read as they come (separator, header case, decimal points)."""

from __future__ import annotations

from click.testing import CliRunner

from sitrep.events.actors import ActorInfo
from sitrep.events.classify import code_span
from sitrep.events.detect import Detection, choose_place, coded_to, comma_context, foreign_capture
from sitrep.record import Place


def _sub(nlp, text: str) -> str | None:
    return code_span(next(nlp(text).sents)).sub_event_type


def test_a_manned_aircraft_brought_down_is_fire_or_a_clash_not_disrupted_weapons(nlp):
    # by ground fire or air defence: a shelling/missile attack
    assert _sub(
        nlp, "On 3 May 2023, Ukrainian troops shot down a Russian Su-34 bomber close to Avdiivka, Donetsk."
    ) == ("Shelling/artillery/missile attack")
    assert _sub(
        nlp, "On 9 July 2023, Russian air defence shot down a Ukrainian MiG-29 near Pokrovsk, Donetsk."
    ) == ("Shelling/artillery/missile attack")
    # by other aircraft: an armed clash
    assert _sub(
        nlp, "On 4 May 2023, Ukrainian fighter jets shot down a Russian Ka-52 helicopter near Kherson."
    ) == ("Armed clash")
    assert _sub(
        nlp, "On 6 May 2023, Russian air force jets destroyed a Ukrainian Su-24 close to Izium, Kharkiv."
    ) == ("Armed clash")
    # drones and missiles stopped in flight stay disrupted weapons use
    assert _sub(nlp, "On 5 May 2023, Ukrainian forces shot down 4 Russian drones over Odesa region.") == (
        "Disrupted weapons use"
    )
    assert _sub(nlp, "On 7 May 2023, Ukrainian forces destroyed 6 Russian Shahed drones over Kyiv.") == (
        "Disrupted weapons use"
    )


def test_air_launched_weapons_and_air_strikes_with_shelling_are_air_strikes(nlp):
    assert _sub(
        nlp, "On 2 June 2023, Russian troops carried out an airborne missile strike on Kramatorsk, Donetsk."
    ) == ("Air/drone strike")
    assert _sub(
        nlp,
        "On 3 June 2023, Russian troops conducted an airstrike and shelled Ukrainian trenches close to Siversk.",
    ) == ("Air/drone strike")


def test_weapon_words_that_name_a_target_or_a_defence_are_not_the_means(nlp):
    # an anti-aircraft system destroyed by shelling: the means is the shelling
    assert _sub(
        nlp,
        "On 8 June 2023, Russian forces shelled Ukrainian positions near Siversk, destroying an anti-aircraft gun.",
    ) == ("Shelling/artillery/missile attack")
    # destroyed by fire (the weapon named aside) is the attack, not a seizure of weapons
    assert _sub(
        nlp,
        "On 9 June 2023, Russian troops destroyed (probably by shelling) a Ukrainian howitzer close to Kupiansk.",
    ) == ("Shelling/artillery/missile attack")
    assert _sub(nlp, "On 10 June 2023, Russian forces fired cluster munitions at Orikhiv, Zaporizhia.") == (
        "Shelling/artillery/missile attack"
    )


def test_fire_at_positions_and_launcher_fired_grenades_are_shelling(nlp):
    # fire at the other side's positions, no gun named: fire from a distance
    assert _sub(nlp, "On 4 April 2022, Ukrainian forces fired at DPR positions near Horlivka, Donetsk.") == (
        "Shelling/artillery/missile attack"
    )
    # with small arms it is a firefight
    assert _sub(nlp, "On 5 April 2022, DPR forces fired small arms at Ukrainian positions near Pisky.") == (
        "Armed clash"
    )
    assert _sub(
        nlp, "On 6 April 2022, NAF forces fired grenade launchers at Ukrainian positions near Avdiivka."
    ) == ("Shelling/artillery/missile attack")
    # a thrown grenade stays a grenade
    assert _sub(nlp, "A man threw a grenade into a cafe in Kramatorsk, injuring 3 people.") == "Grenade"


def test_weapons_destroyed_on_the_ground_are_an_attack_explosives_made_safe_are_not(nlp):
    assert _sub(
        nlp, "On 7 April 2022, Ukrainian forces destroyed Russian artillery positions near Izium."
    ) == ("Shelling/artillery/missile attack")
    assert _sub(
        nlp, "On 8 April 2022, Ukrainian sappers destroyed 40 mines and an explosive device near Irpin."
    ) == ("Disrupted weapons use")


def test_shelling_within_a_ground_battle_is_the_battle(nlp):
    assert _sub(
        nlp, "On 11 June 2023, Russian forces clashed with and shelled Ukrainian forces near Marinka."
    ) == ("Armed clash")
    # shelling told after clashes that are only the background remains shelling
    assert _sub(nlp, "On 12 June 2023, following clashes, Russian forces shelled Vuhledar, Donetsk.") == (
        "Shelling/artillery/missile attack"
    )


def _place(text: str, surface: str, name: str, feature: str, admin1_name: str, country: str = "UA") -> Place:
    start = text.index(surface)
    return Place(
        surface, start, start + len(surface), 1, name, feature, country, "UA.04", admin1_name, 48.0, 35.0
    )


def test_the_location_acled_says_it_coded_wins(nlp):
    text = "On 14 June 2023, Russian forces shelled the Bakhmutskyi district (coded to Soledar, Donetsk)."
    assert coded_to(text, text.index("Soledar")) and not coded_to(text, text.index("Bakhmutskyi"))
    places = [
        _place(text, "Bakhmutskyi", "Bakhmutskyi Raion", "admin2", "Donetsk Oblast"),
        _place(text, "Soledar", "Soledar", "city", "Donetsk Oblast"),
        _place(text, "Donetsk)", "Donetsk Oblast", "admin1", "Donetsk Oblast"),
    ]
    places[2].end -= 1
    doc = nlp(text)
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert choose_place(places, shelled, next(doc.sents))[0] == 1


def test_a_region_after_a_place_and_a_comma_is_its_context(nlp):
    text = "On 15 June 2023, Russian forces shelled Synelnykove district, Dnipropetrovsk. No casualties."
    places = [
        _place(text, "Synelnykove", "Synelnykove Raion", "admin2", "Dnipropetrovsk Oblast"),
        # the gazetteer may read the region's old name as the city that bore it
        _place(text, "Dnipropetrovsk", "Dnipro", "city", "Dnipropetrovsk Oblast"),
    ]
    assert comma_context(places, 1, text) and not comma_context(places, 0, text)
    doc = nlp(text)
    shelled = next(t for t in doc if t.lower_ == "shelled")
    assert choose_place(places, shelled, next(doc.sents))[0] == 0
    # two towns of one region listed with a comma are two places, neither the other's context
    text = "Russian forces shelled Makiivka, Horlivka and Yasynuvata."
    towns = [
        _place(text, "Makiivka", "Makiivka", "city", "Donetsk Oblast"),
        _place(text, "Horlivka", "Horlivka", "city", "Donetsk Oblast"),
    ]
    assert not comma_context(towns, 1, text)


def test_territory_taken_by_a_foreign_state_is_not_the_government_regaining_it():
    place = Place("Soledar", 0, 7, 1, "Soledar", "city", "UA", "UA.05", "Donetsk Oblast", 48.7, 38.1)

    def captured(side: str) -> Detection:
        d = Detection("ASSAULT", None, "Battles", "Government regains territory", 0, 0, 10, "asserted",
                      actors=[ActorInfo("forces", 0, 6, "actor", side, "military")], place=0)  # fmt: skip
        foreign_capture(d, [place])
        return d

    assert captured("RU").acled_sub_event_type == "Non-state actor overtakes territory"
    assert captured("UA").acled_sub_event_type == "Government regains territory"


def test_a_foreign_capture_of_an_unresolved_place_takes_the_sentence_country(nlp):
    text = "On 24 February 2022, Russian forces seized control over Kozacha Hill, Odesa."
    sent = next(nlp(text).sents)
    unknown = Place("Kozacha Hill", text.index("Kozacha"), text.index("Kozacha") + 12, None, None, None,
                    None, None, None, None, None)  # fmt: skip
    odesa = Place("Odesa", text.index("Odesa"), text.index("Odesa") + 5, 1, "Odesa", "city", "UA", "UA.17",
                  "Odesa Oblast", 46.48, 30.73)  # fmt: skip
    d = Detection("ASSAULT", None, "Battles", "Government regains territory", 0, 0, 10, "asserted",
                  actors=[ActorInfo("Russian forces", 21, 35, "actor", "RU", "military")], place=0)  # fmt: skip
    foreign_capture(d, [unknown, odesa], sent)
    assert d.acled_sub_event_type == "Non-state actor overtakes territory"


def test_a_tab_separated_export_is_read_as_acled(tmp_path):
    from sitrep.evaluate.events import command, sniff

    path = tmp_path / "export.tsv"
    path.write_text(
        "event_id_cnty\tevent_date\tevent_type\tsub_event_type\tactor1\tadmin1\tlocation\tlatitude\tlongitude\tnotes\n"
        "UKR1\t15 February 2023\tExplosions/Remote violence\tShelling/artillery/missile attack\t"
        "Military Forces of Russia (2000-)\tKharkiv\tKharkiv\t49.9935\t36.2304\t"
        "On 15 February 2023, Russian forces shelled Kharkiv, Kharkiv. Casualties unknown.\n",
        "utf-8",
    )
    assert sniff(path) == "acled"
    result = CliRunner().invoke(command, [str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert '"format": "acled"' in result.output
