"""An extra extractor: a vote tally written "7-2" becomes a count claim of the votes in favour."""

from __future__ import annotations

import re

import claimtrack
from claimtrack import Claim, Quantity

TALLY = re.compile(r"\b(\d{1,3})-(\d{1,3})\b")
UNIT = "votes in favour"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right = text.find(". ", end)
    return left, (right + 1 if right != -1 else len(text))


@claimtrack.hookimpl
def claimtrack_extract_claims(source, claims):
    out = []
    for m in TALLY.finditer(source.text):
        if any(c.start < m.end() and m.start() < c.end for c in claims):
            continue  # the built-in extractor already has these words
        out.append(Claim(id="", source=source.id, start=m.start(), end=m.end(), text=m.group(0), kind="count",
                         value=Quantity(int(m[1]), UNIT), sentence=_sentence(source.text, m.start(), m.end())))
    return out
