"""The records of speech: ``Fragment`` (one quoted stretch), ``Frame`` (who said it, with which cue) and
``Statement``, and how a frame's speaker reads (``speaker_parts``, ``speaker_phrase``, ``speaks_for``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..entities import NOT_NAMES, split_role, strip_possessive
from .cues import _AGENT_NOUNS, _DOC_NOUNS, _PRONOUNS, _TIED_HEAD_WORDS, _TIED_HEADS, _TIES, _tie_fits
from .spans import _DOC_NOUN_END

# the document nouns of the alternation ``_DOC_NOUNS``: a phrase ends with one before ``_DOC_NOUN_END``
# can match it (``str.endswith`` costs less than a regex call)
_DOC_NOUN_ENDINGS = tuple(_DOC_NOUNS.removeprefix("(?:").removesuffix(")").split("|"))


@dataclass
class Fragment:
    start: int  # offset of the opening quote mark
    end: int  # offset just past the closing quote mark
    inner_start: int
    inner_end: int


@dataclass
class Frame:
    """An attribution frame: the speaker phrase as written and the cue words."""

    speaker_text: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int


@dataclass
class Statement:
    start: int
    end: int
    content_start: int
    content_end: int
    direct: bool
    fragments: list[Fragment] = field(default_factory=list)
    frame: Frame | None = None
    sentence: tuple[int, int] = (0, 0)


def speaker_parts(phrase: str) -> tuple[str | None, str | None]:
    """(role, name) of a frame's ``speaker_phrase`` (which the caller has worked out once for both); a
    description without a name has name None, and so has one of people speaking for the name ("Lawyers
    for Ana Ruiz")."""
    return (phrase, None) if speaks_for(phrase) or _tied(phrase) else split_role(phrase)


_AGENT_OPENING = re.compile(rf"(?:(?:a|an|the|two|three|several)\s+)?{_AGENT_NOUNS}\s+(?:for|to)\s", re.IGNORECASE)
_TIED_OPENING = re.compile(rf"(?:[\w.-]+\s+){{0,2}}?(?P<head>{_TIED_HEADS})\s+(?P<tie>{_TIES})\s", re.IGNORECASE)


def _tied(phrase: str) -> bool:
    """Whether a speaker phrase names people by their tie to someone ("Those close to Ana Ruiz", "critics of
    the mayor"): the name after the tie is not the speaker's. (The regex only for a phrase with a head among
    its first three words, or with other than ASCII letters, which may match ASCII ones without case.)"""
    if phrase.isascii() and _TIED_HEAD_WORDS.isdisjoint(phrase.lower().split(None, 3)[:3]):
        return False
    m = _TIED_OPENING.match(phrase)
    return m is not None and _tie_fits(m["head"], m["tie"])


def speaks_for(phrase: str) -> bool:
    """Whether a speaker phrase names people who speak for someone ("Lawyers for Ana Ruiz", "an aide
    to the governor"): they are the speaker, and the name or role after "for" is not theirs. (The
    regex only for a phrase with the word "for" or "to": a regex call costs more than the test.)"""
    return not _FOR_TO.isdisjoint(phrase.lower().split()) and _AGENT_OPENING.match(phrase) is not None


_FOR_TO = frozenset(("for", "to"))


_GROUP_OPENERS = frozenset("Those Some Many Most Others".split())


def speaker_phrase(frame: Frame) -> str:
    """The speaker words without leading conjunctions or articles and without a document noun:
    "While the State Department’s readout" -> "State Department"."""
    words = frame.speaker_text.strip().split()
    # a pronoun alone stays ("He said"): it is resolved to a name later; so does the head of a group that
    # opens the phrase ("Those close to her", "Some in the party")
    while words and (words[0] in NOT_NAMES or words[0].lower() in ("the", "a", "an")) and not (
            len(words) == 1 and words[0].lower() in _PRONOUNS) and not (
            words[0] in _GROUP_OPENERS and len(words) > 1 and words[1].islower()):
        words = words[1:]
    phrase = " ".join(words)
    if phrase.endswith(_DOC_NOUN_ENDINGS):
        phrase = _DOC_NOUN_END.sub("", phrase)
    return strip_possessive(phrase)
