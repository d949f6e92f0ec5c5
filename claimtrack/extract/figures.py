"""Counts, sums of money, percentages and measurements (see ``measurements``).

Money comes with a sign or code before the number ("$5", "C$ 12", "USD 25", "MEUR 3") or after
it ("10 €", "115USD", "75 USD million"), or with a currency word ("5 Swiss francs", "50 cents",
the hundredths in "3 dollars 50 cents" included); cents and pence are converted to their main unit.

A count needs something counted: "42 Chinese companies" is a claim, a bare "42" is not. The
counted noun is the head of the short noun phrase after the number, found by walking past
adjectives until the first plural noun (or a stop word). Numbers that belong to a date or a
duration are left to the time recogniser: the pipeline passes those spans in ``taken``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Quantity
from ..units import unit_of
from ._scan import Gate, GatedPattern, TextScan, letter_tree
from .measurements import find_measurements
from .numbers import (
    MONEY_NUMBER,
    NUMBER,
    ORDINAL,
    ORDINALS,
    PREFIXED_MONEY_NUMBER,
    SCALE_ABBREV,
    SCALES,
    TENS,
    UNITS,
    parse_number,
    parse_ordinal,
    tidy,
)
from .timex import DIGITS_GATE, LOWER_MOD_PREFIX, MOD_PREFIX, MOD_WORDS


@dataclass
class Figure:
    start: int
    end: int
    kind: str  # count | money | percent | measurement
    value: Quantity


CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                    "¥": "JPY", "JPY": "JPY", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
                    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "₹": "INR", "Rs.": "INR", "Rs": "INR",
                    "CHF": "CHF", "CNY": "CNY", "RMB": "CNY", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
                    "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₴": "UAH", "₸": "KZT", "₡": "CRC",
                    "₾": "GEL", "₭": "LAK"}
# ISO 4217 codes written as a currency sign: "USD 25", "120 EUR", "115USD". Codes that are also common
# tokens before a number (PHP 7, COP 26, RON 95, ALL, TOP) are left out.
ISO_CODES = frozenset("""
USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR KRW RUB BRL MXN ZAR TRY SEK NOK DKK PLN CZK HUF ILS AED
SAR THB IDR MYR TWD ARS CLP EGP NGN KES PKR UAH
""".split())
# lower-case codes accepted after a number ("20 usd"): none of them is an English word
LOWER_CODES = frozenset("usd eur gbp jpy cny rmb chf aud hkd sgd nzd inr krw brl mxn sek nok dkk".split())
# "MUSD", "MEUR": millions of the currency, as finance tables write them
MILLION_CODES = {"M" + c: c for c in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "SEK", "NOK", "DKK")}
# signs written after the number ("10 €", "100元", "50¢"): (currency, factor to its main unit)
SUFFIX_SYMBOLS = {sym: (code, 1.0) for sym, code in CURRENCY_SYMBOLS.items() if len(sym) == 1}
SUFFIX_SYMBOLS.update({"元": ("CNY", 1.0), "円": ("JPY", 1.0), "¢": ("USD", 0.01)})
# letters before "$" naming the dollar: "C$", "HK$", "Mex$", "usd$"
DOLLAR_PREFIXES = {"US": "USD", "U.S.": "USD", "C": "CAD", "CA": "CAD", "Can": "CAD", "A": "AUD", "AU": "AUD",
                   "HK": "HKD", "NZ": "NZD", "S": "SGD", "SG": "SGD", "R": "BRL", "NT": "TWD", "Mex": "MXN",
                   "MX": "MXN", **{c: c for c in ("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD")}}
# spelling -> DOLLAR_PREFIXES key; one-letter prefixes only in capitals ("a$5" is a typo, not A$5)
_TOUCH_PREFIXES = {spelled: p for p in DOLLAR_PREFIXES for spelled in {p, p.upper(), p.lower() if len(p) > 1 else p}}
# with a space before "$" only prefixes that are no ordinary word ("us $ 150" only in tokenised text,
# where the sign stands alone: "give us $5" keeps its pronoun)
_SPACE_PREFIXES = r"U\.S\.|U\.S|u\.s\.|u\.s|US|[Cc]|HK|hk|NZ|nz|Mex|us(?=\s\$\s)"

CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
                  "rupees": "INR", "rupee": "INR", "franc": "CHF", "francs": "CHF", "won": "KRW", "ruble": "RUB",
                  "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "peso": "MXN", "pesos": "MXN", "rand": "ZAR",
                  "reais": "BRL", "lira": "TRY", "liras": "TRY", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
                  "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "zloty": "PLN",
                  "zlotys": "PLN", "forint": "HUF", "shekel": "ILS", "shekels": "ILS", "dirham": "AED",
                  "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "naira": "NGN", "hryvnia": "UAH",
                  "hryvnias": "UAH",
                  # subunits, converted to the main unit (see SUBUNITS)
                  "cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "pennies": "GBP",
                  "dime": "USD", "dimes": "USD"}
SUBUNITS = {"cent": 0.01, "cents": 0.01, "penny": 0.01, "pence": 0.01, "pennies": 0.01, "dime": 0.1, "dimes": 0.1}
# the country before a currency word decides which dollar, franc or krone it is
QUALIFIERS = {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
              "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "new taiwan": "TWD",
              "mexican": "MXN", "swiss": "CHF", "chinese": "CNY", "japanese": "JPY", "turkish": "TRY",
              "indian": "INR", "pakistani": "PKR", "russian": "RUB", "south african": "ZAR", "brazilian": "BRL",
              "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "euro": "EUR", "british": "GBP",
              "egyptian": "EGP", "argentine": "ARS", "chilean": "CLP", "south korean": "KRW", "korean": "KRW",
              # francs before the euro, still in archives
              "french": "FRF", "belgian": "BEF"}
_NO_CENTS = frozenset({"JPY", "KRW", "IDR", "CLP", "VND"})  # no hundredths to add ("15 dollars 50")

_SYM = "|".join(re.escape(s) for s in sorted([*CURRENCY_SYMBOLS, *ISO_CODES, *MILLION_CODES], key=len, reverse=True))
_CUR_WORDS = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_TOUCH = "|".join(re.escape(p) for p in sorted(_TOUCH_PREFIXES, key=len, reverse=True))
_AFTER_SIGNS = "|".join(re.escape(s) for s in sorted(
    [*SUFFIX_SYMBOLS, *ISO_CODES, *LOWER_CODES, *MILLION_CODES], key=len, reverse=True))

# a letter code touches only digits ("USD115", "115usd"), never a number word ("USDtwo"); a sign may
_GLUED_AFTER_CODE = r"(?:\s|(?=[\d\-−])|(?<![A-Za-z]))"
_MONEY_SYMBOL = re.compile(
    rf"(?<![\w$'’])(?:{LOWER_MOD_PREFIX})(?:(?:(?P<pre>{_TOUCH})|(?P<spre>{_SPACE_PREFIXES})\s)(?P<dsym>\$)|"
    rf"(?P<sym>{_SYM})){_GLUED_AFTER_CODE}(?P<neg>[-−](?=\d))?(?P<num>{PREFIXED_MONEY_NUMBER})\b")
# the sign after the number: "10 €", "-15€", "115USD", "75 USD million"; a sign touching a digit after it
# ("3 $5 bills") belongs to that number instead
_MONEY_AFTER = re.compile(
    rf"(?<![\w.,$€£¥-])(?<!\d\s)(?:{LOWER_MOD_PREFIX})(?P<neg>[-−](?=\d))?(?P<num>{MONEY_NUMBER})"
    rf"(?:\s|(?<=\d)|(?![A-Za-z]))(?P<sym>{_AFTER_SIGNS})(?!\w)(?:\s+(?P<scale>million|billion|trillion|thousand|bn|mn)\b)?")
_MONEY_WORD = re.compile(
    rf"(?<!\d\s)\b{MOD_PREFIX}(?P<num>{MONEY_NUMBER}|an?)(?P<sep>\s+|-)(?:(?P<q>{_QUAL})\s+)?"
    rf"(?P<cw>{_CUR_WORDS})\b", re.IGNORECASE)
# "and 50 cents", " 25" after a sum in a main unit: its hundredths
_CENTS_TAIL = re.compile(rf"\s*(?P<and>and\s+)?(?P<num>{NUMBER})(?:\s*(?P<cw>cents?|pence|p)\b)?", re.IGNORECASE)
# "between 10 dollars and 20": the number after "and" ends a range, it is no hundredths
_PLAIN_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*|\d+|[a-z]+(?:[- ][a-z]+)*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# what stands before a bracketed sum that is a negative amount, as accounts write it ("loss was ($3.2
# million)", "Net: ($40)"), rather than an aside ("€10 million ($11 million)", "the fee ($5)")
_ACCOUNTING_BEFORE = re.compile(r"(?:[:=|\t]|\b(?:is|was|were|are|be|been|at|to|totall?ed|reached))[ \t]*$",
                                re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|without|nor|no)\b|n[’']t\b", re.IGNORECASE)
_TAIL_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_PER_AFTER = re.compile(r"\s+(?:a|per)\s+(?P<perw>share|barrel|ounce|ton|tonne|year|month|week|day|hour|person|"
                        r"head|gallon|litre|liter|kilogram|pound)\b"
                        # "a year earlier" dates the sum, it is no rate
                        r"(?!\s+(?:earlier|ago|before|later|previously)\b)")
_PERCENT = re.compile(
    rf"\b{MOD_PREFIX}(?P<minus>(?<!or )(?<!/)(?:minus|negative)\s+)?(?P<num>{NUMBER})\s?"
    # "%" before two hex digits is a URL escape ("30%25"), not a percentage
    r"(?P<pct>%(?![0-9A-Fa-f]{2})|percents?\b|per cent\b|pct\b|percentage points?\b|percentage\b|"
    r"points?\b(?=\s+(?:lower|higher|up|down|in|to|from|of|on))|basis points?\b|"
    # a margin with a decimal ("led by 1.9 points", "a lead of 2.4 points"): no game is scored in tenths
    r"(?<=\.\d )points?\b|(?<=\.\d\d )points?\b)", re.IGNORECASE)
# "won 58 of the 120 seats": the share of a whole; the counted noun follows the whole, which an owner may
# name ("four of the report's 17 recommendations", "two of Ostria's nine regions") and a hedge may qualify
# ("2,100 of its roughly 9,400 jobs")
_OF_WHOLE = re.compile(rf"\s+of\s+(?:(?:the|its|their|his|her|our)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)"
                       rf"(?:(?:roughly|about|around|some|nearly|almost|approximately)\s+)?"
                       rf"(?P<num>{NUMBER})\b(?![\w%$-]|[.,]\d)", re.IGNORECASE)
# "14 of the protesters", "22 of its oldest turboprops": a part of a group, counted in the group's noun
_PARTITIVE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)(?:\s+[\w-]+['’]s)?|[A-Z][\w-]*['’]s)"
                        r"\s+(?=[a-z])")
_COUNT = re.compile(rf"(?<![\w$€£¥.,-])(?:{MOD_PREFIX})(?P<num>{NUMBER})(?![\w%$-]|[.,]\d)", re.IGNORECASE)
# "a 120-bed hospital", "an eight-carriage train", "a 65,000-seat stadium", "a three-judge panel": a number
# hyphened to a noun that qualifies another counts that noun, whatever it is, unless it is a unit of time
# or measure (durations and measurements are found elsewhere: "a 35-minute call", "a 10-km race"), a score
# or margin ("a two-goal lead", "a 10-point plan"), a rating ("a five-star hotel") or no noun ("a
# two-way race", "a one-sided game"). "a 60-member team", "a 12-strong crew", "a ten-man side": the size of
# a group, whatever noun follows.
NOT_COMPOUND_COUNTS = frozenset("""
second minute hour day night week weekend month year decade century fortnight season
inch foot feet yard mile metre meter kilometre kilometer centimetre millimetre gram kilogram kilo pound ounce
ton tonne litre liter gallon barrel acre hectare degree watt kilowatt megawatt knot calorie carat gauge
point goal run stroke shot length wicket vote seed star percent time way sided fold odd plus something
thirds third quarter quarters half halves digit figure nil all love year-old state party tier karat
""".split())
_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_MEMBERS = re.compile(rf"(?<![\w$.,-])(?:{MOD_PREFIX})(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|"
                      rf"(?:{'|'.join(TENS)})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
                      r"-(?:(?:member|strong|person|man|woman)\b|(?P<noun>[a-z]{3,})(?=,?\s+[A-Za-z$€£]))(?![\w-])",
                      re.IGNORECASE)
# "their fourth continental title", "a second term", "the company's third recall", "for the 12th time": an
# ordinal before one of a holder's repeated achievements or events tells how many there have been. Not
# "first" ("the first time", "the first half"), nor a rank ("the fourth-largest"), a part of a period
# ("the second quarter") or a place in a series ("the 71st minute"): only the nouns below count.
ORDINAL_COUNTED = frozenset("""
title crown championship trophy medal win victory defeat loss goal term recall time attempt bid visit trip
strike walkout hike cut increase appearance cap album film novel book child marriage election record final
summit edition conviction arrest
""".split())
_ORDINAL_COUNT = re.compile(rf"\b(?P<ord>(?!first\b){ORDINAL})\s+(?P<mods>(?:[A-Za-z][\w'’-]*\s+){{0,2}}?)"
                            rf"(?P<noun>{'|'.join(sorted(ORDINAL_COUNTED, key=len, reverse=True))})\b(?!-)",
                            re.IGNORECASE)
# what stands before such an ordinal: a possessive or "a" ("a fifth crown": one more after four); "the" only
# before "time" ("for the 12th time"), as "the second goal" may be anybody's
_ORDINAL_HOLDER = re.compile(r"(?:\b(?:an?|his|her|their|its|our|my|your)|\w['’]s?)\s+$", re.IGNORECASE)
_ORDINAL_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# words that make an ordinal count a run without a break ("their fourth straight win")
_STREAK = frozenset({"straight", "consecutive", "successive"})
# "in the 104th minute", "a 23rd-minute header": the minute of a match something happened in. A moment, not
# a length, counted in its own unit so that it meets only other match minutes (unit "match minute"), the
# incident told beside it ("goal", "card") keeping a goal's minute from a sending-off's.
_MATCH_MINUTE = re.compile(rf"\b(?P<ord>{ORDINAL})[-\s]minute\b", re.IGNORECASE)
MATCH_INCIDENTS = {"scored": "goal", "scores": "goal", "goal": "goal", "header": "goal", "headed": "goal",
                   "volley": "goal", "equalised": "goal", "equalized": "goal", "equaliser": "goal",
                   "equalizer": "goal", "winner": "goal", "opener": "goal", "netted": "goal", "penalty": "goal",
                   "sent off": "card", "red card": "card", "yellow card": "card", "booked": "card",
                   "dismissed": "card", "sending-off": "card"}
_INCIDENT = re.compile(r"\b(?:" + "|".join(sorted(MATCH_INCIDENTS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
INCIDENT_REACH = 200  # characters either side of a match minute its incident word may stand
# a match minute is "the" one or "a" minute ("in the 104th minute", "a 23rd-minute header"), not "from first
# minute to last"
_MINUTE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)
# An age: "the 20-year-old", "a 27-year-old swimmer", "20 years old", "aged 27", and the
# appositive "Brenner, 27," (see ``_appositive_age``). It is a count of years lived, unit "age": a
# figure of a person (or a thing: "a 47-year-old record"), compared with other ages only (a duration
# would meet the lengths of events).
_AGE = re.compile(r"(?<![\w.,-])(?P<num>\d{1,3})(?:-year-old|\s+years\s+old)\b(?!-)|\baged\s+(?P<num2>\d{1,3})\b(?![\w%$-]|[.,]\d)")
_APPOSITIVE_AGE = re.compile(r"\b[A-Z][a-z]+,\s+$")
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
killed hurt arrested detained evacuated rescued infected hospitalized hospitalised trapped stranded
feet teeth geese mice swiss
""".split())
# compounds of the irregular plurals: "grandchildren", "schoolchildren", "townspeople"
_PLURAL_ENDINGS = ("children", "people", "women", "craft")
# singular nouns in "-is" ("crisis", "axis", "hepatitis", "tennis", "iris", "metropolis")
_SINGULAR_IS = ("sis", "xis", "tis", "nis", "ris", "lis", "vis")
# Nouns after a number that are never a counted thing for our purposes
NOT_COUNTED = frozenset("""
percent per cent points point times time am pm a.m. p.m. th st nd rd
""".split()) | {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
                "months", "year", "years", "decade", "decades", "century", "centuries", "fortnight"}

# "the death toll had risen to 212", "the number of people killed ... rose to 287", "deaths linked to the heat
# have risen to 23": a bare number whose counted thing is named by the subject of a change verb earlier in the
# sentence.
# (always followed by a space: of the words one is the prefix of, only one can match)
_TALLY_VERBS = letter_tree(["rose", "risen", "climbed", "jumped", "increased", "grew", "fell", "dropped", "reached", "stood",
                            "hit", "stands", "rises", "climbs", "reaches", "was", "is", "numbers", "number", "numbered",
                            "totals", "total", "totalled", "totaled"], fold=True)
_TALLY = re.compile(
    r"(?:\b(?P<subj>(?:death|casualty|injury)\s+(?:toll|count)\b|deaths\b|toll|tally|(?<=the\s)count\b|number\s+of\s+(?P<noun>[a-z]+(?:\s+(?:killed|dead|"
    r"injured|missing|displaced|evacuated|employees|jobs))?)|total\s+number\s+of\s+(?P<noun2>[a-z]+)|"
    r"(?<=the\s)(?P<adj>dead|injured|wounded|missing|displaced|homeless|evacuated)|"
    r"(?:(?<=confirmed\s)|(?<=reported\s)|(?<=suspected\s))(?P<cases>cases|infections|count\b)|"
    r"(?<=\bcase\s)(?P<casecount>count\b))"
    # "put the death toll at 29", "with the toll at 31": the toll told right before its figure, no verb between
    r"(?:[^.;\n]{0,120}?\b(?:" + _TALLY_VERBS + r")\s+(?:to\s+|at\s+)?|(?<=toll)\s+at\s+(?!\d+[:.]\d))"
    # "the total of images stood at 1,420", "its total came to 95", "a total of 30": the counted thing
    # is named after "of" or by a count earlier in the sentence (see ``_counted_before``)
    r"|(?:(?<=the\s)|(?<=its\s)|(?<=their\s))(?P<total>total)(?:\s+of\s+(?P<noun3>[a-z]+))?\s+"
    r"(?:(?:has|had)\s+)?(?:" + _TALLY_VERBS + r"|came|comes)\s+(?:to\s+|at\s+)?|(?<=\ba\s)(?P<atotal>total)\s+of\s+"
    # "a crowd of 48,200 watched", "an attendance of 61,000": people there to watch; "a crew of 22", "its
    # workforce of 3,200": the people of a ship or a firm (see ``_CROWD_BEFORE``)
    r"|(?P<crowd>crowd|attendance)\s+of\s+|(?P<group>crew|workforce|staff)\s+of\s+)"
    r"(?P<mod>(?:at least|more than|nearly|almost|about|around|some|over)\s+)?"
    rf"(?P<num>{NUMBER})\b(?![\w%$-]|[.,]\d|\s+(?:percent|per cent))", re.IGNORECASE)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# an article before a crowd or a group, perhaps with one word between: "a crowd", "a sellout crowd", "the record
# attendance", "its workforce", "the ship's crew"
_CROWD_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# the people a group noun counts (facts.UNIT_SYNONYMS: staff are employees)
_GROUP_UNITS = {"crew": "crew", "workforce": "employees", "staff": "staff"}
_UP_FROM = re.compile(rf",?\s+(?:up|down)\s+from\s+(?P<num>{NUMBER})\b(?![\w%$-]|[.,]\d)", re.IGNORECASE)
_DEATH_WORDS = ("death", "casualty", "killed", "dead", "toll")

# Each pattern is tried only near words every match contains (see ``_scan``).
_NUMBER_WORDS_GATE = Gate([*UNITS, *TENS, *SCALES, "dozen", "couple", "pair", "score"], lower=True,
                          word_start=True, whole=True)
_SIGN_GATE = Gate(SUFFIX_SYMBOLS)  # every one-character currency sign, shared by both money patterns
# digits glued to a code ("USD115", "115USD", "115usd"), found among the digit runs every text's scan has anyway
_GLUED_CODE_GATE = Gate(within=DIGITS_GATE, shape=r"(?<=[A-Za-z]{3})|\d+M?[A-Za-z]{3}(?!\w)")
_GATED_FIG = {
    # signs by character ("$" also anchors "C$", "HK $", "usd$": the walk back from it covers the prefix);
    # letter codes ("USD", "MEUR", "Rs") by the shared word index
    "_MONEY_SYMBOL": GatedPattern(_MONEY_SYMBOL, _SIGN_GATE,
                                  Gate([s.rstrip(".") for s in [*CURRENCY_SYMBOLS, *ISO_CODES, *MILLION_CODES]
                                        if s[0].isalpha() and "$" not in s], word_start=True, whole=True),
                                  _GLUED_CODE_GATE),
    # the sign or code after the number; a code glued to digits ("115USD") is no word of its own
    "_MONEY_AFTER": GatedPattern(_MONEY_AFTER, _SIGN_GATE,
                                 Gate([*ISO_CODES, *LOWER_CODES, *MILLION_CODES], word_start=True, whole=True),
                                 _GLUED_CODE_GATE),
    "_MONEY_WORD": GatedPattern(_MONEY_WORD, Gate(CURRENCY_WORDS, lower=True, word_start=True, whole=True)),
    "_PERCENT": GatedPattern(_PERCENT, Gate(["%"]), Gate(["percent", "percents", "per cent", "pct", "percentage",
                                                           "point", "points", "basis"], lower=True, whole=True)),
    # "toll" and "tally" may go on ("tolls"): not whole words
    "_TALLY": GatedPattern(_TALLY, Gate(["death", "casualty", "injury", "toll", "tally", "number", "total", "dead",
                                         "injured", "wounded", "missing", "displaced", "homeless", "evacuated",
                                         "cases", "infections", "crowd", "attendance"],
                                        lower=True, word_start=True),
                             Gate(["count", "crew", "workforce", "staff"], lower=True, word_start=True, whole=True),
                             prefix=False),
    # any noun may be counted: tried only where a number touches a hyphen and a letter
    "_MEMBERS": GatedPattern(_MEMBERS, Gate(within=DIGITS_GATE, shape=r"[\d,]+-[A-Za-z]"),
                             Gate(within=_NUMBER_WORDS_GATE, shape=r"[A-Za-z]+-[A-Za-z]")),
    "_ORDINAL_COUNT": GatedPattern(_ORDINAL_COUNT, Gate([w for w in ORDINALS if w != "first"] + list(TENS), lower=True,
                                                        word_start=True, whole=True),
                                   Gate(within=DIGITS_GATE, shape=r"\d+(?i:st|nd|rd|th)\b")),
    "_MATCH_MINUTE": GatedPattern(_MATCH_MINUTE, Gate(["minute"], lower=True, word_start=True, whole=True)),
    "_AGE": GatedPattern(_AGE, Gate(["old", "aged"], lower=True, word_start=True, whole=True)),
    "_MAGNITUDE": GatedPattern(_MAGNITUDE, Gate(["magnitude"], lower=True, word_start=True, whole=True)),
    "_COUNT": GatedPattern(_COUNT, DIGITS_GATE, _NUMBER_WORDS_GATE),
}

_WORD_AFTER = re.compile(r"\s*(?:-\s*)?([A-Za-z][A-Za-z'’.-]*)")


def _mod(word: str | None) -> str | None:
    return MOD_WORDS.get(word.lower()) if word else None


def _plural(low: str, capital: bool) -> bool:
    """Whether the word ``low`` (lower-cased; ``capital`` when written with a capital) names several
    things: "companies", "people", "grandchildren", "jihadis", "Chinese"."""
    if low in IRREGULAR_PLURALS or low.endswith(_PLURAL_ENDINGS):
        return True
    if low.endswith("s"):
        if low.endswith("is"):  # "Iraqis", "jihadis", but not "crisis", "axis", "tennis", "hepatitis"
            return capital or not low.endswith(_SINGULAR_IS)
        # "virus", "census" are singular, peoples in "-us" are not ("Hutus", "Hindus")
        return len(low) > 2 and not low.endswith("ss") and (capital or not low.endswith("us"))
    # "policemen" but not "specimen"; "Chinese", "Lebanese": peoples
    return (low.endswith("men") and not low.endswith(("imen", "omen", "amen"))) or (capital and low.endswith("ese"))


def _head_noun(text: str, pos: int, single: bool = False) -> tuple[str, int] | None:
    """The counted noun after a number at ``pos``: (noun, end offset), or None. The noun must be a
    plural ("12 trucks", "300 police") unless ``single`` (after the number 1): "the 2005 book", "ten
    deep", "the two squabbled" count nothing."""
    head = _head_word(text, pos)
    if head is None or not (single or _plural(head[0], head[2])):
        return None
    return head[0], head[1]


def _head_word(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The last word of the short noun phrase after ``pos``: (word lower-cased, end offset, whether
    written with a capital), or None; see ``_head_noun``. Modifiers joined by "and" or "or" share the head
    after them ("3,000 warehouse and delivery workers")."""
    collected: list[tuple[str, int, bool]] = []
    i = pos
    for _ in range(4):
        m = _WORD_AFTER.match(text, i)
        if not m or "\n" in text[i:m.start(1)]:
            break
        word = m.group(1)
        core = word.rstrip(".'’")
        # a possessive plural keeps its apostrophe ("two nations’"); a closing quote ("issues.''") does not
        word = word if len(word) - len(core) == 1 and word[-1] in "'’" else core
        low = core.lower()
        if low in STOP:
            if low in ("and", "or") and collected and not any(capital for _, _, capital in collected):
                # "3,000 warehouse and delivery workers": two nouns share the counted head after them
                i = m.end(1)
                continue
            break
        capital = word[0].isupper()
        if capital and not collected and low in NOT_COUNTED:
            break
        collected.append((low, m.start(1) + len(word), capital))
        i = m.start(1) + len(word)
        if low in IRREGULAR_PLURALS or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2) \
                or low.endswith(_PLURAL_ENDINGS):
            break
    if not collected:
        return None
    if any(w in NOT_COUNTED for w, _, _ in collected):
        return None
    return collected[-1]


class _Taken:
    """The spans figures may not overlap, kept sorted: while they are disjoint and non-empty (as dates
    and figures are) a span is free when the last taken one starting before its end ends before its
    start, found by bisection instead of a test of every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.disjoint = all(s < e for s, e in self.spans) and all(
            a[1] <= b[0] for a, b in zip(self.spans, self.spans[1:]))

    def free(self, start: int, end: int) -> bool:
        if not self.disjoint:
            return all(end <= s or start >= e for s, e in self.spans)
        i = bisect.bisect_left(self.starts, end)  # the spans starting before ``end``: spans[:i]
        return i == 0 or self.spans[i - 1][1] <= start

    def add(self, start: int, end: int) -> None:
        """Take a span (free, or the spans stop being disjoint)."""
        i = bisect.bisect_left(self.spans, (start, end))
        if start >= end or not self.free(start, end):
            self.disjoint = False
        self.spans.insert(i, (start, end))
        self.starts.insert(i, start)


_RATE_WORDS = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
               "annually": "year", "annum": "year", "quarterly": "quarter"}
# a rate of time after a figure: "20 percent a year", "$5 million annually", "4% per annum", "$300 every
# month", "$40 a month before tax"; not "a year earlier", "a day after the vote", "a year on", which date it
_PERIOD_AFTER = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?P<per>year|month|week|day|quarter|annum)\b"
    r"(?!\s+(?:earlier|ago|(?:before|after)(?!\s+(?:tax|taxes|discounts?|rebates?|subsidies|deductions|fees)\b)|"
    r"later|previously|on|hence|from\s+(?:now|today|then))\b|[-‐])|"
    r"(?P<adv>annually|yearly|monthly|weekly|daily|quarterly)\b)", re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s+(?:in|of)\s+(?P<rate>annual|yearly|monthly|weekly|daily)\b", re.IGNORECASE)


# currency words that are also names ("Rand Paul", "Mike Pence") or verbs ("the next one won")
_NAME_LIKE_CURRENCIES = frozenset({"rand", "pence", "penny", "pound", "won", "franc", "mark"})
_NOUN_AFTER = re.compile(r"[ -]([a-z]+)\b")
# nouns that a sum in pounds can stand before ("a ten-pound note"); before any other noun it is a weight
_MONEY_NOUNS = frozenset("""
note coin fine fee bet prize ticket voucher bill payment deal charge levy tax stake bonus loan bid offer
investment contract budget fund grant subsidy donation gift reward bounty salary wage price rise increase cut
deposit cheque check rent bribe debt
""".split())
_BIG_SCALE = re.compile(r"thousand|million|billion|trillion", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
# pounds of weight: "weighs 236 pounds", "500 pounds (225 kilograms)"
_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier|iest)|lighter)\b[^.;!?\n]{0,30}$", re.IGNORECASE)
# "500 pounds of cocaine", "one pound of coal", "pounds of the drug": a weight of goods, unless money is
# named in the words after "of" ("pounds of public money", "pounds of taxpayers' cash") or a share follows
# ("a pound of every ten")
_OF_GOODS = re.compile(r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|this|that|these|those)\s+)?"
                       r"([a-z][a-z’'-]+)(?:\s+([a-z][a-z’'-]+))?(?:\s+([a-z][a-z’'-]+))?")
_MONEY_MATTER = _MONEY_NOUNS | frozenset("""
money cash funds funding spending savings revenue revenues income profit profits earnings taxpayer taxpayers
public debt aid assets capital wealth value worth damages compensation sales turnover losses support
""".split())
_METRIC_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+)?[\d.,]+\s*(?:kg|kgs|kilos?|kilograms?|kilogrammes?|tonnes?|"
                           r"metric tons?|grams?|g)\b", re.IGNORECASE)


# A currency the tables do not know ("200,000 korin", "8 million dalers", "a 12 billion dukat loan"): the
# word after a number is money in that unit where the words around the number speak of money. Before it:
# a verb of paying or a sum's noun ("will pay", "cost about", "a budget of", "a deficit of"); right after
# it, a sum's noun ("a 12 billion dukat lending facility", "900 million dukats in revenue").
_PAYING = """cost costs costing pay pays paid paying spend spends spent spending owe owes owed worth invest invests
invested investing borrow borrowed lend lent earmark earmarked allocate allocated donate donated""".split()
_SUMS_OF = """budget fund fine deficit surplus sum price bill loan grant fee salary revenue turnover profit debt bonus prize
payment investment subsidy donation compensation ransom bail""".split()
_LOCAL_MONEY_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(_PAYING)})|(?:set|sets|setting)\s+aside|(?:valued|priced)\s+at|"
    rf"(?:{'|'.join(_SUMS_OF)})s?\s+of)\s+$", re.IGNORECASE)
# the last word of each of its cues and the words that must stand before it, if any (see ``_cue_before``)
_LOCAL_MONEY_LASTS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(_PAYING), "aside": frozenset(("set", "sets", "setting")), "at": frozenset(("valued", "priced")),
    "of": frozenset((*_SUMS_OF, *(w + "s" for w in _SUMS_OF)))}
_LOCAL_MONEY_AFTER = re.compile(r"\s+(?P<in>in\s+)?(?P<noun>[a-z]+)\b(?:\s+(?P<next>[a-z]+)\b)?")
_LOCAL_MONEY_NOUNS = _MONEY_MATTER | frozenset("""
facility programme program package bailout stimulus bond bonds scheme lending credit loans grants fines fees
""".split())
# what such a word never is: a scale, a unit of time, a stock phrase ("paid 30 extra", "cost 5 more"), a
# thing paid for or with ("cost 300 jobs", "paid 40 workers", "spent 3 nights")
_NOT_LOCAL_CURRENCIES = frozenset("""
extra upfront apiece total overall net gross cash plus back each more less lives life jobs job points votes
seats workers employees people members staff customers families households homes players hours nights
seasons games matches shares units tickets visits
""".split())
# what is paid, promised or awarded to each of several ("pay 50,000 velts to each family", "promised 900
# velts to the families of the dead") is a sum
_TO_EACH = re.compile(r"\s+to\s+(?:each|every|the\s+famil(?:y|ies))\b", re.IGNORECASE)
_PROMISING = tuple("promise promised promises offer offered offers award awarded grant granted".split())
_PROMISED = re.compile(rf"\b(?:{'|'.join(_PROMISING)})\s+$", re.IGNORECASE)
_PROMISED_LASTS: dict[str, frozenset[str] | None] = dict.fromkeys(_PROMISING)
_LOCAL_SCALE = re.compile(r"[\d.,]+\s?(?:thousand|million|billion|trillion|bn|mn|m|b)$", re.IGNORECASE)


def _local_currency(word: str) -> bool:
    """Whether a lower-case word after a number may name a currency the tables lack: no known word of
    money, unit, time or count."""
    return (word.isalpha() and word.islower() and len(word) > 2 and word not in STOP and word not in NOT_COUNTED
            and word not in _NOT_LOCAL_CURRENCIES and word not in _LOCAL_MONEY_NOUNS and word not in CURRENCY_WORDS
            and word not in LOWER_CODES and word not in IRREGULAR_PLURALS and word not in SCALES
            and not word.endswith(("ly", "ing", "ed")) and unit_of(word) is None)


def _local_money(text: str, numbers: list[re.Match]) -> list[tuple[int, int, Quantity]]:
    """Sums in currencies the tables lack, among the numbers the count pattern found: (start, end,
    value). A word is taken for a currency where some number before it is told as a sum (see
    ``_told_as_sum``); then every number before that word in the text is a sum ("each received
    100,000 korin", "tickets costing 8 dalers")."""
    candidates: list[tuple[re.Match, str, int, float | int]] = []
    currencies: set[str] = set()
    for m in numbers:
        if text[m.end():m.end() + 1] != " " or not text[m.end() + 1:m.end() + 2].islower():
            continue  # a lower-case word right after the number, as currencies are written
        after = _WORD_AFTER.match(text, m.end())
        if after is None:
            continue
        word = after.group(1).rstrip(".'’")
        if not _local_currency(word) or (amount := parse_number(m["num"])) is None:
            continue
        key = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        end = after.start(1) + len(word)
        candidates.append((m, key, end, amount))
        if key not in currencies and _told_as_sum(text, m, word, end):
            currencies.add(key)
    return [(m.start(), end, Quantity(amount, key, _mod(m["qmod"])))
            for m, key, end, amount in candidates if key in currencies]


def _told_as_sum(text: str, m: re.Match, word: str, end: int) -> bool:
    """Whether the number ``m`` and the ``word`` after it (ending at ``end``) are told as a sum: a sum's
    noun right after them ("a 12 billion dukat lending facility"), or before them a sum's noun ("a budget
    of") or a verb of paying with a scale ("spent 48 million korin"), a word that is no plural ("will pay
    200,000 korin") or those it is paid to ("pay 500 velts to each family", as what is promised to each
    is). A verb alone before a plural
    ("cost 300 sheep") proves nothing."""
    noun = _LOCAL_MONEY_AFTER.match(text, end)
    if noun is not None and (noun["noun"] in _LOCAL_MONEY_NOUNS or noun["in"] and noun["next"] in _LOCAL_MONEY_NOUNS):
        return True
    before = _cue_before(text, m.start(), 40, _LOCAL_MONEY_BEFORE, _LOCAL_MONEY_LASTS)
    if before is None:
        return _TO_EACH.match(text, end) is not None \
            and _cue_before(text, m.start(), 12, _PROMISED, _PROMISED_LASTS) is not None
    return before.group().rstrip().lower().endswith("of") or _LOCAL_SCALE.search(m["num"]) is not None \
        or parse_number(m["num"]) != 1 and not _plural(word, False) or _TO_EACH.match(text, end) is not None


def _cue_before(text: str, pos: int, reach: int, pattern: re.Pattern,
                lasts: dict[str, frozenset[str] | None]) -> re.Match | None:
    """``pattern.search(text, pos - reach, pos)`` for a ``pattern`` of cues that end on white space up
    to ``pos``, each on a word of ``lasts`` (after one of the words it maps to, if any). A search tries
    the pattern at every character of the window: it runs only where the last words before ``pos``
    may end a cue."""
    lo = max(0, pos - reach)
    window = text[lo:pos]
    words = window.rstrip()
    if len(words) == len(window) or not words:
        return None  # no white space before ``pos``, or nothing else
    parts = words.rsplit(None, 2)
    last = _last_word(parts[-1])
    if last is not None:
        if last not in lasts:
            return None
        before = lasts[last]
        if before is not None:  # "budget of", "set aside"
            prev = _last_word(parts[-2]) if len(parts) > 1 else ""
            if prev is not None and prev not in before:
                return None
    return pattern.search(text, lo, pos)


def _last_word(token: str) -> str | None:
    """The last run of word characters of a white-space-delimited token, lower-cased ("mega-cost":
    "cost"); None for a token with other than ASCII characters, of which a letter may match an ASCII
    one without case (the pattern decides there)."""
    if not token.isascii():
        return None
    i = len(token)
    while i and (token[i - 1].isalnum() or token[i - 1] == "_"):
        i -= 1
    return token[i:].lower()


def _not_money_word(text: str, m: re.Match, word: str) -> bool:
    """Whether a currency word after a number is something else: a name written with a capital
    ("8 Rand Paul", "a Pence aide"), the verb "won" after a spelled number ("the next one won"), or
    pounds of weight."""
    written = m["cw"]
    if written[0].isupper() and not written.isupper() and (word in _NAME_LIKE_CURRENCIES
                                                           or _CAPITAL_AFTER.match(text, m.end())):
        return True
    if word == "won" and not m["q"] and not any(ch.isdigit() for ch in m["num"]) \
            and not _BIG_SCALE.search(m["num"]):
        return True  # "5,000 won", "ten billion won", "South Korean won", but not "the two won"
    if word in ("pound", "pounds"):
        if (goods := _OF_GOODS.match(text, m.end())) is not None:
            words = [w.rstrip("’'") for w in goods.groups() if w]
            return words[0] not in STOP and not any(w in _MONEY_MATTER for w in words)
        if word == "pound" and (after := _NOUN_AFTER.match(text, m.end())) is not None:
            # "a twenty-pound bag", "a 500 pound bomb" weigh; "a ten-pound note", "a 50 pound fine" pay
            noun = after[1]
            return noun not in STOP and noun.rstrip("s") not in _MONEY_NOUNS
        return _WEIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None or \
            _METRIC_AFTER.match(text, m.end()) is not None
    return False


def _period(m: re.Match) -> str:
    """The unit of time of a _PERIOD_AFTER match."""
    word = (m["per"] or m["adv"]).lower()
    return _RATE_WORDS.get(word, word)


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether ``start..end`` lies inside a web address ("...?q=30%25"), where digits are no figures."""
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = end
    n = len(text)
    while hi < n and not text[hi].isspace():
        hi += 1
    token = text[lo:hi]
    return "://" in token or token.startswith("www.")


def _space_prefix(spelled: str) -> str:
    """The DOLLAR_PREFIXES key of a prefix written before a space and "$" ("c $ 16.4 million")."""
    key = spelled.upper().rstrip(".")
    return "U.S." if key in ("U.S", "U.S.") else key


def _cents_after(text: str, start: int, end: int, joined: bool = False) -> tuple[int, int] | None:
    """The hundredths written after a whole sum in a main unit ("3 dollars 50 cents", "17 USD 25."):
    (their end, their number), or None. A bare number counts only when the sentence or clause ends
    after it, so "15 dollars 20 times" keeps its 20 apart. ``joined``: only hundredths joined by "and"
    ("$3 and 50 cents", "C$ 100 and fifty"), as after a sign before the number."""
    m = _CENTS_TAIL.match(text, end)
    if not m or (joined and not m["and"]):
        return None
    if m["and"] and _BETWEEN.search(text, max(0, start - 40), start):
        return None
    cents = parse_number(m["num"])
    if not isinstance(cents, int) or not 0 < cents < 100:
        return None
    if not m["cw"] and not _TAIL_END.match(text, m.end()):
        return None
    return m.end(), cents


def find_figures(text: str, taken: list[tuple[int, int]] | None = None, scan: TextScan | None = None) -> list[Figure]:
    """Money, measurement, percent and count mentions not overlapping the ``taken`` spans.

    ``scan`` shares gate work with other recognisers over the same text."""
    if scan is None or scan.text is not text:
        scan = TextScan(text)
    spans = _Taken(list(taken or []))
    free = spans.free
    found: list[Figure] = []

    def add(start: int, end: int, kind: str, q: Quantity) -> None:
        if free(start, end):
            found.append(Figure(start, end, kind, q))
            spans.add(start, end)

    # Money from its three written forms, leftmost first: in "10 $ 30 $" the sign after "10" is its own
    # start, -end, end of number, value, whether hundredths may follow (True, "joined": only after "and", False)
    sums: list[tuple[int, int, int, Quantity, bool | str]] = []
    for m in _GATED_FIG["_MONEY_SYMBOL"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None or _in_url(text, m.start(), m.end()):
            continue
        if m["dsym"]:
            currency = DOLLAR_PREFIXES[_TOUCH_PREFIXES[m["pre"]] if m["pre"] else _space_prefix(m["spre"])]
            factor = 1
        elif m["sym"] in MILLION_CODES:
            currency, factor = MILLION_CODES[m["sym"]], 1_000_000
        else:
            currency, factor = CURRENCY_SYMBOLS.get(m["sym"]) or m["sym"], 1
        q = Quantity(tidy(-amount * factor if m["neg"] else amount * factor), currency, _mod(m["qmod"]))
        # "$3 and 50 cents": hundredths joined by "and", after a sum without a scale ("$5 million and 20" is no sum)
        joined = factor == 1 and not m["neg"] and _PLAIN_AMOUNT.fullmatch(m["num"]) is not None
        sums.append((m.start(), -m.end(), m.end(), q, "joined" if joined else False))
    for m in _GATED_FIG["_MONEY_AFTER"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None or _in_url(text, m.start(), m.end()):
            continue
        sym = m["sym"]
        if sym in SUFFIX_SYMBOLS:
            currency, factor = SUFFIX_SYMBOLS[sym]
        elif sym in MILLION_CODES:
            currency, factor = MILLION_CODES[sym], 1_000_000
        else:
            currency, factor = ("CNY" if sym.upper() == "RMB" else sym.upper()), 1
        if m["scale"]:  # "75 USD million"
            factor *= SCALES.get(m["scale"].lower()) or SCALE_ABBREV[m["scale"].lower()]
        amount *= -factor if m["neg"] else factor
        sums.append((m.start(), -m.end(), m.end(), Quantity(tidy(amount), currency, _mod(m["qmod"])), factor == 1))
    for m in _GATED_FIG["_MONEY_WORD"].finditer(scan):
        word = m["cw"].lower()
        subunit = SUBUNITS.get(word)
        if m["num"].lower() in ("a", "an") and (subunit is None or _NEGATED.search(text, max(0, m.start() - 30),
                                                                                      m.start())):
            # "a penny" is a sum; "a dollar-denominated", "a euro zone" are not, nor "not paid a dime"
            continue
        if _not_money_word(text, m, word):
            continue
        amount = 1 if m["num"].lower() in ("a", "an") else parse_number(m["num"])
        if amount is None:
            continue
        currency = QUALIFIERS.get(" ".join(m["q"].lower().split())) if m["q"] else None
        q = Quantity(tidy(amount * (subunit or 1)), currency or CURRENCY_WORDS[word], _mod(m["qmod"]))
        sums.append((m.start(), -m.end(), m.end(), q, subunit is None and m["sep"] != "-"))
    numbers = _GATED_FIG["_COUNT"].finditer(scan)
    sums.extend((start, -end, end, q, False) for start, end, q in _local_money(text, numbers))
    sums.sort(key=lambda t: (t[0], t[1]))
    for start, _, end, q, cents_may_follow in sums:
        if not free(start, end):
            continue
        if cents_may_follow and q.unit not in _NO_CENTS and isinstance(q.amount, int):
            tail = _cents_after(text, start, end, joined=cents_may_follow == "joined")
            if tail and free(end, tail[0]):
                end = tail[0]
                q.amount = tidy(q.amount + tail[1] / 100)
        per = _PER_AFTER.match(text, end)
        period = None if per else _PERIOD_AFTER.match(text, end)
        if per and free(end, per.end()):  # "$38.50 a share"; not "a year earlier", a date
            q.per = per["perw"].lower()
            end = per.end()
        elif period and free(end, period.end()):  # "$5 million annually", "$300 every month"
            q.per = _period(period)
            end = period.end()
        elif (rate := _RATE_AFTER.match(text, end)) is not None:
            # "$300 million in annual savings" is $300 million a year (the span stays the figure)
            q.per = _RATE_WORDS[rate["rate"].lower()]
        if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")" and q.amount > 0 \
                and _ACCOUNTING_BEFORE.search(text, max(0, start - 40), start - 1):
            # "revenue was ($99.99)": a bracketed sum is a loss in accounts
            q.amount = -q.amount
            start, end = start - 1, end + 1
        add(start, end, "money", q)
    for start, end, measured in find_measurements(text, scan, free):
        period = _PERIOD_AFTER.match(text, end)
        if period and free(end, period.end()):  # "1.2 million barrels a day"
            measured.per = _period(period)
            end = period.end()
        add(start, end, "measurement", measured)
    for m in _GATED_FIG["_PERCENT"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None or _in_url(text, m.start(), m.end()):
            continue
        pct = m["pct"].lower()
        if pct.startswith("point") and _AT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "at one point on Sunday": a moment, no margin
        unit = "bp" if "basis" in pct else ("pp" if "point" in pct else "%")
        if m["minus"]:
            amount = -amount
        q = Quantity(amount, unit, _mod(m["qmod"]))
        end = m.end()
        period = _PERIOD_AFTER.match(text, end)
        if period and free(end, period.end()):  # "growing 20 percent a year": a rate, not a change
            q.per = _period(period)
            end = period.end()
        add(m.start(), end, "percent", q)
    # totals that say not what they count: (figure, whether it stays a count of "total" when no count
    # before it in its sentence says)
    unnamed: list[tuple[Figure, bool]] = []
    for m in _GATED_FIG["_TALLY"].finditer(scan):
        amount = parse_number(m["num"])
        if amount is None or _head_noun(text, m.end()) is not None:
            continue  # "rose to 212 people" is an ordinary count, found below
        if (w := _WORD_AFTER.match(text, m.end())) and w.group(1).lower().rstrip(".") in NOT_COUNTED:
            continue  # "the total was 72 points": a score
        if (m["crowd"] or m["group"]) and not _CROWD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "to crowd of 2,000": no crowd named
        subj = (m["subj"] or "").lower()
        # "the injured number 1,400": 1,400 injured; "confirmed cases rose to 131": 131 cases
        cases = m["cases"] or m["casecount"]  # "the confirmed count", "the case count": of cases
        noun = _number_of(text, m) or m["noun2"] or m["adj"] or (cases and ("cases" if cases.lower() == "count" else cases)) \
            or m["noun3"] or (m["crowd"] and "spectators") or (m["group"] and _GROUP_UNITS[m["group"].lower()])
        if noun is None and _YEAR.fullmatch(m["num"]):
            continue  # "the total reached 2014": more likely a year than a count of nothing named
        unit = "deaths" if any(w in subj for w in _DEATH_WORDS) and not (noun and "injur" in noun) else (noun or "total")
        start = m.start("mod") if m["mod"] else m.start("num")
        if not free(start, m.end("num")):
            continue
        add(start, m.end("num"), "count", Quantity(amount, unit, _mod((m["mod"] or "").strip() or None)))
        if unit == "total":
            unnamed.append((found[-1], subj == "tally"))
        earlier = _UP_FROM.match(text, m.end("num"))  # "had risen to 212, up from 120 in the morning"
        if earlier and (before := parse_number(earlier["num"])) is not None and _head_noun(text, earlier.end()) is None:
            add(earlier.start("num"), earlier.end("num"), "count", Quantity(before, unit))
    for m in _GATED_FIG["_MEMBERS"].finditer(scan):
        amount = parse_number(m["num"])
        noun = m["noun"]
        if amount is None or noun is not None and not _compound_noun(noun, amount):
            continue
        add(m.start(), m.end(), "count", Quantity(amount, _plural_of(noun) if noun else "members", _mod(m["qmod"])))
    for m in _GATED_FIG["_MATCH_MINUTE"].finditer(scan):
        minute = parse_ordinal(m["ord"])
        if minute and _MINUTE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            incident = match_incident(text, m.start(), m.end())
            add(m.start(), m.end(), "count", Quantity(minute, f"{incident[0]} minute" if incident else "match minute"))
    for m in _GATED_FIG["_ORDINAL_COUNT"].finditer(scan):
        if (q := _ordinal_count(text, m)) is not None:
            add(m.start(), m.end(), "count", q)
    for m in _GATED_FIG["_AGE"].finditer(scan):
        add(m.start(), m.end(), "count", Quantity(int(m["num"] or m["num2"]), "age"))
    for m in _GATED_FIG["_MAGNITUDE"].finditer(scan):
        add(m.start(), m.end(), "count", Quantity(float(m["a"] or m["b"]), "magnitude"))
    for m in numbers:
        num = m["num"]
        if num.lower() == "one":
            continue  # "one of the", "one report": too rarely a checkable figure
        head = _head_word(text, m.end())  # before parsing the number: most numbers count nothing
        whole = _OF_WHOLE.match(text, m.end()) if head is None else None
        if whole is not None:
            head = _head_word(text, whole.end())
        elif head is None and (part := _PARTITIVE.match(text, m.end())) is not None:
            head = _head_word(text, part.end())
        if head is None:
            if _appositive_age(text, m.start(), m.end()):
                add(m.start(), m.end(), "count", Quantity(int(num), "age"))
                continue
            elided = _elided_noun(text, found, m.start(), m.end())
            if elided is not None and (amount := parse_number(num)) is not None:
                add(m.start(), m.end(), "count", Quantity(amount, elided, _mod(m["qmod"])))
            continue
        amount = parse_number(num)
        if amount is None or (whole is not None and (parse_number(whole["num"]) or 0) <= amount):
            continue
        noun, end, capital = head
        if amount != 1 and not _plural(noun, capital):
            continue
        if noun in CURRENCY_WORDS or noun in LOWER_CODES or noun.upper() in ISO_CODES:
            continue  # a sum the money patterns declined ("245 23 yen": which digits?), never a count
        if _in_url(text, m.start(), end):
            continue
        start = m.start()
        # "a dozen" and "dozens" are counts; a lone "a"/"an" never reaches here
        add(start, end, "count", Quantity(amount, noun, _mod(m["qmod"])))
    for fig, keep in unnamed:
        counted = _counted_before(text, found, fig.start)
        if counted is not None:
            fig.value.unit = counted
        elif not keep:
            found.remove(fig)
    found.sort(key=lambda f: f.start)
    return found


# what ends no noun counted: a participle or adjective ("two-pronged", "three-dimensional"), a fraction
# ("three-fourths"); a short word in "-ed" is one ("bed", "shed")
_NOT_NOUN_ENDINGS = ("ing", "ly", "ish", "ful", "ional", "ical", "ths")


def _compound_noun(noun: str, amount: float) -> bool:
    """Whether ``noun`` hyphened to a number ("eight-carriage") is a thing counted: a lower-case noun, no
    unit, score, number or participle, and more than one of it ("a one-off", "a one-page memo")."""
    if amount <= 1 or not noun.islower() or unit_of(noun) is not None:
        return False
    if noun in NOT_COMPOUND_COUNTS or noun in CURRENCY_WORDS or noun in UNITS or noun in TENS or noun in SCALES \
            or noun in ORDINALS:
        return False
    if noun.endswith("ed") and len(noun) > 4 and not noun.endswith("eed"):
        return False  # "two-pronged"; "bed", "shed" and "speed" are nouns
    return not noun.endswith(_NOT_NOUN_ENDINGS)


def match_incident(text: str, start: int, end: int) -> tuple[str, int] | None:
    """What happened in the match minute at ``start..end`` and where it is told: the incident word of
    its sentence nearest to it ("Ibarra equalised with a header in the 67th minute, and ... was sent off in
    the 71st minute": a goal, then a card), as (incident, start of the word); None when none is told."""
    lo = max(0, start - INCIDENT_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, end + INCIDENT_REACH)
    hi = stop.start() if stop else min(len(text), end + INCIDENT_REACH)
    best, gap = None, None
    for m in _INCIDENT.finditer(text, lo, hi):
        d = start - m.end() if m.end() <= start else m.start() - end
        if d >= 0 and (gap is None or d < gap):
            best, gap = (MATCH_INCIDENTS[m.group().lower()], m.start()), d
    return best


def _ordinal_count(text: str, m: re.Match) -> Quantity | None:
    """The count an _ORDINAL_COUNT match tells ("their fourth title": 4 titles), or None when no holder
    stands before it or a word between the ordinal and its noun ends the phrase."""
    amount = parse_ordinal(m["ord"])
    noun = m["noun"].lower()
    mods = m["mods"].lower().split()
    if amount is None or amount < 2 or any(w in STOP or w in NOT_COUNTED for w in mods):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if not (_ORDINAL_HOLDER.search(before) or noun == "time" and _ORDINAL_THE.search(before)):
        return None
    unit = _plural_of(noun)
    return Quantity(amount, "consecutive " + unit if _STREAK.intersection(mods) else unit)


def _plural_of(noun: str) -> str:
    """The regular plural of a singular noun: "carriage" -> "carriages", "country" -> "countries"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("child"):
        return noun + "ren"
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# the verb of a second conjunct right before a bare number: "infected 184 people and killed 31"
_SECOND_CONJUNCT = re.compile(r"(?:\s*,)?\s+(?:and|but)\s+(?P<verb>[a-z]+)(?:\s+(?:off|out|up|down|away|back))?\s+$")
# adverbs that may stand where the second verb would ("and then 3 more")
_NOT_VERBS = frozenset({"then", "now", "later", "another", "perhaps", "maybe"})
# what may follow such a number: the clause ends or a preposition goes on ("killed 31 in the north");
# "expects 20 more hires" counts what follows
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|on|at|to|for|from|by|with|during|since|until|and|or|but|as|"
                             r"after|before|when|while|of|across|over|within|last|this)\b)")
# verbs whose object, when no noun is written, is people: "the blast killed 12"
_CASUALTY_VERBS = re.compile(r"\b(?:killed|injured|wounded)\s+$")
# ... and the passive, with the number for its subject: "23 were rescued alive", "four have been arrested"
_CASUALTY_PASSIVE = re.compile(r"\s+(?:were|are|have\s+been|had\s+been)\s+(?:(?:later|still|also|seriously|badly|"
                               r"critically|reportedly)\s+)?(?:killed|injured|wounded|hurt|rescued|arrested|detained|"
                               r"evacuated|hospitali[sz]ed|missing|dead)\b")


def _number_of(text: str, m: re.Match) -> str | None:
    """What "the number of ..." counts: the plural that heads the words after it ("the number of affected
    customers", "of Orvana Bank clients", "of stranded travellers"), or the words the pattern took ("the number
    of people killed")."""
    noun = m["noun"]
    if noun is None or " " in noun:
        return noun
    head = _head_word(text, m.start("noun"))
    return head[0] if head is not None and _plural(head[0], head[2]) else noun


def _elided_noun(text: str, found: list[Figure], start: int, end: int) -> str | None:
    """What a bare number (``start..end``) counts when its noun is left out: the noun of the count
    just before it, when a second verb stands between them ("infected 184 people and killed 31", "hired 40
    workers and laid off 12"), or people after a casualty verb ("the blast injured 12 and killed 3").
    None when a word other than a preposition or conjunction follows the number, or when it reads as a year;
    people when a passive casualty verb does ("23 were rescued alive")."""
    if _YEAR.fullmatch(text[start:end]):
        return None
    if not _CLAUSE_GOES_ON.match(text, end):
        return "people" if _CASUALTY_PASSIVE.match(text, end) else None
    window = text[max(0, start - 40):start]
    if "and " in window or "but " in window:
        conj = _SECOND_CONJUNCT.search(window)
        if conj is not None and conj["verb"] not in STOP and conj["verb"] not in _NOT_VERBS \
                and not conj["verb"].endswith("ly"):
            at = start - len(window) + conj.start()
            for f in found:
                if f.kind == "count" and f.end == at and f.value.unit != "total":
                    return f.value.unit
    return "people" if _CASUALTY_VERBS.search(window) else None


def _appositive_age(text: str, start: int, end: int) -> bool:
    """"Brenner, 27, was gracious": a number of two digits set off by commas right after a name."""
    return end - start == 2 and text[start].isdigit() and text[end:end + 1] == "," and \
        _APPOSITIVE_AGE.search(text, max(0, start - 30), start) is not None and \
        text[max(0, start - 30):start].rstrip(", ").rsplit(None, 1)[-1] not in _NOT_NAMES


# capitalised words before ", 27," that name no person: months, days
_NOT_NAMES = frozenset("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def _counted_before(text: str, found: list[Figure], pos: int) -> str | None:
    """What the nearest count before ``pos`` in its sentence counts: "More than 600 images had come in by
    Thursday; by Friday the total stood at 1,420" counts images. None when no count comes before."""
    best: Figure | None = None
    for f in found:
        if f.kind == "count" and f.end <= pos and f.value.unit != "total" and (best is None or f.end > best.end):
            best = f
    if best is None or _SENTENCE_BREAK.search(text, best.end, pos):
        return None
    return best.value.unit
