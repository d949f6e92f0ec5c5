"""Quoted fragments: ``find_fragments`` pairs opening and closing quotation marks, straight, curly,
guillemets and doubled apostrophes, within a paragraph.
"""

from __future__ import annotations

import re

from .records import Fragment
from .spans import _para_end

OPEN_CLOSE = {"“": "”", "\"": "\"", "«": "»", "„": "“", "''": "''"}
# two apostrophes stand for a double quote mark in some wire and archive texts
_MIXED_CLOSE = {"“": "\"", "\"": "”"}
_OPENER_MARK = re.compile("[" + "".join(k for k in OPEN_CLOSE if len(k) == 1) + "]")


def find_fragments(text: str) -> list[Fragment]:
    """Quoted spans, paragraph by paragraph. An unclosed quote runs to the end of its paragraph."""
    frags: list[Fragment] = []
    # every place a quote may open, found with str.find (a regex search tests every character): a quote
    # mark, or two apostrophes
    cands: list[int] = []
    for mark in (*OPEN_CLOSE, "”"):
        k = text.find(mark)
        while k != -1:
            cands.append(k)
            k = text.find(mark, k + 1)
    cands.sort()
    i = 0
    ps = pe = -1  # the paragraph of the last candidate
    for p in cands:
        if p < i:
            continue
        if p >= pe:
            ps = text.rfind("\n", 0, p) + 1
            pe = _para_end(text, p)
        ch = "''" if text.startswith("''", p) and p + 2 <= pe else text[p]
        if ch == "'":
            continue
        w = len(ch)
        if ch == "”":
            if _closer_opens(text, p, ps) and (j := text.find("”", p + 1, pe)) != -1:
                frags.append(Fragment(p, j + 1, p + 1, j))  # `”What we saw ...” ― Ana Ruiz`
                i = j + 1
            continue
        if ch in OPEN_CLOSE and (ch not in ('"', "''") or _opens_straight(text, p, ps)):
            close = OPEN_CLOSE[ch]
            j = text.find(close, p + w, pe)
            if ch == "“" and j != -1:
                j = _early_close(text, p + w, j)
            elif ch == "''" and j != -1 and text.startswith("'", j + 2):
                j += 1  # `'old-school,'''`: the first apostrophe closes a quote inside the quote
            if j == -1 and ch in _MIXED_CLOSE:
                # a curly quote closed by a straight one or the reverse ("“Yes," she said)
                j = text.find(_MIXED_CLOSE[ch], p + w, pe)
            if j == -1 and ch == "“":
                j = _closing_opener(text, p + w, pe)
            end = j + w if j != -1 else pe
            inner_end = j if j != -1 else pe
            if inner_end - (p + w) >= 1 and text[p + w:inner_end].strip():
                frags.append(Fragment(p, end, p + w, inner_end))
            i = end
        else:
            i = p + 1
    return frags


def _early_close(text: str, i: int, j: int) -> int:
    """Where a curly quote opened before ``i`` closes when a closing ``”`` is at ``j``: earlier, at a straight
    mark or an opening mark typed as its closing one (`“Yes," she said. "No.”`, `“Yes,“ said Ana. “No.”`);
    a straight mark after a space opens a quote inside it (`“He said "no" twice.”`)."""
    k = text.find('"', i, j)
    if k != -1 and not text[k - 1].isspace() and not text[k + 1].isalnum():
        j = k
    k = _closing_opener(text, i, j)
    return k if k != -1 else j


def _closing_opener(text: str, i: int, end: int) -> int:
    """An opening mark typed where the closing one belongs (`here,“ said Ana`): one that follows a word or
    punctuation and comes before white space or punctuation; -1 when there is none."""
    j = text.find("“", i, end)
    while j != -1:
        if not text[j - 1].isspace() and (j + 1 >= end or not text[j + 1].isalnum()):
            return j
        j = text.find("“", j + 1, end)
    return -1


# what a closing mark typed as an opening one stands after, and what its quote may open on (`” … he said`)
_BEFORE_OPENER = frozenset(" \t\xa0(—―–")
_ELLIPSIS_OPENING = (" …", "…", " ...", "...")


def _closer_opens(text: str, i: int, para_start: int) -> bool:
    """Whether a closing mark ``”`` at ``i`` that closes no quote opens one (typed for `“`, as in some
    scraped texts): it opens its paragraph or follows white space, and a word or an ellipsis follows it
    (`” he said` after a space closes a quote)."""
    return (i == para_start or text[i - 1] in _BEFORE_OPENER) and (
        text[i + 1:i + 2].isalnum() or text.startswith(_ELLIPSIS_OPENING, i + 1))


def _opens_straight(text: str, i: int, para_start: int) -> bool:
    """Whether a straight quote mark at ``i`` can open a quote: not inside a word, and not a markup
    attribute's value (``author="@ana"``)."""
    return i == para_start or not (text[i - 1].isalnum() or text[i - 1] == "=")
