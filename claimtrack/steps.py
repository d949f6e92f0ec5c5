"""Which step of a takeover a sum or a date is told of.

A takeover is told in steps, and each step has its own price and day: a first bid ("first offered $38 a
share in March"), a raised one ("raised its bid to $42.50"), the price agreed ("will pay $44 a share"), and
all the while the market's price of the shares ("closed at $31.20"). Two reports that give two steps two
different sums or days do not disagree; two that give one step two sums do.
"""

from __future__ import annotations

import re

from .facts import claim_at
from .model import Claim

# Steps, by the words that name them in the figure's clause before it (the nearest word wins).
FIRST, RAISED, AGREED, MARKET = "first", "raised", "agreed", "market"
# a price a buyer puts on the shares, whatever its step ("offered $52.25 per share", "valued at $61 a share")
OFFER = "offer"
_STEP_WORDS = [
    (FIRST, r"first|initial|opening|original|earlier|previous|prior|rejected|spurned|unsolicited|turned\s+down"),
    (RAISED, r"raised|raises|raising|sweetened|sweetens|increased|improved|lifted|lifts|upped|boosted|bumped|"
             r"higher|new|revised|counter-?offer(?:ed)?"),
    # a final offer is the one agreed to: two reports of it that differ disagree
    (AGREED, r"agreed|agrees|agreement|accepted|accepts|final|definitive|will\s+pay|to\s+pay|would\s+pay|"
             r"has\s+to\s+pay|deal\s+price|takeover\s+price|purchase\s+price"),
    # what the shares fetch on the market, whatever the offer: "closed at", "traded at", "rose 20% to"
    (MARKET, r"clos(?:e|ed|ing)|trad(?:ed|ing)|opened|(?:share|stock|market)\s+price|last\s+close|"
             r"(?:shares?|stock)\b[^,;]*?\b(?:rose|fell|jumped|climbed|dropped|gained|slipped|surged|soared|sank|"
             r"slid|tumbled|plunged|rallied|edged|fallen|risen|stood)\b(?:[^,;]*?\bto)?"),
]
_STEP = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _STEP_WORDS), re.IGNORECASE)
# a sum right after "from" is the one a change left behind: "lifted its bid from $42.50"
_LEFT_BEHIND = re.compile(r"\b(?:from|up\s+from|above|over)\s+(?:the\s+|its\s+|an?\s+)?$", re.IGNORECASE)
# the sum a change reached: "raised its bid from $42.50 to $44" is the raise's, told before the first sum
_REACHED = re.compile(r"^\s*(?:to|,\s*to)\s+$", re.IGNORECASE)
# what a step word must be about: a bid, an offer, a price, the shares, a deal
_DEAL_WORDS = re.compile(r"\b(?:bid|bids|offer|offers|offered|approach|proposal|price|prices|priced|shares?|stock|"
                         r"deal|takeover|buyout|pay|pays|paid|agreement|acquire|buy)\b", re.IGNORECASE)
# words of a price put on the shares by a buyer, of no step in particular
_OFFER_WORDS = re.compile(r"\b(?:bid|bids|offer|offers|offered|pay|pays|paid|valued|values|valuing|worth|deal|"
                          r"takeover|buyout|acquire|buy|proposal)\b", re.IGNORECASE)
# the clause a figure's step words stand in: a stop, a semicolon or a conjunction of clauses ends it
_CLAUSE = re.compile(r"[;!?]|\.(?!\d)|\b(?:and|but|while|whereas|after|before|when)\b|,\s+(?:which|who)\b", re.IGNORECASE)
_FIGURE = re.compile(r"[$€£¥]\s?\d[\d.,]*(?:\s+(?:million|billion))?(?:\s+(?:a|per)\s+share)?|\d[\d.,]*\s*(?:%|percent)")
STEP_REACH = 90


def deal_step(claim: Claim, sentence: str) -> str | None:
    """The step of a takeover a sum or date is told of (``FIRST``, ``RAISED``, ``AGREED``, ``MARKET``, or
    ``OFFER`` for a buyer's price of no step named), from the words before it in its own clause, or None when
    they name none. Words before an earlier sum of the
    clause are that sum's ("first offered $38 a share, then $44": the first offer is the $38), while a date
    is the whole clause's ("raised its bid to $42.50 a share in April")."""
    at = claim_at(claim, sentence)
    if at == -1:
        return None
    before = sentence[max(0, at - STEP_REACH):at]
    clause = _CLAUSE.split(before)[-1]
    if _LEFT_BEHIND.search(clause):
        return FIRST
    figures = list(_FIGURE.finditer(clause)) if claim.kind != "date" else []
    if figures:
        own = clause[figures[-1].end():]
        # "raised its bid from $42.50 to $44": the words of the change are the reached sum's too
        clause = own if not _REACHED.match(own) else clause[:figures[-1].start()]
    if not _DEAL_WORDS.search(clause) and not _DEAL_WORDS.match(sentence, at + len(claim.text)):
        return None
    steps = [m.lastgroup for m in _STEP.finditer(clause)]
    if steps:
        return steps[-1]
    return OFFER if _OFFER_WORDS.search(clause) else None


def steps_apart(a: Claim, b: Claim, sentence_a: str, sentence_b: str) -> bool:
    """Whether two sums or dates are told of two steps of a takeover: both name a step and they differ, or
    one is the market's price and the other a buyer's (an offer of $38.50 is no close at $31.20). A step told
    by one only is no sign of two facts ("offered $52.25 per share" may be the price agreed), and a sum told
    of no step at all ("Orvane share close, Monday: $24.15" in a memo's table) may be any."""
    sa, sb = deal_step(a, sentence_a), deal_step(b, sentence_b)
    if sa == sb or sa is None or sb is None:
        return False
    return MARKET in (sa, sb) or OFFER not in (sa, sb)
