"""A same-fact rule that decides nothing is the same fact: there is nothing left to compare."""

import claimtrack

CALLS: list[tuple[str, str]] = []


@claimtrack.hookimpl
def claimtrack_same_fact(a, b, config):
    CALLS.append((a.id, b.id))
    return False
