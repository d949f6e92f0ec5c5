"""The gated scanners must give exactly what the plain regex gives: they only choose where to try it."""

from __future__ import annotations

import functools
import gc
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract import _scan, events, figures, quotes, timex  # noqa: F401  (registers every gate)
from claimtrack.extract._scan import Gate, GatedPattern, TextScan, WindowScanner, letter_tree
from claimtrack.extract.clauses import ClauseMarks, clause_of

ROOT = Path(__file__).resolve().parent.parent


def _gated_patterns() -> list[GatedPattern]:
    return [o for o in gc.get_objects() if isinstance(o, GatedPattern)]


PATTERNS = _gated_patterns()

# Pieces that real matches are made of, and pieces that trip naive scanners: digits glued to words,
# non-ASCII digits and signs, upper case, punctuation inside numbers, words that contain gate words.
_PIECES = [
    "12", "2024", "3.5", "1,200", "٣", "½", "$", "€", "%", "-", "—", ",", ".", "'", "’", "(", ")", "\n", " ", "  ",
    "about", "more than", "per cent", "percent", "million", "billion", "dozen", "two", "twenty-one", "half",
    "days", "hours", "minutes", "weeks", "years", "a", "the", "last", "next", "this", "week", "Monday", "June",
    "March", "spring", "fall", "said", "told", "according to", "in", "dead", "deaths", "death toll", "injured",
    "toll", "number", "within", "deadline", "-member", "-strong", "USD", "usd", "3bn", "10M", "K", "ﬁ", "İ",
    "within", "early", "late", "mid-", "quarter", "fiscal", "ago", "later", "before", "after", "since",
    "km", "KM", "miles", "feet", "-foot", "sq", "ft", "°", "C", "F", "/", "1/2", "in.", "mph", "degrees", "between",
    "earlier", "or so", "from now", "night", "morning", "the following", "previous", "several", "a few", "couple of",
    "dozens of", "additional",
]


def _same_as_plain(pattern: GatedPattern, text: str) -> None:
    got = [(m.start(), m.end()) for m in pattern.finditer(TextScan(text))]
    want = [(m.start(), m.end()) for m in pattern.pattern.finditer(text)]
    assert got == want, pattern.pattern.pattern[:80]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join))
def test_every_gated_pattern_matches_like_its_regex(text: str) -> None:
    for pattern in PATTERNS:
        _same_as_plain(pattern, text)
        _same_as_plain(pattern, text.upper())


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures" / "articles").glob("*.txt")), ids=lambda p: p.name)
def test_every_gated_pattern_matches_like_its_regex_on_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in PATTERNS:
        _same_as_plain(pattern, text)


def test_there_are_gated_patterns_to_check() -> None:
    assert len(PATTERNS) >= 20


@given(st.text(alphabet="0123456789a٣.,x ½", max_size=30))
def test_digit_runs_are_the_starts_of_every_digit_run(text: str) -> None:
    assert TextScan(text).digit_runs() == [m.start() for m in re.finditer(r"\d+", text)]


@given(st.lists(st.sampled_from(["dead", "deadline", "Dead", "x", " ", "-", "_", "é", "death"]), max_size=12)
       .map("".join))
def test_word_gates_find_every_occurrence(text: str) -> None:
    whole = Gate(["dead", "death"], lower=True, word_start=True, whole=True)
    prefix = Gate(["dead"], lower=True, word_start=True)
    anywhere = Gate(["dead"], lower=True)
    scan = TextScan(text)
    low = text.lower()
    if scan.low is None:
        return
    assert whole.hits(scan) == [m.start() for m in re.finditer(r"(?<!\w)(?=(?:dead|death)(?!\w))", low)]
    assert prefix.hits(scan) == [m.start() for m in re.finditer(r"(?<!\w)(?=dead)", low)]
    assert anywhere.hits(scan) == [m.start() for m in re.finditer(r"(?=dead)", low)]


def _word_index(low: str) -> dict[str, list[int]]:
    """What ``TextScan.words`` must give: the start of every ``\\w+`` run that is a vocabulary word."""
    got: dict[str, list[int]] = {}
    for m in re.finditer(r"\w+", low):
        if m.group() in _scan._VOCAB:
            got.setdefault(m.group(), []).append(m.start())
    return got


@given(st.lists(st.sampled_from(["said", "in", "in in", "within", "the", "year", "x", " ", "\n", "_", "-", "’",
                                 "“", "é", "½", "٣", "12", "?", "said,", "K", "İ"]), max_size=20).map("".join))
def test_word_index_is_every_vocabulary_word(text: str) -> None:
    # texts whose word characters are all ASCII take a byte-level path, the others the regex one
    scan = TextScan(text)
    if scan.low is not None:
        assert scan.words() == _word_index(scan.low)


def test_word_index_with_curly_quotes_and_accents() -> None:
    ascii_words = "“Within a year,” she said in Orlen; in-house ‘in’ said"
    assert TextScan(ascii_words).words() == _word_index(ascii_words.lower())
    assert TextScan(ascii_words).words()["in"] == [26, 36, 46]  # not inside "Within"
    accented = "Café owners said in June"
    assert TextScan(accented).words() == _word_index(accented.lower())


def test_firsts_are_the_gate_words_the_text_has() -> None:
    # one pass over the text's words serves every gate, also a gate made after that pass
    text = "Ana said in June she would visit Orlen; aides said so"
    said = Gate(["said", "told"], lower=True, word_start=True, whole=True)
    scan = TextScan(text)
    assert scan.firsts(said) == ["said"]
    later = Gate(["visit", "june", "brunch"], lower=True, word_start=True, whole=True)
    assert sorted(scan.firsts(later)) == ["june", "visit"]
    assert later.hits(scan) == [text.index("June"), text.index("visit")]
    assert scan.firsts(Gate(["brunch"], lower=True, word_start=True, whole=True)) == []


@pytest.mark.parametrize("cut", [False, True])
def test_window_scanner_matches_like_its_regex_in_every_window(cut: bool) -> None:
    text = (ROOT / "fixtures" / "articles").glob("*.txt").__next__().read_text(encoding="utf-8") + " toldest"
    # with ``cut``, a pattern of single words: the start of a word cut by the window's end may match
    words = ["said", "told"] if cut else ["said", "told", "according to"]
    pattern = re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    gate = Gate(words, lower=True, word_start=True, whole=True)
    scanner = WindowScanner(pattern, gate, TextScan(text), cut=cut)
    n = len(text)
    for lo in [*range(-3, n, 97), n - 8, n + 2]:
        for hi in (lo - 1, lo + 5, lo + 60, lo + 400, n - 3):
            window = (min(max(lo, 0), n), min(max(hi, 0), n))
            got = [(m.start(), m.end()) for m in scanner.finditer(lo, hi)]
            want = [(m.start(), m.end()) for m in pattern.finditer(text, *window)]
            assert got == want, (lo, hi)
            first = scanner.search(lo, hi)  # the first match, found without a generator
            assert (first and first.span()) == (want[0] if want else None), (lo, hi)


def test_words_after_an_escape_are_walked_over() -> None:
    """"\\bthe" spells the word "the": the backward walk from the gate must reach it."""
    pattern = GatedPattern(re.compile(r"\bthe\s+(?:next|last)\s+week\b", re.IGNORECASE),
                           Gate(["week"], lower=True, word_start=True, whole=True))
    assert [m.group() for m in pattern.finditer(TextScan("They met again the next week."))] == ["the next week"]


def test_words_of_a_letter_tree_are_walked_over() -> None:
    """A pattern spells the words of a letter tree in pieces ("a(?:bout|round)"): the backward walk
    from the gate must still go over them."""
    pattern = GatedPattern(re.compile(rf"\b(?:{letter_tree(['about', 'around'])})\s+\d+\s+days\b", re.IGNORECASE),
                           Gate(["days"], lower=True, word_start=True, whole=True))
    assert {"about", "around"} <= pattern.allowed
    assert [m.group() for m in pattern.finditer(TextScan("The talks lasted around 12 days."))] == ["around 12 days"]


def test_first_words_are_the_words_a_match_can_start_with() -> None:
    """Listed from the parsed pattern: a word is whole where a non-word character or \\b follows it,
    open where the pattern may end inside it ("huge" may start "hugely"); only words the pattern
    spells, which are all the walk goes over ("bigish" stops it)."""
    pattern = GatedPattern(re.compile(r"\b(?:very\s+)*(?:big|Large)(?:ish)?\b|huge", re.IGNORECASE),
                           Gate(["big", "large", "huge"], lower=True, word_start=True, whole=True))
    assert pattern._first_words.whole == {"very", "big", "large"}
    assert pattern._first_words.open == {"huge"}
    assert not pattern._may_start_with("ish") and pattern._may_start_with("hugely")


def test_every_prefix_pattern_lists_its_first_words() -> None:
    # else its backward walk tries every word it goes over
    assert all(p._first_words is not None for p in PATTERNS if p.prefix)


def test_a_walk_tries_no_word_a_match_cannot_start_with() -> None:
    """"tall" lies between a match's start and its gate word, but no match starts with it: the walk
    goes over it without trying the pattern there."""
    pattern = GatedPattern(re.compile(r"\bten\s+(?:tiny|tall)\s+trees\b", re.IGNORECASE),
                           Gate(["trees"], lower=True, word_start=True, whole=True))
    assert pattern._may_start_with("ten") and not pattern._may_start_with("tall")
    text = "Ten tall trees fell, and tall trees stood."
    assert [m.span() for m in pattern.finditer(TextScan(text))] == [(0, 14)]


def test_a_word_cut_by_a_gate_hit_is_tried_by_its_first_letter() -> None:
    # "ab" before the digits of "ab12" is no whole word: that no match starts with the word "ab"
    # must not keep the pattern from being tried there
    pattern = GatedPattern(re.compile(r"\b(?:ab|cd)12\b"), Gate(digits=True))
    text = "ab12 and cd12"
    assert [m.span() for m in pattern.finditer(TextScan(text))] == [(0, 4), (9, 13)]


@given(st.lists(st.sampled_from(["12", "2024", "3.5", "½", "km", "KM", "in.", "in", " ", "t", "pm", "\"", "x", "^",
                                 "2", "long", "miles", "-", "°"]), max_size=12).map("".join))
def test_measurement_digit_gate_keeps_the_runs_its_spelled_out_shape_keeps(text: str) -> None:
    """The measurement digit shape reads a digit run once: it keeps the runs that the shape which backed
    off digit by digit before each unit kept."""
    from claimtrack.extract import measurements as m

    units = rf"(?i:\d*[{m._FRACTION_CHARS}]?(?:{m._UNIT})|\d+\s?{m._INCH}{m._INCH_END}|" \
            rf"\d+[ \u00a0](?:t|k|pm)(?!\w)|\d+[\"″]|\d+\s?[x×]\s?\d+\x5e)"
    runs = [r.start() for r in re.finditer(r"\d+", text)]
    assert m._GATE.gates[2].hits(TextScan(text)) == [a for a in runs if re.compile(units).match(text, a)]


def _shaped_gates() -> list[Gate]:
    return [o for o in gc.get_objects() if isinstance(o, Gate) and o.within is not None]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES + ["3pm", "4:05", "1:02:03", "2024-05-01", "1990s", "21st", "12-member"]),
                min_size=1, max_size=30).map("".join))
def test_shaped_gates_keep_the_hits_where_their_own_shape_matches(text: str) -> None:
    """The shapes within one gate are tried together, one regex call per hit: each gate keeps exactly
    the hits where its own shape matches (case-insensitive shapes too)."""
    gates = _shaped_gates()
    assert len(gates) >= 10
    for variant in (text, text.upper()):
        scan = TextScan(variant)
        for gate in gates:
            hits = gate.within.hits(scan)
            want = None if hits is None else [a for a in hits if gate.shape.match(variant, a)]
            assert gate.hits(scan) == want, gate.shape.pattern[:60]


def test_a_gate_shape_must_fit_inside_the_others() -> None:
    within = Gate(digits=True)
    Gate(within=within, shape=r"(?i)\d+st")  # a leading case flag is scoped to the shape
    with pytest.raises(ValueError):
        Gate(within=within, shape=r"(\d)\1")
    with pytest.raises(ValueError):
        Gate(within=within, shape=r"(?s)\d.")


@pytest.mark.parametrize("text", ["paid 1,200usd", "paid twousd", "USDtwo", "USD115 and 115USD", "a dozenUSD",
                                  "the next week", "—twenty-oneusd-", "3h and 5 1/2 hours"])
def test_every_gated_pattern_matches_like_its_regex_on_glued_words(text: str) -> None:
    for pattern in PATTERNS:
        _same_as_plain(pattern, text)
        _same_as_plain(pattern, text.upper())


@pytest.mark.parametrize(("pattern", "gate", "extra", "reach"), [
    # "said Monday"-style verbs right before each date
    ("_STATEMENT_DATE", "_STATEMENT_GATE", " Officials SAID Monday. They toldreporters Tuesday.", 40),
    # "founded in"-style words right before each date
    ("_ORIGIN_DATE", "_ORIGIN_GATE", " The mill, BUILT in 1902, and a Dating back to 1850 hall, rebuilt in 1990.", 36),
])
def test_pipeline_window_scanners_find_what_their_regex_finds(pattern: str, gate: str, extra: str, reach: int) -> None:
    """The pipeline looks for words right before each date through a WindowScanner: the same as the regex."""
    from claimtrack.extract import pipeline

    regex = getattr(pipeline, pattern)
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8") + extra
        scanner = WindowScanner(regex, getattr(pipeline, gate), TextScan(text))
        for start in range(len(text)):
            got = scanner.search(max(0, start - reach), start)
            want = regex.search(text, max(0, start - reach), start)
            assert (got and got.span()) == (want and want.span()), (path.name, start)


def test_verb_form_look_ahead_changes_no_match() -> None:
    """The tense regex checks for a lower-case letter first: it finds what it finds without that check."""
    from claimtrack.extract.tense import _VERB_FORM

    plain = re.compile(_VERB_FORM.pattern.replace(r"\b(?=[a-z])", r"\b", 1))
    assert plain.pattern != _VERB_FORM.pattern
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8") + " It WAS delayed, was Scheduled and hundred-ed; she proceeded."
        got = [(m.span(), m["past"]) for m in _VERB_FORM.finditer(text)]
        assert got == [(m.span(), m["past"]) for m in plain.finditer(text)], path.name


_TREE_WORDS = ["in", "int", "into", "inside", "i", "on", "one", "once", "phone call", "phone", "x-ray", "x"]


@given(st.lists(st.sampled_from(_TREE_WORDS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from([*_TREE_WORDS, " ", "s", "ALL", "-", "Int"]), max_size=12).map("".join))
def test_letter_tree_matches_like_the_longest_first_alternation(words: list[str], text: str) -> None:
    """In any context, also where the longest word that fits leaves the rest of the pattern unmatched."""
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for context in (r"\b({})\b", r"({})", r"({})(?:s|-ray)?\b", r"({})\w"):
        tree = re.compile(context.format(letter_tree(words)), re.IGNORECASE)
        want = re.compile(context.format(plain), re.IGNORECASE)
        assert [m.span(1) for m in tree.finditer(text)] == [m.span(1) for m in want.finditer(text)]


@given(st.lists(st.sampled_from(_TREE_WORDS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from([*_TREE_WORDS, " ", "s", "ALL", "-", "Int", "ONCE", "X-Ray", "\u0130n", "\u0131nto",
                                 "\u212a", "\u017f"]), max_size=12).map("".join))
def test_folded_letter_tree_matches_like_the_plain_one(words: list[str], text: str) -> None:
    """A folded tree's case-sensitive classes match, in a case-insensitive pattern, what its letters do."""
    for context in (r"\b({})\b", r"({})", r"({})(?:s|-ray)?\b", r"({})\w"):
        folded = re.compile(context.format(letter_tree(words, fold=True)), re.IGNORECASE)
        plain = re.compile(context.format(letter_tree(words)), re.IGNORECASE)
        assert [m.span(1) for m in folded.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_case_classes_hold_every_character_that_folds_to_an_ascii_letter() -> None:
    letters = re.compile("[a-z]", re.IGNORECASE)
    folding = {chr(c) for c in range(128, 0x110000) if letters.fullmatch(chr(c))}
    assert folding == set(_scan._ASCII_FOLDING)
    assert _scan.case_class("k") == "(?-i:[kK\u212a])" and _scan.case_class("-") == "\\-"


def _folded_patterns() -> list[re.Pattern]:
    return [o for o in gc.get_objects() if isinstance(o, re.Pattern) and isinstance(o.pattern, str) and "(?-i:[" in o.pattern]


def test_folded_trees_are_only_in_case_insensitive_patterns() -> None:
    """In a case-sensitive pattern a folded tree would let capitals through at its branches only."""
    assert len(_folded_patterns()) > 10
    assert all(p.flags & re.IGNORECASE for p in _folded_patterns())


@functools.cache
def _plain_number_patterns() -> list[tuple[re.Pattern, re.Pattern]]:
    """The engine's patterns with folded trees or a SPECIAL_NUMBER look-ahead, each with its plain form."""
    from claimtrack.extract.numbers import SPECIAL_GUARD

    patterns = [o for o in gc.get_objects() if isinstance(o, re.Pattern) and isinstance(o.pattern, str)
                and (SPECIAL_GUARD in o.pattern or "(?-i:[" in o.pattern)]
    plain = [re.sub(r"\(\?-i:\[(\w)[^\]]*\]\)", r"\1", p.pattern.replace(SPECIAL_GUARD, "")) for p in patterns]
    assert not any("(?-i:" in p or SPECIAL_GUARD in p for p in plain)
    return [(p, re.compile(q, p.flags)) for p, q in zip(patterns, plain)]


_NUMBER_PIECES = ["About", "NEARLY", "nearly", "up to", "Up To", "at least", "AT LEAST", "Twenty-Five", "twenty-five",
                  "FORTY", "forty", "Seven", "seven", "ſeven", "Six", "\u017fix", "Hundred", "thousand", "\u212a", "k", "bn",
                  "BN", "Mln", "1,200", "12", "3.5", "4", "½", "Fourth", "twenty-first", "Twenty-First", "21st", "half",
                  "A Dozen", "a dozen", "Half A Million", "a couple of", "Three Quarters Of A Billion", "dozen",
                  "a score of", "minute", "days", "years", "percent", "%", "$", "€", "-", ",", ".", " ", " ", " ", "and",
                  "of", "the", "\u0130nto", "\u0131n", "i", "One", "Weeks", "MONTHS", "hr", "Fortnight", "Straight", "more",
                  "Centuries", " ago", " Later", "Resigned", "FINE", "Death Toll", "the number of", "Rose", "NUMBERED",
                  "numbers", "Totalled", "total", "stood at", "Was"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=14).map("".join))
def test_folded_number_patterns_match_like_their_plain_letters(text: str) -> None:
    """Every engine pattern with folded trees (NUMBER, MOD_PREFIX, ORDINAL...) matches what it matched
    with plain lower-case letters at its branches, and without the look-ahead for a SPECIAL_NUMBER."""
    pairs = _plain_number_patterns()
    assert any(not p.flags & re.IGNORECASE for p, _ in pairs)  # the money patterns, case-sensitive
    for pattern, plain in pairs:
        got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], pattern.pattern[:80]


def _old_special_number(scales: str) -> str:
    """SPECIAL_NUMBER as it was written before its branches were grouped by their first letter."""
    from claimtrack.extract.numbers import SPECIAL_GUARD

    return rf"{SPECIAL_GUARD}(?:(?:(?:a|one|three) )?(?:half|quarters?)(?: of)?(?: a)? (?:million|billion|trillion)|" \
           rf"half a dozen|a half-dozen|half-dozen|a dozen|a couple of|a pair of|a score of|a (?:{scales})|dozen)"


_OLD_DET = (r"(?P<det>(?:each\s+of\s+)?the\s+(?:(?:past|last|next|first|latest|coming|previous|following|final|initial|"
            r"remaining|same|year-earlier|year-ago)\s+)?)?")


@functools.cache
def _regrouped_patterns() -> list[tuple[re.Pattern, re.Pattern]]:
    """The engine's patterns holding a regrouped piece (SPECIAL_NUMBER, the duration determiner), each
    with the piece written as it was before."""
    from claimtrack.extract import numbers

    pieces = [(numbers.SPECIAL_NUMBER, _old_special_number(numbers._SCALE_WORDS)),
              (numbers._LOWER_SPECIAL, _old_special_number(numbers._LOWER_SCALES)), (timex._DET, _OLD_DET)]
    pairs = []
    for o in gc.get_objects():
        if isinstance(o, re.Pattern) and isinstance(o.pattern, str) and any(new in o.pattern for new, _ in pieces):
            old = functools.reduce(lambda text, piece: text.replace(*piece), pieces, o.pattern)
            pairs.append((o, re.compile(old, o.flags)))
    return pairs


_REGROUPED_PIECES = ["A", "a", "a ", "A Half-Dozen", "half a dozen", "Half-Dozen", "dozen", "DOZENS", "A Dozen", "a couple of",
                     "A Pair Of", "a score of", "three quarters of a billion", "One Half Million", "a quarter million",
                     "Quarter", "half", "a hundred", "A Thousand", "a lakh", "a crores", "a million", "of", " of a", "one",
                     "Three", "the ", "The Past ", "THE LATEST ", "each of the ", "Year-Ago ", "the same ", "next ", "12",
                     "4", "1,200", "twenty", "two", "weeks", " days", " months", "$", "€", " dollars", " euros", "%",
                     " people", " homes", "about ", "up to ", " ", "-", ",", "."]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_REGROUPED_PIECES), max_size=14).map("".join))
def test_regrouped_patterns_match_like_before(text: str) -> None:
    """Grouping SPECIAL_NUMBER's branches by their first letter and folding the duration determiner's
    words change no match of any pattern they are in."""
    pairs = _regrouped_patterns()
    assert len(pairs) > 10
    for pattern, old in pairs:
        got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in old.finditer(text)], pattern.pattern[:80]


def test_gated_patterns_allow_the_words_of_a_regrouped_special_number() -> None:
    """SPECIAL_NUMBER writes some words in pieces ("(?-i:[hH])alf"): a gated pattern holding it must
    still let each of its words stand between a match's start and its gate hit ("half a million")."""
    from claimtrack.extract import numbers

    gated = [o for o in gc.get_objects() if isinstance(o, GatedPattern)
             and any(piece in o.pattern.pattern for piece in (numbers.SPECIAL_NUMBER, numbers._LOWER_SPECIAL))]
    assert gated
    words = {w for phrase in numbers.SPECIAL for w in re.findall(r"[a-z]+", phrase)} | {"quarter", "quarters", "one", "three"}
    assert all(words <= g.allowed for g in gated)


_OLD_WORD_SEARCHES = [
    (events._NEXT_PHRASE, r"\b(?:and|or|but|while|whereas)\b|;"),
    (timex._YEAR_BEFORE, r"(?:\b(?:in|since|by|until|till|from|to|through|before|after|during|of|between|and|or|early|"
                         r"mid|late|back to|around|circa|year|end of|start of|beginning of|middle of|fiscal|since early|"
                         r"since late)[\s-]+)$"),
]
_WORD_SEARCH_PIECES = ["and", "AND", "or", "Orbit", "but", "while", "Whereas", "wherever", ";", "in", "IN", "\u0130n",
                       "since", "Since Early", "since late", "back to", "End Of", "year", "fiscal", "till", "until", "-",
                       " ", "  ", "x", "the", "2020", ",", "andor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_SEARCH_PIECES), max_size=12).map("".join))
def test_searched_word_trees_find_what_the_word_lists_found(text: str) -> None:
    """The words a conjunction or a year's context is searched for, as folded letter trees, find what
    their plain alternations found, searched from every position."""
    for pattern, old_text in _OLD_WORD_SEARCHES:
        old = re.compile(old_text, pattern.flags)
        for pos in range(len(text) + 1):
            got, want = pattern.search(text, pos), old.search(text, pos)
            assert (got and got.span()) == (want and want.span())


@given(st.lists(st.sampled_from(["'ll", "’LL", "'l", "''ll", "x", " ", "'", "ll"]), max_size=12).map("".join))
def test_regex_gates_find_their_regex_matches(text: str) -> None:
    """A gate regex that starts with a few literal characters is tried only where ``str.find`` finds one."""
    for regex in (r"['’](?=[Ll][Ll])", r"'(?:'ll|l)", r"(?<!x)'l+"):
        gate = Gate(regex=regex)
        assert gate._regex_chars is not None
        assert gate.hits(TextScan(text)) == [m.start() for m in re.finditer(regex, text)]
    assert Gate(regex=r"(?i:l)l")._regex_chars is None  # case-insensitive: "L" starts matches too
    assert Gate(regex=r"\wl")._regex_chars is None


# what ClauseMarks found with one regex search before it used ``str.find``; a colon between digits is a
# time ("3:30", "14:30.19"), no clause mark
_CLAUSE_MARKS = re.compile(r"[;—()]|(?<!\d):|:(?!\d)|,(?!(?<=\d,)\s\d{4}\b)(?!(?<=day,)\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                           r"(?!(?<=\d,)\d{3}(?!\d))")


@given(st.lists(st.sampled_from(["Friday", ",", " ", "Jan", "June", "13", "2023", "30", "000", "٣", ";", ":", "—",
                                 "(", ")", "x", "\n"]), max_size=16).map("".join))
def test_clause_marks_are_the_marks_outside_dates_and_numbers(text: str) -> None:
    marks = ClauseMarks(text)
    assert marks.all == [m.start() for m in _CLAUSE_MARKS.finditer(text)]
    assert marks.openers == [i for i in marks.all if text[i] != ")"]


@given(st.lists(st.sampled_from(["said", "in", "12", "x2", "_", " ", "  ", "\n", "\t ", ",", "“", "’", "é", "٣", "-"]),
                max_size=20).map("".join))
def test_steps_are_the_tokens_read_backwards(text: str) -> None:
    # a step back from x crosses one run of white space, one run of word characters or one other character
    scan = TextScan(text)
    for x in range(1, len(text) + 1):
        start = x - re.match(r"\s+|\w+|.", text[:x][::-1], re.DOTALL).end()
        tok = text[start:x]
        key = None if tok.isspace() or (re.fullmatch(r"\w+", tok) and any(c.isdigit() for c in tok)) else tok.lower()
        assert scan.step(x) == (start, key), (text, x)


@pytest.mark.parametrize("text", ["x" * 100, "a " + "x" * 100, "a " + "x" * 100 + " b", "a x_" + "x" * 50, "a\tbc"])
def test_a_step_back_over_a_word_far_from_its_space_takes_the_whole_word(text: str) -> None:
    # the space before a word is looked for only a few dozen characters back: the regex beyond that
    scan = TextScan(text)
    for x in range(1, len(text) + 1):
        start = x - re.match(r"\s+|\w+|.", text[:x][::-1], re.DOTALL).end()
        assert scan.step(x)[0] == start, (text, x)


@given(st.lists(st.sampled_from(["who", "which", "that", "when", "where", "whom", "thatch", "won", "x", " ", "  ", "\n",
                                 ",", ";"]), max_size=14).map("".join))
def test_a_relative_clause_reaches_back_to_the_clause_it_hangs_on(text: str) -> None:
    # the relative-pronoun regex is tried only where the clause's first letter is "w" or "t"
    marks = ClauseMarks(text)
    relative = re.compile(r"\s*(?:which|who|that|where|when)\b")
    for start in range(len(text)):
        left = max([i for i in marks.all if i < start], default=-1)
        right = min([i for i in marks.all if i >= start + 1], default=len(text))
        cs, ce = left + 1, right
        if left >= 0 and relative.match(text, cs, max(cs, ce)):
            cs = max([i for i in marks.openers if i < left], default=-1) + 1
        assert clause_of(text, (0, len(text)), start, start + 1, marks) == (cs, ce), (text, start)


@given(st.text(alphabet="ab’é€\ud800 .,", max_size=20))
def test_non_ascii_characters_of_a_text(text: str) -> None:
    assert TextScan(text)._non_ascii == {ch for ch in text if not ch.isascii()}


def test_trigger_index_windows_match_a_scan_of_each_window():
    """``TriggerIndex.find`` answers a window from the text's matches, clamping only windows that
    reach outside the text; it must equal a scan of the window, inside the text and beyond it."""
    text = "The strike ended after nine days. Negotiators met again; the walkout resumed in March."
    index = events.TriggerIndex(text)
    n = len(text)
    for start, end in [(0, n), (-5, 20), (10, n + 7), (-3, n + 3), (34, 60), (n + 2, n + 9), (40, 30)]:
        lo, hi = min(max(start, 0), n), min(max(end, 0), n)
        expected = events._scan_triggers(text, lo, hi) if lo < hi else []
        assert index.find(start, end) == expected
