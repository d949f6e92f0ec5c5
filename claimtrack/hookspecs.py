"""Every hook a claimtrack plugin can implement, in the order claimtrack calls them.

A plugin is a module (or object) with functions named after these hooks, marked with
``@claimtrack.hookimpl``. Arguments are passed by name, so an implementation may accept any
subset of a hook's arguments. claimtrack calls each plugin's implementation separately: a plugin
that raises is reported with its name and the hook, and the other plugins' results are kept
(``--strict`` makes that fatal). Hook wrappers are not supported for the same reason.

"First result wins" hooks stop at the first implementation that returns something other than
``None``; implementations run newest-registered first, ``tryfirst``/``trylast`` reorder them, and
claimtrack's own defaults are registered ``trylast`` so that any plugin can override them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import argparse

    from .conflicts import CrosscheckResult
    from .model import Claim, Comparison, Source
    from .plugins import Config

hookspec = pluggy.HookspecMarker("claimtrack")


@hookspec
def claimtrack_addoption(parser: argparse.ArgumentParser) -> None:
    """Add command-line options.

    Called once at start-up, before the command line is parsed, for every subcommand's parser
    (``parser.prog`` tells which: "claimtrack extract", "claimtrack crosscheck", ...). Plugins
    loaded by ``-p``/``--plugin`` are registered before this call, so they can add options too.
    Returns nothing.
    """


@hookspec
def claimtrack_configure(config: Config) -> None:
    """React to the parsed options before any work starts.

    ``config.options`` is the ``argparse.Namespace``; ``config.plugins`` the plugin manager.
    Called once per run. Returns nothing.
    """


@hookspec(firstresult=True)
def claimtrack_load_source(path: str, published: Any, config: Config) -> Source | None:
    """Read the file at ``path`` into a :class:`~claimtrack.model.Source`.

    Called once per input file. ``published`` is the ``--published`` value (a string, or None).
    Return None to leave the file to the next loader; the built-in loaders (.txt, .md, .docx,
    .html) run last. First result wins. Raise :class:`claimtrack.errors.LoadError` for a file the
    plugin recognises but cannot read.
    """


@hookspec
def claimtrack_extract_claims(source: Source, claims: list[Claim]) -> list[Claim] | None:
    """Add claims to a source: an extra extractor.

    Called once per source after the built-in extractor has run; ``claims`` is what it found
    (read-only). Return a list of new :class:`~claimtrack.model.Claim` objects (their ``id`` may be
    left empty: claimtrack numbers them) or None. All results are kept.
    """


@hookspec(firstresult=True)
def claimtrack_same_fact(a: Claim, b: Claim, config: Config) -> bool | None:
    """Decide whether two claims from different sources speak of the same fact.

    Called for each candidate pair that the blocking index puts together (same kind family and a
    shared participant). Return True or False to decide, None to leave it to the next plugin; the
    built-in rule (same event, compatible participants and time) runs last. First result wins.
    """


@hookspec(firstresult=True)
def claimtrack_compare(a: Claim, b: Claim, config: Config) -> Comparison | None:
    """Compare the values of two claims already judged to be the same fact.

    Called once for each same-fact pair, in cross-checking and in memo checking (where ``a`` is the
    memo's claim). Return a :class:`~claimtrack.model.Comparison` whose ``relation`` is "agree", "compatible"
    (a weaker agreement, such as "more than seven hours" against "seven hours"), "conflict" or
    "update" (a figure that changed between reports), with a one-sentence ``message``; return None
    when the claim kinds are not yours. First result wins. The built-in checkers are the plugins
    ``dates``, ``figures`` and ``quotes``.
    """


@hookspec
def claimtrack_report(result: CrosscheckResult, config: Config) -> None:
    """See the finished result of a command, to write another output or notify someone.

    Called once at the end of ``claimtrack crosscheck`` with the
    :class:`~claimtrack.conflicts.CrosscheckResult`, and at the end of ``claimtrack check`` with the
    memo report. Returns nothing.
    """


@hookspec
def claimtrack_annotate(memo_path: str, report: Any, output_path: str | None, config: Config) -> list[str] | None:
    """Write an annotated copy of a checked memo.

    Called once at the end of ``claimtrack check`` with the memo's path, the memo report (findings
    with verdicts and evidence) and the ``-o`` path (None when none was asked for). Return the paths
    written, or None when the memo's format is not yours. All results are kept.
    """
