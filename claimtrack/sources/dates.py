"""A small date reader for the dates that label an article: datelines, meta tags, sidecars.

It reads only complete calendar dates (year, month and day) written with a month name or in
ISO form. Anything vaguer is left to the extraction pipeline, which has the article's context.
Kept self-contained so that loading never depends on a heavyweight date library.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# longest names first so that "Sept" is not read as "Sep" followed by junk
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: one complete date: "Nov. 15, 2023", "15 November 2023", "2023-06-14" (optionally after a weekday)
DATE_PATTERN = (
    rf"(?:{_WEEKDAY_RE})?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"(?![\w])"
)
DATE_RE = re.compile(DATE_PATTERN, re.IGNORECASE)
#: a month and day without a year, as a news-agency dateline writes it: "Monday, Sept. 15", "15 September"
MONTH_DAY_PATTERN = (
    rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)})\.?,?\s+)?"
    rf"(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})\.?)"
    r"(?![\w,])"
)
# ISO date directly followed by a time ("2023-06-14T09:30:00Z") must still be read
_ISO_PREFIX_RE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)")


def date_from_match(m: re.Match[str]) -> dt.date | None:
    """The date a :data:`DATE_RE` match denotes, or None if it is not a real calendar day."""
    try:
        if m.group("mon"):
            return dt.date(int(m.group("year")), _MONTHS[m.group("mon").lower()], int(m.group("day")))
        if m.group("mon2"):
            return dt.date(int(m.group("year2")), _MONTHS[m.group("mon2").lower()], int(m.group("day2")))
        return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    except ValueError:  # "Feb. 30, 2023", "2023-13-01"
        return None


def month_day_from_match(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None; Monday is 0) of a :data:`MONTH_DAY_PATTERN` match, or None
    when no year has that day ("Feb. 30")."""
    month = _MONTHS[(m.group("mon") or m.group("mon2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    try:
        dt.date(2000, month, day)  # a leap year: Feb. 29 is a day
    except ValueError:
        return None
    weekday = m.group("wd")
    return month, day, None if weekday is None else _WEEKDAYS.index(weekday.lower())


def parse_date_text(text: str) -> dt.date | None:
    """Read a date string as found in metadata ("2023-06-14T09:30Z", "June 14, 2023"), else None."""
    iso = _ISO_PREFIX_RE.match(text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    m = DATE_RE.match(text.strip())
    return date_from_match(m) if m else None
