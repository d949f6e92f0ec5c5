"""Direct and indirect speech, attribution, speakers and what claims are about."""

from __future__ import annotations

import re

import pytest
from claimtrack_quotes import speakers_compatible
from conftest import claim_at, claims_of, quotes_of
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.extract.quotes import Frame, find_fragments, speaker_parts, speaker_phrase, speaks_for
from claimtrack.model import Attribution, QuoteValue


def _strip(s: str) -> str:
    return s.strip().rstrip(",.").strip()


# --- direct quotes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild every school," Mayor Lena Ortiz said.',
        "\u201cWe will rebuild every school,\u201d Mayor Lena Ortiz said.",
    ],
    ids=["straight", "curly"],
)
def test_direct_quote_straight_and_curly(text: str) -> None:
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1
    q = quotes[0]
    assert isinstance(q.value, QuoteValue)
    assert q.value.direct is True
    assert _strip(q.value.content) == "We will rebuild every school"
    assert text[q.value.content_start:q.value.content_end].startswith("We will rebuild")
    assert q.attribution is not None
    assert q.attribution.speaker == "Lena Ortiz"
    assert q.attribution.role == "Mayor"
    assert q.attribution.cue == "said"
    assert text[q.attribution.speaker_start:q.attribution.speaker_end].endswith("Lena Ortiz")


def test_multi_sentence_quote_is_one_claim() -> None:
    text = '"The water is still rising. We need boats tonight," Mayor Lena Ortiz said.'
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1
    q = quotes[0]
    assert "The water is still rising." in q.value.content
    assert "We need boats tonight" in q.value.content
    assert q.attribution.speaker == "Lena Ortiz"


def test_interrupted_quote_is_one_claim() -> None:
    text = ('Mayor Lena Ortiz inspected the bridge on Monday.\n'
            '"The bridge held up," Ortiz said. "The road beside it did not."')
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1, [(q.text, q.value) for q in quotes]
    q = quotes[0]
    first, second = text.index("The bridge held up"), text.index("The road beside it did not")
    assert q.value.content_start <= first
    assert q.value.content_end >= second + len("The road beside it did not")
    assert "The bridge held up" in q.value.content
    assert "The road beside it did not" in q.value.content
    assert q.start <= first - 1 and q.end >= second + len("The road beside it did not.")
    assert q.attribution.speaker == "Lena Ortiz"


def test_quote_resumed_after_a_described_speaker_is_one_claim() -> None:
    text = ('"The pumps are old," said Omar Feld, who has run the county water board since the flood of 2009. '
            '"We will replace two of them this summer."')
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1, [(q.text, q.value) for q in quotes]
    q = quotes[0]
    assert q.value.content.startswith("The pumps are old")
    assert q.value.content.rstrip(".").endswith("this summer")
    assert q.attribution.speaker == "Omar Feld"


def test_a_report_in_the_frame_between_two_quotes_is_its_own_statement() -> None:
    text = ('"The pumps are old," said Omar Feld, who noted that the board had asked for new ones in 2019. '
            '"We will replace two of them this summer."')
    quotes = sorted(quotes_of(claims_of(text)), key=lambda q: q.value.content_start)
    assert [q.value.direct for q in quotes] == [True, False]
    assert quotes[1].value.content.startswith("the board had asked")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"The pumps are old," said Omar Feld. "The pipes are older," said Rita Munn, who runs the mill.',
         ["Omar Feld", "Rita Munn"]),
        ('"The pumps are old," Omar Feld said. "The pipes are older still," he added.', ["Omar Feld", "Omar Feld"]),
    ],
    ids=["another-speaker", "added"],
)
def test_a_quote_with_a_cue_of_its_own_after_a_framed_quote_is_a_new_claim(text: str, speakers: list[str]) -> None:
    quotes = sorted(quotes_of(claims_of(text)), key=lambda q: q.value.content_start)
    assert [q.attribution.speaker for q in quotes] == speakers
    assert "pipes" not in quotes[0].value.content


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz appeared on “Meet the Press” and later on “Face the Nation With Tom Hale” that week.",
        "The crowd chanted “Four More Years” as she spoke.",
        "His memoir, “Letters From the Harbor Town,” sold well in the county.",
        "In an interview with “Good Morning Westford,” Ana Ruiz admitted that the budget was late.",
    ],
    ids=["shows", "chant", "book", "show-before-its-guest"],
)
def test_a_quoted_title_is_not_a_statement(text: str) -> None:
    assert [q.value.content for q in quotes_of(claims_of(text)) if q.value.direct] == []


@pytest.mark.parametrize(
    "text",
    ["“We Will Rebuild,” Mayor Ana Ruiz said.", "Critics have called the tower “The Glass Needle of Elm Street” for years."],
    ids=["cue-after", "naming-cue-before"],
)
def test_title_case_words_right_at_their_cue_are_a_statement(text: str) -> None:
    assert [q.value.direct for q in quotes_of(claims_of(text))] == [True]


def test_partial_quote_inside_sentence() -> None:
    text = 'Mayor Lena Ortiz called the damage "far worse than anyone feared" during a briefing.'
    q = claim_at(text, "far worse", "quote")
    assert q.value.direct is True
    assert q.value.content == "far worse than anyone feared"
    # the reported clause around the quoted words is part of the content
    assert text[q.value.content_start:q.value.content_end] == 'the damage "far worse than anyone feared"'
    assert q.attribution.speaker == "Lena Ortiz"


# --- indirect speech ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Mayor Lena Ortiz said that the bridge would reopen within a week.", "Lena Ortiz", "said",
         "the bridge would reopen within a week"),
        ("According to Mayor Lena Ortiz, the bridge will reopen within a week.", "Lena Ortiz", "according to",
         "the bridge will reopen within a week"),
        ("The bridge will reopen within a week, per a statement from the Transport Ministry.",
         "Transport Ministry", "per a statement from", "The bridge will reopen within a week"),
        ("Mayor Lena Ortiz told reporters the bridge would reopen soon.", "Lena Ortiz", "told",
         "the bridge would reopen soon"),
        ("Lena Ortiz wrote that the bridge would reopen soon.", "Lena Ortiz", "wrote",
         "the bridge would reopen soon"),
        ("Mayor Lena Ortiz wrote on social media that the bridge would reopen soon.", "Lena Ortiz", "wrote",
         "the bridge would reopen soon"),
        ("The company said it would cut 300 jobs.", "company", "said", "it would cut 300 jobs"),
        ("State Department spokesperson Matthew Miller said the trip had been postponed.", "Matthew Miller",
         "said", "the trip had been postponed"),
        ("The bridge will reopen within a week, the mayor said.", "mayor", "said",
         "The bridge will reopen within a week"),
    ],
    ids=["said-that", "according-to", "per-a-statement", "told-reporters", "wrote-that", "wrote-on-media",
         "the-company-said", "said-the-noun", "trailing-cue"],
)
def test_indirect_speech(text: str, speaker: str, cue: str, content: str) -> None:
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1, [(q.text, q.value) for q in quotes]
    q = quotes[0]
    assert q.value.direct is False
    assert q.attribution is not None
    assert speaker in q.attribution.speaker
    assert q.attribution.cue.lower() == cue
    assert _strip(q.value.content) == content
    assert text[q.value.content_start:q.value.content_end].strip().rstrip(".") == content


def test_direct_flag_distinguishes_quoted_from_reported() -> None:
    text = ('Mayor Lena Ortiz said the levee had failed overnight. '
            '"We were not warned," she added.')
    quotes = quotes_of(claims_of(text))
    assert [q.value.direct for q in quotes] == [False, True]


# --- speakers -----------------------------------------------------------------------------------


def test_quote_paragraph_without_cue_continues_previous_speaker() -> None:
    text = ('Fire Chief Dana Whitfield spoke to reporters at the scene.\n'
            '"We have never seen a blaze move this fast," Whitfield said.\n'
            '"Every crew in the county is out there."')
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 2
    assert quotes[1].value.content.startswith("Every crew")
    assert quotes[1].attribution is not None
    assert quotes[1].attribution.speaker == "Dana Whitfield"


@pytest.mark.parametrize(
    "text",
    [
        'Fire Chief Dana Whitfield toured the burned streets on Tuesday.\n"This is heartbreaking," she said.',
        'Dana Whitfield met reporters on Tuesday. "This is heartbreaking," she said.',
    ],
    ids=["titled", "untitled"],
)
def test_pronoun_resolves_to_last_named_person(text: str) -> None:
    q = claim_at(text, "heartbreaking", "quote")
    assert q.attribution.speaker == "Dana Whitfield"
    # the mention is the pronoun itself
    assert text[q.attribution.speaker_start:q.attribution.speaker_end] == "she"


def test_pronoun_is_not_a_role() -> None:
    text = 'Fire Chief Dana Whitfield toured the burned streets on Tuesday.\n"This is heartbreaking," she said.'
    q = claim_at(text, "heartbreaking", "quote")
    assert q.attribution.role not in ("she", "he")
    assert q.attribution.role in (None, "Fire Chief")


@pytest.mark.parametrize(
    "text",
    [
        'A senior official said negotiators were close to a deal. "There are two issues left," the person added.',
        'A senior official, speaking on condition of anonymity, said the sides were close. '
        '"There are two issues left," the person added.',
    ],
    ids=["plain", "apposition"],
)
def test_the_person_added_is_the_previous_speaker(text: str) -> None:
    claims = claims_of(text)
    quotes = quotes_of(claims)
    q = claim_at(text, "There are two issues", "quote", claims=claims)
    assert q.attribution is not None
    assert q.attribution.speaker not in (None, "person", "the person")
    assert "official" in q.attribution.speaker
    first = [x for x in quotes if x is not q]
    assert first and first[0].attribution.speaker == q.attribution.speaker


def test_title_is_split_into_role() -> None:
    text = '"We remain concerned," State Department spokesperson Matthew Miller said on Thursday.'
    q = claim_at(text, "We remain concerned", "quote")
    assert q.attribution.speaker == "Matthew Miller"
    assert "spokesperson" in q.attribution.role
    assert "Matthew" not in q.attribution.role


@pytest.mark.parametrize(
    "second",
    [
        '"We made real progress," Blinken said.',
        "Blinken said negotiators had made progress.",
        "Blinken said the talks were candid.",
    ],
    ids=["direct", "indirect", "indirect-the-talks"],
)
def test_surname_resolves_to_full_name(second: str) -> None:
    text = "Secretary of State Antony J. Blinken met Foreign Minister Qin Gang on Monday. " + second
    quotes = quotes_of(claims_of(text))
    assert len(quotes) == 1, [(q.text, q.value) for q in quotes]
    assert quotes[0].attribution.speaker in ("Antony Blinken", "Antony J. Blinken")


def test_figure_inside_quote_carries_its_speaker() -> None:
    text = '"We counted 48 aftershocks overnight," seismologist Rita Okafor said.'
    c = claim_at(text, "48 aftershocks", "count")
    assert c.value.amount == 48
    assert c.attribution is not None
    assert c.attribution.speaker == "Rita Okafor"
    assert c.attribution.role == "seismologist"


def test_figure_in_reported_statement_carries_its_speaker() -> None:
    text = "The company said it would cut 300 jobs."
    c = claim_at(text, "300 jobs", "count")
    assert c.attribution is not None
    assert "company" in c.attribution.speaker


def test_date_in_reported_statement_carries_its_speaker() -> None:
    text = "Mayor Lena Ortiz said that the bridge would reopen within a week."
    c = claim_at(text, "within a week", "duration")
    assert c.attribution is not None
    assert c.attribution.speaker == "Lena Ortiz"


def test_date_in_outlet_voice_has_no_attribution() -> None:
    text = "The storm made landfall on June 3, 2023, near the port."
    c = claim_at(text, "June 3, 2023", "date")
    assert c.attribution is None
    assert c.to_json()["attribution"] is None


def test_figure_in_outlet_sentence_next_to_quote_has_no_attribution() -> None:
    text = ('The storm destroyed 40 homes on the coast.\n'
            '"We will rebuild every one of them," Mayor Lena Ortiz said.')
    c = claim_at(text, "40 homes", "count")
    assert c.attribution is None


# --- about --------------------------------------------------------------------------------------


def test_about_entities_merge_aliases() -> None:
    text = ("Secretary of State Antony J. Blinken arrived in the capital on Sunday. "
            "Blinken met Foreign Minister Qin Gang for 35 minutes.")
    c = claim_at(text, "35 minutes", "duration")
    ents = c.about.entities
    assert "Qin Gang" in ents
    blinkens = [e for e in ents if "Blinken" in e]
    assert blinkens in (["Antony Blinken"], ["Antony J. Blinken"])


@pytest.mark.parametrize(("text", "needle", "described"), [
    ("The first driver to finish, a bus mechanic from Dunmore, crossed the line on Sunday after a long night "
     "at Kelso Speedway.", "Sunday", "Dunmore"),
    ("The injured climber, a 52-year-old teacher from Arvane, was airlifted on Monday to Brisk Valley Hospital.",
     "Monday", "Arvane"),
])
def test_about_names_the_described_subject_of_the_clause(text: str, needle: str, described: str) -> None:
    """A subject with an appositive description ("The first driver, a mechanic from Dunmore, crossed"): the
    clause after it tells of that subject, so the names of the description are among what it is about."""
    c = claim_at(text, needle)
    assert described in c.about.entities


@pytest.mark.parametrize("text", [
    "The rover's drill ran for 12 minutes; its first sample reached the lab in Pellam two days later.",
    "The rover's drill ran for 12 minutes, and the lab in Pellam received its first sample two days later.",
])
def test_about_names_stop_at_the_next_independent_clause(text: str) -> None:
    """Two clauses joined by a semicolon or ", and" tell of two things: the second's names are not the first's."""
    c = claim_at(text, "12 minutes", "duration")
    assert "Pellam" not in c.about.entities


@pytest.mark.parametrize(
    ("text", "needle", "event"),
    [
        ("The two presidents held a phone call on Tuesday to discuss trade.", "Tuesday", "call"),
        ("The ministers sat down for a 35-minute meeting in the capital.", "35-minute", "meeting"),
        ("A powerful earthquake struck the coast overnight, killing 30 people.", "30 people", "earthquake"),
        ("The jurors deliberated for two days before convicting the driver.", "two days", "verdict"),
        ("The judge fined the quarry owner $40,000 on Friday.", "$40,000", "fine"),
    ],
)
def test_about_event(text: str, needle: str, event: str) -> None:
    c = claim_at(text, needle)
    assert c.about.event == event


@pytest.mark.parametrize(
    ("text", "needle", "not_entity"),
    [
        ("The storm came ashore on June 3, 2023. Two days later, power returned.", "Two days later", "Two"),
        ("Nearly 50,000 people marched on the capital.", "50,000", "Nearly"),
        ("Revenue grew last year.", "last year", "Revenue"),
    ],
    ids=["Two", "Nearly", "Revenue"],
)
def test_about_entities_skip_sentence_initial_common_words(text: str, needle: str, not_entity: str) -> None:
    c = claim_at(text, needle)
    assert not_entity not in c.about.entities


@pytest.mark.parametrize(("role_a", "role_b", "same"), [
    ("Dr.", "Dr.", False),  # an honorific is no identity: two doctors are two people
    ("President", "President", False),
    ("Harbor Authority spokeswoman", "Harbor Authority spokesman", True),  # one body speaks through both
])
def test_a_shared_role_identifies_a_speaker_only_when_it_names_a_body(role_a: str, role_b: str, same: bool) -> None:
    a = Attribution(speaker="Lena Ostrova", role=role_a)
    b = Attribution(speaker="Tomas Reyes", role=role_b)
    assert speakers_compatible(a, b) is same


@pytest.mark.parametrize("mark", ["“…”", '"…"', "«…»", "„…“", "''…''"])
def test_every_opening_mark_opens_a_quote(mark: str) -> None:
    opening, closing = mark.split("…")
    text = f"The harbour master said {opening}the pier stays shut until spring{closing} on Friday."
    frags = find_fragments(text)
    assert [text[f.inner_start:f.inner_end] for f in frags] == ["the pier stays shut until spring"]


def test_the_document_noun_endings_spell_the_whole_document_noun_alternation() -> None:
    # speaker_phrase tries the document-noun regex only on a phrase that ends with one of these words
    from claimtrack.extract.quotes.cues import _DOC_NOUNS
    from claimtrack.extract.quotes.records import _DOC_NOUN_ENDINGS

    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", w) for w in _DOC_NOUN_ENDINGS)
    assert "(?:" + "|".join(_DOC_NOUN_ENDINGS) + ")" == _DOC_NOUNS


@pytest.mark.parametrize(
    ("speaker", "phrase"),
    [
        ("the Harbour Authority’s press release", "Harbour Authority"),
        ("Mayor Ines Vark's statement", "Mayor Ines Vark"),
        ("the council's", "council"),
        ("a Statement", "Statement"),
        ("Port Report", "Port Report"),
        ("She", "She"),
    ],
)
def test_a_speaker_phrase_drops_its_document_noun_and_possessive(speaker: str, phrase: str) -> None:
    frame = Frame(speaker, 0, len(speaker), "said", 0, 0)
    assert speaker_phrase(frame) == phrase


@given(st.lists(st.sampled_from(["we", "will", "été", "_", "٣", " ", "  ", ",", "’", "-", "\n", "…"]), max_size=16).map("".join))
def test_four_words_are_counted_in_one_regex_call(inner: str) -> None:
    # statements ask a quote for up to four words: one match whose groups are the words found
    from claimtrack.extract.quotes.statements import _FOUR_WORDS

    m = _FOUR_WORDS.match(inner)
    assert 4 - m.groups().count(None) == min(4, len(re.findall(r"\w+", inner)))


@pytest.mark.parametrize(
    ("phrase", "agents"),
    [
        ("Lawyers for Tomas Brekke", True),
        ("an aide to the harbour master", True),
        ("AIDES TO the Mayor", True),
        ("A spokesman\tfor\nthe club", True),
        ("Torsten Fortier", False),
        ("Lawyers forming a panel", False),
    ],
)
def test_a_phrase_of_people_speaking_for_someone(phrase: str, agents: bool) -> None:
    # the regex is tried only on a phrase with the word "for" or "to" in it
    assert speaks_for(phrase) is agents


@pytest.mark.parametrize(
    ("speaker", "parts"),
    [
        ("Coach Lena Marsh's statement", ("Coach", "Lena Marsh")),
        ("Lawyers for Tomas Brekke", ("Lawyers for Tomas Brekke", None)),
        ("Those close to Lena Marsh", ("Those close to Lena Marsh", None)),
        ("the harbour master", ("harbour master", None)),
    ],
)
def test_speaker_parts_read_the_speaker_phrase_worked_out_once(speaker: str, parts: tuple) -> None:
    # the pipeline works out a frame's speaker phrase once and hands it to speaker_parts
    phrase = speaker_phrase(Frame(speaker, 0, len(speaker), "said", 0, 0))
    assert speaker_parts(phrase) == parts


# --- the "according to" gate --------------------------------------------------------------------

_ACCORDING_PIECES = ["in", "In", "IN", "according to", "According to", "per", "citing", "a", "the", "statement",
                     "press release", "from", "by", "of", "Gallup", "poll", "the mayor", "Ana Ruiz", "pier", "fares",
                     "rose", ",", ".", "report", "reported", "interview", "index", "inside"]


def _frames_with_and_without_gate(text: str) -> tuple[object, object, bool]:
    from claimtrack.extract.quotes.context import _Context
    from claimtrack.extract.quotes.frames import _according_frame

    ctx = _Context(text)
    return _according_frame(text, 0, len(text), ctx), _according_frame(text, 0, len(text)), ctx.no_according_frame(
        0, len(text))


@pytest.mark.parametrize(("text", "framed"), [
    ("Fares rose in the spring at the pier in Dover.", False),
    ("Fares rose, in a statement from the harbour board, by a tenth.", True),
    ("In a Gallup poll released Monday, most riders backed the fares.", True),
    ("Fares will rise, according to Ana Ruiz.", True),
    ("Fares in the index rose, per Mayor Ruiz.", True),
    ("Fares in the index rose per Mayor Ruiz.", False),  # the "in" phrase runs over the "per" (as the scan reads it)
])
def test_the_according_gate_skips_only_sentences_with_no_frame(text: str, framed: bool) -> None:
    gated, plain, skipped = _frames_with_and_without_gate(text)
    assert gated == plain
    assert (plain is not None) == framed
    assert not (skipped and plain is not None)


@given(st.lists(st.sampled_from(_ACCORDING_PIECES), min_size=1, max_size=14))
def test_the_according_gate_finds_every_frame_the_plain_scan_finds(pieces: list[str]) -> None:
    gated, plain, skipped = _frames_with_and_without_gate(" ".join(pieces))
    assert gated == plain
    assert not (skipped and plain is not None)

@pytest.mark.parametrize("text", [
    "Stranded on the ridge, the two hikers called the emergency number just after dark.",
    "The driver called the police from a petrol station.",
    "Neighbours called 999 when the roof caught fire.",
])
def test_a_telephone_call_reports_no_view(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind == "quote"]


def test_calling_something_a_name_still_reports_a_view() -> None:
    text = "The senator called the budget reckless."
    assert [c.attribution.speaker for c in claims_of(text) if c.kind == "quote"] == ["senator"]
