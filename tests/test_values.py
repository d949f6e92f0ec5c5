"""claimtrack/values.py (what values mean, as ranges) and the basics of facts.same_fact."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from claimtrack.facts import Aliases, same_fact, view
from claimtrack.model import About, Attribution, Claim, Quantity, QuoteValue, TimeValue
from claimtrack.values import (
    DateMeaning,
    Span,
    compare_dates,
    date_meaning,
    duration_span,
    precision,
    quantity_span,
    with_mod,
)

D = dt.date


def date(value: str, mod: str | None = None) -> DateMeaning:
    meaning = date_meaning(TimeValue("DATE", value, mod))
    assert meaning is not None, value
    return meaning


def duration(value: str, mod: str | None = None) -> Span:
    span = duration_span(TimeValue("DURATION", value, mod))
    assert span is not None, value
    return span


def _lhe(span):
    """A span as (low, high, exact): what the tests care about."""
    return (span.low, span.high, span.exact)


# ----------------------------------------------------------------------------- precision
@pytest.mark.parametrize(("amount", "expected"), [
    (212, 0.5),          # docstring: an exact integer
    (50000, 0.5),        # a written-out round number may be exact: rounding is said with a mod
    (48000, 0.5),
    (3100, 0.5),
    (4_200_000_000, 50_000_000),  # a sum written with a scale word: "4.2 billion"
    (10_000_000, 500_000),        # "10 million" keeps two significant digits: "14 million" is another sum
    (1_000_000_000, 50_000_000),  # "1 billion" is not "1.4 billion"
    (38.5, 0.05),
    (2.25, 0.005),
    (0, 0.5),
    (7, 0.5),
])
def test_precision(amount: float, expected: float) -> None:
    assert precision(amount) == pytest.approx(expected)


def test_precision_of_a_decimal_billion() -> None:
    """The docstring's own example, and README's "4.2 billion is 4.15-4.25 billion"."""
    assert precision(4.2e9) == pytest.approx(0.05e9)
    span = quantity_span(Quantity(4.2e9, "USD"))
    assert span.low == pytest.approx(4.15e9) and span.high == pytest.approx(4.25e9)


def test_a_round_sum_with_a_scale_word_does_not_reach_the_next_sum() -> None:
    """A pledge of "€10 million" raised to "€14 million": the two sums disagree."""
    ten, fourteen = quantity_span(Quantity(1e7, "EUR")), quantity_span(Quantity(1.4e7, "EUR"))
    assert not ten.overlaps(fourteen)
    assert ten.overlaps(quantity_span(Quantity(1.02e7, "EUR")))  # "10.2 million" rounds to "10 million"


# ----------------------------------------------------------------------------- with_mod
def test_with_mod_exact() -> None:
    assert _lhe(with_mod(35, None, 0.5)) == (34.5, 35.5, True)
    assert _lhe(with_mod(35, "EQUAL", 0.5)) == (34.5, 35.5, True)


def test_with_mod_approx_is_fifteen_percent_and_not_exact() -> None:
    span = with_mod(100, "APPROX", 0.5)
    assert (span.low, span.high, span.exact) == (pytest.approx(85), pytest.approx(115), False)
    # the rounding wins when it is wider than 15%
    assert _lhe(with_mod(2, "APPROX", 0.5)) == (1.5, 2.5, False)


def test_about_a_percentage_reaches_a_tenth_or_a_point() -> None:
    """"about 12 percent" is 10.8-13.2: it does not reach "10 percent", and "about 3 percent" reaches 2-4."""
    span = quantity_span(Quantity(12, "%", "APPROX"))
    assert (span.low, span.high) == (pytest.approx(10.8), pytest.approx(13.2))
    assert not span.overlaps(quantity_span(Quantity(10, "%")))
    assert _lhe(quantity_span(Quantity(3, "%", "APPROX"))) == (2, 4, False)
    # other figures keep 15 percent
    assert quantity_span(Quantity(100, "homes", "APPROX")).low == pytest.approx(85)


def test_about_a_number_of_two_digits_reaches_five_percent_or_half_its_last_digit() -> None:
    """"about 340,000" is a number rounded to ten thousands: 312,000 would have been "about 310,000"."""
    span = quantity_span(Quantity(340_000, "vehicles", "APPROX"))
    assert (span.low, span.high) == (pytest.approx(323_000), pytest.approx(357_000))
    assert not span.overlaps(quantity_span(Quantity(312_000, "vehicles")))
    assert span.overlaps(quantity_span(Quantity(351_500, "vehicles")))
    # "about 1.2 million" still holds 1,204,311; "about 35" holds 36 and not 38
    assert quantity_span(Quantity(1_200_000, "votes", "APPROX")).overlaps(quantity_span(Quantity(1_204_311, "votes")))
    about_35 = quantity_span(Quantity(35, "people", "APPROX"))
    assert about_35.overlaps(quantity_span(Quantity(36, "people")))
    assert not about_35.overlaps(quantity_span(Quantity(38, "people")))


def test_with_mod_bounds() -> None:
    assert _lhe(with_mod(7, "MORE_THAN", 0.5)) == (7, math.inf, False)
    assert _lhe(with_mod(7, "EQUAL_OR_MORE", 0.5)) == (6.5, math.inf, False)
    assert _lhe(with_mod(7, "EQUAL_OR_LESS", 0.5)) == (0, 7.5, False)
    less = with_mod(10, "LESS_THAN", 0.5)
    assert less.high == 10 and less.low < 10 and not less.exact


@pytest.mark.parametrize(("span", "inside", "outside"), [
    # "just over six metres": 6 to 6.6, never 6.8
    (with_mod(6, "MORE_THAN", 0.5, near=1), 6.4, 6.8),
    # "nearly 2.9 tonnes": 2.8 to 2.9, never 2.58
    (with_mod(2.9, "LESS_THAN", 0.05, near=0.1), 2.85, 2.58),
    # "nearly 62,000": 61,000 to 62,000
    (quantity_span(Quantity(62000, "people", "LESS_THAN"), near=True), 61500, 59000),
    # "almost four years": 3.6 to 4 years
    (duration_span(TimeValue("DURATION", "P4Y", "LESS_THAN"), near=True), 3.8 * 365.25 * 86400,
     3 * 365.25 * 86400),
])
def test_a_bound_said_to_be_near_stays_close_to_its_number(span: Span, inside: float, outside: float) -> None:
    assert span.low <= inside <= span.high and not span.low <= outside <= span.high and span.how == "bound"


def test_with_mod_unknown_value() -> None:
    assert _lhe(with_mod(None, None, 0.5)) == (0, math.inf, False)


def test_span_relations() -> None:
    assert Span(1, 3).overlaps(Span(2.9, 5)) and not Span(1, 3).overlaps(Span(3.1, 5))
    # ranges that only touch share no value: 3 (2.5-3.5) and 4 (3.5-4.5) differ
    assert not Span(2.5, 3.5).overlaps(Span(3.5, 4.5))
    assert Span(3, 3).overlaps(Span(2.5, 3.5)) and Span(3.5, 3.5).overlaps(Span(2.5, 3.5))  # a point, edges included
    assert Span(1, 10).contains(Span(2, 3)) and not Span(2, 3).contains(Span(1, 10))


# ----------------------------------------------------------------------------- durations
def test_duration_minutes() -> None:
    assert _lhe(duration("PT35M")) == (35 * 60 - 30, 35 * 60 + 30, True)


def test_about_35_minutes_is_30_to_40_minutes() -> None:
    span = duration("PT35M", "APPROX")
    assert span.low <= 30 * 60 and span.high >= 40 * 60
    assert not span.exact
    assert span.contains(duration("PT35M"))


def test_more_than_seven_hours() -> None:
    span = duration("PT7H", "MORE_THAN")
    assert span.low == 7 * 3600 and span.high == math.inf and not span.exact
    assert span.overlaps(duration("PT7H"))
    assert not span.overlaps(duration("PT35M"))


def test_unknown_number_of_hours() -> None:
    span = duration("PTXH")
    assert (span.low, span.high, span.exact) == (2 * 3600, 9 * 3600, False)


def test_days() -> None:
    span = duration("P2D")
    assert span.low < 2 * 86400 < span.high and span.exact


@pytest.mark.parametrize(("value", "seconds"), [("PT2H4M12S", 2 * 3600 + 4 * 60 + 12), ("PT1H30M", 5400),
                                                ("PT2H5M3S", 2 * 3600 + 5 * 60 + 3)])
def test_compound_duration_is_as_precise_as_its_smallest_unit(value: str, seconds: int) -> None:
    """"2 hours, 4 minutes and 12 seconds" is exact to the second, not to the half hour."""
    span = duration(value)
    smallest = {"S": 1, "M": 60, "H": 3600}[value[-1]]
    assert span.low == pytest.approx(seconds - smallest / 2)
    assert span.high == pytest.approx(seconds + smallest / 2)


def test_compound_date_duration_counts_every_unit() -> None:
    """"three years and five months" is 41 months, not five: every unit of the date part adds up."""
    span = duration("P3Y5M")
    assert span.overlaps(duration("P41M"))
    assert not span.overlaps(duration("P5M"))
    assert duration("P1Y2D").low > 365 * 86400


def test_a_fraction_of_a_year_in_months_agrees_with_its_decimal() -> None:
    """"2 1/2 years" (P2Y6M) is "2.5 years" and "30 months", not "2 years and 3 months"."""
    span = duration("P2Y6M")
    assert span.overlaps(duration("P2.5Y")) and span.overlaps(duration("P30M"))
    assert not span.overlaps(duration("P2Y3M")) and not span.overlaps(duration("P2Y9M"))


def test_two_marathon_times_51_seconds_apart_do_not_overlap() -> None:
    assert not duration("PT2H4M12S").overlaps(duration("PT2H5M3S"))


def test_a_range_of_lengths_reaches_from_its_lower_end_to_its_upper_one() -> None:
    """"two to three weeks" (P2W, at least, up to P3W) holds two weeks and three, not four or one."""
    span = duration_span(TimeValue("DURATION", "P2W", "EQUAL_OR_MORE", high="P3W"))
    assert span is not None and span.how == "range"
    assert span.overlaps(duration("P2W")) and span.overlaps(duration("P3W"))
    assert not span.overlaps(duration("P4W")) and not span.overlaps(duration("P1W"))
    plain = duration_span(TimeValue("DURATION", "P10D", "EQUAL_OR_MORE", high="P15D"))
    about = duration_span(TimeValue("DURATION", "P10D", "APPROX", high="P15D"))  # "about 10 to 15 days"
    assert plain is not None and about is not None and about.low < plain.low and about.high > plain.high


def test_unreadable_duration() -> None:
    assert duration_span(TimeValue("DURATION", "soon")) is None


# ----------------------------------------------------------------------------- date_meaning
def test_day() -> None:
    assert date("2023-06-19") == DateMeaning(D(2023, 6, 19), D(2023, 6, 19), grain="day")
    assert date("2023-06-19T14:00").first == D(2023, 6, 19)


def test_month_and_year() -> None:
    june = date("2023-06")
    assert (june.first, june.last, june.grain) == (D(2023, 6, 1), D(2023, 6, 30), "month")
    year = date("2022")
    assert (year.first, year.last, year.grain) == (D(2022, 1, 1), D(2022, 12, 31), "year")
    assert date("2024-02").last == D(2024, 2, 29)
    assert date("2023-12").last == D(2023, 12, 31)


def test_part_of_a_month() -> None:
    early = date("2023-02", "START")
    assert early.first == D(2023, 2, 1) and early.last < D(2023, 2, 15)
    late = date("2023-02", "END")
    assert late.last == D(2023, 2, 28) and late.first > D(2023, 2, 14)


def test_range() -> None:
    r = date("2023-06-16/2023-06-21")
    assert (r.first, r.last) == (D(2023, 6, 16), D(2023, 6, 21))


def test_weeks_and_weekends() -> None:
    week = date("2023-W24")
    assert (week.first, week.last, week.grain) == (D(2023, 6, 12), D(2023, 6, 18), "week")
    weekend = date("2023-W24-WE")
    assert (weekend.first, weekend.last) == (D(2023, 6, 17), D(2023, 6, 18))
    assert date("2023-W24-3").first == D(2023, 6, 14)


def test_half_year_and_decade() -> None:
    h2 = date("2025-H2")
    assert (h2.first, h2.last) == (D(2025, 7, 1), D(2025, 12, 31))
    decade = date("202")
    assert (decade.first, decade.last) == (D(2020, 1, 1), D(2029, 12, 31))


def test_unanchored_values() -> None:
    wednesday = date("XXXX-WXX-3")
    assert not wednesday.anchored and wednesday.weekdays == frozenset({3})
    assert date("XXXX-WXX-WE").weekdays == frozenset({6, 7})
    november = date("XXXX-11")
    assert (november.month, november.day, november.anchored) == (11, None, False)
    oct30 = date("XXXX-10-30")
    assert (oct30.month, oct30.day) == (10, 30)


def test_values_without_a_checkable_meaning() -> None:
    assert date_meaning(TimeValue("DATE", "PAST_REF")) is None
    assert date_meaning(TimeValue("DATE", "FUTURE_REF")) is None
    assert date_meaning(TimeValue("DATE", "1959", "AFTER")) is None  # "post-1959"


# ----------------------------------------------------------------------------- compare_dates
def test_same_day_agrees() -> None:
    assert compare_dates(date("2023-06-19"), date("2023-06-19")) == ("agree", 0)


def test_weekday_agrees_with_a_date_that_falls_on_it() -> None:
    monday = date("XXXX-WXX-1")  # June 19, 2023 was a Monday
    assert compare_dates(monday, date("2023-06-19")) == ("agree", 0)
    assert compare_dates(date("2023-06-19"), monday) == ("agree", 0)


def test_weekday_a_day_off_is_a_one_day_conflict() -> None:
    assert compare_dates(date("XXXX-WXX-2"), date("2023-06-19")) == ("conflict", 1)
    assert compare_dates(date("XXXX-WXX-3"), date("XXXX-WXX-2")) == ("conflict", 1)
    assert compare_dates(date("XXXX-WXX-3"), date("XXXX-WXX-3")) == ("agree", 0)


def test_month_contains_a_day() -> None:
    assert compare_dates(date("2023-06"), date("2023-06-19")) == ("compatible", 0)
    assert compare_dates(date("XXXX-06"), date("2023-06-19")) == ("agree", 0)


def test_range_contains_a_date() -> None:
    assert compare_dates(date("2023-06-16/2023-06-21"), date("2023-06-19")) == ("compatible", 0)
    assert compare_dates(date("2023-06-16/2023-06-21"), date("2023-06-23"))[0] == "conflict"


def test_a_date_of_a_range_means_the_range() -> None:
    """The "25" of "April 24 and 25" is 1999-04-25 for TimeML, but a day of the range for comparisons."""
    part = TimeValue("DATE", "1999-04-25", range="1999-04-24/1999-04-25")
    assert compare_dates(date_meaning(part), date("1999-04-24")) == ("compatible", 0)
    assert compare_dates(date_meaning(part), date("1999-04-27"))[0] == "conflict"


def test_dates_one_day_apart() -> None:
    assert compare_dates(date("2023-06-13"), date("2023-06-14")) == ("conflict", 1)
    assert compare_dates(date("2023-06-14"), date("2023-06-13")) == ("conflict", 1)


def test_days_of_unknown_year() -> None:
    assert compare_dates(date("XXXX-10-30"), date("XXXX-10-26")) == ("conflict", 4)
    assert compare_dates(date("XXXX-10"), date("XXXX-11")) == ("conflict", None)
    assert compare_dates(date("XXXX-11"), date("XXXX-11-15")) == ("compatible", 0)


def test_weekend_and_sunday() -> None:
    assert compare_dates(date("2023-W24-WE"), date("XXXX-WXX-7")) == ("compatible", 0)


def test_undecidable() -> None:
    # "a Wednesday" against a whole year says nothing
    assert compare_dates(date("XXXX-WXX-3"), date("2023")) is None
    # "a November" against "a Wednesday"
    assert compare_dates(date("XXXX-11"), date("XXXX-WXX-3")) is None


# ----------------------------------------------------------------------------- facts.same_fact
def claim(source: str, kind: str, value, *, entities=(), event=None, participants=(), event_time=None,
          speaker: str | None = None) -> Claim:
    text = "x"
    return Claim(id=f"{source}:1", source=source, start=0, end=1, text=text, kind=kind, value=value,
                 sentence=(0, 1), attribution=Attribution(speaker) if speaker else None,
                 about=About(list(entities), event, list(participants)), event_time=event_time)


def same(a: Claim, b: Claim) -> bool:
    aliases = Aliases([a, b])
    return same_fact(view(a, aliases), view(b, aliases))


DEAD_120 = claim("a", "count", Quantity(120, "deaths"), entities=["Esteva"], event="earthquake")
DEAD_212 = claim("b", "count", Quantity(212, "deaths"), entities=["Esteva"], event="earthquake")


def test_same_fact_basic() -> None:
    assert same(DEAD_120, DEAD_212)
    assert same(DEAD_212, DEAD_120)


def test_same_fact_needs_different_sources() -> None:
    other = claim("a", "count", Quantity(212, "deaths"), entities=["Esteva"], event="earthquake")
    assert not same(DEAD_120, other)


def test_same_fact_needs_the_same_kind_unit_and_event() -> None:
    assert not same(DEAD_120, claim("b", "money", Quantity(212, "USD"), entities=["Esteva"], event="earthquake"))
    assert not same(DEAD_120, claim("b", "count", Quantity(212, "homes"), entities=["Esteva"], event="earthquake"))
    assert not same(DEAD_120, claim("b", "count", Quantity(212, "deaths"), entities=["Esteva"], event="disaster"))
    assert not same(DEAD_120, claim("b", "count", Quantity(212, "deaths"), entities=["Esteva"], event=None))


def test_same_fact_unit_synonyms() -> None:
    assert same(DEAD_120, claim("b", "count", Quantity(212, "killed"), entities=["Esteva"], event="earthquake"))


def test_same_fact_needs_a_shared_participant() -> None:
    assert not same(DEAD_120, claim("b", "count", Quantity(64, "deaths"), entities=["Brava"], event="earthquake"))


def test_same_fact_merges_aliases_across_sources() -> None:
    a = claim("a", "money", Quantity(4.2e9, "USD"), entities=["Larkspur Analytics Inc."], event="deal")
    b = claim("b", "money", Quantity(4.5e9, "USD"), entities=["Larkspur"], event="deal")
    assert same(a, b)


def test_calls_with_different_counterparts_are_different_facts() -> None:
    with_qin = claim("a", "date", TimeValue("DATE", "2023-06-14"), entities=["Antony Blinken", "Qin Gang"],
                     event="call", participants=["Antony Blinken", "Qin Gang"])
    with_wang = claim("b", "date", TimeValue("DATE", "2023-06-13"), entities=["Antony Blinken", "Wang Yi"],
                      event="call", participants=["Antony Blinken", "Wang Yi"])
    also_qin = claim("b", "date", TimeValue("DATE", "2023-06-13"), entities=["Antony Blinken", "Qin Gang"],
                     event="call", participants=["Antony Blinken", "Qin Gang"])
    assert not same(with_qin, with_wang)
    assert same(with_qin, also_qin)


def test_dates_a_year_apart_are_different_events() -> None:
    a = claim("a", "date", TimeValue("DATE", "2022-10-30"), entities=["Wang Yi"], event="call")
    b = claim("b", "date", TimeValue("DATE", "2023-10-27"), entities=["Wang Yi"], event="call")
    assert not same(a, b)
    c = claim("b", "date", TimeValue("DATE", "2022-10-31"), entities=["Wang Yi"], event="call")
    assert same(a, c)


def test_durations_of_events_months_apart_are_different_events() -> None:
    march = claim("a", "duration", TimeValue("DURATION", "PT7H"), entities=["Wang Yi"], event="talks",
                  event_time="2022-03")
    october = claim("b", "duration", TimeValue("DURATION", "PT7H", "MORE_THAN"), entities=["Wang Yi"],
                    event="talks", event_time="2023-10")
    assert not same(march, october)


def test_quotes_with_the_same_words() -> None:
    words = "we will rebuild every school in Keldon Province before the winter"
    a = claim("a", "quote", QuoteValue(words, True, 0, 1), entities=["Ana Vireo"], speaker="Ana Vireo")
    b = claim("b", "quote", QuoteValue(words.replace("every", "each and every"), True, 0, 1), speaker="Vireo")
    c = claim("b", "quote", QuoteValue("the harbour will reopen on Monday morning", True, 0, 1))
    assert same(a, b)
    assert not same(a, c)
