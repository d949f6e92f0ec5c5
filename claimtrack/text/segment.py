"""Sentence splitting for news text, as offsets into the original string.

News text defeats naive splitters: "U.S.", "Oct.", "Calif.", "Rep. Carlos Gimenez (R-Fla.)",
"Antony J. Blinken", captions and bylines with no final period, and quotes that close after
the period. The rules here are deliberately few: a sentence ends at . ! ? (plus any closing
quotes/brackets) followed by whitespace and a plausible sentence start, unless the word before
the period is a known abbreviation or an initial; and a line break ends a sentence unless the
line was visibly wrapped mid-sentence.
"""

from __future__ import annotations

import re

# Abbreviations that end with a period but rarely end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col maj sgt capt cmdr adm st jr sr rev hon pres supt insp det
    atty amb no nos vol fig inc corp co ltd llc bros dept univ assn est approx vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# Dotted acronyms like U.S. / U.N. / D.C. end sentences only before a clearly new sentence.
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_CLOSERS = "\"'”’)]»"
_OPENERS = frozenset("(\"“‘'")  # the marks that open a word (``_word_before``)
# a run of stops and its closers; spelled with one stop first, so that a search skips to the next stop in C
# (a pattern that opens on a repeat is tried at every character)
_END = re.compile(r"[.!?][.!?]*[" + re.escape(_CLOSERS) + r"]*")
_END_CHARS = frozenset(".!?" + _CLOSERS)  # the characters that can go on a stop's match
_LETTERS = re.compile(r"[A-Za-z]+")
_STARTERS = frozenset("The A An In On At But And He She It They We I This That These Those".split())
# white space that may follow a full stop within a line: a no-break space too ("said.\u00a0The")
_GAP = " \t\u00a0\u2009\u202f"


def _word_before(text: str, end: int) -> str:
    """The word that ends at ``end``: back to white space or an opening mark. Most words follow a
    space closely: then ``rfind`` finds it (stepping back a character at a time costs more)."""
    lo = end - 64 if end > 64 else 0
    start = text.rfind(" ", lo, end) + 1
    if start or not lo:
        word = text[start:end]
        if word.isprintable() and _OPENERS.isdisjoint(word):  # (no white space but " " is printable)
            return word
    i = end
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in _OPENERS:
        i -= 1
    return text[i:end]


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Whether the punctuation at ``dot`` (closers up to ``after``) ends a sentence."""
    n = len(text)
    j = after
    while j < n and text[j] in _GAP:
        j += 1
    if j >= n or text[j] == "\n":
        return True
    if j == after:  # no space after: "U.S.-China", "3.5", "e.g.x", "Amazon.com", but "said.The"
        return _run_together(text, dot, after)
    nxt = text[j]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'([—-"):
        return False
    if text[dot] != ".":
        return True
    word = _word_before(text, dot + 1)
    bare = word.rstrip(".").lower()
    if len(bare) == 1 and bare.isalpha():  # an initial: "Antony J. Blinken"
        return False
    if bare in ABBREVIATIONS:
        return False
    if word.count(".") > 1 and _ACRONYM.search(word):  # (an acronym has two stops at least: no regex call before)
        # "in the U.S. The next day" ends; "U.S. Secretary" does not.
        m = _LETTERS.match(text, j)
        return bool(m) and m.group(0) in _STARTERS
    return True


def _run_together(text: str, dot: int, after: int) -> bool:
    """Whether two sentences run together with no space ("he said.Then", "over.”The"), as scraped pages
    often have: a lower-case word before the stop and a capitalised word right after it. Domains
    ("Amazon.com"), decimals, acronyms ("U.S.Army") and abbreviations ("Inc.The") have other letters."""
    word = _word_before(text, dot)
    return (len(word) >= 2 and word.isalpha() and word.islower() and word.lower() not in ABBREVIATIONS
            and after + 1 < len(text) and text[after].isupper() and text[after + 1].islower())


def _line_is_wrapped(text: str, nl: int) -> bool:
    """A newline inside a sentence: the line ends mid-phrase and the next starts in lower case."""
    k = nl - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in ".!?:;\"”’)":
        return False
    j = nl + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and (text[j].islower() or text[j] in ",;")


def _stops(text: str) -> list[tuple[int, int]]:
    """The spans of ``_END.finditer(text)``, tried only at the stops ``str.find`` finds (a regex search
    tests every character): every match opens on a stop, and the first stop past the last match opens
    the next. A stop that no stop or closer follows is a match alone, without a regex call."""
    cands: list[int] = []
    find = text.find
    for ch in ".!?":
        i = find(ch)
        while i != -1:
            cands.append(i)
            i = find(ch, i + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for c in sorted(cands):
        if c >= end:
            end = _END.match(text, c).end() if text[c + 1:c + 2] in _END_CHARS else c + 1
            out.append((c, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` covering every non-blank part of ``text``, stripped."""
    cuts: list[int] = []
    for start, end in _stops(text):
        if _is_boundary(text, start, end):
            cuts.append(end)
    i = text.find("\n")
    while i != -1:
        if not _line_is_wrapped(text, i):
            cuts.append(i)
        i = text.find("\n", i + 1)
    cuts = sorted(set(cuts))
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = cut
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: in news text, one paragraph per line."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
