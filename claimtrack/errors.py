"""Errors a user can act on. The CLI prints ``str(error)`` on one line and exits 2."""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base class: anything raised as this is reported without a traceback."""


class LoadError(ClaimtrackError):
    """A file could not be read as a source: it names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
