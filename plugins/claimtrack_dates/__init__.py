"""The dates checker: two dates of the same event agree when their days can coincide.

"June" agrees with "June 19" (a coarser grain), a weekday agrees with a date that falls on it,
a range contains the dates inside it. Two dates one day apart are still a conflict, and the
message says the reports may count in different time zones.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claimtrack import Comparison, Config, hookimpl
from claimtrack.facts import ONCE_EVENTS as ORIGIN_EVENTS
from claimtrack.facts import REPORTING_WORDS, content_words, measure_words
from claimtrack.model import Claim, TimeValue
from claimtrack.steps import steps_apart
from claimtrack.values import DateMeaning, compare_dates, date_meaning

from .told import spoken_earlier, weeks_apart

_WEEKDAYS = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday"}


def _says(c: Claim) -> str:
    return f"{c.source} says “{' '.join(c.text.split())}” ({c.value.value})"


# The word before a date says what the date is to its event (the TimeML signal): when it happened
# ("on Friday"), a deadline ("expected by Thursday"), how long it goes on ("through the weekend"), a
# start ("since 2019"), the earliest day something may come ("could return as early as Friday"), the date
# of a document ("a filing dated June 2"), or the time a state was measured at ("15 percent contained as
# of Monday"), or what a figure is compared with ("8% lower than in 2024"). Dates in different roles never
# conflict.
_ROLE_SIGNALS = {"than in": "base", "than": "base", "by": "deadline", "before": "deadline", "until": "until",
                 "till": "until", "through": "until", "throughout": "until", "since": "start", "from": "start",
                 "after": "start", "dated": "document", "as of": "status", "as early as": "earliest",
                 "as soon as": "earliest"}
_SIGNAL_BEFORE = re.compile(r"\b(" + "|".join(_ROLE_SIGNALS) + r")\s+(?:the\s+)?$", re.IGNORECASE)
# a number right before "on" counts a tally at that date ("rose to 27 on Saturday", "up from 23 on Friday"):
# the date of a count, not of the event counted
_TALLY_BEFORE = re.compile(r"\d\s+on\s+$")


_RANGE = re.compile(r"\d\s*[-–]\s*\d|\s(?:to|through|until|and)\s", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _role_before(before: str) -> str:
    m = _SIGNAL_BEFORE.search(before)
    if m:
        return _ROLE_SIGNALS[m.group(1).lower()]
    return "status" if _TALLY_BEFORE.search(before) else "at"


def _placed(claim: Claim, config: Config) -> tuple[str, int] | None:
    """The claim's sentence and the claim's offset in it, or None for a claim without its source text."""
    sentence = config.sentence_of(claim)
    at = claim.start - claim.sentence[0]
    return (sentence, at) if 0 <= at <= len(sentence) else None


# a date a document bears: "said in a statement on Tuesday", "according to a filing with regulators on
# Tuesday"; the act it reports has a date of its own. The day a document came out is its "publication"
# ("the report, published on Tuesday", "released its yearly report on Tuesday").
_DOCUMENT_BEFORE = re.compile(r"\b(?:in|according\s+to)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}"
                              r"(?:statement|filing|letter|release|memo|notice|post|report)\b(?:\s+[\w'’-]+){0,4}"
                              r"\s+on\s+$", re.IGNORECASE)
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|released|issued)\b(?:\s+[\w'’-]+){0,4}\s+on\s+$", re.IGNORECASE)
DOCUMENT_REACH = 60


# a state held on a day ("remained in critical condition on Tuesday", "was still closed on Monday"): the
# day the state was seen at, not that of the event that caused it
_STATE_BEFORE = re.compile(r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|still)\b[^,;]*\s+on\s+$", re.IGNORECASE)
STATE_REACH = 50


def date_role(claim: Claim, config: Config) -> str:
    """"at" (when the event happened), "deadline", "until", "start", "earliest", "document", "publication", "status"
    (the time a state or a tally was taken at) or "base" (what a figure is compared with): the signal
    before the date."""
    sentence, at = _placed(claim, config) or ("", -1)
    if at < 0 or sentence[at:at + len(claim.text)] != claim.text:
        return "at"  # a claim without its source text
    if _RANGE.search(claim.text) or isinstance(claim.value, TimeValue) and claim.value.range:
        return "at"  # "from June 16 to 21": the signal belongs to the range, and so to both its dates
    role = _role_before(sentence[max(0, at - 20):at])
    if role == "at" and _DOCUMENT_BEFORE.search(sentence, max(0, at - DOCUMENT_REACH), at):
        return "document"
    if role == "at" and _PUBLISHED_BEFORE.search(sentence, max(0, at - DOCUMENT_REACH), at):
        return "publication"
    if role == "at" and _STATE_BEFORE.search(sentence, max(0, at - STATE_REACH), at):
        return "status"
    return role


# "regional officials said on Tuesday": the words naming who spoke, right before the reporting verb
# the subject may stand in apposition ("the commission's chairwoman, Irena Valk, said") and the verb may
# follow an auxiliary ("would not say on Thursday")
_STATEMENT_SUBJECT = re.compile(r"(?:^|[,;:—]\s*|\bthat\s+)((?:[\w.'’&-]+\s+){0,5}[\w.'’&-]+),?\s+"
                                r"(?:said|says|say|announced|stated|told|added|confirmed|reported|wrote|disclosed)"
                                r"\b[^,;]*$", re.IGNORECASE)
_SUBJECT_FILLER = frozenset({"the", "a", "an", "its", "their", "his", "her", "also", "later", "had", "has", "have",
                             "would", "will", "could", "did", "does", "do", "not", "to", "declined", "refused"})


def statement_speaker(claim: Claim, config: Config) -> frozenset[str]:
    """The words naming who made the statement a date is the day of ("the civil protection agency said
    on Monday": agency, civil, protection), or an empty set when the sentence does not say so plainly."""
    if claim.about.event != "statement" or (placed := _placed(claim, config)) is None:
        return frozenset()
    sentence, at = placed
    m = _STATEMENT_SUBJECT.search(sentence[:at])
    if m is None:
        return frozenset()
    return frozenset(w for w in m.group(1).lower().split() if w not in _SUBJECT_FILLER)


def _different_statements(a: Claim, b: Claim, config: Config) -> bool:
    """Two statement days that are not the day of one statement. Reports are written on different
    days and each tells what was said by its own: "officials said on Sunday" and "officials said on
    Tuesday" are two statements, and their days no fact the reports disagree on, unless they tell
    the same words (``_same_words``) of speakers who may be the same. Speakers who are not the same
    ("officials", "the health department") make two statements whatever they say; one speaker's
    words that hold the other's ("officials", "regional officials") may be the same one."""
    if a.about.event != "statement" and b.about.event != "statement":
        return False
    sa, sb = statement_speaker(a, config), statement_speaker(b, config)
    if sa and sb and not (sa <= sb or sb <= sa):
        return True
    return not _same_words(a, b, sa | sb, config)


# Of the content words of the shorter of two statements, the share the other must say too for the two to
# be one statement: told in other words by two reports, but mostly the same ones.
SAME_WORDS_SHARE = 0.5


def _same_words(a: Claim, b: Claim, speaker: frozenset[str], config: Config) -> bool:
    """Whether the sentences of two statement days tell mostly the same words, less the speaker's,
    the reporting verbs' and the dates' own."""
    wa, wb = (frozenset(_stem(w) for w in content_words(config.sentence_of(c))
                        if w not in REPORTING_WORDS and w not in speaker and not w.isdigit())
              - _date_words(c) for c in (a, b))
    return bool(wa and wb) and len(wa & wb) >= SAME_WORDS_SHARE * min(len(wa), len(wb))


def _date_words(claim: Claim) -> frozenset[str]:
    return frozenset(_stem(w) for w in content_words(claim.text))


def _stem(word: str) -> str:
    """A crude stem, enough to see "drowned" and "drowning" as one word."""
    return word[:6]


# What was founded or born, by its name: right before the word of origin ("Quillon, founded in 2014", "Ada
# Lind, who was born in 1990") or, when the sentence opens on the origin, right after its phrase
# ("Founded in 2016 by two engineers, Quillon builds robots")
_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
_NAMED_BEFORE = re.compile(rf"({_NAME})(?:['’]s)?,?\s+(?:(?:which|who|that)\s+)?(?:(?:was|were|is)\s+)?"
                           r"(?:founded|established|incorporated|born)\s+(?:in|on)?\s*$")
_OPENING_ORIGIN = re.compile(r"(?:Founded|Established|Incorporated|Born)\b")
_NAMED_AFTER = re.compile(rf"[^,;]*,\s+(?:the\s+)?({_NAME})")


def origin_subject(claim: Claim, config: Config) -> frozenset[str]:
    """The words of the name whose founding or birth a date tells, or an empty set when the sentence
    does not name it plainly."""
    if claim.about.event not in ORIGIN_EVENTS or (placed := _placed(claim, config)) is None:
        return frozenset()
    sentence, at = placed
    m = _NAMED_BEFORE.search(sentence[:at])
    if m is None and _OPENING_ORIGIN.match(sentence):
        m = _NAMED_AFTER.match(sentence, at)
    return frozenset(m.group(1).split()) if m else frozenset()


def _different_origins(a: Claim, b: Claim, config: Config) -> bool:
    """Two dates of origin are one fact only of one thing: "Quillon, founded in 2014" and "Tesmark,
    founded in 2009" tell of two companies, and of things not named plainly nothing is sure."""
    if a.about.event not in ORIGIN_EVENTS:
        return False
    sa, sb = origin_subject(a, config), origin_subject(b, config)
    return not sa & sb


# A disaster goes on for days (a fire burns a week, a flood peaks days after the levee broke): of its days
# only the one it began on is one fact in every report ("broke out on Saturday", "started on Friday, July
# 17"); any other is the day of one of its happenings, one fact only with a day told with the same word
# ("at its peak on Monday"). Two disasters of a story are told by their heads: the heatwave "began on July
# 16", the fire it fed "started on July 18".
_ONSET = re.compile(r"\b(?:br(?:oke|eak|eaks|eaking)\s+out|start(?:ed|s)?|beg(?:an|un|ins)|struck|strikes|hit|hits|"
                    r"erupted|burst|made\s+landfall|makes\s+landfall|came\s+ashore|comes\s+ashore|tore\s+through|"
                    r"ignited|sparked|outbreak|onset)\b[^,;]*$", re.IGNORECASE)
ONSET_REACH = 60
_DISASTER_HEADS = {"fire": "fire", "fires": "fire", "blaze": "fire", "wildfire": "fire", "wildfires": "fire",
                   "inferno": "fire", "bushfire": "fire", "flood": "flood", "floods": "flood", "flooding": "flood",
                   "floodwaters": "flood", "levee": "flood", "hurricane": "storm", "storm": "storm",
                   "typhoon": "storm", "cyclone": "storm", "tornado": "storm", "heatwave": "heat", "heat": "heat",
                   "drought": "drought", "landslide": "landslide", "mudslide": "landslide", "avalanche": "landslide",
                   "eruption": "eruption", "volcano": "eruption", "explosion": "explosion", "blast": "explosion"}
_DISASTER_HEAD = re.compile(r"\b(?:" + "|".join(_DISASTER_HEADS) + r")\b", re.IGNORECASE)
# events whose days are many (see ``_ONSET``)
LASTING_EVENTS = frozenset({"disaster"})


def _onset(claim: Claim, config: Config) -> bool:
    """Whether a date is told as the day its disaster began (see ``_ONSET``)."""
    placed = _placed(claim, config)
    return placed is not None and _ONSET.search(placed[0], max(0, placed[1] - ONSET_REACH), placed[1]) is not None


def _disasters(claim: Claim, config: Config) -> frozenset[str]:
    return frozenset(_DISASTER_HEADS[m.group(0).lower()] for m in _DISASTER_HEAD.finditer(config.sentence_of(claim)))


def _happenings_apart(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two dates of a lasting disaster are of two of its happenings, or of two disasters (see
    ``_ONSET``)."""
    if a.about.event not in LASTING_EVENTS or b.about.event != a.about.event:
        return False
    ha, hb = _disasters(a, config), _disasters(b, config)
    if ha and hb and not ha & hb:
        return True
    oa, ob = _onset(a, config), _onset(b, config)
    if oa or ob:
        return oa != ob
    wa, wb = (measure_words(config.sentence_of(c), c.text, window=2) - REPORTING_WORDS for c in (a, b))
    return not wa & wb


# Events a running story tells of day after day: each day's report has its own dead found and its own
# people pulled out alive, and counting the ballots goes on for days
RUNNING_EVENTS = frozenset({"casualties", "rescue", "count"})


def _other_days_news(a: DateMeaning, b: DateMeaning, a_filed: dt.date | None, b_filed: dt.date | None,
                     running: bool) -> bool:
    """Whether two different dates of one event class are two facts by when their reports were filed:

    - both told as past, one after the other report was filed, of an event a running story tells of day
      after day (``running``: a report of Monday tells of the dead of the collapse on Sunday, one of Tuesday
      of the injured who died on Tuesday): what happened after a report was written is not what it told of.
      A report that gives one event (a call, a quake) a later day than another report gave it is wrong;
    - one told as ahead of its report, the other as past in a later report (a meeting "will meet on
      Wednesday", later "met on Tuesday, a day earlier than planned"): a plan and what came of it, and
      plans change.
    """
    for x, y, x_filed, y_filed in ((a, b, a_filed, b_filed), (b, a, b_filed, a_filed)):
        if x_filed is None or y_filed is None or not (x.anchored and y.anchored) or y.last > y_filed:
            continue
        if running and x.last <= x_filed < y.first or x_filed < y_filed and x.first > x_filed:
            return True
    return False


def _told_apart(a: Claim, b: Claim, ma: DateMeaning, mb: DateMeaning, config: Config) -> bool:
    """Whether two dates that disagree are explained by when each was told: news of other days, weekdays
    counted from reports a week apart, or a quoted "today" said before the report (``told``)."""
    a_filed, b_filed = config.published_of(a), config.published_of(b)
    if _other_days_news(ma, mb, a_filed, b_filed, a.about.event in RUNNING_EVENTS) \
            or weeks_apart(a, b, ma, mb, a_filed, b_filed):
        return True
    texts = {c.source: s.text for c in (a, b) if (s := config.sources.get(c.source)) is not None}
    return spoken_earlier(a, b, ma, mb, texts)


@hookimpl
def claimtrack_compare(a: Claim, b: Claim, config: Config) -> Comparison | None:
    if a.kind != "date" or b.kind != "date":
        return None
    if not (isinstance(a.value, TimeValue) and isinstance(b.value, TimeValue)):
        return None
    if date_role(a, config) != date_role(b, config) or _different_statements(a, b, config) or \
            _different_origins(a, b, config) or _happenings_apart(a, b, config):
        return None
    if "deal" in (a.about.event, b.about.event) and steps_apart(a, b, config.sentence_of(a), config.sentence_of(b)):
        return None  # the day of a first bid is not the day of the raised one
    ma, mb = date_meaning(a.value), date_meaning(b.value)
    if ma is None or mb is None:
        return None
    outcome = compare_dates(ma, mb)
    if outcome is None or outcome[0] == "conflict" and _told_apart(a, b, ma, mb, config):
        return None
    relation, gap = outcome
    if relation == "conflict":
        message = f"The dates differ: {_says(a)}, {_says(b)}."
        if ma.grain != "day" or mb.grain != "day":
            gap = None  # October and November are a day apart only at their edges: no time zone explains that
        if gap == 1:
            message += (" They are one day apart, which may be a time-zone difference between the places the"
                        " reports were written from, but the sources still disagree.")
        elif gap:
            message += f" They are {gap} days apart."
        return Comparison("conflict", message, code="value")
    if relation == "agree":
        return Comparison("agree", f"Both give the same date: {_says(a)}, {_says(b)}.")
    return Comparison("compatible", f"The dates are compatible at different precision: {_says(a)}, {_says(b)}.")
