"""Turn a recognised time expression into an ISO-TimeML value.

Two anchors matter: the reference date (the article's publication date) for deictic words
("on Wednesday", "last year", "next month"), and the narrative time (the last specific date the
article mentioned) for anaphoric ones ("two days later", "the previous November"). When an
anchor is missing the value keeps X placeholders rather than guessing: ``XXXX-WXX-3``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ..model import TimeValue
from .timex import DURATION_UNITS, Timex


@dataclass
class Anchors:
    """What relative expressions are resolved against at one point of the text."""

    reference: dt.date | None = None
    narrative: dt.date | None = None  # the last specific date mentioned before this point
    narrative_grain: str | None = None  # "day", "month" or "year"
    narrative_year: int | None = None  # the year of the last date mentioned, a bare year included ("in 1988")
    future: bool = False  # the date's clause (else its sentence) speaks of the future ("will travel", "is set to")
    past: bool = False  # the date's own clause is in the past tense ("the firm changed its year in December")
    # with a reference date inferred from the article's own dates (only a lower bound on when it was
    # written), the latest day the text has told so far: a bare weekday the story tells after it cannot
    # fall before it ("the jury returned on June 12, 2025 ... On Tuesday the judge sentenced him")
    told: dt.date | None = None


def _fmt_date(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    return dt.date(y, m % 12 + 1, 1)


def _closest_year(month: int, day: int | None, ref: dt.date, future: bool, side: str | None = None,
                  past: bool = False) -> int:
    """The year of month/day nearest the reference date, a date on the side the sentence's tense
    points away from counting double (a past-tense sentence) or triple (a future-tense one):
    "payable Dec. 15" a few weeks ahead is the coming one even without a future cue, and "the Aug. 7
    blasts" ten days back stay in the past in a sentence that also looks ahead."""
    if day is None:
        ahead = (month - ref.month) % 12  # months from the reference month to the next such month
        # a future sentence means the current month or a later one, save the month just gone; a
        # sentence without a future cue the current month or an earlier one, save the next two
        # ("payable in January") unless a past verb rules them out, or the next four for a deadline
        # ("by February"); "since August" is always behind
        limit = 4 if side == "limit" else 0 if past else 2
        forward = ahead != 11 if future else side != "past" and 1 <= ahead <= limit
        if forward:
            return ref.year + (month < ref.month)
        return ref.year - (month > ref.month)
    best, best_cost = ref.year, float("inf")
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            delta = (dt.date(y, month, day) - ref).days
        except ValueError:
            continue
        if side == "past" and delta > 0:
            continue
        cost = _tense_cost(delta, future)
        if cost < best_cost:
            best, best_cost = y, cost
    return best


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The ``n``-th ISO weekday ``wd`` of a month (``n`` = -1: the last one)."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = _add_months(dt.date(y, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday_date(name: str, y: int) -> dt.date:
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year": (1, 1), "new year's eve": (12, 31),
             "july 4": (7, 4), "halloween": (10, 31), "valentine": (2, 14), "veterans day": (11, 11)}
    if name in fixed:
        return dt.date(y, *fixed[name])
    if name == "thanksgiving":
        return _nth_weekday(y, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(y, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(y, 5, 1, -1)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    easter = _easter(y)
    return easter - dt.timedelta(days=2) if name == "good friday" else easter


def _holiday(spec: dict[str, Any], a: Anchors) -> str:
    """A holiday's date: in the year given, else the last one before the reference date ("last
    Thanksgiving"), the next one ("next Christmas"), or the nearest by the sentence's tense."""
    name, y, ref = spec["h"], spec.get("y"), a.reference
    if y is None and ref is not None:
        dates = {yy: _holiday_date(name, yy) for yy in (ref.year - 1, ref.year, ref.year + 1)}
        rel = spec.get("rel")
        if rel == -1:
            y = max(yy for yy, d in dates.items() if d < ref)
        elif rel == 1:
            y = min(yy for yy, d in dates.items() if d > ref)
        elif rel == 0:
            y = ref.year
        else:
            y = min(dates, key=lambda yy: _tense_cost((dates[yy] - ref).days, a.future))
    if y is None:
        return "XXXX-WXX" if name == "easter week" else "XXXX-XX-XX"
    d = _holiday_date(name, y)
    return _week(d) if name == "easter week" else _fmt_date(d)


def _tense_cost(delta: int, future: bool) -> int:
    """How far a date ``delta`` days from the reference date is from what the sentence's tense
    expects: days against the tense count double (past tense) or triple (future tense)."""
    if delta > 0:
        return delta * (1 if future else 2)
    return -delta * (3 if future else 1)


def _week_of(spec: dict[str, Any], a: Anchors) -> str:
    """The ISO week holding a day ("the week of March 6")."""
    day = _ymd(spec["day"], a)
    try:
        return _week(dt.date.fromisoformat(day))
    except ValueError:  # no year to place it in, or no such day
        return "XXXX-WXX"


def _ymd(spec: dict[str, Any], a: Anchors) -> str:
    y, m, d = spec.get("y"), spec.get("m"), spec.get("d")
    if y is None and m is not None and a.reference is not None:
        side = spec.get("side")
        if _same_month_as_narrative(m, side, a):
            # "expected to join in April ... the summit in April": a clause that does not say which
            # April means the one just named
            y = a.narrative.year
        else:
            y = _closest_year(m, d, a.reference, a.future and side != "past", side, a.past)
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def _same_month_as_narrative(month: int, side: str | None, a: Anchors) -> bool:
    """Whether a month (or a day of it) with no tense or side of its own is the month the story named
    last, within a year of the reference date."""
    narr = a.narrative
    return (not (a.future or a.past or side) and narr is not None and a.narrative_grain in ("day", "month")
            and narr.month == month and abs((narr - a.reference).days) < 366)


def _weekday(spec: dict[str, Any], a: Anchors) -> str:
    wd, rel, pod = spec["wd"], spec.get("rel"), spec.get("pod")
    suffix = f"T{pod}" if pod else ""
    ref = a.reference
    if rel in ("previous", "following") and a.narrative is not None:
        ref = a.narrative  # "the previous Friday": the one before the story's current date
    if ref is None:
        return f"XXXX-WXX-{wd}{suffix}"
    delta = wd - ref.isoweekday()
    if rel in ("next", "coming", "following") or spec.get("ahead") and not rel:
        delta = delta + 7 if delta <= 0 else delta
    elif rel in ("last", "past", "previous"):
        delta = delta - 7 if delta >= 0 else delta
    elif rel == "this":
        pass
    elif (a.future or spec.get("scheduled")) and not spec.get("past"):
        delta = delta + 7 if delta < 0 else delta
    else:
        delta = delta - 7 if delta > 0 else delta
    day = ref + dt.timedelta(days=delta)
    if a.told is not None and not rel and day < a.told:
        return f"XXXX-WXX-{wd}{suffix}"  # a later week the text does not date
    return _fmt_date(day) + suffix


def _weekend(spec: dict[str, Any], a: Anchors) -> str:
    ref = a.reference
    if ref is None:
        return "XXXX-WXX-WE"
    wd = ref.isoweekday()
    # the Saturday of the weekend meant: the one ending on or before the reference date by default
    if spec["dir"] > 0 or (spec["dir"] == 0 and a.future):
        sat = ref + dt.timedelta(days=(6 - wd) % 7)
    else:
        sat = ref - dt.timedelta(days=(wd - 6) % 7) if wd >= 6 else ref - dt.timedelta(days=wd + 1)
        if spec["dir"] < 0 and wd >= 6:
            sat -= dt.timedelta(days=7)
    return f"{_week(sat)}-WE"


def _shift(spec: dict[str, Any], a: Anchors) -> str:
    if "other" in spec:  # "two or three years ago": from the one date to the other
        one = {k: v for k, v in spec.items() if k != "other"}
        ends = sorted((_shift(one, a), _shift({**one, "n": spec["other"]}, a)))
        return f"{ends[0]}/{ends[1]}" if all(e[:4].isdigit() for e in ends) else _shift(one, a)
    unit, n = spec["unit"], spec.get("n")
    base = a.reference if spec.get("base") == "ref" else a.narrative
    pod = spec.get("pod")
    if n is None and spec.get("base") == "ref" and spec.get("sign"):
        # "several years ago", "a few weeks from now": only the side of the present is known
        return "PAST_REF" if spec["sign"] < 0 else "FUTURE_REF"
    if base is None or n is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}.get(unit, "XXXX-XX-XX")
    n = int(n) if float(n).is_integer() else n
    if unit in ("year", "decade", "century") and spec.get("base") != "ref" and a.narrative_year is not None:
        # "$37 million in 1988, a small share of the imports that year": a bare year is anchor enough
        base = dt.date(a.narrative_year, 1, 1)
    try:
        if unit == "day":
            if spec.get("base") != "ref" and a.narrative_grain == "month":
                # "docked in March and left the next day": a day of that month, not its first
                return base.strftime("%Y-%m-XX")
            value = _fmt_date(base + dt.timedelta(days=n))
            return value + (f"T{pod}" if pod else "")
        if unit == "week":
            return _week(base + dt.timedelta(weeks=n))
        if unit == "month":
            return _add_months(base, int(n)).strftime("%Y-%m")
    except (ValueError, OverflowError):  # "50,000 months ago" falls outside the calendar (years 1 to 9999)
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX-XX")
    if unit == "year":
        return f"{base.year + int(n):04d}"
    if unit == "quarter":
        q = (base.month - 1) // 3 + int(n)
        y = base.year + q // 4
        return f"{y:04d}-Q{q % 4 + 1}"
    if unit == "decade":
        return f"{(base.year // 10 + int(n)):03d}"
    if unit == "century":
        return f"{(base.year // 100 + int(n)):02d}"
    if unit in ("hour", "minute", "second"):
        return "PRESENT_REF" if n == 0 else "XXXX-XX-XX"
    return "XXXX-XX-XX"


def _month_rel(spec: dict[str, Any], a: Anchors) -> str:
    base = a.narrative if spec.get("base") == "narr" else a.reference
    m = spec["m"]
    if spec.get("base") == "year":  # "that April": in the year the story was telling
        return f"{a.narrative_year:04d}-{m:02d}" if a.narrative_year is not None else f"XXXX-{m:02d}"
    if base is None:
        return f"XXXX-{m:02d}"
    if "yoff" in spec:  # "June last year", "Jan. 1 of this year"
        day = f"-{spec['d']:02d}" if spec.get("d") else ""
        return f"{base.year + spec['yoff']:04d}-{m:02d}{day}"
    y = base.year
    if spec.get("last") and spec["base"] == "ref":
        # news writes "in February" or "last month" for the month just gone: "last February" in March
        # (or in February) is the one of the year before, "last June" in March the one nine months back
        if m >= base.month - 1:
            y -= 1
    elif spec["dir"] < 0 and m >= base.month:
        y -= 1
    elif spec["dir"] > 0 and m <= base.month:
        y += 1
    return f"{y:04d}-{m:02d}"


# the months of each season but winter, which straddles two years
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season(spec: dict[str, Any], a: Anchors) -> str:
    """A season's year: the one given, the one the story was telling ("that spring"), else the reference
    year's, the next one's when a future clause names a season already over ("payments could go out in
    the spring", said in October) and the last one's when a past clause names one not yet begun."""
    y = spec.get("y")
    if y is None and spec.get("step"):
        y = _season_step(spec["s"], spec["step"], a)
    elif y is None and spec.get("base") == "year":
        y = a.narrative_year
    elif y is None and a.reference is not None:
        y = a.reference.year + spec.get("dir", 0)
        first, last = _SEASON_MONTHS.get(spec["s"], (1, 12))
        if spec.get("bare") and a.future and a.reference.month > last:
            y += 1
        elif spec.get("bare") and a.past and a.reference.month < first:
            y -= 1
    return f"{y:04d}-{spec['s']}" if y is not None else f"XXXX-{spec['s']}"


def _season_step(season: str, step: int, a: Anchors) -> int | None:
    """The year of "the following spring" (``step`` 1) or "the previous fall" (-1): the first such season
    after the story's date, or the last before it; a year told alone ("in 1985") is all before or after."""
    y = a.narrative_year
    if y is None:
        return None
    narr = a.narrative
    if narr is None or a.narrative_grain not in ("day", "month") or narr.year != y:
        return y + step
    first, last = _SEASON_MONTHS.get(season, (12, 12))  # winter: the one that begins in December
    if step > 0:
        return y if first > narr.month else y + 1
    return y if last < narr.month else y - 1


_PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def _part(spec: dict[str, Any], a: Anchors) -> str:
    y = spec.get("y")
    ref = a.reference
    if y is None and ref is not None:
        y = ref.year + spec.get("dir", 0)
        if spec.get("near"):
            # "third-quarter profit" without a year: the latest such quarter begun by the reference date
            # in past-tense news, the next one not yet over in a forecast
            first, last = _PART_MONTHS[spec["p"]]
            if a.future:  # results for a quarter are still to come for a couple of months after it ends
                y = ref.year if ref.month <= last + 3 else ref.year + 1
            else:
                y = ref.year if first <= ref.month else ref.year - 1
            if spec.get("ago"):
                y -= 1
    return f"{y:04d}-{spec['p']}" if y is not None else f"XXXX-{spec['p']}"


def _reported_quarter(spec: dict[str, Any], a: Anchors) -> str:
    """"the quarter" of a results story: the last quarter completed by the reference date (the
    current one in a forecast), ``ago`` years before it for "the year-ago quarter"."""
    ref = a.reference
    if ref is None:
        return "XXXX-QX" if spec.get("y") is None else f"{spec['y']:04d}-QX"
    q = (ref.month - 1) // 3 + (0 if spec.get("bare") and a.future else -1)
    y, q = ref.year + q // 4, q % 4 + 1
    y = spec["y"] if spec.get("y") is not None else y - spec.get("ago", 0)
    return f"{y:04d}-Q{q}"


def _time(spec: dict[str, Any], a: Anchors) -> str:
    day = _fmt_date(a.narrative) if a.narrative and a.narrative_grain == "day" else "XXXX-XX-XX"
    return f"{day}T{_clock(spec['h'], spec['mi'], spec.get('s'))}"


def _clock(*parts: int | None) -> str:
    """"09:30", or "09:30:05" with seconds."""
    return ":".join(f"{p:02d}" for p in parts if p is not None)


def _number(n: float | int) -> str:
    if float(n).is_integer():
        return str(int(n))
    return f"{n:g}"


# the next smaller unit of a duration code and how many of it make one: a fraction of a day, hour
# or minute is written in whole smaller units, as TimeML annotators write it ("5 1/2 hours" is
# PT5H30M); a year keeps its decimal as written ("2.5 years", "half a year": P2.5Y, P0.5Y), but a
# written fraction of one is in months, as annotators write it ("2 1/2 years": P2Y6M)
_SMALLER = {(False, "D"): ((True, "H"), 24),
            (True, "H"): ((True, "M"), 60), (True, "M"): ((True, "S"), 60)}
_SMALLER_FOR_FRACTIONS = {**_SMALLER, (False, "Y"): ((False, "M"), 12)}
# ISO 8601 has no decade or century: ten and a hundred years
_IN_YEARS = {"decade": 10, "century": 100}


def duration_value(spec: dict[str, Any]) -> str:
    """ISO 8601 duration for a duration spec: PT35M, P2D, P1Y6M, P20Y, PTXH, PT2H0M35S."""
    if spec.get("k") == "literal":
        return spec["value"]
    parts = spec.get("parts") or [(spec.get("n"), spec["unit"])]
    amounts: dict[tuple[bool, str], float | None] = {}
    smaller_units = _SMALLER_FOR_FRACTIONS if spec.get("fraction") else _SMALLER
    for n, unit in parts:
        if unit == "fortnight":
            n, unit = (None if n is None else n * 2), "week"
        elif unit in _IN_YEARS and n is not None:
            n, unit = n * _IN_YEARS[unit], "year"
        code, is_time = DURATION_UNITS[unit]
        key = (is_time, code)
        if code == "W" and n is not None and not float(n).is_integer():
            n, key = n * 7, (False, "D")  # weeks mix with no other unit: "1.5 weeks" is P10DT12H
        while n is not None and not float(n).is_integer() and key in smaller_units:
            smaller, factor = smaller_units[key]
            rest = round((n - int(n)) * factor, 6)
            if not float(rest).is_integer() and smaller not in smaller_units:
                break
            if int(n):
                amounts[key] = (amounts.get(key) or 0) + int(n)
            n, key = rest, smaller
        amounts[key] = None if n is None or key in amounts and amounts[key] is None else (amounts.get(key) or 0) + n
    date_part = "".join(f"{'X' if v is None else _number(v)}{code}" for (t, code), v in amounts.items() if not t)
    time_part = "".join(f"{'X' if v is None else _number(v)}{code}" for (t, code), v in amounts.items() if t)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _quarter_back(spec: dict[str, Any], a: Anchors) -> str:
    """The quarter named before, ``years`` earlier ("a year earlier" after "the third quarter") or in
    the year ``y`` ("the 1988 period")."""
    of = spec["of"]
    value = _DATE_RESOLVERS[of["k"]](of, replace(a, future=False) if spec.get("reported") else a)
    if not value[:4].isdigit():
        return value
    if spec.get("y") is not None:  # "the 1988 period": the quarter named, in that year
        return f"{spec['y']:04d}{value[4:]}"
    ref = a.reference
    if ref is not None and spec["years"] and int(value[:4]) < ref.year:
        # the quarter named was already last year's ("the 1988 period"): the comparison is with that year
        return f"{ref.year - spec['years']:04d}"
    return f"{int(value[:4]) - spec['years']:04d}{value[4:]}"


def _day_next_to(spec: dict[str, Any], a: Anchors) -> str:
    """The day before or after the day ``of`` ("the day before last Tuesday")."""
    of = _DATE_RESOLVERS[spec["of"]["k"]](spec["of"], a)
    try:
        return _fmt_date(dt.date.fromisoformat(of[:10]) + dt.timedelta(days=spec["n"]))
    except ValueError:  # a day the text does not date ("XXXX-WXX-2")
        return "XXXX-XX-XX"


_DATE_RESOLVERS = {
    "ymd": _ymd, "weekday": _weekday, "weekend": _weekend, "shift": _shift, "month_rel": _month_rel,
    "season": _season, "part": _part, "time": _time, "qref": _reported_quarter,
    "quarter_back": _quarter_back, "holiday": _holiday, "week_of": _week_of, "day_next_to": _day_next_to,
}


def uses_tense(spec: dict[str, Any]) -> bool:
    """Whether the tense around a date can change its value (``Anchors.future`` / ``past``): a month
    or day without its year, a bare weekday, weekend or holiday, a quarter without its year. Most
    dates ("last year", "two days later", "June 2023") do not, and need no look at their clause."""
    k = spec.get("k")
    if k == "ymd":
        return spec.get("y") is None and spec.get("m") is not None
    if k == "range":
        return uses_tense(spec["a"]) or uses_tense(spec["b"])
    if k == "week_of":
        return uses_tense(spec["day"])
    if k == "day_next_to":
        return uses_tense(spec["of"])
    if k == "weekday":
        return not (spec.get("rel") or spec.get("past") or spec.get("ahead") or spec.get("scheduled"))
    if k == "weekend":
        return spec["dir"] == 0
    if k == "holiday":
        return spec.get("y") is None and spec.get("rel") is None
    if k == "part":
        return spec.get("y") is None and bool(spec.get("near"))
    if k == "season":
        return bool(spec.get("bare")) and spec.get("y") is None
    return k in ("qref", "quarter_back")


def resolve(t: Timex, anchors: Anchors) -> TimeValue:
    """The TIMEX3 value of ``t`` under ``anchors``."""
    spec = t.spec
    if t.type == "DURATION":
        if "low" in spec:  # "two to three weeks": the lower end, and the upper one beside it
            return TimeValue("DURATION", duration_value({**spec, "n": spec["low"]}), t.mod, high=duration_value(spec))
        return TimeValue("DURATION", duration_value(spec), t.mod)
    if spec["k"] == "literal":
        return TimeValue("DATE", spec["value"], t.mod)
    if spec["k"] == "range":
        a = _ymd(spec["a"], anchors)
        b = _ymd(spec["b"], anchors)
        return TimeValue("DATE", f"{a}/{b}", t.mod)
    value = _DATE_RESOLVERS[spec["k"]](spec, anchors)
    if "clock" in spec and len(value) == 10:  # "9 a.m. Tuesday": the day, at that time
        value += "T" + _clock(*spec["clock"])
    ttype = "TIME" if "T" in value and not value.startswith("P") else "DATE"
    return TimeValue(ttype, value, t.mod)


def as_date(value: str) -> tuple[dt.date, str] | None:
    """The first day a resolved value denotes and its grain, for narrative anchoring; None if unanchored."""
    v = value.split("/")[0].split("T")[0]
    try:
        if len(v) == 10 and v[4] == "-" and v[7] == "-":
            return dt.date.fromisoformat(v), "day"
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            return dt.date(int(v[:4]), int(v[5:]), 1), "month"
        if len(v) == 4 and v.isdigit():
            return dt.date(int(v), 1, 1), "year"
        if "-W" in v and v[:4].isdigit():
            y, w = int(v[:4]), int(v[6:8])
            return dt.date.fromisocalendar(y, w, 6 if v.endswith("WE") else 1), "day"
    except ValueError:
        return None
    return None
