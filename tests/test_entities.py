"""Name mentions: where a name starts and stops."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract.entities import EntityIndex, find_mentions, split_role, strip_possessive


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


@pytest.mark.parametrize("text, name, not_name", [
    # a plural noun that ends a sentence is not an abbreviation: the names on either side stay apart
    ("Patrols crossed the South China Seas. Okafor said the ships left.", "South China Seas", "Seas. Okafor"),
    ("The loan came from Northwind Bank. Horvath signed it.", "Northwind Bank", "Bank. Horvath"),
    # nor does a name run over a paragraph break
    ("Shares of Northwind Bank\n\nHorvath Kft agreed to the price.", "Northwind Bank", "Bank\n\nHorvath"),
])
def test_names_stop_at_sentence_and_paragraph_ends(text: str, name: str, not_name: str) -> None:
    found = names(text)
    assert name in found
    assert not any(not_name in n for n in found)


@pytest.mark.parametrize("text, name", [
    ("The award went to Gen. Ada Mbeki of the air force.", "Ada Mbeki"),
    ("Officials in Fresno, Calif. Sen. Ruth Alvarez said so.", "Ruth Alvarez"),
    ("The fund is run by J. R. Tolkin and partners.", "J. R. Tolkin"),
])
def test_known_abbreviations_and_initials_do_not_end_a_name(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Analysts said Sweden's Ostra Timber had bid for the mill.", "Ostra Timber"),
        ("The deal was signed by Orvik's Lena Dahl on Monday.", "Lena Dahl"),
    ],
)
def test_a_possessor_is_not_part_of_the_name_it_qualifies(text: str, name: str) -> None:
    names = [m.name for m in find_mentions(text)]
    assert name in names and not any("'s" in n for n in names)


def test_a_title_with_a_possessive_still_splits_off_as_a_role() -> None:
    (m,) = [m for m in find_mentions("On Monday the Premier's spokesman Aldo Ferri said so.") if m.name == "Aldo Ferri"]
    assert m.name == "Aldo Ferri"


@pytest.mark.parametrize(("words", "role", "name"), [
    ("Ex-mayor Dunlow", "Ex-mayor", "Dunlow"),
    ("then-Governor Iria Pax", "then-Governor", "Iria Pax"),
    ("Ex-Im Bank", None, "Ex-Im Bank"),
])
def test_a_former_role_before_a_name_is_a_role(words: str, role: str | None, name: str) -> None:
    assert split_role(words) == (role, name)


@given(st.lists(st.sampled_from(["Osei", "'s", "’s", "s", "'", "\n", " ", "x"]), max_size=6).map("".join))
def test_a_possessive_is_cut_at_the_end_or_before_a_final_line_break(word: str) -> None:
    # sliced off without a regex call: exactly what the regex removes
    assert strip_possessive(word) == re.sub(r"[’']s$", "", word)



def test_is_person_asks_the_name_and_the_article_every_time() -> None:
    """The test of a name's shape is kept per name; whether the article knows it as a person is not."""
    text = "Tomas Varga met Orla Quinn in Lisbon. Varga said the Lisbon Harbour Board agreed."
    index = EntityIndex(text)
    assert index.is_person("Tomas Varga") and index.is_person("Orla Quinn")
    assert not index.is_person("Lisbon Harbour Board")  # an organisation word
    assert not index.is_person("Ines Moreno")  # a person's shape, but never named in the text
    index.note_person("Ines Moreno")
    assert index.is_person("Ines Moreno")
    assert EntityIndex(text + " Ines Moreno agreed.").is_person("Ines Moreno")


def test_names_on_title_case_lines_are_headline_mentions() -> None:
    """A mention is a headline's when the title-case line it lies in is one: before, between and after
    two such lines, the names of ordinary sentences are not."""
    text = ("The Harbour Board said Ines Moreno starts in May.\nMoreno Plans a Sweeping Port Overhaul for Next Year\n"
            "Moreno told staff on Friday.\nDockers Greet Port Plans With Caution at Lisbon Rally\n"
            "The union's Tomas Varga spoke first.")
    index = EntityIndex(text)
    lines = {m.name: text.count("\n", 0, m.start) for m in index.mentions}
    assert set(lines.values()) == {0, 1, 2, 3, 4}
    assert all(m.headline == (lines[m.name] in (1, 3)) for m in index.mentions)


_PERSONS_TEXT = "Coach Lena Marsh spoke first. The harbour board met Tomas Brekke. She said the pier would open. Later " \
                "Ivo Stanek, a ferry captain, arrived."


@pytest.mark.parametrize(
    ("before", "person"),
    [("Coach", None), ("Lena", None), ("spoke", "Lena Marsh"), ("Tomas", "Lena Marsh"), ("She", "Tomas Brekke"),
     ("Ivo", "Tomas Brekke"), (", a ferry", "Ivo Stanek")],
)
def test_the_person_before_a_position_is_the_last_one_named_and_ended_there(before: str, person: str | None) -> None:
    # only the mentions that start by the position are read: one under way there ("Lena" of "Coach Lena
    # Marsh") is not before it
    index = EntityIndex(_PERSONS_TEXT)
    assert index.person_before(_PERSONS_TEXT.index(before)) == person
    assert index.person_before(len(_PERSONS_TEXT)) == "Ivo Stanek"
