"""Date and duration forms added for TimeML coverage: quarters, vague references, year modifiers,
extents of "the past N units", compact durations."""

from __future__ import annotations

import pytest
from conftest import claim_at, claims_of
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract.timex import find_timexes


def _one(text: str, needle: str, kind: str, published: str | None = "2023-06-14"):
    c = claim_at(text, needle, kind, published=published)
    assert text[c.start:c.end] == c.text
    return c


# --- quarters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "extent", "value"),
    [
        ("Harbin Mills booked a second-quarter loss of $4 million.", "second-quarter", "2023-08-02",
         "second-quarter", "2023-Q2"),
        # a quarter that has not begun by the reference date is last year's in past-tense news
        ("Harbin Mills booked a fourth-quarter loss of $4 million.", "fourth-quarter", "2023-08-02",
         "fourth-quarter", "2022-Q4"),
        ("Orders slowed in the fourth quarter, the mill said.", "fourth quarter", "2023-11-20",
         "the fourth quarter", "2023-Q4"),
        ("Sales at the mill fell in the fiscal first quarter.", "first quarter", "2023-08-02",
         "the fiscal first quarter", "2023-Q1"),
        ("Cash rose in the 2021 third quarter.", "third quarter", "2023-08-02", "the 2021 third quarter", "2021-Q3"),
        ("Cash rose in this year's first quarter.", "first quarter", "2023-08-02", "this year's first quarter",
         "2023-Q1"),
        ("Cash rose in the year's second half.", "second half", "2023-08-02", "the year's second half", "2023-H2"),
    ],
)
def test_ordinal_quarters(text: str, needle: str, published: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date", published)
    assert c.text == extent
    assert c.value.value == value


def test_third_quarter_in_a_forecast_is_the_one_just_reported() -> None:
    # results come out after a quarter ends, so a forecast made in October still means the July quarter
    c = _one("The mill will report third-quarter results next week.", "third-quarter", "date", "2023-10-09")
    assert c.value.value == "2023-Q3"


def test_the_article_before_an_adjectival_quarter_belongs_to_the_noun() -> None:
    c = _one("Investors cheered the third-quarter profit.", "third-quarter", "date", "2023-10-20")
    assert c.text == "third-quarter"


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("Harbin Mills lost $2 million in the quarter.", "the quarter", "2023-Q2"),
        ("Costs climbed in the latest quarter.", "the latest quarter", "2023-Q2"),
        ("It earned $9 million in the year-ago quarter.", "the year-ago quarter", "2022-Q2"),
        ("It earned $9 million in the year-earlier period.", "the year-earlier period", "2022-Q2"),
        # the year-back comparison said after the noun is part of it
        ("It earned $9 million in the quarter a year earlier.", "the quarter a year earlier", "2022-Q2"),
        ("Net fell from $9 million in the comparable period last year.", "the comparable period last year",
         "2022-Q2"),
        ("Costs climbed in the latest fiscal quarter.", "the latest fiscal quarter", "2023-Q2"),
    ],
)
def test_the_quarter_of_a_results_story_is_the_last_completed_one(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "date", "2023-08-02")
    assert c.text == needle
    assert c.value.value == value


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Harbin Mills sold $4 billion of flour in the latest fiscal year.", "the latest fiscal year"),
        ("Exports rose 3% in the most recent year.", "the most recent year"),
    ],
)
def test_the_latest_year_is_the_last_completed_one(text: str, needle: str) -> None:
    c = _one(text, needle, "date", "2023-08-02")
    assert (c.text, c.value.value) == (needle, "2022")


def test_a_bare_period_is_not_a_date() -> None:
    assert not [c for c in claims_of("The period of calm ended.", "2023-08-02") if c.kind == "date"]


def test_a_share_called_a_quarter_is_not_a_period() -> None:
    text = "The fourth quarter of the budget goes to roads."
    assert not [c for c in claims_of(text) if c.kind == "date" and "quarter" in c.text]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Second-quarter profit at Harbin Mills rose to $6 million from $5 million a year earlier."
    c = _one(text, "a year earlier", "date", "2023-08-02")
    assert c.value.value == "2022-Q2"


def test_a_year_earlier_without_a_quarter_is_a_year() -> None:
    c = _one("The mill was sold a year earlier to a rival.", "a year earlier", "date", "2023-08-02")
    assert c.value.value == "2022"


# --- vague references ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The harbour is now closed to ferries.", "now", "PRESENT_REF"),
        ("Ferries are currently diverted north.", "currently", "PRESENT_REF"),
        ("The pier was recently rebuilt.", "recently", "PAST_REF"),
        ("Tolls may rise in the future, the board said.", "the future", "FUTURE_REF"),
        ("In the past, ferries docked downtown.", "the past", "PAST_REF"),
        # a count too vague to count back: only the side of the present is known
        ("The ferry line closed several years ago.", "several years ago", "PAST_REF"),
        ("A new pier opens a few weeks from now.", "a few weeks from now", "FUTURE_REF"),
        # quarters are a unit of these plurals as years are
        ("Freight margins have shrunk in recent quarters.", "recent quarters", "PAST_REF"),
        ("Tolls should climb in coming quarters.", "coming quarters", "FUTURE_REF"),
        ("The credits will lower taxes in future years.", "future years", "FUTURE_REF"),
        ("The board wants the depot sold as soon as possible.", "as soon as possible", "FUTURE_REF"),
        ("The fares will be set at a later date.", "a later date", "FUTURE_REF"),
    ],
)
def test_vague_time_references(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "date")
    assert c.text == needle
    assert c.value.value == value


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Brokers blamed current market conditions for the delay.", "current"),
        ("The mayor and her current deputy toured the depot.", "current"),
        ("Current members keep their voting rights.", "Current"),
    ],
)
def test_current_before_a_noun_is_the_present(text: str, needle: str) -> None:
    c = _one(text, needle, "date")
    assert (c.text, c.value.value) == (needle, "PRESENT_REF")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Shares traded at the then-current price.", "then-current"),
        ("Holders could buy stock at half the then current market price.", "then current"),
        ("The mill hired its then current foreman as manager.", "then current"),
    ],
)
def test_then_current_is_a_past_present(text: str, needle: str) -> None:
    c = _one(text, needle, "date")
    assert (c.text, c.value.value) == (needle, "PAST_REF")


@pytest.mark.parametrize("text", ["A strong current pulled the swimmer out.", "The plant runs on direct current only.",
                                  "If the bill fails, then current rules stay.", "The current account deficit widened.",
                                  "She reads Current Thinking every week.", "The boat drifted with the current."])
def test_current_that_is_no_time_is_not_a_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


def test_current_before_a_unit_names_that_unit() -> None:
    c = _one("Sales should rise in the current quarter.", "current", "date", published="2023-06-14")
    assert (c.text, c.value.value) == ("the current quarter", "2023-Q2")


def test_high_noon_is_no_clock_time() -> None:
    assert not [c for c in claims_of("It was high noon for the council at the budget vote.") if c.kind == "date"]


def test_right_now_is_now() -> None:
    assert _one("Right now the ferry is late.", "now", "date").text == "now"


@pytest.mark.parametrize("text", ["The toll was dropped. Now, the mayor says, it may return.",
                                  "\u201cNow, we rebuild,\u201d the mayor said.",
                                  "Now, after the vote, the ferry board meets less often.",
                                  "That was the harbour news. Now for the tide tables."])
def test_now_opening_a_sentence_before_a_comma_is_a_discourse_marker(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize("text", ["Until now, the toll stood.", "For now, the toll stands.",
                                  "The toll rose, and now it is gone.", "The toll, now, is gone."])
def test_now_as_a_time_stays_a_date(text: str) -> None:
    assert _one(text, "now", "date").value.value == "PRESENT_REF"


@pytest.mark.parametrize("text", ["Now for the first time the ferry runs at night.",
                                  "Now for two years the pier has stood empty."])
def test_now_for_a_time_stays_a_date(text: str) -> None:
    assert _one(text, "Now", "date").value.value == "PRESENT_REF"


@pytest.mark.parametrize("text", ["The ferry board will have to manage without a chair for a while.",
                                  "The pier stayed shut for quite a while."])
def test_a_while_is_a_length_of_no_stated_unit(text: str) -> None:
    c = _one(text, "while", "duration")
    assert (c.text.endswith("a while"), c.value.value) == (True, "PXX")


@pytest.mark.parametrize("text", ["The firm is a now-defunct carrier.", "Snowfall was heavy."])
def test_now_inside_other_words_is_not_a_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


def test_the_past_before_a_length_is_part_of_the_length() -> None:
    c = _one("Fares doubled over the past three years.", "three years", "duration")
    assert c.text == "the past three years"
    assert c.value.value == "P3Y" and c.value.mod is None


# --- centuries, seasons and weekends just past, the day before ------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        ("The abbey is a 12th-century ruin.", "12th-century", "12th-century", "11"),
        ("Rail reached the valley in the nineteenth century.", "nineteenth", "the nineteenth century", "18"),
        ("Few mills survived the 20th century.", "20th", "the 20th century", "19"),
        ("The canal was dredged this past spring.", "spring", "this past spring", "2023-SP"),
        ("Vandals struck the depot this past weekend.", "weekend", "this past weekend", "2023-W23-WE"),
    ],
)
def test_centuries_and_recent_seasons(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date", "2023-09-14" if "spring" in text else "2023-06-14")
    assert c.text == extent and c.value.value == value


@pytest.mark.parametrize("text", [
    "The mayor spoke on the radio show \"Good Evening\" and on \"This Week\" about the budget.",
    "The coach appeared on ``48 Hours'' last year.",
    "The strike is a warning for today's youth, the union said.",
    "The quarter-to-quarter gain was small.",
    "The mayor told Metro Today that the plan was dead.",
    "A KTV Tonight poll put the mayor ahead.",
    "Planners say the cities of tomorrow will need fewer roads.",
])
def test_titles_eras_and_compounds_are_no_dates(text: str) -> None:
    found = [text[t.start:t.end] for t in find_timexes(text)]
    assert not [f for f in found if f.lower() not in ("last year",)]


@pytest.mark.parametrize(("text", "day"), [
    ("Ferry Strike Ends Today", "Today"),
    ("Fans Queue For Tonight's Final", "Tonight"),
    ("VOTERS GO TO POLLS TODAY", "TODAY"),
    ("Mr. Orr said Today that he would stay.", "Today"),
])
def test_a_capitalised_day_word_in_a_headline_is_still_a_date(text: str, day: str) -> None:
    """Only a name ends in "Today" after an acronym or a capitalised word that follows lower case."""
    assert day in [text[t.start:t.end] for t in find_timexes(text)]


def test_a_quoted_date_is_still_a_date() -> None:
    text = "\"Last Friday was the worst day,\" the clerk said. \"This week was calmer.\""
    assert [text[t.start:t.end] for t in find_timexes(text)] == ["Last Friday", "This week"]


def test_a_century_before_christ_is_not_read() -> None:
    assert not [c for c in claims_of("The tomb dates from the 5th century BC.") if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        # 2023-06-16 is a Friday
        ("The day before last Tuesday's court hearing, the lawyer met her client.", "day before",
         "The day before last Tuesday", "2023-06-12"),
        ("The mayor quit the day after Monday's vote.", "day after", "the day after Monday", "2023-06-13"),
        ("The crew left the day after May 3, 2023.", "day after", "the day after May 3, 2023", "2023-05-04"),
        ("The shop shut the day before yesterday.", "day before", "the day before yesterday", "2023-06-14"),
    ],
)
def test_the_day_before_a_date_is_one_date(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date", "2023-06-16")
    assert (c.text, c.value.value) == (extent, value)


def test_the_day_before_an_event_is_no_date_of_its_own() -> None:
    text = "The clerk was last seen May 2, the day before police opened a file."
    assert [c.text for c in claims_of(text) if c.kind == "date"] == ["May 2"]
    c = _one("Sales fell to $3 million from $4 million the year before.", "the year before", "date", "2023-06-14")
    assert c.value.value == "2022"


# --- years as modifiers and fiscal years ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [("Nobody was charged for the 1994 fire at the depot.", "1994"),
     ("A 1986 statute still governs the port.", "1986"),
     ("Analysts cut their 2024 profit forecasts.", "2024")],
)
def test_a_year_before_a_noun(text: str, needle: str) -> None:
    c = _one(text, needle, "date")
    assert c.value.value == needle


def test_a_number_of_people_is_not_a_year() -> None:
    text = "The 1800 workers at the depot went home."
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize("text", [
    "The brothers founded a studio called Lumen 1994, which makes lenses.",
    "Tickets sold out for the fan zone at Expo 2030.",
])
def test_a_year_that_ends_a_name_is_no_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize(("text", "needle", "extent"), [
    ("The couple met at Christmas 1994, in Oslo.", "1994", "Christmas 1994"),
    ("The mill closed in Spring 1994, she said.", "1994", "Spring 1994"),
    ("The mill closed in Oslo in 1994, she said.", "1994", "1994"),
])
def test_a_year_after_a_capitalised_word_of_time_or_a_preposition_is_a_date(text: str, needle: str,
                                                                            extent: str) -> None:
    assert _one(text, needle, "date").text == extent


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value", "mod"),
    [
        ("Dairy sales were flat for the year, the co-op said.", "the year", "the year", "2023", None),
        ("June was the wettest month of the year.", "of the year", "the year", "2023", None),
        ("The brewer expects higher profit for the full year.", "full year", "the full year", "2023", None),
        ("Revenue for the full year was $2 billion.", "full year", "the full year", "2023", None),
        ("Rents climbed to pre-2008 levels.", "2008", "pre-2008", "2008", "BEFORE"),
        ("The post-1990 rules split the union.", "1990", "post-1990", "1990", "AFTER"),
        ("He said: \"We had no plan for 2019\". Then he left.", "2019", "2019", "2019", None),
        # an amount after "of" is no year's name: the high of the story's year
        ("The shares reached a high for the year of $18.25 in March.", "the year", "the year", "2023", None),
    ],
)
def test_the_year_of_the_story_and_years_before_or_after(text: str, needle: str, extent: str, value: str,
                                                           mod: str | None) -> None:
    c = _one(text, needle, "date", "2023-06-14")
    assert (c.text, c.value.value, c.value.mod) == (extent, value, mod)


@pytest.mark.parametrize("text", ["She moved in the year her son was born.", "The team raised funds for 2000 pupils."])
def test_a_year_with_more_to_say_is_not_the_storys(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("The co-op will pay nearly twice the dividend this year as last.", "2022"),
     ("Shipments rose faster this quarter than last, the port said.", "2023-Q1"),
     ("Fewer ferries sailed this month than last.", "2023-05")],
)
def test_a_bare_last_after_this_unit_is_the_unit_before(text: str, value: str) -> None:
    c = _one(text, "last", "date", "2023-06-14")
    assert (c.text, c.value.value) == ("last", value)


@pytest.mark.parametrize("text", ["The mayor's car came in last.", "This year the mayor spoke first and the bishop spoke last."])
def test_a_bare_last_without_a_comparison_is_no_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date" and c.text == "last"]


def test_fiscal_year_extent() -> None:
    c = _one("Sales fell in fiscal 2022.", "2022", "date")
    assert c.text == "fiscal 2022" and c.value.value == "2022"


# --- extents -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "extent", "mod"),
    [
        ("The vote is expected early next week.", "next week", "early next week", "START"),
        ("Rain fell late last month.", "last month", "late last month", "END"),
        # the comparative belongs to the extent, as "later today" does; it places no point in the unit
        ("Talks began earlier this week.", "this week", "earlier this week", None),
        ("The depot reopens later this month.", "this month", "later this month", None),
        ("Crews left later that year.", "that year", "later that year", None),
        ("The mayor spoke late yesterday.", "yesterday", "late yesterday", "END"),
        # "the end of", "the start of" before next, last or that: a part of the unit named
        ("The depot reopens at the end of next week.", "next week", "the end of next week", "END"),
        ("Fares rose at the start of last year.", "last year", "the start of last year", "START"),
        ("The depot shut in 2019. By the end of that year the crews had left.", "that year", "the end of that year",
         "END"),
    ],
)
def test_point_modifiers_on_relative_units(text: str, needle: str, extent: str, mod: str | None) -> None:
    c = _one(text, needle, "date")
    assert c.text == extent
    assert c.value.mod == mod


def test_within_is_a_signal_outside_the_extent() -> None:
    c = _one("The port must reopen within two weeks.", "two weeks", "duration")
    assert c.text == "two weeks" and c.value.mod == "EQUAL_OR_LESS"


def test_the_next_few_days_keeps_its_determiner() -> None:
    c = _one("Storms are likely in the next few days.", "few days", "duration")
    assert c.text == "the next few days"


def test_an_adjectival_length_leaves_the_article_to_the_noun() -> None:
    c = _one("Both sides signed the 30-day truce.", "30-day", "duration")
    assert c.text == "30-day"


def test_a_number_before_year_after_is_a_length() -> None:
    c = _one("The clinic reopened one year after the fire.", "one year", "duration")
    assert c.text == "one year" and c.value.value == "P1Y"


def test_weekday_before_a_month_day_followed_by_a_colon() -> None:
    c = _one("The paper said in a column on Monday, June 12: the plan failed.", "June 12", "date")
    assert c.text == "Monday, June 12" and c.value.value == "2023-06-12"


def test_a_month_a_few_weeks_ahead_is_the_coming_one() -> None:
    c = _one("The dividend is payable in January.", "January", "date", "2023-11-10")
    assert c.value.value == "2024-01"


def test_a_month_day_a_few_weeks_ahead_is_the_coming_one() -> None:
    c = _one("The offer was extended to Dec. 4 by the board.", "Dec. 4", "date", "2023-11-10")
    assert c.value.value == "2023-12-04"


# --- duration forms ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The crossing took 4h in fog.", "4h", "PT4H"),
        ("The crossing took 4 h in fog.", "4 h", "PT4H"),
        ("The repair needs 5day at most.", "5day", "P5D"),
        ("The lease runs 2.5years.", "2.5years", "P2.5Y"),
        ("The soil rested 12D before planting.", "12D", "P12D"),
        ("The crew worked all day.", "all day", "P1D"),
        ("The crew worked the whole week.", "the whole week", "P1W"),
        ("The crew stayed for the whole week.", "the whole week", "P1W"),
        ("Wait another hour, please.", "another hour", "PT1H"),
        ("The hearing lasted an hour and half.", "an hour and half", "PT1H30M"),
        ("The hearing lasted one and a half hours.", "one and a half hours", "PT1H30M"),
        ("The study ran one and a quarter years.", "one and a quarter years", "P1.25Y"),
        # a written fraction of a year is in whole months, as of an hour in minutes
        ("The crew sailed for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The mine stayed shut 1 1/3 years.", "1 1/3 years", "P1Y4M"),
        ("The drive took 1 3/4 hours.", "1 3/4 hours", "PT1H45M"),
        ("The drive took 1¾ hours.", "1¾ hours", "PT1H45M"),
        ("The drive took 1/4 hour.", "1/4 hour", "PT15M"),
        ("Book a 1/2 hour slot.", "1/2 hour", "PT30M"),
        ("The bus ride took 3 1/2 hours.", "3 1/2 hours", "PT3H30M"),
        ("Book a ½ hour slot.", "½ hour", "PT30M"),
        ("They took a half hour break.", "half hour", "PT30M"),
        ("Guests stayed two nights at the inn.", "two nights", "P2D"),
        ("The team will be away for a couple of weeks.", "a couple of weeks", "P2W"),
        # a word between the count and the unit leaves the length as it is
        ("The ferry will stay docked two more weeks.", "two more weeks", "P2W"),
        ("The lease may run an additional year.", "an additional year", "P1Y"),
        ("The index rose nine trading days in a row.", "nine trading days", "P9D"),
        ("Snow fell for three straight days.", "three straight days", "P3D"),
        ("The club has lost money in the past three quarters.", "the past three quarters", "P3Q"),
        ("The mill posted losses for several quarters.", "several quarters", "PXQ"),
        ("Grain was short for a few more weeks.", "a few more weeks", "PXW"),
        # a length written as an adjective by its unit alone
        ("The town ended a decades-long feud with its port.", "decades-long", "PXDE"),
        ("The board held a day-long meeting.", "day-long", "P1D"),
        ("Dockers began a weeklong strike.", "weeklong", "P1W"),
        # "before" and "after" followed by an event are signals outside the length
        ("The mayor resigned several months before the audit began.", "several months", "PXM"),
    ],
)
def test_duration_forms(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "duration")
    assert c.text == needle
    assert c.value.value == value


@pytest.mark.parametrize("text", [
    "The studio prints 3D models.", "Full-year results beat forecasts.",
    "Losing again would be a second blow to the club.",  # an ordinal before a noun
    "She won a second-round match.",
    "Three quarters of the crew voted yes.", "Rebels hold three-quarters of the valley.",  # shares
    "The plan drew criticism in some quarters.",
    "The hotline is staffed 24/7 days a year.",  # no fraction of a day
])
def test_look_alikes_are_not_durations(text: str) -> None:
    assert not [t for t in find_timexes(text) if t.type == "DURATION"]


def test_a_second_alone_is_a_length() -> None:
    c = _one("The lights went out for a second, then came back.", "a second", "duration")
    assert c.value.value == "PT1S"


def test_a_day_after_a_count_of_hours_is_a_rate() -> None:
    text = "Guards patrol the depot 12 hours a day."
    assert [c.text for c in claims_of(text) if c.kind in ("date", "duration")] == ["12 hours"]


@pytest.mark.parametrize("text", ["The airline runs three ferries a week to the island.",
                                  "The new hall adds about 500 beds a year."])
def test_a_unit_after_counted_things_is_a_rate(text: str) -> None:
    assert not [t for t in find_timexes(text) if t.type == "DURATION"]


def test_a_unit_after_a_plain_noun_stays_a_length() -> None:
    c = _one("The board gave tenants a week to reply.", "a week", "duration")
    assert c.value.value == "P1W"


def test_or_more_than_starts_a_new_length() -> None:
    text = "Calls lasting less than 2 hours or more than 4 days were flagged."
    c = _one(text, "2 hours", "duration")
    assert c.text == "less than 2 hours"


# --- tense around weekdays -----------------------------------------------------------------------


def test_a_weekday_right_after_a_past_verb_is_past_despite_a_forecast() -> None:
    # 2023-06-14 is a Wednesday; the sentence speaks of the future, but "said Monday" already happened
    c = _one("The minister said Monday that the bridge would reopen.", "Monday", "date")
    assert c.value.value == "2023-06-12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2023-06-16 is a Friday: a ruling or an attack named by its day is over, whatever comes next
        ("The growers said they would seek a way around Wednesday's ruling by the board.", "2023-06-14"),
        ("The council will respond to Monday's arson attack next week.", "2023-06-12"),
        # unless the event itself is what the future tense is about, or is awaited
        ("Wednesday's vote will settle the matter.", "2023-06-21"),
        ("Lobbyists will crowd the hall ahead of Tuesday's vote.", "2023-06-20"),
    ],
)
def test_a_weekday_naming_an_event_that_is_over_is_past(text: str, value: str) -> None:
    day = next(w for w in ("Monday", "Tuesday", "Wednesday") if w in text)
    assert _one(text, day, "date", "2023-06-16").value.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2023-06-14 is a Wednesday: a participle after "be" or a modal is no past verb of its own
        ("The regatta prize-giving will be held on Saturday.", "2023-06-17"),
        ("The sixth race, which would have been sailed on Friday, was called off.", "2023-06-16"),
        # its auxiliary's tense still decides
        ("The prize-giving was held on Monday.", "2023-06-12"),
        ("The prize-giving had been held on Monday.", "2023-06-12"),
    ],
)
def test_a_participle_after_an_auxiliary_takes_the_auxiliary_tense(text: str, value: str) -> None:
    day = next(w for w in ("Monday", "Friday", "Saturday") if w in text)
    assert _one(text, day, "date").value.value == value


def test_a_scheduled_weekday_stays_in_the_future() -> None:
    c = _one("The vote will be held as scheduled Friday.", "Friday", "date")
    assert c.value.value == "2023-06-16"


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        # the verb right before the day is past, the future comes after it in what the statement said
        ("The council issued a statement Friday saying the new bridge will open in spring.", "Friday",
         "2023-06-17", "2023-06-16"),
        # reported speech: "would" looks ahead of the article's date
        ("The mayor said the library would reopen on Monday.", "Monday", "2023-06-14", "2023-06-19"),
        # a clause that is only the date takes the tense of the clause after it
        ("On Thursday, the union said the strike will go on.", "Thursday", "2023-06-17", "2023-06-15"),
        ("In January, the club hired a new coach, who will stay through 2025.", "January", "2023-10-27", "2023-01"),
        # a past verb keeps a month two months ahead in the past
        ("The bakery changed its name in December.", "December", "2023-10-27", "2022-12"),
        # a present perfect is past, whatever the rest of the sentence foresees
        ("Prosecutors have gathered evidence in the October robbery and will go to court next week.", "October",
         "2023-04-19", "2022-10"),
        # a present tense after the past verb leaves the month where it is
        ("The lawyers still had not filed papers for when the appeal is heard in May.", "May", "2023-03-29",
         "2023-05"),
        # the infinitive's event, not the past verb's
        ("The league decided to admit two new teams in March, an official said.", "March", "2023-02-10", "2023-03"),
        # an -ed adjective is no past verb; an auxiliary carries the tense of its verb group
        ("The refund would be paid on an unspecified date in January.", "January", "2023-10-26", "2024-01"),
        ("The plant, which is being refitted, is to reopen Tuesday.", "Tuesday", "2023-10-27", "2023-10-31"),
        ("Fans planned a vigil on Saturday and were planning to march again.", "Saturday", "2023-06-16", "2023-06-17"),
        # a planned event is ahead of the time it was planned at
        ("They had discussed the planned visit of the trade minister in September.", "September", "2023-08-26",
         "2023-09"),
        ("The minister said the handover was planned for early March.", "March", "2023-02-10", "2023-03"),
        # the date of the statement itself, after the reporting verb's object
        ("The coach told a radio station on Tuesday that the team would win.", "Tuesday", "2023-06-15",
         "2023-06-13"),
        ("The senator, who announced a housing plan on Monday, plans to tour the state.", "Monday", "2023-06-13",
         "2023-06-12"),
        # but not when what was said has a verb of its own before the date
        ("The company said it expects to publish results in mid-November.", "mid-November", "2023-10-27",
         "2023-11"),
        # a past form after "if" is a condition, after a number an adjective; a clause opened by "if" has a verb
        ("The envoy asked what would happen if he won the vote on Nov. 8.", "Nov. 8", "2023-05-16", "2023-11-08"),
        ("Entering the last rounds in June, the leader holds 271 pledged points.", "June", "2023-05-24", "2023-06"),
        ("And if the mayor wins in November, she could name a new chief.", "November", "2023-09-06", "2023-11"),
        # an irregular past after "by" makes a past tally, not a deadline ahead
        ("Sign-ups were slow at first; by Tuesday the tally stood at 310.", "Tuesday", "2023-06-16",
         "2023-06-13"),
        ("By Monday the volunteers built 40 shelters and kept the road open.", "Monday", "2023-06-16",
         "2023-06-12"),
    ],
)
def test_a_date_takes_the_tense_of_its_own_clause(text: str, needle: str, published: str, value: str) -> None:
    assert _one(text, needle, "date", published).value.value == value


def test_capitalised_last_before_a_month() -> None:
    c = _one("Last April, the mill closed.", "April", "date", "2023-06-14")
    assert c.text == "Last April" and c.value.value == "2023-04"


def test_fractions_and_decades_become_whole_units() -> None:
    # TimeML writes a fraction in the next smaller unit, and ISO 8601 has no decade
    assert _one("Talks lasted one and a half weeks.", "weeks", "duration").value.value == "P10DT12H"
    assert _one("The vote took a minute and a half.", "minute", "duration").value.value == "PT1M30S"
    assert _one("The dam stood for two decades.", "two decades", "duration").value.value == "P20Y"


# --- years as broadcasts say them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        ("The levee failed in nineteen ninety-three.", "ninety-three", "nineteen ninety-three", "1993"),
        ("Fares froze in nineteen oh eight.", "oh eight", "nineteen oh eight", "1908"),
        ("The plan aimed at full jobs by the year two thousand.", "thousand", "the year two thousand", "2000"),
        ("The dock opened March nineteen eighty-one.", "March", "March nineteen eighty-one", "1981-03"),
        ("Ice closed the pass in the winter of nineteen seventy.", "winter",
         "the winter of nineteen seventy", "1970-WI"),
        ("Mills closed through the eighties, uh, one by one.", "eighties", "the eighties", "198"),
    ],
)
def test_spoken_years(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date", "1998-02-10")
    assert c.text == extent and c.value.value == value


def test_two_thousand_alone_is_a_count_not_a_year() -> None:
    assert not [c for c in claims_of("Two thousand people marched.") if c.kind == "date"]


# --- holidays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        # the fourth Thursday of November 2022 was the 24th
        ("The ferry sank on Thanksgiving Day.", "Thanksgiving Day", "2023-01-09", "2022-11-24"),
        ("Shops reopened last Thanksgiving.", "last Thanksgiving", "2023-06-14", "2022-11-24"),
        ("Crowds gathered as Easter week began.", "Easter week", "2023-04-10", "2023-W14"),  # Easter: April 9
        ("The race is a theme from now to Election Day.", "Election Day", "2022-10-20", "2022-11-08"),
        ("The mill shut on Christmas Eve 1998.", "Christmas Eve", "2023-06-14", "1998-12-24"),
    ],
)
def test_holidays(text: str, needle: str, published: str, value: str) -> None:
    c = _one(text, needle, "date", published)
    assert c.text == needle or c.text.startswith(needle)
    assert c.value.value == value


def test_eastern_is_not_easter() -> None:
    assert not [c for c in claims_of("Rain swept Eastern Europe.") if c.kind == "date"]


# --- months and days placed in a year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "extent", "value"),
    [
        ("In June last year the mill closed.", "June", "2023-02-19", "June last year", "2022-06"),
        ("The talks began in early October this year.", "October", "2023-12-03", "early October this year",
         "2023-10"),
        ("Members join in April next year.", "April", "2023-12-03", "April next year", "2024-04"),
    ],
)
def test_a_month_with_its_year_named_after_it(text: str, needle: str, published: str, extent: str,
                                              value: str) -> None:
    c = _one(text, needle, "date", published)
    assert c.text == extent and c.value.value == value
    assert len([x for x in claims_of(text, published) if x.kind == "date"]) == 1


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        # a future cue elsewhere in the sentence does not push a day ten days back a whole year ahead
        ("Donors will meet victims of the Aug. 7 blasts.", "Aug. 7", "2023-08-17", "2023-08-07"),
        # a month four months ahead in a past-tense sentence is this year's, past
        ("The firm bought the mill in February.", "February", "2023-10-30", "2023-02"),
        # a deadline a few months ahead is still to come
        ("It aims to repay the loan by February.", "February", "2023-10-30", "2024-02"),
        # "since" looks back, whatever else the sentence foresees
        ("Shares, which will be split, have fallen since August.", "August", "2023-06-14", "2022-08"),
        # a period that "ended" on a day ended before the reference date
        ("In the year ended Jan. 31, sales rose.", "Jan. 31", "2023-10-30", "2023-01-31"),
    ],
)
def test_the_year_of_a_month_or_day(text: str, needle: str, published: str, value: str) -> None:
    assert _one(text, needle, "date", published).value.value == value


def test_last_before_a_month_and_day_names_the_day() -> None:
    c = _one("The pharmacist was robbed last Oct. 23 outside her shop.", "Oct. 23", "date", "2023-04-19")
    assert (c.text, c.value.value) == ("Oct. 23", "2022-10-23")
    assert _one("The ferry sank last May 2.", "May 2", "date", "2023-04-19").value.value == "2022-05-02"


def test_a_month_with_no_tense_is_the_one_just_named() -> None:
    # the first April is ahead by its "expected to"; the second clause does not say which April it means
    text = "The two towns are expected to merge in April. Residents can help with planning for the vote in April."
    values = [c.value.value for c in claims_of(text, "2023-12-05") if c.text == "April"]
    assert values == ["2024-04", "2024-04"]


def test_a_month_with_a_tense_of_its_own_is_placed_by_it() -> None:
    text = "The towns are expected to merge in April. The old bridge closed in April."
    values = [c.value.value for c in claims_of(text, "2023-12-05") if c.text == "April"]
    assert values == ["2024-04", "2023-04"]


def test_next_to_is_a_place_not_a_future() -> None:
    # 2023-08-05 is a Saturday: "on Friday" in a past-tense sentence is the day before
    text = "Two people were hurt in the blast next to the station on Friday."
    assert _one(text, "Friday", "date", "2023-08-05").value.value == "2023-08-04"


def test_planned_to_looks_ahead_but_a_planned_event_need_not() -> None:
    # 2023-09-27 is a Wednesday
    assert _one("The team planned to leave on Thursday.", "Thursday", "date", "2023-09-27").value.value == "2023-09-28"
    text = "A vigil planned for Saturday was cancelled."
    assert _one(text, "Saturday", "date", "2023-09-27").value.value == "2023-09-23"


# --- weekdays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2023-06-12 is a Monday
        ("Officials postponed the hearing until Tuesday.", "2023-06-13"),
        ("The relatives were given until 9 a.m. Tuesday to sign.", "2023-06-13T09:00"),
        ("The envoy could arrive as soon as Tuesday.", "2023-06-13"),
        ("Up until Tuesday, police had not named him.", "2023-06-06"),
        ("Until Tuesday, police had not named him.", "2023-06-06"),
    ],
)
def test_until_a_weekday(text: str, value: str) -> None:
    assert _one(text, "Tuesday", "date", "2023-06-12").value.value == value


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        # 2023-06-14 is a Wednesday: a clock time and the day right after it are one expression
        ("The strike will end at 6 a.m. Friday, the union said.", "6 a.m.", "6 a.m. Friday", "2023-06-16T06:00"),
        ("Bids close at 5 p.m. EST, June 20.", "5 p.m.", "5 p.m. EST, June 20", "2023-06-20T17:00"),
        ("The blaze was contained by noon Monday.", "noon", "noon Monday", "2023-06-12T12:00"),
        # with "on" between them, they stay two ("on" is a signal)
        ("The ferry left at 6:40 a.m. on Monday.", "6:40 a.m.", "6:40 a.m.", "2023-06-12T06:40"),
    ],
)
def test_a_clock_time_and_its_day_are_one_date(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date")
    assert (c.text, c.value.value) == (extent, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2023-06-14 is a Wednesday: a timetable verb in the present tense looks ahead
        ("The two ministers meet separately Friday with the mediator.", "2023-06-16"),
        ("The inquest resumes on Monday.", "2023-06-19"),
        ("The council is voting Tuesday on the budget.", "2023-06-20"),
        # a past or negated verb, an infinitive, a noun or a possessive day does not
        ("The council was voting Tuesday on the budget.", "2023-06-13"),
        ("The envoy did not arrive Tuesday.", "2023-06-13"),
        ("The clinic got off to a slow start Monday.", "2023-06-12"),
        ("Lawyers are studying Monday's ruling.", "2023-06-12"),
    ],
)
def test_a_timetable_verb_before_a_weekday(text: str, value: str) -> None:
    day = next(w for w in ("Monday", "Tuesday", "Friday") if w in text)
    assert _one(text, day, "date").value.value == value


@pytest.mark.parametrize(
    "text,value",
    [
        # 2023-06-14 is a Wednesday
        ("The regulator told the airline to hand over its logbooks by Friday.", "2023-06-16"),
        ("Crews hope to clear the pass by Friday.", "2023-06-16"),
        # a past verb of its own keeps the deadline behind
        ("The water had receded from the square by Friday.", "2023-06-09"),
        ("The number of evacuees rose to 900 by Friday.", "2023-06-09"),
    ],
)
def test_by_a_weekday(text: str, value: str) -> None:
    assert _one(text, "Friday", "date", "2023-06-14").value.value == value


@pytest.mark.parametrize("text", [
    # 2023-06-14 is a Wednesday: a market's close is a price already set, even in a sentence about the future
    "The buyer will pay $12 a share, a premium of 20 percent to the closing price on Friday.",
    "The offer will value the chain at a 25 percent premium over Friday's close.",
])
def test_a_market_close_on_a_weekday_is_past(text: str) -> None:
    assert _one(text, "Friday", "date", "2023-06-14").value.value == "2023-06-09"


def test_a_deal_that_will_close_on_a_weekday_is_ahead() -> None:
    text = "The purchase will close on Friday, the company said."
    assert _one(text, "Friday", "date", "2023-06-14").value.value == "2023-06-16"


def test_that_year_is_the_year_named_last() -> None:
    text = "Exports reached $40 million in 2019, a small part of the trade that year."
    assert _one(text, "that year", "date").value.value == "2019"


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        # 2023-06-14 is a Wednesday: "that day" and its parts are the day the story named last
        ("The dam gave way on Monday. Later that day, two villages were cut off.", "that day",
         "Later that day", "2023-06-12"),
        ("The dam gave way on Monday. Earlier that day, engineers had closed the road.", "that day",
         "Earlier that day", "2023-06-12"),
        ("The ferry docked on May 3. Crowds greeted the crew that day.", "that day", "that day", "2023-05-03"),
        ("The ferry docked on May 3. The harbour was closed that same day.", "same day", "that same day",
         "2023-05-03"),
        ("The ferry docked on May 3. That night, the storm broke.", "That night", "That night", "2023-05-03TNI"),
        ("The ferry docked on May 3. That morning, fog had closed the bay.", "That morning", "That morning",
         "2023-05-03TMO"),
        ("The ferry docked on May 3. Later that evening the crew went ashore.", "that evening",
         "Later that evening", "2023-05-03TEV"),
        ("The ferry docked on May 3. Two tugs left on the same day.", "same day", "the same day", "2023-05-03"),
        # a day counted from a month the story named is a day of that month, and so is "that same day"
        ("The ferry docked in March and left the next day.", "next day", "the next day", "2023-03-XX"),
        ("The ferry docked in March. The harbour was closed that same day.", "same day", "that same day",
         "2023-03-XX"),
        ("The orchard flooded last April. Later that day the pickers left.", "that day", "Later that day",
         "2023-04-XX"),
    ],
)
def test_that_day_is_the_day_named_last(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date")
    assert (c.text, c.value.value) == (extent, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 2023-06-14: "then" after "until" or "by" is the day told last, ahead of the story or behind it
        ("Voting closes on June 30. Until then, the board said, the old rules apply.", "2023-06-30"),
        ("The dam gave way on Monday. By then most villagers had left.", "2023-06-12"),
    ],
)
def test_until_then_is_the_day_named_last(text: str, value: str) -> None:
    c = _one(text, "then", "date")
    assert (c.text, c.value.value) == ("then", value)


@pytest.mark.parametrize("text", ["Until then, the board said, the old rules apply.",
                                  "If the vote fails, then the rules stay.", "The then-mayor opened the pier."])
def test_then_with_no_day_told_is_no_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # 2023-06-14: the day the sentence is about, the reference date or the day told last
        ("Today is the ninth day of the dock strike.", "the ninth day", "2023-06-14"),
        ("It's the third day of a siege of the old town.", "the third day", "2023-06-14"),
        ("On Monday the jury heard the nurse. It was the fourth day of the hearing.", "the fourth day",
         "2023-06-12"),
    ],
)
def test_it_is_the_nth_day_of_something_is_that_day(text: str, extent: str, value: str) -> None:
    c = _one(text, extent, "date")
    assert (c.text, c.value.value) == (extent, value)


def test_it_was_the_nth_day_with_no_day_told_is_no_date() -> None:
    assert not [c for c in claims_of("It was the fourth day of the hearing.", "2023-06-14") if c.kind == "date"]


@pytest.mark.parametrize("text", [
    "On days when the river floods, farmers lose the crops planted that day.",
    # a bare "that day" after only a month may be any day of a tale
    "Prices fell in March. Traders who sold that day lost the most.",
    # a day still ahead cannot be the day of a past event
    "The board must certify the count by June 20. In the mayoral race held on the same day, turnout fell.",
    # "the same day" that what follows names
    "The ferry docked on May 3. The mayor spoke on the same day as the vote.",
    "The ferry docked on May 3. The mayor resigned the same night she lost the vote.",
])
def test_that_day_after_no_day_told_is_no_date(text: str) -> None:
    """"that day" of a generic tale, a bare one after only a month, or one after a day still ahead in
    a past clause points back to no day; "the same day as the vote" to the day of what follows."""
    assert not [c for c in claims_of(text) if c.kind == "date" and "day" in c.text]


def test_a_year_earlier_twice_is_the_same_year() -> None:
    text = "Sales rose 4% from a year earlier. Costs fell 2% from a year earlier."
    values = [c.value.value for c in claims_of(text, "2023-06-14") if c.text == "a year earlier"]
    assert values == ["2022", "2022"]


def test_the_previous_weekday_counts_from_the_story_date() -> None:
    text = "Shares closed on Friday, Oct. 27, 2023, down 4% from the previous Friday."
    assert _one(text, "previous Friday", "date", "2023-10-30").value.value == "2023-10-20"


def test_the_week_of_a_day_is_that_calendar_week() -> None:
    c = _one("A hearing is set for the week of March 6.", "March 6", "date", "2023-02-24")
    assert c.text == "the week of March 6" and c.value.value == "2023-W10"


@pytest.mark.parametrize(
    ("text", "needle", "kind", "extent", "value"),
    [
        # "the last week" runs up to now, as "the past week" does; it is not the calendar week before this one
        ("The striker has been injured for the last week.", "week", "duration", "the last week", "P1W"),
        ("Rents climbed 9% in the last year.", "year", "duration", "the last year", "P1Y"),
        # "the last century" is the one before this one; "the last week of May" no span up to now
        ("The hall was built in the last century.", "century", "date", "last century", "19"),
    ],
)
def test_the_last_unit(text: str, needle: str, kind: str, extent: str, value: str) -> None:
    c = _one(text, needle, kind, "2023-06-14")
    assert (c.text, c.value.value) == (extent, value)


def test_the_last_week_of_a_month_is_not_last_week() -> None:
    assert not [c for c in claims_of("Frost hit in the last week of May.") if "week" in c.text]


def test_last_week_before_after_stays_last_week() -> None:
    c = _one("The aide met the envoy last week after long talks.", "week", "date", "2023-06-14")
    assert c.text == "last week" and c.value.value == "2023-W23"


# --- lengths without a count, accounting years ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The mosque dominated the skyline for centuries.", "centuries", "PXCE"),
        ("Protesters have marched for weeks.", "weeks", "PXW"),
        ("Troops will arrive within weeks.", "weeks", "PXW"),
        ("It grew for the first time in years.", "years", "PXY"),
    ],
)
def test_a_plural_unit_after_a_preposition_is_a_vague_length(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "duration")
    assert c.text == needle and c.value.value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The ferry line has changed hands many times over the years.", "the years", "PXY"),
        ("In the months that followed, the mill hired 40 people.", "the months", "PXM"),
        ("The club lost money in the early years.", "the early years", "PXY"),
        ("Prices may swing in the weeks ahead.", "the weeks ahead", "PXW"),
    ],
)
def test_the_plural_unit_after_a_preposition_is_a_vague_length(text: str, extent: str, value: str) -> None:
    c = _one(text, extent, "duration")
    assert c.text == extent and c.value.value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Ortega returned after a several-year spell at a rival club.", "several-year", "PXY"),
        ("The port signed a multi-year lease with the ferry line.", "multi-year", "PXY"),
        ("The many-day blockade of the pass ended on Sunday.", "many-day", "PXD"),
    ],
)
def test_a_vague_count_joined_to_a_unit_is_a_vague_length(text: str, extent: str, value: str) -> None:
    c = _one(text, extent, "duration")
    assert c.text == extent and c.value.value == value


def test_a_vague_count_joined_to_an_age_is_no_length() -> None:
    assert not [c for c in claims_of("They felled a many-year-old oak.") if c.kind == "duration"]


@pytest.mark.parametrize("text", ["The town was rebuilt in the years of peace.",
                                  "Turnout fell in the weeks before the vote."])
def test_the_plural_unit_told_by_what_follows_is_no_vague_length(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "duration"]


def test_years_ago_is_not_a_bare_length() -> None:
    assert not [c for c in claims_of("It was built in years past.") if c.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The brewery expects to finish the sale by year-end.", "year-end", "2023"),
        ("New kilns should be running by year's end.", "year's end", "2023"),
        # "since" looks back to the end of the year before
        ("The index has gained 6% since year-end.", "year-end", "2022"),
    ],
)
def test_year_end_after_a_preposition_is_the_end_of_a_year(text: str, extent: str, value: str) -> None:
    c = _one(text, extent, "date", "2023-10-30")
    assert (c.text, c.value.value, c.value.mod) == (extent, value, "END")


def test_the_year_ended_a_day_is_a_year_long() -> None:
    c = _one("For the fiscal year ended March 31, sales rose.", "fiscal year", "duration", "2023-06-14")
    assert c.text == "the fiscal year" and c.value.value == "P1Y"


# --- the year-ago comparison of a results story --------------------------------------------------


@pytest.mark.parametrize(("text", "extent", "value"),
                         [("Profit for the year-earlier nine months included a land sale.",
                           "the year-earlier nine months", "P9M"),
                          ("Sales in the year-ago six months were flat.", "the year-ago six months", "P6M")])
def test_a_year_ago_length_is_one_length(text: str, extent: str, value: str) -> None:
    c = _one(text, "months", "duration", "2023-10-26")
    assert (c.text, c.value.value) == (extent, value)


def test_a_year_ago_reaches_back_to_the_quarter_across_paragraphs() -> None:
    text = ("Harbin Mills posted a third-quarter loss of $4 million.\n\nThe company blamed freight costs, "
            "which rose sharply.\n\nRevenue fell to $80 million from $95 million a year ago.")
    assert _one(text, "a year ago", "date", "2023-10-26").value.value == "2022-Q3"


def test_nine_months_in_between_ends_the_quarters_reach() -> None:
    text = ("Harbin Mills posted a third-quarter loss. In the first nine months, it earned $2 million, "
            "compared with $5 million a year earlier.")
    assert _one(text, "a year earlier", "date", "2023-10-26").value.value == "2022"


def test_a_year_back_from_last_years_quarter_is_last_year() -> None:
    text = "It lost $3 million in the 2022 period. The year-ago results included a charge."
    assert _one(text, "year-ago", "date", "2023-10-26").value.value == "2022"


def test_a_quarter_in_apposition_names_the_year_ago_quarter() -> None:
    # the appositive says which quarter the year-ago one was; "that quarter" then refers back to it
    text = ("Orlen Freight earned $6 million in the third quarter. In the comparable year-ago quarter, the "
            "second quarter ended Oct. 31, the firm lost $2 million. Results for that quarter included a "
            "charge of $1 million.")
    for needle in ("year-ago quarter", "the second quarter", "that quarter"):
        assert _one(text, needle, "date", "2023-10-27").value.value == "2022-Q2"


@pytest.mark.parametrize(
    ("follow", "value"),
    [
        ("This quarter's loss includes a charge of $2 million.", "2023-Q3"),  # the quarter just reported
        ("This quarter's sales will be weaker, it said.", "2023-Q4"),  # a forecast: the current quarter
    ],
)
def test_this_quarters_results_after_a_reported_quarter(follow: str, value: str) -> None:
    text = "Corvo Foods reported a loss of $9 million for the third quarter ended Sept. 30. " + follow
    assert _one(text, "This quarter", "date", "2023-11-01").value.value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Demand should hold through the first two quarters of 2024.", "the first two quarters of 2024", "2024-H1"),
        ("Sales sagged in the last two quarters of 2022.", "the last two quarters of 2022", "2022-H2"),
    ],
)
def test_two_quarters_of_a_year_are_a_half(text: str, extent: str, value: str) -> None:
    c = _one(text, "two quarters", "date", "2023-10-27")
    assert (c.text, c.value.value) == (extent, value)


def test_the_latest_period_is_the_quarter_the_story_reported() -> None:
    # a fiscal fourth quarter reported in early November: the story's quarter, not the calendar's last
    text = ("Corvo Foods posted a 30% drop in fourth-quarter profit.\n\nIt earned $12 million, down from "
            "$17 million a year earlier. Sales in the latest period were $400 million, up from last year's "
            "$380 million.")
    assert _one(text, "the latest period", "date", "2023-11-03").value.value == "2023-Q4"
    assert _one(text, "last year", "date", "2023-11-03").value.value == "2022-Q4"


def test_the_quarter_stays_the_reported_one_through_the_story() -> None:
    # a fiscal first quarter reported in late October: each later "the quarter" and "the 2022 period"
    # is that quarter, a forecast sentence about it included
    text = ("Pellam Tools said it earned $3 million in the fiscal first quarter.\n\nSales for the quarter rose "
            "12%. In the 2022 period, it lost $1 million.\n\nThe firm had said it expected to break even for "
            "the quarter. Tool shipments in the quarter reached 9,000, the firm said.")
    values = [c.value.value for c in claims_of(text, "2023-10-26") if c.kind == "date"]
    assert values == ["2023-Q1", "2023-Q1", "2022-Q1", "2023-Q1", "2023-Q1"]


def test_a_quarter_named_in_a_forecast_is_not_the_reported_one() -> None:
    text = ("Corvo Foods says the storm will cut fourth-quarter sales. In the latest quarter, it earned "
            "$12 million.")
    assert _one(text, "the latest quarter", "date", "2023-11-03").value.value == "2023-Q3"
    text = ("Corvo Foods has no estimate yet of the flood's cost to fourth-quarter results. In the latest "
            "quarter, it earned $12 million.")
    assert _one(text, "the latest quarter", "date", "2023-11-03").value.value == "2023-Q3"


@pytest.mark.parametrize(
    "text,needle,extent,mod",
    [
        # "over" after a word that takes a length means "more than", and is part of the extent
        ("The hearing lasted over two hours.", "two hours", "over two hours", "MORE_THAN"),
        ("She has coached the team for over a decade.", "a decade", "over a decade", "MORE_THAN"),
        ("Passengers faced delays of over an hour.", "an hour", "over an hour", "MORE_THAN"),
        # after anything else it is a preposition: during
        ("The storm dumped 300 millimetres of rain over three days.", "three days", "three days", None),
        ("The talks were spread over two weeks.", "two weeks", "two weeks", None),
    ],
)
def test_over_before_a_length(text: str, needle: str, extent: str, mod: str | None) -> None:
    c = _one(text, needle, "duration")
    assert c.text == extent and c.value.mod == mod


def test_a_forecast_runs_ahead() -> None:
    # 2023-06-14 is a Wednesday
    assert _one("Gusts of 90 km/h were forecast through Friday.", "Friday", "date").value.value == "2023-06-16"


@pytest.mark.parametrize(
    "text,needle,extent,value,mod",
    [
        # no calendar day follows from the story's last date: the length is the expression, "later" a signal
        ("Medics arrived. Just over an hour later, the boy was flown out.", "hour", "Just over an hour", "PT1H",
         "MORE_THAN"),
        ("The mayor resigned. A few days later, the council met.", "few days", "A few days", "PXD", None),
        ("Two hours earlier, the dam had burst.", "hours", "Two hours", "PT2H", None),
    ],
)
def test_a_length_later_without_a_day_to_name_is_a_length(text: str, needle: str, extent: str, value: str,
                                                          mod: str | None) -> None:
    c = _one(text, needle, "duration")
    assert (c.text, c.value.value, c.value.mod) == (extent, value, mod)


def test_a_day_count_later_is_still_a_date() -> None:
    c = _one("The clinic opened on May 3. Two days later, it closed.", "Two days", "date")
    assert (c.text, c.value.value) == ("Two days later", "2023-05-05")


@pytest.mark.parametrize(
    "text,needle,kind,extent,value",
    [
        ("Then, a week or so ago, the coach picked his squad.", "week", "date", "a week or so ago", "2023-W23"),
        ("The strike went on for a month or so.", "month", "duration", "a month or so", "P1M"),
    ],
)
def test_or_so_makes_a_length_approximate(text: str, needle: str, kind: str, extent: str, value: str) -> None:
    c = _one(text, needle, kind)
    assert (c.text, c.value.value, c.value.mod) == (extent, value, "APPROX")


@pytest.mark.parametrize("text", ["Fans hope the club will one day win the cup.",
                                  "The archive could eventually one day open to the public.",
                                  "The coach said she hoped he one day play for the national side.",
                                  "We one day mean to sail around the cape."])
def test_one_day_after_a_modal_or_its_subject_is_some_future_day(text: str) -> None:
    c = _one(text, "one day", "date")
    assert (c.text, c.value.value) == ("one day", "FUTURE_REF")


@pytest.mark.parametrize("text", ["The fair lasted one day.", "The court gave them one day to reply."])
def test_one_day_as_a_length_stays_a_length(text: str) -> None:
    assert _one(text, "one day", "duration").value.value == "P1D"


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        # a modal of possibility or a future verb with a season already over: the next one
        ("The trustee said the first refunds could be mailed in the spring.", "spring", "2024-10-09", "2025-SP"),
        ("The first refunds could be mailed in the spring, the trustee said.", "spring", "2024-10-09", "2025-SP"),
        ("The ferry will resume sailing in the summer.", "summer", "2024-10-09", "2025-SU"),
        ("The quarry might reopen in the fall.", "fall", "2024-12-02", "2025-FA"),
        ("The quarry may reopen in March.", "March", "2024-10-09", "2025-03"),
        # a season not over yet, or one told in the past, stays in the reference year
        ("The ferry will resume sailing in the summer.", "summer", "2024-04-09", "2024-SU"),
        ("The ferry stopped sailing in the summer.", "summer", "2024-10-09", "2024-SU"),
        # a past clause with a season not yet begun: the last one
        ("The ferry stopped sailing in the summer.", "summer", "2024-03-02", "2023-SU"),
        # "could have" looks back
        ("Prices could have peaked in March.", "March", "2024-10-09", "2024-03"),
    ],
)
def test_a_season_or_month_after_a_modal_looks_ahead(text: str, needle: str, published: str, value: str) -> None:
    assert _one(text, needle, "date", published).value.value == value


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        ("The bakery closed its doors in March 2021. Its owner moved to Lisbon that June.", "June", "that June",
         "2021-06"),
        ("The dam burst in 2017. That summer, the valley's farms stood empty.", "summer", "That summer", "2017-SU"),
        ("The mine shut in 2016. Later that spring, the miners left.", "spring", "that spring", "2016-SP"),
    ],
)
def test_that_month_or_season_is_of_the_year_told(text: str, needle: str, extent: str, value: str) -> None:
    c = _one(text, needle, "date", "2024-10-09")
    assert c.text == extent and c.value.value == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the first such season after the date told, or the last before it
        ("The mill strike began in 2015 and ended the following spring.", "the following spring", "2016-SP"),
        ("The mill strike began in March 2015 and ended the following fall.", "the following fall", "2015-FA"),
        ("The mill strike began in October 2015 and ended the following fall.", "the following fall", "2016-FA"),
        ("The mill shut in October 2015 after a drought the previous summer.", "the previous summer", "2015-SU"),
        ("The mill shut in May 2015 after floods the preceding winter.", "the preceding winter", "2014-WI"),
    ],
)
def test_the_following_or_previous_season_steps_from_the_date_told(text: str, extent: str, value: str) -> None:
    c = _one(text, extent.split()[-1], "date", "2024-10-09")
    assert (c.text, c.value.value) == (extent, value)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # 2024-10-09: the year named after the month (and day) is its year, not the one nearest the story
        ("The toll took effect Jan. 1 last year.", "Jan. 1 last year", "2023-01-01"),
        ("The bridge opened in June of last year.", "June of last year", "2023-06"),
        ("The levy rises on Feb. 1 of next year.", "Feb. 1 of next year", "2025-02-01"),
    ],
)
def test_a_month_of_the_year_named_after_it(text: str, extent: str, value: str) -> None:
    c = _one(text, extent.split()[0], "date", "2024-10-09")
    assert (c.text, c.value.value) == (extent, value)


def test_a_possessive_year_after_a_day_is_no_year_of_it() -> None:
    found = [c.text for c in claims_of("The mayor said on Jan. 5 last year's tolls fell.", "2024-10-09")
             if c.kind == "date"]
    assert found == ["Jan. 5", "last year"]


def test_that_opening_a_clause_or_a_verb_is_no_demonstrative() -> None:
    text = "In 2019 the mill moved. Its owner said that April orders fell."
    c = _one(text, "April", "date", "2024-10-09")
    assert c.text == "April" and c.value.value == "2024-04"
    found = [text[t.start:t.end] for t in find_timexes("Shares that fall sharply are sold first.")]
    assert found == []


@pytest.mark.parametrize(("text", "extent", "value"), [
    ("Okoro won the 5,000 metres in 13:02.45 on Friday.", "13:02.45", "PT13M2.45S"),
    ("She reached halfway in 4:58.1, well inside the pace.", "4:58.1", "PT4M58.1S"),
    ("The winner crossed the line in 2:06:11.8.", "2:06:11.8", "PT2H6M11.8S"),
])
def test_a_race_time_with_hundredths_is_a_duration(text: str, extent: str, value: str) -> None:
    c = _one(text, extent, "duration", "2024-10-09")
    assert c.text == extent and c.value.value == value


def test_a_clock_time_without_a_fraction_is_no_race_time() -> None:
    assert not [c for c in claims_of("The tremor struck at 14:28 local time.") if c.kind == "duration"]


def test_recognisers_sharing_one_search_find_each_kind() -> None:
    """"until then", "for a while" and "the latest year" share the search of neighbouring words
    ("until recently", "for weeks", "for the year"): each branch still finds its own, only as written."""
    from claimtrack.extract.timex import find_timexes

    text = ("Until recently the quay was busy; until then it was idle for weeks and for a while after. "
            "Fees for the year rose, as in THE MOST RECENT YEAR, but not for THE YEAR.")
    got = [(text[t.start:t.end], t.type) for t in find_timexes(text)]
    assert got == [("Until recently", "DATE"), ("then", "DATE"), ("weeks", "DURATION"), ("a while", "DURATION"),
                   ("the year", "DATE"), ("THE MOST RECENT YEAR", "DATE")]


_LEAD_PIECES = ["the", "board", "meets", "met", "is", "voting", "will", "not", "resume", "said", "early", "late", "on",
                "quietly", "Meets", "hearing", "fled", "travels", "n't", "’s", "a", "\n", ",", "2", "x", "four",
                "700", "dozens", "flights", "seats", "was", "this", "extra-long", "s"]


@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=10), st.sampled_from([" ", "  ", "\n", "", " \n"]))
def test_a_search_gated_by_its_ending_finds_what_the_search_finds(pieces: list[str], tail: str) -> None:
    """The words before a weekday (or a length) are searched only when they end as a match can: same matches."""
    from claimtrack.extract import timex

    text = " ".join(pieces) + tail + "Friday"
    hi = len(text) - len("Friday")
    for pattern, endings, reach in ((timex._PAST_VERB_BEFORE, timex._PAST_VERB_ENDINGS, 24),
                                    (timex._SCHEDULED_BEFORE, timex._SCHEDULED_ENDINGS, 40),
                                    (timex._COUNTED_BEFORE, ("s",), 40)):
        lo = max(0, hi - reach)
        plain = pattern.search(text, lo, hi)
        gated = timex._search_ending(pattern, endings, text, lo, hi)
        assert (gated and gated.span()) == (plain and plain.span())

@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what someone agreed, promised or vowed to do lies ahead of the reference date (Wed 13 May 2026)
        ("Union leaders agreed to sit down with a mediator on Thursday.", "2026-05-14"),
        ("The minister promised to publish the report on Friday, aides said.", "2026-05-15"),
        # a past verb with no promise in it still points back
        ("The board decided to resign on Thursday.", "2026-05-07"),
        ("The pair agreed on Thursday to meet again.", "2026-05-07"),
    ],
)
def test_an_infinitive_after_a_promise_looks_ahead(text: str, value: str) -> None:
    assert _one(text, "Thursday" if "Thursday" in text else "Friday", "date", "2026-05-13").value.value == value
