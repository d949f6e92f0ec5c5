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
# Symbols that are a unit only in context (see ``_unit``): "t" (tonnes) before a lower-case word or a stop,
# "K" (kelvin) near a temperature, "pm" (picometres) after a decimal that is no clock time.
_CONTEXT_SYMBOLS = ("t", "K", "pm")
_UNIT = letter_tree(f.replace(" ", "_") for f in [*_FORMS, *(s.lower() for s in _CONTEXT_SYMBOLS)]).replace("_", r"[ \-]")
# "in" is inches only after digits and right before a punctuation mark or a word of size ("a pencil 2 in.
# long", "2 in thick"): "ranked 2 in the poll" is not
_INCH = "in"
_INCH_END = r"(?:[.,;:)]|$|\s+(?:thick|wide|long|tall|high|deep|across)\b)"
# fractions as recipes and rain gauges write them ("1/4 inch", "2 1/2 in", "2½ miles", "one-half mile")
_FRACTION_CHARS = "½¼¾⅓⅔"
# and as speech says them ("half a metre", "a quarter of a mile", "three quarters of an inch")
_FRACTION = (rf"(?:\d+[ -])?\d+/\d+|\d*[{_FRACTION_CHARS}]|(?:one|a)[- ]half|half\s+an?|"
             rf"(?:a|one|three)[- ]quarters?\s+of\s+an?")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
# a number times a power, as science writes it ("8x2^10 bits", "3×10^8 m/s"); the caret as \x5e, which
# GatedPattern accepts (the digit gate below anchors these matches)
_POWER_NUMBER = r"\d+(?:\.\d+)?\s?[x×]\s?\d+\x5e\d{1,2}"
# a bare degree sign whose scale is named just after it ("-40° on the Fahrenheit scale", "30° Celsius")
_SCALE_AFTER = r"[°º](?=(?:\s+[a-z]+){0,3}?\s+(?P<scale>celsius|centigrade|fahrenheit)\b)"
# a unit follows a space or a hyphen, or touches digits ("10km", "45C", "2½mi", the inch mark in 9");
# "a"/"an" stand for one before a spelled unit ("a gallon of milk")
_SINGLE = (rf"(?P<neg>(?:minus|negative)\s+|[-−](?=\d))?(?P<num>{_FRACTION}|{_POWER_NUMBER}|{NUMBER}|(?P<art>an?))"
           rf"(?P<half>\s+and\s+a\s+half)?(?:(?P<sep>[ \u00a0]|-)|(?<=[\d{_FRACTION_CHARS}]))"
           rf"(?P<unit>(?:{_UNIT})(?!\w)|(?:(?<=\d)|(?<=\d[ \u00a0])){_INCH}(?={_INCH_END})|(?<=\d)[\"″](?!\w)|"
           rf"(?P<deg>{_SCALE_AFTER}))")
_MEASUREMENT = re.compile(
    rf"(?<![\w$€£¥.,\-−])(?:{MOD_PREFIX})"
    rf"(?:between\s+(?P<blow>{NUMBER})\s+and\s+|(?P<low>{NUMBER})\s*(?:-|–|to)\s*)?{_SINGLE}", re.IGNORECASE)
# the same without a range, tried where a range was refused ("in 2019 to 15 km": 2019 is a year)
_MEASUREMENT_ALONE = re.compile(rf"(?<![\w$€£¥.,\-−]){_SINGLE}", re.IGNORECASE)

# Each form is anchored by its first word ("square", "km", "degrees"), a degree sign or fraction, or the
# digits a unit touches ("10km", "45C", "2 in.").
# The context symbols, the inch mark and powers are anchored by their digits: "t" and "pm" are common words.
_GATE = GatedPattern(_MEASUREMENT,
                     Gate({re.match(r"\w+", f).group() for f in _FORMS if re.match(r"\w", f)}, lower=True,
                          word_start=True, whole=True),
                     Gate(["°", "º", *_FRACTION_CHARS]),
                     # the whole digit run first, once: no unit starts with a digit, so the shape never
                     # needs fewer of its digits (and does not try every unit after each one)
                     Gate(within=DIGITS_GATE,
                          shape=rf"(?i:\d+(?!\d)(?:[{_FRACTION_CHARS}]?(?:{_UNIT})|\s?{_INCH}{_INCH_END}|"
                                rf"[ \u00a0](?:t|k|pm)(?!\w)|[\"″]|\s?[x×]\s?\d+\x5e))"))
# "absolute zero": a temperature named by words
_ABSOLUTE_ZERO = GatedPattern(re.compile(r"\babsolute zero\b", re.IGNORECASE),
                              Gate(["absolute"], lower=True, word_start=True, whole=True))
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


# Unit words that are ordinary nouns after "a": never a measure ("a bit", "a knot", "a ton of questions"),
# or only before "of" and a noun ("a foot of snow", not "a foot soldier"; "a pound of coal", not "a pound coin").
_NO_ARTICLE = frozenset({"bit", "knot", "stone", "ton"})
_ARTICLE_NEEDS_OF = frozenset({"foot", "yard", "meter", "pound", "barrel", "ounce"})
_OF_NOUN = re.compile(r"\s+of\s+(?!(?:the|a|an|every|each|this|that|these|those|his|her|its|their|our|my|your|"
                      r"it|them)\b)[a-z]")
# a rate after a figure ("$3.50 a gallon", "40 cents a mile", "30 miles a gallon", "18 km a litre"): no
# amount of its own; the word before is a number, a sum or a unit
_WORD_BEFORE = re.compile(r"(?<!\S)(?P<word>\S+)\s+$")
_MONEY_BEFORE = re.compile(r"cents?|pence|dollars?|euros?|pounds?|yen|yuan|francs?|rupees?|pesos?", re.IGNORECASE)
_INCH_MARKS = ('"', "″")
# "a mile and a half"; not "a mile and a half-marathon"
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b(?![-‐]|\s+marathon)", re.IGNORECASE)
# feet written with a prime before the inch mark: 6'2", 6′ 2″
_FEET_MARK_BEFORE = re.compile(r"(?<![\w.,])(?P<feet>\d{1,2})['’′]\s?$")
_STOP_OR_WORD_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+[a-z]")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
# another temperature in the sentence: a degree sign or a named scale ("temperature" alone is not enough:
# "the temperature rose as sales hit 5.6K")
_TEMPERATURE = re.compile(r"[°º]|\b(?:celsius|fahrenheit|centigrade|kelvin)\b", re.IGNORECASE)
_PICO_DECIMAL = re.compile(r"\d+\.(?:\d|\d{3,})")  # not "2.30", a clock time in British style
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|from|until|till|since|before|after)\s+$", re.IGNORECASE)  # "at 7.3 pm": a typo
# "not an inch", "didn't budge an inch", "never a mile from home": an idiom, no distance
_NEGATED = re.compile(r"\b(?:not|never|no|nor|without)\b|n[’']t\b", re.IGNORECASE)


def _unit(m: re.Match) -> str | None:
    """The unit symbol of a match, or None when its unit is an ordinary word or code here."""
    written = m["unit"]
    if m["art"]:
        return _unit_after_article(m)
    if m["deg"]:  # "-40° on the Fahrenheit scale"
        return "°F" if m["scale"].lower() == "fahrenheit" else "°C"
    if written in _INCH_MARKS:
        return "in" if written == "″" or _inch_mark(m.string, m.start("unit")) else None
    if written in _CONTEXT_SYMBOLS:
        return written if _context_symbol(m) else None
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


def _unit_after_article(m: re.Match) -> str | None:
    """The unit of "a mile", "an acre", "a gallon of milk": a spelled unit in lower case after a space,
    unless it is an ordinary noun here or the rate of a figure before it ("$4 a gallon")."""
    written, text = m["unit"], m.string
    if m["sep"] not in (" ", "\u00a0") or not written.islower() or written in _NO_ARTICLE \
            or m.groupdict().get("low") or m.groupdict().get("blow"):
        return None
    if written in _ARTICLE_NEEDS_OF and not _OF_NOUN.match(text, m.end()):
        return None
    start = m.start("num")
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and _figure_word(before["word"]):
        return None
    if _NEGATED.search(text, max(0, start - 30), start):
        return None
    return SPELLED.get(" ".join(written.replace("-", " ").split()))


def _figure_word(word: str) -> bool:
    """Whether ``word`` ends a figure that a unit after "a" is the rate of: "$3.50", "cents", "miles", "km"."""
    return any(ch.isdigit() for ch in word) or _MONEY_BEFORE.fullmatch(word) is not None or unit_of(word) is not None


def _inch_mark(text: str, at: int) -> bool:
    """Whether the '"' at ``at``, right after digits, marks inches: it cannot close a quotation, as the
    quotation marks before it in its paragraph are paired ('a 12" pipe', not '"we scored 12"')."""
    return text.count('"', text.rfind("\n", 0, at) + 1, at) % 2 == 0


def _context_symbol(m: re.Match) -> bool:
    """Whether "t", "K" or "pm" after a number is a unit: tonnes before a lower-case word or a stop
    ("278,000 t of wheat"), kelvin in a sentence with another temperature and before no word ("32K fans" are
    thousands), picometres after a decimal that is no clock time ("2.1 pm", not "2.30 pm")."""
    written, text, num = m["unit"], m.string, m["num"]
    if not num[0].isdigit():
        return False
    if written == "pm":
        start = m.start("num")
        return _PICO_DECIMAL.fullmatch(num) is not None and not _CLOCK_BEFORE.search(text, max(0, start - 8), start)
    if written == "t":
        return m["sep"] in (" ", "\u00a0") and _STOP_OR_WORD_AFTER.match(text, m.end()) is not None \
            and not _code_before(text, m.start("num"))
    if _WORD_AFTER.match(text, m.end()):
        return False
    lo, hi = _sentence_around(text, m.start(), m.end())
    return _TEMPERATURE.search(text, lo, hi) is not None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start..end`` (at most 200 characters either side)."""
    lo = max(start - 200, 0, text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    hi = min(end + 200, len(text))
    for stop in (". ", "\n"):
        at = text.find(stop, end, hi)
        if at != -1:
            hi = at
    return lo, hi


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
    # nine significant digits, not six decimals: 2.1 picometres stay 2.1e-12 m, not 0
    canonical = float(f"{to_canonical(amount, unit):.9g}")
    canonical = int(canonical) if canonical.is_integer() else canonical
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
            if low is None:
                out.extend(_sharing_the_unit(text, found, free))
            out.append(found)
    for m in _ABSOLUTE_ZERO.finditer(scan):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), measurement(0, "K")))
    out.sort(key=lambda f: f[0])
    return out


# a number before a measurement that shares its unit: "45 and 50 mg", "3, 4 or 5 km", "the 5 and 10 km
# races" (the last joined by "and"/"or", those before it by commas)
_SHARED_BEFORE = re.compile(r"(?<![\w$€£¥.,\-−])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
                            r"(?:(?P<and>,?\s+(?:and|or)\s+)|,\s*)$", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _sharing_the_unit(text: str, found: tuple[int, int, Measurement], free) -> list[tuple[int, int, Measurement]]:
    """The bare numbers of a list that ends with ``found`` ("45 and 50 mg": 45 mg), each spanning only its
    number; years, codes ("Route 66") and numbers that belong to something else are no part of it."""
    start, _, measured = found
    out: list[tuple[int, int, Measurement]] = []
    while (b := _SHARED_BEFORE.search(text, max(0, start - 40), start)) is not None and bool(b["and"]) == (not out):
        amount = parse_number(b["num"])
        if amount is None or _YEAR_LIKE.fullmatch(b["num"]) or not free(b.start(), b.end("num")) \
                or _code_before(text, b.start()):
            break  # "In 2019 and ...", "Route 66 and 20 miles north"
        out.append((b.start(), b.end("num"), measurement(amount, measured.unit)))
        start = b.start()
    return out[::-1]


def _amount(written: str) -> float | None:
    """The value of a number or fraction before a unit ("2 1/2", "2½", "one-half", "1.5 million", "a",
    "8x2^10")."""
    if written.lower() in ("a", "an"):
        return 1
    if "^" in written:
        times, power = re.split(r"\s?[x×]\s?", written)
        base, exp = power.split("^")
        return float(times) * int(base) ** int(exp)
    if written[-1:] in _FRACTIONS:
        return (int(written[:-1]) if written[:-1] else 0) + _FRACTIONS[written[-1]]
    low = written.lower()
    if low[-4:] == "half" or low.startswith("half"):
        return 0.5
    if "quarter" in low:
        return 0.75 if low.startswith("three") else 0.25
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
    end = m.end()
    if m["half"]:
        amount += 0.5
    elif m["art"] and (half := _HALF_AFTER.match(text, end)) is not None:
        amount, end = 1.5, half.end()
    if m["neg"]:
        amount = -amount
    power = _POWER_AFTER.match(text, end)
    if power:
        exp = 3 if power["exp"] == "3" or (power["word"] or "").lower() == "cubed" else 2
        if (unit, exp) in _POWERS:
            unit, end = _POWERS[(unit, exp)], power.end()
    start = m.start()
    if unit == "ft" and low is None and (inches := _inches_after(text, end)) is not None:
        end, unit, amount = inches[0], "in", amount * 12 + inches[1]
    elif m["deg"] and not text[m.end():m.start("scale")].strip():
        end = m.end("scale")  # "30° Celsius"
    elif m["unit"] in _INCH_MARKS and (feet := _FEET_MARK_BEFORE.search(text, max(0, start - 4), start)):
        start, amount = feet.start(), int(feet["feet"]) * 12 + amount  # 6'2": one height, in inches
    qmod = m.groupdict().get("qmod")
    mod = MOD_WORDS.get(qmod.lower()) if qmod else None
    return start, end, measurement(amount, unit, mod, low if low is not None and low < amount else None)
