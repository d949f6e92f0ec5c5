"""The dates checker: two dates of the same event agree when their days can coincide.

"June" agrees with "June 19" (a coarser grain), a weekday agrees with a date that falls on it,
a range contains the dates inside it. Two dates one day apart are still a conflict, and the
message says the reports may count in different time zones.
"""

from __future__ import annotations

from claimtrack import Comparison, hookimpl
from claimtrack.model import Claim, TimeValue
from claimtrack.values import compare_dates, date_meaning

_WEEKDAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


def _says(c: Claim) -> str:
    return f"{c.source} says “{' '.join(c.text.split())}” ({c.value.value})"


@hookimpl
def claimtrack_compare(a: Claim, b: Claim) -> Comparison | None:
    if a.kind != "date" or b.kind != "date":
        return None
    if not (isinstance(a.value, TimeValue) and isinstance(b.value, TimeValue)):
        return None
    ma, mb = date_meaning(a.value), date_meaning(b.value)
    if ma is None or mb is None:
        return None
    outcome = compare_dates(ma, mb)
    if outcome is None:
        return None
    relation, gap = outcome
    if relation == "conflict":
        message = f"The dates differ: {_says(a)}, {_says(b)}."
        if gap == 1:
            message += (" They are one day apart, which may be a time-zone difference between the places the"
                        " reports were written from, but the sources still disagree.")
        elif gap:
            message += f" They are {gap} days apart."
        return Comparison("conflict", message, code="value")
    if relation == "agree":
        return Comparison("agree", f"Both give the same date: {_says(a)}, {_says(b)}.")
    return Comparison("compatible", f"The dates are compatible at different precision: {_says(a)}, {_says(b)}.")
