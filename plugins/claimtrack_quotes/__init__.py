"""The quotes checker: the same words put in different mouths, or a direct quote with altered words.

Speakers are compatible when they are the same person or when one is the organisation the other
speaks for ("Matthew Miller", role "State Department spokesperson", and "the State Department").
Wording differences that only swap synonyms or reorder words are agreement; a changed number, a
negation, or a changed content word in a direct quote is a conflict.
"""

from __future__ import annotations

import re

from claimtrack import Comparison, hookimpl
from claimtrack.extract.numbers import SCALES, TENS, UNITS
from claimtrack.facts import content_words
from claimtrack.model import Attribution, Claim, QuoteValue

NEGATIONS = {"not", "no", "never", "n't", "nothing", "none", "neither", "nor", "without"}
# a number spelled out is as much a number as its digits: "thirty years" misquotes "twenty years"
# ("one" is as often a pronoun: "no one", "the one that")
NUMBER_WORDS = {*UNITS, *TENS, *SCALES, "dozen", "dozens"} - {"one"}


def _identity(att: Attribution | None) -> set[str]:
    # a speaker with no name in it ("the company", "officials") is a description that cannot
    # contradict a name: "the company announced" may well be Halvard Foods
    if att is None or not att.speaker or att.speaker.islower():
        return set()
    names = {att.speaker.lower()}
    if att.role:
        role = re.sub(r"^(?:us|u\.s\.|the)\s+", "", att.role.lower())
        body = re.sub(r"\s+(?:spokesperson|spokesman|spokeswoman|official|secretary|minister)$", "", role)
        # a body ("State Department") names who speaks; one word ("Dr.", "President", "spokeswoman")
        # is shared by people who may be anyone
        if len(body.split()) > 1:
            names.add(body)
    surname = att.speaker.split()[-1].lower()
    names.add(surname)
    return names


def speakers_compatible(a: Attribution | None, b: Attribution | None) -> bool:
    ia, ib = _identity(a), _identity(b)
    if not ia or not ib:
        return True  # an unattributed quote cannot contradict a speaker
    return bool(ia & ib) or any(x in y or y in x for x in ia for y in ib if len(x) > 3 and len(y) > 3)


def _altered(a: QuoteValue, b: QuoteValue) -> list[str]:
    wa, wb = set(content_words(a.content)), set(content_words(b.content))
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    missing = small - large
    changed = [w for w in missing if _is_number(w) or w in NEGATIONS]
    if changed or len(missing) >= max(2, len(small) // 6):
        return sorted(missing)
    return []


def _is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in NUMBER_WORDS


def _numbers_differ(a: QuoteValue, b: QuoteValue) -> bool:
    """Whether the two contents give different numbers ("tariffs of 41 percent", "tariffs of 33%")."""
    def numbers(q: QuoteValue) -> set[str]:
        return {w for w in content_words(q.content) if _is_number(w)}
    return numbers(a) != numbers(b)


@hookimpl
def claimtrack_compare(a: Claim, b: Claim) -> Comparison | None:
    if a.kind != "quote" or b.kind != "quote":
        return None
    va, vb = a.value, b.value
    if not (isinstance(va, QuoteValue) and isinstance(vb, QuoteValue)):
        return None
    sa = a.attribution.speaker if a.attribution else None
    sb = b.attribution.speaker if b.attribution else None
    compatible = speakers_compatible(a.attribution, b.attribution)
    if not (va.direct or vb.direct):
        # two paraphrases: different people may well say similar things, and unattributed boilerplate
        # ("the deal is expected to close ...", "officials said ...") recurs in every story; one named
        # speaker said it once
        if not (compatible and sa and sb) or (sa.islower() and sb.islower()) or _numbers_differ(va, vb):
            return None  # figures inside a paraphrase are compared as figures
        return Comparison("agree", f"{a.source} and {b.source} report the same statement, in other words, by "
                                   f"{sa}.")
    if not compatible:
        return Comparison("conflict", f"The same words are attributed to different speakers: {a.source} "
                                      f"says {sa}, {b.source} says {sb}.", code="speaker")
    if va.direct and vb.direct:
        altered = _altered(va, vb)
        if altered:
            return Comparison("conflict", f"A direct quote by {sa or sb or 'the same speaker'} is worded "
                                          f"differently: {a.source} and {b.source} differ on "
                                          f"{', '.join(repr(w) for w in altered[:5])}.", code="wording")
    return Comparison("agree", f"{a.source} and {b.source} report the same statement by {sa or sb or 'an unnamed source'}.")
