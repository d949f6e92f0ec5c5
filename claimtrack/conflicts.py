"""Conflicts and agreements between sources.

The flow: index the claims (``facts.candidate_pairs``), decide for each candidate pair whether it
is the same fact (plugins first, then ``facts.same_fact``), let the checker plugins compare the
values (``claimtrack_compare``), and gather the pairs into facts: every group of claims linked by
conflicts is one disputed fact, reported once with what each source says.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import facts
from .extract.events import find_triggers
from .model import Claim, Comparison, Source, TimeValue

if TYPE_CHECKING:
    from .plugins import Config, PluginError

CROSSCHECK_SCHEMA = "claimtrack.crosscheck/1"


@dataclass
class Link:
    """Two claims judged to be the same fact, and what their checker concluded."""

    a: Claim
    b: Claim
    comparison: Comparison


@dataclass
class FactGroup:
    """One fact as several sources state it: a conflict or an agreement."""

    kind: str
    relation: str  # conflict | agree | compatible | update
    claims: list[Claim]
    links: list[Link]
    message: str

    @property
    def about(self) -> dict:
        entities: list[str] = []
        for c in self.claims:
            for e in c.about.entities:
                if e not in entities and all(e in d.about.entities or e in d.about.participants for d in self.claims):
                    entities.append(e)
        events = [c.about.event for c in self.claims if c.about.event]
        return {"entities": entities, "event": events[0] if events else None}


@dataclass
class CrosscheckResult:
    sources: list[Source]
    claims: list[Claim]
    conflicts: list[FactGroup] = field(default_factory=list)
    agreements: list[FactGroup] = field(default_factory=list)
    plugin_errors: list[PluginError] = field(default_factory=list)
    pairs_compared: int = 0


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _group(links: list[Link]) -> list[list[Link]]:
    uf = _UnionFind()
    for link in links:
        uf.union(link.a.id, link.b.id)
    groups: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        groups[uf.find(link.a.id)].append(link)
    return list(groups.values())


def _fact_group(links: list[Link], relation: str) -> FactGroup:
    # pairs come in the order of the blocking keys, which is a set's: sort them, so a report reads
    # the same on every run
    links = sorted(links, key=lambda link: (link.a.source, link.a.start, link.b.source, link.b.start))
    claims: dict[str, Claim] = {}
    for link in links:
        claims.setdefault(link.a.id, link.a)
        claims.setdefault(link.b.id, link.b)
    ordered = sorted(claims.values(), key=lambda c: (c.source, c.start))
    if len(links) == 1:
        message = links[0].comparison.message
    else:
        message = f"{len({c.source for c in ordered})} sources: " + " ".join(
            dict.fromkeys(link.comparison.message for link in links))
    return FactGroup(ordered[0].kind, relation, ordered, links, message)


@contextlib.contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector. Cross-checking allocates millions of small acyclic objects
    (pairs, views, comparisons) that reference counting frees; each pass of the collector would
    walk every claim of the corpus again, which cost 40% of the time at 16,000 articles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def crosscheck_claims(sources: Sequence[Source], claims: Sequence[Claim], config: Config) -> CrosscheckResult:
    """Compare the claims of different sources through the plugins of ``config``."""
    with cyclic_gc_paused():
        return _crosscheck(sources, claims, config)


def _crosscheck(sources: Sequence[Source], claims: Sequence[Claim], config: Config) -> CrosscheckResult:
    plugins = config.plugins
    config.sources.update({s.id: s for s in sources})
    corpus = facts.Corpus.of(claims, {s.id: s.published for s in sources}, sentence_of=config.sentence_of)
    views = [corpus.view(c) for c in claims]
    conflicts: list[Link] = []
    others: list[Link] = []
    compared = 0
    ask_plugins = plugins.implements("claimtrack_same_fact")
    # a figure's own clause: pairing two figures no event ties needs the stricter reading
    measures = facts.Measures(clause=True)
    amounts = {key for key in map(facts.amount_key, views) if key is not None}
    event_days = {key for key in map(_event_day, views) if key is not None}
    told_days = {(v.claim.source, day) for v in views if (day := _one_day(v)) is not None}
    mentions = facts.mentions_in(config.sources)
    for va, vb in facts.candidate_pairs(views):
        decided = plugins.first("claimtrack_same_fact", a=va.claim, b=vb.claim, config=config) if ask_plugins else None
        if decided is None:
            decided = not _repeated_elsewhere(va, vb, amounts) and not _dated_elsewhere(va, vb, event_days) \
                and not _timed_elsewhere(va, vb, told_days, config) and (
                facts.same_fact(va, vb, mentioned=mentions) or _same_unnamed_measure(va, vb, measures, config)
                or _same_story_measure(va, vb, measures, config) or _same_first_occurrence(va, vb, measures, config)
                or _same_dated_act(va, vb, measures, config))
        if not decided:
            continue
        compared += 1
        comparison = config.compare(va.claim, vb.claim)
        if comparison is None:
            continue
        link = Link(va.claim, vb.claim, comparison)
        (conflicts if comparison.relation == "conflict" else others).append(link)
    in_conflict = {c.id for link in conflicts for c in (link.a, link.b)}
    result = CrosscheckResult(list(sources), list(claims), pairs_compared=compared)
    result.conflicts = sorted((_fact_group(g, "conflict") for g in _group(conflicts)),
                              key=lambda g: (g.claims[0].source, g.claims[0].start))
    agreeing = [link for link in others if not (link.a.id in in_conflict and link.b.id in in_conflict)]
    for g in _group(agreeing):
        relations = {link.comparison.relation for link in g}
        relation = "update" if "update" in relations else ("agree" if relations == {"agree"} else "compatible")
        result.agreements.append(_fact_group(g, relation))
    result.agreements.sort(key=lambda g: (g.claims[0].source, g.claims[0].start))
    result.plugin_errors = list(plugins.errors)
    return result


def _same_unnamed_measure(a: facts.FactView, b: facts.FactView, measures: facts.Measures, config: Config) -> bool:
    """A figure whose sentence names no event is the same fact as one of the same measure of the same
    people ("will close 14 plants" and "announced it would shut 12 plants"), as a memo's figure is, and
    so are two whose sentences name different events if the same words follow both ("will receive 20
    million euros in prize money for winning the final", "the title is worth 25 million euros in prize
    money": see ``facts.same_measure``). Two figures whose sentences name one event are left to
    ``same_fact``: a 35-minute call with one minister is no 40-minute call with another; so are figures
    that are not ``facts.measurable``."""
    ca, cb = a.claim, b.claim
    if (ca.about.event and ca.about.event == cb.about.event) or not (facts.measurable(ca) and facts.measurable(cb)):
        return False
    # with no event to tie them, a shared place is not enough: each side naming someone the other's
    # story never mentions ("Brightwater Mills" and "Harrow Bakeries", both in Ontario) tells two subjects
    if _foreign(a, b, config) and _foreign(b, a, config):
        return False
    return facts.same_measure(a, b, measures.of(ca, config.sentence_of), measures.of(cb, config.sentence_of))


def _foreign(a: facts.FactView, b: facts.FactView, config: Config) -> bool:
    """Whether ``a``'s sentence names someone ``b``'s article never mentions: not in ``b``'s sentence, not
    among the names its article is about, not anywhere in its text. A name the other article mentions
    once, in its headline or lede ("Dalvania declares outbreak"), is no sign of another subject, and
    neither are the names of ``a``'s article when its sentence names nobody ("Kickoff was delayed by 12
    minutes"): they say what its story is about, not who its figure is of."""
    names = (a.specific if a.claim.about.entities else frozenset()) - b.specific - b.context
    return bool(names) and not facts.mentions_in(config.sources)(b, names)


def _same_story_measure(a: facts.FactView, b: facts.FactView, measures: facts.Measures, config: Config) -> bool:
    """Two figures of one story told by two of its reports ("50,000 euros to each victim's family", "40,000
    euros in compensation to each bereaved family"). Every figure of a story's reports is about the same
    names, so names neither separate nor tie them: what they measure must. Same kind and unit; not each
    naming someone the other's story does not know; the same event if both name one; a word in
    common right beside both (anywhere beside them for a counted noun, "4,200 homes", which says what is
    counted); nothing different after both; and times that could be one."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or ca.kind != cb.kind or a.unit != b.unit or not facts.same_story(a, b):
        return False
    if not (facts.story_measurable(ca) and facts.story_measurable(cb)):
        return False
    if ca.about.event and cb.about.event and ca.about.event != cb.about.event and not _events_meet(ca, cb, config):
        return False
    if _own_names(a) - b.specific - b.context and _own_names(b) - a.specific - a.context:
        return False  # each names someone the other's story does not know
    ma, mb = measures.of(ca, config.sentence_of), measures.of(cb, config.sentence_of)
    unit = (a.unit or "").partition("/")[0]
    counted = ca.kind == "count" and unit not in facts.GENERIC_COUNT_UNITS
    if not (ma.words & mb.words if counted else ma.near & mb.near) or facts.told_otherwise(ma, mb):
        return False
    return facts.same_fact_time(a, b)


def _events_meet(a: Claim, b: Claim, config: Config) -> bool:
    """Whether either figure's sentence also names the other's event: a claim is labelled with one event of
    its sentence, and "will pay 40,000 lira to the family of each worker killed" (a payment) tells of the
    dead as "the families of the dead will each receive 60,000 lira" does."""
    return b.about.event in _sentence_events(a, config) or a.about.event in _sentence_events(b, config)


def _sentence_events(c: Claim, config: Config) -> frozenset[str]:
    """The event classes named anywhere in a claim's sentence."""
    sentence = config.sentence_of(c)
    return frozenset(cls for _, _, cls in find_triggers(sentence, 0, len(sentence)))


# words that make an event's date the one of its first occurrence ("will hold its first public hearing on")
FIRST_OCCURRENCE = frozenset({"first", "opening", "inaugural", "maiden"})


def _same_first_occurrence(a: facts.FactView, b: facts.FactView, measures: facts.Measures, config: Config) -> bool:
    """Two dates of the first occurrence of one event, of the same names or one story ("the inquiry will hold
    its first public hearing on May 4", "... its first public hearing on May 14"): an event happens for the
    first time once, so the dates are one fact though further apart than two dates of an event may be."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or ca.kind != "date" or cb.kind != "date" or not ca.about.event \
            or ca.about.event != cb.about.event:
        return False
    if not (a.specific & b.specific or facts.same_story(a, b)):
        return False
    ma, mb = measures.of(ca, config.sentence_of), measures.of(cb, config.sentence_of)
    return bool(FIRST_OCCURRENCE & ma.words & mb.words) and facts.same_fact_time(a, b)


def _same_dated_act(a: facts.FactView, b: facts.FactView, measures: facts.Measures, config: Config) -> bool:
    """Two calendar dates of one act told by two reports of the same names or story with the same verb or
    its noun right beside both ("detected the intrusion on Feb. 20", "was detected on Feb. 27"; "its last
    full inspection on Oct. 14", "was last inspected on Oct. 4"), where no event word ties them: one act
    of one subject told two ways. Not when both name one event (``same_fact`` and ``_dated_elsewhere``
    decide those: a hearing on July 3 and one on July 13 may be two), nor two events unless either
    sentence names both (a label is one event word of its sentence: "will hold a hearing on the flood on
    April 2" is labelled the flood's), nor a weekday, which a story of several days gives to each of its
    happenings, nor dates further apart than ``MAX_EVENT_GAP_DAYS`` unless the act is one of coming to be
    (``facts.ORIGIN_ACTS``) told of a name both sentences give."""
    ca, cb = a.claim, b.claim
    if ca.source == cb.source or not (facts.calendar_date(ca) and facts.calendar_date(cb)):
        return False
    if ca.about.event and cb.about.event and (ca.about.event == cb.about.event or not _events_meet(ca, cb, config)):
        return False
    if not (a.specific & b.specific or facts.same_story(a, b)) or _own_names(a) - b.specific - b.context \
            and _own_names(b) - a.specific - a.context:
        return False
    ma, mb = measures.of(ca, config.sentence_of), measures.of(cb, config.sentence_of)
    acts = facts.act_stems(ma.near) & facts.act_stems(mb.near)
    if not acts or facts.told_otherwise(ma, mb):
        return False
    if acts & facts.ORIGIN_ACTS and a.specific & b.specific:
        return True  # a ship is built once: "the Orla, built in 1994" and "the Orla was built in 1998"
    ta, tb = a.time, b.time
    return ta is not None and tb is not None and ta.anchored and tb.anchored and ta.grain == tb.grain == "day" \
        and abs((ta.first - tb.first).days) <= facts.MAX_EVENT_GAP_DAYS


def _own_names(v: facts.FactView) -> frozenset[str]:
    """The specific names a figure's own sentence gives it, less the person telling it ("the state would spend
    20 million reais, Governor Helena Castro said" is about no governor): not its article's, which stand in
    when its sentence names nobody."""
    c = v.claim
    if not c.about.entities:
        return frozenset()
    speaker = c.attribution.speaker if c.attribution else None
    return v.specific - {speaker} if speaker else v.specific


def _repeated_elsewhere(a: facts.FactView, b: facts.FactView, amounts: set[tuple]) -> bool:
    """Whether either report states the other figure's amount in another figure of its own: a figure paired
    by what it measures alone has its fact there ("12 percent" in both reports of a pay dispute is the
    union's demand in both, and the other report's "5 percent" is something else). ``amounts`` holds
    ``facts.amount_key`` of every figure."""
    ka, kb = facts.amount_key(a), facts.amount_key(b)
    return ka is not None and kb is not None and ka[3] != kb[3] and (
        (kb[0], *ka[1:]) in amounts or (ka[0], *kb[1:]) in amounts)


def _event_day(v: facts.FactView) -> tuple[str, str, int] | None:
    """(source, event, day) of a date of one day that its sentence ties to an event, else None."""
    c, t = v.claim, v.time
    if c.kind != "date" or not c.about.event or t is None or not t.anchored or t.first != t.last:
        return None
    return c.source, c.about.event, t.first.toordinal()


def _dated_elsewhere(a: facts.FactView, b: facts.FactView, event_days: set[tuple]) -> bool:
    """Whether either report gives the other date to the same event in another date of its own: a report
    that tells of the heats on Friday and the final on Saturday, both races, does not disagree with one
    whose race is on Friday; its own Friday is the one that report's is. ``event_days`` holds
    ``_event_day`` of every claim."""
    ka, kb = _event_day(a), _event_day(b)
    return ka is not None and kb is not None and ka[1] == kb[1] and ka[2] != kb[2] and (
        (ka[0], ka[1], kb[2]) in event_days or (kb[0], kb[1], ka[2]) in event_days)


def _one_day(v: facts.FactView) -> int | None:
    """The day (as an ordinal) a date of one day names, else None."""
    t = v.time
    if v.claim.kind != "date" or t is None or not t.anchored or t.first != t.last:
        return None
    return t.first.toordinal()


# A time of day with no day beside it ("the reading, taken at 4:10 p.m., beat the record") takes its day
# from the dates told before it, which may be another happening's ("a heatwave that began last Thursday"):
# its day is a guess.
_DAY_WORDS = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:Jan|Feb|Mar|Apr|May|"
                        r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:today|tonight|yesterday|tomorrow|"
                        r"overnight|same\s+day|that\s+(?:day|night|morning|afternoon|evening))\b")
DAY_REACH = 30


def _clock_alone(c: Claim, sentence: str) -> bool:
    """Whether a claim is a time of day whose sentence names no day within ``DAY_REACH`` of it."""
    if not isinstance(c.value, TimeValue) or c.value.type != "TIME":
        return False
    at = c.start - c.sentence[0]
    return _DAY_WORDS.search(sentence, max(0, at - DAY_REACH), at + len(c.text) + DAY_REACH) is None


def _timed_elsewhere(a: facts.FactView, b: facts.FactView, told_days: set[tuple[str, int]], config: Config) -> bool:
    """Whether a time of day whose day is a guess (``_clock_alone``) stands in a report that names the other
    date's day elsewhere: the report may well tell the time of that day. ``told_days`` holds (source,
    ``_one_day``) of every date."""
    for x, y in ((a, b), (b, a)):
        day = _one_day(y)
        if day is not None and (x.claim.source, day) in told_days and _clock_alone(x.claim, config.sentence_of(x.claim)):
            return True
    return False


# ----------------------------------------------------------------------------- renderings
def _claim_json(c: Claim) -> dict:
    return {"source": c.source, "id": c.id, "start": c.start, "end": c.end, "text": c.text,
            "value": c.value.to_json(), "attribution": c.attribution.to_json() if c.attribution else None}


def _group_json(g: FactGroup) -> dict:
    return {"kind": g.kind, "relation": g.relation, "about": g.about, "claims": [_claim_json(c) for c in g.claims],
            "message": g.message,
            "pairs": [{"a": link.a.id, "b": link.b.id, "relation": link.comparison.relation,
                       "checker": link.comparison.checker, "message": link.comparison.message} for link in g.links]}


def result_json(result: CrosscheckResult) -> dict:
    return {
        "schema": CROSSCHECK_SCHEMA,
        "sources": [s.to_json() for s in result.sources],
        "conflicts": [_group_json(g) for g in result.conflicts],
        "agreements": [_group_json(g) for g in result.agreements],
        "stats": {"sources": len(result.sources), "claims": len(result.claims),
                  "pairs_compared": result.pairs_compared, "conflicts": len(result.conflicts),
                  "agreements": len(result.agreements)},
        "plugin_errors": [str(e) for e in result.plugin_errors],
    }


def _about_text(g: FactGroup) -> str:
    about = g.about
    parts = ", ".join(about["entities"][:3])
    return f"{about['event'] or g.kind}" + (f" ({parts})" if parts else "")


def _says(c: Claim) -> str:
    from .report import value_text

    who = f" per {c.attribution.speaker}" if c.attribution and c.attribution.speaker else ""
    return f"{c.source}: “{' '.join(c.text.split())}” = {value_text(c)}{who}"


def result_text(result: CrosscheckResult, *, markdown: bool = False) -> str:
    lines: list[str] = []
    if markdown:
        lines += ["## Conflicts", "", "| fact | kind | what each source says | why |", "|---|---|---|---|"]
        for g in result.conflicts:
            says = "<br>".join(_says(c).replace("|", "\\|") for c in g.claims)
            lines.append(f"| {_about_text(g)} | {g.kind} | {says} | {g.message.replace('|', '/')} |")
        lines += ["", "## Agreements", "", "| fact | kind | relation | sources | why |", "|---|---|---|---|---|"]
        for g in result.agreements:
            lines.append(f"| {_about_text(g)} | {g.kind} | {g.relation} | "
                         f"{', '.join(sorted({c.source for c in g.claims}))} | {g.message.replace('|', '/')} |")
    else:
        lines.append(f"CONFLICTS ({len(result.conflicts)})")
        for n, g in enumerate(result.conflicts, 1):
            lines.append(f"{n:>3}. [{g.kind}] {_about_text(g)}")
            lines += [f"       {_says(c)}" for c in g.claims]
            lines.append(f"       why: {g.message}")
        lines.append("")
        lines.append(f"AGREEMENTS ({len(result.agreements)})")
        for g in result.agreements:
            sources = ", ".join(sorted({c.source for c in g.claims}))
            lines.append(f"  - [{g.kind}, {g.relation}] {_about_text(g)}: {sources}: {g.message}")
    lines.append("")
    lines.append(f"{len(result.sources)} sources, {len(result.claims)} claims, {result.pairs_compared} same-fact "
                 f"pairs compared, {len(result.conflicts)} conflicts, {len(result.agreements)} agreements")
    return "\n".join(lines) + "\n"
