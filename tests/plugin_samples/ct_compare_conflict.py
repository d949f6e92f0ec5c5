"""A checker that disputes every pair of durations, ahead of the built-in figures checker."""

import claimtrack
from claimtrack import Comparison

MESSAGE = "ct_compare_conflict: this newsroom disputes every duration."


@claimtrack.hookimpl(tryfirst=True)
def claimtrack_compare(a, b, config):
    if a.kind == b.kind == "duration":
        return Comparison("conflict", MESSAGE)
    return None
