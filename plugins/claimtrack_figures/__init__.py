"""The figures checker: durations, counts, sums of money, percentages and measurements, compared as ranges.

A number carries its rounding ("4.2 billion" is 4.15-4.25 billion) and its mod ("about" +-15%,
"more than" open above). Overlapping ranges agree; when one side is only a bound ("more than
seven hours" against "seven hours") the agreement is weaker and the message says so. A figure
that changed between reports ("the death toll rose to 287") is an update, not a conflict.
Measurements compare in their dimension's canonical unit: "6.2 miles" agrees with "10 km" (each
lies within the rounding of the coarser), a length never meets a speed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from claimtrack import Comparison, Config, hookimpl
from claimtrack.extract.events import AMOUNT_EVENTS, EVENT_CLASSES
from claimtrack.extract.figures import match_incident
from claimtrack.facts import (
    FUNCTION_WORDS,
    GENERIC_COUNT_UNITS,
    audience,
    claim_at,
    counted_apart,
    measure_stem,
    measure_words,
)
from claimtrack.model import FIGURE_KINDS, Claim, Measurement, Quantity, TimeValue
from claimtrack.steps import steps_apart
from claimtrack.values import (
    PERCENT_UNITS,
    Span,
    date_meaning,
    duration_span,
    measurement_span,
    measurements_agree,
    quantity_span,
)

# Words that say a figure is a running tally, expected to change between reports (a fire "15 percent
# contained" one day is 40 percent contained the next); a headline tells the change in the present
# ("toll rises to 12").
UPDATE_CUES = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|jumped|increased|grew|swelled|reached|so far|as of|at least|"
    r"rises|climbs|jumps|increases|grows|swells|reaches|falls|drops|"
    r"raised|boosted|revised|updated|now|latest|has risen|had risen|up from|down from|fell|dropped|"
    r"closed|early trading|by the end of|containment)\b", re.IGNORECASE)
# cues that tell a change only after the figure: a fire "40 percent contained" is a running figure, a
# building that "contained 36 flats" is not
UPDATE_CUES_AFTER = re.compile(r"\bcontained\b", re.IGNORECASE)
TALLY_UNITS = ("death", "dead", "killed", "injured", "missing", "displaced", "evacuated", "homeless",
               "rescued", "people", "casualt")


# A claim meets many others in a large corpus: what the checker reads of one claim is computed once
# (keyed by plain strings and numbers, so the caches hold no claims).
@lru_cache(maxsize=1 << 16)
def _duration_span(value: str, mod: str | None, near: bool = False, high: str | None = None) -> Span | None:
    return duration_span(TimeValue("DURATION", value, mod, high), near)


@lru_cache(maxsize=1 << 16)
def _quantity_span(amount: float, mod: str | None, unit: str, near: bool = False) -> Span:
    return quantity_span(Quantity(amount, unit, mod), near)


@lru_cache(maxsize=1 << 16)
def _measurement_span(amount: float, unit: str, mod: str | None, low: float | None, across_units: bool,
                      near: bool = False) -> Span:
    return measurement_span(Measurement(amount, unit, mod, low=low), across_units, near)


# the bound words that keep close to their number (see ``values.with_mod``): "nearly 2.9 tonnes"
_NEAR = re.compile(r"(?:nearly|almost|just\s+(?:over|under|shy\s+of))\s", re.IGNORECASE)


def _near(c: Claim) -> bool:
    return _NEAR.match(c.text) is not None


def _measurement_spans(a: Claim, b: Claim) -> tuple[Span, Span] | None:
    """Both measurements in their canonical unit, or None when they measure different dimensions (a
    length is never a speed). Written in different units, either may be a rounded conversion."""
    va, vb = a.value, b.value
    if not isinstance(va, Measurement) or not isinstance(vb, Measurement) or va.dimension != vb.dimension:
        return None
    across = va.unit != vb.unit
    return (_measurement_span(va.amount, va.unit, va.mod, va.low, across, _near(a)),
            _measurement_span(vb.amount, vb.unit, vb.mod, vb.low, across, _near(b)))


# How many words either side of a figure an update cue may stand: "dropped his rival ... and crossed
# the line 12 seconds clear" tells no change of the 12 seconds.
CUE_WORDS_BEFORE, CUE_WORDS_AFTER = 6, 5


# words that open the next clause: an update cue after one belongs to that clause (a relative one
# tells of the counted: "4,200 spectators who rose to their feet")
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "who", "whom", "whose"})


# A figure right after one of these tells when or how long, not what changed: "reached their decision
# after two days" tells no change of the two days; "rose to 212 within a day" that of the 212.
_ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "within", "for", "over", "during"})


@lru_cache(maxsize=1 << 16)
def _update_cue(sentence: str, text: str) -> bool:
    at = sentence.find(text)
    if at == -1:
        return bool(UPDATE_CUES.search(sentence) or UPDATE_CUES_AFTER.search(sentence))
    before = sentence[:at].split()[-CUE_WORDS_BEFORE:]
    if before and before[-1].lower() in _ADJUNCT_PREPOSITIONS:
        before = []
    after = sentence[at + len(text):].split()[:CUE_WORDS_AFTER]
    # "for a fee of £18 million and has now scored 27 goals": the next clause's cue is not this figure's
    clause_end = next((i for i, w in enumerate(after) if w.lower() in _CLAUSE_JOINS), len(after))
    after = after[:clause_end]
    return bool(UPDATE_CUES.search(" ".join([*before, text, *after])) or UPDATE_CUES_AFTER.search(" ".join(after)))


# the words beside a figure, up to the next figure or conjunction ("gained 19 percent in early trading
# and closed 24 percent higher")
CONTEXT_WINDOW = 5


@lru_cache(maxsize=1 << 16)
def _context_words(sentence: str, text: str, sides: str = "both", at: int = -1) -> frozenset[str]:
    return measure_words(sentence, text, window=CONTEXT_WINDOW, sides=sides, at=at)


def _own_words(c: Claim, config: Config, sides: str = "both") -> frozenset[str]:
    """``_context_words`` of a claim read where it stands in its sentence (see ``facts.claim_at``)."""
    sentence = config.sentence_of(c)
    return _context_words(sentence, c.text, sides, claim_at(c, sentence))


def _span(c: Claim) -> Span | None:
    if isinstance(c.value, TimeValue):
        return _duration_span(c.value.value, c.value.mod, _near(c), c.value.high)
    if isinstance(c.value, Quantity):
        # the unit matters only to percentages ("about" reaches less far): other units share one cache entry
        unit = c.value.unit if c.value.unit in PERCENT_UNITS else ""
        return _quantity_span(c.value.amount, c.value.mod, unit, _near(c))
    return None


def _says(c: Claim) -> str:
    return f"{c.source} says “{' '.join(c.text.split())}”"


def _is_tally(c: Claim, config: Config) -> bool:
    """Whether a count is a running tally of people or casualties; people watching (an audience) are not."""
    return isinstance(c.value, Quantity) and not isinstance(c.value, Measurement) and \
        any(w in c.value.unit for w in TALLY_UNITS) and not audience(c, config.sentence_of(c))


# What a disaster did to buildings and land: "43 homes have been destroyed" counts on while the fire burns
_DAMAGE = re.compile(r"\b(?:destroyed|damaged|burned|burnt|flooded|razed|levell?ed|gutted|collapsed|"
                     r"swept away|washed away)\b", re.IGNORECASE)
# how far from the figure its damage word may stand: "destroyed 43 homes", "43 homes have been destroyed"
DAMAGE_REACH = 30


@lru_cache(maxsize=1 << 16)
def _damage_count(sentence: str, text: str) -> bool:
    at = sentence.find(text)
    if at == -1:
        return False
    return _DAMAGE.search(sentence, max(0, at - DAMAGE_REACH), min(len(sentence), at + len(text) + DAMAGE_REACH)) \
        is not None


def _grew(a: Claim, b: Claim, sa: Span, sb: Span, config: Config) -> bool:
    """Whether a damage count or area is higher in the later report ("43 homes have been destroyed" on
    Tuesday, "61 homes had been destroyed" on Wednesday; "had burnt about 6,000 hectares", two days later
    "has burnt more than 8,000 hectares"): the damage went on between the reports. Less in the later report
    is a conflict: what a fire destroyed does not come back."""
    if not any(isinstance(c.value, Quantity) and (not isinstance(c.value, Measurement) or c.value.dimension == "area")
               and _damage_count(config.sentence_of(c), c.text) for c in (a, b)):
        return False
    da, db = (config.published_of(c) for c in (a, b))
    if da is None or db is None or da == db:
        return False
    earlier, later = (sa, sb) if da < db else (sb, sa)
    return earlier.high < later.low


def _fewer_dead_later(a: Claim, b: Claim, sa: Span, sb: Span, config: Config) -> bool:
    """Whether the later of two death tolls is the lower one: the dead do not come back, so "17 people
    have died" in a report of Friday contradicts "19 deaths" on Thursday, unless either figure is told
    as a revision or a change ("revised down to 17")."""
    if any(_tally_state(config.sentence_of(c), c.text) != "dead" or _update_cue(config.sentence_of(c), c.text)
           for c in (a, b)):
        return False
    ta, tb = _as_of(a, config), _as_of(b, config)
    if ta is None or tb is None or ta == tb:
        return False
    earlier, later = (sa, sb) if ta < tb else (sb, sa)
    return later.high < earlier.low


def _as_of(c: Claim, config: Config) -> str | None:
    """The day a tally stands at: its own day, or its report's date when it has no time of its own."""
    day = _day(c)
    if day is not None or c.event_time:
        return day and day[:10]
    published = config.published_of(c)
    return published.isoformat() if published else None


# a change told against a year before ("fell to $212 million from $395 million a year earlier", "3.4 million,
# up from 3.15 million a year ago") is a period's result set beside the last one, not a running figure
# that changed between reports
_YEAR_BEFORE = re.compile(r"\b(?:a|one|the\s+previous|the\s+prior)\s+year\s+(?:earlier|ago|before)\b|\byear-(?:earlier|ago)\b|"
                          r"\b(?:from|than|over)\s+(?:the\s+same\s+\w+\s+)?last\s+year\b|\byear[- ]on[- ]year\b",
                          re.IGNORECASE)


def _has_update_cue(c: Claim, config: Config) -> bool:
    sentence = config.sentence_of(c)
    told_as_update = _update_cue(sentence, c.text) and not _YEAR_BEFORE.search(sentence)
    return told_as_update or bool(c.about.event == "casualties" and _is_tally(c, config)) \
        or _told_as_update_elsewhere(c, config)


# the number of a figure, with its scale word: "6.1 million" of "6.1 million customers"
_AMOUNT = re.compile(r"\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?")
# how far either side of another mention of the amount its update cue is looked for
MENTION_REACH = 80
MIN_MENTION_DIGITS = 3


def _told_as_update_elsewhere(c: Claim, config: Config) -> bool:
    """Whether the figure's report tells its amount elsewhere as a change: a headline's "6.1 million customers
    hit" is the running figure its story says "has risen to 6.1 million"."""
    if not isinstance(c.value, Quantity) or isinstance(c.value, Measurement):
        return False
    source = config.sources.get(c.source)
    m = _AMOUNT.search(c.text)
    # an amount this short ("14") stands in too many other places to be the same figure told again
    if source is None or m is None or sum(ch.isdigit() for ch in m.group(0)) < MIN_MENTION_DIGITS \
            and " " not in m.group(0):
        return False
    return _update_mention(source.text, m.group(0), c.start + m.start())


@lru_cache(maxsize=1 << 12)
def _update_mention(text: str, amount: str, own: int) -> bool:
    """Whether ``amount`` stands in ``text`` anywhere but at ``own`` with an update cue beside it."""
    at = text.find(amount)
    while at != -1:
        # a whole number, not the end of another ("16.1 million") nor the start of one ("6.15 million")
        whole = not (text[at - 1:at].isdigit() or text[at - 1:at] == "." or text[at + len(amount):at + len(amount) + 1].isdigit())
        if at != own and whole:
            window = text[max(0, at - MENTION_REACH):at + len(amount) + MENTION_REACH]
            if _update_cue(window, amount):
                return True
        at = text.find(amount, at + 1)
    return False


# What happened to the people a tally counts: 1,400 injured and 280 killed are two tallies.
_STATES = {"killed": "dead", "dead": "dead", "died": "dead", "deaths": "dead", "death": "dead", "toll": "dead",
           "fatalities": "dead", "lives": "dead", "injured": "injured", "wounded": "injured", "hurt": "injured",
           "injuries": "injured", "missing": "missing", "displaced": "displaced", "homeless": "displaced",
           "evacuated": "displaced", "shelters": "displaced", "sheltered": "displaced", "rescued": "rescued",
           "treated": "treated", "hospitalized": "treated", "hospitalised": "treated", "arrested": "arrested"}
_STATE_WORDS = re.compile(r"\b(?:" + "|".join(_STATES) + r")\b", re.IGNORECASE)
# Durations this many times apart measure different things (a 25-second quake, seven months since).
MAX_DURATION_RATIO = 50


@lru_cache(maxsize=1 << 16)
def _tally_state(sentence: str, text: str) -> str | None:
    """The state the figure's own words name ("19 injured", "the last two missing residents"), else the
    one nearest it in its sentence ("More than 1,400 people were injured": injured). Its own word comes
    first: in "seven people were killed and 19 injured" the 19 are not the dead."""
    own = _STATE_WORDS.search(text)
    if own:
        return _STATES[own.group(0).lower()]
    at = sentence.find(text)
    if at == -1:
        return None
    best, gap = None, None
    for m in _STATE_WORDS.finditer(sentence):
        d = m.start() - (at + len(text)) if m.start() >= at + len(text) else at - m.end()
        if d >= 0 and (gap is None or d < gap):
            best, gap = _STATES[m.group(0).lower()], d
    return best


def _day(c: Claim) -> str | None:
    """The day (and part of day) a figure was reported for ("rose to 287 on Thursday"): two tallies
    of the same time that differ are a conflict, not an update."""
    t = c.event_time or ""
    return t if re.match(r"\d{4}-\d\d-\d\d", t) else None


def _same_time(a: str | None, b: str | None) -> bool:
    """Same day, and the same part of it ("Wednesday morning" is not "Wednesday afternoon"). A tally told
    for a whole day is not one told for a part of it: "212 by Wednesday afternoon" and "at least 280
    killed on Wednesday" may both be right, the second counted that night."""
    return a is not None and a == b


def _past_year(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two figures are told of one year before either report was written ("the sinking of 2009, in
    which 64 people died"): the toll of a past event no longer runs, two counts of it that differ conflict."""
    year = a.event_time or ""
    if year != b.event_time or len(year) != 4 or not year.isdigit():
        return False
    published = [config.published_of(c) for c in (a, b)]
    return all(d is not None and d.year > int(year) for d in published)


@lru_cache(maxsize=1 << 16)
def _offset(sentence: str, text: str) -> bool:
    at = sentence.find(text)
    if at == -1:
        return False
    if _OFFSET.match(sentence, at + len(text)):
        return not _FOR_LENGTH.search(sentence, max(0, at - FOR_REACH), at)
    if _ENDED_AFTER.search(sentence, max(0, at - ENDED_REACH), at):
        return False
    if _deadline(sentence, text) is not None:
        return False  # "will report within six months": the length the work is given, not a moment
    return bool(_OFFSET_SIGNAL.search(sentence, max(0, at - 10), at)) and not _LENGTH_OF.match(sentence, at + len(text))


# a deadline: a length after "within" that something is yet to be done in, told by a modal or "to" at most
# five words before ("will report within six months", "is to publish a preliminary report within 30 days",
# "was asked to deliver its findings within 90 days"); not what happened within a length ("talks that fell
# apart within two weeks") nor a moment placed against another ("within 72 hours of the crash")
_DEADLINE = re.compile(r"\b(?:will|would|must|shall|should|to)\s+((?:[\w'-]+\s+){1,5}?)within\s+$", re.IGNORECASE)
DEADLINE_REACH = 60


@lru_cache(maxsize=1 << 16)
def _deadline(sentence: str, text: str) -> frozenset[str] | None:
    """The stems of what is to be done by a deadline ("publish a preliminary report": publish, preliminari,
    report), or None when the length is no deadline (see ``_DEADLINE``)."""
    at = sentence.find(text)
    if at == -1 or _LENGTH_OF.match(sentence, at + len(text)):
        return None
    m = _DEADLINE.search(sentence, max(0, at - DEADLINE_REACH), at)
    if m is None:
        return None
    return frozenset(measure_stem(w) for w in m.group(1).lower().split() if w not in FUNCTION_WORDS)


def _deadlines_apart(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two lengths are not deadlines of one task: one is a deadline and the other is none, the
    words of neither's task hold all of the other's ("a preliminary report within 30 days" is no "final
    report within a year"), or they were set in different weeks (a deadline counts from when it is set: "to
    speak again within three weeks" after a call in September is not the one after a call in December)."""
    da, db = (_deadline(config.sentence_of(c), c.text) for c in (a, b))
    if da is None and db is None:
        return False
    return da is None or db is None or not (da <= db or db <= da) or \
        not _days_meet(_news_days(a, config), _news_days(b, config))


_LIVED_BEFORE = re.compile(r"\b(?:age|aged)\s+(?:of\s+)?$", re.IGNORECASE)
# "19 years old", "19 years of age", "19 years and six months old"
_LIVED_AFTER = re.compile(r"\s+(?:old\b|of\s+age\b|and\s+(?:\w+\s+){1,2}old\b)", re.IGNORECASE)
# a length told by its unit alone, as an adjective: "a week-long search", "a day-long hearing"
_VAGUE_LENGTH = re.compile(r"(?:hour|day|night|week|month|year|decade)-long", re.IGNORECASE)


def _stage_of_vague_length(a: Claim, b: Claim, sa: Span, sb: Span) -> bool:
    """Whether one length is told without a number ("a day-long hearing") and the other, told with one, is
    shorter ("questioned for three hours"): it may be a stage of the longer, not its whole length. One told
    longer than the numberless length ("the hearing lasted three days") still disagrees with it."""
    for vague, vs, other, os in ((a, sa, b, sb), (b, sb, a, sa)):
        if _VAGUE_LENGTH.fullmatch(vague.text.strip()) and not _VAGUE_LENGTH.fullmatch(other.text.strip()):
            return os.high < vs.low
    return False


@lru_cache(maxsize=1 << 16)
def _lived(sentence: str, text: str) -> bool:
    """Whether a length is an age: "at the age of 20 years and three months", "19 years and eight months old"."""
    at = sentence.find(text)
    return at != -1 and (_LIVED_BEFORE.search(sentence, max(0, at - 12), at) is not None
                         or _LIVED_AFTER.match(sentence, at + len(text)) is not None)


# "over the past five years", "in the last decade", "during the next three months": the time another figure
# is told over. A length spent ("spent the last five years in prison", "for the past six years") is no window.
_WINDOW = re.compile(r"\b(?:over|in|during|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_WINDOW_TEXT = re.compile(r"(?:the\s+)?(?:past|last|next|coming|previous|preceding)\s", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _window(sentence: str, text: str) -> bool:
    """Whether a length is the window another figure is told over (see ``_WINDOW``)."""
    at = sentence.find(text)
    return at != -1 and _WINDOW_TEXT.match(text) is not None \
        and _WINDOW.search(sentence, max(0, at - 12), at) is not None


@lru_cache(maxsize=1 << 16)
def _every(sentence: str, text: str) -> bool:
    """Whether a length is a frequency: "waking up every few weeks", "each 12 hours"."""
    at = sentence.find(text)
    return at != -1 and _EVERY_BEFORE.search(sentence, max(0, at - 8), at) is not None


# the words that make a length the gap between two others: after it ("seven seconds behind") or "by"
# before it ("won by two minutes", "delayed by two years"); "off" only before what it is taken from
# ("1.58 seconds off the record", not "two days off")
_MARGIN_AFTER = re.compile(r"\s+(?P<w>behind|ahead|faster|slower|quicker|clear|short|early|late|longer|shorter|"
                           r"sooner|off(?=\s+(?:the|a|an|his|her|its|their)\b))\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# the kinds of gap: between rivals ("12 seconds ahead", "12 seconds clear", "won by 12 seconds" are one
# margin), against another time ("faster", "slower"), taken off a record, against a schedule, a shortfall
_MARGIN_KINDS = {"behind": "gap", "ahead": "gap", "clear": "gap", "by": "gap", "faster": "than", "slower": "than",
                 "quicker": "than", "longer": "than", "shorter": "than", "sooner": "than", "off": "off",
                 "early": "schedule", "late": "schedule", "short": "short"}


@lru_cache(maxsize=1 << 16)
def _margin(sentence: str, text: str) -> str | None:
    """The kind of gap a length tells (see ``_MARGIN_KINDS``), or None for a length of its own."""
    at = sentence.find(text)
    if at == -1:
        return None
    if (m := _MARGIN_AFTER.match(sentence, at + len(text))) is not None:
        return _MARGIN_KINDS[m["w"].lower()]
    return "gap" if _MARGIN_BEFORE.search(sentence, max(0, at - 4), at) else None


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
# "an hour before the leaders arrived", "two days later", "after the first few days", "within 72
# hours", "a decade away": a duration that places another moment, not the length of what the sentence
# tells ("after three months of negotiations" is still a length: of the negotiations)
_OFFSET = re.compile(r"\s+(?:before|after|ago|earlier|later|beforehand|afterwards?|into|away)\b", re.IGNORECASE)
_OFFSET_SIGNAL = re.compile(r"\b(?:after|within)\s+$", re.IGNORECASE)
# what a length after "after" was spent in: "after 68 weeks of treatment", "after 31 hours underground", "after
# two days trapped", "after 20 hours beneath the rubble" tell an ordeal's length, no moment after another event
_LENGTH_OF = re.compile(r"\s+(?:of|underground|underwater|trapped|buried|stranded|adrift|aboard|beneath|inside|"
                        r"in\s+captivity|at\s+sea)\b")
# "burned for nearly six hours before firefighters brought it under control", "deliberated for two days
# before", "roamed the billing systems for four months before", "had access for six weeks before": a length
# that a verb (and its object) goes on "for" is how long it went on, whatever moment it ran up to; not a
# date set for a moment ("scheduled for two weeks after the vote"), nor a length no verb goes on ("will have
# the data to themselves for a year before it is released" tells of no event two reports share)
_FOR_LENGTH = re.compile(r"\b(?!(?:scheduled|planned|slated|timed|booked|arranged|fixed|expected)\b)"
                         r"(?:[a-z]+(?:ed|ing)|burnt|ran|went on|sat|stood|held|fought|kept|met|spoke|had)"
                         r"(?:\s+(?!for\b)[\w'’-]+){0,4}\s+for\s+$", re.IGNORECASE)
# "the talks ended on Friday after 11 hours", "negotiations collapsed after 14 hours": what ended
# after a length lasted that long (up to three words, "on Friday", between the verb and "after")
_ENDED_AFTER = re.compile(r"\b(?:ended|broke\s+(?:down|off|up)|collapsed|concluded|finished|adjourned|wrapped\s+up)"
                          r"(?:\s+[\w.,]+){0,3}?\s+after\s+$", re.IGNORECASE)
ENDED_REACH = 45
FOR_REACH = 48
# a length told to the second ("6 hours 14 minutes 32 seconds", a time someone clocked) and one told in
# days or longer ("the eight-day championships") are never one measure misreported
_TO_THE_SECOND = re.compile(r"PT.*\d[HM].*S$")
_DAYS_OR_LONGER = re.compile(r"P[\d.]+[DWMY]$")


def _grains_apart(a: Claim, b: Claim) -> bool:
    va, vb = (c.value.value if isinstance(c.value, TimeValue) else "" for c in (a, b))
    return any(_TO_THE_SECOND.match(x) and _DAYS_OR_LONGER.match(y) for x, y in ((va, vb), (vb, va)))


# an earlier occurrence of what a report tells of ("the previous round", "the last strike at the port")
_EARLIER_ROUND = re.compile(r"\b(?:previous|prior|earlier|preceding|last)\s+(?:round|session|meeting|talks|"
                            r"negotiations|strike|walkout|stoppage|match|game|edition)\b", re.IGNORECASE)


def _same_measure(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two counts of the same unit measure the same thing: their neighbouring words overlap
    ("treated a dozen runners for hypothermia" is not "38,214 runners had finished")."""
    if a.kind == "duration":
        sa, sb = _span(a), _span(b)
        if sa is not None and sb is not None and sa.value and sb.value:
            small, large = sorted((sa.value, sb.value))
            if small <= 0 or large / small > MAX_DURATION_RATIO:
                return False
        # an offset places a moment against some other event, and a period after "every" tells how often
        # something recurs: neither measures anything two reports share
        if any(_offset(config.sentence_of(c), c.text) or _every(config.sentence_of(c), c.text) for c in (a, b)):
            return False
        # a margin ("1.58 seconds off the record", "five seconds behind", "delayed by two years") is the
        # gap between two other figures: only a margin of the same kind measures what it does
        if _margin(config.sentence_of(a), a.text) != _margin(config.sentence_of(b), b.text):
            return False
        if _deadlines_apart(a, b, config):
            return False
        if _other_performances(a, b, config) or _grains_apart(a, b):
            return False
        # a length a person has lived ("at the age of 20 years and three months") is no length of anything
        # else ("held the record for almost four decades"), and a window another figure is told over ("won 65
        # percent of the contracts over the past five years") measures nothing itself
        if _lived(config.sentence_of(a), a.text) != _lived(config.sentence_of(b), b.text) \
                or _window(config.sentence_of(a), a.text) or _window(config.sentence_of(b), b.text):
            return False
        # "the previous round of talks broke up after 16 hours" tells of another round than "ended three
        # days of talks"
        if bool(_EARLIER_ROUND.search(config.sentence_of(a))) != bool(_EARLIER_ROUND.search(config.sentence_of(b))):
            return False
        # neighbouring words prove little ("ran 45 minutes", "lasted about 35 minutes"), but the noun a
        # length qualifies names what it measures: "the event's 47-year history" is not "a record
        # that had stood for six years"
        for x, y in ((a, b), (b, a)):
            head = _qualified_noun(config.sentence_of(x), x.text)
            if head and head not in _event_words(x) and head not in _context_words(config.sentence_of(y), y.text):
                return False
            # so does what a length is spent in: "three years of supervised release" is no "144-month prison
            # sentence", while "nine years in prison" is one
            state = _spent_in(config.sentence_of(x), x.text)
            if state and not state & _event_stems(x) and not state & _context_words(config.sentence_of(y), y.text):
                return False
        return True
    if _is_match_minute(a):
        # a match has many goals: the minute of one is told of the player who scored it (or was sent off)
        pa, pb = (_minute_player(config.sentence_of(c), c.text, tuple(c.about.entities)) for c in (a, b))
        return pa is not None and pa == pb
    if _is_age(a) or _is_age(b):
        # the ages of a story's people differ: one person's only ("Brenner, 27," is not "the 20-year-old")
        # (a bare age followed by its verb, "the 29-year-old said", is held by nobody known: it stays apart from
        # another bare age, which may be anybody's)
        return _age_holder(config.sentence_of(a), a.text) == _age_holder(config.sentence_of(b), b.text) or _one_age(
            a, b, config)
    if a.about.event in AMOUNT_EVENTS and a.about.event == b.about.event:
        # the sum beside the word is the fine; another sum of its sentence ("a $75,000 fine and $2 million
        # in cleanup costs") measures something else
        return _beside_event(a, config) and _beside_event(b, config)
    if _is_tally(a, config) and _is_tally(b, config):
        ta = _tally_state(config.sentence_of(a), a.text)
        tb = _tally_state(config.sentence_of(b), b.text)
        return ta is None or tb is None or ta == tb
    wa, wb = _own_words(a, config), _own_words(b, config)
    if a.kind == "money" and isinstance(a.value, Quantity) and isinstance(b.value, Quantity) and a.value.per \
            and a.value.per == b.value.per:
        # a price per share of one deal between the same parties: the unit says what is measured, and
        # the deal's own verb beside both ("will pay", "pays") is enough; "a bid of $31 a share" the board
        # turned away shares no word with "will pay $38.50 a share"
        return not wa or not wb or bool(wa & wb)
    if a.kind == "percent":
        # what follows a percentage says what it is of: "27 percent over the closing price" is no
        # "20 percent a year", unless one names with "of" the noun the other's figure qualifies
        aa, ab = _own_words(a, config, "after"), _own_words(b, config, "after")
        if aa and ab and not aa & ab and not _noun_told_both_ways(a, b, config):
            return False
    if _other_holders(a, b, config) or (a.kind == "count" and _qualifier(a.text) != _qualifier(b.text)):
        return False
    if _same_holder(a, b, config) or _same_act(a, b, config):
        return True
    # the event's own noun ("race", "deal") is shared by definition and proves nothing
    event_words = _event_words(a)
    if wa - event_words - _ONSET and wb - event_words - _ONSET:
        return bool((wa - event_words) & (wb - event_words))
    # one side has only event words ("a record 38,214 runners finished"): they must then be shared
    return not wa or not wb or bool(wa & wb) or _joined(wa, wb, a) or _joined(wb, wa, a)


# What a figure is of the thing it measures, when its words say: what a vessel or a hall may hold ("licensed
# to carry 280 passengers", "a capacity of 40,000") rather than what it held ("carrying 290 passengers");
# what is left of a course ("with 18 kilometres to go", "18 km from the finish") rather than its length;
# how far a reading stands from another ("1.6C above the average", "3 metres higher") rather than the
# reading itself. A figure read one way never contradicts one read another or told plainly.
_CAPACITY_BEFORE = re.compile(r"(?:\b(?:licensed|allowed|permitted|certified|designed|built|able|rated|approved)\s+"
                              r"to\s+|\b(?:can|could)\s+)(?:carry|hold|seat|take|accommodate)\s+(?:up\s+to\s+)?$|"
                              r"\b(?:capacity|room)\s+(?:of|for)\s+(?:up\s+to\s+)?$", re.IGNORECASE)
_REMAINING_AFTER = re.compile(r"\s+(?:to\s+go|left\s+to\s+(?:run|ride|race|play|go)|from\s+the\s+"
                              r"(?:finish|line|end|summit|top))\b", re.IGNORECASE)
_APART_AFTER = re.compile(r"\s+(?:above|below|higher|lower|warmer|colder|hotter|cooler|more|less|further|farther|"
                          r"longer|shorter|faster|slower)\b", re.IGNORECASE)
READING_REACH = 40


@lru_cache(maxsize=1 << 16)
def _reading(sentence: str, text: str) -> str | None:
    """"capacity", "remaining" or "apart" (see above), or None for a figure told plainly."""
    at = sentence.find(text)
    if at == -1:
        return None
    end = at + len(text)
    if _CAPACITY_BEFORE.search(sentence[max(0, at - READING_REACH):at]):
        return "capacity"
    if _REMAINING_AFTER.match(sentence, end):
        return "remaining"
    return "apart" if _APART_AFTER.match(sentence, end) else None


# a company's value with its debt ("about $9.1 billion including debt") is not the price of its shares
_WITH_DEBT = re.compile(r",?\s+(?:including|includ\w+|plus|with)\s+(?:its\s+|net\s+|assumed\s+)?debts?\b",
                        re.IGNORECASE)


# the same told before the sum, in its clause ("Including debt, the deal is worth $2.4 billion"), or by name
_DEBT_BEFORE = re.compile(r"\b(?:including|includ\w+|plus|with)\s+(?:its\s+|net\s+|assumed\s+)?debts?\b|"
                          r"\benterprise\s+value\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[;!?]|\.(?!\d)")


def _with_debt(sentence: str, c: Claim) -> bool:
    """Whether a sum is told as a value with debt, right after it or earlier in its sentence."""
    at = claim_at(c, sentence)
    return _WITH_DEBT.match(sentence, at + len(c.text)) is not None or \
        _DEBT_BEFORE.search(_CLAUSE_STOP.split(sentence[:max(0, at)])[-1]) is not None


def _read_apart(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two figures are read differently (``_reading``), or one sum counts debt the other does not."""
    sa, sb = config.sentence_of(a), config.sentence_of(b)
    if _reading(sa, a.text) != _reading(sb, b.text):
        return True
    return a.kind == "money" and _with_debt(sa, a) != _with_debt(sb, b)


# Two sums this many times apart are not one sum misreported but two sums ("a $7.8 billion deal", "a
# $190 million break-up fee", "$42.50 a share"), unless their digits are the same (a "million" written
# for a "billion" is a slip of one figure).
MAX_MONEY_RATIO = 10


def _magnitudes_apart(sa: Span, sb: Span) -> bool:
    if not sa.value or not sb.value or sa.value * sb.value < 0:
        return False
    small, large = sorted((abs(sa.value), abs(sb.value)))
    return large / small > MAX_MONEY_RATIO and not _same_digits(small, large)


def _same_digits(x: float, y: float) -> bool:
    """Whether two amounts differ only by a power of ten (7.8 million and 7.8 billion)."""
    return f"{x:.6e}".split("e")[0] == f"{y:.6e}".split("e")[0]


# What a sum of money is in a company's accounts or on the market: revenue is no loss, a valuation no
# debt, whatever event both sentences name ("Revenue rose to $212 million" and "it lost $41 million"
# are both earnings). Keyed by lower-case word.
_MONEY_MEASURES = {
    **dict.fromkeys(("revenue", "revenues", "sales", "turnover"), "revenue"),
    **dict.fromkeys(("profit", "profits", "earnings", "income"), "profit"),
    **dict.fromkeys(("loss", "losses", "lost", "deficit"), "loss"),
    **dict.fromkeys(("valued", "valuation", "value", "worth", "capitalisation", "capitalization"), "value"),
    **dict.fromkeys(("debt", "debts", "borrowing", "borrowings", "loan", "loans"), "debt"),
}
_MONEY_MEASURE = re.compile(r"\b(?:" + "|".join(_MONEY_MEASURES) + r")\b", re.IGNORECASE)
# the noun right after a sum names it ("a $41 million loss", "$212 million in revenue", "$9 million of
# net income"), before any word of another measure earlier in its clause ("revenue of $9 million
# produced a $2 million loss")
_MEASURE_AFTER = re.compile(r"\s+(?:(?:in|of)\s+)?(?:(?:net|operating|annual|quarterly|gross|total|market|pre-tax)\s+)?"
                            r"(\w+)")
# how far back in its clause a sum's measure word may stand: "Revenue rose 38% to $212 million last year,
# from $154 million" (the $154 million is revenue too)
MEASURE_REACH = 80
_CLAUSE_START = re.compile(r"\b(?:and|but|while|whereas|although|though)\b|;", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _money_measure(sentence: str, text: str) -> str | None:
    """What a sum measures (a value of ``_MONEY_MEASURES``), or None when its sentence does not say."""
    at = sentence.find(text)
    if at == -1:
        return None
    m = _MEASURE_AFTER.match(sentence, at + len(text))
    if m is not None and m.group(1).lower() in _MONEY_MEASURES:
        return _MONEY_MEASURES[m.group(1).lower()]
    before = sentence[max(0, at - MEASURE_REACH):at]
    before = _CLAUSE_START.split(before)[-1]
    words = _MONEY_MEASURE.findall(before)
    return _MONEY_MEASURES[words[-1].lower()] if words else None


# A percentage is a change ("revenue grew 28 percent", "a 5% rise") or a part of a whole ("58 percent of
# its revenue", "a 21% stake", "owns 14.6%"): a growth rate is never a share.
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|grew|grown|grows|growing|increased|increasing|jumped|"
                            r"climbed|gained|surged|soared|fell|fallen|falls|falling|dropped|declined|slid|slipped|"
                            r"tumbled|plunged|sank|up|down|by)\s+(?:about|around|roughly|nearly|almost|some|"
                            r"(?:more|less)\s+than|as\s+much\s+as)?\s*$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s+(?:increase|rise|gain|jump|drop|decline|fall|growth|higher|lower|up|down)\b",
                           re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b(?:accounts?|accounted|makes?|made|represents?|represented)\s+(?:up\s+|for\s+)?$|"
                           r"\b(?:owns?|owned|holds?|held|stake\s+of|share\s+of)\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+(?:of\s+(?![\d$€£])|stake\b|share\b|holding\b)", re.IGNORECASE)
# a premium or a discount to a price ("a premium of 31%", "the 37% premium") is neither a change nor a share
_PREMIUM_BEFORE = re.compile(r"\b(?:premium|discount)\s+of\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$",
                             re.IGNORECASE)
_PREMIUM_AFTER = re.compile(r"\s+(?:premium|discount)\b", re.IGNORECASE)
# how far before a percentage its verb may stand ("rose as much as 35%" is told "as much as 35%")
PERCENT_REACH = 30


@lru_cache(maxsize=1 << 16)
def _percent_measure(sentence: str, text: str) -> str | None:
    """Whether a percentage is a "premium", a "change" or a "share" (see above), or None when its words do
    not say."""
    at = sentence.find(text)
    if at == -1:
        return None
    before, end = sentence[max(0, at - PERCENT_REACH):at], at + len(text)
    if _PREMIUM_BEFORE.search(before) or _PREMIUM_AFTER.match(sentence, end):
        return "premium"
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(sentence, end):
        return "change"
    if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(sentence, end):
        return "share"
    return None


# the noun a figure is told "of" ("a premium of 24 percent", "a stake of about 20%") and the one right after a
# figure it qualifies ("the 29 percent premium", "its 25% stake")
_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|just|up\s+to|at\s+least|"
                      r"more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[\s-]+([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _nouns_of(sentence: str, text: str) -> tuple[str | None, str | None]:
    """The noun a figure is told "of" and the word right after it, stemmed as its measure words are."""
    at = sentence.find(text)
    if at == -1:
        return None, None
    before = _NOUN_OF.search(sentence, max(0, at - PERCENT_REACH), at)
    after = _NOUN_AFTER.match(sentence, at + len(text))
    return tuple(m and measure_stem(m.group(1).lower()) for m in (before, after))  # type: ignore[return-value]


def _noun_told_both_ways(a: Claim, b: Claim, config: Config) -> bool:
    """Whether one figure is told "of" the noun the other's figure qualifies: "a premium of 24 percent" and
    "the 29 percent premium" measure one thing, though different words follow them."""
    of_a, after_a = _nouns_of(config.sentence_of(a), a.text)
    of_b, after_b = _nouns_of(config.sentence_of(b), b.text)
    return bool(of_a and of_a == after_b or of_b and of_b == after_a)


def _measured_apart(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two sums or percentages are told as different measures (``_money_measure``,
    ``_percent_measure``); a figure whose words do not say is apart from none."""
    read = _money_measure if a.kind == "money" else _percent_measure if a.kind == "percent" else None
    if read is None:
        return False
    ma, mb = read(config.sentence_of(a), a.text), read(config.sentence_of(b), b.text)
    return ma is not None and mb is not None and ma != mb


# a figure's own period: a year, a quarter or a half ("revenue of $154 million in 2023", "in the third
# quarter of 2024")
_PERIOD = re.compile(r"\d{4}(?:-Q[1-4]|-H[12])?")


def _other_periods(a: Claim, b: Claim) -> bool:
    """Whether two figures are told of different accounting periods of one form: 2023's revenue and
    2024's are two facts, however close the years' ends."""
    ta, tb = a.event_time or "", b.event_time or ""
    return ta != tb and len(ta) == len(tb) and bool(_PERIOD.fullmatch(ta)) and bool(_PERIOD.fullmatch(tb))


# A time someone clocked: a clock form ("14:28.61", "2:04:12") or seconds with hundredths ("56.90 seconds")
_CLOCKED = re.compile(r"PT(?:\d+H)?(?:\d+M)?\d+\.\d+S$")
# how far before a time its sentence may name the distance, the stage or the holder of the swim or run
PERFORMANCE_REACH = 90


def _performance(c: Claim) -> bool:
    return isinstance(c.value, TimeValue) and (":" in c.text or _CLOCKED.match(c.value.value) is not None)


def _other_performances(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two times clocked are two performances: told of different holders ("Lise Marrow won in
    8:09.44"), distances ("reached 800 metres in 7:43.02"), stages (a heat, the final) or days; or one is a
    mark held before ("the old record of 14:30.19", "his previous best was 14:33.70") and the other a new
    time. A time told of none of these is of whatever its report is about."""
    if not (_performance(a) and _performance(b)):
        return False
    pa, pb = (_performance_of(config.sentence_of(c), c.text, tuple(c.about.entities)) for c in (a, b))
    if pa.mark != pb.mark or _told_apart(pa.holder, pb.holder) or _told_apart(pa.distance, pb.distance) \
            or _told_apart(pa.stage, pb.stage):
        return True
    return not _days_meet(_news_days(a, config), _news_days(b, config))


# the rounds of a competition a sentence tells of: a tournament's semi-final and its final are two matches
# with their own lengths, sets and prize money ("beat Ortiz in a five-set semi-final", "won the final in
# four sets"); a bare "heat" is the weather's as often
_ROUND = re.compile(r"\b(?:(qualif(?:ying|iers?)\b|heats\b|prelim\w*)|(round\s+of\s+(?:16|32|64|sixteen))|"
                    r"(quarter\W?finals?)|(semi\W?finals?)|(finals?)\b)", re.IGNORECASE)
_ROUNDS = ("heat", "round of", "quarter-final", "semi-final", "final")


@lru_cache(maxsize=1 << 16)
def _rounds(sentence: str) -> frozenset[str]:
    return frozenset(_ROUNDS[m.lastindex - 1] for m in _ROUND.finditer(sentence))


def _stages_apart(a: Claim, b: Claim, config: Config) -> bool:
    """Whether two figures' sentences tell of different rounds of a competition and none in common."""
    ra, rb = _rounds(config.sentence_of(a)), _rounds(config.sentence_of(b))
    return bool(ra and rb) and not ra & rb


def _told_apart(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x != y


@dataclass(frozen=True)
class _Performance:
    """What a sentence tells of a time clocked: a mark held before, who clocked it, over what distance,
    in what stage of the meet (see ``_performance_of``)."""

    mark: bool
    holder: str | None
    distance: str | None
    stage: str | None


# "the old record of", "his previous best in the 1,500 was", "beating the record of", "the record he broke,"
_MARK = re.compile(r"\b(?:old|previous|former|existing|standing|earlier|prior)\s+(?:[\w'-]+\s+)?(?:record|best|mark)\b"
                   r"[^.;]*$|\b(?:beat(?:ing|s)?|br(?:oke|eak(?:ing|s)?)|smash(?:ed|ing)?|shatter(?:ed|ing)?|"
                   r"bett?er(?:ed|ing)|eclips(?:ed|ing)|lower(?:ed|ing)|eras(?:ed|ing))\s+(?:the|a|an|his|her|their|its)"
                   r"\s+(?:[\w'-]+\s+){0,3}?(?:record|best|mark)\s+(?:of\s+)?$|\b(?:record|best|mark)\s+(?:that\s+)?"
                   r"(?:he|she|they|it|[A-Z][a-z]+)\s+(?:broke|beat|lowered|bettered|erased)\s*,\s*$", re.IGNORECASE)
_DISTANCE = re.compile(r"\b(\d[\d,.]*)(?:\s*|-)(m|metres?|meters?|metre|meter|km|kilometres?|kilometers?|miles?|"
                       r"yards?)\b", re.IGNORECASE)
_STAGE = re.compile(r"\b(?:(qualif\w*)|(heats?|prelim\w*)|(semi\W?finals?)|(finals?))\b", re.IGNORECASE)
_STAGES = ("heat", "heat", "semi-final", "final")
# the words before a name that make it no holder: a place, an event, what is swum ("Lise Marrow of Halden")
_NOT_HOLDER_BEFORE = re.compile(r"\b(?:of|in|at|the|for|from|to|by|on)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _performance_of(sentence: str, text: str, names: tuple[str, ...]) -> _Performance:
    at = sentence.find(text)
    if at == -1:
        return _Performance(False, None, None, None)
    lo = max(0, at - PERFORMANCE_REACH)
    before = sentence[lo:at]
    distance = None
    for m in _DISTANCE.finditer(before):
        distance = m.group(1).replace(",", "") + m.group(2)[0].lower()
    stage = None
    if (m := _STAGE.search(before)) is not None:
        stage = _STAGES[m.lastindex - 1]
    return _Performance(_MARK.search(before) is not None, _holder_before(sentence, at, names), distance, stage)


def _holder_before(sentence: str, at: int, names: tuple[str, ...]) -> str | None:
    """The name nearest before ``at`` that stands as a subject (not "of Halden", "the Meridian Open"),
    matched by its full form or its last word ("Ilvane" for "Tomas Ilvane")."""
    best, where = None, -1
    for name in names:
        for form in {name, name.split()[-1]}:
            i = sentence.rfind(form, max(0, at - PERFORMANCE_REACH), at)
            if i > where and not _NOT_HOLDER_BEFORE.search(sentence, max(0, i - 6), i):
                best, where = name, i
    return best


def _news_days(c: Claim, config: Config) -> tuple[dt.date, dt.date] | None:
    """The days a figure was told of (a time clocked, a deadline set): those of its own date, else the week up
    to its report (the race the report is news of); None when neither is known."""
    m = _CALENDAR_PREFIX.match(c.event_time or "")
    if m is None:
        published = config.published_of(c)
        return (published - dt.timedelta(days=NEWS_DAYS), published) if published else None
    meaning = date_meaning(TimeValue("DATE", m.group()))
    return meaning.first, meaning.last


# the year, month and day an event time starts with ("2021-07-24" of "2021-07-24/2021-07-28", "2021" of "2021-W30")
_CALENDAR_PREFIX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


# the days before its report an undated time clocked may have been swum or run, or a deadline set
NEWS_DAYS = 7


def _days_meet(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


# Verbs that only start or join an event: "2,600 workers began a strike" says who struck, as "a strike by
# 3,100 dockers" does (stems, as ``measure_stem`` gives them)
_ONSET = frozenset({"begin", "began", "begun", "start", "launch", "join", "stag"})


def _joined(onset: frozenset[str], other: frozenset[str], c: Claim) -> bool:
    """Whether a count told only by a verb that starts its event meets one told beside the event's own word:
    both count who took part."""
    return onset <= _ONSET and bool(other & _event_stems(c))


def _is_age(c: Claim) -> bool:
    return isinstance(c.value, Quantity) and c.value.unit == "age"


# the name an age is told of: "Brenner, 27,", "Brenner, a 27-year-old", "the 27-year-old Brenner"; or
# the noun after it ("a 47-year-old record", "the 19-year-old took": an unknown word, kept apart)
_NAME_BEFORE_AGE = re.compile(r"\b([A-Z][a-z]+),\s+(?:(?:a|an|the)\s+)?$")
_WORD_AFTER_AGE = re.compile(r"\s+([A-Za-z]+)\b")
# the nouns of a person that stand for nobody in particular: "a 27-year-old swimmer" is the story's subject
PERSON_NOUNS = frozenset("""
man woman boy girl son daughter mother father student teenager swimmer runner player rider driver
champion rookie suspect victim resident worker officer soldier
""".split())


@lru_cache(maxsize=1 << 16)
def _age_holder(sentence: str, text: str) -> str | None:
    """Whose age it is: the name or noun its sentence tells it of, or None when it names nobody ("the
    20-year-old led", "a 21-year-old from": the story's own subject)."""
    at = sentence.find(text)
    if at == -1:
        return None
    if (m := _NAME_BEFORE_AGE.search(sentence, max(0, at - 30), at)) is not None:
        return m.group(1)
    m = _WORD_AFTER_AGE.match(sentence, at + len(text))
    if m is None or not text.endswith("old"):
        return None
    word = m.group(1)
    if word[0].isupper():
        return word
    return None if word in FUNCTION_WORDS or word in PERSON_NOUNS or word.endswith("ed") else word


# verbs that may follow a bare age as its subject ("the 24-year-old said", "the 25-year-old won"): no noun
# the age qualifies (verbs in "-ed" are told apart by their ending)
AGE_SUBJECT_VERBS = frozenset("""
said says told tells won wins took takes made makes became becomes came comes went goes ran runs hit beat got
gets left leaves kept gave gives began begins broke breaks struck wrote writes spoke speaks added adds
""".split())
# "the 24-year-old said": an age standing for a person named before, as the subject of its clause
_THE_BEFORE_AGE = re.compile(r"\b[Tt]he\s+$")
_HEADLINE_NAME = re.compile(r"[A-Z][a-z]+")


def _age_person(c: Claim, config: Config) -> str | None:
    """``_age_holder`` of an age claim, or of a verb its subject (``AGE_SUBJECT_VERBS``): nobody named."""
    holder = _age_holder(config.sentence_of(c), c.text)
    return None if holder in AGE_SUBJECT_VERBS else holder


def _one_age(a: Claim, b: Claim, config: Config) -> bool:
    """Two ages of one person, told by name in one report ("Annerud, 23,") and by the age alone in the
    other ("the 24-year-old said"), whose headline opens on that name: a story speaks of its subject
    by age alone once it has named him, and its headline names him first ("Annerud completes move")."""
    for named, bare in ((a, b), (b, a)):
        holder, other = _age_person(named, config), _age_person(bare, config)
        if holder is None or other is not None or not _bare_age(bare, config):
            continue
        source = config.sources.get(bare.source)
        names = _HEADLINE_NAME.findall(source.title or "") if source is not None else []
        if names and _one_name(holder, names[0]) and not _other_subject_before(source.text, bare, names):
            return True
    return False


def _named_age(a: Claim, b: Claim, config: Config) -> bool:
    """Two ages told of one full name ("Arvid Lenk, 62," and "Arvid Lenk, 57,"): a person has one age."""
    holder = _age_person(a, config)
    if holder is None or not holder[0].isupper() or holder != _age_person(b, config):
        return False
    return any(name.split()[-1] == holder and len(name.split()) > 1 for name in set(a.about.entities) & set(b.about.entities))


def _other_subject_before(text: str, c: Claim, headline_names: list[str]) -> bool:
    """Whether the sentence before a bare age opens on another of the headline's names: "Brenner, who hit 11
    aces, had not lost a match here since 2022. The 29-year-old said ..." is Brenner's age, though the headline
    opens on the winner."""
    end = len(text[:c.sentence[0]].rstrip()) - 1  # the full stop of the sentence before
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1
    opening = _HEADLINE_NAME.match(text, len(text) - len(text[start:].lstrip()))
    return opening is not None and opening.group() != headline_names[0] and opening.group() in headline_names


def _bare_age(c: Claim, config: Config) -> bool:
    """Whether an age is written "the N-year-old" with no noun after it: a person named before."""
    sentence = config.sentence_of(c)
    at = sentence.find(c.text)
    return at != -1 and c.text.endswith("old") and _THE_BEFORE_AGE.search(sentence, max(0, at - 6), at) is not None


def _is_match_minute(c: Claim) -> bool:
    """Whether a count is the minute of a match something happened in (see ``extract.figures``)."""
    return isinstance(c.value, Quantity) and c.value.unit.endswith(" minute")


@lru_cache(maxsize=1 << 16)
def _minute_player(sentence: str, text: str, names: tuple[str, ...]) -> str | None:
    """Who a match minute is told of: the name nearest before its incident word ("Brek scored for Ravel Town
    in the 97th minute": Brek; "came in the 71st minute, when Pike was sent off": Pike), or before the
    minute itself when no incident is told."""
    at = sentence.find(text)
    if at == -1:
        return None
    incident = match_incident(sentence, at, at + len(text))
    upto = incident[1] if incident else at
    before = [(i, n) for n in names if (i := sentence.rfind(n, 0, upto)) != -1]
    return max(before)[1] if before else None


# Words that make a count a change of a holding ("lost 12 seats", "gained three seats", "12 more seats").
_CHANGE = re.compile(r"\b(?:gain(?:ed|s|ing)?|los[te]s?|losing|add(?:ed|s|ing)?|more|fewer|extra|additional|up|down|"
                     r"rose|fell|cut|dropp?(?:ed|s)?|from)\b", re.IGNORECASE)


def _specific_count(c: Claim) -> bool:
    """Whether a figure counts one specific noun ("seats", "medals"), the only figures a holder has."""
    return c.kind == "count" and isinstance(c.value, Quantity) and c.value.unit not in GENERIC_COUNT_UNITS


def _other_holders(a: Claim, b: Claim, config: Config) -> bool:
    """Two counts of one noun whose sentences open on different named subjects that hold them: "Norvik
    finished second with five medals" and "Castellan topped the table with eight medals" are two
    countries' medals. The nearest name (``_holder``) is too loose a sign for this ("Brightwater Mills,
    which operates 31 bakeries in Ontario, will shut 11 bakeries" is not Ontario's)."""
    if not _specific_count(a):
        return False
    sa, sb = (_subject_holder(config.sentence_of(c), c.text, tuple(c.about.entities)) for c in (a, b))
    return sa is not None and sb is not None and not _one_name(sa, sb)


def _one_name(a: str, b: str) -> bool:
    """Whether two names may be one: "Host Castellan" and "Castellan", "Ana Ruiz" and "Ruiz", but not "Team
    Norvik" and "Team Castellan", which share only a word that leads a name."""
    wa, wb = a.split(), b.split()
    return wa[-1] in wb or wb[-1] in wa


@lru_cache(maxsize=1 << 16)
def _subject_holder(sentence: str, text: str, names: tuple[str, ...]) -> str | None:
    """The name a count's sentence opens on, when no comma stands between it and the count, else None."""
    at = sentence.find(text)
    for name in names:
        if at > 0 and sentence.startswith(name) and not _CLAUSE_MARKS.search(sentence, len(name), at):
            return name
    return None


_CLAUSE_MARKS = re.compile(r"[,;:—]")


# Words right before a counted noun that count only part of what it names, or another lot: "three gold
# medals" are not all of a country's "eight medals", "300 more troops" are not the "500 troops" sent in all.
# A noun before the noun names the same things ("2,600 dock workers" are "3,100 dockers").
NARROWING = frozenset("""gold silver bronze new more additional extra other further fewer remaining
full-time part-time temporary permanent confirmed suspected probable serious critical minor""".split())


def _qualifier(text: str) -> str | None:
    """The narrowing word (``NARROWING``) right before a count's noun, or None."""
    words = text.lower().split()
    return words[-2] if len(words) >= 3 and words[-2] in NARROWING else None


def _same_holder(a: Claim, b: Claim, config: Config) -> bool:
    """Two counts of one specific noun held by the same named party: "the Civic Union won 58 of the 120
    seats" and "the Civic Union came out as the largest party, with 61 seats" share no word, but the seats
    are the party's in both. The holder is the name nearest before the figure in its sentence; a change
    ("lost 12 seats") is no holding."""
    if not _specific_count(a):
        return False
    holder = _holder(a, config.sentence_of(a))
    return holder is not None and holder == _holder(b, config.sentence_of(b))


# the word right before a figure: the verb that acts on what it counts ("sold 18 million shares")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


@lru_cache(maxsize=1 << 16)
def _verb_before(sentence: str, text: str) -> str | None:
    at = sentence.find(text)
    m = _WORD_BEFORE.search(sentence, max(0, at - 20), at) if at != -1 else None
    if m is None or m.group(1).lower() in FUNCTION_WORDS:
        return None
    return measure_stem(m.group(1).lower())


def _same_act(a: Claim, b: Claim, config: Config) -> bool:
    """Two counts of one specific noun that one verb acts on: "sold 18 million shares" and "the company
    sold 16 million shares at $24 each" count the same sale, whatever else their sentences tell."""
    if a.kind != "count" or not isinstance(a.value, Quantity) or a.value.unit in GENERIC_COUNT_UNITS:
        return False
    verb = _verb_before(config.sentence_of(a), a.text)
    return verb is not None and verb == _verb_before(config.sentence_of(b), b.text)


@lru_cache(maxsize=1 << 16)
def _holder_in(sentence: str, text: str, names: tuple[str, ...]) -> str | None:
    at = sentence.find(text)
    if at == -1 or _CHANGE.search(sentence, max(0, at - 20), at + len(text) + 12):
        return None
    best, where = None, -1
    for name in names:
        i = sentence.rfind(name, 0, at)
        if i > where:
            best, where = name, i
    return best


def _holder(c: Claim, sentence: str) -> str | None:
    """The name nearest before a count in its sentence, of those its clause names; None when the count
    tells a change."""
    return _holder_in(sentence, c.text, tuple(c.about.entities))


# a length written as an adjective ("47-year", "two-day") and the noun it qualifies
_ADJECTIVAL = re.compile(r"[\w.]+-\w+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


@lru_cache(maxsize=1 << 16)
def _qualified_noun(sentence: str, text: str) -> str | None:
    """The stem of the noun an adjectival length qualifies ("47-year history": histori), else None."""
    at = sentence.find(text)
    if at == -1 or not _ADJECTIVAL.search(text):
        return None
    m = _NEXT_WORD.match(sentence, at + len(text))
    return measure_stem(m.group(1)) if m and m.group(1) not in FUNCTION_WORDS else None


# "years in prison", "months on probation", "years of supervised release": what a length was spent in
_SPENT_IN = re.compile(r"\s+(?:in|on|of|behind|under)\s+(?:(?:the|a|an|his|her|their)\s+)?([a-z]+)(?:\s+([a-z]+))?")


# words after "in" or "of" that place or count a length, not what it was spent in ("in total", "in a row")
_NO_STATE = frozenset("total all row advance recent past last next first second early late".split())


@lru_cache(maxsize=1 << 16)
def _spent_in(sentence: str, text: str) -> frozenset[str]:
    """Stems of the (up to two) words of the state a length is spent in ("on supervised release":
    supervis, releas), else empty."""
    at = sentence.find(text)
    m = _SPENT_IN.match(sentence, at + len(text)) if at != -1 else None
    if m is None:
        return frozenset()
    return frozenset(measure_stem(w) for w in m.groups() if w and w not in FUNCTION_WORDS and w not in _NO_STATE)


# How close the word of an amount event must stand to its figure ("a $250,000 fine", "fined him $500,000").
BESIDE_WINDOW = 2


def _beside_event(c: Claim, config: Config) -> bool:
    """Whether a word of the claim's event stands right beside it."""
    near = measure_words(config.sentence_of(c), c.text, window=BESIDE_WINDOW)
    return bool(near & {measure_stem(w) for w in _event_words(c)})


def _event_words(c: Claim) -> set[str]:
    return {w for t in EVENT_CLASSES.get(c.about.event or "", ()) for w in t.split()}


def _event_stems(c: Claim) -> set[str]:
    return {measure_stem(w) for w in _event_words(c)}


def _estimates_apart(sa: Span, sb: Span) -> bool:
    """Two estimates whose ranges meet only at their edges: "about four hours" reaches up to 4.6 and
    "about five hours" down to 4.25, yet neither holds the other's figure. They disagree."""
    if sa.how != "approx" or sb.how != "approx" or sa.value is None or sb.value is None:
        return False
    return not (sa.low <= sb.value <= sa.high and sb.low <= sa.value <= sb.high)


def _caps_apart(sa: Span, sb: Span) -> bool:
    """Two caps ("up to", "within", "at most") whose numbers differ: the cap is what each states ("will
    report within six months", "bonuses of up to 12 million euros"), so they disagree though both leave room
    for the same unknown figure."""
    caps = all(s.how == "bound" and s.low == 0 and s.value is not None for s in (sa, sb))
    return caps and (sa.value > sb.high or sb.value > sa.high)


# A bound supports figures of its own order only: "more than five seconds" (a winning margin) says
# nothing of a race swum in 14:36.40, though that is more than five seconds too.
BOUND_REACH = 10


def _beyond_bound(sa: Span, sb: Span) -> bool:
    """Whether one side is a bound and the other's figure (the middle of a vague one: "several minutes")
    lies more than ``BOUND_REACH`` times away."""
    va, vb = (s.value if s.how != "vague" else (s.low + s.high) / 2 for s in (sa, sb))
    if "bound" not in (sa.how, sb.how) or not va or not vb or va * vb < 0:
        return False
    small, large = sorted((abs(va), abs(vb)))
    return large / small > BOUND_REACH


@hookimpl
def claimtrack_same_fact(a: Claim, b: Claim, config: Config) -> bool | None:
    """Two ages of one person though no event word ties their sentences (see ``_one_age``, ``_named_age``);
    anything else is left to the built-in rule."""
    if _is_age(a) and _is_age(b) and a.source != b.source and (_named_age(a, b, config) or _one_age(a, b, config)):
        return True
    return None


@hookimpl
def claimtrack_compare(a: Claim, b: Claim, config: Config) -> Comparison | None:
    if a.kind not in FIGURE_KINDS or a.kind != b.kind:
        return None
    if a.kind == "measurement":
        spans = _measurement_spans(a, b)
        if spans is None:
            return None
        sa, sb = spans
        together = measurements_agree(sa, sb)
    else:
        sa, sb = _span(a), _span(b)
        if sa is None or sb is None:
            return None
        together = sa.overlaps(sb)
    if together and (_estimates_apart(sa, sb) or _caps_apart(sa, sb)):
        together = False
    if together and _beyond_bound(sa, sb):
        return None
    if together:
        if sa.how in ("exact", "approx") and sb.how in ("exact", "approx") or sa == sb:
            # "about 35 minutes" and "35 minutes" say the same: each number lies in the other's range; so
            # do two bounds of one kind and number ("up to €12 million", "up to 12 million euros")
            return Comparison("agree", f"The figures agree: {_says(a)}, {_says(b)}.")
        loose = a if sa.how in ("bound", "vague", "range") else b
        return Comparison("compatible", f"The figures are compatible, though {loose.source} gives only a bound, "
                                        f"a range or a vague figure, a weaker agreement: {_says(a)}, {_says(b)}.")
    if a.kind == "duration" and _stage_of_vague_length(a, b, sa, sb):
        return None
    if not _same_measure(a, b, config) or _measured_apart(a, b, config) or _read_apart(a, b, config) \
            or counted_apart(a, b, config.sentence_of) or _stages_apart(a, b, config):
        return None  # a conflict needs more than a shared unit: these likely count different things
    if a.kind == "money" and (_magnitudes_apart(sa, sb)
                              or steps_apart(a, b, config.sentence_of(a), config.sentence_of(b))):
        return None  # a first bid is no agreed price, nor an offer the market's price of the shares
    if a.kind in ("money", "percent") and _other_periods(a, b):
        return None  # revenue of 2023 and of 2024
    tally = _is_tally(a, config) or _is_tally(b, config)
    # a tally changes within a year, a revenue figure "rose 12 percent in 2024" does not
    same_time = _same_time(_day(a), _day(b)) or _past_year(a, b, config) if tally else \
        bool(a.event_time) and a.event_time == b.event_time
    if not same_time and (tally or _has_update_cue(a, config) or _has_update_cue(b, config)
                          or _grew(a, b, sa, sb, config)) and not (tally and _fewer_dead_later(a, b, sa, sb, config)):
        low, high = (a, b) if sa.high < sb.low else (b, a)
        return Comparison("update", f"A running figure changed between reports: {_says(low)}, later "
                                    f"{_says(high)}; this is an update, not a contradiction.")
    return Comparison("conflict", f"The figures differ: {_says(a)}, {_says(b)}.", code="value")
