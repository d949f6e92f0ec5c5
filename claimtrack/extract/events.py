"""Event nouns: what a date or figure is about ("call", "meeting", "earthquake", "deal").

A claim's event is the trigger word nearest to it in its clause; triggers map to a small set of
event classes so that "phone call", "telephone conversation" and "spoke by phone" all say "call"
while "talks" and "meeting" stay distinguishable from a call.
"""

from __future__ import annotations

import bisect
import re

from ._scan import Gate, GatedPattern, TextScan, letter_tree

EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "call": ("phone call", "telephone call", "telephone conversation", "phone conversation", "call", "calls",
             "spoke with", "spoke to", "spoke by phone", "talked by phone", "video call", "videoconference",
             "by telephone", "by phone", "phoned", "telephoned", "phone", "telephone"),
    "meeting": ("meeting", "meetings", "met", "meet", "meets", "face-to-face", "sit-down", "encounter", "audience",
                "received"),
    "talks": ("talks", "discussions", "negotiations", "dialogue", "consultations", "held talks", "talked for",
              "negotiated"),
    "summit": ("summit",),
    "visit": ("visit", "visits", "visited", "trip", "tour", "travel", "travels", "trips", "stay", "been to",
              "travelled to", "traveled to"),
    "announcement": ("announcement", "announced", "announces", "statement", "readout", "press conference",
                     "briefing", "news conference"),
    "hearing": ("hearing", "testimony", "testified"),
    "election": ("election", "vote", "referendum", "primary", "ballot", "first round", "runoff", "run-off",
                 "second round"),
    # counting the ballots takes days after the vote: its dates and lengths are not the vote's
    "count": ("counting", "vote count", "recount", "recounts", "tally", "final results", "official results"),
    "earthquake": ("earthquake", "quake", "tremor", "aftershock", "aftershocks", "shaking", "temblor", "shook",
                   "jolted", "rattled"),
    "disaster": ("flood", "floods", "flooding", "floodwaters", "flash flood", "hurricane", "storm", "storms",
                 "typhoon", "cyclone", "tornado", "wildfire", "wildfires", "fire", "fires", "blaze", "inferno",
                 "fire broke out", "tsunami", "landslide", "mudslide", "avalanche", "eruption", "explosion", "blast",
                 "crash", "collapse", "attack", "bombing", "downpour", "downpours", "rainfall", "heavy rain",
                 "drought", "heatwave", "heat wave", "landfall", "made landfall", "came ashore"),
    # declaring an emergency or ordering an evacuation is an act of its own, dated apart from the disaster
    # it answers
    "emergency": ("state of emergency", "emergency declaration", "declared an emergency", "declared a disaster",
                  "state of disaster", "emergency decree", "evacuation order", "evacuation orders",
                  "ordered evacuations", "mandatory evacuation"),
    # declaring an outbreak, a dividend or a winner is an act dated apart from what it declares
    "declaration": ("declared", "declares", "declaration"),
    # the day someone fell ill is not the day they died: "fell ill on Oct. 2 and died a week later"
    "illness": ("fell ill", "falls ill", "fallen ill", "became ill", "taken ill", "showed symptoms",
                "developed symptoms", "tested positive", "diagnosed", "contracted"),
    "casualties": ("death toll", "toll", "dead", "killed", "deaths", "died", "injured", "wounded", "missing",
                   "casualties", "fatalities", "victims", "displaced", "evacuated", "homeless", "survivors"),
    "rescue": ("rescue", "rescued", "rescuers", "search", "relief", "aid"),
    "deal": ("deal", "acquisition", "acquire", "acquired", "merger", "takeover", "buyout", "bid", "offer",
             "purchase", "agreement", "transaction", "sale", "buy", "buys", "bought", "sell", "sells", "sold", "pay", "pays", "paid",
             "buyer", "seller", "closing", "transfer fee", "signing fee"),
    "delivery": ("deliver", "delivers", "delivered", "delivery", "deliveries", "arrive", "arrives", "arrival",
                 "shipment", "shipped"),
    "earnings": ("revenue", "profit", "earnings", "sales", "loss", "quarterly results"),
    "race": ("race", "marathon", "record", "final", "match", "game", "tournament", "championship", "championships", "season",
             "finish", "win", "victory", "lap", "goal", "goals", "scored", "attendance", "spectators"),
    # a labour dispute: "a 48-hour strike by dock workers", "the walkout ended after six days"
    "strike": ("strike", "strikes", "walkout", "walkouts", "stoppage", "work stoppage", "industrial action",
               "picket", "pickets"),
    # a product called back: "is recalling 12,000 heaters"
    "recall": ("recall", "recalls", "recalling"),
    "launch": ("launch", "launched", "launches", "launching", "lifted off", "lifting off", "lifts off", "liftoff",
               "lift-off", "blasted off", "blastoff", "mission", "spacewalk", "flight", "landing", "orbit",
               "docking"),
    "war": ("war", "invasion", "conflict", "offensive", "ceasefire", "fighting"),
    "sanctions": ("sanctions", "export control", "ban", "tariffs", "restrictions"),
    # how long someone has held a post: "chief executive since 2019", "has run Corvane since 2020"
    "tenure": ("has run", "has led", "has headed", "in charge", "at the helm", "took over", "took the helm",
               "took charge", "chief executive since", "has been chief executive", "has served", "served as",
               "serves as", "serving as"),
    "study": ("study", "trial", "survey", "experiment", "report", "research"),
    # a criminal case: the jury's deliberations and verdict; a fine is one measure of the sentence (a
    # sentence as a whole has many: the prison term asked for and given, restitution, forfeiture)
    "verdict": ("verdict", "verdicts", "deliberated", "deliberating", "deliberation", "deliberations", "convicted",
                "convicting", "acquitted", "acquitting"),
    # the punishment handed down: "was sentenced to nine years in prison", "jailed for seven years"
    "sentence": ("sentence", "sentences", "sentenced", "sentencing", "jailed", "jail term", "prison term"),
    # a trial before a court (a "trial" with no court, jury or judge near it is a study: see _COURT_TRIAL)
    "trial": ("jury trial", "retrial"),
    "fine": ("fine", "fines", "fined"),
    "forfeiture": ("forfeit", "forfeits", "forfeited", "forfeiture"),
}
# Events that are themselves a sum: the figure right beside the word is the amount ("a $250,000 fine",
# "fined him $500,000"), whatever else its sentence says.
AMOUNT_EVENTS = frozenset({"fine"})
_TRIGGER_TO_CLASS = {t: cls for cls, triggers in EVENT_CLASSES.items() for t in triggers}
_TRIGGERS = re.compile(r"\b(" + letter_tree(_TRIGGER_TO_CLASS, fold=True) + r")\b", re.IGNORECASE)


# Every trigger is a whole word or phrase (see ``_scan``): the pattern is tried where one starts.
_GATED_TRIGGERS = GatedPattern(_TRIGGERS, Gate(_TRIGGER_TO_CLASS, lower=True, word_start=True, whole=True),
                               prefix=False)


# "Next year's race is scheduled for Oct. 11": another occurrence of the event than the one reported,
# kept apart as its own class ("race:next") so that its dates and figures meet no others.
_OTHER_OCCURRENCE = re.compile(r"\b(?:next|coming|following)\s+(?:year|month|week)[’']s\s+$|"
                               r"\b(?:next|upcoming|future)\s+$", re.IGNORECASE)
_OTHER_SUFFIX = ":next"
_OTHER_WORDS = ("next", "coming", "following", "future")  # one of them is in every _OTHER_OCCURRENCE match


# Event nouns that, as verbs, mean something else: "needed two more swings to match the comet's
# orbit" and "will record the readings" tell of no match and no record.
_OTHER_AS_VERB = frozenset({"match", "record", "strike", "recall"})
_VERB_BEFORE = re.compile(r"\b(?:to|can|could|will|would|may|might|must|should|did|does|do)\s+$", re.IGNORECASE)


# a number right after a word: "received 46 complaints", "will recall some 340,000 cars"
_COUNT_NEXT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|over|more than|at least)\s+)?"
                         r"(?:\d|a (?:dozen|hundred|thousand))", re.IGNORECASE)

# an event said not to have happened names no event: "the talks ended without a deal", "no agreement"
_NEGATED = re.compile(r"\b(?:without|no)\s+(?:an?\s+)?$", re.IGNORECASE)
_NEGATION_GATE = Gate(["without", "no"], lower=True, word_start=True, whole=True)
_AFTER_NEGATION = re.compile(r"(?:without|no)\s+(?:an?\s+)?", re.IGNORECASE)


def _negated_starts(text: str, scan: TextScan) -> set[int] | None:
    """Where a word said not to happen would start ("without a |deal"), from the word index: one regex
    call per "no" in the text instead of one per trigger. None when the index cannot run on the text."""
    hits = _NEGATION_GATE.hits(scan)
    if hits is None:
        return None
    return {m.end() for p in hits if (m := _AFTER_NEGATION.match(text, p))}


# "the Central Election Commission", "the Earthquake Relief Fund": a word of a body's name
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")
# Event nouns that, in a compound or with what follows, name something else: "mission control" is a
# place, a "status report" no study, and "a record for the agency" says what set the record, not that
# it was a race.
# striking a deal is making one: "strikes $2.6 billion deal for Pellor", "struck an agreement"
_STRIKES_A_DEAL = re.compile(r"(?:\s+\S+){0,3}?\s+(?:deal|deals|agreement|accord|bargain|compromise)\b",
                             re.IGNORECASE)
_OTHER_WITH_NEXT = {"mission": re.compile(r"\s+control\b", re.IGNORECASE),
                    "strike": _STRIKES_A_DEAL, "strikes": _STRIKES_A_DEAL,
                    "record": re.compile(r"\s+for\b", re.IGNORECASE),
                    # "had received 46 complaints" counts what came in: no audience with anyone
                    "received": _COUNT_NEXT,
                    # a mountain's top: "the summit of Mount Varn", "a summit push"
                    "summit": re.compile(r"\s+(?:of\s+(?:Mount|Mt\b|the\s+(?:mountain|peak|volcano))|ridge|push|"
                                         r"attempt|bid)\b")}
# an attack from the air is no labour dispute
_NOT_A_LABOUR_STRIKE = re.compile(r"\b(?:air|drone|missile|rocket|military|lightning)\s+$", re.IGNORECASE)
_OTHER_WITH_BEFORE = {"report": re.compile(r"\b(?:status|progress|news|media|press|police|weather|traffic)\s+$",
                                           re.IGNORECASE),
                      "strike": _NOT_A_LABOUR_STRIKE, "strikes": _NOT_A_LABOUR_STRIKE,
                      # "reached the summit", "200 metres below the summit": a climb, not a meeting of leaders
                      "summit": re.compile(r"\b(?:reached|reach|reaching|climbed|below|beneath|toward|towards)\s+"
                                           r"(?:the\s+)?$", re.IGNORECASE)}


def _is_event(text: str, m: re.Match) -> bool:
    """Whether a trigger match names its event: not a verb of the same spelling, not a compound that
    names something else ("mission control"), not a capitalised word inside the name of a body
    ("Election Commission")."""
    word = m.group(1)
    low = word.lower()
    if low in _OTHER_AS_VERB and _VERB_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
            and not (low == "recall" and _COUNT_NEXT.match(text, m.end())):  # "will recall 9,000 cars"
        return False
    after, before = _OTHER_WITH_NEXT.get(low), _OTHER_WITH_BEFORE.get(low)
    if after and after.match(text, m.end()) or before and before.search(text, max(0, m.start() - 12), m.start()):
        return False
    return not (word[0].isupper() and m.start() > 0 and text[m.start() - 1] == " "
                and text[max(0, m.start() - 2)] not in ".!?" and _NAME_GOES_ON.match(text, m.end()))


# A "trial" near a court's people or acts is a trial in court, not a clinical trial or a test run:
# "found him guilty after a four-week trial", "the trial lasted five weeks. Prosecutors called ..."
_COURT_TRIAL_WORDS = frozenset({"trial", "trials"})
_COURT_CUE = re.compile(r"\b(?:jury|jurors?|judge|court|courtroom|guilty|convicted|acquitted|prosecut\w*|"
                        r"defendants?|testif\w*|witness(?:es)?|verdict|sentenc\w*|charged)\b", re.IGNORECASE)
_COURT_REACH = 150


def _trigger(text: str, m: re.Match) -> tuple[int, int, str]:
    """(start, end, event class) of a trigger match."""
    low = m.group(1).lower()
    cls = _TRIGGER_TO_CLASS.get(low, "")
    if low in _COURT_TRIAL_WORDS and _COURT_CUE.search(
            text, max(0, m.start() - _COURT_REACH), min(len(text), m.end() + _COURT_REACH)):
        cls = "trial"
    before = text[max(0, m.start() - 20):m.start()].lower()
    if any(w in before for w in _OTHER_WORDS) and _OTHER_OCCURRENCE.search(text, max(0, m.start() - 20), m.start()):
        cls += _OTHER_SUFFIX
    return m.start(), m.end(), cls


class TriggerIndex:
    """The triggers of one whole text, found once; ``find`` answers for any window as
    ``find_triggers`` would, by position instead of by a new scan."""

    def __init__(self, text: str, scan: TextScan | None = None) -> None:
        self.text = text
        if scan is None or scan.text is not text:
            scan = TextScan(text)
        negated = _negated_starts(text, scan)
        self.spans = [_trigger(text, m) for m in _GATED_TRIGGERS.finditer(scan) if _is_event(text, m)
                      and (m.start() not in negated if negated is not None else not _negated(text, m.start()))]
        self.starts = [s for s, _, _ in self.spans]

    def find(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``find_triggers(text, start, end)``."""
        text = self.text
        n = len(text)
        if not 0 <= start <= end <= n:  # the clamping only for windows that need it (most do not)
            start = min(max(start, 0), n)
            end = min(max(end, 0), n)
        if end <= start:
            return []
        spans = self.spans
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        # The whole-text matches inside the window are the window's own matches unless one straddles
        # a window edge or a word goes on past its end (the window's \b would see the end of text).
        if (i > 0 and spans[i - 1][1] > start) or (j > i and spans[j - 1][1] > end) or (
                end < n and (text[end].isalnum() or text[end] == "_")):
            return _scan_triggers(text, start, end)
        return spans[i:j]


def _scan_triggers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [_trigger(text, m) for m in _TRIGGERS.finditer(text, start, end)
            if _is_event(text, m) and not _negated(text, m.start())]


def _negated(text: str, start: int) -> bool:
    return _NEGATED.search(text, max(0, start - 12), start) is not None


def find_triggers(text: str, start: int, end: int, index: TriggerIndex | None = None) -> list[tuple[int, int, str]]:
    """(start, end, event class) of every trigger between ``start`` and ``end``.

    ``index`` (a TriggerIndex of ``text``) answers without scanning the text again."""
    if index is not None and index.text is text:
        return index.find(start, end)
    return _scan_triggers(text, start, end)


# "after a trial that lasted six weeks and deliberations of two days": a trigger after the figure, past
# a conjunction, opens the next phrase; it names the figure's event only when no trigger is much nearer
_NEXT_PHRASE = re.compile(r"\b(?:" + letter_tree(["and", "or", "but", "while", "whereas"], fold=True) + r")\b|;",
                          re.IGNORECASE)
_NEXT_PHRASE_GAP = 40


def nearest_event(text: str, start: int, end: int, window: tuple[int, int],
                  index: TriggerIndex | None = None) -> str | None:
    """The event class of the trigger closest to the span ``start:end`` inside ``window``."""
    best, best_gap = None, None
    for ts, te, cls in find_triggers(text, *window, index=index):
        if ts < end and start < te:
            continue  # the claim's own words ("a two-day trip" is not inside "trip")
        gap = start - te if te <= start else ts - end
        # a trigger before the claim binds a little tighter ("the call lasted 35 minutes")
        gap = gap if te <= start else gap + 3
        if ts >= end and _NEXT_PHRASE.search(text, end, ts):
            gap += _NEXT_PHRASE_GAP
        if best_gap is None or gap < best_gap:
            best, best_gap = cls, gap
    return best
