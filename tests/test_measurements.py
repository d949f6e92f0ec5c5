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
