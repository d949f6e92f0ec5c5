"""The cue patterns (cue verbs, indirect cues and stances, "according to") and ``_Context``, which
looks them up in one text by window (see ``_scan``) instead of scanning every sentence.
"""

from __future__ import annotations

import bisect
import re

from .._scan import Gate, TextScan, WindowScanner, is_word_char, letter_tree
from .cues import (
    _AIM_VERBS,
    _ATTITUDE_OPENING,
    _ATTITUDES,
    _BARE_STANCES,
    _CUE,
    _DOC_NOUNS,
    _HELD_NOUNS,
    _HELD_OPENING,
    _NOUN_LEAD,
    _NOUN_OPENING,
    _PREPOSITIONAL,
    _PROGRESSIVE_ONLY,
    _STANCE_ONLY,
    _STANCE_WORDS,
    ALL_INDIRECT,
    CUE_VERBS,
    HEARSAY_ADVERBS,
    NOUN_CUES,
    PASSIVE_REPORTS,
    SEEM_VERBS,
    STANCE_VERBS,
)

_ACCORDING = re.compile(
    rf"\b(?P<cue>(?i:according to|per|citing|in))\s+(?P<det>(?:a|an|the)\s+)?"
    rf"(?P<doc>{_DOC_NOUNS}\s+(?:from|by|of)\s+)?(?P<np>[^,.;:“”\"()\n]{{1,90}})",
)


_CUE_RE = re.compile(rf"\b(?P<cue>{_CUE})\b")
_REV_WORD_RUN = re.compile(r"[\s\w'’]*")  # apostrophes too: "doesn’t"


class _Context:
    """What ``find_statements`` looks up many times in one text: the cue verbs and "according to"
    cues by window (see ``_scan``), and runs of words and white space."""

    def __init__(self, text: str, scan: TextScan | None = None) -> None:
        if scan is None or scan.text is not text:
            scan = TextScan(text)
        self.text = text
        self._rev = text[::-1]
        # a cue verb in a window starts at a whole cue word, or is the start of a word the window cuts
        self.cues = WindowScanner(_CUE_RE, _CUE_GATE, scan, cut=True)
        # an "according to" cue is followed by white space inside the window: a whole word
        self.according = WindowScanner(_ACCORDING, _ACCORDING_GATE, scan)
        # the cues but "in", and the document nouns: what an "in" cue after a sentence's start needs to frame it
        self._rare_according = WindowScanner(_ACCORDING, _RARE_ACCORDING_GATE, scan)
        self._doc_nouns = WindowScanner(_ACCORDING, _DOC_NOUN_GATE, scan)
        self.icues = WindowScanner(_ICUE_RE, _ICUE_GATE, scan, cut=True)

    @staticmethod
    def none_in(scanner: WindowScanner, lo: int, hi: int) -> bool:
        """Whether ``scanner`` surely finds nothing in ``text[lo:hi]``: no gate hit inside, and no word cut
        by ``hi`` that it would read (a cheap test before a sentence's scan)."""
        hits = scanner.hits
        if hits is None:
            return False
        i = bisect.bisect_left(hits, lo)
        if i < len(hits) and hits[i] < hi:
            return False
        text = scanner.text
        return not (0 < hi < len(text) and is_word_char(text[hi - 1]) and is_word_char(text[hi]))

    @staticmethod
    def only_at(scanner: WindowScanner, lo: int, hi: int, starts: set[int]) -> bool:
        """Whether every gate hit of ``scanner`` in ``text[lo:hi]`` is one of ``starts`` (a window that
        does not cut a word)."""
        hits = scanner.hits
        if hits is None:
            return False
        return all(h in starts for h in hits[bisect.bisect_left(hits, lo):bisect.bisect_left(hits, hi)])

    def no_according_frame(self, s: int, e: int) -> bool:
        """Whether the sentence ``text[s:e]`` surely has no "according to" frame: no cue at all, or only "in"
        after its first few characters and no document noun. Such an "in" frames nothing ("In a poll
        by X, ..." opens its sentence; "in a statement from X" has the noun), so its match is never built.
        (Exact: the gates find every whole cue word and every document noun the pattern may match.)"""
        scanner = self.according
        if self.none_in(scanner, s, e):
            return True
        hits = scanner.hits
        if hits is None or bisect.bisect_left(hits, s) < bisect.bisect_left(hits, s + _OPENING_CHARS):
            return False  # a cue opens the sentence
        return self.none_in(self._rare_according, s, e) and self.none_in(self._doc_nouns, s, e)

    def word_run_start(self, limit: int, pos: int) -> int:
        """The start of the run of word characters, apostrophes and white space that ends at ``pos``, or ``limit``
        when the run reaches back beyond it."""
        n = len(self.text)
        if not 0 <= limit <= pos <= n:
            return limit
        r = n - pos
        return max(limit, pos - (_REV_WORD_RUN.match(self._rev, r).end() - r))


_CUE_GATE = Gate(CUE_VERBS, word_start=True, whole=True)
# The stance words are tested in the pattern as far as it can, so that most of them never reach Python:
# a noun needs the word that opens its content, a verb of talking its preposition, and no stance verb
# follows an article, a possessive or a preposition ("the call", "his attacks", "of talks").
# one lookbehind per word length (a lookbehind's width is fixed), not one per word: the regex engine
# tries them at every candidate cue
# "to" lets a stance verb through: an infinitive ("continued to question the deal") whose governing verb
# ``_cue_statements`` checks (not "a plan to back", whose word before the cue can end no subject)
_STANCE_LEAD = _NOUN_LEAD - {"to"}
_NOT_AFTER = "".join(rf"(?<!\b(?:{'|'.join(sorted(w for w in _STANCE_LEAD if len(w) == k))})\s)"
                     for k in sorted({len(w) for w in _STANCE_LEAD}))
_SEEM_TO_SAY = re.compile(rf"\s+to\s+(?:{letter_tree(ALL_INDIRECT | STANCE_VERBS)})\b")
_HOMOGRAPHS = NOUN_CUES & _STANCE_ONLY  # "support", "attacks": a noun after "the", else a verb
# the object after a bare stance verb: a determiner, a name, an -ing clause or a pronoun ("support the ban")
_BARE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|this|these|those|him|them|it|us|more|less|no|some|"
                          r"any|all|both|each|either)\b|[A-Z]|[a-z]+ing\b)")
_ICUE_RE = re.compile(
    r"\b(?P<cue>"
    rf"(?:{letter_tree(ALL_INDIRECT)})\b"
    rf"|(?:{letter_tree(NOUN_CUES - STANCE_VERBS - ALL_INDIRECT)})\b(?={_NOUN_OPENING.pattern})"
    rf"|(?:{letter_tree(_HOMOGRAPHS)})\b(?={_NOUN_OPENING.pattern})"
    rf"|(?:{letter_tree(_HELD_NOUNS)})\b(?={_HELD_OPENING.pattern})"
    rf"|{_NOT_AFTER}(?:(?:{letter_tree(set(_PREPOSITIONAL) & _STANCE_WORDS)})\b(?=\s*(?:about|of|on|to|out|that)[\s,.;])"
    rf"|(?:{letter_tree(_STANCE_WORDS - set(_PREPOSITIONAL) - _BARE_STANCES)})\b"
    rf"|(?:{letter_tree(_BARE_STANCES)})\b(?={_BARE_OBJECT.pattern})"
    rf"|(?:{letter_tree(_AIM_VERBS)})\b(?=\s+to\s))"
    rf"|(?:{letter_tree(SEEM_VERBS)})\b(?=\s+(?!(?:on|at|in|before|with|alongside|together|onstage)\b))"
    rf"|(?:{letter_tree(HEARSAY_ADVERBS | PASSIVE_REPORTS - ALL_INDIRECT - STANCE_VERBS)})\b"
    rf"|(?:{letter_tree(_ATTITUDES)})(?={_ATTITUDE_OPENING.pattern})"
    r")")
_ICUE_GATE = Gate(sorted(ALL_INDIRECT | STANCE_VERBS | _PROGRESSIVE_ONLY | _BARE_STANCES | set(_ATTITUDES) | set(_HELD_NOUNS) | _AIM_VERBS | NOUN_CUES | SEEM_VERBS | HEARSAY_ADVERBS
                         | PASSIVE_REPORTS),
                  word_start=True, whole=True)
_ACCORDING_GATE = Gate(["according to", "per", "citing", "in"], lower=True, word_start=True, whole=True)
_RARE_ACCORDING_GATE = Gate(["according to", "per", "citing"], lower=True, word_start=True, whole=True)
# the document nouns of the alternation ``_DOC_NOUNS``, as the pattern matches them (case-sensitive, whole words)
_DOC_NOUN_GATE = Gate(_DOC_NOUNS.removeprefix("(?:").removesuffix(")").split("|"), word_start=True, whole=True)
# an "in" cue this close to a sentence's start may open it ("In a Gallup poll, ...": ``_according_frame``)
_OPENING_CHARS = 3
