"""Sees the finished cross-check result."""

import sys

import claimtrack

RESULTS: list[object] = []


@claimtrack.hookimpl
def claimtrack_report(result, config):
    RESULTS.append(result)
    print(f"ct_report: {len(result.conflicts)} conflict(s), {len(result.agreements)} agreement(s)", file=sys.stderr)
