"""Counts, sums of money and percentages.

A count needs something counted: "42 Chinese companies" is a claim, a bare "42" is not. The
counted noun is the head of the short noun phrase after the number, found by walking past
adjectives until the first plural noun (or a stop word). Numbers that belong to a date or a
duration are left to the time recogniser: the pipeline passes those spans in ``taken``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Quantity
from ._scan import Gate, GatedPattern, TextScan
from .numbers import NUMBER, SCALES, TENS, UNITS, parse_number
from .timex import DIGITS_GATE, MOD_PREFIX, MOD_WORDS


@dataclass
class Figure:
    start: int
    end: int
    kind: str  # count | money | percent
    value: Quantity


CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                    "¥": "JPY", "JPY": "JPY", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
                    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "₹": "INR", "Rs.": "INR", "Rs": "INR",
                    "CHF": "CHF", "CNY": "CNY", "RMB": "CNY", "₩": "KRW", "₽": "RUB"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
                  "rupees": "INR", "rupee": "INR", "francs": "CHF", "won": "KRW", "rubles": "RUB",
                  "roubles": "RUB", "pesos": "MXN", "rand": "ZAR", "reais": "BRL", "lira": "TRY"}
_SYM = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CUR_WORDS = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))

_MONEY_SYMBOL = re.compile(
    rf"(?<![\w$])(?:{MOD_PREFIX})(?P<sym>{_SYM})\s?(?P<num>{NUMBER})(?P<per>\s+(?:a|per)\s+(?P<perw>share|barrel|"
    r"ounce|ton|tonne|year|month|week|day|hour|person|head|gallon|litre|liter|kilogram|pound))?\b",
)
_MONEY_WORD = re.compile(
    rf"\b{MOD_PREFIX}(?P<num>{NUMBER})\s+(?:(?:U\.S\.|US|American|Canadian|Australian|Hong Kong)\s+)?"
    rf"(?P<cw>{_CUR_WORDS})\b", re.IGNORECASE)
_PERCENT = re.compile(
    rf"\b{MOD_PREFIX}(?P<num>{NUMBER})\s?(?P<pct>%|percent\b|per cent\b|pct\b|percentage points?\b|"
    r"points?\b(?=\s+(?:lower|higher|up|down|in|to|from|of|on))|basis points?\b)", re.IGNORECASE)
_COUNT = re.compile(rf"(?<![\w$€£¥.,-])(?:{MOD_PREFIX})(?P<num>{NUMBER})(?![\w%$-]|[.,]\d)", re.IGNORECASE)
# "a 60-member search team", "a 12-strong crew": the size of a group
_MEMBERS = re.compile(rf"(?<![\w$.,-])(?:{MOD_PREFIX})(?P<num>\d[\d,]*|{'|'.join(sorted([*UNITS, *TENS], key=len, reverse=True))})"
                      r"-(?:member|strong|person|man|woman)\b", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\b(?:(?:a\s+)?(?:preliminary\s+)?magnitude[-\s](?P<a>\d(?:\.\d)?)|(?P<b>\d(?:\.\d)?)"
                        r"[-\s]magnitude)\b", re.IGNORECASE)

# Words that end the noun phrase after a number: verbs, prepositions, conjunctions, determiners.
STOP = frozenset("""
a an the of in on at to for from by with without into onto over under about after before during since until
and or but nor so yet as than that which who whom whose where when while if because although though
is are was were be been being has have had do does did will would can could shall should may might must
said says say told added according per each every this these those its their his her our your my
more less most least other such not no only also just still even ever again already
""".split())
IRREGULAR_PLURALS = frozenset("""
people children men women police staff personnel cattle sheep fish aircraft deer series species
dead injured wounded missing homeless displaced faithful elderly troops crew
""".split())
# Nouns after a number that are never a counted thing for our purposes
NOT_COUNTED = frozenset("""
percent per cent points point times time am pm a.m. p.m. th st nd rd
""".split()) | {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                "months", "year", "years", "decade", "decades", "century", "centuries", "fortnight"}

# "the death toll had risen to 212", "the number of people killed ... rose to 287": a bare number whose
# counted thing is named by the subject of a change verb earlier in the sentence.
_TALLY = re.compile(
    r"\b(?P<subj>(?:death|casualty|injury)\s+toll|toll|tally|number\s+of\s+(?P<noun>[a-z]+(?:\s+(?:killed|dead|"
    r"injured|missing|displaced|evacuated|employees|jobs))?)|total\s+number\s+of\s+(?P<noun2>[a-z]+)|"
    r"(?<=the\s)(?P<adj>dead|injured|wounded|missing|displaced|homeless|evacuated))"
    r"[^.;\n]{0,120}?\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped|reached|stood|hit|stands|rises|climbs|"
    r"reaches|was|is|numbers?|numbered|totals?|totall?ed)\s+(?:to\s+|at\s+)?"
    r"(?P<mod>(?:at least|more than|nearly|almost|about|around|some|over)\s+)?"
    rf"(?P<num>{NUMBER})\b(?![\w%$-]|[.,]\d|\s+(?:percent|per cent))", re.IGNORECASE)
_UP_FROM = re.compile(rf",?\s+(?:up|down)\s+from\s+(?P<num>{NUMBER})\b(?![\w%$-]|[.,]\d)", re.IGNORECASE)
_DEATH_WORDS = ("death", "casualty", "killed", "dead", "toll")

# Each pattern is tried only near words every match contains (see ``_scan``).
_NUMBER_WORDS_GATE = Gate([*UNITS, *TENS, *SCALES, "dozen", "couple", "pair", "score"], lower=True,
                          word_start=True, whole=True)
_GATED_FIG = {
    "_MONEY_SYMBOL": GatedPattern(_MONEY_SYMBOL, Gate(CURRENCY_SYMBOLS, word_start=True)),
    "_MONEY_WORD": GatedPattern(_MONEY_WORD, Gate(CURRENCY_WORDS, lower=True, word_start=True, whole=True)),
    "_PERCENT": GatedPattern(_PERCENT, Gate(["%"]), Gate(["percent", "per cent", "pct", "percentage", "point",
                                                           "points", "basis"], lower=True, whole=True)),
    # "toll" and "tally" may go on ("tolls"): not whole words
    "_TALLY": GatedPattern(_TALLY, Gate(["death", "casualty", "injury", "toll", "tally", "number", "total", "dead",
                                         "injured", "wounded", "missing", "displaced", "homeless", "evacuated"],
                                        lower=True, word_start=True), prefix=False),
    "_MEMBERS": GatedPattern(_MEMBERS, Gate(["-member", "-strong", "-person", "-man", "-woman"], lower=True)),
    "_MAGNITUDE": GatedPattern(_MAGNITUDE, Gate(["magnitude"], lower=True, word_start=True, whole=True)),
    "_COUNT": GatedPattern(_COUNT, DIGITS_GATE, _NUMBER_WORDS_GATE),
}

_WORD_AFTER = re.compile(r"\s*(?:-\s*)?([A-Za-z][A-Za-z'’.-]*)")


def _mod(word: str | None) -> str | None:
    return MOD_WORDS.get(word.lower()) if word else None


def _head_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after a number at ``pos``: (noun, end offset), or None."""
    collected: list[tuple[str, int]] = []
    i = pos
    for _ in range(4):
        m = _WORD_AFTER.match(text, i)
        if not m or "\n" in text[i:m.start(1)]:
            break
        word = m.group(1).rstrip(".")
        low = word.lower().rstrip("’'")
        if low in STOP:
            break
        if m.group(1)[0].isupper() and not collected and low in NOT_COUNTED:
            break
        collected.append((low, m.start(1) + len(word)))
        i = m.start(1) + len(word)
        if low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2):
            break
    if not collected:
        return None
    noun, end = collected[-1]
    if noun in NOT_COUNTED or any(w in NOT_COUNTED for w, _ in collected):
        return None
    return noun, end


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


_RATE_WORDS = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_RATE_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<rate>annual|yearly|monthly|weekly|daily)\b", re.IGNORECASE)


def find_figures(text: str, taken: list[tuple[int, int]] | None = None, scan: TextScan | None = None) -> list[Figure]:
    """Money, percent and count mentions not overlapping the ``taken`` spans.

    ``scan`` shares gate work with other recognisers over the same text."""
    if scan is None or scan.text is not text:
        scan = TextScan(text)
    taken = list(taken or [])
    found: list[Figure] = []

    def add(start: int, end: int, kind: str, q: Quantity) -> None:
        if _free(start, end, taken):
            found.append(Figure(start, end, kind, q))
            taken.append((start, end))

    for m in _GATED_FIG["_MONEY_SYMBOL"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None:
            continue
        end = m.end() if m["per"] else m.end("num")
        q = Quantity(amount, CURRENCY_SYMBOLS[m["sym"]], _mod(m["qmod"]))
        if m["per"]:
            q.per = m["perw"].lower()
        else:
            # "$300 million in annual savings" is $300 million a year (the span stays the figure)
            rate = _RATE_AFTER.match(text, end)
            if rate:
                q.per = _RATE_WORDS[rate["rate"].lower()]
        add(m.start(), end, "money", q)
    for m in _GATED_FIG["_MONEY_WORD"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is not None:
            add(m.start(), m.end(), "money", Quantity(amount, CURRENCY_WORDS[m["cw"].lower()], _mod(m["qmod"])))
    for m in _GATED_FIG["_PERCENT"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None:
            continue
        pct = m["pct"].lower()
        unit = "%" if pct in ("%", "percent", "per cent", "pct") else ("bp" if "basis" in pct else "pp")
        add(m.start(), m.end(), "percent", Quantity(amount, unit, _mod(m["qmod"])))
    for m in _GATED_FIG["_TALLY"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None or _head_noun(text, m.end()) is not None:
            continue  # "rose to 212 people" is an ordinary count, found below
        subj = m["subj"].lower()
        noun = m["noun"] or m["noun2"] or m["adj"]  # "the injured number 1,400": 1,400 injured
        unit = "deaths" if any(w in subj for w in _DEATH_WORDS) and not (noun and "injur" in noun) else (noun or "total")
        add(m.start("mod") if m["mod"] else m.start("num"), m.end("num"), "count",
            Quantity(amount, unit, _mod((m["mod"] or "").strip() or None)))
        earlier = _UP_FROM.match(text, m.end("num"))  # "had risen to 212, up from 120 in the morning"
        if earlier and (before := parse_number(earlier["num"])) is not None and _head_noun(text, earlier.end()) is None:
            add(earlier.start("num"), earlier.end("num"), "count", Quantity(before, unit))
    for m in _GATED_FIG["_MEMBERS"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is not None:
            add(m.start(), m.end(), "count", Quantity(amount, "members", _mod(m["qmod"])))
    for m in _GATED_FIG["_MAGNITUDE"].finditer(scan):
        add(m.start(), m.end(), "count", Quantity(float(m["a"] or m["b"]), "magnitude"))
    for m in _GATED_FIG["_COUNT"].finditer(scan):
        num = m["num"]
        if num.lower() in ("one", "a dozen") and num.lower() == "one":
            continue  # "one of the", "one report": too rarely a checkable figure
        amount = parse_number(num)
        if amount is None:
            continue
        head = _head_noun(text, m.end())
        if head is None:
            continue
        noun, end = head
        start = m.start()
        # "a dozen" and "dozens" are counts; a lone "a"/"an" never reaches here
        add(start, end, "count", Quantity(amount, noun, _mod(m["qmod"])))
    found.sort(key=lambda f: f.start)
    return found
