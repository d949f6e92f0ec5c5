"""Clauses within a sentence, found by punctuation: what a date or figure is said together with.

A clause runs between the marks , ; : — ( ) of its sentence, but the commas inside a date ("Tuesday,
June 13, 2023") separate nothing, and a relative clause ("..., who won on Sunday, ...") reaches back to
the clause it hangs on.
"""

from __future__ import annotations

import bisect
import re

# a comma inside a date ("Tuesday, June 13, 2023", "June 19, 2023") or a number ("30,000") separates
# no clauses
_NO_CLAUSE_COMMA = re.compile(r",(?:(?<=\d,)\s\d{4}\b|(?<=day,)\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                              r"|(?<=\d,)\d{3}(?!\d))")
_RELATIVE = re.compile(r"\s*(?:which|who|that|where|when)\b")


class ClauseMarks:
    """Offsets of the clause marks , ; : — ( ) of one text, for ``clause_of`` without rescanning.

    The marks are found with ``str.find`` (a regex search would try every character); only a comma
    needs a regex, to tell the commas of dates and numbers apart."""

    def __init__(self, text: str) -> None:
        self.text = text
        openers = [i for i in _positions(text, ",") if not _date_or_number_comma(text, i)]
        openers += [i for i in _positions(text, ":") if not _time_colon(text, i)]
        for ch in ";—(":
            openers += _positions(text, ch)
        openers.sort()
        closers = _positions(text, ")")
        self.openers = openers  # , ; : — (
        self.all = sorted(openers + closers) if closers else openers

    @staticmethod
    def last_before(marks: list[int], lo: int, hi: int) -> int:
        """The last mark in [lo, hi), or -1 (as the largest ``text.rfind(c, lo, hi)``)."""
        i = bisect.bisect_left(marks, hi) - 1
        return marks[i] if i >= 0 and marks[i] >= lo else -1


def _date_or_number_comma(text: str, i: int) -> bool:
    """Whether the comma at ``i`` is one of a date or a number; the regex only after a digit or
    "day" (most commas follow a word: a regex call costs more than these tests)."""
    return (text[i - 1].isdigit() or text.startswith("day", i - 3)) and _NO_CLAUSE_COMMA.match(text, i) is not None


def _time_colon(text: str, i: int) -> bool:
    """Whether the colon at ``i`` is that of a time of day or a race time ("3:30 p.m.", "14:30.19"),
    which separates no clauses."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _positions(text: str, ch: str) -> list[int]:
    """Every offset of the character ``ch`` in ``text``."""
    out = []
    find = text.find
    i = find(ch)
    while i != -1:
        out.append(i)
        i = find(ch, i + 1)
    return out


def clause_of(text: str, sent: tuple[int, int], start: int, end: int,
            marks: ClauseMarks | None = None) -> tuple[int, int]:
    """The clause around a claim: bounded by , ; : — ( ) within its sentence (not by the commas of a
    date: "June 19, 2023")."""
    s, e = sent
    if marks is None or marks.text is not text:
        marks = ClauseMarks(text)
    left = marks.last_before(marks.all, s, start)
    i = bisect.bisect_left(marks.all, end)
    right = marks.all[i] if i < len(marks.all) and marks.all[i] < e else -1
    cs = left + 1 if left >= s else s
    ce = right if right != -1 else e
    if cs > s and text[cs:ce].lstrip()[:1] in "wt" and _RELATIVE.match(text, cs, max(cs, ce)):
        prev = marks.last_before(marks.openers, s, cs - 1)
        cs = prev + 1 if prev >= s else s
    return cs, ce
