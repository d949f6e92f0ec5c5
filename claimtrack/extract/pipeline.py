"""From a Source to its claims: segment, recognise, resolve, attribute, and say what each is about."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import os
import re
from collections.abc import Sequence

from ..model import DATELINE_EVENT, About, Attribution, Claim, QuoteValue, Source, TimeValue
from ..sources.meta import MonthDay, find_month_day_dateline
from ..text.segment import split_sentences
from ._scan import Gate, TextScan, WindowScanner
from .clauses import ClauseMarks, clause_of
from .entities import EntityIndex
from .events import TriggerIndex, nearest_event
from .figures import find_figures
from .quotes import Statement, find_statements, speaker_parts, speaker_phrase, speaks_for
from .tense import STATEMENT_REACH, ClauseTense, resolve_all
from .timex import WEEKDAY_NAMES, Timex, find_timexes

# Descriptions that stand for "whoever spoke last" rather than for a role we could look up.
GENERIC_SPEAKERS = frozenset("""
person official spokesperson spokesman spokeswoman source aide diplomat expert analyst adviser advisor
he she him her
""".split())
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_OWNER = re.compile(r"\w(?:[’']s|s[’'])\s")


def _owned(phrase: str) -> bool:
    """Whether a speaker phrase names whose it is ("the mayor's spokeswoman", "the firm's lawyer"): a
    description of its own, not one that stands for whoever spoke last."""
    return _OWNER.search(phrase) is not None


def _independent_part(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The independent clause of a sentence around ``pos``: from the semicolon before it to the next
    semicolon or clause joined by ", and", ", but" or ", while". "its cameras worked for 14 minutes; the
    first signal reached Corran 40 minutes later" and "put $18 million into isolation wards, and
    Varnach's schools are closed" tell of two things, and Corran and Varnach are not the first's."""
    lo = text.rfind(";", sent[0], pos)
    end = sent[1]
    # (the regex only where a comma or a semicolon follows: two finds cost less than a regex search)
    m = _NEXT_CLAUSE.search(text, pos, end) if text.find(",", pos, end) != -1 or text.find(";", pos, end) != -1 else None
    return (sent[0] if lo < 0 else lo + 1), (sent[1] if m is None else m.start())


_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while)\s")


def infer_reference_dates(sources: Sequence[Source]) -> list[Source]:
    """``infer_reference_date`` of each source, where a dateline without a year ("Sept. 16") takes
    it from the sources checked with it: first those dated otherwise, then those whose dateline
    gives a weekday, then the rest, so that each is placed near the dates known before it."""
    out = list(sources)
    undated = {i: md for i, s in enumerate(sources)
               if s.published is None and (md := find_month_day_dateline(s.text)) is not None}
    for i, s in enumerate(sources):
        if i not in undated:
            out[i] = infer_reference_date(s)
    for i in sorted(undated, key=lambda i: undated[i].weekday is None):
        others = [s.published for j, s in enumerate(out) if s.published is not None and j != i]
        out[i] = _dated_by_dateline(sources[i], undated[i], others)
    return out


def infer_reference_date(source: Source, others: Sequence[dt.date] = ()) -> Source:
    """A copy of ``source`` with ``published`` inferred, when unambiguous, from a dateline without a
    year (see ``_dated_by_dateline``; ``others`` are the dates of the sources checked with it) or
    else from its own absolute dates.

    The latest fully specified date the article mentions (a photo caption "June 19, 2023") is a
    lower bound on when it was written, unless its clause looks ahead ("will face each other on Dec.
    7, 2025"); month-day dates without a year ("Oct. 30") told in the past tense are placed in
    that year and may move the anchor later. Dates more than a year apart make the article
    ambiguous (a history piece), and nothing is inferred. A single date is evidence only in a report
    of recent days: one that counts days from its own date ("on Sunday", "yesterday", "last week") or
    names the date with its weekday; "the probe's launch on March 3, 1998" alone dates no article.
    """
    if source.published is not None:
        return source
    if (md := find_month_day_dateline(source.text)) is not None:
        return _dated_by_dateline(source, md, others)
    full: list[dt.date] = []
    partial: list[tuple[int, int]] = []
    recent = False
    tenses: ClauseTense | None = None  # built for the first full date: most texts have few
    for t in find_timexes(source.text):
        recent = recent or _counts_from_now(t.spec) or bool(_WEEKDAY_FIRST.match(source.text, t.start, t.end))
        specs = [t.spec["a"], t.spec["b"]] if t.spec.get("k") == "range" else [t.spec]
        for spec in specs:
            if spec.get("k") != "ymd" or spec.get("m") is None or spec.get("d") is None:
                continue
            tenses = tenses or ClauseTense(source.text)
            tense = tenses.of(t)
            if tense == "future" or spec.get("y") is None and tense != "past":
                continue
            if spec.get("y") is not None:
                try:
                    full.append(dt.date(spec["y"], spec["m"], spec["d"]))
                except ValueError:
                    pass
            else:
                partial.append((spec["m"], spec["d"]))
    if not full or (max(full) - min(full)).days > 366 or (len(set(full)) == 1 and not recent):
        return source
    latest = max(full)
    for m, d in partial:
        try:
            candidate = dt.date(latest.year, m, d)
        except ValueError:
            continue
        if latest < candidate <= latest + dt.timedelta(days=60):
            latest = candidate
    return dataclasses.replace(source, published=latest, published_from="inferred")


def _dated_by_dateline(source: Source, md: MonthDay, others: Sequence[dt.date]) -> Source:
    """``source`` dated by its dateline's month and day. The year is the one nearest the other
    sources' (middle) date, or else before the file's date (an article is saved after it is
    written), that has the dateline's weekday when it names one, else the year of that date."""
    if others:
        anchor, latest = sorted(others)[len(others) // 2], None
    else:
        anchor = latest = _file_date(source.path)
    span = range(anchor.year - 40, anchor.year + 2) if md.weekday is not None else range(anchor.year - 1, anchor.year + 2)
    candidates = [d for y in span if (d := _calendar_date(y, md.month, md.day)) is not None
                  and (md.weekday is None or d.weekday() == md.weekday) and (latest is None or d <= latest)]
    if not candidates:
        return source
    how = "its weekday" if md.weekday is not None else "the other sources" if others else "the file's date"
    return dataclasses.replace(source, published=min(candidates, key=lambda d: abs(d - anchor)),
                               published_from=f"dateline, year from {how}")


def _calendar_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # Feb. 29 of a common year
        return None


def _file_date(path: str) -> dt.date:
    """When the file was last written, else today: the latest an article in it can be from."""
    try:
        return dt.date.fromtimestamp(os.path.getmtime(path))
    except (OSError, ValueError):
        return dt.date.today()


_WEEKDAY_FIRST = re.compile(rf"(?:{'|'.join(WEEKDAY_NAMES)})\b")


def _counts_from_now(spec: dict) -> bool:
    """Whether a date counts from the day it is written ("on Sunday", "yesterday", "next month")."""
    k = spec.get("k")
    return k in ("weekday", "weekend") or (k == "shift" and spec.get("base") == "ref"
                                           and spec.get("unit") in ("day", "week", "month"))


class _Speakers:
    """Turns a frame's speaker phrase into a name, resolving pronouns and descriptions in text order."""

    def __init__(self, entities: EntityIndex) -> None:
        self.entities = entities
        self.last: Attribution | None = None

    def attribution(self, st: Statement, text: str) -> Attribution | None:
        frame = st.frame
        if frame is None:
            return None
        phrase = speaker_phrase(frame)
        role, name = speaker_parts(phrase)
        speaker: str | None
        if name:
            speaker = self.entities.canonical(name, at=frame.speaker_start)
            if self.entities.looks_like_person(speaker):
                self.entities.note_person(speaker)
        elif phrase.lower() in ("who", "which"):
            speaker = self._antecedent(frame.speaker_start, text, phrase.lower() == "who")
        else:
            pronoun = phrase.lower() in PRONOUNS
            speaker = self.entities.resolve_role(phrase) if not pronoun and not speaks_for(phrase) else None
            if speaker is None:
                head = phrase.split()[-1].lower() if phrase else ""
                person = self.entities.person_before(frame.speaker_start) if pronoun else None
                if person is not None:
                    speaker = person
                    role = self.last.role if self.last and self.last.speaker == person else None
                elif (pronoun or head in GENERIC_SPEAKERS and not _owned(phrase)) and self.last is not None:
                    speaker, role = self.last.speaker, self.last.role if pronoun else phrase
                else:
                    speaker = phrase or None
        if role is None and speaker and self.last and self.last.speaker == speaker:
            role = self.last.role
        att = Attribution(speaker, role, frame.cue, frame.speaker_start, frame.speaker_end)
        self.last = att
        return att

    def _antecedent(self, pos: int, text: str, person: bool) -> str | None:
        """Who a relative "who" / "which" at ``pos`` stands for: the name just before its comma ("Ana
        Ruiz, who said"), else (for "who") the person named last."""
        comma = text.rfind(",", max(0, pos - 4), pos)
        if comma != -1:
            if person and (name := self.entities.apposed_to(comma)) is not None:
                return name
            if (thing := _object_before(text, comma)) is not None:
                return thing
            names = self.entities.entities_in(max(0, comma - 80), comma)
            if names:
                return names[-1]
        return self.entities.person_before(pos) if person else None


# past and present forms of verbs that take a person or a group as their object: "Ana Ortiz met critics of
# the plan, who said ..." (the critics said it, not Ortiz)
_OBJECT_VERBS = frozenset("""met meets thanked thanks visited visits told tells joined joins urged urges praised
praises greeted greets interviewed interviews addressed addresses consulted consults called calls hired hires
criticized criticised criticizes criticises blamed blames angered angers""".split())
# verbs whose object follows "with" or "to": "spoke with parents of the players, who said ..."
_OBJECT_AFTER_PREPOSITION = frozenset("spoke speaks talked talks".split())
_OBJECT_PREPOSITIONS = frozenset("with to by".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it".split())
_TRAILING_WHEN = re.compile(r"\s+(?:on|in|at|last|this|early|late)\s+\S+(?:\s+(?:morning|afternoon|evening|night))?$")


def _object_before(text: str, comma: int) -> str | None:
    """The common noun phrase that a verb of meeting or addressing takes as its object right before
    ``comma`` ("met critics of the plan on Monday," -> "critics of the plan"): what a "who" after that
    comma stands for, rather than the verb's subject named earlier. None when the object is a name or
    a pronoun (the names before the comma decide then) or no such verb stands before it."""
    start = max(text.rfind(c, max(0, comma - 100), comma) for c in ",;:.!?\n")
    words = text[start + 1:comma].split()
    verb = next((i for i, w in enumerate(words) if i and (w in _OBJECT_VERBS or w in _OBJECT_AFTER_PREPOSITION)),
                None)
    if verb is None:
        return None
    rest = words[verb + 1:]
    if rest and rest[0] in _OBJECT_PREPOSITIONS:
        rest = rest[1:]
    elif words[verb] in _OBJECT_AFTER_PREPOSITION:
        return None
    phrase = _TRAILING_WHEN.sub("", " ".join(rest))
    if not phrase or not phrase[0].islower() or phrase.split()[0] in _OBJECT_PRONOUNS:
        return None
    return phrase


def _event_frames(text: str, sentences: list[tuple[int, int]], entities: EntityIndex,
                  triggers: TriggerIndex | None = None, marks: ClauseMarks | None = None) -> dict[str, list[str]]:
    """For each event class, the people named in the same clause as one of its triggers.

    Within one article, every "call" is usually the same call: "during the call with Qin Gang" in
    one paragraph tells who the Wednesday call two paragraphs up was with.
    """
    frames: dict[str, list[str]] = {}
    triggers = triggers or TriggerIndex(text)
    for s, e in sentences:
        for ts, te, cls in triggers.find(s, e):
            cs, ce = clause_of(text, (s, e), ts, te, marks)
            # "Blinken and Wang Yi, freshly promoted, spoke by phone": the people may sit outside the
            # trigger's clause, as they may for a claim's own ``about``
            for name in entities.entities_in(cs, ce) or entities.entities_in(s, e):
                if entities.is_person(name) and name not in frames.setdefault(cls, []):
                    frames[cls].append(name)
    return frames


# Counted things that are themselves casualties of an event.
CASUALTY_UNITS = frozenset("deaths dead killed fatalities injured wounded missing displaced homeless evacuated "
                           "casualties victims".split())
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _after_since(text: str, start: int) -> bool:
    """Whether "since" stands right before ``start`` ("chief executive since 2016"); the regex only
    when the window has its letters "nce" (no other character matches them case-insensitively)."""
    lo = max(0, start - 8)
    return "nce" in text[lo:start].lower() and _SINCE.search(text, lo, start) is not None


_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)


def _end_point(text: str, start: int) -> bool:
    """Whether "until" (or "till", "through", "to") stands right before a date: the end of a length ("a
    five-year contract running until June 2031"), no time it is told at."""
    return _UNTIL.search(text, max(0, start - 9), start) is not None


# a superlative measured from a point in time ("its best haul since it hosted the event in 2009")
_SINCE_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|most|least|best|worst|first)\b[^,;.!?]{0,50}\bsince\b[^,;.!?]{0,40}$",
                                re.IGNORECASE)
SINCE_REACH = 110


def _superlative_since(text: str, start: int) -> bool:
    """Whether a date closes a superlative's "since" ("the highest since the 1990s", "its best haul since it
    hosted the event in 2009"): the point a comparison starts from, no time of the figure compared before
    it (while "had belonged to him since October 2019" is when a record began to stand, and "the largest
    since the fire of 2017, which burned 9,000 hectares" times the figure told after it)."""
    lo = max(0, start - SINCE_REACH)
    return "nce" in text[lo:start].lower() and _SINCE_SUPERLATIVE.search(text, lo, start) is not None


# a year a figure is measured against ("1.8C above the 1991-2020 average", "12 percent below 2019 levels",
# "than the 2010 baseline"): the yardstick's period, no time of the figure
_YARDSTICK_BEFORE = re.compile(r"\b(?:above|below|over|under|than|versus|vs\.?|with)\s+(?:the\s+)?(?:\d{4}\s*[-–]\s*)?$",
                               re.IGNORECASE)
_YARDSTICK_AFTER = re.compile(r"\s+(?:average|averages|mean|norm|baseline|levels?)\b", re.IGNORECASE)
YARDSTICK_REACH = 20


def _yardstick(text: str, start: int, end: int) -> bool:
    """Whether a date is the period a figure is measured against (see ``_YARDSTICK_BEFORE``)."""
    return _YARDSTICK_AFTER.match(text, end) is not None and \
        _YARDSTICK_BEFORE.search(text, max(0, start - YARDSTICK_REACH), start) is not None


# a date right after a word of origin ("the bridge, built in 1954,", "Crisp, founded in 1987,", "models
# built between 2022 and 2024") dates when the thing came to be: nothing else its sentence tells, and
# nothing told in the sentence after it
_ORIGIN_DATE = re.compile(r"\b(?:founded|established|built|constructed|erected|created|incorporated|"
                          r"born|manufactured|produced|dat(?:ed|es|ing)(?: back)?)"
                          r"\s+(?:in|on|between|from|to|during|around|circa)?\s*"
                          r"(?:\w+\s+(?:and|to|until)\s+)?$", re.IGNORECASE)  # the end of a range too
ORIGIN_REACH = 36  # characters before a date where its word of origin may stand
# every _ORIGIN_DATE match starts at one of these words: the regex is tried only there
_ORIGIN_GATE = Gate(["founded", "established", "built", "constructed", "erected", "created", "incorporated", "born",
                     "manufactured", "produced", "dated", "dates", "dating"], lower=True, word_start=True, whole=True)
# a conjunction and a verb in the present between a date and a figure: the figure is told of now, not of the
# date's time ("He joined Arlen in 2019 and has scored 40 goals in 61 games")
_AND_NOW = re.compile(r"\band\s+(?:now\s+|still\s+)?(?:has|have|is|are|holds?|remains?|owns?|employs?)\b")


def _now_after(text: str, date: int, figure: int) -> bool:
    """Whether ``_AND_NOW`` stands between a date (its start) and a figure told after it."""
    return " and " in text[date:figure] and _AND_NOW.search(text, date, figure) is not None


# a relative clause on someone named after a figure, past a comma: "have risen to 31, among them a
# nurse who fell ill on Monday" (Monday is the nurse's, not the 31's); "31 people, who were asleep when it
# struck on Monday," still times the 31, and so does a clause that points back to the figure: "The record,
# 14:30.19, belonged to Brenner, who set it on July 28, 2021"
_RELATIVE_AFTER = re.compile(r"[^,;]*[,;]\s*[^,;]*?\S\s+(?:who|whom|whose)\b")
_POINTS_TO_FIGURE = re.compile(r"\b(?:it|them|this|that|these|those)\b")


def _relative_after(text: str, figure_end: int, date: int) -> bool:
    """Whether a relative clause on a later-named person holds the date told after a figure."""
    m = _RELATIVE_AFTER.match(text, figure_end, date)
    return m is not None and _POINTS_TO_FIGURE.search(text, m.end(), date) is None


# a sentence that opens on another time carries no date over from the one before: "... rejected a
# bid of $44 a share last year. This time Orrin offered $52.25 per share."
_NEW_TIME = re.compile(r"[\"“‘']?(?:This time|Since then)\b")


# a sentence that opens by pointing back ("That quake lasted 25 seconds", "It took three days") tells
# more of what the sentence before it told: only then does a length take that sentence's date
_POINTS_BACK = re.compile(r"[\"“‘']?(?:It|Its|He|His|She|Her|They|Their|That|This|These|Those|The same)\b")


# a sentence that opens on a personal pronoun speaks of the person named last
_PRONOUN_SUBJECT = re.compile(r"[\"“‘']?(?:He|She|His|Her)\b")
# a sentence's subject with an appositive description, up to the comma before its verb: "The first
# patient, a cattle trader from Mirrow, fell ill": the names of the description say who fell ill
_DESCRIBED_SUBJECT = re.compile(r"(?:The|A|An|[A-Z][\w’'.-]+)\b[^,;:]{0,60},\s+(?:a|an|the|\d[\d,.]*)\s[^,;:]{1,80},$")
_VERB_START = re.compile(r"\s*[a-z]")


# "said Monday", "announced on Wednesday", "told reporters on Tuesday": the date of the statement itself
_STATEMENT_DATE = re.compile(r"\b(?:said|says|say|announced|stated|told (?:\w+ ){0,3}?|added|confirmed|reported|"
                             r"wrote|tweeted|unveiled|disclosed|made (?:\w+ ){0,3}?public)"
                             r"\s*(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
# every _STATEMENT_DATE match starts at one of these verbs: the regex is tried only there
_STATEMENT_GATE = Gate(["said", "says", "say", "announced", "stated", "told", "added", "confirmed", "reported", "wrote",
                        "tweeted", "unveiled", "disclosed", "made"], lower=True, word_start=True,
                       whole=True)
# between a figure and the date it is measured at: "15,500 hectares on Tuesday", "$2 billion as of June"
_FIGURE_THEN_DATE = re.compile(r"\s+(?:on|by|as\s+of|at)?\s*")
# "KOBE, Japan, March 12, 2024 —": the date the report was filed
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s")


# What a word of origin right before a date tells came to be: a body's founding, a person's birth.
# Each happens once to what it is told of (see ``facts.ONCE_EVENTS``), whatever else its sentence tells.
_ORIGIN_EVENTS = {"founded": "founding", "established": "founding", "incorporated": "founding", "born": "birth"}


def _own_event(text: str, start: int, end: int, statements: WindowScanner, origin: re.Match | None) -> str | None:
    """The event a date belongs to by its position, whatever nouns are near: the statement that a
    reporting verb right before it makes, the origin that the word of origin before it names
    (``origin``: "founded in 2016"), or the filing of the report for a dateline."""
    if statements.search(max(0, start - STATEMENT_REACH), start):
        return "statement"
    if origin is not None and (event := _ORIGIN_EVENTS.get(origin.group(0).split()[0].lower())):
        return event
    line_start = text.rfind("\n", 0, start) + 1
    # a dateline is a place in capitals ("PORT LUCAN, Tamaris,"), never a clause with ordinary words
    if start - line_start < 80 and _DATELINE_AFTER.match(text, end) and not re.search(
            r"\b[a-z]{4,}\b", text[line_start:start]):
        return DATELINE_EVENT
    return None


def split_ranges(found: list[tuple[Timex, TimeValue]]) -> tuple[list[Timex], list[TimeValue]]:
    """The dates and durations of ``found``, a range of days cut into its two dates, each with its
    own extent and value and the whole range in ``TimeValue.range``: TimeML gives "April 24" and "25"
    of "April 24 and 25" a TIMEX3 each (1999-04-24, 1999-04-25), and a checker still compares the range.
    Days listed apart ("May 9 and May 11") are two dates, with no range between them."""
    timexes: list[Timex] = []
    values: list[TimeValue] = []
    for t, v in found:
        ends = t.meta.get("ends")
        first, _, second = v.value.partition("/")
        if ends is None or not second:
            timexes.append(t)
            values.append(v)
            continue
        timexes += [dataclasses.replace(t, end=ends[0], spec=t.spec["a"]),
                    dataclasses.replace(t, start=ends[1], spec=t.spec["b"])]
        whole = None if t.meta.get("list") else v.value
        values += [dataclasses.replace(v, value=first, range=whole),
                   dataclasses.replace(v, value=second, range=whole)]
    return timexes, values


def extract_claims(source: Source) -> list[Claim]:
    """Every date, duration, figure and quote in ``source``, attributed and normalised.

    ``source.published`` anchors relative dates; call ``infer_reference_date`` first (as
    ``claimtrack.load_source`` does) to anchor articles that carry no date of their own.
    """
    text = source.text
    sentences = split_sentences(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        return sentences[i if i > 0 else 0]

    scan = TextScan(text)
    timexes = find_timexes(text, scan)
    marks = ClauseMarks(text)
    statement_dates = WindowScanner(_STATEMENT_DATE, _STATEMENT_GATE, scan)
    origin_dates = WindowScanner(_ORIGIN_DATE, _ORIGIN_GATE, scan)
    resolved = resolve_all(text, timexes, sentences, source.published, scan, marks,
                           inferred=source.published_from == "inferred", statements=statement_dates)
    timexes, values = split_ranges([(t, v) for t, v in zip(timexes, resolved) if v is not None])
    figures = find_figures(text, taken=[(t.start, t.end) for t in timexes], scan=scan)
    triggers = TriggerIndex(text, scan)
    statements = find_statements(text, sentences, scan)
    entities = EntityIndex(text)
    speakers = _Speakers(entities)
    attributions = [speakers.attribution(st, text) for st in statements]

    # what each attributed statement covers, in statement order: its quoted fragments, or its content
    covered: list[tuple[int, int, Attribution]] = []
    for st, att in zip(statements, attributions):
        if att is not None:
            spans = [(f.inner_start, f.inner_end) for f in st.fragments] if st.direct \
                else [(st.content_start, st.content_end)]
            covered.extend((lo, hi, att) for lo, hi in spans)

    def attribution_at(start: int, end: int) -> Attribution | None:
        for lo, hi, att in covered:
            if lo <= start and end <= hi:
                return att
        return None

    frames = _event_frames(text, sentences, entities, triggers, marks)
    figure_starts = sorted([t.start for t in timexes if t.type == "DURATION"] + [f.start for f in figures])

    def has_figure(lo: int, hi: int) -> bool:
        """Whether a duration or figure starts in [lo, hi)."""
        i = bisect.bisect_left(figure_starts, lo)
        return i < len(figure_starts) and figure_starts[i] < hi

    figure_ends = sorted(f.end for f in figures)

    def times_a_figure(start: int) -> bool:
        """Whether a date follows a figure right after it: "grew to 15,500 hectares on Tuesday" is when
        the fire had that size, not when the fire happened."""
        i = bisect.bisect_right(figure_ends, start) - 1
        return i >= 0 and _FIGURE_THEN_DATE.fullmatch(text, figure_ends[i], start) is not None

    own_events: dict[tuple[int, int], str | None] = {}

    origins: dict[int, re.Match | None] = {}

    def origin_of(start: int) -> re.Match | None:
        """The word of origin right before a date ("founded in"), looked for once per date."""
        if start not in origins:
            origins[start] = origin_dates.search(max(0, start - ORIGIN_REACH), start)
        return origins[start]

    def own_event(start: int, end: int) -> str | None:
        """``_own_event`` of a date, asked once for the dates and once for the claim."""
        key = (start, end)
        if key not in own_events:
            own_events[key] = _own_event(text, start, end, statement_dates, origin_of(start))
        return own_events[key]

    def about(start: int, end: int, kind: str = "") -> About:
        sent = sentence_of(start)
        cs, ce = clause_of(text, sent, start, end, marks)
        event = own_event(start, end) if kind == "date" else None
        if event is None and kind == "date" and times_a_figure(start):
            return About(entities.entities_in(cs, ce) or entities.entities_in(*sent), None, [])
        event = event or nearest_event(text, start, end, (cs, ce), triggers)
        if event is None and not (kind == "date" and has_figure(cs, ce)):
            # a date in a clause with a figure and no event word times that figure, not the sentence's
            # event: "rose to $4.6 million on Monday, race director Carla Benning said"
            event = nearest_event(text, start, end, sent, triggers)
        names = entities.entities_in(cs, ce) or entities.entities_in(*_independent_part(text, sent, start))
        if cs > sent[0] and text[cs - 1] == ",":
            # an apposition speaks of the person it follows: "Priya Raman, in charge since 2017,"
            apposed = entities.apposed_to(cs - 1)
            if apposed is not None:
                names = [apposed, *(n for n in entities.entities_in(cs, ce) if n != apposed)]
            elif _VERB_START.match(text, cs) and _DESCRIBED_SUBJECT.fullmatch(text, sent[0], cs):
                names = [*names, *(n for n in entities.entities_in(sent[0], cs) if n not in names)]
        if text[sent[0]:sent[0] + 1] in "\"“‘'HS" and _PRONOUN_SUBJECT.match(text, sent[0]):
            # "He said he had trained for 14 weeks": the sentence is about the person last named
            person = entities.person_before(sent[0])
            if person is not None and person not in names:
                names = [person, *names]
        return About(names, event, list(frames.get(event, [])) if event else [])

    def event_time_at(pos: int, end: int, length: bool = False, event: str | None = None) -> str | None:
        """The date of a figure's clause, else of its sentence, else of the sentence before it in the
        same paragraph: in "A quake hit Brava in August. That quake lasted 25 seconds." the 25 seconds
        are August's; in "ran 2:04:12 on Sunday, erasing the mark he set in 2019" the mark is 2019's.
        A ``length`` takes the sentence before's date only when its sentence points back to it (see
        ``_POINTS_BACK``) or that sentence tells of the length's ``event`` ("A quake hit Brava in August.
        The shaking lasted 25 seconds."): "Lark reached the comet in 2014. Ardent's cruise lasted 31 months"
        tells nothing of 2014."""
        sent = sentence_of(pos)
        cs, ce = clause_of(text, sent, pos, end, marks)
        i = bisect.bisect_left(date_starts, cs)
        if i < len(date_starts) and date_starts[i] < ce and (cs, ce) != sent:
            # the nearest: "the quake that struck on Tuesday rose to 287 on Thursday" counts Thursday's dead
            j = bisect.bisect_left(date_starts, ce, i)
            d, value = min(dates[i:j], key=lambda d: d[0] - end if d[0] >= end else pos - d[0])
            return None if length and _end_point(text, d) else value
        if sent in date_in_sentence:
            # "Women made up 48 percent, against 43 percent in 2024": a date in a clause that has a
            # figure of its own dates that figure only
            d, value = date_in_sentence[sent]
            if length and _end_point(text, d):
                return None
            if pos < d and _superlative_since(text, d):
                return None  # "Turnout was 61.3 percent, the highest since the 1990s": no 1990s' turnout
            if d < pos and _now_after(text, d, pos):
                return None  # "joined Arlen in 2019 and has 40 goals": the goals are counted now
            if end <= d and _relative_after(text, end, d):
                return None
            ds, de = clause_of(text, sent, d, d + 1, marks)
            j = bisect.bisect_left(figure_starts, ds)
            if j < len(figure_starts) and figure_starts[j] < de and not cs <= figure_starts[j] < ce:
                return None
            return value
        i = bisect.bisect_right(starts, pos) - 1
        if i > 0 and "\n" not in text[sentences[i - 1][1]:sent[0]] and not _NEW_TIME.match(text, sent[0]) and (
                not length or _POINTS_BACK.match(text, sent[0])
                or event is not None and any(cls == event for _, _, cls in triggers.find(*sentences[i - 1]))):
            return carried_date.get(sentences[i - 1])
        return None

    date_in_sentence: dict[tuple[int, int], tuple[int, str]] = {}
    carried_date: dict[tuple[int, int], str] = {}
    dates: list[tuple[int, str]] = []
    for t, v in zip(timexes, values):
        # a dateline ("VARNHOLM, April 10 —") dates the report, not what its first sentence tells
        if t.type == "DATE" and own_event(t.start, t.end) != DATELINE_EVENT and not _yardstick(text, t.start, t.end):
            dates.append((t.start, v.value))
            if origin_of(t.start):
                continue  # dates only its own clause (found through ``dates``)
            date_in_sentence.setdefault(sentence_of(t.start), (t.start, v.value))
            # a starting point ("chief executive since 2016") dates nothing told after its sentence
            if not _after_since(text, t.start):
                carried_date.setdefault(sentence_of(t.start), v.value)
    date_starts = [d for d, _ in dates]

    raw: list[tuple[int, int, str, object, Attribution | None, About, str | None]] = []
    for t, v in zip(timexes, values):
        kind = "duration" if t.type == "DURATION" else "date"
        ab = about(t.start, t.end, kind)
        event_time = None if kind == "date" else event_time_at(t.start, t.end, length=True, event=ab.event)
        raw.append((t.start, t.end, kind, v, attribution_at(t.start, t.end), ab, event_time))
    for f in figures:
        ab = about(f.start, f.end)
        if f.kind == "count" and f.value.unit in CASUALTY_UNITS:
            ab.event = "casualties"  # a death toll is about the casualties, whatever noun is nearest
        raw.append((f.start, f.end, f.kind, f.value, attribution_at(f.start, f.end), ab, event_time_at(f.start, f.end)))
    for st, att in zip(statements, attributions):
        content = " … ".join(text[fr.inner_start:fr.inner_end].strip() for fr in st.fragments) if st.direct \
            else text[st.content_start:st.content_end]
        value = QuoteValue(content, st.direct, st.content_start, st.content_end)
        event = nearest_event(text, st.start, st.end, st.sentence, triggers)
        sa = About(entities.entities_in(*st.sentence), event, list(frames.get(event, [])) if event else [])
        dated = date_in_sentence.get(sentence_of(st.start))
        raw.append((st.start, st.end, "quote", value, att, sa, dated[1] if dated else None))

    raw.sort(key=lambda r: (r[0], r[1]))
    claims = []
    for n, (s, e, kind, value, att, ab, et) in enumerate(raw, 1):
        claims.append(Claim(id=f"{source.id}:{n}", source=source.id, start=s, end=e, text=text[s:e], kind=kind,
                            value=value, sentence=sentence_of(s), attribution=att, about=ab, event_time=et))
    return claims
