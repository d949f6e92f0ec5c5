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
     ("three quarters of a million", 750_000), ("4 crore", 40_000_000), ("7.5T", 7_500_000_000_000),
     # (the regexes are tried only where a cheap test allows them: these reach each of them)
     ("12\u00a0500", 12_500), ("3\u202f000 million", 3_000_000_000), (".5 million", 500_000), ("1,200", 1200),
     ("One Half Billion", 500_000_000), ("twenty-one", 21), ("4.2bn", 4_200_000_000)],
)
def test_parse_number_forms(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_offsets_stay_exact_on_mixed_money_text() -> None:
    text = "Rates: 10 € , US$ 7, 300 pence, 5 dollars 5 cents and 2bn rmb in total."
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("Rescuers pulled 14 Iraqis from the wreck.", "14 Iraqis", 14, "iraqis"),
        ("The camp sheltered about 3,000 Tutsis and Hutus.", "about 3,000 Tutsis", 3000, "tutsis"),
        ("Police said 9 Chinese were held at the border.", "9 Chinese", 9, "chinese"),
        ("The militia counted 400 jihadis in the valley.", "400 jihadis", 400, "jihadis"),
        ("She left 11 grandchildren and a farm.", "11 grandchildren", 11, "grandchildren"),
        ("The agency lost 3 spacecraft in a decade.", "3 spacecraft", 3, "spacecraft"),
        ("The clashes left 17 killed and dozens hurt.", "17 killed", 17, "killed"),
        ("Four firemen were honoured on Sunday.", "Four firemen", 4, "firemen"),
        ("Only 1 person was hurt.", "1 person", 1, "person"),
    ],
)
def test_counted_nouns_are_plurals(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface.split()[-1], "count")
    assert c.text == surface
    assert (c.value.amount, c.value.unit) == (amount, unit)


@pytest.mark.parametrize(
    "text",
    [
        "His 2011 memoir sold well.",  # a year before a noun
        "The crowd stood ten deep along Mill Road.",
        "After the debate the two argued for an hour.",
        "The 80 bus was late again.",
        "Flight 370 vanished over the sea.",
        "The drone logged nineteen eighty-four on its clock.",  # a number word is no counted thing
        "The hospital faced its 2 crisis after the storm.",  # "crisis" is singular
    ],
)
def test_a_number_before_a_singular_word_counts_nothing(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "count"] == []


def test_dozens_multiply() -> None:
    assert parse_number("three dozen") == 36
    assert parse_number("4 dozen") == 48
    text = "Nearly two dozen towns lost power."
    c = claim_at(text, "towns", "count")
    assert c.text == "Nearly two dozen towns"
    assert c.value.amount == 24


def test_a_closing_quote_is_not_part_of_the_counted_noun() -> None:
    text = "He said ``the two main ports.'' Then he left."
    c = claim_at(text, "ports", "count")
    assert c.text == "two main ports"


@pytest.mark.parametrize(
    ("text", "surface", "kind", "per"),
    [
        ("The market has grown 12 percent a year since 2015.", "12 percent a year", "percent", "year"),
        ("The bond pays 4.5% per annum.", "4.5% per annum", "percent", "year"),
        ("Output should climb 2% annually through 2030.", "2% annually", "percent", "year"),
        ("Fares will rise two percentage points each year.", "two percentage points each year", "percent", "year"),
        ("The merger saves $80 million annually.", "$80 million annually", "money", "year"),
        ("Members pay €15 every month.", "€15 every month", "money", "month"),
        # a price's rate before or after what comes off it, not a day before or after some event
        ("The flat rents for €950 a month before fees.", "€950 a month", "money", "month"),
        ("Nurses there take home $1,100 a week after taxes.", "$1,100 a week", "money", "week"),
    ],
)
def test_a_rate_of_time_after_a_figure(text: str, surface: str, kind: str, per: str) -> None:
    c = claim_at(text, surface.split()[0], kind)
    assert c.text == surface
    assert c.value.per == per


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The stock slid 4 percent a day after the recall.", "4 percent"),
        ("Sales were up 6 percent a year earlier.", "6 percent"),
        ("Turnout was 41 percent a year before the reform.", "41 percent"),
        ("Rents were 3% a year on from the reform.", "3%"),
        ("It gained 8 percent a year-on-year.", "8 percent"),
    ],
)
def test_a_dated_period_after_a_figure_is_no_rate(text: str, surface: str) -> None:
    c = claim_at(text, surface.split()[0], "percent")
    assert c.text == surface
    assert c.value.per is None


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("Operating income was ($4.8 million) for the year.", "($4.8 million)", -4_800_000),
        ("Net result: (€12,500)", "(€12,500)", -12_500),
        ("Earnings per share fell to ($0.31) in the quarter.", "($0.31)", -0.31),
    ],
)
def test_a_bracketed_sum_in_accounts_is_negative(text: str, surface: str, amount: float) -> None:
    c = claim_at(text, surface.strip("()"), "money")
    assert c.text == surface
    assert text[c.start:c.end] == surface
    assert c.value.amount == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("The club raised £2 million (€2.3 million) in a week.", "€2.3 million", 2_300_000),
        ("The parking fee ($8) is waived on Sundays.", "$8", 8),
    ],
)
def test_a_bracketed_aside_stays_positive(text: str, surface: str, amount: float) -> None:
    c = claim_at(text, surface, "money")
    assert c.text == surface
    assert c.value.amount == amount


@pytest.mark.parametrize(
    ("text", "surface", "amount"),
    [
        ("The stamp cost $2 and 35 cents.", "$2 and 35 cents", 2.35),
        ("Lunch came to C$ 14 and twenty.", "C$ 14 and twenty", 14.2),
        ("Bids ranged between 30 dollars and 45.", "30 dollars", 30),  # a range, not hundredths
        ("The grant was $3 million and 40 more came later.", "$3 million", 3_000_000),
        ("Seats were $60 and 25 were left.", "$60", 60),
    ],
)
def test_hundredths_joined_to_a_signed_sum(text: str, surface: str, amount: float) -> None:
    c = claim_at(text, surface.split()[0], "money")
    assert c.text == surface
    assert c.value.amount == pytest.approx(amount)


@pytest.mark.parametrize(
    "text",
    [
        "The boxer weighs 212 pounds before the bout.",
        "The sack held 90 pounds (41 kilograms) of rice.",
        "She carried a forty-pound pack up the hill.",  # a pound before a noun weighs it
        "The jet dropped a 500 pound bomb.",
        "After the loss the third one won the title.",  # the verb, not the Korean currency
        "On stage were 4 Rand Paul supporters.",  # a name written with a capital
        "The memo went out a Pence aide said.",
    ],
)
def test_currency_words_that_are_something_else(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("The prize was worth 50,000 pounds to the winner.", "50,000 pounds", 50_000, "GBP"),
        ("Fines reached ten billion won last year.", "ten billion won", 10_000_000_000, "KRW"),
        ("The tip was 3,000 won at most.", "3,000 won", 3000, "KRW"),
        ("He changed a fifty-pound note at the bar.", "fifty-pound", 50, "GBP"),
    ],
)
def test_currency_words_that_stay_money(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface.split()[0], "money")
    assert c.text == surface
    assert (c.value.amount, c.value.unit) == (amount, unit)


def test_at_one_point_is_a_moment_not_a_margin() -> None:
    text = "At one point in the night the lead was 4 points in her favour."
    assert [c.text for c in claims_of(text) if c.kind == "percent"] == ["4 points"]


# --- measurements ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("Up to 12 inches of rain fell on Corvel overnight.", "Up to 12 inches", 12, "in"),
        ("The quake struck at a depth of 10 kilometres.", "10 kilometres", 10, "km"),
        ("The port shipped 3,000 tonnes of grain.", "3,000 tonnes", 3000, "t"),
        ("Winds of 120 mph tore roofs off.", "120 mph", 120, "mph"),
        ("The ship sank 40 km off the coast.", "40 km", 40, "km"),
        ("It was 45C in Marvila on Friday.", "45C", 45, "°C"),
        ("Overnight it fell to -3°F in the valley.", "-3°F", -3, "°F"),
        ("Lake ice thinned at minus 5C.", "minus 5C", -5, "°C"),
        ("The rescue team hiked six miles to the hut.", "six miles", 6, "mi"),
        ("She won a 10-kilometre run in Dobra.", "10-kilometre", 10, "km"),
        ("A 500-foot tower now rises over Kell.", "500-foot", 500, "ft"),
        ("The cliff rises 300 feet above the bay.", "300 feet", 300, "ft"),
        ("The boxer weighs 212 pounds before the bout.", "212 pounds", 212, "lb"),
        ("The field pumps 1.2 million barrels a day.", "1.2 million barrels a day", 1_200_000, "bbl"),
        ("The farm spans 1,200 acres of wheat.", "1,200 acres", 1200, "acre"),
        ("The island covers 30 square miles.", "30 square miles", 30, "sq mi"),
        ("The plant will add 500 MW to the grid.", "500 MW", 500, "MW"),
        ("Homes used 2.4 GWh in June.", "2.4 GWh", 2.4, "GWh"),
        ("The leak exposed 2TB of records.", "2TB", 2, "TB"),
        ("The comet passed 820 kilometers above the probe.", "820 kilometers", 820, "km"),
        ("The probe moved at 14 kilometers a second.", "14 kilometers a second", 14, "km/s"),
        ("The 6-foot-2 forward scored twice.", "6-foot-2", 74, "in"),
        ("A 1/2 inch of ice coated the roads.", "1/2 inch", 0.5, "in"),
        ("The lake holds 4 km cubed of water.", "4 km cubed", 4, "km³"),
        ("The pipe is 2 in. wide.", "2 in", 2, "in"),
    ],
)
def test_measurement_forms(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface, "measurement")
    assert c.text == surface
    assert (c.value.amount, c.value.unit) == (amount, unit)


def test_a_measurement_range_keeps_both_ends() -> None:
    c = claim_at("Between 10 and 15 km of road washed away.", "15 km", "measurement")
    assert (c.text, c.value.low, c.value.amount) == ("Between 10 and 15 km", 10, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Crews hauled tons of debris from the river.",  # no number: nothing measured
        "She was ranked 2 in the poll.",  # "in" is no inch before a word
        "Row 12C stayed empty on the flight.",  # a seat, not degrees
        "The Apollo 9C capsule is on show.",
        "The 2 Pounds Club met on Friday.",  # a name, not a weight
        "The firm has 5m customers.",  # "m" after a number is millions as often as metres
    ],
)
def test_words_that_only_look_like_units_measure_nothing(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.kind == "measurement"] == []


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Some 12 engineers joined the rescue.", "12 engineers", "count"),
        ("A magnitude 6.8 aftershock followed.", "magnitude 6.8", "count"),
        ("The prize was 50,000 pounds.", "50,000 pounds", "money"),
    ],
)
def test_counts_magnitudes_and_sums_are_no_measurements(text: str, surface: str, kind: str) -> None:
    assert claim_at(text, surface).kind == kind



@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        # the noun of the first conjunct is left out of the second
        ("The flood displaced 900 families and cut off 40, officials said.", "40", 40, "families"),
        ("The bakery hired 25 bakers and laid off 6 in March.", "6", 6, "bakers"),
        ("The fever sickened 300 people and killed at least 12.", "at least 12", 12, "people"),
        # a casualty verb's object is people when no noun is written
        ("The landslide injured 8 and killed 2.", "8", 8, "people"),
        ("The crash killed 5 on the coast road.", "5", 5, "people"),
        # ... and the subject of a passive casualty verb
        ("Two guards were hurt and 6 were later hospitalised.", "6", 6, "people"),
        ("Of the 52 passengers, 17 had been rescued by noon.", "17", 17, "people"),
    ],
)
def test_a_bare_number_after_a_coordinated_verb_counts_the_elided_noun(text: str, surface: str, amount: float,
                                                                        unit: str) -> None:
    counts = {text[f.start:f.end]: f.value for f in find_figures(text) if f.kind == "count"}
    assert (counts[surface].amount, counts[surface].unit) == (amount, unit)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The bakery hired 25 bakers and expects 6 more apprentices.", ["25 bakers"]),  # a noun follows the 6
        ("The museum bought 12 paintings and reopened 2019.", ["12 paintings"]),  # a year, not a count
        ("The crew rescued 14 sailors and then 3 of them.", ["14 sailors"]),  # no verb before the 3
        ("She trained 40 pilots and turned 60 last spring.", ["40 pilots"]),  # a date word follows the 60
    ],
)
def test_a_bare_number_with_no_elided_noun_counts_nothing(text: str, counts: list[str]) -> None:
    assert [text[f.start:f.end] for f in find_figures(text) if f.kind == "count"] == counts


@pytest.mark.parametrize(("text", "surface", "amount", "mod"), [
    ("A crowd of 31,500 saw the home side win on penalties.", "31,500", 31500, None),
    ("The derby drew an attendance of about 52,000 at the old ground.", "about 52,000", 52000, "APPROX"),
    ("A sellout crowd of 9,300 packed the velodrome.", "9,300", 9300, None),
    ("The final drew the record attendance of 12,450 to the arena.", "12,450", 12450, None),
])
def test_a_crowd_of_n_counts_spectators(text: str, surface: str, amount: float, mod: str | None) -> None:
    c = claim_at(text, surface.split()[-1], "count")
    assert (c.text, c.value.amount, c.value.unit, c.value.mod) == (surface, amount, "spectators", mod)


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("The trawler, with a crew of 14, was reported missing on Tuesday.", "14", "crew"),
    ("Brenholt Glass, with a workforce of about 2,300, makes bottles.", "about 2,300", "employees"),
    ("The clinic's staff of 65 will move to the new wing.", "65", "staff"),
])
def test_a_group_of_n_counts_its_people(text: str, surface: str, unit: str) -> None:
    """"a crew of 14" counts what "14 crew members" does; "its workforce of 2,300" what "2,300 workers" does."""
    c = claim_at(text, surface.split()[-1], "count")
    assert (c.text, c.value.unit) == (surface, unit)


def test_a_group_with_no_article_counts_nothing() -> None:
    assert not [f for f in find_figures("Pay for crew of 12 ships rose.") if f.kind == "count" and f.value.unit == "crew"]


@pytest.mark.parametrize(("text", "surface", "amount"), [
    ("The 19-year-old took the lead on the third lap.", "19-year-old", 19),
    ("The title went to a 23-year-old from a fishing village.", "23-year-old", 23),
    ("Officers arrested a 41-year-old man at the depot.", "41-year-old", 41),
    ("Halvorsen, 36, said he would retire after the season.", "36", 36),
    ("The driver, aged 52, was unhurt.", "aged 52", 52),
    ("She was 88 years old when the book came out.", "88 years old", 88),
])
def test_a_persons_age_is_a_count_of_unit_age(text: str, surface: str, amount: int) -> None:
    c = claim_at(text, surface, "count")
    assert (c.text, c.value.amount, c.value.unit) == (surface, amount, "age")


def test_no_age_after_a_date() -> None:
    assert not [f for f in find_figures("On May 12, 30 people were hurt.") if f.value.unit == "age"]


def test_a_title_case_scale_in_a_headline_scales_the_sum() -> None:
    """"Brisk Air Buys Rival for $2.1 Billion" is a headline's $2.1 billion, not $2.10."""
    text = "Brisk Air Buys Rival for $2.1 Billion\n\nThe deal values the carrier at $2.1 billion."
    c = claim_at(text, "$2.1 Billion", "money")
    assert c.text == "$2.1 Billion"
    assert c.value.amount == 2_100_000_000


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("Rescuers found 9 of the hikers by noon.", "9 of the hikers", 9, "hikers"),
        ("The carrier will ground 18 of its oldest jets.", "18 of its oldest jets", 18, "jets"),
        ("Seven of the town's bakeries closed.", "Seven of the town's bakeries", 7, "bakeries"),
        ("Judges disqualified three of Verrin's riders.", "three of Verrin's riders", 3, "riders"),
    ],
)
def test_a_part_of_a_group_is_counted_in_the_groups_noun(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface, "count")
    assert (c.text, c.value.amount, c.value.unit) == (surface, amount, unit)


def test_a_partitive_without_a_plural_noun_counts_nothing() -> None:
    """"Two of the best" and "two of the firm's" name no counted thing."""
    for text in ("Two of the best were there.", "Two of the firm's left early."):
        assert not [c for c in claims_of(text) if c.kind == "count"]
