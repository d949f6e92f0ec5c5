"""Dates and durations: recognise the expression, then normalise it to an ISO-TimeML value.

Recognition and resolution are separate steps. ``find_timexes`` returns ``Timex`` mentions
whose ``spec`` says what the words mean ("the Wednesday before the reference date", "November
of the year before") without a calendar; ``resolve`` turns a spec into a TIMEX3 value once the
reference date (and the narrative time, for "two days later") is known. That split is what lets
the pipeline infer a reference date from the article's own absolute dates before resolving the
relative ones, and keep values unanchored (``XXXX-WXX-3``) when nothing anchors them.

Extents follow the TimeML guidelines: modifiers such as "about", "more than", "early" belong to
the expression; the preposition before it ("on", "in", "over") does not.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ._scan import Gate, GatedPattern, TextScan
from .numbers import NUMBER, parse_number

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
            "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
            "fri": 5, "sat": 6, "sun": 7}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DURATION_UNITS = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "week": ("W", False),
    "fortnight": ("W", False), "month": ("M", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "quarter": ("Q", False),
}
# TimeML mods for the words that qualify a quantity (durations and figures share them).
MOD_WORDS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "an estimated": "APPROX", "estimated": "APPROX", "close to": "APPROX",
    "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN", "shy of": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "upwards of": "MORE_THAN",
    "longer than": "MORE_THAN", "in excess of": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE",
    "a minimum of": "EQUAL_OR_MORE", "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "a maximum of": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "no longer than": "EQUAL_OR_LESS",
}
MOD_PREFIX = r"(?:(?P<qmod>" + "|".join(sorted((re.escape(w) for w in MOD_WORDS), key=len, reverse=True)) + r")\s+)?"
POINT_MODS = {"early": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END",
              "beginning": "START", "start": "START", "dawn": "START"}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MON = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PMOD = r"(?:(?P<pmod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+)?"
_REL = r"(?:(?P<rel>last|next|this|coming|past|previous|following)\s+)?"
_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)"
_NUM_OR_A = rf"(?P<num>{NUMBER}|an?|one|a few|several|a couple of|few|many)"


# regexes the builders use (compiled once)
_LEADING_DIGITS = re.compile(r"\d+")
_YEAR_AFTER = re.compile(r"^(?:[,.;:)]|\s+(?:and|or)\b|'s\b|’s\b|$)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_SEASON_BEFORE = re.compile(r"\b(?:in|this|by|until|during|since|early|late)\s+$")
_PART_BEFORE = re.compile(r"\b(?:in|during|for|by|until|of|since)\s+$")
_KIND_OF_AFTER = re.compile(r"\s+(?:like|when|where|which|such as)\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:once|twice|times|\d|million|billion|thousand|percent|%|per)\s*$")
_OLD_AFTER = re.compile(r"\s+old\b")
_AND_A_HALF = re.compile(r"and\s+a\s+half$", re.IGNORECASE)
_MORE = re.compile(r"more|longer")
_SHIFT_AFTER = re.compile(r"\s+(?:ago|later|earlier|before|after)\b")
_AT_BY = re.compile(r"(?:at|by)\s+", re.IGNORECASE)
_DURATION_JOINT = re.compile(r"\s*(?:,|and|,\s*and)?\s*")


@dataclass
class Timex:
    """A recognised date or duration before normalisation."""

    start: int
    end: int
    type: str  # "DATE" or "DURATION"
    spec: dict[str, Any]
    mod: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(_LEADING_DIGITS.match(s).group(0))


def _pmod(m: re.Match) -> str | None:
    word = m.groupdict().get("pmod")
    if not word:
        return None
    key = word.split()[-2] if word.lower().endswith(" of") else word
    return POINT_MODS.get(key.lower().replace("the", "").strip())


# --------------------------------------------------------------------------- recognisers
# Each recogniser is (pattern, builder). The builder returns a Timex or None (to veto a match).
# The gates name words one of which every match contains (see ``_scan``): a pattern is tried only
# near them, which finds exactly the matches a scan of the whole text finds.
_RECOGNISERS: list[tuple[re.Pattern, Any]] = []
_GATED: list[GatedPattern] = []

DIGITS_GATE = Gate(regex=r"\d+")
_MONTH_GATE = Gate(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
                    "Sep", "Oct", "Nov", "Dec"], word_start=True, whole=True)
_WEEKDAY_GATE = Gate([d + s for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
                      for s in ("", "s")], word_start=True, whole=True)


def _digits_shaped(shape: str) -> Gate:
    """The starts of digit runs where ``shape`` matches: a pattern's digits begin a run (after \\b,
    white space or a non-digit look-behind), so these anchor every match."""
    return Gate(within=DIGITS_GATE, shape=shape)


def _words_gate(*words: str) -> Gate:
    return Gate(words, lower=True, word_start=True, whole=True)


_UNIT_GATE = _words_gate("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours",
                         "hr", "hrs", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
                         "year", "years", "decade", "decades", "century", "centuries")


def recogniser(pattern: str, flags: int = 0, *, gates: tuple[Gate, ...]):
    def register(fn):
        compiled = re.compile(pattern, flags)
        _RECOGNISERS.append((compiled, fn))
        _GATED.append(GatedPattern(compiled, *gates))
        return fn

    return register


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<m>{MON})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|through|until|and)\s*"
            rf"(?:(?P<m2>{MON})\s+)?(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?", gates=(_MONTH_GATE,))
def _month_day_range(m: re.Match) -> Timex | None:
    y = int(m["y"]) if m["y"] else None
    m1 = _month(m["m"])
    m2 = _month(m["m2"]) if m["m2"] else m1
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if (m2, d2) <= (m1, d1):
        return None
    a = {"k": "ymd", "y": y, "m": m1, "d": d1}
    b = {"k": "ymd", "y": y, "m": m2, "d": d2}
    return Timex(m.start(), m.end(), "DATE", {"k": "range", "a": a, "b": b})


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?{_PMOD}(?P<m>{MON})\s+(?P<d>{DAY})\b(?!:)(?:,?\s+(?P<y>{YEAR})\b)?", gates=(_MONTH_GATE,))
def _month_day(m: re.Match) -> Timex | None:
    if m["m"] in ("May", "March") and not m["d"][0].isdigit():
        return None
    y = int(m["y"]) if m["y"] else None
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": y, "m": _month(m["m"]), "d": _day(m["d"])},
                 mod=_pmod(m))


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?\b", gates=(_MONTH_GATE,))
def _day_month(m: re.Match) -> Timex | None:
    y = int(m["y"]) if m["y"] else None
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": y, "m": _month(m["m"]), "d": _day(m["d"])})


@recogniser(rf"\b{_PMOD}(?P<m>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR})\b", gates=(_MONTH_GATE,))
def _month_year(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": int(m["y"]), "m": _month(m["m"]), "d": None},
                 mod=_pmod(m))


_MONTH_ALONE_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|before|after|during|of|last|next|this|early|mid|late|"
    r"between|and|or|since|that|each|every|until|the|end|beginning|start|middle|previous|following)[\s-]+)$",
    re.IGNORECASE)


@recogniser(rf"\b{_PMOD}(?:(?P<rel>last|next|this|previous|the previous|the following|following|coming|past)\s+)?"
            rf"(?P<m>{_MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?![\w-])", gates=(_MONTH_GATE,))
def _month_alone(m: re.Match) -> Timex | None:
    text = m.string
    if m["m"] in ("May", "March") and not (m["rel"] or m["pmod"]):
        before = text[max(0, m.start() - 40):m.start()]
        if not _MONTH_ALONE_CONTEXT.search(before):
            return None
    spec: dict[str, Any] = {"k": "ymd", "y": None, "m": _month(m["m"]), "d": None}
    rel = (m["rel"] or "").replace("the ", "")
    if rel in ("last", "previous", "past"):
        spec = {"k": "month_rel", "m": spec["m"], "dir": -1, "base": "narr" if rel == "previous" else "ref"}
    elif rel in ("next", "following", "coming"):
        spec = {"k": "month_rel", "m": spec["m"], "dir": 1, "base": "narr" if rel == "following" else "ref"}
    elif rel == "this":
        spec = {"k": "month_rel", "m": spec["m"], "dir": 0, "base": "ref"}
    return Timex(m.start(), m.end(), "DATE", spec, mod=_pmod(m))


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|to|through|before|after|during|of|between|and|or|early|mid|late|"
    r"back to|around|circa|year|end of|start of|beginning of|middle of|fiscal|since early|since late)[\s-]+)$",
    re.IGNORECASE)


@recogniser(rf"\b{_PMOD}(?P<y>{YEAR})\b(?![,.]\d)(?!\s*(?:%|percent|per cent))", gates=(_digits_shaped(r"1[6-9]\d\d|20\d\d"),))
def _year(m: re.Match) -> Timex | None:
    text = m.string
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 2]
    if before.endswith(("$", "€", "£", "#", "No. ")) or after[:1] in ("-",) and after[1:2].isdigit():
        return None
    if not (m["pmod"] or _YEAR_BEFORE.search(before) or _YEAR_AFTER.match(text[m.end():m.end() + 5])):
        # A bare four-digit number inside a phrase ("the 2022 Beijing Winter Olympics") is still a year
        # when the next word is capitalised; "2000 people" is not.
        nxt = _NEXT_WORD.match(text[m.end():m.end() + 20])
        if not (nxt and nxt.group(1)[0].isupper()):
            return None
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": int(m["y"]), "m": None, "d": None}, mod=_pmod(m))


@recogniser(r"\b(?:the\s+)?(?P<pmod2>early|mid|late)?[-\s]?(?P<dec>(?:1[6-9]|20)\d0)s\b|\bthe\s+'(?P<dec2>\d0)s\b", gates=(_digits_shaped(r"(?:1[6-9]|20)\d0s|\d0s"),))
def _decade(m: re.Match) -> Timex:
    dec = m["dec"][:3] if m["dec"] else ("19" + m["dec2"][0] if m["dec2"] != "00" else "200")
    mod = POINT_MODS.get((m["pmod2"] or "").lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": dec}, mod=mod)


@recogniser(rf"\b(?P<iso>\d{{4}}-\d\d-\d\d)\b|\b(?P<us>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:{YEAR}|\d\d))\b", gates=(_digits_shaped(r"\d{4}-\d\d-\d\d|\d{1,2}/"),))
def _numeric_date(m: re.Match) -> Timex | None:
    if m["iso"]:
        y, mo, d = (int(x) for x in m["iso"].split("-"))
    else:
        mo, d, y = (int(x) for x in m["us"].split("/"))
        if y < 100:
            y += 2000 if y < 50 else 1900
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": y, "m": mo, "d": d})


@recogniser(rf"\b{_PMOD}(?:(?P<rel>last|next|this|coming|past|previous|following)\s+)?(?P<wd>{_WD})s?"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b", gates=(_WEEKDAY_GATE,))
def _weekday(m: re.Match) -> Timex:
    rel = (m["rel"] or "").lower()
    spec = {"k": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "rel": rel or None,
            "pod": PARTS_OF_DAY.get((m["pod"] or "").lower())}
    return Timex(m.start(), m.end(), "DATE", spec, mod=_pmod(m))


@recogniser(r"\b(?P<det>the|this|last|next|past|previous|coming|that)\s+weekend\b", re.IGNORECASE, gates=(_words_gate("weekend"),))
def _weekend(m: re.Match) -> Timex:
    det = m["det"].lower()
    d = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(det, 0)
    return Timex(m.start(), m.end(), "DATE", {"k": "weekend", "dir": d})


@recogniser(r"\b(?P<w>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<pod>morning|afternoon|evening|night))?",
            re.IGNORECASE, gates=(_words_gate("today", "yesterday", "tomorrow", "tonight"),))
def _deictic_day(m: re.Match) -> Timex:
    w = m["w"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    pod = "NI" if w == "tonight" else PARTS_OF_DAY.get((m["pod"] or "").lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": offset, "unit": "day", "base": "ref", "pod": pod})


@recogniser(r"\b(?P<rel>last|next|this|the previous|the following|the past|the coming|the same|earlier this|"
            r"later this|earlier in the|later in the|earlier that|later that|that|the current|the end of the|"
            r"the end of this|the end of last|the start of the|the beginning of the|the beginning of this|"
            r"the middle of the)\s+(?P<u>week|month|year|quarter|decade|century|fiscal year)\b", re.IGNORECASE, gates=(_words_gate("week", "month", "year", "quarter", "decade", "century", "fiscal"),))
def _relative_unit(m: re.Match) -> Timex | None:
    rel = m["rel"].lower()
    unit = m["u"].lower().replace("fiscal year", "year")
    base = "narr" if rel in ("the previous", "the following", "the same", "that", "earlier that", "later that") else "ref"
    if rel in ("last", "the previous", "the past", "the end of last"):
        n = -1
    elif rel in ("next", "the following", "the coming"):
        n = 1
    else:
        n = 0
    if rel == "the past" and unit in ("week", "month", "year"):
        # "the past year" is a duration ending now rather than the calendar unit before this one
        return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": 1, "unit": unit})
    mod = None
    if rel.startswith(("earlier", "the start", "the beginning")):
        mod = "START" if rel.startswith(("the start", "the beginning")) else None
    elif rel.startswith(("later",)):
        mod = None
    elif rel.startswith("the end"):
        mod = "END"
    elif rel.startswith("the middle"):
        mod = "MID"
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": n, "unit": unit, "base": base}, mod=mod)


# "two days ago" and "two days later" are dates; "two days before" and "two days after" are dates only
# where nothing follows ("…, and two days after, it rained"): "two days after the vote" is a length
# and its signal, as TimeML annotates it
@recogniser(rf"\b{MOD_PREFIX}{_NUM_OR_A}[\s-]+{_UNIT}\s+(?:(?P<dir>ago|later|earlier|afterward|afterwards|previously|"
            r"from now|hence)\b|(?P<dir2>before|after|prior|beforehand)\b(?=\s*(?:[.,;:!?)—–\"”]|$|and\b|or\b)))",
            re.IGNORECASE, gates=(_UNIT_GATE,))
def _shift(m: re.Match) -> Timex | None:
    n = _amount(m["num"])
    unit = _unit(m["unit"])
    d = (m["dir"] or m["dir2"]).lower()
    sign = -1 if d in ("ago", "earlier", "before", "beforehand", "previously", "prior") else 1
    base = "ref" if d in ("ago", "from now", "hence") else "narr"
    spec = {"k": "shift", "n": sign * n if isinstance(n, (int, float)) else None, "unit": unit, "base": base,
            "sign": sign}
    return Timex(m.start(), m.end(), "DATE", spec, mod=MOD_WORDS.get((m["qmod"] or "").lower()))


@recogniser(r"\b(?:the\s+)?(?P<w>day|night|week|month|year)\s+(?P<d>before|after|earlier|later)\b(?!\s+(?:the|a|an|his|her|their|its)\b)|"
            r"\bthe\s+(?P<w2>next|following|previous|preceding)\s+(?P<u2>day|morning|evening|night|week|month|year)\b",
            re.IGNORECASE, gates=(_words_gate("day", "night", "week", "month", "year", "morning", "evening"),))
def _narrative_step(m: re.Match) -> Timex:
    if m["w"]:
        unit, sign = m["w"].lower(), (-1 if m["d"].lower() in ("before", "earlier") else 1)
    else:
        unit, sign = m["u2"].lower(), (1 if m["w2"].lower() in ("next", "following") else -1)
    pod = PARTS_OF_DAY.get(unit)
    if pod or unit == "night":
        unit = "day"
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": sign, "unit": unit, "base": "narr", "pod": pod})


@recogniser(r"\b(?:(?P<rel>last|next|this|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>" + YEAR + r"))?\b",
            re.IGNORECASE, gates=(_words_gate("spring", "summer", "fall", "autumn", "winter"),))
def _season(m: re.Match) -> Timex | None:
    if not (m["rel"] or m["y"]):
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not _SEASON_BEFORE.search(before):
            return None
    rel = (m["rel"] or "").lower()
    spec = {"k": "season", "s": SEASONS[m["s"].lower()], "y": int(m["y"]) if m["y"] else None,
            "dir": {"last": -1, "next": 1}.get(rel, 0)}
    return Timex(m.start(), m.end(), "DATE", spec)


@recogniser(r"\b(?:the\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(?P<p>quarter|half)"
            r"(?:\s+of\s+(?:(?P<y>" + YEAR + r")|(?P<this>this|the|next|last)\s+year))?\b", re.IGNORECASE, gates=(_words_gate("quarter", "half"),))
def _quarter(m: re.Match) -> Timex | None:
    o = m["o"].lower()
    idx = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
           "final": 4, "last": 4}[o]
    p = m["p"].lower()
    if p == "half":
        if idx > 2 and o not in ("final", "last"):
            return None
        idx = 2 if o in ("final", "last", "second", "2nd") else 1
    if not (m["y"] or m["this"]):
        before = m.string[max(0, m.start() - 16):m.start()].lower()
        if not _PART_BEFORE.search(before):
            return None
    rel = (m["this"] or "").lower()
    spec = {"k": "part", "p": ("Q" if p == "quarter" else "H") + str(idx), "y": int(m["y"]) if m["y"] else None,
            "dir": {"next": 1, "last": -1}.get(rel, 0)}
    return Timex(m.start(), m.end(), "DATE", spec)


@recogniser(r"\b(?:in\s+)?(?P<w>recent|coming|past|last|next)\s+(?P<u>days|weeks|months|years|decades)\b",
            re.IGNORECASE, gates=(_words_gate("days", "weeks", "months", "years", "decades"),))
def _vague_ref(m: re.Match) -> Timex:
    future = m["w"].lower() in ("coming", "next")
    start = m.start() + (3 if m.group(0).lower().startswith("in ") else 0)
    return Timex(start, m.end(), "DATE", {"k": "literal", "value": "FUTURE_REF" if future else "PAST_REF"})


# Durations ---------------------------------------------------------------------------------------
@recogniser(rf"\b{MOD_PREFIX}(?:(?P<num>{NUMBER}|an?|one)(?:\s+and\s+(?P<half>a\s+half))?[\s-]+{_UNIT}"
            r"(?:\s+and\s+a\s+half)?(?P<hyph>-(?:long|old))?\b(?P<ormore>\s+or\s+(?:more|longer|less))?|"
            rf"(?P<halfan>half\s+an?)\s+(?P<unit2>hour|day|year|month|minute|second|week|century|decade)\b)",
            re.IGNORECASE, gates=(_UNIT_GATE,))
def _duration(m: re.Match) -> Timex | None:
    text = m.string
    if m["halfan"]:
        return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": 0.5, "unit": _unit(m["unit2"])})
    num = m["num"]
    if num.lower() in ("a", "an", "one"):
        # "once a day", "$5 million a year", "twice a week" are rates, not durations
        before = text[max(0, m.start() - 16):m.start()].lower()
        if _RATE_BEFORE.search(before):
            return None
        # "a day like this", "a year when prices fell": a kind of day, not a length
        if _KIND_OF_AFTER.match(text, m.end()):
            return None
    unit_word = m["unit"]
    after = text[m.end():m.end() + 12].lower()
    if m["hyph"] and m["hyph"].lower() == "-old" or _OLD_AFTER.match(after):
        return None  # ages are not event durations
    n = _amount(num)
    if m["half"] or _AND_A_HALF.search(m.group(0)):
        n = (n or 0) + 0.5 if isinstance(n, (int, float)) else n
    mod = MOD_WORDS.get((m["qmod"] or "").lower())
    if m["ormore"]:
        mod = "EQUAL_OR_MORE" if _MORE.search(m["ormore"]) else "EQUAL_OR_LESS"
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": n, "unit": _unit(unit_word)}, mod=mod)


@recogniser(rf"\b{MOD_PREFIX}(?P<num>several|a few|few|many|a couple of|some|countless|dozens of|hundreds of)\s+"
            r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b", re.IGNORECASE, gates=(_words_gate("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"),))
def _vague_duration(m: re.Match) -> Timex | None:
    after = m.string[m.end():m.end() + 12].lower()
    if _SHIFT_AFTER.match(after):
        return None
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": None, "unit": _unit(m["unit"])})


@recogniser(r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d+))?(?![\d:])", gates=(_digits_shaped(r"\d{1,2}:[0-5]\d:[0-5]\d"),))
def _clock_duration(m: re.Match) -> Timex | None:
    before = m.string[max(0, m.start() - 4):m.start()].lower()
    if before.endswith("at "):
        return None
    sec = m["s"] + (f".{m['f']}" if m["f"] else "")
    value = f"PT{int(m['h'])}H{int(m['mi'])}M{sec}S"
    return Timex(m.start(), m.end(), "DURATION", {"k": "literal", "value": value})


@recogniser(r"\b(?:at\s+|by\s+)?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
            r"|\b(?P<noon>noon|midnight)\b", re.IGNORECASE, gates=(_digits_shaped(r"(?i)\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m"), _words_gate("noon", "midnight")))
def _clock_time(m: re.Match) -> Timex:
    if m["noon"]:
        h, mi = (12 if m["noon"].lower() == "noon" else 0), 0
    else:
        h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        mi = int(m["mi"] or 0)
    start = m.start()
    lead = _AT_BY.match(m.group(0))
    if lead:
        start += lead.end()
    return Timex(start, m.end(), "DATE", {"k": "time", "h": h, "mi": mi})


def _unit(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    w = w.rstrip("s") if w not in ("hrs",) else "hr"
    return {"sec": "second", "min": "minute", "hr": "hour"}.get(w, w)


def _amount(num: str) -> float | int | None:
    s = num.lower().strip()
    if s in ("a", "an", "one"):
        return 1
    if s in ("a few", "several", "a couple of", "few", "many", "some"):
        return 2 if s == "a couple of" else None
    return parse_number(s)


# --------------------------------------------------------------------------- recognition
def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_compound_durations(found: list[Timex], text: str) -> list[Timex]:
    """"2 hours, 0 minutes and 35 seconds" is one duration, not three."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == t.type == "DURATION" and prev.spec.get("k") == t.spec.get("k") == "duration"
                and _DURATION_JOINT.fullmatch(text[prev.end:t.start])
                and prev.spec.get("n") is not None and t.spec.get("n") is not None and t.mod is None):
            parts = prev.spec.get("parts") or [(prev.spec["n"], prev.spec["unit"])]
            if _UNIT_ORDER.index(t.spec["unit"]) > _UNIT_ORDER.index(parts[-1][1]):
                out[-1] = Timex(prev.start, t.end, "DURATION",
                                {"k": "duration", "parts": [*parts, (t.spec["n"], t.spec["unit"])],
                                 "n": prev.spec["n"], "unit": prev.spec["unit"]}, mod=prev.mod)
                continue
        out.append(t)
    return out


_UNIT_ORDER = ["century", "decade", "year", "quarter", "month", "fortnight", "week", "day", "hour", "minute", "second"]


def find_timexes(text: str, scan: TextScan | None = None) -> list[Timex]:
    """Non-overlapping date and duration mentions in ``text``, in text order.

    Where recognisers overlap, the longest match wins (ties: the one registered first), which
    is how "October 26-27" beats "October 26" and "two days later" beats "two days".
    ``scan`` shares gate work with other recognisers over the same text.
    """
    if scan is None or scan.text is not text:
        scan = TextScan(text)
    candidates: list[Timex] = []
    for order, (gated, (_, build)) in enumerate(zip(_GATED, _RECOGNISERS)):
        for m in gated.finditer(scan):
            if m.end() == m.start():
                continue
            t = build(m)
            if t is not None and t.end > t.start:
                t.meta["order"] = order
                candidates.append(t)
    candidates.sort(key=lambda t: (-(t.end - t.start), t.meta["order"], t.start))
    # chosen spans never overlap, so kept in start order only the neighbours of a candidate can
    chosen: list[Timex] = []
    starts: list[int] = []
    for t in candidates:
        i = bisect.bisect_right(starts, t.start)
        if (i > 0 and _overlaps(t, chosen[i - 1])) or (i < len(chosen) and _overlaps(t, chosen[i])):
            continue
        chosen.insert(i, t)
        starts.insert(i, t.start)
    return _merge_compound_durations(chosen, text)


FUTURE_CUES = re.compile(r"\b(?:will|'ll|’ll|shall|would|is to|are to|set to|scheduled|plans? to|planned|"
                         r"expected (?:to|by|on)|going to|upcoming|due (?:to|by|on)|intends? to|next)\b", re.IGNORECASE)
# every cue is a whole word or phrase, or an apostrophe before "ll"
FUTURE_CUES_GATE = Gate(["will", "shall", "would", "is to", "are to", "set to", "scheduled", "plan to", "plans to",
                         "planned", "expected to", "expected by", "expected on", "going to", "upcoming", "due to", "due by", "due on", "intend to", "intends to", "next"],
                        lower=True, word_start=True, whole=True, regex=r"['’](?=[Ll][Ll])")
