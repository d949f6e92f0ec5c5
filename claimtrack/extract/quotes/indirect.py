"""Indirect statements ("X said (that) ...", "According to X, ...", "..., X said", "..., said X", and
stance or finding verbs: "a poll shows ...", "she believes ...", "voters oppose ...") are found in every
sentence without a direct statement, and in the unquoted stretches of one that has one, several per
sentence when reported clauses or verbs are joined ("X said A, and Y noted B", "X denied A and said
B"). So are adjectives of attitude after "be" ("she is confident that ...", "is critical of ..."), nouns
of saying with their object ("her criticism of ...", "his support for ..."), a line opening on "Name:", a
title-case headline ("Mayor Says ..."), what someone was "Asked" about, and clauses that report
themselves with no one named ("the plan is expected to ...", "they reportedly met"): those have no
frame, so that nothing in them is lent to a speaker. A stance whose clause holds a figure or a date
makes no statement: the figure is not the subject's words. Sentences inside a long quote are the
speaker's own words and report nothing of their own.
"""

from __future__ import annotations

import re

from ..timex import WEEKDAY_NAMES
from .clause_subjects import (
    _AFTERWORD,
    _CLAUSE_AFTER,
    _CLAUSE_MARK,
    _OPENING_CUES,
    _PAST_STANCES,
    _PLAIN_CUES,
    _POST_MODIFIERS,
    _RELATIVE_BEFORE,
    _RELATIVE_VERBS,
    _SAY_FORMS,
    _after_comma,
    _after_quoted_comma,
    _apposed_before,
    _attitude,
    _be_start,
    _comma_before,
    _coordinated,
    _determined_subject,
    _holder,
    _infinitive_head,
    _insert_close,
    _inverted_subject,
    _joined_subject,
    _joined_subject_before,
    _long_opening_subject,
    _opening_across_insert,
    _own_holder,
    _progressive,
    _relative_clause_subject,
    _relative_insert_subject,
    _said_by,
    _subject_across_insert,
    _tail_subject,
    _verb_group_start,
)
from .context import _SEEM_TO_SAY, _Context
from .cues import (
    _AIM_VERBS,
    _ATTITUDE_OPENING,
    _ATTITUDES,
    _BARE_STANCES,
    _DIGIT,
    _HELD_NOUNS,
    _HELD_OPENING,
    _IRREGULAR_PASTS,
    _NOUN_LEAD,
    _NOUN_OPENING,
    _PARTICIPLE,
    _PARTICLE,
    _PHRASAL,
    _POSSESSIVE_ENDS,
    _PREPOSITIONAL,
    _PROGRESSIVE_ONLY,
    _PRONOUNS,
    _STANCE_ONLY,
    _STANCE_PREPOSITION,
    _STANCE_WORDS,
    _VOICED,
    _VOICED_VIEW,
    ALL_INDIRECT,
    HEARSAY_ADVERBS,
    INDIRECT_CUES,
    LISTENER_CUES,
    NOUN_CUES,
    PASSIVE_REPORTS,
    SEEM_VERBS,
    SPEAKER_NOUNS,
    STANCE_VERBS,
    _inflect,
)
from .frames import _LINE_LABEL, _NOT_LABELS, _according_frame
from .records import Frame, Statement
from .spans import _LEAD_PUNCT, _SPACE_DOTS, _counted, _dated, _para_end, _trim
from .subjects import (
    _CLAUSE_JOIN,
    _CLAUSE_WORDS,
    _WORD_AFTER,
    _loose_subject,
    _may_end_subject,
    _name_described_before,
    _np_after,
    _passive_at,
    _prefix_subject,
    _relative_head,
    _sentence_subject,
    _subject_before,
)

# What may stand between a reporting verb and the reported words: the listener of "told" ("told
# reporters", "told The Epoch Times", "told analysts that"), a short phrase of place, medium or time ("on
# social media", "in a statement", "Monday"), and "that".
_LISTENER = re.compile(
    r"\s*(?:reporters|journalists|lawmakers|the \w+|an? \w+|him|her|them|us|me|[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*"
    r"|[a-z]{3,}s(?=\s+that\b))(?=\s)")
# a time before "that" ("on Friday", "earlier this month", "in March") and a phrase of place, medium or occasion
# ("at a rally in Ohio", "during a news conference"), one of each at most, after an adverb of time: "said earlier on
# Friday during a news conference that ...", "told an audience at a festival in Lisbon last week that ..."
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MEDIUM_TIME = (rf"(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)})|yesterday|today|tonight|"
                rf"(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year)|in\s+(?:{_MONTHS})")
_MEDIUM_PLACE = r"(?:on|in|at|during|to|via|through)\s+(?:\w+\s+){0,3}?\w+"
_MEDIUM = re.compile(rf"\s*(?:(?:earlier|later|again|also|first|previously)\s+)?"
                     rf"(?:{_MEDIUM_PLACE}(?:\s+(?:{_MEDIUM_TIME}))?|(?:{_MEDIUM_TIME})(?:\s+{_MEDIUM_PLACE})?"
                     r"|(?:last|this)\s+\w+)?\s*(?:,\s*)?that\b"
                     r"|\s*(?:on \w+|in an? (?:statement|interview|post|letter|tweet|email|filing|briefing))(?=\s)")


# "called" as telephoning: what it reaches is a service or a number, not a view it holds
_CALL_FORMS = frozenset(("call", "calls", "called", "calling"))
_PHONED = re.compile(r"\s+(?:(?:the|an|a|their|his|her|its|local)\s+)?(?:police|emergency|ambulance|fire\s+(?:brigade|service|"
                     r"department)|coastguard|coast\s+guard|hotline|helpline|number|(?:9|1)\d\d\b|rescue|mountain\s+rescue|"
                     r"dispatcher|dispatch|doctor|paramedics)\b", re.IGNORECASE)


def _reported_opening(text: str, pos: int, end: int, cue: str) -> int:
    """Where the reported words begin after a cue verb ending at ``pos``."""
    i = pos
    if cue.lower() in _ACTS and _TO_INFINITIVE.match(text, pos, end):
        return i  # "vowed to veto any bill that ...": what she vowed starts at "to"
    if cue.lower() in LISTENER_CUES:
        m = _LISTENER.match(text, i, end)
        if m:
            i = m.end()
    m = _MEDIUM.match(text, i, end)
    if m:
        i = m.end()
    return i


def _indirect(text: str, sentences: list[tuple[int, int]], covered: list[tuple[int, int]],
              ctx: _Context | None = None) -> list[Statement]:
    """Reported speech without quotation marks: "X said that ...", "According to X, ...", "..., X said"."""
    out: list[Statement] = []
    # ``covered`` holds some of ``sentences``: when those are ordered, disjoint and non-empty, a
    # sentence meets a covered one exactly when it is one
    disjoint = all(s < e for s, e in sentences) and all(
        a[1] <= b[0] for a, b in zip(sentences, sentences[1:]))
    covered_starts = {cs for cs, _ in covered} if disjoint and set(covered) <= set(sentences) else None
    for s, e in sentences:
        if (s in covered_starts) if covered_starts is not None else any(
                cs <= s < ce or s <= cs < e for cs, ce in covered):
            continue
        line_start = s == 0 or text[s - 1] == "\n"
        if s < e and text[s] in _OPENING_CAPITALS:
            st = _line_label(text, s, e, line_start) or (
                _headline(text, s, e) if line_start and e - s <= _HEADLINE_CHARS else None)
            if st is not None:
                out.append(st)
                if st.frame is not None and st.frame.cue == ":":
                    continue
                # "Asked about X, she said Y": her answer is a statement of its own
                out.extend(t for t in _cue_statements(text, s, e, ctx or _Context(text))
                           if t.content_start >= st.content_end)
                continue
        frame = _according_frame(text, s, e, ctx)
        if frame is not None:
            cs, ce = _trim(text, *_according_span(text, s, e, frame))
            if ce - cs >= 12:
                out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            continue
        out.extend(_cue_statements(text, s, e, ctx or _Context(text)))
    return out


# what may open a sentence before "according to X," ("But according to ...", "However, according to ...")
_ACCORDING_LEAD = re.compile(r"\W{0,3}(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Also|Indeed|Moreover|"
                             r"Then|Again)\b,?\s*)?")


# an "according to X" insert after a few words, then the rest of the clause: "Fares, according to X, will rise"
# (not an apposition of X or a clause of its own: "..., according to Ana Ruiz, a tax lawyer")
_ACCORDING_INSERT_WORDS = 6
_RESUMED_CLAUSE = re.compile(r"\s*(?!(?:who|which|whose|where|a|an|the|and|but|or|while|although)\b)[\w$]")


def _according_span(text: str, s: int, e: int, frame: Frame) -> tuple[int, int]:
    """The reported words of a sentence ``text[s:e]`` with an "according to X" frame: after its comma when
    the frame opens the sentence ("But according to X, CONTENT"); the whole sentence when the frame is
    an insert after a few words ("Fares, according to X, will rise"); else the words before it ("CONTENT,
    according to X")."""
    comma = text.find(",", frame.speaker_end, e)
    if frame.cue_start - s < 3 or _ACCORDING_LEAD.fullmatch(text, s, frame.cue_start):
        return (comma + 1 if comma != -1 else frame.speaker_end), e
    before = text[s:frame.cue_start].rstrip()
    if comma != -1 and before.endswith(",") and len(before.split()) <= _ACCORDING_INSERT_WORDS and (
            _RESUMED_CLAUSE.match(text, comma + 1, e)):
        return s, e
    return s, frame.cue_start


def _headline(text: str, s: int, e: int) -> Statement | None:
    """The report of a short title-case line: "Mayor Ruiz Says Harbour Will Stay Open", "Harbour Will
    Stay Open, Mayor Says". Its cue is a capitalised verb of saying or stance after a subject."""
    space = text.find(" ", s, e)
    if space == -1 or not text[space + 1:space + 2].isupper():
        return None  # a headline's second word is capitalised
    if text[e:_para_end(text, e)].strip():
        return None  # and it is a line of its own
    words = list(_HEADLINE_WORD.finditer(text, s, e))
    if not _HEADLINE_MIN <= len(words) <= _HEADLINE_MAX:
        return None
    long = [w.group() for w in words if len(w.group()) > 3]
    if sum(w[:1].isupper() for w in long) < len(long) * 0.8:
        return None  # most of its words are capitalised
    for k in range(1, len(words)):
        w = words[k]
        low = w.group().lower()
        prev = words[k - 1].group().lower()
        if not w.group()[:1].isupper() or prev in _NOUN_LEAD or not (
                _headline_verb(low) or low in _HEADLINE_PLEDGES or low in _HEADLINE_FINDINGS and prev in SPEAKER_NOUNS):
            continue
        comma = text.rfind(",", s, w.start())
        if comma != -1 and len(words) - k <= _HEADLINE_TAIL:  # "Harbour Will Stay Open, Mayor Says"
            np, (cs, ce) = (comma + 1, w.start()), _trim(text, s, comma)
        else:  # "Ruiz Says ...", "Facing Critics, Ruiz Vows ...": the subject follows the comma
            np, (cs, ce) = (s if comma == -1 else comma + 1, w.start()), _trim(text, w.end(), e)
        np = _trim(text, *np)
        if ce - cs < 2 or np[1] <= np[0] or low in _STANCE_ONLY and _dated(text, cs, ce):
            return None
        frame = Frame(text[np[0]:np[1]], np[0], np[1], w.group(), w.start(), w.end())
        return Statement(s, e, cs, ce, False, [], frame, (s, e))
    return None


def _headline_verb(low: str) -> bool:
    """Whether a capitalised headline word is a finite verb of saying or stance ("Says", "Slammed"), not a
    noun that shares its letters ("Attacks", "Report", "States")."""
    return (low in INDIRECT_CUES or low in _STANCE_ONLY) and low not in NOUN_CUES and low not in _PLURAL_HOMOGRAPHS \
        and (low.endswith(("s", "ed")) or low in _IRREGULAR_PASTS)


# present forms that report in a headline though they are no plain verb of saying: a pledge or a plea ("Ruiz Vows
# To Cut Fares", "Mayor Urges Calm"), and a finding after the poll or study that made it ("New Poll Shows ...";
# "TV Shows To Watch" names no finder)
_HEADLINE_PLEDGES = frozenset("vows pledges urges asks concedes cautions".split())
_HEADLINE_FINDINGS = frozenset("shows finds".split())
_HEADLINE_WORD = re.compile(r"[\w’'‘-]+")
_HEADLINE_MIN, _HEADLINE_MAX, _HEADLINE_CHARS = 4, 20, 160
# the most words that may end a headline after a verb that closes its report ("..., Mayor Says On Radio"); with
# more, the report follows the verb ("Facing Critics, Ruiz Vows To Cut Fares")
_HEADLINE_TAIL = 3
# "Asked whether the plan would pass, she said ...": what someone was asked, up to the comma
_ASKED = re.compile(r"(?:When\s+|After\s+being\s+|Once\s+)?[Aa]sked\s+"
                    r"(?:(?:at|in|on|during|later|again|earlier|recently|repeatedly|last|this)\b[^,]{0,60}?\s+)?"
                    r"(?:by\s+(?P<np>[^,]{1,60}?)\s+)?(?=(?:about|if|whether|what|how|why|who|when|where|to)\b)")
_OPENING_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _named_elsewhere(text: str, label: str, at: int) -> bool:
    """Whether the label's last word is written elsewhere in the text inside a line: a speaker the story
    names ("Okafor: ..." and "said Okafor"; "OKAFOR: ..." and "said Okafor"), not a field of a note
    ("Medical: a dozen treated"); or whether the label opens another line too, as a transcript's speakers do."""
    word = label.split()[-1]
    for name in {word, word.title()} if word == label and word.isupper() and len(word) > 1 else (word,):
        i = text.find(name)
        while i != -1:
            if i != at + len(label) - len(word) and i > 0 and text[i - 1] == " ":
                return True
            i = text.find(name, i + 1)
    return len(label) > 1 and (text.find(f"\n{label}: ", at + len(label)) != -1 or text.rfind(
        f"\n{label}: ", 0, at) != -1)


# labels of a line that give what a poll or a study found, or what is reported, with no one named: "Poll: Ruiz
# leads in Dover", "Report: the mill will close"
_FINDING_LABELS = frozenset("poll survey study report research".split())


def _line_label(text: str, s: int, e: int, line_start: bool) -> Statement | None:
    """The statement of a sentence that opens its line on "Name:", or opens on "Asked about X," (what
    was asked, by whom when named)."""
    colon = text.find(":", s, min(e, s + 80)) if line_start else -1
    m = _LINE_LABEL.match(text, s, e) if colon != -1 else None
    if m is not None and m["np"].split()[0].lower() not in _NOT_LABELS and (
            m["np"].lower() in _FINDING_LABELS or _named_elsewhere(text, m["np"], s)):
        cs, ce = _trim(text, m.end(), e)
        # "Budget: $4 million" is a field and its value, not a speaker's words
        if ce - cs >= 2 and not _dated(text, cs, ce):
            frame = Frame(m["np"], m.start("np"), m.end("np"), ":", m.end("np"), m.end("np") + 1)
            return Statement(s, e, cs, ce, False, [], frame, (s, e))
    return _asked(text, s, s, e) if text.startswith(("Asked", "When", "After", "Once"), s) else None


def _asked(text: str, at: int, s: int, e: int) -> Statement | None:
    """What someone was asked, from "Asked (by X) about ..." at ``at`` up to the next comma."""
    m = _ASKED.match(text, at, e)
    if m is None:
        return None
    comma = text.find(",", m.end(), e)
    cs, ce = _trim(text, m.end(), comma if comma != -1 else e)
    frame = Frame(m["np"], m.start("np"), m.end("np"), "asked", m.start(), m.end()) if m["np"] else None
    return Statement(s, e, cs, ce, False, [], frame, (s, e)) if ce - cs >= 8 else None


# "agreed to buy", "plans to sell": an intention or an act, which reports what the subject means to do; with a
# figure or a date in it ("agreed to buy the chain for $90 million") it is a deal, whose terms are no one's words
_INFINITIVE = re.compile(r"to\s")
_ACTS = frozenset("agreed pledged pledges promised promises vowed vows plans plan planned expected expects expect "
                  "asked asks urged urges called calls demanded demands proposed proposes".split()) | (
    _STANCE_ONLY & _inflect("agree pledge promise vow plan+ expect ask urge call demand propose intend seek:sought "
                            "offer decide threaten")) | _AIM_VERBS
_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]")


# cues of a record or a finding that close their sentence after a subject the speaker finder does not know:
# "..., one memo says", "..., court records show", "..., a study by the Rural Schools Council found"
_TAIL_FINDINGS = frozenset("says say shows show showed found finds".split())
# the marks right after a cue that closes its clause: only then may a subject before it hold a preposition
_CLOSING_MARKS = (".", ",", ";")


_ASKED_ABOUT = re.compile(r"\s+(?:about|on)\b", re.IGNORECASE)


_CONNECTIVE_SAID = re.compile(r"(?:\b[Hh]aving\s+|\b[Tt]hat\s+)$")
_ARTICLES = frozenset("a an the its their his our my your".split())


def _connective_or_adjective(text: str, s: int, cue: re.Match, word: str) -> bool:
    """A cue word that reports nothing where it stands: "said" in the connectives "Having said that," and
    "That said,"; a verb form after an article or a possessive, a noun or an adjective ("critics of the
    plan say", "its estimates", "a telling chart") unless it is a noun cue ("the ruling that")."""
    before = text[max(s, cue.start() - 8):cue.start()]
    if word == "said":
        m = _CONNECTIVE_SAID.search(before)
        return m is not None and (m.group().lower().startswith("having") or text.startswith(",", cue.end()))
    last = before.rsplit(None, 1)[-1:] if before[-1:].isspace() else ()
    return bool(last) and last[0].lower() in _ARTICLES and word not in NOUN_CUES and word not in _HELD_NOUNS


def _after_comma_subject(text: str, s: int, e: int, cue: re.Match, word: str) -> tuple[tuple[int, int], bool] | None:
    """The subject of a verb of saying after a comma, and whether it follows the verb: "CONTENT, said Ana
    Ruiz, a spokeswoman", "CONTENT, a spokeswoman, Ana Ruiz, said", "CONTENT, said a former aide"; none when
    a name and its role between commas stand before the verb ("Noor Vasquez, head of the union, said the
    fares ...": her words follow)."""
    # "told" names its listener after it, never its subject
    np = None if word in LISTENER_CUES else _inverted_subject(text, cue.end(), e)
    after = np is not None
    if np is None:
        np = _apposed_before(text, s, cue.start())
    if np is None and word in _SAY_FORMS:
        np = _said_by(text, cue, e)
        after = np is not None
    if np is None or _name_described_before(text, s, cue.start()) is not None:
        return None
    return np, after


# the verbs of saying whose present form follows a plural subject ("critics of the plan argue")
_PLURAL_SAY = INDIRECT_CUES | frozenset("say argue insist believe think warn claim contend maintain".split())


def _noun_before_verb(text: str, cue: re.Match, word: str) -> bool:
    """Whether a cue word is the noun that ends a subject, a verb of saying right after it: "critics of the
    parking plan argue ...", "the survey's findings show"; of the plain verbs of saying, only a plural
    noun's letters before a finite verb of saying or finding: "local news reports said ...", "an analysis
    of port reports shows ..."."""
    if word in INDIRECT_CUES and not (word.endswith("s") and word != "says"):
        return False
    after = _WORD_AFTER.match(text, cue.end())
    if after is None:
        return False
    verb = after.group().strip()
    return verb in _PLURAL_SAY if word not in INDIRECT_CUES else verb in ALL_INDIRECT and not verb.endswith("ing")


def _within_report(st: Statement, pos: int) -> bool:
    """Whether ``pos`` lies in the reported words of ``st`` or between its cue and them ("voiced doubts about
    the plan": "doubts" is the voiced view, not a report of its own)."""
    lo = st.frame.cue_end if st.frame is not None and st.frame.cue_end <= st.content_start else st.content_start
    return lo <= pos < st.content_end


def _cue_statements(text: str, s: int, e: int, ctx: _Context, opening: int | None = None,
                    speaker: Frame | None = None) -> list[Statement]:
    """Every "X said CONTENT" / "CONTENT, X said" of one sentence, or of the stretch ``text[s:e]`` of
    one whose subject may stand before it, from ``opening``, or be the ``speaker`` of a quote before it
    ("“...,” added Ana, referring to ...")."""
    found: list[tuple[re.Match, tuple[int, int] | None]] = []
    nouns: set[int] = set()  # cue starts of noun cues
    clauses: set[int] = set()  # cue starts of words that report their own clause ("was expected to")
    inverted: set[int] = set()  # cue starts of cues before their subject ("..., said Ana")
    attitudes: set[int] = set()  # cue starts of attitude adjectives ("is confident that")
    asked: list[Statement] = []  # what someone was asked: "when asked about ..."
    # a table row ("Workforce<TAB>see note above") is cells, not a clause: only the reporting verbs
    # with a subject in the strict sense
    table = text.find("\t", s, e) != -1
    if ctx.none_in(ctx.icues, s, e):
        return []
    for cue in ctx.icues.finditer(s, e):
        word = cue["cue"].lower()
        if word in SEEM_VERBS and _SEEM_TO_SAY.match(text, cue.end(), e):
            continue  # "he appeared to suggest that": the verb after it reports, with his name
        if word in SEEM_VERBS or word in HEARSAY_ADVERBS or word in PASSIVE_REPORTS and _passive_at(
                text, s, cue.start(), ctx):
            if not table:
                clauses.add(cue.start())
                found.append((cue, None))
            continue
        if _connective_or_adjective(text, s, cue, word) or _noun_before_verb(text, cue, word):
            continue  # "Having said that, ...", "That said, ...", "a telling chart": no report
        if word in _PLURAL_HOMOGRAPHS and not _CLAUSE_OPENING.match(text, cue.end(), e):
            continue  # "in 30 states", "those states that vote": a noun, unless a clause or a quote follows
        if word in _HELD_NOUNS and (m := _HELD_OPENING.match(text, cue.end())) and m[1] in _HELD_NOUNS[word] and not (
                word in _PROGRESSIVE_ONLY and _progressive(text, s, cue.start())):
            if not table and (holder := _own_holder(text, s, cue.start())) is not None and not _DIGIT.search(
                    text, cue.end(), e):
                nouns.add(cue.start())  # "her support for the levy"
                found.append((cue, holder))
            continue
        if word in _PROGRESSIVE_ONLY and not _progressive(text, s, cue.start()):
            continue  # "supporting documents", "the defending champion"
        if word in _BARE_STANCES and (found or text[e - 1:e] == "?" or _coordinated(text, s, cue.start()) or text[
                max(s, cue.start() - 4):cue.start()].rstrip().endswith(_POSSESSIVE_ENDS)):
            # "the governor's support the day after": a noun; "do you support ...?" asks; "said most
            # voters support ...", "... and support the bill": the report or the verb before it has the words
            continue
        if word in _ATTITUDES and not table and (held := _attitude(text, s, cue, ctx)):
            attitudes.add(cue.start())
            found.append(held)
            continue
        if word in _ATTITUDES and word not in ALL_INDIRECT and word not in STANCE_VERBS:
            continue  # "a confident smile"; but "voters worried that ...": a verb
        if word == "asked" and _WHEN.search(text, max(s, cue.start() - 16), cue.start()):
            st = _asked(text, cue.start(), s, e)  # "..., she said when asked about the plan"
            if st is not None:
                asked.append(st)
            continue
        if _PHRASAL.match(text, cue.end()):
            continue  # "the bill added up to", "the rally was called off": another verb, which reports nothing
        if word in _CALL_FORMS and _PHONED.match(text, cue.end()):
            continue  # "called the emergency number from a ledge": a telephone call, no view
        # "continued to say", "was quick to point out": the subject is the governing verb's
        at = _infinitive_head(text, s, cue.start(), word)
        coordinated = not table and _coordinated(text, s, at)
        if word not in ALL_INDIRECT:
            # the cheap tests first: most stance words in a text report nothing
            if table or at < cue.start() and not text.startswith(_GOING_ON, at):
                continue  # "went to see", "would have to consider": a trip or a duty, not a stance held
            lead = text[max(s, at - 24):at].rsplit(None, 1)
            raw = lead[-1] if lead else ""
            prev = raw.strip(",;:“”\"()").lower()
            if word in NOUN_CUES and (word not in STANCE_VERBS or prev in _NOUN_LEAD):
                if _NOUN_OPENING.match(text, cue.end()) and not _DIGIT.search(text, cue.end(), e):
                    nouns.add(cue.start())
                    found.append((cue, _holder(text, s, cue.start())))
                continue
            if not (coordinated or _may_end_subject(raw, prev)) or (not _PREPOSITIONAL[word].match(
                    text, cue.end()) if word in _PREPOSITIONAL else _PARTICLE.match(text, cue.end())) or _DIGIT.search(
                    text, cue.end(), e):
                continue  # "the phone call", "spoke on Monday", "backed the $2 billion plan", "backed down"
        if coordinated:
            found.append((cue, None))  # "Ana denied the report and said ...": the subject is the sentence's
            continue
        if word in _PARTICIPLE and not _progressive(text, s, cue.start()):
            lead = text[max(s, cue.start() - 48):cue.start()]
            last = lead.rsplit(None, 2)[-2:]
            if _after_comma(text, s, cue.start()) or _after_quoted_comma(text, cue.start()) or any(
                    w.lower() in _PARTICIPLE_PREPOSITIONS for w in last) and _PARTICIPLE_LEAD.search(lead):
                found.append((cue, None))  # the subject is the sentence's: "..., saying", "by saying"
            elif "with " in lead:
                m = _WITH_SUBJECT.search(lead)  # "with 47 percent of voters saying ..."
                if m is not None:
                    at = cue.start() - len(lead)
                    found.append((cue, (at + m.start(1), at + m.end(1))))
            continue
        if word in INDIRECT_CUES and (np := _relative_insert_subject(text, s, cue.start(), ctx)) is not None:
            found.append((cue, np))  # "A city official, who asked not to be named, said ..."
            continue
        if word in INDIRECT_CUES and _after_comma(text, s, cue.start()) and (
                reading := _after_comma_subject(text, s, e, cue, word)) is not None:
            np, after = reading
            if after:
                inverted.add(cue.start())
            found.append((cue, np))
            continue
        # a progressive's subject stands before its "be": "voters are considering", "they’re hoping"
        be = _be_start(text, s, cue.start()) if word.endswith("ing") else None
        np = _subject_before(text, s, be, ctx) if be is not None else None
        if np is None:
            np = _subject_before(text, s, at, ctx)
        if np is not None:
            np = _relative_head(text, s, np)
        if np is None and not _passive_at(text, s, at, ctx):
            np = _prefix_subject(text, s, at)
            if np is None and not table:
                lead = text[max(s, at - 24):at].rsplit(None, 1)
                if lead and _may_end_subject(lead[-1], lead[-1].strip(",;:“”\"()").lower()):
                    np = _loose_subject(text, s, at)
        if not table and (word in INDIRECT_CUES and not word.endswith("s") or word in _TAIL_FINDINGS) and (
                np is None or text.startswith(_CLOSING_MARKS, cue.end()) and _POST_MODIFIERS.intersection(
                    text[max(s, np[0] - 48):np[0]].split()[-4:])):
            # "..., one memo says"; "..., a study by the Rural Schools Council found": not the council alone
            np = _tail_subject(text, s, cue.start(), cue.end(), e, known_head=word in _TAIL_FINDINGS,
                               modified=np is not None) or np
        if np is None and not table:
            np = _subject_across_insert(text, s, at, ctx)
            if np is None and word in _OPENING_CUES:
                np = _opening_across_insert(text, s, at)
            if np is None and (word in _PLAIN_CUES or word in _RELATIVE_VERBS and not _NOUN_LEAD.intersection(
                    text[max(s, at - 24):at].lower().rsplit(None, 1)[-1:])):
                np = _relative_clause_subject(text, s, at, ctx)  # not "who were granted a say"
        if np is None and not table and (word in _PLAIN_CUES or word in _PAST_STANCES or at < cue.start() or (
                be is not None)) and not (
                _AFTERWORD.match(text, cue.end(), e) and text[cue.end():e].lstrip()[:1].isalpha()
                or _PARTICLE.match(text, cue.end()) or be is None and _passive_at(text, s, at, ctx)):
            np = _determined_subject(text, s, at)  # not "the deal announced Friday", "first reported by
        if np is None and not table and word in _OPENING_CUES and _CLAUSE_AFTER.match(text, cue.end(), e):
            np = _long_opening_subject(text, s, at)
        if np is not None and word in _STANCE_WORDS and text[np[0]:np[1]].rsplit(None, 1)[-1].lower() in _NOUN_LEAD:
            continue  # "an earlier round of talks"
        if np is not None:
            found.append((cue, np))
        elif speaker is not None and word in INDIRECT_CUES and not text[s:cue.start()].strip(" ,"):
            found.append((cue, None))  # "X, citing “...”, said the council could ...": the quote speaker's verb
    out: list[Statement] = []
    last_frame = speaker
    clause_start = report_start = s  # report_start: where the clause of the last statement began
    for k, (cue, np) in enumerate(found):
        word = cue["cue"]
        if out and _within_report(out[-1], cue.start()):
            continue  # a cue inside reported words is part of them: "said that it expected ..."
        if word.lower() == "asked" and _ASKED_ABOUT.match(text, cue.end()):
            continue  # "Ben Carver, asked about the vote": a topic he was asked about, no words of his
        if cue.start() in clauses:
            continue  # after the others (below): a named speaker's report comes first
        if cue.start() in nouns:
            frame = Frame(text[np[0]:np[1]], np[0], np[1], word, cue.start(), cue.end()) if np else None
        elif np is None and word.endswith("ing") and (joined := _joined_subject_before(
                text, last_frame.cue_end if last_frame is not None and last_frame.cue_end > s else s, cue.start())):
            frame = Frame(text[joined[0]:joined[1]], joined[0], joined[1], word, cue.start(), cue.end())
        elif np is None:
            if last_frame is None:
                lo = s if opening is None else opening
                subj = _sentence_subject(text, lo, cue.start())
                if subj is None or _CLAUSE_WORDS & set(text[lo:subj[0]].lower().split()):
                    continue
                last_frame = Frame(text[subj[0]:subj[1]], subj[0], subj[1], word, cue.start(), cue.end())
            frame = Frame(last_frame.speaker_text, last_frame.speaker_start, last_frame.speaker_end, word,
                          cue.start(), cue.end())
        else:
            frame = Frame(text[np[0]:np[1]], np[0], np[1], word, cue.start(), cue.end())
        # the reported words end where the next reported clause begins
        end = e
        for nxt, nnp in found[k + 1:]:
            lead = nnp[0] if nnp is not None and nxt.start() not in inverted else nxt.start()
            if nxt.start() in clauses:
                continue  # its clause holds words before it
            if lead < cue.start() and (close := _insert_close(text, cue.end(), nxt.start())) != -1:
                end = close  # "Ana, who said A, said B": the next verb's subject stands before this cue
                break
            if lead < cue.start() and nxt["cue"].lower() in ALL_INDIRECT and _RELATIVE_BEFORE.search(
                    text, max(lead, cue.start() - 24), cue.start()):
                # "Officials who asked not to be named said B": this cue's clause qualifies the next one's subject
                end = _verb_group_start(text, cue.end(), nxt.start())
                break
            m = _CLAUSE_JOIN.search(text, cue.end(), lead)
            if m is not None and m.start() >= cue.end() and not _joined_subject(text, word, cue.end(), m):
                end = m.start()
                break
        if cue.start() in nouns:
            cs, ce = _trim(text, (_NOUN_OPENING.match(text, cue.end()) or _HELD_OPENING.match(text, cue.end())).end(), end)
        elif cue.start() in inverted:
            cs, ce = _trim(text, clause_start, cue.start())
        elif cue.start() in attitudes:  # "is confident that A", "is critical of B", "is willing to C"
            m = _ATTITUDE_OPENING.match(text, cue.end())
            cs, ce = _trim(text, m.end() if m["object"] or m["that"] else m.start() + 1, end)
        elif np is not None and (comma := _comma_before(text, clause_start, np[0])) != -1 and _reports_before(
                text, clause_start, comma, _closed_cue_end(text, cue, word), end, word):
            # CONTENT, X said.  /  CONTENT, X said Thursday.  /  CONTENT, X said, MORE.  A statement that
            # ends at the comma is inside CONTENT: "The agency met Y and cited Z, officials said" reports it all
            lo = clause_start
            if out and not text[clause_start:comma].strip():
                if out[-1].frame is not None and out[-1].frame.cue in INDIRECT_CUES and text[
                        np[0]:np[1]].lower() in _PRONOUNS and _RESUMED.match(text, cue.end(), end):
                    continue  # "Ana said A — no different, she said, from B": an aside in her own words
                lo = report_start
                out = [o for o in out if o.content_start < lo]
            cs, ce = _trim(text, lo, _resumed_end(text, cue.end(), end, comma))
        elif np is not None and (as_end := _as_clause_end(
                text, clause_start, np[0], _closed_cue_end(text, cue, word), end)) != -1:
            cs, ce = _trim(text, as_end, end)  # As the Gazette reported on Monday, CONTENT.  /  A, as X noted, B.
        else:
            cs = _reported_opening(text, cue.end(), end, word)
            if word in _STANCE_WORDS:  # "talked about the budget", "referred to the budget": the budget
                m = (_PREPOSITIONAL.get(word) or (_VOICED_VIEW if word in _VOICED else _STANCE_PREPOSITION)).match(
                    text, cs, end)
                cs = m.end() if m else cs
            cs, ce = _trim(text, cs, end)
        stance = (word.lower() in _STANCE_WORDS or cue.start() in attitudes and _ATTITUDE_OPENING.match(
            text, cue.end())["object"] is not None) and cue.start() not in nouns
        if stance and _dated(text, cs, ce):
            cs, ce = _stance_object(text, cs, ce)  # "endorsed Ana Ruiz in early June": Ana Ruiz
        if (stance or cue.start() in nouns) and _dated(text, cs, ce):
            continue
        if (ce - cs >= 12 or (_SHORT_OBJECT.fullmatch(text, cs, ce) or stance and np is not None and _DETERMINED.fullmatch(
                text, cs, ce)) and not _dated(text, cs, ce)) and not (
                _INFINITIVE.match(text, cs, ce) and (word.lower() in _ACTS or cue.start() in attitudes) and _counted(
                    text, cs, ce)):
            out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
            if frame is not None:
                last_frame = frame
            clause_start, report_start = end, clause_start
    if clauses:
        out.extend(_clause_statements(text, s, e, [c for c, _ in found if c.start() in clauses], out))
    out.extend(st for st in asked if not any(o.content_start < st.content_end and st.content_start < o.content_end
                                               for o in out))
    return out


# a subordinate clause that ends just before the subject's comma: "..., as the parade rolled past", or that
# opens the sentence ("While the union pushed for talks, Ana told reporters ..."; a regex "^" never matches at
# a search position after the start of the text, so the opening clause is matched from the sentence's first word)
_SUBORDINATE_CLAUSE = (r"(?:as|when|while|after|before|if|because|although|though|since|until|once|whether|unless)"
                       r"\s[^,;—–]*$")
_SUBORDINATE = re.compile(rf"[,;—–]\s*{_SUBORDINATE_CLAUSE}", re.IGNORECASE)
_SUBORDINATE_OPENING = re.compile(_SUBORDINATE_CLAUSE, re.IGNORECASE)


def _reports_before(text: str, lo: int, comma: int, cue_end: int, end: int, cue: str) -> bool:
    """Whether "WORDS, X said ..." reports the WORDS: nothing is reported after the cue (only a time,
    a place, a listener: "told the court in a filing"), and the words make a clause of their own."""
    i = cue_end
    m = _MEDIUM.match(text, i, end)
    if m is not None and m.group().endswith("that"):
        return False
    # the listener of "told" is a few words ("told her closest aides as ...")
    for _ in range(4 if cue.lower() in LISTENER_CUES else 0):
        if _AFTERWORD.match(text, i, end):
            break
        m = _WORD_AFTER.match(text, i, end)
        if m is None:
            return False
        i = m.end()
    if not _AFTERWORD.match(text, i, end):
        return False
    if _SPACE_DOTS.fullmatch(text, i, end) or text[i:end].lstrip()[:1] in (",", ";", ":", "—", "–"):
        return True
    # "In Ohio, Ana said at a rally (that) ...", "..., as the parade passed, BBC said at least ...": the
    # words before the subject set the scene for the words after the cue
    return len(text[lo:comma].split()) >= 5 and not (_SUBORDINATE_OPENING.match(
        text, _LEAD_PUNCT.match(text, lo).end(), comma) or _SUBORDINATE.search(text, lo, comma))


# a clause "as X said" that opens its sentence, after a conjunction or a word and its comma ("However, as ...")
_AS_OPENING = re.compile(r"(?:(?:and|but|so|yet)\s+|[A-Z]?[a-z]+,\s+(?:(?:and|but|so|yet)\s+)?)?as\s+$", re.IGNORECASE)


def _as_clause_end(text: str, lo: int, subject: int, cue_end: int, end: int) -> int:
    """Where the reported words begin after a clause "As X said," that opens the sentence at ``lo``
    ("As the Gazette reported on Monday, the mill will close"): after its comma, when only a time, a
    place or a medium follows the cue; at ``lo`` when the clause is an insert in the reported words ("The
    mill, as the Gazette noted, will close"); else -1."""
    opening = _AS_OPENING.fullmatch(text, lo, subject) is not None
    if not (opening or text.find(", as ", max(lo, subject - 40), subject) != -1 and _AS_INSERT.search(
            text, max(lo, subject - 40), subject)) or not _AFTERWORD.match(text, cue_end, end):
        return -1
    comma = text.find(",", cue_end, end)
    if comma == -1 or _CLAUSE_MARK.search(text, cue_end, comma) or len(text[cue_end:comma].split()) > 6:
        return -1
    return comma + 1 if opening else lo if _RESUMED.match(text, comma, end) else -1


# an "as X said" clause inserted after the first words of the reported ones: "The mill, as X noted, will close"
_AS_INSERT = re.compile(r"\w,\s+as\s+(?:[\w’'-]+\s+){0,3}$")
# verbs of saying with a particle of their own ("pointed out"): the particle closes the cue
_CUE_PARTICLE = re.compile(r"\s+out\b")


def _closed_cue_end(text: str, cue: re.Match, word: str) -> int:
    """Where a cue that closes its clause ends: after its particle ("as Ana pointed out, ...")."""
    m = _CUE_PARTICLE.match(text, cue.end()) if word.startswith("point") else None
    return m.end() if m else cue.end()


def _resumed_end(text: str, cue_end: int, end: int, comma: int) -> int:
    """Where the words of "A, X said, B" end: B resumes A ("In the end, he said, the plan failed"),
    unless B is a clause of its own or an aside ("..., she said, who ...")."""
    m = _RESUMED.match(text, cue_end, end)
    return end if m is not None and m.end() < end else comma


# ", B" after a cue that resumes the reported words: not a relative clause, a conjunction or a listener
_RESUMED = re.compile(r"\s*,\s*(?!(?:who|which|whose|where|and|but|or|adding|citing|according|in|on|at|during|"
                      r"referring|noting|saying|though|although|while)\b)(?=\S)")


def _clause_statements(text: str, s: int, e: int, cues: list[re.Match], taken: list[Statement]) -> list[Statement]:
    """Statements of the words that report their own clause ("he appeared to concede", "the plan is
    expected to pass", "they reportedly met"), where no named report of the sentence has the words:
    the clause from after the last clause mark before the cue to the next one after it. The agent of a
    passive is its speaker ("she is seen by party leaders as credible")."""
    out: list[Statement] = []
    for cue in cues:
        if any(st.content_start <= cue.start() < st.content_end for st in taken + out):
            continue
        mark = max(text.rfind(c, s, cue.start()) for c in ",;:—(")
        stop = _CLAUSE_STOP.search(text, cue.end(), e)
        cs, ce = _trim(text, mark + 1 if mark >= 0 else s, stop.start() if stop else e)
        if ce - cs < 12 or any(st.content_start < ce and cs < st.content_end for st in taken):
            continue
        by = _BY.match(text, cue.end(), ce)
        np = _np_after(text, by.end(), ce) if by is not None else None
        frame = Frame(text[np[0]:np[1]], np[0], np[1], cue["cue"], cue.start(), cue.end()) if (
            np is not None and not _dated(text, cs, ce)) else None
        out.append(Statement(s, e, cs, ce, False, [], frame, (s, e)))
    return out


_BY = re.compile(r"\s+by\s+")
# the verbs that carry a stance on in an infinitive: "continued to question the deal", "began to criticize him"
_GOING_ON = ("continue", "began", "begin")
# a participle cue after a preposition reports for the sentence's subject: "picked up by saying ..."
_PARTICIPLE_PREPOSITIONS = frozenset("by after before while when without in since".split())
_PARTICIPLE_LEAD = re.compile(r"\b(?:by|after|before|while|when|without|in|since)\s+(?:(?:also|initially|first|"
                              r"again|repeatedly|publicly|later|then|even|not|just)\s+)?$", re.IGNORECASE)
# "with 22 percent saying ...": the absolute construction names its own subject
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w%’'.-]+\s+){0,5}?[\w%’'.-]+)\s+$")
# reporting verbs whose -s form is mostly a plural noun in news
_PLURAL_HOMOGRAPHS = frozenset(("states",))
_CLAUSE_OPENING = re.compile(r"\s*(?:that\b|:|“|\")")
# the short object of a stance that PolNeAR-style reports keep: a person ("endorsed her", "backs Mr. Ruiz"),
# or a short answer ("most said yes", "a third said the same")
_SHORT_OBJECT = re.compile(
    r"him|her|them|yes|no|so|the same|to [a-z]+|(?:[A-Z][\w’'-]*\.?)(?:\s+[A-Z][\w’'-]*\.?){0,3}")
# a short object with a determiner is what a stance of a named subject is about ("the mayor opposed the levy";
# not a participle's: "Ana, contradicting the mayor, said ...")
_DETERMINED = re.compile(r"(?:the|an?|this|that|these|those|his|her|their|its|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}")
# where a stance's object ends: a time, a place or an occasion, or a clause mark ("endorsed Ana on Friday, ...")
_OBJECT_END = re.compile(r"\s*[,;(—–]|\s+(?:on|in|at|during|last|this|next|earlier|later|since|after|before|when|"
                         r"while|because|as|until|by|from|with|over|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday|\d)")
_WHEN = re.compile(r"\b(?:when|if|after being|once|before being|while being)\s+$", re.IGNORECASE)


_CLAUSE_STOP = re.compile(r"[;:—(]|,\s+(?:but|and|while|although|though|yet|whereas|which|who)\b")


def _stance_object(text: str, cs: int, ce: int) -> tuple[int, int]:
    """The object that opens a stance's words ``text[cs:ce]``, up to a time, a place or a clause mark."""
    m = _OBJECT_END.search(text, cs, ce)
    return _trim(text, cs, m.start()) if m is not None and m.start() > cs else (cs, ce)
