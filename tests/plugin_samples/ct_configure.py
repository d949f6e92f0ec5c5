"""Records every claimtrack_configure call, and says so on stderr."""

import sys

import claimtrack

CALLS: list[object] = []


@claimtrack.hookimpl
def claimtrack_configure(config):
    CALLS.append(config)
    print(f"ct_configure: configured {config.options.command}", file=sys.stderr)
