"""Dates and durations: recognition, TIMEX3 values, mods and extents."""

from __future__ import annotations

import re

import pytest
from conftest import claim_at, claims_of, duration_seconds

from claimtrack.model import TimeValue

# --- absolute and partial dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        ("The ceremony took place on June 19, 2023, in the capital.", "June 19, 2023", "2023-06-14", "2023-06-19"),
        ("The ceremony took place on June 19, 2023, in the capital.", "June 19, 2023", None, "2023-06-19"),
        ("The filing deadline is Oct. 30, the clerk said.", "Oct. 30", None, "XXXX-10-30"),
        ("The filing deadline passed on Oct. 30, the clerk said.", "Oct. 30", "2022-11-01", "2022-10-30"),
        ("The plant was shut in 2019 after a fire.", "2019", "2023-06-14", "2019"),
        ("She has run the agency since October 2018.", "October 2018", "2023-06-14", "2018-10"),
    ],
)
def test_calendar_dates(text: str, needle: str, published: str | None, value: str) -> None:
    c = claim_at(text, needle, "date", published=published)
    assert isinstance(c.value, TimeValue)
    assert c.value.type == "DATE"
    assert c.value.value == value


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        ("The summit ran October 26-27 in a coastal city.", "October 26-27", None, "XXXX-10-26/XXXX-10-27"),
        ("Polls stayed open between June 16 and 21 across the region.", "June 16 and 21", "2023-06-14",
         "2023-06-16/2023-06-21"),
        ("Polls stayed open between June 16 and 21 across the region.", "June 16 and 21", None,
         "XXXX-06-16/XXXX-06-21"),
    ],
)
def test_date_ranges_are_intervals(text: str, needle: str, published: str | None, value: str) -> None:
    c = claim_at(text, needle, "date", published=published)
    assert c.value.value == value
    assert c.text == needle


def test_early_month_has_start_mod() -> None:
    c = claim_at("Planting began in early February this season.", "early February", "date", published=None)
    assert c.value.value == "XXXX-02"
    assert c.value.mod == "START"
    assert c.text == "early February"


# --- weekdays and weekends ----------------------------------------------------------------------


def test_weekday_without_reference_is_unanchored() -> None:
    c = claim_at("The minister arrived on Wednesday.", "Wednesday", "date", published=None)
    assert c.value.value == "XXXX-WXX-3"


def test_weekday_in_past_sentence_is_the_one_before_reference() -> None:
    # 2023-06-16 is a Friday; the Wednesday before it is 2023-06-14
    c = claim_at("The minister arrived on Wednesday.", "Wednesday", "date", published="2023-06-16")
    assert c.value.value == "2023-06-14"


def test_weekday_in_future_sentence_is_the_next_one() -> None:
    # from Friday 2023-06-16, the coming Monday is 2023-06-19
    c = claim_at("The minister will visit the port on Monday.", "Monday", "date", published="2023-06-16")
    assert c.value.value == "2023-06-19"


@pytest.mark.parametrize(
    ("published", "value"),
    [
        ("2023-06-19", "2023-W24-WE"),  # Monday after the weekend of June 17-18 (ISO week 24)
        ("2023-06-14", "2023-W23-WE"),  # a Wednesday: the weekend before was June 10-11 (week 23)
    ],
)
def test_over_the_weekend(published: str, value: str) -> None:
    text = "Crews worked over the weekend to clear the road."
    c = claim_at(text, "weekend", "date", published=published)
    assert "WE" in c.value.value
    assert re.fullmatch(r"\d{4}-W\d{2}-WE", c.value.value)
    assert c.value.value == value
    assert not c.text.startswith("over")


# --- relative to the reference date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        ("The index fell sharply last November.", "last November", "2023-10-27", "2022-11"),
        ("The index fell sharply last November.", "last November", "2023-12-02", "2023-11"),
        ("The plant reopens next month.", "next month", "2022-10-30", "2022-11"),
        ("The plant reopens next month.", "next month", "2022-12-05", "2023-01"),
        ("Revenue grew last year.", "last year", "2023-06-14", "2022"),
        ("Revenue grew last year.", "last year", "2020-01-05", "2019"),
        ("Prices have climbed earlier this year.", "earlier this year", "2023-06-14", "2023"),
        ("Prices have climbed earlier this year.", "earlier this year", "2021-03-01", "2021"),
    ],
)
def test_relative_to_reference(text: str, needle: str, published: str, value: str) -> None:
    c = claim_at(text, needle, "date", published=published)
    assert c.value.value == value


def test_about_n_years_ago_is_an_approximate_date() -> None:
    c = claim_at("The two councils last met about three years ago.", "three years ago", published="2023-06-14")
    assert c.kind == "date"
    assert c.value.value == "2020"
    assert c.value.mod == "APPROX"


# --- relative to the narrative time -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The firm filed for protection on March 3, 2021. Sales had slumped the previous month.",
         "the previous month", "2021-02"),
        ("The office opened on Jan. 12, 2022. Hiring had started the previous month.",
         "the previous month", "2021-12"),
        ("The storm came ashore on June 3, 2023. Two days later, power returned to the valley.",
         "Two days later", "2023-06-05"),
    ],
)
def test_relative_to_narrative_time(text: str, needle: str, value: str) -> None:
    c = claim_at(text, needle, "date", published="2023-06-14")
    assert c.value.value == value


def test_narrative_time_not_reference_for_two_days_later() -> None:
    # the reference date is far from the narrative date: "later" must count from the story's date
    text = "The storm came ashore on June 3, 2023. Two days later, power returned to the valley."
    c = claim_at(text, "Two days later", "date", published="2023-09-30")
    assert c.value.value == "2023-06-05"


# --- extents ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "expected_text"),
    [
        ("The talks collapsed on Monday.", "Monday", "Monday"),
        ("The ministers met in Oslo on June 19, 2023.", "June 19, 2023", "June 19, 2023"),
        ("The dispute had dragged on for about three years.", "three years", "about three years"),
        ("The hearing lasted more than seven hours.", "seven hours", "more than seven hours"),
        ("Planting began in early February.", "February", "early February"),
    ],
)
def test_timex_extent(text: str, needle: str, expected_text: str) -> None:
    c = claim_at(text, needle)
    assert c.kind in ("date", "duration")
    assert c.text == expected_text
    assert text[c.start:c.end] == expected_text


# --- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "value", "mod"),
    [
        ("The two leaders spoke for about 35 minutes.", "35 minutes", "PT35M", "APPROX"),
        ("They held a seven-hour meeting with local officials.", "seven-hour", "PT7H", None),
        ("The hearing lasted more than seven hours.", "seven hours", "PT7H", "MORE_THAN"),
        ("She set off on a two-day trip to the border.", "two-day", "P2D", None),
        ("Rescuers searched the ruins for several hours.", "several hours", "PTXH", None),
        ("Visitors may stay for no more than 180 days.", "180 days", "P180D", "EQUAL_OR_LESS"),
        ("Repairs will take at least a month.", "a month", "P1M", "EQUAL_OR_MORE"),
        ("The winner crossed the line in 2 hours, 4 minutes and 12 seconds.", "2 hours", "PT2H4M12S", None),
    ],
)
def test_durations(text: str, needle: str, value: str, mod: str | None) -> None:
    c = claim_at(text, needle, "duration")
    assert c.value.type == "DURATION"
    assert c.value.value == value
    assert c.value.mod == mod


def test_compound_duration_is_one_claim() -> None:
    text = "The winner crossed the line in 2 hours, 4 minutes and 12 seconds."
    durations = [c for c in claims_of(text) if c.kind == "duration"]
    assert len(durations) == 1
    assert durations[0].text == "2 hours, 4 minutes and 12 seconds"


def test_half_an_hour_means_thirty_minutes() -> None:
    c = claim_at("The vote took half an hour.", "half an hour", "duration")
    assert c.value.value in ("PT0.5H", "PT30M")
    assert duration_seconds(c.value.value) == 30 * 60


def test_durations_are_not_dates() -> None:
    claims = claims_of("The hearing lasted more than seven hours.")
    assert [c.kind for c in claims] == ["duration"]
