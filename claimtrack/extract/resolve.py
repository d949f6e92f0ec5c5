"""Turn a recognised time expression into an ISO-TimeML value.

Two anchors matter: the reference date (the article's publication date) for deictic words
("on Wednesday", "last year", "next month"), and the narrative time (the last specific date the
article mentioned) for anaphoric ones ("two days later", "the previous November"). When an
anchor is missing the value keeps X placeholders rather than guessing: ``XXXX-WXX-3``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..model import TimeValue
from .timex import DURATION_UNITS, Timex


@dataclass
class Anchors:
    """What relative expressions are resolved against at one point of the text."""

    reference: dt.date | None = None
    narrative: dt.date | None = None  # the last specific date mentioned before this point
    narrative_grain: str | None = None  # "day", "month" or "year"
    future: bool = False  # the sentence speaks of the future ("will travel", "is set to")


def _fmt_date(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    return dt.date(y, m % 12 + 1, 1)


def _closest_year(month: int, day: int | None, ref: dt.date, future: bool) -> int:
    """The year of month/day: the latest one not after the reference date in a past-tense sentence,
    the earliest one not before it in a future-tense one (a week's slack either way)."""
    slack = dt.timedelta(days=7)
    if day is None:  # a month: compare with its first and last day
        first = dt.date(ref.year, month, 1)
        if future:
            return ref.year if _add_months(first, 1) > ref - slack else ref.year + 1
        # a month starting within the next quarter is the coming one ("payable in January")
        ahead = ref + dt.timedelta(days=95)
        if month < ref.month and dt.date(ref.year + 1, month, 1) <= ahead:
            return ref.year + 1
        return ref.year if first <= ahead else ref.year - 1
    # a deadline or record date a few months ahead ("payable Dec. 15") is meant even in a sentence
    # without a future cue; further ahead, the date is last year's
    ahead = dt.timedelta(days=120)
    for y in ((ref.year - 1, ref.year, ref.year + 1) if future else (ref.year + 1, ref.year, ref.year - 1)):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if (future and d >= ref - slack) or (not future and d <= ref + ahead):
            return y
    return ref.year


def _ymd(spec: dict[str, Any], a: Anchors) -> str:
    y, m, d = spec.get("y"), spec.get("m"), spec.get("d")
    if y is None and m is not None and a.reference is not None:
        y = _closest_year(m, d, a.reference, a.future)
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def _weekday(spec: dict[str, Any], a: Anchors) -> str:
    wd, rel, pod = spec["wd"], spec.get("rel"), spec.get("pod")
    suffix = f"T{pod}" if pod else ""
    ref = a.reference
    if ref is None:
        return f"XXXX-WXX-{wd}{suffix}"
    delta = wd - ref.isoweekday()
    if rel in ("next", "coming", "following"):
        delta = delta + 7 if delta <= 0 else delta
    elif rel in ("last", "past", "previous"):
        delta = delta - 7 if delta >= 0 else delta
    elif rel == "this":
        pass
    elif a.future and not spec.get("past"):
        delta = delta + 7 if delta < 0 else delta
    else:
        delta = delta - 7 if delta > 0 else delta
    return _fmt_date(ref + dt.timedelta(days=delta)) + suffix


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
    unit, n = spec["unit"], spec.get("n")
    base = a.reference if spec.get("base") == "ref" else a.narrative
    pod = spec.get("pod")
    if base is None or n is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}.get(unit, "XXXX-XX-XX")
    n = int(n) if float(n).is_integer() else n
    if unit == "day":
        value = _fmt_date(base + dt.timedelta(days=n))
        return value + (f"T{pod}" if pod else "")
    if unit == "week":
        return _week(base + dt.timedelta(weeks=n))
    if unit == "month":
        return _add_months(base, int(n)).strftime("%Y-%m")
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
    if base is None:
        return f"XXXX-{m:02d}"
    y = base.year
    if spec["dir"] < 0 and m >= base.month:
        y -= 1
    elif spec["dir"] > 0 and m <= base.month:
        y += 1
    return f"{y:04d}-{m:02d}"


def _season(spec: dict[str, Any], a: Anchors) -> str:
    y = spec.get("y")
    if y is None and a.reference is not None:
        y = a.reference.year + spec.get("dir", 0)
    return f"{y:04d}-{spec['s']}" if y is not None else f"XXXX-{spec['s']}"


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
    return f"{day}T{spec['h']:02d}:{spec['mi']:02d}"


def _number(n: float | int) -> str:
    if float(n).is_integer():
        return str(int(n))
    return f"{n:g}"


def duration_value(spec: dict[str, Any]) -> str:
    """ISO 8601 duration for a duration spec: PT35M, P2D, P1.5Y, PTXH, PT2H0M35S."""
    if spec.get("k") == "literal":
        return spec["value"]
    parts = spec.get("parts") or [(spec.get("n"), spec["unit"])]
    date_part, time_part = "", ""
    for n, unit in parts:
        if unit == "fortnight":
            n, unit = (None if n is None else n * 2), "week"
        code, is_time = DURATION_UNITS[unit]
        amount = "X" if n is None else _number(n)
        if is_time:
            time_part += f"{amount}{code}"
        else:
            date_part += f"{amount}{code}"
    return "P" + date_part + ("T" + time_part if time_part else "")


def _quarter_back(spec: dict[str, Any], a: Anchors) -> str:
    """The quarter named before, ``years`` earlier ("a year earlier" after "the third quarter")."""
    of = spec["of"]
    value = (_reported_quarter if of["k"] == "qref" else _part)(of, a)
    if not value[:4].isdigit():
        return value
    return f"{int(value[:4]) - spec['years']:04d}{value[4:]}"


_DATE_RESOLVERS = {
    "ymd": _ymd, "weekday": _weekday, "weekend": _weekend, "shift": _shift, "month_rel": _month_rel,
    "season": _season, "part": _part, "time": _time, "qref": _reported_quarter,
    "quarter_back": _quarter_back,
}


def resolve(t: Timex, anchors: Anchors) -> TimeValue:
    """The TIMEX3 value of ``t`` under ``anchors``."""
    spec = t.spec
    if t.type == "DURATION":
        return TimeValue("DURATION", duration_value(spec), t.mod)
    if spec["k"] == "literal":
        return TimeValue("DATE", spec["value"], t.mod)
    if spec["k"] == "range":
        a = _ymd(spec["a"], anchors)
        b = _ymd(spec["b"], anchors)
        return TimeValue("DATE", f"{a}/{b}", t.mod)
    value = _DATE_RESOLVERS[spec["k"]](spec, anchors)
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
