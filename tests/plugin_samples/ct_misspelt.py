"""A plugin with a misspelt hook name: claimtrack must refuse it rather than ignore it silently."""

import claimtrack
from claimtrack import Comparison


@claimtrack.hookimpl
def claimtrack_compair(a, b):
    return Comparison("agree", "never called")
