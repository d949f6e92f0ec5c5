"""A newsroom's own date checker: two dates one day apart are a time-zone difference, not a conflict.

Used by tests/test_plugins.py through ``-p ct_sample_checker`` and ``--plugin .../ct_sample_checker.py``.
"""

from __future__ import annotations

import claimtrack
from claimtrack import Comparison
from claimtrack.model import TimeValue
from claimtrack.values import compare_dates, date_meaning

MESSAGE = "ct_sample_checker: the dates are one day apart, which this newsroom reads as a time-zone difference."


@claimtrack.hookimpl(tryfirst=True)
def claimtrack_compare(a, b):
    if a.kind != "date" or b.kind != "date":
        return None
    if not (isinstance(a.value, TimeValue) and isinstance(b.value, TimeValue)):
        return None
    ma, mb = date_meaning(a.value), date_meaning(b.value)
    if ma is None or mb is None:
        return None
    outcome = compare_dates(ma, mb)
    if outcome == ("conflict", 1):
        return Comparison("compatible", MESSAGE)
    return None  # anything else: the built-in dates checker decides
