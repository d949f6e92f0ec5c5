"""Physical quantities: a number with a unit of length, mass, area, volume, temperature, speed,
energy, power or data ("12 inches", "a depth of 10 kilometres", "winds of 120 mph", "45C", "-3°F",
"a 500-foot tower", "six miles", "10 to 15 km").

Each becomes a ``Measurement`` holding the amount and unit as written and the amount in its
dimension's canonical unit (``claimtrack.units``), so reports in different units compare. Only units
written after a number count: "tons of debris" measures nothing, and "12 engineers" stays a count.
"""

from __future__ import annotations

import re

from ..model import Measurement
from ..units import ABBREVIATIONS, CANONICAL, GLUED_DEGREES, SPELLED, UNITS, to_canonical, unit_of
from ._scan import Gate, GatedPattern, TextScan, letter_tree
from .numbers import NUMBER, parse_number, tidy
from .timex import DIGITS_GATE, MOD_PREFIX, MOD_WORDS

# Every written form, lower case (the pattern ignores case; ``unit_of`` then checks abbreviations as
# written); a space in a name may be written as a hyphen ("kilowatt-hours", "metric-ton").
_FORMS = sorted({*SPELLED, *(a.lower() for a in ABBREVIATIONS), *(g.lower() for g in GLUED_DEGREES)})
_UNIT = letter_tree(f.replace(" ", "_") for f in _FORMS).replace("_", r"[ \-]")
# "in" is inches only after digits and right before a punctuation mark or a word of size ("a pencil 2 in.
# long", "2 in thick"): "ranked 2 in the poll" is not
_INCH = "in"
_INCH_END = r"(?:[.,;:)]|$|\s+(?:thick|wide|long|tall|high|deep|across)\b)"
# fractions as recipes and rain gauges write them ("1/4 inch", "2 1/2 in", "2½ miles", "one-half mile")
_FRACTION_CHARS = "½¼¾⅓⅔"
_FRACTION = rf"(?:\d+[ -])?\d+/\d+|\d*[{_FRACTION_CHARS}]|(?:one|a)[- ]half"
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# a unit follows a space or a hyphen, or touches digits ("10km", "45C", "2½mi")
_SINGLE = (rf"(?P<neg>(?:minus|negative)\s+|[-−](?=\d))?(?P<num>{_FRACTION}|{NUMBER})(?P<half>\s+and\s+a\s+half)?"
           rf"(?:(?P<sep>[ \u00a0]|-)|(?<=[\d{_FRACTION_CHARS}]))"
           rf"(?P<unit>(?:{_UNIT})(?!\w)|(?:(?<=\d)|(?<=\d[ \u00a0])){_INCH}(?={_INCH_END}))")
_MEASUREMENT = re.compile(
    rf"(?<![\w$€£¥.,\-−])(?:{MOD_PREFIX})"
    rf"(?:between\s+(?P<blow>{NUMBER})\s+and\s+|(?P<low>{NUMBER})\s*(?:-|–|to)\s*)?{_SINGLE}", re.IGNORECASE)
# the same without a range, tried where a range was refused ("in 2019 to 15 km": 2019 is a year)
_MEASUREMENT_ALONE = re.compile(rf"(?<![\w$€£¥.,\-−]){_SINGLE}", re.IGNORECASE)

# Each form is anchored by its first word ("square", "km", "degrees"), a degree sign or fraction, or the
# digits a unit touches ("10km", "45C", "2 in.").
_GATE = GatedPattern(_MEASUREMENT,
                     Gate({re.match(r"\w+", f).group() for f in _FORMS if re.match(r"\w", f)}, lower=True,
                          word_start=True, whole=True),
                     Gate(["°", "º", *_FRACTION_CHARS]),
                     Gate(within=DIGITS_GATE,
                          shape=rf"(?i:\d*[{_FRACTION_CHARS}]?(?:{_UNIT})|\d+\s?{_INCH}{_INCH_END})"))
# a length squared or cubed ("4 km squared", "4km^3"): an area or a volume
_POWER_AFTER = re.compile(r"\^(?P<exp>[23])(?!\d)|[ -](?P<word>squared|cubed)\b", re.IGNORECASE)
_POWERS = {("mm", 2): "mm²", ("cm", 2): "cm²", ("m", 2): "m²", ("km", 2): "km²", ("in", 2): "sq in",
           ("ft", 2): "sq ft", ("yd", 2): "sq yd", ("mi", 2): "sq mi", ("cm", 3): "cm³", ("m", 3): "m³",
           ("km", 3): "km³", ("ft", 3): "ft³"}

# Units that are also ordinary words when capitalised ("Pound", "Stone"): only in lower case.
_LOWER_ONLY = frozenset({"pound", "pounds", "stone"})
# A letter glued to a number names a seat, a flat or a form after a name or such a word ("Row 12C", "Form
# 10F", "Apollo 9C"), not degrees.
_CODE_BEFORE = re.compile(r"(?:\b(?:row|seat|room|gate|platform|apartment|apt|flat|unit|suite|floor|level|grade|"
                          r"route|bus|flight|terminal|section|article|page|chapter|form|clause|exit|no\.?|number)|#)"
                          r"\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\s*$")
# "6 feet 2 inches", "6ft 2in", "a 6-foot-2 forward": one height, in inches
_INCHES_AFTER = re.compile(r"(?P<sep>,?\s|-)(?P<num>1[01]|\d(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven)(?:\s?(?P<unit>inches|inch|in)\b(?!\s+(?:the|a|an)\b))?", re.IGNORECASE)


def _unit(m: re.Match) -> str | None:
    """The unit symbol of a match, or None when its unit is an ordinary word or code here."""
    written = m["unit"]
    if written.lower() in _LOWER_ONLY and not written.islower():
        return None
    if written.lower() == _INCH:
        return _INCH if written == _INCH else None
    if written in GLUED_DEGREES:  # "45C", "30 C": after a short number, not after a name or code
        num = m["num"]
        if m["sep"] == "-" or not re.fullmatch(r"\d{1,3}(?:\.\d)?", num):
            return None
        return None if _code_before(m.string, m.start("neg") if m["neg"] else m.start("num")) else GLUED_DEGREES[written]
    return unit_of(written)


def _code_before(text: str, at: int) -> bool:
    """Whether a name or a word of codes stands right before ``at`` (a capital that starts a sentence,
    "Its 30 C outside", names nothing)."""
    lo = max(0, at - 20)
    if _CODE_BEFORE.search(text, lo, at):
        return True
    name = _NAME_BEFORE.search(text, lo, at)
    if name is None:
        return False
    return text[:name.start()].rstrip()[-1:] not in (".", "!", "?", "")


def _inches_after(text: str, end: int) -> tuple[int, float] | None:
    """The inches of a height written after its feet ("6 feet 2 inches", "6-foot-2"): (end, inches)."""
    m = _INCHES_AFTER.match(text, end)
    if not m or (m["sep"] != "-" and not m["unit"]):
        return None
    inches = parse_number(m["num"])
    return None if inches is None else (m.end(), inches)


def measurement(amount: float, unit: str, mod: str | None = None, low: float | None = None) -> Measurement:
    """A Measurement of ``amount`` ``unit`` with its canonical amount filled in."""
    u = UNITS[unit]
    canonical = tidy(float(f"{to_canonical(amount, unit):.9g}"))
    return Measurement(tidy(amount), unit, mod, dimension=u.dimension, canonical=canonical,
                       canonical_unit=CANONICAL[u.dimension], low=None if low is None else tidy(low))


def find_measurements(text: str, scan: TextScan, free) -> list[tuple[int, int, Measurement]]:
    """Every quantity with a unit in ``text``: (start, end, value), leftmost first. ``free(start, end)``
    says whether a span is still free (numbers of dates and money are not measurements)."""
    out: list[tuple[int, int, Measurement]] = []
    for m in _GATE.finditer(scan):
        if m["low"] or m["blow"]:
            low = parse_number(m["low"] or m["blow"])
            if low is None or not free(m.start(), m.end()):
                m = _MEASUREMENT_ALONE.match(text, m.start("neg") if m["neg"] else m.start("num"))
                low = None
                if m is None:
                    continue
        else:
            low = None
        found = _read(text, m, low)
        if found is not None and free(found[0], found[1]):
            out.append(found)
    return out


def _amount(written: str) -> float | None:
    """The value of a number or fraction before a unit ("2 1/2", "2½", "one-half", "1.5 million")."""
    if written[-1:] in _FRACTIONS:
        return (int(written[:-1]) if written[:-1] else 0) + _FRACTIONS[written[-1]]
    if written[-4:].lower() == "half":
        return 0.5
    if "/" in written:
        whole, _, part = written.replace("-", " ").rpartition(" ")
        top, bottom = part.split("/")
        return None if int(bottom) == 0 else (int(whole) if whole else 0) + int(top) / int(bottom)
    return parse_number(written)


def _read(text: str, m: re.Match, low: float | None) -> tuple[int, int, Measurement] | None:
    unit = _unit(m)
    amount = _amount(m["num"])
    if unit is None or amount is None:
        return None
    if m["half"]:
        amount += 0.5
    if m["neg"]:
        amount = -amount
    end = m.end()
    power = _POWER_AFTER.match(text, end)
    if power:
        exp = 3 if power["exp"] == "3" or (power["word"] or "").lower() == "cubed" else 2
        if (unit, exp) in _POWERS:
            unit, end = _POWERS[(unit, exp)], power.end()
    if unit == "ft" and low is None and (inches := _inches_after(text, end)) is not None:
        end, unit, amount = inches[0], "in", amount * 12 + inches[1]
    qmod = m.groupdict().get("qmod")
    mod = MOD_WORDS.get(qmod.lower()) if qmod else None
    return m.start(), end, measurement(amount, unit, mod, low if low is not None and low < amount else None)
