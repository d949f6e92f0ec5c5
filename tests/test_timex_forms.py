"""Date and duration forms added for TimeML coverage: quarters, vague references, year modifiers,
extents of "the past N units", compact durations."""

from __future__ import annotations

import pytest
from conftest import claim_at, claims_of

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
    ],
)
def test_the_quarter_of_a_results_story_is_the_last_completed_one(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "date", "2023-08-02")
    assert c.text == needle
    assert c.value.value == value


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
    ],
)
def test_vague_time_references(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "date")
    assert c.text == needle
    assert c.value.value == value


def test_right_now_is_now() -> None:
    assert _one("Right now the ferry is late.", "now", "date").text == "now"


@pytest.mark.parametrize("text", ["The firm is a now-defunct carrier.", "Snowfall was heavy."])
def test_now_inside_other_words_is_not_a_date(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


def test_the_past_before_a_length_is_part_of_the_length() -> None:
    c = _one("Fares doubled over the past three years.", "three years", "duration")
    assert c.text == "the past three years"
    assert c.value.value == "P3Y" and c.value.mod is None


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


def test_fiscal_year_extent() -> None:
    c = _one("Sales fell in fiscal 2022.", "2022", "date")
    assert c.text == "fiscal 2022" and c.value.value == "2022"


# --- extents -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "extent", "mod"),
    [
        ("The vote is expected early next week.", "next week", "early next week", "START"),
        ("Rain fell late last month.", "last month", "late last month", "END"),
        ("Talks began earlier this week.", "this week", "this week", None),
        ("The mayor spoke late yesterday.", "yesterday", "late yesterday", "END"),
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
        ("Wait another hour, please.", "another hour", "PT1H"),
        ("The hearing lasted an hour and half.", "an hour and half", "PT1.5H"),
        ("The hearing lasted one and a half hours.", "one and a half hours", "PT1.5H"),
        ("The study ran one and a quarter years.", "one and a quarter years", "P1.25Y"),
        ("The bus ride took 3 1/2 hours.", "3 1/2 hours", "PT3.5H"),
        ("Book a ½ hour slot.", "½ hour", "PT0.5H"),
        ("They took a half hour break.", "half hour", "PT0.5H"),
        ("Guests stayed two nights at the inn.", "two nights", "P2D"),
        ("The team will be away for a couple of weeks.", "a couple of weeks", "P2W"),
    ],
)
def test_duration_forms(text: str, needle: str, value: str) -> None:
    c = _one(text, needle, "duration")
    assert c.text == needle
    assert c.value.value == value


@pytest.mark.parametrize("text", ["The studio prints 3D models.", "Full-year results beat forecasts."])
def test_look_alikes_are_not_durations(text: str) -> None:
    assert not [t for t in find_timexes(text) if t.type == "DURATION"]


def test_or_more_than_starts_a_new_length() -> None:
    text = "Calls lasting less than 2 hours or more than 4 days were flagged."
    c = _one(text, "2 hours", "duration")
    assert c.text == "less than 2 hours"


# --- tense around weekdays -----------------------------------------------------------------------


def test_a_weekday_right_after_a_past_verb_is_past_despite_a_forecast() -> None:
    # 2023-06-14 is a Wednesday; the sentence speaks of the future, but "said Monday" already happened
    c = _one("The minister said Monday that the bridge would reopen.", "Monday", "date")
    assert c.value.value == "2023-06-12"


def test_a_scheduled_weekday_stays_in_the_future() -> None:
    c = _one("The vote will be held as scheduled Friday.", "Friday", "date")
    assert c.value.value == "2023-06-16"


def test_capitalised_last_before_a_month() -> None:
    c = _one("Last April, the mill closed.", "April", "date", "2023-06-14")
    assert c.text == "Last April" and c.value.value == "2023-04"
