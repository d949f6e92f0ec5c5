"""Measurements: units converted to one canonical unit per dimension, compared within the rounding
of the coarser figure, cross-checked and memo-checked like the other figures, corrections written in
the memo's own unit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import check_memo_report, claim_at, claims_of, make_source

import claimtrack
from claimtrack import cli
from claimtrack.api import default_config
from claimtrack.extract.measurements import measurement
from claimtrack.model import Claim, Measurement
from claimtrack.units import ABBREVIATIONS, CANONICAL, SPELLED, UNITS, from_canonical, to_canonical, unit_of
from claimtrack.values import converted_precision, measurement_span, measurements_agree

# --- the unit table -------------------------------------------------------------------------------


def test_every_spelling_names_a_unit_of_a_known_dimension() -> None:
    assert {*SPELLED.values(), *ABBREVIATIONS.values()} <= UNITS.keys()
    assert {u.dimension for u in UNITS.values()} == CANONICAL.keys()


@pytest.mark.parametrize(
    ("written", "symbol"),
    [("Kilometers", "km"), ("sq. ft.", "sq ft"), ("kilowatt-hours", "kWh"), ("degrees F", "°F"),
     ("miles an hour", "mph"), ("metric tons", "t"), ("tons", "ton"), ("feet", "ft"), ("km/h", "km/h"),
     ("mw", None), ("Mw", None)],  # abbreviations keep their case: "MW" is megawatts
)
def test_unit_of_reads_spellings_and_abbreviations(written: str, symbol: str | None) -> None:
    assert unit_of(written) == symbol


@pytest.mark.parametrize(
    ("amount", "unit", "canonical"),
    [(6.2, "mi", 9977.9328), (10, "km", 10_000), (3, "ton", 2721.55422), (1, "t", 1000), (212, "°F", 100),
     (-40, "°F", -40), (0, "K", -273.15), (120, "mph", 193.12128), (1, "bbl", 158.987295), (1, "acre", 4046.856422),
     (2, "TB", 2e12), (500, "MW", 5e8), (2.4, "GWh", 2.4e9)],
)
def test_conversion_to_the_canonical_unit(amount: float, unit: str, canonical: float) -> None:
    assert to_canonical(amount, unit) == pytest.approx(canonical)
    assert from_canonical(to_canonical(amount, unit), unit) == pytest.approx(amount)


# --- agreement ------------------------------------------------------------------------------------


def agree(a: Measurement, b: Measurement) -> bool:
    across = a.unit != b.unit
    return measurements_agree(measurement_span(a, across), measurement_span(b, across))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (measurement(10, "km"), measurement(6.2, "mi"), True),  # a conversion, rounded
        (measurement(10, "km"), measurement(6, "mi"), True),  # rounded harder, still within "10"'s rounding
        (measurement(10, "km"), measurement(16, "mi"), False),  # kilometres read as miles
        (measurement(10, "km"), measurement(7, "mi"), False),  # the rounding ranges touch; the values do not
        (measurement(10, "km"), measurement(12, "km"), False),
        (measurement(3000, "t"), measurement(3300, "ton"), True),  # "3,300" keeps two digits of a conversion
        (measurement(3000, "t"), measurement(3400, "ton"), False),
        (measurement(3000, "t"), measurement(3040, "t"), False),  # the same unit: no conversion to round
        (measurement(45, "°C"), measurement(113, "°F"), True),
        (measurement(45, "°C"), measurement(104, "°F"), False),
        (measurement(120, "mph"), measurement(190, "km/h"), True),
        (measurement(10, "km", "APPROX"), measurement(11.5, "km"), True),  # "about" widens
        (measurement(15, "km", low=10), measurement(12, "km"), True),  # a range holds its middle
    ],
)
def test_measurements_agree_within_the_coarser_rounding(a: Measurement, b: Measurement, same: bool) -> None:
    assert agree(a, b) is same
    assert agree(b, a) is same


def test_a_converted_figure_keeps_two_significant_digits() -> None:
    assert converted_precision(3300) == 50
    assert converted_precision(3310) == 5
    assert converted_precision(10) == 0.5
    assert converted_precision(6.2) == pytest.approx(0.05)


def _claim(text: str, value: Measurement, source: str) -> Claim:
    return Claim(id=f"{source}:1", source=source, start=0, end=len(text), text=text, kind="measurement",
                 value=value, sentence=(0, len(text)))


def test_the_checker_compares_across_units_and_never_across_dimensions() -> None:
    config = default_config()
    for s in ("a", "b"):
        config.sources[s] = make_source("x")
    km, miles = _claim("10 km", measurement(10, "km"), "a"), _claim("6.2 miles", measurement(6.2, "mi"), "b")
    assert config.compare(km, miles).relation == "agree"
    speed = _claim("10 km/h", measurement(10, "km/h"), "b")
    assert config.compare(km, speed) is None


# --- cross-check and memo check -------------------------------------------------------------------

QUAKE_A = """Quake shakes Port Ardell
PORT ARDELL, Vestria, March 3, 2025 — A strong earthquake struck off Port Ardell on Sunday at a depth of \
10 kilometres, the Vestria Seismic Office said.
The earthquake's epicentre lay 40 km west of the harbour, seismologist Ines Korrow said.
"""
QUAKE_B = """Port Ardell quake damages harbour
PORT ARDELL, Vestria, March 3, 2025 — The earthquake that hit Port Ardell on Sunday struck at a depth of \
6.2 miles, according to the Vestria Seismic Office.
Its epicentre was 25 miles west of the harbour, seismologist Ines Korrow said.
"""


def test_crosscheck_agrees_across_units(tmp_path: Path) -> None:
    sources = []
    for name, text in (("a", QUAKE_A), ("b", QUAKE_B)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(claimtrack.load_source(path))
    result = claimtrack.crosscheck(sources)
    groups = [g for g in (*result.conflicts, *result.agreements) if g.kind == "measurement"]
    agreed = {tuple(sorted(c.text for c in g.claims)) for g in groups if g.relation == "agree"}
    assert ("10 kilometres", "6.2 miles") in agreed
    conflicts = {tuple(sorted(c.text for c in g.claims)) for g in groups if g.relation == "conflict"}
    assert ("25 miles", "40 km") not in conflicts  # 25 miles is 40.2 km: the same distance


def check(tmp_path: Path, paragraphs: list[str]) -> dict:
    return check_memo_report(tmp_path, {"a": QUAKE_A, "b": QUAKE_B}, paragraphs, dt.datetime(2025, 3, 4))


def measured(report: dict, text: str) -> dict:
    """The memo's measurement finding whose text is ``text``."""
    return next(f for f in report["findings"] if f["kind"] == "measurement" and f["text"] == text)


def test_a_memo_in_other_units_is_supported(tmp_path: Path) -> None:
    report = check(tmp_path, ["The Port Ardell earthquake struck on Sunday at a depth of 6 miles, the Vestria "
                              "Seismic Office said."])
    assert measured(report, "6 miles")["verdict"] == "supported"


def test_a_correction_keeps_the_memos_unit(tmp_path: Path) -> None:
    report = check(tmp_path, ["The Port Ardell earthquake struck on Sunday at a depth of 16 miles, the Vestria "
                              "Seismic Office said."])
    finding = measured(report, "16 miles")
    assert finding["verdict"] == "contradicted"
    assert finding["suggestion"] == "6.2 miles"


# --- JSON -----------------------------------------------------------------------------------------



def test_an_abbreviated_length_per_hour_is_a_speed() -> None:
    """"45 km per hour" is a speed, as "45 km/h" is, not a length of 45 km."""
    c = claim_at("The tram ran at 45 km per hour.", "45 km per hour", "measurement")
    assert (c.text, c.value.amount, c.value.unit, c.value.dimension) == ("45 km per hour", 45, "km/h", "speed")


def test_json_gives_the_unit_as_written_and_the_canonical_amount() -> None:
    text = "Winds of 120 mph battered the coast."
    assert claim_at(text, "120 mph", "measurement").to_json()["value"] == {
        "amount": 120, "unit": "mph", "dimension": "speed", "canonical": 193.12128, "canonical_unit": "km/h"}
    ranged = claim_at("Up to 10 to 15 cm of snow fell.", "15 cm", "measurement").to_json()["value"]
    assert (ranged["low"], ranged["amount"], ranged["mod"]) == (10, 15, "EQUAL_OR_LESS")


def test_json_round_trips_through_the_cli(tmp_path: Path, capsys) -> None:
    path = tmp_path / "storm.txt"
    path.write_text("The storm dropped 12 inches of rain on Velden.\n", encoding="utf-8")
    cli.main(["extract", str(path), "--format", "json", "--published", "2024-05-02"])
    claims = json.loads(capsys.readouterr().out)["claims"]
    rain = next(c for c in claims if c["kind"] == "measurement")
    assert rain["text"] == "12 inches"
    assert rain["value"]["canonical"] == pytest.approx(0.3048)


def test_measurements_keep_exact_offsets() -> None:
    text = "It was -3°F in Fargo, 45C in Seville, and a 6-foot-2 guard ran 10 km in 1.2 million barrels a day."
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text


# --- forms read in context ------------------------------------------------------------------------


def measured_in(text: str) -> list[tuple[str, float, str]]:
    """(text, amount, unit) of every measurement claim of ``text``."""
    return [(c.text, c.value.amount, c.value.unit) for c in claims_of(text) if c.kind == "measurement"]


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("Border agents seized 800 pounds of methamphetamine at the port.", "800 pounds", 800, "lb"),
        ("One pound of dried beans feeds a family of four.", "One pound", 1, "lb"),
        ("Police traced 300 pounds of the drug to a farm.", "300 pounds", 300, "lb"),
        ("Floodwater reached a mile inland.", "a mile", 1, "mi"),
        ("Volunteers hauled a tonne of rubbish off the beach.", "a tonne", 1, "t"),
        ("Officers recovered a kilo of heroin in the boot.", "a kilo", 1, "kg"),
        ("A foot of snow closed the pass.", "A foot", 1, "ft"),
        ("The trawler sank about a mile and a half offshore.", "about a mile and a half", 1.5, "mi"),
        # fractions as speech says them
        ("The climbers clung to a shelf half a metre wide.", "half a metre", 0.5, "m"),
        ("The fire line crept a quarter of a mile overnight.", "a quarter of a mile", 0.25, "mi"),
        ("Hail three quarters of an inch across fell at noon.", "three quarters of an inch", 0.75, "in"),
        ("The mill shipped 45,000 t of flour last season.", "45,000 t", 45_000, "t"),
        ("The lattice spacing is 2.4 pm in the new alloy.", "2.4 pm", 2.4, "pm"),
        ('Crews replaced the 24" water main on Elm Street.', '24"', 24, "in"),
        ("The 6'4\" centre signed on Monday.", "6'4\"", 76, "in"),
        ("The probe cooled its sensor to 1.8K (about -271 °C).", "1.8K", 1.8, "K"),
        ("Brine stays liquid at 5° on the Fahrenheit scale.", "5°", 5, "°F"),
        ("Cities baked at 41° Celsius on Sunday.", "41° Celsius", 41, "°C"),
        ("The buffer holds 4x2^10 bytes of telemetry.", "4x2^10 bytes", 4096, "B"),
    ],
)
def test_forms_read_in_context(text: str, surface: str, amount: float, unit: str) -> None:
    c = claim_at(text, surface, "measurement")
    assert (c.text, c.value.amount, c.value.unit) == (surface, amount, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Diesel sold for $1.90 a litre in the capital.",  # the rate of a sum, no amount of its own
        "The striker never put a foot wrong.",
        "Negotiators would not budge an inch.",
        "It took a bit of luck and a ton of work.",
        "The protest camp was a stone's throw from parliament.",
        "A Mile in Winter premiered on Friday.",  # a title
        "Tickets for 32K seats sold out in hours at 30 °C.",  # thousands before their noun
        "The temperature rose as sales hit 5.6K.",  # no other temperature: thousands
        "The road bends 90° at the bridge.",  # an angle
        "Voting closes at 2.30 pm and counting starts at 7.5 pm.",  # clock times
        "He said 3 t-shirts were missing.",
        '"The lead was 12" the coach said.',  # a closing quotation mark
    ],
)
def test_forms_that_are_no_measurement_in_context(text: str) -> None:
    assert [m for m in measured_in(text) if m[2] != "°C"] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The council spent 3 million pounds of public money on the bridge.", "3 million pounds"),
        ("Officials wasted 40 pounds of every hundred raised.", "40 pounds"),
    ],
)
def test_pounds_of_money_stay_a_sum(text: str, surface: str) -> None:
    c = claim_at(text, surface)
    assert (c.kind, c.text, c.value.unit) == ("money", surface, "GBP")


def test_a_unit_after_a_figure_is_its_rate() -> None:
    assert measured_in("The new hatchback does 18 km a litre on the motorway.") == [("18 km", 18, "km")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Patients took 20 and 40 mg doses.", [("20", 20, "mg"), ("40 mg", 40, "mg")]),
        ("Cracks opened 2, 3 or 4 km from the vent.", [("2", 2, "km"), ("3", 3, "km"), ("4 km", 4, "km")]),
        ("The 5 and 10 km races start after the parade.", [("5", 5, "km"), ("10 km", 10, "km")]),
        ("The crash closed Route 9 and 20 miles of the coast road.", [("20 miles", 20, "mi")]),
    ],
)
def test_numbers_of_a_list_share_its_unit(text: str, found: list[tuple[str, float, str]]) -> None:
    assert measured_in(text) == found
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text


def test_absolute_zero_is_a_temperature() -> None:
    c = claim_at("Physicists cooled the gas to a hair above absolute zero.", "absolute zero", "measurement")
    assert c.value.canonical == pytest.approx(-273.15)


def test_a_decimal_before_pm_is_no_clock_time() -> None:
    claims = claims_of("The lattice spacing is 2.1 pm in the new alloy.")
    assert [c.kind for c in claims] == ["measurement"]
    assert claims[0].value.canonical == pytest.approx(2.1e-12)  # tiny canonical amounts keep their digits
