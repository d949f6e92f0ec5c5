"""Counts, sums of money and percentages."""

from __future__ import annotations

import json

import pytest
from conftest import claim_at, claims_of, claims_overlapping

from claimtrack.model import Quantity


@pytest.mark.parametrize(
    ("text", "needle", "kind", "amount", "unit", "mod", "per"),
    [
        ("Regulators blacklisted 42 Chinese companies on the list.", "42 Chinese companies", "count", 42,
         "companies", None, None),
        ("The navy sent a dozen ships to the strait.", "a dozen ships", "count", 12, "ships", None, None),
        ("The merger is valued at $68.7 billion.", "$68.7 billion", "money", 68_700_000_000, "USD", None, None),
        ("The bank lent €10 million to the city.", "€10 million", "money", 10_000_000, "EUR", None, None),
        ("Nearly 50,000 people marched on the capital.", "50,000 people", "count", 50_000, "people",
         "LESS_THAN", None),
        ("Joblessness rose 2.5 percent over the quarter.", "2.5 percent", "percent", 2.5, "%", None, None),
        ("Turnout reached 27% in the northern districts.", "27%", "percent", 27, "%", None, None),
        ("Police detained forty-two protesters near the square.", "forty-two protesters", "count", 42,
         "protesters", None, None),
        ("The flood destroyed three hundred homes in the valley.", "three hundred homes", "count", 300,
         "homes", None, None),
        ("The buyer offered $38.50 a share in cash.", "$38.50 a share", "money", 38.5, "USD", None, "share"),
        ("By nightfall the death toll rose to 212 in the province.", "212", "count", 212, None, None, None),
        # a share of a whole counts the noun after the whole
        ("The Labour bloc won 73 of the 150 council seats.", "73 of the 150 council seats", "count", 73, "seats",
         None, None),
        ("Nine of the 12 jurors voted to convict.", "Nine of the 12 jurors", "count", 9, "jurors", None, None),
        # ... whose owner may be named ("the audit's 31 findings", "Velmark's six provinces")
        ("Only five of the audit's 31 findings were acted on.", "five of the audit's 31 findings", "count", 5,
         "findings", None, None),
        ("Two of Velmark's six provinces voted against.", "Two of Velmark's six provinces", "count", 2, "provinces",
         None, None),
        ("The mill will shed 650 of its roughly 4,000 posts.", "650 of its roughly 4,000 posts", "count", 650, "posts",
         None, None),
        # nouns joined by "and" share the counted head after them
        ("The strike drew about 1,200 bus and tram drivers.", "about 1,200 bus and tram drivers", "count", 1200,
         "drivers", "APPROX", None),
        # a number hyphened to the noun it counts
        ("Crews finished a 60-bed ward in nine days.", "60-bed", "count", 60, "beds", None, None),
        ("The 101-seat assembly met on Monday.", "101-seat", "count", 101, "seats", None, None),
        ("The envoy began a five-nation tour.", "five-nation", "count", 5, "nations", None, None),
        # any noun hyphened to a number and qualifying another is counted
        ("A nine-coach tram left the depot at dawn.", "nine-coach", "count", 9, "coaches", None, None),
        ("The 48,000-seat arena was sold out.", "48,000-seat", "count", 48_000, "seats", None, None),
        ("A three-judge panel heard the appeal.", "three-judge", "count", 3, "judges", None, None),
        ("The board wrote a 90-page, $2 million study.", "90-page", "count", 90, "pages", None, None),
        ("A twenty-four-member jury sat through it.", "twenty-four-member", "count", 24, "members", None, None),
        # a count named by its subject: "the confirmed count", "the case count", "the death count"
        ("By Friday the confirmed count had reached 96.", "96", "count", 96, "cases", None, None),
        ("The case count climbed to 140 overnight.", "140", "count", 140, "cases", None, None),
        ("The death count rose to 18.", "18", "count", 18, "deaths", None, None),
        ("Deaths blamed on the storm have climbed to 31.", "31", "count", 31, "deaths", None, None),
        ("The number of registered voters rose to 4,800.", "4,800", "count", 4800, "voters", None, None),
        ("The number of Ferrovia Line commuters hit by delays reached 52,000.", "52,000", "count", 52000, "commuters",
         None, None),
        # a margin with a decimal is in percentage points, whatever follows it
        ("The mayor led her rival by 3.6 points.", "3.6 points", "percent", 3.6, "pp", None, None),
        ("His lead of 0.75 points was the narrowest yet.", "0.75 points", "percent", 0.75, "pp", None, None),
    ],
)
def test_figures(text: str, needle: str, kind: str, amount: float, unit: str | None, mod: str | None,
                 per: str | None) -> None:
    c = claim_at(text, needle, kind)
    assert isinstance(c.value, Quantity)
    assert c.value.amount == amount
    if unit is not None:
        assert c.value.unit == unit
    assert c.value.mod == mod
    assert c.value.per == per


def test_death_toll_counts_deaths() -> None:
    c = claim_at("By nightfall the death toll rose to 212 in the province.", "212", "count")
    assert c.value.amount == 212
    assert "death" in c.value.unit
    assert c.text == "212"


@pytest.mark.parametrize(("text", "number"), [
    ("Civil defence officials put the death toll at 47 on Sunday.", "47"),
    ("The rescue ended with the toll at about 19, the governor said.", "about 19"),
])
def test_a_toll_put_at_a_number_counts_deaths(text: str, number: str) -> None:
    c = claim_at(text, number, "count")
    assert "death" in c.value.unit and c.text == number


def test_a_toll_at_a_clock_time_counts_nothing() -> None:
    assert not [c for c in claims_of("The toll at 10:30 was unclear.") if c.kind == "count"]


def test_confirmed_cases_that_rose_count_cases() -> None:
    """"Confirmed cases ... rose to 96": the bare number counts the cases its subject names."""
    c = claim_at("Confirmed cases of measles in Brenlow County rose to 96 on Friday.", "96", "count")
    assert c.value.amount == 96
    assert c.value.unit == "cases"


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        # the counted thing named after "total of", or by the count before it in the sentence
        ("By noon the total of ballots stood at 8,120.", "8,120", "ballots"),
        ("Crews cleared 90 cars on Monday; by Tuesday the total came to 215.", "215", "cars"),
        ("The shelter took in 14 dogs on Monday and a total of 61 by Sunday.", "61", "dogs"),
        ("Volunteers planted 300 oaks on Saturday, and by Sunday the tally stood at 520.", "520", "oaks"),
    ],
)
def test_a_total_counts_the_thing_its_sentence_names(text: str, needle: str, unit: str) -> None:
    c = claim_at(text, needle, "count")
    assert c.text == needle and c.value.unit == unit


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("By noon the total stood at 8,120.", "8,120"),  # nothing says what is counted
        ("The club lost 3 games; the total was 72 points.", "72"),  # a score
        ("The firm opened 4 depots, and the total reached 2019 levels.", "2019"),  # a year
        ("The total cost rose to 40 after 3 bridges were added.", "40"),  # a total of something else
    ],
)
def test_a_total_that_says_not_what_it_counts_is_no_count(text: str, needle: str) -> None:
    assert claims_overlapping(claims_of(text), text, needle, "count") == []


def test_count_extent_includes_modifier_and_noun() -> None:
    text = "Nearly 50,000 people marched on the capital."
    c = claim_at(text, "50,000", "count")
    assert c.text == "Nearly 50,000 people"


def test_money_extent_includes_rate() -> None:
    text = "The buyer offered $38.50 a share in cash."
    c = claim_at(text, "$38.50", "money")
    assert c.text == "$38.50 a share"


@pytest.mark.parametrize(
    ("text", "needle", "amount", "unit"),
    [
        ("The council will pay 50,000 velt to each flooded shop.", "50,000 velt", 50_000, "velt"),
        ("Repairs to the pier would cost 6 million marin, the harbour master said.", "6 million marin", 6_000_000,
         "marin"),
        ("The academy has a budget of 3.5 million crons this year.", "3.5 million crons", 3_500_000, "cron"),
        ("The state opened a 20 billion tsarek credit line for farmers.", "20 billion tsarek", 20_000_000_000,
         "tsarek"),
        ("The ministry promised 900 velts to each family that lost its home.", "900 velts", 900, "velt"),
        ("The town approved a relief fund of 12,000 velts for the shops.", "12,000 velts", 12_000, "velt"),
        # once a word is a currency in the text, its other sums are too, whatever verb stands before them
        ("Owners spent 2 million velts on the hall. Each member receives 400 velts a year.", "400 velts a year", 400,
         "velt"),
    ],
)
def test_a_currency_the_tables_lack_is_money_by_its_context(text: str, needle: str, amount: float, unit: str) -> None:
    c = claim_at(text, needle, "money")
    assert c.text == needle
    assert c.value.amount == amount and c.value.unit == unit


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The works will COST\n 40", "COST\n "),  # any case, any white space before the number
        ("It was valued at  40", "valued at  "),
        ("A fee of 40", "fee of "),
        ("The Budgets Of 40", "Budgets Of "),
        ("They were paid40", None),  # no white space before the number
        ("Its cost was 40", None),  # the cue is not the last word
        ("A group of 40", None),  # "of" after no sum's noun
        ("He said that 40", None),  # a word that only ends like a cue ("at")
        ("They earmar\u212a 40", "earmar\u212a "),  # a sign that matches an ASCII letter: the pattern decides
        ("The mega-cost 40", "cost "),  # a cue at the end of a longer word, as the pattern finds it
        ("They promised 40", None),  # a cue of another pattern
    ],
)
def test_a_sum_cue_before_a_number_is_searched_only_where_the_words_before_it_may_end_one(text: str,
                                                                                       found: str | None) -> None:
    from claimtrack.extract.figures import _LOCAL_MONEY_BEFORE, _LOCAL_MONEY_LASTS, _cue_before

    pos = text.rindex("40")
    m = _cue_before(text, pos, 40, _LOCAL_MONEY_BEFORE, _LOCAL_MONEY_LASTS)
    assert (m and m.group()) == found
    assert (m and m.span()) == ((s := _LOCAL_MONEY_BEFORE.search(text, max(0, pos - 40), pos)) and s.span())


@pytest.mark.parametrize(
    "text",
    [
        "The closure cost 300 jobs and paid 40 workers late.",
        "They spent 3 nights in the hut and paid 2 visits to the clinic.",
        "Tickets cost 12 more than last year.",
        "The team earned 40 medals at the games.",
    ],
)
def test_what_a_sum_verb_governs_is_no_currency_without_money_context(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "not_counted"),
    [
        ("In 2019, the plant employed 300 workers.", "2019"),
        ("The club was founded in 1998 and today has 2000 members.", "1998"),
        ("The project took 18 months and cost 40 workers their jobs.", "18 months"),
        ("The search went on for 12 hours before 9 survivors were found.", "12 hours"),
        ("Talks began on June 19, 2023, between 4 delegations.", "19"),
    ],
)
def test_years_and_durations_are_not_counts(text: str, not_counted: str) -> None:
    claims = claims_of(text)
    assert claims_overlapping(claims, text, not_counted, "count") == []
    # and the real count next to them is still found
    assert [c for c in claims if c.kind == "count"], [(c.kind, c.text) for c in claims]


@pytest.mark.parametrize("text", ["The Hawks won the game by 12 points.", "Five of the 3 chairs were broken."])
def test_whole_game_points_and_impossible_shares_are_no_figures(text: str) -> None:
    """Points in a game are no percentage, and "five of the 3" is no share of the 3."""
    assert [c.text for c in claims_of(text) if c.kind == "percent" or c.text.startswith(("Five", "12"))] == []


@pytest.mark.parametrize(
    "text",
    [
        "She took a 20-minute break and built a two-goal lead.",  # a duration, a margin
        "The five-star resort sits on a two-way road.",  # a rating, no noun
        "It was a one-off, three-pronged, three-dimensional plan backed by two-thirds of members.",
        "A 10-km loop and a 10-dollar fee.",  # a measurement, a sum
    ],
)
def test_compound_adjectives_that_count_nothing(text: str) -> None:
    """A number hyphened to a unit, a score, a rating, a participle or a fraction counts no thing."""
    assert [c.text for c in claims_of(text) if c.kind == "count"] == []


def test_bare_number_without_noun_is_not_a_count() -> None:
    claims = claims_of("The final score was 42 to 17.")
    assert [c for c in claims if c.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "needle", "kind", "literal"),
    [
        ("Regulators blacklisted 42 Chinese companies.", "42 Chinese", "count", '"amount": 42,'),
        ("The merger is valued at $68.7 billion.", "$68.7", "money", '"amount": 68700000000,'),
        ("The bank lent €10 million to the city.", "€10", "money", '"amount": 10000000,'),
        ("Turnout reached 27% in the north.", "27%", "percent", '"amount": 27,'),
    ],
)
def test_integral_amounts_are_ints(text: str, needle: str, kind: str, literal: str) -> None:
    c = claim_at(text, needle, kind)
    assert type(c.value.amount) is int
    dumped = json.dumps(c.to_json())
    assert literal in dumped
    assert ".0," not in dumped


def test_fractional_amount_stays_fractional() -> None:
    c = claim_at("Joblessness rose 2.5 percent over the quarter.", "2.5", "percent")
    assert json.loads(json.dumps(c.to_json()))["value"]["amount"] == 2.5


def test_figure_gets_event_time_from_its_sentence() -> None:
    text = "On June 19, 2023, the company cut 300 jobs."
    c = claim_at(text, "300 jobs", "count")
    assert c.event_time == "2023-06-19"


def test_figure_without_date_has_no_event_time() -> None:
    c = claim_at("The company cut 300 jobs.", "300 jobs", "count")
    assert c.event_time is None


def test_neighbouring_whole_numbers_disagree() -> None:
    from claimtrack.model import Quantity
    from claimtrack.values import quantity_span

    assert not quantity_span(Quantity(3, "fronts")).overlaps(quantity_span(Quantity(4, "fronts")))
    assert not quantity_span(Quantity(4.2e9, "USD")).overlaps(quantity_span(Quantity(4.3e9, "USD")))


@pytest.mark.parametrize(
    ("text", "needle", "amount", "unit"),
    [
        ("The Wolves won their sixth national title on Sunday.", "sixth national title", 6, "titles"),
        ("Hartley lifted a third world crown in Oslo.", "third world crown", 3, "crowns"),
        ("The mayor began her second term in January.", "second term", 2, "terms"),
        ("It is the carmaker's fourth recall since March.", "fourth recall", 4, "recalls"),
        ("Prices rose for the 14th time in a row.", "14th time", 14, "times"),
        ("Osei scored his 22nd goal of the year.", "22nd goal", 22, "goals"),
        ("The club won a twenty-first league title.", "twenty-first league title", 21, "titles"),
        ("The Gulls chased a fifth straight win.", "fifth straight win", 5, "consecutive wins"),
    ],
)
def test_an_ordinal_before_a_repeated_event_counts_it(text: str, needle: str, amount: int, unit: str) -> None:
    """"their sixth national title": there have been six titles, so two reports saying fifth and sixth disagree."""
    c = claim_at(text, needle, "count")
    assert (c.text, c.value.amount, c.value.unit) == (needle, amount, unit)


@pytest.mark.parametrize(
    "text",
    [
        "It was the bank's first title sponsorship and the fourth-largest deal.",  # "first", a rank
        "Profits fell in the second quarter and in the first half.",  # parts of a period
        "The second goal came late in the game.",  # anybody's goal
        "He met them for the first time.",
        "The fifth floor of the third building.",  # no counted noun
    ],
)
def test_ordinals_that_count_nothing(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "needle", "minute", "unit"),
    [
        ("Pereira headed the equaliser in the 88th minute.", "88th minute", 88, "goal minute"),
        ("Lund was sent off in the 12th minute for a foul.", "12th minute", 12, "card minute"),
        # the nearest incident word of the sentence tells which minute is which
        ("Kaya scored in the 9th minute, and Brandt was booked in the 40th minute.", "40th minute", 40, "card minute"),
        ("Rain stopped play in the 30th minute.", "30th minute", 30, "match minute"),
    ],
)
def test_a_minute_of_a_match_is_its_own_figure(text: str, needle: str, minute: int, unit: str) -> None:
    """"in the 88th minute" is a moment of the match, counted apart from lengths of time and kept with
    the incident told beside it: a goal's minute is no sending-off's."""
    c = claim_at(text, needle, "count")
    assert (c.text, c.value.amount, c.value.unit) == (needle, minute, unit)
    assert [x for x in claims_of(text) if x.kind == "duration"] == []


def test_no_match_minute_without_its_article() -> None:
    assert [c.text for c in claims_of("They ran hard from first minute to last.") if c.kind == "count"] == []


def test_taken_spans_answer_as_a_test_of_every_span():
    """figures._Taken bisects while its spans are disjoint and falls back to testing each one after an
    overlapping or empty span is taken: either way ``free`` is the all-spans test."""
    import random

    from claimtrack.extract.figures import _Taken

    rng = random.Random(7)
    for _ in range(300):
        spans: list[tuple[int, int]] = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, 40)
            spans.append((s, s + rng.randint(0, 6)))
        taken = _Taken(list(spans))
        for _ in range(12):
            if rng.random() < 0.3:
                s = rng.randint(0, 40)
                span = (s, s + rng.randint(0, 6))
                taken.add(*span)
                spans.append(span)
            a, b = rng.randint(0, 48), rng.randint(0, 48)
            assert taken.free(a, b) == all(b <= s or a >= e for s, e in spans), (spans, a, b)
