"""Units of measurement as news writes them, and their conversion to one canonical unit per dimension.

Two reports of one quantity often use different units ("10 km" and "6.2 miles"), so a measurement
is compared in its dimension's canonical unit: metres, kilograms, square metres, litres, degrees
Celsius, km/h, watt-hours, watts, bytes, hertz. Durations are not here: they stay TIMEX3 durations.

``ABBREVIATIONS`` are matched with their case ("MW" is megawatts, "mW" is not news); ``SPELLED`` names
in any case ("Kilometres", "MILES"). Both map to a unit symbol of ``UNITS``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A unit: its dimension, and ``canonical = amount * factor + offset`` (offsets only for temperatures)."""

    dimension: str
    factor: float
    offset: float = 0.0


# dimension -> its canonical unit symbol
CANONICAL = {"length": "m", "mass": "kg", "area": "m²", "volume": "L", "temperature": "°C", "speed": "km/h",
             "energy": "Wh", "power": "W", "data": "B", "frequency": "Hz"}

UNITS: dict[str, Unit] = {
    # length, in metres
    "pm": Unit("length", 1e-12), "nm": Unit("length", 1e-9), "µm": Unit("length", 1e-6),
    "mm": Unit("length", 1e-3), "cm": Unit("length", 0.01), "m": Unit("length", 1.0), "km": Unit("length", 1000.0),
    "in": Unit("length", 0.0254), "ft": Unit("length", 0.3048), "yd": Unit("length", 0.9144),
    "mi": Unit("length", 1609.344), "nmi": Unit("length", 1852.0),
    # mass, in kilograms; "ton" is the US short ton (2,000 lb), "long ton" the British one (2,240 lb)
    "mg": Unit("mass", 1e-6), "g": Unit("mass", 1e-3), "kg": Unit("mass", 1.0), "t": Unit("mass", 1000.0),
    "ton": Unit("mass", 907.18474), "long ton": Unit("mass", 1016.0469088), "lb": Unit("mass", 0.45359237),
    "oz": Unit("mass", 0.028349523125), "ozt": Unit("mass", 0.0311034768), "st": Unit("mass", 6.35029318),
    # area, in square metres
    "mm²": Unit("area", 1e-6), "cm²": Unit("area", 1e-4), "m²": Unit("area", 1.0), "km²": Unit("area", 1e6), "ha": Unit("area", 1e4),
    "acre": Unit("area", 4046.8564224), "sq in": Unit("area", 0.00064516), "sq ft": Unit("area", 0.09290304),
    "sq yd": Unit("area", 0.83612736), "sq mi": Unit("area", 2589988.110336),
    # volume, in litres; "gal" is the US gallon
    "ml": Unit("volume", 1e-3), "cl": Unit("volume", 0.01), "L": Unit("volume", 1.0), "cm³": Unit("volume", 1e-3),
    "m³": Unit("volume", 1000.0), "km³": Unit("volume", 1e12), "ft³": Unit("volume", 28.316846592),
    "gal": Unit("volume", 3.785411784), "imp gal": Unit("volume", 4.54609), "bbl": Unit("volume", 158.987294928),
    # temperature, in degrees Celsius
    "°C": Unit("temperature", 1.0), "°F": Unit("temperature", 5 / 9, -32 * 5 / 9),
    "K": Unit("temperature", 1.0, -273.15),
    # speed, in km/h
    "km/h": Unit("speed", 1.0), "mph": Unit("speed", 1.609344), "kn": Unit("speed", 1.852),
    "m/s": Unit("speed", 3.6), "km/s": Unit("speed", 3600.0),
    # energy, in watt-hours
    "Wh": Unit("energy", 1.0), "kWh": Unit("energy", 1e3), "MWh": Unit("energy", 1e6), "GWh": Unit("energy", 1e9),
    "TWh": Unit("energy", 1e12), "J": Unit("energy", 1 / 3600), "kJ": Unit("energy", 1e3 / 3600),
    "MJ": Unit("energy", 1e6 / 3600), "GJ": Unit("energy", 1e9 / 3600),
    # power, in watts
    "W": Unit("power", 1.0), "kW": Unit("power", 1e3), "MW": Unit("power", 1e6), "GW": Unit("power", 1e9),
    "TW": Unit("power", 1e12), "hp": Unit("power", 745.69987158227),
    # data, in bytes (decimal prefixes, as storage is sold; the binary ones spelled "kibibyte")
    "bit": Unit("data", 0.125), "kbit": Unit("data", 125.0), "Mbit": Unit("data", 125e3),
    "Gbit": Unit("data", 125e6), "B": Unit("data", 1.0), "kB": Unit("data", 1e3), "MB": Unit("data", 1e6),
    "GB": Unit("data", 1e9), "TB": Unit("data", 1e12), "PB": Unit("data", 1e15), "KiB": Unit("data", 1024.0),
    "MiB": Unit("data", 1024.0 ** 2), "GiB": Unit("data", 1024.0 ** 3), "TiB": Unit("data", 1024.0 ** 4),
    # frequency, in hertz
    "Hz": Unit("frequency", 1.0), "kHz": Unit("frequency", 1e3), "MHz": Unit("frequency", 1e6),
    "GHz": Unit("frequency", 1e9),
}


# names whose plural is irregular (given as a name of its own) or the same word
_NO_PLURAL = ("s", "foot", "feet", "celsius", "fahrenheit", "centigrade", "horsepower", " c", " f")


def _spellings(symbol: str, *names: str) -> dict[str, str]:
    """Each name, singular as given, with its regular plural ("kilometre", "kilometres") -> ``symbol``."""
    out = {}
    for name in names:
        out[name] = symbol
        if not name.endswith(_NO_PLURAL):
            out[name + ("es" if name.endswith("inch") else "s")] = symbol
    return out


def _metric(symbol: str, stem: str) -> dict[str, str]:
    """British and American spellings of a metric length: "kilometre", "kilometer"."""
    return _spellings(symbol, stem + "metre", stem + "meter")


# Spelled names (lower case, words separated by one space), matched in any case.
SPELLED: dict[str, str] = {
    **_metric("pm", "pico"), **_metric("nm", "nano"), **_metric("µm", "micro"), **_spellings("µm", "micron"),
    **_metric("mm", "milli"), **_metric("cm", "centi"), **_metric("m", ""), **_metric("km", "kilo"),
    **_spellings("in", "inch"), **_spellings("ft", "foot", "feet"), **_spellings("yd", "yard"),
    **_spellings("mi", "mile"), **_spellings("nmi", "nautical mile"),
    **_spellings("mg", "milligram", "milligramme"), **_spellings("g", "gram", "gramme"),
    **_spellings("kg", "kilogram", "kilogramme", "kilo"),
    **_spellings("t", "tonne", "metric ton", "metric tonne"), **_spellings("ton", "ton", "short ton"),
    **_spellings("long ton", "long ton"), **_spellings("lb", "pound"), **_spellings("oz", "ounce"),
    **_spellings("ozt", "troy ounce"), "stone": "st",
    **_spellings("cm²", "square centimetre", "square centimeter"),
    **_spellings("m²", "square metre", "square meter"),
    **_spellings("km²", "square kilometre", "square kilometer"), **_spellings("ha", "hectare"),
    **_spellings("acre", "acre"), **_spellings("sq in", "square inch"), **_spellings("sq ft", "square foot"),
    "square feet": "sq ft", **_spellings("sq yd", "square yard"), **_spellings("sq mi", "square mile"),
    **_spellings("ml", "millilitre", "milliliter"), **_spellings("cl", "centilitre", "centiliter"),
    **_spellings("L", "litre", "liter"), **_spellings("cm³", "cubic centimetre", "cubic centimeter"),
    **_spellings("m³", "cubic metre", "cubic meter"), **_spellings("km³", "cubic kilometre", "cubic kilometer"),
    **_spellings("ft³", "cubic foot"), "cubic feet": "ft³", **_spellings("gal", "gallon"),
    **_spellings("imp gal", "imperial gallon"), **_spellings("bbl", "barrel"),
    **_spellings("°C", "degree celsius", "degrees celsius", "degree centigrade", "degrees centigrade",
                 "degrees c"),
    **_spellings("°F", "degree fahrenheit", "degrees fahrenheit", "degrees f"), **_spellings("K", "kelvin"),
    **{f"{length} {per} {time}": symbol
       for symbol, lengths, time in (("km/h", ("kilometres", "kilometers"), "hour"), ("mph", ("miles",), "hour"),
                                     ("m/s", ("metres", "meters"), "second"),
                                     ("km/s", ("kilometres", "kilometers"), "second"))
       for length in lengths for per in ("per", "an" if time == "hour" else "a")},
    **_spellings("kn", "knot"),
    **_spellings("Wh", "watt hour"), **_spellings("kWh", "kilowatt hour"), **_spellings("MWh", "megawatt hour"),
    **_spellings("GWh", "gigawatt hour"), **_spellings("TWh", "terawatt hour"), **_spellings("J", "joule"),
    **_spellings("kJ", "kilojoule"), **_spellings("MJ", "megajoule"), **_spellings("GJ", "gigajoule"),
    **_spellings("W", "watt"), **_spellings("kW", "kilowatt"), **_spellings("MW", "megawatt"),
    **_spellings("GW", "gigawatt"), **_spellings("TW", "terawatt"), "horsepower": "hp",
    **_spellings("bit", "bit"), **_spellings("kbit", "kilobit"), **_spellings("Mbit", "megabit"),
    **_spellings("Gbit", "gigabit"), **_spellings("B", "byte"), **_spellings("kB", "kilobyte"),
    **_spellings("MB", "megabyte"), **_spellings("GB", "gigabyte"), **_spellings("TB", "terabyte"),
    **_spellings("PB", "petabyte"), **_spellings("KiB", "kibibyte"), **_spellings("MiB", "mebibyte"),
    **_spellings("GiB", "gibibyte"), **_spellings("TiB", "tebibyte"), "hertz": "Hz", "kilohertz": "kHz",
    "megahertz": "MHz", "gigahertz": "GHz",
}

# Abbreviations, matched as written (after a number: "40 km", "10km", "45°C", "120 mph"). Left out as too
# ambiguous after a number in news: "m" (metres or millions), "g", "t", "L", "K" (thousands), "B" (billions),
# "W", "J", "in", "nm" (nanometres or nautical miles), "kt" (knots or kilotonnes), "Mb" (bits or bytes).
ABBREVIATIONS: dict[str, str] = {
    "mm": "mm", "cm": "cm", "km": "km", "kms": "km", "ft": "ft", "yd": "yd", "yds": "yd", "mi": "mi",
    "nmi": "nmi", "µm": "µm", "mg": "mg", "kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb", "oz": "oz",
    "km²": "km²", "km2": "km²", "sq km": "km²", "sq. km": "km²", "m²": "m²", "sq m": "m²", "sq. m": "m²",
    "sq ft": "sq ft", "sq. ft": "sq ft", "sq mi": "sq mi", "sq. mi": "sq mi", "sq miles": "sq mi", "ha": "ha",
    "ml": "ml", "mL": "ml", "cl": "cl", "cc": "cm³", "cm³": "cm³", "m³": "m³", "cu m": "m³", "km³": "km³",
    "cu ft": "ft³", "gal": "gal", "bbl": "bbl",
    "°C": "°C", "° C": "°C", "ºC": "°C", "°F": "°F", "° F": "°F", "ºF": "°F",
    "km/h": "km/h", "km/hr": "km/h", "kph": "km/h", "kmh": "km/h", "km per hour": "km/h",
    "mph": "mph", "MPH": "mph", "m/s": "m/s",
    "km/s": "km/s",
    "Wh": "Wh", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "kJ": "kJ", "MJ": "MJ", "GJ": "GJ",
    "kW": "kW", "MW": "MW", "GW": "GW", "TW": "TW", "hp": "hp",
    "kB": "kB", "KB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "PB": "PB", "KiB": "KiB", "MiB": "MiB",
    "GiB": "GiB", "TiB": "TiB", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
}
# Written right after the digits ("45C", "-3F"), these name degrees, not a letter of a code ("Row 12C").
GLUED_DEGREES = {"C": "°C", "F": "°F"}


def unit_of(written: str) -> str | None:
    """The unit symbol of a unit as written after a number ("Kilometers", "sq. ft", "kWh"), or None."""
    key = " ".join(written.replace("-", " ").replace(".", ". ").split()).replace(" .", ".").rstrip(".")
    return ABBREVIATIONS.get(key) or SPELLED.get(key.lower())


def to_canonical(amount: float, symbol: str) -> float:
    """``amount`` of the unit ``symbol`` in its dimension's canonical unit."""
    u = UNITS[symbol]
    return amount * u.factor + u.offset


def from_canonical(value: float, symbol: str) -> float:
    """A canonical amount in the unit ``symbol``."""
    u = UNITS[symbol]
    return (value - u.offset) / u.factor
