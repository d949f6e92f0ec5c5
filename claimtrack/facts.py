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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Claim, Quantity, QuoteValue, TimeValue
from .values import DateMeaning, date_meaning

# Places and states too broad to say two claims share a participant.
BROAD_ENTITIES = frozenset({"United States", "China", "Russia", "United Kingdom", "Europe", "West", "Beijing",
                            "Washington", "U.S", "US"})
UNIT_SYNONYMS = {"dead": "deaths", "killed": "deaths", "people killed": "deaths", "fatalities": "deaths",
                 "death": "deaths", "lives": "deaths", "victims": "deaths", "persons": "people",
                 "residents": "people", "individuals": "people", "staff": "employees", "workers": "employees",
                 "jobs": "employees", "spectators": "people", "fans": "people"}
MAX_DATE_GAP_DAYS = 7
MAX_EVENT_GAP_DAYS = 45


def family(claim: Claim) -> str:
    return claim.kind


def unit_key(claim: Claim) -> str | None:
    v = claim.value
    if isinstance(v, Quantity):
        unit = UNIT_SYNONYMS.get(v.unit, v.unit)
        if claim.kind == "count" and unit.endswith("s") and not unit.endswith("ss"):
            unit = unit[:-1]
        return f"{unit}/{v.per or ''}"
    return None


class Aliases:
    """Names merged across sources: a surname used alone in one article ("Wang") maps to the one full
    name that contains it in the corpus ("Wang Yi"), unless several do."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        full: set[str] = set()
        for c in claims:
            for name in (*c.about.entities, *c.about.participants):
                if " " in name:
                    full.add(name)
        self._by_token: dict[str, set[str]] = defaultdict(set)
        for name in full:
            for tok in name.lower().split():
                self._by_token[tok].add(name)

    def canonical(self, name: str) -> str:
        if " " not in name:
            matches = self._by_token.get(name.lower())
            if matches and len(matches) == 1:
                return next(iter(matches))
        return name


@dataclass
class FactView:
    """What the same-fact rule needs of a claim, computed once."""

    claim: Claim
    entities: frozenset[str]
    persons: frozenset[str]
    time: DateMeaning | None
    unit: str | None
    words: frozenset[str] = frozenset()


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


def view(claim: Claim, aliases: Aliases) -> FactView:
    ents = frozenset(aliases.canonical(e) for e in claim.about.entities)
    persons = frozenset(aliases.canonical(p) for p in claim.about.participants)
    words = frozenset(quote_words(claim.value.content)) if isinstance(claim.value, QuoteValue) else frozenset()
    return FactView(claim, ents | persons, persons, _time_of(claim), unit_key(claim), words)


def block_keys(v: FactView) -> Iterator[tuple]:
    """The index keys of a claim: claims that share no key are never compared."""
    c = v.claim
    if c.kind == "quote":
        words = quote_words(c.value.content) if isinstance(c.value, QuoteValue) else []
        shingles = {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
        # a few smallest hashes stand for the whole set: similar quotes share some of them
        for h in sorted(zlib.crc32(s.encode()) for s in shingles)[:4]:
            yield ("quote", h)
        return
    if not c.about.event:
        return
    keyed = [e for e in v.entities if e not in BROAD_ENTITIES] or list(v.entities)
    for e in keyed:
        yield (c.kind, v.unit, c.about.event, e)


def candidate_pairs(views: list[FactView]) -> Iterator[tuple[FactView, FactView]]:
    """Pairs of claims from different sources that share a block key, each pair once."""
    index: dict[tuple, list[int]] = defaultdict(list)
    for i, v in enumerate(views):
        for key in set(block_keys(v)):
            index[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
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
        return _month_near(a.month, b.first, b.last)
    if b.month is not None and a.anchored:
        return _month_near(b.month, a.first, a.last)
    if a.month is not None and b.month is not None:
        return min((a.month - b.month) % 12, (b.month - a.month) % 12) <= 1
    return True


def _month_near(month: int, first: dt.date, last: dt.date) -> bool:
    if (last - first).days > 62:
        return True
    return any(min((month - m) % 12, (m - month) % 12) <= 1 for m in (first.month, last.month))


def same_fact(a: FactView, b: FactView) -> bool:
    """The default rule: same kind and unit, same event, a shared participant, no clash of named
    counterparts, and event times that could be the same."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or ca.kind != cb.kind:
        return False
    if ca.kind == "quote":
        return quotes_match(a, b)
    if a.unit != b.unit or not ca.about.event or ca.about.event != cb.about.event:
        return False
    shared = a.entities & b.entities
    if not shared or shared <= BROAD_ENTITIES and (a.entities - BROAD_ENTITIES) and (b.entities - BROAD_ENTITIES):
        return False
    extra_a, extra_b = a.persons - b.entities, b.persons - a.entities
    if extra_a and extra_b:
        return False  # each side names a different counterpart: two events
    limit = MAX_DATE_GAP_DAYS if ca.kind == "date" else MAX_EVENT_GAP_DAYS
    return _times_compatible(a.time, b.time, limit)


def quotes_match(a: FactView, b: FactView) -> bool:
    """Two quotes are the same statement when most words of the shorter appear in the longer."""
    if not a.words or not b.words:
        return False
    small, large = sorted((a.words, b.words), key=len)
    return len(small) >= 4 and len(small & large) / len(small) >= 0.8
