"""Exact ``finditer`` at a fraction of the cost: try a pattern only where it can start.

Most recognisers are long alternations ("about|around|approximately|...", "one|two|...") that
Python's regex engine tries at every position of the text, although almost every match contains
some rare word: a month name, a duration unit, "percent", a currency word, a digit. A ``Gate``
finds those anchor words cheaply (whole words come from one shared index of the text's words,
other literals and the starts of digit runs from ``str.find``, the rest from a regex the engine can
skip through at C speed). A ``GatedPattern`` then
walks backwards from each anchor over the tokens that may stand before it inside a match
(modifier words, number words, digits, white space, a few punctuation marks) and calls
``pattern.match`` only at those token starts. Emulating ``finditer`` over the sorted candidates
(leftmost match first, the next search starting where the last match ended) gives exactly the
matches of ``pattern.finditer(text)``, provided that

* every match contains a gate hit with only *allowed* tokens between the match start and it;
  the allowed words are all words written in the pattern or in a ``letter_tree`` in it (and their
  prefixes, for ``secs?``), any token with a digit, white space, and the punctuation the pattern spells out; and
* the pattern cannot match the empty string (checked at construction).

A ``WindowScanner`` does the same for ``pattern.finditer(text, lo, hi)`` over many windows.

Case-insensitive gates run on ``text.lower()``. That is exact only when lower-casing keeps
every offset and no character of the text matches an ASCII letter case-insensitively without
lower-casing to it (the Kelvin sign, dotless i, long s, ...): for any other text, a
case-insensitive pattern (or one with a lower-cased gate) runs the plain ``finditer``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import compress, repeat
from operator import is_not

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER_RES = [re.compile(c, re.IGNORECASE) for c in _ASCII_LETTERS]
_ASCII_BYTES = bytes(range(128))
_unsafe_chars: dict[str, bool] = {}


def _unsafe(ch: str) -> bool:
    """Whether ``ch`` (non-ASCII) breaks the lower-cased gates: it lower-cases to something other
    than one non-ASCII character of the same word/non-word class, or a case-insensitive ASCII
    letter matches it."""
    bad = _unsafe_chars.get(ch)
    if bad is None:
        low = ch.lower()
        bad = (len(low) != 1 or low.isascii() or low.isalnum() != ch.isalnum()
               or any(r.match(ch) for r in _LETTER_RES))
        _unsafe_chars[ch] = bad
    return bad


class TextScan:
    """One text with what the gates share: its lower-cased copy (when exact), the gate hits, and
    the tokens met walking backwards from them."""

    __slots__ = ("text", "low", "hits", "_rev", "_steps", "_words", "_vocab_size", "_digit_runs", "_non_ascii",
                 "_firsts")

    def __init__(self, text: str) -> None:
        self.text = text
        low: str | None = None
        # the non-ASCII characters: what is left of the UTF-8 bytes once the ASCII ones are deleted (in C)
        self._non_ascii: set[str] = set() if text.isascii() else set(
            text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        if not self._non_ascii:
            low = text.lower()
        else:
            candidate = text.lower()
            if len(candidate) == len(text) and not any(_unsafe(ch) for ch in self._non_ascii):
                low = candidate
        self.low = low  # None: case-insensitive gates are not exact for this text
        self.hits: dict[int, list[int]] = {}
        self._rev: str | None = None
        self._steps: dict[int, tuple[int, str | None]] = {}
        self._words: dict[str, list[int]] | None = None
        self._vocab_size = 0
        self._digit_runs: list[int] | None = None
        self._firsts: tuple[dict[str, list[int]], dict[Gate, list[str]]] | None = None

    def words(self) -> dict[str, list[int]]:
        """Start offsets of the gates' words in the lower-cased text (only when ``low`` is set)."""
        got = self._words
        if got is None or self._vocab_size != len(_VOCAB):
            assert self.low is not None
            if any(ch.isalnum() for ch in self._non_ascii):
                got = {}
                vocab = _VOCAB
                for m in _WORD.finditer(self.low):
                    w = m.group()
                    if w in vocab:
                        if w in got:
                            got[w].append(m.start())
                        else:
                            got[w] = [m.start()]
            else:
                got = _ascii_word_positions(self.low)
            self._words = got
            self._vocab_size = len(_VOCAB)
        return got

    def firsts(self, gate: Gate) -> list[str]:
        """The first words of ``gate`` that ``words`` found: sorted out for every gate in one pass over
        the text's words, cheaper than intersecting each gate's words with them."""
        index = self.words()
        if self._firsts is None or self._firsts[0] is not index:
            by_gate: dict[Gate, list[str]] = {}
            for w in index:
                for g in _GATES_OF[w]:
                    if g in by_gate:
                        by_gate[g].append(w)
                    else:
                        by_gate[g] = [w]
            self._firsts = (index, by_gate)
        return self._firsts[1].get(gate, [])

    def digit_runs(self) -> list[int]:
        """Where each run of digits starts: the matches of ``\\d+``, found with ``str.find`` (one pass
        per ASCII digit) unless the text has other decimal digits ("٣")."""
        got = self._digit_runs
        if got is None:
            text = self.text
            if any(ch.isdecimal() for ch in self._non_ascii):
                got = [m.start() for m in _DIGIT_RUN.finditer(text)]
            else:
                got = []
                find = text.find
                for d in "0123456789":
                    i = find(d)
                    while i != -1:
                        if i == 0 or not text[i - 1].isdecimal():
                            got.append(i)
                        i = find(d, i + 1)
                got.sort()
            self._digit_runs = got
        return got

    def step(self, x: int) -> tuple[int, str | None]:
        """The token that ends at ``x`` (x > 0): (its start, key). The key is None for whitespace and
        for a word with a digit (always allowed), else the word lower-cased or the one character."""
        got = self._steps.get(x)
        if got is not None:
            return got
        text = self.text
        ch = text[x - 1]
        if ch.isspace():
            key = None
            # most white space is one character: the token regex only for a longer run
            y = x - 1 if x == 1 or not text[x - 2].isspace() else self._token_start(x)
        elif ch.isalnum() or ch == "_":
            y = self._token_start(x)
            tok = text[y:x]
            key = tok.lower() if tok.isalpha() or not any(c.isdigit() for c in tok) else None
        else:
            y, key = x - 1, ch
        got = self._steps[x] = (y, key)
        return got

    def _token_start(self, x: int) -> int:
        """Where the run of white space or word characters that ends at ``x`` starts. Most words
        follow a space closely: then no regex call (it costs more than ``rfind`` and ``isalnum``)."""
        text = self.text
        lo = x - _WORD_REACH if x > _WORD_REACH else 0
        y = text.rfind(" ", lo, x) + 1
        if (y or not lo) and y < x and text[y:x].isalnum():
            return y
        if self._rev is None:
            self._rev = self.text[::-1]
        at = len(self.text) - x
        return x - (_REV_TOKEN.match(self._rev, at).end() - at)


_WORD_REACH = 40  # how far back _token_start looks for the space before a word
# one token of the reversed text: a whitespace run, a word (\w run) or any other single character
_REV_TOKEN = re.compile(r"\s+|\w+|.", re.DOTALL)


_WORD = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")
# the first words of every whole-word gate: the only words TextScan.words records
_VOCAB: set[str] = set()
# each of those words -> the gates that have it
_GATES_OF: dict[str, list[Gate]] = {}
# ASCII bytes: word characters (what \w matches) kept, every other byte a space
_WORD_BYTES = bytes(i if chr(i).isalnum() or i == ord("_") else 32 for i in range(128)) + b" " * 128
_ascii_vocab: dict[bytes, tuple[str, bytes]] = {}  # ASCII words of _VOCAB -> (word, the word between spaces)
_ascii_vocab_of = [0]  # the size of _VOCAB when _ascii_vocab was built


def _ascii_word_positions(low: str) -> dict[str, list[int]]:
    """``TextScan.words`` for a text whose only word characters are ASCII, at C speed: with every
    other character a space (``\\w+`` runs are then the space-separated tokens), only the tokens in
    the vocabulary are looked for; each one's first whole occurrence after the last one found is
    it, as any whole occurrence in between would be a vocabulary token too."""
    if _ascii_vocab_of[0] != len(_VOCAB):
        _ascii_vocab.clear()
        _ascii_vocab.update((w.encode(), (w, f" {w} ".encode())) for w in _VOCAB if w.isascii())
        _ascii_vocab_of[0] = len(_VOCAB)
    vocab = _ascii_vocab
    # one byte per character ("?" for the non-ASCII ones, none a word character), padded with spaces
    data = b" " + low.encode("ascii", "replace").translate(_WORD_BYTES) + b" "
    tokens = data.split()
    find = data.find
    got: dict[str, list[int]] = {}
    pos = 0
    for tok in compress(tokens, map(vocab.__contains__, tokens)):
        w, spaced = vocab[tok]
        pos = find(spaced, pos)  # the space before the word: its offset in ``low``
        if w in got:
            got[w].append(pos)
        else:
            got[w] = [pos]
        pos += len(tok)
    return got


class Gate:
    """Positions where an anchor word may start. ``words`` are literal strings (matched against the
    lower-cased text when ``lower``), only at the start of a word with ``word_start`` and only as a
    whole word (nothing alphanumeric right after) with ``whole``; ``digits`` adds where each run of
    digits starts (the matches of ``\\d+``); ``regex`` is an extra raw pattern whose match starts
    are hits too, run on the original text. Its matches must not hide a hit: let it consume one
    character and look ahead for the rest. A gate ``within`` another keeps those of its hits where
    the regex ``shape`` matches.

    Whole words at word starts are looked up in the text's word index (one scan shared by all
    gates); other words, and digit runs, are found with ``str.find``, which skips through a text far
    faster than a regex alternation whose branches start with common letters.
    """

    def __init__(self, words: Iterable[str] = (), *, lower: bool = False, regex: str | None = None,
                 digits: bool = False, word_start: bool = False, whole: bool = False,
                 within: Gate | None = None, shape: str | None = None) -> None:
        self.within = within  # with ``shape``: the hits of ``within`` where ``shape`` matches
        self.shape = re.compile(shape) if shape else None
        self._shaped: list[Gate] = []  # the gates with a shape within this one
        self._together: tuple[int, re.Pattern] | None = None  # (len(_shaped), all their shapes in one regex)
        if within is not None and shape:
            _scoped(shape)  # (raises for a shape that cannot join the others)
            within._shaped.append(self)
        self.lower = lower
        self.word_start = word_start
        words = sorted(set(words))
        self._words = words
        self._whole = whole
        self._digits = digits
        self._regex = re.compile(regex) if regex else None
        self._regex_chars = _literal_first_chars(self._regex) if self._regex else None
        # word-index mode: (first word lower-cased, the whole word as written or None when it is one word)
        self._index: dict[str, list[str | None]] | None = None
        if words and whole and word_start and all(_WORD.match(w) for w in words):
            index: dict[str, list[str | None]] = {}
            for w in words:
                first = _WORD.match(w).group(0)
                exact = len(first) == len(w) and (lower or w == w.lower())
                index.setdefault(first.lower(), []).append(None if exact else w)
            self._index = index
            _VOCAB.update(index)
            for first in index:
                _GATES_OF.setdefault(first, []).append(self)

    def hits(self, scan: TextScan) -> list[int] | None:
        """Sorted hit positions, or None when this gate cannot run exactly on the text."""
        key = id(self)
        got = scan.hits.get(key)
        if got is not None:
            return got
        out: list[int] = []
        if self.within is not None:
            hits = self.within.hits(scan)
            if hits is None:
                return None
            self.within._shape_hits(scan, hits)
            return scan.hits[key]
        if self._index is not None and scan.low is not None:
            index = scan.words()
            low, text = scan.low, scan.text
            target = low if self.lower else text
            n = len(text)
            vocab = self._index
            for first in scan.firsts(self):  # ``out`` is sorted below
                positions = index[first]
                for w in vocab[first]:
                    if w is None:
                        out.extend(positions)
                        continue
                    k = len(w)
                    out.extend(p for p in positions if target.startswith(w, p)
                               and (p + k == n or not (low[p + k].isalnum() or low[p + k] == "_")))
        elif self._words:
            if self.lower and scan.low is None:
                return None
            out = _occurrences(scan.low if self.lower else scan.text, self._words, self._whole)
            if self.word_start:  # only hits that start a word (judged on the original text)
                text = scan.text
                out = [a for a in out if a == 0 or not (text[a - 1].isalnum() or text[a - 1] == "_")]
        if self._digits:
            out.extend(scan.digit_runs())
        if self._regex is not None:
            out.extend(_regex_starts(self._regex, self._regex_chars, scan.text))
        out = sorted(set(out))
        scan.hits[key] = out
        return out


    def _shape_hits(self, scan: TextScan, hits: list[int]) -> None:
        """The hits of every shaped gate within this one, stored in ``scan.hits``: one regex call per
        hit tells which shapes match there (each shape a lookahead that sets a group of its own),
        instead of one call per hit and shape."""
        shaped = self._shaped
        if self._together is None or self._together[0] != len(shaped):
            self._together = (len(shaped), re.compile("".join(f"(?:(?={_scoped(g.shape.pattern)})()|)" for g in shaped)))
        found = map(self._together[1].match, repeat(scan.text), hits)
        columns = list(zip(*map(re.Match.groups, found))) or [()] * len(shaped)  # per shape: "" where it matched
        for gate, column in zip(shaped, columns):
            scan.hits[id(gate)] = list(compress(hits, map(is_not, column, repeat(None))))


def _scoped(shape: str) -> str:
    """A shape to put inside a larger regex: a leading global case flag scoped to it ("(?i)x" ->
    "(?i:x)"); no other global flags, no groups of its own (the combined regex counts its groups)."""
    if shape.startswith("(?i)"):
        shape = f"(?i:{shape[4:]})"
    if re.compile(shape).groups or re.match(r"\(\?[a-zA-Z]+\)", shape):
        raise ValueError(f"a gate shape must have no groups and no global flag but (?i): {shape[:60]!r}")
    return shape


def _occurrences(target: str, words: list[str], whole: bool) -> list[int]:
    """Every start of every word in ``target`` (overlapping ones too), followed by no word character
    when ``whole``. ``str.find`` skips through the text far faster than a regex alternation whose
    branches start with common letters."""
    out: list[int] = []
    n = len(target)
    find = target.find
    for w in words:
        k = len(w)
        i = find(w)
        while i != -1:
            if not whole or i + k == n or not (target[i + k].isalnum() or target[i + k] == "_"):
                out.append(i)
            i = find(w, i + 1)
    return out


# every letter tree built, with its words: a gated pattern that contains a tree spells those words
_TREE_WORDS: dict[str, frozenset[str]] = {}


def letter_tree(words: Iterable[str], *, fold: bool = False) -> str:
    """An alternation of the literal ``words`` as a letter tree ("sa(?:id|ys?)"), matching what the
    alternation sorted longest first matches in any context: of the words that fit at a position
    (each a prefix of the next) the longer is still tried first, while the regex engine tries a few
    branches per letter instead of every word. For a case-insensitive pattern, give the words in
    lower case, and ``fold`` them for a pattern compiled case-insensitive only: each branch then
    starts with a case-sensitive class of its letter's case variants ("(?-i:[sS])a(?:id|ys?)|..."), which
    the engine checks before entering the branch, as it never does a case-insensitive letter."""
    words = list(words)
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    out = _emit_tree(tree, fold)
    _TREE_WORDS[out] = frozenset(words)
    return out


# the characters besides ASCII letters that a case-insensitive pattern matches to an ASCII letter
# ("İ", dotless i, long s, the Kelvin sign; tests check that there is no other)
_ASCII_FOLDING = "\u0130\u0131\u017f\u212a"


def case_class(ch: str) -> str:
    """``ch`` as a case-sensitive class of what a case-insensitive pattern matches it with."""
    if not (ch.isascii() and ch.isalpha()):
        return re.escape(ch)
    variants = [c for c in ch.lower() + ch.upper() + _ASCII_FOLDING if re.fullmatch(ch, c, re.IGNORECASE)]
    return "(?-i:[" + "".join(variants) + "])"


def _emit_tree(node: dict[str, dict], fold: bool) -> str:
    keys = sorted(ch for ch in node if ch)
    alts = [(case_class(ch) if fold and len(keys) > 1 else re.escape(ch)) + _emit_tree(node[ch], fold) for ch in keys]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: tried after the longer ones
        return (body if len(alts) > 1 else "(?:" + body + ")") + "?"
    return body


def _literal_first_chars(pattern: re.Pattern) -> str | None:
    """The characters every match of ``pattern`` starts with, when they are a few literal ones and
    the pattern cannot match the empty string; else None (also for case-insensitive patterns, as
    ``_FirstChars`` does not add the other case)."""
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    first = _FirstChars(parsed)
    if (pattern.flags & re.IGNORECASE or _INLINE_IGNORECASE.search(pattern.pattern) or parsed.getwidth()[0] == 0
            or first.anything or first.ranges or first.categories or len(first.chars) > 4):
        return None
    return "".join(sorted(first.chars))


_INLINE_IGNORECASE = re.compile(r"\(\?[a-zA-Z-]*i")


def _regex_starts(pattern: re.Pattern, chars: str | None, text: str) -> list[int]:
    """The starts of ``pattern.finditer(text)``. With the literal ``chars`` every match starts with,
    the pattern is tried only where ``str.find`` finds one of them (a regex search steps through
    every character)."""
    if chars is None:
        return [m.start() for m in pattern.finditer(text)]
    cands: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch)
        while i != -1:
            cands.append(i)
            i = find(ch, i + 1)
    out: list[int] = []
    match = pattern.match
    pos = 0
    for c in sorted(cands):  # finditer: the leftmost match, the next search from where it ended
        if c >= pos:
            m = match(text, c)
            if m is not None:
                out.append(c)
                pos = m.end()
    return out


_REGEX_META = set("()*+<>?[]\\|{}=!^")


def _prefixes(words: Iterable[str]) -> frozenset[str]:
    out = set()
    for w in words:
        for i in range(1, len(w) + 1):
            out.add(w[:i])
    return frozenset(out)


class _FirstChars:
    """A superset of the characters a match can start with, from the parsed pattern: literal
    characters, ranges and categories, or anything. Zero-width items (\\b, lookarounds) are
    skipped, which only makes the set larger."""

    def __init__(self, parsed) -> None:
        self.anything = False
        self.chars: set[str] = set()
        self.ranges: list[tuple[int, int]] = []
        self.categories: set[str] = set()
        self._seq(parsed)

    def _seq(self, items) -> bool:
        """Add the first characters of a sequence; return whether it can match the empty string."""
        return all(self._item(op, av) for op, av in items)  # stops at the first item that cannot be empty

    def _item(self, op, av) -> bool:
        P = _sre_parse
        if op is P.LITERAL:
            self.chars.add(chr(av))
            return False
        if op is P.IN:
            for iop, iav in av:
                if iop is P.LITERAL:
                    self.chars.add(chr(iav))
                elif iop is P.RANGE:
                    self.ranges.append(iav)
                elif iop is P.CATEGORY and iav in (P.CATEGORY_DIGIT, P.CATEGORY_UNI_DIGIT):
                    self.categories.add("digit")
                elif iop is P.CATEGORY and iav in (P.CATEGORY_SPACE, P.CATEGORY_UNI_SPACE):
                    self.categories.add("space")
                elif iop is P.CATEGORY and iav in (P.CATEGORY_WORD, P.CATEGORY_UNI_WORD):
                    self.categories.add("word")
                else:  # NEGATE, other categories
                    self.anything = True
            return False
        if op in (P.AT, P.ASSERT, P.ASSERT_NOT):
            return True
        if op is P.SUBPATTERN:
            return self._seq(av[-1])
        if op is P.BRANCH:
            nullable = False
            for branch in av[1]:
                nullable = self._seq(branch) or nullable
            return nullable
        if op in (P.MAX_REPEAT, P.MIN_REPEAT) or op is getattr(P, "POSSESSIVE_REPEAT", None):
            lo, _hi, sub = av
            return self._seq(sub) or lo == 0
        if op is getattr(P, "ATOMIC_GROUP", None):
            return self._seq(av)
        self.anything = True  # ANY, NOT_LITERAL, group references, ...: anything at all
        return True

    def may_start(self, ch: str) -> bool:
        if self.anything or ch in self.chars:
            return True
        cats = self.categories
        if ("space" in cats and ch.isspace()) or ("digit" in cats and ch.isdecimal()) or (
                "word" in cats and (ch.isalnum() or ch == "_")):
            return True
        o = ord(ch)
        return any(lo <= o <= hi for lo, hi in self.ranges)


class _Unbounded(Exception):
    """The first words of a pattern cannot be listed (``\\w``, a negated class, ``.``)."""


class _FirstWords:
    """The words a match can start with, lower-cased, from the parsed pattern: ``whole`` words (a
    non-word character or ``\\b`` follows) and ``open`` ones (the pattern may end inside the word,
    which the text may go on). Only the ``keys`` the walk can meet are listed (the words the pattern
    spells and their prefixes; no word with a digit, which the walk does not key), so pieces that
    optional spaces glue together do not multiply. Zero-width items other than ``\\b`` are skipped,
    which only lists more words."""

    def __init__(self, parsed, keys: frozenset[str]) -> None:
        self._keys = keys
        got = self._seq(parsed, {""})
        self.whole = frozenset(w for w, is_open in got if not is_open)
        self.open = frozenset(w for w, is_open in got if is_open)

    def may_start(self, word: str) -> bool:
        """Whether a match may start with the whole text word ``word`` (lower-cased)."""
        return word in self.whole or any(word.startswith(w) for w in self.open)

    def _seq(self, items, prefixes: set[str]) -> set[tuple[str, bool]]:
        """(word, still open) for each way ``items`` go on the open ``prefixes``."""
        done: set[tuple[str, bool]] = set()
        for op, av in items:
            if not prefixes:
                break
            got = self._item(op, av, prefixes)
            done |= {(w, False) for w, is_open in got if not is_open}
            prefixes = {w for w, is_open in got if is_open}
        return done | {(w, True) for w in prefixes}

    def _item(self, op, av, prefixes: set[str]) -> set[tuple[str, bool]]:
        P = _sre_parse
        if op is P.LITERAL:
            return self._chars([chr(av)], prefixes, self._keys)
        if op is P.IN:
            chars: list[str] = []
            for iop, iav in av:
                if iop is P.LITERAL:
                    chars.append(chr(iav))
                elif iop is P.RANGE and iav[1] - iav[0] < 128:
                    chars.extend(map(chr, range(iav[0], iav[1] + 1)))
                elif iop is P.CATEGORY and iav in (P.CATEGORY_DIGIT, P.CATEGORY_UNI_DIGIT):
                    pass  # a digit: no keyed word
                elif iop is P.CATEGORY and iav in (P.CATEGORY_SPACE, P.CATEGORY_UNI_SPACE):
                    chars.append(" ")
                else:  # \w, NEGATE, other categories, wide ranges
                    raise _Unbounded
            return self._chars(chars, prefixes, self._keys)
        if op is P.AT:  # \b after a word character ends the word
            return {(w, not w or av is not P.AT_BOUNDARY) for w in prefixes}
        if op in (P.ASSERT, P.ASSERT_NOT):
            return {(w, True) for w in prefixes}
        if op is P.SUBPATTERN:
            return self._seq(av[-1], prefixes)
        if op is getattr(P, "ATOMIC_GROUP", None):
            return self._seq(av, prefixes)
        if op is P.BRANCH:
            return set().union(*(self._seq(branch, prefixes) for branch in av[1]))
        if op in (P.MAX_REPEAT, P.MIN_REPEAT) or op is getattr(P, "POSSESSIVE_REPEAT", None):
            return self._repeat(*av, prefixes)
        raise _Unbounded  # ANY, NOT_LITERAL, group references, ...

    def _repeat(self, lo: int, hi: int, sub, prefixes: set[str]) -> set[tuple[str, bool]]:
        done: set[tuple[str, bool]] = set()
        for _ in range(lo):
            got = self._seq(sub, prefixes)
            done |= {(w, False) for w, is_open in got if not is_open}
            prefixes = {w for w, is_open in got if is_open}
        reached = set(prefixes)
        frontier = prefixes
        for _ in range(hi - lo):  # each open word once: a word reached again goes on as before
            if not frontier:
                break
            got = self._seq(sub, frontier)
            done |= {(w, False) for w, is_open in got if not is_open}
            frontier = {w for w, is_open in got if is_open} - reached
            reached |= frontier
        return done | {(w, True) for w in reached}

    @staticmethod
    def _chars(chars: list[str], prefixes: set[str], keys: frozenset[str]) -> set[tuple[str, bool]]:
        """The prefixes followed by one of ``chars``: a word character (with its lower case and,
        beyond ASCII, the ASCII letters it matches case-insensitively) goes on the word while it is
        the start of a key, any other character closes the word."""
        out: set[tuple[str, bool]] = set()
        for ch in chars:
            if not (ch.isalnum() or ch == "_"):
                out.update((w, False) for w in prefixes)
                continue
            variants = {ch.lower()}
            if not ch.isascii():
                variants.update(c for c, r in zip(_ASCII_LETTERS, _LETTER_RES) if r.fullmatch(ch))
            out.update((w + v, True) for w in prefixes for v in variants if w + v in keys)
        return out


class GatedPattern:
    """``pattern.finditer(text)`` as a list, computed near the ``gates``' hits only."""

    def __init__(self, pattern: re.Pattern, *gates: Gate, prefix: bool = True) -> None:
        self.pattern = pattern
        self.gates = gates
        self.prefix = prefix  # False: every match starts at a gate hit
        self.ignorecase = bool(pattern.flags & re.IGNORECASE)
        src = pattern.pattern
        if _sre_parse.parse(src, pattern.flags).getwidth()[0] == 0:
            raise ValueError(f"a gated pattern must not match the empty string: {src[:60]!r}")
        if re.search(r"\\[()*+<>?\[\]|{}=!^]", src):
            raise ValueError(f"escaped regex punctuation is not supported: {src[:60]!r}")
        # the words the pattern spells, not the letters of its escapes ("\\bthe" spells "the"), and the
        # words of the letter trees in it (which it spells in pieces: "a(?:bout|round)")
        spelled = [re.sub(r"\\[A-Za-z]", " ", src), *(" ".join(ws) for tree, ws in _TREE_WORDS.items() if tree in src)]
        words = _prefixes(w.lower() for part in spelled for w in re.findall(r"[A-Za-z]+", part))
        chars = frozenset(c for c in src if not (c.isalnum() or c.isspace() or c == "_") and c not in _REGEX_META)
        self.allowed = words | chars
        parsed = _sre_parse.parse(src, pattern.flags)
        self._first = _FirstChars(parsed)
        self._starts: dict[str, bool] = {}  # character -> whether a match may start with it
        try:
            self._first_words: _FirstWords | None = _FirstWords(parsed, words)
        except _Unbounded:
            self._first_words = None
        # a word key of the walk (or a punctuation mark) -> whether a match may start with it
        self._word_starts: dict[str, bool] = {}

    def _may_start(self, ch: str) -> bool:
        if not self.ignorecase:
            return self._first.may_start(ch)
        # case-insensitive (and so run on texts where only ASCII letters fold to ASCII letters)
        variants = {ch, ch.lower(), ch.upper()}
        return any(len(v) != 1 or self._first.may_start(v) for v in variants)

    def _may_start_with(self, key: str) -> bool:
        """Whether a match may start with the token the walk keyed ``key`` (and allowed): a
        punctuation mark, or a whole word the pattern spells, lower-cased."""
        if len(key) == 1 and not (key.isalnum() or key == "_"):
            return self._may_start(key)
        return self._first_words is None or self._first_words.may_start(key)

    def finditer(self, scan: TextScan) -> list[re.Match]:
        text = scan.text
        if self.ignorecase and scan.low is None:
            return list(self.pattern.finditer(text))
        anchors: list[int] = []
        for gate in self.gates:
            hits = gate.hits(scan)
            if hits is None:
                return list(self.pattern.finditer(text))
            anchors.extend(hits)
        if not anchors:
            return []
        starts = self._starts
        n = len(text)
        cands: list[int] = []  # token starts where a match may begin
        if not self.prefix:
            for x in set(anchors):
                if x < n:
                    ok = starts.get(text[x])
                    if ok is None:
                        ok = starts[text[x]] = self._may_start(text[x])
                    if ok:
                        cands.append(x)
        else:
            allowed = self.allowed
            word_starts = self._word_starts
            step = scan.step
            steps = scan._steps  # step()'s memo, read directly in the loop below
            seen: set[int] = set()  # every position whose backward walk has been done
            for anchor in anchors:
                x = anchor
                key = None  # the token that starts at x, as the walk keyed it when it is whole
                while x not in seen:
                    seen.add(x)
                    if x < n:
                        if key is None:  # the anchor, white space, a word with a digit or cut: its first character
                            ch = text[x]
                            ok = starts.get(ch)
                            if ok is None:
                                ok = starts[ch] = self._may_start(ch)
                        else:
                            ok = word_starts.get(key)
                            if ok is None:
                                ok = word_starts[key] = self._may_start_with(key)
                        if ok:
                            cands.append(x)
                    if x == 0:
                        break
                    cut = x == anchor  # the anchor may cut a word: the part before it is no whole token
                    x, key = steps.get(x) or step(x)
                    if key is not None and key not in allowed:
                        break
                    if cut:
                        key = None
        match = self.pattern.match
        out: list[re.Match] = []
        pos = 0
        for c in sorted(cands):
            if c < pos:
                continue
            m = match(text, c)
            if m is not None:
                out.append(m)
                pos = m.end()
        return out


class WindowScanner:
    """``pattern.finditer(text, lo, hi)`` and ``pattern.search(text, lo, hi)`` for many windows of
    one text, trying the pattern only at the gate's hits inside the window.

    Exact when every match inside any window starts at a gate hit, or, with ``cut``, at the start of
    the word that the window's end cuts (a pattern of single words matches the cut word's beginning,
    as the window hides the rest). Without ``cut``, a window that ends inside a word is scanned
    whole, as is every window when the gate cannot run on the text.
    """

    __slots__ = ("pattern", "text", "hits", "cut", "_scan")

    def __init__(self, pattern: re.Pattern, gate: Gate, scan: TextScan, *, cut: bool = False) -> None:
        self.pattern = pattern
        self.text = scan.text
        self.hits = gate.hits(scan)
        self.cut = cut
        self._scan = scan

    def _candidates(self, lo: int, hi: int) -> list[int] | None:
        """Where a match may start in the window ``text[lo:hi]`` (inside the text), in order; None
        when the whole window must be scanned."""
        hits = self.hits
        text = self.text
        # the window's end cuts a word: its start ("cut"), or a scan of the window
        cut = 0 < hi < len(text) and (text[hi - 1].isalnum() or text[hi - 1] == "_") and (
            text[hi].isalnum() or text[hi] == "_")
        if hits is None or (cut and not self.cut):
            return None
        out = hits[bisect.bisect_left(hits, lo):bisect.bisect_left(hits, hi)]
        if cut:
            start, _ = self._scan.step(hi)  # the cut word's part inside the window
            if start >= lo and (not out or out[-1] < start):
                out.append(start)
        return out

    def finditer(self, lo: int, hi: int) -> Iterator[re.Match]:
        text = self.text
        n = len(text)
        if lo < 0 or hi < 0 or lo > n or hi > n:
            lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
        cands = self._candidates(lo, hi)
        if cands is None:
            yield from self.pattern.finditer(text, lo, hi)
            return
        match = self.pattern.match
        pos = lo
        for c in cands:
            if c < pos:
                continue
            m = match(text, c, hi)
            if m is not None:
                yield m
                pos = m.end()

    def search(self, lo: int, hi: int) -> re.Match | None:
        """The first match of ``finditer``, without a generator (most windows have no candidate)."""
        text = self.text
        n = len(text)
        if lo < 0 or hi < 0 or lo > n or hi > n:
            lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
        cands = self._candidates(lo, hi)
        if cands is None:
            return self.pattern.search(text, lo, hi)
        match = self.pattern.match
        for c in cands:
            m = match(text, c, hi)
            if m is not None:
                return m
        return None


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is what the regex ``\\w`` matches."""
    return ch.isalnum() or ch == "_"
