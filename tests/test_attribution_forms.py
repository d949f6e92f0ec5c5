"""Attribution forms beyond "X said": stance and finding verbs, several reports in one sentence,
reported clauses around a quote, transcript labels, colon leads and double-apostrophe quote marks."""

from __future__ import annotations

import pytest
from conftest import claims_of, quotes_of


def _content(text: str, q) -> str:
    return text[q.value.content_start:q.value.content_end]


def _check_offsets(text: str, quotes) -> None:
    for q in quotes:
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("A survey by the Harlow Institute shows most tenants pay more than a third of their income in rent.",
         "Harlow Institute", "most tenants pay more than a third of their income in rent"),
        ("Councillor Dana Whit believes the tram line will never pay for itself.", "Dana Whit",
         "the tram line will never pay for itself"),
        ("The inspectors found that two of the pumps had been switched off for months.", "inspectors",
         "two of the pumps had been switched off for months"),
        ("Residents of the northern wards say the buses rarely keep to the timetable.",
         "Residents of the northern wards", "the buses rarely keep to the timetable"),
    ],
    ids=["shows", "believes", "found-that", "plural-say-long-subject"],
)
def test_stance_and_finding_verbs_report_content(text: str, speaker: str, content: str) -> None:
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1, [(q.text, q.value) for q in quotes]
    q = quotes[0]
    assert q.value.direct is False
    assert q.attribution is not None and speaker in q.attribution.speaker
    assert _content(text, q).rstrip(".") == content
    _check_offsets(text, quotes)


def test_two_reports_in_one_sentence_are_two_statements() -> None:
    text = ("Mayor Ruth Calloway said the ferry would keep running through the winter, and she noted that "
            "the fares would stay the same.")
    quotes = sorted(quotes_of(claims_of(text)), key=lambda q: q.value.content_start)
    assert [_content(text, q) for q in quotes] == [
        "the ferry would keep running through the winter", "the fares would stay the same"]
    assert all(q.value.direct is False for q in quotes)


def test_a_cue_inside_reported_words_stays_part_of_them() -> None:
    text = "The utility said that it expected the new plant to open late next year."
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1
    assert _content(text, quotes[0]).startswith("it expected the new plant")
    assert "utility" in quotes[0].attribution.speaker


def test_an_agreement_to_act_is_not_reported_speech() -> None:
    # a deal is something done, not said: its figures must stay unattributed
    quotes = quotes_of(claims_of("Fenwick Foods agreed to buy the bakery chain for $90 million."))
    assert quotes == []


def test_participle_cue_takes_the_sentence_subject() -> None:
    text = "Governor Alma Reyes spoke at the port on Monday, adding that the new dock would open in spring."
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1
    q = quotes[0]
    assert _content(text, q) == "the new dock would open in spring"
    assert q.attribution is not None and "Alma Reyes" in q.attribution.speaker


def test_leading_that_is_not_content() -> None:
    text = "The auditors concluded that the fund had lost track of its bonds."
    (q,) = quotes_of(claims_of(text))
    assert _content(text, q) == "the fund had lost track of its bonds"


def test_quote_in_reported_clause_keeps_the_clause() -> None:
    text = "Senator Ida Pruitt says the levy is \u201ca tax on the poor\u201d and should go."
    (q,) = quotes_of(claims_of(text))
    assert q.value.direct is True
    assert q.value.content == "a tax on the poor"  # the quoted words themselves
    assert _content(text, q) == "the levy is \u201ca tax on the poor\u201d"
    assert "Ida Pruitt" in q.attribution.speaker


def test_scare_quote_sentence_still_reports_speech() -> None:
    text = "The \u201cbold\u201d reform would take years to finish, the minister said."
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1
    assert quotes[0].value.direct is False
    assert _content(text, quotes[0]) == "The \u201cbold\u201d reform would take years to finish"


def test_transcript_label_names_the_speaker() -> None:
    text = ("The interview went as follows.\n\n"
            "\u201cHOST: Will the bridge be finished this year, as you promised in March?\u201d\n\n"
            "\u201cMORLAND: It will be finished before the winter, I can tell you that much.\u201d\n")
    quotes = sorted(quotes_of(claims_of(text)), key=lambda q: q.start)
    assert len(quotes) == 2
    assert quotes[1].attribution is not None and "MORLAND" in quotes[1].attribution.speaker.upper()
    assert _content(text, quotes[1]).startswith("It will be finished")
    _check_offsets(text, quotes)


def test_colon_lead_paragraph_attributes_the_next_quote() -> None:
    text = ("The harbour master spoke at length.\n\n"
            "Captain Olu Bassey continued:\n\n"
            "\u201cWe have never seen the channel this shallow, not in thirty years of dredging.\u201d\n")
    quotes = quotes_of(claims_of(text))
    q = next(q for q in quotes if q.value.direct)
    assert q.attribution is not None and "Bassey" in q.attribution.speaker


def test_double_apostrophes_mark_a_quote() -> None:
    text = "''The depot will close by the end of the year,'' said Hal Brennan, the union secretary."
    (q,) = quotes_of(claims_of(text))
    assert q.value.direct is True
    assert q.value.content.startswith("The depot will close")
    assert "Hal Brennan" in q.attribution.speaker
    _check_offsets(text, [q])
