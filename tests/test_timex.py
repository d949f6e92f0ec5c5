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
    ("text", "dates", "published", "values"),
    [
        ("The summit ran October 26-27 in a coastal city.", ("October 26", "27"), None,
         ("XXXX-10-26", "XXXX-10-27")),
        ("Polls stayed open between June 16 and 21 across the region.", ("June 16", "21"), "2023-06-14",
         ("2023-06-16", "2023-06-21")),
        ("Polls stayed open between June 16 and 21 across the region.", ("June 16", "21"), None,
         ("XXXX-06-16", "XXXX-06-21")),
        ("The harbour festival is on May 8 and 9, 2027, the organisers said.", ("May 8", "9, 2027"), "2026-11-02",
         ("2027-05-08", "2027-05-09")),
        ("Orders placed from Feb. 3 to March 14 were delayed.", ("Feb. 3", "March 14"), "2023-06-14",
         ("2023-02-03", "2023-03-14")),
        ("The runoff falls on Sept. 9 or 10, the electoral board said.", ("Sept. 9", "10"), "2023-06-14",
         ("2023-09-09", "2023-09-10")),
        ("Storms closed the port on 3 and 4 June.", ("3", "4 June"), "2023-06-14", ("2023-06-03", "2023-06-04")),
        ("The book fair runs 14-16 March 2025 in Tarrow.", ("14", "16 March 2025"), "2024-11-02",
         ("2025-03-14", "2025-03-16")),
    ],
)
def test_date_ranges_are_one_claim_per_date(text: str, dates: tuple[str, str], published: str | None,
                                            values: tuple[str, str]) -> None:
    """Each date of a range is a TIMEX3 of its own, as TimeML annotates "April 24 and 25"; the second
    borrows the month and year it does not say, and both keep the whole range for comparisons."""
    claims = [c for c in claims_of(text, published) if c.kind == "date"]
    assert [c.text for c in claims] == list(dates)
    assert [c.value.value for c in claims] == list(values)
    assert {c.value.range for c in claims} == {"/".join(values)}
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize("text", ["The launch was called off on May 9 and May 11, the agency said.",
                                  "Trains stopped on 9 and 11 May as drivers walked out."])
def test_days_listed_apart_are_two_dates_with_no_range_between(text: str) -> None:
    """"May 9 and May 11" are two days: neither claim stands for the 10th ("April 24 and 25" still spans both)."""
    claims = [c for c in claims_of(text, "2025-06-01") if c.kind == "date"]
    assert [c.value.value for c in claims] == ["2025-05-09", "2025-05-11"]
    assert [c.value.range for c in claims] == [None, None]


def test_a_number_after_a_day_and_or_is_no_second_day() -> None:
    """"on March 2 or 3 percent": the 3 is an amount, not the 3rd of March."""
    claims = claims_of("Bond yields rose 4% on March 2 or 3 percent by some counts.", "2023-06-14")
    assert [(c.kind, c.text) for c in claims if c.kind in ("date", "percent")] == [
        ("percent", "4%"), ("date", "March 2"), ("percent", "3 percent")]


def test_second_of_two_decades_starts_at_its_digits() -> None:
    claims = [c for c in claims_of("Fares doubled in the 1970s and 1980s.", "2023-06-14") if c.kind == "date"]
    assert [(c.text, c.value.value) for c in claims] == [("the 1970s", "197"), ("1980s", "198")]


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


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a Friday: the weekend a trade is made "ahead of" is the one to come
        ("Dealers trimmed their bets ahead of the weekend.", "2023-06-16", "2023-W24-WE"),
        ("Dealers trimmed their bets before the weekend.", "2023-06-14", "2023-W24-WE"),
        ("Crews worked over the weekend to clear the road.", "2023-06-16", "2023-W23-WE"),
    ],
)
def test_ahead_of_the_weekend_is_the_coming_one(text: str, published: str, value: str) -> None:
    assert claim_at(text, "weekend", "date", published=published).value.value == value


# --- relative to the reference date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "published", "value"),
    [
        ("The index fell sharply last November.", "last November", "2023-10-27", "2022-11"),
        # news says "last month" or "in November" for the month just gone: "last November" is a year back
        ("The index fell sharply last November.", "last November", "2023-12-02", "2022-11"),
        ("The index fell sharply last June.", "last June", "2023-12-02", "2023-06"),
        ("The index fell sharply last February.", "last February", "2024-03-01", "2023-02"),
        ("The index fell sharply last March.", "last March", "2024-03-20", "2023-03"),
        ("The index fell sharply last January.", "last January", "2024-03-20", "2024-01"),
        ("The index fell sharply last December.", "last December", "2024-01-08", "2023-12"),
        ("The index fell sharply this past February.", "this past February", "2024-03-01", "2024-02"),
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


@pytest.mark.parametrize(
    ("text", "extent", "value", "mod", "high"),
    [
        ("The ferry will sail again within two to three weeks.", "two to three weeks", "P2W", "EQUAL_OR_MORE", "P3W"),
        ("Crews need three or four days to clear the line.", "three or four days", "P3D", "EQUAL_OR_MORE", "P4D"),
        ("The judge may impose between five and 10 years.", "five and 10 years", "P5Y", "EQUAL_OR_MORE", "P10Y"),
        ("Boarding takes 10-15 minutes at the gate.", "10-15 minutes", "PT10M", "EQUAL_OR_MORE", "PT15M"),
        ("The board expects to hire over the next 12 to 18 months.", "the next 12 to 18 months", "P12M",
         "EQUAL_OR_MORE", "P18M"),
        ("The climb took about two to three hours.", "about two to three hours", "PT2H", "APPROX", "PT3H"),
        ("A ruling could come in a day or two, the clerk said.", "a day or two", "P1D", "EQUAL_OR_MORE", "P2D"),
        ("The count may take about a week or two.", "about a week or two", "P1W", "APPROX", "P2W"),
    ],
)
def test_a_range_of_lengths_is_one_duration(text: str, extent: str, value: str, mod: str, high: str) -> None:
    """TimeML gives a range its lower end and EQUAL_OR_MORE; the upper end is kept beside it, and the
    signal before the range ("within", "over", "between") stays outside the extent."""
    [c] = [c for c in claims_of(text) if c.kind == "duration"]
    assert (c.text, c.value.value, c.value.mod, c.value.high) == (extent, value, mod, high)


@pytest.mark.parametrize("text", ["The home side won 3-2 days before the final.",
                                  "It's between two to six days for each patient.",
                                  "The plan needs a week or two more of talks.",
                                  "The race took a day or two weeks, reports differ."])
def test_what_is_no_range_of_lengths_keeps_its_one_length(text: str) -> None:
    """A falling pair ("3-2", a score) is no range, and "between" wants "and" to join the two ends."""
    assert all(c.value.high is None for c in claims_of(text) if c.kind in ("date", "duration"))


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The mill closed two or three years ago.", "two or three years ago", "2020/2021"),
        ("The mill closed a year or two ago.", "a year or two ago", "2021/2022"),
        ("The barge docked on June 2. Two to three days later it sailed.", "Two to three days later",
         "2023-06-04/2023-06-05"),
    ],
)
def test_a_range_of_lengths_before_ago_or_later_is_a_range_of_dates(text: str, extent: str, value: str) -> None:
    """"two or three years ago" is neither two years ago alone nor three: every date between."""
    c = claim_at(text, extent, "date")
    assert (c.text, c.value.value) == (extent, value)


def test_half_an_hour_means_thirty_minutes() -> None:
    c = claim_at("The vote took half an hour.", "half an hour", "duration")
    assert c.value.value in ("PT0.5H", "PT30M")
    assert duration_seconds(c.value.value) == 30 * 60


def test_durations_are_not_dates() -> None:
    claims = claims_of("The hearing lasted more than seven hours.")
    assert [c.kind for c in claims] == ["duration"]


# --- machine-written and numeric dates, clock times with seconds -----------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "extent", "value"),
    [
        # an ISO timestamp is the day at that time, not a length of 20 hours; the zone is dropped
        ("The sensor logged 2019-05-21T20:16:26Z before it failed.", "2019-05-21", "2019-05-21T20:16:26Z",
         "2019-05-21T20:16:26"),
        ("Entry 2019-05-21T07:04:08.250+02:00 was the last.", "2019-05-21", "2019-05-21T07:04:08.250+02:00",
         "2019-05-21T07:04:08"),
        ("The backup ran 2019-05-21 23:40 as planned.", "2019-05-21", "2019-05-21 23:40", "2019-05-21T23:40"),
        # a Unix-style stamp: weekday, month, day, clock, zone, year
        ("Sent: Tue May 21 09:30:00 CEST 2019", "May 21", "Tue May 21 09:30:00 CEST 2019", "2019-05-21T09:30:00"),
    ],
)
def test_timestamps_are_dates_at_a_time(text: str, needle: str, extent: str, value: str) -> None:
    c = claim_at(text, needle, "date")
    assert (c.text, c.value.value) == (extent, value)
    assert not [d for d in claims_of(text) if d.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The permit was issued 07-23-2018 by the county.", "07-23-2018", "2018-07-23"),
        # a first number over 12 can only be the day
        ("The permit was issued 23/07/2018 by the county.", "23/07/2018", "2018-07-23"),
        ("Valid from 30/09/2017 to 29/09/2018.", "29/09/2018", "2018-09-29"),
        # both 12 or under: the month first, the order the engine already reads for slashes
        ("The permit was issued 7/8/2018 by the county.", "7/8/2018", "2018-07-08"),
        # dotted dates are written day first
        ("The permit was issued 07.08.2018 by the county.", "07.08.2018", "2018-08-07"),
    ],
)
def test_numeric_dates(text: str, needle: str, value: str) -> None:
    c = claim_at(text, needle, "date")
    assert (c.text, c.value.value) == (needle, value)


@pytest.mark.parametrize("text", ["The home side won 3-2-1 on aggregate.", "Use code 12-5-22 at checkout."])
def test_dashed_numbers_without_a_full_year_are_not_dates(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        ("The lease ran from september 9th 2004 to april 2 2009.", "september 9th 2004", "2004-09-09"),
        ("The lease ran from september 9th 2004 to april 2 2009.", "april 2 2009", "2009-04-02"),
        ("Witnessed this 3rd day of March, 2010, in Leeds.", "3rd day of March, 2010", "2010-03-03"),
    ],
)
def test_written_out_dates(text: str, needle: str, value: str) -> None:
    c = claim_at(text, needle, "date")
    assert needle in c.text and c.value.value == value


def test_a_lower_case_month_alone_is_no_date() -> None:
    assert not [c for c in claims_of("They may march in june if the rain stops.") if c.kind == "date"]


@pytest.mark.parametrize(
    ("text", "needle", "kind", "value"),
    [
        # a time of day: two-digit hours as clocks write them, or after "at"
        ("The reactor tripped at 3:12:45 and again 14:02:10.", "3:12:45", "date", "XXXX-XX-XXT03:12:45"),
        ("The reactor tripped at 3:12:45 and again 14:02:10.", "14:02:10", "date", "XXXX-XX-XXT14:02:10"),
        # a time taken: a race or an elapsed time
        ("Okoro finished in 2:07:41, a course record.", "2:07:41", "duration", "PT2H7M41S"),
        ("Her 2:21:05 course record still stands.", "2:21:05", "duration", "PT2H21M05S"),
        ("1. Okoro (KEN) 2:07:41", "2:07:41", "duration", "PT2H7M41S"),
    ],
)
def test_clock_time_or_time_taken(text: str, needle: str, kind: str, value: str) -> None:
    c = claim_at(text, needle, kind, published=None)
    assert (c.text, c.value.value) == (needle, value)
