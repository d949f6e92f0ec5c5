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

from ._scan import Gate, GatedPattern, TextScan, letter_tree
from .numbers import NUMBER, ORDINAL, ORDINALS, parse_number, parse_ordinal

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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
MOD_PREFIX = r"(?:(?P<qmod>" + letter_tree(MOD_WORDS, fold=True) + r")\s+)?"  # the longest-first alternation as a tree
LOWER_MOD_PREFIX = r"(?:(?P<qmod>" + letter_tree(MOD_WORDS) + r")\s+)?"  # the same for a case-sensitive pattern
POINT_MODS = {"early": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END",
              "beginning": "START", "start": "START", "dawn": "START"}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MON = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# years as broadcast transcripts spell them: "nineteen ninety-six", "two thousand and one"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPOKEN_YEAR = (rf"(?i:(?:eighteen|nineteen)[\s-]+(?:{_TENS}(?:[\s-]+{_ONES})?|{_TEENS}|oh[\s-]+{_ONES}|hundred)"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES}|{_TEENS}))?)(?![\w-])")
_NUMBER_WORDS = {w: i for i, w in enumerate("oh one two three four five six seven eight nine ten eleven twelve thirteen "
                                            "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})


def _year_num(s: str) -> int:
    """The year of "1996" or "nineteen ninety-six" / "two thousand and one"."""
    if s[:1].isdigit():
        return int(s)
    words = [w for w in re.split(r"[\s-]+", s.lower()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_NUMBER_WORDS[w] for w in words[2:])
    if words[1:] == ["hundred"]:
        return _NUMBER_WORDS[words[0]] * 100
    return _NUMBER_WORDS[words[0]] * 100 + sum(_NUMBER_WORDS[w] for w in words[1:])
_PMOD = r"(?:(?P<pmod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+)?"
_REL = r"(?:(?P<rel>last|next|this|coming|past|previous|following)\s+)?"
_UNIT_WORDS = [w + s for w in ("second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "fortnight", "month",
                               "year", "decade") for s in ("", "s")]
_UNIT = "(?P<unit>" + letter_tree([*_UNIT_WORDS, "quarters", "centuries", "century"], fold=True) + ")"
# words that qualify a counted length without changing it: "two more weeks", "three straight days",
# "an additional year", "ten trading days"
_LENGTH_ADJ = letter_tree("more additional extra further straight consecutive full trading business working calendar".split(),
                          fold=True)
# "the past two years", "the next few days", "the first nine months", "the year-earlier nine months":
# TimeML puts the determiner and the word placing the length in the extent
_PLACING = letter_tree("past last next first latest coming previous following final initial remaining same year-earlier "
                       "year-ago".split(), fold=True)
_DET = rf"(?P<det>(?:each\s+of\s+)?the\s+(?:(?:{_PLACING})\s+)?)?"
_NUM_OR_A = rf"(?P<num>{NUMBER}|an?|one|a few|several|a couple of|few|many)"


# regexes the builders use (compiled once)
_LEADING_DIGITS = re.compile(r"\d+")
_YEAR_AFTER = re.compile(r"^(?:[,.;:)\"”]|\s+(?:and|or)\b|'s\b|’s\b|$)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_SEASON_BEFORE = re.compile(r"\b(?:in|this|by|until|during|since|early|late)\s+$")
_PART_BEFORE = re.compile(r"\b(?:in|during|for|by|until|of|since)\s+$")
_KIND_OF_AFTER = re.compile(r"\s+(?:like|when|where|which|such as)\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:once|twice|times|\d|million|billion|thousand|percent|%|per|minutes|hours|days|weeks|nights)\s*$")
# "four flights a week", "700 seats a day": a counted plural noun before "a <unit>" makes it a rate
_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"hundreds|dozen|dozens|thousand|thousands|several|many|few))\S*\s+(?:[a-z]+[\s-]+)?"
    r"(?!(?:was|has|his|its|this|does|thus|plus|less)\b)[a-z]{2,}s\s*$")
_OLD_AFTER = re.compile(r"\s+old\b")
_AND_A_PART = re.compile(r"and\s+(?:a\s+)?(half|quarter)$", re.IGNORECASE)
_PART_AMOUNT = {"half": 0.5, "quarter": 0.25}
# the fractions written after a whole number of units: "2 1/2 years", "1¾ hours" (not "5/4", no fraction)
_FRACTION_BEFORE = re.compile(r"(?<![\d/.,])[1-9]/$")
_FRACTION_VALUES = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3,
                    **{f"{a}/{b}": a / b for b in range(2, 10) for a in range(1, b)}}
_MORE = re.compile(r"more|longer")
_SHIFT_AFTER = re.compile(r"\s+(?:ago|later|earlier)\b", re.IGNORECASE)
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

DIGITS_GATE = Gate(digits=True)
_MONTH_GATE = Gate(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
                    "Sep", "Oct", "Nov", "Dec"], word_start=True, whole=True)
_WEEKDAY_GATE = Gate([d + s for d in WEEKDAY_NAMES for s in ("", "s")], word_start=True, whole=True)


def _digits_shaped(shape: str) -> Gate:
    """The starts of digit runs where ``shape`` matches: a pattern's digits begin a run (after \\b,
    white space or a non-digit look-behind), so these anchor every match."""
    return Gate(within=DIGITS_GATE, shape=shape)


def _words_gate(*words: str) -> Gate:
    return Gate(words, lower=True, word_start=True, whole=True)


_UNIT_GATE = _words_gate("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "night", "nights",
                         "hr", "hrs", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "quarters",
                         "year", "years", "decade", "decades", "century", "centuries")


def recogniser(pattern: str, flags: int = 0, *, gates: tuple[Gate, ...]):
    def register(fn):
        compiled = re.compile(pattern, flags)
        _RECOGNISERS.append((compiled, fn))
        _GATED.append(GatedPattern(compiled, *gates))
        return fn

    return register


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<m>{MON})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|through|until|and|or)\s*"
            rf"(?:(?P<m2>{MON})\s+)?(?P<d2>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?", gates=(_MONTH_GATE,))
def _month_day_range(m: re.Match) -> Timex | None:
    if not m["m2"] and not m["y"] and _AMOUNT_AFTER.match(m.string, m.end()):
        return None  # "rose 2% on March 2 or 3 percent later": the second number is an amount
    y = int(m["y"]) if m["y"] else None
    m1 = _month(m["m"])
    m2 = _month(m["m2"]) if m["m2"] else m1
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if (m2, d2) <= (m1, d1):
        return None
    a = {"k": "ymd", "y": y, "m": m1, "d": d1}
    b = {"k": "ymd", "y": y, "m": m2, "d": d2}
    # where the first date ends and the second begins: each is a claim of its own (``split_ranges``)
    ends = (m.end("d1"), m.start("m2") if m["m2"] else m.start("d2"))
    return Timex(m.start(), m.end(), "DATE", {"k": "range", "a": a, "b": b},
                 meta={"ends": ends, "list": _listed_days(m, ends, (m1, d1), (m2, d2))})


# "3 and 4 June", "14-16 March 2024": a range of days written day first
@recogniser(rf"\b(?P<d1>{DAY})\s*(?:-|–|—|to|and|or)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MON})\b(?:,?\s+(?P<y>{YEAR})\b)?",
            gates=(_MONTH_GATE,))
def _day_month_range(m: re.Match) -> Timex | None:
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if d2 <= d1:
        return None
    y = int(m["y"]) if m["y"] else None
    a = {"k": "ymd", "y": y, "m": _month(m["m"]), "d": d1}
    ends = (m.end("d1"), m.start("d2"))
    return Timex(m.start(), m.end(), "DATE", {"k": "range", "a": a, "b": {**a, "d": d2}},
                 meta={"ends": ends, "list": _listed_days(m, ends, (a["m"], d1), (a["m"], d2))})


def _listed_days(m: re.Match, ends: tuple[int, int], first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two days joined by "and" are two days apart or more: "scrubbed on May 9 and May 11" tells
    of two days, not of the three from the 9th to the 11th ("talks on April 24 and 25" span both, and
    "between June 16 and 21" is a range)."""
    if m.string[ends[0]:ends[1]].strip().lower() != "and":
        return False
    before = m.string[max(0, m.start() - 9):m.start()].split()
    if before and before[-1].lower() == "between":
        return False
    try:
        return (dt.date(2000, *second) - dt.date(2000, *first)).days > 1
    except ValueError:
        return False  # no such day ("Feb. 30"): leave the range as written


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?{_PMOD}(?P<m>{MON})\s+(?P<d>{DAY})\b(?!:\d)(?:,?\s+(?P<y>{YEAR})\b)?", gates=(_MONTH_GATE,))
def _month_day(m: re.Match) -> Timex | None:
    if m["m"] in ("May", "March") and not m["d"][0].isdigit():
        return None
    y = int(m["y"]) if m["y"] else None
    spec = {"k": "ymd", "y": y, "m": _month(m["m"]), "d": _day(m["d"])}
    if y is None and _DAY_PAST_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        spec["side"] = "past"  # "the year ended Jan. 31", "since Oct. 3": a day already gone
    week = _WEEK_OF_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if week and not m["wd"]:  # "the week of March 6": the calendar week holding that day
        return Timex(week.start(), m.end(), "DATE", {"k": "week_of", "day": spec})
    return Timex(m.start(), m.end(), "DATE", spec, mod=_pmod(m))


_AMOUNT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s*cent\b|points?\b|times\b|(?:m|b|tr)illion\b|"
                           r"(?:hours?|days?|weeks?|months?|years?)\b)", re.IGNORECASE)
_DAY_PAST_BEFORE = re.compile(r"\b(?:ended|since|last)\s+$", re.IGNORECASE)
_WEEK_OF_BEFORE = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)


@recogniser(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:(?:\s+day)?\s+of)?\s+(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?\b", gates=(_MONTH_GATE,))
def _day_month(m: re.Match) -> Timex | None:
    y = int(m["y"]) if m["y"] else None
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": y, "m": _month(m["m"]), "d": _day(m["d"])})


@recogniser(rf"\b{_PMOD}(?P<m>{MON}),?\s+(?:of\s+)?(?P<y>{YEAR}\b|{SPOKEN_YEAR})", gates=(_MONTH_GATE,))
def _month_year(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": _year_num(m["y"]), "m": _month(m["m"]), "d": None},
                 mod=_pmod(m))


_MONTH_ALONE_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|before|after|during|of|last|next|this|early|mid|late|"
    r"between|and|or|since|that|each|every|until|the|end|beginning|start|middle|previous|following)[\s-]+)$",
    re.IGNORECASE)


@recogniser(rf"\b{_PMOD}(?:(?P<rel>last|next|[Tt]his\s+past|this|previous|the previous|the following|following|coming|past|that|Last|Next|"
            r"This|That)\s+)?"
            rf"(?P<m>{_MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?![\w-])"
            r"(?:\s+(?P<yrel>this|last|next)\s+year\b(?![-'’]))?", gates=(_MONTH_GATE,))
def _month_alone(m: re.Match) -> Timex | None:
    text = m.string
    if m["rel"] and _DAY_AFTER.match(text, m.end()):
        return None  # "last Oct. 23" names the day, which ``_month_day`` reads
    if m["yrel"] and not m["rel"]:
        # "in June last year" is one date: the month of the year the words name
        off = {"this": 0, "last": -1, "next": 1}[m["yrel"]]
        return Timex(m.start(), m.end(), "DATE", {"k": "month_rel", "m": _month(m["m"]), "yoff": off}, mod=_pmod(m))
    if m["m"] in ("May", "March") and not (m["rel"] or m["pmod"]):
        before = text[max(0, m.start() - 40):m.start()]
        if not _MONTH_ALONE_CONTEXT.search(before):
            return None
    spec: dict[str, Any] = {"k": "ymd", "y": None, "m": _month(m["m"]), "d": None}
    rel = (m["rel"] or "").lower().replace("the ", "")
    if rel.endswith("past"):
        rel = "past"  # "this past June": the last June, however recent
    if rel in ("last", "previous", "past"):
        spec = {"k": "month_rel", "m": spec["m"], "dir": -1, "base": "narr" if rel == "previous" else "ref",
                "last": rel == "last"}
    elif rel in ("next", "following", "coming"):
        spec = {"k": "month_rel", "m": spec["m"], "dir": 1, "base": "narr" if rel == "following" else "ref"}
    elif rel == "this":
        spec = {"k": "month_rel", "m": spec["m"], "dir": 0, "base": "ref"}
    elif rel == "that" and not _THAT_OPENS_CLAUSE.search(text, max(0, m.start() - 12), m.start()):
        spec = {"k": "month_rel", "m": spec["m"], "base": "year"}  # "arrested that April": the year told
    else:
        if rel == "that":  # "said that April sales fell": the month alone
            return Timex(m.start("m"), m.end(), "DATE", spec)
        lead = _MONTH_SIDE_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if lead:  # "since August" has passed; "by February" is a deadline, likely still ahead
            spec["side"] = "past" if lead.group(1).lower() == "since" else "limit"
    return Timex(m.start(), m.end(), "DATE", spec, mod=_pmod(m))


_MONTH_SIDE_BEFORE = re.compile(r"\b(since|by|through|until|till)\s+$", re.IGNORECASE)
# "that" after a verb of saying or thinking opens a clause ("said that April sales fell"); elsewhere,
# before a month or season, it points back to the year the story was telling ("arrested that April")
_THAT_OPENS_CLAUSE = re.compile(r"\b(?:say|says|said|told|announced|reported|added|noted|showed|shows|found|"
                                r"believes?|believed|thinks?|thought|expects?|expected|hopes?|hoped|means|meant|"
                                r"estimated|predicted|warned|so|such|now)\s+$", re.IGNORECASE)
# "that fall", "that spring" is also a relative clause's verb ("shares that fall"): only after a word of
# time, a past verb or nothing ("later that fall", "left that spring", "That spring, ...")
_THAT_SEASON_VERB_BEFORE = re.compile(r"(?:\b(?:later|earlier|by|until|since|in|during)|[a-z]ed|^|[,;:])\s*$",
                                      re.IGNORECASE)
_DAY_AFTER = re.compile(rf"\s+{DAY}\b(?![,.]?\d)")


_YEAR_BEFORE = re.compile(
    r"(?:\b(?:" + letter_tree(["in", "since", "by", "until", "till", "from", "to", "through", "before", "after", "during",
                                "of", "between", "and", "or", "early", "mid", "late", "back to", "around", "circa", "year",
                                "end of", "start of", "beginning of", "middle of", "fiscal", "since early", "since late"],
                               fold=True) + r")[\s-]+)$",
    re.IGNORECASE)


# a capitalised word inside a sentence right before a year no word of time leads in ends a name with
# the year in it (TimeML leaves years in names untagged); months, seasons and holidays with a year
# are found whole by their own recognisers
_NAME_WORD_BEFORE = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s+$")


@recogniser(rf"\b(?:fiscal[-\s]+(?:year\s+)?)?(?:(?P<side>pre|post)-)?{_PMOD}(?P<y>{YEAR})\b(?![,.]\d)(?!\s*(?:%|percent|per cent))", gates=(_digits_shaped(r"1[6-9]\d\d|20\d\d"),))
def _year(m: re.Match) -> Timex | None:
    text = m.string
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 2]
    if before.endswith(("$", "€", "£", "#", "No. ")) or after[:1] in ("-",) and after[1:2].isdigit():
        return None
    led = m["pmod"] or m["side"] or _YEAR_BEFORE.search(before)
    if not led and _NAME_WORD_BEFORE.search(before):
        return None  # "a venture called Orion 1980," "tickets for Euro 2016.": the end of a name
    if not (led or _YEAR_AFTER.match(text[m.end():m.end() + 5])):
        # A bare four-digit number inside a phrase ("the 2022 Beijing Winter Olympics") is still a year
        # when the next word is capitalised; "2000 people" is not.
        nxt = _NEXT_WORD.match(text[m.end():m.end() + 20])
        if not (nxt and (nxt.group(1)[0].isupper() or _year_before_noun(before, nxt.group(1)))):
            return None
    # "post-1959 politics", "pre-2008 levels": the time after or before that year
    mod = {"pre": "BEFORE", "post": "AFTER"}.get((m["side"] or "").lower()) or _pmod(m)
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": int(m["y"]), "m": None, "d": None}, mod=mod)


# a year used as a modifier: "the 1995 shooting", "a 1996 law", "1989 profit"; after a determiner
# any noun but a counted one ("the 2000 workers"), otherwise only nouns that are dated by nature
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$", re.IGNORECASE)
_COUNTED_NOUNS = frozenset(
    "people persons workers employees jobs shares units troops members students residents soldiers cars homes houses "
    "copies votes acres feet miles meters metres tons tonnes pounds dollars points words pages rooms beds seats "
    "delegates passengers visitors customers patients children men women families cases deaths".split())
_DATED_NOUNS = frozenset(
    "profit profits earnings revenue revenues sales results income loss losses budget budgets level levels period "
    "quarter election elections season census campaign law act agreement accord summit war crisis uprising bombing "
    "shooting olympics games forecast forecasts estimate estimates target targets deficit growth output production "
    "average total dividend peak contract plan survey report study edition model levels figures net".split())


def _year_before_noun(before: str, word: str) -> bool:
    w = word.lower()
    if w in _DATED_NOUNS:
        return True
    return bool(word.islower() and _DET_BEFORE.search(before) and w not in _COUNTED_NOUNS)


@recogniser(r"\b(?P<the>the\s+year\s+)?(?P<y>" + SPOKEN_YEAR + r")", re.IGNORECASE,
            gates=(_words_gate("eighteen", "nineteen", "thousand"),))
def _spoken_year(m: re.Match) -> Timex | None:
    if m["y"].lower().startswith("two") and not m["the"]:
        return None  # "two thousand" alone is a count; "the year two thousand" a year
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": _year_num(m["y"]), "m": None, "d": None})


# "the nineties", "the late eighties": decades of the 1900s
@recogniser(r"\b(?:the)\s+(?:(?P<pmod>early|mid|late)[-\s]+)?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|"
            r"eighties|nineties)\b", re.IGNORECASE,
            gates=(_words_gate("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                               "nineties"),))
def _spoken_decade(m: re.Match) -> Timex:
    dec = 190 + _NUMBER_WORDS[m["dec"].lower()[:-3] + "y"] // 10
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": str(dec)},
                 mod=POINT_MODS.get((m["pmod"] or "").lower()))


@recogniser(r"\b(?:the\s+)?(?:(?P<pmod2>early|mid|late)[-\s]?)?(?P<dec>(?:1[6-9]|20)\d0)s\b|\bthe\s+'(?P<dec2>\d0)s\b", gates=(_digits_shaped(r"(?:1[6-9]|20)\d0s|\d0s"),))
def _decade(m: re.Match) -> Timex:
    dec = m["dec"][:3] if m["dec"] else ("19" + m["dec2"][0] if m["dec2"] != "00" else "200")
    mod = POINT_MODS.get((m["pmod2"] or "").lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": dec}, mod=mod)


# the centuries news names in words, "first" to "twenty-second"
_CENTURY_WORDS = [w for w, n in ORDINALS.items() if n <= 20] + ["twenty first", "twenty second"]


# "the 20th century", "an 11th-century temple", "the nineteenth century": TimeML writes a century as
# its first two digits, so the 20th century (1900-1999) is "19"
@recogniser(r"\b(?:the\s+)?(?:(?P<pmod>early|mid|late)[-\s]+)?(?P<n>[12]?\d(?:st|nd|rd|th)|"
            + "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True)).replace(" ", r"(?:-|\s+)") +
            r")[\s-]+century\b(?!\s*(?:B\.?C|BCE)\b)", re.IGNORECASE, gates=(_words_gate("century"),))
def _ordinal_century(m: re.Match) -> Timex | None:
    n = parse_ordinal("-".join(m["n"].split())) or 0
    if not 1 <= n <= 22:
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": f"{n - 1:02d}"},
                 mod=POINT_MODS.get((m["pmod"] or "").lower()))


# "2016-02-04", an ISO timestamp "2016-02-04T20:16:26Z" (the day at that time; the zone is dropped, as
# TimeML values have none), "6/17/2014", "06-17-2014", "13/03/2014", "31.08.2012". Which number is the
# month: the one that can be, when the other is over 12; else the month comes first ("3/4/2014" is
# March 4, the US order), but for dots, which only day-first writers use. A dash or dot date needs its
# four-digit year ("3-2-14" is more likely a score or a code).
@recogniser(rf"\b(?P<iso>\d{{4}}-\d\d-\d\d)(?:(?:T|\s)(?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d)(?::(?P<ts>[0-5]\d)"
            r"(?:[.,]\d+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?(?![\d:]))?\b"
            rf"|\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{YEAR}|\d\d)\b(?![/.-]\d)",
            gates=(_digits_shaped(r"\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d\d"),))
def _numeric_date(m: re.Match) -> Timex | None:
    clock = None
    if m["iso"]:
        y, mo, d = (int(x) for x in m["iso"].split("-"))
        if m["th"]:
            clock = tuple(int(x) for x in (m["th"], m["tm"], m["ts"]) if x is not None)
    else:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            if m["sep"] != "/":
                return None
            y += 2000 if y < 50 else 1900
        mo, d = (b, a) if a > 12 or m["sep"] == "." and b <= 12 else (a, b)
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    spec: dict[str, Any] = {"k": "ymd", "y": y, "m": mo, "d": d}
    if clock:
        spec["clock"] = clock
    return Timex(m.start(), m.end(), "DATE", spec)


# a machine-written timestamp: "Wed Aug 05 12:00:00 EDT 2015", "Aug 5 09:30 2015"
@recogniser(rf"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?(?P<m>{MON})\s+(?P<d>{DAY})\s+(?P<h>[01]?\d|2[0-3]):"
            rf"(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?\s+(?:[A-Z]{{2,5}}\s+)?(?P<y>{YEAR})\b", gates=(_MONTH_GATE,))
def _timestamp(m: re.Match) -> Timex:
    clock = tuple(int(x) for x in (m["h"], m["mi"], m["s"]) if x is not None)
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": int(m["y"]), "m": _month(m["m"]), "d": _day(m["d"]),
                                               "clock": clock})


# a month written in lower case is a date only with its day and year ("june 4th 1996"): alone, "may" and
# "march" are verbs and the others are names as often as months
_LOWER_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december")


@recogniser(rf"\b(?P<m>{'|'.join(_LOWER_MONTHS)})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b", gates=(_words_gate(*_LOWER_MONTHS),))
def _lower_month_day_year(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DATE", {"k": "ymd", "y": int(m["y"]), "m": _month(m["m"]), "d": _day(m["d"])})


_PAST_VERBS = ("said told met began came went took gave made won lost left saw held spoke wrote rose fell sold bought "
               "paid ran struck hit sent found got shut quit led brought").split()
_PAST_VERB_BEFORE = re.compile(rf"\b(?:[a-z]{{2,}}ed|{'|'.join(_PAST_VERBS)})(?:\s+(?:on|late|early))?\s+$")
# how every match of _PAST_VERB_BEFORE ends before its white space (``_search_ending``)
_PAST_VERB_ENDINGS = ("ed", *_PAST_VERBS, "on", "late", "early")
# participles that put an event ahead ("is scheduled Friday") rather than behind
_FORWARD_PARTICIPLES = re.compile(r"\b(?:schedul|expect|plann|slat|postpon|reschedul|delay|adjourn|due|extend|"
                                  r"requir|need|target)ed\b")
# an auxiliary before a participle carries the clause's tense: "will be held Monday", "would have been played on
# Monday" are no past verbs (the clause's tense decides, ``tense.ClauseTense``)
_AUXILIARY_BEFORE = re.compile(r"\b(?:be|been|being|will|would|shall|should|could|might|may|must|can)\s+$")


# a timetable verb in the present tense right before a day is news style for a coming event ("the
# leaders meet separately Monday", "the trial resumes Tuesday", "the panel is voting Friday"); verbs
# that double as nouns ("a rocky start Monday", "his visit Tuesday") are left out
_TIMETABLE_VERBS = ("meet begin resume reopen convene testify arrive speak travel meets begins opens resumes reopens "
                    "convenes travels arrives leaves testifies flies speaks").split()
_SCHEDULED_BEFORE = re.compile(
    r"(?P<aux>(?:n't|['’]s|\b(?:to|did|do|does|never|will|would|could|should|might|may|can|must|the|a|an|his|her|its|"
    rf"their|our))\s+(?:not\s+)?)?\b(?:{'|'.join(_TIMETABLE_VERBS)}|"
    r"(?:is|are)\s+[a-z]{3,}ing)(?:\s+[a-z]+ly)?(?:\s+on)?\s+$")
# how every match of _SCHEDULED_BEFORE ends before its white space (``_search_ending``)
_SCHEDULED_ENDINGS = (*_TIMETABLE_VERBS, "ing", "ly", "on")


def _search_ending(pattern: re.Pattern, endings: tuple[str, ...], text: str, lo: int, hi: int) -> re.Match | None:
    """``pattern.search(text, lo, hi)`` for a pattern whose every match ends on one of ``endings`` and white
    space up to ``hi``: the regex runs only when the words before ``hi`` end so (a search tries every
    position of the window, where most windows fail the test of their last word)."""
    if not text[lo:hi].rstrip().endswith(endings):
        return None
    return pattern.search(text, lo, hi)


# an event a weekday's possessive names that news reports once it is over: "Wednesday's ruling",
# "Monday's attack", "Friday's vote" (not a "meeting" or "hearing", which a story announces ahead)
_DONE_EVENT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:rulings?|decisions?|verdicts?|judgment|votes?|attacks?|bombings?|shootings?|"
    r"blasts?|explosions?|crash|killings?|raids?|arrests?|announcements?|remarks|comments|statements?|"
    r"declaration|defeat|victory|win|loss|collapse|plunge|drop|decline|sell-?off|selloff|quake|earthquake|"
    r"accident|ambush|assault|massacre|resignation|purchases|trading|profit-?taking)\b", re.IGNORECASE)
# what still puts such an event ahead: the noun as the subject of a future ("Wednesday's vote will
# decide") or a word before the day that waits for it ("ahead of Friday's vote", "awaiting Monday's ruling")
_FUTURE_AFTER = re.compile(r"\s+(?:will|shall|is\s+(?:to|set|expected|scheduled|due)|are\s+(?:to|set|expected|"
                           r"scheduled|due))\b", re.IGNORECASE)
_AWAITED_BEFORE = re.compile(r"\b(?:ahead\s+of|before|until|till|for|await(?:s|ed|ing)?|in\s+advance\s+of|"
                             r"upcoming|planned|scheduled|expected)\s+$", re.IGNORECASE)


def _done_event(m: re.Match) -> bool:
    """Whether the weekday of ``m`` is the day of an event its possessive names as over."""
    text = m.string
    event = _DONE_EVENT_AFTER.match(text, m.end())
    return bool(event and not _FUTURE_AFTER.match(text, event.end())
                and not _AWAITED_BEFORE.search(text, max(0, m.start() - 20), m.start()))


@recogniser(rf"\b{_PMOD}(?:(?P<rel>last|next|this|coming|past|previous|following|Last|Next|This|Coming|Past|Previous|Following)\s+)?(?P<wd>{_WD})s?"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b", gates=(_WEEKDAY_GATE,))
def _weekday(m: re.Match) -> Timex:
    rel = (m["rel"] or "").lower()
    spec = {"k": "weekday", "wd": WEEKDAYS[m["wd"].lower()], "rel": rel or None,
            "pod": PARTS_OF_DAY.get((m["pod"] or "").lower())}
    lead = _search_ending(_PAST_VERB_BEFORE, _PAST_VERB_ENDINGS, m.string, max(0, m.start() - 24),
                          m.start()) if not rel else None
    if not rel and _done_event(m):
        spec["past"] = True  # "ways to get around Wednesday's ruling": the ruling is out, whatever comes next
    elif lead and not _FORWARD_PARTICIPLES.match(lead.group(0)) \
            and not _AUXILIARY_BEFORE.search(m.string, max(0, lead.start() - 8), lead.start()):
        # "said Friday that he would appeal": the day belongs to the past-tense verb before it,
        # whatever the rest of the sentence foresees
        spec["past"] = True
    elif not rel and _until_ahead(m.string, m.start()):
        spec["ahead"] = True  # "postponed until Tuesday", "as soon as Tuesday": a day still to come
    elif (not rel and (lead := _search_ending(_SCHEDULED_BEFORE, _SCHEDULED_ENDINGS, m.string, max(0, m.start() - 40),
                                              m.start()))
          and not lead["aux"] and m.string[m.end():m.end() + 2] not in ("'s", "’s")):
        spec["scheduled"] = True  # not "is studying Monday's ruling": the ruling may be gone by
    return Timex(m.start(), m.end(), "DATE", spec, mod=_pmod(m))


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|as\s+soon\s+as)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{3}\s+)?)?$",
                           re.IGNORECASE)
# "up until Thursday, they had...", "not until Tuesday did...", a sentence opening "Until Thursday,": the
# day ends a stretch of the past, not a deadline
_PAST_UNTIL_BEFORE = re.compile(r"\b(?:up|not)\s+$", re.IGNORECASE)


def _until_ahead(text: str, start: int) -> bool:
    lead = _UNTIL_BEFORE.search(text, max(0, start - 32), start)
    return bool(lead) and not lead.group(0)[0].isupper() and not _PAST_UNTIL_BEFORE.search(
        text, max(0, lead.start() - 6), lead.start())


_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before|in\s+advance\s+of)\s+$", re.IGNORECASE)


@recogniser(r"\b(?P<det>the|this(?:\s+past)?|last|next|past|previous|coming|that)\s+weekend\b", re.IGNORECASE, gates=(_words_gate("weekend"),))
def _weekend(m: re.Match) -> Timex:
    det = m["det"].lower().split()[-1]  # "this past weekend" is the last one
    d = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(det, 0)
    if det == "the" and _AHEAD_OF_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        d = 1  # "squared positions ahead of the weekend": the one to come, not the one gone
    return Timex(m.start(), m.end(), "DATE", {"k": "weekend", "dir": d})



_ERA_AFTER = re.compile(r"['’]s\s+(?:world|youth|society|generations?|children|kids|teenagers|young|culture|standards|"
                        r"technology|politics|families|economy)\b", re.IGNORECASE)


# "the leaders of tomorrow", "our world of tomorrow": a noun's era
_OF_ERA_BEFORE = re.compile(r"\b(?:[Tt]he|[Oo]ur)\s+[a-z]+\s+of\s+$")
# right before, on the same line, an acronym ("USA Today", "BBC Tonight") or a capitalised word after a
# lower-case one or an opening quote ("a reporter for Russia Today"): "Today" then ends a name. In a
# title-case headline ("Talks Resume Today", "Fans Wait For Tonight's Draw") the word before the
# capitalised one is capitalised too, in an upper-case one ("MARKETS RALLY TODAY") before the acronym.
_NAME_WORD_BEFORE = re.compile(r"(?:(?<![A-Z][A-Z] )\b[A-Z]{2,}|(?:\b[a-z]+[,;:]? |[“\"(])[A-Z][A-Za-z&]*[A-Za-z]) $")
# ...unless a capitalised word or the line's end follows, as in a headline ("Talks Resume Today On Trade")
_HEADLINE_AFTER = re.compile(r"[ \t]*(?:\n|$|[A-Z])")


def _in_name(m: re.Match) -> bool:
    """Whether a capitalised "Today" / "Tonight" / "Tomorrow" / "Yesterday" ends a name mid-sentence."""
    text = m.string
    return (m["w"][0].isupper() and bool(_NAME_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()))
            and not _HEADLINE_AFTER.match(text, m.end()))


@recogniser(r"\b(?:(?P<pm>early|late|earlier|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<pod>morning|afternoon|evening|night))?",
            re.IGNORECASE, gates=(_words_gate("today", "yesterday", "tomorrow", "tonight"),))
def _deictic_day(m: re.Match) -> Timex | None:
    w = m["w"].lower()
    if w in ("today", "tomorrow") and not m["pod"] and _ERA_AFTER.match(m.string, m.end()):
        return None  # "today's youth", "tomorrow's world": an era, no calendar day
    if w == "tomorrow" and _OF_ERA_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # "the cities of tomorrow" (but "the events of today" may be the day's)
    if not (m["pm"] or m["pod"]) and _in_name(m):
        return None  # "USA Today", "BBC Tonight": a newspaper's or a programme's name
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    pod = "NI" if w == "tonight" else PARTS_OF_DAY.get((m["pod"] or "").lower())
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["pm"] or "").lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": offset, "unit": "day", "base": "ref", "pod": pod},
                 mod=mod)


@recogniser(r"\b(?:(?P<pm>early|late|mid)[-\s]+(?=(?:last|next|this)\s)|the\s+(?P<pos>end|start|beginning|middle)\s+of\s+"
            r"(?=(?:next|last|that)\s))?(?P<rel>last|next|this|the previous|the following|the past|the coming|the same|earlier this|"
            r"later this|earlier in the|later in the|earlier that|later that|that|the current|the last|the end of the|"
            r"the end of this|the end of last|the start of the|the beginning of the|the beginning of this|"
            r"the middle of the)\s+(?P<u>week|month|year|quarter|decade|century|fiscal year)\b", re.IGNORECASE, gates=(_words_gate("week", "month", "year", "quarter", "decade", "century", "fiscal"),))
def _relative_unit(m: re.Match) -> Timex | None:
    rel = m["rel"].lower()
    unit = m["u"].lower().replace("fiscal year", "year")
    base = "narr" if rel in ("the previous", "the following", "the same", "that", "earlier that", "later that") else "ref"
    start = m.start()
    if rel == "the last":
        if _OF_AFTER.match(m.string, m.end()):
            return None  # "the last week of May" is no span up to now
        if unit in ("week", "month", "year"):
            rel = "the past"  # "for the last week" is the week up to now, as "the past week" is
        else:  # "in the last century" more often means the one before this one
            rel, start = "last", m.start("rel") + len("the ")
    if rel in ("last", "the previous", "the past", "the end of last"):
        n = -1
    elif rel in ("next", "the following", "the coming"):
        n = 1
    else:
        n = 0
    if rel == "the past" and unit in ("week", "month", "year", "decade", "century", "quarter"):
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
    if m["pm"]:
        mod = POINT_MODS[m["pm"].lower()]
    elif m["pos"]:  # "the end of next week", "the start of that year": a part of the unit named after it
        mod = _UNIT_PART_MODS[m["pos"].lower()]
    return Timex(start, m.end(), "DATE", {"k": "shift", "n": n, "unit": unit, "base": base}, mod=mod)


_UNIT_PART_MODS = {"end": "END", "start": "START", "beginning": "START", "middle": "MID"}


# the unit words followed by a direction word: every ``_shift`` match has one (most units have none)
_SHIFT_GATE = Gate(within=_UNIT_GATE, shape=r"(?i)\w+(?:\s+or\s+(?:so|two|three|2|3))?\s+(?:ago|later|earlier|afterwards?|previously|"
                                            r"from now|hence|before|after|prior|beforehand)\b")


# "two days ago" and "two days later" are dates; "two days before" and "two days after" are dates only
# where nothing follows ("…, and two days after, it rained"): "two days after the vote" is a length
# and its signal, as TimeML annotates it. "two or three years ago", "a year or two ago": a range of dates
@recogniser(rf"\b{MOD_PREFIX}(?:(?P<low>{NUMBER})(?:\s*[-–]\s*|\s+(?:to|or)\s+))?{_NUM_OR_A}[\s-]+{_UNIT}"
            r"(?:(?P<orso>\s+or\s+so)|\s+or\s+(?P<high>two|three|2|3))?\s+(?:(?P<dir>ago|later|earlier|afterward|"
            r"afterwards|previously|from now|hence)\b|(?P<dir2>before|after|prior|beforehand)\b"
            r"(?=\s*(?:[.,;:!?)—–\"”]|$|and\b|or\b)))",
            re.IGNORECASE, gates=(_SHIFT_GATE,))
def _shift(m: re.Match) -> Timex | None:
    n = _amount(m["num"])
    unit = _unit(m["unit"])
    d = (m["dir"] or m["dir2"]).lower()
    sign = -1 if d in ("ago", "earlier", "before", "beforehand", "previously", "prior") else 1
    base = "ref" if d in ("ago", "from now", "hence") else "narr"
    mod = "APPROX" if m["orso"] and not m["qmod"] else MOD_WORDS.get((m["qmod"] or "").lower())
    if base == "narr" and (n is None or unit in _CLOCK_UNITS):
        # "a few days later", "an hour later": no calendar day to name from the story's last date, so
        # the length is the expression, as TimeML annotates it, and "later" its signal
        return Timex(m.start(), m.end("unit"), "DURATION", {"k": "duration", "n": n, "unit": unit}, mod=mod)
    spec = {"k": "shift", "n": sign * n if isinstance(n, (int, float)) else None, "unit": unit, "base": base,
            "sign": sign}
    ends = _shift_range_ends(m, n)
    if ends is None:
        return None
    if ends != (n, n):  # the other end of the range, as far back or ahead
        spec["n"], spec["other"] = sign * ends[1], sign * ends[0]
    return Timex(m.start(), m.end(), "DATE", spec, mod=mod)


def _shift_range_ends(m: re.Match, n: float | int | None) -> tuple[float | int | None, float | int | None] | None:
    """The nearer and farther amounts of "two or three years ago" (2, 3) or "a year or two ago" (1, 2);
    (n, n) for one amount; None for a falling pair ("3-2 days later" follows a score)."""
    if m["high"]:
        return (n, parse_number(m["high"])) if n == 1 else None
    if not m["low"]:
        return n, n
    low = parse_number(m["low"])
    if not isinstance(low, (int, float)) or not isinstance(n, (int, float)) or not 0 < low < n:
        return None
    return low, n


_CLOCK_UNITS = frozenset(("hour", "minute", "second"))
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:!?)—–\"”]|$)")


_COUNT_BEFORE = re.compile(r"\b(?:a|an|one|\d+)[\s-]+$", re.IGNORECASE)
_UNIT_DET_BEFORE = re.compile(r"\b(?:last|this|next|that|every|each|same|past|coming)\s+$", re.IGNORECASE)


# "the day before" is a date on its own only where the phrase ends: in "the day before the vote" or
# "the day after he left", "before" and "after" join the day to an event, as in ``_shift``
@recogniser(r"\b(?:the\s+)?(?P<w>day|night|week|month|year)\s+(?:(?P<d>earlier|later)\b|"
            r"(?P<d2>before|after)\b(?=\s*(?:[.,;:!?)—–\"”]|$|and\b|or\b)))|"
            r"\bthe\s+(?P<w2>next|following|previous|preceding)\s+(?P<u2>day|morning|evening|night|week|month|year)\b",
            re.IGNORECASE, gates=(Gate(within=_words_gate("day", "night", "week", "month", "year"),
                                       shape=r"(?i)\w+\s+(?:earlier|later|before|after)\b"),
                                  Gate(within=_words_gate("next", "following", "previous", "preceding"),
                                       shape=r"(?i)\w+\s+(?:day|morning|evening|night|week|month|year)\b")))
def _narrative_step(m: re.Match) -> Timex | None:
    if m["w"] and not m.group(0).lower().startswith("the") and _COUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if m["w"] and _UNIT_DET_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "met last week after talks": "last week" is the date, "after" a signal
    if m["w"]:
        unit, sign = m["w"].lower(), (-1 if (m["d"] or m["d2"]).lower() in ("before", "earlier") else 1)
    else:
        unit, sign = m["u2"].lower(), (1 if m["w2"].lower() in ("next", "following") else -1)
    pod = PARTS_OF_DAY.get(unit)
    if pod or unit == "night":
        unit = "day"
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": sign, "unit": unit, "base": "narr", "pod": pod})


# "that day", "later that night", "that same morning": the day the story named last (with its
# comparative, as TimeML marks "Earlier that day"); ``back``: with no day told before, it is no date
# ("on days when prices fall, trades made that day"). "the same day" is the last day only where the
# phrase ends: "the same day as the rally", "the same night he won" name the day by what follows.
# ``marked``: "same", "very" or a comparative make it one day of the story, so after a month told
# ("last October ... crossed out that same day") it is a day of that month.
# "Today is the eighth day of the strike", "It's the second day of the offensive" (``nth``): the day
# the sentence is about, by the copula's tense: the reference date, or the day the story told last
# ("It was the third day of the trial" after "On Tuesday"); never a day of its own when none was told
@recogniser(r"\b(?:(?P<cmp>earlier|later)\s+)?(?:that|that\s+(?P<same>same|very)|(?P<the>the)\s+same)\s+"
            r"(?P<u>day|morning|afternoon|evening|night)\b"
            r"|\b(?:today|it|this)\s*(?P<v>is|was|['’]s)\s+(?P<nth>the\s+" + ORDINAL
            + r"\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b",
            re.IGNORECASE, gates=(_words_gate("day", "morning", "afternoon", "evening", "night"),))
def _that_day(m: re.Match) -> Timex | None:
    if m["nth"]:
        if m["v"].lower() != "was":
            return Timex(m.start("nth"), m.end(), "DATE", {"k": "shift", "n": 0, "unit": "day", "base": "ref"})
        return Timex(m.start("nth"), m.end(), "DATE", {"k": "shift", "n": 0, "unit": "day", "base": "narr",
                                                       "back": True, "marked": True})
    if m["the"] and not _PHRASE_ENDS.match(m.string, m.end()):
        return None
    pod = PARTS_OF_DAY.get(m["u"].lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": 0, "unit": "day", "base": "narr", "pod": pod,
                                               "back": True, "marked": bool(m["cmp"] or m["same"] or m["the"])})


# "the following spring", "the previous winter" (``step``): the season after or before the story's date
_SEASON_STEPS = {"the following": 1, "the previous": -1, "the preceding": -1}


@recogniser(r"\b(?:(?P<rel>last|next|this(?:\s+past)?|the\s+(?:following|previous|preceding)|the|that)\s+)?"
            r"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>" + YEAR + r"\b|" + SPOKEN_YEAR + r"))?\b",
            re.IGNORECASE, gates=(_words_gate("spring", "summer", "fall", "autumn", "winter"),))
def _season(m: re.Match) -> Timex | None:
    if not (m["rel"] or m["y"]):
        before = m.string[max(0, m.start() - 12):m.start()].lower()
        if not _SEASON_BEFORE.search(before):
            return None
    rel = " ".join((m["rel"] or "").lower().split())
    text, season = m.string, m["s"].lower()
    if rel == "that" and (_THAT_OPENS_CLAUSE.search(text, max(0, m.start() - 12), m.start())
                          or season in ("fall", "spring")
                          and not _THAT_SEASON_VERB_BEFORE.search(text, max(0, m.start() - 12), m.start())):
        return None
    spec = {"k": "season", "s": SEASONS[season], "y": _year_num(m["y"]) if m["y"] else None,
            "dir": {"last": -1, "next": 1}.get(rel, 0)}  # "this past spring": this year's, already gone
    if rel == "that":
        spec["base"] = "year"  # "that spring": of the year the story was telling
    elif rel in _SEASON_STEPS:
        spec["step"] = _SEASON_STEPS[rel]
    elif rel in ("", "the"):
        spec["bare"] = True  # "in the spring": this year's, or the next or last by the clause's tense
    return Timex(m.start(), m.end(), "DATE", spec)


_ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "final": 4, "last": 4}
_FRACTION_AFTER = re.compile(r"\s+of\s+(?:an?|the|its|his|her|their)\b(?!\s+(?:year|fiscal|decade|century)\b)",
                             re.IGNORECASE)


# "the third quarter", "third-quarter profit", "the fiscal first quarter", "the 1988 third quarter",
# "this year's first quarter", "the year's second half", "the year-ago third quarter": a quarter (or half) of a year
@recogniser(r"\b(?:(?P<the>the)\s+)?(?:(?P<yr>" + YEAR + r")\s+|(?P<ago>(?:comparable\s+)?(?:year-ago|year-earlier|prior-year))\s+"
            r"|(?P<own>this|last|next|the)\s+year['’]s\s+)?(?:fiscal[-\s]+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
            r"[-\s]+(?P<p>quarter|half)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>" + YEAR + r")|(?P<this>this|the|next|last)\s+year))?\b",
            re.IGNORECASE, gates=(_words_gate("quarter", "half"),))
def _quarter(m: re.Match) -> Timex | None:
    o = m["o"].lower()
    idx = _ORDINAL_PART[o]
    p = m["p"].lower()
    qualified = m["y"] or m["this"] or m["yr"] or m["ago"] or m["own"]
    if p == "half":
        if idx > 2 and o not in ("final", "last"):
            return None
        idx = 2 if o in ("final", "last", "second", "2nd") else 1
        # "the first half" of a match or a book: a half-year only where a time preposition leads in
        if not qualified:
            before = m.string[max(0, m.start() - 16):m.start()].lower()
            if not _PART_BEFORE.search(before):
                return None
    elif not qualified:
        if _FRACTION_AFTER.match(m.string, m.end()):
            return None  # "the third quarter of the budget" is a share, not a period
        if o == "last" and not m["the"]:
            return None  # "last quarter" is the quarter before this one (a relative unit)
    y = int(m["y"] or m["yr"]) if (m["y"] or m["yr"]) else None
    rel = (m["this"] or m["own"] or "").lower()
    start = m.start()
    if m["the"] and not (m["yr"] or m["ago"] or m["own"]) and "-" in m.string[m.end("o"):m.start("p")]:
        start = m.start("o") if m.string[m.start("o") - 7:m.start("o")].lower() != "fiscal " else m.start("o") - 7
    spec = {"k": "part", "p": ("Q" if p == "quarter" else "H") + str(idx), "y": y,
            "dir": {"next": 1, "last": -1}.get(rel, 0), "near": not (y or rel)}
    if m["ago"]:
        spec["dir"], spec["near"], spec["ago"] = 0, True, True
    return Timex(start, m.end(), "DATE", spec)


# "the first two quarters of 1990", "the second two quarters of this year": a half-year. Without
# its year only "first two quarters" names one ("the last two quarters" are the two up to now)
@recogniser(r"\b(?:the\s+)?(?P<o>first|second|last|final)\s+two\s+quarters\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>" + YEAR +
            r")|(?P<this>this|next|last)\s+year)\b)?", re.IGNORECASE, gates=(_words_gate("quarters"),))
def _two_quarters(m: re.Match) -> Timex | None:
    first = m["o"].lower() == "first"
    rel = (m["this"] or "").lower()
    if not (first or m["y"] or rel):
        return None
    y = int(m["y"]) if m["y"] else None
    spec = {"k": "part", "p": "H1" if first else "H2", "y": y, "dir": {"next": 1, "last": -1}.get(rel, 0),
            "near": not (y or rel)}
    return Timex(m.start(), m.end(), "DATE", spec)


# "the quarter", "the latest (fiscal) quarter", "the year-ago period", "the 1988 quarter": the quarter a
# results story is about, i.e. the last one completed before the article (a year before it for
# the year-ago comparison, "the same period last year", "the quarter a year earlier"); a bare
# "quarter" names no particular one
@recogniser(r"\b(?P<the>the)\s+(?:(?P<yr>" + YEAR + r")\s+|(?P<w>latest|most\s+recent|recent|just-ended|just\s+ended|"
            r"(?:comparable\s+|same\s+)?(?:year-ago|year-earlier|prior-year|year-before))\s+(?:fiscal\s+)?"
            r"|(?P<same>corresponding|comparable|same)\s+)?(?P<u>quarter|period)\b(?!-)"
            r"(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b(?![-'’]))?"
            r"|\b(?P<own>last)\s+year['’]s\s+(?:comparable\s+|same\s+)?(?P<u2>quarter|period)\b",
            re.IGNORECASE, gates=(_words_gate("quarter", "period"),))
def _reported_quarter(m: re.Match) -> Timex | None:
    w = (m["w"] or "").lower()
    if m["u"] and m["u"].lower() == "period" and not (w or m["yr"] or m["back"]):
        return None  # "the period" alone is any span of time
    if m["same"] and not m["back"]:
        return None  # "the same quarter" as what? The sentence says, not the calendar
    back = 1 if (m["own"] or m["back"] or "year" in w) else 0
    if m["u"] and m["u"].lower() == "quarter" and not (w or m["yr"] or m["back"]):
        # "for the quarter" without a qualifier: the current quarter in a forecast, else the last one
        spec = {"k": "qref", "ago": 0, "y": None, "bare": True}
    else:
        spec = {"k": "qref", "ago": back, "y": int(m["yr"]) if m["yr"] else None}
    return Timex(m.start(), m.end(), "DATE", spec)


# "year-earlier profit", "year-ago levels": the year before the reference year
@recogniser(r"\b(?:year-ago|year-earlier)\b(?![-\s]+(?:quarter|period|(?:first|second|third|fourth)\b))",
            re.IGNORECASE, gates=(_words_gate("year"),))
def _year_ago_adjective(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": -1, "unit": "year", "base": "ref"})


# Holidays with one date a year: "Thanksgiving Day", "last Christmas", "Easter week", "Election Day 1998"
HOLIDAYS = {"thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "christmas": "christmas",
            "christmas day": "christmas", "christmas eve": "christmas eve", "new year's day": "new year",
            "new year's eve": "new year's eve", "fourth of july": "july 4", "halloween": "halloween",
            "valentine's day": "valentine", "veterans day": "veterans day", "labor day": "labor day",
            "memorial day": "memorial day", "election day": "election day", "easter": "easter",
            "easter sunday": "easter", "easter week": "easter week", "good friday": "good friday"}


@recogniser(r"\b(?:(?P<rel>last|next|this|Last|Next|This)\s+)?(?P<h>Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?"
            r"|New\s+Year['’]s\s+(?:Day|Eve)|Fourth\s+of\s+July|Halloween|Valentine['’]s\s+Day|Veterans\s+Day"
            r"|Labor\s+Day|Memorial\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|week))?|Good\s+Friday)\b"
            r"(?:,?\s+(?P<y>" + YEAR + r")\b)?",
            gates=(Gate(["Thanksgiving", "Christmas", "New Year", "Fourth of July", "Halloween", "Valentine",
                         "Veterans Day", "Labor Day", "Memorial Day", "Election Day", "Easter", "Good Friday"],
                        word_start=True, whole=True),))
def _holiday(m: re.Match) -> Timex:
    name = HOLIDAYS[" ".join(m["h"].lower().replace("’", "'").split())]
    rel = {"last": -1, "next": 1, "this": 0}.get((m["rel"] or "").lower())
    return Timex(m.start(), m.end(), "DATE", {"k": "holiday", "h": name, "rel": rel,
                                               "y": int(m["y"]) if m["y"] else None})


# "now", "currently", "recently", "the future", "the past", "as soon as possible", "at a later date":
# TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. Each has no calendar value, so they never confirm or contradict a dated claim.
_VAGUE_WORDS = {"now": "PRESENT_REF", "currently": "PRESENT_REF",
                "these days": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
                "recently": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
                "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
                "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF",
                "the short term": "FUTURE_REF", "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF"}
_PAST_FOLLOWER = re.compile(r"[\s-]+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"fifteen|twenty|thirty|forty|fifty|hundred|few|several|couple|many|dozen|year|years|"
                            r"month|months|week|weeks|day|days|decade|decades|century|centuries|quarter|quarters|"
                            r"hour|hours|spring|summer|fall|autumn|winter|springs|summers|winters)\b)", re.IGNORECASE)


# "Now, he says, the plan is dead", "Now for the weather": a "now" that opens its sentence before a comma
# or "for" is a discourse marker turning to the next point, which TimeML leaves untagged ("Now for the
# first time", "Now for years" keep the time)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n][\"'”’`]*)\s*[\"'“‘`]*$")
_FOR_A_TIME = re.compile(r" for (?:the\s+(?:first|second|third|last|only)\s+time|\d|(?:years|months|weeks|days|decades|"
                         rf"hours|more|over|nearly|almost|about|some|several|many|{_ONES}|{_TEENS}|{_TENS}|"
                         r"a\s+(?:year|month|week|day|decade|while|time|moment))\b)", re.IGNORECASE)


def _discourse_now(text: str, m: re.Match) -> bool:
    if m["w"].lower() != "now":
        return False
    after = text.startswith(",", m.end()) or text.startswith(" for ", m.end()) and not _FOR_A_TIME.match(text, m.end())
    return after and _SENTENCE_OPEN.search(text[max(0, m.start() - 8):m.start()]) is not None


# "The offer ends on Nov. 30. Until then, the shares trade freely": "then" is the day told last, ahead
# or past (no date when none was told, as for "that day"). It shares the search of the vague words
# (one pattern, the "then" branch told apart by its group): no match of one can overlap one of the other.
@recogniser(r"\b(?P<w>now|(?:more\s+|until\s+)?recently|currently|nowadays)\b(?![-'’])"
            r"|\b(?P<w2>these\s+days|at\s+present|as\s+soon\s+as\s+possible|a\s+later\s+date)\b"
            r"|\b(?P<the>the\s+(?:(?:near|distant|short|near)\s+)?(?:future|past|term))\b(?!-)"
            r"|\b(?:until|till|by)\s+(?P<then>then)\b(?![-'’])",
            re.IGNORECASE, gates=(_words_gate("now", "currently", "recently", "nowadays", "days", "present", "future",
                                              "past", "term", "possible", "date", "then"),))
def _vague_now(m: re.Match) -> Timex | None:
    if m["then"]:
        return _until_then(m)
    text = m.string
    if m["w"] and _discourse_now(text, m):
        return None
    if m["w"] or m["w2"]:
        key = " ".join((m["w"] or m["w2"]).lower().split())
    else:
        key = " ".join(m["the"].lower().split())
        if key == "the past" and _PAST_FOLLOWER.match(text, m.end()):
            return None  # "the past two years", "the past week": a length or a unit, found elsewhere
        if key not in _VAGUE_WORDS:
            return None
    value = _VAGUE_WORDS.get(key)
    if value is None:
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": value}, meta={"vague": True})


# "current market conditions", "her current post": the present, as TimeML and HeidelTime read the
# adjective. "the then current price", "its then-current chief": a present already past (PAST_REF, as
# TimeML tags "then current"; a bare "then current" may be the "then" of an "if"). Not the noun of water
# and power ("direct current", "a strong current"), not the accounts' "current assets", nor before a
# unit ("the current quarter" is that quarter, found elsewhere), nor a capital "Current" inside a name
_CURRENT_NOT_TIME_BEFORE = re.compile(r"(?:\b(?:then|direct|alternating|electric|electrical|ocean|sea|tidal|rip|"
                                      r"swift|strong|powerful|the\s+river['’]s)\s+|-)$", re.IGNORECASE)
_THEN_BEFORE = re.compile(r"(?:\b(?:the|a|its|his|her|their|our)\s+(then)\s+|\b(then)-)$", re.IGNORECASE)
_CURRENT_NOT_TIME_AFTER = re.compile(r"\s+(?:accounts?|assets|liabilities|ratio|affairs|events|fiscal|year|years|"
                                     r"quarter|month|week|period|term|half|season|decade|century)\b", re.IGNORECASE)


@recogniser(r"\b(?:current|Current)(?=\s+[a-z])", gates=(_words_gate("current"),))
def _current(m: re.Match) -> Timex | None:
    text = m.string
    then = _THEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if then and not _CURRENT_NOT_TIME_AFTER.match(text, m.end()):
        return Timex(then.start(then.lastindex), m.end(), "DATE", {"k": "literal", "value": "PAST_REF"},
                     meta={"vague": True})
    if _CURRENT_NOT_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _CURRENT_NOT_TIME_AFTER.match(
            text, m.end()):
        return None
    if text[m.start()] == "C" and not _SENTENCE_OPEN.search(text[max(0, m.start() - 8):m.start()]):
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": "PRESENT_REF"}, meta={"vague": True})


# "in recent years", "in coming quarters", "future quarters": some time on one side of the present
@recogniser(r"\b(?:in\s+)?(?P<w>recent|coming|past|last|next|future)\s+(?P<u>days|weeks|months|quarters|years|decades)\b",
            re.IGNORECASE, gates=(_words_gate("days", "weeks", "months", "quarters", "years", "decades"),))
def _vague_ref(m: re.Match) -> Timex:
    future = m["w"].lower() in ("coming", "next", "future")
    start = m.start() + (3 if m.group(0).lower().startswith("in ") else 0)
    return Timex(start, m.end(), "DATE", {"k": "literal", "value": "FUTURE_REF" if future else "PAST_REF"})


# Durations ---------------------------------------------------------------------------------------
# "an hour and a half", "one and a quarter years", "5 1/2 hours", "another week", "half an hour", "½ hour"
@recogniser(rf"\b{MOD_PREFIX}{_DET}(?:(?P<num>{NUMBER}|an?|one|another)(?P<frac>\s+[1-9]/[2-9]\b|\s*[½¼¾⅓⅔])?"
            rf"(?:\s+and\s+(?P<half>(?:a\s+)?(?:half|quarter)))?(?:\s+(?P<adj>{_LENGTH_ADJ})\s+|[\s-]+)" + _UNIT +
            r"(?:\s+and\s+(?:a\s+)?(?:half|quarter)\b(?!\s+(?:of|million|billion)\b))?(?P<hyph>-(?:long|old))?\b"
            r"(?P<ormore>\s+or\s+(?:more|longer|less|so)\b(?!\s+than))?|"
            r"(?P<halfan>(?:half|½)(?:\s+an?)?)[\s-]+(?P<unit2>hour|day|year|month|minute|second|week|century|decade)\b)",
            re.IGNORECASE, gates=(_UNIT_GATE, Gate(["½"])))
def _duration(m: re.Match) -> Timex | None:
    text = m.string
    if m["halfan"]:
        if m["halfan"].lower() == "half" and text[max(0, m.start() - 6):m.start()].lower().endswith(("first ", "second ")):
            return None  # "the first half year" is a part of a year
        return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": 0.5, "unit": _unit(m["unit2"])})
    num = m["num"]
    if num.lower() in ("a", "an", "one", "another"):
        # "once a day", "$5 million a year", "twice a week" are rates, not durations
        before = text[max(0, m.start() - 40):m.start()]
        if _RATE_BEFORE.search(before[-16:].lower()) or _search_ending(_COUNTED_BEFORE, ("s",), before, 0, len(before)):
            return None
        # "a day like this", "a year when prices fell": a kind of day, not a length
        if _KIND_OF_AFTER.match(text, m.end()):
            return None
    unit_word = m["unit"]
    if (num.lower() == "one" and unit_word.lower() == "day" and not m["qmod"]
            and (_MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                 or _SUBJECT_BEFORE.search(text, max(0, m.start() - 8), m.start()))):
        # "she will one day lead the party", "the hope that he one day returns": some day to come, no length
        return Timex(m.start(), m.end(), "DATE", {"k": "literal", "value": "FUTURE_REF"})
    after = text[m.end():m.end() + 12].lower()
    if m["hyph"] and m["hyph"].lower() == "-old" or _OLD_AFTER.match(after):
        return None  # ages are not event durations
    if num.lower() == "a" and unit_word.lower() == "second" and _ordinal_second(text, m.end()):
        return None
    if num.lower() in ("a", "an") and m["hyph"]:
        return None  # "a day-long meeting": the article is the meeting's (``_unit_long`` finds the length)
    if unit_word.lower() == "quarters" and (_OF_AFTER.match(text, m.end()) or text[m.start("unit") - 1] == "-"):
        return None  # "three quarters of the vote", "three-quarters": a share, not three quarter-years
    n = _amount(num)
    part = m["half"] or (_AND_A_PART.search(m.group(0)) or [None, None])[1]
    start = _duration_start(m)
    slashed = text[m.start() - 1:m.start()] == "/"
    if slashed:
        # "1/4 hour" is a quarter of an hour, "24/7" no length at all
        fraction = _FRACTION_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if fraction is None or fraction.group(0) + num not in _FRACTION_VALUES:
            return None
        n, start = _FRACTION_VALUES[fraction.group(0) + num], fraction.start()
    if m["frac"]:
        if num.lower() in ("a", "an"):  # "a ½ hour" is half of one hour
            n, start = _FRACTION_VALUES[m["frac"].strip()], m.end("frac") - len(m["frac"].strip())
        elif (share := _FRACTION_VALUES.get(m["frac"].strip())) is not None and isinstance(n, (int, float)):
            n += share  # "2 1/2 years", "3¼ hours"
    if part and isinstance(n, (int, float)):
        n = n + _PART_AMOUNT[part.split()[-1].lower()]
    mod = None if _over_is_preposition(m) else MOD_WORDS.get((m["qmod"] or "").lower())
    if m["ormore"]:
        mod = ("APPROX" if m["ormore"].endswith("so") else "EQUAL_OR_MORE" if _MORE.search(m["ormore"])
               else "EQUAL_OR_LESS")
    if m["det"] and not m["qmod"] and _amount(num) == 1 and m["det"].split()[-1].lower() in ("past", "last", "next"):
        return None  # "the past year" is a relative unit, not "the past" + "a year"
    spec = {"k": "duration", "n": n, "unit": _unit(unit_word)}
    if slashed or m["frac"]:
        spec["fraction"] = True  # "2 1/2 years" is P2Y6M (see ``resolve.duration_value``)
    return Timex(start, m.end(), "DURATION", spec, mod=mod)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|must|['’]ll)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"\b(?:he|she|we|they|I)\s+$", re.IGNORECASE)  # subject-only pronouns


def _ordinal_second(text: str, end: int) -> bool:
    """"a second term", "a second-round vote": the ordinal before a noun, not one second of time."""
    if text[end:end + 1] == "-":
        return True
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt) and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _CLAUSE_WORDS


# "3h", "3day", "3.5years", "10D", "2W": a number glued to its unit (or a lone "h"), as in schedules
# and notes. "3D" and "2D" are dimensions, and a lone "m" may be metres, so neither is read as time.
_COMPACT_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "d": "day", "w": "week",
                  "wk": "week", "wks": "week", "y": "year", "yr": "year", "yrs": "year"}


@recogniser(r"(?<![\w.,$€£])(?P<num>\d+(?:\.\d+)?)(?:(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|"
            r"months?|years?|yrs?|h|d|w|y|D|W|Y)|\s(?P<h>h|hrs?))(?![\w%])(?!\.\w)",
            gates=(_digits_shaped(r"\d+(?:\.\d+)?(?:[A-Za-z]|\sh)"),))
def _compact_duration(m: re.Match) -> Timex | None:
    word = m["unit"] or m["h"]
    if word == "D" and m["num"] in ("2", "3", "4"):
        return None
    low = word.lower()
    unit = _COMPACT_UNITS.get(low) or _unit(low)
    n = parse_number(m["num"])
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": n, "unit": unit})


# "14:28.61", "7:43.02", "1:59:40.2": the time a race was run in, as results write it; a clock time
# never has hundredths of a second, so the fraction tells the two apart
@recogniser(r"(?<![\w.:,])(?:(?P<h>\d):)?(?P<min>[0-5]?\d):(?P<s>[0-5]\d\.\d{1,3})(?![\d:])",
            gates=(_digits_shaped(r"\d{1,2}:\d\d[.:]\d"),))
def _race_time(m: re.Match) -> Timex:
    parts = [(int(m["h"]), "hour")] if m["h"] else []
    parts += [(int(m["min"]), "minute"), (float(m["s"]), "second")]
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "parts": parts})


# "all day", "the whole week", "a full-year": one unit, but "full-year results" names a period of account
@recogniser(r"\b(?:(?:the|a)\s+)?(?P<w>all|full|whole|entire)[-\s]+(?P<unit>day|week|month|year)\b(?!-)",
            re.IGNORECASE, gates=(_words_gate("day", "week", "month", "year"),))
def _whole_unit(m: re.Match) -> Timex | None:
    if (" ".join(m.group(0).lower().split()) == "the full year"
            and _YEAR_OF_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
        return None  # "profit for the full year" is the story's year (``_the_year``), not a length
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _CLAUSE_WORDS:
        return None
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": 1, "unit": m["unit"].lower()})


# "a decades-long feud", "a day-long meeting", "a weeklong strike": a length named by its unit alone
# (a counted one, "a two-week-long strike", is a ``_duration``)
@recogniser(r"\b(?P<unit>hours?|days?|weeks?|months?|years?|decades|centuries)-?long\b(?!-)", re.IGNORECASE,
            gates=(_words_gate("long", "hourlong", "daylong", "weeklong", "monthlong", "yearlong"),))
def _unit_long(m: re.Match) -> Timex:
    word = m["unit"].lower()
    n = None if word.endswith("s") else 1
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": n, "unit": _unit(word)})


_CLAUSE_WORDS = frozenset("and or but to in on at for of with by from as so since until before after long "
                          "while when because".split())


# "lasted over two hours", "for over a decade", "delays of over an hour": "over" says "more than" after a
# word that takes a length; after anything else it is a preposition, "during" ("burned 30,000
# hectares over nine days", "talks spread over three days"), outside the extent
_OVER_MEANS_MORE_AFTER = re.compile(
    r"\b(?:for|lasted|lasting|lasts|last|took|take|takes|taking|spent|spend|spends|waited|wait|after|in|within|"
    r"than|of|is|was|were|be|been|being|are|ran|run|runs|served|serve|serves|age|aged)\s+$", re.IGNORECASE)


def _over_is_preposition(m: re.Match) -> bool:
    """Whether a duration's "over" is a preposition rather than "more than" (see _OVER_MEANS_MORE_AFTER)."""
    if (m["qmod"] or "").lower() != "over":
        return False
    if m["det"]:
        return True  # "over the past year"
    at = m.start("qmod")
    return not _OVER_MEANS_MORE_AFTER.search(m.string, max(0, at - 12), at)


def _duration_start(m: re.Match) -> int:
    """Where a duration's extent starts: "within" is a TimeML signal, so "within two weeks" keeps its
    EQUAL_OR_LESS mod but its extent is "two weeks"; "over the past year" starts at "the"; a bare
    "the" before an adjective ("the 14-day truce", "the three month summer") belongs to the noun."""
    det = m["det"]
    if det and det.split()[-1].lower() == "the" and _adjectival(m):
        return m.start("num")
    if m["qmod"] and (m["qmod"].lower() == "within" or _over_is_preposition(m)):
        return m.start("det") if det else m.start("num")
    return m.start()


def _adjectival(m: re.Match) -> bool:
    if m.groupdict().get("hyph") is not None or m.string[m.end("num"):m.start("unit")].endswith("-"):
        return True
    return not m["unit"].lower().endswith("s") and _amount(m["num"]) not in (1, None)


# gated at the last word of the count when a plural unit follows it: most units have no such count
@recogniser(rf"\b{MOD_PREFIX}{_DET}(?P<num>several|a few|few|many|a couple of|couple of|some|countless|dozens of|hundreds of)\s+"
            r"(?:(?:more|additional|extra|further)\s+)?"
            r"(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b",
            re.IGNORECASE, gates=(Gate(within=_words_gate("several", "few", "many", "couple", "some", "countless", "dozens",
                                                          "hundreds"),
                                       shape=r"(?i)\w+(?:\s+of)?\s+(?:(?:more|additional|extra|further)\s+)?(?:seconds|"
                                             r"minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b"),))
def _vague_duration(m: re.Match) -> Timex | None:
    if _SHIFT_AFTER.match(m.string, m.end()):
        return None  # "a few days later" is a date; "several months before the vote" stays a length
    if m["unit"].lower() == "quarters" and m["num"].lower() in ("some", "many", "countless"):
        return None  # "in some quarters" are circles of people
    n = 2 if m["num"].lower().endswith("couple of") else None
    mod = None if _over_is_preposition(m) else MOD_WORDS.get((m["qmod"] or "").lower())
    return Timex(_duration_start(m), m.end(), "DURATION", {"k": "duration", "n": n, "unit": _unit(m["unit"])},
                 mod=mod)


# "a several-year tenure", "a multi-year deal": the adjective of "several years", a length of unknown count
# as "a two-year term" is one of two years
@recogniser(r"\b(?:several|many|multi)-(?P<unit>day|week|month|year|decade)\b(?![-'’])", re.IGNORECASE,
            gates=(_words_gate("several", "many", "multi"),))
def _vague_adjectival_duration(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": None, "unit": _unit(m["unit"])})


# "for years", "within weeks": a length of unspecified count (TimeML's PXY, PXW); the preposition
# is a signal outside the extent. "for the years" or "in years past" are other phrases.
# "to live without it for a while", "stayed for quite a while": a length of no stated unit (TimeML's PXX),
# in the same search (the "while" branch told apart by its group; no match of one overlaps one of the other)
@recogniser(r"\b(?:for|within|in|over|after)\s+(?P<unit>days|weeks|months|years|decades|centuries)\b"
            r"(?!\s+(?:ago|later|earlier|before|after|past|old)\b)(?![-'’])"
            r"|\bfor\s+(?P<w>(?:quite\s+)?a\s+(?:little\s+)?while)\b", re.IGNORECASE,
            gates=(_words_gate("days", "weeks", "months", "years", "decades", "centuries", "while"),))
def _bare_units(m: re.Match) -> Timex:
    if m["w"]:
        return Timex(m.start("w"), m.end(), "DURATION", {"k": "literal", "value": "PXX"})
    return Timex(m.start("unit"), m.end(), "DURATION", {"k": "duration", "n": None, "unit": _unit(m["unit"])})


# "over the years", "in the early years", "in the years that followed", "the weeks ahead": a stretch of
# unspecified length too; "the years of war" or "the days before the vote" are told by what follows
@recogniser(r"\b(?:over|in|during|through|throughout)\s+(?P<the>the\s+(?:early\s+|following\s+|intervening\s+|"
            r"ensuing\s+)?(?P<unit>years|months|weeks|decades)(?:\s+ahead)?)\b"
            r"(?!\s+(?:ago|later|earlier|before|after|since|of|past|leading|to)\b)(?![-'’])", re.IGNORECASE,
            gates=(_words_gate("years", "months", "weeks", "decades"),))
def _the_units(m: re.Match) -> Timex:
    return Timex(m.start("the"), m.end("the"), "DURATION", {"k": "duration", "n": None, "unit": _unit(m["unit"])})


# "sales for the year rose", "the best month of the year.", "sales for the full year were", "a high for
# the year of $42": with nothing after it to say which (an amount is no year's name), "the year" of a
# news story is the story's own (in lower case only).
# "sales of $6 billion in the latest fiscal year", "the most recent year": the last year completed, as
# "the latest quarter" is the last quarter completed; in the same search (the "latest" branch told apart
# by its group; no match of one overlaps one of the other)
@recogniser(r"(?-i:\bthe\s+(?:fiscal\s+|full\s+)?year\b(?=\s*[.,;:!?)]|\s+(?:to\s+date|so\s+far|as\s+a\s+whole|"
            r"was|were|rose|fell)\b|\s+of\s+[$£€#]))"
            r"|\bthe\s+(?P<latest>latest|most\s+recent)\s+(?:(?:fiscal|financial|full)\s+)?year\b(?![-'’])",
            re.IGNORECASE, gates=(_words_gate("year", "latest", "recent"),))
def _the_year(m: re.Match) -> Timex | None:
    if m["latest"]:
        return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": -1, "unit": "year", "base": "ref"})
    if not _YEAR_OF_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": 0, "unit": "year", "base": "ref"})


def _until_then(m: re.Match) -> Timex:
    """"until then", "by then" (found with the vague words, ``_vague_now``)."""
    return Timex(m.start("then"), m.end(), "DATE", {"k": "shift", "n": 0, "unit": "day", "base": "narr", "back": True,
                                                         "either_side": True})


# "by year-end", "since year's end": the end of the story's year (of the year before, for "since")
@recogniser(r"\b(?P<prep>by|since|until|till|at|around|before|after|through)\s+(?P<x>year[-\s]end|year['’]s\s+end)\b(?![-'’])",
            re.IGNORECASE, gates=(_words_gate("year"),))
def _year_end(m: re.Match) -> Timex:
    back = -1 if m["prep"].lower() == "since" else 0
    return Timex(m.start("x"), m.end("x"), "DATE", {"k": "shift", "n": back, "unit": "year", "base": "ref"}, mod="END")


# "twice the dividend this year as last.", "more rain this month than last": the bare "last" of the
# comparison is the unit before the one just named
_THIS_UNIT_AS = re.compile(r"\bthis\s+(?P<u>week|month|year|quarter)\b[^.;:!?]{0,60}\b(?:than|as)\s+$", re.IGNORECASE)


@recogniser(r"\blast(?=\s*[.,;:!?)])", re.IGNORECASE, gates=(_words_gate("last"),))
def _elliptic_last(m: re.Match) -> Timex | None:
    named = _THIS_UNIT_AS.search(m.string, max(0, m.start() - 90), m.start())
    if named is None:
        return None
    return Timex(m.start(), m.end(), "DATE", {"k": "shift", "n": -1, "unit": named["u"].lower(), "base": "ref"})


_YEAR_OF_BEFORE = re.compile(r"\b(?:for|of|during|throughout)\s+$", re.IGNORECASE)


# "for the year ended Sept. 30": the twelve months of an accounting year, a length ending on that date
@recogniser(r"\b(?:the)\s+(?:fiscal\s+)?year(?=\s+(?:that\s+)?(?:ended|ending)\b)", re.IGNORECASE,
            gates=(_words_gate("year"),))
def _accounting_year(m: re.Match) -> Timex:
    return Timex(m.start(), m.end(), "DURATION", {"k": "duration", "n": 1, "unit": "year"})


@recogniser(r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d+))?(?![\d:])", gates=(_digits_shaped(r"\d{1,2}:[0-5]\d:[0-5]\d"),))
def _clock_duration(m: re.Match) -> Timex | None:
    h = int(m["h"])
    if (h < 24 and not _elapsed(m.string, m.start(), m.end())
            and (len(m["h"]) == 2 or _CLOCK_BEFORE.search(m.string, max(0, m.start() - 8), m.start()))):
        # "the alarm sounded at 12:00:00", "restarted 04:15:30": a time of day; "won in 2:05:30", "a 2:19:30
        # course record", a results row "Asiba 2:04:12": a length
        return Timex(m.start(), m.end(), "DATE", {"k": "time", "h": h, "mi": int(m["mi"]), "s": int(m["s"])})
    sec = m["s"] + (f".{m['f']}" if m["f"] else "")
    value = f"PT{int(m['h'])}H{int(m['mi'])}M{sec}S"
    return Timex(m.start(), m.end(), "DURATION", {"k": "literal", "value": value})


# the words around an H:MM:SS that make it a time taken rather than a time of day
_ELAPSED_BEFORE = re.compile(
    r"\b(?:in|of|time|times|timed|clocked|clocking|finished|finishing|won|winning|ran|running|record|best|split|"
    r"splits|lap|took|lasted|under|than|behind)\s*[(:]?\s*$", re.IGNORECASE)
_ELAPSED_AFTER = re.compile(r"\s*\)?\s*(?:to\s+win|record|marathon|finish|winning|personal|course|pace|race|lead|"
                            r"margin|behind|elapsed)\b", re.IGNORECASE)


_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|since)\s+$", re.IGNORECASE)


def _elapsed(text: str, start: int, end: int) -> bool:
    return bool(_ELAPSED_BEFORE.search(text, max(0, start - 24), start) or _ELAPSED_AFTER.match(text, end))


# the hour is no decimal's last digits ("a size of 2.1 pm" is picometres)
@recogniser(r"\b(?:at\s+|by\s+)?(?<!\d\.)(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
            r"|\b(?P<noon>noon|midnight)\b", re.IGNORECASE, gates=(_digits_shaped(r"(?i)\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m"), _words_gate("noon", "midnight")))
def _clock_time(m: re.Match) -> Timex | None:
    if m["noon"]:
        if m.string[max(0, m.start() - 5):m.start()].lower() == "high ":
            return None  # "high noon" is a showdown (and a film), not twelve o'clock
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
    if w.startswith("night"):
        return "day"  # "two nights" in a hotel is a stay of two days
    if w == "centuries":
        return "century"
    w = w.rstrip("s") if w not in ("hrs",) else "hr"
    return {"sec": "second", "min": "minute", "hr": "hour"}.get(w, w)


def _amount(num: str) -> float | int | None:
    s = num.lower().strip()
    if s in ("a", "an", "one", "another"):
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

# the lower end of a range of lengths, written before the duration that names the upper end and the
# unit: "two to three weeks", "three or four days", "between five and 10 years", "10-15 minutes",
# "about two to three hours", "the next 12 to 18 months"
_RANGE_LOW_BEFORE = re.compile(
    rf"(?:\b{MOD_PREFIX})?(?P<det>\bthe\s+(?:past|last|next|first|coming|previous|following)\s+)?"
    rf"(?:(?P<between>\bbetween)\s+)?(?<![\w.,$€£/-])(?P<low>{NUMBER})(?P<joint>\s*[-–]\s*|\s+(?:to|or|and)\s+)$",
    re.IGNORECASE)
_LEADING_NUMBER = re.compile(NUMBER, re.IGNORECASE)
_RANGE_REACH = 60  # characters before the upper end that the lower end and its words may take


def _merge_length_ranges(found: list[Timex], text: str) -> list[Timex]:
    """"two to three weeks" is one length, not "three weeks": TimeML's value is the lower end with mod
    EQUAL_OR_MORE (P2W), and the spec keeps the upper end too (``low``/``n``). "about" stays in the
    extent (mod APPROX); other words before the range are signals ("within", "over"), outside it.
    "a day or two" is the range of one to two days."""
    out: list[Timex] = []
    for t in found:
        high = _OR_TWO_AFTER.match(text, t.end) if text.startswith(" or ", t.end) and _one_unit(t) else None
        if high:
            out.append(Timex(t.start, high.end("high"), "DURATION", {**t.spec, "n": parse_number(high["high"]), "low": 1},
                             mod=t.mod or "EQUAL_OR_MORE", meta=t.meta))
            continue
        low = _range_low(t, text)
        if low is None:
            out.append(t)
            continue
        m, n_low = low
        approx = MOD_WORDS.get((m["qmod"] or "").lower()) == "APPROX"
        # "between" is a preposition, as "from" is: outside the extent
        start = m.start("qmod") if approx else m.start("det") if m["det"] else m.start("low")
        out.append(Timex(start, t.end, "DURATION", {**t.spec, "low": n_low}, mod="APPROX" if approx else "EQUAL_OR_MORE",
                         meta=t.meta))
    return out


# "a day or two", "an hour or three": not "a day or two weeks", nor "a week or two more"
_OR_TWO_AFTER = re.compile(r"\s+or\s+(?P<high>two|three|2|3)\b(?![-\d]|\s+(?:more|of|[a-z]+s)\b)", re.IGNORECASE)


def _one_unit(t: Timex) -> bool:
    """Whether ``t`` is a plain length of one unit ("a day", "about an hour")."""
    spec = t.spec
    return (t.type == "DURATION" and spec.get("k") == "duration" and "parts" not in spec and spec.get("n") == 1
            and t.mod in (None, "APPROX"))


def _range_low(t: Timex, text: str) -> tuple[re.Match, float | int] | None:
    """The words of the lower end of a range before ``t`` and the lower amount, when ``t`` is the upper end."""
    spec = t.spec
    if (t.type != "DURATION" or spec.get("k") != "duration" or "parts" in spec or t.mod is not None
            or not isinstance(spec.get("n"), (int, float))):
        return None
    joint = text[max(0, t.start - 5):t.start].rstrip()  # a cheap look first: most lengths follow no range
    if not (joint.endswith(("-", "–")) or joint[-3:] in (" to", " or") or joint[-4:] == " and"):
        return None
    if not _LEADING_NUMBER.match(text, t.start):
        return None
    m = _RANGE_LOW_BEFORE.search(text, max(0, t.start - _RANGE_REACH), t.start)
    if m is None or (m["joint"].strip().lower() == "and") != bool(m["between"]):
        return None  # "and" joins the ends of a range only after "between"
    n_low = parse_number(m["low"])
    if not isinstance(n_low, (int, float)) or not 0 < n_low < spec["n"]:
        return None  # "3-2 days" is no range
    return m, n_low


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
    chosen = [t for t in chosen if not _quoted_title(text, t)]
    found = _merge_length_ranges(_merge_compound_durations(chosen, text), text)
    return _year_ago_quarters(_day_next_to(_clock_on_day(_of_named_year(found, text), text), text), text)


# "Jan. 1 last year", "March 3 of this year", "June of next year": a month (and day) and the year named after it
_OF_NAMED_YEAR = re.compile(r"\s+(?:of\s+)?(?=(?:this|last|next)\s+year\b)", re.IGNORECASE)


def _names_a_near_year(t: Timex, text: str) -> bool:
    """Whether ``t`` is "this year", "last year" or "next year", as written."""
    spec = t.spec
    return (t.type == "DATE" and t.mod is None and spec.get("k") == "shift" and spec.get("unit") == "year"
            and spec.get("base") == "ref" and t.end - t.start <= 9 and text[t.start:t.end].lower().endswith(" year"))


def _of_named_year(found: list[Timex], text: str) -> list[Timex]:
    """"The law took effect Jan. 1 last year", "in June of next year": one date, the month (and day) in the
    year the words name, not the Jan. 1 nearest the reference date with a year beside it."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and _names_a_near_year(t, text):
            spec = prev.spec
            joint = _OF_NAMED_YEAR.match(text, prev.end)
            if (joint is not None and joint.end() == t.start and not text.startswith(("'s", "’s"), t.end)
                    and prev.type == "DATE" and spec.get("k") == "ymd"
                    and spec.get("y") is None and spec.get("m") is not None and not spec.get("side")):
                out[-1] = Timex(prev.start, t.end, "DATE",
                                {"k": "month_rel", "m": spec["m"], "d": spec.get("d"), "yoff": t.spec["n"]}, mod=prev.mod)
                continue
        out.append(t)
    return out


# "9 a.m. Tuesday", "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 9": a clock time and the day right after it
# are one TimeML expression (with "on" between them they stay two, "on" being a signal)
_CLOCK_DAY_JOINT = re.compile(r"\s+(?:[A-Z]{2,4}\b)?,?\s*")


def _is_day(t: Timex) -> bool:
    """Whether ``t`` names one calendar day (a weekday, a month and day, "today"), with no part of it."""
    spec = t.spec
    k = spec.get("k")
    if t.type != "DATE" or t.mod or spec.get("pod"):
        return False
    return (k == "weekday" and not spec.get("rel") or k == "ymd" and spec.get("d") is not None
            or k == "shift" and spec.get("unit") == "day" and spec.get("base") == "ref")


def _clock_on_day(found: list[Timex], text: str) -> list[Timex]:
    """Joins each clock time to the day named right after it: the day's spec, with the clock time added."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        day = found[i + 1] if i + 1 < len(found) else None
        if (day is not None and t.spec.get("k") == "time" and _is_day(day)
                and _CLOCK_DAY_JOINT.fullmatch(text, t.end, day.start)):
            clock = (t.spec["h"], t.spec["mi"]) + ((t.spec["s"],) if "s" in t.spec else ())
            out.append(Timex(t.start, day.end, "DATE", {**day.spec, "clock": clock}))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


_DAY_NEXT_TO = re.compile(r"\b[Tt]he\s+day\s+(?P<side>before|after)\s+$")


def _day_next_to(found: list[Timex], text: str) -> list[Timex]:
    """"The day before last Tuesday's hearing", "the day after May 3": one date, a day off the day named
    (TimeML takes "the day before" into the expression)."""
    for i, t in enumerate(found):
        k = t.spec.get("k")
        if t.type != "DATE" or t.mod or t.spec.get("pod") or not (
                k in ("weekday", "holiday") or k == "ymd" and t.spec.get("d") is not None
                or k == "shift" and t.spec.get("unit") == "day" and t.spec.get("base") == "ref"):
            continue
        lead = _DAY_NEXT_TO.search(text, max(0, t.start - 20), t.start)
        if lead and (i == 0 or found[i - 1].end <= lead.start()):
            n = -1 if lead["side"] == "before" else 1
            found[i] = Timex(lead.start(), t.end, "DATE", {"k": "day_next_to", "n": n, "of": t.spec})
    return found


_QUOTE_MARKS = "\"“`'‘"
_INNER_CAPITAL = re.compile(r"\s((?:Seconds?|Minutes?|Hours?|Days|Weeks?|Months?|Years?|Decades?|Century|Today|Tonight|"
                            r"Tomorrow|Morning|Evening|Night))\b")


def _quoted_title(text: str, t: Timex) -> bool:
    """"This Week", ''60 Minutes'': a phrase right after a quotation mark that capitalises a common time
    word after its first word names a programme or a book ("Last Friday" and "Christmas Day" do not)."""
    before = text[max(0, t.start - 3):t.start].rstrip()
    return bool(before) and before[-1] in _QUOTE_MARKS and bool(_INNER_CAPITAL.search(text, t.start, t.end))


_QUARTER_WINDOW = 400  # characters: about two sentences of a results story
_QUARTER_REACH = 1500  # "a year ago" / "a year earlier" compare with the story's quarter further on
_YEAR_BACK = re.compile(r"(?:a\s+)?year[-\s](?:ago|earlier)|last\s+year", re.IGNORECASE)
_A_YEAR_BACK = re.compile(r"a\s+year\s+(?:ago|earlier)", re.IGNORECASE)


def _near_quarter(quarter: Timex, t: Timex, text: str) -> bool:
    """Whether ``t`` is close enough after ``quarter`` (same paragraph, a couple of sentences) to mean it."""
    return t.start - quarter.end <= _QUARTER_WINDOW and "\n\n" not in text[quarter.end:t.start]


def _reported_part(quarter: Timex, t: Timex, text: str) -> bool:
    """Whether a quarter named without a year ("fourth-quarter earnings fell") is the one the results
    story reports ("posted a fourth-quarter loss"), so that "the latest period" a sentence or two after
    it is that quarter: not one named in a forecast ("will take a fourth-quarter charge", "has no
    estimate for fourth-quarter results") or of another year."""
    if quarter.spec.get("k") != "part" or not quarter.spec.get("near") or t.start - quarter.end > _QUARTER_WINDOW:
        return False
    start = text.rfind(". ", 0, quarter.start) + 1
    end = text.find(". ", quarter.end)
    return (_PAST_FORM.search(text, start, quarter.start) is not None
            and FUTURE_CUES.search(text, start, end if end >= 0 else len(text)) is None)


_PAST_FORM = re.compile(r"\b(?:[a-z]{3,}ed|said|rose|fell|grew|lost|made|had|was|were)\b")


def _story_quarter(last: Timex | None, t: Timex, text: str) -> dict[str, Any] | None:
    """The spec of the quarter a results story reports that ``t`` ("the quarter", "the latest period",
    "the 1988 period") means: the reported quarter named just before it, or the one an earlier "the
    quarter" a couple of sentences back meant ("earned $5 million in the fiscal first quarter ... sales
    for the quarter ... systems shipped in the quarter")."""
    if last is None:
        return None
    if _reported_part(last, t, text):
        return last.spec
    if last.spec.get("k") == "quarter_back" and t.start - last.end <= _QUARTER_WINDOW:
        return last.spec["of"]
    return None


_APPOSITION = re.compile(r",\s*")


def _apposed(quarter: Timex, t: Timex, text: str) -> bool:
    """Whether ``t`` is an ordinal quarter without a year set after ``quarter`` between commas: "in the
    year-ago quarter, the second quarter ended Oct. 31, ..." names which quarter that was."""
    return (t.spec.get("k") == "part" and bool(t.spec.get("near")) and not t.spec.get("ago")
            and _APPOSITION.fullmatch(text, quarter.end, t.start) is not None)


def _name_in_apposition(quarter: Timex, t: Timex) -> None:
    """The quarter and its appositive are one quarter: the ordinal the appositive gives, a year back when
    the first was the year-ago quarter."""
    spec = quarter.spec
    if (spec.get("k") == "qref" and spec.get("ago") or spec.get("k") == "part" and spec.get("ago")
            or spec.get("k") == "quarter_back" and spec.get("years")):
        t.spec = {**t.spec, "ago": True}
    quarter.spec = t.spec


_RESULTS_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:loss|losses|profit|earnings|results|net|income|revenues?|sales|"
                            r"charges?)\b", re.IGNORECASE)


def _this_quarters_results(t: Timex, text: str) -> bool:
    """"This quarter's loss includes charges", after the quarter a results story reports: that quarter's
    results, not the calendar quarter the story is written in (a forecast keeps the current one)."""
    spec = t.spec
    if not (spec.get("k") == "shift" and spec.get("unit") == "quarter" and spec.get("n") == 0
            and spec.get("base") == "ref" and text[t.start:t.start + 4].lower() == "this"
            and _RESULTS_AFTER.match(text, t.end)):
        return False
    end = text.find(". ", t.end)
    return FUTURE_CUES.search(text, t.end, end if end >= 0 else len(text)) is None


def _year_ago_quarters(found: list[Timex], text: str) -> list[Timex]:
    """"Profit rose in the third quarter from $5 million a year earlier": the year-back comparison
    after a quarter is that quarter a year before, not the whole previous year. The comparison is
    with the last period named: "the nine months" in between ends the quarter's reach."""
    last_quarter: Timex | None = None
    for t in found:
        k = t.spec.get("k")
        reported = _story_quarter(last_quarter, t, text) if k == "qref" or _this_quarters_results(t, text) else None
        if reported is not None:
            # "fourth-quarter earnings fell ... sales in the latest period": the quarter just named
            # (a fiscal one too), not the last calendar quarter before the article
            year = t.spec.get("y")
            t.spec = ({"k": "quarter_back", "of": reported, "years": t.spec.get("ago", 0)} if year is None
                      else {"k": "quarter_back", "of": reported, "y": year})
            t.spec["reported"] = True  # told in the past tense: a forecast around "the quarter" does not move it
            last_quarter = t
        elif k in ("qref", "part") and str(t.spec.get("p", "Q")).startswith("Q"):
            if last_quarter is not None and _apposed(last_quarter, t, text):
                _name_in_apposition(last_quarter, t)
            last_quarter = t
        elif t.type == "DURATION" and t.spec.get("unit") in ("month", "year"):
            last_quarter = None
        elif (last_quarter is not None and k == "shift" and t.spec.get("unit") == "quarter" and t.spec.get("n") == 0
              and t.spec.get("base") == "narr" and t.start - last_quarter.end <= _QUARTER_REACH):
            t.spec = {"k": "quarter_back", "of": last_quarter.spec, "years": 0}  # "that quarter": the one named
        elif last_quarter is not None and k == "shift" and t.spec.get("unit") == "year" and t.spec.get("n") == -1:
            words = text[t.start:t.end]
            if (_near_quarter(last_quarter, t, text) and _YEAR_BACK.fullmatch(words)
                    or t.start - last_quarter.end <= _QUARTER_REACH and _A_YEAR_BACK.fullmatch(words)):
                t.spec = {"k": "quarter_back", "of": last_quarter.spec, "years": 1}
    return found


FUTURE_CUES = re.compile(r"\b(?:will|'ll|’ll|shall|would|is to|are to|set to|scheduled|plans? to|planned to|planning to|"
                         r"expected (?:to|by|on)|going to|upcoming|due (?:to|by|on)|intends? to|next(?!\s+to\b))\b", re.IGNORECASE)
# every cue is a whole word or phrase, or an apostrophe before "ll"
FUTURE_CUES_GATE = Gate(["will", "shall", "would", "is to", "are to", "set to", "scheduled", "plan to", "plans to",
                         "planned to", "planning to", "expected to", "expected by", "expected on", "going to", "upcoming", "due to", "due by", "due on", "intend to", "intends to", "next"],
                        lower=True, word_start=True, whole=True, regex=r"['’](?=[Ll][Ll])")
