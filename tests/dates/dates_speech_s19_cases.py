"""Session 19 blind set: times inside reported speech and plans, in fresh sentences of our own,
labelled by the TIMEX3 guidelines before the code was run on any of them.
(published, sentence, text, value): the value of the time over the last `text` of the sentence.
A relative time inside what someone said is read from the time of the saying when the saying is
dated; a plan for "the new year" looks to the year that comes next; the same times outside
speech keep the publication day as their reference."""

# a saying dated in the text: the time inside it counts from the saying
DATED_SAYING = [
    ("2024-05-12", "On Monday, the minister said talks would resume on Friday.", "Friday", "2024-05-10"),
    ("2023-05-10", "On 3 March the commander said the counteroffensive would start next month.", "next month", "2023-04"),
    ("2023-10-02", "In January, the defence minister said the new brigades would be ready by the summer.", "the summer", "2023-SU"),
    ("2022-11-18", "On Tuesday the mayor said the water supply would be restored tomorrow.", "tomorrow", "2022-11-16"),
    ("2023-02-13", "Speaking on Wednesday, the spokesman said the convoy would arrive on Saturday.", "Saturday", "2023-02-11"),
    ("2023-02-01", "In December, the president said the war would end next year.", "next year", "2023"),
    ("2023-09-01", "In October 2022 the ministry said the airport would reopen in the spring.", "the spring", "2023-SP"),
    ("2024-06-03", 'On Thursday the commander told reporters: "We will take the bridge on Sunday."', "Sunday", "2024-06-02"),
    ("2023-03-15", "Two weeks ago the general said the offensive would begin in the new year.", "the new year", "2024"),
    ("2023-11-10", "In February the minister said the reconstruction would be finished by the end of the year.", "the end of the year", "2023"),
    ("2023-02-10", "In December, the minister said the reconstruction would be finished by the end of the year.", "the end of the year", "2022"),
    ("2023-04-12", "In March the mayor said the metro would reopen by the end of the year.", "the end of the year", "2023"),
    ("2023-01-15", "In November, the general said the troops would be home by Christmas.", "Christmas", "2022-12-25"),
    ("2023-05-02", "In March, the church said a truce would be observed at Easter.", "Easter", "2023-04-09"),
    ("2023-07-10", '"The shelling started on Tuesday night and has not stopped," the mayor said on Thursday.', "Tuesday night", "2023-07-04TNI"),
    ("2023-07-15", '"We will hold the line until Friday," the commander said on Monday.', "Friday", "2023-07-14"),
    ("2023-05-20", '"Talks will resume next week," the foreign minister said on 2 May.', "next week", "2023-W19"),
    ("2023-05-20", "On 2 May, the foreign minister said talks would resume next week.", "next week", "2023-W19"),
    ("2023-02-03", "Forecasters said on Sunday that temperatures would fall below freezing on Wednesday.", "Wednesday", "2023-02-01"),
    ("2023-06-12", "On Friday the governor said the dam had been hit on Wednesday.", "Wednesday", "2023-06-07"),
    ("2023-03-01", "A year ago, the Kremlin said the operation would be finished by the autumn.", "the autumn", "2022-FA"),
    ("2023-09-01", "Yesterday the mayor said schools would reopen on Monday.", "Monday", "2023-09-04"),
    ("2023-09-06", "On Sunday the mayor said schools would reopen tomorrow.", "tomorrow", "2023-09-04"),
    ("2023-12-05", "In August, the minister said the grain deal would be renewed in November.", "November", "2023-11"),
    ("2023-12-28", "In February the minister said the grain corridor would reopen in the new year.", "the new year", "2024"),
    ("2023-03-10", "Last December, the minister said the grain corridor would reopen in the new year.", "the new year", "2023"),
    ("2022-11-25", "Officials said last month that the grid would be repaired before the new year.", "the new year", "2023"),
    # said at some time in a month: the week after it is not one a reader can name
    ("2023-06-20", "Last month the governor said the bridge would reopen next week.", "next week", None),
]  # fmt: skip

# a saying not dated: it is the news's own, so publication stays the reference
UNDATED_SAYING = [
    ("2024-06-03", 'The commander said: "We will take the bridge on Sunday."', "Sunday", "2024-06-09"),
    ("2024-05-12", "The minister said talks would resume on Friday.", "Friday", "2024-05-17"),
    ("2023-03-15", "The general said the offensive would begin in the new year.", "the new year", "2024"),
    ("2023-11-20", "The general said the troops would be home by Christmas.", "Christmas", "2023-12-25"),
    ("2024-01-04", '"The attack came on Monday night," a resident said.', "Monday night", "2024-01-01TNI"),
    ("2023-06-20", "The bridge is expected to reopen next week, the governor said.", "next week", "2023-W26"),
    ("2023-06-20", "The governor says the bridge will reopen on Friday.", "Friday", "2023-06-23"),
]  # fmt: skip

# plans and forecasts for "the new year" at different months, and the same outside plans
PLANS = [
    ("2023-04-05", "The new air-defence battery is expected to arrive in the new year.", "the new year", "2024"),
    ("2024-02-20", "Poland plans to open a second crossing in the new year.", "the new year", "2025"),
    ("2022-12-10", "Russia will launch a fresh offensive in the new year, analysts said.", "the new year", "2023"),
    ("2023-06-14", "Kyiv hopes to start talks on membership in the new year.", "the new year", "2024"),
    ("2024-02-20", "Shelling has intensified since the new year.", "the new year", "2024"),
    ("2023-01-03", "Kyiv celebrated the new year under curfew.", "the new year", "2023"),
]  # fmt: skip

# the same expressions outside speech: read from publication, as before
OUTSIDE = [
    ("2023-05-20", "Talks will resume next week.", "next week", "2023-W21"),
    ("2023-02-13", "The convoy arrived on Saturday.", "Saturday", "2023-02-11"),
    ("2023-02-10", "The reconstruction will be finished by the end of the year.", "the end of the year", "2023"),
    ("2023-03-01", "Shelling peaked at the end of the year.", "the end of the year", "2022"),
    ("2023-11-10", "Ukraine hopes to join the bloc by the end of the year.", "the end of the year", "2023"),
    ("2023-07-15", "The commander will hold the line until Friday.", "Friday", "2023-07-21"),
    ("2022-11-18", "The water supply will be restored tomorrow.", "tomorrow", "2022-11-19"),
]  # fmt: skip

ALL = DATED_SAYING + UNDATED_SAYING + PLANS + OUTSIDE
