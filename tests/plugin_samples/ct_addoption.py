"""Adds ``--my-flag`` to every subcommand and records what it saw."""

import claimtrack

#: the ``prog`` of every parser claimtrack_addoption was called with
PARSERS: list[str] = []
#: the value of ``my_flag`` after parsing, one entry per run
SEEN: list[object] = []


@claimtrack.hookimpl
def claimtrack_addoption(parser):
    PARSERS.append(parser.prog)
    parser.add_argument("--my-flag", action="store_true", help="a flag added by ct_addoption")


@claimtrack.hookimpl
def claimtrack_configure(config):
    SEEN.append(config.getoption("my_flag"))
