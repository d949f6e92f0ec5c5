"""The written forms of money, percentages and counts beyond the plain "$5" and "5 percent"."""

from __future__ import annotations

import pytest
from conftest import claim_at, claims_of, claims_overlapping

from claimtrack.extract.figures import find_figures
from claimtrack.extract.numbers import parse_number
from claimtrack.model import Quantity


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        # the sign or code after the number
        ("Tickets were sold for 35 € at the door.", "35 €", 35, "EUR"),
        ("The fee rose to 80€ this spring.", "80€", 80, "EUR"),
        ("A tea costs 12元 at the station.", "12元", 12, "CNY"),
        ("The bill came to 240USD in total.", "240USD", 240, "USD"),
        ("The offer values the bank at 900 CHF per share.", "900 CHF per share", 900, "CHF"),
        ("Refunds reached 42 usd for each customer.", "42 usd", 42, "USD"),
        ("The branch lost 61 USD million last year.", "61 USD million", 61_000_000, "USD"),
        ("A stamp is now 95¢ at the post office.", "95¢", 0.95, "USD"),
        # scales written as one capital letter after a sign
        ("The start-up raised €45M from investors.", "€45M", 45_000_000, "EUR"),
        ("Its market value passed $1.3T on Friday.", "$1.3T", 1_300_000_000_000, "USD"),
        # ISO codes and dollar prefixes before the number
        ("The contract is worth SEK 700 to the town.", "SEK 700", 700, "SEK"),
        ("Budget: MEUR 14 for the new bridge.", "MEUR 14", 14_000_000, "EUR"),
        ("The estate sold for NZ$ 3.4 million.", "NZ$ 3.4 million", 3_400_000, "NZD"),
        ("The loan of Mex$ 20 million was repaid.", "Mex$ 20 million", 20_000_000, "MXN"),
        ("the carrier will pay hk $ 2.5 billion for the jets", "hk $ 2.5 billion", 2_500_000_000, "HKD"),
        ("A ticket is usd$ 18 online.", "usd$ 18", 18, "USD"),
        ("Tickets cost USD30 at the gate.", "USD30", 30, "USD"),
        # thousands grouped by spaces when a currency follows
        ("The village collected 25 000 euros for the roof.", "25 000 euros", 25_000, "EUR"),
        # subunits are converted to the main unit
        ("Bus fares went up 45 cents on Monday.", "45 cents", 0.45, "USD"),
        ("Shares ended the day at 312 pence.", "312 pence", 3.12, "GBP"),
        ("The board declared an 8-cent dividend.", "8-cent", 0.08, "USD"),
        ("He sold each card for 4 dimes.", "4 dimes", 0.4, "USD"),
        # the country names the currency
        ("The club was fined 20,000 Swiss francs by the league.", "20,000 Swiss francs", 20_000, "CHF"),
        ("The mine cost 600 million Australian dollars to build.", "600 million Australian dollars",
         600_000_000, "AUD"),
        ("The painting sold for 9,000 French francs in 1990.", "9,000 French francs", 9_000, "FRF"),
        ("Diesel sold for 80 Turkish lira a gallon.", "80 Turkish lira a gallon", 80, "TRY"),
        # fractions of a scale
        ("Their painting fetched a quarter of a million dollars.", "a quarter of a million dollars", 250_000,
         "USD"),
        ("The scheme cost half a million pounds.", "half a million pounds", 500_000, "GBP"),
        # a minus sign
        ("The fund returned -12€ per share.", "-12€ per share", -12, "EUR"),
        ("Its balance stood at $-40.5 on the statement.", "$-40.5", -40.5, "USD"),
    ],
)
def test_money_forms(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface.split()[-1], "money")
    assert c.text == surface
    assert text[c.start:c.end] == c.text
    assert isinstance(c.value, Quantity)
    assert c.value.amount == pytest.approx(amount)
    assert c.value.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("A coffee was 4 dollars 75 cents before the war.", "4 dollars 75 cents", 4.75),
        ("The toll is eleven dollars and twenty cents now.", "eleven dollars and twenty cents", 11.2),
        ("The monthly fee becomes 19 USD 90.", "19 USD 90", 19.9),
    ],
)
def test_hundredths_after_a_sum_belong_to_it(text: str, surface: str, amount: float) -> None:
    c = claim_at(text, surface.split()[0], "money")
    assert c.text == surface
    assert c.value.amount == pytest.approx(amount)


def test_a_bare_number_after_a_sum_is_not_its_cents_mid_sentence() -> None:
    text = "She paid 30 dollars 12 times that year."
    c = claim_at(text, "30", "money")
    assert c.text == "30 dollars"
    assert c.value.amount == 30


def test_a_sign_touching_the_next_number_belongs_to_it() -> None:
    # "7 $20 notes": seven notes of twenty dollars, not seven dollars
    figures = find_figures("He handed over 7 $20 notes.")
    assert [(f.kind, f.value.amount) for f in figures if f.kind == "money"] == [("money", 20)]


def test_signs_after_numbers_in_a_list_each_make_a_sum() -> None:
    text = "Coins: 1 €, 2 €."
    sums = [c for c in claims_of(text) if c.kind == "money"]
    assert [(c.text, c.value.amount) for c in sums] == [("1 €", 1), ("2 €", 2)]


def test_a_penny_is_money_unless_negated() -> None:
    assert claim_at("She found a penny on the pavement.", "penny", "money").value.amount == 0.01
    text = "The firm never paid a cent in tax."
    assert claims_overlapping(claims_of(text), text, "a cent") == []


def test_a_rate_word_followed_by_a_date_word_is_no_rate() -> None:
    text = "Sales reached $4.2 billion a year earlier."
    c = claim_at(text, "$4.2", "money")
    assert c.text == "$4.2 billion"
    assert c.value.per is None
    # while a real rate keeps its span
    assert claim_at("Members pay $90 a year to join.", "$90", "money").value.per == "year"


def test_pronoun_before_a_dollar_sign_is_not_a_prefix() -> None:
    text = "Lend us $40 until Friday."
    c = claim_at(text, "$40", "money")
    assert c.text == "$40"
    assert c.value.unit == "USD"


def test_currency_nouns_are_never_counts() -> None:
    text = "The list read 118 47 yen."  # which digits make the sum is unclear: no claim at all
    claims = claims_of(text)
    assert [c for c in claims if c.kind in ("count", "money")] == []


def test_codes_that_are_common_tokens_are_no_currency() -> None:
    text = "The summit COP 28 opened while PHP 8 shipped."
    assert [c for c in claims_of(text) if c.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("Support fell to 48 percents in the survey.", "48 percents", 48),
        ("Coverage hit 90 percentage among adults.", "90 percentage", 90),
        ("Growth was minus 1.5 percent last quarter.", "minus 1.5 percent", -1.5),
    ],
)
def test_percent_forms(text: str, surface: str, amount: float) -> None:
    c = claim_at(text, surface.split()[0], "percent")
    assert c.text == surface
    assert c.value.amount == amount
    assert c.value.unit == "%"


def test_plus_or_minus_is_a_margin_not_a_negative() -> None:
    text = "The margin of error is plus or minus 3.5 percentage points."
    c = claim_at(text, "3.5", "percent")
    assert c.text == "3.5 percentage points"
    assert c.value.amount == 3.5


@pytest.mark.parametrize(
    "text",
    [
        "See https://example.org/find?q=40%25off for the offer.",
        "Open www.example.org/p?rate=75%20 in a browser.",
        "The link https://shop.example.com/item?price=12USD&n=3 is broken.",
    ],
)
def test_numbers_inside_web_addresses_are_not_figures(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind in ("money", "percent", "count")] == []


def test_percent_sign_before_hex_digits_is_an_escape() -> None:
    assert [f for f in find_figures("the code 41%2F was logged") if f.kind == "percent"] == []


@pytest.mark.parametrize(
    ("text", "needle", "amount", "unit"),
    [
        ("The state hired 2 lakh teachers this year.", "2 lakh teachers", 200_000, "teachers"),
        ("A further 3 crore households got power.", "3 crore households", 30_000_000, "households"),
        ("The fund bought three quarters of a billion shares.", "three quarters of a billion shares",
         750_000_000, "shares"),
    ],
)
def test_count_scales(text: str, needle: str, amount: float, unit: str) -> None:
    c = claim_at(text, needle.split()[0], "count")
    assert c.text == needle
    assert c.value.amount == amount
    assert c.value.unit == unit


@pytest.mark.parametrize(
    ("written", "value"),
    [("1 250 000", 1_250_000), ("half a million", 500_000), ("a quarter billion", 250_000_000),
     ("three quarters of a million", 750_000), ("4 crore", 40_000_000), ("7.5T", 7_500_000_000_000)],
)
def test_parse_number_forms(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_offsets_stay_exact_on_mixed_money_text() -> None:
    text = "Rates: 10 € , US$ 7, 300 pence, 5 dollars 5 cents and 2bn rmb in total."
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text
