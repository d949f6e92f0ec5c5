"""Resolving every date of a text in order: the tense of each date's clause, and the narrative time.

A bare "Friday" or "in March" is placed before or after the story's date by the tense of the verb it
goes with ("said Friday", "will meet Friday", "said it would close on Monday"); "that year" and "the
previous Friday" count from the last date the story named. ``resolve_all`` walks the dates of a text
in that order and hands each its anchors; ``resolve.resolve`` turns one into a TimeML value.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import TimeValue
from ..text.segment import split_sentences
from ._scan import Gate, TextScan, WindowScanner
from .clauses import ClauseMarks, clause_of
from .resolve import Anchors, as_date, resolve, uses_tense
from .timex import FUTURE_CUES, FUTURE_CUES_GATE, Timex

# past forms without -ed
_IRREGULAR_PAST = ("won|lost|ran|met|began|took|came|went|broke|held|said|told|fell|rose|grew|became|brought|bought|"
                   "sold|paid|gave|made|left|saw|spoke|wrote|struck|sent|found|got|led|stood|kept|built|spent|"
                   "heard|knew|drew|chose|flew|threw|fought|caught|sought|shook|fled|hung|withdrew|froze|stole|"
                   "woke|wore|rode|forgot|dealt")
# the verb forms that tell a clause's tense: past forms (the participles that look ahead, "scheduled",
# "planned", "expected", excepted, and words that only look like -ed forms) and present ones, whose
# clause has no side of the reference date ("when the case is heard in May"); every form starts with a
# lower-case letter, which the look-ahead checks first (at the end of a word \b holds, and the -ed branch's
# look-aheads would be tried there)
_VERB_FORM = re.compile(r"\b(?=[a-z])(?:(?P<past>was|were|had|did|" + _IRREGULAR_PAST + r"|"
                        r"(?!(?:schedul|plann|expect|intend|propos|slat)ed\b)"
                        r"(?!(?:hundr|ind|proce|succe|exce|spe)ed\b)[a-z]{3,}ed)|is|are|am|has|have|does)\b")
# but a present perfect tells of the past ("have gathered evidence in the October killing")
_PERFECT = re.compile(r"(?:has|have)\s+(?:[a-z]+ly\s+|not\s+)?(?:been|[a-z]{2,}(?:ed|en)|" + _IRREGULAR_PAST + r")\b")
# what makes a verb form no tense word of its own: an auxiliary or modal before it carries the tense
# ("would be paid", "has decided"), a determiner or a number makes it an adjective ("an unspecified
# date", "271 pledged delegates"), "if" a condition ("if he won the election on Nov. 8"); an adverb
# between them keeps it an adjective ("the newly built"), a noun in -ly does not ("the tally stood")
_NOT_A_VERB_BEFORE = re.compile(r"(?:\b(?:be|been|being|is|are|am|was|were|has|have|had|will|would|a|an|the|its|his|her|"
                                r"their|still)|\d)\s+(?:(?!(?:fami|tal|ral|al|assemb|supp|rep|monopo|anoma)ly\s)[a-z]+ly\s+|"
                                r"not\s+)?$|\b(?:if|unless)\s+(?:\S+\s+){1,2}$")
# a verb that takes an infinitive ("decided to admit Poland in March") times the infinitive's event
# from its own time, not from the reference date
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|about|some|more|less)\b)[a-z]")
# past verbs of a promise or a plan: the act of their infinitive lies ahead of them
_INTENT_PAST = frozenset(["agreed", "promised", "pledged", "vowed", "planned", "arranged", "undertook"])
# reporting verbs and "that" open a reported clause: in "said it would close on Monday" the day takes
# the tense of "would close", not of "said"
_REPORTED_AFTER = re.compile(r"\b(?:said|says|told|tells|announced|announces|added|adds|stated|declared|predicted|"
                             r"warned|warns|insisted|noted|reported|saying|that)\b")
# an event still to come, by a participle: "the accession was planned for March" (ahead of the time it
# was planned at), "the slated visit in September", "its planned sale", "winds were forecast through Friday"
_PLANNED_WORDS = ("planned", "slated", "scheduled", "proposed", "set", "due", "expected", "forecast")
_PLANNED = re.compile(r"\b(?:" + "|".join(_PLANNED_WORDS) + r")\b")
_PLANNED_GATE = Gate(_PLANNED_WORDS, word_start=True, whole=True)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+$")
_PASSIVE_AFTER = re.compile(r"\s+(?:for|to|on|in|through|until|till|by)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# a clause opened by a conjunction has a verb of its own, even one not told apart here ("if she wins in May")
_SUBORDINATE = re.compile(r"[\s\"'`“‘]*(?:(?:and|but|or)\s+)?(?:if|when|whenever|while|because|although|though|"
                          r"unless|whether|once|as)\b", re.IGNORECASE)
# what may precede a clause that opens its sentence
_OPENING = " \n\"'`“‘"
# how far after a reporting verb, with no other verb between, a date is still the statement's own
_STATEMENT_REACH = 60
# a subject pronoun or an infinitive after a reporting verb starts what was said, with a verb of its own
# ("said it expects to report in May")
_NEW_CLAUSE = re.compile(r"\b(?:it|he|she|they|we|I|you)\b|" + _INFINITIVE.pattern)


class _FutureWords:
    """The future cues of one text and the participles that put an event ahead, found near their gates."""

    def __init__(self, cues: WindowScanner, scan: TextScan) -> None:
        self.cues = cues
        self.planned = WindowScanner(_PLANNED, _PLANNED_GATE, scan)

    def starts(self, lo: int, hi: int) -> list[int]:
        text = self.cues.text
        out = [m.start() for m in self.cues.finditer(lo, hi)]
        for m in self.planned.finditer(lo, hi):
            s, e = m.start(), m.end()
            if (_PASSIVE_BEFORE.search(text, max(lo, s - 6), s) and _PASSIVE_AFTER.match(text, e, hi)
                    or _DETERMINER_BEFORE.search(text, max(lo, s - 6), s) and _NOUN_AFTER.match(text, e, hi)):
                out.append(s)
        return out


def _verb_tense(text: str, m: re.Match, lo: int, hi: int) -> str | None:
    """"past" or "present" for a verb form that carries its clause's tense, "open" for one whose
    infinitive tells what happens ("decided to admit"), None for no verb of its own."""
    if _NOT_A_VERB_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
        return None
    if m["past"] is None:
        return "past" if _PERFECT.match(text, m.start()) else "present"
    if m.group() != "had" and _INFINITIVE.match(text, m.end() + 1, hi):
        return "open"
    return "past"


def _has_past_verb(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a past form, as a clause without a tense of its own is judged."""
    return any(m["past"] for m in _VERB_FORM.finditer(text, lo, hi))


def _tense_in(text: str, lo: int, hi: int, last: bool, future: _FutureWords) -> str | None:
    """The tense of the last (else the first) tense word of text[lo:hi]: "future", "past", "present",
    "open" when an infinitive follows the last, None when there is none. The first of a verb group
    ("were planning to") gives way to a future cue right after it."""
    cues = future.starts(lo, hi)
    words: list[tuple[int, re.Match | None]] = [(pos, None) for pos in cues]
    words += [(m.start(), m) for m in _VERB_FORM.finditer(text, lo, hi) if m.start() not in cues]
    words.sort(key=lambda w: w[0])
    for pos, m in reversed(words) if last else words:
        tense = "future" if m is None else _verb_tense(text, m, lo, hi)
        if tense is None:
            continue
        if last:
            # "placed orders to start trading for November": the date is the infinitive's, not the verb's,
            # and what one agreed or vowed to do is still to come ("agreed to meet a mediator on Thursday")
            if _INFINITIVE.search(text, pos, hi):
                return "future" if m is not None and m.group() in _INTENT_PAST else "open"
            return tense
        if any(pos < c <= pos + 12 for c in cues):
            return "future"
        return tense
    return None


def _date_tense(text: str, sent: tuple[int, int], t: Timex, marks: ClauseMarks, future: _FutureWords) -> str | None:
    """"past" or "future": the tense of the verb a date goes with, within its clause. That is the
    nearest tense word before it in its reported clause, else the first after it ("Monday's talks
    will"), else the reporting verb it follows ("said in March"); for a clause that is only the date
    ("On Friday, ..."), the first tense word of the clause after it. None when nothing in reach says,
    or when a present tense or an infinitive leaves the side open ("when the case is heard in May")."""
    cs, ce = clause_of(text, sent, t.start, t.end, marks)
    reports = list(_REPORTED_AFTER.finditer(text, cs, t.start))
    report = reports[-1] if reports else None
    ds = report.end() if report else cs
    after = _REPORTED_AFTER.search(text, t.end, ce)
    de = after.start() if after else ce
    tense = _tense_in(text, ds, t.start, True, future) or _tense_in(text, t.end, de, False, future)
    if (tense is None and report is not None and t.start - ds <= _STATEMENT_REACH
            and not _NEW_CLAUSE.search(text, ds, t.start)):
        # "said Friday", "told reporters in Ohio on Tuesday": the date of the statement itself
        tense = "past" if (m := _VERB_FORM.match(text, report.start())) and m["past"] else None
    elif (tense is None and report is None and after is None and ce < sent[1] and text[ce] == ","
          and not text[sent[0]:cs].strip(_OPENING) and not _SUBORDINATE.match(text, cs)):
        ns, ne = clause_of(text, sent, ce + 1, ce + 1, marks)
        nxt = _REPORTED_AFTER.search(text, ns, ne)
        tense = _tense_in(text, ns, nxt.end() if nxt else ne, False, future)
    return tense if tense in ("past", "future") else None


class ClauseTense:
    """The tense of a date's clause, as ``_date_tense`` judges it, for any date of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = split_sentences(text) or [(0, len(text))]
        self.starts = [s for s, _ in self.sentences]
        scan = TextScan(text)
        self.marks = ClauseMarks(text)
        self.future = _FutureWords(WindowScanner(FUTURE_CUES, FUTURE_CUES_GATE, scan), scan)

    def of(self, t: Timex) -> str | None:
        """"past", "future" or None (the clause does not say)."""
        sent = self.sentences[max(0, bisect.bisect_right(self.starts, t.start) - 1)]
        return _date_tense(self.text, sent, t, self.marks, self.future)


_DEADLINE_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# a market's close on a day names a price already set, whatever the tense of the sentence: "a premium of
# 27 percent to its closing price on Friday", "over Friday's close" (not "the deal will close on Friday")
_CLOSE_BEFORE = re.compile(r"\b(?:closing\s+(?:price|level|value|bell)|close\s+of\s+(?:trading|business))"
                           r"\s+(?:on\s+)?$", re.IGNORECASE)
_CLOSE_AFTER = re.compile(r"['’]s\s+(?:close\b|closing\s+(?:price|level|value|bell))", re.IGNORECASE)


def _market_close(text: str, t: Timex) -> bool:
    return bool(_CLOSE_AFTER.match(text, t.end) or _CLOSE_BEFORE.search(text, max(0, t.start - 28), t.start))


# "payments could go out in the spring", "the mill may reopen in March": a modal of possibility puts a
# month or season ahead ("could have", "could not" tell of the past); a weekday is left alone, as "could"
# there is as often a past ability ("could be seen Monday")
_MODAL_AHEAD = re.compile(r"\b(?:could(?!\s+(?:have|not)\b)|(?:may|might)(?!\s+have\b))\s")


def _possible_ahead(text: str, sent: tuple[int, int], t: Timex, marks: ClauseMarks) -> bool:
    """Whether a month or season without its year follows a modal of possibility in its clause."""
    k = t.spec.get("k")
    if not (k == "season" or k == "ymd" and t.spec.get("d") is None):
        return False
    cs, _ = clause_of(text, sent, t.start, t.end, marks)
    return _MODAL_AHEAD.search(text, cs, t.start) is not None
# A clock time whose sentence names no day ("It docked at 4:12 a.m.") falls on the day of the news:
# the last day of an event named within this many days of the reference date, else the reference date
# itself. A day long past named in an earlier sentence ("was launched on Feb. 9, 2023.") is background,
# and so is the day a statement was made ("police said Wednesday") once an event's day was told.
NEWS_DAYS = 7
# how many characters before a date a reporting verb ("police said on") makes it the day of a statement
STATEMENT_REACH = 40


def _told_in_past(text: str, sent: tuple[int, int], t: Timex, tense: str | None, marks: ClauseMarks,
                  future: _FutureWords) -> bool:
    """Whether ``t`` writes out a day or month the story tells as past ("the jury returned on June 12,
    2025"), unlike a caption's present ("crews dig through mud on June 19, 2023"), which is about when
    the piece was written."""
    if t.spec.get("k") != "ymd":
        return False  # a weekday or "yesterday" is placed by the reference date, it tells no new day
    return (tense or _date_tense(text, sent, t, marks, future)) == "past"


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] makes a line of its own, but for punctuation: "2:40 p.m.", "Noon."."""
    line_end = text.find("\n", end)
    return (not text[text.rfind("\n", 0, start) + 1:start].strip()
            and not text[end:line_end if line_end >= 0 else len(text)].strip(" \t.:—–-"))


def _clock_day(text: str, sent: tuple[int, int], t: Timex, news_day: dt.date, reference: dt.date | None,
               marks: ClauseMarks, future: _FutureWords) -> dt.date:
    """The day of a clock time whose sentence names none: the news day (see ``NEWS_DAYS``), but the
    reference date for the time stamp of a live report's entry, which tells when it was filed, and
    for a time still to come when the news day is already past ("A memorial will be held at 11 a.m.")."""
    if reference is None:
        return news_day
    if _alone_on_its_line(text, t.start, t.end):  # the time stamp of a live report's entry
        return reference
    if news_day < reference and _date_tense(text, sent, t, marks, future) == "future":
        return reference
    return news_day


def _points_back(text: str, sent: tuple[int, int], t: Timex, told: dt.date | None, grain: str | None,
                 reference: dt.date | None, marks: ClauseMarks, future: _FutureWords) -> bool:
    """Whether "that day" ``t`` has the day ``told`` last to point back to: one the text told (or,
    for "that same day", a month it told: a day of that month), and, for a past clause ("the vote
    held that same day"), not a day still ahead (a deadline told since). ``either_side``: "Until then,
    the firm said, the shares trade" looks up to a day ahead whatever the tense of its reporting verb."""
    if told is None or not (grain == "day" or grain == "month" and t.spec.get("marked")):
        return False
    return t.spec.get("either_side") or not (
        reference and told > reference and _date_tense(text, sent, t, marks, future) == "past")


def resolve_all(text: str, timexes: list[Timex], sentences: list[tuple[int, int]],
                reference: dt.date | None, scan: TextScan | None = None,
                marks: ClauseMarks | None = None, inferred: bool = False,
                statements: WindowScanner | None = None) -> list[TimeValue | None]:
    """The value of each of ``timexes`` (in text order, as ``find_timexes`` gives them), placed by the
    reference date, the tense of its clause and the last date the text named before it; None for one
    that points back to a day ("that day") when the text has told none before it. ``inferred``:
    the reference date was inferred from the text's own dates (see ``Anchors.told``); ``statements``
    finds a reporting verb right before a date ("said on"), which makes it the day of a statement."""
    starts = [s for s, _ in sentences]
    narrative: dt.date | None = reference
    told: dt.date | None = None  # the latest day or month the text has written out in the past tense
    grain: str | None = "day" if reference else None
    narrative_sentence: tuple[int, int] | None = None
    news_day = reference
    event_day_told = False  # whether news_day is the day of an event, not of a statement
    year = reference.year if reference else None
    future_in: dict[tuple[int, int], bool] = {}  # per sentence
    scan = scan if scan is not None and scan.text is text else TextScan(text)
    cues = WindowScanner(FUTURE_CUES, FUTURE_CUES_GATE, scan)
    future_words = _FutureWords(cues, scan)
    marks = marks if marks is not None and marks.text is text else ClauseMarks(text)
    values: list[TimeValue | None] = [None] * len(timexes)
    for n in _day_first(text, timexes):
        t = timexes[n]
        i = max(0, bisect.bisect_right(starts, t.start) - 1)
        s, e = sentences[i] if sentences else (0, len(text))
        if t.spec.get("back") and not _points_back(text, (s, e), t, narrative if narrative_sentence else None,
                                                   grain, reference, marks, future_words):
            continue
        tensed = uses_tense(t.spec)
        tense = None
        if t.type == "DATE" and tensed:
            if _market_close(text, t):
                tense = "past"  # "will pay a premium to Friday's close": a price already set
            elif _possible_ahead(text, (s, e), t, marks):
                tense = "future"
            else:
                tense = _date_tense(text, (s, e), t, marks, future_words)
        if tense is None and tensed and _DEADLINE_BEFORE.search(text, max(0, t.start - 8), t.start):
            # "told the firm to file by Friday": a deadline with no past verb of its own is still ahead
            tense = "future"
        if tense is None:
            future = future_in.get((s, e))
            if future is None:
                future = future_in[(s, e)] = cues.search(s, e) is not None
            if future:
                # "Okafor, who won on Sunday, will rest": the date's own clause is in the past tense
                cs, ce = clause_of(text, (s, e), t.start, t.end, marks)
                future = not (_has_past_verb(text, cs, ce) and cues.search(cs, ce) is None)
        else:
            future = tense == "future"
        if t.spec.get("k") == "time" and news_day is not None and narrative_sentence != (s, e):
            day = _clock_day(text, (s, e), t, news_day, reference, marks, future_words)
            anchors = Anchors(reference, day, "day", year, future)
        else:
            anchors = Anchors(reference, narrative, grain, year, future, past=tense == "past",
                              told=told if inferred else None)
        v = values[n] = resolve(t, anchors)
        if t.type == "DATE":
            anchored = as_date(v.value)
            if anchored and (anchored[1] in ("day", "month") or t.spec.get("y") is not None):
                # a year said outright anchors "that year"; "a year earlier" after "a year earlier" does not
                year = anchored[0].year
            if anchored and anchored[1] in ("day", "month"):
                narrative, grain = anchored
                narrative_sentence = (s, e)
                if grain == "day" and reference and abs((narrative - reference).days) <= NEWS_DAYS:
                    statement = statements is not None and statements.search(max(0, t.start - STATEMENT_REACH), t.start)
                    if not (statement and event_day_told):
                        news_day = narrative
                        event_day_told = event_day_told or not statement
                if inferred and _told_in_past(text, (s, e), t, tense, marks, future_words):
                    told = max(told, narrative) if told else narrative
    return values


# "6:40 a.m. on Friday", "midnight Tuesday", "3 p.m., March 3": the day a clock time falls on
_TIME_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")


def _day_first(text: str, timexes: list[Timex]) -> list[int]:
    """The order to resolve ``timexes`` in: text order, but a clock time right before its day comes
    after that day, so it falls on it rather than on the day named before."""
    order = list(range(len(timexes)))
    for n in range(len(timexes) - 1):
        t, day = timexes[n], timexes[n + 1]
        if (t.spec.get("k") == "time" and day.type == "DATE" and day.spec.get("k") != "time"
                and _TIME_THEN_DAY.fullmatch(text, t.end, day.start)):
            order[n], order[n + 1] = order[n + 1], order[n]
    return order
