"""Sentence splitting for news text (claimtrack.text.segment.split_sentences)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.text import segment
from claimtrack.text.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Navy sent two ships. They arrived late.",
         ["The U.S. Navy sent two ships.", "They arrived late."]),
        ("The vote is set for Oct. 30 in the city. Results follow a day later.",
         ["The vote is set for Oct. 30 in the city.", "Results follow a day later."]),
        ("Officials in Sacramento, Calif. Tuesday approved the plan. It passed easily.",
         ["Officials in Sacramento, Calif. Tuesday approved the plan.", "It passed easily."]),
        ("Rep. Carlos Gimenez (R-Fla.) said the bill failed. Others agreed.",
         ["Rep. Carlos Gimenez (R-Fla.) said the bill failed.", "Others agreed."]),
        ("Secretary of State Antony J. Blinken landed at noon. He spoke briefly.",
         ["Secretary of State Antony J. Blinken landed at noon.", "He spoke briefly."]),
        ("She moved to the U.S. The next day she started work.",
         ["She moved to the U.S.", "The next day she started work."]),
    ],
    ids=["U.S.", "Oct.", "Calif.", "Rep-R-Fla", "initial", "U.S.-at-end"],
)
def test_abbreviations_do_not_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_caption_line_without_period_is_its_own_sentence() -> None:
    text = "Rescue workers search the rubble on Monday\nThe quake struck shortly after midnight."
    assert sentences(text) == ["Rescue workers search the rubble on Monday",
                               "The quake struck shortly after midnight."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor said, "We are ready." Then she left.', ['The mayor said, "We are ready."', "Then she left."]),
        ("\u201cWe are ready.\u201d The mayor smiled.", ["\u201cWe are ready.\u201d", "The mayor smiled."]),
    ],
    ids=["straight", "curly"],
)
def test_quote_closing_after_period(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_wrapped_line_does_not_split() -> None:
    text = "The council voted to close\nthe old bridge on Friday."
    assert sentences(text) == [text]


def test_spans_are_stripped_offsets_into_the_text() -> None:
    text = "  First one here.   Second one here.  \n\n Third one "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one here.", "Third one"]
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_decimal_number_does_not_split() -> None:
    text = "Growth slowed to 3.5 percent. Prices held."
    assert sentences(text) == ["Growth slowed to 3.5 percent.", "Prices held."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge reopened.\u00a0Traffic was light all day.",
         ["The bridge reopened.", "Traffic was light all day."]),
        ("Sen.\u00a0Ada Moss spoke first. The U.S.\u00a0Navy stayed.",
         ["Sen.\u00a0Ada Moss spoke first.", "The U.S.\u00a0Navy stayed."]),
    ],
    ids=["sentence-end", "abbreviations"],
)
def test_no_break_space_after_a_stop(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will rebuild,” Moss said.Rivers: Flood barrier delayed",
         ["“We will rebuild,” Moss said.", "Rivers: Flood barrier delayed"]),
        ("“The storm is over.”Crews began clearing roads.",
         ["“The storm is over.”", "Crews began clearing roads."]),
        ("She sells books on Amazon.com and at fairs.", ["She sells books on Amazon.com and at fairs."]),
        ("The U.S.Army base and Acme Inc.The store stayed open.",
         ["The U.S.Army base and Acme Inc.The store stayed open."]),
        ("Rates rose 2.5 percent.", ["Rates rose 2.5 percent."]),
    ],
    ids=["said.Name", "quote-closer", "domain", "acronym-abbreviation", "decimal"],
)
def test_sentences_run_together_without_space(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@given(st.text(alphabet="a .!?”’)\"\n", max_size=30))
def test_sentence_ends_are_every_run_of_stops_and_closers(text: str) -> None:
    # the stop pattern is spelled for speed; it must find what "[.!?]+" and its closers find
    plain = re.compile(r"[.!?]+[" + re.escape(segment._CLOSERS) + r"]*")
    assert [m.span() for m in segment._END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet="a .!?”’)\"\n€", max_size=30))
def test_stops_found_by_str_find_are_the_sentence_end_matches(text: str) -> None:
    # the stops are looked for with str.find, the pattern tried only there
    # (a stop that no stop or closer follows is a match alone, without the regex)
    assert segment._stops(text) == [m.span() for m in segment._END.finditer(text)]


@given(st.lists(st.sampled_from(["U.S.", "Gen.", "x", " ", "\t", "\n", "\u00a0", "(", "“", "'", "\u00ad", "é"]),
                max_size=30).map("".join))
def test_the_word_before_a_stop_runs_back_to_white_space_or_an_opening_mark(text: str) -> None:
    # found with rfind when a space is near; it must be what stepping back a character at a time finds
    for end in range(len(text) + 1):
        i = end
        while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"“‘'":
            i -= 1
        assert segment._word_before(text, end) == text[i:end]


def test_the_word_before_a_stop_far_from_any_space() -> None:
    text = "a " + "b" * 100 + "."
    assert segment._word_before(text, len(text)) == "b" * 100 + "."
