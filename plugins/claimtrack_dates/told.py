"""Dates counted from the day they were told: a weekday and a quoted "today".

"Tuesday" is the Tuesday before the day its report was written, and "last Tuesday" may be that one or
the one a week before, as readers take it. Two reports of different weeks each counting "Tuesday" from
their own date name two days a week apart, which is no disagreement: they tell two weeks' news, or one
day read by two calendars. Likewise "today" in a quote is the day the speaker spoke, which may be some
days before the report that quotes it.
"""

from __future__ import annotations

import datetime as dt
import re

from claimtrack.model import Claim
from claimtrack.values import DateMeaning

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_LAST_WEEKDAY = re.compile(r"\b(?:last|this\s+past|past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
                           re.IGNORECASE)
# the words that name a day by the day they are said on
_SPEECH_DAY = re.compile(r"(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))",
                         re.IGNORECASE)
# how many days before its report a quote may have been spoken
QUOTE_DAYS = 7
_OPENING, _CLOSING = "“", "”"


def _weekday_only(c: Claim) -> bool:
    """Whether a date is a weekday named with no calendar figure ("on Tuesday", "last Tuesday")."""
    return _WEEKDAY.search(c.text) is not None and not any(ch.isdigit() for ch in c.text)


# how far the gap between two reports' dates may stand from the gap between their days (a report filed
# after midnight)
FILED_SLACK = 1


def weeks_apart(a: Claim, b: Claim, ma: DateMeaning, mb: DateMeaning, filed_a: dt.date | None,
                filed_b: dt.date | None) -> bool:
    """Whether two days that differ by whole weeks are a weekday counted from each report's own date, filed
    as far apart as the days are (``filed_a``, ``filed_b``): two weekdays of one name (each report's
    "Tuesday"), or "last Tuesday" against the day a week from it. A Friday report's "Saturday" (the one
    before) and a Saturday report's (that day) are no such pair: their reports are a day apart, and they
    disagree."""
    if not (ma.anchored and mb.anchored and ma.grain == mb.grain == "day") or filed_a is None or filed_b is None:
        return False
    days = (ma.first - mb.first).days
    gap = abs(days)
    if gap == 0 or gap % 7 or abs((filed_a - filed_b).days - days) > FILED_SLACK:
        return False
    if _weekday_only(a) and _weekday_only(b):
        return True
    return gap == 7 and any(_weekday_only(c) and _LAST_WEEKDAY.search(c.text) for c in (a, b))


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` stands inside quotation marks of its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    curly = before.rfind(_OPENING) > before.rfind(_CLOSING)
    return curly or before.count('"') % 2 == 1


def spoken_earlier(a: Claim, b: Claim, ma: DateMeaning, mb: DateMeaning, texts: dict[str, str]) -> bool:
    """Whether one date is a quoted "today" (or "yesterday", "tonight") and the other a day up to
    ``QUOTE_DAYS`` before it: the speaker may have spoken that much before the report. ``texts`` are the
    sources' texts by id. A day after the report is still a conflict: nobody spoke after it was written."""
    for x, mx, my in ((a, ma, mb), (b, mb, ma)):
        text = texts.get(x.source)
        if text is None or not _SPEECH_DAY.fullmatch(x.text.strip()) or not _quoted(text, x.start):
            continue
        if mx.anchored and my.anchored and my.last < mx.first and (mx.first - my.last).days <= QUOTE_DAYS:
            return True
    return False

