"""Property tests: for any text, extraction never raises and every claim is consistent with the text."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.model import CLAIM_KINDS

NUMBERS = ["42", "3", "1,200", "2.5", "68.7", "forty-two", "three hundred", "a dozen", "nearly 50,000",
           "about 35", "more than 7", "$38.50", "€10 million", "$68.7 billion", "27%", "12 percent", "0", "007"]
MONTHS = ["June", "Oct.", "October", "Jan.", "May", "March", "Sept.", "December"]
DAYS = ["1", "19", "30", "31", "26-27", "3rd"]
YEARS = ["2019", "2023", "1998", "2025"]
WEEKDAYS = ["Monday", "Wednesday", "Sunday", "last Friday", "next Tuesday", "Saturday morning"]
UNITS = ["minutes", "hours", "days", "-day", "-hour", "years", "months", "weeks", "seconds"]
NOUNS = ["people", "companies", "ships", "homes", "protesters", "jobs", "aftershocks", "members"]
NAMES = ["Lena Ortiz", "Antony J. Blinken", "Blinken", "Mayor Lena Ortiz", "Matthew Miller",
         "State Department spokesperson Matthew Miller", "Rep. Carlos Gimenez (R-Fla.)", "she", "he",
         "the person", "the company", "officials", "U.S.", "Calif."]
WORDS = ["the", "said", "told reporters", "according to", "per a statement from", "added", "wrote", "that",
         "will", "in", "on", "since", "between", "and", "over the weekend", "two days later", "last year",
         "next month", "the previous month", "earlier this year", "half an hour", "early", "late", "about",
         "at least", "no more than", "a", "meeting", "phone call", "earthquake", "death toll rose to", "ago"]
PUNCT = [".", ",", ";", ":", "!", "?", "—", "-", "(", ")", " ", "  ", "\n", "\n\n", "\r\n", '"', "\u201c",
         "\u201d", "'", "\u2019", "\u2026"]

fragment = st.one_of(
    st.sampled_from(NUMBERS),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", st.sampled_from(MONTHS), st.sampled_from(DAYS),
              st.sampled_from(YEARS)),
    st.builds(lambda m, d: f"{m} {d}", st.sampled_from(MONTHS), st.sampled_from(DAYS)),
    st.sampled_from(MONTHS),
    st.sampled_from(YEARS),
    st.sampled_from(WEEKDAYS),
    st.builds(lambda n, u: f"{n}{'' if u.startswith('-') else ' '}{u}", st.sampled_from(NUMBERS),
              st.sampled_from(UNITS)),
    st.builds(lambda n, u: f"{n} {u}", st.sampled_from(NUMBERS), st.sampled_from(NOUNS)),
    st.sampled_from(NAMES),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.builds(lambda inner, q: f"{q[0]}{inner}{q[1]}", st.text(max_size=20),
              st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("\u201c", ""), ('"', "")])),
    st.text(max_size=6),
)
news_like = st.lists(st.tuples(fragment, st.sampled_from([" ", "", " ", ", ", ". ", "\n", " \u201c", "\" "])),
                     max_size=40).map(lambda parts: "".join(a + b for a, b in parts))
references = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)))


def check(text: str, published: dt.date | None) -> None:
    source = claimtrack.Source(id="p", path="p.txt", text=text, published=published)
    claims = claimtrack.extract_claims(source)
    n = len(text)
    for c in claims:
        assert 0 <= c.start < c.end <= n, c
        assert text[c.start:c.end] == c.text, c
        s, e = c.sentence
        assert 0 <= s <= c.start < e <= n, c
        assert c.kind in CLAIM_KINDS, c
        if c.kind == "quote":
            assert 0 <= c.value.content_start <= c.value.content_end <= n, c
        if c.attribution is not None and c.attribution.speaker_start is not None:
            assert 0 <= c.attribution.speaker_start <= c.attribution.speaker_end <= n, c
        json.dumps(c.to_json())
    # the same input always gives the same claims
    assert [c.to_json() for c in claimtrack.extract_claims(source)] == [c.to_json() for c in claims]


@settings(max_examples=200, deadline=None)
@given(st.text(), references)
def test_arbitrary_text(text: str, published: dt.date | None) -> None:
    check(text, published)


@settings(max_examples=200, deadline=None)
@given(news_like, references)
def test_news_like_text(text: str, published: dt.date | None) -> None:
    check(text, published)


@settings(max_examples=100, deadline=None)
@given(news_like)
def test_inferred_reference_date_never_raises(text: str) -> None:
    source = claimtrack.infer_reference_date(claimtrack.Source(id="p", path="p.txt", text=text))
    if source.published is not None:
        assert source.published_from == "inferred" or source.published_from.startswith("dateline, year from")
    check(source.text, source.published)


def test_shifts_beyond_the_calendar_never_raise() -> None:
    """Found by the property above: a shift past year 1 or 9999 leaves the date unknown."""
    for text in ("The ruins were built nearly 50,000 months ago.", "The probe returns 90 million days from now.",
                 "It happened 600,000 weeks ago."):
        check(text, dt.date(2019, 6, 1))
