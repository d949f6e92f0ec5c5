"""Which claims may speak of the same fact: the blocking index and the default same-fact rule.

Comparing every claim with every other is quadratic; instead each claim gets a few cheap keys
(kind family x event class x participant, or word shingles for quotes) and only claims sharing a
key are compared. The default rule then asks for the same event class, a shared participant, no
clash of named counterparts (a call with Wang Yi is not a call with Qin Gang) and compatible
event times (a 2022 call is not 2023 talks).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .model import DATELINE_EVENT, Claim, Measurement, Quantity, QuoteValue, Source, TimeValue
from .values import DateMeaning, date_meaning

# Places and states too broad to say two claims share a participant.
BROAD_ENTITIES = frozenset({"United States", "China", "Russia", "United Kingdom", "Europe", "West", "Beijing",
                            "Washington", "U.S", "US"})
UNIT_SYNONYMS = {"dead": "deaths", "killed": "deaths", "people killed": "deaths", "fatalities": "deaths",
                 "injured": "people", "wounded": "people", "missing": "people", "displaced": "people",
                 "homeless": "people", "evacuated": "people",
                 "death": "deaths", "lives": "deaths", "victims": "deaths", "persons": "people",
                 "residents": "people", "individuals": "people", "staff": "employees", "workers": "employees",
                 "jobs": "employees", "positions": "employees", "roles": "employees", "fans": "spectators",
                 "watchers": "viewers", "houses": "homes", "dwellings": "homes", "cars": "vehicles",
                 "flats": "apartments", "flat": "apartments", "ballots": "votes",
                 "accidents": "crashes", "collisions": "crashes", "crowns": "titles", "championships": "titles",
                 # the workers of a trade named by its place of work: "dock workers" are dockers
                 "dockers": "employees", "longshoremen": "employees", "stevedores": "employees",
                 "labourers": "employees", "laborers": "employees"}
# Events defined by who took part: a call with Wang Yi is not a call with Qin Gang. A race or an
# earthquake has many named people, and naming different ones says nothing.
INTERPERSONAL_EVENTS = frozenset({"call", "meeting", "talks", "summit", "visit", "hearing", "tenure"})
MAX_DATE_GAP_DAYS = 7
# Events that happen once for a given person, whatever their dates say.
ONCE_PER_PERSON_EVENTS = frozenset({"tenure"})
# Events that happen once to what they are told of: a company is founded once, a person born once.
ONCE_EVENTS = frozenset({"founding", "birth"})
MAX_EVENT_GAP_DAYS = 45
# A dateline's date (model.DATELINE_EVENT) is no fact the report tells: two reports filed on
# different days do not disagree, and no memo claim is about a dateline.


def family(claim: Claim) -> str:
    return claim.kind


# People counted as they watch are an audience: "1.8 million people watched the stream" counts what
# "2.5 million viewers" counts. The verb must stand this close to the figure (characters either side).
_WATCHING = re.compile(r"\b(?:watch(?:ed|es|ing)?|view(?:ed|ing)|tun(?:ed|ing) in|stream(?:ed|ing))\b", re.IGNORECASE)
WATCHING_REACH = 30


def audience(claim: Claim, sentence: str) -> bool:
    """Whether a count of people (``sentence`` is the claim's sentence) counts people watching."""
    v = claim.value
    if claim.kind != "count" or not isinstance(v, Quantity) or UNIT_SYNONYMS.get(v.unit, v.unit) != "people":
        return False
    at = claim.start - claim.sentence[0]
    return bool(_WATCHING.search(sentence, max(0, at - WATCHING_REACH), at + len(claim.text) + WATCHING_REACH))


# People counted as they die are the dead: "17 people have died" counts what "19 deaths" counts, and
# so does "the storm killed 17 people". The verb must follow the figure, or end right before it.
_DIED_AFTER = re.compile(r"\s+(?:(?:have|has|had|were|was)\s+(?:been\s+)?|are\s+|now\s+)?"
                         r"(?:died|killed|dead|perished)\b", re.IGNORECASE)
_KILLING = frozenset({"killed", "killing", "kills", "kill"})


def dead(claim: Claim, sentence: str) -> bool:
    """Whether a count of people (``sentence`` is the claim's sentence) counts people who died."""
    v = claim.value
    if claim.kind != "count" or not isinstance(v, Quantity) or UNIT_SYNONYMS.get(v.unit, v.unit) != "people":
        return False
    at = claim.start - claim.sentence[0]
    if _DIED_AFTER.match(sentence, at + len(claim.text)):
        return True
    before = sentence[:at].rsplit(None, 1)[-1:]  # the word right before the figure
    return bool(before) and before[0].lower() in _KILLING


# "annual cost savings of $75 million", "$75 million annually": a sum a year, as "$90 million a year" is
_YEARLY_BEFORE = re.compile(r"\b(?:annual|annualised|annualized|yearly)\s+(?:[a-z-]+\s+){0,3}(?:of\s+)?$", re.IGNORECASE)
_YEARLY_AFTER = re.compile(r"\s+(?:annually|yearly|per annum|each year|every year)\b", re.IGNORECASE)
YEARLY_REACH = 40


def yearly(claim: Claim, sentence: str) -> bool:
    """Whether a sum is told as a yearly one by words around it (``sentence`` is the claim's)."""
    at = claim.start - claim.sentence[0]
    return bool(_YEARLY_AFTER.match(sentence, at + len(claim.text))
                or _YEARLY_BEFORE.search(sentence[max(0, at - YEARLY_REACH):at]))


# A count told as a lead ("her lead shrank to 418 votes", "a majority of 12 seats", "12 seats ahead") is the
# gap between two others: it measures what a plain count ("3,900 postal votes were counted") does not.
_LEAD_BEFORE = re.compile(r"\b(?:lead|leads|margin|majority|advantage|edge)\b(?:\s+[\w'-]+){0,5}\s+$", re.IGNORECASE)
_LEAD_AFTER = re.compile(r"\s+(?:ahead|behind|clear)\b", re.IGNORECASE)
LEAD_REACH = 40
# Words that make a count a total over every part ("27 goals in all competitions", "a total of 40 medals"),
# against a count whose noun another word narrows to one part ("19 league goals").
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+all\b|in\s+total\b|overall\b|all\s+told\b|altogether\b|combined\b)",
                          re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:total\s+of|in\s+all)\s+$", re.IGNORECASE)
TOTAL_REACH = 15
# A figure in a clause that opens on "if" or "unless" is a condition, not a fact ("If he scores 20 goals,
# it is a bargain"); a comma ends the clause.
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.IGNORECASE)
CONDITION_REACH = 60


def _lead(claim: Claim, sentence: str) -> bool:
    at = claim.start - claim.sentence[0]
    return bool(_LEAD_BEFORE.search(sentence[max(0, at - LEAD_REACH):at])
                or _LEAD_AFTER.match(sentence, at + len(claim.text)))


def _total(claim: Claim, sentence: str) -> bool:
    at = claim.start - claim.sentence[0]
    return bool(_TOTAL_AFTER.match(sentence, at + len(claim.text))
                or _TOTAL_BEFORE.search(sentence[max(0, at - TOTAL_REACH):at]))


def _part_of(part: Claim, whole: Claim, sentence_of: Callable[[Claim], str]) -> bool:
    """Whether ``whole`` is a total and ``part``'s noun has a word before it that ``whole``'s has not."""
    words = part.text.lower().split()
    return len(words) >= 3 and words[-2].isalpha() and words[-2] not in whole.text.lower().split() \
        and _total(whole, sentence_of(whole)) and not _total(part, sentence_of(part))


def conditional(claim: Claim, sentence: str) -> bool:
    """Whether a figure stands in an "if" clause (``sentence`` is the claim's)."""
    at = claim.start - claim.sentence[0]
    return _CONDITION.search(sentence[max(0, at - CONDITION_REACH):at]) is not None


def counted_apart(a: Claim, b: Claim, sentence_of: Callable[[Claim], str]) -> bool:
    """Whether two figures of one unit are told as different measures, whatever their numbers: a condition
    states none (see ``conditional``); a lead is not a plain count, and a part ("19 league goals") is no
    rival of a total ("27 goals in all competitions")."""
    if conditional(a, sentence_of(a)) or conditional(b, sentence_of(b)):
        return True
    if a.kind != "count" or b.kind != "count":
        return False
    return _lead(a, sentence_of(a)) != _lead(b, sentence_of(b)) or _part_of(a, b, sentence_of) \
        or _part_of(b, a, sentence_of)


def unit_key(claim: Claim, sentence: str = "") -> str | None:
    """What a figure measures, as the blocking index keys it; ``sentence`` (the claim's) tells an audience."""
    v = claim.value
    if isinstance(v, Measurement):  # "10 km" and "6.2 miles" may be one fact: keyed by what they measure
        return f"{v.dimension}/{v.per or ''}"
    if isinstance(v, Quantity):
        unit = UNIT_SYNONYMS.get(v.unit, v.unit)
        if unit.endswith("workers"):  # "steelworkers", "farmworkers" are workers, as "steel workers" are
            unit = "employees"
        if sentence and audience(claim, sentence):
            unit = "viewers"
        elif sentence and dead(claim, sentence):
            unit = "deaths"
        if claim.kind == "count" and unit.endswith("s") and not unit.endswith("ss"):
            unit = unit[:-1]
        per = v.per or ("year" if claim.kind == "money" and sentence and yearly(claim, sentence) else "")
        return f"{unit}/{per}"
    return None


_CORPORATE = re.compile(r"(?:,?\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Co|AG|SA|NV|GmbH)\.?)+$")


def _strip_corporate(name: str) -> str:
    return _CORPORATE.sub("", name)


def _without_initials(name: str) -> str:
    return " ".join(t for t in name.split() if not re.fullmatch(r"[A-Z]\.?", t))


# The last word of a named place that stands in a town and takes its name: "Varnach General Hospital"
FACILITY_HEADS = frozenset("""Hospital Clinic University College School Academy Airport Spaceport Station Port
Stadium Arena Park Bridge Museum Observatory Laboratory Prison Plant Mine Dam Hotel Mall""".split())


class Aliases:
    """Names merged across sources: "Larkspur Analytics Inc." and "Larkspur Analytics" are one name, and
    a surname or short name used alone ("Wang", "Larkspur") maps to the one full name that contains it
    in the corpus ("Wang Yi"), unless several unrelated names do."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        full: set[str] = set()
        # a dateline spells a place in capitals ("RIO SECO, Calvera —"): it is the place spelled
        # ordinarily elsewhere, or in a source that only has the dateline, that place in title case
        self._spelled: dict[str, str] = {}
        for c in claims:
            for name in (*c.about.entities, *c.about.participants):
                name = _strip_corporate(name)
                if not name.isupper():
                    self._spelled.setdefault(name.lower(), name)
                elif " " in name:
                    name = name.title()
                if " " in name:
                    full.add(name)
        self._by_token: dict[str, set[str]] = defaultdict(set)
        for name in full:
            # "Tamaris" alone is the country, not the "Tamaris Building Research Centre"; "Varnach" the
            # city, not "Varnach General Hospital"
            if len(_without_initials(name).split()) <= 3 and name.rsplit(None, 1)[-1] not in FACILITY_HEADS:
                for tok in name.lower().split():
                    self._by_token[tok].add(name)
        self._cache: dict[str, str] = {}

    def canonical(self, name: str) -> str:
        if name in self._cache:
            return self._cache[name]
        out = _strip_corporate(name)
        if out.isupper():
            out = self._spelled.get(out.lower()) or (out.title() if " " in out else out)
        if " " not in out:
            matches = self._by_token.get(out.lower())
            if matches:
                bare = {_without_initials(m) for m in matches}
                shortest = min(bare, key=lambda m: (len(m), m))
                # "Antony Blinken" and "Antony J. Blinken" are one person, "Larkspur Analytics" and
                # "Larkspur Analytics Holdings" one company; "Wang Yi" and "Wang Wenbin" are two people,
                # and "Wang" stays ambiguous
                if all(m.startswith(shortest) for m in bare):
                    out = shortest
        self._cache[name] = out
        return out


@dataclass
class FactView:
    """What the same-fact rule needs of a claim, computed once."""

    claim: Claim
    entities: frozenset[str]
    persons: frozenset[str]
    time: DateMeaning | None
    unit: str | None
    words: frozenset[str] = frozenset()
    # the names that can tie two claims to one event: not broad, not recurring across the corpus
    specific: frozenset[str] = frozenset()
    # for a quote: the shingle hashes it is indexed by (a few smallest, stock phrases left out)
    keys: tuple[int, ...] = ()
    # the specific names its article as a whole is about
    context: frozenset[str] = frozenset()
    # a figure whose own time ended well before its source was written ("in 2019" in a 2025 report)
    past: bool = False
    # a figure with no time of its own in a source with no date: as news goes, it tells the present
    undated: bool = False


def _time_of(claim: Claim) -> DateMeaning | None:
    if claim.kind == "date" and isinstance(claim.value, TimeValue):
        return date_meaning(claim.value)
    if claim.event_time:
        return date_meaning(TimeValue("DATE", claim.event_time))
    return None


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def quote_words(text: str) -> list[str]:
    t = text.lower().replace("’", "'").replace("u.s.", "us").replace("prc", "china").replace("chinese", "china")
    return _WORD.findall(t)


# News without a date of its own reports on the weeks before publication.
RECENT_DAYS = 45


# A name met in many sources published over many months (the United Nations, a foreign minister, a
# common surname) is a recurring actor of the news, not the mark of one event: like the broad places,
# it cannot on its own tie two claims together. A story covered by a hundred outlets in one week keeps
# its names specific, and so does any corpus too small to tell.
RECURRING_MIN_SOURCES = 12
RECURRING_MIN_WINDOWS = 4  # distinct RECENT_DAYS-long windows of publication


def _recurring(holders: Mapping[object, set[str]], published: Mapping[str, dt.date | None]) -> set:
    """The keys held by at least ``RECURRING_MIN_SOURCES`` sources published in at least
    ``RECURRING_MIN_WINDOWS`` different windows."""
    out = set()
    for key, ids in holders.items():
        if len(ids) < RECURRING_MIN_SOURCES:
            continue
        windows = {d.toordinal() // RECENT_DAYS for d in (published.get(s) for s in ids) if d is not None}
        if len(windows) >= RECURRING_MIN_WINDOWS:
            out.add(key)
    return out


def recurring_entities(claims: Iterable[Claim], aliases: Aliases,
                       published: Mapping[str, dt.date | None]) -> frozenset[str]:
    """The canonical names that recur across the corpus (see ``RECURRING_MIN_SOURCES``)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for name in (*c.about.entities, *c.about.participants):
            holders[aliases.canonical(name)].add(c.source)
    return frozenset(_recurring(holders, published))


def shingles(words: Sequence[str]) -> list[int]:
    """Hashes of the three-word runs of a quote's content words, smallest first."""
    return sorted({zlib.crc32(" ".join(words[i:i + 3]).encode()) for i in range(len(words) - 2)})


def stock_phrases(claims: Iterable[Claim], published: Mapping[str, dt.date | None]) -> frozenset[int]:
    """Shingles that recur across the corpus ("work together to", "the two sides"): stock phrases that
    say nothing about which statement a quote is, so they are no index key."""
    holders: dict[int, set[str]] = defaultdict(set)
    for c in claims:
        if isinstance(c.value, QuoteValue):
            for h in shingles(content_words(c.value.content)):
                holders[h].add(c.source)
    return frozenset(_recurring(holders, published))


def salient_entities(claims: Iterable[Claim], top: int = 6,
                     broad: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Per source, the names its claims are most often about: what the article as a whole is about.
    Names in ``broad`` (recurring across the corpus) say nothing of what this article is about."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in claims:
        for e in c.about.entities:
            if e not in BROAD_ENTITIES and e not in broad:
                counts[c.source][e] += 1
    return {src: [e for e, n in sorted(cs.items(), key=lambda kv: (-kv[1], kv[0]))[:top] if n > 1]
            for src, cs in counts.items()}


def view(claim: Claim, aliases: Aliases, published: dt.date | None = None,
         context: Sequence[str] = (), clause_only: bool = False,
         recurring: frozenset[str] = frozenset(), stock: frozenset[int] = frozenset(), sentence: str = "") -> FactView:
    """The claim as the same-fact rule sees it: ``published`` is its source's reference date, ``context``
    the source's salient entities, standing in when the claim's own sentence names nobody specific.
    With ``clause_only`` its participants are only the people of its own clause (a memo's sentences say
    who took part; its other paragraphs may speak of other calls). ``recurring`` and ``stock`` are
    what ``recurring_entities`` and ``stock_phrases`` found in the corpus; ``sentence`` is the claim's own
    (see ``unit_key``)."""
    # who tells a figure is not all it is about: "The commission has until Nov. 19, Valk said" names
    # no event and nobody else, and the article's subject stands in beside the speaker, as for a
    # sentence that names nobody (the speaker stays: one official's two counts are one fact)
    speaker = claim.attribution.speaker if claim.attribution else None
    teller = speaker if not claim.about.event else None
    narrow = {aliases.canonical(e) for e in claim.about.entities if e not in BROAD_ENTITIES}
    if narrow - recurring - {aliases.canonical(teller) if teller else None}:
        ents = frozenset(narrow)
    elif narrow:  # only recurring names: the article's own subject says which event
        ents = frozenset(narrow | {aliases.canonical(e) for e in context})
    else:
        ents = frozenset(aliases.canonical(e) for e in (*claim.about.entities, *context))
    participants = claim.about.participants
    if clause_only:
        participants = [p for p in participants if p in claim.about.entities]
    # who tells of an event is no party to it ("the talks lasted four hours, Balan's spokesman, Radu
    # Petric, said"): a speaker among the participants would look like a counterpart the other report lacks
    persons = frozenset(aliases.canonical(p) for p in participants if p != speaker)
    words: frozenset[str] = frozenset()
    keys: tuple[int, ...] = ()
    if isinstance(claim.value, QuoteValue):
        content = content_words(claim.value.content)
        words = frozenset(content)
        hashes = shingles(content)
        # a few smallest hashes stand for the whole set: similar quotes share some of them
        keys = tuple(([h for h in hashes if h not in stock] or hashes)[:QUOTE_KEYS])
    own = time = _time_of(claim)
    if time is None and published is not None and claim.kind != "date":
        time = DateMeaning(published - dt.timedelta(days=RECENT_DAYS), published, grain="recent")
    # a date's own value is the fact it states, and a length runs on from the time it is told at
    # ("two years and seven months after lifting off on Feb. 12, 2023"): only the other figures are told at a time
    told = claim.kind in UNNAMED_MEASURE_KINDS
    past = told and own is not None and own.last is not None and published is not None and \
        own.last < published - dt.timedelta(days=RECENT_DAYS)
    undated = told and published is None and (own is None or not own.anchored)
    entities = ents | persons
    specific = frozenset(e for e in entities if e not in BROAD_ENTITIES and e not in recurring)
    subject = frozenset(n for n in (aliases.canonical(e) for e in context) if n not in BROAD_ENTITIES
                        and n not in recurring)
    return FactView(claim, entities, persons, time, unit_key(claim, sentence), words, specific, keys, subject, past,
                    undated)


@dataclass
class Corpus:
    """What the sources as a whole tell the same-fact rule: merged names, the names and phrases that
    recur across the corpus, and what each article is about."""

    aliases: Aliases
    recurring: frozenset[str]
    stock: frozenset[int]
    published: Mapping[str, dt.date | None]
    context: dict[str, list[str]]
    # the sentence of a claim (``Config.sentence_of``), when the sources' texts are at hand
    sentence_of: Callable[[Claim], str] | None = None

    @classmethod
    def of(cls, claims: Sequence[Claim], published: Mapping[str, dt.date | None],
           aliases: Aliases | None = None, sentence_of: Callable[[Claim], str] | None = None) -> Corpus:
        aliases = aliases or Aliases(claims)
        recurring = recurring_entities(claims, aliases, published)
        return cls(aliases, recurring, stock_phrases(claims, published), published,
                   salient_entities(claims, broad=recurring), sentence_of)

    def view(self, claim: Claim, published: dt.date | None = None, context: Sequence[str] | None = None,
             clause_only: bool = False) -> FactView:
        """``view`` of a claim of this corpus, or (with its own ``published`` and ``context``) of a
        claim checked against it."""
        if context is None:
            context = self.context.get(claim.source, ())
        if published is None:
            published = self.published.get(claim.source)
        sentence = self.sentence_of(claim) if self.sentence_of is not None and claim.kind in ("count", "money") \
            else ""
        return view(claim, self.aliases, published, context, clause_only, self.recurring, self.stock, sentence)


FUNCTION_WORDS = frozenset("""a an the of to in on at for and or but with by from as that this these those is are
was were be been it its their his her our we they he she i you will would can could should has have had not do
does did so than then there here what which who whom""".split())


def content_words(text: str) -> list[str]:
    return [w for w in quote_words(text) if w not in FUNCTION_WORDS]


REPORTING_WORDS = frozenset("said says say told tell according added noted reported stated announced".split())


def context_words(sentence: str, claim_text: str, window: int = 5) -> set[str]:
    """Content words next to a figure in its sentence ("treated ... for hypothermia", "had finished"),
    crudely stemmed: what distinguishes two counts of the same unit."""
    at = sentence.find(claim_text)
    if at == -1:
        return set()
    # names say which story, not which measure: every figure of a story shares them
    names = {w.lower() for w in _CAPITALISED.findall(sentence)}

    def telling(text: str) -> list[str]:
        return [w for w in content_words(text) if w not in names and w not in REPORTING_WORDS and not w.isdigit()]

    before = telling(sentence[:at])[-window:]
    after = telling(sentence[at + len(claim_text):])[:window]
    out = set()
    for w in before + after:
        w = re.sub(r"['’]s$", "", w)
        out.add(measure_stem(w))
        if "-" in w:  # "all-cash" speaks of cash
            out.update(_stem(p) for p in _stem(w).split("-") if p not in FUNCTION_WORDS and len(p) > 2)
    return out


# Stems that name the same measure as another stem ("a deal worth $4.2 billion", "a deal valued at
# $4.5 billion"; "ran 45 minutes", "lasted 35 minutes"; "close 14 plants", "shut 12 plants"; "cut
# 2,300 jobs", "eliminate 2,300 positions"; "will pay $38.50 a share", "offered $38.50 per share"; "fined
# him $500,000", "a $250,000 fine"; "a crowd of 48,000", "in front of 45,000 fans", "attended by 47,000";
# "sent 260 monitors", "deployed 320 monitors"; "held 48 apartments", "contained 36 flats"; "before they were
# discovered", "before they were detected"; "will remain closed for two weeks", "would stay shut for 10
# days"; "was travelling at 112 km/h", "was moving at 128 km/h"; "a lending facility", "a credit programme"):
# looked up after ``_stem``.
MEASURE_SYNONYMS = {"crowd": "watch", "front": "watch", "attend": "watch", "attendanc": "watch", "worth": "valu",
                    "ran": "last", "took": "last", "span": "last",
                    "shut": "clos", "shutter": "clos", "eliminat": "cut", "slash": "cut", "cuts": "cut",
                    "axed": "cut", "axing": "cut", "shed": "cut", "acquir": "buy",
                    "purchas": "buy", "bought": "buy", "buys": "buy", "offer": "pay", "paid": "pay",
                    "pays": "pay", "paying": "pay", "fined": "fine", "saving": "save", "saved": "save",
                    "sent": "deploy", "send": "deploy", "dispatch": "deploy", "stay": "remain",
                    "moving": "travell", "reconstruction": "rebuild", "reconstruct": "rebuild",
                    "lend": "credit", "loan": "credit", "facility": "programm", "faciliti": "programm",
                    "program": "programm", "schem": "programm", "held": "hold", "contain": "hold",
                    "discover": "detect", "spot": "detect", "uncover": "detect"}


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:'s|’s)?")


def measure_stem(word: str) -> str:
    """A lower-case word as ``context_words`` and ``measure_words`` give it: stemmed once, with measure
    synonyms met."""
    w = _stem(word)
    return MEASURE_SYNONYMS.get(w, w)


# a doubled final consonant that English doubles before "-ed" and "-ing" ("stopped", "planned"), unlike
# the "-ll", "-ss" or "-ff" of a word's own stem ("called", "passed")
_DOUBLED = frozenset("bdgmnprt")


# past forms a suffix cannot reach ("has risen to 31", "rose to 29"; "grew 4 percent", "grows")
_IRREGULAR_STEMS = {form: stem for stem, forms in (
    ("rise", ("rose", "risen", "rising", "rises")), ("grow", ("grew", "grown")),
    ("fall", ("fell", "fallen")), ("shrink", ("shrank", "shrunk", "shrunken")),
    ("sink", ("sank", "sunk")), ("begin", ("began", "begun")),
) for form in forms}


def _stem(word: str) -> str:
    irregular = _IRREGULAR_STEMS.get(word)
    if irregular is not None:
        return irregular
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                return stem[:-1]  # "stopped" and "stops" meet at "stop"
            return stem
    # "close" and "closing", "share" and "shares" meet at "clos" and "shar"
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def block_keys(v: FactView) -> Iterator[tuple]:
    """The index keys of a claim: claims that share no key are never compared."""
    c = v.claim
    if c.kind == "quote":
        for h in v.keys:
            yield ("quote", h)
        return
    if not c.about.event:
        return
    for e in (v.specific or v.entities) | (v.context if v.specific else frozenset()):
        yield (c.kind, v.unit, c.about.event, e)


def name_keys(v: FactView) -> Iterator[tuple]:
    """Index keys of a claim by kind, unit and specific name, whatever event its sentence tells."""
    return ((v.claim.kind, v.unit, e) for e in v.specific)


# Figures told at a time of their own (see ``view``): not lengths, which run on from the time they are
# told at, nor dates, whose value is the fact they state.
UNNAMED_MEASURE_KINDS = ("count", "money", "percent", "measurement")
# Figures that may be paired by what they measure alone, with no event to tie them: lengths too ("kickoff
# was delayed by 12 minutes", "kickoff was delayed by 25 minutes": their words say what they measure, and
# "plan to speak again within three weeks" shares none with another report's length), not counts below
# three ("the two sides" names the story's parties, it states no figure).
MEASURABLE_KINDS = (*UNNAMED_MEASURE_KINDS, "duration")
MIN_UNNAMED_COUNT = 3


def measurable(c: Claim) -> bool:
    """Whether a figure may be the same fact as another by what it measures (see ``same_measure``)."""
    if c.kind not in MEASURABLE_KINDS or c.about.event == DATELINE_EVENT:
        return False
    return c.kind != "count" or (isinstance(c.value, Quantity) and c.value.amount >= MIN_UNNAMED_COUNT)


def story_measurable(c: Claim) -> bool:
    """Whether a figure may be the same fact as another of its story by the word beside both alone (see
    ``story_keys``): not a length, whose few words do not tell a story's lengths apart (a swimmer's
    lap "between 57.4 and 58.2 seconds except for the first", his heat swum "first on Friday in 14:41.07")."""
    return c.kind in UNNAMED_MEASURE_KINDS and measurable(c)


def calendar_date(c: Claim) -> bool:
    """Whether a claim is a date written with the calendar's figures ("Feb. 20", "Oct. 4, 2024"), not a
    weekday or a relative date, which a story of several days gives to each of its happenings."""
    return c.kind == "date" and c.about.event != DATELINE_EVENT and any(ch.isdigit() for ch in c.text)


# a noun made of its verb ("inspection", "detection") names the act the verb does ("inspected")
_ACT_NOUN = re.compile(r"(?<=..[a-z]{3})(?:ion|ions)$")


# words that tell when anything at all happens, not what: a tariff and the other side's countermeasures
# both "take effect", a hearing and a vote are both "scheduled", each "for the first time"
LIGHT_ACT_WORDS = frozenset("""take took taken effect force come came begin began begun start end due set expect
schedul plan happen occur place first last next make made hold held go went get put""".split())


# acts by which something comes to be, once (as ``measure_stem`` gives them; not "found", which may be
# "find" as well as "founded", an event of its own)
ORIGIN_ACTS = frozenset("built construct erect establish incorporat born".split())


def act_stems(words: Iterable[str]) -> frozenset[str]:
    """Measure words (``measure_stem``) that name an act, with a verb's noun taken back to the verb's stem:
    not the words of saying nor ``LIGHT_ACT_WORDS``."""
    stems = (_ACT_NOUN.sub("", w) for w in words if w not in REPORTING_WORDS)
    return frozenset(w for w in stems if w not in LIGHT_ACT_WORDS)


def measure_keys(v: FactView) -> Iterator[tuple]:
    """The name keys of a measurable figure or a calendar date: one report says "will close 14 plants",
    another "announced it would shut 12 plants", and no event word ties them (see ``calendar_date``)."""
    return name_keys(v) if measurable(v.claim) or calendar_date(v.claim) else iter(())


# How many shingle hashes index a quote.
QUOTE_KEYS = 4
# A block bigger than this (a name that every article mentions) is not compared all against all:
# its claims are sorted by time and each meets only its nearest neighbours (sorted neighbourhood).
MAX_BLOCK = 48


def _time_order(v: FactView) -> tuple:
    t = v.time
    if t is not None and t.anchored:
        return (0, t.first.toordinal(), v.claim.source)
    return (1, 0, v.claim.source)


def candidate_pairs(views: list[FactView]) -> Iterator[tuple[FactView, FactView]]:
    """Pairs of claims from different sources that share a block key or a measure key, each pair once."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, v in enumerate(views):
        for key in {*block_keys(v), *measure_keys(v), *story_keys(v)}:
            index[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        window = len(members)
        if window > MAX_BLOCK:
            members = sorted(members, key=lambda i: _time_order(views[i]))
            window = MAX_BLOCK
        for x in range(len(members)):
            for y in range(x + 1, min(len(members), x + window)):
                i, j = sorted((members[x], members[y]))
                if views[i].claim.source == views[j].claim.source or (i, j) in seen:
                    continue
                seen.add((i, j))
                yield views[i], views[j]


def _times_compatible(a: DateMeaning | None, b: DateMeaning | None, limit: int) -> bool:
    if a is None or b is None:
        return True
    if a.anchored and b.anchored:
        if a.first <= b.last and b.first <= a.last:
            return True
        gap = (b.first - a.last).days if a.last < b.first else (a.first - b.last).days
        return gap <= limit
    if a.month is not None and b.anchored:
        return _month_gap(a, b.first, b.last) <= limit
    if b.month is not None and a.anchored:
        return _month_gap(b, a.first, a.last) <= limit
    if a.month is not None and b.month is not None:
        if a.month == b.month:
            return a.day is None or b.day is None or abs(a.day - b.day) <= limit
        return limit > 31 and min((a.month - b.month) % 12, (b.month - a.month) % 12) <= 1
    return True


def _month_gap(loose: DateMeaning, first: dt.date, last: dt.date) -> int:
    """Days between an anchored range and the nearest day matching a month (and day) of unknown year."""
    best = 10 ** 6
    for y in range(first.year - 1, last.year + 2):
        try:
            lo = dt.date(y, loose.month, loose.day or 1)
            hi = dt.date(y, loose.month, loose.day) if loose.day else (
                dt.date(y + loose.month // 12, loose.month % 12 + 1, 1) - dt.timedelta(days=1))
        except ValueError:
            continue
        if lo <= last and first <= hi:
            return 0
        best = min(best, (first - hi).days if hi < first else (lo - last).days)
    return best


# Whether a claim's article mentions all of some names anywhere in its text (see ``same_fact``).
Mentions = Callable[[FactView, frozenset[str]], bool]


def mentions_in(sources: Mapping[str, Source]) -> Mentions:
    """The ``Mentions`` test over the texts of ``sources`` (by id; a memo is one of them when checked)."""
    def mentions(v: FactView, names: frozenset[str]) -> bool:
        source = sources.get(v.claim.source)
        return source is not None and all(name in source.text for name in names)
    return mentions


def _same_subject(a: FactView, b: FactView, mentioned: Mentions | None = None) -> bool:
    """Each claim names someone the other's article is about: "two firefighters died on Sunday, said
    Marta Ilves" and "two firefighters were killed near Rio Seco" in two stories of the Rio Seco fire
    name no one in common, but each names what the other story is about. With ``mentioned``, one of
    them may instead name only names the other's article mentions, if only in passing ("the operator,
    Brenmoor Freight, has offered 4 percent"): what a report tells of once is no other subject."""
    ab, ba = bool(a.specific & b.context), bool(b.specific & a.context)
    if ab and ba:
        return True
    return mentioned is not None and (ab and mentioned(a, b.specific) or ba and mentioned(b, a.specific))


def _eras_apart(a: FactView, b: FactView) -> bool:
    """A figure told of a past year ("a fatality rate of 17 percent in 2019") and one an undated
    article tells with no time of its own, so of the present ("a fatality rate of roughly 13% in
    Ostrel"): two facts, unless the undated one names only names of the past one (it may speak of the
    past event by name: "in Halvek, 184 people were infected")."""
    for past, now in ((a, b), (b, a)):
        if past.past and now.undated and not (now.specific and now.specific <= past.specific):
            return True
    return False


def same_fact(a: FactView, b: FactView, any_event: bool = False, mentioned: Mentions | None = None) -> bool:
    """The default rule: same kind and unit, same event, a shared participant, no clash of named
    counterparts, and event times that could be the same. With ``any_event`` a claim that names no
    event may match one of any event, either way round; ``mentioned`` as in ``_same_subject``."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or ca.kind != cb.kind or DATELINE_EVENT in (ca.about.event, cb.about.event):
        return False
    if ca.kind == "quote":
        return quotes_match(a, b)
    if a.unit != b.unit:
        return False
    either_unnamed = not ca.about.event or not cb.about.event
    if not (any_event and either_unnamed) and (not ca.about.event or ca.about.event != cb.about.event):
        return False
    # no name in common, or only broad or recurring ones while each names someone specific: one fact
    # only when each names what the other's article is about
    if (not a.entities & b.entities or a.specific and b.specific and not a.specific & b.specific) and not \
            _same_subject(a, b, mentioned) or _eras_apart(a, b):
        return False
    if (ca.about.event or cb.about.event) in INTERPERSONAL_EVENTS:
        extra_a, extra_b = a.persons - b.entities, b.persons - a.entities
        if extra_a and extra_b:
            return False  # each side names a different counterpart: two events
    if ca.about.event in ONCE_PER_PERSON_EVENTS and ca.about.event == cb.about.event and (
            a.persons & b.entities or b.persons & a.entities):
        return True  # one person takes a post once: "since 2017" and "since 2019" are one fact
    if ca.about.event in ONCE_EVENTS and ca.about.event == cb.about.event:
        return True  # "founded in 2016" and "founded in 2014" of one company: one fact
    if ca.kind == "date":
        return _times_compatible(a.time, b.time, MAX_DATE_GAP_DAYS)
    return same_fact_time(a, b)


# How many words either side of a figure name what it measures, and how many of them two figures
# must share to be the same measure whatever event their sentences name.
MEASURE_WINDOW = 3
MEASURE_OVERLAP = 2


# Counted nouns that say nothing of what is counted.
GENERIC_COUNT_UNITS = frozenset({"", "people", "person", "persons", "time", "times", "member", "members", "unit",
                                 "units", "item", "items", "thing", "things"})


def claim_at(claim: Claim, sentence: str) -> int:
    """Where a claim stands in its sentence (``sentence`` is the claim's): its own offset when the sentence
    holds its text there, else the first place its text stands (a table row's sentence is rebuilt), else -1.
    The same words may stand twice ("cut 40 jobs in May and 40 jobs in June"): each is read where it is."""
    at = claim.start - claim.sentence[0]
    if sentence[at:at + len(claim.text)] == claim.text:
        return at
    return sentence.find(claim.text)


def measure_words(sentence: str, claim_text: str, window: int = MEASURE_WINDOW,
                  sides: str = "both", clause: bool = False, at: int = -1) -> frozenset[str]:
    """The words right beside a figure that say what it measures ("10 weeks of altitude training"),
    up to the next figure or conjunction either side ("gained 19 percent in early trading and closed
    24 percent higher": early trading is the 19 percent's). ``sides`` is "both" or "after". With
    ``clause`` a comma stops them too ("which operates 31 bakeries in Ontario, will shut 11": shutting
    is the 11's); without, the words after the last comma before the next figure are that figure's
    ("which first bid $38 a share, will pay $44": paying is the $44's). ``at`` is where the figure stands
    (``claim_at``), when known: the same words may stand twice in a sentence."""
    if at < 0 or sentence[at:at + len(claim_text)] != claim_text:
        at = sentence.find(claim_text)
    if at == -1:
        return frozenset()
    end = at + len(claim_text)
    stop = _CLAUSE_BREAK if clause else _CONJUNCTION
    before = "" if sides == "after" else stop.split(_LAST_FIGURE.split(sentence[:at])[-1])[-1]
    after = sentence[end:]
    nxt = _FIRST_FIGURE.search(after)
    if nxt is not None:
        after = after[:nxt.start()]
        if "," in after and not _DATE_FIGURE.match(sentence, end + nxt.start()) and not _MONTH_END.search(after):
            after = after[:after.rindex(",")]
    after = stop.split(_HEDGE_END.sub("", after), maxsplit=1)[0]
    after = _WHEN_OR_WHY.split(after, maxsplit=1)[0]
    own = {_stem(w) for w in content_words(claim_text)}
    return frozenset(context_words(before + claim_text + after, claim_text, window=window) - own)


# a figure with its scale and counted noun ("14 cranes", "19 per cent", "$1.5 billion"); a year counts
# nothing ("the Tamber fire of 2019 burned 27,000 acres": burning is the acres'), nor does a figure a
# comma or other stop closes ("built in 1978, held 48 flats": holding is the flats')
_LAST_FIGURE = re.compile(r"\S*\d\S*(?:(?<!\b1[89]\d\d)(?<!\b20\d\d)(?<![,;:.)])\s+"
                          r"(?:per cent|million|billion|thousand|[a-z]+))?")
_FIRST_FIGURE = re.compile(r"\S*\d")
# a year or a day of a month is when, not a figure that words lead into ("was set by Weldemariam in 2019")
_DATE_FIGURE = re.compile(r"(?:1[89]|20)\d\d\b")
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
# a conjunction or semicolon between two figures starts the second one's words; a source ("per a
# filing", "according to the company") names who tells the figure, not what it measures
_CONJUNCTION = re.compile(r"\b(?:and|but|while|whereas|plus|besides|in addition to|on top of|as well as|"
                          r"according to|citing|per (?:a|an|the|its|their|his|her))\b|;")
_CLAUSE_BREAK = re.compile(_CONJUNCTION.pattern + "|,")
# after a figure, a clause telling when or why ("travelling at 112 km/h when the driver braked", "delayed
# by 12 minutes because of long queues") or the moment it was read at ("moving at 128 km/h just before
# the crash") says nothing of what the figure measures; a bare "after" or "before" may tell which of two
# values of a running figure it is ("$31 million before the sale", "$34.5 million after the sale")
# a hedge right before the next figure is that figure's ("58.1 percent of the roughly 212,000 voters")
_HEDGE_END = re.compile(r"\b(?:roughly|about|around|nearly|almost|some|approximately|just|more than|less than|"
                        r"fewer than|up to|at least|at most|over|under)\s*$", re.IGNORECASE)
_WHEN_OR_WHY = re.compile(r"\b(?:when|whenever|until|till|because|(?:just|shortly|moments|right|soon)\s+"
                          r"(?:before|after))\b")


class Measure(NamedTuple):
    """What a figure measures: the words beside it, the nearest of them, and those after it (in English
    what follows a figure says what it counts: "€30 million for schools")."""

    words: frozenset[str]
    near: frozenset[str]
    after: frozenset[str]

    @classmethod
    def of(cls, sentence: str, claim_text: str, clause: bool = False, at: int = -1) -> Measure:
        return cls(measure_words(sentence, claim_text, clause=clause, at=at),
                   measure_words(sentence, claim_text, window=NEAR_WINDOW, clause=clause, at=at),
                   measure_words(sentence, claim_text, sides="after", clause=clause, at=at))


# The words this close to a figure name what it measures rather than who holds it ("the council's
# emergency fund held €12 million": fund, held).
NEAR_WINDOW = 2


class Measures:
    """Each claim's ``Measure``, read once: a claim meets many others. ``clause`` as in ``measure_words``."""

    def __init__(self, clause: bool = False) -> None:
        self.clause = clause
        self._by_id: dict[str, Measure] = {}

    def of(self, claim: Claim, sentence_of: Callable[[Claim], str]) -> Measure:
        m = self._by_id.get(claim.id)
        if m is None:
            sentence = sentence_of(claim)
            m = self._by_id[claim.id] = Measure.of(sentence, claim.text, self.clause, claim_at(claim, sentence))
        return m


def names_its_measure(v: FactView) -> bool:
    """Whether a figure's unit says what it measures: a counted noun ("14 plants", not "14 people") or a
    price's unit ("$38.50 a share")."""
    unit, _, per = (v.unit or "").partition("/")
    return v.claim.kind == "count" and unit not in GENERIC_COUNT_UNITS or v.claim.kind == "money" and bool(per)


def same_measure(a: FactView, b: FactView, ma: Measure, mb: Measure, by_subject: bool = False) -> bool:
    """Two figures that measure the same thing though their sentences name different events or none
    ("10 weeks of altitude training before the race", "14 weeks of training at altitude"): same kind and
    unit, a shared specific name, times that could be the same, ``MEASURE_OVERLAP`` measure words in
    common, one of them right beside the figure, and no different words after both (a specific counted
    noun, "riders", or a price's unit, "a share", counts as a shared word beside the figure).

    With ``by_subject`` (``a``'s sentence names nobody: "Parliament cut the agency's budget by 10
    percent") ``b``'s article being about one of ``a``'s names stands in for the shared name, at the
    price of one more measure word in common."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or ca.kind != cb.kind or ca.kind == "quote" or a.unit != b.unit:
        return False
    if DATELINE_EVENT in (ca.about.event, cb.about.event):
        return False
    if ca.about.event and cb.about.event and ca.about.event != cb.about.event and len(ma.after & mb.after) < 2:
        return False  # events told differently, unless what follows both figures is the same ("cost savings")
    shared = len(ma.words & mb.words)
    near = bool(ma.near & mb.near)
    if names_its_measure(a):
        # a counted noun with no other word beside either figure ("Perera made 112 off 104 balls", "Perera's
        # 112 came from 98 balls") is all either says of what it counts
        shared, near = shared + (2 if not ma.words and not mb.words else 1), True
    elif ma.after and mb.after and not ma.after & mb.after:
        return False  # "€30 million for schools", "€12 million in emergency grants"
    named = bool(a.specific & b.specific)
    if not (named or by_subject and a.specific & b.context) or shared < MEASURE_OVERLAP + (not named) or not near:
        return False
    return same_fact_time(a, b)


def quotes_match(a: FactView, b: FactView) -> bool:
    """Two quotes are the same statement when most content words of the shorter appear in the longer."""
    if not a.words or not b.words:
        return False
    small, large = sorted((a.words, b.words), key=len)
    return len(small) >= 4 and len(small & large) / len(small) >= 0.8


# ----------------------------------------------------------------------------- reports of one story
# Two articles tell one story when this many of the names each is most about (``FactView.context``) are
# the same: two reports of one factory fire both name its town and the official who briefed on it.
STORY_NAMES = 2


def story_keys(v: FactView) -> Iterator[tuple]:
    """Index keys of a measurable figure or a calendar date by its article's story, one per pair of the names
    the article is most about: two figures of one story meet though neither names anyone the other does."""
    if not (story_measurable(v.claim) or calendar_date(v.claim)) or len(v.context) < STORY_NAMES:
        return iter(())
    names = sorted(v.context)
    return ((v.claim.kind, v.unit, "story", x, y) for i, x in enumerate(names) for y in names[i + 1:])


def same_story(a: FactView, b: FactView) -> bool:
    """Whether the articles of two claims tell one story (see ``STORY_NAMES``)."""
    return len(a.context & b.context) >= STORY_NAMES


def amount_key(v: FactView) -> tuple | None:
    """What two figures of one report share when they state the same amount of the same unit (a length:
    the same length, "two weeks' pay" and "capped at two weeks")."""
    value = v.claim.value
    if isinstance(value, TimeValue) and v.claim.kind == "duration":
        return (v.claim.source, v.claim.kind, None, value.value)
    if not isinstance(value, Quantity):
        return None
    return (v.claim.source, v.claim.kind, v.unit, value.amount)


def told_otherwise(ma: Measure, mb: Measure) -> bool:
    """Whether what follows two figures says they measure different things: words after each that
    stand nowhere beside the other ("€30 million for schools", "€12 million in emergency grants")."""
    return bool(ma.after and mb.after and not (ma.after & mb.words or mb.after & ma.words))


def same_fact_time(a: FactView, b: FactView) -> bool:
    """Whether two figures' times could be those of one fact (``MAX_EVENT_GAP_DAYS``), and neither is
    of a past year the other, undated, is not (``_eras_apart``), nor are they of two calendar periods
    (``_periods_apart``)."""
    return not _eras_apart(a, b) and not _periods_apart(a.time, b.time) and \
        _times_compatible(a.time, b.time, MAX_EVENT_GAP_DAYS)


# Grains of a figure's time that name a calendar period: a figure of one is a total over it
PERIOD_GRAINS = frozenset({"month", "year"})


def _periods_apart(a: DateMeaning | None, b: DateMeaning | None) -> bool:
    """Whether two figures are told of two different calendar years (or months): "1,150 inspections last
    year" in a 2026 report and "1,400 inspections in 2024" are two years' totals, however near the end of
    one lies to the start of the other."""
    return a is not None and b is not None and a.anchored and b.anchored and a.grain == b.grain \
        and a.grain in PERIOD_GRAINS and (a.last < b.first or b.last < a.first)
