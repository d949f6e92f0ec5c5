"""The speaker or subject next to a cue: the noun phrase before it (``_subject_before``) or after it
(``_np_after``), looser subjects of a clause, and the lead-in phrases at a sentence's start that are
no subject ("In a statement on Monday, ...").
"""

from __future__ import annotations

import re

from ..entities import ROLE_WORDS, TITLE_ABBREVIATIONS, US_STATES, strip_possessive
from ..timex import WEEKDAY_NAMES
from .context import _Context
from .cues import (
    _AGENT_NOUNS,
    _DETERMINERS,
    _NOUN_LEAD,
    _PRONOUNS,
    _RELATIVE_SUBJECT,
    _TIED_HEAD_WORDS,
    _TIED_HEADS,
    _TIES,
    ALL_INDIRECT,
    SPEAKER_NOUNS,
    _tie_fits,
)
from .spans import (
    _ABBREVIATION,
    _NP_TOKEN_AFTER,
    _NP_TOKEN_BEFORE,
    _NUMBER_WORDS,
    _PUNCT_END,
    _SPACES,
    _STOP_PUNCT,
    _WORDS,
)

# When something was said, between the speaker and the verb: "Ana Ruiz on Tuesday said", "Ruiz earlier
# this week told", "the board late Monday rejected", "prosecutors in April charged", "a poll released in late
# August found", "who in 2010 said"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_WHEN_ENDS = (*WEEKDAY_NAMES, "today", "yesterday", "week", "month", "year", "morning", "afternoon", "evening", "night",
              *_MONTH_NAMES, *"0123456789")
_WHEN = (r"(?:(?:(?:on|late|early|earlier|later|last|this|(?:earlier|later)\s+this)\s+)?"
         rf"(?:{'|'.join(WEEKDAY_NAMES)}|today|yesterday|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?"
         rf"|in\s+(?:(?:late|early|mid)[\s-]+)?(?:{'|'.join(_MONTH_NAMES)}|1[89]\d\d|20\d\d)(?:,?\s+(?:1[89]|20)\d\d)?)")
# a participle dated before the verb: "A poll published Thursday said", "a report released on Monday shows"
_DATED_PARTICIPLE = r"[a-z]{3,}ed\s+" + _WHEN
_NEGATED = r"[a-z]+n[’']t"  # "doesn't", "didn’t"
_AUX = re.compile(r"(?:\s+(?:had|has|have|was|were|is|also|then|later|again|repeatedly|previously|further|"
                  r"subsequently|publicly|privately|reportedly|once|earlier|recently|often|never|always|both|all|each|"
                  r"already|had\s+also|would|will|could|may|might|did|does|do|not|" + _NEGATED + "|separately|directly|"
                  r"are|yet\s+to|(?:more|less)\s+likely\s+to|"
                  r"(?:seem|seems|seemed|appear|appears|appeared)\s+to|" + _DATED_PARTICIPLE + "|" + _WHEN +
                  r"))+\s*$")


# the words of a time phrase ("on Monday", "later this week"), one by one
_WHEN_WORDS = frozenset(("on", "late", "early", "earlier", "later", "last", "this", *_WHEN_ENDS))
_AUX_ENDS = tuple(w for w in re.findall(r"[a-z]+", _AUX.pattern.replace(_DATED_PARTICIPLE, "").replace(_WHEN, "")
                                         .replace(_NEGATED, "")) if w not in ("s", "ss")) + _WHEN_ENDS + ("n't", "n’t")
_CLAUSE_WORDS = frozenset("and but or that which who whom as while because if when although though so".split())
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|is\s+widely|was\s+widely)\s*$", re.IGNORECASE)
_PASSIVE_ENDS = ("is", "are", "was", "were", "be", "been", "being", "widely")
_ING_AT = re.compile(r"[a-z]+ing\b")
# An inserted phrase between a subject and its verb: "X, who toured the town, said", "X, 33, said",
# "A senior official, speaking on condition of anonymity, said".
# Several may follow each other: "Ana Ruiz, 58, who lives in Leeds, says".
# A phrase of place or occasion may be one too ("X, in a statement, said"), and a place named after
# another insert goes with it ("X, 22, of Flint, Mich., said"; "X, who served in Peru, Chile and Spain, said").
# A participle in -ed opens one ("The poll, released Monday by Y, showed", "X, clad in red, said").
# One runs up to 200 characters without a comma: "Dr. X, who as a captain ran the clinic under ... and later
# retired as a rear admiral, said" is said by X, not by the admiral its clause ends on.
_INSERT_ONE = (r",\s*(?:who|which|whose|where|\d+|the|a|an|his|her|its|their|speaking|according|citing|now|also|"
               r"then|once|formerly|aged|asked|writing|in|at|during|of|from|on|after|before|with|however|too|only|just|"
               r"through|like|unlike|many|most|some|long|clad|sent|"
               r"(?:when|while|although|though|if)(?=\s+[a-z])|[a-z]+ing|[a-z]{2,}ed)\b"
               r"[^,“”\"]{0,200}")
_INSERT_PLACE = r",\s*[A-Z][\w.]*(?:\s(?:and\s)?[A-Z][\w.]*){0,2}"
_INSERT = re.compile(rf"{_INSERT_ONE}(?:{_INSERT_ONE}|{_INSERT_PLACE})*,\s*$")


def _passive_at(text: str, s: int, pos: int, ctx: _Context) -> bool:
    """Whether the verb at ``pos`` is passive ("was expected"): the last word first, then the run."""
    tail = text[max(s, pos - 40):pos].rstrip()
    return (not tail or tail.lower().endswith(_PASSIVE_ENDS)) and _PASSIVE.search(
        text, ctx.word_run_start(s, pos), pos) is not None


def _subject_before(text: str, limit: int, pos: int, ctx: _Context | None = None) -> tuple[int, int] | None:
    """The subject of a cue verb at ``pos``, skipping auxiliaries and adverbs ("Qin also urged") and an
    inserted clause ("Gov. Ana Vireo, who toured the town, said")."""
    tied = _tied_subject(text, limit, pos)
    if tied is not None:
        return tied
    # _PASSIVE and _AUX end on one of their words and _INSERT on a comma: a test of the last word spares
    # most searches (white space only: search, to be exact)
    tail = text[max(limit, pos - 40):pos].rstrip()
    aux = not tail or tail.endswith(_AUX_ENDS)
    insert = not tail or tail.endswith(",")
    # "is telling": a progressive, not a passive
    passive = (not tail or tail.lower().endswith(_PASSIVE_ENDS)) and not _ING_AT.match(text, pos)
    words_from = limit
    if aux or passive:
        # _PASSIVE and _AUX match words and white space only, up to ``pos``: they cannot start before
        # the run of such characters that ends there
        words_from = ctx.word_run_start(limit, pos) if ctx is not None else limit
        if passive and _PASSIVE.search(text, words_from, pos):
            return None  # "is reported to", "was said to": the subject is not the one speaking
    for pattern, lo in ((_INSERT, limit), (_AUX, words_from)):
        if not (aux if pattern is _AUX else insert):
            continue
        m = pattern.search(text, lo, pos)
        while m is not None and pattern is _INSERT and _opens_with_lead_in(text, limit, m.start()):
            m = pattern.search(text, m.start() + 1, pos)  # "At the club, where ..., Tom Vik, its head, said"
        if m:
            at = m.start()
            if pattern is _AUX and text[max(limit, at - 40):at].rstrip().endswith(","):
                # "Ana, asked about it, had said": the insert stands before the auxiliary
                m2 = _INSERT.search(text, limit, at)
                at = m2.start() if m2 else at
            np = _np_before(text, limit, at)
            if np is None and pattern is _AUX:
                np = _loose_subject(text, limit, at)  # "the mayor's allies on Monday predicted"
            if np is not None and np[1] >= at - 1:
                return np
    np = _np_before(text, limit, pos)
    if np is not None and np[1] >= pos - 2:
        return _apposed_name(text, limit, np) or np
    return None


def _name_described_before(text: str, limit: int, pos: int) -> tuple[int, int] | None:
    """The name of "Name, role phrase," right before a cue at ``pos`` ("Noor Vasquez, head of the union,
    said ..."): the subject before the cue, which no inverted reading of it may take."""
    if text.count(",", max(limit, pos - 100), pos) < 2:
        return None  # the cheap test first: a comma after the name and one after its role
    np = _np_before(text, limit, pos)
    return _apposed_name(text, limit, np) if np is not None and np[1] >= pos - 2 else None


def _apposed_name(text: str, limit: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """The name that a role phrase ``np`` between commas describes, when the name opens the clause: "Noor
    Vasquez, head of the union, said" is said by her, not by the head of the union."""
    if not text.startswith(",", np[1]):
        return None
    comma = text.rfind(",", max(limit, np[0] - 40), np[0])
    role = text[comma + 1:np[1]].split()
    # the role phrase may open before the noun phrase: "head of the nurses' union"
    if comma == -1 or not role[0].islower() or not all(
            w.islower() for w in text[comma + 1:np[0]].split()) or len(role) - len(text[np[0]:np[1]].split()) > 4:
        return None
    name = _np_before(text, limit, comma)
    if name is None or name[1] != comma or not text[name[0]].isupper() or text[name[0]:name[1]].lower() in _PRONOUNS:
        return None
    lead = text[limit:name[0]].rstrip()
    return name if not lead or lead[-1] in ",;:—–(“”\"" else None


# A subject that names its speakers by their tie to someone or something ("Those close to her", "People
# familiar with the talks", "critics of Ana Ruiz"): the whole phrase is the (anonymous or group) speaker; the
# person or thing after the tie is not. The auxiliaries after it stand between it and its verb.
_TIED = re.compile(
    rf"\b(?P<head>(?i:{_TIED_HEADS}))\s+(?P<tie>{_TIES})\s+"
    r"(?P<object>[^\s,;:.!?“”\"()][^,;:.!?“”\"()—–]{0,60}?)"
    r"(?:\s+(?:had|has|have|was|were|is|are|would|will|could|may|might|did|does|do|also|still|now|not|never|long|"
    r"already|often|again|privately|publicly))*\s*$")
# what may stand before a tied subject's head: a determiner, a number, a word of rank ("senior", "Western")
_TIED_LEAD = frozenset("the a an some many several other two three four five most few one senior top former "
                       "current western european foreign local".split())


def _tied_subject(text: str, limit: int, pos: int) -> tuple[int, int] | None:
    """A subject that names its speakers by their tie to someone ("Those close to her say", "critics of
    the plan argue"), when it opens its clause; it ends before the auxiliaries before ``pos``."""
    lo = max(limit, pos - 120)
    window = text[lo:pos].lower()
    heads = _TIED_HEAD_WORDS.intersection(window.split())
    if not heads:
        return None  # the cheap test first: most subjects have no such head
    # the pattern is tried where a head is written, the first one first
    m = next((m for at in sorted(lo + window.find(h) for h in heads) if (m := _TIED.match(text, at, pos))), None)
    if m is None or not _tie_fits(m["head"], m["tie"]):
        return None
    start = m.start("head")
    for _ in range(2):  # "Two senior officials familiar with ..."
        prev = _PREVIOUS.search(text, lo, start)
        if prev is None or prev[1].lower() not in _TIED_LEAD and not (
                prev[1][:1].isupper() and prev[1] not in _NOT_NAME_OPENERS):
            break
        start = prev.start(1)
    before = text[max(limit, start - 12):start].rstrip()
    if before and before[-1] not in ",;:—–(“”\"" and before.rsplit(None, 1)[-1].lower() not in _CLAUSE_WORDS:
        return None  # "talks with critics of the plan": an object, not the subject
    return start, m.end("object")


_PREVIOUS = re.compile(r"([\w.-]+)\s+$")
_NOT_NAME_OPENERS = frozenset("The A An But And Yet So Still However Meanwhile".split())


def _opens_with_lead_in(text: str, limit: int, pos: int) -> bool:
    """Whether the words before ``pos`` are a lead-in phrase ("At Elm Ridge"), not a subject."""
    np = _np_before(text, limit, pos)
    return np is not None and text[np[0]:np[1]].split(None, 1)[0].lower() in _LEAD_IN


def _relative_head(text: str, limit: int, np: tuple[int, int]) -> tuple[int, int]:
    """The subject whose relative clause ends on the noun phrase ``np`` ("Officials who spoke with the
    Daily Post said": the officials, not the newspaper), else ``np``."""
    lo = max(limit, np[0] - 100)
    who = text.rfind(" who ", lo, np[0])
    before = text[max(lo, np[0] - 12):np[0]].split()
    if who == -1 or _CLAUSE_BREAK.search(text, who, np[0]) or text[np[0]:np[1]].lower() in _PRONOUNS or (
            before and before[-1].lower() in _OPENS_CLAUSE):
        return np  # "Ruiz, who got less credit than aides say": the aides open a clause of their own
    head = _np_before(text, limit, who) or _loose_subject(text, limit, who) or _prefix_subject(text, limit, who)
    return head if head is not None and head[1] >= who - 1 and not _opens_with_lead_in(text, limit, who) else np


_OPENS_CLAUSE = frozenset(("than", *_CLAUSE_WORDS))
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"()—–]")


def _np_before(text: str, limit: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before ``pos`` (the subject of a cue verb)."""
    # the phrase is read backwards from ``pos``: tokens of the last few words first, all of them only
    # when the phrase reaches that far
    # (a window that cuts into a parenthesis would read its words as tokens of their own)
    width = 24
    lo = max(limit, pos - width)
    while True:
        if lo > limit and text.find(")", lo, pos) != -1:
            lo = limit
        toks = list(_NP_TOKEN_BEFORE.finditer(text, lo, pos))
        cut = toks[0] if toks and lo > limit else None  # the first token, perhaps cut by the window
        chosen: list[re.Match] = []
        for t in reversed(toks):
            if chosen and text[t.end():chosen[-1].start()].strip():
                break  # a comma or quote mark between words ends the phrase
            if t is cut:
                break  # read further back (below)
            w = t.group(0)
            if w[0].isupper():  # a name or a title, the commonest word of a speaker: no other test
                chosen.append(t)
                continue
            bare = strip_possessive(w.rstrip(".")).lower()
            if (bare in ROLE_WORDS or bare in SPEAKER_NOUNS or w.rstrip(".") in TITLE_ABBREVIATIONS
                    or bare in ("of", "the", "a", "an", "u.s.", "us", "s", "and") and chosen):
                chosen.append(t)
                continue
            if not chosen and bare in _PRONOUNS:
                chosen.append(t)
            break
        else:
            if lo > limit:
                width *= 4
                lo = max(limit, pos - width)
                continue
        if cut is not None and t is cut:  # the walk reached the first token, perhaps cut
            width *= 4
            lo = max(limit, pos - width)
            continue
        break
    while chosen and (chosen[-1].group(0).lower() in ("of", "and") or chosen[-1].group(
            0) in _SUBORDINATORS):
        chosen.pop()  # "As Politico reported", "While Ramos said": the conjunction opens the clause
    if not chosen:
        return None
    start = chosen[-1].start()
    if chosen[0].group(0).lower() in _PRONOUNS:
        start = chosen[0].start()  # a pronoun ends the phrase it starts ("he" never takes more words)
    elif text[start].islower() and chosen[-1].group(0).lower() not in _DESCRIBED_AFTER:
        start = _described_start(text, limit, start)  # "the cautious candidate", not "candidate"
    return _agent_for(text, limit, start), chosen[0].end()


_DESCRIBED_AFTER = frozenset("the a an this his her their its our".split())


def _described_start(text: str, limit: int, start: int) -> int:
    """Where a speaker phrase that opens on a lower-case noun starts when a determiner and words that
    describe the noun stand before it: "the Republican presidential candidate", not "candidate"."""
    words = list(_NP_TOKEN_BEFORE.finditer(text, max(limit, start - 40), start))[-3:]
    end = start
    for w in reversed(words):
        low = w.group(0).lower()
        if text[w.end():end].strip() or low in _CLAUSE_WORDS or low in _VERB_LEAD or low in ALL_INDIRECT or (
                low in _PRONOUNS):
            return start
        if low in _DESCRIBED_AFTER:
            return w.start()
        end = w.start()
    return start


_AGENT_FOR = re.compile(rf"(?:\b(?:a|an|the|two|three|several)\s+)?\b{_AGENT_NOUNS}\s+(?:for|to)\s+$", re.IGNORECASE)


def _agent_for(text: str, limit: int, start: int) -> int:
    """Where a speaker phrase that ends on a name starts when the name is whom the speakers work for:
    "Lawyers for Ana Ruiz said" is said by her lawyers, not by her."""
    if not text.endswith(("for ", "to "), max(limit, start - 4), start):
        return start
    m = _AGENT_FOR.search(text, max(limit, start - 40), start)
    return m.start() if m else start


# conjunctions that open a sentence or a clause in it, capitalised there like a name
_SUBORDINATORS = frozenset("When As While Though Although Because If Since Once Until Unless Whether After Before And But "
                           "Yet Or".split())


def _np_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (the subject after an inverted cue: "said Ned Price")."""
    m = _SPACES.match(text[pos:limit])
    i = pos + (m.end() if m else 0)
    chosen: list[re.Match] = []
    for t in _NP_TOKEN_AFTER.finditer(text[i:limit]):  # lazily: most phrases end within a few tokens
        if chosen and "," in text[i + chosen[-1].end():i + t.start()]:
            break  # "said Anja Voss, the party's campaign manager": what follows the comma is her role
        w = t.group(0)
        bare = strip_possessive(w.rstrip(".")).lower()
        if w[0].isupper() or bare in ROLE_WORDS or bare in ("of", "the", "a", "an") or w.rstrip(".") in TITLE_ABBREVIATIONS:
            chosen.append(t)
            if _PUNCT_END.search(w) and not _ABBREVIATION.fullmatch(w):
                break
            continue
        if not chosen and bare in _PRONOUNS:
            chosen.append(t)
        break
    while chosen and chosen[-1].group(0).lower() in ("of", "the", "a", "an"):
        chosen.pop()
    if not chosen:
        return None
    end = i + chosen[-1].end()
    while end > i and text[end - 1] in ",.;:":
        end -= 1
    return i + chosen[0].start(), end


_SUBJECT_OPENER = re.compile(r"(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Later|Earlier|Then|Also|Indeed|"
                             r"Moreover|Furthermore|Nevertheless|Nonetheless|Besides|Likewise|Similarly|Otherwise|"
                             r"Thus|Finally|Overall|Of\s+course)\b,?\s*)?")
_NOT_SUBJECT = frozenset("that which who whom whose what when where why how if because although though while "
                         "it this there to by in as not no".split())


def _prefix_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """A short sentence opening that can only be the subject: "Experts on tax policy said", also after a
    dateline ("OSLO, May 2, 2024 — Experts on tax policy said")."""
    d = _DATELINE.match(text, s, pos)
    if d is not None and text[s:d.end()].split(None, 1)[0].rstrip(",").isupper():
        s = d.end()  # a place in capitals: where the report was filed, not words of the subject
    m = _SUBJECT_OPENER.match(text, s, pos)
    i = m.end() if m else s
    lead_in = _opens_lead_in(text[i:min(pos, i + 40)].split(None, 2) or [""])
    if lead_in:
        i = _lead_in_end(text, i, pos)  # "After the debate, the candidate said": the subject follows the lead-in
        if i == -1:
            return None
        i = _SPACES.match(text, i).end()
    j = pos
    while j > i and text[j - 1].isspace():
        j -= 1
    words = text[i:j].split()
    if not 1 <= len(words) <= 7 or not (words[0][:1].isupper() or words[0][:1].isdigit() or lead_in and words[
            0] in _DETERMINERS):
        return None
    if any(w.lower().strip("’'") in _NOT_SUBJECT for w in words) or _STOP_PUNCT.search(text, i, j) or any(
            c in text[i:j] for c in ",“”\"()"):
        return None
    if any(w.lower() in _HOLDER_WORDS for w in words[1:]) or any(
            a.endswith("ed") and b.lower() in _DETERMINERS for a, b in zip(words, words[1:])):
        return None  # "Holm attacked the plan", "Vega stepped up her attacks on the plan": a clause, no subject
    # the subject ends before an auxiliary or adverb: "The survey also showed", "Biden was arranging calls"
    k = next((k for k in range(1, len(words)) if _adverb_or_auxiliary(words[k])), 0)
    if k:
        j = i + len(text[i:j]) - len(text[i:j].split(None, k)[k])
        while text[j - 1].isspace():
            j -= 1
    return i, j


def _adverb_or_auxiliary(word: str) -> bool:
    """Whether ``word`` stands between a subject and its verb ("has", "also", "barely"), not in the subject."""
    low = word.lower()
    return low in _VERB_LEAD or len(low) > 4 and low.endswith("ly") and low not in _LY_ADJECTIVES


# Words that may stand between a subject and its verb ("voters strongly oppose", "she has not said")
_VERB_LEAD = frozenset("""had has have was were is are be been would will could may might did does do should must
can not also still now just even never always already often once again then later recently publicly
privately repeatedly reportedly long first increasingly widely openly quickly strongly clearly n’t n't""".split())
# Lower-case words that can head a subject on their own: "most say", "about half oppose", "critics argue"
_SUBJECT_WORDS = frozenset("""percent majority minority most many some others both all few none one half
everyone everybody someone somebody nobody anyone people voters critics supporters opponents aides advisers
allies observers officials experts analysts residents members leaders lawmakers legislators democrats
republicans conservatives liberals activists advocates economists scholars historians pollsters viewers
readers users fans audiences crowd audience public""".split())
# Lower-case words ending in s that are no plural noun
_NOT_PLURAL = frozenset("""is was has does his its this thus us always perhaps whereas across unless less
plus yes as us afterwards towards besides sometimes""".split())
_VERB_LEAD_WORDS = "|".join(sorted(w for w in _VERB_LEAD if w.isalpha()))
# what may join two reported clauses of one sentence: "X said A, and Y said B" / "X said A — but he added B"
_CLAUSE_JOIN = re.compile(r"(?:[,;—–]\s*(?:(?:and|but|while|although|though|as|yet|whereas)\s+)?"
                          r"|\s+(?:and|but|while|although|though|yet|whereas)\s+)"
                          rf"(?:(?:the|a|an|his|her|their|its|our|my|your)\s+)?(?:(?:{_VERB_LEAD_WORDS})\s+)*$")
# how far a joined verb looks back: "and", then auxiliaries and adverbs ("but has also argued")
_COORDINATION_CHARS = 48


# words in -ly that are adjectives or nouns, not adverbs before a verb ("deadly attacks", "the rally")
_LY_ADJECTIVES = frozenset("""deadly early costly likely unlikely friendly unfriendly elderly only daily weekly monthly
yearly quarterly holy lovely ugly lonely silly family rally ally italy july bully belly jelly hourly nightly
orderly timely untimely kindly lively scholarly worldly""".split())


def _may_end_subject(raw: str, low: str) -> bool:
    """Whether the word before a stance verb (``raw`` as written, ``low`` bare and lower-cased) can end
    its subject or stand between subject and verb: "Ana", "voters", "he", "has", "strongly", "who", a
    comma or a dash closing an inserted phrase; not "the", "phone" ("the phone call")."""
    return bool(raw) and (raw[0].isupper() or raw[0].isdigit() or raw[-1] in ",)’'—–" or raw.endswith("--")
                          or low in _VERB_LEAD
                          or low.endswith(("n't", "n’t"))
                          or low in _PRONOUNS or low in _RELATIVE_SUBJECT or low == "you"
                          or low.endswith("ly") and low not in _LY_ADJECTIVES
                          or low in ROLE_WORDS or low in SPEAKER_NOUNS or low in _SUBJECT_WORDS
                          or low in _NUMBER_WORDS or low in _POLLED
                          or low.endswith("s") and low not in _NOT_PLURAL and low not in _NOUN_LEAD)


def _loose_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject of a cue verb at ``pos`` that ``_subject_before`` does not take: a relative pronoun
    ("an aide, who said"), a pronoun or a plain plural or quantity ("voters strongly oppose", "most
    say"), with up to four words before it and no clause mark between."""
    lo = max(s, pos - 64)
    toks = [(m.start(), m.end(), m.group().lower()) for m in _NP_TOKEN_BEFORE.finditer(text, lo, pos)]
    k = len(toks) - 1
    while k >= 0 and (toks[k][2] in _VERB_LEAD or toks[k][2].endswith("ly") and len(toks[k][2]) > 4):
        k -= 1
    if k < 0 or text[toks[k][1]:toks[k + 1][0] if k + 1 < len(toks) else pos].strip():
        return None  # a comma or quote mark between the subject and the verb
    start, end, head = toks[k]
    if head in _RELATIVE_SUBJECT or head in _PRONOUNS or head == "you":
        return start, end
    if _YEAR.fullmatch(head) and k > 0 and toks[k - 1][2] in _YEAR_PREPOSITIONS:
        # "a panel in 2001 found", "who in 2010 said": the year dates the verb; the subject stands before it
        at = toks[k - 1][0]
        np = _subject_before(text, s, at) or _loose_subject(text, s, at)
        if np is not None:
            return np
    if head in _CLAUSE_WORDS:
        return None  # "And both embrace": a conjunction is no subject
    raw = text[start:end]
    if head in _POLLED:  # "those surveyed said", "voters polled say": the people asked
        if k == 0 or text[toks[k - 1][1]:start].strip() or not (toks[k - 1][2] == "those" or _may_end_subject(
                text[toks[k - 1][0]:toks[k - 1][1]], toks[k - 1][2])):
            return None
    elif (head in _NUMBER_WORDS or raw[:1].isdigit()) and _participle_of_noun(text, pos):
        return None  # "grew to 87 confirmed cases": a participle before its noun, not what 87 confirmed
    elif head in _NUMBER_WORDS and head not in _SUBJECT_WORDS:
        if (verb := _WORDS.match(text, pos)) is not None and verb.group().endswith("s"):
            return None  # "in the four states that vote": a count of a noun, not "four said"
    elif not (head in _SUBJECT_WORDS or head in SPEAKER_NOUNS or head in ROLE_WORDS
              or raw[:1].isupper() or raw[:1].isdigit() or head.endswith("s") and len(head) > 3
              and head not in _NOT_PLURAL and not head.endswith(("ss", "us", "ous"))):
        return None
    first = k
    while first > 0 and k - first < 4:
        prev = toks[first - 1]
        if text[prev[1]:toks[first][0]].strip() or prev[2] in _CLAUSE_WORDS or prev[2] in _NOT_SUBJECT and not (
                prev[2] == "in" and _ratio_at(toks, first - 1)) or prev[2] in _VERB_LEAD:
            break
        first -= 1
    while first < k and toks[first][2] in ("of", "in", "and", "for"):
        first += 1
    return toks[first][0], end


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_YEAR_PREPOSITIONS = frozenset("in since by during until".split())


def _participle_of_noun(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` is a participle in "-ed" that a plain lower-case word follows, as a
    noun it describes ("confirmed cases", "reported deaths") and not an object ("confirmed the toll")."""
    verb = _WORDS.match(text, pos)
    if verb is None or not verb.group().endswith("ed"):
        return False
    after = _WORD_AFTER.match(text, verb.end())
    word = after.group().strip() if after else ""
    return word.isalpha() and word.islower() and word not in _NOUN_LEAD and word not in _CLAUSE_WORDS \
        and word not in _PRONOUNS and word not in _NOT_SUBJECT and word != "whether"


def _ratio_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token ``k`` is the "in" of a ratio ("one in four", "2 in 3"), which stays in a subject."""
    return 0 < k < len(toks) - 1 and all(t[2] in _NUMBER_WORDS or t[2].isdigit() for t in (toks[k - 1], toks[k + 1]))


# participles that name the people a poll asked: "those surveyed", "voters polled"
_POLLED = frozenset("surveyed polled questioned interviewed sampled".split())


_HOLDER_WORDS = frozenset("his her their its my our your".split())


# Words that open a lead-in phrase of a sentence, never its subject: "In an interview, Ana said"
_LEAD_IN = frozenset("""in on at for during after before since over early despite amid with without through
throughout following under by from within across like unlike as when while although though if once until
whether alongside beyond besides among speaking facing addressing responding asked writing""".split())


# "WASHINGTON (AP) — ", "PARIS, Aug. 31 (Reuters) - ": where and when a report was filed, before its first sentence
_DATELINE = re.compile(r"[A-Z][\w.]*(?:[ ,]+[A-Z0-9][\w.]*){0,4}\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s+")


def _sentence_subject(text: str, s: int, pos: int) -> tuple[int, int] | None:
    """The subject that opens the sentence at ``s``, which a participle or a noun cue at ``pos`` hangs on
    ("Ana spoke Monday, saying"), after a lead-in phrase up to its comma ("In a speech, Ana said")."""
    d = _DATELINE.match(text, s, pos)
    m = _SUBJECT_OPENER.match(text, d.end() if d else s, pos)
    i = m.end() if m else s
    m = _OPENING_ADVERB.match(text, i, pos)  # "Essentially, her lawyers ... found": no subject
    i = m.end() if m else i
    words = text[i:min(pos, i + 40)].split(None, 2)
    if words and _opens_lead_in(words):
        end = _lead_in_end(text, i, pos)
        return _np_after(text, end, pos) if end != -1 else None  # a lead-in is never the subject
    return _np_after(text, i, pos) or _body_after(text, i, pos)


_BODY_DETERMINERS = frozenset("the a an its their our his her this".split())


def _body_after(text: str, i: int, pos: int) -> tuple[int, int] | None:
    """A subject at ``i`` that a determiner opens and a speaker noun ends, right before its verb: "The
    union met on Monday, saying ...", "The port authority has since said ..." (a body or a role in lower
    case, which ``_np_after`` does not take)."""
    words = list(_WORDS.finditer(text, i, min(pos, i + 60)))[:5]
    if len(words) < 3 or words[0].group().lower() not in _BODY_DETERMINERS:
        return None
    for k in range(1, min(4, len(words) - 1)):
        low = words[k].group().lower()
        if _STOP_PUNCT.search(text, words[k - 1].end(), words[k].start()):
            return None
        if low in SPEAKER_NOUNS or low in ROLE_WORDS:
            verb = words[k + 1].group()
            if (verb in _VERB_LEAD or verb in _PLAIN_PASTS or len(verb) > 3 and verb.endswith("ed")) and (
                    not text[words[k].end():words[k + 1].start()].strip()):
                return words[0].start(), words[k].end()
    return None


# past forms that follow a subject as its verb ("The union met on Monday, saying ..."), not a noun after it
_PLAIN_PASTS = frozenset("""met said told spoke held made took gave went came sent set put cut left kept won lost ran
saw found wrote brought began stood sought""".split())


# an adverb in -ly that opens a sentence before a comma ("Ultimately,", "Publicly,"); the endings leave out
# the names in -ly ("Kelly,", "Emily,", "Beverly,")
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]+(?:al|at|en|an|ous|iv|ed|ic|ful|ib|ab|ss|nt)ly,\s*")


# "Days after the vote, ...", "Hours later, ...": a lead-in of time
_TIME_SPANS = frozenset("days hours weeks months years minutes moments".split())
_COUNT_WORDS = frozenset("a few several two three four five six seven eight nine ten".split())
_TIME_AFTER = frozenset("after before later earlier ago into".split())
_PARTICIPLE_OBJECT = frozenset("""to on in at of the a an his her their its my our your this that these those him
them it about with from for into through over back out up down off against""".split())
# "This year, ...", "Last week, ...", "Earlier this month, ...": a lead-in of time, no subject
_THIS_TIME = frozenset("this that last next earlier later each every".split())
_TIME_UNITS = frozenset("""year years week weeks month months day days night morning afternoon evening weekend
spring summer fall autumn winter season quarter decade century time""".split())
# "Back in 1999,", "Back home,": a lead-in of time or place
_BACK_TO = frozenset("in at on home then when during".split())
# what may go on a lead-in after one of its commas: "In Ames, Iowa, on Sunday,", "At the club, where ...,"
_LEAD_IN_MORE = _LEAD_IN | frozenset("where which who whose for".split())


def _opens_lead_in(words: list[str]) -> bool:
    """Whether a sentence whose first words are ``words`` opens on a lead-in phrase, not its subject:
    "In a speech, ...", "Walking to the car, ...", "Days after the vote, ..."."""
    first = words[0].strip(",").lower()
    if first in _LEAD_IN:
        return True
    nxt = words[1] if len(words) > 1 else ""
    if first == "back":  # "Back in 1999,", "Back home,"
        return nxt.strip(",").lower() in _BACK_TO
    if (first == "here" or len(first) > 4 and first.endswith("ly") and first not in _LY_ADJECTIVES) and nxt.lower(
            ) in _LEAD_IN:
        return True  # "Here in Ames,", "Shortly after the vote,", "Immediately after the attacks,"
    if first in _THIS_TIME:  # "This year,", "Last week,", "Earlier this month,"
        return nxt.strip(",").lower() in _TIME_UNITS or nxt.lower() == "this" and len(words) > 2 and words[
            2].split(None, 1)[0].strip(",").lower() in _TIME_UNITS
    if first in _TIME_SPANS:
        return nxt.strip(",").lower() in _TIME_AFTER
    if nxt.lower() in _TIME_SPANS and (first in _COUNT_WORDS or first.isdigit()) and len(words) > 2:
        return words[2].split(None, 1)[0].strip(",").lower() in _TIME_AFTER  # "Two weeks after the vote,"
    # a participle and its object or preposition ("Walking to the car", "Citing a poll"), not a name in -ing
    # ("Manning said") or a modifier ("Consulting firms say")
    return len(first) > 5 and first.endswith("ing") and nxt.lower() in _PARTICIPLE_OBJECT


def _lead_in_end(text: str, i: int, pos: int) -> int:
    """Where a lead-in phrase at ``i`` ends (after its comma), or -1: past a date's comma ("On June 4, 2016,"), a
    place's ("In Ames, Iowa, on Sunday,"), a phrase that goes on with the lead-in ("At the club, where fees
    are high, ...", "In Ohio, for example,") and a phrase between dashes."""
    m = _LEAD_SEP.search(text, i, pos)
    while m is not None:
        nxt = _LEAD_SEP.search(text, m.end(), pos)
        if nxt is None:
            return m.end()
        words = text[m.end():nxt.start()].split()
        if not words:
            return m.end()
        # "Ames, Iowa, on Sunday,", "in Salem, New Hampshire, Trump said": a place after a place, when it
        # names a state or the lead-in goes on after it
        place = len(words) <= 2 and all(w[:1].isupper() for w in words) and text[i:m.start()].split()[-1][
            :1].isupper() and (" ".join(words) in US_STATES or _goes_on(text[nxt.end():pos].split(None, 1)))
        dashes = m.group() != "," and nxt.group() != ","
        if not (_goes_on(words) or place or dashes):
            return m.end()
        m = nxt
    return -1


def _goes_on(words: list[str]) -> bool:
    """Whether a phrase after a lead-in's comma goes on with it: a number ("June 4, 2016,"), a lower-case
    preposition or relative word ("on Sunday", "where fees are high")."""
    return bool(words) and (words[0][:1].isdigit() or words[0] in _LEAD_IN_MORE)


_LEAD_SEP = re.compile(r"\s*[—–]\s*|,")
_WORD_AFTER = re.compile(r"\s*[\w.’'-]+")
