"""Span helpers the finders share: trimming a span, the end of a paragraph, the sentence of a position,
whether a span may hold a figure or a date, and the regexes compiled once for them.
"""

from __future__ import annotations

import bisect
import re

from ..numbers import FRACTIONS, SCALES, TENS, UNITS
from .cues import _DOC_NOUNS

# a figure or a date in a stance's clause is not the subject's to vouch for
_DATED = re.compile(r"\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                    r"Aug|Sept?|Oct|Nov|Dec)\b")
# what every match of _DATED starts with, found at C speed
_DATED_HINT = re.compile(r"[0-9]|[JFMASONDTW][a-z]{2,8}\b")


def _dated(text: str, a: int, b: int) -> bool:
    """Whether a figure or a date may stand in ``text[a:b]``."""
    return any(_DATED.match(text, m.start(), b) for m in _DATED_HINT.finditer(text, a, b))


_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(FRACTIONS) | {"halves", "thirds"}


def _counted(text: str, a: int, b: int) -> bool:
    """Whether a figure or a date may stand in ``text[a:b]``, a number word ("two weeks", "a dozen") included."""
    return _dated(text, a, b) or not _NUMBER_WORDS.isdisjoint(_WORDS.findall(text[a:b].lower()))


# regexes the helpers use (compiled once)
_NP_TOKEN_BEFORE = re.compile(r"[^\s,;:“”\"()]+(?:\s*\([^)]*\))?")
_NP_TOKEN_AFTER = re.compile(r"[^\s,;:“”\"]+(?:\s*\([^)]*\))?")
_POSSESSIVE = re.compile(r"[’']s$")
_SPACES = re.compile(r"\s*")
_PUNCT_END = re.compile(r"[,;:.]$")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_DOC_NOUN_TAIL = re.compile(rf"\s+{_DOC_NOUNS}(?:\s.*)?$")
_DOC_NOUN_END = re.compile(rf"\s+{_DOC_NOUNS}$")
_LEAD_PUNCT = re.compile(r"[\s,.;:—–-]*")
_QUOTE_MARK = re.compile(r"[“”\"]|''")
_STOP_PUNCT = re.compile(r"[.;:!?]")
_WORDS = re.compile(r"\w+")
_SPACE_DOTS = re.compile(r"[\s.]*")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def _para_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _sentence_lookup(sentences: list[tuple[int, int]]):
    starts = [s for s, _ in sentences]

    def find(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1] + 1:
            return i
        return i if i >= 0 else None

    return find
