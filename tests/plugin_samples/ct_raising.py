"""A broken checker: its claimtrack_compare raises on every pair. It runs first (tryfirst), so that the
built-in checkers after it must still be called."""

import claimtrack


@claimtrack.hookimpl(tryfirst=True)
def claimtrack_compare(a, b):
    raise ValueError("ct_raising cannot compare anything")
