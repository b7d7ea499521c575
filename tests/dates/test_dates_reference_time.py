"""Round 4: expressions relative to a time named earlier in the text, and guideline conventions,
on sentences written for these tests (TIMEX3 values as the TimeML guidelines give them)."""

from sitrep.dates.stage import times_of


def values(nlp, text: str, published: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in times_of(nlp(text), published)}


def test_that_year_names_the_whole_year_of_a_month(nlp):
    got = values(
        nlp, "The deal was signed in May 1996. By the end of that year, it had collapsed.", "1998-03-11"
    )
    assert got["that year"] == ("DATE", "1996")
    got = values(nlp, "The plant closed in June 1996. The following year, workers protested.", "1998-03-11")
    assert got["The following year"] == ("DATE", "1997")


def test_the_following_weekday_counts_from_the_day_named(nlp):
    text = "The deal was signed on Sunday, Jan. 5, 1997. The following Tuesday, shares fell."
    assert values(nlp, text, "1998-03-11")["The following Tuesday"] == ("DATE", "1997-01-07")
    text = "The vote was held on March 3, 1998. The previous Friday, the rebels had attacked."
    assert values(nlp, text, "1998-03-11")["The previous Friday"] == ("DATE", "1998-02-27")


def test_the_following_weekday_without_a_day_named_counts_from_publication(nlp):
    got = values(nlp, "The strike will end the following Monday, officials said.", "1998-03-11")
    assert got["the following Monday"] == ("DATE", "1998-03-16")
    got = values(nlp, "The strike will end the following Monday, officials said.", None)
    assert got["the following Monday"] == ("DATE", None)


def test_that_same_week_and_the_week_before(nlp):
    text = "The storm hit on Jan. 5, 1997. That same week, prices rose. The week before, they fell."
    got = values(nlp, text, "1998-03-11")
    assert got["That same week"] == ("DATE", "1997-W01")
    assert got["The week before"] == ("DATE", "1996-W52")


def test_later_that_day_keeps_its_modifier(nlp):
    got = values(nlp, "The storm hit on Jan. 5. Later that day, power returned.", "1998-03-11")
    assert got["Later that day"] == ("DATE", "1998-01-05")


def test_the_near_future_and_the_past_leave_out_in(nlp):
    got = values(nlp, "They will meet in the near future, as they have in the past.", "1998-03-11")
    assert got == {"the near future": ("DATE", "FUTURE_REF"), "the past": ("DATE", "PAST_REF")}


def test_effective_dates_lie_ahead(nlp):
    got = values(nlp, "The company named a new chairman, effective Feb. 1.", "1989-10-26")
    assert got["Feb. 1"] == ("DATE", "1990-02-01")
    got = values(nlp, "It cited costs from the new labor pact effective June 1.", "1989-10-26")
    assert got["June 1"] == ("DATE", "1990-06-01")


def test_year_end_and_mid_year_after_a_preposition(nlp):
    got = values(nlp, "The merger will be completed by year-end, and the sale by mid-year.", "1998-03-11")
    assert got == {"year-end": ("DATE", "1998"), "mid-year": ("DATE", "1998")}
    assert values(nlp, "Year-end results were weak.", "1998-03-11") == {}
    got = values(nlp, "The deal is due before year-end to help Ukraine.", "2022-07-26")
    assert got == {"year-end": ("DATE", "2022")}


def test_a_year_before_a_count_word_is_still_a_year(nlp):
    got = values(nlp, "Results for fiscal 1997 were weak, and in 1996 people left.", "1998-03-11")
    assert got == {"fiscal 1997": ("DATE", "1997"), "1996": ("DATE", "1996")}
    assert values(nlp, "Some 2000 troops were sent, and about 1500 were killed.", "1998-03-11") == {}


def test_weekends_as_a_set(nlp):
    got = values(nlp, "The market is closed on weekends but opened over the weekend.", "1998-03-11")
    assert got["weekends"] == ("SET", "XXXX-WXX-WE")
    assert got["the weekend"][0] == "DATE"


def test_a_modal_passive_looks_ahead(nlp):
    got = values(nlp, "The title may be won on Saturday by a player born in Russia.", "2022-07-08")  # Friday
    assert got["Saturday"] == ("DATE", "2022-07-09")
    got = values(nlp, "The title could have been won on Saturday.", "2022-07-08")
    assert got["Saturday"] == ("DATE", "2022-07-02")


def test_a_quarter_century_is_a_duration(nlp):
    got = values(nlp, "NASA has spent $100 billion over the last quarter-century.", "2022-07-26")
    assert got == {"the last quarter-century": ("DURATION", "P25Y")}


def test_a_photo_caption_in_the_present_shows_the_past(nlp):
    text = "Zelenskiy and Błaszczak meet in Kyiv Tuesday. Photograph: Presidential Press Service"
    assert values(nlp, text, "2022-07-13")["Tuesday"] == ("DATE", "2022-07-12")  # a Wednesday
    assert values(nlp, "The leaders meet in Kyiv on Tuesday, officials say.", "2022-07-13")["Tuesday"] == (
        "DATE",
        "2022-07-19",
    )


def test_a_future_seen_from_a_present_perfect_is_the_nearer_day(nlp):
    text = "The governor has urged people not to leave shelters on Sunday due to intense shelling."
    assert values(nlp, text, "2022-05-02")["Sunday"] == ("DATE", "2022-05-01")  # a Monday


def test_following_an_event_on_a_weekday_is_the_nearer_day(nlp):
    text = "Canada will be able to seize assets, following the Senate's passage of the budget on Thursday."
    assert values(nlp, text, "2022-06-25")["Thursday"] == ("DATE", "2022-06-23")  # a Saturday


def test_likely_to_looks_ahead_through_a_passive(nlp):
    text = "Sanctions were likely to start being felt in the fall, as companies run out of parts."
    assert values(nlp, text, "2022-06-02")["the fall"] == ("DATE", "2022-FA")


def test_sunday_schools_and_the_sunday_times_are_no_days(nlp):
    got = values(nlp, "He runs Sunday schools and wrote in the Sunday Times on Sunday.", "2022-06-14")
    assert list(got) == ["Sunday"] and got["Sunday"] == ("DATE", "2022-06-12")


def test_an_event_noun_still_to_come_takes_the_nearer_weekday(nlp):
    text = "The chain has unveiled its new logo, ahead of a grand reopening on Sunday."
    assert values(nlp, text, "2022-06-10")["Sunday"] == ("DATE", "2022-06-12")  # a Friday
    text = "Gazprom will not fully reconnect an important pipeline on Thursday, officials fear."
    assert values(nlp, text, "2022-07-20")["Thursday"] == ("DATE", "2022-07-21")  # a Wednesday
    text = "Johnson's support would remain despite the resignation on Thursday."
    assert values(nlp, text, "2022-07-08")["Thursday"] == ("DATE", "2022-07-07")  # a Friday


def test_more_holidays_and_eastern_is_no_easter(nlp):
    got = values(nlp, "His remarks to a May Day rally came before Russia Day.", "2022-05-02")
    assert got == {"May Day": ("DATE", "2022-05-01"), "Russia Day": ("DATE", "2022-06-12")}
    assert values(nlp, "Russia shelled towns in eastern Ukraine and Eastern Europe.", "2022-05-02") == {}


def test_every_weekend_is_a_set(nlp):
    got = values(nlp, "The magazine is delivered to your inbox every weekend.", "2022-05-02")
    assert got == {"every weekend": ("SET", "XXXX-WXX-WE")}


def test_two_digit_decades_after_the(nlp):
    got = values(nlp, "Prices soared in the 60's, and he was famous in the late 80s.", "1998-03-11")
    assert got == {"the 60's": ("DATE", "196"), "the late 80s": ("DATE", "198")}
    assert values(nlp, "Temperatures were in the 30s; she is in her 60s.", "1998-03-11") == {}


def test_oclock_and_parts_of_the_night(nlp):
    got = values(nlp, "The storm hit at 3:15 in the morning; he left at ten o'clock at night.", "1998-03-11")
    assert got == {
        "3:15 in the morning": ("TIME", "1998-03-11T03:15"),
        "ten o'clock at night": ("TIME", "1998-03-11T22"),  # the hour, as written
    }


def test_a_range_starts_before_it_ends(nlp):
    got = values(nlp, "The strike lasted from Monday to Friday.", "1998-03-11")  # a Wednesday
    assert got == {"Monday": ("DATE", "1998-03-02"), "Friday": ("DATE", "1998-03-06")}
    got = values(nlp, "The show runs Tuesday through Sunday.", "1998-03-11")
    assert got["Tuesday"][1] < got["Sunday"][1]


def test_within_is_left_out_and_the_early_hours_are_placed_by_their_day(nlp):
    got = values(nlp, "The shortages would be eliminated within a week.", "2022-04-30")
    assert got == {"a week": ("DURATION", "P1W")}
    got = values(nlp, "Two explosions took place in the early hours of Monday.", "2022-05-03")
    assert got == {"Monday": ("DATE", "2022-05-02")}


def test_the_following_weekend_after_a_day_named(nlp):
    got = values(
        nlp, "The deal was signed on Jan. 5, 1997. The sale closed the following weekend.", "1998-03-11"
    )
    assert got["the following weekend"] == ("DATE", "1997-W02-WE")
