"""The subject of a reported clause in its other shapes: the holder of a noun of saying ("her
criticism of"), a subject joined to an earlier clause, inverted ("said the mayor"), apposed,
across an insert or a relative clause, after "be" with an adjective of attitude, a determined
noun phrase, and where a clause opens or ends around its cue.
"""

from __future__ import annotations

import re

from ..entities import NOT_NAMES, ROLE_WORDS, TITLE_ABBREVIATIONS
from ..timex import WEEKDAY_NAMES
from .context import _Context
from .cues import (
    _ATTITUDE_ADVERBS,
    _ATTITUDE_OPENING,
    _ATTITUDE_VERBS,
    _ATTITUDES,
    _DETERMINERS,
    _EXPLETIVES,
    _IRREGULAR_PASTS,
    _MAKE_FORMS,
    _NOUN_LEAD,
    _PRONOUNS,
    ALL_INDIRECT,
    INDIRECT_CUES,
    SPEAKER_NOUNS,
    STANCE_VERBS,
)
from .spans import _NP_TOKEN_BEFORE, _POSSESSIVE, _QUOTE_MARK, _SPACE_DOTS, _SPACES, _STOP_PUNCT, _WORDS
from .subjects import (
    _CLAUSE_WORDS,
    _COORDINATION_CHARS,
    _HOLDER_WORDS,
    _LEAD_IN,
    _LY_ADJECTIVES,
    _NOT_PLURAL,
    _NOT_SUBJECT,
    _SUBJECT_OPENER,
    _VERB_LEAD,
    _WHEN_WORDS,
    _WORD_AFTER,
    _adverb_or_auxiliary,
    _loose_subject,
    _may_end_subject,
    _np_after,
    _opens_lead_in,
    _prefix_subject,
    _relative_head,
    _sentence_subject,
    _subject_before,
)

# verbs whose object noun is the subject's own view: "she voiced doubts about", "they raised concerns over"
_VOICING = frozenset("""voiced voice voices expressed express expresses raised raise raises aired airs shared
shares issued issues made make makes offered offers repeated repeats echoed echoes registered""".split())


def _holder(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """Whose view a noun cue at ``pos`` reports: a possessive just before it ("Ana’s criticism of",
    "their strong support for"), a name as its modifier ("Republican criticism of"), the subject of a verb
    of voicing ("the mayors, who voiced concerns about"), else the subject that opens the sentence."""
    lo = max(s, pos - 60)
    toks = [m for m in _NP_TOKEN_BEFORE.finditer(text, lo, pos)][-3:]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        w = t.group()
        if w.lower() in _HOLDER_WORDS:
            return _possessor_subject(text, s, t) or t.span()
        possessive = _POSSESSIVE.search(w)
        if w[:1].isupper() and (possessive or k == len(toks) - 1 and w not in NOT_NAMES):
            first = k
            while first > 0 and toks[first - 1].group()[:1].isupper() and not text[
                    toks[first - 1].end():toks[first].start()].strip() and toks[first - 1].group() not in NOT_NAMES:
                first -= 1
            return toks[first].start(), t.end() - (2 if possessive else 0)
        if w.lower() in _VOICING:
            np = _subject_before(text, s, t.start()) or _loose_subject(text, s, t.start())
            if np is not None:
                return np
        if not w.islower() or text[t.end():toks[k + 1].start() if k + 1 < len(toks) else pos].strip():
            break  # only a few adjectives between: "their strong support for"
    return _sentence_subject(text, s, pos)


# particles and prepositions of a phrasal verb before its object: "doubled down on his", "toned down her"
_PHRASAL_PARTICLES = frozenset("down up back off out on".split())
_NOT_VERBS = _NOUN_LEAD | _CLAUSE_WORDS | frozenset("""about against among as at between by from including into
like over than through toward towards under with without""".split())
_PREVIOUS_WORD = re.compile(r"([a-z]+)\s+$")


def _possessor_subject(text: str, s: int, possessive: re.Match) -> tuple[int, int] | None:
    """The subject of the verb whose object a possessive opens, which the possessive names again: "Both
    parents stiffened their denunciation of", "Trump is doubling down on his support for"; None when no verb
    stands just before it ("in their criticism of", "including his support for")."""
    at = possessive.start()
    for _ in range(3):
        m = _PREVIOUS_WORD.search(text, max(s, at - 24), at)
        if m is None:
            return None
        at = m.start()
        if m[1] not in _PHRASAL_PARTICLES:
            break
    if m[1] == "in":
        np = _predicate_subject(text, s, at)  # "were unanimous in their condemnation of"
    elif m[1] in _NOT_VERBS or len(m[1]) < 3:
        return None
    else:
        np = _subject_before(text, s, at) or _loose_subject(text, s, at)
    if np is None:
        return None
    last = text[np[0]:np[1]].rsplit(None, 1)[-1]
    if possessive.group().lower() == "their" and last.lower() in ("he", "she", "it"):
        return None
    if possessive.group().lower() in ("his", "her") and last.islower() and (last.endswith("s") or last == "which"):
        return None  # "voters cite his support", "which shapes her view": his or hers is someone else's
    return np


def _predicate_subject(text: str, s: int, at: int) -> tuple[int, int] | None:
    """The subject of "be" and an adjective or a noun before "in" at ``at``, whose view a possessive after
    "in" names: "Latino leaders have been unsparing in their criticism of", "The paper is outspoken in its
    opposition to"."""
    word = _PREVIOUS_WORD.search(text, max(s, at - 24), at)
    if word is None or word[1] in _NOT_VERBS:
        return None
    be = _be_start(text, s, word.start())
    if be is None:
        return None
    return _subject_before(text, s, be) or _loose_subject(text, s, be) or _determined_subject(text, s, be)


def _own_holder(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The holder of a noun of stance at ``pos`` that names its own ("her support for", "Republican
    opposition to", "the mayors voiced support for"), not the subject of the sentence it stands in."""
    words = text[max(s, pos - 30):pos].split()[-3:]
    voiced = any(w.lower() in _VOICING or w.lower() in _HOLDER_WORDS for w in words)
    holder = _holder(text, s, pos)
    if holder is None or text[holder[0]:holder[1]].lower().endswith("ing"):
        return None  # "Building broad support for"
    between = text[holder[1]:pos].split()
    if not voiced and (holder[1] < pos - 30 or any(w.lower() in _NOUN_LEAD or w.endswith("ed") for w in between)):
        return None  # "the state increased support for farmers": aid, not a view
    return holder


_SUBJECT_PAIR_WORDS = frozenset(("both", "either", "neither", "that", *_PRONOUNS, *_DETERMINERS))


# where a clause with a subject of its own may join a sentence: "..., and the union has sued", "as Ms. Vega
# echoed", "After the vote, Ana said"
_JOINED_CLAUSE = re.compile(r",\s*(?:(?:and|but|while|whereas)\s+)?|\bas\s+")


def _joined_subject_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The subject of the last clause joined to the sentence between ``lo`` and a participle or joined
    verb at ``pos``, which it goes on with: "Farm groups say the rules are strict, and the union has sued
    the county, saying ..." (the union), "..., as Ms. Vega echoed the charge, saying ..." (Ms. Vega)."""
    if pos - lo < 12:
        return None
    for m in reversed(list(_JOINED_CLAUSE.finditer(text, lo, pos))):
        np = _np_after(text, m.end(), pos)
        if np is not None and not (text[np[0]:np[1]].split()[-1][:1].isupper() or text[
                np[0]:np[1]].lower() in _PRONOUNS):
            np = None  # "as the most qualified", "and the state union": no name
        if np is None and m.group().strip(", "):  # after "as" a common noun is its object: "as the nominee"
            np = _determined_after(text, m.end(), pos) if m.group()[0] == "," else None
        if np is None or text[np[0]:np[1]].lower() in _EXPLETIVES:
            continue
        verb = _WORD_AFTER.match(text, np[1], pos)
        low = verb.group().strip() if verb else ""
        if low in _VERB_LEAD or low in ALL_INDIRECT or low.endswith("ed") or low.endswith("s") and low.isalpha(
                ) and low.islower() and low not in _NOT_PLURAL:
            return np
    return None  # "and Vega, saying", "as the Democratic nominee, seeking": no clause of its own


def _determined_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """A common noun phrase opened by a determiner at ``pos`` that ends before an auxiliary or a verb in
    -ed: "the state union has sued", "the crowd cheered"."""
    words = list(_WORDS.finditer(text, pos, min(limit, pos + 60)))[:6]
    if len(words) < 3 or words[0].group().lower() not in _SUBJECT_DETERMINERS:
        return None
    for k in range(2, len(words)):
        low = words[k].group().lower()
        if low in _VERB_LEAD or len(low) > 4 and low.endswith("ed"):
            return words[0].start(), words[k - 1].end()
        if not low.isalpha() or low in _NOT_VERBS or low in _NOT_SUBJECT or _STOP_PUNCT.search(
                text, words[k - 1].end(), words[k].start()):
            return None
    return None


def _joined_subject(text: str, word: str, cue_end: int, join: re.Match) -> bool:
    """Whether an "and" after a verb of saying joins two subjects of the clause it reports, not two
    reports: "Cruz said both he and Rubio promised ...", "said the mayor and her deputy agreed ..."."""
    if word.lower() not in INDIRECT_CUES or not join.group()[:1].isspace():
        return False
    words = text[cue_end:join.start()].split()
    return 1 <= len(words) <= 3 and all(
        w.lower() in _SUBJECT_PAIR_WORDS or w[:1].isupper() or w.lower() in ROLE_WORDS or w.lower() in SPEAKER_NOUNS
        for w in words) and words[-1].lower() not in _DETERMINERS and words[-1].lower() != "that"


# What may follow the cue of "CONTENT, X said" when nothing is reported after it: a time, a place, a
# medium or an occasion ("said Thursday", "said in a statement", "told the court in a filing")
_AFTERWORD = re.compile(
    r"\s*(?:$|[,;:.!?—–(]|(?:on|in(?!\s+fact\b)|at(?!\s+(?:least|most)\b)|during|after|before|as|when|while|last|"
    r"this|next|yesterday|today|tonight|"
    r"earlier|later|recently|late|early|of|via|through|from|with|by|again|also|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)")
# the words that may stand between a clause's comma and the subject after it: "..., border officials say"
_SUBJECT_LEAD_WORDS, _SUBJECT_LEAD_CHARS = 3, 48


def _inverted_subject(text: str, cue_end: int, end: int) -> tuple[int, int] | None:
    """The subject after a cue that follows its reported words ("..., said Ana Ruiz, the mayor"): a name
    or a role that ends its clause, or is followed by a time or place ("said Ana Ruiz on Monday"); or
    a short phrase up to a clause mark that ends on a name or a role ("says political scientist Ana Brito
    in Lisbon.", "said the firm's chief executive, Paul Roux")."""
    if _WHEN_AFTER.match(text, cue_end, end):
        return None  # "..., a spokeswoman, Ana Ruiz, said on Saturday": a time, the subject stands before
    np = _np_after(text, cue_end, end)
    if np is None:
        return _short_phrase(text, cue_end, end, after=True)
    if _CONTRACTED_PRONOUN.match(text, np[0], np[1]):
        return None  # "Ana, though, said he’s ...": a reported clause, no subject after the cue
    comma = text.find(",", np[0], np[1])  # "said Ana Ruiz, a spokeswoman": the name
    np = (np[0], comma) if comma != -1 else np
    if text[np[0]:np[1]].lower() in _PRONOUNS or not _AFTERWORD.match(text, np[1], end):
        return None
    return np


# "he’s", "they're": a pronoun and its verb, which open a clause
_CONTRACTED_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you)[’'](?:s|re|ve|d|ll|m)\b", re.IGNORECASE)
# "said" and "says" after a comma take their subject after them: a described speaker ("..., said several
# council members."); a few objects of "say" are no speaker ("..., said a short prayer")
_SAY_FORMS = frozenset(("said", "says"))
_SAID_OPENERS = _DETERMINERS | frozenset("two three four five six seven eight nine ten both most few other all "
                                         "dozens hundreds".split())
_SAID_OBJECTS = frozenset("""same nothing something anything everything goodbye grace prayer prayers words thing things
word yes no hello thanks""".split())
_SAID_PHRASE_END = re.compile(r"[,.;:!?—–()“”\"]|\s(?:who|which|that|whose)\s")
_SAID_PHRASE_WORDS = 10


def _said_by(text: str, cue: re.Match, end: int) -> tuple[int, int] | None:
    """The described subject after "said" in "CONTENT, said a former aide to the mayor.": a phrase opened
    by a determiner or a number, with no verb in it (nor a past form after its second word), that ends the
    sentence; a relative clause or a name in apposition may close it ("said two aides who ...", "said a
    former aide, Ana Ruiz")."""
    stop = _SAID_PHRASE_END.search(text, cue.end(), end)
    hi = stop.start() if stop is not None else end
    words = text[cue.end():hi].split()
    if not 2 <= len(words) <= _SAID_PHRASE_WORDS or words[0].lower() not in _SAID_OPENERS:
        return None
    low = [w.lower() for w in words]
    if low[-1] in _SAID_OBJECTS or any(w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS or w == "not" or (
            k > 1 and w.endswith("ed")) for k, w in enumerate(low[1:], 1)):
        return None  # "..., said the plan failed": a reported clause
    if stop is not None and stop.group() == ",":
        name = _np_after(text, stop.end(), end)  # "..., said a former aide, Ana Ruiz."
        if name is None or not text[name[0]].isupper() or not _SPACE_DOTS.fullmatch(text, name[1], end):
            return None
        hi = name[1]
    elif stop is not None and stop.group() not in ".!?":
        close = end - 1 if text[end - 1:end] in ".!?" else end
        if not stop.group()[:1].isspace() or _CLAUSE_MARK.search(text, stop.end(), close):
            return None  # a relative clause closes the sentence: "said the aide who, ..., should go" reports
    start = cue.end() + len(text[cue.end():hi]) - len(text[cue.end():hi].lstrip())
    return start, hi


# a time or an occasion right after a cue: "said on Saturday", "tweeted Sunday", "confirmed in a statement"
_WHEN_AFTER = re.compile(rf"\s*(?:(?:on|in|at|during|after|before|last|this|earlier|later)\s|(?:{'|'.join(WEEKDAY_NAMES)})\b)")


def _apposed_before(text: str, s: int, cue: int) -> tuple[int, int] | None:
    """The speaker of "CONTENT, a spokeswoman, Ana Ruiz, said": a description opened by a determiner and
    a name, each between commas, just before a cue after a comma (the name alone would be an insert)."""
    name_end = text.rfind(",", s, cue)
    mid = text.rfind(",", s, name_end)
    first = text.rfind(",", s, mid) if mid != -1 else -1
    if first == -1 or _QUOTE_MARK.search(text, first, name_end):
        return None
    name, described = text[mid + 1:name_end].split(), text[first + 1:mid].split()
    if not 1 <= len(name) <= 5 or not all(w[:1].isupper() for w in name) or name[0] in NOT_NAMES:
        return None
    if not 2 <= len(described) <= 8 or described[0].lower() not in _DETERMINERS or any(
            w.lower() in _CLAUSE_WORDS for w in described):
        return None
    return text.index(described[0], first), text.index(name[-1], mid) + len(name[-1])


_BE_FORMS = frozenset("is are was were am be been".split())


# adverbs between a form of "be" and its -ing verb: "is now backing", "are not considering"
_PROGRESSIVE_ADVERBS = frozenset("also still now not n't n’t already just even never again increasingly".split())
_NON_SPACE = re.compile(r"\S+")


def _be_start(text: str, s: int, pos: int) -> int | None:
    """Where the form of "be" before the -ing verb at ``pos`` starts ("is backing", "are now considering",
    "they’re hoping": at the apostrophe), or None when there is none."""
    words = list(_NON_SPACE.finditer(text, max(s, pos - 40), pos))[-3:]
    for m in reversed(words):
        low = m.group().lower()
        if low in _BE_FORMS or low[:-3] in _BE_FORMS and low.endswith(("n't", "n’t")):  # "is", "isn’t"
            return m.start()
        for ending in ("'s", "’s", "'re", "’re"):
            if low.endswith(ending) and low[:-len(ending)] in _PRONOUNS | {"you", "we", "they"}:
                return m.end() - len(ending)
        if low not in _PROGRESSIVE_ADVERBS and not (low.endswith("ly") and low not in _LY_ADJECTIVES):
            return None
    return None


def _progressive(text: str, s: int, pos: int) -> bool:
    """Whether the -ing cue at ``pos`` follows a form of "be" ("the union is seeking to ..."): a finite verb
    with a subject of its own, not a participle that hangs on the sentence's."""
    return _be_start(text, s, pos) is not None


_NO_HOLDERS = frozenset("it this that there what".split())


def _attitude(text: str, s: int, cue: re.Match, ctx: _Context) -> tuple[re.Match, tuple[int, int] | None] | None:
    """The cue of an attitude adjective and its holder, the subject before its "be" or "make" ("the mayor is
    confident that", "Ana has made it clear that"), or no holder when it follows a comma ("..., confident
    that": the sentence's subject); None when the adjective is attributive or does not take the words after it."""
    word = cue["cue"].lower()
    opening = _ATTITUDE_OPENING.match(text, cue.end())
    if opening is None:
        return None
    taken = opening[opening.lastgroup]
    if opening.lastgroup == "clause" and taken not in ("whether", "if", "how"):
        taken = "clause"  # "is sure she will win"
    if taken not in _ATTITUDES[word]:
        return None
    verbs = _MAKE_FORMS if word == "clear" else _ATTITUDE_VERBS
    for m in reversed(list(_NON_SPACE.finditer(text, max(s, cue.start() - 40), cue.start()))[-4:]):
        low = m.group().lower()
        apostrophe = max(low.rfind("'"), low.rfind("’"))
        contracted = word != "clear" and apostrophe > 0 and low[apostrophe + 1:] in ("re", "m", "s") and (
            low[:apostrophe] in _PRONOUNS or low[:apostrophe] in ("you", "we", "they"))
        if low in verbs or low[:-3] in verbs and low.endswith(("n't", "n’t")) or contracted:  # "is", "isn’t", "they’re"
            if _coordinated(text, s, m.start()):
                return cue, None  # "and remains confident that"
            at = m.start() + apostrophe if contracted else m.start()
            lead = text[max(s, at - 24):at].rsplit(None, 1)
            np = _subject_before(text, s, at, ctx) or _prefix_subject(text, s, at) or (_loose_subject(
                text, s, at) if lead and _may_end_subject(lead[-1], lead[-1].strip(",;:“”\"()").lower()) else None)
            if np is None or text[np[0]:np[1]].lower() in _NO_HOLDERS:
                return None
            return cue, _relative_head(text, s, np)
        if low not in _ATTITUDE_ADVERBS and not low.endswith("ly"):
            break
    return (cue, None) if word != "clear" and _after_comma(text, s, cue.start()) else None


def _after_comma(text: str, s: int, pos: int) -> bool:
    """Whether a comma, and only white space, stands before ``pos`` (not before ``s``)."""
    j = pos
    while j > s and text[j - 1].isspace():
        j -= 1
    return j > s and text[j - 1] == ","


def _after_quoted_comma(text: str, pos: int) -> bool:
    """Whether a comma inside closing quote marks stands before ``pos``: a few quoted words end a clause and
    a participle goes on with the subject ("blamed a “faulty microphone,” claiming ...")."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j >= 2 and text[j - 1] in "”\"" and text[j - 2] == ","


def _coordinated(text: str, s: int, pos: int) -> bool:
    """Whether the verb at ``pos`` is joined to one before it and shares its subject ("Ana denied the
    report and later said ..."): "and" or "but" and perhaps auxiliaries and adverbs just before it."""
    lo = max(s, pos - _COORDINATION_CHARS)
    words = text[lo:pos].split()
    k = len(words) - 1
    while k >= 0 and (words[k] in _VERB_LEAD or words[k] in _WHEN_WORDS):  # "and on Monday announced"
        k -= 1
    if k < 0 or words[k] not in ("and", "but"):
        return False
    if k == 0:  # "“...” and said": a closing quote mark just before the stretch
        return lo == s > 0 and text[s - 1] in "”\"" and text[s].isspace()
    before = words[k - 1].rstrip(",")
    return bool(before) and (before[-1].isalnum() or before[-1] in "_’'”\"")


def _insert_close(text: str, lo: int, pos: int) -> int:
    """The comma or dash that closes an inserted phrase just before the verb at ``pos`` (white space,
    auxiliaries and adverbs between), after ``lo``; else -1."""
    close = _verb_group_start(text, lo, pos)
    return close - 1 if close > lo and text[close - 1] in ",—–" else -1


def _verb_group_start(text: str, lo: int, pos: int) -> int:
    """Where the words before the verb at ``pos`` end, back over white space, auxiliaries and adverbs
    ("who asked not to be named have since said": after "named"), not before ``lo``."""
    close = pos
    while True:
        while close > lo and text[close - 1].isspace():
            close -= 1
        start = close
        while start > lo and (text[start - 1].isalnum() or text[start - 1] in "’'"):
            start -= 1
        word = text[start:close].lower()
        if not word or word not in _VERB_LEAD and not (word.endswith("ly") and word not in _LY_ADJECTIVES):
            return close
        close = start


def _subject_across_insert(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject before an inserted phrase that ends just before a cue at ``pos``, between commas,
    dashes or brackets: "Judge Ana Ruiz, in her dissent, said", "Tom Ek -- who chairs the board -- told"."""
    open_ = _insert_open(text, s, pos)
    return _subject_before(text, s, open_, ctx) if open_ != -1 else None


def _opening_across_insert(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The sentence opening before an inserted phrase that ends just before a cue at ``pos``, when the
    opening can only be the subject: "The teachers at the school, including two coaches, said"."""
    open_ = _insert_open(text, s, pos)
    if open_ == -1:
        return None
    end = len(text[:open_].rstrip())
    return _prefix_subject(text, s, end) or _determined_subject(text, s, end) or _long_opening_subject(text, s, end)


_RELATIVE_WORDS = 10
# bare verbs of saying and thinking after a subject that a relative clause qualifies ("Residents who oppose the
# levy say ...")
_RELATIVE_VERBS = frozenset("say think thinks believe believes know knows want wants fear fears".split())


def _relative_clause_subject(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject of a verb of saying at ``pos`` that a relative clause with no commas qualifies: "Council
    members who asked not to be named said", "Two officials who requested anonymity said"."""
    who = text.rfind(" who ", max(s, pos - 80), pos)
    if who == -1 or _CLAUSE_MARK.search(text, who, pos) or len(text[who:pos].split()) > _RELATIVE_WORDS:
        return None
    np = _prefix_subject(text, s, who) or _determined_subject(text, s, who) or _subject_before(
        text, s, who, ctx) or _long_opening_subject(text, s, who)
    return np if np is not None and not text[np[1]:who].strip() else None


def _insert_open(text: str, s: int, pos: int) -> int:
    """Where an inserted phrase that ends just before the cue at ``pos`` opens (its comma, dash or
    bracket), back over white space and auxiliaries ("Ana, for example, had previously said"); else -1."""
    close = _verb_group_start(text, s, pos)
    mark = text[close - 2:close] if text.startswith("--", close - 2) else text[close - 1:close]
    if close <= s or mark not in _INSERT_MARKS or mark == "-" and text[close - 2:close - 1] != " ":
        return -1
    if mark == "-":  # a hyphen between spaces for a dash: "Ana Ruiz - the head of the union - said"
        open_ = text.rfind(" - ", s, close - 2)
        open_ = open_ + 1 if open_ != -1 else -1
    else:
        open_ = text.rfind(_INSERT_MARKS[mark], s, close - len(mark))
    if open_ == -1 or len(text[open_:close].split()) > _INSERT_WORDS or _QUOTE_MARK.search(text, open_, close):
        return -1
    return open_


_RELATIVE_OPENERS = ("who ", "which ", "whose ")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:[a-z]+\s+){0,2}$")
_JOINING = frozenset("and but yet so".split())


def _relative_insert_subject(text: str, s: int, pos: int, ctx: _Context) -> tuple[int, int] | None:
    """The subject of a cue at ``pos`` that a relative clause between commas separates from it: "A city
    official, who asked not to be named, said ...". The subject opens the sentence (perhaps after "But"),
    so the cue reports the words after it, not the words before a comma ("CONTENT, said X")."""
    close = pos
    while close > s and text[close - 1].isspace():
        close -= 1
    if close <= s or text[close - 1] != ",":
        return None
    open_ = text.rfind(",", s, close - 1)
    if open_ == -1 or not text.startswith(_RELATIVE_OPENERS, _SPACES.match(text, open_ + 1).end()) or len(
            text[open_:close].split()) > _INSERT_WORDS or (
            _CLAUSE_MARK.search(text, s, open_) or _QUOTE_MARK.search(text, open_, close)):
        return None
    np = _determined_subject(text, s, open_) or _subject_before(text, s, open_, ctx)
    lead = text[s:np[0]].split() if np is not None else []
    return np if np is not None and (not lead or len(lead) == 1 and lead[0].lower() in _JOINING) else None


# the verbs that govern an infinitive cue and lend it their subject: "continued to say", "went on to say", "has
# to show"; and any verb in -ed ("declined", "refused"). (After "be", an adjective's "to" is an attitude's:
# "is eager to")
_GOVERNING = frozenset("""continue continues went go goes began begin begins try tries want wants need needs
has have had seem seems appear appears refuse refuses decline declines fail fails hesitate""".split())
_GOVERNED = re.compile(r"(?:^|\s)([a-z]+)(?:\s+on)?\s+to\s+$")


def _infinitive_head(text: str, s: int, pos: int, word: str) -> int:
    """Where the subject of a cue at ``pos`` ends: before the verb that governs it when it is an
    infinitive ("Berg continued to say", "the union has to show"), else at the cue."""
    if word.endswith(("s", "ed", "ing")) or not text.startswith("to", pos - 3) or pos - 3 < s:
        return pos
    m = _GOVERNED.search(text[max(s, pos - 32):pos])
    if m is None or not (m[1] in _GOVERNING or m[1].endswith("ed") and m[1] not in _NOUN_LEAD):
        return pos
    return pos - len(m.string) + m.start(1)


# Reporting verbs whose forms are no noun ("the notes", "state reports" are): their subject may be any
# noun a determiner opens ("the task force announced")
_PLAIN_CUES = INDIRECT_CUES - frozenset("states notes claims reports estimates stresses".split())
# the words that open such a subject, and the prepositions that join a noun to it ("the head of the panel")
# past stances, which no noun shares ("the board rejected", "the bureau asked"): not a name given ("a site
# called", "once known for") nor an adjective of attitude ("voters, disappointed in")
_PAST_STANCES = frozenset(w for w in STANCE_VERBS if w.endswith("ed") or w in _IRREGULAR_PASTS) - frozenset(
    _ATTITUDES) - frozenset("called known labeled labelled dubbed termed named".split())
_SUBJECT_DETERMINERS = frozenset("the a an this these those his her their its our my your each every another no".split())
_SUBJECT_JOINS = frozenset("of for at on in with from".split())
_DETERMINED_WORDS = 8


def _determined_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """A common noun that the speaker finder does not know as a speaker, opened by a determiner and
    ending just before a reporting verb at ``pos``, past auxiliaries and adverbs: "the task force
    announced", "a field test indicated", "the head of the county's water board has said". The phrase
    opens its clause: a preposition before it makes it an object ("in the end said" is no subject)."""
    toks = [(m.start(), m.end(), m.group()) for m in _NP_TOKEN_BEFORE.finditer(text, max(s, pos - 96), pos)]
    k = len(toks) - 1
    while k >= 0 and _adverb_or_auxiliary(toks[k][2]):
        k -= 1
    if k < 1 or not _common_head(toks[k][2]) or any(
            text[a[1]:b[0]].strip() for a, b in zip(toks[k:], [*toks[k + 1:], (pos, pos, "")])):
        return None  # "as the sea level rises, argues": a clause mark between
    end = toks[k][1]
    for j in range(k - 1, max(-1, k - _DETERMINED_WORDS), -1):
        if text[toks[j][1]:toks[j + 1][0]].strip():
            return None  # a comma or quote mark inside: no plain noun phrase
        low = toks[j][2].lower()
        if low in _SUBJECT_DETERMINERS:
            before = toks[j - 1][2].lower() if j > 0 and not text[toks[j - 1][1]:toks[j][0]].strip() else ""
            if before in _SUBJECT_JOINS:
                continue  # "the head of the board": read on to the head's own determiner
            if before and before not in _CLAUSE_WORDS and before not in _NOT_SUBJECT:
                return None  # "in the end", "voted the bill": an object or a phrase of place, no subject
            return toks[j][0], end
        if low in _CLAUSE_WORDS or low in _NOT_SUBJECT or low in _VERB_LEAD or low.endswith("ing") or (
                low in _NOUN_LEAD and low not in _SUBJECT_JOINS):
            return None
    return None


# what opens a reported clause right after its verb: "that", a pronoun, a determiner or a number
_CLAUSE_AFTER = re.compile(r"\s+(?:(?i:that|he|she|they|it|we|i|there|the|a|an|this|these|his|her|their|its|most|"
                           r"many|some|no)\b|\d|[A-Z][a-z])")
_OPENING_WORDS = 12
_NON_WORD_END = re.compile(r"[’'].*$")
# the verbs whose forms are rarely a noun, which may follow such a subject (not "reports", "doubt", "plans")
_OPENING_CUES = _PLAIN_CUES | frozenset("say think thinks believe believes know knows show shows showed suggest "
                                        "suggests find finds found argue insist warn contend agree agrees "
                                        "agreed".split())
# words between a subject and its verb that the speaker finder leaves in the subject ("voters overall said")
_SUBJECT_TAIL = frozenset("overall however too also both all alone".split())


def _long_opening_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject of a verb of saying that opens its sentence and that no speaker rule reads, a plain
    phrase of up to twelve words with no verb or clause word in it: "Nearly eight in 10 voters overall
    said", "Polls there show", "But few on either side of the debate think"."""
    m = _SUBJECT_OPENER.match(text, s, pos)
    i = m.end() if m else s
    toks = list(_NON_SPACE.finditer(text, i, pos))
    if toks and _opens_lead_in([t.group() for t in toks]):
        return None  # "In the end said": a lead-in, which the speaker rules read past when they can
    while toks and (_adverb_or_auxiliary(toks[-1].group()) or toks[-1].group().lower() in _SUBJECT_TAIL):
        if toks.pop().group().lower() in _BE_FORMS:
            return None  # "Ana was declared the winner": a passive
    low = [t.group().lower() for t in toks]
    if not 2 <= len(toks) <= _OPENING_WORDS or not (m.end() > s or toks[0].group()[:1].isupper() or low[0][:1].isdigit()):
        return None
    if _NON_WORD_END.sub("", low[0]) in _NO_HOLDERS or low[-1] in _NOUN_LEAD or any(
            c in text[i:pos] for c in ",;:“”\"'()—–") or any(
            w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS for w in low):
        return None  # "It's fine to feel", "Ana left no doubt"
    return toks[0].start(), toks[-1].end()


def _common_head(word: str) -> bool:
    """Whether ``word`` may be the common noun that ends a subject ("force", "test", "work")."""
    low = word.lower()
    return word.isalpha() and word.islower() and len(word) > 2 and low not in _NOUN_LEAD and (
        low not in _NOT_SUBJECT and low not in _CLAUSE_WORDS and not low.endswith(("ly", "ed", "ing")))


# the mark that closes an inserted phrase -> the mark that opens it
_INSERT_MARKS = {",": ",", "—": "—", "–": "–", "--": "--", "-": "-", ")": "("}
# the longest inserted phrase between a subject and its cue: "Ana, in the wake of the vote on Monday, said"
_INSERT_WORDS = 14


def _tail_subject(text: str, s: int, cue_start: int, cue_end: int, e: int, *, known_head: bool = False,
                  modified: bool = False) -> tuple[int, int] | None:
    """The subject of "CONTENT, one longtime friend said." that no rule for names takes: the few words
    between the comma and a cue that closes the sentence (or is followed by a time or place only).
    ``known_head``: the phrase must end on a speaker, a role, a name or a record ("one memo says",
    "court records show"), for the cues whose letters also spell a noun ("a TV show"); ``modified``: its
    head must take a preposition ("a study by the Rural Schools Council")."""
    comma = text.rfind(",", s, cue_start)
    if comma == -1 or not _AFTERWORD.match(text, cue_end, e) or not _SPACE_DOTS.fullmatch(
            text, cue_end, e) and text[cue_end:e].lstrip()[:1].isalpha() and len(text[s:comma].split()) < 5:
        return None
    return _short_phrase(text, comma + 1, cue_start, after=False, known_head=known_head, modified_only=modified)


# Nouns of records that tell what they hold, as a speaker does: "..., court records show", "..., one memo says"
_RECORD_NOUNS = frozenset("""records documents files filing filings memo memos email emails letter letters slide slides
minutes transcript transcripts notes logs figures numbers tallies statistics results estimates analysis analyses
polls studies surveys reports papers""".split())
# the prepositions that may follow the head of a subject before a closing cue: "an analysis of port records
# shows", "a study by the Rural Schools Council found", "Chad's consul in Lisbon confirmed"
_POST_MODIFIERS = frozenset(("by", "in", "of"))
_TAIL_WORDS, _HEAD_WORDS = 8, 5


def _known_head(word: str) -> bool:
    """Whether a subject's last word names who or what speaks: a role, a speaker noun, a record, a name."""
    low = word.lower()
    return word[:1].isupper() or low in ROLE_WORDS or low in SPEAKER_NOUNS or low in _RECORD_NOUNS


def _post_modified(words: list[str], low: list[str]) -> int:
    """The index of the preposition after the head of a tail subject ("a study by the council", "records
    compiled by the council", "the consul in Lisbon"), when the head names a speaker; else -1."""
    k = next((i for i, w in enumerate(low) if w in _POST_MODIFIERS), -1)
    if k < 1 or len(low) - k - 1 > _TAIL_WORDS or k > _HEAD_WORDS or k + 1 == len(low):
        return -1
    head = k - 1
    if low[k] == "by" and low[head].endswith("ed") and head > 0:
        head -= 1  # "records compiled by": a participle after the head
    return k if _known_head(words[head]) else -1


def _short_phrase(text: str, lo: int, hi: int, *, after: bool, known_head: bool = False,
                  modified_only: bool = False) -> tuple[int, int] | None:
    """A speaker phrase of up to six words in ``text[lo:hi]`` that ends the span (``after``: up to the
    first clause mark) and holds no clause word or auxiliary: "one longtime friend", "political
    scientist Ana Brito in Lisbon". After a cue it must end on a name or a role. Before a cue its head may
    take "by", "in" or "of" and a few words more ("a study by the Rural Schools Council"): with
    ``modified_only``, it must; with ``known_head``, the head names a speaker, a role or a record."""
    if after:
        m = _CLAUSE_MARK.search(text, lo, hi)
        hi = m.start() if m else hi
    words = list(_WORD_AFTER.finditer(text, lo, hi))
    if not words or text[words[-1].end():hi].strip():
        return None
    raw = [w.group().strip() for w in words]
    low = [w.lower() for w in raw]
    modified = -1 if after or len(words) < 3 else _post_modified(raw, low)
    if modified == -1 and (len(words) > 6 or modified_only):
        return None
    # a record noun may end the phrase though a verb shares its letters: "an analysis of port reports shows"
    if any(w in _CLAUSE_WORDS or w in _VERB_LEAD or w in _PRONOUNS or (w in ALL_INDIRECT or w in STANCE_VERBS) and not (
            modified != -1 and k == len(low) - 1 and w in _RECORD_NOUNS)
           or not after and w in _NOT_SUBJECT and k != modified for k, w in enumerate(low)):
        return None
    if known_head and modified == -1 and not _known_head(raw[-1]):
        return None  # a post-modified head is a known one already
    last = words[-1].group().strip()
    if last in TITLE_ABBREVIATIONS:
        return None  # cut by the dot of "Mr."
    place = next((k for k in range(1, len(low)) if low[k] in _PLACE_WORDS), None)
    if place is not None and (after or place == modified):
        # "political scientist Ana Brito in Lisbon", "the consul in Lisbon said": the speaker is not the place
        words = words[:place]
        last = words[-1].group().strip()
    if after and not (last[:1].isupper() or (low[-1] in ROLE_WORDS or low[-1] in SPEAKER_NOUNS) and (
            any(w.group().strip()[:1].isupper() for w in words) or _NAME_AFTER.match(text, hi))):
        return None  # "noted testimony by a former aide" is what was noted
    return words[0].start() + len(words[0].group()) - len(words[0].group().lstrip()), words[-1].end()


_PLACE_WORDS = frozenset("in at on from during".split())
_NAME_AFTER = re.compile(r",\s+[A-Z]")
_CLAUSE_MARK = re.compile(r"[,.;:!?—–()“”\"]")


def _comma_before(text: str, lo: int, subject: int) -> int:
    """The comma that closes the words before a subject (",  airline spokesman Ana Ruiz said"), when only
    a few lower-case words stand between, the first of them perhaps "as" (", as the Gazette reported");
    else -1."""
    comma = text.rfind(",", max(lo, subject - _SUBJECT_LEAD_CHARS), subject)
    if comma == -1:
        return -1
    between = text[comma + 1:subject].split()
    if between and between[0] == "as":
        words = text[lo:comma].split()
        if len(words) < 4 or words[0].lower() in _LEAD_IN:
            return -1  # "However, as ...", "In the old town, as ...": no clause before it to report
        between = between[1:]
    if len(between) > _SUBJECT_LEAD_WORDS or any(
            w.lower() in _CLAUSE_WORDS or w.lower() in _NOT_SUBJECT or not w.isalpha() for w in between):
        return -1
    return comma
