"""Numbers as news writes them: digits, words, and both mixed ("1.5 million", "forty-two").

``NUMBER`` is a regular-expression fragment that other recognisers embed; ``parse_number`` turns
its match into a number. Integral values come back as ``int`` so that JSON says 42, not 42.0.
"""

from __future__ import annotations

import re

from ._scan import case_class, letter_tree

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000,
          # South Asian English: "12 lakh", "1 crore"
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
          "dozen": 12}  # "two dozen", "3 dozen"
SCALE_ABBREV = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
                "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
                "t": 1_000_000_000_000}  # "t" only reaches here from MONEY_NUMBER ("$2.1T")
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3}
SPECIAL = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2, "a hundred": 100,
           "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000, "a score of": 20,
           "half a dozen": 6, "a half-dozen": 6, "half-dozen": 6}

# letter trees: a case-insensitive alternation tries every word, a tree a few letters (see ``letter_tree``);
# NUMBER is only written into case-insensitive patterns, so its trees are folded; MONEY_NUMBER also goes
# into case-sensitive ones, which match lower-case words only
_UNIT_WORDS = letter_tree(UNITS, fold=True)
_TENS_WORDS = letter_tree(TENS, fold=True)
_SCALE_LIST = ["hundred", "thousand", "million", "billion", "trillion", "lakhs", "lakh", "crores", "crore", "dozen"]
_SCALE_WORDS = letter_tree(_SCALE_LIST, fold=True)


def _word_number(units: str, tens: str, scales: str) -> str:
    """"two hundred and forty-five thousand", "forty-two", "seven", written with these trees."""
    word = rf"(?:(?:{tens})(?:[- ](?:{units}))?|{units})"
    return rf"(?:{word}(?:[- ](?:{scales})(?:(?: and)?[- ]{word})?)*)"


WORD_NUMBER = _word_number(_UNIT_WORDS, _TENS_WORDS, _SCALE_WORDS)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# digits optionally followed by a scale word: "1.5 million", "68.7 billion", "4.2bn"
_SCALE_ABBREVS = letter_tree(["bn", "mn", "mln", "bln", "tn", "trn", "m", "b", "k"], fold=True)
DIGIT_NUMBER = rf"(?:{DIGITS}(?:\s?(?:{_SCALE_WORDS})\b|(?:{_SCALE_ABBREVS})\b)?)"
# a fraction of a scale: "half a million", "a quarter million", "three quarters of a billion"
_OF_SCALE = r"(?: of)?(?: a)? (?:million|billion|trillion)"
_FRACTION_SCALE = rf"(?:half|quarters?){_OF_SCALE}"


# the letters a SPECIAL_NUMBER starts with: a look-ahead for them spares the regex engine its branches
# before a digit or another word (exact with or without case folding)
SPECIAL_GUARD = "(?=[adhoqt])"


def _special_number(scales: str, *, fold: bool) -> str:
    """"a dozen", "half a dozen", "three quarters of a billion": the branches grouped by their first
    letter, each group keeping its branches' order (so the same match wins); ``fold`` opens each group
    on a case-sensitive class of its letter, which the engine checks before entering the group."""
    a, d, h, o, q, t = (case_class(c) if fold else c for c in "adhoqt")
    return rf"{SPECIAL_GUARD}(?:{a} (?:{_FRACTION_SCALE}|half-dozen|dozen|couple of|pair of|score of|(?:{scales}))" \
           rf"|{h}alf(?:{_OF_SCALE}| a dozen|-dozen)|{q}uarters?{_OF_SCALE}|{o}ne {_FRACTION_SCALE}" \
           rf"|{t}hree {_FRACTION_SCALE}|{d}ozen)"


SPECIAL_NUMBER = _special_number(_SCALE_WORDS, fold=True)
NUMBER = rf"(?:{SPECIAL_NUMBER}|{DIGIT_NUMBER}|{WORD_NUMBER})"
# Money also takes upper-case suffixes ("€10M", "$2.17T": after a currency sign they cannot be a unit)
# and thousands grouped by spaces ("10 000", "1 250 000"), which a following currency makes unambiguous.
_LOWER_SCALES = letter_tree(_SCALE_LIST)
_LOWER_SPECIAL = _special_number(_LOWER_SCALES, fold=False)
_LOWER_WORD_NUMBER = _word_number(letter_tree(UNITS), letter_tree(TENS), _LOWER_SCALES)
SPACED_DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)(?:\.\d+)?)"
# a headline writes its scale in title case ("Buys Rival for $1.9 Billion")
_TITLE_SCALES = letter_tree([w.title() for w in _SCALE_LIST if w != "dozen"])
_MONEY_DIGITS = rf"{DIGITS}(?:\s?(?:{_LOWER_SCALES}|{_TITLE_SCALES})\b|(?:bn|mn|mln|bln|tn|trn|BN|Bn|MN|Mn|[mbkMBKT])\b)?"
MONEY_NUMBER = rf"(?:{_LOWER_SPECIAL}|{SPACED_DIGITS}|{_MONEY_DIGITS}|{_LOWER_WORD_NUMBER})"
# MONEY_NUMBER without spaced thousands: after a leading sign, "$5 100 times" must stay $5
PREFIXED_MONEY_NUMBER = rf"(?:{_LOWER_SPECIAL}|{_MONEY_DIGITS}|{_LOWER_WORD_NUMBER})"

# Ordinals ("fourth", "21st", "twenty-first"): what rank a thing has, or how many of it there have been
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}
_ORDINAL_WORDS = letter_tree(ORDINALS, fold=True)
_ORDINAL_UNITS = letter_tree([w for w, n in ORDINALS.items() if n < 10], fold=True)
# "fourth", "twenty-first", "104th", "21st"
ORDINAL = rf"(?:(?:{_TENS_WORDS})-(?:{_ORDINAL_UNITS})|{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))"
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")

_WORD_SPLIT = re.compile(r"[\s-]+")
_FRACTION_SCALED = re.compile(r"^(?:(a|one|three) )?(half|quarters?)(?: of)?(?: a)? (million|billion|trillion)$")
_SPACED_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")
_DIGITS_SCALED = re.compile(rf"^({DIGITS})\s?([a-z]+)?$")
_number_re = re.compile(rf"^{NUMBER}$", re.IGNORECASE)


def tidy(value: float) -> float | int:
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)


def _words_to_number(words: str) -> float | None:
    total, current = 0, 0
    seen = False
    for tok in _WORD_SPLIT.split(words.lower()):
        if tok in ("and", ""):
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | int | None:
    """The value of a NUMBER match, or None when ``text`` is not a number."""
    s = text.strip().lower()
    if s in SPECIAL:
        return SPECIAL[s]
    if s.startswith("a ") and s[2:] in SCALES:
        return SCALES[s[2:]]
    # (each regex only where a cheap test finds what it needs: a regex call costs more)
    if s[:1].isdigit() and (" " in s or not s.isascii()):
        s = _SPACED_GROUP.sub("", s)  # "10 000" (only MONEY_NUMBER lets spaced groups through)
    m = _FRACTION_SCALED.match(s) if "half" in s or "quarter" in s else None
    if m:
        times = 3 if m.group(1) == "three" else 1
        return tidy(times * FRACTIONS[m.group(2)] * SCALES[m.group(3)])
    m = _DIGITS_SCALED.match(s) if s[:1].isdigit() or s[:1] == "." else None
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            factor = SCALES.get(scale) or SCALE_ABBREV.get(scale)
            if factor is None:
                return None
            value *= factor
        return tidy(value)
    value = _words_to_number(s)
    return None if value is None else tidy(value)


def is_number(text: str) -> bool:
    return bool(_number_re.match(text.strip()))


def parse_ordinal(text: str) -> int | None:
    """The number of an ORDINAL match ("fourth": 4, "twenty-first": 21, "104th": 104), or None."""
    s = text.strip().lower()
    if (m := _ORDINAL_DIGITS.fullmatch(s)) is not None:
        return int(m.group(1))
    tens, _, unit = s.rpartition("-")
    if unit not in ORDINALS or (tens and tens not in TENS):
        return None
    return TENS.get(tens, 0) + ORDINALS[unit]
