"""What values mean, so that they can be compared by meaning rather than by string.

Every value becomes a set of possibilities: a date is a range of days (or, without a year, a
constraint such as "a Wednesday" or "some October 30"); a duration is a range of seconds; a
figure is a range of amounts. A written number carries its precision ("4.2 billion" means
4.15-4.25 billion), and TimeML mods widen or open the range ("about" +-15%, "more than" open
above). Agreement is overlap, conflict is disjointness.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from . import units
from .model import Measurement, Quantity, TimeValue

INF = math.inf


@dataclass(frozen=True)
class Span:
    """A closed numeric range and how it was stated: "exact" (a plain number, with its rounding),
    "approx" ("about 35"), "bound" ("more than seven", "at least a month"), "range" ("10 to 15 km")
    or "vague" ("several")."""

    low: float
    high: float
    how: str = "exact"
    value: float | None = None  # the number as written, when there is one

    @property
    def exact(self) -> bool:
        return self.how == "exact"

    def overlaps(self, other: Span) -> bool:
        """Whether the ranges share more than an edge: the rounding ranges of 3 and 4 (2.5-3.5 and
        3.5-4.5) touch, yet "three fronts" and "four fronts" disagree."""
        if self.low == self.high or other.low == other.high:
            return self.low <= other.high and other.low <= self.high  # a point lies in a range, edges included
        return self.low < other.high and other.low < self.high

    def contains(self, other: Span) -> bool:
        return self.low <= other.low and other.high <= self.high


# ----------------------------------------------------------------------------- numbers
def precision(amount: float) -> float:
    """Half the unit of the last digit a reader would take as meant.

    Large sums are written with a scale word ("4.2 billion"), so their significant digits tell the
    rounding: 4.2e9 -> 0.05e9. A round one keeps two: "$10 million" is 9.5-10.5 million, not 5-15
    (which would let "$14 million" agree with it), and "$1 billion" is not "$1.4 billion". Smaller
    numbers are written out ("100 homes", "212"), and a round one is as likely exact as rounded;
    rounding is then said with a mod ("about 50,000").
    """
    if amount == 0:
        return 0.5
    if abs(amount) >= 1_000_000:
        digits = f"{abs(amount):.6e}".split("e")
        mantissa = digits[0].rstrip("0").rstrip(".")
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        return 0.5 * 10 ** (int(digits[1]) - max(decimals, 1))
    text = f"{amount:.10g}"
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    return 0.5


# How far "about" reaches: a share of the value, and for percentages at least this many points
APPROX_SHARE = 0.15
PERCENT_APPROX_SHARE = 0.10
PERCENT_APPROX_POINTS = 1.0
PERCENT_UNITS = frozenset({"%", "pp"})


# "nearly", "almost", "just over", "just under": a bound that stays close to its number ("just over six
# metres" is no 6.8 metres, "nearly 2.9 tonnes" no 2,580 kg): it reaches a tenth of the value at most,
# and no further than the unit of the number's last digit
NEAR_SHARE = 0.10


def with_mod(value: float, mod: str | None, tolerance: float, approx: float = APPROX_SHARE,
             approx_floor: float = 0.0, near: float | None = None) -> Span:
    """The range a value with a TimeML mod stands for; ``tolerance`` is the rounding of the number,
    ``approx`` the share of the value "about" reaches, at least ``approx_floor``. ``near``, the unit of
    the number's last digit, narrows a bound said to be close ("nearly", "just over")."""
    if value is None:
        return Span(0, INF, "vague")
    if near is not None and mod in ("LESS_THAN", "MORE_THAN"):
        reach = min(abs(value) * NEAR_SHARE, near)
        low, high = (value - reach, value) if mod == "LESS_THAN" else (value, value + reach)
        return Span(low, high, "bound", value)
    if mod in (None, "EQUAL"):
        return Span(value - tolerance, value + tolerance, "exact", value)
    if mod == "APPROX":
        d = max(tolerance, abs(value) * approx, approx_floor)
        return Span(value - d, value + d, "approx", value)
    if mod == "LESS_THAN":
        return Span(value * 0.8, value, "bound", value)
    if mod == "MORE_THAN":
        return Span(value, INF, "bound", value)
    if mod == "EQUAL_OR_MORE":
        return Span(value - tolerance, INF, "bound", value)
    if mod == "EQUAL_OR_LESS":
        return Span(0, value + tolerance, "bound", value)
    return Span(value - tolerance, value + tolerance, "exact", value)


# How far "about" reaches for a count or a sum given to two digits or more: this share of the value, or
# half the grain its last digit stands for
QUANTITY_APPROX_SHARE = 0.05


def _digits_grain(amount: float) -> tuple[int, float] | None:
    """A whole number's significant digits and the unit its last one stands for (340,000: 2 and 10,000)."""
    if amount != int(amount) or amount == 0:
        return None
    digits = str(abs(int(amount)))
    significant = len(digits.rstrip("0"))
    return significant, float(10 ** (len(digits) - significant))


def grain(amount: float) -> float:
    """The unit the last digit of a number stands for: 62,000 -> 1,000; 40 -> 10; 6 -> 1; 2.9 -> 0.1."""
    shape = _digits_grain(amount)
    return shape[1] if shape is not None else 2 * precision(amount)


def quantity_span(q: Quantity, near: bool = False) -> Span:
    """The range a count, sum or percentage stands for. "About 12 percent" reaches a tenth of its value
    or a point either way (10.8-13.2, not as far as "10 percent"). A round number of one digit ("about
    40", "about 100") reaches 15 percent; one the writer gave to two digits or more reaches 5 percent or
    half its last digit: "about 340,000" is 323,000-357,000 (312,000 would be "about 310,000"). ``near``:
    a bound said to be close ("nearly 62,000", see ``with_mod``)."""
    amount = float(q.amount)
    close = grain(amount) if near else None
    if q.unit in PERCENT_UNITS:
        return with_mod(amount, q.mod, precision(amount), PERCENT_APPROX_SHARE, PERCENT_APPROX_POINTS, close)
    shape = _digits_grain(amount)
    if shape is not None and shape[0] >= 2:
        return with_mod(amount, q.mod, precision(amount), QUANTITY_APPROX_SHARE, shape[1] / 2, close)
    return with_mod(amount, q.mod, precision(amount), near=close)


# ----------------------------------------------------------------------------- measurements
def converted_precision(amount: float) -> float:
    """The rounding of a number that may be a conversion from another unit: a converted figure keeps
    about two significant digits ("3,000 tonnes" is written "3,300 tons"), so trailing zeros past the
    second digit are rounding, not exactness ("3,300": +-50; "10": +-0.5; "3,310": +-5)."""
    tol = precision(amount)
    if amount != int(amount) or abs(amount) >= 1_000_000:
        return tol
    digits = str(abs(int(amount)))
    zeros = len(digits) - len(digits.rstrip("0"))
    significant = max(len(digits) - zeros, 2)
    return max(tol, 0.5 * 10 ** (len(digits) - significant)) if len(digits) > significant else tol


def measurement_span(m: Measurement, across_units: bool = False, near: bool = False) -> Span:
    """The range a measurement stands for, in its dimension's canonical unit. ``across_units``: it is
    compared with a figure written in another unit, so either may be a rounded conversion. ``near``:
    a bound said to be close ("just over six metres", see ``with_mod``)."""
    rounding = converted_precision if across_units else precision
    amount = float(m.amount)
    if m.low is not None:  # "10 to 15 km"
        low = float(m.low)
        span = Span(low - rounding(low), amount + rounding(amount), "range")
    else:
        span = with_mod(amount, m.mod, rounding(amount), near=grain(amount) if near else None)
    low, high = sorted((units.to_canonical(span.low, m.unit), units.to_canonical(span.high, m.unit)))
    value = None if span.value is None else units.to_canonical(span.value, m.unit)
    return Span(low, high, span.how, value)


def measurements_agree(a: Span, b: Span) -> bool:
    """Two measurements stated as numbers agree when each lies within the rounding of the coarser one
    ("6.2 miles", 9.98 km, agrees with "10 km", +-0.5 km); a range or a bound agrees by overlap."""
    if a.how in ("exact", "approx") and b.how in ("exact", "approx") and a.value is not None and b.value is not None:
        coarser = max(a.high - a.low, b.high - b.low) / 2
        return abs(a.value - b.value) <= coarser * (1 + 1e-9)
    return a.overlaps(b)


# ----------------------------------------------------------------------------- durations
_SECONDS = {"Y": 365.25 * 86400, "M": 30.44 * 86400, "W": 7 * 86400, "D": 86400, "DE": 3652.5 * 86400,
            "CE": 36525 * 86400, "Q": 91.31 * 86400}
_TSECONDS = {"H": 3600, "M": 60, "S": 1}
_VAGUE = (2, 9)  # "several hours": between two and nine of the unit


def duration_span(v: TimeValue, near: bool = False) -> Span | None:
    """Seconds a TIMEX3 duration stands for; None when it cannot be read. ``near``: a bound said to
    be close ("nearly four years", see ``with_mod``). A range ("two to three weeks", ``high`` set)
    reaches from its lower end to its upper one."""
    if v.high:
        mod = "APPROX" if v.mod == "APPROX" else None
        ends = duration_span(TimeValue(v.type, v.value, mod)), duration_span(TimeValue(v.type, v.high, mod))
        return None if None in ends else Span(ends[0].low, ends[1].high, "range")
    m = re.fullmatch(r"P(?P<date>(?:[\dX.]+(?:Y|M|W|D|DE|CE|Q))+)?(?:T(?P<time>(?:[\dX.]+[HMS])+))?", v.value)
    if not m:
        return None
    low = high = 0.0
    tol = None
    last = 0.0  # the unit of the last digit, in seconds
    vague = False
    for part, table in ((m["date"], _SECONDS), (m["time"], _TSECONDS)):
        if not part:
            continue
        for n, unit in re.findall(r"([\dX.]+)(DE|CE|[A-Z])", part):
            size = table[unit]
            if n == "X":
                low += _VAGUE[0] * size
                high += _VAGUE[1] * size
                vague = True
            else:
                x = float(n)
                low += x * size
                high += x * size
                # a compound ("2 hours, 4 minutes and 12 seconds") is as precise as its last unit
                tol = precision(x) * size
                last = grain(x) * size
    if vague:
        return Span(low, high, "vague")
    return with_mod((low + high) / 2, v.mod, tol or 0.0, near=last if near else None)


# ----------------------------------------------------------------------------- dates
@dataclass(frozen=True)
class DateMeaning:
    """A date value: an anchored day range, or constraints on an unknown day."""

    first: dt.date | None = None  # anchored range, when the year is known
    last: dt.date | None = None
    month: int | None = None  # constraints when the year is not known
    day: int | None = None
    weekdays: frozenset[int] | None = None
    grain: str = "day"  # day | week | month | season | year | decade | vague

    @property
    def anchored(self) -> bool:
        return self.first is not None


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)


_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
          "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _apply_point_mod(first: dt.date, last: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    span = (last - first).days + 1
    if span < 9 or mod not in ("START", "MID", "END"):
        return first, last
    third = span // 3
    if mod == "START":
        return first, first + dt.timedelta(days=third + span // 10)
    if mod == "END":
        return last - dt.timedelta(days=third + span // 10), last
    return first + dt.timedelta(days=third - span // 10), last - dt.timedelta(days=third - span // 10)


def date_meaning(v: TimeValue) -> DateMeaning | None:
    """The days a TIMEX3 date value can denote; None for values with no checkable meaning (PAST_REF).
    A date of a range of days means the whole range (see ``TimeValue.range``)."""
    if v.mod in ("BEFORE", "AFTER"):
        return None  # "post-1959": an open stretch of time, no days to check
    value = (v.range or v.value).split("T")[0]
    if "/" in value:
        a, b = (date_meaning(TimeValue("DATE", part)) for part in value.split("/", 1))
        if a and b and a.anchored and b.anchored:
            return DateMeaning(a.first, b.last, grain="day")
        if a and b and a.month and b.month:
            return DateMeaning(month=a.month if a.month == b.month else None, grain="range")
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if m:
        y = int(m[1])
        if m[3]:
            d = dt.date(y, int(m[2]), int(m[3]))
            return DateMeaning(d, d, grain="day")
        if m[2]:
            first, last = _apply_point_mod(dt.date(y, int(m[2]), 1), _month_end(y, int(m[2])), v.mod)
            return DateMeaning(first, last, grain="month")
        first, last = _apply_point_mod(dt.date(y, 1, 1), dt.date(y, 12, 31), v.mod)
        return DateMeaning(first, last, grain="year")
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-(WE|\d))?", value)
    if m:
        y, w = int(m[1]), int(m[2])
        if m[3] == "WE":
            return DateMeaning(dt.date.fromisocalendar(y, w, 6), dt.date.fromisocalendar(y, w, 7), grain="day")
        if m[3]:
            d = dt.date.fromisocalendar(y, w, int(m[3]))
            return DateMeaning(d, d, grain="day")
        return DateMeaning(dt.date.fromisocalendar(y, w, 1), dt.date.fromisocalendar(y, w, 7), grain="week")
    m = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    if m:
        y = int(m[1])
        a, b = _PARTS[m[2]]
        last = _month_end(y + (b - 1) // 12, (b - 1) % 12 + 1)
        return DateMeaning(dt.date(y, a, 1), last, grain="season")
    m = re.fullmatch(r"(\d{3})", value)
    if m:
        dec = int(m[1]) * 10
        return DateMeaning(dt.date(dec, 1, 1), dt.date(dec + 9, 12, 31), grain="decade")
    m = re.fullmatch(r"XXXX-WXX-(WE|\d)", value)
    if m:
        days = frozenset({6, 7}) if m[1] == "WE" else frozenset({int(m[1])})
        return DateMeaning(weekdays=days, grain="day")
    m = re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", value)
    if m:
        return DateMeaning(month=int(m[1]), day=int(m[2]) if m[2] else None, grain="day" if m[2] else "month")
    return None


def _satisfies(d: dt.date, c: DateMeaning) -> bool:
    if c.weekdays is not None and d.isoweekday() not in c.weekdays:
        return False
    if c.month is not None and d.month != c.month:
        return False
    return not (c.day is not None and d.day != c.day)


def compare_dates(a: DateMeaning, b: DateMeaning) -> tuple[str, int | None] | None:
    """("agree"|"compatible"|"conflict", gap in days when known), or None when undecidable."""
    if a.anchored and b.anchored:
        if a.first <= b.last and b.first <= a.last:
            same = a.first == b.first and a.last == b.last
            return ("agree" if same else "compatible"), 0
        gap = (b.first - a.last).days if a.last < b.first else (a.first - b.last).days
        return "conflict", gap
    if a.anchored != b.anchored:
        fixed, loose = (a, b) if a.anchored else (b, a)
        days = (fixed.last - fixed.first).days + 1
        if days > 62 or (days > 7 and loose.month is None):
            return None  # "a weekend" fits any month: saying they agree would say nothing
        hits = [fixed.first + dt.timedelta(days=i) for i in range(days)]
        if any(_satisfies(d, loose) for d in hits):
            return ("agree" if days == 1 else "compatible"), 0
        gap = _weekday_gap(fixed.first.isoweekday(), loose.weekdays) if days == 1 and loose.weekdays else None
        return "conflict", gap
    # neither anchored: compare like with like
    if a.weekdays is not None and b.weekdays is not None:
        if a.weekdays & b.weekdays:
            return ("agree" if a.weekdays == b.weekdays else "compatible"), 0
        return "conflict", min(_weekday_gap(x, b.weekdays) for x in a.weekdays)
    if a.month is not None and b.month is not None and a.weekdays is None and b.weekdays is None:
        if a.month != b.month:
            return "conflict", None
        if a.day is not None and b.day is not None:
            return ("agree", 0) if a.day == b.day else ("conflict", abs(a.day - b.day))
        return ("agree" if a.day == b.day else "compatible"), 0
    return None


def _weekday_gap(day: int, others: frozenset[int]) -> int:
    return min(min((day - o) % 7, (o - day) % 7) for o in others)
